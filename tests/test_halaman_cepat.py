"""Fast first paint on a phone, read from the built pages: no script in the head blocks
rendering, Sphinx's search index and tools load only on the search page (and search still
finds words), every page has its own short Indonesian meta description."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

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


# ------------------------------------------------------------- icons: only those shown
#: Font Awesome 6's published code points (fontawesome.com/icons) of icons the book's pages
#: show: the header's buttons, the theme switch, the search dialog's close button (added by
#: the theme's script), the launch and download menus, the admonition markers.
SHOWN_ICONS = {"magnifying-glass": 0xF002, "bars": 0xF0C9, "list": 0xF03A, "outdent": 0xF03B,
               "arrow-up": 0xF062, "rocket": 0xF135, "download": 0xF019, "expand": 0xF065,
               "file": 0xF15B, "file-pdf": 0xF1C1, "lightbulb": 0xF0EB, "sun": 0xF185,
               "moon": 0xF186, "circle-half-stroke": 0xF042, "xmark": 0xF00D,
               "chevron-down": 0xF078, "angle-right": 0xF105, "github": 0xF09B}
ICON_FONTS = "_static/vendor/fontawesome/webfonts"


def served_glyphs(built_book) -> set[int]:
    from fontTools.ttLib import TTFont

    glyphs: set[int] = set()
    for font in (built_book / ICON_FONTS).glob("*.woff2"):
        glyphs |= set(TTFont(font).getBestCmap())
    return glyphs


def test_icon_fonts_are_small_and_hold_the_icons_shown(built_book):
    sizes = {f.name: f.stat().st_size for f in (built_book / ICON_FONTS).glob("*.woff2")}
    assert set(sizes) == {"fa-solid-900.woff2", "fa-regular-400.woff2", "fa-brands-400.woff2"}
    # the theme's fonts: 153 KB, 25 KB and 115 KB
    assert all(size <= 8 * 1024 for size in sizes.values()), sizes
    missing = {name: hex(cp) for name, cp in SHOWN_ICONS.items()
               if cp not in served_glyphs(built_book)}
    assert missing == {}


def test_every_icon_class_of_every_page_keeps_its_rule_and_glyph(built_book):
    """Against the theme's own, untrimmed stylesheet: each ``fa-…`` class a page uses that the
    theme draws keeps its rule in the served stylesheet and its glyph in the served fonts."""
    import pydata_sphinx_theme

    from wogbook.buku import ikon

    theme_css = (Path(pydata_sphinx_theme.__file__).parent / "theme" / "pydata_sphinx_theme"
                 / "static" / "styles" / "pydata-sphinx-theme.css").read_text(encoding="utf-8")
    drawn = {name: cp for names, cp in ikon.icon_rules(theme_css) for name in names}
    served = (built_book / "_static/styles/pydata-sphinx-theme.css").read_text(encoding="utf-8")
    assert len(served) < 0.85 * len(theme_css)  # the unused rules are gone
    glyphs = served_glyphs(built_book)
    checked = 0
    for page in [*toc_pages(), "search", "genindex"]:
        html = (built_book / f"{page}.html").read_text(encoding="utf-8")
        for name in set(ikon.ICON_CLASS.findall(html)) & set(drawn):
            assert f".{name}:before" in served, f"{page}: aturan .{name} hilang"
            assert drawn[name] in glyphs, f"{page}: glif .{name} ({hex(drawn[name])}) hilang"
            checked += 1
    assert checked >= 15 * len(toc_pages())


def test_pages_skip_the_files_of_features_they_do_not_use(built_book):
    """No tabs or cards (sphinx-design) and no in-page live code (thebe) in the book: their
    files are not requested, and no page names thebe's CDN address."""
    for page in toc_pages():
        html = (built_book / f"{page}.html").read_text(encoding="utf-8")
        assert [f for f in ("sphinx-design.min.css", "design-tabs.js", "sphinx-thebe",
                            "unpkg.com") if f in html] == [], page


def test_icon_rules_of_unused_classes_are_dropped():
    from wogbook.buku import ikon

    css = ('.fa-a:before{content:"\\f001"}.fa-b:before,.fa-c:before{content:"\\f002"}'
           ':root{--pst-icon-x:"\uf0ab"}.x:after{content:"\\e05d"}.fa-d:before{content:"\uf003"}')
    slim, kept = ikon.slim_css(css, {"fa-c", "fa-d"})
    assert slim == ('.fa-b:before,.fa-c:before{content:"\\f002"}:root{--pst-icon-x:"\uf0ab"}'
                    '.x:after{content:"\\e05d"}.fa-d:before{content:"\uf003"}')
    assert kept == {0xF002, 0xF0AB, 0xE05D, 0xF003}
