"""The book's partial plotly.js: only the trace types its figures use, Indonesian interface.

    python wogbook/buku/plotly/build.py      (make plotly; make book and make test run it)

The npm project ``plotly/`` beside this file pins ``plotly.js`` and ``esbuild`` exactly
(``package.json``, ``package-lock.json``); ``plotly/index.js`` registers the trace types
and the Indonesian locale. The build runs ``npm ci`` and esbuild into
``plotly/dist/plotly.min.js`` — made at build time, gitignored, never committed.

Its plotly.js must be the version of the installed plotly wheel's own bundle (the
``plotly.js vX.Y.Z`` header of ``plotly/package_data/plotly.min.js``): the figures are made
by that plotly. On a mismatch, or without npm, no partial bundle is made and the book
serves the wheel's full bundle instead (``choose`` says why).
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import plotly

NPM_PROJECT = Path(__file__).resolve().parent / "plotly"
ENTRY = NPM_PROJECT / "index.js"
PARTIAL_JS = NPM_PROJECT / "dist" / "plotly.min.js"
FULL_JS = Path(plotly.__file__).resolve().parent / "package_data" / "plotly.min.js"

_VERSION = re.compile(rb"plotly\.js v(\d+\.\d+\.\d+)")
_TRACE = re.compile(r"""require\(\s*["']plotly\.js/lib/(\w+)["']\s*\)""")
#: esbuild settings of the recipe (DESIGN.md): without the ``global`` define the page
#: throws "global is not defined". The one CSS file plotly.js requires is maplibre's, used
#: only by map traces: left out.
ESBUILD_ARGS = ["--bundle", "--minify", "--format=iife", "--global-name=Plotly",
                "--define:global=window", "--loader:.css=empty", "--log-level=warning"]


def version_of(js: Path) -> str | None:
    """The plotly.js version named in the header of the bundle ``js`` (None if none)."""
    try:
        with open(js, "rb") as f:
            found = _VERSION.search(f.read(1024))
    except OSError:
        return None
    return found.group(1).decode() if found else None


def pinned_version() -> str:
    """The plotly.js version that ``package.json`` pins."""
    manifest = json.loads((NPM_PROJECT / "package.json").read_text(encoding="utf-8"))
    return manifest["dependencies"]["plotly.js"]


def registered_traces() -> set[str]:
    """The trace types the partial bundle registers: scatter (in the core) and every
    ``require("plotly.js/lib/<type>")`` of ``index.js``."""
    required = set(_TRACE.findall(ENTRY.read_text(encoding="utf-8")))
    return {"scatter"} | (required - {"core"})


def choose() -> tuple[Path, str]:
    """The bundle the book serves, and why: the partial one if it was built from the
    wheel's plotly.js version, otherwise the wheel's full bundle."""
    wheel = version_of(FULL_JS)
    if not PARTIAL_JS.is_file():
        return FULL_JS, (f"bundel parsial {PARTIAL_JS} belum dibuat (make plotly): "
                         f"memakai plotly.js penuh v{wheel} dari paket plotly")
    partial = version_of(PARTIAL_JS)
    if partial != wheel:
        return FULL_JS, (f"bundel parsial berisi plotly.js v{partial}, paket plotly memakai "
                         f"v{wheel}: memakai plotly.js penuh v{wheel}")
    return PARTIAL_JS, (f"plotly.js parsial v{partial} ({', '.join(sorted(registered_traces()))};"
                        f" lokal id), {PARTIAL_JS.stat().st_size // 1024} KB")


def _say(text: str) -> None:
    print(f"[plotly.js] {text}", flush=True)


def npm_ci(project: Path) -> str | None:
    """``npm ci`` in the npm project ``project`` (its pinned lock file); None when done,
    else why not (in Indonesian)."""
    npm = shutil.which("npm")
    if npm is None:
        return "npm tidak ada (paket Debian nodejs dan npm)"
    run = subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
                         cwd=project, capture_output=True, text=True)
    if run.returncode != 0:
        return f"npm ci gagal:\n{run.stdout[-2000:]}{run.stderr[-2000:]}"
    return None


def esbuild(project: Path, entry: Path, out: Path, args: list[str]) -> str | None:
    """Bundle ``entry`` into ``out`` with the esbuild of ``project``; None when done, else
    why not. ``out`` is replaced only by a complete bundle."""
    out.parent.mkdir(parents=True, exist_ok=True)
    part = out.with_suffix(".tmp.js")
    run = subprocess.run([str(project / "node_modules" / ".bin" / "esbuild"), str(entry), *args,
                          f"--outfile={part}"], cwd=project, capture_output=True, text=True)
    if run.returncode != 0:
        part.unlink(missing_ok=True)
        return f"esbuild gagal:\n{run.stdout[-2000:]}{run.stderr[-2000:]}"
    os.replace(part, out)
    return None


def build() -> Path | None:
    """Make ``PARTIAL_JS``; None (and no partial bundle) if it cannot be the right one."""
    wheel, pinned = version_of(FULL_JS), pinned_version()
    if wheel != pinned:
        PARTIAL_JS.unlink(missing_ok=True)
        _say(f"package.json mematok plotly.js {pinned}, paket plotly memakai v{wheel}: "
             f"bundel parsial ditolak, buku memakai plotly.js penuh. Samakan versi di "
             f"{NPM_PROJECT / 'package.json'} lalu jalankan npm install di sana.")
        return None
    failed = npm_ci(NPM_PROJECT)
    installed = NPM_PROJECT / "node_modules" / "plotly.js" / "package.json"
    if failed or not installed.is_file():
        PARTIAL_JS.unlink(missing_ok=True)
        _say(f"{failed or 'npm ci tidak memasang plotly.js'}: buku memakai plotly.js penuh.")
        return None
    got = json.loads(installed.read_text(encoding="utf-8"))["version"]
    if got != wheel:
        PARTIAL_JS.unlink(missing_ok=True)
        _say(f"npm memasang plotly.js {got}, paket plotly memakai v{wheel}: bundel parsial "
             "ditolak, buku memakai plotly.js penuh.")
        return None
    traces = ", ".join(sorted(registered_traces()))
    banner = f"/*! plotly.js v{got} (partial: {traces}; locale id) | MIT License */"
    failed = esbuild(NPM_PROJECT, ENTRY, PARTIAL_JS, [*ESBUILD_ARGS, f"--banner:js={banner}"])
    if failed or version_of(PARTIAL_JS) != wheel:
        PARTIAL_JS.unlink(missing_ok=True)
        _say(f"{failed or 'bundel tanpa versi yang benar'}: buku memakai plotly.js penuh.")
        return None
    _say(f"{PARTIAL_JS} dibuat: v{got}, {traces}; lokal id; "
         f"{PARTIAL_JS.stat().st_size // 1024} KB")
    return PARTIAL_JS


def main() -> int:
    build()
    return 0  # the book builds either way; choose() says which bundle it serves

