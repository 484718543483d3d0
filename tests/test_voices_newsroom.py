"""Voices: speakers a newsroom reader would name, on small articles in the shapes of a politics blog that quotes a
debate transcript between its own paragraphs, a wire story of a campaign day, a story that runs on after a transcript
excerpt, and a first-person column; and on 25 articles of tuning text in the shapes US and international outlets
publish (``NEW_TUNING``: pronouns after several people, descriptions, runs of quotes, first-person writing), whose
speakers were written down before the rules were run on them."""
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


# --- new tuning text: pronouns, descriptions and runs of quotes in the shapes US and international outlets publish --
# The speaker of every quote was written down before the rules were run on these articles. A speaker is right when it
# is the person a newsroom reader names, compared as PolNeAR's scorer compares (surname or head word): the full name
# where the article gives it ("Carol Bixby" for a "Ms. Bixby" the tagger did not tag in full is still right).

STATEMENT_RELEASED = pytest.mark.xfail(strict=True, reason='"The campaign released a statement. \'...,\' it said": '
                                       'the rules give the statement (as "The city sent a letter. It says"); the '
                                       'expectation written before the run was the campaign, and either reads')


def same_person(got, want: str) -> bool:
    return isinstance(got, str) and (got == want or want.split()[-1] in got.split() or got.split()[-1] in want.split())


#: (article, the words a quote starts with or holds, its speaker), also scored by benchmarks/quotes_eval.py
NEW_TUNING = [
    # a woman named among three men, then "she said"
    ('voices_she_after_several_named.txt', 'We keep funding the response', 'Marina Dimitrijevic'),
    ('voices_she_after_several_named.txt', 'That is not a public safety strategy', 'Marina Dimitrijevic'),
    ('voices_she_after_several_named.txt', 'Every district in this city', 'Jeffrey Norman'),
    ('voices_she_after_several_named.txt', 'Where is that money going?', 'Marina Dimitrijevic'),
    ('voices_she_after_several_named.txt', 'Nobody on this council', 'Marina Dimitrijevic'),
    ('voices_she_after_several_named.txt', 'Those were one-time events', 'Dennis Yaccarino'),
    # a woman whose first name no list knows, by surname and "she"
    ('voices_woman_by_surname.txt', 'Canadians are telling us', 'Chrystia Freeland'),
    ('voices_woman_by_surname.txt', 'This is a budget that borrows', 'Jasraj Hallan'),
    ('voices_woman_by_surname.txt', 'We have the fiscal room', 'Chrystia Freeland'),
    ('voices_woman_by_surname.txt', 'And we are doing it responsibly', 'Chrystia Freeland'),
    ('voices_woman_by_surname.txt', 'It works at cross purposes', 'Rebekah Young'),
    ('voices_woman_by_surname.txt', "The Bank of Canada's own forecasts", 'Chrystia Freeland'),
    # "he added" after the company's quote; a quote set between two speaker's words
    ('voices_he_added_after_another.txt', 'Our pilots are sending', 'Garth Thompson'),
    ('voices_he_added_after_another.txt', 'We are done waiting', 'Garth Thompson'),
    ('voices_he_added_after_another.txt', 'We continue to negotiate', 'United Airlines'),
    ('voices_he_added_after_another.txt', 'Nobody wants a strike', 'Garth Thompson'),
    ('voices_he_added_after_another.txt', 'But our members are prepared', 'Garth Thompson'),
    ('voices_he_added_after_another.txt', "It's a show of strength", 'Harry Katz'),
    ('voices_he_added_after_another.txt', "It doesn't mean planes stop", 'Harry Katz'),
    ('voices_he_added_after_another.txt', 'These things almost always', 'Harry Katz'),
    # a quote paragraph with no cue goes on with the speaker before
    ('voices_quote_paragraph_runs_on.txt', 'You pick up a handful', 'Dale Hoffman'),
    ('voices_quote_paragraph_runs_on.txt', 'My dad talked about years', 'Dale Hoffman'),
    ('voices_quote_paragraph_runs_on.txt', 'The insurance will cover', 'Dale Hoffman'),
    ('voices_quote_paragraph_runs_on.txt', 'It was a gamble', 'Lisa Brandt'),
    ('voices_quote_paragraph_runs_on.txt', "Sorghum doesn't pay", 'Lisa Brandt'),
    ('voices_quote_paragraph_runs_on.txt', "If it doesn't rain by July", 'Lisa Brandt'),
    ('voices_quote_paragraph_runs_on.txt', 'We are doing what we can', 'Mike Beam'),
    ('voices_quote_paragraph_runs_on.txt', 'But the scale of this', 'Mike Beam'),
    # a memoir: the writer's "I said", a brother named once and a father never named ("my father" is who "he" is)
    ('voices_first_person_memoir.txt', "You can't", 'Elena Vasquez'),
    ('voices_first_person_memoir.txt', "It's the only thing", 'Elena Vasquez'),
    ('voices_first_person_memoir.txt', "That's exactly why", 'my father'),
    ('voices_first_person_memoir.txt', "He's tired, Lena", 'Marco'),
    ('voices_first_person_memoir.txt', 'Let him be tired', 'Marco'),
    ('voices_first_person_memoir.txt', 'I have read them twice', 'my father'),
    ('voices_first_person_memoir.txt', "Fair isn't the point", 'Elena Vasquez'),
    ('voices_first_person_memoir.txt', 'Then what is?', 'my father'),
    # "the governor", "the mayor" ("The mayor of New Orleans, X,"), "the director"
    ('voices_titles_only.txt', 'If you are told to leave', 'John Bel Edwards'),
    ('voices_titles_only.txt', 'Do not wait', 'John Bel Edwards'),
    ('voices_titles_only.txt', 'We are as ready', 'LaToya Cantrell'),
    ('voices_titles_only.txt', 'But no system can handle', 'LaToya Cantrell'),
    ('voices_titles_only.txt', 'This is a large storm', 'Ken Graham'),
    ('voices_titles_only.txt', 'Today is the day', 'Casey Tingle'),
    # "the Oklahoman", "the New York Democrat", "the former president", "the senator"
    ('voices_senators_by_description.txt', 'We wrote a serious bill', 'James Lankford'),
    ('voices_senators_by_description.txt', 'It deserved a vote', 'James Lankford'),
    ('voices_senators_by_description.txt', 'They were for it until', 'Chuck Schumer'),
    ('voices_senators_by_description.txt', "I said, 'Don't do it", 'Donald Trump'),
    ('voices_senators_by_description.txt', 'And they listened', 'Donald Trump'),
    ('voices_senators_by_description.txt', 'The crisis at the border', 'Kyrsten Sinema'),
    # a profile: her words across the writer's paragraphs, a husband of her surname
    ('voices_profile_pianist.txt', 'People ask me when', 'Ruth Adler'),
    ('voices_profile_pianist.txt', 'I tell them, retire', 'Ruth Adler'),
    ('voices_profile_pianist.txt', 'My mother thought', 'Ruth Adler'),
    ('voices_profile_pianist.txt', 'It was a very long phase', 'Ruth Adler'),
    ('voices_profile_pianist.txt', "She's the reason people come", 'Victor Mendes'),
    ('voices_profile_pianist.txt', 'Tourists, kids from Juilliard', 'Victor Mendes'),
    ('voices_profile_pianist.txt', 'When Sol died', 'Ruth Adler'),
    ('voices_profile_pianist.txt', 'Then I realized he would', 'Ruth Adler'),
    ('voices_profile_pianist.txt', 'So I went back', 'Ruth Adler'),
    # "X will remain on the faculty, the university said. '...,' she said in her statement"
    ('voices_said_in_a_statement.txt', 'It has been the honor', 'Margaret Ellison'),
    ('voices_said_in_a_statement.txt', 'But it is clear that', 'Margaret Ellison'),
    ('voices_said_in_a_statement.txt', 'Dr. Ellison led Halford', 'Richard Holloway'),
    ('voices_said_in_a_statement.txt', 'We are grateful', 'Richard Holloway'),
    ('voices_said_in_a_statement.txt', 'This should have happened', 'Priya Raman'),
    ('voices_said_in_a_statement.txt', 'They want accountability', 'Deborah Katz'),
    ('voices_said_in_a_statement.txt', 'I look forward to returning', 'Margaret Ellison'),
    # a candidate the tagger takes for an organization is still "she"
    ('voices_campaign_rally_she.txt', "I'm not going anywhere", 'Nikki Haley'),
    ('voices_campaign_rally_she.txt', 'We are just getting started', 'Nikki Haley'),
    ('voices_campaign_rally_she.txt', "She's getting clobbered", 'Donald Trump'),
    ('voices_campaign_rally_she.txt', "It's embarrassing for her", 'Donald Trump'),
    ('voices_campaign_rally_she.txt', "It's time to unite", 'Henry McMaster'),
    ('voices_campaign_rally_she.txt', 'Do you want to win', 'Nikki Haley'),
    ('voices_campaign_rally_she.txt', 'Because I want to win', 'Nikki Haley'),
    ('voices_campaign_rally_she.txt', "I just can't", 'Sarah Lyle'),
    ('voices_campaign_rally_she.txt', "I'm tired of the chaos", 'Sarah Lyle'),
    # a speech quoted over three paragraphs
    ('voices_multi_paragraph_speech.txt', "I know what you've heard", 'Anne Whitfield'),
    ('voices_multi_paragraph_speech.txt', "You've heard that it's broken", 'Anne Whitfield'),
    ('voices_multi_paragraph_speech.txt', 'Some of that is true', 'Anne Whitfield'),
    ('voices_multi_paragraph_speech.txt', 'So run.', 'Anne Whitfield'),
    ('voices_multi_paragraph_speech.txt', 'a public servant in the truest sense', 'Santa Ono'),
    ('voices_multi_paragraph_speech.txt', 'I cried for a day', 'Anne Whitfield'),
    ('voices_multi_paragraph_speech.txt', 'Then I knocked on doors', 'Anne Whitfield'),
    # "she said" after a paragraph of the writer's own
    ('voices_pronoun_over_writers_paragraph.txt', 'We have a once-in-a-generation', 'Michelle Wu'),
    ('voices_pronoun_over_writers_paragraph.txt', 'This closes that gap', 'Michelle Wu'),
    ('voices_pronoun_over_writers_paragraph.txt', "It won't work for every", 'Michelle Wu'),
    ('voices_pronoun_over_writers_paragraph.txt', 'The devil is in the details', 'Greg Vasil'),
    ('voices_pronoun_over_writers_paragraph.txt', 'We want to get this right', 'Ruthzee Louijeune'),
    # "He added:" after a sentence about a member who never spoke
    ('voices_uk_he_added_colon.txt', 'We are not yet at the point', 'Andrew Bailey'),
    ('voices_uk_he_added_colon.txt', 'But things are moving', 'Andrew Bailey'),
    ('voices_uk_he_added_colon.txt', 'Inflation has more than halved', 'Jeremy Hunt'),
    ('voices_uk_he_added_colon.txt', 'I would not want anyone', 'Andrew Bailey'),
    ('voices_uk_he_added_colon.txt', 'The door to a rate cut', 'Paul Dales'),
    # an interview in the present tense, an answer after "I asked her why."
    ('voices_magazine_interview_says.txt', "It's the easiest thing", 'Abigail Spanberger'),
    ('voices_magazine_interview_says.txt', 'And the hardest thing', 'Abigail Spanberger'),
    ('voices_magazine_interview_says.txt', 'Because the people who would', 'Abigail Spanberger'),
    ('voices_magazine_interview_says.txt', 'If it came to the floor', 'Chip Roy'),
    ('voices_magazine_interview_says.txt', 'Leadership of both parties', 'Abigail Spanberger'),
    ('voices_magazine_interview_says.txt', 'That tells you something', 'Abigail Spanberger'),
    ('voices_magazine_interview_says.txt', 'I think it will', 'Abigail Spanberger'),
    ('voices_magazine_interview_says.txt', "I just don't know if", 'Abigail Spanberger'),
    # ministers of three countries and an unnamed official
    ('voices_eu_trade_ministers.txt', 'We do not want a trade war', 'Valdis Dombrovskis'),
    ('voices_eu_trade_ministers.txt', 'Europe must speak', 'Robert Habeck'),
    ('voices_eu_trade_ministers.txt', 'We will not be intimidated', 'Olivia Gregoire'),
    ('voices_eu_trade_ministers.txt', 'The door is open', 'A U.S. trade official'),
    ('voices_eu_trade_ministers.txt', 'We have been very patient', 'Olivia Gregoire'),
    # a mother and a councilman alternating
    ('voices_grieving_mother.txt', 'My son was walking home', 'Angela Ruiz'),
    ('voices_grieving_mother.txt', 'He did everything right', 'Angela Ruiz'),
    ('voices_grieving_mother.txt', "I'm with this family", 'Kevin Robinson'),
    ('voices_grieving_mother.txt', 'But my hands are tied', 'Kevin Robinson'),
    ('voices_grieving_mother.txt', "I'll go every day", 'Angela Ruiz'),
    ('voices_grieving_mother.txt', "Nobody else's mother", 'Angela Ruiz'),
    # coaches and players
    ('voices_sports_postgame.txt', 'We came out with the right energy', 'Jayson Tatum'),
    ('voices_sports_postgame.txt', 'When we defend like that', 'Jayson Tatum'),
    ('voices_sports_postgame.txt', 'The guys were locked in', 'Joe Mazzulla'),
    ('voices_sports_postgame.txt', 'They outplayed us', 'Erik Spoelstra'),
    ('voices_sports_postgame.txt', 'We have to be better', 'Erik Spoelstra'),
    ('voices_sports_postgame.txt', "We just couldn't make anything", 'Bam Adebayo'),
    ('voices_sports_postgame.txt', 'That happens.', 'Bam Adebayo'),
    ('voices_sports_postgame.txt', "We've been down 2-0", 'Erik Spoelstra'),
    # Ms. and Mr. as the New York Times writes them
    ('voices_honorifics_library.txt', 'I have worked here for 22 years', 'Carol Bixby'),
    ('voices_honorifics_library.txt', 'People I have known', 'Carol Bixby'),
    ('voices_honorifics_library.txt', 'I just wanted the board', 'Gary Sheets'),
    ('voices_honorifics_library.txt', "I didn't expect the whole", 'Gary Sheets'),
    ('voices_honorifics_library.txt', 'We have a process', 'Linda Marsh'),
    ('voices_honorifics_library.txt', 'I love this town', 'Carol Bixby'),
    ('voices_honorifics_library.txt', "I just don't recognize", 'Carol Bixby'),
    # "the judge", "the prosecutor", "the lawyer" after "Harlan's attorney, X,"
    ('voices_courtroom_roles.txt', 'This case has been pending', 'Robert Gettleman'),
    ('voices_courtroom_roles.txt', 'It is time', 'Robert Gettleman'),
    ('voices_courtroom_roles.txt', 'We anticipate the trial', 'Sarah Streicker'),
    ('voices_courtroom_roles.txt', 'She has been waiting', 'Thomas Durkin'),
    ('voices_courtroom_roles.txt', 'Now she has one', 'Thomas Durkin'),
    ('voices_courtroom_roles.txt', 'It will be very hard', 'Thomas Durkin'),
    # a secretary, a press secretary and a senator
    ('voices_pentagon_briefing.txt', 'We are going to do everything', 'Lloyd Austin'),
    ('voices_pentagon_briefing.txt', 'That commitment is ironclad', 'Lloyd Austin'),
    ('voices_pentagon_briefing.txt', "I'm not going to get into", 'Sabrina Singh'),
    ('voices_pentagon_briefing.txt', 'This is about deterrence', 'Sabrina Singh'),
    ('voices_pentagon_briefing.txt', "We don't want to see", 'Sabrina Singh'),
    ('voices_pentagon_briefing.txt', 'It should have happened', 'Roger Wicker'),
    # a reporter's first person: "When I read that line to Green, she laughed"
    ('voices_first_person_reporting.txt', 'This is not going to be', 'Sam Ortega'),
    ('voices_first_person_reporting.txt', 'I used to make $25', 'Tasha Green'),
    ('voices_first_person_reporting.txt', "Now I'm lucky", 'Tasha Green'),
    ('voices_first_person_reporting.txt', 'I do the math', 'Tasha Green'),
    ('voices_first_person_reporting.txt', "Some nights it doesn't", 'Tasha Green'),
    ('voices_first_person_reporting.txt', 'well above minimum wage', 'Kyle Moss'),
    ('voices_first_person_reporting.txt', "Then where's my average", 'Tasha Green'),
    # a shop owner, a baker and an advocate
    ('voices_speaker_named_in_writers_paragraph.txt', 'Customers notice', 'Maria Chen'),
    ('voices_speaker_named_in_writers_paragraph.txt', "I don't blame them", 'Maria Chen'),
    ('voices_speaker_named_in_writers_paragraph.txt', 'The early crowd', 'Tom Nguyen'),
    ('voices_speaker_named_in_writers_paragraph.txt', 'The data shows', 'David Rolf'),
    ('voices_speaker_named_in_writers_paragraph.txt', 'Tell that to my landlord', 'Maria Chen'),
    # an op-ed with no byline in the text: the writer's own "I said", "I told my mother"
    ('voices_oped_writers_own_words.txt', 'Not without a few thousand', 'the author'),
    ('voices_oped_writers_own_words.txt', 'the only way we can lose', 'Donald Trump'),
    ('voices_oped_writers_own_words.txt', 'Our system is decentralized', 'Jon Husted'),
    ('voices_oped_writers_own_words.txt', 'There is no single switch', 'Jon Husted'),
    ('voices_oped_writers_own_words.txt', 'Go vote', 'the author'),
    ('voices_oped_writers_own_words.txt', 'Your ballot will be counted', 'the author'),
    # "it" and "who" as sources: 'It called the campaign's statement "..."' is the caller's; 'X, who called the
    # timing of the letter "extraordinary," said' (the parser hangs the word on X's title)
    pytest.param('voices_it_and_who_sources.txt', 'The director owes', 'the campaign', marks=STATEMENT_RELEASED),
    pytest.param('voices_it_and_who_sources.txt', 'Anything less is unacceptable', 'the campaign',
                 marks=STATEMENT_RELEASED),
    ('voices_it_and_who_sources.txt', 'a desperate attempt', 'Republican National Committee'),
    ('voices_it_and_who_sources.txt', 'extraordinary', 'John Podesta'),
    ('voices_it_and_who_sources.txt', 'an obligation', 'James Comey'),
    ('voices_it_and_who_sources.txt', "We don't ordinarily tell", 'the letter'),
    ('voices_it_and_who_sources.txt', 'Case reopened', 'Jason Chaffetz'),
    # "she" after a paragraph of ten sentences of the writer's own, a husband and a son among them
    ('voices_she_after_long_gap.txt', 'I was grateful for the job', 'Rasha Haddad'),
    ('voices_she_after_long_gap.txt', 'But every night', 'Rasha Haddad'),
    ('voices_she_after_long_gap.txt', 'It is like being a student', 'Rasha Haddad'),
    ('voices_she_after_long_gap.txt', 'I do not mind', 'Rasha Haddad'),
    ('voices_she_after_long_gap.txt', 'They bring a depth', 'Michael Ripchinski'),
    ('voices_she_after_long_gap.txt', 'She never gave up', 'Omar Haddad'),
]


@pytest.mark.parametrize("name, quote, speaker", NEW_TUNING)
def test_speakers_on_new_tuning_articles(quotes_of, name, quote, speaker):
    q = quotes_of(name)
    hits = q[q["quote"].str.startswith(quote)]
    if not len(hits):  # a paragraph inside a quote that runs over several
        hits = q[q["quote"].str.contains(quote, regex=False)]
    assert len(hits), f"no quote holds {quote!r}"
    assert same_person(hits.iloc[0]["speaker"], speaker), (hits.iloc[0]["speaker"], speaker)


def test_he_added_is_one_who_spoke_and_not_one_who_did_not_comment():
    # "Justice X did not comment after the hearing. ... '...,' she added": not the justice, who said nothing
    text = ("Court hears challenge to abortion ban\n\nJustice Verda Colvin questioned the state's lawyer about the "
            "law's exceptions.\n\n\"What if a woman is afraid to go to the police?\" she asked.\n\nJulia Stone, a "
            "lawyer with the Center for Reproductive Rights, said outside the courthouse that the law had caused "
            "confusion.\n\n\"Women are being turned away,\" Stone said. Justice Colvin did not comment after the "
            "hearing. The court is expected to rule by summer.\n\n\"We are hopeful,\" she added.\n")
    frame = analysis.quotes(analysis.load_article(text, id="court"))
    assert row(frame, "What if a woman").speaker == "Verda Colvin"
    assert row(frame, "We are hopeful").speaker == "Julia Stone"


def test_his_chief_of_staff_is_not_he():
    # "Mayor X ... He met with union leaders. His chief of staff, Cristina Y, also attended. '...,' he said": the
    # mayor; the "his" says whose staff she is, not that she is a man
    text = ("Teachers strike enters second week\n\nUnion president Stacy Davis Gates said the two sides remained "
            "far apart.\n\n\"The mayor knows what it will take,\" Davis Gates said.\n\nMayor Brandon Johnson has "
            "said the city cannot afford the union's demands. He met with union leaders for six hours on Sunday. "
            "His chief of staff, Cristina Pacione-Zayas, also attended.\n\n\"We are close on most issues,\" he "
            "said Monday.\n")
    frame = analysis.quotes(analysis.load_article(text, id="strike"))
    assert row(frame, "We are close on most issues").speaker == "Brandon Johnson"


def test_a_trade_written_after_the_is_the_person_in_view():
    # "The couple's neighbor, Ruth Kaplan, 71, drove them home. '...,' the retired teacher said": a new description
    # of the person just named, as "the 71-year-old" would be
    text = ("Woman charged after protest\n\nPolice arrested Maria Lopez, 29, on Friday after she refused to leave "
            "the office.\n\nLopez was released three hours later. \"I'd do it again,\" she told reporters.\n\n"
            "The couple's neighbor, Ruth Kaplan, 71, drove them home. \"These are good kids,\" the retired teacher "
            "said.\n")
    frame = analysis.quotes(analysis.load_article(text, id="protest"))
    assert row(frame, "These are good kids").speaker == "Ruth Kaplan"
    assert row(frame, "I'd do it again").speaker == "Maria Lopez"


def test_a_speech_verb_joined_to_another_verb_speaks_for_its_subject():
    # "A man came up to me at the gate and said, '...' I looked at him and said, '...'": the man, then the writer
    # of the post (the "I" of the quote around them)
    text = ("Veteran's post goes viral\n\nJake Wood, who served two tours in Iraq, wrote about the exchange on "
            "Sunday.\n\n\"Yesterday a man came up to me at the gate and said, 'You people are ruining this country.' "
            "I looked at him and said, 'I served so you could say that.' He walked away,\" Wood wrote.\n")
    frame = analysis.quotes(analysis.load_article(text, id="post"))
    assert row(frame, "You people are ruining").speaker == "a man"
    assert row(frame, "I served so you could say that").speaker == "Jake Wood"


def test_the_campaign_is_not_its_chairman():
    # a person's role word ("campaign chairman") does not make "the campaign" that person
    text = ("Clinton campaign plans youth program\n\nThe state's campaign chairman, Phil Lovas, said he had not seen "
            "the letter.\n\nThe campaign says the candidate will announce a national service program on Friday.\n")
    frame = analysis.quotes(analysis.load_article(text, id="campaign"))
    assert row(frame, "the candidate will announce").speaker != "Phil Lovas"


def test_it_is_the_body_that_acted_not_the_thing_it_acted_on():
    # "The Trump campaign dismissed the ad. In a statement, it called the spot '...'": the campaign (not the ad it
    # dismissed, nor the other campaign named before), and a long phrase a verb of naming calls something is the
    # caller's words
    text = ("New Clinton ad targets Trump\n\nThe Clinton campaign on Friday released a new television ad.\n\n"
            "The Trump campaign dismissed the ad. In a statement, it called the spot \"a desperate attempt to "
            "distract voters.\"\n\nThe Republican National Committee also responded. \"Hillary Clinton has no "
            "record to run on,\" it said.\n")
    frame = analysis.quotes(analysis.load_article(text, id="ad"))
    r = row(frame, "a desperate attempt to distract voters")
    assert (r.speaker, r.cue) == ("the Trump campaign", "called")
    assert row(frame, "Hillary Clinton has no record").speaker == "Republican National Committee"


def test_a_description_by_age_keeps_the_floor_for_the_next_description(quotes_of):
    # "The 67-year-old said she would be there. / '...,' the retired nurse said": the 67-year-old (Margaret Olsen,
    # 67) is the person in view, not the neighbor quoted before her
    assert row(quotes_of("voices_two_women_alternating.txt"), "I'll bring the grandchildren").speaker == "Margaret Olsen"


def test_he_added_after_a_man_who_agreed_is_that_man():
    # the "he added" rule keeps to people the article does not say are men: "Tom Jones agreed ... '...,' he added"
    text = ("Union, city trade blame\n\nMayor Ann Lee said the talks had failed. Union president Tom Jones agreed "
            "with her on that point.\n\n\"We are far apart,\" he added.\n")
    assert row(analysis.quotes(analysis.load_article(text, id="talks")), "We are far apart").speaker == "Tom Jones"


@pytest.mark.parametrize("opening", ["After meeting Gov. John Kasich", "Standing next to Gov. John Kasich"])
def test_he_is_the_doer_of_a_clause_with_no_subject_of_its_own(opening):
    # "After meeting X, he told reporters ...": "he" did the meeting, so is not X
    text = (f"Trump visits Ohio\n\nDonald Trump campaigned in Ohio on Monday. {opening}, he told reporters the party "
            "was united.\n\n\"We are together,\" he said.\n")
    frame = analysis.quotes(analysis.load_article(text, id="ohio"))
    assert row(frame, "the party was united").speaker == "Donald Trump"
    assert row(frame, "We are together").speaker == "Donald Trump"


def test_his_son_is_he():
    # unlike "His chief of staff, X," a noun that says the sex ("His son, Hunter,") keeps the person a "he"
    text = ("Biden campaigns in Iowa\n\nJoe Biden campaigned in Iowa on Monday. His son, Hunter, joined him on "
            "stage.\n\n\"My dad is ready,\" he said.\n")
    assert row(analysis.quotes(analysis.load_article(text, id="iowa")), "My dad is ready").speaker == "Hunter"


#: (article, the words a quote starts with, its speaker): articles in US outlets' shapes written for issue #4, speakers
#: written down before the rules were run on them
NEW_SHAPES = [
    # "The drugmaker Mylan has raised the list price of its EpiPen allergy injector ... The company defended the
    # increase. In a statement, it said ...": the drugmaker, not the brand the tagger took for an organization (a
    # Washington Post business shape)
    ("voices_company_brand_it.txt", "patients with insurance pay", "Mylan"),
    ("voices_company_brand_it.txt", "The vast majority of patients", "Mylan"),
    ("voices_company_brand_it.txt", "We have expanded", "Mylan"),
    ("voices_company_brand_it.txt", "Families should not have to choose", "American Medical Association"),
    ("voices_company_brand_it.txt", "We are working to make sure", "Heather Bresch"),
    # a blog quoting another paper's story: '"... Cheryl Mills ... was briefed ... 'We will handle it,' she told the
    # technician ..."': Mills, named inside the excerpt, not the aide the blog's own lede left unnamed (a Western
    # Journalism shape)
    ("voices_excerpt_she_inside.txt", "We will handle it", "Cheryl Mills"),
    ("voices_excerpt_she_inside.txt", "I never received any warning", "Cheryl Mills"),
    ("voices_excerpt_she_inside.txt", "She knew. Her staff knew.", "Reince Priebus"),
    # "Hillary Clinton ... Her husband, former President Bill Clinton, ... / Clinton returned to the theme ... She
    # thanked Mayor Jennifer Roberts ... '...,' she said": the bare "Clinton" may be hers, whoever the surname was
    # taken for, so the "she" is not the student named two paragraphs up (a USA Today campaign-stop shape)
    ("voices_she_shared_surname.txt", "We are not going back", "Hillary Clinton"),
    ("voices_she_shared_surname.txt", "Not now, not ever", "Hillary Clinton"),
    ("voices_she_shared_surname.txt", "the most progressive in history", "Bernie Sanders"),
    # "The report runs to 112 pages. It documents ... It says ... It also found ... It recommends ... / '...,' it
    # said": the report, five sentences back, through the "it"s that are subjects (a USA Today shape)
    ("voices_it_chain_report.txt", "Veterans were harmed", "the report"),
    # a headline's or a blog's "Trump: '...'", "Added Trump: '...'", "The response from the Clinton campaign: '...'",
    # "Robby Mook, on Twitter: '...'", "In the words of Sen. X, '...'": labels with no verb of their own
    ("voices_label_lead_ins.txt", "I will not concede", "Donald Trump"),
    ("voices_label_lead_ins.txt", "I will totally accept", "Donald Trump"),
    ("voices_label_lead_ins.txt", "This is horrifying", "the Clinton campaign"),
    ("voices_label_lead_ins.txt", "Democracy is not a reality show", "Robby Mook"),
    ("voices_label_lead_ins.txt", "Losing is not a conspiracy", "Lindsey Graham"),
    ("voices_label_lead_ins.txt", "Our democracy relies", "Paul Ryan"),
    ("voices_label_lead_ins.txt", "It's a dangerous thing", "John Kasich"),
    # 'As The Hill reported, Clinton campaign manager Robby Mook said Tuesday that the campaign "had no knowledge"':
    # Mook's words, which the Hill reported (a Western Journalism blog shape)
    ("voices_blog_reported_by_outlets.txt", "had no knowledge", "Robby Mook"),
    ("voices_blog_reported_by_outlets.txt", "We're starting anarchy here", "Scott Foval"),
    ("voices_blog_reported_by_outlets.txt", "It's a hoax", "Donna Brazile"),
    ("voices_blog_reported_by_outlets.txt", "I've been in the room", "Scott Foval"),
    # '"Locker room talk," came the reply from Trump's running mate, Mike Pence, hours later.': the one the reply
    # came from, not the statement quoted before (a wire shape)
    ("voices_came_the_reply.txt", "Locker room talk", "Mike Pence"),
    ("voices_came_the_reply.txt", "This is horrific", "Hillary Clinton"),
    ("voices_came_the_reply.txt", "Mr. Trump will not be dropping out", "Hope Hicks"),
    ("voices_came_the_reply.txt", "Nobody has more respect", "Donald Trump"),
    # 'The Times reported: / "Debbie Kessler keeps a Trump sign ... / "When a customer complained ..., Kessler did
    # not take it down." / "...," she said.': the woman the quoted story is about, not no one (a blog excerpting a
    # paper's profile)
    ("voices_excerpt_reported.txt", "I told her, this is my shop", "Debbie Kessler"),
    ("voices_excerpt_reported.txt", "If you don't like it", "Debbie Kessler"),
    ("voices_excerpt_reported.txt", "We stand by our reporting", "Eileen Murphy"),
    # 'Q: You met with Donald Trump in August. ... / A: I told him, "...." And he said, "I'll do that."': the man
    # the question named, not no one (a Politico Q&A shape)
    ("voices_qa_he_said_inside_answer.txt", "I'll do that", "Donald Trump"),
    ("voices_qa_he_said_inside_answer.txt", "You have to go to the communities", "Tim Scott"),
    ("voices_qa_he_said_inside_answer.txt", "Give it time", "Tim Scott"),
    # "..., including from House Speaker Paul Ryan, whose spokeswoman said he was "fully confident" ...": Ryan's
    # spokeswoman, not a source called "whose spokeswoman"; and the "who" clauses' own speakers (a Politico shape)
    ("voices_who_sources.txt", "fully confident", "Paul Ryan's spokeswoman"),
    ("voices_who_sources.txt", "dangerous", "Obama"),
    ("voices_who_sources.txt", "trying to sow doubt", "Tim Kaine"),
    ("voices_who_sources.txt", "a lot of voter fraud", "Rudy Giuliani"),
    # '"...," said county recorder Ana Ruiz, a Republican.' (the tagger tags no person, and "Ana" is in no list of
    # first names): the person so named, not an unknown "county recorder Ana Ruiz"
    ("claims_without_evidence.txt", "Every ballot was counted", "Ana Ruiz"),
    # "Vice President Mike Pence's take? '...,' he told reporters": the one a verbless sentence is about, not the
    # subject of a sentence before; "His response was brief: '...'", "Her reply ... was ...: '...'": the remark's
    # owner, not "the response" (a Politico shape)
    ("voices_remark_owner_and_verbless_topic.txt", "We have to get this done", "Joe Manchin"),
    ("voices_remark_owner_and_verbless_topic.txt", "It's a bad bill", "Mike Pence"),
    ("voices_remark_owner_and_verbless_topic.txt", "Every single day", "Tom Wolf"),
    ("voices_remark_owner_and_verbless_topic.txt", "I'm still reading it", "Susan Collins"),
    # a science story: the researcher and the outside expert by inverted attribution, and the drugmaker's statement
    # ("Novex said in a statement that it would seek approval", the clause hung on "statement" by the parser) as
    # reported speech (a wire health shape)
    ("voices_study_statement_medium.txt", "These are remarkable results", "Priya Nair"),
    ("voices_study_statement_medium.txt", "The benefit is real but modest", "Harlan Brooks"),
    ("voices_study_statement_medium.txt", "We want to know whether it works", "Priya Nair"),
    ("voices_study_statement_medium.txt", "it would seek approval this year", "Novex"),
    # a court story: the lede's "A federal judge on Tuesday blocked ..., ruling that ..." is the judge the next
    # paragraph names ("U.S. District Judge Eleanor Ross wrote"); "People familiar with the state's plans on Tuesday
    # said": unnamed people, without the day (a wire court shape)
    ("voices_court_lede_judge_named_next.txt", "it likely violates the Voting Rights Act", "Eleanor Ross"),
    ("voices_court_lede_judge_named_next.txt", "places an undue burden", "Eleanor Ross"),
    ("voices_court_lede_judge_named_next.txt", "We are confident the law will be upheld", "Chris Carr"),
    ("voices_court_lede_judge_named_next.txt", "Today the court stood up for voters", "Sean Young"),
    ("voices_court_lede_judge_named_next.txt", "an appeal could be filed", "People familiar with the state's plans"),
    # a post embedded as a page copies it, without quotation marks, signed "— Name (@handle) Date" on the next line:
    # the signer's words, as a block quote's (a wire storm story)
    ("voices_embedded_tweet.txt", "If you are in an evacuation zone", "Kevin Guthrie"),
    ("voices_embedded_tweet.txt", "shelters had opened in 20 counties", "Kevin Guthrie"),
    # the same post in a saved page, a blockquote as X's embed code writes it ("&mdash; Name (@handle) <a>Date</a>")
    ("voices_embedded_tweet_page.html", "If you are in an evacuation zone", "Kevin Guthrie"),
]


@pytest.mark.parametrize("name, quote, speaker", NEW_SHAPES)
def test_speakers_on_issue_4_articles(quotes_of, name, quote, speaker):
    assert row(quotes_of(name), quote).speaker == speaker


def test_it_after_a_chain_of_its_is_the_department_as_a_body(quotes_of):
    # the VA's own chain of "it"s: a body (its name is not asked for: "the department" as written)
    assert row(quotes_of("voices_it_chain_report.txt"), "We have made real progress").speaker_kind == "organization"


def test_a_first_name_after_a_kin_noun_is_the_person():
    # "Trump's daughter Ivanka, in an interview with ABC: '...'" (the tagger took "Ivanka" for a product)
    text = ("Trump allies defend him\n\nTrump's daughter Ivanka, in an interview with ABC: \"My father will respect "
            "the outcome.\"\n")
    assert row(analysis.quotes(analysis.load_article(text, id="ivanka")), "My father will").speaker == "Ivanka"


def test_a_height_in_feet_and_inches_is_no_quotation_mark():
    # 'Among the tidbits in the newer letter: Trump is 6'3" tall ...' (a Politico health story) quoted the rest of the
    # paragraph as a direct quote; a year closing a quote still closes it
    text = ("Doctor releases letter\n\nAmong the tidbits in the letter: Trump is 6'3\" tall and weighs 236 pounds, "
            "which classifies him as overweight according to his body mass index.\n\n\"He is in excellent health,\" "
            "the doctor said. She called the 2015 letter \"accurate as of 2015\" on Friday.\n")
    q = analysis.quotes(analysis.load_article(text, id="height"))
    assert not q[q["direct"]]["quote"].str.contains("tall and weighs").any()
    assert row(q, "accurate as of 2015").quote == "accurate as of 2015"


def test_one_document_however_the_text_brings_it_in_and_a_described_firm(quotes_of):
    # the headline's "study finds", the lede's "according to a study": one voice in the sourcing table, "the study";
    # "funded by the drugmaker Novex" makes the later "Novex said" (tagged a person) the firm
    article = analysis.load_article(ARTICLES / "voices_study_statement_medium.txt")
    table = analysis.sources(article).set_index("source")
    assert table.loc["the study", "indirect"] == 2 and "a study" not in table.index and "study" not in table.index
    assert table.loc["Novex", "kind"] == "organization"
