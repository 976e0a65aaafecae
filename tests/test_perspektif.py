"""Chapter 2: the recreated Gambar 2, Perspektif WoG (model, update, figure, explorer,
widget, data, and the page's problem buttons in a real browser)."""
from __future__ import annotations

import html

import re

import pytest

from conftest import plot_js
from plotly.callbacks import Points

from wogbook.bab2 import perspektif as per
from wogbook.inti import aturan
from wogbook.inti.data import DataError

BLUE, GREEN, PINK = "#0072B2", "#009E73", "#CC79A7"
BANJIR = ["Kementerian PU", "Dinas PU kota", "Dinas LH kota", "Pemkab hulu", "Pengembang",
          "Warga & pedagang"]

BAB2 = "book/02-pengertian-wog"


# ------------------------------------------------------------------ model
def test_problems_and_their_parties_come_from_the_csv_files():
    problems = per.problems()
    assert list(problems) == ["banjir", "stunting", "korupsi"]
    banjir = problems["banjir"]
    assert banjir.nama == "Banjir"
    assert banjir.hasil == "Permukiman tepi sungai tidak lagi terendam setiap musim hujan"
    assert [p.nama for p in banjir.pihak] == BANJIR
    assert banjir.pihak[0] == per.Pihak("Kementerian PU", "pusat", "sungai & tanggul",
                                        "tanggul selesai")
    assert [p.kelompok for p in problems["stunting"].pihak] == [
        "pusat", "pusat", "daerah", "daerah", "nonpemerintah", "nonpemerintah"]
    assert len(per.SLOTS) == aturan.PARTY_COUNT == 6  # one ring slot per party
    with pytest.raises(ValueError, match=re.escape(
            "Contoh masalah 'kemiskinan' tidak dikenal (tidak ada di perspektif_masalah.csv); "
            "pilihan yang ada: banjir, stunting, korupsi.")):
        per.figure("kemiskinan")
    with pytest.raises(ValueError, match="'Banjir'"):
        per.explorer("Banjir")


# ---------------------------------------------------------- state → update
def test_parties_sit_on_the_ring_in_group_order():
    u = per.update("banjir")
    actors = u.traces[per.T_ACTORS]
    # pusat at 150°, the three daerah at 210°, 250°, 290°, then non-pemerintah at 330°, 30°;
    # radius 2: 2·cos 150° = −1.7321, 2·sin 250° = −1.8794, 2·cos 290° = 0.684
    assert list(zip(actors["x"], actors["y"])) == [
        (-1.7321, 1.0), (-1.7321, -1.0), (-0.684, -1.8794), (0.684, -1.8794),
        (1.7321, -1.0), (1.7321, 1.0)]
    assert actors["marker.color"] == [BLUE, GREEN, GREEN, GREEN, PINK, PINK]
    assert actors["text"][5] == "Warga &amp;<br>pedagang"  # escaped, wrapped at 11
    edges = u.traces[per.T_EDGES]
    # five links between neighbours and six spokes to the ring (radius 1.25): 11 segments
    assert len(edges["x"]) == 33 and edges["x"][2::3] == [None] * 11
    # first the link Kementerian PU → Dinas PU kota, then its spoke: 1.25·cos 150° = −1.0825
    assert edges["x"][:6] == [-1.7321, -1.7321, None, -1.7321, -1.0825, None]
    assert edges["y"][:6] == [1.0, -1.0, None, 1.0, 0.625, None]


def test_update_writes_the_silo_and_wog_texts_of_each_party():
    u = per.update("banjir")
    silo = u.traces[per.T_SILO_ACTORS]
    # the detail pane shows the plain text of the (escaped) customdata
    assert html.unescape(silo["customdata"][0]) == (
        "Kementerian PU (instansi pusat) dalam cara pandang silo: hanya melihat potongan "
        "'sungai & tanggul' dan mengejar tujuannya sendiri, 'tanggul selesai'.")
    assert u.traces[per.T_SILO_PIECES]["text"][0] == "sungai &amp;<br>tanggul"
    assert u.traces[per.T_SILO_GOALS]["text"][5] == "tetap di<br>bantaran"
    assert html.unescape(u.traces[per.T_ACTORS]["customdata"][4]) == (
        "Pengembang (mitra non-pemerintah) dalam perspektif WoG: terhubung dengan pihak lain "
        "dalam satu jejaring dan membawa pengetahuan serta sumber dayanya tentang 'lahan di "
        "hulu' untuk hasil bersama: permukiman tepi sungai tidak lagi terendam setiap musim "
        "hujan.")
    outcome = u.traces[per.T_OUTCOME]
    assert outcome["text"] == ["<b>Permukiman tepi sungai tidak lagi<br>terendam setiap musim "
                               "hujan</b>"]
    assert outcome["customdata"] == ["Hasil bersama: Permukiman tepi sungai tidak lagi "
                                     "terendam setiap musim hujan."]
    assert u.layout == {
        f"annotations[{per.A_SILO_TITLE}].text":
            "<b>Cara pandang silo</b><br>banjir dipotong menurut tupoksi",
        f"annotations[{per.A_PROBLEM}].text": "<b>BANJIR</b>"}


# ------------------------------------------------------------------ figure
def test_figure_shows_the_module_traits_and_the_four_determinants():
    fig = per.figure("stunting")
    assert [t.name for t in fig.data] == [
        "Pihak (silo)", "Potongan masalah", "Tujuan sendiri", "Jejaring", "Pihak",
        "Ciri masalah", "Determinan", "Hasil bersama"]
    assert fig.data[per.T_SILO_ACTORS].text[0] == "Kemenkes"
    # wrapped at 19 characters: "tidak jelas sebabnya" has 20
    assert list(fig.data[per.T_TRAITS].text) == ["tidak jelas<br>sebabnya", "multidimensi",
                                                 "menyangkut<br>perubahan perilaku"]
    assert list(fig.data[per.T_TRAITS].y) == [0.2, -0.14, -0.46]
    dets = fig.data[per.T_DETS]
    assert list(dets.text) == ["1", "2", "3", "4"]
    assert (dets.x[0], dets.y[0]) == (0.8839, 0.8839)  # 1.25·cos 45°
    assert dets.customdata[2].startswith("Determinan 3, Jejaring kerja: Hubungan kerja")
    legend = fig.layout.annotations[4].text
    assert "<b>1</b> agenda dan tujuan bersama · <b>2</b> kolaborasi<br><b>3</b> jejaring" \
        in legend
    assert len(fig.layout.shapes) == 6 + 2  # six pieces, the ring and the problem circle
    assert fig.layout.height == 1000


# ------------------------------------------------------------ front-ends
def test_explorer_buttons_switch_the_problem_with_complete_states():
    book = per.explorer()
    menu = book.spec()["layout"]["updatemenus"][0]
    assert menu["type"] == "buttons" and menu["active"] == 0
    assert [b["label"] for b in menu["buttons"]] == ["Banjir", "Stunting", "Korupsi"]
    restyle, relayout, traces = menu["buttons"][2]["args"]
    assert traces == [per.T_SILO_ACTORS, per.T_SILO_PIECES, per.T_SILO_GOALS, per.T_EDGES,
                      per.T_ACTORS, per.T_OUTCOME]
    assert restyle["text"][traces.index(per.T_ACTORS)][0] == "KPK"
    assert relayout[f"annotations[{per.A_PROBLEM}].text"] == "<b>KORUPSI</b>"
    # a trace the update does not colour keeps the figure's own colour (not null)
    assert restyle["marker.color"][traces.index(per.T_SILO_GOALS)] == "#1a1a1a"
    assert book.alt.startswith("Rekonstruksi Gambar 2 modul (Perspektif WoG) dari uraian teks "
                               "modul, bukan gambar asli")
    assert "tiga cirinya (tidak jelas sebabnya, multidimensi, menyangkut perubahan perilaku)" \
        in book.alt
    assert book.alt.endswith("beralih antara contoh banjir, stunting dan korupsi.")
    assert book.text.caption == "Perspektif WoG untuk tiga contoh masalah (ilustrasi)"
    assert len(book.text.rows) == 3 * (6 + 1)
    assert book.text.rows[6] == ["Banjir", "Semua pihak dalam satu jejaring", "perspektif WoG",
                                 "seluruh masalah, dengan ketiga cirinya",
                                 "Permukiman tepi sungai tidak lagi terendam setiap musim hujan"]
    assert book.detail == per.HINT
    assert book.to_html() == per.explorer().to_html()


def test_widget_switches_problem_and_shows_details():
    live = per.widget()
    fig = live.figure
    live.controls["menu"].value = "stunting"
    assert fig.data[per.T_ACTORS].text[0] == "Kemenkes"
    assert fig.layout.annotations[per.A_PROBLEM].text == "<b>STUNTING</b>"
    live.controls["menu"].value = "korupsi"
    assert fig.data[per.T_SILO_ACTORS].text[0] == "KPK"
    fig.data[per.T_OUTCOME]._dispatch_on_click(Points(point_inds=[0], trace_index=7), None)
    assert "Hasil bersama: Layanan publik yang bersih dan akuntabel." in live.detail.value


def test_an_edited_problem_name_reaches_the_buttons(data_copy):
    path = data_copy / "perspektif_masalah.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("banjir,Banjir,",
                                                             "banjir,Banjir rob,"),
                    encoding="utf-8")
    menu = per.explorer().spec()["layout"]["updatemenus"][0]
    assert menu["buttons"][0]["label"] == "Banjir rob"
    assert menu["buttons"][0]["args"][1][f"annotations[{per.A_PROBLEM}].text"] == \
        "<b>BANJIR ROB</b>"


# ------------------------------------------------------------------ data
def test_a_problem_with_five_parties_is_refused(data_copy):
    path = data_copy / "perspektif_pihak.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(l for l in lines if not l.startswith("banjir,Pengembang,")),
                    encoding="utf-8")
    with pytest.raises(DataError, match=r"'perspektif_pihak\.csv'[\s\S]*masalah 'banjir' "
                                        r"\(perspektif_masalah\.csv\) punya 5 pihak; harus "
                                        r"tepat 6"):
        per.figure()


def test_a_party_of_an_unknown_problem_is_refused(data_copy):
    path = data_copy / "perspektif_pihak.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("korupsi,KPK,", "korups,KPK,"),
                    encoding="utf-8")
    with pytest.raises(DataError, match=r"baris 14, kolom 'masalah': 'korups' tidak ada di "
                                        r"perspektif_masalah\.csv"):
        per.problems()


def test_an_unknown_group_is_refused_naming_row_and_column(data_copy):
    path = data_copy / "perspektif_pihak.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("BKKBN,pusat,", "BKKBN,nasional,"),
                    encoding="utf-8")
    with pytest.raises(DataError, match=r"baris 9, kolom 'kelompok': nilai 'nasional' tidak "
                                        r"dikenal; yang diizinkan: pusat, daerah, nonpemerintah"):
        per.explorer()


# ================================================================ browser
def test_bab2_problem_buttons_switch_gambar_2(visit):
    v = visit(BAB2)
    v.draw_all_figures()
    plot = v.page.locator(".wog-plot").nth(1)
    for name, m in reversed(list(per.problems().items())):
        plot.locator(".updatemenu-button").filter(has_text=re.compile(f"^{m.nama}$")).click()
        traces = per.update(name).traces
        v.page.wait_for_function(
            f"t => {plot_js(1)}.layout.annotations[{per.A_PROBLEM}].text === t",
            arg=f"<b>{m.nama.upper()}</b>")
        for trace in (per.T_SILO_ACTORS, per.T_ACTORS, per.T_OUTCOME):
            assert v.page.evaluate(f"{plot_js(1)}.data[{trace}].text") == traces[trace]["text"]
        assert v.page.evaluate(f"{plot_js(1)}.data[{per.T_ACTORS}].x") == \
            traces[per.T_ACTORS]["x"]
        assert plot.locator("g.trace").count() == per.T_OUTCOME + 1  # every trace drawn
    # now "Banjir": the first party of the silo view, of the WoG view, then a badge
    traces = per.update("banjir").traces
    v.click_point(1, per.T_SILO_ACTORS, 0)
    v.wait_detail(1, html.unescape(traces[per.T_SILO_ACTORS]["customdata"][0]))
    v.click_point(1, per.T_ACTORS, 0)
    v.wait_detail(1, html.unescape(traces[per.T_ACTORS]["customdata"][0]))
    v.click_point(1, per.T_DETS, 0)
    first = per.determinants()[0]
    v.wait_detail(1, f"Determinan 1, {first['determinan']}: {first['penjelasan']}")
    assert v.errors == []
