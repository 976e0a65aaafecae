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


def require() -> None:
    """Stop with one Indonesian line (no traceback) if Chromium is not there to be run:
    called first by the commands that need it, before any long work."""
    if not os.path.exists(CHROMIUM):
        raise SystemExit(f"Chromium tidak ditemukan di {CHROMIUM}: pasang paket Debian "
                         "'chromium' (make chromium) atau set WOG_CHROMIUM ke letak Chromium.")
    if not os.path.isfile(CHROMIUM) or not os.access(CHROMIUM, os.X_OK):
        raise SystemExit(f"{CHROMIUM} bukan program Chromium yang dapat dijalankan: pasang paket "
                         "Debian 'chromium' (make chromium) atau set WOG_CHROMIUM ke letak "
                         "Chromium.")


def launch(playwright):
    """A Chromium browser from a running ``sync_playwright()``; one clear Indonesian line
    (SystemExit) if it is missing or does not start."""
    from playwright.sync_api import Error

    require()
    try:
        return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    except Error as err:
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise SystemExit(f"Chromium di {CHROMIUM} tidak dapat dijalankan ({first}); pasang "
                         "ulang paket Debian 'chromium' (make chromium) atau set WOG_CHROMIUM."
                         ) from None
