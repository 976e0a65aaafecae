"""The book on the reader's device: readable with no connection after one visit, installable.

    python wogbook/buku/sw/build.py        build the scripts (make luring)
    python wogbook/buku/sw/build.py SITE   write the worker into a built site (the book's
                                           build and scripts/cetak_pdf.py do this)

* The npm project ``sw/`` beside this file pins Workbox and esbuild (``package.json``,
  ``package-lock.json``). :func:`build` runs ``npm ci`` and esbuild into ``sw/dist/``:
  ``sw.js`` (the service worker: Workbox precaching) and ``wog-luring.js`` (the page's
  side: workbox-window, the reader's messages). Made at build time, never committed.
* :func:`write` puts the worker at the root of a built site, behind the list of every file
  a reader needs (:func:`files`: each page and whatever it loads, found by following the
  site's own links, with the hash of its content) and the build's version and size. A new
  build changes the list: the browser fetches only the changed files and deletes the rest.
* :func:`web_manifest` makes the site installable: Indonesian name, icons, theme colour.

Without npm the book is built as before, with no service worker (``make book`` says so).
Everything is addressed relative to the site's root, so the book works under any sub-path;
from ``file://`` or a host without HTTPS the page script simply does not register it.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

from . import bundle

NPM_PROJECT = Path(__file__).resolve().parent / "sw"
WORKER_JS = NPM_PROJECT / "dist" / "sw.js"
PAGE_JS = NPM_PROJECT / "dist" / "wog-luring.js"
ICONS = Path(__file__).resolve().parent / "static" / "ikon"
#: Workbox's development logging is left out as in its own production builds.
ESBUILD_ARGS = ["--bundle", "--minify", "--format=iife", "--target=es2019",
                "--define:process.env.NODE_ENV=\"production\"", "--log-level=warning"]
#: What a reader never needs offline: sources behind the download button, source maps,
#: Sphinx's inventory and build stamp, the worker itself.
SKIP = re.compile(r"^(_sources/|\.|objects\.inv$|sw\.js$)|\.map$")
#: Files loaded by name, not through a link of a page: plotly.js (wog-figures.js), the
#: reader's tools (wog-kerja.js) and the icons of the web app manifest.
LOADED_BY_NAME = ("_static/plotly.min.js", "_static/alat/*.js", "_static/ikon/*.png")
_LINK = re.compile(rb"""(?:src|href)\s*=\s*["']([^"'#?]+)""")
_CSS_URL = re.compile(rb"""(?:url\(\s*["']?|@import\s+["'])([^"')#?]+)""")
THEME_COLOR = "#0072B2"


def _say(text: str) -> None:
    print(f"[luring] {text}", flush=True)


def build() -> bool:
    """Make ``WORKER_JS`` and ``PAGE_JS``; False (and neither) if they cannot be made."""
    failed = bundle.npm_ci(NPM_PROJECT)
    for entry, out in ((NPM_PROJECT / "sw.js", WORKER_JS), (NPM_PROJECT / "halaman.js", PAGE_JS)):
        failed = failed or bundle.esbuild(NPM_PROJECT, entry, out, ESBUILD_ARGS)
    if failed:
        WORKER_JS.unlink(missing_ok=True)
        PAGE_JS.unlink(missing_ok=True)
        _say(f"{failed}: buku dibuat tanpa penyimpanan luring (service worker).")
        return False
    _say(f"{WORKER_JS.name} dan {PAGE_JS.name} dibuat di {WORKER_JS.parent}")
    return True


def ready() -> bool:
    """Both scripts are built (the book then registers its service worker)."""
    return WORKER_JS.is_file() and PAGE_JS.is_file()


def files(site: Path) -> list[Path]:
    """Every file of the built ``site`` a reader needs offline: each HTML page, whatever
    the pages and style sheets link to inside the site, and what scripts load by name."""
    site = site.resolve()
    todo = sorted(site.rglob("*.html"))
    for pattern in LOADED_BY_NAME:
        todo += sorted(site.glob(pattern))
    found: set[Path] = set()
    while todo:
        path = todo.pop()
        if path in found or not path.is_file() or SKIP.search(path.relative_to(site).as_posix()):
            continue
        found.add(path)
        pattern = {".html": _LINK, ".css": _CSS_URL}.get(path.suffix)
        if pattern is None:
            continue
        for ref in pattern.findall(path.read_bytes()):
            link = unquote(ref.decode("utf-8", "replace")).strip()
            if not link or urlsplit(link).scheme or link.startswith("//"):
                continue  # another site, data:, mailto: …: nothing to keep
            target = (path.parent / link).resolve()
            if target.is_relative_to(site):
                todo.append(target)
    return sorted(found)


def precache(site: Path) -> tuple[list[dict], int]:
    """The Workbox manifest (``url`` relative to the root, ``revision`` = hash of the
    content) and the bytes it keeps."""
    entries, size = [], 0
    for path in files(site):
        body = path.read_bytes()
        size += len(body)
        entries.append({"url": path.relative_to(site.resolve()).as_posix(),
                        "revision": hashlib.sha256(body).hexdigest()[:16]})
    return entries, size


def web_manifest(title: str) -> dict:
    """The web app manifest: the book opens full-screen from the home screen."""
    icons = [{"src": f"_static/ikon/{p.name}", "sizes": "{0}x{0}".format(p.stem.split("-")[-1]),
              "type": "image/png", "purpose": "maskable" if "maskable" in p.stem else "any"}
             for p in sorted(ICONS.glob("*.png"))]
    return {"name": title, "short_name": "Buku WoG", "lang": "id", "dir": "ltr",
            "description": "Modul Latsar CPNS Whole of Government, e-government dan "
                           "pemberantasan korupsi, sebagai buku interaktif yang dapat dibaca "
                           "tanpa sinyal.",
            "start_url": "./", "scope": "./", "display": "standalone",
            "theme_color": THEME_COLOR, "background_color": "#ffffff", "icons": icons}


def write(site: Path) -> dict | None:
    """Put the service worker at the root of ``site`` (after the PDF, so it is kept too);
    the build's ``{"versi", "ukuran", "berkas"}``, or None when the scripts are not built."""
    site = Path(site)
    target = site / "sw.js"
    if not WORKER_JS.is_file():
        target.unlink(missing_ok=True)
        return None
    entries, size = precache(site)
    version = hashlib.sha256(json.dumps(entries).encode()).hexdigest()[:8]
    info = {"versi": version, "ukuran": size, "berkas": len(entries)}
    target.write_text(f"self.__WB_MANIFEST={json.dumps(entries, separators=(',', ':'))};"
                      f"self.WOG_BUKU={json.dumps({'versi': version, 'ukuran': size})};\n"
                      + WORKER_JS.read_text(encoding="utf-8"), encoding="utf-8")
    return info


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        build()  # the book builds either way: without the scripts, with no worker
        return 0
    info = write(Path(argv[0]))
    if info is None:
        _say("skrip luring belum dibuat (make luring): tidak ada service worker.")
    else:
        _say(f"sw.js: {info['berkas']} berkas, {info['ukuran'] / 1e6:.1f} MB, versi "
             f"{info['versi']}")
    return 0


