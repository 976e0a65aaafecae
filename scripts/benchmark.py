"""Measure the book against the budgets of DESIGN.md and print a table.

    python scripts/benchmark.py            (or: make benchmark)

Measures: how fast this machine is (a fixed Python loop, and Lighthouse's CPU
benchmark index: the figures of a shared machine vary with it), cold full build
(fresh output folder, every notebook executed), a rebuild with nothing changed,
each page's own HTML (raw and gzip), what a first visit to a chapter transfers
(every file the browser fetched, raw and gzip), what a later page adds, first
contentful paint, Lighthouse scores of every page (mobile three times and desktop
once, npm `lighthouse` in scripts/lighthouse driving Debian's Chromium, the site
served gzip; skipped, and said so, without npm), Mode Kelas's start, and the
latency of the model, the figure and the live widget (input -> updated
FigureWidget, in the kernel).
Timings are medians; nothing here is asserted - the tests check behaviour.
"""
from __future__ import annotations

import gzip
import io
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from wogbook.buku import toc_pages
from wogbook.buku.peramban import CHROMIUM, CHROMIUM_ARGS, launch

ROOT = Path(__file__).resolve().parent.parent

from wogbook.kelas import screens  # every live widget of Mode Kelas, in teaching order

KB = 1024


def build(out: Path) -> float:
    cmd = [str(Path(sys.executable).with_name("jupyter-book")), "build", str(ROOT),
           "--path-output", str(out), "-W", "-n", "--keep-going"]
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - start


def gz(data: bytes) -> int:
    return len(gzip.compress(data, 6))


def median_ms(fn, repeat: int = 50) -> float:
    fn()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def serve(html: Path):
    import functools
    import http.server

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(html)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


GZIP_TYPES = (".html", ".js", ".css", ".svg", ".json", ".txt", ".map")


def serve_gzip(html: Path):
    """The built site on 127.0.0.1 as a web server would serve it: text files gzip-compressed
    (when the browser accepts gzip), everything with a one-hour cache lifetime."""
    import functools
    import http.server

    cache: dict[Path, bytes] = {}

    class Gzip(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def end_headers(self):
            self.send_header("Cache-Control", "max-age=3600")
            super().end_headers()

        def send_head(self):
            path = Path(self.translate_path(self.path))
            if path.is_dir():
                path = path / "index.html"
            if (not path.is_file() or path.suffix not in GZIP_TYPES
                    or "gzip" not in self.headers.get("Accept-Encoding", "")):
                return super().send_head()
            if path not in cache:
                cache[path] = gzip.compress(path.read_bytes(), 6)
            body = cache[path]
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Vary", "Accept-Encoding")
            self.end_headers()
            return io.BytesIO(body)

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Gzip, directory=str(html)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


LIGHTHOUSE_DIR = ROOT / "scripts" / "lighthouse"
LIGHTHOUSE = LIGHTHOUSE_DIR / "node_modules" / ".bin" / "lighthouse"
LIGHTHOUSE_CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def lighthouse_ready() -> str | None:
    """None when Lighthouse can run, else why not (npm missing, install failed)."""
    if not LIGHTHOUSE.exists():
        if shutil.which("npm") is None:
            return "npm tidak ada"
        run = subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"],
                             cwd=LIGHTHOUSE_DIR, capture_output=True, text=True)
        if run.returncode != 0 or not LIGHTHOUSE.exists():
            return f"npm ci gagal: {run.stderr.strip()[-300:]}"
    if not Path(CHROMIUM).exists():
        return f"Chromium tidak ada di {CHROMIUM}"
    return None


#: Lighthouse runs per page and preset; the median is reported. A single mobile run of the
#: same page varied by 3-5 points here (its simulated slow CPU scales with this machine's)
LIGHTHOUSE_RUNS = {"mobile": 3, "desktop": 1}


def lighthouse(html: Path, pages: list[str]) -> tuple[dict[str, dict[str, dict[str, int]]], float]:
    """Lighthouse scores (0-100) per page, preset (mobile, desktop) and category, the median
    of LIGHTHOUSE_RUNS runs; and the median benchmark index Lighthouse read off this machine
    (its CPU speed: the mobile score depends on it). The site served gzip-compressed on
    127.0.0.1, Debian's Chromium (never a downloaded one)."""
    import json
    import os

    server = serve_gzip(html)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    flags = " ".join(CHROMIUM_ARGS)
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    scores: dict[str, dict[str, dict[str, int]]] = {}
    speed = []
    try:
        for page in pages:
            for preset, runs in LIGHTHOUSE_RUNS.items():
                cmd = [str(LIGHTHOUSE), f"{base}/{page}.html", "--quiet", "--output=json",
                       "--output-path=stdout", f"--chrome-flags={flags}",
                       f"--only-categories={','.join(LIGHTHOUSE_CATEGORIES)}"]
                if preset == "desktop":
                    cmd.append("--preset=desktop")
                reports = []
                for _ in range(runs):
                    run = subprocess.run(cmd, capture_output=True, text=True, env=env,
                                         timeout=300)
                    if run.returncode != 0:
                        print(f"Lighthouse gagal untuk {page} ({preset}): {run.stderr[-500:]}",
                              file=sys.stderr)
                        continue
                    reports.append(json.loads(run.stdout))
                if not reports:
                    continue
                speed += [r["environment"]["benchmarkIndex"] for r in reports]
                scores.setdefault(page, {})[preset] = {
                    c: round(statistics.median((r["categories"][c]["score"] or 0)
                                               for r in reports) * 100)
                    for c in LIGHTHOUSE_CATEGORIES}
    finally:
        server.shutdown()
    return scores, (statistics.median(speed) if speed else 0.0)


def browser_transfer(html: Path, first: str, later: str) -> dict:
    """Bytes fetched on a first visit of ``first`` (figures drawn) and then of ``later``."""
    from playwright.sync_api import sync_playwright

    server = serve(html)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    fetched: dict[str, str] = {}
    result = {}
    with sync_playwright() as p:
        b = launch(p)
        page = b.new_page()
        page.on("requestfinished", lambda r: fetched.setdefault(r.url.split("?")[0], r.url))
        page.goto(f"{base}/{first}.html", wait_until="load")
        fcp = page.evaluate(
            "performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null")
        for i in range(page.locator(".wog-plot").count()):
            page.locator(".wog-plot").nth(i).scroll_into_view_if_needed()
            page.locator(".wog-plot").nth(i).locator(".main-svg").first.wait_for()
        first_urls = set(fetched)
        page.goto(f"{base}/{later}.html", wait_until="load")
        later_urls = set(fetched) - first_urls
        b.close()
    server.shutdown()

    def size(urls):
        raw = zipped = 0
        for url in urls:
            path = html / url.replace(base + "/", "", 1).split("#")[0]
            if path.is_dir():
                path = path / "index.html"
            if path.exists():
                data = path.read_bytes()
                raw, zipped = raw + len(data), zipped + gz(data)
        return raw, zipped

    result["first"] = size(first_urls) + (len(first_urls),)
    result["later"] = size(later_urls) + (len(later_urls),)
    result["fcp_ms"] = fcp
    return result


def _first_control(widget):
    """The first slider or dropdown in a widget tree (depth first)."""
    import ipywidgets as w

    if isinstance(widget, (w.IntSlider, w.FloatSlider, w.Dropdown)):
        return widget
    for child in getattr(widget, "children", ()):
        found = _first_control(child)
        if found is not None:
            return found
    return None


def widget_latency(tool: str) -> tuple[str, float]:
    """Median time for the first control of ``wogbook.<tool>.widget()`` to update its figure."""
    import importlib

    import ipywidgets as w

    live = importlib.import_module(f"wogbook.{tool}").widget()
    control = _first_control(live.box)
    if isinstance(control, w.Dropdown):
        values = [value for _, value in control.options] if isinstance(
            control.options[0], tuple) else list(control.options)
    else:
        values = [control.min, control.max]
    cycle = iter(range(10**6))
    ms = median_ms(lambda: setattr(control, "value", values[next(cycle) % len(values)]), 40)
    return control.description or type(control).__name__, ms


def latency() -> dict:
    from wogbook.bab4 import korupsi

    return {
        "model": median_ms(lambda: korupsi.risk(9, 8, 2), 2000),
        "figure": median_ms(lambda: korupsi.figure(9, 8, 2), 20),
        "explorer": median_ms(lambda: korupsi.explorer(), 5),
        # the screens that drive a figure (the group comparison and the quiz have none)
        "widgets": {f"{s.tool}.widget()": widget_latency(s.tool) for s in screens()
                    if s.tool.startswith("bab")},
    }


#: Kept as they are by a web server (already compressed).
COMPRESSED = (".png", ".woff2", ".woff", ".pdf", ".ico")


def saved_book(html: Path) -> tuple:
    """What the service worker keeps on the reader's device, and what it downloads (gzip)."""
    from wogbook.buku import luring

    files = luring.files(html)
    stored = sum(p.stat().st_size for p in files)
    download = sum(p.stat().st_size if p.suffix in COMPRESSED else gz(p.read_bytes())
                   for p in files)
    pdf = " (dengan PDF)" if any(p.suffix == ".pdf" for p in files) else " (tanpa PDF)"
    return (f"buku tersimpan di perangkat{pdf}, {len(files)} berkas",
            f"{stored / 1e6:.1f} MB (unduhan gzip {download / 1e6:.1f} MB)", "—", True)


def kelas_start() -> tuple[float, float]:
    """Mode Kelas: seconds from ``start_server`` to its "siap", and from "siap" (the page
    opened in a Chromium already running, as the instructor's browser is) to the first
    screen's figure drawn filling its column, at 1366×768."""
    import socket

    from playwright.sync_api import sync_playwright

    from wogbook.buku.peramban import launch
    from wogbook.kelas import server

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        t0 = time.perf_counter()
        process = server.start_server(port)
        try:
            url = server.wait_until_ready(process, port, timeout=180)
            ready = time.perf_counter()
            page.goto(url, timeout=120000)
            page.wait_for_function(
                "() => { const c = document.querySelector('.wog-kelas-layar .wog-gambar');"
                " const s = c && c.querySelector('.main-svg'); if (!s) return false;"
                " return Math.abs(s.getBoundingClientRect().width - c.getBoundingClientRect().width) <= 3; }",
                timeout=120000)
            usable = time.perf_counter()
        finally:
            browser.close()
            process.terminate()
            process.wait(timeout=30)
    return ready - t0, usable - ready


def machine_speed() -> float:
    """Seconds for 20 million Python additions: tells how fast this machine was, so that
    figures measured on different days (or shared machines) can be compared."""
    def work():
        total = 0
        for i in range(20_000_000):
            total += i
        return total
    return median_ms(work, 3) / 1000


def main() -> None:
    rows = []

    def row(what, value, budget, ok):
        rows.append((what, value, budget, "ya" if ok else "TIDAK"))

    row("patokan mesin: 20 juta penjumlahan Python", f"{machine_speed():.2f} s", "—", True)

    with tempfile.TemporaryDirectory(prefix="wog-bench-") as tmp:
        out = Path(tmp)
        cold = build(out)
        warm = build(out)
        html = out / "_build" / "html"
        row("build dingin (semua notebook dijalankan)", f"{cold:.1f} s", "≤ 60 s", cold <= 60)
        row("build ulang tanpa perubahan", f"{warm:.1f} s", "≤ 5 s", warm <= 5)
        for page in toc_pages():
            data = (html / f"{page}.html").read_bytes()
            row(f"HTML halaman {page}", f"{len(data) / KB:.0f} KB (gzip {gz(data) / KB:.0f} KB)",
                "≤ 300 KB", len(data) <= 300 * KB)
        chapter = "book/04-tantangan-dan-korupsi"
        t = browser_transfer(html, chapter, "book/glosarium")
        raw, zipped, n = t["first"]
        row(f"kunjungan pertama {chapter} ({n} berkas)",
            f"{raw / KB:.0f} KB (gzip {zipped / KB:.0f} KB)", "≤ 700 KB gzip", zipped <= 700 * KB)
        raw, zipped, n = t["later"]
        row(f"halaman berikutnya book/glosarium ({n} berkas baru)",
            f"{raw / KB:.0f} KB (gzip {zipped / KB:.0f} KB)", "≤ 60 KB", zipped <= 60 * KB)
        row(*saved_book(html))
        if t["fcp_ms"] is not None:
            row("first contentful paint (localhost)", f"{t['fcp_ms']:.0f} ms",
                "teks tampil sebelum skrip", True)
        why_not = lighthouse_ready()
        if why_not:
            print(f"Lighthouse dilewati: {why_not}", file=sys.stderr)
            row("Lighthouse (setiap halaman, ponsel dan desktop)", f"dilewati: {why_not}",
                "—", True)
        else:
            budget = {"mobile": 95, "desktop": 98}
            scores, speed = lighthouse(html, toc_pages())
            row("Lighthouse: benchmarkIndex mesin ini (kecepatan CPU; median)", f"{speed:.0f}",
                "—", True)
            for page, presets in scores.items():
                for preset, s in presets.items():
                    values = [s[c] for c in LIGHTHOUSE_CATEGORIES]
                    label = "ponsel" if preset == "mobile" else preset
                    row(f"Lighthouse {page} {label} (kinerja/aksesibilitas/praktik terbaik/"
                        f"SEO; median {LIGHTHOUSE_RUNS[preset]} putaran)",
                        " / ".join(map(str, values)), f"≥ {budget[preset]} / 100 / 100 / 100",
                        values[0] >= budget[preset] and min(values[1:]) == 100)
        shutil.rmtree(out / "_build", ignore_errors=True)

    start, first = kelas_start()
    row("Mode Kelas: make kelas → 'siap'", f"{start:.1f} s", "—", True)
    row("Mode Kelas: 'siap' → layar pertama dapat dipakai (1366×768)", f"{first:.1f} s",
        "≤ 5 s", first <= 5)

    lat = latency()
    row("model korupsi.risk()", f"{lat['model'] * 1000:.1f} µs", "—", True)
    row("gambar korupsi.figure()", f"{lat['figure']:.1f} ms", "—", True)
    for name, (control, ms) in lat["widgets"].items():
        row(f"widget {name}: '{control}' → gambar diperbarui (kernel)",
            f"{ms:.2f} ms", "≤ 50 ms", ms <= 50)
    row("penjelajah statis korupsi.explorer()", f"{lat['explorer']:.0f} ms", "—", True)

    widths = [max(len(str(r[i])) for r in rows + [("ukuran", "hasil", "anggaran", "memenuhi")])
              for i in range(4)]
    line = "| " + " | ".join("{:%d}" % w for w in widths) + " |"
    print(line.format("ukuran", "hasil", "anggaran", "memenuhi"))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print(line.format(*r))


if __name__ == "__main__":
    main()
