"""Where a story happens and on whose clock: place words and the time zones they carry.

- ``PLACE_TIMEZONES``: place words (countries, capitals, demonyms, seats of government) -> IANA time zone, from
  ``analysis/data/place_timezones.csv``. Overridable: update the dict in place (``PLACE_TIMEZONES["gotham"] =
  "America/New_York"``), or load your own CSV with ``load_place_timezones(path)`` and update it from that.
- ``zone_cities()``: the city names of the tz database ("dubai" -> "Asia/Dubai"), for places the table lacks.
- ``dateline_place(article)``: the dateline's city and its zone ("MOSCOW (Reuters) -" -> Moscow, Europe/Moscow), or
  the zone of its region when the city is unknown ("SANTA ROSA, Calif. -": ``region_timezones()``).

Shared by ``events`` (an event's clock) and ``timex`` (the calendar of a datelined story's days).
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

import pandas as pd

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def load_place_timezones(path: str | Path | None = None) -> dict[str, str]:
    table = pd.read_csv(path or DATA_DIR / "place_timezones.csv", keep_default_na=False)
    return dict(zip(table["place"].str.lower(), table["timezone"]))


#: Place words (countries, capitals, demonyms, seats of government) -> IANA time zone. Overridable (a dict).
PLACE_TIMEZONES = load_place_timezones()


@functools.lru_cache(maxsize=1)
def zone_cities() -> dict[str, str]:
    """City names of the IANA time-zone database (tzdata): "dubai" -> "Asia/Dubai", "los angeles" ->
    "America/Los_Angeles". Only two-part names of the continents, so no "Antarctica/Troll" or "Indian/Christmas".
    Read for a dateline and for a capitalized place after "in"/"at"; ``PLACE_TIMEZONES`` comes first."""
    from zoneinfo import available_timezones

    out = {}
    for name in sorted(available_timezones()):
        area, _, city = name.partition("/")
        if area in ("Europe", "Asia", "Africa", "America", "Australia") and city and "/" not in city:
            out[city.replace("_", " ").lower()] = name
    return out


def city_zone(name: str) -> str | None:
    """The time zone of a place written as a clock's zone ("Tokyo" of "10 a.m. Tokyo time"), if the tz database's
    cities or the place table know it (the table gives a country of many zones its capital's)."""
    key = name.strip().lower()
    zone = zone_cities().get(key) or PLACE_TIMEZONES.get(key)
    return zone if zone and "/" in zone else None


def city_names() -> list[str]:
    """The cities ``city_zone`` knows, as written in text ("Tokyo", "Los Angeles", "Port-au-Prince")."""
    names = set(zone_cities()) | {k for k, zone in PLACE_TIMEZONES.items() if "/" in zone}
    return sorted({"-".join(" ".join(w[:1].upper() + w[1:] for w in part.split()) for part in name.split("-"))
                   for name in names if re.fullmatch(r"[a-z][a-z .'-]*", name)})


def dateline_place(article) -> tuple[str, str] | None:
    """(place, time zone) of the article's dateline ("MOSCOW (Reuters) -", "KYIV, Ukraine —") when the place table
    knows it: the clock of an event the text places nowhere else, since the story was gathered there."""
    dateline = getattr(article, "dateline", "") or ""
    dateline = re.sub(r"^(?:reporting|reported) from\s+", "", dateline.strip("() "), flags=re.I)  # "Reporting from Kyiv"
    city = re.split(r"\s*[,(:—–\[]|\s+-", dateline, maxsplit=1)[0].strip(" .").lower()
    zone = PLACE_TIMEZONES.get(city) or zone_cities().get(city)
    if city and not zone and "," in dateline:  # a city the tables lack, in a region they know: "SANTA ROSA, Calif."
        region = re.split(r"\s*[,(:—–\[]|\s+-", dateline.split(",", 1)[1].strip(), maxsplit=1)[0].strip().lower()
        zone = region_timezones().get(region) or region_timezones().get(region.rstrip(".")) \
            or PLACE_TIMEZONES.get(region.rstrip("."))
    return (city.title(), zone) if city and zone else None


@functools.lru_cache(maxsize=1)
def region_timezones() -> dict[str, str]:
    """The region after a dateline's city -> its zone (``analysis/data/region_timezones.csv``: U.S. states as AP
    abbreviates and names them, Canadian provinces, Australian states): "calif." -> "America/Los_Angeles"."""
    table = pd.read_csv(DATA_DIR / "region_timezones.csv", keep_default_na=False, comment="#")
    return dict(zip(table["region"].str.lower(), table["timezone"]))
