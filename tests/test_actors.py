"""Actors: the seed, articles written in other outlets' shapes, and invariants on generated text."""
from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis import load_article, load_corpus

A = importlib.import_module("analysis.actors")
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def seed():
    corpus = load_corpus(ROOT / "seeds")
    return corpus[corpus.ids[0]]


@pytest.fixture(scope="module")
def seed_actors(seed):
    return analysis.actors(seed)


def by_name(table, name):
    rows = table[table["actor"] == name]
    assert len(rows) == 1, f"{name!r} not one row in {list(table['actor'])}"
    return rows.iloc[0]


def parts_text(article):
    texts = {("headline", 0): article.headline, ("dek", 0): article.dek, ("body", 0): article.body}
    texts.update({("caption", i): c for i, c in enumerate(article.captions)})
    return texts


# ------------------------------------------------------------------------------------------------ the seed

def test_seed_people(seed_actors):
    persons = set(seed_actors.loc[seed_actors["kind"] == "person", "actor"])
    assert {"Mark Esper", "Mark Milley", "William Seely", "Kenneth McKenzie", "Qassem Suleimani",
            "Donald Trump"} <= persons
    assert "Suilemani" in by_name(seed_actors, "Qassem Suleimani")["variants"]
    assert by_name(seed_actors, "Mark Milley")["mentions"] >= 8


def test_seed_titles_and_roles(seed_actors):
    milley = by_name(seed_actors, "Mark Milley")
    assert "Joint Chiefs of Staff" in milley["title"] + " " + milley["role"]
    assert "Gen." in by_name(seed_actors, "William Seely")["title"]
    assert "Central Command" in by_name(seed_actors, "Kenneth McKenzie")["role"]


def test_seed_pentagon_is_the_defense_department(seed_actors):
    rows = seed_actors[seed_actors["aliases"].map(lambda a: "Pentagon" in a)]
    assert len(rows) == 1
    assert rows.iloc[0]["kind"] == "organization"
    assert any("Defense Department" in alias for alias in rows.iloc[0]["aliases"])


def test_seed_places(seed_actors):
    places = set(seed_actors.loc[seed_actors["kind"] == "place", "actor"])
    assert {"Iraq", "Iran", "Tehran", "Washington", "Middle East"} <= places
    # the seed never writes "Iran": its nationality adjective counts as a mention of the country
    iran = by_name(seed_actors, "Iran")
    assert iran["aliases"] == ["Iranian"] and iran["mentions"] == 2
    assert "Iraqi" in by_name(seed_actors, "Iraq")["aliases"]
    assert not {"Iranian", "Iraqi"} & set(seed_actors["actor"])


def test_seed_demonym_mentions(seed):
    table = analysis.mentions(seed)
    iranian = table[table["text"] == "Iranian"]
    assert set(iranian["actor"]) == {"Iran"} and set(iranian["how"]) == {"demonym"}
    assert A.resolve(seed, "Iranian") == "Iran"


def test_seed_author_and_credit_are_not_story_actors(seed, seed_actors):
    assert by_name(seed_actors, "Lara Seligman")["kind"] == "author"
    assert by_name(seed_actors, "Alex Wong")["kind"] == "credit"
    story = A.story_actors(seed)
    assert not {"Lara Seligman", "Alex Wong"} & set(story["actor"])


def test_seed_no_fragments(seed_actors):
    names = {n.lower() for aliases in seed_actors["aliases"] for n in aliases} | set(seed_actors["actor"].str.lower())
    for fragment in ("brig", "brig.", "defense", "taboola", "gen.", "defeat"):
        assert fragment not in names


def test_seed_mentions_index_their_text(seed):
    table = analysis.mentions(seed)
    texts = parts_text(seed)
    for row in table.itertuples():
        index = row.paragraph if row.part == "caption" else 0
        assert texts[(row.part, index)][row.start:row.end] == row.text
    assert set(table.columns) >= {"actor", "start", "end", "paragraph", "sentence", "text", "part"}
    esper = table[table["actor"] == "Mark Esper"]
    assert "Esper" in set(esper["text"])


def test_seed_resolve(seed):
    assert A.resolve(seed, "Esper") == "Mark Esper"
    assert A.resolve(seed, "Defense Secretary Mark Esper") == "Mark Esper"
    assert A.resolve(seed, "Gen. McKenzie") == "Kenneth McKenzie"
    assert A.resolve(seed, "Suilemani’s") == "Qassem Suleimani"
    pentagon = A.resolve(seed, "the Pentagon")
    assert pentagon is not None and pentagon == A.resolve(seed, "the Defense Department")
    assert A.resolve(seed, "the defense secretary") == "Mark Esper"
    assert A.resolve(seed, "Somebody Else") is None
    assert A.resolve(seed, "") is None


def test_seed_resolve_by_position(seed):
    body = seed.body
    start = body.index("Milley said")
    assert A.resolve(seed, "Milley", start=start) == "Mark Milley"


def test_seed_people_table(seed):
    table = A.people(seed)
    assert set(table.columns) == set(A.PEOPLE_COLUMNS)
    assert by_name(table, "Mark Milley")["gender"] == "male"
    assert "Lara Seligman" in set(table["actor"])


# ------------------------------------------------------------------------------------------------ written articles

WIRE = """Senate rivals trade barbs over spending bill

WASHINGTON (Reuters) - Senator Jane Okafor on Tuesday accused the White House of stalling a spending bill.

Okafor, a Democrat from Ohio, said the delay would hurt veterans.

"We cannot wait another week," Okafor told reporters.

Okafor said she had spoken with the Treasury Department on Monday.

White House spokesman Tom Reyes said the administration was negotiating in good faith.

Okafor dismissed that. "Good faith would look different," Okafor said.

Reporting by Dan Miller; Editing by Sue Park
"""


def test_full_name_once_then_surname_five_times():
    article = load_article(WIRE)
    table = analysis.actors(article)
    okafor = by_name(table, "Jane Okafor")
    assert okafor["kind"] == "person"
    assert okafor["mentions"] == 6
    assert okafor["title"] == "Senator"
    assert "Okafor" not in set(table["actor"])
    reyes = by_name(table, "Tom Reyes")
    assert "spokesman" in reyes["title"]
    assert len(table[table["actor"].str.contains("White House")]) == 1
    assert A.people(article).set_index("actor").loc["Jane Okafor", "gender"] == "female"


SHARED_SURNAME = """Two Clintons on the trail

By Maria Lopez

DES MOINES, Iowa — Hillary Clinton returned to Iowa on Saturday, a day after former President Bill Clinton held
a rally in Cedar Rapids.

Hillary Clinton told supporters that the caucuses would decide the race. "Iowa matters," Clinton said.

Mrs. Clinton's campaign did not comment.

Bill Clinton, who campaigned here in 1992, spoke for 40 minutes. Mr. Clinton praised the state's farmers.

Clinton has not said whether he will return before the caucuses.
"""


def test_two_people_sharing_a_surname_stay_two():
    article = load_article(SHARED_SURNAME)
    table = analysis.actors(article)
    persons = set(table.loc[table["kind"] == "person", "actor"])
    assert {"Hillary Clinton", "Bill Clinton"} <= persons
    assert "Clinton" not in persons
    assert by_name(table, "Maria Lopez")["kind"] == "author"
    mentions = analysis.mentions(article, pronouns=False)
    body = article.body
    # the bare surname goes to the person named last before it
    after_hillary = body.index('"Iowa matters," Clinton') + len('"Iowa matters," ')
    row = mentions[(mentions["part"] == "body") & (mentions["start"] == after_hillary)]
    assert list(row["actor"]) == ["Hillary Clinton"]
    mr = body.index("Mr. Clinton") + 4
    assert A.resolve(article, "Clinton", start=mr) == "Bill Clinton"
    mrs = body.index("Mrs. Clinton") + 5
    assert A.resolve(article, "Clinton", start=mrs) == "Hillary Clinton"


def test_user_alias_table(tmp_path):
    article = load_article("Agency fight\n\nThe Bureau of Widgets and the BOW staff met Acme Corp. officials in Paris.\n\n"
                           "Acme Corp. said the Bureau of Widgets had agreed.\n")
    table_file = tmp_path / "aliases.csv"
    table_file.write_text("alias,canonical,kind\nbow,bureau of widgets,organization\n"
                          "bureau of widgets,bureau of widgets,organization\n")
    plain = A.resolve(article, "BOW")
    joined = A.resolve(article, "BOW", aliases=table_file)
    assert joined is not None and joined == A.resolve(article, "Bureau of Widgets", aliases=table_file)
    assert plain is None or plain != joined or "BOW" in str(plain)


def test_likely_misspelling():
    assert A.likely_misspelling("Suleimani", "Suilemani")
    assert not A.likely_misspelling("Iraq", "Iran")
    assert not A.likely_misspelling("Clinton", "Clinton")
    assert not A.likely_misspelling("Johnson", "Jackson")


# ------------------------------------------------------------------------------------------------ invariants

WORDS = st.sampled_from(["Gen.", "Smith", "said", "the", "Pentagon", "Iraq", "’s", "Mr.", "Jones", ",", ".",
                         "Defense", "Secretary", "he", "Brig.", "Paris", "\n\n", "Anne", "Marie", "of", "(EU)"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, min_size=1, max_size=40))
def test_offsets_index_their_part(words):
    text = "Headline here\n\n" + " ".join(words).replace(" \n\n ", "\n\n") + "\n"
    article = load_article(text)
    table = analysis.mentions(article)
    texts = parts_text(article)
    for row in table.itertuples():
        index = row.paragraph if row.part == "caption" else 0
        assert texts[(row.part, index)][row.start:row.end] == row.text
    actors_table = analysis.actors(article)
    assert list(actors_table.columns) == A.ACTOR_COLUMNS
    assert set(table["actor"]) <= set(actors_table["actor"])


# ------------------------------------------------------------------------------------------------ charts

def test_select_checks_its_parameters(seed_actors):
    people = A.select(seed_actors, ["person"], 2)
    assert set(people["kind"]) == {"person"} and (people["mentions"] >= 2).all()
    assert "Donald Trump" not in set(people["actor"])  # named once
    with pytest.raises(analysis.ParameterError, match="kinds"):
        A.select(seed_actors, ["persons"])
    with pytest.raises(analysis.ParameterError, match="min_mentions"):
        A.select(seed_actors, ["person"], -1)


def test_cooccurrence_counts_shared_sentences(seed, seed_actors):
    pairs = A.cooccurrence(seed, A.select(seed_actors)["actor"])
    row = pairs[(pairs["actor_a"] == "Mark Esper") & (pairs["actor_b"] == "Mark Milley")]
    assert len(row) == 1 and row.iloc[0]["sentences"] >= 2  # caption, the gaggle, the briefing
    assert (pairs["actor_a"] < pairs["actor_b"]).all()


def test_appearances_place_the_headline_first(seed, seed_actors):
    table = A.appearances(seed, ["Pentagon"])
    assert table.iloc[0]["label"] == "H" and table.iloc[0]["column"] == 0
    body = table[table["column"] >= 3]
    assert set(body["label"]) == {str(c - 2) for c in body["column"]}


def test_plots_state_a_finding(seed, seed_actors):
    chosen = A.select(seed_actors, min_mentions=2)
    fig, title, finding, alt = A.plot_appearances(seed, chosen)
    assert title and finding and alt
    fig2, title2, finding2, alt2 = A.plot_network(chosen, A.cooccurrence(seed, chosen["actor"]))
    assert "share the most sentences" in title2
    import matplotlib.pyplot as plt
    plt.close(fig)
    plt.close(fig2)


def test_groups_are_one_actor_per_group():
    article = load_article("Party splits over the budget\n\nConservatives in the House rejected the plan on Monday. "
                           "Two conservatives said the plan spent too much, and Democrats called it a start.\n\n"
                           "The Democrats will meet again on Friday, a conservative aide said.\n")
    table = analysis.actors(article)
    groups = table[table["kind"] == "group"]
    conservative = groups[groups["aliases"].map(lambda a: "conservatives" in a)]
    assert len(conservative) == 1 and conservative.iloc[0]["mentions"] >= 2
    assert len(groups[groups["aliases"].map(lambda a: any(x.startswith("Democrat") for x in a))]) == 1


SPOUSES = """Couple campaigns in Ohio

COLUMBUS, Ohio — President Ruiz told a rally on Friday that the election would decide his legacy.

His wife, Maria Ruiz, spoke first. Mrs. Ruiz urged voters to register before Monday.

Mr. Ruiz then took the stage for 40 minutes, and Mrs. Ruiz returned to Washington.
"""


def test_a_titled_surname_before_the_full_name_is_another_person():
    article = load_article(SPOUSES)
    table = analysis.actors(article)
    persons = table[table["kind"] == "person"].set_index("actor")
    assert {"Ruiz", "Maria Ruiz"} <= set(persons.index)
    assert persons.loc["Maria Ruiz", "mentions"] == 3  # Maria Ruiz, Mrs. Ruiz twice
    assert persons.loc["Ruiz", "mentions"] == 2  # President Ruiz, Mr. Ruiz
    assert A.people(article).set_index("actor").loc["Maria Ruiz", "gender"] == "female"


NATIONALITIES = """Iraqi lawmakers vote to expel foreign troops

BAGHDAD (Reuters) - Iraqi lawmakers on Sunday voted to expel foreign troops after a strike near Baghdad airport.

Iranians marched in Tehran as Iranian officials vowed revenge. The British embassy urged calm, and the British
said they would keep their staff in place.

Russian and Chinese diplomats called for restraint at the United Nations, where American officials defended the
strike. Iraq's prime minister said Iraq would decide.
"""


def test_a_nationality_adjective_is_a_mention_of_its_country():
    article = load_article(NATIONALITIES)
    table = analysis.actors(article)
    places = table[table["kind"] == "place"].set_index("actor")
    assert {"Iraq", "Iran", "Russia", "China", "United States", "United Kingdom", "Tehran", "Baghdad"} <= set(places.index)
    assert {"Iraqi", "Iraq"} <= set(places.loc["Iraq", "aliases"])
    assert places.loc["Iraq", "mentions"] == 4  # two "Iraqi", two "Iraq" (headline and body)
    assert places.loc["Iran", "aliases"] == ["Iranian"]
    # the people themselves stay a group: "Iranians", "the British said"
    groups = table[table["kind"] == "group"]
    assert any("Iranians" in a for a in groups["aliases"])
    assert any("British" in a for a in groups["aliases"])
    assert "British" in places.loc["United Kingdom", "aliases"]  # "the British embassy"
    how = analysis.mentions(article)
    assert set(how.loc[how["text"].isin(["Iraqi", "Russian", "American"]), "how"]) == {"demonym"}


def test_demonym_table_is_overridable(tmp_path):
    article = load_article(NATIONALITIES)
    table_file = tmp_path / "demonyms.csv"
    table_file.write_text("demonym,country,plural\nIranian,,\n")
    table = analysis.actors(article, demonyms=table_file)
    assert "Iran" not in set(table["actor"])
    assert "Iraq" in set(table["actor"])
    assert A.load_demonyms()["iranian"] == ("Iran", "iranians")


VOX_POP = """31 Readers Share Their Most Honest Thoughts On Jane Okafor.

"Ms. Okafor embodies the worst of our politics. She has empowered cynics." ― Sonya Reed
"During the debate Okafor said the schools are failing. She is wrong." ― Pamela Ortiz

"Jane Okafor scares me. Hearing her talk makes me fearful." ― Krystal Lane
"""


def test_a_titled_surname_before_the_full_name_joins_it_without_evidence_of_two():
    # a vox pop: the headline names her (the tagger misses it there), the first quote says "Ms. Okafor" before
    # the body's first "Jane Okafor"; nothing shows a second Okafor, so they are one person
    article = load_article(VOX_POP)
    table = analysis.actors(article)
    persons = table[table["kind"] == "person"].set_index("actor")
    assert "Okafor" not in persons.index
    assert persons.loc["Jane Okafor", "mentions"] >= 4
    # "Ms. Okafor" in a headline joins the Jane Okafor of the body as well
    article = load_article("Ms. Okafor Goes to Washington\n\nJane Okafor arrived on Monday. Okafor said little.\n")
    persons = analysis.actors(article)
    assert set(persons.loc[persons["kind"] == "person", "actor"]) == {"Jane Okafor"}
    # but "Mr." before a woman's first name is evidence of two people (first names: analysis/data/first_names.csv)
    article = load_article("Mr. Okafor Goes to Washington\n\nJane Okafor arrived on Monday. Okafor said little.\n")
    persons = analysis.actors(article)
    assert set(persons.loc[persons["kind"] == "person", "actor"]) == {"Jane Okafor", "Okafor"}


FIRMS = """Law firm drops lobbying client after probe

By Ann Lee

WASHINGTON (Reuters) - Keller Wirth said in a statement on Monday that its lawyers would stop working for the client.

Maria Costa, who was an analyst at Walker Dunne until 2015, said the move was overdue. Costa worked for years at \
Doe & Roe (now Doe Lindqvist) before that.

The Whitman newspaper chain and Vance Merrow, Inc. asked a court to unseal the records. Cooper Hollis LLP said its \
lawyers had quit. The suit was backed by the Civil Rights Union of Ohio and Kendrick.

"It's about time," said Jude Hall, a lobbyist. Hall said in a statement that his clients had been warned.
"""


def test_organizations_the_tagger_takes_for_people():
    # spaCy tags every one of these firms PERSON; general cues (an "its" referring back, "an analyst at", a
    # legal form, "(now ...)", "the ... newspaper chain", "and" with an institution) make them organizations
    article = load_article(FIRMS)
    table = analysis.actors(article).set_index("actor")
    for firm in ("Keller Wirth", "Walker Dunne", "Doe Lindqvist", "Whitman", "Vance Merrow", "Cooper Hollis LLP",
                 "Kendrick"):
        assert table.loc[firm, "kind"] == "organization", firm
    persons = set(table.index[table["kind"] == "person"])
    assert persons == {"Maria Costa", "Jude Hall"}  # "Hall" is a surname, "his" not "its"
    assert table.loc["Jude Hall", "mentions"] == 2


def test_a_team_named_for_its_city_is_an_organization():
    article = load_article("Browns win\n\nThe Denver Browns played the Detroit Lions, and Denver won.\n")
    table = analysis.actors(article).set_index("actor")
    assert table.loc["Denver Browns", "kind"] == "organization"
    assert table.loc["Denver", "kind"] == "place"


def test_a_mister_is_not_the_woman_who_shares_his_surname():
    # "President Roe" and "Mr. Roe" come before the first lady is named in full; her first name marks her a woman
    article = load_article("Roe urges turnout\n\nPresident Roe told a rally on Saturday that the vote mattered. "
                           "Mr. Roe spoke for an hour.\n\nThe campaign will send Mr. Roe and the first lady, "
                           "Michelle Roe, to Ohio. Mr. Roe will speak first.\n")
    table = analysis.actors(article)
    persons = table[table["kind"] == "person"].set_index("actor")
    assert {"Roe", "Michelle Roe"} <= set(persons.index)
    assert persons.loc["Michelle Roe", "mentions"] == 1


def test_title_case_headline_common_words_are_not_actors():
    """A title-case headline ("Senate Passes Spending Bill, Averting a Shutdown") makes spaCy tag common words as
    names; the dek, written as a sentence, keeps its capitalized institution ("the House")."""
    a = analysis.load_article(Path(__file__).parent / "articles" / "nyt_style.txt")
    table = analysis.actors(a)
    assert "Bill" not in set(table.actor) and "Shutdown" not in set(table.actor)
    assert {"Senate", "Chuck Schumer", "House"} <= set(table.actor)
    assert set(table[table.kind == "credit"].actor) >= {"Kenny Holston"}  # "Credit...Kenny Holston/…" is a credit label


def test_a_nickname_from_a_quote_is_not_the_name():
    """A candidate's nickname for a rival ("Crooked Hillary Clinton"), quoted, is fuller than her name but is not
    it; nor is a title the tagger joins to a name ("former Miss Universe Alicia Machado")."""
    article = load_article(
        "Trump mocks rival at rally\n\nDonald Trump is raising questions about his microphone problems during "
        "Monday’s debate with Hillary Clinton.\n\nHe says, “Working that microphone was a hell of a lot more "
        "difficult than working Crooked Hillary Clinton.”\n\nClinton spent the day in Florida.\n\n"
        "Trump also attacked former Miss Universe Alicia Machado on Twitter. Alicia Machado has endorsed Clinton.\n")
    people = set(analysis.actors(article).query("kind == 'person'").actor)
    assert {"Hillary Clinton", "Alicia Machado"} <= people
    assert not {"Crooked Hillary Clinton", "Universe Alicia Machado"} & people


def test_a_given_name_the_tagger_left_before_a_surname_it_missed():
    """A lead that opens on a name the tagger misses ("Tameka Odom has voted ...") is still the person's full name
    once the surname is known from later sentences."""
    article = load_article(
        "In a swing county, voters weigh their choices\n\nTameka Odom has voted in every election since 1992. This "
        "year, she is not sure she will.\n\n\"I don't trust either one of them,\" Odom said on Saturday, standing "
        "outside the grocery store where she works.\n")
    people = set(analysis.actors(article).query("kind == 'person'").actor)
    assert "Tameka Odom" in people and "Odom" not in people
    assert analysis.quotes(article).iloc[0].speaker == "Tameka Odom"


def test_agency_photo_label_and_clock_zone_are_not_actors():
    articles = Path(__file__).parent / "articles"
    ap = analysis.actors(analysis.load_article(articles / "ap_contributed_in_city.txt"))
    assert set(ap[ap["kind"] == "credit"]["actor"]) == {"Carla Mendes"}  # "(AP Photo/Carla Mendes)"
    wire = analysis.actors(analysis.load_article(articles / "reuters_additional_reporting.txt"))
    assert "GMT" not in set(wire["actor"])  # "Shares fell 4.2% by 1015 GMT"


def test_an_inflected_headline_verb_and_a_named_storm_are_not_actors():
    here = __import__("pathlib").Path(__file__).resolve().parent / "articles"
    bloomberg = analysis.actors(analysis.load_article(here / "bloomberg_style.txt"))  # "Oil Jumps as OPEC+ Signals ..."
    assert "Jumps" not in set(bloomberg["actor"]) and "Amrita Sen" in set(bloomberg["actor"])
    storm = analysis.actors(analysis.load_article(here / "guardian_weekday_stamp.txt"))  # "Storm Babet brought rain"
    assert not any(name.startswith("Storm") for name in storm["actor"]) and "Humza Yousaf" in set(storm["actor"])
    text = "Hurricane Ian slams Florida\n\nHurricane Ian made landfall on Wednesday, Gov. Ron DeSantis said."
    assert set(analysis.actors(analysis.load_article(text))["actor"]) >= {"Ron DeSantis"}
    assert not any("Ian" in name for name in analysis.actors(analysis.load_article(text))["actor"])


def test_a_title_for_someone_else_is_not_the_named_persons():
    a = analysis.load_article("Floods\n\nThe state will send aid next week, a spokeswoman for Gov. Mike DeWine said. "
                              "Secretary of State for Health Jane Roe agreed.")
    titles = dict(zip(*analysis.actors(a)[["actor", "title"]].T.values))
    assert titles["Mike DeWine"] == "Gov." and titles["Jane Roe"] == "Secretary of State for Health"


def test_a_title_and_name_tagged_as_one_organization_is_a_person():
    here = __import__("pathlib").Path(__file__).resolve().parent / "articles"
    article = analysis.load_article(here / "politico_bar_stamp.txt")  # "said House Financial Services Chair French Hill"
    table = analysis.actors(article).set_index("actor")
    assert table.at["French Hill", "kind"] == "person" and table.at["French Hill", "title"] == "House Financial Services Chair"
    quote = analysis.quotes(article).set_index("quote").loc["This is a historic day"]
    assert (quote["speaker"], quote["speaker_kind"]) == ("French Hill", "person")


# ------------------------------------------------------------------------------ titles of other countries and ranks

ARTICLES = Path(__file__).parent / "articles"


def _table(name):
    return analysis.actors(analysis.load_article(ARTICLES / name)).set_index("actor")


def test_a_councillors_style_after_a_fuller_title():
    """A UK local story: "Council leader Cllr Priya Shah" keeps "Council leader" as her title (Cllr is a style of
    address, the title only when no other is written); "Cllr Hargreaves", which the tagger calls an organization,
    is the councillor named before; "Councillor Janet Moss" is a person with that title."""
    table = _table("actors_uk_council_titles.txt")
    assert table.loc["Priya Shah", "title"] == "Council leader"
    assert table.loc["Priya Shah", "mentions"] == 2
    assert table.loc["Tom Hargreaves", "title"] == "Cllr"
    assert table.loc["Tom Hargreaves", "mentions"] == 2
    assert table.loc["Janet Moss", "title"] == "Councillor"
    assert not any(name.startswith("Cllr") for name in table.index)
    ldrs = _table("ldrs_style.txt")
    assert ldrs.loc["Priya Shah", "title"] == "Council leader"
    assert ldrs.loc["David Marsh", "title"] == "Conservative group leader"


def test_a_councillor_named_only_by_style_and_surname():
    article = load_article("Row over bin collections\n\nBy Ann Lee, Local Democracy Reporting Service\n\n"
                           "Cllr Okoro said the new rota would save money.\n\nResidents were angry. Cllr Okoro "
                           "added that crews would be retrained.\n")
    table = analysis.actors(article).set_index("actor")
    assert table.loc["Okoro", "kind"] == "person"
    assert table.loc["Okoro", "mentions"] == 2
    assert table.loc["Okoro", "title"] == "Cllr"


def test_a_lowercase_word_that_modifies_a_title_is_part_of_it():
    """US state and county officials: "state Treasurer Mark Ellison" is Mark Ellison, titled "state Treasurer"."""
    table = _table("actors_state_officials_lowercase.txt")
    persons = set(table.index[table["kind"] == "person"])
    assert {"Mark Ellison", "Dana Whitfield", "Luis Ortega", "Paul Brandt"} <= persons
    assert table.loc["Mark Ellison", "title"] == "state Treasurer"
    assert table.loc["Mark Ellison", "mentions"] == 2
    assert table.loc["Dana Whitfield", "title"] == "state Auditor"
    assert table.loc["Luis Ortega", "title"] == "county Commissioner"
    assert table.loc["Paul Brandt", "title"] == "Former state Sen."


def test_places_the_tagger_calls_people_or_organizations():
    """An Indian agency story: towns the tagger calls people or organizations are places by the grammar around
    them ("talks in Chandigarh", "near Ambala", "travelled from Ambala and Kurukshetra", "Ambala, Haryana", "the
    Shambhu border"); a common noun before a title ("Farmer leader") is the title's, and a headline's plural
    ("Farmers' march", the body's "farmers") no actor."""
    table = _table("actors_india_places.txt")
    for town in ("Ambala", "Chandigarh", "Haryana", "Kurukshetra", "Punjab", "Rajpura", "Shambhu", "Delhi"):
        assert table.loc[town, "kind"] == "place", town
    assert table.loc["Ambala", "mentions"] == 5
    persons = set(table.index[table["kind"] == "person"])
    assert persons == {"Sarwan Singh Pandher", "Arjun Munda", "Shakti Singh"}
    assert table.loc["Sarwan Singh Pandher", "title"] == "Farmer leader"
    assert "Farmers" not in table.index and "Farmer" not in table.index
    toi = _table("toi_style.txt")
    assert toi.loc["Ambala", "kind"] == "place" and toi.loc["Chandigarh", "kind"] == "place"
    assert _table("guardian_weekday_stamp.txt").loc["Angus", "kind"] == "place"  # "a river in Angus"


def test_a_person_stays_a_person_where_a_place_is_near():
    """Only a name no first name, initial or title marks: "in Washington, Jane H. Doe, the chief ..." and "this is
    America, Chris." keep their people; "shares in Doe" is a company's."""
    article = load_article("Leaders meet\n\nIn a panel discussion this weekend in Washington, Marc H. Morial, the "
                           "chief executive of the league, spoke first. \"This is America, Chris,\" he said.\n\n"
                           "Shares in Veltra fell after the talks in Chandigarh.\n")
    table = analysis.actors(article).set_index("actor")
    assert table.loc["Marc H. Morial", "kind"] == "person"
    assert table.loc["Chandigarh", "kind"] == "place"
    assert "Veltra" not in table.index or table.loc["Veltra", "kind"] != "place"


def test_a_person_given_a_post_in_an_organization_named_before():
    """"THE FEDERAL RESERVE held ... Jerome Powell, its chairman, said": the "its" of an appositive gives the person a
    post in the Fed; it does not make him the organization it refers to. The Fed, the FEDERAL RESERVE of the
    shouted lede, and the Federal Reserve are one institution (data/institution_aliases.csv)."""
    economist = _table("economist_style.txt")
    assert economist.loc["Jerome Powell", "kind"] == "person"
    assert economist.loc["Jerome Powell", "mentions"] == 2  # and "Mr Powell"
    assert economist.loc["Jerome Powell", "role"] == "its chairman"
    assert economist.loc["Fed", "mentions"] == 3 and "FEDERAL RESERVE" in economist.loc["Fed", "aliases"]
    lede = _table("actors_allcaps_lede.txt")
    assert lede.loc["Jerome Powell", "kind"] == "person" and lede.loc["Jerome Powell", "title"] == "Fed Chair"
    assert set(lede.index[lede["kind"] == "organization"]) == {"Fed", "Treasury"}


def test_title_case_headline_words_around_a_name():
    """Title-case headlines ("..., Records Show", "Court Blocks State's New Voting Map", "Hospital Chain Billed
    Medicare for Tests ...") give the tagger names made of common words: they are trimmed to the name they hold,
    or dropped."""
    mine = _table("actors_titlecase_headline.txt")
    assert set(mine.index[mine["kind"] == "organization"]) == {"Medicare", "Bluegrass Health Partners",
                                                               "Justice Department"}
    assert mine.loc["Medicare", "mentions"] == 2
    propublica = _table("propublica_style.txt")
    assert "Records Show" not in propublica.index
    assert {"Bluebonnet Health", "Teresa Alvarado", "Donna Howard"} <= set(propublica.index)
    assert "Blocks State" not in _table("nyt_reported_from.txt").index


def test_a_common_noun_that_describes_a_company():
    """"Chipmaker Veltra", "Automaker Stellaris", "Retailer Brightmart", "Drugmaker Corvane", "Swedish chipmaker
    Nordsemi", "shares in Nordsemi": the noun says what the name is, and is no part of it."""
    table = _table("actors_business_descriptors.txt")
    for firm in ("Veltra", "Stellaris", "Brightmart", "Corvane"):
        assert table.loc[firm, "kind"] == "organization", firm
    assert table.loc["Veltra", "mentions"] == 4
    assert set(table.index[table["kind"] == "person"]) == {"Laura Kincaid"}
    axios = _table("axios_style.txt")
    assert axios.loc["Veltra", "kind"] == "organization" and axios.loc["Veltra", "mentions"] == 5
    assert _table("reuters_web_page.txt").loc["Nordsemi", "kind"] == "organization"


def test_westminster_titles_before_and_after_names():
    """A UK politics story: "Dame Meg Hillier MP" (the tagger tags nothing) is Meg Hillier, titled MP; "Andrew
    Stephenson MP" is the Andrew Stephenson named before, with the post set before him by a comma as his role;
    Sir, Lord, Prof and Dr are no part of a name."""
    table = _table("actors_uk_westminster_titles.txt")
    persons = set(table.index[table["kind"] == "person"])
    assert {"Keir Starmer", "Meg Hillier", "Andrew Stephenson", "Kakkar", "Stephen Powis", "Emma Runswick",
            "Wes Streeting"} <= persons
    assert not any(name.endswith(" MP") or name == "MP" for name in table.index)
    assert table.loc["Meg Hillier", "title"] == "MP"
    assert table.loc["Andrew Stephenson", "mentions"] == 2
    assert table.loc["Andrew Stephenson", "role"] == "Minister of State for Health and Secondary Care"
    assert table.loc["Wes Streeting", "title"] == "Labour MP" and table.loc["Wes Streeting", "mentions"] == 2
    assert table.loc["Stephen Powis", "title"] == "Prof"


def test_an_honorific_opens_a_name_the_tagger_missed():
    article = load_article("Rally\n\nHe mocked the winner on Monday. Dame Jane Okafor MP said it was shameful.\n")
    table = analysis.actors(article).set_index("actor")
    assert table.loc["Jane Okafor", "kind"] == "person" and table.loc["Jane Okafor", "title"] == "MP"


def test_an_acronym_the_article_defines_and_a_body_referred_to_by_its_word():
    """"The World Health Organization (WHO)" then "WHO said" (which the tagger leaves untagged) and "the
    organization's regional director"; "The Ministry of Health ..." then "The ministry said"."""
    table = _table("actors_acronyms_and_references.txt")
    who = table.loc["WHO"]
    assert who["kind"] == "organization" and who["mentions"] == 5
    assert "World Health Organization" in who["aliases"]
    assert not any("(" in name for name in table.index)
    assert table.loc["Ministry of Health", "mentions"] == 2
    assert table.loc["ECDC", "mentions"] == 3
    mentions = analysis.mentions(load_article(ARTICLES / "actors_acronyms_and_references.txt"))
    assert set(mentions.loc[mentions["how"] == "reference", "text"]) == {"ministry", "organization"}
    # "the electoral commission" written before the Malawi Electoral Commission is named is that commission
    aljazeera = _table("aljazeera_web_page.txt")
    assert "commission" in aljazeera.loc["Malawi Electoral Commission", "aliases"]
    assert aljazeera.loc["Malawi", "kind"] == "place" and aljazeera.loc["Malawi", "mentions"] == 2


def test_name_orders_and_surname_particles():
    """Family name first ("Li Qiang" then "Li", "Kishida Fumio" then "Kishida"), particles of a surname ("Mohammed
    bin Salman" then "Bin Salman", "Geoffrey van Leeuwen" then "Van Leeuwen", "Maria de la Cruz" then "de la Cruz"),
    and a prince's given name ("Prince Mohammed") are one person each."""
    table = _table("actors_name_orders_and_particles.txt")
    for name, n in (("Li Qiang", 2), ("Kishida Fumio", 2), ("Mohammed bin Salman", 3), ("Geoffrey van Leeuwen", 2),
                    ("Maria de la Cruz", 2), ("Lawrence Wong", 2)):
        assert table.loc[name, "kind"] == "person", name
        assert table.loc[name, "mentions"] == n, name
    assert table.loc["Kishida Fumio", "title"] == "Japanese Prime Minister"
    assert len(table[table["kind"] == "person"]) == 6


def test_a_caption_that_opens_on_a_plural_noun():
    """"Commuters at Waterloo station in London": no organization "Commuters", and the station's name a place."""
    table = _table("guardian_web_page.txt")
    assert "Commuters" not in table.index
    assert table.loc["Waterloo", "kind"] == "place"


def test_more_names_the_tagger_takes_for_other_kinds():
    """"the town of Greenfield" and "Albert Higgins, 81, from Armley" are places; "Border Patrol agents" a body;
    "ERCOT chief executive Pablo Vegas" (tagged a place) a person; "Storm Ilse" weather, no actor."""
    assert _table("usatoday_style.txt").loc["Greenfield", "kind"] == "place"
    assert _table("voices_uk_local.txt").loc["Armley", "kind"] == "place"
    assert _table("fox_style.txt").loc["Border Patrol", "kind"] == "organization"
    npr = _table("npr_web_page.txt")
    assert npr.loc["Pablo Vegas", "kind"] == "person" and npr.loc["Pablo Vegas", "title"] == "ERCOT chief executive"
    assert "Ilse" not in _table("live_blog_stamps.txt").index


def test_one_actor_however_the_article_sets_or_shortens_its_name():
    """A name set in capitals in a lede ("JEROME POWELL") is shown as the article writes it elsewhere; "Cubans"
    opening a quoted sentence is the Cubans of the next paragraph; "Florida International's Fernandez" names
    Florida International University; a lowercase word alone ("bin") names no body."""
    lede = load_article("Fed holds rates\n\nBy Ann Lee\n\nTHE FED LEFT RATES UNCHANGED, BUT JEROME POWELL SIGNALED "
                        "CUTS.\n\nJerome Powell said inflation was easing. \"We are patient,\" Powell said.\n")
    table = analysis.actors(lede).set_index("actor")
    assert table.loc["Jerome Powell", "mentions"] == 3
    owner = _table("voices_owner_before_name.txt")
    assert owner.loc["Cubans", "mentions"] == 2 and "Cubans (2)" not in owner.index
    assert owner.loc["Florida International University", "mentions"] == 2
    assert "Florida International" not in owner.index
    bins = load_article("Bin lorries\n\nThe council said the bin lorries would be replaced in spring.\n")
    assert "bin" not in set(analysis.actors(bins)["actor"])


def test_people_the_tagger_calls_organizations():
    """"NBC's Lester Holt", "Jean-Marc Ayrault, the foreign minister of France," (tagged organizations) are people,
    and a later "Lester Holt" tagged an organization again joins him."""
    table = _table("actors_people_tagged_as_bodies.txt")
    for name in ("Lester Holt", "Vann R. Newkirk II", "Jean-Marc Ayrault"):
        assert table.loc[name, "kind"] == "person", name
    assert table.loc["Lester Holt", "mentions"] == 3
    assert table.loc["Jean-Marc Ayrault", "role"] == "the foreign minister of France"
    assert set(table.index[table["kind"] == "organization"]) == {"NBC", "NBC Nightly News"}


def test_people_set_beside_an_age_or_a_kin_and_a_common_noun_opening_a_quote():
    """"Darnell Hughes, 24," and "Her daughter, Ama," are people, whatever the tagger calls them; "analysts at
    Jefferies" an employer; '"Turnout makes a difference."' no person where the body writes "turnout"."""
    assert _table("voices_crime_victims.txt").loc["Darnell Hughes", "kind"] == "person"
    assert _table("voices_feature_present_tense.txt").loc["Ama", "kind"] == "person"
    assert _table("reuters_bullet_summary.txt").loc["Jefferies", "kind"] == "organization"
    article = load_article("Democrats fear a quiet November\n\nOrganizers fear low turnout in November. \"The question is "
                           "who shows up,\" said Charlie King, a Democrat. \"Turnout makes a difference.\"\n")
    table = analysis.actors(article)
    assert "Turnout" not in set(table["actor"])
    assert "Charlie King" in set(table.loc[table["kind"] == "person", "actor"])


def test_a_group_is_one_actor_in_the_singular_and_the_plural():
    """"the Whitfields" opening a sentence and inside one (which the tagger lemmatizes differently), "Republican"
    and "Republicans": one group each."""
    couple = _table("voices_couple_lawsuit.txt")
    assert couple.loc["Whitfields", "mentions"] == 2 and "Whitfields (2)" not in couple.index
    article = load_article("Budget vote\n\nRepublicans said the bill was too costly. One Republican said he would "
                           "vote no, and Republicans in the Senate agreed.\n")
    groups = analysis.actors(article).query("kind == 'group'")
    assert len(groups) == 1 and groups.iloc[0]["mentions"] == 3


def test_a_medium_a_statement_was_made_on_is_no_person():
    """"fired back on Twitter", "thanked Trump on Twitter", "added on Twitter": the website, not a person."""
    assert _table("voices_cnn_sunday_show.txt").loc["Twitter", "kind"] == "organization"
    article = load_article("Senators trade barbs\n\nSen. Ted Cruz thanked Donald Trump on Twitter on Wednesday. "
                           "\"Too little,\" Cruz added on Twitter.\n")
    table = analysis.actors(article).set_index("actor")
    assert table.loc["Twitter", "kind"] == "organization"
    assert {"Ted Cruz", "Donald Trump"} <= set(table.index[table["kind"] == "person"])


def test_a_group_word_the_tagger_calls_a_person_is_a_group():
    article = load_article("Voters speak\n\n\"Trump must stop portraying Latinos as gangsters,\" said Carla Sanchez, "
                           "a voter. Latinos are a fast-growing share of the electorate.\n")
    table = analysis.actors(article).set_index("actor")
    assert table.loc["Latinos", "kind"] == "group"
    assert table.loc["Carla Sanchez", "kind"] == "person"


def test_a_long_title_the_tagger_took_for_a_body_and_a_surname_of_particles():
    """An Irish paper: "Minister of State for Trade Promotion Jane Doherty" (the tagger makes "State for Trade
    Promotion Jane Doherty" one organization) is Jane Doherty with that title; "Van der Berg" (tagged "Berg")
    is Prof Anna van der Berg."""
    table = _table("actors_long_titles_and_particles.txt")
    assert table.loc["Jane Doherty", "kind"] == "person" and table.loc["Jane Doherty", "mentions"] == 2
    assert table.loc["Jane Doherty", "title"] == "Minister of State for Trade Promotion"
    assert table.loc["Anna van der Berg", "mentions"] == 2 and "Berg" not in table.index
    assert set(table.index[table["kind"] == "person"]) == {"Jane Doherty", "Anna van der Berg", "Luis de Jong"}


def test_a_name_cut_at_its_particle_is_whole_and_an_outlet_is_no_person():
    a = analysis.load_article('Late goal sends team into final\n\nMANCHESTER, England — "We never stopped believing," '
                              'manager Erik ten Hag told reporters on Sunday.\n\nSen. Alex Padilla told Semafor on '
                              'Thursday that he would vote no.', published="2024-04-14")
    table = analysis.actors(a).set_index("actor")
    assert "Erik ten Hag" in table.index and "Erik" not in table.index
    assert table.at["Semafor", "kind"] == "organization"  # outlets.csv knows it: the tagger's PERSON is an outlet
    assert analysis.quotes(a).iloc[0]["speaker"] == "Erik ten Hag"


def test_a_name_after_a_title_and_a_comma_is_a_person():
    # Nigerian papers: "The Speaker, Mudashiru Obasa, said ..." (the tagger calls the name an organization)
    a = analysis.load_article(ARTICLES / "nigeria_speaker_apposition.txt")
    table = analysis.actors(a).set_index("actor")
    assert table.loc["Mudashiru Obasa", "kind"] == "person"
    q = analysis.quotes(a)
    assert q.loc[q.quote.str.startswith("We increased"), "speaker"].tolist() == ["Mudashiru Obasa"]


def test_a_store_or_a_service_the_tagger_calls_a_person_is_an_organization():
    # the FT: "... informing users about cheaper subscription options outside the App Store" (tagged PERSON)
    table = analysis.actors(analysis.load_article(ARTICLES / "ft_names_in_brussels_byline.txt")).set_index("actor")
    assert table.loc["App Store", "kind"] == "organization"
    assert table.loc["Margrethe Vestager", "kind"] == "person"
    assert set(table[table.kind == "author"].index) == {"Javier Espinoza", "Tim Bradshaw", "Anna Gross"}


def test_a_page_s_prompt_is_no_part_of_a_name():
    # "Watch Giuliani's remarks below:" (the tagger reads "Watch Giuliani" as a person): Rudy Giuliani, one person
    table = analysis.actors(load_article(ARTICLES / "voices_westjournal_style.txt")).set_index("actor")
    assert not any(name.startswith("Watch ") for name in table.index)
    assert table.loc["Rudy Giuliani", "mentions"] == 5 and "Giuliani" not in table.index


def test_headline_abbreviations_of_places_join_the_place_whatever_the_tagger_said():
    # a headline's "N. Korea" (tagged a person) and "S. Korea", the wire's "JCS", are the places and the body the
    # article names in full (institution_aliases.csv), not people of their own
    a = analysis.load_article(ARTICLES / "koreaherald_agency_foot.txt")
    table = analysis.actors(a).set_index("actor")
    assert table.at["North Korea", "kind"] == "place" and "N. Korea" in table.at["North Korea", "aliases"]
    assert "N. Korea" not in table.index and table.at["JCS", "kind"] == "organization"
    b = analysis.load_article("S. Korea, US hold drills\n\nSouth Korea and the United States began joint drills on "
                              "Monday, officials said.", published="2022-03-07")
    kinds = dict(analysis.actors(b)[["actor", "kind"]].values)
    assert kinds.get("South Korea") == "place" and "S. Korea" not in kinds


def test_a_speaker_the_tagger_missed_is_a_person_when_described_as_one():
    # '"...," said Ana Ruiz, an organizer with a coalition of neighborhood groups.': the tagger tags no one there
    a = analysis.load_article(ARTICLES / "latimes_share_menu.txt")
    kinds = dict(analysis.actors(a)[["actor", "kind"]].values)
    assert kinds.get("Ana Ruiz") == "person"
    # a body's name with a group's description after it is no person
    b = analysis.load_article(ARTICLES / "ap_file_photo_caption.txt")
    assert dict(analysis.actors(b)[["actor", "kind"]].values).get("Alliance Defending Freedom") != "person"


def test_a_river_named_river_first_is_a_place():
    # British writing names rivers "the River Don", which the tagger takes for a body
    a = analysis.load_article(ARTICLES / "bbc_credit_over_caption.txt")
    assert dict(analysis.actors(a)[["actor", "kind"]].values)["River Don"] == "place"
