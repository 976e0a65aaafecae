"""Real indicators: published values, honest separation of scales, explorers, browser."""
from __future__ import annotations

import pytest

from wogbook import data, indikator


@pytest.mark.parametrize("iso3, year, score, rank", [
    ("IDN", 2019, 40, 85), ("IDN", 2020, 37, 102), ("IDN", 2021, 38, 96), ("IDN", 2023, 34, 115),
    ("IDN", 2024, 37, 99), ("IDN", 2012, 32, None), ("SGP", 2024, 84, None), ("MYS", 2024, 50, None),
    ("THA", 2024, 34, None), ("KOR", 2024, 64, None),
])
def test_cpi_matches_published_values(iso3, year, score, rank):
    got_score, got_rank = indikator.values_in(year)[iso3]
    assert got_score == score
    if rank is not None:
        assert got_rank == rank


@pytest.mark.parametrize("iso3, year, column, value", [
    ("IDN", 2024, "peringkat", 64), ("IDN", 2024, "egdi", 0.7991), ("IDN", 2022, "egdi", 0.7160),
    ("IDN", 2022, "osi", 0.7644), ("IDN", 2018, "egdi", 0.5258), ("IDN", 2016, "peringkat", 116),
    ("IDN", 2010, "egdi", 0.4026), ("IDN", 2020, "peringkat", 88), ("SGP", 2022, "peringkat", 12),
    ("SGP", 2022, "egdi", 0.9133), ("MYS", 2022, "egdi", 0.7740), ("KOR", 2020, "peringkat", 2),
])
def test_egdi_matches_published_values(iso3, year, column, value):
    s = indikator.series(column, iso3)
    assert s[s["tahun"] == year]["nilai"].iloc[0] == pytest.approx(value)


def test_spbe_only_verified_values():
    spbe = data.load("spbe")
    assert dict(zip(spbe["tahun"], spbe["indeks"])) == {2021: 2.24, 2023: 2.79}


def test_missing_values_are_left_out_not_invented():
    # Malaysia has no 2020 survey value; Singapore's 2020 has only a rank
    assert 2020 not in set(indikator.series("peringkat", "MYS")["tahun"])
    assert 2020 in set(indikator.series("peringkat", "SGP")["tahun"])
    assert 2020 not in set(indikator.series("egdi", "SGP")["tahun"])
    assert 2020 not in set(indikator.series("epi", "IDN")["tahun"])


def test_old_scale_never_shares_the_0_100_axis():
    fig = indikator.cpi_figure()
    years = [x for t in fig.data[:5] for x in t.x]
    assert min(years) >= 2012
    assert min(y for t in fig.data[:5] for y in t.y) > 10
    old = indikator.old_cpi_figure().figure
    assert max(x for t in old.data for x in t.x) <= 2011
    assert old.layout.yaxis.range == (0, 10)


def test_bad_requests_are_refused():
    with pytest.raises(ValueError, match="Negara 'XYZ' tidak dikenal"):
        indikator.series("egdi", "XYZ")
    with pytest.raises(ValueError, match="Indikator 'gdp' tidak dikenal"):
        indikator.series("gdp", "IDN")
    with pytest.raises(ValueError, match="Tahun IPK 2011 tidak tersedia"):
        indikator.values_in(2011)
    with pytest.raises(ValueError, match="Komponen 'abc' tidak dikenal"):
        indikator.egdi_updates("abc")
    with pytest.raises(ValueError, match="tidak punya pasangan"):
        indikator.scatter_updates(2013)


def test_explorer_controls_come_from_the_model():
    cpi = indikator.cpi_explorer().spec()["layout"]["sliders"][0]["steps"]
    assert [s["label"] for s in cpi] == [str(y) for y in range(2012, 2025)]
    step_2019 = cpi[7]["args"]
    assert step_2019[1]["title.text"] == "IPK 2019: Indonesia 40, peringkat 85"
    assert sorted(step_2019[0]["y"][0]) == sorted(s for s, _ in indikator.values_in(2019).values())
    menu = indikator.egdi_explorer().spec()["layout"]["updatemenus"][0]["buttons"]
    rank = menu[list(indikator.COMPONENTS).index("peringkat")]["args"]
    assert rank[1]["yaxis.range"] == [130, 0]
    assert rank[0]["y"][0] == [109, 97, 106, 116, 107, 88, 77, 64]
    scatter = indikator.scatter_explorer().spec()["layout"]["sliders"][0]["steps"]
    s2020 = next(s for s in scatter if s["label"] == "2020")["args"][0]
    assert s2020["text"] == [["Indonesia"]]


def test_widget_updates_figures():
    box = indikator.widget()
    box.year.value = 2019
    assert box.cpi_figure.layout.title.text == "IPK 2019: Indonesia 40, peringkat 85"
    box.component.value = "peringkat"
    assert box.egdi_figure.layout.yaxis.range == (130, 0)
    box.countries.value = ("IDN",)
    assert [t.visible for t in box.egdi_figure.data] == [True, False, False, False, False]


PAGE = "book/08-dalam-angka"


def test_data_chapter_in_the_browser(visit):
    v = visit(PAGE, block_network=True)
    assert v.draw_all_figures() == 5
    title = "document.querySelectorAll('.wog-plot')[{i}].layout.title.text"
    v.slider_to(0, 7, plot=0)  # CPI slider of the first figure -> 2019
    v.page.wait_for_function(f"{title.format(i=0)} === 'IPK 2019: Indonesia 40, peringkat 85'")
    egdi = v.page.locator(".wog-plot").nth(2)
    egdi.scroll_into_view_if_needed()
    egdi.locator(".updatemenu-header-group").click()
    item = egdi.locator(".updatemenu-item-text", has_text="Peringkat EGDI")
    item.wait_for()
    v.page.wait_for_timeout(300)  # the menu slides open
    item.click()
    v.page.wait_for_function("document.querySelectorAll('.wog-plot')[2].layout.yaxis.range[0] === 130")
    assert v.errors == [] and v.foreign == []
