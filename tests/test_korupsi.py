"""The corruption heuristic: model, figure, static explorer and live widget agree."""
from __future__ import annotations

import itertools
import math

import pytest

from wogbook import korupsi
from wogbook.korupsi import risk


@pytest.mark.parametrize("m, d, a, raw, index, band", [
    (0, 0, 10, -10, 0.0, "rendah"),
    (10, 10, 0, 20, 10.0, "tinggi"),
    (5, 5, 5, 5, 5.0, "sedang"),
    (9, 8, 2, 15, 8.33, "tinggi"),
    (5, 3, 8, 0, 3.33, "rendah"),
    (1, 1, 1, 1, 3.67, "sedang"),
    (5, 5, 2.5, 7.5, 5.83, "sedang"),
])
def test_risk_values(m, d, a, raw, index, band):
    r = risk(m, d, a)
    assert (r.raw, r.index, r.band) == (raw, index, band)


def test_index_is_monotone_in_each_factor():
    for m, d, a in itertools.product(range(0, 11, 2), repeat=3):
        base = risk(m, d, a).index
        if m < 10:
            assert risk(m + 1, d, a).index > base
        if a < 10:
            assert risk(m, d, a + 1).index < base


@pytest.mark.parametrize("bad, fragment", [
    (11, "antara 0 dan 10"), (-0.5, "antara 0 dan 10"), (math.nan, "antara 0 dan 10"),
    ("7", "harus berupa angka"), (True, "harus berupa angka"), (None, "harus berupa angka"),
])
def test_out_of_range_and_non_numbers_are_refused(bad, fragment):
    with pytest.raises(ValueError, match=fragment) as err:
        risk(5, bad, 5)
    assert "'diskresi'" in str(err.value)


def test_figure_shows_the_model():
    fig = korupsi.figure(9, 8, 2)
    assert [t.y[0] for t in fig.data[:4]] == [9, 8, -2, 15]
    assert fig.data[4].value == pytest.approx(8.33)
    assert "8,3" in fig.layout.title.text and "TINGGI" in fig.layout.title.text
    with pytest.raises(ValueError):
        korupsi.figure(12, 0, 0)


def test_explorer_lookup_matches_the_model_for_every_slider_position():
    spec = korupsi.explorer().spec()
    lookup = spec["layout"]["meta"]["wog_lookup"]
    assert lookup["dims"] == [11, 11, 11] and len(lookup["index"]) == 11 ** 3
    for m, d, a in itertools.product(range(11), repeat=3):
        state = lookup["states"][lookup["index"][(m * 11 + d) * 11 + a]]
        result = risk(m, d, a)
        (bar, bar_traces), (gauge, gauge_traces) = state["restyle"]
        assert bar_traces == [3] and bar["y"] == [[result.raw]]
        assert gauge_traces == [4] and gauge["value"] == [result.index]
        assert result.band.upper() in state["relayout"]["title.text"]


def test_explorer_sliders_and_presets():
    spec = korupsi.explorer("perizinan-manual").spec()
    sliders = spec["layout"]["sliders"]
    assert [s["active"] for s in sliders] == [9, 8, 2]
    assert [s["currentvalue"]["prefix"] for s in sliders] == ["Monopoli: ", "Diskresi: ", "Akuntabilitas: "]
    akuntabilitas_7 = sliders[2]["steps"][7]["args"]
    assert akuntabilitas_7 == [{"y": [[-7]], "text": [["−7"]]}, [2]]
    buttons = spec["layout"]["updatemenus"][0]["buttons"]
    presets = korupsi.presets()
    assert [b["label"] for b in buttons] == [p["nama"] for p in presets.values()]
    online = buttons[list(presets).index("perizinan-daring")]["args"]
    assert online[0]["y"][:4] == [[5], [3], [-8], [0]]
    assert online[1]["sliders[2].active"] == 8
    with pytest.raises(ValueError, match="Skenario 'tidak-ada' tidak ada"):
        korupsi.explorer("tidak-ada")


def test_explorer_has_text_alternative_and_stable_output():
    first, second = korupsi.explorer(), korupsi.explorer()
    assert first.to_html() == second.to_html()
    bundle = first._repr_mimebundle_()
    assert bundle["text/plain"].startswith("Gambar: Penjelajah rumus korupsi")
    assert 'aria-label="Penjelajah rumus korupsi' in bundle["text/html"]


def test_live_widget_follows_sliders_and_presets():
    box = korupsi.widget("netral")
    fig = box.figure
    box.sliders["akuntabilitas"].value = 10
    assert fig.data[2].y[0] == -10 and fig.data[3].y[0] == 0
    assert fig.data[4].value == risk(5, 5, 10).index
    box.menu.value = "perizinan-manual"
    assert [box.sliders[n].value for n in korupsi.FACTORS] == [9, 8, 2]
    assert fig.data[4].value == pytest.approx(8.33)
    assert "TINGGI" in fig.layout.title.text


def test_live_widget_cannot_leave_the_scale():
    box = korupsi.widget()
    box.sliders["monopoli"].value = 99  # ipywidgets clamps to max
    assert box.sliders["monopoli"].value == 10
    assert box.figure.data[0].y[0] == 10
