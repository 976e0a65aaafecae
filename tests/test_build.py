"""The real Jupyter Book build: clean, warnings as errors, offline, every page present."""
from __future__ import annotations

import filecmp
import re
from pathlib import Path

from conftest import toc_pages
from wogbook.buku import bundle

EXTERNAL_ASSET = re.compile(r'<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)="(?:https?:)?//', re.I)


def html_of(built_book: Path, page: str) -> str:
    return (built_book / f"{page}.html").read_text(encoding="utf-8")


def test_every_toc_page_is_built(built_book):
    for page in toc_pages():
        assert (built_book / f"{page}.html").exists(), page


def test_pages_are_indonesian_and_load_nothing_from_other_hosts(built_book):
    for page in toc_pages():
        text = html_of(built_book, page)
        assert '<html lang="id"' in text, page
        found = EXTERNAL_ASSET.findall(text)
        assert not found, f"{page} loads external assets: {found}"
        assert "widget-state+json" not in text and "require.min.js" not in text, page
        assert "cdn.jsdelivr.net" not in text, f"{page} still carries a CDN loader"


def test_plotly_js_is_served_from_the_book_itself(built_book):
    served = built_book / "_static" / "plotly.min.js"
    # the partial bundle when built, else the installed plotly's (test_plotly_bundle.py)
    assert served.exists() and filecmp.cmp(served, bundle.choose()[0], shallow=False)
    page = html_of(built_book, "book/04-tantangan-dan-korupsi")
    assert 'src="../_static/wog-figures.js' in page and 'defer="defer"' in page
    assert "plotly.min.js" not in page, "plotly.js must not be render-blocking in the page head"
    assert "fontawesome.js" not in page, "the theme's 1.5 MB icon script must not be linked"
    assert '<script defer src="data:text/javascript,//' in page


def test_corruption_chapter_content(built_book):
    page = html_of(built_book, "book/04-tantangan-dan-korupsi")
    for heading in ("Tujuan Pembelajaran", "Studi Kasus", "Rangkuman", "Pertanyaan Diskusi",
                    "Uji Pemahaman", "Tip untuk pengajar"):
        assert heading in page, heading
    assert page.count('class="wog-plot"') == 2
    assert "korupsi.widget()" not in page, "the live-widget cell must be removed from the book"
    assert "Ego sektoral antarinstansi" in page  # the data table is rendered
    assert 'href="glosarium.html#term-Monopoli"' in page  # glossary terms resolve
    assert "Klitgaard" in page and 'href="daftar-pustaka.html#id' in page  # citations resolve


def test_launch_and_download_buttons(built_book):
    page = html_of(built_book, "book/04-tantangan-dan-korupsi")
    assert "mybinder.org/v2/gh/latsar-wog/buku-interaktif-wog/main?urlpath=lab/tree/book/04-tantangan-dan-korupsi.ipynb" in page
    assert "hub.example.go.id/hub/user-redirect/git-pull?repo=https%3A//github.com/latsar-wog/buku-interaktif-wog" in page
    # no Colab button: Colab cannot run the chapters without the repository (README)
    assert "colab.research.google.com" not in page
    assert "_sources/book/04-tantangan-dan-korupsi.ipynb" in page
    assert (built_book / "_sources/book/04-tantangan-dan-korupsi.ipynb").exists()


def test_bibliography_and_glossary_pages(built_book):
    bib = html_of(built_book, "book/daftar-pustaka").lower()
    for needle in ("controlling corruption", "lægreid", "tackling wicked problems",
                   "from old public administration", "hardjaloka"):
        assert needle in bib, needle
    glossary = html_of(built_book, "book/glosarium")
    assert 'id="term-Diskresi"' in glossary and 'id="term-Wicked-problems"' in glossary
