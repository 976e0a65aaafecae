"""The one-page concept map of the whole book (chapter 7).

* model – :func:`concept_map` loads the nodes (hand-placed in the CSV, so an
  instructor can move them) and labelled edges of ``data/peta_konsep_*.csv``
  and checks the chapter numbers; :func:`focus` says which
  nodes and edges a chapter or a node highlights;
* figure – :func:`figure` draws the map; :func:`updates` turns a focus into
  restyle/relayout instructions;
* front-ends – :func:`explorer` (buttons per chapter, precomputed) and
  :func:`widget` (pick a node: its neighbours light up, its relations are listed).
"""
from __future__ import annotations

from dataclasses import dataclass

import plotly.graph_objects as go

from . import data
from .tabel import Table
from .tampil import BookFigure, apply_updates

CHAPTERS = tuple(range(1, 8))
# Okabe–Ito colours, one per chapter.
CHAPTER_COLORS = {1: "#0072B2", 2: "#56B4E9", 3: "#009E73", 4: "#D55E00", 5: "#E69F00",
                  6: "#CC79A7", 7: "#000000"}
DIM = 0.15


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
        raise ValueError(f"Simpul '{code}' tidak ada; simpul yang ada: "
                         f"{', '.join(n.code for n in self.nodes)}.")

    def sentence(self, edge: Edge) -> str:
        return f"{self.node(edge.source).label} → {edge.label} → {self.node(edge.target).label}"


def _chapters(raw: str, line: int) -> tuple[int, ...]:
    try:
        values = tuple(int(tok) for tok in raw.split())
    except ValueError:
        values = ()
    if not values or any(v not in CHAPTERS for v in values):
        raise data.DataError(data.path_of("peta_konsep_simpul"), [
            f"baris {line}, kolom 'bab': '{raw}' harus nomor bab 1–7, dipisah spasi"])
    return values


def concept_map(data_dir=None) -> ConceptMap:
    """Nodes (with their hand-placed positions) and edges from ``data/``, validated."""
    nodes_t = data.load("peta_konsep_simpul", data_dir)
    edges_t = data.load("peta_konsep_sisi", data_dir)
    edges = [Edge(r["dari"], r["ke"], r["label"]) for r in edges_t.to_dict("records")]
    nodes = [Node(r["kode"], r["singkat"], r["label"], _chapters(r["bab"], line), r["x"], r["y"])
             for line, r in enumerate(nodes_t.to_dict("records"), start=2)]
    return ConceptMap(tuple(nodes), tuple(edges))


def focus(cmap: ConceptMap, chapter: int | None = None, node: str | None = None):
    """(highlighted node codes, highlighted edge indices) for a chapter, a node, or all."""
    if chapter is not None and node is not None:
        raise ValueError("Pilih bab atau simpul, tidak keduanya.")
    if chapter is None and node is None:
        return {n.code for n in cmap.nodes}, set(range(len(cmap.edges)))
    if chapter is not None:
        if chapter not in CHAPTERS:
            raise ValueError(f"Bab {chapter!r} tidak ada; pilihan: 1–7.")
        lit = {n.code for n in cmap.nodes if chapter in n.chapters}
        edges = {i for i, e in enumerate(cmap.edges) if e.source in lit and e.target in lit}
        return lit, edges
    cmap.node(node)  # validates
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


# ---------------------------------------------------------------- figure layer
def updates(cmap: ConceptMap, lit: set[str], lit_edges: set[int]):
    """Restyle groups and relayout that show ``lit`` nodes/edges and dim the rest."""
    opacity = [1.0 if n.code in lit else DIM for n in cmap.nodes]
    text_color = ["#111111" if n.code in lit else "#bbbbbb" for n in cmap.nodes]
    groups = [({"marker.opacity": [opacity], "textfont.color": [text_color]}, [0])]
    relayout = {f"annotations[{i}].opacity": (1.0 if i in lit_edges else DIM)
                for i in range(len(cmap.edges))}
    return groups, relayout


def apply(fig, cmap: ConceptMap, lit: set[str], lit_edges: set[int]) -> None:
    apply_updates(fig, *updates(cmap, lit, lit_edges))


def figure(chapter: int | None = None, node: str | None = None, data_dir=None) -> go.Figure:
    """The concept map; ``chapter`` or ``node`` highlights a part of it."""
    cmap = concept_map(data_dir)
    fig = go.Figure()
    fig.add_scatter(
        x=[n.x for n in cmap.nodes], y=[n.y for n in cmap.nodes], mode="markers+text",
        text=[n.short for n in cmap.nodes], textposition="middle right",
        marker={"size": 16, "color": [CHAPTER_COLORS[n.chapters[0]] for n in cmap.nodes],
                "line": {"width": 1, "color": "white"}},
        customdata=[node_detail(cmap, n.code) for n in cmap.nodes],
        hovertext=[f"{n.label}<br>Bab {', '.join(map(str, n.chapters))}" for n in cmap.nodes],
        hoverinfo="text", name="Konsep", cliponaxis=False,
    )
    pos = {n.code: n for n in cmap.nodes}
    fig.add_scatter(  # invisible edge midpoints: hover and click show the relation
        x=[(pos[e.source].x + pos[e.target].x) / 2 for e in cmap.edges],
        y=[(pos[e.source].y + pos[e.target].y) / 2 for e in cmap.edges],
        mode="markers", marker={"size": 12, "opacity": 0},
        hovertext=[cmap.sentence(e) for e in cmap.edges], hoverinfo="text",
        customdata=[cmap.sentence(e) for e in cmap.edges], name="Hubungan",
    )
    annotations = [
        {"x": pos[e.target].x, "y": pos[e.target].y, "ax": pos[e.source].x, "ay": pos[e.source].y,
         "xref": "x", "yref": "y", "axref": "x", "ayref": "y", "text": "", "showarrow": True,
         "arrowhead": 2, "arrowsize": 1, "arrowwidth": 1.2, "arrowcolor": "#777777",
         "standoff": 9, "startstandoff": 9, "opacity": 1.0}
        for e in cmap.edges
    ]
    xs = [n.x for n in cmap.nodes]
    ys = [n.y for n in cmap.nodes]
    fig.update_layout(
        height=760, margin={"l": 10, "r": 10, "t": 50, "b": 10}, showlegend=False,
        plot_bgcolor="white", annotations=annotations, dragmode="pan",
        font={"size": 12, "family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"},
        title={"text": "Peta konsep buku: dari NPM sampai tuas pengungkit", "x": 0.02,
               "font": {"size": 16}},
        xaxis={"visible": False, "range": [min(xs) - 0.3, max(xs) + 1.6]},
        yaxis={"visible": False, "range": [min(ys) - 0.6, max(ys) + 0.6]},
    )
    apply(fig, cmap, *focus(cmap, chapter, node))
    return fig


def text_version(data_dir=None) -> Table:
    cmap = concept_map(data_dir)
    rows = [[cmap.node(e.source).label, e.label, cmap.node(e.target).label] for e in cmap.edges]
    return Table("Peta konsep sebagai daftar hubungan", ["Dari", "Hubungan", "Ke"], rows)


def explorer(data_dir=None) -> BookFigure:
    """Static explorer: a button per chapter highlights its concepts; clicks show details."""
    cmap = concept_map(data_dir)
    fig = figure(data_dir=data_dir)
    buttons = []
    for label, chapter in [("Semua", None)] + [(f"Bab {c}", c) for c in CHAPTERS]:
        groups, relayout = updates(cmap, *focus(cmap, chapter))
        (restyle, traces), = groups
        buttons.append({"label": label, "method": "update", "args": [restyle, relayout, traces]})
    fig.update_layout(updatemenus=[{
        "type": "dropdown", "buttons": buttons, "showactive": True, "active": 0,
        "x": 0.0, "xanchor": "left", "y": 1.0, "yanchor": "bottom", "pad": {"b": 4},
        "font": {"size": 13},
    }], margin={"t": 90})
    fig.update_layout(title={"y": 0.98, "yanchor": "top", "yref": "container"})
    alt = (f"Peta konsep seluruh buku: {len(cmap.nodes)} konsep dan {len(cmap.edges)} hubungan "
           "berarah, mengalir dari atas (New Public Management) ke bawah (tuas pengungkit dan New Public Service). "
           "Menu di kiri atas menyorot konsep setiap bab.")
    return BookFigure(fig, alt, text=text_version(data_dir),
                      detail="Klik sebuah konsep atau titik tengah sebuah panah untuk membaca "
                             "hubungannya di sini.")


def widget(data_dir=None):
    """Live version: choose a concept; its neighbours light up and its relations are listed."""
    import ipywidgets as w

    cmap = concept_map(data_dir)
    fig = go.FigureWidget(figure(data_dir=data_dir))
    menu = w.Dropdown(options=[("(semua konsep)", "")] + [(f"{n.code} {n.short}", n.code)
                                                          for n in cmap.nodes],
                      value="", description="Konsep", layout=w.Layout(width="100%"))
    detail = w.HTML()

    def choose(change=None):
        code = menu.value or None
        apply(fig, cmap, *focus(cmap, node=code))
        detail.value = ("" if code is None else
                        "<pre style='white-space:pre-wrap'>" + node_detail(cmap, code) + "</pre>")

    menu.observe(choose, names="value")
    box = w.VBox([menu, fig, detail])
    box.figure, box.menu, box.detail = fig, menu, detail
    return box
