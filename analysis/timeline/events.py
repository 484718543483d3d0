"""Story events, their time bounds, and the gap between two of them.

``events(article, known_times=None)`` returns one row per story event with the columns

    event, label, trigger, actors, place, paragraph, sentence, earliest, latest, basis, timezone, mentions, kind, part

(``part`` is "body" or "caption", as in every extractor: ``paragraph`` indexes ``article.captions`` for a caption)

An event is found from a trigger verb or noun of ``EVENT_VERBS``/``EVENT_NOUNS`` (general English: voted, denied,
reported, called a briefing, returned, visited, postponed; the vote, the reports, the briefing, the trial), or from a
statement the text dates (``STATEMENT_VERBS``: "the ministry said on Tuesday"; an undated "said" is attribution, not
an event), or from any other verb the text dates in a main clause (kind ``action``: "a judge on Monday blocked the
law", "a tornado tore through the town on Tuesday, officials said"; not the ``LIGHT_VERBS`` of being, wanting or
beginning, not the writer's own "I"/"we", not a verb whose time belongs to what it is "to" do); mentions of the same kind of event ("voted", "passed a resolution", "the vote") are one event, except
statements and actions, which are one per speaker (per verb and doer). What a reaction takes as object ("denied a newspaper report") is an event too. Its time bounds come from constraints, solved together as a simple
temporal network (``network.py``):
- time expressions attached to its clause ("on Monday"), read on the clock of the event's place (``PLACE_TIMEZONES``);
  a time inside a clause of its own ("denied a report that he had surgery last month") or one the event points at
  ("postponed until Tuesday", ``TARGET_PREPOSITIONS``) is not the event's time; an event the text places nowhere
  is on the clock of the dateline's city ("TOKYO (AP) —"), from the place table or the tz database's city names;
- ordering cues: "just hours after X", "following X", "after X ended", "before X", "minutes later", "quickly";
  a vague duration takes its range from the vague-time table;
- reactions follow what they react to ("deny the reports");
- narrative default: what is told in the past tense happened before publication;
- ``known_times`` from the user (a CSV path or DataFrame: event, earliest, latest, timezone, source), first.
Constraints that contradict earlier ones are set aside and reported (``frame.attrs["conflicts"]`` and a warning).
"""
from __future__ import annotations

import bisect
import hashlib
import math
import re
import threading
import warnings
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pandas as pd

from ..errors import ParameterError
from . import timex
from .network import Constraint, Network
from .places import PLACE_TIMEZONES, dateline_place, load_place_timezones, zone_cities  # noqa: F401 (re-exported)

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

COLUMNS = ["event", "label", "trigger", "actors", "place", "paragraph", "sentence", "earliest", "latest", "basis",
           "timezone", "mentions", "kind", "part"]

#: Trigger words -> kind of event. Verbs by lemma; "call"/"hold" count when their object is a meeting noun.
EVENT_VERBS = {
    "vote": "vote", "approve": "vote", "adopt": "vote", "ratify": "vote", "reject": "vote",
    "report": "report", "deny": "deny", "dismiss": "deny", "refute": "deny", "rebut": "deny",
    "testify": "testimony", "kill": "killing", "assassinate": "killing", "return": "return", "emerge": "emergence",
    "announce": "announcement", "resign": "resignation", "sign": "signing", "arrest": "arrest", "attack": "attack",
    "strike": "strike", "launch": "launch", "leak": "leak", "publish": "publication", "meet": "meeting",
    "explode": "explosion", "die": "death", "elect": "election", "confirm": "confirmation", "end": "end",
    "respond": "response", "retaliate": "retaliation", "withdraw": "withdrawal", "invade": "invasion",
    "fire": "firing", "shoot": "shooting", "crash": "crash", "collapse": "collapse", "sue": "lawsuit",
    "charge": "charge", "convict": "conviction", "sentence": "sentencing", "release": "release",
    "visit": "visit", "arrive": "arrival", "protest": "protest", "evacuate": "evacuation", "bomb": "bombing",
    "raid": "raid", "capture": "capture", "seize": "seizure", "ban": "ban", "suspend": "suspension",
    "cancel": "cancellation", "postpone": "postponement", "erupt": "eruption", "rescue": "rescue", "detain": "arrest",
    "indict": "indictment", "acquit": "acquittal", "veto": "veto", "clash": "clash", "occupy": "occupation",
    "shell": "shelling", "unveil": "announcement", "hospitalize": "hospitalization", "injure": "injury",
    "wound": "injury", "evict": "eviction", "impeach": "impeachment", "inaugurate": "inauguration",
    "tour": "visit", "declare": "declaration", "order": "order", "land": "landing", "flee": "flight",
}
#: Phrasal verbs (lemma, particle) -> kind.
EVENT_PHRASALS = {("knock", "down"): "deny", ("shoot", "down"): "deny", ("step", "down"): "resignation",
                  ("come", "ashore"): "landfall", ("put", "off"): "postponement", ("call", "off"): "cancellation",
                  ("pull", "out"): "withdrawal", ("walk", "out"): "walkout", ("go", "off"): "explosion",
                  ("blow", "up"): "explosion"}
#: Speech verbs that make a statement an event of the story when the text dates it ("the ministry said on Tuesday",
#: "told reporters Monday"): a dated statement is a moment of the story; an undated "said" is only attribution.
#: Statements by different speakers are different events.
STATEMENT_VERBS = {"say", "tell", "state", "warn", "insist", "vow", "pledge", "promise", "threaten",
                   "urge", "acknowledge", "admit", "concede", "claim", "allege", "accuse", "tweet", "write", "post"}
#: Verbs that never make an event of their own, even dated ("remained on Monday", "expected on Tuesday"): being,
#: having, wanting and planning, beginning and going on, thinking. Any other verb the text dates in the past tense is a
#: story event (kind "action"): "a judge on Monday blocked the law", "crowds broke through the cordon on Tuesday".
LIGHT_VERBS = {"be", "have", "do", "seem", "appear", "remain", "become", "stay", "expect", "plan", "want", "need",
               "hope", "intend", "try", "seek", "begin", "start", "continue", "keep", "think", "believe", "know",
               "feel", "mean", "include", "consider", "like", "wish", "let", "help", "get", "go", "come", "see",
               "look", "use", "give", "take", "make", "put", "set", "face", "hear", "learn", "say", "tell"}
#: Objects that make "pass" a vote and "call"/"hold" a meeting.
VOTE_OBJECTS = {"resolution", "bill", "law", "measure", "motion", "budget", "amendment", "legislation"}
MEETING_NOUNS = {"briefing": "briefing", "gaggle": "briefing", "conference": "briefing", "meeting": "meeting",
                 "hearing": "hearing", "session": "meeting", "summit": "meeting", "vote": "vote",
                 "election": "election", "referendum": "vote", "strike": "strike"}
#: A light verb and the noun that names the event with it ("made landfall", "gave a speech", "staged a protest"):
#: (verb lemma, object lemma) -> kind.
LIGHT_VERB_EVENTS = {("make", "landfall"): "landfall", ("make", "announcement"): "announcement",
                     ("give", "speech"): "speech", ("deliver", "speech"): "speech", ("give", "interview"): "interview",
                     ("stage", "protest"): "protest", ("hold", "talks"): "meeting", ("hold", "rally"): "rally",
                     ("cast", "vote"): "vote", ("cast", "ballot"): "vote", ("file", "lawsuit"): "lawsuit",
                     ("issue", "statement"): "statement", ("issue", "warning"): "statement",
                     ("give", "approval"): "vote", ("grant", "approval"): "vote", ("win", "approval"): "vote",
                     ("reach", "agreement"): "agreement", ("reach", "deal"): "agreement", ("strike", "deal"): "agreement",
                     ("open", "investigation"): "investigation", ("launch", "investigation"): "investigation",
                     ("file", "charges"): "charge", ("bring", "charges"): "charge"}
EVENT_NOUNS = {
    "vote": "vote", "report": "report", "briefing": "briefing", "gaggle": "briefing", "denial": "deny",
    "testimony": "testimony", "assassination": "killing", "killing": "killing", "attack": "attack",
    "strike": "strike", "announcement": "announcement", "resignation": "resignation", "meeting": "meeting",
    "hearing": "hearing", "explosion": "explosion", "election": "election", "arrest": "arrest",
    "withdrawal": "withdrawal", "invasion": "invasion", "shooting": "shooting", "crash": "crash",
    "summit": "meeting", "press conference": "briefing", "news conference": "briefing",
    "visit": "visit", "protest": "protest", "raid": "raid", "bombing": "bombing", "trial": "trial",
    "verdict": "verdict", "ruling": "ruling", "earthquake": "earthquake", "quake": "earthquake", "funeral": "funeral",
    "rally": "rally", "debate": "debate", "speech": "speech", "interview": "interview", "ceremony": "ceremony",
    "surgery": "surgery", "evacuation": "evacuation", "indictment": "indictment", "impeachment": "impeachment",
    "inauguration": "inauguration", "eruption": "eruption",
}
#: Kinds of event that react to what they take as object ("deny the reports"): they come after it.
REACTION_KINDS = {"deny", "confirmation", "response", "retaliation"}
#: Clauses that keep their own time: a time inside one whose verb is no event is not passed to the event above it.
EMBEDDED_CLAUSES = {"ccomp", "acl", "relcl", "advcl", "pcomp"}
#: Prepositions that give a time an event points at rather than the time it happened ("delayed until Tuesday").
TARGET_PREPOSITIONS = {"until", "till", "through", "by", "for"}
#: Ordering words, which side is earlier, and a default range for the offset when no duration is given.
AFTER_WORDS = {"after", "following", "since"}
BEFORE_WORDS = {"before", "ahead", "prior", "until"}
#: Adverbs that put an event shortly after the event told just before it: (min, max) offset.
SEQUENCE_ADVERBS = {"quickly": (pd.Timedelta(0), pd.Timedelta(hours=6)),
                    "immediately": (pd.Timedelta(0), pd.Timedelta(hours=1)),
                    "promptly": (pd.Timedelta(0), pd.Timedelta(hours=6)),
                    "swiftly": (pd.Timedelta(0), pd.Timedelta(hours=6)),
                    "then": (pd.Timedelta(0), None), "later": (pd.Timedelta(0), None),
                    "subsequently": (pd.Timedelta(0), None)}
#: Derived forms to match event words in ``gap``: noun -> verb lemma.
NOMINALIZATIONS = {"denial": "deny", "vote": "vote", "voting": "vote", "report": "report", "reports": "report",
                   "return": "return", "withdrawal": "withdraw", "killing": "kill", "assassination": "assassinate",
                   "testimony": "testify", "announcement": "announce", "resignation": "resign", "briefing": "briefing",
                   "gaggle": "briefing", "emergence": "emerge", "arrival": "arrive", "departure": "depart",
                   "explosion": "explode", "election": "elect", "death": "die", "end": "end"}




@dataclass
class Mention:
    kind: str
    head: object  # spaCy token
    verbal: bool
    part: str
    paragraph: int
    sentence: int
    order: int
    subject: object = None  # spaCy span or None
    past: bool = False
    dates: frozenset | None = field(default=None, repr=False, compare=False)  # ``_sentence_dates``, once read


@dataclass
class Event:
    id: str
    kind: str
    mentions: list = field(default_factory=list)
    timezone: str = "UTC"
    place: str = ""


def _conjugate(lemma: str) -> str:
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    return lemma + "s"


def _compact(span, conjunct=None) -> str:
    """A noun phrase without determiners, clauses and appositions: "the Chilean senate" -> "Chilean senate";
    conjuncts kept ("Jane Roe and John Doe"), those ``conjunct`` accepts where it is given."""
    if span is None:
        return ""
    root = span.root if hasattr(span, "root") else span
    heads = [root]
    while True:
        nxt = next((c for c in heads[-1].children if c.dep_ == "conj"), None)
        if nxt is None or (conjunct is not None and not conjunct(nxt)):
            break
        heads.append(nxt)
    pieces = []
    for head in heads:
        words = []
        for child in head.children:
            if child.i < head.i and child.dep_ in ("compound", "amod", "nmod", "nummod", "npadvmod") and not (
                    child.ent_type_ in ("DATE", "TIME") and (child.dep_ == "npadvmod" or any(
                        t.text in ("-", "—", "–", ":") for t in head.doc[child.right_edge.i + 1:head.i]))):
                # (not a date set before the phrase, "Jan. 7 - A stampede kills ...", "Thursday U.S. futures")
                words.extend(t for t in child.subtree if t.dep_ not in ("det", "punct", "cc"))
        words.append(head)
        ordered = sorted(set(words), key=lambda t: t.i)
        if len(ordered) > 1 and ordered[0].lower_ in ("a", "an", "the"):  # ("A stampede"; not "more than a dozen")
            ordered = ordered[1:]
        # (words side by side in the text keep the space between them as written: "non-binding", "$2.1 billion")
        pieces.append("".join(t.text + (t.whitespace_ if nxt.i == t.i + 1 else " ")
                              for t, nxt in zip(ordered, ordered[1:])) + ordered[-1].text)
    return " and ".join(pieces)


def _plural(span) -> bool:
    root = span.root if hasattr(span, "root") else span
    if root.tag_ == "NNPS" and root.ent_type_ in ("ORG", "GPE") and root.ent_iob_ != "B":
        return False  # the last word of one body's name: "Veltra Motors denies", "the United Nations says"
    if root.ent_type_ == "NORP" and root.lower_.endswith("s") and any(
            c.dep_ == "det" and c.lower_ == "the" for c in root.children):
        return True  # a party or a people by its members: "The Greens reject it", "the Democrats"
    return root.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in root.children) or root.lower_ in (
        "they", "we", "you", "i")


def _subject(verb):
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                return verb.head  # "the governor, who toured the area": the governor
            if child.is_punct:  # "Crutcher, 40 ― a father ― was shot": the parser's subject is the dash
                return next((t for t in reversed(child.doc[_sentence_start(verb):child.i]) if t.pos_ == "PROPN"),
                            None)
            return child
    if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head is not verb:
        return _subject(verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "ROOT" and verb.head.pos_ == "NOUN":
        return verb.head  # a sentence the parser read as a noun with a clause: "The resolution passed on Tuesday"
    if verb.tag_ == "NNS":  # a verb read as a noun: its doer was read as a name on it ("Iran fires missiles")
        return next((c for c in verb.children if c.dep_ == "compound" and c.i < verb.i and c.pos_ == "PROPN"), None)
    return None


#: Pronouns a label replaces with what they stand for, and what that must be.
PRONOUN_REFERENTS = {"he": "m", "she": "f", "it": "thing", "they": "group"}


def _fits(token, want: str) -> bool:
    """Whether a subject's head can be what a pronoun stands for: for he/she a person by name (not of the other sex by
    honorific or first name, ``actors.FIRST_NAMES``) or by title (``actors.TITLES``); for it one thing, not a person;
    for they a plural or a body."""
    from ..actors import FIRST_NAMES, TITLES

    if token.pos_ not in ("NOUN", "PROPN") or token.lower_ in PRONOUN_REFERENTS:
        return False
    title = TITLES.get(token.lower_)
    person = token.ent_type_ == "PERSON" and token.pos_ == "PROPN"  # (the tagger calls a "riot" a person at times)
    if want in ("m", "f"):
        if title is not None:
            return title[1][:1] in ("", want)
        if not person:
            return False
        from .. import nlp

        ent = next(e for e in nlp.ents(token.doc) if e.start <= token.i < e.end)
        first = token.doc[ent.start]
        # an honorific inside the name or before it ("Mr. Clarke"), from the titles table, else the first name's sex
        before = [first] + ([token.doc[ent.start - 1]] if ent.start > 0 else [])
        honorific = next((TITLES[t.lower_][1] for t in before if TITLES.get(t.lower_, ("",))[0] == "honorific"), "")
        return (honorific or FIRST_NAMES.get(first.lower_, ""))[:1] in ("", want)
    if want == "thing":
        return not person and title is None and token.tag_ in ("NN", "NNP")
    return token.tag_ in ("NNS", "NNPS") or token.ent_type_ in ("ORG", "NORP")


def _referent(subject, depth: int = 0):
    """What a pronoun subject stands for, for the label and the actors ("The union said it had been offered nothing
    new, and confirmed ...": the union): the subject of a clause it hangs under, else of the sentence before, when that
    fits the pronoun (a person for he/she, one thing for it); else the pronoun."""
    if subject is None or subject.lower_ not in PRONOUN_REFERENTS or depth > 2:
        return subject
    want = PRONOUN_REFERENTS[subject.lower_]
    node = subject.head
    while node.head.i != node.i:  # the first nominal subject above it decides, fitting or not
        node = node.head
        found = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < subject.i
                      and c.pos_ in ("NOUN", "PROPN")), None)
        if found is not None:
            # a name the tagger left untyped ("Christie, who ... since he suspended ...") can be a person here
            untyped = want in ("m", "f") and found.pos_ == "PROPN" and not found.ent_type_
            return found if untyped or _fits(found, want) else subject
    start = _sentence_start(subject)
    if start > 0:
        before = subject.doc[slice(*_sentence_bounds(subject.doc[start - 1]))].root
        found = next((c for c in before.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if found is not None and found.lower_ == subject.lower_:
            return _referent(found, depth + 1)
        if found is not None and _fits(found, want):
            return found
    return subject


#: A line of a chronology: a date, a day or a clock, then a colon or dash, then what happened, in the present tense
#: of headlines ("- Jan. 3: A U.S. drone strike kills ...", "2019 — Company goes public", "9:15 a.m.: Police arrive").
CHRONOLOGY_ENTRY = re.compile(
    r"\s*(?:[-•*·–▪●◦]\s*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?|(?:1[89]|20)\d{2}"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?(?:\s+[A-Z]{2,4})?)\s*[:—–-]\s+\S")


def _sentence_bounds(token) -> tuple[int, int]:
    """Start and end of ``token.sent`` (token positions), from the Doc's sentence starts (``Token.sent`` walks the
    Doc to find them each time)."""
    from .. import nlp

    return nlp.sentence_span(token.doc, token.i)


def _sentence_start(token) -> int:
    """``token.sent.start``."""
    return _sentence_bounds(token)[0]


def _doc_text(doc) -> str:
    """``doc.text``, built once per Doc (spaCy joins every token again on each read)."""
    from .. import nlp

    return nlp.doc_text(doc)


def _chronology_entry(tok) -> bool:
    """Whether a word is in a chronology's line, where the present tense tells what happened then."""
    text = _doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    return bool(CHRONOLOGY_ENTRY.match(text[start:start + 60]))


def _is_past(verb) -> bool:
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "would", "shall", "'ll", "may", "might", "could", "can"}:
        return False
    if verb.tag_ == "VBD" or aux & {"had", "has", "have", "did", "was", "were"}:
        return True
    if _intended(verb):
        return False  # "voted to strike from March 12": what was decided lies ahead
    if verb.dep_ in ("xcomp", "conj") and verb.head is not verb:
        return _is_past(verb.head)
    return False


#: Auxiliaries of a clause told as ahead or possible ("will wait until the meeting"), not as done.
AHEAD_AUXILIARIES = {"will", "would", "shall", "'ll", "may", "might", "could", "can", "must", "should"}


def _ahead(noun) -> bool:
    """A noun event in a clause that looks ahead: "we will wait until the meeting", "agreed to hold talks", "the
    upcoming vote". Other noun events keep the narrative default (told, so before publication)."""
    if any(c.lower_ in ("upcoming", "forthcoming", "planned", "scheduled", "next", "future") for c in noun.children):
        return True
    head = noun.head
    while head.i != head.head.i and head.pos_ not in ("VERB", "AUX"):  # spaCy makes a new Token each time: compare i
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return False
    if noun.head.lower_ in ("of", "to") and noun.head.head.lower_ in ("ahead", "prior") and not (
            head.tag_ in ("VBD", "VBN") or any(c.tag_ == "VBD" for c in head.children if c.dep_ in ("aux", "auxpass"))):
        return True  # "is speaking out ahead of the election": what a present act comes before is still to come
    aux = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    return bool(aux & AHEAD_AUXILIARIES) or head.lower_ in AHEAD_AUXILIARIES or _intended(head)


def _intended(verb) -> bool:
    """An infinitive of intention: "strike" in "voted to strike", "meet" in "agreed to meet"."""
    return verb.dep_ == "xcomp" and verb.head.lemma_ in INTENTION_VERBS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


#: Verbs whose "to" infinitive is an intention, not a deed ("voted to strike", "agreed to meet"); an infinitive under
#: other verbs happened with them ("scrambled to deny the reports").
INTENTION_VERBS = {"vote", "plan", "agree", "decide", "threaten", "promise", "vow", "pledge", "intend", "aim", "hope",
                   "want", "seek", "expect", "prepare", "propose", "offer", "refuse", "schedule", "choose",
                   # what one asks of another: "urged drivers to reject the action", "called on them to resign"
                   "urge", "ask", "encourage", "press", "request", "invite", "persuade", "advise", "appeal", "beg",
                   "need", "wish", "demand", "call"}

#: Verbs whose clausal complement is what someone said, not a story event of its own.
SPEECH_VERBS = {"say", "report", "tell", "state", "claim", "deny", "insist", "argue", "announce", "write", "add",
                "note", "believe", "think", "know", "suggest", "allege", "confirm", "warn", "show"}


def _dated(verb, before: int | None = None) -> bool:
    """Whether a date or time is attached to the verb itself: "said Tuesday", "told reporters on Monday night"
    (with ``before``, one that stands before that token)."""
    for child in verb.children:
        if before is not None and child.i >= before:
            continue
        if child.dep_ in ("npadvmod", "tmod", "advmod") and child.ent_type_ in ("DATE", "TIME"):
            return True
        if child.dep_ == "prep" and child.lower_ in ("on", "at", "in", "during", "late", "early"):
            if any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in child.children):
                return True
    return False


def _own_time_before_its_aim(verb, is_trigger) -> bool:
    """A verb with what it aims at ("agreed on Thursday to resume talks", "decided Friday to close the plant") whose
    time stands between the verb and the aim: the agreeing was on Thursday. "plans to vote on Tuesday" dates the
    vote, not the plan; an aim that is an event itself ("scrambled on Monday to knock down reports") takes the time,
    as the verb's event (``is_trigger`` tells a trigger lemma)."""
    aim = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    return aim is not None and _dated(verb, before=aim.i) and not is_trigger(aim.lemma_)


def _main_clause(verb) -> bool:
    """Whether a verb is the main verb of its sentence, joined to it by "and", or what a trailing attribution reports:
    the clause a time expression most surely belongs to (in "as the region reeled from the decision last week", the
    week is the decision's)."""
    while verb.dep_ == "conj":
        verb = verb.head
    if verb.dep_ == "ccomp" and verb.i < verb.head.i and verb.head.lemma_ in SPEECH_VERBS:
        verb = verb.head  # "A tornado tore through the town on Tuesday, officials said": the attribution trails
    return verb.dep_ == "ROOT"


#: Conjunctions that open a clause telling when the main clause happened ("after talks broke down on Monday").
TIME_CLAUSE_MARKS = ("after", "before", "when", "once", "until", "since")


#: Prepositions that close a range a "from" opened ("from Jan. 6 to Jan. 8", "from 2015 until 2019").
RANGE_ENDS = ("to", "until", "till", "through", "thru")


def _time_clause(verb) -> bool:
    """Whether a verb heads a clause of time hung on a main clause: its own date is its own ("disrupted on Wednesday
    after talks broke down on Monday afternoon": the talks broke down on Monday)."""
    return (verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_CLAUSE_MARKS for c in verb.children)
            and _main_clause(verb.head))


def _dated_verbs(doc, event_nouns) -> set[int]:
    """Indices of the verbs a date or time is attached to ("blocked ... on Monday"), found from the time words up:
    through a preposition, and past the nouns of the verb's own phrase, since a time after a noun tells when the
    clause's act happened ("tore through the town of Greenfield on Tuesday"), unless the noun is an event
    ("the vote on Tuesday")."""
    from .. import nlp

    out = set()
    for i in nlp.token_indices(doc, "ENT_TYPE", ("DATE", "TIME")):
        tok = doc[i]
        if tok.ent_iob_ != "B" and i and doc[i - 1].ent_type_ == tok.ent_type_:
            continue  # one climb per expression, from its first word
        node = tok
        while node.dep_ in ("compound", "amod", "nummod", "det") and node.head is not node:
            node = node.head  # from "Tuesday" in "Tuesday afternoon" to its head
        for _ in range(6):
            head = node.head
            if head is node:
                break
            if head.pos_ == "VERB":
                out.add(head.i)
                break
            if head.pos_ not in ("ADP", "NOUN", "PROPN") or (head.pos_ == "NOUN" and head.lemma_.lower() in event_nouns):
                break
            node = head
    return out


def _reported_content(verb) -> bool:
    """Whether a verb sits inside what a speech verb reports ("reported that the army was leaving")."""
    node = verb
    for _ in range(6):
        if node.head is node:
            return False
        marked = any(c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in node.children)
        if node.dep_ in ("ccomp", "acl") and marked and (node.head.lemma_ in SPEECH_VERBS or node.head.pos_ == "NOUN"):
            return True
        if node.dep_ not in ("conj", "xcomp", "ccomp", "advcl"):
            return False
        node = node.head
    return False


def _mentions(parsed) -> list[Mention]:
    from .. import nlp

    mentions: list[Mention] = []
    order = 0
    # lemmas the loop below can turn into an event (read from the tables now: they are overridable)
    verb_lemmas = (set(EVENT_VERBS) | {lemma for lemma, _ in EVENT_PHRASALS} | {"pass", "call", "hold", "convene"}
                   | {verb for verb, _ in LIGHT_VERB_EVENTS}
                   | STATEMENT_VERBS)
    noun_words = {key.rsplit(" ", 1)[-1] for key in EVENT_NOUNS}

    def triggers(lemma: str) -> bool:
        return lemma in verb_lemmas or lemma.lower() in noun_words

    for piece in parsed:
        if piece.part not in ("body", "caption"):
            continue
        doc = piece.doc
        starts = nlp.sentence_starts(doc)
        dated = _dated_verbs(doc, noun_words)
        # only verbs and nouns whose lemma is a trigger word can name an event: visit those tokens alone
        candidates = sorted((set(nlp.token_indices(doc, "POS", ("VERB", "AUX", "NOUN")))
                             | set(nlp.token_indices(doc, "TAG", lambda tag: tag.startswith("VB"))))
                            & (set(nlp.token_indices(doc, "LEMMA", triggers)) | dated))
        for tok in (doc[i] for i in candidates):
            kind = None
            # (or a verb the tagger read as a plural noun with an object: "Jan. 8 - Iran fires missiles at ...")
            verbal = tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") or (
                tok.tag_ == "NNS" and any(c.dep_ == "dobj" for c in tok.children))
            if verbal:
                children = list(tok.children)  # (spaCy makes each child anew on every walk)
                if any(c.dep_ == "neg" or (c.dep_ in ("nsubj", "nsubjpass") and any(
                        d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in children):
                    continue  # "did not vote", "No casualties were reported"
                particle = next((c.lower_ for c in children if c.dep_ == "prt"), None)
                objects = {c.lemma_.lower() for c in children if c.dep_ in ("dobj", "attr")}
                # the head noun the parser hung on its modifier: "issued a tsunami warning" read as "issued a
                # tsunami" with "warning" a clause on it
                objects |= {g.lower_ for c in children if c.dep_ == "dobj" for g in c.rights
                            if g.i == c.i + 1 and g.dep_ in ("acl", "compound", "appos")}
                occurred = _occurrence_kind(tok)
                if occurred is not None:  # "A powerful earthquake struck", "the quake hit": the earthquake itself
                    kind = occurred
                elif (tok.lemma_, particle) in EVENT_PHRASALS:
                    kind = EVENT_PHRASALS[(tok.lemma_, particle)]
                elif tok.lemma_ == "pass" and (objects & VOTE_OBJECTS or not objects and (
                        (doer := _subject(tok)) is not None and doer.lemma_.lower() in VOTE_OBJECTS)):
                    kind = "vote"  # "the Senate passed the bill", "the resolution passed on Tuesday"
                elif tok.lemma_ in ("call", "hold", "convene") and objects & set(MEETING_NOUNS):
                    kind = MEETING_NOUNS[next(iter(objects & set(MEETING_NOUNS)))]
                elif any((tok.lemma_, o) in LIGHT_VERB_EVENTS for o in objects):
                    kind = LIGHT_VERB_EVENTS[next((tok.lemma_, o) for o in sorted(objects)
                                                  if (tok.lemma_, o) in LIGHT_VERB_EVENTS)]
                elif tok.lemma_ in EVENT_VERBS and particle is None:
                    kind = EVENT_VERBS[tok.lemma_]
                elif tok.lemma_ in STATEMENT_VERBS and (_dated(tok) or _chronology_entry(tok)):
                    kind = "statement"
                elif (tok.pos_ == "VERB" and (tok.lemma_.lower() not in LIGHT_VERBS
                                              # "stayed the order": a court's act, with an object
                                              or (tok.lemma_.lower() == "stay" and any(c.dep_ == "dobj" for c in tok.children)))
                      and (_main_clause(tok) or _time_clause(tok))
                      and tok.i in dated and (not any(c.dep_ == "xcomp" for c in tok.children)
                                              or _own_time_before_its_aim(tok, triggers))):
                    kind = "action"  # a dated act of another verb: one event per verb and doer, as statements
                    doer = _subject(tok)
                    if doer is not None and doer.lower_ in ("i", "we", "you"):
                        continue  # the writer's own habits ("I have covered the budget since 2011") are no story event
                if kind is None:
                    continue
                past = _is_past(tok) or _chronology_entry(tok)
                if (not past and piece.part == "body") or _reported_content(tok):
                    continue
                subject = _referent(_subject(tok))
            elif tok.pos_ == "NOUN":
                compound = " ".join(c.lower_ for c in tok.children if c.dep_ == "compound")
                key = f"{compound} {tok.lemma_.lower()}".strip()
                kind = EVENT_NOUNS.get(key) or EVENT_NOUNS.get(tok.lemma_.lower())
                if kind is None or tok.dep_ in ("dobj",) and tok.head.lemma_ in ("call", "hold", "convene"):
                    continue
                past, subject = not _ahead(tok), None
            else:
                continue
            import bisect
            sentence = max(0, bisect.bisect_right(starts, tok.i) - 1)
            paragraph = piece.index
            mentions.append(Mention(kind, tok, verbal, piece.part, paragraph, sentence, order, subject, past))
            order += 1
    return mentions


def _place(mentions: list[Mention], default_tz: str, dateline: bool = False) -> tuple[str, str]:
    """The place of an event and its time zone: a location after "in"/"at" (of the verb, or of its object: "struck a
    base in western Iraq"), else a place word in the subject. Under a ``dateline`` a place word in the subject names
    the place but not the clock: a story filed from Washington tells "Iran fired missiles late Tuesday" on
    Washington's clock, as wire style has it."""
    for m in mentions:
        if not m.verbal:
            continue
        objects = [c for c in m.head.children if c.dep_ in ("dobj", "nsubjpass")]
        for child in [*m.head.children, *(c for o in objects for c in o.children)]:
            if child.dep_ == "prep" and child.lower_ in ("in", "at"):
                for obj in child.children:
                    compounds = [c for c in obj.children if c.dep_ == "compound"]
                    name = " ".join(t.lower_ for t in sorted([*compounds, obj], key=lambda t: t.i))
                    zone = PLACE_TIMEZONES.get(name) or (zone_cities().get(name) if obj.ent_type_ == "GPE" else None)
                    if compounds and zone:
                        return " ".join(t.text for t in sorted([*compounds, obj], key=lambda t: t.i)), zone
                    if compounds and obj.pos_ == "PROPN":
                        continue  # a name of several words is one place: "British Columbia" is not Britain
                    for w in [obj, *compounds]:
                        if w.lower_ in PLACE_TIMEZONES:
                            return w.text, PLACE_TIMEZONES[w.lower_]
                        if w.is_title and w.ent_type_ == "GPE" and w.lower_ in zone_cities():
                            return w.text, zone_cities()[w.lower_]
    places = None  # longest first, sorted once per call (the table is overridable, so not once per module)
    for m in mentions:
        if m.subject is None and m.verbal:
            continue
        # the subject's words; a noun's own ("Iraq's parliament votes", "the Iraqi vote")
        words = m.subject.subtree if m.subject is not None else (t for t in m.head.subtree if t.i <= m.head.i)
        phrase = " ".join(t.lower_ for t in words)
        if places is None:
            places = _from_table("places by length", PLACE_TIMEZONES, lambda t: sorted(t, key=len, reverse=True))
        for place in places:
            # the substring test first: the pattern can only match where the place's words are written
            if place in phrase and re.search(rf"(?<![\w.]){re.escape(place)}(?![\w])", phrase):
                return (place.title() if not re.search(r"\.", place) else place.upper(),
                        default_tz if dateline else PLACE_TIMEZONES[place])
    return "", default_tz


#: Prepositions whose object a label names when the verb has none ("votes on resolution", "breaks through cordon").
LABEL_PREPOSITIONS = ("on", "to", "from", "against", "with", "in", "at", "through", "into", "across", "over", "onto",
                      "toward", "towards")


def _noun_label(head) -> str:
    """A label for an event named by a noun: its phrase, whose it is and what it is of, by, with or on ("Trump's
    speech" -> "Trump speech", "a speech by Andrew Jackson in 1830" -> "Speech by Andrew Jackson"); never a time."""
    # (a conjunct that is another event stays, "the vote and the protests"; people and things the parser joined to
    # it do not: "donors of the 2012 election, billionaire Sheldon Adelson and his wife")
    words = _compact(head, conjunct=lambda t: t.lemma_.lower() in EVENT_NOUNS)
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                  and c.ent_type_ not in ("DATE", "TIME")), None)
    if owner is not None:
        words = f"{_compact(owner)} {words}"
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "by", "with", "on", "against", "from", "between") \
                and child.i > head.i:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):
                words = f"{words} {child.text} {_compact(pobj)}"
                break
    return words[:1].upper() + words[1:]


def _label(event: Event) -> str:
    """A short label in the present tense: subject, verb, object ("Chilean senate votes on budget")."""
    verbal = [m for m in event.mentions if m.verbal and m.subject is not None]
    m = verbal[0] if verbal else (event.mentions[0] if event.mentions else None)
    if m is None:
        return event.kind
    if not m.verbal:
        return _noun_label(m.head)
    head = m.head
    subject = m.subject
    if event.kind == "end" and getattr(event, "of_word", None):
        return f"{event.of_word.capitalize()} ends"
    passive = any(c.dep_ == "auxpass" for c in head.children) or (
        head.dep_ == "conj" and head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.head.children))
    if passive:  # "was arrested (and released)": "Man is arrested"
        verb = ("are " if subject is not None and _plural(subject) else "is ") + head.text.lower()
    else:
        verb = head.lemma_ if subject is not None and _plural(subject) else _conjugate(head.lemma_)
    particle = next((c.text for c in head.children if c.dep_ == "prt"), "")
    obj = ""
    for child in head.children:
        if child.dep_ in ("dobj", "attr"):
            obj = _compact(child)
            after = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
            if after is not None and after.head.i == child.i and (head.lemma_, after.lower_) in LIGHT_VERB_EVENTS:
                obj = f"{obj} {after.text}"  # "issues tsunami warning" (the parser hung "warning" on "tsunami")
            break
        if child.dep_ == "prep" and child.lower_ in LABEL_PREPOSITIONS and child.i > head.i:  # not "In contrast, ..."
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            # a time is when the event happened, not what it is about ("met on Feb. 27", "strike from March 12")
            if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):
                obj = f"{child.text} {_compact(pobj)}"
                break
    if passive and not obj:  # what they were told, ordered or forced to do: "Thousands are ordered to leave homes"
        to_do = next((c for c in head.children if c.dep_ == "xcomp" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if to_do is not None:
            what = next((c for c in to_do.children if c.dep_ in ("dobj", "attr")), None)
            obj = " ".join(w for w in ("to", to_do.lemma_, _compact(what)) if w)
    subject_text = _compact(subject) if subject is not None else ""
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) \
        if subject is not None else None
    if owner is not None and subject_text:  # "Iraq's parliament voted": whose parliament is part of the label
        mark = next((c.text for c in owner.children if c.dep_ == "case"), "'s")  # ("Workers' Party": its own mark)
        subject_text = f"{_compact(owner)}{mark} {subject_text}"
    words = " ".join(w for w in (subject_text, verb, particle, obj) if w)
    return words[:1].upper() + words[1:]


def _actors(event: Event) -> list[str]:
    found: list[str] = []
    for m in event.mentions:
        spans = []
        if m.subject is not None:
            spans.append(m.subject)
        if m.verbal:
            spans.extend(c for c in m.head.children if c.dep_ == "agent")
        if not spans:
            continue
        starts, names = _actor_entities(m.head.doc)
        for root in spans:
            left, right = root.left_edge.i, root.right_edge.i  # (once, not two new Tokens per entity)
            for name in names[bisect.bisect_left(starts, left):bisect.bisect_right(starts, right)]:
                if name not in found:
                    found.append(name)
    return found


def _actor_entities(doc) -> tuple[list[int], list[str]]:
    """The start and name ("the" taken off) of every person, organization, place and group entity of ``doc``, in
    order, made once per Doc (``_actors`` read every entity's label and text for each subject of each event)."""
    from .. import nlp

    found = doc.user_data.get("_events_actor_entities")
    if found is None:
        kept = [ent for ent in nlp.ents(doc) if ent.label_ in ("PERSON", "ORG", "GPE", "NORP")]
        found = doc.user_data["_events_actor_entities"] = (
            [ent.start for ent in kept], [re.sub(r"^the\s+", "", ent.text, flags=re.I) for ent in kept])
    return found


# ------------------------------------------------------------------------------------------------- grouping
def _indefinite(m: Mention) -> bool:
    """A noun that brings in an event of its own: "a vote on January 15", "another election" (not "the vote")."""
    return not m.verbal and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in m.head.children)


def _core_words(m: Mention) -> tuple[set[str], set[str]]:
    """The words that say who did it and to whom: the subject's and the object's head with its compounds and names
    ("drone strike", "Qassem Soleimani"), lower case; not the phrases hung on them ("at Soleimani's burial")."""
    def core(token) -> set[str]:
        if token is None:
            return set()
        return {t.lemma_.lower() for t in [token, *token.children] if t is token or (
            t.dep_ in ("compound", "flat", "nmod", "amod") and t.pos_ in ("NOUN", "PROPN", "ADJ")
            and t.ent_type_ not in ("DATE", "TIME"))}
    subject = getattr(m.subject, "root", m.subject)  # (a Span or a Token)
    obj = next((c for c in m.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return core(subject), core(obj)


#: A day named in a date entity: a weekday, a month and its day, "yesterday", "today" (not "25-year-old", "decades").
_NAMED_DAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                        r"nov|dec)[a-z]*\.?\s+\d|\b(?:yesterday|today)\b")


def _sentence_dates(m: Mention) -> frozenset[str]:
    """The days the mention's sentence names (spaCy's DATE entities with a weekday or a month's day), lower case;
    read once per mention (``_group`` compares every mention of a kind with every one before it)."""
    if m.dates is None:
        from .. import nlp

        doc = m.head.doc
        first, last = nlp.sentence_span(doc, m.head.i)
        texts = []
        for ent in nlp.ents(doc):  # (``m.head.sent.ents``: spaCy makes the sentence, then every entity, anew)
            if ent.start >= first:
                if ent.end > last:
                    break
                if ent.label_ == "DATE" and _NAMED_DAY.search(text := ent.text.lower()):
                    texts.append(text)
        m.dates = frozenset(texts)
    return m.dates


def _distinct(a: Mention, b: Mention) -> bool:
    """Two verbal mentions of one kind that tell two events: each in a sentence with a date of its own, each with
    its own doer and its own object, none of them shared ("Jan. 3 - A drone strike kills Soleimani" and "Jan. 7 - A
    stampede kills 56 people"; not "the United States killed Soleimani" and "a U.S. drone strike kills Soleimani",
    nor "a couple sued the city" and "the Does filed the lawsuit", which no dates tell apart)."""
    if not (a.verbal and b.verbal):
        return False
    da, db = _sentence_dates(a), _sentence_dates(b)
    if not (da and db) or da & db:
        return False
    (sa, oa), (sb, ob) = _core_words(a), _core_words(b)
    return bool(sa and oa and sb and ob) and not ((sa | oa) & (sb | ob))


#: Verbs that say an event happened, whose subject names the event: "an earthquake struck", "the blast hit",
#: "fighting erupted", "the storm made landfall" is not one (landfall is its own event).
OCCURRENCE_VERBS = {"strike", "hit", "occur", "happen", "rock", "jolt", "shake", "erupt", "unfold", "take"}


def _occurrence_kind(verb) -> str | None:
    """The kind of the event a verb of occurrence reports by its subject ("A powerful earthquake struck Taiwan": an
    earthquake), so that "the quake hit at 7:58" and "the quake" are the same event and not a military strike."""
    if verb.lemma_.lower() not in OCCURRENCE_VERBS:
        return None
    if verb.lemma_.lower() == "take" and not any(c.lower_ == "place" for c in verb.children):
        return None  # ("the vote took place")
    subject = _subject(verb)
    root = getattr(subject, "root", subject)
    return EVENT_NOUNS.get(root.lemma_.lower()) if root is not None and root.pos_ == "NOUN" else None


def _group(mentions: list[Mention]) -> list[Event]:
    events: list[Event] = []
    by_kind: dict = {}  # kind (or kind and speaker) -> its events, latest last
    for m in mentions:
        # statements are told apart by who made them; other kinds of event are one event per kind, unless two
        # mentions of the kind name different doers and different objects (``_distinct``: a timeline's two killings)
        key = ((m.kind, _compact(m.subject).lower()) if m.kind == "statement" else
               (m.kind, m.head.lemma_, _compact(m.subject).lower()) if m.kind == "action" else m.kind)
        same = [e for e in by_kind.get(key, []) if not any(_distinct(m, x) for x in e.mentions)]
        if same and not _indefinite(m):
            same[-1].mentions.append(m)
            continue
        if not m.verbal:
            continue  # nominal mentions join a verbal event of their kind, or are added below when needed
        event = Event(id="", kind=m.kind, mentions=[m])
        by_kind.setdefault(key, []).append(event)
        events.append(event)
    events.sort(key=lambda e: e.mentions[0].order)
    return events


# ------------------------------------------------------------------------------------------------- constraints
def _seconds(value) -> float:
    return pd.Timedelta(value).total_seconds()


def _window(earliest: pd.Timestamp, latest: pd.Timestamp) -> str:
    """A time window in words: a day's names the day once ("Mon 02 Mar 2020 00:00–23:59"), a longer one both ends."""
    if _shorter_than_a_day(earliest, latest):
        return f"{earliest:%a %d %b %Y %H:%M}–{latest:%H:%M}"
    return f"{earliest:%a %d %b %Y %H:%M} – {latest:%a %d %b %Y %H:%M}"


_DAY_NANOS = 86_400 * 10**9


def _shorter_than_a_day(earliest: pd.Timestamp, latest: pd.Timestamp) -> bool:
    """``latest - earliest < pd.Timedelta(days=1)``, from the two instants' nanoseconds for times with zones (the
    subtraction made a Timedelta for each constraint); anything else, or a difference no Timedelta holds, as written."""
    if type(earliest) is pd.Timestamp and type(latest) is pd.Timestamp and earliest.tzinfo is not None \
            and latest.tzinfo is not None:
        difference = latest.value - earliest.value
        if abs(difference) < 2**63 - 1:
            return difference < _DAY_NANOS
    return latest - earliest < pd.Timedelta(days=1)


#: From a day's midnight to its last second.
_DAY_LESS_A_SECOND = pd.Timedelta(days=1) - pd.Timedelta(seconds=1)


def _stamp(ts: pd.Timestamp) -> float:
    return ts.timestamp()


def _quote(tok_or_span, width: int = 60) -> str:
    sent = tok_or_span.sent if hasattr(tok_or_span, "sent") else tok_or_span
    text = sent.text.strip()
    return text if len(text) <= width else text[:width].rsplit(" ", 1)[0] + "…"


def _local_bounds(row, tz: str, placed: bool = True) -> tuple[pd.Timestamp, pd.Timestamp]:
    """A time expression's bounds read on the event's clock: a day in Tokyo is Tokyo's day, and so is a clock reading
    in "local time" ("at 1:30 a.m. local time" in Baghdad). "Local time" where the event is ``placed`` nowhere (no
    place the zone table knows, no dateline) may be any clock on Earth: from UTC+14 to UTC-12."""
    earliest, latest = row["earliest"], row["latest"]
    local = "local time" in row["text"].lower()
    if local and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", str(row["value"])):
        # the wall clock the text gives ("7:58 a.m. local time" is 07:58 there), whichever clock the time
        # expressions read it on (the dateline's city's, or the article's)
        wall = pd.Timestamp(row["value"])
        earliest, latest = (wall.tz_localize(str(earliest.tz)),
                            (wall + (latest - earliest).to_pytimedelta()).tz_localize(str(earliest.tz)))
    if not placed and local:
        return (earliest.tz_localize(None).tz_localize("Etc/GMT-14").tz_convert(tz),
                latest.tz_localize(None).tz_localize("Etc/GMT+12").tz_convert(tz))
    if str(earliest.tz) != tz and (row["granularity"] in ("day", "part-of-day", "week", "month", "year", "weekend")
                                   or local):
        earliest = timex.wall_time(earliest.tz_localize(None), tz)  # (Havana's midnight a clock change skips: 01:00)
        latest = timex.wall_time(latest.tz_localize(None), tz)
    return earliest, latest


#: Kinds of event a bare month and day before them can name rather than date: "the Sept. 11 attacks", "the Jan. 6
#: attack", "the 7/7 bombings" are remembered by their date years later, so such a date (no year, no weekday, no "'s")
#: names no new event of the story's own time.
EPONYMOUS_KINDS = {"attack", "bombing", "killing", "shooting", "explosion"}


def _eponymous(row: dict, root, head) -> bool:
    """A month and day naming an attack rather than dating one (``EPONYMOUS_KINDS``)."""
    return (root.dep_ != "poss" and row["granularity"] == "day" and EVENT_NOUNS.get(head.lemma_.lower()) in EPONYMOUS_KINDS
            and not timex.WEEKDAY_IN_SPAN.search(row["text"])
            and not re.search(r"\d{4}|['’]\d\d\b|\b(?:yesterday|today)\b", row["text"], re.I))


def _not_the_events_time(root, index: dict[int, Event], granularity: str) -> bool:
    """A time that dates something other than the event it stands near: the year of a thing it acts on ("released
    Trump's 1995 tax filings", "written after the 2009 cuts", "tax returns from 1995"; not the subject's, "a 2014 study found", nor a day's,
    "condemned Friday's test", nor a noun the event happened in or at: "scored in the 2014 final"), or the standard
    of a comparison ("fell by half in January compared with December")."""
    noun = root.head
    if root.dep_ == "pobj" and noun.lower_ in ("from", "of") and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "published portions of Trump's tax returns from 1995"
    elif root.dep_ not in ("compound", "nummod", "amod", "poss"):
        noun = None
    if (granularity in ("year", "decade", "century") and noun is not None
            and noun.pos_ in ("NOUN", "PROPN") and noun.i not in index and noun.lemma_.lower() not in EVENT_NOUNS
            and noun.dep_ not in ("nsubj", "nsubjpass")
            and not (noun.dep_ == "pobj" and noun.head.lower_ in ("in", "at", "during", "on", "amid"))):
        return True
    node = root
    for _ in range(4):
        if node.head.i == node.i:
            break
        node = node.head
        if node.lemma_.lower() in ("compare", "than", "versus", "vs", "vs."):
            return True
    return False


def _event_of_token(tok, index: dict[int, Event]):
    """The event a token belongs to: itself, or the nearest trigger among its heads (a non-trigger verb passes
    its event to a trigger in its xcomp: "scrambled to knock down")."""
    return _event_and_trigger(tok, index)[0]


def _event_and_trigger(tok, index: dict[int, Event]) -> tuple[Event | None, int | None]:
    """``_event_of_token``, and the index of the trigger word it was found through."""
    seen = 0
    node = tok
    while seen < 10:
        if node.i in index:
            return index[node.i], node.i
        for child in node.children:
            if child.dep_ == "xcomp" and child.i in index:
                return index[child.i], child.i
        if node.i != tok.i and node.pos_ in ("VERB", "AUX") and node.dep_ in EMBEDDED_CLAUSES and (
                node.dep_ not in ("advcl", "acl")
                or any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in node.children)
                or (node.dep_ == "advcl" and node.i > node.head.i)) or _intended(node):
            # the time is that clause's own ("denied a report that he had surgery last month", "after it fired
            # on Monday", a trailing consequence: "voted to strike, threatening flights over the holidays"); a
            # participle before its clause, or on a noun, shares its time ("Speaking on Monday, she denied ...",
            # "rejected it in a ruling released Thursday")
            return None, None
        if node.i != tok.i and node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return None, None  # a clause of its own joined by "and": "presented the budget on Wednesday, and the new tax
            #              slabs take effect on April 1" (April is the slabs', not the budget's)
        if node.head.i == node.i:
            return None, None
        node = node.head
        seen += 1
    return None, None


def _duration_near(signal, frame_durations) -> tuple[pd.Timedelta, pd.Timedelta, str] | None:
    """The vague or exact duration attached to an ordering word ("just hours after", "two days before")."""
    sent = signal.sent
    for row in frame_durations:
        if row["_sent_start"] != sent.start_char:
            continue
        if row["end"] <= signal.idx and signal.idx - row["end"] <= 3:
            return row["min_duration"], row["max_duration"], row["text"]
    return None


#: Solved networks, per article and inputs (most recent last), so ``events`` then ``gap`` solve once.
_CACHE_SIZE = 64
_cache: "OrderedDict[str, tuple]" = OrderedDict()
_lock = threading.Lock()


def _read_known_times(known_times) -> pd.DataFrame | None:
    """The ``known_times`` table (a DataFrame, or a CSV path; None or "" for none), its columns checked."""
    if known_times is None or (isinstance(known_times, str) and not known_times.strip()):
        return None
    table = known_times
    if not isinstance(table, pd.DataFrame):
        from ..params import resolve_path

        path = resolve_path(str(known_times)) if isinstance(known_times, str) else Path(known_times)
        if path.is_dir():
            raise ParameterError(f"known_times: {str(known_times)!r} is a folder; give a CSV file with columns "
                                 "event, earliest, latest, timezone, source, or None")
        if not path.is_file():
            raise ParameterError(f"known_times: file {str(known_times)!r} does not exist; give a CSV with columns "
                                 "event, earliest, latest, timezone, source (relative to the project root), or None")
        try:
            table = pd.read_csv(path, keep_default_na=False, dtype=str)
        except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as error:
            raise ParameterError(f"known_times: cannot read {str(known_times)!r} as CSV ({error}); expected columns "
                                 "event, earliest, latest, timezone, source") from None
    missing = {"event", "earliest", "latest", "timezone"} - set(table.columns)
    if missing:
        semicolons = len(table.columns) == 1 and ";" in str(table.columns[0])
        raise ParameterError(f"known_times: missing column(s) {sorted(missing)}; expected event, earliest, latest, "
                             "timezone, source" + ("; the file looks separated by ';': separate columns with commas"
                                                   if semicolons else ""))
    for n, row in enumerate(table.to_dict("records"), 1):
        where = f"known_times row {n} ({str(row['event'])!r})"
        for column in ("earliest", "latest"):
            value = _cell(row[column])
            if value and not ISO_TIME.fullmatch(value):
                raise ParameterError(f"{where}: {column} {value!r} is not an ISO date or time (a date such as "
                                     "04/03/2025 reads two ways); write e.g. 2024-03-01 or 2024-03-01 14:30")
        zone = str(row.get("timezone") or "").strip()
        if zone:
            try:
                pd.Timestamp("2000-01-01").tz_localize(zone)
            except Exception:  # noqa: BLE001 - pytz/zoneinfo raise their own errors for unknown zone names
                raise ParameterError(f"{where}: time zone {zone!r} is not an IANA zone name; write e.g. Asia/Baghdad "
                                     "or America/New_York, or leave it empty for the event's own") from None
        low, high = (_cell(row[c]) for c in ("earliest", "latest"))
        if low and high and _parse_local(low, zone or "UTC", end=False) > _parse_local(high, zone or "UTC", end=True):
            raise ParameterError(f"{where}: earliest {low!r} is after latest {high!r}; swap them")
    return table


#: A date or time in a known_times file: ISO 8601, to the day, minute or second, with an optional UTC offset.
ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?")


def _cell(value) -> str:
    """A known_times cell as text; empty for an open bound (blank, None, NaN, NaT)."""
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value).strip()


def read_known_times(known_times) -> pd.DataFrame | None:
    """The user's known times as a table (see ``events``), or None when none are given; bad input: ParameterError."""
    return _read_known_times(known_times)


def _cache_key(article, table: pd.DataFrame | None) -> str:
    """The article's parse key plus everything else the solved network depends on: publication time and zone,
    the user's known times, and the overridable tables (vague time words, place time zones)."""
    from .. import nlp

    digest = hashlib.sha256(nlp._key(article).encode())
    ref = getattr(article, "published", None)
    digest.update(f"\x00{ref!r}\x00{getattr(article, 'timezone', None)}\x00"
                  f"{getattr(article, 'published_precision', None)}\x00".encode())
    if table is not None:
        digest.update(table.to_csv(index=False).encode())
    digest.update(b"\x01" + timex._vague_time_digest().encode())
    digest.update(_from_table("places as text", PLACE_TIMEZONES, lambda t: repr(sorted(t.items())).encode()))
    return digest.hexdigest()


_TABLE_VIEWS: dict[str, tuple[dict, object]] = {}


def _from_table(name: str, table: dict, make):
    """``make(table)`` for a table of words that may be edited at any time (``PLACE_TIMEZONES``), made again only
    when the table differs from the copy it was last made from: sorting the table or writing it out for a cache key
    on every event and article showed in profiles. Tables holding anything but text are not kept (their values may
    be equal and yet read differently)."""
    entry = _TABLE_VIEWS.get(name)
    if entry is not None and entry[0] == table and list(entry[0]) == list(table):  # (same words in the same order)
        return entry[1]
    made = make(table)
    if all(type(k) is str and type(v) is str for k, v in table.items()):
        _TABLE_VIEWS[name] = (dict(table), made)
    else:
        _TABLE_VIEWS.pop(name, None)
    return made


def clear_cache() -> None:
    """Forget every solved network (they are rebuilt on the next call); ``nlp.clear_cache`` calls it too."""
    with _lock:
        _cache.clear()


def _register_clear() -> None:
    from .. import nlp

    nlp.on_clear(clear_cache)


_register_clear()


def _build(article, known_times=None):
    """The events of ``article`` and their solved network, from the cache when the same inputs were solved."""
    table = _read_known_times(known_times)
    key = _cache_key(article, table)
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    result = _solve(article, table)
    with _lock:
        _cache[key] = result
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return result


def _records(frame: pd.DataFrame, only: Iterable[str] | None = None) -> list[dict]:
    """``frame.to_dict("records")``, the same values, read column by column: pandas' own path cuts every column
    out of the frame once per call through ``itertuples``, a cost that shows on every article. Frames with repeated
    column names or masked (nullable) dtypes take pandas' path. ``only``: keep just these columns (those present)."""
    from pandas.api.types import is_extension_array_dtype
    from pandas.core.arrays.masked import BaseMaskedDtype
    from pandas.core.dtypes.cast import maybe_box_native

    columns = list(frame.columns)
    dtypes = frame._mgr.get_dtypes().tolist()  # (``frame.dtypes`` makes a Series)
    if len(set(columns)) != len(columns) or any(isinstance(d, BaseMaskedDtype) for d in dtypes):
        return frame.to_dict("records")
    places = list(range(len(columns)))
    if only is not None:
        wanted = set(only)
        places = [k for k in places if columns[k] in wanted]
        columns = [columns[k] for k in places]
    lists = []
    for k in places:  # each column's values as ``frame[column].tolist()`` gives them, without making the Series
        values = frame._mgr.iget_values(k).tolist()
        if dtypes[k] == object or is_extension_array_dtype(dtypes[k]):  # as pandas boxes them
            values = [maybe_box_native(v) for v in values]
        lists.append(values)
    return [dict(zip(columns, row)) for row in zip(*lists)] if columns else [{} for _ in range(len(frame))]


#: The columns of ``time_expressions`` that ``_solve`` reads.
_TIME_COLUMNS = ("part", "paragraph", "start", "end", "text", "kind", "value", "earliest", "latest", "granularity",
                 "min_duration", "max_duration")


def _solve(article, known_times: pd.DataFrame | None):
    from .. import nlp

    parsed = nlp.parse(article)
    ref, tz = timex.article_reference(article)
    times = timex._time_table(article, copy=False)  # (read, never changed: no copy of the remembered table)
    paragraph_at = nlp.paragraph_finder(article)  # (``article.paragraph_at`` finds the paragraphs anew each call)
    mentions = _mentions(parsed)
    events = _group(mentions)
    token_event: dict[tuple[int, int], Event] = {}
    home_place, home_tz = dateline_place(article) or ("", tz)

    def locate(event: Event) -> None:  # its own place, else the dateline's city, else the article's clock
        event.place, event.timezone = _place(event.mentions, home_tz, dateline=bool(home_place))
        event.place = event.place or home_place

    for event in events:
        locate(event)
    docs = {(p.part, p.index): p for p in parsed}

    def add_nominal(m: Mention) -> Event:
        event = Event(id="", kind=m.kind, mentions=[m])
        locate(event)
        events.append(event)
        return event

    by_kind = {e.kind: e for e in events}
    constraints: list[Constraint] = []
    index = {}  # (part, paragraph index) -> {token i -> Event}
    for event in events:
        for m in event.mentions:
            index.setdefault((m.part, m.paragraph if m.part == "caption" else 0), {})[m.head.i] = event

    def nominal_event(tok, key) -> Event | None:
        kind = EVENT_NOUNS.get(tok.lemma_.lower())
        if kind is None:
            return None
        event = by_kind.get(kind)
        if event is None:
            m = next((m for m in mentions if m.head.i == tok.i and m.head.doc is tok.doc), None)
            if m is None:
                return None
            event = add_nominal(m)
            by_kind[kind] = event
        index.setdefault(key, {})[tok.i] = event
        return event

    # time expressions attached to events
    durations = []
    # (part, token of a time's root) -> (its constraint, its words, its window), for the times joined to it by "and"
    attached: dict[tuple, tuple[Constraint, str, pd.Timestamp, pd.Timestamp]] = {}
    possessed: dict[str, Event] = {}  # kind -> the event a possessive time named first ("Monday's debate")
    records = _records(times, _TIME_COLUMNS)  # once for the article, not once per part
    for piece in parsed:
        key = (piece.part, piece.index)
        doc = piece.doc
        rows = [r for r in records if r["part"] == piece.part and (piece.part != "caption" or r["paragraph"] == piece.index)]
        for row in rows:
            span = doc.char_span(row["start"], row["end"], alignment_mode="expand")
            if span is None:
                continue
            row["_sent_start"] = doc[_sentence_start(doc[span.start])].idx  # (``span.sent.start_char``)
            if row["kind"] == "DURATION":
                durations.append(row)
                continue
            if pd.isna(row["earliest"]) or row["granularity"] in ("vague", "ref"):
                continue
            head = span.root.head
            # "ran from Jan. 6 to Jan. 8", "served from 2015 to 2019": the end of a range opened by "from" joins it
            ends_range = head.dep_ == "prep" and head.lower_ in RANGE_ENDS
            opened = attached.get((key, "from", head.head.i)) if ends_range else None
            if opened is None and head.dep_ == "prep" and head.lower_ in TARGET_PREPOSITIONS:
                continue  # "postponed until Tuesday", "due by Friday": a time the event points at, not its own
            # a new event named by a noun with its own time: "a vote on January 15", "a hearing next week"
            # and one a time before it names, possessive or modifier: "Monday's debate", "last week's attack", "the
            # Aug. 7 bombings", "the 2016 election" (that day's, whatever came before it)
            possessive = span.root.dep_ in ("poss", "nmod", "nummod", "compound") and head.pos_ == "NOUN" \
                and span.root.i < head.i and not _eponymous(row, span.root, head)
            noun = head.head if head.dep_ == "prep" and head.lower_ in ("on", "in", "at", "for") else (
                head if span.root.dep_ in ("npadvmod", "tmod") or possessive else None)
            # (not one where something else happened: "approved it at a meeting on Tuesday" dates the approval)
            new = noun is not None and noun.i not in index.get(key, {}) and not (
                noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during", "in", "amid")
                and noun.head.head.i in index.get(key, {})) and next(
                (m for m in mentions if m.head.i == noun.i and m.head.doc is noun.doc and (possessive or _indefinite(m))),
                None)
            if new and possessive and new.kind in possessed:
                # "Monday's debate" told again is the same debate; one whose day cannot be the first's is split off
                # below, as any mention of a kind whose times disagree
                possessed[new.kind].mentions.append(new)
                index.setdefault(key, {})[noun.i] = possessed[new.kind]
            elif new:
                index.setdefault(key, {})[noun.i] = add_nominal(new)
                if possessive:
                    possessed[new.kind] = index[key][noun.i]
            # a chronology's line ("- Jan. 5: Iraq's parliament votes to expel U.S. troops"): its date is the time of
            # every event told on the line, whatever the parser made of the fragment
            text = _doc_text(doc)
            line_start = text.rfind("\n", 0, span.start_char) + 1
            if span.start_char - line_start <= 4 and CHRONOLOGY_ENTRY.match(text[line_start:line_start + 60]):
                line_end = text.find("\n", span.end_char)
                line_end = len(text) if line_end < 0 else line_end
                line = [m for m in mentions if m.part == piece.part and m.head.doc is doc
                        and line_start <= m.head.idx < line_end]
                targets: list[Event] = []
                for m in line:  # what the line tells in verbs; else in nouns ("Iraq's parliament votes to ...")
                    on_line = index.get(key, {}).get(m.head.i)
                    if on_line is None and not m.verbal and not any(n.verbal for n in line):
                        on_line = add_nominal(m)
                        index.setdefault(key, {})[m.head.i] = on_line
                    if on_line is not None and on_line not in targets:
                        targets.append(on_line)
                for target in targets:
                    low, high = _local_bounds(row, target.timezone, placed=bool(target.place))
                    cue = (f'"{row["text"]}" ({piece.part} paragraph {row["paragraph"]}): within {_window(low, high)} '
                           f'{target.timezone}')
                    constraint = Constraint(0, -1, _stamp(low), _stamp(high), cue, "text")
                    constraint.event, constraint.mention = target, None  # type: ignore[attr-defined]
                    constraints.append(constraint)
                continue
            if _not_the_events_time(span.root, index.get(key, {}), row["granularity"]):
                continue
            event, trigger = _event_and_trigger(span.root, index.get(key, {}))
            if event is None:
                continue
            earliest, latest = _local_bounds(row, event.timezone, placed=bool(event.place))
            # the same kind of event told again with a time that cannot be the first's is another event: "Romney
            # released his returns in 2012 ... Clinton released hers this year", "he said in August" / "said Friday"
            mention = next((m for m in event.mentions if m.head.i == trigger and m.part == piece.part
                            and m.head.doc is doc), None)
            if mention is not None and mention is not event.mentions[0] and any(
                    getattr(c, "event", None) is event and getattr(c, "mention", None) is not mention
                    and (_stamp(latest) < c.lo or _stamp(earliest) > c.hi) for c in constraints):
                event.mentions.remove(mention)
                event = add_nominal(mention)
                index.setdefault(key, {})[trigger] = event
            # "in January and February", "between 2019 and 2023": times joined by "and"/"or" bound the event together
            # (their span, from the first's start to the last's end), never two windows that contradict each other
            joined = attached.get((key, span.root.head.i)) if span.root.dep_ == "conj" else opened
            texts = f'"{row["text"]}"'
            if joined is not None and joined[0].event is event:  # type: ignore[attr-defined]
                texts = f"{joined[1]} {'to' if joined is opened else 'and'} {texts}"
                earliest, latest = min(joined[2], earliest), max(joined[3], latest)
                # the first time's window gives way to the joined one (by identity: equal cues may be other events')
                constraints[:] = [c for c in constraints if c is not joined[0]]
            cue = f'{texts} ({piece.part} paragraph {row["paragraph"]}): within {_window(earliest, latest)} {event.timezone}'
            constraint = Constraint(0, -1, _stamp(earliest), _stamp(latest), cue, "text")
            constraint.event = event  # type: ignore[attr-defined]
            constraint.mention = mention  # type: ignore[attr-defined]
            constraints.append(constraint)
            attached[(key, span.root.i)] = (constraint, texts, earliest, latest)
            if head.dep_ == "prep" and head.lower_ == "from":  # the "to" may hang on the same word, the "from" or its time
                for word in (head.head.i, head.i, span.root.i):
                    attached[(key, "from", word)] = attached[(key, span.root.i)]

    # ordering cues
    previous: dict[str, Event | None] = {"last": None}
    sequence = []
    for piece in parsed:
        if piece.part != "body":
            continue
        key = (piece.part, 0)
        local = index.get(key, {})
        # the only words the loop below acts on: ordering words and sequence adverbs
        cue_positions = nlp.token_indices(piece.doc, "LOWER", AFTER_WORDS | BEFORE_WORDS | set(SEQUENCE_ADVERBS))
        for sent in piece.doc.sents:
            sent_events = []
            for i in range(sent.start, sent.end):
                if i in local and local[i] not in sent_events:
                    sent_events.append(local[i])
            first = bisect.bisect_left(cue_positions, sent.start)
            for tok in [piece.doc[i] for i in cue_positions[first:bisect.bisect_left(cue_positions, sent.end)]]:
                word = tok.lower_
                if word in AFTER_WORDS | BEFORE_WORDS and tok.dep_ in ("mark", "prep", "advmod", "pcomp"):
                    target = None
                    if tok.dep_ == "mark":
                        target = tok.head if tok.head.i in local else None
                        target_event = local.get(tok.head.i)
                        main = _event_of_token(tok.head.head, local) if tok.head.head is not tok.head else None
                    else:
                        pobj = next((c for c in tok.children if c.dep_ in ("pobj", "pcomp")), None)
                        if pobj is None:  # "ahead of the vote", "prior to the meeting": the object hangs on "of"/"to"
                            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "to")), None)
                            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
                        target_event = None
                        if pobj is not None:
                            target_event = local.get(pobj.i) or nominal_event(pobj, key)
                            # "after the briefing ... ended": the end of the briefing
                            later_end = next((t for t in sent if t.i > pobj.i and t.lemma_ in ("end", "conclude",
                                                                                                 "finish")), None)
                            if later_end is not None and later_end.i in local:
                                target_event = local[later_end.i]
                        main = _event_of_token(tok.head, local)
                    del target
                    if target_event is None:
                        continue
                    duration = _duration_near(tok, durations)
                    in_sentence = [r for r in durations if r["_sent_start"] == sent.start_char and r["end"] <= tok.idx]
                    if main is None or main is target_event:
                        # "Reporters had just minutes ... before Y": the wait runs from the last event told
                        main = previous["last"] if previous["last"] is not target_event else None
                        if main is not None and any(
                                r["part"] == "body" and r.get("_sent_start") == sent.start_char
                                and r["kind"] != "DURATION" and r["end"] <= tok.idx for r in records):
                            # "said the state had requested a declaration on Saturday, a day before the storm
                            # arrived": the dated clause before the cue is what came first, not the last event told
                            main = None
                        if main is None or not (duration or in_sentence):
                            continue
                    lo, hi, dtext = (duration if duration else (pd.Timedelta(0), None, ""))
                    cue_words = f"{dtext} {tok.text}".strip()
                    if duration is None:
                        if in_sentence and tok.dep_ == "mark":
                            r = in_sentence[-1]
                            lo, hi, cue_words = r["min_duration"], r["max_duration"], f'{r["text"]} … {tok.text}'
                    hi_s = math.inf if hi is None or pd.isna(hi) else _seconds(hi)
                    lo_s = _seconds(lo) if lo is not None and not pd.isna(lo) else 0.0
                    quote = f'"{cue_words}" (paragraph {paragraph_at(tok.idx)})'
                    if word in AFTER_WORDS:  # main after target
                        c = Constraint(-1, -1, lo_s, hi_s, quote, "text")
                        c.pair = (target_event, main)  # type: ignore[attr-defined]
                    else:  # main before target
                        c = Constraint(-1, -1, lo_s, hi_s, quote, "text")
                        c.pair = (main, target_event)  # type: ignore[attr-defined]
                    constraints.append(c)
                elif word in SEQUENCE_ADVERBS and tok.dep_ == "advmod":
                    main = local.get(tok.head.i)
                    before = previous["last"]
                    if main is None or before is None or before is main:
                        continue
                    lo, hi = SEQUENCE_ADVERBS[word]
                    duration = _duration_near(tok, durations) if word == "later" else None
                    if duration:
                        lo, hi = duration[0], duration[1]
                    c = Constraint(-1, -1, _seconds(lo), math.inf if hi is None else _seconds(hi),
                                   f'"{(duration[2] + " ") if duration else ""}{tok.text}" (paragraph '
                                   f'{paragraph_at(tok.idx)}): after the event told before', "text")
                    c.pair = (before, main)  # type: ignore[attr-defined]
                    constraints.append(c)
            # "the briefing ... ended": an end comes after the start of what ends
            for event in sent_events:
                for m in event.mentions:
                    if event.kind != "end" or _sentence_start(m.head) != sent.start or getattr(event, "of", None):
                        continue
                    noun = next((t for t in reversed(list(sent[: m.head.i - sent.start]))
                                 if t.pos_ == "NOUN" and t.lemma_.lower() in EVENT_NOUNS), None)
                    other = (local.get(noun.i) or nominal_event(noun, key)) if noun is not None else None
                    if other is not None and other is not event:
                        event.of = other  # type: ignore[attr-defined]
                        event.of_word = noun.lemma_.lower()  # type: ignore[attr-defined]
                        c = Constraint(-1, -1, 0.0, math.inf, f'"{noun.text} … {m.head.text}" (paragraph '
                                       f'{paragraph_at(m.head.idx)}): an end follows the start', "text")
                        c.pair = (other, event)  # type: ignore[attr-defined]
                        constraints.append(c)
            # reactions: "deny the reports"
            for event in sent_events:
                for m in event.mentions:
                    if not m.verbal or m.kind not in REACTION_KINDS or _sentence_start(m.head) != sent.start:
                        continue
                    for child in m.head.children:
                        if child.dep_ == "dobj":
                            other = local.get(child.i) or nominal_event(child, key)
                            if other is not None and other is not event:
                                c = Constraint(-1, -1, 0.0, math.inf, f'"{m.head.text} … {child.text}" (paragraph '
                                               f'{paragraph_at(m.head.idx)}): a reaction follows its object',
                                               "text")
                                c.pair = (other, event)  # type: ignore[attr-defined]
                                constraints.append(c)
            if sent_events:
                previous["last"] = sent_events[-1]
                sequence.extend(sent_events)

    # number the events in order of first mention
    events.sort(key=lambda e: (e.mentions[0].part != "caption", e.mentions[0].order))
    for n, event in enumerate(events, 1):
        event.id = f"e{n}"
    position = {id(e): n + 1 for n, e in enumerate(events)}

    final: list[Constraint] = []
    user = _known_constraints(known_times, events, position) if known_times is not None else []
    final.extend(user)
    for c in constraints:
        if hasattr(c, "pair"):
            a, b = c.pair
            if a is b:
                continue
            final.append(Constraint(position[id(a)], position[id(b)], c.lo, c.hi, c.cue, c.source))
            final[-1].events = (a.id, b.id)  # type: ignore[attr-defined]
        else:
            final.append(Constraint(0, position[id(c.event)], c.lo, c.hi, c.cue, c.source))
            final[-1].events = (c.event.id,)  # type: ignore[attr-defined]
    if ref is not None:
        if getattr(article, "published_precision", "day") == "time":
            publication = ref
        else:
            # (the day's last second, on the wall clock: normalize() fails on a day whose midnight a change skips)
            last_second = ref.tz_localize(None).normalize() + _DAY_LESS_A_SECOND
            publication = timex.wall_time(last_second, ref.tz)
        # the publication's instant and the cue that names it, made once for the article (formatting a Timestamp
        # and reading its instant again for every event and constraint showed in the events table's profile)
        published = _stamp(publication)
        told = f"told in the past tense: before publication ({publication:%d %b %Y %H:%M} {tz})"
        # a noun event the text itself dates after publication ("Monday's debate" in Sunday's paper) is no past event
        dated_ahead = {id(c.event) for c in constraints if c.source == "text" and getattr(c, "event", None) is not None
                       and c.lo > published}
        for event in events:
            if any(m.past for m in event.mentions) and not (
                    id(event) in dated_ahead and not any(m.verbal for m in event.mentions)):
                c = Constraint(0, position[id(event)], -math.inf, published, told, "default")
                c.events = (event.id,)  # type: ignore[attr-defined]
                final.append(c)
    network = Network(len(events) + 1).solve(final)
    return events, network, tz


def _match_words(query: str, events: list[Event], labels: dict[str, str], extra: dict[str, str]) -> list[Event]:
    words = [w for w in re.findall(r"[\w.]+", query.lower()) if w not in ("the", "a", "an", "of", "'s")]
    stems = [_stem(w) for w in words]
    found = []
    for event in events:
        if query.strip().lower() == event.id:
            return [event]
        haystack = {_stem(w) for w in re.findall(r"[\w.]+", (labels[event.id] + " " + extra[event.id]).lower())}
        if all(s in haystack for s in stems):
            found.append(event)
    return found


def _stem(word: str) -> str:
    """A word's stem for matching ``gap``'s queries: "missiles" and "missile", "fired" and "fires", "denial" and
    "denied" meet."""
    word = word.lower()
    base = NOMINALIZATIONS.get(word)
    if base is None:
        base = word
        for suffix, repl in (("ies", "y"), ("ied", "y"), ("sses", "ss"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"),
                             ("zes", "z"), ("ing", ""), ("ed", ""), ("s", "")):
            if word.endswith(suffix) and not word.endswith("ss") and len(word) - len(suffix) >= 3:
                base = NOMINALIZATIONS.get(word[: -len(suffix)] + repl, word[: -len(suffix)] + repl)
                break
    return base[:-1] if base.endswith("e") and len(base) > 3 else base


def _event_words(event: Event) -> str:
    words = [event.kind, event.place]
    for m in event.mentions:
        words.append(m.head.text)
        words.append(m.head.lemma_)
        if m.subject is not None:  # the subject's words, not its clauses ("Council member Grace Obi, who voted for
            # the budget," is no vote)
            clauses = [c for c in m.subject.subtree if c.dep_ in ("relcl", "acl") and c.i != m.subject.i]
            inside = {t.i for c in clauses for t in c.subtree}
            words.extend(t.text for t in m.subject.subtree if t.i not in inside)
    return " ".join(words)


def _known_constraints(known_times, events: list[Event], position: dict) -> list[Constraint]:
    table = known_times
    labels = {e.id: _label(e) for e in events}
    extra = {e.id: _event_words(e) for e in events}
    out = []
    for row in table.to_dict("records"):
        matches = _match_words(str(row["event"]), events, labels, extra)
        if not matches:  # one known-times file may serve a whole corpus: rows for other stories' events are skipped
            warnings.warn(f"known_times: no event of this article matches {row['event']!r}; that row is not used",
                          stacklevel=4)
            continue
        if len(matches) != 1:
            listing = "; ".join(f"{e.id}: {labels[e.id]}" for e in events)
            raise ParameterError(f"known_times: event {row['event']!r} matches {len(matches)} events; use words that "
                                 f"pick one of: {listing}")
        event = matches[0]
        zone = str(row.get("timezone") or event.timezone)
        lo = _parse_local(row["earliest"], zone, end=False)
        hi = _parse_local(row["latest"], zone, end=True)
        source = str(row.get("source") or "user")
        cue = f"known time (from the user: {source}): {row['earliest']} to {row['latest']} {zone}"
        c = Constraint(0, position[id(event)], -math.inf if lo is None else _stamp(lo),
                       math.inf if hi is None else _stamp(hi), cue, "user")
        c.events = (event.id,)  # type: ignore[attr-defined]
        out.append(c)
    return out


def _parse_local(value, zone: str, end: bool) -> pd.Timestamp | None:
    text = _cell(value)
    if not text:
        return None
    try:
        stamp = pd.Timestamp(text)
    except ValueError as error:
        raise ParameterError(f"known_times: {text!r} is not a date or time; write ISO, e.g. 2019-03-01 14:00") from error
    try:
        stamp = timex.wall_time(stamp, zone) if stamp.tzinfo is None else stamp.tz_convert(zone)
    except Exception as error:  # pytz/zoneinfo raise their own errors for unknown zone names
        raise ParameterError(f"known_times: time zone {zone!r} is not an IANA zone name; write e.g. Asia/Baghdad or "
                             "America/New_York") from error
    if end and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        stamp = stamp + pd.Timedelta(days=1) - pd.Timedelta(seconds=1)
    return stamp


def _frame(events: list[Event], network: Network, article) -> pd.DataFrame:
    from .. import nlp

    rows = []
    paragraph_at = nlp.paragraph_finder(article)
    stamps: dict = {}  # (seconds, zone) -> its Timestamp: events share bounds (publication, a day named twice)
    told: dict[str, list[str]] = {}  # event id -> the cues of the constraints that name it, in order (one pass)
    for c in network.constraints:
        for named in getattr(c, "events", ()):
            told.setdefault(named, []).append(c.cue)
    for n, event in enumerate(events, 1):
        lo, hi = network.bounds(0, n)
        first = event.mentions[0]
        basis = []
        for cue in told.get(event.id, ()):
            if cue not in basis:
                basis.append(cue)
        for idx in network.on_path(0, n) + network.on_path(n, 0):
            cue = network.constraints[idx].cue
            if cue not in basis:
                basis.append(cue)
        tz = event.timezone
        rows.append((
            event.id, _label(event),
            "; ".join(dict.fromkeys(m.head.text + (" " + next((c.text for c in m.head.children
                                                               if c.dep_ == "prt"), "")).rstrip()
                                    for m in event.mentions)),
            _actors(event), event.place,
            paragraph_at(first.head.idx) if first.part == "body" else first.paragraph,
            first.sentence,
            pd.NaT if math.isinf(lo) else _time_at(lo, tz, stamps),
            pd.NaT if math.isinf(hi) else _time_at(hi, tz, stamps),
            " | ".join(basis), tz, len(event.mentions), event.kind, first.part,
        ))
    # column by column (the times take their datetime dtype as pandas would infer it from the rows); no rows: pandas'
    # own empty table, every column object
    frame = nlp.typed_frame(rows, COLUMNS, dict.fromkeys(("paragraph", "sentence", "mentions"), "int64")) if rows \
        else pd.DataFrame(rows, columns=COLUMNS)
    frame.attrs["relative"] = _relative(events, network)
    frame.attrs["conflicts"] = [
        {"set_aside": c.cue, "contradicts": [o.cue for o in others]} for c, others in network.conflicts]
    if network.conflicts:
        warnings.warn(f"article {getattr(article, 'id', '?')!r}: {len(network.conflicts)} time constraint(s) "
                      "contradict others and were set aside: " + "; ".join(c.cue for c, _ in network.conflicts)
                      + " (see events(...).attrs['conflicts'])", stacklevel=3)
    return frame


def _time_at(seconds: float, tz: str, made: dict) -> pd.Timestamp:
    """``seconds`` since the epoch as a Timestamp on ``tz``'s clock, made once per ``made`` (a Timestamp cannot be
    changed, so rows may share one)."""
    found = made.get((seconds, tz))
    if found is None:
        found = made[(seconds, tz)] = pd.Timestamp(seconds, unit="s", tz="UTC").tz_convert(tz)
    return found


def _relative(events: list[Event], network: Network) -> dict[str, dict]:
    """For each event whose time is uncertain, its tightest relation to another event: {event: {"other", "min",
    "max"}} with time(other) - time(event) in seconds, read from the solved network (used for "hours before X")."""
    out: dict[str, dict] = {}
    for n, event in enumerate(events, 1):
        lo, hi = network.bounds(0, n)
        if not (math.isinf(lo) or math.isinf(hi)) and hi - lo <= 60:
            continue  # known to the minute: no need to say it relative to anything
        best = None
        for m, other in enumerate(events, 1):
            if m == n:
                continue
            a, b = network.bounds(n, m)
            if math.isinf(a) or math.isinf(b) or (a < 0 < b) or (a == 0 == b):
                continue  # order unknown, or the same instant
            if best is None or (b - a) < (best[2] - best[1]):
                best = (other.id, a, b)
        if best is not None:
            out[event.id] = {"other": best[0], "min": best[1], "max": best[2]}
    return out


def events(article, known_times=None) -> pd.DataFrame:
    """Story events of ``article`` with their tightest time bounds (see the module docstring for columns)."""
    found, network, _ = _build(article, known_times)
    return _frame(found, network, article)


@dataclass(frozen=True)
class Gap:
    """Bounds on time(b) - time(a), and the evidence (text cues, user facts) they rest on."""

    min: pd.Timedelta
    max: pd.Timedelta
    basis: str

    def __str__(self) -> str:
        low, high = _words(self.min), _words(self.max)
        return f"about {low}" if low == high else f"between {low} and {high}"


def _words(delta: pd.Timedelta) -> str:
    if pd.isna(delta):
        return "an unknown time"
    seconds = abs(delta.total_seconds())
    sign = "-" if delta.total_seconds() < 0 else ""
    if seconds < 3600:
        amount, unit = round(seconds / 60), "minute"
    elif seconds < 72 * 3600:
        amount, unit = round(seconds / 3600), "hour"
    elif seconds < 730 * 86400:
        amount, unit = round(seconds / 86400), "day"
    else:
        amount, unit = round(seconds / (365.25 * 86400)), "year"
    return f"{sign}{amount} {unit}{'' if amount == 1 else 's'}"


def _pick(found: list[Event], query, parameter: str) -> Event:
    labels = {e.id: _label(e) for e in found}
    extra = {e.id: _event_words(e) for e in found}
    matches = _match_words(str(query), found, labels, extra)
    if len(matches) != 1:
        listing = "; ".join(f"{e.id}: {labels[e.id]}" for e in found) or "(no events found)"
        what = "no event" if not matches else f"{len(matches)} events ({', '.join(e.id for e in matches)})"
        raise ParameterError(f"{parameter}={query!r} matches {what}; give an event id or words that pick one of: "
                             f"{listing}")
    return matches[0]


def find_event(article, query: str, parameter: str = "event", known_times=None) -> str:
    """The id of the one event of ``article`` that ``query`` names (an id, or words of its label, trigger and
    participants); a ParameterError naming ``parameter`` and listing the candidates when none or several match."""
    found, _, _ = _build(article, known_times)
    return _pick(found, query, parameter).id


def _delta(seconds: float) -> pd.Timedelta:
    return pd.NaT if math.isinf(seconds) else pd.Timedelta(seconds=round(seconds))


def gap(article, a: str, b: str, known_times=None) -> Gap:
    """Bounds on time(b) − time(a) as Timedeltas (NaT when unbounded); ``a``/``b`` are event ids or words matched
    against labels, triggers and participants ("parliament vote"). Ambiguous or missing: a ParameterError."""
    found, network, _ = _build(article, known_times)
    i, j = (found.index(_pick(found, query, name)) + 1 for name, query in (("a", a), ("b", b)))
    lo, hi = network.bounds(i, j)
    basis = " | ".join(dict.fromkeys(c.cue for c in network.path(i, j)))
    return Gap(_delta(lo), _delta(hi), basis)


def gaps(article, known_times=None) -> pd.DataFrame:
    """Bounds on time(b) − time(a) for every ordered pair of events: columns a, b, min, max, basis (one solve)."""
    found, network, _ = _build(article, known_times)
    rows = []
    for i, first in enumerate(found, 1):
        for j, second in enumerate(found, 1):
            if i == j:
                continue
            lo, hi = network.bounds(i, j)
            rows.append({"a": first.id, "b": second.id, "min": _delta(lo), "max": _delta(hi),
                         "basis": " | ".join(dict.fromkeys(c.cue for c in network.path(i, j)))})
    frame = pd.DataFrame(rows, columns=["a", "b", "min", "max", "basis"])
    for column in ("min", "max"):
        frame[column] = pd.to_timedelta(frame[column].astype(object), errors="coerce")
    return frame
