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
