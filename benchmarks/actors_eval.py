"""Person recall and precision of ``analysis.actors`` on PolNeAR (dev split), printed, never pass/fail.

PolNeAR marks the *source* of every attribution, not every person, so the two figures are measured two ways:

- **Recall** over the named-person sources: gold Source spans that are a person's name (with or without a title,
  "Mr. Obama", "Retired Lt. Gen. Michael Flynn", "Donna Brazile, the interim chairwoman ..."), picked by the rule in
  ``named_person`` below, pronouns, descriptions and organisations left out. A gold name is *found* when
  ``analysis.mentions`` has a mention of a person (or author/credit) actor overlapping it whose name or aliases
  contain the gold surname: the name was found and joined to the right actor.
- **Precision** over the person actors of a hand-judged sample: ``actors_person_judgments.csv`` lists, for some
  articles, every actor of kind person that the extractor reported when the file was made, judged by reading the
  article (1 a person of the story, 0 not: a poll, a place, a headline phrase). The script re-runs the extractor
  and reports precision over the judged rows it still finds (and lists new unjudged persons to judge).

Run: ``.venv/bin/python benchmarks/actors_eval.py [--polnear DIR] [--limit N] [--show-misses]``.
"""
from __future__ import annotations

import argparse
import csv
import importlib
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import analysis  # noqa: E402

actors_module = importlib.import_module("analysis.actors")

POLNEAR = Path("/work/shared/benchmarks/polnear")
JUDGMENTS = Path(__file__).with_name("actors_person_judgments.csv")

PRONOUNS = {"he", "she", "i", "we", "they", "you", "it", "who", "which", "that", "his", "her", "him", "them"}
TITLE_WORDS = set(actors_module.TITLES) | {"retired", "republican", "democratic", "gop", "former", "house",
                                           "vice-presidential", "presidential", "democrat"}
#: Last words that make a capitalized name an organisation, a publication or a document (benchmark-only list).
NOT_PERSON_LAST = {
    "post", "times", "journal", "news", "observer", "committee", "party", "campaign", "department", "foundation",
    "institute", "university", "center", "centre", "association", "council", "court", "office", "service",
    "agency", "bureau", "inc", "corp", "group", "commission", "network", "poll", "report", "reports", "study",
    "administration", "house", "senate", "congress", "police", "politifact", "twitter", "facebook", "cnn", "fbi",
    "republicans", "democrats", "clintons", "americans", "media", "press", "tribune", "herald", "globe",
    "magazine", "review", "school", "college", "club", "fund", "league", "union", "coalition", "project",
    "army", "navy", "board", "caucus", "team", "staff", "state", "states", "america", "russia", "china",
    "breitbart", "politico", "fox", "msnbc", "abc", "cbs", "nbc", "ap", "reuters", "gallup", "rasmussen",
    "quinnipiac", "monmouth", "says", "data", "foundation", "trust", "bank", "company", "company's",
}


#: Capitalized sources in this split that are places, organisations or groups (benchmark-only list, read off the
#: gold; the rule above cannot tell them from a person's name).
NOT_PERSON_NAMES = {
    "North Korea", "South Korea", "Japan", "Britain", "Mexico", "RealClearPolitics", "American", "European",
    "Mexicans", "Many Mexicans", "Popular Website", "Former White House Doctor", "One Republican", "Some", "This",
    "His program on Wednesday", "Lawmakers", "Polls", "Protesters", "Authorities", "Delegates", "FELLOW DOCTORS",
    "Citizens for Tax Justice", "Black Lawmakers", "Frustrated Parents", "One Tweet", "Wells Fargo", "Video",
    "31 Latinos", "The 1951 Refugee Convention", "Article 21 in the U.N. Charter", "Data from the 2014 American Community Survey",
}


def read_gold(ann: Path, text: str) -> list[tuple[int, int, str]]:
    spans = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3 or not parts[1].startswith("Source "):
            continue
        ranges = parts[1].split(" ", 1)[1]
        first = ranges.split(";")[0].split()
        start, end = int(first[0]), int(first[1])
        spans.append((start, end, text[start:end]))
    return spans


NAME_RUN = re.compile(r"((?:[A-Z][\w'’.-]*\.?\s+)*[A-Z][\w'’-]+)(?:['’]s?)?$")


def named_person(source: str) -> tuple[int, int, str] | None:
    """The person's name inside a gold source string, as (start, end, surname) relative to the string, or None."""
    head = re.split(r",|\(|\bwho\b|\bof\b|--|—", source)[0].rstrip()
    head = re.sub(r"['’]s?$", "", head)
    words = head.split()
    if not words or head.lower() in PRONOUNS or re.search(r"\b(?:and|to|or)\b|&", head):
        return None
    if head.strip() in NOT_PERSON_NAMES:
        return None
    m = NAME_RUN.search(head)
    if m is None:
        return None
    run = m.group(1)
    before = head[: m.start(1)].split()
    # what stands before the name must be a title, a party or a possessive ("Clinton's campaign manager")
    if any(w.lower() in ("a", "an", "the", "some", "other", "many", "most", "one", "two", "three", "several")
           for w in before) or len(head.split()) > 8:
        return None
    run_words = re.split(r"\s+", re.split(r"['’]s?\s+", run)[-1].strip())
    # drop title words at the start of the run ("Mr.", "Retired Lt. Gen.", "President")
    while run_words and run_words[0].lower().strip(",") in TITLE_WORDS:
        run_words = run_words[1:]
    if not run_words:
        return None
    last = run_words[-1].strip("’'.").lower()
    if last in NOT_PERSON_LAST or last in TITLE_WORDS or run_words[0].lower() in ("the", "one", "many", "some"):
        return None
    if len(run_words) == 1 and run_words[0].isupper():
        return None  # an acronym: an organisation
    start = head.index(run_words[0], m.start(1))
    return start, m.start(1) + len(run), run_words[-1].strip("’'.")


def locate(text: str, start: int, article) -> tuple[str, int] | None:
    """Where file offset ``start`` lies in the article's parts: (part, offset), or None (boilerplate)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start: line_end if line_end >= 0 else len(text)]
    stripped = line.strip()
    lead = len(line) - len(line.lstrip())
    if stripped == article.headline.strip():
        return "headline", start - line_start - lead + (len(article.headline) - len(article.headline.lstrip()))
    position = article.body.find(stripped)
    if position < 0 or not stripped:
        return None
    return "body", position + start - line_start - lead


def _same_name(surname: str, actor: str, aliases: list[str]) -> bool:
    words = {w.lower().strip(".,’'") for name in [actor, *aliases] for w in name.split()}
    return surname in words or any(actors_module.likely_misspelling(surname, w) for w in words)


def recall(files: list[Path], show_misses: bool) -> None:
    found = total = 0
    by_outlet: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for path in files:
        anns = sorted((POLNEAR / "attributions").glob(path.stem + "_*.ann"))
        if not anns:
            continue
        text = path.read_text(encoding="utf-8")
        article = analysis.load_article(path, id=path.stem)
        mentions = analysis.mentions(article, pronouns=False)
        table = analysis.actors(article).set_index("actor")
        people = mentions[mentions["kind"].isin(["person", "author", "credit"])]
        for start, end, source in read_gold(anns[0], text):
            name = named_person(source)
            if name is None:
                continue
            words = source[name[0]:name[1]].split()
            if len(words) == 1 and re.search(rf"(?<![\w.])\b{re.escape(words[0].lower())}\b", text):
                continue  # a common noun at a sentence start ("Protesters", "Readers"), written lowercase elsewhere
            where = locate(text, start + name[0], article)
            if where is None:
                continue
            part, offset = where
            length = name[1] - name[0]
            total += 1
            outlet = path.stem.split("_")[0]
            by_outlet[outlet][1] += 1
            hits = people[(people["part"] == part) & (people["start"] < offset + length) & (people["end"] > offset)]
            surname = name[2].lower()
            ok = any(_same_name(surname, str(row.actor), table.loc[row.actor, "aliases"]) for row in hits.itertuples())
            if ok:
                found += 1
                by_outlet[outlet][0] += 1
            else:
                misses.append((path.stem, source, list(hits["actor"])))
    print(f"person recall over named gold sources: {found}/{total} = {found / max(total, 1):.3f}")
    for outlet, (f, t) in sorted(by_outlet.items()):
        print(f"  {outlet:13s} {f:4d}/{t:<4d} {f / max(t, 1):.3f}")
    if show_misses:
        for stem, source, got in misses:
            print(f"  MISS {stem[:40]:40s} {source[:60]!r:64s} -> {got}")


def precision(files_by_stem: dict[str, Path], show_misses: bool = False) -> None:
    if not JUDGMENTS.exists():
        print(f"precision: no judgments file {JUDGMENTS.name}")
        return
    judged: dict[tuple[str, str], int] = {}
    sample: dict[str, str] = {}
    with open(JUDGMENTS, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            judged[(row["article"], row["actor"])] = int(row["is_person"])
            sample[row["article"]] = row.get("sample", "")
    unjudged = []
    wrong = []  # reported persons judged not to be one (listed with --show-misses)
    # "seen": articles looked at while the rules were written; "fresh": judged before any rule changed for them
    for which in sorted(set(sample.values())):
        correct = reported = 0
        stems = sorted(a for a, s in sample.items() if s == which)
        for stem in stems:
            article = analysis.load_article(files_by_stem[stem], id=stem)
            table = analysis.actors(article)
            for name in table.loc[table["kind"] == "person", "actor"]:
                if (stem, name) in judged:
                    reported += 1
                    correct += judged[(stem, name)]
                    if not judged[(stem, name)]:
                        wrong.append((stem, name))
                else:
                    unjudged.append((stem, name))
        print(f"person precision, {which or 'judged'} sample ({len(stems)} articles): {correct}/{reported} = "
              f"{correct / max(reported, 1):.3f}")
    print(f"  {len(unjudged)} reported persons not judged yet (judge them in {JUDGMENTS.name} and re-run)")
    for stem, name in unjudged:
        print(f"  UNJUDGED {stem},{name}")
    for stem, name in wrong if show_misses else []:
        print(f"  NOT A PERSON {stem},{name}")


def main(argv: list[str] | None = None) -> None:
    global POLNEAR
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, default=POLNEAR)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    POLNEAR = args.polnear
    files = sorted((POLNEAR / "text").glob("*.txt"))
    if args.limit:
        files = files[: args.limit]
    recall(files, args.show_misses)
    precision({p.stem: p for p in sorted((POLNEAR / "text").glob("*.txt"))}, args.show_misses)


if __name__ == "__main__":
    main()
