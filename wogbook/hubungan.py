"""E-government in chapter 5: the four relation models and the chapter's other figures.

The relation-model explorer has three layers, like :mod:`wogbook.korupsi`:

* model – :func:`content` loads ``model_hubungan.csv`` and ``aplikasi_hubungan.csv``;
  :func:`check_relasi` and :func:`check_asal` validate a choice (Indonesian
  ``ValueError`` naming the value and what is allowed); :func:`applications`,
  :func:`relation_text` and :func:`app_text` give what a reader sees;
* figure – :func:`figure` draws "Pemerintah" in the middle and Rakyat, Bisnis,
  Pemerintah lain and ASN around it, plus the chosen relation's description and
  applications. Every change goes through :func:`relation_update` (which relation
  is highlighted) and :func:`source_update` (module examples, current systems or
  both); :func:`updates` and :func:`apply` combine them;
* front-ends – :func:`explorer` (static book: plotly buttons whose arguments
  are exactly those updates, click -> detail pane, text version) and
  :func:`widget` (ipywidgets dropdown + toggle + detail HTML, live).

The chapter's other figures: :func:`manfaat` (five benefit cards, click for the
Indonesian example), :func:`fungsi` (four anti-corruption functions linked to
the three factors of Klitgaard's heuristic; the links are this book's reasoning,
not the module's) and the classification exercise :func:`latihan` (static:
guess, then click or reveal) / :func:`latihan_widget` (live, one item at a
time in a fixed random order).
"""
from __future__ import annotations

import html
import random
import textwrap
from dataclasses import dataclass

import plotly.graph_objects as go

from . import data, tabel
from .korupsi import COLORS as FACTOR_COLORS
from .korupsi import FACTORS, HINTS, LABELS
from .tampil import BookFigure, batch

SEMUA = "semua"
RELASI = ("P-R", "P-B", "P-P", "P-A")
PILIHAN_RELASI = (SEMUA, *RELASI)
ASAL = ("semua", "modul", "terkini")
ASAL_LABEL = {"semua": "Modul + terkini", "modul": "Contoh modul", "terkini": "Contoh terkini"}
#: Shorter labels for the explorer's buttons (both rows must fit a 390 px phone).
BUTTON_LABEL = {"semua": "Modul + terkini", "modul": "Modul", "terkini": "Terkini"}
GLOBAL = {"P-R": "G2C", "P-B": "G2B", "P-P": "G2G", "P-A": "G2E"}
PIHAK = {"P-R": "Rakyat", "P-B": "Bisnis", "P-P": "Pemerintah lain", "P-A": "ASN"}
#: Okabe–Ito colours, one per relation (safe for the common kinds of colour blindness).
COLORS = {"P-R": "#E69F00", "P-B": "#0072B2", "P-P": "#009E73", "P-A": "#CC79A7"}
MUTED = "#d0d0d0"
INK = "#1a1a1a"
FONT = {"size": 14, "family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"}
#: Where the partners sit around "Pemerintah" (0, 0).
POS = {"P-R": (-1.0, 1.0), "P-B": (1.0, 1.0), "P-P": (1.0, -1.0), "P-A": (-1.0, -1.0)}
SYMBOL = {"modul": "circle", "terkini": "diamond"}
HEADER = {"modul": "● Contoh modul (Tabel 5.1)", "terkini": "◆ Contoh terkini"}
HIDDEN = {"modul": "● Contoh modul: disembunyikan",
          "terkini": "◆ Contoh terkini: disembunyikan"}
#: The figures cannot be zoomed or panned: remove those mode-bar buttons, which on a phone
#: would also cover the buttons at the top of a figure.
MODEBAR = {"remove": ["zoom", "pan", "select", "lasso", "zoomin", "zoomout", "autoscale",
                      "resetscale", "toimage", "sendChartToCloud"]}
#: Characters per line of wrapped text inside figures: fits a 390 px phone even with a wide
#: font (DejaVu Sans at 13 px is about 7.5 px per character).
WRAP = 40
#: Who the government deals with in each relation, as said in a sentence.
DENGAN = {"P-R": "rakyat", "P-B": "dunia bisnis", "P-P": "pemerintah lain", "P-A": "ASN"}
DETAIL_START = "Klik sebuah garis, simpul atau nama aplikasi: penjelasannya muncul di sini."


# ------------------------------------------------------------------------ model
@dataclass(frozen=True)
class Content:
    """The validated tables of the relation models."""

    models: dict  # kode -> row of model_hubungan.csv
    apps: tuple  # rows of aplikasi_hubungan.csv, in file order


def content(data_dir=None) -> Content:
    """Load and validate ``model_hubungan.csv`` and ``aplikasi_hubungan.csv``."""
    models = {r["kode"]: r for r in data.load("model_hubungan", data_dir).to_dict("records")}
    apps = tuple(data.load("aplikasi_hubungan", data_dir).to_dict("records"))
    return Content(models, apps)


def check_relasi(kode) -> str:
    """``kode`` if it is 'semua' or one of the four relation codes, else ValueError."""
    if kode not in PILIHAN_RELASI:
        raise ValueError(f"Kode hubungan '{kode}' tidak dikenal; pilihan: "
                         f"{', '.join(PILIHAN_RELASI)}.")
    return kode


def check_asal(asal) -> str:
    """``asal`` if it is a known source filter, else ValueError."""
    if asal not in ASAL:
        raise ValueError(f"Penyaring contoh '{asal}' tidak dikenal; pilihan: {', '.join(ASAL)}.")
    return asal


def applications(c: Content, kode: str = SEMUA, asal: str = "semua") -> list[dict]:
    """The applications of relation ``kode`` ('semua' = all) from source ``asal``, file order."""
    check_relasi(kode)
    check_asal(asal)
    return [a for a in c.apps
            if kode in (SEMUA, a["kode"]) and asal in ("semua", a["asal"])]


def relation_title(c: Content, kode: str) -> str:
    """'P-R · Pemerintah – Rakyat (G2C)', or the explorer's title for 'semua'."""
    check_relasi(kode)
    if kode == SEMUA:
        return "Empat model hubungan e-government"
    return f"{kode} · {c.models[kode]['jenis_hubungan']}"


def relation_text(c: Content, kode: str) -> str:
    """The detail-pane text of a relation: description and every application, source marked."""
    check_relasi(kode)
    if kode == SEMUA:
        return overview_text(c)
    lines = [relation_title(c, kode), _sentence(c.models[kode]["deskripsi"])]
    for asal in ("modul", "terkini"):
        names = [a["aplikasi"] for a in applications(c, kode, asal)]
        lines.append(f"{HEADER[asal][2:]}: " + ("; ".join(names) if names else "belum ada") + ".")
    return "\n".join(lines)


def overview_text(c: Content) -> str:
    """The detail-pane text of the centre node: the four relations in one breath."""
    parts = [f"{k} ({GLOBAL[k]}) dengan {DENGAN[k]}" for k in RELASI]
    return ("Pemerintah di tengah jejaring e-government, dengan empat model hubungan: "
            + "; ".join(parts) + ".\nKlik garis atau simpul lain untuk rincian tiap hubungan.")


def app_text(c: Content, app: dict) -> str:
    """The detail-pane text of one application."""
    source = "contoh modul (Tabel 5.1)" if app["asal"] == "modul" else "contoh terkini"
    return (f"{app['aplikasi']}\n{relation_title(c, app['kode'])}, {source}.\n"
            f"{app['keterangan']}\nSumber: {_sentence(app['sumber'])}")


# ----------------------------------------------------------------- text helpers
def _sentence(text: str) -> str:
    """``text`` ending with exactly one full stop."""
    return str(text).rstrip().rstrip(".") + "."


def _esc(text: str) -> str:
    return html.escape(str(text), quote=False)


def wrap(text: str, width: int = WRAP) -> list[str]:
    """Lines of at most ``width`` characters (long words are not broken)."""
    return textwrap.wrap(str(text), width, break_long_words=False, break_on_hyphens=False) or [""]


def _br(text: str, width: int = WRAP) -> str:
    return "<br>".join(_esc(line) for line in wrap(text, width))


# ---------------------------------------------------------------- figure layer
NETWORK_PX = 340
LIST_PX_PER_LINE = 19
MARGIN = {"l": 8, "r": 8, "t": 92, "b": 8}
GAP_PX = 16
# Trace order of :func:`figure`: the network traces are static (hover and click targets);
# only the two application lists change, so their keys are the only ones restyled.
EDGE_TRACE, LABEL_TRACE, PEER_TRACE, CENTRE_TRACE = 0, 1, 2, 3
APP_TRACE = {"modul": 4, "terkini": 5}
# Annotation order of :func:`figure`.
ANN_TITLE, ANN_DESC, ANN_HEAD = 0, 1, {"modul": 2, "terkini": 3}
# Shape order of :func:`figure`: edge lines, edge-label circles, partner circles.
SHAPE_EDGE = {k: i for i, k in enumerate(RELASI)}
SHAPE_LABEL = {k: 4 + i for i, k in enumerate(RELASI)}
SHAPE_PEER = {k: 8 + i for i, k in enumerate(RELASI)}
LABEL_R, PEER_R, PEER_R_CHOSEN = 23, 18, 24
LABEL_T = 0.56  # where the relation label sits on its edge (0 centre … 1 partner)


def _list_layout(c: Content, kode: str) -> dict:
    """Texts and positions (in lines, 0 at the top) of the list under the network."""
    check_relasi(kode)
    if kode == SEMUA:
        desc = ("Pilih tombol P-R, P-B, P-P atau P-A, atau klik garis dan simpul, untuk melihat "
                "deskripsi dan aplikasi setiap hubungan.")
    else:
        desc = _sentence(c.models[kode]["deskripsi"])
    desc_lines = wrap(desc)
    y = 1.25
    out = {"title": relation_title(c, kode), "desc": "<br>".join(_esc(x) for x in desc_lines),
           "desc_y": y}
    y += len(desc_lines) + 0.5
    for asal in ("modul", "terkini"):
        out[f"head_{asal}"] = y
        y += 1.6
        points = {"x": [], "y": [], "text": [], "customdata": [], "marker.color": []}
        if kode == SEMUA:
            for k in RELASI:
                n = len(applications(c, k, asal))
                points["y"].append(-y)
                points["text"].append(f"{k} ({GLOBAL[k]}): {n} aplikasi")
                points["customdata"].append(relation_text(c, k))
                points["marker.color"].append(COLORS[k])
                y += 1.0
        else:
            for a in applications(c, kode, asal):
                lines = wrap(a["aplikasi"], WRAP - 3)
                points["y"].append(-(y + (len(lines) - 1) / 2))
                points["text"].append("<br>".join(_esc(x) for x in lines))
                points["customdata"].append(app_text(c, a))
                points["marker.color"].append(COLORS[kode])
                y += len(lines) + 0.25
        points["x"] = [0.02] * len(points["y"])
        out[asal] = points
        y += 0.35
    out["lines"] = y
    return out


def list_lines(c: Content) -> float:
    """The tallest list of all relations, in lines (so the figure height is fixed)."""
    return max(_list_layout(c, k)["lines"] for k in PILIHAN_RELASI)


def relation_update(c: Content, kode: str) -> tuple[dict, dict, list[int]]:
    """The ``update`` arguments (restyle, relayout, traces) that show relation ``kode``.

    The restyle sets the same keys on both application traces (so nothing is reset by a
    null); the relayout recolours the network's shapes and rewrites the list's texts."""
    lay = _list_layout(c, kode)
    restyle = {key: [lay["modul"][key], lay["terkini"][key]] for key in sorted(lay["modul"])}
    relayout = {
        f"annotations[{ANN_TITLE}].text": f"<b>{_esc(lay['title'])}</b>",
        f"annotations[{ANN_DESC}].text": lay["desc"],
        f"annotations[{ANN_DESC}].y": -lay["desc_y"],
        f"annotations[{ANN_HEAD['modul']}].y": -lay["head_modul"],
        f"annotations[{ANN_HEAD['terkini']}].y": -lay["head_terkini"],
    }
    for k in RELASI:
        on, chosen = kode in (SEMUA, k), kode == k
        color = COLORS[k] if on else MUTED
        r = PEER_R_CHOSEN if chosen else PEER_R
        relayout.update({
            f"shapes[{SHAPE_EDGE[k]}].line.color": color,
            f"shapes[{SHAPE_EDGE[k]}].line.width": (8 if chosen else 4) if on else 2,
            f"shapes[{SHAPE_LABEL[k]}].line.color": color,
            f"shapes[{SHAPE_LABEL[k]}].line.width": 5 if chosen else 2,
            f"shapes[{SHAPE_PEER[k]}].fillcolor": color,
            f"shapes[{SHAPE_PEER[k]}].x0": -r, f"shapes[{SHAPE_PEER[k]}].x1": r,
            f"shapes[{SHAPE_PEER[k]}].y0": -r, f"shapes[{SHAPE_PEER[k]}].y1": r,
        })
    return restyle, relayout, [APP_TRACE["modul"], APP_TRACE["terkini"]]


def source_update(asal: str) -> tuple[dict, dict, list[int]]:
    """The ``update`` arguments that show module examples, current systems or both."""
    check_asal(asal)
    shown = {a: asal in ("semua", a) for a in ("modul", "terkini")}
    restyle = {"visible": [shown["modul"], shown["terkini"]]}
    relayout = {f"annotations[{ANN_HEAD[a]}].text": (HEADER[a] if shown[a] else HIDDEN[a])
                for a in ("modul", "terkini")}
    return restyle, relayout, [APP_TRACE["modul"], APP_TRACE["terkini"]]


def updates(c: Content, kode: str, asal: str) -> list[tuple[dict, dict, list[int]]]:
    """Every update that brings a figure to relation ``kode`` and source filter ``asal``.

    Validates both values first, so a bad value changes nothing."""
    check_relasi(kode)
    check_asal(asal)
    return [relation_update(c, kode), source_update(asal)]


def apply(fig, c: Content, kode: str, asal: str) -> None:
    """Bring ``fig`` (Figure or FigureWidget from :func:`figure`) to ``kode`` and ``asal``."""
    groups = updates(c, kode, asal)
    with batch(fig):
        for restyle, relayout, traces in groups:
            fig.plotly_restyle(restyle, trace_indexes=traces)
            fig.plotly_relayout(relayout)


def height(c: Content) -> int:
    return int(MARGIN["t"] + MARGIN["b"] + NETWORK_PX + GAP_PX
               + list_lines(c) * LIST_PX_PER_LINE)


def _circle(x, y, r, **style) -> dict:
    return dict(type="circle", xref="x", yref="y", xsizemode="pixel", ysizemode="pixel",
                xanchor=x, yanchor=y, x0=-r, x1=r, y0=-r, y1=r, layer="below", **style)


def figure(kode: str = SEMUA, asal: str = "semua", c: Content | None = None) -> go.Figure:
    """The relation network with the chosen relation highlighted and its applications listed.

    The static parts are drawn here; everything that depends on ``kode`` and ``asal`` is
    set by :func:`apply`, i.e. by the same updates the explorer's buttons carry."""
    check_relasi(kode)
    check_asal(asal)
    c = c or content()
    h = height(c)
    plot_h = h - MARGIN["t"] - MARGIN["b"]
    list_top = (plot_h - NETWORK_PX - GAP_PX) / plot_h
    invisible = "rgba(0,0,0,0)"
    fig = go.Figure()
    ts = (0.32, 0.4, 0.72, 0.8)  # hover/click targets along each edge, clear of the labels
    fig.add_scatter(
        x=[round(POS[k][0] * t, 3) for k in RELASI for t in ts],
        y=[round(POS[k][1] * t, 3) for k in RELASI for t in ts],
        mode="markers", name="garis", marker={"size": 18, "color": invisible},
        customdata=[relation_text(c, k) for k in RELASI for _ in ts],
        hovertext=[f"{k} ({GLOBAL[k]}): klik untuk rincian" for k in RELASI for _ in ts],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    fig.add_scatter(
        x=[POS[k][0] * LABEL_T for k in RELASI], y=[POS[k][1] * LABEL_T for k in RELASI],
        mode="markers+text", name="hubungan", marker={"size": 2 * LABEL_R, "color": invisible},
        text=[f"<b>{k}</b><br>{GLOBAL[k]}" for k in RELASI], textposition="middle center",
        textfont={"size": 12, "color": INK},
        customdata=[relation_text(c, k) for k in RELASI],
        hovertext=[f"{_esc(c.models[k]['jenis_hubungan'])}: klik untuk rincian" for k in RELASI],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    fig.add_scatter(
        x=[POS[k][0] for k in RELASI], y=[POS[k][1] for k in RELASI], mode="markers+text",
        name="pihak", marker={"size": 2 * PEER_R_CHOSEN, "color": invisible},
        text=["<b>" + PIHAK[k].replace(" ", "<br>") + "</b>" for k in RELASI],
        textposition=["top center" if POS[k][1] > 0 else "bottom center" for k in RELASI],
        textfont={"size": 14, "color": INK},
        customdata=[relation_text(c, k) for k in RELASI],
        hovertext=[f"{PIHAK[k]}, {k} ({GLOBAL[k]}): klik untuk rincian" for k in RELASI],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    fig.add_scatter(
        x=[0], y=[0], mode="markers+text", name="Pemerintah",
        marker={"size": 82, "color": "#F0E442", "line": {"width": 2, "color": INK}},
        text=["<b>Pemerintah</b>"], textposition="middle center",
        textfont={"size": 11, "color": INK}, customdata=[overview_text(c)],
        hovertemplate="Pemerintah: klik untuk ringkasan<extra></extra>",
    )
    for a in ("modul", "terkini"):
        fig.add_scatter(
            x=[], y=[], mode="markers+text", name=ASAL_LABEL[a], xaxis="x2", yaxis="y2",
            marker={"size": 11, "symbol": SYMBOL[a], "line": {"width": 1, "color": INK}},
            textposition="middle right", textfont={"size": 13, "color": INK},
            hoverinfo="none", cliponaxis=False,  # clickable; a label would hide the list
        )
    shapes = [dict(type="line", xref="x", yref="y", x0=0, y0=0, x1=POS[k][0], y1=POS[k][1],
                   layer="below", line={"color": COLORS[k], "width": 4}) for k in RELASI]
    shapes += [_circle(POS[k][0] * LABEL_T, POS[k][1] * LABEL_T, LABEL_R, fillcolor="white",
                       line={"color": COLORS[k], "width": 2}) for k in RELASI]
    shapes += [_circle(POS[k][0], POS[k][1], PEER_R, fillcolor=COLORS[k],
                       line={"color": "white", "width": 2}) for k in RELASI]
    axis = {"visible": False, "fixedrange": True}
    fig.update_layout(
        height=h, margin=MARGIN, modebar=MODEBAR, showlegend=False, plot_bgcolor="white", font=FONT,
        # A click anywhere picks the nearest target of the subplot under the pointer: the
        # whole line of an application in the list, wide targets on a phone's network.
        separators=",.", hovermode="closest", hoverdistance=400, dragmode=False,
        xaxis=dict(axis, range=[-1.45, 1.45], domain=[0, 1]),
        yaxis=dict(axis, range=[-1.55, 1.55], domain=[1 - NETWORK_PX / plot_h, 1]),
        xaxis2=dict(axis, range=[0, 1], domain=[0, 1], anchor="y2"),
        yaxis2=dict(axis, range=[-list_lines(c), 0], domain=[0, list_top], anchor="x2"),
        shapes=shapes,
        annotations=[
            dict(x=0, y=0, xref="x2", yref="y2", xanchor="left", yanchor="top", text="",
                 showarrow=False, align="left", font={"size": 15, "color": INK}),
            dict(x=0, y=-1.25, xref="x2", yref="y2", xanchor="left", yanchor="top", text="",
                 showarrow=False, align="left", font={"size": 13, "color": "#333333"}),
            *[dict(x=0, y=0, xref="x2", yref="y2", xanchor="left", yanchor="top",
                   text=HEADER[a], showarrow=False, align="left",
                   font={"size": 13, "color": INK}) for a in ("modul", "terkini")],
        ],
    )
    apply(fig, c, kode, asal)
    return fig


# ------------------------------------------------------------- static explorer
def _menu(buttons, active: int, y: float) -> dict:
    return {"type": "buttons", "direction": "right", "buttons": buttons, "active": active,
            "showactive": True, "x": 0, "xanchor": "left", "y": y, "yanchor": "top",
            "pad": {"t": 0, "b": 0, "l": 0, "r": 0},
            "font": {"size": 12, "color": INK}, "bgcolor": "#f4f4f4", "bordercolor": "#888"}


def buttons(c: Content) -> tuple[list[dict], list[dict]]:
    """The relation buttons and the source buttons of the static explorer."""
    rel = [{"label": "Semua hubungan" if k == SEMUA else k, "method": "update",
            "args": list(relation_update(c, k))} for k in PILIHAN_RELASI]
    src = [{"label": BUTTON_LABEL[a], "method": "update", "args": list(source_update(a))}
           for a in ASAL]
    return rel, src


class Tables:
    """Several :class:`tabel.Table` shown one after another (a figure's text version)."""

    def __init__(self, *tables: tabel.Table):
        self.tables = tables

    def _repr_html_(self) -> str:
        return "".join(t._repr_html_() for t in self.tables)

    def __repr__(self) -> str:
        return "\n\n".join(repr(t) for t in self.tables)


def text_version(c: Content) -> Tables:
    """The whole explorer as text: every relation, then every application with its note."""
    relations = tabel.Table(
        "Empat model hubungan e-government dan contoh aplikasinya",
        ["Kode", "Jenis hubungan", "Deskripsi (modul)", "Contoh modul (Tabel 5.1)",
         "Contoh terkini"],
        [[k, c.models[k]["jenis_hubungan"], c.models[k]["deskripsi"],
          "; ".join(a["aplikasi"] for a in applications(c, k, "modul")),
          "; ".join(a["aplikasi"] for a in applications(c, k, "terkini"))] for k in RELASI])
    apps = tabel.Table(
        "Keterangan setiap aplikasi",
        ["Aplikasi", "Hubungan", "Asal contoh", "Keterangan", "Sumber"],
        [[a["aplikasi"], f"{a['kode']} ({GLOBAL[a['kode']]})",
          "modul (Tabel 5.1)" if a["asal"] == "modul" else "terkini", a["keterangan"],
          a["sumber"]] for k in RELASI for a in applications(c, k)])
    return Tables(relations, apps)


def explorer(kode: str = SEMUA, asal: str = "semua") -> BookFigure:
    """The static explorer: relation buttons, source buttons, click -> detail pane."""
    c = content()
    fig = figure(kode, asal, c)
    rel, src = buttons(c)
    plot_h = fig.layout.height - MARGIN["t"] - MARGIN["b"]
    fig.update_layout(updatemenus=[  # two rows of buttons in the top margin
        _menu(rel, PILIHAN_RELASI.index(kode), 1 + (MARGIN["t"] - 4) / plot_h),
        _menu(src, ASAL.index(asal), 1 + (MARGIN["t"] - 46) / plot_h),
    ])
    counts = {a: len(applications(c, SEMUA, a)) for a in ("modul", "terkini")}
    alt = ("Diagram jaringan empat model hubungan e-government. Simpul Pemerintah di tengah "
           "terhubung ke Rakyat (P-R, G2C), Bisnis (P-B, G2B), Pemerintah lain (P-P, G2G) dan "
           "ASN (P-A, G2E). Tombol di atas menyorot satu hubungan dan menampilkan deskripsinya "
           "serta contoh aplikasinya di bawah diagram; tombol kedua memilih contoh modul "
           f"({counts['modul']} aplikasi, bulat), contoh terkini ({counts['terkini']} aplikasi, "
           "belah ketupat) atau keduanya. Klik garis, simpul atau nama aplikasi untuk "
           "penjelasan di panel bawah.")
    return BookFigure(fig, alt, text=text_version(c), detail=DETAIL_START)


# ----------------------------------------------------------------- live widget
def widget(kode: str = SEMUA, asal: str = "semua"):
    """Live version: relation dropdown, source toggle, figure and detail pane."""
    import ipywidgets as w

    c = content()
    check_relasi(kode)
    check_asal(asal)
    fig = go.FigureWidget(figure(kode, asal, c))
    menu = w.Dropdown(
        options=[("Semua hubungan", SEMUA)] + [(relation_title(c, k), k) for k in RELASI],
        value=kode, description="Hubungan", style={"description_width": "6em"},
        layout=w.Layout(width="100%"))
    source = w.ToggleButtons(options=[(ASAL_LABEL[a], a) for a in ASAL], value=asal,
                             description="Contoh", style={"description_width": "6em"})
    detail = w.HTML(_detail_html(relation_text(c, kode) if kode != SEMUA else DETAIL_START))

    def redraw(_change=None):
        apply(fig, c, menu.value, source.value)
        if _change is not None and _change.get("owner") is menu:
            detail.value = _detail_html(relation_text(c, menu.value))

    def clicked(trace, points, _state=None):
        if points.point_inds:
            detail.value = _detail_html(trace.customdata[points.point_inds[0]])

    menu.observe(redraw, names="value")
    source.observe(redraw, names="value")
    for trace in fig.data:
        trace.on_click(clicked)
    box = w.VBox([menu, source, fig, detail])
    box.figure, box.menu, box.source, box.detail, box.clicked = fig, menu, source, detail, clicked
    return box


def _detail_html(text: str) -> str:
    return ('<div style="white-space:pre-line;border-left:4px solid #0072B2;'
            f'padding:0.4rem 0.7rem;background:#f3f7fb">{_esc(text)}</div>')


# ------------------------------------------------------ five benefits (cards)
CARD_COLORS = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#CC79A7")


def benefit_text(row: dict) -> str:
    return f"Manfaat {row['no']}: {row['manfaat']}.\nContoh Indonesia: {row['contoh_indonesia']}"


def manfaat(data_dir=None) -> BookFigure:
    """The five benefits as cards: click a card for its Indonesian example."""
    rows = data.load("manfaat_egov", data_dir).to_dict("records")
    n = len(rows)
    lines = [wrap(f"{r['no']}. {r['manfaat']}", WRAP - 2) for r in rows]
    card_lines = max(len(x) for x in lines)
    fig = go.Figure()
    fig.add_bar(  # the cards: a whole card is a click target
        x=[1] * n, y=list(range(n)), orientation="h", width=0.92,
        marker={"color": [CARD_COLORS[i % len(CARD_COLORS)] for i in range(n)],
                "opacity": 0.45, "line": {"color": INK, "width": 1}},
        customdata=[benefit_text(r) for r in rows],
        hovertext=[f"Manfaat {r['no']}: klik untuk contoh Indonesia" for r in rows],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    fig.add_scatter(  # the card texts, left-aligned (bar texts would be centred)
        x=[0.025] * n, y=list(range(n)), mode="text", hoverinfo="skip", cliponaxis=False,
        text=["<br>".join(_esc(x) for x in ls).replace(f"{r['no']}. ", f"<b>{r['no']}.</b> ", 1)
              for r, ls in zip(rows, lines)],
        textposition="middle right", textfont={"size": 13, "color": INK},
    )
    card_px = 24 + 18 * card_lines
    fig.update_layout(
        height=int(card_px * n + 12), margin={"l": 4, "r": 4, "t": 6, "b": 6}, modebar=MODEBAR,
        showlegend=False, plot_bgcolor="white", font=FONT, dragmode=False,
        hovermode="closest",
        xaxis={"visible": False, "fixedrange": True, "range": [0, 1]},
        yaxis={"visible": False, "fixedrange": True, "range": [n - 0.5, -0.5]},
    )
    table = tabel.show("manfaat_egov", {"no": "No.", "manfaat": "Manfaat (modul)",
                                        "contoh_indonesia": "Contoh di Indonesia"},
                       "Lima manfaat e-government dan contohnya di Indonesia", data_dir)
    alt = (f"{n} kartu manfaat e-government menurut modul: "
           + "; ".join(f"{r['no']}. {r['manfaat']}" for r in rows)
           + ". Klik sebuah kartu untuk melihat contoh layanan di Indonesia di panel bawah.")
    return BookFigure(fig, alt, text=table,
                      detail="Klik sebuah kartu: contoh layanan Indonesia muncul di sini.")


# ------------------------------------- anti-corruption functions x Klitgaard
#: How each function of the module acts on a factor of Klitgaard's heuristic.
#: This mapping is the BOOK's reasoning (from the chapter's narrative), not the module's.
PENGARUH = (
    (1, "monopoli", "melemahkan",
     "Pemohon tidak lagi bergantung pada satu petugas atau satu loket: sistem daring membuka "
     "jalur yang sama bagi semua pemohon."),
    (1, "diskresi", "melemahkan",
     "Syarat dan tahapan dibakukan di dalam sistem, sehingga ruang tawar-menawar di meja "
     "layanan menyempit."),
    (2, "akuntabilitas", "menguatkan",
     "Pencatatan dan pelaporan daring meninggalkan jejak (siapa memproses apa, kapan, dengan "
     "keputusan apa) yang dapat diawasi dan ditindak; informasi yang mudah diakses menjadi alat "
     "kontrol sosial."),
    (3, "monopoli", "melemahkan",
     "Satu nomor identitas yang dikenali semua instansi membuat informasi dan layanan tidak lagi "
     "dikuasai satu kantor yang menyimpan versi datanya sendiri."),
    (3, "akuntabilitas", "menguatkan",
     "Informasi yang terbuka lewat satu pintu dapat diperiksa publik, sehingga keputusan instansi "
     "lebih mudah dimintai pertanggungjawaban."),
    (4, "akuntabilitas", "menguatkan",
     "Aparatur yang mampu dan mau menjalankan sistem berdasarkan AUPB membuat pengawasan dan "
     "transparansi benar-benar berjalan, tidak hanya tersedia di atas kertas."),
)
EFFECT = {"melemahkan": ("−", "dot"), "menguatkan": ("+", "solid")}
FUNCTION_COLOR = "#56B4E9"


def links(data_dir=None) -> list[dict]:
    """The function–factor links, checked against ``fungsi_antikorupsi.csv``."""
    functions = {r["no"]: r for r in data.load("fungsi_antikorupsi", data_dir).to_dict("records")}
    out = []
    for no, factor, effect, reason in PENGARUH:
        if no not in functions:
            raise ValueError(f"Fungsi nomor {no} tidak ada di fungsi_antikorupsi.csv; "
                             f"nomor yang ada: {', '.join(map(str, functions))}.")
        out.append({"no": no, "fungsi": functions[no]["fungsi"], "unsur": factor,
                    "pengaruh": effect, "alasan": reason})
    return out


def link_text(link: dict) -> str:
    sign = EFFECT[link["pengaruh"]][0]
    return (f"{link['fungsi']} {link['pengaruh']} {LABELS[link['unsur']].lower()} ({sign}).\n"
            f"{link['alasan']}\n(Penalaran buku ini, bukan rumusan modul.)")


def fungsi(data_dir=None) -> BookFigure:
    """Four anti-corruption functions (top) linked to Klitgaard's three factors (bottom)."""
    rows = data.load("fungsi_antikorupsi", data_dir).to_dict("records")
    ls = links(data_dir)
    n = len(rows)
    fx = {r["no"]: (i + 0.5) / n for i, r in enumerate(rows)}
    ux = {f: (j + 0.5) / len(FACTORS) for j, f in enumerate(FACTORS)}
    top, bottom = 1.0, 0.0
    fig = go.Figure()
    ts = (0.15, 0.3, 0.7, 0.85)  # click targets along each link, besides its sign marker
    for link in ls:
        _, dash = EFFECT[link["pengaruh"]]
        x0, x1 = fx[link["no"]], ux[link["unsur"]]
        fig.add_scatter(
            x=[x0, x1], y=[top, bottom], mode="lines", hoverinfo="skip",
            line={"color": FACTOR_COLORS[link["unsur"]], "width": 3, "dash": dash},
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
        customdata=[link_text(k) for k, _ in where],
        hovertext=[f"{k['fungsi']} {k['pengaruh']} {LABELS[k['unsur']].lower()}"
                   for k, _ in where],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    fig.add_scatter(
        x=[fx[r["no"]] for r in rows], y=[top] * n, mode="markers+text",
        marker={"size": 30, "color": FUNCTION_COLOR, "line": {"width": 2, "color": INK}},
        text=[f"<b>{r['no']}</b>" for r in rows], textposition="middle center",
        textfont={"size": 14, "color": INK},
        customdata=[f"Fungsi {r['no']}: {r['fungsi']}.\n{r['penjelasan']}\nContoh: {r['contoh']}"
                    for r in rows],
        hovertext=[f"Fungsi {r['no']}, {r['fungsi']}: klik untuk penjelasan" for r in rows],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    factor_text = {}
    for f in FACTORS:
        who = [f"{k['fungsi']} ({EFFECT[k['pengaruh']][0]})" for k in ls if k["unsur"] == f]
        role = "mengurangi" if f == "akuntabilitas" else "menambah"
        factor_text[f] = (f"{LABELS[f]}: {HINTS[f]}. Dalam rumus Klitgaard unsur ini {role} "
                          f"peluang korupsi.\nDipengaruhi oleh: {', '.join(who) or '—'}.")
    fig.add_scatter(
        x=[ux[f] for f in FACTORS], y=[bottom] * len(FACTORS), mode="markers",
        marker={"size": 30, "symbol": "square", "color": [FACTOR_COLORS[f] for f in FACTORS],
                "line": {"width": 2, "color": INK}},
        customdata=[factor_text[f] for f in FACTORS],
        hovertext=[f"{LABELS[f]}: klik untuk penjelasan" for f in FACTORS],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    annotations = [
        dict(x=fx[r["no"]], y=top, xref="x", yref="y", yshift=20, yanchor="bottom",
             text=_br(r["fungsi"], 12), showarrow=False, font={"size": 12, "color": INK})
        for r in rows
    ] + [
        dict(x=ux[f], y=bottom, xref="x", yref="y", yshift=-20, yanchor="top",
             text=(f"<b>{LABELS[f]}</b><br>({'−' if f == 'akuntabilitas' else '+'} "
                   "dalam rumus)"), showarrow=False, font={"size": 13, "color": INK})
        for f in FACTORS
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
        height=460, margin={"l": 4, "r": 4, "t": 110, "b": 96}, modebar=MODEBAR, showlegend=False,
        plot_bgcolor="white", font=FONT, hovermode="closest", hoverdistance=20, dragmode=False,
        xaxis={"visible": False, "fixedrange": True, "range": [0, 1]},
        yaxis={"visible": False, "fixedrange": True, "range": [-0.12, 1.12]},
        annotations=annotations,
    )
    table = tabel.Table(
        "Fungsi antikorupsi e-government dan unsur rumus Klitgaard yang dipengaruhinya "
        "(penalaran buku ini)", ["Fungsi", "Unsur", "Pengaruh", "Alasan"],
        [[f"{k['no']}. {k['fungsi']}", LABELS[k["unsur"]], k["pengaruh"], k["alasan"]]
         for k in ls])
    alt = ("Diagram hubungan: empat fungsi antikorupsi e-government (atas) dihubungkan ke tiga "
           "unsur rumus Klitgaard (bawah). " + "; ".join(
               f"{k['fungsi']} {k['pengaruh']} {LABELS[k['unsur']].lower()}" for k in ls)
           + ". Hubungan ini penalaran buku ini, bukan rumusan modul. Klik fungsi, unsur atau "
           "garis untuk penjelasan.")
    return BookFigure(fig, alt, text=table,
                      detail="Klik sebuah fungsi, unsur atau garis: penjelasannya muncul di sini.")


# --------------------------------------------------- classification exercise
SEED = 5


@dataclass
class Latihan:
    """The classification exercise: applications in a fixed random order, one at a time."""

    items: list
    pos: int = 0
    benar: int = 0
    dijawab: int = 0

    @classmethod
    def baru(cls, c: Content | None = None, seed: int = SEED) -> "Latihan":
        items = list((c or content()).apps)
        random.Random(seed).shuffle(items)
        return cls(items)

    @property
    def soal(self) -> dict | None:
        return self.items[self.pos] if self.pos < len(self.items) else None

    def jawab(self, kode: str) -> tuple[bool, str]:
        """Check ``kode`` for the current item; return (right?, feedback in Indonesian)."""
        if kode not in RELASI:
            raise ValueError(f"Kode hubungan '{kode}' tidak dikenal; pilihan: "
                             f"{', '.join(RELASI)}.")
        item = self.soal
        if item is None:
            raise ValueError("Latihan sudah selesai; mulai lagi untuk mengulang.")
        right = kode == item["kode"]
        self.dijawab += 1
        self.benar += right
        kode_benar = item["kode"]
        head = ("Tepat!" if right else
                f"Belum tepat: jawabannya {kode_benar} ({GLOBAL[kode_benar]}).")
        return right, f"{head} {item['keterangan']}"

    def berikut(self) -> dict | None:
        self.pos += 1
        return self.soal


def latihan_figure(c: Content | None = None, seed: int = SEED) -> go.Figure:
    """Every application in a fixed random order; a button reveals the answers."""
    c = c or content()
    items = Latihan.baru(c, seed).items
    ys, y, texts, hidden_text = [], 0.0, [], []
    for a in items:
        lines = wrap(a["aplikasi"], WRAP - 6)  # leaves room for " → P-B" when revealed
        ys.append(-(y + (len(lines) - 1) / 2))
        hidden_text.append("<br>".join(_esc(x) for x in lines))
        texts.append("<br>".join(_esc(x) for x in lines[:-1])
                     + ("<br>" if len(lines) > 1 else "")
                     + f"{_esc(lines[-1])} <b>→ {a['kode']}</b>")
        y += len(lines) + 0.35
    fig = go.Figure(go.Scatter(
        x=[0.02] * len(items), y=ys, mode="markers+text", text=hidden_text,
        textposition="middle right", textfont={"size": 13, "color": INK}, cliponaxis=False,
        marker={"size": 13, "color": MUTED, "symbol": "square",
                "line": {"width": 1, "color": INK}},
        customdata=[f"Jawaban: {relation_title(c, a['kode'])}.\n{app_text(c, a)}" for a in items],
        hoverinfo="none",  # a label would cover the list; the instructions are above it
    ))
    show = {"marker.color": [[COLORS[a["kode"]] for a in items]], "text": [texts]}
    hide = {"marker.color": [[MUTED] * len(items)], "text": [hidden_text]}
    fig.update_layout(
        height=int(60 + 8 + y * LIST_PX_PER_LINE), margin={"l": 6, "r": 6, "t": 60, "b": 8},
        modebar=MODEBAR,
        showlegend=False, plot_bgcolor="white", font=FONT, dragmode=False,
        hovermode="closest", hoverdistance=400,  # the whole line of an item is clickable
        xaxis={"visible": False, "fixedrange": True, "range": [0, 1]},
        yaxis={"visible": False, "fixedrange": True, "range": [-y, 0.6]},
        updatemenus=[{
            "type": "buttons", "direction": "right", "showactive": True, "active": 0,
            "x": 0, "xanchor": "left", "y": 1, "yanchor": "bottom", "pad": {"b": 14},
            "font": {"size": 13, "color": INK}, "bgcolor": "#f4f4f4", "bordercolor": "#888",
            "buttons": [
                {"label": "Sembunyikan jawaban", "method": "restyle", "args": [hide, [0]]},
                {"label": "Tampilkan jawaban", "method": "restyle", "args": [show, [0]]},
            ],
        }],
    )
    return fig


def latihan(seed: int = SEED) -> BookFigure:
    """The static classification exercise: guess, then click an item or reveal all answers."""
    c = content()
    fig = latihan_figure(c, seed)
    items = Latihan.baru(c, seed).items
    table = tabel.Table("Kunci latihan: model hubungan setiap aplikasi",
                        ["Aplikasi", "Jawaban", "Asal contoh", "Keterangan"],
                        [[a["aplikasi"], f"{a['kode']} ({GLOBAL[a['kode']]})",
                          "modul" if a["asal"] == "modul" else "terkini", a["keterangan"]]
                         for a in items])
    alt = (f"Latihan klasifikasi: {len(items)} aplikasi pemerintah dalam urutan acak. Tebak model "
           "hubungannya (P-R, P-B, P-P atau P-A), lalu klik nama aplikasi untuk melihat jawaban "
           "di panel bawah, atau tekan tombol Tampilkan jawaban untuk mewarnai semuanya.")
    return BookFigure(fig, alt, text=table,
                      detail="Tebak dulu, lalu klik sebuah aplikasi: jawabannya muncul di sini.")


def latihan_widget(seed: int = SEED):
    """Live exercise: one application at a time, four answer buttons, score, own entries."""
    import ipywidgets as w

    c = content()
    state = {"latihan": Latihan.baru(c, seed)}
    question = w.HTML()
    answer = w.ToggleButtons(options=list(RELASI), value=None, description="Jawaban",
                             style={"description_width": "5em", "button_width": "4.5em"})
    feedback = w.HTML()
    score = w.HTML()
    nxt = w.Button(description="Berikutnya", icon="arrow-right")
    again = w.Button(description="Mulai lagi", icon="refresh")
    own_name = w.Text(placeholder="mis. e-office dinas saya", description="Aplikasi",
                      style={"description_width": "5em"}, layout=w.Layout(width="100%"))
    own_code = w.Dropdown(options=[(relation_title(c, k), k) for k in RELASI],
                          description="Hubungan", style={"description_width": "5em"})
    add = w.Button(description="Tambahkan", icon="plus")
    own_list = w.HTML("<p><em>Belum ada aplikasi instansi Anda.</em></p>")
    own: list[tuple[str, str]] = []

    def show_question():
        lat = state["latihan"]
        item = lat.soal
        score.value = f"<p>Skor: {lat.benar} dari {lat.dijawab}</p>"
        if item is None:
            question.value = (f"<p><b>Selesai.</b> Anda menjawab {lat.benar} dari "
                              f"{lat.dijawab} dengan tepat.</p>")
            answer.disabled, nxt.disabled = True, True
            return
        question.value = (f"<p>Aplikasi {lat.pos + 1} dari {len(lat.items)}: "
                          f"<b>{_esc(item['aplikasi'])}</b></p>")
        feedback.value = ""
        answer.disabled, nxt.disabled = False, True
        answer.value = None

    def answered(change):
        if change["new"] is None or answer.disabled:
            return
        right, text = state["latihan"].jawab(change["new"])
        color = "#00693e" if right else "#b00020"
        feedback.value = f'<p style="color:{color}">{_esc(text)}</p>'
        lat = state["latihan"]
        score.value = f"<p>Skor: {lat.benar} dari {lat.dijawab}</p>"
        answer.disabled, nxt.disabled = True, False

    def next_item(_=None):
        state["latihan"].berikut()
        show_question()

    def restart(_=None):
        state["latihan"] = Latihan.baru(c, seed)
        show_question()

    def add_own(_=None):
        text = own_name.value.strip()
        if not text:
            return
        own.append((text, own_code.value))
        own_name.value = ""
        own_list.value = "<ul>" + "".join(
            f"<li>{_esc(t)} → {k} ({GLOBAL[k]})</li>" for t, k in own) + "</ul>"

    answer.observe(answered, names="value")
    nxt.on_click(next_item)
    again.on_click(restart)
    add.on_click(add_own)
    show_question()
    box = w.VBox([question, answer, feedback, w.HBox([nxt, again]), score,
                  w.HTML("<p><b>Aplikasi instansi Anda</b> (tidak dinilai, tidak disimpan):</p>"),
                  own_name, own_code, add, own_list])
    box.state, box.answer, box.next, box.restart, box.add = state, answer, nxt, again, add
    box.question, box.feedback, box.score, box.own_name, box.own_code, box.own_list = (
        question, feedback, score, own_name, own_code, own_list)
    return box
