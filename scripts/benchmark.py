"""Measure the book against the budgets of DESIGN.md and print a table.

    python scripts/benchmark.py            (or: make benchmark)

Measures: cold full build (fresh output folder, every notebook executed), a
rebuild with nothing changed, each page's own HTML (raw and gzip), what a first
visit to a chapter transfers (every file the browser fetched, raw and gzip),
what a later page adds, first contentful paint, and the latency of the model,
the figure and the live widget (input -> updated FigureWidget, in the kernel).
Timings are medians; nothing here is asserted - the tests check behaviour.
"""
from __future__ import annotations

import gzip
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from wogbook.buku import toc_pages
from wogbook.buku.peramban import launch

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
        "widgets": {f"{s.tool}.widget()": widget_latency(s.tool) for s in screens()},
    }


def main() -> None:
    rows = []

    def row(what, value, budget, ok):
        rows.append((what, value, budget, "ya" if ok else "TIDAK"))

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
        if t["fcp_ms"] is not None:
            row("first contentful paint (localhost)", f"{t['fcp_ms']:.0f} ms",
                "teks tampil sebelum skrip", True)
        shutil.rmtree(out / "_build", ignore_errors=True)

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
