"""Every figure of the book on a phone (touch, 360–412 px), measured in real Chromium.

The numbers are the design's phone budgets (DESIGN.md, issue "Phone-first"): plotting area
(the cartesian area, or the sunburst's disc) ≥ 60 % of the figure's width; no visible text
under 10 px effective size; no text outside the figure's box; slider rails ≥ 200 px; tap
targets ≥ 24 × 24 px; a drag lands on the step under the finger; a vertical swipe over a
figure scrolls the page; a tapped item's detail pane is on the screen. The measuring script
below reads only the drawn page (SVG boxes, computed styles), not the package.
"""
from __future__ import annotations

import pytest

from wogbook.buku import toc_pages

PHONE = (390, 844)
CHAPTER_4 = "book/04-tantangan-dan-korupsi"

MEASURE = """
(gd) => {
  const fig = gd.querySelector('.main-svg').getBoundingClientRect();
  const types = gd._fullData.map(t => t.type);
  let plot = null;
  if (types.includes('sunburst')) {
    plot = Math.max(0, ...Array.from(gd.querySelectorAll('.sunburstlayer'),
                                     d => d.getBoundingClientRect().width));
  } else {
    const area = gd.querySelector('.nsewdrag');  // the cartesian plotting area
    plot = area ? area.getBoundingClientRect().width : null;
  }
  const shown = el => {
    for (let n = el; n && n !== gd; n = n.parentElement) {
      const c = getComputedStyle(n);
      if (c.display === 'none' || c.visibility === 'hidden' || Number(c.opacity) === 0) return false;
    }
    return Number(getComputedStyle(el).fillOpacity) !== 0;
  };
  const texts = [];
  gd.querySelectorAll('text').forEach(el => {
    const r = el.getBoundingClientRect();
    if (!el.textContent.trim() || !r.width || !r.height || !shown(el)) return;
    const m = el.getScreenCTM();
    const scale = m ? Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) : 1;
    texts.push({text: el.textContent.trim().slice(0, 40),
                size: parseFloat(getComputedStyle(el).fontSize) * scale,
                out: r.left < fig.left - 1 || r.right > fig.right + 1 ||
                     r.top < fig.top - 1 || r.bottom > fig.bottom + 1});
  });
  const box = el => el.getBoundingClientRect();
  const targets = Array.from(gd.querySelectorAll(
    'g.updatemenu-button, g.updatemenu-header-group, .slider-rail-touch-rect, .modebar-btn'),
    el => [box(el).width, box(el).height]).filter(([w, h]) => w && h);
  return {variant: gd.getAttribute('data-wog-variant'), width: fig.width,
          plot_share: plot === null ? null : plot / fig.width,
          smallest: texts.length ? Math.min(...texts.map(t => t.size)) : null,
          small: texts.filter(t => t.size < 10).map(t => t.text),
          outside: texts.filter(t => t.out).map(t => t.text),
          rails: Array.from(gd.querySelectorAll('.slider-rail-rect'), r => box(r).width),
          small_targets: targets.filter(([w, h]) => w < 24 || h < 24)};
}
"""


def figure_pages() -> list[str]:
    # the pages with figures (the others have none to measure)
    return [p for p in toc_pages() if p.split("/")[-1][:2].isdigit()]


def measured(v) -> list[dict]:
    count = v.draw_all_figures()
    v.page.wait_for_timeout(800)  # the phone fitting runs after plotly's first drawing
    plots = v.page.locator(".wog-plot")
    return [plots.nth(i).evaluate(MEASURE) for i in range(count)]


def assert_usable_on_a_phone(page: str, figures: list[dict]):
    for i, m in enumerate(figures):
        where = f"{page}, gambar ke-{i + 1}"
        assert m["variant"] == "phone", where
        if m["plot_share"] is not None:
            assert m["plot_share"] >= 0.60, f"{where}: plotting area {m['plot_share']:.0%}"
        assert m["smallest"] is None or m["smallest"] >= 10, f"{where}: text {m['small']}"
        assert m["outside"] == [], f"{where}: text outside the figure: {m['outside']}"
        assert all(r >= 200 for r in m["rails"]), f"{where}: slider rails {m['rails']}"
        assert m["small_targets"] == [], f"{where}: tap targets {m['small_targets']}"


@pytest.mark.parametrize("page", figure_pages())
def test_every_figure_is_usable_on_a_390_px_phone(visit, page):
    v = visit(page, viewport=PHONE, touch=True)
    assert_usable_on_a_phone(page, measured(v))
    v.assert_fits_phone()
    assert v.errors == []


@pytest.mark.parametrize("width", [360, 412])
def test_the_corruption_explorer_is_usable_at_360_and_412_px(visit, width):
    v = visit(CHAPTER_4, viewport=(width, 800), touch=True)
    figures = measured(v)
    assert_usable_on_a_phone(f"{CHAPTER_4} @{width}px", figures)
    assert figures[0]["width"] <= width


def test_a_finger_drag_lands_on_the_step_under_it(visit):
    v = visit(CHAPTER_4, viewport=PHONE, touch=True)
    v.draw_all_figures()
    actives = "document.querySelector('.wog-plot').layout.sliders.map(s => s.active)"
    for k, share, step in [(0, 0.0, 0), (2, 1.0, 10), (1, 0.3, 3), (0, 0.72, 7)]:
        group = v.page.locator(".wog-plot").first.locator("g.slider-group").nth(k)
        group.scroll_into_view_if_needed()
        v.page.wait_for_timeout(300)
        grip = group.locator("rect.slider-grip-rect").bounding_box()
        rail = group.locator("rect.slider-rail-rect").bounding_box()
        x0, y = grip["x"] + grip["width"] / 2, grip["y"] + grip["height"] / 2
        x1 = rail["x"] + share * rail["width"]  # 11 steps spread over the rail
        v.finger([(x0 + (x1 - x0) * i / 8, y) for i in range(9)])
        v.page.wait_for_function(f"{actives}[{k}] === {step}")
    # manual licensing office (9, 8, 2) after the four drags: M 7, D 3, A 10 → 7 + 3 − 10 = 0
    assert v.page.evaluate(actives) == [7, 3, 10]
    title = v.page.locator(".wog-plot .gtitle").first.text_content()
    # index (0 + 10) / 3 = 3,33, shown whole: 3 (the phone may wrap the title at spaces)
    assert title.replace(" ", "").startswith("Risikomenurutrumus:RENDAH(kira-kira3dari10)")


@pytest.mark.parametrize("page", figure_pages())
def test_a_vertical_swipe_over_any_figure_scrolls_the_page(visit, page):
    v = visit(page, viewport=PHONE, touch=True)
    count = v.draw_all_figures()
    for k in range(count):
        v.page.evaluate(f"window.scrollTo({{top: document.querySelectorAll('.wog-plot')[{k}]"
                        ".getBoundingClientRect().top + scrollY - 120, behavior: 'instant'})")
        v.page.wait_for_timeout(200)
        box = v.page.locator(".wog-plot").nth(k).bounding_box()
        before = v.page.evaluate("scrollY")
        v.swipe_up(box["x"] + box["width"] / 2, min(box["y"] + box["height"] / 2, 600))
        assert v.page.evaluate("scrollY") > before + 100, f"{page}: figure {k + 1} holds the swipe"


def test_a_tapped_item_shows_its_detail_on_the_screen(visit):
    v = visit("book/03-faktor-pendorong", viewport=PHONE, touch=True)
    v.draw_all_figures()
    plot = v.page.locator(".wog-plot").first
    plot.scroll_into_view_if_needed()
    v.page.evaluate("window.scrollBy(0, -200)")  # the figure at the top: its pane far below
    v.page.wait_for_timeout(300)
    # on a phone the sunburst shows one ring: the centre and the four categories
    label = plot.locator("g.slice text", has_text="Hambatan").first
    box = v.steady_box(label)
    v.page.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    fid = plot.get_attribute("id")
    pane = v.page.locator(f"#{fid}-detail")
    v.page.wait_for_function(
        "id => document.getElementById(id + '-detail').textContent.startsWith('Tantangan: "
        "hambatan')", arg=fid)
    v.page.wait_for_timeout(300)
    r = pane.bounding_box()
    assert r["y"] >= 0 and r["y"] + min(r["height"], 200) <= PHONE[1], r
    assert v.errors == []
