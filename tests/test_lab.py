"""JupyterLab, used the way a person uses it: start it, open a notebook, Run All, read the outputs, stop it.

The server runs on this environment's Python on a free localhost port with a token, news and update checks off, its
settings, workspaces and runtime files in a temporary folder, on a copy of the notebook (Lab autosaves), and with
``ANALYSIS_FIGURES_STAGING`` pointing figures at a temporary folder, so the test writes nothing into the project.
The server is stopped through its API and then, if need be, by its own process id.
"""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

from analysis.figures import STAGING_ENV
from browser_support import PageWatch, chromium_page
from conftest import ROOT

#: The notebook the test runs: the timeline when it exists, else the corpus notebook.
NOTEBOOK = next(p for p in (ROOT / "notebooks" / "02_timeline.ipynb", ROOT / "notebooks" / "01_corpus.ipynb")
                if p.exists())
#: Generous bounds on waiting for a server or a kernel; a slow machine waits longer, it does not fail sooner.
START_SECONDS, RUN_SECONDS = 120, int(os.environ.get("LAB_TEST_SECONDS", 600))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, token: str) -> int:
    request = urllib.request.Request(url, headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(request, timeout=5) as response:
        return response.status


def _stop(server: subprocess.Popen, base: str, token: str) -> None:
    """Ask the server to shut down (it stops its kernels); then its own process id, terminate, then kill."""
    if server.poll() is None:
        try:
            request = urllib.request.Request(f"{base}/api/shutdown", method="POST",
                                             headers={"Authorization": f"token {token}"})
            urllib.request.urlopen(request, timeout=10).close()
        except OSError:
            pass
    for sig in (None, signal.SIGTERM, signal.SIGKILL):
        if sig is not None and server.poll() is None:
            os.kill(server.pid, sig)
        try:
            server.wait(timeout=30)
            return
        except subprocess.TimeoutExpired:
            continue


@pytest.fixture
def lab(tmp_path):
    """A running JupyterLab on a copy of the notebooks folder: yields (base url, token, staging folder, server)."""
    root, home, staged = tmp_path / "project", tmp_path / "jupyter", tmp_path / "figures"
    (root / "notebooks").mkdir(parents=True)
    shutil.copy2(NOTEBOOK, root / "notebooks" / NOTEBOOK.name)
    for folder in ("config", "data", "runtime", "settings", "workspaces"):
        (home / folder).mkdir(parents=True)
    staged.mkdir()
    # every cell in the page, not only those scrolled into view, so the test can read them all
    tracker = home / "settings" / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings"
    tracker.parent.mkdir(parents=True)
    tracker.write_text(json.dumps({"windowingMode": "none"}))
    # no news, no update check, no "would you like news?" question (the server side is off too, below)
    notification = home / "settings" / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    notification.parent.mkdir(parents=True)
    notification.write_text(json.dumps({"fetchNews": "false", "checkForUpdates": False}))
    (home / "config" / "jupyter_lab_config.json").write_text(json.dumps({
        "LabApp": {"news_url": None, "check_for_updates_class": "jupyterlab.NeverCheckForUpdate"}}))
    port, token = _free_port(), uuid.uuid4().hex
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(home / "config"), "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
           "JUPYTERLAB_SETTINGS_DIR": str(home / "settings"), "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"),
           "IPYTHONDIR": str(home / "ipython"), STAGING_ENV: str(staged)}
    command = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
               "--port-retries=0", f"--ServerApp.root_dir={root}", f"--IdentityProvider.token={token}",
               "--ServerApp.disable_check_xsrf=False"]
    if os.geteuid() == 0:
        command.append("--allow-root")
    log = (tmp_path / "lab.log").open("w")
    server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=root)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_SECONDS
        while True:
            assert server.poll() is None, f"jupyter lab exited:\n{(tmp_path / 'lab.log').read_text()[-3000:]}"
            try:
                if _get(f"{base}/api/status", token) == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, f"jupyter lab did not answer:\n{(tmp_path / 'lab.log').read_text()[-3000:]}"
            time.sleep(0.5)
        yield base, token, staged, server
    finally:
        _stop(server, base, token)
        log.close()
    assert server.returncode is not None, "the JupyterLab server is still running"


def _menu(page, menu: str, command: str) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text=menu).first.click()
    page.locator(f".lm-Menu-item[data-command='{command}']").click()


def test_lab_runs_a_notebook_end_to_end(lab):
    base, token, staged, server = lab
    with chromium_page(width=1400, height=1000) as page:
        watch = PageWatch(page, allowed=(base,))
        page.set_default_timeout(RUN_SECONDS * 1000)
        page.goto(f"{base}/lab/tree/notebooks/{NOTEBOOK.name}?token={token}")
        # the notebook is open and its kernel is up
        cells = sum(c["cell_type"] == "code" for c in json.loads(NOTEBOOK.read_text())["cells"])
        page.wait_for_function(f"() => document.querySelectorAll('.jp-NotebookPanel .jp-CodeCell').length == {cells}")
        page.wait_for_selector(".jp-NotebookPanel .jp-Notebook-ExecutionIndicator[data-status='idle']")
        # Edit > Clear Outputs of All Cells, then Run > Run All Cells, as a person would
        _menu(page, "Edit", "editmenu:clear-all")
        page.wait_for_function(
            "() => document.querySelectorAll('.jp-NotebookPanel .jp-OutputArea-output').length == 0")
        _menu(page, "Run", "runmenu:run-all")
        # every code cell gets an execution count, and the kernel goes back to idle
        page.wait_for_function(
            """() => { const prompts = [...document.querySelectorAll('.jp-NotebookPanel .jp-CodeCell .jp-InputPrompt')];
                       return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent)); }""")
        page.wait_for_selector(".jp-NotebookPanel .jp-Notebook-ExecutionIndicator[data-status='idle']")
        errors = page.locator(".jp-NotebookPanel [data-mime-type='application/vnd.jupyter.error']")
        assert errors.count() == 0, errors.first.inner_text()
        counts = page.eval_on_selector_all(".jp-NotebookPanel .jp-CodeCell .jp-InputPrompt",
                                           "ps => ps.map(p => p.textContent.trim())")
        assert counts == [f"[{n}]:" for n in range(1, cells + 1)], counts
        # the figure appears in the notebook, loaded, and was written (to the staging folder, not the project)
        images = page.eval_on_selector_all(".jp-NotebookPanel .jp-OutputArea-output img",
                                           "imgs => imgs.map(i => i.complete && i.naturalWidth)")
        assert images and all(images), images
        assert list(staged.glob("*.png")) and list(staged.glob("*.json")), list(staged.iterdir())
        tables = page.locator(".jp-NotebookPanel .jp-OutputArea-output table").count()
        assert tables >= 1
        page.screenshot(path=str(staged.parent / "lab.png"))
        print(f"JupyterLab screenshot: {staged.parent / 'lab.png'}")
        assert not watch.page_errors, watch.page_errors
        assert not watch.remote_requests, watch.remote_requests
    assert server.poll() is None  # still ours to stop: the fixture shuts it down by its process id
