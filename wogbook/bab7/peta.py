"""The one-page concept map of the whole book (chapter 7).

* model – :func:`concept_map` reads the nodes (hand-placed in the CSV, so an
  instructor can move them) and the labelled edges of ``data/peta_konsep_*.csv``
  (validated by their schemas, including the chapter numbers); :func:`focus` says
  which nodes and edges a chapter or a node highlights;
* state → update – :func:`update` shows the highlighted part and dims the rest;
* figure – :func:`figure` draws the map;
* front-ends – :func:`explorer` (a menu of chapters, precomputed; clicks show a
  node's relations) and :func:`widget` (pick a node: its neighbours light up and
  its relations are listed).
"""
from __future__ import annotations

from dataclasses import dataclass

import plotly.graph_objects as go

from ..inti import data, formulir, gaya, kontrol
from ..inti.formulir import Formulir, Hasil
from ..inti.aturan import MAP_CHAPTERS as CHAPTERS
from ..inti.tampil import BookFigure, Table
from ..inti.update import Update
from ..inti.widget import Live, pane

#: One Okabe–Ito colour per chapter (a node takes the colour of its first chapter).
CHAPTER_COLORS = {1: gaya.OKABE_ITO["biru"], 2: gaya.OKABE_ITO["biru_langit"],
                  3: gaya.OKABE_ITO["hijau"], 4: gaya.OKABE_ITO["merah"],
                  5: gaya.OKABE_ITO["oranye"], 6: gaya.OKABE_ITO["ungu"],
                  7: gaya.OKABE_ITO["hitam"]}
#: Opacity of what is not highlighted.
DIM = 0.15
LABEL_LIT, LABEL_DIM, ARROW = "#111111", "#bbbbbb", "#777777"
TITLE = "Peta konsep buku: dari NPM sampai tuas pengungkit"
HINT = "Klik sebuah konsep atau titik tengah sebuah panah untuk membaca hubungannya di sini."
WIDGET_HINT = "Pilih sebuah konsep untuk membaca hubungannya di sini."


@dataclass(frozen=True)
class Node:
    code: str
    short: str
    label: str
    chapters: tuple[int, ...]
    x: float
    y: float


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    label: str


@dataclass(frozen=True)
class ConceptMap:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]

    def node(self, code: str) -> Node:
        for n in self.nodes:
            if n.code == code:
                return n
        raise ValueError(f"Simpul '{code}' tidak ada di peta_konsep_simpul.csv; simpul yang "
                         f"ada: {', '.join(n.code for n in self.nodes)}.")

    def sentence(self, edge: Edge) -> str:
        return f"{self.node(edge.source).label} → {edge.label} → {self.node(edge.target).label}"


def concept_map() -> ConceptMap:
    """Nodes (with their hand-placed positions) and edges from ``data/``, validated.

    The schema has already checked that every 'bab' cell is chapter numbers 1–7
    separated by spaces, so here it is only split."""
    nodes = tuple(Node(r["kode"], r["singkat"], r["label"],
                       tuple(int(tok) for tok in r["bab"].split()), r["x"], r["y"])
                  for r in data.load("peta_konsep_simpul").to_dict("records"))
    edges = tuple(Edge(r["dari"], r["ke"], r["label"])
                  for r in data.load("peta_konsep_sisi").to_dict("records"))
    return ConceptMap(nodes, edges)


def focus(cmap: ConceptMap, chapter: int | None = None, node: str | None = None):
    """(highlighted node codes, highlighted edge indices) for a chapter, a node, or all.

    A chapter lights its concepts and the edges between them; a node lights itself,
    its edges and the nodes at their other ends."""
    if chapter is not None and node is not None:
        raise ValueError("Pilih bab atau simpul, tidak keduanya.")
    if chapter is None and node is None:
        return {n.code for n in cmap.nodes}, set(range(len(cmap.edges)))
    if chapter is not None:
        if chapter not in CHAPTERS:
            raise ValueError(f"Bab {chapter!r} tidak ada; pilihan: "
                             f"{CHAPTERS[0]}–{CHAPTERS[-1]}.")
        lit = {n.code for n in cmap.nodes if chapter in n.chapters}
        edges = {i for i, e in enumerate(cmap.edges) if e.source in lit and e.target in lit}
        return lit, edges
    cmap.node(node)  # an unknown code is an Indonesian error
    edges = {i for i, e in enumerate(cmap.edges) if node in (e.source, e.target)}
    lit = {node} | {cmap.edges[i].source for i in edges} | {cmap.edges[i].target for i in edges}
    return lit, edges


def node_detail(cmap: ConceptMap, code: str) -> str:
    """Plain-text detail of a node: its label, chapters and every relation."""
    n = cmap.node(code)
    lines = [f"{n.code} — {n.label}", f"Bab: {', '.join(map(str, n.chapters))}"]
    for e in cmap.edges:
        if e.source == code:
            lines.append(f"→ {e.label} → {cmap.node(e.target).label}")
        elif e.target == code:
            lines.append(f"← {cmap.node(e.source).label} → {e.label}")
    return "\n".join(lines)


# --------------------------------------------------------------- state → update
def update(cmap: ConceptMap, lit: set[str], lit_edges: set[int]) -> Update:
    """Show the ``lit`` nodes and edges (arrows are layout annotations) and dim the rest."""
    nodes = {"marker.opacity": [1.0 if n.code in lit else DIM for n in cmap.nodes],
             "textfont.color": [LABEL_LIT if n.code in lit else LABEL_DIM for n in cmap.nodes]}
    arrows = {f"annotations[{i}].opacity": 1.0 if i in lit_edges else DIM
              for i in range(len(cmap.edges))}
    return Update({0: nodes}, arrows)


# ----------------------------------------------------------------------- figure
def figure(chapter: int | None = None, node: str | None = None) -> go.Figure:
    """The concept map; ``chapter`` or ``node`` highlights a part of it."""
    cmap = concept_map()
    pos = {n.code: n for n in cmap.nodes}
    fig = go.Figure()
    fig.add_scatter(
        x=[n.x for n in cmap.nodes], y=[n.y for n in cmap.nodes], mode="markers+text",
        text=[gaya.esc(n.short) for n in cmap.nodes], textposition="middle right",
        marker={"size": 16, "color": [CHAPTER_COLORS[n.chapters[0]] for n in cmap.nodes],
                "line": {"width": 1, "color": "white"}},
        customdata=[gaya.esc(node_detail(cmap, n.code)) for n in cmap.nodes],
        hovertext=[f"{gaya.esc(n.label)}<br>Bab {', '.join(map(str, n.chapters))}"
                   for n in cmap.nodes],
        hoverinfo="text", name="Konsep", cliponaxis=False,
    )
    fig.add_scatter(  # invisible edge midpoints: hover and click show the relation
        x=[(pos[e.source].x + pos[e.target].x) / 2 for e in cmap.edges],
        y=[(pos[e.source].y + pos[e.target].y) / 2 for e in cmap.edges],
        mode="markers", marker={"size": 12, "opacity": 0},
        hovertext=[gaya.esc(cmap.sentence(e)) for e in cmap.edges], hoverinfo="text",
        customdata=[gaya.esc(cmap.sentence(e)) for e in cmap.edges], name="Hubungan",
    )
    annotations = [
        {"x": pos[e.target].x, "y": pos[e.target].y, "ax": pos[e.source].x, "ay": pos[e.source].y,
         "xref": "x", "yref": "y", "axref": "x", "ayref": "y", "text": "", "showarrow": True,
         "arrowhead": 2, "arrowsize": 1, "arrowwidth": 1.2, "arrowcolor": ARROW,
         "standoff": 9, "startstandoff": 9, "opacity": 1.0}
        for e in cmap.edges
    ]
    xs = [n.x for n in cmap.nodes]
    ys = [n.y for n in cmap.nodes]
    fig.update_layout(gaya.base_layout(760, top=50, title=TITLE))
    fig.update_layout(
        font=gaya.font(12), annotations=annotations, dragmode="pan",
        title={"x": 0.02},
        xaxis={"visible": False, "range": [min(xs) - 0.3, max(xs) + 1.6]},
        yaxis={"visible": False, "range": [min(ys) - 0.6, max(ys) + 0.6]},
    )
    update(cmap, *focus(cmap, chapter, node)).apply(fig)
    return fig


def text_version() -> Table:
    """The whole map as a list of relations (the figure's text version)."""
    cmap = concept_map()
    rows = [[cmap.node(e.source).label, e.label, cmap.node(e.target).label] for e in cmap.edges]
    return Table("Peta konsep sebagai daftar hubungan", ["Dari", "Hubungan", "Ke"], rows)


# --------------------------------------------------------------- static explorer
def explorer() -> BookFigure:
    """Static explorer: a menu highlights each chapter's concepts; clicks show details."""
    cmap = concept_map()
    fig = figure()
    base = go.Figure(fig)
    states = [(label, update(cmap, *focus(cmap, chapter)))
              for label, chapter in [("Semua", None)] + [(f"Bab {c}", c) for c in CHAPTERS]]
    fig.update_layout(updatemenus=[kontrol.menu(states, base, active=0, x=0.0, y=1.0,
                                                pad={"b": 4}, font={"size": 13})],
                      margin={"t": 90})
    fig.update_layout(title={"y": 0.98, "yanchor": "top", "yref": "container"})
    alt = (f"Peta konsep seluruh buku: {len(cmap.nodes)} konsep dan {len(cmap.edges)} hubungan "
           "berarah, mengalir dari atas (New Public Management) ke bawah (tuas pengungkit dan "
           "New Public Service). Menu di kiri atas menyorot konsep setiap bab.")
    xs = [n.x for n in cmap.nodes]
    # on a phone a label takes a larger share of the width: more room right of the last column
    phone = Update(layout={"xaxis.range": [min(xs) - 0.3, max(xs) + 2.6]})
    return BookFigure(fig, alt, text=text_version(), detail=HINT, variants={"phone": phone})


# ------------------------------------------------------------------ prediction
#: How many of the best-linked concepts the prediction offers.
GUESS_OPTIONS = 4


def links(cmap: ConceptMap) -> dict[str, int]:
    """Arrows in and out of each concept."""
    return {n.code: sum((e.source == n.code) + (e.target == n.code) for e in cmap.edges)
            for n in cmap.nodes}


def guess_options(cmap: ConceptMap) -> list[Node]:
    """The best-linked concepts, in the map's own order (the order gives nothing away)."""
    n = links(cmap)
    best = sorted(cmap.nodes, key=lambda node: -n[node.code])[:GUESS_OPTIONS]
    return [node for node in cmap.nodes if node in best]


def hasil_tebakan(values: dict) -> Hasil:
    """The reader's guess against the number of arrows at each offered concept."""
    cmap = concept_map()
    n, guess = links(cmap), cmap.node(values["tebakan"])
    most = [node for node in cmap.nodes if n[node.code] == max(n.values())]
    counts = ", ".join(f"{node.short} {n[node.code]}" for node in guess_options(cmap))
    return Hasil(
        f"Tebakan Anda: {guess.short}.",
        (f"Panah masuk dan keluar: {counts}.",
         "Tepat." if guess in most else
         f"Yang paling banyak terhubung justru {' dan '.join(m.short for m in most)}.",
         "Konsep yang paling banyak terhubung adalah simpul tempat bab-bab buku bertemu; "
         "pilih sebuah bab di menu untuk melihat bagiannya."))


def tebakan() -> Formulir:
    """The concept map behind a committed guess: which concept is linked most?"""
    options = [(node.code, node.short) for node in guess_options(concept_map())]
    return formulir.tebakan("bab7.tebakan", options, hasil_tebakan, explorer())


# ------------------------------------------------------------------ live widget
def widget() -> Live:
    """Live version: choose a concept; its neighbours light up and its relations are listed."""
    import ipywidgets as w

    cmap = concept_map()
    fig = go.FigureWidget(figure())
    menu = w.Dropdown(options=[("(semua konsep)", "")] + [(f"{n.code} {n.short}", n.code)
                                                          for n in cmap.nodes],
                      value="", description="Konsep", layout=w.Layout(width="100%"))
    live = Live(w.VBox(), fig, {"menu": menu}, detail=pane(WIDGET_HINT))

    def choose(_change=None):
        code = menu.value or None
        update(cmap, *focus(cmap, node=code)).apply(fig)
        live.show_detail(WIDGET_HINT if code is None else node_detail(cmap, code))

    menu.observe(choose, names="value")
    live.box.children = (menu, fig, live.detail)
    return live
