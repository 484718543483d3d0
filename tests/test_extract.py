"""extract: one parse per article, the Parquet cache, and every engine giving the same rows as direct calls."""
from __future__ import annotations

import dataclasses
import importlib
import json
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis import nlp
from analysis.cache import CacheStore, from_arrow, to_arrow
from analysis.errors import ParameterError

ex = importlib.import_module("analysis.extract")  # the module; `analysis.extract` is the function
ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

REUTERS = """Iraq's parliament backs call to expel foreign troops

BAGHDAD (Reuters) - Iraq's parliament passed a resolution on Sunday calling for an end to the presence of foreign
troops in the country, hours after a senior official said the government would review its options.

"We will not accept any violation of our sovereignty," Prime Minister Adil Abdul Mahdi told lawmakers.

A spokesman for the U.S.-led coalition declined to comment on Monday. Officials in Washington said they were
studying the text, which is not binding on the government.
"""

BYLINE_FIRST = """By Dana Whitfield and Omar Haddad

City council delays vote on transit plan

The council postponed its vote until next Tuesday, Mayor Linda Ortiz said at a news conference on Thursday.

- The plan would add three bus lines.
- Fares would rise by 25 cents in March.

Critics said the delay was a mistake. The transit authority denied that the plan had been changed, saying
"nothing in the budget has moved."
"""


def sentences(article) -> pd.DataFrame:
    """A small extractor for these tests: one row per sentence of every part, read from the shared parse."""
    rows = []
    for piece in nlp.parse(article):
        for i, sent in enumerate(piece.doc.sents):
            rows.append({"part": piece.part, "paragraph": piece.index if piece.part == "caption" else
                         (article.paragraph_at(sent.start_char) if piece.part == "body" else 0),
                         "sentence": i, "start": sent.start_char, "end": sent.end_char, "text": sent.text,
                         "entities": [ent.label_ for ent in sent.ents], "tokens": len(sent)})
    return pd.DataFrame(rows, columns=["part", "paragraph", "sentence", "start", "end", "text", "entities",
                                       "tokens"])


@pytest.fixture(autouse=True)
def _test_extractor(monkeypatch):
    monkeypatch.setitem(ex.EXTRACTORS, "sentences", __name__)
    # the real fingerprint hashes the package's code, which colleagues edit while these tests run
    monkeypatch.setattr(ex, "fingerprint", lambda: "fixed-for-tests")


@pytest.fixture(scope="module")
def corpus():
    seed = analysis.load_corpus(SEEDS)
    written = [analysis.load_article(REUTERS, id="reuters_baghdad", published="2021-03-07", outlet="Reuters",
                                     timezone="Asia/Baghdad"),
               analysis.load_article(BYLINE_FIRST, id="council_transit", published="2022-05-12",
                                     outlet="City Desk", timezone="America/Chicago")]
    return analysis.Corpus([*seed, *written])


def _present() -> tuple[str, ...]:
    return ex.available_elements() + ("sentences",)


def _same(mine: pd.DataFrame, direct: pd.DataFrame) -> None:
    """Equal rows. A slice of the corpus-wide table may hold a column in a wider dtype than one article's frame
    (object when articles' timezones differ): compare it in the article's own dtype."""
    mine = mine.reset_index(drop=True).copy()
    for column in direct.columns.intersection(mine.columns):
        if mine[column].dtype != direct[column].dtype and len(mine):
            mine[column] = mine[column].astype(direct[column].dtype)
    direct = direct.reset_index(drop=True)
    for frame in (mine, direct):  # Parquet keeps a missing value as null: None in an object column, as NaN was
        for column in frame.columns[frame.dtypes == object]:
            frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
    pd.testing.assert_frame_equal(mine, direct, check_dtype=False)


# -- the same rows as direct calls ------------------------------------------------------------------------------

@pytest.mark.parametrize("element", [*ex.EXTRACTORS, "sentences"])
def test_extract_returns_the_rows_of_each_direct_call(element, corpus, tmp_path):
    if element not in _present():
        pytest.skip(f"{ex.EXTRACTORS[element]}.{element} has not landed yet")
    result = ex.extract(corpus, elements=[element], cache_dir=tmp_path, progress=False)
    table = result[element]
    assert table.columns[0] == "article"
    assert list(dict.fromkeys(table["article"])) == [i for i in corpus.ids if i in set(table["article"])]
    extractor = getattr(importlib.import_module(ex.EXTRACTORS[element]), element)
    for article in corpus:
        direct = extractor(article)
        mine = table[table["article"] == article.id]
        if "article" not in direct.columns:
            mine = mine.drop(columns="article")
        _same(mine, direct)


def test_seed_rows_index_their_part_text(corpus, tmp_path):
    table = ex.extract(corpus, elements=["sentences"], cache_dir=tmp_path, progress=False).sentences
    assert set(table["article"]) == set(corpus.ids)
    for row in table.itertuples():
        article = corpus[row.article]
        text = {"headline": article.headline, "dek": article.dek, "body": article.body,
                "caption": article.captions[row.paragraph] if row.part == "caption" else ""}[row.part]
        assert text[row.start:row.end] == row.text
    assert isinstance(table["entities"].iloc[0], list)  # lists survive the Parquet round trip as lists


def test_story_elements_holds_the_corpus_table(corpus, tmp_path):
    result = ex.extract(corpus, elements=["sentences"], cache_dir=tmp_path, progress=False)
    assert list(result) == ["sentences"] and len(result) == 1
    assert list(result.corpus["id"]) == corpus.ids
    assert "sentences" in repr(result)
    with pytest.raises(AttributeError, match="holds"):
        result.quotes_missing


# -- the cache --------------------------------------------------------------------------------------------------

def test_second_run_reads_the_cache_and_parses_nothing(corpus, tmp_path, monkeypatch):
    first = ex.extract(corpus, elements=["sentences"], cache_dir=tmp_path, progress=False)
    assert set(first.computed) == set(corpus.ids) and first.cached == ()

    def no_parsing(*args, **kwargs):
        raise AssertionError("a cached run must not parse")

    monkeypatch.setattr(nlp, "parse_many", no_parsing)
    monkeypatch.setattr(nlp, "parse", no_parsing)
    second = ex.extract(corpus, elements=["sentences"], cache_dir=tmp_path, progress=False)
    assert second.computed == () and set(second.cached) == set(corpus.ids)
    pd.testing.assert_frame_equal(first.sentences, second.sentences)


def test_a_changed_article_is_recomputed_alone(corpus, tmp_path):
    ex.extract(corpus, elements=["sentences"], cache_dir=tmp_path, progress=False)
    changed = corpus["reuters_baghdad"]
    changed = dataclasses.replace(changed, paragraphs=[*changed.paragraphs, "A second official denied the report."])
    edited = analysis.Corpus([changed if a.id == changed.id else a for a in corpus])
    again = ex.extract(edited, elements=["sentences"], cache_dir=tmp_path, progress=False)
    assert again.computed == ("reuters_baghdad",)
    fresh = ex.extract(edited, elements=["sentences"], cache=False, progress=False)
    pd.testing.assert_frame_equal(again.sentences, fresh.sentences)
    assert "A second official denied the report." in set(again.sentences["text"])


def test_changed_metadata_is_a_new_key(corpus, tmp_path):
    ex.extract(corpus, elements=["sentences"], cache_dir=tmp_path, progress=False)
    moved = dataclasses.replace(corpus["council_transit"], published=pd.Timestamp("2022-05-13", tz="America/Chicago"))
    edited = analysis.Corpus([moved if a.id == moved.id else a for a in corpus])
    assert ex.extract(edited, elements=["sentences"], cache_dir=tmp_path, progress=False).computed == ("council_transit",)


def test_an_added_element_computes_only_that_element(corpus, tmp_path, monkeypatch):
    ex.extract(corpus, elements=["sentences"], cache_dir=tmp_path, progress=False)
    monkeypatch.setitem(ex.EXTRACTORS, "tokens", __name__)
    result = ex.extract(corpus, elements=["sentences", "tokens"], cache_dir=tmp_path, progress=False)
    assert set(result.computed) == set(corpus.ids)
    assert len(list((tmp_path / "shards").glob("*-sentences.parquet"))) == 1  # sentences were read, not redone


def tokens(article) -> pd.DataFrame:
    """Second test extractor: tokens per part."""
    return pd.DataFrame([{"part": p.part, "tokens": len(p.doc)} for p in nlp.parse(article)])


def noisy(article) -> pd.DataFrame:
    """Third test extractor: warns about articles without a dateline, as real extractors warn about gaps."""
    if not article.dateline:
        warnings.warn(f"article {article.id!r} has no dateline", UserWarning)
    return pd.DataFrame({"dateline": [article.dateline]})


def test_extractor_warnings_reach_the_caller_from_every_engine_and_the_cache(corpus, tmp_path, monkeypatch):
    monkeypatch.setitem(ex.EXTRACTORS, "noisy", __name__)
    expected = [a.id for a in corpus if not a.dateline]
    assert expected  # the seed and the byline-first article have none
    runs = {}
    for name, kwargs in {"cold": {}, "cached": {}, "two": {"n_process": 2, "batch_size": 1, "cache": False}}.items():
        with pytest.warns(UserWarning, match=f"gave {len(expected)} warning"):
            runs[name] = ex.extract(corpus, elements=["noisy", "sentences"], cache_dir=tmp_path, progress=False,
                                    **kwargs)
    assert runs["cached"].computed == ()
    for run in runs.values():
        assert list(run.warnings["article"]) == expected
        assert set(run.warnings["element"]) == {"noisy"} and run.warnings["message"].str.contains("dateline").all()
    quiet = ex.extract(corpus, elements=["sentences"], cache_dir=tmp_path, progress=False)
    assert quiet.warnings.empty


def test_the_cache_refuses_files_it_did_not_write(corpus, tmp_path):
    first = ex.extract(corpus, elements=["sentences"], cache_dir=tmp_path, progress=False)
    (shard,) = (tmp_path / "shards").glob("*.parquet")
    # replace the shard by a well-formed Parquet file with the same columns but other rows
    forged = first.sentences.assign(_key=pd.read_parquet(shard)["_key"], text="forged")
    forged.to_parquet(shard)
    (tmp_path / "shards" / "stray-sentences.parquet").write_bytes(shard.read_bytes())
    with pytest.warns(UserWarning, match="does not match the sha256"):
        again = ex.extract(corpus, elements=["sentences"], cache_dir=tmp_path, progress=False)
    assert set(again.computed) == set(corpus.ids)
    pd.testing.assert_frame_equal(again.sentences, first.sentences)


def test_manifest_lines_it_cannot_vouch_for_are_ignored(tmp_path):
    store = CacheStore(tmp_path)
    store.write("sentences", ["k1"], pd.DataFrame({"article": ["a"], "n": [1], "_key": ["k1"]}))
    with open(store.manifest, "a", encoding="utf-8") as handle:
        handle.write('{"format": "analysis-extract-cache/1", "element": "sentences", "file": "../x"')  # cut short
        handle.write("\n" + json.dumps({"format": "other", "element": "sentences", "file": "y", "sha256": "0",
                                        "articles": ["k2"]}) + "\n")
    assert set(store.index()) == {("sentences", "k1")}


def test_cache_false_writes_nothing(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv(ex.CACHE_ENV, str(tmp_path / "cache"))
    result = ex.extract(corpus, elements=["sentences"], cache=False, progress=False)
    assert not (tmp_path / "cache").exists()
    assert set(result.computed) == set(corpus.ids)


def test_default_cache_dir_and_clean_cache(tmp_path, monkeypatch):
    monkeypatch.setenv(ex.CACHE_ENV, str(tmp_path / "c"))
    assert ex.default_cache_dir() == tmp_path / "c"
    (tmp_path / "c" / "shards").mkdir(parents=True)
    assert ex._main(["--clean-cache"]) == 0
    assert not (tmp_path / "c").exists()
    monkeypatch.delenv(ex.CACHE_ENV)
    assert ex.default_cache_dir() == ROOT / ".cache" / "extract"


def test_fingerprint_follows_version_model_and_code(monkeypatch):
    monkeypatch.undo()
    first = ex.fingerprint()
    monkeypatch.setattr(analysis, "__version__", "999")
    assert ex.fingerprint() != first
    monkeypatch.undo()
    monkeypatch.setattr(ex, "model_version", lambda: "other_model-1.0")
    assert ex.fingerprint() != first
    monkeypatch.undo()
    monkeypatch.setattr(ex, "_CODE_NOT_IN_KEY", set())  # now figures.py and params.py count too
    assert ex.fingerprint() != first


def test_model_version_matches_the_loaded_model():
    nlp.get_nlp.cache_clear()
    before = ex.model_version()  # read from the package's meta.json, spaCy not loaded
    assert before == nlp.model_name()


def test_progress_bar_counts_articles(corpus, tmp_path, capsys):
    ex.extract(corpus, elements=["sentences"], cache_dir=tmp_path, progress=True, batch_size=1)
    assert "article/s" in capsys.readouterr().err
    ex.extract(corpus, elements=["sentences"], cache_dir=tmp_path, progress=True)
    assert capsys.readouterr().err == ""  # nothing to compute: no bar


# -- engines ------------------------------------------------------------------------------------------------------

def test_batches_and_two_processes_give_the_rows_of_one(corpus, tmp_path):
    one = ex.extract(corpus, elements=["sentences"], cache=False, progress=False)
    two = ex.extract(corpus, elements=["sentences"], n_process=2, batch_size=1, cache_dir=tmp_path, progress=False)
    pd.testing.assert_frame_equal(one.sentences, two.sentences)


def test_dask_local_cluster_equals_local_row_for_row(corpus, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    elements = _present()
    local = ex.extract(corpus, elements=elements, cache=False, progress=False)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster, timeout="60s") as client:
        remote = ex.extract(corpus, elements=elements, engine="dask", scheduler=client, batch_size=1,
                            cache_dir=tmp_path, progress=False)
        # a scheduler address, as for a real cluster: extract opens and closes its own Client
        by_address = ex.extract(corpus, elements=elements, engine="dask", scheduler=cluster.scheduler_address,
                                cache=False, progress=False)
        assert len(client.scheduler_info()["workers"]) == 2
    for element in elements:
        pd.testing.assert_frame_equal(local[element], remote[element])
        pd.testing.assert_frame_equal(local[element], by_address[element])
    assert set(remote.computed) == set(corpus.ids)
    # the dask run wrote the same cache the local engine reads
    cached = ex.extract(corpus, elements=elements, cache_dir=tmp_path, progress=False)
    assert cached.computed == ()


# -- parameters and invariants ---------------------------------------------------------------------------------

@pytest.mark.parametrize("kwargs, word", [
    ({"elements": ["weather"]}, "elements"), ({"elements": []}, "elements"), ({"engine": "spark"}, "engine"),
    ({"n_process": 0}, "n_process"), ({"n_process": 1.5}, "n_process"), ({"batch_size": 0}, "batch_size"),
])
def test_bad_parameters_name_themselves(kwargs, word, corpus):
    with pytest.raises(ParameterError, match=word):
        ex.extract(corpus, progress=False, **{"elements": ["sentences"], **kwargs})


def test_an_element_whose_module_has_not_landed_is_named(monkeypatch, corpus):
    monkeypatch.setitem(ex.EXTRACTORS, "weather", "analysis.no_such_module")
    with pytest.raises(ParameterError, match="no_such_module"):
        ex.extract(corpus, elements=["weather"], progress=False)


def test_duplicate_ids_and_wrong_items_are_refused(corpus):
    article = corpus["reuters_baghdad"]
    with pytest.raises(ParameterError, match="twice"):
        ex.extract([article, article], elements=["sentences"], progress=False)
    with pytest.raises(ParameterError, match="str"):
        ex.extract(["not an article"], elements=["sentences"], progress=False)


zones = st.sampled_from(["America/New_York", "Asia/Baghdad", "UTC"])
stamps = st.builds(lambda seconds, zone: pd.Timestamp(seconds * 10**9, tz="UTC").tz_convert(zone),
                   st.integers(0, 2 * 10**9), zones)
cells = st.one_of(st.none(), st.text(max_size=8), st.integers(-5, 5), st.lists(st.text(max_size=3), max_size=3))


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.lists(st.tuples(st.text(max_size=10), st.integers(0, 10**6), cells, st.one_of(st.none(), stamps)),
                max_size=6))
def test_frames_survive_the_parquet_round_trip(rows):
    frame = pd.DataFrame(rows, columns=["text", "start", "value", "when"])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            table = to_arrow(frame)
        except TypeError:  # a column mixing ints, strings and lists: refused with a clear error, never stored
            return
    back = from_arrow(table)
    pd.testing.assert_frame_equal(back, frame, check_dtype=len(frame) > 0)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(st.none(), stamps), max_size=8))
def test_times_of_several_zones_read_back_as_one_at_a_time(values):
    """Each zone's rows of a time column are converted together on the way back; every cell is the Timestamp that
    converting the stored value alone gives (the instant, its unit, its zone object), a null stays None."""
    import pyarrow as pa

    from analysis import cache

    table = to_arrow(pd.DataFrame({"when": pd.Series(values, dtype=object)}))
    zones = table.column(cache.ZONE_PREFIX + "when").to_pylist() if cache.ZONE_PREFIX + "when" in \
        table.column_names else [None] * len(values)
    if not pa.types.is_timestamp(table.schema.field("when").type):
        return  # no time in the column
    expected = [None if v is None else cache._in_zone(pd.Timestamp(v), z)
                for v, z in zip(table.column("when").to_pylist(), zones)]
    got = from_arrow(table)["when"].tolist()

    def cell(x):
        return None if x is None else (x, x.unit, type(x.tz), str(x.tz))
    assert [cell(x) for x in got] == [cell(x) for x in expected]


def test_batch_labelling_matches_labelling_each_frame():
    """Rows are labelled with article and key after one concatenation; the result is what labelling each
    article's frame and concatenating gives, for empty frames, one frame, and frames that already name articles."""
    module = importlib.import_module("analysis.extract")
    shapes = [
        [pd.DataFrame({"x": [1, 2], "y": ["a", "b"]}), pd.DataFrame({"x": pd.Series([], dtype=int), "y": []}),
         pd.DataFrame({"x": [3], "y": ["c"]}, index=[7])],
        [pd.DataFrame({"x": [1]})],
        [pd.DataFrame({"x": pd.Series([], dtype="int64")}), pd.DataFrame({"x": pd.Series([], dtype="int64")})],
        [pd.DataFrame({"article": ["z"], "x": [1]}), pd.DataFrame({"article": ["w"], "x": [2]})],
        [pd.DataFrame({"x": [1]}), pd.DataFrame({"x": [2], "extra": [True]})],
    ]
    for frames in shapes:
        ids, keys = [f"id{i}" for i in range(len(frames))], [f"k{i}" for i in range(len(frames))]
        expected = module._concat([module._label(f, i, k) for f, i, k in zip(frames, ids, keys)])
        pd.testing.assert_frame_equal(module._labelled(frames, ids, keys), expected)


def test_batch_labelling_joins_columns_of_every_kind():
    """The column-by-column join of frames with the same dtypes gives pandas' concat, value for value and type for
    type: text, None, lists, ints, nullable ints, Timestamps in a zone; frames whose dtypes differ take pandas' way."""
    module = importlib.import_module("analysis.extract")
    when = pd.Timestamp("2021-03-07 10:00", tz="Asia/Baghdad")

    def frame(n: int, start: int) -> pd.DataFrame:
        return pd.DataFrame({"text": [f"t{start + i}" if i % 2 else None for i in range(n)],
                             "n": list(range(start, start + n)),
                             "first": pd.array([start if i else None for i in range(n)], dtype="Int64"),
                             "aliases": [[f"a{i}"] if i else [] for i in range(n)],
                             "when": pd.Series([when + pd.Timedelta(hours=i) for i in range(n)])})

    for frames in ([frame(2, 0), frame(0, 9), frame(3, 5)], [frame(1, 4)],
                   [frame(2, 0), frame(1, 3).astype({"n": "float64"})]):
        ids, keys = [f"id{i}" for i in range(len(frames))], [f"k{i}" for i in range(len(frames))]
        expected = module._concat([module._label(f, i, k) for f, i, k in zip(frames, ids, keys)])
        got = module._labelled(frames, ids, keys)
        pd.testing.assert_frame_equal(got, expected, check_exact=True)
        assert [type(v) for v in got["text"]] == [type(v) for v in expected["text"]]


def test_batch_labelling_joins_times_of_several_zones_and_attrs_as_concat_does():
    """Frames whose times are in different zones (or beside objects, or all missing in one frame), lengths of time,
    and frames with attrs (the events' tables): the column-by-column join gives pandas' concat, dtypes, the zone of
    every value, attrs and warnings included."""
    module = importlib.import_module("analysis.extract")

    def frame(zone, n: int, attrs=None, missing=False) -> pd.DataFrame:
        when = [pd.NaT if missing else pd.Timestamp("2021-03-07 10:00", tz=zone) + pd.Timedelta(hours=i)
                for i in range(n)]
        out = pd.DataFrame({"n": list(range(n)), "when": pd.Series(when, dtype=object).infer_objects()
                            if zone else pd.Series(when, dtype=object),
                            "length": pd.to_timedelta([f"{i}h" for i in range(n)])})
        out.attrs.update(attrs or {})
        return out

    baghdad, chicago = "Asia/Baghdad", "America/Chicago"
    cases = [[frame(baghdad, 2), frame(chicago, 1)], [frame(baghdad, 1), frame(None, 2)],
             [frame(baghdad, 2), frame(chicago, 1, missing=True)], [frame(baghdad, 1), frame(baghdad, 2)],
             [frame(baghdad, 1, {"a": [1]}), frame(chicago, 1, {"a": [1]})],
             [frame(baghdad, 1, {"a": [1]}), frame(baghdad, 1, {"a": [2]})], [frame(baghdad, 2, {"a": {"b": 1}})]]
    for frames in cases:
        ids, keys = [f"id{i}" for i in range(len(frames))], [f"k{i}" for i in range(len(frames))]
        with warnings.catch_warnings(record=True) as said_by_concat:
            warnings.simplefilter("always")
            expected = module._concat([module._label(f, i, k) for f, i, k in zip(frames, ids, keys)])
        with warnings.catch_warnings(record=True) as said:
            warnings.simplefilter("always")
            got = module._labelled(frames, ids, keys)
        pd.testing.assert_frame_equal(got, expected, check_exact=True)
        assert got.attrs == expected.attrs and [str(w.message) for w in said] == [str(w.message) for w in said_by_concat]
        assert [(type(v), str(getattr(v, "tz", None))) for v in got["when"]] == [
            (type(v), str(getattr(v, "tz", None))) for v in expected["when"]]
    joined = module._labelled(cases[-1], ["id0"], ["k0"])
    joined.attrs["a"]["b"] = 2
    assert cases[-1][0].attrs == {"a": {"b": 1}}  # attrs are a copy


def test_actors_rows_are_the_tables_rows(corpus):
    """actors.rows reads the actors, mentions and people tables' columns without copying them: the values (and their
    types) that ``table[column].tolist()`` gives."""
    actors = importlib.import_module("analysis.actors")
    for article in list(corpus)[:3]:
        for table, frame in (("actors", actors.actors(article)), ("people", actors.people(article)),
                             ("mentions", actors.mentions(article)),
                             ("named_mentions", actors.mentions(article, pronouns=False))):
            columns = list(frame.columns)
            expected = list(zip(*(frame[c].tolist() for c in columns))) if len(frame) else []
            got = actors.rows(article, table, columns)
            assert got == expected
            assert [[type(v) for v in row] for row in got] == [[type(v) for v in row] for row in expected]
    with pytest.raises(ParameterError):
        actors.rows(list(corpus)[0], "quotes", ["actor"])


def test_actors_resolver_is_resolve(corpus):
    """actors.resolver(article) answers as actors.resolve(article, ...) does, for names written many ways."""
    actors = importlib.import_module("analysis.actors")
    for article in list(corpus)[:3]:
        resolve_here = actors.resolver(article)
        table = actors.mentions(article)
        names = set(table["text"].tolist()) | set(table["actor"].tolist()) | {"", " ", "the defense secretary", "Nobody"}
        for name in sorted(names):
            assert resolve_here(name) == actors.resolve(article, name)
        for part, start, text in zip(table["part"].tolist(), table["start"].tolist(), table["text"].tolist()):
            assert resolve_here(text, start, part) == actors.resolve(article, text, start, part)
