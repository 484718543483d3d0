"""analysis: turn news articles into the elements of a story (times, events, voices, actors, claims).

Importing the package is cheap: the loader needs neither spaCy nor dateparser, and every extractor module is
imported on first use (PEP 562 ``__getattr__``), so ``import analysis; analysis.load_corpus()`` stays fast.
"""
from __future__ import annotations

import importlib

from .errors import CorpusError, ParameterError
from .corpus import Article, Corpus, load_article, load_corpus

__version__ = "0.1.0"

# public name -> module that defines it; imported when first asked for.
_LAZY = {
    "time_expressions": "timeline",
    "events": "timeline",
    "gap": "timeline",
    "Gap": "timeline",
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
