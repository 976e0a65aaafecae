"""Chapter 2: the traits of wicked problems and "Uji masalah Anda" (model, update, figure,
explorer, widget, data, and the page's source buttons in a real browser)."""
from __future__ import annotations

import re

import pytest

from conftest import plot_js
from wogbook.bab2 import ciri
from wogbook.bab2.ciri import T_HEADERS, T_TRAITS
from wogbook.inti.gaya import HEADING
from wogbook.inti.data import DataError

BLUE, ORANGE, GREEN = "#0072B2", "#E69F00", "#009E73"

BAB2 = "book/02-pengertian-wog"


# ------------------------------------------------------------------ model
def test_sources_and_traits_per_source():
    assert {s: (r["nama"], r["singkat"]) for s, r in ciri.sources().items()} == {
        "modul": ("Modul (Budiati, 2017)", "Modul"),
        "rittel1973": ("Rittel & Webber (1973)", "Rittel–Webber"),
        "apsc2007": ("APSC (2007)", "APSC")}
    assert [len(ciri.traits(s)) for s in ("semua", "modul", "rittel1973", "apsc2007")] == \
        [18, 3, 10, 5]
    assert [t["id"] for t in ciri.traits("modul")] == ["modul-1", "modul-2", "modul-3"]
    with pytest.raises(ValueError, match=re.escape(
            "Sumber 'rittel' tidak dikenal (tidak ada di sumber_wicked_problem.csv); pilihan "
            "yang ada: semua, modul, rittel1973, apsc2007.")):
        ciri.traits("rittel")


def test_trait_counts_and_bad_ids():
    counts = ciri.trait_counts(["modul-1", "modul-3", "rittel1973-5", "apsc2007-4"])
    assert counts == {"modul": (2, 3), "rittel1973": (1, 10), "apsc2007": (1, 5)}
    assert ciri.trait_counts([]) == {"modul": (0, 3), "rittel1973": (0, 10), "apsc2007": (0, 5)}
    with pytest.raises(ValueError, match=r"Kode ciri 'modul-4' tidak dikenal \(tidak ada di "
                                         r"ciri_wicked_problem\.csv \(sumber-no\)\)"):
        ciri.trait_counts(["modul-4"])
    with pytest.raises(ValueError, match="harus berupa daftar kode ciri"):
        ciri.trait_counts("modul-1")


# ---------------------------------------------------------- state → update
def test_update_lays_out_one_source_line_by_line():
    u = ciri.update("modul")
    heads, items = u.traces[T_HEADERS], u.traces[T_TRAITS]
    # header centred on half a line (−0.5); then 1 + 0.25 down, each one-line trait takes
    # its line (centre at half of it) and a 0.5 gap: −1.75, −3.25, −4.75
    assert heads["y"] == [-0.5] and items["y"] == [-1.75, -3.25, -4.75]
    assert heads["text"] == ["<b>Modul (Budiati, 2017)</b> · 3 ciri"]
    assert heads["customdata"][0].startswith("Modul (Budiati, 2017) menyebut ciri wicked")
    assert items["text"] == ["1. Tidak jelas sebabnya", "2. Multidimensi",
                             "3. Menyangkut perubahan perilaku"]
    assert items["customdata"][1] == (
        "Modul (Budiati, 2017), ciri 2: Multidimensi\nMasalahnya menyentuh banyak bidang "
        "sekaligus sehingga melintasi tupoksi banyak instansi.")
    assert items["x"] == [0.03] * 3
    assert items["marker.color"] == items["marker.line.color"] == [BLUE] * 3
    assert items["marker.symbol"] == ["square"] * 3
    assert u.layout == {f"annotations[{HEADING}].text":
                        "<b>Ciri <i>wicked problems</i>: Modul (Budiati, 2017)</b>"}


def test_update_of_every_source_keeps_rows_apart_and_escapes_the_source_name():
    u = ciri.update()
    heads, items = u.traces[T_HEADERS], u.traces[T_TRAITS]
    assert heads["text"][1] == "<b>Rittel &amp; Webber (1973)</b> · 10 ciri"
    assert items["marker.color"] == [BLUE] * 3 + [ORANGE] * 10 + [GREEN] * 5
    # the second source starts below the module's: 5.75 + 0.6 gap + half a line = −6.85
    assert heads["y"][:2] == [-0.5, -6.85]
    ys = sorted(heads["y"] + items["y"], reverse=True)
    assert all(a - b >= 1 for a, b in zip(ys, ys[1:]))
    # the 5th trait, "2. Tidak ada aturan berhenti (no stopping rule)", wraps onto two lines
    assert items["text"][4] == "2. Tidak ada aturan berhenti (no<br>stopping rule)"


def test_ticked_traits_are_filled_and_counted_per_source():
    u = ciri.update("rittel1973", ["modul-2", "apsc2007-1", "rittel1973-3"], "banjir <b>kota</b>")
    assert u.traces[T_TRAITS]["marker.symbol"] == ["square-open"] * 2 + ["square"] \
        + ["square-open"] * 7
    assert u.layout[f"annotations[{HEADING}].text"] == (
        "<b>Ciri <i>wicked problems</i>: Rittel &amp; Webber (1973)</b><br>"
        "<span style='font-size:0.9em'>Cocok untuk banjir &lt;b&gt;kota&lt;/b&gt;:<br>"
        "Modul 1/3 · Rittel–Webber 1/10 · APSC 1/5</span>")
    unnamed = ciri.update("semua", [], "   ")
    assert "Cocok untuk masalah Anda:<br>Modul 0/3 · Rittel–Webber 0/10 · APSC 0/5" in \
        unnamed.layout[f"annotations[{HEADING}].text"]
    with pytest.raises(ValueError, match="apsc2007-9"):
        ciri.figure("semua", ["apsc2007-9"])


# ------------------------------------------------------------------ figure
def test_figure_height_has_room_for_every_trait():
    fig = ciri.figure()
    bottom = fig.layout.yaxis.range[0]
    assert bottom == pytest.approx(min(fig.data[T_TRAITS].y) - 1.2)
    assert fig.layout.height == int(104 + 10 + 19 * -bottom)
    assert fig.layout.margin.t == 104


# ------------------------------------------------------------ front-ends
def test_explorer_buttons_bring_complete_states():
    book = ciri.explorer()
    menu = book.spec()["layout"]["updatemenus"][0]
    assert menu["type"] == "buttons" and menu["active"] == 0
    assert [b["label"] for b in menu["buttons"]] == ["Semua", "Modul", "Rittel–Webber", "APSC"]
    for button in menu["buttons"]:
        restyle, relayout, traces = button["args"]
        assert button["method"] == "update" and traces == [T_HEADERS, T_TRAITS]
        assert set(relayout) == {f"annotations[{HEADING}].text"}
    restyle = menu["buttons"][3]["args"][0]  # APSC: one header, five green traits
    assert restyle["text"][0] == ["<b>APSC (2007)</b> · 5 ciri"]
    assert len(restyle["text"][1]) == 5 and restyle["marker.color"][1] == [GREEN] * 5
    assert restyle["x"] == [[0], [0.03] * 5]
    assert book.figure.layout.annotations[HEADING].yshift == 48
    assert book.alt.startswith("Daftar ciri wicked problems dikelompokkan per sumber: Modul "
                               "(Budiati, 2017) 3 ciri, Rittel & Webber (1973) 10 ciri, APSC "
                               "(2007) 5 ciri.")
    assert book.text.rows[0] == ["Modul (Budiati, 2017)", 1, "Tidak jelas sebabnya",
                                 "Sebab-sebabnya berlapis dan saling mengait sehingga sulit "
                                 "memastikan mana akar masalahnya."]
    assert book.detail == ciri.HINT
    with pytest.raises(ValueError, match="Sumber 'wikipedia'"):
        ciri.explorer("wikipedia")


def test_button_labels_follow_the_csv(data_copy):
    path = data_copy / "sumber_wicked_problem.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",APSC,", ",Australia,"),
                    encoding="utf-8")
    labels = [b["label"] for b in ciri.explorer().spec()["layout"]["updatemenus"][0]["buttons"]]
    assert labels[-1] == "Australia"


def test_uji_masalah_widget_counts_per_source():
    live = ciri.widget()
    fig = live.figure
    assert fig.data[T_TRAITS].marker.symbol == ("square-open",) * 18
    live.controls["masalah"].value = "sampah pasar"
    for tid in ("modul-1", "modul-2", "rittel1973-1", "rittel1973-8", "apsc2007-4"):
        live.controls[tid].value = True
    heading = fig.layout.annotations[HEADING].text
    assert "Cocok untuk sampah pasar:<br>Modul 2/3 · Rittel–Webber 2/10 · APSC 1/5" in heading
    live.controls["menu"].value = "rittel1973"
    assert len(fig.data[T_TRAITS].y) == 10
    assert list(fig.data[T_TRAITS].marker.symbol).count("square") == 2
    assert "Modul 2/3" in fig.layout.annotations[HEADING].text  # counts stay global


# ------------------------------------------------------------------ data
def test_a_fourth_module_trait_is_refused(data_copy):
    path = data_copy / "ciri_wicked_problem.csv"
    path.write_text(path.read_text(encoding="utf-8") + "modul,4,Lintas generasi,Lama sekali.\n",
                    encoding="utf-8")
    with pytest.raises(DataError, match=r"'ciri_wicked_problem\.csv'[\s\S]*sumber 'modul' harus "
                                        r"punya tepat 3 ciri \(Gambar 2 menempatkan tiga ciri "
                                        r"modul\); ada 4"):
        ciri.traits()


def test_a_source_without_a_row_in_the_source_table_is_refused(data_copy):
    path = data_copy / "sumber_wicked_problem.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(l for l in lines if not l.startswith("apsc2007,")), encoding="utf-8")
    with pytest.raises(DataError, match=r"baris 16, kolom 'sumber': 'apsc2007' tidak ada di "
                                        r"sumber_wicked_problem\.csv \(kolom 'sumber'\)"):
        ciri.traits()


def test_a_source_without_traits_is_refused(data_copy):
    path = data_copy / "ciri_wicked_problem.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(l for l in lines if not l.startswith("apsc2007,")), encoding="utf-8")
    with pytest.raises(DataError, match=r"sumber 'apsc2007' \(sumber_wicked_problem\.csv\) tidak "
                                        r"punya satu pun ciri"):
        ciri.figure()


def test_an_unknown_source_id_is_refused_naming_row_and_column(data_copy):
    path = data_copy / "sumber_wicked_problem.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("apsc2007,", "apsc,"),
                    encoding="utf-8")
    with pytest.raises(DataError, match=r"baris 4, kolom 'sumber': nilai 'apsc' tidak dikenal; "
                                        r"yang diizinkan: modul, rittel1973, apsc2007"):
        ciri.sources()


# ================================================================ browser
def test_bab2_source_buttons_filter_the_traits(visit):
    v = visit(BAB2)
    assert v.draw_all_figures() == 2
    plot = v.page.locator(".wog-plot").nth(0)
    labels = {"semua": "Semua", **{s: r["singkat"] for s, r in ciri.sources().items()}}
    for source, label in reversed(list(labels.items())):
        plot.locator(".updatemenu-button").filter(has_text=re.compile(f"^{label}$")).click()
        items = ciri.update(source).traces[T_TRAITS]
        v.page.wait_for_function(
            f"n => {plot_js(0)}.data[1].text.length === n", arg=len(items["text"]))
        assert v.page.evaluate(f"{plot_js(0)}.data[1].text") == items["text"]
        assert v.page.evaluate(f"{plot_js(0)}.data[1].customdata") == items["customdata"]
        assert plot.locator("g.trace").count() == 2  # both traces still drawn
    # after "Semua", clicking the 5th trait (the 2nd of Rittel & Webber) shows its detail
    v.click_point(0, 1, 4)
    trait = ciri.traits("rittel1973")[1]
    v.wait_detail(0, f"Rittel & Webber (1973), ciri 2: {trait['ciri']}\n{trait['penjelasan']}")
    assert v.errors == []


def test_bab2_page_fits_a_phone(visit):
    v = visit(BAB2, viewport=(390, 844))
    assert v.draw_all_figures() == 2
    v.assert_fits_phone()
    # the controls still work on a phone
    plot = v.page.locator(".wog-plot").nth(0)
    plot.locator(".updatemenu-button").filter(has_text=re.compile("^APSC$")).click()
    v.page.wait_for_function(f"() => {plot_js(0)}.data[1].text.length === 5")
    assert v.errors == []


def test_in_class_one_source_at_a_time_fills_the_figure():
    """Mode Kelas: eighteen traits at 18 px do not fit 768 px; the menu offers one source
    at a time and the y axis holds only its rows (at least PROJECTOR_LINES lines)."""
    live = ciri.widget(**ciri.KELAS)
    menu = live.controls["menu"]
    assert ciri.ALL not in [v for _, v in menu.options] and menu.value == "modul"
    modul = live.figure.layout.yaxis.range
    assert modul[0] == -ciri.PROJECTOR_LINES  # three rows, spread over twelve lines
    menu.value = "rittel1973"
    rows = live.figure.data[T_TRAITS].y
    bottom = live.figure.layout.yaxis.range[0]
    assert len(rows) == 10 and min(rows) - 1.2 == pytest.approx(bottom)
    with pytest.raises(ValueError, match="satu sumber"):
        ciri.widget(ciri.ALL, projector=True)
