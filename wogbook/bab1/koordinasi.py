"""Bab 1: coordination and collaboration side by side (``data/koordinasi_kolaborasi.csv``).

Two stacked panels: the five agencies of the chapter's opening story
(``data/koordinasi_instansi.csv``), each heading for its own goal, then the same
agencies heading for one shared goal (``data/teks_gambar.csv``). A menu of aspects
shows the coordination and the collaboration text of the chosen aspect.

* model – :func:`aspects`, :func:`aspect`, :func:`agencies`, :func:`shared_goal`;
* state → update – :func:`update` (the two texts of one aspect);
* figure – :func:`figure`;
* front-ends – :func:`explorer` (a plotly dropdown) and :func:`widget` (ipywidgets).
"""
from __future__ import annotations

import plotly.graph_objects as go

from ..inti import data, gaya, kontrol
from ..inti.tampil import BookFigure, Table, table
from ..inti.update import Update
from ..inti.widget import Live

#: One colour per agency, in the file's order.
COLORS = tuple(gaya.OKABE_ITO[c] for c in ("oranye", "biru_langit", "hijau", "biru", "ungu"))
PANEL = "#f3f7fb"
#: Characters per line of the aspect texts: fits a 390 px phone at 12–13 px.
WRAP = 42
#: Characters per line of an agency's name and of its goal under the markers.
LABEL_WRAP = 10
#: Index of the two annotations that carry the chosen aspect's texts.
TEXT_KOORDINASI, TEXT_KOLABORASI = 0, 1
HEADER = "Pilih aspek:"


# ------------------------------------------------------------------ model
def aspects() -> dict[str, dict]:
    """The rows of ``koordinasi_kolaborasi.csv`` by aspect, in file order."""
    return {row["aspek"]: row for row in data.load("koordinasi_kolaborasi").to_dict("records")}


def aspect(name: str) -> dict:
    """One aspect's row (``aspek``, ``koordinasi``, ``kolaborasi``), validated."""
    rows = aspects()
    data.choose("Aspek", name, rows, "koordinasi_kolaborasi.csv")
    return rows[name]


def _start(name: str | None) -> str:
    """The aspect shown first: ``name``, validated, or the file's first."""
    if name is None:
        return next(iter(aspects()))
    return aspect(name)["aspek"]


def agencies() -> list[dict]:
    """The agencies of ``koordinasi_instansi.csv`` (``instansi``, ``tujuan_sendiri``)."""
    return data.load("koordinasi_instansi").to_dict("records")


def shared_goal() -> str:
    """The one goal all agencies head for in collaboration (``teks_gambar.csv``)."""
    texts = data.load("teks_gambar")
    row = texts[(texts["gambar"] == "koordinasi") & (texts["kunci"] == "tujuan_bersama")]
    return row["teks"].iloc[0]  # the schema makes sure the row exists


# ---------------------------------------------------------- state → update
def update(name: str) -> Update:
    """The two texts that show aspect ``name``."""
    row = aspect(name)
    label = gaya.esc(name)
    return Update(layout={
        f"annotations[{TEXT_KOORDINASI}].text":
            f"<b>{label}</b> dalam koordinasi:<br>{gaya.wrap(row['koordinasi'], WRAP)}",
        f"annotations[{TEXT_KOLABORASI}].text":
            f"<b>{label}</b> dalam kolaborasi:<br>{gaya.wrap(row['kolaborasi'], WRAP)}",
    })


# ------------------------------------------------------------------ figure
def figure(name: str | None = None) -> go.Figure:
    """Coordination (each agency to its own goal) above collaboration (one shared goal)."""
    name = _start(name)
    rows = agencies()
    goal = shared_goal()
    n = len(rows)
    xs = list(range(n))
    colors = list(COLORS[:n])
    names = [gaya.wrap(r["instansi"], LABEL_WRAP) for r in rows]
    fig = go.Figure()
    for axis, suffix in (("x", ""), ("x2", "2")):
        coord = "koordinasi" if axis == "x" else "kolaborasi"
        fig.add_scatter(
            x=xs, y=[0] * n, xaxis=axis, yaxis=f"y{suffix}", mode="markers+text",
            marker={"size": 22, "color": colors, "line": {"color": gaya.INK, "width": 1}},
            text=names, textposition="bottom center", textfont={"size": 11}, cliponaxis=False,
            hovertext=[f"<b>{gaya.esc(r['instansi'])}</b><br>dalam {coord}: menuju "
                       + gaya.esc(r["tujuan_sendiri"] if axis == "x" else "tujuan bersama")
                       for r in rows],
            hovertemplate="%{hovertext}<extra></extra>", name=f"Instansi ({coord})",
        )
    fig.add_scatter(
        x=xs, y=[1] * n, mode="markers+text", name="Tujuan masing-masing",
        marker={"size": 16, "symbol": "diamond", "color": "white",
                "line": {"color": colors, "width": 3}},
        text=[gaya.wrap(r["tujuan_sendiri"], LABEL_WRAP) for r in rows],
        textposition="top center", textfont={"size": 11}, cliponaxis=False,
        hovertext=[gaya.esc(f"Tujuan sendiri {r['instansi']}: {r['tujuan_sendiri']}")
                   for r in rows],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    fig.add_scatter(
        x=[(n - 1) / 2], y=[1], xaxis="x2", yaxis="y2", mode="markers+text",
        name="Tujuan bersama",
        marker={"size": 26, "symbol": "star", "color": gaya.OKABE_ITO["kuning"],
                "line": {"color": gaya.INK, "width": 1.5}},
        text=[gaya.wrap(goal, 36)], textposition="top center", textfont={"size": 12},
        cliponaxis=False, hovertext=[gaya.esc(f"Tujuan bersama: {goal}")],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    text_box = {"xref": "paper", "yref": "paper", "x": 0, "xanchor": "left", "yanchor": "top",
                "align": "left", "showarrow": False, "bgcolor": PANEL, "borderpad": 6,
                "font": {"size": 13}}
    title = {"xref": "paper", "yref": "paper", "x": 0, "xanchor": "left", "yanchor": "top",
             "align": "left", "showarrow": False, "font": {"size": 14}}
    annotations = [
        dict(text_box, y=0.62, text=""),
        dict(text_box, y=0.115, text=""),
        dict(title, y=1.0, text="<b>Koordinasi</b><br>tiap instansi menuju tujuannya sendiri"),
        dict(title, y=0.48,
             text="<b>Kolaborasi</b><br>semua instansi menuju satu tujuan bersama"),
    ]
    arrow = {"showarrow": True, "arrowhead": 2, "arrowsize": 1.2, "arrowwidth": 2,
             "text": "", "standoff": 11, "startstandoff": 13}
    for i, color in enumerate(colors):
        annotations.append(dict(arrow, x=i, y=1, ax=i, ay=0, xref="x", yref="y", axref="x",
                                ayref="y", arrowcolor=color))
        annotations.append(dict(arrow, x=(n - 1) / 2, y=1, ax=i, ay=0, xref="x2", yref="y2",
                                axref="x2", ayref="y2", arrowcolor=color, standoff=15))
    gaya.diagram_layout(fig, height=760, top=56)
    span = [-0.6, n - 0.4]
    fig.update_layout(
        annotations=annotations,
        xaxis={"domain": [0, 1], "range": span},
        yaxis={"domain": [0.66, 0.92], "range": [-0.72, 1.62]},
        xaxis2={"domain": [0, 1], "range": span, "anchor": "y2"},
        yaxis2={"domain": [0.15, 0.41], "range": [-0.72, 1.85], "anchor": "x2"},
    )
    fig.update_xaxes(visible=False, fixedrange=True)
    fig.update_yaxes(visible=False, fixedrange=True)
    update(name).apply(fig)
    return fig


def text() -> Table:
    """The text version of the figure: every aspect, side by side."""
    return table("koordinasi_kolaborasi",
                 {"aspek": "Aspek", "koordinasi": "Koordinasi", "kolaborasi": "Kolaborasi"},
                 "Koordinasi dan kolaborasi per aspek")


# ------------------------------------------------------------ front-ends
def explorer(name: str | None = None) -> BookFigure:
    """Static explorer: a plotly dropdown of aspects (each state computed by :func:`update`)."""
    name = _start(name)
    names = list(aspects())
    fig = figure(name)
    base = go.Figure(fig)
    fig.update_layout(updatemenus=[kontrol.menu(
        [(a, update(a)) for a in names], base, active=names.index(name), x=0.30, y=1.0,
        pad={"b": 10}, font={"size": 13}, bgcolor="white")])
    fig.add_annotation(xref="paper", yref="paper", x=0, y=1.0, yanchor="bottom",
                       xanchor="left", yshift=16, showarrow=False, text=HEADER,
                       font={"size": 14})
    rows = agencies()
    alt = ("Dua gambar bersusun. Atas, koordinasi: lima instansi "
           f"({', '.join(r['instansi'] for r in rows)}) masing-masing berpanah ke tujuannya "
           "sendiri. Bawah, kolaborasi: kelima instansi yang sama berpanah ke satu tujuan "
           f"bersama: {shared_goal().lower()}. Menu 'Pilih aspek' menampilkan perbedaan "
           f"koordinasi dan kolaborasi untuk setiap aspek ({', '.join(names)}); awalnya aspek "
           f"{name}.")
    return BookFigure(fig, alt, text=text())


#: Mode Kelas (a wide, low screen): the aspect's two texts beside the figure, under the
#: menu, so the two panels get the figure's whole height.
PROJECTOR = Update(layout={
    f"annotations[{TEXT_KOORDINASI}].visible": False,
    f"annotations[{TEXT_KOLABORASI}].visible": False,
    "margin.t": 16, "yaxis.domain": [0.64, 0.86], "yaxis2.domain": [0.05, 0.27],
    "annotations[3].y": 0.5,
})
KELAS = {"projector": True}


def aspect_html(name: str) -> str:
    """Both texts of aspect ``name`` as HTML (Mode Kelas shows them beside the figure)."""
    row = aspect(name)
    label = gaya.esc(name)
    return "".join(f"<p><b>{label}</b> dalam {kind}:<br>{gaya.esc(row[kind])}</p>"
                   for kind in ("koordinasi", "kolaborasi"))


def widget(name: str | None = None, projector: bool = False) -> Live:
    """Live version: an ipywidgets dropdown of aspects drives the same figure.
    ``projector``: the aspect's texts beside the figure instead of inside it (Mode Kelas)."""
    import ipywidgets as w

    name = _start(name)
    fig = go.FigureWidget(figure(name))
    menu = w.Dropdown(options=list(aspects()), value=name, description="Aspek",
                      layout=w.Layout(width="100%", max_width="28em"))
    texts = w.HTML(aspect_html(name))

    def choose_aspect(change):
        update(change["new"]).apply(fig)
        texts.value = aspect_html(change["new"])

    menu.observe(choose_aspect, names="value")
    shown = [menu, texts, fig] if projector else [menu, fig]
    return Live(w.VBox(shown), fig, {"menu": menu},
                extra={"projector": PROJECTOR} if projector else {})
