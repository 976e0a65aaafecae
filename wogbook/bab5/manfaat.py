"""The five benefits of e-government as cards; a click shows the Indonesian example.

* model – :func:`benefits` (the rows of ``manfaat_egov.csv``) and :func:`benefit_text`
  (what the detail pane says for one card);
* figure – :func:`figure`: one card per benefit, the whole card a click target;
* front-ends – :func:`explorer` (static book: cards, detail pane, text version) and
  :func:`widget` (live: the same cards and pane). The figure has no controls, so there
  is no state → update step.
"""
from __future__ import annotations

import plotly.graph_objects as go

from ..inti import data, gaya
from ..inti.gaya import INK, OKABE_ITO
from ..inti.tampil import BookFigure, table
from ..inti.widget import Live
from ._common import MODEBAR, WRAP, click_widget

#: The cards' colours, in turn (Okabe–Ito).
CARD_COLORS = tuple(OKABE_ITO[n] for n in ("oranye", "biru_langit", "hijau", "kuning", "ungu"))
DETAIL_START = "Klik sebuah kartu: contoh layanan Indonesia muncul di sini."


def benefits() -> list[dict]:
    """The benefits of ``manfaat_egov.csv``, in file order."""
    return data.load("manfaat_egov").to_dict("records")


def benefit_text(row: dict) -> str:
    """The detail-pane text of one benefit."""
    return f"Manfaat {row['no']}: {row['manfaat']}.\nContoh Indonesia: {row['contoh_indonesia']}"


def card_text(row: dict) -> str:
    """A card's label: the wrapped benefit with its number in bold."""
    lines = gaya.wrap_lines(f"{row['no']}. {row['manfaat']}", WRAP - 2)
    return "<br>".join(gaya.esc(x) for x in lines).replace(f"{row['no']}. ",
                                                             f"<b>{row['no']}.</b> ", 1)


def figure() -> go.Figure:
    """One card per benefit (a horizontal bar) with its text left-aligned on it."""
    rows = benefits()
    n = len(rows)
    card_lines = max(len(gaya.wrap_lines(f"{r['no']}. {r['manfaat']}", WRAP - 2)) for r in rows)
    fig = go.Figure()
    fig.add_bar(  # the cards: a whole card is a click target
        x=[1] * n, y=list(range(n)), orientation="h", width=0.92,
        marker={"color": [CARD_COLORS[i % len(CARD_COLORS)] for i in range(n)],
                "opacity": 0.45, "line": {"color": INK, "width": 1}},
        customdata=[gaya.esc(benefit_text(r)) for r in rows],
        hovertext=[f"Manfaat {r['no']}: klik untuk contoh Indonesia" for r in rows],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    fig.add_scatter(  # the card texts, left-aligned (bar texts would be centred)
        x=[0.025] * n, y=list(range(n)), mode="text", hoverinfo="skip", cliponaxis=False,
        text=[card_text(r) for r in rows],
        textposition="middle right", textfont={"size": 13, "color": INK},
    )
    card_px = 24 + 18 * card_lines
    fig.update_layout(
        height=int(card_px * n + 12), margin={"l": 4, "r": 4, "t": 6, "b": 6}, modebar=MODEBAR,
        showlegend=False, plot_bgcolor="white", font=gaya.font(), dragmode=False,
        hovermode="closest",
        xaxis={"visible": False, "fixedrange": True, "range": [0, 1]},
        yaxis={"visible": False, "fixedrange": True, "range": [n - 0.5, -0.5]},
    )
    return fig


def explorer() -> BookFigure:
    """The five benefit cards: click a card for its Indonesian example."""
    rows = benefits()
    text = table("manfaat_egov", {"no": "No.", "manfaat": "Manfaat (modul)",
                                  "contoh_indonesia": "Contoh di Indonesia"},
                 "Lima manfaat e-government dan contohnya di Indonesia")
    alt = (f"{len(rows)} kartu manfaat e-government menurut modul: "
           + "; ".join(f"{r['no']}. {r['manfaat']}" for r in rows)
           + ". Klik sebuah kartu untuk melihat contoh layanan di Indonesia di panel bawah.")
    return BookFigure(figure(), alt, text=text, detail=DETAIL_START)


def widget() -> Live:
    """Live version: the same cards; a click shows the example in the detail pane."""
    return click_widget(figure(), DETAIL_START)
