"""Indonesia and its neighbours in real data: CPI, EGDI and the SPBE index.

* model – validated tables from ``data/`` and :func:`series` / :func:`values_in`
  (unknown country, indicator or year -> ValueError in Indonesian);
* figures – :func:`cpi_figure`, :func:`egdi_figure`, :func:`scatter_figure`,
  :func:`old_cpi_figure`, :func:`spbe_figure`; every change goes through an
  ``*_updates`` function;
* front-ends – ``*_explorer()`` (plotly sliders/menus, precomputed from the
  model, work offline) and :func:`widget` (ipywidgets).

The 0–10 CPI scores before 2012 come from a different method: they live in their
own table and their own figure, never on the 0–100 axis.
"""
from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from . import data
from .tabel import Table
from .tampil import BookFigure, apply_updates

COUNTRIES = {"IDN": "Indonesia", "SGP": "Singapura", "MYS": "Malaysia", "THA": "Thailand",
             "KOR": "Korea Selatan"}
# Okabe–Ito colours plus a distinct dash per country: never colour alone.
STYLE = {
    "IDN": {"color": "#D55E00", "dash": "solid", "width": 4, "symbol": "circle"},
    "SGP": {"color": "#0072B2", "dash": "dot", "width": 2, "symbol": "square"},
    "MYS": {"color": "#009E73", "dash": "dash", "width": 2, "symbol": "diamond"},
    "THA": {"color": "#E69F00", "dash": "longdash", "width": 2, "symbol": "triangle-up"},
    "KOR": {"color": "#CC79A7", "dash": "dashdot", "width": 2, "symbol": "x"},
}
COMPONENTS = {
    "egdi": "EGDI (indeks gabungan)",
    "osi": "OSI – layanan daring",
    "hci": "HCI – sumber daya manusia",
    "tii": "TII – infrastruktur telekomunikasi",
    "epi": "EPI – partisipasi elektronik",
    "peringkat": "Peringkat EGDI (1 = terbaik)",
}
FONT = {"size": 13, "family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"}


def _num(x: float) -> str:
    return f"{x:.4f}".replace(".", ",") if isinstance(x, float) else str(x)


# ----------------------------------------------------------------- model layer
def cpi(data_dir=None) -> pd.DataFrame:
    return data.load("ipk", data_dir)


def egdi(data_dir=None) -> pd.DataFrame:
    return data.load("egdi", data_dir)


def _check_country(iso3: str) -> str:
    if iso3 not in COUNTRIES:
        raise ValueError(f"Negara '{iso3}' tidak dikenal; pilihan: {', '.join(COUNTRIES)}.")
    return iso3


def series(indicator: str, iso3: str, data_dir=None) -> pd.DataFrame:
    """Years and values of one indicator for one country (missing values are left out).

    ``indicator``: ``"ipk"`` or a key of :data:`COMPONENTS`.
    """
    _check_country(iso3)
    if indicator == "ipk":
        table, column = cpi(data_dir), "skor"
    elif indicator in COMPONENTS:
        table, column = egdi(data_dir), indicator
    else:
        raise ValueError(f"Indikator '{indicator}' tidak dikenal; pilihan: ipk, "
                         f"{', '.join(COMPONENTS)}.")
    rows = table[(table["iso3"] == iso3) & table[column].notna()]
    return rows[["tahun", column, "sumber"]].rename(columns={column: "nilai"}).reset_index(drop=True)


def cpi_years(data_dir=None) -> list[int]:
    return sorted(set(cpi(data_dir)["tahun"]))


def values_in(year: int, data_dir=None) -> dict[str, tuple[int, int | None]]:
    """CPI score and rank of every country in ``year``."""
    years = cpi_years(data_dir)
    if isinstance(year, bool) or not isinstance(year, int) or year not in years:
        raise ValueError(f"Tahun IPK {year!r} tidak tersedia; pilihan: {years[0]}–{years[-1]} "
                         "(skor sebelum 2012 memakai skala 0–10 yang lain, lihat gambar terpisah).")
    rows = cpi(data_dir)
    rows = rows[rows["tahun"] == year]
    return {r["iso3"]: (int(r["skor"]), None if pd.isna(r["peringkat"]) else int(r["peringkat"]))
            for r in rows.to_dict("records")}


def pairs(data_dir=None) -> pd.DataFrame:
    """EGDI and CPI of the same country and year (survey years where both exist)."""
    e = egdi(data_dir)[["iso3", "tahun", "egdi", "peringkat"]].dropna(subset=["egdi"])
    c = cpi(data_dir)[["iso3", "tahun", "skor"]]
    return e.merge(c, on=["iso3", "tahun"]).sort_values(["tahun", "iso3"]).reset_index(drop=True)


# ------------------------------------------------------------------------- CPI
def _base_layout(fig: go.Figure, title: str, height: int = 480) -> None:
    fig.update_layout(
        height=height, font=FONT, plot_bgcolor="white", separators=",.",
        margin={"l": 50, "r": 12, "t": 80, "b": 40},
        title={"text": title, "x": 0.01, "font": {"size": 15}},
        legend={"orientation": "h", "y": -0.15, "x": 0, "font": {"size": 12}},
        hovermode="closest",
    )
    fig.update_xaxes(gridcolor="#eeeeee", fixedrange=True)
    fig.update_yaxes(gridcolor="#eeeeee", fixedrange=True)


def cpi_updates(year: int, data_dir=None):
    """Restyle of the 'selected year' marker trace and relayout of title and year line."""
    vals = values_in(year, data_dir)
    codes = [c for c in COUNTRIES if c in vals]
    idn_score, idn_rank = vals["IDN"]
    rank = f", peringkat {idn_rank}" if idn_rank is not None else ""
    restyle = {"x": [[year] * len(codes)], "y": [[vals[c][0] for c in codes]],
               "text": [[str(vals[c][0]) for c in codes]]}
    relayout = {"shapes[0].x0": year, "shapes[0].x1": year,
                "title.text": f"IPK {year}: Indonesia {idn_score}{rank}"}
    return [(restyle, [len(COUNTRIES)])], relayout


def cpi_figure(year: int = 2024, data_dir=None) -> go.Figure:
    table = cpi(data_dir)
    fig = go.Figure()
    for iso3, name in COUNTRIES.items():
        rows = table[table["iso3"] == iso3]
        st = STYLE[iso3]
        fig.add_scatter(
            x=list(rows["tahun"]), y=list(rows["skor"]), name=name, mode="lines+markers",
            line={"color": st["color"], "dash": st["dash"], "width": st["width"]},
            marker={"symbol": st["symbol"], "size": 7},
            customdata=[[("–" if pd.isna(r) else int(r)), s]
                        for r, s in zip(rows["peringkat"], rows["sumber"])],
            hovertemplate=(f"<b>{name}</b> %{{x}}<br>IPK %{{y}} dari 100<br>"
                           "peringkat %{customdata[0]}<br><i>%{customdata[1]}</i><extra></extra>"),
        )
    fig.add_scatter(x=[], y=[], mode="markers+text", name="Tahun terpilih", showlegend=False,
                    textposition="middle right", textfont={"size": 12},
                    marker={"size": 12, "color": "rgba(0,0,0,0)", "line": {"width": 2, "color": "#222"}},
                    hoverinfo="skip")
    _base_layout(fig, "")
    fig.update_layout(
        shapes=[{"type": "line", "xref": "x", "yref": "paper", "x0": year, "x1": year,
                 "y0": 0, "y1": 1, "line": {"color": "#555", "width": 1, "dash": "dot"}}],
        yaxis={"range": [0, 100], "title": {"text": "IPK (0 korup – 100 bersih)"}},
        xaxis={"dtick": 2, "range": [2011.5, 2025.5]},
    )
    apply_updates(fig, *cpi_updates(year, data_dir))
    return fig


def _update_steps(keys, updates, data_dir=None) -> list[dict]:
    """One plotly 'update' step (slider step or menu button) per key, from ``updates``."""
    steps = []
    for key in keys:
        ((restyle, traces),), relayout = updates(key, data_dir)
        steps.append({"label": str(key), "method": "update", "args": [restyle, relayout, traces]})
    return steps


def _year_slider(years, steps, active, prefix="Tahun: ") -> dict:
    return {"active": active, "steps": steps, "x": 0.0, "len": 1.0, "y": -0.25,
            "yanchor": "top", "pad": {"t": 10},
            "currentvalue": {"prefix": prefix, "font": {"size": 14}}, "font": {"size": 11}}


def cpi_explorer(year: int = 2024, data_dir=None) -> BookFigure:
    fig = cpi_figure(year, data_dir)
    years = cpi_years(data_dir)
    steps = _update_steps(years, cpi_updates, data_dir)
    fig.update_layout(sliders=[_year_slider(years, steps, years.index(year))], height=560,
                      margin={"b": 150}, legend={"y": -0.55})
    table = cpi(data_dir)
    text = Table("IPK (CPI) 2012–2024, skala 0–100",
                 ["Tahun"] + list(COUNTRIES.values()),
                 [[str(y)] + [str(table[(table.iso3 == c) & (table.tahun == y)]["skor"].iloc[0])
                              if len(table[(table.iso3 == c) & (table.tahun == y)]) else "–"
                              for c in COUNTRIES] for y in years])
    alt = ("Grafik garis Indeks Persepsi Korupsi 2012–2024 untuk Indonesia, Singapura, Malaysia, "
           "Thailand dan Korea Selatan (0–100). Penggeser tahun menandai nilai tiap negara; "
           "klik nama negara di legenda untuk menyembunyikan atau menampilkannya.")
    return BookFigure(fig, alt, text=text)


# ------------------------------------------------------------------------ EGDI
def egdi_updates(component: str, data_dir=None):
    if component not in COMPONENTS:
        raise ValueError(f"Komponen '{component}' tidak dikenal; pilihan: {', '.join(COMPONENTS)}.")
    xs, ys, sources = [], [], []
    for iso3 in COUNTRIES:
        s = series(component, iso3, data_dir)
        xs.append(list(s["tahun"]))
        ys.append([int(v) if component == "peringkat" else float(v) for v in s["nilai"]])
        sources.append(list(s["sumber"]))
    restyle = {"x": xs, "y": ys, "customdata": sources}
    if component == "peringkat":
        axis = {"yaxis.range": [130, 0], "yaxis.title.text": COMPONENTS[component]}
    else:
        axis = {"yaxis.range": [0, 1.02], "yaxis.title.text": f"{COMPONENTS[component]} (0–1)"}
    relayout = {"title.text": f"{COMPONENTS[component]}, survei PBB 2010–2024", **axis}
    return [(restyle, list(range(len(COUNTRIES))))], relayout


def egdi_figure(component: str = "egdi", data_dir=None) -> go.Figure:
    fig = go.Figure()
    for iso3, name in COUNTRIES.items():
        st = STYLE[iso3]
        fig.add_scatter(x=[], y=[], name=name, mode="lines+markers", connectgaps=True,
                        line={"color": st["color"], "dash": st["dash"], "width": st["width"]},
                        marker={"symbol": st["symbol"], "size": 7},
                        hovertemplate=(f"<b>{name}</b> survei %{{x}}<br>nilai %{{y}}"
                                       "<br><i>%{customdata}</i><extra></extra>"))
    _base_layout(fig, "")
    fig.update_layout(xaxis={"tickvals": [2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024]})
    apply_updates(fig, *egdi_updates(component, data_dir))
    return fig


def egdi_explorer(component: str = "egdi", data_dir=None) -> BookFigure:
    fig = egdi_figure(component, data_dir)
    buttons = _update_steps(list(COMPONENTS), egdi_updates, data_dir)
    for button, label in zip(buttons, COMPONENTS.values()):
        button["label"] = label
    fig.update_layout(updatemenus=[{"type": "dropdown", "buttons": buttons,
                                    "active": list(COMPONENTS).index(component),
                                    "x": 0, "xanchor": "left", "y": 1.0, "yanchor": "bottom",
                                    "pad": {"b": 6}}],
                      margin={"t": 110}, title={"y": 0.97, "yanchor": "top", "yref": "container"})
    table = egdi(data_dir)
    rows = [[r["negara"], str(r["tahun"]), str(r["peringkat"])] +
            [("–" if r[c] is None or (isinstance(r[c], float) and math.isnan(r[c])) else _num(r[c]))
             for c in ("egdi", "osi", "hci", "tii", "epi")] + [r["sumber"]]
            for r in table.to_dict("records")]
    text = Table("EGDI dan komponennya (UN DESA)", ["Negara", "Survei", "Peringkat", "EGDI", "OSI",
                                                     "HCI", "TII", "EPI", "Sumber"], rows)
    alt = ("Grafik garis EGDI PBB 2010–2024 untuk lima negara; menu di kiri atas mengganti "
           "komponen (OSI, HCI, TII, EPI) atau peringkat. Survei 2020 hanya tersedia sebagian.")
    return BookFigure(fig, alt, text=text)


# --------------------------------------------------------------------- scatter
def scatter_updates(year: int, data_dir=None):
    p = pairs(data_dir)
    years = sorted(set(p["tahun"]))
    if year not in years:
        raise ValueError(f"Tahun {year!r} tidak punya pasangan EGDI–IPK; pilihan: "
                         f"{', '.join(map(str, years))}.")
    now = p[p["tahun"] == year]
    restyle = {"x": [list(now["egdi"])], "y": [list(now["skor"])],
               "text": [[COUNTRIES[c] for c in now["iso3"]]],
               "marker.color": [[STYLE[c]["color"] for c in now["iso3"]]],
               "marker.symbol": [[STYLE[c]["symbol"] for c in now["iso3"]]],
               "textposition": [["top left" if x > 0.85 else "top center" for x in now["egdi"]]]}
    return [(restyle, [len(COUNTRIES)])], {"title.text": f"EGDI dan IPK, tahun survei {year}"}


def scatter_figure(year: int = 2024, data_dir=None) -> go.Figure:
    p = pairs(data_dir)
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
                    textposition="top center", marker={"size": 14, "line": {"width": 1, "color": "#222"}},
                    hovertemplate="<b>%{text}</b><br>EGDI %{x:.4f}<br>IPK %{y}<extra></extra>")
    _base_layout(fig, "", height=520)
    fig.update_layout(xaxis={"range": [0.35, 1.0], "title": {"text": "EGDI (0–1)"}},
                      yaxis={"range": [20, 95], "title": {"text": "IPK (0–100)"}})
    apply_updates(fig, *scatter_updates(year, data_dir))
    return fig


def scatter_explorer(year: int = 2024, data_dir=None) -> BookFigure:
    fig = scatter_figure(year, data_dir)
    years = sorted(set(pairs(data_dir)["tahun"]))
    steps = _update_steps(years, scatter_updates, data_dir)
    fig.update_layout(sliders=[_year_slider(years, steps, years.index(year), "Tahun survei: ")],
                      height=600, margin={"b": 160}, legend={"y": -0.5})
    p = pairs(data_dir)
    text = Table("Pasangan EGDI dan IPK per negara dan tahun", ["Negara", "Tahun", "EGDI", "IPK"],
                 [[COUNTRIES[r["iso3"]], str(r["tahun"]), _num(r["egdi"]), str(r["skor"])]
                  for r in p.to_dict("records")])
    alt = ("Diagram pencar EGDI (sumbu mendatar) terhadap IPK (sumbu tegak) untuk lima negara; "
           "jejak tipis menunjukkan semua tahun, penggeser memilih tahun survei yang disorot.")
    return BookFigure(fig, alt, text=text)


# ----------------------------------------------------------- old CPI and SPBE
def old_cpi_figure(data_dir=None) -> BookFigure:
    table = data.load("ipk_skala_lama", data_dir)
    fig = go.Figure()
    for iso3, name in COUNTRIES.items():
        rows = table[table["iso3"] == iso3]
        st = STYLE[iso3]
        fig.add_scatter(x=list(rows["tahun"]), y=list(rows["skor_0_10"]), name=name,
                        mode="lines+markers", line={"color": st["color"], "dash": st["dash"],
                                                    "width": st["width"]},
                        marker={"symbol": st["symbol"], "size": 6},
                        hovertemplate=f"<b>{name}</b> %{{x}}<br>skor %{{y}} dari 10<extra></extra>")
    _base_layout(fig, "IPK metode lama 1995–2011 (skala 0–10) — tidak sebanding dengan 2012 ke atas",
                 height=440)
    fig.update_layout(yaxis={"range": [0, 10], "title": {"text": "skor (0–10)"}})
    text = Table("IPK skala lama 0–10", ["Negara", "Tahun", "Skor 0–10"],
                 [[r["negara"], str(r["tahun"]), str(r["skor_0_10"]).replace(".", ",")]
                  for r in table.to_dict("records")])
    alt = ("Grafik garis skor IPK metode lama 1995–2011 pada skala 0–10 untuk lima negara, "
           "dipisahkan dari data 2012 ke atas karena metodenya berbeda.")
    return BookFigure(fig, alt, text=text)


def spbe_figure(data_dir=None) -> BookFigure:
    table = data.load("spbe", data_dir)
    fig = go.Figure()
    fig.add_bar(x=[str(t) for t in table["tahun"]], y=list(table["indeks"]),
                marker_color="#0072B2", text=[f"{v:.2f}".replace(".", ",") for v in table["indeks"]],
                textposition="outside", name="Indeks SPBE nasional",
                customdata=[[n, s] for n, s in zip(table["jumlah_instansi"], table["sumber"])],
                hovertemplate=("Indeks SPBE %{x}: %{y}<br>%{customdata[0]} instansi dievaluasi"
                               "<br><i>%{customdata[1]}</i><extra></extra>"))
    _base_layout(fig, "Indeks SPBE nasional (skala 1–5): hanya nilai yang terverifikasi", height=380)
    fig.update_layout(yaxis={"range": [0, 5], "title": {"text": "indeks (1–5)"}}, showlegend=False,
                      shapes=[{"type": "line", "xref": "paper", "x0": 0, "x1": 1, "y0": 2.6,
                               "y1": 2.6, "line": {"dash": "dash", "color": "#D55E00"}}],
                      annotations=[{"xref": "paper", "x": 1, "y": 2.6, "yanchor": "bottom",
                                    "xanchor": "right", "showarrow": False,
                                    "text": "target nasional 2025: 2,6"}])
    text = tabel_spbe(table)
    alt = ("Diagram batang indeks SPBE nasional: 2021 = 2,24 (517 instansi) dan 2023 = 2,79, "
           "predikat Baik (621 instansi), dengan garis target 2,6 untuk 2025.")
    return BookFigure(fig, alt, text=text)


def tabel_spbe(table: pd.DataFrame) -> Table:
    return Table("Indeks SPBE nasional", ["Tahun", "Indeks", "Predikat", "Instansi", "Dasar hukum"],
                 [[str(r["tahun"]), f"{r['indeks']:.2f}".replace(".", ","), r["predikat"] or "–",
                   str(r["jumlah_instansi"]), r["dasar_hukum"]] for r in table.to_dict("records")])


# ----------------------------------------------------------------- live widget
def widget():
    """Live: choose countries, the EGDI component and the CPI year."""
    import ipywidgets as w

    cpi_fig = go.FigureWidget(cpi_figure())
    egdi_fig = go.FigureWidget(egdi_figure())
    countries = w.SelectMultiple(options=[(n, c) for c, n in COUNTRIES.items()],
                                 value=tuple(COUNTRIES), description="Negara", rows=5)
    years = cpi_years()
    year = w.IntSlider(value=years[-1], min=years[0], max=years[-1], description="Tahun IPK",
                       continuous_update=True, layout=w.Layout(width="100%"))
    component = w.Dropdown(options=[(v, k) for k, v in COMPONENTS.items()], value="egdi",
                           description="Komponen")

    def show_countries(_=None):
        for fig in (cpi_fig, egdi_fig):
            with fig.batch_update():
                for trace, code in zip(fig.data, COUNTRIES):
                    trace.visible = code in countries.value

    year.observe(lambda ch: apply_updates(cpi_fig, *cpi_updates(ch["new"])), names="value")
    component.observe(lambda ch: apply_updates(egdi_fig, *egdi_updates(ch["new"])),
                      names="value")
    countries.observe(show_countries, names="value")
    box = w.VBox([countries, year, cpi_fig, component, egdi_fig])
    box.cpi_figure, box.egdi_figure = cpi_fig, egdi_fig
    box.year, box.component, box.countries = year, component, countries
    return box
