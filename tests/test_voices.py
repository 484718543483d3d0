"""Voices: quotes with their speakers, on the seed and on small articles in the shapes other outlets publish."""
from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis import load_article, load_corpus
from analysis.voices import QUOTE_COLUMNS, SOURCE_COLUMNS, quote_spans

SEED = "000_9c154d11e121030f"


@pytest.fixture(scope="module")
def seed():
    return load_corpus("seeds")[SEED]


@pytest.fixture(scope="module")
def seed_quotes(seed):
    return analysis.quotes(seed)


def row(frame: pd.DataFrame, starts_with: str) -> pd.Series:
    hits = frame[frame["quote"].str.startswith(starts_with)]
    assert len(hits) >= 1, f"no quote starts with {starts_with!r}:\n{frame[['quote', 'speaker']]}"
    return hits.iloc[0]


def read(text: str, id: str, outlet: str | None = None):
    """An article written for these tests, and its quotes."""
    article = load_article(text, id=id, outlet=outlet)
    return article, analysis.quotes(article)


def part_text(article, part: str, index: int = 0) -> str:
    if part == "body":
        return article.body
    if part == "caption":
        return article.captions[index]
    return getattr(article, part)


# --- the seed ----------------------------------------------------------------------------------------------------


def test_seed_columns_and_offsets(seed, seed_quotes):
    assert list(seed_quotes.columns) == QUOTE_COLUMNS
    for r in seed_quotes.itertuples():
        index = r.paragraph if r.part == "caption" else 0
        assert part_text(seed, r.part, index)[r.start:r.end] == r.quote


def test_seed_defense_secretary_on_the_record(seed_quotes):
    r = row(seed_quotes, "There is no decision to leave")
    assert (r.speaker, r.speaker_kind, r.cue, r.direct, r.fragment) == ("Mark Esper", "person", "said", True, False)
    assert r.paragraph == 3


def test_seed_letter_is_a_document_with_its_author(seed_quotes):
    r = row(seed_quotes, "in due deference to the sovereignty")
    assert r.speaker_kind == "document"
    assert r.speaker == "the letter"
    assert r.author == "William Seely"
    assert r.cue == "stated"


def test_seed_pronoun_speaker_and_nested_quote(seed_quotes):
    outer = row(seed_quotes, "Bottom line, he said")
    assert outer.speaker == "Mark Milley" and outer.direct
    inner = row(seed_quotes, "hey, shouldn’t have happened, draft… honest mistake")
    assert inner.speaker == "Kenneth McKenzie"
    assert inner.speaker_kind == "person"
    assert seed_quotes.loc[inner.nested_in, "quote"].startswith("Bottom line, he said")


def test_seed_anonymous_official_reported_speech(seed_quotes):
    r = row(seed_quotes, "the draft letter was an indication")
    assert r.speaker_kind == "anonymous" and not r.direct
    assert r.speaker == "a U.S. official" and r.cue == "told"


def test_seed_outlet_reported_speech(seed_quotes):
    r = row(seed_quotes, "because the United States had suspended")
    assert (r.speaker, r.speaker_kind, r.direct, r.cue) == ("Washington Post", "outlet", False, "reported")


def test_seed_paraphrase_after_a_name(seed_quotes):
    r = row(seed_quotes, "he had just spoken with")
    assert (r.speaker, r.direct, r.cue) == ("Mark Milley", False, "said")


def test_seed_scare_quotes_are_fragments(seed_quotes):
    mistake = seed_quotes[(seed_quotes["part"] == "dek")].iloc[0]
    assert mistake.quote.startswith("mistake") and mistake.fragment
    colorful = row(seed_quotes, "colorful")
    assert colorful.fragment and colorful.speaker == "Mark Milley" and colorful.cue == "according to"
    assert not row(seed_quotes, "There is no decision").fragment


def test_seed_sources(seed):
    table = analysis.sources(seed)
    assert list(table.columns) == SOURCE_COLUMNS
    by = table.set_index("source")
    assert by.loc["Mark Esper", "direct_quotes"] == 1
    assert by.loc["Mark Esper", "kind"] == "person"
    assert by.loc["the letter", "kind"] == "document"
    assert by.loc["a U.S. official", "kind"] == "anonymous"
    assert by.loc["a U.S. official", "indirect"] == 1
    assert by.loc["Washington Post", "kind"] == "outlet"
    assert by.loc["Kenneth McKenzie", "direct_quotes"] == 1
    assert table["words_quoted"].iloc[0] == table["words_quoted"].max()
    assert by.loc["Mark Esper", "first_paragraph"] == 2


# --- other outlets' shapes ---------------------------------------------------------------------------------------

WIRE = """Iraq tells U.S. to prepare for troop withdrawal

BAGHDAD (Reuters) - Iraq said on Tuesday it would ask foreign forces to leave the country within a year, a move U.S. officials called "premature."

"We have informed the ambassador of our decision," Prime Minister Adel Abdul Mahdi said in a televised address.

Abdul Mahdi told lawmakers: "The presence of foreign troops is no longer needed."

"We oppose any unilateral action that destabilizes the region," China said in a statement.

"This is the beginning of the end of the mission," a senior Iraqi official said, speaking on condition of anonymity.

People familiar with the talks said the timetable could slip.

Reporting by Jane Roe; Editing by John Poe
"""

NEWSPAPER = """Commander says troops will stay

Gen. Robert Vance, the commander of the coalition, spoke to reporters at the base on Friday.

“The first thing we did was call our allies.

“Then we called the Iraqi ministry, and they understood,” Vance said.

We will not leave until the job is done,” he said.

“Our partners asked us to stay,” the general added. “We intend to.”

“We came here to help, and we will leave when our partners ask us to. Not before.”

— Ambassador Mary Collins, in a statement

According to The New York Times, the withdrawal plan was drafted in December.
"""

BULLETS = """# Pentagon says no decision on Iraq

Defense Secretary Anna Brooks met reporters on Monday.

What she's saying:

"There has been no decision to withdraw, and there will be none this week."

What they're saying:

- "We're not leaving Iraq," Gen. Robert Vance told reporters.
- Sen. Tom Hale said the decision "makes us less safe."
- The general added that the troops were "safe and ready."
"""


# An AP-style campaign story: descriptions, pronoun chains, a debate transcript, a signature after a quote.
CAMPAIGN = """Governor and challenger trade blows over jobs

COLUMBUS, Ohio (AP) — Gov. Laura Diaz of Ohio and her Republican challenger, Donald Reed, traded accusations on Tuesday.

The Ohio governor said, “We created more jobs than any state in the region.”

Reed, a developer, spoke at a rally in Dayton an hour later. The New York businessman says of Diaz, “She has run out of ideas.”

Peter Grant, a former state treasurer, dismissed Reed’s plan as a “fantasy.” He added that Diaz had a record to defend and that Reed had none.

“Voters can count,” he said.

Diaz also disputed Reed’s claim that the state had lost “thousands of factory jobs” since she took office.

“Does anybody know what the plan is?” Diaz asked. “Neither do I.”

From the debate transcript:

"MODERATOR: Governor, will you raise taxes?

"DIAZ: No. Not on working families.

Supporters sent in their comments:

“I will not let this state go back.”― Maria Lopez
"""


@pytest.fixture(scope="module")
def campaign():
    return read(CAMPAIGN, "campaign")


@pytest.fixture(scope="module")
def wire():
    return read(WIRE, "wire")


@pytest.fixture(scope="module")
def newspaper():
    return read(NEWSPAPER, "newspaper")


@pytest.fixture(scope="module")
def bullets():
    return read(BULLETS, "bullets", outlet="Axios")


def test_quote_first_with_title_and_straight_marks(wire):
    _, q = wire
    r = row(q, "We have informed the ambassador")
    assert (r.speaker, r.speaker_kind, r.cue) == ("Adel Abdul Mahdi", "person", "said")
    assert r.quote.endswith("decision")  # the comma before the closing mark is the attribution's


def test_speaker_first_with_colon(wire):
    _, q = wire
    r = row(q, "The presence of foreign troops")
    assert (r.speaker, r.cue) == ("Adel Abdul Mahdi", "told")


def test_country_as_speaker(wire):
    _, q = wire
    direct = row(q, "We oppose any unilateral action")
    assert (direct.speaker, direct.speaker_kind) == ("China", "organization")
    reported = row(q, "it would ask foreign forces")
    assert (reported.speaker, reported.speaker_kind, reported.direct) == ("Iraq", "organization", False)


def test_anonymous_sources(wire):
    _, q = wire
    official = row(q, "This is the beginning of the end")
    assert official.speaker_kind == "anonymous" and official.speaker == "a senior Iraqi official"
    familiar = row(q, "the timetable could slip")
    assert familiar.speaker_kind == "anonymous" and not familiar.direct
    assert familiar.speaker.startswith("People familiar with")


def test_scare_quote_attributed_where_the_text_says_whose_word(wire):
    _, q = wire
    r = row(q, "premature")
    assert r.fragment and r.speaker_kind == "anonymous" and r.cue == "called"


def test_quote_running_over_two_paragraphs(newspaper):
    article, q = newspaper
    r = row(q, "The first thing we did")
    assert r.quote.endswith("and they understood")
    assert "\n\n" in r.quote
    assert r.speaker == "Robert Vance"
    assert not (q["quote"].str.startswith("Then we called")).any()


def test_missing_opening_mark(newspaper):
    _, q = newspaper
    r = row(q, "We will not leave until the job is done")
    assert r.speaker == "Robert Vance" and r.direct


def test_description_and_continued_quote(newspaper):
    _, q = newspaper
    first = row(q, "Our partners asked us to stay")
    assert first.speaker == "Robert Vance" and first.speaker_text == "the general"
    assert row(q, "We intend to").speaker == "Robert Vance"


def test_block_quote_with_speaker_on_next_line(newspaper):
    _, q = newspaper
    r = row(q, "We came here to help")
    assert (r.speaker, r.speaker_kind, r.cue) == ("Mary Collins", "person", "—")


def test_according_to_an_outlet(newspaper):
    _, q = newspaper
    r = row(q, "the withdrawal plan was drafted")
    assert (r.speaker, r.speaker_kind, r.cue, r.direct) == ("New York Times", "outlet", "according to", False)


def test_label_then_quote(bullets):
    _, q = bullets
    r = row(q, "There has been no decision to withdraw")
    assert r.speaker == "Anna Brooks" and r.speaker_text == "she"


def test_bullets(bullets):
    _, q = bullets
    assert row(q, "We're not leaving Iraq").speaker == "Robert Vance"
    hale = row(q, "makes us less safe")
    assert hale.fragment and hale.speaker == "Tom Hale"
    ready = row(q, "safe and ready")
    assert ready.speaker == "Robert Vance"


def test_no_quotes_gives_empty_tables():
    article = load_article("Quiet day\n\nNothing happened in the capital on Sunday.\n", id="quiet")
    q = analysis.quotes(article)
    assert q.empty and list(q.columns) == QUOTE_COLUMNS
    s = analysis.sources(article)
    assert s.empty and list(s.columns) == SOURCE_COLUMNS


# --- quotation marks alone ---------------------------------------------------------------------------------------


def test_quote_spans_apostrophes_do_not_close_nested_quotes():
    text = "“He said ‘the troops’ families shouldn’t worry’ today,” she said."
    spans = quote_spans(text)
    assert [text[s.start:s.end] for s in spans] == [
        "He said ‘the troops’ families shouldn’t worry’ today,", "the troops’ families shouldn’t worry"]
    assert spans[1].parent == 0


def test_quote_spans_unclosed_paragraph_ends_with_it():
    text = "“We will stay, he said.\n\nThe ministry did not answer."
    (span,) = quote_spans(text)
    assert text[span.start:span.end] == "We will stay, he said."


def test_quote_spans_closing_mark_typeset_as_the_opening_one():
    """Some outlets set ” where “ belongs: after a space and before a word, with no quote open, it opens one."""
    text = "“It’s a disgrace,” Jane Roe said of the tape. ”No one should talk that way,” she said, calling it ”vile.”"
    assert [text[s.start:s.end] for s in quote_spans(text)] == [
        "It’s a disgrace,", "No one should talk that way,", "vile."]
    para = "”Fear. I am truly afraid.” ― Edwin Ortiz"  # a reader's answer opening with the mark
    assert [para[s.start:s.end] for s in quote_spans(para)] == ["Fear. I am truly afraid."]
    _, q = read("Roe denounces tape\n\n" + text + "\n", "closing-as-opening")
    assert row(q, "No one should talk that way").speaker == "Jane Roe"


words = st.sampled_from(["said", "Smith", "the", "official", "“", "”", '"', "‘", "’", "'", ",", ".", "\n\n",
                         "he", "troops", "leave", "—", "- ", ":", "according", "to", "Reuters"])


@given(st.lists(words, max_size=40).map(" ".join))
@settings(max_examples=200, deadline=None)
def test_quote_spans_index_their_text(text):
    for span in quote_spans(text):
        assert 0 <= span.start <= span.end <= len(text)
        if span.parent is not None:
            assert span.parent < len(quote_spans(text))


@given(st.lists(words, min_size=1, max_size=30).map(" ".join))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_quotes_never_crash_and_offsets_index_the_part(body):
    article = load_article("Headline here\n\n" + body + "\n", id="generated")
    q = analysis.quotes(article)
    for r in q.itertuples():
        index = r.paragraph if r.part == "caption" else 0
        assert part_text(article, r.part, index)[r.start:r.end] == r.quote
        assert r.speaker_kind in ("person", "anonymous", "document", "organization", "outlet", "unknown")
    analysis.sources(article)


# --- charts ------------------------------------------------------------------------------------------------------


def test_charts_state_the_finding(seed, seed_quotes):
    import matplotlib

    matplotlib.use("Agg")
    from analysis import voices

    fig, title, finding, alt = voices.plot_speakers(analysis.sources(seed))
    assert title == "The letter has 45% of the quoted words"
    assert "44 of 97 words" in finding and alt
    table = voices.sourcing_table(seed_quotes)
    assert table.set_index("kind").loc["anonymous", "indirect"] == 1
    fig2, title2, finding2, _ = voices.plot_sourcing(table)
    assert title2 == "11 of 16 attributions name a person"
    matplotlib.pyplot.close(fig)
    matplotlib.pyplot.close(fig2)


# --- speakers through descriptions, pronouns, labels and clauses ----------------------------------------------------


def test_description_resolved_by_title(campaign):
    _, q = campaign
    assert row(q, "We created more jobs").speaker == "Laura Diaz"  # "The Ohio governor" after "Gov. Laura Diaz"
    assert row(q, "She has run out").speaker == "Donald Reed"  # "The New York businessman", the man in view


def test_pronoun_follows_the_chain_of_subjects(campaign):
    _, q = campaign
    # "Peter Grant ... dismissed ... He added that Diaz ... and that Reed ... “Voters can count,” he said."
    assert row(q, "Voters can count").speaker == "Peter Grant"


def test_scare_quote_belongs_to_the_subject_of_its_clause(campaign):
    _, q = campaign
    fantasy = row(q, "fantasy")
    assert fantasy.fragment and fantasy.speaker == "Peter Grant" and fantasy.cue == "dismissed"


def test_cue_in_the_next_sentence_and_quote_continued(campaign):
    _, q = campaign
    assert row(q, "Does anybody know").speaker == "Laura Diaz"
    assert row(q, "Neither do I").speaker == "Laura Diaz"


def test_transcript_labels_name_the_speaker(campaign):
    article, q = campaign
    moderator = row(q, "Governor, will you raise taxes")
    assert moderator.speaker == "Moderator" and moderator.cue == ":"
    answer = row(q, "No. Not on working families")
    assert answer.speaker == "Laura Diaz" and article.body[answer.start:answer.end] == answer.quote


def test_signature_right_after_the_closing_mark(campaign):
    _, q = campaign
    assert row(q, "I will not let this state").speaker == "Maria Lopez"


ADS = """Senator turns to ads in final week

WASHINGTON — Sen. Ruth Okafor kept her remarks on the banks to hypothetical cases on Wednesday.

“If any bank cannot be managed, it should be broken up.”

Her campaign released a new ad on Thursday. The ad says her opponent “has never run anything.”

The primary requirement is a “lawful source of income,” as a Treasury memo put it.
"""


@pytest.fixture(scope="module")
def ads():
    return read(ADS, "ads")


def test_quote_paragraph_after_a_paragraph_about_a_person(ads):
    _, q = ads
    assert row(q, "If any bank cannot be managed").speaker == "Ruth Okafor"


def test_ads_and_memos_speak_as_documents(ads):
    _, q = ads
    ad = row(q, "has never run anything")
    assert (ad.speaker, ad.speaker_kind) == ("the ad", "document")
    memo = row(q, "lawful source of income")
    assert memo.speaker_kind == "document" and memo.cue == "put"


RACE = """Senators clash over funding as deadline nears

WASHINGTON – Senate Majority Leader Tom Avery accused Democrats on Tuesday of blocking money to fight the virus.

Minority Leader Harold Quint, who is retiring at the end of the year, fired back within the hour. He said Republicans had loaded the bill with riders.

"It's a shame," the Nevada Democrat said. "Women in Florida are waiting."

Clinton's running mate, Tim Kaine, dismissed the remarks. Speaking in Virginia, he called them "a distraction from the real issues."

"This is not a normal election," he said. "Everything we have done is on the ballot."

Asked about the comments, Avery shrugged.

Florida Gov. Rick Scott, a Republican, has called on Congress to return. In a letter to Avery and House Speaker Paul Ryan, he wrote that the state "cannot wait any longer."

Avery's campaign manager, Kellyanne Conway, told reporters that Avery would not change his approach. "He is who he is," she said.

Voters in Ohio are unsure. Linda Hart has voted for a Republican in every election since 1980.

"I just don't know anymore," Hart, 62, said on her porch. Her husband, Carlos, drives her to the polls. "He worries more than I do," she said.

With 50 days until the election, Minyon Moore, a senior adviser to the campaign, called the remarks "a true wake-up call" to supporters.

When Scott noted that Ryan had not paid taxes ― as was true for the years his returns were made public ― Ryan boasted, “That makes me smart.”

Rival Laura Diaz had mocked the complaint, saying anybody who complains about a microphone “is not having a good night.”
"""


COAL = """In coal country, a family divided

WILLIAMSON, W.Va. — When the mine closed, Jerry Cline lost the job he had held for 22 years.

"I love my dad, but I can't do it," Ashley Cline, now 19, said.

When Hillary Clinton said in March that she would put coal miners out of business, Jerry Cline took it personally.

"She meant it," he says. "She wasn't taking it out of context."

Clinton later apologized, telling a CNN town hall that she had misspoken.

The mayor's wife, Teresa, runs a diner on Main Street. Most of her customers are for Trump, she said.

"They come in every morning and argue about it," she said.

Bishop Charles Ellis, who leads a church across town, agrees. He has invited both campaigns to speak.

"He listened. I'll give him that," Ellis said.

Ellis rejected the criticism. "If Secretary Clinton wants to come, the door is open," he said.
"""


TWEETS = """Trump Slams Media Over Debate Coverage

Donald Trump took to Twitter on Friday morning to blast the media over its coverage of the debate.

"The media is so dishonest!" Trump tweeted.

He followed up with another post:

"Wow, did Crooked Hillary just get caught using a secret earpiece? Very unfair!"

CNN's Jake Tapper said on air that Clinton had "dominated" the exchange.

"I think he did a fantastic job," Giuliani said. "He was up against a professional liar."

Clinton campaign chairman John Podesta responded on Twitter:

"Another day, another conspiracy theory from the Trump campaign."
"""


# A wire story's shapes: unnamed voices and institutions that speak through "he", "it" and "they"; a quote after
# a sentence about its speaker; a next paragraph whose "..., X said, ..." belongs to its own words.
BLAST = """Blast hits embassy as dozens are hurt

NAIROBI, Kenya (AP) — A bomb exploded outside an embassy in the capital on Friday, killing at least 12 people, officials said. Dozens of people were still missing, and the toll was expected to rise, they said.

"Security is tight," said Marilyn Banks, a spokeswoman for the city hospital.

"It was definitely a bomb," said a Western diplomat in Nairobi, who asked not to be named. "You can see a crater behind the building," he said.

A tearful crowd later listened to nurse Emily Rowe, who was injured in the blast. She spoke of colleagues who had been killed.

"They paid an awful price," she said.

The Security Council met in emergency session. A resolution adopted on Saturday "expresses its deep sorrow" to the families. It stresses that every nation "has the duty to refrain from assisting terrorist acts."

The company that guards the compound is defending its staff. It said in a statement: "Our guards followed every procedure."

Critics of the embassy's security, like Senators Paul Grant and Mark Ives, sent a letter on Thursday to the State Department.

"The building has been left exposed for years," they wrote.

His former deputy at the embassy, Laura Penn, called the ambassador a master of quiet diplomacy. "He kept the doors open when no one else would."

The embassy was a fortress, Ambassador John Hale said, until the budget cuts of 1999.
"""


# A campaign story: people called by title and party ("the Republican nominee", "The GOP nominee", "the senator"),
# a name the tagger does not know beside a title, a question put to the speaker, and groups and documents that
# speak through "it" and "they" in reported speech.
OHIO = """Trump and Clinton spar over trade in Ohio

COLUMBUS, Ohio — Republican presidential nominee Donald Trump told supporters in Ohio on Tuesday that his rival would ship jobs overseas, while Democratic nominee Hillary Clinton accused him of hiding his tax returns.

"She has been wrong on trade for thirty years," the Republican nominee said.

Clinton, the former secretary of state, campaigned in Cleveland with Sen. Sherrod Brown (D-Ohio), who has long opposed trade deals.

"We need a president who will stand up for workers," the senator said. "I trust her to do that."

The Democratic nominee said Trump had built his business on Chinese steel.

"He talks about bringing jobs back, but he buys his steel from China," she said.

Trump's running mate, Indiana Gov. Mike Pence, defended the billionaire at a town hall in Dayton. The Indiana governor said the campaign would release a plan next week.

"We have a plan to bring manufacturing back to Ohio," Pence said.

Asked whether Trump would release his taxes, he repeated that an audit was under way.

Kellyanne Conway, Trump's campaign manager, told reporters on the plane that the trade message was working.

"Ohio is very much in play," she said.

Reince Priebus, the chairman of the Republican National Committee, agreed. "The numbers are moving our way," he said.

Clinton's campaign chairman, John Podesta, dismissed the polls. He said the campaign had more than 100 field offices in the state.

"We are not taking anything for granted," the campaign chairman said.

Huma Abedin, a longtime Clinton aide, was not on the trip.

Brown later told reporters that Trump "has never been on the side of workers."

"He's been on the side of his own wallet," Brown said. "That's all he cares about."

The GOP nominee fired back on Twitter late Tuesday.

"Sherrod Brown is a total lightweight," he wrote.

Trump campaigned in Florida on Wednesday. Clinton toured a factory in Toledo.

"She will say anything to win Ohio," the Republican nominee said.

The city of Columbus sent a cease-and-desist letter to the campaign on Wednesday. It says the rally broke the terms of the permit.

Twelve states and several business groups are challenging the rules in court. They argue that the agency overstepped its authority.

As a host of a radio show, Trump mocked callers, according to former producers. They said he kept a list of names.

Senators Jane Ortiz and Mark Bell say other changes are needed. The tariff plan has grown well beyond its purpose, they say.

Trump was similarly defensive when forced to defend not paying a contractor who said he was stiffed after he built a clubhouse at one of Trump's golf courses, saying, "Maybe he didn't do a good job."

Proxies are not allowed when members vote "to fill a vacancy on the national ticket," per the party's bylaws.

His doctor's first letter was widely mocked for its prediction that Trump would be "the healthiest individual ever elected to the presidency."
"""

# A campaign-trail story that calls its people by what they are ("The Manhattan billionaire", "the real estate
# mogul") and quotes an unnamed aide twice.
TRAIL = """Clinton allies fret over turnout as Trump gains

Hillary Clinton's campaign is worried about young voters. Campaign manager Robby Mook told reporters on Monday that the campaign would spend heavily on digital ads aimed at millennials.

"We're going to be everywhere they are," Mook said.

The former secretary of state has struggled to win over supporters of Bernie Sanders, who endorsed her in July. The Vermont senator will campaign for her in New Hampshire this week.

"This is not a time for a protest vote," the senator said in a statement.

Donald Trump, meanwhile, spent the day in Florida. The Manhattan billionaire told a crowd in Miami that Clinton had "no energy."

"She doesn't have the stamina," the real estate mogul said. "Believe me."

His running mate, Mike Pence, took a softer tone in Iowa. "We respect Secretary Clinton," he said, "but we disagree with her on almost everything."

Clinton responded on Twitter. "I've got plenty of energy," she wrote. "Ask my staff."

A senior Clinton aide, who spoke on condition of anonymity to discuss strategy, said the campaign was not worried. "We have the ground game," the aide said.

Trump's campaign did not respond to a request for comment. It later released a statement calling Clinton "unfit to serve."
"""

# A state-politics story: a spokeswoman the tagger does not know, a colon after a sentence about the speaker, a
# video, and two men at a bar.
PIPELINE = """Governor stands firm on pipeline

Gov. Jane Roe was blunt on Tuesday: "We will not back down."

Her opponent, state Sen. Tom Hale, had a different view. "This pipeline is a mistake," he said at a rally in Fargo.

Roe's spokeswoman, Ana Ruiz, dismissed the criticism. Ruiz called Hale's remarks "political theater" and said the governor would sign the permit.

The governor's message to protesters was simple. "Go home," she told them.

Hale posted a video on Facebook later that day.

"We are going to fight this in court," he said in the video. "And we are going to win."

John Kerr, a retired welder, sat at the bar with his friend Paul Dunn. Kerr supports the pipeline. Dunn does not.

"It means jobs," Kerr said. "Real jobs."

Dunn laughed. "He says that every year," he said.

To settle the question, they turned to the North Dakota Industrial Commission which reported "more than 40 leaks" along the route since 2010.
"""

ARTICLES = {"race": RACE, "coal": COAL, "tweets": TWEETS, "blast": BLAST, "ohio": OHIO, "trail": TRAIL,
            "pipeline": PIPELINE}


@pytest.fixture(scope="module")
def written():
    """The quotes of each article written for the speaker rules below, by id."""
    return {key: read(text, key)[1] for key, text in ARTICLES.items()}


@pytest.mark.parametrize("key, quote, speaker", [
    # pronouns: an apposition counts as its subject; not an object of the pronoun's own clause
    ("race", "a distraction from the real issues", "Tim Kaine"),  # "Clinton's running mate, Tim Kaine,"
    ("race", "This is not a normal election", "Tim Kaine"),
    ("race", "cannot wait any longer", "Rick Scott"),  # "In a letter to Avery and ... Ryan, he wrote"
    ("race", "He is who he is", "Kellyanne Conway"),
    ("race", "Everything we have done is on the ballot", "Tim Kaine"),  # not "Asked ..., Avery shrugged."
    ("race", "It's a shame", "Harold Quint"),  # "the Nevada Democrat": a party member is a person
    ("race", "I just don't know anymore", "Linda Hart"),  # a surname the tagger did not tag
    ("race", "He worries more than I do", "Linda Hart"),  # "Carlos" alone is a man's first name
    ("race", "a true wake-up call", "Minyon Moore"),  # the parser hangs the name on "the election"
    ("race", "That makes me smart", "Paul Ryan"),  # not the dash the parser takes for a subject
    ("race", "is not having a good night", "Laura Diaz"),  # not "anybody who complains"
    ("coal", "They come in every morning", "Teresa"),  # "The mayor's wife, Teresa,"
    ("coal", "She wasn't taking it out of context", "Jerry Cline"),  # not the next line's "..., telling"
    ("coal", "He listened", "Charles Ellis"),  # the actors layer's name, not the tagger's "Bishop Charles Ellis"
    ("coal", "If Secretary Clinton wants to come", "Charles Ellis"),
    ("tweets", "Wow, did Crooked Hillary", "Donald Trump"),  # "He followed up with another post:"
    ("tweets", "Another day, another conspiracy", "John Podesta"),
    ("tweets", "dominated", "Jake Tapper"),  # not "CNN's"
    ("tweets", "He was up against", "Giuliani"),  # continues its paragraph, not Podesta's next line
    # "he" after an unnamed source's quote is that source
    ("blast", "You can see a crater", "a Western diplomat in Nairobi"),  # not ", who asked not to be named"
    ("blast", "They paid an awful price", "Emily Rowe"),  # the topic of her "who" clause, then "She spoke"
    ("blast", "expresses its deep sorrow", "a resolution"),  # a document's words from its verb on
    ("blast", "has the duty to refrain", "a resolution"),  # "It stresses": the document, through "It"
    ("blast", "Our guards followed every procedure", "the company"),  # "It said": an organization
    ("blast", "The building has been left exposed", "Critics of the embassy's security"),  # "they wrote"
    ("blast", "He kept the doors open", "Laura Penn"),  # the sentence before; not the next paragraph's "..., X said,"
    ("blast", "Dozens of people were still missing", "officials"),  # "they said": not the subject of its own words
    # descriptions by title and party, and the pronouns after them
    ("ohio", "She will say anything", "Donald Trump"),  # "the Republican nominee", not the nearer (Democratic) one
    ("ohio", "We need a president", "Sherrod Brown"),  # "the senator"
    ("ohio", "Sherrod Brown is a total lightweight", "Donald Trump"),  # "The GOP nominee fired back ..." then "he"
    ("ohio", "an audit was under way", "Mike Pence"),  # "Asked whether Trump would ..., he repeated": not Trump
    ("ohio", "The numbers are moving our way", "Reince Priebus"),  # "Reince Priebus, the chairman of ..."
    # "it" and "they" in reported speech
    ("ohio", "the rally broke the terms", "a cease-and-desist letter"),  # "sent a ... letter. It says"
    ("ohio", "the agency overstepped", "Twelve states"),  # a plural subject that is not a person
    ("ohio", "he kept a list of names", "former producers"),  # "according to former producers. They said"
    ("ohio", "The tariff plan has grown", "Jane Ortiz"),  # "X and Y say other changes ...": not "other changes"
    # whose words a quote without a nearby speaker is
    ("ohio", "Maybe he didn't do a good job", "Donald Trump"),  # "..., saying": the main clause's, not the "who"'s
    ("ohio", "to fill a vacancy on the national ticket", "the party's bylaws"),  # "per" as "according to"
    ("ohio", "the healthiest individual ever elected", "His doctor's first letter"),  # "its prediction that Trump"
    ("trail", "She doesn't have the stamina", "Donald Trump"),  # "the real estate mogul": a person's trade
    ("trail", "This is not a time for a protest vote", "Bernie Sanders"),  # "the senator" after "The Vermont senator"
    ("trail", "We have the ground game", "a senior Clinton aide"),  # "the aide" after "A senior Clinton aide"
    ("pipeline", "political theater", "Ana Ruiz"),  # "Roe's spokeswoman, Ana Ruiz," then "Ruiz called ..."
    ("pipeline", "We will not back down", "Jane Roe"),  # "Gov. Jane Roe was blunt on Tuesday:"
    ("pipeline", "And we are going to win", "Tom Hale"),  # "he said in the video", continued
    ("pipeline", "He says that every year", "Paul Dunn"),  # "Dunn laughed." then "he said"
    ("pipeline", "more than 40 leaks", "North Dakota Industrial Commission"),  # "... Commission which reported"
])
def test_speaker_rules_on_written_articles(written, key, quote, speaker):
    assert row(written[key], quote).speaker == speaker


@pytest.mark.parametrize("quote, kind", [
    ("You can see a crater", "anonymous"), ("has the duty to refrain", "document"),
    ("Our guards followed every procedure", "organization"), ("The building has been left exposed", "anonymous"),
])
def test_pronouns_keep_the_kind_of_what_they_stand_for(written, quote, kind):
    assert row(written["blast"], quote).speaker_kind == kind


def test_a_description_of_an_unnamed_source_stays_anonymous(written):
    assert row(written["trail"], "We have the ground game").speaker_kind == "anonymous"


def test_untagged_and_mistagged_names_are_people(written):
    assert row(written["race"], "It's a shame").speaker_kind == "person"
    assert row(written["race"], "I just don't know anymore").speaker_kind == "person"
    assert row(written["coal"], "I love my dad").speaker_kind == "person"  # "Ashley Cline", a "work of art"


def test_wire_story_named_agency_is_an_organization_and_headline_gerund_is_no_statement():
    from pathlib import Path

    a = analysis.load_article(Path(__file__).parent / "articles" / "ap_bullets_agency_byline.txt")
    table = analysis.quotes(a)
    assert "headline" not in set(table["part"])  # "Quake shakes central Japan; no tsunami warning" reports no one
    agency = table[table["speaker"] == "Japan Meteorological Agency"]
    assert list(agency["speaker_kind"]) == ["organization"]
    assert set(table[table["speaker"].isin(["officials", "an official"])]["speaker_kind"]) == {"anonymous"}
    news = analysis.load_article("Strike reported\n\nThe news agency said the strike had begun.", published="2024-01-02")
    assert list(analysis.quotes(news)["speaker_kind"]) == ["outlet"]  # an unnamed news agency is still an outlet


def test_newsletter_labels_and_bullets():
    """Axios-style: a 'What they're saying:' label before a quote its own cue attributes, bullets, section labels."""
    from pathlib import Path

    a = analysis.load_article(Path(__file__).parent / "articles" / "axios_style.txt", published="2025-03-04")
    table = analysis.quotes(a)
    painful = table[table["quote"].str.startswith("These are painful")].iloc[0]
    assert painful["speaker"] == "Mara Linden" and painful["cue"] == "wrote"
    assert "a Veltra spokesperson" in set(table["speaker"])  # the bullet's dash is not part of the speaker (nor its
    # capital: an unnamed source is written "a ...", as everywhere)
    assert not table["speaker"].fillna("").str.startswith("-").any()
    assert "What's next" not in set(table["quote"])  # a section label is not what anyone said


def test_the_company_said_is_the_company_named_before():
    a = analysis.load_article("Acme cuts jobs\n\nAcme Corp. will cut 500 jobs, the company said on Tuesday.\n\n"
                              "Shares of Norvik Air fell. \"We are growing,\" the carrier said.", published="2024-01-02")
    table = analysis.quotes(a)
    assert list(table["speaker"]) == ["Acme Corp.", "Norvik Air"]
    assert set(table["speaker_kind"]) == {"organization"} and list(table["speaker_text"]) == ["the company", "the carrier"]


# A statehouse story: a run of quotes broken by a sentence whose only person sits in a relative clause, a first lady
# called by what she is, and a letter whose signers speak through "they".
STATEHOUSE = """Budget fight heads to the floor

RICHMOND, Va. — The state Senate will vote on the budget this week, after months of talks.

"The bill is a disaster for rural schools," said Sen. John Avila, a Republican from the Shenandoah Valley.

The bill, which Del. Tom Ferris wrote with the governor's staff, passed the House last week.

"It will close six schools in my district," he said.

Michelle Ruiz, the governor's wife, toured a school in Danville on Tuesday.

"Every child deserves a teacher who stays," the first lady said.

The letter to legislators was signed by 40 school superintendents, including Mark Dunn of Halifax County.

"We cannot plan a school year on promises," they wrote.

Twelve counties led by rural Halifax are suing the state. They argue that the formula shortchanges them.

In an interview with WRVA's Rowan Quinn, Gov. Linda Marsh said she would veto the bill.

"I have the pen," she said.

Quinn pressed her on the schools. "Not one of them will close," she said.

Del. Nia Carter, who leads the Black Caucus, was arrested at a sit-in at the Capitol in June.

"I would do it again," Carter said.

Her chief of staff, Ajani Brooks, was also charged.

"We did nothing wrong," she said.

"We will win this," Sen. Paul Okafor said on Monday.

When Del. Sam Whitt took the floor an hour later, the gallery cheered.

"We did it," he said.
"""


# A port-strike story: people described by age ("the 67-year-old") and by a title never written with their name.
PORTS = """Strike looms at the ports

Dockworkers on the East Coast could strike as soon as next week.

Mary Fox, 58, has led the dockworkers' union since 2011. Her members met with Gov. Tom Hill's staff on Monday.

"We want a deal, not a fight," the union leader said.

Ray Ortiz, 44, loads ships in Newark. Tom Reyes, 67, retired last year.

"I have never seen it this bad," the 67-year-old said.

Ellen Park has worked the cranes for 30 years. Her son works for the Clinton campaign.

"We are ready to walk out," the 52-year-old said.
"""

# Debate coverage: the one asked answers.
DEBATE = """Rivals trade blows in final debate

The two candidates for governor met for their last debate on Tuesday night in Columbus.

The moderator, Martha Lane, asked Susan Reed about her tax plan.

"It pays for itself," she said.

Lane then asked Tom Blake about the pipeline. "I support it," he said.

"We will fix the roads," said Mayor Carl Dunn, who watched from the front row.

Reporters later asked Council President Dan Fine about the mayor's plan.

"It is a good start," he said.
"""

# A feature: an uncued quote paragraph after a sentence whose subject is "he".
SHELTER = """A shelter stays open

The shelter on Fifth Street has not closed a night in ten years.

Maria Soto has run it for a decade. She knows every family by name. "These are my neighbors," she said.

Her board chairman, Dan Fine, agrees. He has given $50,000 this year.

"She is the heart of this place."
"""

# A plant closing: a title held for someone else ("the company's spokesman", "the study's author") is someone new,
# named beside an apposed title or not at all.
PLANT = """Acme to close Dayton plant

About 400 workers will lose their jobs by spring.

Acme Corp. will close its plant in Dayton, the company said Tuesday. Its chief executive, John Hale, announced the closing to workers.

"We had no choice," the company's spokesman said.

The study's author, the economist Ruth Kagan, told the Dayton Daily News: "I warned them two years ago."

Hale met with union leaders on Wednesday.

"We were blindsided," they said in a statement afterward.
"""

MORE_ARTICLES = {"statehouse": STATEHOUSE, "ports": PORTS, "debate": DEBATE, "shelter": SHELTER, "plant": PLANT}


@pytest.fixture(scope="module")
def more_written():
    return {key: read(text, key)[1] for key, text in MORE_ARTICLES.items()}


@pytest.mark.parametrize("key, quote, speaker", [
    ("statehouse", "It will close six schools", "John Avila"),  # a run of quotes: Ferris never takes the floor
    ("statehouse", "Every child deserves a teacher", "Michelle Ruiz"),  # "the first lady": the woman named before
    ("statehouse", "We cannot plan a school year", "40 school superintendents"),  # "signed by 40 ... they"
    ("statehouse", "the formula shortchanges them", "Twelve counties"),  # not the one they are "led by"
    ("statehouse", "Not one of them will close", "Linda Marsh"),  # "Quinn pressed her": the host keeps quiet
    ("statehouse", "We did it", "Sam Whitt"),  # "When Whitt took the floor, ...": he has the floor now
    ("statehouse", "We did nothing wrong", "Nia Carter"),  # "Her chief of staff, Ajani Brooks," (gender unstated)
    ("ports", "We want a deal", "Mary Fox"),  # "the union leader": the person in view, not "Gov. Tom Hill's staff"
    ("ports", "I have never seen it this bad", "Tom Reyes"),  # "the 67-year-old": "Tom Reyes, 67,"
    ("ports", "We are ready to walk out", "Ellen Park"),  # an age not given: the person in view
    ("debate", "It pays for itself", "Susan Reed"),  # "Lane asked Reed about ...": the one asked answers
    ("debate", "I support it", "Tom Blake"),
    ("debate", "It is a good start", "Dan Fine"),  # "Reporters asked Dan Fine ...": he takes the floor from Dunn
    ("shelter", "She is the heart of this place", "Dan Fine"),  # "He has given ...": the person "he" is
    ("plant", "Acme Corp. will close its plant", "Acme Corp."),  # "the company": the subject, not "Dayton"
    ("plant", "We had no choice", "the company's spokesman"),  # unnamed: not the chief executive in view
    ("plant", "I warned them two years ago", "Ruth Kagan"),
    ("plant", "We were blindsided", "union leaders"),  # "met with union leaders. '...,' they said"  # "the study's author, the economist Ruth Kagan,"
])
def test_speaker_rules_on_more_written_articles(more_written, key, quote, speaker):
    assert row(more_written[key], quote).speaker == speaker


def test_a_narrator_speaks_for_the_ad():
    """Campaign-ad coverage: the narrator's or announcer's words are the ad's (a document), not an unnamed person's."""
    _, q = read("Senate race turns negative\n\nThe race for the open Senate seat in Ohio has turned sharply negative."
                "\n\nA new ad from the Democratic challenger, Ana Ruiz, opens on a shuttered factory. \"He promised to "
                "fight for these jobs,\" a narrator in the Ruiz ad says. \"Then he took their money.\"\n\n"
                "An older spot from 2010 was gentler. As music played, the announcer said, \"Ohio deserves better.\"\n",
                "ad-narrator")
    first = row(q, "He promised to fight for these jobs")
    assert (first.speaker, first.speaker_kind) == ("the Ruiz ad", "document")
    older = row(q, "Ohio deserves better")
    assert (older.speaker, older.speaker_kind) == ("an older spot", "document")


ARTICLE_DIR = __import__("pathlib").Path(__file__).resolve().parent / "articles"


def test_single_marks_are_the_quote_marks_of_a_british_paper():
    a = analysis.load_article(ARTICLE_DIR / "telegraph_single_quotes.txt")
    q = analysis.quotes(a)
    body = q[q["part"] == "body"].set_index("quote")
    assert body.at["I have let down the Prime Minister, and I am sorry", "speaker"] == "Sarah Pell"
    assert body.at["It was my responsibility.", "speaker"] == "Sarah Pell"
    assert body.at["We were told “nothing to see here” for weeks.", "speaker"] == "Tom Hale"
    nested = q[q["quote"] == "nothing to see here"].iloc[0]
    assert not pd.isna(nested["nested_in"])  # the double marks nest inside the single ones
    assert bool(body.at["a disgrace", "fragment"]) and not bool(body.at["It was my responsibility.", "fragment"])
    dek = q[q["part"] == "dek"].iloc[0]  # "Downing Street said": the seat of government speaks for it
    assert (dek["speaker"], dek["speaker_kind"]) == ("Downing Street", "organization")
    # an apostrophe (Labour's, minister's) opens or closes nothing
    assert not any("’s" in text[:3] for text in q["quote"])


def test_straight_single_marks_with_apostrophes_daily_mail_shape():
    a = analysis.load_article(ARTICLE_DIR / "dailymail_style.txt")
    q = analysis.quotes(a).set_index("quote")
    assert q.at["Families were let down time and again", "speaker"] == "Sajid Javid"
    assert q.at["That must never happen again.", "speaker"] == "Sajid Javid" and bool(q.at["That must never happen again.", "direct"])
    assert bool(q.at["truly shocking", "fragment"])


def test_a_us_headline_in_single_marks_leaves_the_body_double():
    text = ("Mayor calls budget 'a disaster'\n\n\"We cannot pay for this,\" Mayor Ann Lo said on Monday. "
            "The council's chair, who won't comment, isn't convinced.")
    q = analysis.quotes(analysis.load_article(text, published="2024-01-10"))
    assert set(q["quote"]) == {"a disaster", "We cannot pay for this"}
    assert analysis.voices.single_marks_primary(["We can't, and the troops' pay 'is fine'"]) is False


# --- speakers on real-shaped articles: surnames, descriptions, documents --------------------------------------------


def quotes_of(name: str) -> pd.DataFrame:
    """The quotes of a test article in ``tests/articles``, indexed by their words."""
    frame = analysis.quotes(analysis.load_article(ARTICLE_DIR / name))
    return frame[frame["direct"]].drop_duplicates("quote").set_index("quote")


def test_a_bare_surname_two_relatives_share_is_the_one_last_written_in_full_as_a_subject():
    q = quotes_of("voices_shared_surname.txt")
    # not the grandson, named in full only as an object and then by first name ("Nico")
    assert q.at["I built this company with my hands", "speaker"] == "Carlos Ortega"
    # "Luis Ortega, the younger brother of Carlos Ortega, told": the subject, not the brother named after him
    assert q.at["We have to think about our children", "speaker"] == "Luis Ortega"
    assert q.at["This is a fair price.", "speaker"] == "Luis Ortega"


def test_a_description_from_another_state_is_not_the_title_holder_named_before():
    q = quotes_of("voices_campaign_descriptions.txt")
    # "the Indiana governor" after "Michigan Gov. Rick Snyder" and "Trump's running mate, Mike Pence,": Pence
    assert q.at["The momentum is on our side", "speaker"] == "Mike Pence"
    assert q.at["He talks a big game", "speaker"] == "Hillary Clinton"  # "the former secretary of state"
    assert q.at["He has never created a job in a factory in his life", "speaker"] == "Obama"  # "the president"
    assert q.at["She has fought for this her whole career", "speaker"] == "Bill Clinton"  # "Speaking ..., he said"
    assert q.at["Mrs. Clinton knows it.", "speaker"] == "Kellyanne Conway"
    assert q.at["They say that every week", "speaker"] == "John Podesta"


def test_a_description_the_headline_uses_is_the_person_the_lede_is_about():
    q = quotes_of("voices_headline_description.txt")
    # "Coach steps down ..." / "Bill Harmon ... is retiring": "the coach" is Harmon, not the former player quoted last
    assert q.at["I'm not going anywhere yet", "speaker"] == "Bill Harmon"
    assert q.at["He taught us how to be men", "speaker"] == "Marcus Reed"
    assert q.at["Greg has been here almost as long as Bill", "speaker"] == "Carol Benning"
    assert q.at["I need to talk to my family first", "speaker"] == "Greg Dawson"  # "Dawson, 49, said ..." then "he"
    frame = analysis.quotes(analysis.load_article(ARTICLE_DIR / "voices_headline_description.txt"))
    stay = frame[frame["quote"].str.startswith("he would stay on as a teacher")].iloc[0]
    assert (stay["speaker"], stay["direct"]) == ("Bill Harmon", False)  # "The coach said he would stay on"


def test_a_word_quoted_inside_a_speakers_own_quote_under_the_same_cue_is_theirs():
    frame = analysis.quotes(analysis.load_article(ARTICLE_DIR / "voices_westjournal_style.txt"))
    inner = frame[frame["quote"] == "grossly generalistic"].iloc[0]  # "'Last night I was "grossly ...,"' she said"
    assert inner["speaker"] == "Hillary Clinton" and not pd.isna(inner["nested_in"])
    q = quotes_of("voices_westjournal_style.txt")
    assert q.at["She has contempt for these people", "speaker"] == "Rudy Giuliani"  # "Speaking on Fox News, Giuliani"
    assert q.at["They are not a basket of anything", "speaker"] == "Mike Pence"
    assert q.at["I won't stop calling out bigotry and racist rhetoric in this campaign", "speaker"] == "Hillary Clinton"
    assert q.at["This is who she is", "speaker"] == "Rudy Giuliani"  # after a video marker line


def test_quote_spans_a_mark_right_after_an_ellipsis_opens_a_quote():
    text = ('NATO Secretary-General Javier Solana said that the accession of the three countries..."is perhaps the '
            'clearest demonstration of the fact that Europe is growing closer together."')
    spans = quote_spans(text)
    assert [text[s.start:s.end] for s in spans] == [
        "is perhaps the clearest demonstration of the fact that Europe is growing closer together."]
    _, q = read("NATO grows by three\n\n" + text + "\n", "ellipsis-mark")
    assert q[q["direct"]].iloc[0]["speaker"] == "Javier Solana"


def test_a_name_after_an_owner_is_the_person_named():
    q = quotes_of("voices_owner_before_name.txt")  # "said Florida International's Fernandez"
    r = q.loc["The Miami families have become a lifeline, and since 1990 there has been a great trend toward "
              "reconciliation"]
    assert (r["speaker"], r["speaker_kind"]) == ("Damien Fernandez", "person")


def test_a_speech_verb_the_tagger_reads_as_a_noun_after_a_quote_still_attributes_it():
    q = quotes_of("voices_court_opinion.txt")  # '"...," the opinion read.' ("read" tagged as a noun)
    for words in ("within the outside border of reasonable choices",
                  "The court neither approves nor disapproves the agency's decision, but the decision did not "
                  "contradict federal law."):
        assert (q.at[words, "speaker"], q.at[words, "speaker_kind"]) == ("the opinion", "document")
    assert q.at["Expect no extensions", "speaker_kind"] == "organization"


def test_documents_speak_after_the_quote_and_by_their_kind():
    q = quotes_of("voices_documents_speak.txt")
    # '"...," read the full-page editorial': the verb after the closing mark, its speaker parsed as its object
    assert (q.at["Free Our Fishermen", "speaker"], q.at["Free Our Fishermen", "speaker_kind"]) == (
        "the full-page editorial", "document")
    assert q.at["No cause can justify keeping a father from his children", "speaker_kind"] == "document"  # a version
    assert q.at["Bring them home.", "speaker_kind"] == "document"  # "a banner that said"


def test_a_quote_standing_alone_goes_to_the_speaker_the_next_paragraph_names():
    frame = analysis.quotes(analysis.load_article(ARTICLE_DIR / "voices_quote_first_lede.txt"))
    q = frame[frame["direct"]].set_index("quote")
    # a quote-first lede (which the loader sets apart as the dek): "That was the message from Sheriff Dale Burke"
    assert q.at["We are not going to let this county go backward.", "speaker"] == "Dale Burke"
    # "So said ..., Rita Vega,": not a continuation of the quote before it
    assert q.at["Nobody in this county wants a sheriff who grades his own homework.", "speaker"] == "Rita Vega"
    assert q.at["She needs a few more years", "speaker"] == "Jim Pratt"
    assert q.at["I've been ready for a long time", "speaker"] == "Maria Santos"  # "the lieutenant" (Lt. Maria Santos)


def test_two_men_alternating_and_a_title_the_table_of_titles_lacks():
    q = quotes_of("voices_two_men_alternating.txt")
    ellison = q["speaker"].str.endswith("Mark Ellison")  # (the actors layer keeps "Treasurer" in the name)
    assert ellison["This plan would bankrupt the state within a decade"]
    assert q.at["My opponent has not read the plan", "speaker"] == "Paul Whitaker"  # "His Democratic opponent, ..."
    assert ellison["I have read every page"]  # "Ellison, 58, scoffed at that."
    assert q.at["The treasurer is entitled to his opinion", "speaker"] == "Paul Whitaker"  # "Whitaker was not moved."
    assert ellison["I know where the money goes"]  # "the treasurer" (person_nouns.csv), not the man quoted last
    assert q.at["We will show our work", "speaker"] == "Paul Whitaker"  # "The former mayor, for his part, told ..."


def test_one_of_the_officials_is_anonymous_and_a_body_the_tagger_missed_is_an_organization():
    frame = analysis.quotes(analysis.load_article(ARTICLE_DIR / "voices_officials_and_bodies.txt"))
    q = frame[frame["direct"]].drop_duplicates("quote").set_index("quote")
    assert (q.at["No decision has been made", "speaker"], q.at["No decision has been made", "speaker_kind"]) == (
        "one of the officials", "anonymous")
    assert q.at["The president wants to be ready for anything", "speaker_kind"] == "anonymous"
    # "Lockheed Martin, which builds ..., said ... '...,' the company said": the body named, not the last ORG entity
    assert (q.at["We stand ready to support our customers", "speaker"],
            q.at["We stand ready to support our customers", "speaker_kind"]) == ("Lockheed Martin", "organization")
    said = frame[frame["quote"].str.startswith("it had not been told")].iloc[0]
    assert said["speaker_kind"] == "organization"
    # "Iran's Foreign Ministry dismissed the reports. '...,' it said": the ministry, not its country
    assert (q.at["The Americans are playing a dangerous game", "speaker"],
            q.at["The Americans are playing a dangerous game", "speaker_kind"]) == ("Foreign Ministry", "organization")


def test_the_wire_and_treebank_marks_quote():
    q = quotes_of("voices_wire_marks.txt")  # ``...'' and, in some wire copy, ''...''
    assert q.at["It was definitely a bomb", "speaker"] == "an embassy official in Nairobi"
    assert q.at["You can see a huge crater behind the building", "speaker_kind"] == "anonymous"  # "he said"
    assert q.at["We are treating this as an act of terror", "speaker"] == "Duncan Wachira"
    assert q.at["Nobody should speculate about who is behind it.", "speaker"] == "Duncan Wachira"
    spans = quote_spans("``It was a bomb,'' he said.")
    assert [(s.open, s.start, s.end, s.close) for s in spans] == [(0, 2, 16, 16)]  # both marks outside the words


@pytest.mark.parametrize("name, quote, speaker", [
    # two women alternating, each named then "she"
    ("voices_two_women_alternating.txt", "My grandchildren have nowhere to play", "Margaret Olsen"),
    ("voices_two_women_alternating.txt", "Have you driven on these streets?", "Susan Tate"),
    ("voices_two_women_alternating.txt", "Susan has always been practical", "Margaret Olsen"),  # "Olsen laughed ..."
    ("voices_two_women_alternating.txt", "I just think we have to be honest about what we can afford", "Susan Tate"),
    # a missing opening mark on a paragraph after one about its speaker; a wife named by her first name
    ("voices_missing_opening_mark.txt", "It will hurt, but we have been through worse", "Tom Reyes"),
    ("voices_missing_opening_mark.txt", "We'll figure it out", "Donna"),
    ("voices_missing_opening_mark.txt", "Regrettably, no viable offer emerged", "the statement"),
    # a profile: the chief named by description, quotes reaching back to an old interview, "Asked ..., she said"
    ("voices_wapo_campaign_profile.txt", "We think of ourselves as virulently anti-establishment", "Stephen Bannon"),
    ("voices_wapo_campaign_profile.txt", "They don't want me to win, folks", "Donald Trump"),
    ("voices_wapo_campaign_profile.txt", "Paul did a great job", "Donald Trump"),
    ("voices_wapo_campaign_profile.txt", "Hillary Clinton has a record", "Kellyanne Conway"),
    ("voices_wapo_campaign_profile.txt", "They've had three campaign managers in three months", "Robby Mook"),
])
def test_speakers_on_articles_in_other_outlets_shapes(name, quote, speaker):
    assert quotes_of(name).at[quote, "speaker"] == speaker


def test_a_paper_named_after_a_word_for_one_is_the_outlet():
    q = quotes_of("voices_documents_speak.txt")  # "The Communist Party daily Granma said the men '...'"
    r = q.loc["have been held for no reason but politics."]
    assert (r["speaker"], r["speaker_kind"]) == ("Granma", "outlet")


def test_an_organization_or_person_set_beside_a_common_noun_speaks():
    frame = analysis.quotes(analysis.load_article(ARTICLE_DIR / "voices_appositive_bodies.txt"))
    q = frame.drop_duplicates("quote").set_index("quote")
    # "The utility, Saguaro Power Cooperative, said": the body named, not "the utility"
    assert (q.at["follows every rule the commission has set", "speaker"],
            q.at["follows every rule the commission has set", "speaker_kind"]) == (
        "Saguaro Power Cooperative", "organization")
    assert q.at["reviewing the cooperative's records", "speaker"] == "Arizona Corporation Commission"
    # "One of the customers, Ruben Ortega, ... said": the person named, not "One"
    assert (q.at["his power was cut on a day when it reached 114 degrees", "speaker"],
            q.at["his power was cut on a day when it reached 114 degrees", "speaker_kind"]) == ("Ruben Ortega", "person")
    assert q.at["Nobody should have to choose between rent and air conditioning", "speaker"] == "Miriam Stahl"
    # "The cooperative did not answer ... it said": the body the article called by that noun's name
    assert q.at["a small fraction", "speaker"] == "Saguaro Power Cooperative"
    assert q.at["An electric utility in southern Arizona disconnected more than 800 households for unpaid bills "
                "during last summer's record heat", "speaker_kind"] == "document"  # "according to state records"


# --- interviews published as questions and answers -----------------------------------------------------------------


def test_a_q_and_a_interview_gives_the_answers_to_the_one_interviewed_and_the_questions_to_the_interviewer():
    article = analysis.load_article(ARTICLE_DIR / "voices_qa_interview.txt")
    frame = analysis.quotes(article)
    q = frame.drop_duplicates("quote").set_index("quote")
    question = q.loc["Was this week's flooding unusual?"]  # the words after "Q: "
    assert (question["speaker"], question["speaker_kind"], question["cue"], question["direct"]) == (
        "Helen Marsh", "outlet", ":", True)  # the byline's author: the newsroom's voice, not a source
    answer = q.loc["Yes. The river rose faster than at any point in our records, nearly two meters in a day."]
    assert (answer["speaker"], answer["speaker_kind"], answer["direct"]) == ("Tomasz Wieczorek", "person", True)
    assert article.body[answer["start"]:answer["end"]] == answer.name
    # an answer over two paragraphs, and a quote inside it
    assert q.at["The people who run them knew this. My colleague Anna told me in March, \"One bad storm and we are "
                "blind.\"", "speaker"] == "Tomasz Wieczorek"
    assert q.at["One bad storm and we are blind.", "speaker"] == "Anna"
    assert q.at["The river is telling us something", "speaker"] == "Tomasz Wieczorek"  # the headline's quote
    assert not frame["quote"].str.contains("edited and condensed").any()  # the note after the last answer
    assert set(frame.loc[frame["cue"] == ":", "speaker"]) == {"Helen Marsh", "Tomasz Wieczorek"}
    voices = analysis.sources(article, frame).set_index("source")
    assert voices.at["Helen Marsh", "kind"] == "outlet" and voices.at["Tomasz Wieczorek", "kind"] == "person"


def test_q_and_a_with_periods_goes_to_the_one_asked_not_the_first_person_named():
    frame = analysis.quotes(analysis.load_article(ARTICLE_DIR / "voices_qa_periods.txt"))
    q = frame.drop_duplicates("quote").set_index("quote")
    # "We asked Mayor Rosa Delgado ..., what she plans to do", after a sentence about the governor
    assert q.at["I was angry. Then I started making phone calls.", "speaker"] == "Rosa Delgado"
    assert q.at["Families leave. A town without a school is a town with an end date.", "speaker"] == "Rosa Delgado"
    assert q.at["Has the governor's office listened?", "speaker"] == "Daniel Okafor"
    assert (q.at["what she plans to do", "speaker"], q.at["what she plans to do", "speaker_kind"]) == (
        "Daniel Okafor", "outlet")  # the reporter's "we asked", outside any quote


def test_an_interview_labelled_with_names_in_capitals():
    q = analysis.quotes(analysis.load_article(ARTICLE_DIR / "voices_qa_names.txt")).drop_duplicates(
        "quote").set_index("quote")
    assert (q.at["Were you frightened?", "speaker"], q.at["Were you frightened?", "speaker_kind"]) == (
        "Clara Whitcombe", "outlet")  # "WHITCOMBE:", the byline's surname
    assert (q.at["Not of the sea. Of doing the job badly.", "speaker"],
            q.at["Not of the sea. Of doing the job badly.", "speaker_kind"]) == ("Martin Ashdown", "person")
    assert q.at["Sleep through the night, I hope.", "speaker"] == "Martin Ashdown"


def test_labels_of_notes_or_initials_in_an_interview():
    notes = ("Senate passes budget\n\nBy Jo Hale\n\nThe Senate passed the budget on Friday, Sen. Ann Roe said.\n\n"
             "UPDATE: The House will vote on Monday.\n\nCORRECTION: An earlier version misstated the vote.\n\n"
             "UPDATE: The vote was 52-48.\n")
    assert not (analysis.quotes(analysis.load_article(notes))["cue"] == ":").any()
    initials = ("Talking tariffs with a port boss\n\nBy Clara Whitcombe\n\nMartin Ashdown runs the port of "
                "Felixstowe. We talked to him about tariffs.\n\nCW: Are the tariffs hurting?\n\nMA: Yes, badly.\n\n"
                "CW: Will it last?\n\nMA: Nobody knows.\n\nI think we will know by spring.\n\n"
                "The port did not comment further.\n")
    q = analysis.quotes(analysis.load_article(initials)).set_index("quote")
    assert q.at["Are the tariffs hurting?", "speaker"] == "Clara Whitcombe"
    assert q.at["Nobody knows.", "speaker"] == "Martin Ashdown"
    assert q.at["I think we will know by spring.", "speaker"] == "Martin Ashdown"  # the last answer goes on
    assert "The port did not comment further." not in q.index  # the reporter's words again


def test_unnamed_people_by_title_bodies_with_an_aside_and_reviews():
    frame = analysis.quotes(analysis.load_article(ARTICLE_DIR / "voices_unnamed_and_described.txt"))
    q = frame.drop_duplicates("quote").set_index("quote")
    # "The operator, which runs 22 routes ..., said": an aside between commas, so the operator named before
    assert (q.at["cooperate fully", "speaker"], q.at["cooperate fully", "speaker_kind"]) == (
        "Halvorsen Line", "organization")
    assert q.at["serious gaps", "speaker_kind"] == "document"  # "An independent review ... found"
    assert q.at["This should never have happened", "speaker_kind"] == "anonymous"  # "said one MP"
    # "A ferry captain who asked not to be named said ... '...,' the captain said": one unnamed source throughout
    assert (q.at["We were told to keep sailing", "speaker"], q.at["We were told to keep sailing", "speaker_kind"]) == (
        "a ferry captain", "anonymous")
    assert q.at["Nobody was hurt, and that is down to the crew", "speaker"] == "a coast guard commander"
    assert q.at["Nobody was hurt, and that is down to the crew", "speaker_kind"] == "anonymous"
    reuters = analysis.quotes(analysis.load_article(ARTICLE_DIR / "reuters_additional_reporting.txt"))
    said = reuters[reuters["quote"].str.startswith("a strike would cost it")].iloc[0]
    assert said["speaker"] == "Norvik Air"  # "The airline, which carried 14 million passengers last year, said"


def test_the_noun_of_an_organization_named_only_in_passing_is_not_it():
    frame = analysis.quotes(analysis.load_article(ARTICLE_DIR / "nyt_reported_from.txt"))
    said = frame[frame["quote"].str.startswith("a second such district")].iloc[0]
    assert said["speaker"] != "Supreme Court"  # "... would appeal to the Supreme Court. ... The court said"


def test_the_one_told_is_not_the_speaker():
    q = quotes_of("telegraph_single_quotes.txt")  # "He added: 'We were told “nothing to see here” for weeks.'"
    assert q.at["nothing to see here", "speaker"] != "Tom Hale"
    text = ("Ferry sailed despite warning\n\nThe ferry left port at noon. Its captain, Erik Dahl, said he was warned "
            "by the harbour master, \"Do not sail in this wind.\"\n\nPassengers were told, \"Stay in your seats.\"\n")
    q = analysis.quotes(analysis.load_article(text)).set_index("quote")
    assert q.at["Do not sail in this wind.", "speaker"] == "the harbour master"  # the teller, named by "by"
    assert q.at["Stay in your seats.", "speaker"] is None  # not the passengers told


def test_interview_labels_in_bold_or_with_a_title():
    intro = ("A scientist on heat\n\nBy Lena Fischer\n\nDr. Amara Nwosu, a climate scientist at the University of "
             "Leeds, has studied heat waves for two decades.\n\n")
    bold = intro + "**Q:** Was this summer the hottest?\n\n**A:** Yes, by far.\n\n**Q:** What next?\n\n**A:** Hotter.\n"
    titled = intro + "FISCHER: Was this summer the hottest?\n\nDR. NWOSU: Yes, by far.\n\nFISCHER: What next?\n\n" \
                     "DR. NWOSU: Hotter.\n"
    for text in (bold, titled):
        q = analysis.quotes(analysis.load_article(text)).set_index("quote")
        assert q.at["Was this summer the hottest?", "speaker"] == "Lena Fischer"  # the label's marks left out
        assert q.at["Yes, by far.", "speaker"] == "Amara Nwosu"


def test_people_by_title_never_named_are_a_person_or_unnamed_people():
    frame = analysis.quotes(analysis.load_article(ARTICLE_DIR / "opinion_columnist_role.txt"))
    said = frame[frame["quote"] == "the numbers are sound"].iloc[0]
    assert (said["speaker"], said["speaker_kind"]) == ("the mayor", "person")  # "The mayor insists ..."
    text = "Tax plan divides experts\n\nSome economists argue the cut will pay for itself. Critics disagree.\n"
    q = analysis.quotes(analysis.load_article(text)).set_index("quote")
    assert q.at["the cut will pay for itself", "speaker_kind"] == "anonymous"  # unnamed, as "officials"


@pytest.mark.parametrize("name, quote, speaker", [
    # a bodycam video told as a transcript: "The video shows Maria Lopez ... as an officer walks up. '...,' an officer
    # says. '...?' she yells.": the named woman, not the unnamed officer; nor the officer the article called "he"
    ("voices_video_transcript.txt", "Step out of the vehicle", "an officer"),
    ("voices_video_transcript.txt", "Why? What did I do?", "Maria Lopez"),
    ("voices_video_transcript.txt", "Don't touch me! I'm calling my lawyer", "Maria Lopez"),
    ("voices_video_transcript.txt", "Ma'am, put the phone down", "a second officer"),
    ("voices_video_transcript.txt", "I can't breathe", "Maria Lopez"),
    # '"...," the elder Ruiz said ... Switching to English, he said': the father, not the boy the surname mostly names
    ("voices_shared_surname_elder.txt", "A child belongs with his father", "Pedro Ruiz"),
    ("voices_shared_surname_elder.txt", "I want to thank the American people. Thank you.", "Pedro Ruiz"),
    # '"...," Reed said. / His wife, Carol, ... She said their landlord, Mike Dunn, had agreed ... / "...," she said.
    # / "...," he said.': Reed, not the landlord named only in what she said
    ("voices_man_and_wife.txt", "We told him we could pay by June", "Carol"),
    ("voices_man_and_wife.txt", "It's been hard on the kids", "John Reed"),
    ("voices_man_and_wife.txt", "We are doing everything we can", "Tom Hale"),
    ("voices_man_and_wife.txt", "I've heard that before", "John Reed"),  # "Reed is not convinced. '...,' he said"
    # a British local story: "Pensioner Albert Higgins, 81, ... said: '...' / The father-of-three added: '...'"
    ("voices_uk_local.txt", "The kids can't even play outside.", "Albert Higgins"),
    ("voices_uk_local.txt", "We are deeply sorry for the disruption.", "Judith Blake"),  # "Speaking to BBC Radio X,"
    ("voices_uk_local.txt", "We thank residents for their patience.", "a Leeds City Council spokesman"),  # "He added:"
    ("voices_uk_local.txt", "within days", "Judith Blake"),
    # a debate told in quotes: an answer in a paragraph of its own, with no cue, is the one asked ('"Secretary Pryce,
    # why ...?" Holt asked.' / '"Well, thank you, Jane. ..."'), not the moderator who asked
    ("voices_debate_moderator.txt", "Secretary Pryce, why are you a better choice than your opponent to create jobs?",
     "Jane Holt"),
    ("voices_debate_moderator.txt", "Well, thank you, Jane. The central question in this election is really what kind "
     "of country we want to be.", "Joan Pryce"),
    ("voices_debate_moderator.txt", "Mr. Mercer, the same question to you", "Jane Holt"),
    ("voices_debate_moderator.txt", "Our jobs are fleeing the country. They're going to Mexico.", "Frank Mercer"),
    ("voices_debate_moderator.txt", "Because I'm a big business man", "Frank Mercer"),
    # a feature in the present tense: "A district engineer, who asked not to be named ..., says" and then "the
    # engineer says": one unnamed source (as "a U.S. official"), the same one
    ("voices_feature_present_tense.txt", "There were other priorities", "a district engineer"),
    ("voices_feature_present_tense.txt", "Grandpa knows where every rock is", "Kwame"),
    ("voices_feature_present_tense.txt", "If he stops, I lose half my customers", "Akua Mensah"),
    ("voices_feature_present_tense.txt", "Who would take the boat?", "Samuel Osei"),
])
def test_speakers_through_pronouns_and_descriptions(name, quote, speaker):
    assert quotes_of(name).at[quote, "speaker"] == speaker


def test_a_surname_the_tagger_reads_as_a_common_noun_is_still_the_person():
    q = quotes_of("voices_surname_read_as_noun.txt")
    assert (q.at["We have heard promises before", "speaker"], q.at["We have heard promises before", "speaker_kind"]) \
        == ("Angela Price", "person")  # "Price said" (tagged a noun)
    assert q.at["The victims deserve nothing less.", "speaker"] == "Dan Roberts"  # the victims never speak here
    assert q.at["Our officers acted to protect the public", "speaker"] == "Karen Moss"


@pytest.mark.parametrize("quote, speaker", [
    ("the first impression is almost impossible to undo.", "Aaron Kall"),  # "According to X, the director of ..."
    ("Expectations are everything", "Aaron Kall"),  # "said Kall, who has edited ..."
    ("Whoever exceeds them wins the spin room.", "Aaron Kall"),  # "Kall, director of debate at Michigan, added:"
    ("The candidate has to have a plan for the first attack.", "Brett O'Donnell"),
    ("Interrupting looks desperate", "Todd Graham"),
    ("It is a job interview in front of 80 million people", "Alan Schroeder"),
    ("Don't be boring.", "Mary Kate Cary"),  # "X, a former speechwriter for ..., put it simply:"
    ("The moderators matter less than people think", "Mary Kate Cary"),
    ("I want to hear about health care", "Sarah Evans"),
])
def test_experts_named_with_long_appositions(quote, speaker):
    assert quotes_of("voices_experts_appositions.txt").at[quote, "speaker"] == speaker


def test_experts_set_off_by_dashes_parentheses_and_who_clauses():
    frame = analysis.quotes(analysis.load_article(ARTICLE_DIR / "voices_experts_dashes.txt"))
    q = frame[frame["direct"]]
    # '"...," said Kall, who has studied ..., and who co-wrote a book': one row, Kall's, by "said" (the parser hung
    # "Kall" on "co-wrote"), not a second speaker "co"
    rows = q[q["quote"] == "Nobody remembers the closing statement"]
    assert list(rows["speaker"]) == ["Aaron Kall"] and list(rows["cue"]) == ["said"]
    by_quote = q.set_index("quote")
    assert by_quote.at["Viewers decide in the first half hour", "speaker"] == "Aaron Kall"  # "X — director of ... —"
    assert by_quote.at["It's a spectacle now", "speaker"] == "Julia Azari"  # "Julia Azari (Marquette University)"
    assert by_quote.at["Trump has to look presidential", "speaker"] == "Samuel Peters"



def test_a_sunday_show_interview_in_cnn_shape():
    frame = analysis.quotes(analysis.load_article(ARTICLE_DIR / "voices_cnn_sunday_show.txt"))
    show = frame[frame["quote"].str.startswith("State of the Union")].iloc[0]
    assert bool(show["fragment"])  # 'told CNN's Jake Tapper on "State of the Union."': the show's title, not words she said
    q = frame[frame["direct"] & ~frame["fragment"]].set_index("quote")
    assert q.at["Nobody is blameless here", "speaker"] == "Laura Kent"  # "Tapper pressed her ... she said"
    aide = "We're not going to be lectured by the Senate"
    assert (q.at[aide, "speaker"], q.at[aide, "speaker_kind"]) == ("one senior House Republican aide", "anonymous")
    assert q.at["Pass it.", "speaker"] == "Mark Doyle"
    assert q.at["He's not serious", "speaker"] == "Laura Kent"
    # "Asked whether she would support ..., Kent said": the question was put to her, not said by her
    assert not frame["quote"].str.startswith("whether she would support").any()


def test_a_broadcast_transcript_in_npr_shape():
    frame = analysis.quotes(analysis.load_article(ARTICLE_DIR / "voices_npr_transcript.txt"))
    turns = frame.set_index("quote")
    # "KIRK SIEGLER, BYLINE: ..." then "SIEGLER: ...": the reporter, the outlet's voice; the host's label on its own line
    host = turns.loc["Farmers across the West are bracing for another dry year. Reporter Kirk Siegler has more."]
    assert (host["speaker"], host["speaker_kind"]) == ("Leila Fadel", "outlet")
    assert turns.at["State officials say the reservoirs are at 40% of normal.", "speaker_kind"] == "outlet"
    assert (turns.at["You can't farm on promises.", "speaker"], turns.at["You can't farm on promises.", "speaker_kind"]) \
        == ("Tom Barcellos", "person")  # "BARCELLOS:" after "TOM BARCELLOS:"
    assert turns.at["We are going to have to make some very difficult choices.", "speaker"] == "Gavin Newsom"
    assert not frame["quote"].str.contains("SOUNDBITE").any()  # a stage direction is no one's words


def test_a_source_who_asked_not_to_be_named_is_anonymous():
    q = quotes_of("voices_feature_present_tense.txt")
    assert q.at["There were other priorities", "speaker_kind"] == "anonymous"


def test_a_crime_story_the_victims_never_speak():
    frame = analysis.quotes(analysis.load_article(ARTICLE_DIR / "voices_crime_victims.txt"))
    q = frame[frame["direct"]].set_index("quote")
    # "said Loretta Hughes, the mother of one of the victims": the mother, not "the victims"
    assert q.at["He was the kindest person you could meet", "speaker"] == "Loretta Hughes"
    assert q.at["We believe this was a targeted attack", "speaker"] == "Tom Riley"
    assert q.at["It sounded like fireworks", "speaker_kind"] == "anonymous"  # "a bartender who asked that his name ..."
    relatives = q.loc["We just want justice for our boys"]
    assert (relatives["speaker"], relatives["speaker_kind"]) == ("one of them", "anonymous")  # "one of them said"
    assert not frame["speaker"].fillna("").str.contains("victims").any()



def test_they_after_the_couple_and_speakers_around_a_lawsuit():
    frame = analysis.quotes(analysis.load_article(ARTICLE_DIR / "voices_couple_lawsuit.txt"))
    said = frame[frame["quote"].str.startswith("the repairs have cost them")].iloc[0]
    assert said["speaker"] == "the couple"  # "'...,' the couple said ... They said the repairs ...": several people
    q = frame[frame["direct"]].set_index("quote")
    assert q.at["The city does not comment on pending litigation.", "speaker"] == "Dana Cole"  # "In an email, she wrote:"
    assert q.at["I was told it was on the list", "speaker"] == "Rosa Mendez"
    assert q.at["scheduled for replacement in 2025.", "speaker_kind"] == "document"  # "According to a memo from ..."
    assert q.at["had every opportunity to fix this.", "speaker"] == "Greg Nolan"


@pytest.mark.parametrize("source", ["a State Department spokeswoman", "a State Department official"])
def test_an_unnamed_source_keeps_her_she_past_a_woman_named_in_passing(source):
    text = ("State Department reviews embassy report\n\nWASHINGTON (AP) — The State Department is reviewing a report "
            f"on security at its embassy in Lagos.\n\n\"We are reviewing the report carefully,\" said {source}. The "
            "report was ordered last year by Secretary Anne Clark after a break-in.\n\n\"We take every recommendation "
            "seriously,\" she said.\n")
    q = analysis.quotes(analysis.load_article(text)).set_index("quote")
    assert q.at["We take every recommendation seriously", "speaker"] == source  # not the secretary named in passing


def test_bodies_named_by_their_kind_are_organizations():
    # "according to the national emergency agency" was a news outlet; "the bank said", "the grid operator said" unknown
    kinds = {}
    for name in ("ap_web_share_bar", "bloomberg_web_page", "npr_web_page"):
        frame = analysis.quotes(analysis.load_article(ARTICLE_DIR / f"{name}.txt"))
        kinds.update(dict(zip(frame["speaker"], frame["speaker_kind"])))
    assert kinds["the national emergency agency"] == "organization" and kinds["El Comercio"] == "outlet"
    assert kinds["Turkey’s central bank"] == "organization" and "the bank" not in kinds  # "the bank said": the same bank
    assert kinds["the grid operator"] == "organization"


def test_city_hall_story_speakers_and_a_body_whose_name_ends_in_authority():
    # "the Chicago Transit Authority said" was anonymous ("authorities said" is); "the statement said" is its document
    frame = analysis.quotes(analysis.load_article(ARTICLE_DIR / "voices_city_hall_shapes.txt", published="2024-03-05",
                                                  timezone="America/Chicago"))
    speakers = dict(zip(frame["quote"], zip(frame["speaker"], frame["speaker_kind"])))
    assert speakers["We have looked at every option"] == ("Karen Whitfield", "person")
    assert speakers["Riders should not pay for years of mismanagement."] == ("Raymond Ortiz", "person")
    assert speakers["the fare rise would raise $40 million a year"] == ("Chicago Transit Authority", "organization")
    assert speakers["It's a tax on the poor"] == ("Maria Gomez", "person")
    assert speakers["We're open to ideas, but the math is the math."] == ("Karen Whitfield", "person")
    assert speakers["The mayor has our support"] == ("Dan Kowalski", "person")


def test_a_headline_quote_the_body_quotes_again_is_the_body_speakers():
    a = load_article("‘We will not back down’: Mayor vows to fight transit cuts\n\nBy Jane Doe\n\nMayor Karen Whitfield vowed "
                     "on Tuesday to fight state cuts to the city's transit budget.\n\n\"We will not back down,\" Whitfield "
                     "told reporters. \"Not now, not ever.\"", published="2024-03-06", timezone="America/Chicago")
    frame = analysis.quotes(a)
    headline = frame[frame["part"] == "headline"].iloc[0]
    assert headline["quote"] == "We will not back down" and headline["speaker"] == "Karen Whitfield"


def test_a_remark_is_its_makers_and_a_letter_speaks_with_its_owner():
    # "prompted X to make a remark that described ... as '...'" was the remark's ('a remark'/unknown); a missive's
    # prediction had no speaker; a verb the parser joins to the speaker's name ("X, the director ... and whose also
    # featured in the film, told") is nobody (on PolNeAR it gave a second row to 'also featured'; guarded here)
    frame = analysis.quotes(analysis.load_article(ARTICLE_DIR / "voices_remarks_and_letters.txt", published="2024-03-04"))
    speakers = dict(zip(frame["quote"], zip(frame["speaker"], frame["speaker_kind"])))
    assert speakers["free riders"] == ("Laura Mendes", "person")
    assert speakers["the fittest man ever to sit on the council."] == ("the doctor's earlier missive", "document")
    union = frame[frame["quote"].str.startswith("We ran out of patience")]
    assert list(union["speaker"]) == ["Tomas Reyes"]


def test_according_to_a_source_the_parser_reads_as_a_verb_and_a_signed_line_of_quotes():
    # "according to show insiders" ('show' read as a verb) gave the title to the sentence's subject and "They said"
    # to no one; a reader's comment signed at the end of its line went to the line introducing the comments or to
    # the previous comment's signer
    frame = analysis.quotes(analysis.load_article(ARTICLE_DIR / "voices_remarks_and_letters.txt", published="2024-03-04"))
    speakers = dict(zip(frame["quote"], zip(frame["speaker"], frame["speaker_kind"])))
    assert speakers["Harbor Morning"] == ("show insiders", "anonymous")
    assert speakers["he called its members lazy on the air"] == ("show insiders", "anonymous")
    assert speakers["The buses are late every day. I stopped counting."] == ("Ana Duarte", "person")
    ferrer = frame[frame["quote"].str.startswith("I ride the No. 9") | (frame["quote"] == "time'.")]
    assert len(ferrer) == 2 and set(ferrer["speaker"]) == {"Luis Ferrer"}


def test_an_attribution_set_off_by_commas_inside_the_sentence_is_reported_speech():
    # "Lenox was a juggernaut, Mr. Clarke said, until ..." had no row: the parser hangs "said" on the sentence
    # (parataxis) with nothing of its own to say; "..., he said." at the end already had its clause
    a = load_article("Mine owner bets on trees\n\nBy Jane Doe\n\nTom Clarke has bought three bankrupt coal mines in "
                     "West Virginia.\n\nThe Lenox Coal Company was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999. Too "
                     "often, he said, the debate over coal is infected with politics.\n\nThe difference now, he told "
                     "me on Friday, is that the land pays for itself. Perhaps, he said, the trees will pay too.\n\n"
                     "In recent days, advisers to Mr. Clarke say, the company has grown tired of the delays.",
                     published="2016-10-02")
    frame = analysis.quotes(a)
    indirect = frame[~frame["direct"]]
    for start in ("The Lenox Coal Company", "Too often", "The difference now", "Perhaps"):
        hit = indirect[indirect["quote"].str.startswith(start)]
        assert len(hit) == 1 and hit.iloc[0]["speaker"] == "Tom Clarke", frame[["quote", "speaker"]]
    # one word before the attribution is enough ('Perhaps, he said, ...'); 'say' the tagger reads as a bare verb
    advisers = indirect[indirect["quote"].str.startswith("In recent days")]
    assert list(advisers["speaker_kind"]) == ["anonymous"]


def test_words_made_by_someone_named_after_by():
    # '"Harbor Blues" was written by X' had no speaker and 'the phrase "..." was coined by Y' took the first clause's
    # subject (the song); a title produced by someone is no one's words
    frame = analysis.quotes(analysis.load_article(ARTICLE_DIR / "voices_remarks_and_letters.txt", published="2024-03-04"))
    speakers = dict(zip(frame["quote"], frame["speaker"]))
    assert speakers["Harbor Blues"] == "Ana Duarte" and speakers["ghost buses"] == "Luis Ferrer"
    assert speakers["Last Stop"] is None


def test_what_is_promised_urged_or_called_for_is_reported_speech():
    # 'vowed to ...', 'urged X to ...', 'called for ...', 'called on X to ...' had no row (no clause after the verb);
    # 'called him a showman' names, it reports nothing
    frame = analysis.quotes(analysis.load_article(ARTICLE_DIR / "voices_remarks_and_letters.txt", published="2024-03-04"))
    indirect = dict(zip(frame.loc[~frame["direct"], "quote"], frame.loc[~frame["direct"], "speaker"]))
    assert indirect["to restore night service by June"] == "Luis Ferrer"
    assert indirect["riders to attend Tuesday's hearing"] == "Laura Mendes"
    assert indirect["a fare freeze"] == "Tomas Reyes"
    assert indirect["the council to apologize to riders"] == "Tomas Reyes"
    assert not any("showman" in quote for quote in frame["quote"])
    headline = analysis.quotes(analysis.load_article("Mayor rejects calls for snap election\n\nBy Jane Doe\n\nThe mayor "
                                                     "said on Monday that no election would be held.", published="2024-03-04"))
    assert "snap election" not in set(headline["quote"])


def test_a_quote_after_to_her_is_her_view():
    # 'because to her, "..."' had no speaker; 'went to him, "..."' is no one's view
    frame = analysis.quotes(analysis.load_article(ARTICLE_DIR / "voices_remarks_and_letters.txt", published="2024-03-04"))
    speakers = dict(zip(frame["quote"], frame["speaker"]))
    assert speakers["the people in charge stopped riding the bus long ago."] == "Ana Duarte"
    assert speakers["for better or worse"] is None


def test_a_signature_opening_on_a_first_name_is_a_person():
    # '― Christina Lastra.' under a reader's comment: the tagger makes the name an organization
    frame = analysis.quotes(analysis.load_article(ARTICLE_DIR / "voices_remarks_and_letters.txt", published="2024-03-04"))
    signed = frame[frame["cue"] == "―"]
    lastra = signed[signed["speaker"] == "Christina Lastra"]
    assert len(lastra) >= 1 and set(lastra["speaker_kind"]) == {"person"}


def test_a_body_the_actors_know_is_an_organization_and_a_surname_he_is_a_name():
    # "The Joint Chiefs of Staff (JCS) said ..." and "the Bench observed": organizations, not people; "Speaking at the
    # ceremony in Islamabad, He said ...": He Lifeng, named before (a Chinese name puts the surname first)
    yonhap = analysis.quotes(analysis.load_article(ARTICLE_DIR / "yonhap_web_page.txt"))
    assert set(yonhap.loc[yonhap.speaker == "JCS", "speaker_kind"]) == {"organization"}
    hindu = analysis.quotes(analysis.load_article(ARTICLE_DIR / "hindu_web_page.txt"))
    assert set(hindu.loc[hindu.speaker == "Bench", "speaker_kind"]) == {"organization"}
    xinhua = analysis.quotes(analysis.load_article(ARTICLE_DIR / "xinhua_web_page.txt"))
    corridor = xinhua[xinhua.quote.str.startswith("the corridor had brought")].iloc[0]
    assert corridor.speaker == "He Lifeng"


def test_a_subject_with_no_is_no_speaker():
    # a dek in headline style: "...; no casualties reported, officials say": officials speak, "no casualties" does not
    wsj = analysis.quotes(analysis.load_article(ARTICLE_DIR / "wsj_web_page.txt"))
    assert "no casualties" not in set(wsj.speaker) and "officials" in set(wsj.speaker)


def test_a_participle_after_a_reported_clause_speaks_for_the_one_who_said():
    # "Sharif said Pakistan would ensure ..., adding that the two sides would ...": Sharif adds, not Pakistan
    xinhua = analysis.quotes(analysis.load_article(ARTICLE_DIR / "xinhua_web_page.txt"))
    adding = xinhua[xinhua.cue == "adding"].iloc[0]
    assert adding.speaker == "Shehbaz Sharif" and adding.speaker_kind == "person"


def test_a_headlines_bare_title_is_the_one_person_of_the_story_who_holds_it():
    # headlines drop their articles: "..., general says" is the general the story names
    a = analysis.load_article("Pentagon denies pullout, general says\n\nWASHINGTON (AP) — Gen. Mark Milley, the chairman "
                              "of the Joint Chiefs, said Monday there was no decision to leave.\n\nThe general said the "
                              "letter was a draft.", published="2020-01-06")
    head = analysis.quotes(a).query("part == 'headline'").iloc[0]
    assert (head["speaker"], head["speaker_kind"]) == ("Mark Milley", "person")
    # two ministers named: which one the headline means is not known, so it stays a description
    b = analysis.load_article("Tax to rise, minister says\n\nLONDON (Reuters) - Finance Minister Jane Roe said on Monday "
                              "the tax would rise. Health Minister John Doe said hospitals would get more money.",
                              published="2024-01-02")
    heads = analysis.quotes(b).query("part == 'headline'")
    assert not set(heads["speaker"]) & {"Jane Roe", "John Doe"}


def test_the_company_said_is_not_a_body_its_own_quote_names():
    # the FT: '"The decision was reached despite the Commission's failure ...," the company said in a statement'
    # after "Apple said it would appeal": Apple, not the Commission the quote names
    quotes = analysis.quotes(analysis.load_article(ARTICLE_DIR / "ft_names_in_brussels_byline.txt"))
    said = quotes[quotes.quote.str.startswith("The decision was reached")].iloc[0]
    assert (said.speaker, said.speaker_kind) == ("Apple", "organization")


def test_a_closing_attribution_the_parser_hung_on_the_phrase_before_it():
    # Axios: "The White House is weighing ..., two people familiar with the discussions told Axios." (the parser
    # makes "told" a clause on "discussions", with no subject): reported speech of two anonymous people
    quotes = analysis.quotes(analysis.load_article(ARTICLE_DIR / "axios_stamp_section_bullets.txt"))
    row = quotes[quotes.quote.str.startswith("The White House is weighing")].iloc[0]
    assert (row.speaker, row.speaker_kind, row.cue, row.direct) == (
        "two people familiar with the discussions", "anonymous", "told", False)
    assert row.quote.endswith("advanced chips to China")


def test_a_label_opening_the_line_is_no_part_of_reported_speech():
    # "What's next: A decision is expected within weeks, an administration official said." (Axios's labels)
    quotes = analysis.quotes(analysis.load_article(ARTICLE_DIR / "axios_stamp_section_bullets.txt"))
    row = quotes[quotes.speaker == "an administration official"].iloc[0]
    assert row.quote == "A decision is expected within weeks"
