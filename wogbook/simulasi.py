"""Coordination or collaboration? A small simulation of agencies facing one wicked problem.

Several agencies (1–8) share one wicked problem: a cohort of 1,000 babies who are
not yet registered and not yet covered by health insurance. Month after month
they try to reach them, either by *koordinasi* (each agency keeps its own agenda
and budget and only exchanges information at meetings) or by *kolaborasi* (one
shared agenda, pooled data and budget, at an extra overhead cost). The model is
an illustration for thinking, not an empirical law: its constants are chosen to
be plausible and easy to explain, not estimated from data.

Three layers, one source of truth:

* model – :func:`simulate` validates the parameters and runs one mode month by
  month; :func:`compare` runs both modes with the same random shocks;
* figure – :func:`figure` draws the outcome (babies protected) and the budget
  that did not become shared outcome, for both modes; every change goes
  through :func:`updates`;
* front-ends – :func:`explorer` (static book: three plotly sliders whose every
  combination is precomputed by :func:`compare` and stored in
  ``layout.meta.wog_lookup``) and :func:`widget` (ipywidgets, live in
  Jupyter/Binder/Voilà, with every parameter).

The rules of one month (the same five rules, in Indonesian, are on the book page;
``N`` is the number of agencies):

1. effective ego ``e = ego × (1 − insentif / 2)``: incentives for joint work
   (:data:`LIMITS` ``insentif``) soften sectoral ego;
2. ``m = (N − 1) / N`` is the share of the problem outside any single agency's
   own mandate; it is 0 for one agency, so then both modes are identical;
3. the mode sets three factors (:func:`rules`):
   *koordinasi*: ``fokus = 1 − e·m`` (the rest of the budget goes to the
   agency's own targets), ``info = 0.5 × berbagi_data × (1 − e)`` (data only
   arrives at meetings: partial, late, and withheld by ego),
   ``waktu = 1 − 0.02·(N − 1)`` (monthly coordination meetings);
   *kolaborasi*: ``fokus = 1``, ``info = berbagi_data`` (one pooled list),
   ``waktu = 1 − 0.04·(N − 1)·(1 + e)`` (joint secretariat, agreeing on one
   agenda, merging data; harder with egoistic partners);
4. duplication ``ganda = m × (1 − info) × S`` where ``S`` is the share already
   protected: without shared data, part of the work goes to babies that another
   agency has already served;
5. newly protected babies ``= 0.08 × w × (babies still unprotected)`` with the
   effective work ``w = z × waktu × fokus × (1 − ganda)``, where ``z`` is the
   month's random productivity (mean of one draw in [0.85, 1.15] per agency;
   the same draws for both modes, fixed by the seed).

Each agency spends one budget unit a month in both modes, so the total cost
is the same, ``N × months``; what differs is how much of it turns into the
shared outcome. The budget that does not is split three ways: overhead
``N·(1 − waktu)``, duplicated work ``N·waktu·fokus·ganda`` (these two are
*wasted*) and the agencies' own targets ``N·waktu·(1 − fokus)`` (not wasted: it
produces each agency's output, just not the shared outcome).
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass
from numbers import Integral, Real

import plotly.graph_objects as go

from .tabel import Table
from .tampil import BookFigure, angka as _fmt, apply_updates

# ----------------------------------------------------------------- constants
MODES = ("koordinasi", "kolaborasi")
MODE_LABELS = {"koordinasi": "Koordinasi", "kolaborasi": "Kolaborasi"}
#: The agencies, in the order in which they join the network.
AGENCIES = ("Dukcapil", "Dinas Kesehatan", "BPJS Kesehatan", "Pemda", "Dinas Sosial",
            "Puskesmas", "Bappeda", "Dinas Pendidikan")
COHORT = 1000            # babies not yet registered and not yet insured
REACH = 0.08             # share of the unprotected reached by a month of full, clean work
SHOCK = 0.15             # monthly productivity varies by ±15 % per agency
INFO_KOORD = 0.5         # share of shared data that arrives in time under coordination
MEETING = 0.02           # capacity lost per other agency to coordination meetings
JOINT = 0.04             # capacity lost per other agency to joint work (× (1 + ego))

LIMITS = {  # name: (kind, low, high)
    "instansi": ("int", 1, len(AGENCIES)),
    "ego": ("real", 0, 1),
    "berbagi_data": ("real", 0, 1),
    "insentif": ("real", 0, 1),
    "bulan": ("int", 1, 24),
    "seed": ("int", 0, 2**31 - 1),
}
DEFAULTS = {"instansi": 5, "ego": 0.5, "berbagi_data": 0.5, "insentif": 0.5, "bulan": 24,
            "seed": 1}
# Okabe–Ito colours; the line style differs too, so colour is never the only cue.
STYLE = {"koordinasi": {"color": "#E69F00", "dash": "dash", "symbol": "circle-open"},
         "kolaborasi": {"color": "#0072B2", "dash": "solid", "symbol": "square"}}
FONT = {"size": 14, "family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"}


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


def _check_mode(mode) -> str:
    if mode not in MODES:
        raise ValueError(f"Parameter 'mode' harus 'koordinasi' atau 'kolaborasi'; "
                         f"diterima: {mode!r}.")
    return mode


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
    def persen(self) -> float:
        """Babies protected, in % of the cohort."""
        return 100 * self.terlindungi / COHORT

    @property
    def terbuang(self) -> float:
        """Wasted budget so far: duplicated work plus overhead."""
        return self.kerja_ganda + self.overhead

    @property
    def terbuang_persen(self) -> float:
        """Wasted budget in % of the budget spent so far."""
        return 100 * self.terbuang / self.biaya

    @property
    def tak_efektif_persen(self) -> float:
        """Budget that did not become shared outcome (waste + own targets), in % of the budget."""
        return 100 * (self.terbuang + self.target_sendiri) / self.biaya


@dataclass(frozen=True)
class Run:
    """One mode simulated month by month."""

    mode: str
    params: Params
    months: tuple[Month, ...]

    @property
    def last(self) -> Month:
        return self.months[-1]


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


# -------------------------------------------------------------- figure layer
TRACES = [(mode, panel) for panel in ("persen", "tak_efektif_persen") for mode in MODES]


def _pct(x: float) -> int:
    """A percentage as shown in the book: whole numbers (the model is an illustration)."""
    return int(round(x))


def title_of(runs: dict[str, Run]) -> str:
    """The figure title: the outcome of both modes after the last month."""
    k, c = runs["koordinasi"].last, runs["kolaborasi"].last
    return (f"Setelah {k.bulan} bulan, bayi yang terlindungi:<br>"
            f"kolaborasi <b>{_pct(c.persen)}%</b> · koordinasi <b>{_pct(k.persen)}%</b>")


def updates(runs: dict[str, Run]) -> tuple[list[tuple[dict, list[int]]], dict]:
    """The restyle group (every line's y, in whole %) and relayout for ``runs``."""
    ys = [[_pct(getattr(month, panel)) for month in runs[mode].months]
          for mode, panel in TRACES]
    return [({"y": ys}, list(range(len(TRACES))))], {"title.text": title_of(runs)}


def apply(fig, runs: dict[str, Run]) -> None:
    """Bring ``fig`` (a Figure or FigureWidget made by :func:`figure`) to ``runs``."""
    apply_updates(fig, *updates(runs))


TOP = 116  # px above the plot area: two title lines, the legend, the first panel's label


def _frame(fig: go.Figure, height: int, bottom: float) -> None:
    """Size ``fig`` and stack the two panels between ``bottom`` and the top of the plot area."""
    gap = 0.1 * (1 - bottom)
    mid = bottom + (1 - bottom - gap) / 2
    fig.update_layout(
        height=height, margin={"l": 52, "r": 16, "t": TOP, "b": 10 if bottom else 48},
        title={"y": 1 - 30 / height}, legend={"y": 1 - 62 / height},
        yaxis={"domain": [mid + gap, 1]}, yaxis2={"domain": [bottom, mid]},
    )
    fig.layout.annotations[0].y = 1
    fig.layout.annotations[1].y = mid


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
    axis = {"fixedrange": True, "gridcolor": "#e5e5e5", "zeroline": False, "showline": True,
            "linecolor": "#888"}
    label = {"xref": "paper", "yref": "paper", "x": 0, "xanchor": "left", "yanchor": "bottom",
             "xshift": -44, "yshift": 6, "showarrow": False, "font": {"size": 13}}
    fig.update_layout(
        separators=",.", plot_bgcolor="white", font=FONT, hovermode="closest",
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
    apply(fig, runs)
    return fig


# ---------------------------------------------------------- static explorer
LEVELS = {"instansi": tuple(range(1, len(AGENCIES) + 1)),
          "ego": (0.0, 0.25, 0.5, 0.75, 1.0),
          "berbagi_data": (0.0, 0.25, 0.5, 0.75, 1.0)}
SLIDER_LABELS = {"instansi": "Jumlah instansi", "ego": "Ego sektoral",
                 "berbagi_data": "Berbagi data"}
#: Fixed in the static explorer (the live widget changes them too).
EXPLORER_FIXED = {"insentif": 0.5, "bulan": 24, "seed": 1}
EXPLORER_START = {"instansi": 5, "ego": 0.5, "berbagi_data": 0.5}


def _slider(name: str, active: int, y: float) -> dict:
    steps = [{"label": _fmt(v, 2), "method": "skip", "args": [], "value": _fmt(v, 2)}
             for v in LEVELS[name]]
    return {
        "name": name, "active": active, "steps": steps,
        "x": 0.02, "len": 0.96, "y": y, "yanchor": "top", "pad": {"t": 4, "b": 4},
        "currentvalue": {"prefix": f"{SLIDER_LABELS[name]}: ", "font": {"size": 15}},
        "font": {"size": 12},
    }


def explorer_grid():
    """Every slider combination of the static explorer, in the lookup's order."""
    for n in LEVELS["instansi"]:
        for ego in LEVELS["ego"]:
            for share in LEVELS["berbagi_data"]:
                yield {"instansi": n, "ego": ego, "berbagi_data": share}


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
    months = EXPLORER_FIXED["bulan"]
    return Table(f"Hasil setelah {months} bulan untuk setiap posisi penggeser (insentif "
                 f"{_fmt(EXPLORER_FIXED['insentif'])}; ilustrasi, bukan data)",
                 ["Instansi", "Ego sektoral", "Berbagi data", "Bayi terlindungi: koordinasi",
                  "Bayi terlindungi: kolaborasi", "Anggaran tak menjadi hasil: koordinasi",
                  "Anggaran tak menjadi hasil: kolaborasi"],
                 rows)


def explorer() -> BookFigure:
    """The static explorer: sliders for agencies, ego and data sharing, no kernel needed.

    Slider steps do nothing themselves (method ``skip``); the outcome of every
    combination (8 × 5 × 5) is computed here by :func:`compare`, turned into
    restyle/relayout by :func:`updates` and stored in ``layout.meta.wog_lookup``,
    which the book's ``wog-figures.js`` applies after every slider change.
    """
    start = {**EXPLORER_START, **EXPLORER_FIXED}
    fig = figure(**start)
    names = list(LEVELS)
    states, state_of, index = [], {}, []
    for combo in explorer_grid():
        groups, relayout = updates(compare(**combo, **EXPLORER_FIXED))
        state = {"restyle": [list(g) for g in groups], "relayout": relayout}
        key = repr(state)
        if key not in state_of:
            state_of[key] = len(states)
            states.append(state)
        index.append(state_of[key])
    active = [LEVELS[n].index(EXPLORER_START[n]) for n in names]
    fig.update_layout(
        sliders=[_slider(n, a, y) for n, a, y in zip(names, active, (0.365, 0.245, 0.125))],
        meta={"wog_lookup": {"sliders": [0, 1, 2], "dims": [len(LEVELS[n]) for n in names],
                             "index": index, "states": states}},
    )
    _frame(fig, 800, 0.415)
    first = compare(**start)
    alt = ("Penjelajah simulasi koordinasi dan kolaborasi (ilustrasi, bukan data). Panel atas: "
           "persentase 1.000 bayi yang sudah tercatat dan terlindungi jaminan kesehatan, bulan "
           "ke-1 sampai ke-24; panel bawah: persentase anggaran yang tidak menjadi hasil bersama "
           "(kerja ganda, biaya rapat dan sekretariat bersama, target instansi sendiri). "
           "Garis biru utuh: kolaborasi; garis oranye putus-putus: koordinasi. Tiga penggeser "
           "mengatur jumlah instansi (1–8), ego sektoral dan berbagi data (0–1). Posisi awal: "
           f"{start['instansi']} instansi, ego {_fmt(start['ego'])}, berbagi data "
           f"{_fmt(start['berbagi_data'])}; setelah {start['bulan']} bulan kolaborasi "
           f"melindungi {_pct(first['kolaborasi'].last.persen)}% bayi dan koordinasi "
           f"{_pct(first['koordinasi'].last.persen)}%.")
    return BookFigure(fig, alt, text=text_version())


# --------------------------------------------------------------- live widget
def breakdown(runs: dict[str, Run]) -> Table:
    """Where the budget went by the last month, in budget units and %, for both modes."""
    rows = []
    parts = (("Menjadi hasil bersama", lambda m: m.biaya - m.terbuang - m.target_sendiri),
             ("Target instansi sendiri (output, bukan outcome bersama)",
              lambda m: m.target_sendiri),
             ("Kerja ganda (terbuang)", lambda m: m.kerja_ganda),
             ("Rapat dan sekretariat bersama (terbuang)", lambda m: m.overhead))
    for label, part in parts:
        cells = []
        for mode in MODES:
            last = runs[mode].last
            cells.append(f"{_fmt(part(last))} ({_fmt(100 * part(last) / last.biaya)}%)")
        rows.append([label] + cells)
    rows.append(["Jumlah anggaran"] + [_fmt(runs[mode].last.biaya) for mode in MODES])
    last = runs["koordinasi"].last
    return Table(f"Ke mana anggaran pergi setelah {last.bulan} bulan (satuan anggaran; "
                 "1 satuan = anggaran satu instansi sebulan)",
                 ["Bagian anggaran", "Koordinasi", "Kolaborasi"], rows)


def widget(**params):
    """Live version for Jupyter, Binder and Voilà: a slider for every parameter.

    Every change runs :func:`compare` and brings the figure up to date through
    :func:`apply` (the same :func:`updates` as the static explorer).
    """
    import ipywidgets as w

    p = Params.of(**params)
    fig = go.FigureWidget(figure(**vars(p)))
    style, full = {"description_width": "10em"}, w.Layout(width="100%")
    sliders = {
        "instansi": w.IntSlider(min=1, max=len(AGENCIES), description="Jumlah instansi"),
        "ego": w.FloatSlider(min=0, max=1, step=0.05, description="Ego sektoral"),
        "berbagi_data": w.FloatSlider(min=0, max=1, step=0.05, description="Berbagi data"),
        "insentif": w.FloatSlider(min=0, max=1, step=0.05, description="Insentif kerja bersama"),
        "bulan": w.IntSlider(min=1, max=24, description="Jumlah bulan"),
        "seed": w.IntSlider(min=0, max=99, description="Benih acak (seed)"),
    }
    for name, s in sliders.items():
        s.value = getattr(p, name)
        s.style, s.layout, s.continuous_update = style, full, True
    names, budget = w.HTML(), w.HTML()

    def redraw(_change=None):
        values = {name: s.value for name, s in sliders.items()}
        runs = compare(**values)
        apply(fig, runs)
        names.value = ("<p><b>Instansi yang terlibat:</b> "
                       f"{', '.join(AGENCIES[:values['instansi']])}.</p>")
        budget.value = breakdown(runs)._repr_html_()

    for s in sliders.values():
        s.observe(redraw, names="value")
    redraw()
    box = w.VBox([*sliders.values(), names, fig, budget])
    box.figure, box.sliders, box.budget = fig, sliders, budget
    return box
