"""The maturity timeline (chapter 6): stages, milestones, figure, static explorer, live widget
and the built page in a real browser.

By hand from data/tahap_maturasi.csv and the rule "a year that ends one period and starts
the next belongs to the stage that begins in it": stage I covers 2000–2002, II 2003–2005,
III 2006–2009 and IV 2010–2026. The networks have 5, 9, 17 and 20 links (test_jejaring).
"""
from __future__ import annotations

import html
import json
import re

import pytest
from plotly.utils import PlotlyJSONEncoder

from wogbook.bab6 import linimasa
from wogbook.bab6.linimasa import TAHUN_AWAL, TAHUN_SEKARANG, stage_of, update
from wogbook.inti import data

PAGE = "book/06-strategic-enabler"
KEYS = ("berbagi_data", "koordinasi", "layanan_terpadu", "proses_terintegrasi",
        "mitra_swasta", "agenda_bersama")
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
LINKS = {1: 5, 2: 9, 3: 17, 4: 20}


def hand_stage(year: int) -> int:
    return 1 if year < 2003 else 2 if year < 2006 else 3 if year < 2010 else 4


def roundtrip(obj):
    """What the browser receives: the object as plotly JSON."""
    return json.loads(json.dumps(obj, cls=PlotlyJSONEncoder))


def plain(text: str) -> str:
    """Figure text without markup, on one line."""
    text = re.sub(r"<[^>]+>", " ", text.replace("&nbsp;", " "))
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def links_drawn(xs_by_trace) -> int:
    """Links in the edge traces: every drawn segment ends with a None."""
    return sum(xs.count(None) for xs in xs_by_trace if xs != [None])


# ------------------------------------------------------------------ the stages
@pytest.mark.parametrize("year", [2000, 2002, 2003, 2005, 2006, 2009, 2010, 2011, 2026])
def test_stage_of_resolves_the_overlapping_years_to_the_stage_that_begins(year):
    assert stage_of(year).tahap == hand_stage(year)


@pytest.mark.parametrize("bad, fragment", [
    (1999, "Tahun 1999 di luar linimasa"), (2027, "Tahun 2027 di luar linimasa"),
    (-5, "di luar linimasa"), (2003.0, "bilangan bulat"), ("2005", "bilangan bulat"),
    (True, "bilangan bulat"), (None, "bilangan bulat"),
])
def test_years_outside_the_timeline_are_refused(bad, fragment):
    with pytest.raises(ValueError, match=fragment) as err:
        stage_of(bad)
    assert "2000" in str(err.value) and "2026" in str(err.value)


def test_the_stages_carry_every_trait_of_table_2():
    stages = linimasa.stages()
    assert [s.tahap for s in stages] == [1, 2, 3, 4]
    assert [s.periode for s in stages] == ["2000–2003", "2003–2006", "2006–2010", "2010–sekarang"]
    assert [(s.mulai, s.akhir) for s in stages] == [(2000, 2002), (2003, 2005), (2006, 2009),
                                                    (2010, 2026)]
    assert [len(s.ciri) for s in stages] == [4, 4, 4, 3]
    assert stages[0].ciri[0] == "Fungsi agensi/instansi pemerintah sebagai silo terpisah"
    assert stages[3].ciri[-1] == "Inovasi tidak terbatas di bidang pelayanan publik"
    assert stages[0].masterplan == "eGAP I (2000–2003)"


def test_stage_periods_must_follow_each_other(data_copy):
    path = data_copy / "tahap_maturasi.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "2,Age of Transition,2003,2006", "2,Age of Transition,2004,2006"), encoding="utf-8")
    with pytest.raises(data.DataError, match="periode harus bersambung") as err:
        linimasa.stages()
    assert "tahap_maturasi.csv" in str(err.value)


# ------------------------------------------------------------------ milestones
def test_milestones_are_valid_and_on_the_timeline():
    items = linimasa.milestones()
    assert len(items) == len(data.load("tonggak_maturasi"))
    assert all(TAHUN_AWAL <= m.tahun <= TAHUN_SEKARANG and m.sumber for m in items)
    countries = [m.negara for m in items]
    assert countries == sorted(countries, key=["Singapura", "Indonesia"].index)
    singapore = {m.tahun: m.tonggak for m in items if m.negara == "Singapura"}
    for year, plan in [(2000, "eGAP I"), (2003, "eGAP II"), (2006, "iGov2010"),
                       (2011, "eGov2015")]:
        assert plan in singapore[year]
    indonesia = " | ".join(f"{m.tahun} {m.tonggak}" for m in items if m.negara == "Indonesia")
    for fact in ["2018 Perpres 95/2018", "2019 Perpres 39/2019", "2022 Perpres 132/2022",
                 "2008 LPSE", "2018 OSS (PP 24/2018)", "April 2021", "2021 Indeks SPBE nasional",
                 ": 2,24", "2023 Indeks SPBE nasional", ": 2,79"]:
        assert fact in indonesia
    assert set(re.findall(r"\b\d,\d\d\b", indonesia)) == {"2,24", "2,79"}


def test_a_bad_milestone_file_is_reported_with_its_line(data_copy):
    with open(data_copy / "tonggak_maturasi.csv", "a", encoding="utf-8") as f:
        f.write("2030,Indonesia,Tonggak rekaan,sumber\n2010,Malaysia,Tonggak lain,sumber\n")
    with pytest.raises(data.DataError) as err:
        linimasa.milestones()
    text = str(err.value)
    assert "tonggak_maturasi.csv" in text and "kolom 'tahun'" in text
    assert "kolom 'negara'" in text and "Malaysia" in text


# -------------------------------------------------------------- state → update
def test_year_update_moves_the_marker_and_boxes_the_band():
    u = update(2005)
    assert u.layout["shapes[0].x0"] == u.layout["shapes[0].x1"] == 2005.5
    assert (u.layout["shapes[1].x0"], u.layout["shapes[1].x1"]) == (2003, 2006)
    assert u.layout["title.text"] == "<b>2005</b> · Tahap II: <i>Age of Transition</i>"
    # the heading wraps at 36 characters, the traits at 42 with a two-space hanging indent
    assert u.layout["annotations[0].text"].startswith(
        "<b>Ciri Tahap II (2003–2006): Integrasi</b><br><b>Pelayanan Publik</b><br>"
        "• Beberapa agensi/instansi berkoordinasi<br>&nbsp;&nbsp;membentuk pusat")
    assert plain(u.layout["annotations[1].text"]).endswith("Jejaringnya kecil: 6 hubungan "
                                                           "koordinasi.")
    assert links_drawn([u.traces[t]["x"] for t in linimasa.T_EDGES.values()]) == 9
    # the hidden highlight box rests on the band of the year
    assert (u.layout["shapes[2].x0"], u.layout["shapes[2].x1"]) == (2003, 2006)
    assert u.layout["shapes[2].visible"] is False
    assert u.traces[linimasa.T_YOU] == {"x": [None], "y": [None]}


def test_highlight_puts_a_star_over_the_readers_band():
    u = linimasa.highlight_update(3, 2012)
    # stage III spans 2006…2009, so its band is 2006–2010 and its middle 2008
    assert u.traces[linimasa.T_YOU] == {"x": [2008.0], "y": [pytest.approx(3.82)]}
    assert u.layout == {"shapes[2].x0": 2006, "shapes[2].x1": 2010, "shapes[2].visible": True}
    assert linimasa.highlight_update(4, 2000).traces[linimasa.T_YOU]["x"] == [2018.5]
    with pytest.raises(ValueError, match="Tahap harus"):
        linimasa.highlight_update(7, 2000)


# ---------------------------------------------------------------------- figure
def test_figure_shows_the_year_its_network_and_every_trait():
    fig = linimasa.figure(2005)
    assert len(fig.data) == 16
    assert [t.name for t in fig.data[:4]] == ["Tahap", "Tonggak Singapura", "Tonggak Indonesia",
                                             "Instansi Anda"]
    assert "2005" in fig.layout.title.text and "Tahap II" in fig.layout.title.text
    traits = plain(fig.layout.annotations[0].text)
    for ciri in stage_of(2005).ciri:
        assert ciri in traits
    assert "Padanan Singapura: eGAP II (2003–2006)" in traits
    assert links_drawn([list(fig.data[t].x) for t in linimasa.T_EDGES.values()]) == 9
    assert fig.layout.shapes[0].x0 == 2005.5 and fig.layout.shapes[2].visible is False
    bands = fig.data[linimasa.T_BANDS]
    assert list(bands.base) == [2000, 2003, 2006, 2010] and list(bands.x) == [3, 3, 4, 17]
    assert list(bands.textfont.color) == ["#000000", "#000000", "#000000", "#ffffff"]
    with pytest.raises(ValueError, match="Tahun 2030"):
        linimasa.figure(2030)


def test_highlight_marks_the_readers_stage():
    fig = linimasa.figure(2005, highlight=3)
    assert fig.data[linimasa.T_YOU].x == (2008.0,) and fig.layout.shapes[2].visible
    assert (fig.layout.shapes[2].x0, fig.layout.shapes[2].x1) == (2006, 2010)
    with pytest.raises(ValueError, match="Tahap harus"):
        linimasa.figure(2005, highlight=7)


def test_milestones_of_one_year_are_stacked():
    fig = linimasa.figure()
    singapore = fig.data[linimasa.T_SG]
    years = [m.tahun for m in linimasa.milestones() if m.negara == "Singapura"]
    assert list(singapore.x) == [y + 0.5 for y in years]
    for year in set(years):  # 2.15, 1.73, 1.31, … for the 1st, 2nd, 3rd milestone of a year
        ys = [y for x, y in zip(singapore.x, singapore.y) if x == year + 0.5]
        assert ys == [round(2.15 - 0.42 * k, 2) for k in range(len(ys))]


# ------------------------------------------------------------- static explorer
def test_every_slider_step_brings_the_figure_to_its_year():
    spec = roundtrip(linimasa.explorer().spec())
    (slider,) = spec["layout"]["sliders"]
    assert [s["label"] for s in slider["steps"]] == [str(y) for y in range(2000, 2027)]
    assert slider["active"] == 0 and slider["currentvalue"]["prefix"] == "Tahun: "
    for year, step in zip(range(2000, 2027), slider["steps"]):
        assert step["method"] == "update"
        restyle, relayout, traces = step["args"]
        assert traces == list(range(3, 16))
        tahap = hand_stage(year)
        assert relayout["sliders[0].active"] == year - 2000
        assert relayout["shapes[0].x0"] == year + 0.5
        assert relayout["title.text"].startswith(f"<b>{year}</b> · Tahap {ROMAN[tahap]}: ")
        assert f"Ciri Tahap {ROMAN[tahap]}" in relayout["annotations[0].text"]
        assert relayout["shapes[2].visible"] is False
        edges = [restyle["x"][traces.index(t)] for t in linimasa.T_EDGES.values()]
        assert links_drawn(edges) == LINKS[tahap]
        assert restyle["x"][traces.index(linimasa.T_YOU)] == [None]


def test_explorer_has_alt_text_version_detail_pane_and_stable_output():
    first, second = linimasa.explorer(), linimasa.explorer()
    assert first.to_html() == second.to_html()
    page = first.to_html()
    assert 'aria-label="Linimasa maturasi jejaring kerja 2000–2026' in page
    assert "Posisi awal: 2000, Tahap I — Age of Agency." in first.alt
    assert 'class="wog-detail"' in page and linimasa.PLACEHOLDER in page
    text = first.text._repr_html_()
    for s in linimasa.stages():
        for ciri in s.ciri:
            assert html.escape(ciri) in text
    for m in linimasa.milestones():
        assert str(m.tahun) in text and m.sumber.split(";")[0] in text
    assert "20 hubungan" in text and "2010–2026" in text
    assert len(page.encode("utf-8")) < 160_000
    bands = [html.unescape(c) for c in first.spec()["data"][linimasa.T_BANDS]["customdata"]]
    assert bands[1].startswith("Tahap II — Age of Transition (2003–2006): ")
    assert all(c in bands[1] for c in linimasa.stages()[1].ciri)


# ----------------------------------------------------------------- live widget
def test_live_widget_follows_the_year_and_the_self_assessment():
    live = linimasa.widget(2000)
    fig, c = live.figure, live.controls
    c["tahun"].value = 2012
    assert "<b>2012</b>" in fig.layout.title.text and "Golden Age" in fig.layout.title.text
    assert "Inklusi swasta" in plain(fig.layout.annotations[0].text)
    assert fig.data[linimasa.T_YOU].x == (None,) and c["lompat"].disabled
    for key in KEYS:
        c[key].value = {"koordinasi": 2, "layanan_terpadu": 1}.get(key, 0)
    assert fig.layout.shapes[2].visible and not c["lompat"].disabled
    assert fig.data[linimasa.T_YOU].x == ((2003 + 2006) / 2,)
    assert "Tahap II" in c["hasil"].value and "Tahap III" in c["hasil"].value
    c["lompat"].click()
    assert c["tahun"].value == 2003 and "Tahap II" in fig.layout.title.text
    c["koordinasi"].value = None  # an unanswered question removes the mark
    assert not fig.layout.shapes[2].visible and fig.data[linimasa.T_YOU].x == (None,)
    assert c["lompat"].disabled


def test_live_widget_cannot_leave_the_timeline():
    # (its speed is measured by scripts/benchmark.py, not asserted in a timed test)
    live = linimasa.widget()
    live.controls["tahun"].value = 1990  # ipywidgets clamps to min
    assert live.controls["tahun"].value == TAHUN_AWAL
    assert "<b>2000</b>" in live.figure.layout.title.text
    for year in (2003, 2008, 2015, 2020):
        live.controls["tahun"].value = year
        assert f"<b>{year}</b>" in live.figure.layout.title.text


# --------------------------------------------------------------------- browser
def state_of(v):
    """The dynamic traces' x data and the texts of the drawn figure."""
    return v.page.evaluate("""() => {
        const gd = document.querySelector('.wog-plot');
        return {x: gd.data.map(t => t.x), title: gd.layout.title.text,
                traits: gd.layout.annotations[0].text,
                drawn: Array.from(gd.querySelectorAll('.annotation-text')).map(a => a.textContent).join(' '),
                line: gd.layout.shapes[0].x0, active: gd.layout.sliders[0].active};
    }""")


def expect_year(v, year):
    v.page.wait_for_function(
        "y => document.querySelector('.wog-plot').layout.title.text.includes('<b>' + y + '</b>')",
        arg=str(year))
    model = roundtrip(update(year).state())
    restyle = {t: values for values, (t,) in model["restyle"]}
    got = state_of(v)
    assert all(got["x"][t] == values["x"][0] for t, values in restyle.items()), \
        f"network of {year} differs"
    assert got["traits"] == model["relayout"]["annotations[0].text"]
    assert got["line"] == year + 0.5 and got["active"] == year - TAHUN_AWAL
    stage = stage_of(year)
    assert f"Ciri Tahap {stage.romawi}" in got["drawn"]
    assert stage.ciri[0][:25] in got["drawn"]


def test_page_draws_the_timeline_cleanly(visit):
    v = visit(PAGE, block_network=True)
    assert v.draw_all_figures() == 1
    expect_year(v, 2000)
    v.page.mouse.wheel(0, 20000)
    v.page.wait_for_timeout(300)
    assert v.errors == [] and v.foreign == []
    assert v.page.locator(".wog-plot .bars .point").count() == 4


def test_year_slider_changes_network_and_traits(visit):
    v = visit(PAGE)
    v.draw_all_figures()
    before = state_of(v)
    v.slider_to(0, 2008 - TAHUN_AWAL)
    expect_year(v, 2008)
    assert state_of(v)["x"] != before["x"]
    v.slider_to(0, 2004 - TAHUN_AWAL)
    expect_year(v, 2004)
    v.slider_to(0, 2003 - TAHUN_AWAL)  # the overlap year belongs to stage II
    expect_year(v, 2003)
    v.slider_to(0, 2020 - TAHUN_AWAL)
    expect_year(v, 2020)
    assert "Golden Age" in v.page.locator(".wog-plot .gtitle").text_content()
    assert v.errors == []


def test_year_slider_works_with_the_keyboard(visit):
    v = visit(PAGE)
    v.draw_all_figures()
    slider = v.page.locator('.wog-plot g.slider-group[role="slider"]').first
    assert slider.get_attribute("aria-label") == "Tahun"
    slider.focus()
    v.page.keyboard.press("ArrowRight")
    expect_year(v, 2001)
    v.page.keyboard.press("End")
    expect_year(v, TAHUN_SEKARANG)
    v.page.keyboard.press("PageDown")
    expect_year(v, TAHUN_SEKARANG - 3)
    v.page.keyboard.press("Home")
    expect_year(v, 2000)
    now = v.page.locator('.wog-plot g.slider-group[role="slider"]').first
    assert now.get_attribute("aria-valuenow") == "0" and now.get_attribute("aria-valuetext") == "2000"
    assert v.errors == []


def test_clicking_a_band_shows_all_its_traits(visit):
    v = visit(PAGE)
    v.draw_all_figures()
    box = v.page.locator(".wog-plot .bars .point").nth(2).bounding_box()
    v.page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    v.page.wait_for_function("document.querySelector('.wog-detail').textContent.includes('Tahap III')")
    detail = v.page.locator(".wog-detail")
    for ciri in linimasa.stages()[2].ciri:
        assert ciri in detail.text_content()
    assert v.errors == []


def test_phone_screen(visit):
    v = visit(PAGE, viewport=(390, 844))
    v.draw_all_figures()
    v.assert_fits_phone()
    v.slider_to(0, 2012 - TAHUN_AWAL)
    expect_year(v, 2012)
    assert v.errors == []


def test_in_class_the_traits_stand_beside_the_figure():
    """Mode Kelas: the stage's traits leave the figure for the column beside it and follow
    the slider; the figure keeps the timeline and the network."""
    live = linimasa.widget(**linimasa.KELAS).variant("projector")
    traits = live.box.children[0].children[1]
    assert "Ciri Tahap IV" in traits.value and live.figure.layout.annotations[0].visible is False
    live.controls["tahun"].value = 2001
    assert "Ciri Tahap I " in traits.value and "2000" in traits.value
    assert live.figure.layout.legend.orientation == "v"


def test_in_class_the_self_assessment_goes_one_question_at_a_time():
    """Mode Kelas: the timeline and the questions are two tabs; the questions come one at
    a time (the class answers together); the stage found takes the class back to the
    timeline at that stage (koordinasi 2, layanan terpadu 1, the rest 0: stage II, 2003,
    as in the live widget test above)."""
    live = linimasa.widget(**linimasa.KELAS).variant("projector")
    c = live.controls
    steps = live.box.children[1].children[0]
    counter, shown = steps.children[0], steps.children[1]
    assert live.box.titles == ("Linimasa dan jejaring", "Di mana instansi saya?")
    assert "Pertanyaan 1 dari 6" in counter.value and c["sebelumnya"].disabled
    for i, key in enumerate(KEYS):
        assert "Pertanyaan %d dari 6" % (i + 1) in counter.value
        assert shown.children[1] is c[key]  # the question shown is the one answered
        c[key].value = {"koordinasi": 2, "layanan_terpadu": 1}.get(key, 0)
        if i < len(KEYS) - 1:
            c["berikutnya"].click()
    assert c["berikutnya"].disabled and "Tahap II" in c["hasil"].value
    live.box.selected_index = 1
    c["lompat"].click()
    assert live.box.selected_index == 0 and c["tahun"].value == 2003
    c["sebelumnya"].click()
    assert "Pertanyaan 5 dari 6" in counter.value
