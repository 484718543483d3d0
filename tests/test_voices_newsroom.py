"""Voices: speakers a newsroom reader would name, on small articles in the shapes of a politics blog that quotes a
debate transcript between its own paragraphs, a wire story of a campaign day, a story that runs on after a transcript
excerpt, and a first-person column."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import analysis

ARTICLES = Path(__file__).resolve().parent / "articles"


@pytest.fixture(scope="module")
def quotes_of():
    cache: dict[str, pd.DataFrame] = {}

    def read(name: str) -> pd.DataFrame:
        if name not in cache:
            cache[name] = analysis.quotes(analysis.load_article(ARTICLES / name))
        return cache[name]

    return read


def row(frame: pd.DataFrame, starts_with: str) -> pd.Series:
    hits = frame[frame["quote"].str.startswith(starts_with)]
    assert len(hits) >= 1, f"no quote starts with {starts_with!r}:\n{frame[['quote', 'speaker']]}"
    return hits.iloc[0]


# --- a blog post that quotes a debate transcript between its own paragraphs ----------------------------------------

BLOG = "voices_debate_excerpts_blog.txt"


def test_the_writers_paragraphs_between_excerpts_are_no_ones_turn(quotes_of):
    # 'TRUMP: ...' then 'That was a good line for Trump. ...': the writer's words, not more of Trump's turn
    q = quotes_of(BLOG)
    for words in ("That was a good line", "I asked a Republican strategist", "2. Preparation", "Trump mocked Clinton",
                  "The moderator asked Trump", "Clinton had her answer ready"):
        assert not q["quote"].str.startswith(words).any(), words
    assert row(q, "I will release my tax returns").speaker == "Donald Trump"
    assert row(q, "She doesn't have the look").speaker == "Donald Trump"  # a later excerpt is a turn again


def test_a_label_in_capitals_is_the_person_written_in_full(quotes_of):
    # 'CLINTON: ...' is Hillary Clinton, as the article names her, so "he interjected" is not her
    q = quotes_of(BLOG)
    assert row(q, "Maybe he's not as rich").speaker == "Hillary Clinton"
    r = row(q, "That makes me smart")
    assert (r.speaker, r.cue) == ("Donald Trump", "interjected")


def test_the_one_asked_answers_even_unnamed(quotes_of):
    # 'I asked a Republican strategist what she made of that answer. "It's a disaster," she told me.'
    q = quotes_of(BLOG)
    r = row(q, "It's a disaster")
    assert (r.speaker, r.speaker_kind) == ("a Republican strategist", "anonymous")
    # and a "she" after the next paragraphs about Clinton is Clinton again
    assert row(q, "I think Donald just criticized me").speaker == "Hillary Clinton"


# --- a wire story of a campaign day --------------------------------------------------------------------------------

WIRE = "voices_wire_campaign_day.txt"


def test_a_name_beside_a_title_with_no_verb_of_its_own_is_the_subject(quotes_of):
    # "Clinton's running mate, Tim Kaine, piled on. He told reporters ..." (parsed as a noun with a clause)
    q = quotes_of(WIRE)
    assert row(q, "He's got to come clean").speaker == "Tim Kaine"


def test_the_next_sentence_names_who_said_it(quotes_of):
    q = quotes_of(WIRE)
    r = row(q, "If I win, I will fix the system myself")  # '"...." Trump made the remark near the end of ...'
    assert (r.speaker, r.cue) == ("Donald Trump", "made")
    assert row(q, "That's the most cynical thing").speaker == "Robby Mook"  # "That was the response from X"
    r = row(q, "It's a disgrace")  # "The comment, from Republican Sen. X of South Carolina, was echoed ..."
    assert (r.speaker, r.cue) == ("Lindsey Graham", "comment")


def test_a_remark_drawing_a_rebuke_is_not_the_rebukers():
    # 'The comment, from X,' names who said it; 'The remark drew a rebuke from Y' does not make it Y's
    text = ("Mayor vows to fight closure\n\nMayor Ann Lee said Tuesday the plant would stay open.\n\n"
            '"Not on my watch." The remark drew a rebuke from Gov. Paul Hart, who called it reckless.\n')
    frame = analysis.quotes(analysis.load_article(text, id="remark"))
    assert row(frame, "Not on my watch").speaker != "Paul Hart"


def test_a_speech_verb_set_off_by_commas_speaks_for_the_scare_quote(quotes_of):
    # 'Trump's surrogates, he said, were "twisting themselves into knots."': Podesta's words, not Trump's
    r = row(quotes_of(WIRE), "twisting themselves into knots")
    assert (r.speaker, r.cue, r.fragment) == ("John Podesta", "said", True)


def test_as_he_likes_to_say(quotes_of):
    r = row(quotes_of(WIRE), "a gift for numbers")
    assert (r.speaker, r.cue) == ("Donald Trump", "say")


def test_the_one_led_to_fear_it(quotes_of):
    # "The disclosure led Republican strategist Margaret Hale to fear a 'slow-motion collapse'": hers
    r = row(quotes_of(WIRE), "slow-motion collapse")
    assert (r.speaker, r.speaker_kind) == ("Margaret Hale", "person")


# --- a story that runs on after a transcript excerpt ---------------------------------------------------------------

AFTER = "voices_transcript_then_story.txt"


def test_the_story_after_the_last_turn_is_the_reporters(quotes_of):
    # 'Afterward, Pence told reporters, "I thought it went well."': an "I" in a quote is not Pence's turn going on
    q = quotes_of(AFTER)
    assert not q["quote"].str.startswith("Afterward").any()
    r = row(q, "I thought it went well")
    assert (r.speaker, r.cue) == ("Mike Pence", "told") and pd.isna(r.nested_in)
    assert row(q, "very proud").speaker == "Tim Kaine"
    assert row(q, "Senator, you and Hillary Clinton").speaker == "Mike Pence"


def test_a_voter_asked_answers_not_the_reporter_who_asked(quotes_of):
    r = row(quotes_of(AFTER), "Neither of them")
    assert (r.speaker, r.speaker_kind) == ("a voter", "anonymous")


# --- a first-person column -----------------------------------------------------------------------------------------

COLUMN = "voices_first_person_column.txt"


def test_the_verb_whose_clause_holds_the_quote(quotes_of):
    # 'When Donald Trump said "we have ...," I found myself nodding': Trump's words, not the columnist's
    r = row(quotes_of(COLUMN), "we have to bring back law and order")
    assert (r.speaker, r.cue) == ("Donald Trump", "said")


def test_the_columnists_own_words_and_an_unnamed_woman(quotes_of):
    q = quotes_of(COLUMN)
    r = row(q, "He sounded like a president tonight")
    assert (r.speaker, r.speaker_kind) == ("Martin Okafor", "outlet")
    r = row(q, "He is a con man")  # "When I asked a woman at my polling place what she thought, she said"
    assert (r.speaker, r.speaker_kind) == ("a woman", "anonymous")
    assert row(q, "a long record").speaker == "Hillary Clinton"  # 'as she said herself'
