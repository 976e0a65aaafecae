"""Bab 2: the module's lost Gambar 2 (Perspektif WoG), recreated from its text.

A silo view above – the problem cut into pieces by mandate, each party seeing only
its piece and chasing its own goal – and the WoG view below: the problem in the
middle with the module's three traits, the parties in one network, the four
determinants as the ring that binds them, and an arrow to one shared outcome.
The example problems are ``data/perspektif_masalah.csv``, their parties
``data/perspektif_pihak.csv`` (illustrations, not the module's content).

* model – :func:`problems`, :func:`problem` (a :class:`Masalah`);
* state → update – :func:`update` (one example problem in both panels);
* figure – :func:`figure`;
* front-ends – :func:`explorer` (plotly buttons) and :func:`widget` (ipywidgets).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import plotly.graph_objects as go

from ..inti import data, formulir, gaya, kontrol
from ..inti.aturan import GUESS_PROBLEM
from ..inti.formulir import Formulir, Hasil
from ..inti.tampil import BookFigure, Table
from ..inti.update import Update
from ..inti.widget import Live, pane
from .ciri import traits

#: The groups of parties (the schema's choices), as the legend names them, and colours.
GROUPS = {"pusat": "instansi pusat", "daerah": "instansi daerah",
          "nonpemerintah": "mitra non-pemerintah"}
GROUP_COLORS = {"pusat": gaya.OKABE_ITO["biru"], "daerah": gaya.OKABE_ITO["hijau"],
                "nonpemerintah": gaya.OKABE_ITO["ungu"]}
PIECE_FILL, PIECE_LINE, GAP_TEXT = "#fbe1cf", gaya.OKABE_ITO["merah"], "#8a3a00"
#: Angles (degrees) of the six party slots around the ring, filled in group order:
#: left (pusat first), bottom, right; the top is left free for the arrow to the outcome.
SLOTS = (150, 210, 250, 290, 330, 30)
#: Determinants sit on the ring as numbered badges, on the diagonals.
DET_ANGLES = (45, 135, 225, 315)
#: Heights of the module's three traits inside the problem circle.
TRAIT_Y = (0.2, -0.14, -0.46)
RING, INNER, ACTOR_R, OUTCOME_Y = 1.25, 1.0, 2.0, 2.6
HINT = ("Klik sebuah pihak, ciri masalah, nomor determinan di cincin, atau bintang hasil "
        "bersama untuk membaca keterangannya di sini.")
#: Trace indexes of the figure.
(T_SILO_ACTORS, T_SILO_PIECES, T_SILO_GOALS, T_EDGES, T_ACTORS, T_TRAITS, T_DETS,
 T_OUTCOME) = range(8)
#: The traces a click on which shows a text in the detail pane.
CLICKABLE = (T_SILO_ACTORS, T_SILO_PIECES, T_SILO_GOALS, T_ACTORS, T_TRAITS, T_DETS,
             T_OUTCOME)
#: Indonesian number words for the caption of the text version.
COUNT_WORDS = {1: "satu", 2: "dua", 3: "tiga", 4: "empat", 5: "lima", 6: "enam"}
#: Annotation indexes that change with the problem.
A_SILO_TITLE, A_PROBLEM = 0, 1


# ------------------------------------------------------------------ model
@dataclass(frozen=True)
class Pihak:
    """One party of an example problem: who, which group, what a silo sees and aims at."""

    nama: str
    kelompok: str
    potongan: str
    tujuan: str


@dataclass(frozen=True)
class Masalah:
    nama: str
    hasil: str
    pihak: tuple[Pihak, ...]


def problems() -> dict[str, Masalah]:
    """The example problems by id, in file order, each with its parties."""
    parties = data.load("perspektif_pihak").to_dict("records")
    return {m["masalah"]: Masalah(m["nama"], m["hasil"], tuple(
                Pihak(p["pihak"], p["kelompok"], p["potongan"], p["tujuan_sendiri"])
                for p in parties if p["masalah"] == m["masalah"]))
            for m in data.load("perspektif_masalah").to_dict("records")}


def problem(name: str) -> Masalah:
    """An example problem by id (e.g. 'banjir'), validated."""
    rows = problems()
    data.choose("Contoh masalah", name, rows, "perspektif_masalah.csv")
    return rows[name]


def _start(name: str | None) -> str:
    """The problem shown first: ``name``, validated, or the file's first."""
    if name is None:
        return next(iter(problems()))
    problem(name)
    return name


def determinants() -> list[dict]:
    """The four determinants of chapter 1 (``determinan_wog.csv``), badges on the ring."""
    return data.load("determinan_wog").to_dict("records")


def _order(m: Masalah) -> list[int]:
    """Party indexes in slot order: grouped (pusat, daerah, non-pemerintah), stable."""
    return sorted(range(len(m.pihak)), key=lambda i: list(GROUPS).index(m.pihak[i].kelompok))


def _polar(r: float, degrees: float) -> tuple[float, float]:
    a = math.radians(degrees)
    return round(r * math.cos(a), 4), round(r * math.sin(a), 4)


def _slots(m: Masalah) -> list[tuple[float, float]]:
    """Position of each party (in the data's order) on the outer circle of the WoG view."""
    pos = [(0.0, 0.0)] * len(m.pihak)
    for slot, i in zip(SLOTS, _order(m)):
        pos[i] = _polar(ACTOR_R, slot)
    return pos


# ---------------------------------------------------------- state → update
def update(name: str) -> Update:
    """Labels, colours, positions and click texts of one example problem, in both panels."""
    m = problem(name)
    actors = m.pihak
    silo = [gaya.esc(f"{p.nama} ({GROUPS[p.kelompok]}) dalam cara pandang silo: hanya melihat "
                     f"potongan '{p.potongan}' dan mengejar tujuannya sendiri, '{p.tujuan}'.")
            for p in actors]
    wog = [gaya.esc(f"{p.nama} ({GROUPS[p.kelompok]}) dalam perspektif WoG: terhubung dengan "
                    f"pihak lain dalam satu jejaring dan membawa pengetahuan serta sumber "
                    f"dayanya tentang '{p.potongan}' untuk hasil bersama: "
                    f"{m.hasil[0].lower() + m.hasil[1:]}.")
           for p in actors]
    colors = [GROUP_COLORS[p.kelompok] for p in actors]
    names = [gaya.wrap(p.nama, 11) for p in actors]
    pos = _slots(m)
    order = _order(m)
    edges_x, edges_y = [], []
    for k, i in enumerate(order):  # the network: neighbours around, and a spoke to the ring
        a = pos[i]
        if k < len(order) - 1:
            b = pos[order[k + 1]]
            edges_x += [a[0], b[0], None]
            edges_y += [a[1], b[1], None]
        ring = _polar(RING, math.degrees(math.atan2(a[1], a[0])))
        edges_x += [a[0], ring[0], None]
        edges_y += [a[1], ring[1], None]
    return Update(
        {T_SILO_ACTORS: {"text": names, "customdata": silo, "marker.color": colors},
         T_SILO_PIECES: {"text": [gaya.wrap(p.potongan, 12) for p in actors],
                         "customdata": silo},
         T_SILO_GOALS: {"text": [gaya.wrap(p.tujuan, 11) for p in actors], "customdata": silo},
         T_EDGES: {"x": edges_x, "y": edges_y},
         T_ACTORS: {"x": [p[0] for p in pos], "y": [p[1] for p in pos], "text": names,
                    "customdata": wog, "marker.color": colors},
         T_OUTCOME: {"text": [f"<b>{gaya.wrap(m.hasil, 36)}</b>"],
                     "customdata": [gaya.esc(f"Hasil bersama: {m.hasil}.")]}},
        {f"annotations[{A_SILO_TITLE}].text":
            f"<b>Cara pandang silo</b><br>{gaya.esc(m.nama.lower())} dipotong menurut tupoksi",
         f"annotations[{A_PROBLEM}].text": f"<b>{gaya.esc(m.nama.upper())}</b>"})


# ------------------------------------------------------------------ figure
def _legend(dets: list[dict]) -> str:
    groups = [f"<span style='color:{GROUP_COLORS[g]}'>●</span> {label}"
              for g, label in GROUPS.items()]
    names = [f"<b>{i + 1}</b> {gaya.esc(d['determinan'].lower())}" for i, d in enumerate(dets)]
    return (" ".join(groups[:2]) + "<br>" + " ".join(groups[2:])
            + f"<br><span style='color:{gaya.OKABE_ITO['biru']}'>●</span> cincin pengikat, "
              "empat determinan: <br>" + " · ".join(names[:2]) + "<br>" + " · ".join(names[2:]))


def figure(name: str | None = None) -> go.Figure:
    """Silo view (above) and the WoG view (below) of one example problem."""
    name = _start(name)
    n = len(problem(name).pihak)
    ciri = traits("modul")
    dets = determinants()
    fig = go.Figure()
    rows = [-i for i in range(n)]
    blank = [""] * n
    hover = "%{customdata}<extra></extra>"
    # --- silo panel (x, y): party | piece of the problem | arrow | own goal
    fig.add_scatter(x=[0.3] * n, y=rows, mode="markers+text", name="Pihak (silo)",
                    text=blank, textposition="middle left", textfont={"size": 12},
                    marker={"size": 11, "symbol": "circle"}, cliponaxis=False,
                    hovertemplate=hover)
    fig.add_scatter(x=[0.5] * n, y=rows, mode="text", name="Potongan masalah", text=blank,
                    textfont={"size": 11}, cliponaxis=False, hovertemplate=hover)
    fig.add_scatter(x=[0.74] * n, y=rows, mode="markers+text", name="Tujuan sendiri",
                    text=blank, textposition="middle right", textfont={"size": 12},
                    marker={"size": 10, "symbol": "diamond-open", "color": gaya.INK},
                    cliponaxis=False, hovertemplate=hover)
    # --- WoG panel (x2, y2)
    fig.add_scatter(x=[], y=[], xaxis="x2", yaxis="y2", mode="lines", name="Jejaring",
                    line={"color": "#9a9a9a", "width": 1.5}, hoverinfo="skip")
    fig.add_scatter(x=[], y=[], xaxis="x2", yaxis="y2", mode="markers+text", name="Pihak",
                    text=blank, textposition="bottom center", textfont={"size": 11},
                    marker={"size": 16, "line": {"color": "white", "width": 1.5}},
                    cliponaxis=False, hovertemplate=hover)
    fig.add_scatter(
        x=[0] * len(ciri), y=list(TRAIT_Y[:len(ciri)]), xaxis="x2", yaxis="y2", mode="text",
        name="Ciri masalah", cliponaxis=False, textfont={"size": 11},
        text=[gaya.wrap(c["ciri"].lower(), 19) for c in ciri],
        customdata=[gaya.esc(f"Ciri wicked problems menurut modul: {c['ciri']}. "
                             f"{c['penjelasan']}") for c in ciri], hovertemplate=hover,
    )
    badges = [_polar(RING, a) for a in DET_ANGLES[:len(dets)]]
    fig.add_scatter(
        x=[b[0] for b in badges], y=[b[1] for b in badges], xaxis="x2", yaxis="y2",
        mode="markers+text", name="Determinan", cliponaxis=False,
        marker={"size": 22, "symbol": "circle", "color": gaya.OKABE_ITO["biru"],
                "line": {"color": "white", "width": 2}},
        text=[str(i + 1) for i in range(len(dets))], textposition="middle center",
        textfont={"size": 12, "color": "white"},
        customdata=[gaya.esc(f"Determinan {i + 1}, {r['determinan']}: {r['penjelasan']}")
                    for i, r in enumerate(dets)], hovertemplate=hover,
    )
    fig.add_scatter(x=[0], y=[OUTCOME_Y], xaxis="x2", yaxis="y2", mode="markers+text",
                    name="Hasil bersama",
                    marker={"size": 24, "symbol": "star", "color": gaya.OKABE_ITO["kuning"],
                            "line": {"color": gaya.INK, "width": 1.5}},
                    text=[""], textposition="top center", textfont={"size": 12},
                    cliponaxis=False, hovertemplate=hover)
    shapes = [{"type": "rect", "xref": "x", "yref": "y", "x0": 0.355, "x1": 0.645,
               "y0": -i - 0.38, "y1": -i + 0.38, "fillcolor": PIECE_FILL,
               "line": {"color": PIECE_LINE, "width": 1}, "layer": "below"}
              for i in range(n)]  # the problem cut into pieces, with gaps between them
    shapes += [
        {"type": "circle", "xref": "x2", "yref": "y2", "x0": -RING, "x1": RING, "y0": -RING,
         "y1": RING, "line": {"color": gaya.OKABE_ITO["biru_langit"], "width": 10},
         "layer": "below"},
        {"type": "circle", "xref": "x2", "yref": "y2", "x0": -INNER, "x1": INNER,
         "y0": -INNER, "y1": INNER, "fillcolor": PIECE_FILL,
         "line": {"color": PIECE_LINE, "width": 1.5}, "layer": "below"},
    ]
    note = {"xref": "paper", "yref": "paper", "x": 0, "xanchor": "left", "yanchor": "top",
            "align": "left", "showarrow": False, "font": {"size": 14}}
    annotations = [
        dict(note, y=1.0, text=""),
        {"xref": "x2", "yref": "y2", "x": 0, "y": 0.56, "showarrow": False, "text": "",
         "font": {"size": 14, "color": gaya.INK}},
        dict(note, y=0.635, text="<b>Perspektif WoG</b><br>satu masalah, satu jejaring, "
                                 "satu hasil bersama"),
        dict(note, y=0.958, text="pihak · potongan masalah · tujuan sendiri",
             font={"size": 12, "color": gaya.INK_MUTED}),
        dict(note, y=0.0, yanchor="bottom", text=_legend(dets), font={"size": 12}),
        {"xref": "x2", "yref": "y2", "x": 0, "y": OUTCOME_Y - 0.2, "ax": 0, "ay": RING + 0.12,
         "axref": "x2", "ayref": "y2", "showarrow": True, "arrowhead": 2, "arrowwidth": 2.5,
         "arrowsize": 1.2, "arrowcolor": gaya.INK, "text": ""},
        {"xref": "x", "yref": "y", "x": 0.5, "y": -n + 0.55, "xanchor": "center",
         "yanchor": "top", "showarrow": False, "align": "center",
         "text": "<i>celah di antara potongan:<br>tak ada yang memilikinya</i>",
         "font": {"size": 11, "color": GAP_TEXT}},
    ]
    annotations += [{"xref": "x", "yref": "y", "x": 0.735, "y": -i, "ax": 0.655, "ay": -i,
                     "axref": "x", "ayref": "y", "showarrow": True, "arrowhead": 2,
                     "arrowwidth": 1.5, "arrowcolor": gaya.INK_MUTED, "text": "", "standoff": 6}
                    for i in range(n)]
    gaya.diagram_layout(fig, height=1000, top=52)
    fig.update_layout(
        shapes=shapes, annotations=annotations,
        xaxis={"domain": [0, 1], "range": [0, 1]},
        yaxis={"domain": [0.665, 0.935], "range": [-n - 0.35, 0.5]},
        xaxis2={"domain": [0, 1], "range": [-2.55, 2.55], "anchor": "y2",
                "constrain": "domain"},
        yaxis2={"domain": [0.095, 0.575], "range": [-2.55, 3.35], "anchor": "x2",
                "scaleanchor": "x2", "constrain": "domain", "constraintoward": "top"},
    )
    fig.update_xaxes(visible=False, fixedrange=True)
    fig.update_yaxes(visible=False, fixedrange=True)
    update(name).apply(fig)
    return fig


def text() -> Table:
    rows, examples = [], problems()
    for m in examples.values():
        rows += [[m.nama, p.nama, GROUPS[p.kelompok], p.potongan, p.tujuan] for p in m.pihak]
        rows.append([m.nama, "Semua pihak dalam satu jejaring", "perspektif WoG",
                     "seluruh masalah, dengan ketiga cirinya", m.hasil])
    count = COUNT_WORDS.get(len(examples), str(len(examples)))
    return Table(f"Perspektif WoG untuk {count} contoh masalah (ilustrasi)",
                 ["Contoh masalah", "Pihak", "Kelompok", "Yang dilihat (silo)",
                  "Tujuan (silo) / hasil bersama (WoG)"], rows)


# ------------------------------------------------------------ front-ends
def explorer(name: str | None = None) -> BookFigure:
    """Static explorer: plotly buttons switch the example problem in both panels."""
    name = _start(name)
    rows = problems()
    fig = figure(name)
    base = go.Figure(fig)
    fig.update_layout(updatemenus=[kontrol.menu(
        [(m.nama, update(key)) for key, m in rows.items()], base,
        active=list(rows).index(name), kind="buttons", x=0, y=1.0, pad={"b": 8, "t": 0},
        font={"size": 13}, bgcolor="white")])
    ciri = ", ".join(c["ciri"].lower() for c in traits("modul"))
    dets = ", ".join(d["determinan"].lower() for d in determinants())
    alt = ("Rekonstruksi Gambar 2 modul (Perspektif WoG) dari uraian teks modul, bukan "
           "gambar asli yang hilang dari naskah; contoh pihak dan tujuannya adalah ilustrasi. "
           "Atas, cara pandang silo: masalah dipotong menurut tupoksi, setiap pihak hanya "
           "melihat potongannya dan mengejar tujuannya sendiri, dengan celah di antaranya. "
           f"Bawah, perspektif WoG: masalah di tengah dengan tiga cirinya ({ciri}); instansi "
           "pusat, instansi daerah dan mitra non-pemerintah terhubung dalam satu jejaring; "
           f"empat determinan ({dets}) menjadi cincin pengikat; panah menuju satu hasil "
           "bersama. Tombol di atas beralih antara contoh "
           f"{gaya.daftar(m.nama.lower() for m in rows.values())}.")
    return BookFigure(fig, alt, text=text(), detail=HINT)


# ------------------------------------------------------------------ prediction
# The example problem the prediction asks about, where the figure opens: GUESS_PROBLEM
# (inti.aturan; the schema of perspektif_masalah.csv requires it).


def hasil_tebakan(values: dict) -> Hasil:
    """The reader's count of parties against the example's parties, each with its piece."""
    m, guess = problem(GUESS_PROBLEM), int(values["tebakan"])
    n = len(m.pihak)
    pieces = "; ".join(f"{p.nama} ({p.potongan})" for p in m.pihak)
    return Hasil(
        f"Tebakan Anda: {guess} pihak.",
        (("Tepat: " if guess == n else f"Bukan {guess}, melainkan ")
         + f"{n} pihak, masing-masing dengan potongannya sendiri: {pieces}.",
         "Tak satu pun dapat mencapai hasil bersamanya sendirian: "
         f"{m.hasil[0].lower() + m.hasil[1:]}."))


def tebakan() -> Formulir:
    """The perspective figure behind a committed guess: how many parties share the problem?"""
    counts = [(str(k), str(k)) for k in range(2, len(SLOTS) + 1)]
    return formulir.tebakan("bab2.tebakan", counts, hasil_tebakan, explorer(GUESS_PROBLEM),
                            inline=True)


def widget(name: str | None = None) -> Live:
    """Live version: a dropdown of example problems drives the same figure."""
    import ipywidgets as w

    name = _start(name)
    fig = go.FigureWidget(figure(name))
    menu = w.Dropdown(options=[(m.nama, k) for k, m in problems().items()], value=name,
                      description="Masalah", layout=w.Layout(width="100%", max_width="24em"))
    detail = pane(HINT)
    live = Live(w.VBox([menu, fig, detail]), fig, {"menu": menu}, detail=detail)

    def choose_problem(change):
        update(change["new"]).apply(fig)

    def clicked(trace, points, _state):
        if points.point_inds:
            live.show_point(trace, points.point_inds[0])

    menu.observe(choose_problem, names="value")
    for t in CLICKABLE:
        fig.data[t].on_click(clicked)
    return live
