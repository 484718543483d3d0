"""Headless Chromium for the browser tests: Debian's ``chromium`` driven by Playwright (its own download fails here).

A missing browser is a failure with a message saying how to install it, never a silent skip: CI (``.ci/run``)
installs it, and a test that cannot run has not passed.
"""
from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path(candidates: list[str | None] | None = None) -> str:
    """Debian's chromium (``$CHROMIUM`` overrides); fails the test with the install command when it is missing."""
    if candidates is None:
        candidates = [os.environ.get("CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium"]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    pytest.fail("Chromium is not installed, so the browser tests cannot run. Install Debian's package "
                "(`apt-get install -y chromium`, as .ci/run does) or set CHROMIUM=/path/to/chromium.", pytrace=False)


@contextmanager
def chromium_page(width: int = 1100, height: int = 900):
    """A fresh page in headless Chromium; the browser is closed afterwards."""
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            yield page
        finally:
            browser.close()


class PageWatch:
    """Collects what a page complains about: console errors, uncaught exceptions, and requests that leave the disk
    (anything but ``file:``, ``data:`` and ``allowed`` prefixes, for pages that must work offline)."""

    def __init__(self, page, allowed: tuple[str, ...] = ()):
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.remote_requests: list[str] = []
        self.failed_requests: list[str] = []
        local = ("file:", "data:", "about:", "blob:") + tuple(allowed)
        page.on("console", lambda msg: self.console_errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))
        page.on("request", lambda request: None if request.url.startswith(local)
                else self.remote_requests.append(request.url))
        page.on("requestfailed", lambda request: self.failed_requests.append(request.url))

    def problems(self) -> dict[str, list[str]]:
        found = {"console errors": self.console_errors, "page errors": self.page_errors,
                 "requests to the network": self.remote_requests, "failed requests": self.failed_requests}
        return {k: v for k, v in found.items() if v}
