"""The coordination-vs-collaboration simulation: model, claims made in the text, figure,
static explorer (every precomputed state), live widget, and the page in a real browser."""
from __future__ import annotations

import itertools
import json
import math

import pytest

from conftest import ROOT, toc_pages
from wogbook import simulasi
from wogbook.simulasi import MODES, compare, rules, simulate

PAGE = "book/01a-koordinasi-vs-kolaborasi"
NOTEBOOK = ROOT / f"{PAGE}.ipynb"
GRID = (0.0, 0.25, 0.5, 0.75, 1.0)


def final(runs, mode):
    return runs[mode].last.persen


# ----------------------------------------------------------------------- model
def test_same_seed_same_result_and_seed_matters():
    a = simulate("koordinasi", instansi=6, ego=0.3, berbagi_data=0.7, seed=42)
    b = simulate("koordinasi", instansi=6, ego=0.3, berbagi_data=0.7, seed=42)
    c = simulate("koordinasi", instansi=6, ego=0.3, berbagi_data=0.7, seed=43)
    assert a == b
    assert a.last.persen != c.last.persen


def test_both_modes_get_the_same_luck():
    p = simulasi.Params.of(instansi=4, seed=7)
    assert simulasi.shocks(p) == simulasi.shocks(p)
    assert len(simulasi.shocks(p)) == p.bulan
    assert all(1 - simulasi.SHOCK <= z <= 1 + simulasi.SHOCK for z in simulasi.shocks(p))


@pytest.mark.parametrize("ego, share, insentif", list(itertools.product((0, 0.5, 1), repeat=3)))
def test_one_agency_modes_are_identical_and_nothing_is_wasted(ego, share, insentif):
    runs = compare(instansi=1, ego=ego, berbagi_data=share, insentif=insentif, seed=3)
    assert runs["koordinasi"].months == runs["kolaborasi"].months
    assert runs["koordinasi"].last.tak_efektif_persen == 0
    # ... and ego or data sharing change nothing when there is nobody to work with
    assert runs["kolaborasi"].months == compare(instansi=1, seed=3)["kolaborasi"].months


@pytest.mark.parametrize("n", range(1, 9))
def test_more_data_sharing_never_lowers_the_outcome(n):
    for ego, insentif in itertools.product(GRID, (0, 0.5, 1)):
        for mode in MODES:
            values = [simulate(mode, instansi=n, ego=ego, berbagi_data=s,
                               insentif=insentif).last.persen for s in GRID]
            assert values == sorted(values), (mode, n, ego, insentif, values)


@pytest.mark.parametrize("n", range(1, 9))
def test_more_ego_never_raises_and_more_incentive_never_lowers_the_outcome(n):
    for share in GRID:
        for mode in MODES:
            by_ego = [simulate(mode, instansi=n, ego=e, berbagi_data=share).last.persen
                      for e in GRID]
            assert by_ego == sorted(by_ego, reverse=True), (mode, n, share, by_ego)
            by_incentive = [simulate(mode, instansi=n, ego=0.8, berbagi_data=share,
                                     insentif=i).last.persen for i in GRID]
            assert by_incentive == sorted(by_incentive), (mode, n, share, by_incentive)


def test_outcome_grows_every_month_and_stays_a_share():
    for combo in simulasi.explorer_grid():
        for run in compare(**combo).values():
            values = [m.persen for m in run.months]
            assert values == sorted(values) and 0 < values[0] and values[-1] < 100


def test_budget_accounting():
    for combo in simulasi.explorer_grid():
        runs = compare(**combo, bulan=12)
        for run in runs.values():
            for m in run.months:
                assert m.biaya == combo["instansi"] * m.bulan  # same budget in both modes
                parts = m.kerja_ganda + m.overhead + m.target_sendiri
                assert 0 <= parts <= m.biaya + 1e-9
                assert 0 <= m.terbuang_persen <= m.tak_efektif_persen <= 100
        assert runs["kolaborasi"].last.target_sendiri == 0  # one agenda


def test_zero_data_sharing():
    p = simulasi.Params.of(instansi=5, berbagi_data=0)
    assert rules("koordinasi", p)["info"] == rules("kolaborasi", p)["info"] == 0
    runs = compare(instansi=5, berbagi_data=0)
    assert all(run.last.kerja_ganda > 0 for run in runs.values())
    # full sharing removes duplicated work in collaboration, not in coordination
    full = compare(instansi=5, berbagi_data=1, ego=0)
    assert full["kolaborasi"].last.kerja_ganda == 0 < full["koordinasi"].last.kerja_ganda


def test_extreme_ego():
    none = simulasi.Params.of(instansi=4, ego=0)
    assert rules("koordinasi", none)["fokus"] == 1
    assert compare(instansi=4, ego=0)["koordinasi"].last.target_sendiri == 0
    full = simulasi.Params.of(instansi=4, ego=1, insentif=0)
    assert rules("koordinasi", full)["fokus"] == pytest.approx(1 / 4)  # only its own quarter
    assert rules("koordinasi", full)["info"] == 0  # ego withholds every shared datum
    assert rules("kolaborasi", full)["waktu"] == pytest.approx(1 - 0.04 * 3 * 2)
    runs = compare(instansi=4, ego=1, insentif=0)
    assert final(runs, "kolaborasi") > final(runs, "koordinasi")


# -------------------------------------------------- the claims of the page text
def test_worked_example_of_the_text():
    p = simulasi.Params.of(**simulasi.DEFAULTS)
    k, c = rules("koordinasi", p), rules("kolaborasi", p)
    assert (k["e"], k["m"]) == (0.375, pytest.approx(0.8))
    assert k["fokus"] == pytest.approx(0.7) and round(k["info"], 2) == 0.16
    assert k["waktu"] == pytest.approx(0.92)
    assert (c["fokus"], c["info"]) == (1, 0.5) and c["waktu"] == pytest.approx(0.78)
    runs = compare()
    assert (round(final(runs, "kolaborasi")), round(final(runs, "koordinasi"))) == (72, 61)
    text = notebook_markdown()
    for claim in ("ego efektif = 0,5 × 0,75 = 0,375", "1 − 0,375 × 0,8 = 0,7",
                  "*data* ≈ 0,16",
                  "*waktu* = 0,92", "*waktu* = 0,78", "sekitar 72% bayi",
                  "koordinasi sekitar 61%", "8% × *kerja efektif*", "antara 0,85 dan 1,15",
                  "1 − 0,02 × (*N* − 1)", "1 − 0,04 × (*N* − 1) × (1 + ego efektif)",
                  "0,5 × berbagi data × (1 − ego efektif)", "200 kombinasi",
                  "(insentif 0,5; 24 bulan; *seed* 1)"):
        assert claim in text, claim
    assert simulasi.REACH == 0.08 and simulasi.SHOCK == 0.15 and simulasi.INFO_KOORD == 0.5
    assert (simulasi.MEETING, simulasi.JOINT) == (0.02, 0.04)
    assert math.prod(len(v) for v in simulasi.LEVELS.values()) == 200
    assert simulasi.EXPLORER_FIXED == {"insentif": 0.5, "bulan": 24, "seed": 1}


def test_mission_2_collaboration_without_data_loses():
    for n in range(2, 9):
        runs = compare(instansi=n, ego=0, berbagi_data=0)
        assert final(runs, "kolaborasi") < final(runs, "koordinasi")


def test_mission_3_ego_hits_coordination_hardest():
    low, high = compare(ego=0, berbagi_data=0), compare(ego=1, berbagi_data=0)
    drop = {m: final(low, m) - final(high, m) for m in MODES}
    assert drop["koordinasi"] > drop["kolaborasi"] > 0
    assert final(high, "kolaborasi") > final(high, "koordinasi")


def test_mission_4_coordination_leads_early_collaboration_wins_later():
    runs = compare(ego=0, berbagi_data=1)
    k, c = runs["koordinasi"].months, runs["kolaborasi"].months
    assert k[0].persen > c[0].persen
    assert c[-1].persen > k[-1].persen
    crossing = next(t for t in range(24) if c[t].persen > k[t].persen)
    assert 3 <= crossing <= 12  # "setelah beberapa bulan"


def test_more_agencies_make_the_problem_harder_for_both():
    for mode in MODES:
        values = [final(compare(instansi=n), mode) for n in range(1, 9)]
        assert values == sorted(values, reverse=True)


# ------------------------------------------------------------------ validation
@pytest.mark.parametrize("name, bad, fragment", [
    ("instansi", 0, "antara 1 dan 8"), ("instansi", 9, "antara 1 dan 8"),
    ("instansi", 2.5, "bilangan bulat 1–8"), ("instansi", "5", "bilangan bulat 1–8"),
    ("instansi", True, "bilangan bulat 1–8"),
    ("ego", -0.1, "antara 0 dan 1"), ("ego", 1.5, "antara 0 dan 1"),
    ("ego", math.nan, "antara 0 dan 1"), ("ego", "tinggi", "angka 0–1"),
    ("ego", None, "angka 0–1"),
    ("berbagi_data", 2, "antara 0 dan 1"), ("berbagi_data", False, "angka 0–1"),
    ("insentif", math.inf, "antara 0 dan 1"), ("insentif", [0.5], "angka 0–1"),
    ("bulan", 0, "antara 1 dan 24"), ("bulan", 25, "antara 1 dan 24"),
    ("bulan", 12.0, "bilangan bulat 1–24"),
    ("seed", -1, "antara 0 dan 2147483647"), ("seed", 1.5, "bilangan bulat"),
])
def test_bad_parameters_are_refused_with_a_clear_message(name, bad, fragment):
    for call in (lambda: simulate("kolaborasi", **{name: bad}), lambda: compare(**{name: bad})):
        with pytest.raises(ValueError) as err:
            call()
        message = str(err.value)
        assert f"Parameter '{name}'" in message and fragment in message
        assert f"diterima: {bad!r}" in message or f"diterima: {bad}" in message


def test_zero_months_is_refused_and_explained():
    with pytest.raises(ValueError, match="sedikitnya satu bulan"):
        simulate("koordinasi", bulan=0)


def test_unknown_mode_and_parameter_are_refused():
    with pytest.raises(ValueError, match="Parameter 'mode' harus 'koordinasi' atau "
                                         "'kolaborasi'; diterima: 'gabungan'"):
        simulate("gabungan")
    with pytest.raises(ValueError, match="Parameter 'mode'"):
        simulate(None)
    with pytest.raises(ValueError, match="Parameter tidak dikenal: jumlah"):
        compare(jumlah=3)
    with pytest.raises(ValueError, match="Parameter 'ego'"):
        simulasi.figure(ego=3)


# ---------------------------------------------------------------------- figure
def expected_y(runs):
    return [[round(getattr(m, panel)) for m in runs[mode].months]
            for mode, panel in simulasi.TRACES]


def test_figure_shows_the_model():
    fig = simulasi.figure(instansi=3, ego=0.9, berbagi_data=0.1, bulan=10, seed=5)
    runs = compare(instansi=3, ego=0.9, berbagi_data=0.1, bulan=10, seed=5)
    assert [list(t.y) for t in fig.data] == expected_y(runs)
    assert [t.name for t in fig.data] == ["Koordinasi", "Kolaborasi"] * 2
    assert [t.showlegend for t in fig.data] == [True, True, False, False]
    # colour-blind safe, and the line style differs too (not colour alone)
    assert {t.line.color for t in fig.data} == {"#E69F00", "#0072B2"}
    assert fig.data[0].line.dash != fig.data[1].line.dash
    assert fig.data[0].marker.symbol != fig.data[1].marker.symbol
    assert fig.layout.title.text == simulasi.title_of(runs)
    assert "Setelah 10 bulan" in fig.layout.title.text
    assert fig.layout.width is None  # responsive


# ------------------------------------------------------------- static explorer
@pytest.fixture(scope="module")
def spec():
    return simulasi.explorer().spec()


def test_explorer_lookup_matches_the_model_for_every_combination(spec):
    lookup = spec["layout"]["meta"]["wog_lookup"]
    dims = [len(v) for v in simulasi.LEVELS.values()]
    assert lookup["sliders"] == [0, 1, 2] and lookup["dims"] == dims == [8, 5, 5]
    assert len(lookup["index"]) == 200
    combos = list(simulasi.explorer_grid())
    for i, n in enumerate(simulasi.LEVELS["instansi"]):
        for j, ego in enumerate(simulasi.LEVELS["ego"]):
            for k, share in enumerate(simulasi.LEVELS["berbagi_data"]):
                flat = (i * dims[1] + j) * dims[2] + k
                assert combos[flat] == {"instansi": n, "ego": ego, "berbagi_data": share}
                state = lookup["states"][lookup["index"][flat]]
                runs = compare(instansi=n, ego=ego, berbagi_data=share,
                               **simulasi.EXPLORER_FIXED)
                [(restyle, traces)] = state["restyle"]
                assert traces == [0, 1, 2, 3]
                assert restyle["y"] == expected_y(runs)
                for line, (mode, panel) in zip(restyle["y"], simulasi.TRACES):
                    exact = [getattr(m, panel) for m in runs[mode].months]
                    assert all(abs(a - b) <= 0.5 for a, b in zip(line, exact))
                assert state["relayout"] == {"title.text": simulasi.title_of(runs)}


def test_explorer_sliders(spec):
    sliders = spec["layout"]["sliders"]
    assert [s["currentvalue"]["prefix"] for s in sliders] == [
        "Jumlah instansi: ", "Ego sektoral: ", "Berbagi data: "]
    assert [s["active"] for s in sliders] == [4, 2, 2]  # 5 agencies, ego 0,5, data 0,5
    assert [st["label"] for st in sliders[0]["steps"]] == [str(n) for n in range(1, 9)]
    assert [st["label"] for st in sliders[1]["steps"]] == ["0", "0,25", "0,5", "0,75", "1"]
    assert all(st["method"] == "skip" for s in sliders for st in s["steps"])
    start = compare(**simulasi.EXPLORER_START, **simulasi.EXPLORER_FIXED)
    assert [t["y"] for t in spec["data"]] == expected_y(start)
    assert "updatemenus" not in spec["layout"]  # buttons would bypass the lookup


def test_explorer_is_stable_accessible_and_light():
    first, second = simulasi.explorer(), simulasi.explorer()
    assert first.to_html() == second.to_html()
    bundle = first._repr_mimebundle_()
    assert bundle["text/plain"].startswith("Gambar: Penjelajah simulasi koordinasi")
    assert "ilustrasi, bukan data" in first.alt and "72%" in first.alt
    html = bundle["text/html"]
    assert "Versi teks gambar ini" in html
    assert len(html.encode("utf-8")) < 150_000, "the page must stay light"
    table = simulasi.text_version()
    assert len(table.rows) == 7 * 25 + 1
    assert table.rows[0][:3] == [1, "semua (tak berpengaruh)", "semua (tak berpengaruh)"]


# ------------------------------------------------------------------ live widget
def test_widget_follows_every_slider():
    box = simulasi.widget()
    fig = box.figure
    assert set(box.sliders) == set(simulasi.LIMITS)
    changes = {"instansi": 7, "ego": 0.9, "berbagi_data": 0.15, "insentif": 0.2, "bulan": 9,
               "seed": 11}
    for name, value in changes.items():
        before = [list(t.y) for t in fig.data]
        box.sliders[name].value = value
        values = {n: s.value for n, s in box.sliders.items()}
        runs = compare(**values)
        assert [list(t.y) for t in fig.data] == expected_y(runs), name
        assert [list(t.y) for t in fig.data] != before, f"{name} changed nothing"
        assert fig.layout.title.text == simulasi.title_of(runs)
    assert len(fig.data[0].y) == 9
    assert "Dinas Pendidikan" not in box.children[6].value  # 7 agencies listed
    assert "Bappeda" in box.children[6].value
    assert "Ke mana anggaran pergi setelah 9 bulan" in box.budget.value


def test_widget_cannot_leave_the_ranges():
    box = simulasi.widget(instansi=2)
    box.sliders["bulan"].value = 0  # ipywidgets clamps to the minimum
    assert box.sliders["bulan"].value == 1 and len(box.figure.data[0].y) == 1
    box.sliders["instansi"].value = 99
    assert box.sliders["instansi"].value == 8
    with pytest.raises(ValueError, match="Parameter 'ego'"):
        simulasi.widget(ego=2)


def test_breakdown_adds_up():
    runs = compare(instansi=6, ego=0.7, berbagi_data=0.3)
    table = simulasi.breakdown(runs)
    assert table.headers == ["Bagian anggaran", "Koordinasi", "Kolaborasi"]
    assert table.rows[-1] == ["Jumlah anggaran", "144", "144"]


# ------------------------------------------------------------------ the notebook
def notebook_markdown() -> str:
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    text = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    return " ".join(text.split())  # line breaks do not matter to a reader


def test_notebook_follows_the_book_pattern():
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    text = notebook_markdown()
    assert text.startswith("# 1.1 Eksplorasi: Koordinasi atau Kolaborasi?")
    for needed in ("Menurut Anda, mana yang lebih cepat menolong warga", "Tip untuk pengajar",
                   "ilustrasi, bukan hukum empiris", "## Rangkuman", "## Pertanyaan Diskusi",
                   "[Bab 1](01-latar-belakang)", "[Bab 4](04-tantangan-dan-korupsi)"):
        assert needed in text, needed
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert [c["metadata"].get("tags") for c in code] == [["hide-input"], ["remove-cell"]]
    assert all(len("".join(c["source"]).splitlines()) <= 3 for c in code)
    assert all(c["outputs"] for c in code), "run scripts/run_notebooks.py"


# ---------------------------------------------------------------- real browser
def _toc_files(entries) -> list[str]:
    files = []
    for entry in entries or []:
        if "file" in entry:
            files.append(entry["file"])
        files += _toc_files(entry.get("sections"))
        files += _toc_files(entry.get("chapters"))
    return files


def page_in_toc() -> bool:
    import yaml

    if PAGE in toc_pages():
        return True
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    return PAGE in _toc_files(toc.get("parts"))


needs_page = pytest.mark.skipif(
    not page_in_toc(),
    reason=f"{PAGE} belum ada di _toc.yml (tambahkan sebagai section Bab 1); uji peramban dilewati")


def plot_y(v):
    return v.page.evaluate(
        "Array.from(document.querySelector('.wog-plot').data, t => Array.from(t.y))")


def expect_state(v, instansi, ego, berbagi_data):
    runs = compare(instansi=instansi, ego=ego, berbagi_data=berbagi_data,
                   **simulasi.EXPLORER_FIXED)
    want = expected_y(runs)
    v.page.wait_for_function(
        "w => JSON.stringify(Array.from(document.querySelector('.wog-plot').data, "
        "t => Array.from(t.y))) === w", arg=json.dumps(want, separators=(",", ":")))
    title = v.page.evaluate("document.querySelector('.wog-plot').layout.title.text")
    assert title == simulasi.title_of(runs)
    return want


def slider_to(v, k: int, index: int):
    """Click step ``index`` of slider k (0 instansi, 1 ego, 2 berbagi data)."""
    v.slider_to(k, index)


@needs_page
def test_page_draws_and_every_slider_changes_the_lines(visit):
    v = visit(PAGE, block_network=True)
    assert v.draw_all_figures() == 1
    assert v.page.locator("article h1").first.text_content().strip().startswith("1.1")
    lines = expect_state(v, 5, 0.5, 0.5)
    slider_to(v, 1, 4)  # ego 1
    assert expect_state(v, 5, 1.0, 0.5) != lines
    slider_to(v, 2, 0)  # data 0
    expect_state(v, 5, 1.0, 0.0)
    slider_to(v, 0, 7)  # 8 agencies
    expect_state(v, 8, 1.0, 0.0)
    slider_to(v, 0, 0)  # one agency: the two modes coincide
    one = expect_state(v, 1, 1.0, 0.0)
    assert one[0] == one[1] and one[2] == one[3]
    assert v.errors == [] and v.foreign == []


@needs_page
def test_sliders_work_with_the_keyboard(visit):
    v = visit(PAGE)
    v.draw_all_figures()
    sliders = v.page.locator('.wog-plot g.slider-group[role="slider"]')
    assert [sliders.nth(k).get_attribute("aria-label") for k in range(3)] == [
        "Jumlah instansi", "Ego sektoral", "Berbagi data"]
    sliders.nth(2).focus()
    v.page.keyboard.press("ArrowRight")
    expect_state(v, 5, 0.5, 0.75)
    v.page.keyboard.press("End")
    expect_state(v, 5, 0.5, 1.0)
    sliders.nth(1).focus()
    v.page.keyboard.press("Home")
    expect_state(v, 5, 0.0, 1.0)
    sliders.nth(0).focus()
    v.page.keyboard.press("ArrowLeft")
    expect_state(v, 4, 0.0, 1.0)
    assert sliders.nth(0).get_attribute("aria-valuetext") == "4"
    assert v.errors == []


@needs_page
def test_phone_screen(visit):
    v = visit(PAGE, viewport=(390, 844))
    v.draw_all_figures()
    v.assert_fits_phone()
    slider_to(v, 1, 0)
    expect_state(v, 5, 0.0, 0.5)
    assert v.errors == []


@needs_page
def test_page_html_stays_light(built_book):
    html = built_book / f"{PAGE}.html"
    assert html.stat().st_size < 300_000
