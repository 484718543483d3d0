"""The rule layer's shortcuts: a pattern skipped because its text lacks a word or a hint (``_REQUIRED_WORD``,
``_REQUIRED_SEARCH``, ``_REQUIRED_CASED``), or run behind a check of its first character (``_SCANNED``), never loses
or changes a match the pattern as written would have found."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.timeline import timex

PHRASES = [
    "the first Monday\u00a0of March", "at the end of\u00a0the year", "the end\nof the year", "TONİGHT at 9",
    "MİNUTES later", "for the past three MONTHS", "Q3 2020 and 4Q19", "H1 2021 results", "FY20", "every Monday",
    "this morning", "on 12/05/2019", "06.01.2020", "2020-01-05T10:00Z", "12 noon", "5 p.m. Tuesday", "17:30 GMT",
    "1200 GMT", "Christmas Eve 2019", "the day before", "later that day", "the following week",
    "the year before last", "earlier in the month", "for days", "ſeveral dayſ ago", "last nıght", "in the past",
    "right now", "the 5th of March", "3rd  of Sept. 2019", "since Sept.", "in the 1990s", "the third quarter",
    "Thanksgiving Day", "midnight Friday", "10:30 a.m. ET", "three-day-long", "the weekend", "the 21st century",
    "the second half of 2019", "fiscal 2020", "during the winter", "daily", "in recent days", "last week",
    "a quarter of an hour", "a half-century", "six weeks from now", "Every 72 minutes", "$12 an hour",
    "twice a month", "6 o'clock this afternoon", "June 16th of last year", "weekdays from 6 a.m.", "on Mondays",
    "WEEKNIGHTS", "two years from now", "a brighter tomorrow", "on the 14th", "This Time Last Year", "14.30 BST",
    "0900 local time", "6.30pm", "between 2 and 4 p.m.", "at 18:42", "worked overnight.", "end-March", "mid-2019",
    "13/01/2020", "06-01-2020", "Tuesday last week", "3:30 p.m. IST", "9:30 a.m. HKT", "6.30am on Thursday 18 July",
    "Jan. 6-8", "10-12 January", "2019-20", "the 2023/24 financial year", "FY2023-24", "1939 – 45",
    "April 1 (Saturday)", "the early hours of Monday", "8 p.m. EST (0100 GMT Wednesday)", "held Monday-Friday",
    "the week\u00a0before\nlast", "this\ntime last year", "in two weeks' time", "between 14:00 and 16:00",
    "from 09:30 to 17:00", "09:30-17:00", "These days", "Nowadays", "NOWADAYS", "at the moment",
    "a historic\nday for", "a sad day in", "Friday or Saturday",
]


def _ungated(text: str) -> list:
    """The matches of the patterns as written, run on every text: no gate and no first-character check."""
    saved = timex._PLAN
    timex._PLAN = timex._scan_plan(timex.PATTERNS, {}, {}, {})
    try:
        return _key(timex._rule_matches(text))
    finally:
        timex._PLAN = saved


def _key(matches: list) -> list:
    return [(start, end, name, m.group()) for start, end, name, m, _ in matches]


@pytest.mark.parametrize("phrase", PHRASES)
def test_skipping_loses_no_match(phrase):
    for text in (phrase, phrase.upper(), f"Officials said {phrase}, the agency added."):
        assert _key(timex._rule_matches(text)) == _ungated(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PHRASES + [" ", "\u00a0", "\n", "\t", ",", "İ", "ı", "ſ", "K", "said", "the"]),
                max_size=8))
def test_skipping_loses_no_match_in_any_mix(pieces):
    text = " ".join(pieces)
    assert _key(timex._rule_matches(text)) == _ungated(text)


def _found(pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


SCANNED = [(name, pattern, scanned) for (name, pattern, _), (_, scanned, _) in zip(timex.PATTERNS, timex._SCANNED)]


@pytest.mark.parametrize("name, pattern, scanned", SCANNED, ids=[s[0] for s in SCANNED])
def test_first_character_check_finds_the_same_matches(name, pattern, scanned):
    for phrase in PHRASES:
        for text in (phrase, phrase.upper(), f"Officials said {phrase}, the agency added.", f"x{phrase}y"):
            assert _found(scanned, text) == _found(pattern, text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PHRASES + [" ", "\u00a0", "\n", "-", "'", "’", "(", "1", "İ", "ı", "ſ", "K", "a",
                                           "x"]), max_size=8))
def test_first_character_check_finds_the_same_matches_in_any_mix(pieces):
    text = "".join(pieces)
    for _name, pattern, scanned in SCANNED:
        assert _found(scanned, text) == _found(pattern, text)


def test_first_character_check_is_there_and_keeps_what_it_cannot_speed_up():
    import re

    # the costly openings get their check; one the engine skips to itself, or that may match nothing, is kept
    assert timex.with_first_char_check(timex.PATTERNS_BY_NAME["year"]) is not timex.PATTERNS_BY_NAME["year"]
    for source in (r"January|March", r"\d-\d", r"x*", r"[^a]b", r"(?:a|.)b", r"(a)\1"):
        assert timex.with_first_char_check(re.compile(source)).pattern == source
    cases = [(r"\b(?:(?:early|late)\s+)?(?-i:M)ay\b", re.IGNORECASE, "late May, early may, ſome MAY"),
             (r"(?i)\b(?:about\s+)?(?:\d+|several)\s+days", 0, "ſeveral days, about 3 days, ABOUT SEVERAL DAYS"),
             (r"(?<=\bfor\s)(?:hours|days)|\bweeks?\b", 0, "for hours, for days, two weeks"),
             (r"(?:\s*\(|Q)\d", 0, "Q3 ( 4 (5")]
    for source, flags, text in cases:
        pattern = re.compile(source, flags)
        checked = timex.with_first_char_check(pattern)
        assert checked is not pattern and checked.groupindex == pattern.groupindex
        assert _found(checked, text) == _found(pattern, text) and _found(pattern, text)


def test_time_and_length_columns_are_what_pandas_parsing_gives():
    import pandas as pd

    def parsed_times(values, tz):
        return pd.to_datetime(pd.Series(values, dtype=object), utc=True).dt.tz_convert(tz).array

    def parsed_lengths(values):
        return pd.to_timedelta(pd.Series(values, dtype=object), errors="coerce").array

    times = [pd.Timestamp("2020-01-05 10:30", tz="America/New_York"), None, pd.NaT,
             pd.Timestamp("2020-03-08 02:30:00+00:00"), pd.Timestamp("2019-12-11", tz="Asia/Baghdad").as_unit("s"),
             pd.Timestamp("2020-01-06 23:59:59.999999999", tz="UTC")]
    for tz in ("America/New_York", "UTC", "Asia/Kolkata"):
        for values in (times, [], [None], [pd.Timestamp("2020-01-05 10:30")]):  # the last naive: read as before
            pd.testing.assert_extension_array_equal(timex._time_column(values, tz), parsed_times(values, tz))
    lengths = [pd.Timedelta(hours=1), None, pd.NaT, pd.Timedelta(days=3).as_unit("s"), pd.Timedelta(0)]
    for values in (lengths, [], [None], ["1 day"]):  # the last a string: read as before
        pd.testing.assert_extension_array_equal(timex._length_column(values), parsed_lengths(values))
