"""The drivers and challenges explorer (chapters 3 and 4): model, state → update, figure,
static explorer, live widget, data errors, and the built chapter in a real browser.

Expected values are read off the CSV files by hand: faktor_pendorong.csv has 6 internal
and 10 external drivers, tantangan_wog.csv 4 weaknesses and 5 barriers.
"""
from __future__ import annotations

import html

import re

import pytest
from plotly.callbacks import InputDeviceState, Points

from wogbook.bab3 import pendorong
from wogbook.bab3.pendorong import CATEGORIES, ROOT_ID, VIEWS, detail, items, select, view_update
from wogbook.inti import data

CHAPTER = "book/03-faktor-pendorong"
CHALLENGE_SOURCE = ("Butir: modul bagian 4 (Budiati, 2017, mengutip CES). Penjelasan dan "
                    "contoh: ditulis tim buku.")


@pytest.fixture(scope="module")
def pool():
    return items()


@pytest.fixture(scope="module")
def by_name(pool):
    return {i.nama: i for i in pool}


# ------------------------------------------------------------------------ model
def test_items_in_data_order_with_their_categories(pool):
    assert [sum(i.kategori == c for i in pool) for c in CATEGORIES] == [6, 10, 4, 5]
    assert [i.kategori for i in pool] == ["internal"] * 6 + ["eksternal"] * 10 \
        + ["kekurangan"] * 4 + ["hambatan"] * 5
    assert pool[0].id == "internal/Menyelaraskan kepentingan bersama"
    assert pool[6].nama == "Tekanan opini publik"
    assert pool[16].nama == "Memerlukan waktu lama"
    assert pool[-1].nama == "Perilaku yang resisten terhadap pemberantasan korupsi"


def test_challenges_take_their_source_from_the_category_table(by_name):
    assert by_name["Relatif mahal (costly)"].sumber == CHALLENGE_SOURCE
    assert by_name["Insentif yang rendah"].sumber == CHALLENGE_SOURCE
    assert by_name["Keamanan"].sumber.startswith("Wikipedia")


def test_links_go_both_ways(by_name):
    assert [b for b, _ in by_name["Menghindari duplikasi tugas"].kaitan] == [
        "Ego sektoral antarinstansi", "Insentif yang rendah"]
    # pendorong_hambatan.csv lines 5, 8, 13 and 33 name this barrier
    assert [d for d, _ in by_name["Insentif yang rendah"].kaitan] == [
        "Menghindari duplikasi tugas", "Meningkatkan produktivitas",
        "Fragmentasi warisan New Public Management", "Masalah sosial yang sulit"]
    assert by_name["Memerlukan waktu lama"].kaitan == ()  # weaknesses are not linked


@pytest.mark.parametrize("view, sizes", [
    ("semua", [6, 10, 4, 5]), ("pendorong", [6, 10, 0, 0]), ("tantangan", [0, 0, 4, 5]),
    ("internal", [6, 0, 0, 0]), ("eksternal", [0, 10, 0, 0]),
    ("kekurangan", [0, 0, 4, 0]), ("hambatan", [0, 0, 0, 5]),
])
def test_category_views_select_whole_categories(pool, view, sizes):
    shown = select(view, pool)
    assert [sum(i.kategori == c for i in shown) for c in CATEGORIES] == sizes


@pytest.mark.parametrize("source, names", [
    ("apsc", ["Keterbatasan dan tekanan anggaran", "Globalisasi", "Harapan masyarakat",
              "Teknologi"]),
    ("christensen", ["Fragmentasi warisan New Public Management", "Keamanan"]),
    ("mac", ["Keamanan", "Dampak lingkungan", "Harapan masyarakat",
             "Masalah kebijakan yang kompleks", "Masalah sosial yang sulit"]),
])
def test_source_views_follow_the_source_column(pool, source, names):
    assert [i.nama for i in select(source, pool)] == names
    assert len(select("wikipedia", pool)) == 10


def test_unknown_view_is_refused():
    with pytest.raises(ValueError, match="Tampilan 'korupsi' tidak dikenal; pilihan: semua, "
                                         "pendorong, tantangan"):
        select("korupsi")
    for make in (pendorong.explorer, pendorong.figure, pendorong.widget, view_update):
        with pytest.raises(ValueError, match="tidak dikenal"):
            make("korupsi")


def test_detail_of_a_barrier(by_name):
    text = detail(by_name["Insentif yang rendah"]).split("\n")
    assert text[0] == "Insentif yang rendah — Tantangan: hambatan"
    assert text[1].startswith("Artinya: Pegawai dan instansi tidak mendapat penghargaan")
    assert text[2].startswith("Contoh di Indonesia: ")
    assert text[3] == f"Sumber: {CHALLENGE_SOURCE}"
    assert text[4] == ("Faktor pendorong yang biasa dihadangnya (kaitan ini disusun tim buku, "
                       "bukan dari modul):")
    assert text[5].startswith("• Menghindari duplikasi tugas: Kegiatan ganda sering")
    assert len(text) == 5 + 4


def test_detail_of_a_driver_and_of_a_weakness(by_name):
    text = detail(by_name["Harapan masyarakat"])
    assert "\nHambatan yang biasa dihadapi (kaitan ini disusun tim buku, bukan dari modul):\n" \
        in text
    assert "\n• Ego sektoral antarinstansi: Layanan terpadu menuntut" in text
    assert "\n• Perilaku yang resisten terhadap pemberantasan korupsi: " in text
    weakness = detail(by_name["Memerlukan waktu lama"])
    assert weakness.count("\n") == 3 and "biasa" not in weakness


# --------------------------------------------------------------- state → update
def test_view_update_of_a_single_category_zooms_in(pool):
    u = view_update("hambatan", pool)
    assert set(u.traces) == {0}
    assert u.traces[0]["level"] == "hambatan"
    fill, ink = u.traces[0]["marker.colors"], u.traces[0]["textfont.color"]
    assert len(fill) == len(ink) == 1 + 4 + 25
    # root, then the categories: only 'hambatan' (#D55E00) is lit
    assert fill[:5] == ["#f2f2f2", "#d4d4d4", "#d4d4d4", "#d4d4d4", "#D55E00"]
    assert ink[:5] == ["#1a1a1a"] * 5
    # #D55E00 with 30 % colour: 255 − (255 − c) × 0,3 → f2 cf b2
    assert fill[5:] == ["#ededed"] * 20 + ["#f2cfb2"] * 5
    assert ink[5:] == ["#5c5c5c"] * 20 + ["#1a1a1a"] * 5
    assert u.layout == {"title.text": "<b>Tantangan: hambatan</b><br>"
                                      "<span style=\"font-size:0.9em\">5 tantangan</span>"}


def test_view_update_of_a_source_dims_the_rest(pool):
    u = view_update("christensen", pool)
    fill = u.traces[0]["marker.colors"]
    assert u.traces[0]["level"] == ROOT_ID
    # internal (white label on #0072B2) and external are lit, the challenges are not
    assert fill[1:5] == ["#0072B2", "#009E73", "#d4d4d4", "#d4d4d4"]
    assert u.traces[0]["textfont.color"][1] == "#ffffff"
    lit = [i.nama for i, c in zip(pool, fill[5:]) if c != "#ededed"]
    assert lit == ["Fragmentasi warisan New Public Management", "Keamanan"]
    # #0072B2 at 30 %: 178.5 → b2, 212.7 → d5, 231.9 → e8; #009E73 → b2 e2 d5
    assert fill[5 + 5] == "#b2d5e8" and fill[5 + 8] == "#b2e2d5"
    assert u.layout["title.text"] == (
        "<b>Pendorong menurut Christensen & Lægreid 2007</b><br><span style=\"font-size:0.9em\">"
        "2 pendorong · butir lain diredupkan</span>")
    assert view_update("semua", pool).layout["title.text"].endswith(
        ">16 pendorong, 9 tantangan</span>")


def test_every_view_changes_the_figure(pool):
    """Consecutive menu entries (and the last back to the first) differ, so the browser
    test can see every click."""
    states = [view_update(v, pool) for v in VIEWS]
    for a, b in zip(states, states[1:] + states[:1]):
        assert a != b


# ------------------------------------------------------------------ the figure
def test_figure_nodes(pool):
    trace = pendorong.figure().data[0]
    ids, parents = list(trace.ids), list(trace.parents)
    assert ids[:5] == [ROOT_ID, *CATEGORIES] and parents[:5] == ["", *[ROOT_ID] * 4]
    assert len(ids) == len(set(ids)) == 30
    assert parents[ids.index("hambatan/Ego sektoral antarinstansi")] == "hambatan"
    assert trace.level == ROOT_ID
    assert list(trace.labels[1:5]) == ["<b>Pendorong internal</b>", "<b>Pendorong eksternal</b>",
                                       "<b>Kekurangan</b>", "<b>Hambatan</b>"]
    assert trace.labels[5] == "Menyelaraskan<br>kepentingan<br>bersama"


def test_figure_texts_come_from_the_category_table(by_name):
    trace = pendorong.figure().data[0]
    assert trace.customdata[0].startswith("Whole of Government (WoG) didorong oleh faktor "
                                          "internal dan eksternal (Bab 3)")
    assert trace.hovertext[0].startswith("<b>Whole of Government</b><br>")
    assert trace.customdata[4] == (
        "Tantangan: hambatan (5 butir)\nPenghalang yang muncul dari organisasi dan orang-orang "
        "yang menjalankan WoG (Bab 4). Klik sebuah hambatan untuk melihat faktor pendorong mana "
        "yang biasa dihadangnya.\nKlik kelompok ini di pusat lingkaran untuk kembali ke seluruh "
        "lingkaran.")
    k = list(trace.ids).index("eksternal/Globalisasi")
    assert trace.customdata[k] == detail(by_name["Globalisasi"])
    assert trace.hovertext[k].startswith("<b>Globalisasi</b><br>Arus barang, modal, orang, dan")
    assert trace.hovertext[k].endswith("<br><i>Klik untuk contoh dan sumbernya.</i>")


def test_figure_reads_an_edited_category_text(data_copy):
    path = data_copy / "kategori_pendorong_tantangan.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Harga yang melekat", "Ongkos yang melekat"), encoding="utf-8")
    trace = pendorong.figure().data[0]
    assert trace.customdata[3].startswith("Tantangan: kekurangan (4 butir)\nOngkos yang melekat")


# --------------------------------------------------------------- static explorer
def test_view_menu(pool):
    spec = pendorong.explorer().spec()
    menu = spec["layout"]["updatemenus"][0]
    assert [html.unescape(b["label"]) for b in menu["buttons"]] == [  # as plotly shows them
        "Semua", "Pendorong", "Tantangan", "Pendorong internal", "Pendorong eksternal",
        "Tantangan: kekurangan", "Tantangan: hambatan", "Pendorong menurut Wikipedia",
        "Pendorong menurut APSC/IPAA 2002", "Pendorong menurut MAC 2004",
        "Pendorong menurut Christensen & Lægreid 2007"]
    assert menu["active"] == 0 and menu["direction"] == "down" and menu["type"] == "dropdown"
    restyle, relayout, traces = menu["buttons"][6]["args"]
    assert menu["buttons"][6]["method"] == "update" and traces == [0]
    assert restyle["level"] == ["hambatan"]
    assert restyle["marker.colors"][0][4] == "#D55E00"
    assert "5 tantangan" in relayout["title.text"]
    restyle, _, _ = menu["buttons"][1]["args"]
    assert restyle["level"] == [ROOT_ID]
    assert restyle["marker.colors"][0][1:5] == ["#0072B2", "#009E73", "#d4d4d4", "#d4d4d4"]


def test_explorer_starts_in_the_view_asked_for():
    spec = pendorong.explorer("tantangan").spec()
    assert spec["layout"]["updatemenus"][0]["active"] == 2
    assert spec["data"][0]["level"] == ROOT_ID
    assert spec["data"][0]["marker"]["colors"][1:5] == ["#d4d4d4", "#d4d4d4", "#E69F00",
                                                        "#D55E00"]
    assert spec["layout"]["title"]["text"].startswith("<b>Tantangan</b>")
    assert "9 tantangan · butir lain diredupkan" in spec["layout"]["title"]["text"]


def test_explorer_is_deterministic_accessible_and_has_a_text_version(pool):
    first, second = pendorong.explorer(), pendorong.explorer()
    assert first.to_html() == second.to_html()
    assert first.detail.startswith("Klik sebuah butir di lingkar luar")
    assert first.alt.startswith("Alat interaktif faktor pendorong dan tantangan WoG")
    assert "Tampilan awal: Semua (16 pendorong, 9 tantangan)." in first.alt
    assert len(first.text.rows) == 25
    # Fragmentasi … NPM: pendorong_hambatan.csv lines 12 and 13
    assert first.text.rows[5][-1] == "Ego sektoral antarinstansi; Insentif yang rendah"
    assert first.text.rows[16][-1] == "—"  # a weakness has no links
    html = first.to_html()
    assert 'class="wog-detail"' in html and "Versi teks gambar ini" in html
    for item in pool:
        assert item.nama.replace("&", "&amp;") in html
    assert len(html.encode()) < 100_000, "keep the chapter page light"


# ------------------------------------------------------------------- data errors
def test_links_with_bad_references_are_reported(data_copy):
    path = data_copy / "pendorong_hambatan.csv"
    original = path.read_text(encoding="utf-8")
    line = original.count("\n") + 1
    path.write_text(original + "Faktor rekaan,Ego sektoral antarinstansi,Penjelasan.\n",
                    encoding="utf-8")
    with pytest.raises(data.DataError) as err:
        items()
    assert "pendorong_hambatan.csv" in str(err.value)
    assert f"baris {line}, kolom 'faktor': 'Faktor rekaan' tidak ada di faktor_pendorong.csv" \
        in str(err.value)
    path.write_text(original + "Teknologi,Relatif mahal (costly),Ini kekurangan.\n",
                    encoding="utf-8")
    with pytest.raises(data.DataError) as err:
        pendorong.explorer()
    assert f"baris {line}, kolom 'butir_hambatan': 'Relatif mahal (costly)' bukan butir " \
           "berjenis 'hambatan'" in str(err.value)


def test_links_duplicates_are_reported(data_copy):
    with open(data_copy / "pendorong_hambatan.csv", "a", encoding="utf-8") as f:
        f.write("Teknologi,Ego sektoral antarinstansi,Lagi.\n")
    with pytest.raises(data.DataError, match="sudah ada di baris"):
        items()


def test_a_missing_category_is_reported(data_copy):
    path = data_copy / "kategori_pendorong_tantangan.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line for line in lines if not line.startswith("hambatan,")),
                    encoding="utf-8")
    with pytest.raises(data.DataError) as err:
        pendorong.figure()
    message = str(err.value)
    assert "kategori_pendorong_tantangan.csv" in message
    assert "kategori 'hambatan' tidak punya baris" in message


def test_challenge_source_is_required_and_driver_source_refused(data_copy):
    path = data_copy / "kategori_pendorong_tantangan.csv"
    text = path.read_text(encoding="utf-8").splitlines()
    assert text[4].startswith("kekurangan,") and text[2].startswith("internal,")
    text[4] = text[4][:text[4].rindex(',"Butir:')] + ","
    text[2] = text[2] + "Wikipedia"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    with pytest.raises(data.DataError) as err:
        items()
    message = str(err.value)
    assert "baris 5, kolom 'sumber_butir': wajib diisi untuk 'kekurangan'" in message
    assert "baris 3, kolom 'sumber_butir': kosongkan untuk 'internal'" in message


def test_unknown_category_is_reported(data_copy):
    with open(data_copy / "kategori_pendorong_tantangan.csv", "a", encoding="utf-8") as f:
        f.write("peluang,Teks.,\n")
    with pytest.raises(data.DataError) as err:
        items()
    assert "baris 7, kolom 'kategori': nilai 'peluang' tidak dikenal; yang diizinkan: WoG, " \
           "internal" in str(err.value)


# ------------------------------------------------------------------ live widget
def _click(fig, node):
    k = list(fig.data[0].ids).index(node)
    points = Points(point_inds=[k], xs=[], ys=[], trace_name="", trace_index=0)
    state = InputDeviceState(ctrl=False, alt=False, shift=False, meta=False, button=0, buttons=1)
    fig.data[0]._dispatch_on_click(points, state)


def test_widget_views_items_and_clicks():
    live = pendorong.widget()
    fig, views, choose = live.figure, live.controls["view"], live.controls["butir"]
    assert len(choose.options) == 1 + 25
    views.value = "hambatan"
    assert fig.data[0].level == "hambatan"
    assert fig.data[0].marker.colors[4] == "#D55E00" and fig.data[0].marker.colors[1] == "#d4d4d4"
    assert "5 tantangan" in fig.layout.title.text
    assert [label for label, _ in choose.options] == [
        "— pilih butir —", "Tujuan, prioritas dan akuntabilitas yang tidak jelas",
        "Benturan agenda dan kepentingan sehingga kolaborasi tidak tercipta",
        "Ego sektoral antarinstansi", "Insentif yang rendah",
        "Perilaku yang resisten terhadap pemberantasan korupsi"]
    choose.value = "hambatan/Insentif yang rendah"
    assert "Insentif yang rendah — Tantangan: hambatan" in live.detail.value
    _click(fig, "hambatan/Ego sektoral antarinstansi")
    assert choose.value == "hambatan/Ego sektoral antarinstansi"
    assert "Cicak versus Buaya" in live.detail.value
    _click(fig, "internal")  # a category: its text, the item list is left alone
    assert "Pendorong internal (6 butir)" in live.detail.value
    assert choose.value == "hambatan/Ego sektoral antarinstansi"
    views.value = "christensen"
    assert [label for label, _ in choose.options][1:] == [
        "Fragmentasi warisan New Public Management", "Keamanan"]
    assert "Klik sebuah butir di lingkar luar" in live.detail.value
    assert fig.layout.title.text.startswith("<b>Pendorong menurut Christensen")


# --------------------------------------------------------- in a real browser
GD = "document.querySelector('.wog-plot')"


def _snapshot(v):
    return v.page.evaluate(
        f"({{level: {GD}.data[0].level, colors: {GD}.data[0].marker.colors,"
        f" title: {GD}.layout.title.text}})")


def _choose(v, label):
    v.page.locator(".wog-plot .updatemenu-header-group").first.click()
    v.page.locator(".wog-plot .updatemenu-item-text").filter(
        has_text=re.compile(f"^{re.escape(label)}$")).first.click()


def _click_slice(v, text):
    """Click the middle of the label of the sunburst slice showing ``text``."""
    label = v.page.locator(".wog-plot g.slice text").filter(has_text=text).first
    label.scroll_into_view_if_needed()
    box = label.bounding_box()
    v.page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def test_chapter_draws_its_figures(visit):
    v = visit(CHAPTER)
    assert v.draw_all_figures() == 3  # the explorer, the example profile, the reader's own
    v.page.wait_for_function(f"{GD}.data[0].ids.length === {1 + 4 + len(items())}")
    assert v.errors == [] and v.foreign == []


def test_every_view_button_changes_the_figure(visit, pool):
    v = visit(CHAPTER)
    v.draw_all_figures()
    before = _snapshot(v)
    for view in [*list(VIEWS)[1:], "semua"]:
        _choose(v, VIEWS[view][0])
        restyle = view_update(view, pool).traces[0]
        v.page.wait_for_function(
            f"{GD}.data[0].level === {restyle['level']!r}"
            f" && {GD}.layout.title.text.includes({VIEWS[view][0]!r})")
        after = _snapshot(v)
        assert after != before, f"view {view} did not change the figure"
        assert after["colors"] == restyle["marker.colors"]
        before = after
    assert v.errors == []


def test_clicking_fills_the_detail_pane(visit, pool):
    v = visit(CHAPTER)
    v.draw_all_figures()
    pane = v.page.locator(".wog-detail").first
    assert pane.text_content().strip() == pendorong.DETAIL_START
    by_name = {i.nama: i for i in pool}
    _click_slice(v, "Globalisasi")  # a leaf: details, no zoom
    v.page.wait_for_function("t => document.querySelector('.wog-detail').textContent === t",
                             arg=detail(by_name["Globalisasi"]))
    assert v.page.evaluate(f"{GD}.data[0].level") == ROOT_ID
    _click_slice(v, "Hambatan")  # a category: zooms in and explains itself
    v.page.wait_for_function(f"{GD}.data[0].level === 'hambatan'")
    assert "Tantangan: hambatan (5 butir)" in pane.text_content()
    v.page.wait_for_timeout(900)  # let the zoom transition finish
    _click_slice(v, "Insentif yang")
    v.page.wait_for_function("t => document.querySelector('.wog-detail').textContent === t",
                             arg=detail(by_name["Insentif yang rendah"]))
    _click_slice(v, "Hambatan")  # the centre: back to the whole circle
    v.page.wait_for_function(f"{GD}.data[0].level === {ROOT_ID!r}")
    assert v.errors == []


def test_phone_screen(visit, pool):
    v = visit(CHAPTER, viewport=(390, 844))
    v.draw_all_figures()
    v.assert_fits_phone()
    # a phone shows one ring at a time: the category first, then its items
    _click_slice(v, "Pendorong eksternal")
    v.page.locator(".wog-plot g.slice text").filter(has_text="Teknologi").first.wait_for()
    v.page.wait_for_timeout(800)  # the zoom is animated
    _click_slice(v, "Teknologi")
    v.page.wait_for_function("t => document.querySelector('.wog-detail').textContent === t",
                             arg=detail({i.nama: i for i in pool}["Teknologi"]))
    assert v.errors == []
