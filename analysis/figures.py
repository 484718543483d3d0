"""The house style and the one helper that saves every figure.

``save_figure`` writes PNG (web) and SVG (print) with byte-identical output on every run (Agg backend, fixed
``svg.hashsalt``, no dates or software versions in metadata), each written to a temporary name and renamed so a failed
run never leaves half a figure, plus a JSON sidecar (title, finding, alt text, source line, parameters) that the
gallery page reads.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

STYLE = Path(__file__).parent / "data" / "house.mplstyle"
#: Set by ``analysis.render`` while it runs a notebook: figures go to this folder first and are published (renamed
#: into the notebook's ``output_dir``) only when the whole notebook has run, so a killed render changes nothing.
STAGING_ENV = "ANALYSIS_FIGURES_STAGING"
#: Okabe-Ito colour-blind-safe palette, by role.
PALETTE = {
    "blue": "#0072B2", "orange": "#E69F00", "green": "#009E73", "vermillion": "#D55E00",
    "purple": "#CC79A7", "sky": "#56B4E9", "yellow": "#F0E442", "black": "#000000", "grey": "#999999",
}
SEQUENCE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]


def apply_style() -> None:
    """Use the house style for every chart that follows."""
    plt.style.use(str(STYLE))
    matplotlib.rcParams["svg.hashsalt"] = "analysis-house-style"


def frame(fig, title: str, subtitle: str = "", source: str = "") -> None:
    """Title stating the finding and a subtitle above everything drawn so far, a source line below it; left-aligned.
    Each is wrapped at word boundaries to the width of the figure (or of what is drawn, where that is wider): a
    long title ran off the right edge, and the saved image grew to hold it, which shrank the chart in a page."""
    from matplotlib.transforms import offset_copy

    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    box = fig.get_tightbbox(renderer)
    top, bottom = box.y1 / fig.get_figheight(), box.y0 / fig.get_figheight()
    left = box.x0 / fig.get_figwidth()
    width = (max(box.x1, fig.get_figwidth()) - box.x0) * fig.dpi  # pixels from the left edge of the text
    if subtitle:
        shown = fig.text(left, top, subtitle, ha="left", va="bottom", fontsize=10, color="#444444",
                         transform=offset_copy(fig.transFigure, fig=fig, y=6, units="points"))
        subtitle = _fit_width(shown, width, renderer)
    lines = subtitle.count("\n") + 1 if subtitle else 0
    shown = fig.text(left, top, title, ha="left", va="bottom", fontsize=13, fontweight="bold",
                     transform=offset_copy(fig.transFigure, fig=fig, y=10 + 14 * lines, units="points"))
    _fit_width(shown, width, renderer)
    if source:
        shown = fig.text(left, bottom, source, ha="left", va="top", fontsize=8.5, color="#666666",
                         transform=offset_copy(fig.transFigure, fig=fig, y=-6, units="points"))
        _fit_width(shown, width, renderer)


def _fit_width(text, width: float, renderer) -> str:
    """Wrap a text artist's lines at word boundaries until it is at most ``width`` pixels wide, in lines of even
    length (no word left alone on the last line); returns the text."""
    import math
    import textwrap

    content = text.get_text()
    measured = text.get_window_extent(renderer).width
    if measured <= width:
        return content
    lines = content.split("\n")
    longest = max(lines, key=len)
    for parts in range(math.ceil(measured / width), len(longest) // 10 + 1):
        chars = math.ceil(len(longest) / parts)  # the narrowest wrap that keeps the longest line in ``parts`` lines
        while len(textwrap.wrap(longest, chars, break_long_words=False)) > parts:
            chars += 1
        wrapped = "\n".join(textwrap.fill(line, chars, break_long_words=False) for line in lines)
        text.set_text(wrapped)
        if text.get_window_extent(renderer).width <= width:
            break
    return text.get_text()


def source_line(article=None, corpus=None) -> str:
    """"Source: <headline>, <outlet>, <date>" for one article, or the count of articles for a corpus."""
    if article is not None:
        bits = [f"“{article.headline}”" if article.headline else article.id, article.outlet or ""]
        if article.published is not None:
            bits.append(article.published.strftime("%-d %B %Y"))
        return "Source: " + ", ".join(b for b in bits if b)
    if corpus is not None:
        return f"Source: {len(corpus)} article{'s' if len(corpus) != 1 else ''} in {corpus.path}"
    return ""


def _file_mode() -> int:
    """The mode a plain ``open()`` would give a new file (0o666 less the umask); ``mkstemp`` gives 0o600."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


_FILE_MODE = _file_mode()


def _atomic_write(path: Path, write) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, _FILE_MODE)  # published files are read by a web server and by other people
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_text(path: str | os.PathLike, text: str) -> None:
    """Write a text file atomically (temporary name, then rename)."""
    _atomic_write(Path(path), lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))


class SavedFigure:
    """What ``save_figure`` returns: shows itself in a notebook as the saved PNG or SVG, byte for byte."""

    def __init__(self, png: Path, svg: Path, fmt: str, alt: str):
        self.png, self.svg, self.format, self.alt = png, svg, fmt, alt

    def _repr_png_(self):
        return self.png.read_bytes() if self.format == "png" else None

    def _repr_svg_(self):
        return self.svg.read_text(encoding="utf-8") if self.format == "svg" else None

    def _repr_mimebundle_(self, include=None, exclude=None):
        """The saved image with its alt text as output metadata (the rendered HTML page puts it on the ``<img>``)."""
        mime = "image/png" if self.format == "png" else "image/svg+xml"
        data = self._repr_png_() if self.format == "png" else self._repr_svg_()
        return {mime: data}, {mime: {"alt": self.alt}}

    def __repr__(self) -> str:
        return f"Figure saved: {self.png.name}, {self.svg.name}"


def output_folder(output_dir: str | os.PathLike) -> Path:
    """Where a notebook's published files go right now: ``output_dir``, or the staging folder while
    ``analysis.render`` runs it (published by renaming once the notebook has run to the end). Use it for any file a
    notebook publishes besides figures, and write it with ``write_text``."""
    return Path(os.environ.get(STAGING_ENV) or output_dir)


def save_figure(fig, name: str, output_dir: str | os.PathLike, *, title: str, finding: str, alt: str,
                source: str = "", parameters: dict[str, Any] | None = None, fmt: str = "png") -> SavedFigure:
    """Save ``fig`` as ``<output_dir>/<name>.png`` and ``.svg`` (deterministic bytes) with a ``.json`` sidecar for
    the gallery (title, finding, alt text, source line, parameters). Closes the figure; returns a displayable object."""
    out = output_folder(output_dir)
    png, svg, meta = out / f"{name}.png", out / f"{name}.svg", out / f"{name}.json"
    with matplotlib.rc_context({"svg.hashsalt": "analysis-house-style"}):
        _atomic_write(png, lambda tmp: fig.savefig(tmp, format="png", metadata={"Software": None}))
        _atomic_write(svg, lambda tmp: fig.savefig(tmp, format="svg", metadata={"Date": None, "Creator": None}))
    plt.close(fig)
    sidecar = {"name": name, "title": title, "finding": finding, "alt": alt, "source": source,
               "parameters": parameters or {}, "png": png.name, "svg": svg.name}
    write_text(meta, json.dumps(sidecar, indent=2, sort_keys=True, ensure_ascii=False, default=str) + "\n")
    return SavedFigure(png, svg, fmt, alt)
