"""Headlines written in title case or in capitals, parsed as the sentence they are.

spaCy's small English model learned its tags on text in sentence case. A headline in title case ("Kremlin Dismisses
Report Of Putin Illness") or in capitals reads to it as a string of proper nouns: no verb, "Kremlin Dismisses Report"
one organization, no person. Parsed in sentence case ("Kremlin dismisses report of Putin illness") it finds the verb,
its subject and object, and Putin. ``parse_text`` gives that sentence-case text, the same length as the headline
letter for letter, and ``restore`` puts the headline's own words back into the parse, so every offset, ``token.text``
and row still shows the headline as printed.

Which words are lowered is read from the article itself, then from general English:

1. a word the body (or dek) writes with a capital inside a sentence more often than in lower case keeps it
   ("Pentagon", "Putin", "Mr. Trump"; not "The" or "Tax" for once in "The Tax Policy Center");
2. a word the body writes in lower case is lowered ("reports", "leaving");
3. otherwise a verb, adjective or adverb the model's own lemmatizer tables know ("dismisses", "jails", "ran"), or a
   function word (spaCy's stop words, ``PREPOSITIONS``), is lowered; any other word (a noun or a name the body never writes) keeps
   its capital.

Words with a capital or a dot inside ("iPhone", "McCain", "U.S.") and short initialisms ("NATO", "EU") are kept as
written. A headline only counts as title case when at least three of its words after the first, and three in four of
them, start with a capital; a headline in sentence case is parsed as it is. Without a body of some length (a headline
alone), nothing is changed: there is no evidence of which words are names.
"""
from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

#: Words a title-case headline needs after its first (and the share of them capitalized) to be read as title case.
MIN_TITLE_WORDS = 3
TITLE_SHARE = 0.75
#: Body words needed before its casing is taken as evidence.
MIN_BODY_WORDS = 40

#: Prepositions headlines use that spaCy's stop words lack.
PREPOSITIONS = {"amid", "amidst", "despite", "toward", "towards", "against", "via", "onto", "until", "unlike", "versus",
                "vs", "atop", "inside", "outside", "near", "past", "plus", "minus", "per", "than"}

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_CAPITAL = re.compile(r"\b[A-Z][a-z]+\b")
_LOWER_WORD = re.compile(r"\b[a-z][a-z]+\b")
#: What ends a sentence before a word: a stop, a question or exclamation mark (perhaps with a closing quote), an
#: opening quote, or a line break; a title's abbreviation ("Mr.") or an initial ("J.") ends none.
_SENTENCE_END = re.compile(r"(?:[.!?][\"”’')\]]*|[\"“‘(\[—–-]|\n)\s*$")
_NO_END = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Rev|Hon|Adm|Maj|"
                     r"Brig|Cmdr|Pres|Sec|Supt|Det|Insp|Amb|Atty|Fr|Msgr|Mt|Ft|Gens|Sens|Reps)\.)\s*$")
_SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("d", ""))


@functools.lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    """English verbs, adjectives and adverbs (the model's lemmatizer tables: base forms and irregular ones), stop
    words and ``PREPOSITIONS``."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from .nlp import get_nlp

    nlp = get_nlp()
    words: set[str] = set(STOP_WORDS)
    if "lemmatizer" in nlp.pipe_names:
        lookups = nlp.get_pipe("lemmatizer").lookups
        # (not its nouns: they hold places and names, "ohio", "paris", "achilles"; a noun is lowered only when the
        # article writes it in lower case)
        for table in ("lemma_index", "lemma_exc"):  # base forms; irregular forms ("ran", "hid", "worse")
            if lookups.has_table(table):
                for kind in ("verb", "adj", "adv"):
                    words.update(lookups.get_table(table).get(kind, ()))
    words.update(PREPOSITIONS)
    return frozenset(w for w in words if w.isalpha())


def _is_english(word: str) -> bool:
    english = _english()
    if word in english:
        return True
    return any(word.endswith(suffix) and len(word) - len(suffix) >= 3 and word[: len(word) - len(suffix)] + base
               in english for suffix, base in _SUFFIXES)


def _shape(headline: str) -> str | None:
    """"title", "capitals" or None (sentence case, or too short to tell)."""
    words = [w for w in _WORD.findall(headline)]
    if len(words) < MIN_TITLE_WORDS + 1:
        return None
    letters = [c for c in headline if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return "capitals"
    rest = [w for w in words[1:] if len(w) > 3]  # (short words are lower case in many houses' title case: "of")
    capitalized = [w for w in rest if w[0].isupper()]
    if len(capitalized) >= MIN_TITLE_WORDS and len(capitalized) >= TITLE_SHARE * len(rest):
        return "title"
    return None


def _casing_counts(context: str) -> tuple[dict[str, int], dict[str, int]]:
    """How often each word is written with a capital inside a sentence, and how often in lower case."""
    proper: dict[str, int] = {}
    for match in _CAPITAL.finditer(context):
        before = context[max(0, match.start() - 12):match.start()]
        if before and not (_SENTENCE_END.search(before) and not _NO_END.search(before)):
            proper[match.group()] = proper.get(match.group(), 0) + 1
    lower: dict[str, int] = {}
    for word in _LOWER_WORD.findall(context):
        lower[word] = lower.get(word, 0) + 1
    return proper, lower


def parse_text(headline: str, context: str) -> str | None:
    """The headline in sentence case for the parser (the same length), or None when it is in sentence case already
    or ``context`` (the article's dek and body) is too short to tell names from words."""
    shape = _shape(headline)
    if shape is None or len(context.split()) < MIN_BODY_WORDS:
        return None
    proper, lower = _casing_counts(context)
    out = list(headline)
    first = True
    for match in _WORD.finditer(headline):
        word = match.group()
        if first:  # the first word keeps its capital (in capitals, only its first letter: a sentence's start)
            first = False
            if shape != "capitals":
                continue
            new = word[:1] + word[1:].lower()
        elif shape == "title" and (any(c.isupper() for c in word[1:]) or word[:1].islower()):
            continue  # "iPhone", "NATO", "McCain", "of"
        elif shape == "capitals" and len(word) <= 3 and word.lower() not in lower and not _is_english(word.lower()):
            continue  # an initialism in a headline in capitals: "NATO", "UN"
        else:
            title, low = word[:1] + word[1:].lower(), word.lower()
            base = re.split(r"['’]", low)[0]  # "Clinton’s": how the body writes "Clinton"
            if proper.get(base.capitalize(), 0) > lower.get(base, 0):  # the body's own usage, the more frequent way
                new = title
            elif base in lower or _is_english(base):
                new = low
            else:
                new = title
        if len(new) == len(word):
            out[match.start():match.end()] = new
    text = "".join(out)
    # a word with dots keeps its case whatever: "U.S." was split into letters above
    for match in re.finditer(r"\b(?:[A-Za-z]\.){2,}", headline):
        text = text[:match.start()] + match.group() + text[match.end():]
    return text if text != headline else None


def restore(doc: "Doc", text: str) -> "Doc":
    """A Doc of ``text`` (the headline as printed) carrying the tags, parse and entities ``doc`` (the parse of its
    ``parse_text``) found; when the two tokenize differently, ``text`` parsed as it is."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG

    from .nlp import get_nlp

    nlp = get_nlp()
    original = nlp.make_doc(text)
    if [(t.idx, len(t)) for t in original] != [(t.idx, len(t)) for t in doc]:
        return nlp(text)
    attrs = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]
    original.from_array(attrs, doc.to_array(attrs))
    original.user_data["recased"] = True  # (its tags are the sentence-case reading's: readers need no title-case guess)
    return original
