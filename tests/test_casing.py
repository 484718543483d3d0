"""Headlines in title case or capitals are parsed in sentence case, and keep their own words in every row."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import analysis
from analysis import casing, nlp

ARTICLES = Path(__file__).parent / "articles"

BODY = ("MOSCOW (Reuters) - The Kremlin on Tuesday dismissed a report that President Vladimir Putin was ill, "
        "calling it a fabrication. Kremlin spokesman Dmitry Peskov told reporters that Putin was in good health and "
        "would attend a meeting on Wednesday. The report, published by a tabloid, cited unnamed sources. Peskov said "
        "the president had no illness and that the report was false. Putin has led Russia for more than two decades.")


def test_title_case_and_capitals_are_read_in_sentence_case_from_the_article_s_own_usage():
    assert casing.parse_text("Kremlin Dismisses Report of Putin Illness", BODY) == \
        "Kremlin dismisses report of Putin illness"
    assert casing.parse_text("KREMLIN DISMISSES REPORT OF PUTIN ILLNESS", BODY) == \
        "Kremlin dismisses report of Putin illness"
    # a sentence-case headline is parsed as it is; so is a headline with no body to tell names by
    assert casing.parse_text("Kremlin dismisses report of Putin illness", BODY) is None
    assert casing.parse_text("Kremlin Dismisses Report of Putin Illness", "Too short.") is None
    # initialisms, inner capitals and dotted abbreviations stay as written; a noun the body never writes keeps its capital
    assert casing.parse_text("U.S. Bans iPhone Sales as NATO Talks Stall Over Tariffs", BODY) == \
        "U.S. bans iPhone Sales as NATO talks stall over tariffs"  # ("tariff" is a verb too)


def test_a_title_case_headline_gets_its_verb_and_names_and_keeps_its_words():
    article = analysis.load_article("Kremlin Dismisses Report of Putin Illness\n\nBy Jane Roe\n\n" + BODY,
                                    published="2024-03-05")
    headline = nlp.parse(article)[0]
    assert headline.part == "headline" and headline.doc.text == article.headline  # the words as printed
    verb = [t for t in headline.doc if t.text == "Dismisses"][0]
    assert verb.pos_ == "VERB" and verb.dep_ == "ROOT"
    assert ("Putin", "PERSON") in [(e.text, e.label_) for e in headline.doc.ents]
    actors = analysis.actors(article)
    assert not actors.actor.str.contains("Dismisses").any()  # (it was one organization, "Kremlin Dismisses Report")
    claims = analysis.claims(article)
    top = claims[claims.part == "headline"].iloc[0]
    assert (top.stance, top.cue, top.holder) == ("denial", "Dismisses", "Kremlin")


def test_a_headline_surname_shared_by_two_people_joins_neither():
    # "Obama" over a story about President Obama that also names Michelle Obama: neither by the headline alone, so
    # "President Obama" in the lede stays the president's (the headline had joined it to Michelle Obama)
    text = ("Obama Urges Voters To Turn Out For Clinton\n\nBy Jane Roe\n\nPresident Obama told a dinner on Saturday "
            "that he would take it personally if voters stayed home. \"It's about me,\" he said. Mr. Obama spoke for "
            "half an hour.\n\nMichelle Obama, the first lady, has campaigned in several states this month. Mrs. Obama "
            "said the election mattered to her family.\n\nThe president returns to the campaign trail next week, "
            "aides said, with stops in Ohio and Florida.")
    article = analysis.load_article(text, published="2016-09-19")
    people = analysis.actors(article).set_index("actor")
    assert people.loc["Michelle Obama", "title"] != "President"
    assert people.loc["Michelle Obama", "mentions"] <= 2
    # and his words are his: voices does not fill "Obama" out to the one full name of that surname when the actors
    # layer keeps the two apart
    quotes = analysis.quotes(article)
    assert quotes.loc[quotes.quote.str.startswith("It's about me"), "speaker"].tolist() == ["Obama"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Senate", "Passes", "Bill", "On", "Tuesday", "NATO", "U.S.", "Rejects", "Claims",
                                 "Of", "The", "iPhone", "Maker", "Denies", "Report", "McCain", "Says", "SHE", "Will",
                                 "Run", "Again"]), min_size=1, max_size=10))
def test_the_text_for_the_parser_only_changes_case(words):
    headline = " ".join(words)
    for text in (headline, headline.upper()):
        out = casing.parse_text(text, BODY)
        assert out is None or (len(out) == len(text) and out.lower() == text.lower() and out != text)


def test_claims_trust_the_sentence_case_reading_of_a_title_case_headline():
    # "Kazakh Court Jails Activist For Seven Years Over Protest Posts": the verb is "Jails", not the noun "Posts"
    # (claims' own guess for title case, any capitalized noun after the first word may be the verb, is not needed)
    article = analysis.load_article(ARTICLES / "rferl_service_byline.txt")
    top = analysis.claims(article).query("part == 'headline'").iloc[0]
    assert (top.stance, top.cue) == ("claim", "Jails")
