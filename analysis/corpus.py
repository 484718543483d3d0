"""Load articles: raw files (.txt, .md with YAML front matter, .json/.jsonl) into structured ``Article`` objects.

The loader separates what a reader sees as the story (headline, dek, captions, body paragraphs) from what surrounds it
(byline, author blurb, dateline, timestamp line, photo credits, boilerplate), by general newsroom conventions
(``analysis.patterns``). It is lossless: every non-blank line of the source lands in exactly one part, recorded in
``Article.layout``. It never imports spaCy, and it never writes anything.

Metadata precedence (lowest to highest): ``seeds/metadata.csv`` < front matter / JSON record < arguments of
``load_article``.
"""
from __future__ import annotations

import csv
import functools
import html
import html.parser
import io
import json
import os
import re
import unicodedata
import warnings
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import pandas as pd

from . import patterns as P
from .errors import CorpusError

#: File types the loader reads.
SUFFIXES = (".txt", ".md", ".json", ".jsonl", ".html", ".htm", ".mhtml", ".mht", ".docx", ".csv")
#: Files in a corpus folder that are not articles.
NOT_ARTICLES = {"metadata.csv", "readme.md", "readme.txt", "license", "license.txt"}
#: Documents a corpus folder may hold that the loader cannot read (a database's Word or PDF download): skipped with
#: one warning that says how to save them, so that no article is left out unnoticed.
UNREADABLE_DOCUMENTS = (".doc", ".pdf", ".rtf", ".odt", ".pages", ".xlsx", ".xls", ".xml", ".rss", ".epub",
                        ".webarchive")
#: Largest article (or metadata) file read, in bytes. Larger files are refused with a CorpusError before a byte is
#: read; raise the limit per call (``max_bytes=N``) or for the whole session (``analysis.corpus.MAX_BYTES = N``).
MAX_BYTES = 10_000_000
#: Metadata columns the loader understands; any other column is kept in ``Article.extra``.
METADATA_COLUMNS = ("id", "published", "timezone", "outlet", "url")
#: Parts a line can land in (``Article.layout``).
PARTS = ("headline", "dek", "caption", "alt_text", "photo_credit", "byline", "timestamp", "dateline", "body",
         "boilerplate", "masthead", "front_matter")

_DEK_MAX_WORDS = 45
_DEK_PLAIN_MAX_WORDS = 22
_HEADLINE_MAX_WORDS = 30
_WIDGET_LINK_MAX_WORDS = 20
_BINARY_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"\x1f\x8b", b"BM", b"RIFF")
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u3000"), " ")
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u2060\u00ad"), None)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TERMINAL = tuple(".!?:;\"”’)]…")


@dataclass
class Article:
    """One news article, split into the parts a reader sees.

    ``published`` is a tz-aware ``pandas.Timestamp`` (or None); ``published_precision`` says whether the source gave a
    day ("day") or a time ("time"), and ``published_from`` where it came from: "argument" (``load_article``'s own
    argument), "metadata" (``metadata.csv``, front matter or a JSON record), or "page" (the article's timestamp line, read
    only when neither gives a date; its zone abbreviation, "ET", sets ``timezone`` when none is given). ``layout`` lists every non-blank source line with the part it landed in.
    """

    id: str
    headline: str = ""
    dek: str = ""
    captions: list[str] = field(default_factory=list)
    photo_credits: list[str] = field(default_factory=list)
    alt_texts: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    byline: str = ""
    authors: list[str] = field(default_factory=list)
    dateline: str = ""
    timestamp: str = ""
    boilerplate: list[str] = field(default_factory=list)
    published: pd.Timestamp | None = None
    published_precision: str | None = None
    published_from: str | None = None
    timezone: str | None = None
    outlet: str | None = None
    url: str | None = None
    source: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    layout: list[tuple[str, str]] = field(default_factory=list, repr=False)

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def paragraph_starts(self) -> list[int]:
        starts, offset = [], 0
        for paragraph in self.paragraphs:
            starts.append(offset)
            offset += len(paragraph) + 2
        return starts

    def paragraph_at(self, offset: int) -> int:
        """Index into ``paragraphs`` of a character offset into ``body``."""
        return max(0, bisect_right(self.paragraph_starts, offset) - 1)

    def words(self) -> dict[str, int]:
        """Words per part, for the anatomy of the article: headline, dek, captions, body, byline, boilerplate."""
        count = lambda texts: sum(len(t.split()) for t in texts)  # noqa: E731
        return {
            "headline": count([self.headline]),
            "dek": count([self.dek]),
            "captions": count(self.captions + self.photo_credits + self.alt_texts),
            "body": count([self.dateline] + self.paragraphs),
            "byline": count([self.byline, self.timestamp]),
            "boilerplate": count(self.boilerplate),
        }

    def __repr__(self) -> str:
        return f"Article(id={self.id!r}, headline={self.headline[:60]!r}, paragraphs={len(self.paragraphs)})"


class Corpus:
    """An ordered collection of articles: ``len``, iteration, ``corpus[id]``, ``.ids``, ``.to_frame()``."""

    def __init__(self, articles: list[Article], path: str | None = None):
        self._articles = {a.id: a for a in articles}
        self.path = path

    def __len__(self) -> int:
        return len(self._articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self._articles.values())

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._articles

    def __getitem__(self, article_id: str) -> Article:
        try:
            return self._articles[article_id]
        except KeyError:
            raise KeyError(
                f"no article with id {article_id!r} in the corpus at {self.path!r}; ids are file names without "
                f"extension: {', '.join(self.ids[:10])}{' …' if len(self) > 10 else ''}"
            ) from None

    @property
    def ids(self) -> list[str]:
        return list(self._articles)

    def to_frame(self) -> pd.DataFrame:
        """One row per article: id, headline, outlet, published, timezone, authors, words, paragraphs, captions, ..."""
        rows = []
        for a in self:
            words = a.words()
            rows.append({
                "id": a.id,
                "headline": a.headline,
                "outlet": a.outlet,
                "published": a.published,
                "timezone": a.timezone,
                "authors": "; ".join(a.authors),
                "dateline": a.dateline,
                "words": words["body"],
                "paragraphs": len(a.paragraphs),
                "captions": len(a.captions),
                "has_dek": bool(a.dek),
                "boilerplate_lines": len(a.boilerplate),
                "url": a.url,
                "file": Path(a.source).name if a.source else None,
            })
        columns = ["id", "headline", "outlet", "published", "timezone", "authors", "dateline", "words", "paragraphs",
                   "captions", "has_dek", "boilerplate_lines", "url", "file"]
        return pd.DataFrame(rows, columns=columns)

    def __repr__(self) -> str:
        return f"Corpus({len(self)} articles from {self.path!r})"


# --------------------------------------------------------------------------------------------------------- reading


def read_text(path: Path, max_bytes: int | None = None) -> str:
    """Read a file as text: UTF-8 (with or without BOM), UTF-16 (with or without BOM), or a legacy 8-bit encoding
    (cp1252, Latin-1: decoded with a warning). Binary files, empty files and oversize files raise CorpusError."""
    limit = MAX_BYTES if max_bytes is None else max_bytes
    size = path.stat().st_size
    if size > limit:
        raise CorpusError(
            f"{path}: {size:,} bytes is larger than the limit of {limit:,} bytes (max_bytes) for one file; split the "
            f"file, or raise the limit with load_corpus(..., max_bytes=N) / load_article(..., max_bytes=N) or "
            f"analysis.corpus.MAX_BYTES = N"
        )
    with open(path, "rb") as handle:  # read at most limit + 1 bytes: a file that grew since stat() is still bounded
        data = handle.read(size + 1)  # (read(limit + 1) would allocate the whole limit for a small file)
        if len(data) > size:
            data += handle.read(limit + 1 - len(data))
    if len(data) > limit:
        raise CorpusError(f"{path}: larger than the limit of {limit:,} bytes (max_bytes) for one file; split the file "
                          f"or raise the limit")
    return decode(data, str(path))


def decode(data: bytes, name: str = "<text>") -> str:
    """Bytes to text (see ``read_text``); anything that is not text raises CorpusError naming ``name``."""
    try:
        return _decode(data, name)
    except UnicodeDecodeError as error:  # a byte-order mark or UTF-16 guess that the rest of the file contradicts
        raise CorpusError(f"{name}: cannot decode the file as text ({error.reason} at byte {error.start}); it may be "
                          f"binary or damaged. Re-save the article as UTF-8 text") from None


def _decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise CorpusError(f"{name}: the file is empty (or only whitespace); remove it or put the article's text in it")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(_BINARY_MAGIC):
        raise CorpusError(f"{name}: this is a binary file (an image, PDF or archive), not article text; "
                          f"save the article as plain text (.txt), Markdown (.md) or JSON")
    sample = data[:4096]
    nul = sample.count(b"\x00")
    if nul:
        even = sample[0::2].count(b"\x00")
        odd = sample[1::2].count(b"\x00")
        if nul > len(sample) // 4 and (odd > 0.9 * nul or even > 0.9 * nul):  # UTF-16 without a BOM
            text = data.decode("utf-16-le" if odd > even else "utf-16-be", errors="strict")
            warnings.warn(f"{name}: decoded as UTF-16 without a byte-order mark", stacklevel=3)
            return text
        if nul > len(sample) // 20:
            raise CorpusError(f"{name}: the file holds binary data (many NUL bytes), not article text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    encoding = best.encoding if best is not None else None
    if encoding is None or (best.chaos > 0.3):
        raise CorpusError(f"{name}: cannot decode the file as text (not UTF-8, UTF-16 or a known 8-bit encoding); "
                          f"re-save it as UTF-8")
    # cp1252 is a superset of Latin-1's printable range and what Windows saves; prefer it for Western encodings.
    if encoding in ("latin_1", "iso8859_1", "iso8859_15", "cp1250", "cp1252", "windows-1252"):
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, encoding = data.decode("latin-1"), "latin-1"
    else:
        text = str(best)
    warnings.warn(f"{name}: not UTF-8; decoded as {encoding}. Re-save it as UTF-8 to silence this warning", stacklevel=3)
    return text


def normalize(text: str, name: str = "<text>") -> str:
    """Normalize without losing meaning: line endings to LF, BOM and zero-width characters removed, exotic spaces to
    plain spaces, control characters removed, Unicode NFC, trailing spaces stripped. Quote marks stay as written."""
    if "\x00" in text:
        warnings.warn(f"{name}: removed NUL bytes from the text", stacklevel=3)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.translate(_SPACES).translate(_INVISIBLE).replace("\t", " ")
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if _MOJIBAKE_HINT.search(text):
        text = _repair_mojibake(text, name)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


#: Letters that UTF-8 read as cp1252 or Latin-1 leaves behind ("Ã©" for "é", "â€™" for "’", "Ã\x83Â§" for "ç"
#: read wrongly twice): only text with one of them goes to ftfy.
_MOJIBAKE_HINT = re.compile("[ÃÂâÅÄ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
                            "\u02dc\u2013-\u2026\u2030\u2039\u203a\u20ac\u2122]")


def _repair_mojibake(text: str, name: str) -> str:
    """Text decoded with the wrong encoding, once or more, repaired by ftfy's ``fix_encoding`` (which changes nothing
    else: quote marks and spacing stay as written), with a warning naming the file."""
    import ftfy

    fixed = unicodedata.normalize("NFC", ftfy.fix_encoding(text))
    if fixed != text:
        warnings.warn(f"{name}: repaired text decoded with the wrong encoding (mojibake such as 'FranÃ§ois' for "
                      f"'François', 'donâ€™t' for 'don’t'); save the file as UTF-8 to read it as written", stacklevel=4)
    return fixed


#: A character reference left in plain text by a feed or a copy from a page's source ("AT&amp;T", "company&#8217;s").
_ENTITY = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescape_entities(text: str, name: str = "<text>") -> str:
    """Plain text with its HTML character references read ("AT&amp;T" -> "AT&T"), once; an HTML page's parser does
    this itself, so this is for text that is not a page (a .txt, a JSON record's fields)."""
    if "&" not in text or not _ENTITY.search(text):
        return text
    return normalize(_ENTITY.sub(lambda m: html.unescape(m.group()), text), name)


#: Where a saved page states what the article is (the Open Graph and schema.org properties news sites publish):
#: ``<meta>`` names and properties for each field, in order of preference.
HTML_META = {
    "published": ("article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
                  "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "date"),
    "outlet": ("og:site_name", "application-name", "publisher"),
    "url": ("og:url",),
    "author": ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator"),
}


class _HTMLText(html.parser.HTMLParser):
    """The readable text of a page, block by block, and what its ``<meta>``, ``<link rel=canonical>``, ``<time>`` and
    JSON-LD say about the article. Text inside ``<article>`` is kept apart, so a page with one can drop its menus,
    footers and link lists."""
    BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "header", "footer", "section",
             "article", "blockquote", "tr", "title", "ul", "ol", "figure", "aside"}
    SKIP = {"script", "style", "noscript", "template", "svg", "head", "nav"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.article: list[str] = []
        self.headline: list[str] = []
        self.skip = 0
        self.in_article = 0
        self.in_h1 = False
        self.meta: dict[str, str] = {}
        self.times: list[str] = []
        self.json_ld: list[str] = []
        self.in_json_ld = False

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            if key and a.get("content", "").strip():
                self.meta.setdefault(key, a["content"].strip())
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split() and a.get("href"):
            self.meta.setdefault("canonical", a["href"].strip())
        elif tag == "time" and a.get("datetime") and not self.skip:
            self.times.append(a["datetime"].strip())
        elif tag == "script" and "ld+json" in a.get("type", "").lower():
            self.in_json_ld = True
        if tag == "body":
            self.skip = 0  # a <head> left open ends where the body starts
        if tag == "article":
            self.in_article += 1
        if tag == "h1":
            self.in_h1 = True
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self._emit("\n\n")

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_json_ld = False
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self._emit("\n\n")
        if tag == "article":
            self.in_article = max(0, self.in_article - 1)
        if tag == "h1":
            self.in_h1 = False

    def handle_data(self, data):
        if self.in_json_ld:
            self.json_ld.append(data)
        elif not self.skip:
            self._emit(re.sub(r"\s+", " ", data))
            if self.in_h1 and not self.in_article:
                self.headline.append(data)

    def _emit(self, text: str) -> None:
        self.out.append(text)
        if self.in_article:
            self.article.append(text)

    def _json_ld_items(self) -> list[dict]:
        items = []
        for block in self.json_ld:
            try:
                data = json.loads(block)
            except (json.JSONDecodeError, RecursionError):
                continue
            items += [item for item in (data if isinstance(data, list) else data.get("@graph", [data])
                                        if isinstance(data, dict) else []) if isinstance(item, dict)]
        return items

    def json_ld_story(self) -> str:
        """The story as the page's schema.org data states it: headline, description (the dek) and articleBody, one
        part a paragraph block; "" when no item has an articleBody."""
        for item in self._json_ld_items():
            body = item.get("articleBody")
            if isinstance(body, str) and body.strip():
                parts = [str(item.get(key) or "").strip() for key in ("headline", "description")] + [body.strip()]
                return "\n\n".join(part for part in parts if part)
        return ""

    def page_meta(self) -> dict[str, str]:
        """published, outlet and url as the page states them (``HTML_META``, canonical link, JSON-LD, ``<time>``)."""
        found: dict[str, str] = {}
        for field_name, keys in HTML_META.items():
            value = next((self.meta[k] for k in keys if self.meta.get(k)), "")
            if value:
                found[field_name] = value
        for item in self._json_ld_items():
            if item.get("datePublished") and "published" not in found:
                found["published"] = str(item["datePublished"])
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and publisher.get("name") and "outlet" not in found:
                found["outlet"] = str(publisher["name"])
            writers = item.get("author")
            names = [w.get("name") if isinstance(w, dict) else w
                     for w in (writers if isinstance(writers, list) else [writers])]
            names = [str(n).strip() for n in names if isinstance(n, str) and n.strip()]
            kind = item.get("@type")
            story = item.get("articleBody") is not None or any("Article" in str(k) for k in (
                kind if isinstance(kind, list) else [kind]))
            if names and "author" not in found and story:
                found["author"] = ", ".join(names)  # (the story's own item: "author": [{"name": "Jane Roe"}])
        if self.meta.get("canonical"):
            found["url"] = self.meta["canonical"]
        if "published" not in found and self.times:
            found["published"] = self.times[0]
        return found


def _html_text(chunks: list[str]) -> str:
    lines = [line.strip() for line in "".join(chunks).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_page(text: str) -> tuple[str, dict[str, str]]:
    """(readable text, page metadata) of an HTML page. With an ``<article>`` element, its text alone (after the
    page's ``<h1>`` when that sits outside it): menus, footers and link lists around it are not the story."""
    parser = _HTMLText()
    parser.feed(text)
    parser.close()
    article = _html_text(parser.article)
    if len(article.split()) >= 20:
        headline = re.sub(r"\s+", " ", "".join(parser.headline)).strip()
        body = f"{headline}\n\n{article}" if headline and not article.startswith(headline) else article
    else:
        body = _html_text(parser.out)
    stated = parser.json_ld_story()
    if stated and len(body.split()) < len(stated.split()) / 2:
        # a page its scripts fill in, saved before they ran: the story is only in its schema.org data ("headline",
        # "description", "articleBody"), the page's own text a shell ("Please enable JavaScript.")
        body = stated
    return body, parser.page_meta()


def strip_html(text: str) -> str:
    return html_page(text)[0]


def _looks_like_html(text: str) -> bool:
    head = text[:5000]
    return bool(re.search(r"<!doctype html|<html[\s>]|<body[\s>]", head, re.I)) or len(P.HTML_SIGNS.findall(head)) >= 3


# ---------------------------------------------------------------------------------------------------------- layout


def _words(line: str) -> int:
    return len(line.split())


def _is_boilerplate(line: str) -> bool:
    if P.WIDGET_VENDORS.search(line) and _words(line) <= 12:
        return True
    if _words(line) > 25 or P.PRINT_EDITION_NOTE.match(line):
        return bool(P.PRINT_EDITION_NOTE.match(line) or re.match(
            r"^this (?:article|story|piece|report) (?:was |is )?(?:originally |first )?(?:appeared|published|"
            r"produced (?:for|by|with|in partnership)|co-?published)", line, re.I))
    return any(p.match(line) for p in P.BOILERPLATE) or bool(P.TOPIC_LINKS.match(line) and not _is_timestamp(line))


def _outlet_key(name: str) -> str:
    """An outlet's name as the table is looked up: lower case, without a leading "the" or dots around it."""
    return re.sub(r"^the\s+", "", name.strip(" .").lower())


@functools.lru_cache(maxsize=1)
def _outlet_rows() -> tuple[tuple[str, str], ...]:
    """(name, home time zone or "") of each news outlet of ``analysis/data/outlets.csv`` (which voices reads too)."""
    with open(Path(__file__).resolve().parent / "data" / "outlets.csv", encoding="utf-8") as handle:
        return tuple((row["name"].strip(), (row.get("timezone") or "").strip()) for row in csv.DictReader(handle))


@functools.lru_cache(maxsize=1)
def _outlets() -> dict[str, str]:
    """News outlets by ``_outlet_key``, with their home time zone ("" where the table gives none)."""
    return {_outlet_key(name): zone for name, zone in _outlet_rows()}


@functools.lru_cache(maxsize=1)
def _outlet_names() -> dict[str, str]:
    """The outlets' names as ``outlets.csv`` writes them, by ``_outlet_key``."""
    return {_outlet_key(name): name for name, _ in _outlet_rows()}


def outlet_timezone(outlet: str | None) -> str | None:
    """The zone an outlet stamps its pages in ("Xinhua" -> "Asia/Shanghai"), if ``outlets.csv`` knows it."""
    return _outlets().get(_outlet_key(outlet)) or None if outlet else None


def _is_outlet(text: str) -> bool:
    return _outlet_key(text) in _outlets()


def _outlet_from_layout(layout: list[tuple[str, str]]) -> str | None:
    """The outlet a page names of itself when nothing else does: a news agency's dateline ("SEOUL, Jan. 14 (Yonhap)
    --", "BAGHDAD (AP) —"), a "Source: Xinhua" line, a copyright line ("Copyright 2020 The Associated Press"), a
    byline's line that is the outlet alone ("Evan Dyer · CBC News · Posted: ...") or its desk's ("By RFE/RL's Kazakh
    Service"), or the outlet beside a stamp; failing all these, the outlet a byline names after its writers
    ("Updated on: March 1, 2024 / 11:52 PM EST / CBS News"),
    each only when ``outlets.csv`` knows the name (so "Source: company filings" names no outlet)."""
    for part, line in layout:
        if part == "byline" and _is_outlet(line):  # the outlet on its own line beside the names: "CBC News"
            return line.strip(" .")
        if part == "byline" and _words(line) <= 6 and _is_outlet(line.split(",")[0]):  # and the place the writer
            return line.split(",")[0].strip(" .")  # files from: "BBC News, Baghdad" under the name
        if part == "byline" and (sign := P.OUTLET_SIGNATURE.match(line.strip())) and _is_outlet(sign.group(1)):
            return _outlet_names()[_outlet_key(sign.group(1))]  # "— Associated Press" under the story
        if part == "byline" and (by := P.BYLINE.match(line)) and (by_outlet := _outlet_byline(by.group("names"))):
            return by_outlet[0]  # "By RFE/RL's Kazakh Service", "By CNN's Jane Doe"
        if part == "byline" and (own := re.match(r"^(?:by\s+)?(?:an?\s+)?(.+?)\s+(?:report\s+by\b|with\s)", line, re.I)) \
                and _is_outlet(own.group(1)):  # "A DER SPIEGEL Report by Jane Doe", "Le Monde with AFP"
            return _outlet_names()[_outlet_key(own.group(1))]
        if part == "byline" and (blurb := P.AUTHOR_BLURB_OUTLET.search(line)):
            named = next((n for n in blurb.groups() if n and _is_outlet(n)), None)
            if named:  # the author's line: "Sarah Jones is the Guardian's environment correspondent" (The Guardian)
                return _outlet_names()[_outlet_key(named)]
        if part == "timestamp":  # the outlet set beside the stamp: "Updated on: March 1, 2024 / 11:52 PM EST / CBS News",
            # "Monday January 06 2020, 12.01am, The Times"
            named = [piece.strip(" .") for piece in re.split(r"\s+[/|·•]\s+|,\s+", line)[1:] if _is_outlet(piece)]
            if named:
                return named[-1]
            continue
        if part == "dateline":
            found = re.search(r"\(([^()]{2,40})\)", line)
        elif part == "boilerplate":
            found = re.match(r"(?:source|copyright|©)\s*:?\s*(?:©\s*)?(?:\d{4}\s+)?(.{2,40}?)[.,]?(?:\s+all rights reserved\.?)?$",
                             line.strip(), re.I)
        else:
            continue
        if found and _is_outlet(found.group(1)):
            return found.group(1).strip(" .")
    # else the outlet a byline names after the writers ("By Jane Doe, CNN", "Jane Doe By Jane Doe Fox News"): last, as
    # a wire's dateline names it as the agency writes itself ("(AP)" beside "By Jane Doe, Associated Press")
    return next((named for part, line in layout if part == "byline" and (named := _outlet_after_names(line))), None)


def _strip_outlet(piece: str) -> str:
    """A name without the outlet written after it: "Adam Shaw Fox News" -> "Adam Shaw"."""
    words = piece.split()
    for n in range(1, min(4, len(words) - 2) + 1):  # two words stay: "Jane Time" is a name
        if _is_outlet(" ".join(words[-n:])):
            return " ".join(words[:-n])
    return piece


def _byline_names(names: str) -> list[str]:
    """Authors named in a byline: 'Jane Doe and John Roe', 'JANE DOE, Associated Press', 'Zeke Miller / AP'."""
    names = re.split(r"\s+(?:in|for|from)\s+[A-Z][\w ]*$", names.strip())[0]
    # a social-media handle or an e-mail address beside a name, closed up to it as a page copies ("Li Zhou@lizhou")
    names = re.sub(r"\s*(?:[\w.+-]+@[\w-]+\.[\w.]+|@\w[\w.]*)", "", names)
    out = []
    for n, piece in enumerate(re.split(r"\s*(?:,|;|\band\b|&|/|\||\bwith\b)\s*", names, flags=re.I)):
        piece = _strip_outlet(P.BYLINE_TRAILING_AGENCY.sub("", piece.strip(" .—–-")))
        if not piece or P.BYLINE_ORGANIZATIONS.match(piece) or P.WIDGET_VENDORS.search(piece) or _is_outlet(piece):
            continue
        if re.match(r"the\s", piece, re.I):  # "Marcus Lee, The Texas Tribune": a partner outlet, no person; nor is
            continue                          # a section's heading read as names alone ("The News")
        if n and P.BYLINE_ROLE_AT.match(piece):  # "JANE DOE, HEALTH EDITOR FOR THE OUTLET" (never the first piece:
            continue                            # "Jo Writer" is a name)
        if piece.isupper():
            piece = " ".join(w if re.match(r"^(?:[A-Z]\.)+$", w) else "-".join(h.capitalize() for h in w.split("-"))
                             for w in piece.split())
            piece = re.sub(r"\b(Mc|Mac|O')([a-z])", lambda m: m.group(1) + m.group(2).upper(), piece)
        if re.fullmatch(P.NAME, piece):
            out.append(piece)
    return out


def _contact_block(units: list[tuple[str, int]], label: list, authors: list[str]) -> None:
    """Label a contact block among the last lines of a story as credits ("To contact the reporter on this story:" and
    the addresses under it, as Bloomberg's copy ends): the reporters' names are the story's authors, the editors'
    are not. Only lines of the block's own shapes are taken: the first other line ends it."""
    content = [i for i in range(len(units)) if label[i] is None][-8:]
    whose = None
    for i in content:
        line = units[i][0].strip()
        if (block := P.CONTACT_BLOCK.match(line)) is not None:
            whose, rest = block.group("who").lower(), block.group("rest").strip()
            label[i] = "byline"
            lines = [piece.strip() for piece in re.split(r"\s*;\s*|\s+and\s+(?=[A-Z])", rest) if piece.strip()]
        elif whose is not None and (P.CONTACT_ADDRESS.match(line) or P.CREDIT_LINES[-1].match(line)):
            label[i] = "byline"
            lines = [line]
        elif whose is not None:
            break  # the block ends at its first line of another shape
        else:
            continue
        if whose.startswith(("reporter", "writer", "author")):
            authors += [m.group("name") for piece in lines if (m := P.CONTACT_ADDRESS.match(piece))]


def _outlet_byline(names: str) -> tuple[str, list[str]] | None:
    """(outlet, authors) for a byline naming an outlet ``outlets.csv`` knows, alone or as the owner of a desk or a
    writer: "RFE/RL" (no author), "RFE/RL's Kazakh Service" (none), "CNN's Jane Doe" (Jane Doe); None otherwise."""
    names = names.strip(" .")
    if _is_outlet(names):
        return names, []
    owner = re.match(r"^(?P<outlet>[^'’]{2,50}?)['’]s\s+(?P<rest>\S.*)$", names)
    if owner and _is_outlet(owner.group("outlet")):
        desk = re.search(r"\b(?:service|desk|bureau|team|staff|unit|newsroom|correspondents?|reporters?|"
                         r"writers?)$", owner.group("rest"), re.I)
        return owner.group("outlet"), [] if desk else _byline_names(owner.group("rest"))
    return None


def _outlet_after_names(line: str) -> str | None:
    """The outlet a byline names after its writers ("By Jane Doe, CNN", "By Jane Doe | Reuters", "By Jane Doe Fox
    News"), as ``outlets.csv`` spells it; None when it names none."""
    if _byline(line) is None:
        return None
    names = P.BYLINE.match(_without_photo_name(line)).group("names")
    pieces = [piece.strip(" .") for piece in re.split(r"\s*(?:,|;|/|\|)\s*", names)]
    for piece in pieces[1:]:
        if _is_outlet(piece):
            return _outlet_names()[_outlet_key(piece)]
    last = pieces[-1]
    if (stripped := _strip_outlet(last)) != last:  # "Jane Doe Fox News"
        return _outlet_names()[_outlet_key(last[len(stripped):].strip())]
    return None


def _without_photo_name(line: str) -> str:
    """A byline line without the author's photo's name before it, as Fox News's page copies it: "Jane Doe By Jane Doe
    Fox News" -> "By Jane Doe Fox News"; any other line as it is."""
    doubled = re.match(rf"^(?P<name>{P.NAME})\s+(?P<byline>By\s+(?P=name)\b.*)$", line)
    return doubled.group("byline") if doubled else line


def _byline(line: str) -> list[str] | None:
    """Authors if ``line`` is a byline ("By Jane Doe"); None if it is not one."""
    line = _without_photo_name(line)
    match = P.BYLINE.match(line)
    if not match or _words(line) > 16 or P.WIDGET_VENDORS.search(line):
        return None
    if (by_outlet := _outlet_byline(match.group("names"))) is not None:
        return by_outlet[1]
    names = _byline_names(match.group("names"))
    if names:
        return names
    rest = match.group("names").strip()
    return [] if P.BYLINE_ORGANIZATIONS.match(rest.strip(" .")) or _outlets_alone(rest) else None


def _outlets_alone(line: str) -> bool:
    """A line that names outlets alone, two or more ("Reuters | AFP", "Euronews with AP", "Le Monde with AFP")."""
    pieces = [piece for piece in re.split(r"\s*(?:\||,|/|&|\band\b|\bwith\b)\s*", line.strip(" .")) if piece]
    return len(pieces) >= 2 and all(_is_outlet(piece) for piece in pieces)


def _blurb_authors(line: str) -> list[str] | None:
    match = P.AUTHOR_BLURB.match(line)
    if not match or _words(line) > 70:
        return None
    return [n for n in (match.group("name"), match.group("name2"), match.group("name3")) if n]


def _is_credit_line(line: str) -> bool:
    """A credit line, or sentences that each are one ("Stevens reported from Bogota, Colombia. Associated Press writer
    Ana Ruiz in Quito, Ecuador, contributed to this report.")."""
    if _words(line) > 40:
        return False
    if any(p.match(line) for p in P.CREDIT_LINES):
        return True
    sentences = re.split(r"(?<=[a-z]\.)\s+(?=[A-Z])", line)
    return len(sentences) > 1 and all(any(p.match(s) for p in P.CREDIT_LINES) for s in sentences)


def _caption_split(line: str) -> tuple[str, str] | None:
    """(caption, credit) if ``line`` is a photo caption ending with a credit ("… Alex Wong/Getty Images")."""
    if _words(line) > 80 or ((by := P.BYLINE.match(line)) and (_outlet_byline(by.group("names")) or _byline(line))):
        return None  # (an outlet's desk is no photographer: "By RFE/RL's Kazakh Service"; nor "By Zeke Miller / AP")
    if _is_outlet(line):
        return None  # an agency's name alone is a byline ("AFP" over the stamp), or a credit over its caption below
    # a credit after a bar: "... at the Capitol on Thursday. | J. Scott Applewhite/AP" (Politico)
    head, bar, tail = line.rpartition(" | ")
    if bar and head.endswith(_TERMINAL) and _words(tail) <= 8 and ("/" in tail or re.search(
            r"\b(?:photo|getty|reuters|afp|ap|epa|shutterstock|pool|images?)\b", tail, re.I)):
        return head, tail.strip()
    # the credit's label closed up to the caption, as Deutsche Welle's page copies: "... on WednesdayImage: Jane Doe/dpa"
    glued = re.match(r"^(?P<caption>.*?[a-z0-9.)])(?:Image|Photo|Picture)\s*:\s*(?P<credit>\S.*)$", line)
    if glued and _words(glued.group("caption")) >= 3 and _words(glued.group("credit")) <= 10:
        return glued.group("caption"), glued.group("credit").strip()
    # a gallery's count before it and the agency's licensing link after it (Reuters' page as copied)
    line = re.sub(r"\s*Purchase Licensing Rights(?:, opens new tab)?$", "", re.sub(r"^\[\d+/\d+\]\s*", "", line))
    source = P.IMAGE_SOURCE.match(line)
    if source and _words(line) <= 12:
        return "", source.group("credit").strip()
    match = P.CREDIT_AT_END.search(line) or P.CREDIT_IN_BRACKETS.search(line)
    if match:
        credit = match.group("credit").strip()
        caption = line[: match.start("credit")].rstrip()
        bare = credit.strip("()")
        if "/" in bare or (credit.startswith("(") and ":" in bare) or re.search(r"\b(?:photo|image|picture|credit|getty|reuters|afp|ap|epa|shutterstock|"
                                    r"associated press|bloomberg|xinhua|pool)\b", bare, re.I):
            if caption or _words(credit) <= 8:
                return caption, credit
    if P.CAPTION_LABEL.match(line):
        return re.sub(r"^(?:image|media|photo)\s+caption\s*[,:]\s*", "", line, flags=re.I), ""
    return None


def _is_timestamp(line: str) -> bool:
    """A timestamp line: "Published March 4, 2021 at 5:06 p.m.", a clock under a dated one ("Updated 7:41 p.m. ET"),
    or stamps side by side ("Published: 09:14 EDT,
    4 March 2021 | Updated: 11:02 EDT, 4 March 2021", "Posted Tue 3 Mar 2020 at 5:42am, updated Tue 3 Mar 2020 at
    9:10am")."""
    if P.DOTTED_TIMESTAMP_LINE.match(line):
        return True
    if _words(line) <= 14 and (P.TIMESTAMP_LINE.match(line) or P.ISO_TIMESTAMP_LINE.match(line)
                               or P.NUMERIC_TIMESTAMP_LINE.match(line) or P.CLOCK_STAMP_LINE.match(line)):
        # a short sentence with a date in it is the story's ("The vote was held on Nov. 4, 2018, officials said.")
        plain = [w for w in re.findall(r"\b[a-z][a-z’']+\b", line) if w not in P.STAMP_WORDS]
        first = line.split()[0].lower().strip(".,:|")
        return len(plain) < 2 or first in P.STAMP_OPENERS or first[:3] in P.MONTHS or first[:3] in P.STAMP_DAYS \
            or first[:1].isdigit()
    pieces = [piece.strip() for piece in P.STAMP_SEPARATOR.split(line)]
    # the place the story was filed from may stand beside the stamp: "Mar 21st 2024 | WASHINGTON, DC" (The Economist)
    return 1 < len(pieces) <= 3 and _words(line) <= 24 and _is_timestamp(pieces[0]) and all(
        _is_timestamp(piece) or P.STAMP_PLACE.match(piece) for piece in pieces[1:])


def _split_byline_stamp(line: str) -> list[str]:
    """A byline with its timestamp on the same line ("BY JANE DOE - 03/04/21 08:55 PM ET", "By Jane Doe | March 4,
    2021") as two lines; any other line as it is."""
    if P.STAMP_GLUED_LABEL.search(line):  # two stamps closed up ("...18:35Modified: ...", "...GMT+3Updated 4 years ago")
        pieces = [piece.strip() for piece in P.STAMP_GLUED_LABEL.split(line)]
        if len(pieces) > 1 and _is_timestamp(pieces[0]) and all(
                _is_timestamp(piece) or re.match(r"^(?:last\s+)?updated\s+(?:\d+|an?)\s+\w+\s+ago$", piece, re.I)
                for piece in pieces[1:]):  # (the second may say only how long ago: "Updated 4 years ago")
            return pieces
    if P.BYLINE.match(line):
        for separator in (" | ", " - ", " — ", " – ", " · ", " • "):
            head, _, stamp = line.partition(separator)
            if stamp and _is_timestamp(stamp.strip()) and _byline(head.strip()):
                return [head.strip(), stamp.strip()]
        # no separator: "By Jane Doe Updated 3:14 PM EST, January 5, 2024", "by Jane Doe January 16, 2024 10:32 PM 2
        # min read" (the Kyiv Independent)
        pieces = re.split(r"\s+(?=(?:updated|published|posted)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                          r"[a-z]*\.?\s+\d{1,2}\b)", line, maxsplit=1, flags=re.I)
        if len(pieces) == 2:
            stamp = re.sub(r"\s+\d+\s*(?:-\s*)?min(?:ute)?s?\s+read$", "", pieces[1], flags=re.I)
            if _is_timestamp(stamp) and _byline(pieces[0]):
                return [pieces[0], stamp] + ([pieces[1][len(stamp):].strip()] if stamp != pieces[1] else [])
    # names alone, the outlet and the stamp, set apart by middle dots: "Evan Dyer · CBC News · Posted: Jan 16, 2024
    # 4:10 PM EST | Last Updated: January 16, 2024" (CBC)
    for separator in (r"\s+·\s+", r"\s+•\s+", r"\s*\|\s*"):  # (or a bar: "Ahmet Yilmaz |12.03.2024 - Update : 12.03.2024")
        pieces = [piece.strip() for piece in re.split(separator, line)]
        if (2 <= len(pieces) <= 4 and _is_timestamp(pieces[-1]) and P.BARE_BYLINE.match(pieces[0])
                and _byline_names(pieces[0]) and all(_is_outlet(piece) or (
                    _words(piece) <= 4 and all(w[:1].isupper() for w in piece.split())) for piece in pieces[1:-1])):
            return pieces
    return [line]


def _dateline_at(line: str, *, colon: bool = True) -> "re.Match | None":
    """The dateline a line opens with ("BAGHDAD (Reuters) -", "KYIV, Ukraine —"), of at most eight words; with
    ``colon=False`` not one in capitals with a colon ("WHITCOMBE:" is more often an interview's label)."""
    for pattern in P.DATELINES:
        if not colon and pattern is P.DATELINE_COLON:
            continue
        match = pattern.match(line)
        if match and _words(match.group("dateline")) <= 8:
            return match
    match = P.DATELINE_TITLE_CITY.match(line)
    return match if match and _known_city(match.group("city")) else None


def _known_city(name: str) -> bool:
    """A city the place tables or the tz database know, and no demonym ("Washington", "Kyiv"; not "Iraqi")."""
    from .timeline.places import PLACE_TIMEZONES, zone_cities

    name = name.lower()
    return name in zone_cities() or (name in PLACE_TIMEZONES and name not in _demonym_words())


def _lone_dateline_city(units: list[tuple[str, int]], i: int) -> bool:
    """A city in capitals on a line of its own over the first paragraph, as Anadolu prints its dateline ("ANKARA"),
    when the place tables or the tz database know it (a desk's name in capitals, "CONGRESS", is no city)."""
    line = units[i][0].strip()
    if not (line.isupper() and _words(line) <= 3 and re.fullmatch(r"[A-Z][A-Z .'’-]+", line)):
        return False
    following = units[i + 1][0] if i + 1 < len(units) else ""
    return _words(following) >= 12 and _known_city(line)


@functools.lru_cache(maxsize=1)
def _demonym_words() -> frozenset[str]:
    """The demonyms of ``data/demonyms.csv`` (its comment lines skipped, as the actors layer reads it): place words
    that are no place ("IRAQI" over a story is a kicker, not a dateline)."""
    with open(Path(__file__).resolve().parent / "data" / "demonyms.csv", newline="", encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.lstrip().startswith("#")]
    return frozenset((row.get("demonym") or "").strip().lower() for row in csv.DictReader(lines)) - {""}


def _transcript_labels(units: list[tuple[str, int]], label: list) -> bool:
    """Whether two or more of the story's paragraphs open with a speaker's label in capitals ("KAINE: ...", "PENCE:
    ..."): a transcript, whose first label is no dateline."""
    opened = sum(1 for i, (u, _) in enumerate(units) if label[i] is None and P.DATELINE_COLON.match(u))
    return opened >= 2


def _whole_dateline(line: str) -> bool:
    """A line that is a dateline and nothing else: "NICOSIA, August 8 (Xinhua) --", "BAGHDAD (Reuters) -"."""
    if _words(line) > 8 or not re.search(r"[—–-]$", line):
        return False
    padded = line + " X"  # the patterns want the story's first word after the dash
    return any((m := pattern.match(padded)) and m.end("dateline") >= len(line) for pattern in P.DATELINES)


def _headline_like(line: str) -> bool:
    return _words(line) <= _HEADLINE_MAX_WORDS and not (line.endswith(".") and _words(line) > 20)


#: Words a line of a paragraph can end on but a headline or a paragraph never does: a hard wrap came after them
#: (not "says": "..., union says" ends headlines).
_WRAP_ENDINGS = frozenset({"the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "but", "by", "with",
                           "from", "as", "that", "which", "who", "whose", "its", "their", "his", "her", "our", "this",
                           "these", "those", "than", "into", "onto", "about", "after", "before", "since", "according",
                           "was", "were", "is", "are", "had", "has", "have", "will", "would"})


def _join_wrapped(block: list[str]) -> list[str]:
    """Join hard-wrapped lines of one paragraph; keep lines that are paragraphs (or bullets) of their own.

    A line goes on in the next when it ends without a sentence's end and the next starts in lowercase, or it ends
    on a comma or a word no paragraph ends on ("according to the" / "National Customs Service."); and a block of
    three or more lines of 55 to 100 characters in sentence case, one of them cut off, is one wrapped paragraph
    (wire copy at 72 columns) whatever its lines end on."""
    if (len(block) >= 3 and all(55 <= len(line) <= 100 for line in block[:-1]) and len(block[-1]) <= 100
            and any(not line.endswith(_TERMINAL) for line in block[:-1])
            and not any(P.BULLET.match(line) for line in block)
            and all(sum(w[:1].isupper() for w in line.split()) <= 0.4 * len(line.split()) for line in block[:-1])):
        return [" ".join(block)]
    out: list[str] = []
    for line in block:
        if out and P.STAMP_LABEL_ALONE.match(out[-1]) and P.TIMESTAMP_DATE.search(line):
            out[-1] = out[-1] + " " + line  # a stamp's label over its date: "Modified:" / "06/01/2020 - 20:01"
            continue
        last = out[-1].rsplit(" ", 1)[-1] if out else ""  # as written: "Subscribe Sign In" is a page's buttons
        if (out and not out[-1].endswith(_TERMINAL) and (line[:1].islower() or last.endswith(",") or last in _WRAP_ENDINGS)
                and not P.BULLET.match(line) and not P.BULLET.match(out[-1])):
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
    return out


def _label_page_top(units: list[tuple[str, int]], label: list[str | None]) -> None:
    """Label as furniture what a page prints above its headline: the site's menu and section kickers."""
    n = len(units)
    # the site's navigation above the story: a first block of three or more one-to-three-word lines, none a sentence
    # ("British Broadcasting Corporation" / "Home" / "News" / "Sport")
    first = next((b for i, (_, b) in enumerate(units) if label[i] is None), None)
    menu = [i for i, (_, b) in enumerate(units) if b == first and label[i] is None]
    if len(menu) >= 3 and all(_words(units[i][0]) <= 3 and not units[i][0].endswith((*_TERMINAL, ":")) for i in menu):
        for i in menu:
            label[i] = "boilerplate"
    # a section's kicker over the headline: a section's name ("Politics", "News|Elections"), or a short line over a
    # longer one in the same block ("UK news" / "Rail strike to go ahead after ...")
    top = [i for i in range(n) if label[i] is None][:2]
    while len(top) == 2 and _headline_like(units[top[1]][0]) and (
            P.SECTION_KICKER.match(units[top[0]][0])
            # a desk's name in capitals over a headline in sentence or title case: "CONGRESS"
            or (units[top[0]][0].isupper() and _words(units[top[0]][0]) <= 3 and not units[top[1]][0].isupper()
                and not _byline(units[top[0]][0]) and not _dateline_at(units[top[0]][0] + " X"))):
        label[top[0]] = "boilerplate"  # (Bloomberg prints two: "Markets" / "Economics")
        top = [i for i in range(n) if label[i] is None][:2]
    if (len(top) == 2 and units[top[0]][1] == units[top[1]][1] and _words(units[top[0]][0]) <= 3
            and not units[top[0]][0].endswith(_TERMINAL) and _words(units[top[1]][0]) > _words(units[top[0]][0]) + 2
            and _headline_like(units[top[1]][0]) and not _byline(units[top[1]][0])
            # (not a short headline over the story's first sentence: "Senate confirms nominee" / "The Senate voted ...")
            and not (units[top[1]][0].endswith(".") and _words(units[top[1]][0]) > 12)):
        label[top[0]] = "boilerplate"


def _label_summary_above_lede(units: list[tuple[str, int]], label: list[str | None],
                              credits: dict[int, tuple[str, str]], headline_i: int | None) -> None:
    """Label what stands between the headline and a lede that opens with a dateline: a bullet summary, a summary
    line or a caption that lost its credit."""
    n = len(units)
    # bullet points right under the headline (and dek), with no header, above a lede that opens with a dateline or
    # under a byline or stamp that follows them, are the story's summary (Reuters' and Axios' pages): the dek
    if headline_i is not None:
        rest = [i for i in range(headline_i + 1, n) if label[i] in (None, "dek")]
        bullets = []
        for i in rest:
            if label[i] is None and P.BULLET.match(units[i][0]) and _words(units[i][0]) <= _DEK_PLAIN_MAX_WORDS:
                bullets.append(i)
            elif label[i] is None:
                break
        after = next((i for i in range(bullets[-1] + 1, n) if label[i] != "boilerplate"), None) if bullets else None
        if len(bullets) >= 2 and after is not None and (
                label[after] in ("byline", "timestamp", "dateline")
                or _dateline_at(units[after][0])):
            for i in bullets:
                label[i] = "dek"

    # the story opens at its dateline: one or two short lines before it are its summary (the dek, when there is none
    # yet: "More than health care, race or the economy, Mr. Obama believes ...") or a photo's caption whose credit the
    # copy lost ("Protesters gather outside parliament on Monday."), not the lede. (Not a colon dateline: "NAME:" there
    # is more often an interview's label.)
    body = [i for i in range(n) if label[i] is None][:3]
    opens = next((k for k, i in enumerate(body) if _dateline_at(units[i][0], colon=False)), 0)
    if opens and all(_words(units[i][0]) <= 40 and not P.BULLET.match(units[i][0]) for i in body[:opens]):
        summary = "dek" not in label and headline_i is not None and all(
            label[k] in ("byline", "timestamp", "boilerplate") for k in range(headline_i + 1, body[0]))
        for i in body[:opens]:
            label[i] = "dek" if summary else "caption"
            if not summary:
                credits[i] = (units[i][0], "")


def split_article(text: str) -> dict[str, Any]:
    """Split normalized article text into its parts. Returns a dict of Article fields (without metadata)."""
    lines = text.split("\n")
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    # each unit: (text, block number); wrapped lines of one paragraph are joined
    units = [(piece, b) for b, block in enumerate(blocks) for u in _join_wrapped(block) for piece in _split_byline_stamp(u)]
    n = len(units)
    label: list[str | None] = [None] * n
    authors: list[str] = []

    # 1. boilerplate, including the link lists under a widget header (and a widget's own labels among them)
    in_widget, widget_block = False, None
    for i, (u, block) in enumerate(units):
        if _is_boilerplate(u):
            label[i] = "boilerplate"
            # a header with its one link on its line ("READ MORE: Harlow approved a $40 million plan ...") opens no
            # list; a widget's own labels ("Published", "3 days ago") keep its list going within its block
            header = bool(P.WIDGET_HEADER.match(u)) and not re.search(r"[:|]\s*\S+(?:\s+\S+){2,}", u)
            in_widget = header or (in_widget and block == widget_block)
            widget_block = block if in_widget else None
        elif (in_widget and _words(u) <= _WIDGET_LINK_MAX_WORDS and not u.endswith((".", "”", '"')) and _byline(u) is None
              and not (block != widget_block and _is_timestamp(u))):  # (a page's stamp after the list, not a link's date)
            label[i], widget_block = "boilerplate", block
        else:
            in_widget = False

    # a writer's or editor's appeal to the reader under the story, to its end ("Note from the author:")
    appeal = next((i for i, (u, _) in enumerate(units) if i > n // 2 and P.READER_APPEAL_HEADER.match(u)), None)
    if appeal is not None:
        for i in range(appeal, n):
            label[i] = "boilerplate"
    # a press release's closing sections, to its end: "About <the organization>" and the media contacts ("###")
    contacts = next((i for i, (u, _) in enumerate(units) if i > 1 and P.CONTACT_HEADER.match(u)), None)
    if contacts is not None:
        about = next((i for i in range(2, contacts) if P.ABOUT_HEADER.match(units[i][0]) and _words(units[i][0]) <= 8), None)
        for i in range(contacts if about is None else about, n):
            label[i] = "boilerplate"

    # a news database's export (Nexis): its labelled fields, "Body", "End of Document", the edition's name, and the
    # outlet's name under the headline; "Byline: Jane Doe; John Roe" is read as a byline, "Dateline: BAGHDAD" as one
    if any(P.DATABASE_EXPORT_MARK.match(u) for u, _ in units):
        for i, (u, _) in enumerate(units):
            if label[i] is None and (P.DATABASE_FIELD.match(u) or P.DATABASE_MARKER.match(u)
                                     or (i < 6 and P.EDITION_LINE.match(u))):
                label[i] = "boilerplate"
            elif label[i] is None and P.DATABASE_DATELINE.match(u) and i < 12:
                label[i] = "dateline"
        for i in range(1, min(n, 4)):
            if label[i] is None and _is_outlet(units[i][0]):
                label[i] = "masthead"
                break
    # the outlet's name printed over the page ("The Wall Street Journal"): furniture, and it names the outlet
    top = next((i for i in range(n) if label[i] is None), None)
    if top is not None and n - top > 2 and _is_outlet(units[top][0]):
        label[top] = "masthead"
    _label_page_top(units, label)

    # 2. captions (with credits) and the alt-text line that repeats a caption; a caption's label alone on its line
    # ("Image caption,") labels the line after it
    credits: dict[int, tuple[str, str]] = {}
    for i, (u, _) in enumerate(units):
        if label[i] in (None, "boilerplate") and P.CAPTION_LABEL_ALONE.match(u) and i + 1 < n and label[i + 1] is None:
            label[i], label[i + 1], credits[i + 1] = "boilerplate", "caption", (units[i + 1][0], "")
    for i, (u, block) in enumerate(units):
        if label[i] is None:
            split = _caption_split(u)
            if split is not None:
                label[i] = "caption"
                credits[i] = split
                # a credit alone on the line under its caption, in one block (CNN's page as copied)
                if (not split[0] and i and label[i - 1] is None and units[i - 1][1] == block and not u.startswith("(")
                        and units[i - 1][0].endswith(_TERMINAL) and _words(units[i - 1][0]) <= 40):
                    label[i - 1], credits[i - 1], credits[i] = "caption", (units[i - 1][0], split[1]), ("", "")
    # a credit over its caption, as the BBC's page now prints them ("Getty Images" / "Iraqi lawmakers at the session
    # in Baghdad on Sunday"): the two lines alone in their block, the credit a credit or an agency's name alone, the
    # caption short and with no sentence's end
    for i in range(n - 1):
        credit = credits.get(i)
        if credit is None and label[i] is None and P.PHOTO_AGENCY.match(units[i][0]):
            credit = ("", units[i][0])
        block = units[i][1]
        if (credit is not None and not credit[0] and label[i] in (None, "caption") and label[i + 1] is None
                and units[i + 1][1] == block and (i + 2 >= n or units[i + 2][1] != block)
                and (i == 0 or units[i - 1][1] != block) and not units[i + 1][0].endswith(_TERMINAL)
                and 3 <= _words(units[i + 1][0]) <= 40 and not _is_timestamp(units[i + 1][0])
                and _byline(units[i + 1][0]) is None):
            label[i], label[i + 1] = "caption", "caption"
            credits[i], credits[i + 1] = ("", ""), (units[i + 1][0], credit[1])
    for i in range(n - 1):
        if label[i] is None and label[i + 1] == "caption" and units[i + 1][0].startswith(units[i][0]):
            label[i] = "alt_text"

    # 3. bylines (first or last), trailing credit lines and author blurbs, timestamp lines
    content = [i for i in range(n) if label[i] is None]
    for rank, i in enumerate(content):
        u = P.BYLINE_HANDLES.sub("", units[i][0]) if rank <= 4 else units[i][0]
        names = _byline(u)
        if names is None and (live := P.LIVE_ENTRY_BY.match(u)):  # a live blog entry's writer: "From CNN's Mariko Oi"
            names = _byline_names(live.group("names")) or None
        # (a name and the city filed from after a comma, as The Times prints it: "Jane Doe, Baghdad", a known city)
        filed = re.match(rf"^(?P<name>{P.NAME}),\s*(?P<city>[A-Z][\w .'’-]{{1,30}})$", u)
        bare = f"{filed.group('name')} in {filed.group('city')}" if filed and _known_city(filed.group("city")) else u
        if (names is None and 1 <= rank <= 4 and _words(u) <= 14 and not u.endswith(".") and P.BARE_BYLINE.match(bare)
                and not P.SUMMARY_HEADER.match(u) and not P.BYLINE_ROLE.match(u)):  # (not "Senior Correspondent")
            # names alone under the headline: "Jane Doe in Beirut and John Roe in Washington"
            names = _byline_names(re.sub(r"\s+in\s+[A-Z][\w .'’-]*?(?=,|\s+and\s+|$)", "", bare)) or None
        if names is None and rank <= 4 and _is_outlet(u):
            names = []  # an agency or the outlet alone under the headline: "AFP" over the stamp
        if names is None and rank <= 4 and _outlets_alone(u):
            names = []  # the agencies a story is put together from, as its byline: "Reuters | AFP" (Dawn)
        if names is None and 1 <= rank <= 4 and _words(u) <= 12 and (role := P.NAME_WITH_ROLE.match(u)):
            # a name and its role on one line: "Jane Doe Education correspondent"
            names = _byline_names(role.group("names")) or None
        if names is not None and (rank <= 4 or rank >= len(content) - 4):
            label[i] = "byline"
            authors += names
        elif (rank <= 5 and _is_timestamp(u)) or P.LABELLED_DATE_LINE.match(u):
            label[i] = "timestamp"
    _contact_block(units, label, authors)
    tail = [i for i in range(n) if label[i] is None][-4:]
    for i in tail:
        u = units[i][0]
        blurb = _blurb_authors(u)
        signature = P.SIGNATURE.match(u) if i == tail[-1] and len(tail) > 1 else None
        if signature is not None and _byline_names(signature.group("names")):
            label[i] = "byline"
            authors += _byline_names(signature.group("names"))
        elif i == tail[-1] and len(tail) > 1 and (sign := P.OUTLET_SIGNATURE.match(u)) and _is_outlet(sign.group(1)):
            label[i] = "byline"  # the agency signing the story: "— Associated Press"
        elif blurb is not None:
            label[i] = "byline"
            authors += blurb
        elif _is_credit_line(u):
            label[i] = "byline"
            for segment in u.split(";"):
                match = P.REPORTING_BY.match(segment.strip())
                if match:
                    authors += _byline_names(re.split(r"\s+in\s+", match.group("names"))[0])
        elif P.STAMP_OPENER.match(u) and _is_timestamp(u):  # the stamp at the foot: "Published on Tue 5 Mar 2024 14.02 GMT"
            label[i] = "timestamp"
    # the author introduced by honorific and surname, under the byline or at the foot ("Ms. Ruiz is a transit planner
    # and a member of the Riders Alliance."): a sentence about a byline's author, no paragraph of the story
    surnames = {name.split()[-1] for name in authors}
    for i in [j for j in range(1, n) if label[j] is None and (label[j - 1] in ("byline", "timestamp") or j in tail)]:
        blurb = re.match(r"^(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.?\s+([A-Z][\w'’-]+)\s+(?:is|was|has been|teaches|writes|covers)\s",
                         units[i][0])
        if blurb and blurb.group(1) in surnames and _words(units[i][0]) <= 60 and units[i][0].count(". ") <= 2:
            label[i] = "byline"
    # a section's name under the byline or stamp, above the story: "Burgess Everett" / "Jan 26, 2024" / "Politics"
    for i in range(1, n):
        if label[i] is None and label[i - 1] in ("byline", "timestamp") and P.SECTION_KICKER.match(units[i][0]):
            label[i] = "boilerplate"
    # lines after a byline that are credits (Twitter handles, e-mail) or the author's role ("Contributing columnist")
    # belong to the byline too
    for i in range(n):
        if label[i] is None and i > 0 and label[i - 1] == "byline" and (
                _is_credit_line(units[i][0]) or _is_outlet(units[i][0])
                # the outlet and where the writer is: "BBC News, Leeds"
                or (units[i][0].count(",") == 1 and _is_outlet(re.sub(r"\s+News$", "", units[i][0].split(",")[0]))
                    and re.fullmatch(r"\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}", units[i][0].split(",")[1]))
                or (_words(units[i][0]) <= 7 and (
                    P.BYLINE_ROLE.match(P.BYLINE_HANDLES.sub("", units[i][0]))  # "Technology reporter @tom_acres"
                    # the role and the outlet after a comma: "Health reporter, BBC News"
                    or (P.BYLINE_ROLE.match(units[i][0].split(",")[0]) and units[i][0].count(",") == 1
                        and re.fullmatch(r"\s*[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}", units[i][0].split(",")[1]))))):
            label[i] = "byline"

    # a dateline on a line of its own above the first paragraph, as wire copy from archives prints it
    # ("NICOSIA, August 8 (Xinhua) --"): the dateline, not a dek
    for rank, i in enumerate(k for k in range(n) if label[k] is None):
        if rank > 3:
            break
        if rank and (_whole_dateline(units[i][0]) or P.REPORTING_FROM.match(units[i][0]) or _lone_dateline_city(units, i)):
            label[i] = "dateline"
            break

    # 4. headline: the first remaining line, if it reads as one; then the dek, before the byline or first paragraph
    remaining = [i for i in range(n) if label[i] is None]
    # (a first line that opens with a dateline is the story's lede: the page was saved without its headline)
    headline_i = remaining[0] if remaining and _headline_like(units[remaining[0]][0]) and not (
        _dateline_at(units[remaining[0]][0], colon=False) and _words(units[remaining[0]][0]) > 12) else None
    if headline_i is not None:
        label[headline_i] = "headline"
        rest = remaining[1:]
        if rest:
            j = rest[0]
            u = units[j][0]
            between = label[headline_i + 1: j]
            byline_before = "byline" in between or "dateline" in between  # after a dateline comes the story
            # a dek sits between the headline and the byline, photo or first paragraph; a lede is longer
            # (a page's widgets between them, "Listen to this article · 6:12 min", change nothing)
            after = next((k for k in range(j + 1, n) if label[k] != "boilerplate"), None)
            followed_by_furniture = after is not None and label[after] in ("byline", "timestamp", "caption", "alt_text")
            # under a photo (BBC) or a live-blog entry stamp, a line not followed by furniture starts the story
            after_photo_or_stamp = any(label[k] in ("caption", "alt_text") or (label[k] == "boilerplate"
                                       and P.LIVE_STAMP.match(units[k][0])) for k in range(headline_i + 1, j))
            limit = _DEK_MAX_WORDS if followed_by_furniture or not u.endswith(_TERMINAL) else _DEK_PLAIN_MAX_WORDS
            if not followed_by_furniture and P.LEDE_SIGNS.search(u):
                limit = 0  # reads as the story's first paragraph
            is_dek = (
                not byline_before
                and not (after_photo_or_stamp and not followed_by_furniture)
                and len(rest) >= 2
                and not any(pattern.match(u) for pattern in P.DATELINES)
                and not P.BULLET.match(u)
                and _words(u) <= limit
                and len(re.findall(r"[.!?][”\"’]?\s+[A-Z“\"]", u)) <= 1
                # a quotation standing alone opens the story ('"We will not back down."', its speaker named next)
                and not re.fullmatch(r"[“\"][^“”\"]+[.!?,…—-][”\"]", u)
            )
            if is_dek:
                label[j] = "dek"
                # a dek of several short lines in one block (Bloomberg's two or three summary lines)
                last = j
                for k in rest[1:-1]:
                    line = units[k][0]
                    if (units[k][1] != units[j][1] or _words(line) > _DEK_PLAIN_MAX_WORDS or P.LEDE_SIGNS.search(line)
                            # the byline or stamp between them: the story starts under it (a copied newsletter)
                            or any(label[b] not in (None, "boilerplate") for b in range(last + 1, k))
                            or P.BULLET.match(line) or any(pattern.match(line) for pattern in P.DATELINES)):
                        break
                    label[k], last = "dek", k

    # a summary under its header ("Key Points") above the story: the header is furniture, its lines are the dek
    for i, (u, block) in enumerate(units):
        if label[i] is None or label[i] == "dek":
            if P.SUMMARY_HEADER.match(u) and all(label[k] not in (None, "body") for k in range(i)):
                label[i] = "boilerplate"
                for k in range(i + 1, n):
                    if units[k][1] != block or label[k] is not None or _words(units[k][0]) > _DEK_MAX_WORDS:
                        break
                    label[k] = "dek"
            break

    _label_summary_above_lede(units, label, credits, headline_i)

    # 5. everything else is body, in reading order; the first paragraph may open with a dateline
    paragraphs: list[str] = []
    dateline = stamp_place = ""
    layout: list[tuple[str, str]] = []
    captions, photo_credits, alt_texts, byline_lines, boilerplate, timestamp = [], [], [], [], [], ""
    headline = dek = ""
    for i, (u, _) in enumerate(units):
        part = label[i] or "body"
        if part == "headline":
            headline = P.HEADLINE_VERSION_TAG.sub("", re.sub(r"^#+\s*", "", u))
            # the page's title as a browser gives it, the outlet after a bar or dash ("... | Reuters", "... - The
            # Washington Post"): the headline without it, the outlet named (only one outlets.csv knows)
            titled = re.match(r"^(?P<head>.{8,}?)\s+[|–—-]\s+(?P<outlet>[^|–—-]{2,40})$", headline)
            if titled and _is_outlet(titled.group("outlet")):
                headline = titled.group("head")
                layout.append(("masthead", _outlet_names()[_outlet_key(titled.group("outlet"))]))
        elif part == "dek":
            line = u
            if P.BULLET.match(line):  # a summary's bullet point ("- Three fires are still burning") reads as a sentence
                line = P.BULLET_MARK.sub("", line)
                line = line if line.endswith(_TERMINAL) else line + "."
            # summary lines read as sentences: "... faster than expected. Policymakers had signaled ..."
            dek = f"{dek}{'' if not dek or dek.endswith(_TERMINAL) or not line[:1].isupper() else '.'} {line}".strip()
        elif part == "caption":
            caption, credit = credits[i]
            if caption:
                captions.append(caption)
            if credit:
                photo_credits.append(credit)
        elif part == "alt_text":
            alt_texts.append(u)
        elif part == "byline":  # (without a separator left at its end when the stamp went to the next line)
            byline_lines.append(re.sub(r"\s+[|·•/—–-]+$", "", u))
            filed = re.match(r"^(?P<outlet>[^,]{2,40}),\s*(?P<city>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})$", u)
            if filed and _is_outlet(filed.group("outlet")) and not stamp_place:
                stamp_place = filed.group("city")  # the writer's city beside the outlet: "BBC News, Sheffield"
        elif part == "timestamp":
            timestamp = (timestamp + " " + u).strip()
            place = P.STAMP_CITY.match(u)  # the city the stamp names: "Madrid - MAY 30, 2024 - 15:12 CEST" (El País)
            if place and _known_city(place.group("city")) and not stamp_place:
                stamp_place = place.group("city")
        elif part in ("boilerplate", "masthead"):
            boilerplate.append(u)
        elif part == "dateline":
            dateline = P.DATABASE_DATELINE.sub(r"\g<place>", u)  # ("Dateline: BAGHDAD" in a database's export)
        else:
            if not paragraphs and (not dateline or P.REPORTING_FROM.match(dateline)):
                # (a label in capitals with a colon that other paragraphs open with too is a transcript's speaker,
                # "QUIJANO: Senator Kaine, ...", not a dateline)
                match = _dateline_at(u, colon=not _transcript_labels(units, label))
                if match:
                    dateline = match.group("dateline").strip()
                    layout.append(("dateline", dateline))
                    u = u[match.end("dateline"):]
            mark = re.search(r"\s*[■◼▪□◆♦]$", u)  # an agency's end mark closing the story ("... officials. ■")
            if mark and mark.start():
                u, mark = u[:mark.start()], u[mark.start():].strip()
                boilerplate.append(mark)
                layout.extend([(part, u), ("boilerplate", mark)])
                paragraphs.append(u)
                continue
            paragraphs.append(u)
        layout.append((part, u))
    if not dateline and stamp_place:  # no dateline over the story: the place its stamp names is where it was filed
        dateline = stamp_place
        layout.append(("dateline", dateline))
    seen: set[str] = set()
    unique_authors = [a for a in authors if not (a in seen or seen.add(a))]
    return {
        "headline": headline, "dek": dek, "captions": captions, "photo_credits": photo_credits, "alt_texts": alt_texts,
        "paragraphs": paragraphs, "byline": "\n".join(byline_lines), "authors": unique_authors, "dateline": dateline,
        "timestamp": timestamp, "boilerplate": boilerplate, "layout": layout,
    }


# -------------------------------------------------------------------------------------------------------- metadata


#: The warning for a clock time read without any zone: UTC is a guess, and up to 14 hours off the outlet's clock.
_UNZONED = ("{where}: the {what} names no time zone and none is known for the article (no timezone given, no "
            "outlet with a home zone in outlets.csv); it is read as UTC, which may be hours off. Give timezone=... "
            "(or a timezone column in metadata.csv), or write the time with its offset (2021-03-04T17:30:00-05:00)")


def _warn_unzoned_page_stamp(article: "Article", where: str) -> None:
    """The page's own timestamp ("Published 3:45 p.m. Jan. 5, 2020"), read with no zone anywhere: say so once."""
    if (article.published_from == "page" and article.published_precision == "time" and article.timezone is None
            and article.published is not None and str(article.published.tz) == "UTC"):
        warnings.warn(_UNZONED.format(where=where, what="page's timestamp"), stacklevel=3)


def _parse_published(value: Any, timezone: str | None, where: str) -> tuple[pd.Timestamp | None, str | None]:
    """A tz-aware Timestamp in the outlet's zone, and its precision ("day" for a bare date, else "time")."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or (isinstance(value, str) and not value.strip()):
        return None, None
    text = str(value).strip()
    if isinstance(value, (bool, int, float)):  # pandas would read 1578268800 as nanoseconds after 1970
        raise CorpusError(f"{where}: published date {value!r} is a number, not a date; write it as an ISO date "
                          f"(2021-03-04) or date-time with offset (2021-03-04T17:30:00-05:00)")
    if isinstance(value, str) and not re.search(r"\d", text):  # "now", "today": pandas reads them as the clock
        raise CorpusError(f"{where}: published date {text!r} cannot be read (no digits: not a date); write it as an "
                          f"ISO date (2021-03-04) or date-time with offset (2021-03-04T17:30:00-05:00)")
    try:
        stamp = pd.Timestamp(value if not isinstance(value, str) else text)
    except (ValueError, TypeError, OverflowError) as error:
        raise CorpusError(f"{where}: published date {text!r} cannot be read ({error}); write it as an ISO date "
                          f"(2021-03-04) or date-time with offset (2021-03-04T17:30:00-05:00)") from None
    if pd.isna(stamp):
        raise CorpusError(f"{where}: published date {text!r} is empty or not a date; write an ISO date such as 2021-03-04")
    precision = "day" if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else "time"
    if stamp.tzinfo is None:  # (a day whose midnight a clock change skips, as São Paulo's did, starts at 01:00)
        if timezone is None and precision == "time":
            warnings.warn(_UNZONED.format(where=where, what=f"published time {text!r}"), stacklevel=4)
        stamp = stamp.tz_localize(timezone or "UTC", nonexistent="shift_forward", ambiguous=True)
    elif timezone:
        stamp = stamp.tz_convert(timezone)
    if stamp > pd.Timestamp.now(tz="UTC") + pd.Timedelta(days=1):
        warnings.warn(f"{where}: published date {text} is in the future; check metadata", stacklevel=4)
    return stamp, precision


def _clock_reading(text: str) -> tuple[int, int, str | None] | None:
    """(hour, minute, zone as printed) of the first clock reading in a stamp's text ("7:41 p.m. ET", "17.06 GMT")."""
    for clock in P.TIMESTAMP_CLOCK.finditer(text):
        if not (clock.group("minute") or clock.group("ampm")):
            continue
        hour, minute = int(clock.group("hour")), int(clock.group("minute") or 0)
        ampm = (clock.group("ampm") or "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        if hour <= 23 and minute <= 59:
            zone = clock.group("zone")
            offset = re.match(r"^(?:GMT|UTC)([+-])(\d{1,2}):?(\d{2})?$", zone or "")
            if offset:  # "GMT+3", "UTC+5:30" (Reuters' page): the offset, as "+0300" is read
                zone = f"{offset.group(1)}{int(offset.group(2)):02d}{offset.group(3) or '00'}"
            return hour, minute, zone
    return None


def _writes_day_first(zone: str | None) -> bool:
    """Whether a page on this clock writes a numeric date day first (03/04/2021 as 3 April): outside the Americas,
    where most of the world does; not when the zone is unknown or UTC (read as American, the commoner in our corpora)."""
    return bool(zone) and zone not in ("UTC", "Etc/UTC", "GMT") and not zone.startswith(("America/", "US/", "Canada/"))


def _stamp_from_line(line: str, timezone: str | None) -> tuple[pd.Timestamp, str, str | None] | None:
    """(time, precision, zone) read from a page's timestamp line: "Updated 3:12 AM EST, January 2, 2024",
    "Sept. 30, 2023, 10:14 p.m. ET", "Thu 4 Mar 2021 17.06 GMT", "2021-03-04T17:06:00Z". None if it holds no date.

    The clock is read in the zone the line names (``patterns.TIMEZONE_ABBREVIATIONS`` or a UTC offset), else in the
    article's own ``timezone``, else UTC."""
    date = P.TIMESTAMP_DATE.search(line)
    if not date:
        return None
    if date.group("iso"):
        try:
            stamp = pd.Timestamp(line[date.start():].split()[0])
        except (ValueError, TypeError):
            return None
        if stamp.tzinfo is not None:
            return stamp, ("day" if len(line[date.start():].split()[0]) == 10 else "time"), None
        day = stamp.normalize()
        rest = line[date.end():].lstrip("T")
    else:
        if date.group("y4"):  # 07.11.2024: day first
            year, month_number, day_number = int(date.group("y4")), int(date.group("m4")), int(date.group("d4"))
        elif date.group("y3"):  # 03/04/2021: month first as American outlets write it, day first as the rest of the
            # world does (the article's zone, or the zone the line names, outside the Americas: France 24's
            # "06/01/2020 - 18:35" is 6 January), unless the first number cannot be a month or the second a month
            first, second = int(date.group("m3")), int(date.group("d3"))
            year = int(date.group("y3")) + (2000 if len(date.group("y3")) == 2 else 0)  # "09/30/23": this century
            named = (clock := _clock_reading(line)) is not None and clock[2] and (
                P.TIMEZONE_ABBREVIATIONS.get(clock[2]) or P.STAMP_ZONE_WORDS.get(clock[2]))
            day_first = first > 12 or (second <= 12 and (clock is not None and (clock[2] or "").upper() in ("GMT", "BST")
                                                         or _writes_day_first(named or timezone)))  # (GMT: no American page's)
            month_number, day_number = (second, first) if day_first else (first, second)
        else:
            month = (date.group("month") or date.group("month2")).lower()[:3]
            year, month_number = int(date.group("year") or date.group("year2")), P.MONTHS.index(month) + 1
            day_number = int(date.group("day") or date.group("day2"))
        try:
            day = pd.Timestamp(year=year, month=month_number, day=day_number)
        except ValueError:  # "Feb. 30"
            return None
        rest = line[: date.start()] + " " + line[date.end():]
    zone, precision = None, "day"
    # (another date on the line is no clock: "12.03.2024 - Update : 12.03.2024" has no time of day)
    clock = _clock_reading(re.sub(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b|\b\d{4}-\d{2}-\d{2}\b", " ", rest))
    if clock is not None:
        day, precision, zone = day + pd.Timedelta(hours=clock[0], minutes=clock[1]), "time", clock[2]
    if zone and zone[0] in "+-":
        offset = pd.Timedelta(hours=int(zone[1:3]), minutes=int(zone[-2:])) * (1 if zone[0] == "+" else -1)
        return (day - offset).tz_localize("UTC"), precision, None
    zone = P.TIMEZONE_ABBREVIATIONS.get(zone or "") or P.STAMP_ZONE_WORDS.get(zone or "")
    try:
        return day.tz_localize(zone or timezone or "UTC", ambiguous=False, nonexistent="shift_forward"), precision, zone
    except (ValueError, TypeError):
        return None


def _published_from_page(layout: list[tuple[str, str]], timezone: str | None
                         ) -> tuple[pd.Timestamp | None, str | None, str | None]:
    """When no metadata says when the article was published, the page's own timestamp line does: the first line not
    marked "Updated" (a publication time), else the earliest update time (publication came no later). A line without
    a zone ("Published June 14, 2025") takes the zone another timestamp line of the page names ("... 9:02 a.m. ET").
    Without any, a dateline that gives the year ("RIVERTON, Ohio, April 2, 2024 /PRNewswire/ --") gives the day."""
    stated = next((line.split(": ", 1)[1] for part, line in layout if part == "page_meta"
                   and line.startswith("published: ")), None)
    if stated:  # the page's metadata gives the publication time, usually to the second and with its offset
        try:
            stamp, precision = _parse_published(stated, timezone, "the page's metadata")
        except CorpusError:  # a page's odd value is no error of the user's: read the page's lines instead
            stamp = None
        if stamp is not None:
            return stamp, precision, None
    lines = [(n, line) for n, (part, line) in enumerate(layout) if part == "timestamp" or (
        part == "boilerplate" and re.match(r"(?:originally|first) published\b", line, re.I) and _is_timestamp(line))]
    page_zone = None
    if timezone is None:  # a zone named on any stamp, a dated one or a clock under it ("Updated 7:41 p.m. ET")
        zones = [P.TIMEZONE_ABBREVIATIONS.get(clock[2] or "") or P.STAMP_ZONE_WORDS.get(clock[2] or "") for _, line in lines
                 if (clock := _clock_reading(line)) is not None]
        page_zone = next((zone for zone in zones if zone), None)
    found = []
    for n, line in lines:
        first = re.search(r"[,;|]\s*(?:first|originally)\s+published\s+(?:at\s+)?(?P<clock>[^,;|]{3,20})$", line, re.I)
        date = P.TIMESTAMP_DATE.search(line)
        if first and date and _clock_reading(first.group("clock")) and not P.TIMESTAMP_DATE.search(first.group("clock")):
            # "Updated October 5, 2023 — 6.52pm, first published at 5.00am": the first publication, that day
            line = f"{date.group(0)} {first.group('clock')}"
        stamp = _stamp_from_line(line, timezone or page_zone)
        if stamp:
            updated = line.lower().lstrip().startswith(("updated", "last updated", "modified"))
            found.append((updated, stamp[0], n, (stamp[0], stamp[1], stamp[2] or page_zone)))
    if not found:
        # a dateline with its full date ("RIVERTON, Ohio, April 2, 2024 /PRNewswire/ --") dates the story to the day
        for part, line in layout:
            if part == "dateline" and (stamp := _stamp_from_line(line, timezone)):
                day = stamp[0].tz_localize(None).normalize().tz_localize(
                    stamp[0].tz, nonexistent="shift_forward", ambiguous=True) if stamp[1] == "time" else stamp[0]
                return day, "day", stamp[2]
        return None, None, None
    return min(found)[3]


def _check_timezone(timezone: Any, where: str) -> str | None:
    if timezone is None or (isinstance(timezone, float) and pd.isna(timezone)) or not str(timezone).strip():
        return None
    name = str(timezone).strip()
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise CorpusError(f"{where}: unknown time zone {name!r}; use an IANA name such as America/New_York, "
                          f"Europe/London or Asia/Baghdad") from None
    return name


def read_metadata(path: Path, max_bytes: int | None = None) -> dict[str, dict[str, Any]]:
    """Rows of ``metadata.csv`` by id. Extra columns are kept; missing columns default to empty."""
    if not path.exists():
        return {}
    if not path.is_file():
        raise CorpusError(f"{path}: is not a regular file; metadata.csv must be a CSV file (id,published,timezone,outlet,url)")
    text = normalize(read_text(path, max_bytes), str(path))
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "id" not in [f.strip() for f in reader.fieldnames]:
        raise CorpusError(f"{path}: needs a header row with an 'id' column (id,published,timezone,outlet,url)")
    rows: dict[str, dict[str, Any]] = {}
    for row in reader:
        line_no = reader.line_num
        if row.get(None):
            warnings.warn(f"{path}, line {line_no}: more values than columns in the header; the extra values "
                          f"{row[None]!r} are ignored. Add a column name for them, or quote values that hold commas",
                          stacklevel=3)
        row = {(k or "").strip(): (v.strip() if isinstance(v, str) else v) for k, v in row.items() if k}
        article_id = row.get("id") or ""
        if not article_id:
            raise CorpusError(f"{path}, line {line_no}: the id is empty; give the article's file name without extension")
        if article_id in rows:
            raise CorpusError(f"{path}, line {line_no}: duplicate id {article_id!r}; keep one row per article")
        rows[article_id] = row
    return rows


def _apply_metadata(fields: dict[str, Any], meta: dict[str, Any], where: str) -> dict[str, Any]:
    page = dict(line.split(": ", 1) for part, line in fields.get("layout", []) if part == "page_meta")
    outlet = meta.get("outlet") or page.get("outlet") or next(
        (line for part, line in fields.get("layout", []) if part == "masthead"), None) or _outlet_from_layout(
        fields.get("layout", []))
    timezone = _check_timezone(meta.get("timezone"), where)
    # without a zone given, the outlet's home zone (outlets.csv) reads its stamps and its relative dates: a stamp
    # that names its zone ("3:51 pm IST") still says best
    home = None if timezone else outlet_timezone(outlet)
    published, precision = _parse_published(meta.get("published"), timezone or home, where)
    published_from = "metadata" if published is not None else None
    if published is None:
        published, precision, zone = _published_from_page(fields.get("layout", []), timezone or home)
        if published is not None:
            published_from, timezone = "page", timezone or zone or home
            published = published.tz_convert(timezone) if timezone else published
    timezone = timezone or home
    extra = {k: v for k, v in meta.items() if k not in METADATA_COLUMNS and k not in fields and v not in (None, "")}
    fields.update(
        published=published, published_precision=precision, published_from=published_from, timezone=timezone,
        outlet=outlet, url=(meta.get("url") or page.get("url") or None), extra=extra,
    )
    return fields


# ------------------------------------------------------------------------------------------------------------ files


def _front_matter(text: str, name: str) -> tuple[dict[str, Any], str]:
    match = re.match(r"^---\n(.*?)\n---\n?", text, re.S)
    if not match:
        return {}, text
    import yaml

    try:
        data = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as error:
        raise CorpusError(f"{name}: the YAML front matter cannot be read ({error}); fix it or remove it") from None
    if not isinstance(data, dict):
        raise CorpusError(f"{name}: the front matter must be key: value pairs (id, published, timezone, outlet, url)")
    return {str(k): (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in data.items()}, text[match.end():]


#: What news APIs and scrapers call an article's fields (NewsAPI, GDELT, news-please, newspaper3k, RSS turned to JSON),
#: read when the record lacks our own name for the field. Overridable: add names to a tuple.
RECORD_ALIASES = {
    "headline": ("title",),
    "dek": ("description", "summary", "subtitle", "subheadline", "abstract"),
    "text": ("content", "maintext", "full_text", "article_text", "body_text", "article"),
    "published": ("publishedAt", "published_at", "datePublished", "date_publish", "publish_date", "pubDate",
                  "date_published", "date", "seendate"),
    "outlet": ("source", "source_name", "publisher", "site_name", "source_domain", "domain", "media_name",
               "media_outlet"),
    "authors": ("author", "creator"),
    "url": ("link", "canonical_url"),
    "id": ("article_id", "uuid", "_id", "guid"),
}
#: Keys under which an API's response lists its articles: {"status": "ok", "articles": [...]}.
RECORD_LISTS = ("articles", "results", "items", "documents", "docs", "data", "stories")
#: NewsAPI's mark of a cut-off text: "... [+2345 chars]".
_TRUNCATED = re.compile(r"\s*(?:…|\.\.\.)?\s*\[\+\d+ chars\]\s*$")


def _canonical_record(record: dict[str, Any], name: str) -> dict[str, Any]:
    """A record with our field names: an API's names (``RECORD_ALIASES``) are read where ours are missing; its
    source object ({"name": ...}) becomes the outlet, its author string the authors."""
    out = dict(record)
    for key, aliases in RECORD_ALIASES.items():
        if out.get(key) in (None, "", []):
            value = next((record[a] for a in aliases if record.get(a) not in (None, "", [])), None)
            if value is not None:
                out[key] = value
    if isinstance(out.get("outlet"), dict):
        out["outlet"] = out["outlet"].get("name") or out["outlet"].get("id")
    if isinstance(out.get("authors"), str):
        out["authors"] = _byline_names(re.sub(r"^by\s+", "", normalize(out["authors"], name), flags=re.I))
    if isinstance(out.get("authors"), list):
        out["authors"] = [a.get("name", "") if isinstance(a, dict) else a for a in out["authors"]]
        out["authors"] = [a for a in out["authors"] if isinstance(a, str) and a.strip() and not re.match(r"https?://", a)]
    if isinstance(out.get("text"), str) and _TRUNCATED.search(out["text"]):
        warnings.warn(f"{name}: the text of {out.get('headline') or out.get('id') or 'a record'!r} ends in "
                      f"'[+N chars]', the mark of an API that cut it short; the article is read as far as it goes "
                      f"(fetch the page for the whole story)", stacklevel=4)
        out["text"] = _TRUNCATED.sub(" …", out["text"]).rstrip()
    return out


def _from_record(record: dict[str, Any], name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Article fields and metadata from a JSON record: {"id", "text"} or the parts themselves (under our names or a
    news API's, ``RECORD_ALIASES``)."""
    if not isinstance(record, dict):
        raise CorpusError(f"{name}: each JSON record must be an object with 'text' (or 'headline' and 'paragraphs')")
    record = _canonical_record(record, name)
    aliases = {a for names in RECORD_ALIASES.values() for a in names}  # read above: no metadata of their own
    record = {k: v for k, v in record.items() if k not in aliases}
    meta = {k: record[k] for k in record if k not in ("text", "body", "paragraphs", "headline", "dek", "captions",
                                                        "byline", "authors", "photo_credits", "boilerplate")}
    if isinstance(record.get("text"), str):
        text, headline = unescape_entities(normalize(record["text"], name), name), record.get("headline")
        if isinstance(headline, str) and headline.strip() and not text.lstrip().startswith(headline.strip()):
            text = normalize(headline, name).strip() + "\n\n" + text  # a title given apart from the text heads it
        fields = split_article(text)
        if isinstance(record.get("dek"), str) and record["dek"].strip() and not fields["dek"]:
            fields["dek"] = normalize(record["dek"], name).strip()
            fields["layout"].insert(1, ("dek", fields["dek"]))
        if not fields["authors"] and isinstance(record.get("authors"), list):
            fields["authors"] = [normalize(a, name).strip() for a in record["authors"] if isinstance(a, str)]
        return fields, meta
    paragraphs = record.get("paragraphs")
    if paragraphs is None and isinstance(record.get("body"), str):
        paragraphs = [p for p in re.split(r"\n\s*\n", record["body"]) if p.strip()]
    if not isinstance(paragraphs, list) or not all(isinstance(p, str) for p in paragraphs):
        raise CorpusError(f"{name}: a JSON record needs 'text' (a string) or 'paragraphs' (a list of strings)")
    clean = lambda s: unescape_entities(normalize(s, name), name) if isinstance(s, str) else ""  # noqa: E731
    fields = {
        "headline": clean(record.get("headline")), "dek": clean(record.get("dek")),
        "captions": [clean(c) for c in record.get("captions") or []],
        "photo_credits": [clean(c) for c in record.get("photo_credits") or []],
        "paragraphs": [clean(p).replace("\n\n", "\n") for p in paragraphs if clean(p)],
        "byline": clean(record.get("byline")),
        "authors": list(record.get("authors") or []) or _byline_names(re.sub(r"^by\s+", "", clean(record.get("byline")), flags=re.I)),
        "boilerplate": [clean(b) for b in record.get("boilerplate") or []],
    }
    fields["layout"] = [("headline", fields["headline"])] + [("body", p) for p in fields["paragraphs"]]
    if not fields["paragraphs"] and not fields["headline"]:
        raise CorpusError(f"{name}: the record has no text; give 'text' or 'headline' and 'paragraphs'")
    return fields, meta


#: Columns that hold an article's text in a table of articles (a CSV export of a news archive or an API).
_TEXT_COLUMNS = ("text", "body", "paragraphs", *RECORD_ALIASES["text"])


class NotAnArticleTable(CorpusError):
    """A CSV file without a column of article text (a table of something else, left in the corpus folder)."""


def _records(path: Path, text: str) -> list[dict[str, Any]]:
    name = str(path)
    if path.suffix.lower() == ".csv":  # a table of articles: one row each, its columns named as a JSON record's
        csv.field_size_limit(max(csv.field_size_limit(), 64 * 1024 * 1024))  # (an article's text is one field)
        reader = csv.DictReader(io.StringIO(text))
        columns = [c.strip() for c in reader.fieldnames or [] if c]
        if not set(columns) & set(_TEXT_COLUMNS):
            raise NotAnArticleTable(f"{name}: a CSV file in the corpus is read as a table of articles, one per row, "
                                    f"and needs a column of their text ({', '.join(_TEXT_COLUMNS[:4])} ...); it has "
                                    f"{', '.join(columns) or 'no header'}")
        rows = [{k.strip(): v for k, v in row.items() if k and v not in (None, "")} for row in reader]
        for row in rows:  # a cell holds the paragraphs as one text, blank lines between them
            if isinstance(row.get("paragraphs"), str) and "text" not in row:
                row["text"] = row.pop("paragraphs")
        return rows
    if path.suffix.lower() == ".jsonl":
        records = []
        for n, line in enumerate(text.split("\n"), start=1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as error:
                    raise CorpusError(f"{name}, line {n}: not valid JSON ({error.msg}); one JSON object per line") from None
                except RecursionError:
                    raise CorpusError(f"{name}, line {n}: the JSON is nested too deeply to be an article record; "
                                      f"one flat JSON object per line") from None
        return records
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise CorpusError(f"{name}: not valid JSON ({error.msg} at line {error.lineno}); fix the file or save it as .txt") from None
    except RecursionError:
        raise CorpusError(f"{name}: the JSON is nested too deeply to be an article record; give an object (or a list "
                          f"of objects) with 'text'") from None
    if isinstance(data, dict) and not any(k in data for k in ("text", "paragraphs", "body")):
        listed = next((data[k] for k in RECORD_LISTS if isinstance(data.get(k), list)), None)
        if listed is not None:  # an API's response: {"status": "ok", "articles": [...]}
            return listed
    return data if isinstance(data, list) else [data]


_WORD_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_text(path: Path, max_bytes: int | None = None) -> str:
    """The text of a Word document (.docx, as a news database such as Nexis Uni downloads it): its paragraphs, each
    set apart by a blank line, read with the standard library (the document is a zip archive of XML). The archive and
    its text are held to ``max_bytes`` like any file."""
    import xml.etree.ElementTree as ElementTree
    import zipfile

    limit = MAX_BYTES if max_bytes is None else max_bytes
    if path.stat().st_size > limit:
        raise CorpusError(f"{path}: {path.stat().st_size:,} bytes is larger than the limit of {limit:,} bytes "
                          f"(max_bytes) for one file; split the file or raise the limit")
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > 4 * limit:  # (a document that unpacks to far more than it holds)
                raise CorpusError(f"{path}: its text unpacks to {info.file_size:,} bytes, past the limit; split the "
                                  f"document or raise max_bytes")
            root = ElementTree.fromstring(archive.read(info))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as error:
        raise CorpusError(f"{path}: not a Word document that can be read ({error}); save it again as .docx, or as "
                          f"plain text (.txt)") from None
    paragraphs = []
    for paragraph in root.iter(_WORD_NS + "p"):
        pieces = [node.text or "" if node.tag == _WORD_NS + "t" else "\t" if node.tag == _WORD_NS + "tab" else "\n"
                  for node in paragraph.iter() if node.tag in (_WORD_NS + "t", _WORD_NS + "tab", _WORD_NS + "br")]
        if "".join(pieces).strip():
            paragraphs.append("".join(pieces).strip())
    return "\n\n".join(paragraphs)


def _mhtml_page(raw: str, name: str) -> str:
    """The HTML of a page saved as one file by a browser ("Save as: Webpage, single file", ``.mhtml``): the MIME
    archive's first text/html part, decoded (quoted-printable or base64, in its charset)."""
    import email

    message = email.message_from_string(raw)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if payload:
                return payload.decode(part.get_content_charset() or "utf-8", errors="replace")
    raise CorpusError(f"{name}: a web archive (.mhtml) with no HTML page in it; save the page as .html or as text")


def _fields_from_text(text: str, name: str) -> dict[str, Any]:
    text = normalize(text, name)
    page: dict[str, str] = {}
    if _looks_like_html(text):
        if not name.lower().endswith((".html", ".htm", ".mhtml", ".mht")):
            warnings.warn(f"{name}: looks like an HTML page; tags were stripped and its page metadata read. Name it "
                          f".html, or save the article's text instead", stacklevel=3)
        text, page = html_page(text)
        text = normalize(text, name)  # the parser converts &amp; etc. once; never unescape twice
    else:
        text = unescape_entities(text, name)
    if not text.strip():
        raise CorpusError(f"{name}: the file is empty (or only whitespace); remove it or put the article's text in it")
    fields = split_article(text)
    if not fields["authors"] and page.get("author") and "://" not in page["author"]:
        fields["authors"] = _byline_names(page["author"])  # a page with no byline in its text names its author here
    # the page's own statements go into the layout, so they stay traceable and are read like the timestamp lines
    fields["layout"] = [("page_meta", f"{key}: {value}") for key, value in page.items()] + fields["layout"]
    return fields


def _articles_from_file(path: Path, metadata: dict[str, dict[str, Any]], max_bytes: int | None,
                        outlet: str | None = None) -> list[Article]:
    name = str(path)
    suffix = path.suffix.lower()
    raw = _docx_text(path, max_bytes) if suffix == ".docx" else read_text(path, max_bytes)
    items: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    if suffix in (".json", ".jsonl") and not normalize(raw, name).strip():
        raise CorpusError(f"{name}: the file is empty (or only whitespace and control characters); remove it or put "
                          f"the article's JSON record in it")
    if suffix in (".json", ".jsonl", ".csv"):
        records = _records(path, normalize(raw, name))
        if not records:
            raise CorpusError(f"{name}: holds no rows of articles; give one row per article, with its text"
                              if suffix == ".csv" else
                              f"{name}: holds no JSON records; give an object with 'text' (or a list of them)")
        for n, record in enumerate(records):
            fields, meta = _from_record(record, name)
            record_id = meta.get("id")
            if record_id is not None and (isinstance(record_id, bool) or not isinstance(record_id, (str, int))):
                raise CorpusError(f"{name}: record {n} has id {record_id!r}; an id is a string (the article's name)")
            items.append((str(record_id or (path.stem if n == 0 and suffix == ".json" else f"{path.stem}-{n}")), fields, meta))
    else:
        text = normalize(_mhtml_page(raw, name) if suffix in (".mhtml", ".mht") else raw, name)
        meta: dict[str, Any] = {}
        front = ""
        if suffix == ".md":
            meta, rest = _front_matter(text, name)
            if meta:
                front = text[: len(text) - len(rest)]
            text = rest
        factiva = _factiva_documents(text) if not front else []
        documents = _database_documents(text) if not front and not factiva else [text]
        if factiva:  # Factiva's coded export ("HD", "BY", "PD", "SN", "LP", "TD", ...): one article per document
            for n, (document, fields_meta) in enumerate(factiva):
                items.append((f"{path.stem}-{n}" if len(factiva) > 1 else str(meta.get("id") or path.stem),
                              _fields_from_text(document, f"{name} (document {n + 1})"), {**meta, **fields_meta}))
        elif len(documents) > 1:  # a news database's export of several documents: one article each, "<stem>-<n>"
            for n, document in enumerate(documents):
                items.append((f"{path.stem}-{n}", _fields_from_text(document, f"{name} (document {n + 1})"), {}))
        else:
            fields = _fields_from_text(text, name)
            if front:
                fields["layout"] = [("front_matter", line) for line in front.split("\n") if line.strip()] + fields["layout"]
            items.append((str(meta.get("id") or path.stem), fields, meta))
    articles = []
    for article_id, fields, meta in items:
        _check_id(article_id, name)
        merged = {**metadata.get(article_id, {}), **{k: v for k, v in meta.items() if v not in (None, "")}}
        if outlet:  # load_article's outlet= outranks the file's and the page's, and brings its home zone, not theirs
            merged["outlet"] = outlet
        where = f"{name} (id {article_id})"
        if article_id in metadata:
            where += f", with its row in {path.parent / 'metadata.csv'}"
        _apply_metadata(fields, merged, where)
        _warn_if_no_body(fields, f"{name} (id {article_id})")
        articles.append(Article(id=article_id, source=name, **fields))
    return articles


#: A field of Factiva's coded export: a code of two to four capitals at the start of a line, then its text.
_FACTIVA_FIELD = re.compile(r"^(?P<code>[A-Z]{2,4})(?:[ \t]{2,}|\t|[ \t]*$)(?P<text>.*)$")


def _factiva_documents(text: str) -> list[tuple[str, dict[str, str]]]:
    """Factiva's coded export, one (article text, metadata) per document: the headline (HD), byline (BY), date
    (PD), dateline (DL) and source name (SN, the outlet), the lead paragraph (LP) and the text (TD) as the story, and
    the copyright (CY) after it; the indexing fields (WC, SC, LA, CO, IN, NS, RE, IPD, PUB, AN ...) are the
    database's, no part of the article. [] unless the text is such an export (an HD field and at least three of LP,
    TD, PD, SN, AN)."""
    if not re.search(r"(?m)^HD(?:[ \t]{2,}|\t|[ \t]*$)", text):  # (every .txt is asked: no line-by-line reading without one)
        return []
    lines = text.split("\n")
    codes = [m.group("code") if (m := _FACTIVA_FIELD.match(line)) else None for line in lines]
    if "HD" not in codes or len({"LP", "TD", "PD", "SN", "AN"} & set(codes)) < 3:
        return []
    documents: list[dict[str, list[str]]] = []
    current: dict[str, list[str]] | None = None
    code = None
    for line, found in zip(lines, codes):
        if found == "HD":
            current = {}
            documents.append(current)
        if current is None:
            continue
        if found is not None:
            code = found
            line = _FACTIVA_FIELD.match(line).group("text")
        current.setdefault(code, []).append(line.strip())
    out = []
    for fields in documents:
        def field(c: str, joiner: str = " ") -> str:
            return joiner.join(x for x in fields.get(c, []) if x).strip()

        def paragraphs(c: str) -> list[str]:  # a field's paragraphs: its lines between blank lines
            found, current_par = [], []
            for x in fields.get(c, []) + [""]:
                if x:
                    current_par.append(x)
                elif current_par:
                    found.append(" ".join(current_par))
                    current_par = []
            return found

        byline = field("BY")
        story = paragraphs("LP") + paragraphs("TD")
        if field("DL") and story:
            story[0] = f"{field('DL')} — {story[0]}"
        furniture = [field("CY")]  # (the indexing fields are the database's, no part of the article)
        pieces = [field("HD"), (byline if re.match(r"(?i)by\b", byline) else f"By {byline}") if byline else "",
                  " ".join(x for x in (field("PD"), field("ET")) if x), *story, *furniture]
        meta = {"outlet": field("SN")} if field("SN") else {}
        out.append(("\n\n".join(x for x in pieces if x), meta))
    return out


def _database_documents(text: str) -> list[str]:
    """The documents of a news database's export (Nexis writes "End of Document" under each): the text cut after
    each such line, empty pieces dropped; one document (or none marked) is the text itself."""
    if "End of Document" not in text:
        return [text]
    pieces = re.split(r"(?m)(?<=^End of Document)[ \t]*$", text)
    documents = [piece.strip("\n") for piece in pieces if piece.strip()]
    return documents if len(documents) > 1 else [text]


def _check_id(article_id: str, name: str) -> None:
    """An id names an article (and the files made from it): never a path, never hidden, never a control character."""
    if (not article_id or article_id != article_id.strip() or article_id.startswith(".")
            or re.search(r"[/\\\x00-\x1f\x7f]", article_id)):
        raise CorpusError(f"{name}: id {article_id!r} is not a plain name; an id is a file name without extension "
                          f"(letters, digits, '-', '_'), never a path. Fix the 'id' in the file or rename the file")


def _warn_if_no_body(fields: dict[str, Any], name: str) -> None:
    if fields.get("paragraphs"):
        return
    if fields.get("headline"):
        warnings.warn(f"{name}: only a headline, no body paragraphs; the article's text may be missing from the file",
                      stacklevel=4)
    else:
        warnings.warn(f"{name}: no headline and no body paragraphs, only page furniture (byline, credits, "
                      f"boilerplate); save the article's text itself", stacklevel=4)


def load_article(path_or_text: str | os.PathLike, id: str | None = None, published: Any = None,
                 outlet: str | None = None, timezone: str | None = None, *, url: str | None = None,
                 max_bytes: int | None = None) -> Article:
    """Load one article from a file path or from its text. Arguments override the file's own metadata."""
    is_path = isinstance(path_or_text, os.PathLike) or (
        isinstance(path_or_text, str) and "\n" not in path_or_text and len(path_or_text) < 4096
        and (os.path.exists(path_or_text) or re.search(r"\.(?:txt|md|json|jsonl|html?|mhtml?|docx|csv)$", path_or_text, re.I)
             is not None)
    )
    if not isinstance(path_or_text, (str, os.PathLike)):
        raise CorpusError(f"load_article needs a file path or the article's text, not {type(path_or_text).__name__}")
    if is_path:
        path = Path(path_or_text)
        if not path.is_file():
            raise CorpusError(f"{path}: no such article file; check the path (or pass the article's text itself)")
        if path.suffix.lower() not in SUFFIXES:
            raise CorpusError(f"{path}: unsupported file type {path.suffix!r}; use {', '.join(SUFFIXES)}")
        metadata = read_metadata(path.parent / "metadata.csv", max_bytes)
        found = _articles_from_file(path, metadata, max_bytes, outlet)
        article = found[0]
    else:
        text = str(path_or_text)
        fields = _fields_from_text(text, "<text>")
        _warn_if_no_body(fields, "<text>")
        article = Article(id=id or "article", **_apply_metadata(fields, {"outlet": outlet} if outlet else {}, "<text>"))
    if id is not None:
        _check_id(id, f"load_article(id={id!r})")
    overrides = {"id": id, "outlet": outlet, "url": url}
    for key, value in overrides.items():
        if value is not None:
            setattr(article, key, value)
    if timezone is None and outlet is not None and article.timezone is None:
        timezone = outlet_timezone(outlet)  # the outlet's home zone, as from metadata.csv
    if timezone is not None or published is not None:
        where = f"load_article({article.id!r})"
        article.timezone = _check_timezone(timezone, where) if timezone is not None else article.timezone
        if published is not None:
            article.published, article.published_precision = _parse_published(published, article.timezone, where)
            article.published_from = "argument" if article.published is not None else None
        elif article.published_from == "page" and timezone is not None:
            # the page's clock, read again in the zone given: a line without a known zone ("08:14 IST") is local time
            stamp, article.published_precision, _ = _published_from_page(article.layout, article.timezone)
            article.published = stamp.tz_convert(article.timezone)
        elif article.published is not None and article.timezone:
            article.published = article.published.tz_convert(article.timezone) if article.published_precision == "time" \
                else article.published.tz_localize(None).tz_localize(article.timezone, nonexistent="shift_forward",
                                                                     ambiguous=True)
    _warn_unzoned_page_stamp(article, f"{article.source} (id {article.id})" if article.source
                             else f"load_article({article.id!r})")
    return article


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except ValueError:
        return False


def load_corpus(path: str | os.PathLike = "seeds", *, errors: str = "raise", max_bytes: int | None = None,
                follow_symlinks: bool = False) -> Corpus:
    """Load every article in a folder (``.txt``, ``.md``, ``.json``, ``.jsonl``, ``.html``, ``.csv``) with ``metadata.csv``
    beside them.

    ``errors="raise"`` (default) reports every bad file at once in one CorpusError; ``errors="skip"`` warns per bad
    file and loads the rest. Symlinks that point outside the folder are skipped unless ``follow_symlinks=True``.
    """
    if errors not in ("raise", "skip"):
        raise CorpusError(f"errors={errors!r}: use 'raise' (stop and list every bad file) or 'skip' (warn and go on)")
    folder = Path(path)
    if not folder.is_dir():
        raise CorpusError(f"{folder}: no such corpus folder; pass the folder that holds the article files "
                          f"(load_corpus('seeds'))")
    problems: list[str] = []
    try:
        metadata_path = folder / "metadata.csv"
        if metadata_path.is_symlink() and not follow_symlinks and not _inside(metadata_path, folder):
            warnings.warn(f"{metadata_path}: a symlink to a file outside the corpus folder; ignored "
                          f"(follow_symlinks=True to read it)", stacklevel=2)
            metadata = {}
        else:
            metadata = read_metadata(metadata_path, max_bytes)
    except CorpusError as error:
        if errors == "raise":
            raise
        warnings.warn(f"{error}; metadata ignored", stacklevel=2)
        metadata = {}
    articles: list[Article] = []
    unreadable: list[str] = []
    for file in sorted(folder.iterdir()):
        if not file.name.startswith(".") and file.suffix.lower() in UNREADABLE_DOCUMENTS:
            unreadable.append(file.name)
        if file.name.startswith(".") or file.name.lower() in NOT_ARTICLES or file.suffix.lower() not in SUFFIXES:
            continue
        if file.is_symlink() and not follow_symlinks and not _inside(file, folder):
            warnings.warn(f"{file}: a symlink to a file outside the corpus folder; skipped (follow_symlinks=True to read it)",
                          stacklevel=2)
            continue
        if not file.is_file():  # a folder, a named pipe, a device or a dangling link: never opened
            warnings.warn(f"{file}: not a regular file (a folder, pipe, device or broken link); skipped", stacklevel=2)
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("always")
                articles.extend(_articles_from_file(file, metadata, max_bytes))
        except NotAnArticleTable as error:  # another table beside the articles: not an article file, so no error
            warnings.warn(f"{error}; skipped", stacklevel=2)
        except CorpusError as error:
            problems.append(str(error))
        except (OSError, UnicodeError) as error:
            problems.append(f"{file}: cannot be read ({error}); check the file's permissions and encoding")
    if unreadable:
        shown = ", ".join(unreadable[:5]) + (f" and {len(unreadable) - 5} more" if len(unreadable) > 5 else "")
        warnings.warn(f"{folder}: {len(unreadable)} document(s) the loader cannot read were skipped ({shown}); save "
                      f"each as plain text (.txt; a news database's 'download as text' option, or copy the page) or "
                      f"as .html, and load the folder again", stacklevel=2)
    seen: dict[str, str] = {}
    unique: list[Article] = []
    for article in articles:
        if article.id in seen:
            problems.append(f"{article.source}: id {article.id!r} is also used by {seen[article.id]}; rename one of the files")
            continue
        seen[article.id] = article.source or ""
        unique.append(article)
        _warn_unzoned_page_stamp(article, f"{article.source} (id {article.id})")
    for missing in sorted(set(metadata) - set(seen)):
        problems.append(f"{folder / 'metadata.csv'}: a row for id {missing!r}, but no article file {missing}.txt/.md/.json "
                        f"is in {folder}; add the file or remove the row")
    if problems:
        if errors == "raise":
            raise CorpusError(f"{len(problems)} problem(s) loading the corpus at {folder}:\n- " + "\n- ".join(problems)
                              + "\n(load_corpus(..., errors='skip') loads the rest and warns about these)")
        for problem in problems:
            warnings.warn(problem, stacklevel=2)
    return Corpus(unique, str(folder))
