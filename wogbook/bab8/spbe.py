"""Indonesia's national SPBE index (scale 1–5): only the verified values.

* model – ``data/spbe.csv``;
* figure – :func:`figure` (bars with the 2025 national target line);
* front-end – :func:`explorer` (the static figure with its text version, :func:`tabel`).
"""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ..inti import data, gaya
from ..inti.tampil import BookFigure, Table
from ._common import start_layout

#: The national target for 2025 (drawn as a dashed line).
TARGET_2025 = 2.6


def _comma(x: float) -> str:
    return f"{x:.2f}".replace(".", ",")


def _predikat(value) -> str | None:
    """The rating, or ``None`` where ``spbe.csv`` leaves it empty (read as NaN)."""
    return None if value is None or pd.isna(value) else str(value)


def figure() -> go.Figure:
    table = data.load("spbe")
    fig = go.Figure()
    # each bar names how many agencies were assessed: the set grew, so the two values do
    # not compare the same agencies (the chapter says so before reading them)
    years = [f"{t}<br>({n} instansi)" for t, n in zip(table["tahun"], table["jumlah_instansi"])]
    fig.add_bar(x=years, y=list(table["indeks"]),
                marker_color=gaya.OKABE_ITO["biru"], text=[_comma(v) for v in table["indeks"]],
                textposition="outside", name="Indeks SPBE nasional",
                customdata=[[n, gaya.esc(s)]
                            for n, s in zip(table["jumlah_instansi"], table["sumber"])],
                hovertemplate=("Indeks SPBE: %{y}<br>%{customdata[0]} instansi dievaluasi"
                               "<br><i>%{customdata[1]}</i><extra></extra>"))
    start_layout(fig, "Indeks SPBE nasional (skala 1–5): hanya nilai yang terverifikasi",
                 height=380)
    target = gaya.angka(TARGET_2025)
    fig.update_layout(yaxis={"range": [0, 5], "title": {"text": "indeks (1–5)"}},
                      showlegend=False,
                      shapes=[{"type": "line", "xref": "paper", "x0": 0, "x1": 1,
                               "y0": TARGET_2025, "y1": TARGET_2025,
                               "line": {"dash": "dash", "color": gaya.OKABE_ITO["merah"]}}],
                      annotations=[{"xref": "paper", "x": 1, "y": TARGET_2025,
                                    "yanchor": "bottom", "xanchor": "right", "showarrow": False,
                                    "text": f"target nasional 2025: {target}"}])
    return fig


def tabel() -> Table:
    """Every row of ``spbe.csv``: year, index, rating, agencies evaluated, legal basis."""
    return Table("Indeks SPBE nasional", ["Tahun", "Indeks", "Predikat", "Instansi", "Dasar hukum"],
                 [[str(r["tahun"]), _comma(r["indeks"]), _predikat(r["predikat"]) or "–",
                   str(r["jumlah_instansi"]), r["dasar_hukum"]]
                  for r in data.load("spbe").to_dict("records")])


def explorer() -> BookFigure:
    """The SPBE bars as a book figure (no controls: two verified values)."""
    values = " dan ".join(
        f"{r['tahun']} = {_comma(r['indeks'])}"
        + (f", predikat {_predikat(r['predikat'])}" if _predikat(r["predikat"]) else "")
        + f" ({r['jumlah_instansi']} instansi)" for r in data.load("spbe").to_dict("records"))
    alt = (f"Diagram batang indeks SPBE nasional: {values}, dengan garis target "
           f"{gaya.angka(TARGET_2025)} untuk 2025.")
    return BookFigure(figure(), alt, text=tabel())
