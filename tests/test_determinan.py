"""Chapter 1: the four determinants of WoG and "Cek instansi Anda" (model, update, figure,
explorer, widget, data, and clicking the pillars in a real browser)."""
from __future__ import annotations

import re

import pytest
from plotly.callbacks import Points

from wogbook.bab1 import determinan
from wogbook.bab1.determinan import BROKEN, FULL
from wogbook.inti.gaya import HEADING
from wogbook.inti.data import DataError

NAMES = ["Agenda dan tujuan bersama", "Kolaborasi", "Jejaring kerja", "Integrasi"]
OUTCOME = ("Hasil (outcome) bersama: hasil yang tidak dapat dicapai apabila setiap instansi "
           "bekerja sendiri (Halligan). Keempat determinan bersama-sama menopangnya; jika "
           "salah satunya tidak ada, WoG akan pincang.")
GREY, ROOF_GREY, YELLOW = "#d9d9d9", "#bdbdbd", "#F0E442"

BAB1 = "book/01-latar-belakang"


# ------------------------------------------------------------------ model
def test_status_keeps_the_data_order_and_names_what_is_missing():
    assert list(determinan.determinants()) == NAMES
    full = determinan.status()
    assert full.present == tuple(NAMES) and full.missing == ()
    assert full.message == "Empat determinan WoG menopang hasil bersama"
    some = determinan.status(["Integrasi", "Kolaborasi"])
    assert some.present == ("Kolaborasi", "Integrasi")
    assert some.missing == ("Agenda dan tujuan bersama", "Jejaring kerja")
    assert some.message == "WoG pincang: belum ada agenda dan tujuan bersama, jejaring kerja"
    assert determinan.status([]).message == "Tanpa satu pun determinan, WoG tidak berdiri"
    assert determinan.outcome() == OUTCOME


@pytest.mark.parametrize("bad, fragment", [
    (["Kolaborasi", "Koordinasi"], "Determinan 'Koordinasi' tidak dikenal (tidak ada di "
                                   "determinan_wog.csv); pilihan yang ada: Agenda dan tujuan "
                                   "bersama, Kolaborasi, Jejaring kerja, Integrasi."),
    ("Kolaborasi", "harus berupa daftar nama (mis. ['Kolaborasi']); diterima: 'Kolaborasi'"),
    (4, "harus berupa daftar nama"),
])
def test_bad_determinants_are_refused(bad, fragment):
    for call in (determinan.status, determinan.update, determinan.figure):
        with pytest.raises(ValueError, match=re.escape(fragment)):
            call(bad)


# ---------------------------------------------------------- state → update
def test_all_four_pillars_hold_a_level_yellow_roof():
    u = determinan.update()
    pillars, roof, label = u.traces[0], u.traces[1], u.traces[2]
    assert pillars["y"] == [1.0, 1.0, 1.0, 1.0]
    assert pillars["marker.color"] == ["#0072B2", "#009E73", "#E69F00", "#CC79A7"]
    assert pillars["marker.pattern.shape"] == ["", "", "", ""]
    # white text only on the dark blue pillar (WCAG contrast: 5.1 against 4.1 for black)
    assert pillars["textfont.color"] == ["#ffffff", "#000000", "#000000", "#000000"]
    assert pillars["text"] == ["Agenda<br>& tujuan<br>bersama", "Kolaborasi",
                               "Jejaring<br>kerja", "Integrasi"]
    # each half's tallest pillar: plinth 0.14 + 1.0 + 0.02 = 1.16; the peak 0.5 higher
    assert roof["x"] == [-0.62, 1.5, 3.62, -0.62]
    assert roof["y"] == pytest.approx([1.16, 1.66, 1.16, 1.16])
    assert roof["fillcolor"] == YELLOW
    assert label["y"] == pytest.approx([1.33])
    assert u.layout == {f"annotations[{HEADING}].text":
                        "<b>Empat determinan WoG menopang hasil<br>bersama</b>"}


def test_missing_pillars_break_and_grey_the_roof():
    u = determinan.update(["Kolaborasi", "Integrasi"])
    pillars = u.traces[0]
    assert pillars["y"] == [BROKEN, FULL, BROKEN, FULL] == [0.42, 1.0, 0.42, 1.0]
    assert pillars["marker.color"] == [GREY, "#009E73", GREY, "#CC79A7"]
    assert pillars["marker.pattern.shape"] == ["x", "", "x", ""]
    assert pillars["text"][0] == "Agenda<br>& tujuan<br>bersama<br><i>(belum ada)</i>"
    assert pillars["text"][1] == "Kolaborasi"
    assert u.traces[1]["fillcolor"] == ROOF_GREY
    # each half still has a whole pillar: the roof stays level
    assert u.traces[1]["y"] == pytest.approx([1.16, 1.66, 1.16, 1.16])


def test_the_roof_tilts_when_a_half_has_no_whole_pillar():
    u = determinan.update(["Jejaring kerja", "Integrasi"])
    # left half: 0.14 + 0.42 + 0.02 = 0.58; right: 1.16; peak (0.58 + 1.16) / 2 + 0.5 = 1.37
    assert u.traces[1]["y"] == pytest.approx([0.58, 1.37, 1.16, 0.58])
    assert u.traces[2]["y"] == pytest.approx([1.04])  # (0.58 + 1.16) / 2 + 0.17
    assert u.layout[f"annotations[{HEADING}].text"] == (
        "<b>WoG pincang: belum ada agenda dan<br>tujuan bersama, kolaborasi</b>")


# ------------------------------------------------------------------ figure
def test_figure_carries_the_texts_of_the_csv():
    fig = determinan.figure()
    bars, roof, outcome = fig.data
    assert bars.customdata[1] == (
        "Kolaborasi\nKerja sama intra- dan interinstansi di dalam jejaring kerja berdasarkan "
        "satu agenda, kepentingan, dan tujuan bersama, bukan sekadar saling memberi kabar.\n"
        "Contoh: Ilustrasi: tim lintas dinas menyusun satu rencana aksi dengan pembagian peran "
        "yang jelas, bukan hanya rapat koordinasi bulanan.")
    assert bars.hovertext[3].startswith("<b>Integrasi</b><br>Fungsi, proses, dan data")
    assert outcome.customdata == (OUTCOME,)
    assert outcome.x == (1.5,)
    assert list(bars.y) == [1.0] * 4 and bars.base == 0.14
    assert fig.layout.height == 470


def test_figure_follows_an_edited_explanation(data_copy):
    path = data_copy / "determinan_wog.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "Integrasi,\"Fungsi, proses, dan data", "Integrasi,\"Layanan, proses, dan data"),
        encoding="utf-8")
    assert determinan.figure().data[0].customdata[3].startswith(
        "Integrasi\nLayanan, proses, dan data")


# ------------------------------------------------------------ front-ends
def test_explorer_has_detail_pane_text_version_and_alt():
    book = determinan.explorer()
    assert book.detail == determinan.HINT
    assert book.text.headers == ["Determinan", "Penjelasan", "Contoh"]
    assert [r[0] for r in book.text.rows] == NAMES
    assert book.alt.startswith("Gambar rumah dengan empat tiang: Agenda dan tujuan bersama, "
                               "Kolaborasi, Jejaring kerja, Integrasi. Keempat tiang")
    out = book.to_html()
    assert 'class="wog-detail"' in out and "Versi teks gambar ini" in out
    assert out == determinan.explorer().to_html()


def test_cek_instansi_widget_breaks_and_mends_pillars_and_shows_details():
    live = determinan.widget()
    fig, boxes = live.figure, live.controls
    assert list(boxes) == NAMES
    boxes["Integrasi"].value = False
    assert list(fig.data[0].y) == [FULL, FULL, FULL, BROKEN]
    assert fig.layout.annotations[HEADING].text == "<b>WoG pincang: belum ada integrasi</b>"
    boxes["Kolaborasi"].value = False
    assert list(fig.data[0].y) == [FULL, BROKEN, FULL, BROKEN]
    for b in boxes.values():
        b.value = True
    assert list(fig.data[0].y) == [FULL] * 4 and fig.data[1].fillcolor == YELLOW
    # a click on the roof text, then on the third pillar, fills the detail pane
    fig.data[2]._dispatch_on_click(Points(point_inds=[0], trace_index=2), None)
    assert "Keempat determinan bersama-sama menopangnya" in live.detail.value
    fig.data[0]._dispatch_on_click(Points(point_inds=[2], trace_index=0), None)
    assert "Jejaring kerja\nHubungan kerja yang nyata" in live.detail.value


# ------------------------------------------------------------------ data
def test_a_fifth_determinant_is_refused(data_copy):
    path = data_copy / "determinan_wog.csv"
    path.write_text(path.read_text(encoding="utf-8") + "Kepemimpinan,Ada pemimpin.,Contoh.\n",
                    encoding="utf-8")
    with pytest.raises(DataError, match=r"'determinan_wog\.csv'[\s\S]*harus ada tepat 4 baris "
                                        r"\(empat determinan\); ada 5"):
        determinan.figure()


def test_a_missing_outcome_text_is_refused(data_copy):
    path = data_copy / "teks_gambar.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(l for l in lines if not l.startswith("determinan,")),
                    encoding="utf-8")
    with pytest.raises(DataError, match=r"teks 'hasil_bersama' untuk gambar 'determinan' "
                                        r"tidak ada"):
        determinan.explorer()


# ================================================================ browser
def test_bab1_clicking_a_pillar_or_the_roof_fills_the_detail_pane(visit):
    v = visit(BAB1)
    v.draw_all_figures()
    assert v.detail_of(1) == determinan.HINT
    for i, row in enumerate(determinan.determinants().values()):
        v.click_point(1, 0, i)
        v.wait_detail(1, determinan.detail(row))
    roof = v.page.locator(".wog-plot").nth(1).locator("g.textpoint").filter(
        has_text="Hasil (outcome)")
    v.click_box(v.steady_box(roof))
    v.wait_detail(1, determinan.outcome())
    assert v.errors == []
