"""Hostile inputs: every failure is clear, nothing is lost, nothing is injected.

Each hostile input is built at test time (no committed binaries) and has one asserted outcome: it loads (with the
warning named here, or silently when the input is fine), or it raises ``CorpusError`` / ``ParameterError`` whose
message names the file or parameter and says what to do. Never a bare traceback from inside a library.

Counts of what is tried: ``python -m pytest --collect-only -q tests/test_bad_input.py`` lists one test id per fixed
hostile input; the hypothesis tests add generated ones (``max_examples`` below).
"""
from __future__ import annotations

import hashlib
import importlib
import json
import os
import re
import shutil
import stat
import tracemalloc
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import analysis
from analysis import CorpusError, ParameterError
from analysis.corpus import normalize
from conftest import ROOT, SEED_ID, SEEDS

BODY = "The council approved the budget on Tuesday after a long debate about the city's transit plans."
SMART = "“It was a mistake,” the official said — it’s over."


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def load(path_or_text, **kwargs):
    """Load one article; return it with the messages of every warning raised on the way."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        article = analysis.load_article(path_or_text, **kwargs)
    return article, [str(w.message) for w in caught]


def load_folder(folder: Path, **kwargs):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = analysis.load_corpus(folder, **kwargs)
    return corpus, [str(w.message) for w in caught]


def png_bytes() -> bytes:
    """A real (1x1) PNG image, made with matplotlib: what a browser's "save image" gives."""
    import io

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=(0.1, 0.1), dpi=10)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    plt.close(fig)
    return buffer.getvalue()


# ------------------------------------------------------------------------------------------------- files: refused

REFUSED_FILES = {
    # name: (bytes, words the CorpusError must hold besides the file's path)
    "empty": (b"", ["empty", "put the article's text in it"]),
    "whitespace_only": (b"  \n\t\r\n   \n", ["empty"]),
    "unicode_whitespace_only": ("\u00a0\u200b\n\ufeff\u3000\n\u2029".encode(), ["empty"]),
    "png_renamed_txt": (None, ["binary file", "save the article as plain text"]),  # filled in by png_bytes()
    "pdf_renamed_txt": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", ["binary file"]),
    "gzip_renamed_txt": (b"\x1f\x8b\x08\x00" + bytes(64), ["binary file"]),
    "mostly_nul_bytes": (b"\x00\x01\x02\x03" * 200 + b"text", ["binary data", "NUL"]),
}


@pytest.mark.parametrize("kind", list(REFUSED_FILES))
def test_refused_file_names_itself_and_says_what_to_do(tmp_path, kind):
    data, words = REFUSED_FILES[kind]
    path = write(tmp_path, f"{kind}.txt", png_bytes() if data is None else data)
    with pytest.raises(CorpusError) as info:
        load(path)
    message = str(info.value)
    assert str(path) in message
    for word in words:
        assert word in message, (word, message)


# ---------------------------------------------------------------------------------------------- files: decoded

ARTICLE = f"Council Passes Budget\n\nBy Jane Doe\n\n{SMART}\n\n{BODY}\n"  # a byline: no line is read as the dek
ARTICLE_PARAGRAPHS = [SMART, BODY]


@pytest.mark.parametrize("kind, data, warning", [
    ("utf16_le_without_bom", ARTICLE.encode("utf-16-le"), "UTF-16 without a byte-order mark"),
    ("utf16_be_without_bom", ARTICLE.encode("utf-16-be"), "UTF-16 without a byte-order mark"),
    ("utf16_with_bom", ARTICLE.encode("utf-16"), None),
    ("utf8_with_bom", b"\xef\xbb\xbf" + ARTICLE.encode(), None),
    ("cp1252_smart_quotes", ARTICLE.encode("cp1252"), "decoded as cp1252"),
    ("mixed_crlf_lf", ARTICLE.replace("\n\n", "\r\n\r\n", 1).replace(f"{SMART}\n", f"{SMART}\r\n").encode(), None),
    ("crlf_only", ARTICLE.replace("\n", "\r\n").encode(), None),
    ("old_mac_cr", ARTICLE.replace("\n", "\r").encode(), None),
    ("tabs_and_trailing_spaces", ARTICLE.replace("\n\n", "  \t\n\t\n", 1).encode(), None),
    ("unicode_line_separators", ARTICLE.replace("\n\n", "\u2029").encode(), None),
])
def test_decoded_file_gives_the_same_article(tmp_path, kind, data, warning):
    article, warned = load(write(tmp_path, f"{kind}.txt", data))
    assert article.headline == "Council Passes Budget"
    assert article.paragraphs == ARTICLE_PARAGRAPHS  # smart quotes and dashes stay as written
    assert article.authors == ["Jane Doe"] and article.dek == ""
    assert not any("\r" in p for p in article.paragraphs)
    if warning is None:
        assert warned == []
    else:
        assert len(warned) == 1 and warning in warned[0] and str(tmp_path) in warned[0]


def test_latin1_file_is_decoded_with_a_warning(tmp_path):
    text = "Café Reopens in São Paulo\n\nThe café reopened on Monday, a señor told the Ñandú Gazette.\n"
    article, warned = load(write(tmp_path, "latin1.txt", text.encode("latin-1")))
    assert article.headline == "Café Reopens in São Paulo"
    assert article.paragraphs == ["The café reopened on Monday, a señor told the Ñandú Gazette."]
    assert len(warned) == 1 and "not UTF-8; decoded as" in warned[0] and "Re-save it as UTF-8" in warned[0]


def test_sparse_nul_bytes_are_removed_with_a_warning(tmp_path):
    data = f"Council Passes Budget\n\nBy Jane Doe\n\nThe council\x00 approved\x00 the budget.\n\n{BODY}\n".encode()
    article, warned = load(write(tmp_path, "nul.txt", data))
    assert article.paragraphs == ["The council approved the budget.", BODY]
    assert all("\x00" not in p for p in [article.headline, *article.paragraphs])
    assert warned == [f"{tmp_path / 'nul.txt'}: removed NUL bytes from the text"]


def test_html_page_saved_as_txt_is_stripped_with_a_warning(tmp_path):
    page = ("<!DOCTYPE html><html><head><title>Site</title><style>p{color:red}</style>"
            "<script>document.cookie</script></head><body><nav><a href='/'>Home</a></nav>"
            "<h1>Council Passes Budget</h1><div class=byline>By Jane Doe</div><p onclick=\"alert(1)\">The council approved the budget, "
            "AT&amp;T said, and 5 &lt; 6.</p><p>It printed &amp;lt;b&amp;gt; literally.</p>"
            "<script>steal()</script></body></html>")
    article, warned = load(write(tmp_path, "page.txt", page))
    assert len(warned) == 1 and "looks like an HTML page; tags were stripped" in warned[0]
    assert "page.txt" in warned[0]
    assert article.headline == "Council Passes Budget"
    # tags are not text; entities are decoded exactly once (the page showed "&lt;b&gt;", so does the body)
    assert article.paragraphs == ["The council approved the budget, AT&T said, and 5 < 6.",
                                  "It printed &lt;b&gt; literally."]
    everything = " ".join(text for _, text in article.layout)
    assert "cookie" not in everything and "steal" not in everything and "color:red" not in everything
    assert "onclick" not in everything and "<p" not in everything


def test_file_with_only_a_headline_loads_with_a_warning(tmp_path):
    article, warned = load(write(tmp_path, "headline.txt", "Council Passes Budget After Long Debate\n"))
    assert article.headline == "Council Passes Budget After Long Debate"
    assert article.paragraphs == [] and article.body == ""
    assert len(warned) == 1 and "only a headline, no body paragraphs" in warned[0] and "headline.txt" in warned[0]


def test_file_with_only_page_furniture_loads_with_a_warning(tmp_path):
    article, warned = load(write(tmp_path, "furniture.txt", "Advertisement\n\nBy Taboola\n\nSign up for our newsletter\n"))
    assert article.headline == "" and article.paragraphs == []
    assert article.boilerplate == ["Advertisement", "By Taboola", "Sign up for our newsletter"]
    assert len(warned) == 1 and "only page furniture" in warned[0]


def long_paragraph() -> str:
    words = "the council voted again and the mayor said nothing while the crowd waited outside city hall".split()
    text, i = [], 0
    while sum(len(w) + 1 for w in text) < 20_000:
        text.append(words[i % len(words)])
        i += 1
    return " ".join(text)[:20_000].rstrip()


def test_twenty_thousand_characters_without_punctuation_is_one_paragraph(tmp_path):
    paragraph = long_paragraph()
    assert len(paragraph) >= 19_990 and not re.search(r"[.!?,;:]", paragraph)
    article, warned = load(write(tmp_path, "long.txt", paragraph + "\n"))
    assert article.headline == "" and article.paragraphs == [paragraph] and warned == []


UNBALANCED = ("Council Passes Budget\n\nBy Jane Doe\n\n“We will not raise taxes, the mayor said on Tuesday.\n\n"
              "Critics answered that the plan” was \"unrealistic and ‘late.\n\n"
              "“Nobody asked us,” a resident said. ”Nobody.\n")


def test_unbalanced_quote_marks_load_as_written(tmp_path):
    article, warned = load(write(tmp_path, "quotes.txt", UNBALANCED))
    assert article.headline == "Council Passes Budget" and warned == []
    assert article.paragraphs == ["“We will not raise taxes, the mayor said on Tuesday.",
                                  "Critics answered that the plan” was \"unrealistic and ‘late.",
                                  "“Nobody asked us,” a resident said. ”Nobody."]


# ------------------------------------------------------------------------------- files: size (bounded memory)

def test_fifty_megabyte_file_is_refused_in_bounded_memory(tmp_path):
    path = tmp_path / "huge.txt"
    line = (BODY + "\n\n").encode()
    with open(path, "wb") as handle:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    assert path.stat().st_size > 50 * 1024 * 1024
    good = write(tmp_path, "good.txt", ARTICLE)
    tracemalloc.start()
    try:
        with pytest.raises(CorpusError) as info:
            analysis.load_article(path)
        with pytest.warns(UserWarning, match="huge.txt.*max_bytes"):
            corpus = analysis.load_corpus(tmp_path, errors="skip")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    message = str(info.value)
    assert str(path) in message and "10,000,000 bytes (max_bytes)" in message and "raise the limit" in message
    assert corpus.ids == ["good"] and corpus["good"].source == str(good)
    assert peak < 5 * 1024 * 1024, f"refusing a 50 MB file took {peak:,} bytes"  # never read into memory


def test_size_limit_is_settable_per_call_and_per_session(tmp_path, monkeypatch):
    path = write(tmp_path, "a.txt", ARTICLE * 20)
    size = path.stat().st_size
    with pytest.raises(CorpusError, match=rf"limit of {size - 1:,} bytes \(max_bytes\)"):
        analysis.load_article(path, max_bytes=size - 1)
    assert analysis.load_article(path, max_bytes=size).headline == "Council Passes Budget"
    monkeypatch.setattr(analysis.corpus, "MAX_BYTES", size - 1)
    with pytest.raises(CorpusError, match="analysis.corpus.MAX_BYTES"):
        analysis.load_corpus(tmp_path)
    monkeypatch.setattr(analysis.corpus, "MAX_BYTES", size)
    assert analysis.load_corpus(tmp_path).ids == ["a"]


def test_oversize_metadata_is_refused_too(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "metadata.csv", "id,outlet\na,Paper\n" + "# padding\n" * 200)
    with pytest.raises(CorpusError, match=r"metadata.csv: .* bytes \(max_bytes\)"):
        analysis.load_corpus(tmp_path, max_bytes=500)


# ------------------------------------------------------------------------------ files: the corpus folder itself

def test_symlink_outside_the_corpus_is_not_followed(tmp_path):
    secret = write(tmp_path, "secret.txt", "Private Notes\n\nNot part of the corpus; must not be read by default.\n")
    folder = tmp_path / "corpus"
    folder.mkdir()
    write(folder, "a.txt", ARTICLE)
    (folder / "leak.txt").symlink_to(secret)
    (folder / "metadata.csv").symlink_to(write(tmp_path, "elsewhere.csv", "id,outlet\na,Stolen\n"))
    corpus, warned = load_folder(folder)
    assert corpus.ids == ["a"] and corpus["a"].outlet is None
    assert any("leak.txt: a symlink to a file outside the corpus folder; skipped" in w for w in warned)
    assert any("metadata.csv: a symlink to a file outside the corpus folder; ignored" in w for w in warned)
    corpus, _ = load_folder(folder, follow_symlinks=True)
    assert corpus.ids == ["a", "leak"] and corpus["a"].outlet == "Stolen"


def test_symlink_inside_the_corpus_is_read(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    corpus, warned = load_folder(tmp_path)
    assert corpus.ids == ["a", "b"] and warned == []


@pytest.mark.parametrize("kind", ["folder", "named_pipe", "dangling_link"])
def test_entries_that_are_not_regular_files_are_skipped_never_opened(tmp_path, kind):
    write(tmp_path, "a.txt", ARTICLE)
    odd = tmp_path / "odd.txt"
    if kind == "folder":
        odd.mkdir()
    elif kind == "named_pipe":
        os.mkfifo(odd)  # opening it would block forever
    else:
        odd.symlink_to(tmp_path / "gone.txt")
    corpus, warned = load_folder(tmp_path)
    assert corpus.ids == ["a"]
    assert any("odd.txt: not a regular file" in w for w in warned)
    with pytest.raises(CorpusError, match="odd.txt: no such article file"):
        analysis.load_article(odd)


@pytest.mark.parametrize("name, data, words", [
    ("deep.json", "[" * 100_000 + "]" * 100_000, ["nested too deeply"]),
    ("deep.jsonl", "[" * 100_000 + "]" * 100_000 + "\n", ["line 1", "nested too deeply"]),
    ("broken.json", '{"text": "Headline\\n\\nBody', ["not valid JSON"]),
    ("number.json", "42", ["must be an object"]),
    ("null.json", "null", ["must be an object"]),
    ("no_text.json", '{"id": "x", "title": "Headline"}', ["needs 'text'"]),
    ("epoch.json", json.dumps({"id": "e", "text": ARTICLE, "published": 1578268800}), ["is a number, not a date"]),
    ("path_id.json", json.dumps({"id": "../../etc/cron.d/x", "text": ARTICLE}), ["not a plain name", "never a path"]),
    ("object_id.json", json.dumps({"id": {"a": 1}, "text": ARTICLE}), ["an id is a string"]),
    ("python_tag.md", "---\nid: x\npublished: !!python/object/apply:os.system ['touch {marker}']\n---\n" + ARTICLE,
     ["YAML front matter cannot be read"]),
    ("list_front_matter.md", "---\n- a\n- b\n---\n" + ARTICLE, ["front matter must be key: value pairs"]),
    ("hidden_id.md", "---\nid: .cache\n---\n" + ARTICLE, ["not a plain name"]),
])
def test_bad_structured_files_are_refused(tmp_path, name, data, words):
    marker = tmp_path / "pwned"
    path = write(tmp_path, name, data.replace("{marker}", str(marker)))
    with pytest.raises(CorpusError) as info:
        load(path)
    assert str(path) in str(info.value)
    for word in words:
        assert word in str(info.value)
    assert not marker.exists()  # the YAML tag was never constructed, let alone run


def test_upper_case_suffixes_are_read_by_their_format(tmp_path):
    write(tmp_path, "rec.JSON", json.dumps({"id": "rec", "headline": "Council Passes Budget", "paragraphs": [BODY]}))
    corpus, warned = load_folder(tmp_path)
    assert corpus["rec"].headline == "Council Passes Budget" and corpus["rec"].paragraphs == [BODY] and warned == []


# ------------------------------------------------------------------------------------------------------ metadata

def corpus_with(tmp_path: Path, metadata: str, *files: str) -> Path:
    for name in files or ("a",):
        write(tmp_path, f"{name}.txt", ARTICLE)
    write(tmp_path, "metadata.csv", metadata)
    return tmp_path


def test_metadata_row_for_a_missing_file(tmp_path):
    corpus_with(tmp_path, "id,outlet\na,Paper\nghost,Paper\n")
    with pytest.raises(CorpusError) as info:
        analysis.load_corpus(tmp_path)
    assert "a row for id 'ghost'" in str(info.value) and "add the file or remove the row" in str(info.value)
    assert "metadata.csv" in str(info.value)
    with pytest.warns(UserWarning, match="a row for id 'ghost'"):
        assert analysis.load_corpus(tmp_path, errors="skip").ids == ["a"]


def test_metadata_duplicate_ids(tmp_path):
    corpus_with(tmp_path, "id,outlet\na,Paper\nb,Other\na,Again\n", "a", "b")
    with pytest.raises(CorpusError, match=r"metadata.csv, line 4: duplicate id 'a'; keep one row per article"):
        analysis.load_corpus(tmp_path)


@pytest.mark.parametrize("value", ["not a date", "now", "today", "2020-13-45", "99999-01-01", "2020-01-06T25:00"])
def test_metadata_unparseable_date(tmp_path, value):
    corpus_with(tmp_path, f"id,published\na,{value}\n")
    with pytest.raises(CorpusError) as info:
        analysis.load_corpus(tmp_path)
    message = str(info.value)
    assert f"published date {value!r} cannot be read" in message and "write it as an ISO date" in message
    assert "a.txt (id a), with its row in" in message and "metadata.csv" in message


@pytest.mark.parametrize("zone", ["Mars/Olympus", "EST5EDT-nope", "../../../../etc/passwd", "/etc/localtime", "Eastern Time"])
def test_metadata_unknown_time_zone(tmp_path, zone):
    corpus_with(tmp_path, "id,published,timezone\n" + f"a,2020-01-06,{zone}\n")
    with pytest.raises(CorpusError) as info:
        analysis.load_corpus(tmp_path)
    assert f"unknown time zone {zone.strip()!r}" in str(info.value) and "IANA name" in str(info.value)


def test_metadata_future_date_loads_with_a_warning(tmp_path):
    corpus_with(tmp_path, "id,published,timezone\na,2999-01-01,Asia/Baghdad\n")
    corpus, warned = load_folder(tmp_path)
    assert corpus["a"].published == pd.Timestamp("2999-01-01", tz="Asia/Baghdad")
    assert [w for w in warned if "published date 2999-01-01 is in the future; check metadata" in w]


def test_metadata_extra_columns_are_kept(tmp_path):
    corpus_with(tmp_path, "id,outlet,desk,priority\na,Paper,Metro,1\n")
    corpus, warned = load_folder(tmp_path)
    assert corpus["a"].extra == {"desk": "Metro", "priority": "1"} and corpus["a"].outlet == "Paper" and warned == []


def test_metadata_missing_columns_default_to_none(tmp_path):
    corpus_with(tmp_path, "id\na\n")
    a = analysis.load_corpus(tmp_path)["a"]
    assert (a.published, a.published_precision, a.timezone, a.outlet, a.url, a.extra) == (None, None, None, None, None, {})


def test_metadata_short_row_defaults_and_long_row_warns(tmp_path):
    corpus_with(tmp_path, "id,outlet,url\na\nb,Paper,https://example.com/b,surplus\n", "a", "b")
    corpus, warned = load_folder(tmp_path)
    assert corpus["a"].outlet is None and corpus["b"].url == "https://example.com/b"
    assert any("metadata.csv, line 3: more values than columns" in w and "'surplus'" in w for w in warned)


def test_metadata_saved_by_a_spreadsheet(tmp_path):
    """Excel: UTF-8 BOM, CRLF, quoted fields with commas; and cp1252 with a warning."""
    corpus_with(tmp_path, "\ufeffid,outlet,timezone\r\na,\"Paper, The\",Europe/Paris\r\n")
    assert analysis.load_corpus(tmp_path)["a"].outlet == "Paper, The"
    write(tmp_path, "metadata.csv", "id,outlet\r\na,Le Monde — édition\r\n".encode("cp1252"))
    corpus, warned = load_folder(tmp_path)
    assert corpus["a"].outlet == "Le Monde — édition" and any("decoded as cp1252" in w for w in warned)


@pytest.mark.parametrize("metadata, words", [
    ("outlet,url\nPaper,\n", "needs a header row with an 'id' column"),
    ("", "the file is empty"),
    ("id,outlet\n,Paper\n", "line 2: the id is empty"),
])
def test_metadata_without_ids_is_refused(tmp_path, metadata, words):
    corpus_with(tmp_path, metadata)
    with pytest.raises(CorpusError, match="metadata.csv") as info:
        analysis.load_corpus(tmp_path)
    assert words in str(info.value)


def test_metadata_binary_file_is_refused_or_skipped(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "metadata.csv", png_bytes())
    with pytest.raises(CorpusError, match="metadata.csv: this is a binary file"):
        analysis.load_corpus(tmp_path)
    with pytest.warns(UserWarning, match="metadata ignored"):
        assert analysis.load_corpus(tmp_path, errors="skip").ids == ["a"]


# ---------------------------------------------------------------------------------------------------- parameters

def params(**changes):
    base = {"corpus_dir": "seeds", "article_id": SEED_ID, "output_dir": "figures", "fig_format": "png",
            "analysis": analysis}
    base.update(changes)
    return base


@pytest.mark.parametrize("changes, words", [
    ({"nonexistent": 1}, ["unknown parameter(s) 'nonexistent'", "this notebook takes"]),
    ({"artcle_id": "x"}, ["unknown parameter(s) 'artcle_id'", "did you mean 'artcle_id' -> 'article_id'"]),
    ({"Output_Dir": "out"}, ["unknown parameter(s) 'Output_Dir'"]),
    ({"article_id": 12}, ["'article_id' must be str", "not int 12", "pass string ids with -r"]),
    ({"article_id": None}, ["'article_id' must be str", "not NoneType"]),
    ({"corpus_dir": ["seeds"]}, ["'corpus_dir' must be str", "not list"]),
    ({"output_dir": 3.5}, ["'output_dir' must be str", "not float"]),
    ({"fig_format": True}, ["'fig_format' must be str", "not bool"]),
    ({"fig_format": "exe"}, ["'fig_format' must be one of png, svg"]),
    ({"article_id": "../seeds/" + SEED_ID}, ["'article_id'", "never a path"]),
    ({"article_id": "../../etc/passwd"}, ["'article_id'", "never a path"]),
    ({"article_id": "/etc/passwd"}, ["'article_id'", "never a path"]),
    ({"article_id": str(SEEDS / SEED_ID)}, ["'article_id'", "never a path"]),
    ({"article_id": "..\\..\\windows"}, ["'article_id'", "never a path"]),
    ({"article_id": ".."}, ["'article_id'", "never a path"]),
    ({"article_id": ""}, ["'article_id'", "never a path"]),
    ({"article_id": SEED_ID + "\x00.txt"}, ["'article_id'", "never a path"]),
    ({"article_id": "no_such_article"}, ["no article 'no_such_article'", SEED_ID]),
    ({"corpus_dir": "nowhere"}, ["'corpus_dir'", "is not a folder"]),
    ({"corpus_dir": "Makefile"}, ["'corpus_dir'", "is not a folder"]),
    ({"output_dir": "seeds"}, ["'output_dir'", "inside the corpus folder"]),
    ({"output_dir": "seeds/../seeds/figures"}, ["'output_dir'", "inside the corpus folder"]),
])
def test_bad_parameters_are_named(changes, words):
    with pytest.raises(ParameterError) as info:
        analysis.validate_parameters(params(**changes))
    for word in words:
        assert word in str(info.value), (word, str(info.value))


@pytest.mark.parametrize("where", ["under_a_file", "is_a_file", "link_into_corpus"])
def test_output_folder_that_cannot_be_written(tmp_path, where):
    """Tests run as root, so permissions cannot make a folder unwritable: a regular file in the way does."""
    blocker = write(tmp_path, "a-file", "x")
    if where == "under_a_file":
        target, words = blocker / "figures", "cannot write to"
    elif where == "is_a_file":
        target, words = blocker, "cannot write to"
    else:
        target, words = tmp_path / "link", "inside the corpus folder"
        target.symlink_to(SEEDS)
    with pytest.raises(ParameterError) as info:
        analysis.validate_parameters(params(output_dir=str(target)))
    assert "'output_dir'" in str(info.value) and words in str(info.value)
    assert blocker.read_text() == "x"


# ------------------------------------------------------------------------------------------------- hypothesis: loader

LOADER_EXAMPLES = 120


@settings(max_examples=LOADER_EXAMPLES, deadline=None)
@given(st.text(max_size=400))
def test_any_unicode_text_loads_or_is_refused_clearly(text):
    """No crash on any text; what loads is lossless (every non-blank line's words land in the layout)."""
    source = text + "\n"  # always text, never taken for a path
    try:
        article, _ = load(source)
    except CorpusError as error:
        assert "<text>" in str(error)
        return
    assert article.body == "\n\n".join(article.paragraphs)
    assert all(part in analysis.corpus.PARTS for part, _ in article.layout)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        normalized = normalize(source)
    if not analysis.corpus._looks_like_html(normalized):
        expected = " ".join(" ".join(line.split()) for line in normalized.split("\n") if line.strip())
        assert " ".join(" ".join(t for _, t in article.layout).split()) == " ".join(expected.split())


@settings(max_examples=LOADER_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=600), st.text(max_size=200).map(lambda t: t.encode("utf-16-le")),
                      st.text(max_size=200).map(lambda t: t.encode("cp1252", errors="ignore"))),
       suffix=st.sampled_from([".txt", ".md", ".json", ".jsonl"]))
def test_any_bytes_load_or_are_refused_clearly(tmp_path_factory, data, suffix):
    folder = tmp_path_factory.mktemp("bytes")
    path = write(folder, "x" + suffix, data)
    try:
        load(path)
    except CorpusError as error:
        assert str(path) in str(error)


# --------------------------------------------------------------------------------------------- extractors

#: Every extractor named in the shared contract; the ones not built yet are skipped until they land.
EXTRACTORS = [("timeline", "time_expressions"), ("timeline", "events"), ("voices", "quotes"), ("voices", "sources"),
              ("actors", "actors"), ("actors", "mentions"), ("claims", "claims")]
#: The column holding the span text, by extractor (default ``text``).
SPAN_COLUMN = {"quotes": "quote"}
#: Extractors that fail a property: name -> reason (reported to their owners; strict, so a fix is noticed).
KNOWN_FAILURES: dict[str, str] = {}


def _extractor(module: str, name: str):
    try:
        return getattr(importlib.import_module(f"analysis.{module}"), name)
    except (ImportError, AttributeError):
        return None


def extractor_params():
    out = []
    for module, name in EXTRACTORS:
        marks = []
        if _extractor(module, name) is None:
            marks.append(pytest.mark.skip(reason=f"analysis.{module}.{name} is not built yet"))
        elif name in KNOWN_FAILURES:
            marks.append(pytest.mark.xfail(reason=KNOWN_FAILURES[name], strict=True))
        out.append(pytest.param(module, name, marks=marks, id=name))
    return out


def part_text(article, part: str, index: int) -> str:
    if part == "body":
        return article.body
    if part == "caption":
        return article.captions[index]
    return {"headline": article.headline, "dek": article.dek}[part]


def check_rows(article, frame: pd.DataFrame, name: str) -> None:
    """Row conventions: ``start``/``end`` index the part's text and slice out the row's span; body rows sit in the
    paragraph their offset falls in."""
    assert isinstance(frame, pd.DataFrame)
    if not {"start", "end"} <= set(frame.columns):
        return  # a table of people or sources: no offsets
    column = SPAN_COLUMN.get(name, "text")
    assert column in frame.columns, f"{name}: no {column!r} column"
    for row in frame.itertuples(index=False):
        row = row._asdict()
        part = row.get("part", "body")
        index = int(row.get("paragraph", 0)) if part == "caption" else 0
        text = part_text(article, part, index)
        start, end = int(row["start"]), int(row["end"])
        assert 0 <= start <= end <= len(text), (name, part, start, end, len(text))
        assert text[start:end] == row[column], (name, part, text[start:end], row[column])
        if part == "body" and "paragraph" in row:
            assert int(row["paragraph"]) == article.paragraph_at(start), (name, row["paragraph"], start)


NEWS_LINES = st.sampled_from([
    "Council Passes Budget", "By Jane Doe", "BAGHDAD (Reuters) - The parliament voted on Sunday.",
    "“We are not leaving,” the general said on Monday.", "He said: “It was a mistake", "”Nobody,” she said.",
    "Officials denied the report on Jan. 5, 2020, at 3 p.m. local time.", "‘Nested “quote” here,’ she said.",
    "\"Straight quotes,\" Defense Secretary John Roe told reporters last week.", "The ministry denied it.",
    "Two days later, the mayor, who declined to comment, resigned.", "- a bullet point", "Advertisement",
    "Sen. Ann Lee (D-Ill.) said the plan was “dead on arrival” and Lee’s aides agreed.", "“", "”", "\"", "’",
    "Officials meet on Jan. 5, 2020. Jane Doe/Getty Images", "It happened in 1999 or maybe the 1990s, sources said.",
])
ARTICLE_TEXT = st.lists(st.tuples(st.one_of(NEWS_LINES, st.text(max_size=60)), st.sampled_from(["\n", "\n\n", " "])),
                        min_size=1, max_size=12).map(lambda parts: "".join(a + b for a, b in parts) + "\n")
PUBLISHED = st.sampled_from([{}, {"published": "2020-01-06", "timezone": "America/New_York"},
                              {"published": "2021-06-01T23:30:00+00:00", "timezone": "Asia/Baghdad"}])
#: spaCy is slow on shared cores: 30 generated articles per extractor by default; BAD_INPUT_EXAMPLES=300 to hunt.
EXTRACTOR_EXAMPLES = int(os.environ.get("BAD_INPUT_EXAMPLES", 30))


@pytest.mark.parametrize("module, name", extractor_params())
def test_extractor_on_any_text(module, name):
    extractor = _extractor(module, name)

    @settings(max_examples=EXTRACTOR_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(ARTICLE_TEXT, PUBLISHED)
    def run(text, published):
        try:
            article, _ = load(text, **published)
        except CorpusError:
            assume(False)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no publication date" and the like: expected on generated text
            frame = extractor(article)
        check_rows(article, frame, name)

    run()


HOSTILE_ARTICLES = {
    "long_unpunctuated": lambda: long_paragraph(),
    "unbalanced_quotes": lambda: UNBALANCED,
    "only_headline": lambda: "Council Passes Budget After Long Debate\n",
    "only_furniture": lambda: "Advertisement\n\nBy Taboola\n\nSign up for our newsletter\n",
    "quote_marks_only": lambda: "Council Passes Budget\n\n“ ” ‘ ’ \" ' « » „ “\n\n”“”“”“\n",
    "control_and_odd_characters": lambda: "Head\u200bline\n\nA\u0301 b\ufeffc \U0001F600 \u202e said “x\x07y” on Monday.\n",
}


@pytest.mark.parametrize("module, name", extractor_params())
@pytest.mark.parametrize("kind", list(HOSTILE_ARTICLES))
def test_extractor_on_hostile_articles(module, name, kind):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = analysis.load_article(HOSTILE_ARTICLES[kind](), id=kind, published="2020-01-06", timezone="UTC")
        frame = _extractor(module, name)(article)
    check_rows(article, frame, name)


# ------------------------------------------------------------------------------------------------- nothing lost

def checksums(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def entries(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


#: An article written to break out of HTML: in the headline, the byline, a quote, and the metadata row.
EVIL_ID = "evil"
EVIL = ('<script>alert("headline")</script> Council Passes Budget\n\nBy Jane <img src=x onerror=alert(1)> Doe\n\n'
        "“<b>We</b> will not raise taxes,” the mayor said on Tuesday. </textarea><script>alert(2)</script>\n\n"
        f"{BODY} Fees & fares rose.\n")
EVIL_ROW = f"{EVIL_ID},2020-01-07,UTC,<i>Evil Outlet</i>,javascript:alert(3)\n"
RAW_MARKUP = ["<script>alert(", "<img src=x", "<b>We</b>", "<i>Evil Outlet</i>", "</textarea><script>",
              'href="javascript:', "href='javascript:", 'src="javascript:']


def test_read_only_corpus_is_never_written_and_its_text_is_escaped(tmp_path):
    """Load and render every notebook on a read-only copy of the corpus (the seed plus an article made of markup):
    not a byte of the copy (or of seeds/) changes, no file appears in it, every notebook renders, and the markup
    reaches the rendered pages and SVGs as text, never as tags.

    Tests run as root, where a read-only mode does not stop a write; the checksums and the listing do."""
    from analysis.render import render

    copy = tmp_path / "corpus"
    shutil.copytree(SEEDS, copy)
    write(copy, f"{EVIL_ID}.txt", EVIL)
    with open(copy / "metadata.csv", "a", encoding="utf-8") as handle:
        handle.write(EVIL_ROW)
    for path in [copy, *copy.rglob("*")]:
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    before, listing, seeds_before = checksums(copy), entries(copy), checksums(SEEDS)
    modes = {p: p.stat().st_mode for p in [copy, *copy.rglob("*")]}
    out = tmp_path / "out"
    try:
        corpus = analysis.load_corpus(copy)
        assert corpus.ids == [*analysis.load_corpus(SEEDS).ids, EVIL_ID]
        assert corpus[EVIL_ID].headline.startswith('<script>alert("headline")</script>')  # text kept as written
        results = render(parameters={"corpus_dir": str(copy)}, output_dir=str(out), workers=1, progress=False)
        assert results and all(r.ok for r in results), [(r.notebook, r.error) for r in results if not r.ok]
        assert checksums(copy) == before and entries(copy) == listing
        assert {p: p.stat().st_mode for p in [copy, *copy.rglob("*")]} == modes
        assert checksums(SEEDS) == seeds_before
    finally:
        for path in [copy, *copy.rglob("*")]:
            path.chmod(path.stat().st_mode | stat.S_IWUSR)
    pages = {p.name: p.read_text(encoding="utf-8") for p in sorted(out.rglob("*")) if p.suffix in (".html", ".svg")}
    assert pages and all(Path(r.html).is_relative_to(out) for r in results)
    assert {name: [m for m in RAW_MARKUP if m in text] for name, text in pages.items()} == {name: [] for name in pages}
    shown = "\n".join(pages.values())
    assert "&lt;script&gt;alert(" in shown and "&lt;i&gt;Evil Outlet&lt;/i&gt;" in shown  # it got there, as text


# ---------------------------------------------------------------------------------------------- nothing injected

#: Calls that would run, or unpickle, data from a corpus or a parameter. ``ast.literal_eval`` reads literals only.
DANGEROUS = {
    "eval(": re.compile(r"(?<![\w.])eval\s*\(|\.eval\s*\("),
    "exec(": re.compile(r"(?<![\w.])exec\s*\("),
    "pickle": re.compile(r"\b(?:c?pickle|dill|cloudpickle|marshal|shelve)\b|read_pickle|to_pickle"),
    "yaml.load( without SafeLoader": re.compile(r"yaml\.(?:load|load_all|unsafe_load|full_load)\s*\((?![^)]*SafeLoader)"),
    "compile()": re.compile(r"(?<![\w.])compile\s*\("),
    "__import__": re.compile(r"__import__\s*\("),
    "shell=True / os.system": re.compile(r"shell\s*=\s*True|os\.system\s*\(|os\.popen\s*\("),
    "DataFrame.query": re.compile(r"\.query\s*\("),
}


def test_no_eval_exec_or_pickle_in_the_package():
    found = []
    for path in sorted((ROOT / "analysis").rglob("*.py")):
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            code = line.split("#", 1)[0]
            for what, pattern in DANGEROUS.items():
                if pattern.search(code):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {what}: {line.strip()}")
    assert found == []


def test_the_dangerous_patterns_do_catch_what_they_mean():
    hits = {what: [s for s in ("eval(x)", "df.eval('a+b')", "exec(code)", "import pickle", "pd.read_pickle(p)",
                               "yaml.load(s)", "yaml.load(s, Loader=yaml.SafeLoader)", "compile(src, 'f', 'exec')",
                               "ast.literal_eval(t)", "re.compile(r'x')", "executor.submit()", "subprocess.run(a, shell=True)",
                               "frame.query(expr)")
                   if pattern.search(s)] for what, pattern in DANGEROUS.items()}
    assert hits == {
        "eval(": ["eval(x)", "df.eval('a+b')"], "exec(": ["exec(code)"], "pickle": ["import pickle", "pd.read_pickle(p)"],
        "yaml.load( without SafeLoader": ["yaml.load(s)"], "compile()": ["compile(src, 'f', 'exec')"], "__import__": [],
        "shell=True / os.system": ["subprocess.run(a, shell=True)"], "DataFrame.query": ["frame.query(expr)"],
    }


def test_a_write_killed_midway_leaves_the_previous_file_whole(tmp_path):
    """A run killed while writing (SIGKILL: no cleanup runs) leaves the published file as it was; the next run
    completes. The kill is made deterministic by the writer killing its own process halfway through the bytes."""
    import subprocess
    import sys

    target = write(tmp_path, "01_corpus.html", "<p>the previous page</p>\n")
    before = checksums(tmp_path)
    script = f"""
import os, pathlib, signal
from analysis import figures
def half_then_die(self, text, *args, **kwargs):
    with open(self, "w", encoding="utf-8") as handle:
        handle.write(text[: len(text) // 2])
        handle.flush()
    os.kill(os.getpid(), signal.SIGKILL)
pathlib.Path.write_text = half_then_die
figures.write_text({str(target)!r}, "<p>the new page</p>\\n" * 1000)
"""
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == -9, run.stderr
    published = {name: digest for name, digest in checksums(tmp_path).items() if not name.startswith(".")}
    assert published == before
    leftovers = sorted(set(checksums(tmp_path)) - set(published))
    assert all(name.startswith(".01_corpus.html.") and name.endswith(".tmp") for name in leftovers)  # hidden, never served
    from analysis.figures import write_text

    write_text(target, "<p>the new page</p>\n")
    assert target.read_text() == "<p>the new page</p>\n"


@pytest.mark.parametrize("stem, loads", [("-rf", True), ("élection 2024 (draft)", True), ("line\nbreak", False),
                                         ("tab\there", False), ("trailing ", False)])
def test_odd_file_names_load_or_are_named(tmp_path, stem, loads):
    write(tmp_path, f"{stem}.txt", ARTICLE)
    if loads:
        assert analysis.load_corpus(tmp_path).ids == [stem]
        return
    with pytest.raises(CorpusError) as info:
        analysis.load_corpus(tmp_path)
    assert f"id {stem!r} is not a plain name" in str(info.value) and "rename the file" in str(info.value)


@pytest.mark.parametrize("line", ["A-" * 300 + "A", "A.B" * 3000, "Jane Doe/" * 80 + "Getty", "(Photo " * 500,
                                  "By " * 2000 + "Jane Doe", "JAN. 5 " * 1000])
def test_pathological_lines_load_as_text(tmp_path, line):
    """Lines built to make the page-furniture patterns backtrack (a hyphenated run once took minutes in the photo
    credit pattern): they load, as written, as one paragraph (or its credit). A regression shows as a slow test."""
    article, _ = load(write(tmp_path, "odd.txt", f"Council Passes Budget\n\nBy Jane Doe\n\n{line}\n\n{BODY}\n"))
    assert article.headline == "Council Passes Budget" and article.paragraphs[-1] == BODY
    assert " ".join(text for _, text in article.layout).count(line.strip()[:40]) >= 1


def test_documents_the_loader_cannot_read_are_named_in_a_warning(tmp_path):
    # a news database's Word or PDF download beside the text files: skipped, never silently
    (tmp_path / "one.txt").write_text("Council votes\n\nThe council voted on Monday to approve the budget.\n")
    (tmp_path / "export.doc").write_bytes(b"\xd0\xcf\x11\xe0 not text")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 not text")
    with pytest.warns(UserWarning, match=r"2 document\(s\) the loader cannot read were skipped \(export.doc, "
                                         r"scan.pdf\); save each as plain text"):
        corpus = analysis.load_corpus(tmp_path)
    assert corpus.ids == ["one"]



def test_a_word_file_that_is_no_word_document_says_so(tmp_path):
    (tmp_path / "export.docx").write_bytes(b"PK\x03\x04 not a zip archive")
    with pytest.raises(analysis.CorpusError, match=r"export.docx: not a Word document that can be read"):
        analysis.load_article(tmp_path / "export.docx")
