"""Bab 1: the four determinants of WoG as pillars of a shared outcome.

``data/determinan_wog.csv`` gives the four pillars; the roof is the shared outcome
(its text in ``data/teks_gambar.csv``). Clicking a pillar or the roof shows its
explanation in the detail pane. The live widget "Cek instansi Anda" breaks the
pillars a reader marks as missing, and the roof tilts where a half has none left.

* model – :func:`determinants`, :func:`status` (a :class:`Kondisi`);
* state → update – :func:`update`;
* figure – :func:`figure`;
* front-ends – :func:`explorer` (static, click for detail), :func:`formulir` ("Cek instansi
  Anda" in the static book: the explorer under one check box per determinant) and
  :func:`widget`.
"""
from __future__ import annotations

from dataclasses import dataclass

import plotly.graph_objects as go

from ..inti import data, gaya
from ..inti.formulir import Centang, Formulir, Hasil
from ..inti.tampil import BookFigure, Table, table
from ..inti.update import Update
from ..inti.widget import Live, pane

COLORS = tuple(gaya.OKABE_ITO[c] for c in ("biru", "hijau", "oranye", "ungu"))
MISSING_COLOR = "#d9d9d9"
ROOF_WHOLE, ROOF_BROKEN = gaya.OKABE_ITO["kuning"], "#bdbdbd"
#: The plinth's height, a whole pillar's and a broken pillar's (axis units).
BASE, FULL, BROKEN = 0.14, 1.0, 0.42
HINT = "Klik salah satu tiang (atau atap) untuk melihat penjelasan dan contohnya di sini."
INTRO = ("<p><b>Cek instansi Anda.</b> Pikirkan satu kerja sama lintas instansi yang Anda "
         "ikuti. Hapus centang determinan yang <i>belum</i> ada.</p>")
#: How a determinant's name is broken into lines inside its pillar (others: as written).
LABELS = {"Agenda dan tujuan bersama": "Agenda<br>& tujuan<br>bersama",
          "Jejaring kerja": "Jejaring<br>kerja"}


# ------------------------------------------------------------------ model
def determinants() -> dict[str, dict]:
    """The rows of ``determinan_wog.csv`` by name, in file order."""
    return {row["determinan"]: row for row in data.load("determinan_wog").to_dict("records")}


def outcome() -> str:
    """What the roof stands for (``teks_gambar.csv``)."""
    texts = data.load("teks_gambar")
    row = texts[(texts["gambar"] == "determinan") & (texts["kunci"] == "hasil_bersama")]
    return row["teks"].iloc[0]  # the schema makes sure the row exists


@dataclass(frozen=True)
class Kondisi:
    """Which determinants an organisation has and which it misses (in the data's order)."""

    present: tuple[str, ...]
    missing: tuple[str, ...]

    @property
    def message(self) -> str:
        if not self.missing:
            return "Empat determinan WoG menopang hasil bersama"
        if not self.present:
            return "Tanpa satu pun determinan, WoG tidak berdiri"
        return f"WoG pincang: belum ada {', '.join(m.lower() for m in self.missing)}"


def status(present=None) -> Kondisi:
    """Validate the names of the determinants that are present (None: all of them)."""
    names = list(determinants())
    if present is None:
        present = names
    if isinstance(present, str) or not hasattr(present, "__iter__"):
        raise ValueError("Determinan yang ada harus berupa daftar nama (mis. ['Kolaborasi']); "
                         f"diterima: {present!r}.")
    present = list(present)
    for p in present:
        data.choose("Determinan", p, names, "determinan_wog.csv")
    return Kondisi(tuple(n for n in names if n in present),
                   tuple(n for n in names if n not in present))


def detail(row: dict) -> str:
    """The detail-pane text of one pillar."""
    return f"{row['determinan']}\n{row['penjelasan']}\nContoh: {row['contoh']}"


# ---------------------------------------------------------- state → update
def update(present=None) -> Update:
    """The pillars (broken when missing), the roof resting on them, and the heading."""
    state = status(present)
    names = list(determinants())
    ok = [n in state.present for n in names]
    heights = [FULL if o else BROKEN for o in ok]
    colors = [c if o else MISSING_COLOR for c, o in zip(COLORS, ok)]
    texts = [LABELS.get(n, gaya.esc(n)) + ("" if o else "<br><i>(belum ada)</i>")
             for n, o in zip(names, ok)]
    # the roof rests on the tallest pillar of each half: it tilts when a half has none left
    half = len(names) / 2
    left = BASE + max(h for i, h in enumerate(heights) if i < half) + 0.02
    right = BASE + max(h for i, h in enumerate(heights) if i >= half) + 0.02
    x0, x1 = -0.62, len(names) - 0.38
    peak = (left + right) / 2 + 0.5
    return Update(
        {0: {"y": heights, "text": texts, "marker.color": colors,
             "marker.pattern.shape": ["" if o else "x" for o in ok],
             "textfont.color": [gaya.ink(c) for c in colors]},
         1: {"x": [x0, (x0 + x1) / 2, x1, x0], "y": [left, peak, right, left],
             "fillcolor": ROOF_BROKEN if state.missing else ROOF_WHOLE},
         2: {"y": [(left + right) / 2 + 0.17]}},
        {f"annotations[{gaya.HEADING}].text": f"<b>{gaya.wrap(state.message, 36)}</b>"})


# ------------------------------------------------- the static book's own form
def hasil(values: dict) -> Hasil:
    """The form's answer: the heading of the figure and what is missing, and the figure."""
    present = [n for n in determinants() if values[n]]
    state = status(present)
    lines = tuple(f"Belum ada: {m}." for m in state.missing) or (
        "Keempat tiang berdiri: pertahankan dengan agenda bersama yang terus diperbarui.",)
    return Hasil(state.message + ".", lines, update(present).state())


def formulir() -> Formulir:
    """"Cek instansi Anda" in the static book: one check box per determinant above the
    figure of the four pillars, which breaks those the reader unticks."""
    return Formulir(
        "bab1.determinan", "1", "Cek instansi Anda",
        "Pikirkan satu kerja sama lintas instansi yang Anda ikuti. Hapus centang "
        "determinan yang belum ada.",
        [Centang(n, n, default=True) for n in determinants()], hasil, gambar=explorer(),
        awalan="CEK")


# ------------------------------------------------------------------ figure
def figure(present=None) -> go.Figure:
    """Four pillars (the determinants) holding up a roof (the shared outcome)."""
    rows = list(determinants().values())
    n = len(rows)
    roof = outcome()
    fig = go.Figure()
    fig.add_bar(
        x=list(range(n)), y=[FULL] * n, base=BASE, width=0.8, name="Determinan",
        marker={"color": list(COLORS), "line": {"color": gaya.INK, "width": 1},
                "pattern": {"shape": [""] * n, "fgcolor": "#777"}},
        text=[""] * n, textposition="inside", insidetextanchor="middle", textangle=0,
        textfont={"size": 13}, constraintext="none",
        customdata=[gaya.esc(detail(r)) for r in rows],
        hovertext=[f"<b>{gaya.esc(r['determinan'])}</b><br>{gaya.wrap(r['penjelasan'], 40)}"
                   for r in rows],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    fig.add_scatter(x=[0], y=[0], mode="lines", fill="toself", name="Atap",
                    line={"color": gaya.INK, "width": 1.5}, hoverinfo="skip")
    fig.add_scatter(
        x=[(n - 1) / 2], y=[0], mode="text", name="Hasil bersama", cliponaxis=False,
        text=["<b>Hasil (outcome)<br>bersama</b>"], textfont={"size": 14, "color": gaya.INK},
        customdata=[gaya.esc(roof)], hovertext=[gaya.wrap(roof, 40)],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    gaya.diagram_layout(fig, height=470, top=52)
    fig.update_layout(
        annotations=[gaya.heading()],
        xaxis={"range": [-0.7, n - 0.3]}, yaxis={"range": [0, BASE + FULL + 0.6]},
        shapes=[{"type": "rect", "xref": "x", "yref": "y", "x0": -0.7, "x1": n - 0.3,
                 "y0": 0, "y1": BASE, "fillcolor": "#e8e8e8", "line": {"width": 0},
                 "layer": "below"}],
        bargap=0.2,
    )
    update(present).apply(fig)
    return fig


def text() -> Table:
    return table("determinan_wog", {"determinan": "Determinan", "penjelasan": "Penjelasan",
                                    "contoh": "Contoh"}, "Empat faktor determinan WoG")


# ------------------------------------------------------------ front-ends
def explorer() -> BookFigure:
    """Static figure: hover or click a pillar to read its explanation and example."""
    names = list(determinants())
    alt = (f"Gambar rumah dengan empat tiang: {', '.join(names)}. Keempat tiang menopang atap "
           "bertuliskan 'Hasil (outcome) bersama'. Klik sebuah tiang untuk membaca penjelasan "
           "dan contohnya.")
    return BookFigure(figure(), alt, text=text(), detail=HINT)


def widget() -> Live:
    """Live "Cek instansi Anda": untick what your organisation lacks; pillars break."""
    import ipywidgets as w

    names = list(determinants())
    fig = go.FigureWidget(figure())
    boxes = {n: w.Checkbox(value=True, description=n, indent=False,
                           layout=w.Layout(width="auto")) for n in names}
    detail = pane(HINT)
    box = w.VBox([w.HTML(INTRO),
                  w.HBox(list(boxes.values()), layout=w.Layout(flex_flow="row wrap")), fig,
                  detail])
    live = Live(box, fig, dict(boxes), detail=detail)

    def redraw(_change=None):
        update([n for n in names if boxes[n].value]).apply(fig)

    def clicked(trace, points, _state):
        if points.point_inds:
            live.show_point(trace, points.point_inds[0])

    for b in boxes.values():
        b.observe(redraw, names="value")
    fig.data[0].on_click(clicked)
    fig.data[2].on_click(clicked)
    return live
