"""Actors: who is in the story, under every name they go by.

``actors(article)`` gives one row per referent (person, organization, place, group, plus the article's own
``author`` and photo ``credit`` people, who are not actors of the story) with every name the article uses for it;
``mentions(article)`` gives one row per mention; ``resolve(article, text)`` maps a speaker string ("Defense Secretary
Jane Doe", "Doe", "the Pentagon") to the actor name ``actors`` uses; ``people(article)`` lists the persons with a
gender guess (honorifics, gendered titles, pronouns), for "he said" resolution.

How names are joined (general rules, no per-article fixes):
- spaCy's entities (PERSON, ORG, GPE, LOC, FAC, NORP) from the one shared parse, cleaned: a leading "the", a trailing
  possessive and titles or ranks before a name ("Brig. Gen.", "Defense Secretary", "Prime Minister") are cut off; the
  title is kept as the person's ``title``, an appositive ("Jane Doe, the commander of ...") as their ``role``.
  Entities that are only a title or rank ("Brig.", "Defense" of "Defense Secretary") are dropped.
- A surname alone joins the full name it belongs to (the nearest one before it when two people share the surname);
  a name a small edit away from another (a likely misspelling) joins it and is listed in ``variants``; a one-word
  entity of another type that is a person's surname ("Doe" tagged ORG) is that person.
- Institutions and places join when ``data/institution_aliases.csv`` (or your CSV) puts them on one row group, when
  they differ only by a leading country ("U.S. Cyber Command" / "Cyber Command") or by word order
  ("Defense Department" / "Department of Defense"), or when the article defines an acronym ("... Agency (EPA)").
- A nationality adjective ("Iraqi", "Iranian") is a mention of its country (``data/demonyms.csv``, overridable),
  a place actor listing the adjective among its aliases; the people themselves ("Iranians") stay a group.
- A titled surname written before the full name ("President Doe" ... "Jane Doe") is another person only where the
  article shows two such people (two first names, "Mr." and "Mrs." Doe, a "Mr. Doe" and a woman's first name).
- A PERSON entity that names an organization is an organization, by general cues (``data/organization_words.csv``):
  a legal form or an organization's word in or after the name, "&", "(now ...)", "a partner at ...", an "its" that
  refers back, a city's name with a plural noun; a one-word name never given a first name that starts an
  organization's name written elsewhere, modifies "firm" or "chain", or is joined by "and" to an institution.
- Titles are read as a reporter writes them: a lowercase word that modifies the title joins it ("state Treasurer",
  "opposition leader"); a style of address ("Cllr", kind ``style`` in ``data/actor_titles.csv``) is the title only
  when no fuller one is written ("Council leader Cllr Jane Doe"); a title in capitals after a name ("Jane Doe MP")
  is no part of it; an honorific or style opens a name the tagger missed ("Dame Jane Doe MP said"); a post set
  before a name by a comma is its role.
- A name the tagger calls a person or an organization is a place by the grammar around it: after "in", "near",
  "outside", "from" after a verb of going or a person, "the town of"; beside a place by a comma ("Ambala,
  Haryana"); modifying a place noun ("the Doe border"). A noun that describes a company before its name
  ("Chipmaker Doe", "Swedish chipmaker Doe") makes an organization; a name beside an age, a kin or a person's post
  ("Jane Doe, 24,", "her daughter, Ama,", "Jean Roe, the foreign minister,") a person; a group word a group.
- A title-case headline's "name" is trimmed of the common words around it ("..., Records Show").
- An acronym the article defines is found where the tagger leaves it ("WHO said"); "the ministry", "the commission"
  after the one body so named are its mentions (how ``reference``; cue ``reference`` in
  ``data/organization_words.csv``); a body's name without its last organization word is that body.
- Once an actor is known, its names are also found where spaCy missed them.
"""
from __future__ import annotations

import bisect
import functools
import csv
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

import pandas as pd

from . import nlp as _nlp
from . import patterns as _patterns

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

    from .corpus import Article

DATA_DIR = Path(__file__).parent / "data"
TITLES_CSV = DATA_DIR / "actor_titles.csv"
ALIASES_CSV = DATA_DIR / "institution_aliases.csv"
GROUP_WORDS_CSV = DATA_DIR / "group_words.csv"
DEMONYMS_CSV = DATA_DIR / "demonyms.csv"
ORG_WORDS_CSV = DATA_DIR / "organization_words.csv"
FIRST_NAMES_CSV = DATA_DIR / "first_names.csv"

#: spaCy entity labels read, and the kind of actor each gives.
LABEL_KINDS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}
#: Kinds that are not actors of the story (the article's own people).
NON_STORY_KINDS = ("author", "credit")

ACTOR_COLUMNS = ["actor", "kind", "aliases", "mentions", "first_paragraph", "title", "variants", "role"]
MENTION_COLUMNS = ["actor", "kind", "part", "start", "end", "paragraph", "sentence", "text", "how"]
PEOPLE_COLUMNS = ["actor", "kind", "gender", "title", "role", "surname", "mentions"]

PRONOUNS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female", "hers": "female"}
_APOSTROPHES = "'’"
_POSSESSIVE = re.compile(r"(?:['’]s?)$")
_CONNECTORS = {"of", "the", "for", "and", "&"}
_ROLE_STOP = {"who", "whom", "whose", "which", "that", "where", "when", ",", ";", "—", "–", "(", ")", ".", ":"}
_ROLE_START = {"the", "a", "an", "his", "her", "their", "its", "one", "chief", "head", "then"}
_COUNTRY_PREFIXES = ("u.s. ", "us ", "american ", "united states ", "u.k. ", "british ")
_PLACE_PREFIXES = ("republic of ", "islamic republic of ", "state of ", "kingdom of ", "people's republic of ",
                   "commonwealth of ")
#: Words that make a name the name of a thing: "the Doe Plan", "the Doe Show" (organizations' words, "the Doe
#: Center", "Doe Partners", are in data/organization_words.csv; surnames such as Hall and Law are in neither).
NOT_A_PERSON_HEADS = {"administration", "campaign", "plan", "rule", "doctrine", "act", "show", "program", "programme",
                      "speech", "building", "airport", "street", "avenue", "bridge", "award", "prize", "report",
                      "memorial"}
#: Verbs whose "on X" names a medium, not a person ("said on Doe" is a network or a website).
_MEDIUM_VERBS = {"say", "write", "post", "tweet", "announce", "appear", "comment", "speak", "report", "share",
                 "broadcast", "air", "reply", "respond", "add", "thank", "fire", "lash", "hit", "blast", "slam", "mock",
                 "praise", "criticize", "criticise", "attack", "react", "joke", "boast", "vow", "insist", "argue",
                 "complain", "congratulate", "declare", "confirm", "deny", "apologize", "apologise", "claim", "note",
                 "accuse", "warn", "urge", "promise", "pledge", "celebrate", "livestream", "stream", "publish"}
#: Nouns that may stand between an organization and the "its" that refers back to it ("Doe Roe said in a
#: statement on Monday that its ...").
_STATEMENT_NOUNS = {"statement", "release", "email", "e-mail", "interview", "letter", "filing", "tweet", "post",
                    "spokesman", "spokeswoman", "spokesperson"}
#: Verb forms a headline glues to a name ("Doe Says"); inflections the dictionary of lemmas does not list.
_VERB_FORMS = {"says", "said", "tells", "told", "warns", "warned", "calls", "called", "slams", "urges", "vows",
               "denies", "defends", "blasts", "rips", "backs", "hits", "wins", "loses", "makes", "gets", "is", "was",
               "has", "had"}
_CREDIT_AGENCY = re.compile(r"^\s*/\s*\S")


# --------------------------------------------------------------------------------------------------- lexicons

def _read_csv(path: Path | str) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.lstrip().startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


def load_titles(path: Path | str = TITLES_CSV) -> dict[str, tuple[str, str]]:
    """word -> (kind, gender) from a titles table (columns word, kind, gender)."""
    return {row["word"].lower(): (row.get("kind") or "title", row.get("gender") or "") for row in _read_csv(path)}


def load_aliases(path: Path | str = ALIASES_CSV) -> dict[str, tuple[str, str]]:
    """alias -> (canonical key, kind) from an alias table (columns alias, canonical, kind)."""
    table = {}
    for row in _read_csv(path):
        table[_key(row["alias"])] = (_key(row["canonical"]), row.get("kind") or "")
    return table


def load_group_words(path: Path | str = GROUP_WORDS_CSV) -> set[str]:
    return {row["word"].lower() for row in _read_csv(path)}


def load_org_words(path: Path | str = ORG_WORDS_CSV) -> dict[str, set[str]]:
    """word -> its cues (legal, name, noun, job) from an organization-words table (columns word, cue)."""
    table: dict[str, set[str]] = defaultdict(set)
    for row in _read_csv(path):
        table[row["word"].lower()].add(row.get("cue") or "name")
    return dict(table)


def load_first_names(path: Path | str = FIRST_NAMES_CSV) -> dict[str, str]:
    """first name -> male / female, the gender it most often marks (columns name, gender m|f); a guess used only
    to tell two people who share a surname apart ("Mr. Doe" is not "Michelle Doe")."""
    if not Path(path).exists():
        return {}
    genders = {"m": "male", "f": "female"}
    return {row["name"].lower(): genders.get(row.get("gender", ""), "") for row in _read_csv(path)}


def load_demonyms(path: Path | str = DEMONYMS_CSV, base: dict[str, tuple[str, str]] | None = None
                  ) -> dict[str, tuple[str, str]]:
    """demonym key -> (country, plural key) from a demonym table (columns demonym, country, plural), added to
    ``base``; a row with an empty country removes that demonym. "Iranian" -> ("Iran", "iranians")."""
    table = dict(base or {})
    for row in _read_csv(path):
        key = _key(row["demonym"])
        if not row.get("country"):
            table.pop(key, None)
            continue
        table[key] = (row["country"], _key(row.get("plural") or row["demonym"] + "s"))
    return table




# --------------------------------------------------------------------------------------------------- helpers

def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1 << 16)
def _key(name: str) -> str:
    """Comparison key of a name: lowercase, straight apostrophes, single spaces, no leading "the"."""
    name = _fold(name).replace("’", "'").replace("\u00a0", " ")
    name = re.sub(r"\s+", " ", name).strip().lower()
    name = re.sub(r"^the ", "", name)
    return name


#: Particles that belong to the surname after them ("Bill de Blasio" -> surname "de blasio").
NAME_PARTICLES = {"de", "da", "del", "della", "der", "di", "du", "van", "von", "le", "la", "al", "el", "bin", "ibn",
                  "ben", "dos", "das", "ter", "ten", "st.", "mac"}


#: Particles that are also given names at the start of a name ("Al Gore", "Ben Carson").
_GIVEN_NAMES = {"al", "el", "bin", "ibn", "ben", "mac"}


def _person_tokens(name: str) -> list[str]:
    """The words of a person's name without initials and suffixes, lowercase; a particle joins the surname."""
    return list(_person_words(name))


@functools.lru_cache(maxsize=1 << 16)
def _person_words(name: str) -> tuple[str, ...]:
    words = [w.strip(".,") for w in _key(name).split()]
    words = [w for w in words if w and not re.fullmatch(r"[a-z]\.?|jr|sr|ii|iii|iv", w)] or words
    lower_start = name.strip()[:1].islower()  # "bin Laden": a particle, not a given name
    merged: list[str] = []
    for k, word in enumerate(words):
        particle = merged and merged[-1] in NAME_PARTICLES and (
            len(merged) > 1 or merged[-1] not in _GIVEN_NAMES or lower_start)
        if particle and k == len(words) - 1:
            merged[-1] = f"{merged[-1]} {word}"
            # a run of particles belongs to the surname too ("van der Berg", "de la Cruz")
            while len(merged) > 1 and merged[-2] in NAME_PARTICLES and (
                    len(merged) > 2 or merged[-2] not in _GIVEN_NAMES or lower_start):
                merged[-2:] = [f"{merged[-2]} {merged[-1]}"]
        else:
            merged.append(word)
    return tuple(merged)


def _edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment)."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def likely_misspelling(a: str, b: str) -> bool:
    """Two different spellings of one name? Same first letter, length >= 6, at most 1 edit (2 from 8 letters)."""
    a, b = a.lower(), b.lower()
    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < 6:
        return False
    limit = 2 if min(len(a), len(b)) >= 8 else 1
    return abs(len(a) - len(b)) <= limit and _edit_distance(a, b) <= limit


#: Module-level tables (overridable: assign your own before calling ``actors``).
TITLES = load_titles()
ALIASES = load_aliases()
GROUP_WORDS = load_group_words()
DEMONYMS = load_demonyms()
ORG_WORDS = load_org_words()
FIRST_NAMES = load_first_names()


def _is_titleish(token) -> bool:
    return token.lower_ in TITLES


def _capitalized(token) -> bool:
    return token.text[:1].isupper()


# --------------------------------------------------------------------------------------------------- mentions

@dataclass
class _Mention:
    part: str
    index: int  # caption number, else 0
    start: int
    end: int
    text: str
    label: str  # spaCy label, or "" for a name found by lookup
    sent: int
    token: int  # index of the first token in the part's Doc
    title: str = ""
    role: str = ""
    how: str = "name"
    credit: bool = False
    actor: int = -1  # cluster id
    honorific_gender: str = ""
    key: str = ""  # the name to key an institution by, when not its own text ("Doe" of "Doe News")
    place_cue: bool = False  # the grammar makes it a place ("in Doe", "Doe, Roe" beside a place)


#: Imperatives a page's prompt opens with, read by the tagger as a first name ("Watch Giuliani's remarks below").
PROMPT_VERBS = {"watch", "read", "listen", "see", "follow", "click", "subscribe", "share", "view", "hear"}


def _body_lower_words(parts) -> set[str]:
    """The words the body writes in lower case, read from its distinct word forms (``nlp._column``: no Token made
    for each of its words, which cost a few percent of extraction)."""
    return {text for p in parts if p.part == "body" for text in _nlp._column(p.doc, "ORTH")[1] if text.islower()}


def _clean_entity(ent: "Span", headline: bool = False, headline_names: frozenset[str] = frozenset()
                  ) -> tuple[int, int, str] | None:
    """Token range [i, j) of the name inside an entity, without "the", titles before it or a possessive after.
    ``headline``: the entity is in a headline or dek, where ``headline_names`` (words written capitalized inside
    a body sentence) tell a name from a capitalized common word."""
    doc = ent.doc
    i, j = ent.start, ent.end
    while i < j and doc[i].lower_ in ("the", "a", "an"):
        i += 1
    while j > i and (doc[j - 1].text in ("'s", "’s", "'", "’") or doc[j - 1].is_punct):
        j -= 1
    for k in range(i + 1, j):
        if doc[k].text == "(":  # "World Health Organization (WHO": the name before the acronym
            j = k
            break
    if ent.label_ == "PERSON":
        # a page's prompt read into the name at the start of a line: "Watch Giuliani's remarks below", "Read Doe's
        # letter" (an imperative opening the sentence, never a first name)
        if j - i > 1 and doc[i].is_sent_start and doc[i].lower_ in PROMPT_VERBS:
            i += 1
        # a title written after the name in capitals ("Jane Doe MP", "John Roe QC"): not the name
        while j - i > 1 and doc[j - 1].is_upper and _is_titleish(doc[j - 1]):
            j -= 1
        # titles inside the entity: cut everything up to the last title word that is not the name's last word
        last_title = None
        for k in range(i, j - 1):
            if _is_titleish(doc[k]):
                last_title = k
        if last_title is not None:
            i = last_title + 1
        # a headline's verb glued to the name: "Doe Says", "Doe Warns"
        while j - i > 1 and (doc[j - 1].tag_.startswith("VB") or doc[j - 1].lower_ in _VERB_FORMS) \
                and doc[j - 1].lower_ in _common_words(("verb",)) | _VERB_FORMS:
            j -= 1
        # a credit such as "Jane Doe/Agency" is one token run: keep the person part
        for k in range(i, j):
            if doc[k].text == "/" or doc[k].text.startswith("/"):
                j = k
                break
    if i >= j or all(_is_titleish(t) or t.is_punct for t in doc[i:j]):
        return None
    if ent.label_ == "PERSON" and not any(t.text[:1].isupper() for t in doc[i:j]):
        return None  # "bin collections": a name is capitalized
    if ent.label_ == "ORG" and j - i == 1 and doc[i].is_lower and not _cue(doc[i].lower_, "reference"):
        return None  # "bin" of "the bin lorries": a lowercase word alone names no body
    if headline:
        # a headline capitalizes every word: "Derelict Doe", "Jane Asking Moderator" are not names
        common = _common_words(("verb", "adj"))
        while j - i > 1 and doc[i].lower_ in common and doc[i].text not in headline_names:
            i += 1
        for k in range(i + 1, j):
            if doc[k].tag_ in ("VBG", "VBZ", "VBD") or (doc[k].lower_.endswith("ing") and doc[k].lower_[:-3] in common):
                j = k
                break
    return i, j, doc[i:j].text


def _extend(ent: "Span") -> "Span":
    """A nationality glued to the proper noun it names ("Islamic" + "State") is one organization; a person's name
    that names an institution or a thing ("the Doe Center") is not a person."""
    from spacy.tokens import Span

    doc = ent.doc
    j = ent.end
    if ent.label_ in ("PERSON", "ORG") and len(ent) >= 2 and ent[0].is_title and _descriptor(ent[0]) \
            and all(t.text[:1].isupper() for t in ent[1:]):
        return Span(doc, ent.start + 1, ent.end, label="ORG")  # "Chipmaker Doe": a company so described
    root = ent.root
    if ent.label_ == "PERSON" and len(ent) >= 2 and ent[0].lower_ not in FIRST_NAMES and root.dep_ == "compound" \
            and root.head.pos_ == "NOUN" and root.head.is_lower \
            and all(t.is_title and t.lower_ in _common_words(("noun",)) for t in ent):
        return Span(doc, ent.start, ent.end, label="ORG")  # "Border Patrol agents": a body of common nouns
    if ent.label_ in ("GPE", "LOC", "ORG") and 2 <= len(ent) <= 3 and ent.start > 0 \
            and TITLES.get(doc[ent.start - 1].lower_, ("", ""))[0] == "title" and doc[ent.start - 1].pos_ != "ADJ" \
            and _key(ent.text) not in ALIASES \
            and all(t.is_title and t.pos_ == "PROPN" and t.lower_ not in TITLES for t in ent) and not any(
                _cue(t.lower_, "name") or _cue(t.lower_, "legal") for t in ent):
        return Span(doc, ent.start, ent.end, label="PERSON")  # "chief executive Pablo Vegas": a titled person
    if ent.label_ in ("PERSON", "ORG") and len(ent) == 1 and ent[0].is_title and (
            ent[0].lower_ in GROUP_WORDS or ent[0].lower_.rstrip("s") in GROUP_WORDS):
        return Span(doc, ent.start, ent.end, label="NORP")  # "Latinos", "Evangelicals": a group (group_words.csv)
    if ent.label_ in ("ORG", "GPE", "LOC") and _named_as_kin(ent):
        return Span(doc, ent.start, ent.end, label="PERSON")  # "Her daughter, Ama, nods"
    if ent.label_ == "ORG" and _person_named_as_body(ent):
        return Span(doc, ent.start, ent.end, label="PERSON")  # "Jean-Marc Ayrault, the foreign minister of France,"
    if ent.label_ in ("GPE", "LOC") and root.dep_ == "pobj" and root.head.lower_ == "at" \
            and _cue(root.head.head.lemma_.lower(), "job") and root.head.head.pos_ == "NOUN":
        return Span(doc, ent.start, ent.end, label="ORG")  # "analysts at Doe": an employer
    if ent.label_ in ("PERSON", "GPE") and root.dep_ == "pobj" and root.head.lower_ == "in" \
            and root.head.head.lower_ in ("shares", "stake", "stakes"):
        return Span(doc, ent.start, ent.end, label="ORG")  # "shares in Doe": a listed company
    if ent.label_ == "PERSON" and (any(t.lower_ in NOT_A_PERSON_HEADS for t in ent[1:]) or _names_organization(ent)):
        return Span(doc, ent.start, ent.end, label="ORG")  # "Doe Presidential Center", "the Doe Plan", "Doe LLP"
    if ent.label_ == "PERSON" and j + 1 < len(doc) and doc[j].lower_ in NAME_PARTICLES and doc[j].is_lower:
        # a name the tagger cut at its particle: "Erik ten Hag", "Ursula von der Leyen" (tagged "Erik", "Ursula")
        k = j
        while k < len(doc) and doc[k].lower_ in NAME_PARTICLES and doc[k].is_lower and k - j < 2:
            k += 1
        if k < len(doc) and doc[k].is_title and doc[k].pos_ == "PROPN" and doc[k].ent_type_ in ("", "PERSON"):
            end = k + 1
            while end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "I":
                end += 1
            return Span(doc, ent.start, end, label="PERSON")
    if ent.label_ == "PERSON" and _is_known_outlet(ent.text):
        return Span(doc, ent.start, ent.end, label="ORG")  # "told Semafor": an outlet the tagger took for a person
    if ent.label_ != "NORP" or len(ent) != 1 or j >= len(doc):
        return ent
    nxt = doc[j]
    if nxt.pos_ == "PROPN" and nxt.is_title and not nxt.ent_type_ and not _is_titleish(nxt) and ent.root.head == nxt:
        return Span(doc, ent.start, j + 1, label="ORG")
    return ent


#: Nouns of kinship and company whose appositive is a person's name ("her daughter, Ama,", "his wife, Georgia,").
KIN_NOUNS = {"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "grandson",
             "granddaughter", "grandmother", "grandfather", "niece", "nephew", "cousin", "aunt", "uncle", "fiancee",
             "fiancée", "fiance", "fiancé", "widow", "widower", "stepson", "stepdaughter", "stepmother", "stepfather",
             "girlfriend", "boyfriend", "friend", "neighbor", "neighbour", "mom", "dad", "child", "baby"}


def _is_known_outlet(name: str) -> bool:
    """Whether ``outlets.csv`` (the loader's table of news outlets) names it."""
    from .corpus import _is_outlet

    return _is_outlet(name)


def _named_as_kin(ent: "Span") -> bool:
    """A name set beside a noun of kinship ("Her daughter, Ama, nods"): a person, whatever the tagger says."""
    root = ent.root
    return (len(ent) <= 3 and all(t.is_title and t.pos_ == "PROPN" for t in ent) and _key(ent.text) not in ALIASES
            and root.dep_ == "appos" and root.head.lower_ in KIN_NOUNS and root.head.i < ent.start)


def _person_named_as_body(ent: "Span") -> bool:
    """A person's name the tagger calls an organization: two to four proper nouns (initials and Jr., II allowed)
    that no alias table or organization's word claims, set before an appositive that gives a person's post or job
    ("Vann R. Newkirk II, a writer for The Atlantic,", "Jean-Marc Ayrault, the foreign minister of France,"), or
    opening with a first name after a body's possessive ("NBC's Lester Holt"), before an age ("Jane Doe, 24,") or
    after a title set before it by a comma ("The Speaker, Jane Doe, said")."""
    doc = ent.doc
    words = list(ent)
    if not 2 <= len(words) <= 6 or _key(ent.text) in ALIASES or words[0].lower_ in ("the", "a", "an"):
        return False
    if not all((t.text[:1].isupper() and t.pos_ == "PROPN") or t.text == "-" for t in words) or any(
            _cue(t.lower_, "name") or _cue(t.lower_, "legal") or t.lower_ in NOT_A_PERSON_HEADS or t.lower_ in TITLES
            for t in words):
        return False
    if ent.start >= 2 and doc[ent.start - 1].text in ("'s", "’s", "'", "’") and doc[ent.start - 2].ent_type_ == "ORG" \
            and words[0].lower_ in FIRST_NAMES:
        return True
    j = ent.end
    if j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].like_num and doc[j + 2].text in (",", ".", ")"):
        return True  # "Darnell Hughes, 24,": a person's age
    if _role_before(doc, ent):
        return True  # "The Speaker, Mudiwa Obi, said": a title set before the name by a comma
    if j + 2 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in ("a", "an", "the", "its", "his", "her"):
        return False
    for tok in doc[j + 2:j + 6]:
        if tok.is_punct:
            return False
        if tok.pos_ == "NOUN" and (TITLES.get(tok.lower_, ("", ""))[0] == "title" or _cue(tok.lower_, "job")):
            return True
    return False


def _cue(word: str, cue: str) -> bool:
    return cue in ORG_WORDS.get(word, ())


def _descriptor(token) -> bool:
    """A noun that describes the name after it as an organization ("Chipmaker", "retailer"), and is no organization's
    name word ("Bank" of "Bank Leumi" is)."""
    word = token.lower_
    return _cue(word, "noun") and not _cue(word, "name") and not _cue(word, "legal")


def _names_organization(ent: "Span") -> bool:
    """A PERSON entity that names an organization, by general cues (data/organization_words.csv): an "&" or an
    organization's word in the name ("Doe & Roe", "Crosscut Partners"), a legal form after it ("Doe Roe, Inc."),
    a new name in parentheses ("Doe & Roe (now Doe Poe)"), an employer ("a partner at Doe Poe"), an "its" that
    refers back to it ("Doe Poe said in a statement that its ..."), a place's name with a plural noun (a team,
    "Springfield Badgers")."""
    doc = ent.doc
    words = [t.lower_ for t in ent]
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.is_lower and _descriptor(before) and (
            before.head.i in range(ent.start, ent.end) or ent.root.head.i == before.i):
        return True  # "Swedish chipmaker Doe", "the retailer Doe"
    if "&" in words or any(_cue(w, "name") or _cue(w, "legal") for w in words[1:]):
        return True
    after = ent.end + (1 if ent.end < len(doc) - 1 and doc[ent.end].text == "," else 0)
    if after < len(doc) and _cue(doc[after].lower_, "legal"):
        return True
    if ent.start >= 3 and doc[ent.start - 1].lower_ in ("now", "formerly", "previously") \
            and doc[ent.start - 2].text == "(" and doc[ent.start - 3].ent_type_ == "ORG":
        return True
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ == "at" and (
            _cue(root.head.head.lower_, "job") or root.head.head.lemma_ in ("work", "intern")):
        return True
    if root.dep_ == "nsubj":
        for token in doc[ent.end:_nlp.sentence_span(doc, root.i)[1]]:  # (to the end of root's sentence)
            if token.lower_ == "its":
                # not "Jane Doe, its chairman,": an appositive that gives the person a post in a body named before
                apposed = token.i == ent.end + 1 and doc[ent.end].text == ","
                return not (apposed or token.head.lower_ in TITLES or _cue(token.head.lower_, "job"))
            if token.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "CCONJ") and token.ent_type_ not in ("DATE", "TIME") \
                    and token.lower_ not in _STATEMENT_NOUNS:
                break
    if len(ent) >= 2 and ent[-1].lower_.endswith("s") and ent[-1].lower_[:-1] in _common_words(("noun",)):
        place = ent[:-1].text
        return any(e.text == place and e.label_ in ("GPE", "LOC") for e in _nlp.ents(doc))
    return False


def _organization_context(token, org_firsts: dict[str, str]) -> str | None:
    """A one-word name the article never gives a first name, used as an organization: the name of one it writes
    in full elsewhere ("Doe" of "Doe News": that organization's key), or a name that modifies an organization's
    noun ("the Doe newspaper chain") or is joined by "and" to an institution or a place ("" : its own key)."""
    if token.lower_ in org_firsts:
        return org_firsts[token.lower_]
    head = token.head
    if token.dep_ == "compound" and head.is_lower and _cue(head.lower_, "noun"):
        return ""
    if token.dep_ == "pobj" and head.lower_ in ("on", "via") and head.head.lemma_ in _MEDIUM_VERBS:
        return ""  # "wrote on Doe": a website, a network
    institutions = ("ORG", "GPE", "FAC", "LOC")
    if token.dep_ == "conj":
        while head.dep_ == "pobj" and head.head.dep_ == "prep" and not head.ent_type_:
            head = head.head.head  # "the Union of Ohio and Doe": the institution "of" hangs from
        if head.ent_type_ in institutions:
            return ""
    if any(c.dep_ == "conj" and c.ent_type_ in institutions for c in token.children):
        return ""
    return None


#: Prepositions whose object, a one-word name, is a place ("talks in Doe", "near Doe", "outside Doe"); "from" only
#: after a verb of going ("travelled from Doe"), as "a call from Doe" is a person's.
PLACE_PREPOSITIONS = {"in", "near", "outside", "across"}
MOTION_VERBS = {"travel", "flee", "drive", "fly", "arrive", "return", "move", "migrate", "relocate", "commute",
                "evacuate", "hail", "march", "walk", "sail", "escape", "deport", "airlift", "bus"}
#: Nouns after "in" whose object is a company or a body, not a place ("shares in Doe", "a stake in Doe").
_HOLDING_NOUNS = {"share", "shares", "stake", "stakes", "interest", "investment", "investments", "holding",
                  "holdings", "role", "involvement", "membership", "seat", "seats", "majority", "confidence", "faith"}


def _place_cue(doc: "Doc", ent: "Span", i: int, j: int, place_names: frozenset[str]) -> bool:
    """A name the tagger calls a person, an organization or a people that the sentence makes a place: the object of
    "in", "near", "outside" (of "from" after a verb of going), or a name set beside a place by a comma ("Doe,
    Roe" where one of the two is a place: a town and its state). Only names of title-case words that no alias table,
    organization's word or title claims, without "the", not after a title or an honorific (not "in Mr. Doe")."""
    words = doc[i:j]
    if not 1 <= len(words) <= 3 or not all(t.is_title and t.pos_ == "PROPN" for t in words) or i != ent.start:
        return False
    if _key(words.text) in ALIASES or any(_cue(t.lower_, "name") or _cue(t.lower_, "legal") or t.lower_ in TITLES
                                          for t in words):
        return False
    head = ent.root.head
    if len(words) == 1 and ent.root.dep_ == "compound" and head.is_lower and _cue(head.lower_, "place"):
        return True  # "the Doe border", "Doe district"
    if i > 0 and (doc[i - 1].lower_ in TITLES or doc[i - 1].lower_ in ("the", "a", "an")):
        return False
    if j < len(doc) and doc[j].text in ("'s", "’s", "'", "’"):
        return False
    if ent.label_ == "NORP" and _key(words.text) in DEMONYMS:
        return False  # "Polish": a nationality word (its country is found through data/demonyms.csv)
    if ent.label_ == "PERSON" and (words[0].lower_ in FIRST_NAMES or len(words) > 1 and any(
            len(t.text.rstrip(".")) == 1 for t in words)):
        return False  # "Jane Doe", "Joseph R. Biden" is a person wherever she is
    if len(words) > 1 and any(t.lower_ in _common_words(("noun",)) for t in words):
        return False  # "in U.S. Court": an institution's common noun
    root = ent.root
    # a town and its state: "Doe, Roe" (either a place), the second set beside the first
    for a, b in ((ent, _next_ent(doc, j)), (_prev_ent(doc, i), ent)):
        if a is None or b is None or a.end + 1 != b.start or doc[a.end].text != ",":
            continue
        after = doc[b.end] if b.end < len(doc) else None
        related = b.root.head.i in range(a.start, a.end) and b.root.dep_ in ("appos", "conj", "npadvmod", "nmod")
        if related and (after is None or after.is_punct or after.is_space) and (
                a.label_ in ("GPE", "LOC") or b.label_ in ("GPE", "LOC")
                or _key(a.text) in place_names or _key(b.text) in place_names):
            return True
    while root.dep_ == "conj" and root.head.i < root.i:  # "from Doe and Roe": the first's preposition
        root = root.head
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ == "of" and prep.head.is_lower and (_cue(prep.head.lower_, "place") or prep.head.lower_ in (
            "city", "state", "county", "island", "capital", "region", "parish", "commune")):
        return True  # "the town of Doe", "the city of Doe"
    if prep.lower_ == "from" and (prep.head.ent_type_ == "PERSON" or prep.head.like_num):
        return True  # "Jane Doe, 81, from Doe": where she lives
    if prep.lower_ in PLACE_PREPOSITIONS:
        return prep.head.lower_ not in _HOLDING_NOUNS and prep.head.lemma_ not in ("have", "see", "believe", "trust")
    return prep.lower_ == "from" and prep.head.lemma_ in MOTION_VERBS


def _next_ent(doc: "Doc", j: int) -> "Span | None":
    """The entity that starts right after a comma at ``j``, if any."""
    if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].ent_iob_ == "B":
        return next((e for e in _nlp.ents(doc) if e.start == j + 1), None)
    return None


def _prev_ent(doc: "Doc", i: int) -> "Span | None":
    """The entity that ends right before a comma at ``i - 1``, if any."""
    if i >= 2 and doc[i - 1].text == "," and doc[i - 2].ent_type_:
        return next((e for e in _nlp.ents(doc) if e.end == i - 1), None)
    return None


def _fragment(ent: "Span") -> bool:
    """A capitalized common word tagged as an institution: "Secure" in "the Secure Borders program"."""
    if len(ent) != 1 or ent.label_ not in ("ORG", "GPE", "LOC", "FAC"):
        return False
    token = ent[0]
    if _key(token.text) in ALIASES or token.text.isupper() or not token.is_title:
        return False
    head = token.head
    common = token.lower_ in _common_words()
    return common and token.dep_ in ("compound", "amod") and head.pos_ == "NOUN" and head.is_lower


#: Named weather systems ("Storm Babet", "Hurricane Ian", "Tropical Storm Bret"): events of a story, not its actors.
WEATHER_SYSTEMS = re.compile(r"^(?:the\s+)?(?:(?:tropical|winter|subtropical|post-tropical)\s+)?(?:storm|hurricane|"
                             r"typhoon|cyclone|depression|superstorm)\s+[A-Z]", re.IGNORECASE)

#: Time-zone abbreviations ("GMT", "EST"), which the tagger sometimes takes for organizations.
_TIME_ZONES = frozenset(_patterns.TIMEZONE_ABBREVIATIONS) - {"Z"}


def _headline_common_word(token: "Token", inside: frozenset[str], body_words: set[str]) -> bool:
    """A one-word "name" in a title-case headline or dek that is a common word: "Senate Passes Spending Bill,
    Averting a Shutdown" tags "Bill" and "Shutdown". It is one when the body writes it in lowercase ("the spending
    bill"), or when it is a dictionary word the body never capitalizes inside a sentence and no alias table lists."""
    word = token.text
    if not token.is_title or _key(word) in ALIASES or word in inside:
        return False
    common = _common_words(("noun", "verb", "adj"))
    return token.lower_ in body_words or any(form in common for form in _dictionary_forms(token.lower_))


def _headline_filler(token: "Token", inside: frozenset[str], body_words: set[str]) -> bool:
    """A word of a title-case headline's "name" that is a common word (``_headline_common_word``), a first name
    excepted."""
    if token.is_punct or token.text in ("'s", "’s"):
        return True
    return token.lower_ not in FIRST_NAMES and _headline_common_word(token, inside, body_words)


def _dictionary_forms(word: str) -> list[str]:
    """``word`` and the lemmas its regular inflection may come from: "jumps" -> jump, "rallies" -> rally,
    "slashed" -> slash, "soaring" -> soar (the lemma dictionary lists no inflected forms)."""
    forms = [word]
    for suffix, replacement in (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"),
                                ("ing", ""), ("ing", "e")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            forms.append(word[: len(word) - len(suffix)] + replacement)
    return forms


@functools.lru_cache(maxsize=4)
def _common_words(pos_tags: tuple[str, ...] = ("verb", "adj")) -> frozenset[str]:
    """English verbs and adjectives in the lemmatizer's dictionary (WordNet), a list of common words."""
    try:
        table = _nlp.get_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError):
        return frozenset()
    return frozenset(w for pos in pos_tags for w in table.get(pos, []))


def _titled_name_in_org(doc: "Doc", i: int, j: int, surnames: frozenset[str] = frozenset()) -> int | None:
    """Where the name starts when an "organization" ``doc[i:j]`` ends with a title and a person's name ("House
    Financial Services Chair Jane Doe", "Senate Majority Leader John Roe"): the tagger took the whole for a body.
    A title that opens the entity counts when it is a person's only (an abbreviation or an honorific: "Cllr Doe",
    "Sen. Jane Doe") or when the name is a person's by the article (``surnames``: the last words of its people's
    full names) or by its first name ("Councillor Jane Doe"); "General Motors" stays a company."""
    for t in range(j - 2, i - 1, -1):
        tok = doc[t]
        name = doc[t + 1:j]
        if not (tok.text[:1].isupper() and _is_titleish(tok) and 1 <= len(name) <= 3
                and all(w.is_title and w.pos_ == "PROPN" and w.lower_ not in TITLES for w in name)):
            continue
        kind = TITLES[tok.lower_][0]
        if t > i and kind == "title" and tok.is_title and len(name) >= 2:
            return t + 1
        if t == i and kind in ("title", "honorific", "style") and not any(_cue(w.lower_, "name") or _cue(w.lower_, "legal")
                                                                 for w in name):
            personal = kind in ("honorific", "style") or _abbreviated_title(tok.lower_)
            if personal or name[-1].lower_ in surnames or (len(name) >= 2 and name[0].lower_ in FIRST_NAMES):
                return t + 1
    # a title's own words the tagger took for a body, then a full name: "Minister of [State for Trade Jane Doe]"
    before = doc[i - 1] if i > 0 else None
    if before is not None and (_is_titleish(before) or (before.lower_ in ("of", "for") and i > 1
                                                         and _is_titleish(doc[i - 2]))):
        for p in range(i + 1, j - 1):
            name = doc[p:j]
            if doc[p].lower_ in FIRST_NAMES and len(name) <= 3 and all(
                    w.is_title and w.pos_ == "PROPN" and w.lower_ not in TITLES for w in name):
                return p
    return None


def _abbreviated_title(word: str) -> bool:
    """A title written short ("sen.", "cllr", "gen."), which only a person's name follows."""
    word = word.lower()
    return word.endswith(".") or f"{word}." in TITLES


def _opens_sentence(token) -> bool:
    """The first word of a sentence, or of a quotation that opens one ('"Turnout makes a difference."')."""
    doc = token.doc
    if token.is_sent_start:
        return True
    if token.i == 0 or not doc[token.i - 1].is_quote:
        return False
    mark = doc[token.i - 1]
    return mark.is_sent_start or (mark.i > 0 and doc[mark.i - 1].text in (".", "!", "?", ":"))


def _title_modifier(token) -> bool:
    """A capitalized common noun the tagger took for a name that modifies the title after it ("Farmer" of "Farmer
    leader Jane Doe", "Union" of "Union leader"): part of the title, not a person."""
    head = token.head
    return (token.dep_ == "compound" and head.i == token.i + 1 and _is_titleish(head) and not token.is_upper
            and token.lower_ not in FIRST_NAMES and token.lower_ in _common_words(("noun",))
            and not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ == token.lower_
                        for e in _nlp.ents(token.doc)))  # not "Clinton spokesman": a surname of the text


def _title_before(doc: "Doc", i: int) -> tuple[int, str]:
    """A title or rank written just before token ``i`` ("U.S. Secretary of Defense", "Brig. Gen."): (start, text).
    Honorifics (Mr., Ms.) are not titles; another person's name, a comma or a lowercase word ends the title."""
    k = i - 1
    sent_start = _nlp.sentence_span(doc, i)[0]
    first = i
    heads = []
    while k >= sent_start:
        tok = doc[k]
        if tok.text in (",", ";", ":", "(", ")", "\"", "“", "”") or tok.is_space or "\n" in tok.text_with_ws:
            break
        if (tok.ent_type_ == "PERSON" and not _is_titleish(tok) and not _title_modifier(tok)) or (
                tok.lower_ == "and" and not (_is_titleish(doc[k - 1]) if k > 0 else False)):
            break  # (a title the tagger put inside the name, "Cllr" of "Cllr Jane Doe", is read on)
        if tok.lower_ in ("for", "to") and k > sent_start and doc[k - 1].is_lower:
            break  # "a spokeswoman for Gov. Jane Doe": the spokeswoman is someone else; Doe's title is "Gov."
        if _is_titleish(tok):
            if TITLES[tok.lower_][0] in ("title", "style"):
                heads.append(k)
            elif TITLES[tok.lower_][0] == "honorific" and k == i - 1:
                k -= 1
                first = k + 1
                continue
            first = k
        elif _capitalized(tok) or tok.lower_ in _CONNECTORS or tok.text in ("-",):
            if tok.is_stop and tok.lower_ not in _CONNECTORS and not tok.text.isupper():
                break  # "But", "As", "When" at a sentence start
            first = k
        elif heads and tok.is_lower and tok.is_alpha and not tok.is_stop and tok.pos_ in ("NOUN", "ADJ", "PROPN") \
                and tok.dep_ in ("compound", "amod", "nmod") and k < tok.head.i < i:
            first = k  # a lowercase word that modifies the title: "state Treasurer", "opposition leader"
        else:
            break
        k -= 1
    if not heads:
        return i, ""
    while first < i and (doc[first].lower_ in _CONNECTORS or doc[first].is_punct):
        first += 1
    end = i
    # an honorific, or a style of address after a fuller title ("Council leader Cllr Jane Doe": "Council leader")
    fuller = any(TITLES[doc[h].lower_][0] == "title" for h in heads)
    while end > first and TITLES.get(doc[end - 1].lower_, ("", ""))[0] in (
            ("honorific", "style") if fuller else ("honorific",)):
        end -= 1
    if first >= end or doc[end - 1].lower_ in _CONNECTORS:
        return i, ""
    return first, doc[first:end].text


def _title_after(doc: "Doc", j: int) -> str:
    """A title written after a name in capitals ("Jane Doe MP", "John Roe KC"), the title when none is before."""
    return doc[j].text if j < len(doc) and doc[j].is_upper and _is_titleish(doc[j]) else ""


def _untagged_people(doc: "Doc") -> list[tuple[int, int]]:
    """Token ranges of names the tagger missed that a person's honorific or style of address opens ("Dame Jane Doe
    MP said", "Cllr Doe said"): one to three title-case proper nouns outside any entity."""
    found = []

    def opener(word: str) -> bool:  # (asked once per distinct word of the Doc, not once per title in TITLES)
        return word in TITLES and (TITLES[word][0] in ("honorific", "style") or _abbreviated_title(word))

    for tok in _nlp.tokens_where(doc, "LOWER", opener):  # (only those tokens are visited)
        if not tok.is_title:
            continue
        k = tok.i + 1
        while k < len(doc) and TITLES.get(doc[k].lower_, ("", ""))[0] in ("honorific", "style") and doc[k].is_title:
            k += 1  # "Prof Sir Jane Doe"
        end = k
        while end < len(doc) and end < k + 3 and doc[end].is_title and doc[end].pos_ == "PROPN" \
                and not doc[end].ent_type_ and doc[end].lower_ not in TITLES:
            end += 1
        quoted = tok.i > 0 and doc[tok.i - 1].is_quote  # '"Miss Piggy"': a nickname
        common = end - k == 1 and doc[k].lower_ in _common_words(("noun", "verb", "adj")) \
            and doc[k].lower_ not in FIRST_NAMES
        if end > k and not doc[k].ent_type_ and not quoted and not common:
            found.append((k, end))
    return found


#: A river named river first, as British writing names it: "the River Don".
_RIVER_FIRST = re.compile(r"^(?:the\s+)?River\s+[A-Z][\w'’-]+$")
#: Nouns that describe a person (data/person_nouns.csv): "an organizer", "the activist".
_PERSON_NOUNS = frozenset(row["noun"].strip().lower() for row in _read_csv(DATA_DIR / "person_nouns.csv"))
#: Verbs of saying whose subject, a name the tagger missed, is a person ("..., said Ana Ruiz, an organizer").
_SAYING = frozenset({"say", "tell", "add", "explain", "write", "note", "ask", "reply", "respond", "recall", "argue",
                     "insist", "warn", "acknowledge", "admit", "continue"})


def _untagged_speakers(doc: "Doc") -> list[tuple[int, int]]:
    """Token ranges of names the tagger missed that speak: two or three title-case proper nouns outside any entity,
    the subject of a verb of saying, set off by a comma with a description after them ('"...," said Ana Ruiz, an
    organizer with ...') or a known first name first ("Ana Ruiz said")."""
    found = []
    for verb in _nlp.tokens_where(doc, "LEMMA", _SAYING):
        for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and not c.ent_type_):
            start = subject.i
            while start > 0 and start > subject.i - 2 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                    and not doc[start - 1].ent_type_ and doc[start - 1].head.i == subject.i:
                start -= 1
            words = doc[start:subject.i + 1]
            if not 2 <= len(words) <= 3 or not all(t.is_title and t.is_alpha and t.lower_ not in TITLES for t in words):
                continue
            if any(t.lower_ in ORG_WORDS for t in words):
                continue  # "said Alliance Defending Freedom, the group ...": a body's name
            # the description set after the name: a person's ("an organizer", "the head of ..."), not a group's
            noun = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
            described = noun is not None and doc[subject.i + 1].text == "," and (
                noun.lemma_.lower() in TITLES or noun.lemma_.lower() in _PERSON_NOUNS)
            if described or words[0].text in FIRST_NAMES:
                found.append((start, subject.i + 1))
    return found


def _role_before(doc: "Doc", ent: "Span") -> str:
    """A title set before a name by a comma, the name in apposition to it ("The Minister of State for Health,
    Jane Doe MP, said" -> "Minister of State for Health")."""
    head = ent.root.head
    if ent.root.dep_ != "appos" or head.i >= ent.start or not _is_titleish(head) or ent.start < 2 \
            or doc[ent.start - 1].text != ",":
        return ""
    first = head.left_edge.i
    while first < head.i and doc[first].lower_ in ("the", "a", "an"):
        first += 1
    if any(t.text in (",", ";", ":") or t.is_space for t in doc[first:ent.start - 1]) or ent.start - 1 - first > 12:
        return ""
    return doc[first:ent.start - 1].text


def _role_after(doc: "Doc", j: int) -> str:
    """An appositive right after a name: "Jane Doe, the commander of X, said" -> "the commander of X"."""
    if j + 1 >= len(doc) or doc[j].text != ",":
        return ""
    k = j + 1
    if doc[k].lower_ not in _ROLE_START and not _is_titleish(doc[k]):
        return ""
    end = k
    while end < len(doc) and end < k + 25 and doc[end].text not in _ROLE_STOP and not doc[end].is_space:
        if doc[end].pos_ in ("VERB", "AUX") and doc[end].tag_ not in ("VBN", "VBG"):
            return ""  # "Doe, the man said" is not an appositive
        end += 1
    if end == k + 1 and doc[k].lower_ in _ROLE_START:
        return ""
    return doc[k:end].text


def _sentence_index(doc: "Doc") -> list[int]:
    return _nlp.sentence_starts(doc)


def _tokens_where(doc: "Doc", lowers) -> list:
    """The tokens of ``doc`` whose lower-case form is one of ``lowers``, in order (without visiting the others)."""
    return _nlp.tokens_where(doc, "LOWER", lowers)


def _rows(table: pd.DataFrame, *columns: str) -> list[tuple]:
    """The rows of ``table`` as plain tuples of ``columns`` (in table order), for loops that filter them."""
    # (each column's values as ``table[c].tolist()`` gives them, read without making a Series for each)
    return list(zip(*(table._mgr.iget_values(table.columns.get_loc(c)).tolist() for c in columns))) if len(table) \
        else []


def _collect(article: "Article", demonyms: dict[str, tuple[str, str]]) -> tuple[list[_Mention], list]:
    """Every entity mention in headline, dek, captions and body, cleaned, with titles and roles."""
    from spacy.tokens import Span

    found: list[_Mention] = []
    # one-word nationality words as written (capitalized): "Iranian", "Iranians"
    nationality = {w for key, (_country, plural) in demonyms.items() for w in (key, plural) if " " not in w}
    parts = _nlp.parse(article)
    # words written capitalized inside body sentences (not first in them): names, as a headline cannot show
    inside = frozenset(t.text for p in parts if p.part == "body" for t in _nlp.tokens_where(p.doc, "POS", ("PROPN",))
                       if t.is_title and not t.is_sent_start and t.pos_ == "PROPN")
    body_words = None  # lowercase words of the body, read only when a headline needs them
    # the last words of the people's full names, and the names tagged a place somewhere in the article
    surnames = frozenset(e[-1].lower_ for p in parts for e in _nlp.ents(p.doc) if e.label_ == "PERSON" and len(e) > 1)
    place_names = frozenset(_key(e.text) for p in parts for e in _nlp.ents(p.doc) if e.label_ in ("GPE", "LOC"))
    for piece in parts:
        doc = piece.doc
        starts = _sentence_index(doc)
        glued = piece.part in ("headline", "dek")
        long_words = [t for t in doc if t.is_alpha and len(t) > 3] if glued else []
        title_case = len(long_words) > 1 and sum(t.is_title for t in long_words) >= 0.75 * len(long_words)
        title_spans: list[tuple[int, int]] = []
        ents = [_extend(e) for e in _nlp.ents(doc) if e.label_ in LABEL_KINDS]
        missed = _untagged_people(doc)  # "Dame Jane Doe MP said"
        missed += [(a, b) for a, b in _untagged_speakers(doc) if not any(a < y and x < b for x, y in missed)]
        ents += [Span(doc, a, b, label="PERSON") for a, b in missed]  # ('..., said Ana Ruiz, an organizer')

        ents = [e for e in ents if not _fragment(e)]
        person_ranges = []
        cleaned_ents = [_clean_entity(ent, glued, inside) for ent in ents]  # each once: a PERSON is read twice
        for ent, cleaned in zip(ents, cleaned_ents):
            if ent.label_ != "PERSON":
                continue
            if cleaned is None:
                continue
            i, j, _ = cleaned
            t_start, title = _title_before(doc, i)
            if t_start < i:
                title_spans.append((t_start, i))
            person_ranges.append((ent, i, j, title))
        for ent, cleaned in zip(ents, cleaned_ents):
            if cleaned is None:
                continue
            i, j, text = cleaned
            if text in _TIME_ZONES:
                continue  # "fell 4.2% by 1015 GMT": a clock's zone, not an organization
            if WEATHER_SYSTEMS.match(text) or (i > 0 and WEATHER_SYSTEMS.match(f"{doc[i - 1].text} {text}")):
                continue  # "Storm Babet", "Hurricane Ian": weather, which the tagger calls a person or a company
            if title_case and j - i > 1 and ent.label_ in ("PERSON", "ORG"):
                if body_words is None:
                    body_words = _body_lower_words(parts)
                # a title-case headline capitalizes every word: "Records Show", "Blocks State's", "Hospital Chain
                # Billed Medicare" hold common words around (or instead of) a name
                while i < j and _headline_filler(doc[i], inside, body_words):
                    i += 1
                while j > i and _headline_filler(doc[j - 1], inside, body_words):
                    j -= 1
                if i >= j:
                    continue
                text = doc[i:j].text
            if j - i == 1 and ent.label_ in ("PERSON", "ORG") and glued and (title_case or doc[i].is_sent_start):
                if body_words is None:
                    body_words = _body_lower_words(parts)
                if _headline_common_word(doc[i], inside, body_words) and (
                        title_case or doc[i].lower_ in body_words):
                    continue  # (a sentence-case headline's first word only when the body writes it in lowercase:
                    # "Farmers' march halted" and "the farmers")
            if j - i == 1 and ent.label_ == "PERSON" and _opens_sentence(doc[i]) and doc[i].is_title \
                    and doc[i].lower_ not in surnames and doc[i].lower_ not in FIRST_NAMES \
                    and doc[i].lower_ in _common_words(("noun",)):
                if body_words is None:
                    body_words = _body_lower_words(parts)
                if doc[i].lower_ in body_words:
                    continue  # '"Turnout makes a difference."' where the body also writes "turnout"
            if j - i == 1 and ent.label_ == "ORG" and not glued and doc[i].is_sent_start and doc[i].is_title \
                    and doc[i].lower_.endswith("s") and doc[i].lower_ not in surnames \
                    and doc[i].lower_[:-1] in _common_words(("noun",)) and doc[i].text not in inside:
                continue  # "Commuters at Waterloo station": a plural common noun opening a sentence
            if ent.label_ == "PERSON" and j - i == 1 and _title_modifier(doc[i]):
                continue  # "Farmer" of "Farmer leader Jane Doe": part of her title
            title, role, label = "", "", ent.label_
            split = _titled_name_in_org(doc, i, j, surnames) if label == "ORG" else None
            place = split is None and label in ("PERSON", "ORG", "NORP") and _place_cue(doc, ent, i, j, place_names)
            if place:  # "talks in Chandigarh", "near Ambala", "Ambala, Haryana": a place the tagger took for a name
                label = "GPE"
            elif split is not None:  # "House Financial Services Chair Jane Doe" tagged as one organization
                t_start, title = _title_before(doc, split)
                i, title, label = split, title or doc[i:split].text, "PERSON"
                text = doc[i:j].text
            elif ent.label_ == "PERSON":
                title = next(t for e, a, b, t in person_ranges if e is ent) or _title_after(doc, j)
                role = _role_after(doc, ent.end if doc[ent.end - 1].text not in ("'s", "’s") else ent.end) \
                    or _role_before(doc, ent)
            else:
                inside_title = any(a <= i and j <= b for a, b in title_spans)
                if inside_title and j - i == 1 and ent.label_ == "ORG" and _key(text) not in ALIASES \
                        and not text.isupper():
                    continue  # "Defense" of "Defense Secretary"
                if _is_titleish(doc[i]) and j - i == 1:
                    continue
            start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
            surface = piece.text[start:end]
            # possessive glued to the token ("Doe’s" as one token)
            m = _POSSESSIVE.search(surface)
            if m and surface.endswith(("’s", "'s")) and len(surface) > 3:
                end -= len(m.group(0))
                surface = piece.text[start:end]
            credit = piece.part == "caption" and ent.label_ == "PERSON" and bool(
                _CREDIT_AGENCY.match(piece.text[end:end + 3]))
            honorific = ""
            if i > 0 and doc[i - 1].lower_ in TITLES and TITLES[doc[i - 1].lower_][0] == "honorific":
                honorific = TITLES[doc[i - 1].lower_][1]
            found.append(_Mention(piece.part, piece.index, start, end, surface, label,
                                  bisect.bisect_right(starts, i) - 1, i, title, role, "name", credit,
                                  honorific_gender=honorific, place_cue=place))
        # group words and nationality words the tagger left alone ("conservatives", "Shiites", "Iraqi"): only
        # tokens outside entities that are nouns of a group word's lemma or nationality words can be, so only those
        # are visited (the tests below are the rule; these sets only narrow what they see)
        outside = set(_nlp.token_indices(doc, "ENT_TYPE", lambda label: label == ""))
        maybe = set(_nlp.token_indices(doc, "LEMMA", lambda lemma: lemma.lower() in GROUP_WORDS)) \
            & set(_nlp.token_indices(doc, "POS", ("NOUN", "PROPN"))) | set(_nlp.token_indices(doc, "LOWER", nationality))
        for token in (doc[i] for i in sorted(outside & maybe)):
            if token.ent_type_:
                continue
            group = token.lemma_.lower() in GROUP_WORDS and token.pos_ in ("NOUN", "PROPN")
            if not group and not (token.is_title and token.lower_ in nationality):
                continue
            found.append(_Mention(piece.part, piece.index, token.idx, token.idx + len(token.text), token.text, "NORP",
                                  bisect.bisect_right(starts, token.i) - 1, token.i))
    return found, parts


# --------------------------------------------------------------------------------------------------- clustering

@dataclass
class _Actor:
    kind: str
    key: str
    surnames: set[str] = field(default_factory=set)
    firsts: set[str] = field(default_factory=set)
    mentions: list[_Mention] = field(default_factory=list)
    name: str = ""  # the name to show when the text never names it (an author, a photo credit)
    fulls: list[list[str]] = field(default_factory=list)  # the full names' words


def _tail(short: list[str], long: list[str]) -> bool:
    """"Suu Kyi" ends "Aung San Suu Kyi": two words or more that end a longer name."""
    return len(short) >= 2 and " ".join(long).endswith(" " + " ".join(short))


def _named_before(actor: _Actor, at: _Mention) -> bool:
    """Is ``actor`` named before ``at``: in the headline or dek, or in the body before it (or, if never in the body,
    in a caption)?"""
    if any(x.part in ("headline", "dek") for x in actor.mentions):
        return True
    body = [x.start for x in actor.mentions if x.part == "body"]
    return not body or min(body) < at.start


def _known_gender(actor: _Actor) -> str:
    """male / female from the honorifics and gendered titles already attached to an actor's mentions, else ""."""
    said = {x.honorific_gender or _title_gender(x.title) for x in actor.mentions} - {""}
    if not said:  # else the gender its first name most often marks
        said = {FIRST_NAMES.get(first, "") for first in actor.firsts} - {""}
    return said.pop() if len(said) == 1 else ""


def _title_gender(title: str) -> str:
    """male / female when a title's words say so ("Congresswoman", "Mrs."), else ""."""
    said = {TITLES[w][1] for w in title.lower().split() if w in TITLES and TITLES[w][1]}
    return said.pop() if len(said) == 1 else ""


def _is_family(word: str, actors: list[_Actor]) -> bool:
    """"clintons" when "clinton" is a person's surname."""
    return word.endswith("s") and any(word[:-1] in a.surnames for a in actors if a.kind == "person")


def _org_key(name: str, aliases: dict[str, tuple[str, str]], present: set[str]) -> str:
    key = _key(name)
    key = _POSSESSIVE.sub("", key) if key.endswith(("'s", "'")) else key
    if key in aliases:
        return aliases[key][0]
    for prefix in _PLACE_PREFIXES:
        if key.startswith(prefix) and key[len(prefix):] in present | set(aliases):
            return _org_key(key[len(prefix):], aliases, present)
    for prefix in _COUNTRY_PREFIXES:
        rest = key[len(prefix):]
        if key.startswith(prefix) and (rest in present or rest in aliases or _swap_department(rest) in present):
            return _org_key(rest, aliases, present)
    swapped = _swap_department(key)
    if swapped != key and swapped in aliases:
        return aliases[swapped][0]
    return min(key, swapped) if swapped != key else key


def _named_like(key: str, present: set[str]) -> str | None:
    """The one name in ``present`` that a common-noun phrase refers back to: its head word last and its other words
    in the name ("electoral commission" -> "malawi electoral commission", "ministry" -> "ministry of health")."""
    words = key.split()
    if not words or not _cue(words[-1], "reference"):
        return None
    found = [name for name in sorted(present) if name != key and len(name.split()) > len(words) and (
        name.split()[-1] == words[-1] or name.startswith(f"{words[-1]} of ")) and set(words[:-1]) <= set(name.split())]
    return found[0] if len(found) == 1 else None


def _swap_department(key: str) -> str:
    """"defense department" <-> "department of defense" (and ministry, agency, bureau)."""
    m = re.fullmatch(r"(\w[\w ]*?) (department|ministry|agency|bureau|office)", key)
    if m:
        return f"{m.group(2)} of {m.group(1)}"
    return key


def _group_key(mention: _Mention, doc_lemma: str) -> str:
    return doc_lemma or _key(mention.text)


def _demonym_country(mention: _Mention, doc: "Doc", demonyms: dict[str, tuple[str, str]]) -> str:
    """The country a nationality word names ("Iranian" -> "Iran"), or "" when it names the people: the plural
    ("Iranians") or a one-form plural standing as a noun ("the British said", not "British officials")."""
    entry = demonyms.get(_key(mention.text))
    if entry is None:
        return ""
    country, plural = entry
    if plural == _key(mention.text):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        if root is not None and root.dep_ not in ("amod", "compound", "nmod") and any(
                c.dep_ == "det" for c in root.children):
            return ""
    return country


def _cluster(found: list[_Mention], parts, article, aliases, demonyms) -> list[_Actor]:
    actors: list[_Actor] = []
    authors = {_key(a) for a in getattr(article, "authors", []) or []}
    credits_raw = getattr(article, "photo_credits", []) or []
    credit_names = {_key(piece) for credit in credits_raw for piece in _credit_names(credit)}

    docs = {(p.part, p.index): p.doc for p in parts}
    # a name the article describes as a firm anywhere ("funded by the drugmaker Novex", whatever the tagger made of
    # it there) is that firm where the tagger took it for a person ("Novex said in a statement ...")
    firms = {_key(e.text) for doc in docs.values() for e in _nlp.ents(doc) if e.start > 0
             and doc[e.start - 1].is_lower and _descriptor(doc[e.start - 1])} if any(
        m.label == "PERSON" for m in found) else set()  # (only a person's mention is retyped by it)
    for m in found:  # a place or body the alias table knows, taken for a person ("N. Korea fires missile")
        if m.label == "PERSON" and aliases.get(_key(m.text), ("", ""))[1] in ("place", "organization"):
            m.label = "GPE" if aliases[_key(m.text)][1] == "place" else "ORG"
        elif m.label == "PERSON" and _key(m.text) in firms:
            m.label = "ORG"
        elif m.label in ("PERSON", "ORG") and "River " in m.text and _RIVER_FIRST.match(m.text):
            m.label = "LOC"  # a river named as British writing names it, "the River Don" (tagged a body)
    persons = [m for m in found if m.label == "PERSON"]
    full = [m for m in persons if len(_person_tokens(m.text)) >= 2]
    single = [m for m in persons if len(_person_tokens(m.text)) < 2]

    # 1. full names: same first + last words, or the same with a likely misspelling of one of them
    spelled: dict[int, str] = {}  # id of a full name's words (kept in an actor's ``fulls``) -> the words joined

    def tails(words: list[str], mine: str, other: list[str]) -> bool:  # _tail(words, other) or _tail(other, words)
        theirs = spelled.get(id(other))
        if theirs is None:
            theirs = spelled[id(other)] = " ".join(other)
        return (len(words) >= 2 and theirs.endswith(" " + mine)) or (len(other) >= 2 and mine.endswith(" " + theirs))

    for m in full:
        words = _person_tokens(m.text)
        first, last = words[0], words[-1]
        mine = " ".join(words)
        target = None
        for actor in actors:
            if actor.kind != "person":
                continue
            if (first in actor.firsts and (last in actor.surnames or any(likely_misspelling(last, s) for s in actor.surnames))) \
                    or (last in actor.surnames and any(likely_misspelling(first, f) for f in actor.firsts)) \
                    or any(tails(words, mine, other) for other in actor.fulls):
                target = actor
                break
        if target is None:
            target = _Actor("person", " ".join(words))
            actors.append(target)
        target.firsts.add(first)
        target.surnames.add(last)
        target.fulls.append(words)
        m.how = "name" if last in target.surnames and first in target.firsts else "variant"
        target.mentions.append(m)

    def order(m: _Mention) -> tuple[int, int]:
        return (_nlp.READ_PARTS.index(m.part), m.index * 1_000_000 + m.start)

    # the genders the article gives each surname ("Mr. Doe", "Mrs. Doe", "Congresswoman Doe")
    surname_genders: dict[str, set[str]] = defaultdict(set)
    for m in persons:
        words = _person_tokens(m.text)
        gender = m.honorific_gender or _title_gender(m.title) or (
            FIRST_NAMES.get(words[0], "") if len(words) > 1 else "")
        if words and gender:
            surname_genders[words[-1]].add(gender)

    def person_for(word: str, at: _Mention) -> tuple[_Actor | None, str]:
        word = word.lower()
        by_surname = [a for a in actors if a.kind == "person" and (word in a.surnames or any(
            " " in s and s.split()[0] in NAME_PARTICLES and s.split()[-1] == word
            for s in a.surnames))]  # "Berg" of "van der Berg"
        how = "surname"
        if not by_surname:
            by_surname = [a for a in actors if a.kind == "person" and not _is_family(word, actors)
                          and any(likely_misspelling(word, s) for s in a.surnames)]
            how = "variant"
        if not by_surname:
            by_surname = [a for a in actors if a.kind == "person" and word in a.firsts
                          and not any(word in b.surnames for b in actors if b.kind == "person")]
            how = "first name"
        if not by_surname:
            return None, ""
        two_people = len(by_surname) > 1 or len(surname_genders[word]) > 1
        if two_people and at.part != "body":
            # a headline's or caption's "Doe" where the article has two Does (a Mr. Doe and a Michelle Doe): either;
            # it stands alone, and the body's mentions decide (joined to one, it drew "President Doe" after it)
            return None, ""
        if at.part == "body" and (at.title or at.honorific_gender) and two_people:
            # "President Doe" written before "Jane Doe" is first named: another Doe, as a reporter names a person
            # in full first; only where the article shows two Does (two first names; Mr. and Mrs. Doe; a Mr. Doe
            # and a Michelle Doe), as a headline the tagger missed can name the person first
            by_surname = [a for a in by_surname if _named_before(a, at)]
            if not by_surname:
                return None, ""
        if at.honorific_gender:
            # "Mr. Doe" is not the "Jane Doe" known as "Ms. Doe": a gender conflict keeps them apart
            same = [a for a in by_surname if _known_gender(a) == at.honorific_gender]
            by_surname = same or [a for a in by_surname if _known_gender(a) == ""]
            if not by_surname:
                return None, ""
        if len(by_surname) == 1:
            return by_surname[0], how
        # several people share the name: the one named last before this mention
        here = order(at)

        def last_seen(actor: _Actor):
            seen = [order(x) for x in actor.mentions if order(x) <= here]
            return max(seen) if seen else (-1, -1)

        return max(by_surname, key=last_seen), how

    labels: dict[str, Counter] = defaultdict(Counter)
    labels_person: Counter = Counter()
    # the first words of the organizations' names written in full ("doe" -> "Doe News"), and how often
    org_firsts: dict[str, str] = {}
    org_firsts_n: Counter = Counter()
    for m in found:
        words = m.text.split()
        if m.label == "ORG" and len(words) > 1 and words[0][:1].isupper():
            org_firsts.setdefault(_key(words[0]), m.text)
            org_firsts_n[_key(words[0])] += 1
    for m in found:
        if m.label == "PERSON":
            labels_person[_key(m.text)] += 1
        else:
            labels[_key(m.text)][m.label] += 1

    # 2. single names of persons: a surname (or its misspelling, or a unique first name) joins that person
    for m in sorted(single, key=order):
        words = _person_tokens(m.text)
        target, how = person_for(words[0] if words else m.text, m)
        if target is None:
            target = next((a for a in actors if a.kind == "person" and a.key == _key(m.text)
                           and _known_gender(a) in (m.honorific_gender, "")), None)
            how = "name"
        if target is None and _is_family(_key(m.text), actors):
            m.label = "NORP"  # "the Clintons": a family, a group
            continue
        if target is None and _key(m.text) in _common_words() and docs[(m.part, m.index)][m.token].is_sent_start:
            continue  # "Harsh? He doesn't think so.": a capitalized adjective or verb, not a name
        placed = labels[_key(m.text)]["GPE"] + labels[_key(m.text)]["LOC"]  # a place elsewhere: "Malawi's leader"
        if target is None and not (m.title or m.honorific_gender) and not placed:
            org = _organization_context(docs[(m.part, m.index)][m.token], org_firsts)
            if org is not None and (not org or org_firsts_n[_key(m.text)] >= labels_person[_key(m.text)]):
                m.label, m.key = "ORG", org  # "Doe" of "Doe News", "the Doe newspaper chain", "ACLU and Doe"
                continue
        other = labels[_key(m.text)]
        # a one-word name tagged a place as often as a person, and never given a first name: the place
        tie_to_place = placed and sum(other.values()) >= labels_person[_key(m.text)]
        if target is None and other and (sum(other.values()) > labels_person[_key(m.text)] or tie_to_place):
            m.label = other.most_common(1)[0][0]  # tagged a place or an institution everywhere else
            continue
        if target is None:
            target = _Actor("person", _key(m.text))
            target.surnames.add(_key(m.text))
            actors.append(target)
        m.how = how
        target.mentions.append(m)

    # 3. other entities: a one-word entity that is a person's surname is that person; else an institution,
    #    place or group keyed through the alias table
    present = {_key(m.text) for m in found if m.label != "PERSON"}
    by_key: dict[str, _Actor] = {}
    for m in sorted((m for m in found if m.label != "PERSON"), key=order):
        words = _person_tokens(m.text)
        if len(words) == 1 and not m.place_cue:  # ("in Ferguson" is the place, whatever "v. Ferguson" is)
            target, how = person_for(words[0], m)
            if target is not None:
                m.how = how
                target.mentions.append(m)
                continue
        if len(words) >= 2 and m.label == "ORG":  # a person's full name the tagger calls a body here
            same = [a for a in actors if a.kind == "person" and words in a.fulls]
            if len(same) == 1:
                same[0].mentions.append(m)
                continue
        kind = LABEL_KINDS[m.label]
        country = _demonym_country(m, docs[(m.part, m.index)], demonyms) if kind == "group" else ""
        if country:  # "the Chilean senate": a mention of Chile
            m.how, m.label, kind = "demonym", "GPE", "place"
            key = _org_key(country, aliases, present)
        elif kind == "group":
            token = docs[(m.part, m.index)][m.token]
            span_len = len(_key(m.text).split())
            # a capitalized name by its singular, made the same way wherever it stands ("Cubans", "the Whitfields":
            # the tagger lemmatizes a sentence's first word to itself, elsewhere to its singular); a lowercase group
            # word by its lemma ("conservatives", "families")
            text_key = _key(m.text)
            if span_len != 1:
                key = "group:" + text_key
            elif token.is_lower:
                key = "group:" + token.lemma_.lower()
            else:
                key = "group:" + (text_key[:-1] if text_key.endswith("s") and not text_key.endswith("ss") else text_key)
        else:
            key = _org_key(m.key or m.text, aliases, present)
            if m.text.islower() and kind == "organization":  # "the electoral commission": the one named so
                key = _named_like(key, present) or key
        target = by_key.get(key)
        if target is None:
            target = by_key[key] = _Actor(kind, key, name=country)
            actors.append(target)
        target.mentions.append(m)

    # a body's name without its last word of organization ("Florida International" of "Florida International
    # University", "Belmont Glass" of "Belmont Glass Co.") is that body
    for key, short in list(by_key.items()):
        longer = [a for k, a in by_key.items() if k.startswith(key + " ") and len(k.split()) == len(key.split()) + 1
                  and (_cue(k.split()[-1], "name") or _cue(k.split()[-1], "legal"))]
        if len(key.split()) >= 2 and len(longer) == 1 and short.kind == longer[0].kind == "organization":
            longer[0].mentions.extend(short.mentions)
            short.mentions = []
            actors.remove(short)
    # kinds: alias table first, else the majority of spaCy's labels; author and credit people
    for actor in actors:
        if actor.kind != "person":
            table_kinds = {aliases[k][1] for k in (_key(x.text) for x in actor.mentions) if k in aliases} - {""}
            if table_kinds:
                actor.kind = sorted(table_kinds)[0]
            else:
                votes = Counter(LABEL_KINDS[x.label] for x in actor.mentions if x.label)
                cued = any(x.place_cue for x in actor.mentions)  # a tie goes to the place the grammar shows
                actor.kind = max(votes, key=lambda k: (votes[k], cued and k == "place")) if votes else actor.kind
        names = {_key(x.text) for x in actor.mentions}
        if actor.kind == "person" or any(x.credit for x in actor.mentions):
            words = {" ".join(_person_tokens(n)) for n in names}
            if names & authors or words & {" ".join(_person_tokens(a)) for a in authors}:
                actor.kind = "author"
            elif names & credit_names or any(x.credit for x in actor.mentions):
                actor.kind = "credit"
    return actors


# --------------------------------------------------------------------------------------------------- lookups

def _find_missed(actors: list[_Actor], parts, found: list[_Mention], acronyms: dict[str, str] | None = None) -> None:
    """Names of known actors that spaCy did not tag (a surname tagged nothing, an alias repeated, an acronym the
    article defines: ``acronyms``, acronym -> the canonical key of the name it stands for)."""
    taken: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    for m in found:
        taken[(m.part, m.index)].append((m.start, m.end))
    patterns: list[tuple[str, _Actor, str]] = []
    for actor in actors:
        forms = {x.text for x in actor.mentions if x.text[:1].isupper()}
        forms |= {a for a, key in (acronyms or {}).items() if key == actor.key and actor.kind != "person"}
        demonym_forms = {x.text for x in actor.mentions if x.how == "demonym"}
        if actor.kind in ("person", "author", "credit"):
            forms |= {s.capitalize() for s in actor.surnames if len(s) >= 2 and " " not in s}
            forms |= {x.text.split()[-1] for x in actor.mentions if x.how == "name" and len(x.text.split()) > 1}
        for form in sorted(forms):  # sorted: the order of equal-length forms must not follow the hash seed
            if len(form) >= 2:
                how = "surname" if len(form.split()) == 1 and actor.kind == "person" else "name"
                patterns.append((form, actor, "demonym" if form in demonym_forms else how))
    patterns.sort(key=lambda p: -len(p[0]))
    sharing: dict[str, list[_Actor]] = defaultdict(list)  # a surname two people share
    for form, actor, _how in patterns:
        if actor.kind == "person" and actor not in sharing[form]:
            sharing[form].append(actor)

    def pick(form: str, actor: _Actor, part: str, index: int, start: int) -> _Actor:
        """Of the people a bare surname may name: the one named last before it in its part, else the one named
        most (a headline's "Doe" is the story's Doe)."""
        if len(sharing.get(form, ())) < 2:
            return actor
        before = [(x.start, a) for a in sharing[form] for x in a.mentions
                  if x.part == part and x.index == index and x.start < start]
        if before:
            return max(before, key=lambda pair: pair[0])[1]
        return max(sharing[form], key=lambda a: len(a.mentions))

    for piece in parts:
        doc = piece.doc
        starts = _sentence_index(doc)
        spans = taken[(piece.part, piece.index)]
        for form, actor, how in patterns:
            if form not in piece.text:
                continue
            for found_at, e in _form_spans(piece.text, form):
                s = found_at
                if any(a < e and s < b for a, b in spans):
                    continue
                token = doc.char_span(s, e, alignment_mode="expand")
                acronym = form.isupper() and len(form) >= 2 and actor.kind != "person"  # "WHO said", a pronoun's form
                if token is None or (token[0].pos_ not in ("PROPN",) and not token[0].is_title and not acronym):
                    continue
                if token[0].i > 0 and _is_titleish(doc[token[0].i - 1]) and actor.kind != "person":
                    continue
                if how == "surname" and len(token) == 1:
                    # "Tameka Odom has voted ...": the given name the tagger left with the surname it missed
                    given = doc[token[0].i - 1] if token[0].i > 0 else None
                    if given is not None and given.pos_ == "PROPN" and given.is_title and given.dep_ == "compound" \
                            and given.head.i == token[0].i and given.ent_type_ in ("", "PERSON") \
                            and not _is_titleish(given) and (given.lower_ in FIRST_NAMES or given.lower_ not in
                                                             _common_words(("noun", "verb", "adj"))):
                        s = given.idx
                found_how = "lookup" if how == "name" or s < found_at else how  # (a full name found)
                m = _Mention(piece.part, piece.index, s, e, piece.text[s:e], "", bisect.bisect_right(starts, token[0].i) - 1,
                             token[0].i, how=found_how)
                if actor.kind in ("person", "author", "credit"):
                    t_start, m.title = _title_before(doc, token[0].i)
                pick(form, actor, piece.part, piece.index, s).mentions.append(m)
                spans.append((s, e))
                found.append(m)


def _find_references(actors: list[_Actor], parts, found: list[_Mention]) -> None:
    """"the ministry", "the commission" after an organization so named ("the Ministry of Health", "the Malawi
    Electoral Commission"): a mention of it (how "reference"), when no other organization of the article has that
    head word; the head words are those of data/organization_words.csv with the cue reference (a public body's:
    "the network", "the party" may be another's, and are not)."""
    heads: dict[str, list[_Actor]] = defaultdict(list)
    for actor in actors:
        if actor.kind != "organization":
            continue
        for head in {_org_head(x.text) for x in actor.mentions if x.how == "name"} - {""}:
            heads[head].append(actor)
    heads = {h: a[0] for h, a in heads.items() if len(a) == 1}
    if not heads:
        return
    taken: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    for m in found:
        taken[(m.part, m.index)].append((m.start, m.end))
    pattern = re.compile(r"\b[Tt]he (" + "|".join(sorted(map(re.escape, heads))) + r")\b")
    for piece in parts:
        spans = taken[(piece.part, piece.index)]
        starts = None
        for hit in pattern.finditer(piece.text):
            actor = heads[hit.group(1)]
            s, e = hit.span(1)
            first = min((_nlp.READ_PARTS.index(x.part), x.index, x.start) for x in actor.mentions)
            if (_nlp.READ_PARTS.index(piece.part), piece.index, s) <= first or any(a < e and s < b for a, b in spans):
                continue  # only after the name, and never inside another mention
            token = piece.doc.char_span(s, e, alignment_mode="expand")
            if token is None or token[0].dep_ == "compound":
                continue  # "the ministry building"
            starts = starts or _sentence_index(piece.doc)
            m = _Mention(piece.part, piece.index, s, e, piece.text[s:e], "", bisect.bisect_right(starts, token[0].i) - 1,
                         token[0].i, how="reference")
            actor.mentions.append(m)
            spans.append((s, e))
            found.append(m)


def _org_head(name: str) -> str:
    """The organization's word that heads a name ("Ministry of Health" -> ministry, "Malawi Electoral Commission"
    -> commission), or ""."""
    words = _key(name).split()
    if len(words) < 2:
        return ""
    head = words[0] if len(words) > 2 and words[1] == "of" else words[-1]
    return head if _cue(head, "reference") else ""


_WORD_BEFORE = re.compile(r"[\w.-]")
_WORD_AFTER = re.compile(r"[\w-]")


def _form_spans(text: str, form: str) -> Iterable[tuple[int, int]]:
    r"""A known name written on its own, not inside a longer word or hyphenated name: ``(start, end)`` of each match
    of ``(?<![\w.-])FORM(?![\w-])`` in ``text``, as ``finditer`` gives them, found with ``str.find`` (``re`` tries a
    pattern that opens with a look-behind at every character of the text, once per known name: it showed in
    profiles)."""
    size, length = len(form), len(text)
    at = text.find(form)
    while at >= 0:
        end = at + size
        if (at == 0 or _WORD_BEFORE.match(text, at - 1) is None) and (
                end >= length or _WORD_AFTER.match(text, end) is None):
            yield at, end
            at = text.find(form, end)
        else:
            at = text.find(form, at + 1)


def _credit_names(credit: str) -> list[str]:
    """"Jane Doe/Agency", "Jane Doe for The Paper", "Photo: Jane Doe": the names in a photo credit."""
    credit = credit.strip().strip("()[] ")
    credit = re.sub(r"^(?:photo|photograph|image|credit)s?\s*(?:by|:|\.{2,}|…)\s*", "", credit, flags=re.I)
    pieces = [piece.strip() for piece in re.split(r"\s*/\s*|\s+for\s+|\s*[,;]\s*|\s+via\s+", credit)]
    # "AP Photo/Jane Doe", "Reuters Photo": the agency's label, not a name
    return [p for p in pieces if p and not re.fullmatch(r"(?:[\w.&' -]+\s+)?(?:photo|photograph|pool|file)s?", p, re.I)]


def _add_own_people(article, actors: list[_Actor], shown: dict[int, str] | None = None) -> None:
    """The article's authors and photo credits, as actors of kind author and credit, even when never named.
    ``shown``: ``_display_name`` of actors already computed, by ``id``."""
    shown = shown or {}
    known = {_key(shown.get(id(a)) or _display_name(a)) for a in actors if a.mentions}
    own = [(name, "author") for name in getattr(article, "authors", []) or []]
    own += [(name, "credit") for credit in getattr(article, "photo_credits", []) or [] for name in _credit_names(credit)]
    for name, kind in own:
        if _key(name) in known:
            continue
        known.add(_key(name))
        actors.append(_Actor(kind, _key(name), name=re.sub(r"\s+", " ", name).strip()))


def _display_name(actor: _Actor) -> str:
    if not actor.mentions:
        return actor.name
    named = [x for x in actor.mentions if x.how in ("name", "lookup")]
    if not named and actor.name:
        return actor.name  # a country named only by its nationality word ("Iranian" -> Iran)
    named = named or actor.mentions
    if actor.kind in ("person", "author", "credit"):
        surface = Counter(_clean_display(x.text) for x in named)
        # the fullest form, then the most frequent, then the first written; but not a common word glued before a
        # form the article also writes ("Crooked Hillary Clinton" from a quote, "Universe Alicia Machado")
        order = {name: i for i, name in reversed(list(enumerate(_clean_display(x.text) for x in named)))}
        tails = {tuple(_person_tokens(n)) for n in surface}
        glued = {n: len(_person_tokens(n)) > 2 and tuple(_person_tokens(n)[1:]) in tails
                 and _person_tokens(n)[0] not in FIRST_NAMES
                 and _person_tokens(n)[0] in _common_words(("noun", "verb", "adj")) for n in surface}
        return max(surface, key=lambda n: (not glued[n], not _shouted(n), len(_person_tokens(n)), surface[n],
                                           -order[n]))
    surface = Counter(_clean_display(x.text) for x in named)
    order = {name: i for i, name in reversed(list(enumerate(_clean_display(x.text) for x in named)))}
    return max(surface, key=lambda n: (not _shouted(n), surface[n], len(n), -order[n]))


def _shouted(name: str) -> bool:
    """A name of several words set in capitals ("JEROME POWELL", a lede's "THE FEDERAL RESERVE"), shown only when
    the article writes it no other way (one word in capitals is an acronym: "NATO")."""
    return " " in name.strip() and name.isupper()


@functools.lru_cache(maxsize=1 << 16)
def _clean_display(text: str) -> str:
    text = re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()
    return re.sub(r"^(?:the|The) ", "", text)


# --------------------------------------------------------------------------------------------------- analysis

@dataclass
class _Result:
    actors: pd.DataFrame
    mentions: pd.DataFrame
    people: pd.DataFrame
    index: dict[str, str]
    titles: dict[str, set[str]]
    by_position: dict[tuple[str, int, int], str]
    mention_tuples: list[tuple] = field(default_factory=list, repr=False)  # the rows of ``mentions``

    @functools.cached_property
    def named_mentions(self) -> pd.DataFrame:
        """``mentions`` without the pronouns, made once (quotes, claims and events each ask for it), from the rows
        ``mentions`` was made of (a boolean selection of the table and its new index cost twice as much)."""
        how = MENTION_COLUMNS.index("how")
        return _mentions_frame([row for row in self.mention_tuples if row[how] != "pronoun"])

    @functools.cached_property
    def first_at(self) -> dict[tuple[str, int], str]:
        """(part, start) -> the first actor ``by_position`` gives a mention starting there."""
        out: dict[tuple[str, int], str] = {}
        for (part, _index, start), name in self.by_position.items():
            out.setdefault((part, start), name)
        return out

    @functools.cached_property
    def named_rows(self) -> list[tuple[str, int, int, str]]:
        """(part, start, end, actor) of every mention but pronouns, in table order."""
        return [(p, s, e, a) for p, s, e, a, how in self._columns("part", "start", "end", "actor", "how")
                if how != "pronoun"]

    @functools.cached_property
    def mention_rows(self) -> list[tuple[str, int, str]]:
        """(part, start, actor) of every mention, in table order."""
        return self._columns("part", "start", "actor")

    def _columns(self, *columns: str) -> list[tuple]:
        """``_rows(self.mentions, *columns)`` read from the rows the table was made of (the numbers as ints)."""
        at = [MENTION_COLUMNS.index(c) for c in columns]
        integer = {MENTION_COLUMNS.index(c) for c in ("start", "end", "paragraph", "sentence")}
        return [tuple(int(row[k]) if k in integer else row[k] for k in at) for row in self.mention_tuples]

    @functools.cached_property
    def people_rows(self) -> list[tuple[str, str, list[str]]]:
        """(actor, surname, words of the actor's name) of every person, in table order."""
        return [(actor, surname, _person_tokens(actor)) for actor, surname in _rows(self.people, "actor", "surname")]


def _analyse(article: "Article", aliases: str | Path | None = None, demonyms: str | Path | None = None) -> _Result:
    """The actors of ``article``, computed once per article and tables (``nlp.memo``), however many ask."""
    name = f"actors\x00{aliases}\x00{demonyms}\x00{id(ALIASES)}\x00{id(DEMONYMS)}"
    return _nlp.memo(article, name, lambda: _compute(article, aliases, demonyms))


def _compute(article: "Article", aliases: str | Path | None, demonyms: str | Path | None) -> _Result:
    table = dict(ALIASES)
    if aliases is not None:
        table.update(load_aliases(aliases))
    nationality = DEMONYMS if demonyms is None else load_demonyms(demonyms, DEMONYMS)
    found, parts = _collect(article, nationality)
    defined = _acronyms(found, parts, table)
    actors = _cluster(found, parts, article, table, nationality)
    _find_missed(actors, parts, found, defined)
    _find_references(actors, parts, found)
    shown = {id(a): _display_name(a) for a in actors if a.mentions}  # (mentions are final from here on)
    _add_own_people(article, actors, shown)
    actors = [a for a in actors if a.mentions or a.name]
    return _tables(article, actors, parts, shown)


#: What every definition ``_acronyms`` reads ends with: a space, then an acronym in parentheses.
_ACRONYM_IN_PARENTHESES = re.compile(r"\s\([A-Z][A-Z.&]{1,9}\)")


def _acronyms(found: list[_Mention], parts, table: dict[str, tuple[str, str]]) -> dict[str, str]:
    """"Environmental Protection Agency (EPA)": the article defines an alias. Returns acronym -> canonical key."""
    defined: dict[str, str] = {}
    for piece in parts:
        if not _ACRONYM_IN_PARENTHESES.search(piece.text):
            continue  # (no match is possible: the search below, word by word, cost more than the rest of this)
        for m in re.finditer(r"([A-Z][\w.'’ &-]{3,80}?)\s+\(([A-Z][A-Z.&]{1,9})\)", piece.text):
            long_name = [x for x in found if x.part == piece.part and x.index == piece.index
                         and x.end <= m.end(1) and x.end >= m.end(1) - 1]
            if long_name:
                key = _key(long_name[-1].text)
                canonical = table.get(key, (key, ""))
                table.setdefault(_key(m.group(2)), canonical)
                table.setdefault(key, canonical)
                defined.setdefault(m.group(2), table[_key(m.group(2))][0])
    return defined


def _paragraph(article, part: str, index: int, start: int) -> int:
    if part == "caption":
        return index
    if part != "body":
        return 0
    finder = getattr(article, "paragraph_at", None)
    if finder is not None:
        return int(finder(start))
    return article.body.count("\n\n", 0, start)


def _paragraph_finder(article):
    """``_paragraph`` for one article, the body's paragraph starts read once (not once a mention)."""
    starts = getattr(article, "paragraph_starts", None)
    if not isinstance(starts, list) or getattr(type(article), "paragraph_at", None) is None:
        return functools.partial(_paragraph, article)

    def paragraph(part: str, index: int, start: int) -> int:
        if part == "caption":
            return index
        if part != "body":
            return 0
        return max(0, bisect.bisect_right(starts, start) - 1)
    return paragraph


def _tables(article, actors: list[_Actor], parts, shown: dict[int, str] | None = None) -> _Result:
    paragraph_of = _paragraph_finder(article)
    names: dict[int, str] = {}
    used: Counter = Counter()
    shown = shown or {}
    for actor in actors:
        name = shown[id(actor)] if id(actor) in shown else _display_name(actor)
        used[name] += 1
        if used[name] > 1:  # two people written the same way (rare): keep them apart
            name = f"{name} ({used[name]})"
        names[id(actor)] = name

    mention_rows = []
    index: dict[str, str] = {}
    titles: dict[str, set[str]] = {}
    by_position: dict[tuple[str, int, int], str] = {}
    actor_rows = []
    for actor in actors:
        name = names[id(actor)]
        ms = sorted(actor.mentions, key=lambda x: (_nlp.READ_PARTS.index(x.part), x.index, x.start))
        aliases, variants = [], []
        canonical_words = set(_person_tokens(name))
        for x in ms:
            alias = _clean_display(x.text)
            if alias not in aliases:
                aliases.append(alias)
            words = _person_tokens(alias)
            if actor.kind in ("person", "author", "credit") and words and not set(words) <= canonical_words \
                    and alias not in variants:
                variants.append(alias)
            index.setdefault(_key(alias), name)
            paragraph = paragraph_of(x.part, x.index, x.start)
            by_position[(x.part, x.index if x.part == "caption" else 0, x.start)] = name
            mention_rows.append({
                "actor": name, "kind": actor.kind, "part": x.part, "start": x.start, "end": x.end,
                "paragraph": paragraph, "sentence": x.sent, "text": x.text, "how": x.how,
            })
        body = [x for x in ms if x.part == "body"]
        person_titles = [x.title for x in ms if x.title]
        title = max(person_titles, key=lambda t: (len(t.split()), -person_titles.index(t))) if person_titles else ""
        roles = [x.role for x in ms if x.role]
        role = roles[0] if roles else ""
        for one in person_titles + roles:
            for form in _title_forms(one):
                titles.setdefault(form, set()).add(name)
        order = min(((_nlp.READ_PARTS.index(x.part), x.index, x.start) for x in ms), default=(9, 0, 0))
        actor_rows.append((
            (-len(ms), order), name, actor.kind, aliases, len(ms),
            paragraph_of("body", 0, body[0].start) if body else pd.NA, title, variants, role,
        ))
    # most mentioned first, then first named (rows sorted before the table is made: one DataFrame, not four;
    # rows as tuples, not dicts: a DataFrame is built faster from them)
    actor_rows.sort(key=lambda row: row[0])
    table = _nlp.typed_frame([row[1:] for row in actor_rows], ACTOR_COLUMNS,
                         {"mentions": "int64", "first_paragraph": "Int64"})

    def reading_order(row: dict) -> tuple:
        return _nlp.READ_PARTS.index(row["part"]), row["paragraph"], row["start"]

    mention_rows.sort(key=reading_order)
    people_df = _people(actors, names, parts, mention_rows)
    mention_rows += _pronoun_mentions(article, parts, mention_rows, people_df)
    mention_rows.sort(key=reading_order)
    rows = [tuple(m[c] for c in MENTION_COLUMNS) for m in mention_rows]
    return _Result(table, _mentions_frame(rows), people_df, index, titles, by_position, rows)


def _mentions_frame(rows: list[tuple]) -> pd.DataFrame:
    """The ``mentions`` table of rows in ``MENTION_COLUMNS`` order."""
    return _nlp.typed_frame(rows, MENTION_COLUMNS, dict.fromkeys(("start", "end", "paragraph", "sentence"), "int64"))


def _people(actors: list[_Actor], names: dict[int, str], parts, mention_rows: list[dict]) -> pd.DataFrame:
    """Persons with a gender guess: an honorific, else a gendered title, else the pronouns that follow them."""
    votes: dict[str, Counter] = defaultdict(Counter)
    persons = {names[id(a)]: a for a in actors if a.kind in ("person", "author", "credit")}
    # pronoun votes: a he/she subject whose nearest person mention before it (same or previous sentence) is alone
    for piece in parts:
        doc = piece.doc
        here = [(m["sentence"], m["start"], m["actor"]) for m in mention_rows
                if m["part"] == piece.part and m["actor"] in persons
                and (piece.part != "caption" or m["paragraph"] == piece.index)]
        if not here:
            continue
        starts = _sentence_index(doc)
        for token in _tokens_where(doc, PRONOUNS):
            gender = PRONOUNS.get(token.lower_)
            if gender is None or token.pos_ != "PRON":
                continue
            s = bisect.bisect_right(starts, token.i) - 1
            candidates = {actor for sentence, start, actor in here if sentence >= s - 1 and start < token.idx}
            if len(candidates) == 1:
                votes[next(iter(candidates))][gender] += 1
    rows = []
    for name, actor in persons.items():
        honor = [x.honorific_gender for x in actor.mentions if x.honorific_gender]
        title_words = [w.lower() for x in actor.mentions for w in (x.title + " " + x.role).split()]
        title_gender = [TITLES[w][1] for w in title_words if w in TITLES and TITLES[w][1]]
        if honor:
            gender = Counter(honor).most_common(1)[0][0]
        elif title_gender and len(set(title_gender)) == 1:
            gender = title_gender[0]
        elif votes[name]:
            (top, n), *rest = votes[name].most_common()
            gender = top if not rest or n > rest[0][1] else ""
        else:
            gender = ""
        titles = [x.title for x in actor.mentions if x.title]
        roles = [x.role for x in actor.mentions if x.role]
        rows.append((  # PEOPLE_COLUMNS
            name, actor.kind, gender or None, max(titles, key=lambda t: len(t.split())) if titles else "",
            roles[0] if roles else "", name.split()[-1] if actor.kind != "credit" else "", len(actor.mentions),
        ))
    return _nlp.typed_frame(rows, PEOPLE_COLUMNS, {"mentions": "int64"} if rows else {})  # (empty: all object)


def _pronoun_mentions(article, parts, mention_rows: list[dict], people_df: pd.DataFrame) -> list[dict]:
    """He/she as the subject of a clause, resolved to the last person of that gender named in the paragraph
    (or the previous one) when no other person of that gender is named in between."""
    paragraph_of = _paragraph_finder(article)
    actor, gender, kind = (people_df._mgr.iget_values(people_df.columns.get_loc(c)).tolist()
                           for c in ("actor", "gender", "kind"))  # (the columns' values, no Series made for each)
    genders = dict(zip(actor, gender))
    kinds = dict(zip(actor, kind))
    persons = {a for a, k in kinds.items() if k == "person"}
    rows = []
    for piece in parts:
        if piece.part != "body":
            continue
        named = [(m["start"], m["paragraph"], m["actor"]) for m in mention_rows
                 if m["part"] == "body" and m["actor"] in persons]
        starts = _sentence_index(piece.doc)
        for token in _tokens_where(piece.doc, ("he", "she")):
            gender = PRONOUNS.get(token.lower_)
            if gender is None or token.dep_ not in ("nsubj", "nsubjpass") or token.lower_ not in ("he", "she"):
                continue
            paragraph = paragraph_of("body", 0, token.idx)
            before = [actor for start, at, actor in named if start < token.idx and at >= paragraph - 1]
            if not before:
                continue
            compatible = [a for a in before[::-1] if genders.get(a) in (gender, None)]
            if not compatible:
                continue
            latest = compatible[0]
            if genders.get(latest) is None and len(set(before)) > 1:
                continue  # two people of unknown gender: leave it
            rows.append({"actor": latest, "kind": "person", "part": "body", "start": token.idx,
                         "end": token.idx + len(token.text), "paragraph": paragraph,
                         "sentence": bisect.bisect_right(starts, token.i) - 1, "text": token.text, "how": "pronoun"})
    return rows


# --------------------------------------------------------------------------------------------------- public API

def actors(article: "Article", *, aliases: str | Path | None = None,
           demonyms: str | Path | None = None) -> pd.DataFrame:
    """One row per actor of ``article``: actor (the name shown), kind (person, organization, place, group; author
    and credit for the article's own people), aliases (every name used, as written), mentions (how many times
    named), first_paragraph (first body paragraph naming it, <NA> if only in headline/dek/captions), title
    (the fullest title or rank written before the name), variants (likely misspellings), role (first appositive).
    Rows by mentions, most first. ``aliases``: a CSV (alias, canonical, kind) added to the built-in table;
    ``demonyms``: a CSV (demonym, country, plural) added to ``data/demonyms.csv``, through which a nationality
    adjective ("Iraqi") counts as a mention of its country (a place)."""
    return _nlp.copy_frame(_analyse(article, aliases, demonyms).actors)


def mentions(article: "Article", *, aliases: str | Path | None = None, demonyms: str | Path | None = None,
             pronouns: bool = True) -> pd.DataFrame:
    """Every mention: actor, kind, part, start, end (offsets into that part's text), paragraph, sentence, text,
    how (name, surname, first name, variant, lookup, demonym, reference: "the ministry" after the Ministry of ...,
    pronoun). ``pronouns=False`` leaves out resolved he/she."""
    result = _analyse(article, aliases, demonyms)
    return _nlp.copy_frame(result.mentions if pronouns else result.named_mentions)


def people(article: "Article", *, aliases: str | Path | None = None,
           demonyms: str | Path | None = None) -> pd.DataFrame:
    """The persons (and author, credit people): actor, kind, gender (male, female or None), title, role,
    surname, mentions."""
    return _nlp.copy_frame(_analyse(article, aliases, demonyms).people)


def rows(article: "Article", table: str, columns: Iterable[str], *, aliases: str | Path | None = None,
         demonyms: str | Path | None = None) -> list[tuple]:
    """The rows of ``actors`` (``table="actors"``), ``mentions`` (``"mentions"``, or ``"named_mentions"`` without the
    pronouns) or ``people`` (``"people"``) of ``article`` as tuples of ``columns``, in table order: the values
    ``table[column].tolist()`` gives, read from the tables computed once per article, never copied (the functions
    hand out a copy of their table on every call). For layers that read a few columns (claims, quotes); a list in
    a cell (``aliases``) is the table's own: do not change it."""
    result = _analyse(article, aliases, demonyms)
    columns = list(columns)
    if table in ("mentions", "named_mentions"):
        if table == "mentions":
            return result._columns(*columns)
        how = MENTION_COLUMNS.index("how")
        return [row for row, full in zip(result._columns(*columns), result.mention_tuples) if full[how] != "pronoun"]
    frame = {"actors": result.actors, "people": result.people}.get(table)
    if frame is None:
        from .errors import ParameterError

        raise ParameterError(f"rows: table is {table!r}; use 'actors', 'mentions', 'named_mentions' or 'people'")
    names = list(frame.columns)
    return list(zip(*(frame._mgr.iget_values(names.index(c)).tolist() for c in columns))) if len(frame) else []


def resolve(article: "Article", text: str, start: int | None = None, part: str = "body", *,
            aliases: str | Path | None = None, demonyms: str | Path | None = None) -> str | None:
    """The actor name (as ``actors`` gives it) that ``text`` refers to, or None. ``text`` may carry a title
    ("Defense Secretary Jane Doe"), a possessive, a leading "the", or be a surname; ``start`` (an offset into
    ``part``'s text) picks the mention there, and, for a surname two people share, the one named last before it."""
    if not text or not text.strip():
        return None
    return _resolve(_analyse(article, aliases, demonyms), text, start, part, aliases)


def resolver(article: "Article", *, aliases: str | Path | None = None, demonyms: str | Path | None = None):
    """``resolve`` for many names of one article: a function ``(text, start=None, part="body") -> str | None`` that
    reads the article's actors once (``resolve`` looks them up again for every name). For a caller that asks about
    many names while the article stays as it is (claims, for every holder)."""
    result = None

    def resolve_here(text: str, start: int | None = None, part: str = "body") -> str | None:
        nonlocal result
        if not text or not text.strip():
            return None
        if result is None:
            result = _analyse(article, aliases, demonyms)
        return _resolve(result, text, start, part, aliases)
    return resolve_here


def _resolve(result: _Result, text: str, start: int | None, part: str, aliases: str | Path | None) -> str | None:
    """``resolve`` with the article's actors read."""
    if start is not None:
        name = result.first_at.get((part, start))  # a mention that starts exactly there
        if name is not None:
            return name
        hit = [a for p, s, e, a in result.named_rows if p == part and s <= start <= e]
        if hit:
            return str(hit[0])
    key = _strip_title(_key(text))
    key = re.sub(r"'s?$", "", key).strip()
    if not key:
        return None
    if key in result.index:
        return result.index[key]
    table = ALIASES
    if aliases is not None:
        table = {**ALIASES, **load_aliases(aliases)}
    canonical = table.get(key, (None, ""))[0]
    if canonical is not None:
        for alias, name in result.index.items():
            if table.get(alias, (None, ""))[0] == canonical:
                return name
    words = _person_tokens(key)
    if words:
        candidates = [actor for actor, surname, names in result.people_rows
                      if words[-1] in names or words[-1] == surname.lower()]
        if len(candidates) == 1:
            return candidates[0]
        if len(candidates) > 1:
            if start is not None:
                before = [a for p, s, a in result.mention_rows if p == part and s < start and a in candidates]
                if before:
                    return str(before[-1])
            full = [c for c in candidates if _key(c) == key]
            return full[0] if full else None
        fuzzy = [actor for actor, _surname, names in result.people_rows
                 if any(likely_misspelling(words[-1], w) for w in names)]
        if len(fuzzy) == 1:
            return fuzzy[0]
    # a description matching one person's title ("the defense secretary")
    matches = result.titles.get(_strip_country(key), set())
    return next(iter(matches)) if len(matches) == 1 else None


def _title_forms(title: str) -> set[str]:
    """Ways to write a title as a description: "U.S. Secretary of Defense" -> "secretary of defense",
    "defense secretary"; an appositive "the commander of X" -> "commander of x"."""
    key = _strip_country(_key(title))
    key = re.sub(r"^(?:a|an|his|her|their|its) ", "", key)
    forms = {key}
    m = re.fullmatch(r"([\w.-]+) of (?:the )?([\w .-]+)", key)
    if m:
        forms.add(f"{m.group(2)} {m.group(1)}")
    m = re.fullmatch(r"([\w .-]+) ([\w.-]+)", key)
    if m and m.group(2) in TITLES:
        forms.add(f"{m.group(2)} of {m.group(1)}")
    return {f for f in forms if f}


def _strip_title(key: str) -> str:
    words = key.split()
    last_title = None
    for k, word in enumerate(words[:-1]):
        if word in TITLES:
            last_title = k
    if last_title is not None:
        return " ".join(words[last_title + 1:])
    return key


def _strip_country(key: str) -> str:
    for prefix in _COUNTRY_PREFIXES:
        if key.startswith(prefix):
            return key[len(prefix):]
    return key


def story_actors(article: "Article", **kwargs) -> pd.DataFrame:
    """``actors(article)`` without the article's own people (author, photo credits)."""
    table = actors(article, **kwargs)
    return table[~table["kind"].isin(NON_STORY_KINDS)].reset_index(drop=True)


# --------------------------------------------------------------------------------------------------- charts

KINDS = ("person", "organization", "place", "group", "author", "credit")
KIND_COLOURS = {"person": "#0072B2", "organization": "#CC79A7", "place": "#009E73", "group": "#E69F00",
                "author": "#999999", "credit": "#999999"}
KIND_LABELS = {"person": "People", "organization": "Organizations", "place": "Places", "group": "Groups",
               "author": "Author", "credit": "Photo credit"}
_PART_COLUMNS = {"headline": "H", "dek": "D", "caption": "C"}


def select(table: pd.DataFrame, kinds: Iterable[str] = ("person", "organization", "place", "group"),
           min_mentions: int = 1) -> pd.DataFrame:
    """The rows of an ``actors`` table of the given kinds named at least ``min_mentions`` times.
    Raises ParameterError for an unknown kind or a negative count."""
    from .errors import ParameterError

    kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    unknown = sorted(set(kinds) - set(KINDS))
    if unknown:
        raise ParameterError(f"parameter 'kinds': unknown kind(s) {', '.join(map(repr, unknown))}; "
                             f"choose from {', '.join(KINDS)}")
    if isinstance(min_mentions, bool) or not isinstance(min_mentions, int) or min_mentions < 0:
        raise ParameterError(f"parameter 'min_mentions' must be a whole number >= 0, not {min_mentions!r}")
    keep = table["kind"].isin(kinds) & (table["mentions"] >= min_mentions)
    return table[keep].reset_index(drop=True)


def cooccurrence(article: "Article", names: Iterable[str] | None = None) -> pd.DataFrame:
    """Pairs of actors named in the same sentence: DataFrame[actor_a, actor_b, sentences] (a < b by name),
    most shared first. ``names`` limits the actors counted (e.g. ``select(actors(article))["actor"]``)."""
    table = mentions(article)
    if names is not None:
        table = table[table["actor"].isin(list(names))]
    # a sentence is (part, caption number, sentence index within that part's Doc)
    caption = table["paragraph"].where(table["part"] == "caption", 0).astype(str)
    table = table.assign(where=table["part"] + ":" + caption + ":" + table["sentence"].astype(str))
    pairs: Counter = Counter()
    for _, group in table.groupby("where", sort=True):
        present = sorted(set(group["actor"]))
        for k, a in enumerate(present):
            for b in present[k + 1:]:
                pairs[(a, b)] += 1
    rows = [{"actor_a": a, "actor_b": b, "sentences": n} for (a, b), n in pairs.items()]
    frame = pd.DataFrame(rows, columns=["actor_a", "actor_b", "sentences"])
    return frame.sort_values(["sentences", "actor_a", "actor_b"], ascending=[False, True, True]).reset_index(drop=True)


def appearances(article: "Article", names: Iterable[str]) -> pd.DataFrame:
    """Mentions per actor and place in the article: DataFrame[actor, column, label, mentions], where ``column``
    orders headline (H), dek (D), captions (C) and body paragraphs (1, 2, ...)."""
    names = list(names)
    table = mentions(article)
    table = table[table["actor"].isin(names)]
    before_body = {"headline": 0, "dek": 1, "caption": 2}
    column = [before_body.get(part, 3 + paragraph) for part, paragraph in zip(table["part"], table["paragraph"])]
    label = [_PART_COLUMNS.get(part, str(paragraph + 1)) for part, paragraph in zip(table["part"], table["paragraph"])]
    frame = table.assign(column=column, label=label).groupby(["actor", "column", "label"], as_index=False)
    return frame.size().rename(columns={"size": "mentions"})


def plot_appearances(article: "Article", table: pd.DataFrame, *, source: str = "", top: int = 15):
    """'Who appears where': one row per actor (of ``table``, an ``actors`` selection, the most named first), a dot
    per part or body paragraph that names them, sized by mentions. Returns (fig, title, finding, alt)."""
    import matplotlib.pyplot as plt

    from .figures import apply_style, frame as frame_fig

    apply_style()
    chosen = table.head(top)
    names = list(chosen["actor"])
    data = appearances(article, names)
    paragraphs = len(article.paragraphs)
    fig, ax = plt.subplots(figsize=(7.5, max(2.4, 0.36 * len(names) + 1.6)))
    rows = {name: k for k, name in enumerate(names)}
    kinds = dict(zip(chosen["actor"], chosen["kind"]))
    if len(data):
        ax.scatter(data["column"], data["actor"].map(rows), s=28 + 42 * (data["mentions"] - 1),
                   c=[KIND_COLOURS.get(kinds[a], "#999999") for a in data["actor"]], alpha=0.9, linewidths=0)
    ax.set_yticks(range(len(names)), [n if len(n) <= 28 else n[:27] + "…" for n in names])
    ticks = [0, 1, 2] + [3 + k for k in range(0, paragraphs, max(1, paragraphs // 12))]
    ax.set_xticks(ticks, ["H", "D", "C"] + [str(k - 2) for k in ticks[3:]])
    ax.set_xlim(-0.7, 3 + max(paragraphs, 1) - 0.3)
    ax.set_ylim(len(names) - 0.5, -0.5)
    ax.axvline(2.5, color="#bbbbbb", linewidth=0.8)
    ax.grid(axis="y", color="#eeeeee")
    ax.set_xlabel("Headline, dek, captions, then body paragraph")
    for kind in dict.fromkeys(chosen["kind"]):
        ax.scatter([], [], c=KIND_COLOURS.get(kind, "#999999"), s=28, label=KIND_LABELS.get(kind, kind))
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8.5)
    body = data[data["column"] >= 3]
    if len(body):
        spread = body.groupby("actor")["column"].nunique().reindex(names).fillna(0)
        lead = spread.idxmax()
        share = int(spread.max()) / max(paragraphs, 1)
        title = f"{lead} runs through {share:.0%} of the story's paragraphs"
        finding = (f"{lead} is named in {int(spread.max())} of {paragraphs} body paragraphs, "
                   f"the widest presence among {len(names)} actors.")
    else:
        title, finding = "No actor is named in the body", "No selected actor is named in the body of the article."
    frame_fig(fig, title, "Each dot: an actor named in that part of the article; bigger dots, more mentions", source)
    alt = (f"Dot chart: {len(names)} actors (rows) against the headline, dek, captions and {paragraphs} body "
           f"paragraphs (columns); dots mark where each actor is named. {finding}")
    return fig, title, finding, alt


def plot_network(table: pd.DataFrame, pairs: pd.DataFrame, *, source: str = "", top: int = 12):
    """'Who appears with whom': actors (of ``table``) on a circle, most named at the top, clockwise; a line between
    two actors named in the same sentence, its width the number of such sentences. The layout is fixed (a circle
    in order of mentions), so the picture is the same on every run. Returns (fig, title, finding, alt)."""
    import math

    import matplotlib.pyplot as plt

    from .figures import apply_style, frame as frame_fig

    apply_style()
    chosen = table.head(top)
    names = list(chosen["actor"])
    count = len(names)
    position = {name: (math.sin(2 * math.pi * k / max(count, 1)), math.cos(2 * math.pi * k / max(count, 1)))
                for k, name in enumerate(names)}
    edges = pairs[pairs["actor_a"].isin(names) & pairs["actor_b"].isin(names)]
    fig, ax = plt.subplots(figsize=(7.5, 6.4))
    widest = max(1, int(edges["sentences"].max())) if len(edges) else 1
    for edge in edges.sort_values(["sentences", "actor_a", "actor_b"]).itertuples():
        (x1, y1), (x2, y2) = position[edge.actor_a], position[edge.actor_b]
        ax.plot([x1, x2], [y1, y2], color="#777777", linewidth=0.8 + 5 * edge.sentences / widest,
                alpha=0.35 + 0.5 * edge.sentences / widest, solid_capstyle="round", zorder=1)
    most = max(1, int(chosen["mentions"].max())) if count else 1
    for row in chosen.itertuples():
        x, y = position[row.actor]
        ax.scatter([x], [y], s=120 + 900 * row.mentions / most, color=KIND_COLOURS.get(row.kind, "#999999"),
                   zorder=2, linewidths=1.2, edgecolors="white")
        ha = "left" if x > 0.2 else "right" if x < -0.2 else "center"
        va = "bottom" if y > 0.7 else "top" if y < -0.7 else "center"
        ax.text(x * 1.13, y * 1.13, f"{row.actor} ({row.mentions})", ha=ha, va=va, fontsize=8.5,
                color="#222222", zorder=3)
    ax.set_xlim(-1.9, 1.9)
    ax.set_ylim(-1.3, 1.3)
    ax.set_aspect("equal")
    ax.axis("off")
    for kind in dict.fromkeys(chosen["kind"]):
        ax.scatter([], [], color=KIND_COLOURS.get(kind, "#999999"), s=60, label=KIND_LABELS.get(kind, kind))
    ax.legend(loc="lower left", bbox_to_anchor=(-0.02, -0.04), fontsize=8.5, ncol=4)
    if len(edges):
        strongest = edges.iloc[0]
        title = f"{strongest['actor_a']} and {strongest['actor_b']} share the most sentences"
        finding = (f"{strongest['actor_a']} and {strongest['actor_b']} are named together in {int(strongest['sentences'])}"
                   f" sentence{'s' if strongest['sentences'] != 1 else ''}; {len(edges)} pairs of actors meet in a sentence.")
    else:
        title, finding = "No two actors meet in a sentence", "No two of the selected actors are named in one sentence."
    frame_fig(fig, title, "Actors named in the same sentence, joined; wider lines, more shared sentences; "
                          "dot size: mentions", source)
    alt = (f"Network of {count} actors on a circle, joined by lines whose width is the number of sentences naming "
           f"both. {finding}")
    return fig, title, finding, alt
