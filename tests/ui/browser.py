"""Playwright and Debian's chromium, when present. Without them the browser tests fail where ``CI`` is set
(the checks must run there) and are skipped elsewhere, each with a message that says what to install."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # the tests that need it fail or skip through unavailable(), before they call it
    expect: Any = None  # type: ignore[no-redef]
    sync_playwright: Any = None  # type: ignore[no-redef]

CHROMIUM = Path(os.environ.get("TACIT_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
INSTALL = "apt-get install -y chromium && .venv/bin/pip install playwright (no `playwright install`)"


def missing() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if sync_playwright is None:
        return "the Python package `playwright` is not installed"
    if not CHROMIUM.exists():
        return f"no chromium at {CHROMIUM} (TACIT_CHROMIUM names another)"
    return None


def require_browser() -> None:
    why = missing()
    if why is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run: {why}. CI is set, so they must; install: {INSTALL}", pytrace=False)
    pytest.skip(f"browser tests skipped: {why}; install: {INSTALL} (with CI set this is a failure)")
