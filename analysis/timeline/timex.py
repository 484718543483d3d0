"""Temporal expressions: find them in every part of an article and normalize them against its publication date.
The dateline's date ("NICOSIA, August 8 (Xinhua) --") is a row of part "dateline" (``start``/``end`` index
``article.dateline``), read before the body, whose "the day before" it anchors; one or two days before the publication
stamp's, it is the story's day ("today", "yesterday" and weekdays count from it: the wire filed the story that day).

``time_expressions(article)`` returns one row per expression with the columns

    part, paragraph, sentence, text, start, end, kind, value, granularity, earliest, latest,
    min_duration, max_duration, rule

``kind`` is the TIMEX3 type (DATE, TIME, DURATION, SET); ``value`` is TIMEX3-style (``1998-08-07``, ``1998-W32``,
``1998-08-07TNI``, ``P1W``, ``PTXH``, ``PAST_REF``); ``earliest``/``latest`` bound what the phrase denotes, as
timestamps in the article's time zone (NaT for durations and sets); ``min_duration``/``max_duration`` bound the length
of durations and offsets ("just hours": 1 to 12 hours) from the vague-time table ``VAGUE_TIME``
(``analysis/data/vague_time.csv``; replace or extend the DataFrame to override it).

Recognition is a rule layer of our own (regular expressions over the part text, in ``PATTERNS`` below) plus spaCy's
DATE/TIME entities, whose leftover spans are normalized with dateparser. Weekdays and month names without a year are
resolved towards the past unless their clause is future ("will", "is scheduled to", "next"; for weekdays also a news
schedule in the present, "the talks resume Monday"); a weekday equal to the publication day is that day. Anaphoric
expressions ("the day before", "later that year", "the following week", a bare "10:30 a.m.") count from the last date
the story named (``Anchor``). Days are counted on the calendar of the article's clock, so a daylight-saving change
moves no date. Quarters, halves and fiscal years take TIMEX3 values (1998-Q3, 1998-H1, FY1999), also in business
shorthand (Q4, 4Q19, H1 2020, FY20); a clock time may name its zone (EST, GMT, IST, AEDT, any abbreviation of the
loader's ``patterns.TIMEZONE_ABBREVIATIONS``, or "ET", "Pacific time"), and 24-hour clocks are read beside a zone or
"local time" ("14.30 BST", "0900 local time") or after a preposition ("at 18:42"). A range written once ("Jan. 6-8",
"10-12 January", "between 2 and 4 p.m.", "Monday to Wednesday last week") is one row, its value the first day or time
(TIMEX3 has none for a range) and its bounds the whole range; "early", "mid-", "late" and "end-" narrow a year, a
decade, a month or a relative period to its first, middle or last third; figures ("06/01/2020") are read month first
only in the zones of ``MONTH_FIRST_ZONES``; two years written as one ("2019-20") are a range of years, or a fiscal
year when a word says so ("the 2023-24 financial year": FY2024); a weekday in parentheses beside a date ("April 1
(Saturday)") is that date, and a clock time beside the same time in another zone ("8 p.m. EST (0100 GMT Wednesday)")
that instant; a weekday or day with a zone is on that zone's calendar; a length after "in" that a verb looking ahead
governs is the time that far ahead ("will report back in three days", "in two weeks' time"), and "the week before
last" two weeks back; "overnight" is the night before publication; holidays come from the table ``HOLIDAYS`` (fixed
days, n-th weekdays, days from Easter). Without a publication date, expressions are still found and absolute ones
resolved; relative ones stay unresolved (NaT, value with ``X``) and a warning says so.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime
import functools
import re
import threading
import warnings
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, NamedTuple

import numpy as np
import pandas as pd

from ..patterns import TIMEZONE_ABBREVIATIONS
from .places import city_names, city_zone, dateline_place

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

COLUMNS = ["part", "paragraph", "sentence", "text", "start", "end", "kind", "value", "granularity", "earliest",
           "latest", "min_duration", "max_duration", "rule"]


def load_vague_time(path: str | Path | None = None) -> pd.DataFrame:
    """The table of vague time words (phrase, kind, value, min, max, note); ``min``/``max`` as Timedeltas."""
    table = pd.read_csv(path or DATA_DIR / "vague_time.csv", keep_default_na=False)
    table["min"] = pd.to_timedelta(table["min"])
    table["max"] = pd.to_timedelta(table["max"])
    return table


#: Vague time words and the ranges they stand for. Override by assigning a DataFrame with the same columns.
VAGUE_TIME = load_vague_time()


def vague(phrase: str) -> dict | None:
    """The row of ``VAGUE_TIME`` for ``phrase`` (case-insensitive), as a dict, or None."""
    row = _vague_rows().get(phrase.lower().strip())
    return None if row is None else dict(row)


_VAGUE_ROWS: dict[str, dict] = {}


#: The table's digest while one article is being read (``_time_expressions``): the table is not edited in the middle
#: of an article, so its digest is taken once per article rather than once per vague word. Per thread.
_READING = threading.local()


def _vague_rows() -> dict[str, dict]:
    """Lower-case phrase -> its first row of ``VAGUE_TIME`` as a dict, rebuilt when the table changes."""
    digest = getattr(_READING, "digest", None) or _vague_time_digest()
    if digest not in _VAGUE_ROWS:
        phrases = VAGUE_TIME["phrase"].str.lower().tolist()
        rows: dict[str, dict] = {}
        for position, phrase in enumerate(phrases):
            if isinstance(phrase, str) and phrase not in rows:
                rows[phrase] = VAGUE_TIME.iloc[position].to_dict()
        _VAGUE_ROWS.clear()
        _VAGUE_ROWS[digest] = rows
    return _VAGUE_ROWS[digest]


# ---------------------------------------------------------------------------------------------------------------
# Lexicon of general English time words
# ---------------------------------------------------------------------------------------------------------------
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
#: Parts of the day: TIMEX3 suffix and the local hours they cover (start, end).
DAY_PARTS = {
    "morning": ("TMO", 5, 12), "afternoon": ("TAF", 12, 18), "evening": ("TEV", 17, 22), "night": ("TNI", 19, 30),
    "overnight": ("TNI", 19, 30), "midday": ("T12:00", 11, 13), "noon": ("T12:00", 12, 12),
    "midnight": ("T24:00", 24, 24),
}
#: Whether "Sunday night" gets the TIMEX3 part-of-day suffix (1998-08-07TNI) or the day alone (the TimeML news
#: corpora mostly annotate the day alone); the earliest/latest bounds keep the part of the day either way.
PART_OF_DAY_SUFFIX = False
SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "fall": ("FA", 9), "autumn": ("FA", 9), "winter": ("WI", 12)}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "half": 0.5, "a half": 0.5,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
}
TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
VAGUE_QUANTITIES = ("a few", "few", "several", "many", "some", "dozens of", "hundreds of", "a number of")
UNITS = {"second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
         "week": ("W", False), "fortnight": ("W", False), "month": ("M", False), "quarter": ("Q", False),
         "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False)}
UNIT_LENGTH = {"second": pd.Timedelta(seconds=1), "minute": pd.Timedelta(minutes=1), "hour": pd.Timedelta(hours=1),
               "day": pd.Timedelta(days=1), "week": pd.Timedelta(days=7), "fortnight": pd.Timedelta(days=14),
               "month": pd.Timedelta(days=30.44), "quarter": pd.Timedelta(days=91.3),
               "year": pd.Timedelta(days=365.25), "decade": pd.Timedelta(days=3652.5),
               "century": pd.Timedelta(days=36525)}
#: Time zone abbreviations after clock times that name standard or daylight time, as fixed UTC offsets in hours.
#: Any other abbreviation of the loader's table ``patterns.TIMEZONE_ABBREVIATIONS`` (HKT, MSK, SAST...) is read on
#: the clock of the zone it names there.
ZONE_ABBREVIATIONS = {"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
                      "AKST": -9, "AKDT": -8, "HST": -10, "GMT": 0, "UTC": 0, "BST": 1, "WET": 0, "WEST": 1,
                      "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "IST": 5.5, "JST": 9, "KST": 9, "AWST": 8,
                      "ACST": 9.5, "ACDT": 10.5, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13}
#: US zone names after clock times (AP style writes "9:30 a.m. ET"): the zone's clock, standard or daylight time.
ZONE_NAMES = {"ET": "America/New_York", "E.T.": "America/New_York", "Eastern": "America/New_York",
              "CT": "America/Chicago", "C.T.": "America/Chicago", "Central": "America/Chicago",
              "MT": "America/Denver", "M.T.": "America/Denver", "Mountain": "America/Denver",
              "PT": "America/Los_Angeles", "P.T.": "America/Los_Angeles", "Pacific": "America/Los_Angeles"}
#: Words that make a clause future, for resolving "Friday" or "March" forwards.
FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "might", "may", "'d"}
FUTURE_CUES = {"scheduled", "expected", "due", "plan", "plans", "planned", "planning", "going", "upcoming", "slated",
               "poised"}
#: Words just before a date that point forwards ("until Tuesday", "as early as Friday").
FUTURE_PREFIX = re.compile(r"\b(?:as early as|as soon as|no later than|starting|beginning)\s+(?:\w+\s+)?$")
#: "since February", "ever since Monday": what a span runs from lies behind, whatever the clause's tense.
SINCE_PREFIX = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:early|late|mid|last)[- ]?)?$")
#: "less than forecast in July", "more than expected on Monday": the date of a forecast, which lies behind.
FORECAST_PREFIX = re.compile(r"\bthan\s+(?:(?:was|were|had\s+been|previously|initially|first|originally)\s+)*"
                             r"(?:forecast|expected|predicted|estimated|projected|reported|announced|planned|thought)"
                             r"\s+(?:in|on|at|as\s+of)?\s*$")
#: Verbs whose complement happens when they do ("kept going", "continued to march", "managed to leave"): a past one
#: makes the complement past; not so "ordered the state to draw a map by Aug. 1" or "were to win".
ASPECT_VERBS = {"keep", "continue", "start", "begin", "stop", "finish", "cease", "go", "manage", "fail", "try",
                "remain", "resume"}
#: A weekday written in the span: whether a day named on a noun may be read both ways ("Monday's debate").
WEEKDAY_IN_SPAN = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
#: Verbs of putting off: "postponed until Tuesday", "extended its deadline to Friday" point forwards in any tense.
DEFER_VERBS = {"postpone", "delay", "extend", "adjourn", "defer", "suspend", "recess", "reschedule", "push", "put",
               "move", "set"}
DEFER_PREFIX = re.compile(r"\b(?:until|till|to|for|into|through|past|beyond)\s+(?:[\w.:]+\s+){0,3}$")
#: Words just before a date that point forwards unless the clause is in the past tense ("until Tuesday").
UNTIL_PREFIX = re.compile(r"\b(?:until|till|by)\s+(?:[\w.:]+\s+){0,2}$")
#: "into Saturday", "through Friday" in a clause neither past nor perfect: what goes on goes on ahead ("the warning
#: runs into Saturday"); "protests have gone on through Sunday" looks back.
THROUGH_PREFIX = re.compile(r"\b(?:into|through|thru)\s+(?:[\w.:]+\s+){0,1}$")

# ---------------------------------------------------------------------------------------------------------------
# Regular expressions (named building blocks, then the patterns)
# ---------------------------------------------------------------------------------------------------------------
MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
            r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)")
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s|’s)?"
DAYPART_RE = r"(?:morning|afternoon|evening|night|overnight)"
NUM_WORD_RE = (r"(?:\d+(?:[.,]\d+)?(?:\s+1/2)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
               r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
               r"seventy|eighty|ninety|a couple of|a dozen|a|an|half an|half a)")
NUM_RE = rf"(?:{NUM_WORD_RE}(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)"
VAGUE_Q_RE = r"(?:a few|few|several|many|some|dozens of|hundreds of|a number of)"
UNIT_RE = r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))"
YEAR_RE = r"(?:1[5-9]\d\d|20\d\d)"
DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
#: The zone abbreviations read after a clock time (the US "ET", "PT"... are ``ZONE_RE``'s own, in capitals only).
_ZONES = "(?:" + "|".join(sorted((set(ZONE_ABBREVIATIONS) | set(TIMEZONE_ABBREVIATIONS))
                                 - {"Z", "ET", "CT", "MT", "PT"}, key=lambda z: (-len(z), z))) + r")\b"
#: The hours written in words before "o'clock".
HOUR_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "eleven": 11, "twelve": 12}
CLOCK_RE = (r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|a\.m|p\.m|am\b|pm\b)|noon|midnight|midday|(?<![A-Za-z] )(?-i:Noon|Midnight|Midday)|"
            r"(?:1[0-2]|0?[1-9]|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+o['’]clock"
            r"(?:\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?|"
            # a 24-hour clock: "18:42 GMT", "14.30 BST", "0900 local time"; with a colon, also after a preposition
            # ("at 18:42", "from 09:30", "between 14:00 and 16:00"), the hour written with two digits (a dot there is as
            # often a price)
            rf"(?:[01]?\d|2[0-3])[:.][0-5]\d(?=\s*(?:local\s+time|\(?{_ZONES}|(?-i:[ECMP]T)\b))|"
            "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in ("at", "from", "until", "till", "by", "before", "after",
                                                        "around", "between")) + "|"
            + "|".join(rf"(?<=\d\d{w})" for w in (" and ", " to ", "-", " - ", "–", " – ")) + r")"
            r"(?:[01]\d|2[0-3]):[0-5]\d(?![:.]?\d)|"
            rf"(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:local\s+time|\(?{_ZONES}))|"
            # the first hour of a range that writes a.m. or p.m. once: "between 2 and 4 p.m.", "from 9 to 11 a.m."
            r"(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?(?=(?P<link>\s*[-–]\s*|\s+(?:to|and|until|till)\s+)"
            r"(?P<rangeend>1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?P<rangemer>[ap])\.?m\b))")
#: A month named alone ("in March", "since Sept."): the full names and the abbreviations written with their period.
MONTH_WORD_RE = (r"January|February|March|April|May|June|July|August|September|October|November|December|Sept\.|"
                 r"Dec\.|Nov\.|Oct\.|Aug\.|Jan\.|Feb\.")
#: "of last year", "of next year", "of that year" after a month or a day: the year it is in ("June 16 of last year").
OF_YEAR_RE = r"(?:\s+of\s+(?P<yearshift>last|next|this|that|the\s+same|the\s+following|the\s+previous)\s+year\b)?"
#: What follows a month name that is the noun of a title ("the March for Life", "the March on Washington").
MONTH_IN_NAME = r"\s+(?:for|of\s+the|against|on)\s+[A-Z]"
#: The year a quarter or half belongs to: "1997", "fiscal 1999", "the year", "last year", "the current fiscal year".
YEAR_PHRASE_RE = (rf"(?:(?P<fiscal>fiscal\s+(?:year\s+)?)?(?P<year>{YEAR_RE})|(?:the\s+|this\s+)?"
                  r"(?:(?P<which>last|next|previous|following|this|current)\s+)?(?P<fiscal2>fiscal\s+)?year)")
#: A city's clock after a clock time: "10 a.m. Tokyo time", "noon Beijing time" (cities the place tables know).
_CITY_CLOCKS = "(?-i:" + "|".join(re.escape(name) for name in sorted(city_names(), key=lambda n: (-len(n), n))) + ")"
ZONE_RE = (rf"(?:\s+(?:\({_ZONES}\)|{_ZONES}|local time|{_CITY_CLOCKS}\s+time\b|"
           r"(?-i:ET|CT|MT|PT)\b|[ECMP]\.T\.|"
           r"(?:Eastern|Central|Mountain|Pacific)(?:\s+time)?))?")


@dataclass
class Context:
    """What a handler needs to normalize one match."""

    ref: pd.Timestamp | None  # publication time (tz-aware) or None
    tz: str
    tense: str | None  # "past", "future", "nearest" (cues both ways) or None
    anchor: pd.Timestamp | None  # last day-level date mentioned (for "the day before")
    notes: list = field(default_factory=list)
    #: last date mentioned at any granularity down to the year, as (first day, granularity), for "later that year"
    period: tuple[pd.Timestamp, str] | None = None
    #: the clause is future only through "would", the future of a past ("said Monday he would travel Tuesday")
    would: bool = False
    #: the day named earlier in the same sentence (naive), the day the "would" is counted from
    said_day: pd.Timestamp | None = None
    #: the story named a past month after the last day it named ("in July ... the following morning")
    period_newer: bool = False
    #: the clock of "local time": the dateline's city's zone (a story datelined TAIPEI: "7:58 a.m. local time" is
    #: Taipei's), None where the dateline names no place the tables know (then the article's own zone)
    local_tz: str | None = None


@dataclass
class Norm:
    kind: str
    value: str
    granularity: str
    earliest: pd.Timestamp | None = None
    latest: pd.Timestamp | None = None
    min_duration: pd.Timedelta | None = None
    max_duration: pd.Timedelta | None = None
    #: a clock time's zone (a name or a fixed offset), to set it on another day (``_clock_on``)
    clock: object = None


def _num(text: str) -> float | None:
    """A number written in digits or words ("two", "a couple of", "twenty-five", "5 1/2")."""
    text = text.lower().strip().replace(",", "")
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s+1/2)?", text)
    if m:
        return float(m.group(1)) + (0.5 if "1/2" in text else 0)
    parts = re.split(r"[- ]", text)
    if len(parts) == 2 and parts[0] in TENS and NUMBER_WORDS.get(parts[1], 10) < 10:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]  # "twenty-five"
    if len(parts) == 2 and parts[0] in ("a", "an") and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[1]]  # "a five-hour (flight)": the article belongs to the noun
    return None


def _fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else str(n)


def _unit(word: str) -> str:
    word = word.lower()
    if word.startswith("centur"):
        return "century"
    return word[:-1] if word.endswith("s") else word


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day(word: str) -> int:
    return int(re.match(r"\d+", word).group())


# ----------------------------------------------------------------- calendar intervals
def _local(ref: pd.Timestamp | None, tz: str) -> pd.Timestamp | None:
    if ref is None:
        return None
    if type(ref) is not pd.Timestamp:
        return ref.tz_convert(tz)
    # every handler asks again for the publication time on the article's clock: kept per instant, unit and zone (what
    # the answer depends on; a Timestamp cannot be changed, so callers may share one)
    key = (ref, ref.unit, tz)
    found = _LOCAL.get(key)
    if found is None:
        found = ref.tz_convert(tz)
        if len(_LOCAL) >= 4096:
            _LOCAL.clear()
        _LOCAL[key] = found
    return found


_LOCAL: dict = {}


#: The years whose times a bound can hold (pandas' timestamps run from 1677 to 2262): an expression of a year outside
#: them ("in 1550", "five centuries ago") keeps its value and has no bounds (NaT); a length of more than some 292
#: years ("three centuries") has no min/max duration.
BOUNDED_YEARS = range(1678, 2262)


def _times(length: pd.Timedelta, n: float) -> pd.Timedelta | None:
    """``length`` times ``n``, or None when that is longer than a Timedelta holds."""
    try:
        return length * n
    except OverflowError:
        return None


@functools.lru_cache(maxsize=8192, typed=True)
def day_interval(year: int, month: int, day: int, tz: str, hours: tuple[float, float] = (0, 24)):
    """From ``hours[0]`` to just before ``hours[1]`` on the wall clock of ``tz`` (48: to the end of the next day),
    so a day is midnight to midnight even when a daylight-saving change makes it 23 or 25 hours long; (None, None)
    for a year outside ``BOUNDED_YEARS``."""
    if year not in BOUNDED_YEARS:
        return None, None
    start = pd.Timestamp(year=year, month=month, day=day)
    return (wall_time(start + pd.Timedelta(hours=hours[0]), tz),
            wall_time(start + pd.Timedelta(hours=hours[1]) - pd.Timedelta(seconds=1), tz))


def wall_time(when: pd.Timestamp, tz: str) -> pd.Timestamp:
    """A wall-clock time of ``tz``; one a change skips (02:30 when clocks go forward, or midnight where clocks change
    at midnight: Havana, Asunción, Damascus, Cairo) moves to the first that is; one it repeats is the first of the
    two. Every module makes zoned times from wall-clock ones through this (never ``tz_localize`` alone)."""
    return when.tz_localize(tz, nonexistent="shift_forward", ambiguous=True)


def _shift(when: pd.Timestamp, offset) -> pd.Timestamp:
    """``when`` moved by a calendar offset on its own wall clock (a month on from 1 September may be a skipped midnight)."""
    if when.tzinfo is None:
        return when + offset
    return wall_time(when.tz_localize(None) + offset, when.tz)


def _midnight(when: pd.Timestamp) -> pd.Timestamp:
    """The start of ``when``'s day on its own clock (``normalize`` raises where that midnight is skipped)."""
    if when.tzinfo is None:
        return when.normalize()
    return wall_time(when.tz_localize(None).normalize(), when.tz)


@functools.lru_cache(maxsize=4096, typed=True)
def month_interval(year: int, month: int, tz: str):
    if year not in BOUNDED_YEARS:
        return None, None
    start = wall_time(pd.Timestamp(year=year, month=month, day=1), tz)
    return start, _shift(start, pd.offsets.MonthBegin(1)) - pd.Timedelta(seconds=1)


@functools.lru_cache(maxsize=4096, typed=True)
def year_interval(year: int, tz: str, years: int = 1):
    if year not in BOUNDED_YEARS or year + years - 1 not in BOUNDED_YEARS:
        return None, None
    return (wall_time(pd.Timestamp(year=year, month=1, day=1), tz),
            wall_time(pd.Timestamp(year=year + years, month=1, day=1), tz) - pd.Timedelta(seconds=1))


def week_interval(day: pd.Timestamp):
    """Monday 00:00 to Sunday 23:59:59 of the week holding ``day``, counted in calendar days (a tz-aware day keeps
    its zone: the week is that zone's, whichever side of a daylight-saving change it starts)."""
    tz = day.tz
    local = day.tz_localize(None) if tz is not None else day
    start = local.normalize() - pd.Timedelta(days=local.weekday())
    end = start + pd.Timedelta(days=7) - pd.Timedelta(seconds=1)
    return (start, end) if tz is None else (wall_time(start, tz), wall_time(end, tz))


def week_value(day: pd.Timestamp) -> str:
    iso = day.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def _date_norm(day: pd.Timestamp, tz: str, part: str | None = None) -> Norm:
    if part:
        suffix, h0, h1 = DAY_PARTS[part]
        earliest, latest = day_interval(day.year, day.month, day.day, tz, (h0, h1))
        if PART_OF_DAY_SUFFIX:
            return Norm("TIME", f"{day:%Y-%m-%d}{suffix}", "part-of-day", earliest, latest)
        return Norm("DATE", f"{day:%Y-%m-%d}", "part-of-day", earliest, latest)
    earliest, latest = day_interval(day.year, day.month, day.day, tz)
    return Norm("DATE", f"{day:%Y-%m-%d}", "day", earliest, latest)


def _today(ctx: Context) -> pd.Timestamp | None:
    """The publication day on the article's clock, as a calendar date (naive): days are counted from it in calendar
    days, since 24 hours before a Monday midnight just after a daylight-saving change is Saturday 23:00."""
    ref = _local(ctx.ref, ctx.tz)
    if ref is None:
        return None
    day = _TODAY.get(ref)
    if day is None or day[0] is not ref:
        day = (ref, ref.tz_localize(None).normalize())
        if len(_TODAY) >= 4096:
            _TODAY.clear()
        _TODAY[ref] = day
    return day[1]


_TODAY: dict = {}  # the local time ``_local`` handed out -> (it, its calendar day): asked for by every handler


def _resolve_weekday(weekday: int, ctx: Context, shift: str | None = None) -> pd.Timestamp | None:
    """The date of a weekday (naive): the publication day itself, else the nearest past one (next one if future)."""
    ref = _today(ctx)
    if ref is None:
        return None
    delta = (weekday - ref.weekday()) % 7
    if shift is None and ctx.would and delta:
        # "said Monday he would travel Tuesday": the first such day after the day it was said, else the nearest
        if ctx.said_day is not None and ctx.said_day <= ref:
            return ctx.said_day + pd.Timedelta(days=(weekday - ctx.said_day.weekday()) % 7 or 7)
        back = 7 - delta
        return ref + pd.Timedelta(days=delta) if delta < back else ref - pd.Timedelta(days=back)
    if shift is None and ctx.tense == "nearest" and delta:
        back = 7 - delta
        return ref + pd.Timedelta(days=delta) if delta < back else ref - pd.Timedelta(days=back)
    if shift == "next" or (shift is None and ctx.tense in ("future", "present") and delta != 0):
        return ref + pd.Timedelta(days=delta or 7)
    if shift == "last":
        return ref - pd.Timedelta(days=(ref.weekday() - weekday) % 7 or 7)
    if delta == 0:
        return ref
    return ref - pd.Timedelta(days=7 - delta)


def _infer_year(month: int, day: int | None, ctx: Context) -> int | None:
    """The year of a month (and day) written without one: the nearest such date, past or future by tense."""
    ref = _local(ctx.ref, ctx.tz)
    if ref is None:
        return None
    year = ref.year
    candidate = pd.Timestamp(year=year, month=month, day=min(day or 1, 28))
    here = pd.Timestamp(year=ref.year, month=ref.month, day=min(ref.day, 28) if day else 1)
    months_ahead = (candidate.year - here.year) * 12 + candidate.month - here.month
    if ctx.tense in ("future", "present"):  # "will vote in November"; "the election is in November": a schedule
        if months_ahead < (-1 if day is None else 0):
            year += 1
    elif ctx.tense == "past":
        if months_ahead > 1:
            year -= 1
    elif months_ahead > (5 if day is None else 2):  # no tense: the nearest month; a day more than two months ahead is past
        year -= 1
    elif months_ahead < -6:
        year += 1
    return year


# ----------------------------------------------------------------- handlers
def _year_named(shift: str, ctx: Context) -> int | None:
    """The year of "of last year", "of next year", "of that year" (the year the story last named, else this one)."""
    ref = _local(ctx.ref, ctx.tz)
    shift = shift.lower().split()[-1]
    if shift in ("that", "same") and ctx.period is not None:
        return ctx.period[0].year
    if ref is None:
        return None
    return ref.year + {"last": -1, "previous": -1, "next": 1, "following": 1}.get(shift, 0)


def h_full_date(m: re.Match, ctx: Context) -> Norm | None:
    g = m.groupdict()
    month = _month(g["month"])
    day = _day(g["day"]) if g.get("day") else None
    year = int(g["year"]) if g.get("year") else (
        _year_named(g["yearshift"], ctx) if g.get("yearshift") else _infer_year(month, day, ctx))
    if day is None:
        if year is None:
            return Norm("DATE", f"XXXX-{month:02d}", "month")
        earliest, latest = month_interval(year, month, ctx.tz)
        return Norm("DATE", f"{year}-{month:02d}", "month", earliest, latest)
    if year is None:
        return Norm("DATE", f"XXXX-{month:02d}-{day:02d}", "day")
    try:
        when = pd.Timestamp(year=year, month=month, day=day)
    except ValueError:
        return None
    return _date_norm(when, ctx.tz, (g.get("part") or "").lower() or None)


def h_day_month(m: re.Match, ctx: Context) -> Norm | None:
    return h_full_date(m, ctx)


def h_iso(m: re.Match, ctx: Context) -> Norm | None:
    """"2021-03-04", and a stamp with its time ("2021-03-04T09:30:00Z"): a TIME on its own offset (else the article's
    clock)."""
    try:
        when = pd.Timestamp(m.group(0)[:10])
        stamp = pd.Timestamp(m.group(0)) if m.group("time") else None
    except ValueError:
        return None
    if stamp is None:
        return _date_norm(when, ctx.tz)
    if when.year not in BOUNDED_YEARS:
        return Norm("TIME", f"{stamp:%Y-%m-%dT%H:%M}", "minute")
    start = (stamp.tz_convert(ctx.tz) if stamp.tzinfo is not None else wall_time(stamp, ctx.tz)).floor("min")
    return Norm("TIME", f"{stamp:%Y-%m-%dT%H:%M}", "minute", start, start + pd.Timedelta(seconds=59))


#: Time zones of the countries that write a date in figures month first (6/1/2020 is June 1): the United States and
#: its territories, and the Philippines; "UTC", an article's zone when none is known, keeps that reading. Elsewhere
#: the day comes first (6/1/2020 is 6 January), as it does in any date whose first number is over 12 (13/01/2020).
MONTH_FIRST_ZONES = re.compile(r"UTC$|Etc/|US/|America/(?:New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|"
                               r"Detroit|Boise|Juneau|Sitka|Nome|Adak|Metlakatla|Yakutat|Indiana|Kentucky|"
                               r"North_Dakota|Menominee|Puerto_Rico)|Pacific/(?:Honolulu|Guam)|Asia/Manila")


def h_slashed(m: re.Match, ctx: Context) -> Norm | None:
    """"6/1/2020", "13/01/2020", "06-01-2020": month first where the article's zone writes it so
    (``MONTH_FIRST_ZONES``), else day first; a first number over 12 is a day anywhere, a second over 12 a day too."""
    g = m.groupdict()
    first, second = int(g["first"]), int(g["second"] or g["second2"])
    month_first = bool(MONTH_FIRST_ZONES.match(ctx.tz))
    if first > 12 or (second <= 12 and not month_first):
        month, day = second, first
    else:
        month, day = first, second
    if month > 12:
        return None
    return h_numeric(m, ctx, month, day, g["year"] or g["year2"])


def h_numeric(m: re.Match, ctx: Context, month: int | None = None, day: int | None = None,
              year: str | None = None) -> Norm | None:
    g = dict(m.groupdict())
    if month is not None:
        g.update(m=month, d=day, year=year)
    year = int(g["year"])
    year += 1900 if year < 100 and year > 30 else (2000 if year < 100 else 0)
    try:
        when = pd.Timestamp(year=year, month=int(g["m"]), day=int(g["d"]))
    except ValueError:
        return None
    if g.get("hh") and year not in BOUNDED_YEARS:
        return Norm("TIME", f"{when:%Y-%m-%d}T{int(g['hh']):02d}:{g['mm']}", "minute")
    if g.get("hh"):
        start = wall_time(when + pd.Timedelta(hours=int(g["hh"]), minutes=int(g["mm"])), ctx.tz)
        return Norm("TIME", f"{when:%Y-%m-%d}T{int(g['hh']):02d}:{g['mm']}", "minute", start,
                    start + pd.Timedelta(seconds=59))
    return _date_norm(when, ctx.tz)


def h_month_year(m: re.Match, ctx: Context) -> Norm | None:
    g = m.groupdict()
    month, year = _month(g["month"]), int(g["year"])
    earliest, latest = month_interval(year, month, ctx.tz)
    return Norm("DATE", f"{year}-{month:02d}", "month", earliest, latest)


def h_month(m: re.Match, ctx: Context) -> Norm | None:
    g = m.groupdict()
    month = _month(g["month"])
    mod = (g.get("mod") or "").lower()
    ref = _local(ctx.ref, ctx.tz)
    if g.get("yearshift"):
        year = _year_named(g["yearshift"], ctx)
    elif mod in ("last", "next", "this") and ref is not None:
        year = ref.year
        if mod == "last" and month >= ref.month:
            year -= 1
        if mod == "next" and month <= ref.month:
            year += 1
    else:
        year = _infer_year(month, None, ctx)
    if year is None:
        return Norm("DATE", f"XXXX-{month:02d}", "month")
    earliest, latest = _narrowed(*month_interval(year, month, ctx.tz), mod, ctx.tz)  # "late March", "end-March"
    return Norm("DATE", f"{year}-{month:02d}", "month", earliest, latest)


#: What follows a four-digit number that counts rather than dates ("2000 workers", "1998-99", "1500 percent").
NOT_A_YEAR_AFTER = (r"\s*(?:[-–%]|(?:percent|troops|people|members|times|feet|meters|miles|workers|employees|residents|"
                    r"soldiers|students|votes|jobs)\b)")
#: A bare four-digit number is a year only after one of these words (or inside parentheses, after "mid-"...).
YEAR_CONTEXT = re.compile(r"(?:\b(?:in|since|by|until|till|of|from|to|before|after|during|through|early|late|mid|"
                          r"fiscal|and|or|year|season|the|between|around|circa|c\.|spring|summer|fall|autumn|"
                          r"winter|than|a|an|its|his|her|their|our)\s+|\w['’]s\s+|\b(?:mid|post|pre)-|\(|^|\d{4},\s+|"
                          r"\d{4}\s+(?:and|or|to)\s+)$", re.IGNORECASE)


def h_year(m: re.Match, ctx: Context) -> Norm | None:
    """A year ("in 1998", "(2019)"); "early 2019", "mid-2019", "late 2019", "end-2020": its first, middle or last
    third (TIMEX3 keeps the year as the value and the part in a modifier)."""
    before = m.string[max(0, m.start() - 12):m.start()]
    mod = (m.group("mod") or "").lower()
    if not mod and not YEAR_CONTEXT.search(before) and not re.match(r"\s*(?:[.,;:)]|$)",
                                                                      m.string[m.end():m.end() + 2]):
        return None
    if re.search(r"\w['’]s\s+$", before) and re.match(r"\s+[A-Z]", m.string[m.end():m.end() + 2]):
        return None  # "Kopp's 1987 Chevrolet": a model year, not a date of the story
    year = int(m.group("year"))
    earliest, latest = year_interval(year, ctx.tz)
    if mod == "mid" and m.string[m.start("year") - 1] != "-":
        mod = ""  # "mid 2019" is rare; "mid" before a year is written "mid-"
    return Norm("DATE", str(year), "year", *_narrowed(earliest, latest, mod, ctx.tz))


#: Which third of a period "early", "mid", "late" (and "end", as in "end-2020") name, as shares of it.
MODIFIER_THIRDS = {"early": (0, 1 / 3), "mid": (1 / 3, 2 / 3), "late": (2 / 3, 1), "end": (2 / 3, 1)}


def _narrowed(earliest: pd.Timestamp | None, latest: pd.Timestamp | None, mod: str, tz: str):
    """The first, middle or last third of a period (``MODIFIER_THIRDS``), cut at whole years of a decade or longer,
    whole months of a year, whole days of a month or a week ("the late 1990s": 1996 to 1999; "early 2019": January to
    April; "late last month": from the 21st); the period itself for any other ``mod`` or no bounds."""
    if mod not in MODIFIER_THIRDS or earliest is None or latest is None:
        return earliest, latest
    start = earliest.tz_convert(tz).tz_localize(None)
    end = (latest + pd.Timedelta(seconds=1)).tz_convert(tz).tz_localize(None)
    if start == start.normalize().replace(month=1, day=1) and end == end.normalize().replace(month=1, day=1):
        unit, n = "years", end.year - start.year
    elif start.day == 1 and end.day == 1 and start == start.normalize() and end == end.normalize():
        unit, n = "months", (end.year - start.year) * 12 + end.month - start.month
    else:
        unit, n = "days", (end.normalize() - start.normalize()).days
    if unit == "years" and n == 1:
        unit, n = "months", 12
    elif unit == "months" and n == 1:
        unit, n = "days", (end - start).days
    lo, hi = MODIFIER_THIRDS[mod]
    first = _shift(start, pd.DateOffset(**{unit: int(n * lo)}))
    last = _shift(start, pd.DateOffset(**{unit: int(n * hi)}))
    return wall_time(first, tz), wall_time(last, tz) - pd.Timedelta(seconds=1)


def h_decade(m: re.Match, ctx: Context) -> Norm | None:
    """"the 1990s", "the late 1980s", "the 1980's", "the '60s" (the latest such decade not after publication; 1900s
    without one). "The 1600s", "the 1800s": a round hundred before the last century names the century (TIMEX3 16, 18)."""
    if m.group("decade"):
        decade = int(m.group("decade"))
        if decade % 100 == 0 and decade <= 1900:
            return Norm("DATE", str(decade)[:2], "century", *year_interval(decade, ctx.tz, 100))
    else:
        ref = _local(ctx.ref, ctx.tz)
        century = (ref.year // 100 * 100) if ref is not None else 1900
        decade = century + int(m.group("short"))
        if ref is not None and decade > ref.year:
            decade -= 100
    mod = re.match(r"(?i)(?:the\s+)?(early|mid|late)", m.group(0))
    earliest, latest = _narrowed(*year_interval(decade, ctx.tz, 10), mod.group(1).lower() if mod else "", ctx.tz)
    return Norm("DATE", f"{str(decade)[:3]}X", "decade", earliest, latest)


def h_clock(m: re.Match, ctx: Context) -> Norm | None:
    g = m.groupdict()
    text = g["clock"].lower()
    if text in ("noon", "midday"):
        hour, minute = 12, 0
    elif text == "midnight":
        hour, minute = 24, 0
    elif "clock" in text:  # "6 o'clock", "three o'clock in the morning": the part of the day, if said, sets a.m./p.m.
        word = text.split()[0]
        hour, minute = (int(word) if word.isdigit() else HOUR_WORDS[word]), 0
        said = m.group(0).lower()
        if hour < 12 and re.search(r"afternoon|evening|night", said):
            hour += 12
        elif hour == 12 and "morning" in said:
            hour = 0
    else:
        digits = re.match(r"(\d{1,2})(?:[:.]?(\d{2}))?", text)
        hour, minute = int(digits.group(1)), int(digits.group(2) or 0)
        if g.get("rangemer"):  # the range's a.m. or p.m., unless that puts its first hour after its last (9 to 5 p.m.)
            if g["link"].strip() == "and" and not re.search(r"(?i)\bbetween\s+$",
                                                           m.string[max(0, m.start() - 9):m.start()]):
                return None
            last = int(g["rangeend"]) % 12 + (12 if g["rangemer"].lower() == "p" else 0)
            text = ("p" if g["rangemer"].lower() == "p" and hour % 12 + 12 <= last else "a") + "m"
        if "p" in text and hour < 12:
            hour += 12
        if "a" in text and hour == 12:
            hour = 0
    if hour > 24 or minute > 59:
        return None
    day = None
    month, date, year = (g.get("month") or g.get("bmonth"), g.get("day") or g.get("bday"),
                         g.get("year") or g.get("byear"))
    zone = re.sub(r"\s+time$", "", (g.get("zone") or "").strip(" ()"))
    if zone in ZONE_ABBREVIATIONS:  # a fixed offset, half hours too ("3:30 p.m. IST" is 10:00 GMT)
        clock = datetime.timezone(datetime.timedelta(hours=ZONE_ABBREVIATIONS[zone]))
    else:  # (a city's clock: "10 a.m. Tokyo time", "noon Beijing time", as the place tables know the city)
        clock = ZONE_NAMES.get(zone) or TIMEZONE_ABBREVIATIONS.get(zone) or city_zone(zone) or (
            ctx.local_tz if zone.lower() == "local" and ctx.local_tz else ctx.tz)
    if month:  # the date, when written, rather than its weekday
        year = int(year) if year else _infer_year(_month(month), _day(date), ctx)
        try:
            day = None if year is None else pd.Timestamp(year=year, month=_month(month), day=_day(date))
        except ValueError:  # "5 p.m. Feb. 30"
            return None
    elif g.get("weekday") or g.get("deictic"):  # "0100 GMT Wednesday": the Wednesday of that zone's calendar
        on_its_clock = dataclasses.replace(ctx, tz=clock)
        day = (_resolve_weekday(WEEKDAYS[g["weekday"].lower().split("'")[0].split("’")[0]], on_its_clock)
               if g.get("weekday") else _deictic_day(g["deictic"].lower(), on_its_clock))
    elif re.search(r"\b(?i:a|an|any)\s+$", m.string[max(0, m.start() - 5):m.start()]):
        day = None  # "awake for a 3 a.m. call": any such call's time, on no date
    elif ctx.ref is not None:
        day = _today(ctx) if _is_a_stamp(m) else _narrative_day(ctx)
    if day is None:
        return Norm("TIME", f"XXXX-XX-XXT{hour:02d}:{minute:02d}", "minute")
    day = pd.Timestamp(year=day.year, month=day.month, day=day.day)
    if day.year not in BOUNDED_YEARS:
        return Norm("TIME", f"{day:%Y-%m-%d}T{hour:02d}:{minute:02d}", "minute")
    start = wall_time(day + pd.Timedelta(hours=hour, minutes=minute), clock).tz_convert(ctx.tz)
    return Norm("TIME", f"{day:%Y-%m-%d}T{hour:02d}:{minute:02d}", "minute", start, start + pd.Timedelta(seconds=59),
                clock=clock)


def _is_a_stamp(m: re.Match) -> bool:
    """A clock time that is a line of its own ("2 p.m.", "10:42 a.m. ET" between the items of a live blog): the time
    of an update, on the publication day, not a time of the day the story last named."""
    text = m.string
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    return not text[start:m.start()].strip(" \t_.") and not text[m.end():len(text) if end < 0 else end].strip(" \t.:")


def _dates_attribution(doc, start: int, end: int) -> bool:
    """Whether a time dates a speech verb that trails what it reports ("a levee broke late Saturday, officials said
    Sunday"): the verb comes after the clause it attributes."""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root.head
    if head.dep_ == "prep":
        head = head.head
    return (head.lemma_ in ("say", "tell", "report", "announce", "confirm") and head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "ccomp" and c.i < head.i for c in head.children))


def _narrative_day(ctx: Context) -> pd.Timestamp:
    """The day a bare clock time or "that day" is on: the day the story last named, unless that day is still ahead
    and the clause is past ("takes effect Jan. 1. At 10:30 a.m., the vote began": today's vote); else today."""
    today = _local(ctx.ref, ctx.tz).tz_localize(None).normalize()
    if ctx.anchor is None or (ctx.tense == "past" and ctx.anchor > today):
        return today
    return ctx.anchor


def _deictic_day(word: str, ctx: Context) -> pd.Timestamp | None:
    ref = _today(ctx)
    if ref is None:
        return None
    offset = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "tomorrow": 1, "last": -1}[word.split()[0]]
    return ref + pd.Timedelta(days=offset)


#: A capitalized "Today" after a name in running text ("a version of Russia Today", "for USA Today"): a title. The
#: name must follow a lower-case word or an article, so a headline's title case ("Senate Votes Today") stays a date.
NAME_BEFORE_TODAY = re.compile(r"(?:\b[a-z][\w'’]*|\b(?:A|An|The))\s+(?:[A-Z][\w&.'’-]*\s+){1,3}$")


#: A capitalized word just before "Today" (not a weekday or a month: "Monday Today" is no name), for "USA TODAY's
#: tally", "Russia Today reported" at the start of a sentence.
CAPITAL_BEFORE_TODAY = re.compile(rf"\b(?!{WEEKDAY_RE}\b|{MONTH_RE}\b)[A-Z][\w&.'’-]*\s+$")
#: Running text after it: a lower-case word of four letters or more before the sentence ends, which a headline's
#: title case ("Senate Votes Today on Bill") does not have.
RUNNING_TEXT_AFTER = re.compile(r"[^.!?\n]{0,60}?\b[a-z]{4,}\b")


#: "tomorrow" as a noun for the future: after an article or "of", with an adjective or none ("a brighter tomorrow").
NOUN_TOMORROW_BEFORE = re.compile(r"\b(?i:a|an|our|their|your|of)\s+(?:[a-z]+(?:er|est|ful|ing)\s+)?$")


def h_deictic(m: re.Match, ctx: Context) -> Norm | None:
    g = m.groupdict()
    if g["deictic"] in ("Today", "TODAY") and (
            NAME_BEFORE_TODAY.search(m.string, max(0, m.start() - 60), m.start())
            or CAPITAL_BEFORE_TODAY.search(m.string, max(0, m.start() - 30), m.start())
            and RUNNING_TEXT_AFTER.match(m.string, m.end())):
        return None
    word = g["deictic"].lower()
    if word == "tomorrow" and NOUN_TOMORROW_BEFORE.search(m.string, max(0, m.start() - 30), m.start()) and not re.match(
            r"['’]s\b", m.string[m.end():m.end() + 3]):
        return Norm("DATE", "FUTURE_REF", "ref")  # "a brighter tomorrow", "the world of tomorrow": the future
    part = (g.get("part") or "").lower() or ("night" if word in ("tonight", "last night") else None)
    day = _deictic_day(word, ctx)
    if day is None:
        return Norm("DATE", "XXXX-XX-XX", "day")
    norm = _date_norm(day, ctx.tz, part if g.get("part") or word == "last night" else None)
    if word == "tonight":
        norm.earliest, norm.latest = day_interval(day.year, day.month, day.day, ctx.tz, (19, 30))
    return norm


def h_weekday(m: re.Match, ctx: Context) -> Norm | None:
    g = m.groupdict()
    name = re.match(r"[A-Za-z]+", g["weekday"]).group().lower()
    shift = (g.get("shift") or "").lower() or None
    if shift == "this":
        shift = None
    day = _resolve_weekday(WEEKDAYS[name], ctx, shift)
    week = (g.get("week") or "").lower()
    if week and day is not None:  # "on Tuesday last week", "Friday next week": that day of the week named
        today = _today(ctx)
        step = {"last": -1, "next": 1}.get(week, 0)
        monday = today - pd.Timedelta(days=today.weekday()) + pd.Timedelta(days=7 * step)
        day = monday + pd.Timedelta(days=WEEKDAYS[name])
    part = (g.get("part") or "").lower() or DAYPART_WORDS.get((g.get("light") or "").lower())
    if day is None:
        return Norm("DATE", "XXXX-WXX-" + str(WEEKDAYS[name] + 1), "day")
    norm = _date_norm(day, ctx.tz, part)
    mod = (g.get("mod") or "").lower()
    if mod in ("early", "late") and part is None:
        h0, h1 = (0, 12) if mod == "early" else (12, 24)
        norm.earliest, norm.latest = day_interval(day.year, day.month, day.day, ctx.tz, (h0, h1))
    return norm


def h_relative_unit(m: re.Match, ctx: Context) -> Norm | None:
    """this/last/next/earlier this/later this + week/month/year/weekend/quarter/season/decade/century."""
    g = m.groupdict()
    shift = re.sub(r"\s+", " ", g["shift"].lower())
    unit = g["unit"].lower()
    if shift.endswith("last") and re.match(r"\s+of\b", m.string[m.end():]):
        return None  # "the last week of March", "his last year of office": an ordinal, not the week before
    if shift in ("the past", "the last") and unit in ("week", "month", "year", "decade", "century"):
        # "over the past year", "in the last week": the span up to now, a length (TIMEX3 P1Y), not the calendar year
        # before
        return h_duration(re.match(r"(?P<num>one) (?P<unit>\w+)", f"one {unit}"), ctx)
    ref = _local(ctx.ref, ctx.tz)
    step = -1 if shift.endswith(("last", "past", "previous")) else (1 if shift.endswith(("next", "coming")) else 0)
    placeholder = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX",
                   "quarter": "XXXX-QX", "decade": "XXX", "century": "XX"}.get(unit, "XXXX-" + unit[:2].upper())
    if ref is None:
        return Norm("DATE", placeholder, unit)
    day = _today(ctx)
    if unit == "week":
        day = day + pd.Timedelta(days=7 * step)
        earliest, latest = week_interval(wall_time(day, ctx.tz))
        value = week_value(day)
    elif unit == "weekend":
        saturday = day + pd.Timedelta(days=(5 - day.weekday()) % 7 if step >= 0 else -((day.weekday() - 5) % 7 or 7))
        if step == 0 and day.weekday() == 6:
            saturday = day - pd.Timedelta(days=1)
        earliest, latest = day_interval(saturday.year, saturday.month, saturday.day, ctx.tz, (0, 48))
        value = week_value(saturday) + "-WE"
    elif unit == "month":
        month = pd.Timestamp(year=day.year, month=day.month, day=1) + pd.DateOffset(months=step)
        earliest, latest = month_interval(month.year, month.month, ctx.tz)
        value = f"{month:%Y-%m}"
    elif unit == "year":
        earliest, latest = year_interval(day.year + step, ctx.tz)
        value = str(day.year + step)
    elif unit == "quarter":
        q = (day.month - 1) // 3 + step
        year = day.year + q // 4
        q = q % 4
        earliest = wall_time(pd.Timestamp(year=year, month=3 * q + 1, day=1), ctx.tz)
        latest = _shift(earliest, pd.DateOffset(months=3)) - pd.Timedelta(seconds=1)
        value = f"{year}-Q{q + 1}"
    elif unit == "decade":
        start = day.year // 10 * 10 + 10 * step
        earliest, latest = year_interval(start, ctx.tz, 10)
        value = str(start)[:3]
    elif unit == "century":
        start = day.year // 100 * 100 + 100 * step
        earliest, latest = year_interval(start, ctx.tz, 100)
        value = str(start)[:2]
    else:  # seasons
        code, first_month = SEASONS[unit]
        year = day.year
        today = day
        if step == -1:  # "last summer": the latest summer that has ended (said in August, the year before's)
            while pd.Timestamp(year=year, month=first_month, day=1) + pd.DateOffset(months=3) > today:
                year -= 1
        elif step == 1:  # "next winter": the first one not yet begun
            while pd.Timestamp(year=year, month=first_month, day=1) <= today:
                year += 1
        elif step == 0 and first_month == 12 and day.month < 3:
            year -= 1
        earliest = wall_time(pd.Timestamp(year=year, month=first_month, day=1), ctx.tz)
        latest = _shift(earliest, pd.DateOffset(months=3)) - pd.Timedelta(seconds=1)
        value = f"{year}-{code}"
    mod = shift.split()[0]
    earliest, latest = _narrowed(earliest, latest, mod, ctx.tz)  # "early next week", "late last month": a third
    if mod in ("earlier", "early") and step == 0:  # "earlier this week", "early this year": no later than now
        latest = max(earliest, min(latest, ref))
    elif mod in ("later", "late") and step == 0:
        earliest = min(latest, max(earliest, _midnight(ref)))
    return Norm("DATE", value, unit, earliest, latest)


def h_ago(m: re.Match, ctx: Context) -> Norm | None:
    """"three days ago", "a decade ago", "years ago"; and forwards, "six weeks from now", "many years from now": the
    day, week, month or year that far from publication (PAST_REF / FUTURE_REF, bounded, for a vague count)."""
    g = m.groupdict()
    unit = _unit(g["unit"])
    n = _num(g["num"]) if g.get("num") else None
    sign = 1 if m.group(0).lower().endswith("now") else -1
    ref = _local(ctx.ref, ctx.tz)
    vague_value = "FUTURE_REF" if sign > 0 else "PAST_REF"
    if ref is None:
        return Norm("DATE", vague_value, unit)
    if n is None:  # "years ago", "several weeks ago", "many years from now"
        row = vague(unit + "s") or {"min": UNIT_LENGTH[unit], "max": _times(UNIT_LENGTH[unit], 10)}
        if row["max"] is None or row["max"].days / 365.25 > min(ref.year - BOUNDED_YEARS[0], BOUNDED_YEARS[-1] - ref.year):
            return Norm("DATE", vague_value, unit)  # "centuries ago": further than a bound can say
        ends = (ref + sign * row["min"], ref + sign * row["max"])
        return Norm("DATE", vague_value, unit, min(ends), max(ends))
    if unit in ("year", "decade", "century"):
        year = int(round(ref.year + sign * {"year": 1, "decade": 10, "century": 100}[unit] * n))
        return Norm("DATE", str(year), "year", *year_interval(year, ctx.tz))
    if unit in ("fortnight", "quarter"):  # "two fortnights ago": four weeks; "a quarter ago": three months
        unit, n = ("week", 2 * n) if unit == "fortnight" else ("month", 3 * n)
    step = UNIT_LENGTH[unit] * n * sign
    when = ref + step
    if unit in ("day", "week"):  # counted in calendar days on the article's clock
        when = _today(ctx) + step
    if unit in ("day",):
        return _date_norm(_midnight(when), ctx.tz)
    if unit in ("hour", "minute", "second"):
        return Norm("TIME", vague_value, unit, when - UNIT_LENGTH[unit], when + UNIT_LENGTH[unit])
    if unit == "week":
        earliest, latest = week_interval(_midnight(when))
        return Norm("DATE", week_value(when), "week", wall_time(earliest, ctx.tz), wall_time(latest, ctx.tz))
    if unit == "month":
        when = ref.tz_localize(None) + pd.DateOffset(months=int(n) * sign)
        earliest, latest = month_interval(when.year, when.month, ctx.tz)
        return Norm("DATE", f"{when:%Y-%m}", "month", earliest, latest)
    return None


#: After "a second": words that go on with a length of time ("a second later", "a second or two"); any other word
#: makes it the ordinal ("a second device", "a second term").
SECOND_GOES_ON = re.compile(r"\s+(?:later|earlier|ago|before|after|or|longer|more|too|to|of|in|and|at|each|per|"
                            r"left|remaining)\b|\s*(?:[^\w\s-]|$)", re.IGNORECASE)
#: "a quarter of" anything but a time ("a quarter of the cost", "less than a quarter of donors") is a share.
QUARTER_OF_A_SHARE = re.compile(r"\s+of\s+(?!(?:a|an|the|this|that|last|next|fiscal)?\s*(?:century|hour|year|"
                                r"fiscal|\d))", re.IGNORECASE)
#: What stands before "a quarter" that is a length of time ("for a quarter", "within a quarter").
QUARTER_BEFORE = re.compile(r"\b(?:for|in|over|within|during|after|than|each|every|per|about|nearly|almost)\s+$",
                            re.IGNORECASE)


def _not_a_length(m: re.Match, unit: str) -> bool:
    """A count and a unit word that name no length of time: a compound going on with a hyphen ("a day-to-day
    basis", "a year-end bonus"), the ordinal "a second" ("a second device"), a share "a quarter of the cost" or a
    bare "a quarter" that no time word frames ("Save a quarter"), or an age ("a 6-year-old", "the 50-year-old
    alliance": TimeML news annotates none of them; "a years-old slump", with no count, stays a length)."""
    after = m.string[m.end():m.end() + 40]
    if re.match(r"[-‐][^\W\d_]", after):
        return True
    num = (m.groupdict().get("num") or "").strip().lower()
    if num and re.search(r"[- ]old$", m.group(0), re.IGNORECASE) and not (
            num in ("a", "an") and m.group("unit").lower().endswith("s")):
        return True
    if unit == "second" and num in ("a", "an") and not SECOND_GOES_ON.match(after):
        return True
    if unit == "quarter" and num in ("a", "an", "one"):
        if QUARTER_OF_A_SHARE.match(after):
            return True
        if m.group(0).lower().split()[0] == num and not QUARTER_BEFORE.search(m.string, max(0, m.start() - 12),
                                                                               m.start()) and not re.match(
                r"\s+(?:earlier|later|ago|before|after|of\s+(?:the|this|last|next|fiscal)\b)", after, re.IGNORECASE):
            return True
    return False


#: What stands before "a year", "an hour" that makes them a rate: "$60,000 a year", "$12 an hour", "60 hours a week",
#: "twice a month", "a $400-million-a-year business".
RATE_BEFORE = re.compile(
    rf"(?:\$\s?\d[\d.,]*(?:[- ](?:million|billion|trillion|thousand))?|\d[\d.,]*\s?%|"
    rf"\b\d[\d.,]*(?:\s+(?:million|billion|thousand))?"
    rf"\s+[A-Za-z]+|\b(?:once|twice|thrice)|\b{NUM_WORD_RE}\s+(?:times|{UNIT_RE}))[- ]$",
    re.IGNORECASE)


def h_duration(m: re.Match, ctx: Context) -> Norm | None:
    g = m.groupdict()
    unit = _unit(g["unit"])
    if _not_a_length(m, unit):
        return None
    num = (g.get("num") or "").lower()
    if (num == "a" and unit == "day" and m.group(0).lower() == "a day"
            and re.search(r"\b(?i:on)\s+$", m.string[max(0, m.start() - 4):m.start()])):
        # "on a day of dueling rallies", "on a day rich in symbolism": the day the story tells
        if ctx.ref is None and ctx.anchor is None:
            return Norm("DATE", "XXXX-XX-XX", "day")
        return _date_norm(ctx.anchor if ctx.ref is None else _narrative_day(ctx), ctx.tz)
    if (num in ("a", "an") and m.group(0).lower().startswith(num) and unit in ("hour", "day", "week", "month", "year")
            and RATE_BEFORE.search(m.string, max(0, m.start() - 40), m.start())):
        code, is_time = UNITS[unit]  # how often, per unit: TIMEX3 SET
        return Norm("SET", ("PT1" if is_time else "P1") + code, "set")
    code, is_time = UNITS[unit]
    if re.fullmatch(r"half\s+an?", num.strip()) and not g["unit"].lower().endswith(("s", "ies")):
        return _fraction_norm(0.5, unit)  # "half an hour" PT30M, "half a day" PT12H, "half a century" P50Y
    n = _num(g["num"]) if g.get("num") else None
    if n == 1 and g["num"].strip().lower() in ("a", "an") and g["unit"].lower().endswith(("s", "ies")):
        n = None  # "a decades-long feud": the article belongs to the noun, the length is vague
    prefix = "PT" if is_time else "P"
    if n is None:
        quant = (g.get("quant") or "").lower().strip()
        row = vague(f"{quant} {unit}s".strip()) or vague(f"{unit}s") or {
            "min": UNIT_LENGTH[unit], "max": _times(UNIT_LENGTH[unit], 10)}
        code = "Y" if unit in ("decade", "century") else code  # "decades" is some years (PXY), as "a decade" is P10Y
        return Norm("DURATION", f"{prefix}X{code}", unit, min_duration=row["min"], max_duration=row["max"])
    if unit == "fortnight":
        n, code = n * 2, "W"
    if unit == "decade":
        n, code = n * 10, "Y"
    if unit == "century":
        n, code = n * 100, "Y"
    length = _times(UNIT_LENGTH["year"] if unit in ("decade", "century") else UNIT_LENGTH[unit], n)
    if not float(n).is_integer() and is_time:
        whole = int(n)
        sub = {"H": ("H", 60, "M"), "M": ("M", 60, "S")}.get(code)
        value = f"PT{whole}{code}{int((n - whole) * sub[1])}{sub[2]}" if sub else f"{prefix}{n}{code}"
    else:
        value = f"{prefix}{_fmt_num(n)}{code}"
    words = m.group(0).lower().split()
    hedge = next((HEDGES[key] for key in (" ".join(words[:2]), words[0]) if key in HEDGES), None)
    if hedge is None or length is None:
        return Norm("DURATION", value, unit, min_duration=length, max_duration=length)
    return Norm("DURATION", value, unit, min_duration=_times(length, hedge[0]), max_duration=_times(length, hedge[1]))


#: How far a hedge lets a length stray ("about 15 minutes": 12 to 18 minutes), as factors of the length written; the
#: TIMEX3 value stays the length written (PT15M). Overridable: edit the dict (its keys, lowercase, one or two words,
#: are read off the start of a length the duration pattern found, among its own words before a number).
HEDGES = {"about": (0.8, 1.2), "roughly": (0.8, 1.2), "some": (0.8, 1.2), "nearly": (0.8, 1.0),
          "almost": (0.8, 1.0), "more than": (1.0, 1.5), "at least": (1.0, 1.5), "less than": (0.5, 1.0),
          "up to": (0.5, 1.0)}


#: Fractions of a unit: "a quarter-century" (P25Y), "half a century", "a quarter of an hour" (PT15M).
FRACTIONS = {"quarter": 0.25, "half": 0.5, "three quarters": 0.75, "three-quarters": 0.75}


def h_fraction(m: re.Match, ctx: Context) -> Norm | None:
    """A fraction of an hour, a year, a decade or a century, as the whole smaller unit it makes: "a quarter of an
    hour" PT15M, "a half-century" P50Y, "a quarter-century" P25Y."""
    return _fraction_norm(FRACTIONS[re.sub(r"\s+", " ", m.group("frac").lower())], _unit(m.group("unit")))


#: A fraction of these units, written in the next smaller one: "half a day" PT12H, "half a minute" PT30S.
SMALLER_UNIT = {"minute": ("PT", "S", pd.Timedelta(seconds=1), 60), "day": ("PT", "H", pd.Timedelta(hours=1), 24),
                "week": ("P", "D", pd.Timedelta(days=1), 7)}


def _fraction_norm(share: float, unit: str) -> Norm:
    minutes = {"hour": 60}.get(unit)
    years = {"year": 1, "decade": 10, "century": 100}.get(unit)
    if unit in SMALLER_UNIT:
        prefix, code, step, count = SMALLER_UNIT[unit]
        n = share * count
        return Norm("DURATION", f"{prefix}{_fmt_num(n)}{code}", unit, min_duration=step * n, max_duration=step * n)
    if years is None and not minutes:  # a month, a quarter, a fortnight (two weeks)
        length = _times(UNIT_LENGTH[unit], share)
        code, is_time = UNITS[unit]
        n = share * 2 if unit == "fortnight" else share
        return Norm("DURATION", f"{'PT' if is_time else 'P'}{_fmt_num(n)}{code}", unit, min_duration=length,
                    max_duration=length)
    if minutes:
        n, value = share * minutes, f"PT{_fmt_num(share * minutes)}M"
        length = pd.Timedelta(minutes=n)
    elif share * years >= 1 and float(share * years).is_integer():
        n = share * years
        value, length = f"P{_fmt_num(n)}Y", UNIT_LENGTH["year"] * n
    else:
        n = share * 12 * years
        value, length = f"P{_fmt_num(n)}M", UNIT_LENGTH["month"] * n
    return Norm("DURATION", value, unit, min_duration=length, max_duration=length)


def h_long(m: re.Match, ctx: Context) -> Norm | None:
    """Adjectives of length: "a day-long strike" lasts one day (P1D), "a decades-long feud" some decades (PXY)."""
    one = m.group("one")
    if one:
        return h_duration(re.match(r"(?P<num>one) (?P<unit>\w+)", f"one {one}"), ctx)
    return h_duration(re.match(r"(?P<unit>\w+)", m.group("unit")), ctx)


def h_vague(m: re.Match, ctx: Context) -> Norm | None:
    """Phrases of the vague-time table: "in recent days", "just hours", "over the coming days and weeks"."""
    key = re.sub(r"\s+", " ", m.group("key").lower())
    key = re.sub(r"^(?:the|next|few)\s+(coming)", r"\1", key)
    row = vague(key)
    if row is None:
        return None
    ref = _local(ctx.ref, ctx.tz)
    if row["kind"] == "DURATION":
        return Norm("DURATION", row["value"], "vague", min_duration=row["min"], max_duration=row["max"])
    if ref is None:
        return Norm("DATE", row["value"], "vague")
    if row["max"] <= pd.Timedelta(days=1):  # "in recent hours", "in the coming hours": counted from the hour
        ends = (ref - row["max"], ref) if row["value"] == "PAST_REF" else (ref + row["min"], ref + row["max"])
        return Norm("DATE", row["value"], "vague", *ends)
    if row["value"] == "PAST_REF":
        end_of_day = _midnight(ref) + pd.Timedelta(days=1) - pd.Timedelta(seconds=1)
        return Norm("DATE", "PAST_REF", "vague", _midnight(ref) - row["max"], end_of_day)
    return Norm("DATE", "FUTURE_REF", "vague", _midnight(ref) + row["min"], _midnight(ref) + row["max"])


def h_ref(m: re.Match, ctx: Context) -> Norm | None:
    word = m.group(0).lower()
    ref = _local(ctx.ref, ctx.tz)
    word = re.sub(r"\s+", " ", word)
    value = "PRESENT_REF" if word in ("now", "currently", "current", "right now", "at present", "presently",
                                      "nowadays", "these days", "at the moment") else (
        "FUTURE_REF" if "future" in word else "PAST_REF")
    if ref is None:
        return Norm("DATE", value, "ref")
    if value == "PRESENT_REF":
        return Norm("DATE", value, "ref", *day_interval(ref.year, ref.month, ref.day, ctx.tz))
    return Norm("DATE", value, "ref")


#: A publication named by how often it appears: "a daily newspaper", "the weekly magazine", "the daily said", "the
#: Communist Party daily Granma", "according to the Beijing daily." The word describes the paper, not a time of the
#: story, so it is no SET. After the word: a publication noun, a name, or (the word being a noun after a determiner)
#: a verb of publishing or the end of the clause.
PUBLICATION_AFTER = re.compile(
    r"\s+(?:(?:news|radio|television|TV)\s+)?(?:(?i:newspapers?|papers?|magazines?|tabloids?|journals?|newsletters?|"
    r"publications?|editions?|bulletins?|newscasts?|broadsheets?|gazettes?|digests?)\b|"
    rf"(?!{WEEKDAY_RE}|{MONTH_RE})(?-i:[A-Z])[\w'’-]*(?!\s+\d))")
PUBLICATION_NOUN = re.compile(r"\s*(?:[.,;:)]|\s(?:said|says|reported|reports|wrote|writes|quoted|quotes|cited|cites|"
                              r"published|publishes|added|adds|carried|carries|claimed|claims)\b)")
#: A determiner and what may stand between it and the paper: names, compounds ("state-run") and press adjectives.
DETERMINER_BEFORE = re.compile(
    r"\b(?i:the|a|an|its|his|her|their|another)\s+(?:(?:[A-Z][\w'’.-]*|\w+-[\w-]+|business|financial|local|"
    r"national|regional|official|leading|popular|independent|conservative|liberal|influential|economic|sports|"
    r"evening|morning|online|english|language)\s+){0,3}$")


def _names_a_publication(m: re.Match) -> bool:
    text, start, end = m.string, m.start(), m.end()
    if m.group(0).lower() not in ("daily", "weekly", "monthly", "quarterly"):
        return False
    return bool(PUBLICATION_AFTER.match(text, end)) or (
        bool(PUBLICATION_NOUN.match(text, end)) and bool(DETERMINER_BEFORE.search(text[max(0, start - 40):start])))


def h_set(m: re.Match, ctx: Context) -> Norm | None:
    if _names_a_publication(m):
        return None
    word = re.sub(r"\s+", " ", m.group(0).lower())
    table = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
             "yearly": "P1Y", "hourly": "PT1H", "quarterly": "P3M"}
    if word in table:
        return Norm("SET", table[word], "set")
    g = m.groupdict()
    plural = (g.get("plural") or "").lower()
    if plural:
        return Norm("SET", {"weekdays": "XXXX-WXX-WD", "weeknights": "XXXX-WXX-WD", "weekends": "XXXX-WXX-WE"}.get(
            plural, f"XXXX-WXX-{WEEKDAYS.get(plural[:-1], 0) + 1}"), "set")
    if g.get("counted"):  # "every three months", "every 72 minutes", "every other week"
        n = 2 if g.get("other") else _num(g["num"])
        unit = _unit(g["counted"])
        if n is None or unit not in UNITS:
            return None
        code, is_time = UNITS[unit]
        if unit in ("decade", "century", "fortnight"):
            n, code = n * {"decade": 10, "century": 100, "fortnight": 2}[unit], "Y" if unit != "fortnight" else "W"
        return Norm("SET", ("PT" if is_time else "P") + _fmt_num(n) + code, "set")
    unit = g.get("unit")
    if unit:
        u = _unit(unit) if unit.lower().rstrip("s") in UNITS else None
        if u:
            code, is_time = UNITS[u]
            return Norm("SET", ("PT1" if is_time else "P1") + code, "set")
        if unit.lower().rstrip("s") in WEEKDAYS:
            return Norm("SET", f"XXXX-WXX-{WEEKDAYS[unit.lower().rstrip('s')] + 1}", "set")
        return Norm("SET", "P1D", "set")
    return Norm("SET", "P1D", "set")


def h_anaphoric(m: re.Match, ctx: Context) -> Norm | None:
    """"the day before", "the next day", "that night", "the following morning": from the last date mentioned."""
    g = m.groupdict()
    words = set(m.group(0).lower().split())  # words, not letters: "that afternoon" holds no "after"
    if ctx.ref is None and ctx.anchor is None:
        return Norm("DATE", "XXXX-XX-XX", "day")
    if ctx.period_newer and ctx.period is not None and ctx.period[1] == "month":
        # "a speech at the convention in July ... a breakfast the following morning": a day of July, which one
        # the story does not say
        first = ctx.period[0]
        return Norm("DATE", f"{first:%Y-%m}", "month", *month_interval(first.year, first.month, ctx.tz))
    base = ctx.anchor if ctx.ref is None else _narrative_day(ctx)
    offset = 0
    if words & {"before", "previous", "prior"}:
        offset = -1
    elif words & {"next", "following", "after"}:
        offset = 1
    unit = (g.get("unit") or "day").lower()
    day = base + pd.Timedelta(days=offset)
    return _date_norm(day, ctx.tz, unit if unit in DAY_PARTS else None)


def h_judged_day(m: re.Match, ctx: Context) -> Norm | None:
    """"a historic day for Poland": the day the story is telling of (the day it last named, else the publication
    day), as "that day" is."""
    if ctx.ref is None and ctx.anchor is None:
        return Norm("DATE", "XXXX-XX-XX", "day")
    return _date_norm(ctx.anchor if ctx.ref is None else _narrative_day(ctx), ctx.tz)


#: Words for a time of day that are not in ``DAY_PARTS``, and the part they fall in.
DAYPART_WORDS = {"nightfall": "evening", "dusk": "evening", "sunset": "evening", "dawn": "morning",
                 "daybreak": "morning", "sunrise": "morning"}


def h_daypart(m: re.Match, ctx: Context) -> Norm | None:
    """"in the morning", "by evening", "at night", "at dawn": that part of the day the story is telling (the last day
    it named, else the publication day), as "that morning" is; "overnight" (an adverb: "crews worked overnight"), the
    night before publication, or the coming one in a clause looking ahead. Only in a clause told in the past or the
    future: in the present it is a habit ("she works at night", "police patrol at night"), no time of the story."""
    if ctx.tense not in ("past", "future", "nearest"):
        return None
    word = (m.group("part") or m.group("part2") or m.group("part3")).lower()
    part = DAYPART_WORDS.get(word, word)
    if ctx.ref is None and ctx.anchor is None:
        return Norm("DATE", "XXXX-XX-XX", "part-of-day")
    if part == "overnight":  # as "last night" or "tonight" are: the night before publication, or the one ahead
        if ctx.ref is None:
            return Norm("DATE", "XXXX-XX-XX", "part-of-day")
        return _date_norm(_today(ctx) - pd.Timedelta(days=0 if ctx.tense == "future" else 1), ctx.tz, part)
    day = ctx.anchor if ctx.ref is None else _narrative_day(ctx)
    return _date_norm(day, ctx.tz, part)


#: Holidays of the calendar: (month, day) for fixed ones; ("nth", month, weekday, n) for "the n-th weekday of the
#: month" (n = -1: the last one); ("easter", days) for days counted from Western Easter Sunday.
HOLIDAYS: dict[str, tuple] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4), "halloween": (10, 31),
    "valentine's day": (2, 14), "veterans day": (11, 11), "may day": (5, 1), "st. patrick's day": (3, 17),
    "thanksgiving": ("nth", 11, 3, 4), "thanksgiving day": ("nth", 11, 3, 4), "labor day": ("nth", 9, 0, 1),
    "memorial day": ("nth", 5, 0, -1), "columbus day": ("nth", 10, 0, 2), "mother's day": ("nth", 5, 6, 2),
    "father's day": ("nth", 6, 6, 3), "martin luther king day": ("nth", 1, 0, 3),
    "martin luther king jr. day": ("nth", 1, 0, 3), "presidents' day": ("nth", 2, 0, 3),
    "presidents day": ("nth", 2, 0, 3), "election day": ("election",),
    "easter": ("easter", 0), "easter sunday": ("easter", 0), "easter monday": ("easter", 1),
    "good friday": ("easter", -2), "palm sunday": ("easter", -7), "easter week": ("easter", 0),
    "holy week": ("easter", 0), "black friday": ("thanksgiving", 1), "cyber monday": ("thanksgiving", 4),
}
HOLIDAY_RE = (r"Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?|"
              r"Independence\s+Day|Election\s+Day|Halloween|Valentine['’]s\s+Day|Veterans\s+Day|Boxing\s+Day|"
              r"May\s+Day|"
              r"St\.\s+Patrick['’]s\s+Day|Labor\s+Day|Memorial\s+Day|Columbus\s+Day|Mother['’]s\s+Day|"
              r"Father['’]s\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.)?\s+Day|Presidents['’]?\s+Day|"
              r"Easter(?:\s+(?:Sunday|Monday|[Ww]eek))?|Good\s+Friday|Palm\s+Sunday|Holy\s+Week|"
              r"Black\s+Friday|Cyber\s+Monday")


def easter_sunday(year: int) -> pd.Timestamp:
    """Western Easter Sunday of ``year`` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lx = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * lx) // 451
    month, day = divmod(h + lx - 7 * m + 114, 31)
    return pd.Timestamp(year=year, month=month, day=day + 1)


def holiday_date(name: str, year: int) -> pd.Timestamp:
    """The date of a holiday of ``HOLIDAYS`` in ``year``."""
    rule = HOLIDAYS[name]
    if isinstance(rule[0], int):
        return pd.Timestamp(year=year, month=rule[0], day=rule[1])
    if rule[0] == "easter":
        return easter_sunday(year) + pd.Timedelta(days=rule[1])
    if rule[0] == "thanksgiving":  # days after the fourth Thursday of November
        return holiday_date("thanksgiving", year) + pd.Timedelta(days=rule[1])
    if rule[0] == "election":  # the Tuesday after the first Monday of November
        first = pd.Timestamp(year=year, month=11, day=1)
        return first + pd.Timedelta(days=(0 - first.weekday()) % 7 + 1)
    _, month, weekday, n = rule
    first = pd.Timestamp(year=year, month=month, day=1)
    if n < 0:
        last = first + pd.offsets.MonthEnd(0)
        return last - pd.Timedelta(days=(last.weekday() - weekday) % 7)
    return first + pd.Timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def h_holiday(m: re.Match, ctx: Context) -> Norm | None:
    """Holidays ("Christmas", "Labor Day", "Easter", "Holy Week"): the year written, else the last one in a past clause
    or after "last", the next one in a future clause or after "next", else the nearest one."""
    name = re.sub(r"\s+", " ", m.group("holiday").lower()).replace("’", "'")
    name = "presidents' day" if name == "presidents day" else name
    year = int(m.group("year")) if m.groupdict().get("year") else None
    ref = _local(ctx.ref, ctx.tz)
    if year is None:
        if ref is None:
            return None
        today = ref.tz_localize(None).normalize()
        shift = m.group(0).lower().split()[0]
        options = [holiday_date(name, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
        if name in ("easter week", "holy week"):  # a week has begun once its Monday has
            options = [week_interval(d)[0] for d in options]
        if shift == "last" or (shift != "next" and ctx.tense == "past"):
            day = max([d for d in options if d <= today] or options[:1])
        elif shift == "next" or ctx.tense == "future":
            day = min([d for d in options if d >= today] or options[-1:])
        else:
            day = min(options, key=lambda d: abs(d - today))
    else:
        day = holiday_date(name, year)
    if name in ("easter week", "holy week"):
        earliest, latest = week_interval(day)
        return Norm("DATE", week_value(day), "week", wall_time(earliest, ctx.tz), wall_time(latest, ctx.tz))
    return _date_norm(day, ctx.tz)


ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4,
            "last": 4}


def _period_year(m: re.Match, ctx: Context) -> tuple[int | None, bool]:
    """The year a quarter, half or season phrase names: written ("of 1997", "of last year"), else None; and whether
    it was written as a fiscal year."""
    g = m.groupdict()
    fiscal = bool(g.get("fiscal") or g.get("fiscal2") or g.get("fq"))
    if g.get("year"):
        return int(g["year"]), fiscal
    ref = _local(ctx.ref, ctx.tz)
    which = (g.get("which") or "").lower().split()
    if which and ref is not None:
        return ref.year + {"last": -1, "next": 1, "previous": -1, "following": 1}.get(which[0], 0), fiscal
    return None, fiscal


#: Words of accounts and the economy: a quarter named near one of them is a quarter of the year, not of a game.
ACCOUNTS_CUE = re.compile(
    r"(?:\b(?:profits?|earnings|revenues?|sales|income|loss(?:es)?|economy|economic|growth|GDP|output|results|"
    r"dividends?|shipments|deliveries|inflation|unemployment|jobless|spending|investments?|prices|percent|"
    r"forecasts?|analysts?|shares?|quarterly|fiscal|company|companies|firm|bank|budget|deficit|surplus|exports?|"
    r"imports?|gross\s+domestic|per\s+share|cents|billion|million)\b|[$€£¥%])", re.IGNORECASE)
#: Words of games: a quarter near one of them is a quarter of the game.
GAME_CUE = re.compile(r"\b(?:scored?|scoring|touchdowns?|goals?|quarterback|half-?time|overtime|rebounds?|"
                      r"assists?|interceptions?|yards?|innings?|buzzer|free\s+throws?)\b", re.IGNORECASE)


def _quarter_of_accounts(m: re.Match) -> bool:
    """Whether a quarter without a year is a quarter of the year: words of accounts around it, none of games
    ("fourth-quarter profit rose"; not "scored 12 points in the fourth quarter")."""
    text = m.string
    start = max(text.rfind(". ", 0, m.start()) + 1, m.start() - 200)
    stop = text.find(". ", m.end())
    window = text[start:min(stop if stop >= 0 else len(text), m.end() + 200)]
    return bool(ACCOUNTS_CUE.search(window)) and not GAME_CUE.search(window)


def h_quarter(m: re.Match, ctx: Context) -> Norm | None:
    """"the third quarter (of 1997)", "fourth-quarter (profit)", "the first quarter of fiscal 1999": a quarter of
    the year (TIMEX3 1997-Q3, FY1999-Q1). Without a year, the nearest such quarter: a past clause never looks
    ahead, a future one never back."""
    q = ORDINALS[m.group("ord").lower()]
    year, fiscal = _period_year(m, ctx)
    if year is None and not fiscal and not _quarter_of_accounts(m):
        return None  # "in the fourth quarter" of a game
    return _quarter(q, year, fiscal, ctx)


def _quarter(q: int, year: int | None, fiscal: bool, ctx: Context) -> Norm:
    """The q-th quarter of ``year``; without one, the nearest such quarter (a past clause never looks ahead, a future
    one never back)."""
    if year is None:
        ref = _local(ctx.ref, ctx.tz)
        if ref is None:
            return Norm("DATE", f"XXXX-Q{q}", "quarter")
        year = ref.year
        ahead = q - ((ref.month - 1) // 3 + 1)
        if ahead > (0 if ctx.tense == "past" else 1):
            year -= 1
        elif ahead < (0 if ctx.tense == "future" else -2):
            year += 1
    return _part_of_year(year, fiscal, "Q", q, 3, ctx.tz)


def _part_of_year(year: int, fiscal: bool, code: str, n: int, months: int, tz: str) -> Norm:
    """The n-th quarter (code Q, 3 months) or half (H, 6 months) of a calendar or fiscal year. A fiscal year starts
    where the organization's does, which the text rarely says: its parts are bounded by the two years around it."""
    granularity = {"Q": "quarter", "H": "half"}[code]
    if year not in BOUNDED_YEARS:
        return Norm("DATE", f"{'FY' if fiscal else ''}{year}-{code}{n}", ("fiscal " if fiscal else "") + granularity)
    if fiscal:
        earliest, latest = year_interval(year - 1, tz, 2)
        return Norm("DATE", f"FY{year}-{code}{n}", "fiscal " + granularity, earliest, latest)
    earliest = wall_time(pd.Timestamp(year=year, month=months * (n - 1) + 1, day=1), tz)
    latest = _shift(earliest, pd.DateOffset(months=months)) - pd.Timedelta(seconds=1)
    return Norm("DATE", f"{year}-{code}{n}", granularity, earliest, latest)


def h_half(m: re.Match, ctx: Context) -> Norm | None:
    """"the first half of 1998", "the second half of the year", "the latter half of next year": 1998-H1."""
    h = 1 if m.group("ord").lower() == "first" else 2
    year, fiscal = _period_year(m, ctx)
    if year is None:
        ref = _local(ctx.ref, ctx.tz)
        if ref is None:
            return Norm("DATE", f"XXXX-H{h}", "half")
        year = ref.year
    return _part_of_year(year, fiscal, "H", h, 6, ctx.tz)


def h_fiscal_year(m: re.Match, ctx: Context) -> Norm | None:
    """"fiscal 1999", "fiscal year 1999", "the 1999 fiscal year", "fiscal '99": TIMEX3 FY1999. Fiscal years start
    in different months (October for the US government, April in Britain and Japan) and are named by the year they
    end in or begin in, so the bounds run from the year before to the end of the year named."""
    year = int(m.group("year") or m.group("year2") or m.group("short"))
    if year < 100:
        year += 1900 if year > 30 else 2000
    earliest, latest = year_interval(year - 1, ctx.tz, 2)
    return Norm("DATE", f"FY{year}", "fiscal year", earliest, latest)


def h_year_pair(m: re.Match, ctx: Context) -> Norm | None:
    """Two years written as one ("2019-20", "2023/24", "1939-45", "1998-2003"): a financial or fiscal year when a word
    says so ("the 2022-23 financial year", "FY2023-24": TIMEX3 FY2023, from the start of the first year to the end of
    the second), else the years from the first to the second (the value the first: TIMEX3 has none for a range). The
    second must come after the first, within a century ("2019-07" is no pair)."""
    first = int(m.group("y1"))
    second = _pair_end(m)
    if second is None:
        return None
    if m.group("fy") or m.group("fy2"):
        return Norm("DATE", f"FY{second}", "fiscal year", *year_interval(first, ctx.tz, second - first + 1))
    return Norm("DATE", str(first), "year", *year_interval(first, ctx.tz, second - first + 1))


def _pair_end(m: re.Match) -> int | None:
    """The second year of a pair of years, in full, or None when it does not follow the first within a century."""
    first, written = int(m.group("y1")), m.group("y2")
    second = int(written) if len(written) == 4 else first // 100 * 100 + int(written)
    if len(written) == 2 and second <= first:
        second += 100  # "1999-01"
    return second if first < second <= first + 99 and (len(written) == 4 or second - first < 50) else None


def h_period_short(m: re.Match, ctx: Context) -> Norm | None:
    """The shorthand of business news: "Q4", "Q3 2019", "4Q19", "Q1 FY2020" (quarters), "H1 2020" (halves, with a year
    only: "H1" alone is a visa or a flu strain), "FY2020", "FY20" (fiscal years). A quarter without a year is the
    nearest such quarter, as for "the fourth quarter"."""
    g = m.groupdict()
    written, short = g["year"] or g["year2"] or g["year3"], g["short"] or g["short3"]
    year = int(written) if written else (int(short) + (1900 if int(short) > 50 else 2000) if short else None)
    fiscal = bool(g["fy"] or g["fy2"])
    if g.get("fyonly"):
        earliest, latest = year_interval(year - 1, ctx.tz, 2)
        return Norm("DATE", f"FY{year}", "fiscal year", earliest, latest)
    if g.get("h"):
        return _part_of_year(year, fiscal, "H", int(g["h"]), 6, ctx.tz)
    return _quarter(int(g["q"] or g["q2"]), year, fiscal, ctx)


def h_season(m: re.Match, ctx: Context) -> Norm | None:
    """"the summer of 1998", "spring 1999" (the year given); "in the fall", "during the winter" (the nearest such
    season: the last one in a past clause, the next in a future one, else the one of the publication year)."""
    if m.group("season3") and ctx.tense not in ("past", "future", "nearest"):
        return None  # "roads freeze in winter": a habit, no time of the story
    code, first_month = SEASONS[(m.group("season") or m.group("season2") or m.group("season3")).lower()]
    year = int(m.group("year")) if m.groupdict().get("year") else None
    if year is None:
        ref = _local(ctx.ref, ctx.tz)
        if ref is None:
            return Norm("DATE", f"XXXX-{code}", "season")
        today = ref.tz_localize(None).normalize()
        year = ref.year - (1 if first_month == 12 and ref.month < 3 else 0)
        if ctx.tense == "past":
            while pd.Timestamp(year=year, month=first_month, day=1) > today:
                year -= 1
        elif ctx.tense == "future":
            while pd.Timestamp(year=year, month=first_month, day=1) + pd.DateOffset(months=3) <= today:
                year += 1
    if year not in BOUNDED_YEARS:
        return Norm("DATE", f"{year}-{code}", "season")
    earliest = wall_time(pd.Timestamp(year=year, month=first_month, day=1), ctx.tz)
    latest = _shift(earliest, pd.DateOffset(months=3)) - pd.Timedelta(seconds=1)
    return Norm("DATE", f"{year}-{code}", "season", earliest, latest)


def h_the_weekend(m: re.Match, ctx: Context) -> Norm | None:
    """"over the weekend", "during the weekend": the weekend just past (the one under way when published on a
    Saturday or Sunday), or the coming one in a future clause."""
    ref = _local(ctx.ref, ctx.tz)
    if ref is None:
        return Norm("DATE", "XXXX-WXX-WE", "weekend")
    day = _today(ctx)
    if day.weekday() >= 5:
        saturday = day - pd.Timedelta(days=day.weekday() - 5)
    elif ctx.tense in ("future", "present"):  # "talks resume over the weekend": a schedule, as for weekdays
        saturday = day + pd.Timedelta(days=5 - day.weekday())
    else:
        saturday = day - pd.Timedelta(days=day.weekday() + 2)
    return Norm("DATE", week_value(saturday) + "-WE", "weekend",
                *day_interval(saturday.year, saturday.month, saturday.day, ctx.tz, (0, 48)))


def h_anaphoric_period(m: re.Match, ctx: Context) -> Norm | None:
    """"later that year", "that same month", "the following week", "the year before", "earlier in the year": the
    year, month or week of the last date the story mentioned (the publication date when it mentioned none or only a
    longer period)."""
    words = re.sub(r"\s+", " ", m.group(0).lower())
    unit = (m.group("unit") or m.group("unit2") or m.group("unit3")).lower()
    ref = _local(ctx.ref, ctx.tz)
    base = None
    if ctx.period is not None:
        first, granularity = ctx.period
        finer = {"year": PERIOD_ANCHORS, "month": PERIOD_ANCHORS - {"year", "season", "quarter", "half", "spring",
                                                                      "summer", "fall", "autumn", "winter"},
                 "week": {"day", "part-of-day", "minute", "week", "weekend"}}[unit]
        if granularity in finer:
            base = first
    if base is None and ref is not None:
        base = ref.tz_localize(None).normalize()
    if base is None:
        return Norm("DATE", {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX"}[unit], unit)
    step = -1 if any(w in words for w in ("before", "previous", "prior")) else (
        1 if any(w in words for w in ("following", "next", "after")) else 0)
    if unit == "year":
        earliest, latest = year_interval(base.year + step, ctx.tz)
        value = str(base.year + step)
    elif unit == "week":
        day = base + pd.Timedelta(days=7 * step)
        earliest, latest = (wall_time(t, ctx.tz) for t in week_interval(day))
        value = week_value(day)
    else:
        month = pd.Timestamp(year=base.year, month=base.month, day=1) + pd.DateOffset(months=step)
        earliest, latest = month_interval(month.year, month.month, ctx.tz)
        value = f"{month:%Y-%m}"
    if words.startswith("earlier") and ctx.period is not None:
        latest = max(earliest, min(latest, wall_time(ctx.period[0], ctx.tz)))
    elif words.startswith("later") and ctx.period is not None:
        earliest = min(latest, max(earliest, wall_time(ctx.period[0], ctx.tz)))
    return Norm("DATE", value, unit, earliest, latest)


#: Which part of a period "the end of", "the beginning of", "the middle of" name: (start, end) as shares of it.
PERIOD_EDGES = {"beginning": (0, 1 / 3), "start": (0, 1 / 3), "middle": (1 / 3, 2 / 3), "end": (2 / 3, 1),
                "close": (2 / 3, 1)}


def h_period_edge(m: re.Match, ctx: Context) -> Norm | None:
    """"the end of the month", "the beginning of next year", "the middle of last week": the period's TIMEX3 value
    (TimeML puts the part in a modifier), with bounds narrowed to its first, middle or last third. "The year" is the
    publication year, or the year the story last named when a past clause dwells on an earlier one."""
    which = (m.group("which") or "this").lower().split()[-1]
    unit = m.group("unit").lower()
    shift = {"the": "this", "current": "this", "this": "this", "next": "next", "last": "last", "past": "last",
             "coming": "next", "following": "next", "previous": "last"}[which]
    norm = h_relative_unit(re.match(r"(?P<shift>\w+) (?P<unit>\w+)", f"{shift} {unit}"), ctx)
    ref = _local(ctx.ref, ctx.tz)
    if (which == "the" and unit == "year" and ctx.tense == "past" and ctx.period is not None and ref is not None
            and ctx.period[0].year < ref.year and ctx.period[1] not in ("decade",)):
        year = ctx.period[0].year
        earliest, latest = year_interval(year, ctx.tz)
        norm = Norm("DATE", str(year), "year", earliest, latest)
    if norm is None or norm.earliest is None:
        return norm
    lo, hi = PERIOD_EDGES[m.group("edge").lower()]
    length = norm.latest - norm.earliest
    norm.earliest, norm.latest = (norm.earliest + length * lo).floor("s"), (norm.earliest + length * hi).floor("s")
    return norm


CENTURY_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22}


def h_century(m: re.Match, ctx: Context) -> Norm | None:
    """"the 21st century", "the nineteenth century": TIMEX3 gives the first two digits of its years (20, 18)."""
    word = m.group("ord").lower()
    n = int(re.match(r"\d+", word).group()) if word[0].isdigit() else CENTURY_ORDINALS[word]
    earliest, latest = year_interval((n - 1) * 100, ctx.tz, 100)
    return Norm("DATE", f"{n - 1:02d}", "century", earliest, latest)


def h_day_of_month(m: re.Match, ctx: Context) -> Norm | None:
    """"on the 14th", "by the 3rd": that day of the month the story last named (a day or a month of it), else of the
    publication month, or of the month after it in a clause looking ahead when the day has gone, or the one before in
    a past clause when it is still to come."""
    day = int(m.group("day"))
    if ctx.period is not None and ctx.period[1] in ("day", "part-of-day", "minute", "month"):
        first = ctx.period[0]
    elif ctx.ref is not None:
        today = _today(ctx)
        first = today.replace(day=1)
        if ctx.tense in ("future", "present") and day < today.day:
            first = _shift(first, pd.DateOffset(months=1))
        elif ctx.tense == "past" and day > today.day:
            first = _shift(first, -pd.DateOffset(months=1))
    else:
        return Norm("DATE", f"XXXX-XX-{day:02d}", "day")
    try:
        when = pd.Timestamp(year=first.year, month=first.month, day=day)
    except ValueError:  # "the 31st" of a month of 30 days
        return None
    return _date_norm(when, ctx.tz)


def h_before_last(m: re.Match, ctx: Context) -> Norm | None:
    """"The week before last", "the year after next": the week, month or year two away, as "two weeks ago" is."""
    way = "ago" if m.group(0).lower().endswith("last") else "from now"
    return h_ago(re.match(r"(?P<num>\w+) (?P<unit>\w+) (?:ago|from now)", f"two {m.group('unit')}s {way}"), ctx)


def h_this_time(m: re.Match, ctx: Context) -> Norm | None:
    """"this time last year", "this time next week": the publication day a year, a month or a week away."""
    if ctx.ref is None:
        return Norm("DATE", "XXXX-XX-XX", "day")
    step = -1 if m.group("shift").lower() == "last" else 1
    unit = m.group("unit").lower()
    when = _shift(_today(ctx), pd.DateOffset(weeks=step) if unit == "week" else pd.DateOffset(**{unit + "s": step}))
    return _date_norm(when, ctx.tz)


def h_nth_weekday(m: re.Match, ctx: Context) -> Norm | None:
    """"the third Tuesday of September", "the last Sunday in May": that day of the month (the year as for months)."""
    month = _month(m.group("month"))
    year = int(m.group("year")) if m.group("year") else _infer_year(month, None, ctx)
    weekday = WEEKDAYS[m.group("weekday").lower()]
    if year is None:
        return Norm("DATE", f"XXXX-{month:02d}", "month")
    first = pd.Timestamp(year=year, month=month, day=1)
    days = [first + pd.Timedelta(days=k) for k in range(first.days_in_month)]
    matching = [d for d in days if d.weekday() == weekday]
    n = ORDINALS[m.group("ord").lower()]
    return _date_norm(matching[-1] if m.group("ord").lower() == "last" else matching[n - 1], ctx.tz)


Handler = Callable[[re.Match, Context], "Norm | None"]
_F = re.IGNORECASE


#: "last" after a modal or "to" is the verb ("the talks will last three days"), no part of the length.
LAST_NOT_A_VERB = "".join(rf"(?<!\b{w}\slast)" for w in ("will", "would", "could", "can", "may", "might", "must",
                                                           "should", "to", "'ll"))
#: The rule layer: (name, compiled pattern, handler). Overlaps are resolved longest first, then in this order.
PATTERNS: list[tuple[str, re.Pattern, Handler]] = [
    ("clock_date", re.compile(
        rf"\b(?P<clock>{CLOCK_RE})(?P<zone>{ZONE_RE})\s*(?:"
        rf"(?P<deictic>today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|evening))|(?:on\s+|,\s*)?"
        # a weekday, a date ("Jan. 6", "6 January", "the 6th of January"), or both ("Thursday 18 July")
        rf"(?=(?:{WEEKDAY_RE}|{MONTH_RE}\s+\d|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{MONTH_RE}))"
        rf"(?:(?P<weekday>{WEEKDAY_RE})(?:,?\s+(?=(?:the\s+)?\d|{MONTH_RE}\s+\d))?)?"
        rf"(?:(?P<month>{MONTH_RE})\s+(?P<day>{DAY_RE})\b(?:,?\s+(?P<year>{YEAR_RE}))?|"
        rf"(?:the\s+)?(?P<bday>{DAY_RE})(?:\s+of)?\s+(?P<bmonth>{MONTH_RE})(?:,?\s+(?P<byear>{YEAR_RE}))?)?)"),
     h_clock),
    ("clock", re.compile(rf"\b(?P<clock>{CLOCK_RE})(?P<zone>{ZONE_RE})"), h_clock),
    ("numeric_date", re.compile(
        r"\b(?P<first>0?[1-9]|[12]\d|3[01])(?:/(?P<second>0?[1-9]|[12]\d|3[01])/(?P<year>\d{4}|\d{2})|"
        r"-(?P<second2>0?[1-9]|[12]\d|3[01])-(?P<year2>(?:19|20)\d\d))\b(?![-/]\d)"
        r"(?:\s+(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?::\d\d)?)?"), h_slashed),
    # "06.01.2020": with dots, the day comes first (European usage); four-digit years only, so no version number
    ("dotted_date", re.compile(
        r"\b(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\.(?P<year>(?:19|20)\d\d)\b(?!\.\d)"), h_numeric),
    ("iso_date", re.compile(rf"\b{YEAR_RE}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
                            r"(?:(?P<time>T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)|\b)"),
     h_iso),
    ("month_day", re.compile(
        rf"\b(?:(?P<weekday>{WEEKDAY_RE}),?\s+)?(?P<month>{MONTH_RE})\s+(?P<day>{DAY_RE})\b(?!:)"
        rf"(?:,?\s+(?P<year>{YEAR_RE})\b|{OF_YEAR_RE})(?:\s+(?P<part>{DAYPART_RE}))?"), h_full_date),
    ("day_month", re.compile(
        rf"\b(?:(?P<weekday>{WEEKDAY_RE}),?\s+)?(?:the\s+)?(?P<day>{DAY_RE})(?:\s+of)?\s+(?P<month>{MONTH_RE})"
        rf"(?:,?\s+(?P<year>{YEAR_RE})\b|{OF_YEAR_RE})"), h_day_month),
    ("month_year", re.compile(rf"\b(?P<month>{MONTH_RE}),?\s+(?:of\s+)?(?P<year>{YEAR_RE})\b"), h_month_year),
    ("month", re.compile(
        r"\b(?:(?P<mod>early|mid|late|last|next|this|(?i:early|mid|late)|(?i:end)(?=-))[- ])?"
        rf"(?P<month>{MONTH_WORD_RE})"
        r"(?!\s+\d)(?!\w)(?!" + MONTH_IN_NAME + ")" + OF_YEAR_RE), h_month),
    ("decade", re.compile(
        r"\b(?:(?:the\s+)?(?:early|mid|late)[- ])?(?:the\s+)?(?:(?P<decade>1[5-9]\d0|20[0-9]0)['’]?s\b|"
        r"(?<!\w)['’](?P<short>\d0)s\b)"), h_decade),
    ("quarter", re.compile(
        rf"\b(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last(?=\s+quarter\s+of\b))"
        rf"(?:[- ](?P<fq>fiscal))?[- ]quarter\b(?:\s+of\s+{YEAR_PHRASE_RE})?", _F), h_quarter),
    ("half", re.compile(
        rf"\b(?:the\s+)?(?P<ord>first|second|latter)[- ]half\s+of\s+{YEAR_PHRASE_RE}", _F), h_half),
    ("fiscal_year", re.compile(
        rf"\b(?:fiscal(?:[- ]year)?\s+(?:(?P<year>{YEAR_RE})|['’](?P<short>\d\d))|(?:the\s+)?(?P<year2>{YEAR_RE})"
        rf"\s+fiscal\s+year)\b", _F), h_fiscal_year),
    ("year_pair", re.compile(
        r"\b(?:(?P<fy>(?:the\s+)?(?i:financial|fiscal|tax|budget)\s+(?i:year)\s+|FY\s?|(?i:fiscal)\s+))?"
        rf"(?P<y1>{YEAR_RE})\s?[-–/]\s?(?P<y2>{YEAR_RE}|\d\d)\b(?![-/.]\d)"
        r"(?:\s+(?P<fy2>(?i:financial|fiscal|tax|budget)\s+(?i:year)))?"), h_year_pair),
    ("period_short", re.compile(
        rf"\b(?:(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q)(?:[- ]?(?:(?P<fy>FY|fiscal\s+)\s?)?(?:(?P<year>{YEAR_RE})|['’]?(?P<short>\d\d)))?|"
        rf"H(?P<h>[12])[- ](?:(?P<fy2>FY)\s?)?(?P<year2>{YEAR_RE})|(?P<fyonly>FY)\s?(?:(?P<year3>{YEAR_RE})|['’]?(?P<short3>\d\d)))\b"),
     h_period_short),
    ("season", re.compile(
        rf"\b(?:(?:the\s+)?(?P<season>spring|summer|fall|autumn|winter)(?:\s+of)?\s+(?P<year>{YEAR_RE})\b|"
        r"\b(?:in|during|by|until|through|over|since)\s+(?P<span>the\s+(?P<season2>spring|summer|fall|autumn|"
        rf"winter))\b(?!(?:\s+of)?\s+{YEAR_RE}\b)|"  # "in the summer of 2010" is the first form's, whole
        # British copy leaves out the article ("will close in autumn", "by summer"), the season in lower case
        r"\b(?:in|during|by|until|till|through|over|since)\s+(?P<span2>(?P<season3>(?-i:spring|summer|fall|autumn|"
        rf"winter)))\b(?!(?:\s+of)?\s+{YEAR_RE}\b)(?!\s+(?:term|session|school|camp|collections?|fashions?|"
        r"olympics|games|solstice|break|holidays?|months|season|of|in)\b))", _F), h_season),
    ("the_weekend", re.compile(
        r"\b(?:over|during|on|at|through|throughout)\s+(?P<span>the\s+weekend)\b(?!\s+(?:of|before|after)\b)", _F),
     h_the_weekend),
    ("anaphoric_period", re.compile(
        r"\b(?:(?:earlier|later)\s+(?:that|the\s+same)|that\s+same|that|the\s+same|the\s+(?:following|next|previous|"
        r"prior))\s+(?P<unit>year|month|week)\b|\bthe\s+(?P<unit2>year|month|week)\s+(?:before|after)\b"
        r"(?!\s+(?:(?-i:[A-Z0-9])|(?:the|a|an|his|her|its|their|last|next)\b))|"
        r"\b(?:earlier|later)\s+in\s+the\s+(?P<unit3>year|month|week)\b", _F),
     h_anaphoric_period),
    ("period_edge", re.compile(
        r"\b(?:the\s+)?(?P<edge>end|beginning|start|middle|close)\s+of\s+(?P<which>the(?:\s+(?:current|past|coming|"
        r"following|previous))?|this|next|last)\s+(?P<unit>week|month|year|decade|century)\b", _F), h_period_edge),
    ("century", re.compile(
        r"\b(?:the\s+)?(?P<ord>(?:1\d|2[0-2]|[1-9])(?:st|nd|rd|th)|" + "|".join(sorted(CENTURY_ORDINALS, key=len,
                                                                                      reverse=True))
        + r")[- ]century\b", _F), h_century),
    # "will meet again on the 14th": a day of the month the story tells, after a preposition, the ordinal ending
    # the phrase (not "the 14th floor", "the 14th Amendment", "the 14th century")
    ("day_of_month", re.compile(
        r"\b(?:on|by|until|till|before|after|since)\s+(?P<span>the\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b"
        r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|at|in|when|after|before|but|to|of\s+(?:this|next|last|the)\s+month)\b)"),
     h_day_of_month),
    ("before_last", re.compile(r"\bthe\s+(?P<unit>week|month|year)\s+(?:before\s+last|after\s+next)\b", _F),
     h_before_last),
    ("this_time", re.compile(r"\bthis\s+time\s+(?P<shift>last|next)\s+(?P<unit>year|month|week)\b", _F), h_this_time),
    ("nth_weekday", re.compile(
        rf"\b(?:the\s+)?(?P<ord>(?i:first|second|third|fourth|last))\s+(?P<weekday>Monday|Tuesday|Wednesday|Thursday|"
        rf"Friday|Saturday|Sunday)\s+(?:of|in)\s+(?P<month>{MONTH_RE})(?:,?\s+(?P<year>{YEAR_RE}))?\b"), h_nth_weekday),
    ("holiday", re.compile(
        rf"\b(?:(?i:last|next|this)\s+)?(?P<holiday>{HOLIDAY_RE})(?:,?\s+(?P<year>{YEAR_RE}))?(?![\w'’])"
        r"(?!\s+(?i:island|agreement|accords?|deal|peace|rising|uprising|offensive)\b)"
        r"(?!\s+(?i:trees?|cards?|carols?|decorations?|lights|ornaments?|gifts?|presents|songs?|music|movies?|"
        r"films?|spirit|stockings?|eggs?|bunny|costumes?|candy|turkeys?|pageants?)\b)"), h_holiday),
    ("weekday", re.compile(
        # a weekday in a name of its own: a holiday above, or a day of no fixed date ("Super Tuesday", "Bloody Sunday")
        rf"\b(?<!Good )(?<!Black )(?<!Cyber )(?<!Super )(?<!Bloody )(?:(?P<shift>(?i:last|next|this))\s+|(?P<mod>(?i:early|late))\s+(?:on\s+)?"
        # "at dawn on Monday", "dusk Sunday": that part of that day
        rf"|(?P<light>(?i:dawn|dusk|daybreak|sunrise|sunset|nightfall))\s+(?:on\s+)?)?"
        rf"(?P<weekday>{WEEKDAY_RE})"
        rf"(?:\s+(?P<part>{DAYPART_RE}))?\b(?:\s+(?P<week>(?i:last|next|this))\s+(?i:week)\b)?"
        # a weekday naming a kind of thing, no day: "the library's Sunday hours", "the Saturday edition" (not a
        # day's own: "Friday's edition")
        r"(?:(?<=day)(?!\s+(?:hours|editions?|schools?|papers?|schedules?|brunch|leagues?|specials?)\b)|(?<!day))"),
     h_weekday),
    ("deictic", re.compile(
        rf"\b(?P<deictic>(?i:today|tonight|yesterday|tomorrow|last night))(?:\s+(?P<part>{DAYPART_RE}))?\b"),
     h_deictic),
    ("this_daypart", re.compile(r"\b(?P<deictic>(?i:this))\s+(?P<part>morning|afternoon|evening)\b"), h_deictic),
    ("vague", re.compile(
        r"\b(?:in\s+|over\s+(?:the\s+course\s+of\s+)?|during\s+|within\s+)?(?:the\s+)?"
        r"(?P<key>(?<!early\s)(?<!small\s)(?<!wee\s)(?:(?:just|only|a\s+few|several)\s+)?(?:hours|minutes|days)"
        r"(?=\s+(?:after|before|later|earlier|"
        r"of|to|ago))|(?:just|only)\s+(?:minutes|hours|days)|recent\s+(?:hours|days|weeks|months|years|decades)|"
        r"coming\s+days\s+and\s+weeks|coming\s+(?:hours|days|weeks|months|years|decades)|"
        # "within hours", "within days": a length counted in that unit
        r"(?<=within\s)(?:minutes|hours|days|weeks|months)(?!\s+(?:of|after|before|ago)\b)|minutes\s+later|"
        r"hours\s+later|days\s+later)\b", _F), h_vague),
    ("ago", re.compile(
        rf"\b(?:(?:about|almost|nearly|some|more\s+than|over|roughly|just|only)\s+)?(?:(?P<num>{NUM_RE})\s+|"
        rf"(?P<quant>{VAGUE_Q_RE})\s+)?(?P<unit>{UNIT_RE})\s+(?:ago|from\s+now)\b", _F), h_ago),
    ("relative_unit", re.compile(
        r"\b(?P<shift>(?:(?:earlier|later|early|late)\s+)?(?:this\s+past|this|last|next|past|previous|coming)|"
        r"(?:earlier|later)\s+this|the\s+(?:past|coming|previous|current)|the\s+last|current)\s+"
        r"(?P<unit>week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter)\b", _F),
     h_relative_unit),
    ("duration", re.compile(
        rf"\b(?:(?:about|almost|nearly|more\s+than|over|less\s+than|at\s+least|roughly|up\s+to|the\s+past|"
        rf"the\s+last|the\s+next|past|last{LAST_NOT_A_VERB}|another|just|only)\s+)?(?:(?P<num>{NUM_RE})|(?P<quant>{VAGUE_Q_RE}))"
        rf"(?:\s+more)?[- ](?P<unit>{UNIT_RE})(?:[- ](?:long|old))?\b(?!\s+ago)", _F), h_duration),
    ("fraction", re.compile(
        r"\b(?:(?:a|one)[- ])?(?P<frac>quarter|half|three[- ]quarters)(?:[- ]|\s+of\s+an?\s+|\s+an?\s+)"
        r"(?P<unit>hour|year|decade|century)(?:[- ]long)?\b", _F), h_fraction),
    ("long_adjective", re.compile(
        r"\b(?:(?P<one>hour|day|week|month|year|decade|century)|(?P<unit>hours|days|weeks|months|years|decades|"
        r"centuries))-long\b", _F), h_long),
    ("bare_duration", re.compile(
        rf"\b(?<=for\s)(?P<unit>hours|days|weeks|months|years|decades)\b", _F), h_duration),
    ("set", re.compile(
        r"\b(?:daily|nightly|weekly|monthly|annually|yearly|hourly|quarterly|"
        rf"(?i:every|each)\s+(?:(?i:(?P<other>other)|(?P<num>{NUM_RE}))\s+(?P<counted>{UNIT_RE})|"
        r"(?P<unit>day|week|month|year|hour|morning|night|evening|Monday|Tuesday|Wednesday|"
        r"Thursday|Friday|Saturday|Sunday))|"
        # "airs weekdays", "on weekends", "closed Sundays": every such day
        r"(?P<plural>(?i:weekdays|weeknights|weekends)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days))\b"), h_set),
    ("daypart", re.compile(
        r"\b(?:(?:(?:late|early|later|earlier)\s+)?(?:in|during|by|until|till|through)\s+(?P<span>the\s+(?P<part>morning|"
        r"afternoon|evening|night))|(?:at|by|after|before|until|till|around|near)\s+(?P<span2>(?P<part2>night|nightfall|"
        r"dawn|dusk|daybreak|sunrise|sunset|morning|evening)(?!\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))|"
        # "worked overnight", "Overnight, police...": the adverb, not "overnight trading", "an overnight stay"
        r"(?<!\ban\s)(?<!\bthe\s)(?P<part3>overnight)(?=\s*(?:[.,;:!?)\]—–]|$)|\s+(?:on|in|at|to|into|from|and|"
        r"but|as|when|while|with|without|by|until|amid|near|outside|across|against|for|so|because|despite|after|before|"
        r"local|(?-i:[A-Z])[a-z]+day)\b))\b(?!\s+(?:of|before|after)\b)"
        # the part as a modifier of a thing: "in the morning meetings", "in the evening news"
        r"(?!\s+(?:meetings?|news|papers?|shows?|rush|commute|sessions?|prayers?|sky|light|shifts?|editions?|"
        r"briefings?|newscasts?|clubs?|life|market|trading|classes|services?)\b)", _F), h_daypart),
    ("anaphoric", re.compile(
        r"\b(?:(?:the|that|the\s+same)\s+(?P<unit>day|night|morning|evening|afternoon)\s+(?:before|after)|"
        r"the\s+(?:previous|next|following|prior)\s+(?P<unit2>day|night|morning|evening|afternoon)|"
        r"(?:that|the\s+same)\s+(?P<unit3>day|night|morning|evening|afternoon)|(?:earlier|later)\s+(?:that|in\s+the)"
        r"\s+day)\b", _F), h_anaphoric),
    # "it was a historic day for Poland", "a sad day in our history": the day the story is telling of, named by
    # what it meant (not "a day after", "one day", "a big day ahead" of no such judgement)
    ("judged_day", re.compile(
        r"\b(?P<span>(?:a|an|this)\s+(?:(?:very|truly|really|most)\s+)?(?:historic|historical|great|sad|dark|black|"
        r"proud|momentous|tragic|joyous|joyful|glorious|happy|memorable|landmark|solemn|somber|sombre|painful|"
        r"shameful|terrible|grim|fateful|emotional|bittersweet|red-letter|banner)\s+day)\s+(?:for|in|of)\b", _F),
     h_judged_day),
    # "current" as a noun ("this current of self-destruction") and "the past" before a count ("in the past nine
    # elections": a length of time in other units) are no references to the present or the past
    ("ref", re.compile(r"\b(?:now|currently|current(?!\s+of\b)|right\s+now|at\s+present|(?i:nowadays)|"
                       # "these days", "at the moment": the present, not "these days of austerity", "the moment of"
                       r"(?i:these)\s+days(?!\s+of\b)|(?i:at)\s+the\s+moment(?!\s+(?:of|when|that)\b)|"
                       rf"(?:in\s+)?the\s+past(?!\s+(?:{NUM_WORD_RE}|{VAGUE_Q_RE}|\d)\b)|"
                       r"(?:in\s+)?the\s+(?:near\s+|foreseeable\s+|distant\s+)?future)\b"), h_ref),
    ("year", re.compile(
        rf"(?:\b(?P<mod>(?i:early|mid|late|end))[- ](?={YEAR_RE}))?"
        rf"(?:(?<![\w$.,-])|(?<=\b(?:mid|pre|end)-)|(?<=\bpost-))(?P<year>{YEAR_RE})(?!{NOT_A_YEAR_AFTER})"
        r"(?![\w,.]\d)(?!['’]?s\b)\b"), h_year),
]


#: The rule layer's patterns by name.
PATTERNS_BY_NAME = {name: pattern for name, pattern, _ in PATTERNS}


def _first_chars(items, icase: bool) -> tuple[list[tuple[str, bool]] | None, bool]:
    """What the first character of a match of the parsed regex ``items`` can be, as character-class pieces each with
    whether it is read ignoring case, and whether the regex can match nothing at all. None for "any character" (a
    dot, a negated class, a back reference: nothing is known)."""
    from re import _constants as c

    pieces: list[tuple[str, bool]] = []
    for op, av in items:
        if op is c.LITERAL:
            return pieces + [(f"\\U{av:08x}", icase)], False
        if op is c.IN:
            out = []
            for kind, value in av:
                if kind is c.LITERAL:
                    out.append(f"\\U{value:08x}")
                elif kind is c.RANGE:
                    out.append(f"\\U{value[0]:08x}-\\U{value[1]:08x}")
                elif kind is c.CATEGORY and value in _CATEGORY_CLASSES:
                    out.append(_CATEGORY_CLASSES[value])
                else:  # a negated class, or a category of another kind
                    return None, False
            return pieces + [(piece, icase) for piece in out], False
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero-width: the first character is the next item's
            continue
        if op is c.SUBPATTERN:
            _group, add, remove, sub = av
            inner, empty = _first_chars(sub.data, (icase or bool(add & c.SRE_FLAG_IGNORECASE))
                                        and not remove & c.SRE_FLAG_IGNORECASE)
        elif op is c.BRANCH:
            inner, empty = [], False
            for branch in av[1]:
                found, branch_empty = _first_chars(branch.data, icase)
                if found is None:
                    return None, False
                inner += found
                empty = empty or branch_empty
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _high, sub = av
            inner, empty = _first_chars(sub.data, icase)
            empty = empty or low == 0
        elif op is c.ATOMIC_GROUP:
            inner, empty = _first_chars(av.data, icase)
        else:  # a back reference, a conditional group, a dot, a negated literal
            return None, False
        if inner is None:
            return None, False
        pieces += inner
        if not empty:
            return pieces, False
    return pieces, True


def _category_classes() -> dict:
    from re import _constants as c

    return {c.CATEGORY_DIGIT: "\\d", c.CATEGORY_NOT_DIGIT: "\\D", c.CATEGORY_SPACE: "\\s",
            c.CATEGORY_NOT_SPACE: "\\S", c.CATEGORY_WORD: "\\w", c.CATEGORY_NOT_WORD: "\\W"}


_CATEGORY_CLASSES = _category_classes()


def with_first_char_check(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` with a look-ahead for the characters its matches can start with in front, which finds exactly the
    same matches (the look-ahead holds wherever a match starts) far sooner: a pattern opening with ``\\b`` and
    optional words ("early", "about") makes the regex engine try all of those at every position of the text, where one
    test of the next character rules out most positions. The pattern as it is when the engine finds its first
    characters itself (a pattern opening with a word or a class), when nothing is known of them, or when it can match
    the empty string."""
    try:  # the regex engine's own parser (a module of the standard library's re; without it, the pattern as it is)
        from re import _compiler, _constants, _parser

        parsed = _parser.parse(pattern.pattern, pattern.flags)
        flags = pattern.flags
        if _compiler._get_literal_prefix(parsed, flags)[0] or _compiler._get_charset_prefix(parsed, flags):
            return pattern  # the engine skips to the possible first characters itself
        pieces, empty = _first_chars(parsed.data, bool(pattern.flags & re.IGNORECASE))
    except (ImportError, AttributeError, TypeError, ValueError):
        return pattern
    if pieces is None or empty or not pieces:
        return pattern
    classes = []
    for icase in (False, True):
        chosen = "".join(dict.fromkeys(piece for piece, flag in pieces if flag is icase))
        if chosen:
            classes.append(f"(?{'' if icase else '-'}i:[{chosen}])")
    source = pattern.pattern
    at = re.match(r"(?:\(\?[aiLmsux]+\))?", source).end()  # global flags must stay first
    # the pattern in a group, so that the check guards every alternative; behind a word boundary when every match
    # starts at one (a test that fails inside a word, sooner than the check)
    boundary = "\\b" if (parsed.data and parsed.data[0] == (_constants.AT, _constants.AT_BOUNDARY)) else ""
    return re.compile(f"{source[:at]}{boundary}(?={'|'.join(classes)})(?:{source[at:]})", pattern.flags)


#: The patterns as ``_rule_matches`` runs them: each behind a check of its first character (same matches, sooner).
_SCANNED: list[tuple[str, re.Pattern, Handler]] = [(name, with_first_char_check(pattern), handler)
                                                    for name, pattern, handler in PATTERNS]


# ---------------------------------------------------------------------------------------------------------------
# Finding and normalizing
# ---------------------------------------------------------------------------------------------------------------
def _tense(doc, start: int, end: int, text: str | None = None, span=False) -> str | None:
    """"future" when the clause governing the span is future ("will", "is scheduled to", "is to"), "past" when it
    is in the past tense, "nearest" for a plan told in the past ("a rally planned for Saturday was called off"),
    "present" for the simple present or progressive of news schedules ("the talks resume Monday", "are meeting
    Thursday": ahead for a weekday), else None. ``text`` is ``doc.text`` when the caller has it (spaCy rebuilds it
    on every read); ``span``, when the caller has it, is ``doc.char_span(start, end, alignment_mode="expand")``."""
    if span is False:
        span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    seen = 0
    while token.pos_ not in ("VERB", "AUX") and token.head is not token and seen < 8:
        token = token.head
        seen += 1
    if token.pos_ not in ("VERB", "AUX"):
        return "present" if _verb_read_as_noun(token, span.root) else None
    aux = {child.lower_ for child in token.children if child.dep_ in ("aux", "auxpass")}
    before = (doc.text if text is None else text)[max(0, start - 20):start].lower()
    if FUTURE_PREFIX.search(before):
        return "future"
    if SINCE_PREFIX.search(before) or FORECAST_PREFIX.search(
            (doc.text if text is None else text)[max(0, start - 45):start].lower()):
        return "past"
    root = span.root
    # the date of a thing something comes before ("endorsed the senator ahead of the Nov. 8 election", "in the days
    # before the March 5 primary"): the act's tense says nothing of it, so the nearest such date
    if root.dep_ in ("nmod", "compound", "poss", "npadvmod") and root.head.pos_ == "NOUN" and root.head.dep_ == "pobj":
        prep = root.head.head
        if prep.lower_ in ("before", "until", "till") or (
                prep.lower_ == "of" and prep.head.lower_ in ("ahead", "advance")):
            return "nearest"
    # "Monday's debate", "the debates Monday": a day named on a thing, not on the verb; a clause that is not past
    # says nothing of when the thing is (it "might not move mountains", it "will be used"), so the nearest such day
    on_a_noun = (root.dep_ == "poss" or root.dep_ in ("npadvmod", "compound", "nmod") and root.head.pos_ in (
        "NOUN", "PROPN")) and bool(WEEKDAY_IN_SPAN.search(span.text))
    # "going" points ahead only as "going to" + verb: "kept going until 2 a.m. Friday" went on
    going_on = token.lower_ == "going" and not any(c.dep_ == "xcomp" for c in token.children)
    words = set(aux) | ({token.lower_} if _cue_counts(token, start) and not going_on else set())
    # "a decision is due Friday", "the vote is expected Monday": the cue is the complement of a present "be"
    if token.tag_ in ("VBZ", "VBP"):
        words.update(c.lower_ for c in token.children if c.dep_ in ("acomp", "attr") and c.i < span.start)
    chain = token
    for _ in range(2):
        if chain.head is chain or chain.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "relcl"):
            break
        aim = chain.dep_ == "xcomp"
        chain = chain.head
        if chain.pos_ not in ("VERB", "AUX"):
            break  # a relative clause hangs on a noun: "a plan the mayor announced in March" is no plan ahead
        words.add(chain.lower_)
        words.update(c.lower_ for c in chain.children if c.dep_ in ("aux", "auxpass"))
        if aim:  # what a verb sets out to do has its tense: "will begin restoring power on Tuesday" is ahead
            aux = aux | {c.lower_ for c in chain.children if c.dep_ in ("aux", "auxpass")}
    if aux & FUTURE_AUX or words & FUTURE_CUES:
        if not aux & FUTURE_AUX and _plan_told_in_past(token):
            return "nearest"
        if on_a_noun:
            return "nearest"
        if aux & FUTURE_AUX <= {"would", "'d"} and not words & FUTURE_CUES:
            return "would"
        return "future"
    if token.lemma_.lower() in DEFER_VERBS and DEFER_PREFIX.search(before) and (
            token.lemma_.lower() not in ("push", "put", "move", "set")
            or any(c.dep_ == "prt" and c.lower_ in ("back", "off") for c in token.children)):
        return "future"
    if token.tag_ == "VBD" or aux & {"did", "was", "were", "had"} or (  # "kept going until 2 a.m. Friday"
            token.dep_ == "xcomp" and token.head.tag_ == "VBD" and token.head.lemma_ in ASPECT_VERBS) or (
            # a main verb tagged a participle with no auxiliary ("The first train left at 9am"): a simple past
            token.tag_ == "VBN" and token.dep_ == "ROOT" and not aux):
        return "past"
    if UNTIL_PREFIX.search(before):
        return "future"
    if THROUGH_PREFIX.search(before) and not aux & {"has", "have", "'s", "'ve"}:
        return "future"
    if _is_to_or_set_for(token, aux):
        return "future"
    attached = root.dep_ != "poss" and (root.head.i == token.i
                                        or root.head.dep_ == "prep" and root.head.head.i == token.i)
    if attached and _scheduled_present(token, aux):  # "resume Monday", not "during Monday's debate"
        return "present"
    return "nearest" if on_a_noun else None


#: Verbs whose present tense reports rather than schedules ("police say Tuesday ..."): no sign of the future.
REPORTING_VERBS = {"say", "tell", "report", "announce", "confirm", "deny", "add", "note", "insist", "claim", "warn",
                   "argue", "acknowledge", "admit", "write", "show", "suggest", "indicate", "believe", "think"}


def _verb_read_as_noun(token, date) -> bool:
    """"The Senate votes Thursday on the bill": the tagger reads the verb as a plural noun heading a sentence without
    a verb, the date hanging on it. News sentences have a verb, so it is one, in the present of a schedule."""
    return (token.dep_ == "ROOT" and token.tag_ == "NNS" and date.head.i == token.i and date.dep_ == "npadvmod"
            and not any(t.pos_ in ("VERB", "AUX") for t in token.sent))


def _is_to_or_set_for(verb, aux: set) -> bool:
    """"The Senate is to vote Tuesday", "the hearing is set for Friday": an arrangement ahead."""
    if "to" in aux and verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and verb.head.tag_ in ("VBZ", "VBP"):
        return True
    return verb.lemma_ == "set" and bool(aux & {"is", "are", "'s", "'re"})


def _scheduled_present(verb, aux: set) -> bool:
    """Simple present or present progressive that is not reporting ("the talks resume Monday", "officials are
    meeting Thursday", "he hopes to leave Friday"): in news, a schedule."""
    head = verb
    if verb.tag_ == "VB" and verb.dep_ == "xcomp" and "to" in aux:
        head = verb.head  # "hopes to leave": the tense is the governing verb's
    if head.lemma_.lower() in REPORTING_VERBS or aux & {"has", "have", "had", "did", "does", "do"}:
        return False
    if head.tag_ in ("VBZ", "VBP"):
        return True
    return head.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "'re")
                                      for c in head.children)


def _plan_told_in_past(verb) -> bool:
    """"A rally planned for Saturday was called off": the plan hangs on a noun whose clause is past, so the day may
    be just behind or just ahead of publication; the nearest such day is read."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    governor = verb.head.head
    return governor.pos_ in ("VERB", "AUX") and (
        governor.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had", "did")
                                      for c in governor.children))


def _cue_counts(verb, start: int) -> bool:
    """A plan word that governs the date itself points forwards unless it is a simple past told after the date: "On
    Friday, the government planned to pay" dates the planning (past); in "planned a demonstration on Saturday" and
    "planned to leave on Thursday" the date belongs to what was planned (ahead); "is scheduled" always points ahead."""
    return not (verb.tag_ == "VBD" and verb.idx > start
                and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


#: Words some patterns cannot match without (one of them), checked before running them in the text lower-cased
#: with the letters IGNORECASE reads as i and s ("ı", "ſ", "İ") read so. A unit word (every alternative of UNIT_RE,
#: or of the pattern's own unit group), a weekday name, a day part, a season.
_REQUIRED_WORD: dict[str, tuple[str, ...]] = {
    "ago": ("ago", "now"),
    "set": ("daily", "nightly", "weekly", "monthly", "annually", "yearly", "hourly", "quarterly", "every", "each",
            "days", "weeknights", "weekends"), "long_adjective": ("-long",), "the_weekend": ("weekend",), "century": ("century",),
    "quarter": ("quarter",), "half": ("half",), "fiscal_year": ("fiscal",), "fraction": ("quarter", "half"),
    "anaphoric_period": ("year", "month", "week"), "this_time": ("time",), "before_last": ("before", "after"),
    "daypart": ("morning", "afternoon", "evening", "night", "dawn", "dusk", "daybreak", "sunrise", "sunset"),
    "season": ("spring", "summer", "fall", "autumn", "winter"),
    "duration": ("second", "minute", "hour", "day", "week", "fortnight", "month", "quarter", "year", "decade",
                 "centur"),
    "vague": ("hours", "minutes", "days", "weeks", "months", "years"),
    "relative_unit": ("week", "month", "year", "quarter", "decade", "century", "spring", "summer", "fall",
                      "autumn", "winter"),
    "weekday": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "deictic": ("today", "yesterday", "tomorrow", "night"), "judged_day": ("day",),
    "decade": ("0s", "0's", "0’s")}
#: What some patterns cannot match without, as searches much cheaper than the pattern (a search that starts at a
#: digit, a space or a capital letter skips the rest of the text), each with the pattern's own flags and run on the
#: text as written; every search of a pattern must find something: a month name as the pattern writes it; a digit
#: before a clock's ":" or "a.m.", or "noon"; a holiday's name; a unit word after a space (and a weekday before "of").
_MONTH_HINT = re.compile(MONTH_RE)


class _Either(NamedTuple):
    """A hint found where its search finds something or one of its words (as written) is in the text: a search
    opening with a digit skips to the next digit, where one that may also open with a letter is tried everywhere."""
    pattern: re.Pattern
    words: tuple[str, ...]

    def search(self, text: str) -> bool | None:
        return True if self.pattern.search(text) is not None or any(word in text for word in self.words) else None


class _Before(NamedTuple):
    """A hint found where ``pattern`` finds something that ``before`` finds ending right before it, searched in the
    ``width`` characters before (a pattern whose unit word is common, "days", but whose number before it is not)."""
    pattern: re.Pattern
    before: re.Pattern
    width: int

    def search(self, text: str) -> bool | None:
        for found in self.pattern.finditer(text):
            start = found.start()
            if self.before.search(text, max(0, start - self.width), start) is not None:
                return True
        return None


_CLOCK_HINT = _Either(re.compile(r"\d(?::|[.\d]\d\d\s*(?:\(|[A-Z]|local)|\s*(?:[ap]\.?m|GMT|UTC))"),
                      ("noon", "midnight", "midday", "Noon", "Midnight", "Midday", "o'clock", "o’clock"))
_REQUIRED_SEARCH: dict[str, tuple["re.Pattern | _Either", ...]] = {
    "month_day": (_MONTH_HINT,), "month_year": (_MONTH_HINT,),
    "nth_weekday": (_MONTH_HINT, re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+"
                                            r"(?:of|in)\s")),
    "day_month": (re.compile(rf"\d(?:st|nd|rd|th)?(?:\s+of)?\s+{MONTH_RE}"),),
    "month": (re.compile(rf"(?:{MONTH_WORD_RE})(?!\s+\d)(?!\w)"),),
    "clock_date": (_CLOCK_HINT,), "clock": (_CLOCK_HINT,), "holiday": (re.compile(HOLIDAY_RE),),
    "numeric_date": (re.compile(r"\d[/-]\d"),), "dotted_date": (re.compile(r"\d\.\d"),),
    "iso_date": (re.compile(r"\d-\d"),), "year_pair": (re.compile(r"\d\s?[-–/]\s?\d"),),
    "day_of_month": (re.compile(r"\dst\b|\dnd\b|\drd\b|\dth\b"),),
    # the word each of its ways ends on before the unit: "that year", "the same month", "the following week"
    "anaphoric_period": (re.compile(
        r"(?:that|same|the(?:\s+(?:following|next|previous|prior))?)\s+(?:year|month|week)\b", _F),),
    "anaphoric": (re.compile(r"\s(?:day|night|morning|evening|afternoon)\b", _F),),
    "period_edge": (re.compile(r"\sof\s+(?:the|this|next|last)\s", _F),),
    "bare_duration": (re.compile(r"for\s(?:hours|days|weeks|months|years|decades)\b", _F),),
    "ago": (re.compile(r"\bago\b|\bfrom\s+now\b", _F),),
    "judged_day": (re.compile(r"\sday\s+(?:for|in|of)\b", _F),),
    # a length's unit after a space or a hyphen, ending a word ("three days", "24-hour"; not "Monday", "yearly"),
    # right after a number or a count ("24", "three", "a few", "dozens of", "more"; not "the coming days")
    "duration": (_Before(re.compile(rf"[- ]{UNIT_RE}\b", _F), re.compile(
        r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
        r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|of|dozen|an?|few|"
        r"several|many|some|more))\Z", _F), 12),),
    # one of its words as written: an adverb, "every", "each", or a plural of days ("weekends", "Sundays")
    "set": (re.compile(r"daily|nightly|weekly|monthly|annually|yearly|hourly|quarterly|(?i:every|each|weekdays|"
                       r"weeknights|weekends)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days"),)}
#: Words, as written, some patterns without IGNORECASE cannot match without (one of them).
_REQUIRED_CASED: dict[str, tuple[str, ...]] = {
    "ref": ("now", "current", "present", "past", "future", "hese", "owadays", "OWADAYS", "moment"), "period_short": ("Q", "H1", "H2", "FY"),
    "this_daypart": ("morning", "afternoon", "evening")}
#: Letters that IGNORECASE matches to an ASCII i or s but lower() leaves alone, and the dot lower() adds to "İ".
_CASE_FOLDS = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})


def _hint_found(hint: re.Pattern, text: str, seen: dict[re.Pattern, bool]) -> bool:
    """Whether ``hint`` occurs in ``text``, searched once per text (several patterns share a hint)."""
    if hint not in seen:
        seen[hint] = hint.search(text) is not None
    return seen[hint]


class _Step(NamedTuple):
    """One pattern as ``_rule_matches`` runs it, with what it cannot match without (None: nothing asked)."""
    order: int
    name: str
    pattern: re.Pattern
    handler: Handler
    words: frozenset | None  # one of these words in the folded lower-case text
    cased: tuple[str, ...] | None  # one of these in the text as written
    hints: tuple["re.Pattern | _Either", ...] | None  # every one of these searches finds something
    narrowed: tuple[str, ...]  # the groups that hold the expression inside its cue words


def _scan_plan(patterns, required_word: dict, required_cased: dict, required_search: dict) -> list[_Step]:
    """The steps of ``_rule_matches``: each pattern of ``patterns`` in order, with its gates looked up once (a hint
    behind its own first-character check, one object for a hint several patterns share)."""
    checked = {hint: with_first_char_check(hint) if isinstance(hint, re.Pattern) else hint
               for hints in required_search.values() for hint in hints}
    return [_Step(order, name, pattern, handler,
                  frozenset(required_word[name]) if name in required_word else None,
                  tuple(required_cased[name]) if name in required_cased else None,
                  tuple(checked[hint] for hint in required_search[name]) if name in required_search else None,
                  tuple(g for g in ("span", "span2") if g in pattern.groupindex))
            for order, (name, pattern, handler) in enumerate(patterns)]


#: The rule layer as run: the patterns behind their first-character checks (``_SCANNED``) and their gates.
_PLAN = _scan_plan(_SCANNED, _REQUIRED_WORD, _REQUIRED_CASED, _REQUIRED_SEARCH)


def _rule_matches(text: str) -> list[tuple[int, int, str, re.Match, Handler]]:
    found = []
    lower = text.lower()
    folded = lower if lower.isascii() or not any(c in lower for c in "ıſ\u0307") else lower.translate(_CASE_FOLDS)
    hints: dict[re.Pattern, bool] = {}
    words: dict[str, bool] = {}  # whether a gate's word is in the text, asked once per text (gates share words)
    for step in _PLAN:
        if step.words is not None:
            for word in step.words:
                present = words.get(word)
                if present is None:
                    present = words[word] = word in folded
                if present:
                    break
            else:
                continue  # the pattern cannot match without one of these words: skip the costly scan
        if step.cased is not None and not any(word in text for word in step.cased):
            continue
        if step.hints is not None and not all(_hint_found(hint, text, hints) for hint in step.hints):
            continue
        narrowed, order, name, handler = step.narrowed, step.order, step.name, step.handler
        for m in step.pattern.finditer(text):
            inner = next((g for g in narrowed if m.group(g) is not None), None) if narrowed else None
            start, end = m.span(inner) if inner else m.span()
            if end > start:
                found.append((start, end, order, name, m, handler))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[2], f[0]))
    # the longest first, each kept unless it overlaps one kept before; those kept never overlap, so in order of start
    # their ends are in order too, and the one that could overlap a span is the last kept that starts before its end
    chosen: list = []
    starts: list[int] = []
    ends: list[int] = []
    for f in found:
        at = bisect.bisect_left(starts, f[1])
        if at and ends[at - 1] > f[0]:
            continue
        starts.insert(at, f[0])
        ends.insert(at, f[1])
        chosen.insert(at, f)
    return [(s, e, name, m, h) for s, e, _, name, m, h in chosen]


#: spaCy DATE/TIME spans that are no dates: pronouns, "the time", counts, ages, heights in feet and inches (6'3").
_BAD_ENTITY = re.compile(r"^(?:we|us|now|the\s+day|a\s+day|day|days|the\s+time|time|the\s+years?|age|ages|"
                         r"(?!1[5-9]\d\d$|20\d\d$)\d+|the\s+\w+th|\w+-year-old|.*\bold|\d['’]\s?\d{1,2}(?:\"|”|'')?)$",
                         re.IGNORECASE)


def _dateparser_norm(text: str, ctx: Context) -> Norm | None:
    """Normalize a leftover spaCy DATE/TIME span with dateparser (absolute dates only: it must hold a month name, so
    words like "we" or "now" are never read as dates, nor are the decade "60s" (January 7), the season "2019-20"
    (January 20) or a height, 6'3" (June 3); numbers alone are the rules' to read)."""
    if not re.search(MONTH_RE, text):
        return None
    import dateparser
    from dateparser.date import DateDataParser

    base = _local(ctx.ref, ctx.tz)
    settings = {"PREFER_DATES_FROM": "future" if ctx.tense == "future" else "past",
                "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": False}
    if base is not None:
        settings["RELATIVE_BASE"] = base.tz_localize(None).to_pydatetime()
    elif not re.search(YEAR_RE, text):
        return None
    try:
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd strings; an unparsed span is simply dropped
        return None
    if data is None or data.date_obj is None:
        return None
    when = pd.Timestamp(data.date_obj)
    period = data.period or "day"
    del dateparser
    if period == "year":
        earliest, latest = year_interval(when.year, ctx.tz)
        return Norm("DATE", str(when.year), "year", earliest, latest)
    if period == "month":
        earliest, latest = month_interval(when.year, when.month, ctx.tz)
        return Norm("DATE", f"{when:%Y-%m}", "month", earliest, latest)
    if period == "time":
        start = wall_time(when, ctx.tz)
        return Norm("TIME", f"{when:%Y-%m-%dT%H:%M}", "minute", start, start + pd.Timedelta(seconds=59))
    return _date_norm(_midnight(when), ctx.tz)


class Anchor(NamedTuple):
    """What the story last dated: the day (for "the day before") and the period at any granularity down to the year,
    as (first day, granularity), for "later that year"."""

    day: pd.Timestamp | None = None
    period: tuple[pd.Timestamp, str] | None = None


#: Granularities that can anchor "that year" / "that month" (not decades, durations, vague or PRESENT_REF).
PERIOD_ANCHORS = {"day", "part-of-day", "minute", "week", "weekend", "month", "quarter", "half", "season", "spring",
                  "summer", "fall", "autumn", "winter", "year"}
#: "the day before" written just before a date: the day is counted from that date ("the day before Tuesday's vote").
DAY_BEFORE_DATE = re.compile(r"(?i)the\s+(day|night|morning|evening|afternoon)\s+(before|after)")
#: A word after "the day before" that starts what it is counted from (not "last", nor punctuation).
EVENT_AFTER = re.compile(r"\s+(?!last\b)[A-Za-z]")
#: "the week of" just before a date: the week holding that date ("the week of March 6").
WEEK_OF = re.compile(r"(?i)\bthe\s+week\s+of\s+$")


def find_in_text(text: str, doc, ref: pd.Timestamp | None, tz: str, anchor: Anchor | None = None,
                 use_entities: bool = True, present_is_past: bool = False, local_tz: str | None = None
                 ) -> tuple[list[dict], Anchor]:
    """Every time expression in ``text`` (with its spaCy ``doc``), normalized; returns rows and the last anchor.
    ``present_is_past``: the text is a photo caption, whose present tense tells what the photo shows, which happened
    ("A flight leaves El Paso on Saturday": last Saturday, not the next)."""
    day_anchor, period = anchor or (None, None)
    matches = _rule_matches(text)
    if doc is not None:
        matches = _outside_names(matches, doc, text)
    spans = [(s, e) for s, e, *_ in matches]
    if use_entities and doc is not None:
        from .. import nlp

        for ent in nlp.ents(doc):
            if ent.label_ not in ("DATE", "TIME"):
                continue
            s, e = ent.start_char, ent.end_char
            if any(_overlaps((s, e), sp) for sp in spans) or _BAD_ENTITY.match(ent.text.strip()):
                continue
            if ent.text.strip().rstrip(".").lower() in MONTHS and re.match(MONTH_IN_NAME, text[e:]):
                continue  # "the March for Life": a title
            if re.fullmatch(r"\d{4}", ent.text.strip()) and re.match(NOT_A_YEAR_AFTER, text[e:]):
                continue  # "the company's 2000 workers": a count
            matches.append((s, e, "entity", None, None))
            spans.append((s, e))
    matches.sort(key=lambda m: m[0])
    rows = []
    said = (-1, None)  # the sentence last dated to a day, and that day ("said Monday he would travel Tuesday")
    period_newer = False
    for s, e, name, m, handler in matches:
        sentence = 0
        if doc is not None:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None and len(span):
                sentence = _sentence_index(doc, span.start)
        tense = _tense(doc, s, e, text, span) if doc is not None else None
        if present_is_past and tense in ("present", None):
            tense = "past"
        would = tense == "would"
        ctx = Context(ref=ref, tz=tz, tense="future" if would else tense, anchor=day_anchor, period=period, local_tz=local_tz,
                      would=would, said_day=said[1] if said[0] == sentence else None, period_newer=period_newer)
        if handler is None:
            norm = _dateparser_norm(text[s:e], ctx)
            name = "spacy+dateparser"
        else:
            norm = handler(m, ctx)
        if norm is None:
            continue
        if name == "duration" and doc is not None and text[s:e].lower() == "one day" and _someday(doc, s, e, tense):
            norm = Norm("DATE", "FUTURE_REF", "ref")
        elif (name == "duration" and norm.kind == "DURATION" and m.group("unit")
              and _a_time_ahead(doc, text, s, e, tense)):
            ahead = re.match(r"(?:(?P<num>.+?)|(?P<quant>.+?))\s+(?P<unit>\S+)\s+from\s+now",
                             f"{m.group('num') or m.group('quant') or ''} {m.group('unit')} from now")
            norm = h_ago(ahead, ctx) or norm
        if rows and norm.granularity == "day" and norm.earliest is not None:
            norm = _beside_in_parentheses(rows[-1], name, norm, s, e, text)
        # the calendar day a day (or part of one) names, read once for the anchor and for what was said that day
        named_day = _calendar_day(norm.earliest, None) \
            if norm.granularity in ("day", "part-of-day") and norm.earliest is not None else None
        if named_day is not None and name not in (
                "anaphoric", "deictic", "this_daypart", "daypart", "judged_day") and not (
                day_anchor is not None and _dates_attribution(doc, s, e)):
            # (a day that dates a trailing attribution, "..., officials said Sunday", dates the telling, not the story:
            # the story's day stays the one it told before)
            day_anchor = named_day
        elif name == "clock_date" and norm.earliest is not None:  # "5 p.m. Tuesday" names a day as "Tuesday" does
            day_anchor = pd.Timestamp(norm.value[:10])
        if named_day is not None:
            said = (sentence, named_day)
        if norm.granularity in PERIOD_ANCHORS and norm.earliest is not None and name not in (
                "anaphoric", "anaphoric_period", "judged_day"):
            period = (_calendar_day(norm.earliest, tz), norm.granularity)
            # a past month, not the present one ("this month"), that the story has moved to (a year is too often
            # named in passing: "the 2012 election", "the 2011 raid")
            period_newer = (norm.granularity == "month" and norm.kind == "DATE"
                            and (ref is None or norm.latest < ref))
        rows.append({"start": s, "end": e, "text": text[s:e], "kind": norm.kind, "value": norm.value,
                     "granularity": norm.granularity, "earliest": norm.earliest, "latest": norm.latest,
                     "min_duration": norm.min_duration, "max_duration": norm.max_duration, "rule": name,
                     "sentence": sentence, "_tense": ctx.tense, "_clock": norm.clock})
    return _ranges_as_one(_counted_from_dates(_day_ranges(rows, text, tz), text, tz), text), Anchor(day_anchor, period)


def _calendar_day(when: pd.Timestamp, tz: str | None) -> pd.Timestamp:
    """The calendar day (naive midnight) of ``when`` on its own clock (``tz`` None) or on ``tz``'s: kept per instant,
    unit and zone, since the bounds of the days and periods a story names recur (``day_interval`` and its kin hand out
    the same Timestamps), and reading a day from one cost more than the rest of a match's bookkeeping."""
    if type(when) is not pd.Timestamp:
        return (when if tz is None else when.tz_convert(tz)).tz_localize(None).normalize()
    key = (when, when.unit, when.tzinfo if tz is None else tz)
    day = _CALENDAR_DAYS.get(key)
    if day is None:
        day = (when if tz is None else when.tz_convert(tz)).tz_localize(None).normalize()
        if len(_CALENDAR_DAYS) >= 4096:
            _CALENDAR_DAYS.clear()
        _CALENDAR_DAYS[key] = day
    return day


_CALENDAR_DAYS: dict = {}


#: The other end of a range of days written with its month once: after the date ("Jan. 6-8", "6th Jan until the 9th",
#: "March 3 to 5, 2020") or before it ("10-12 January", "between 10 and 12 January").
RANGE_END_AFTER = re.compile(
    r"(?P<link>\s*[-–]\s*|\s+(?:to|and|until|till|through|thru)\s+(?:the\s+)?)(?P<whole>(?P<day>[12]\d|3[01]|0?[1-9])"
    rf"(?:st|nd|rd|th)?)\b(?![:.,]\d|\s*(?:%|percent|[ap]\.?m\b|{MONTH_RE}|(?i:{UNIT_RE})\b))"
    rf"(?:,?\s+(?P<year>{YEAR_RE})\b)?")
#: "in the early hours of", "the small hours of" before a day: its first six hours.
SMALL_HOURS_BEFORE = re.compile(r"(?i)\b(?:early|small|wee)\s+hours\s+of\s+(?:the\s+)?$")
#: What joins the two ends of a range ("Monday to Wednesday", "Monday-Friday", "9 to 11 a.m.", "2 and 4 p.m.").
RANGE_LINK = re.compile(r"\s*[-–]\s*|\s+(?:to|until|till|through|thru|and)\s+")
#: What joins the two weekdays of a range ("Monday to Wednesday", "Monday-Wednesday", "Monday and Tuesday").
WEEKDAY_RANGE_LINK = re.compile(r"\s*[-–]\s*|\s+(?:to|until|till|through|thru|and|or)\s+(?:on\s+)?")
RANGE_START_BEFORE = re.compile(
    r"(?:\b(?P<between>between)\s+|\b(?:from)\s+)?(?:the\s+)?(?<![\d.,$])(?P<whole>(?P<day>[12]\d|3[01]|0?[1-9])"
    r"(?:st|nd|rd|th)?)(?P<link>\s*[-–]\s*|\s+(?:to|and|until|till|through)\s+(?:the\s+)?)$")


def _day_ranges(rows: list[dict], text: str, tz: str) -> list[dict]:
    """A range written once is one row, its value the first day or time (TIMEX3 has none for a range), its bounds from
    the start of the first to the end of the last: days whose month is written once ("Jan. 6-8", "10-12 January",
    "6th Jan until the 8th"; a year written at the end is the first day's too: "March 3 to 5, 2020"), weekdays ("from
    Monday to Wednesday last week": the first in the week the second names; "held Monday-Friday": a range runs
    forwards) and clock times ("between 2 and 4 p.m."). "And" makes a range of days only after "between" ("between 10
    and 12 January"; "on Jan. 6 and 8 others" is none). Also "the early hours of Sunday": its first six hours."""
    out: list[dict] = []
    taken = [(r["start"], r["end"]) for r in rows]
    for position, row in enumerate(rows):
        following = rows[position + 1] if position + 1 < len(rows) else None
        if (row["rule"] == "weekday" and following is not None and following["rule"] == "weekday"
                and row["earliest"] is not None and following["earliest"] is not None
                and re.search(r"(?i)\bweek$", following["text"]) and not re.search(r"(?i)\bweek$", row["text"])
                and WEEKDAY_RANGE_LINK.fullmatch(text[row["end"]:following["start"]])):
            # "from Monday to Wednesday last week": the first day is in the week the second names
            monday = following["earliest"].tz_convert(tz).tz_localize(None).normalize()
            monday -= pd.Timedelta(days=monday.weekday())
            weekday = pd.Timestamp(row["value"][:10]).weekday()
            norm = _date_norm(monday + pd.Timedelta(days=weekday), tz)
            row = dict(row, value=norm.value + row["value"][10:], earliest=norm.earliest, latest=norm.latest)
        elif (row["rule"] == "weekday" and following is not None and following["rule"] == "weekday"
              and row["earliest"] is not None and following["earliest"] is not None
              and following["earliest"] < row["earliest"] and not re.search(r"(?i)\bweek$|^(?:last|next|this)\b",
                                                                              row["text"] + " " + following["text"])
              and (RANGE_LINK.fullmatch(text[row["end"]:following["start"]])
                   or re.fullmatch(r"\s+or\s+(?:on\s+)?", text[row["end"]:following["start"]]))):
            # "held Monday-Friday": a range runs forwards; told in the past its start is the week before, ahead its end
            # the week after. Two days offered as a choice look the same way ("arrests Friday or Saturday")
            later = row["_tense"] in ("future", "present")
            moved = following if later else row
            day = moved["earliest"].tz_convert(tz).tz_localize(None).normalize() + pd.Timedelta(days=7 if later else -7)
            norm = _date_norm(day, tz)
            moved = dict(moved, value=norm.value + moved["value"][10:], earliest=norm.earliest, latest=norm.latest)
            if later:
                rows[position + 1] = moved
            else:
                row = moved
        if row["granularity"] == "day" and row["earliest"] is not None and SMALL_HOURS_BEFORE.search(
                text, max(0, row["start"] - 30), row["start"]):  # "in the early hours of Sunday": 00:00 to 06:00
            day = row["earliest"].tz_convert(tz).tz_localize(None).normalize()
            row = dict(row, latest=day_interval(day.year, day.month, day.day, tz, (0, 6))[1])
        out.append(_month_written_once(row, text, tz, taken))
    return out


def _ranges_as_one(rows: list[dict], text: str) -> list[dict]:
    """The two ends of a range as one row (see ``_day_ranges``): two weekdays, a day and "the 8th" after "until", a
    clock time whose a.m. or p.m. is the next one's ("2 and 4 p.m."), once each is on its day."""
    merged: list[dict] = []
    for row in rows:
        previous = merged[-1] if merged else None
        between = text[previous["end"]:row["start"]] if previous is not None else ""
        if between.strip() == "and" and not re.search(r"(?i)\bbetween\s+$", text[max(0, previous["start"] - 9):
                                                                                 previous["start"]]):
            between = ""  # "left at 14:00 and 16:00", "met Monday and Friday": two times, no range
        if previous is not None and previous["earliest"] is not None and row["earliest"] is not None and (
                previous["rule"] == row["rule"] == "weekday" and RANGE_LINK.fullmatch(between)
                or previous["kind"] == row["kind"] == "TIME" and re.fullmatch(r"\d{1,2}(?:[:.]\d\d)?", previous["text"])
                and RANGE_LINK.fullmatch(between)
                or previous["granularity"] == "day" and row["rule"] == "day_of_month"
                and re.fullmatch(r"\s+(?:to|until|till|through|thru)\s+", between)
        ) and previous["earliest"] <= row["earliest"]:
            merged[-1] = dict(previous, end=row["end"], text=text[previous["start"]:row["end"]], latest=row["latest"])
            continue
        merged.append(row)
    return merged


def _month_written_once(row: dict, text: str, tz: str, taken: list[tuple[int, int]]) -> dict:
    """A date and the other end of its range written with the month once ("Jan. 6-8", "10-12 January"), as one row."""
    if not (row["granularity"] == "day" and row["rule"] in ("month_day", "day_month") and row["earliest"] is not None):
        return row
    first = pd.Timestamp(row["value"])
    after = RANGE_END_AFTER.match(text, row["end"])
    before = RANGE_START_BEFORE.search(text, max(0, row["start"] - 24), row["start"])
    if after and int(after.group("day")) > first.day and after.group("link").strip() != "and":
        year = int(after.group("year")) if after.group("year") else first.year
        start, end, number = after.start("whole"), after.end("whole"), int(after.group("day"))
    elif before and int(before.group("day")) < first.day and (
            before.group("link").strip() != "and" or before.group("between")):
        year, start, end, number = first.year, before.start("whole"), before.end("whole"), int(before.group("day"))
    else:
        return row
    if any(_overlaps((start, end), span) for span in taken):
        return row
    try:
        other = _date_norm(pd.Timestamp(year=year, month=first.month, day=number), tz)
        first = _date_norm(pd.Timestamp(year=year, month=first.month, day=first.day), tz)
    except ValueError:  # "Feb. 28-30"
        return row
    taken.append((start, end))
    low, high = sorted([first, other], key=lambda n: n.earliest)
    start, end = min(start, row["start"]), max(end, row["end"])
    return dict(row, start=start, end=end, text=text[start:end], value=low.value, earliest=low.earliest,
                latest=high.latest)


def _beside_in_parentheses(previous: dict, name: str, norm: Norm, start: int, end: int, text: str) -> Norm:
    """"On April 1 (Saturday)", "on Wednesday (February 1)": a weekday set in parentheses beside a date, or a date
    beside a weekday, is that date's weekday (read as the date; the previous row is corrected in place). ``norm`` is
    the row at ``start:end`` as read alone."""
    weekday_first = previous["rule"] == "weekday" and name != "weekday"
    date, weekday = (norm, previous) if weekday_first else (previous, None)
    if not weekday_first and (name != "weekday" or previous["granularity"] != "day" or previous["earliest"] is None):
        return norm
    between = text[previous["end"]:start]
    if not re.fullmatch(r"\s*\(\s*", between) or not re.match(r"\s*\)", text[end:end + 3]):
        return norm
    day = (date.earliest if weekday_first else date["earliest"]).tz_localize(None).normalize()
    said = re.search(WEEKDAY_IN_SPAN, previous["text"] if weekday_first else text[start:end]).group().lower()
    if day.weekday() != WEEKDAYS[said]:
        return norm
    if weekday_first:
        previous.update(value=norm.value, earliest=norm.earliest, latest=norm.latest)
        return norm
    return Norm("DATE", previous["value"], "day", previous["earliest"], previous["latest"])


#: Rules whose words also end names: "Theresa May", "USA Today", "Fox News Sunday".
NAME_TAIL_RULES = {"month", "weekday", "deictic"}
#: Rules whose words also end the quoted title of a show or a book: “Fox News Sunday,” “This Week”, “60 Minutes”.
TITLE_TAIL_RULES = NAME_TAIL_RULES | {"relative_unit", "this_daypart", "duration"}
#: From an opening quotation mark (curly, straight, or the wires' ASCII ``...''), words of a title: capitalized, or
#: the small words titles keep in lower case.
QUOTED_TITLE_BEFORE = re.compile(
    r"(?:[“\"‘]|``|'')(?P<words>(?:(?:[A-Z][\w&'’.-]*|of|the|and|a|an|in|on|for|to)\s+){0,5})$")
QUOTED_TITLE_AFTER = re.compile(r"[,.!?]?(?:[”\"’]|'')")


def _in_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether the expression at ``start:end`` ends a quoted title: “Fox News Sunday,” (capitalized words before it
    inside the marks), “This Week”, “60 Minutes” (the whole quote, its common noun capitalized); not “Sunday,”,
    “Next Monday,” nor “60 minutes”."""
    before = QUOTED_TITLE_BEFORE.search(text, max(0, start - 60), start)
    if before is None or not QUOTED_TITLE_AFTER.match(text, end):
        return False
    if before.group("words").strip():
        return True
    words = text[start:end].split()
    return (len(words) > 1 and all(w[:1].isupper() or w[:1].isdigit() for w in words) and words[-1][:1].isupper()
            and words[-1].lower() not in WEEKDAYS)


#: An ordinal or a superlative earlier in the clause ("the first time in a year", "the highest level in a decade",
#: "the only one in years"): the length after "in" runs back from now.
FIRST_IN_BEFORE = re.compile(r"(?i)\b(?:first|second|third|last|only|most|least|best|worst|\w{3,}est)\b[^.;:!?\n]*$")
#: "in two weeks' time", "in a fortnight's time": a time ahead, whatever the clause.
TIME_AHEAD_AFTER = re.compile(r"['’]s?\s+time\b")


def _a_time_ahead(doc, text: str, start: int, end: int, tense: str | None) -> bool:
    """Whether a length after "in" is the time that far ahead of publication: "will meet in three days", "is due in a
    week", "in two weeks' time" (a verb of a clause looking ahead governs the "in"); not "the first time in three
    years", "the highest in a decade" (after an ordinal or a superlative), nor "finished the job in three days" (told
    in the past) or "occurs over years, not in one year" (the present, as often a habit as a schedule)."""
    if not re.search(r"\bin\s+$", text[max(0, start - 4):start]) or re.match(r"\s+(?:ago|later|earlier|before|after)\b",
                                                                              text[end:end + 8]):
        return False
    if re.match(r"(?i)the\s+(?:next|past|last|coming)\b", text[start:end]):
        return False  # "in the next few days": the span from now on, a length (TimeML: PXD)
    if FIRST_IN_BEFORE.search(text, max(0, start - 80), start):
        return False  # "falls for the first time in a year", "his first serious opponent in two decades": a span back
    if TIME_AHEAD_AFTER.match(text, end):
        return True
    if doc is None or tense != "future":  # the present is as often a habit: "occurs over years, not in one year"
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0 or doc[span.start - 1].lower_ != "in":
        return False
    return doc[span.start - 1].head.pos_ in ("VERB", "AUX")


#: Verbs whose "one day" is a length ("the talks will last one day", "it will take one day").
LENGTH_VERBS = {"last", "take", "spend", "wait", "stay", "remain", "work", "serve", "sit", "shut", "close", "delay",
                "extend", "suspend", "need", "require", "give", "allow", "cost"}


def _someday(doc, start: int, end: int, tense: str | None) -> bool:
    """Whether "one day" is "some day in the future": an adverb of a verb that is no length's ("hopes to run it one
    day", "can benefit the country one day", "she will be president one day"), in a clause looking ahead."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.dep_ != "npadvmod" or span.root.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = span.root.head
    if verb.lemma_.lower() in LENGTH_VERBS:
        return False
    modal = {c.lower_ for c in verb.children if c.dep_ == "aux"} & {"can", "could", "may", "might", "will", "would",
                                                                     "'ll", "shall"}
    return bool(modal) or tense in ("future", "would", "present")


def _outside_names(matches: list, doc, text: str) -> list:
    """Drop a month, weekday or "today" that spaCy reads as the tail of a person's or an organization's name
    ("Prime Minister Theresa May", "a reporter for USA Today", "Fox News Sunday"): a name that begins before the word
    and holds it. A name that begins with the word ("Sunday" alone read as an organization) is left to the rules. Also
    a time word ending a quoted title (“Fox News Sunday,” ``_in_quoted_title``)."""
    names = None
    kept = []
    for match in matches:
        s, e, name = match[0], match[1], match[2]
        if name in TITLE_TAIL_RULES and _in_quoted_title(text, s, e):
            continue
        if name in NAME_TAIL_RULES:
            if names is None:
                from .. import nlp

                names = [(ent.start_char, ent.end_char) for ent in nlp.ents(doc) if ent.label_ in ("PERSON", "ORG")]
            if any(ns < s and e <= ne for ns, ne in names):
                continue
        kept.append(match)
    return kept


def _counted_from_dates(rows: list[dict], text: str, tz: str) -> list[dict]:
    """Join "the day before" to a date written right after it ("the day before Tuesday's vote": Tuesday less a
    day) and read "the week of March 6" as the week holding that date. "The day before" set beside a date and followed
    by an event ("last seen Nov. 3, the day before police issued a warrant") describes that date, already found: it is
    left out rather than counted from it."""
    out: list[dict] = []
    for position, row in enumerate(rows):
        if (row["rule"] == "anaphoric" and DAY_BEFORE_DATE.fullmatch(row["text"]) and EVENT_AFTER.match(text, row["end"])
                and out and out[-1]["granularity"] in ("day", "part-of-day")
                and re.fullmatch(r"\s*,\s*", text[out[-1]["end"]:row["start"]])):
            following = rows[position + 1] if position + 1 < len(rows) else None
            if following is None or text[row["end"]:following["start"]].strip():
                continue
        previous = out[-1] if out else None
        if (row["granularity"] in ("day", "part-of-day") and row["kind"] == "DATE" and row["earliest"] is not None
                and previous is not None and previous["rule"] == "anaphoric"
                and DAY_BEFORE_DATE.fullmatch(previous["text"]) and not text[previous["end"]:row["start"]].strip()):
            unit, direction = DAY_BEFORE_DATE.fullmatch(previous["text"]).groups()
            day = row["earliest"].tz_convert(tz).tz_localize(None).normalize() + pd.Timedelta(
                days=-1 if direction.lower() == "before" else 1)
            norm = _date_norm(day, tz, unit.lower() if unit.lower() in DAY_PARTS else None)
            out[-1] = dict(previous, end=row["end"], text=text[previous["start"]:row["end"]], value=norm.value,
                           granularity=norm.granularity, earliest=norm.earliest, latest=norm.latest)
            continue
        if (row["granularity"] == "month" and row["earliest"] is not None and previous is not None
                and previous["rule"] == "anaphoric" and re.fullmatch(r"\s+(?:in|of)\s+", text[previous["end"]:row["start"]])
                and re.fullmatch(r"(?i)that\s+\w+", previous["text"])):
            # "until that day in April": a day of that month, not of the story's last day
            out[-1] = dict(row, start=previous["start"], text=text[previous["start"]:row["end"]], rule="anaphoric")
            continue
        week_of = WEEK_OF.search(text, max(0, row["start"] - 20), row["start"])
        if row["granularity"] == "day" and row["earliest"] is not None and week_of:
            day = row["earliest"].tz_convert(tz).tz_localize(None)
            earliest, latest = week_interval(day)
            row = dict(row, start=week_of.start(), text=text[week_of.start():row["end"]], value=week_value(day),
                       granularity="week", earliest=wall_time(earliest, tz), latest=wall_time(latest, tz))
        out.append(row)
    out = [_on_the_day_of_its_sentence(row, out, text, tz) if row["rule"] == "clock" else row for row in out]
    return [_same_instant_in_parentheses(row, following, text, tz) if row["rule"] == "clock" and following else row
            for row, following in zip(out, out[1:] + [None])]


def _same_instant_in_parentheses(row: dict, following: dict, text: str, tz: str) -> dict:
    """"At 8 p.m. EST (0100 GMT Wednesday)": a clock time with the same time in another zone beside it in parentheses
    is that instant, on the day that makes it so (Tuesday evening in New York), whatever day its sentence names."""
    if (following["kind"] != "TIME" or row["earliest"] is None or following["earliest"] is None
            or not re.fullmatch(r"\s*\(\s*", text[row["end"]:following["start"]])
            or not re.match(r"\s*\)", text[following["end"]:following["end"] + 3])):
        return row
    for days in (-1, 1):
        moved = _clock_on(row, pd.Timestamp(row["value"][:10]) + pd.Timedelta(days=days), tz)
        if moved["earliest"] == following["earliest"]:
            return moved
    return row


def _on_the_day_of_its_sentence(row: dict, rows: list[dict], text: str, tz: str) -> dict:
    """A bare clock time is on the day its own sentence names, before or after it ("at 10:30 local time (0730 GMT)
    on Friday"), rather than on the day the story named last; in a sentence that says how often ("airs weekdays from
    6 a.m. to 9 a.m.", "every day at noon"), it is a time of any such day, on no date (TIMEX3 XXXX-XX-XXT06:00)."""
    if any(r["sentence"] == row["sentence"] and r["kind"] == "SET" for r in rows):
        return dict(row, value="XXXX-XX-XX" + row["value"][10:], earliest=None, latest=None)
    days = [r for r in rows if r["sentence"] == row["sentence"] and r["earliest"] is not None and (
        r["rule"] == "clock_date" or r["kind"] == "DATE" and r["granularity"] in ("day", "part-of-day")
        and r["rule"] != "daypart"  # "worked overnight and finished by midday": the day the story tells
        and not SINCE_PREFIX.search(text[max(0, r["start"] - 20):r["start"]].lower()))]  # "its lowest since May 3"
    if not days or row["earliest"] is None:
        return row
    day = pd.Timestamp(min(days, key=lambda r: abs(r["start"] - row["start"]))["value"][:10])
    return row if day == pd.Timestamp(row["value"][:10]) else _clock_on(row, day, tz)


def _clock_on(row: dict, day: pd.Timestamp, tz: str) -> dict:
    """A clock time's row set on another day (naive): the same time of day on its own zone's clock."""
    if day.year not in BOUNDED_YEARS:
        return dict(row, value=f"{day:%Y-%m-%d}{row['value'][10:]}", earliest=None, latest=None)
    hour, minute = int(row["value"][11:13]), int(row["value"][14:16])
    start = wall_time(day + pd.Timedelta(hours=hour, minutes=minute), row.get("_clock") or tz).tz_convert(tz)
    return dict(row, value=f"{day:%Y-%m-%d}{row['value'][10:]}", earliest=start,
                latest=start + pd.Timedelta(seconds=59))


def _sentence_index(doc, token_i: int) -> int:
    starts = doc.user_data.get("_sentence_starts")
    if starts is None:
        starts = [sent.start for sent in doc.sents]
        doc.user_data["_sentence_starts"] = starts
    import bisect
    return max(0, bisect.bisect_right(starts, token_i) - 1)


def article_reference(article) -> tuple[pd.Timestamp | None, str]:
    """The article's publication time (tz-aware, in its time zone) and time zone name ("UTC" when unknown); None for a
    time beyond what a timestamp holds (``BOUNDED_YEARS``)."""
    from .. import nlp

    # asked for several times an article (time expressions, their memo, events): read again only when the article's
    # publication time or zone is another object (or other text) than when it was read
    fields = (getattr(article, "published", None), getattr(article, "timezone", None))
    known = nlp._known_key(article, "reference", fields)
    if known is not None:
        return known
    return nlp._remember_key(article, "reference", fields, _read_reference(*fields))


def _read_reference(published, tz) -> tuple[pd.Timestamp | None, str]:
    tz = tz or None
    if published is None or pd.isna(published):
        return None, tz or "UTC"
    published = pd.Timestamp(published)
    if published.year not in BOUNDED_YEARS:  # "12/31/9999" read as a page's stamp: no day to count from
        return None, tz or "UTC"
    if published.tzinfo is None:
        published = wall_time(published, tz or "UTC")
    if tz is None:
        tz = str(published.tzinfo) if published.tzinfo is not None else "UTC"
    return published.tz_convert(tz), tz


def vague_time_digest() -> str:
    """A digest of the vague-time table as it is now (it may be replaced or edited in place): part of the keys
    under which time expressions and solved timelines are remembered."""
    import hashlib

    table = VAGUE_TIME
    digest = hashlib.sha256(repr((list(table.columns), len(table))).encode("utf-8", "surrogatepass"))
    for name in table.columns:
        column = table[name]
        if column.dtype == object:
            digest.update(repr(column.tolist()).encode("utf-8", "surrogatepass"))
        else:
            digest.update(str(column.dtype).encode() + b"\x00" + column.to_numpy().tobytes())
    return digest.hexdigest()[:16]


_VAGUE_DIGEST: list = []  # [the vague-time table, what _table_state read of it, its digest], once one is made


def _vague_time_digest() -> str:
    """``vague_time_digest()``, made again only when the vague-time table is another table or its contents
    may differ from what they were when the digest was made (``_table_state``): the digest writes out the whole
    table, and it is asked for several times an article (time expressions' memo key, the
    solved timelines' cache key)."""
    table = VAGUE_TIME
    if _VAGUE_DIGEST and _VAGUE_DIGEST[0] is table and _table_state(table) == _VAGUE_DIGEST[1]:
        return _VAGUE_DIGEST[2]
    digest = vague_time_digest()
    _VAGUE_DIGEST[:] = [table, _table_state(table), digest]
    return digest


def _table_state(table: pd.DataFrame) -> tuple:
    """What ``table`` holds, to compare with ``==``: its column names and, block by block, the block itself, its
    columns' places and its values: the very objects of a column of objects (an edit puts another object in their
    place, and the objects are kept alive here, so their ids are not reused; any but text, numbers and None, which
    could change in place, make a state equal to no other), the bytes of any other."""
    state: list = [tuple(table.columns)]
    for block in table._mgr.blocks:
        values = block.values
        if type(values) is np.ndarray and values.dtype == object:
            objects = values.ravel().tolist()
            data = _Same(objects) if _IMMUTABLE.issuperset(map(type, objects)) else object()
        else:
            data = np.asarray(values).tobytes() if type(values) is np.ndarray else values._ndarray.tobytes()
        state.append((block, block.mgr_locs.as_array.tobytes(), data))
    return tuple(state)


_IMMUTABLE = frozenset({str, int, float, bool, type(None)})


class _Same:
    """A list of objects equal to another only when it holds the very same objects, in order."""

    __slots__ = ("objects",)

    def __init__(self, objects: list):
        self.objects = objects

    def __eq__(self, other) -> bool:
        import operator

        return type(other) is _Same and len(self.objects) == len(other.objects) and all(
            map(operator.is_, self.objects, other.objects))

    __hash__ = None


def time_expressions(article) -> pd.DataFrame:
    """Every temporal expression in the headline, dek, captions and body of ``article``, normalized against its
    publication date and time zone. Columns: part, paragraph, sentence, text, start, end, kind, value,
    granularity, earliest, latest, min_duration, max_duration, rule (see the module docstring)."""
    return _time_table(article, copy=True, stacklevel=3)


def _time_table(article, copy: bool, stacklevel: int = 2) -> pd.DataFrame:
    """``time_expressions(article)``; ``copy=False``: the remembered table itself, for a caller that only reads it
    (events), with the same warning, said at the line that called (``stacklevel``)."""
    from .. import nlp

    digest = _vague_time_digest()
    frame = nlp.memo(article, f"time_expressions:{digest}", lambda: _time_expressions(article, digest), copy=copy)
    ref, _ = article_reference(article)
    if ref is None and len(frame) and frame["value"].str.contains("X|REF").any() and _first_warning(article):
        warnings.warn(f"article {getattr(article, 'id', '?')!r} has no publication date: relative time "
                      "expressions are left unresolved (NaT). Give `published` to load_article or in "
                      "seeds/metadata.csv to resolve them.", stacklevel=stacklevel)
    return frame


_warned: "weakref.WeakValueDictionary[int, object]" = weakref.WeakValueDictionary()


def _first_warning(article) -> bool:
    """True the first time an article object is warned about: the undated warning is said once per article, not again
    for each extractor that reads its time expressions (events) or each time a notebook cell asks."""
    try:
        if _warned.get(id(article)) is article:
            return False
        _warned[id(article)] = article
    except TypeError:  # an object without weak references: warn every time
        pass
    return True


def dateline_clock(article, ref: pd.Timestamp | None, tz: str) -> pd.Timestamp | None:
    """The publication time as the clock of the dateline's city shows it, written in ``tz``: a story datelined
    "TOKYO (AP) —" and stamped Monday 9 p.m. in New York was written on Tuesday morning, and its "Tuesday" is today
    (AP: days and times in a datelined story are those of the dateline). Only for a stamp with a time of day; the
    bounds stay wall-clock times of ``tz``, which ``events`` reads on the clock of each event's place."""
    if ref is None or getattr(article, "published_precision", None) == "day" or not getattr(article, "dateline", ""):
        return ref

    place = dateline_place(article)
    if place is None or place[1] == tz:
        return ref
    return wall_time(ref.tz_convert(place[1]).tz_localize(None), tz)


#: Tenses that say which way a weekday lies ("said Monday", "will meet Monday", "the talks resume Monday"); a weekday
#: named on a noun in a clause that does not tell ("Monday's debate is still small": the nearest such day) may be
#: another's. (One read with no cue at all, mostly after a reporting verb in the present, "police say Tuesday", keeps
#: its nearest past day.)
TELLING_TENSES = {"past", "future", "present"}


def _one_day_per_weekday(rows: list[dict], tz: str) -> None:
    """A story names one day by one weekday ("Monday" is the same Monday throughout, unless "last" or "next" says
    otherwise): a weekday named on a noun in a clause that does not tell its direction ("Monday's debate is still
    small") takes the day its other mentions tell, when two or more tell it and none tells another ("at Monday's
    debate, Clinton cited", "on Monday, he won")."""
    plain = [r for r in rows if r["rule"] == "weekday" and r["earliest"] is not None
             and not re.match(r"(?i)(?:last|next|this)\b", r["text"])]
    by_name: dict[str, list[dict]] = {}
    for row in plain:
        by_name.setdefault(re.search(WEEKDAY_IN_SPAN, row["text"]).group().lower(), []).append(row)
    for mentions in by_name.values():
        telling = [r["value"][:10] for r in mentions if r["_tense"] in TELLING_TENSES]
        told = set(telling)
        if len(told) != 1 or len(telling) < 2:
            continue
        day = pd.Timestamp(told.pop())
        for row in mentions:
            shift = day - pd.Timestamp(row["value"][:10])
            if row["_tense"] != "nearest" or not shift:
                continue
            row["value"] = f"{day:%Y-%m-%d}{row['value'][10:]}"
            row["earliest"], row["latest"] = (wall_time(t.tz_convert(tz).tz_localize(None) + shift, tz)
                                              for t in (row["earliest"], row["latest"]))


def _dateline_day(found: list[dict], ref: pd.Timestamp | None, tz: str, precision: str | None) -> pd.Timestamp | None:
    """The story's day is its dateline's ("WARSAW, March 12 (Xinhua) --" in a file stamped March 13: "today" is March
    12, as wire style and TimeML's annotators take it): a dateline's date one or two days before the stamp's is the
    day "today", "yesterday" and weekdays count from. A stamp with a time of day is kept if it is on that day already
    (``dateline_clock`` has put it on the dateline's clock) and otherwise becomes that day's last moment."""
    if ref is None:
        return ref
    days = [row for row in found if row["granularity"] == "day" and row["earliest"] is not None]
    if not days:
        return ref
    day = days[0]["earliest"].tz_convert(tz).tz_localize(None).normalize()
    if not 1 <= (_local(ref, tz).tz_localize(None).normalize() - day).days <= 2:
        return ref
    if precision == "day":
        return wall_time(day, tz)
    return min(ref, wall_time(day + pd.Timedelta(days=1), tz) - pd.Timedelta(seconds=1))


_NAT_NANOS = np.iinfo(np.int64).min  # NaT, as nanoseconds


def _nanos(values, kind: type) -> np.ndarray | None:
    """Each value as nanoseconds (NaT for None or NaT), when every one is a ``kind`` (Timestamp or Timedelta), None or
    NaT; else None."""
    out = np.empty(len(values), dtype=np.int64)
    for i, value in enumerate(values):
        if value is None or value is pd.NaT:
            out[i] = _NAT_NANOS
        elif type(value) is kind:
            try:
                out[i] = value.value  # nanoseconds, whatever unit the value holds
            except (OverflowError, ValueError):  # beyond what nanoseconds hold: read as before
                return None
        else:
            return None
    return out


def _time_column(values, tz: str):
    """Timestamps or None as a column of times in ``tz`` (nanoseconds): what ``pd.to_datetime(..., utc=True)
    .dt.tz_convert(tz)`` gives, read from the values' nanoseconds instead of each object parsed again."""
    nanos = _nanos(values, pd.Timestamp)
    if nanos is None or any(value is not None and value is not pd.NaT and value.tzinfo is None for value in values):
        return pd.to_datetime(pd.Series(values, dtype=object), utc=True).dt.tz_convert(tz).array
    # (``pd.DatetimeIndex(nanos).tz_localize("UTC").tz_convert(tz).array``: neither step changes the nanoseconds, so
    # they are wrapped in that column's dtype directly; each step cost more than the column)
    return pd.arrays.DatetimeArray._simple_new(nanos.view("M8[ns]"), dtype=_utc_column_dtype(tz))


@functools.lru_cache(maxsize=512)
def _utc_column_dtype(tz: str):
    """The dtype ``tz_localize("UTC").tz_convert(tz)`` gives a column of nanoseconds (the zone as pandas reads
    ``tz``)."""
    return pd.DatetimeIndex([], dtype="M8[ns]").tz_localize("UTC").tz_convert(tz).dtype


def _length_column(values):
    """Timedeltas or None as a column of lengths (nanoseconds): what ``pd.to_timedelta(..., errors="coerce")`` gives."""
    nanos = _nanos(values, pd.Timedelta)
    if nanos is None:
        return pd.to_timedelta(pd.Series(values, dtype=object), errors="coerce").array
    return pd.arrays.TimedeltaArray._simple_new(nanos.view("m8[ns]"), dtype=nanos.view("m8[ns]").dtype)


def _time_expressions(article, digest: str) -> pd.DataFrame:
    _READING.digest = digest
    try:
        return _read_time_expressions(article)
    finally:
        _READING.digest = None


def _read_time_expressions(article) -> pd.DataFrame:
    from .. import nlp

    ref, tz = article_reference(article)
    ref = dateline_clock(article, ref, tz)
    place = dateline_place(article)
    local_tz = place[1] if place else None
    rows = []
    anchor = None
    dateline = getattr(article, "dateline", "") or ""
    dated = None
    paragraph_at = nlp.paragraph_finder(article)
    if dateline:
        # "NICOSIA, August 8 (Xinhua) --": the date the story was filed, read before the body (no parse of its own: a
        # dateline is a place and a date), and the day the body's "the day before" counts from
        dated = find_in_text(dateline, None, ref, tz, use_entities=False)
        ref = _dateline_day(dated[0], ref, tz, getattr(article, "published_precision", None))
    for piece in nlp.parse(article):
        if piece.part == "body" and dated is not None:
            found, anchor = dated
            rows.extend(dict(row, paragraph=0, part="dateline") for row in found)
            dated = None
        found, last = find_in_text(piece.text, piece.doc, ref, tz, anchor if piece.part == "body" else None,
                                   present_is_past=piece.part == "caption", local_tz=local_tz)
        if piece.part == "body":
            anchor = last
        for row in found:
            if piece.part == "body":
                row["paragraph"] = paragraph_at(row["start"])
            else:
                row["paragraph"] = piece.index
            row["part"] = piece.part
            rows.append(row)
    _one_day_per_weekday(rows, tz)
    # built column by column, each converted once (faster than a frame of the dicts converted afterwards)
    columns = {column: [row[column] for row in rows] if rows else np.empty(0, dtype=object) for column in COLUMNS}
    for column in ("earliest", "latest"):
        columns[column] = _time_column(columns[column], tz)
    for column in ("min_duration", "max_duration"):
        columns[column] = _length_column(columns[column])
    for column in ("start", "end"):
        columns[column] = np.array(columns[column], dtype=int)
    arrays = [_list_column(columns[column]) for column in COLUMNS]
    if any(array is None for array in arrays):  # a value of another kind: pandas infers the column, as before
        return pd.DataFrame(columns)
    return nlp.column_frame(arrays, COLUMNS)


def _list_column(values):
    """The array ``pd.DataFrame`` makes of a column given as a list, for the kinds the table holds: integers (int64),
    text and None (objects, as they are); None for a list of any other kind. Arrays are returned as they are."""
    if type(values) is not list:
        return values
    kinds = set(map(type, values))
    if kinds == {int}:
        return np.array(values, dtype=np.int64)
    if kinds <= {str, type(None)} and kinds and not _using_string_dtype():
        return np.array(values, dtype=object)
    return None


def _using_string_dtype() -> bool:
    from pandas._config import using_string_dtype

    return using_string_dtype()
