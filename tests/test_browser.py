"""The published gallery, opened the way a reader opens it: from disk, in headless Chromium.

Every image loads, every link leads to a file, nothing is fetched from the network, the console stays quiet, and the
rendered notebook pages it links to work offline too. Article text with markup in it shows as text.
"""
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

import matplotlib.pyplot as plt
import pytest

import analysis
from analysis import figures
from analysis.gallery import write_gallery
from browser_support import PageWatch, chromium_page, chromium_path
from conftest import ROOT

GALLERY = ROOT / "figures" / "index.html"

IMAGES = """() => [...document.images].map(i => ({src: i.currentSrc || i.src, complete: i.complete,
                                              width: i.naturalWidth, alt: i.getAttribute('alt')}))"""
LINKS = "() => [...document.querySelectorAll('a[href]')].map(a => a.href)"


def _path(url: str) -> Path:
    return Path(url2pathname(urlparse(url).path))


def _load(page, path: Path, watch: PageWatch) -> None:
    page.goto(path.as_uri(), wait_until="load")
    page.wait_for_load_state("networkidle")
    # every image has finished decoding (or failed) before we look at it
    page.wait_for_function("() => [...document.images].every(i => i.complete)")


def test_gallery_opens_from_disk_with_every_image_and_link(tmp_path):
    assert GALLERY.is_file(), "figures/index.html is missing: run `make figures`"
    with chromium_page() as page:
        watch = PageWatch(page)
        _load(page, GALLERY, watch)
        images = page.evaluate(IMAGES)
        assert images, "the gallery shows no figure"
        broken = [i["src"] for i in images if not (i["complete"] and i["width"] > 0)]
        assert not broken, f"images that did not load: {broken}"
        assert all((i["alt"] or "").strip() for i in images), "every figure needs alt text"
        links = page.evaluate(LINKS)
        assert links and all(link.startswith("file:") for link in links), links
        missing = [link for link in links if not _path(link).is_file()]
        assert not missing, f"links to files that do not exist: {missing}"
        kinds = {_path(link).suffix for link in links}
        assert {".png", ".svg", ".html"} <= kinds, kinds
        # readable at 600 px wide: nothing wider than the window, charts scaled down to fit
        page.set_viewport_size({"width": 600, "height": 900})
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 600
        assert all(w <= 600 for w in page.eval_on_selector_all("figure img", "imgs => imgs.map(i => i.width)"))
        screenshot = tmp_path / "gallery.png"
        page.screenshot(path=str(screenshot), full_page=True)
        assert screenshot.stat().st_size > 10_000
        print(f"gallery screenshot: {screenshot}")
        assert not watch.problems(), watch.problems()

        # the rendered notebooks it links to: offline, quiet, images loaded and described
        for html in sorted({_path(link) for link in links if link.endswith(".html")}):
            watch = PageWatch(page)
            _load(page, html, watch)
            images = page.evaluate(IMAGES)
            assert images and all(i["complete"] and i["width"] > 0 for i in images), (html.name, images)
            assert not watch.problems(), (html.name, watch.problems())
            assert page.evaluate("() => document.querySelectorAll('script[src]').length") == 0, html.name


def test_headline_with_markup_appears_as_text(tmp_path):
    """A headline (and outlet) holding <script> and <b> reach the gallery as text: no script runs, no tag is made."""
    headline = 'Officials <script>window.pwned = 1</script> deny & "confirm" strike'
    article = analysis.load_article(
        f"{headline}\n\nBy Jane Roe\n\nWASHINGTON — Officials said on Tuesday that the strike happened. "
        "\"It did not,\" a spokesman said.\n\nMore reporting followed.",
        id="markup", outlet="The <b>Daily</b> Test", published="2021-03-04T10:00:00Z")
    assert article.headline == headline
    fig, ax = plt.subplots()
    ax.barh(["claims", "denials"], [3, 1])
    source = figures.source_line(article)
    figures.save_figure(fig, "09_markup_claims", tmp_path, title=article.headline, finding=f"{article.headline} <i>x</i>",
                        alt="Two bars <img src=x onerror=window.pwned=2>", source=source,
                        parameters={"article_id": "<script>"})
    write_gallery(tmp_path)
    html = (tmp_path / "index.html").read_text()
    assert "<script" not in html and "<b>" not in html and "<img src=x" not in html
    with chromium_page() as page:
        watch = PageWatch(page)
        _load(page, tmp_path / "index.html", watch)
        assert page.evaluate("() => window.pwned") is None
        assert page.evaluate("() => document.scripts.length") == 0
        assert page.evaluate("() => document.querySelectorAll('b, i, figure img').length") == 1  # only the chart
        assert page.inner_text("figure h2") == headline
        assert "The <b>Daily</b> Test" in page.inner_text("figure .source")
        assert headline in page.inner_text("figure .source")
        assert "<img src=x" in page.get_attribute("figure img", "alt")
        assert "article_id='<script>'" in page.inner_text("figure .params")
        assert not watch.problems(), watch.problems()


def test_missing_chromium_fails_saying_how_to_install_it(tmp_path):
    with pytest.raises(pytest.fail.Exception) as info:
        chromium_path([None, str(tmp_path / "no-chromium-here")])
    assert "apt-get install -y chromium" in str(info.value) and "CHROMIUM=" in str(info.value)
