"""UN E-Government Development Index (EGDI) and its components, five countries.

* model – :func:`~wogbook.bab8._common.series` on ``data/egdi.csv`` (missing survey
  values are left out, never invented);
* state → update – :func:`update` draws one component (or the rank, on a reversed
  axis) on every country's line;
* figure – :func:`figure`; front-ends – :func:`explorer` (a component menu,
  precomputed) and the chapter's live widget (:mod:`wogbook.bab8.widget`).
"""
from __future__ import annotations

import math

import plotly.graph_objects as go

from ..inti import data, gaya, kontrol
from ..inti.tampil import BookFigure, Table
from ..inti.update import Update
from ._common import COMPONENTS, COUNTRIES, STYLE, line, num4, series, start_layout

SURVEYS = [2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024]
#: The rank axis runs from 130 (bottom) to 1 (top): higher on the chart is better.
RANK_RANGE = [130, 0]
INDEX_RANGE = [0, 1.02]


def check_component(component: str) -> str:
    if component not in COMPONENTS:
        raise ValueError(f"Komponen '{component}' tidak dikenal; pilihan: {', '.join(COMPONENTS)}.")
    return component


# -------------------------------------------------------------- state → update
def update(component: str) -> Update:
    """Every country's values of ``component``, the y axis and the title."""
    check_component(component)
    traces = {}
    for i, iso3 in enumerate(COUNTRIES):
        s = series(component, iso3)
        traces[i] = {"x": list(s["tahun"]),
                     "y": [int(v) if component == "peringkat" else float(v) for v in s["nilai"]],
                     "customdata": [gaya.esc(v) for v in s["sumber"]]}
    if component == "peringkat":
        axis = {"yaxis.range": RANK_RANGE, "yaxis.title.text": COMPONENTS[component]}
    else:
        axis = {"yaxis.range": INDEX_RANGE,
                "yaxis.title.text": f"{COMPONENTS[component]} (0–1)"}
    title = f"{COMPONENTS[component]}, survei PBB 2010–2024"
    return Update(traces, {"title.text": title, **axis})


# ---------------------------------------------------------------------- figure
def figure(component: str = "egdi") -> go.Figure:
    """One line per country over the UN surveys 2010–2024, showing ``component``."""
    check_component(component)
    fig = go.Figure()
    for iso3, name in COUNTRIES.items():
        fig.add_scatter(x=[], y=[], name=name, mode="lines+markers", connectgaps=True,
                        line=line(iso3), marker={"symbol": STYLE[iso3]["symbol"], "size": 7},
                        hovertemplate=(f"<b>{name}</b> survei %{{x}}<br>nilai %{{y}}"
                                       "<br><i>%{customdata}</i><extra></extra>"))
    start_layout(fig, "")
    fig.update_layout(xaxis={"tickvals": SURVEYS})
    update(component).apply(fig)
    return fig


def _cell(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return num4(value)


def text_version() -> Table:
    """Every row of ``egdi.csv``, with its source."""
    rows = [[r["negara"], str(r["tahun"]), str(r["peringkat"])]
            + [_cell(r[c]) for c in ("egdi", "osi", "hci", "tii", "epi")] + [r["sumber"]]
            for r in data.load("egdi").to_dict("records")]
    return Table("EGDI dan komponennya (UN DESA)",
                 ["Negara", "Survei", "Peringkat", "EGDI", "OSI", "HCI", "TII", "EPI", "Sumber"],
                 rows)


# ------------------------------------------------------------- static explorer
def explorer(component: str = "egdi") -> BookFigure:
    """The EGDI lines with a menu of the components and the rank (precomputed)."""
    fig = figure(component)
    base = go.Figure(fig)
    states = [(label, update(key)) for key, label in COMPONENTS.items()]
    fig.update_layout(updatemenus=[kontrol.menu(states, base,
                                                active=list(COMPONENTS).index(component),
                                                pad={"b": 6})],
                      margin={"t": 110}, title={"y": 0.97, "yanchor": "top", "yref": "container"})
    alt = ("Grafik garis EGDI PBB 2010–2024 untuk lima negara; menu di kiri atas mengganti "
           "komponen (OSI, HCI, TII, EPI) atau peringkat. Survei 2020 hanya tersedia sebagian.")
    return BookFigure(fig, alt, text=text_version())
