"""Publishing: the gallery page, the end-of-render report, and a render killed half-way that changes nothing."""
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import matplotlib.pyplot as plt

from analysis import figures, render
from analysis.gallery import write_gallery
from conftest import ROOT

#: Generous bound on waiting for a render to reach its first figure; never a timed assertion on speed.
WAIT_SECONDS = 600


class Outline(HTMLParser):
    """Tags, attributes and text of a page, to read the gallery the way a browser parses it."""

    def __init__(self, html: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def attrs(self, tag: str, name: str) -> list[str]:
        return [a[name] for t, a in self.tags if t == tag and name in a]


def _figure(folder: Path, name: str, **meta) -> None:
    fig, ax = plt.subplots()
    ax.plot([0, 1], [1, 0])
    meta = {"title": "A title", "finding": "A finding.", "alt": "A line falling.", "source": "Source: test",
            "parameters": {"article_id": "a1"}, **meta}
    figures.save_figure(fig, name, folder, **meta)


def test_gallery_lists_every_field_and_links(tmp_path):
    _figure(tmp_path, "01_corpus_anatomy", title="The story is 96% of the page", finding="Bylines are the rest.",
            alt="Stacked bars, one per article.", source="Source: “Troops leave”, The Daily, 4 March 2021",
            parameters={"article_id": "a1", "corpus_dir": "seeds"})
    _figure(tmp_path, "02_timeline_gap", title="Two days between vote and denial")
    (tmp_path / "01_corpus.html").write_text("<html></html>")
    (tmp_path / "02_timeline.html").write_text("<html></html>")
    first = write_gallery(tmp_path).read_bytes()
    assert write_gallery(tmp_path).read_bytes() == first  # same sidecars, same bytes
    page = Outline(first.decode())
    text = " ".join(page.text)
    for piece in ("The story is 96% of the page", "Bylines are the rest.", "Stacked bars, one per article.",
                  "Source: “Troops leave”, The Daily, 4 March 2021", "article_id='a1'", "corpus_dir='seeds'",
                  "Two days between vote and denial"):
        assert piece in text, piece
    assert page.attrs("img", "src") == ["01_corpus_anatomy.png", "02_timeline_gap.png"]
    assert page.attrs("img", "alt") == ["Stacked bars, one per article.", "A line falling."]
    assert page.attrs("a", "href") == ["01_corpus_anatomy.png", "01_corpus_anatomy.svg", "01_corpus.html",
                                       "02_timeline_gap.png", "02_timeline_gap.svg", "02_timeline.html"]
    assert not [t for t, a in page.tags if t in ("script", "link")]


def test_gallery_escapes_article_text(tmp_path):
    _figure(tmp_path, "05_claims_arc", title='Troops <script>alert("x")</script> leave & stay',
            finding="<b>bold</b> claim", alt='bars" onerror="alert(1)', source="Source: <i>Outlet</i>",
            parameters={"article_id": "<img src=x>"})
    html = write_gallery(tmp_path).read_text()
    page = Outline(html)
    assert [t for t, _ in page.tags].count("script") == 0
    assert {t for t, _ in page.tags} & {"b", "i"} == set() and [t for t, _ in page.tags].count("img") == 1
    assert 'Troops <script>alert("x")</script> leave & stay' in page.text
    assert page.attrs("img", "alt") == ['bars" onerror="alert(1)']
    assert "&lt;script&gt;" in html and "onerror=&quot;" in html


def test_report_names_the_notebook_cell_and_error(tmp_path):
    results = render.render(["01_corpus"], {"article_id": "no_such_article"}, output_dir=str(tmp_path / "r"),
                            progress=False)
    [result] = results
    assert not result.ok and result.notebook == "01_corpus"
    assert result.error.startswith("ParameterError: parameter 'article_id': no article 'no_such_article'")
    # the validation cell: the third cell of the notebook a person opens (papermill's injected cell not counted)
    assert result.cell_index == 3 and result.source == "import analysis" and result.cell == 3
    assert Path(result.saved).is_file() and "no_such_article" in Path(result.saved).read_text()
    report = render.report(results)
    assert "FAILED 01_corpus" in report and "cell 3 (In [3]) `import analysis`: ParameterError" in report
    assert report.splitlines()[-1] == "0 of 1 notebook(s) rendered; FAILED: 01_corpus"
    assert not (tmp_path / "r").exists()  # nothing of a failed notebook is published, not even an empty gallery


def test_a_kernel_is_shut_down_without_an_interrupt():
    # jupyter_client interrupts every kernel it shuts down; an idle kernel logs "ERROR | KeyboardInterrupt caught in
    # kernel", which a render that went well printed for one notebook in two
    import asyncio
    import tempfile

    sent = []

    async def start_and_stop(folder):
        render.LocalKernelManager.socket_dir = folder
        manager = render.LocalKernelManager(kernel_name=render.KERNEL)
        await manager.start_kernel()
        signal_kernel = manager._async_signal_kernel

        async def spy(signum):
            sent.append(signum)
            await signal_kernel(signum)

        manager._async_signal_kernel = spy
        await manager.shutdown_kernel()
        return manager

    with tempfile.TemporaryDirectory(prefix="analysis-kernel-") as folder:
        try:
            manager = asyncio.run(start_and_stop(folder))
        finally:
            render.LocalKernelManager.socket_dir = ""
    assert signal.SIGINT not in sent and not manager.has_kernel


def _snapshot(folder: Path) -> dict[str, str]:
    """Every entry under folder (hidden ones too) with the hash of its bytes."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
            for p in sorted(folder.rglob("*"))}


def _processes_staging_into(folder: str) -> list[int]:
    """Process ids whose environment points figures at ``folder`` (kernels of a killed render)."""
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if f"{figures.STAGING_ENV}={folder}".encode() in (proc / "environ").read_bytes():
                    found.append(int(proc.name))
            except OSError:
                continue
    return found


def test_killed_render_leaves_published_folder_as_it_was(tmp_path):
    published = tmp_path / "published"
    command = [sys.executable, "-m", "analysis", "render", "--notebook", "01_corpus", "--output-dir", str(published),
               "--no-progress"]
    first = subprocess.run(command + ["-p", "fig_format", "png"], cwd=ROOT, capture_output=True, text=True)
    assert first.returncode == 0, first.stdout + first.stderr
    (published / "01_corpus_retired.json").write_text(json.dumps({"name": "01_corpus_retired", "png": "01_corpus_retired.png"}))
    (published / "01_corpus_retired.png").write_bytes(b"old")
    (published / "99_other_chart.json").write_text(json.dumps({"name": "99_other_chart", "png": "99_other_chart.png"}))
    before = _snapshot(published)
    assert {"01_corpus_anatomy.png", "01_corpus_anatomy.svg", "01_corpus_anatomy.json", "01_corpus.html",
            "01_corpus.ipynb", "index.html"} <= set(before)

    # the same notebook with another parameter (its sidecar and page would change), killed once its figure is staged
    killed = subprocess.Popen(command + ["-p", "fig_format", "svg"], cwd=ROOT, start_new_session=True,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + WAIT_SECONDS
    staged = None
    while staged is None:
        staged = next(iter(render.STAGING.glob(f"{killed.pid}-*/01_corpus/01_corpus_anatomy.json")), None)
        assert killed.poll() is None, "the render ended before its figure was staged"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    os.killpg(killed.pid, signal.SIGKILL)
    killed.wait()
    stage = staged.parent.parent
    for pid in _processes_staging_into(str(stage / "01_corpus")):  # its kernel, orphaned by the kill
        os.kill(pid, signal.SIGKILL)
    assert json.loads(staged.read_text())["parameters"]["fig_format"] == "svg"  # the new figure was made...
    assert _snapshot(published) == before  # ...and none of it reached the published folder

    # a rerun finishes the job: publishes the new outputs, retires the notebook's old figure, clears the staging
    rerun = subprocess.run(command + ["-p", "fig_format", "svg"], cwd=ROOT, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert rerun.stdout.startswith("ok     01_corpus") and "1 of 1 notebook(s) rendered" in rerun.stdout
    meta = json.loads((published / "01_corpus_anatomy.json").read_text())
    assert meta["parameters"]["fig_format"] == "svg"
    after = _snapshot(published)
    assert "01_corpus_retired.json" not in after and "01_corpus_retired.png" not in after
    assert "99_other_chart.json" in after
    assert not [name for name in after if name.startswith(".")], after
    assert not stage.exists()
    assert "01_corpus_anatomy.png" in (published / "index.html").read_text()


def test_output_dir_without_parameters_is_the_one_the_sidecars_name(tmp_path):
    # `render --output-dir DIR` alone published into DIR figures whose sidecars (and gallery) said output_dir='figures'
    out = tmp_path / "published"
    [result] = render.render(["01_corpus"], None, output_dir=str(out), progress=False)
    assert result.ok, result.error
    meta = json.loads((out / "01_corpus_anatomy.json").read_text())
    assert meta["parameters"]["output_dir"] == str(out)
    assert f"output_dir=&#x27;{out}&#x27;" in (out / "index.html").read_text()
    assert not (out / "01_corpus.ipynb").exists()  # as before: the executed copy is kept for renders with -p


def test_each_notebook_gets_the_parameters_it_takes(tmp_path):
    # '-r proposition ...' for every notebook stopped the ones without it with an unknown-parameter error
    out = tmp_path / "r"
    results = render.render(["01_corpus", "05_claims"], {"proposition": "U.S. troops are leaving Iraq"},
                            output_dir=str(out), progress=False)
    assert [r.ok for r in results] == [True, True], [r.error for r in results]
    assert "proposition" not in json.loads((out / "01_corpus_anatomy.json").read_text())["parameters"]
    assert json.loads((out / "05_claims_arc.json").read_text())["parameters"]["proposition"] == (
        "U.S. troops are leaving Iraq")


def test_a_parameter_no_notebook_takes_stops_the_render_before_it_starts(tmp_path):
    import pytest

    from analysis import ParameterError

    with pytest.raises(ParameterError, match=r"unknown parameter\(s\) 'artcle_id'.*did you mean 'artcle_id' -> "
                                             r"'article_id'"):
        render.render(["01_corpus", "05_claims"], {"artcle_id": "x"}, output_dir=str(tmp_path / "r"), progress=False)
    assert not (tmp_path / "r").exists()


def test_one_notebook_takes_in_the_singular():
    import pytest

    from analysis import ParameterError

    with pytest.raises(ParameterError, match="the notebook 02_timeline takes article_id"):
        render.render(["02_timeline"], {"kinds": ["person"]}, progress=False)
