"""The book on the reader's device: after one visit every page, figure, tool and the PDF
open with no connection; a new build replaces the old one; the workbook survives it; the
book installs; under a sub-path the same; from file:// nothing breaks.

Real Chromium, the built book served on 127.0.0.1 (a secure context), the browser context
switched offline as a phone in airplane mode."""
from __future__ import annotations

import functools
import http.server
import json
import shutil
import threading
from urllib.parse import urlparse

import pytest

from conftest import Visit, toc_pages
from wogbook.buku import luring
from wogbook.buku.peramban import CHROMIUM, CHROMIUM_ARGS

SAVED = "html[data-wog-luring=tersimpan]"
PREFIX = "/buku-wog"
WORKBOOK = {"aplikasi": "buku-interaktif-wog", "versi": 1, "entri": {"bab6.tebakan": {
    "bab": "6", "judul": "Tebak dulu", "nilai": {"tebakan": "2"}, "hasil": None}}}


class _Handler(http.server.SimpleHTTPRequestHandler):
    """A static host, optionally only under ``prefix``; never cached by the browser, so
    only the service worker can answer offline."""

    prefix = ""

    def log_message(self, *args):
        pass

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def translate_path(self, path):
        if self.prefix:
            if not path.startswith(self.prefix + "/"):
                return "/nonexistent-outside-prefix"
            path = path[len(self.prefix):]
        return super().translate_path(path)


@pytest.fixture
def host():
    servers = []

    def serve(folder, prefix=""):
        handler = functools.partial(type("H", (_Handler,), {"prefix": prefix}),
                                    directory=str(folder))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}{prefix}"

    yield serve
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def site_copy(built_book, printed_pdf, tmp_path):
    """A copy of the built book with its PDF, to rebuild on purpose."""
    copy = tmp_path / "html"
    shutil.copytree(built_book, copy)
    return copy


def precached(v: Visit) -> dict[str, str]:
    """What the device keeps: {path below the root: revision}, and every cache's name."""
    return v.page.evaluate("""async () => {
        const out = {};
        for (const name of await caches.keys()) {
            for (const req of await (await caches.open(name)).keys()) {
                const u = new URL(req.url);
                out[name + " " + u.pathname] = u.searchParams.get("__WB_REVISION__");
            }
        }
        return out;
    }""")


def open_saved(browser, url: str) -> Visit:
    v = Visit(browser, url, viewport=(390, 844), touch=True, service_worker=True)
    v.page.wait_for_selector(SAVED, timeout=90000)
    return v


def check_controls_offline(v: Visit, page: str):
    """Every figure draws; each prediction answers a new guess; a figure's menu responds."""
    count = v.draw_all_figures()
    forms = v.page.locator("form.wog-form")
    for i in range(forms.count()):
        form = forms.nth(i)
        if not form.evaluate("f => JSON.parse(f.querySelector('.wog-form-spec').textContent)"
                             ".tutup === true"):
            continue
        before = form.locator("output").inner_text()
        form.locator("label:has(input[type=radio]:not(:checked))").first.click()
        v.page.wait_for_function("([f, t]) => f.querySelector('output').innerText !== t",
                                 arg=[form.element_handle(), before], timeout=10000)
    buttons = v.page.locator(".wog-plot .updatemenu-button")
    if buttons.count() > 1:
        plot = v.page.locator(".wog-plot:has(.updatemenu-button)").first
        before = plot.evaluate("p => JSON.stringify(p.layout.updatemenus.map(m => m.active))")
        buttons.nth(1).scroll_into_view_if_needed()
        buttons.nth(1).click()
        v.page.wait_for_function(
            "([p, b]) => JSON.stringify(p.layout.updatemenus.map(m => m.active)) !== b",
            arg=[plot.element_handle(), before], timeout=10000)
    assert v.errors == [], f"{page}: {v.errors}"
    return count


# ------------------------------------------------------------------ the worker's list
def test_the_worker_keeps_every_file_a_page_needs_and_nothing_else(built_book, printed_pdf):
    """sw.js lists each page, everything the pages and style sheets link to, the scripts
    loaded by name, the icons and the PDF; not the notebooks behind the download button
    nor source maps. Its size is what the landing page announces."""
    text = (built_book / "sw.js").read_text(encoding="utf-8")
    entries = json.loads(text.split("self.__WB_MANIFEST=", 1)[1].split(";self.WOG_BUKU=", 1)[0])
    urls = {e["url"] for e in entries}
    pages = {p.relative_to(built_book).as_posix() for p in built_book.rglob("*.html")}
    assert pages <= urls
    for needed in ("buku-interaktif-wog.pdf", "_static/plotly.min.js", "_static/wog.css",
                   "_static/wog-kerja.js", "_static/wog-luring.js", "_static/alat/simulasi.js",
                   "manifest.webmanifest", "_static/ikon/ikon-512.png", "searchindex.js",
                   "_static/basic.css"):  # @import-ed by the theme's style sheet
        assert needed in urls, needed
    fonts = [u for u in urls if u.endswith((".woff2", ".woff", ".ttf"))]
    assert fonts, "the icon font the style sheets use"
    assert not [u for u in urls if u.startswith("_sources/") or u.endswith(".map")]
    assert all((built_book / u).is_file() for u in urls)
    info = json.loads(text.split(";self.WOG_BUKU=", 1)[1].split(";\n", 1)[0])
    assert info["ukuran"] == sum((built_book / u).stat().st_size for u in urls)


def test_web_manifest_makes_the_book_installable(browser, built_book, host, tmp_path):
    """Chromium's own installability check passes (a profile on disk: incognito cannot
    install); the manifest is Indonesian, full-screen, with its icons."""
    manifest = json.loads((built_book / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["lang"] == "id" and manifest["display"] == "standalone"
    assert {i["sizes"] for i in manifest["icons"]} >= {"192x192", "512x512"}
    assert any(i["purpose"] == "maskable" for i in manifest["icons"])
    url = host(built_book)
    context = browser.browser_type.launch_persistent_context(
        str(tmp_path / "profil"), executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
    try:
        page = context.new_page()
        page.goto(f"{url}/book/intro.html")
        page.wait_for_selector(SAVED, timeout=90000)
        cdp = context.new_cdp_session(page)
        assert cdp.send("Page.getAppManifest")["errors"] == []
        assert cdp.send("Page.getInstallabilityErrors")["installabilityErrors"] == []
    finally:
        context.close()


# ------------------------------------------------------------------ offline after one visit
def test_after_one_visit_every_chapter_works_offline(browser, site_copy, host):
    """Open the landing page once, wait until the book is saved, go offline: every page of
    the book loads, draws every figure and answers its controls; the PDF opens too."""
    url = host(site_copy)
    v = open_saved(browser, f"{url}/book/intro.html")
    try:
        status = v.page.locator("#wog-luring .wog-luring-status").inner_text()
        size = luring.precache(site_copy)[1]
        assert status.startswith("Buku ini tersimpan di perangkat Anda "
                                 f"({size / 1e6:.1f} MB".replace(".", ","))
        v.context.set_offline(True)
        figures = 0
        for page in toc_pages():
            v.page.goto(f"{url}/{page}.html", wait_until="load")
            assert v.page.locator("article").count() == 1, page
            figures += check_controls_offline(v, page)
        assert figures >= 20
        found = v.page.evaluate(
            "async u => { const r = await fetch(u); return [r.status, "
            "r.headers.get('content-type'), (await r.arrayBuffer()).byteLength]; }",
            f"{url}/buku-interaktif-wog.pdf")
        assert found[0] == 200 and found[2] == (site_copy / "buku-interaktif-wog.pdf").stat().st_size
        assert v.foreign == []
    finally:
        v.close()


def test_a_new_build_replaces_the_saved_book_and_keeps_the_workbook(browser, site_copy, host):
    """Rebuild with one page changed and one page gone (the site's last step, luring.write,
    as the build does it); online again, a reload brings the new book and says so; the old
    files are gone from the device; the reader's workbook is untouched."""
    url = host(site_copy)
    v = open_saved(browser, f"{url}/book/intro.html")
    try:
        v.page.evaluate("w => localStorage.setItem('wog-buku-kerja', w)", json.dumps(WORKBOOK))
        old = precached(v)
        assert len({k.split(" ")[0] for k in old}) == 1, "one cache for the whole book"
        chapter = site_copy / "book" / "02-pengertian-wog.html"
        chapter.write_text(chapter.read_text(encoding="utf-8").replace(
            "<article", '<p id="wog-versi-baru">Bab ini diperbarui.</p><article', 1),
            encoding="utf-8")
        (site_copy / "genindex.html").unlink()
        new_entries, _ = luring.precache(site_copy)
        luring.write(site_copy)
        v.page.reload()
        v.page.wait_for_selector(".wog-luring-pesan:has-text('Buku diperbarui ke versi terbaru')",
                                 timeout=90000)
        v.page.wait_for_selector(SAVED, timeout=90000)
        v.context.set_offline(True)
        v.page.goto(f"{url}/book/02-pengertian-wog.html")
        assert v.page.locator("#wog-versi-baru").inner_text() == "Bab ini diperbarui."
        now = precached(v)
        paths = {k.split(" ", 1)[1] for k in now}
        root = urlparse(url).path
        assert paths == {f"{root}/{e['url']}" for e in new_entries}
        assert f"{root}/genindex.html" not in paths
        revision = {k.split(" ", 1)[1]: r for k, r in now.items()}
        page_key = f"{root}/book/02-pengertian-wog.html"
        assert revision[page_key] != {k.split(" ", 1)[1]: r for k, r in old.items()}[page_key]
        assert json.loads(v.page.evaluate("localStorage.getItem('wog-buku-kerja')")) == WORKBOOK
    finally:
        v.close()


def test_under_a_subpath_the_book_is_saved_and_read_offline(browser, site_copy, host):
    url = host(site_copy, PREFIX)
    v = open_saved(browser, f"{url}/book/intro.html")
    try:
        scope = v.page.evaluate("navigator.serviceWorker.ready.then(r => r.scope)")
        assert urlparse(scope).path == PREFIX + "/"
        v.context.set_offline(True)
        for page in ("book/04-tantangan-dan-korupsi", "book/06-strategic-enabler"):
            v.page.goto(f"{url}/{page}.html")
            check_controls_offline(v, page)
    finally:
        v.close()


def test_from_file_the_book_works_without_a_worker(browser, built_book):
    """Opened from a folder (file://): no worker, no message, no error; the panel stays
    hidden and the figures draw as before."""
    v = Visit(browser, (built_book / "book" / "04-tantangan-dan-korupsi.html").as_uri(),
              service_worker=True)
    try:
        v.draw_all_figures()
        assert v.page.evaluate("document.documentElement.dataset.wogLuring") is None
        v.page.goto((built_book / "book" / "intro.html").as_uri())
        assert v.page.locator("#wog-luring").is_hidden()
        assert v.errors == []
    finally:
        v.close()
