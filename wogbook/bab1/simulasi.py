"""Coordination or collaboration? A small simulation of agencies facing one wicked problem.

1–8 agencies (named in ``data/instansi_simulasi.csv``, in the order they join) share
one problem: 1,000 babies not yet registered nor covered by health insurance. Month
after month they reach them by *koordinasi* (own agendas and budgets, data exchanged
at meetings) or by *kolaborasi* (one agenda, pooled data and budget, extra overhead).
An illustration, not an empirical law: its constants are model parameters kept in
code, chosen to be plausible and easy to explain, not estimated from data.

The rules of one month (``N`` agencies; the book page states them in Indonesian):
effective ego ``e = ego × (1 − insentif/2)``; ``m = (N − 1)/N``, the share of the
problem outside any one mandate (0 for one agency: both modes coincide);
:func:`rules` sets *fokus*, *info* and *waktu* per mode; duplication
``ganda = m × (1 − info) × S`` (``S`` the share already protected); newly protected
``= 0.08 × z × waktu × fokus × (1 − ganda) × unprotected``, ``z`` the month's random
productivity (the same draws for both modes, fixed by the seed). Every agency spends
one budget unit a month; overhead and duplicated work are wasted, own targets are
not wasted but are not the shared outcome either.

* model – :func:`simulate` (one mode) and :func:`compare` (both, same shocks);
* state → update – :func:`update` (every line and the title for a pair of runs);
* figure – :func:`figure`; front-ends – :func:`explorer` (three plotly sliders, the
  outcome of all 200 positions in a lookup table), :func:`tebakan` (the explorer behind
  a committed guess) and :func:`widget` (ipywidgets).
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass
from numbers import Integral, Real

import plotly.graph_objects as go

from ..inti import data, formulir, gaya, kontrol
from ..inti.gaya import angka as _fmt
from ..inti.aturan import SIM_AGENCIES
from ..inti.formulir import Formulir, Hasil, Pilihan
from ..inti.tampil import BookFigure, Table
from ..inti.update import Update
from ..inti.widget import Live

# ------------------------------------------------------- model parameters
MODES = ("koordinasi", "kolaborasi")
MODE_LABELS = {"koordinasi": "Koordinasi", "kolaborasi": "Kolaborasi"}
COHORT = 1000            # babies not yet registered and not yet insured
REACH = 0.08             # share of the unprotected reached by a month of full, clean work
SHOCK = 0.15             # monthly productivity varies by ±15 % per agency
INFO_KOORD = 0.5         # share of shared data that arrives in time under coordination
MEETING = 0.02           # capacity lost per other agency to coordination meetings
JOINT = 0.04             # capacity lost per other agency to joint work (× (1 + ego))

#: Every parameter: (kind, low, high).
LIMITS = {"instansi": ("int", 1, SIM_AGENCIES), "ego": ("real", 0, 1),
          "berbagi_data": ("real", 0, 1), "insentif": ("real", 0, 1),
          "bulan": ("int", 1, 24), "seed": ("int", 0, 2**31 - 1)}
DEFAULTS = {"instansi": 5, "ego": 0.5, "berbagi_data": 0.5, "insentif": 0.5, "bulan": 24,
            "seed": 1}
# Okabe–Ito colours; the line style differs too, so colour is never the only cue.
STYLE = {"koordinasi": {"color": gaya.OKABE_ITO["oranye"], "dash": "dash",
                        "symbol": "circle-open"},
         "kolaborasi": {"color": gaya.OKABE_ITO["biru"], "dash": "solid", "symbol": "square"}}


def agencies() -> tuple[str, ...]:
    """The agencies' names, in the order in which they join (``instansi_simulasi.csv``)."""
    table = data.load("instansi_simulasi").sort_values("urutan")
    return tuple(table["instansi"])


# --------------------------------------------------------------------- model
def _check(name: str, value):
    """Validate one parameter against :data:`LIMITS`; return it as int or float."""
    kind, low, high = LIMITS[name]
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, Integral):
            raise ValueError(f"Parameter '{name}' harus bilangan bulat {low}–{high}; "
                             f"diterima: {value!r}.")
        if not low <= value <= high:
            extra = " Simulasi perlu sedikitnya satu bulan." if name == "bulan" else ""
            raise ValueError(f"Parameter '{name}' harus antara {low} dan {high}; "
                             f"diterima: {value}.{extra}")
        return int(value)
    if isinstance(value, bool) or not isinstance(value, Real):
        raise ValueError(f"Parameter '{name}' harus berupa angka {low}–{high}; "
                         f"diterima: {value!r}.")
    if not math.isfinite(value) or not low <= value <= high:
        raise ValueError(f"Parameter '{name}' harus antara {low} dan {high}; "
                         f"diterima: {value}.")
    return float(value)


def _check_mode(mode) -> None:
    if mode not in MODES:
        raise ValueError(f"Parameter 'mode' harus 'koordinasi' atau 'kolaborasi'; "
                         f"diterima: {mode!r}.")


@dataclass(frozen=True)
class Params:
    """A validated set of parameters (see :data:`LIMITS`)."""

    instansi: int
    ego: float
    berbagi_data: float
    insentif: float
    bulan: int
    seed: int

    @classmethod
    def of(cls, **values) -> "Params":
        unknown = set(values) - set(LIMITS)
        if unknown:
            raise ValueError(f"Parameter tidak dikenal: {', '.join(sorted(unknown))}; "
                             f"yang ada: {', '.join(LIMITS)}, mode.")
        merged = {**DEFAULTS, **values}
        return cls(**{name: _check(name, merged[name]) for name in LIMITS})


@dataclass(frozen=True)
class Month:
    """The state after one month (cumulative amounts; budget in agency-month units)."""

    bulan: int
    terlindungi: float      # babies protected so far (of COHORT)
    biaya: float            # budget spent so far
    kerja_ganda: float      # budget spent on duplicated work so far
    overhead: float         # budget spent on meetings / joint work so far
    target_sendiri: float   # budget spent on each agency's own targets so far

    @property
    def persen(self) -> float:  # babies protected, % of the cohort
        return 100 * self.terlindungi / COHORT

    @property
    def terbuang(self) -> float:  # wasted budget: duplicated work plus overhead
        return self.kerja_ganda + self.overhead

    @property
    def terbuang_persen(self) -> float:
        return 100 * self.terbuang / self.biaya

    @property
    def tak_efektif_persen(self) -> float:  # not shared outcome (waste + own targets), %
        return 100 * (self.terbuang + self.target_sendiri) / self.biaya


@dataclass(frozen=True)
class Run:
    """One mode simulated month by month."""

    mode: str
    params: Params
    months: tuple[Month, ...]

    last = property(lambda self: self.months[-1])


def rules(mode: str, p: Params) -> dict[str, float]:
    """The mode's constant factors: ``m``, effective ego ``e``, fokus, info, waktu (rules 1–3)."""
    _check_mode(mode)
    n = p.instansi
    m = (n - 1) / n
    e = p.ego * (1 - p.insentif / 2)
    if mode == "koordinasi":
        return {"m": m, "e": e, "fokus": 1 - e * m,
                "info": INFO_KOORD * p.berbagi_data * (1 - e), "waktu": 1 - MEETING * (n - 1)}
    return {"m": m, "e": e, "fokus": 1.0, "info": p.berbagi_data,
            "waktu": 1 - JOINT * (n - 1) * (1 + e)}


def shocks(p: Params) -> list[float]:
    """The monthly productivity factors z (the same for both modes, fixed by the seed)."""
    rng = random.Random(p.seed)
    return [sum(rng.uniform(1 - SHOCK, 1 + SHOCK) for _ in range(p.instansi)) / p.instansi
            for _ in range(p.bulan)]


def _run(mode: str, p: Params) -> Run:
    r = rules(mode, p)
    n = p.instansi
    protected = spent = dup_cost = over = own = 0.0
    months = []
    for t, z in enumerate(shocks(p), start=1):
        share = protected / COHORT
        ganda = r["m"] * (1 - r["info"]) * share                       # rule 4
        work = z * r["waktu"] * r["fokus"] * (1 - ganda)               # rule 5
        protected += REACH * work * (COHORT - protected)
        spent += n
        over += n * (1 - r["waktu"])
        dup_cost += n * r["waktu"] * r["fokus"] * ganda
        own += n * r["waktu"] * (1 - r["fokus"])
        months.append(Month(t, protected, spent, dup_cost, over, own))
    return Run(mode, p, tuple(months))


def simulate(mode: str = "kolaborasi", **params) -> Run:
    """Validate the parameters and simulate one mode (``koordinasi`` or ``kolaborasi``).

    Parameters: ``instansi`` (1–8), ``ego``, ``berbagi_data``, ``insentif`` (0–1),
    ``bulan`` (1–24), ``seed`` (0–2³¹−1); missing ones take :data:`DEFAULTS`.
    """
    _check_mode(mode)
    return _run(mode, Params.of(**params))


def compare(**params) -> dict[str, Run]:
    """Both modes with the same parameters and the same random shocks."""
    p = Params.of(**params)
    return {mode: _run(mode, p) for mode in MODES}


# --------------------------------------------------------------- state → update
#: The figure's traces, in order: (mode, quantity) — outcome panel first.
TRACES = [(mode, panel) for panel in ("persen", "tak_efektif_persen") for mode in MODES]


def _pct(x: float) -> int:
    """A percentage as shown in the book: whole numbers (the model is an illustration)."""
    return int(round(x))


def title_of(runs: dict[str, Run]) -> str:
    """The figure title: the outcome of both modes after the last month."""
    k, c = runs["koordinasi"].last, runs["kolaborasi"].last
    return (f"Setelah {k.bulan} bulan, bayi yang terlindungi:<br>"
            f"kolaborasi <b>{_pct(c.persen)}%</b> · koordinasi <b>{_pct(k.persen)}%</b>")


def update(runs: dict[str, Run]) -> Update:
    """Every line (monthly values in whole %) and the title for ``runs``."""
    lines = {i: {"y": [_pct(getattr(month, panel)) for month in runs[mode].months]}
             for i, (mode, panel) in enumerate(TRACES)}
    return Update(lines, {"title.text": title_of(runs)})


# ----------------------------------------------------------------------- figure
TOP = 116  # px above the plot area: two title lines, the legend, the first panel's label


def _panels(bottom: float, gap: float = 0.1) -> dict:
    """The two panels stacked between ``bottom`` and the top of the plot area, ``gap`` (a
    share of that height) between them, each with its label above it."""
    space = gap * (1 - bottom)
    mid = bottom + (1 - bottom - space) / 2
    return {"yaxis.domain": [mid + space, 1], "yaxis2.domain": [bottom, mid],
            "annotations[0].y": 1, "annotations[1].y": mid}


def _frame_update(height: int, bottom: float) -> Update:
    """The size of the figure and its two panels stacked between ``bottom`` and the top of
    the plot area (the room below ``bottom`` holds the explorer's sliders)."""
    return Update(layout={
        "height": height, "margin.l": 52, "margin.r": 16, "margin.t": TOP,
        "margin.b": 10 if bottom else 48, "title.y": 1 - 30 / height,
        "legend.y": 1 - 62 / height, **_panels(bottom)})


#: Mode Kelas: projector text is larger, so the lower panel's label needs more room below
#: the upper panel's axis
PROJECTOR = Update(layout=_panels(0, gap=0.17))


def _frame(fig: go.Figure, height: int, bottom: float) -> None:
    """Size ``fig`` and stack the two panels between ``bottom`` and the top of the plot area."""
    _frame_update(height, bottom).apply(fig)


def figure(**params) -> go.Figure:
    """Babies protected (%) and budget that did not become shared outcome (%), by month,
    for both modes (the parameters are those of :func:`compare`)."""
    runs = compare(**params)
    fig = go.Figure()
    hover = {"persen": "%{y}% bayi terlindungi",
             "tak_efektif_persen": "%{y}% anggaran tak menjadi hasil bersama"}
    for mode, panel in TRACES:
        style = STYLE[mode]
        top = panel == "persen"
        fig.add_scatter(
            x0=1, dx=1, y=[], mode="lines+markers", name=MODE_LABELS[mode],
            legendgroup=mode, showlegend=top, xaxis="x" if top else "x2",
            yaxis="y" if top else "y2",
            line={"color": style["color"], "dash": style["dash"], "width": 3},
            marker={"symbol": style["symbol"], "size": 6, "color": style["color"]},
            hovertemplate=f"{MODE_LABELS[mode]}, bulan %{{x}}: {hover[panel]}<extra></extra>",
        )
    axis = {"fixedrange": True, "gridcolor": gaya.GRID, "zeroline": False, "showline": True,
            "linecolor": "#888"}
    label = {"xref": "paper", "yref": "paper", "x": 0, "xanchor": "left", "yanchor": "bottom",
             "xshift": -44, "yshift": 6, "showarrow": False, "font": {"size": 13}}
    fig.update_layout(gaya.base_layout(560), showlegend=True)
    fig.update_layout(
        hovermode="closest",
        title={"x": 0.02, "xanchor": "left", "yref": "container", "yanchor": "top",
               "font": {"size": 15}},
        legend={"orientation": "h", "x": 0, "xanchor": "left", "yref": "container",
                "yanchor": "top", "font": {"size": 14}},
        xaxis={**axis, "anchor": "y", "matches": "x2", "showticklabels": False, "dtick": 3},
        xaxis2={**axis, "anchor": "y2", "dtick": 3,
                "title": {"text": "bulan ke-", "standoff": 2, "font": {"size": 13}}},
        yaxis={**axis, "range": [0, 100], "ticksuffix": "%", "dtick": 25},
        yaxis2={**axis, "range": [0, 100], "ticksuffix": "%", "dtick": 25},
        annotations=[{**label, "text": "<b>Bayi terlindungi</b> (dari 1.000 bayi)"},
                     {**label, "text": "<b>Anggaran tak menjadi hasil bersama</b>"}],
    )
    _frame(fig, 560, 0)
    update(runs).apply(fig)
    return fig


# -------------------------------------------------------------- static explorer
LEVELS = {"instansi": tuple(range(1, SIM_AGENCIES + 1)),
          "ego": (0.0, 0.25, 0.5, 0.75, 1.0),
          "berbagi_data": (0.0, 0.25, 0.5, 0.75, 1.0)}
SLIDER_LABELS = {"instansi": "Jumlah instansi", "ego": "Ego sektoral",
                 "berbagi_data": "Berbagi data"}
SLIDER_Y = {"instansi": 0.365, "ego": 0.245, "berbagi_data": 0.125}
#: Fixed in the static explorer (the live widget changes them too).
EXPLORER_FIXED = {"insentif": 0.5, "bulan": 24, "seed": 1}
EXPLORER_START = {"instansi": 5, "ego": 0.5, "berbagi_data": 0.5}


def explorer_grid():
    """Every slider combination of the static explorer, in the lookup's order."""
    for n in LEVELS["instansi"]:
        for ego in LEVELS["ego"]:
            for share in LEVELS["berbagi_data"]:
                yield {"instansi": n, "ego": ego, "berbagi_data": share}


def combination(i: int, j: int, k: int) -> dict:
    """The parameters of slider positions (agencies ``i``, ego ``j``, data sharing ``k``)."""
    return {"instansi": LEVELS["instansi"][i], "ego": LEVELS["ego"][j],
            "berbagi_data": LEVELS["berbagi_data"][k], **EXPLORER_FIXED}


def text_version() -> Table:
    """The explorer's results after the last month, for every slider combination.

    With one agency ego and data sharing change nothing, so it gets one row."""
    rows = []
    for combo in explorer_grid():
        if combo["instansi"] == 1 and (combo["ego"], combo["berbagi_data"]) != (0, 0):
            continue
        runs = compare(**combo, **EXPLORER_FIXED)
        k, c = runs["koordinasi"].last, runs["kolaborasi"].last
        alone = combo["instansi"] == 1
        rows.append([combo["instansi"],
                     "semua (tak berpengaruh)" if alone else _fmt(combo["ego"], 2),
                     "semua (tak berpengaruh)" if alone else _fmt(combo["berbagi_data"], 2),
                     f"{_pct(k.persen)}%", f"{_pct(c.persen)}%",
                     f"{_pct(k.tak_efektif_persen)}%", f"{_pct(c.tak_efektif_persen)}%"])
    return Table(f"Hasil setelah {EXPLORER_FIXED['bulan']} bulan untuk setiap posisi penggeser "
                 f"(insentif {_fmt(EXPLORER_FIXED['insentif'])}; ilustrasi, bukan data)",
                 ["Instansi", "Ego sektoral", "Berbagi data", "Bayi terlindungi: koordinasi",
                  "Bayi terlindungi: kolaborasi", "Anggaran tak menjadi hasil: koordinasi",
                  "Anggaran tak menjadi hasil: kolaborasi"],
                 rows)


def explorer() -> BookFigure:
    """The static explorer: sliders for agencies, ego and data sharing, no kernel needed.

    Slider steps change nothing themselves; the outcome of every combination
    (8 × 5 × 5) is computed here by :func:`compare` and :func:`update` and stored as
    a lookup table, which the book applies after every slider move.
    """
    start = {**EXPLORER_START, **EXPLORER_FIXED}
    fig = figure(**start)
    base = go.Figure(fig)
    sliders = [kontrol.slider(name, [(_fmt(v, 2), Update()) for v in LEVELS[name]], base,
                              active=LEVELS[name].index(EXPLORER_START[name]),
                              prefix=SLIDER_LABELS[name], y=SLIDER_Y[name], font={"size": 12})
               for name in LEVELS]
    fig.update_layout(
        sliders=sliders,
        meta={"wog_lookup": kontrol.lookup(
            [0, 1, 2], [len(v) for v in LEVELS.values()],
            lambda i, j, k: update(compare(**combination(i, j, k))))},
    )
    _frame(fig, 800, 0.415)
    first = compare(**start)
    alt = ("Alat interaktif simulasi koordinasi dan kolaborasi (ilustrasi, bukan data). Panel atas: "
           "persentase 1.000 bayi yang sudah tercatat dan terlindungi jaminan kesehatan, bulan "
           "ke-1 sampai ke-24; panel bawah: persentase anggaran yang tidak menjadi hasil bersama "
           "(kerja ganda, biaya rapat dan sekretariat bersama, target instansi sendiri). "
           "Garis biru utuh: kolaborasi; garis oranye putus-putus: koordinasi. Tiga penggeser "
           f"mengatur jumlah instansi (1–{SIM_AGENCIES}), ego sektoral dan berbagi data (0–1). "
           f"Posisi awal: {start['instansi']} instansi, ego {_fmt(start['ego'])}, berbagi data "
           f"{_fmt(start['berbagi_data'])}; setelah {start['bulan']} bulan kolaborasi "
           f"melindungi {_pct(first['kolaborasi'].last.persen)}% bayi dan koordinasi "
           f"{_pct(first['koordinasi'].last.persen)}%.")
    # on paper the sliders are hidden: the panels as figure() stacks them, no room below
    return BookFigure(fig, alt, text=text_version(), variants={"print": _frame_update(560, 0)})


# ------------------------------------------------------- prediction first
GUESSES = (("kolaborasi", "Lima instansi dengan satu agenda dan data bersama (kolaborasi)"),
           ("koordinasi", "Lima instansi yang rapat koordinasi tiap bulan (koordinasi)"),
           ("sama", "Sama cepat"))


#: Where on the sliders each guess comes true (the page's missions).
WHERE_TRUE = {"kolaborasi": "Tetapi apakah kolaborasi selalu menang? Jalankan misi 2 di bawah "
                            "gambar.",
              "koordinasi": "Koordinasi menang tipis bila ego sektoral dan berbagi data sama-sama "
                            "0 (misi 2).",
              "sama": "Kedua cara sama cepat bila hanya ada satu instansi (misi 1)."}


def winner(runs: dict[str, Run]) -> str:
    """'kolaborasi', 'koordinasi' or 'sama' (equal in whole percent after the last month)."""
    k, c = (_pct(runs[m].last.persen) for m in ("koordinasi", "kolaborasi"))
    return "sama" if k == c else "kolaborasi" if c > k else "koordinasi"


def hasil_tebakan(values: dict) -> Hasil:
    """The reader's guess against the simulation at the explorer's starting position."""
    start = {**EXPLORER_START, **EXPLORER_FIXED}
    runs = compare(**start)
    won, guess = winner(runs), values["tebakan"]
    label = dict(GUESSES)[guess]
    outcome = (f"Hasil simulasi ({start['instansi']} instansi, ego {_fmt(start['ego'])}, "
               f"berbagi data {_fmt(start['berbagi_data'])}, {start['bulan']} bulan): "
               f"kolaborasi {_pct(runs['kolaborasi'].last.persen)}%, koordinasi "
               f"{_pct(runs['koordinasi'].last.persen)}% bayi terlindungi.")
    verdict = "Tebakan Anda tepat untuk posisi awal ini." if guess == won else (
        "Simulasi berkata lain untuk posisi awal ini.")
    verdict += " " + WHERE_TRUE[guess]
    return Hasil(f"Tebakan Anda: {label}.", (outcome, verdict))


def tebakan() -> Formulir:
    """The explorer behind a committed guess: which way protects the 1,000 babies faster?"""
    return formulir.tebakan("bab1a.tebakan", GUESSES, hasil_tebakan, explorer())


# ------------------------------------------------- the sandbox of the static book
#: What the sandbox offers for each parameter (the live widget has finer sliders).
SANDBOX = {"instansi": tuple(range(1, SIM_AGENCIES + 1)),
           "ego": (0.0, 0.25, 0.5, 0.75, 1.0), "berbagi_data": (0.0, 0.25, 0.5, 0.75, 1.0),
           "insentif": (0.0, 0.25, 0.5, 0.75, 1.0), "bulan": (6, 12, 18, 24), "seed": (1, 2, 3)}
SANDBOX_LABELS = {**SLIDER_LABELS, "insentif": "Insentif kerja bersama", "bulan": "Jumlah bulan",
                  "seed": "Keberuntungan (deret acak)"}


def _sandbox_params(values: dict) -> dict:
    return {k: (int if k in ("instansi", "bulan", "seed") else float)(values[k])
            for k in SANDBOX}


def hasil_kotak(values: dict) -> Hasil:
    """The sandbox's answer: both modes for the chosen parameters, the figure's lines."""
    p = _sandbox_params(values)
    runs = compare(**p)
    k, c = runs["koordinasi"].last, runs["kolaborasi"].last
    return Hasil(
        f"Setelah {k.bulan} bulan: kolaborasi {_pct(c.persen)}% · koordinasi "
        f"{_pct(k.persen)}% bayi terlindungi.",
        (f"Anggaran yang tidak menjadi hasil bersama: kolaborasi {_pct(c.tak_efektif_persen)}%,"
         f" koordinasi {_pct(k.tak_efektif_persen)}%.",
         f"Instansi yang terlibat: {', '.join(agencies()[:p['instansi']])}."),
        update(runs).state())


def kotak_pasir() -> Formulir:
    """Every parameter of the simulation in the static book: computed in the browser by
    ``alat/simulasi.js`` from the same rules and the same random draws (one stream per
    seed, taken from Python's ``random``), drawn on the simulation's figure."""
    start = {**EXPLORER_START, **EXPLORER_FIXED}
    fields = [Pilihan(k, SANDBOX_LABELS[k], tuple((str(v), _fmt(v, 2)) for v in levels),
                      inline=True, default=str(start[k])) for k, levels in SANDBOX.items()]
    draws = {}
    for seed in SANDBOX["seed"]:
        rng = random.Random(seed)
        draws[str(seed)] = [rng.uniform(1 - SHOCK, 1 + SHOCK)
                            for _ in range(max(SANDBOX["bulan"]) * SIM_AGENCIES)]
    model = {"konstanta": {"COHORT": COHORT, "REACH": REACH, "INFO_KOORD": INFO_KOORD,
                           "MEETING": MEETING, "JOINT": JOINT},
             "acak": draws, "instansi": list(agencies())}
    return Formulir(
        "bab1a.kotak", "1.1", "Coba semua parameter",
        "Pilih setiap parameter simulasi; kedua garis digambar ulang seketika. Deret acak "
        "yang sama dipakai untuk kedua cara.", fields, hasil_kotak, alat="simulasi",
        model=model, gambar=BookFigure(figure(**start), "Simulasi dengan parameter pilihan "
                                       "Anda: bayi terlindungi dan anggaran yang tak menjadi "
                                       "hasil bersama, per bulan, untuk kedua cara."))


# ------------------------------------------------------------------ live widget
BUDGET_PARTS = (
    ("Menjadi hasil bersama", lambda m: m.biaya - m.terbuang - m.target_sendiri),
    ("Target instansi sendiri (output, bukan outcome bersama)", lambda m: m.target_sendiri),
    ("Kerja ganda (terbuang)", lambda m: m.kerja_ganda),
    ("Rapat dan sekretariat bersama (terbuang)", lambda m: m.overhead),
)


def breakdown(runs: dict[str, Run]) -> Table:
    """Where the budget went by the last month, in budget units and %, for both modes."""
    rows = []
    for label, part in BUDGET_PARTS:
        cells = []
        for mode in MODES:
            last = runs[mode].last
            cells.append(f"{_fmt(part(last))} ({_fmt(100 * part(last) / last.biaya)}%)")
        rows.append([label] + cells)
    rows.append(["Jumlah anggaran"] + [_fmt(runs[mode].last.biaya) for mode in MODES])
    return Table(f"Ke mana anggaran pergi setelah {runs['koordinasi'].last.bulan} bulan "
                 "(satuan anggaran; 1 satuan = anggaran satu instansi sebulan)",
                 ["Bagian anggaran", "Koordinasi", "Kolaborasi"], rows)


def involved(names: tuple[str, ...], n: int) -> str:
    """The HTML line naming the first ``n`` agencies."""
    return f"<p><b>Instansi yang terlibat:</b> {gaya.esc(', '.join(names[:n]))}.</p>"


def widget(projector: bool = False, **params) -> Live:
    """Live version for Jupyter, Binder and Voilà: a slider for every parameter.

    Every change runs :func:`compare` and brings the figure up to date through
    :func:`update` (as in the static explorer). ``projector`` (Mode Kelas): the budget
    table on a tab of its own beside the simulation, so each fits the screen."""
    import ipywidgets as w

    p = Params.of(**params)
    names = agencies()
    fig = go.FigureWidget(figure(**vars(p)))
    style, full = {"description_width": "10em"}, w.Layout(width="100%")
    sliders = {
        "instansi": w.IntSlider(min=1, max=SIM_AGENCIES, description="Jumlah instansi"),
        "ego": w.FloatSlider(min=0, max=1, step=0.05, description="Ego sektoral"),
        "berbagi_data": w.FloatSlider(min=0, max=1, step=0.05, description="Berbagi data"),
        "insentif": w.FloatSlider(min=0, max=1, step=0.05, description="Insentif kerja bersama"),
        "bulan": w.IntSlider(min=1, max=24, description="Jumlah bulan"),
        "seed": w.IntSlider(min=0, max=99, description="Deret acak"),
    }
    for name, s in sliders.items():
        s.value = getattr(p, name)
        s.style, s.layout, s.continuous_update = style, full, True
    who, budget = w.HTML(), w.HTML()

    def redraw(_change=None):
        values = {name: s.value for name, s in sliders.items()}
        runs = compare(**values)
        update(runs).apply(fig)
        who.value = involved(names, values["instansi"])
        budget.value = breakdown(runs)._repr_html_()

    for s in sliders.values():
        s.observe(redraw, names="value")
    redraw()
    if not projector:
        return Live(w.VBox([*sliders.values(), who, fig, budget]), fig, dict(sliders))
    tabs = w.Tab(children=[w.VBox([*sliders.values(), who, fig]), w.VBox([budget])],
                 titles=("Simulasi", "Ke mana anggaran pergi"))
    return Live(tabs, fig, {**sliders, "tab": tabs}, extra={"projector": PROJECTOR})


#: Mode Kelas: the budget table on its own tab (:func:`widget`)
KELAS = {"projector": True}
