"""Fast first paint on a phone, read from the built pages: no script in the head blocks
rendering, Sphinx's search index and tools load only on the search page (and search still
finds words), every page has its own short Indonesian meta description."""
from __future__ import annotations

from html.parser import HTMLParser

import pytest
from docutils import nodes
from docutils.frontend import get_default_settings
from docutils.parsers.rst import Parser
from docutils.utils import new_document

from conftest import toc_pages
from wogbook.buku import DESCRIPTION_MAX, page_description

SEARCH_FILES = ("searchindex.js", "searchtools.js", "language_data.js")


class Head(HTMLParser):
    """The scripts and meta tags of a page's <head>."""

    def __init__(self):
        super().__init__()
        self.in_head, self.scripts, self.meta = False, [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "head":
            self.in_head = True
        elif self.in_head and tag == "script":
            self.scripts.append(attrs)
        elif self.in_head and tag == "meta":
            self.meta.append(attrs)

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False


def head_of(path) -> Head:
    head = Head()
    head.feed(path.read_text(encoding="utf-8"))
    return head


def blocking(script: dict) -> bool:
    """A script the parser must fetch and run before it goes on (and so before first paint)."""
    return ("src" in script and "defer" not in script and "async" not in script
            and script.get("type") != "module")


@pytest.mark.parametrize("page", toc_pages())
def test_no_render_blocking_script_in_head(built_book, page):
    head = head_of(built_book / f"{page}.html")
    assert head.scripts, "no scripts found: the parser missed the head"
    assert [s["src"] for s in head.scripts if blocking(s)] == []


@pytest.mark.parametrize("page", toc_pages())
def test_search_index_only_on_search_page(built_book, page):
    html = (built_book / f"{page}.html").read_text(encoding="utf-8")
    assert [f for f in SEARCH_FILES if f in html] == []


def test_search_page_loads_search_index(built_book):
    srcs = " ".join(s.get("src", "") for s in head_of(built_book / "search.html").scripts)
    assert all(f in srcs for f in SEARCH_FILES), srcs


def test_every_page_has_its_own_description(built_book):
    descriptions = {}
    for page in toc_pages():
        meta = [m for m in head_of(built_book / f"{page}.html").meta
                if m.get("name") == "description"]
        assert len(meta) == 1, f"{page}: {len(meta)} meta description"
        text = meta[0]["content"]
        assert 40 <= len(text) <= DESCRIPTION_MAX, f"{page}: {len(text)} karakter: {text!r}"
        descriptions[page] = text
    assert len(set(descriptions.values())) == len(descriptions), descriptions


def test_search_from_a_chapter_finds_a_word(visit):
    """The search dialog of a chapter page submits to the search page, which finds pages."""
    v = visit("book/04-tantangan-dan-korupsi")
    v.page.keyboard.press("Control+k")
    field = v.page.locator("#pst-search-dialog input[name=q]")
    field.wait_for(state="visible")
    field.fill("Klitgaard")
    field.press("Enter")
    v.page.wait_for_url("**/search.html?q=Klitgaard*")
    v.page.wait_for_selector("#search-results ul.search li a", timeout=20000)
    hrefs = v.page.eval_on_selector_all("#search-results ul.search li a",
                                        "links => links.map(a => a.getAttribute('href'))")
    assert any("04-tantangan-dan-korupsi" in h for h in hrefs), hrefs
    assert v.errors == []


# ------------------------------------------------------------- fast lane: the description
def doctree(rst: str):
    settings = get_default_settings(Parser)
    settings.report_level = 5
    document = new_document("<test>", settings)
    Parser().parse(rst, document)
    return document


def test_description_is_first_paragraph_outside_boxes():
    tree = doctree("Judul\n=====\n\n.. note::\n\n   Catatan dalam kotak yang cukup panjang untuk "
                   "menjadi deskripsi halaman.\n\nPendek.\n\nParagraf pertama yang sebenarnya, "
                   "cukup panjang untuk\nmenjadi deskripsi halaman ini.\n")
    assert page_description(tree) == ("Paragraf pertama yang sebenarnya, cukup panjang untuk "
                                      "menjadi deskripsi halaman ini.")


def test_long_description_is_cut_at_a_word():
    words = " ".join(f"kata{i:02d}" for i in range(60))  # 6 characters + a space each
    text = page_description(doctree(words), limit=40)
    assert len(text) <= 40 and text.endswith("…")
    assert text[:-1].split(" ") == [f"kata{i:02d}" for i in range(5)]
    assert isinstance(doctree(words)[0], nodes.paragraph)
