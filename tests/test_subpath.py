"""The book works from any static host, also under a sub-path such as /buku-wog/."""
from __future__ import annotations

import functools
import http.server
import threading
from urllib.parse import urljoin, urlparse

import pytest

from conftest import Visit, toc_pages

PREFIX = "/buku-wog"


class _PrefixHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site only under PREFIX; everything else is 404, as on a shared host."""

    def log_message(self, *args):
        pass

    def translate_path(self, path):
        if not path.startswith(PREFIX + "/"):
            return "/nonexistent-outside-prefix"
        return super().translate_path(path[len(PREFIX):])


@pytest.fixture(scope="module")
def subpath_site(built_book, printed_pdf):
    handler = functools.partial(_PrefixHandler, directory=str(built_book))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    server.shutdown()
    server.server_close()


def test_every_page_figure_and_link_under_a_subpath(browser, subpath_site):
    checked: dict[str, int] = {}
    for page in toc_pages():
        v = Visit(browser, f"{subpath_site}/{page}.html", block_network=True)
        try:
            v.draw_all_figures()
            assert v.errors == [], f"{page}: {v.errors}"
            assert v.foreign == [], f"{page}: {v.foreign}"
            hrefs = v.page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
            for href in hrefs:
                url = href.split("#")[0]
                if urlparse(url).hostname != "127.0.0.1" or url in checked:
                    continue
                checked[url] = v.page.request.get(url).status
        finally:
            v.close()
    broken = {u: s for u, s in checked.items() if s != 200}
    assert not broken, f"broken links under {PREFIX}/: {broken}"
    assert any(u.endswith("buku-interaktif-wog.pdf") for u in checked)
    assert all(urlparse(u).path.startswith(PREFIX + "/") for u in checked)


def test_root_redirects_inside_the_subpath(browser, subpath_site):
    v = Visit(browser, f"{subpath_site}/index.html")
    try:
        v.page.wait_for_url(urljoin(subpath_site + "/", "book/intro.html"))
        assert v.page.locator("article h1").first.text_content().startswith("Pendahuluan")
    finally:
        v.close()
