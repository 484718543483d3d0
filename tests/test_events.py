"""Story events on articles in other outlets' shapes: dated statements, reactions to a report, target times."""
from pathlib import Path

import warnings
import pandas as pd
import pytest

import analysis
from analysis import timeline

ARTICLES = Path(__file__).parent / "articles"


def test_denied_report_is_an_event_before_the_denial():
    a = analysis.load_article(ARTICLES / "wire_denial.txt")  # published from the page: May 3, 2022, 3:00 PM GMT
    table = timeline.events(a).set_index("event")
    denial = table[table["trigger"].str.contains("denied")].index[0]
    report = table[table["trigger"] == "report"].index[0]
    assert table.at[denial, "earliest"] == pd.Timestamp("2022-05-03", tz="Europe/Moscow")  # Tuesday, on Moscow's clock
    gap = timeline.gap(a, report, denial)
    assert gap.min >= pd.Timedelta(0) and "reaction follows its object" in gap.basis


def test_a_dated_statement_is_an_event_and_speakers_are_apart():
    a = analysis.load_article(
        "Ministry rejects strike claims\n\n"
        "The defense ministry said on Tuesday that no strike had taken place. The opposition party said Wednesday "
        "that it had evidence of one.\n\nOfficials said the matter was closed.",
        published="2023-03-09", timezone="Europe/Paris")
    table = timeline.events(a)
    statements = table[table["kind"] == "statement"]
    assert len(statements) == 2  # the undated "Officials said" is attribution, not an event
    assert list(statements["earliest"].dt.day) == [7, 8]
    gap = timeline.gap(a, "ministry says", "opposition party says")
    assert pd.Timedelta(0) < gap.min and gap.max < pd.Timedelta(days=2)


def test_a_time_inside_a_reported_clause_stays_there():
    a = analysis.load_article("Kremlin denies report\n\nThe Kremlin on Tuesday denied a report that the president had "
                              "surgery last month.", published="2022-05-03T15:00:00+03:00", timezone="Europe/Moscow")
    table = timeline.events(a)
    denial = table[table["trigger"].str.contains("denied")].iloc[0]
    assert denial["earliest"] == pd.Timestamp("2022-05-03", tz="Europe/Moscow") and not table.attrs.get("conflicts")


def test_a_time_an_event_points_at_is_not_its_own():
    a = analysis.load_article("Council delays vote\n\nThe council postponed its vote until next Tuesday, the mayor "
                              "said.", published="2022-05-12", timezone="America/Chicago")
    table = timeline.events(a)
    row = table[table["trigger"].str.contains("postponed")].iloc[0]
    assert pd.isna(row["earliest"]) and row["latest"] <= pd.Timestamp("2022-05-13", tz="America/Chicago")
    assert not table.attrs.get("conflicts")


def test_the_dateline_sets_the_clock_of_events_placed_nowhere_else():
    a = analysis.load_article(ARTICLES / "ap_bullets_agency_byline.txt")  # TOKYO (AP) —, updated 3:12 AM EST Jan 2
    quake = timeline.events(a).iloc[0]
    assert quake["place"] == "Tokyo" and quake["timezone"] == "Asia/Tokyo"
    assert quake["earliest"] == pd.Timestamp("2024-01-01", tz="Asia/Tokyo")  # "on Monday" is Tokyo's Monday
    b = analysis.load_article("Port reopens\n\nDUBAI, Jan 6 (Reuters) - The port authority suspended operations on "
                              "Monday after a fire, officials said.", published="2020-01-06T20:00:00Z")
    assert set(timeline.events(b)["timezone"]) == {"Asia/Dubai"}  # a city the place table lacks, from tzdata


def test_zone_cities_are_continental_cities_only():
    from analysis.timeline.events import zone_cities

    cities = zone_cities()
    assert cities["dubai"] == "Asia/Dubai" and cities["los angeles"] == "America/Los_Angeles"
    assert "christmas" not in cities and "troll" not in cities and "center" not in cities


def test_event_rows_name_their_part_and_labels_leave_dates_out():
    """Reuters wire shape: a date after the verb is the event's time, not its object; every row says its part."""
    a = analysis.load_article(ARTICLES / "reuters_additional_reporting.txt", published="2026-03-04T10:30",
                              timezone="Europe/Oslo")
    table = analysis.events(a)
    assert set(table["part"]) <= {"body", "caption"} and (table["part"] == "body").all()
    met = table[table["trigger"] == "met"].iloc[0]
    assert met["label"] == "Two sides meet" and met["earliest"] == pd.Timestamp("2026-02-27", tz="Europe/Oslo")
    caption = analysis.events(analysis.load_article(ARTICLES / "guardian_byline_role.txt"))
    assert caption.set_index("trigger").at["arrive", "part"] == "caption"


def test_a_relative_pronoun_subject_is_its_antecedent_and_tours_orders_are_events():
    a = analysis.load_article(ARTICLES / "ap_contributed_in_city.txt")
    table = timeline.events(a)
    labels = list(table["label"])
    assert any(label.startswith("Gov. Ruth Calloway tours") for label in labels)
    assert not any(label.startswith("Who ") for label in labels)
    assert {"visit", "order", "deny"} <= set(table["kind"])


def test_what_was_voted_or_planned_lies_ahead_and_a_trailing_consequence_keeps_its_time():
    a = analysis.load_article(ARTICLES / "reuters_additional_reporting.txt", published="2025-03-05T14:00:00Z")
    table = timeline.events(a)
    assert "strike" not in set(table["kind"])  # "voted to strike from March 12": not a past event
    vote = table[table["kind"] == "vote"].iloc[0]
    assert not table.attrs.get("conflicts")  # "threatening flights over the Easter holidays" is not the vote's time
    assert vote["latest"] <= pd.Timestamp("2025-03-05 15:00", tz="Europe/Oslo")


@pytest.mark.parametrize("name, label, day", [
    ("npr_style.txt", "Louisiana judge blocks state", "2022-06-27"),  # no trigger word: a dated act is an event
    ("cnbc_style.txt", "Federal Reserve holds benchmark rate", "2024-03-20"),
    ("usatoday_style.txt", "Powerful tornado tears through town", "2024-05-21"),  # ", officials said" trails it
    ("aljazeera_style.txt", "Demonstrators break through police cordon", "2023-03-14"),
])
def test_a_dated_act_of_any_verb_is_a_story_event(name, label, day):
    table = analysis.events(analysis.load_article(ARTICLES / name))
    row = table[table["label"] == label]
    assert len(row) == 1 and row["kind"].iloc[0] == "action"
    assert row["earliest"].iloc[0].strftime("%Y-%m-%d") == day


def test_light_verbs_first_person_and_background_clauses_make_no_action():
    text = ("Rates on hold\n\nThe bank's rate remained at 4% on Monday. I have covered the bank since 2011. "
            "The markets rallied as traders reeled from the decision last week to cut jobs. "
            "The ministry scrambled on Tuesday to deny the reports.")
    table = analysis.events(analysis.load_article(text, published="2024-03-07", timezone="UTC"))
    assert "action" not in set(table["kind"]), table[["kind", "label"]]
    assert set(table["kind"]) >= {"deny"}  # the time goes to what the scramble was for


def test_a_label_never_takes_a_sentence_opening_phrase_for_the_object():
    text = ("Rally\n\nIn contrast, Senator Ann Lo delivered a positive message on Monday.\n\n"
            "At a forum on Tuesday, the mayor announced a new budget.")
    labels = set(analysis.events(analysis.load_article(text, published="2024-03-07", timezone="UTC"))["label"])
    assert not any(" In " in label or " At " in label for label in labels), labels


def test_times_joined_by_and_bound_the_event_together_and_a_month_is_named_by_both_ends():
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*contradict")  # the two months are one window
        a = analysis.load_article(ARTICLES / "scmp_style.txt")  # "exports grew ... in January and February"
        table = timeline.events(a)
    row = table[table["trigger"] == "grew"].iloc[0]
    assert row["earliest"] == pd.Timestamp("2024-01-01", tz="Asia/Shanghai")
    assert row["latest"] == pd.Timestamp("2024-02-29 23:59:59", tz="Asia/Shanghai")
    assert '"January" and "February"' in row["basis"] and "Mon 01 Jan 2024 00:00 – Thu 29 Feb 2024 23:59" in row["basis"]
    b = analysis.load_article(ARTICLES / "propublica_style.txt")  # "between 2019 and 2023"
    events_b = timeline.events(b)  # ("filed ... lawsuits" and "patients are sued": one lawsuit event)
    filed = events_b[events_b["trigger"].str.split("; ").map(lambda t: "filed" in t)].iloc[0]
    assert filed["earliest"].year == 2019 and filed["latest"].year == 2023


def test_a_noun_event_in_a_clause_that_looks_ahead_is_not_before_publication():
    a = analysis.load_article(ARTICLES / "toi_style.txt")  # "we will wait until the meeting"
    meeting = timeline.events(a).query("trigger == 'meeting'").iloc[0]
    assert pd.isna(meeting["latest"]) and "before publication" not in meeting["basis"]


def test_a_dated_clause_of_time_is_an_event_of_its_own():
    # "disrupted on Wednesday after last-ditch talks ... broke down on Monday afternoon": the talks are the story's
    # first event, dated by their own clause (they were no event at all, the main clause being ahead)
    a = analysis.load_article(ARTICLES / "guardian_web_page.txt")
    table = timeline.events(a)
    talks = table[table["trigger"] == "broke down"]
    assert len(talks) == 1 and talks.iloc[0]["label"] == "Last ditch talks break down"
    assert talks.iloc[0]["earliest"] == pd.Timestamp("2020-01-06 12:00", tz="UTC")
    assert talks.iloc[0]["latest"] == pd.Timestamp("2020-01-06 17:59:59", tz="UTC")
    assert "reject" not in set(table["trigger"])  # "urged drivers to reject the action": asked for, not done
    # and "hours after X", X a clause, orders the two: the lawmakers abandoned the vote before the demonstrators broke in
    b = analysis.load_article(ARTICLES / "aljazeera_style.txt")
    events = timeline.events(b).set_index("trigger")
    gap = timeline.gap(b, events.at["abandoned", "event"], events.at["broke", "event"])
    assert gap.min >= pd.Timedelta(0) and '"hours after"' in gap.basis


def test_a_pronoun_subject_is_labelled_by_what_it_stands_for():
    # the sentence before names the one the pronoun stands for; the clause above it, its own subject; a name of the
    # other sex, or a person for "it", is never taken
    a = analysis.load_article(
        "Flood inquiry ordered\n\nMayor Jane Roe toured the flooded district on Monday. She ordered an inquiry on "
        "Tuesday.\n\nThe council met on Wednesday. It approved emergency funds, and Jane Roe said it had acted fast.\n\n"
        "Senator John Poe visited on Thursday. She criticized him on Friday.",
        published="2024-03-08", timezone="Europe/London")
    labels = set(timeline.events(a)["label"])
    assert {"Mayor Jane Roe orders inquiry", "Council approves emergency funds"} <= labels
    assert "She criticizes him" in labels  # not "Senator John Poe criticizes him"
    union = timeline.events(analysis.load_article(ARTICLES / "guardian_web_page.txt"))
    assert "Union confirms" in set(union["label"])  # "The union said it had been offered nothing new, and confirmed"


def test_an_event_on_a_day_whose_midnight_the_clock_skips():
    # Havana's clocks went from 00:00 to 01:00 on 2 April 2000: an event dated that day raised NonExistentTimeError
    a = analysis.load_article("Father may travel\n\nHAVANA (AP) -- The father spoke to reporters on Sunday, April 2, "
                              "officials said.\n\nHe said he would travel.", published="2000-04-03", timezone="UTC")
    table = timeline.events(a)
    spoke = table[table["trigger"] == "spoke"].iloc[0]
    assert spoke["earliest"] == pd.Timestamp("2000-04-02 01:00", tz="America/Havana")


@pytest.mark.parametrize("zone, day", [("America/Asuncion", "2023-10-01"), ("Asia/Damascus", "2020-03-27"),
                                       ("Africa/Cairo", "2023-04-28"), ("America/Havana", "2020-11-01"),
                                       ("America/Sao_Paulo", "2018-11-04"), ("Asia/Beirut", "2019-03-31")])
def test_days_whose_midnight_a_clock_change_skips_or_repeats_are_no_error(zone, day):
    # months, weeks, years and days that start at a midnight the clock skips (or repeats) in a zone that changes
    # its clocks at midnight raised NonExistentTimeError / AmbiguousTimeError in time_expressions and events
    d = pd.Timestamp(day)
    text = (f"Officials met on {d:%B} {d.day}, {d.year}, and again on Sunday and Monday. Last week talks failed; this "
            f"week, next month and last year too. In {d:%B} {d.year} prices rose, early this month, the first quarter, "
            "in the spring, over the weekend, last night, this morning, at midnight, yesterday, three days ago, in "
            f"{d.year}, this year, the past two weeks, by Friday.")
    for published in (d, d + pd.Timedelta(days=1)):
        a = analysis.load_article(f"Talks fail\n\n{text}\n\nMore talks are planned.",
                                  published=f"{published:%Y-%m-%d}", timezone=zone)
        times = timeline.time_expressions(a)
        assert len(times) > 10 and times["earliest"].notna().sum() > 10
        assert len(timeline.events(a)) >= 1


def test_a_range_from_one_time_to_another_bounds_its_event():
    # "from Jan. 6 to Jan. 8", "from 2015 to 2019": one window, where the end was set aside as contradicting the start
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no constraint is set aside
        a = analysis.load_article("Festival ends\n\nThe festival ran from Jan. 6 to Jan. 8 in the old town, organizers "
                                  "said on Tuesday.\n\nHe served as mayor from 2015 to 2019.",
                                  published="2024-01-10", timezone="Europe/Paris")
        table = timeline.events(a).set_index("trigger")
    assert table.at["ran", "earliest"] == pd.Timestamp("2024-01-06", tz="Europe/Paris")
    assert table.at["ran", "latest"] == pd.Timestamp("2024-01-08 23:59:59", tz="Europe/Paris")
    assert '"Jan. 6" to "Jan. 8"' in table.at["ran", "basis"]
    assert table.at["served", "latest"] == pd.Timestamp("2019-12-31 23:59:59", tz="Europe/Paris")


def test_a_time_in_a_clause_of_its_own_joined_by_and_is_not_the_first_clauses():
    # "presented the Union Budget on Wednesday (February 1), and the new tax slabs take effect on April 1 (Saturday)":
    # April 1 was given to the budget's presentation and set aside as contradicting Wednesday, with a warning
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        a = analysis.load_article(ARTICLES / "timex_india_budget.txt", published="2023-02-01", timezone="Asia/Kolkata")
        table = timeline.events(a)
    budget = table[table["label"].str.contains("presents Union Budget")].iloc[0]
    assert budget["earliest"] == pd.Timestamp("2023-02-01", tz="Asia/Kolkata") and "April" not in budget["basis"]


def test_a_body_whose_name_ends_in_a_plural_takes_a_singular_verb():
    a = analysis.load_article("Automaker denies report\n\nDETROIT (Reuters) - Veltra Motors on Tuesday denied a report that "
                              "it planned to close its Ohio plant, just hours after the Wall Street Journal reported the "
                              "closure.\n\nMore follows.", published="2024-05-08T09:00", timezone="America/Detroit")
    labels = set(timeline.events(a)["label"])
    assert "Veltra Motors denies report" in labels and "Wall Street Journal reports closure" in labels
    assert timeline.gap(a, "Journal report", "denial").min >= pd.Timedelta(0)


def test_a_common_noun_the_tagger_calls_a_person_is_no_referent_of_he():
    # spaCy tags "riot" in "The Jan. 6 riot was investigated" as a PERSON: "He spoke ..." was "Jan. 6 riot speaks"
    a = analysis.load_article("Memorial\n\nBy Jane Doe\n\nWASHINGTON (AP) — The Jan. 6 riot was investigated, officials said. "
                              "He spoke on Sept. 11 at the memorial.\n\nMore follows.",
                              published="2024-05-03", timezone="America/New_York")
    assert "He speaks at memorial" in set(timeline.events(a)["label"])


def test_local_time_is_the_clock_where_the_event_happened():
    # "3:10 p.m. local time" of a quake that struck buildings in Los Angeles, filed from Tokyo: Los Angeles' clock;
    # a place of several words is one place ("in British Columbia" is no British clock)
    a = analysis.load_article("Quake hits city\n\nTOKYO (Reuters) - An earthquake struck buildings in Los Angeles at "
                              "3:10 p.m. local time on Monday, officials said.\n\nMore follows.",
                              published="2024-03-05 10:00", timezone="Asia/Tokyo")
    quake = analysis.events(a).iloc[0]
    assert quake.earliest == pd.Timestamp("2024-03-04 15:10", tz="America/Los_Angeles")
    b = analysis.load_article("Miner buys pits\n\nNEW YORK (Reuters) - Last month, a company acquired a set of mines in "
                              "British Columbia out of bankruptcy.\n\nIt said so.", published="2016-10-02",
                              timezone="America/New_York")
    bought = analysis.events(b).query("trigger == 'acquired'").iloc[0]
    assert str(bought.earliest.tz) == "America/New_York"


def test_a_noun_with_its_own_time_is_an_event_of_its_own():
    # "rejected calls ... to hold a confidence vote" (Thursday) and "would ask lawmakers for a vote on January 15" are
    # two votes: the second is a new event on its own day, not a contradiction of the first
    a = analysis.load_article(ARTICLES / "dw_web_page.txt")
    frame = analysis.events(a)
    assert not frame.attrs.get("conflicts")
    vote = frame.query("trigger == 'vote'").iloc[0]
    assert vote.earliest.strftime("%Y-%m-%d") == "2025-01-15" and "rejected" in set(frame.trigger)
    # "preceded by a visit ... in December 2011": the visit is in 2011; the approval "at a meeting on Tuesday" keeps
    # the meeting's day (something happened at it)
    b = analysis.load_article("Visit recalled\n\nWASHINGTON (AP) — His 2012 trip was preceded by a visit from the "
                              "secretary in December 2011. Councillors approved the plan at a meeting on Tuesday.\n\n"
                              "It said so.", published="2016-09-16", timezone="America/New_York")
    frame = analysis.events(b).set_index("trigger")
    assert frame.loc["visit", "earliest"].year == 2011
    assert frame.loc["approved", "earliest"].strftime("%a") == "Tue"


def test_a_court_staying_an_order_is_an_act():
    # "stay" is a light verb ("stayed home"), but a court that stays an order on Friday acts on Friday
    a = analysis.load_article(ARTICLES / "hindu_web_page.txt")
    stay = analysis.events(a).query("trigger == 'stayed'").iloc[0]
    assert stay.label.startswith("Supreme Court stays") and stay.earliest.strftime("%a %d %b") == "Fri 05 Apr"


def test_a_datelined_story_tells_days_on_the_datelines_clock():
    # filed from Washington, "Iran fired ... late Tuesday" is Washington's Tuesday (the strike at 1:30 a.m. local time
    # Wednesday in Iraq falls inside it); without a dateline a place in the subject gives the clock (the seed's vote)
    a = analysis.load_article(ARTICLES / "wsj_web_page.txt")
    frame = analysis.events(a).set_index("trigger")
    fired = frame.loc["fired"]
    assert str(fired.earliest.tz) == "America/New_York" and fired.place == "Iran"
    struck = frame.loc[frame.index.str.startswith("struck")].iloc[0]
    assert fired.earliest <= struck.earliest <= fired.latest


def test_one_kind_of_event_told_again_at_another_time_is_another_event():
    # "released his returns in 2012" and "released her returns this year" are two releases, not one contradicted
    a = analysis.load_article("Returns row\n\nWASHINGTON (AP) — Mitt Romney released his returns in 2012. Hillary "
                              "Clinton released her returns this year.\n\nMore follows.", published="2016-09-08",
                              timezone="America/New_York")
    frame = analysis.events(a)
    assert not frame.attrs.get("conflicts") and len(frame.query("trigger == 'released'")) == 2
    assert sorted(frame.earliest.dt.year) == [2012, 2016]


def test_a_year_that_dates_a_thing_does_not_date_the_event():
    # "released Trump's 1995 tax filings" happened lately, not in 1995; "fell in January compared with December" is
    # January's; "struck at 4:10 p.m. local time" with no known place may be on any clock, never after publication
    # ("No one from the state released ..." was the sentence here: no one releasing is no event, now)
    a = analysis.load_article("Filings out\n\nHARTFORD, Conn. (AP) — A clerk from the state released Trump's 1995 tax "
                              "filings, the commissioner said on Monday. Crossings fell by half in January compared "
                              "with December.\n\nMore follows.", published="2016-10-03 09:42", timezone="America/New_York")
    frame = analysis.events(a).set_index("trigger")
    assert not analysis.events(a).attrs.get("conflicts")
    assert pd.isna(frame.loc["released", "earliest"])
    b = analysis.load_article("Quake\n\nA quake struck the Noto Peninsula at 4:10 p.m. local time on Monday, the agency "
                              "said.\n\nMore follows.", published="2024-01-01 09:42", timezone="America/New_York")
    quake = analysis.events(b).iloc[0]
    assert not analysis.events(b).attrs.get("conflicts")
    assert quake.earliest <= pd.Timestamp("2024-01-01 02:10", tz="UTC") and quake.latest >= pd.Timestamp(
        "2024-01-01 09:42", tz="America/New_York")


def test_an_event_named_by_a_noun_is_labelled_with_whose_and_what_of():
    a = analysis.load_article("Museum opens\n\nWASHINGTON (AP) — The block marked the site of a speech by Andrew Jackson "
                              "in 1830, the curator said.\n\nMore follows.", published="2016-09-25",
                              timezone="America/New_York")
    assert "Speech by Andrew Jackson" in set(analysis.events(a).label)


def test_gap_queries_meet_plural_and_tense_and_a_known_gap_reads_as_one():
    # "missile strike" finds "Missiles strike Al Asad air base"; two hours exactly reads "about 2 hours"
    a = analysis.load_article(ARTICLES / "wsj_web_page.txt")
    gap = analysis.gap(a, "missile strike", "second wave")
    assert gap.min == gap.max == pd.Timedelta(hours=2) and str(gap) == "about 2 hours"
    assert analysis.gap(a, "missiles struck", "wave hits").min == pd.Timedelta(hours=2)


def test_a_chronology_tells_its_events_in_the_present_tense_of_headlines():
    # "- Jan. 5: Iraq's parliament votes to expel U.S. troops": each line's date is its events' day, whatever the
    # tense or the parser's reading of the fragment
    a = analysis.load_article(ARTICLES / "explainer_key_dates.txt", published="2020-01-10", timezone="America/New_York")
    frame = analysis.events(a).set_index("trigger")
    assert {"kills", "votes", "fires", "says"} <= set(frame.index)
    days = {trigger: frame.loc[trigger, "earliest"].day for trigger in ("kills", "votes", "fires", "says")}
    assert days == {"kills": 3, "votes": 5, "fires": 7, "says": 8}
    assert frame.loc["votes", "timezone"] == "Asia/Baghdad"  # a noun's own words place it: "Iraq's parliament votes"
    assert pd.Timedelta(days=1) < analysis.gap(a, "drone strike", "parliament vote").min


def test_gap_words_are_the_subjects_not_its_clauses():
    # "council vote" is the council's vote, not "Council member Grace Obi, who voted for the budget, denied ..."
    a = analysis.load_article("Budget row\n\nSPRINGFIELD, Ill. — The council voted 5-2 on Monday to approve the budget. "
                              "Council member Grace Obi, who voted for the budget, denied on Tuesday that she had been "
                              "pressured.\n\nMore.", published="2024-03-06", timezone="America/Chicago")
    assert timeline.find_event(a, "council vote") == analysis.events(a).query("trigger == 'voted'").event.iloc[0]


def test_known_times_refuse_ambiguous_dates_swapped_bounds_bad_zones_and_folders(tmp_path):
    # "04/03/2025" reads two ways and would overrule the text silently; each bad row is named, with what to write
    seed = next(iter(analysis.load_corpus(Path(__file__).parent.parent / "seeds")))

    def refused(**row):
        table = pd.DataFrame([{"event": "parliament vote", "earliest": "2020-01-05", "latest": "2020-01-05",
                               "timezone": "Asia/Baghdad", **row}])
        with pytest.raises(analysis.ParameterError) as caught:
            analysis.gap(seed, "parliament vote", "Pentagon denial", known_times=table)
        return str(caught.value)

    assert "row 1 ('parliament vote'): earliest '04/01/2020' is not an ISO date" in refused(earliest="04/01/2020")
    assert "is after latest" in refused(earliest="2020-01-06")
    assert "'Asia/Bagdad' is not an IANA zone" in refused(timezone="Asia/Bagdad")
    with pytest.raises(analysis.ParameterError, match="is a folder"):
        analysis.events(seed, known_times=str(tmp_path))
    (tmp_path / "semi.csv").write_text("event;earliest;latest;timezone\nparliament vote;2020-01-05;2020-01-05;UTC\n")
    with pytest.raises(analysis.ParameterError, match="separated by ';'"):
        analysis.events(seed, known_times=str(tmp_path / "semi.csv"))
    # an open bound given as NaT in a DataFrame is open, not an error
    open_end = pd.DataFrame([{"event": "parliament vote", "earliest": pd.Timestamp("2020-01-05"), "latest": pd.NaT,
                              "timezone": "Asia/Baghdad"}])
    assert analysis.gap(seed, "parliament vote", "Pentagon denial", known_times=open_end).min >= pd.Timedelta(0)


def test_a_datelines_region_gives_the_clock_of_a_city_the_tables_lack():
    # "SANTA ROSA, Calif. (AP) —": no table knows Santa Rosa, but California's clock is Los Angeles'
    from analysis.timeline.places import dateline_place
    a = analysis.load_article("Fire spreads\n\nSANTA ROSA, Calif. (AP) — A wildfire broke out on Wednesday afternoon, "
                              "officials said.\n\nMore follows.", published="2024-09-12T02:00:00Z")
    assert dateline_place(a) == ("Santa Rosa", "America/Los_Angeles")
    fire = analysis.events(a).iloc[0]
    assert fire.timezone == "America/Los_Angeles" and fire.earliest.strftime("%a %H:%M") == "Wed 12:00"
    assert dateline_place(analysis.load_article("Vote\n\nGUELPH, Ont. — The council voted.\n\nMore.")) == (
        "Guelph", "America/Toronto")


def test_a_possessive_day_names_an_event_of_its_own_and_a_second_mention_is_the_same_one():
    # the shape of a campaign or council story: "Monday's debate", "Thursday's vote", "Friday's meeting"
    a = analysis.load_article(
        "Candidates spar over taxes\n\n"
        "HEMPSTEAD, N.Y. (AP) — A majority of voters expect the senator to win Monday's debate at the state "
        "university, a new poll found.\n\n"
        "Ahead of Friday's meeting, the two ministers unveiled a plan for a joint headquarters.\n\n"
        "Both campaigns have spent the weekend preparing for Monday's debate, aides said.",
        published="2016-09-25", timezone="America/New_York")
    table = timeline.events(a)
    debates = table[table["kind"] == "debate"]
    assert len(debates) == 1 and debates.iloc[0]["mentions"] == 2  # told twice, one debate
    assert debates.iloc[0]["earliest"] == pd.Timestamp("2016-09-26", tz="America/New_York")
    meeting = table[table["kind"] == "meeting"].iloc[0]
    assert meeting["earliest"].day == 23  # Friday before publication
    # "ahead of Friday's meeting" is no date of the unveiling itself: it comes before the meeting
    unveiled = table[table["trigger"].str.contains("unveil")].iloc[0]
    assert pd.isna(unveiled["earliest"]) or unveiled["earliest"].day != 23
    assert timeline.gap(a, unveiled["event"], meeting["event"]).min >= pd.Timedelta(0)


def test_a_date_before_an_event_noun_dates_it_unless_it_names_an_attack():
    a = analysis.load_article(
        "Union backs candidate\n\nWASHINGTON (AP) — The union endorsed the senator on Monday, citing her work after "
        "the Sept. 11 terrorist attacks.\n\nTurnout in the 2012 election was low, and the March 2016 meeting with "
        "members drew few.", published="2016-09-30", timezone="America/New_York")
    table = timeline.events(a).set_index("kind")
    assert table.at["election", "label"] == "2012 election"
    assert str(table.at["election", "earliest"].date()) == "2012-01-01"
    assert table.at["meeting", "label"] == "March 2016 meeting with members"
    assert (str(table.at["meeting", "earliest"].date()), str(table.at["meeting", "latest"].date())) == (
        "2016-03-01", "2016-03-31")
    # "the Sept. 11 attacks" is remembered by its date: not an attack of 11 September 2016
    assert "attack" not in table.index or pd.isna(table.at["attack", "earliest"])


def test_a_bomb_that_went_off_is_the_explosion_told_before():
    a = analysis.load_article("Blasts hit embassies\n\nNAIROBI, Kenya (AP) — Bombs exploded outside two embassies on "
                              "Friday, witnesses said.\n\nA second bomb went off at the same time, an official said.",
                              published="1998-08-07", timezone="Africa/Nairobi")
    table = timeline.events(a)
    assert list(table["trigger"]) == ["exploded; went off"] and table.iloc[0]["earliest"].day == 7


def test_a_time_between_a_verb_and_its_aim_dates_the_verb_unless_the_aim_is_the_event():
    a = analysis.load_article(
        "China and Japan agree to resume talks\n\nBEIJING (Reuters) - China and Japan agreed on Thursday to resume "
        "talks on a seafood ban, officials said. The ministry plans to vote on Tuesday, they said.\n\nThe Defense "
        "Department scrambled on Friday to knock down reports of a withdrawal.",
        published="2023-11-18", timezone="Asia/Shanghai")
    table = timeline.events(a)
    agreed = table[table["trigger"] == "agreed"].iloc[0]
    assert agreed["earliest"] == pd.Timestamp("2023-11-16", tz="Asia/Shanghai")  # the agreeing was on Thursday
    assert not (table["trigger"] == "plans").any()  # "plans to vote on Tuesday": Tuesday is the vote's
    # "scrambled on Friday to knock down reports": the denial is the event and takes Friday
    assert not (table["trigger"] == "scrambled").any()
    denial = table[table["kind"] == "deny"].iloc[0]
    assert denial["earliest"] == pd.Timestamp("2023-11-17", tz="Asia/Shanghai")


def test_a_dated_clause_before_a_day_before_is_its_anchor_not_the_last_event_told():
    # "the state had requested a declaration on Saturday, a day before the storm arrived": the storm arrived on
    # Sunday; the last event told (the utility's statement on Monday morning) is no anchor for it
    a = analysis.load_article(
        "Hurricane makes landfall\n\nNEW ORLEANS (AP) — The storm knocked out power overnight, utility companies said "
        "Monday morning.\n\nThe governor said the state had requested a federal disaster declaration on Saturday, a "
        "day before the storm arrived.", published="2021-08-30T07:10:00-05:00", timezone="America/Chicago")
    table = timeline.events(a)
    arrived = table[table["trigger"] == "arrived"].iloc[0]
    assert pd.isna(arrived["earliest"]) or arrived["earliest"] < pd.Timestamp("2021-08-30", tz="America/Chicago")
    assert arrived["latest"] <= pd.Timestamp("2021-08-30 07:10", tz="America/Chicago")


def test_a_light_verb_and_its_noun_name_an_event():
    a = analysis.load_article(
        "Hurricane makes landfall\n\nNEW ORLEANS (AP) — Hurricane Ida made landfall near Port Fourchon on Sunday, "
        "exactly 16 years after Hurricane Katrina struck the same coast.\n\nThe governor gave a speech on Monday.",
        published="2021-08-30T18:00:00-05:00", timezone="America/Chicago")
    table = timeline.events(a).set_index("kind")
    assert table.at["landfall", "label"] == "Hurricane Ida makes landfall"
    assert table.at["landfall", "earliest"] == pd.Timestamp("2021-08-29", tz="America/Chicago")
    assert table.at["speech", "earliest"] == pd.Timestamp("2021-08-30", tz="America/Chicago")
    # "16 years after" the landfall: Katrina's strike is dated by it
    assert table.at["strike", "earliest"].year == 2005


def test_a_possessive_subject_stays_in_the_label():
    a = analysis.load_article("Iraq votes to expel troops\n\nBAGHDAD (AP) — Iraq's parliament voted on Sunday to expel "
                              "foreign troops.\n\nThe Workers' Party denied on Monday that it had backed the plan.",
                              published="2020-01-06", timezone="Asia/Baghdad")
    labels = list(timeline.events(a)["label"])
    assert any(label.startswith("Iraq's parliament votes") for label in labels)
    assert any(label.startswith("Workers' Party denies") for label in labels)


def test_light_verbs_with_the_noun_that_names_the_event():
    # "gave final approval", "reached a deal", "opened an investigation": the noun names the event, the verb is light
    text = ("Lawmakers pass law\n\nBy Jo Roe\n\nMarch 1, 2024\n\nMADRID - The lower house on Thursday gave final "
            "approval to the amnesty law. The government reached a deal with its allies on Tuesday. Prosecutors "
            "opened an investigation into the leak on Wednesday.")
    events = analysis.events(analysis.load_article(text))
    labels = " | ".join(events.label)
    assert "gives final approval" in labels and "reaches deal" in labels and "open investigation" in labels
    assert (events.timezone == "Europe/Madrid").all()


def test_a_timeline_list_keeps_two_killings_on_their_own_days():
    # a wire timeline, one dated line per event: "Jan. 3 - A U.S. drone strike ... kills Soleimani", "Jan. 7 - A
    # stampede ... kills 56 people" (two killings, once merged into one and set against each other's dates)
    import warnings

    a = analysis.load_article(ARTICLES / "reuters_timeline_list.txt", timezone="America/New_York")
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)  # no constraint contradicts another
        events = analysis.events(a)
    by_label = events.set_index("label")
    stampede = by_label.loc["Stampede kills 56 people"]
    assert stampede.earliest.day == 7 and stampede.latest.day == 7
    killing = events[events.label.str.contains("Soleimani")].iloc[0]
    assert killing.earliest.day == 3 and killing.latest.day == 3
    # "Jan. 8 - Iran fires ... missiles" (the tagger reads "fires" as a noun with an object); "No casualties are
    # reported" is no event
    assert any(label.startswith("Iran fires more than a dozen") for label in events.label)
    assert not events.label.str.contains("asualties").any()


def test_a_resolution_that_passed_is_a_vote_and_labels_read_as_written():
    # France 24: "The non-binding resolution passed with the support of Shiite blocs" (the parser read the sentence as
    # a noun with a clause): a vote, labelled with the words as written ("Non-binding", not "Non - binding")
    a = analysis.load_article(Path(__file__).parent / "articles" / "france24_issued_modified.txt")
    frame = analysis.events(a)
    assert frame["label"].tolist() == ["Non-binding resolution passes with support"] and frame["trigger"].tolist() == ["passed"]
    # a party by its members takes a plural verb: "The Greens rejected it" -> "Greens reject it"
    b = analysis.load_article(Path(__file__).parent / "articles" / "times_uk_name_city_stamp_outlet.txt")
    assert "Greens reject it" in analysis.events(b)["label"].tolist()
    # "passed" with no object joins the vote the article tells (El País: "gave final approval ... passed")
    c = analysis.load_article(Path(__file__).parent / "articles" / "elpais_place_dash_stamp.txt")
    votes = analysis.events(c)
    assert "passed" in votes.loc[votes["event"] == "e1", "trigger"].iloc[0]
