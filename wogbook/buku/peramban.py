"""Headless Chromium for the PDF handout, the benchmark and the tests: one set of settings.

Debian's ``chromium`` package (``/usr/bin/chromium``, or ``WOG_CHROMIUM``) driven by
Playwright for Python with ``executable_path``: no browser is ever downloaded. The
flags keep Chromium from reaching any other host on its own.
"""
from __future__ import annotations

import os

CHROMIUM = os.environ.get("WOG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def launch(playwright):
    """A Chromium browser from a running ``sync_playwright()``; a clear error if missing."""
    if not os.path.exists(CHROMIUM):
        raise SystemExit(f"Chromium tidak ditemukan di {CHROMIUM}: pasang paket Debian "
                         "'chromium' (make chromium) atau set WOG_CHROMIUM.")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
