"""Chapter 5: the classification exercise (model, updates, figure, explorer, live widget).

Expected values are worked out from data/aplikasi_hubungan.csv (21 applications) and
the exercise's fixed order (seed 5), which starts: ASN Digital (P-A), Pengadaan barang
dan jasa secara online (P-B), OSS (P-B), SIASN (P-A), DJP Online e-Filing (P-B). Items
are wrapped at 34 characters and 0,35 lines apart.
"""
from __future__ import annotations

import pytest

from wogbook.bab5 import latihan
from wogbook.bab5.latihan import Latihan
from wogbook.inti import data
from test_relasi import FIND, click_point, detail_of, open_chapter, press

MUTED = "#d0d0d0"
COLOR = {"P-R": "#E69F00", "P-B": "#0072B2", "P-P": "#009E73", "P-A": "#CC79A7"}
FIRST = [("ASN Digital (asndigital.bkn.go.id)", "P-A"),
         ("Pengadaan barang dan jasa secara online (e-procurement)", "P-B"),
         ("OSS (Online Single Submission)", "P-B"), ("SIASN", "P-A"),
         ("DJP Online e-Filing", "P-B")]


# ------------------------------------------------------------------ the model
def test_order_is_fixed_shuffled_and_complete():
    items = Latihan.baru().items
    assert [(a["aplikasi"], a["kode"]) for a in items[:5]] == FIRST
    assert len(items) == 21
    names = sorted(a["aplikasi"] for a in data.load("aplikasi_hubungan").to_dict("records"))
    assert sorted(a["aplikasi"] for a in items) == names
    assert [a["aplikasi"] for a in Latihan.baru(seed=6).items] != [a["aplikasi"] for a in items]


def test_answers_are_checked_and_scored():
    lat = Latihan.baru()
    right, text = lat.jawab("P-B")  # ASN Digital is P-A
    assert not right and text.startswith("Belum tepat: jawabannya P-A (G2E). ")
    right, text = lat.jawab("P-A")
    assert right and text.startswith("Tepat! ") and lat.soal["keterangan"] in text
    assert (lat.benar, lat.dijawab) == (1, 2)
    assert lat.berikut()["aplikasi"] == FIRST[1][0]
    with pytest.raises(ValueError, match=r"Kode hubungan 'G2B' tidak dikenal; pilihan: "
                                         r"P-R, P-B, P-P, P-A\."):
        lat.jawab("G2B")
    with pytest.raises(ValueError, match="pilihan: P-R, P-B, P-P, P-A"):
        lat.jawab("semua")
    while lat.berikut() is not None:
        pass
    assert lat.pos == 21
    with pytest.raises(ValueError, match="Latihan sudah selesai; mulai lagi untuk mengulang."):
        lat.jawab("P-R")


# ------------------------------------------------------------ state → update
def test_answers_update_hides_and_shows():
    items = Latihan.baru().items
    shown = latihan.answers_update(items, True)
    assert list(shown.traces) == [0]
    assert shown.traces[0]["marker.color"][:5] == [COLOR[k] for _, k in FIRST]
    assert shown.traces[0]["text"][:2] == [
        "ASN Digital (asndigital.bkn.go.id) <b>→ P-A</b>",
        "Pengadaan barang dan jasa secara<br>online (e-procurement) <b>→ P-B</b>"]
    hidden = latihan.answers_update(items, False)
    assert hidden.traces[0]["marker.color"] == [MUTED] * 21
    assert hidden.traces[0]["text"][1] == ("Pengadaan barang dan jasa secara<br>"
                                           "online (e-procurement)")


# ----------------------------------------------------------------- the figure
def test_figure_lists_every_item_in_order():
    fig = latihan.figure()
    trace = fig.data[0]
    # item 1 takes 1 line, item 2 wraps to 2 lines (its y is their middle), item 3 one line
    assert list(trace.y[:3]) == pytest.approx([0.0, -(1.35 + 0.5), -(1.35 + 2.35)])
    assert fig.layout.height == 758  # as in the book before
    assert trace.text[3] == "SIASN" and list(trace.marker.color) == [MUTED] * 21
    assert trace.customdata[0].startswith("Jawaban: P-A · Pemerintah – ASN (G2E).\n"
                                          "ASN Digital (asndigital.bkn.go.id)\n")
    revealed = latihan.figure(shown=True).data[0]
    assert list(revealed.marker.color[:5]) == [COLOR[k] for _, k in FIRST]


def test_explorer_buttons_reveal_and_hide():
    shown = latihan.explorer()
    (menu,) = shown.figure.layout.updatemenus
    hide, reveal = menu.buttons
    assert (hide.label, reveal.label) == ("Sembunyikan jawaban", "Tampilkan jawaban")
    assert menu.type == "buttons" and menu.active == 0
    restyle, layout, traces = reveal.args
    assert list(traces) == [0] and layout == {}
    assert restyle["marker.color"][0][:5] == [COLOR[k] for _, k in FIRST]
    assert restyle["text"][0][3] == "SIASN <b>→ P-A</b>"
    assert hide.args[0]["text"][0] == list(shown.figure.data[0].text)
    assert hide.args[0]["marker.color"][0] == [MUTED] * 21
    assert shown.text.rows[0] == ["ASN Digital (asndigital.bkn.go.id)", "P-A (G2E)", "terkini",
                                  Latihan.baru().items[0]["keterangan"]]
    assert len(shown.text.rows) == 21
    assert shown.alt.startswith("Latihan klasifikasi: 21 aplikasi pemerintah dalam urutan acak.")
    assert shown.detail == latihan.DETAIL_START


def test_a_bad_relation_code_in_the_csv_names_file_row_and_column(data_copy):
    path = data_copy / "aplikasi_hubungan.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("\nP-A,SIASN", "\nG2E,SIASN"),
                    encoding="utf-8")
    with pytest.raises(data.DataError) as err:
        latihan.explorer()
    assert "aplikasi_hubungan.csv" in str(err.value)
    assert err.value.problems == ["baris 20, kolom 'kode': nilai 'G2E' tidak dikenal; "
                                  "yang diizinkan: P-R, P-B, P-P, P-A"]


# ---------------------------------------------------------------- live widget
def test_widget_asks_checks_scores_and_restarts():
    live = latihan.widget()
    ctl = live.controls
    assert "Aplikasi 1 dari 21: <b>ASN Digital (asndigital.bkn.go.id)</b>" in ctl["question"].value
    assert ctl["next"].disabled and not ctl["answer"].disabled
    ctl["answer"].value = "P-A"
    assert "Tepat!" in ctl["feedback"].value and "#00693e" in ctl["feedback"].value
    assert "Skor: 1 dari 1" in ctl["score"].value
    assert ctl["answer"].disabled and not ctl["next"].disabled
    ctl["next"].click()
    assert "Aplikasi 2 dari 21: <b>Pengadaan barang" in ctl["question"].value
    assert not ctl["answer"].disabled and ctl["answer"].value is None
    ctl["answer"].value = "P-R"
    assert "Belum tepat: jawabannya P-B (G2B)." in ctl["feedback"].value
    assert "Skor: 1 dari 2" in ctl["score"].value
    ctl["own_name"].value = "e-office <Dinas> Kominfo"
    ctl["own_code"].value = "P-P"
    ctl["add"].click()
    assert "e-office &lt;Dinas&gt; Kominfo → P-P (G2G)" in ctl["own_list"].value
    assert ctl["own_name"].value == ""
    ctl["restart"].click()
    assert "Aplikasi 1 dari 21" in ctl["question"].value and "Skor: 0 dari 0" in ctl["score"].value
    assert live.figure is None


def test_widget_says_when_the_exercise_is_done():
    ctl = latihan.widget().controls
    for _ in range(21):
        ctl["answer"].value = "P-R"
        ctl["next"].click()
    assert "<b>Selesai.</b> Anda menjawab" in ctl["question"].value
    assert "dari 21 dengan tepat" in ctl["question"].value
    assert ctl["answer"].disabled and ctl["next"].disabled


# ------------------------------------------------------------- in the browser
def test_browser_exercise_reveals_answers(visit):
    v = open_chapter(visit)
    fid = v.page.evaluate(FIND, "latihan")
    items = Latihan.baru().items
    click_point(v, fid, 0, 0)
    assert detail_of(v, fid).startswith(f"Jawaban: {items[0]['kode']} · ")
    click_point(v, fid, 0, 3, dx=150)  # on its text, not on its square
    assert detail_of(v, fid).startswith(f"Jawaban: {items[3]['kode']} · ")
    assert items[3]["aplikasi"] in detail_of(v, fid)
    press(v, fid, "Tampilkan jawaban")
    v.page.wait_for_function(
        "(id) => document.getElementById(id).data[0].marker.color[0] !== '#d0d0d0'", arg=fid)
    colors = v.page.evaluate("(id) => document.getElementById(id).data[0].marker.color", fid)
    assert colors == [COLOR[a["kode"]] for a in items]
    assert v.errors == []
