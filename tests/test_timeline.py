"""Timeline: time expressions, events, gaps, on the seed and on small articles in other outlets' shapes."""
from __future__ import annotations

import warnings

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis


def _rows(frame: pd.DataFrame, text: str) -> pd.DataFrame:
    return frame[frame["text"].str.contains(text, regex=False)]


@pytest.fixture(scope="module")
def seed_times(seed):
    return analysis.time_expressions(seed)


# ------------------------------------------------------------------ time expressions on the seed
def test_seed_absolute_date_in_caption(seed_times):
    row = _rows(seed_times, "Dec. 11, 2019")
    assert len(row) == 1
    assert row.iloc[0]["value"] == "2019-12-11"
    assert row.iloc[0]["part"] == "caption"


def test_seed_both_mondays_are_publication_day(seed_times):
    mondays = seed_times[seed_times["text"] == "Monday"]
    assert len(mondays) == 2
    assert set(mondays["value"]) == {"2020-01-06"}
    assert all(str(t.tz) == "America/New_York" for t in mondays["earliest"])
    assert (mondays["earliest"] == pd.Timestamp("2020-01-06", tz="America/New_York")).all()


def test_seed_relative_and_vague_expressions(seed_times):
    last_week = _rows(seed_times, "last week").iloc[0]
    assert last_week["earliest"] == pd.Timestamp("2019-12-30", tz="America/New_York")
    assert last_week["latest"] < pd.Timestamp("2020-01-06", tz="America/New_York")
    recent = _rows(seed_times, "recent days").iloc[0]
    assert recent["value"] == "PAST_REF" and recent["latest"] < pd.Timestamp("2020-01-07", tz="America/New_York")
    coming = _rows(seed_times, "over the course of the coming days and weeks").iloc[0]
    assert coming["value"] == "FUTURE_REF"
    assert coming["earliest"] >= pd.Timestamp("2020-01-06", tz="America/New_York")


def test_seed_durations_have_bounds_not_dates(seed_times):
    hours = seed_times[seed_times["text"] == "just hours"]
    assert len(hours) == 2
    assert (hours["kind"] == "DURATION").all() and hours["earliest"].isna().all()
    assert (hours["min_duration"] >= pd.Timedelta(hours=1)).all()
    assert (hours["max_duration"] <= pd.Timedelta(hours=24)).all()
    minutes = seed_times[seed_times["text"] == "just minutes"].iloc[0]
    assert minutes["max_duration"] <= pd.Timedelta(hours=1)


def test_seed_no_pronoun_or_boilerplate_dates(seed_times):
    texts = {t.lower() for t in seed_times["text"]}
    assert "we" not in texts and "now" not in texts


def test_offsets_index_the_part_text(seed, seed_times):
    texts = {"headline": seed.headline, "dek": seed.dek, "body": seed.body}
    for row in seed_times.itertuples():
        text = seed.captions[row.paragraph] if row.part == "caption" else texts[row.part]
        assert text[row.start:row.end] == row.text
        if row.part == "body":
            assert seed.paragraph_at(row.start) == row.paragraph


# ------------------------------------------------------------------ other shapes
WIRE = """Rebels seize town as talks stall

BAGHDAD (Reuters) - Gunmen attacked a checkpoint north of the capital late on Sunday, two days after \
talks broke down, officials said on Tuesday.

The ministry said it would announce new measures on Friday. Fighting has displaced thousands since March 3, 2019.

Officials meet daily at 10 a.m. local time; the last meeting ended at 6:56 p.m. EST on Jan. 2."""


@pytest.fixture(scope="module")
def wire():
    return analysis.load_article(WIRE, id="wire", published="2020-01-07", timezone="Asia/Baghdad")


def test_wire_weekdays_past_and_future(wire):
    frame = analysis.time_expressions(wire)
    values = dict(zip(frame["text"], frame["value"]))
    sunday = frame[frame["text"].str.contains("Sunday")].iloc[0]
    assert sunday["value"] == "2020-01-05"
    assert sunday["earliest"].hour >= 12  # "late on Sunday": the second half of the day
    assert values["Tuesday"] == "2020-01-07"  # publication day itself
    assert values["Friday"] == "2020-01-10"  # "would announce ... on Friday": forwards
    assert values["March 3, 2019"] == "2019-03-03"
    assert frame[frame["text"] == "two days"].iloc[0]["value"] == "P2D"
    assert frame[frame["text"] == "daily"].iloc[0]["kind"] == "SET"


def test_wire_clock_times_and_zones(wire):
    frame = analysis.time_expressions(wire)
    clock = frame[frame["text"].str.startswith("6:56 p.m. EST")].iloc[0]
    assert clock["value"] == "2020-01-02T18:56"
    # 6:56 p.m. EST is 02:56 the next morning in Baghdad
    assert clock["earliest"] == pd.Timestamp("2020-01-03 02:56", tz="Asia/Baghdad")


def test_no_publication_date_leaves_relative_unresolved():
    article = analysis.load_article("Talks resume\n\nNegotiators met on Monday, a week after the vote on Dec. 4, 2018.",
                                    id="undated")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        frame = analysis.time_expressions(article)
    monday = frame[frame["text"] == "Monday"].iloc[0]
    assert pd.isna(monday["earliest"]) and "X" in monday["value"]
    assert frame[frame["text"] == "Dec. 4, 2018"].iloc[0]["value"] == "2018-12-04"
    assert any("publication date" in str(w.message) for w in caught)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["a", "b", " ", "0", "7", "12", ".", ",", ":", "/", "-", "\n", "Monday", "Dec.",
                                  "last week", "ago", "p.m.", "2019", "hours", "the", "just", "Sunday night",
                                  "March 3", "1990s", "every day", "10:30", "Jan. 6-8", "between 2 and", "4 p.m.",
                                  "14.30 BST", "0900", "local time", "IST", "overnight", "on the 14th", "end-March",
                                  "mid-2019", "13/01/2020", "Feb. 30", "10-12", "January", "this time last year",
                                  "Thursday 18 July", "6.30am on", "31", "to", "until the", "Q3", "late"]),
                min_size=1, max_size=30).map(" ".join),
       st.sampled_from([("2021-05-05", "Europe/London"), ("2020-02-29T23:30", "America/New_York"), (None, None)]))
def test_any_text_gives_spans_that_index_it(text, when):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # an undated article is warned about
        article = analysis.load_article("Headline\n\n" + text + " end.", id="gen", published=when[0],
                                        timezone=when[1])
        frame = analysis.time_expressions(article)
    texts = {"headline": article.headline, "dek": article.dek, "body": article.body, "dateline": article.dateline}
    for row in frame.itertuples():
        source = article.captions[row.paragraph] if row.part == "caption" else texts[row.part]
        assert source[row.start:row.end] == row.text
        if pd.notna(row.earliest):
            assert row.earliest <= row.latest


# ------------------------------------------------------------------ events and gaps on the seed
@pytest.fixture(scope="module")
def seed_events(seed):
    return analysis.events(seed)


KNOWN = pd.DataFrame([{"event": "parliament vote", "earliest": "2020-01-05", "latest": "2020-01-05",
                       "timezone": "Asia/Baghdad", "source": "public record: vote on Sunday in Baghdad"}])


def test_seed_events_have_vote_denial_and_return(seed_events):
    labels = " | ".join(seed_events["label"]).lower()
    assert "parliament votes" in labels
    assert "returns" in labels
    vote = seed_events[seed_events["label"].str.contains("parliament votes")].iloc[0]
    assert vote["timezone"] == "Asia/Baghdad"
    assert set(seed_events.columns) >= {"event", "label", "trigger", "actors", "paragraph", "sentence", "earliest",
                                        "latest", "basis", "timezone"}
    assert not seed_events.attrs["conflicts"]


def test_seed_vote_before_denial_within_two_days(seed):
    result = analysis.gap(seed, "parliament vote", "Pentagon denial")
    assert isinstance(result, analysis.Gap)
    assert pd.Timedelta(0) <= result.min <= result.max
    assert result.max - result.min <= pd.Timedelta(days=2)
    assert "just hours after" in result.basis


def test_seed_known_times_respect_the_time_difference(seed):
    loose = analysis.gap(seed, "parliament vote", "Pentagon denial")
    tight = analysis.gap(seed, "parliament vote", "Pentagon denial", known_times=KNOWN)
    # Sunday in Baghdad ends at 16:00 in Washington; Monday in Washington starts eight hours later
    assert tight.min >= pd.Timedelta(hours=8)
    assert tight.min >= loose.min and tight.max <= loose.max
    assert "from the user" in tight.basis


def test_seed_return_comes_minutes_after_the_briefing(seed, seed_events):
    result = analysis.gap(seed, "briefing ends", "Milley returns")
    assert pd.Timedelta(0) < result.min and result.max <= pd.Timedelta(hours=1)


def test_gap_with_unknown_or_ambiguous_event_names_candidates(seed):
    with pytest.raises(analysis.ParameterError) as error:
        analysis.gap(seed, "moon landing", "Pentagon denial")
    assert "e1" in str(error.value) and "a='moon landing'" in str(error.value)


def test_contradictory_known_times_are_reported(seed):
    wrong = pd.DataFrame([{"event": "parliament vote", "earliest": "2020-02-01", "latest": "2020-02-02",
                           "timezone": "Asia/Baghdad", "source": "a wrong date"}])
    with pytest.warns(UserWarning, match="contradict"):
        frame = analysis.events(seed, known_times=wrong)
    assert frame.attrs["conflicts"]
    assert any("a wrong date" in " ".join(c["contradicts"]) or "a wrong date" in c["set_aside"]
               for c in frame.attrs["conflicts"])


# ------------------------------------------------------------------ events in another shape
def test_wire_story_orders_events_across_time_zones():
    text = ("Lawmakers reject budget\n\nBy Jane Roe\n\nKYIV (Reuters) - Ukraine's parliament rejected the budget on "
            "Tuesday. The finance minister resigned two days after the vote, officials said on Friday.")
    article = analysis.load_article(text, id="kyiv", published="2021-03-12", timezone="Europe/London")
    frame = analysis.events(article)
    assert frame["label"].str.contains("reject").any()
    result = analysis.gap(article, "budget", "resign")
    assert result.min == pd.Timedelta(days=2) or result.min >= pd.Timedelta(days=1)


def test_timelinejs_has_a_slide_per_bounded_event(seed_events):
    from analysis.timeline import to_timelinejs

    data = to_timelinejs(seed_events)
    bounded = seed_events.dropna(subset=["earliest", "latest"], how="all")
    assert len(data["events"]) == len(bounded)
    slide = data["events"][0]
    assert {"start_date", "end_date", "display_date", "text", "group"} <= set(slide)
    assert any(" before " in s["display_date"] for s in data["events"])  # uncertain times said relative to an anchor


# ------------------------------------------------------------------ cache, parameters, chart
def test_events_then_gap_solve_the_network_once(seed, monkeypatch):
    import importlib

    events_module = importlib.import_module("analysis.timeline.events")

    events_module.clear_cache()
    calls = []
    real = events_module._solve
    monkeypatch.setattr(events_module, "_solve", lambda *args: calls.append(1) or real(*args))
    analysis.events(seed)
    analysis.gap(seed, "parliament vote", "Pentagon denial")
    analysis.timeline.gaps(seed)
    assert len(calls) == 1
    analysis.events(seed, known_times=KNOWN)  # other inputs: solved anew, and kept apart
    assert len(calls) == 2
    assert analysis.gap(seed, "parliament vote", "Pentagon denial").min < pd.Timedelta(hours=8)


def test_bad_known_times_and_event_names_are_parameter_errors(seed, tmp_path):
    from analysis.timeline import find_event

    with pytest.raises(analysis.ParameterError, match="known_times: file 'no/such.csv' does not exist"):
        analysis.events(seed, known_times="no/such.csv")
    bad = tmp_path / "bad.csv"
    bad.write_text("event,when\nparliament vote,Sunday\n")
    with pytest.raises(analysis.ParameterError, match=r"known_times: missing column"):
        analysis.events(seed, known_times=str(bad))
    zone = KNOWN.assign(timezone="Baghdad")
    with pytest.raises(analysis.ParameterError, match="not an IANA zone"):
        analysis.events(seed, known_times=zone)
    with pytest.raises(analysis.ParameterError) as error:
        find_event(seed, "moon landing", "from_event")
    assert "from_event='moon landing' matches no event" in str(error.value) and "e1:" in str(error.value)
    assert analysis.events(seed, known_times="").equals(analysis.events(seed))


def test_gaps_table_agrees_with_gap(seed):
    pairs = analysis.timeline.gaps(seed, known_times=KNOWN)
    a = analysis.timeline.find_event(seed, "parliament vote")
    b = analysis.timeline.find_event(seed, "Pentagon denial")
    row = pairs[(pairs["a"] == a) & (pairs["b"] == b)].iloc[0]
    result = analysis.gap(seed, a, b, known_times=KNOWN)
    assert (row["min"], row["max"]) == (result.min, result.max)
    back = pairs[(pairs["a"] == b) & (pairs["b"] == a)].iloc[0]
    assert back["min"] == -row["max"] and back["max"] == -row["min"]


def test_same_day_sequence_on_the_seed(seed):
    from analysis.timeline.chart import same_day_sequence

    table, pairs = analysis.events(seed), analysis.timeline.gaps(seed)
    denial = analysis.timeline.find_event(seed, "Pentagon denial")
    steps = same_day_sequence(table, pairs, denial)
    labels = list(steps["label"].str.lower())
    report = next(i for i, l in enumerate(labels) if "report" in l and "knock" not in l)
    assert report < labels.index(table.set_index("event").at[denial, "label"].lower())
    assert "returns" in labels[-1]
    assert steps.iloc[-1]["max"] <= pd.Timedelta(minutes=30) and steps.iloc[-1]["min"] > pd.Timedelta(0)


def test_span_words():
    from analysis.timeline.chart import span_words

    hours = pd.Timedelta(hours=1)
    assert span_words(hours, 12 * hours) == "between 1 and 12 hours"
    assert span_words(pd.Timedelta(0), pd.Timedelta(minutes=30)) == "up to 30 minutes"
    assert span_words(pd.Timedelta(minutes=1), pd.Timedelta(minutes=30)) == "between 1 and 30 minutes"
    assert span_words(pd.Timedelta(minutes=20), 2 * hours) == "between 20 minutes and 2 hours"
    assert span_words(2 * hours, pd.NaT) == "at least 2 hours"
    assert span_words(pd.NaT, pd.NaT) == "unknown"


def test_plot_timeline_brackets_the_gap_in_words(seed):
    from analysis.timeline import chart

    table, pairs = analysis.events(seed, known_times=KNOWN), analysis.timeline.gaps(seed, known_times=KNOWN)
    a = analysis.timeline.find_event(seed, "parliament vote")
    b = analysis.timeline.find_event(seed, "Pentagon denial")
    loose = analysis.gap(seed, a, b)
    fig, title, finding, alt = chart.plot_timeline(table, pairs, a, b, loose=loose,
                                                   names=("parliament vote", "Pentagon denial"), source="Source: test")
    texts = [t.get_text() for ax in fig.axes for t in ax.texts] + [t.get_text() for t in fig.texts]
    assert title.startswith("The Pentagon denial came between 8 and 12 hours after the parliament vote")
    assert any("the text alone:\nbetween 1 and 12 hours" in t for t in texts)
    assert any("just hours after" in t for t in texts)
    assert any("Baghdad time, UTC+3" in t.get_text() for t in fig.axes[0].get_yticklabels())
    assert "just hours after" in finding and alt.endswith(finding)
    import matplotlib.pyplot as plt

    plt.close(fig)


@pytest.mark.parametrize("parameters, named", [
    ({"known_times": "no/such.csv"}, "known_times: file 'no/such.csv' does not exist"),
    ({"from_event": "moon landing"}, "from_event='moon landing' matches no event"),
])
def test_notebook_bad_parameters_are_named(tmp_path, parameters, named):
    from analysis import render

    results = render.render(["02_timeline"], parameters, output_dir=str(tmp_path / "r"), progress=False)
    assert not results[0].ok
    assert "ParameterError" in results[0].error and named in results[0].error, results[0].error[-2000:]


def test_general_rules_for_numbers_months_and_putting_off():
    text = ("Talks adjourn\n\nThe board postponed until Tuesday any vote on the merger after a five-hour meeting. "
            "The firm said it lost money in November. Shares fell for twenty-five years in a row.")
    article = analysis.load_article(text, id="rules", published="2021-03-04", timezone="America/Chicago")  # Thursday
    frame = analysis.time_expressions(article)
    values = dict(zip(frame["text"].str.replace(r"^an? ", "", regex=True), frame["value"]))
    assert values["five-hour"] == "PT5H"  # "a five-hour": the article is not a number
    assert values["twenty-five years"] == "P25Y"
    assert values["Tuesday"] == "2021-03-09"  # "postponed until Tuesday": forwards, though the verb is past
    assert values["November"] == "2020-11"  # a past clause never looks forward


def test_lengths_and_plans():
    text = ("Strike ends\n\nA day-long strike ended a decades-long feud. On Friday, the government planned to pay "
            "the first claims. Protesters planned a march on Saturday.")
    article = analysis.load_article(text, id="plans", published="2021-03-04", timezone="Europe/Paris")  # Thursday
    frame = analysis.time_expressions(article)
    values = dict(zip(frame["text"].str.replace(r"^an? ", "", regex=True, case=False), frame["value"]))
    assert values["day-long"] == "P1D"
    assert values["decades-long"].startswith("PX")  # "a decades-long feud": not one decade
    assert values["Friday"] == "2021-02-26"  # the planning is dated: past
    assert values["Saturday"] == "2021-03-06"  # what was planned is dated: ahead


def test_chart_and_gaps_on_an_undated_and_a_long_story():
    from analysis.timeline import chart

    undated = analysis.load_article("Talks resume\n\nNegotiators met on Monday. The minister resigned on Tuesday.",
                                    id="undated2")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pairs = analysis.timeline.gaps(undated)
    assert pairs["min"].isna().all() and str(pairs["min"].dtype).startswith("timedelta")
    text = "Court rules\n\nThe court convicted the man on March 3, 2015. He was arrested in 2009 and released on Friday."
    article = analysis.load_article(text, id="long", published="2021-03-12", timezone="America/Chicago")
    table, pairs = analysis.events(article), analysis.timeline.gaps(article)
    assert table["label"].str.contains("is arrested").any()  # the passive stays passive
    a, b = (analysis.timeline.find_event(article, w) for w in ("arrest", "release"))
    fig, title, finding, alt = chart.plot_timeline(table, pairs, a, b, names=("arrest", "release"))
    assert title == "The release came between 11 and 12 years after the arrest"
    import matplotlib.pyplot as plt

    plt.close(fig)


def test_known_times_rows_for_other_stories_are_skipped_with_a_warning(seed):
    import warnings as _w

    import pandas as _pd

    import analysis as _a

    table = _pd.DataFrame([{"event": "volcano eruption", "earliest": "2020-01-01", "latest": "2020-01-02",
                            "timezone": "UTC", "source": "another story"}])
    with _w.catch_warnings(record=True) as caught:
        _w.simplefilter("always")
        with_table = _a.gap(seed, "parliament vote", "Pentagon denial", known_times=table)
    assert any("volcano eruption" in str(w.message) for w in caught)
    assert with_table.min == _a.gap(seed, "parliament vote", "Pentagon denial").min


def test_timelinejs_says_uncertain_times_relative_to_an_anchor(seed):
    import analysis as _a

    slides = {s["text"]["headline"]: s for s in _a.to_timelinejs(_a.events(seed))["events"]}
    vote = next(s for h, s in slides.items() if "parliament" in h.lower())
    assert vote["display_date"] == "1 hour to 12 hours before U.S. Defense Department knocks down reports"
    assert all(set(s) >= {"start_date", "end_date", "display_date", "text", "group"} for s in slides.values())


def _times(text: str, published: str, timezone: str = "America/New_York") -> tuple[pd.DataFrame, dict[str, str]]:
    """The time expressions of a small article and its text -> value map."""
    article = analysis.load_article(text, id="rules-" + str(abs(hash(text)) % 10**8), published=published,
                                    timezone=timezone)
    frame = analysis.time_expressions(article)
    return frame, dict(zip(frame["text"], frame["value"]))


def _values(text: str, published: str, timezone: str = "America/New_York") -> dict[str, str]:
    return _times(text, published, timezone)[1]


def test_quarters_halves_and_fiscal_years():
    text = ("Chipmaker's profit falls\n\nNEW YORK (AP) - The company said Tuesday its fourth-quarter profit fell "
            "12 percent, and it expects sales in the first quarter of 1999 to rise. Revenue in fiscal 1998 was $2 "
            "billion; in the first half of next year the firm plans to cut costs.\n\n"
            "The Knicks scored 30 points in the fourth quarter.")
    values = _values(text, "1999-01-19")  # a Tuesday in January: last year's fourth quarter
    assert values["fourth-quarter"] == "1998-Q4"
    assert values["the first quarter of 1999"] == "1999-Q1"
    assert values["fiscal 1998"] == "FY1998"
    assert values["the first half of next year"] == "2000-H1"
    assert "the fourth quarter" not in values  # a quarter of a game, not of the year


def test_seasons_weekends_and_the_past_year():
    text = ("Drought deepens\n\nFarmers said last summer was dry, and the summer of 1988 drier still. Rain fell "
            "over the weekend. Prices have doubled over the past year.")
    frame, values = _times(text, "1998-08-10", "America/Chicago")  # Mon
    assert values["last summer"] == "1997-SU"  # said in August: the summer before this one
    assert values["the summer of 1988"] == "1988-SU"
    weekend = frame[frame["text"] == "the weekend"].iloc[0]
    assert weekend["value"] == "1998-W32-WE"
    assert weekend["earliest"] == pd.Timestamp("1998-08-08", tz="America/Chicago")
    past = frame[frame["text"] == "the past year"].iloc[0]
    assert past["kind"] == "DURATION" and past["value"] == "P1Y"  # the twelve months to now, not 1997


def test_that_year_and_the_year_before_follow_the_story():
    text = ("A fugitive returns\n\nHe fled to Florida in June 1996 and returned later that year. Revenue dropped to "
            "$300 million last year, down from $450 million the year before.")
    values = _values(text, "1998-09-07")
    assert values["later that year"] == "1996"
    assert values["last year"] == "1997"
    assert values["the year before"] == "1996"


def test_day_before_a_date_an_event_and_the_week_of():
    text = ("Deadline extended\n\nThe suspect was last seen Nov. 3, the day before police issued a warrant. Talks "
            "were set for the week of March 6. Lawyers met the day before Tuesday's hearing. Marchers joined the "
            "annual March for Life.")
    frame, values = _times(text, "2000-02-24", "America/New_York")
    assert values["the week of March 6"] == "2000-W10"
    assert values["the day before Tuesday's"] == "2000-02-21"  # Tuesday the 22nd, less a day
    assert "the day before" not in values  # set beside Nov. 3, it describes that day
    assert not frame["text"].str.contains("March for").any() and "March" not in values


def test_clock_times_and_that_week_follow_the_story_not_a_date_ahead():
    text = ("Senate passes bill\n\nWASHINGTON (AP) - The measure takes effect Jan. 1. Earlier in the day, the Senate "
            "had rejected an amendment; at 10:30 a.m. the vote began. The House met on Aug. 3; the following week it "
            "recessed. He will resign at the end of the month. The 21st century will bring new challenges.")
    frame, values = _times(text, "1998-08-11", "America/New_York")
    assert values["Earlier in the day"] == "1998-08-11"  # a past clause is not on the day ahead (Jan. 1)
    assert values["10:30 a.m."] == "1998-08-11T10:30"
    assert values["the following week"] == "1998-W33"  # the week after Aug. 3's
    end = frame[frame["text"] == "the end of the month"].iloc[0]
    assert end["value"] == "1998-08" and end["earliest"].day >= 20
    assert values["The 21st century"] == "20"


def test_a_plan_told_in_the_past_reads_the_nearest_day():
    text = ("Vigil called off\n\nROCHESTER, N.Y. (AP) - A memorial service planned for Saturday was canceled after "
            "security plans were leaked. Protesters planned a march on Tuesday.")
    values = _values(text, "1999-10-24")  # a Sunday
    assert values["Saturday"] == "1999-10-23"  # yesterday, not six days ahead
    assert values["Tuesday"] == "1999-10-26"  # what was planned is still ahead


def test_clock_time_takes_its_sentences_day_and_nth_weekdays():
    text = ("Blast hits capital\n\nNAIROBI, Kenya (Xinhua) -- The president on Saturday visited the site of the "
            "explosion, which occurred at about 10:30 local time (0730 GMT) on Friday. The General Assembly opens "
            "on the third Tuesday of September.")
    frame, values = _times(text, "1998-08-08", "Africa/Nairobi")
    assert values["10:30 local time"] == "1998-08-07T10:30"  # Friday's, named after it, not Saturday's
    clock = frame[frame["text"] == "0730 GMT"].iloc[0]
    assert clock["value"] == "1998-08-07T07:30" and clock["earliest"].hour == 10  # GMT, read in Nairobi
    assert values["the third Tuesday of September"] == "1998-09-15"


def test_holidays_of_the_calendar_and_short_decades():
    text = ("Vigil in Little Havana\n\nMIAMI (AP) -- Protesters prayed on Sunday as Easter week began. The Good "
            "Friday agreement was signed in 1998. Officials will decide after Labor Day; she died on Memorial Day. "
            "Tourists flew to Easter Island. In the '60s, protests spread.")
    frame, values = _times(text, "2000-04-17")  # a Monday; Easter 2000 fell on April 23
    assert values["Easter week"] == "2000-W16"
    assert values["Labor Day"] == "2000-09-04"  # ahead: the clause is future
    assert values["Memorial Day"] == "1999-05-31"  # behind: the clause is past
    assert "Friday" not in values and "Easter" not in values  # an agreement and an island, not days
    assert values["the '60s"] == "196X"


def test_the_day_after_an_event_counts_from_the_last_date_told():
    text = ("Vigil for doctor\n\nBUFFALO, N.Y. -- The doctor was shot on Oct. 23 in his kitchen. Two men showed up "
            "at his house the day after his death, police said.")
    frame, values = _times(text, "1998-11-21")
    assert values["the day after"] == "1998-10-24"


def test_the_last_week_is_a_length_and_last_week_of_march_is_not_last_week():
    text = ("Sales slump\n\nPrices rose over the last week. He spent the last week of March in Paris. "
            "Last week, he left.")
    frame, values = _times(text, "2000-04-14")
    assert values["the last week"] == "P1W"  # the seven days to now
    assert values["Last week"] == "2000-W14"  # the calendar week before
    assert "last week" not in values  # "the last week of March" is no week before publication


def test_news_schedules_in_the_present_point_ahead():
    text = ("Talks to resume\n\nGENEVA (Reuters) - The talks resume Monday. The Senate is to vote Tuesday; the hearing "
            "is set for Friday and leaders are slated to meet Sunday. Officials said Tuesday the deal was close. "
            "Critics are raising doubts about Monday's session.")
    frame, values = _times(text, "2000-04-05")  # a Wednesday
    assert values["Monday"] == "2000-04-10"  # "resume Monday": a schedule
    assert frame[frame["text"] == "Tuesday"]["value"].tolist() == ["2000-04-11", "2000-04-04"]  # "is to"; "said"
    assert values["Friday"] == "2000-04-07" and values["Sunday"] == "2000-04-09"
    assert values["Monday's"] == "2000-04-03"  # the present clause is not the session's: the nearest past


def test_years_after_a_possessive_and_counts_that_are_not_years():
    text = ("Campaign costs\n\nClinton's 1996 campaign was costly. The company's 2000 workers struck, Kopp's 1987 "
            "Chevrolet was found, and Boeing's 1998 profit rose.")
    frame, values = _times(text, "1999-04-05")
    assert frame["value"].tolist() == ["1996", "1998"]  # "2000 workers" is a count, "1987 Chevrolet" a model


def test_a_paper_named_by_how_often_it_appears_is_no_set():
    text = ("Havana paper praises boy\n\nHAVANA (AP) -- The Communist Party daily Granma compared the boy with a hero, "
            "and the daily said the government held rallies almost daily. Israeli daily Haaretz and a weekly "
            "magazine carried the report, according to the Beijing daily. Clinton spoke in his weekly radio address; "
            "clinics open daily Monday through Friday.")
    article = analysis.load_article(text, id="paper-sets", published="2000-01-28", timezone="America/New_York")
    sets = analysis.time_expressions(article).query("kind == 'SET'")
    # "almost daily", "his weekly radio address", "open daily": how often things happen, not how often a paper appears
    assert [article.body[start - 7:end] for start, end in zip(sets["start"], sets["end"])] == [
        "almost daily", "in his weekly", "s open daily"]


def test_names_that_end_in_a_time_word_and_what_since_points_at():
    text = ("Leaders meet without Britain\n\nBRATISLAVA (AP) -- British Prime Minister Theresa May was not invited, a "
            "reporter for USA Today said. Clinton has held rallies since February, and Christmas trees came from "
            "Oregon. In May, leaders met; the boy will spend Christmas in Cuba. RT is the U.S. version of Russia "
            "Today, a network the Kremlin funds. Today, the leaders meet.")
    values = _values(text, "2016-09-18", "Europe/Bratislava")
    assert values == {"February": "2016-02", "May": "2016-05", "Christmas": "2016-12-25", "Today": "2016-09-18"}


def test_heights_counts_after_the_past_and_a_current_of_are_no_times():
    text = ("Doctor's letter\n\nWASHINGTON (AP) -- The letter says Trump is 6'3\" tall. He refused to do what every "
            "nominee has done in the past nine elections; this current of anger is new. We've had problems with "
            "hackers in the past, and the current system works, Obama said.")
    values = _values(text, "2016-09-15")
    assert values == {"in the past": "PAST_REF", "current": "PRESENT_REF"}


def test_days_are_counted_on_the_calendar_across_a_daylight_saving_change():
    # US clocks went forward on Sunday 2 April 2000: 24 hours before Monday's midnight was Saturday 11 p.m.
    text = ("Boy's father to fly\n\nMIAMI (AP) -- Reno met the relatives Sunday and spoke at 10 a.m. Sunday. "
            "Saturday's deadline passed three days ago. Talks went on over the weekend and last week.")
    frame, values = _times(text, "2000-04-03", "America/New_York")  # a Monday
    assert values["Sunday"] == "2000-04-02" and values["Saturday's"] == "2000-04-01"
    assert values["three days ago"] == "2000-03-31" and values["last week"] == "2000-W13"
    clock = frame[frame["text"] == "10 a.m. Sunday"].iloc[0]
    assert clock["earliest"] == pd.Timestamp("2000-04-02 10:00", tz="America/New_York")
    weekend = frame[frame["text"] == "the weekend"].iloc[0]
    assert weekend["value"] == "2000-W13-WE"
    assert weekend["latest"] == pd.Timestamp("2000-04-02 23:59:59", tz="America/New_York")


def test_a_clock_time_with_its_day_anchors_the_next_bare_clock_time():
    text = ("Markets slide\n\nNEW YORK (AP) -- The fund's founder, born on 12 March 1950, sold early. The market "
            "closed at 5 p.m. Tuesday. Officials spoke at 6 p.m. EDT.")
    values = _values(text, "1998-08-12")  # a Wednesday
    assert values["5 p.m. Tuesday"] == "1998-08-11T17:00"
    assert values["6 p.m. EDT"] == "1998-08-11T18:00"  # Tuesday's, not the birthday named before it


def test_a_schedule_the_tagger_misreads_and_a_date_that_is_due():
    text = ("Senate to vote\n\nWASHINGTON (AP) -- The Senate votes Thursday on the bill. A decision is due Friday; "
            "the last one was due Monday.")
    values = _values(text, "1998-08-12")  # a Wednesday
    assert values["Thursday"] == "1998-08-13"  # "votes", read as a plural noun, is the present of a schedule
    assert values["Friday"] == "1998-08-14" and values["Monday"] == "1998-08-10"


def test_business_shorthand_us_zone_names_and_a_schedule_in_the_present():
    text = ("Retailer warns\n\nNEW YORK (AP) -- Sales fell in Q4, and the company expects Q3 2019 rules to weigh on "
            "H1 2020 and on FY2021; 4Q19 margins shrank. It holds H1 visas for staff. The call is at 9:30 a.m. ET; "
            "rivals report at 6 p.m. Pacific time. In the early hours of Monday, the board met. The vote is in "
            "November.")
    frame, values = _times(text, "2020-01-06T14:00", "Europe/London")
    assert values["Q4"] == "2019-Q4" and values["Q3 2019"] == "2019-Q3" and values["4Q19"] == "2019-Q4"
    assert values["H1 2020"] == "2020-H1" and values["FY2021"] == "FY2021"
    assert not frame["text"].str.contains("H1 visa|hours").any()  # a visa; "the early hours of" is no length
    call = frame[frame["text"] == "9:30 a.m. ET"].iloc[0]
    assert call["value"] == "2020-01-06T09:30" and call["earliest"] == pd.Timestamp("2020-01-06 14:30", tz="UTC")
    assert frame[frame["text"] == "6 p.m. Pacific time"].iloc[0]["earliest"] == pd.Timestamp("2020-01-07 02:00",
                                                                                               tz="UTC")
    assert values["November"] == "2020-11"  # "is in November", said in January: the one ahead


def test_days_in_a_datelined_story_are_the_dateline_citys():
    text = ("Japan vows calm\n\nTOKYO (AP) — Japan's prime minister said Tuesday that talks held on Monday went "
            "well. Today, markets rose.")
    stamped = analysis.load_article(text, id="tokyo-evening", published="2020-01-06 21:00", timezone="America/New_York")
    frame = analysis.time_expressions(stamped)  # 9 p.m. Monday in New York is 11 a.m. Tuesday in Tokyo
    assert dict(zip(frame["text"], frame["value"])) == {"Tuesday": "2020-01-07", "Monday": "2020-01-06",
                                                        "Today": "2020-01-07"}
    said = analysis.events(stamped).iloc[0]
    assert said["timezone"] == "Asia/Tokyo" and said["earliest"] == pd.Timestamp("2020-01-07", tz="Asia/Tokyo")
    dated = analysis.load_article(text, id="tokyo-day", published="2020-01-06", timezone="America/New_York")
    assert analysis.time_expressions(dated)["value"].tolist()[-1] == "2020-01-06"  # a date alone: its own day


def test_decades_are_counted_in_years_as_a_decade_is():
    text = "Feud ends\n\nHAVANA (AP) -- The decades-long feud ended after a decade of talks and several decades of war."
    values = _values(text, "2000-01-15")
    assert values == {"decades-long": "PXY", "a decade": "P10Y", "several decades": "PXY"}


def test_dotted_dates_are_day_first_and_numbers_alone_are_no_dateparser_dates():
    text = ("Court upholds ban\n\nBERLIN (dpa) -- The ruling of 06.01.2020 stands; version 1.2.2019.3 of the software "
            "shipped. The 60s were wild, and during 2019-20 sales rose.")
    frame, values = _times(text, "2020-01-08", "Europe/Berlin")
    # not "60s" as January 7 nor "2019-20" as January 20: the two years of a season
    assert values == {"06.01.2020": "2020-01-06", "2019-20": "2019"}
    assert frame.set_index("text").loc["2019-20", "latest"] == pd.Timestamp("2020-12-31 23:59:59", tz="Europe/Berlin")


def test_the_verb_last_is_no_part_of_a_length():
    text = ("Leaders to meet\n\nBEIJING (Xinhua) -- The talks will last three days; prices rose over the last two "
            "years.")
    values = _values(text, "1999-03-13")
    assert values == {"three days": "P3D", "the last two years": "P2Y"}


def test_weekdays_in_names_black_friday_and_cyber_monday():
    text = ("Holiday sales\n\nNEW YORK (AP) -- Shoppers spent more on Black Friday and Cyber Monday. Clinton won on "
            "Super Tuesday, and Derry marked Bloody Sunday. He left on Friday.")
    values = _values(text, "2016-12-01")  # Thanksgiving 2016 fell on November 24
    assert values == {"Black Friday": "2016-11-25", "Cyber Monday": "2016-11-28", "Friday": "2016-11-25"}


def test_iso_stamps_with_a_time_are_times_on_their_offset():
    text = ("Live updates\n\nLONDON (AP) -- The log shows the server restarted at 2021-03-04T09:30:00Z; the first "
            "post, on 2021-03-03, is below.\n\nEngineers are still looking into it.")
    frame, values = _times(text, "2021-03-04T10:00", "America/New_York")
    stamp = frame[frame["text"] == "2021-03-04T09:30:00Z"].iloc[0]
    assert stamp["kind"] == "TIME" and stamp["earliest"] == pd.Timestamp("2021-03-04 04:30", tz="America/New_York")
    assert values["2021-03-03"] == "2021-03-03"


def test_a_time_of_day_alone_is_on_the_day_the_story_tells():
    text = ("Raid in Little Havana\n\nMIAMI (AP) -- Agents seized the boy on Saturday. In the morning, crowds "
            "gathered; by nightfall they had left. Police patrol the area at night, the chief said in the morning "
            "briefing.")
    frame, values = _times(text, "2000-04-05")  # a Wednesday
    morning = frame[frame["text"] == "the morning"].iloc[0]
    assert morning["value"] == "2000-04-01" and morning["earliest"].hour == 5  # Saturday's morning
    assert values["nightfall"] == "2000-04-01"
    assert "night" not in values  # "patrol at night": a habit in the present, no time of the story
    assert len(frame[frame["text"] == "the morning"]) == 1  # "the morning briefing" is a briefing


def test_a_captions_present_tense_is_what_the_photo_shows_so_its_weekday_is_past():
    article = analysis.load_article(__import__("pathlib").Path(__file__).parent / "articles" / "ledger_page.html")  # Sunday 16 March 2025, 9:04 p.m.
    times = analysis.time_expressions(article)
    caption = times[times["part"] == "caption"].iloc[0]  # "A deportation flight leaves El Paso on Saturday."
    assert (caption["text"], caption["value"]) == ("Saturday", "2025-03-15")
    text = ("Storm\n\nCrews worked through the night.\n\nResidents will return on Saturday, officials say. "
            "(Photo by Jane Roe/Getty Images)\n\nThe storm hit on Thursday.\n\nMore follows.")
    future = analysis.time_expressions(analysis.load_article(text, published="2025-03-13", timezone="UTC"))
    assert future[future["part"] == "caption"]["value"].tolist() == ["2025-03-15"]  # "will" still points ahead


def test_that_afternoon_and_that_evening_are_the_day_told_not_the_next_or_the_one_before():
    text = ("Curfew lifted\n\nCHARLOTTE, N.C. — The Guard will remain in the city through Sunday, when the Panthers "
            "host the Vikings that afternoon. Protesters marched on Thursday and gathered again that evening.")
    values = _values(text, "2016-09-25")  # a Sunday
    assert values["that afternoon"] == "2016-09-25"  # "afternoon" holds the letters of "after", not its meaning
    assert values["that evening"] == "2016-09-22"  # nor "evening" those of "eve"


def test_the_summer_of_a_year_after_in_is_one_expression():
    text = ("Climate bill fails\n\nWASHINGTON — But in the summer of 2010, the bill died. By the fall of 2010, "
            "the groups had won. In the spring, talks resumed.")
    values = _values(text, "2016-09-08")
    assert values["the summer of 2010"] == "2010-SU" and values["the fall of 2010"] == "2010-FA"
    assert "2010" not in values and values["the spring"] == "2016-SP"


def test_shares_ordinals_and_compounds_are_no_lengths_and_fractions_are():
    text = ("College costs\n\nSave a quarter of the cost, experts say. Less than a quarter of donors gave $200. "
            "SAVE A QUARTER Let's say a degree will cost $160,000. Police found a second device. On a day-to-day "
            "basis, little changes. The firm's profit fell for a quarter. He waited a second or two. It took a "
            "quarter of an hour; a half-century of military rule ended, after a quarter-century in exile.")
    values = _values(text, "2016-09-24")
    assert values == {"a quarter": "P1Q", "a second": "PT1S", "a quarter of an hour": "PT15M",
                      "a half-century": "P50Y", "a quarter-century": "P25Y"}


def test_times_beyond_what_a_timestamp_holds_keep_their_values_without_bounds():
    text = ("Old church restored\n\nROME (AP) -- The church, built in 1550 and five centuries ago the seat of a "
            "bishop, stood for three centuries before it fell; centuries ago it held the 1600s' largest bell. In the "
            "summer of 1550 it burned. It was restored in the 1980’s and again in 2016.")
    frame, values = _times(text, "2016-09-24", "Europe/Rome")
    assert values["1550"] == "1550" and values["five centuries ago"] == "1516" and values["the 1600s"] == "16"
    assert values["three centuries"] == "P300Y" and values["centuries ago"] == "PAST_REF"
    assert values["the summer of 1550"] == "1550-SU" and values["the 1980’s"] == "198X"
    old = frame[frame["text"].isin(["1550", "five centuries ago", "the summer of 1550", "centuries ago"])]
    assert old["earliest"].isna().all() and frame[frame["text"] == "three centuries"]["max_duration"].isna().all()
    assert frame[frame["text"] == "2016"]["earliest"].notna().all()


def test_a_date_of_last_year_lengths_from_now_rates_and_oclock():
    text = ("Campaign notes\n\nWASHINGTON — \"When we started this journey on June 16th of last year, who knew,\" he "
            "said. Leaders agreed to a plan by March of next year. Polls are no measure of intentions six weeks from "
            "now. Bankers got $500 every three months and earned $35,000 a year, or $12 an hour, working 60 hours a "
            "week; a veteran dies every 72 minutes. The plan should be ready by 6 o'clock this afternoon, a day after "
            "he tweeted at three o'clock in the morning.")
    frame, values = _times(text, "2016-09-12")  # a Monday
    assert values["June 16th of last year"] == "2015-06-16" and values["March of next year"] == "2017-03"
    assert values["six weeks from now"] == "2016-W43"  # the week of Monday 24 October
    sets = frame[frame["kind"] == "SET"]
    assert dict(zip(sets["text"], sets["value"])) == {"every three months": "P3M", "a year": "P1Y",
                                                      "an hour": "PT1H", "a week": "P1W", "every 72 minutes": "PT72M"}
    assert values["60 hours"] == "PT60H"
    assert values["6 o'clock this afternoon"] == "2016-09-12T18:00"
    assert values["three o'clock in the morning"].endswith("T03:00")


def test_into_saturday_would_after_a_said_day_and_quoted_show_titles():
    text = ("Red weather warning extended into Saturday\n\nLONDON — The minister said Monday he would travel Tuesday "
            "to the coast, and officials said on Friday the talks would resume Monday. Protests have gone on "
            "through Sunday. On this weekend’s broadcast of “Fox News Sunday,” and on ABC’s “This Week,” the "
            "storm led. “Next Monday,” he said, the roads reopen.")
    frame = analysis.time_expressions(analysis.load_article(text, id="storm-week", published="2016-09-21",
                                                            timezone="Europe/London"))  # a Wednesday
    pairs = list(zip(frame["text"], frame["value"]))
    assert pairs == [("Saturday", "2016-09-24"),  # "extended into Saturday": the coming one
                     ("Monday", "2016-09-19"), ("Tuesday", "2016-09-20"),  # the Tuesday after the Monday it was said
                     ("Friday", "2016-09-16"), ("Monday", "2016-09-19"), ("Sunday", "2016-09-18"),
                     ("this weekend", "2016-W38-WE"), ("Next Monday", "2016-09-26")]  # no show’s title is a date


def test_a_datelines_date_is_read_and_anchors_the_day_before():
    text = ("Iran warns Taliban\n\nTEHRAN, August 8 (Xinhua) -- Iran warned the Taliban over its missing "
            "diplomats. The foreign ministry had summoned the envoy the day before.")
    article = analysis.load_article(text, id="xinhua-dateline", published="1998-08-10", timezone="Asia/Tehran")
    frame = analysis.time_expressions(article)
    first = frame.iloc[0]
    assert (first["part"], first["text"], first["value"]) == ("dateline", "August 8", "1998-08-08")
    assert article.dateline[first["start"]:first["end"]] == "August 8"
    assert dict(zip(frame["text"], frame["value"]))["the day before"] == "1998-08-07"  # before the dateline's day


def test_a_day_named_on_a_noun_in_a_clause_not_past_is_the_nearest_such_day():
    before = ("Debate looms\n\nNEW YORK (AP) — Trump and Clinton meet for the first of three debates Monday at "
              "Hofstra. Trump has complimented the moderator of Monday night's debate, and a majority of voters "
              "expect Clinton to win Monday's debate.")
    assert set(_values(before, "2016-09-23").values()) == {"2016-09-26"}  # a Friday: the Monday ahead
    after = ("Debate lingers\n\nNEW YORK (AP) — Monday's debate might not move mountains. Protesters kept going "
             "until nearly 2 a.m. Friday. The economy will grow 1.6 percent, less than forecast in July.")
    values = _values(after, "2016-10-05")  # a Wednesday
    assert values["Monday's"] == "2016-10-03"  # "might" says nothing of when the debate was
    assert values["2 a.m. Friday"] == "2016-09-30T02:00"  # "kept going": past, "going" no "going to"
    assert values["July"] == "2016-07"  # the forecast's date, behind


def test_a_paper_named_today_in_running_text_and_a_live_blogs_stamp():
    text = ("The Latest: Trump's taxes\n\nNEW YORK (AP) — The Latest on the race (all times EDT):\n\n10 a.m.\n\n"
            "The New York Times reported Saturday that it had received the filings.\n\n___.\n\n2 p.m.\n\n"
            "Clinton is seizing on the report. USA TODAY's tally of donors doesn't include it, and Russia Today "
            "reported it too. Today, the candidates campaign.")
    values = _values(text, "2016-10-03")  # a Monday
    assert values["Saturday"] == "2016-10-01"
    assert values["10 a.m."] == "2016-10-03T10:00"
    assert values["2 p.m."] == "2016-10-03T14:00"  # an update's stamp: today, not the Saturday told just before
    assert values["Today"] == "2016-10-03" and len([v for v in values if v.lower() == "today"]) == 1


def test_a_weekday_on_a_noun_takes_the_day_the_storys_other_mentions_tell():
    text = ("The Latest: Trump mic\n\nNEW YORK (AP) — At Monday's debate, Clinton cited his remarks. Trump "
            "sniffed loudly on Monday night. He is raising questions about his microphone during Monday's debate, and "
            "the impact of Monday's debate is still small. If she were to win in November, she would sign it.")
    frame, values = _times(text, "2016-09-30")  # a Friday: the nearest Monday alone would be the one ahead
    mondays = frame[frame["text"].str.startswith("Monday")]
    assert set(mondays["value"]) == {"2016-09-26"} and len(mondays) == 4
    assert (mondays["earliest"].dt.day == 26).all()
    assert values["November"] == "2016-11"  # "were to win": ahead, no past


def test_plural_days_are_sets_and_a_clock_time_in_their_sentence_has_no_date():
    text = ("Caddell on health\n\nWASHINGTON — Clinton left an event on September 11th early. Breitbart News Daily "
            "airs on SiriusXM Patriot 125 weekdays from 6:00 a.m. to 9:00 a.m. Eastern; the museum is closed "
            "Mondays and open on weekends.")
    frame, values = _times(text, "2016-09-15")
    assert values["weekdays"] == "XXXX-WXX-WD" and values["Mondays"] == "XXXX-WXX-1"
    assert values["weekends"] == "XXXX-WXX-WE"
    clocks = frame[frame["kind"] == "TIME"]
    assert clocks["value"].tolist() == ["XXXX-XX-XXT06:00", "XXXX-XX-XXT09:00"]  # not September 11th's
    assert clocks["earliest"].isna().all()


def test_that_day_in_a_month_and_tomorrow_as_the_future():
    text = ("Coal mine deal\n\nCHARLESTON, W.Va. — It was early April. Until that day in April, Mr. Clarke had never "
            "been in a mine; families hope for a brighter tomorrow. The vote is tomorrow.")
    values = _values(text, "2016-10-02")
    assert values["that day in April"] == "2016-04"  # a day of April, not the publication day
    frame, _ = _times(text, "2016-10-02")
    assert frame["value"].tolist() == ["2016-04", "2016-04", "FUTURE_REF", "2016-10-03"]


def test_a_clock_time_after_an_indefinite_article_is_on_no_date():
    text = ("Trump tweets\n\nMIAMI (AP) — Trump tweeted at 3 a.m. Friday, saying it shows he'd be awake for a "
            "3 a.m. call. The rally began at 10 a.m.")
    frame, values = _times(text, "2016-09-30")
    assert values["3 a.m. Friday"] == "2016-09-30T03:00" and values["10 a.m."] == "2016-09-30T10:00"
    generic = frame[frame["value"] == "XXXX-XX-XXT03:00"]
    assert len(generic) == 1 and generic["earliest"].isna().all()  # any such call's hour


def test_a_deadline_ordered_in_the_past_lies_ahead_and_counts_per_day_are_rates():
    text = ("Court strikes map\n\nMONTGOMERY, Ala. — A three-judge panel ordered the state to draw a new map by Aug. 1. "
            "The bridge carries about 30,000 vehicles a day; she works two days a week.")
    values = _values(text, "2025-06-14")
    assert values["Aug. 1"] == "2025-08-01"  # "ordered ... to draw by": ahead, not the August before
    assert values["a day"] == "P1D" and values["a week"] == "P1W" and values["two days"] == "P2D"
    frame, _ = _times(text, "2025-06-14")
    assert frame[frame["text"].isin(["a day", "a week"])]["kind"].tolist() == ["SET", "SET"]


def test_one_day_ahead_is_some_day_and_a_percent_a_year_is_a_rate():
    text = ("Bakery feud\n\nMIAMI — The boy hopes to run the bakery one day, and she will be president one day. The "
            "trial will last one day. Sales will grow by 6% a year.")
    frame, _ = _times(text, "2016-09-27")
    assert list(zip(frame["text"], frame["kind"], frame["value"])) == [
        ("one day", "DATE", "FUTURE_REF"), ("one day", "DATE", "FUTURE_REF"), ("one day", "DURATION", "P1D"),
        ("a year", "SET", "P1Y")]


def test_on_a_day_is_the_day_the_story_tells():
    text = ("Museum opens\n\nWASHINGTON — Obama dedicated the museum on Saturday. On a day rich in symbolism, he "
            "spoke of struggle; the work took a day.")
    frame, _ = _times(text, "2016-09-25")
    assert list(zip(frame["text"], frame["kind"], frame["value"])) == [
        ("Saturday", "DATE", "2016-09-24"), ("a day", "DATE", "2016-09-24"), ("a day", "DURATION", "P1D")]


def test_the_following_morning_after_a_past_month_is_a_day_of_that_month():
    text = ("Cruz endorses Trump\n\nWASHINGTON — In a message posted Friday, Cruz said he would vote for Trump. He "
            "refused to endorse him at the convention in July. At a breakfast the following morning, he held firm. "
            "On Wednesday, he met Trump; the next day, he called donors.")
    values = _values(text, "2016-09-26")  # a Monday
    assert values["the following morning"] == "2016-07"  # some day of July, not the day after Friday or today
    assert values["the next day"] == "2016-09-22"  # after a day named again, days count from it


def test_an_undated_article_is_warned_about_once_not_once_per_extractor():
    import warnings as _warnings

    article = analysis.load_article("Talks resume\n\nThe two sides met on Monday and will meet again next week.")
    with _warnings.catch_warnings(record=True) as caught:
        _warnings.simplefilter("always")
        analysis.time_expressions(article)
        analysis.events(article)
        analysis.time_expressions(article)
    assert sum("no publication date" in str(w.message) for w in caught) == 1
    again = analysis.load_article("Talks resume\n\nThe two sides met on Monday and will meet again next week.")
    with pytest.warns(UserWarning, match="no publication date"):  # another article object is told again
        analysis.time_expressions(again)


# ------------------------------------------------------------------ shapes of time in other outlets and countries
ARTICLES = __import__("pathlib").Path(__file__).parent / "articles"


def _article_times(name: str, published: str, timezone: str) -> pd.DataFrame:
    article = analysis.load_article(ARTICLES / f"timex_{name}.txt", published=published, timezone=timezone)
    return analysis.time_expressions(article).set_index("text")


def _bounds(row) -> tuple[str, str]:
    return f"{row['earliest']:%Y-%m-%d %H:%M}", f"{row['latest']:%Y-%m-%d %H:%M}"


def test_british_dates_24_hour_clocks_and_day_first_figures():
    times = _article_times("british_dates", "2019-07-10T09:00", "Europe/London")  # a Wednesday
    values = times["value"].to_dict()
    assert values["Monday 8 July"] == "2019-07-08" and values["Tuesday 16 July"] == "2019-07-16"
    assert values["6th Jan"] == "2019-01-06" and values["3 June 2019"] == "2019-06-03"
    assert values["2019-07-12"] == "2019-07-12"
    assert values["10/06/2019"] == "2019-06-10"  # a British paper writes the day first
    # "14.30 BST on Monday", "shortly before 18:42" (the Monday its sentence names), "0900 local time"
    assert _bounds(times.loc["14.30 BST on Monday"]) == ("2019-07-08 14:30", "2019-07-08 14:30")
    assert _bounds(times.loc["18:42"]) == ("2019-07-08 18:42", "2019-07-08 18:42")
    assert times.loc["0900 local time", "earliest"].hour == 9
    # "6.30am on Thursday 18 July": the date written beside the weekday is read, not left as the month "July"
    assert _bounds(times.loc["6.30am on Thursday 18 July"]) == ("2019-07-18 06:30", "2019-07-18 06:30")
    assert "July" not in values
    assert values["midday on Friday"] == "2019-07-12T12:00"  # "will be available ... at midday on Friday"


def test_clock_times_named_after_a_zone_of_asia_australia_and_the_united_states():
    times = _article_times("world_zones", "2020-01-09T08:00", "America/New_York")
    # 3:30 p.m. in India (UTC+5:30) is 5 a.m. in New York; 4 p.m. in Sydney's summer (UTC+11) is midnight
    assert _bounds(times.loc["3:30 p.m. IST"]) == ("2020-01-09 05:00", "2020-01-09 05:00")
    assert _bounds(times.loc["4 p.m. AEDT"]) == ("2020-01-09 00:00", "2020-01-09 00:00")
    assert _bounds(times.loc["9:30 a.m. HKT"]) == ("2020-01-08 20:30", "2020-01-08 20:30")
    assert _bounds(times.loc["2 p.m. ET on Friday"]) == ("2020-01-10 14:00", "2020-01-10 14:00")
    assert _bounds(times.loc["9 a.m. Pacific on Monday"]) == ("2020-01-13 12:00", "2020-01-13 12:00")
    assert times.loc["28/10/2019", "value"] == "2019-10-28"  # a first number over 12 is a day anywhere


def test_ranges_of_days_and_hours_written_once():
    # a range is one row: the value its first day or time (TIMEX3 has none for a range), the bounds the whole range
    times = _article_times("ranges", "2020-01-07T12:00", "America/Los_Angeles")  # a Tuesday
    assert times.loc["Jan. 7-10", "value"] == "2020-01-07"
    assert _bounds(times.loc["Jan. 7-10"]) == ("2020-01-07 00:00", "2020-01-10 23:59")
    assert _bounds(times.loc["14-16 January"]) == ("2020-01-14 00:00", "2020-01-16 23:59")
    assert _bounds(times.loc["6th Jan until the 8th"]) == ("2020-01-06 00:00", "2020-01-08 23:59")
    # "from Monday to Wednesday last week": both days in the week before
    assert _bounds(times.loc["Monday to Wednesday last week"]) == ("2019-12-30 00:00", "2020-01-01 23:59")
    # "between 2 and 4 p.m. Tuesday", "from 9 to 11 a.m.": the first hour takes the range's p.m. or a.m.
    assert times.loc["2 and 4 p.m. Tuesday", "value"] == "2020-01-07T14:00"
    assert _bounds(times.loc["2 and 4 p.m. Tuesday"]) == ("2020-01-07 14:00", "2020-01-07 16:00")
    assert _bounds(times.loc["9 to 11 a.m."]) == ("2020-01-07 09:00", "2020-01-07 11:00")
    frame, values = _times("Metro strike\n\nThe strike ran between 14:00 and 16:00 on Tuesday. Trains left at 14:00 and "
                           "16:00 on Monday, and talks were held Monday and Friday.", "2020-01-08T20:00", "Europe/Paris")
    strike = frame.set_index("text").loc["14:00 and 16:00 on Tuesday"]
    assert _bounds(strike) == ("2020-01-07 14:00", "2020-01-07 16:00")
    assert {"16:00 on Monday", "Monday", "Friday"} <= set(values)  # two times and two days, no ranges


def test_business_periods_and_early_mid_late_narrow_the_bounds():
    times = _article_times("business_periods", "2019-09-12T10:00", "America/Los_Angeles")
    assert times.loc["early 2019", "value"] == "2019"
    assert _bounds(times.loc["early 2019"]) == ("2019-01-01 00:00", "2019-04-30 23:59")
    assert _bounds(times.loc["mid-2019"]) == ("2019-05-01 00:00", "2019-08-31 23:59")
    assert times.loc["late last month", "value"] == "2019-08"
    assert _bounds(times.loc["late last month"]) == ("2019-08-21 00:00", "2019-08-31 23:59")
    assert times.loc["end-March", "value"] == "2020-03"  # "would open by end-March": ahead
    assert _bounds(times.loc["end-March"]) == ("2020-03-21 00:00", "2020-03-31 23:59")
    assert times.loc["Q3", "value"] == "2019-Q3" and times.loc["fiscal 2020", "value"] == "FY2020"
    assert times.loc["the first half of the year", "value"] == "2019-H1"
    assert times.loc["the late 1990s", "value"] == "199X"
    assert _bounds(times.loc["the late 1990s"]) == ("1996-01-01 00:00", "1999-12-31 23:59")
    assert times.loc["the 2010s", "value"] == "201X"


def test_overnight_midday_the_weekend_and_days_counted_back():
    times = _article_times("day_parts", "2020-02-12T18:00", "Europe/London")  # a Wednesday evening
    values = times["value"].to_dict()
    assert _bounds(times.loc["overnight"]) == ("2020-02-11 19:00", "2020-02-12 05:59")  # the night just gone
    assert values["midday"] == "2020-02-12T12:00"
    assert values["last Thursday night"] == "2020-02-06" and times.loc["last Thursday night", "earliest"].hour == 19
    assert values["Earlier in the day"] == "2020-02-06" and values["The day before"] == "2020-02-05"
    assert values["a fortnight ago"] == "2020-W05"  # 29 January
    assert values["this time last year"] == "2019-02-12"
    assert values["noon on Tuesday"] == "2020-02-18T12:00" and values["this weekend"] == "2020-W07-WE"
    assert values["the 20th"] == "2020-02-20"  # "will meet again on the 20th"


def test_odd_figures_never_raise_and_a_clock_on_a_far_date_keeps_its_day():
    text = ("Archive\n\nHe left at 5 p.m. on 2/28/1700, at 5 p.m. Feb. 30 and at noon on the 31st of June; on the "
            "31st the vault shut. The 1700 GMT bulletin ran.")
    with pytest.warns(UserWarning, match="in the future"):  # the loader says so of a date that far ahead
        frame, values = _times(text, "2261-12-31", "UTC")
    assert values["5 p.m."] == "1700-02-28T17:00"  # the date its sentence names, centuries before publication
    assert not frame["text"].str.contains("Feb. 30|31st of June").any()  # no such days
    # a stamp line the loader reads as the year 9999: no day to count from, so relative expressions stay unresolved
    stamped = analysis.load_article("Talks\n\nThey met on Sunday night and will meet on the 14th.\n\n12/31/9999")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        values = dict(zip(*[analysis.time_expressions(stamped)[c] for c in ("text", "value")]))
    assert values == {"Sunday night": "XXXX-WXX-7", "the 14th": "XXXX-XX-14"}


def test_financial_years_seasons_a_weekday_in_parentheses_and_the_early_hours():
    times = _article_times("india_budget", "2023-02-02T09:00", "Asia/Kolkata")
    assert times.loc["2023-24 financial year", "value"] == "FY2024"  # April 2023 to March 2024, in the bounds
    assert _bounds(times.loc["2023-24 financial year"]) == ("2023-01-01 00:00", "2024-12-31 23:59")
    assert _bounds(times.loc["2022/23"]) == ("2022-01-01 00:00", "2023-12-31 23:59")  # both years
    assert times.loc["2014-19", "value"] == "2014"  # "the 2014-19 government": the first year, bounds to 2019's end
    assert _bounds(times.loc["2014-19"]) == ("2014-01-01 00:00", "2019-12-31 23:59")
    assert times.loc["Saturday", "value"] == "2023-04-01"  # "on April 1 (Saturday)", not the Saturday just gone
    assert _bounds(times.loc["11am"]) == ("2023-02-01 11:00", "2023-02-01 11:00")  # "on Wednesday ... at 11am"
    assert _bounds(times.loc["0530 GMT"]) == ("2023-02-01 11:00", "2023-02-01 11:00")
    assert _bounds(times.loc["3.30pm IST"]) == ("2023-02-01 15:30", "2023-02-01 15:30")
    assert _bounds(times.loc["Monday"]) == ("2023-01-30 00:00", "2023-01-30 05:59")  # "the early hours of Monday"


def test_a_time_in_another_zone_in_parentheses_and_weekday_ranges_that_run_forwards():
    times = _article_times("wire_parentheses", "2020-03-10T22:00", "America/New_York")  # Tuesday evening
    # "0100 GMT Wednesday": Wednesday on GMT's calendar (already under way at publication), which is Tuesday 9 p.m.
    # in New York, as is "8 p.m. EST" beside it (EST written during daylight time: an hour later on the clock)
    assert _bounds(times.loc["0100 GMT Wednesday"]) == ("2020-03-10 21:00", "2020-03-10 21:00")
    assert times.loc["8 p.m. EST", "value"] == "2020-03-10T20:00"
    assert _bounds(times.loc["8 p.m. EST"]) == ("2020-03-10 21:00", "2020-03-10 21:00")
    assert _bounds(times.loc["Monday-Friday"]) == ("2020-03-02 00:00", "2020-03-06 23:59")  # "held Monday-Friday"
    assert _bounds(times.loc["Thursday to Monday"]) == ("2020-03-12 00:00", "2020-03-16 23:59")  # "will run from"
    saturday = _article_times("wire_parentheses", "2020-03-14T10:00", "America/New_York")
    # said on a Saturday: the Monday after the Thursday, not the one before it
    assert _bounds(saturday.loc["Thursday to Monday"]) == ("2020-03-19 00:00", "2020-03-23 23:59")


def test_a_length_after_in_that_looks_ahead_is_the_time_that_far_ahead():
    times = _article_times("offsets_ahead", "2021-03-10T11:00", "Europe/London")  # a Wednesday
    rows = times.reset_index()
    values = dict(zip(rows["text"] + "|" + rows["kind"], rows["value"]))
    assert values["two weeks|DATE"] == "2021-W12"  # "will vote ... in two weeks' time": 24 March
    assert values["a fortnight|DATE"] == "2021-W12"  # "the cabinet will meet in a fortnight"
    assert values["three days|DATE"] == "2021-03-13"  # "officers will report back in three days"
    assert values["the week before last|DATE"] == "2021-W08" and values["the year after next|DATE"] == "2023"
    # "the first time in three years" and "finished the last overhaul in three days" stay lengths
    assert values["three years|DURATION"] == "P3Y" and values["three days|DURATION"] == "P3D"
    # a headline's present and a description in the present: a span back after an ordinal or a superlative
    frame, found = _times("Waiting list falls for first time in a year\n\nBurke faces his first serious opponent in "
                          "two decades. Prices are at their highest in a decade. The process occurs over a period of "
                          "years, not in one year.", "2024-01-06", "Europe/London")
    assert found == {"a year": "P1Y", "two decades": "P20Y", "a decade": "P10Y", "one year": "P1Y"}


def test_seasons_without_an_article_in_a_clause_that_tells_when():
    times = _article_times("seasons_without_article", "2019-07-10T11:00", "Europe/London")
    rows = times.reset_index()
    assert times.loc["autumn", "value"] == "2019-FA" and times.loc["spring", "value"] == "2020-SP"  # ahead
    assert rows[rows["text"] == "winter"]["value"].tolist() == ["2018-WI"]  # "fell in winter"; "often flood in
    # winter" is a habit and "the summer season" no season of the story
    assert "summer" not in set(rows["text"])


def test_vague_hours_and_decades_and_the_next_few_days():
    text = ("Rescuers search rubble\n\nTOKYO (AP) — Rescuers pulled survivors out within hours, and more were found "
            "in recent hours. Officials expect aftershocks in the coming hours, and a report in the next few days. "
            "In recent decades, quakes have grown more frequent.")
    frame, values = _times(text, "2020-01-08T20:00", "Asia/Tokyo")
    rows = frame.set_index("text")
    assert values["within hours"] == "PTXH" and rows.loc["within hours", "kind"] == "DURATION"
    # counted from the hour of publication, not from midnight
    assert _bounds(rows.loc["in recent hours"]) == ("2020-01-07 20:00", "2020-01-08 20:00")
    assert _bounds(rows.loc["in the coming hours"]) == ("2020-01-08 21:00", "2020-01-09 20:00")
    assert values["In recent decades"] == "PAST_REF"
    assert values["the next few days"] == "PXD"  # was read as nothing at all


def test_these_days_nowadays_and_at_the_moment_are_the_present():
    text = ("Prices\n\nThese days, prices are high. Nowadays few people cook, and at the moment the shop is shut. In "
            "these days of austerity, at the moment of impact, he ran.")
    frame, values = _times(text, "2020-01-08", "Europe/London")
    assert [values[k] for k in ("These days", "Nowadays", "at the moment")] == ["PRESENT_REF"] * 3
    assert len(frame[frame["value"] == "PRESENT_REF"]) == 3  # not "these days of", "the moment of impact"
    assert frame.set_index("text").loc["Nowadays", "earliest"] == pd.Timestamp("2020-01-08", tz="Europe/London")


def test_a_day_dating_a_trailing_attribution_is_not_the_storys_day():
    # "... broke through a levee late Saturday, officials said Sunday" then "shortly before midnight": Saturday's
    # midnight (the day the story told), not Sunday's (the day the officials spoke)
    a = analysis.load_article(ARTICLES / "ap_web_share_bar.txt")
    times = analysis.time_expressions(a).set_index("text")
    assert times.at["midnight", "value"] == "2023-12-30T24:00"
    assert times.at["Sunday", "value"] == "2023-12-31"


def test_ages_are_no_lengths_of_time():
    # TimeML news annotates no age ("a 6-year-old", "the 50-year-old alliance"); a length written as a compound
    # adjective stays one, and so does "a years-old slump", with no count
    text = ("Boy returns home\n\nMIAMI (AP) -- The 6-year-old boy, whose 44-year-old father flew in on a three-day "
            "visit, met relatives in the 50-year-old house; a six-month-old baby and a man 30 years old came too. "
            "The visit ended a years-old feud and a 10-year ban.")
    values = _values(text, "2000-01-05")
    assert values == {"a three-day": "P3D", "a years-old": "PXY", "10-year": "P10Y"}


def test_a_show_named_by_a_length_in_quotes_is_no_length():
    # CBS's "60 Minutes" in curly quotes or the wires' ASCII ``...''; a quoted length in lower case stays one
    text = ("Father speaks\n\nMIAMI (AP) -- Gonzalez told CBS's ``60 Minutes.'' He had watched “48 Hours” on "
            "Sunday and said he waited “60 minutes” for the call, and 20 Minutes more.")
    values = _values(text, "2000-04-17")
    assert values == {"Sunday": "2000-04-16", "60 minutes": "PT60M", "20 Minutes": "PT20M"}


def test_light_words_before_a_weekday_and_a_capitalised_clock_word():
    # "at dawn on Monday" is Monday's morning (it was today's dawn and a Monday apart); "Midday Friday" opening a
    # sentence is Friday's noon; "High Noon", a film, is no time
    def times(sentence):
        a = analysis.load_article(f"Headline here\n\nLONDON (Reuters) - {sentence} Officials said so.\n\nMore.",
                                  published="2020-01-15 14:00", timezone="Europe/London")
        return [(r.text, r.value, r.earliest) for r in analysis.time_expressions(a).itertuples()]

    [(text, value, earliest)] = times("Police raided the camp at dawn on Monday.")
    assert text == "dawn on Monday" and value == "2020-01-13" and earliest.hour == 5
    assert times("Protesters gathered at dusk Sunday.")[0][0] == "dusk Sunday"
    assert times("Midday Friday is the deadline.")[0][:2] == ("Midday Friday", "2020-01-17T12:00")
    assert times("The poster showed Gary Cooper in the film High Noon.") == []


def test_a_weekday_naming_a_kind_of_thing_is_no_day():
    # "the library's Sunday hours" and "the Saturday edition" are no dates; "Friday's edition" and "released Friday
    # shows" are
    def texts(sentence):
        a = analysis.load_article(f"Headline here\n\nLONDON (Reuters) - {sentence} Officials said so.\n\nMore.",
                                  published="2020-01-15 14:00", timezone="Europe/London")
        return list(analysis.time_expressions(a).text)

    assert texts("The library will cut its Sunday hours.") == []
    assert texts("The Saturday edition was late.") == []
    assert texts("It ran on the front of Friday's edition.") == ["Friday's"]
    assert texts("A poll released Friday shows a tie.") == ["Friday"]


_EDGE = st.tuples(st.integers(0, 5), st.integers(0, 5), st.integers(-40, 40), st.integers(0, 40))


@settings(max_examples=200, deadline=None)
@given(st.lists(_EDGE, min_size=1, max_size=20))
def test_network_paths_give_their_bounds(edges):
    """Whatever the constraints, each bound of the solved network is produced by the constraints on its path: solved
    alone, they give the same bound (so the basis the events table shows is the evidence for the bound it shows), and
    every constraint set aside as contradicting contradicts the ones named with it."""
    from analysis.timeline.network import INF, Constraint, Network

    constraints = [Constraint(i, j, lo, lo + width, f"c{k}") for k, (i, j, lo, width) in enumerate(edges) if i != j]
    net = Network(6).solve(constraints)
    for i in range(6):
        for j in range(6):
            on = [net.constraints[k] for k in net.on_path(i, j)]
            assert on == sorted(on, key=net.constraints.index)  # indices sorted, each once
            if i == j or net.dist[i][j] == INF:
                assert on == [] or i == j
                continue
            alone = Network(6).solve(on)
            assert alone.conflicts == [] and alone.dist[i][j] == net.dist[i][j]
    for rejected, culprits in net.conflicts:
        assert Network(6).solve(culprits + [rejected]).conflicts
