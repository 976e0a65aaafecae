"""The coordination-vs-collaboration simulation: model, claims made in the text, figure,
static explorer (every precomputed state), live widget, and the page in a real browser."""
from __future__ import annotations

import itertools
import json
import math

import random

import pytest

from conftest import ROOT, toc_pages
from wogbook.bab1 import simulasi
from wogbook.bab1.simulasi import MODES, compare, rules, simulate
from wogbook.inti import data

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


def draws(seed, agencies, months):
    """Rule 5's z by hand: per month, the mean of one uniform draw in [0.85, 1.15] per agency."""
    rng = random.Random(seed)
    return [sum(rng.uniform(0.85, 1.15) for _ in range(agencies)) / agencies
            for _ in range(months)]


def test_one_agency_one_month_by_hand():
    # one agency: m = 0, fokus = 1, waktu = 1, no duplication; 8% of 1000 babies × z
    z = random.Random(1).uniform(0.85, 1.15)
    assert z == pytest.approx(0.89031, abs=1e-5)
    for mode in MODES:
        month = simulate(mode, instansi=1, bulan=1, seed=1).last
        assert month.terlindungi == pytest.approx(80 * z)  # ≈ 71,2 babies
        assert (month.biaya, month.overhead, month.kerja_ganda, month.target_sendiri) == \
            (1, 0, 0, 0)
    fig = simulasi.figure(instansi=1, bulan=1, seed=1)
    assert [list(t.y) for t in fig.data] == [[7], [7], [0], [0]]  # 7,1% → 7%


def test_two_agencies_two_months_by_hand():
    # N = 2, ego 0,5, insentif 0: e = 0,5, m = 0,5
    z1, z2 = draws(7, 2, 2)
    params = dict(instansi=2, ego=0.5, insentif=0, berbagi_data=0.4, bulan=2, seed=7)
    # koordinasi: fokus = 1 − 0,5 × 0,5 = 0,75; info = 0,5 × 0,4 × 0,5 = 0,1; waktu = 0,98
    p1 = 80 * z1 * 0.98 * 0.75
    ganda = 0.5 * (1 - 0.1) * p1 / 1000
    p2 = p1 + 0.08 * z2 * 0.98 * 0.75 * (1 - ganda) * (1000 - p1)
    k = simulate("koordinasi", **params)
    assert [m.terlindungi for m in k.months] == [pytest.approx(p1), pytest.approx(p2)]
    assert k.last.biaya == 4
    assert k.last.overhead == pytest.approx(2 * 0.02 * 2)            # 0,08
    assert k.last.target_sendiri == pytest.approx(2 * 0.98 * 0.25 * 2)  # 0,98
    assert k.last.kerja_ganda == pytest.approx(2 * 0.98 * 0.75 * ganda)
    # kolaborasi: fokus = 1; info = 0,4; waktu = 1 − 0,04 × 1 × 1,5 = 0,94
    q1 = 80 * z1 * 0.94
    q2 = q1 + 0.08 * z2 * 0.94 * (1 - 0.5 * 0.6 * q1 / 1000) * (1000 - q1)
    c = simulate("kolaborasi", **params)
    assert [m.terlindungi for m in c.months] == [pytest.approx(q1), pytest.approx(q2)]
    assert c.last.overhead == pytest.approx(2 * 0.06 * 2) and c.last.target_sendiri == 0


def test_update_carries_every_line_and_the_title():
    runs = compare(instansi=1, bulan=2, seed=1)
    u = simulasi.update(runs)
    assert sorted(u.traces) == [0, 1, 2, 3]
    z1, z2 = draws(1, 1, 2)
    p1 = 80 * z1
    p2 = p1 + 0.08 * z2 * (1000 - p1)
    assert u.traces[0]["y"] == [round(p1 / 10), round(p2 / 10)] == u.traces[1]["y"]
    assert u.traces[2]["y"] == [0, 0] == u.traces[3]["y"]
    assert u.layout == {"title.text": f"Setelah 2 bulan, bayi yang terlindungi:<br>kolaborasi "
                                      f"<b>{round(p2 / 10)}%</b> · koordinasi "
                                      f"<b>{round(p2 / 10)}%</b>"}


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
                  "(insentif 0,5; 24 bulan; deret acak 1)"):
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
                assert [traces for _, traces in state["restyle"]] == [[0], [1], [2], [3]]
                lines = [restyle["y"][0] for restyle, _ in state["restyle"]]
                assert lines == expected_y(runs)
                for line, (mode, panel) in zip(lines, simulasi.TRACES):
                    exact = [getattr(m, panel) for m in runs[mode].months]
                    assert all(abs(a - b) <= 0.5 for a, b in zip(line, exact))
                assert state["relayout"] == {"title.text": simulasi.title_of(runs)}


def last_values(state):
    """(coordination %, collaboration %, their 'not shared outcome' %) after the last month."""
    return [restyle["y"][0][-1] for restyle, _ in state["restyle"]]


def test_explorer_lookup_at_known_positions(spec):
    lookup = spec["layout"]["meta"]["wog_lookup"]

    def at(i, j, k):
        return lookup["states"][lookup["index"][(i * 5 + j) * 5 + k]]

    # the start (5 agencies, ego 0,5, data 0,5): 61% and 72%, as the page text says
    assert last_values(at(4, 2, 2))[:2] == [61, 72]
    assert at(4, 2, 2)["relayout"]["title.text"] == \
        "Setelah 24 bulan, bayi yang terlindungi:<br>kolaborasi <b>72%</b> · koordinasi <b>61%</b>"
    # 3 agencies, no ego, no data sharing: coordination slightly ahead (73% against 72%)
    assert last_values(at(2, 0, 0)) == [73, 72, 34, 36]
    # 8 agencies, full ego, full data sharing: collaboration far ahead
    assert last_values(at(7, 4, 4)) == [38, 63, 75, 49]
    # one agency: ego and data sharing change nothing, so the 25 positions share one state
    assert len(set(lookup["index"][:25])) == 1
    one = last_values(at(0, 3, 1))
    assert one[0] == one[1] and one[2] == one[3] == 0


def test_explorer_sliders(spec):
    sliders = spec["layout"]["sliders"]
    assert [s["currentvalue"]["prefix"] for s in sliders] == [
        "Jumlah instansi: ", "Ego sektoral: ", "Berbagi data: "]
    assert [s["active"] for s in sliders] == [4, 2, 2]  # 5 agencies, ego 0,5, data 0,5
    assert [st["label"] for st in sliders[0]["steps"]] == [str(n) for n in range(1, 9)]
    assert [st["label"] for st in sliders[1]["steps"]] == ["0", "0,25", "0,5", "0,75", "1"]
    assert all(st["method"] == "skip" for s in sliders for st in s["steps"])
    assert [s["y"] for s in sliders] == [0.365, 0.245, 0.125]
    start = compare(**simulasi.EXPLORER_START, **simulasi.EXPLORER_FIXED)
    assert [t["y"] for t in spec["data"]] == expected_y(start)
    assert "updatemenus" not in spec["layout"]  # buttons would bypass the lookup


def test_explorer_is_stable_accessible_and_light():
    first, second = simulasi.explorer(), simulasi.explorer()
    assert first.to_html() == second.to_html()
    bundle = first._repr_mimebundle_()
    assert bundle["text/plain"].startswith("Gambar: Alat interaktif simulasi koordinasi")
    assert "ilustrasi, bukan data" in first.alt and "72%" in first.alt
    html = bundle["text/html"]
    assert "Versi teks gambar ini" in html
    assert len(html.encode("utf-8")) < 150_000, "the page must stay light"
    table = simulasi.text_version()
    assert len(table.rows) == 7 * 25 + 1
    assert table.rows[0][:3] == [1, "semua (tak berpengaruh)", "semua (tak berpengaruh)"]


# ------------------------------------------------------------------ live widget
def test_widget_follows_every_slider():
    live = simulasi.widget()
    fig, sliders, box = live.figure, live.controls, live.box
    assert set(sliders) == set(simulasi.LIMITS)
    changes = {"instansi": 7, "ego": 0.9, "berbagi_data": 0.15, "insentif": 0.2, "bulan": 9,
               "seed": 11}
    for name, value in changes.items():
        before = [list(t.y) for t in fig.data]
        sliders[name].value = value
        values = {n: s.value for n, s in sliders.items()}
        runs = compare(**values)
        assert [list(t.y) for t in fig.data] == expected_y(runs), name
        assert [list(t.y) for t in fig.data] != before, f"{name} changed nothing"
        assert fig.layout.title.text == simulasi.title_of(runs)
    assert len(fig.data[0].y) == 9
    assert box.children[6].value == (  # the first 7 agencies of instansi_simulasi.csv
        "<p><b>Instansi yang terlibat:</b> Dukcapil, Dinas Kesehatan, BPJS Kesehatan, Pemda, "
        "Dinas Sosial, Puskesmas, Bappeda.</p>")
    assert box.children[7] is fig
    assert "Ke mana anggaran pergi setelah 9 bulan" in box.children[8].value


def test_widget_cannot_leave_the_ranges():
    live = simulasi.widget(instansi=2)
    live.controls["bulan"].value = 0  # ipywidgets clamps to the minimum
    assert live.controls["bulan"].value == 1 and len(live.figure.data[0].y) == 1
    live.controls["instansi"].value = 99
    assert live.controls["instansi"].value == 8
    with pytest.raises(ValueError, match="Parameter 'ego'"):
        simulasi.widget(ego=2)


def test_breakdown_adds_up():
    runs = compare(instansi=6, ego=0.7, berbagi_data=0.3)
    table = simulasi.breakdown(runs)
    assert table.headers == ["Bagian anggaran", "Koordinasi", "Kolaborasi"]
    assert table.rows[-1] == ["Jumlah anggaran", "144", "144"]  # 6 agencies × 24 months


def test_breakdown_by_hand():
    table = simulasi.breakdown(compare())  # 5 agencies, ego 0,5, data 0,5, 24 months
    rows = {row[0]: row[1:] for row in table.rows}
    assert rows["Jumlah anggaran"] == ["120", "120"]
    # meetings: 5 × 0,02 × 4 = 0,4 a month → 9,6 (8%); joint work: 5 × 0,22 → 26,4 (22%)
    assert rows["Rapat dan sekretariat bersama (terbuang)"] == ["9,6 (8%)", "26,4 (22%)"]
    # own targets: 5 × 0,92 × 0,3 × 24 = 33,12 (27,6%); collaboration has one agenda
    assert rows["Target instansi sendiri (output, bukan outcome bersama)"] == \
        ["33,1 (27,6%)", "0 (0%)"]
    alone = simulasi.breakdown(compare(instansi=1))
    assert alone.rows[0] == ["Menjadi hasil bersama", "24 (100%)", "24 (100%)"]
    assert alone.caption.startswith("Ke mana anggaran pergi setelah 24 bulan")


# ------------------------------------------------------------- the agencies' data
def test_agencies_come_from_the_data():
    assert simulasi.agencies() == (
        "Dukcapil", "Dinas Kesehatan", "BPJS Kesehatan", "Pemda", "Dinas Sosial",
        "Puskesmas", "Bappeda", "Dinas Pendidikan")


def test_renamed_agency_appears_in_the_widget(data_copy):
    path = data_copy / "instansi_simulasi.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("1,Dukcapil", "1,Disdukcapil Kota"),
                    encoding="utf-8")
    live = simulasi.widget(instansi=2)
    assert "Disdukcapil Kota, Dinas Kesehatan." in live.box.children[6].value


@pytest.mark.parametrize("old, new, fragments", [
    ("8,Dinas Pendidikan\n", "", ["kolom 'urutan' harus berisi tepat 1–8",
                                  "yang belum ada: 8"]),
    ("8,Dinas Pendidikan", "9,Dinas Pendidikan", ["baris 9, kolom 'urutan'", "nilai 9 di luar "
                                                  "rentang 1–8"]),
    ("7,Bappeda", "7,", ["baris 8, kolom 'instansi': wajib diisi"]),
    ("3,BPJS", "2,BPJS", ["baris 4: urutan = 2 sudah ada di baris 3"]),
])
def test_broken_agency_data_is_reported(data_copy, old, new, fragments):
    path = data_copy / "instansi_simulasi.csv"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(data.DataError) as err:
        simulasi.widget()
    message = str(err.value)
    assert "instansi_simulasi.csv" in message
    for fragment in fragments:
        assert fragment in message


# ------------------------------------------------------------------ the notebook
def notebook_markdown() -> str:
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    text = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown"
                     and "remove-cell" not in c["metadata"].get("tags", []))  # as the book shows
    return " ".join(text.split())  # line breaks do not matter to a reader


def test_notebook_follows_the_book_pattern():
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    text = notebook_markdown()
    assert text.startswith("# 1.1 Eksplorasi: Koordinasi atau Kolaborasi?")
    for needed in ("Menurut Anda, mana yang lebih cepat menolong warga", "Tip untuk pengajar",
                   "ilustrasi, bukan hukum empiris", "## Rangkuman", "## Pertanyaan Diskusi",
                   "[Bab 1](01-latar-belakang)", "[Bab 4](04-tantangan-dan-korupsi)",
                   "## Uji Pemahaman"):
        assert needed in text, needed
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert [c["metadata"].get("tags") for c in code] == [["hide-input"], ["remove-cell"],
                                                         ["hide-input"], ["remove-input"]]
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
    assert v.draw_all_figures() == 2  # the explorer, and the figure of every parameter
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


def test_the_instructor_guide_answers_its_question_as_the_model_does():
    """The guide's expected answer to "two agencies or eight?" quotes the model at the
    starting position (ego and data sharing 0,5, 24 months), rounded as the figure rounds."""
    guide = (ROOT / "book" / "panduan-pengajar.md").read_text(encoding="utf-8")
    answer = " ".join(guide[guide.index("**Simulasi (1.1).**"):].split("\n\n")[0].split())
    for n in (2, 8):
        runs = simulasi.compare(instansi=n, ego=0.5, berbagi_data=0.5, bulan=24)
        kol, koor = (round(runs[m].last.persen) for m in ("kolaborasi", "koordinasi"))
        assert kol > koor and f"{kol} % lawan {koor} %" in answer, (n, kol, koor, answer)
