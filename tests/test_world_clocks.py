"""Clock times read on a named city's clock ("10 a.m. Tokyo time"), and events the parser splits."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

import analysis

ARTICLES = Path(__file__).parent / "articles"


def test_a_city_named_after_a_clock_time_gives_its_zone():
    a = analysis.load_article(ARTICLES / "ap_quake_world_clocks.txt")  # AP from Taipei, stamped in New York time
    table = analysis.time_expressions(a).set_index("text")
    assert table.loc["10 a.m. Tokyo time", "earliest"] == pd.Timestamp("2024-04-03 10:00", tz="Asia/Tokyo")
    events = analysis.events(a).set_index("event")
    lifted = events[events.trigger == "lifted"].iloc[0]
    assert lifted.earliest == pd.Timestamp("2024-04-03 10:00", tz="Asia/Tokyo")
    # "A powerful earthquake struck Taiwan", "The magnitude 7.4 quake hit at 7:58 a.m. local time" (Taipei's clock,
    # the dateline's) and "the quake": one event, the earthquake
    quakes = events[events.trigger.str.contains("hit")]
    assert len(quakes) == 1 and {"struck", "hit", "quake"} <= set(quakes.iloc[0].trigger.split("; "))
    quake = quakes.iloc[0]
    assert quake.earliest == pd.Timestamp("2024-04-03 07:58", tz="Asia/Taipei")
    issued = events[events.trigger == "issued"].iloc[0]  # "about 15 minutes after the quake": 12 to 18 minutes
    assert issued.earliest == quake.earliest + pd.Timedelta(minutes=12)
    assert issued.latest == quake.latest + pd.Timedelta(minutes=18)


def test_a_hedged_length_is_a_range_around_the_length_written():
    a = analysis.load_article("Talks\n\nBy Jo Roe\n\nMarch 1, 2024\n\nThe talks lasted about two hours. They ended "
                              "after nearly three days, more than 40 minutes after the deadline, and less than a week "
                              "before the vote.")
    table = analysis.time_expressions(a).set_index("text")
    hours = pd.Timedelta(hours=1)
    assert (table.loc["about two hours", "value"], table.loc["about two hours", "min_duration"],
            table.loc["about two hours", "max_duration"]) == ("PT2H", 1.6 * hours, 2.4 * hours)
    assert table.loc["nearly three days", "max_duration"] == pd.Timedelta(days=3)
    assert table.loc["nearly three days", "min_duration"] == pd.Timedelta(minutes=3456)  # 2.4 days
    assert table.loc["more than 40 minutes", "min_duration"] == pd.Timedelta(minutes=40)
    assert table.loc["less than a week", "max_duration"] == pd.Timedelta(days=7)
    # a word before "time" that names no city the place tables know is no zone: the article's clock
    b = analysis.load_article("Vote set\n\nBy Jo Roe\n\nMarch 1, 2024 9:00 AM EST\n\nThe council will vote at 3 p.m. "
                              "Council time is short, the chair said on Friday, and the agenda is long.")
    assert "3 p.m." in analysis.time_expressions(b).text.tolist()


def test_a_warning_issued_is_an_event_though_the_parser_splits_its_noun():
    # "issued a tsunami warning": the small model reads "tsunami" as the object and "warning" as a clause on it
    a = analysis.load_article(ARTICLES / "ap_quake_world_clocks.txt")
    events = analysis.events(a)
    assert "issued" in events.trigger.tolist()
    assert events.loc[events.trigger == "issued", "label"].iloc[0].endswith("issues tsunami warning")


def test_local_time_in_a_datelined_story_is_the_dateline_city_s_clock():
    # "TAIPEI, Taiwan (AP) — ... at 7:58 a.m. local time": Taipei's clock in the time expressions too (it was read on
    # the New York stamp's clock, 12 hours off), and the events read it the same
    a = analysis.load_article(ARTICLES / "ap_quake_world_clocks.txt")
    row = analysis.time_expressions(a).set_index("text").loc["7:58 a.m. local time"]
    assert row.earliest == pd.Timestamp("2024-04-03 07:58", tz="Asia/Taipei") and row.value == "2024-04-03T07:58"
    # with no dateline, "local time" stays on the article's clock
    b = analysis.load_article("Quake\n\nBy Jo Roe\n\nApril 3, 2024 8:15 AM EDT\n\nThe quake hit at 7:58 a.m. local "
                              "time on Wednesday, officials said.")
    row = analysis.time_expressions(b).set_index("text").loc["7:58 a.m. local time on Wednesday"]
    assert row.earliest == pd.Timestamp("2024-04-03 07:58", tz="America/New_York")
