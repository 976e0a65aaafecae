"""What the figures of chapter 8 share: the five countries, their styles, the indicator
model (:func:`series`) and the layout every chart starts from."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ..inti import data, gaya, kontrol
from ..inti.update import Update

#: Display names, in trace order (every figure of the chapter draws one trace per country);
#: the codes are those ``skema.COUNTRY_CODES`` allows in the indicator tables.
COUNTRIES = {"IDN": "Indonesia", "SGP": "Singapura", "MYS": "Malaysia", "THA": "Thailand",
             "KOR": "Korea Selatan"}

# Okabe–Ito colours plus a distinct dash and symbol per country: never colour alone.
STYLE = {
    "IDN": {"color": gaya.OKABE_ITO["merah"], "dash": "solid", "width": 4, "symbol": "circle"},
    "SGP": {"color": gaya.OKABE_ITO["biru"], "dash": "dot", "width": 2, "symbol": "square"},
    "MYS": {"color": gaya.OKABE_ITO["hijau"], "dash": "dash", "width": 2, "symbol": "diamond"},
    "THA": {"color": gaya.OKABE_ITO["oranye"], "dash": "longdash", "width": 2,
            "symbol": "triangle-up"},
    "KOR": {"color": gaya.OKABE_ITO["ungu"], "dash": "dashdot", "width": 2, "symbol": "x"},
}
#: The EGDI and its components (columns of ``egdi.csv``) with their menu labels.
COMPONENTS = {
    "egdi": "EGDI (indeks gabungan)",
    "osi": "OSI – layanan daring",
    "hci": "HCI – sumber daya manusia",
    "tii": "TII – infrastruktur telekomunikasi",
    "epi": "EPI – partisipasi elektronik",
    "peringkat": "Peringkat EGDI (1 = terbaik)",
}
FONT_SIZE, TITLE_SIZE = 13, 15


def num4(x) -> str:
    """An index value with four decimals and a decimal comma (``0,7991``)."""
    return f"{x:.4f}".replace(".", ",") if isinstance(x, float) else str(x)


def line(iso3: str) -> dict:
    st = STYLE[iso3]
    return {"color": st["color"], "dash": st["dash"], "width": st["width"]}


def check_country(iso3: str) -> str:
    if iso3 not in COUNTRIES:
        raise ValueError(f"Negara '{iso3}' tidak dikenal; pilihan: {', '.join(COUNTRIES)}.")
    return iso3


def series(indicator: str, iso3: str) -> pd.DataFrame:
    """Years, values and sources of one indicator for one country (missing values left out).

    ``indicator``: ``"ipk"`` (``ipk.csv``) or a key of :data:`COMPONENTS` (``egdi.csv``).
    """
    check_country(iso3)
    if indicator == "ipk":
        table, column = data.load("ipk"), "skor"
    elif indicator in COMPONENTS:
        table, column = data.load("egdi"), indicator
    else:
        raise ValueError(f"Indikator '{indicator}' tidak dikenal; pilihan: ipk, "
                         f"{', '.join(COMPONENTS)}.")
    rows = table[(table["iso3"] == iso3) & table[column].notna()]
    return rows[["tahun", column, "sumber"]].rename(columns={column: "nilai"}) \
        .reset_index(drop=True)


def start_layout(fig: go.Figure, title: str, height: int = 480) -> None:
    """The look every chart of the chapter starts from: legend below, fixed axes."""
    fig.update_layout(gaya.base_layout(
        height, top=80, bottom=40, left=50, right=12, title=title, showlegend=True,
        legend={"orientation": "h", "y": -0.15, "x": 0, "font": {"size": FONT_SIZE - 1}},
        hovermode="closest"))
    fig.update_layout(font=gaya.font(FONT_SIZE), title_font_size=TITLE_SIZE)
    fig.update_xaxes(gridcolor="#eeeeee", fixedrange=True)
    fig.update_yaxes(gridcolor="#eeeeee", fixedrange=True)


def visible_update(selected) -> Update:
    """Show only the country traces of ``selected`` (ISO3 codes); traces 0–4."""
    return Update({i: {"visible": code in selected} for i, code in enumerate(COUNTRIES)})


def year_slider(label: str, years: list[int], update, active: int, base: go.Figure) -> dict:
    """The chapter's year slider under a figure: one precomputed step per year."""
    return kontrol.slider(label, [(str(y), update(y)) for y in years], base,
                          active=years.index(active), y=-0.25, x=0.0, len=1.0, pad={"t": 10},
                          currentvalue={"prefix": f"{label}: ", "font": {"size": 14}})
