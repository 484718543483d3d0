"""The rule layer's shortcuts: a pattern skipped because its text lacks a word or a hint (``_REQUIRED_WORD``,
``_REQUIRED_SEARCH``, ``_REQUIRED_CASED``) never loses a match the pattern would have found."""
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
    saved = timex._REQUIRED_WORD, timex._REQUIRED_SEARCH, timex._REQUIRED_CASED
    timex._REQUIRED_WORD, timex._REQUIRED_SEARCH, timex._REQUIRED_CASED = {}, {}, {}
    try:
        return _key(timex._rule_matches(text))
    finally:
        timex._REQUIRED_WORD, timex._REQUIRED_SEARCH, timex._REQUIRED_CASED = saved


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
