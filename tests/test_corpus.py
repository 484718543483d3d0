"""The loader: the seed's parts, other outlets' shapes, formats, metadata, errors, and losslessness."""
import json
import subprocess
import sys
import warnings

import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import analysis
from analysis.corpus import normalize
from conftest import ARTICLES, ROOT, SEED_ID, SEEDS


def test_seed_parts(seed):
    assert seed.headline == "Pentagon Bats Down Reports U.S. Is Leaving Iraq"
    assert seed.dek == "Multiple outlets cited a letter that Defense Department leaders say was a “mistake.”"
    assert seed.captions == ["U.S. Secretary of Defense Mark Esper, left, and Chairman of the Joint Chiefs of Staff Mark "
                             "Milley testify in Washington on Dec. 11, 2019."]
    assert seed.photo_credits == ["Alex Wong/Getty Images"]
    assert len(seed.paragraphs) == 12
    assert seed.paragraphs[0].startswith("The U.S. Defense Department scrambled on Monday")
    assert seed.paragraphs[-1].startswith("“Bottom line, he said")
    assert seed.authors == ["Lara Seligman"]
    assert "Taboola" not in seed.byline and "staff writer" in seed.byline
    assert "More from Foreign Policy" in seed.boilerplate
    assert sum("Taboola" in line for line in seed.boilerplate) == 3
    assert seed.published == pd.Timestamp("2020-01-06", tz="America/New_York")
    assert str(seed.published.tz) == "America/New_York" and seed.timezone == "America/New_York"
    assert seed.outlet == "Foreign Policy"
    assert seed.body == "\n\n".join(seed.paragraphs)
    assert "\u00a0" not in seed.body and not any(p != p.strip() for p in seed.paragraphs)
    assert "“" in seed.body and "’" in seed.body  # quote marks stay as written


def test_paragraph_offsets(seed):
    for i, start in enumerate(seed.paragraph_starts):
        assert seed.body[start:start + len(seed.paragraphs[i])] == seed.paragraphs[i]
        assert seed.paragraph_at(start) == i
        assert seed.paragraph_at(start + len(seed.paragraphs[i]) - 1) == i


def test_corpus_protocol(corpus):
    assert len(corpus) == 1 and corpus.ids == [SEED_ID]
    assert [a.id for a in corpus] == [SEED_ID] and SEED_ID in corpus
    frame = corpus.to_frame()
    assert list(frame["id"]) == [SEED_ID]
    row = frame.iloc[0]
    assert row["outlet"] == "Foreign Policy" and row["paragraphs"] == 12 and row["words"] > 500
    with pytest.raises(KeyError, match="no article with id 'nope'"):
        corpus["nope"]


def test_byline_first_with_dateline_and_bullets():
    a = analysis.load_article(ARTICLES / "ap_dateline.txt")
    assert a.headline == "Iraq's parliament votes to expel foreign troops"
    assert a.dek == "" and a.captions == []
    assert a.authors == ["Zeke Miller", "Qassim Abdul-Zahra"]
    assert a.dateline == "BAGHDAD (AP) —"
    assert a.paragraphs[0].startswith("Iraq's parliament voted Sunday")
    assert a.paragraphs[2] == "- Lawmakers demanded a timetable." and len(a.paragraphs) == 4
    assert "contributed to this report" in a.byline  # a contributor line is a credit, not the body
    assert "Lolita Baldor" not in a.authors
    assert a.boilerplate == ["Copyright 2020 The Associated Press. All rights reserved."]


def test_wire_story_credits_at_end():
    a = analysis.load_article(ARTICLES / "reuters_wire.txt")
    assert a.dateline == "LONDON, Jan 6 (Reuters) -"
    assert a.dek == "" and a.paragraphs[0].startswith("Oil prices rose on Monday")
    assert a.authors == ["Jane Doe", "Sam Roe"]
    assert "Editing by Mark Potter" in a.byline and "Mark Potter" not in a.authors
    assert len(a.paragraphs) == 3


def test_caption_after_body_and_related_links():
    a = analysis.load_article(ARTICLES / "caption_after_body.txt")
    assert a.dek == "" and a.paragraphs[0].startswith("The city council on Tuesday approved")
    assert a.captions == ["Council members vote during Tuesday's meeting at City Hall."]
    assert a.photo_credits == ["(AP Photo/Rick Bowmer)"]
    assert len(a.paragraphs) == 3
    assert a.boilerplate == ["Related: Mayor unveils plan for new transit line",
                             "Read more: What the budget means for your neighborhood"]


def test_one_long_paragraph_is_body_not_headline():
    a = analysis.load_article(ARTICLES / "one_paragraph.txt")
    assert a.headline == "" and len(a.paragraphs) == 1 and a.paragraphs[0].startswith("A strong earthquake")


def test_markdown_front_matter_overrides_metadata(tmp_path):
    a = analysis.load_article(ARTICLES / "blurb_last.md")
    assert a.id == "blurb-last" and a.headline == "Ministers Deny Plan to Close Embassy"
    assert a.dek == "Officials insisted the mission would stay open despite the reports"
    assert a.authors == ["Jane Example"]
    assert a.published == pd.Timestamp("2021-03-04 09:30", tz="UTC") and a.timezone == "Europe/London"
    assert str(a.published.tz) == "Europe/London" and a.published_precision == "time"
    assert a.outlet == "The Example Times" and a.url == "https://example.com/story"
    assert a.extra == {"section": "World"}
    assert a.boilerplate == ["Sign up for our daily newsletter", "Advertisement"]
    # front matter beats metadata.csv
    (tmp_path / "story.md").write_text((ARTICLES / "blurb_last.md").read_text())
    (tmp_path / "metadata.csv").write_text("id,published,timezone,outlet,url\nblurb-last,1999-01-01,UTC,Other,\n")
    assert analysis.load_corpus(tmp_path)["blurb-last"].outlet == "The Example Times"


def test_json_and_jsonl(tmp_path):
    a = analysis.load_article(ARTICLES / "record.json")
    assert a.id == "json-record" and a.headline == "Typhoon nears the coast" and a.authors == ["Ken Sato"]
    assert a.dateline == "TOKYO —" and a.published == pd.Timestamp("2022-05-01", tz="Asia/Tokyo")
    for name in ("lines.jsonl",):
        (tmp_path / name).write_bytes((ARTICLES / name).read_bytes())
    corpus = analysis.load_corpus(tmp_path)
    assert corpus.ids == ["line-one", "line-two"]
    assert corpus["line-one"].paragraphs == ["First paragraph.", "Second paragraph."]
    assert corpus["line-two"].headline == "Second story"


def test_load_article_from_text_and_overrides():
    a = analysis.load_article("A headline\n\nBy Jo Writer\n\nThe first paragraph of the story says something.",
                              id="x", published="2021-06-01T12:00:00+00:00", timezone="America/Chicago", outlet="O")
    assert a.id == "x" and a.headline == "A headline" and a.authors == ["Jo Writer"] and a.outlet == "O"
    assert a.published == pd.Timestamp("2021-06-01 07:00", tz="America/Chicago")
    b = analysis.load_article("Headline\n\nBody paragraph that is long enough to be a paragraph of the story.")
    assert b.published is None and b.timezone is None


def test_encodings(tmp_path):
    text = "Headline here\n\n“Quoted,” she said — it’s fine.\n"
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode())
    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "u16le.txt").write_bytes(text.encode("utf-16-le"))
    (tmp_path / "crlf.txt").write_bytes(text.replace("\n", "\r\n").encode())
    for name in ("bom", "u16", "crlf"):
        a = analysis.load_article(tmp_path / f"{name}.txt")
        assert a.headline == "Headline here" and a.paragraphs == ["“Quoted,” she said — it’s fine."], name
    with pytest.warns(UserWarning, match="UTF-16 without a byte-order mark"):
        assert analysis.load_article(tmp_path / "u16le.txt").paragraphs == ["“Quoted,” she said — it’s fine."]
    (tmp_path / "win.txt").write_bytes(text.encode("cp1252"))
    with pytest.warns(UserWarning, match="decoded as cp1252"):
        a = analysis.load_article(tmp_path / "win.txt")
    assert a.paragraphs == ["“Quoted,” she said — it’s fine."]


def test_normalization_keeps_meaning():
    assert normalize("a\u00a0b\r\nc\u200b\ufeffd  \n") == "a b\ncd"
    assert normalize("Cafe\u0301") == "Café"


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"   \n\t\n", "empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(100), "binary"),
    (b"\x00\x01\x02\x03" * 100 + b"text", "binary"),
])
def test_bad_files_are_named(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(analysis.CorpusError, match=message) as info:
        analysis.load_article(path)
    assert str(path) in str(info.value)


def test_corpus_reports_every_problem_at_once_or_skips(tmp_path):
    (tmp_path / "good.txt").write_text("Headline\n\nA body paragraph long enough to count as the story itself.\n")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(50))
    (tmp_path / "metadata.csv").write_text("id,published,timezone,outlet,url\ngood,2020-01-01,UTC,X,\nghost,2020-01-01,UTC,X,\n")
    with pytest.raises(analysis.CorpusError) as info:
        analysis.load_corpus(tmp_path)
    message = str(info.value)
    assert "3 problem(s)" in message and "empty.txt" in message and "image.txt" in message and "'ghost'" in message
    with pytest.warns(UserWarning) as record:
        corpus = analysis.load_corpus(tmp_path, errors="skip")
    assert corpus.ids == ["good"] and len(record) >= 3


@pytest.mark.parametrize("row, message", [
    ("a,not a date,UTC,X,", "cannot be read"),
    ("a,2020-01-01,Mars/Olympus,X,", "unknown time zone 'Mars/Olympus'"),
])
def test_bad_metadata(tmp_path, row, message):
    (tmp_path / "a.txt").write_text("Headline\n\nA body paragraph long enough to count as the story itself.\n")
    (tmp_path / "metadata.csv").write_text(f"id,published,timezone,outlet,url\n{row}\n")
    with pytest.raises(analysis.CorpusError, match=message):
        analysis.load_corpus(tmp_path)


def test_metadata_duplicates_extra_and_missing_columns(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nA body paragraph long enough to count as the story itself.\n")
    (tmp_path / "metadata.csv").write_text("id,outlet,desk\na,Paper,Metro\n")
    a = analysis.load_corpus(tmp_path)["a"]
    assert a.outlet == "Paper" and a.extra == {"desk": "Metro"} and a.published is None
    (tmp_path / "metadata.csv").write_text("id,outlet\na,P\na,Q\n")
    with pytest.raises(analysis.CorpusError, match="duplicate id 'a'"):
        analysis.load_corpus(tmp_path)
    (tmp_path / "metadata.csv").unlink()
    (tmp_path / "a.md").write_text("Headline\n\nAnother body paragraph long enough to count as the story.\n")
    with pytest.raises(analysis.CorpusError, match="id 'a' is also used by"):
        analysis.load_corpus(tmp_path)


def test_future_date_warns(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nA body paragraph long enough to count as the story itself.\n")
    (tmp_path / "metadata.csv").write_text("id,published,timezone\na,2999-01-01,UTC\n")
    with pytest.warns(UserWarning, match="in the future"):
        analysis.load_corpus(tmp_path)


def test_html_saved_as_text_is_stripped(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("<!DOCTYPE html><html><head><script>alert(1)</script></head><body><h1>Real headline</h1>"
                    "<p>The first paragraph of the story, long enough to be the body of it.</p></body></html>")
    with pytest.warns(UserWarning, match="HTML page"):
        a = analysis.load_article(path)
    assert a.headline == "Real headline" and "alert" not in a.body and "<" not in a.body


def test_symlink_outside_corpus_not_followed(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("Secret\n\nA body paragraph that lives outside the corpus folder entirely.\n")
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "link.txt").symlink_to(outside)
    with pytest.warns(UserWarning, match="outside the corpus folder"):
        assert len(analysis.load_corpus(folder)) == 0


def test_size_limit_is_named_and_settable(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Headline\n\n" + "word " * 3000)
    with pytest.raises(analysis.CorpusError, match="max_bytes"):
        analysis.load_article(path, max_bytes=1000)
    assert analysis.load_article(path, max_bytes=100_000).headline == "Headline"


def test_missing_folder_is_clear():
    with pytest.raises(analysis.CorpusError, match="no such corpus folder"):
        analysis.load_corpus("does/not/exist")


def test_import_does_not_load_spacy():
    code = "import sys, analysis; analysis.load_corpus(%r); print('spacy' in sys.modules, 'dateparser' in sys.modules)" % str(SEEDS)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]


# ------------------------------------------------------------------------------------------ lossless (hypothesis)

FURNITURE = st.sampled_from([
    "By Jane Doe", "By JOHN ROE and ANN LEE / AP", "By Taboola", "Advertisement", "More from The Outlet",
    "Trending Now Sponsored Links by Taboola", "Jane Doe is a staff writer at The Outlet. Twitter: @jane",
    "Officials meet in the capital on Jan. 5, 2020. Jane Doe/Getty Images", "WASHINGTON (AP) — Officials met on Monday.",
    "- a bullet point", "• another bullet", "“A quote without its end,” he said", "Related: another story",
    "Reporting by Jane Doe; Editing by John Roe", "Published January 6, 2020", "PHOTO: a scene (AP Photo/Jo Lee)",
])
LINE = st.one_of(FURNITURE, st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=80))


def _flat(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(LINE, st.booleans()), min_size=1, max_size=25))
# a summary's bullets keep their marks in the layout; an end mark is a line part of its own
@example(lines=[("WASHINGTON (AP) — Officials met on Monday.", False), ("- a bullet point", False),
                ("- a bullet point", False), ("By Jane Doe", False), ("They met. ■", False)])
def test_every_line_lands_in_exactly_one_part(lines):
    source = "".join(line + ("\n\n" if blank else "\n") for line, blank in lines)
    normalized = normalize(source)
    if not normalized.strip():
        with pytest.raises(analysis.CorpusError):
            analysis.load_article(source + "\n")
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            article = analysis.load_article(source + "\n")
        except analysis.CorpusError:
            assert analysis.corpus._looks_like_html(normalized)
            return
    if analysis.corpus._looks_like_html(normalized):
        return
    expected = _flat(" ".join(l for l in normalized.split("\n") if l.strip()))
    assert _flat(" ".join(text for _, text in article.layout)) == expected
    assert all(part in analysis.corpus.PARTS for part, _ in article.layout)
    # every field's text comes from the layout, and the body is its paragraphs
    body_units = [t for p, t in article.layout if p == "body"]
    assert article.paragraphs == body_units
    assert article.body == "\n\n".join(article.paragraphs)
    for caption in article.captions:
        assert any(caption in t for p, t in article.layout if p == "caption")


def test_readme_api_table_names_exist():
    readme = (ROOT / "README.md").read_text()
    for name in ("load_corpus", "load_article", "time_expressions", "events", "gap", "quotes", "actors", "claims"):
        assert f"analysis.{name}" in readme


def test_api_functions_survive_submodule_imports():
    code = ("import analysis\nfrom analysis.claims import balance\nfrom analysis.actors import resolve\n"
            "import analysis.extract\nprint(callable(analysis.claims), callable(analysis.actors), callable(analysis.extract))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["True", "True", "True"]


def test_kicker_feed_markers_and_a_lede_that_is_not_a_dek():
    a = analysis.load_article(ARTICLES / "opinion_kicker.txt")
    assert a.headline == "Keep the returns; just give us a few figures"
    assert a.dek == ""  # a first-person opening line is the lede, not a dek
    assert a.paragraphs[0] == "Mr. Mayor, I have a deal for you." and len(a.paragraphs) == 2
    assert a.boilerplate == ["OPINION", "[Video: The mayor answers questions about the audit]", "Read the rest here."]
    assert a.authors == ["Jane Doe"] and a.byline.startswith("(Reporting by")


@pytest.mark.parametrize("line, caption, credit", [
    ("Protesters gather in Baghdad, Iraq, January 5, 2020. REUTERS/Thaier al-Sudani",
     "Protesters gather in Baghdad, Iraq, January 5, 2020.", "REUTERS/Thaier al-Sudani"),
    ("Troops train near the base. Soldiers. U.S. Army/Sgt. Jane Doe", "Troops train near the base. Soldiers.",
     "U.S. Army/Sgt. Jane Doe"),
    ("Officials meet. Photo by Chip Somodevilla/Getty Images", "Officials meet.", "Photo by Chip Somodevilla/Getty Images"),
])
def test_photo_credits(line, caption, credit):
    a = analysis.load_article(f"Headline of the story\n\n{line}\n\nThe body of the story follows here, long enough to be a paragraph.")
    assert a.captions == [caption] and a.photo_credits == [credit]


def test_names_only_byline_and_day_first_timestamp():
    a = analysis.load_article(ARTICLES / "guardian_style.txt")
    assert a.dek.startswith("Resolution calls on government")
    assert a.authors == ["Martin Chulov", "Julian Borger"] and a.timestamp == "Mon 6 Jan 2020 01.12 GMT"
    assert a.captions == ["Mourners in Tehran on Monday."]
    assert a.photo_credits == ["Photograph: Abedin Taherkenareh/EPA"]
    assert a.paragraphs[0].startswith("Iraq’s parliament has voted") and len(a.paragraphs) == 3


def test_agency_dateline_without_dash_and_updated_line():
    a = analysis.load_article(ARTICLES / "cnn_style.txt")
    assert a.authors == ["Barbara Starr", "Ryan Browne"] and a.dateline == "Washington (CNN)"
    assert a.timestamp.startswith("Updated 6:43 PM ET")
    assert a.paragraphs[0].startswith("The Pentagon said Monday") and "contributed" in a.byline


def test_labelled_image_source_and_caption_lines():
    a = analysis.load_article(ARTICLES / "bbc_style.txt")
    assert a.photo_credits == ["Getty Images"]
    assert a.captions == ["Mourners filled the streets of Tehran on Monday"]
    assert a.boilerplate == ["Related Topics", "Iraq", "Iran"]


def test_newspaper_site_furniture():
    a = analysis.load_article("A Headline About Iraq\n\nSupported by\n\nShare full article\n\nMourners gather in Baghdad on "
                              "Sunday. Credit...Ayman Oghanna for The New York Times\n\nBy Alissa J. Rubin\n\nThe first "
                              "paragraph of the story is long enough to be one, and it says that a vote happened.\n")
    assert a.boilerplate == ["Supported by", "Share full article"]
    assert a.captions == ["Mourners gather in Baghdad on Sunday."]
    assert a.photo_credits == ["Credit...Ayman Oghanna for The New York Times"]
    assert a.authors == ["Alissa J. Rubin"] and len(a.paragraphs) == 1


@pytest.mark.parametrize("line, expected, precision", [
    ("Sept. 30, 2023, 10:14 p.m. ET", pd.Timestamp("2023-09-30 22:14", tz="America/New_York"), "time"),
    ("Updated 3:12 AM EST, January 2, 2024", pd.Timestamp("2024-01-02 03:12", tz="America/New_York"), "time"),
    ("Mon 6 Jan 2020 01.12 GMT", pd.Timestamp("2020-01-06 01:12", tz="UTC"), "time"),
    ("Tuesday 7 July 2020 12:00 BST", pd.Timestamp("2020-07-07 11:00", tz="UTC"), "time"),
    ("2020-01-06T17:06:00Z", pd.Timestamp("2020-01-06 17:06", tz="UTC"), "time"),
    ("2020-01-06 17:06 +0300", pd.Timestamp("2020-01-06 14:06", tz="UTC"), "time"),
    ("Published January 6, 2020 at 12:30 a.m.", pd.Timestamp("2020-01-06 00:30", tz="UTC"), "time"),
    ("Jan. 6, 2020", pd.Timestamp("2020-01-06", tz="UTC"), "day"),
])
def test_published_read_from_the_page_timestamp(line, expected, precision):
    a = analysis.load_article(f"A headline about the vote\n\nBy Jane Doe\n{line}\n\nThe body of the story follows here, "
                              f"long enough to be a paragraph of its own.")
    assert a.timestamp == line and a.published == expected
    assert a.published_precision == precision and a.published_from == "page"


def test_page_timestamp_sets_zone_and_yields_to_metadata(tmp_path):
    text = "Quake shakes the coast\n\nBy Jane Doe\nUpdated 3:12 AM EST, January 2, 2024\n\nA strong quake struck on Monday, officials said.\n"
    a = analysis.load_article(text)
    assert a.timezone == "America/New_York" and str(a.published.tz) == "America/New_York"
    # an "Updated" line is a bound, so a "Published" line wins over it whichever comes first
    b = analysis.load_article(text.replace("\n\nA strong", "\nPublished 11:50 PM EST, January 1, 2024\n\nA strong"))
    assert b.published == pd.Timestamp("2024-01-01 23:50", tz="America/New_York")
    # metadata and arguments win over the page
    c = analysis.load_article(text, published="2024-01-03", timezone="Asia/Tokyo")
    assert c.published == pd.Timestamp("2024-01-03", tz="Asia/Tokyo") and c.published_from == "argument"
    (tmp_path / "q.txt").write_text(text)
    (tmp_path / "metadata.csv").write_text("id,published,timezone\nq,2024-01-05,UTC\n")
    d = analysis.load_corpus(tmp_path)["q"]
    assert d.published == pd.Timestamp("2024-01-05", tz="UTC") and d.published_from == "metadata"
    # a page with no timestamp line has no date: never today's
    e = analysis.load_article("A headline about the vote\n\nThe body of the story follows here, long enough.")
    assert e.published is None and e.published_from is None


def test_seed_date_comes_from_metadata(seed):
    assert seed.published_from == "metadata"


def test_nyt_shape_image_label_and_timestamp():
    a = analysis.load_article(ARTICLES / "nyt_style.txt")
    assert a.dek.startswith("The measure now goes") and a.authors == ["Jane Doe", "Rick Roe"]
    assert a.dateline == "WASHINGTON —" and "Image" in a.boilerplate and "Image" not in a.paragraphs
    assert a.captions == ["Senators leaving the Capitol on Saturday."]
    assert a.photo_credits == ["Credit...Kenny Holston/The New York Times"]
    assert a.published == pd.Timestamp("2023-09-30 22:14", tz="America/New_York") and a.published_from == "page"
    assert a.paragraphs[-1].startswith("“This is a win") and "contributed reporting" in a.byline


def test_ap_shape_agency_after_capitalized_name_and_bullets():
    a = analysis.load_article(ARTICLES / "ap_bullets_agency_byline.txt")
    assert a.authors == ["Mari Yamaguchi"] and a.dateline == "TOKYO (AP) —"
    assert a.published == pd.Timestamp("2024-01-02 03:12", tz="America/New_York")
    assert [p for p in a.paragraphs if p.startswith("- ")] == [
        "- At least four people were killed.", "- Power was cut to 30,000 homes.", "- Trains were halted."]
    assert a.boilerplate == ["Copyright 2024 The Associated Press. All rights reserved."]


def test_reuters_web_shape_reading_time_and_trust_line():
    a = analysis.load_article(ARTICLES / "reuters_web.txt")
    assert a.authors == ["Parisa Hafezi"] and a.dateline == "DUBAI, Jan 6 (Reuters) -"
    assert a.boilerplate == ["4 minute read", "Our Standards: The Thomson Reuters Trust Principles."]
    assert a.published == pd.Timestamp("2020-01-06 17:36", tz="UTC") and len(a.paragraphs) == 2


@pytest.mark.parametrize("line, expected", [
    ("01/06/2020 07:48 PM EST", pd.Timestamp("2020-01-06 19:48", tz="America/New_York")),  # month first, US style
    ("25/12/2020 10:00 GMT", pd.Timestamp("2020-12-25 10:00", tz="UTC")),  # 25 cannot be a month
])
def test_numeric_timestamp_line(line, expected):
    a = analysis.load_article(f"Pentagon denies plan to leave\n\nBy JOHN DOE and JANE ROE\n\n{line}\n\n"
                              f"The Pentagon on Monday denied it planned to pull troops out.")
    assert a.timestamp == line and a.published == expected and a.authors == ["John Doe", "Jane Roe"]
    assert a.paragraphs == ["The Pentagon on Monday denied it planned to pull troops out."]


@pytest.mark.parametrize("last, authors", [
    ("— Jane Doe, Washington", ["Jane Doe"]),
    ("—Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("-- JANE DOE, Reuters", ["Jane Doe"]),
    ("— the end of an era", []),  # a closing line in lowercase is the story's, not a signature
])
def test_signature_as_last_line(last, authors):
    a = analysis.load_article("Pentagon denies plan to leave\n\nThe Pentagon on Monday denied it planned to pull troops "
                              "out.\n\nThe letter was a draft, officials said.\n\n" + last)
    assert a.authors == authors
    assert (a.byline == last) == bool(authors) and (last in a.paragraphs) != bool(authors)


@pytest.mark.parametrize("opening, dateline", [
    ("NEW DELHI: ", "NEW DELHI:"),  # South Asian outlets
    ("Gaza City, Gaza Strip — ", "Gaza City, Gaza Strip —"),
    ("Brussels, 6 January 2020 – ", "Brussels, 6 January 2020 –"),
    ("(CNN) ", "(CNN)"),
    ("BEIJING, Jan. 6 (Xinhua) -- ", "BEIJING, Jan. 6 (Xinhua) --"),
    ("BREAKING: ", ""),  # a label, not a place
    ("UPDATE: ", ""),
    ("Biden — ", ""),  # a name in a sentence, not a dateline
])
def test_dateline_shapes(opening, dateline):
    a = analysis.load_article(f"Pentagon denies plan to leave\n\n{opening}The Pentagon on Monday denied it planned to "
                              f"pull troops out, officials said.\n\nThe letter was a draft, officials said.")
    assert a.dateline == dateline
    assert a.paragraphs[0] == (opening if not dateline else "") + "The Pentagon on Monday denied it planned to pull " \
                                                                  "troops out, officials said."


def test_readme_python_example_runs(tmp_path, monkeypatch):
    readme = (ROOT / "README.md").read_text()
    block = readme.split("```python\n", 1)[1].split("```", 1)[0]
    article = (ARTICLES / "wire_denial.txt").read_text()
    (tmp_path / "my_article.txt").write_text(article)
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(block, "README.md", "exec"), namespace)
    assert namespace["other"].headline.startswith("Kremlin denies report")
    assert str(namespace["other"].published.tz) == "Europe/Moscow"


# --- robustness sweep: furniture in other outlets' shapes (tests/articles/*, written for these tests) ---------------

def test_contributor_reporting_from_a_city_is_a_credit_line():
    a = analysis.load_article(ARTICLES / "ap_contributed_in_city.txt", published="2025-04-15T16:00",
                              timezone="America/Chicago")
    assert a.authors == ["Dana Whitfield", "Marcus Odell"] and a.dateline == "MILLBROOK, Iowa (AP) —"
    assert "Tom Reyes in Des Moines contributed" in a.byline
    assert not any("contributed to this report" in p for p in a.paragraphs)
    assert a.paragraphs[-1].startswith('"I found out from my neighbor')


def test_first_paragraph_under_a_photo_is_no_dek():
    a = analysis.load_article(ARTICLES / "bbc_caption_before_lede.txt")
    assert a.dek == "" and a.published is None
    assert a.paragraphs[0].startswith("A major road bridge in Westhaven has been closed")
    assert a.captions == ["The bridge carries about 30,000 vehicles a day", "Traffic queued on the ring road on Friday morning"]
    assert a.photo_credits == ["PA Media", "Getty Images"]


def test_name_and_role_on_one_line_is_a_byline():
    a = analysis.load_article(ARTICLES / "guardian_byline_role.txt")
    assert a.byline == "Rachel Onyango Education correspondent" and a.authors == ["Rachel Onyango"]
    assert a.dek.startswith("Leaked document shows") and a.paragraphs[0].startswith("Ministers sat on a report")
    assert a.published == pd.Timestamp("2024-09-12 18:30", tz="Europe/London") and a.published_from == "page"


def test_reported_from_line_and_role_line_join_the_byline():
    nyt = analysis.load_article(ARTICLES / "nyt_reported_from.txt", published="2025-06-14T12:00", timezone="America/New_York")
    assert nyt.authors == ["Alana Price", "Tobias Grant"]
    assert nyt.byline.endswith("and Tobias Grant from Washington.")
    assert nyt.paragraphs[-1].startswith("Republicans now hold")
    opinion = analysis.load_article(ARTICLES / "opinion_columnist_role.txt")
    assert opinion.byline.split("\n")[:2] == ["By Helen Marsh", "Contributing columnist"]
    assert opinion.paragraphs[0].startswith("I have covered this city's budget")
    assert opinion.dek == "Our council keeps promising what it cannot pay for."


def test_agency_before_a_bar_on_the_timestamp_line_and_also_read_links():
    a = analysis.load_article(ARTICLES / "india_agency_timestamp.txt", timezone="Asia/Kolkata")
    assert a.dek == "" and a.timestamp == "TNN | Updated: Oct 3, 2025, 08:14 IST"
    assert a.published == pd.Timestamp("2025-10-03 08:14", tz="Asia/Kolkata") and a.dateline == "NEW DELHI:"
    assert a.boilerplate == ["Also Read", "Delhi Metro to add 40 new trains by next year"]
    assert a.paragraphs[-1] == "Around 60 lakh passengers use the Metro every day."


def test_editors_note_and_beat_blurb_are_furniture():
    a = analysis.load_article(ARTICLES / "local_blurb_editors_note.txt")
    assert a.dek == "" and a.boilerplate == ["Editor's note: This story has been updated to correct the number of "
                                              "students affected."]
    assert a.authors == ["Sam Pruitt"] and "Reach him at" in a.byline
    assert a.paragraphs[0].startswith("The Harlow County School Board voted 5-2")
    assert a.paragraphs[-1].startswith("The district will hold")


def test_live_blog_entry_stamps_are_no_dek_nor_paragraphs():
    a = analysis.load_article(ARTICLES / "live_blog_stamps.txt")
    assert a.dek == "" and a.boilerplate == ["10:42 a.m. ET", "11:05 a.m. ET", "11:30 a.m. ET", "11:58 a.m. ET"]
    assert a.published == pd.Timestamp("2025-08-28 11:58", tz="America/New_York") and a.timezone == "America/New_York"
    assert a.paragraphs[0] == "Storm Ilse makes landfall near Port Calder"
    assert not any(analysis.patterns.LIVE_STAMP.match(p) for p in a.paragraphs)


def test_axios_labels_and_bullets_stay_in_the_body():
    a = analysis.load_article(ARTICLES / "axios_style.txt")
    assert a.dek == "" and a.authors == [] and a.boilerplate == ["Go deeper: Chip subsidies face new scrutiny"]
    assert a.paragraphs[1].startswith("Why it matters:") and "- 4,000 jobs cut" in a.paragraphs


def test_reuters_additional_reporting_names_its_author():
    a = analysis.load_article(ARTICLES / "reuters_additional_reporting.txt")
    assert a.authors == ["Helga Sorensen", "Nils Aas"] and a.dateline == "OSLO, March 4 (Reuters) -"
    assert a.paragraphs[-1].startswith("The two sides last met")


def test_page_zone_from_another_timestamp_line_and_from_ist():
    a = analysis.load_article(ARTICLES / "nyt_reported_from.txt")  # "Published June 14, 2025" / "Updated ... 9:02 a.m. ET"
    assert a.published == pd.Timestamp("2025-06-14", tz="America/New_York") and a.published_precision == "day"
    assert a.timezone == "America/New_York"
    b = analysis.load_article(ARTICLES / "india_agency_timestamp.txt")  # "TNN | Updated: Oct 3, 2025, 08:14 IST"
    assert b.published == pd.Timestamp("2025-10-03 08:14", tz="Asia/Kolkata") and b.timezone == "Asia/Kolkata"


def test_stamps_side_by_side_and_a_role_after_the_name_daily_mail_shape():
    a = analysis.load_article(ARTICLES / "dailymail_style.txt")  # "Published: 09:14 EDT, 3 May 2022 | Updated: ..."
    assert a.authors == ["Jane Whitfield"] and a.byline == "By JANE WHITFIELD, HEALTH EDITOR FOR MAILONLINE"
    assert a.published == pd.Timestamp("2022-05-03 09:14", tz="America/New_York") and a.published_from == "page"
    assert a.boilerplate == ["Share or comment on this article:"]
    assert a.paragraphs[0].startswith("The chief executive of a hospital trust resigned")


def test_byline_and_two_digit_year_stamp_on_one_line_the_hill_shape():
    a = analysis.load_article(ARTICLES / "hill_style.txt")  # "BY ALEXANDER BOLTON - 09/30/23 08:55 PM ET"
    assert a.authors == ["Alexander Bolton"] and a.timestamp == "09/30/23 08:55 PM ET"
    assert a.published == pd.Timestamp("2023-09-30 20:55", tz="America/New_York")
    assert a.paragraphs[0].startswith("The Senate on Saturday night passed")


def test_originally_published_is_the_publication_time_npr_shape():
    a = analysis.load_article(ARTICLES / "npr_style.txt")  # "Updated ... 4:40 PM ET" / "Originally published ... 12:05 PM ET"
    assert a.published == pd.Timestamp("2022-06-28 12:05", tz="America/New_York") and a.authors == ["Sarah McCammon"]
    assert a.paragraphs[0].startswith("A Louisiana judge on Monday")


def test_dek_of_two_summary_lines_and_assistance_credit_bloomberg_shape():
    a = analysis.load_article(ARTICLES / "bloomberg_style.txt")
    assert a.dek == ("Crude rose the most in a month after the group's surprise move. "
                     "Traders weigh tighter supply against weakening demand.")
    assert a.dateline == "(Bloomberg) --" and a.paragraphs[0].startswith("Oil surged after OPEC+")
    assert a.authors == ["Grant Smith", "Alex Longley"] and a.byline.endswith("--With assistance from Julian Lee.")
    assert a.published == pd.Timestamp("2023-04-03 02:11", tz="America/New_York")


def test_published_on_line_and_source_footer_al_jazeera_shape():
    a = analysis.load_article(ARTICLES / "aljazeera_style.txt")
    assert a.published == pd.Timestamp("2023-03-14", tz="UTC") and a.published_precision == "day"
    assert a.boilerplate == ["Source: Al Jazeera and news agencies"] and len(a.paragraphs) == 5
    assert a.dek.startswith("Police fired tear gas")


def test_masthead_slogan_and_photographer_for_outlet_credit_washington_post_shape():
    a = analysis.load_article(ARTICLES / "wapo_style.txt")
    assert a.boilerplate == ["Democracy Dies in Darkness"]
    assert a.headline == "Fire chief fired after crews were late to deadly blaze" and a.dek.startswith("The city's mayor")
    assert a.captions == ["Firefighters arrive at a house fire in Arlington, Va., on Feb. 9."]
    assert a.photo_credits == ["(Craig Hudson/For The Washington Post)"]
    assert a.authors == ["Maria Sacchetti", "Justin Jouvenal"] and a.paragraphs[0].startswith("The District's fire chief")


def test_guardian_stamp_with_weekday_and_role_byline():
    a = analysis.load_article(ARTICLES / "guardian_weekday_stamp.txt")  # "Fri 20 Oct 2023 14.10 BST"
    assert a.published == pd.Timestamp("2023-10-20 14:10", tz="Europe/London") and a.authors == ["Severin Carrell"]
    assert a.dek.startswith("Red weather warning") and a.paragraphs[0].startswith("Three people have died")


def test_key_points_are_the_dek_and_handles_leave_the_byline_cnbc_shape():
    a = analysis.load_article(ARTICLES / "cnbc_style.txt")
    assert a.boilerplate == ["Key Points"] and a.authors == ["Jeff Cox"]
    assert a.dek.startswith("The Federal Reserve held its key interest rate") and a.dek.endswith("remained too high.")
    assert a.paragraphs[0].startswith("The Federal Reserve on Wednesday held") and len(a.paragraphs) == 3
    assert a.published == pd.Timestamp("2024-03-20 14:00", tz="America/New_York")


def test_outlet_names_are_not_authors_usa_today_and_fox_shapes():
    usa = analysis.load_article(ARTICLES / "usatoday_style.txt")  # "John Bacon" / "USA TODAY" / "Contributing: ..."
    assert usa.authors == ["John Bacon"] and usa.byline.split("\n") == ["John Bacon", "USA TODAY",
                                                                         "Contributing: The Associated Press"]
    assert usa.published == pd.Timestamp("2024-05-21 17:17", tz="America/New_York") and len(usa.paragraphs) == 4
    fox = analysis.load_article(ARTICLES / "fox_style.txt")  # "By Bill Melugin , Adam Shaw Fox News"
    assert fox.authors == ["Bill Melugin", "Adam Shaw"]
    assert fox.published == pd.Timestamp("2024-02-14 05:17", tz="America/New_York")
    assert analysis.load_article("Headline here\n\nBy Jane Time\n\nThe council met on Monday and voted.").authors == [
        "Jane Time"]


def test_saved_html_page_reads_its_metadata_and_keeps_to_the_article_element():
    a = analysis.load_article(ARTICLES / "ledger_page.html")  # .html: no warning
    assert a.headline == "Court halts deportation flights" and a.authors == ["Rosa Delgado"]
    assert a.published == pd.Timestamp("2025-03-16T21:04:00-04:00") and a.published_from == "page"
    assert a.outlet == "The Daily Ledger" and a.url == "https://example.com/news/court-halts-flights"
    assert a.captions == ["A deportation flight leaves El Paso on Saturday."]
    assert a.paragraphs[0].startswith("A federal judge on Saturday") and len(a.paragraphs) == 3
    assert "Home" not in " ".join(text for part, text in a.layout if part != "page_meta")  # the menu is not the story
    assert ("page_meta", "outlet: The Daily Ledger") in a.layout
    assert analysis.load_article(ARTICLES / "ledger_page.html", published="2025-03-17", outlet="X").outlet == "X"


def test_json_ld_date_and_publisher_when_no_meta_tags(tmp_path):
    page = ('<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
            ' "datePublished": "2024-11-05T06:30:00Z", "publisher": {"@type": "Organization", "name": "Harbor News"}}'
            '</script></head><body><h1>Polls open across the state</h1><p>Voters lined up before dawn on Tuesday at '
            'schools and churches across the state, election officials said.</p></body></html>')
    (tmp_path / "polls.html").write_text(page)
    corpus = analysis.load_corpus(tmp_path)
    a = corpus["polls"]
    assert a.published == pd.Timestamp("2024-11-05T06:30:00Z") and a.outlet == "Harbor News"
    assert a.headline == "Polls open across the state"


def test_a_dateline_on_its_own_line_is_the_dateline_not_a_dek():
    text = ("Cyprus condemns bombings\n\nNICOSIA, August 8 (Xinhua) --\n\nThe Cypriot government Saturday strongly "
            "condemned two bomb attacks in Kenya and Tanzania Friday.\n\nSimilar telegrams were sent.")
    a = analysis.load_article(text, published="1998-08-08")
    assert a.dateline == "NICOSIA, August 8 (Xinhua) --" and a.dek == ""
    assert a.paragraphs[0].startswith("The Cypriot government") and len(a.paragraphs) == 2
    b = analysis.load_article("Oil rises\n\nLONDON (Reuters) -\n\nOil prices rose on Monday as supply fell.\n\nMore.")
    assert b.dateline == "LONDON (Reuters) -" and b.paragraphs[0].startswith("Oil prices rose")


def test_date_and_agency_dateline_and_an_agency_desk_sign_off():
    reuters = analysis.load_article(ARTICLES / "reuters_date_dateline.txt")  # "March 5 (Reuters) - Tesla is ..."
    assert reuters.dateline == "March 5 (Reuters) -" and reuters.paragraphs[0].startswith("Tesla is recalling")
    assert reuters.authors == ["David Shepardson"]
    afp = analysis.load_article(ARTICLES / "afp_signoff.txt")  # "Paris (AFP) –" ... "burs-as/jm"
    assert afp.dateline == "Paris (AFP) –" and afp.boilerplate == ["burs-as/jm"] and len(afp.paragraphs) == 3
    politico = analysis.load_article(ARTICLES / "politico_bar_stamp.txt")  # "By JASPER GOODMAN | 07/17/2025 04:12 PM EDT"
    assert politico.authors == ["Jasper Goodman"]
    assert politico.published == pd.Timestamp("2025-07-17 16:12", tz="America/New_York")


def test_an_html_page_without_a_byline_names_its_authors_in_its_metadata(tmp_path):
    page = ('<html><head><meta name="author" content="Rosa Delgado, Tom Price"></head><body><article>'
            '<h1>Court halts flights</h1><p>A federal judge on Saturday blocked the deportation of hundreds of migrants, '
            'hours after the president invoked a wartime law, court records show.</p></article></body></html>')
    (tmp_path / "flights.html").write_text(page)
    assert analysis.load_article(tmp_path / "flights.html").authors == ["Rosa Delgado", "Tom Price"]
    (tmp_path / "social.html").write_text(page.replace("Rosa Delgado, Tom Price", "https://social.example/rosa"))
    assert analysis.load_article(tmp_path / "social.html").authors == []  # a profile link is no name
    assert analysis.load_article(ARTICLES / "ledger_page.html").authors == ["Rosa Delgado"]  # the byline comes first


def test_credit_and_slash_before_the_stamp_and_colon_dateline_times_of_india_shape():
    a = analysis.load_article(ARTICLES / "toi_style.txt")  # "TIMESOFINDIA.COM / Updated: Mar 4, 2024, 18:42 IST"
    assert a.published == pd.Timestamp("2024-03-04 18:42", tz="Asia/Kolkata") and a.timezone == "Asia/Kolkata"
    assert a.dek == "" and a.dateline == "NEW DELHI:" and a.paragraphs[0].startswith("Farmer unions on Monday")
    assert a.boilerplate == ["Read also | Farmers' protest: What are the key demands?"] and len(a.paragraphs) == 5


def test_posted_and_updated_on_one_line_caption_credit_and_bullet_summary_abc_australia_shape():
    a = analysis.load_article(ARTICLES / "abc_au_style.txt")  # "Posted Tue 3 Mar 2020 at 5:42am, updated ... 9:10am"
    assert a.published == pd.Timestamp("2020-03-03 05:42", tz="UTC") and a.authors == ["Rachel Clayton"]
    assert a.captions == ["Firefighters inspect a burnt-out property near Bairnsdale on Monday."]
    assert a.photo_credits == ["(ABC News: Jane Citizen)"] and a.boilerplate == ["Key points:"]
    assert a.dek == ("A cooler change reached Melbourne overnight. Three fires are still burning out of control in East "
                     "Gippsland. Residents are urged not to return until roads are cleared.")
    assert a.paragraphs[0].startswith("Authorities say the danger has eased") and len(a.paragraphs) == 6
    times = analysis.time_expressions(a)
    assert times.loc[times.part.eq("caption"), "value"].tolist() == ["2020-03-02"]  # the photo's Monday


def test_published_and_updated_lines_and_trust_footer_scmp_shape():
    a = analysis.load_article(ARTICLES / "scmp_style.txt")
    assert a.published == pd.Timestamp("2024-03-07 11:30", tz="UTC") and a.dek.startswith("Outbound shipments rose")
    assert a.boilerplate == ["Why you can trust SCMP"] and len(a.paragraphs) == 5


def test_copublished_byline_partner_note_and_reader_callout_propublica_shape():
    a = analysis.load_article(ARTICLES / "propublica_style.txt")  # "by Jane Whitfield, ProPublica, and Marcus Lee, The Texas Tribune"
    assert a.authors == ["Jane Whitfield", "Marcus Lee"]
    assert a.published == pd.Timestamp("2024-03-12 05:00", tz="America/New_York")
    assert a.boilerplate[0].startswith("This article was produced for ProPublica's Local Reporting Network")
    assert a.boilerplate[1].startswith("Do you have a story about medical debt? Contact")
    assert a.paragraphs[0].startswith("A nonprofit hospital chain") and len(a.paragraphs) == 5


def test_agency_name_after_the_date_and_end_mark_kyodo_shape():
    a = analysis.load_article(ARTICLES / "kyodo_style.txt")  # "TOKYO, March 9 Kyodo - Japan and South Korea agreed ..."
    assert a.dateline == "TOKYO, March 9 Kyodo -" and a.paragraphs[0].startswith("Japan and South Korea agreed Thursday")
    assert a.boilerplate == ["==Kyodo"] and len(a.paragraphs) == 5
    assert "Kyodo - Japan" not in set(analysis.actors(a).actor)


def test_press_release_wire_dateline_dates_it_and_closing_sections_are_furniture():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # dated by its dateline: no "no publication date" warning
        a = analysis.load_article(ARTICLES / "press_release.txt")
        times = analysis.time_expressions(a)
    assert a.headline == "City of Riverton Announces Water Main Replacement Program"
    assert a.dateline == "RIVERTON, Ohio, April 2, 2024 /PRNewswire/ --"
    assert a.published == pd.Timestamp("2024-04-02", tz="UTC") and a.published_precision == "day"
    assert a.boilerplate == ["FOR IMMEDIATE RELEASE", "About the City of Riverton",
                             "Riverton is a city of 62,000 residents in southwest Ohio.", "Media Contact:",
                             "Tom Reyes, Communications Director treyes@riverton.example", "(555) 010-4477", "###"]
    assert len(a.paragraphs) == 4 and a.paragraphs[-1].startswith("The program is funded")
    assert times.loc[times.text.eq("today"), "value"].tolist() == ["2024-04-02"]


def test_a_body_line_with_a_source_in_parentheses_stays_body():
    a = analysis.load_article("Rates rise again\n\nThe bank raised rates on Monday. (Source: Central Bank)\n\n"
                              "Markets fell after the decision.", published="2024-05-06")
    assert a.captions == [] and a.paragraphs[0] == "The bank raised rates on Monday. (Source: Central Bank)"


def test_ordinal_stamp_beside_the_filing_place_economist_shape():
    a = analysis.load_article(ARTICLES / "economist_style.txt")  # "Mar 21st 2024 | WASHINGTON, DC"
    assert a.published == pd.Timestamp("2024-03-21", tz="UTC") and a.dek.startswith("Why America's central bank")
    assert a.paragraphs[0].startswith("THE FEDERAL RESERVE held") and len(a.paragraphs) == 3
    times = analysis.time_expressions(a)
    assert times.loc[times.text.eq("March 20th"), "value"].tolist() == ["2024-03-20"]


def test_a_news_api_response_is_a_corpus_with_its_fields_under_their_api_names(tmp_path):
    (tmp_path / "newsapi_response.json").write_text((ARTICLES / "newsapi_response.json").read_text(encoding="utf-8"))
    with pytest.warns(UserWarning, match=r"ends in '\[\+N chars\]'"):
        corpus = analysis.load_corpus(tmp_path)
    first, second = corpus["newsapi_response"], corpus["newsapi_response-1"]
    assert first.headline == "Storm closes schools across the north" and first.authors == ["Jane Doe"]
    assert first.dek == "Heavy snow forced hundreds of schools to close on Tuesday."
    assert first.published == pd.Timestamp("2024-01-16 09:12", tz="UTC") and first.outlet == "BBC News"
    assert first.url == "https://example.org/news/storm-schools" and len(first.paragraphs) == 2
    assert analysis.quotes(first).query("direct").speaker.tolist() == ["Tom Brown"]
    assert second.outlet == "The Daily Ledger" and second.authors == [] and second.dek == ""
    assert second.published == pd.Timestamp("2024-01-15 18:00", tz="America/New_York").tz_convert("UTC")
    assert second.paragraphs[-1].endswith("drew …") and "chars]" not in second.body


def test_a_reporting_service_after_the_name_is_no_author_local_democracy_shape():
    a = analysis.load_article(ARTICLES / "ldrs_style.txt")  # "By Sam Hughes, Local Democracy Reporting Service"
    assert a.authors == ["Sam Hughes"] and a.published == pd.Timestamp("2024-02-22 06:00", tz="UTC")
    assert a.paragraphs[0].startswith("Council tax bills in Northfield") and len(a.paragraphs) == 5


def test_a_quotation_alone_under_the_headline_is_the_lede_not_the_dek():
    a = analysis.load_article("Mayor vows to fight closure\n\n“We will not back down.”\n\nThat was the message from "
                              "Mayor Ann Lee on Monday, a day after the vote.\n\nThe council voted 5-4.", published="2024-05-06")
    assert a.dek == "" and a.paragraphs[0] == "“We will not back down.”" and len(a.paragraphs) == 3
    assert analysis.quotes(a).speaker.tolist() == ["Ann Lee"]


def test_nyt_web_copy_furniture_reporting_from_and_a_clock_only_update():
    # as copied from the web page: ad labels, a listen widget between dek and byline, "Reporting from", a dated line
    # and "Updated 7:41 p.m. ET" under it, a related-story box and the print-edition note at the end
    a = analysis.load_article(ARTICLES / "nyt_web_furniture.txt")
    assert a.headline.startswith("Senate Panel Delays Vote") and a.dek.startswith("Lawmakers said they needed more time")
    assert a.authors == ["Rachel Okonjo", "Tom Feld"] and a.dateline == "Reporting from Washington"
    assert a.published == pd.Timestamp("2023-03-09", tz="America/New_York") and a.timezone == "America/New_York"
    assert a.paragraphs[0].startswith("A Senate committee on Thursday postponed")
    assert a.paragraphs[-1].startswith("The committee is now expected")
    assert "SKIP ADVERTISEMENT" in a.boilerplate and a.boilerplate[-1].startswith("A version of this article appears")
    assert "Today" not in set(analysis.time_expressions(a).text)  # "Today’s Paper" is a link, not a date
    from analysis.timeline.places import dateline_place
    assert dateline_place(a) == ("Washington", "America/New_York")


def test_ap_web_copy_share_bar_rule_and_surname_credit_line():
    # the share bar copied a button a line ("Copy Link copied", "Facebook", "X" ...) stood between the stamp and the
    # lede and hid the dateline; the "___" rule and "Stevens reported from ... contributed to this report." are credits
    a = analysis.load_article(ARTICLES / "ap_web_share_bar.txt")
    assert a.dateline == "LIMA, Peru (AP) —" and a.paragraphs[0].startswith("Floodwaters forced more than 12,000")
    assert a.published == pd.Timestamp("2024-01-05 15:14", tz="America/New_York")
    assert {"Copy Link copied", "Facebook", "X", "Flipboard", "___"} <= set(a.boilerplate)
    assert a.paragraphs[-1].startswith("The levee had been repaired") and a.authors == ["Lucia Fernandez", "Mark Stevens"]
    assert a.byline.endswith("contributed to this report.")
    lede = analysis.quotes(a).query("paragraph == 0")
    assert not lede.quote.str.contains("LIMA").any()  # the dateline is no part of what officials said


def test_guardian_web_copy_kicker_age_note_and_topic_links():
    # the page as copied: a section kicker and an age note above the headline, topic links and buttons below
    a = analysis.load_article(ARTICLES / "guardian_web_page.txt")
    assert a.headline == "Rail strike to go ahead after talks collapse, union says"
    assert a.dek.startswith("Union says no improved offer") and a.authors == ["Gwyn Talbot"]
    assert a.published == pd.Timestamp("2020-01-06 18:42", tz="UTC")  # "Mon 6 Jan 2020 18.42 GMT", not the update
    assert a.paragraphs[0].startswith("Train services across") and a.paragraphs[-1].startswith("Operators expect")
    assert {"UK news", "This article is more than 4 years old", "Rail strikes", "Reuse this content"} <= set(a.boilerplate)
    assert a.captions == ["Commuters at Waterloo station in London during a previous strike."]


def test_bbc_web_copy_menu_caption_label_alone_and_role_with_outlet():
    # the page as copied: the site's menu, "Image caption," on a line of its own above the caption, the byline's role
    # with the outlet after a comma, related links with their "Published" / "3 days ago" labels
    a = analysis.load_article(ARTICLES / "bbc_web_page.txt")
    assert a.headline == "Hospital waiting list falls for first time in a year"
    assert a.published == pd.Timestamp("2024-01-06", tz="UTC") and a.authors == ["Alice Grant"]
    assert a.byline == "Alice Grant\nHealth reporter, BBC News"
    assert a.captions == ["The NHS says it treated a record number of patients in December"]
    assert a.photo_credits == ["Getty Images"]
    assert a.paragraphs[0].startswith("The number of people waiting") and len(a.paragraphs) == 4
    assert {"Home", "Sport", "Why are waiting lists so long?", "3 days ago"} <= set(a.boilerplate)
    assert "PAST_REF" not in set(analysis.time_expressions(a).value)  # "3 days ago" was a link's label


def test_cnn_web_copy_credit_under_caption_and_bare_network_dateline():
    a = analysis.load_article(ARTICLES / "cnn_web_page.txt")
    assert a.captions == ["Firefighters battle the Ridge Fire near Pine Hollow, Colorado, on Sunday."]
    assert a.photo_credits == ["Jason Connolly/AFP/Getty Images"] and a.dateline == "CNN —"
    assert a.paragraphs[0].startswith("Thousands of residents") and "Ad Feedback" in a.boilerplate
    assert a.published == pd.Timestamp("2024-09-09 17:32", tz="America/New_York")


def test_aljazeera_web_copy_bracketed_credit_and_reading_list_note():
    a = analysis.load_article(ARTICLES / "aljazeera_web_page.txt")
    assert a.captions == ["Supporters of the opposition celebrate in Lilongwe on May 22, 2024"]
    assert a.photo_credits == ["[Amos Gumulira/AFP]"] and a.authors == ["Tendai Moyo"]
    assert a.dek.startswith("Partial results show") and a.paragraphs[0].startswith("Malawi’s main opposition")
    assert a.published == pd.Timestamp("2024-05-22", tz="UTC")


def test_reuters_web_copy_gallery_caption_licensing_link_and_relative_update():
    a = analysis.load_article(ARTICLES / "reuters_web_page.txt")
    assert a.captions == ["A worker walks past the company's plant in Dresden, Germany, May 2, 2023."]
    assert a.photo_credits == ["REUTERS/Annegret Hilse/File Photo"]
    assert a.dateline == "STOCKHOLM, March 4 (Reuters) -" and a.paragraphs[0].startswith("Swedish chipmaker")
    assert "Updated 2 hours ago" in a.boilerplate and a.published == pd.Timestamp("2024-03-04 17:06", tz="UTC")


def test_wapo_web_copy_section_kicker_and_reading_widgets():
    a = analysis.load_article(ARTICLES / "wapo_web_page.txt")
    assert a.headline.startswith("School board votes") and a.dek.startswith("The 5-2 vote came")
    assert a.authors == ["Laura Mendel"] and a.published == pd.Timestamp("2024-03-14 21:12", tz="America/New_York")
    assert {"Politics", "6 min", "Gift Article", "Add to your saved stories"} <= set(a.boilerplate)
    assert len(a.paragraphs) == 3 and a.paragraphs[0].startswith("Members of the Fairfax County School Board")


def test_fox_web_copy_video_caption_is_no_dek():
    a = analysis.load_article(ARTICLES / "fox_web_page.txt")
    assert a.dek == "" and a.boilerplate[0].startswith("Fox News Flash top headlines are here")
    assert a.authors == ["Greg Norris"] and a.paragraphs[-1].startswith("Two people were wounded")


def test_npr_web_copy_dotted_stamp_and_listen_widgets():
    a = analysis.load_article(ARTICLES / "npr_web_page.txt")  # "September 5, 2023 · 5:01 AM ET"
    assert a.published == pd.Timestamp("2023-09-05 05:01", tz="America/New_York") and a.dek == ""
    assert a.boilerplate[:3] == ["Heard on Morning Edition", "4-Minute Listen", "Playlist"]
    assert a.paragraphs[0].startswith("Texas set a new record")


def test_bloomberg_web_copy_two_kickers_summary_lines_and_promotions():
    a = analysis.load_article(ARTICLES / "bloomberg_web_page.txt")
    assert a.headline == "Turkey Raises Rates to 50% in Surprise Move to Tame Inflation"
    assert a.dek == ("Central bank cites upside risks after prices rose faster than expected. Policymakers had signaled an "
                     "end to tightening in January")
    assert a.published == pd.Timestamp("2024-03-21 07:00", tz="America/New_York")
    assert {"Markets", "Economics", "LEARN MORE", "(Updates with economist comment in fifth paragraph.)"} <= set(a.boilerplate)
    assert len(a.paragraphs) == 3 and a.paragraphs[0].startswith("Turkey’s central bank")


def test_sky_web_copy_image_label_handle_after_role_and_uk_clock():
    a = analysis.load_article(ARTICLES / "sky_web_page.txt")  # "Tuesday 2 January 2024 19:05, UK"
    assert a.published == pd.Timestamp("2024-01-02 19:05", tz="Europe/London") and a.timezone == "Europe/London"
    assert a.captions == ["A fallen tree blocks a road in Bristol"] and a.authors == ["Tom Acres"]
    assert a.byline == "Tom Acres\nTechnology reporter @tom_acres"
    assert a.paragraphs[0].startswith("Tens of thousands") and a.paragraphs[-1].startswith("Network Rail")


def test_politico_web_copy_desk_in_capitals_credit_after_bar_and_tags():
    a = analysis.load_article(ARTICLES / "politico_web_page.txt")
    assert a.headline == "House passes stopgap bill with hours to spare" and a.dek.startswith("The measure now heads")
    assert a.captions == ["Speaker Mike Johnson speaks to reporters at the Capitol on Thursday."]
    assert a.photo_credits == ["J. Scott Applewhite/AP"]
    assert a.published == pd.Timestamp("2024-01-18 16:17", tz="America/New_York")
    assert a.boilerplate == ["CONGRESS", "Link Copied", "FILED UNDER: Congress, Mike Johnson, Government shutdown"]


def test_wsj_web_copy_masthead_buttons_closed_dateline_and_print_note():
    # the outlet's name over the page names the outlet; "Subscribe Sign In" is buttons, not a wrapped line going on
    # into the section kicker; "WASHINGTON—Iran ..." is a dateline closed up to the story; the writers' addresses
    # and the print-edition note under it are furniture
    a = analysis.load_article(ARTICLES / "wsj_web_page.txt")
    assert a.outlet == "The Wall Street Journal" and a.headline == "Iran Fires Missiles at U.S. Bases in Iraq"
    assert a.dek.startswith("Tehran says the strikes") and a.authors == ["Michael R. Gordon", "Gordon Lubold"]
    assert a.dateline == "WASHINGTON—" and a.paragraphs[0].startswith("Iran fired more than a dozen")
    assert a.paragraphs[-1].startswith("Two hours after") and a.byline.endswith("Gordon.Lubold@wsj.com")
    assert {"Subscribe Sign In", "World | Middle East"} <= set(a.boilerplate)
    assert a.boilerplate[-2].startswith("Appeared in the January 8, 2020, print edition")
    assert a.published == pd.Timestamp("2020-01-08 01:31", tz="America/New_York")
    assert not analysis.quotes(a).quote.str.contains("WASHINGTON").any()
    # "at about 1:30 a.m. local time Wednesday" where the missiles struck, in Iraq: Baghdad's clock, not the dateline's
    events = analysis.events(a).set_index("trigger")
    struck = events.loc[events.index.str.startswith("struck")].iloc[0]
    assert struck.earliest == pd.Timestamp("2020-01-08 01:30", tz="Asia/Baghdad")
    assert not analysis.events(a).attrs.get("conflicts")  # "Two hours after" it still comes before publication


def test_wire_agency_page_editor_line_and_end_mark():
    # an agency's page: "Source:" and "Editor:" lines under the headline are furniture, not a dek; "■" ends the story
    a = analysis.load_article(ARTICLES / "xinhua_web_page.txt")
    assert a.dek == "" and {"Source: Xinhua", "Editor: huaxia"} <= set(a.boilerplate)
    assert a.dateline == "ISLAMABAD, July 31 (Xinhua) --" and a.paragraphs[-1].endswith("according to officials.")


def test_dw_web_copy_glued_image_credit_signoff_and_date_under_story():
    # "... on WednesdayImage: Jane Doe/dpa" is a caption with its credit; "ab/rc (Reuters, dpa, AFP)" is the desk's
    # sign-off; "Date 07.11.2024" under the story, day first, dates it
    a = analysis.load_article(ARTICLES / "dw_web_page.txt")
    assert a.captions == ["German Chancellor Olaf Scholz addressed the Bundestag on Wednesday"]
    assert a.photo_credits == ["Michael Kappeler/dpa/picture alliance"]
    assert a.dek.startswith("Chancellor Olaf Scholz has dismissed") and a.paragraphs[0].startswith("German Chancellor")
    assert "ab/rc (Reuters, dpa, AFP)" in a.boilerplate and a.paragraphs[-1].startswith("Finance Minister")
    assert a.published == pd.Timestamp("2024-11-07", tz="UTC")
    assert analysis.load_article("Talks go on\n\nThe talks went on.\n\nDate 03.04.2021").published.month == 4


def test_yonhap_version_tag_editors_note_address_and_end():
    # "(LEAD)" is the wire's version tag, not the headline's; "(ATTN: UPDATES ...)" a note to editors, not the dek;
    # the writer's address under the story is a credit, "(END)" furniture
    a = analysis.load_article(ARTICLES / "yonhap_web_page.txt")
    assert a.headline == "N. Korea fires ballistic missile into East Sea: JCS" and a.dek == ""
    assert a.layout[0] == ("headline", "(LEAD) N. Korea fires ballistic missile into East Sea: JCS")
    assert a.authors == ["Kim Soo-yeon"] and a.byline.endswith("sooyeon@yna.co.kr")
    assert {"(ATTN: UPDATES with details in paras 3-5)", "(END)"} <= set(a.boilerplate)
    assert a.dateline == "SEOUL, Jan. 14 (Yonhap) --" and a.paragraphs[-1].startswith("Japan's Defense Ministry")
    # no zone on the stamp: the dateline's agency (Yonhap) is the outlet, and its home zone (outlets.csv) reads it
    assert a.outlet == "Yonhap" and a.published == pd.Timestamp("2024-01-14 16:31", tz="Asia/Seoul")
    for headline in ("UPDATE 2-Oil prices rise as OPEC cuts bite", "REFILE-Oil prices rise as OPEC cuts bite"):
        assert analysis.load_article(f"{headline}\n\nPrices rose on Monday.").headline == "Oil prices rise as OPEC cuts bite"


def test_hindu_stamp_with_dashes_and_slashed_topic_links():
    # "Updated - April 05, 2024 03:51 pm IST - NEW DELHI" is the stamp (so the line above it is the dek); the topic
    # links "A / b / C" and "BACK TO TOP" are furniture
    a = analysis.load_article(ARTICLES / "hindu_web_page.txt")
    assert a.published == pd.Timestamp("2024-04-05 15:51", tz="Asia/Kolkata") and a.timezone == "Asia/Kolkata"
    assert a.dek.startswith("A Bench headed by") and a.authors == ["Krishnadas Rajagopal"]
    assert a.paragraphs[0].startswith("The Supreme Court on Friday") and len(a.paragraphs) == 5
    assert {"NATIONAL", "Supreme Court of India / education / Uttar Pradesh", "BACK TO TOP"} <= set(a.boilerplate)


def test_newsletter_copy_counts_paid_label_and_subscribe_prompt():
    # a newsletter as copied: "∙ Paid", like and comment counts alone on their lines, "Share"; the greeting under the
    # byline and date is the story's first line, not more of the dek; the closing prompt is furniture
    a = analysis.load_article(ARTICLES / "substack_newsletter.txt")
    assert a.dek == "Negotiators walked away on Friday. Here's what happens next." and a.authors == ["Jane Rivera"]
    assert a.paragraphs[0].startswith("Good morning") and a.paragraphs[-1].startswith("The Interior Department")
    assert {"∙ Paid", "12", "3", "Share", "Subscribe", "Leave a comment"} <= set(a.boilerplate)
    assert a.published == pd.Timestamp("2024-03-09", tz="UTC")


def test_explainer_subheads_stay_and_reader_notes_go():
    # a question subhead after a one-line "READ MORE: ..." promo is the story's, not a link of a widget list;
    # "This is a developing story ..." and "Correction: An earlier version ..." are notes to the reader
    a = analysis.load_article(ARTICLES / "explainer_subheads_notes.txt")
    assert a.paragraphs[0].startswith("A 36-inch water main burst") and "When will service be restored?" in a.paragraphs
    assert a.boilerplate[0] == "This is a developing story and will be updated."
    assert a.boilerplate[-1].startswith("Correction: An earlier version") and len(a.paragraphs) == 5
    assert a.published == pd.Timestamp("2024-02-08 08:15", tz="America/Chicago")


def test_character_references_in_plain_text_are_read_once():
    # a feed's text or a copy from a page's source keeps "&amp;" and "&#8217;"; an HTML page is unescaped by its parser
    a = analysis.load_article("Deal talks stall\n\nAT&amp;T said it had &#8220;no plans&#8221; to sell. The company&#8217;s "
                              "shares fell&nbsp;2%. Write &amp;lt; for a less-than sign.", published="2024-01-03")
    assert a.paragraphs == ["AT&T said it had “no plans” to sell. The company’s shares fell 2%. Write &lt; for a "
                            "less-than sign."]
    assert analysis.quotes(a).iloc[0]["quote"] == "no plans"
    page = analysis.load_article("<html><body><article><h1>Deal talks stall</h1><p>AT&amp;T wrote &amp;lt; here.</p>"
                                 "<p>It fell.</p></article></body></html>", id="page.html")
    assert "AT&T wrote &lt; here." in [page.dek, *page.paragraphs]


@pytest.mark.parametrize("line", [
    "Follow AP’s coverage of the flooding at https://apnews.com/hub/floods",
    "The Associated Press receives support from several private foundations. The AP is solely responsible for all content.",
    "Click to share on Facebook (Opens in new window)", "Share this:", "Loading...", "Posted in World News",
    "View this post on Instagram", "A post shared by Jane (@jane)", "Enlarge this image", "toggle caption",
    "Advertisement - Continue Reading Below", "Please enable JavaScript to view the comments"])
def test_more_page_furniture_lines(line):
    from analysis.corpus import _is_boilerplate
    assert _is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "Police said they would follow the coverage at the station.", "Loading the trucks took hours.",
    "Posted in the window was a notice that read: closed."])
def test_story_sentences_that_start_like_furniture(line):
    from analysis.corpus import _is_boilerplate
    assert not _is_boilerplate(line)


def test_a_short_lede_holding_a_date_is_no_timestamp_and_a_skipped_midnight_is_no_error():
    # "The vote was held on Nov. 4, 2018, officials said on Sunday." matched the timestamp pattern and left no body;
    # São Paulo's clocks skipped midnight on 4 Nov 2018, and a published date on that day raised NonExistentTimeError
    a = analysis.load_article("Runoff set\n\nThe vote was held on Nov. 4, 2018, officials said on Sunday.",
                              published="2018-11-04", timezone="America/Sao_Paulo")
    assert a.paragraphs == ["The vote was held on Nov. 4, 2018, officials said on Sunday."]
    assert a.published == pd.Timestamp("2018-11-04 01:00", tz="America/Sao_Paulo")
    times = analysis.time_expressions(a).set_index("text")
    assert times.at["Nov. 4, 2018", "earliest"] == pd.Timestamp("2018-11-04 01:00", tz="America/Sao_Paulo")
    assert len(analysis.events(a)) == 2
    stamps = analysis.load_article("Runoff set\n\nPublished on Nov. 4, 2018 at 5:06 p.m.\n\nThe vote was held.")
    assert stamps.timestamp == "Published on Nov. 4, 2018 at 5:06 p.m."


def test_hard_wrapped_wire_copy_is_read_as_paragraphs():
    # lines cut at 72 columns: a line ending on "the" goes on in "National Customs Service."; a block of long lines in
    # sentence case, cut off, is one paragraph though a line starts with a name
    a = analysis.load_article(ARTICLES / "wire_hard_wrapped.txt", published="2024-05-14", timezone="America/Santiago")
    assert a.dateline == "VALPARAISO, Chile (AP) --" and len(a.paragraphs) == 5
    assert a.paragraphs[0].endswith("halting exports of copper and fruit, union leader Pedro Soto said.")
    assert a.paragraphs[-1] == "The strike is the third at the port since January, according to the National Customs Service."
    quotes = analysis.quotes(a)
    assert set(quotes[quotes.direct]["speaker"]) == {"Pedro Soto"}
    # a headline ending on "says" over its dek in one block stays a headline
    b = analysis.load_article("Rail strike to go ahead after talks collapse, union says\nUnion says no improved offer was "
                              "made\n\nTrains will not run on Wednesday, the union said.\n\nMore talks are planned.")
    assert b.headline == "Rail strike to go ahead after talks collapse, union says"


@pytest.mark.parametrize("line, names", [
    ("Written by Jane Doe", ["Jane Doe"]), ("Analysis by Jane Doe, CNN", ["Jane Doe"]),
    ("Opinion by Jane Doe", ["Jane Doe"]), ("By Jean-Luc de la Cruz", ["Jean-Luc de la Cruz"]),
    ("By the way, officials said", None)])
def test_byline_shapes_of_other_outlets(line, names):
    from analysis.corpus import _byline
    assert _byline(line) == names


def test_byline_with_its_stamp_and_a_name_with_its_role_after_a_comma():
    a = analysis.load_article("Council delays budget vote\n\nBy Jane Doe • Published March 4, 2024\n\nThe council on Monday "
                              "delayed its budget vote, the mayor said.\n\nMore debate is planned.")
    assert a.authors == ["Jane Doe"] and a.published == pd.Timestamp("2024-03-04", tz="UTC")
    b = analysis.load_article("Council delays budget vote\n\nBy Jane Doe Updated 3:14 PM EST, March 4, 2024\n\nThe council "
                              "on Monday delayed its budget vote, the mayor said.\n\nMore debate is planned.")
    assert b.authors == ["Jane Doe"] and b.published == pd.Timestamp("2024-03-04 15:14", tz="America/New_York")
    c = analysis.load_article("Council delays budget vote\n\nJane Doe, Senior Political Correspondent\n\nThe council on "
                              "Monday delayed its budget vote, the mayor said.\n\nMore debate is planned.")
    assert c.authors == ["Jane Doe"] and c.paragraphs[0].startswith("The council on Monday")


@pytest.mark.parametrize("lede, dateline", [
    ("Islamabad [Pakistan], January 6 (ANI): Officials said the strike hit a plant.", "Islamabad [Pakistan], January 6 (ANI):"),
    ("MUMBAI (PTI): Officials said the strike hit a plant.", "MUMBAI (PTI):"),
    ("New Delhi, Jan 6 (PTI) Officials said the strike hit a plant.", "New Delhi, Jan 6 (PTI)")])
def test_south_asian_agency_datelines(lede, dateline):
    from analysis.timeline.places import dateline_place

    a = analysis.load_article("Strike hits plant\n\n" + lede + "\n\nMore follows here.", published="2024-01-06")
    assert a.dateline == dateline and a.paragraphs[0] == "Officials said the strike hit a plant."
    assert dateline_place(a)[1] in ("Asia/Karachi", "Asia/Kolkata")


def test_bullet_summary_under_the_headline_is_the_dek_and_the_dateline_follows():
    # Reuters' page: three bullet points under the headline, then "FRANKFURT, Sept 3 (Reuters) -"; the bullets were
    # body paragraphs, so the dateline went unread (and 'FRANKFURT cancel about 400 flights' was an event)
    a = analysis.load_article(ARTICLES / "reuters_bullet_summary.txt", published="2024-09-03", timezone="Europe/Berlin")
    assert a.dek.startswith("Strike enters second day with no talks scheduled. About 60,000 passengers affected")
    assert a.dateline == "FRANKFURT, Sept 3 (Reuters) -" and a.paragraphs[0].startswith("Lufthansa cancelled about 400")
    assert a.authors == ["Ilona Wissenbach"]
    assert "Lufthansa cancels about 400 flights" in set(analysis.events(a)["label"])


def test_lines_before_a_dateline_lede_are_the_summary_or_a_caption():
    # the story opens at its dateline: a line above it is its summary when no dek was read, else a photo's caption
    # whose credit the copy lost (PolNeAR's NYT abstracts were the lede, and their datelines went unread)
    lede = "LIMA, Peru (AP) — Thousands marched on Monday against a rise in fuel prices, police said."
    a = analysis.load_article("Protests grow over fuel prices\n\nBy Ana Ruiz\n\nMarchers demand a review of the increase."
                              f"\n\n{lede}\n\nThe government said it would review it.", published="2024-01-08")
    assert a.dek == "Marchers demand a review of the increase." and a.dateline == "LIMA, Peru (AP) —"
    b = analysis.load_article("Protests grow over fuel prices\n\nThe government promised a review.\n\nBy Ana Ruiz\n\n"
                              f"Protesters gather outside parliament in Lima on Monday.\n\n{lede}\n\nMore follows.",
                              published="2024-01-08")
    assert b.captions == ["Protesters gather outside parliament in Lima on Monday."] and b.dateline == "LIMA, Peru (AP) —"
    assert b.paragraphs[0].startswith("Thousands marched on Monday")
    qa = analysis.load_article(ARTICLES / "voices_qa_names.txt")  # "WHITCOMBE: Do you ..." is a label, no dateline
    assert qa.dateline == "" and qa.paragraphs[1].startswith("WHITCOMBE:")


def test_live_blog_key_events_box_entry_writer_and_stamp():
    # the "Key events" box with its "2h ago" labels is furniture and ends at its block, so the page's stamp after it
    # dates the page; "From CNN's Mariko Oi" names the entry's writer
    a = analysis.load_article(ARTICLES / "cnn_live_blog.txt")
    assert a.published == pd.Timestamp("2024-01-01 09:42", tz="America/New_York") and a.authors == ["Mariko Oi"]
    assert {"Key events", "2h ago", "4h ago", "9:42 a.m. ET"} <= set(a.boilerplate)
    assert a.paragraphs[0].startswith("Japan's meteorological agency") and len(a.paragraphs) == 5
    times = analysis.time_expressions(a).set_index("text")
    assert times.at["4:10 p.m. local time on Monday", "value"] == "2024-01-01T16:10"


def test_outlet_and_place_under_the_byline_belong_to_it():
    a = analysis.load_article("Flood warning issued\n\nBy Helen Carter\nBBC News, Leeds\n\nRivers rose on Monday, the "
                              "agency said.\n\nMore rain is due.", published="2024-01-02")
    assert a.byline == "By Helen Carter\nBBC News, Leeds" and a.paragraphs[0].startswith("Rivers rose")


def test_an_outlets_home_zone_reads_its_stamps_when_no_zone_is_given(tmp_path):
    # Xinhua stamps its pages on Beijing's clock ("2023-07-31 21:04:15", no zone); named as the outlet (argument or
    # metadata.csv) without a timezone, its home zone from outlets.csv reads the stamp and the story's dates; a zone
    # given, or an outlet the table has no zone for, changes nothing
    a = analysis.load_article(ARTICLES / "xinhua_web_page.txt", outlet="Xinhua")
    assert a.timezone == "Asia/Shanghai" and a.published == pd.Timestamp("2023-07-31 21:04", tz="Asia/Shanghai")
    assert analysis.load_article(ARTICLES / "xinhua_web_page.txt", outlet="Reuters").timezone is None
    assert analysis.load_article(ARTICLES / "xinhua_web_page.txt", outlet="Xinhua",
                                 timezone="UTC").published == pd.Timestamp("2023-07-31 21:04", tz="UTC")
    (tmp_path / "xinhua_web_page.txt").write_bytes((ARTICLES / "xinhua_web_page.txt").read_bytes())
    (tmp_path / "metadata.csv").write_text("id,published,timezone,outlet,url\nxinhua_web_page,,,Xinhua,\n")
    b = analysis.load_corpus(tmp_path)["xinhua_web_page"]
    assert b.timezone == "Asia/Shanghai" and b.published.hour == 21


def test_a_wire_dateline_or_source_line_names_the_outlet_and_its_clock():
    # the agency in the dateline ("SEOUL, Jan. 14 (Yonhap) --") or a "Source: Xinhua" line is the outlet when nothing
    # else names one; a "Source:" line the outlets table does not know ("company filings") names none
    b = analysis.load_article(ARTICLES / "xinhua_web_page.txt")
    assert b.outlet == "Xinhua" and b.published == pd.Timestamp("2023-07-31 21:04", tz="Asia/Shanghai")
    c = analysis.load_article("Profits rise\n\nSource: company filings\n\nNEW YORK (AP) — Profits rose on Monday, the "
                              "company said.\n\nShares rose 3%.", published="2024-03-04")
    assert c.outlet == "AP"
    d = analysis.load_article("Profits rise\n\nSource: company filings\n\nProfits rose on Monday, the company said.\n\n"
                              "Shares rose 3%.", published="2024-03-04")
    assert d.outlet is None
    # the user's outlet outranks the page's, with its own home zone (Reuters has none: no zone, not Beijing's)
    assert analysis.load_article(ARTICLES / "xinhua_web_page.txt", outlet="Reuters").outlet == "Reuters"


def test_a_clock_time_with_no_zone_anywhere_is_read_as_utc_and_says_so():
    text = ("Storm closes schools\n\nBy Jane Doe\n\nPublished 3:45 p.m. Jan. 5, 2020\n\nA winter storm closed schools "
            "across the county on Sunday, officials said.\n\nThe district will reopen on Tuesday.")
    with pytest.warns(UserWarning, match=r"page's timestamp names no time zone .* read as UTC.* timezone="):
        a = analysis.load_article(text)
    assert a.published == pd.Timestamp("2020-01-05 15:45", tz="UTC")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a zone given: no warning, the stamp read on its clock
        assert analysis.load_article(text, timezone="America/Chicago").published.hour == 15
        analysis.load_article(text.replace("Published 3:45 p.m. Jan. 5, 2020\n\n", ""), published="2020-01-05")
    with pytest.warns(UserWarning, match=r"published time '2020-01-05 15:45' names no time zone"):
        analysis.load_article(text, published="2020-01-05 15:45")


@pytest.mark.parametrize("rule", ["_", "—", "-", "***", "* * *", "___"])
def test_a_rule_between_items_is_furniture_however_short(rule):
    # older AP copy (and the TimeML corpus of it) sets a lone "_" between items; other pages a dash or stars
    a = analysis.load_article(f"Storm hits coast\n\nA storm hit the coast on Monday, officials said.\n\n{rule}\n\n"
                              "The storm weakened on Tuesday.\n\nRoads reopened later.", published="2024-01-02")
    assert a.paragraphs == ["A storm hit the coast on Monday, officials said.", "The storm weakened on Tuesday.",
                            "Roads reopened later."] and a.boilerplate == [rule]


def test_a_cbc_page_names_alone_outlet_and_stamp_on_one_line():
    # "Evan Dyer · CBC News · Posted: Jan 16, 2024 4:10 PM EST | Last Updated: January 16, 2024", under a summary
    # that the lede repeats, and "With files from The Canadian Press" at the foot
    a = analysis.load_article(ARTICLES / "cbc_web_page.txt")
    assert a.authors == ["Evan Dyer"] and a.outlet == "CBC News"
    assert a.published == pd.Timestamp("2024-01-16 16:10", tz="America/New_York")
    assert a.dek.startswith("The federal government will stop paying") and a.paragraphs[0] == a.dek
    assert a.paragraphs[1].startswith("Speaking to reporters") and a.paragraphs[-1].startswith("Miller said")
    assert "With files from The Canadian Press" in a.byline


def test_semafor_sections_and_a_staff_and_agencies_byline():
    a = analysis.load_article(ARTICLES / "semafor_sections.txt")
    # the section's name under the stamp is furniture; the page's own headings ("The News") are no author
    assert a.authors == ["Burgess Everett"] and a.boilerplate == ["Politics"]
    assert a.published == pd.Timestamp("2024-01-26 17:32", tz="America/New_York")
    assert a.paragraphs[0] == "The News" and a.paragraphs[1].startswith("Senate Democrats are divided")
    b = analysis.load_article(ARTICLES / "toi_liveblog_entry.txt")
    # "By TOI Staff and Agencies" names no person; "Today, 9:14 pm" is the entry's stamp, not a dek
    assert b.byline == "By TOI Staff and Agencies" and b.authors == [] and b.dek == ""
    assert b.paragraphs[0].startswith("The Israel Defense Forces says")


def test_bylines_with_roles_dotted_stamps_lone_city_datelines_and_reader_appeals():
    # The Straits Times: the writer's role on the line under the name is no second author
    a = analysis.load_article(ARTICLES / "straits_times_role_line.txt", timezone="Asia/Singapore")
    assert a.authors == ["Tham Yah Hui"] and a.dateline == "SINGAPORE -"
    assert a.published == pd.Timestamp("2024-02-16 05:00", tz="Asia/Singapore")
    # Anadolu: "Ahmet Yilmaz |12.03.2024 - Update : 12.03.2024" is name and day (no clock: the second date is none),
    # and "ANKARA" alone over the lede is the dateline
    b = analysis.load_article(ARTICLES / "anadolu_dotted_stamp.txt")
    assert b.authors == ["Ahmet Yilmaz"] and b.dateline == "ANKARA"
    assert (b.published, b.published_precision) == (pd.Timestamp("2024-03-12", tz="UTC"), "day")
    assert b.paragraphs[0].startswith("Türkiye and Azerbaijan on Tuesday")
    # the Kyiv Independent: "by Martin Fornusek January 16, 2024 10:32 PM 2 min read"; the author's appeal at the foot
    c = analysis.load_article(ARTICLES / "kyiv_independent_byline.txt", timezone="Europe/Kyiv")
    assert c.authors == ["Martin Fornusek"] and c.published == pd.Timestamp("2024-01-16 22:32", tz="Europe/Kyiv")
    assert c.paragraphs[-1].startswith("Russia has denied") and c.boilerplate[-2:] == [
        "Note from the author:", "Hi, this is Martin. Thank you for reading. Please consider supporting our work."]


def test_an_op_ed_label_author_sentence_and_disclaimer_are_no_story():
    a = analysis.load_article(ARTICLES / "oped_blurb_disclaimer.txt")
    assert a.headline == "The city can't afford another delay on transit"  # "Opinion | " is the section's label
    assert a.authors == ["Dana Ruiz"] and "Ms. Ruiz is a transit planner" in a.byline
    assert a.paragraphs[0].startswith("For five years") and len(a.paragraphs) == 3
    assert a.boilerplate == ["The views expressed in this article are the author's own and do not necessarily "
                             "reflect those of the publication."]
    # an AP "FILE -" photo caption above the byline, and the rule and credit at the foot
    b = analysis.load_article(ARTICLES / "ap_file_photo_caption.txt")
    assert b.captions[0].startswith("FILE - The Supreme Court is seen") and b.photo_credits == ["(AP Photo/Mariam Zuhaib, File)"]
    assert b.authors == ["Mark Sherman"] and b.outlet == "AP" and b.paragraphs[0].startswith("The Supreme Court on Friday")
    assert b.paragraphs[-1].startswith("The Biden administration") and b.boilerplate == ["___"]


def test_mojibake_is_repaired_with_a_warning_and_clean_text_is_untouched():
    # UTF-8 read as cp1252 once ("donâ€™t", "SÃ©guin") or twice ("Ã\x83Â§" for "ç", as in a PolNeAR article)
    text = ("Minister resigns\n\nThe minister said she didnâ€™t regret it. Ã‰lodie SÃ©guin, an aide to Fran"
            "Ã\x83Â§ois Hollande, was named.\n\nShe starts Monday.")
    with pytest.warns(UserWarning, match="repaired text decoded with the wrong encoding"):
        a = analysis.load_article(text, published="2024-01-01")
    assert a.paragraphs[0] == "The minister said she didn’t regret it. Élodie Séguin, an aide to François Hollande, was named."
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        clean = "Não é\n\nSão Paulo’s mayor said “Ânimo” on Monday. The fee is €5.\n\nMore later."
        assert analysis.load_article(clean, published="2024-01-01").paragraphs[0] == (
            "São Paulo’s mayor said “Ânimo” on Monday. The fee is €5.")


def test_a_page_saved_without_its_headline_keeps_its_lede_and_a_short_headline_over_a_lede_stays():
    # a wire story saved from its dateline on: the first line is the lede, not a headline over a dek
    a = analysis.load_article("WASHINGTON (AP) — The Senate voted 52-48 on Tuesday to confirm the nominee, ending a "
                              "months-long fight.\n\nThe vote came after a heated debate.\n\nDemocrats said they would "
                              "keep pressing.", published="2024-01-02")
    assert (a.headline, a.dek, a.dateline) == ("", "", "WASHINGTON (AP) —") and len(a.paragraphs) == 3
    assert a.paragraphs[0].startswith("The Senate voted")
    # a three-word headline over the story's first sentence, lines one under another: no section kicker
    b = analysis.load_article("Senate confirms nominee\nThe Senate voted 52-48 on Tuesday to confirm the nominee, "
                              "ending a months-long fight over the court.\nThe vote came after a heated debate, "
                              "officials said.", published="2024-01-02")
    assert b.headline == "Senate confirms nominee" and b.paragraphs[0].startswith("The Senate voted")


def test_a_transcripts_first_speaker_label_is_no_dateline():
    a = analysis.load_article("Transcript: the vice presidential debate\n\nQUIJANO: Senator Kaine, why are you ready to "
                              "be president?\n\nKAINE: Thank you, Elaine. I have spent my life in public service.\n\n"
                              "PENCE: I want to thank Longwood University.", published="2016-10-05")
    assert a.dateline == "" and a.paragraphs[0] == "QUIJANO: Senator Kaine, why are you ready to be president?"
    # one label-like opening in capitals is still a dateline, as Indian and Pakistani papers write them
    b = analysis.load_article("Storm hits\n\nNEW DELHI: A storm hit the capital on Monday, officials said.\n\n"
                              "Power was cut.", published="2024-01-02")
    assert b.dateline == "NEW DELHI:" and b.paragraphs[0] == "A storm hit the capital on Monday, officials said."
    quotes = analysis.quotes(a)
    assert quotes.iloc[0]["quote"].startswith("Senator Kaine") and "Quijano" in str(quotes.iloc[0]["speaker"]).title()


def test_a_nexis_export_is_split_into_its_documents_and_its_fields_read(tmp_path):
    # a researcher's export from a news database: headline, outlet, date and edition, labelled fields, "Body", the
    # story, "Load-Date:", "End of Document"; two documents in one file
    (tmp_path / "export.txt").write_bytes((ARTICLES / "nexis_export_two_documents.txt").read_bytes())
    corpus = analysis.load_corpus(tmp_path)
    assert corpus.ids == ["export-0", "export-1"]
    a, b = corpus["export-0"], corpus["export-1"]
    assert a.headline == "Pentagon denies plan to pull troops from Iraq" and b.headline == "Iraq votes to expel U.S. troops"
    assert a.authors == ["Dan Lamothe", "Missy Ryan"] and b.authors == ["Louisa Loveluck"]
    assert (a.outlet, a.dateline, a.dek) == ("The Washington Post", "BAGHDAD", "")
    assert a.published == pd.Timestamp("2020-01-07", tz="America/New_York")
    assert a.paragraphs[0].startswith("Defense Secretary Mark Esper said Monday") and len(a.paragraphs) == 3
    assert {"Regional Edition", "Length: 412 words", "Body", "End of Document"} <= set(a.boilerplate)
    # quotes and times read the story alone
    assert analysis.quotes(a).iloc[0]["speaker"] == "Mark Esper"


def test_a_factiva_coded_export_is_read_document_by_document(tmp_path):
    (tmp_path / "factiva.txt").write_bytes((ARTICLES / "factiva_export_two_documents.txt").read_bytes())
    corpus = analysis.load_corpus(tmp_path)
    assert corpus.ids == ["factiva-0", "factiva-1"]
    a = corpus["factiva-0"]
    assert a.headline == "Pentagon denies plan to pull troops from Iraq" and a.authors == ["Dan Lamothe", "Missy Ryan"]
    assert (a.outlet, a.published) == ("The Washington Post", pd.Timestamp("2020-01-07", tz="America/New_York"))
    # the lead paragraph (LP, wrapped over two lines) and the text (TD) are the story; indexing fields are not
    assert len(a.paragraphs) == 3 and a.paragraphs[0].endswith("circulated among Iraqi officials.")
    assert not any(p.startswith(("NS", "AN", "WC", "CO ")) for p in a.paragraphs)
    assert a.boilerplate == ["Copyright 2020, The Washington Post Co. All Rights Reserved"]
    assert corpus["factiva-1"].authors == ["Louisa Loveluck"] and len(corpus["factiva-1"].paragraphs) == 2


def test_a_csv_table_of_articles_is_one_article_per_row_and_another_table_is_skipped(tmp_path):
    import csv as csv_module

    rows = [{"id": "a1", "title": "Council passes budget", "text": "NORTHFIELD — The council approved the budget on "
             "Tuesday, the mayor said.\n\n\"It is a fair plan,\" Mayor Lisa Grant said.", "publish_date": "2024-06-12",
             "media_name": "Northfield Ledger", "url": "https://example.org/a1"},
            {"id": "a2", "title": "Storm closes schools", "text": "A storm closed schools on Monday, officials said.\n\n"
             "They will reopen Wednesday.", "publish_date": "2024-01-08T07:00:00-05:00", "media_name": "", "url": ""}]
    with open(tmp_path / "articles.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv_module.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    (tmp_path / "known_times.csv").write_text("event,earliest,latest,timezone,source\nvote,2024-01-05,2024-01-05,UTC,x\n")
    with pytest.warns(UserWarning, match="known_times.csv: a CSV file in the corpus is read as a table of articles"):
        corpus = analysis.load_corpus(tmp_path)
    assert corpus.ids == ["a1", "a2"]
    a = corpus["a1"]
    assert (a.headline, a.outlet, a.url, a.dateline) == ("Council passes budget", "Northfield Ledger",
                                                         "https://example.org/a1", "NORTHFIELD —")
    assert a.paragraphs == ["The council approved the budget on Tuesday, the mayor said.",
                            '"It is a fair plan," Mayor Lisa Grant said.']
    assert corpus["a2"].published == pd.Timestamp("2024-01-08 07:00", tz="-05:00")
    # named directly, a table without a text column is an error that says what it needs
    with pytest.raises(analysis.CorpusError, match="needs a column of their text"):
        analysis.load_article(tmp_path / "known_times.csv")


def test_cbs_slash_stamp_title_case_dateline_and_an_outlet_desk_byline():
    # CBS News: "Updated on: March 1, 2024 / 11:52 PM EST / CBS News" is the stamp and names the outlet (it was taken
    # for a line of topic links); "Washington — The Senate ..." opens with a dateline, the city in title case
    a = analysis.load_article(ARTICLES / "cbs_slash_stamp.txt")
    assert a.published == pd.Timestamp("2024-03-01 23:52", tz="America/New_York") and a.outlet == "CBS News"
    assert a.dateline == "Washington —" and a.paragraphs[0].startswith("The Senate on Friday passed")
    assert a.authors == ["Jane Whitfield", "Mark Osei"] and a.boilerplate == []
    # a title-case word before a dash that is no known city stays in the paragraph
    b = analysis.load_article("Storm hits coast\n\nBy Jo Roe\n\nMarch 1, 2024\n\nBiden — The president said he would "
                              "visit the coast on Friday, officials said on Thursday.")
    assert b.dateline == "" and b.paragraphs[0].startswith("Biden — The president")
    # RFE/RL: the byline is the outlet's desk (no author, no photo credit); "With reporting by AFP" is a credit line
    c = analysis.load_article(ARTICLES / "rferl_service_byline.txt")
    assert c.authors == [] and c.photo_credits == [] and c.outlet == "RFE/RL" and c.dateline == "ALMATY --"
    assert c.byline == "By RFE/RL's Kazakh Service\nWith reporting by AFP"
    assert c.paragraphs[-1].startswith("Human Rights Watch urged")
    d = analysis.load_article("Talks resume\n\nBy CNN's Jane Doe and John Roe\n\nMarch 1, 2024\n\n"
                              "Negotiators met again on Friday, officials said.")
    assert d.authors == ["Jane Doe", "John Roe"] and d.outlet == "CNN"


def test_stamps_with_a_place_before_a_dash_or_a_first_publication_after_the_clock():
    # El País in English: "Madrid - MAY 30, 2024 - 15:12 CEST" under the author's name (it was the first paragraph)
    a = analysis.load_article(ARTICLES / "elpais_place_dash_stamp.txt")
    assert a.published == pd.Timestamp("2024-05-30 15:12", tz="Europe/Berlin") and a.authors == ["Carlos E. Cué"]
    assert a.paragraphs[0].startswith("The Spanish Congress of Deputies")
    assert a.dateline == "Madrid"  # the city the stamp names, with no dateline over the story
    # Nine's papers: "Updated October 5, 2023 — 6.52pm, first published at 5.00am": published at 5.00am
    with pytest.warns(UserWarning, match="names no time zone"):
        b = analysis.load_article(ARTICLES / "smh_caps_headline_stamp.txt")
    assert b.published == pd.Timestamp("2023-10-05 05:00", tz="UTC") and b.authors == ["Lucy Carroll"]  # first published
    assert b.paragraphs[0].startswith("Mobile phones will be banned")


def test_an_axios_stamp_with_its_section_after_a_dash():
    a = analysis.load_article(ARTICLES / "axios_stamp_section_bullets.txt")  # "Jan 9, 2024 - Politics & Policy"
    assert a.published == pd.Timestamp("2024-01-09", tz="UTC") and a.published_precision == "day"
    assert a.paragraphs[0].startswith("The White House is weighing") and a.authors == ["Hans Nichols"]


def test_a_stamp_an_amendment_note_and_the_author_s_outlet_at_the_foot():
    a = analysis.load_article(ARTICLES / "guardian_foot_stamp_amended.txt")
    assert a.published == pd.Timestamp("2024-03-05 14:02", tz="UTC")  # "Published on Tue 5 Mar 2024 14.02 GMT"
    assert "This article was amended on 6 March 2024 to add a response from Thames Water." in a.boilerplate
    assert a.outlet == "The Guardian"  # "Sarah Jones is the Guardian's environment correspondent"
    assert a.authors == ["Sarah Jones"] and a.paragraphs[-1].startswith("A Thames Water spokesperson")
    # "Laura Mendel covers education for The Washington Post." names the outlet too
    assert analysis.load_article(ARTICLES / "wapo_web_page.txt").outlet == "Washington Post"  # (as outlets.csv names it)


def test_an_agency_signing_the_story_under_it():
    a = analysis.load_article(ARTICLES / "local_dateline_top_agency_signature.txt")  # "— Associated Press"
    assert a.byline == "— Associated Press" and a.outlet == "Associated Press" and a.authors == []
    assert a.paragraphs[-1].startswith('"This is a win for safety,"')
    assert a.published == pd.Timestamp("2024-03-07", tz="America/New_York") and a.headline.startswith("City council")


def test_a_page_its_scripts_fill_in_is_read_from_its_schema_org_data():
    # saved before its scripts ran: the page's text is a shell ("Please enable JavaScript."), the story is in its
    # JSON-LD (headline, description, articleBody; author, publisher, datePublished). It was "the file is empty".
    a = analysis.load_article(ARTICLES / "script_filled_page.html")
    assert a.headline == "Port strike halts shipments" and a.dek == "Dockworkers walked off the job at dawn."
    assert a.paragraphs[0].startswith("Dockworkers at the city's port") and len(a.paragraphs) == 3
    assert a.authors == ["Jane Roe"] and a.outlet == "Example News"
    assert a.published == pd.Timestamp("2024-03-05 09:30", tz="America/New_York").tz_convert("UTC")


def test_a_page_saved_as_one_file_by_a_browser(tmp_path):
    # Chrome's "Webpage, single file" (.mhtml): the same page as the .html, read from the archive's HTML part
    a = analysis.load_article(ARTICLES / "ledger_page_saved.mhtml")
    b = analysis.load_article(ARTICLES / "ledger_page.html")
    for field in ("headline", "dek", "authors", "published", "outlet", "url", "paragraphs", "captions"):
        assert getattr(a, field) == getattr(b, field), field
    (tmp_path / "empty.mhtml").write_text("MIME-Version: 1.0\nContent-Type: text/css\n\nbody { color: red; }\n")
    with pytest.raises(analysis.CorpusError, match=r"empty.mhtml: a web archive \(.mhtml\) with no HTML page"):
        analysis.load_article(tmp_path / "empty.mhtml")
    corpus = analysis.load_corpus(_folder_with(tmp_path / "c", ARTICLES / "ledger_page_saved.mhtml"))
    assert corpus.ids == ["ledger_page_saved"]


def _folder_with(folder, *files):
    import shutil

    folder.mkdir()
    for file in files:
        shutil.copy(file, folder / file.name)
    return folder


def test_a_news_database_s_word_download_is_read_as_its_text_export():
    # Nexis Uni downloads .docx: each line of the export a Word paragraph; the same articles as the text export
    import analysis.corpus as corpus_module

    words = corpus_module._articles_from_file(ARTICLES / "nexis_uni_download.docx", {}, None)
    text = corpus_module._articles_from_file(ARTICLES / "nexis_export_two_documents.txt", {}, None)
    assert [a.id for a in words] == ["nexis_uni_download-0", "nexis_uni_download-1"]
    for a, b in zip(words, text):
        for field in ("headline", "authors", "published", "outlet", "dateline", "paragraphs", "boilerplate"):
            assert getattr(a, field) == getattr(b, field), field
    assert analysis.load_article(ARTICLES / "nexis_uni_download.docx").authors == ["Dan Lamothe", "Missy Ryan"]


def test_handle_closed_up_to_a_byline_share_bar_agency_foot_and_a_bar_left_after_a_byline():
    # Vox: "By Li Zhou@liszhou  Updated Dec 1, 2022, 5:32pm EST" (the handle closed up to the name as the page copies)
    # is the byline and the stamp; "Share this on Facebook" lines are the share bar, no paragraphs of the story
    a = analysis.load_article(ARTICLES / "vox_handle_byline_share_bar.txt")
    assert a.authors == ["Li Zhou"] and a.published == pd.Timestamp("2022-12-01 17:32", tz="America/New_York")
    assert a.boilerplate == ["Share this story", "Share this on Facebook", "Share this on Twitter"]
    assert a.paragraphs[0].startswith("The Senate voted 80-15") and len(a.paragraphs) == 4
    assert analysis.load_article("Vote set\n\nBy Jane Doe jane.doe@example.com\n\nThe council voted on Monday "
                                 "to delay the plan, its chair said.").authors == ["Jane Doe"]
    # a paper's reprint of agency copy, signed "(Yonhap)" at the foot: the agency is the outlet (and its clock the
    # stamp's), the signature no paragraph
    b = analysis.load_article(ARTICLES / "koreaherald_agency_foot.txt")
    assert b.outlet == "Yonhap" and b.byline == "(Yonhap)" and b.paragraphs[-1].startswith("Japan's Defense Ministry")
    assert b.published == pd.Timestamp("2022-01-05 08:47", tz="Asia/Seoul")
    # a parenthesis that names no outlet stays the story's
    c = analysis.load_article("Storm hits coast\n\nBy Jo Roe\n\nThe storm reached the coast on Friday, officials "
                              "said.\n\nMore rain is expected.\n\n(Updated with the mayor's comments.)")
    assert c.outlet is None and c.paragraphs[-1] == "(Updated with the mayor's comments.)"
    # the Washington Examiner: the bar between the byline and the stamp on the next line is no part of the byline
    with pytest.warns(UserWarning, match="names no time zone"):  # (the page's clock names none, nor does the outlet)
        d = analysis.load_article(ARTICLES / "examiner_byline_bar_stamp.txt")
    assert d.byline == "by Dana Whitlock, Economics Reporter" and d.authors == ["Dana Whitlock"]
    assert d.published.strftime("%Y-%m-%d %H:%M") == "2022-03-14 11:05"


def test_contact_block_at_the_foot_names_the_reporters_not_the_editors():
    # Bloomberg's copy ends with "To contact the reporter on this story:" and the addresses under it, then the
    # editors': credits, not paragraphs; the reporters are the authors, the editors are not
    a = analysis.load_article(ARTICLES / "bloomberg_contact_block.txt")
    assert a.authors == ["Sarah Kim"] and a.outlet == "Bloomberg" and len(a.paragraphs) == 2
    assert a.byline.splitlines()[1:] == ["To contact the reporter on this story:", "Sarah Kim in Singapore at "
                                         "skim@bloomberg.net", "To contact the editors responsible for this story:",
                                         "Ben Roe at broe@bloomberg.net", "Ann Lee"]
    # the names on the block's own line; a paragraph after the block is the story's
    b = analysis.load_article("Oil rises\n\nOil rose on Monday, traders said.\n\nTo contact the reporters on this "
                              "story: Sarah Kim in Singapore at skim@example.net; Tom Reyes at treyes@example.net\n\n"
                              "Prices fell later in the day.")
    assert b.authors == ["Sarah Kim", "Tom Reyes"] and b.paragraphs[-1] == "Prices fell later in the day."


def test_page_title_outlet_stamp_labels_and_numeric_dates_by_the_pages_clock():
    # France 24 as copied: the browser's title ("... - France 24") names the outlet and is no part of the headline;
    # "Issued on: 06/01/2020 - 18:35Modified: 06/01/2020 - 20:01" is two stamps closed up, day first as a Paris
    # page writes dates: 6 January, 18:35 in Paris
    a = analysis.load_article(ARTICLES / "france24_issued_modified.txt")
    assert a.headline == "Iraqi lawmakers vote to expel foreign troops" and a.outlet == "France 24"
    assert a.published == pd.Timestamp("2020-01-06 18:35", tz="Europe/Paris")
    assert a.paragraphs[0].startswith("Iraq's parliament on Sunday") and len(a.paragraphs) == 2
    body = ("\n\nThe council voted 8-1 on Thursday to delay the plan, its chair said.\n\nThe mayor said she would "
            "sign it.")
    # the label over its date on its own line
    b = analysis.load_article("Council delays plan\n\nIssued on:\n06/01/2020 - 18:35\nModified:\n06/01/2020 - 20:01"
                              + body, timezone="Europe/Paris")
    assert b.published == pd.Timestamp("2020-01-06 18:35", tz="Europe/Paris") and len(b.paragraphs) == 2
    # numeric dates: month first on an American clock or none known, day first elsewhere or under a GMT stamp,
    # whichever way when the first number cannot be a month
    def stamp(line, **kw):
        return analysis.load_article("Council delays plan\n\n" + line + body, **kw).published.strftime("%Y-%m-%d")
    assert stamp("03/04/21 08:55 PM ET") == "2021-03-04" and stamp("06/01/2020 18:35") == "2020-06-01"
    assert stamp("06/01/2020 18:35", timezone="Asia/Kolkata") == "2020-01-06"
    assert stamp("06/01/2020 18:35 GMT") == "2020-01-06" and stamp("25/01/2020 18:35") == "2020-01-25"
    assert stamp("01/25/2020 18:35", timezone="Europe/Paris") == "2020-01-25"
    # a dash in a headline that names no outlet stays in it
    c = analysis.load_article("Senate votes - again - on the bill | Politics" + body)
    assert c.headline == "Senate votes - again - on the bill | Politics" and c.outlet is None
    d = analysis.load_article("Biden signs rail bill | Reuters" + body)
    assert d.headline == "Biden signs rail bill" and d.outlet == "Reuters"


def test_bbc_credit_over_its_caption_and_the_writers_city_beside_the_outlet():
    # the BBC's page now prints the image's credit over its caption ("Getty Images" / "Residents were taken ..."):
    # the caption is no paragraph of the story; "BBC News, Sheffield" under the name names the outlet and the city
    a = analysis.load_article(ARTICLES / "bbc_credit_over_caption.txt")
    assert a.captions == ["Residents were taken from their homes by boat in Fishlake",
                          "The River Don burst its banks near Doncaster"]
    assert a.photo_credits == ["Getty Images", "PA Media"] and a.authors == ["Jane Doe"]
    assert a.paragraphs[0].startswith("Hundreds of homes") and len(a.paragraphs) == 3
    assert a.outlet == "BBC News" and a.dateline == "Sheffield" and a.timezone == "Europe/London"
    # a credit's block holding more than the caption is left as it is: two lines of story under an agency's name
    b = analysis.load_article("Storm hits coast\n\nBy Jo Roe\n\nReuters\nThe storm reached the coast on Friday\nMore "
                              "rain is expected on Saturday, officials said.\n\nThe mayor said she would visit.")
    assert b.captions == []


def test_reuters_stamp_with_a_gmt_offset_and_an_update_closed_up_to_it():
    # Reuters' page as copied: "March 12, 2024 4:05 PM GMT-3Updated 2 years ago", the offset written after GMT and
    # the update's age closed up to the stamp; the stamp dates the story, the age is furniture
    a = analysis.load_article(ARTICLES / "reuters_gmt_offset_stamp.txt")
    assert a.published == pd.Timestamp("2024-03-12 19:05", tz="UTC") and a.outlet == "Reuters"
    assert "Updated 2 years ago" in a.boilerplate and a.authors == ["Ana Ruiz", "Tomas Vidal"]
    assert a.paragraphs[0].startswith("Chile's Senate on Tuesday") and len(a.paragraphs) == 3
    from analysis.corpus import _clock_reading
    assert [_clock_reading(f"4:05 PM {zone}")[2] for zone in ("GMT+5:30", "UTC+3", "GMT", "+0100")] == [
        "+0530", "+0300", "GMT", "+0100"]


def test_ap_stamp_with_an_offset_language_switch_and_a_contributor_from_a_city():
    # AP's page as copied: "Updated 6:12 PM GMT+3, June 20, 2024" (the clock's offset before the date) is the stamp,
    # "Leer en español" the page's switch to its Spanish edition, and "... contributed from Lusaka, Zambia." a credit
    a = analysis.load_article(ARTICLES / "ap_offset_stamp_language_switch.txt")
    assert a.published == pd.Timestamp("2024-06-20 15:12", tz="UTC") and a.outlet == "AP"
    assert a.authors == ["Evelyne Musambi", "Tom Odula"] and "Leer en español" in a.boilerplate
    assert a.byline.endswith("contributed from Lusaka, Zambia.") and len(a.paragraphs) == 2


def test_bylines_and_stamps_as_other_pages_copy_them():
    body = ("\n\nThe council voted 8-1 on Thursday to delay the plan, its chair said.\n\nThe mayor said she would "
            "sign it.")

    def load(top):
        return analysis.load_article("Council delays plan\n\n" + top + body)
    # Fox News: the author's photo's name before the byline, the outlet after the name
    a = load("Jane Doe By Jane Doe Fox News\nPublished January 5, 2020 7:51pm EST")
    assert (a.authors, a.outlet, a.published) == (["Jane Doe"], "Fox News", pd.Timestamp("2020-01-05 19:51", tz="America/New_York"))
    # ABC News: the label closed up to the name; NBC News: the update after a slash; The Telegraph: a bullet
    assert load("ByJane Doe\n\nJanuary 5, 2020, 7:51 PM").authors == ["Jane Doe"]
    b = load("Jan. 5, 2020, 7:51 PM UTC / Updated Jan. 6, 2020, 3:05 AM UTC\n\nBy Jane Doe")
    assert b.published == pd.Timestamp("2020-01-05 19:51", tz="UTC") and len(b.paragraphs) == 2
    c = load("By Jane Doe, Reporter\n\n5 January 2020 • 7:51pm")
    assert c.published == pd.Timestamp("2020-01-05 19:51", tz="UTC") and len(c.paragraphs) == 2
    # the outlet after the writers, when nothing else names it; a slash before the agency is no photo credit
    assert load("By Jane Doe, CNN").outlet == "CNN" and load("By Jane Doe, Health Reporter").outlet is None
    d = load("By Zeke Miller / AP")
    assert (d.authors, d.outlet, d.photo_credits) == (["Zeke Miller"], "AP", [])
    # The Times: the writer and the city filed from after a comma; the outlet after the stamp's clock
    e = analysis.load_article(ARTICLES / "times_uk_name_city_stamp_outlet.txt")
    assert e.authors == ["Jane Whitcombe"] and e.outlet == "The Times" and len(e.paragraphs) == 2
    assert e.published == pd.Timestamp("2020-01-06 00:01", tz="Europe/London")


def test_share_menus_follow_buttons_and_an_agencies_byline():
    # the Los Angeles Times's share menu copied a line a label ("Share via", "Close extra sharing options", ...,
    # "Copy Link URL Copied!") is furniture, not paragraphs
    a = analysis.load_article(ARTICLES / "latimes_share_menu.txt")
    assert a.paragraphs[0].startswith("State regulators on Monday") and len(a.paragraphs) == 3
    assert a.published == pd.Timestamp("2020-01-06 15:22", tz="America/Los_Angeles") and a.authors == ["Jane Whitfield"]
    body = ("\n\nThe council voted 8-1 on Thursday to delay the plan, its chair said.\n\nThe mayor said she would "
            "sign it.")
    # Newsweek's follow button under the writer's role
    b = analysis.load_article("Council delays plan\n\nBy Jane Doe\nSenior Writer\n\nFollow\n\nPublished Jan 06, 2020 "
                              "at 3:22 PM EST" + body)
    assert b.boilerplate == ["Follow"] and len(b.paragraphs) == 2
    # the agencies a paper's story is put together from, as its byline (Dawn): no author, no outlet of the paper's
    c = analysis.load_article("Council delays plan\n\nReuters | AFP\n\nPublished January 6, 2020" + body)
    assert (c.byline, c.authors, c.outlet, c.dek) == ("Reuters | AFP", [], None, "")


def test_an_agency_alone_under_the_headline_is_the_byline_not_a_photo_credit():
    body = ("\n\nThe council voted 8-1 on Thursday to delay the plan, its chair said.\n\nThe mayor said she would "
            "sign it.")
    # "AFP" over the stamp: the agency's byline (and the outlet), the stamp the date, no caption
    a = analysis.load_article("Council delays plan\n\nAFP\nJan 6, 2020" + body)
    assert (a.byline, a.outlet, a.captions, a.photo_credits) == ("AFP", "AFP", [], [])
    assert a.published == pd.Timestamp("2020-01-06", tz="Europe/Paris")
    # over a caption line, the agency's name is the photo's credit (the BBC's shape)
    b = analysis.load_article("Council delays plan\n\nBy Jo Roe\n\nReuters\nCouncillors vote on the plan in the town "
                              "hall on Thursday" + body)
    assert (b.captions, b.photo_credits) == (["Councillors vote on the plan in the town hall on Thursday"], ["Reuters"])
    # the agency under the writers' names is theirs, no photo credit (AP's page)
    c = analysis.load_article(ARTICLES / "ap_quake_world_clocks.txt")
    assert c.photo_credits == [] and c.byline.endswith("\nAssociated Press")


def test_an_outlet_with_an_agency_and_a_magazines_report_by_line():
    # Le Monde's English edition: "Le Monde with AFP" is the byline (the paper, the agency it drew on) and the stamp
    # names the clock's city in parentheses
    a = analysis.load_article(ARTICLES / "lemonde_outlet_with_agency.txt")
    assert (a.byline, a.authors, a.outlet) == ("Le Monde with AFP", [], "Le Monde")
    assert a.published == pd.Timestamp("2023-04-14 18:28", tz="Europe/Paris") and len(a.paragraphs) == 2
    body = ("\n\nThe council voted 8-1 on Thursday to delay the plan, its chair said.\n\nThe mayor said she would "
            "sign it.")
    # Euronews: "By Euronews with AP", its two stamps set apart by a bullet; Der Spiegel: "A DER SPIEGEL Report by ..."
    b = analysis.load_article("Council delays plan\n\nBy Euronews with AP\nPublished on 06/01/2020 - 15:22•Updated "
                              "06/01/2020 - 17:10" + body)
    assert (b.outlet, b.published) == ("Euronews", pd.Timestamp("2020-01-06 15:22", tz="Europe/Paris"))
    c = analysis.load_article("Council delays plan\n\nA DER SPIEGEL Report by Jane Doe\n06.01.2020, 15.22 Uhr" + body)
    assert (c.authors, c.outlet, c.dek) == (["Jane Doe"], "Der Spiegel", "")
