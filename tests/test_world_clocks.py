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
    issued = events[events.trigger == "issued"].iloc[0]  # "about 15 minutes after the quake"
    assert issued.earliest == quake.earliest + pd.Timedelta(minutes=15)
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
