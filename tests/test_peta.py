"""Chapter 7's concept map: data, highlighting, static explorer, live widget, browser."""
from __future__ import annotations

import pytest

from wogbook import data, peta


def test_map_has_every_node_and_edge_of_the_data():
    cmap = peta.concept_map()
    assert len(cmap.nodes) == len(data.load("peta_konsep_simpul"))
    assert len(cmap.edges) == len(data.load("peta_konsep_sisi"))
    assert cmap.node("K27").chapters == (5, 6)
    fig = peta.figure()
    assert list(fig.data[0].text) == [n.short for n in cmap.nodes]
    assert len(fig.layout.annotations) == len(cmap.edges)


def test_focus_by_chapter_and_by_node():
    cmap = peta.concept_map()
    lit, edges = peta.focus(cmap, chapter=4)
    assert lit == {"K14", "K15", "K16", "K17", "K18"}
    assert all(cmap.edges[i].source in lit and cmap.edges[i].target in lit for i in edges)
    lit, edges = peta.focus(cmap, node="K19")
    assert {"K11", "K20", "K21", "K22", "K23", "K27"} <= lit
    assert len(edges) == 6
    assert peta.focus(cmap) == ({n.code for n in cmap.nodes}, set(range(len(cmap.edges))))
    with pytest.raises(ValueError, match="Bab 9 tidak ada"):
        peta.focus(cmap, chapter=9)
    with pytest.raises(ValueError, match="Simpul 'K99' tidak ada"):
        peta.focus(cmap, node="K99")
    with pytest.raises(ValueError, match="tidak keduanya"):
        peta.focus(cmap, chapter=1, node="K01")


def test_detail_lists_every_relation_of_a_node():
    cmap = peta.concept_map()
    text = peta.node_detail(cmap, "K07")
    assert text.startswith("K07 — Jejaring kerja")
    relations = [e for e in cmap.edges if "K07" in (e.source, e.target)]
    assert len(text.splitlines()) == 2 + len(relations)


def test_explorer_buttons_match_the_model():
    cmap = peta.concept_map()
    spec = peta.explorer().spec()
    buttons = spec["layout"]["updatemenus"][0]["buttons"]
    assert [b["label"] for b in buttons] == ["Semua"] + [f"Bab {c}" for c in range(1, 8)]
    for b, chapter in zip(buttons, [None, *range(1, 8)]):
        lit, edges = peta.focus(cmap, chapter)
        restyle, relayout, traces = b["args"]
        assert traces == [0]
        opacity = restyle["marker.opacity"][0]
        assert [n.code for n, o in zip(cmap.nodes, opacity) if o == 1.0] == [n.code for n in cmap.nodes if n.code in lit]
        assert {i for i in range(len(cmap.edges)) if relayout[f"annotations[{i}].opacity"] == 1.0} == edges
    html = peta.explorer().to_html()
    assert "Versi teks gambar ini" in html and 'class="wog-detail"' in html


def test_bad_chapter_numbers_in_data_are_reported(copy_dir):
    tmp_path = copy_dir
    text = (tmp_path / "peta_konsep_simpul.csv").read_text(encoding="utf-8")
    (tmp_path / "peta_konsep_simpul.csv").write_text(text.replace("K27,SPBE,", "K27,SPBE,").replace(',"5 6",', ",8,").replace(",5 6,", ",8,"), encoding="utf-8")
    with pytest.raises(data.DataError, match="kolom 'bab': '8' harus nomor bab 1–7"):
        peta.concept_map(tmp_path)


def test_widget_highlights_the_chosen_concept():
    box = peta.widget()
    box.menu.value = "K17"
    cmap = peta.concept_map()
    lit, _ = peta.focus(cmap, node="K17")
    opacity = box.figure.data[0].marker.opacity
    assert [n.code for n, o in zip(cmap.nodes, opacity) if o == 1.0] == [n.code for n in cmap.nodes if n.code in lit]
    assert "Rumus korupsi" not in box.detail.value and "Korupsi = monopoli" in box.detail.value
    box.menu.value = ""
    assert set(box.figure.data[0].marker.opacity) == {1.0}


PAGE = "book/07-kesimpulan"


def test_concept_map_in_the_browser(visit):
    v = visit(PAGE)
    assert v.draw_all_figures() == 1
    opacity = "Array.from(document.querySelector('.wog-plot').data[0].marker.opacity)"
    assert set(v.page.evaluate(opacity)) == {1}
    v.page.locator(".wog-plot .updatemenu-header-group").click()
    v.page.locator(".wog-plot .updatemenu-item-text", has_text="Bab 4").click()
    v.page.wait_for_function(
        "Array.from(document.querySelector('.wog-plot').data[0].marker.opacity).filter(o => o === 1).length === 5")
    # click the WoG node: the detail pane lists its relations
    point = v.page.evaluate("""(() => {
        const gd = document.querySelector('.wog-plot');
        const i = gd.data[0].text.indexOf('WoG');
        const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis, r = gd.getBoundingClientRect();
        return [r.left + xa._offset + xa.d2p(gd.data[0].x[i]), r.top + ya._offset + ya.d2p(gd.data[0].y[i])];
    })()""")
    v.page.mouse.click(*point)
    detail = v.page.locator(".wog-detail")
    v.page.wait_for_function("document.querySelector('.wog-detail').textContent.startsWith('K11')")
    assert "menjadi inti" in detail.text_content()
    assert v.errors == [] and v.foreign == []
