"""No English in the book's interface: every page, opened in Chromium with every figure drawn,
at desktop and phone width, shows none of the English strings that Sphinx, the theme, its
extensions and plotly write by themselves - neither as visible text nor in the attributes that
screen readers announce or tooltips show. (The book's content may quote English titles; these
are interface strings only.)"""
from __future__ import annotations

import re

import pytest

from conftest import toc_pages

#: English interface strings, searched as whole words (case-sensitive) in the visible text and
#: in every announced or tooltip attribute.
ENGLISH_UI = [
    # pydata-sphinx-theme / sphinx-book-theme
    "Back to top", "Skip to main content", "Toggle primary sidebar", "Toggle secondary sidebar",
    "Toggle navigation", "Launch on", "Launch interactive content", "Launch via", "Live Code",
    "Download this page", "Download source file", "Download notebook file", "Print to PDF",
    "Fullscreen mode", "Source repository", "Source repositories", "Open issue",
    "Open an issue", "Show source", "Suggest edit", "Edit this page", "Color mode",
    "System Settings", "Search the docs", "On this page", "Site navigation",
    "Section Navigation", "Collapse Sidebar", "Expand Sidebar", "previous page", "next page",
    "Breadcrumb", "Icon Links", "Version warning", "Copyright", "Last updated", "Theme by",
    "By the",
    # Sphinx
    "Link to this heading", "Link to this term", "Link to this definition", "Link to this table",
    "Link to this image", "Hide Search Matches", "Search Results", "Search finished",
    "Preparing search", "Please activate JavaScript",
    # myst-nb, sphinx-togglebutton, sphinx-copybutton
    "Toggle hidden content", "Click to show", "Click to hide", "Copy to clipboard", "Copied",
    # plotly's modebar and hints
    "Download plot", "Double-click", "Zoom in", "Zoom out", "Reset axes", "Autoscale",
    "Produced with Plotly", "Toggle Spike Lines", "Show closest data on hover",
    "Compare data on hover", "Box Select", "Lasso Select",
]
#: Single English words that are UI labels when they are a whole attribute value (as words in
#: the text they may be Indonesian: "Main lagi" is "play again").
ENGLISH_LABELS = {"Main", "Page", "Home", "Search", "Contents", "Launch", "Download", "Copy",
                  "Repository", "Light", "Dark", "light", "dark", "Close", "Open", "Toggle",
                  "Fullscreen", "Announcement", "Indices", "next", "previous"}
ATTRIBUTES = ["title", "aria-label", "placeholder", "alt", "aria-description",
              "aria-roledescription", "data-title", "data-tooltip", "data-bs-title",
              "data-bs-original-title"]
PATTERN = re.compile(r"\b(" + "|".join(re.escape(s) for s in ENGLISH_UI) + r")\b")

COLLECT = """attributes => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of attributes) {
      const v = el.getAttribute(a);
      if (v) found.push([el.tagName.toLowerCase(), a, v]);
    }
    if (el.tagName.toLowerCase() === 'title' && el.closest('svg'))
      found.push(['svg', 'title', el.textContent]);
  }
  return {text: document.body.innerText, attributes: found};
}"""


def english_in(page_strings: dict) -> list:
    """The English UI strings in what COLLECT gathered from a page."""
    found = [("text", m) for m in PATTERN.findall(page_strings["text"])]
    for tag, attribute, value in page_strings["attributes"]:
        value = value.strip()
        if value in ENGLISH_LABELS or PATTERN.search(value):
            found.append((f"{tag}[{attribute}]", value))
    return sorted(set(found))


def test_the_check_finds_english():
    """The check itself: it finds the theme's English and leaves Indonesian alone."""
    english = {"text": "Back to top\nLangsung ke isi utama\nMain lagi",
               "attributes": [["button", "aria-label", "Toggle hidden content"],
                              ["nav", "aria-label", "Main"], ["a", "title", "Beranda"],
                              ["a", "data-title", "Download plot as a png"]]}
    assert english_in(english) == [
        ("a[data-title]", "Download plot as a png"), ("button[aria-label]", "Toggle hidden content"),
        ("nav[aria-label]", "Main"), ("text", "Back to top")]


@pytest.mark.parametrize("viewport", [(1280, 900), (390, 844)], ids=["desktop", "ponsel"])
@pytest.mark.parametrize("page", toc_pages())
def test_no_english_interface(visit, page, viewport):
    v = visit(page, viewport=viewport)
    v.draw_all_figures()
    found = english_in(v.page.evaluate(COLLECT, ATTRIBUTES))
    assert found == [], f"{page}: teks antarmuka berbahasa Inggris: {found}"


def test_search_page_speaks_indonesian(visit):
    v = visit("search")
    v.page.goto(v.page.url + "?q=korupsi")
    v.page.wait_for_selector("#search-results ul.search li", timeout=20000)
    v.page.wait_for_function(
        "document.querySelector('#search-results p.search-summary')?.textContent.length > 0")
    found = english_in(v.page.evaluate(COLLECT, ATTRIBUTES))
    assert found == [], f"search: {found}"
    assert "Pencarian selesai" in v.page.locator("#search-results").inner_text()
