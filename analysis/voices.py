"""Voices: every quotation with its speaker, and how an article is sourced.

``quotes(article)`` finds direct quotations (curly and straight marks, quotes nested in quotes, quotes running over
several paragraphs, a closing mark whose opening one is missing, quotes in bullet lists, the wire's ``...'' marks,
the turns of an interview published as questions and answers, "Q: ..." / "A: ..." or "FISCHER: ..." / "NWOSU: ...",
and of a broadcast transcript, "KIRK SIEGLER, BYLINE: ..." / "SIEGLER: ...", its "(SOUNDBITE OF ...)" notes no one's)
and reported speech without
quotation marks ("an official told reporters the plan was ..."), and names who speaks: the canonical actor for a
person (through pronouns and descriptions such as "the general"), or an anonymous source, a document, an organization
or a news outlet. ``sources(article)`` sums that up, one row per voice.

How a speaker is found, in order: a speech verb in the quote's sentence ("said Jane Doe", "Doe told reporters",
"according to", "per the bylaws", "as the memo put it"; of two next to the quote, the one whose clause holds it: 'When
X said "...," I found myself nodding' is X's), a label with no verb of its own on the quote's line ("Trump: '...'",
"X, on Twitter: '...'", "Added X: '...'", "The response from X: '...'", "In the words of X, '...'"), a lead-in ending
with a colon ("X put it simply:"), the verb right
before the opening mark, the next sentence on the same line ('"...?" Graham asked.'), a signature or "said X." on the
next line, a transcript label ("WALLACE: ..."; in an interview "Q" and the byline's name or initials are the
interviewer, the outlet's voice, as is a broadcast's host or reporter, "A" the one the introduction says is
interviewed; a label in capitals is the person the article writes in full, "CLINTON:" Hillary Clinton; the writer's
own paragraphs between excerpts of a transcript, naming the turn's speaker, saying who said what, or a heading or a
lead-in such as "Here's the exchange:", end the turn before), the one a reply "came" from ('"...," came the reply
from X'), the subject of the clause that holds the quote
("Gingrich dismissed Estonia as '...'"; the one led to fear or think it: "led X to fear a '...'"), a document whose
verb the quote opens with ('A resolution “expresses ...”'), for a quote that opens its paragraph the speaker the next
sentence names when it sums it up ("That was the message from X", "So said X", "The comment, from X, ...", "X made the
remark", "Her comments came ..."; the next paragraph, or the same line after a quote that ends a sentence), the person
the sentence before is about (its subject, by name or with the name beside it), and the speaker of the quote just
before (a quote continued), unless that quote put a question ('"...?" Holt asked') or turned to someone by name ('"Mr.
Mercer, the same question to you," she said') and this one stands in a paragraph of its own: then it is the answer of
the one asked ("Holt asked Mercer") or named, else of no one known. A bare surname several people share ("Castro" of
Raul and Fidel Castro) is the one last written in full as a subject; for a "she" or "he", the one of that sex
("Clinton returned to the theme. She thanked ...", with Hillary and Bill Clinton in the story). A body named beside a common noun speaks for it
("The chain, Bluebonnet Health, said"), and a later "the chain", or "the cooperative" after "X Power Cooperative", is
that body. The reporter's own "I" or "we" outside quotes ("We asked the mayor what ...") is the byline's author (kind
"outlet").
Pronouns go to the nearest person of their gender (inside a quote, as in an excerpt of another paper's story, also
one named earlier inside that quote; after a story quoted at length, "X reported: '...'", one named inside it),
preferring the subject of the main clause (a name in apposition to
it counts: "Her spokesman, Jane Doe,"; so does a person heading a "who" clause, a subject described by title, "The GOP
nominee fired back", and a name beside a title with no verb of its own, "Her running mate, Tim Kaine, piled on."),
passing over a person who is only an object of the pronoun's own clause ("In a letter to X, he wrote") or the one a
question was about ("Asked whether X ..., he said") or named in what "he" is said to say ("X's aides, he said, were
..."), taking the one asked over the asker ("Lane asked Reed about ...", and unnamed: "I asked a voter what she
thought. '...,' she said"), and following chains of he/she subjects; in a run of quotes "he said" goes on with the
last speaker unless someone else has since been a main clause's subject (not the subject of that quote's own cue,
however it names the speaker: '"...," the elder Ruiz said. Switching to English, he said'), and after a woman's quotes
"he said" goes back to the man who spoke before her, past a man named only in what she said; an unnamed source ("said
a U.S. official") (or any noun with "a" whose clause keeps it unnamed: "a district engineer, who asked not to be
named,"; a later "the engineer" is that source) counts as a person for a "he" or "she" after it, unless a person the
article says is of that gender was named since it came into view ('The video shows Maria Lopez ... as an officer walks
up. "...," an officer says. "...," she yells'), and once the article calls it "he" a later "she" is someone else. A
surname the tagger took for a common noun ("Price said") is the person the actors layer reads there. "It" and "they"
go to the latest subject that can speak as such (an organization or document; a plural, a group, "the couple" or "the
family", or an "according to" source), not to a subject of what is said. Descriptions ("the Ohio governor", "the
Republican nominee", "the Nevada Democrat") go to the nearest person whose title or apposition has their head noun and
their other title words (never one whose title names another place or party), else, for a person's title, the person
the lede is about when the headline uses the word ("Coach steps down ..."), else the person in view; "the 67-year-old"
to the person given that age, else the person in view; so does a parent described by the number of their children
("the father-of-three added:", of that gender); a narrator or announcer to the ad it speaks in. "One of them said" is
one unnamed of the group before. A speech verb of "anybody", "anyone who ..." attributes nothing, nor does "asked"
("Asked whether she would run, Kent said ...": the question is put to her). A short quoted title after "on" or "in"
('told CNN's Jake Tapper on "State of the Union."') is a fragment, not words the speaker said. A scare quote is the
speaker's of "as he likes to say" or "as she said" beside it, or of a speech verb set off by commas inside its
sentence ('Its surrogates, he said, were "twisting themselves into knots"').

The word lists are general English and live in ``analysis/data`` (``speech_verbs.csv``, ``source_nouns.csv``,
``outlets.csv``, ``outlet_words.csv``, ``first_names.csv``, ``person_nouns.csv``; titles come from the actors layer's
``actor_titles.csv``); the module-level tables below are loaded from them and can be extended or replaced before
calling ``quotes``.
"""
from __future__ import annotations

import csv
import importlib
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

import numpy as np
import pandas as pd

from . import nlp as _nlp

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from .corpus import Article

DATA = Path(__file__).parent / "data"


def _table(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


#: Verbs that attribute speech, lemma -> use: "speech" (introduces a quote or reported speech) or "fragment"
#: (only names a quoted word: "called it a 'mistake'").
SPEECH_VERBS: dict[str, str] = {row["lemma"]: row["use"] for row in _table("speech_verbs.csv")}
#: Head nouns of a speaker phrase without a name, noun -> kind (anonymous, document, outlet, organization).
SOURCE_NOUNS: dict[str, str] = {row["noun"]: row["kind"] for row in _table("source_nouns.csv")}
#: Names of news outlets (compared without a leading "the", case-insensitively).
OUTLETS: set[str] = {row["name"].lower() for row in _table("outlets.csv")}
#: Last words that make a named organization a news outlet ("the Denver Post").
OUTLET_WORDS: set[str] = {row["word"] for row in _table("outlet_words.csv")}
#: Abbreviated ranks and titles written before a name, and the noun a later description uses ("the general").
TITLE_ROLES: dict[str, str] = {
    "gen.": "general", "gens.": "general", "adm.": "admiral", "col.": "colonel", "lt.": "lieutenant",
    "capt.": "captain", "cpt.": "captain", "maj.": "major", "sgt.": "sergeant", "cmdr.": "commander",
    "sen.": "senator", "rep.": "representative", "gov.": "governor", "amb.": "ambassador", "sec.": "secretary",
    "pres.": "president", "prof.": "professor", "det.": "detective", "brig.": "brigadier",
}
#: Common first names and the gender they most often mark ("mary" -> "f"), a last resort for "he"/"she" when the
#: article gives a person no honorific and the actors layer no gender (``analysis/data/first_names.csv``).
FIRST_NAME_GENDERS: dict[str, str] = {row["name"]: row["gender"] for row in _table("first_names.csv")}
#: Nouns that refer back to a person named before, besides titles ("the first lady", "the GOP hopeful"), noun -> gender
#: ("male", "female" or ""), from ``analysis/data/person_nouns.csv``; read when ``person_titles`` is first called.
PERSON_NOUNS: dict[str, str] = {row["noun"]: row["gender"] for row in _table("person_nouns.csv")}
#: Words of a description that stand for another of a person's role words ("the GOP nominee" is the Republican one).
ROLE_SYNONYMS: dict[str, str] = {"gop": "republican", "dem": "democratic", "democrat": "democratic",
                                 "lawyer": "attorney"}
#: Honorifics that tell a person's gender, for "he"/"she".
GENDER_HONORIFICS: dict[str, str] = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f",
                                     "miss": "f", "sir": "m", "dame": "f"}

QUOTE_COLUMNS = ["quote", "speaker", "speaker_kind", "cue", "paragraph", "start", "end", "nested_in", "direct",
                 "fragment", "part", "sentence", "speaker_text", "author"]
SOURCE_COLUMNS = ["source", "kind", "direct_quotes", "indirect", "words_quoted", "first_paragraph"]
KINDS = ("person", "anonymous", "document", "organization", "outlet", "unknown")

#: Nouns naming a statement, whose owner is the speaker of a quote in it ("Trump's claim that there were '...'").
SPEECH_NOUNS: set[str] = {"claim", "statement", "remark", "comment", "word", "promise", "pledge", "vow", "assertion",
                          "charge", "accusation", "prediction", "message", "tweet", "post", "speech", "suggestion",
                          "warning", "argument", "contention", "insistence", "description", "characterization",
                          "complaint", "demand", "question", "answer", "response", "reply", "announcement",
                          "declaration", "testimony", "explanation", "criticism", "praise", "boast", "denial"}
#: A transcript's speaker label opening a quote: 'WALLACE: ...', 'SEN. JONES: ...' (capitals, then a colon).
#: A newsletter's section label before a quote: "What they're saying:", "What he said:", "Here's what she wrote:".
_SECTION_LABEL = re.compile(r"^\s*(?:[-•*]\s*)?(?:here'?s |here is )?what (?:\w+\s*(?:'s|’s|'re|’re| is| are| was| were)?|"
                            r"\w+ \w+(?:'s|’s)?) (?:saying|said|told \w+|writing|wrote|tweeted|posted)\s*:\s*$",
                            re.IGNORECASE)
_TRANSCRIPT_LABEL = re.compile(r"((?:[A-Z][A-Z.'’-]+ ){0,3}[A-Z][A-Z'’-]+):\s+")
#: How many words into the next sentence its attribution may start ('“...?” Graham asked.').
_FOLLOWING_CUE_WORDS = 8

#: A quoted passage with at most this many words, running inside a sentence, is a fragment (scare quote).
FRAGMENT_MAX_WORDS = 4

_DOUBLE_OPEN = "“«"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
_OPEN_CONTEXT = set(" \t\n\r\u00a0([{—–-/‘'“")
_DASHES = "—–―-"
#: Tokens that close a quotation (the wire's and the Penn Treebank's two apostrophes included).
_CLOSING_TOKENS = ("”", '"', "’", "'", "''")
#: The characters ``quote_spans`` acts on: line breaks and quotation marks (straight, curly, guillemets).
_MARK_OR_LINE = re.compile("[" + re.escape("\n\r\"'" + _DOUBLE_OPEN + _DOUBLE_CLOSE + _SINGLE_OPEN + _SINGLE_CLOSE) + "]")
_LEAD = re.compile(r"[\s\u00a0•●▪◦·*\-–—>]*")
#: Single and double marks swapped, for an article that quotes with single marks.
_SWAP_MARKS = str.maketrans({"‘": "“", "’": "”", "'": '"', "“": "‘", "”": "’", '"': "'"})
_THIRD_PERSON = {"he": "m", "him": "m", "she": "f", "her": "f"}
_PLURAL_PRONOUNS = {"they", "them"}
_FIRST_PERSON = {"i", "we", "me", "us"}
_RELATIVE = {"who", "which", "that"}
_LOOKBACK_SENTENCES = 8
_SUBJECTS = ("nsubj", "nsubjpass")
#: Participles that open a question put to the subject: "Asked whether X would ..., he said" (he is not X).
_ASKED = {"ask", "press", "question", "challenge", "quiz"}
#: How many sentences back "he"/"she" looks for a person who is a subject, past later mentions as objects.
_SUBJECT_LOOKBACK = 5


# --------------------------------------------------------------------------------------------------------------
# Finding quotation marks


@dataclass
class QuoteSpan:
    """A quoted passage in a text: ``start``/``end`` bound its words (marks excluded); ``open``/``close`` are the
    positions of its marks (None where the page has none); ``parent`` indexes the span it is nested in."""

    start: int
    end: int
    open: int | None
    close: int | None
    double: bool = True
    parent: int | None = None


_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–]))['‘](?=[A-Z0-9])(?:(?!\n).){12,}?[,.!?…]['’](?![\w])", re.M)
_DOUBLE_MARKS = re.compile("[\"“”«»„]|``|''")
#: Two backticks, or two apostrophes set before a word after a space (some wire copy opens with them too).
_WIRE_OPEN = re.compile(r"``|(?:(?<=^)|(?<=[\s(\[—–-]))''(?=\w)", re.M)
_HEADLINE_SINGLE = re.compile(r"(?:^|(?<=\s))['‘][A-Za-z0-9][^'‘’\n]*?[^\s'‘’]['’](?!\w)")


def single_marks_primary(texts: Iterable[str]) -> bool:
    """Whether an article quotes with single marks, as British papers do ('It is over,' he said), nesting double
    ones: no double mark anywhere in ``texts``, and a passage that opens with a single mark and closes with one after
    its punctuation."""
    texts = list(texts)
    return not any(_DOUBLE_MARKS.search(t) for t in texts) and any(_SINGLE_OPENING.search(t) for t in texts)


def _apostrophes_out(text: str) -> str:
    """``text`` with its apostrophes (don't, Javid's, the troops' pay, '90s) turned into a letter, the same length."""
    chars = list(text)
    for k, c in enumerate(chars):
        if c not in "'’":
            continue
        before = text[k - 1] if k else " "
        after = text[k + 1] if k + 1 < len(text) else " "
        if (before.isalnum() and after.isalnum()) or (not before.isalnum() and after.isdigit()) \
                or (before == "s" and _plural_possessive(text, k)):
            chars[k] = "x"
    return "".join(chars)


#: A height in feet and inches ("6'3"), whose last mark is no quotation mark.
_FEET_INCHES = re.compile(r"(?<![\d.])\d['’]\d{1,2}$")


def quote_spans(text: str, single_primary: bool = False) -> list[QuoteSpan]:
    """Every quoted passage of ``text``, in reading order, with nesting.

    ``single_primary``: the article quotes with single marks and nests double ones (``single_marks_primary``); the
    roles of the two are swapped, apostrophes kept out of it, and offsets are those of ``text``.

    A paragraph (a line) that opens a quote without closing it continues the quote when the next one opens with a
    quotation mark (the newspaper convention for long quotes); otherwise the quote ends with its paragraph. A closing
    mark with no opening one quotes from the start of its paragraph (or from the last closed quote); one set after a
    space and before a word, with no quote open, opens a quote (”Text,” as some outlets typeset it). Single marks
    quote inside double ones, and on their own when they open after a space (headline style); an apostrophe
    ("shouldn’t", "troops’") never closes a quote, nor a height's inches mark ("6'3\""). In a text that opens quotes with two backticks, as wire feeds and
    the Penn Treebank do (``It was a bomb,'' he said), those and two apostrophes are double marks (two apostrophes
    before a word open a quote, as some wire copy has it).
    """
    if single_primary:
        swapped = _apostrophes_out(text).translate(_SWAP_MARKS)
        return quote_spans(swapped)
    if "``" in text or "''" in text:  # the wire's and the Penn Treebank's marks: ``It was a bomb,'' he said
        spans = quote_spans(_WIRE_OPEN.sub(" “", text).replace("''", "” "))
        for span in spans:
            if span.open is not None and text.startswith(("``", "''"), span.open - 1):
                span.open -= 1  # the opening mark is both characters
        return spans
    spans: list[QuoteSpan] = []
    stack: list[QuoteSpan] = []
    n = len(text)
    para_start = 0
    last_close = 0  # where a quote with a missing opening mark may begin
    i = 0
    while i < n:
        found = _MARK_OR_LINE.search(text, i)  # every other character leaves the state as it is: skip to the next
        if found is None:
            break
        i = found.start()
        ch = text[i]
        if ch in "\n\r":
            j = i
            while j < n and text[j] in " \t\n\r\u00a0":
                j += 1
            stack = [s for s in stack if s.double]
            if stack:
                nxt = text[j] if j < n else ""
                if j < n and (nxt in _DOUBLE_OPEN or nxt == '"') and not _TRANSCRIPT_LABEL.match(text, j + 1):
                    del stack[1:]  # the outermost quote runs on into the next paragraph
                    i = para_start = last_close = j + 1
                    continue
                for span in stack:
                    span.end = _rstrip(text, span.start, i)
                    spans.append(span)
                stack = []
            i = para_start = last_close = j
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch == '"' and prev.isdigit() and _FEET_INCHES.search(text, max(0, i - 8), i):
            i += 1  # "Trump is 6'3\" tall": the inches, no quotation mark
            continue
        if ch in _DOUBLE_OPEN or (ch == '"' and prev in _OPEN_CONTEXT and not _top_double_open_here(stack, text, i)) \
                or (ch in '”"' and (prev in _OPEN_CONTEXT or text.endswith(("...", "…"), 0, i)) and nxt.isalnum()
                    and not any(s.double for s in stack)):
            # (a closing mark set where the opening one belongs, as some outlets typeset: 'called it ”a disgrace”';
            # a mark right after an ellipsis, before a word: 'the accession of the three countries..."is perhaps')
            stack.append(QuoteSpan(i + 1, i + 1, i, None, True))
        elif ch in _DOUBLE_CLOSE or ch == '"':
            doubles = [k for k, s in enumerate(stack) if s.double]
            if doubles:
                k = doubles[-1]
                span = stack[k]
                span.end, span.close = i, i
                spans.append(span)
                del stack[k:]
            else:
                start = _LEAD.match(text, last_close).end() if last_close < i else i
                if start < i and any(c.isalpha() for c in text[start:i]):
                    spans.append(QuoteSpan(start, i, None, i, True))
            last_close = i + 1
        elif ch in _SINGLE_OPEN or (ch == "'" and prev in _OPEN_CONTEXT and nxt.isalpha()
                                    and any(s.double for s in stack)):
            if not prev.isalnum():
                stack.append(QuoteSpan(i + 1, i + 1, i, None, False))
        elif ch in _SINGLE_CLOSE or ch == "'":
            singles = [k for k, s in enumerate(stack) if not s.double]
            if singles and not nxt.isalnum() and not _plural_possessive(text, i):
                k = singles[-1]
                span = stack[k]
                if i > span.start:
                    span.end, span.close = i, i
                    spans.append(span)
                    del stack[k:]
                    if not stack:
                        last_close = i + 1
        i += 1
    for span in stack:
        if span.double:
            span.end = _rstrip(text, span.start, n)
            spans.append(span)
    spans = [s for s in spans if s.end > s.start]
    return _nest(spans)


def _nest(spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """``spans`` in reading order, each one's ``parent`` the closest span that holds it."""
    spans.sort(key=lambda s: (s.start, -s.end))
    for k, span in enumerate(spans):
        span.parent = None
        for j in range(k - 1, -1, -1):
            outer = spans[j]
            if outer.start <= span.start and span.end <= outer.end and (outer.end - outer.start) > (span.end - span.start):
                span.parent = j
                break
    return spans


# --------------------------------------------------------------------------------------------------------------
# Interviews published as questions and answers


#: The turn label of a Q&A interview opening a paragraph: "Q:", "Q.", "A:", "A.", or a name in capitals with a colon
#: ("FISCHER:", "DR. NWOSU:", "LF:"), set in bold or not ("**Q:**", "**FISCHER**:", as Markdown copy has it).
_BOLD = r"(?:\*\*|__)"
_QA_LABEL = re.compile(rf"{_BOLD}?([QA])(?:[.:]{_BOLD}?|{_BOLD}[.:])\s+(?=\S)")
_NAME_LABEL = re.compile(rf"{_BOLD}?((?:[A-Z][A-Z.'’-]+ ){{0,3}}[A-Z][A-Z'’-]+)(?:,\s+[A-Z][A-Z '’-]*[A-Z])?"
                         rf"(?::{_BOLD}?|{_BOLD}:)\s+(?=\S)")  # (a broadcast transcript's "KIRK SIEGLER, BYLINE:")
#: Roles a broadcast transcript writes after a journalist's name ("STEVE INSKEEP, HOST:", "JANE DOE, BYLINE:"); that
#: person's turns, also under the surname alone ("INSKEEP:"), are the outlet's voice.
NEWSROOM_ROLES = {"HOST", "BYLINE", "ANCHOR", "CORRESPONDENT", "CO-HOST"}
_ROLE_LABEL = re.compile(r"^[\s*_]*((?:[A-Z][A-Z.'’-]+ ){0,3}[A-Z][A-Z'’-]+),\s+([A-Z][A-Z '’-]*[A-Z])[*_]*:", re.M)
#: A broadcast transcript's note on a line of its own: "(SOUNDBITE OF ARCHIVED RECORDING)", "[MUSIC]".
_STAGE_DIRECTION = re.compile(r"[(\[][^)\]\n]*[)\]]\s*")
#: Labels of the one who asks, besides the byline's names, their initials and a news outlet's name ("TIME:").
INTERVIEWER_LABELS = {"q", "question", "interviewer", "int"}
#: Labels of the one who answers, besides the person's name or initials.
INTERVIEWEE_LABELS = {"a", "answer"}
#: Capitalized words that head a note, not a turn of an interview ("UPDATE: ...", "CLARIFICATION: ...").
NOTE_LABELS = {"update", "updated", "correction", "clarification", "editor's note", "editor’s note", "note",
               "warning", "related", "read more", "watch", "video", "photos", "full speech", "source", "sources",
               "disclosure", "advertisement", "breaking", "exclusive", "analysis", "opinion", "live", "listen",
               "transcript", "caption", "credit", "summary", "background", "context", "why it matters", "the big picture",
               "what's next", "what’s next", "go deeper", "the bottom line", "bottom line", "driving the news"}
#: A paragraph after the last answer that is a note about the interview, not more of the answer.
_INTERVIEW_NOTE = re.compile(r"[\[(*_—–-]|(?:this|the) (?:interview|conversation|transcript|q&a|exchange)\b|"
                             r"editor['’]?s note|correction|clarification|update|(?:this|the) (?:article|story)\b",
                             re.IGNORECASE)
#: A word of the first person: a paragraph after an interview's last turn with one goes on with that answer.
_FIRST_PERSON_WORD = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|mine|we|we're|we’re|us|our|ours)\b",
                                re.IGNORECASE)
#: Words whose "with" or "to" names the one interviewed ("an interview with X", "we spoke with X", "sat down with X").
INTERVIEW_WORDS = {"interview", "speak", "talk", "conversation", "chat", "sit", "discussion", "q&a", "exchange",
                   "meet", "interviewed", "spoke", "talked"}


#: A speech verb with a third person for its subject, outside quotes: 'he interjected:', 'she told me', 'Trump said'.
_THIRD_PERSON_SAYS = re.compile(r"\b(?:he|she|they|[A-Z][\w’'.-]+)\s+(?:also\s+|then\s+|later\s+)?"
                                r"(?:said|says|told|tells|added|adds|asked|asks|replied|replies|responded|responds|"
                                r"interjected|shot back|fired back|wrote|writes|tweeted|tweets|declared|insisted|"
                                r"explained|continued)\b")
#: A heading between excerpts: "2. Clinton's preparation", "Trump on his taxes" (a few words, no closing stop).
_HEADING = re.compile(r"(?:\d+[.)]\s+)?[A-Z0-9][^.?!:;\n]{0,60}")


def _narrative(text: str, lo: int, hi: int, label: str, tops: list[tuple[int, int]]) -> bool:
    """Whether an unlabelled paragraph between a transcript's turns is the reporter's, not more of the turn before:
    outside its quotes it names that turn's speaker ('That was a good line for Trump' after 'TRUMP: ...') or says who
    said something ('..., he interjected: "..."', '"...," she told me'), or it is a heading ('2. Clinton's
    preparation') or a lead-in to the next excerpt ('Here's the exchange:'), in the third person."""
    own = "".join(" " if any(a <= i < b for a, b in tops) else text[i] for i in range(lo, hi))
    surname = label.split()[-1].strip(".").title() if label.strip(" .").isalpha() or " " in label else ""
    if len(surname) > 1 and re.search(rf"\b{re.escape(surname)}\b", own):
        return True
    if _THIRD_PERSON_SAYS.search(own):
        return True
    if _FIRST_PERSON_WORD.search(own):
        return False
    stripped = own.strip()
    return stripped.endswith(":") or (len(stripped.split()) <= 8 and _HEADING.fullmatch(stripped) is not None)


def _turn_label(text: str, pos: int) -> tuple[str, int] | None:
    """The turn label opening the paragraph at ``pos`` and where its words start, else None."""
    found = _QA_LABEL.match(text, pos) or _NAME_LABEL.match(text, pos)
    if found is None or found.group(1).lower().strip(" .") in NOTE_LABELS:
        return None
    return found.group(1), found.end()


def interview_turns(text: str, spans: list[QuoteSpan]) -> tuple[list[QuoteSpan], dict[int, tuple[str, int]]]:
    """The turns of an interview published as questions and answers ("Q: ..." / "A: ...", "FISCHER: ..." /
    "NWOSU: ..."), as quotes: ``spans`` with one span more for each paragraph of a turn that no quotation mark opens
    (marks inside it nest), and, by the index of such a span, the turn's label and where its words start.

    A text is an interview when its paragraphs open with both a "Q" and an "A" label, or with two or more labels in
    capitals taking turns at least twice over three paragraphs or more ("UPDATE:" and such notes never count). A
    paragraph without a label continues the turn before it (an answer over several paragraphs), up to the next label;
    after the last one, while it speaks in the first person and is no note about the interview ("This interview has
    been edited ...")."""
    tops = [(s.open if s.open is not None else s.start, (s.close + 1) if s.close is not None else s.end)
            for s in spans if s.parent is None]
    lines: list[tuple[int, int, tuple[str, int] | None]] = []  # (start, end, label) of every paragraph
    for m in re.finditer(r"[^\n]+", text):
        lead = _LEAD.match(text, m.start()).end()
        if lead >= m.end():
            continue
        quoted = any(lo <= lead < hi for lo, hi in tops)
        lines.append((lead, m.end(), None if quoted else _turn_label(text, lead)))
    labels = [label[0].upper().rstrip(".") for _, _, label in lines if label]
    changes = sum(a != b for a, b in zip(labels, labels[1:]))
    if not ({"Q", "A"} <= set(labels) or (len(set(labels)) >= 2 and len(labels) >= 3 and changes >= 2)):
        return spans, {}
    added: dict[int, tuple[str, int]] = {}  # id of a new span -> (label, words' start)
    new: list[QuoteSpan] = []
    turn: tuple[str, int] | None = None
    last = max(k for k, (_, _, label) in enumerate(lines) if label)
    for k, (lo, hi, label) in enumerate(lines):
        if label is not None:
            turn, words = label, label[1]
            if words >= hi:
                continue  # a label on a line of its own ("LEILA FADEL, HOST:"): its words are the next paragraph's
        elif turn is None:
            continue  # the introduction
        elif _STAGE_DIRECTION.fullmatch(text, lo, hi):
            turn = None  # "(SOUNDBITE OF ARCHIVED RECORDING)": no one's words, and the turn before is over
            continue
        elif len(turn[0]) > 1 and _narrative(text, lo, hi, turn[0], tops):
            turn = None  # the reporter's words between excerpts of a transcript: the turn before is over
            continue
        elif k > last and (_INTERVIEW_NOTE.match(text, lo) or not _FIRST_PERSON_WORD.search(
                "".join(" " if any(a <= i < b for a, b in tops) else text[i] for i in range(lo, hi)))):
            break  # after the last turn, the story may go on in the reporter's words (an "I" only in a quote of
            # its own, 'Afterward, Pence told reporters, "I thought it went well."', is no more of the answer)
        else:
            words = lo
        if any(a <= lo < b for a, b in tops):
            continue  # a paragraph a quotation mark opens: a transcript label in it is read there
        span = QuoteSpan(lo, _rstrip(text, lo, hi), None, None)
        new.append(span)
        added[id(span)] = (turn[0], words)
    merged = _nest(list(spans) + new)
    return merged, {k: added[id(s)] for k, s in enumerate(merged) if id(s) in added}


#: An embedded post's signature, as a page copies a tweet: "— Jane Doe (@janedoe) January 8, 2020".
_POST_SIGNATURE = re.compile(r"^[—–-]\s*[^\n()@]{2,60}?\s*\(@\w{1,30}\)\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})?\s*$", re.M)


def embedded_posts(text: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """``spans`` with one span more for each embedded post a page copies without quotation marks (the post's text,
    then "— Jane Doe (@janedoe) January 8, 2020" on a line of its own): the paragraph before the signature, which
    the signature attributes as it does a block quote."""
    tops = [(s.open if s.open is not None else s.start, (s.close + 1) if s.close is not None else s.end)
            for s in spans if s.parent is None]
    new = []
    for signature in _POST_SIGNATURE.finditer(text):
        end = signature.start()
        while end > 0 and text[end - 1] in "\n \t":
            end -= 1
        start = text.rfind("\n", 0, end) + 1
        if end > start and not any(lo < end and start < hi for lo, hi in tops):
            new.append(QuoteSpan(start, _rstrip(text, start, end), None, None))
    return _nest(list(spans) + new) if new else spans


def _plural_possessive(text: str, i: int) -> bool:
    """"the troops’ families": an apostrophe after an s, before a lowercase word, with a later mark that can close."""
    if i == 0 or text[i - 1] != "s" or not text[i + 1: i + 3].startswith(" ") or not text[i + 2: i + 3].islower():
        return False
    for j in range(i + 1, len(text)):
        c = text[j]
        if c in "\n\r" or c in _DOUBLE_CLOSE or c == '"':
            return False
        if c in _SINGLE_CLOSE + "'" and not (text[j + 1: j + 2] or " ").isalnum():
            return True
    return False


def _top_double_open_here(stack: list[QuoteSpan], text: str, i: int) -> bool:
    """A straight mark after a space closes an open double quote when what follows cannot start a quote."""
    if not any(s.double for s in stack):
        return False
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return nxt in " \t\n\r\u00a0,.;:!?)"


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n\r\u00a0":
        end -= 1
    return end


# --------------------------------------------------------------------------------------------------------------
# People mentioned, for pronouns and descriptions


@dataclass
class _Person:
    part_order: int
    start: int  # character offset in the part text
    end: int
    name: str  # canonical
    roles: set[str] = field(default_factory=set)
    gender: str | None = None
    subject: int = 0  # 2: subject of the sentence's main clause, 1: of another clause, 0: not a subject
    quoted: bool = False
    sentence: int = 0
    clause: int = -1  # token index of the verb of the clause the mention sits in, when it is an object there
    spoke: bool = False  # the subject of a speech verb ("Bailey told a press conference ...")

@dataclass
class _Part:
    order: int
    part: str
    index: int
    text: str
    doc: "Doc"
    spans: list[QuoteSpan]
    sent_starts: list[int]
    quoted: list[bool]  # per token: inside a top-level quote (marks included)
    turns: dict[int, tuple[str, int]] = field(default_factory=dict)  # span index -> interview turn label, words' start

    def sentence_of(self, char: int) -> int:
        return max(0, bisect_right(self.sent_starts, char) - 1)


@dataclass
class _Speaker:
    name: str | None
    kind: str
    text: str
    author: str | None = None


class _Reader:
    """The state of one article's reading: its parsed parts, the people it names, the canonical names."""

    def __init__(self, article: "Article"):
        self.article = article
        self.parts: list[_Part] = []
        parsed = _nlp.parse(article)
        # British papers quote with single marks: read from the dek, captions and body (a US headline uses them too)
        single = single_marks_primary(p.text for p in parsed if p.part != "headline")
        for order, pd_ in enumerate(parsed):
            doc = pd_.doc
            # a headline quotes with single marks in every house style ("Mayor calls budget 'a disaster'")
            headline_single = pd_.part == "headline" and not _DOUBLE_MARKS.search(pd_.text) and bool(
                _HEADLINE_SINGLE.search(pd_.text))
            spans = quote_spans(pd_.text, single_primary=single or headline_single)
            turns: dict[int, tuple[str, int]] = {}
            if pd_.part == "body":
                spans, turns = interview_turns(pd_.text, embedded_posts(pd_.text, spans))
            quoted = [False] * len(doc)
            for span in spans:
                if span.parent is None:
                    lo = span.open if span.open is not None else span.start
                    hi = (span.close + 1) if span.close is not None else span.end
                    covered = _nlp.token_range(doc, lo, hi)  # positions only: no Token objects made
                    quoted[covered.start:covered.stop] = [True] * len(covered)
            self.parts.append(_Part(order, pd_.part, pd_.index, pd_.text, doc, spans,
                                    [s.start_char for s in doc.sents], quoted, turns))
        self._resolver = _actor_resolver()
        self._kinds: list[tuple[str, str]] | None = None
        self._interviewed: _Speaker | None | bool = False  # the one an interview's "A:" is (False: not looked for)
        #: (part order, start, end) of passages quoted from another outlet's story ("The Post reported: '...'"),
        #: whose people a later "she" or "he" may stand for, as for the writer's own narrative
        self.excerpts: list[tuple[int, int, int]] = []
        self._names: dict[str, str] = {}
        self.people: list[_Person] = []
        self._index_people()

    # names --------------------------------------------------------------------------------------------------
    def canonical(self, part: _Part, text: str, start: int | None) -> str:
        text = _clean_name(text)
        if self._resolver is not None:
            try:
                name = self._resolver(self.article, text, start=start, part=part.part)
            except Exception:  # noqa: BLE001 - the actors layer is optional here; fall back to our own reading
                name = None
            if name:
                return self._fill_out(name)
        return self._fuller(text) if text else text

    def _fill_out(self, name: str) -> str:
        """``_fuller``, unless the actors layer keeps the two names apart as two people: "Obama" (the president, no
        first name written) in a story that also names Michelle Obama stays "Obama"."""
        full = self._fuller(name)
        people = self._people_actors()
        if full != name and not name.isupper() and name in people and full in people:
            return name
        return full

    def _people_actors(self) -> set[str]:
        """The persons of the actors layer's table, by their canonical names."""
        return {actor for actor, kind in self._actor_kinds() if kind == "person"}

    def _actor_kinds(self) -> list[tuple[str, str]]:
        """(actor, kind) of each row of the actors layer's table, read once per article."""
        if self._kinds is None:
            try:
                self._kinds = list(importlib.import_module(f"{__package__}.actors").rows(
                    self.article, "actors", ("actor", "kind")))
            except (ImportError, AttributeError):
                self._kinds = []
        return self._kinds

    def _fuller(self, name: str) -> str:
        """A name that is the tail of a fuller name in the article ("Abdul Mahdi" of "Adel Abdul Mahdi"; a
        transcript's label in capitals, "CLINTON", of "Hillary Clinton")."""
        words = name.split()
        full = self._names.get(words[-1].lower()) if words else None
        if name.isupper() and len(words) == 1 and (not full or full.isupper()):
            # a label whose person the tagger did not tag in full: the article's "<first name> <Surname>"
            surname = words[0].title()
            for part in self.parts:
                for found in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(surname)}\b", part.text):
                    if found.group(1).lower() in FIRST_NAME_GENDERS:
                        return f"{found.group(1)} {surname}"
        if not full or len(full.split()) <= len(words):
            return name
        tail = full.split()[-len(words):]
        if tail == words or (name.isupper() and [w.lower() for w in tail] == [w.lower() for w in words]):
            return full
        return name

    def _one_owner(self, surname: str) -> bool:
        """Whether one person of the article, written in full, bears ``surname``."""
        return len(self._bearers.get(surname.lower(), ())) == 1

    def _index_people(self) -> None:
        full: dict[str, str] = {}
        for part in self.parts:
            for ent in _nlp.ents(part.doc):
                if ent.label_ == "PERSON":
                    name = _clean_name(ent.text)
                    if name:
                        key = name.split()[-1].lower()
                        if len(name.split()) > len(full.get(key, "").split()):
                            full[key] = name
        # a person the tagger also took for an organization ("Nikki Haley" in the lede, "Haley" later, where
        # elsewhere "Haley said" is a person): a first name and that surname, or the surname alone
        named_elsewhere = set(full)
        miscast = [(part, ent) for part in self.parts for ent in _nlp.ents(part.doc) if ent.label_ == "ORG"
                   and _person_miscast(ent, named_elsewhere)]
        for _, ent in miscast:
            name = _clean_name(ent.text)
            key = name.split()[-1].lower()
            if len(name.split()) > len(full.get(key, "").split()):
                full[key] = name
        self._names = full
        #: how many people of the article bear each surname, written with a first name ("Hillary Clinton", "Bill
        #: Clinton": two), so a surname alone is filled out only where it is one person's
        self._bearers: dict[str, set[str]] = {}
        for part in self.parts:
            for ent in [e for e in _nlp.ents(part.doc) if e.label_ == "PERSON"] + [e for p, e in miscast if p is part]:
                name = _clean_name(ent.text)
                if len(name.split()) > 1:
                    self._bearers.setdefault(name.split()[-1].lower(), set()).add(name)
        #: one word the tagger took for a name, written after "the" as no name is ("the Oklahoman said", "the
        #: Texan"), where the article has no one of that surname: a description of someone, not a person's name
        #: (nor a body the actors layer knows: "the Bench observed")
        bodies = {n.lower() for n in self.organization_names()}
        self.described_words = {
            e.text.lower() for part in self.parts for e in _nlp.ents(part.doc)
            if e.label_ == "PERSON" and len(e) == 1 and e.start and part.doc[e.start - 1].lower_ == "the"
            and e.text.lower() not in FIRST_NAME_GENDERS and e.text[:1].isupper() and e.text.lower() not in bodies
            and e.text.lower() not in person_titles()  # ("the Pope", "the Queen": titles, read as such)
            and not any(len(n.split()) > 1 and n.split()[-1].lower() in (e.text.lower(), e.text.lower()[:-1])
                        for n in full.values())}
        seen: set[tuple[int, int]] = set()
        by_actor: dict[str, str] = {}
        for part, span, name in self._actor_mentions():
            # (the actors layer may name one by a label, or by a surname where it took the full name for a body)
            name = self._fill_out(name) if name.isupper() or (" " not in name and self._one_owner(name)) else name
            self._add_person(part, span, name)
            seen.add((part.order, span.root.i))
            key = name.split()[-1].lower()
            if " " in name and key not in by_actor:  # the actors layer's full name, not the tagger's span
                full[key] = by_actor[key] = name  # ("Bishop Charles Ellis"); of two, the first
        for part in self.parts:
            for ent in _nlp.ents(part.doc):
                if ent.label_ != "PERSON" or not _clean_name(ent.text) or (part.order, ent.root.i) in seen:
                    continue
                self._add_person(part, ent, self.canonical(part, ent.text, ent.start_char))
                seen.add((part.order, ent.root.i))
            for other, ent in miscast:
                if other is part and (part.order, ent.root.i) not in seen:
                    self._add_person(part, ent, self.canonical(part, ent.text, ent.start_char))
                    seen.add((part.order, ent.root.i))
            appositions = _nlp.tokens_where(part.doc, "DEP", ("appos",))
            for tok in appositions:  # a name the tagger missed, set beside a person's title: "Jo Priebus, the
                # chairman of the party, agreed"; "Her spokeswoman, Ana Ruiz, dismissed it"
                named = None
                if tok.pos_ == "NOUN" and tok.lemma_.lower() in person_titles() and tok.head.pos_ == "PROPN":
                    named = tok.head
                elif tok.pos_ == "PROPN" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in person_titles():
                    named = tok  # (whatever the tagger made of it: "The university's president, Santa Ono,")
                if named is None or named.ent_type_ == "PERSON" or (part.order, named.i) in seen \
                        or named.i == 0 or part.doc[named.i - 1].dep_ != "compound" \
                        or part.doc[named.i - 1].pos_ != "PROPN":
                    continue
                name = part.doc[named.i - 1: named.i + 1]
                canonical = self.canonical(part, name.text, name.start_char)
                self._add_person(part, name, canonical)
                full.setdefault(canonical.split()[-1].lower(), canonical)  # a later "Ruiz said" is Ana Ruiz
                seen.add((part.order, named.i))
            for tok in appositions:  # "The mayor's wife, Teresa, runs a diner": a first name set beside a noun
                if tok.pos_ == "PROPN" and tok.lower_ in FIRST_NAME_GENDERS \
                        and (part.order, tok.i) not in seen and tok.head.pos_ == "NOUN" \
                        and tok.ent_type_ not in ("GPE", "LOC", "FAC", "ORG", "NORP"):
                    self._add_person(part, part.doc[tok.i:tok.i + 1], self.canonical(part, tok.text, tok.idx))
        self.people = sorted((p for p in self.people if p.name.lower() not in self.described_words),
                             key=lambda p: (p.part_order, p.start))
        #: nouns the article has set beside a name ("Reed, a developer"): a later "the developer" is a person
        self.appositive_nouns = {c.lemma_.lower() for part in self.parts
                                 for c in _nlp.tokens_where(part.doc, "DEP", ("appos",)) if c.head.ent_type_ == "PERSON"}
        self.person_names = {p.name for p in self.people}
        # a person's gender: an honorific written with the name here, else the first name's usual gender, else
        # the actors layer's guess (which also counts pronouns nearby, and errs in articles about several people)
        genders: dict[str, str] = {}
        for person in self.people:
            if person.gender:
                genders.setdefault(person.name, person.gender)
        for name in {p.name for p in self.people}:
            first = name.split()[0].lower() if len(name.split()) > 1 else ""
            if first in FIRST_NAME_GENDERS:
                genders.setdefault(name, FIRST_NAME_GENDERS[first])
        #: people whose gender the article states (an honorific) or their first name tells, not a guess from pronouns
        self.stated_genders = set(genders)
        for name, gender in self._actor_genders().items():
            genders.setdefault(name, gender)
        for name in {p.name for p in self.people}:  # a first name alone: "Her husband, Carlos, ..."
            if " " not in name and name.lower() in FIRST_NAME_GENDERS:
                genders.setdefault(name, FIRST_NAME_GENDERS[name.lower()])
        roles_by_name: dict[str, set[str]] = {}
        for person in self.people:
            roles_by_name.setdefault(person.name, set()).update(person.roles)
        for name, words in self._actor_roles().items():
            roles_by_name.setdefault(name, set()).update(words)
        for person in self.people:
            person.gender = genders.get(person.name)
            person.roles = {ROLE_SYNONYMS.get(w, w) for w in roles_by_name[person.name]}
        #: every role word of the article's people, so a description's other words ("embattled") are not asked for
        self.role_words = frozenset(w for p in self.people for w in p.roles)
        #: words of the places, nationalities and parties the article names ("michigan", "republican")
        self.place_words = frozenset(ROLE_SYNONYMS.get(w, w) for part in self.parts for e in _nlp.ents(part.doc)
                                     if e.label_ in ("GPE", "LOC", "NORP") for w in e.text.lower().split())
        #: ages written beside a name ("Jane Doe, 67, said"), for a later "the 67-year-old"
        self.ages: dict[str, str] = {}
        by_start = {(p.part_order, p.start): p.name for p in self.people}
        for part in self.parts:
            for tok in _nlp.tokens_where(part.doc, "DEP", ("appos",)):
                if tok.like_num and tok.head.ent_type_ == "PERSON" and tok.text.isdigit():
                    head = part.doc[tok.head.left_edge.i] if tok.head.left_edge.i < tok.head.i else tok.head
                    ent = next((e for e in _nlp.ents(part.doc) if e.start <= tok.head.i < e.end), None)
                    name = by_start.get((part.order, ent.start_char if ent is not None else head.idx))
                    if name:
                        self.ages.setdefault(name, tok.text)
        self._index_anonymous()
        self._index_descriptions()

    def _index_descriptions(self) -> None:
        """A clause's subject that describes a person named before ("The GOP nominee fired back", "The Indiana
        governor said"), as a mention of that person, so a "he" or "she" after it follows it."""
        found: list[_Person] = []
        by_name = {p.name: p for p in self.people}
        for part in self.parts:
            for tok in _nlp.tokens_where(part.doc, "DEP", _SUBJECTS):
                aged = _age_described(tok) is not None  # "The 67-year-old said": the one of that age
                if (tok.pos_ != "NOUN" and not aged) or part.quoted[tok.i] \
                        or (tok.lemma_.lower() not in person_titles() and not aged) \
                        or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                    continue
                if any(t.dep_ == "appos" and t.ent_type_ == "PERSON" for t in tok.subtree):
                    continue  # "The U.S. ambassador to Poland, Dan Fried,": the name is there
                speaker = _speaker(self, part, tok)
                known = by_name.get(speaker.name or "")
                if speaker.kind != "person" or known is None or known.name in self.anonymous:
                    continue
                found.append(_Person(part.order, tok.idx, tok.idx + len(tok), known.name, known.roles, known.gender,
                                     2 if _main_subject(tok) else 1, False, part.sentence_of(tok.idx),
                                     spoke=_speaks(tok)))
        if found:
            self.people.extend(found)
            self.people.sort(key=lambda p: (p.part_order, p.start))

    def _index_anonymous(self) -> None:
        """Unnamed single sources that are a clause's subject ("said a U.S. official", "An aide told reporters"),
        as people a later "he" or "she" may stand for; their names are in ``self.anonymous``."""
        self.anonymous: set[str] = set()
        self.anonymous_nouns: set[str] = set()  # their head nouns: a later "the engineer" is "a district engineer"
        for part in self.parts:
            # a clause's subject, or the one a question is put to ("I asked a voter what she thought. '...,' she said")
            asked = [c for verb in _nlp.tokens_where(part.doc, "LEMMA", _ASKED) if verb.tag_ != "VBN"
                     for c in verb.children if c.dep_ in ("dobj", "dative")]
            for tok in sorted([*_nlp.tokens_where(part.doc, "DEP", _SUBJECTS), *asked], key=lambda t: t.i):
                if tok.tag_ != "NN" or part.quoted[tok.i] or not (
                        _unnamed_noun(tok.lemma_.lower()) or _asks_anonymity(tok) or tok.lemma_.lower() in KIN_NOUNS) \
                        or tok.ent_type_ \
                        or any(c.dep_ == "appos" for c in tok.children):
                    continue
                kin = tok.lemma_.lower() in KIN_NOUNS and any(c.dep_ == "poss" and c.lower_ in _OWNERS
                                                              for c in tok.children)
                if not kin and not any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another")
                                       for c in tok.children):
                    continue  # "the official" is someone named before; "a U.S. official" is a new voice; "my
                    # father", "his wife", never named, are someone a "he" or "she" may stand for
                right = _anonymous_right(tok) if tok.dep_ in _SUBJECTS else tok.i  # (not "a voter about the race")
                name = _lower_article(part.doc[_left_edge(tok): right + 1].text)
                self.anonymous.add(name)
                self.anonymous_nouns.add(tok.lemma_.lower())
                noun = tok.lemma_.lower()
                gender = _TITLE_GENDERS.get(person_titles().get(noun, "")) or KIN_NOUNS.get(noun) \
                    or SEXED_NOUNS.get(noun)  # "a spokeswoman", "a woman", "his wife": "she"
                if tok.dep_ in _SUBJECTS:
                    subject, clause = (2 if _main_subject(tok) else 1), -1
                else:  # the one asked, as a named person asked is: the answer is theirs
                    subject, clause = 0, tok.head.i
                self.people.append(_Person(part.order, tok.idx, tok.idx + len(tok), name,
                                           {ROLE_SYNONYMS.get(noun, noun)}, gender, subject,
                                           False, part.sentence_of(tok.idx), clause, _speaks(tok)))
        if self.anonymous:
            self.people.sort(key=lambda p: (p.part_order, p.start))

    def _add_person(self, part: _Part, span: "Span", name: str) -> None:
        roles, gender = _roles(span)
        root = span.root
        role = root.head if root.dep_ == "appos" else root  # "Her spokesman, Jane Doe, said": Doe is the subject
        role = _title_across_of(root) or role  # "The mayor of New Orleans, LaToya Cantrell, said": the mayor
        subject = 2 if _main_subject(role) else int(role.dep_ in ("nsubj", "nsubjpass"))
        if role.dep_ == "ROOT" and role.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.i > role.i for c in role.children):
            subject = 2  # "Her running mate, Tim Kaine, piled on." parsed as a noun with a clause: its subject
        if role.dep_ == "poss" and role.head.dep_ == "ROOT" and role.head.pos_ in ("NOUN", "PROPN") \
                and not any(c.pos_ in ("VERB", "AUX") for c in role.head.subtree):
            subject = 1  # a sentence with no verb, about one person: "Mike Pence's take?" ('"...," he said')
        clause = -1
        if not subject and role.dep_ != "poss":
            verb = role
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            clause = verb.i
            if any(c.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "who"
                                             for g in c.children) for c in role.children):
                subject = 1  # "... listened to Jane Doe, who has undergone surgery": the topic of her own clause
        self.people.append(_Person(part.order, span.start_char, span.end_char, name, roles, gender, subject,
                                   part.quoted[root.i], part.sentence_of(span.start_char), clause, _speaks(role)))

    def _actor_mentions(self) -> list[tuple[_Part, "Span", str]]:
        """The persons the actors layer finds by name (it also catches names the tagger took for places or
        organizations, "Trump responded"), as (part, span, canonical name)."""
        try:  # (the rows of its table, read without copying it: actors.rows)
            found = importlib.import_module(f"{__package__}.actors").rows(
                self.article, "named_mentions", ("part", "paragraph", "start", "end", "actor", "kind"))
        except Exception:  # noqa: BLE001 - the actors layer is optional here; spaCy's PERSON entities remain
            return []
        by_key = {(p.part, p.index): p for p in self.parts}
        out = []
        for r_part, r_paragraph, r_start, r_end, r_actor, r_kind in found:
            if r_kind != "person":
                continue
            part = by_key.get((r_part, r_paragraph if r_part == "caption" else 0))
            if part is None:
                continue
            span = part.doc.char_span(int(r_start), int(r_end), alignment_mode="expand")
            if span is not None and len(span):
                out.append((part, span, str(r_actor)))
        return out

    def _actor_roles(self) -> dict[str, set[str]]:
        """Words of each person's title and role as the actors layer gives them ("Democratic presidential
        nominee" -> nominee, presidential, democratic), for descriptions such as "the Republican nominee"."""
        try:
            people = importlib.import_module(f"{__package__}.actors").rows(self.article, "people",
                                                                          ("actor", "title", "role"))
        except Exception:  # noqa: BLE001
            return {}
        out: dict[str, set[str]] = {}
        for actor, title, role in people:
            text = " ".join(str(v) for v in (title, role) if isinstance(v, str))
            words = {TITLE_ROLES.get(w, w.rstrip(".")) for w in re.findall(r"[\w.’'-]+", text.lower())}
            out[str(actor)] = words - {"the", "a", "an", "of", "and", "for", "to", "in"}
        return out

    def organization_names(self) -> set[str]:
        """Names the actors layer reads as organizations."""
        return {actor for actor, kind in self._actor_kinds() if kind == "organization"}

    def _actor_genders(self) -> dict[str, str]:
        """Genders the actors layer knows (from honorifics, titles and the pronouns used for a person)."""
        try:
            people = importlib.import_module(f"{__package__}.actors").rows(self.article, "people", ("actor", "gender"))
        except (ImportError, AttributeError):
            return {}
        short = {"male": "m", "female": "f"}
        return {actor: short[gender] for actor, gender in people if gender in short}

    def person_at(self, part: _Part, tok: "Token") -> str | None:
        """The person named by a mention that covers ``tok``, when it is a name (not a description or an unnamed
        source)."""
        return next((p.name for p in self.people if p.part_order == part.order and p.start <= tok.idx < p.end
                     and p.name not in self.anonymous and part.text[p.start:p.end][:1].isupper()), None)

    def called(self, name: str, gender: str) -> None:
        """An unnamed source the article has just called "he" or "she" ('A second officer arrives. "...," he says')
        is of that gender from then on, so a later "she" is someone else."""
        for person in self.people:
            if person.name == name and person.gender is None:
                person.gender = gender

    def gender_of(self, name: str | None) -> str | None:
        """The gender the article gives a person ("m", "f"), else None."""
        return next((p.gender for p in self.people if p.name == name and p.gender), None)

    def first_with_role(self, noun: str, exclude: Iterable[str] = ()) -> str | None:
        """The first person of the body whose role words hold ``noun`` ("minister" -> "Immigration Minister Marc
        Miller"), for a headline's bare title ("Ottawa to cut funding ..., minister says"); None unless exactly one
        person of the article holds it (two ministers: the headline's is not known)."""
        excluded = set(exclude) | set(self.anonymous)
        body = {p.order for p in self.parts if p.part == "body"}
        holders = {p.name for p in self.people if p.part_order in body and noun in p.roles and p.name not in excluded}
        return next(iter(holders)) if len(holders) == 1 else None

    def headline_person(self, noun: str, gender: str | None, exclude: Iterable[str] = ()) -> str | None:
        """The person a description the headline uses stands for ("Coach steps down after 22 seasons" ... "the coach
        said"): the subject of the first sentence of the body that names a person as its main clause's subject."""
        heads = [p for p in self.parts if p.part == "headline"]
        if not heads or not any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() == noun for t in heads[0].doc):
            return None
        body = next((p for p in self.parts if p.part == "body"), None)
        lede = next((p for p in self.people if body is not None and p.part_order == body.order and p.subject == 2
                     and p.name not in self.anonymous), None)
        if lede is None or lede.name in exclude or (gender and lede.gender and lede.gender != gender):
            return None
        return lede.name

    def surname_owner(self, part: _Part, start: int, written: str, name: str) -> str:
        """Of several people who share a surname ("Juan Miguel Gonzalez", "Lazaro Gonzalez"), the one a bare
        "Gonzalez" (or "Mr. Gonzalez", "the elder Gonzalez") stands for: the one last written in full as a clause's
        subject before it ("Raul Castro, brother of Fidel Castro, said"), else last written in full, of the
        honorific's gender. ``name`` (the actors layer's reading) where the surname is one person's."""
        words = _clean_name(written).split()
        if len(words) != 1:
            return name
        surname = words[0].lower()
        owners = {p.name for p in self.people if " " in p.name and p.name.split()[-1].lower() == surname}
        if len(owners) < 2:
            return name
        before = part.text[max(0, start - 6):start].split()
        gender = GENDER_HONORIFICS.get(before[-1].lower()) if before else None
        char = start
        def full(p: _Person) -> bool:  # written with a first name and the surname, not "Elian" or "Gonzalez"
            written_words = re.findall(r"[\w'’.-]+", self.parts[p.part_order].text[p.start:p.end].lower())
            return p.name.split()[0].lower() in written_words and surname in written_words

        earlier = [p for p in self.people if p.name in owners and (p.part_order, p.start) < (part.order, char)
                   and not p.quoted and not (gender and p.gender and p.gender != gender) and full(p)]
        if not earlier:
            return name
        # the latest written as a clause's subject ("Raul Castro ... likened", not a later "led by Fidel Castro")
        return ([p for p in earlier if p.subject] or earlier)[-1].name

    # antecedents --------------------------------------------------------------------------------------------
    def antecedent(self, part: _Part, char: int, *, gender: str | None = None, role: str | None = None,
                   modifiers: frozenset[str] = frozenset(), exclude: Iterable[str] = (),
                   same_sentence_first: bool = False, in_view: bool = False, places: frozenset[str] = frozenset(),
                   spoken: bool = False, _depth: int = 0) -> str | None:
        """The person a pronoun or description at ``char`` refers to: the nearest fitting person named before it
        (preferring a sentence's subject), or, for a pronoun inside a quote, a person named in the same sentence.
        A description's ``role`` (its head noun) must be among the person's role words, and so must its
        ``modifiers`` ("Republican" of "the Republican nominee"); a person whose roles name another place or party
        than the description's ``places`` does not fit ("the Indiana governor" is not "Michigan Gov. X").
        ``in_view``: the person a description of no known role stands for ("the 67-year-old"), the subject of the
        closest sentence with one, as for "he". ``spoken``: the pronoun is the subject of a cue that goes on with
        what one has said ("he added"): of a latest person who has not spoken and one who has, the one who has."""
        excluded = set(exclude)

        def fits(p: _Person) -> bool:
            if p.name in excluded or (gender and p.gender and p.gender != gender):
                return False
            if places and not places & p.roles and p.roles & self.place_words:
                return False
            return role is None or (role in p.roles and modifiers <= p.roles)

        sentence = part.sentence_of(char)
        if gender and role is None:
            # "In a letter to X, he wrote": not the object of the very clause "he" is the subject of
            toks = _tokens_in(part.doc, char, char + 1)
            if toks and toks[0].dep_ in ("nsubj", "nsubjpass"):
                verb = toks[0].head.i
                excluded |= {p.name for p in self.people if p.part_order == part.order and p.sentence == sentence
                             and p.clause == verb and p.start < char}
                said = toks[0].head
                after = next((t for t in part.doc[said.right_edge.i + 1:] if not t.is_punct), None) \
                    if said.dep_ == "parataxis" and said.lemma_.lower() in SPEECH_VERBS else None
                if after is not None and not part.quoted[after.i]:
                    # "Trump's surrogates, he said, were ...": not a person named in what "he" says (a verb set
                    # inside the words it reports, not one before a quote)
                    lo, hi = said.left_edge.idx, said.right_edge.idx + len(said.right_edge)
                    excluded |= {p.name for p in self.people if p.part_order == part.order
                                 and p.sentence == sentence and p.start < char and not lo <= p.start < hi}
                # "Asked whether X would ..., he said": the one asked is "he", never X; nor a person in any clause
                # before "he" that has no subject of its own, whose doer "he" is ("After meeting Gov. John Kasich,
                # he told reporters", "Standing next to X, he said"; not "When I read that line to Green, she")
                clauses = [*toks[0].head.children, *(g for c in toks[0].head.children if c.dep_ == "prep"
                                                     for g in c.children if g.dep_ == "pcomp")]  # ("After meeting X")
                for clause in clauses:
                    if clause.dep_ in ("advcl", "pcomp") and clause.pos_ in ("VERB", "AUX") \
                            and clause.i < toks[0].i and (
                            (clause.lemma_.lower() in _ASKED and clause.tag_ == "VBN")
                            or not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in clause.children)):
                        lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
                        excluded |= {p.name for p in self.people if p.part_order == part.order
                                     and lo <= p.start < hi}
        # a pronoun inside a quote (an excerpt of another paper's story: '"... Cheryl Mills was briefed. \'We will
        # handle it,\' she told the technician ..."') may stand for a person named earlier inside the same quote
        excerpt = next(((s.open if s.open is not None else s.start, char) for s in part.spans if s.parent is None
                        and (s.open if s.open is not None else s.start) <= char
                        < (s.close if s.close is not None else s.end)), None)  # (an interview's turn too: "A: ...")

        def readable(p: _Person) -> bool:
            return not p.quoted or (excerpt is not None and p.part_order == part.order
                                    and excerpt[0] < p.start < excerpt[1]) or any(
                order == p.part_order and lo <= p.start < hi and (order, hi) <= (part.order, char)
                for order, lo, hi in self.excerpts)

        people = self.people if not gender or role is not None else [self._bearer_of(p, gender) for p in self.people]
        if same_sentence_first:
            here = [p for p in people if p.part_order == part.order and p.sentence == sentence
                    and readable(p) and fits(p)]
            if here:
                return min(here, key=lambda p: abs(p.start - char)).name
        earlier = [p for p in people if (p.part_order, p.start) < (part.order, char) and fits(p)
                   and readable(p)]
        before = [p for p in earlier if p.part_order != part.order or sentence - p.sentence <= _LOOKBACK_SENTENCES
                  or role is not None]
        if gender and role is None:  # not "his chief of staff, X" for "he": the "his" is someone else
            before = [p for p in before if not _owned_by_pronoun(self, self.parts[p.part_order], p, gender)]
        if not before and gender:  # further back, only a person known to be of the pronoun's gender
            before = [p for p in earlier if p.gender == gender]
        last = before[-1] if before else None
        if spoken and gender and role is None and last is not None and last.name not in self.stated_genders \
                and not any(p.spoke for p in before if p.name == last.name):
            # "Bailey told a press conference ... One member, Swati Dhingra, voted for a cut. He added: '...'":
            # one adds to what they said, so the latest who spoke, a few sentences back, over one who has not
            # spoken and whom the article does not say is a man ("Tom Jones agreed. '...,' he added" is Jones)
            talkers = [p for p in before if p.spoke and p.part_order == part.order
                       and sentence - p.sentence <= _LOOKBACK_SENTENCES]
            if talkers:
                return talkers[-1].name
        if gender and role is None and _depth < 6:
            # "He added that Clinton ... Trump. '...,' he said": a he/she subject in a later sentence than the last
            # name carries the chain; resolve that pronoun instead
            chain = self._pronoun_subject_after(part, char, gender, last)
            if chain is not None:
                found = self.antecedent(part, chain.sent.start_char, gender=gender, exclude=exclude,
                                        _depth=_depth + 1)
                if found is None or (found in self.anonymous and self.gender_of(found) is None):
                    # (then at the pronoun itself, a person earlier in its own sentence: "When I read that line to
                    # Green, she laughed" is Green's "she", not "an executive" of a sentence before)
                    found = self.antecedent(part, chain.idx, gender=gender, exclude=exclude,
                                            _depth=_depth + 1) or found
                if found:
                    return found
        if last is None:
            if excerpt is not None and gender and role is None:
                # a "he" inside a quote or an interview's answer, with no one outside quotes to stand for: one of
                # that gender named in the quotes just before ('Q: You met with Donald Trump. ... / A: I told him,
                # "...." And he said, "...."')
                talked = [p for p in people if p.quoted and p.part_order == part.order and p.start < char
                          and fits(p) and p.gender == gender and sentence - p.sentence <= _LOOKBACK_SENTENCES]
                return talked[-1].name if talked else None
            return None
        if gender and role is None and (last.part_order, last.sentence) != (part.order, sentence) \
                and self.asked(last):
            return last.name  # "Reporters asked Dan Fine about the plan. '...,' he said": the one asked answers
        if (gender or in_view) and role is None and last.subject == 0 \
                and (last.part_order, last.sentence) != (part.order, sentence):
            # "he"/"she": the subject of the closest sentence whose subject is a fitting person, when the latest
            # mention is only an object or inside a phrase ("Trump spoke. The crowd cheered Pence. '...,' he said")
            subjects = [p for p in before if p.subject and p.part_order == last.part_order
                        and last.sentence - p.sentence <= _SUBJECT_LOOKBACK]
            if subjects and not any(p.subject for p in before if p.part_order == last.part_order
                                    and p.sentence == last.sentence):
                last = subjects[-1]
        same = [p for p in before if p.part_order == last.part_order and p.sentence == last.sentence]
        best = max(p.subject for p in same)  # the main clause's subject, else any clause's, else the last named
        chosen = [p for p in same if p.subject == best][-1]
        if gender and role is None and chosen.name in self.anonymous and chosen.gender is None:
            named = self._named_since(chosen, before, gender, part, sentence)
            if named is not None:
                return named
        if gender and role is None and chosen.subject and (last.part_order, last.sentence) != (part.order, sentence):
            # "Raddatz asked Clinton about her emails. '...,' she said": the one asked answers, not the asker
            other = self.parts[chosen.part_order]
            toks = _tokens_in(other.doc, chosen.start, chosen.end)
            root = next((t for t in toks if not chosen.start <= t.head.idx < chosen.end), toks[-1])
            verb = (root.head if root.dep_ == "appos" else root).head  # ("The moderator, Jane Doe, asked")
            if verb.lemma_.lower() in _ASKED and verb.tag_ != "VBN":
                asked = [p for p in same if p.clause == verb.i and p.subject == 0 and p is not chosen]
                if asked:
                    return asked[0].name
        return chosen.name

    def _bearer_of(self, person: _Person, gender: str) -> _Person:
        """A mention by a bare surname that two people of the article bear, as the one of them of ``gender`` where
        the mention was read as the other: for a "she", "Clinton said ..." after "Hillary Clinton" and "Her husband,
        former President Bill Clinton," may be hers, whoever the surname was taken for (an honorific decides
        itself: "Mr. Clinton" stays his)."""
        if person.gender in (None, gender) or " " not in person.name:
            return person
        part = self.parts[person.part_order]
        written = part.text[person.start:person.end]
        if " " in written.strip() or GENDER_HONORIFICS.get(
                (part.text[max(0, person.start - 6):person.start].split() or [""])[-1].lower().lstrip("\"“‘'(")):
            return person
        others = [n for n in self._bearers.get(written.strip().lower(), ()) if n != person.name
                  and self.gender_of(n) == gender]
        return replace(person, name=others[0], gender=gender) if len(others) == 1 else person

    def _named_since(self, unnamed: _Person, before: list[_Person], gender: str, part: _Part, sentence: int
                     ) -> str | None:
        """For a "he"/"she" that would go to an unnamed source of unknown gender ("an officer", at its mention
        ``unnamed``), a person the article says is of that gender (honorific, first name), named since that source
        came into view, before this mention of it or in a later paragraph, a few sentences back at most: 'The video
        shows Maria Lopez in her car as an officer walks up. "Step out," an officer says. "Why?" she yells.' The
        unnamed source keeps a pronoun when no such person came after it ('Trump ... "...," said a U.S. official.
        "...," he said': the official), or only after it spoke in the same paragraph ('"...," said an official. The
        report was ordered by Secretary Anne Clark. "...," she said': the official)."""
        first = next(p for p in self.people if p.name == unnamed.name)
        named = [p for p in before if p.name not in self.anonymous and p.gender == gender
                 and p.name in self.stated_genders and p.part_order == part.order == first.part_order
                 and p.sentence >= first.sentence and sentence - p.sentence <= _SUBJECT_LOOKBACK
                 and (p.start < unnamed.start or "\n" in part.text[unnamed.end:p.start])]
        return named[-1].name if named else None

    def asked(self, person: _Person) -> bool:
        """The person is the object of "ask", "press", "question" ... ("the moderator asked Dan Fine about ...")."""
        if person.subject or person.clause < 0:
            return False
        verb = self.parts[person.part_order].doc[person.clause]
        return verb.lemma_.lower() in _ASKED and verb.tag_ != "VBN"

    def _pronoun_subject_after(self, part: _Part, char: int, gender: str, last: _Person | None) -> "Token | None":
        """The latest he/she (of ``gender``) that is a sentence's subject before ``char``, outside quotes, in a
        sentence after the one naming ``last`` (or the same sentence, where ``last`` is not its subject)."""
        sentence = part.sentence_of(char)
        for i in reversed(_nlp.token_range(part.doc, 0, char)):  # the tokens before ``char``, latest first
            tok = part.doc[i]
            s = part.sentence_of(tok.idx)
            if s == sentence and tok.idx >= char - 1:
                continue
            if last is not None and last.part_order == part.order and (
                    s < last.sentence or (s == last.sentence and last.subject == 2)):
                return None
            if last is not None and last.part_order != part.order and sentence - s > _LOOKBACK_SENTENCES:
                return None
            if sentence - s > _LOOKBACK_SENTENCES:
                return None
            speaking = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS  # "..., he argued, ..."
            if (tok.lower_ in _THIRD_PERSON and _THIRD_PERSON[tok.lower_] == gender
                    and (_main_subject(tok) or speaking) and not part.quoted[tok.i] and s < sentence):
                return tok
        return None


#: Cues that go on with what the speaker has said: "he added", "she continued".
GOING_ON = {"add", "continue", "reiterate"}


def _speaks(tok: "Token") -> bool:
    """The subject of a speech verb ("Bailey told a press conference", "said Harry Katz"; not "X did not comment")."""
    return tok.dep_ in _SUBJECTS and SPEECH_VERBS.get(tok.head.lemma_.lower()) == "speech" \
        and not any(c.dep_ == "neg" for c in tok.head.children)


def _main_subject(tok: "Token") -> bool:
    """The subject of its sentence's main clause (or of a clause joined to it by "and"), not of a clause inside it
    ("He added that Diaz had ...": Diaz is not the sentence's subject)."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _actors_module():
    """The actors module (not the package's lazily exported ``actors`` function of the same name)."""
    return importlib.import_module(f"{__package__}.actors")


def _actor_resolver():
    try:
        actors = _actors_module()
    except ImportError:
        return None
    return getattr(actors, "resolve", None)


def _titled_name(doc, start: int, end: int) -> int | None:
    """The actors layer's reading of an "organization" ending in a title and a name (``_titled_name_in_org``)."""
    return _actors_module()._titled_name_in_org(doc, start, end)


def _institution(name: str) -> bool:
    """Whether ``name`` is an institution by the actors layer's alias table ("Downing Street", "the Kremlin")."""
    found = _actors_module().ALIASES.get(re.sub(r"^the\s+", "", name.strip().lower()))
    return bool(found) and found[1] == "organization"


def _clean_name(text: str) -> str:
    text = re.sub(r"[’']s?$", "", text.strip()).strip(" ,.;:")
    words = text.split()
    while words and (words[0].lower() in TITLE_ROLES or words[0].lower() in GENDER_HONORIFICS
                     or words[0].lower() == "the"):
        words = words[1:]
    return " ".join(words)


def _roles(ent: "Span") -> tuple[set[str], str | None]:
    """Role words written with a person's name: titles before it ("Brig. Gen.", "Defense Secretary") and the head of
    an apposition ("..., the commander of ...")."""
    roles: set[str] = set()
    gender = None
    doc = ent.doc
    words = [t for t in ent]
    j = ent.start - 1
    while j >= 0 and doc[j].pos_ in ("PROPN", "ADJ", "NOUN") and doc[j].dep_ in ("compound", "amod") \
            and ent.start - j <= 4:  # "Republican presidential nominee Donald Trump", "Ohio Sen. Sherrod Brown"
        words.insert(0, doc[j])
        j -= 1
    for tok in words:
        low = tok.text.lower()
        if low in GENDER_HONORIFICS:
            gender = GENDER_HONORIFICS[low]
        roles.add(TITLE_ROLES.get(low, low))
    for child in ent.root.children:
        if child.dep_ == "appos":
            roles.add(child.lemma_.lower())
    if ent.root.dep_ == "appos":
        roles.add(ent.root.head.lemma_.lower())
        title = _title_across_of(ent.root)
        if title is not None:
            roles.add(title.lemma_.lower())
    roles.discard(ent.root.text.lower())
    return roles, gender


def _person_miscast(ent: "Span", surnames: set[str]) -> bool:
    """An "organization" that is a person the article names elsewhere: the surname of a PERSON (``surnames``), alone
    or after a common first name ("Nikki Haley", "Haley")."""
    words = ent.text.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    if words[-1].lower() not in surnames:
        return False
    return len(words) == 1 or words[0].lower() in FIRST_NAME_GENDERS


def _title_across_of(tok: "Token") -> "Token | None":
    """The noun a name set off by commas describes when the parser hung the name on the place or body after "of"
    ("The mayor of New Orleans, LaToya Cantrell, said": Cantrell is the mayor, not New Orleans)."""
    if tok.dep_ != "appos" or tok.head.dep_ != "pobj" or tok.head.ent_type_ == "PERSON":
        return None
    prep = tok.head.head
    noun = prep.head
    if prep.lower_ != "of" or noun.pos_ != "NOUN" or noun.ent_type_ or noun.i > tok.i:
        return None
    return noun


def _tokens_in(doc: "Doc", lo: int, hi: int) -> list["Token"]:
    return _nlp.tokens_in(doc, lo, hi)  # by bisection, not a walk over every token


# --------------------------------------------------------------------------------------------------------------
# Speakers


def _subject(verb: "Token") -> list["Token"]:
    """The speaker tokens of a speech verb (conjoined subjects give several), climbing through "rushed to deny",
    "telling reporters ..." and a conjoined second speech verb."""
    tok = verb
    for _ in range(6):
        if tok.lower_ == "according":
            source = _according_source(tok)
            return _with_conjuncts(source) if source is not None else []
        if tok.lower_ == "per" and tok.pos_ == "ADP":
            source = _per_source(tok)
            return [source] if source is not None else []
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")
                and any(ch.isalpha() for ch in c.text)]  # not a dash the parser took for a subject
        if tok.i == verb.i and tok.lemma_.lower() in ADDRESSED_VERBS and subj \
                and all(c.dep_ == "nsubjpass" for c in subj):
            # "We were told 'nothing to see here'": the one told is not the speaker; the teller is, if named ("by X")
            agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            return _with_conjuncts(agents[0]) if agents else []
        if subj and all(c.dep_ == "nsubjpass" for c in subj) and tok.i == verb.i:
            # '"..." was written by X', 'The phrase "..." was coined by X': the doer after "by" speaks
            agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if agents:
                return _with_conjuncts(agents[0])
        if subj:  # of two subjects (a misparse), the one next to the verb: "... made public ― Trump boasted"
            nearest = min(subj, key=lambda c: abs(c.i - tok.i))
            inverted = _inverted_object(tok) if tok.i == verb.i and nearest.i < tok.i else None
            return [inverted] if inverted is not None else _with_conjuncts(nearest)
        inverted = _inverted_object(tok) if tok.i == verb.i else None
        if inverted is not None:
            return [inverted]
        name = _name_after_closing_cue(tok) if tok.i == verb.i else None
        if name is not None:
            return [name]
        if tok.i == verb.i and any(c.dep_ == "det" and c.i < tok.i for c in tok.children):
            # '"...," the 67-year-old said' parsed as one noun phrase headed by the verb: its last word speaks
            words = [c for c in tok.children if c.i < tok.i and c.dep_ in ("amod", "compound", "nmod")]
            if words:
                return [max(words, key=lambda c: c.i)]
        agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents:
            return _with_conjuncts(agents[0])
        if tok.dep_ in ("pcomp", "prep") and tok.head.i != tok.i:  # "..., before asking her, '...'"
            tok = tok.head
            continue
        if tok.i == verb.i and tok.tag_ == "VBG" and tok.i > 0 and tok.doc[tok.i - 1].ent_type_ == "PERSON" \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return [tok.doc[tok.i - 1]]  # "footage of Hillary Clinton asking, '...'"
        if tok.i == verb.i and tok.dep_ == "conj" and tok.lemma_.lower() in SPEECH_VERBS:
            inverted = _subject_between_quote_and_verb(tok)
            if inverted is not None:  # '“...,” Tulsa police Chief Jane Doe said' parsed as a conjunct
                return [inverted]
        if tok.i == verb.i and tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.head.dep_ == "ccomp" \
                and tok.head.head.lemma_.lower() in SPEECH_VERBS and tok.i > 0 and tok.doc[tok.i - 1].text == "," \
                and not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in tok.head.children):
            # "Sharif said Pakistan would ensure ..., adding that ...": the participle set off by a comma speaks for
            # the one who said, not for the subject of what was said (the parser hung it on the reported clause; a
            # pronoun there, "she believes ..., saying", is most often the one who said)
            tok = tok.head.head
            continue
        if tok.i == verb.i and tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.head.dep_ == "relcl" \
                and tok.i > 0 and tok.doc[tok.i - 1].text == ",":
            # "... defend not paying an architect who said he was stiffed, saying, '...'": a participle set off by
            # a comma speaks for the main clause, not for the relative clause the parser hung it on
            node = tok.head.head
            while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
                node = node.head
            if node.pos_ in ("VERB", "AUX") and node.i != tok.head.i:
                tok = node
                continue
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("PROPN", "NOUN") \
                and tok.head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            return _with_conjuncts(tok.head)  # "footage of Hillary Clinton asking, '...'"
        if tok.dep_ in ("xcomp", "advcl", "conj", "acl") and tok.head.i != tok.i:
            if tok.dep_ == "conj" and tok.head.lemma_.lower() not in SPEECH_VERBS:
                speech = [a for a in tok.ancestors if a.lemma_.lower() in SPEECH_VERBS]
                if not speech and tok.i == verb.i and tok.head.pos_ == "VERB" and tok.i > tok.head.i and any(
                        c.dep_ == "nsubj" for c in tok.head.children):
                    tok = tok.head  # "A man came up to me and said, '...'": the subject of the verb it is joined to
                    continue
                if not speech:
                    return []
                tok = speech[0]
                continue
            tok = tok.head
            continue
        return []
    return []


def _according_source(tok: "Token") -> "Token | None":
    """The source of "according to": its object, or the noun the parser made the object of a verb it read in the
    source's first word ("according to show insiders": 'show' a verb, 'insiders' its object)."""
    for to in (c for c in tok.children if c.lower_ == "to"):
        for g in to.children:
            if g.dep_ == "pobj":
                return g
        for g in to.children:
            if g.dep_ == "pcomp" and g.pos_ in ("VERB", "NOUN") and not any(c.dep_ in ("aux", "nsubj") for c in g.children):
                objs = [o for o in g.children if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN") and o.i == g.i + 1]
                if objs:
                    return objs[0]
    return None


def _name_after_closing_cue(verb: "Token") -> "Token | None":
    """'"...," said Kall, who ...' where the parser hung the name on another verb (it read "co-wrote" in the "who"
    clause as the verb of "Kall"): the name right after a verb that follows the closing mark, its last word."""
    doc = verb.doc
    if verb.i < 1 or doc[verb.i - 1].text not in _CLOSING_TOKENS or verb.i + 1 >= len(doc) \
            or doc[verb.i + 1].ent_type_ != "PERSON":
        return None
    end = verb.i + 1
    while end + 1 < len(doc) and doc[end + 1].ent_type_ == "PERSON" and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[end]


#: Speech verbs whose passive subject is the one spoken to ("was told", "were warned", "was assured").
ADDRESSED_VERBS = {"tell", "ask", "inform", "warn", "advise", "instruct", "assure", "remind", "urge", "notify",
                   "brief", "order"}


def _inverted_object(verb: "Token") -> "Token | None":
    """'"...," read the full-page editorial': the speaker after a verb that follows the closing mark, which the
    parser took for its object (and the quote for its subject), when it is a document or a name."""
    doc = verb.doc
    j = verb.i - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    if j < 0 or doc[j].text not in _CLOSING_TOKENS and not (doc[j].text == "," and j
                                                          and doc[j - 1].text in _CLOSING_TOKENS):
        return None
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.i > verb.i and (
                SOURCE_NOUNS.get(obj.lemma_.lower()) == "document" or obj.ent_type_ in ("PERSON", "ORG")):
            return obj
    return None


def _subject_between_quote_and_verb(verb: "Token") -> "Token | None":
    """The name written between a closing quotation mark and its speech verb, when the parser did not make it the
    verb's subject: the last person (or organization) named in those few words."""
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and verb.i - j <= 8 and doc[j].text not in _CLOSING_TOKENS:
        j -= 1
    if j < 0 or doc[j].text not in _CLOSING_TOKENS:
        return None
    between = doc[j + 1: verb.i]
    names = [e for e in _nlp.ents(doc) if between.start <= e.start and e.end <= between.end
             and e.label_ in ("PERSON", "ORG", "NORP", "GPE")]
    if names:
        return names[-1].root
    return None


def _with_conjuncts(tok: "Token") -> list["Token"]:
    """A subject and the subjects joined to it ("Doe and Roe said"); not a verb or an adjective the parser joined to a
    name ("Jane Doe, the director ... and whose also featured in the film, told ...": 'featured' is nobody)."""
    nominal = ("NOUN", "PROPN", "PRON")
    return [tok, *[c for c in tok.conjuncts if c.i > tok.i and (c.pos_ in nominal or tok.pos_ not in nominal)]]


def _named_next(reader: "_Reader", part: _Part, tok: "Token", title: str) -> str | None:
    """The person a lede's "a <title>" is, named with that title in the next two paragraphs ("A federal judge ruled
    ... / U.S. District Judge Jane Doe wrote"): the only person of the article with that title, None otherwise or
    outside the story's top (the headline, the dek, the first paragraph)."""
    paragraph_at = reader.article.paragraph_at
    if part.part == "body" and paragraph_at(tok.idx) > 0 or part.part == "caption":
        return None
    titled = {p.name for p in reader.people if title in p.roles and not p.quoted and p.name[:1].isupper()}
    if len(titled) != 1:
        return None
    name = next(iter(titled))
    first = min((p for p in reader.people if p.name == name), key=lambda p: (p.part_order, p.start))
    body = next((q for q in reader.parts if q.part == "body"), None)
    if body is None or (first.part_order, first.start) < (part.order, tok.idx) or first.part_order != body.order \
            or paragraph_at(first.start) > 2:
        return None
    return name


def _phrase(tok: "Token") -> "Span":
    """The noun phrase of a speaker token, without relative clauses and appositions."""
    doc = tok.doc
    keep = {"det", "compound", "amod", "poss", "nmod", "nummod", "quantmod", "case", "npadvmod", "advmod"}
    left = tok
    for child in tok.lefts:
        if child.dep_ in keep:
            left = min(left, child.left_edge, key=lambda t: t.i)
            break
    right = tok
    for child in tok.rights:
        if child.dep_ == "case":
            right = child
    if tok.ent_iob_ in ("B", "I"):
        for ent in _nlp.ents(doc):
            if ent.start <= tok.i < ent.end:
                left = min(left, doc[ent.start], key=lambda t: t.i)
                right = max(right, doc[ent.end - 1], key=lambda t: t.i)
    return doc[left.i:right.i + 1]


def _speaker(reader: _Reader, part: _Part, tok: "Token", *, inside: _Speaker | None = None,
             pronoun_sentence_first: bool = False) -> _Speaker:
    """Who a speaker token names: person, anonymous, document, organization, outlet or unknown."""
    low = tok.lower_
    if low in _THIRD_PERSON and tok.text[0].isupper() and tok.i > tok.sent.start and tok.doc[tok.i - 1].text not in (
            *"\"“‘'(—–-:",):  # "Speaking in Islamabad, He said ...": a pronoun in capitals mid-sentence is the name of
        named = next((p.name for p in reader.people if tok.text in p.name.split()), None)  # someone named so
        if named is not None:  # (a Chinese name puts the surname first: "He Lifeng")
            return _Speaker(named, "person", tok.text)
    if tok.pos_ == "PRON" or low in _RELATIVE:
        if low in _FIRST_PERSON:
            if inside is not None:
                return _Speaker(inside.name, inside.kind, tok.text, inside.author)
            if part.part == "body" and not part.quoted[tok.i]:  # "We asked the mayor what she plans": the
                return _newsroom(reader, tok.text)  # reporter's own first person, outside any quote
            return _Speaker(None, "unknown", tok.text)
        if low in _RELATIVE and tok.head.dep_ == "relcl":
            return _speaker(reader, part, _relative_antecedent(tok), inside=inside)
        if low in ("who", "which") and tok.i > 0:  # a relative clause the parser did not see as one: the noun
            before = tok.doc[tok.i - 2] if tok.doc[tok.i - 1].text == "," and tok.i > 1 else tok.doc[tok.i - 1]
            if before.pos_ in ("NOUN", "PROPN") and not part.quoted[before.i]:  # ("... turned to the Chicago
                return _speaker(reader, part, before, inside=inside)  # Police Department which reported")
        if low in _THIRD_PERSON:
            name = reader.antecedent(part, tok.idx, gender=_THIRD_PERSON[low],
                                     exclude=[inside.name] if inside and inside.name else [],
                                     same_sentence_first=pronoun_sentence_first or inside is not None,
                                     spoken=tok.dep_ == "nsubj" and tok.head.lemma_.lower() in GOING_ON)
            kind = ("anonymous" if name in reader.anonymous else "person") if name else "unknown"
            if kind == "anonymous" and not part.quoted[tok.i]:
                reader.called(name, _THIRD_PERSON[low])
            return _Speaker(name, kind, tok.text)
        if low in ("it", "they") and tok.dep_ in ("nsubj", "nsubjpass") and inside is None:
            found = _thing_antecedent(reader, part, tok)
            if found is not None:
                return _Speaker(found.name, found.kind, tok.text, found.author)
        return _Speaker(None, "unknown", tok.text)
    if tok.lemma_.lower() in REMARK_NOUNS and SOURCE_NOUNS.get(tok.lemma_.lower()) != "document":
        # "The governor's response was brief: '...'", "The reply from the mayor's office was ...": its owner speaks
        owner = next((c for c in tok.children if c.dep_ == "poss"), None) or next(
            (g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "by") for g in c.children
             if g.dep_ == "pobj"), None)
        if owner is not None and owner.lower_ == "his":  # ("his" is no speaker's pronoun of its own: as "he")
            name = reader.antecedent(part, owner.idx, gender="m", exclude=[inside.name] if inside and inside.name else [])
            return _Speaker(name, ("anonymous" if name in reader.anonymous else "person") if name else "unknown",
                            owner.text)
        if owner is not None:
            return _speaker(reader, part, owner, inside=inside)
    named = [c for c in tok.children if c.dep_ == "appos" and (
        c.ent_type_ == "PERSON" or (c.pos_ == "PROPN" and reader.person_at(part, c)))] or [
        g for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN" for g in c.children
        if g.dep_ == "appos" and g.ent_type_ == "PERSON"] or [  # "The report's author, the
        # structural engineer Dr Miriam Faulk, told ...": the name set beside the apposed title
        a for c in tok.children if c.dep_ == "prep" for g in c.children for a in g.children
        if a.ent_type_ == "PERSON" and _title_across_of(a) is tok]  # "The mayor of New Orleans, LaToya Cantrell,"
    if named and tok.ent_type_ != "PERSON" and tok.pos_ in ("NOUN", "PROPN", "NUM") \
            and SOURCE_NOUNS.get(tok.lemma_.lower()) not in ("document", "outlet"):
        # "the spokesman, Jane Doe, said"; "With 50 days until the election, Jane Doe, an adviser, called ..." (the
        # parser hung the name on the wrong noun): the person named beside it
        return _speaker(reader, part, named[0], inside=inside)
    body = _apposed_body(tok)
    if body is not None:  # "The chain, Bluebonnet Health, said": the body named beside the common noun
        return _speaker(reader, part, body, inside=inside)
    phrase = _phrase(tok)
    text = phrase.text
    ent = tok.ent_type_
    bare = re.sub(r"^(?:the|a|an)\s+", "", _clean_possessive(text), flags=re.I)
    if ent == "PERSON" and low in reader.described_words and tok.doc[tok.i - 1].lower_ == "the":
        # "the Oklahoman said": a description, so the person in view, as for "the Nevada Democrat"
        excluded = [inside.name] if inside and inside.name else []
        name = reader.antecedent(part, tok.idx, exclude=[*excluded, *reader.anonymous], in_view=True)
        if name:
            return _Speaker(name, "person", text)
    if ent == "PERSON":  # the name itself, not "Clinton campaign chairman" or "CNN's" before it
        name = next((e for e in _nlp.ents(tok.doc) if e.start <= tok.i < e.end and e.label_ == "PERSON"), phrase)
        name = next((name[k:] for k in range(len(name) - 1, 0, -1) if name[k - 1].dep_ == "case"
                     or name[k - 1].pos_ == "NOUN"), name)
        canonical = reader.surname_owner(part, name.start_char, name.text,
                                         reader.canonical(part, name.text, name.start_char))
        return _Speaker(canonical, "person", text)
    named = reader.person_at(part, tok) if not ent and tok.text[:1].isupper() else None
    if named is not None:  # "Price said": a surname the tagger took for a common noun, a person to the actors layer
        return _Speaker(named, "person", text)
    if _is_outlet(bare, ent) :
        return _Speaker(bare, "outlet", text)
    titled = _named_by_outlet_noun(tok)
    if titled is not None:  # "the Communist Party daily Granma", "the newspaper El Pais": the paper named
        return _Speaker(titled, "outlet", text)
    noun = tok.lemma_.lower()
    kind = SOURCE_NOUNS.get(noun) or SOURCE_NOUNS.get(low)
    if kind == "anonymous" and ent == "ORG" and tok.pos_ == "PROPN" and phrase[0].i < tok.i:
        kind = None  # "the Chicago Transit Authority said": a body's name ending in such a word, not unnamed officials
    if kind is None and not ent and tok.tag_ == "NN" and noun in person_titles() and not _asks_anonymity(tok) \
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        named = _named_next(reader, part, tok, noun)
        if named is not None:  # "A federal judge on Tuesday blocked ... / U.S. District Judge Jane Doe wrote": the lede
            return _Speaker(named, "person", text)  # describes the one the next paragraphs name
    if kind is None and not ent and tok.tag_ == "NN" and (noun in person_titles() or _asks_anonymity(tok)) and any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.children):
        kind = "anonymous"  # "a ferry captain who asked not to be named said": one unnamed, as "a U.S. official"
    if low in ("one", "two", "three", "some", "several", "many", "most", "none", "each") and not ent.startswith("PER"):
        # "one of the officials said", "two of the people familiar with the talks": unnamed, as the group is
        group = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        if group is not None and SOURCE_NOUNS.get(group.lemma_.lower()) == "anonymous":
            full = tok.doc[_left_edge(tok): _anonymous_right(group) + 1]
            return _Speaker(_lower_article(full.text), "anonymous", full.text)
        them = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj" and g.lower_ in ("them", "us")), None)
        if them is not None and not part.quoted[tok.i]:  # "Relatives gathered. '...,' one of them said": unnamed
            full = tok.doc[_left_edge(tok): them.i + 1]
            return _Speaker(_lower_article(full.text), "anonymous", full.text)
    if noun in VOICE_OF_DOCUMENT and not ent:
        medium = _voiced_document(reader, part, tok)
        if medium is not None:  # "a narrator in the Clinton ad says", "the ad's narrator says": the ad speaks
            return _Speaker(_lower_article(_phrase(medium).text), "document", text, _author(reader, part, medium))
    if kind == "outlet":
        named = [e for e in _nlp.ents(tok.doc) if tok.left_edge.i <= e.start and e.end <= tok.right_edge.i + 1
                 and _is_outlet(re.sub(r"^the\s+", "", e.text, flags=re.I), e.label_)]
        if named:
            return _Speaker(re.sub(r"^the\s+", "", named[0].text, flags=re.I), "outlet", text)
        if ent == "ORG" or tok.pos_ == "PROPN":  # a named body that is no outlet: "the Japan Meteorological Agency"
            return _Speaker(reader.canonical(part, bare, phrase.start_char), "organization", text)
        if noun == "agency" and not any(c.lower_ in ("news", "press", "wire") for c in tok.children):
            # "according to the national emergency agency": a government's agency, not a news agency
            return _Speaker(_lower_article(text), "organization", text)
        return _Speaker(_lower_article(text), "outlet", text)
    if ent == "NORP" and phrase[0].lower_ == "the" and tok.tag_ == "NNP" and not low.endswith("s"):
        # "the Nevada Democrat said": one member of a party or people, so a person, the one in view
        excluded = [inside.name] if inside and inside.name else []
        name = reader.antecedent(part, tok.idx, role=noun, exclude=excluded) or reader.antecedent(
            part, tok.idx, exclude=excluded)
        if name:
            return _Speaker(name, "person", text)
    if ent == "ORG":  # "House Financial Services Chair Jane Doe", tagged as one organization: the person
        span = next((e for e in _nlp.ents(tok.doc) if e.start <= tok.i < e.end and e.label_ == "ORG"), None)
        split = _titled_name(tok.doc, span.start, span.end) if span is not None else None
        if split is not None:
            name = tok.doc[split:span.end]
            return _Speaker(reader.canonical(part, name.text, name.start_char), "person", text)
    if ent in ("ORG", "GPE", "NORP") and kind != "anonymous":
        span = next((e for e in _nlp.ents(tok.doc) if e.start <= tok.i < e.end), None)
        owned = span is not None and span.start > phrase.start + 1 and tok.doc[span.start - 1].dep_ == "case" and (
            tok.doc[span.start - 2].ent_type_ in ("GPE", "ORG", "NORP", "LOC", "PERSON"))
        # the body itself, not its owner: "Japan's Defense Ministry said" is the ministry (the actors layer's mention
        # at the phrase's start is Japan)
        name = reader.canonical(part, span.text, span.start_char) if owned else reader.canonical(
            part, text, phrase.start_char)
        # a surname the tagger took for a place ("according to Smith") is still the person named earlier
        return _Speaker(name, "person" if name in reader.person_names else "organization", text)
    if ent in ("", "WORK_OF_ART", "PRODUCT") and tok.pos_ == "PROPN" and kind is None:
        # (the name after an owner: "Florida International's Fernandez" is Fernandez)
        own = next((phrase[k:] for k in range(len(phrase) - 1, 0, -1) if phrase[k - 1].dep_ == "case"), phrase)
        name = reader.canonical(part, own.text, own.start_char)  # a surname the tagger did not tag: "Hart, 62, said"
        first = [t for t in own if t.pos_ == "PROPN"][:1]
        if name in reader.person_names or (first and first[0].lower_ in FIRST_NAME_GENDERS and first[0] != tok):
            return _Speaker(name, "person", text)  # or a first name and a surname: "Ashley Cline, now 19, said"
        run = next((own[k:] for k in range(len(own)) if all(t.pos_ == "PROPN" for t in own[k:])), own[len(own):])
        title = own[len(own) - len(run) - 1] if 0 < len(run) < len(own) else None
        if title is not None and title.pos_ == "NOUN" and (title.lemma_.lower() in person_titles()
                                                           or title.lemma_.lower() in KIN_NOUNS) \
                and (len(run) > 1 or tok.lower_ in FIRST_NAME_GENDERS):
            # "said county recorder Ana Ruiz", "Trump's daughter Ivanka": the name a person's title or kin goes with
            return _Speaker(reader.canonical(part, run.text, run.start_char), "person", text)
        if any(c.dep_ == "relcl" and any(g.dep_ in _SUBJECTS and g.lower_ == "which" for g in c.children)
               for c in tok.children):  # "Lockheed Martin, which builds ..., said": a body, not a person
            return _Speaker(name, "organization", text)
    if kind == "document":
        det = tok.doc[phrase.start - 1] if phrase.start else None
        if det is not None and det.dep_ == "det" and det.head.i == tok.head.i != tok.i:
            text = f"{det.text} {text}"  # '"...," the opinion read', its article parsed as the verb's
        return _Speaker(_lower_article(text), "document", text, _author(reader, part, tok))
    known = all(c.dep_ in ("det", "amod", "compound", "punct") or _aside(c) for c in tok.children) and not any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)  # ("The Trump campaign" names its own)
    if noun in FIRM_NOUNS and phrase[0].lower_ == "the" and not ent and known:  # not "the company that guards ..."
        named = _subject_organization(reader, part, phrase.start_char) or _last_organization(
            reader, part, phrase.start_char)
        if named:  # "Acme Corp. will cut 500 jobs, the company said": Acme Corp.
            return _Speaker(named, "organization", text)
    if phrase[0].lower_ == "the" and not ent and tok.pos_ == "NOUN" and tok.tag_ == "NN" and known:
        named = _organization_called(reader, part, tok)
        if named:  # "The utility, Saguaro Power Cooperative, said ... The cooperative did not answer"
            return _Speaker(named, "organization", text)
    age = _age_described(tok)
    if age is not None and (phrase[0].lower_ == "the" or tok.doc[max(0, phrase.start - 1)].lower_ == "the"):
        # "the 67-year-old said": the person the article gave that age ("Jane Doe, 67,"), else the person in view
        excluded = [inside.name] if inside and inside.name else []
        name = next((n for n, a in reader.ages.items() if a == age and n not in excluded), None) \
            or reader.antecedent(part, tok.idx, exclude=[*excluded, *reader.anonymous], in_view=True)
        if name:
            return _Speaker(name, "person", text)
    parent = PARENT_NOUNS.get(noun) if _children_counted(tok) and phrase[0].lower_ == "the" else None
    if parent is not None:  # "The father-of-three added:", "the grandmother of five said": the person in view
        excluded = [inside.name] if inside and inside.name else []
        name = reader.antecedent(part, tok.idx, gender=parent, exclude=[*excluded, *reader.anonymous], in_view=True)
        if name:
            return _Speaker(name, "person", text)
    role_words = {t.lemma_.lower() for t in phrase if t.pos_ in ("NOUN", "PROPN")} | {noun}
    # a headline drops its articles: "..., minister says", "General denies pullout" is "the minister", "the general"
    headline_title = (part.part in ("headline", "dek") and phrase[0].lower_ not in ("a", "an", "the")
                      and noun in person_titles() and tok.tag_ != "NNS" and not any(t.pos_ == "PROPN" for t in phrase))
    if headline_title:
        name = reader.first_with_role(noun, [inside.name] if inside and inside.name else [])
        if name:
            return _Speaker(name, "person", text)
    if phrase[0].lower_ == "the" and not any(t.pos_ == "PROPN" and t.ent_type_ in ("PERSON",) for t in phrase):
        excluded = [inside.name] if inside and inside.name else []
        role = ROLE_SYNONYMS.get(noun, noun)  # "the lawyer" of "Her attorney, Thomas Durkin,"
        person_noun = noun in person_titles() or noun in reader.appositive_nouns or noun in reader.anonymous_nouns \
            or (role != noun and role in reader.role_words)  # (not "the campaign" of "campaign chairman X")
        name = None
        if person_noun:
            # "the Republican nominee": of the nominees, the Republican one (where the article calls anyone so)
            mods = frozenset(ROLE_SYNONYMS.get(m, m) for m in (
                t.lemma_.lower() for t in phrase if t.i < tok.i and t.dep_ in ("amod", "compound", "nmod")
                and t.pos_ in ("ADJ", "PROPN", "NOUN"))) & reader.role_words
            if mods:
                name = reader.antecedent(part, tok.idx, role=role, modifiers=mods, exclude=excluded)
            # (not a holder of the role from another place or party: "the Indiana governor" after "Michigan Gov.")
            places = frozenset(ROLE_SYNONYMS.get(t.lower_, t.lower_) for t in phrase
                               if t.i < tok.i and t.ent_type_ in ("GPE", "LOC", "NORP"))
            name = name or reader.antecedent(part, tok.idx, role=role, exclude=excluded, places=places)
        if name is None and noun in person_titles() and not any(c.dep_ == "poss" for c in tok.children):
            # "the New York businessman": a person's title the article has not written with a name, so the
            # person in view (the subject of the latest sentence naming someone), as for "he"; not a title held
            # for someone or something else ("the company's spokesman", "the report's author": someone new)
            gender = _TITLE_GENDERS.get(person_titles()[noun])
            name = reader.headline_person(noun, gender, excluded) or reader.antecedent(
                part, tok.idx, gender=gender, exclude=[*excluded, *reader.anonymous], in_view=True)
        if name:  # "the aide" after "a senior aide said" is that unnamed aide
            return _Speaker(name, "anonymous" if name in reader.anonymous else "person", text)
    if kind == "anonymous":
        full = tok.doc[_left_edge(tok): _anonymous_right(tok) + 1]
        name = _lower_article(full.text)
        if full[0].lower_ == "whose" and full[0].head.i == tok.i and tok.head.dep_ == "relcl" and len(full) > 1:
            # "House Speaker Paul Ryan, whose spokeswoman said ...": Paul Ryan's spokeswoman, not "whose spokeswoman"
            owner = _speaker(reader, part, tok.head.head, inside=inside)
            if owner.name and owner.kind in ("person", "organization"):
                name = f"{owner.name}'s {full[1:].text}"
        return _Speaker(name, "anonymous", full.text)
    if kind == "organization" or _institution(bare):  # "Downing Street said", "the Kremlin said": the seat speaks
        return _Speaker(_lower_article(text), "organization", text)
    if noun in person_titles() and not ent and tok.tag_ == "NNS":  # "some economists argue", "activists say":
        return _Speaker(_lower_article(text), "anonymous", text)  # people unnamed, as "officials"
    if role_words & set(TITLE_ROLES.values()) or (noun in person_titles() and not ent and tok.pos_ == "NOUN"):
        return _Speaker(_lower_article(text), "person", text)  # "the mayor insists" (never named): a person
    maker = _maker(tok) if noun in SPEECH_NOUNS else None
    makers = _with_conjuncts(maker) if maker is not None else []
    for who in sorted(makers, key=lambda t: t.ent_type_ != "PERSON"):
        # "prompted her to make a comment that described them as '...'": hers ("his wife and ... Jane Doe": the
        # one of the conjoined words that names someone)
        found = _speaker(reader, part, who, inside=inside)
        if found.name and found.kind != "unknown":
            return found
    return _Speaker(_lower_article(text) if text else None, "unknown", text)


def _maker(tok: "Token") -> "Token | None":
    """Who made a remark named by a noun without an owner: the subject of the verb it is the object of ("she made a
    comment that ...", "he issued a statement"), or, after "prompted her to make", the one prompted."""
    if tok.dep_ != "dobj" or any(c.dep_ == "poss" for c in tok.children):
        return None
    verb = tok.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in _RELATIVE]
    if subjects:
        return subjects[0]
    if verb.dep_ == "xcomp":
        controller = [c for c in verb.head.children if c.dep_ == "dobj"] or [
            c for c in verb.head.children if c.dep_ == "nsubj" and c.lower_ not in _RELATIVE]
        return controller[0] if controller else None
    return None


def _apposed_body(tok: "Token") -> "Token | None":
    """The organization named in apposition to a common noun that speaks ("The chain, Bluebonnet Health, said";
    "The agency, the Federal Aviation Administration, said"): the name's head, when the noun itself names nothing
    (no entity, not a document's word: "The report, Project 2025, says" is the report)."""
    if tok.pos_ != "NOUN" or tok.ent_type_ or SOURCE_NOUNS.get(tok.lemma_.lower()) == "document":
        return None
    return next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "ORG"
                 and c.i > tok.i), None)


_TITLE_GENDERS = {"male": "m", "female": "f", "m": "m", "f": "f"}
#: How many sentences back "it" or "they" looks for the organization, document or group it stands for.
_THING_LOOKBACK = 3


#: Nouns by which news refers back to a company it has named ("the company said", "the airline said"). General
#: English; extend as needed. A government body ("the ministry") is left to its own name.
FIRM_NOUNS = {"company", "firm", "carrier", "airline", "automaker", "carmaker", "chipmaker", "retailer", "lender",
              "insurer", "manufacturer", "maker", "bank", "conglomerate", "startup", "utility", "operator",
              "broadcaster", "publisher", "group", "giant"}


def _age_described(tok: "Token") -> str | None:
    """The age of a description by age ("the 67-year-old", "the 67-year-old grandmother"), else None."""
    old = tok if tok.lower_ == "old" else next(
        (c for c in tok.children if c.dep_ == "amod" and c.lower_ == "old"), None)
    if old is None:
        return None
    for year in old.children:
        if year.lemma_.lower() == "year":
            number = next((c for c in year.children if c.dep_ == "nummod" and c.text.isdigit()), None)
            if number is not None:
                return number.text
    return None


#: Nouns of a parent described by the number of their children, as British papers describe people they have named
#: ("the father-of-three", "the grandmother of five"), noun -> gender.
PARENT_NOUNS: dict[str, str] = {"father": "m", "dad": "m", "grandfather": "m", "grandad": "m", "granddad": "m",
                                "mother": "f", "mum": "f", "mom": "f", "grandmother": "f", "gran": "f",
                                "grandma": "f", "great-grandmother": "f", "great-grandfather": "m"}


def _children_counted(tok: "Token") -> bool:
    """The noun is followed by "of" and a number: "father-of-three", "mother of two"."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.like_num for g in c.children)
               for c in tok.children)


#: Nouns for the unnamed voice of an ad, a video or a recording, whose words are the document's ("the narrator says").
VOICE_OF_DOCUMENT = {"narrator", "announcer", "voiceover", "voice-over"}


def _voiced_document(reader: _Reader, part: _Part, tok: "Token") -> "Token | None":
    """The ad, video or recording a narrator or announcer speaks in: one named in the phrase ("a narrator in the
    Clinton ad", "the ad's narrator"), else the latest one a few sentences back ("A Clinton ad ... the announcer
    said")."""
    for t in tok.subtree:
        if t.i != tok.i and t.pos_ == "NOUN" and SOURCE_NOUNS.get(t.lemma_.lower()) == "document":
            return t
    first = part.sent_starts[max(0, part.sentence_of(tok.idx) - _THING_LOOKBACK)]
    for t in reversed(_tokens_in(part.doc, first, tok.idx)):
        if t.pos_ == "NOUN" and not part.quoted[t.i] and SOURCE_NOUNS.get(t.lemma_.lower()) == "document":
            return t
    return None


def _last_organization(reader: _Reader, part: _Part, before: int) -> str | None:
    """The organization named last before offset ``before`` of ``part`` (in reading order), not an outlet; in the
    sentence of ``before`` itself, the one that is a clause's subject first ("Acme Corp. will close its plant in
    Dayton, the company said": not the city the tagger took for an organization)."""
    for other in reversed([p for p in reader.parts if p.order <= part.order]):
        ents = [e for e in _nlp.ents(other.doc) if e.label_ == "ORG" and (other is not part or e.end_char <= before)
                and not other.quoted[e.root.i]  # (not one the quote itself names: '"... the Commission's failure
                # ...," the company said' is the company that spoke before it)
                and not _is_outlet(re.sub(r"^the\s+", "", e.text, flags=re.I), e.label_)
                and not _owned_brand(e)]
        if other is part and ents:
            first = part.sent_starts[part.sentence_of(before)]
            subjects = [e for e in ents if e.start_char >= first and e.root.dep_ in _SUBJECTS]
            ents = subjects or ents
        if ents:
            return reader.canonical(other, re.sub(r"^the\s+", "", ents[-1].text, flags=re.I), ents[-1].start_char)
    return None


def _owned_brand(ent: "Span") -> bool:
    """A name the tagger took for an organization that is a brand of something owned: "raised the price of its EpiPen
    allergy injector" (a product of the company "its" stands for, never the company a later "the company" means)."""
    root = ent.root
    return root.dep_ == "compound" and root.head.pos_ == "NOUN" and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in root.head.children)


def _aside(tok: "Token") -> bool:
    """A relative clause set off by commas ("The airline, which carried 14 million passengers, said"): it tells more
    of one already named, unlike "the company that guards the site", which picks out a new one."""
    return tok.dep_ == "relcl" and tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == "," \
        and tok.left_edge.lower_ in ("which", "who")


def _organization_called(reader: _Reader, part: _Part, tok: "Token") -> str | None:
    """The organization a "the <noun>" stands for when the article has called it so: set beside that noun ("The
    utility, Saguaro Power Cooperative,") or named with it as the head word of its name ("Saguaro Power Cooperative"
    ... "the cooperative", "the International Monetary Fund" ... "the fund"); the latest before ``tok`` named as a
    clause's subject (not one named in passing: "appeal to the Supreme Court. The court said" is the court that
    ruled, not that one; nor "Secretary of State" for "the state")."""
    noun = tok.lemma_.lower()
    latest: tuple[tuple[int, int], str] | None = None
    for other in reader.parts[:part.order + 1]:
        for e in _nlp.ents(other.doc):
            if e.label_ != "ORG" or len(e) < 2 or (other is part and e.start_char >= tok.idx) \
                    or other.quoted[e.root.i]:
                continue
            head = e.root.head if e.root.dep_ == "appos" else None
            if (head or e.root).dep_ not in _SUBJECTS:
                continue
            called = (e.root.i == e[-1].i and (e[-1].lemma_.lower() == noun or e[-1].lower_ == noun)) or (
                head is not None and head.pos_ == "NOUN" and head.lemma_.lower() == noun)
            bare = re.sub(r"^the\s+", "", e.text, flags=re.I)
            if called and not _is_outlet(bare, e.label_) and (latest is None or (other.order, e.start) > latest[0]):
                latest = ((other.order, e.start), reader.canonical(other, bare, e.start_char))
    if latest is None and noun in SOURCE_NOUNS and SOURCE_NOUNS[noun] == "organization":
        # a body named by its kind with a possessive or a name before it, as a subject, within the last six sentences:
        # "Turkey’s central bank raised ... 'the bank said'" is Turkey’s central bank (further back, in a story of
        # several campaigns, "the campaign" may be another one)
        here = part.sentence_of(tok.idx)
        for t in _tokens_in(part.doc, part.sent_starts[max(0, here - 6)], tok.idx):  # the nearest one wins
            if (t.dep_ in _SUBJECTS and t.lemma_.lower() == noun and not part.quoted[t.i]
                    and any(c.dep_ in ("poss", "compound") and c.pos_ != "PRON" for c in t.children)):
                latest = ((part.order, t.i), _lower_article(_phrase(t).text))
    return latest[1] if latest else None


def _subject_organization(reader: _Reader, part: _Part, before: int) -> str | None:
    """A body the tagger did not tag, named as a subject in this sentence or the one before ("Lockheed Martin,
    which builds ..., said it had not been told. '...,' the company said")."""
    sentence = part.sentence_of(before)
    first = part.sent_starts[max(0, sentence - 1)]
    for cand in reversed(_tokens_in(part.doc, first, before)):
        if cand.dep_ in _SUBJECTS and cand.pos_ == "PROPN" and cand.ent_type_ in ("", "PRODUCT", "WORK_OF_ART") \
                and not part.quoted[cand.i]:
            speaker = _speaker(reader, part, cand)
            if speaker.kind == "organization" and speaker.name:
                return speaker.name
    return None


def _thing_antecedent(reader: _Reader, part: _Part, tok: "Token") -> _Speaker | None:
    """What "it" or "they" speaking stands for: the latest subject before it, within a few sentences, that can
    speak as such (or the source of an "according to"). For "it", a single organization, outlet or document ("The
    ministry said ... It added"), or a document just sent or released ("The city sent a letter. It says ...");
    for "they", a plural (officials, critics, states, people named together, the doers of a passive: "signed by 50
    officials") or an organization ("The campaign ... what they call"), else people named by title as a plural object
    of the sentences before ("met with evangelical leaders"). The same pronoun as an earlier subject carries the chain
    back; another pronoun ("he", "we") stops it."""
    plural = tok.lower_ == "they"
    sentence = part.sentence_of(tok.idx)
    first = floor = part.sent_starts[max(0, sentence - _THING_LOOKBACK)]
    for cand in reversed(_tokens_in(part.doc, part.sent_starts[0], tok.idx)):
        if cand.idx < floor:
            break
        if cand.i >= tok.i or part.quoted[cand.i] or any(a.i == tok.head.i for a in cand.ancestors):
            continue  # (not a subject of what the pronoun itself says: "Dozens were missing, they said")
        according = cand.dep_ in ("pobj", "dobj") and any(
            a.lower_ == "according" and _according_source(a) == cand for a in list(cand.ancestors)[:3])
        sent_out = cand.dep_ == "dobj" and not plural and cand.head.lemma_.lower() in SENDING_VERBS
        # ("sent a letter", "released a statement"; not "dismissed the ad")
        # "The letter was signed by 50 former officials. '...,' they wrote": the agent of a passive is its doer
        agent = plural and cand.dep_ == "pobj" and cand.head.dep_ == "agent" \
            and cand.head.head.dep_ not in ("acl", "relcl", "amod")  # (not "states led by West Virginia")
        if cand.dep_ not in ("nsubj", "nsubjpass") and not according and not sent_out and not agent:
            continue
        if cand.head.dep_ == "ccomp" and _is_cue(cand.head.head):
            continue  # the subject of what someone says ("X and Y say other changes are needed"): X and Y speak
        if cand.lower_ == tok.lower_:  # the same pronoun as a subject carries the chain, a few sentences further
            # back from it ("The report runs to 112 pages. It documents ... It says ... It also found ... It
            # recommends ... '...,' it said")
            floor = min(floor, part.sent_starts[max(0, part.sentence_of(cand.idx) - _THING_LOOKBACK)])
            continue
        if cand.pos_ == "PRON" or cand.lower_ in _RELATIVE:
            if cand.lower_ in _THIRD_PERSON or cand.lower_ in _FIRST_PERSON:
                return None
            continue
        if cand.pos_ not in ("NOUN", "PROPN") or cand.lemma_.lower() in _QUANTITY_NOUNS:
            continue  # not "Tens of thousands marched"
        many = cand.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                                                   for c in cand.children) or cand.lemma_.lower() in COLLECTIVE_PEOPLE
        speaker = _speaker(reader, part, cand)
        if not speaker.name:
            continue
        if sent_out:
            if speaker.kind == "document" and not many:
                return speaker
            continue
        if agent and not many:
            continue
        if plural and (many or speaker.kind in ("organization", "anonymous")):
            return speaker  # officials, critics, states, a campaign, people named together
        if not plural and not many and speaker.kind in ("organization", "outlet", "document"):
            return speaker
    if plural:  # no subject that can speak: people met, named as a plural object of the sentence before ("Trump
        # met with evangelical leaders. '...,' they said")
        for cand in reversed(_tokens_in(part.doc, first, part.sent_starts[sentence])):
            if cand.tag_ == "NNS" and cand.dep_ in ("dobj", "pobj", "dative") and not part.quoted[cand.i] \
                    and cand.lemma_.lower() in person_titles():
                speaker = _speaker(reader, part, cand)
                if speaker.kind in ("unknown", "anonymous"):  # unnamed people: the noun phrase, not what follows it
                    text = _phrase(cand).text
                    return _Speaker(_lower_article(text), "anonymous", text)
                if speaker.name:
                    return speaker
                break
    return None


#: Nouns of one person that say their sex, besides titles and parents ("a woman who attended told the Post").
SEXED_NOUNS: dict[str, str] = {"woman": "f", "man": "m", "girl": "f", "boy": "m", "lady": "f", "gentleman": "m"}

#: Verbs by which a body puts out a document that then speaks as "it" ("The city sent a letter. It says ...").
SENDING_VERBS = {"send", "release", "issue", "publish", "post", "file", "submit", "distribute", "unveil", "air",
                 "run", "launch", "circulate", "deliver", "write", "sign", "draft", "prepare", "produce", "put",
                 "share", "tweet", "email", "mail", "fax", "broadcast", "present", "introduce", "obtain", "review"}

#: Relatives, whom a story may never name ("my father", "his wife"), and the sex the word says.
KIN_NOUNS: dict[str, str] = {**PARENT_NOUNS, "wife": "f", "husband": "m", "son": "m", "daughter": "f",
                             "brother": "m", "sister": "f"}
_OWNERS = {"my", "his", "her", "their", "our"}

#: Singular nouns for several people, which "they" may stand for ("the couple said ... They said").
COLLECTIVE_PEOPLE = {"couple", "pair", "duo", "trio", "family", "twins"}
#: Nouns of number that head a plural subject without naming who ("Dozens were hurt", "Tens of thousands marched").
_QUANTITY_NOUNS = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "ten",
                   "tens", "score", "scores", "number", "majority", "minority", "percent", "lot", "lots"}


def person_titles() -> dict[str, str]:
    """Head nouns that name a person by title or role ("governor", "nominee", "spokeswoman") -> gender ("" if
    either), from the actors layer's title table (``analysis/data/actor_titles.csv``) and ``PERSON_NOUNS``."""
    global _PERSON_TITLES
    if _PERSON_TITLES is None:
        try:
            table = importlib.import_module(f"{__package__}.actors").load_titles()
        except Exception:  # noqa: BLE001 - without the actors layer, the ranks written before names
            table = {role: ("title", "") for role in TITLE_ROLES.values()}
        _PERSON_TITLES = {word.rstrip("."): gender for word, (kind, gender) in table.items()
                          if kind == "title" and " " not in word}
        for noun, gender in PERSON_NOUNS.items():
            _PERSON_TITLES.setdefault(noun, gender)
    return _PERSON_TITLES


_PERSON_TITLES: dict[str, str] | None = None


def _relative_antecedent(tok: "Token") -> "Token":
    """What "who" in "X, the commander of Y, who said ..." stands for: the clause's head, or for "who" the person
    the parser attached it near (through the apposition and its prepositions)."""
    head = tok.head.head
    if tok.lower_ != "who":
        return head
    node = head
    for _ in range(5):
        if node.ent_type_ == "PERSON" or node.pos_ == "PRON":
            return node
        if node.dep_ not in ("pobj", "prep", "appos", "compound") or node.head.i == node.i:
            break
        node = node.head
    return head


def _unnamed_noun(noun: str) -> bool:
    """A noun that, after "a" or "an" and with no name beside it, is an unnamed source: "a U.S. official", "a ferry
    captain", "a farmer" (``SOURCE_NOUNS`` of kind anonymous, and the titles of people)."""
    return SOURCE_NOUNS.get(noun) == "anonymous" or (noun not in SOURCE_NOUNS and noun in person_titles())


#: Words of a relative clause that keeps a source unnamed ("who asked not to be named", "who spoke on condition of
#: anonymity", "who declined to be identified").
_ANONYMITY_WORDS = {"anonymity", "anonymously", "named", "identified", "identify", "name"}


def _asks_anonymity(tok: "Token") -> bool:
    """The noun heads a relative clause that keeps it unnamed: "a district engineer, who asked not to be named"."""
    return any(c.dep_ == "relcl" and any(t.lower_ in _ANONYMITY_WORDS for t in c.subtree) for c in tok.children)


def _left_edge(tok: "Token") -> int:
    """Where a speaker's phrase starts: its left edge, past a quotation mark or comma the parser hung on it ('"...,"
    one senior aide told CNN')."""
    i = tok.left_edge.i
    if tok.dep_ == "dobj" and tok.head.dep_ == "pcomp" and tok.head.i == tok.i - 1 == i - 1:
        i = tok.head.i  # 'according to show insiders', the first word read as a verb
    while i < tok.i and tok.doc[i].is_punct:
        i += 1
    return i


def _anonymous_right(tok: "Token") -> int:
    """'people familiar with the matter', 'an official who spoke on condition of anonymity': keep what follows the
    noun unless it is a relative clause or a comma."""
    right = tok.i
    for child in tok.rights:
        if child.dep_ == "prep" and any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
            break  # when, not who: "A federal judge on Tuesday blocked ..."
        if child.dep_ in ("amod", "acl", "prep") and child.i == right + 1:
            right = child.right_edge.i
    dated = max((t for t in tok.doc[tok.i + 1:right + 1] if t.dep_ == "prep" and t.right_edge.i == right
                 and any(d.ent_type_ in ("DATE", "TIME") for d in t.subtree)), key=lambda t: t.i, default=None)
    right = dated.i - 1 if dated is not None else right  # ("people familiar with the matter on Monday said")
    comma = next((t.i for t in tok.doc[tok.i + 1: right + 1] if t.text == "," and t.i + 1 < len(tok.doc)
                  and tok.doc[t.i + 1].lower_ in ("who", "whose", "which")), None)
    return right if comma is None else comma - 1  # "a diplomat in Nairobi, who asked not to be named"


def _clean_possessive(text: str) -> str:
    return re.sub(r"\s*[’']s?$", "", text)


def _lower_article(text: str) -> str:
    text = _clean_possessive(text.strip())
    return re.sub(r"^(The|A|An)\b", lambda m: m.group(1).lower(), text)


def _is_outlet(bare: str, ent: str) -> bool:
    if bare.lower() in OUTLETS:
        return True
    words = bare.split()
    return ent in ("ORG", "WORK_OF_ART") and len(words) >= 2 and words[-1] in OUTLET_WORDS


def _named_by_outlet_noun(tok: "Token") -> str | None:
    """The name of a paper written after a word for one ("the daily Granma", "the Communist Party daily Granma",
    "the newspaper El Pais"), as the speaker token or set beside it, else None."""
    for name in [tok, *(c for c in tok.children if c.dep_ == "appos")]:
        if name.pos_ != "PROPN" or name.i == 0:
            continue
        start = name.i
        while start > 0 and name.doc[start - 1].pos_ == "PROPN" and name.doc[start - 1].head.i == name.i \
                and name.doc[start - 1].dep_ == "compound":
            start -= 1
        word = name.doc[start - 1] if start else None
        if word is not None and SOURCE_NOUNS.get(word.lower_) == "outlet" and word.lower_ not in ("media", "network", "agency"):
            return name.doc[start: name.i + 1].text
    return None


def _author(reader: _Reader, part: _Part, tok: "Token") -> str | None:
    """The author of a document the text quotes: "a letter from X", "X's memo", "signed by X", in the phrase
    itself or in an earlier mention of the same kind of document."""
    lemma = tok.lemma_.lower()
    candidates = [(part, tok)]
    for p in reversed(reader.parts[: part.order + 1]):
        for t in reversed(p.doc):
            if (p is not part or t.i < tok.i) and t.lemma_.lower() == lemma and t.pos_ == "NOUN":
                candidates.append((p, t))
    for p, noun in candidates:
        for t in noun.subtree:
            if t.dep_ == "poss" and t.head.i == noun.i and t.ent_type_ in ("PERSON", "ORG"):
                return reader.canonical(p, _phrase(t).text, t.idx)
            if t.lower_ in ("from", "by") and noun.i in (t.head.i, t.head.head.i):
                # the object of "from"/"by", or (when the parser lost it) the name right after the preposition
                for obj in [c for c in t.children if c.dep_ == "pobj"] + list(noun.doc[t.i + 1: t.i + 6]):
                    if obj.ent_type_ in ("PERSON", "ORG"):
                        return reader.canonical(p, _phrase(obj).text, obj.idx)
    return None


# --------------------------------------------------------------------------------------------------------------
# Attribution


@dataclass
class _Row:
    part: _Part
    start: int
    end: int
    direct: bool
    fragment: bool
    speaker: _Speaker
    cue: str | None
    cue_token: int | None = None
    span_index: int | None = None


def _cue_candidates(doc: "Doc") -> list["Token"]:
    """The tokens ``_is_cue`` may accept ("according", "per", a lemma that is "put" or a speech verb), in order;
    the others are never made into Token objects."""
    lemmas = _nlp.token_indices(doc, "LEMMA", lambda lemma: lemma.lower() == "put" or lemma.lower() in SPEECH_VERBS)
    words = _nlp.token_indices(doc, "LOWER", ("according", "per"))
    return [doc[i] for i in sorted(set(lemmas).union(words))]


def _is_cue(tok: "Token", use: str = "speech") -> bool:
    lemma = tok.lemma_.lower()
    if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
        return True
    if tok.lower_ == "per" and _per_source(tok) is not None:
        return True  # '"...," per the party's bylaws'; "per a statement"; not "$5 per person"
    if tok.lemma_.lower() == "put" and any(c.lower_ == "it" and c.dep_ == "dobj" for c in tok.children) \
            and any(c.lower_ == "as" or _manner(c) for c in tok.children):
        return True  # "..., as a Homeland Security memo put it"; "She put it simply:", "He put it this way:"
    found = SPEECH_VERBS.get(lemma)
    if found is None or not (found == "speech" or use == "fragment"):
        return False
    return tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and _verb_read_as_noun(tok))


def _manner(tok: "Token") -> bool:
    """A word saying how something was put: "simply", "more bluntly", "best", "this way"."""
    return (tok.dep_ == "advmod" and (tok.lower_.endswith("ly") or tok.lower_ in ("best", "thus", "so"))) or (
        tok.dep_ == "npadvmod" and tok.lemma_.lower() == "way")


def _verb_read_as_noun(tok: "Token") -> bool:
    """A speech verb the tagger took for a noun, the root of the words after a closing mark ('"...," the opinion
    read.'). (Not any such noun with a subject: on PolNeAR that reading loses more speakers than it finds.)"""
    if tok.dep_ != "ROOT":
        return False
    j = tok.i - 1
    while j >= 0 and tok.i - j <= 4 and tok.doc[j].head.i == tok.i and tok.doc[j].dep_ in ("det", "compound", "amod"):
        j -= 1
    return j >= 0 and j < tok.i - 1 and tok.doc[j].text in _CLOSING_TOKENS or (
        j >= 1 and j < tok.i - 1 and tok.doc[j].text == "," and tok.doc[j - 1].text in _CLOSING_TOKENS)


def _cue_text(tok: "Token") -> str:
    return "according to" if tok.lower_ == "according" else tok.text


def _per_source(tok: "Token") -> "Token | None":
    """The source of "per" used as "according to": a name ("per Politico") or a source noun with a determiner or an
    owner ("per the party's bylaws", "per a spokesman"), never a unit ("per hour", "per person")."""
    for obj in tok.children:
        if obj.dep_ != "pobj":
            continue
        if obj.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") and obj.pos_ == "PROPN":
            return obj
        if obj.pos_ == "NOUN" and (SOURCE_NOUNS.get(obj.lemma_.lower()) or SOURCE_NOUNS.get(obj.lower_)) \
                and any(c.dep_ in ("det", "poss") for c in obj.children):
            return obj
    return None


def _in_sentence_cue(part: _Part, lo_char: int, hi_char: int, bounds: tuple[int, int],
                     outside: Iterable[tuple[int, int]]) -> "Token | None":
    """The speech verb nearest to a quote (``lo_char``..``hi_char``, marks included) within its sentences, outside
    every quote, within ``bounds``."""
    doc = part.doc
    first = part.sentence_of(max(lo_char, bounds[0]))
    last = part.sentence_of(max(lo_char, hi_char - 1))
    starts = _nlp.sentence_starts(doc)  # (not list(doc.sents): a Span per sentence, for each quote)
    end = doc[(starts[last + 1] if last + 1 < len(starts) else len(doc)) - 1]
    s_lo = max(doc[starts[first]].idx, bounds[0])
    s_hi = min(end.idx + len(end.text), bounds[1])
    blocked = list(outside)
    found: list[tuple[int, Token]] = []
    for tok in _tokens_in(doc, s_lo, s_hi):
        if lo_char <= tok.idx < hi_char or any(a <= tok.idx < b for a, b in blocked):
            continue
        if not _is_cue(tok):
            continue
        subjects = _subject(tok)
        if not subjects or all(lo_char <= s.idx < hi_char or any(a <= s.idx < b for a, b in blocked)
                               for s in subjects):
            continue  # no subject, or one inside the quotes (a misparse: "..., suggesting ..." under a quoted verb)
        if all(_indefinite(s) for s in subjects):
            continue  # "saying anybody who complains about it '...'": no one in particular speaks
        found.append((lo_char - tok.idx if tok.idx < lo_char else tok.idx - hi_char, tok))
    if len(found) < 2:
        return found[0][1] if found else None
    # of the verbs next to the quote (a few words from its marks), the one whose clause holds it before a nearer one
    # that does not ('When X said "...," I found myself nodding'); else the nearest
    near = []
    for distance, tok in found:
        if distance > _NEXT_TO_QUOTE_CHARS:
            continue
        between = _tokens_in(doc, tok.idx + len(tok.text), lo_char) if tok.idx < lo_char else _tokens_in(
            doc, hi_char, tok.idx)
        if sum(not t.is_punct and not t.is_space for t in between) <= _NEXT_TO_QUOTE:
            near.append((distance, tok))
    if len(near) < 2:
        return (near or [min(found, key=lambda dt: dt[0])])[0][1]
    governors: dict[int, int] = {}  # a verb above the quote's words -> how many steps up
    for t in _tokens_in(doc, lo_char, hi_char):  # where its words hang (not its marks, which the parser may hang on
        if t.is_punct or lo_char <= t.head.idx < hi_char:  # the next verb)
            continue
        for step, a in enumerate([t.head, *t.head.ancestors]):
            governors[a.i] = min(step, governors.get(a.i, step))
    return min(near, key=lambda dt: (governors.get(dt[1].i, len(doc)), dt[0]))[1]


#: Words between a quotation mark and a speech verb "next to" the quote ('said "...', '"...," I found').
_NEXT_TO_QUOTE = 2
_NEXT_TO_QUOTE_CHARS = 60  # (further than this, more than two words stand between)


#: Pronouns that name no one in particular: a speech verb of theirs is not an attribution ("anyone who says ...").
_INDEFINITE = {"anybody", "anyone", "everybody", "everyone", "somebody", "someone", "nobody", "whoever", "one"}


def _indefinite(tok: "Token") -> bool:
    """'anybody', or 'who' in 'anybody who complains'."""
    if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
        tok = tok.head.head
    return tok.lower_ in _INDEFINITE and tok.pos_ == "PRON"


def _fragment_cue(part: _Part, first: "Token", lo: int, hi: int) -> "Token | None":
    """For a scare quote: the speech verb (or "according to") whose content holds it, if the text says whose word it is."""
    verbs: list[Token] = []
    chain = [first, *first.ancestors]  # (each one's head is the next)
    for k, anc in enumerate(chain):
        if lo <= anc.idx < hi and k + 1 < len(chain) and lo <= chain[k + 1].idx < hi:
            continue  # (of the words inside the quote, only the one the rest hangs from: see "parataxis" below)
        # 'As The Hill reported, X said that the campaign "had no knowledge"': the words hang from X's own speech
        # verb, and the "as" or "according to" on that verb says who reported X's words, not whose they are
        reported = not lo <= anc.idx < hi and _is_cue(anc) and bool(_subject(anc))
        for child in anc.children:
            if child.dep_ == "parataxis" and not lo <= child.idx < hi and _is_cue(child) and _subject(child) \
                    and child.lemma_.lower() not in _ASKED:
                return child  # "Its surrogates, he said, were “twisting themselves into knots”": the speech verb
                # set off by commas inside the sentence speaks for it
            if lo <= anc.idx < hi:
                continue
            if child.lower_ in ("according", "put") and _is_cue(child) and _subject(child) and not reported:
                return child  # "according to X", "as X put it" scope all they are attached to
            if child.dep_ == "advcl" and not reported and not lo <= child.idx < hi and any(
                    c.dep_ == "mark" and c.lower_ == "as" for c in child.children):
                # 'has "a vision," as he said' / 'as he likes to say': the words of the one who says them so
                said = child if _is_cue(child) else next(
                    (c for c in child.children if c.dep_ == "xcomp" and _is_cue(c)), None)
                if said is not None and _subject(said):
                    return said
        if lo <= anc.idx < hi:
            continue
        if anc.lemma_.lower() in AUTHORED and not verbs and any(
                c.dep_ == "nsubjpass" and c.left_edge.i <= first.i <= c.right_edge.i for c in anc.children) \
                and any(c.dep_ == "agent" for c in anc.children):
            return anc  # 'the phrase "..." was coined by X'
        if _is_cue(anc, "fragment") and _subject(anc):
            if not any(s.left_edge.i <= first.i <= s.right_edge.i for s in _subject(anc)):
                verbs.append(anc)
    if not verbs:  # 'X, who called the timing of the letter "extraordinary," said ...' where the parser hung the
        # word elsewhere: a verb of naming whose object ends right at the opening mark
        for tok in first.sent:
            if tok.idx < lo and SPEECH_VERBS.get(tok.lemma_.lower()) == "fragment" and tok.pos_ == "VERB" \
                    and tok.right_edge.i > tok.i and tok.right_edge.pos_ in ("NOUN", "PROPN") \
                    and not part.text[tok.right_edge.idx + len(tok.right_edge):lo].strip() and _subject(tok):
                return tok
    return verbs[0] if verbs else None


#: Prepositions before a quoted title ('on "Meet the Press"', 'in "The Art of the Deal"').
_TITLE_PREPOSITIONS = {"on", "in"}


def _is_fragment(part: _Part, span: QuoteSpan) -> bool:
    words = re.findall(r"[^\W_]+(?:[’'-][^\W_]+)*", part.text[span.start:span.end])  # "wake-up" is one word
    if len(words) > FRAGMENT_MAX_WORDS or span.open is None:
        return False
    before = part.text[: span.open].rstrip()
    if not before or before[-1] in ":.!?\n" or before.endswith(tuple(_DASHES)):
        return False
    bare = before.rstrip(",:; \u00a0")
    toks = _tokens_in(part.doc, len(bare) - 1, len(bare)) if bare else []
    if toks and _is_cue(toks[-1]):
        return False  # 'Trump boasted, “That makes me smart.”'
    quoted = part.text[span.start:span.end].rstrip()
    if before.split()[-1].lower() in _TITLE_PREPOSITIONS and all(w[0].isupper() for w in words if len(w) > 3) \
            and words and words[0][0].isupper():
        return True  # a show's or a book's title: 'told CNN's Jake Tapper on "State of the Union."'
    if len(words) >= 3 and quoted[:1].isupper() and quoted[-1:] in ".?!,":
        return False  # a sentence of its own, capital to full stop, not a word borrowed
    head = part.text[span.end: span.end + 2]
    after = part.text[(span.close or span.end) + 1:].lstrip()
    if head[:1] in ",?!" and after[:1].islower():
        return False  # '"No," he said.'
    return before[-1].isalnum() or before[-1] in ",;"


def _next_line_speaker(reader: _Reader, part: _Part, span: QuoteSpan) -> tuple["Token", str] | None:
    """A block quote attributed on the next line: "— Jane Doe, mayor" or "said Jane Doe." / "the ministry said"."""
    end = (span.close + 1) if span.close is not None else span.end
    rest = part.text[end:]
    stripped = rest.lstrip(" \t\u00a0")
    if not stripped.startswith("\n") and not stripped[:1] in _DASHES:
        if stripped[:1] not in ("",) and not stripped.startswith("\n"):
            return None
    offset = end + len(rest) - len(rest.lstrip())
    if offset >= len(part.text):
        return None
    sent = part.doc[_tokens_in(part.doc, offset, offset + 1)[0].i].sent
    signed = part.text[offset] in _DASHES
    if signed:
        # the signature line: from the dash to the end of its line (the parser may join it to the lines around,
        # or the dash to the closing mark: '”―')
        line_end = part.text.find("\n", offset)
        line_end = len(part.text) if line_end < 0 else line_end
        sent = part.doc.char_span(offset, line_end, alignment_mode="expand") or sent
    if signed or sent.text[:1] in _DASHES:
        names = [t for t in sent if t.pos_ in ("PROPN", "NOUN") and t.dep_ not in ("compound",)]
        ents = [e for e in _nlp.ents(part.doc) if e.label_ in ("PERSON", "ORG", "GPE", "NORP")
                and sent.start <= e.start and e.end <= sent.end]
        dash = part.text[offset] if signed else sent.text[0]
        if ents:
            return ents[0].root, dash
        if names:
            return names[0], dash
        return None
    if len(sent) <= 20 and '"' not in sent.text and "“" not in sent.text:
        for tok in sent:
            if _is_cue(tok) and _subject(tok) and not any(c.dep_ in ("ccomp", "neg") for c in tok.children) \
                    and tok.tag_ in ("VBD", "VBZ", "VBP"):  # not "Asked about it, Doe shrugged.", "..., telling"
                # (not "X did not respond to requests for comment"); the attribution opens its line, not a
                # parenthesis after other words ("Lenox was a juggernaut, Mr. Clarke said, until ...")
                lead = min([tok.i] + [s.left_edge.i for s in _subject(tok)])
                if any(not (t.is_punct or t.is_space) for t in part.doc[sent.start:lead]):
                    return None
                return tok, tok.text
    return None


#: A signature after a closing mark that ends its line: "― Jane Doe", "— Luis Ferrer, Tucson" (a few words, a capital).
_SIGNATURE = re.compile(r"[ \t\u00a0]*[―—–][ \t\u00a0]*[A-Z][^\s]*(?:[ \t\u00a0,]+[^\s]+){0,6}[ \t\u00a0.]*$")


def _line_signature(reader: _Reader, part: _Part, span: QuoteSpan) -> tuple[_Speaker, str] | None:
    """A line of quotes signed at its end ('"...." ... "...." ― Jane Doe'), as readers' comments and testimonials
    are: the signature's speaker, for every quote on the line before it."""
    lo = span.open if span.open is not None else span.start
    hi = (span.close + 1) if span.close is not None else span.end
    line_start = part.text.rfind("\n", 0, lo) + 1
    line_end = part.text.find("\n", hi)
    line_end = len(part.text) if line_end < 0 else line_end
    on_line = [s for s in part.spans if s.parent is None and s.close is not None and s.close < line_end
               and (s.open if s.open is not None else s.start) >= line_start]
    if not on_line or part.text[line_start:on_line[0].open if on_line[0].open is not None else on_line[0].start
                                ].strip(" \t\u00a0•*-"):
        return None  # the line opens with the writer's words, not a quote
    last = on_line[-1]
    if not _SIGNATURE.match(part.text, last.close + 1, line_end):
        return None
    found = _next_line_speaker(reader, part, last)
    if found is None or found[1] not in _DASHES:
        return None
    return _signer(reader, part, found[0]), found[1]


def _signer(reader: _Reader, part: _Part, tok: "Token") -> _Speaker:
    """Who signs a quote ("― Christina Lastra"): the speaker the token names; a name of two to four capitalized words
    opening on a known first name is a person, whatever the tagger made of it (it tags some signatures ORG)."""
    found = _speaker(reader, part, tok)
    if found.kind not in ("organization", "unknown"):
        return found
    ent = next((e for e in _nlp.ents(tok.doc) if e.start <= tok.i < e.end), None)
    words = [t for t in (ent if ent is not None else [tok])]
    if 2 <= len(words) <= 4 and all(t.text[:1].isupper() and t.is_alpha for t in words) \
            and words[0].lower_ in FIRST_NAME_GENDERS:
        name = " ".join(t.text for t in words)
        return _Speaker(name, "person", name)
    return found


def _colon_lead_in(part: _Part, span: QuoteSpan) -> "Token | None":
    """'The minister told reporters:' or a label 'What she's saying:' on the line before a quote."""
    lo = span.open if span.open is not None else span.start
    before = part.text[:lo].rstrip()
    if not before.endswith(":"):
        return None
    toks = _tokens_in(part.doc, len(before) - 1, len(before))
    if not toks:
        return None
    sent = toks[-1].sent
    cues = [t for t in sent if _is_cue(t) and _subject(t) and not part.quoted[t.i]]
    if not cues and part.text[len(before):lo].count("\n") and sent.root.pos_ in ("VERB", "AUX"):
        # a line of its own before a block quote, without a speech verb: "He followed up with another post:"
        subjects = [c for c in sent.root.children if c.dep_ == "nsubj" and not part.quoted[c.i]
                    and (c.lower_ in _THIRD_PERSON or c.ent_type_ == "PERSON")]
        return sent.root if subjects else None
    return cues[-1] if cues else None


#: Prepositions of a label's medium or setting, not its speaker: "X, on Twitter:", "X, in an interview with ABC:".
_LABEL_SETTING = {"on", "in", "at", "to", "with", "during", "after", "before", "via", "for"}
_WORDS_OF = re.compile(r"^\s*in (?:the )?words of\b", re.IGNORECASE)


def _label_speaker(reader: _Reader, part: _Part, span: QuoteSpan) -> "Token | None":
    """Who a label with no verb of its own names, set on the quote's line before it: a headline's or a blog's
    "Trump: '...'", "Clinton's campaign manager, Robby Mook, on Twitter: '...'", "Added Trump: '...'" (a speech verb
    before the name), "The response from the Clinton campaign: '...'" (a remark from someone), "In the words of Sen.
    X, '...'". The word that names the speaker (the head noun of the label outside its phrases of medium or setting),
    else None."""
    lo = span.open if span.open is not None else span.start
    line = part.text.rfind("\n", 0, lo) + 1
    lead = part.text[line:lo].rstrip()
    words_of = _WORDS_OF.match(lead)
    if not lead or not (lead.endswith(":") or (words_of and lead.endswith(","))):
        return None
    toks = [t for t in _tokens_in(part.doc, line, line + len(lead) - 1) if not t.is_punct and not t.is_space]
    if not toks or len(toks) > 16 or any(part.quoted[t.i] for t in toks):
        return None
    inside = {t.i for t in toks}
    if words_of:  # "In the words of X,": the one after "of"
        of = next((t for t in toks if t.lower_ == "of"), None)
        return next((t for t in toks if of is not None and t.head.i == of.i and t.pos_ in ("NOUN", "PROPN")), None)
    said = toks[0].lemma_.lower() in SPEECH_VERBS and toks[0].text[:1].isupper() and len(toks) > 1
    if said:  # "Added Trump:", "Wrote the columnist:": the words after the verb
        toks = toks[1:]
    elif any(t.pos_ in ("VERB", "AUX") and t.ent_type_ == "" for t in toks):
        return None  # a sentence of its own ("He put it simply:"): the colon lead-in's, by its verb

    def in_setting(t: "Token") -> bool:  # inside "on Twitter", "in an interview with ABC"
        return any(a.i in inside and a.lower_ in _LABEL_SETTING and a.pos_ == "ADP" for a in t.ancestors)

    heads = [t for t in toks if t.pos_ in ("NOUN", "PROPN") and not in_setting(t)
             and (t.head.i not in inside or t.head.i == t.i or t.dep_ in ("appos", "ROOT"))
             and t.dep_ not in ("compound", "poss", "amod", "nmod")]
    if not heads:
        return None
    head = heads[0]
    if head.lemma_.lower() in REMARK_NOUNS:  # "The response from the Clinton campaign:": the one it came from
        return next((g for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "by")
                     for g in c.children if g.dep_ == "pobj" and g.i in inside), None)
    return head


def _reply_from(part: _Part, lo: int, hi: int) -> "Token | None":
    """Who a remark that "came" is from, in the quote's sentence: '"...," came the reply from Mike Pence', '"...,"
    came the response from the White House' (the one after "from"), else None."""
    last = part.sentence_of(max(lo, hi - 1))
    end = part.sent_starts[last + 1] if last + 1 < len(part.sent_starts) else part.doc[-1].idx + 1
    for tok in _tokens_in(part.doc, part.sent_starts[part.sentence_of(lo)], end):  # (the quote's sentences alone)
        if lo <= tok.idx < hi or part.quoted[tok.i] or tok.lemma_.lower() not in REMARK_NOUNS \
                or tok.dep_ not in _SUBJECTS or tok.head.lemma_.lower() != "come":
            continue
        return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                     if g.dep_ == "pobj"), None)
    return None


def _attribute_direct(reader: _Reader, part: _Part) -> list[_Row]:
    rows: list[_Row] = []
    by_span: dict[int, _Row] = {}
    tops = [(s.open if s.open is not None else s.start, (s.close + 1) if s.close is not None else s.end)
            for s in part.spans if s.parent is None]
    for k, span in enumerate(part.spans):
        lo = span.open if span.open is not None else span.start
        hi = (span.close + 1) if span.close is not None else span.end
        toks = _tokens_in(part.doc, span.start, span.end)
        if not toks:
            continue
        outer = by_span.get(span.parent) if span.parent is not None else None
        if span.parent is not None:
            parent = part.spans[span.parent]
            bounds = (parent.start, parent.end)
            blocked = [(s.open if s.open is not None else s.start, (s.close + 1) if s.close is not None else s.end)
                       for s in part.spans if s.parent == span.parent and s is not span]
        else:
            bounds = (0, len(part.text))
            blocked = [t for t in tops if t != (lo, hi)]
        label = _TRANSCRIPT_LABEL.match(part.text, span.start) if span.parent is None else None
        turn = part.turns.get(k) or ((label.group(1), label.end()) if label is not None else None)
        if turn is not None and span.end > turn[1]:  # a transcript's or an interview's turn: "WALLACE: ...", "Q: ..."
            speaker = _speaker_named(reader, part, turn[0], span.start)
            row = _Row(part, turn[1], span.end, True, False, speaker, ":", None, k)
            rows.append(row)
            by_span[k] = row
            continue
        signed = _line_signature(reader, part, span) if span.parent is None else None
        if signed is not None:  # '"...." And he has "...." ― Jane Doe': the line's signature, not the speaker of
            # the quote before (a reader's comment after another's) nor the line that introduces the comments
            row = _Row(part, span.start, span.end, True, False, signed[0], signed[1], None, k)
            rows.append(row)
            by_span[k] = row
            continue
        fragment = _is_fragment(part, span)
        cue: Token | None = None
        cue_label: str | None = None
        if fragment:
            cue = _fragment_cue(part, toks[0], lo, hi)
        else:
            line_start = part.text.rfind("\n", 0, lo) + 1
            if span.parent is None and _SECTION_LABEL.match(part.text[line_start:lo]):
                cue = _cue_after(part, hi)  # 'What they're saying: "...," Doe wrote.': the writer, not "they"
            if cue is None:
                cue = _in_sentence_cue(part, lo, hi, bounds, blocked)
            if cue is None:  # 'it called the spot "a desperate attempt to distract voters."': a whole phrase
                # that a verb of naming calls something is the caller's, however long
                named = _fragment_cue(part, toks[0], lo, hi)
                cue = named if named is not None and SPEECH_VERBS.get(named.lemma_.lower()) == "fragment" else None
            labelled = _label_speaker(reader, part, span) if cue is None and span.parent is None else None
            if labelled is not None:
                speaker = _speaker(reader, part, labelled)
                if speaker.name and speaker.kind != "unknown":  # "Trump: '...'", "X, on Twitter: '...'"
                    row = _Row(part, span.start, span.end, True, fragment, speaker, ":", None, k)
                    rows.append(row)
                    by_span[k] = row
                    continue
            if cue is None and span.parent is None:
                cue = _colon_lead_in(part, span) or _preceding_cue(part, lo) or _following_cue(part, hi)
                earlier = _continuing(rows, part, span)
                if cue is None and not (earlier and "\n" not in part.text[earlier.end:lo]):
                    # (a quote after an attributed one in its own paragraph continues it, whatever the next line)
                    found = _next_line_speaker(reader, part, span)
                    if found is not None:
                        tok, cue_label = found
                        if _is_cue(tok):
                            cue = tok
                        else:
                            speaker = _signer(reader, part, tok) if cue_label in _DASHES else _speaker(reader, part, tok)
                            row = _Row(part, span.start, span.end, True, False, speaker, cue_label, None, k)
                            rows.append(row)
                            by_span[k] = row
                            continue
        if cue is not None:
            subjects = _subject(cue)
            speakers = [_speaker(reader, part, s, inside=outer.speaker if outer else None,
                                 pronoun_sentence_first=outer is not None) for s in subjects]
            if outer is not None and outer.cue_token == cue.i:
                # the cue of the quote it sits in: its speaker quoting a word of their own ("'Last night I was
                # "grossly generalistic,"' she said")
                speakers = [outer.speaker]
            if outer is None and len(subjects) == 1:
                speakers = [_run_speaker(reader, part, rows, subjects[0], speakers[0])]
            for speaker in speakers or [_Speaker(None, "unknown", "")]:
                row = _Row(part, span.start, span.end, True, fragment, speaker, _cue_text(cue), cue.i, k)
                rows.append(row)
                by_span.setdefault(k, row)
            if outer is None and (cue.lemma_.lower() == "report" or any(sp.kind == "outlet" for sp in speakers)) \
                    and part.sentence_of(max(span.start, span.end - 1)) > part.sentence_of(span.start):
                # 'McCrummen reports: "Melanie thought the whole thing was outrageous. ..."': a story's own
                # narrative, quoted at length; the people it names are people of this story too
                reader.excerpts.append((part.order, span.start, span.end))
            continue
        sender = _reply_from(part, lo, hi) if span.parent is None else None
        if sender is not None:  # '"Locker room talk," came the reply from Trump's running mate, Mike Pence.'
            row = _Row(part, span.start, span.end, True, fragment, _speaker(reader, part, sender), "came", None, k)
            rows.append(row)
            by_span[k] = row
            continue
        holder = _viewpoint(part, lo) if span.parent is None else None
        if holder is not None:  # 'because to her, "there's nothing more important ..."': her view, in her words
            row = _Row(part, span.start, span.end, True, fragment, _speaker(reader, part, holder), "to", None, k)
            rows.append(row)
            by_span[k] = row
            continue
        governing = _governing_subject(reader, part, toks, lo, hi) if span.parent is None else None
        if governing is not None:
            verb, speaker = governing
            row = _Row(part, span.start, span.end, True, fragment, speaker, verb.text, None, k)
            rows.append(row)
            by_span[k] = row
            continue
        summed = _summing_up_speaker(reader, part, lo, hi) if not fragment and span.parent is None else None
        if summed is not None:  # '"..." / So said X, ...': the next paragraph names who spoke
            row = _Row(part, span.start, span.end, True, False, summed[0], summed[1], None, k)
            rows.append(row)
            by_span[k] = row
            continue
        inherited = _continuing(rows, part, span) if not fragment and span.parent is None else None
        # a sentence about a person between the last quote and this one gives the quote to that person
        lead = _paragraph_lead(reader, part, lo) if not fragment and span.parent is None else None
        if lead is not None and inherited is not None and lead.name != inherited.speaker.name:
            inherited = None
        answer = _answerer(reader, part, inherited, lo) if inherited is not None else None
        if answer is not None:  # an answer in a paragraph of its own, to the question just quoted: not the asker's
            inherited = lead = None  # (nor the asker as the subject of the sentence before: '"...?" Holt asked.')
        speaker = lead or answer or (inherited.speaker if inherited else _Speaker(None, "unknown", ""))
        cue_label = inherited.cue if inherited else None
        row = _Row(part, span.start, span.end, True, fragment, speaker, cue_label, None, k)
        rows.append(row)
        by_span[k] = row
    return rows


#: Words that open a sentence summing up the quote before it: "That was the message from X", "So said X".
_SUMMING_UP = {"that", "this", "those", "these", "so", "such"}


def _summing_up_speaker(reader: _Reader, part: _Part, lo: int, hi: int) -> tuple[_Speaker, str] | None:
    """A quote with no speaker that opens its paragraph, whose next sentence (in the next paragraph when the quote
    stands alone, else right after it) sums it up: '"We are not going back." / That was the message from Sheriff X
    on Tuesday, ...', '... / So said X, ...', '"It's a disgrace." The comment, from Sen. X, was echoed ...',
    '"...." X made the remark at a rally', '"...." Her comments came after ...': the person that sentence names
    (the subject of its speech verb, the one who made the remark or whose comments they are, else the first person
    after "from", "of" or "by")."""
    line_start = part.text.rfind("\n", 0, lo) + 1
    line_end = part.text.find("\n", hi)
    if part.text[line_start:lo].strip():
        return None
    rest = part.text[hi:line_end if line_end >= 0 else None]
    if rest.strip():
        # the next sentence on the same line, after a quote that closes a sentence of its own ('"... heard." That
        # was the response from X'), not words that go on with it ('"...," he said')
        if part.text[lo:hi].rstrip("”\"’' ")[-1:] not in ".!?…" or not rest.strip()[:1].isupper():
            return None
        start = hi
    else:
        if line_end < 0:  # a quote that is the whole dek (a quote-first lede the loader set apart): the body goes on
            body = next((p for p in reader.parts if p.part == "body"), None)
            if part.part != "dek" or body is None:
                return None
            part, line_end = body, 0
        start = line_end
    toks = [t for t in _tokens_in(part.doc, start, min(len(part.text), start + 400)) if not t.is_space]
    if len(toks) < 2 or part.quoted[toks[0].i]:
        return None
    sent = toks[0].sent
    first = toks[0].lower_
    label = toks[0].text
    remark: Token | None = None
    if first == "so" and _is_cue(toks[1]):  # "So said X", not "So the council voted"
        pass
    elif first in _SUMMING_UP and first != "so" and toks[1].lemma_ == "be":
        pass  # "That was the message from X", "That is what X told reporters"
    else:
        # a sentence about the remark itself: "The comment, from X", "X made the remark", "Her comments came"
        if not _REMARK_WORD.search(sent.text):
            return None
        remark = next((t for t in sent if t.lemma_.lower() in REMARK_NOUNS and not part.quoted[t.i]
                       and t.dep_ in ("nsubj", "nsubjpass", "dobj")
                       and any(c.dep_ in ("det", "poss") for c in t.children)), None)
        if remark is None or not (remark.i - sent.start <= 2 or remark.dep_ == "dobj"):
            return None
        if remark.dep_ == "dobj" and remark.head.lemma_.lower() in ("make", "deliver", "offer"):
            subjects = [c for c in remark.head.children if c.dep_ == "nsubj" and not part.quoted[c.i]]
            if subjects:
                found = _speaker(reader, part, subjects[0])
                return (found, remark.head.text) if found.name else None
            return None
        owner = next((c for c in remark.children if c.dep_ == "poss"), None)
        if remark.dep_ != "dobj" and owner is not None:
            found = _speaker(reader, part, owner)
            return (found, remark.text) if found.name and found.kind != "unknown" else None
        if remark.dep_ == "dobj":
            return None
        label = remark.text
    for tok in sent if remark is None else ():
        if _is_cue(tok) and not part.quoted[tok.i]:
            subjects = [s for s in _subject(tok) if s.lower_ not in _SUMMING_UP]
            if subjects:
                return _speaker(reader, part, subjects[0]), tok.text
    for person in reader.people:  # "the message from X", "the words of X"
        if person.part_order != part.order or not sent.start_char <= person.start < sent.end_char or person.quoted:
            continue
        head = _tokens_in(part.doc, person.start, person.end)[-1]
        head = head.head if head.dep_ == "appos" else head
        if head.dep_ == "pobj" and head.head.lower_ in ("from", "of", "by") and (
                remark is None or head.head.head.i == remark.i):  # (the comment's, not "drew a rebuke from X")
            return _Speaker(person.name, "anonymous" if person.name in reader.anonymous else "person",
                            part.text[person.start:person.end]), label
    return None


#: Nouns for what was just said, in a sentence after a quote that names who said it ("The comment, from X, ...").
REMARK_NOUNS = {"comment", "remark", "response", "reply", "retort", "quip", "word", "statement", "line", "message"}
_REMARK_WORD = re.compile(r"\b(?:comment|remark|response|repl(?:y|ies)|retort|quip|word|statement|line|message)",
                          re.IGNORECASE)


def _preceding_cue(part: _Part, lo: int) -> "Token | None":
    """'Trump boasted, “That makes me smart.”' where the parser ends the sentence at the comma: a speech verb (with
    its subject) right before the opening mark, nothing but a comma or a colon between."""
    before = part.text[:lo].rstrip(" \t\u00a0,:")
    if not before or before[-1] in "\n.!?" or len(part.text[len(before):lo].strip(" \t\u00a0,:")) > 0:
        return None
    toks = _tokens_in(part.doc, len(before) - 1, len(before))
    if not toks:
        return None
    tok = toks[-1]
    if _is_cue(tok) and _subject(tok) and not part.quoted[tok.i]:
        return tok
    return None


def _caller(tok: "Token", lo: int, hi: int) -> "Token":
    """For a remark noun that is what a verb of naming calls something, with the quote (``lo``..``hi``) set beside it
    ('It called the campaign's statement "a desperate attempt ..."'), that verb: the words are the caller's, not the
    remark's; else ``tok``."""
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and SPEECH_VERBS.get(tok.head.lemma_.lower()) == "fragment" \
            and any(c.dep_ in ("appos", "oprd") and lo <= c.idx < hi for c in tok.children):
        return tok.head
    return tok


def _unbulleted(name: str | None) -> str | None:
    """A speaker as written at the head of a bullet ("- A company spokesperson"), without the bullet."""
    return name if not name or name[:1] not in "-•*·–▪●◦" else (name.lstrip("-•*·–▪●◦ ").strip() or None)


def _cue_after(part: _Part, hi: int) -> "Token | None":
    """A speech verb with its subject in the first words after a quote, in the quote's sentence or the next one on
    its line ('"...," Doe wrote.')."""
    if "\n" in part.text[hi:hi + 4]:
        return None
    after = [t for t in _tokens_in(part.doc, hi, min(len(part.text), hi + 200)) if not t.is_space and t.idx >= hi]
    for tok in after[:_FOLLOWING_CUE_WORDS]:
        if part.quoted[tok.i] or "\n" in tok.text:
            break
        if _is_cue(tok) and _subject(tok):
            return tok
    return None


def _following_cue(part: _Part, hi: int) -> "Token | None":
    """'“Does anybody know?” Graham asked.': the quote ends its sentence and the next one, on the same line,
    opens with the attribution (a speech verb with its subject within the first few words)."""
    gap = part.text[hi:hi + 4]
    if "\n" in gap:
        return None
    after = _tokens_in(part.doc, hi, hi + 4)
    after = [t for t in after if not t.is_space and t.idx >= hi]
    if not after:
        return None
    sent = after[0].sent
    if sent.start_char < hi:
        return None  # the quote's own sentence: already searched
    for tok in list(sent)[:_FOLLOWING_CUE_WORDS]:
        if part.quoted[tok.i]:
            break
        if _is_cue(tok) and _subject(tok) and not any((c.dep_ == "ccomp" and not part.quoted[c.i])
                                                      or c.dep_ == "neg" for c in tok.children):
            return tok
    return None


_VIEWPOINT = re.compile(r"(?:^|[.;:(—–]\s*|\b(?:[Bb]ecause|[Bb]ut|and|[Ss]ince|[Yy]et)\s+)[Tt]o "
                        r"([^\W\d_][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}),\s*$", re.M)


def _viewpoint(part: _Part, lo: int) -> "Token | None":
    """'To her, "..."', 'because to Smith, "..."': a quote right after a "to" phrase naming a person that opens its
    clause, set off by a comma, is that person's view in their words; the person's token (a pronoun or a name). (Not
    'it went to him, "like it or not"'.)"""
    found = _VIEWPOINT.search(part.text, max(0, lo - 60), lo)
    if found is None:
        return None
    toks = _tokens_in(part.doc, found.start(1), found.end(1))
    if not toks or any(part.quoted[t.i] for t in toks):
        return None
    last = toks[-1]
    if last.lower_ in ("her", "him", "them") or (last.ent_type_ == "PERSON" and last.pos_ == "PROPN"):
        return last
    return None


#: Verbs of making words, besides the speech verbs: a quote that is their passive subject is the words of the one
#: Verbs that bring someone to a thought or an act of their own ("led X to fear '...'", "prompted X to call it ..."):
#: the words quoted in what follows are that one's.
LEADING_VERBS = {"lead", "prompt", "cause", "drive", "inspire", "move", "spur", "provoke"}
#: named after "by" ('“...” was coined by X', 'was penned by X').
AUTHORED = {"coin", "pen", "compose", "sing", "utter", "author", "pronounce"}


def _governing_subject(reader: _Reader, part: _Part, toks: list["Token"], lo: int, hi: int
                       ) -> tuple["Token", _Speaker] | None:
    """Whose words a quote without a speech verb is: the subject of the clause that holds it ("Gingrich dismissed
    Estonia as being in the '...'", "Trump walked onto the stage, chanting '...'"), or the owner of the statement it
    quotes ("Trump's claim that there have been '...'"). Climbs from the quote through the parse to the first verb
    with a subject that can speak (a person, an organization, an anonymous source, an outlet or a document)."""
    inside = {t.i for t in toks}
    for verb in toks:  # a document's words, quoted from its verb on: 'A resolution “expresses ...”' (not 'The
        # relatives are “putting toys in front of a child”', the words of whoever said so)
        if verb.pos_ in ("VERB", "AUX") and verb.i == toks[0].i + (toks[0].is_punct and len(toks) > 1):
            for subj in (c for c in verb.children if c.dep_ == "nsubj" and c.i < toks[0].i
                         and not part.quoted[c.i]):
                speaker = _speaker(reader, part, subj)
                if speaker.name and speaker.kind == "document":
                    return verb, speaker
        break
    attached = [t for t in toks if t.head.i not in inside and not (lo <= t.head.idx < hi)]
    if not attached:
        return None
    node = attached[0].head
    for _ in range(12):
        if lo <= node.idx < hi:
            break
        if node.pos_ in ("NOUN", "PROPN") and node.lemma_.lower() in SPEECH_NOUNS and _caller(node, lo, hi) is node:
            owners = [c for c in node.children if c.dep_ == "poss" and not part.quoted[c.i]]
            if owners and owners[0].lower_ in ("its", "their"):  # "The letter was mocked for its prediction"
                owners = [t for t in node.sent if _main_subject(t) and t.pos_ in ("NOUN", "PROPN")
                          and not part.quoted[t.i]] or owners
            if owners:
                speaker = _speaker(reader, part, owners[0])
                if speaker.name and speaker.kind != "unknown":
                    return node, speaker
        reported = node.dep_ in ("ccomp", "acl") and (
            node.head.lemma_.lower() in SPEECH_NOUNS or _is_cue(node.head, "fragment"))
        if node.pos_ in ("VERB", "AUX") and (node.lemma_.lower() in SPEECH_VERBS or node.lemma_.lower() in AUTHORED) \
                and any(c.dep_ == "nsubjpass" and c.left_edge.i <= toks[0].i <= c.right_edge.i for c in node.children):
            # '“American Skin” was written by Springsteen', 'The phrase “...” was coined by X': the words are the
            # doer's, named after "by"
            for agent in (g for c in node.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"):
                speaker = _speaker(reader, part, agent)
                if speaker.name and speaker.kind != "unknown":
                    return node, speaker
        if node.pos_ in ("VERB", "AUX") and not reported and node.dep_ == "xcomp" \
                and node.head.lemma_.lower() in LEADING_VERBS and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            # "led the Latvian journalist Dainis Ivans to fear a '...'": the one led to it (not one urged or
            # encouraged, who is told the words: "encouraging his supporters to make sure it's '...'")
            for obj in (c for c in node.head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                        and c.i < node.i and not part.quoted[c.i]):
                speaker = _speaker(reader, part, obj)
                if speaker.name and speaker.kind in ("person", "anonymous", "organization"):
                    return node, speaker
        if node.pos_ in ("VERB", "AUX") and not reported:  # (not the subject of what is said or predicted:
            # "its prediction that Trump would be “the healthiest ...”")
            for subj in (c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")):
                if part.quoted[subj.i] or subj.left_edge.idx <= lo < subj.right_edge.idx + len(subj.right_edge):
                    continue
                if subj.dep_ == "nsubjpass":
                    continue
                speaker = _speaker(reader, part, subj)
                if speaker.name and speaker.kind != "unknown":
                    return node, speaker
        if node.head.i == node.i:
            break
        node = node.head
    return None


def _speaker_named(reader: _Reader, part: _Part, label: str, start: int) -> _Speaker:
    """The speaker of a transcript turn labelled 'WALLACE:' (the label's name, as the article names that person), or
    of an interview's: "Q", the byline's name, its initials or an outlet's name is the interviewer (``_interviewer``),
    "A" the one interviewed (``_interviewee``), initials a person the article names ("AN:" for Amara Nwosu)."""
    low = label.lower().strip(" .")
    if low in INTERVIEWEE_LABELS and part.turns:
        return _interviewee(reader) or _Speaker(None, "unknown", label)
    asks = _interviewer(reader, label)
    if asks is not None:
        return asks
    journalist = next((name for name, role in _ROLE_LABEL.findall(part.text) if role in NEWSROOM_ROLES
                       and label.upper() in (name, name.split()[-1])), None)
    if journalist is not None:  # "KIRK SIEGLER, BYLINE:" and then "SIEGLER:": the reporter, the outlet's voice
        return _Speaker(reader.canonical(part, journalist.title(), start) or journalist.title(), "outlet", label)
    if part.turns and low.isalpha() and len(low) <= 3 and " " not in low:
        named = next((p.name for p in reader.people if _initials(p.name) == low), None)
        if named:
            return _Speaker(named, "person", label)
    name = reader.canonical(part, label.title(), start) or label.title()
    return _Speaker(name, "person", label)


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’-]*", name)).lower()


def _interviewer(reader: _Reader, label: str) -> _Speaker | None:
    """The interviewer a turn label names ("Q", "INTERVIEWER", a byline's surname or initials, an outlet's name), as
    the outlet's voice: ``speaker`` the byline's author (the one the label names, else the only one), else the
    outlet, else "the interviewer"; ``speaker_kind`` "outlet", so that the questions are told apart from the
    sources (a journalist asking is the newsroom speaking, not a voice the story quotes)."""
    article = reader.article
    low = label.lower().strip(" .")
    words = [w for w in low.replace(".", ". ").split() if w not in TITLE_ROLES and w not in GENDER_HONORIFICS]
    authors = [a for a in getattr(article, "authors", None) or [] if a]
    named = next((a for a in authors if words and (
        words[-1] == a.lower().split()[-1] or (len(words) == 1 and len(low) <= 3 and _initials(a) == low))), None)
    outlet = getattr(article, "outlet", None)
    if named is None and low not in INTERVIEWER_LABELS and low not in OUTLETS \
            and not (outlet and re.sub(r"^the\s+", "", low) == re.sub(r"^the\s+", "", outlet.lower())):
        return None
    return _newsroom(reader, label, named, "the interviewer")


def _newsroom(reader: _Reader, text: str, author: str | None = None, fallback: str = "the author") -> _Speaker:
    """The story's own voice (an interviewer's questions, a reporter's "we asked"): ``author`` if given, else the
    byline's only author, else the outlet, else ``fallback``; of kind "outlet"."""
    authors = [a for a in getattr(reader.article, "authors", None) or [] if a]
    name = author or (authors[0] if len(authors) == 1 else None) or getattr(reader.article, "outlet", None) or fallback
    return _Speaker(name, "outlet", text)


def _interviewee(reader: _Reader) -> _Speaker | None:
    """The person an interview's "A:" turns are, from its introduction (the headline, the dek and the body before
    the first turn): one the introduction says is interviewed ("an interview with X", "we spoke with X", "asked X"),
    else the first subject of a main clause there ("In an interview, Dr. X explains ...", "X, a climate scientist,
    has studied ..."), else the first person named there; never the byline's author."""
    if reader._interviewed is not False:
        return reader._interviewed
    first = min(((p.order, min(s.start for k, s in enumerate(p.spans) if k in p.turns))
                 for p in reader.parts if p.turns), default=None)
    authors = {a.lower().split()[-1] for a in getattr(reader.article, "authors", None) or [] if a}
    intro = [p for p in reader.people if first is not None and (p.part_order, p.start) < first and not p.quoted
             and p.name not in reader.anonymous and p.name.lower().split()[-1] not in authors
             and reader.parts[p.part_order].part in ("headline", "dek", "body")]

    def interviewed(person: _Person) -> bool:
        toks = _tokens_in(reader.parts[person.part_order].doc, person.start, person.end)
        if not toks:
            return False
        root = next((t for t in toks if not person.start <= t.head.idx < person.end), toks[-1])
        root = root.head if root.dep_ == "appos" else root
        if root.dep_ == "dobj" and root.head.lemma_.lower() in _ASKED | {"interview"}:
            return True
        return root.dep_ == "pobj" and root.head.lower_ in ("with", "to") \
            and root.head.head.lemma_.lower() in INTERVIEW_WORDS

    chosen = next((p for p in intro if interviewed(p)), None) or next(
        (p for p in intro if p.subject == 2), None) or (intro[0] if intro else None)
    found = _Speaker(chosen.name, "person", reader.parts[chosen.part_order].text[chosen.start:chosen.end]) \
        if chosen is not None else None
    reader._interviewed = found
    return found


def _paragraph_lead(reader: _Reader, part: _Part, lo: int) -> _Speaker | None:
    """A quote with no attribution that opens a paragraph or a sentence, after a sentence about a person
    ("Clinton kept her remarks to hypotheticals. / “If any bank can’t be managed, it should be broken up.”";
    "His partner, Jane Doe, called him a master. “He showed again and again ...”"): the subject of the sentence
    before, when it names a person (by name, or a noun with the name beside it, or as "he" or "she")."""
    before = part.text[:lo].rstrip()
    if not before or (part.text[:lo].rstrip(" \t\u00a0")[-1:] != "\n" and before[-1] not in ".!?"):
        return None  # the quote runs on inside a sentence
    toks = _tokens_in(part.doc, len(before) - 1, len(before))
    if not toks or part.quoted[toks[-1].i]:
        return None  # the sentence before is a quote itself (a speaker there carries on through _continuing)
    sent = toks[-1].sent
    for tok in sent:
        if not _main_subject(tok) or part.quoted[tok.i]:
            continue
        if tok.lower_ in ("he", "she") and tok.pos_ == "PRON":
            pass  # "He has given $50,000 this year. / “She is the heart of this place.”": the person "he" is
        elif tok.pos_ != "PROPN":  # the name beside the noun (the parser may hang it on a noun inside the phrase)
            tok = next((c for c in tok.subtree if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
            if tok is None:
                return None
        speaker = _speaker(reader, part, tok)
        return speaker if speaker.kind in ("person", "anonymous") and speaker.name else None
    return None


#: How many sentences back the quote before a "he said" may be, for "he" to go on with its speaker.
_RUN_SENTENCES = 4


def _run_speaker(reader: _Reader, part: _Part, rows: list[_Row], tok: "Token", found: _Speaker) -> _Speaker:
    """'"...," Smith said. / The bill, which Jones sponsored, passed. / "...," he said.': in a run of quotes, "he" or
    "she" goes on with the speaker of the quote just before (of that gender, a few sentences back) unless someone else
    has since been the subject of a sentence's main clause or of an adverbial clause, or been asked a question (the
    subject of that quote's own cue, however it is named there, is its speaker: '"...," the elder Gonzalez said.
    Switching to English, he said'); a name only in a relative clause, an object or a phrase
    does not take the floor, nor a subject that acts on a "him" or "her" of that gender ("Cooper pressed her") or,
    of a gender the article does not state, is named by its tie to one ("Her running mate, X,")."""
    gender = _THIRD_PERSON.get(tok.lower_)
    if gender is None or part.quoted[tok.i] or found.kind not in ("person", "unknown"):
        return found
    previous = [r for r in rows if r.direct and not r.fragment and r.part is part and r.speaker.kind == "person"
                and r.speaker.name and r.end <= tok.idx and part.spans[r.span_index].parent is None]
    if not previous:
        return found
    last = previous[-1]
    window = _RUN_SENTENCES
    if reader.gender_of(last.speaker.name) not in (gender, None):
        # a man's and a woman's quotes alternating: "he said" after hers goes on with the man who spoke before her
        # ('"...," Reed said. His wife, Carol, said the landlord, Mike Dunn, would wait. "...," she said. "...," he
        # said': Reed, not the man named only in what she said)
        same = [r for r in previous if reader.gender_of(r.speaker.name) == gender]
        if same and all(reader.gender_of(r.speaker.name) not in (gender, None) for r in previous
                        if r.end > same[-1].end):
            last, window = same[-1], 2 * _RUN_SENTENCES
    if last.speaker.name == found.name or reader.gender_of(last.speaker.name) != gender \
            or part.sentence_of(tok.idx) - part.sentence_of(last.end) > window:
        return found
    cue = part.doc[last.cue_token] if last.cue_token is not None else None
    own = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in (_subject(cue) if cue is not None else [])]
    took_floor = any(p.part_order == part.order and last.end <= p.start < tok.idx
                     and (p.subject == 2 or reader.asked(p) or _topic_of_clause(part, p)) and not p.quoted and p.gender in (gender, None) and p.name != last.speaker.name
                     and not any(lo <= p.start < hi for lo, hi in own)  # the quote's own speaker, however named
                     and not _addresses(reader, part, p, gender) for p in reader.people)
    if took_floor:
        return found
    return _Speaker(last.speaker.name, "person", tok.text)


def _topic_of_clause(part: _Part, person: _Person) -> bool:
    """A subject of an adverbial clause ("When Tom Jones took the stage, the crowd cheered") or a person heading a
    "who" clause ("listened to Jane Doe, who ..."): the sentence is about them, unlike a subject of a relative clause
    on a thing ("The bill, which Jones wrote, passed") or of what someone said ("Smith said Jones agreed")."""
    if person.subject != 1:
        return False
    toks = _tokens_in(part.doc, person.start, person.end)
    tok = next((t for t in toks if not person.start <= t.head.idx < person.end), toks[-1])
    tok = tok.head if tok.dep_ == "appos" else tok  # "When her aide, Jane Doe, spoke"
    if tok.dep_ in ("nsubj", "nsubjpass"):
        said = tok.head.head
        # "Ellison will remain on the faculty, the university said": what is said comes first, and its subject is
        # what the sentence is about (unlike "Smith said Jones agreed")
        return tok.head.dep_ == "advcl" or (tok.head.dep_ == "ccomp" and tok.head.i < said.i
                                            and said.lemma_.lower() in SPEECH_VERBS)
    return True  # (marked a subject for the "who" clause it heads)


def _addresses(reader: _Reader, part: _Part, person: _Person, gender: str) -> bool:
    """'Cooper pressed her on the emails': the subject acts on a "him"/"her" of the pronoun's gender, someone else,
    who keeps the floor for the "she said" after. So does 'Her running mate, Ajamu Baraka, was also charged' when the
    article does not say the subject's gender (no honorific, no first name we know): "she" is still the "her"."""
    toks = _tokens_in(part.doc, person.start, person.end)
    tok = next((t for t in toks if not person.start <= t.head.idx < person.end), toks[-1])  # the name's head word
    objects = ("him",) if gender == "m" else ("her",)
    if any(t.lower_ in objects and t.dep_ in ("dobj", "dative", "pobj") and not part.quoted[t.i]
           and t.idx > person.start for t in tok.sent):
        return True
    return _owned_by_pronoun(reader, part, person, gender)


def _owned_by_pronoun(reader: _Reader, part: _Part, person: _Person, gender: str) -> bool:
    """'His chief of staff, Cristina Pacione-Zayas, also attended': a person of a gender the article does not state,
    named by a tie to someone the "his" or "her" (of ``gender``) stands for, who is then not that someone."""
    if person.name in reader.stated_genders or person.part_order != part.order:
        return False
    toks = _tokens_in(part.doc, person.start, person.end)
    if not toks:
        return False
    tok = next((t for t in toks if not person.start <= t.head.idx < person.end), toks[-1])
    noun = tok.head if tok.dep_ == "appos" else tok
    owner = "his" if gender == "m" else "her"
    word = noun.lemma_.lower()
    if (KIN_NOUNS.get(word) or SEXED_NOUNS.get(word) or _TITLE_GENDERS.get(person_titles().get(word, ""))) == gender:
        return False  # "His son, Hunter, said": the noun says the person is of the pronoun's sex
    return any(c.dep_ == "poss" and c.lower_ == owner for c in noun.children)


#: What may stand before a name a quote opens by addressing ('"Secretary Pryce, why ...', '"Mr. Mercer, ...').
_VOCATIVE_TITLE = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,2}")


def _answerer(reader: _Reader, part: _Part, question: _Row, lo: int) -> _Speaker | None:
    """Who answers, in a paragraph of its own with no cue, the quote before it when that one puts a question ('"...?"
    Holt asked') or turns to someone by name ('"Mr. Mercer, the same question to you," she said'): the one asked
    ("Holt asked Mercer"), else the one named at the head of the question, else no one known. None when the quote
    before is neither (the new one goes on with its speaker)."""
    if "\n" not in part.text[question.end:lo] or question.cue_token is None:
        return None
    cue = part.doc[question.cue_token]
    asked = part.text[question.start:question.end].rstrip().endswith("?") and cue.lemma_.lower() in _ASKED
    addressed = next((p for p in reader.people if p.part_order == part.order and p.quoted
                      and question.start <= p.start < question.start + 40 and part.text[p.end:p.end + 1] == ","
                      and _VOCATIVE_TITLE.fullmatch(part.text[question.start:p.start])), None)
    if addressed is not None and addressed.name == question.speaker.name:
        addressed = None
    if not asked and addressed is None:
        return None
    objects = [c for c in cue.children if c.dep_ in ("dobj", "dative") and (c.pos_ == "PROPN" or c.lower_ in (
        "him", "her"))]
    if asked and objects:
        found = _speaker(reader, part, objects[0])
        if found.kind == "person" and found.name != question.speaker.name:
            return found
    if addressed is not None:
        return _Speaker(addressed.name, "anonymous" if addressed.name in reader.anonymous else "person",
                        part.text[addressed.start:addressed.end])
    return _Speaker(None, "unknown", "")


def _continuing(rows: list[_Row], part: _Part, span: QuoteSpan) -> _Row | None:
    """A quote without a cue continues the speaker of the quote just before it (same or previous paragraph)."""
    candidates = [r for r in rows if r.direct and not r.fragment and r.speaker.name and r.part is part
                  and r.end <= span.start and part.spans[r.span_index].parent is None]
    if not candidates:
        return None
    last = candidates[-1]
    between = part.text[last.end:span.start]
    if between.count("\n\n") > 1 or len(between) > 400:
        return None
    before = part.text[:span.open if span.open is not None else span.start].rstrip(" \t\u00a0")
    if "\n" in between and before and before[-1] not in "\n.!?:”\"'’—":
        return None  # a new paragraph's sentence that quotes inside its own words is about someone else
    return last


def _attribute_indirect(reader: _Reader, part: _Part, used: set[int], direct_rows: list[_Row]) -> list[_Row]:
    """Reported speech without quotation marks: a speech verb with a clause ("said the plan was ...") or
    "according to X" about a statement."""
    rows: list[_Row] = []
    doc = part.doc
    quotes = [(r.start, r.end) for r in direct_rows if not r.fragment]
    for tok in _cue_candidates(doc):
        if tok.i in used or part.quoted[tok.i]:
            continue
        # (in the story's own text, not a headline's or a dek's shorthand "Mayor vows to fight closure", which
        # the story tells again with its speaker)
        body = part.part not in ("headline", "dek")
        trailing = None  # the source of a closing attribution the parser did not tie to its verb
        asked_to = None if _is_cue(tok) or tok.pos_ != "VERB" or not body else _called_for(tok)
        if not _is_cue(tok) and asked_to is None:
            continue
        if tok.lower_ == "according":
            clause = tok.head
            sent = tok.sent
            phrase_lo = tok.idx
            phrase_hi = tok.right_edge.idx + len(tok.right_edge.text) if tok.right_edge.i >= tok.i else tok.idx
            if phrase_lo - sent.start_char > sent.end_char - phrase_hi:
                lo, hi = sent.start_char, phrase_lo
            else:
                lo, hi = phrase_hi, sent.end_char
            del clause
        else:
            content = [c for c in tok.children if c.dep_ in ("ccomp",) and not part.quoted[c.i]] or _medium_clause(
                tok, part)  # (or the clause the parser hung on the medium: "said in a statement that it would ...")
            if tok.lemma_.lower() in _ASKED and tok.tag_ == "VBN":
                continue  # "Asked whether she would run, Kent said ...", "He was asked if ...": put to them, not said
            asked_to = asked_to or (_asked_to(tok) if not content and tok.pos_ == "VERB" and body else None)
            if asked_to is not None:
                # "vowed to form a task force", "urged Republicans to join ...", "called for the repeal of ...":
                # what was promised, urged or called for
                lo, hi = asked_to
            elif not content and _interjected(tok):
                # "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt": the sentence around it
                sent = tok.sent
                lo, hi = sent.start_char, sent.end_char
            elif not content and (closing := _closing_source(tok)) is not None:
                # "X is weighing new curbs, two people familiar with the talks told Axios." (the parser hung the
                # verb on "talks" and left it no subject): the clause before the comma, said by the phrase after it
                lo, hi, trailing = closing
            elif not content or (tok.dep_ == "ROOT" and tok.tag_ == "VBG" and not any(
                    c.dep_ in ("aux", "auxpass") for c in tok.children)):
                continue  # a gerund with no auxiliary heads no statement ("Quake shakes Japan; no tsunami warning")
            else:
                c = content[0]
                lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)
        lo, hi = _trim(part.text, lo, hi)
        label = _LINE_LABEL.match(part.text, lo, hi) if part.text[max(0, lo - 1):lo] in ("", "\n") else None
        if label:  # a section label opening the line is no part of what was said: "What's next: A decision ..."
            lo = label.end()
        if hi <= lo or any(a < hi and lo < b for a, b in quotes):
            continue
        if part.text[hi:hi + 1] == ":" and not part.text[part.text.rfind("\n", 0, lo) + 1:lo].strip():
            continue  # a section label opening its line ("What's next: X reports earnings"), not what was said
        # a subject with "no" says nothing: "no casualties reported" (a headline's passive), "no official said"
        subjects = [s for s in ([trailing] if trailing is not None else _subject(tok))
                    if not any(c.dep_ == "det" and c.lower_ == "no" for c in s.children)]
        if not subjects:
            continue
        for s in subjects:
            speaker = _speaker(reader, part, s)
            if trailing is not None:  # (the phrase the parser hung the verb on ends before it: "two people ... told")
                speaker = replace(speaker, name=_cut_at(speaker.name, tok.text), text=_cut_at(speaker.text, tok.text))
            rows.append(_Row(part, lo, hi, False, False, speaker, _cue_text(tok), tok.i))
    return rows


#: Nouns of the medium a statement is made in ("said in a statement that ...", "told in an interview with X that").
_MEDIUM_NOUNS = frozenset({"statement", "interview", "letter", "post", "email", "e-mail", "release", "speech", "tweet",
                           "video", "note", "message", "filing", "conversation", "call", "briefing", "appearance",
                           "op-ed", "memo", "address", "remarks", "testimony", "podcast", "broadcast", "blog", "text"})


def _medium_clause(verb: "Token", part: _Part) -> list["Token"]:
    """A that-clause the parser hung on the medium of a speech verb instead of on the verb: "said in a statement
    that it would seek approval" ("that" a mark, not a relative pronoun: not "in a statement that was released"),
    "said in an interview with Reuters that ...". At most one clause."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        nouns = [n for n in prep.children if n.dep_ == "pobj" and n.lemma_.lower() in _MEDIUM_NOUNS]
        nouns += [g for n in nouns for p in n.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        for noun in nouns:
            clause = next((t for t in noun.children if t.dep_ in ("acl", "relcl", "ccomp") and t.i > noun.i
                           and t.pos_ in ("VERB", "AUX") and not part.quoted[t.i]
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in t.children)), None)
            if clause is not None:
                return [clause]
    return []


#: Speech verbs whose content is what is promised ("vowed to form ..."), and those whose content is what someone is
#: urged or told to do ("urged Republicans to join ...", "told his advisers to figure out ...").
PROMISING = {"vow", "pledge", "promise", "threaten"}
URGING = {"urge", "tell", "warn", "implore", "exhort"}


def _infinitive(tok: "Token") -> "Token | None":
    return next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i and c.tag_ == "VB"
                 and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)), None)


def _asked_to(verb: "Token") -> tuple[int, int] | None:
    """What a speech verb promises or urges, as a span of text: the infinitive after "vow", "pledge", "promise"; the
    one urged and the infinitive after "urge", "tell", "warn" (not "told reporters", which says nothing yet)."""
    lemma = verb.lemma_.lower()
    todo = _infinitive(verb)
    if todo is None or any(c.dep_ in ("ccomp",) for c in verb.children):
        return None
    if lemma in PROMISING:
        first = todo.left_edge
    elif lemma in URGING:
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < todo.i]
        if not objects:
            return None
        first = objects[0].left_edge
    else:
        return None
    return first.idx, todo.right_edge.idx + len(todo.right_edge.text)


def _called_for(verb: "Token") -> tuple[int, int] | None:
    """'called for the repeal of Obamacare', 'called on Trump to apologize': what was called for (the verb 'call',
    otherwise a word of naming, is a cue of its own only so)."""
    if verb.lemma_.lower() != "call" or verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if verb.tag_ == "VBZ" and any(c.dep_ == "nsubj" and (c.tag_ in ("NNS", "NNPS") or c.pos_ == "VERB")
                                  for c in verb.children):
        return None  # 'Scholz rejects calls for snap election': a plural or a verb as the 'subject' of 'calls', so
        # the noun 'calls'
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1 + (verb.doc[verb.i + 1].dep_ == "advmod")):
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        if not objects:
            continue
        if prep.lower_ == "for":
            todo = _infinitive(verb)  # 'called for female contestants to wear shorter dresses'
            last = todo.right_edge if todo is not None and todo.i > prep.i else prep.right_edge
            return objects[0].left_edge.idx, last.idx + len(last.text)
        if prep.lower_ == "on":
            todo = _infinitive(verb) or next((c for c in objects[0].children if c.dep_ in ("relcl", "acl")
                                              and c.tag_ == "VB"), None)
            if todo is not None:
                return objects[0].left_edge.idx, todo.right_edge.idx + len(todo.right_edge.text)
    return None


#: A label opening a line, Axios's way ("What's next: ...", "Why it matters: ..."): up to five words and a colon.
_LINE_LABEL = re.compile(r"[A-Z][\w'’]*(?: [\w'’]+){0,4}:\s+(?=[A-Z\"“])")

#: Speech verbs that close a sentence as its attribution: ", officials said.", ", two people told Axios."
CLOSING_CUES = {"say", "tell", "add", "confirm", "report"}


def _cut_at(text: str | None, word: str) -> str | None:
    """``text`` up to ``word`` written after it ("two people familiar with the talks told Axios" -> "two people
    familiar with the talks")."""
    return text.split(f" {word}")[0] if text else text


def _closing_source(verb: "Token") -> tuple[int, int, "Token"] | None:
    """(start, end, source) of a sentence closed by its attribution when the parser hung the verb inside the phrase
    before it, with no subject and no clause of its own ("..., two people familiar with the discussions told
    Axios."): the clause before the last comma is what was said, the phrase between the comma and the verb who said
    it (its head word, a noun). A verb with a subject or a clause is read as it is parsed."""
    if verb.lemma_.lower() not in CLOSING_CUES or verb.dep_ not in ("acl", "relcl", "conj", "appos") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "ccomp", "xcomp") for c in verb.children):
        return None
    doc, sent = verb.doc, verb.sent
    after = [t for t in doc[verb.i + 1:sent.end] if not (t.is_punct or t.is_space)]
    if len(after) > 3 or (after and not all(t.pos_ in ("PROPN", "NOUN", "DET", "ADV", "ADP") for t in after)):
        return None  # (only who was told and when: "told Axios", "told reporters on Monday")
    comma = next((t.i for t in reversed(doc[sent.start:verb.i]) if t.text == ","), None)
    if comma is None or comma - sent.start < 4 or verb.i - comma > 9:
        return None
    phrase = doc[comma + 1:verb.i]
    head = phrase.root
    if head.pos_ not in ("NOUN", "PROPN") or not any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start:comma]):
        return None
    return doc[sent.start].idx, doc[comma].idx, head


def _interjected(verb: "Token") -> bool:
    """A speech verb set off by commas inside the sentence it attributes, with its subject and nothing it says of its
    own: "Lenox was a juggernaut, Mr. Clarke said, until ...", "Too often, he said, the debate ...", "The difference
    now, he told me on Friday, is ...". (Not one that closes its sentence: "..., he said." has the clause before it
    as its content already.)"""
    if not (verb.tag_ in ("VBD", "VBZ", "VBP") or verb.tag_ == "VB" and verb.dep_ == "parataxis") \
            or verb.dep_ not in ("parataxis", "ROOT"):
        return False  # ('advisers to Mr. Obama say,': the tagger's VB, hung on the sentence)
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 1 or any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > verb.i and c.pos_ in ("VERB", "AUX")
                                 for c in verb.children):
        return False
    doc = verb.doc
    lo = subjects[0].left_edge.i
    hi = max([verb.i] + [c.right_edge.i for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "dative", "prep",
                                                                                               "npadvmod", "advmod")])
    sent = verb.sent
    before_words = [t for t in doc[sent.start:lo] if not t.is_punct]
    after_words = [t for t in doc[hi + 1:sent.end] if not t.is_punct]
    return (lo > sent.start and doc[lo - 1].text == "," and hi + 1 < sent.end and doc[hi + 1].text == ","
            and len(before_words) >= 1 and len(after_words) >= 3)  # ('Perhaps, he said, it could ...')


def _trim(text: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and (text[lo] in " ,;:—–-\u00a0\n" ):
        lo += 1
    if text[lo:lo + 5].lower() == "that ":
        lo += 5
    while hi > lo and text[hi - 1] in " ,;:.—–-\u00a0\n":
        hi -= 1
    return lo, hi


# --------------------------------------------------------------------------------------------------------------
# Public


def quotes(article: "Article") -> pd.DataFrame:
    """Every quotation and reported statement of an article, in reading order.

    Columns: quote (the words, ``text[start:end]`` of its part), speaker (canonical name, "the letter", "a U.S.
    official", or None), speaker_kind (person, anonymous, document, organization, outlet, unknown), cue ("said",
    "according to", "—" ...), paragraph, start, end, nested_in (row index of the quote it sits in, else <NA>),
    direct (quotation marks) , fragment (a scare quote of a few words), part, sentence, speaker_text (the speaker as
    written), author (of a document, where named).
    """
    return _nlp.memo(article, "quotes", lambda: _quotes(article))


def _quotes(article: "Article") -> pd.DataFrame:
    reader = _Reader(article)
    rows: list[_Row] = []
    for part in reader.parts:
        direct = _attribute_direct(reader, part)
        used = {r.cue_token for r in direct if r.cue_token is not None}
        rows.extend(direct)
        rows.extend(_attribute_indirect(reader, part, used, direct))
    if any(p.turns for p in reader.parts):  # an interview's headline or dek quoting with no speaker quotes the
        # one interviewed ("'We are running out of time': a climate scientist on the summer's heat records")
        for r in rows:
            if r.direct and not r.fragment and r.speaker.name is None and r.part.part in ("headline", "dek"):
                r.speaker = _interviewee(reader) or r.speaker
    # a headline's or dek's quote with no speaker that the body quotes again is the body speaker's ("'We will not back
    # down': Mayor vows ..." ... '"We will not back down," Whitfield told reporters')
    spoken = [r for r in rows if r.direct and r.part.part == "body" and r.speaker.name]
    for r in rows:
        if r.direct and r.speaker.name is None and r.part.part in ("headline", "dek"):
            words = " ".join(_WORD.findall(r.part.text[r.start:r.end].lower()))
            match = next((b for b in spoken if words.count(" ") >= 1
                          and words in " ".join(_WORD.findall(b.part.text[b.start:b.end].lower()))), None)
            if match is not None:
                r.speaker = match.speaker
    bodies = reader.organization_names()
    for r in rows:  # a name the rules took for a person's that the actors layer knows as a body, and no first name
        # opens it: "The Joint Chiefs of Staff (JCS) said", "the Bench observed" are organizations
        if r.speaker.kind == "person" and r.speaker.name in bodies \
                and r.speaker.name.split()[0].lower() not in FIRST_NAME_GENDERS:
            r.speaker = _Speaker(r.speaker.name, "organization", r.speaker.text)
    for r in rows:  # the comma before a closing mark belongs to the attribution, not to the words
        while r.end > r.start + 1 and r.part.text[r.end - 1] in ", \u00a0":
            r.end -= 1
    rows.sort(key=lambda r: (r.part.order, r.start, -r.end, not r.direct))
    nested: list[int | None] = [None] * len(rows)
    for i, r in enumerate(rows):
        for j in range(i - 1, -1, -1):
            o = rows[j]
            if o.part is r.part and o.start <= r.start and r.end <= o.end and (o.end - o.start) > (r.end - r.start):
                nested[i] = j
                break
    # QUOTE_COLUMNS built column by column in their dtypes, into pandas' block layout (nlp.column_frame: pandas'
    # constructor checks and consolidates every small table anew)
    return _nlp.column_frame([
        _objects(r.part.text[r.start:r.end] for r in rows),
        _objects(_unbulleted(r.speaker.name) for r in rows),
        _objects(r.speaker.kind for r in rows), _objects(r.cue for r in rows),
        np.array([_paragraph(article, r.part, r.start) for r in rows], dtype=np.int64),
        np.array([r.start for r in rows], dtype=np.int64),
        np.array([r.end for r in rows], dtype=np.int64),
        pd.arrays.IntegerArray(np.array([-1 if n is None else n for n in nested], dtype=np.int64),
                               np.array([n is None for n in nested], dtype=bool)),
        np.array([bool(r.direct) for r in rows], dtype=bool),
        np.array([bool(r.fragment) for r in rows], dtype=bool),
        _objects(r.part.part for r in rows),
        np.array([r.part.sentence_of(r.start) for r in rows], dtype=np.int64),
        _objects(r.speaker.text or None for r in rows),
        _objects(r.speaker.author for r in rows)], QUOTE_COLUMNS)


def _objects(values: Iterable) -> np.ndarray:
    """A column of Python objects (strings or None), as a frame of records holds them."""
    values = list(values)
    column = np.empty(len(values), dtype=object)
    column[:] = values
    return column


def _paragraph(article: "Article", part: _Part, start: int) -> int:
    if part.part == "body":
        return article.paragraph_at(start)
    return part.index if part.part == "caption" else 0


#: A word counted in ``words_quoted``.
_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)?")


_NAN = float("nan")


def _group_key(value):
    """A groupby key as pandas gives it back with dropna=False: a missing value is NaN (one object, so that the
    missing values fall in one group)."""
    return _NAN if value is None or (isinstance(value, float) and value != value) else value


def sources(article: "Article", quotes_frame: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per voice of an article: source (speaker; None for unattributed quotes; one document however the text
    brings it in, "a study", "the study", a headline's "study", then named "the study"), kind,
    direct_quotes (direct quotations, fragments not counted), indirect (reported statements), words_quoted (words
    inside quotation marks),
    first_paragraph (the body paragraph where the voice is first heard; <NA> if only outside the body)."""
    frame = quotes(article) if quotes_frame is None else quotes_frame
    if frame.empty:
        return pd.DataFrame(columns=SOURCE_COLUMNS)
    # one pass in Python (a groupby-agg costs more than the rest of this function on an article's few voices);
    # groups in order of first appearance, a missing speaker or kind grouped as one key, as groupby(dropna=False)
    groups: dict[tuple, list] = {}
    for speaker, kind, direct, fragment, quote, paragraph, part in zip(
            frame["speaker"], frame["speaker_kind"], frame["direct"], frame["fragment"], frame["quote"],
            frame["paragraph"], frame["part"]):
        key = (_group_key(speaker), _group_key(kind))
        bare = None
        if kind == "document" and isinstance(speaker, str):  # "a study", "the study" and a headline's "study": one
            bare = re.sub(r"^(?:a|an|the)\s+", "", speaker, flags=re.I)  # voice, named "the study" once the text
            key = (bare.lower(), kind)  # brings it in more than one way
        row = groups.get(key)
        if row is None:
            row = groups[key] = [key[0] if bare is None else speaker, key[1], 0, 0, 0, None]
        elif bare is not None and speaker != row[0]:
            row[0] = "the " + bare
        if direct:
            row[2] += not fragment
            row[4] += len(_WORD.findall(quote))
        else:
            row[3] += 1
        if part == "body" and (row[5] is None or paragraph < row[5]):
            row[5] = paragraph
    rows = sorted(groups.values(), key=lambda row: (-row[4], -row[2], -row[3]))
    out = pd.DataFrame([tuple(row) for row in rows], columns=SOURCE_COLUMNS)
    out["first_paragraph"] = pd.array([pd.NA if row[5] is None else int(row[5]) for row in rows], dtype="Int64")
    for column in ("direct_quotes", "indirect", "words_quoted"):
        out[column] = out[column].astype("int64")
    return out


# --------------------------------------------------------------------------------------------------------------
# Charts

#: Colour per kind of voice (colour-blind-safe), and how the sourcing chart names each kind ("News outlets": other
#: outlets' reports and the story's own newsroom, whose questions in an interview are its voice).
KIND_COLOURS = {"person": "#0072B2", "anonymous": "#D55E00", "document": "#009E73", "organization": "#CC79A7",
                "outlet": "#E69F00", "unknown": "#999999"}
KIND_LABELS = {"person": "Named people", "anonymous": "Anonymous sources", "document": "Documents",
               "organization": "Organizations and governments", "outlet": "News outlets",
               "unknown": "Unattributed"}


def corpus_sources(corpus) -> pd.DataFrame:
    """``sources`` for every article of a corpus, with an ``article`` column (the article id) first."""
    frames = [sources(a).assign(article=a.id) for a in corpus]
    frames = [f for f in frames if not f.empty]
    if not frames:
        return pd.DataFrame(columns=["article", *SOURCE_COLUMNS])
    return pd.concat(frames, ignore_index=True)[["article", *SOURCE_COLUMNS]]


def plot_speakers(table: pd.DataFrame, *, source: str = "", top: int = 12, corpus: bool = False):
    """'Who gets to speak': words quoted per voice (a ``sources`` table), coloured by kind, labelled on the bars.
    Voices heard only in reported speech get a bar of their statements' count, hatched. Returns (fig, title,
    finding, alt)."""
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    from .figures import apply_style, frame as frame_fig

    apply_style()
    data = table.assign(source=table["source"].fillna("(unattributed)"))
    data = data.groupby(["source", "kind"], as_index=False)[["words_quoted", "direct_quotes", "indirect"]].sum()
    data = data.sort_values(["words_quoted", "indirect", "source"], ascending=[False, False, True]).head(top)
    fig, ax = plt.subplots(figsize=(7.5, max(2.4, 0.42 * len(data) + 1.4)))
    rows = list(range(len(data)))
    ax.barh(rows, data["words_quoted"], color=[KIND_COLOURS[k] for k in data["kind"]], height=0.62)
    width = max(1, int(data["words_quoted"].max() or 1)) if len(data) else 1  # (no voice: max() is NaN)
    for row, r in zip(rows, data.itertuples()):
        said = (f"{r.words_quoted} word{'s' if r.words_quoted != 1 else ''} quoted" if r.words_quoted
                else "paraphrased only")
        extra = f", {r.indirect} paraphrase{'s' if r.indirect != 1 else ''}" if r.indirect and r.words_quoted else ""
        extra = extra or (f" ({r.indirect})" if r.indirect and not r.words_quoted else "")
        ax.text(r.words_quoted + width * 0.01, row, f"{said}{extra} · {KIND_LABELS[r.kind].lower()}",
                va="center", fontsize=8, color="#333333")
    ax.set_yticks(rows, [s if len(s) <= 32 else s[:31] + "…" for s in data["source"]])
    ax.invert_yaxis()
    ax.set_xlim(0, width * 1.9)
    ax.set_xlabel("Words inside quotation marks")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no 2.5 words
    total = int(data["words_quoted"].sum())
    lead = data.iloc[0] if len(data) else None
    share = (lead["words_quoted"] / total) if total and lead is not None else 0
    if lead is not None and total:
        name = str(lead["source"])
        title = f"{name[:1].upper()}{name[1:]} has {share:.0%} of the quoted words"
        finding = (f"{lead['source']} ({KIND_LABELS[lead['kind']].lower()}) is quoted most: {int(lead['words_quoted'])} "
                   f"of {total} words inside quotation marks.")
    else:
        title, finding = "No one is quoted directly", (f"The {'articles quote' if corpus else 'article quotes'} no one "
                                                       "inside quotation marks.")
    if not len(data):  # an empty chart says why it is empty
        ax.text(0.5, 0.5, f"No quotes and no attributed statements in {'these articles' if corpus else 'this article'}",
                transform=ax.transAxes,
                ha="center", va="center", fontsize=9, color="#555555")
        ax.set_yticks([]), ax.set_xticks([])
    frame_fig(fig, title, "Words quoted per voice, coloured by kind of source; paraphrased voices at zero", source)
    alt = (f"Horizontal bars, one per voice, showing how many words each is quoted; {len(data)} voices, "
           f"the longest bar is {lead['source'] if lead is not None else 'none'}.")
    return fig, title, finding, alt


def sourcing_table(quotes_frame: pd.DataFrame) -> pd.DataFrame:
    """Attributions by kind of source: DataFrame[kind, label, direct, indirect, total] (fragments not counted)."""
    work = quotes_frame[~quotes_frame["fragment"]]
    rows = []
    for kind in KINDS:
        part = work[work["speaker_kind"] == kind]
        rows.append({"kind": kind, "label": KIND_LABELS[kind], "direct": int(part["direct"].sum()),
                     "indirect": int((~part["direct"]).sum())})
    table = pd.DataFrame(rows)
    table["total"] = table["direct"] + table["indirect"]
    return table


def plot_sourcing(table: pd.DataFrame, *, source: str = "", corpus: bool = False):
    """'How the story is sourced': attributions per kind (a ``sourcing_table``), quoted and paraphrased stacked;
    ``corpus``: the table sums several articles (the wording says so). Returns (fig, title, finding, alt)."""
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    from .figures import apply_style, frame as frame_fig

    apply_style()
    data = table[table["total"] > 0].sort_values("total", ascending=False, kind="stable")
    fig, ax = plt.subplots(figsize=(7.5, max(2.2, 0.5 * len(data) + 1.4)))
    rows = list(range(len(data)))
    colours = [KIND_COLOURS[k] for k in data["kind"]]
    ax.barh(rows, data["direct"], color=colours, height=0.62)
    ax.barh(rows, data["indirect"], left=data["direct"], color=colours, height=0.62, alpha=0.45, hatch="//")
    for row, r in zip(rows, data.itertuples()):
        ax.text(r.total + 0.1, row, f"{r.direct} quoted, {r.indirect} paraphrased", va="center", fontsize=8)
    ax.set_yticks(rows, list(data["label"]))
    ax.invert_yaxis()
    ax.set_xlim(0, max(1, int(data["total"].max() if len(data) else 1)) * 1.6)
    ax.set_xlabel("Attributions (solid: in quotation marks; hatched: reported speech)")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no 0.5 attributions
    total = int(data["total"].sum())
    named = int(table.loc[table["kind"] == "person", "total"].sum())
    unnamed = total - named
    title = (f"{named} of {total} attributions name a person" if total else "No attributions found")
    finding = (f"Of {total} attributions, {named} name a person; {unnamed} rest on anonymous sources, documents, "
               f"organizations, news outlets or no one." if total else
               f"The {'articles attribute' if corpus else 'article attributes'} nothing.")
    frame_fig(fig, title, ("Who the articles' statements" if corpus else "Who the article's statements")
              + " are attributed to, by kind of source", source)
    alt = ("Horizontal stacked bars, one per kind of source (named people, anonymous sources, documents, "
           f"organizations, news outlets), counting quoted and paraphrased attributions; {total} in all.")
    return fig, title, finding, alt
