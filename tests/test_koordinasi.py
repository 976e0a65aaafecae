"""Chapter 1: coordination vs collaboration (model, update, figure, explorer, widget, data,
and the page's aspect menu in a real browser)."""
from __future__ import annotations

import re

import pytest

from conftest import plot_js
from traitlets import TraitError

from wogbook.bab1 import koordinasi
from wogbook.bab1.koordinasi import TEXT_KOLABORASI, TEXT_KOORDINASI
from wogbook.inti.data import DataError

ASPECTS = ["Agenda", "Tujuan", "Kepentingan", "Anggaran", "Data/informasi", "Kontrol", "Hasil"]
AGENCIES = ["Dukcapil", "Dinas Kesehatan", "BPJS Kesehatan", "Puskesmas", "Pemda"]
GOAL = "Setiap bayi langsung punya akta kelahiran dan tercatat untuk layanan kesehatan"
KOORD, KOLAB = f"annotations[{TEXT_KOORDINASI}].text", f"annotations[{TEXT_KOLABORASI}].text"

BAB1 = "book/01-latar-belakang"


# ------------------------------------------------------------------ model
def test_aspects_agencies_and_goal_come_from_the_csv_files():
    assert list(koordinasi.aspects()) == ASPECTS
    assert koordinasi.aspect("Kontrol")["kolaborasi"].startswith("Tanpa kontrol hierarkis")
    assert [a["instansi"] for a in koordinasi.agencies()] == AGENCIES
    assert [a["tujuan_sendiri"] for a in koordinasi.agencies()] == [
        "akta terbit", "target dinas", "peserta terdaftar", "imunisasi tercatat",
        "serapan anggaran"]
    assert koordinasi.shared_goal() == GOAL


@pytest.mark.parametrize("bad", ["agenda", "Biaya", "", 3, ["Agenda"]])
def test_unknown_aspect_is_refused_naming_file_and_choices(bad):
    expected = (f"Aspek {bad!r} tidak dikenal (tidak ada di koordinasi_kolaborasi.csv); "
                "pilihan yang ada: Agenda, Tujuan, Kepentingan, Anggaran")
    for call in (koordinasi.aspect, koordinasi.update, koordinasi.figure, koordinasi.explorer):
        with pytest.raises(ValueError, match=re.escape(expected)):
            call(bad)


# ---------------------------------------------------------- state → update
def test_update_writes_both_texts_of_the_aspect_wrapped_at_42_characters():
    u = koordinasi.update("Kontrol")
    assert u.traces == {}
    # "Bergantung pada hierarki kewenangan;" is 36 characters: the next word would make 46;
    # "partisipan; para pihak terikat oleh tujuan" is exactly 42, so "tujuan" stays
    assert u.layout == {
        KOORD: "<b>Kontrol</b> dalam koordinasi:<br>Bergantung pada hierarki kewenangan;<br>"
               "keputusan harus naik ke pimpinan<br>masing-masing.",
        KOLAB: "<b>Kontrol</b> dalam kolaborasi:<br>Tanpa kontrol hierarkis di antara sesama<br>"
               "partisipan; para pihak terikat oleh tujuan<br>bersama (Halligan).",
    }


def test_update_escapes_an_aspect_written_with_markup(data_copy):
    path = data_copy / "koordinasi_kolaborasi.csv"
    path.write_text(path.read_text(encoding="utf-8") + "Kode <b>,a & b,c\n", encoding="utf-8")
    u = koordinasi.update("Kode <b>")
    assert u.layout[KOORD] == "<b>Kode &lt;b&gt;</b> dalam koordinasi:<br>a &amp; b"


# ------------------------------------------------------------------ figure
def test_figure_draws_own_goals_above_and_one_shared_goal_below():
    fig = koordinasi.figure()
    upper, lower, goals, shared = fig.data
    assert (upper.xaxis, lower.xaxis, shared.xaxis) == ("x", "x2", "x2")
    names = ["Dukcapil", "Dinas<br>Kesehatan", "BPJS<br>Kesehatan", "Puskesmas", "Pemda"]
    assert list(upper.text) == list(lower.text) == names
    assert list(goals.text) == ["akta<br>terbit", "target<br>dinas", "peserta<br>terdaftar",
                                "imunisasi<br>tercatat", "serapan<br>anggaran"]
    colors = ["#E69F00", "#56B4E9", "#009E73", "#0072B2", "#CC79A7"]
    assert list(upper.marker.color) == colors and list(goals.marker.line.color) == colors
    assert upper.hovertext[0] == "<b>Dukcapil</b><br>dalam koordinasi: menuju akta terbit"
    assert lower.hovertext[4] == "<b>Pemda</b><br>dalam kolaborasi: menuju tujuan bersama"
    assert goals.hovertext[2] == "Tujuan sendiri BPJS Kesehatan: peserta terdaftar"
    assert shared.x == (2.0,) and shared.hovertext == (f"Tujuan bersama: {GOAL}",)
    assert shared.text[0] == ("Setiap bayi langsung punya akta<br>kelahiran dan tercatat "
                              "untuk layanan<br>kesehatan")
    arrows = [a for a in fig.layout.annotations if a.showarrow]
    upper_arrows = [a for a in arrows if a.xref == "x"]
    lower_arrows = [a for a in arrows if a.xref == "x2"]
    assert [(a.ax, a.x) for a in upper_arrows] == [(i, i) for i in range(5)]  # own goals
    assert [(a.ax, a.x) for a in lower_arrows] == [(i, 2) for i in range(5)]  # one goal
    assert fig.layout.annotations[TEXT_KOORDINASI].text.startswith("<b>Agenda</b>")
    assert fig.layout.height == 760 and fig.layout.width is None


def test_figure_follows_an_edited_agency(data_copy):
    path = data_copy / "koordinasi_instansi.csv"
    text = path.read_text(encoding="utf-8").replace("Pemda,serapan anggaran",
                                                    "Pemerintah daerah,APBD terserap")
    path.write_text(text, encoding="utf-8")
    fig = koordinasi.figure()
    assert fig.data[0].text[4] == "Pemerintah<br>daerah"
    assert fig.data[2].text[4] == "APBD<br>terserap"
    assert "Puskesmas, Pemerintah daerah)" in koordinasi.explorer().alt


# ------------------------------------------------------------ front-ends
def test_explorer_menu_has_one_complete_state_per_aspect():
    book = koordinasi.explorer("Anggaran")
    menu = book.spec()["layout"]["updatemenus"][0]
    assert menu["type"] == "dropdown" and menu["active"] == 3
    assert [b["label"] for b in menu["buttons"]] == ASPECTS
    data_button = menu["buttons"][4]
    assert data_button["method"] == "update"
    restyle, relayout, traces = data_button["args"]
    assert restyle == {} and traces == []
    assert set(relayout) == {KOORD, KOLAB}
    assert relayout[KOLAB].startswith("<b>Data/informasi</b> dalam kolaborasi:<br>Data "
                                      "dibagipakaikan")
    assert relayout[KOLAB].endswith("prinsip Satu<br>Data Indonesia.")
    assert book.figure.layout.annotations[TEXT_KOORDINASI].text.startswith("<b>Anggaran</b>")
    assert book.figure.layout.annotations[-1].text == "Pilih aspek:"
    assert book.text.headers == ["Aspek", "Koordinasi", "Kolaborasi"]
    assert [r[0] for r in book.text.rows] == ASPECTS
    assert "lima instansi (Dukcapil, Dinas Kesehatan, BPJS Kesehatan, Puskesmas, Pemda)" \
        in book.alt
    assert f"satu tujuan bersama: {GOAL.lower()}." in book.alt
    assert book.alt.endswith("awalnya aspek Anggaran.")
    assert book.to_html() == koordinasi.explorer("Anggaran").to_html()


def test_widget_follows_the_menu():
    live = koordinasi.widget()
    fig, menu = live.figure, live.controls["menu"]
    assert menu.value == "Agenda"
    menu.value = "Hasil"
    assert fig.layout.annotations[TEXT_KOORDINASI].text == (
        "<b>Hasil</b> dalam koordinasi:<br>Keluaran (output) masing-masing instansi,<br>"
        "yang dijumlahkan.")
    with pytest.raises(TraitError):
        menu.value = "Tidak ada"
    assert fig.layout.annotations[TEXT_KOORDINASI].text.startswith("<b>Hasil</b>")


# ------------------------------------------------------------------ data
def test_a_sixth_agency_is_refused_naming_the_file(data_copy):
    path = data_copy / "koordinasi_instansi.csv"
    path.write_text(path.read_text(encoding="utf-8") + "Kemensos,bansos tersalur\n",
                    encoding="utf-8")
    with pytest.raises(DataError, match=r"'koordinasi_instansi\.csv'[\s\S]*harus ada tepat 5 "
                                        r"baris \(lima instansi cerita bab 1\); ada 6"):
        koordinasi.figure()


def test_a_missing_shared_goal_is_refused(data_copy):
    path = data_copy / "teks_gambar.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(l for l in lines if not l.startswith("koordinasi,")),
                    encoding="utf-8")
    with pytest.raises(DataError, match=r"'teks_gambar\.csv'[\s\S]*teks 'tujuan_bersama' untuk "
                                        r"gambar 'koordinasi' tidak ada"):
        koordinasi.figure()


def test_a_misspelt_text_key_is_refused_naming_row_and_column(data_copy):
    path = data_copy / "teks_gambar.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("tujuan_bersama", "tujuan_bersma"),
                    encoding="utf-8")
    with pytest.raises(DataError, match=r"baris 2, kolom 'kunci': 'tujuan_bersma' untuk gambar "
                                        r"'koordinasi' tidak dikenal; yang dipakai: "
                                        r"koordinasi/tujuan_bersama"):
        koordinasi.shared_goal()


# ================================================================ browser
def test_bab1_page_aspect_menu(visit):
    v = visit(BAB1)
    assert v.draw_all_figures() == 2
    plot = v.page.locator(".wog-plot").nth(0)
    for name in koordinasi.aspects():
        expected = koordinasi.update(name).layout
        plot.locator(".updatemenu-header-group").click()
        plot.locator(".updatemenu-dropdown-button .updatemenu-item-text").filter(
            has_text=re.compile(f"^{re.escape(name)}$")).click()
        v.page.wait_for_function(
            f"t => {plot_js(0)}.layout.annotations[{TEXT_KOLABORASI}].text === t",
            arg=expected[KOLAB])
        shown = v.page.evaluate(f"{plot_js(0)}.layout.annotations[{TEXT_KOORDINASI}].text")
        assert shown == expected[KOORD]
    assert v.errors == []


def test_bab1_page_fits_a_phone(visit):
    v = visit(BAB1, viewport=(390, 844))
    assert v.draw_all_figures() == 2
    v.assert_fits_phone()
    # the controls still work on a phone
    plot = v.page.locator(".wog-plot").nth(0)
    plot.locator(".updatemenu-header-group").click()
    plot.locator(".updatemenu-dropdown-button .updatemenu-item-text").filter(
        has_text=re.compile("^Hasil$")).click()
    v.page.wait_for_function(
        f"() => {plot_js(0)}.layout.annotations[{TEXT_KOORDINASI}].text"
        ".startsWith('<b>Hasil</b>')")
    assert v.errors == []


def test_in_class_the_aspect_texts_stand_beside_the_figure():
    """Mode Kelas: the two texts of the aspect leave the figure (at 18 px they would cover
    its panels) for the column beside it, and follow the menu."""
    import csv

    with open(koordinasi.data.data_dir() / "koordinasi_kolaborasi.csv", encoding="utf-8") as f:
        rows = {r["aspek"]: r for r in csv.DictReader(f)}
    live = koordinasi.widget(projector=True)
    texts = [c for c in live.box.children if type(c).__name__ == "HTML"][0]
    first = next(iter(rows))
    assert rows[first]["koordinasi"] in texts.value and rows[first]["kolaborasi"] in texts.value
    live.controls["menu"].value = "Tujuan"
    assert rows["Tujuan"]["kolaborasi"] in texts.value
    live.variant("projector")
    notes = live.figure.layout.annotations
    assert notes[TEXT_KOORDINASI].visible is False and notes[TEXT_KOLABORASI].visible is False
    assert len(koordinasi.widget().box.children) == 2  # the book: menu and figure
