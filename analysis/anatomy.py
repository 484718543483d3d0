"""The anatomy of an article: how its words divide among headline, dek, captions, body, byline and boilerplate."""
from __future__ import annotations

import pandas as pd

from .corpus import Corpus

PARTS = ["headline", "dek", "captions", "body", "byline", "boilerplate"]
LABELS = {"headline": "Headline", "dek": "Dek", "captions": "Captions", "body": "Body", "byline": "Byline",
          "boilerplate": "Boilerplate"}


def _label(article, width: int = 34) -> str:
    text = article.headline or article.id
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def anatomy(corpus: Corpus) -> pd.DataFrame:
    """Words per part for each article: DataFrame[id, headline, dek, captions, body, byline, boilerplate, total, story_share]."""
    rows = [{"id": a.id, "label": _label(a), **a.words()} for a in corpus]
    frame = pd.DataFrame(rows, columns=["id", "label", *PARTS])
    frame["total"] = frame[PARTS].sum(axis=1)
    story = frame[["headline", "dek", "captions", "body"]].sum(axis=1)
    frame["story_share"] = (story / frame["total"].where(frame["total"] > 0)).round(3)
    return frame


def plot_anatomy(frame: pd.DataFrame, *, source: str = ""):
    """A stacked bar per article (share of words per part), labelled on the bars; returns (fig, title, finding, alt)."""
    import matplotlib.pyplot as plt

    from .figures import SEQUENCE, apply_style, frame as frame_fig

    apply_style()
    shares = frame.set_index("label")[PARTS].div(frame.set_index("label")["total"].where(lambda t: t > 0), axis=0).fillna(0)
    height = max(2.2, 0.55 * len(shares) + 1.6)
    fig, ax = plt.subplots(figsize=(7.5, height))
    left = pd.Series(0.0, index=shares.index)
    colors = dict(zip(PARTS, [SEQUENCE[3], SEQUENCE[1], SEQUENCE[4], SEQUENCE[0], SEQUENCE[2], "#999999"]))
    ax.set_xlim(0, 1)
    labels = []
    for part in PARTS:
        ax.barh(shares.index, shares[part], left=left, color=colors[part], height=0.6, label=LABELS[part])
        for row, (value, start) in enumerate(zip(shares[part], left)):
            if value >= 0.03:
                text = ax.text(start + value / 2, row, f"{LABELS[part]}\n{value:.0%}", ha="center", va="center",
                               fontsize=8, color="white" if part in ("body", "boilerplate", "headline") else "black")
                labels.append((text, value, part))
        left = left + shares[part]
    _fit_labels(fig, ax, labels)
    ax.xaxis.set_major_formatter(lambda x, _: f"{x:.0%}")
    ax.invert_yaxis()
    ax.set_xlabel("Share of the article's words")
    ax.legend(ncols=6, loc="lower left", bbox_to_anchor=(0, 1.0), fontsize=8, handlelength=1)
    total = frame["total"].sum()
    story = frame[["headline", "dek", "captions", "body"]].sum().sum()
    share = story / total if total else 0
    n = len(frame)
    # (a share that rounds to 100% without being all of it says so: "100%" beside a boilerplate segment misreads)
    said = "over 99%" if 0.995 <= share < 1 else f"{share:.0%}"
    title = (f"The story itself is {said} of the words on the page" if n == 1 else
             f"Across {n} articles, the story itself is {said} of the words")
    subtitle = (f"Words per part of {'the article' if n == 1 else f'each of {n} articles'}: "
                "headline, dek, captions, body, byline, boilerplate")
    frame_fig(fig, title, subtitle, source)
    finding = (f"Across {n} article{'s' if n != 1 else ''}, headline, dek, captions and body make up {said} of "
               f"{total:,} words; bylines and boilerplate the rest.")
    alt = (f"Stacked horizontal bars, one per article, showing the share of words in each part. "
           f"The body dominates; the story parts are {said} of all words.")
    return fig, title, finding, alt


def _fit_labels(fig, ax, labels) -> None:
    """Keep a segment's label only where it fits inside the segment: "Headline 7%" where there is room, the share
    alone where only that fits, nothing where not even that does (the legend names every colour)."""
    renderer = fig.canvas.get_renderer()
    unit = ax.transData.transform((1, 0))[0] - ax.transData.transform((0, 0))[0]  # pixels per share of 100%
    for text, value, part in labels:
        room = value * unit - 4  # a little air at both ends
        if text.get_window_extent(renderer).width > room:
            text.set_text(f"{value:.0%}")
            if text.get_window_extent(renderer).width > room:
                text.remove()


def parts_table(article) -> pd.DataFrame:
    """What the loader separated, one row per piece: DataFrame[part, n, words, text] (text shortened to 100 chars)."""
    rows = []

    def add(part: str, texts) -> None:
        for n, text in enumerate(texts):
            if text:
                short = text if len(text) <= 100 else text[:99] + "…"
                rows.append({"part": part, "n": n, "words": len(text.split()), "text": short})

    add("headline", [article.headline])
    add("dek", [article.dek])
    add("caption", article.captions)
    add("photo credit", article.photo_credits)
    add("dateline", [article.dateline])
    add("body", article.paragraphs)
    add("byline", article.byline.split("\n"))
    add("boilerplate", article.boilerplate)
    return pd.DataFrame(rows, columns=["part", "n", "words", "text"])
