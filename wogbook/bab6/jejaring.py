"""The network of each maturity stage: separate silos → a coordinating service centre →
a strong network inside government → one network with the private sector.

* model – :func:`actors` (``data/jejaring_simpul.csv``) and :func:`network`, which
  puts together a stage's links (``data/jejaring_sisi.csv``), its enclosed groups
  and its summary (``data/jejaring_tahap.csv``);
* state → update – :func:`update`: the drawn network of a stage, as an
  :class:`~wogbook.inti.update.Update` of the traces :func:`add_traces` made;
* figure – :func:`add_traces` draws the panel into a figure (the timeline of
  :mod:`wogbook.bab6.linimasa` has it under its stage bands); :func:`figure` draws
  the panel alone.

The network has no explorer of its own: the book shows it inside the timeline, whose
year slider and live widget change it through :func:`update`.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import plotly.graph_objects as go

from ..inti import data, gaya
from ..inti.aturan import EDGE_KINDS, NODE_KINDS
from ..inti.update import Update
from ._common import ROMAWI, Stage, check_stage

C = gaya.OKABE_ITO
#: name in the legend, colour, width, dash
EDGE_STYLE = {
    "akses": ("Akses warga", C["hitam"], 1.5, "dot"),
    "koordinasi": ("Koordinasi", C["biru_langit"], 2.5, "dash"),
    "jejaring": ("Jejaring pemerintah", C["biru"], 2.5, "solid"),
    "swasta_koordinasi": ("Swasta dikoordinasi", C["oranye"], 2.5, "dash"),
    "swasta_inklusi": ("Swasta dalam jejaring", C["merah"], 3.0, "solid"),
}
#: colour, symbol, size, text position
NODE_STYLE = {
    "pusat": (C["hitam"], "square", 24, "middle right"),
    "instansi": (C["biru"], "circle", 30, "middle center"),
    "layanan": (C["hijau"], "diamond", 24, "middle left"),
    "warga": (C["ungu"], "circle", 22, "middle right"),
    "swasta": (C["oranye"], "triangle-up", 24, "middle right"),
}
#: Links counted as "inside government" in a summary's {pemerintah}.
GOVERNMENT_LINKS = ("koordinasi", "jejaring")
#: Traces of the panel, relative to its first trace: silos, shared area, links, actors.
SILO, CLUSTER = 0, 1
EDGES = {k: 2 + i for i, k in enumerate(EDGE_KINDS)}
NODES = {k: 2 + len(EDGE_KINDS) + i for i, k in enumerate(NODE_KINDS)}
COUNT = 2 + len(EDGE_KINDS) + len(NODE_KINDS)


# ----------------------------------------------------------------------- model
@dataclass(frozen=True)
class Node:
    id: str
    label: str
    kind: str  # one of NODE_KINDS
    x: float
    y: float
    #: drawn in every stage, linked or not (the centre and the agencies)
    always: bool
    #: the hover text
    keterangan: str


@dataclass(frozen=True)
class Edge:
    a: str
    b: str
    kind: str  # one of EDGE_KINDS


@dataclass(frozen=True)
class Network:
    """Who is there and who is linked to whom in one stage."""

    tahap: int
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    #: Enclosed groups: ("silo", (member,)) per isolated agency, or ("klaster", members).
    groups: tuple[tuple[str, tuple[str, ...]], ...]
    ringkasan: str

    def node(self, node_id: str) -> Node:
        found = [n for n in self.nodes if n.id == node_id]
        if not found:
            raise ValueError(f"Pelaku '{node_id}' tidak ada dalam jejaring tahap {self.tahap}; "
                             f"yang ada: {', '.join(n.id for n in self.nodes)}.")
        return found[0]

    def linked(self, a: str, b: str) -> bool:
        return any({e.a, e.b} == {a, b} for e in self.edges)

    def reachable(self, start: str) -> set[str]:
        """Every node that can be reached from ``start`` along the links."""
        seen, todo = {start}, [start]
        while todo:
            here = todo.pop()
            for e in self.edges:
                for x, y in ((e.a, e.b), (e.b, e.a)):
                    if x == here and y not in seen:
                        seen.add(y)
                        todo.append(y)
        return seen


def actors() -> dict[str, Node]:
    """Every actor of ``data/jejaring_simpul.csv``, by id, in file order."""
    return {r["simpul"]: Node(r["simpul"], r["label"], r["jenis"], float(r["x"]), float(r["y"]),
                              bool(r["selalu_tampil"]), r["keterangan"])
            for r in data.load("jejaring_simpul").to_dict("records")}


def agencies() -> tuple[str, ...]:
    """The ids of the agencies (actors of the kind 'instansi')."""
    return tuple(k for k, n in actors().items() if n.kind == "instansi")


def _words(cell) -> tuple[str, ...]:
    return tuple(cell.split()) if isinstance(cell, str) else ()


def network(tahap) -> Network:
    """The network of a stage (a number or a :class:`Stage`): actors, links, groups, summary."""
    tahap = check_stage(tahap)
    every = actors()
    links = data.load("jejaring_sisi")
    edges = tuple(Edge(r["dari"], r["ke"], r["jenis"])
                  for r in links[links["tahap"] == tahap].to_dict("records"))
    rows = data.load("jejaring_tahap")
    (row,) = rows[rows["tahap"] == tahap].to_dict("records")  # one per stage (skema)
    groups = tuple(("silo", (m,)) for m in _words(row["silo"]))
    if _words(row["klaster"]):
        groups += (("klaster", _words(row["klaster"])),)
    ids = {n for e in edges for n in (e.a, e.b)} | {m for _, ms in groups for m in ms}
    ids |= {k for k, n in every.items() if n.always}
    government = sum(1 for e in edges if e.kind in GOVERNMENT_LINKS)
    return Network(tahap, tuple(n for k, n in every.items() if k in ids), edges, groups,
                   data.fill(row["ringkasan"], pemerintah=government, semua=len(edges)))


# -------------------------------------------------------------- state → update
def _rounded(x0, x1, y0, y1, r=0.045, n=5):
    """A closed rounded rectangle as a polygon (x list, y list)."""
    xs, ys = [], []
    corners = ((x1 - r, y1 - r, 0), (x0 + r, y1 - r, 90), (x0 + r, y0 + r, 180),
               (x1 - r, y0 + r, 270))
    for cx, cy, start in corners:
        for k in range(n + 1):
            t = math.radians(start + 90 * k / n)
            xs.append(round(cx + r * math.cos(t), 4))
            ys.append(round(cy + r * math.sin(t), 4))
    return xs + [xs[0]], ys + [ys[0]]


def _group_xy(net: Network, kind: str) -> tuple[list, list]:
    xs, ys = [], []
    pad_x, pad_y = (0.085, 0.11) if kind == "silo" else (0.07, 0.1)
    for group_kind, members in net.groups:
        if group_kind != kind:
            continue
        nodes = [net.node(m) for m in members]
        gx, gy = _rounded(min(n.x for n in nodes) - pad_x, max(n.x for n in nodes) + pad_x,
                          min(n.y for n in nodes) - pad_y, max(n.y for n in nodes) + pad_y)
        if xs:
            xs.append(None)
            ys.append(None)
        xs += gx
        ys += gy
    return xs or [None], ys or [None]


def _edge_xy(net: Network, kind: str) -> tuple[list, list]:
    xs, ys = [], []
    for e in net.edges:
        if e.kind == kind:
            a, b = net.node(e.a), net.node(e.b)
            xs += [a.x, b.x, None]
            ys += [a.y, b.y, None]
    return xs or [None], ys or [None]


def _node_xy(net: Network, every: dict[str, Node], kind: str) -> tuple[list, list]:
    present = {n.id for n in net.nodes}
    chosen = [n for n in every.values() if n.kind == kind]
    return ([n.x if n.id in present else None for n in chosen],
            [n.y if n.id in present else None for n in chosen])


def update(net: Network | Stage | int, first: int = 0) -> Update:
    """The drawn network ``net`` (or that of a stage), for traces made by :func:`add_traces`
    starting at trace ``first``."""
    if not isinstance(net, Network):
        net = network(net)
    every = actors()
    xy = {SILO: _group_xy(net, "silo"), CLUSTER: _group_xy(net, "klaster")}
    xy.update({EDGES[k]: _edge_xy(net, k) for k in EDGE_KINDS})
    xy.update({NODES[k]: _node_xy(net, every, k) for k in NODE_KINDS})
    return Update({first + t: {"x": x, "y": y} for t, (x, y) in sorted(xy.items())})


# ---------------------------------------------------------------------- figure
def add_traces(fig: go.Figure, xaxis: str = "x", yaxis: str = "y") -> None:
    """Append the panel's :data:`COUNT` traces (empty; :func:`update` fills them)."""
    fig.add_scatter(x=[None], y=[None], mode="lines", fill="toself", name="Silo",
                    fillcolor="rgba(0,0,0,0.06)", line={"color": "#8a8a8a", "width": 1},
                    hoverinfo="skip", showlegend=False, xaxis=xaxis, yaxis=yaxis)
    fig.add_scatter(x=[None], y=[None], mode="lines", fill="toself", name="Jejaring bersama",
                    fillcolor="rgba(0,158,115,0.13)",
                    line={"color": C["hijau"], "width": 1.5, "dash": "dot"},
                    hoverinfo="skip", showlegend=False, xaxis=xaxis, yaxis=yaxis)
    for kind in EDGE_KINDS:
        name, color, width, dash = EDGE_STYLE[kind]
        fig.add_scatter(x=[None], y=[None], mode="lines", name=name, hoverinfo="skip",
                        line={"color": color, "width": width, "dash": dash},
                        xaxis=xaxis, yaxis=yaxis)
    every = actors()
    for kind in NODE_KINDS:
        color, symbol, size, position = NODE_STYLE[kind]
        chosen = [n for n in every.values() if n.kind == kind]
        inside = kind == "instansi"
        fig.add_scatter(
            x=[None] * len(chosen), y=[None] * len(chosen), mode="markers+text",
            name=gaya.esc(chosen[0].label) if len(chosen) == 1 else "Instansi",
            text=[gaya.esc(n.id if inside else n.label) for n in chosen], textposition=position,
            textfont={"size": 13 if inside else 12, "color": "#FFFFFF" if inside else "#000000"},
            marker={"color": color, "symbol": symbol, "size": size,
                    "line": {"color": "white", "width": 1.5}},
            hovertext=[gaya.esc(n.keterangan) for n in chosen],
            hovertemplate="%{hovertext}<extra></extra>", showlegend=False,
            cliponaxis=False, xaxis=xaxis, yaxis=yaxis,
        )


#: The panel's axis ranges (room for the labels beside the outer actors).
X_RANGE, Y_RANGE = [-0.03, 1.03], [-0.16, 1.1]


def figure(tahap=1) -> go.Figure:
    """The network of stage ``tahap`` alone, with the legend of its links."""
    net = network(tahap)
    fig = go.Figure()
    add_traces(fig)
    fig.update_layout(gaya.base_layout(420, top=50, bottom=40,
                                       title=f"Jejaring kerja Tahap {ROMAWI[net.tahap]}"),
                      dragmode=False, showlegend=True,
                      legend={"orientation": "h", "x": 0, "y": 0, "yanchor": "top"},
                      xaxis={"range": X_RANGE, "visible": False, "fixedrange": True},
                      yaxis={"range": Y_RANGE, "visible": False, "fixedrange": True})
    update(net).apply(fig)
    return fig
