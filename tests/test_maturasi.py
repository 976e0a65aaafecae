"""The maturity timeline (chapter 6): model, figure, static explorer, live widget and the
built page in a real browser agree with each other and with the data."""
from __future__ import annotations

import html
import json
import re
import time

import pytest
from plotly.utils import PlotlyJSONEncoder

from wogbook import data, maturasi
from wogbook.maturasi import (QUESTION_KEYS, TAHUN_AWAL, TAHUN_SEKARANG, network, stage_of,
                              updates, where_is_my_agency)

PAGE = "book/06-strategic-enabler"


def roundtrip(obj):
    """What the browser receives: the object as plotly JSON."""
    return json.loads(json.dumps(obj, cls=PlotlyJSONEncoder))


def plain(text: str) -> str:
    """Figure text without markup, on one line."""
    text = re.sub(r"<[^>]+>", " ", text.replace("&nbsp;", " "))
    return re.sub(r"\s+", " ", text).strip()


# ------------------------------------------------------------------ the stages
@pytest.mark.parametrize("year, tahap", [
    (2000, 1), (2002, 1),
    (2003, 2), (2005, 2),   # 2003 ends stage I and starts stage II: it belongs to II
    (2006, 3), (2009, 3),   # 2006: stage III (iGov2010 began in 2006)
    (2010, 4), (2011, 4),   # 2010: stage IV, as the module writes "2010–sekarang"
    (TAHUN_SEKARANG, 4),
])
def test_stage_of_resolves_the_overlapping_years_to_the_stage_that_begins(year, tahap):
    assert stage_of(year).tahap == tahap


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
    stages = maturasi.stages()
    traits = data.load("ciri_maturasi")
    assert [s.tahap for s in stages] == [1, 2, 3, 4]
    assert [s.periode for s in stages] == ["2000–2003", "2003–2006", "2006–2010", "2010–sekarang"]
    assert [(s.mulai, s.akhir) for s in stages] == [(2000, 2002), (2003, 2005), (2006, 2009),
                                                    (2010, 2026)]
    for s in stages:
        assert list(s.ciri) == list(traits.loc[traits["tahap"] == s.tahap, "ciri"])
    assert [len(s.ciri) for s in stages] == [4, 4, 4, 3]
    assert stages[0].masterplan.startswith("eGAP I")



def test_stage_periods_must_follow_each_other(copy_dir):
    path = copy_dir / "tahap_maturasi.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "2,Age of Transition,2003,2006", "2,Age of Transition,2004,2006"), encoding="utf-8")
    with pytest.raises(data.DataError, match="periode harus bersambung") as err:
        maturasi.stages(copy_dir)
    assert "tahap_maturasi.csv" in str(err.value)


# ----------------------------------------------------------------- the network
def test_network_grows_from_silos_to_one_network():
    nets = [network(t) for t in (1, 2, 3, 4)]
    sizes = [len(n.edges) for n in nets]
    assert sizes == sorted(set(sizes)), f"links must grow strictly: {sizes}"
    nodes = [{n.id for n in net.nodes} for net in nets]
    assert all(a <= b for a, b in zip(nodes, nodes[1:])), "actors never disappear"

    silo, transition, integration, golden = nets
    agencies = maturasi.AGENCIES
    # I: isolated agencies, citizens reach only their agency, never the centre
    assert not any(e.a in agencies and e.b in agencies for e in silo.edges)
    assert all(silo.linked("W", a) for a in agencies)
    assert "P" not in silo.reachable("W")
    assert [g for g, _ in silo.groups] == ["silo"] * 5
    # II: a small coordinating cluster around a service centre; no private sector yet
    assert {e.kind for e in transition.edges} == {"akses", "koordinasi"}
    assert dict(transition.groups)["klaster"] == ("A", "B", "C", "L")
    assert not transition.linked("D", "E") and "S" not in {n.id for n in transition.nodes}
    # III: every agency linked inside government; private sector only coordinated
    assert all(integration.linked("P", a) for a in agencies)
    assert {e.kind for e in integration.edges if "S" in (e.a, e.b)} == {"swasta_koordinasi"}
    assert "S" not in dict(integration.groups)["klaster"]
    # IV: private sector inside the network, one shared group with citizens
    assert {e.kind for e in golden.edges if "S" in (e.a, e.b)} == {"swasta_inklusi"}
    assert {"S", "W"} <= set(dict(golden.groups)["klaster"])
    assert str(len(golden.edges)) in golden.ringkasan


@pytest.mark.parametrize("bad", [0, 5, "II", True, 2.0, None])
def test_network_refuses_unknown_stages(bad):
    with pytest.raises(ValueError, match="Tahap harus 1, 2, 3 atau 4"):
        network(bad)


# ---------------------------------------------------------- the self-assessment
def answers(**given):
    base = dict.fromkeys(QUESTION_KEYS, 0)
    base.update(given)
    return base


@pytest.mark.parametrize("given, tahap", [
    ({}, 1),
    ({"koordinasi": 1}, 1),
    ({"koordinasi": 1, "layanan_terpadu": 1}, 2),
    ({"koordinasi": 2, "layanan_terpadu": 2, "berbagi_data": 1, "proses_terintegrasi": 2}, 2),
    ({"koordinasi": 1, "layanan_terpadu": 1, "berbagi_data": 2, "proses_terintegrasi": 1,
      "mitra_swasta": 1}, 3),
    ({"koordinasi": 1, "layanan_terpadu": 1, "berbagi_data": 2, "proses_terintegrasi": 2,
      "mitra_swasta": 2, "agenda_bersama": 1}, 3),
    (dict.fromkeys(QUESTION_KEYS, 2), 4),
])
def test_self_assessment_places_the_agency(given, tahap):
    result = where_is_my_agency(answers(**given))
    assert result.tahap == tahap and result.stage.tahap == tahap
    assert result.penjelasan.startswith(f"Instansi Anda berada pada Tahap {maturasi.ROMAWI[tahap]}")


def test_self_assessment_explains_what_is_missing():
    result = where_is_my_agency(answers(koordinasi=1, layanan_terpadu=1, agenda_bersama=2))
    assert result.tahap == 2
    assert "Untuk naik ke Tahap III masih perlu" in result.penjelasan
    assert "berbagi data secara rutin" in result.penjelasan
    assert result.lebih == ("ada agenda, target dan indikator bersama",)
    top = where_is_my_agency(dict.fromkeys(QUESTION_KEYS, 2))
    assert top.berikutnya == () and "Semua syarat tahap tertinggi" in top.penjelasan


@pytest.mark.parametrize("bad, fragment", [
    ({k: 0 for k in QUESTION_KEYS[:-1]}, "agenda_bersama belum diisi"),
    (dict(answers(), kepuasan=2), "'kepuasan' tidak dikenal"),
    (answers(berbagi_data=3), "'berbagi_data' harus 0, 1 atau 2 (0 = tidak, 1 = sebagian, 2 = ya); diterima: 3."),
    (answers(mitra_swasta="2"), "'mitra_swasta' harus 0, 1 atau 2"),
    (answers(koordinasi=True), "'koordinasi' harus 0, 1 atau 2"),
    (answers(koordinasi=1.5), "'koordinasi' harus 0, 1 atau 2"),
    ([0] * 6, "Jawaban harus berupa pasangan"),
])
def test_self_assessment_refuses_bad_answers(bad, fragment):
    with pytest.raises(ValueError, match=re.escape(fragment)):
        where_is_my_agency(bad)


# ------------------------------------------------------------------ milestones
def test_milestones_are_valid_and_on_the_timeline():
    items = maturasi.milestones()
    assert len(items) == len(data.load("tonggak_maturasi"))
    assert all(TAHUN_AWAL <= m.tahun <= TAHUN_SEKARANG and m.sumber for m in items)
    singapore = {m.tahun: m.tonggak for m in items if m.negara == "Singapura"}
    for year, plan in [(2000, "eGAP I"), (2003, "eGAP II"), (2006, "iGov2010"),
                       (2011, "eGov2015")]:
        assert plan in singapore[year]
    indonesia = " | ".join(f"{m.tahun} {m.tonggak}" for m in items if m.negara == "Indonesia")
    for fact in ["2018 Perpres 95/2018", "2019 Perpres 39/2019", "2022 Perpres 132/2022",
                 "2008 LPSE", "2018 OSS (PP 24/2018)", "April 2021", "2021 Indeks SPBE nasional",
                 ": 2,24", "2023 Indeks SPBE nasional", ": 2,79"]:
        assert fact in indonesia
    # no SPBE index value other than the two verified ones
    assert set(re.findall(r"\b\d,\d\d\b", indonesia)) == {"2,24", "2,79"}


def test_a_bad_milestone_file_is_reported_with_its_line(copy_dir):
    with open(copy_dir / "tonggak_maturasi.csv", "a", encoding="utf-8") as f:
        f.write("2030,Indonesia,Tonggak rekaan,sumber\n2010,Malaysia,Tonggak lain,sumber\n")
    with pytest.raises(data.DataError) as err:
        maturasi.milestones(copy_dir)
    text = str(err.value)
    assert "tonggak_maturasi.csv" in text and "kolom 'tahun'" in text
    assert "kolom 'negara'" in text and "Malaysia" in text


# ---------------------------------------------------------------------- figure
def test_figure_shows_the_year_its_network_and_every_trait():
    fig = maturasi.figure(2005)
    stage = stage_of(2005)
    assert "2005" in fig.layout.title.text and "Tahap II" in fig.layout.title.text
    traits = plain(fig.layout.annotations[0].text)
    for ciri in stage.ciri:
        assert ciri in traits
    assert stage.masterplan in traits
    edges = sum(sum(v is None for v in fig.data[t].x) for t in maturasi.T_EDGES.values()
                if list(fig.data[t].x) != [None])
    assert edges == len(network(2).edges)
    assert fig.layout.shapes[0].x0 == 2005.5
    assert fig.layout.shapes[2].visible is False
    with pytest.raises(ValueError, match="Tahun 2030"):
        maturasi.figure(2030)


def test_highlight_marks_the_readers_stage():
    fig = maturasi.figure(2005, highlight=3)
    you = fig.data[maturasi.T_YOU]
    assert you.x[0] == pytest.approx((2006 + 2010) / 2) and fig.layout.shapes[2].visible
    assert (fig.layout.shapes[2].x0, fig.layout.shapes[2].x1) == (2006, 2010)
    with pytest.raises(ValueError, match="Tahap harus"):
        maturasi.figure(2005, highlight=7)


def test_every_slider_step_is_the_models_state_for_its_year():
    spec = maturasi.explorer().spec()
    (slider,) = spec["layout"]["sliders"]
    assert [s["label"] for s in slider["steps"]] == [str(y) for y in maturasi.YEARS]
    assert slider["active"] == 0 and slider["currentvalue"]["prefix"] == "Tahun: "
    for year, step in zip(maturasi.YEARS, slider["steps"]):
        assert step["method"] == "update"
        restyle, relayout, traces = step["args"]
        model = roundtrip(list(updates(year)))
        assert [restyle, traces] == [model[0], model[2]]
        assert relayout == dict(model[1], **{"sliders[0].active": year - TAHUN_AWAL})
        stage = stage_of(year)
        assert f"<b>{year}</b>" in relayout["title.text"]
        assert f"Ciri Tahap {stage.romawi}" in relayout["annotations[0].text"]
        drawn = sum(sum(v is None for v in restyle["x"][traces.index(t)])
                    for t in maturasi.T_EDGES.values() if restyle["x"][traces.index(t)] != [None])
        assert drawn == len(network(stage).edges)


def test_explorer_has_alt_text_version_detail_pane_and_stable_output():
    first, second = maturasi.explorer(), maturasi.explorer()
    assert first.to_html() == second.to_html()
    page = first.to_html()
    assert 'aria-label="Linimasa maturasi jejaring kerja' in page
    assert 'class="wog-detail"' in page
    text = first.text._repr_html_()
    for s in maturasi.stages():
        for ciri in s.ciri:
            assert html.escape(ciri) in text
    for m in maturasi.milestones():
        assert str(m.tahun) in text and m.sumber.split(";")[0] in text
    assert len(page.encode("utf-8")) < 150_000
    bands = first.spec()["data"][maturasi.T_BANDS]["customdata"]
    assert all(c in bands[1] for c in maturasi.stages()[1].ciri)


def test_checklist_lists_every_question():
    table = maturasi.checklist()
    assert len(table.rows) == len(maturasi.QUESTIONS) == 6
    assert "Tahap IV: ≥ 2" in " ".join(r[3] for r in table.rows)


# ----------------------------------------------------------------- live widget
def test_live_widget_follows_the_year_and_the_self_assessment():
    box = maturasi.widget(2000)
    fig = box.figure
    box.slider.value = 2012
    assert "<b>2012</b>" in fig.layout.title.text and "Golden Age" in fig.layout.title.text
    assert "Inklusi swasta" in plain(fig.layout.annotations[0].text)
    assert fig.data[maturasi.T_YOU].x == (None,) and box.jump.disabled
    for key, value in answers(koordinasi=2, layanan_terpadu=1).items():
        box.questions[key].value = value
    assert box.state["highlight"] == 2 and fig.layout.shapes[2].visible
    assert fig.data[maturasi.T_YOU].x[0] == pytest.approx((2003 + 2006) / 2)
    assert "Tahap II" in box.result.value and "Tahap III" in box.result.value
    box.jump.click()
    assert box.slider.value == 2003 and "Tahap II" in fig.layout.title.text
    box.questions["koordinasi"].value = None  # an unanswered question removes the mark
    assert box.state["highlight"] is None and not fig.layout.shapes[2].visible


def test_live_widget_is_fast_and_cannot_leave_the_timeline():
    box = maturasi.widget()
    box.slider.value = 1990  # ipywidgets clamps to min
    assert box.slider.value == TAHUN_AWAL and "<b>2000</b>" in box.figure.layout.title.text
    start = time.perf_counter()
    for year in (2003, 2008, 2015, 2020):
        box.slider.value = year
    assert (time.perf_counter() - start) / 4 < 0.05


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
    restyle, relayout, traces = roundtrip(list(updates(year)))
    got = state_of(v)
    assert [got["x"][t] for t in traces] == restyle["x"], f"network of {year} differs"
    assert got["traits"] == relayout["annotations[0].text"]
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
    for ciri in maturasi.stages()[2].ciri:
        assert ciri in detail.text_content()
    assert v.errors == []


def test_phone_screen(visit):
    v = visit(PAGE, viewport=(390, 844))
    v.draw_all_figures()
    v.assert_fits_phone()
    v.slider_to(0, 2012 - TAHUN_AWAL)
    expect_year(v, 2012)
    assert v.errors == []
