"""Validate a notebook's parameters (papermill only warns about unknown ones; we refuse them).

A notebook's first code cell (tagged ``parameters``) holds plain literals; the next cell calls
``validate_parameters(globals(), extra={...})``, which checks every user variable defined so far against the common
parameters plus the notebook's own, and returns them with the loaded corpus and article.
"""
from __future__ import annotations

import difflib
import os
import types
import uuid
from pathlib import Path
from typing import Any

from .corpus import _inside
from .errors import ParameterError

#: Parameters every notebook takes: name -> (accepted types, what it is).
COMMON: dict[str, tuple[tuple[type, ...], str]] = {
    "corpus_dir": ((str,), "folder holding the article files and metadata.csv"),
    "article_id": ((str,), "id of the article to chart (its file name without extension)"),
    "output_dir": ((str,), "folder the figures are written to"),
    "fig_format": ((str,), "format shown in the notebook: 'png' or 'svg' (both are always saved)"),
}
FIG_FORMATS = ("png", "svg")
_IGNORED = {"In", "Out", "get_ipython", "exit", "quit", "open"}
#: Relative paths in parameters are relative to the project root (the folder holding ``analysis/``), so a notebook
#: gives the same result run from JupyterLab (cwd ``notebooks/``), nbval, or papermill with ``--cwd``.
ROOT = Path(__file__).resolve().parent.parent


def resolve_path(value: str) -> Path:
    path = Path(value).expanduser()
    return path if path.is_absolute() else ROOT / path


def _type_names(types_: tuple[type, ...]) -> str:
    return " or ".join("None" if t is type(None) else t.__name__ for t in types_)


def validate_parameters(namespace: dict[str, Any], extra: dict[str, tuple[tuple[type, ...], str]] | None = None,
                        *, load: bool = True, corpus_wide: bool = False) -> types.SimpleNamespace:
    """Check a notebook's parameters; return them (plus ``corpus`` and ``article`` when ``load``).

    ``corpus_wide``: the notebook also charts the whole corpus, so ``article_id`` may be None (``article`` is then
    None).

    Raises ParameterError naming every unknown parameter, wrong type, missing corpus, an ``article_id`` that is
    not in the corpus or tries to leave it, or an ``output_dir`` that cannot be written.
    """
    spec = {**COMMON, **(extra or {})}
    if corpus_wide:
        spec["article_id"] = ((str, type(None)), "id of the article to chart (its file name without extension), or "
                                                 "None for the whole corpus")
    given = {k: v for k, v in namespace.items()
             if not k.startswith("_") and k not in _IGNORED and not isinstance(v, (types.ModuleType, types.FunctionType, type))}
    unknown = sorted(set(given) - set(spec))
    if unknown:
        raise ParameterError(unknown_parameters(unknown, spec, "this notebook takes"))
    missing = sorted(set(spec) - set(given))
    if missing:
        raise ParameterError(f"missing parameter(s) {', '.join(missing)}; define them in the notebook's parameters cell")
    for name, (accepted, what) in spec.items():
        value = given[name]
        if not isinstance(value, accepted) or (isinstance(value, bool) and bool not in accepted):
            hint = " (papermill -p turns digits into numbers: pass string ids with -r)" if str in accepted else ""
            raise ParameterError(f"parameter {name!r} must be {_type_names(accepted)} ({what}), "
                                 f"not {type(value).__name__} {value!r}{hint}")
    if given["fig_format"] not in FIG_FORMATS:
        raise ParameterError(f"parameter 'fig_format' must be one of {', '.join(FIG_FORMATS)}, not {given['fig_format']!r}")
    for name in ("corpus_dir", "output_dir"):
        if not given[name].strip():  # "" would be the project root: articles read from it, figures written into it
            raise ParameterError(f"parameter {name!r} is empty; give a folder (default "
                                 f"{'seeds' if name == 'corpus_dir' else 'figures'!r}, relative to the project root)")
    corpus_dir = resolve_path(given["corpus_dir"])
    if not corpus_dir.is_dir():
        raise ParameterError(f"parameter 'corpus_dir': {str(corpus_dir)!r} is not a folder; give the folder that holds "
                             f"the articles (default 'seeds', relative to the project root)")
    article_id = given["article_id"]
    if article_id is None:
        pass  # (corpus_wide only: the type check above refused None elsewhere)
    elif (not article_id or "/" in article_id or "\\" in article_id or article_id.startswith(".")
            or os.path.isabs(article_id) or ".." in article_id or "\x00" in article_id):
        raise ParameterError(f"parameter 'article_id': {article_id!r} is not an article id; an id is a file name in "
                             f"{str(corpus_dir)!r} without extension, never a path")
    output_dir = resolve_path(given["output_dir"])
    if _inside(output_dir, corpus_dir):
        raise ParameterError(f"parameter 'output_dir': {str(output_dir)!r} is inside the corpus folder; the corpus is "
                             f"never written: choose another folder (default 'figures')")
    result = types.SimpleNamespace(**given)
    result.parameters = dict(given)
    result.corpus_path, result.output_path = corpus_dir, output_dir
    if load:
        from .corpus import load_corpus
        from .errors import CorpusError

        try:
            result.corpus = load_corpus(corpus_dir)
        except CorpusError as error:  # the loader's hint (errors="skip") is no option a notebook has
            message = str(error).split("\n(load_corpus(", 1)[0]
            raise CorpusError(f"parameter 'corpus_dir': {message}\nFix or remove these files, or point corpus_dir at "
                              f"a folder without them.") from None
        result.corpus.path = given["corpus_dir"]  # as the user wrote it: outputs do not depend on the clone's location
        if article_id is None:
            result.article = None
        elif article_id not in result.corpus:
            guess = _closest_id(article_id, result.corpus.ids)
            raise ParameterError(f"parameter 'article_id': no article {article_id!r} in {str(corpus_dir)!r}"
                                 + (f" (did you mean {guess!r}?)" if guess else "")
                                 + f"; ids there: {', '.join(result.corpus.ids[:20])}"
                                 f"{' …' if len(result.corpus) > 20 else ''}; pass one with -r article_id <id>")
        else:
            result.article = result.corpus[article_id]
    _check_writable(output_dir)  # last: a notebook stopped by a bad parameter has written nothing
    return result


def unknown_parameters(unknown, known, takes: str) -> str:
    """The message for parameters no notebook declares: each named, what is taken instead, the likely misspelling."""
    guesses = [f"{u!r} -> {close[0]!r}" for u in unknown
               for close in [difflib.get_close_matches(u, list(known), n=1, cutoff=0.75)] if close]
    return (f"unknown parameter(s) {', '.join(repr(u) for u in unknown)}; {takes} {', '.join(sorted(known))}. "
            f"Check the spelling of the -p/-r arguments"
            + (f" (did you mean {'; '.join(guesses)}?)" if guesses else ""))


def _closest_id(article_id: str, ids: list[str]) -> str | None:
    """The id a user most likely meant: the file name without its extension ("a1.txt" -> "a1"), the id in
    another case or with stray spaces, else the closest spelling."""
    wanted = article_id.strip()
    stem = wanted.rsplit(".", 1)[0] if "." in wanted else wanted
    for candidate in (wanted, stem):
        folded = [i for i in ids if i.casefold() == candidate.casefold()]
        if folded:
            return folded[0]
    close = difflib.get_close_matches(stem, ids, n=1, cutoff=0.8)
    return close[0] if close else None



def _check_writable(folder: Path) -> None:
    """Create ``folder`` and a file in it, then remove both again: figures create the folder when they are saved,
    so a notebook that stops before its first figure leaves no empty folder behind."""
    created = [parent for parent in [folder, *folder.parents] if not parent.exists()]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".write-test-{uuid.uuid4().hex}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise ParameterError(f"parameter 'output_dir': cannot write to {str(folder)!r} ({error.strerror}); "
                             f"choose a folder you can write to") from None
    finally:
        for made in created:  # deepest first
            try:
                made.rmdir()
            except OSError:
                break
