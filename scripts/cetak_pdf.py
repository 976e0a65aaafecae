"""Print the whole book to one PDF handout, offline.

    python scripts/cetak_pdf.py [OUTPUT.pdf] [--build-dir DIR]     (or: make pdf)

1. Jupyter Book builds a single-page version (``--builder singlehtml``);
2. the page is served on 127.0.0.1 and opened in headless Chromium (Debian's
   package, driven by Playwright; nothing is downloaded, requests to other hosts
   are blocked);
3. every figure is drawn at its default state, all "Versi teks" panels are opened,
   and Chromium prints the page to A4.

The PDF is written to ``_build/html/buku-interaktif-wog.pdf`` by default, where the
landing page links to it. Beside it, ``panduan-pengajar.pdf``: the instructor guide alone
(its page of the HTML book, printed the same way), linked from the guide.
"""
from __future__ import annotations

import argparse
import functools
import http.server
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlparse

from wogbook.buku import luring
from wogbook.buku.peramban import launch, require

ROOT = Path(__file__).resolve().parent.parent

DEFAULT_OUT = ROOT / "_build" / "html" / "buku-interaktif-wog.pdf"
#: The instructor guide on its own: its HTML page, printed next to the book's PDF.
GUIDE_PAGE = "book/panduan-pengajar.html"
GUIDE_PDF = "panduan-pengajar.pdf"
FOOTER = ('<div style="font-size:8px;width:100%;text-align:center;color:#555">'
          'Buku Interaktif Whole of Government — versi cetak; versi interaktif: buku HTML / Binder'
          ' — hlm. <span class="pageNumber"></span>/<span class="totalPages"></span></div>')


#: The PDF's page margins; the column between them is PRINTABLE_PX wide (96 px per inch).
MARGIN_MM = {"top": 14, "bottom": 16, "left": 12, "right": 12}
PRINTABLE_PX = round((210 - MARGIN_MM["left"] - MARGIN_MM["right"]) / 25.4 * 96)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def build_single_page(build_dir: Path) -> Path:
    jb = Path(sys.executable).with_name("jupyter-book")
    cmd = [str(jb), "build", str(ROOT), "--builder", "singlehtml", "--path-output",
           str(build_dir), "-W", "-n", "--keep-going"]
    run = subprocess.run(cmd, capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"Build satu halaman gagal:\n{run.stdout[-4000:]}\n{run.stderr[-2000:]}")
    site = build_dir / "_build" / "singlehtml"
    # The single page is written as book/intro.html with links relative to the site root;
    # put it at the root (in place of the redirect page) so its _static/ links resolve.
    (site / "index.html").write_bytes((site / "book" / "intro.html").read_bytes())
    return site


def print_pdf(site: Path, out: Path, browser=None, page_path: str = "index.html") -> Path:
    """Print the page ``page_path`` of ``site`` (by default the single page of the whole
    book) to ``out`` with ``browser`` (or a new Chromium)."""
    if browser is None:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            own = launch(p)
            try:
                return print_pdf(site, out, own, page_path)
            finally:
                own.close()

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/{page_path}"

    def only_local(route):
        host = urlparse(route.request.url).hostname
        if host == "127.0.0.1" or route.request.url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            route.abort()

    page = browser.new_page(viewport={"width": 1100, "height": 1400})
    try:
        page.route("**/*", only_local)
        page.goto(url, wait_until="load")
        prepare(page)
        out.parent.mkdir(parents=True, exist_ok=True)
        page.pdf(path=str(out), format="A4", print_background=True,
                 margin={k: f"{v}mm" for k, v in MARGIN_MM.items()},
                 display_header_footer=True, header_template="<span></span>",
                 footer_template=FOOTER)
    finally:
        page.close()
        server.shutdown()
    return out


def prepare(page) -> None:
    """The single page as it is printed: every figure drawn in its print variant, every
    text version open, print media."""
    page.wait_for_function("window.wogFigures !== undefined")
    page.evaluate("window.wogFigures.forPrint(true)")  # draw all, in the print variant
    page.wait_for_function(
        "Array.from(document.querySelectorAll('.wog-plot'))"
        ".every(el => el.getAttribute('data-wog-state') === 'siap' &&"
        " el.getAttribute('data-wog-variant') === 'print')", timeout=120000)
    page.evaluate("document.querySelectorAll('details.wog-text')"
                  ".forEach(d => d.setAttribute('open', ''))")
    page.emulate_media(media="print")


def main(argv=None, browser=None) -> int:
    parser = argparse.ArgumentParser(description="Cetak buku ke satu PDF (luring).")
    parser.add_argument("output", nargs="?", default=str(DEFAULT_OUT))
    parser.add_argument("--build-dir", default=str(ROOT),
                        help="folder whose _build/ receives the single-page build (default: the "
                             "book's own, so executed notebooks come from its cache)")
    args = parser.parse_args(argv)
    if browser is None:
        require()  # a missing Chromium is said at once, not after the build
    site = build_single_page(Path(args.build_dir))
    out = print_pdf(site, Path(args.output), browser)
    print(f"PDF siap: {out} ({out.stat().st_size // 1024} KB)")
    html = Path(args.build_dir) / "_build" / "html"
    if (html / GUIDE_PAGE).is_file():  # the multi-page book is built: its guide page alone
        guide = print_pdf(html, out.parent / GUIDE_PDF, browser, GUIDE_PAGE)
        print(f"PDF panduan pengajar siap: {guide} ({guide.stat().st_size // 1024} KB)")
    if (out.parent / "sw.js").is_file():  # the PDF joins the book kept on the device
        info = luring.write(out.parent)
        print(f"sw.js: {info['berkas']} berkas, {info['ukuran'] / 1e6:.1f} MB, versi {info['versi']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
