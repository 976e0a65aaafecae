"""The corruption heuristic: model, figure, static explorer and live widget.

Expected values are worked out here by hand from Klitgaard's heuristic as the book
states it: raw = M + D − A on 0–10 scales (−10 … 20), index = (raw + 10) / 30 × 10,
bands: rendah < 3,5 ≤ sedang < 6,5 ≤ tinggi. A reader is shown the index only as a whole
number (half up) and the band, with the caveat that it is a rough heuristic, never "8,3".
"""
from __future__ import annotations

import itertools
import math

import pytest

from wogbook.bab4 import korupsi
from wogbook.bab4.korupsi import risk
from wogbook.inti import data


def expected(m, d, a):
    """(raw, index, band) by the book's rule, written out independently of the package."""
    raw = m + d - a
    index = round((raw + 10) / 30 * 10, 2)
    band = "rendah" if index < 3.5 else "sedang" if index < 6.5 else "tinggi"
    return raw, index, band


def shown(index):
    """The whole number a reader sees: half up (8,33 → 8; 8,67 → 9; 3,5 → 4)."""
    return int(index + 0.5)


def title(band, whole):
    return (f"Risiko menurut rumus: <b>{band.upper()}</b> (kira-kira {whole} dari 10)"
            "<br><i>perkiraan kasar dari rumus heuristik, bukan ukuran</i>")


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


def test_risk_equals_the_hand_rule_everywhere_and_bands_switch_where_stated():
    for m, d, a in itertools.product(range(11), repeat=3):
        r = risk(m, d, a)
        assert (r.raw, r.index, r.band) == expected(m, d, a)
    # raw 0 → 3,33 (rendah); raw 1 → 3,67 (sedang); raw 9 → 6,33 (sedang); raw 10 → 6,67 (tinggi)
    assert [risk(m, 0, 0).band for m in (0, 1, 9, 10)] == ["rendah", "sedang", "sedang", "tinggi"]


@pytest.mark.parametrize("m, d, a, whole, band", [
    (9, 8, 2, 8, "tinggi"),    # raw 15 → 8,33 → 8
    (10, 10, 3, 9, "tinggi"),  # raw 17 → 9,00
    (10, 9, 3, 9, "tinggi"),   # raw 16 → 8,67 → 9
    (5, 3, 8, 3, "rendah"),    # raw 0 → 3,33 → 3
    (1, 1, 1, 4, "sedang"),    # raw 1 → 3,67 → 4
    (5, 4, 0, 6, "sedang"),    # raw 9 → 6,33 → 6
    (5, 5, 0, 7, "tinggi"),    # raw 10 → 6,67 → 7
    (5, 5, 4.5, 5, "sedang"),  # raw 5,5 → 5,17 → 5
    (2.5, 0, 0, 4, "sedang"),  # raw 2,5 → 4,17 → 4
    (0, 0, 0.5, 3, "rendah"),  # raw −0,5 → 3,17 → 3
    (0.5, 0, 0, 4, "sedang"),  # raw 0,5 → 3,5 exactly: half up to 4, band sedang
])
def test_the_reader_sees_a_whole_number_whose_band_is_the_models(m, d, a, whole, band):
    r = risk(m, d, a)
    assert (r.shown, r.band) == (whole, band) and isinstance(r.shown, int)


def test_whole_numbers_fall_in_the_band_they_are_drawn_in():
    """0–3 rendah, 4–6 sedang, 7–10 tinggi: the rounded number never contradicts its band."""
    for m, d, a in itertools.product([x / 2 for x in range(21)], repeat=3):
        r = risk(m, d, a)
        assert r.band == ("rendah" if r.shown <= 3 else "sedang" if r.shown <= 6 else "tinggi")


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
    assert [t.text[0] for t in fig.data[:4]] == ["+9", "+8", "−2", "= 15"]
    # raw 15 → index 25/3 = 8,33: shown as the whole number 8, never "8,3"
    assert fig.data[4].value == 8 and fig.data[4].number.valueformat == ".0f"
    assert fig.layout.title.text == (
        "Risiko menurut rumus: <b>TINGGI</b> (kira-kira 8 dari 10)"
        "<br><i>perkiraan kasar dari rumus heuristik, bukan ukuran</i>")
    assert "perkiraan kasar dari rumus heuristik" in fig.data[3].hovertemplate
    with pytest.raises(ValueError):
        korupsi.figure(12, 0, 0)


def test_explorer_lookup_gives_the_hand_worked_outcome_for_every_slider_position():
    spec = korupsi.explorer().spec()
    lookup = spec["layout"]["meta"]["wog_lookup"]
    assert lookup["dims"] == [11, 11, 11] and len(lookup["index"]) == 11 ** 3
    assert len(lookup["states"]) == 31  # one per raw score −10 … 20
    for m, d, a in itertools.product(range(11), repeat=3):
        state = lookup["states"][lookup["index"][(m * 11 + d) * 11 + a]]
        raw, index, band = expected(m, d, a)
        (bar, bar_traces), (gauge, gauge_traces) = state["restyle"]
        assert bar_traces == [3] and bar["y"] == [[raw]]
        assert gauge_traces == [4] and gauge["value"] == [shown(index)]
        assert state["relayout"]["title.text"] == title(band, shown(index))
        assert "," not in state["relayout"]["title.text"].split("<br>")[0]  # no decimal shown


def test_explorer_sliders_and_presets():
    spec = korupsi.explorer("perizinan-manual").spec()
    sliders = spec["layout"]["sliders"]
    assert [s["active"] for s in sliders] == [9, 8, 2]
    assert [s["currentvalue"]["prefix"] for s in sliders] == ["Monopoli: ", "Diskresi: ", "Akuntabilitas: "]
    # accountability 7 is drawn as the bar −7 (it subtracts), labelled with a true minus
    assert sliders[2]["steps"][7]["args"] == [{"text": [["−7"]], "y": [[-7]]}, {}, [2]]
    assert sliders[0]["steps"][10]["args"] == [{"text": [["+10"]], "y": [[10]]}, {}, [0]]
    buttons = spec["layout"]["updatemenus"][0]["buttons"]
    assert len(buttons) == len(korupsi.presets()) == 5
    online = next(b for b in buttons if b["label"] == "Kantor yang sama setelah perizinan daring")["args"]
    # data/korupsi_preset.csv: perizinan-daring is M=5, D=3, A=8 → raw 0, index 3,33 (rendah)
    restyle, relayout, traces = online
    assert traces == [0, 1, 2, 3, 4]
    assert restyle["y"][:4] == [[5], [3], [-8], [0]] and restyle["value"][4] == 3
    assert [relayout[f"sliders[{k}].active"] for k in range(3)] == [5, 3, 8]
    assert relayout["title.text"] == title("rendah", 3)
    with pytest.raises(ValueError, match="Skenario 'tidak-ada' tidak ada di korupsi_preset.csv"):
        korupsi.explorer("tidak-ada")


def test_explorer_has_text_alternative_and_stable_output():
    first, second = korupsi.explorer(), korupsi.explorer()
    assert first.to_html() == second.to_html()
    bundle = first._repr_mimebundle_()
    assert bundle["text/plain"].startswith("Gambar: Alat interaktif rumus korupsi")
    assert 'aria-label="Alat interaktif rumus korupsi' in bundle["text/html"]


def test_live_widget_follows_sliders_and_presets():
    live = korupsi.widget("netral")
    fig, controls = live.figure, live.controls
    controls["akuntabilitas"].value = 10  # 5 + 5 − 10 = 0 → index 10/3 = 3,33
    assert fig.data[2].y[0] == -10 and fig.data[3].y[0] == 0
    assert fig.data[4].value == 3 and fig.layout.title.text == title("rendah", 3)
    controls["menu"].value = "perizinan-manual"  # 9 + 8 − 2 = 15 → index 25/3 = 8,33
    assert [controls[n].value for n in korupsi.FACTORS] == [9, 8, 2]
    assert fig.data[4].value == 8 and fig.data[3].y[0] == 15
    assert fig.layout.title.text == title("tinggi", 8)


def test_live_widget_story_is_escaped(data_copy):
    path = data_copy / "korupsi_preset.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "Semua unsur di tengah skala", "<img src=x onerror=alert(1)> Semua unsur"),
        encoding="utf-8")
    story = korupsi.widget("netral").box.children[1].value
    assert "<img" not in story and "&lt;img src=x onerror=alert(1)&gt;" in story


def test_an_unknown_preset_is_an_indonesian_error_not_a_key_error(data_copy):
    path = data_copy / "korupsi_preset.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("netral,", "awal,"),
                    encoding="utf-8")
    # the schema requires the ids the chapter opens by name: the file is refused, naming it
    with pytest.raises(data.DataError, match="'netral' tidak ada di kolom 'preset_id'"):
        korupsi.widget()


def test_live_widget_cannot_leave_the_scale():
    live = korupsi.widget()
    live.controls["monopoli"].value = 99  # ipywidgets clamps to max
    assert live.controls["monopoli"].value == 10
    assert live.figure.data[0].y[0] == 10
