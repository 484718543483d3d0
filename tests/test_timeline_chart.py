"""The timeline chart and its event pair on stories with fewer than two events placed in time: the notebook must
still run, say why no gap is drawn, and chart what there is."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402

import analysis  # noqa: E402
from analysis import timeline  # noqa: E402
from conftest import ARTICLES, ROOT  # noqa: E402

ONE_EVENT = ("Minister resigns\n\nThe health minister resigned on Tuesday, the ministry said.\n\n"
             "Her deputy will act in the role.")
NO_EVENT = "Rates unchanged\n\nThe bank kept its main rate at 4%.\n\nInflation is near its target."
UNDATED = "Council vote\n\nThe council voted on the budget. The mayor resigned after the vote.\n\nHe denied the report."


def _chart(article, with_times=False):
    first, second, note = timeline.pick_events(article, None, None)
    table = timeline.events(article)
    pairs = timeline.gaps(article)
    loose = timeline.gap(article, first, second) if second else None
    times = timeline.time_expressions(article) if with_times else None
    fig, title, finding, alt = timeline.plot_timeline(table, pairs, first, second, loose=loose, times=times)
    matplotlib.pyplot.close(fig)
    return first, second, note, title, finding


def test_one_event_is_charted_and_no_gap_is_measured():
    article = analysis.load_article(ONE_EVENT, id="one", published="2024-03-07T18:00", timezone="Europe/London")
    first, second, note, title, finding = _chart(article)
    assert first == "e1" and second is None
    assert "one story event" in note and "a gap needs two" in note
    assert title.startswith("One story event found:") and "resign" in title.lower()
    assert "Tue 5 Mar 2024" in finding and timeline.compare_gaps(article, first, second).empty


def test_no_event_says_so():
    article = analysis.load_article(NO_EVENT, id="none", published="2024-03-07", timezone="UTC")
    first, second, note, title, finding = _chart(article)
    assert (first, second) == (None, None) and "no story event" in note
    assert title == "No story event found in the text"


def test_events_without_a_publication_date_are_not_placed_in_time():
    article = analysis.load_article(UNDATED, id="undated")
    first, second, note, title, finding = _chart(article)
    assert first and second and first != second
    assert title == "No story event is placed in time"


def test_named_events_that_are_not_there_are_still_a_parameter_error():
    article = analysis.load_article(ONE_EVENT, id="one", published="2024-03-07T18:00", timezone="Europe/London")
    with pytest.raises(analysis.ParameterError, match="from_event"):
        timeline.pick_events(article, "the parliament vote", "the verdict")


def test_no_event_charts_the_dates_the_story_mentions():
    text = ("Rates unchanged\n\nThe bank's main rate has stayed at 4% since March 3, its board said in a statement "
            "on Tuesday.\n\nIts next meeting is on June 12.")
    article = analysis.load_article(text, id="dates", published="2024-05-09", timezone="Europe/London")
    first, second, note, title, finding = _chart(article, with_times=True)
    assert (first, second) == (None, None) and title == "No story event found in the text"
    assert "mentions 3 date(s) from 3 Mar 2024 to 12 Jun 2024" in finding


def test_span_words_say_before_and_after_rather_than_a_negative_length():
    import pandas as pd
    from analysis.timeline.chart import span_words

    hours = pd.Timedelta(hours=1)
    assert span_words(-6 * hours, 24 * hours) == "between 6 hours before and 24 hours after"
    assert span_words(-5 * hours, -2 * hours) == "between 2 and 5 hours before"
    assert span_words(pd.NaT, -2 * hours) == "at least 2 hours before"
    assert span_words(hours, 12 * hours) == "between 1 and 12 hours"  # the order known: as before


def test_an_order_unknown_pair_is_titled_with_its_labels_quoted_and_no_minus_sign():
    article = analysis.load_article(
        "Farmers end blockade\n\nFarmer unions on Monday called off their blockade of the highway.\n\n"
        "Police said 14 protesters were detained on Sunday night.", published="2024-03-04 18:42", timezone="Asia/Kolkata")
    first, second, note, title, finding = _chart(article)
    assert second is not None and "-" not in title.split(":")[-1] and " before and " in title and "“" in title
    assert not title.startswith("The “")


def test_span_words_with_one_side_open_never_say_apart():
    import pandas as pd

    from analysis.timeline.chart import span_words

    hours = pd.Timedelta(hours=7)
    # no lower bound: the second event may come any time before the first ("at most 7 hours" alone claimed an order)
    assert span_words(pd.NaT, hours) == "at most 7 hours after, or before by an unknown time"
    assert span_words(-hours, pd.NaT) == "at most 7 hours before, or after by an unknown time"


def test_a_verb_for_words_is_titled_by_the_event_label():
    # "-r to_event ordered": the title said "The ordered came ..."; the event's own label reads as a clause
    import matplotlib.pyplot as plt

    from analysis.timeline import chart

    a = analysis.load_article(ARTICLES / "cnn_web_page.txt")
    table, pairs = timeline.events(a), timeline.gaps(a)
    one, two = timeline.find_event(a, "emergency"), timeline.find_event(a, "ordered")
    fig, title, finding, alt = chart.plot_timeline(table, pairs, one, two, names=("emergency", "ordered"))
    plt.close(fig)
    assert title == ("“Thousands are ordered to leave homes” came between 6 hours before and 23 hours after the "
                     "emergency")


COUNCIL = ("Council approves budget; mayor resigns hours later\n\n"
           "RIVERTON, Ill. — The Riverton City Council voted 5-2 on Tuesday evening to approve a budget that cuts "
           "library hours, and just hours later Mayor Alan Brooks announced his resignation.\n\n"
           "\"I can no longer lead this council,\" Brooks said in a statement.")


def _council_with_minutes():
    import pandas as pd

    article = analysis.load_article(COUNCIL, id="council", published="2025-03-04T21:12", timezone="America/Chicago")
    known = pd.DataFrame([
        {"event": "e1", "earliest": "2025-03-04T19:28", "latest": "2025-03-04T19:35", "timezone": "America/Chicago",
         "source": "council minutes"},
        {"event": "e2", "earliest": "2025-03-04T20:40", "latest": "2025-03-04T20:50", "timezone": "America/Chicago",
         "source": "the mayor's press release"}])
    return article, known


def test_timelinejs_says_a_window_of_minutes_in_minutes():
    # a vote known to within 7 minutes read "uncertain by 0 hours"
    article, known = _council_with_minutes()
    slides = timeline.to_timelinejs(timeline.events(article, known_times=known))["events"]
    dates = {s["unique_id"]: s["start_date"]["display_date"] for s in slides}
    assert dates["e1"] == "between Tue 04 Mar 19:28 and Tue 04 Mar 19:35 (America/Chicago; uncertain by 7 minutes)"
    assert dates["e2"].endswith("uncertain by 10 minutes)")
    assert not [s for s in slides if "0 hours" in s["display_date"] or "1 hours" in s["display_date"]]


def test_the_bracket_label_is_wrapped_to_stay_beside_the_chart():
    # the text alone gives one open side ("at most 4 hours after, or before by an unknown time"): written on one
    # line, its box ran across the space between the chart and the same-day panel
    import matplotlib.pyplot as plt

    from analysis.timeline import chart

    article, known = _council_with_minutes()
    table, pairs = timeline.events(article, known_times=known), timeline.gaps(article, known_times=known)
    fig, title, finding, alt = chart.plot_timeline(table, pairs, "e1", "e2", loose=timeline.gap(article, "e1", "e2"),
                                                   names=("vote", "resignation"))
    [bracket] = [t for t in fig.axes[0].texts if t.get_bbox_patch() is not None]
    plt.close(fig)
    assert "the text alone" in bracket.get_text() and "unknown time" in bracket.get_text()
    assert max(len(line) for line in bracket.get_text().splitlines()) <= 26, bracket.get_text()
    assert title == "The resignation came about 1 hour after the vote"


WILDFIRE = ("Wildfire forces evacuation of 3,000 homes\n\n"
            "SANTA ROSA, Calif. — A wildfire that broke out on Wednesday afternoon forced the evacuation of about "
            "3,000 homes, fire officials said.\n\n"
            "The fire spread to 4,000 acres within six hours, according to Cal Fire.\n\n"
            "\"We are asking everyone in the warning zone to leave now,\" Sheriff Mark Ellis said at a briefing on "
            "Thursday.\n\n"
            "The utility denied that its equipment caused the fire.\n\n"
            "Governor Ana Ruiz declared a state of emergency late Wednesday night.")


def test_the_story_span_ends_at_the_event_known_to_come_last():
    # undated past events all end at the publication time: the span ended at the first of them ('Fire spreads'),
    # titled 'came at most 19 hours after ..., or before by an unknown time'
    article = analysis.load_article(WILDFIRE, id="fire", published="2025-08-21T07:05", timezone="America/Los_Angeles")
    first, second, note = timeline.pick_events(article, None, None)
    rows = timeline.events(article).set_index("event")
    assert "Governor" in rows.at[first, "label"] and "Sheriff" in rows.at[second, "label"]
    assert not rows["earliest"].isna()[second] and "story's span" in note


def test_an_event_without_an_earliest_time_has_no_day_in_the_side_panel():
    # the panel said "No other event is known to fall on that day" of an event whose day is not known
    import matplotlib.pyplot as plt

    from analysis.timeline import chart

    article = analysis.load_article(WILDFIRE, id="fire", published="2025-08-21T07:05", timezone="America/Los_Angeles")
    table, pairs = timeline.events(article), timeline.gaps(article)
    undated = table.loc[table["earliest"].isna() & table["label"].str.contains("Fire"), "event"].iloc[0]
    dated = table.loc[table["label"].str.contains("Governor"), "event"].iloc[0]
    fig, title, finding, alt = chart.plot_timeline(table, pairs, dated, undated)
    side = " ".join(t.get_text() for t in fig.axes[1].texts)
    plt.close(fig)
    assert "its day is not known" in side and "that day" not in side and "Fire spreads" in side


def test_a_report_and_its_denial_are_titled_without_zero_minutes():
    # the denial bounds the report from above by 0: titled 'came at most 0 minutes after ..., or before by an unknown
    # time'; and an order known with no length read 'later, by an unknown time later' in the same-day panel
    import matplotlib.pyplot as plt
    import pandas as pd

    from analysis.timeline import chart

    assert chart.span_words(pd.NaT, pd.Timedelta(0)) == "at the same time or before"
    assert chart.span_words(pd.Timedelta(0), pd.NaT) == "at the same time or after"
    article = analysis.load_article(ARTICLES / "wire_denial.txt")
    table, pairs = timeline.events(article), timeline.gaps(article)
    denial = timeline.find_event(article, "denies")
    report = next(e for e, label in zip(table["event"], table["label"]) if label == "Newspaper report")
    fig, title, finding, alt = chart.plot_timeline(table, pairs, denial, report)
    plt.close(fig)
    assert title == "“Newspaper report” came at the same time or before “Kremlin denies newspaper report”"
    assert "0 minutes" not in finding


def test_the_timeline_is_readable_at_600_pixels(seed):
    # 10.5 inches wide with 7.5-point labels, the seed's chart had text about 6 px high when shown 600 px wide; the
    # same-day panel now sits under the chart, in a figure 7.5 inches wide
    import matplotlib.pyplot as plt

    from analysis.timeline import chart

    known = ROOT / "notebooks" / "data" / "02_known_times_seed.csv"
    first, second, note = timeline.pick_events(seed, "parliament vote", "Pentagon denial", known)
    table, pairs = timeline.events(seed, known_times=known), timeline.gaps(seed, known_times=known)
    fig, title, finding, alt = chart.plot_timeline(table, pairs, first, second, loose=timeline.gap(seed, first, second),
                                                   names=("parliament vote", "Pentagon denial"))
    fig.canvas.draw()
    texts = [t for ax in fig.axes for t in [*ax.texts, *ax.get_xticklabels(), *ax.get_yticklabels()] if t.get_text()]
    pixels = {t.get_text(): t.get_fontsize() * 600 / (fig.get_figwidth() * 72) for t in texts + fig.texts}
    plt.close(fig)
    assert min(pixels.values()) >= 8, sorted(pixels.items(), key=lambda kv: kv[1])[:3]
    assert "Briefing ends" in pixels and any("Baghdad time" in text for text in pixels)  # another clock is named


def test_the_dates_chart_names_each_tick_once():
    # its ticks were the default locator's, two a month under a "%b %Y" label: "Mar 2024, Mar 2024, Apr 2024, ..."
    import matplotlib.pyplot as plt

    text = ("Rates unchanged\n\nThe bank's main rate has stayed at 4% since March 3, its board said in a statement "
            "on Tuesday.\n\nIts next meeting is on June 12.")
    article = analysis.load_article(text, id="dates", published="2024-05-09", timezone="Europe/London")
    fig, title, finding, alt = timeline.plot_timeline(timeline.events(article), timeline.gaps(article), None, None,
                                                      times=timeline.time_expressions(article))
    fig.canvas.draw()
    ticks = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    pixels = min(t.get_fontsize() for t in fig.axes[0].get_yticklabels()) * 600 / (fig.get_figwidth() * 72)
    plt.close(fig)
    assert len(ticks) >= 3 and len(set(ticks)) == len(ticks), ticks
    assert pixels >= 8


@pytest.mark.parametrize("precision", ["day", "time"])
def test_the_publication_is_marked_where_it_falls_on_the_axis(precision):
    stamp = "2016-09-25" if precision == "day" else "2016-09-25T14:30:00-04:00"
    article = analysis.load_article(
        "Poll shows a tight race\n\nWASHINGTON (AP) — The poll was conducted from Sept. 19 to 22 among 1,001 adults. "
        "Voters expect the senator to win Monday's debate at the state university.\n\nThe senator led by five "
        "points in the last poll.", published=stamp, timezone="America/New_York")
    table, pairs = timeline.events(article), timeline.gaps(article)
    poll = table[table["trigger"] == "conducted"]["event"].iloc[0]
    debate = table[table["kind"] == "debate"]["event"].iloc[0]
    fig, title, finding, alt = timeline.plot_timeline(table, pairs, poll, debate, published=article.published,
                                                      published_precision=article.published_precision)
    ax = fig.axes[0]
    texts = [t.get_text() for t in ax.texts]
    if precision == "day":  # the whole day is shaded: a date without a time is no moment
        assert "publication day" in texts
        band = [p for p in ax.patches if p.get_alpha() == 0.12]
        x0, x1 = (matplotlib.dates.num2date(v).replace(tzinfo=None) for v in
                  (band[0].get_x(), band[0].get_x() + band[0].get_width()))
        assert (x0.day, x0.hour, x1.day, x1.hour) == (25, 0, 26, 0)
    else:
        assert "published" in texts
        line = [ln for ln in ax.lines if ln.get_linestyle() == ":"][0]
        at = line.get_xdata()[0]  # (axvline keeps the Timestamp it was given)
        at = matplotlib.dates.num2date(at).replace(tzinfo=None) if isinstance(at, float) else at
        assert (at.day, at.hour, at.minute) == (25, 14, 30)
    assert "between 3 and 8 days" in title
    matplotlib.pyplot.close(fig)


def test_a_verb_in_the_present_for_words_is_titled_by_the_event_label():
    from analysis.timeline import chart

    assert chart._verb_words("approves", "approved") and chart._verb_words("ordered", "ordered")
    assert not chart._verb_words("parliament vote", "voted; passed") and not chart._verb_words("Pentagon denial", "deny")
