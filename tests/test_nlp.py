"""The shared spaCy layer: one parse per article, paragraph breaks end sentences, ranks do not."""
import pandas as pd

import analysis
from analysis import nlp


def test_one_parse_per_article(seed):
    first = nlp.parse(seed)
    assert nlp.parse(seed) is first
    assert [p.part for p in first] == ["headline", "dek", "caption", "body"]
    assert all(p.doc.text == p.text for p in first)


def test_paragraph_breaks_and_rank_abbreviations():
    article = analysis.load_article("Headline\n\nA letter from Brig. Gen. Jane Roe, the commander, arrived on Monday "
                                    "and Lt. Col. Sam Poe read it\n\nThe next paragraph starts a sentence")
    body = [p for p in nlp.parse(article) if p.part == "body"][0]
    sentences = [s.text.strip() for s in body.doc.sents]
    assert sentences == ["A letter from Brig. Gen. Jane Roe, the commander, arrived on Monday and Lt. Col. Sam Poe read it",
                         "The next paragraph starts a sentence"]


def test_memo_computes_once_and_hands_out_copies(seed):
    calls = []

    def compute():
        calls.append(1)
        return pd.DataFrame({"x": [1, 2]})

    a = nlp.memo(seed, "test-element", compute)
    a.loc[0, "x"] = 99
    b = nlp.memo(seed, "test-element", compute)
    assert calls == [1] and list(b["x"]) == [1, 2]
    other = analysis.load_article(seed.source, published="2021-03-04", timezone="UTC")
    nlp.memo(other, "test-element", compute)
    assert calls == [1, 1]  # another publication date is another input


def test_keys_follow_an_article_edited_in_place():
    """Keys are remembered per article object, yet an edit in place (a paragraph, the date, its zone) is a new input."""
    article = analysis.load_article("Headline\n\nThe council met on Monday.\n\nIt voted on Tuesday.",
                                    published="2021-03-04T10:00:00+00:00", timezone="UTC")
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    first = nlp.parse(article)
    assert nlp.memo(article, "test-edit", compute) == 1 and nlp.memo(article, "test-edit", compute) == 1
    article.paragraphs[1] = "It voted on Wednesday."
    assert [p.text for p in nlp.parse(article) if p.part == "body"] == [article.body]
    assert nlp.parse(article) is not first
    assert nlp.memo(article, "test-edit", compute) == 2
    article.published = article.published.tz_convert("America/New_York")  # the same instant, read in another zone
    assert nlp.memo(article, "test-edit", compute) == 3
    article.outlet = "Another Outlet"
    assert nlp.memo(article, "test-edit", compute) == 4 and calls == [1, 1, 1, 1]


def test_fast_readers_agree_with_spacy(seed):
    """sentence_starts, sentence_span, tokens_in and tokens_where give what a loop over the whole Doc gives."""
    for piece in nlp.parse(seed):
        doc = piece.doc
        assert nlp.sentence_starts(doc) == [s.start for s in doc.sents]
        assert [nlp.sentence_span(doc, t.i) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]
        for lo in range(0, len(piece.text) + 2, 11):
            for width in (0, 1, 4, 37):
                hi = lo + width
                assert [t.i for t in nlp.tokens_in(doc, lo, hi)] == list(nlp.token_range(doc, lo, hi)) == [
                    t.i for t in doc if t.idx < hi and t.idx + len(t.text) > lo]
        assert [t.i for t in nlp.tokens_where(doc, "LOWER", ("he", "she", "the"))] == [
            t.i for t in doc if t.lower_ in ("he", "she", "the")]
        assert nlp.tokens_where(doc, "LOWER", ("no-such-word",)) == []
        assert [t.i for t in nlp.tokens_where(doc, "LOWER", lambda w: w.startswith("th"))] == [
            t.i for t in doc if t.lower_.startswith("th")]
        assert [t.i for t in nlp.tokens_where(doc, "POS", ["PROPN"])] == [t.i for t in doc if t.pos_ == "PROPN"]


def test_fast_readers_on_an_empty_part():
    doc = nlp.get_nlp()("")
    assert nlp.sentence_starts(doc) == [] and nlp.tokens_in(doc, 0, 5) == [] and nlp.tokens_where(doc, "LOWER", ["a"]) == []


def test_token_indices_by_predicate(seed):
    for piece in nlp.parse(seed):
        doc = piece.doc
        assert nlp.token_indices(doc, "TAG", lambda tag: tag.startswith("VB")) == [
            t.i for t in doc if t.tag_.startswith("VB")]
        assert nlp.token_indices(doc, "ENT_TYPE", lambda label: label == "") == [t.i for t in doc if not t.ent_type_]


def test_memo_keys_follow_the_overridable_tables(monkeypatch):
    """An element remembered through nlp.memo is recomputed when a table it reads changes, even in place."""
    import importlib

    timex = importlib.import_module("analysis.timeline.timex")
    article = analysis.load_article("Talks stall\n\nThe ministers met in recent days, officials said on Monday.",
                                    published="2021-03-04", timezone="UTC")
    before = analysis.time_expressions(article)
    row = before[before["text"].str.contains("recent days")].iloc[0]
    table = timex.VAGUE_TIME.copy()
    monkeypatch.setattr(timex, "VAGUE_TIME", table)
    table.loc[table["phrase"].str.lower() == "recent days", "max"] = pd.Timedelta(days=3)  # edited in place
    after = analysis.time_expressions(article)
    changed = after[after["text"].str.contains("recent days")].iloc[0]
    assert timex.vague("recent days")["max"] == pd.Timedelta(days=3)
    assert changed["earliest"] != row["earliest"]


def _blocks(frame: pd.DataFrame) -> list:
    return [(str(b.dtype), b.mgr_locs.as_array.tolist()) for b in frame._mgr.blocks]


def test_typed_frame_is_the_table_pandas_makes():
    """typed_frame builds its blocks itself: values, dtypes, nulls and the block layout are what pandas' constructor
    gives from the same columns (text, numbers, nullable integers, lists, Timestamps, NaT, no rows at all)."""
    import numpy as np

    when = pd.Timestamp("2024-05-03 15:00", tz="Europe/Moscow")
    rows = [("body", 3, None, ["a", "b"], when, 1, "x"), ("headline", 0, 2, [], pd.NaT, 2, None),
            ("caption", 1, pd.NA, ["c"], when, 3, "")]
    columns = ["part", "paragraph", "first", "aliases", "when", "n", "note"]
    types = {"paragraph": "int64", "first": "Int64", "n": "int64"}
    for table in (rows, rows[:1], []):
        expected = pd.DataFrame({c: pd.array([r[k] for r in table], dtype="Int64") if types.get(c) == "Int64" else
                                 np.array([r[k] for r in table], dtype=types[c]) if c in types else
                                 np.fromiter((r[k] for r in table), dtype=object, count=len(table))
                                 for k, c in enumerate(columns)})
        got = nlp.typed_frame(table, columns, types)
        pd.testing.assert_frame_equal(got, expected, check_exact=True)
        assert _blocks(got) == _blocks(expected)
        assert [type(v) for v in got["note"]] == [type(v) for v in expected["note"]]
    text = nlp.typed_frame([("a", 1)], ["x", "y"], {"y": "int64"})
    text.columns.name = "renamed"  # the column names are shared by tables of the same columns: never their name
    assert nlp.typed_frame([("b", 2)], ["x", "y"], {"y": "int64"}).columns.name is None


def test_column_frame_is_the_table_pandas_makes():
    """column_frame builds the blocks pandas' constructor builds from the same arrays: times in a zone (a block each),
    times without one and lengths of time (stacked with their kind), nullable integers, numbers, objects, bools."""
    import itertools

    import numpy as np

    n = 3
    kinds = {
        "text": lambda: np.array(["a", None, "b"], dtype=object), "int": lambda: np.arange(n, dtype="int64"),
        "float": lambda: np.linspace(0, 1, n), "bool": lambda: np.array([True, False, True]),
        "Int64": lambda: pd.array([1, None, 3], dtype="Int64"),
        "zoned": lambda: pd.array(pd.date_range("2024-01-01", periods=n, tz="Asia/Baghdad")),
        "other zone": lambda: pd.array(pd.date_range("2024-01-01", periods=n, tz="America/Chicago")),
        "naive": lambda: pd.array(np.array([None] * n, dtype="M8[ns]")),
        "length": lambda: pd.array(pd.to_timedelta([0, 1, 2], unit="h")),
    }
    for names in itertools.chain(itertools.permutations(["zoned", "text", "length", "int"]),
                                 [list(kinds), ["zoned", "other zone", "zoned", "text", "Int64", "text", "naive",
                                                "length", "naive", "int", "length"]]):
        columns = [f"c{k}" for k in range(len(names))]
        expected = pd.DataFrame(dict(zip(columns, [kinds[name]() for name in names])))
        got = nlp.column_frame([kinds[name]() for name in names], columns)
        pd.testing.assert_frame_equal(got, expected, check_exact=True)
        assert [(type(b).__name__, str(b.dtype), b.mgr_locs.as_array.tolist(), b.values.shape)
                for b in got._mgr.blocks] == [(type(b).__name__, str(b.dtype), b.mgr_locs.as_array.tolist(),
                                              b.values.shape) for b in expected._mgr.blocks]


def test_typed_frame_reads_times_as_pandas_infers_them():
    """Timestamps on one zone (summer and winter alike), with or without NaT, become the datetime column pandas'
    constructor makes of them; times of two zones, of another unit or without a zone, and NaT alone, take pandas'
    own inference; either way the table is pandas' table."""
    def at(seconds: float, zone: str | None) -> pd.Timestamp:
        stamp = pd.Timestamp(seconds, unit="s", tz="UTC")
        return stamp.tz_convert(zone) if zone else stamp.tz_localize(None)

    summer, winter = 1.5e9, 1.51e9
    columns = [[at(summer, "America/New_York"), pd.NaT, at(winter, "America/New_York")],
               [at(summer, "Asia/Baghdad")], [pd.NaT, pd.NaT], [at(summer, "Asia/Baghdad"), at(summer, "Europe/London")],
               [at(summer, "Asia/Baghdad").as_unit("s"), at(winter, "Asia/Baghdad")], [at(summer, None), pd.NaT],
               [at(summer, "UTC")], [None, None]]
    for values in columns:
        expected = pd.DataFrame([(v, k) for k, v in enumerate(values)], columns=["when", "n"])
        got = nlp.typed_frame([(v, k) for k, v in enumerate(values)], ["when", "n"], {"n": "int64"})
        pd.testing.assert_frame_equal(got, expected, check_exact=True)
        assert [repr(v) for v in got["when"]] == [repr(v) for v in expected["when"]]
        assert _blocks(got) == _blocks(expected)


def test_doc_text_and_paragraph_finder(seed):
    """doc_text is ``doc.text`` (a Doc parsed here holds its text; any other is read once); paragraph_finder is
    ``article.paragraph_at``."""
    for piece in nlp.parse(seed):
        assert nlp.doc_text(piece.doc) == piece.doc.text == piece.text
    other = nlp.get_nlp()("Made elsewhere.\n\nTwo paragraphs.")
    assert nlp.doc_text(other) == other.text
    find = nlp.paragraph_finder(seed)
    assert [find(offset) for offset in range(0, len(seed.body) + 5, 7)] == [
        seed.paragraph_at(offset) for offset in range(0, len(seed.body) + 5, 7)]


def test_copy_frame_is_pandas_deep_copy(seed):
    """copy_frame, which memo and the actors' accessors hand out, is ``frame.copy()``: the same values, dtypes, index
    and blocks, attrs copied, and nothing shared (changing the copy, its column names or its attrs leaves the
    original as it was)."""
    when = pd.Timestamp("2024-05-03 15:00", tz="Europe/Moscow")
    frames = [analysis.time_expressions(seed), analysis.quotes(seed), analysis.actors(seed), pd.DataFrame(),
              nlp.typed_frame([("a", 1, ["x"], when, None)], ["t", "n", "l", "w", "m"], {"n": "int64", "m": "Int64"})]
    frames[-1].attrs["source"] = {"names": ["seed"]}
    for frame in frames:
        got, expected = nlp.copy_frame(frame), frame.copy()
        pd.testing.assert_frame_equal(got, expected, check_exact=True)
        assert _blocks(got) == _blocks(expected) and got.attrs == expected.attrs
        assert type(got.index) is type(expected.index) and got.flags.allows_duplicate_labels
        if len(frame.columns):
            before = frame.copy()
            got.iloc[0:1, 0] = None if len(frame) else got.iloc[0:1, 0]
            got.columns.name = "renamed"
            got.attrs.setdefault("source", {}).setdefault("names", []).append("copy")
            pd.testing.assert_frame_equal(frame, before, check_exact=True)
            assert frame.columns.name is None and frame.attrs == before.attrs


def test_parse_stream_parses_once_in_one_pipe(monkeypatch):
    """parse_stream yields each batch with its articles parsed, all through one nlp.pipe, the parse of parse_many."""
    texts = [f"Vote {i} delayed\n\nThe council met on Monday, Mayor Ana Ruiz said. It voted {i} times."
             for i in range(5)]
    articles = [analysis.load_article(text, id=f"a{i}") for i, text in enumerate(texts)]
    nlp.clear_cache()
    nlp.parse_many(articles)
    expected = [[(p.part, [(t.text, t.dep_, t.ent_type_) for t in p.doc]) for p in nlp.parse(a)] for a in articles]
    nlp.clear_cache()
    model, calls = nlp.get_nlp(), []
    pipe = model.pipe
    monkeypatch.setattr(model, "pipe", lambda *a, **k: calls.append(1) or pipe(*a, **k))
    batches = [articles[:2], articles[2:3], articles[3:]]
    for batch, got in zip(batches, nlp.parse_stream(batches)):
        assert got == batch
        assert all(nlp._key(a) in nlp._cache for a in batch)
        nlp.clear_cache()  # as extract does after each batch: later batches are parsed all the same
    assert calls == [1]
    nlp.parse_many(articles)
    assert [[(p.part, [(t.text, t.dep_, t.ent_type_) for t in p.doc]) for p in nlp.parse(a)] for a in articles] == expected


def test_events_cache_follows_the_vague_time_table(monkeypatch):
    """The solved timelines and the time expressions are remembered under keys that hold the vague-time table's
    digest, read again only when the table may have changed: an edit in place, a new table, a new column are seen."""
    import importlib

    timex = importlib.import_module("analysis.timeline.timex")
    table = timex.VAGUE_TIME.copy()
    monkeypatch.setattr(timex, "VAGUE_TIME", table)
    first = timex._vague_time_digest()
    assert first == timex.vague_time_digest() and timex._vague_time_digest() == first
    table.loc[table.index[0], "max"] = pd.Timedelta(days=99)
    assert timex._vague_time_digest() == timex.vague_time_digest() != first
    table.loc[table.index[1], "phrase"] = "some other words"
    assert timex._vague_time_digest() == timex.vague_time_digest()
    table["note"] = [["a"]] * len(table)
    assert timex._vague_time_digest() == timex.vague_time_digest()
    table.loc[table.index[0], "note"].append("b")  # a list changed in place
    assert timex._vague_time_digest() == timex.vague_time_digest()
    monkeypatch.setattr(timex, "VAGUE_TIME", table.drop(columns="note"))
    assert timex._vague_time_digest() == timex.vague_time_digest()


def test_time_gates_on_counts_before_units():
    """The rule layer's gates that ask for a count before a unit (durations), "for" before one, the word before an
    anaphoric period and a set's own words skip no match the patterns as written find."""
    import importlib

    timex = importlib.import_module("analysis.timeline.timex")
    phrases = ["a couple of days", "dozens of hours", "several more days", "twenty-one years", "half an hour",
               "1 1/2 hours", "24-hour", "ten-year-old", "a number of months", "ſome dayſ", "for HOURS", "for\u00a0days",
               "that same month", "the prior month", "later that year", "the year before", "Each Monday", "weekends",
               "Sundays", "the coming days", "weeks of protests", "earlier this week", "more\nthan two decades"]

    def matches(text: str) -> list:
        return [(s, e, name, m.group()) for s, e, name, m, _ in timex._rule_matches(text)]

    saved = timex._PLAN
    for phrase in phrases:
        for text in (phrase, phrase.upper(), f"Officials said {phrase}, the agency added."):
            gated = matches(text)
            timex._PLAN = timex._scan_plan(timex.PATTERNS, {}, {}, {})
            try:
                assert gated == matches(text), text
            finally:
                timex._PLAN = saved


def test_time_network_tightens_in_place_as_on_copies():
    """The time network tightens its matrices in place and puts back what a contradicting constraint changed: the
    same bounds, paths, kept constraints and conflicts as trying each constraint on copies of the matrices."""
    import math
    import random

    from analysis.timeline.network import INF, Constraint, Network, _indices, _tighten

    def on_copies(size: int, constraints: list) -> tuple:
        dist = [[0.0 if a == b else INF for b in range(size)] for a in range(size)]
        via = [[[] for _ in range(size)] for _ in range(size)]
        kept, conflicts = [], []
        for c in constraints:
            k = len(kept)
            if c.hi >= dist[c.i][c.j] and -c.lo >= dist[c.j][c.i]:
                kept.append(c)
                continue
            trial, trial_via = [row[:] for row in dist], [row[:] for row in via]
            _tighten(trial, trial_via, c.i, c.j, c.hi, k, [])
            _tighten(trial, trial_via, c.j, c.i, -c.lo, k, [])
            if any(trial[a][a] < 0 for a in range(size)):
                culprits = {idx for a in range(size) if trial[a][a] < 0 for idx in _indices(trial_via[a][a])} - {k}
                conflicts.append((c.cue, [kept[idx].cue for idx in sorted(culprits)]))
                continue
            kept.append(c)
            dist, via = trial, trial_via
        return dist, via, [c.cue for c in kept], conflicts

    rng = random.Random(7)
    seen_conflicts = 0
    for _ in range(300):
        size = rng.randint(2, 7)
        constraints = []
        for n in range(rng.randint(1, 14)):
            i, j = rng.sample(range(size), 2)
            lo = rng.choice([-math.inf, float(rng.randint(-40, 40))])
            hi = rng.choice([math.inf, (lo if lo > -math.inf else 0.0) + rng.randint(-5, 30)])
            constraints.append(Constraint(i, j, lo, hi, f"c{n}"))
        network = Network(size).solve(constraints)
        dist, via, kept, conflicts = on_copies(size, constraints)
        paths = [[network.on_path(a, b) for b in range(size)] for a in range(size)]
        assert (network.dist, paths) == (dist, [[_indices(path) for path in row] for row in via])
        assert [c.cue for c in network.constraints] == kept
        assert [(c.cue, [o.cue for o in others]) for c, others in network.conflicts] == conflicts
        seen_conflicts += len(conflicts)
    assert seen_conflicts
