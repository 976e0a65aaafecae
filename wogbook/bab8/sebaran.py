"""CPI against EGDI: one point per country for each UN survey year that has both.

* model – :func:`pairs` joins ``egdi.csv`` and ``ipk.csv`` by country and year;
* state → update – :func:`update` moves the highlighted points to a survey year;
* figure – :func:`figure` (faint trails of every year plus the highlighted points);
  front-end – :func:`explorer` (a year slider, precomputed).

An association between the two indices, not a cause: the chapter's text says so.
"""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ..inti import data
from ..inti.tampil import BookFigure, Table
from ..inti.update import Update
from ._common import COUNTRIES, STYLE, num4, start_layout, year_slider

#: Index of the highlighted-year trace (after the five trails).
POINTS = len(COUNTRIES)
#: Points further right than this get their label on the left, inside the plot.
LABEL_LEFT_FROM = 0.85


# ----------------------------------------------------------------------- model
def pairs() -> pd.DataFrame:
    """EGDI and CPI of the same country and year (survey years where both exist)."""
    e = data.load("egdi")[["iso3", "tahun", "egdi", "peringkat"]].dropna(subset=["egdi"])
    c = data.load("ipk")[["iso3", "tahun", "skor"]]
    return e.merge(c, on=["iso3", "tahun"]).sort_values(["tahun", "iso3"]).reset_index(drop=True)


def years() -> list[int]:
    """Survey years with at least one EGDI–CPI pair."""
    return sorted(set(pairs()["tahun"]))


# -------------------------------------------------------------- state → update
def update(year: int) -> Update:
    """The highlighted points of ``year`` and the title."""
    known = years()
    if year not in known:
        raise ValueError(f"Tahun {year!r} tidak punya pasangan EGDI–IPK; pilihan: "
                         f"{', '.join(map(str, known))}.")
    p = pairs()
    now = p[p["tahun"] == year]
    return Update({POINTS: {
        "x": list(now["egdi"]), "y": list(now["skor"]),
        "text": [COUNTRIES[c] for c in now["iso3"]],
        "marker.color": [STYLE[c]["color"] for c in now["iso3"]],
        "marker.symbol": [STYLE[c]["symbol"] for c in now["iso3"]],
        "textposition": ["top left" if x > LABEL_LEFT_FROM else "top center"
                         for x in now["egdi"]],
    }}, {"title.text": f"EGDI dan IPK, tahun survei {year}"})


# ---------------------------------------------------------------------- figure
def figure(year: int = 2024) -> go.Figure:
    p = pairs()
    fig = go.Figure()
    for iso3, name in COUNTRIES.items():  # faint trails: every year of each country
        rows = p[p["iso3"] == iso3]
        st = STYLE[iso3]
        fig.add_scatter(x=list(rows["egdi"]), y=list(rows["skor"]), mode="lines+markers",
                        name=name, opacity=0.35, line={"color": st["color"], "dash": st["dash"]},
                        marker={"symbol": st["symbol"]}, text=[str(t) for t in rows["tahun"]],
                        hovertemplate=(f"<b>{name}</b> %{{text}}<br>EGDI %{{x:.4f}}<br>"
                                       "IPK %{y}<extra></extra>"))
    fig.add_scatter(x=[], y=[], mode="markers+text", name="Tahun terpilih", showlegend=False,
                    textposition="top center",
                    marker={"size": 14, "line": {"width": 1, "color": "#222"}},
                    hovertemplate="<b>%{text}</b><br>EGDI %{x:.4f}<br>IPK %{y}<extra></extra>")
    start_layout(fig, "", height=520)
    fig.update_layout(xaxis={"range": [0.35, 1.0], "title": {"text": "EGDI (0–1)"}},
                      yaxis={"range": [20, 95], "title": {"text": "IPK (0–100)"}})
    update(year).apply(fig)
    return fig


def text_version() -> Table:
    return Table("Pasangan EGDI dan IPK per negara dan tahun", ["Negara", "Tahun", "EGDI", "IPK"],
                 [[COUNTRIES[r["iso3"]], str(r["tahun"]), num4(r["egdi"]), str(r["skor"])]
                  for r in pairs().to_dict("records")])


# ------------------------------------------------------------- static explorer
def explorer(year: int = 2024) -> BookFigure:
    """The scatter with a survey-year slider (one precomputed step per year)."""
    known = years()
    fig = figure(year)
    base = go.Figure(fig)
    slider = year_slider("Tahun survei", known, update, year, base)
    fig.update_layout(sliders=[slider], height=600, margin={"b": 160}, legend={"y": -0.5})
    alt = ("Diagram pencar EGDI (sumbu mendatar) terhadap IPK (sumbu tegak) untuk lima negara; "
           "jejak tipis menunjukkan semua tahun, penggeser memilih tahun survei yang disorot.")
    return BookFigure(fig, alt, text=text_version())
