"""Accessibility: axe-core (WCAG 2.1 A/AA rules, label-in-name included) finds nothing serious
or critical on any page, with every figure drawn. axe.min.js comes from the axe-playwright-python wheel, not the web."""
from __future__ import annotations

import pytest

from conftest import toc_pages

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.mark.parametrize("page", toc_pages())
def test_no_serious_accessibility_violations(visit, page):
    from axe_playwright_python.base import AXE_FILE_PATH

    v = visit(page, block_network=True)
    v.draw_all_figures()
    v.page.add_script_tag(path=str(AXE_FILE_PATH))
    # label-content-name-mismatch (WCAG 2.5.3 label in name) is "experimental" in axe-core
    # 4.x and off unless asked for
    result = v.page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags},"
        " rules: {'label-content-name-mismatch': {enabled: true}}})", WCAG)
    assert result["passes"], "axe ran no checks"
    bad = [(r["id"], r["impact"], [n["target"] for n in r["nodes"][:3]])
           for r in result["violations"] if r["impact"] in ("serious", "critical")]
    assert bad == [], f"{page}: {bad}"


def test_a_table_that_scrolls_on_a_phone_is_reachable_by_keyboard(visit):
    """On a 360 px phone chapter 5's wide tables scroll inside their box: each such box is a
    named, focusable region (wog-a11y.js marks them once the page has loaded), each box that
    fits stays out of the tab order, and axe's scrollable-region rule passes."""
    from axe_playwright_python.base import AXE_FILE_PATH

    v = visit("book/05-egovernment", block_network=True, viewport=(360, 740), touch=True)
    boxes = v.page.evaluate(
        "() => [...document.querySelectorAll('.wog-table-wrap')].map(b => ({"
        " wide: b.scrollWidth > b.clientWidth + 1, tabindex: b.getAttribute('tabindex'),"
        " role: b.getAttribute('role'), label: b.getAttribute('aria-label'),"
        " caption: (b.querySelector('caption') || {textContent: ''}).textContent.trim()}))")
    wide = [b for b in boxes if b["wide"]]
    assert wide, "no table of chapter 5 scrolls at 360 px: the test checks nothing"
    for b in wide:
        assert (b["tabindex"], b["role"]) == ("0", "region") and b["label"] == b["caption"] != "", b
    assert all(b["tabindex"] is None for b in boxes if not b["wide"])
    v.page.add_script_tag(path=str(AXE_FILE_PATH))
    result = v.page.evaluate(
        "() => axe.run(document, {runOnly: {type: 'rule', values: ['scrollable-region-focusable']}})")
    assert result["passes"] and result["violations"] == [], result["violations"]
