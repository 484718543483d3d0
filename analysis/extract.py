"""Every story element for a whole corpus: one parse per article, a Parquet cache, processes or a Dask cluster.

``extract(corpus)`` returns a :class:`StoryElements`: one DataFrame per element (the extractor's own columns,
with an ``article`` id column first), in corpus order, plus the corpus table. Work is done in batches of
articles: each batch is parsed once (in one process, by one ``nlp.pipe`` stream over the whole corpus read batch by
batch, ``nlp.parse_stream``; in a worker, ``nlp.parse_many`` over its batch) and every extractor reads that
shared parse. Results are cached as Parquet (see :mod:`analysis.cache`) under a key made of the article's
text and metadata, the package version, the spaCy model's name and version, and a hash of the package's code,
so a second run on the same corpus does no NLP work and a changed article is recomputed alone.

Every pipeline component runs for every element: each built-in element reads entities, dependencies, tags and
lemmas, directly or through ``actors`` (time expressions read entities and verb tense; events, quotes and claims
read actors), so there is no component a subset of elements could skip; the parse cache holds one full parse.

Engines: ``engine="local"`` runs batches in this process (``n_process=1``) or in a process pool
(``n_process=2`` uses both cores); ``engine="dask"`` sends the same batches to a ``dask.distributed`` cluster
(``scheduler=`` an address such as ``"tcp://scheduler:8786"`` or a ``Client``; a ``LocalCluster`` when None).
The cache is always written by the calling process, so every engine writes the same Parquet.

Clear the cache with ``make clean-cache`` or ``python -m analysis.extract --clean-cache``.
"""
from __future__ import annotations

import concurrent.futures
import dataclasses
import gc
import hashlib
import importlib.util
import json
import multiprocessing
import os
import shutil
import sys
import threading
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Iterable, Iterator

import pandas as pd

from .cache import KEY_COLUMN, CacheStore, from_arrow, to_arrow
from .errors import ParameterError

#: Elements ``extract`` computes by default, each the name of a per-article extractor in the package.
ELEMENTS = ("time_expressions", "events", "quotes", "actors", "claims")
#: Every per-article extractor ``extract`` knows: element name -> module defining a function of that name,
#: ``function(article) -> DataFrame``. Add an entry to run your own extractor through ``extract`` and its cache.
EXTRACTORS = {
    "time_expressions": "analysis.timeline",
    "events": "analysis.timeline",
    "quotes": "analysis.voices",
    "sources": "analysis.voices",
    "actors": "analysis.actors",
    "mentions": "analysis.actors",
    "claims": "analysis.claims",
}
ENGINES = ("local", "dask")
#: Environment variable that moves the cache (default: ``.cache/extract`` beside the package in a checkout).
CACHE_ENV = "ANALYSIS_CACHE_DIR"
#: Texts per ``nlp.pipe`` minibatch when ``extract`` parses (as the benchmark's raw ``nlp.pipe`` baseline).
_PIPE_BATCH_SIZE = 64
#: Modules whose code does not change extracted rows, so editing them keeps the cache.
_CODE_NOT_IN_KEY = {"figures.py", "params.py", "cache.py"}


class StoryElements(Mapping):
    """The story elements of a corpus: ``elements["quotes"]`` or ``elements.quotes`` is a DataFrame whose first
    column is ``article`` (the article id); ``elements.corpus`` is the corpus table. ``computed`` lists the ids of
    articles whose NLP ran in this call, ``cached`` those served entirely from the cache; ``warnings`` holds what
    the extractors warned about (article, element, category, message), the same on a cached run."""

    def __init__(self, corpus: pd.DataFrame, tables: dict[str, pd.DataFrame],
                 computed: tuple[str, ...] = (), cached: tuple[str, ...] = (), warnings: pd.DataFrame | None = None):
        self.corpus = corpus
        self._tables = dict(tables)
        self.computed = computed
        self.cached = cached
        self.warnings = warnings if warnings is not None else pd.DataFrame(
            columns=["article", "element", "category", "message"])

    def __getitem__(self, element: str) -> pd.DataFrame:
        return self._tables[element]

    def __iter__(self) -> Iterator[str]:
        return iter(self._tables)

    def __len__(self) -> int:
        return len(self._tables)

    def __getattr__(self, name: str) -> pd.DataFrame:
        tables = self.__dict__.get("_tables", {})
        if name in tables:
            return tables[name]
        raise AttributeError(f"StoryElements has no element {name!r}; it holds {sorted(tables)}")

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}: {len(frame)} rows" for name, frame in self._tables.items())
        return f"<StoryElements of {len(self.corpus)} articles; {sizes}>"


def available_elements() -> tuple[str, ...]:
    """The per-article extractors present in this installation (module and function), in ``EXTRACTORS`` order."""
    return tuple(name for name, module in EXTRACTORS.items()
                 if _module_present(module) and callable(getattr(importlib.import_module(module), name, None)))


def extract(corpus, *, elements: Iterable[str] = ELEMENTS, n_process: int = 1, cache: bool = True,
            engine: str = "local", progress: bool = True, scheduler: Any = None,
            cache_dir: str | os.PathLike | None = None, batch_size: int = 32) -> StoryElements:
    """Run the named extractors over every article of ``corpus`` (a ``Corpus``, a list of ``Article``, or a
    folder for ``load_corpus``), reading and filling the cache; see the module docstring for engines and keys.

    ``batch_size`` is the number of articles per unit of work (one ``nlp.pipe`` stream, one cache shard)."""
    elements = _check(elements, n_process, engine, batch_size)
    articles = _articles(corpus)
    table = _corpus_frame(corpus, articles)
    code = fingerprint()
    keys = [article_key(article, code) for article in articles]
    position = {key: i for i, key in enumerate(keys)}

    store = _store(cache, cache_dir)
    pieces: dict[str, list[pd.DataFrame]] = {element: [] for element in elements}
    notes: list[dict] = []
    missing: dict[str, set[str]] = {element: set(keys) for element in elements}
    if cache:
        _read_cached(store, elements, set(keys), pieces, notes, missing)
    todo = sorted({key for element in elements for key in missing[element]}, key=position.__getitem__)
    article_of = dict(zip(keys, articles))
    with _progress(len(todo), progress) as bar:
        for (chunk, wanted), frames in _run(_work(todo, missing, elements, article_of, batch_size),
                                            n_process, engine, scheduler):
            for element, _ in wanted:
                frame, said = store.write(element, chunk, *frames[element])
                pieces[element].append(frame)
                notes.extend(said)
            bar.update(len(chunk))

    tables = {element: _assemble(pieces[element], position) for element in elements}
    said = _warnings_table(notes, position, elements)
    if len(said):
        warnings.warn(f"extract: the extractors gave {len(said)} warning(s) on {said['article'].nunique()} "
                      f"article(s) (first: {said['message'].iloc[0][:200]}); all are in the result's .warnings",
                      stacklevel=2)
    ids = [article.id for article in articles]
    done = set(todo)
    return StoryElements(table, tables, computed=tuple(i for i, k in zip(ids, keys) if k in done),
                         cached=tuple(i for i, k in zip(ids, keys) if k not in done), warnings=said)


def _work(todo: list[str], missing, elements, article_of, batch_size: int) -> list[tuple[list, list[str], tuple]]:
    """Batches ``(articles, keys, elements to compute)``: articles needing the same elements, in corpus order."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for key in todo:
        wanted = tuple(element for element in elements if key in missing[element])
        groups.setdefault(wanted, []).append(key)
    return [([article_of[k] for k in chunk], chunk, tuple((e, EXTRACTORS[e]) for e in wanted))
            for wanted, group in groups.items() for chunk in _chunks(group, batch_size)]


# -- keys -----------------------------------------------------------------------------------------------------

def fingerprint() -> str:
    """What, besides the article, decides the rows: package version, model name and version, and package code."""
    import analysis

    digest = hashlib.sha256()
    digest.update(f"{analysis.__version__}\x00{model_version()}\x00".encode())
    package = Path(analysis.__file__).resolve().parent
    for path in sorted(package.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
            continue
        if path.parent == package and path.name in _CODE_NOT_IN_KEY:
            continue
        digest.update(str(path.relative_to(package)).encode() + b"\x00" + path.read_bytes() + b"\x01")
    return digest.hexdigest()


def model_version() -> str:
    """``nlp.model_name()`` without loading spaCy when the model is not loaded yet (read from its meta.json),
    so a run served from the cache does not pay for importing spaCy."""
    from . import nlp

    if nlp.get_nlp.cache_info().currsize:
        return nlp.model_name()
    for name in nlp.MODEL_NAMES:
        spec = importlib.util.find_spec(name)
        for location in (spec.submodule_search_locations or []) if spec else []:
            meta = Path(location) / "meta.json"
            if meta.is_file():
                data = json.loads(meta.read_text(encoding="utf-8"))
                return f"{data.get('name', '?')}-{data.get('version', '?')}"
    return nlp.model_name()


def article_key(article, code: str) -> str:
    """A hash of everything in ``article`` but where it was read from, and of ``code`` (see ``fingerprint``)."""
    if dataclasses.is_dataclass(article):
        fields = [(f.name, getattr(article, f.name)) for f in dataclasses.fields(article) if f.name != "source"]
    else:
        fields = sorted((k, v) for k, v in vars(article).items() if k != "source" and not k.startswith("_"))
    digest = hashlib.sha256(code.encode())
    for name, value in fields:
        digest.update(f"\x00{name}\x00{value!r}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:40]


# -- the work ---------------------------------------------------------------------------------------------------

def extract_batch(articles: list, keys: list[str], elements: tuple[tuple[str, str], ...], *, evict: bool = False,
                  pipe_batch_size: int | None = None) -> dict[str, tuple[pd.DataFrame, list[dict]]]:
    """Parse ``articles`` once (``nlp.parse_many``) and run each extractor (``(element, module)`` pairs) on each.
    Per element: one frame with ``article`` first and the cache's ``_key`` column last, and the warnings the
    extractor gave (so that warnings raised in a worker reach the caller, and a cached run keeps them).
    Runs in whichever process or worker got the batch."""
    from . import nlp

    nlp.parse_many(articles, batch_size=pipe_batch_size or _PIPE_BATCH_SIZE)
    out: dict[str, tuple[pd.DataFrame, list[dict]]] = {}
    # The model and the batch's parses live through every extractor: frozen, the collector's passes during
    # extraction skip them (they were a tenth of extraction's time); unfrozen after, they can be freed as before.
    # The collector is also off until the batch's parses and memos are evicted: most of what extraction makes lives
    # until then, so its passes over it freed little (about 60 ms per 200 articles; peak memory the same without).
    enabled = gc.isenabled()
    gc.freeze()
    gc.disable()
    try:
        out = _extract_parsed(articles, keys, elements)
    finally:
        gc.unfreeze()
        try:
            if evict:
                nlp.clear_cache()
        finally:
            if enabled:
                gc.enable()
    return out


def _extract_parsed(articles: list, keys: list[str], elements: tuple[tuple[str, str], ...]
                    ) -> dict[str, tuple[pd.DataFrame, list[dict]]]:
    out: dict[str, tuple[pd.DataFrame, list[dict]]] = {}
    for element, module in elements:
        extractor = getattr(importlib.import_module(module), element, None)
        if extractor is None:
            raise ParameterError(f"extract: {module} defines no {element}(article); drop {element!r} from elements")
        frames, notes = [], []
        for article, key in zip(articles, keys):
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                frames.append(extractor(article))
            notes += [{KEY_COLUMN: key, "article": article.id, "element": element,
                       "category": w.category.__name__, "message": str(w.message)} for w in caught]
        out[element] = (_labelled(frames, [article.id for article in articles], keys), notes)
    return out


def _labelled(frames: list[pd.DataFrame], ids: list[str], keys: list[str]) -> pd.DataFrame:
    """``_concat`` of each frame ``_label``-led with its article: one concatenation, then the two columns added
    once (labelling each small frame first copies it twice). Frames of differing columns take the long way."""
    full = [i for i, frame in enumerate(frames) if len(frame)]
    columns = [list(frames[i].columns) for i in full]
    if not full or any(c != columns[0] for c in columns) or {"article", KEY_COLUMN} & set(columns[0]):
        return _concat([_label(frame, i, k) for frame, i, k in zip(frames, ids, keys)])
    import numpy as np

    lengths = [len(frames[i]) for i in full]
    joined = _joined([frames[i] for i in full], [ids[i] for i in full], [keys[i] for i in full], lengths)
    if joined is not None:
        return joined
    frame = frames[full[0]].reset_index(drop=True) if len(full) == 1 else pd.concat(
        [frames[i] for i in full], ignore_index=True)
    frame.insert(0, "article", pd.Series(np.repeat(np.array([ids[i] for i in full], dtype=object), lengths),
                                         dtype=object))
    frame[KEY_COLUMN] = np.repeat(np.array([keys[i] for i in full], dtype=object), lengths)
    return frame


def _joined(frames: list[pd.DataFrame], ids: list[str], keys: list[str], lengths: list[int]) -> pd.DataFrame | None:
    """What ``_labelled`` makes of ``frames`` (non-empty, same columns), built column by column: each column's
    arrays joined, with the ``article`` and ``_key`` columns, into one table (``nlp.column_frame``). pandas' concat,
    insert and setitem cost more than the rows for tables this small (a few milliseconds per element and batch).
    Joined here as concat joins them: a column of one dtype in every frame (numpy arrays, nullable integers,
    datetimes, timedeltas) keeps it; times in different zones (or beside objects) become objects, each value in its
    own zone; ``attrs`` are kept when every frame has the same. None (take pandas' way) for anything else, such as
    a column all missing in one frame and of another dtype in the next (pandas then reads its dtype from the others)."""
    import copy

    import numpy as np

    from . import nlp

    first = frames[0]
    dtypes = [frame._mgr.get_dtypes().tolist() for frame in frames]  # (``frame.dtypes`` makes a Series each time)
    columns: list[list] = [[] for _ in dtypes[0]]  # each column's array in every frame, read block by block
    for frame in frames:
        for block in frame._mgr.blocks:
            values = block.values
            for row, column in enumerate(block.mgr_locs.as_array.tolist()):
                columns[column].append(values[row] if values.ndim == 2 else values)
    arrays = [np.repeat(np.array(ids, dtype=object), lengths)]
    for k, parts in enumerate(columns):
        kind = type(parts[0])
        if all(d[k] == dtypes[0][k] for d in dtypes[1:]):
            if kind is np.ndarray:
                arrays.append(np.concatenate(parts) if len(parts) > 1 else parts[0].copy())
            elif kind in (pd.arrays.IntegerArray, pd.arrays.DatetimeArray, pd.arrays.TimedeltaArray):
                arrays.append(kind._concat_same_type(parts))
            else:
                return None
        elif _to_objects(parts):
            arrays.append(np.concatenate([p if type(p) is np.ndarray else p.astype(object) for p in parts]))
        else:
            return None
    arrays.append(np.repeat(np.array(keys, dtype=object), lengths))
    frame = nlp.column_frame(arrays, ["article", *first.columns, KEY_COLUMN])
    if first.attrs:  # (as concat: kept, as a copy, only when every frame has the same; one frame: its own)
        if all(other.attrs and other.attrs == first.attrs for other in frames[1:]):
            frame.attrs = copy.deepcopy(first.attrs)
    return frame


def _to_objects(parts: list) -> bool:
    """Whether pandas' concat makes objects of a column whose ``parts`` (one array per frame) differ in dtype: every
    part is times or objects, none is all missing (concat would leave its dtype out), and there is an object part
    or times of two zones (a zone-less time counting as a zone of its own)."""
    import numpy as np

    zones = set()
    has_objects = False
    for part in parts:
        if type(part) is pd.arrays.DatetimeArray:
            zones.add(part.tz)
        elif type(part) is np.ndarray and part.dtype == object:
            has_objects = True
        else:
            return False
        if pd.isna(part).all():
            return False
    return has_objects or len(zones) > 1


def _label(frame: pd.DataFrame, article_id: str, key: str) -> pd.DataFrame:
    frame = frame.reset_index(drop=True).assign(**{KEY_COLUMN: key})
    if "article" not in frame.columns:
        frame.insert(0, "article", pd.Series([article_id] * len(frame), dtype=object))
    return frame


def _run(work, n_process: int, engine: str, scheduler) -> Iterator[tuple[Any, dict]]:
    """Yield ``(label, frames)`` for every batch in ``work``, in any order, on the chosen engine."""
    if not work:
        return
    if engine == "local" and (n_process == 1 or len(work) == 1):
        from . import nlp

        evict = len(work) > 1  # a corpus, not one batch: free each batch's parses rather than keep 256 in memory
        # one nlp.pipe stream over every batch, read batch by batch (extract_batch then finds each parse cached)
        parsed = nlp.parse_stream((chunk for chunk, _, _ in work), batch_size=_PIPE_BATCH_SIZE)
        for (chunk, keys, wanted), _ in zip(work, parsed):
            yield (keys, wanted), extract_batch(chunk, keys, wanted, evict=evict)
        return
    if engine == "local":
        context = _mp_context()
        if context.get_start_method() == "fork":
            _warm(_all_elements(work))  # children inherit the loaded model
        executor = concurrent.futures.ProcessPoolExecutor(
            max_workers=n_process, mp_context=context, initializer=_warm, initargs=(_all_elements(work),))
        with executor:
            yield from _submit_all(executor, work, in_flight=2 * n_process)
        return
    client, owned = _dask_client(scheduler, n_process)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        yield from _submit_all(client.get_executor(), work, in_flight=2 * workers)
    finally:
        for thing in owned:
            thing.close()


def _submit_all(executor, work, in_flight: int):
    """Submit batches with at most ``in_flight`` pending, so articles stream through bounded memory."""
    pending: dict[concurrent.futures.Future, tuple] = {}
    queue = iter(work)
    for chunk, keys, wanted in queue:
        pending[executor.submit(extract_batch, chunk, keys, wanted, evict=True)] = (keys, wanted)
        if len(pending) >= in_flight:
            break
    while pending:
        done, _ = concurrent.futures.wait(pending, return_when=concurrent.futures.FIRST_COMPLETED)
        for future in done:
            label = pending.pop(future)
            yield label, future.result()
            for chunk, keys, wanted in queue:
                pending[executor.submit(extract_batch, chunk, keys, wanted, evict=True)] = (keys, wanted)
                break


def _dask_client(scheduler, n_process: int):
    """A ``distributed.Client`` for ``scheduler`` (address or Client), or on a new LocalCluster; plus what to close."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as error:  # pragma: no cover - dask[distributed] is in requirements
        raise ParameterError("engine='dask' needs dask[distributed]: pip install 'dask[distributed]'") from error
    if isinstance(scheduler, Client):
        return scheduler, []
    if scheduler is not None:
        client = Client(scheduler)
        return client, [client]
    # one single-threaded worker process per core (or n_process of them): extractors and spaCy are not thread-safe
    cluster = LocalCluster(n_workers=n_process if n_process > 1 else None, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    client = Client(cluster)
    return client, [client, cluster]


def _mp_context():
    """Fork (the loaded model is shared copy-on-write) when this process has no other threads, else spawn."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1 and sys.platform != "darwin":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _warm(elements: tuple[tuple[str, str], ...]) -> None:
    from . import nlp

    nlp.get_nlp()
    for element, module in elements:
        getattr(importlib.import_module(module), element)


def _all_elements(work) -> tuple[tuple[str, str], ...]:
    return tuple(sorted({element for _, _, wanted in work for element in wanted}))


# -- cache and assembly -------------------------------------------------------------------------------------------

def _store(cache: bool, cache_dir) -> "CacheStore | _NoStore":
    """The CacheStore of the given or default directory; with cache=False one that writes nothing."""
    if not cache:
        return _NoStore()
    return CacheStore(cache_dir if cache_dir is not None else default_cache_dir())


class _NoStore:
    """cache=False: results take the same Arrow round trip as cached ones, but nothing is written."""

    def write(self, element: str, keys: list[str], frame: pd.DataFrame,
              notes: list[dict] = ()) -> tuple[pd.DataFrame, list[dict]]:
        return from_arrow(to_arrow(frame, element)), list(notes)


def default_cache_dir() -> Path:
    """``$ANALYSIS_CACHE_DIR``, else ``.cache/extract`` in the checkout that holds the package, else
    ``~/.cache/analysis/extract``."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    import analysis

    checkout = Path(analysis.__file__).resolve().parent.parent
    if any((checkout / marker).exists() for marker in ("Makefile", ".git", "pyproject.toml")):
        return checkout / ".cache" / "extract"
    return Path.home() / ".cache" / "analysis" / "extract"


def clean_cache(cache_dir: str | os.PathLike | None = None) -> Path:
    """Remove the extract cache (``make clean-cache``); returns the directory removed."""
    root = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    shutil.rmtree(root, ignore_errors=True)
    return root


def _read_cached(store: CacheStore, elements, keys: set[str], pieces, notes, missing) -> None:
    index = store.index()
    for element in elements:
        by_shard: dict[tuple[str, str], list[str]] = {}
        for key in keys:
            entry = index.get((element, key))
            if entry is not None:
                by_shard.setdefault(entry, []).append(key)
        for (name, digest), shard_keys in by_shard.items():
            found = store.read(name, digest, shard_keys)
            if found is None:
                continue
            pieces[element].append(found[0])
            notes.extend(found[1])
            missing[element].difference_update(shard_keys)


def _assemble(pieces: list[pd.DataFrame], position: dict[str, int]) -> pd.DataFrame:
    """One table in corpus order (rows of an article keep the extractor's order); ``_key`` dropped."""
    frame = _concat(pieces)
    if KEY_COLUMN not in frame.columns:
        return frame.reset_index(drop=True)
    order = frame[KEY_COLUMN].map(position)
    frame = frame.iloc[order.argsort(kind="stable").to_numpy()]
    frame = frame.drop(columns=KEY_COLUMN).reset_index(drop=True)
    for column in frame.columns[frame.dtypes == object]:  # one null however batches fell: None, never NaN or NaT
        missing = frame[column].isna()
        if missing.any():
            frame[column] = frame[column].where(~missing, None)
    return frame


def _warnings_table(notes: list[dict], position: dict[str, int], elements: tuple[str, ...]) -> pd.DataFrame:
    """The extractors' warnings in corpus order, then element order: article, element, category, message."""
    columns = ["article", "element", "category", "message"]
    rank = {element: i for i, element in enumerate(elements)}
    notes = sorted(notes, key=lambda note: (position[note[KEY_COLUMN]], rank[note["element"]]))  # stable
    return pd.DataFrame([[note[c] for c in columns] for note in notes], columns=columns)


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate, leaving out empty frames (they would turn int columns into object) unless all are empty."""
    full = [frame for frame in frames if len(frame)]
    if not full:
        return frames[0].iloc[0:0].reset_index(drop=True) if frames else pd.DataFrame()
    if len(full) == 1:
        return full[0].reset_index(drop=True)
    return pd.concat(full, ignore_index=True)


# -- inputs -------------------------------------------------------------------------------------------------------

def _check(elements, n_process, engine, batch_size) -> tuple[str, ...]:
    if isinstance(elements, str):
        elements = (elements,)
    elements = tuple(dict.fromkeys(elements))
    for element in elements:
        if element not in EXTRACTORS:
            raise ParameterError(f"extract: elements has {element!r}; choose from {sorted(EXTRACTORS)}")
        if not _module_present(EXTRACTORS[element]):
            raise ParameterError(f"extract: element {element!r} needs the module {EXTRACTORS[element]}, which "
                                 f"is not in this installation; drop it from elements (present: "
                                 f"{list(available_elements())})")
    if not elements:
        raise ParameterError("extract: elements is empty; name at least one of " + ", ".join(ELEMENTS))
    if engine not in ENGINES:
        raise ParameterError(f"extract: engine is {engine!r}; use 'local' or 'dask'")
    if isinstance(n_process, bool) or not isinstance(n_process, int) or n_process < 1:
        raise ParameterError(f"extract: n_process is {n_process!r}; use a whole number >= 1 (2 uses two cores)")
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ParameterError(f"extract: batch_size is {batch_size!r}; use a whole number >= 1")
    return elements


def _module_present(module: str) -> bool:
    """True when ``module`` is a real module (a folder without ``__init__.py`` being written does not count)."""
    try:
        spec = importlib.util.find_spec(module)
    except ModuleNotFoundError:
        return False
    return spec is not None and spec.origin not in (None, "namespace")


def _articles(corpus) -> list:
    from .corpus import Article, load_corpus

    if isinstance(corpus, (str, os.PathLike)):
        corpus = load_corpus(corpus)
    if isinstance(corpus, Article):
        corpus = [corpus]
    articles = list(corpus)
    seen: set[str] = set()
    for article in articles:
        if not isinstance(article, Article):
            raise ParameterError(f"extract: corpus holds {type(article).__name__!r}; pass a Corpus, a list of "
                                 "Article (analysis.load_article), or a folder of articles")
        if article.id in seen:
            raise ParameterError(f"extract: article id {article.id!r} appears twice; ids must be unique")
        seen.add(article.id)
    return articles


def _corpus_frame(corpus, articles: list) -> pd.DataFrame:
    if hasattr(corpus, "to_frame"):
        return corpus.to_frame()
    from .corpus import Corpus

    try:
        return Corpus(articles).to_frame()  # type: ignore[call-arg]
    except Exception:  # a Corpus that cannot be built from a list: a plain table of the main fields
        return pd.DataFrame([{"id": a.id, "headline": a.headline, "published": a.published, "outlet": a.outlet,
                              "byline": a.byline} for a in articles])


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class _progress:
    """A tqdm bar over articles computed (shows articles per second); silent when off or nothing to compute."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.enabled, self.bar = total, enabled, None

    def __enter__(self):
        if self.enabled and self.total:
            from tqdm import tqdm

            self.bar = tqdm(total=self.total, unit="article", desc="extract", smoothing=0.1)
        return self

    def update(self, n: int) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.close()


def _main(argv: list[str]) -> int:
    if argv[:1] == ["--clean-cache"]:
        print(f"removed {clean_cache(argv[1] if len(argv) > 1 else None)}")
        return 0
    print("usage: python -m analysis.extract --clean-cache [DIR]", file=sys.stderr)
    return 2


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(_main(sys.argv[1:]))
