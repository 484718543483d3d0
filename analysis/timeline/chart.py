"""The timeline chart: every event on one time axis with honest bounds, the gap between two events bracketed in
words, and under it the same-day sequence step by step (7.5 inches wide: readable at 600 px).

``plot_timeline(table, pairs, from_event, to_event, ...)`` takes an ``events(...)`` table and its ``gaps(...)`` table
and returns ``(fig, title, finding, alt)``:
- above: one row per event on the article's clock; a dot where the time is known to the minute, a bar spanning
  ``earliest``–``latest`` where it is not, an arrow where only one side is bounded; a row whose place keeps another
  clock than the axis names it. Events far outside the story's days are pinned to the edge with their date.
- a bracket from ``from_event`` to ``to_event`` labelled with the bounds in words ("between 1 and 12 hours"), and,
  when a looser ``Gap`` is given (the text alone, without ``known_times``), how far the user's facts tightened it;
- below: the same-day sequence around ``to_event`` as a chain of steps, left to right, each labelled with the bounds
  on the time from the step before, which the network knows even when the hour of day is unknown ("1 to 30 minutes later").
"""
from __future__ import annotations

import re
import textwrap

import pandas as pd

from .events import Gap, _words
from .timex import wall_time

#: How close two bounds must be for an event to count as known to the minute (drawn as a dot).
EXACT = pd.Timedelta(minutes=1)
#: Days of padding around the focus window (the from/to events and the same-day sequence).
PAD = pd.Timedelta(hours=12)
#: Spacing of the time axis ticks (length, pandas frequency, label format): the first that gives at most seven.
TICK_STEPS = [(pd.Timedelta(hours=h), f"{h}h", "%a %-d %b\n%H:%M") for h in (1, 3, 6, 12)] + [
    (pd.Timedelta(days=d), f"{d}D", "%a %-d %b") for d in (1, 2, 7, 14)] + [
    (pd.Timedelta(days=30.44 * m), f"{m}MS", "%b %Y") for m in (1, 3, 6)] + [
    (pd.Timedelta(days=365.25 * y), f"{y}YS", "%Y") for y in (1, 2, 5, 10, 25, 50, 100)]
#: The narrowest bar drawn, as a share of the axis, so a day stays visible on an axis of years.
MIN_BAR = 0.006
#: Height in inches of the same-day panel under the chart, and the characters a line of the bracket's words takes.
SIDE_HEIGHT = 1.9
BRACKET_WIDTH = 22


def span_words(lo, hi) -> str:
    """Bounds on a gap in words: "between 1 and 12 hours", "up to 30 minutes", "at least 2 days", "unknown"."""
    def one(delta, with_unit=True):
        text = _words(delta)
        amount, unit = text.split(" ")
        return (text if with_unit else amount), unit.rstrip("s")

    lo_known, hi_known = not pd.isna(lo), not pd.isna(hi)
    if not lo_known and not hi_known:
        return "unknown"
    # the second event may come first: the bounds say "before" and "after" rather than a negative length
    if lo_known and hi_known and lo.total_seconds() < 0:
        if hi.total_seconds() <= 0:
            return f"{span_words(-hi, -lo)} before"
        return f"between {one(-lo)[0]} before and {one(hi)[0]} after"
    if hi_known and not lo_known and hi.total_seconds() < 0:
        return f"at least {one(-hi)[0]} before"
    if lo_known and not hi_known and lo.total_seconds() < 0:
        return f"at most {one(-lo)[0]} before, or after by an unknown time"
    if not hi_known:  # (at a bound of 0: "at the same time or after", not "later, by an unknown time")
        return f"at least {one(lo)[0]}" if lo.total_seconds() > 0 else "at the same time or after"
    if not lo_known:  # no lower bound: the second event may also come any time before the first
        if hi.total_seconds() == 0:  # a report and its denial: "at most 0 minutes after, or before ..." said it
            return "at the same time or before"
        return f"at most {one(hi)[0]} after, or before by an unknown time"
    if lo.total_seconds() <= 0 <= hi.total_seconds() and lo.total_seconds() == 0:
        return f"up to {one(hi)[0]}"
    lo_text, lo_unit = one(lo, with_unit=False)
    hi_text, hi_unit = one(hi)
    if lo_unit != hi_unit:
        lo_text = one(lo)[0]
    if lo_text == hi_text.split(" ")[0]:
        return f"about {hi_text}"
    return f"between {lo_text} and {hi_text}"


def _zone_note(tz: str, at: pd.Timestamp | None) -> str:
    city = tz.split("/")[-1].replace("_", " ")
    if at is None or pd.isna(at):
        return city
    offset = at.tz_convert(tz).utcoffset()
    hours = offset.total_seconds() / 3600 if offset is not None else 0
    return f"{city} time, UTC{hours:+g}"


def same_day_sequence(table: pd.DataFrame, pairs: pd.DataFrame, around: str) -> pd.DataFrame:
    """The events whose bounds lie within the local calendar day of event ``around``, in the order the network
    gives them (those known to come after more events later; ties in reading order), each with the bounds on the
    time since the step before: columns event, label, after, min, max, basis."""
    rows = table.set_index("event")
    if around not in rows.index or pd.isna(rows.at[around, "earliest"]) or pd.isna(rows.at[around, "latest"]):
        return pd.DataFrame(columns=["event", "label", "after", "min", "max", "basis"])
    zone = rows.at[around, "timezone"]
    local = rows.at[around, "earliest"].tz_convert(zone).tz_localize(None).normalize()  # (on the wall clock: a day
    start, end = (wall_time(local, zone), wall_time(local + pd.Timedelta(days=1), zone))      # may start at 01:00)
    members = [e for e in table["event"] if not pd.isna(rows.at[e, "earliest"]) and not pd.isna(rows.at[e, "latest"])
               and rows.at[e, "earliest"] >= start and rows.at[e, "latest"] < end]
    bound = {(a, b): (lo, hi, basis) for a, b, lo, hi, basis in pairs[["a", "b", "min", "max", "basis"]].itertuples(
        index=False)}
    order = {e: n for n, e in enumerate(table["event"])}

    def before_count(e):  # (members is empty while it is being sorted: count over a copy)
        return sum(1 for o in everyone if o != e and not pd.isna(bound[(o, e)][0]) and bound[(o, e)][0] >= pd.Timedelta(0))

    everyone = list(members)
    members.sort(key=lambda e: (before_count(e), order[e]))
    out = []
    for n, e in enumerate(members):
        prev = members[n - 1] if n else None
        lo, hi, basis = bound[(prev, e)] if prev else (pd.NaT, pd.NaT, "")
        out.append({"event": e, "label": rows.at[e, "label"], "after": prev or "", "min": lo, "max": hi,
                    "basis": basis})
    frame = pd.DataFrame(out, columns=["event", "label", "after", "min", "max", "basis"])
    for column in ("min", "max"):
        frame[column] = pd.to_timedelta(frame[column].astype(object), errors="coerce")
    return frame


def _wrap(text: str, width: int = 34) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


def _cues(basis: str, limit: int = 2) -> str:
    """The quoted text cues of a basis ("just hours after"), without paragraph numbers, at most ``limit``."""
    quoted = list(dict.fromkeys(re.findall(r'"([^"]+)"', basis)))
    return ", ".join(f"“{q}”" for q in quoted[:limit])


def _dates_chart(times: pd.DataFrame, title: str, why: str, source: str, zone: str | None):
    """The dates a story mentions, on one axis (a bar for a span, a dot for a moment), when there are no two events
    to put there: a story without a gap still shows when it says things happened."""
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    from ..figures import PALETTE, apply_style, frame as frame_fig

    apply_style()
    dated = times.dropna(subset=["earliest", "latest"]).copy()
    zone = zone or str(dated["earliest"].iloc[0].tz)
    for column in ("earliest", "latest"):
        dated[column] = dated[column].map(lambda t: t.tz_convert(zone).tz_localize(None))
    dated = dated.sort_values(["earliest", "latest"], kind="stable").drop_duplicates(["text", "earliest", "latest"])
    dated = dated.reset_index(drop=True)
    n = len(dated)
    fig, ax = plt.subplots(figsize=(7.5, max(2.6, 0.45 * n + 1.4)))
    lo, hi = dated["earliest"].min(), dated["latest"].max()
    span = max(hi - lo, pd.Timedelta(days=1))
    for y, r in dated.iterrows():
        if r["latest"] - r["earliest"] <= EXACT:
            ax.plot([r["earliest"]], [y], "o", color=PALETTE["blue"], markersize=6)
        else:
            width = max(r["latest"] - r["earliest"], span * MIN_BAR)
            ax.barh(y, width, left=r["earliest"], height=0.42, color=PALETTE["blue"], alpha=0.55)
    ax.set_yticks(range(n))
    ax.set_yticklabels([f"“{_short(r.text, 40)}” ({r.part if r.part in ('headline', 'dek') else f'{r.part} ¶{r.paragraph + 1}'})"
                        for r in dated.itertuples()], fontsize=8.5)
    ax.set_ylim(n - 0.4, -0.8)
    left, right = lo - span * 0.05, hi + span * 0.05
    ax.set_xlim(left, right)
    length, freq, fmt = next((t for t in TICK_STEPS if (right - left) / t[0] <= 4), TICK_STEPS[-1])
    first = left.ceil(freq) if length <= pd.Timedelta(days=1) else left.ceil("D")  # ticks at the steps the format
    ax.set_xticks(list(pd.date_range(first, right, freq=freq)))  # names (the default locator wrote "Mar 2024" twice)
    ax.xaxis.set_major_formatter(mdates.DateFormatter(fmt))
    ax.tick_params(axis="x", labelsize=8.5)
    ax.set_xlabel(f"Time in {zone} (bars: the span each phrase denotes)", fontsize=8.5)
    fig.tight_layout()
    frame_fig(fig, title, f"{why}; the dates the story mentions instead, as the text gives them", source)
    finding = f"{title}; the story mentions {n} date(s) from {lo:%-d %b %Y} to {hi:%-d %b %Y}."
    alt = f"The dates a story mentions on one time axis, one row per phrase. {finding}"
    return fig, title, finding, alt


def _no_gap_chart(table: pd.DataFrame, from_event: str | None, source: str, zone: str | None,
                  title: str = "No story event found in the text", times: pd.DataFrame | None = None):
    """The chart of a story with fewer than two events placed in time: what there is, and why no gap is drawn; with
    ``times`` (``time_expressions``) that date anything, the dates the story mentions."""
    import matplotlib.pyplot as plt

    from ..figures import PALETTE, apply_style, frame as frame_fig

    if from_event is None and times is not None and times.dropna(subset=["earliest", "latest"]).shape[0]:
        return _dates_chart(times, title, "Fewer than two story events placed in time: no gap to measure", source,
                            zone)
    apply_style()
    fig, ax = plt.subplots(figsize=(7.5, 2.6))
    ax.set_axis_off()
    rows = table.set_index("event")
    if from_event is not None and from_event in rows.index:
        r = rows.loc[from_event]
        zone = zone or r["timezone"]
        lo, hi = (t.tz_convert(zone) if not pd.isna(t) else t for t in (r["earliest"], r["latest"]))
        when = ("not placed in time by the text" if pd.isna(lo) and pd.isna(hi) else
                f"on or after {lo:%a %-d %b %Y, %H:%M}" if pd.isna(hi) else
                f"on or before {hi:%a %-d %b %Y, %H:%M}" if pd.isna(lo) else
                f"between {lo:%a %-d %b %Y, %H:%M} and {hi:%a %-d %b %Y, %H:%M}")
        ax.plot([0.03], [0.62], "o", color=PALETTE["vermillion"], markersize=8, transform=ax.transAxes)
        ax.text(0.07, 0.62, f"{_wrap(r['label'], 60)}\n{when} ({_zone_note(r['timezone'], lo if not pd.isna(lo) else hi)})",
                transform=ax.transAxes, va="center", fontsize=9)
        title = f"One story event found: {_short(r['label'], 60)}"
        basis = _cues(r["basis"], 3)
        finding = f"{title}, {when}" + (f" (from {basis})" if basis else "") + "; a gap needs two events."
        subtitle = "Fewer than two story events: no gap to measure"
    else:
        finding = f"{title}; the time expressions table lists the dates it gives."
        subtitle = ("No gap to measure" if title.endswith("time") else "Fewer than two story events: no gap to measure")
    ax.text(0.07, 0.2, "A gap needs two events placed in time: give the article a publication date, pass\n"
            "known_times, or choose another article.", transform=ax.transAxes, fontsize=8.5, color="#555555")
    fig.tight_layout()
    frame_fig(fig, title, subtitle, source)
    alt = f"Timeline panel with {len(table)} story event(s) and no gap. {finding}"
    return fig, title, finding, alt


def plot_timeline(table: pd.DataFrame, pairs: pd.DataFrame, from_event: str | None, to_event: str | None, *,
                  loose: Gap | None = None, names: tuple[str, str] | None = None, source: str = "",
                  zone: str | None = None, times: pd.DataFrame | None = None, published: pd.Timestamp | None = None,
                  published_precision: str = "time"):
    """The timeline chart (see the module docstring). ``table`` is ``events(...)``, ``pairs`` is ``gaps(...)`` of
    the same article and known times; ``from_event``/``to_event`` are event ids; ``loose`` is the gap from the text
    alone, shown beside the tightened one; ``names`` are the user's words for the two events ("parliament vote"),
    used in the title; ``zone`` is the clock of the axis (default: the ``to_event``'s). A ``to_event`` of None (a
    story with fewer than two events, as ``pick_events`` gives it) draws the one event there is, or, with no event,
    the dates the story mentions (``times``, its ``time_expressions``) or a sentence saying there are none.
    ``published`` (the article's publication time) draws a dotted line where it falls on the axis, or, when
    ``published_precision`` is "day" (a date without a time), shades that day: what the story tells as done and what
    it tells as ahead are read against when it was written.
    Returns (fig, title, finding, alt)."""
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    from ..figures import PALETTE, apply_style, frame as frame_fig

    if to_event is None:
        return _no_gap_chart(table, from_event, source, zone, times=times)
    apply_style()
    rows = table.set_index("event")
    for name, value in (("from_event", from_event), ("to_event", to_event)):
        if value not in rows.index:
            raise ValueError(f"{name}={value!r} is not an event id of the table ({', '.join(rows.index)})")
    zone = zone or rows.at[to_event, "timezone"]
    pair = pairs[(pairs["a"] == from_event) & (pairs["b"] == to_event)].iloc[0]
    tight = Gap(pair["min"], pair["max"], pair["basis"])
    sequence = same_day_sequence(table, pairs, to_event)

    placed = table.dropna(subset=["earliest", "latest"], how="all").copy()
    unplaced = table[table["earliest"].isna() & table["latest"].isna()]
    for column in ("earliest", "latest"):
        placed[column] = placed[column].map(lambda t: t.tz_convert(zone).tz_localize(None) if not pd.isna(t) else t)
    focus = placed[placed["event"].isin([from_event, to_event, *sequence["event"]])]
    if focus.empty:  # neither event is placed in time: centre on every event that is
        focus = placed
    if focus.empty:  # no event is (an article without a publication date): nothing to put on an axis
        return _no_gap_chart(table.iloc[:0], None, source, zone, title="No story event is placed in time", times=times)
    lo_focus = pd.concat([focus["earliest"], focus["latest"]]).min() - PAD
    hi_focus = pd.concat([focus["earliest"], focus["latest"]]).max() + PAD
    placed["mid"] = placed[["earliest", "latest"]].apply(
        lambda r: r.dropna().min() + (r.dropna().max() - r.dropna().min()) / 2, axis=1)
    placed = placed.sort_values(["mid", "event"], key=lambda c: c if c.name == "mid" else c.str[1:].astype(int))
    placed = placed.reset_index(drop=True)

    n = len(placed)
    # the same-day panel under the chart, not beside it: 7.5 inches wide with 8.5-point labels stays readable at
    # 600 px (10.5 inches with 7.5-point labels gave text about 6 px high there)
    height = max(2.6, 0.5 * n + 1.2)
    fig, (ax, side) = plt.subplots(2, 1, figsize=(7.5, height + SIDE_HEIGHT),
                                   gridspec_kw={"height_ratios": [height, SIDE_HEIGHT]})
    colour = {from_event: PALETTE["orange"], to_event: PALETTE["vermillion"]}
    ypos = {}
    for y, r in placed.iterrows():
        ypos[r["event"]] = y
        c = colour.get(r["event"], PALETTE["blue"])
        lo, hi = r["earliest"], r["latest"]
        outside_left = not pd.isna(hi) and hi < lo_focus
        outside_right = not pd.isna(lo) and lo > hi_focus
        if outside_left or outside_right:
            x = lo_focus if outside_left else hi_focus
            when = (hi if outside_left else lo)
            ax.annotate(f"{'◀ ' if outside_left else ''}{when:%-d %b %Y}{' ▶' if outside_right else ''}",
                        (x, y), ha="left" if outside_left else "right", va="center", fontsize=8, color=c)
            continue
        if pd.isna(lo) or pd.isna(hi):
            start = lo_focus if pd.isna(lo) else max(lo, lo_focus)
            stop = hi_focus if pd.isna(hi) else min(hi, hi_focus)
            ax.barh(y, stop - start, left=start, height=0.42, color=c, alpha=0.35)
            ax.annotate("◀" if pd.isna(lo) else "▶", (lo_focus if pd.isna(lo) else hi_focus, y), ha="center",
                        va="center", fontsize=8, color=c)
        elif hi - lo <= EXACT:
            ax.plot([lo], [y], "o", color=c, markersize=6)
        else:
            start, stop = max(lo, lo_focus), min(hi, hi_focus)
            narrow = (hi_focus - lo_focus) * MIN_BAR
            if stop - start < narrow:
                start, stop = start + (stop - start) / 2 - narrow / 2, start + (stop - start) / 2 + narrow / 2
            ax.barh(y, stop - start, left=start, height=0.42, color=c, alpha=0.55)
    labels = []
    for event in placed["event"]:
        r = rows.loc[event]
        label = _wrap(r["label"], 30)
        if r["timezone"] != zone:  # a clock other than the axis's (named under it) is named on the row
            label += f"\n({_zone_note(r['timezone'], r['latest'] if pd.isna(r['earliest']) else r['earliest'])})"
        labels.append(label)
    ax.set_yticks(range(n))
    ax.set_yticklabels(labels, fontsize=8.5)
    ax.set_ylim(n - 0.4, -0.8)
    span = hi_focus - lo_focus
    ax.set_xlim(lo_focus, hi_focus + span * 0.6)  # room on the right for the bracket and its words
    length, freq, fmt = next((t for t in TICK_STEPS if span / t[0] <= 4), TICK_STEPS[-1])
    first = lo_focus.ceil(freq) if length <= pd.Timedelta(days=1) else lo_focus.ceil("D")
    ax.set_xticks(list(pd.date_range(first, hi_focus, freq=freq)))
    ax.xaxis.set_major_formatter(mdates.DateFormatter(fmt))
    ax.spines["bottom"].set_bounds(mdates.date2num(lo_focus), mdates.date2num(hi_focus))
    ax.tick_params(axis="x", labelsize=8.5)
    ax.set_xlabel(f"Time in {zone} (bars: the span the event must fall in)", fontsize=9)
    if published is not None and not pd.isna(published):
        if published_precision == "day":  # the day on the article's own clock, drawn on the axis's
            start = published.tz_localize(None).normalize()
            first_, last_ = (wall_time(t, published.tz).tz_convert(zone).tz_localize(None)
                             for t in (start, start + pd.Timedelta(days=1)))
            if first_ < hi_focus and last_ > lo_focus:
                ax.axvspan(max(first_, lo_focus), min(last_, hi_focus), color="#999999", alpha=0.12, zorder=0,
                           linewidth=0)
                ax.annotate("publication day", (max(first_, lo_focus) + (min(last_, hi_focus) - max(first_, lo_focus)) / 2,
                                                -0.55), ha="center", va="bottom", fontsize=7.5, color="#555555")
        else:
            at = published.tz_convert(zone).tz_localize(None)
            if lo_focus <= at <= hi_focus:
                ax.axvline(at, color="#777777", linestyle=":", linewidth=1, zorder=0)
                ax.annotate("published", (at, -0.55), ha="center", va="bottom", fontsize=7.5, color="#555555")

    # the bracket from the from_event row to the to_event row, at the right edge
    if from_event in ypos and to_event in ypos:
        y0, y1 = ypos[from_event], ypos[to_event]
        x = hi_focus + span * 0.04
        tick = span * 0.012
        ax.plot([x - tick, x, x, x - tick], [y0, y0, y1, y1], color=PALETTE["black"], linewidth=1.2)
        # every line wrapped to the width of the cues' lines: one long reading ("at most 4 hours after, or before by
        # an unknown time") drew the box across the space between the chart and the same-day panel
        text = _wrap(span_words(tight.min, tight.max), BRACKET_WIDTH)
        if loose is not None and (loose.min, loose.max) != (tight.min, tight.max):
            text += f"\n(the text alone:\n{_wrap(span_words(loose.min, loose.max), BRACKET_WIDTH)})"
        cues = _cues(tight.basis)
        if cues:
            text += f"\nfrom {_wrap(cues, BRACKET_WIDTH)}"
        ax.annotate(text, (x + tick, (y0 + y1) / 2), ha="left", va="center", fontsize=8.5,
                    bbox={"boxstyle": "round,pad=0.3", "facecolor": "white", "edgecolor": "#bbbbbb"})

    # the same-day sequence, step by step, left to right under the chart
    side.set_axis_off()
    steps = len(sequence)
    day = rows.at[to_event, "earliest"]
    when = "" if pd.isna(day) else f" ({day.tz_convert(rows.at[to_event, 'timezone']):%A %-d %B})"
    side.text(0, 1.0, f"The same day, step by step{when}", fontsize=10, fontweight="bold", va="top",
              transform=side.transAxes)
    note = ""
    if pd.isna(day):  # no earliest time: there is no day to speak of ("no other event on that day" misled)
        note = f"“{_short(rows.at[to_event, 'label'], 60)}” has no earliest time in the text, so its day is not known."
    elif steps <= 1:
        note = "No other event is known to fall on that day."
    if note:
        side.text(0, 0.72, note, fontsize=8.5, color="#555555", va="top", transform=side.transAxes)
    inches = side.get_position().width * fig.get_figwidth()
    width = max(12, int(inches * 12 / max(steps, 1)))  # characters a step's label may take (8.5 pt: ~14 an inch)
    at = {k: (k + 0.5) / max(steps, 1) for k in range(steps)}
    for k, r in sequence.iterrows():
        c = colour.get(r["event"], PALETTE["blue"])
        side.plot([at[k]], [0.5], "o", color=c, markersize=7, transform=side.transAxes, clip_on=False)
        side.text(at[k], 0.38, _wrap(r["label"], width), ha="center", va="top", fontsize=8.5,
                  transform=side.transAxes)
        if k:
            gap = 0.5 / max(steps, 1)
            side.annotate("", (at[k] - 0.12 * gap * 2, 0.5), (at[k - 1] + 0.12 * gap * 2, 0.5),
                          xycoords="axes fraction", arrowprops={"arrowstyle": "->", "color": "#777777"})
            words = span_words(r["min"], r["max"])
            if not pd.isna(r["min"]) and r["min"] < pd.Timedelta(0):
                words = "order unknown"
            plain = words in ("order unknown", "unknown") or words.endswith(("after", "before"))
            side.text(at[k] - gap, 0.6, _wrap(words if plain else f"{words} later", width), ha="center",
                      va="bottom", fontsize=8, color="#555555", style="italic", transform=side.transAxes)

    # the user's words name an event ("the parliament vote"); an event's own label is a clause, quoted as it stands
    # (words that are the event's verb as written, "ordered", read as its label: not "the ordered")
    name_a, name_b = [f"the {_short(name, 40)}" if name and not re.fullmatch(r"e\d+", name.strip()) and not (
                          _verb_words(name, str(rows.at[event, "trigger"])))
                      else f"“{_short(rows.at[event, 'label'], 40)}”"
                      for name, event in zip(names or ("", ""), (from_event, to_event))]
    said, subject = span_words(tight.min, tight.max), name_b[0].upper() + name_b[1:]
    if said.endswith(("before", "after")):  # "between 2 and 5 hours before", "at the same time or after"
        title = f"{subject} came {said} {name_a}"
    elif not pd.isna(tight.min) and tight.min >= pd.Timedelta(0):
        title = f"{subject} came {said} after {name_a}"
    elif ", or " in said:  # one side open: "came at most 7 hours after X, or before by an unknown time"
        title = f"{subject} came {said.replace(', or', f' {name_a}, or', 1)}"
    else:
        title = f"{subject} and {name_a}: {said} apart"
    subtitle = ("Each event on one clock: a dot where the time is known, a bar spanning its bounds where it is not;\n"
                "the bracket gives the gap's bounds and the words they rest on")
    if len(unplaced):
        subtitle += f"\nNot placed in time (no bound in the text): {', '.join(unplaced['label'].map(_short))}"
    fig.tight_layout(h_pad=2.5)  # (a gridspec's own hspace would turn tight_layout off)
    frame_fig(fig, title, subtitle, source)
    finding = (f"{title}"
               + (f" (from {_cues(tight.basis, 3)})" if _cues(tight.basis) else "")
               + (f"; from the text alone, {span_words(loose.min, loose.max)}"
                  if loose is not None and (loose.min, loose.max) != (tight.min, tight.max) else "") + ".")
    alt = (f"Timeline of {len(placed)} events on {zone} time, dots for known times and bars for uncertain ones, with a "
           f"bracket between two events and a step-by-step list of the same day's events. {finding}")
    return fig, title, finding, alt


def _verb_words(name: str, triggers: str) -> bool:
    """Whether the user's words for an event hold its verb, as written ("ordered") or in the present ("approves" for
    "approved"): then "the ..." would not read, and the event's own label names it."""
    past = [t for t in triggers.lower().split("; ") if t.endswith("ed")]
    for word in name.lower().split():
        if word in past:
            return True
        stem = word[:-2] if word.endswith("es") else word[:-1] if word.endswith("s") else ""
        if len(stem) >= 4 and any(t.startswith(stem) and len(t) - len(stem) <= 3 for t in past):
            return True
    return False


def _short(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def compare_gaps(article, from_event: str, to_event: str, known_times=None) -> pd.DataFrame:
    """The gap from ``from_event`` to ``to_event`` on the text alone and, when ``known_times`` is given, with the
    user's facts too: columns evidence, min, max, in_words, basis (one row each)."""
    from .events import gap

    rows = []
    if from_event is None or to_event is None:  # fewer than two events (``pick_events``): no gap to give
        return pd.DataFrame(rows, columns=["evidence", "min", "max", "in_words", "basis"])
    for evidence, known in (("the text alone", None), ("the text and known times", known_times)):
        if evidence != "the text alone" and (known is None or (isinstance(known, str) and not known.strip())):
            continue
        result = gap(article, from_event, to_event, known_times=known)
        rows.append({"evidence": evidence, "min": result.min, "max": result.max,
                     "in_words": span_words(result.min, result.max), "basis": result.basis})
    return pd.DataFrame(rows, columns=["evidence", "min", "max", "in_words", "basis"])


def pick_events(article, from_event: str | None, to_event: str | None, known_times=None, *,
                example: tuple[str, str] | None = None) -> tuple[str, str, str]:
    """The two events of the gap to chart: ``(first, second, note)`` as event ids.

    Words or ids given by the user must name an event (``find_event``: a ParameterError listing the events when they
    do not). When both are None, or are still a notebook's ``example`` pair and that pair names nothing in this
    article (the notebook was rerun on another story without new names), the story's span is taken instead: the
    event that can be earliest and the one that can be latest, and ``note`` says so. Fewer than two events: a
    ``(event or None, None, note)``: nothing to measure, said in ``note``; the chart shows what there is."""
    from ..errors import ParameterError
    from .events import events, find_event

    given = tuple(None if isinstance(v, str) and not v.strip() else v for v in (from_event, to_event))
    if given != (None, None):
        try:
            return (find_event(article, from_event, "from_event", known_times),
                    find_event(article, to_event, "to_event", known_times), "")
        except ParameterError:
            if example is None or tuple(given) != tuple(example):
                raise
    table = events(article, known_times=known_times)
    if len(table) < 2:  # nothing to measure: the notebook still shows the times, the event and the chart
        only = table["event"].iloc[0] if len(table) else None
        found = f"one story event ({only}: {table['label'].iloc[0]})" if only else "no story event"
        return only, None, (f"The text gives {found}; a gap needs two, so none is measured. Pass known_times, or "
                            f"choose another article_id.")
    far = pd.Timestamp.max.tz_localize("UTC")
    earliest = [far if pd.isna(t) else t for t in table["earliest"]]
    first = table["event"].iloc[min(range(len(table)), key=lambda k: earliest[k])]
    rest = table[table["event"] != first]
    # the last: the event known to come latest, by its earliest time; an upper bound alone is most often just the
    # publication time, which every undated past event shares (it made "X came at most 19 hours after the first,
    # or before by an unknown time" the story's span). With no earliest time after the first, the latest bound.
    never = pd.Timestamp.min.tz_localize("UTC")
    starts = [never if pd.isna(t) else t for t in rest["earliest"]]
    latest = [never if pd.isna(t) else t for t in rest["latest"]]
    second = rest["event"].iloc[max(range(len(rest)), key=lambda k: (starts[k] != never, starts[k], latest[k], -k))]
    label = dict(zip(table["event"], table["label"]))
    why = "none were given" if given == (None, None) else f"the example {given[0]!r} → {given[1]!r} names no event here"
    note = (f"from_event/to_event: {why}, so the story's span is charted: {first} ({label[first]}) to {second} "
            f"({label[second]}). Pass from_event and to_event to choose.")
    return first, second, note
