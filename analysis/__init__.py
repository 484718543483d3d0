"""analysis: turn news articles into the elements of a story (times, events, voices, actors, claims).

Importing the package is cheap: the loader needs neither spaCy nor dateparser, and every extractor module is
imported on first use (PEP 562 ``__getattr__``), so ``import analysis; analysis.load_corpus()`` stays fast.
"""
from __future__ import annotations

import importlib
import sys
import types

from .errors import CorpusError, ParameterError
from .corpus import Article, Corpus, load_article, load_corpus

__version__ = "0.1.0"

# public name -> module that defines it; imported when first asked for.
_LAZY = {
    "time_expressions": "timeline",
    "events": "timeline",
    "gap": "timeline",
    "Gap": "timeline",
    "to_timelinejs": "timeline",
    "quotes": "voices",
    "sources": "voices",
    "actors": "actors",
    "mentions": "actors",
    "claims": "claims",
    "extract": "extract",
    "StoryElements": "extract",
    "validate_parameters": "params",
}

__all__ = ["Article", "Corpus", "CorpusError", "ParameterError", "load_article", "load_corpus", *_LAZY]


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_LAZY))


class _Package(types.ModuleType):
    """Keeps ``analysis.actors``, ``analysis.claims`` and ``analysis.extract`` the functions of the API.

    Those functions live in modules of the same name; importing such a module (``from analysis.claims import
    balance``) makes Python bind the module over the package attribute. We bind the module's function instead; the
    module itself stays importable (``from analysis.actors import resolve``, ``sys.modules["analysis.actors"]``).
    """

    def __setattr__(self, name, value):
        if isinstance(value, types.ModuleType) and _LAZY.get(name) == name and hasattr(value, name):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
