"""Klitgaard's corruption heuristic: Korupsi = Monopoli + Diskresi − Akuntabilitas.

Three layers, one source of truth:

* model – :func:`risk` validates the three factors (0–10 each) and returns a
  :class:`Result` with the raw score ``M + D − A`` (−10…20), a 0–10 risk index
  and its band;
* state → update – :func:`factor_update` (one factor's bar), :func:`outcome_update`
  (result bar, gauge, title) and :func:`update` (all of it), each an
  :class:`~wogbook.inti.update.Update`;
* figure – :func:`figure` draws the factors and the result;
* front-ends – :func:`explorer` (static book: plotly sliders and presets whose
  outcomes are precomputed by :func:`risk` for every slider position), :func:`tebakan`
  (the explorer behind the page's committed guess) and :func:`widget` (ipywidgets, live
  in Jupyter/Binder/Voilà).

The formula is a heuristic for thinking, not arithmetic with units.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from numbers import Real

import plotly.graph_objects as go

from ..inti import data, formulir, gaya, kontrol
from ..inti.aturan import GUESS_PRESETS, LIVE_PRESET
from ..inti.gaya import angka as _fmt
from ..inti.formulir import Formulir, Hasil
from ..inti.tampil import BookFigure
from ..inti.update import Update
from ..inti.widget import Live

SCALE_MIN, SCALE_MAX = 0, 10
FACTORS = ("monopoli", "diskresi", "akuntabilitas")
#: Bands of the 0–10 risk index: (name, lower bound inclusive, upper bound exclusive).
BANDS = (("rendah", 0.0, 3.5), ("sedang", 3.5, 6.5), ("tinggi", 6.5, math.inf))
BAND_COLORS = {"rendah": "#d5ecdf", "sedang": "#fbe6b0", "tinggi": "#f6c6ad"}
COLORS = {"monopoli": gaya.OKABE_ITO["oranye"], "diskresi": gaya.OKABE_ITO["merah"],
          "akuntabilitas": gaya.OKABE_ITO["biru"], "korupsi": "#333333"}
RESULT_LABEL = "Korupsi (M + D − A)"
#: Said beside every score a reader sees: the formula is a rough heuristic, not a measure.
CAVEAT = "perkiraan kasar dari rumus heuristik, bukan ukuran"


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
    def shown(self) -> int:
        """The index as a reader sees it: a whole number (half up), never a false decimal."""
        return math.floor(self.index + 0.5)

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


def factors() -> dict[str, dict]:
    """The three factors of ``data/unsur_klitgaard.csv`` (name and meaning), by key."""
    return {row["unsur"]: row for row in data.load("unsur_klitgaard").to_dict("records")}


def presets() -> dict[str, dict]:
    """The named scenarios of ``data/korupsi_preset.csv``, by id, validated."""
    table = data.load("korupsi_preset")
    return {row["preset_id"]: row for row in table.to_dict("records")}


def preset(preset_id: str) -> dict:
    """One scenario; an unknown id is an Indonesian error naming the choices."""
    scenarios = presets()
    if preset_id not in scenarios:
        raise ValueError(f"Skenario '{preset_id}' tidak ada di korupsi_preset.csv; pilihan: "
                         f"{', '.join(scenarios)}.")
    return scenarios[preset_id]


# --------------------------------------------------------------- state → update
def factor_update(name: str, value: float) -> Update:
    """The bar of one factor (accountability is drawn below zero)."""
    shown = -value if name == "akuntabilitas" else value
    sign = "−" if name == "akuntabilitas" else "+"
    return Update.trace(FACTORS.index(name), y=[shown], text=[f"{sign}{_fmt(value)}"])


def title(result: Result) -> str:
    """The outcome as the figure's title: the band first, then the whole-number index, and
    on the next line the caveat that it is a rough heuristic."""
    return (f"Risiko menurut rumus: <b>{result.band.upper()}</b> "
            f"(kira-kira {result.shown} dari 10)<br><i>{CAVEAT}</i>")


def outcome_update(result: Result) -> Update:
    """The result bar, the gauge and the title."""
    title_ = title(result)
    return Update({3: {"y": [result.raw], "text": [f"= {_fmt(result.raw)}"]},
                   4: {"value": result.shown, "gauge.bar.color": COLORS["korupsi"]}},
                  {"title.text": title_})


def update(result: Result) -> Update:
    """Everything that brings a figure made by :func:`figure` to ``result``."""
    bars = [factor_update(n, getattr(result, n)) for n in FACTORS]
    return sum(bars, Update()) + outcome_update(result)


def figure(monopoli=5, diskresi=5, akuntabilitas=5) -> go.Figure:
    """The formula as a figure: three factor bars, the result bar and a 0–10 gauge."""
    result = risk(monopoli, diskresi, akuntabilitas)
    about = factors()
    fig = go.Figure()
    for name in FACTORS:
        label, hint = gaya.esc(about[name]["nama"]), gaya.esc(about[name]["penjelasan"])
        fig.add_bar(
            x=[label], y=[0], name=label, marker_color=COLORS[name],
            textposition="outside", cliponaxis=False, textfont_size=16,
            hovertemplate=f"{label}: %{{text}}<br>{hint}<extra></extra>",
        )
    fig.add_bar(
        x=[RESULT_LABEL], y=[0], name="Korupsi", marker_color=COLORS["korupsi"],
        marker_pattern_shape="/", textposition="outside", cliponaxis=False, textfont_size=16,
        hovertemplate="Skor mentah M + D − A: %{y}<br>(−10 paling aman … 20 paling rawan)"
                      f"<br><i>{CAVEAT}</i><extra></extra>",
    )
    fig.add_indicator(
        mode="gauge+number", value=0, number={"valueformat": ".0f", "suffix": " / 10"},
        domain={"x": [0.12, 0.95], "y": [0.84, 0.96]},
        gauge={
            "shape": "bullet", "axis": {"range": [SCALE_MIN, SCALE_MAX]},
            "steps": [{"range": [lo, min(hi, SCALE_MAX)], "color": BAND_COLORS[name]}
                      for name, lo, hi in BANDS],
            "bar": {"thickness": 0.45},
        },
    )
    fig.update_layout(gaya.base_layout(540, top=84, bottom=40, left=48, right=16))
    fig.update_layout(
        title={"x": 0.02, "font": {"size": 17}},
        yaxis={"range": [-11, 22], "domain": [0, 0.74], "zeroline": True, "zerolinewidth": 2,
               "zerolinecolor": "#555", "gridcolor": "#e5e5e5",
               "title": {"text": "skor heuristik (tanpa satuan)"}},
        xaxis={"fixedrange": True, "tickfont": {"size": 13}},
    )
    fig.update_yaxes(fixedrange=True)
    update(result).apply(fig)
    return fig


# ------------------------------------------------------------- static explorer
VALUES = range(SCALE_MIN, SCALE_MAX + 1)


def explorer(preset_id: str = GUESS_PRESETS[0]) -> BookFigure:
    """The static explorer: three sliders and preset scenarios, working with no kernel.

    Each slider step moves its own bar; the outcome of every slider position
    (11 × 11 × 11) is computed here by :func:`risk` and stored as a lookup table.
    """
    scenarios = presets()
    start = preset(preset_id)
    names = {n: row["nama"] for n, row in factors().items()}
    fig = figure(*(start[n] for n in FACTORS))
    base = go.Figure(fig)
    sliders = [
        kontrol.slider(name, [(str(v), factor_update(name, v)) for v in VALUES], base,
                       active=int(start[name]) - SCALE_MIN, prefix=names[name], y=y)
        for name, y in zip(FACTORS, (0.34, 0.22, 0.10))
    ]
    choices = []
    for row in scenarios.values():
        result = risk(*(row[f] for f in FACTORS))
        positions = Update(layout={f"sliders[{k}].active": int(getattr(result, f)) - SCALE_MIN
                                   for k, f in enumerate(FACTORS)})
        choices.append((row["nama"], update(result) + positions))
    size = len(VALUES)
    fig.update_layout(
        height=820, margin={"t": 130, "b": 10},
        yaxis={"domain": [0.42, 0.76]},
        sliders=sliders,
        updatemenus=[kontrol.menu(choices, base, active=list(scenarios).index(preset_id),
                                  x=0.02, pad={"t": 0, "b": 34})],
        meta={"wog_lookup": kontrol.lookup(
            [0, 1, 2], [size] * 3,
            lambda m, d, a: outcome_update(risk(VALUES[m], VALUES[d], VALUES[a])))},
    )
    fig.update_layout(title={"y": 0.965, "yanchor": "top", "yref": "container"})
    fig.data[4].domain = {"x": [0.12, 0.95], "y": [0.82, 0.9]}
    first = risk(*(start[f] for f in FACTORS))
    alt = ("Alat interaktif rumus korupsi Klitgaard. Tiga penggeser mengatur Monopoli, Diskresi dan "
           "Akuntabilitas pada skala 0–10; batang menunjukkan sumbangan tiap unsur dan skor "
           "M + D − A; pengukur di atas menunjukkan risiko menurut rumus, dibulatkan ke 0–10 "
           f"(rendah, sedang, tinggi) — {CAVEAT}. "
           f"Posisi awal: {start['nama']} (M={start['monopoli']}, D={start['diskresi']}, "
           f"A={start['akuntabilitas']}): risiko {first.band}, kira-kira {first.shown} dari 10.")
    return BookFigure(fig, alt, variants={"phone": phone_axis(fig), "print": PRINTED})


#: On paper the menu and the sliders are hidden: the figure as :func:`figure` lays it out
#: without them (no room kept above the bars or below them).
PRINTED = Update({4: {"domain.y": [0.84, 0.96]}},
                 {"height": 540, "margin.t": 84, "yaxis.domain": [0, 0.74]})


# ------------------------------------------------------- prediction first
#: The page's question: which factor changes most from the first scenario to the second?
GUESS_FROM, GUESS_TO = GUESS_PRESETS  # the schema makes sure both exist


def biggest_change() -> tuple[str, dict[str, tuple[float, float]]]:
    """The factor that changes most between the two scenarios, and every factor's values."""
    before, after = preset(GUESS_FROM), preset(GUESS_TO)
    values = {f: (before[f], after[f]) for f in FACTORS}
    return max(FACTORS, key=lambda f: abs(values[f][1] - values[f][0])), values


def hasil_tebakan(values: dict) -> Hasil:
    """The reader's guess against the two scenarios of the data."""
    names = {f: row["nama"] for f, row in factors().items()}
    most, change = biggest_change()
    guess = values["tebakan"]
    moves = ", ".join(f"{names[f]} {_fmt(a)} → {_fmt(b)}" for f, (a, b) in change.items())
    bands = [risk(*(preset(p)[f] for f in FACTORS)).band for p in (GUESS_FROM, GUESS_TO)]
    return Hasil(
        f"Tebakan Anda: {names[guess]}.",
        (f"Dari {preset(GUESS_FROM)['nama'].lower()} ke {preset(GUESS_TO)['nama'].lower()}: "
         f"{moves}.",
         (f"Tepat: {names[most]} paling banyak berubah." if guess == most else
          f"Yang paling banyak berubah justru {names[most]}."),
         f"Risiko menurut rumus turun dari kategori {bands[0]} ke kategori {bands[1]}. Rumus ini alat "
         "berpikir, bukan alat ukur."))


def tebakan() -> Formulir:
    """The explorer behind a committed guess: which factor does going online change most?"""
    names = {f: row["nama"] for f, row in factors().items()}
    return formulir.tebakan("bab4.tebakan", [(f, names[f]) for f in FACTORS], hasil_tebakan,
                            explorer(GUESS_FROM), inline=True,
                            skenario=preset(GUESS_FROM)["nama"])


def phone_axis(fig: go.Figure) -> Update:
    """On a phone the four bar names stand upright, each in a column ~70 px wide:
    long names break over two lines instead of tilting out of the figure."""
    names = [trace.x[0] for trace in fig.data[:4]]
    # a word longer than a column is hyphenated by hand ("Akunta-bilitas"); the formula
    # goes on its own line
    short = [gaya.esc(name).replace("Akuntabilitas", "Akunta-<br>bilitas").replace(" (", "<br>(")
             for name in names]
    return Update(layout={"xaxis.tickmode": "array", "xaxis.tickvals": names,
                          "xaxis.ticktext": short, "xaxis.tickangle": 0})


# ----------------------------------------------------------------- live widget
def widget(preset_id: str = LIVE_PRESET) -> Live:
    """Live version for Jupyter, Binder and Voilà: three sliders and a preset menu."""
    import ipywidgets as w

    scenarios = presets()
    start = preset(preset_id)
    fig = go.FigureWidget(figure(*(start[n] for n in FACTORS)))
    names = {n: row["nama"] for n, row in factors().items()}
    sliders = {
        name: w.IntSlider(value=start[name], min=SCALE_MIN, max=SCALE_MAX, step=1,
                          description=names[name], continuous_update=True,
                          style={"description_width": "8em"}, layout=w.Layout(width="100%"))
        for name in FACTORS
    }
    menu = w.Dropdown(options=[(row["nama"], sid) for sid, row in scenarios.items()],
                      value=preset_id, description="Skenario", layout=w.Layout(width="100%"),
                      style={"description_width": "8em"})
    story = w.HTML()
    story.value = f"<p>{gaya.esc(start['cerita'])}</p>"

    def redraw(_change=None):
        update(risk(*(sliders[n].value for n in FACTORS))).apply(fig)

    def choose(change):
        row = scenarios[change["new"]]
        story.value = f"<p>{gaya.esc(row['cerita'])}</p>"
        for name in FACTORS:
            sliders[name].unobserve(redraw, names="value")
            sliders[name].value = row[name]
            sliders[name].observe(redraw, names="value")
        redraw()

    for s in sliders.values():
        s.observe(redraw, names="value")
    menu.observe(choose, names="value")
    box = w.VBox([menu, story, *sliders.values(), fig])
    return Live(box, fig, {"menu": menu, **sliders})
