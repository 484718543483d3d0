"""``figures/index.html``: the gallery of published figures, built from the figures' JSON sidecars.

For each figure: its title, the one-sentence finding, alt text, the source line, the parameters it was made with, and
links to the PNG, the SVG and the rendered notebook. Every piece of text is HTML-escaped (article text is data, never
markup). No script or style is fetched from the web; the page works from disk.
"""
from __future__ import annotations

import json
from html import escape
from pathlib import Path
from urllib.parse import quote

from .figures import write_text

STYLE = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;max-width:980px;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}
h1{font-size:1.7rem;margin-bottom:.2rem} .lede{color:#555;margin-top:0}
figure{margin:2.2rem 0;padding-bottom:1.5rem;border-bottom:1px solid #ddd}
figure img{max-width:100%;height:auto;border:1px solid #eee}
figcaption h2{font-size:1.15rem;margin:.6rem 0 .2rem} .finding{font-weight:600;margin:.2rem 0}
.source,.params{color:#555;font-size:.9rem;margin:.2rem 0} .links a{margin-right:1rem}
code{background:#f4f4f4;padding:0 .25rem;border-radius:3px}
"""


def _page_of(name: str, pages: dict[str, str]) -> str | None:
    """The rendered notebook a figure comes from: the longest page name its name starts with (``01_corpus_anatomy``
    -> ``01_corpus.html``), else the page with the same number (``01_``)."""
    matches = [stem for stem in pages if name == stem or name.startswith(stem + "_")]
    if not matches:
        number = name.split("_", 1)[0]
        matches = [stem for stem in pages if number.isdigit() and stem.split("_", 1)[0] == number]
    return pages[max(matches, key=len)] if matches else None


def _href(file_name: str) -> str:
    """A link to a file beside the page: percent-encoded, then HTML-escaped."""
    return escape(quote(Path(file_name).name))


def write_gallery(folder: Path, results=None) -> Path:
    """Write ``index.html`` in ``folder`` from every ``*.json`` figure sidecar there. Returns its path."""
    folder = Path(folder)
    pages = {p.stem: p.name for p in folder.glob("*.html") if p.name != "index.html"}
    items = []
    for sidecar in sorted(folder.glob("*.json")):
        try:
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        if not isinstance(meta, dict) or "png" not in meta:
            continue
        name = str(meta.get("name", sidecar.stem))
        params = ", ".join(f"{escape(str(k))}={escape(repr(v))}" for k, v in sorted((meta.get("parameters") or {}).items()))
        links = [f'<a href="{_href(meta["png"])}">PNG</a>']
        if meta.get("svg"):
            links.append(f'<a href="{_href(meta["svg"])}">SVG</a>')
        page = _page_of(name, pages)
        if page:
            links.append(f'<a href="{_href(page)}">Notebook</a>')
        items.append(
            f'<figure id="{escape(name)}">\n'
            f'<img src="{_href(meta["png"])}" alt="{escape(str(meta.get("alt", "")))}">\n'
            "<figcaption>\n"
            f"<h2>{escape(str(meta.get('title', '')))}</h2>\n"
            f"<p class=\"finding\">{escape(str(meta.get('finding', '')))}</p>\n"
            f"<p class=\"alt\"><strong>Alt text:</strong> {escape(str(meta.get('alt', '')))}</p>\n"
            f"<p class=\"source\">{escape(str(meta.get('source', '')))}</p>\n"
            f"<p class=\"params\">Parameters: <code>{params}</code></p>\n"
            f"<p class=\"links\">{' '.join(links)}</p>\n"
            "</figcaption>\n</figure>"
        )
    html = (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>Story analysis: figures</title>\n"
        f"<style>{STYLE}</style>\n</head>\n<body>\n"
        "<h1>Story analysis: figures</h1>\n"
        f"<p class=\"lede\">{len(items)} figure(s), rendered from the notebooks; each lists the parameters it was made with.</p>\n"
        + "\n".join(items) + "\n</body>\n</html>\n"
    )
    path = folder / "index.html"
    write_text(path, html)
    return path
