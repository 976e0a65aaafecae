"""The four anti-corruption functions of e-government and the Klitgaard factors they move.

* model – :func:`functions` (``fungsi_antikorupsi.csv``), :func:`factors`
  (``unsur_klitgaard.csv``: the three factors, their names, meanings and signs in
  M + D − A) and :func:`links` (``pengaruh_antikorupsi.csv``: which function weakens or
  strengthens which factor, and why). The links are this book's reasoning, not the
  module's; the schema checks that every link lowers the chance of corruption;
* texts – :func:`link_text`, :func:`function_text`, :func:`factor_text` (detail pane);
* figure – :func:`figure`: functions on top, factors below, one line per link;
* front-ends – :func:`explorer` (static book: click → detail pane, text version) and
  :func:`widget` (live: the same figure and pane). No controls, so no state → update.
"""
from __future__ import annotations

import plotly.graph_objects as go

from ..inti import data, gaya
from ..inti.gaya import INK, OKABE_ITO
from ..inti.tampil import BookFigure, Table
from ..inti.widget import Live
from ._common import MODEBAR, click_widget

#: How a link is drawn: its sign in the formula's terms and its line style.
EFFECT = {"melemahkan": ("−", "dot"), "menguatkan": ("+", "solid")}
FUNCTION_COLOR = OKABE_ITO["biru_langit"]
#: One colour per factor (the same as the corruption-formula explorer of chapter 4).
FACTOR_COLORS = {"monopoli": OKABE_ITO["oranye"], "diskresi": OKABE_ITO["merah"],
                 "akuntabilitas": OKABE_ITO["biru"]}
DETAIL_START = "Klik sebuah fungsi, unsur atau garis: penjelasannya muncul di sini."


# ------------------------------------------------------------------------ model
def functions() -> list[dict]:
    """The functions of ``fungsi_antikorupsi.csv``, in file order."""
    return data.load("fungsi_antikorupsi").to_dict("records")


def factors() -> dict[str, dict]:
    """The factors of ``unsur_klitgaard.csv`` by id, in file order."""
    return {r["unsur"]: r for r in data.load("unsur_klitgaard").to_dict("records")}


def links() -> list[dict]:
    """Every function–factor link in file order, with the function's name."""
    names = {r["no"]: r["fungsi"] for r in functions()}
    return [{**r, "fungsi": names[r["no"]]}
            for r in data.load("pengaruh_antikorupsi").to_dict("records")]


def _lower(factor: dict) -> str:
    return factor["nama"].lower()


def link_text(link: dict, factor: dict) -> str:
    """The detail-pane text of one link."""
    sign = EFFECT[link["pengaruh"]][0]
    return (f"{link['fungsi']} {link['pengaruh']} {_lower(factor)} ({sign}).\n"
            f"{link['alasan']}\n(Penalaran buku ini, bukan rumusan modul.)")


def function_text(row: dict) -> str:
    return f"Fungsi {row['no']}: {row['fungsi']}.\n{row['penjelasan']}\nContoh: {row['contoh']}"


def factor_text(factor: dict, ls: list[dict]) -> str:
    """The detail-pane text of one factor: its meaning, its role, the functions on it."""
    who = [f"{k['fungsi']} ({EFFECT[k['pengaruh']][0]})" for k in ls
           if k["unsur"] == factor["unsur"]]
    role = "mengurangi" if factor["tanda"] == "−" else "menambah"
    return (f"{factor['nama']}: {factor['penjelasan']}. Dalam rumus Klitgaard unsur ini {role} "
            f"peluang korupsi.\nDipengaruhi oleh: {', '.join(who) or '—'}.")


# ---------------------------------------------------------------------- figure
def figure() -> go.Figure:
    """Four functions (top) linked to Klitgaard's three factors (bottom).

    Trace order: one line per link, then the signs and click targets along the links,
    the functions and the factors."""
    rows, units, ls = functions(), factors(), links()
    n = len(rows)
    fx = {r["no"]: (i + 0.5) / n for i, r in enumerate(rows)}
    ux = {f: (j + 0.5) / len(units) for j, f in enumerate(units)}
    top, bottom = 1.0, 0.0
    fig = go.Figure()
    ts = (0.15, 0.3, 0.7, 0.85)  # click targets along each link, besides its sign marker
    for link in ls:
        fig.add_scatter(
            x=[fx[link["no"]], ux[link["unsur"]]], y=[top, bottom], mode="lines",
            hoverinfo="skip", line={"color": FACTOR_COLORS[link["unsur"]], "width": 3,
                                    "dash": EFFECT[link["pengaruh"]][1]},
        )
    # The sign of a link sits a little before or after its middle, so that crossing links
    # keep their signs apart.
    sign_t = [0.58 if ux[k["unsur"]] >= fx[k["no"]] else 0.42 for k in ls]
    where = [(k, s) for k, t in zip(ls, sign_t) for s in (t, *ts)]
    fig.add_scatter(  # the sign on each link, and points along it: click targets
        x=[fx[k["no"]] + (ux[k["unsur"]] - fx[k["no"]]) * s for k, s in where],
        y=[top + (bottom - top) * s for _, s in where],
        mode="markers+text",
        text=[f"<b>{EFFECT[k['pengaruh']][0]}</b>" if s not in ts else "" for k, s in where],
        textposition="middle center", textfont={"size": 15, "color": INK},
        marker={"size": [14 if s in ts else 24 for _, s in where],
                "color": ["rgba(0,0,0,0)" if s in ts else "white" for _, s in where],
                "line": {"width": [0 if s in ts else 2 for _, s in where],
                         "color": [FACTOR_COLORS[k["unsur"]] for k, _ in where]}},
        customdata=[gaya.esc(link_text(k, units[k["unsur"]])) for k, _ in where],
        hovertext=[gaya.esc(f"{k['fungsi']} {k['pengaruh']} {_lower(units[k['unsur']])}")
                   for k, _ in where],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    fig.add_scatter(
        x=[fx[r["no"]] for r in rows], y=[top] * n, mode="markers+text",
        marker={"size": 30, "color": FUNCTION_COLOR, "line": {"width": 2, "color": INK}},
        text=[f"<b>{r['no']}</b>" for r in rows], textposition="middle center",
        textfont={"size": 14, "color": INK},
        customdata=[gaya.esc(function_text(r)) for r in rows],
        hovertext=[gaya.esc(f"Fungsi {r['no']}, {r['fungsi']}: klik untuk penjelasan")
                   for r in rows],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    fig.add_scatter(
        x=[ux[f] for f in units], y=[bottom] * len(units), mode="markers",
        marker={"size": 30, "symbol": "square", "color": [FACTOR_COLORS[f] for f in units],
                "line": {"width": 2, "color": INK}},
        customdata=[gaya.esc(factor_text(u, ls)) for u in units.values()],
        hovertext=[gaya.esc(f"{u['nama']}: klik untuk penjelasan") for u in units.values()],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    annotations = [
        dict(x=fx[r["no"]], y=top, xref="x", yref="y", yshift=20, yanchor="bottom",
             text=gaya.wrap(r["fungsi"], 12), showarrow=False, font={"size": 12, "color": INK})
        for r in rows
    ] + [
        dict(x=ux[f], y=bottom, xref="x", yref="y", yshift=-20, yanchor="top",
             text=f"<b>{gaya.esc(u['nama'])}</b><br>({gaya.esc(u['tanda'])} dalam rumus)",
             showarrow=False,
             font={"size": 13, "color": INK})
        for f, u in units.items()
    ] + [
        dict(x=0, y=1, xref="paper", yref="paper", xanchor="left", yanchor="bottom",
             yshift=64, showarrow=False, align="left", font={"size": 13, "color": INK},
             text=("<b>Fungsi antikorupsi e-government</b> (atas)<br>"
                   "→ <b>unsur rumus Klitgaard</b> (bawah)")),
        dict(x=0, y=0, xref="paper", yref="paper", xanchor="left", yanchor="top",
             yshift=-56, showarrow=False, align="left", font={"size": 12, "color": "#333333"},
             text="(−) titik-titik: melemahkan unsur<br>(+) garis utuh: menguatkan unsur"),
    ]
    fig.update_layout(
        height=460, margin={"l": 4, "r": 4, "t": 110, "b": 96}, modebar=MODEBAR,
        showlegend=False, plot_bgcolor="white", font=gaya.font(), hovermode="closest",
        hoverdistance=20, dragmode=False,
        xaxis={"visible": False, "fixedrange": True, "range": [0, 1]},
        yaxis={"visible": False, "fixedrange": True, "range": [-0.12, 1.12]},
        annotations=annotations,
    )
    return fig


# ------------------------------------------------------------------ front-ends
def text_version() -> Table:
    units = factors()
    return Table(
        "Fungsi antikorupsi e-government dan unsur rumus Klitgaard yang dipengaruhinya "
        "(penalaran buku ini)", ["Fungsi", "Unsur", "Pengaruh", "Alasan"],
        [[f"{k['no']}. {k['fungsi']}", units[k["unsur"]]["nama"], k["pengaruh"], k["alasan"]]
         for k in links()])


def explorer() -> BookFigure:
    """The static figure: click a function, a factor or a link for its explanation."""
    units = factors()
    alt = ("Diagram hubungan: empat fungsi antikorupsi e-government (atas) dihubungkan ke tiga "
           "unsur rumus Klitgaard (bawah). " + "; ".join(
               f"{k['fungsi']} {k['pengaruh']} {_lower(units[k['unsur']])}" for k in links())
           + ". Hubungan ini penalaran buku ini, bukan rumusan modul. Klik fungsi, unsur atau "
           "garis untuk penjelasan.")
    return BookFigure(figure(), alt, text=text_version(), detail=DETAIL_START)


def widget() -> Live:
    """Live version: the same figure; a click shows the explanation in the detail pane."""
    return click_widget(figure(), DETAIL_START)
