"""Klitgaard's corruption heuristic: Korupsi = Monopoli + Diskresi − Akuntabilitas.

Three layers, one source of truth:

* model – :func:`risk` validates the three factors (0–10 each) and returns a
  :class:`Result` with the raw score ``M + D − A`` (−10…20), a 0–10 risk index
  and its band;
* figure – :func:`figure` draws the factors and the result; every change of
  values goes through :func:`updates`, which turns a :class:`Result` into
  plotly restyle/relayout instructions;
* front-ends – :func:`explorer` (static book: plotly sliders and presets whose
  outcomes are precomputed by :func:`risk` for every slider position) and
  :func:`widget` (ipywidgets, live in Jupyter/Binder/Voilà).

The formula is a heuristic for thinking, not arithmetic with units.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from numbers import Real

import plotly.graph_objects as go

from . import data
from .tampil import BookFigure, angka as _fmt, apply_updates

SCALE_MIN, SCALE_MAX = 0, 10
FACTORS = ("monopoli", "diskresi", "akuntabilitas")
LABELS = {"monopoli": "Monopoli", "diskresi": "Diskresi", "akuntabilitas": "Akuntabilitas"}
HINTS = {
    "monopoli": "kewenangan tunggal atas izin, akses atau sumber daya",
    "diskresi": "keleluasaan pejabat memutuskan tanpa aturan baku",
    "akuntabilitas": "pengawasan, transparansi dan kewajiban bertanggung jawab",
}
#: Bands of the 0–10 risk index: (name, lower bound inclusive, upper bound exclusive).
BANDS = (("rendah", 0.0, 3.5), ("sedang", 3.5, 6.5), ("tinggi", 6.5, math.inf))
BAND_COLORS = {"rendah": "#d5ecdf", "sedang": "#fbe6b0", "tinggi": "#f6c6ad"}
# Okabe–Ito palette: safe for the common kinds of colour blindness.
COLORS = {"monopoli": "#E69F00", "diskresi": "#D55E00", "akuntabilitas": "#0072B2",
          "korupsi": "#333333"}
RESULT_LABEL = "Korupsi (M + D − A)"


@dataclass(frozen=True)
class Result:
    """The heuristic's outcome for one set of factor values."""

    monopoli: float
    diskresi: float
    akuntabilitas: float

    @property
    def raw(self) -> float:
        """M + D − A, from −10 to 20."""
        return self.monopoli + self.diskresi - self.akuntabilitas

    @property
    def index(self) -> float:
        """The raw score rescaled linearly to 0 (lowest) … 10 (highest risk)."""
        low = 2 * SCALE_MIN - SCALE_MAX
        high = 2 * SCALE_MAX - SCALE_MIN
        return round((self.raw - low) / (high - low) * SCALE_MAX, 2)

    @property
    def band(self) -> str:
        return next(name for name, lo, hi in BANDS if lo <= self.index < hi)


def _check(name: str, value) -> float:
    if isinstance(value, bool) or not isinstance(value, Real):
        raise ValueError(
            f"Nilai '{name}' harus berupa angka {SCALE_MIN}–{SCALE_MAX}; diterima: {value!r}."
        )
    if not math.isfinite(value) or not SCALE_MIN <= value <= SCALE_MAX:
        raise ValueError(
            f"Nilai '{name}' harus antara {SCALE_MIN} dan {SCALE_MAX} "
            f"(skala heuristik); diterima: {value}."
        )
    return float(value)


def risk(monopoli, diskresi, akuntabilitas) -> Result:
    """Validate the three factors (each 0–10) and return the heuristic :class:`Result`."""
    return Result(*(_check(n, v) for n, v in zip(FACTORS, (monopoli, diskresi, akuntabilitas))))


def presets(data_dir=None) -> dict[str, dict]:
    """The named scenarios of ``data/korupsi_preset.csv``, by id, validated."""
    table = data.load("korupsi_preset", data_dir)
    return {row["preset_id"]: row for row in table.to_dict("records")}


# ---------------------------------------------------------------- figure layer
def factor_update(name: str, value: float) -> tuple[dict, list[int]]:
    """Restyle instruction for the bar of one factor (accountability is drawn negative)."""
    i = FACTORS.index(name)
    shown = -value if name == "akuntabilitas" else value
    sign = "−" if name == "akuntabilitas" else "+"
    return {"y": [[shown]], "text": [[f"{sign}{_fmt(value)}"]]}, [i]


def outcome_update(result: Result) -> tuple[list[tuple[dict, list[int]]], dict]:
    """Restyle groups and relayout for the result bar, the gauge and the title."""
    band = result.band
    groups = [
        ({"y": [[result.raw]], "text": [[f"= {_fmt(result.raw)}"]]}, [3]),
        ({"value": [result.index], "gauge.bar.color": [COLORS["korupsi"]]}, [4]),
    ]
    relayout = {
        "title.text": (f"Indeks risiko korupsi: <b>{_fmt(result.index)}</b> dari 10 "
                       f"— <b>{band.upper()}</b>"),
    }
    return groups, relayout


def updates(result: Result) -> tuple[list[tuple[dict, list[int]]], dict]:
    """Every restyle group and the relayout that bring a figure to ``result``."""
    groups = [factor_update(n, getattr(result, n)) for n in FACTORS]
    out_groups, relayout = outcome_update(result)
    return groups + out_groups, relayout


def apply(fig, result: Result) -> None:
    """Bring ``fig`` (a Figure or a FigureWidget made by :func:`figure`) to ``result``."""
    apply_updates(fig, *updates(result))


def figure(monopoli=5, diskresi=5, akuntabilitas=5) -> go.Figure:
    """The formula as a figure: three factor bars, the result bar and a 0–10 gauge."""
    result = risk(monopoli, diskresi, akuntabilitas)
    fig = go.Figure()
    for name in FACTORS:
        fig.add_bar(
            x=[LABELS[name]], y=[0], name=LABELS[name], marker_color=COLORS[name],
            textposition="outside", cliponaxis=False, textfont_size=16,
            hovertemplate=f"{LABELS[name]}: %{{text}}<br>{HINTS[name]}<extra></extra>",
        )
    fig.add_bar(
        x=[RESULT_LABEL], y=[0], name="Korupsi", marker_color=COLORS["korupsi"],
        marker_pattern_shape="/", textposition="outside", cliponaxis=False, textfont_size=16,
        hovertemplate="Skor mentah M + D − A: %{y}<br>(−10 paling aman … 20 paling rawan)"
                      "<extra></extra>",
    )
    fig.add_indicator(
        mode="gauge+number", value=0, number={"valueformat": ".1f", "suffix": " / 10"},
        domain={"x": [0.12, 0.95], "y": [0.84, 0.96]},
        gauge={
            "shape": "bullet", "axis": {"range": [SCALE_MIN, SCALE_MAX]},
            "steps": [{"range": [lo, min(hi, SCALE_MAX)], "color": BAND_COLORS[name]}
                      for name, lo, hi in BANDS],
            "bar": {"thickness": 0.45},
        },
    )
    fig.update_layout(
        height=520, margin={"l": 48, "r": 16, "t": 64, "b": 40},
        separators=",.", showlegend=False, plot_bgcolor="white",
        font={"size": 14, "family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"},
        title={"x": 0.02, "xanchor": "left", "font": {"size": 17}},
        yaxis={"range": [-11, 22], "domain": [0, 0.74], "zeroline": True, "zerolinewidth": 2,
               "zerolinecolor": "#555", "gridcolor": "#e5e5e5",
               "title": {"text": "skor heuristik (tanpa satuan)"}},
        xaxis={"fixedrange": True, "tickfont": {"size": 13}},
    )
    fig.update_yaxes(fixedrange=True)
    apply(fig, result)
    return fig


# ------------------------------------------------------------- static explorer
def _slider(k: int, name: str, active: int, y: float) -> dict:
    steps = []
    for v in range(SCALE_MIN, SCALE_MAX + 1):
        restyle, traces = factor_update(name, v)
        steps.append({"label": str(v), "method": "restyle", "args": [restyle, traces],
                      "value": str(v)})
    return {
        "name": name, "active": active - SCALE_MIN, "steps": steps,
        "x": 0.02, "len": 0.96, "y": y, "yanchor": "top", "pad": {"t": 4, "b": 4},
        "currentvalue": {"prefix": f"{LABELS[name]}: ", "font": {"size": 15}},
        "font": {"size": 11},
    }


def _merge(groups, n_traces: int) -> tuple[dict, list[int]]:
    """Merge restyle groups into one 'update' restyle over all traces (for preset buttons)."""
    merged: dict[str, list] = {}
    for restyle, traces in groups:
        for key, values in restyle.items():
            column = merged.setdefault(key, [None] * n_traces)
            for t, v in zip(traces, values):
                column[t] = v
    return merged, list(range(n_traces))


def explorer(preset: str = "perizinan-manual") -> BookFigure:
    """The static explorer: three sliders and preset scenarios, working with no kernel.

    Slider steps restyle their own bar; the outcome of every slider position
    (11 × 11 × 11) is computed here by :func:`risk` and stored in
    ``layout.meta.wog_lookup``, which the book's ``wog-figures.js`` reads.
    """
    scenarios = presets()
    if preset not in scenarios:
        raise ValueError(f"Skenario '{preset}' tidak ada; pilihan: {', '.join(scenarios)}.")
    start = scenarios[preset]
    fig = figure(*(start[n] for n in FACTORS))
    n = len(fig.data)
    size = SCALE_MAX - SCALE_MIN + 1

    states, state_of, index = [], {}, []
    for m in range(SCALE_MIN, SCALE_MAX + 1):
        for d in range(SCALE_MIN, SCALE_MAX + 1):
            for a in range(SCALE_MIN, SCALE_MAX + 1):
                result = risk(m, d, a)
                if result.raw not in state_of:
                    groups, relayout = outcome_update(result)
                    state_of[result.raw] = len(states)
                    states.append({"restyle": [list(g) for g in groups], "relayout": relayout})
                index.append(state_of[result.raw])

    buttons = []
    for sid, row in scenarios.items():
        result = risk(*(row[f] for f in FACTORS))
        groups, relayout = updates(result)
        restyle, traces = _merge(groups, n)
        relayout = dict(relayout, **{f"sliders[{k}].active": int(getattr(result, f)) - SCALE_MIN
                                     for k, f in enumerate(FACTORS)})
        buttons.append({"label": row["nama"], "method": "update",
                        "args": [restyle, relayout, traces]})

    fig.update_layout(
        height=800, margin={"t": 110, "b": 10},
        yaxis={"domain": [0.42, 0.76]},
        sliders=[_slider(k, f, int(start[f]), y) for k, (f, y) in
                 enumerate(zip(FACTORS, (0.34, 0.22, 0.10)))],
        updatemenus=[{
            "type": "dropdown", "buttons": buttons, "active": list(scenarios).index(preset),
            "x": 0.02, "xanchor": "left", "y": 1.0, "yanchor": "bottom",
            "pad": {"t": 0, "b": 34}, "font": {"size": 13}, "showactive": True,
        }],
        meta={"wog_lookup": {"sliders": [0, 1, 2], "dims": [size, size, size],
                             "index": index, "states": states}},
    )
    fig.update_layout(title={"y": 0.965, "yanchor": "top", "yref": "container"})
    fig.data[4].domain = {"x": [0.12, 0.95], "y": [0.82, 0.9]}
    alt = ("Penjelajah rumus korupsi Klitgaard. Tiga penggeser mengatur Monopoli, Diskresi dan "
           "Akuntabilitas pada skala 0–10; batang menunjukkan sumbangan tiap unsur dan skor "
           "M + D − A; pengukur di atas menunjukkan indeks risiko 0–10 (rendah, sedang, tinggi). "
           f"Posisi awal: {start['nama']} (M={start['monopoli']}, D={start['diskresi']}, "
           f"A={start['akuntabilitas']}), indeks {_fmt(risk(*(start[f] for f in FACTORS)).index)}.")
    return BookFigure(fig, alt)


# ----------------------------------------------------------------- live widget
def widget(preset: str = "netral"):
    """Live version for Jupyter, Binder and Voilà: three sliders and a preset menu."""
    import ipywidgets as w

    scenarios = presets()
    start = scenarios[preset]
    fig = go.FigureWidget(figure(*(start[n] for n in FACTORS)))
    sliders = {
        name: w.IntSlider(value=start[name], min=SCALE_MIN, max=SCALE_MAX, step=1,
                          description=LABELS[name], continuous_update=True,
                          style={"description_width": "8em"}, layout=w.Layout(width="100%"))
        for name in FACTORS
    }
    menu = w.Dropdown(options=[(row["nama"], sid) for sid, row in scenarios.items()],
                      value=preset, description="Skenario", layout=w.Layout(width="100%"),
                      style={"description_width": "8em"})
    story = w.HTML(f"<p>{start['cerita']}</p>")

    def redraw(_change=None):
        apply(fig, risk(*(sliders[n].value for n in FACTORS)))

    def choose(change):
        row = scenarios[change["new"]]
        story.value = f"<p>{row['cerita']}</p>"
        with fig.batch_update():
            for name in FACTORS:
                sliders[name].value = row[name]
        redraw()

    for s in sliders.values():
        s.observe(redraw, names="value")
    menu.observe(choose, names="value")
    box = w.VBox([menu, story, *sliders.values(), fig])
    box.figure, box.sliders, box.menu = fig, sliders, menu
    return box
