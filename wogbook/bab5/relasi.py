"""The four relation models of e-government (P-R, P-B, P-P, P-A) and their applications.

* model – :func:`~._common.content` (the two CSV tables), :func:`applications` (one
  relation's applications from one source), :func:`relation_text` and
  :func:`overview_text` (what the detail pane says);
* state → update – :func:`relation_update` (which relation is highlighted and listed),
  :func:`source_update` (module examples, current systems or both) and :func:`update`
  (both), each an :class:`~wogbook.inti.update.Update`;
* figure – :func:`figure`: "Pemerintah" in the middle, Rakyat, Bisnis, Pemerintah lain
  and ASN around it, and under the network the chosen relation's description and
  applications;
* front-ends – :func:`explorer` (static book: two rows of plotly buttons carrying those
  updates, click → detail pane, text version) and :func:`widget` (live: dropdown,
  toggle, detail pane).
"""
from __future__ import annotations

import plotly.graph_objects as go

from ..inti import formulir, gaya, kontrol
from ..inti.formulir import Formulir, Hasil
from ..inti.gaya import INK, MUTED, esc
from ..inti.tampil import BookFigure, Table, Tables
from ..inti.update import Update
from ..inti.widget import Live, pane
from ._common import (COLORS, GLOBAL, LIST_PX_PER_LINE, MODEBAR, PILIHAN_RELASI, RELASI,
                      SEMUA, WRAP, Content, app_text, check_relasi, content, relation_title,
                      sentence)

ASAL = ("semua", "modul", "terkini")
ASAL_LABEL = {"semua": "Modul + terkini", "modul": "Contoh modul", "terkini": "Contoh terkini"}
#: Shorter labels for the explorer's buttons (both rows must fit a 390 px phone).
BUTTON_LABEL = {"semua": "Modul + terkini", "modul": "Modul", "terkini": "Terkini"}
PIHAK = {"P-R": "Rakyat", "P-B": "Bisnis", "P-P": "Pemerintah lain", "P-A": "ASN"}
#: Who the government deals with in each relation, as said in a sentence.
DENGAN = {"P-R": "rakyat", "P-B": "dunia bisnis", "P-P": "pemerintah lain", "P-A": "ASN"}
#: Where the partners sit around "Pemerintah" (0, 0).
POS = {"P-R": (-1.0, 1.0), "P-B": (1.0, 1.0), "P-P": (1.0, -1.0), "P-A": (-1.0, -1.0)}
SYMBOL = {"modul": "circle", "terkini": "diamond"}
HEADER = {"modul": "● Contoh modul (Tabel 5.1)", "terkini": "◆ Contoh terkini"}
HIDDEN = {"modul": "● Contoh modul: disembunyikan",
          "terkini": "◆ Contoh terkini: disembunyikan"}
DETAIL_START = "Klik sebuah garis, simpul atau nama aplikasi: penjelasannya muncul di sini."
CHOOSE = ("Pilih tombol P-R, P-B, P-P atau P-A, atau klik garis dan simpul, untuk melihat "
          "deskripsi dan aplikasi setiap hubungan.")

NETWORK_PX = 340
MARGIN = {"l": 8, "r": 8, "t": 92, "b": 8}
GAP_PX = 16
# Trace order of :func:`figure`: the network traces are static (hover and click targets);
# only the two application lists change.
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


# ------------------------------------------------------------------------ model
def check_asal(asal) -> str:
    """``asal`` if it is a known source filter, else an Indonesian ValueError."""
    if asal not in ASAL:
        raise ValueError(f"Penyaring contoh '{asal}' tidak dikenal; pilihan: {', '.join(ASAL)}.")
    return asal


def applications(c: Content, kode: str = SEMUA, asal: str = "semua") -> list[dict]:
    """The applications of relation ``kode`` ('semua' = all) from source ``asal``, file order."""
    check_relasi(kode)
    check_asal(asal)
    return [a for a in c.apps
            if kode in (SEMUA, a["kode"]) and asal in ("semua", a["asal"])]


def relation_text(c: Content, kode: str) -> str:
    """The detail-pane text of a relation: description and every application, source marked."""
    check_relasi(kode)
    if kode == SEMUA:
        return overview_text()
    lines = [relation_title(c, kode), sentence(c.models[kode]["deskripsi"])]
    for asal in ("modul", "terkini"):
        names = [a["aplikasi"] for a in applications(c, kode, asal)]
        lines.append(f"{HEADER[asal][2:]}: " + ("; ".join(names) if names else "belum ada") + ".")
    return "\n".join(lines)


def overview_text() -> str:
    """The detail-pane text of the centre node: the four relations in one breath."""
    parts = [f"{k} ({GLOBAL[k]}) dengan {DENGAN[k]}" for k in RELASI]
    return ("Pemerintah di tengah jejaring e-government, dengan empat model hubungan: "
            + "; ".join(parts) + ".\nKlik garis atau simpul lain untuk rincian tiap hubungan.")


# --------------------------------------------------------------- state → update
def list_layout(c: Content, kode: str) -> dict:
    """Texts and positions (in lines, 0 at the top) of the list under the network."""
    check_relasi(kode)
    desc = CHOOSE if kode == SEMUA else sentence(c.models[kode]["deskripsi"])
    desc_lines = gaya.wrap_lines(desc, WRAP)
    y = 1.25
    out = {"title": relation_title(c, kode), "desc": "<br>".join(esc(x) for x in desc_lines),
           "desc_y": y}
    y += len(desc_lines) + 0.5
    for asal in ("modul", "terkini"):
        out[f"head_{asal}"] = y
        y += 1.6
        points = {"x": [], "y": [], "text": [], "customdata": [], "marker.color": []}
        if kode == SEMUA:
            for k in RELASI:
                points["y"].append(-y)
                points["text"].append(f"{k} ({GLOBAL[k]}): {len(applications(c, k, asal))} "
                                      "aplikasi")
                points["customdata"].append(esc(relation_text(c, k)))
                points["marker.color"].append(COLORS[k])
                y += 1.0
        else:
            for a in applications(c, kode, asal):
                lines = gaya.wrap_lines(a["aplikasi"], WRAP - 3)
                points["y"].append(-(y + (len(lines) - 1) / 2))
                points["text"].append("<br>".join(esc(x) for x in lines))
                points["customdata"].append(esc(app_text(c, a)))
                points["marker.color"].append(COLORS[kode])
                y += len(lines) + 0.25
        points["x"] = [0.02] * len(points["y"])
        out[asal] = points
        y += 0.35
    out["lines"] = y
    return out


def list_lines(c: Content) -> float:
    """The tallest list of all relations, in lines (so the figure height is fixed)."""
    return max(list_layout(c, k)["lines"] for k in PILIHAN_RELASI)


def relation_update(c: Content, kode: str) -> Update:
    """Show relation ``kode``: recolour the network's shapes, rewrite the list."""
    lay = list_layout(c, kode)
    layout = {
        f"annotations[{ANN_TITLE}].text": f"<b>{esc(lay['title'])}</b>",
        f"annotations[{ANN_DESC}].text": lay["desc"],
        f"annotations[{ANN_DESC}].y": -lay["desc_y"],
        f"annotations[{ANN_HEAD['modul']}].y": -lay["head_modul"],
        f"annotations[{ANN_HEAD['terkini']}].y": -lay["head_terkini"],
    }
    for k in RELASI:
        on, chosen = kode in (SEMUA, k), kode == k
        color = COLORS[k] if on else MUTED
        r = PEER_R_CHOSEN if chosen else PEER_R
        layout.update({
            f"shapes[{SHAPE_EDGE[k]}].line.color": color,
            f"shapes[{SHAPE_EDGE[k]}].line.width": (8 if chosen else 4) if on else 2,
            f"shapes[{SHAPE_LABEL[k]}].line.color": color,
            f"shapes[{SHAPE_LABEL[k]}].line.width": 5 if chosen else 2,
            f"shapes[{SHAPE_PEER[k]}].fillcolor": color,
            f"shapes[{SHAPE_PEER[k]}].x0": -r, f"shapes[{SHAPE_PEER[k]}].x1": r,
            f"shapes[{SHAPE_PEER[k]}].y0": -r, f"shapes[{SHAPE_PEER[k]}].y1": r,
        })
    return Update({APP_TRACE[a]: lay[a] for a in ("modul", "terkini")}, layout)


def source_update(asal: str) -> Update:
    """Show module examples, current systems or both."""
    check_asal(asal)
    shown = {a: asal in ("semua", a) for a in ("modul", "terkini")}
    return Update({APP_TRACE[a]: {"visible": shown[a]} for a in ("modul", "terkini")},
                  {f"annotations[{ANN_HEAD[a]}].text": (HEADER[a] if shown[a] else HIDDEN[a])
                   for a in ("modul", "terkini")})


def update(c: Content, kode: str, asal: str) -> Update:
    """Everything that brings a figure to relation ``kode`` and source filter ``asal``
    (both checked first, so a bad value changes nothing)."""
    check_relasi(kode)
    check_asal(asal)
    return relation_update(c, kode) + source_update(asal)


# ---------------------------------------------------------------------- figure
def height(c: Content) -> int:
    return int(MARGIN["t"] + MARGIN["b"] + NETWORK_PX + GAP_PX
               + list_lines(c) * LIST_PX_PER_LINE)


def _circle(x, y, r, **style) -> dict:
    return dict(type="circle", xref="x", yref="y", xsizemode="pixel", ysizemode="pixel",
                xanchor=x, yanchor=y, x0=-r, x1=r, y0=-r, y1=r, layer="below", **style)


def figure(kode: str = SEMUA, asal: str = "semua", c: Content | None = None) -> go.Figure:
    """The relation network with relation ``kode`` highlighted and its applications listed.

    The static parts are drawn here; everything that depends on ``kode`` and ``asal`` is
    set by :func:`update`, the same updates the explorer's buttons carry."""
    check_relasi(kode)
    check_asal(asal)
    c = c or content()
    h = height(c)
    plot_h = h - MARGIN["t"] - MARGIN["b"]
    list_top = (plot_h - NETWORK_PX - GAP_PX) / plot_h
    invisible = "rgba(0,0,0,0)"
    texts = {k: esc(relation_text(c, k)) for k in RELASI}
    fig = go.Figure()
    ts = (0.32, 0.4, 0.72, 0.8)  # hover/click targets along each edge, clear of the labels
    fig.add_scatter(
        x=[round(POS[k][0] * t, 3) for k in RELASI for t in ts],
        y=[round(POS[k][1] * t, 3) for k in RELASI for t in ts],
        mode="markers", name="garis", marker={"size": 18, "color": invisible},
        customdata=[texts[k] for k in RELASI for _ in ts],
        hovertext=[f"{k} ({GLOBAL[k]}): klik untuk rincian" for k in RELASI for _ in ts],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    fig.add_scatter(
        x=[POS[k][0] * LABEL_T for k in RELASI], y=[POS[k][1] * LABEL_T for k in RELASI],
        mode="markers+text", name="hubungan", marker={"size": 2 * LABEL_R, "color": invisible},
        text=[f"<b>{k}</b><br>{GLOBAL[k]}" for k in RELASI], textposition="middle center",
        textfont={"size": 12, "color": INK},
        customdata=[texts[k] for k in RELASI],
        hovertext=[f"{esc(c.models[k]['jenis_hubungan'])}: klik untuk rincian" for k in RELASI],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    fig.add_scatter(
        x=[POS[k][0] for k in RELASI], y=[POS[k][1] for k in RELASI], mode="markers+text",
        name="pihak", marker={"size": 2 * PEER_R_CHOSEN, "color": invisible},
        text=["<b>" + PIHAK[k].replace(" ", "<br>") + "</b>" for k in RELASI],
        textposition=["top center" if POS[k][1] > 0 else "bottom center" for k in RELASI],
        textfont={"size": 14, "color": INK},
        customdata=[texts[k] for k in RELASI],
        hovertext=[f"{PIHAK[k]}, {k} ({GLOBAL[k]}): klik untuk rincian" for k in RELASI],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    fig.add_scatter(
        x=[0], y=[0], mode="markers+text", name="Pemerintah",
        marker={"size": 82, "color": gaya.OKABE_ITO["kuning"],
                "line": {"width": 2, "color": INK}},
        text=["<b>Pemerintah</b>"], textposition="middle center",
        textfont={"size": 11, "color": INK}, customdata=[esc(overview_text())],
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
        height=h, margin=MARGIN, modebar=MODEBAR, showlegend=False, plot_bgcolor="white",
        font=gaya.font(),
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
    update(c, kode, asal).apply(fig)
    return fig


# ------------------------------------------------------------- static explorer
#: The look of the explorer's two rows of buttons.
MENU_STYLE = {"yanchor": "top", "pad": {"t": 0, "b": 0, "l": 0, "r": 0},
              "font": {"size": 12, "color": INK}, "bgcolor": "#f4f4f4", "bordercolor": "#888"}


def relation_states(c: Content) -> list[tuple[str, Update]]:
    return [("Semua hubungan" if k == SEMUA else k, relation_update(c, k))
            for k in PILIHAN_RELASI]


def source_states() -> list[tuple[str, Update]]:
    return [(BUTTON_LABEL[a], source_update(a)) for a in ASAL]


def text_version(c: Content) -> Tables:
    """The whole explorer as text: every relation, then every application with its note."""
    relations = Table(
        "Empat model hubungan e-government dan contoh aplikasinya",
        ["Kode", "Jenis hubungan", "Deskripsi (modul)", "Contoh modul (Tabel 5.1)",
         "Contoh terkini"],
        [[k, c.models[k]["jenis_hubungan"], c.models[k]["deskripsi"],
          "; ".join(a["aplikasi"] for a in applications(c, k, "modul")),
          "; ".join(a["aplikasi"] for a in applications(c, k, "terkini"))] for k in RELASI])
    apps = Table(
        "Keterangan setiap aplikasi",
        ["Aplikasi", "Hubungan", "Asal contoh", "Keterangan", "Sumber"],
        [[a["aplikasi"], f"{a['kode']} ({GLOBAL[a['kode']]})",
          "modul (Tabel 5.1)" if a["asal"] == "modul" else "terkini", a["keterangan"],
          a["sumber"]] for k in RELASI for a in applications(c, k)])
    return Tables(relations, apps)


def explorer(kode: str = SEMUA, asal: str = "semua") -> BookFigure:
    """The static explorer: relation buttons, source buttons, click → detail pane."""
    c = content()
    fig = figure(kode, asal, c)
    base = go.Figure(fig)
    plot_h = fig.layout.height - MARGIN["t"] - MARGIN["b"]
    fig.update_layout(updatemenus=[  # two rows of buttons in the top margin
        kontrol.menu(relation_states(c), base, PILIHAN_RELASI.index(kode), kind="buttons",
                     y=1 + (MARGIN["t"] - 4) / plot_h, **MENU_STYLE),
        kontrol.menu(source_states(), base, ASAL.index(asal), kind="buttons",
                     y=1 + (MARGIN["t"] - 46) / plot_h, **MENU_STYLE),
    ])
    counts = {a: len(applications(c, SEMUA, a)) for a in ("modul", "terkini")}
    alt = ("Diagram jaringan empat model hubungan e-government. Simpul Pemerintah di tengah "
           "terhubung ke Rakyat (P-R, G2C), Bisnis (P-B, G2B), Pemerintah lain (P-P, G2G) dan "
           "ASN (P-A, G2E). Tombol di atas menyorot satu hubungan dan menampilkan deskripsinya "
           "serta contoh aplikasinya di bawah diagram; tombol kedua memilih contoh modul "
           f"({counts['modul']} aplikasi, bulat), contoh terkini ({counts['terkini']} aplikasi, "
           "belah ketupat) atau keduanya. Klik garis, simpul atau nama aplikasi untuk "
           "penjelasan di panel bawah.")
    # on paper the buttons are hidden: no room is kept for them above the network
    room = MARGIN["t"] - 12
    printed = Update(layout={"margin.t": 12, "height": fig.layout.height - room})
    return BookFigure(fig, alt, text=text_version(c), detail=DETAIL_START,
                      variants={"print": printed})


# ------------------------------------------------------------------ prediction
def hasil_tebakan(values: dict) -> Hasil:
    """The reader's guess against the number of applications of each relation."""
    c, guess = content(), values["tebakan"]
    n = {k: len(applications(c, k)) for k in RELASI}
    most = [k for k in RELASI if n[k] == max(n.values())]
    counts = ", ".join(f"{PIHAK[k]} {n[k]}" for k in RELASI)  # names: a code breaks at "-"
    return Hasil(
        f"Tebakan Anda: {guess} ({PIHAK[guess]}).",
        (f"Contoh aplikasi di buku ini (modul dan terkini) dalam hubungan dengan {counts}.",
         "Tepat." if guess in most else
         f"Yang terbanyak justru {' dan '.join(f'{k} ({PIHAK[k]})' for k in most)}.",
         "Banyaknya contoh di sini bukan ukuran penggunaannya; pilih sebuah tombol untuk "
         "membaca aplikasinya."))


def tebakan() -> Formulir:
    """The relations figure behind a committed guess: which relation has most examples?"""
    options = [(k, f"{k} ({PIHAK[k]})") for k in RELASI]
    return formulir.tebakan("bab5.tebakan", options, hasil_tebakan, explorer(), inline=True)


# ----------------------------------------------------------------- live widget
#: Mode Kelas (a wide, low screen): the network on the left, its list on the right, both
#: the figure's full height; no room is kept for the static book's buttons.
PROJECTOR = Update(layout={
    "margin.t": 12, "xaxis.domain": [0, 0.4], "yaxis.domain": [0.04, 0.96],
    "xaxis2.domain": [0.42, 1], "yaxis2.domain": [0, 1],
})


def widget(kode: str = SEMUA, asal: str = "semua") -> Live:
    """Live version: relation dropdown, source toggle, figure and detail pane."""
    import ipywidgets as w

    check_relasi(kode)
    check_asal(asal)
    c = content()
    fig = go.FigureWidget(figure(kode, asal, c))
    menu = w.Dropdown(
        options=[("Semua hubungan", SEMUA)] + [(relation_title(c, k), k) for k in RELASI],
        value=kode, description="Hubungan", style={"description_width": "6em"},
        layout=w.Layout(width="100%"))
    source = w.ToggleButtons(options=[(ASAL_LABEL[a], a) for a in ASAL], value=asal,
                             description="Contoh", style={"description_width": "6em"})
    live = Live(w.VBox(), fig, {"menu": menu, "source": source},
                pane(relation_text(c, kode) if kode != SEMUA else DETAIL_START),
                extra={"projector": PROJECTOR})

    def redraw(change):
        update(c, menu.value, source.value).apply(fig)
        if change["owner"] is menu:
            live.show_detail(relation_text(c, menu.value))

    def clicked(trace, points, _state=None):
        if points.point_inds:
            live.show_point(trace, points.point_inds[0])

    menu.observe(redraw, names="value")
    source.observe(redraw, names="value")
    for trace in fig.data:
        trace.on_click(clicked)
    live.box.children = (menu, source, fig, live.detail)
    return live
