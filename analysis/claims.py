"""Claims and denials: the stance of every sentence towards the claim at issue, in reading order.

``claims(article, proposition=None)`` gives one row per sentence of the headline, dek, captions and body with its
``stance`` towards the proposition ("the U.S. is leaving Iraq"):

- ``claim``: the sentence asserts or reports the proposition ("X reported that ...", "the letter stated ...",
  "officials confirmed ...", or the proposition stated in the outlet's own voice);
- ``denial``: it rejects or undercuts it (deny, knock down, rule out; "no decision", "a mistake", "a draft",
  "not reflective of"; a report verb whose complement negates the proposition);
- ``context``: everything else (background, colour, claims about something else).

Method (rules on the one shared spaCy parse, lexicons in ``analysis/data/claims_lexicon.toml``):

1. The proposition defaults to what the headline says is claimed or denied ("X Denies Y", "X Knocks Down Reports Y"
   -> Y), else the whole headline. The story's *topic words* are the content words of the proposition, headline and
   dek, minus cue words and stop words, plus the names in what the lede's first sentence claims or denies; a
   sentence is about the story when one of its words matches a topic word (same lemma, or one a prefix of the
   other: "Iraq"/"Iraqi", "withdraw"/"withdrawal"), and a denial also when it names a claim already made ("these
   allegations are untrue"). A trailing ", X says" is no part of the proposition.
2. Cues are found word by word: denial verbs and phrases, claim verbs and nouns. Negation on a cue turns it around
   ("did not deny" is a claim, "did not confirm" is no claim, "was not a mistake" is a claim); so does a refusal verb
   ("declined to confirm"). A denial verb whose object is a denial ("disputed the denial") or the account of someone
   who denied earlier ("contradicted the ministry's account") is a claim: the denial is itself disputed. A claim verb
   counts only when its complement is about the story; when that complement is negated ("not", "at no point") and
   has the proposition's verb or two of its words it is a denial ("said troops were not leaving", "said the
   frozen-meals business is not for sale"); a "whether" complement asserts nothing, nor does an infinitive ("is free
   to disclose", "urged employees to report"). A claim verb inside what another reports is part of that report.
   Refusing a request is no denial ("rejected the offer", "denied him bail"; ``request_nouns``) unless the
   proposition is such a request ("rejects calls for snap election"); "neither confirm nor deny" is no comment. A
   denial word that judges an act ("not authorized to discuss", "a mistake to go to war") or describes a thing in
   the outlet's narration ("fake accounts", "the first draft") is no denial; "claimed without evidence", "falsely
   claimed", "offered no proof" are the outlet's denials.
3. A sentence with a denial cue about the story is ``denial``, else one with a claim cue is ``claim``: denial stories
   wrap the claim inside the denial ("knocked down reports that ..."), so the denial wins.
4. The holder is the subject of the verb that carries the cue (for a phrase like "a mistake", the nearest speech verb
   above it: "X said the letter was a mistake"), followed through "who", gerunds ("..., saying ...") and "according
   to"; a pronoun is resolved through ``voices`` (the quote's speaker) where that module exists, else to the last
   named holder; "nobody" holds nothing (the speaker does); an appositive name stands for its noun ("A ministry
   spokesman, Colonel Erik Lind,"); names go through ``actors.resolve`` where that module exists. A passive report
   verb without an agent ("has been mentioned", "Ministers accused of ...") and no speaker mean the outlet's voice.

What it cannot do (say so next to any chart made from it):

- It knows the proposition only by its words. A claim in other words ("pulling out" for "leaving") is found only
  through a cue (a report verb, a denial phrase), never by meaning; synonyms, paraphrase and implication are missed.
- Stance is per sentence: a sentence that reports a claim and its denial is a denial; the balance within a sentence,
  and the stance of a paragraph that carries on without cues, are not measured.
- Cue words are taken at face value: irony, scare quotes, rhetorical questions and a denial phrase used about
  something else in a sentence that is still about the story ("vowed not to repeat that mistake") are misread.
- Holders follow the parse: title-case headlines, long appositions and pronouns across paragraphs can give the wrong
  holder; "he"/"they" without ``voices`` is the last named holder, not a checked reference.
- Hedges ("reportedly", "may") are recorded in the ``hedge`` column; they do not weaken the stance.
- Headlines are parsed as body text: a verb the tagger reads as a noun in a dek ("ministry calls report
  'fabricated'") can give a wrong holder.
"""
from __future__ import annotations

import bisect
import re
import functools
import importlib.util
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Mapping

import pandas as pd

from . import nlp
from .errors import ParameterError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from .corpus import Article

#: The lexicon file read by default; see its comments for what each list does.
LEXICON_PATH = Path(__file__).parent / "data" / "claims_lexicon.toml"

#: Columns of the DataFrame ``claims`` returns, in order.
COLUMNS = ["part", "paragraph", "sentence", "start", "end", "stance", "cue", "holder", "hedge", "text"]

#: The three stances, in the order charts and summaries list them.
STANCES = ("claim", "denial", "context")

#: A phrase is a tuple of lower-case words.
Phrase = tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    """The cue lists, each a tuple of phrases (tuples of lower-case words). Build one with ``load_lexicon``."""

    claim_verbs: tuple[Phrase, ...]
    speech_verbs: tuple[Phrase, ...]
    claim_nouns: tuple[Phrase, ...]
    denial_verbs: tuple[Phrase, ...]
    denial_phrases: tuple[Phrase, ...]
    denial_nouns: tuple[Phrase, ...]
    account_nouns: tuple[Phrase, ...]
    negations: tuple[Phrase, ...]
    refusal_verbs: tuple[Phrase, ...]
    non_assertive_markers: tuple[Phrase, ...]
    hedges: tuple[Phrase, ...]
    content_tags: tuple[Phrase, ...]
    topic_stopwords: tuple[Phrase, ...]
    request_nouns: tuple[Phrase, ...] = ()
    offering_verbs: tuple[Phrase, ...] = ()

    def words(self, name: str) -> frozenset[str]:
        """Every word of every phrase in list ``name``."""
        return frozenset(word for phrase in getattr(self, name) for word in phrase)

    def singles(self, name: str) -> frozenset[str]:
        """The one-word entries of list ``name``."""
        return frozenset(phrase[0] for phrase in getattr(self, name) if len(phrase) == 1)


#: Lists added after lexicon files of users' own were written: a file without one takes the default list.
_OPTIONAL_LISTS = frozenset({"request_nouns", "offering_verbs"})


def load_lexicon(path: str | Path | None = None, overrides: Mapping[str, Iterable[str]] | None = None) -> Lexicon:
    """Read the cue lists from a TOML file (default ``LEXICON_PATH``), then replace any list named in ``overrides``."""
    path = Path(path) if path is not None else LEXICON_PATH
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ParameterError(f"lexicon {path}: cannot be read as TOML ({error}); fix the file or pass another path") from error
    names = [f.name for f in fields(Lexicon)]
    missing = [name for name in names if name not in raw and name not in _OPTIONAL_LISTS]
    if missing:
        raise ParameterError(f"lexicon {path}: lists {missing} are missing; copy them from {LEXICON_PATH}")
    lexicon = Lexicon(**{name: _phrases(raw[name], f"{path}: {name}") if name in raw
                         else getattr(default_lexicon(), name) for name in names})
    return with_overrides(lexicon, overrides)


def with_overrides(lexicon: Lexicon, overrides: Mapping[str, Iterable[str]] | None) -> Lexicon:
    """A copy of ``lexicon`` with the lists named in ``overrides`` replaced (e.g. ``{"denial_verbs": ["deny"]}``)."""
    if not overrides:
        return lexicon
    names = {f.name for f in fields(Lexicon)}
    unknown = sorted(set(overrides) - names)
    if unknown:
        raise ParameterError(f"lexicon: unknown list(s) {unknown}; the lists are {sorted(names)}")
    return replace(lexicon, **{name: _phrases(values, f"lexicon override {name}") for name, values in overrides.items()})


def _phrases(values: object, where: str) -> tuple[Phrase, ...]:
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise ParameterError(f"{where}: expected a list of words or phrases, got {values!r}")
    phrases = []
    for value in values:
        if not isinstance(value, str) or not value.strip():
            raise ParameterError(f"{where}: every entry must be a non-empty string, got {value!r}")
        phrases.append(tuple(_norm(word) for word in value.split()))
    return tuple(phrases)


_DEFAULT_LEXICON: Lexicon | None = None


def default_lexicon() -> Lexicon:
    """The lexicon from ``LEXICON_PATH``, read once."""
    global _DEFAULT_LEXICON
    if _DEFAULT_LEXICON is None:
        _DEFAULT_LEXICON = load_lexicon()
    return _DEFAULT_LEXICON


# --------------------------------------------------------------------------------------------------------------------
# Word matching


def _norm(word: str) -> str:
    word = word.lower().replace("’", "'")
    return "not" if word in ("n't", "not") else word


def _forms(token: "Token") -> frozenset[str]:
    """The lower-case word and its lemma (with "n't" read as "not"), from its Doc's ``_doc_forms``."""
    return _doc_forms(token.doc)[token.i]


_FORMS: dict[tuple[int, int], frozenset[str]] = {}  # (ORTH, LEMMA) ids -> _forms, filled as words are seen


def _doc_forms(doc: "Doc") -> list[frozenset[str]]:
    """``_forms`` of every token of ``doc`` (as frozensets), read from the token arrays once per Doc rather than
    from a Token object per word per sentence."""
    forms = doc.user_data.get("_claims_forms")
    if forms is None:
        from spacy.attrs import LEMMA, ORTH

        strings = doc.vocab.strings
        table = doc.to_array([ORTH, LEMMA]) if len(doc) else None
        pairs = list(zip(table[:, 0].tolist(), table[:, 1].tolist())) if len(doc) else []
        forms = list(map(_FORMS.get, pairs))  # (known pairs looked up at C speed; the new ones made below)
        if None in forms:
            if len(_FORMS) > 200_000:  # a bound for very long runs over many vocabularies
                _FORMS.clear()
            for k, pair in enumerate(pairs):
                if forms[k] is None:
                    found = _FORMS.get(pair)
                    if found is None:
                        orth, lemma = pair
                        found = _FORMS[pair] = frozenset((_norm(strings[orth]), _norm(strings[lemma])))
                    forms[k] = found
        doc.user_data["_claims_forms"] = forms
    return forms


def _inflections(word: str) -> set[str]:
    """Regular inflections of a base form, for words the tagger did not lemmatise (title-case headlines)."""
    forms = {word, word + "s", word + "es", word + "d", word + "ed", word + "ing"}
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if word.endswith("e"):
        forms.add(word[:-1] + "ing")
    if len(word) >= 3 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


class _Matcher:
    """Finds the phrases of one lexicon list in a sentence; one-word verbs also match their regular inflections."""

    def __init__(self, phrases: tuple[Phrase, ...], inflect: bool = False):
        self.phrases = sorted(phrases, key=len, reverse=True)
        self.first: dict[str, list[Phrase]] = {}
        for phrase in self.phrases:
            keys = _inflections(phrase[0]) if inflect else {phrase[0]}
            for key in keys:
                self.first.setdefault(key, []).append(phrase)

    def match_at(self, tokens: list["Token"], i: int, forms: list[set[str]] | None = None) -> list["Token"] | None:
        """The tokens of the longest phrase starting at ``tokens[i]``, or None. A two-word verb phrase also
        matches with its particle after the object ("knocked the report down"). ``forms``: ``_forms`` of each
        of ``tokens``, when the caller has them."""
        token = tokens[i]
        own = forms[i] if forms is not None else _forms(token)
        if self.first.keys().isdisjoint(own):
            return None
        candidates = [p for key in own for p in self.first.get(key, [])]
        for phrase in sorted(candidates, key=len, reverse=True):
            if len(phrase) == 1:
                return [token]
            span = tokens[i:i + len(phrase)]
            if len(span) == len(phrase) and all(
                    k == 0 or phrase[k] in (forms[i + k] if forms is not None else _forms(t))
                    for k, t in enumerate(span)):
                return span
            if len(phrase) == 2:
                particle = [c for c in token.children if c.dep_ == "prt" and phrase[1] in _forms(c)]
                if particle:
                    return [token, particle[0]]
        return None

    def find(self, tokens: list["Token"], forms: list[set[str]] | None = None,
             among: list[int] | None = None) -> list[list["Token"]]:
        """Every phrase found in ``tokens``, left to right, none overlapping. ``among``: the only places a phrase
        can start, when the caller knows them (``_Rules.cue_places``: the words that start a phrase of any list)."""
        keys = self.first.keys()
        # the words a phrase can start with (match_at's own first test, for all words at once): most sentences have
        # none for most lists, and the walk below visits only these
        starts = range(len(tokens)) if forms is None else [
            i for i in (range(len(forms)) if among is None else among) if not keys.isdisjoint(forms[i])]
        found, after = [], 0  # ``after``: the first word past the last phrase found
        for i in starts:
            if i < after:
                continue
            span = self.match_at(tokens, i, forms)
            if span:
                found.append(span)
                contiguous = span[-1].i == tokens[i].i + len(span) - 1
                after = i + (len(span) if contiguous else 1)
        return found


@dataclass
class _Rules:
    """A lexicon compiled for matching, plus the story's topic and proposition words."""

    lexicon: Lexicon
    topic: set[str]
    proposition_words: set[str]
    proposition_predicates: set[str]
    request_story: bool = False  # the claim at issue is itself a request ("X rejects calls for a snap election")

    def __post_init__(self) -> None:
        self.__dict__.update(_compiled(self.lexicon))  # (the same for every article of one lexicon: made once)
        self.topic = _Words(self.topic)

    def cue_places(self, forms: list[frozenset[str]]) -> list[int]:
        """Positions in ``forms`` (a sentence's ``_forms``) of the words that can start a cue or hedge phrase."""
        starts = self.cue_starts
        return [i for i, own in enumerate(forms) if not starts.isdisjoint(own)]


@functools.lru_cache(maxsize=16)
def _compiled(lx: Lexicon) -> dict:
    """What ``_Rules`` reads of a lexicon: its matchers and word sets (immutable, as the lexicon is)."""
    rules: dict = {}
    rules["denial_verbs"] = _matcher(lx.denial_verbs, inflect=True)
    rules["claim_verbs"] = _matcher(lx.claim_verbs, inflect=True)
    rules["denial_phrases"] = _matcher(lx.denial_phrases)
    rules["claim_nouns"] = _matcher(lx.claim_nouns, inflect=True)
    rules["denial_nouns"] = _matcher(lx.denial_nouns)
    rules["negations"] = lx.singles("negations")
    rules["verb_bases"] = lx.singles("claim_verbs") | lx.singles("denial_verbs")
    rules["stance_verbs"] = _inflected(lx, ("claim_verbs", "denial_verbs"))
    rules["negators_as_subjects"] = rules["negations"] - {"not", "never", "without", "hardly", "nor", "neither"}
    rules["refusals"] = lx.singles("refusal_verbs")
    rules["speech"] = _speech_forms(lx)
    rules["markers"] = lx.singles("non_assertive_markers")
    rules["account_nouns"] = lx.singles("account_nouns") | lx.singles("claim_nouns")
    rules["denial_noun_words"] = lx.singles("denial_nouns")
    rules["request_nouns"] = lx.singles("request_nouns")
    rules["offering"] = _inflected(lx, ("offering_verbs",))
    rules["hedges"] = _matcher(lx.hedges, inflect=True)
    # every word a phrase of any list starts with: a sentence's words are tested against these once, and each
    # list then looks only at the words that passed (six walks over every word were a tenth of claims' time)
    rules["cue_starts"] = frozenset().union(*(rules[m].first.keys() for m in (
        "denial_verbs", "claim_verbs", "denial_phrases", "claim_nouns", "denial_nouns", "hedges")))
    return rules


class _Words(set):
    """A set of topic words that remembers which words ``_matches`` it (the same words are asked about again and
    again in an article; the prefix test walks every topic word)."""

    def __init__(self, words=()):
        super().__init__(words)
        self.matched: dict[str, bool] = {}


@functools.lru_cache(maxsize=16)
def _speech_forms(lexicon: Lexicon) -> frozenset[str]:
    """Every inflection of the one-word speech, claim and denial verbs (once per lexicon: it is immutable)."""
    return frozenset(set().union(*(_inflections(w) for w in lexicon.singles("speech_verbs")
                                   | lexicon.singles("claim_verbs") | lexicon.singles("denial_verbs"))))


@functools.lru_cache(maxsize=64)
def _inflected(lexicon: Lexicon, names: tuple[str, ...]) -> frozenset[str]:
    """Every inflection of the one-word entries of lists ``names`` (once per lexicon)."""
    return frozenset(set().union(*(_inflections(w) for name in names for w in lexicon.singles(name))))


@functools.lru_cache(maxsize=64)
def _matcher(phrases: tuple[Phrase, ...], inflect: bool = False) -> _Matcher:
    """One ``_Matcher`` per lexicon list (they hold no state once built)."""
    return _Matcher(phrases, inflect)


# --------------------------------------------------------------------------------------------------------------------
# Topic and proposition


def _content_words(tokens: Iterable["Token"], lexicon: Lexicon) -> set[str]:
    tags, skip = _content_rules(lexicon)
    words = set()
    for token in tokens:
        if token.pos_ in tags and not token.is_stop and not token.is_punct:
            key = _key(token)
            if len(key) >= 2 and key not in skip and not (_forms(token) & skip):
                words.add(key)
    return words


@functools.lru_cache(maxsize=16)
def _content_rules(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The tags of content words and the words that are never topic words, of a lexicon (once: it is immutable)."""
    return (frozenset(t.upper() for t in lexicon.singles("content_tags")),
            lexicon.singles("topic_stopwords") | _cue_words(lexicon))


@functools.lru_cache(maxsize=16)
def _cue_words(lexicon: Lexicon) -> frozenset[str]:
    words = set()
    for name in ("claim_verbs", "speech_verbs", "claim_nouns", "denial_verbs", "denial_phrases", "denial_nouns",
                 "refusal_verbs", "hedges"):
        for phrase in getattr(lexicon, name):
            if len(phrase) == 1:
                words |= _inflections(phrase[0])
    return frozenset(words)


def _key(token: "Token") -> str:
    return _norm(token.lemma_ if token.pos_ != "PROPN" else token.text).replace(".", "").strip("'")


def _matches(word: str, topic: set[str]) -> bool:
    if word in topic:
        return True
    known = getattr(topic, "matched", None)
    if known is not None:
        found = known.get(word)
        if found is None:
            found = known[word] = _prefix_match(word, topic)
        return found
    return _prefix_match(word, topic)


def _prefix_match(word: str, topic: set[str]) -> bool:
    if len(word) < 4:
        return False
    return any(len(t) >= 4 and abs(len(t) - len(word)) <= 3 and (t.startswith(word) or word.startswith(t))
               for t in topic)


def _about(tokens: Iterable["Token"], words: set[str], exclude: set[int] = frozenset()) -> bool:
    """True when one of ``tokens`` (not punctuation, not a stop word, not in ``exclude``) matches ``words``."""
    doc = table = None
    for t in tokens:
        i = t.i
        if i in exclude:
            continue
        if t.doc is not doc:
            doc = t.doc
            table = _words_of(doc)
        if table.content(i) and _matches(table.key(i), words):
            return True
    return False


_KEYS: dict[tuple[int, int, bool], str] = {}  # (ORTH, LEMMA, is a proper noun) ids -> _key, filled as words are seen


class _DocWords:
    """``_key`` of a Doc's tokens, and whether each is a content word (neither punctuation nor a stop word: the
    words ``_about`` reads), from the Doc's token arrays, each key made when first asked for, without a Token."""

    __slots__ = ("orths", "lemmas", "propns", "contents", "keys", "strings")

    def __init__(self, doc: "Doc"):
        from spacy.attrs import IS_PUNCT, IS_STOP, LEMMA, ORTH, POS
        from spacy.symbols import PROPN

        if len(doc):  # (columns as lists, computed on the whole array: a tuple per token cost a tenth of claims)
            table = doc.to_array([ORTH, LEMMA, POS, IS_PUNCT, IS_STOP])
            self.orths, self.lemmas = table[:, 0].tolist(), table[:, 1].tolist()
            self.propns = (table[:, 2] == PROPN).tolist()
            self.contents = ((table[:, 3] | table[:, 4]) == 0).tolist()
        else:
            self.orths, self.lemmas, self.propns, self.contents = [], [], [], []
        self.keys: list[str | None] = [None] * len(self.orths)
        self.strings = doc.vocab.strings

    def content(self, i: int) -> bool:
        return self.contents[i]

    def key(self, i: int) -> str:
        key = self.keys[i]
        if key is None:
            orth, lemma, propn = entry = (self.orths[i], self.lemmas[i], self.propns[i])
            key = _KEYS.get(entry)
            if key is None:
                if len(_KEYS) > 200_000:  # a bound for very long runs over many vocabularies
                    _KEYS.clear()
                key = _KEYS[entry] = _norm(self.strings[orth if propn else lemma]).replace(".", "").strip("'")
            self.keys[i] = key
        return key


def _words_of(doc: "Doc") -> _DocWords:
    """The ``_DocWords`` of ``doc``, made once per Doc."""
    table = doc.user_data.get("_claims_words")
    if table is None:
        table = doc.user_data["_claims_words"] = _DocWords(doc)
    return table


def proposition_of(article: "Article", lexicon: Lexicon | None = None) -> str:
    """The claim at issue, read from the headline: what "X Denies Y" or "X Knocks Down Reports That Y" names (Y),
    what "X Says Y" reports, else the whole headline."""
    span = _headline_proposition(article, lexicon or default_lexicon())
    return span.text if span is not None else ""


def _headline_proposition(article: "Article", lexicon: Lexicon) -> "Span | None":
    docs = [p.doc for p in nlp.parse(article) if p.part == "headline"]
    if not docs or not len(docs[0]):
        return None
    doc = docs[0]
    tokens = list(doc)
    for matcher in (_matcher(lexicon.denial_verbs, inflect=True), _matcher(lexicon.claim_verbs, inflect=True)):
        for i in range(len(tokens)):
            found = matcher.match_at(tokens, i)
            if not found:
                continue
            rest = [t for t in tokens[found[-1].i + 1:] if t.i not in {f.i for f in found}]
            noun_matcher = _matcher(lexicon.claim_nouns, inflect=True)
            while rest and (rest[0].is_punct or _forms(rest[0]) & {"of", "that", "on", "about", "the", "a"}
                            or noun_matcher.match_at(rest, 0)):
                rest = rest[1:]
            commas = [k for k, t in enumerate(rest) if t.text == ","]
            tail = range(commas[-1] + 1, len(rest)) if commas else range(0)
            if any(_matcher(lexicon.claim_verbs, inflect=True).match_at(rest, k)
                   or _matcher(lexicon.denial_phrases).match_at(rest, k) for k in tail):
                rest = rest[:commas[-1]]  # "... had asked to leave, manager says", "... was rigged, offers no
                # evidence": the attribution or the outlet's note is no part of the claim
            if rest:
                return doc[rest[0].i:rest[-1].i + 1]
    return doc[:]


# --------------------------------------------------------------------------------------------------------------------
# Cues in a sentence


@dataclass
class _Cue:
    stance: str          # "claim" or "denial"
    tokens: list         # the cue's words
    negated: list        # the negation words that turned it around ([] if none)
    anchor: "Token"      # the word whose place in the parse decides the holder
    verbal: bool = False  # the cue is a verb (its own subject holds it)
    own_voice: bool = False  # the proposition stated without attribution: the outlet holds it
    needs_voice: bool = False  # a denial word describing a thing ("fake accounts"): a denial only when someone says it

    @property
    def text(self) -> str:
        words = sorted({t.i: t for t in self.tokens + self.negated}.values(), key=lambda t: t.i)
        runs: list[list] = []
        for t in words:
            if runs and t.i <= runs[-1][-1].i + 2:  # "not a mistake": keep the word between
                runs[-1].append(t)
            else:
                runs.append([t])
        # each run's words as written (a Span's text; ``doc.text`` would rebuild the whole text every time)
        return " ".join(r[0].doc[r[0].i:r[-1].i + 1].text for r in runs)


def _third_person(word: str) -> set[str]:
    """The base forms a third-person verb form could have ("rejects" reject, "denies" deny, "dismisses" dismiss)."""
    bases = set()
    if word.endswith("s"):
        bases.add(word[:-1])
    if word.endswith("es"):
        bases.add(word[:-2])
    if word.endswith("ies"):
        bases.add(word[:-3] + "y")
    return bases


def _title_case(tokens: list["Token"]) -> bool:
    """A headline in title case ("Ministry Denies Reports"), where the tagger takes verbs for names; not one the parser
    read in sentence case (``casing``: its tags hold, "Jails Activist ... Over Protest Posts" has no verb "Posts")."""
    if tokens and tokens[0].doc.user_data.get("recased"):
        return False
    words = [t for t in tokens if t.is_alpha and len(t) > 3]
    return len(words) >= 2 and sum(t.text[0].isupper() for t in words) >= 0.75 * len(words)


def _verb_like(token: "Token", headline_case: bool) -> bool:
    """A verb, or in a title-case headline (where the tagger reads whole headlines as names) a noun after the first word."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    return headline_case and token.pos_ in ("PROPN", "NOUN") and not token.is_sent_start and not any(
        c.dep_ == "case" for c in token.children)  # ("Court Blocks State's New Voting Map": a possessor is no verb)


def _negators(token: "Token", rules: _Rules, own: set[int]) -> list["Token"]:
    """Negation words governing ``token`` (not part of the cue itself)."""
    found = [c for c in token.children if c.i not in own and (c.dep_ == "neg" or (
        c.dep_ in ("det", "advmod", "nsubj", "nsubjpass") and _forms(c) & rules.negations))]
    for child in token.children:  # "no one disputed"
        if child.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "det" and _forms(g) & {"no"} for g in child.children):
            found.append(child)
    head = token.head
    found += _neither_nor(token)
    if token.dep_ in ("attr", "acomp", "oprd") and head is not token:  # "was not a mistake"
        found += [c for c in head.children if c.dep_ == "neg" and c.i not in own]
    if token.dep_ == "xcomp" and head is not token:
        if _forms(head) & rules.refusals:  # "declined to confirm"
            found.append(head)
        found += [c for c in head.children if c.dep_ == "neg" and c.i not in own]  # "did not rush to deny"
    return found


#: Nouns that make "at no point", "at no time", "in no way", "under no circumstances", "by no means" a negation of
#: the clause they stand in (not "left with no choice").
_NO_POINT = frozenset({"point", "time", "stage", "moment", "way", "circumstances", "circumstance", "means"})

#: Verbs after which an infinitive claim verb is still said: "went on to say", "continued to insist".
_GOING_ON = frozenset({"go", "continue", "proceed"})


def _neither_nor(token: "Token") -> list["Token"]:
    """The "neither" or "nor" that negates a verb in "would neither confirm nor deny"."""
    found = [c for c in token.children if c.dep_ == "preconj" and c.lower_ == "neither"]
    if token.dep_ == "conj":
        found += [c for c in token.head.children if c.dep_ == "cc" and c.lower_ == "nor"]
    return found


def _complement(verb: "Token") -> list["Token"]:
    """The words a claim verb reports: its clausal complement or object, else the rest of its clause."""
    parts = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj", "obj", "attr", "parataxis", "acl")]
    parts += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "about", "on")]
    if verb.dep_ in ("relcl", "acl") and verb.head is not verb:  # "reports that ...", "a letter that says ..."
        parts.append(verb.head)
    if not parts:
        subject = {t.i for t in _subject_subtree(verb)}  # once, not once per word of the sentence
        first, last = nlp.sentence_span(verb.doc, verb.i)  # (``verb.sent``, without walking the Doc for it)
        return [t for t in verb.doc[first:last] if t.i != verb.i and t.i not in subject]
    return [t for part in parts for t in part.subtree if t.i != verb.i]


def _supposed(verb: "Token") -> bool:
    """True when a verb is only supposed: in an "if" or "unless" clause, or under "could", "might" or "should" without
    a negation ("You could dismiss these actions as ...", "If the plan rejected single mothers, ...")."""
    children = list(verb.children)
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in children):
        return True
    return any(c.dep_ == "aux" and c.lower_ in ("could", "might", "should") for c in children) and not any(
        c.dep_ == "neg" for c in children)


#: What "knock down", "shoot down" or "bat down" can bring down as a claim: beside ``claim_nouns`` and
#: ``account_nouns``, ideas and pronouns ("shot it down"); anything else ("drones", "the door") is a thing.
_DOWNABLE = frozenset({"idea", "notion", "theory", "talk", "suggestion", "speculation", "it", "that", "this", "these",
                       "those", "them", "everything", "both"})


def _brought_down_a_thing(verb: "Token", rules: _Rules) -> bool:
    """True when a "... down" denial verb takes a thing as its object ("shot down 11 of the 15 drones"), not a
    report, claim or idea; with no object, or a clause, it stays a denial ("moved quickly to knock down that ...")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if not objects:
        return False
    allowed = rules.account_nouns | _DOWNABLE  # (account_nouns holds the claim nouns too)
    return not any(_forms(o) & allowed for o in objects)


def _refuses_a_request(verb: "Token", rules: _Rules) -> bool:
    """True when a denial verb refuses what was asked or offered: its object (or the noun a participle describes, or
    the passive subject) is a request noun ("rejected the offer", "a compromise rebuffed by Republicans", "the bid
    was rejected"), or it has two objects ("denied the boy a hearing"); unless the proposition is such a request
    ("Scholz rejects calls for snap election", "court rejects family's bid")."""
    if rules.request_story:  # the story is about the request: turning it down is the denial at issue
        return False
    if any(c.dep_ == "dative" for c in verb.children):
        return True
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        objects.append(verb.head)
    return any(_forms(o) & rules.request_nouns for o in objects)


def _names_the_claim(word: "Token", rules: _Rules) -> bool:
    """True when what a "no ..." phrase is about (its infinitive, clause or preposition, not a relative clause)
    names the proposition: its verb, or two of its words ("no decision to leave Iraq", "no evidence that the vote
    was rigged")."""
    said = [t for c in word.children if c.dep_ in ("acl", "ccomp", "xcomp", "prep", "advcl")
            for t in c.subtree if not any(a.dep_ == "relcl" and a.i != c.i and a.i in {x.i for x in c.subtree}
                                          for a in [t] + list(t.ancestors)[:3])]
    if any(t.pos_ in ("VERB", "AUX") and _key(t) in rules.proposition_predicates for t in said):
        return True
    return _two_proposition_words(said, rules)


def _two_proposition_words(words: list["Token"], rules: _Rules) -> bool:
    """True when ``words`` hold two different words of the proposition (or all of a one-word proposition); a
    name of several words counts once ("Mitt Romney")."""
    found = {_key(w) for w in words if not w.is_stop and not w.is_punct and _about([w], rules.proposition_words)
             and not (w.pos_ == "PROPN" and w.dep_ == "compound" and w.head.pos_ == "PROPN")}
    return len(found) >= min(2, len(rules.proposition_words))


def _saying(word: "Token", rules: _Rules) -> "Token | None":
    """The speech verb whose clause ``word`` stands in ("nobody has said it is untrue"), not one whose object it is
    ("vowed not to repeat that mistake")."""
    child = word
    for head in word.ancestors:
        if _forms(head) & rules.speech:
            return head if child.dep_ in ("ccomp", "xcomp", "parataxis") else None
        child = head
    return None


def _judges_an_act(word: "Token") -> bool:
    """True when a denial word takes an infinitive ("not authorized to discuss it", "would be mistaken to proceed",
    "it was a mistake to go to war"): it judges an act, not a claim."""
    heads = [word] + ([word.head] if word.dep_ in ("attr", "acomp") else [])
    return any(c.dep_ in ("xcomp", "acl", "advcl", "ccomp") and c.pos_ in ("VERB", "AUX")
               and any(g.dep_ == "aux" and g.tag_ == "TO" for g in c.children)
               for head in heads for c in head.children)


#: Where a denial word describes a thing rather than says a claim is not so: "fake accounts" (amod), "a draft
#: resolution" (compound), "mistakenly charged" (advmod of an act), "unveiled the first draft" (object of an act).
_DESCRIPTIVE_DEPS = {"amod", "compound", "nmod", "advmod", "npadvmod", "dobj", "obj", "pobj", "nsubj", "nsubjpass"}


def _descriptive(word: "Token", rules: _Rules) -> bool:
    """True when a denial word describes a thing or an act rather than rejecting a claim: neither predicated
    ("the report is false", "called it a hoax", "dismissed it as fake") nor modifying a speech verb ("falsely
    claimed")."""
    if word.dep_ not in _DESCRIPTIVE_DEPS or word.dep_ == "ROOT":
        return False
    head = word.head
    if _forms(head) & rules.speech or head.lemma_ == "be":
        return False
    if word.dep_ == "pobj" and head.lower_ == "as":  # "described it as a hoax"
        return False
    return True


def _reported_by(verb: "Token", verbs: set[int]) -> bool:
    """True when one of ``verbs`` (indices) governs ``verb`` as what it reports: not through a clause with a
    subject of its own joined by "and" or "as" ("results show ..., and the commission says ...", "X claimed victory
    even as officials said ...")."""
    current = verb
    for _ in range(12):
        if current.dep_ in ("conj", "advcl", "parataxis") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            return False
        if current.dep_ == "ROOT" or current.head.i == current.i:
            return False
        current = current.head
        if current.i in verbs:
            return True
    return False


def _negates_proposition(clause: "Token", rules: _Rules) -> bool:
    """A negated clause denies the proposition when its verb is the proposition's ("troops were not leaving") or
    two words of its own arguments (subject, object, attribute, prepositional object, with their modifiers) are the
    proposition's ("the frozen-meals business is not for sale" against "exploring sale of frozen-meals unit"). One
    is not enough: "the museum will not end poverty" says nothing against "the museum will tell of suffering", nor
    "my opponent has not read the plan" against "hopefuls trade barbs over pension plan"."""
    if _key(clause) in rules.proposition_predicates:
        return True
    arguments = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "attr", "acomp", "prep")]
    words = [w for a in arguments for w in [a] + [g for g in a.children if g.dep_ in ("pobj", "compound", "amod")]
             + [g for c in a.children if c.dep_ == "pobj" for g in c.children if g.dep_ in ("compound", "amod")]]
    return _two_proposition_words(words, rules)


def _subject_subtree(verb: "Token") -> list["Token"]:
    return [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent") for t in c.subtree]


def _denies_a_denial(verb: "Token", rules: _Rules, deniers: set[str]) -> bool:
    """True when the object of a denial verb is itself a denial or the account of someone who denied earlier."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    objects += [c for c in verb.children if c.dep_ == "nsubjpass"]  # "the denial was disputed"
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "at")
                for g in c.children if g.dep_ == "pobj"]  # "pushed back on the ministry's denial"
    for obj in objects:
        if _forms(obj) & rules.denial_noun_words:
            return True
        if _forms(obj) & rules.account_nouns:
            owners = [c for c in obj.children if c.dep_ in ("poss", "compound")]
            owners += [g for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "by") for g in c.children]
            if any(_name_of(o).lower() in deniers or o.lower_ in deniers for o in owners):
                return True
    return False


def _cues(sent: "Span", rules: _Rules, deniers: set[str], tokens: list | None = None,
          forms: list[set[str]] | None = None, places: list[int] | None = None, headline: bool = False) -> list[_Cue]:
    """The cues of ``sent``. ``tokens``, ``forms``: its tokens and their ``_forms``; ``places``: where a phrase can
    start (``rules.cue_places(forms)``), when the caller has them; ``headline``: the sentence is a headline."""
    tokens = list(sent) if tokens is None else tokens
    forms = [_forms(t) for t in tokens] if forms is None else forms
    places = rules.cue_places(forms) if places is None else places
    cues: list[_Cue] = []
    taken: set[int] = set()

    def add(stance: str, span: list["Token"], anchor: "Token", flip_to: str | None,
            also: list["Token"] = ()) -> None:
        own = {t.i for t in span}
        negated = _negators(anchor, rules, own) + list(also)
        taken.update(own)
        if negated:
            if flip_to is None:
                return
            stance = flip_to
        cues.append(_Cue(stance, list(span), negated, anchor,
                         verbal=anchor.pos_ in ("VERB", "AUX", "PROPN") or anchor.i in headline_verbs))

    headline_verbs: set[int] = set()  # words of a headline the tagger took for plural nouns ("ministry rejects ...")

    case: list[bool] = []  # _title_case(tokens), read only for a cue that is not tagged a verb

    def verb_like(token: "Token") -> bool:
        if token.pos_ in ("VERB", "AUX"):
            return True
        if headline and token.tag_ == "NNS" and token.i > sent.start and token.i + 1 < sent.end and (
                not token.doc[token.i + 1].is_punct and _third_person(token.lower_) & rules.verb_bases):  # "ministry rejects accusation that ...": a
            # verb the tagger read as a plural noun (but "flood warnings issued" is no verb: "warns" would be)
            headline_verbs.add(token.i)
            return True
        if not case:
            case.append(_title_case(tokens))
        return _verb_like(token, case[0])

    for span in rules.denial_verbs.find(tokens, forms, places):
        verb = span[0]
        if not verb_like(verb):
            continue
        if _refuses_a_request(verb, rules):
            taken.add(verb.i)
            continue  # "rejected the offer", "denied him bail": a decision, not a claim denied
        if len(span) > 1 and span[-1].lower_ == "down" and _brought_down_a_thing(verb, rules):
            taken.add(verb.i)
            continue  # "shot down 11 of the 15 drones", "knocked down the door": a thing brought down, no claim
        if _supposed(verb) or any(o.ent_type_ in ("PERSON", "GPE", "NORP") or o.lower_ in ("him", "her", "them")
                                  for o in verb.children if o.dep_ in ("dobj", "obj")):
            taken.add(verb.i)
            continue  # "if the plan rejected single mothers", "you could dismiss these actions as ...", "dismissed
            # Estonia as ...": supposed, or a person or place turned away, not a claim denied
        if _neither_nor(verb) or any(_neither_nor(c) for c in verb.children if c.dep_ == "conj"):
            taken.update(t.i for t in [verb] + [c for c in verb.children if c.dep_ == "conj"] + (
                [verb.head] if verb.dep_ == "conj" else []))
            continue  # "would neither confirm nor deny the report": no comment
        if _denies_a_denial(verb, rules, deniers):
            for obj in verb.children:  # (through "on": "pushed back on the denial")
                taken.update(t.i for t in obj.subtree if _forms(t) & rules.denial_noun_words)
            add("claim", span, verb, flip_to="denial")
        else:
            add("denial", span, verb, flip_to="claim")
        # what the denier calls it is part of the denial: "dismissed as false a media report" (not the outlet's own
        # "false")
        taken.update(t.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree)
    for span in rules.denial_phrases.find(tokens, forms, places):
        if not {t.i for t in span} & taken:
            anchor = span[-1] if span[0].lower_ in ("no", "not") else span[0]
            if span[-1].lower_ == "to" and len(span) > 1 and (span[-1].dep_ == "aux" or span[-1].tag_ == "TO" and (
                    span[-1].i + 1 < len(span[-1].doc) and span[-1].doc[span[-1].i + 1].pos_ == "VERB")):
                continue  # "did nothing to address": not "there is nothing to it"
            if span[0].lower_ != "no" and _judges_an_act(anchor):  # ("no decision to leave" denies the leaving)
                continue  # "not authorized to discuss", "a mistake to go to war": an act judged, not a claim denied
            before = len(cues)
            speaker = _saying(anchor, rules)
            add("denial", span, anchor, flip_to="claim",  # "nobody has said it is untrue", "did not say it was false"
                also=_negators(speaker, rules, {t.i for t in span}) if speaker is not None else [])
            if len(cues) > before and span[0].lower_ not in ("no", "not") and _descriptive(anchor, rules):
                cues[-1].needs_voice = True
                if anchor.dep_ == "amod" and anchor.head.dep_ in ("dobj", "obj") and (
                        _forms(anchor.head.head) & rules.speech):  # "citing an unfounded theory, Trump accused ...",
                    cues[-1].own_voice, cues[-1].needs_voice = True, False  # "repeated the false claim": the
                    # outlet's word for what they cite or say
            if len(cues) > before and span[0].lower_ == "no" and not _names_the_claim(anchor, rules):
                cues[-1].needs_voice = True  # "No decision has been made on the library's Sunday hours": the
                # outlet's own "no ..." denies the story's claim only when it names it ("no decision to leave Iraq")
            if len(cues) > before and anchor.dep_ in ("advmod", "prep", "npadvmod") and _forms(anchor.head) & rules.speech:
                cues[-1].own_voice = True  # "falsely claimed", "said, without evidence, that": the outlet's word
            if len(cues) > before and span[0].lower_ == "no" and anchor.dep_ in ("dobj", "obj") and (
                    _forms(anchor.head) & rules.offering):
                cues[-1].own_voice = True  # "claimed ... but offered no proof": the outlet's note on the claim
                cues[-1].needs_voice = False  # (beside the claim it notes, it needs to name nothing)
    for span in rules.denial_nouns.find(tokens, forms, places):
        if span[0].i not in taken:
            add("denial", span, span[0], flip_to=None)
    for span in rules.claim_verbs.find(tokens, forms, places):
        verb = span[0]
        if verb.i in taken or not verb_like(verb):
            continue
        if verb.dep_ == "amod" or verb.dep_ == "acl" and verb.tag_ == "VBN":
            continue  # a participle that describes a noun: "a telling picture", "restrictions announced last month"
        infinitive = verb if verb.dep_ != "conj" else verb.head  # ("unable to turn ... and accuse ...")
        if any(c.dep_ == "aux" and c.tag_ == "TO" for c in infinitive.children) and not (
                _forms(verb.head) & (rules.speech | rules.refusals | _GOING_ON)):
            continue  # what one may, plans or is urged to say is not said: "is free to disclose", "urging employees
            # to report" (but "went on to say"; "declined to confirm" is read as a refusal below)
        taken.add(verb.i)
        complement = _complement(verb)
        if complement and _forms(complement[0]) & rules.markers or any(
                c.dep_ == "mark" and _forms(c) & rules.markers for c in verb.children if c.dep_ == "ccomp"
                for c in c.children):
            continue
        if not _about(complement, rules.topic, exclude={t.i for t in _subject_subtree(verb)}):
            continue
        clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)
        neg = [c for c in clause.children if c.dep_ == "neg"] if clause is not None else []
        neg += [g for c in (clause.children if clause is not None else []) if c.dep_ == "prep"
                for g in c.children if g.dep_ == "pobj" and g.lower_ in _NO_POINT for d in g.children
                if d.dep_ == "det" and d.lower_ == "no"]  # "at no point were both pilots asleep"
        if neg and _forms(clause) & rules.stance_verbs:
            neg = []  # "says the club did not deny ...": the inner verb's own negation decides it
        if neg and any(c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in clause.children):
            neg = []  # "immunity deals should not be a requirement": an opinion of what ought to be, not a denial
        if neg:  # "said troops were not leaving" denies; "said they did not know where ..." asserts nothing
            taken.add(verb.i)
            if _negates_proposition(clause, rules):
                cues.append(_Cue("denial", list(span), neg, verb, verbal=True))
            continue
        add("claim", span, verb, flip_to=None)
    # a claim verb inside what another claim verb reports is part of the report ("X said the ad suggests ...",
    # "reported ..., citing a letter"): the outer verb's subject holds it
    verbs = {c.anchor.i for c in cues if c.stance == "claim" and c.verbal}
    cues = [c for c in cues if not (c.stance == "claim" and c.verbal and not c.negated and _reported_by(c.anchor, verbs))]
    for t in (t for t, own in zip(tokens, forms) if "according" in own):  # "according to X"
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to" and t.i not in taken:
            inside = {x.i for x in t.subtree}  # once, not a walk of the subtree per word of the sentence
            if _about([x for x in tokens if x.i not in inside], rules.topic):
                cues.append(_Cue("claim", [t, t.doc[t.i + 1]], [], t))
    for span in rules.claim_nouns.find(tokens, forms, places):
        noun = span[0]
        if noun.i in taken or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if noun.head.i in taken or any(t.i in taken for t in noun.ancestors):
            continue  # the object of a denial or claim verb: that verb decides
        if _about([t for t in noun.subtree if t.i != noun.i], rules.topic):
            add("claim", span, noun, flip_to=None)
    if not cues and not taken:  # the proposition in the outlet's own voice: its verb and one more of its words
        # the clause's own verb first, never a participle used as an adjective ("Flooded river town orders ...")
        table = _words_of(sent.doc)  # (the words whose key is a predicate: no Token attribute read for the others)
        predicates = [t for t in tokens if table.key(t.i) in rules.proposition_predicates] \
            if rules.proposition_predicates else []
        for t in sorted(predicates, key=lambda t: (t.dep_ != "ROOT", t.i)):
            if t.dep_ == "xcomp" and t.doc[slice(*nlp.sentence_span(t.doc, t.i))].root.i != t.head.i or any(
                    c.dep_ == "aux" and c.tag_ == "TO" for c in t.children) and t.head.dep_ != "ROOT":
                continue  # what someone asked, wanted or allowed to happen is not said to happen ("asked the
                # relatives to allow him to return home")
            if t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" and _key(t) in rules.proposition_predicates:
                others = rules.proposition_words - {_key(t)}
                if _about([x for x in tokens if x.i != t.i], others):
                    neg = [c for c in t.children if c.dep_ == "neg"]
                    cues.append(_Cue("denial" if neg else "claim", [t], neg, t, own_voice=True))
                    break
    return cues


# --------------------------------------------------------------------------------------------------------------------
# Holders

_PRONOUNS = {"he", "she", "they", "we", "i", "it", "him", "her", "them", "us", "you"}
_RELATIVES = {"who", "which", "that", "whom"}
_NAME_DEPS = {"compound", "amod", "nmod", "flat", "nummod", "poss", "case"}


def _entity_at(doc: "Doc", i: int) -> "Span | None":
    """The entity of ``doc`` holding token ``i`` (entities never overlap), found by bisection in their starts,
    kept per Doc, rather than by a walk over every entity for each holder."""
    ents = nlp.ents(doc)
    starts = doc.user_data.get("_claims_entity_starts")
    if starts is None or len(starts) != len(ents):
        starts = doc.user_data["_claims_entity_starts"] = [ent.start for ent in ents]
    k = bisect.bisect_right(starts, i) - 1
    return ents[k] if k >= 0 and i < ents[k].end else None


def _sentence_length(token: "Token") -> int:
    """``len(token.sent)``, from the Doc's sentence starts (``Token.sent`` walks the Doc to find them)."""
    first, last = nlp.sentence_span(token.doc, token.i)
    return last - first


def _joined(words: list) -> str:
    """Tokens' text as the page spaces it: "Kim Yo-jong", not "Kim Yo - jong" (a space only where the text has
    one, or where tokens between were left out)."""
    out = []
    for k, t in enumerate(words):
        out.append(t.text)
        if k + 1 < len(words):
            out.append(t.whitespace_ if words[k + 1].i == t.i + 1 else " ")
    return re.sub(r"\s+", " ", "".join(out))


def _name_of(token: "Token") -> str:
    """A holder's name as the text gives it: a named entity without its article, else the noun with its modifiers."""
    ent = _entity_at(token.doc, token.i)
    if ent is not None and ent.label_ in ("PERSON", "ORG", "NORP", "GPE", "FAC") and (
            len(ent) <= max(3, _sentence_length(token) // 2)):  # not a whole title-case headline read as one name
        words = [t for t in ent if t.lower_ not in ("the", "a", "an")]
        return _joined(words).replace("’s", "").replace("'s", "").strip()
    left = []
    for child in token.lefts:
        if child.dep_ in _NAME_DEPS and child.lower_ not in ("the", "a", "an"):
            left.extend(t for t in child.subtree if t.dep_ != "det")
    words = sorted(set(left) | {token}, key=lambda t: t.i)
    name = _joined([t for t in words if t.dep_ != "case"])
    if token.pos_ == "NOUN":  # "the leader of Westbridge Council", "a spokesman for Ms Harper": whose
        of = [(c, g) for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
              for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        if of:
            return f"{name} {of[0][0].text} {_name_of(of[0][1])}"
    return name


def _subject(verb: "Token", speech: set[str]) -> "Token | None":
    """The subject of ``verb``, looking up through gerunds, infinitives and shared subjects of conjoined verbs."""
    current = verb
    for _ in range(8):
        # (not a headline's label the parser made a subject: "Exclusive: Chipmaker weighs sale ..., sources say")
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")
                    and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == ":"
                             and c.i == nlp.sentence_span(c.doc, c.i)[0])]
        agents = [g for c in current.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        passive = any(c.dep_ == "nsubjpass" for c in current.children) or (
            current.tag_ == "VBN" and current.dep_ in ("acl", "advcl") and not subjects) or (  # ("when told", not
            # "as they have suggested"; a headline's participle without an auxiliary: "Ministers accused of ...")
            current.tag_ == "VBN" and current.dep_ == "ROOT" and not any(
                c.dep_ in ("aux", "auxpass") for c in current.children))
        if passive and agents:  # "was denied by the ministry", "the delay, announced by the chairwoman"
            return agents[0]
        if current.i == verb.i and passive and _forms(verb) & speech:
            return None  # "he was told", "has been mentioned as": who is spoken to or of is not who speaks
        if subjects:
            return subjects[0]
        if current.dep_ == "ROOT":
            return None
        if current.dep_ == "acl" and current.tag_ == "VBG":  # "a report warning that ...": the report warns
            return current.head
        if current.dep_ in ("relcl", "acl") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in current.children):
            # "is going to great lengths to quash any talk": the infinitive's doer is the clause's subject
            current = next((a for a in current.ancestors if a.pos_ in ("VERB", "AUX")), current)
            if current.i == verb.i or current.dep_ in ("relcl", "acl"):
                return None
            continue
        if current.tag_ in ("VBG", "VBN") or current.dep_ == "advcl":  # "..., saying ..."
            ancestors = [a for a in current.ancestors]
            # (a Token is a new object each time it is read: the root is the one that is its own head by index)
            nxt = next((a for a in ancestors if _forms(a) & speech or a.head.i == a.i), None)
            if nxt is None:
                return None
            current = nxt
        elif current.dep_ in ("xcomp", "conj", "ccomp", "relcl"):
            current = current.head
        else:
            return None
    return None


def _antecedent(relative: "Token") -> "Token":
    """The noun a relative pronoun stands for, climbing out of a "the X of Y" apposition."""
    clause = relative.head
    noun = clause.head if clause.dep_ == "relcl" else relative
    climb = noun
    for _ in range(6):
        if climb.dep_ == "appos":
            return climb.head
        if climb.dep_ in ("pobj", "prep", "compound") and climb.head is not climb:
            climb = climb.head
        else:
            break
    return noun


@dataclass
class _Voices:
    """Speakers from ``analysis.voices`` and names from ``analysis.actors`` when those modules exist."""

    article: "Article"

    def __post_init__(self) -> None:
        self.quotes = None
        self.resolver = None
        self.full_names: dict[str, str] = {}
        self._actors = None  # the actors module, when present
        self._quote_rows: list[tuple] | None = None  # the tables as plain tuples, made on first use
        self._mention_rows: list[tuple] | None = None
        self._resolved: dict[str, str] = {}  # name -> canonical through actors.resolve (fixed for the article)
        # ``from . import actors`` would give the package's lazy ``actors`` function: import the modules by name.
        if importlib.util.find_spec(f"{__package__}.voices") is not None:
            self.quotes = importlib.import_module(f"{__package__}.voices").quotes(self.article)
        if importlib.util.find_spec(f"{__package__}.actors") is not None:
            module = importlib.import_module(f"{__package__}.actors")
            self.resolver = module.resolver(self.article)  # (the article's actors read once, not once a name)
            self._actors = module  # (its mentions' rows are read when a pronoun needs them: ``person_at``)

    def speaker_at(self, part: str, offset: int, paragraph: int) -> str:
        """The speaker of the quote that covers ``offset`` in ``part``, or ""."""
        table = self.quotes
        if table is None or len(table) == 0 or "speaker" not in table:
            return ""
        has_part, has_paragraph = "part" in table, "paragraph" in table
        if self._quote_rows is None:
            blank = [None] * len(table)
            self._quote_rows = list(zip(
                table["part"].tolist() if has_part else blank, table["paragraph"].tolist() if has_paragraph else blank,
                table["start"].tolist(), table["end"].tolist(), table["speaker"].tolist()))
        for row_part, row_paragraph, start, end, speaker in self._quote_rows:
            if has_part and row_part != part or has_paragraph and part != "body" and row_paragraph != paragraph:
                continue
            if start <= offset < end and isinstance(speaker, str) and speaker:
                return speaker
        return ""

    def speaker_named(self, part: str, start: int, end: int, words: str) -> str:
        """The speaker of a quote between ``start`` and ``end`` of ``part`` whose speaker is given there as ``words``
        ('"...," she said': the quote's speaker, as ``voices`` resolved "she"), or ""."""
        table = self.quotes
        if table is None or len(table) == 0 or not {"speaker", "speaker_text", "start"} <= set(table.columns):
            return ""
        words = words.lower()
        parts = table["part"].tolist() if "part" in table else [part] * len(table)
        for row_part, row_start, said, speaker in zip(parts, table["start"].tolist(), table["speaker_text"].tolist(),
                                                      table["speaker"].tolist()):
            if row_part == part and start <= row_start < end and isinstance(said, str) and said.lower() == words \
                    and isinstance(speaker, str) and speaker:
                return speaker
        return ""

    def person_at(self, part: str, offset: int) -> str:
        """The actor a pronoun at ``offset`` stands for, per ``actors.mentions``, or ""."""
        if self._actors is None:
            return ""
        if self._mention_rows is None:  # (read from the actors' table, not a copy of it)
            self._mention_rows = self._actors.rows(self.article, "mentions", ("part", "start", "end", "actor"))
        return next((actor for row_part, start, end, actor in self._mention_rows
                     if row_part == part and start <= offset < end and isinstance(actor, str) and actor), "")

    def resolve(self, name: str) -> str:
        """The canonical name through ``actors.resolve``; without it, a lone surname becomes the full name seen
        before ("Smith" after "Jane Smith")."""
        if not name:
            return name
        if self.resolver is not None:
            known = self._resolved.get(name)
            if known is None:
                canonical = self.resolver(name)
                known = self._resolved[name] = canonical if isinstance(canonical, str) and canonical else name
            return known
        words = name.split()
        if len(words) == 1 and name[:1].isupper():
            return self.full_names.get(name, name)
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            self.full_names.setdefault(words[-1], name)
        return name


def _holder(cue: _Cue, sent: "Span", rules: _Rules, voices: _Voices, where: tuple[str, int], last: str) -> str:
    if cue.own_voice:
        return ""
    anchor = cue.anchor
    verb = anchor if cue.verbal or _forms(anchor) & rules.speech else next(
        (a for a in anchor.ancestors if a in sent and _forms(a) & rules.speech), None)
    subject = _subject(verb, rules.speech) if verb is not None else None
    if subject is None and anchor.lower_ == "according":
        subject = next((g for c in anchor.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"),
                       None)
        if subject is None and anchor.i + 2 < len(anchor.doc):
            subject = anchor.doc[anchor.i + 1].head if anchor.doc[anchor.i + 1].head is not anchor else None
    if subject is None and "according" in sent.text.lower():  # (the text first: cheaper than every token)
        according = [t for t in sent if t.lower_ == "according" and t.i + 1 < len(t.doc)
                     and t.doc[t.i + 1].lower_ == "to"]
        for t in according:
            pobj = [g for g in t.doc[t.i + 1].children if g.dep_ == "pobj"]
            if pobj:
                subject = pobj[0]
    part, paragraph = where
    if subject is not None and _forms(subject) & rules.negators_as_subjects:
        subject = None  # '"Nobody here has said it is untrue," Cole told reporters': nobody holds nothing
    if subject is not None and subject.lower_ in _RELATIVES:
        subject = _antecedent(subject)
    if subject is not None and subject.lower_ in _PRONOUNS:
        spoken = (voices.person_at(part, subject.idx) or voices.speaker_at(part, subject.idx, paragraph)
                  or voices.speaker_named(part, sent.start_char, sent.end_char, subject.text))
        if spoken:
            return voices.resolve(spoken)
        # (the speech words found from the Doc's forms, not a Token per word; ``t is not verb`` holds for every
        # token made here, a new object each, so the cue's own verb is among them, as it always was)
        doc, forms = sent.doc, _doc_forms(sent.doc)
        named = [s for t in (doc[i] for i in range(sent.start, sent.end) if forms[i] & rules.speech)
                 if t is not verb for s in [_subject(t, rules.speech)]
                 if s is not None and s.lower_ not in _PRONOUNS | _RELATIVES]
        return voices.resolve(_name_of(named[0])) if named else last  # '"..., he said ...," Smith said'
    if subject is not None:
        named = [c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if subject.pos_ == "NOUN" and named:  # "A ministry spokesman, Colonel Erik Lind, said": the name
            subject = named[0]
        names = [subject] + [c for c in subject.conjuncts if c.i > subject.i]
        names += [g for c in subject.children if c.dep_ == "prep" and c.lower_ == "including" for g in c.children
                  if g.dep_ == "pobj"]
        return "; ".join(dict.fromkeys(voices.resolve(_name_of(n)) for n in names))
    spoken = voices.speaker_at(part, anchor.idx, paragraph)
    if spoken:
        return voices.resolve(spoken)
    if part == "headline" and (anchor.pos_ != "NOUN" or cue.verbal) and not (  # "Ministry Denies ...": the words
            anchor.tag_ == "VBN" and anchor.dep_ in ("acl", "ROOT")):  # before (not "Ministers accused of ...")
        before = [t for t in sent if t.i < cue.tokens[0].i]
        # the clause the verb stands in: after the last comma or "as" ("Oil Jumps as OPEC+ Signals ..."), else the
        # words before the first verb ("Fed holds rates steady, signals cuts": Fed)
        breaks = [k for k, t in enumerate(before) if t.is_punct and t.text not in ("'", "’", "+", "&", ".")
                  or t.lower_ in ("as", "after", "while", "amid")]
        clause = before[breaks[-1] + 1:] if breaks else before
        if not clause:
            first_verb = next((k for k, t in enumerate(before) if t.pos_ in ("VERB", "AUX")), len(before))
            clause = before[:first_verb]
        clause = [t for t in clause if not t.is_punct or t.text in ("+", "&")]
        if clause:
            return voices.resolve(" ".join(t.text for t in clause).replace(" +", "+"))
    return ""


# --------------------------------------------------------------------------------------------------------------------
# The table


def claims(article: "Article", proposition: str | None = None, *,
           lexicon: Lexicon | Mapping[str, Iterable[str]] | None = None) -> pd.DataFrame:
    """One row per sentence of headline, dek, captions and body, in reading order, with its stance.

    Columns: ``part``, ``paragraph``, ``sentence``, ``start``, ``end`` (offsets into the part's text), ``stance``
    (claim, denial, context), ``cue`` (the words that decided it, "; "-joined), ``holder`` (who holds it, "; "-joined;
    the outlet for the outlet's own voice, "" for context), ``hedge`` (hedging words), ``text``.
    ``proposition`` defaults to ``proposition_of(article)``; ``lexicon`` is a ``Lexicon`` or a mapping of lists
    that replace the default ones.
    """
    if proposition is not None and (not isinstance(proposition, str) or not proposition.strip()):
        raise ParameterError(f"proposition: expected a few words naming the claim at issue, got {proposition!r}")
    if lexicon is None or isinstance(lexicon, Lexicon):
        lexicon = lexicon or default_lexicon()
    else:
        lexicon = with_overrides(default_lexicon(), lexicon)
    parts = nlp.parse(article)
    rules = _rules(article, parts, proposition, lexicon)
    voices = _Voices(article)
    outlet = (getattr(article, "outlet", None) or "the outlet")
    rows, deniers, last, voices_known = [], set(), "", set()
    paragraph_at = nlp.paragraph_finder(article)
    for piece in parts:
        doc_forms = _doc_forms(piece.doc)
        for number, sent in enumerate(piece.doc.sents):
            start, end = _trimmed(piece.text, sent.start_char, sent.end_char)
            if start >= end or not any(ch.isalnum() for ch in piece.text[start:end]):
                continue  # (nor a closing mark the parser left as a sentence of its own)
            paragraph = (paragraph_at(start) if piece.part == "body" else piece.index)
            tokens = list(sent)
            forms = doc_forms[sent.start:sent.end]
            places = rules.cue_places(forms)
            cues = _cues(sent, rules, deniers, tokens, forms, places, headline=piece.part == "headline")
            # a denial word that describes a thing counts only when someone says it ("X said the account was a
            # fake"), not in the outlet's own narration ("bankers opened fake accounts")
            held: dict[int, str] = {}  # each cue's holder, found once

            def holder(c: _Cue) -> str:
                if id(c) not in held:
                    held[id(c)] = _holder(c, sent, rules, voices, (piece.part, paragraph), last)
                return held[id(c)]

            cues = [c for c in cues if not c.needs_voice or holder(c)]
            stance = ("denial" if any(c.stance == "denial" for c in cues)
                      else "claim" if any(c.stance == "claim" for c in cues) else "context")
            winners = [c for c in cues if c.stance == stance] if stance != "context" else []
            holders = list(dict.fromkeys(
                holder(cue) or outlet for cue in winners))
            if stance == "denial" and not _about(sent, rules.topic) and not _refers_back(tokens, rules) and not (
                    {h.lower() for holder in holders for h in holder.split("; ")} & voices_known):
                stance, winners, holders = "context", [], []  # a denial of something else, by someone else
            voices_known.update(h.lower() for holder in holders for h in holder.split("; ") if h != outlet)
            named = [h for holder in holders for h in holder.split("; ") if h and h != outlet]
            last = named[-1] if named else last
            if stance == "denial":
                deniers.update(h.lower() for holder in holders for h in holder.split("; "))
                deniers.update(w.lower() for holder in holders for h in holder.split("; ") for w in h.split())
            hedges = [" ".join(t.text for t in span) for span in rules.hedges.find(tokens, forms, places)]
            rows.append((piece.part, paragraph, number, start, end, stance,
                         "; ".join(dict.fromkeys(c.text for c in winners)), "; ".join(holders),
                         "; ".join(dict.fromkeys(hedges)), piece.text[start:end]))
    # column by column in their dtypes (pandas' inference of every cell, then ``astype``, showed on every article)
    return nlp.typed_frame(rows, COLUMNS, dict.fromkeys(("paragraph", "sentence", "start", "end"), "int64"))


def _refers_back(tokens: list["Token"], rules: _Rules) -> bool:
    """True when the sentence names a claim already in the story: a claim noun with a definite determiner ("These
    allegations are completely untrue", "the report is false")."""
    return any(_forms(t) & rules.account_nouns and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "those", "this", "that", "such") for c in t.children)
        for t in tokens if t.pos_ == "NOUN")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _rules(article: "Article", parts: list, proposition: str | None, lexicon: Lexicon) -> _Rules:
    if proposition is None:
        span = _headline_proposition(article, lexicon)
        prop_tokens = list(span) if span is not None else []
    else:
        prop_tokens = list(nlp.get_nlp()(proposition))
    framing = [t for p in parts if p.part in ("headline", "dek") for t in p.doc]
    proposition_words = _content_words(prop_tokens, lexicon)
    predicates = {_key(t) for t in prop_tokens if t.pos_ == "VERB" and _key(t) in proposition_words}
    requests = lexicon.singles("request_nouns")
    request_story = any(_forms(t) & requests or t.lower_.endswith("s") and t.lower_[:-1] in requests
                        for t in prop_tokens)  # (any tag: title-case headlines tag "Calls" a verb)
    rules = _Rules(lexicon, proposition_words | _content_words(framing, lexicon), proposition_words, predicates,
                   request_story)
    rules.topic.update(_lede_names(parts, rules))
    rules.topic.matched.clear()  # (what the lede's reading remembered was asked of the smaller set)
    return rules


def _lede_names(parts: list, rules: _Rules) -> set[str]:
    """The names in what the lede's first sentence claims or denies: the story's claim as the lede tells it ("the
    club had not denied reports that its top scorer, Luca Ferri, had asked to leave" gives Luca, Ferri), so that
    "Ferri had handed in a transfer request" is about the story though the headline says "star striker"."""
    body = next((p for p in parts if p.part == "body"), None)
    first = next(iter(body.doc.sents), None) if body is not None else None
    if first is None:
        return set()
    names = set()
    forms = _doc_forms(body.doc)[first.start:first.end]  # (the sentence's words as ``claims`` reads them)
    for cue in _cues(first, rules, set(), list(first), forms, rules.cue_places(forms)):
        if cue.own_voice:
            continue
        anchor = cue.anchor
        subject = {t.i for t in _subject_subtree(anchor)}
        said = [t for c in anchor.children if c.dep_ in ("ccomp", "dobj", "obj", "acl", "prep") for t in c.subtree]
        names.update(_key(t) for t in said if t.pos_ == "PROPN" and t.i not in subject and len(t.text) > 1)
    return names


def balance(table: pd.DataFrame) -> pd.DataFrame:
    """Words given to each side: DataFrame[stance, holder, sentences, words, share] from a ``claims`` table, share
    being the fraction of all words in the table; one row per stance and holder, largest first within a stance."""
    missing = {"stance", "holder", "text"} - set(table.columns)
    if missing:
        raise ParameterError(f"table: expected a claims() table, missing columns {sorted(missing)}")
    frame = table.assign(words=table["text"].str.split().str.len().fillna(0).astype("int64"))
    total = int(frame["words"].sum()) or 1
    grouped = (frame.groupby(["stance", "holder"], sort=False)
               .agg(sentences=("text", "size"), words=("words", "sum")).reset_index())
    grouped["share"] = grouped["words"] / total
    grouped["order"] = grouped["stance"].map({s: i for i, s in enumerate(STANCES)})
    grouped = grouped.sort_values(["order", "words", "holder"], ascending=[True, False, True], kind="stable")
    return grouped.drop(columns="order").reset_index(drop=True)


# --------------------------------------------------------------------------------------------------------------------
# The chart

#: Colours of the stances (Okabe-Ito): claim orange, denial blue, context grey.
STANCE_COLOURS = {"claim": "#E69F00", "denial": "#0072B2", "context": "#CCCCCC"}
_PART_LABELS = {"headline": "Headline", "dek": "Dek", "caption": "Caption"}


def arc_finding(table: pd.DataFrame) -> str:
    """One sentence on the arc: how many sentences and what share of the words each side gets, and who holds it."""
    sides = balance(table)
    parts = []
    for stance, verb in (("claim", "state or report the claim"), ("denial", "deny it")):
        rows = sides[sides["stance"] == stance]
        n, share = int(rows["sentences"].sum()), float(rows["share"].sum())
        holders = [h for h in _holder_names(table[table["stance"] == stance]["holder"])][:3]
        who = f", held by {', '.join(holders)}" if holders else ""
        parts.append(f"{n} sentence{'s' if n != 1 else ''} {verb} ({share:.0%} of the words{who})")
    rest = float(sides[sides["stance"] == "context"]["share"].sum())
    return f"{parts[0]}; {parts[1]}; the rest ({rest:.0%}) is context."


def _holder_names(holders: pd.Series) -> list[str]:
    """Holder names by how many words they hold, most first."""
    counts: dict[str, int] = {}
    for holder in holders:
        for name in str(holder).split("; "):
            if name:
                counts[name] = counts.get(name, 0) + 1
    return sorted(counts, key=lambda name: (-counts[name], name))


def plot_arc(table: pd.DataFrame, *, source: str = ""):
    """The article as a strip of sentences in reading order (one bar per sentence, as long as its words, coloured by
    stance, labelled with its holder), and beside it the words given to each side. Returns (fig, title, finding, alt)."""
    import matplotlib.pyplot as plt

    from .figures import apply_style, frame as frame_fig

    apply_style()
    words = table["text"].str.split().str.len().fillna(0).astype(int).tolist()
    n = len(table)
    height = min(16.0, max(3.2, 0.26 * n + 1.6))
    fig, (ax, side) = plt.subplots(1, 2, figsize=(7.5, height), gridspec_kw={"width_ratios": [3.2, 1]})
    longest = max(words, default=1) or 1
    previous = None
    for row, (stance, holder, part, paragraph, count) in enumerate(zip(
            table["stance"], table["holder"], table["part"], table["paragraph"], words)):
        ax.barh(row, count, color=STANCE_COLOURS.get(stance, "#CCCCCC"), height=0.8)
        label = holder if stance != "context" and holder and (holder, stance) != previous else ""
        previous = (holder, stance) if stance != "context" else None
        if label:
            ax.text(count + longest * 0.02, row, _short(label), va="center", fontsize=7.5, color="#333333")
    ax.set_yticks(range(n))
    ax.set_yticklabels([_PART_LABELS.get(p, f"¶{i + 1}") for p, i in zip(table["part"], table["paragraph"])],
                       fontsize=7)
    ax.set_ylim(n - 0.5, -0.5)
    ax.set_xlim(0, longest * 1.9)
    ax.set_xlabel("Words in the sentence", fontsize=8)
    ax.tick_params(axis="x", labelsize=7)
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(False)
    totals = table.assign(words=words).groupby("stance")["words"].sum().reindex(list(STANCES), fill_value=0)
    share = totals / (totals.sum() or 1)
    side.bar(range(len(STANCES)), share.values, color=[STANCE_COLOURS[s] for s in STANCES], width=0.7)
    for i, stance in enumerate(STANCES):
        side.text(i, share[stance] + 0.02, f"{share[stance]:.0%}", ha="center", va="bottom", fontsize=8)
    side.set_xticks(range(len(STANCES)))
    side.set_xticklabels([s.capitalize() for s in STANCES], fontsize=8)
    side.set_ylim(0, 1.1)
    side.set_yticks([])
    side.set_title("Share of words", fontsize=9, loc="left")
    for spine in ("top", "right", "left"):
        side.spines[spine].set_visible(False)
    claim_share, denial_share = float(share["claim"]), float(share["denial"])
    if denial_share > claim_share:
        title = f"Denials get {denial_share:.0%} of the words, the claim {claim_share:.0%}"
    elif claim_share > denial_share:
        title = f"The claim gets {claim_share:.0%} of the words, denials {denial_share:.0%}"
    else:
        title = f"Claim and denial get the same share of the words ({claim_share:.0%})"
    subtitle = ("Each sentence in reading order, as long as its words: orange states or reports the claim,\n"
                "blue denies it, grey is context; labels name who holds the stance")
    fig.tight_layout()
    frame_fig(fig, title, subtitle, source)
    finding = arc_finding(table)
    alt = (f"Horizontal bars, one per sentence of the article from headline to last paragraph, coloured by stance, "
           f"with a side panel of the share of words per stance. {finding}")
    return fig, title, finding, alt


def _short(text: str, width: int = 46) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"
