"""Corruption Perceptions Index (CPI / IPK) of Indonesia and four neighbours.

* model – :func:`years` and :func:`values_in` read ``data/ipk.csv`` (0–100, 2012 on);
  an unknown year is an Indonesian ValueError naming the choices;
* state → update – :func:`update` moves the "selected year" markers, the year line
  and the title;
* figure – :func:`figure`; front-ends – :func:`explorer` (a year slider, precomputed),
  :func:`tebakan` (the explorer behind a committed guess of Indonesia's place) and
  :func:`widget`, the chapter's live widget (CPI and EGDI together, built in
  :mod:`wogbook.bab8.widget`; Mode Kelas opens it as ``bab8.ipk``).

The 0–10 scores before 2012 come from a different method: they live in their own
table (``ipk_skala_lama.csv``) and their own figure (:func:`skala_lama`), never on
the 0–100 axis.
"""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ..inti import data, formulir, gaya
from ..inti.formulir import Formulir, Hasil
from ..inti.tampil import BookFigure, Table
from ..inti.update import Update
from ._common import COUNTRIES, STYLE, line, start_layout, year_slider

#: Index of the "selected year" marker trace (after the five country lines).
MARKERS = len(COUNTRIES)


# ----------------------------------------------------------------------- model
def years() -> list[int]:
    """The CPI years of ``ipk.csv`` (0–100 scale), ascending."""
    return sorted(set(data.load("ipk")["tahun"]))


def values_in(year: int) -> dict[str, tuple[int, int | None]]:
    """CPI score and rank (``None`` where TI gives none) of every country in ``year``."""
    known = years()
    if isinstance(year, bool) or not isinstance(year, int) or year not in known:
        raise ValueError(f"Tahun IPK {year!r} tidak tersedia; pilihan: {known[0]}–{known[-1]} "
                         "(skor sebelum 2012 memakai skala 0–10 yang lain, "
                         "lihat gambar terpisah).")
    rows = data.load("ipk")
    rows = rows[rows["tahun"] == year]
    return {r["iso3"]: (int(r["skor"]), None if pd.isna(r["peringkat"]) else int(r["peringkat"]))
            for r in rows.to_dict("records")}


# -------------------------------------------------------------- state → update
def update(year: int) -> Update:
    """The markers of ``year`` on every country's line, the year line and the title."""
    vals = values_in(year)
    codes = [c for c in COUNTRIES if c in vals]
    # ipk.csv's own rule (skema) guarantees Indonesia has a row in every year
    idn_score, idn_rank = vals["IDN"]
    rank = f", peringkat {idn_rank}" if idn_rank is not None else ""
    return Update({MARKERS: {"x": [year] * len(codes), "y": [vals[c][0] for c in codes],
                             "text": [str(vals[c][0]) for c in codes]}},
                  {"shapes[0].x0": year, "shapes[0].x1": year,
                   "title.text": f"IPK {year}: Indonesia {idn_score}{rank}"})


# ---------------------------------------------------------------------- figure
def figure(year: int = 2024) -> go.Figure:
    """Five CPI lines (2012–), a ring on each country's value in ``year`` and a year line."""
    table = data.load("ipk")
    fig = go.Figure()
    for iso3, name in COUNTRIES.items():
        rows = table[table["iso3"] == iso3]
        fig.add_scatter(
            x=list(rows["tahun"]), y=list(rows["skor"]), name=name, mode="lines+markers",
            line=line(iso3), marker={"symbol": STYLE[iso3]["symbol"], "size": 7},
            customdata=[[("–" if pd.isna(r) else int(r)), gaya.esc(s)]
                        for r, s in zip(rows["peringkat"], rows["sumber"])],
            hovertemplate=(f"<b>{name}</b> %{{x}}<br>IPK %{{y}} dari 100<br>"
                           "peringkat %{customdata[0]}<br><i>%{customdata[1]}</i><extra></extra>"),
        )
    fig.add_scatter(x=[], y=[], mode="markers+text", name="Tahun terpilih", showlegend=False,
                    textposition="middle right", textfont={"size": 12},
                    marker={"size": 12, "color": "rgba(0,0,0,0)",
                            "line": {"width": 2, "color": "#222"}},
                    hoverinfo="skip")
    start_layout(fig, "")
    fig.update_layout(
        shapes=[{"type": "line", "xref": "x", "yref": "paper", "x0": year, "x1": year,
                 "y0": 0, "y1": 1, "line": {"color": "#555", "width": 1, "dash": "dot"}}],
        yaxis={"range": [0, 100], "title": {"text": "IPK (0 korup – 100 bersih)"}},
        xaxis={"dtick": 2, "range": [2011.5, 2025.5]},
    )
    update(year).apply(fig)
    return fig


def text_version() -> Table:
    """Every CPI score, one row per year, one column per country."""
    table = data.load("ipk")
    score = {(r["iso3"], r["tahun"]): r["skor"] for r in table.to_dict("records")}
    return Table("IPK (CPI) 2012–2024, skala 0–100", ["Tahun"] + list(COUNTRIES.values()),
                 [[str(y)] + [str(score[(c, y)]) if (c, y) in score else "–" for c in COUNTRIES]
                  for y in years()])


# ------------------------------------------------------------- static explorer
def explorer(year: int = 2024) -> BookFigure:
    """The CPI lines with a year slider (one precomputed step per year)."""
    known = years()
    fig = figure(year)
    base = go.Figure(fig)
    slider = year_slider("Tahun", known, update, year, base)
    fig.update_layout(sliders=[slider], height=560, margin={"b": 150}, legend={"y": -0.55})
    alt = ("Grafik garis Indeks Persepsi Korupsi 2012–2024 untuk Indonesia, Singapura, Malaysia, "
           "Thailand dan Korea Selatan (0–100). Penggeser tahun menandai nilai tiap negara; "
           "klik nama negara di legenda untuk menyembunyikan atau menampilkannya.")
    return BookFigure(fig, alt, text=text_version())


# ------------------------------------------------------- old 0–10 scale, apart
# ------------------------------------------------------- prediction first
GUESS_YEAR = 2024


def place_of_indonesia(year: int = GUESS_YEAR) -> int:
    """Indonesia's place among the five countries by CPI score (1 = the cleanest)."""
    scores = {c: s for c, (s, _) in values_in(year).items()}
    return 1 + sum(s > scores["IDN"] for s in scores.values())


def hasil_tebakan(values: dict) -> Hasil:
    scores = sorted(((s, c) for c, (s, _) in values_in(GUESS_YEAR).items()), reverse=True)
    place, guess = place_of_indonesia(), int(values["tebakan"])
    listed = ", ".join(f"{COUNTRIES[c]} {s}" for s, c in scores)
    return Hasil(
        f"Tebakan Anda: urutan ke-{guess}.",
        (f"IPK {GUESS_YEAR} (0 = sangat korup, 100 = sangat bersih): {listed}.",
         (f"Tepat: Indonesia di urutan ke-{place} dari {len(scores)}." if guess == place else
          f"Indonesia di urutan ke-{place} dari {len(scores)}, bukan ke-{guess}.")))


def tebakan() -> Formulir:
    """The CPI explorer behind a committed guess: Indonesia's place among the five."""
    places = [(str(k), str(k)) for k in range(1, len(COUNTRIES) + 1)]
    return formulir.tebakan("bab8.tebakan", places, hasil_tebakan, explorer(GUESS_YEAR),
                            inline=True, tahun=GUESS_YEAR)


def skala_lama_figure() -> go.Figure:
    """CPI 1995–2011 on its own 0–10 axis (TI's old method)."""
    table = data.load("ipk_skala_lama")
    fig = go.Figure()
    for iso3, name in COUNTRIES.items():
        rows = table[table["iso3"] == iso3]
        fig.add_scatter(x=list(rows["tahun"]), y=list(rows["skor_0_10"]), name=name,
                        mode="lines+markers", line=line(iso3),
                        marker={"symbol": STYLE[iso3]["symbol"], "size": 6},
                        customdata=[gaya.esc(s) for s in rows["sumber"]],
                        hovertemplate=(f"<b>{name}</b> %{{x}}<br>skor %{{y}} dari 10"
                                       "<br><i>%{customdata}</i><extra></extra>"))
    start_layout(fig, "IPK metode lama 1995–2011 (skala 0–10) — tidak sebanding dengan 2012 "
                      "ke atas", height=440)
    fig.update_layout(yaxis={"range": [0, 10], "title": {"text": "skor (0–10)"}})
    return fig


def skala_lama() -> BookFigure:
    """The old-scale figure with its text version (every score of ``ipk_skala_lama.csv``)."""
    table = data.load("ipk_skala_lama")
    text = Table("IPK skala lama 0–10", ["Negara", "Tahun", "Skor 0–10"],
                 [[r["negara"], str(r["tahun"]), str(r["skor_0_10"]).replace(".", ",")]
                  for r in table.to_dict("records")])
    alt = ("Grafik garis skor IPK metode lama 1995–2011 pada skala 0–10 untuk lima negara, "
           "dipisahkan dari data 2012 ke atas karena metodenya berbeda.")
    return BookFigure(skala_lama_figure(), alt, text=text)


# ----------------------------------------------------------------- live widget
def widget(year: int | None = None, component: str = "egdi", projector: bool = False):
    """The chapter's live widget (CPI and EGDI together): :func:`wogbook.bab8.widget.widget`."""
    from . import widget as live

    return live.widget(year, component, projector)


#: Mode Kelas: the layout of :data:`wogbook.bab8.widget.PROJECTOR`
KELAS = {"projector": True}
