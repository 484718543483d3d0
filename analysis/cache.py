"""The on-disk cache of extracted story elements: Parquet shards and a manifest that vouches for them.

Layout under the cache directory (``.cache/extract`` in a checkout; ``make clean-cache`` removes it)::

    manifest.jsonl            one line per shard: element, file, sha256 of the file, the article keys it holds
    shards/<uuid>-<element>.parquet   rows of one element for a batch of articles, with a ``_key`` column

A shard is read only if the manifest names it and the file's bytes hash to the recorded sha256, so files the cache
did not write (or that were truncated or edited) are refused and their articles recomputed. Later manifest lines
win over earlier ones, so a changed article is written as a new small shard and the rest stay where they are.
Appends to the manifest take an exclusive ``flock``, so two runs can share one cache.
"""
from __future__ import annotations

import datetime
import fcntl
import hashlib
import io
import json
import os
import uuid
import warnings
from pathlib import Path
from typing import Iterable

import pandas as pd

FORMAT = "analysis-extract-cache/1"
KEY_COLUMN = "_key"
ZONE_PREFIX = "_tz:"
_PARQUET_MARK = b"analysis.cache"
_NOTES = b"analysis.warnings"


class CacheStore:
    """Story-element rows on disk, keyed by (element, article key). See the module docstring for the layout."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)
        self.shards = self.root / "shards"
        self.manifest = self.root / "manifest.jsonl"

    # -- manifest ---------------------------------------------------------------------------------------------
    def index(self) -> dict[tuple[str, str], tuple[str, str]]:
        """``(element, article key) -> (shard file name, sha256)`` from the manifest; later lines win."""
        entries: dict[tuple[str, str], tuple[str, str]] = {}
        try:
            with open(self.manifest, encoding="utf-8") as handle:
                lines = handle.readlines()
        except FileNotFoundError:
            return entries
        for line in lines:
            try:
                record = json.loads(line)
            except ValueError:  # a line cut short by a crash: ignore it, its shard is simply not vouched for
                continue
            if not isinstance(record, dict) or record.get("format") != FORMAT:
                continue
            element, name, digest = record.get("element"), record.get("file"), record.get("sha256")
            if not (isinstance(element, str) and isinstance(name, str) and isinstance(digest, str)):
                continue
            if "/" in name or name.startswith("."):
                continue
            for key in record.get("articles", ()):
                entries[(element, key)] = (name, digest)
        return entries

    def write(self, element: str, keys: list[str], frame: pd.DataFrame,
              notes: list[dict] = ()) -> tuple[pd.DataFrame, list[dict]]:
        """Store ``frame`` (rows of ``element`` for the articles ``keys``, with a ``_key`` column) as one shard,
        with ``notes`` (the warnings the extractor gave, dicts with a ``_key``) in the file's metadata.

        Returns the frame and notes as they will read back, so fresh and cached results are identical."""
        table = to_arrow(frame, element)
        table = table.replace_schema_metadata({**(table.schema.metadata or {}), _PARQUET_MARK: FORMAT.encode(),
                                               _NOTES: json.dumps(list(notes)).encode()})
        buffer = io.BytesIO()
        import pyarrow.parquet as pq

        pq.write_table(table, buffer)
        data = buffer.getvalue()
        name = f"{uuid.uuid4().hex}-{element}.parquet"
        self.shards.mkdir(parents=True, exist_ok=True)
        temporary = self.shards / f".{name}.tmp"
        temporary.write_bytes(data)
        os.replace(temporary, self.shards / name)
        record = {"format": FORMAT, "element": element, "file": name, "sha256": hashlib.sha256(data).hexdigest(),
                  "rows": table.num_rows, "articles": list(keys)}
        self._append(json.dumps(record, separators=(",", ":")) + "\n")
        return from_arrow(table), list(notes)

    def _append(self, line: str) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.manifest, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            os.write(fd, line.encode("utf-8"))
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    # -- shards -----------------------------------------------------------------------------------------------
    def read(self, name: str, digest: str, keys: Iterable[str]) -> tuple[pd.DataFrame, list[dict]] | None:
        """The rows and notes of shard ``name`` whose ``_key`` is in ``keys``; None (with a warning) when the file
        is missing or is not the file the manifest recorded."""
        path = self.shards / name
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            warnings.warn(f"extract cache: {path} is listed in {self.manifest} but missing; recomputing its "
                          "articles. Run `make clean-cache` if this repeats.", stacklevel=3)
            return None
        if hashlib.sha256(data).hexdigest() != digest:
            warnings.warn(f"extract cache: {path} does not match the sha256 in {self.manifest} (not written by "
                          "this cache, or changed since); ignoring it and recomputing its articles.", stacklevel=3)
            return None
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        table = pq.read_table(pa.BufferReader(data))
        if (table.schema.metadata or {}).get(_PARQUET_MARK) != FORMAT.encode():
            warnings.warn(f"extract cache: {path} lacks this cache's format mark; ignoring it.", stacklevel=3)
            return None
        keys = set(keys)
        notes = [note for note in json.loads(table.schema.metadata.get(_NOTES, b"[]")) if note.get(KEY_COLUMN) in keys]
        table = table.filter(pc.is_in(table[KEY_COLUMN], value_set=pa.array(sorted(keys), type=pa.string())))
        return from_arrow(table), notes


def to_arrow(frame: pd.DataFrame, element: str = "?"):
    """``frame`` as an Arrow table (index dropped), with a clear error for columns Parquet cannot hold."""
    import pyarrow as pa

    zones = _zone_columns(frame)
    if zones:
        frame = frame.assign(**zones)
    try:
        return pa.Table.from_pandas(frame, preserve_index=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError) as error:
        raise TypeError(
            f"extract: the {element!r} table cannot be stored as Parquet ({error}). Extractors must return plain "
            "values (str, int, float, bool, Timestamp, None, or lists of them) in each column."
        ) from error


def from_arrow(table) -> pd.DataFrame:
    """An Arrow table back as the DataFrame it came from: columns that were ``object`` in pandas stay Python
    objects (lists stay lists, dates stay dates), everything else takes its recorded pandas dtype."""
    import pyarrow as pa

    frame = table.to_pandas()
    for column in _object_columns(table):
        arrow_type = table.schema.field(column).type
        if pa.types.is_string(arrow_type) or pa.types.is_large_string(arrow_type) or pa.types.is_null(arrow_type):
            continue
        read = frame[column].dtype
        if pa.types.is_timestamp(arrow_type) and ZONE_PREFIX + column in frame and arrow_type.unit == "us" \
                and isinstance(read, pd.DatetimeTZDtype) and read.unit == "us":
            values = _in_zones(table.column(column), frame[column], frame.pop(ZONE_PREFIX + column).tolist())
            frame[column] = pd.Series(values, index=frame.index, dtype=object)
            continue
        values = table.column(column).to_pylist()
        if pa.types.is_timestamp(arrow_type):
            zones = frame.pop(ZONE_PREFIX + column) if ZONE_PREFIX + column in frame else [None] * len(values)
            values = [None if v is None else _in_zone(pd.Timestamp(v), z) for v, z in zip(values, zones)]
        frame[column] = pd.Series(values, index=frame.index, dtype=object)
    return frame.drop(columns=[c for c in frame.columns if str(c).startswith(ZONE_PREFIX)])


#: What ``infer_dtype`` calls a column that holds no datetime (its values all of one such kind, or none).
_NO_TIMES = frozenset({"string", "empty", "integer", "floating", "boolean", "bytes", "decimal", "complex"})


def _zone_columns(frame: pd.DataFrame) -> dict[str, list]:
    """For object columns holding tz-aware timestamps of several zones (a corpus of outlets in different cities),
    a companion ``_tz:<column>`` of zone names; Parquet keeps one zone per column, this keeps each row's."""
    from pandas.api.types import infer_dtype

    out: dict[str, list] = {}
    for column in frame.columns[frame.dtypes == object]:
        values = frame[column]
        if infer_dtype(values, skipna=True) in _NO_TIMES:  # (pandas' one pass in C: most columns are text)
            continue
        zones = [str(v.tzinfo) if isinstance(v, datetime.datetime) and v.tzinfo else None for v in values]
        if len({z for z in zones if z}) > 1:
            out[ZONE_PREFIX + str(column)] = zones
    return out


def _in_zones(stored, stamps: pd.Series, zones: list) -> list:
    """``[_in_zone(pd.Timestamp(v), z) for v, z in zip(stored.to_pylist(), zones)]`` (None for a null), each zone's
    rows converted at once: ``stamps`` is the column as ``to_pandas`` read it (microseconds, one zone). One
    Timestamp converted at a time cost more than the rest of the round trip; the values are the same objects'
    equals (the instant, the unit, the zone as ``tz_convert`` names it)."""
    values: list = [None] * len(zones)
    stamps = stamps.array  # (a DatetimeArray: no index to align, less to pay for each zone)
    null = stamps.isna().tolist()
    by_zone: dict[str, list[int]] = {}
    alone = []  # a value without a zone: as stored (what ``_in_zone`` gives it)
    for row, (zone, missing) in enumerate(zip(zones, null)):
        if missing:
            continue
        if zone:
            by_zone.setdefault(zone, []).append(row)
        else:
            alone.append(row)
    for zone, rows in by_zone.items():
        try:
            converted = stamps.take(rows).tz_convert(zone).tolist()
        except Exception:  # a zone name pandas cannot read back: each value as ``_in_zone`` keeps it
            alone += rows
            continue
        for row, stamp in zip(rows, converted):
            values[row] = stamp
    if alone:
        listed = stored.to_pylist()
        for row in alone:
            values[row] = _in_zone(pd.Timestamp(listed[row]), zones[row])
    return values


def _in_zone(stamp: pd.Timestamp, zone: str | None) -> pd.Timestamp:
    if not zone or stamp.tzinfo is None:
        return stamp
    try:
        return stamp.tz_convert(zone)
    except Exception:  # a zone name pandas cannot read back (a fixed offset): keep the instant as stored
        return stamp


def _object_columns(table) -> list[str]:
    meta = (table.schema.metadata or {}).get(b"pandas")
    if not meta:
        return []
    return [c["name"] for c in json.loads(meta).get("columns", [])
            if c.get("numpy_type") == "object" and c.get("name") in table.column_names]
