"""Time expressions: rules a newsroom reader would agree with, each on a short realistic story (a dateline's date is
the story's day; a day judged "historic" is the day told of; two weekdays offered as a choice look the same way;
"half an hour" is 30 minutes)."""
from __future__ import annotations

import warnings

import pandas as pd

import analysis


def _values(source: str, published: str, timezone: str = "UTC") -> dict[str, str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = analysis.load_article(source, id="story", published=published, timezone=timezone)
        frame = analysis.time_expressions(article)
    return {row.text: row.value for row in frame.itertuples() if row.part != "headline"}


WIRE = """Three former Warsaw Pact states join NATO

WARSAW, March 12 (Xinhua) -- Poland, Hungary and the Czech Republic today formally became members of NATO, Foreign
Minister Bronislaw Geremek said.

Yesterday the three foreign ministers handed over the documents in Independence, Missouri.

Geremek said it was "a great day for Poland and for the world."
"""


def test_dateline_date_is_the_story_day():
    # the archive stamps the file a day after its dateline (March 13): "today" and "yesterday" count from March 12
    values = _values(WIRE, "1999-03-13")
    assert values["March 12"] == "1999-03-12"
    assert values["today"] == "1999-03-12"
    assert values["Yesterday"] == "1999-03-11"


def test_dateline_date_moves_a_timed_stamp_to_that_day_only_when_it_is_later():
    # a stamp at 03:00 the next morning: the story's day is still the dateline's
    assert _values(WIRE, "1999-03-13T03:00:00+00:00")["today"] == "1999-03-12"
    # the dateline's own day: nothing changes
    assert _values(WIRE, "1999-03-12")["today"] == "1999-03-12"
    # a dateline dated after the stamp, or far before it, is no day to count from (a stale or mistyped dateline)
    assert _values(WIRE.replace("March 12", "March 2"), "1999-03-13")["today"] == "1999-03-13"
    assert _values(WIRE.replace("March 12", "March 14"), "1999-03-13")["today"] == "1999-03-13"


def test_a_judged_day_is_the_day_told_of():
    values = _values(WIRE, "1999-03-13")
    assert values["a great day"] == "1999-03-12"
    story = """Council approves new library

The city council approved the new central library on Tuesday after a decade of debate.

"This is a historic day for our city," Mayor Ana Ruiz said.

Construction will begin a day after the budget vote, and the library will stay open one day a week.
"""
    values = _values(story, "2024-05-16")  # a Thursday
    assert values["Tuesday"] == "2024-05-14"
    assert values["a historic day"] == "2024-05-14"
    # no judgement, no day: a length ("a day after") and a rate are read as before
    assert "a big day" not in _values("Headline\n\nThis is a big day for us, she said.", "2024-05-16")
    assert values.get("a day") == "P1D"


def test_weekdays_offered_as_a_choice_look_the_same_way():
    story = """Arrests expected in embassy bombing

The FBI said Wednesday it expects to make arrests Friday or Saturday in the embassy bombing.

Officials said the suspects were questioned Monday or Tuesday.
"""
    values = _values(story, "1998-08-12")  # a Wednesday
    assert values["Friday"] == "1998-08-14"
    assert values["Saturday"] == "1998-08-15"  # was the Saturday before, as if the two pointed opposite ways
    assert values["Monday"] == "1998-08-10"
    assert values["Tuesday"] == "1998-08-11"


def test_half_a_unit_is_that_length():
    story = """Standoff ends at embassy

Police negotiated for half an hour before the gunman gave up. The siege had lasted half a day, and the embassy had
stood on the square for half a century.
"""
    values = _values(story, "2024-05-16")
    assert values["half an hour"] == "PT30M"  # was PTXH, "some hours"
    assert values["half a day"] == "PT12H"
    assert values["half a century"] == "P50Y"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frame = analysis.time_expressions(analysis.load_article(story, id="s", published="2024-05-16", timezone="UTC"))
    row = frame[frame["text"] == "half an hour"].iloc[0]
    assert row["min_duration"] == row["max_duration"] == pd.Timedelta(minutes=30)
