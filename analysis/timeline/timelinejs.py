"""TimelineJS3 JSON for an events table, so a newsroom can embed the timeline interactively.

``to_timelinejs(events)`` returns ``{"events": [...]}`` in the TimelineJS3 format: each slide has ``start_date`` and
``end_date`` (its earliest and latest bounds on the event's local clock), ``display_date`` (an exact time, or the span
in words when the time is uncertain), ``text`` (``headline``: the label; ``text``: the evidence), ``group`` (the
event's time zone). Events with no bound at all are left out (TimelineJS needs a date).
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd


def _date(stamp: pd.Timestamp) -> dict:
    return {"year": stamp.year, "month": stamp.month, "day": stamp.day, "hour": stamp.hour, "minute": stamp.minute}


def _display(earliest, latest, tz: str) -> str:
    if pd.isna(earliest) and pd.isna(latest):
        return "time unknown"
    if pd.isna(earliest):
        return f"before {latest:%a %d %b %Y %H:%M} ({tz})"
    if pd.isna(latest):
        return f"after {earliest:%a %d %b %Y %H:%M} ({tz})"
    width = latest - earliest
    if earliest.date() == latest.date() and earliest.hour == 0 and earliest.minute == 0 and latest.hour == 23:
        return f"{earliest:%a %d %b %Y} ({tz})"  # some time that day
    if width <= pd.Timedelta(minutes=1):
        return f"{earliest:%a %d %b %Y %H:%M} ({tz})"
    # minutes under an hour (a window of 7 minutes was "uncertain by 0 hours"), hours under three days, then days
    hours = width.total_seconds() / 3600
    span = (_span_words(width.total_seconds()) if hours < 1 else
            f"{round(hours)} hour{'s' if round(hours) != 1 else ''}" if hours < 72 else f"{hours / 24:.0f} days")
    return f"between {earliest:%a %d %b %H:%M} and {latest:%a %d %b %H:%M} ({tz}; uncertain by {span})"


def _span_words(seconds: float) -> str:
    """A duration in the words a reporter would use: "40 minutes", "12 hours", "3 days"."""
    seconds = abs(seconds)
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            value = round(seconds / size)
            return f"{value} {unit}{'s' if value != 1 else ''}"
    return f"{seconds:.0f} seconds"


def _relative_display(relation: dict, labels: dict) -> str:
    """ "between 1 hour and 12 hours before <other>" (or "after"), from the solved network's bounds."""
    lo, hi = relation["min"], relation["max"]
    other = labels.get(relation["other"], relation["other"])
    if lo >= 0:  # the other event comes later: this one is before it
        words = f"{_span_words(lo)} to {_span_words(hi)}" if lo > 0 else f"up to {_span_words(hi)}"
        return f"{words} before {other}"
    words = f"{_span_words(-hi)} to {_span_words(-lo)}" if hi < 0 else f"up to {_span_words(-lo)}"
    return f"{words} after {other}"


def _tighter(relation: dict | None, row) -> bool:
    """Say an event's time relative to another only when that is more precise than its own date bounds."""
    if relation is None:
        return False
    if pd.isna(row.earliest) or pd.isna(row.latest):
        return True
    return (relation["max"] - relation["min"]) < (row.latest - row.earliest).total_seconds()


def to_timelinejs(events: pd.DataFrame) -> dict:
    """The TimelineJS3 JSON (a dict) for an ``events(...)`` table. An uncertain event's ``display_date`` says how
    it stands to its nearest anchored event ("1 hour to 12 hours before …") when the table carries that relation."""
    slides = []
    relative = events.attrs.get("relative") or {}
    labels = dict(zip(events["event"], events["label"]))
    for row in events.itertuples():
        earliest, latest = row.earliest, row.latest
        if pd.isna(earliest) and pd.isna(latest):
            continue
        start = earliest if not pd.isna(earliest) else latest
        end = latest if not pd.isna(latest) else earliest
        slides.append({
            "unique_id": row.event,
            "start_date": {**_date(start), "display_date": _display(earliest, latest, row.timezone)},
            "end_date": _date(end),
            "display_date": (_relative_display(relative[row.event], labels) if _tighter(relative.get(row.event), row)
                             else _display(earliest, latest, row.timezone)),
            "text": {"headline": row.label, "text": row.basis},
            "group": row.timezone,
        })
    return {"events": slides}


def save_timelinejs(events: pd.DataFrame, name: str, output_dir) -> Path:
    """Write ``to_timelinejs(events)`` as ``<output_dir>/<name>.json`` (sorted keys: the same bytes on every run),
    beside the chart; while ``analysis.render`` runs a notebook it goes to the render's staging folder first."""
    from ..figures import STAGING_ENV, write_text

    path = Path(os.environ.get(STAGING_ENV) or output_dir) / f"{name}.json"
    write_text(path, json.dumps(to_timelinejs(events), indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    return path
