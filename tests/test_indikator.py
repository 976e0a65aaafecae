"""Chapter 8 (Indonesia dalam angka): models, updates, explorers, widget, data errors.

Expected values are read off ``data/*.csv`` by hand and typed in here; the published
values themselves are checked in ``test_published_values.py``.
"""
from __future__ import annotations

import pytest

from wogbook.bab8 import egdi, ipk, sebaran, spbe
from wogbook.bab8 import widget as live
from wogbook.bab8._common import COUNTRIES, series, visible_update
from wogbook.inti import data

RED = "#D55E00"


# ----------------------------------------------------------------------- CPI
def test_cpi_update_marks_every_country_in_the_year():
    # ipk.csv 2019, in trace order IDN SGP MYS THA KOR: 40 85 53 36 59; Indonesia rank 85
    u = ipk.update(2019)
    assert u.traces == {5: {"x": [2019] * 5, "y": [40, 85, 53, 36, 59],
                            "text": ["40", "85", "53", "36", "59"]}}
    assert u.layout == {"shapes[0].x0": 2019, "shapes[0].x1": 2019,
                        "title.text": "IPK 2019: Indonesia 40, peringkat 85"}
    # TI gives no rank before 2017: the title leaves it out
    assert ipk.update(2012).layout["title.text"] == "IPK 2012: Indonesia 32"


def test_cpi_figure_draws_the_lines_and_the_chosen_year():
    fig = ipk.figure(2022)
    assert [t.name for t in fig.data] == list(COUNTRIES.values()) + ["Tahun terpilih"]
    assert list(fig.data[0].y) == [32, 32, 34, 36, 37, 37, 38, 40, 37, 38, 34, 34, 37]
    assert fig.data[0].line.color == RED and fig.data[0].line.width == 4
    assert list(fig.data[5].y) == [34, 83, 47, 36, 63]
    assert fig.layout.shapes[0].x0 == 2022
    assert fig.layout.title.text == "IPK 2022: Indonesia 34, peringkat 110"
    # rank "–" before 2017, then TI's rank (Indonesia 2017 = 96)
    assert [c[0] for c in fig.data[0].customdata[4:6]] == ["–", 96]


def test_every_country_has_its_own_colour_dash_and_symbol():
    # Okabe–Ito colours and a distinct dash and symbol each: never colour alone
    expected = [("Indonesia", "#D55E00", "solid", "circle"),
                ("Singapura", "#0072B2", "dot", "square"),
                ("Malaysia", "#009E73", "dash", "diamond"),
                ("Thailand", "#E69F00", "longdash", "triangle-up"),
                ("Korea Selatan", "#CC79A7", "dashdot", "x")]
    for fig in (ipk.figure(), egdi.figure(), ipk.skala_lama_figure(), sebaran.figure()):
        got = [(t.name, t.line.color, t.line.dash, t.marker.symbol) for t in fig.data[:5]]
        assert got == expected


def test_cpi_explorer_slider_steps_are_complete_states():
    spec = ipk.explorer(2024).spec()["layout"]
    slider = spec["sliders"][0]
    assert [s["label"] for s in slider["steps"]] == [str(y) for y in range(2012, 2025)]
    assert slider["active"] == 12 and slider["currentvalue"]["prefix"] == "Tahun: "
    restyle, relayout, traces = slider["steps"][7]["args"]  # 2019
    assert traces == [5]
    assert restyle == {"x": [[2019] * 5], "y": [[40, 85, 53, 36, 59]],
                       "text": [["40", "85", "53", "36", "59"]]}
    assert relayout["title.text"] == "IPK 2019: Indonesia 40, peringkat 85"
    assert relayout["shapes[0].x0"] == 2019
    # the starting figure is the 2024 state
    assert spec["title"]["text"] == "IPK 2024: Indonesia 37, peringkat 99"


def test_cpi_text_version_lists_every_score():
    rows = ipk.explorer().text.rows
    assert rows[0] == ["2012", "32", "87", "49", "37", "56"]
    assert rows[-1] == ["2024", "37", "84", "50", "34", "64"]


def test_old_scale_never_shares_the_0_100_axis():
    fig = ipk.figure()
    assert min(x for t in fig.data[:5] for x in t.x) >= 2012
    assert min(y for t in fig.data[:5] for y in t.y) > 10
    old = ipk.skala_lama()
    assert max(x for t in old.figure.data for x in t.x) <= 2011
    assert old.figure.layout.yaxis.range == (0, 10)
    idn = old.figure.data[0]
    assert idn.x[0] == 1996 and idn.y[-1] == pytest.approx(3.028)  # no 1995 in the source
    assert ["Indonesia", "2011", "3,028"] in old.text.rows


# ---------------------------------------------------------------------- EGDI
def test_egdi_update_rank_on_a_reversed_axis():
    u = egdi.update("peringkat")
    assert u.traces[0]["x"] == [2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024]
    assert u.traces[0]["y"] == [109, 97, 106, 116, 107, 88, 77, 64]
    assert all(type(v) is int for t in u.traces.values() for v in t["y"])  # "#88", not "88.0"
    assert 2020 not in u.traces[2]["x"]  # Malaysia: no 2020 value, not invented
    assert u.traces[1]["y"][5] == 11  # Singapore 2020: rank only
    assert u.layout == {"yaxis.range": [130, 0],
                        "yaxis.title.text": "Peringkat EGDI (1 = terbaik)",
                        "title.text": "Peringkat EGDI (1 = terbaik), survei PBB 2010–2024"}


def test_egdi_update_component_values():
    u = egdi.update("osi")
    assert u.traces[0]["y"][-1] == pytest.approx(0.8035)  # IDN OSI 2024
    assert u.layout["yaxis.range"] == [0, 1.02]
    assert u.layout["yaxis.title.text"] == "OSI – layanan daring (0–1)"
    assert 2020 not in egdi.update("epi").traces[0]["x"]  # IDN EPI 2020 left empty
    assert 2020 not in egdi.update("egdi").traces[1]["x"]  # SGP 2020 has only a rank


def test_egdi_explorer_menu():
    spec = egdi.explorer().spec()["layout"]
    menu = spec["updatemenus"][0]
    assert [b["label"] for b in menu["buttons"]] == [
        "EGDI (indeks gabungan)", "OSI – layanan daring", "HCI – sumber daya manusia",
        "TII – infrastruktur telekomunikasi", "EPI – partisipasi elektronik",
        "Peringkat EGDI (1 = terbaik)"]
    restyle, relayout, traces = menu["buttons"][5]["args"]
    assert traces == [0, 1, 2, 3, 4]
    assert relayout["yaxis.range"] == [130, 0]
    assert restyle["y"][0] == [109, 97, 106, 116, 107, 88, 77, 64]
    assert menu["active"] == 0 and spec["title"]["text"].startswith("EGDI (indeks gabungan)")
    text = egdi.explorer().text.rows
    # Indonesia 2020 (row 6 of egdi.csv): EPI empty, shown as a dash
    assert text[5][:8] == ["Indonesia", "2020", "88", "0,6612", "0,6824", "0,7342", "0,5669",
                           "–"]


def test_series_leaves_missing_values_out():
    assert 2020 not in set(series("peringkat", "MYS")["tahun"])
    assert 2020 in set(series("peringkat", "SGP")["tahun"])
    assert list(series("ipk", "THA")["nilai"])[-2:] == [35, 34]


# ------------------------------------------------------------------- scatter
def test_scatter_pairs_and_years():
    # CPI starts in 2012, so the 2010 survey has no pair
    assert sebaran.years() == [2012, 2014, 2016, 2018, 2020, 2022, 2024]


def test_scatter_update_2020_has_only_indonesia():
    u = sebaran.update(2020)
    assert u.traces == {5: {"x": [0.6612], "y": [37], "text": ["Indonesia"],
                            "marker.color": [RED], "marker.symbol": ["circle"],
                            "textposition": ["top center"]}}
    assert u.layout == {"title.text": "EGDI dan IPK, tahun survei 2020"}


def test_scatter_update_2024_labels_right_points_on_the_left():
    t = sebaran.update(2024).traces[5]
    # sorted by iso3: IDN KOR MYS SGP THA
    assert t["text"] == ["Indonesia", "Korea Selatan", "Malaysia", "Singapura", "Thailand"]
    assert t["x"] == pytest.approx([0.7991, 0.9679, 0.8111, 0.9691, 0.8351])
    assert t["y"] == [37, 64, 50, 84, 34]
    assert t["textposition"] == ["top center", "top left", "top center", "top left",
                                 "top center"]


def test_scatter_explorer_slider():
    steps = sebaran.explorer().spec()["layout"]["sliders"][0]["steps"]
    assert [s["label"] for s in steps] == ["2012", "2014", "2016", "2018", "2020", "2022", "2024"]
    assert steps[4]["args"][0]["text"] == [["Indonesia"]]
    assert ["Indonesia", "2024", "0,7991", "37"] in sebaran.explorer().text.rows


# ---------------------------------------------------------------------- SPBE
def test_spbe_figure_and_text():
    book = spbe.explorer()
    bar = book.figure.data[0]
    # the bars name the agencies assessed (spbe.csv: 517 in 2021, 621 in 2023)
    assert list(bar.x) == ["2021<br>(517 instansi)", "2023<br>(621 instansi)"]
    assert list(bar.y) == [2.24, 2.79]
    assert list(bar.text) == ["2,24", "2,79"]
    assert book.figure.layout.shapes[0].y0 == 2.6
    assert book.figure.layout.annotations[0].text == "target nasional 2025: 2,6"
    assert book.alt == ("Diagram batang indeks SPBE nasional: 2021 = 2,24 (517 instansi) dan "
                        "2023 = 2,79, predikat Baik (621 instansi), dengan garis target 2,6 "
                        "untuk 2025.")
    # an empty rating is shown as a dash, never as 'nan'
    assert [r[2] for r in book.text.rows] == ["–", "Baik"]


# -------------------------------------------------------------------- errors
def test_bad_requests_are_refused_in_indonesian():
    with pytest.raises(ValueError, match="Negara 'XYZ' tidak dikenal; pilihan: IDN"):
        series("egdi", "XYZ")
    with pytest.raises(ValueError, match="Indikator 'gdp' tidak dikenal; pilihan: ipk, egdi"):
        series("gdp", "IDN")
    with pytest.raises(ValueError, match="Tahun IPK 2011 tidak tersedia; pilihan: 2012–2024"):
        ipk.update(2011)
    with pytest.raises(ValueError, match="Tahun IPK True tidak tersedia"):
        ipk.values_in(True)
    with pytest.raises(ValueError, match="Komponen 'abc' tidak dikenal; pilihan: egdi, osi"):
        egdi.update("abc")
    with pytest.raises(ValueError, match="Komponen 'abc' tidak dikenal"):
        egdi.explorer("abc")
    with pytest.raises(ValueError,
                       match="Tahun 2013 tidak punya pasangan EGDI–IPK; pilihan: 2012"):
        sebaran.update(2013)


# --------------------------------------------------------------- data errors
def _edit(folder, name, old, new):
    path = folder / f"{name}.csv"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_edited_score_reaches_the_figures(data_copy):
    _edit(data_copy, "ipk", "IDN,Indonesia,2019,40,85", "IDN,Indonesia,2019,41,85")
    assert ipk.update(2019).layout["title.text"] == "IPK 2019: Indonesia 41, peringkat 85"
    assert ipk.figure(2024).data[0].y[7] == 41
    assert ipk.explorer().text.rows[7][1] == "41"


def test_year_without_indonesia_is_a_data_error(data_copy):
    path = data_copy / "ipk.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(l for l in lines if not l.startswith("IDN,Indonesia,2015,")),
                    encoding="utf-8")
    with pytest.raises(data.DataError) as err:
        ipk.explorer()
    msg = str(err.value)
    assert "'ipk.csv'" in msg
    assert "tahun 2015 tidak punya baris Indonesia (iso3 'IDN')" in msg


def test_out_of_range_component_names_file_row_and_column(data_copy):
    # Indonesia 2022 is line 8 of egdi.csv
    _edit(data_copy, "egdi", "2022,77,0.7160,0.7644", "2022,77,0.7160,1.7644")
    with pytest.raises(data.DataError) as err:
        egdi.explorer()
    msg = str(err.value)
    assert "'egdi.csv'" in msg and "baris 8, kolom 'osi'" in msg and "di luar rentang 0–1" in msg


def test_bad_cells_name_file_row_and_choices(data_copy):
    _edit(data_copy, "spbe", "2023,2.79", "2023,x2.79")
    with pytest.raises(data.DataError, match=r"baris 3, kolom 'indeks': nilai 'x2.79' bukan angka"):
        spbe.explorer()
    _edit(data_copy, "ipk_skala_lama", "THA,Thailand,1995", "TH,Thailand,1995")
    with pytest.raises(data.DataError, match=r"kolom 'iso3': nilai 'TH' tidak dikenal; yang "
                                             r"diizinkan: IDN, SGP, MYS, THA, KOR"):
        ipk.skala_lama()


# -------------------------------------------------------------------- widget
def test_visible_update_hides_other_countries():
    u = visible_update(("IDN", "THA"))
    assert u.traces == {0: {"visible": True}, 1: {"visible": False}, 2: {"visible": False},
                        3: {"visible": True}, 4: {"visible": False}}


def test_widget_updates_both_figures():
    w = live.widget()
    cpi_fig, egdi_fig = w.figures
    assert w.figure is cpi_fig
    w.controls["tahun"].value = 2019
    assert cpi_fig.layout.title.text == "IPK 2019: Indonesia 40, peringkat 85"
    assert list(cpi_fig.data[5].y) == [40, 85, 53, 36, 59]
    w.controls["komponen"].value = "peringkat"
    assert egdi_fig.layout.yaxis.range == (130, 0)
    assert list(egdi_fig.data[0].y) == [109, 97, 106, 116, 107, 88, 77, 64]
    w.controls["negara"].value = ("IDN",)
    for fig in (cpi_fig, egdi_fig):
        assert [t.visible for t in fig.data[:5]] == [True, False, False, False, False]
    w.variant("projector")
    assert cpi_fig.layout.font.size == egdi_fig.layout.font.size == 19  # 13 × 20/14


def test_mode_kelas_entry_point_is_the_chapter_widget():
    w = ipk.widget(2020, "hci")  # kelas_layar.csv names 'bab8.ipk'
    assert w.figures[0].layout.title.text == "IPK 2020: Indonesia 37, peringkat 102"
    assert w.figures[1].layout.title.text == "HCI – sumber daya manusia, survei PBB 2010–2024"
    assert w.controls["komponen"].value == "hci"


PAGE = "book/08-dalam-angka"


def test_data_chapter_in_the_browser(visit):
    v = visit(PAGE, block_network=True)
    assert v.draw_all_figures() == 5
    title = "document.querySelectorAll('.wog-plot')[{i}].layout.title.text"
    v.slider_to(0, 7, plot=0)  # CPI slider of the first figure -> 2019
    v.page.wait_for_function(f"{title.format(i=0)} === 'IPK 2019: Indonesia 40, peringkat 85'")
    egdi_plot = v.page.locator(".wog-plot").nth(2)
    egdi_plot.scroll_into_view_if_needed()
    egdi_plot.locator(".updatemenu-header-group").click()
    item = egdi_plot.locator(".updatemenu-item-text", has_text="Peringkat EGDI")
    item.wait_for()
    v.page.wait_for_timeout(300)  # the menu slides open
    item.click()
    v.page.wait_for_function("document.querySelectorAll('.wog-plot')[2].layout.yaxis.range[0] === 130")
    assert v.errors == [] and v.foreign == []
