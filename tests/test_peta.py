"""Chapter 7's concept map: data, highlighting, static explorer, live widget, browser.

Expected values are read off ``data/peta_konsep_*.csv`` by hand (27 nodes, 34 edges)."""
from __future__ import annotations

import pytest

from wogbook.inti import data
from wogbook.bab7 import peta

#: Chapter 4's nodes and the edges among them (CSV rows no 16, 17, 18, 21 → indices).
CHAPTER_4 = {"K14", "K15", "K16", "K17", "K18"}
CHAPTER_4_EDGES = {15, 16, 17, 20}
#: K19 (e-Government): rows no 22, 23, 24, 26, 27, 33 → indices; their other ends.
K19_EDGES = {21, 22, 23, 25, 26, 32}
K19_LIT = {"K19", "K11", "K20", "K21", "K22", "K23", "K27"}


def lit_codes(cmap, opacity):
    return {n.code for n, o in zip(cmap.nodes, opacity) if o == 1.0}


def test_map_reads_the_data():
    cmap = peta.concept_map()
    assert (len(cmap.nodes), len(cmap.edges)) == (27, 34)
    assert cmap.node("K27").chapters == (5, 6)  # "5 6" in the CSV
    assert cmap.node("K05").chapters == (7,)
    assert (cmap.node("K08").x, cmap.node("K08").y) == (1.2, -6)
    assert cmap.edges[9] == peta.Edge("K10", "K11", "menjadi inti")
    assert cmap.sentence(cmap.edges[0]) == \
        "New Public Management (NPM) → menimbulkan → Devolusi struktural, disagregasi, " \
        "fragmentasi, organisasi bertujuan tunggal"


def test_figure_draws_every_node_and_arrow():
    fig = peta.figure()
    assert list(fig.data[0].text[:3]) == ["NPM", "Fragmentasi", "Koordinasi lemah"]
    assert len(fig.data[0].x) == 27 and len(fig.layout.annotations) == 34
    # a node takes the colour of its first chapter: K05 is chapter 7, K27 chapter 5
    colors = list(fig.data[0].marker.color)
    assert colors[4] == "#000000" and colors[26] == "#E69F00" and colors[0] == "#0072B2"
    # edge K01 → K02: arrow from (1, 0) to (1, −1), its midpoint at (1, −0,5)
    arrow = fig.layout.annotations[0]
    assert (arrow.ax, arrow.ay, arrow.x, arrow.y) == (1, 0, 1, -1)
    assert (fig.data[1].x[0], fig.data[1].y[0]) == (1, -0.5)
    assert fig.data[0].hovertext[26] == "SPBE (Perpres 95/2018) dan Indeks SPBE<br>Bab 5, 6"
    assert fig.layout.title.text == "Peta konsep buku: dari NPM sampai tuas pengungkit"
    assert set(fig.data[0].marker.opacity) == {1.0}


def test_figure_highlights_a_chapter():
    fig = peta.figure(chapter=4)
    cmap = peta.concept_map()
    assert lit_codes(cmap, fig.data[0].marker.opacity) == CHAPTER_4
    dim = [o for o in fig.data[0].marker.opacity if o != 1.0]
    assert len(dim) == 22 and set(dim) == {0.15}
    colors = fig.data[0].textfont.color
    assert colors[13] == "#111111" and colors[0] == "#bbbbbb"  # K14 lit, K01 dimmed
    assert {i for i, a in enumerate(fig.layout.annotations) if a.opacity == 1.0} == CHAPTER_4_EDGES


def test_focus_by_chapter_and_by_node():
    cmap = peta.concept_map()
    assert peta.focus(cmap, chapter=4) == (CHAPTER_4, CHAPTER_4_EDGES)
    assert peta.focus(cmap, node="K19") == (K19_LIT, K19_EDGES)
    # chapter 5 and 6 both include K27 (SPBE)
    assert "K27" in peta.focus(cmap, chapter=5)[0] and "K27" in peta.focus(cmap, chapter=6)[0]
    assert peta.focus(cmap) == ({n.code for n in cmap.nodes}, set(range(34)))
    with pytest.raises(ValueError, match="Bab 9 tidak ada; pilihan: 1–7"):
        peta.focus(cmap, chapter=9)
    with pytest.raises(ValueError, match="Simpul 'K99' tidak ada di peta_konsep_simpul.csv"):
        peta.focus(cmap, node="K99")
    with pytest.raises(ValueError, match="tidak keduanya"):
        peta.focus(cmap, chapter=1, node="K01")


def test_update_dims_what_is_not_lit():
    cmap = peta.concept_map()
    u = peta.update(cmap, {"K01"}, {0})
    assert list(u.traces) == [0]
    assert u.traces[0]["marker.opacity"][:3] == [1.0, 0.15, 0.15]
    assert u.traces[0]["textfont.color"][:2] == ["#111111", "#bbbbbb"]
    assert u.layout["annotations[0].opacity"] == 1.0 and u.layout["annotations[1].opacity"] == 0.15
    assert len(u.layout) == 34


def test_detail_lists_every_relation_of_a_node():
    cmap = peta.concept_map()
    # K07 appears in rows 6 (K06→K07), 7, 28 (K23→K07), 30 and 32: five relations
    assert peta.node_detail(cmap, "K07").splitlines() == [
        "K07 — Jejaring kerja (network)",
        "Bab: 1",
        "← Joined-up government (Inggris, 1997) → membentuk",
        "→ mula-mula berupa → Koordinasi: agenda masing-masing",
        "← Pemungkin strategis (strategic enabler) → menciptakan dan menopang",
        "→ matang melalui → Empat tahap maturasi: Agency → Transition → Integration → Golden Age",
        "→ menjadi → Tuas pengungkit (leverage): ekonomi, sosial, lingkungan, pelayanan publik",
    ]
    assert peta.node_detail(cmap, "K27").splitlines()[1] == "Bab: 5, 6"


def test_explorer_menu_highlights_each_chapter():
    spec = peta.explorer().spec()
    [menu] = spec["layout"]["updatemenus"]
    buttons = menu["buttons"]
    assert [b["label"] for b in buttons] == ["Semua"] + [f"Bab {c}" for c in range(1, 8)]
    assert all(b["method"] == "update" and b["args"][2] == [0] for b in buttons)
    cmap = peta.concept_map()

    def lit(button):
        restyle, relayout, _ = button["args"]
        nodes = lit_codes(cmap, restyle["marker.opacity"][0])
        edges = {i for i in range(34) if relayout[f"annotations[{i}].opacity"] == 1.0}
        return nodes, edges

    assert lit(buttons[0]) == ({n.code for n in cmap.nodes}, set(range(34)))
    assert lit(buttons[4]) == (CHAPTER_4, CHAPTER_4_EDGES)
    # chapter 7: K05 (Globalisasi) and K26 (Tuas pengungkit), no edge between them
    assert lit(buttons[7]) == ({"K05", "K26"}, set())
    # chapter 3 has one concept: K13
    assert lit(buttons[3])[0] == {"K13"}
    html = peta.explorer().to_html()
    assert "Versi teks gambar ini" in html and 'class="wog-detail"' in html
    assert "27 konsep dan 34 hubungan" in peta.explorer().alt


def test_text_version_lists_every_relation():
    table = peta.text_version()
    assert table.headers == ["Dari", "Hubungan", "Ke"] and len(table.rows) == 34
    assert table.rows[18] == ["Korupsi = monopoli + diskresi − akuntabilitas (alat berpikir)",
                              "korupsi termasuk",
                              "Wicked problems: tidak jelas sebabnya, multidimensi, "
                              "menyangkut perilaku"]


@pytest.mark.parametrize("cell", ["8", "5 x", "0"])
def test_bad_chapter_numbers_in_data_are_reported(data_copy, cell):
    path = data_copy / "peta_konsep_simpul.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(',"5 6",', f',"{cell}",').replace(",5 6,", f",{cell},"),
                    encoding="utf-8")
    with pytest.raises(data.DataError) as err:
        peta.concept_map()
    message = str(err.value)
    assert "peta_konsep_simpul.csv" in message
    assert f"baris 28, kolom 'bab': '{cell}' harus nomor bab 1–7" in message


def test_moved_node_moves_in_the_figure(data_copy):
    path = data_copy / "peta_konsep_simpul.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("K01,NPM,New Public Management (NPM),1,1,0",
                                 "K01,NPM,New Public Management (NPM),1,2.5,0"), encoding="utf-8")
    fig = peta.figure()
    assert fig.data[0].x[0] == 2.5 and fig.layout.annotations[0].ax == 2.5


def test_unknown_edge_end_is_reported(data_copy):
    path = data_copy / "peta_konsep_sisi.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("1,K01,K02,menimbulkan", "1,K01,K42,menimbulkan"),
                    encoding="utf-8")
    with pytest.raises(data.DataError, match="baris 2, kolom 'ke': 'K42' tidak ada di "
                                             "peta_konsep_simpul.csv"):
        peta.concept_map()


def test_widget_highlights_the_chosen_concept():
    live = peta.widget()
    live.controls["menu"].value = "K17"
    # K17 appears in rows 18 (K15→K17), 19 (K17→K04) and 25 (K21→K17)
    assert lit_codes(peta.concept_map(), live.figure.data[0].marker.opacity) == \
        {"K17", "K15", "K04", "K21"}
    lit_arrows = {i for i, a in enumerate(live.figure.layout.annotations) if a.opacity == 1.0}
    assert lit_arrows == {17, 18, 24}
    assert "Korupsi = monopoli" in live.detail.value and "wog-detail" in live.detail.value
    live.controls["menu"].value = ""
    assert set(live.figure.data[0].marker.opacity) == {1.0}
    assert peta.WIDGET_HINT in live.detail.value
    assert live.box.children[0] is live.controls["menu"]


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


def test_chapter_text_describes_the_map_as_drawn():
    """Chapter 7 describes the figure the reader sees: the map is drawn top to bottom (NPM is
    the highest node, New Public Service the lowest), its labels are the short names, never the
    K codes, and every concept or arrow the text names in italics ("*Rumus korupsi* →
    *Wicked problems*") is a label on the map, an arrow the map draws."""
    import re

    import nbformat
    from conftest import ROOT

    nb = nbformat.read(ROOT / "book" / "07-kesimpulan.ipynb", as_version=4)
    text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown"
                     and "remove-cell" not in c.metadata.get("tags", []))
    cmap = peta.concept_map()
    top, bottom = max(cmap.nodes, key=lambda n: n.y), min(cmap.nodes, key=lambda n: n.y)
    assert (top.short, bottom.short) == ("NPM", "New Public Service")
    assert "dari atas ke bawah" in text and "kiri ke kanan" not in text
    assert not re.findall(r"\bK\d{2}\b", text), "kode simpul tidak tampil di gambar"
    shorts = {n.short: n.code for n in cmap.nodes}
    drawn = {(e.source, e.target) for e in cmap.edges}
    for a, b in re.findall(r"\*([^*\n]+)\* → \*([^*\n]+)\*", text):
        assert a in shorts and b in shorts, (a, b)
        assert (shorts[a], shorts[b]) in drawn, f"panah {a} → {b} tidak ada di peta"
