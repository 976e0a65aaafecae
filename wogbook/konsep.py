"""The concept figures of chapters 1 and 2: what Whole of Government means.

Four interactives, each in three layers (model -> figure -> front-ends), as in
:mod:`wogbook.korupsi`. Every change of a figure goes through ONE ``*_updates``
function that returns plotly restyle groups and a relayout; the figure function
uses it for the initial state, the static explorer precomputes it for every
plotly button, and the live widget calls it from its callbacks.

1. *Koordinasi vs kolaborasi* (chapter 1, ``data/koordinasi_kolaborasi.csv``):
   two stacked panels – five agencies each heading for its own goal, then the
   same agencies heading for one shared goal – and a menu of aspects that shows
   the coordination and the collaboration text of the chosen aspect.
2. *Empat determinan WoG* (chapter 1, ``data/determinan_wog.csv``): four pillars
   that hold up the shared outcome; clicking a pillar shows its explanation and
   example. The live widget "Cek instansi Anda" breaks the pillars a reader
   marks as missing.
3. *Ciri wicked problems* (chapter 2, ``data/ciri_wicked_problem.csv``): the
   traits by source (module, Rittel & Webber 1973, APSC 2007) with filter
   buttons; clicking a trait shows its explanation. The live widget "Uji masalah
   Anda" counts, per source, the traits a reader ticks for a problem.
4. *Perspektif WoG* (chapter 2): a reconstruction of the module's lost Gambar 2
   from its text – a silo view above, the WoG view below – for three example
   problems (banjir, stunting, korupsi).

Reader-facing text is Indonesian; bad input raises ValueError in Indonesian
naming the value and what is allowed.
"""
from __future__ import annotations

import html
import math
import textwrap
from dataclasses import dataclass

import plotly.graph_objects as go

from . import data
from .tabel import Table
from .tampil import BookFigure
from .tampil import apply_updates as _apply

FONT = {"size": 13, "family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
        "color": "#222"}
# Colours: only the Okabe–Ito palette (#E69F00 #56B4E9 #009E73 #F0E442 #0072B2 #D55E00
# #CC79A7 #000000), safe for the common kinds of colour blindness, plus greys and tints.
INK, MUTED, PANEL = "#222222", "#555555", "#f3f7fb"
#: Characters per line of wrapped figure text: fits a 390 px phone at 12–13 px.
WRAP = 42


# -------------------------------------------------------------------- helpers
def _wrap(text: str, width: int = WRAP) -> str:
    """Wrap plain text for plotly (``<br>`` line breaks), HTML-escaped."""
    lines = textwrap.wrap(str(text), width, break_long_words=False, break_on_hyphens=False)
    return "<br>".join(html.escape(line, quote=False) for line in lines) or ""


def _choose(what: str, value, allowed) -> None:
    """Raise a ValueError in Indonesian if ``value`` is not one of ``allowed``."""
    allowed = list(allowed)
    if not any(value == a and type(value) is type(a) for a in allowed):
        raise ValueError(f"{what} {value!r} tidak dikenal; pilihan yang ada: "
                         f"{', '.join(map(str, allowed))}.")



def _current(fig: go.Figure, trace: int, key: str):
    """The value of the dotted property ``key`` of trace ``trace`` in ``fig`` (or None)."""
    node = fig.data[trace].to_plotly_json()
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return list(node) if isinstance(node, tuple) else node


def _merge(groups, fig: go.Figure) -> tuple[dict, list[int]]:
    """Merge restyle groups into one restyle over the union of their traces (for buttons).

    A trace that a key does not concern keeps the value it has in ``fig``: in plotly.js a
    ``null`` would reset it (and e.g. a trace without ``x`` is not drawn at all).
    """
    traces = sorted({t for _, ts in groups for t in ts})
    merged: dict[str, list] = {}
    for restyle, ts in groups:
        for key, values in restyle.items():
            column = merged.setdefault(key, [_current(fig, t, key) for t in traces])
            for t, v in zip(ts, values):
                column[traces.index(t)] = v
    return merged, traces


def _button(label: str, fig: go.Figure, groups, relayout: dict) -> dict:
    restyle, traces = _merge(groups, fig)
    if not traces:
        return {"label": label, "method": "relayout", "args": [relayout]}
    return {"label": label, "method": "update", "args": [restyle, relayout, traces]}


def _layout(fig: go.Figure, height: int, top: int) -> None:
    """The common look: fixed height, responsive width, no zoom or drag, no legend."""
    fig.update_layout(
        height=height, margin={"l": 6, "r": 6, "t": top, "b": 6}, font=FONT,
        separators=",.", showlegend=False, plot_bgcolor="white", paper_bgcolor="white",
        dragmode=False, hovermode="closest",
        hoverlabel={"font": {"size": 13, "family": FONT["family"]}, "align": "left"},
        title={"x": 0.01, "xanchor": "left", "y": 0.995, "yanchor": "top", "yref": "container",
               "font": {"size": 16}},
    )
    fig.update_xaxes(visible=False, fixedrange=True)
    fig.update_yaxes(visible=False, fixedrange=True)


#: Index of the heading annotation of the determinants and traits figures.
HEADING = 0


def _heading(yshift: int = 4) -> dict:
    """A (multi-line) heading above the plot area; plotly clips multi-line titles."""
    return {"xref": "paper", "yref": "paper", "x": 0, "y": 1, "xanchor": "left",
            "yanchor": "bottom", "yshift": yshift, "align": "left", "showarrow": False,
            "text": "", "font": {"size": 15}}


# ============================================ 1. koordinasi versus kolaborasi
#: Five agencies of the chapter's opening story: (name, figure label, its own goal).
KK_AGENCIES = (
    ("Dukcapil", "Dukcapil", "akta<br>terbit"),
    ("Dinas Kesehatan", "Dinas<br>Kesehatan", "target<br>dinas"),
    ("BPJS Kesehatan", "BPJS<br>Kesehatan", "peserta<br>terdaftar"),
    ("Puskesmas", "Puskesmas", "imunisasi<br>tercatat"),
    ("Pemda", "Pemda", "serapan<br>anggaran"),
)
KK_COLORS = ("#E69F00", "#56B4E9", "#009E73", "#0072B2", "#CC79A7")
KK_SHARED_GOAL = ("Setiap bayi langsung punya akta kelahiran dan tercatat untuk "
                  "layanan kesehatan")
#: Index of the two annotations that carry the chosen aspect's texts.
KK_TEXT_KOORDINASI, KK_TEXT_KOLABORASI = 0, 1


def aspects(data_dir=None) -> dict[str, dict]:
    """The rows of ``koordinasi_kolaborasi.csv`` by aspect, in file order."""
    table = data.load("koordinasi_kolaborasi", data_dir)
    return {row["aspek"]: row for row in table.to_dict("records")}


def aspect(name: str, data_dir=None) -> dict:
    """One aspect's row (``aspek``, ``koordinasi``, ``kolaborasi``), validated."""
    rows = aspects(data_dir)
    _choose("Aspek", name, rows)
    return rows[name]


def koordinasi_updates(name: str, data_dir=None) -> tuple[list, dict]:
    """Restyle groups (none) and the relayout that show aspect ``name`` in the figure."""
    row = aspect(name, data_dir)
    relayout = {
        f"annotations[{KK_TEXT_KOORDINASI}].text":
            f"<b>{html.escape(name)}</b> dalam koordinasi:<br>{_wrap(row['koordinasi'])}",
        f"annotations[{KK_TEXT_KOLABORASI}].text":
            f"<b>{html.escape(name)}</b> dalam kolaborasi:<br>{_wrap(row['kolaborasi'])}",
    }
    return [], relayout


def koordinasi_figure(name: str | None = None, data_dir=None) -> go.Figure:
    """Coordination (each agency to its own goal) above collaboration (one shared goal)."""
    rows = aspects(data_dir)
    name = next(iter(rows)) if name is None else name
    _choose("Aspek", name, rows)
    n = len(KK_AGENCIES)
    xs = list(range(n))
    fig = go.Figure()
    for axis, suffix in (("x", ""), ("x2", "2")):
        coord = "koordinasi" if axis == "x" else "kolaborasi"
        fig.add_scatter(
            x=xs, y=[0] * n, xaxis=axis, yaxis=f"y{suffix}", mode="markers+text",
            marker={"size": 22, "color": list(KK_COLORS), "line": {"color": INK, "width": 1}},
            text=[a[1] for a in KK_AGENCIES], textposition="bottom center",
            textfont={"size": 11}, cliponaxis=False,
            hovertext=[f"<b>{a[0]}</b><br>dalam {coord}: menuju "
                       + (a[2].replace("<br>", " ") if axis == "x" else "tujuan bersama")
                       for a in KK_AGENCIES],
            hovertemplate="%{hovertext}<extra></extra>", name=f"Instansi ({coord})",
        )
    fig.add_scatter(
        x=xs, y=[1] * n, mode="markers+text", name="Tujuan masing-masing",
        marker={"size": 16, "symbol": "diamond", "color": "white",
                "line": {"color": list(KK_COLORS), "width": 3}},
        text=[a[2] for a in KK_AGENCIES], textposition="top center",
        textfont={"size": 11}, cliponaxis=False,
        hovertext=[f"Tujuan sendiri {a[0]}: {a[2].replace('<br>', ' ')}" for a in KK_AGENCIES],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    fig.add_scatter(
        x=[(n - 1) / 2], y=[1], xaxis="x2", yaxis="y2", mode="markers+text",
        name="Tujuan bersama",
        marker={"size": 26, "symbol": "star", "color": "#F0E442", "line": {"color": INK,
                                                                          "width": 1.5}},
        text=[_wrap(KK_SHARED_GOAL, 36)], textposition="top center", textfont={"size": 12},
        cliponaxis=False, hovertext=[f"Tujuan bersama: {KK_SHARED_GOAL}"],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    text_box = {"xref": "paper", "yref": "paper", "x": 0, "xanchor": "left", "yanchor": "top",
                "align": "left", "showarrow": False, "bgcolor": PANEL, "borderpad": 6,
                "font": {"size": 13}}
    annotations = [
        dict(text_box, y=0.62, text=""),
        dict(text_box, y=0.115, text=""),
        {"xref": "paper", "yref": "paper", "x": 0, "y": 1.0, "xanchor": "left",
         "yanchor": "top", "align": "left", "showarrow": False, "font": {"size": 14},
         "text": "<b>Koordinasi</b><br>tiap instansi menuju tujuannya sendiri"},
        {"xref": "paper", "yref": "paper", "x": 0, "y": 0.48, "xanchor": "left",
         "yanchor": "top", "align": "left", "showarrow": False, "font": {"size": 14},
         "text": "<b>Kolaborasi</b><br>semua instansi menuju satu tujuan bersama"},
    ]
    arrow = {"showarrow": True, "arrowhead": 2, "arrowsize": 1.2, "arrowwidth": 2,
             "text": "", "standoff": 11, "startstandoff": 13}
    for i, color in enumerate(KK_COLORS):
        annotations.append(dict(arrow, x=i, y=1, ax=i, ay=0, xref="x", yref="y", axref="x",
                                ayref="y", arrowcolor=color))
        annotations.append(dict(arrow, x=(n - 1) / 2, y=1, ax=i, ay=0, xref="x2", yref="y2",
                                axref="x2", ayref="y2", arrowcolor=color, standoff=15))
    _layout(fig, height=760, top=56)
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
    _apply(fig, *koordinasi_updates(name, data_dir))
    return fig


def koordinasi_text(data_dir=None) -> Table:
    """The text version of the figure: every aspect, side by side."""
    rows = aspects(data_dir).values()
    return Table("Koordinasi dan kolaborasi per aspek", ["Aspek", "Koordinasi", "Kolaborasi"],
                 [[r["aspek"], r["koordinasi"], r["kolaborasi"]] for r in rows])


def koordinasi_explorer(name: str | None = None, data_dir=None) -> BookFigure:
    """Static explorer: a plotly dropdown of aspects (relayout computed by the model)."""
    rows = aspects(data_dir)
    name = next(iter(rows)) if name is None else name
    fig = koordinasi_figure(name, data_dir)
    buttons = [_button(a, fig, *koordinasi_updates(a, data_dir)) for a in rows]
    fig.update_layout(updatemenus=[{
        "type": "dropdown", "buttons": buttons, "active": list(rows).index(name),
        "x": 0.30, "xanchor": "left", "y": 1.0, "yanchor": "bottom", "pad": {"b": 10},
        "font": {"size": 13}, "showactive": True, "bgcolor": "white",
    }])
    fig.add_annotation(xref="paper", yref="paper", x=0, y=1.0, yanchor="bottom",
                       xanchor="left", yshift=16, showarrow=False, text="Pilih aspek:",
                       font={"size": 14})
    alt = ("Dua gambar bersusun. Atas, koordinasi: lima instansi (Dukcapil, Dinas Kesehatan, "
           "BPJS Kesehatan, Puskesmas, Pemda) masing-masing berpanah ke tujuannya sendiri. "
           f"Bawah, kolaborasi: kelima instansi yang sama berpanah ke satu tujuan bersama: "
           f"{KK_SHARED_GOAL.lower()}. Menu 'Pilih aspek' menampilkan perbedaan koordinasi "
           f"dan kolaborasi untuk setiap aspek ({', '.join(rows)}); awalnya aspek {name}.")
    return BookFigure(fig, alt, text=koordinasi_text(data_dir))


def koordinasi_widget(name: str | None = None):
    """Live version: an ipywidgets dropdown of aspects drives the same figure."""
    import ipywidgets as w

    rows = aspects()
    name = next(iter(rows)) if name is None else name
    fig = go.FigureWidget(koordinasi_figure(name))
    menu = w.Dropdown(options=list(rows), value=name, description="Aspek",
                      layout=w.Layout(width="100%", max_width="28em"))

    def choose(change):
        _apply(fig, *koordinasi_updates(change["new"]))

    menu.observe(choose, names="value")
    box = w.VBox([menu, fig])
    box.figure, box.menu = fig, menu
    return box


# ================================================ 2. empat determinan WoG
DET_COLORS = ("#0072B2", "#009E73", "#E69F00", "#CC79A7")
DET_MISSING_COLOR = "#d9d9d9"
DET_BASE, DET_FULL, DET_BROKEN = 0.14, 1.0, 0.42
DET_OUTCOME = ("Hasil (outcome) bersama: hasil yang tidak dapat dicapai apabila setiap "
               "instansi bekerja sendiri (Halligan). Keempat determinan bersama-sama "
               "menopangnya; jika salah satunya tidak ada, WoG akan pincang.")
DET_HINT = "Klik salah satu tiang (atau atap) untuk melihat penjelasan dan contohnya di sini."
#: How each determinant's name is broken into lines inside its pillar.
DET_LABELS = {"Agenda dan tujuan bersama": "Agenda<br>& tujuan<br>bersama",
              "Jejaring kerja": "Jejaring<br>kerja"}


def determinants(data_dir=None) -> dict[str, dict]:
    """The rows of ``determinan_wog.csv`` by name, in file order."""
    table = data.load("determinan_wog", data_dir)
    return {row["determinan"]: row for row in table.to_dict("records")}


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


def determinant_status(present=None, data_dir=None) -> Kondisi:
    """Validate the names of the determinants that are present (None: all of them)."""
    names = list(determinants(data_dir))
    if present is None:
        present = names
    if isinstance(present, str) or not hasattr(present, "__iter__"):
        raise ValueError("Determinan yang ada harus berupa daftar nama (mis. ['Kolaborasi']); "
                         f"diterima: {present!r}.")
    present = list(present)
    for p in present:
        _choose("Determinan", p, names)
    return Kondisi(tuple(n for n in names if n in present),
                   tuple(n for n in names if n not in present))


def _ink(background: str) -> str:
    """Black or white text, whichever contrasts more with ``background`` (WCAG formula)."""
    def lum(hex_color):
        rgb = [int(hex_color[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        rgb = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
    light = lum(background)
    return "#ffffff" if (1.05 / (light + 0.05)) > ((light + 0.05) / 0.05) else "#000000"


def _det_detail(row: dict) -> str:
    return f"{row['determinan']}\n{row['penjelasan']}\nContoh: {row['contoh']}"


def determinan_updates(present=None, data_dir=None) -> tuple[list, dict]:
    """Restyle the pillars (broken when missing), tilt the roof, and set the title."""
    rows = determinants(data_dir)
    state = determinant_status(present, data_dir)
    names = list(rows)
    ok = [n in state.present for n in names]
    heights = [DET_FULL if o else DET_BROKEN for o in ok]
    colors = [c if o else DET_MISSING_COLOR for c, o in zip(DET_COLORS, ok)]
    patterns = ["" if o else "x" for o in ok]
    inks = [_ink(c) for c in colors]
    texts = [DET_LABELS.get(n, n) + ("" if o else "<br><i>(belum ada)</i>")
             for n, o in zip(names, ok)]
    # the roof rests on the tallest pillar of each half: it tilts when a half has none left
    half = len(names) / 2
    left = DET_BASE + max(h for i, h in enumerate(heights) if i < half) + 0.02
    right = DET_BASE + max(h for i, h in enumerate(heights) if i >= half) + 0.02
    x0, x1 = -0.62, len(names) - 0.38
    mid = (x0 + x1) / 2
    peak = (left + right) / 2 + 0.5
    roof_color = "#F0E442" if not state.missing else "#bdbdbd"
    groups = [
        ({"y": [heights], "text": [texts], "marker.color": [colors],
          "marker.pattern.shape": [patterns], "textfont.color": [inks]}, [0]),
        ({"x": [[x0, mid, x1, x0]], "y": [[left, peak, right, left]],
          "fillcolor": [roof_color]}, [1]),
        ({"y": [[(left + right) / 2 + 0.17]]}, [2]),
    ]
    return groups, {f"annotations[{HEADING}].text": f"<b>{_wrap(state.message, 36)}</b>"}


def determinan_figure(present=None, data_dir=None) -> go.Figure:
    """Four pillars (the determinants) holding up a roof (the shared outcome)."""
    rows = determinants(data_dir)
    n = len(rows)
    fig = go.Figure()
    fig.add_bar(
        x=list(range(n)), y=[DET_FULL] * n, base=DET_BASE, width=0.8, name="Determinan",
        marker={"color": list(DET_COLORS), "line": {"color": INK, "width": 1},
                "pattern": {"shape": [""] * n, "fgcolor": "#777"}},
        text=[""] * n, textposition="inside", insidetextanchor="middle", textangle=0,
        textfont={"size": 13}, constraintext="none",
        customdata=[_det_detail(r) for r in rows.values()],
        hovertext=[f"<b>{html.escape(r['determinan'])}</b><br>{_wrap(r['penjelasan'], 40)}"
                   for r in rows.values()],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    fig.add_scatter(x=[0], y=[0], mode="lines", fill="toself", name="Atap",
                    line={"color": INK, "width": 1.5}, hoverinfo="skip")
    fig.add_scatter(
        x=[(n - 1) / 2], y=[0], mode="text", name="Hasil bersama", cliponaxis=False,
        text=["<b>Hasil (outcome)<br>bersama</b>"], textfont={"size": 14, "color": INK},
        customdata=[DET_OUTCOME], hovertext=[_wrap(DET_OUTCOME, 40)],
        hovertemplate="%{hovertext}<extra></extra>",
    )
    _layout(fig, height=470, top=52)
    fig.update_layout(
        annotations=[_heading()],
        xaxis={"range": [-0.7, n - 0.3]}, yaxis={"range": [0, DET_BASE + DET_FULL + 0.6]},
        shapes=[{"type": "rect", "xref": "x", "yref": "y", "x0": -0.7, "x1": n - 0.3,
                 "y0": 0, "y1": DET_BASE, "fillcolor": "#e8e8e8", "line": {"width": 0},
                 "layer": "below"}],
        bargap=0.2,
    )
    _apply(fig, *determinan_updates(present, data_dir))
    return fig


def determinan_text(data_dir=None) -> Table:
    rows = determinants(data_dir).values()
    return Table("Empat faktor determinan WoG", ["Determinan", "Penjelasan", "Contoh"],
                 [[r["determinan"], r["penjelasan"], r["contoh"]] for r in rows])


def determinan_explorer(data_dir=None) -> BookFigure:
    """Static figure: hover or click a pillar to read its explanation and example."""
    fig = determinan_figure(None, data_dir)
    names = list(determinants(data_dir))
    alt = (f"Gambar rumah dengan empat tiang: {', '.join(names)}. Keempat tiang menopang atap "
           "bertuliskan 'Hasil (outcome) bersama'. Klik sebuah tiang untuk membaca penjelasan "
           "dan contohnya.")
    return BookFigure(fig, alt, text=determinan_text(data_dir), detail=DET_HINT)


def determinan_widget():
    """Live "Cek instansi Anda": untick what your organisation lacks; pillars break."""
    import ipywidgets as w

    names = list(determinants())
    fig = go.FigureWidget(determinan_figure())
    boxes = {n: w.Checkbox(value=True, description=n, indent=False,
                           layout=w.Layout(width="auto")) for n in names}
    intro = w.HTML("<p><b>Cek instansi Anda.</b> Pikirkan satu kerja sama lintas instansi "
                   "yang Anda ikuti. Hapus centang determinan yang <i>belum</i> ada.</p>")
    detail = w.HTML(f"<p>{DET_HINT}</p>")

    def redraw(_change=None):
        _apply(fig, *determinan_updates([n for n in names if boxes[n].value]))

    def clicked(trace, points, _state):
        if points.point_inds:
            text = trace.customdata[points.point_inds[0]]
            detail.value = "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"

    for b in boxes.values():
        b.observe(redraw, names="value")
    fig.data[0].on_click(clicked)
    fig.data[2].on_click(clicked)
    box = w.VBox([intro, w.HBox(list(boxes.values()), layout=w.Layout(flex_flow="row wrap")),
                  fig, detail])
    box.figure, box.checkboxes, box.detail = fig, boxes, detail
    return box


# ============================================== 3. ciri wicked problems
SOURCES = {"modul": "Modul (Budiati, 2017)", "rittel1973": "Rittel & Webber (1973)",
           "apsc2007": "APSC (2007)"}
SOURCE_BUTTONS = {"semua": "Semua", "modul": "Modul", "rittel1973": "Rittel–Webber",
                  "apsc2007": "APSC"}
SOURCE_COLORS = {"modul": "#0072B2", "rittel1973": "#E69F00", "apsc2007": "#009E73"}
SOURCE_NOTES = {
    "modul": ("Modul (Budiati, 2017) menyebut ciri wicked problems 'antara lain': tidak jelas "
              "sebabnya, multidimensi, dan menyangkut perubahan perilaku. Daftar ini tidak "
              "lengkap, sehingga dilengkapi dua sumber lain."),
    "rittel1973": ("Rittel & Webber (1973), dua ahli perencanaan, memperkenalkan istilah "
                   "wicked problems dan membedakannya dari tame problems (masalah jinak). "
                   "Mereka merumuskan sepuluh karakteristik."),
    "apsc2007": ("Australian Public Service Commission (2007), Tackling Wicked Problems: "
                 "'wicked' berarti sangat sulit diselesaikan, bukan jahat. Ciri-ciri ini "
                 "diringkas Lynelle Briggs; menanganinya perlu pendekatan yang lebih luas, "
                 "kolaboratif dan inovatif."),
}
CIRI_HINT = "Klik sebuah ciri (atau judul sumber) untuk membaca penjelasannya di sini."
#: Vertical space of one text line, of the gap after a row, before a header (axis units).
LINE, GAP, HEADER_GAP = 1.0, 0.5, 0.6
#: Top margin of the traits figure: room for a three-line heading, or heading + buttons.
CIRI_TOP = 104


def traits(source: str = "semua", data_dir=None) -> list[dict]:
    """The traits of one source (or all), in file order; each with an ``id`` 'sumber-no'."""
    _choose("Sumber", source, SOURCE_BUTTONS)
    table = data.load("ciri_wicked_problem", data_dir)
    rows = [dict(r, id=f"{r['sumber']}-{r['no']}") for r in table.to_dict("records")]
    unknown = sorted({r["sumber"] for r in rows} - set(SOURCES))
    if unknown:  # pragma: no cover - the schema allows only these sources
        raise ValueError(f"Sumber {', '.join(unknown)} belum punya label di konsep.SOURCES.")
    return [r for r in rows if source in ("semua", r["sumber"])]


def _check_applies(applies, data_dir=None) -> set[str] | None:
    if applies is None:
        return None
    if isinstance(applies, str) or not hasattr(applies, "__iter__"):
        raise ValueError("Ciri yang cocok harus berupa daftar kode ciri (mis. ['modul-1']); "
                         f"diterima: {applies!r}.")
    ids = [t["id"] for t in traits("semua", data_dir)]
    applies = list(applies)
    for a in applies:
        _choose("Kode ciri", a, ids)
    return set(applies)


def trait_counts(applies, data_dir=None) -> dict[str, tuple[int, int]]:
    """For each source: (number of its traits in ``applies``, number of its traits)."""
    chosen = _check_applies(applies, data_dir) or set()
    counts = {}
    for source in SOURCES:
        ids = [t["id"] for t in traits(source, data_dir)]
        counts[source] = (sum(i in chosen for i in ids), len(ids))
    return counts


def _rows(source: str, data_dir=None) -> list[dict]:
    """The rows drawn for ``source``: a header per source, then its traits, with y centres."""
    chosen = traits(source, data_dir)
    out, y = [], 0.0
    for src in SOURCES:
        mine = [t for t in chosen if t["sumber"] == src]
        if not mine:
            continue
        if out:
            y += HEADER_GAP
        out.append({"kind": "header", "source": src, "y": -(y + LINE / 2),
                    "text": f"<b>{SOURCES[src]}</b> · {len(mine)} ciri",
                    "detail": SOURCE_NOTES[src]})
        y += LINE + GAP / 2
        for t in mine:
            text = _wrap(f"{t['no']}. {t['ciri']}", 40)
            lines = text.count("<br>") + 1
            out.append({"kind": "trait", "source": src, "id": t["id"],
                        "y": -(y + lines * LINE / 2), "text": text,
                        "detail": f"{SOURCES[src]}, ciri {t['no']}: {t['ciri']}\n"
                                  f"{t['penjelasan']}",
                        "hover": f"{_wrap(t['penjelasan'], 40)}"})
            y += lines * LINE + GAP
    return out


def ciri_updates(source: str = "semua", applies=None, problem: str = "",
                 data_dir=None) -> tuple[list, dict]:
    """Restyle the header and trait traces for ``source``; mark the traits in ``applies``.

    ``applies`` None: no test running (every marker filled); otherwise a list of trait
    ids – those are filled and ticked, the others hollow – and the title counts them.
    """
    rows = _rows(source, data_dir)
    chosen = _check_applies(applies, data_dir)
    heads = [r for r in rows if r["kind"] == "header"]
    items = [r for r in rows if r["kind"] == "trait"]
    ticked = [chosen is None or r["id"] in chosen for r in items]
    groups = [
        ({"x": [[0] * len(heads)], "y": [[r["y"] for r in heads]],
          "text": [[r["text"] for r in heads]], "customdata": [[r["detail"] for r in heads]],
          "hovertext": [[_wrap(r["detail"], 40) for r in heads]]}, [0]),
        ({"x": [[0.03] * len(items)], "y": [[r["y"] for r in items]],
          "text": [[r["text"] for r in items]], "customdata": [[r["detail"] for r in items]],
          "hovertext": [[r["hover"] for r in items]],
          "marker.color": [[SOURCE_COLORS[r["source"]] for r in items]],
          "marker.line.color": [[SOURCE_COLORS[r["source"]] for r in items]],
          "marker.symbol": [["square" if t else "square-open" for t in ticked]]}, [1]),
    ]
    label = "semua sumber" if source == "semua" else SOURCES[source]
    title = f"<b>Ciri <i>wicked problems</i>: {label}</b>"
    if chosen is not None:
        counts = trait_counts(chosen, data_dir)
        name = " ".join(str(problem or "").split())[:60] or "masalah Anda"
        parts = " · ".join(f"{SOURCE_BUTTONS[s]} {k}/{n}" for s, (k, n) in counts.items())
        title += (f"<br><span style='font-size:13px'>{_wrap('Cocok untuk ' + name + ':', 44)}"
                  f"<br>{parts}</span>")
    return groups, {f"annotations[{HEADING}].text": title}


def _ciri_height(data_dir=None) -> tuple[int, float]:
    rows = _rows("semua", data_dir)
    bottom = min(r["y"] for r in rows) - 1.2
    return int(CIRI_TOP + 10 + 19 * -bottom), bottom


def ciri_figure(source: str = "semua", applies=None, problem: str = "",
                data_dir=None) -> go.Figure:
    """The traits as a list of coloured markers grouped under their source."""
    height, bottom = _ciri_height(data_dir)
    fig = go.Figure()
    fig.add_scatter(x=[], y=[], mode="text", name="Sumber", textposition="middle right",
                    textfont={"size": 14}, cliponaxis=False,
                    hovertemplate="%{hovertext}<extra></extra>")
    fig.add_scatter(x=[], y=[], mode="markers+text", name="Ciri", textposition="middle right",
                    marker={"size": 14, "line": {"width": 2}}, textfont={"size": 13},
                    cliponaxis=False, hovertemplate="%{hovertext}<extra></extra>")
    _layout(fig, height=height, top=CIRI_TOP)
    fig.update_layout(annotations=[_heading()], xaxis={"range": [0, 1]},
                      yaxis={"range": [bottom, 0.2]})
    _apply(fig, *ciri_updates(source, applies, problem, data_dir))
    return fig


def ciri_text(data_dir=None) -> Table:
    return Table("Ciri wicked problems menurut tiga sumber", ["Sumber", "No.", "Ciri",
                                                               "Penjelasan"],
                 [[SOURCES[t["sumber"]], t["no"], t["ciri"], t["penjelasan"]]
                  for t in traits("semua", data_dir)])


def ciri_explorer(source: str = "semua", data_dir=None) -> BookFigure:
    """Static explorer: plotly buttons filter by source; click a trait for its detail."""
    fig = ciri_figure(source, None, "", data_dir)
    buttons = [_button(label, fig, *ciri_updates(s, None, "", data_dir))
               for s, label in SOURCE_BUTTONS.items()]
    fig.update_layout(updatemenus=[{
        "type": "buttons", "direction": "right", "buttons": buttons,
        "active": list(SOURCE_BUTTONS).index(source), "showactive": True,
        "x": 0, "xanchor": "left", "y": 1.0, "yanchor": "bottom", "pad": {"b": 8, "t": 0},
        "font": {"size": 13}, "bgcolor": "white",
    }])
    fig.layout.annotations[HEADING].yshift = 48
    counts = {s: len(traits(s, data_dir)) for s in SOURCES}
    alt = ("Daftar ciri wicked problems dikelompokkan per sumber: "
           + ", ".join(f"{SOURCES[s]} {n} ciri" for s, n in counts.items())
           + ". Tombol di atas menyaring per sumber; klik sebuah ciri untuk membaca "
             "penjelasannya.")
    return BookFigure(fig, alt, text=ciri_text(data_dir), detail=CIRI_HINT)


def ciri_widget(source: str = "semua"):
    """Live "Uji masalah Anda": tick the traits that fit your problem; counts per source."""
    import ipywidgets as w

    all_traits = traits("semua")
    fig = go.FigureWidget(ciri_figure(source, [], ""))
    menu = w.Dropdown(options=[(SOURCES.get(s, "Semua sumber"), s) for s in SOURCE_BUTTONS],
                      value=source, description="Sumber",
                      layout=w.Layout(width="100%", max_width="28em"))
    problem = w.Text(value="", description="Masalah", placeholder="mis. banjir di kota kami",
                     layout=w.Layout(width="100%", max_width="28em"))
    boxes = {t["id"]: w.Checkbox(value=False, description=f"{t['no']}. {t['ciri']}",
                                 indent=False, layout=w.Layout(width="auto"))
             for t in all_traits}
    groups = []
    for s, label in SOURCES.items():
        groups.append(w.HTML(f"<b>{html.escape(label)}</b>"))
        groups += [boxes[t["id"]] for t in all_traits if t["sumber"] == s]

    def redraw(_change=None):
        applies = [i for i, b in boxes.items() if b.value]
        _apply(fig, *ciri_updates(menu.value, applies, problem.value))

    for control in (menu, problem, *boxes.values()):
        control.observe(redraw, names="value")
    intro = w.HTML("<p><b>Uji masalah Anda.</b> Tulis satu masalah di instansi Anda, lalu "
                   "centang ciri yang cocok. Judul gambar menghitung ciri yang cocok per "
                   "sumber.</p>")
    box = w.VBox([intro, problem, menu, w.VBox(groups), fig])
    box.figure, box.menu, box.problem, box.checkboxes = fig, menu, problem, boxes
    return box


# =========================================== 4. perspektif WoG (Gambar 2)
GROUPS = {"pusat": "instansi pusat", "daerah": "instansi daerah",
          "nonpemerintah": "mitra non-pemerintah"}
GROUP_COLORS = {"pusat": "#0072B2", "daerah": "#009E73", "nonpemerintah": "#CC79A7"}


@dataclass(frozen=True)
class Pihak:
    """One actor of an example problem: who, which group, what a silo sees and aims at."""

    nama: str
    kelompok: str
    potongan: str
    tujuan: str


@dataclass(frozen=True)
class Masalah:
    nama: str
    hasil: str
    pihak: tuple[Pihak, ...]


#: Illustrative examples (the chapter's opening story, stunting, the module's corruption).
PROBLEMS = {
    "banjir": Masalah("Banjir", "Permukiman tepi sungai tidak lagi terendam setiap musim hujan", (
        Pihak("Kementerian PU", "pusat", "sungai & tanggul", "tanggul selesai"),
        Pihak("Dinas PU kota", "daerah", "saluran kota", "saluran dikeruk"),
        Pihak("Dinas LH kota", "daerah", "sampah di sungai", "sampah terangkut"),
        Pihak("Pemkab hulu", "daerah", "izin perumahan", "investasi masuk"),
        Pihak("Pengembang", "nonpemerintah", "lahan di hulu", "rumah terjual"),
        Pihak("Warga & pedagang", "nonpemerintah", "tempat tinggal", "tetap di bantaran"),
    )),
    "stunting": Masalah("Stunting", "Anak tumbuh sehat dan angka stunting turun", (
        Pihak("Kemenkes", "pusat", "gizi & imunisasi", "target program"),
        Pihak("BKKBN", "pusat", "keluarga berisiko", "keluarga didampingi"),
        Pihak("Dinas Kesehatan", "daerah", "layanan puskesmas", "laporan cakupan"),
        Pihak("Pemerintah desa", "daerah", "dana desa", "jalan desa jadi"),
        Pihak("Kader posyandu", "nonpemerintah", "penimbangan", "balita ditimbang"),
        Pihak("Keluarga", "nonpemerintah", "pola asuh & makan", "kebiasaan lama"),
    )),
    "korupsi": Masalah("Korupsi", "Layanan publik yang bersih dan akuntabel", (
        Pihak("KPK", "pusat", "penindakan", "kasus ditangani"),
        Pihak("Kejaksaan & Polri", "pusat", "penyidikan", "berkas lengkap"),
        Pihak("Inspektorat", "daerah", "audit internal", "temuan audit"),
        Pihak("Pemda", "daerah", "perizinan", "izin terbit"),
        Pihak("Pelaku usaha", "nonpemerintah", "izin usaha", "urusan cepat"),
        Pihak("Masyarakat", "nonpemerintah", "pengaduan", "urusan selesai"),
    )),
}
#: Angles (degrees) of the six actor slots around the ring, filled in group order:
#: left (pusat first), bottom, right; the top is left free for the arrow to the outcome.
SLOTS = (150, 210, 250, 290, 330, 30)
#: Determinants sit on the ring as numbered badges, on the diagonals.
DET_ANGLES = (45, 135, 225, 315)
RING, INNER, ACTOR_R, OUTCOME_Y = 1.25, 1.0, 2.0, 2.6
PER_HINT = ("Klik sebuah pihak, ciri masalah, nomor determinan di cincin, atau bintang hasil "
            "bersama untuk membaca keterangannya di sini.")
#: Trace indexes of the perspective figure.
(T_SILO_ACTORS, T_SILO_PIECES, T_SILO_GOALS, T_EDGES, T_ACTORS, T_TRAITS, T_DETS,
 T_OUTCOME) = range(8)
#: Annotation indexes of the perspective figure that change with the problem.
A_SILO_TITLE, A_PROBLEM = 0, 1


def problem(name: str) -> Masalah:
    """An example problem by key (banjir, stunting, korupsi), validated."""
    _choose("Contoh masalah", name, PROBLEMS)
    return PROBLEMS[name]


def _order(m: Masalah) -> list[int]:
    """Actor indexes in slot order: grouped (pusat, daerah, non-pemerintah), stable."""
    return sorted(range(len(m.pihak)), key=lambda i: list(GROUPS).index(m.pihak[i].kelompok))


def _polar(r: float, degrees: float) -> tuple[float, float]:
    a = math.radians(degrees)
    return round(r * math.cos(a), 4), round(r * math.sin(a), 4)


def _slots(m: Masalah) -> list[tuple[float, float]]:
    """Position of each actor (in the data's order) on the outer circle of the WoG view."""
    pos = [(0.0, 0.0)] * len(m.pihak)
    for slot, i in zip(SLOTS, _order(m)):
        pos[i] = _polar(ACTOR_R, slot)
    return pos


def perspektif_updates(name: str) -> tuple[list, dict]:
    """Labels, colours, positions and click texts of one example problem, in both panels."""
    m = problem(name)
    actors = m.pihak
    silo = [f"{p.nama} ({GROUPS[p.kelompok]}) dalam cara pandang silo: hanya melihat "
            f"potongan '{p.potongan}' dan mengejar tujuannya sendiri, '{p.tujuan}'."
            for p in actors]
    wog = [f"{p.nama} ({GROUPS[p.kelompok]}) dalam perspektif WoG: terhubung dengan pihak "
           f"lain dalam satu jejaring dan membawa pengetahuan serta sumber dayanya tentang "
           f"'{p.potongan}' untuk hasil bersama: {m.hasil[0].lower() + m.hasil[1:]}."
           for p in actors]
    colors = [GROUP_COLORS[p.kelompok] for p in actors]
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
    outcome = f"Hasil bersama: {m.hasil}."
    groups = [
        ({"text": [[_wrap(p.nama, 11) for p in actors]], "customdata": [silo],
          "marker.color": [colors]}, [T_SILO_ACTORS]),
        ({"text": [[_wrap(p.potongan, 12) for p in actors]], "customdata": [silo]},
         [T_SILO_PIECES]),
        ({"text": [[_wrap(p.tujuan, 11) for p in actors]], "customdata": [silo]},
         [T_SILO_GOALS]),
        ({"x": [edges_x], "y": [edges_y]}, [T_EDGES]),
        ({"x": [[p[0] for p in pos]], "y": [[p[1] for p in pos]],
          "text": [[_wrap(p.nama, 11) for p in actors]], "customdata": [wog],
          "marker.color": [colors]}, [T_ACTORS]),
        ({"text": [[f"<b>{_wrap(m.hasil, 36)}</b>"]], "customdata": [[outcome]]},
         [T_OUTCOME]),
    ]
    relayout = {
        f"annotations[{A_SILO_TITLE}].text":
            f"<b>Cara pandang silo</b><br>{html.escape(m.nama.lower())} dipotong menurut "
            "tupoksi",
        f"annotations[{A_PROBLEM}].text": f"<b>{html.escape(m.nama.upper())}</b>",
    }
    return groups, relayout


def perspektif_figure(name: str = "banjir", data_dir=None) -> go.Figure:
    """Silo view (above) and the WoG view (below) of one example problem."""
    m = problem(name)
    n = len(m.pihak)
    ciri = traits("modul", data_dir)
    dets = determinants(data_dir)
    fig = go.Figure()
    rows = [-i for i in range(n)]
    blank = [""] * n
    hover = "%{customdata}<extra></extra>"
    # --- silo panel (x, y): actor | piece of the problem | arrow | own goal
    fig.add_scatter(x=[0.3] * n, y=rows, mode="markers+text", name="Pihak (silo)",
                    text=blank, textposition="middle left", textfont={"size": 12},
                    marker={"size": 11, "symbol": "circle"}, cliponaxis=False,
                    hovertemplate=hover)
    fig.add_scatter(x=[0.5] * n, y=rows, mode="text", name="Potongan masalah", text=blank,
                    textfont={"size": 11}, cliponaxis=False, hovertemplate=hover)
    fig.add_scatter(x=[0.74] * n, y=rows, mode="markers+text", name="Tujuan sendiri",
                    text=blank, textposition="middle right", textfont={"size": 12},
                    marker={"size": 10, "symbol": "diamond-open", "color": INK},
                    cliponaxis=False, hovertemplate=hover)
    # --- WoG panel (x2, y2)
    fig.add_scatter(x=[], y=[], xaxis="x2", yaxis="y2", mode="lines", name="Jejaring",
                    line={"color": "#9a9a9a", "width": 1.5}, hoverinfo="skip")
    fig.add_scatter(x=[], y=[], xaxis="x2", yaxis="y2", mode="markers+text", name="Pihak",
                    text=blank, textposition="bottom center", textfont={"size": 11},
                    marker={"size": 16, "line": {"color": "white", "width": 1.5}},
                    cliponaxis=False, hovertemplate=hover)
    trait_y = (0.2, -0.14, -0.46)
    fig.add_scatter(
        x=[0] * len(ciri), y=list(trait_y[:len(ciri)]), xaxis="x2", yaxis="y2", mode="text",
        name="Ciri masalah", cliponaxis=False, textfont={"size": 11},
        text=[_wrap(c["ciri"].lower(), 19) for c in ciri],
        customdata=[f"Ciri wicked problems menurut modul: {c['ciri']}. {c['penjelasan']}"
                    for c in ciri], hovertemplate=hover,
    )
    badges = [_polar(RING, a) for a in DET_ANGLES[:len(dets)]]
    fig.add_scatter(
        x=[b[0] for b in badges], y=[b[1] for b in badges], xaxis="x2", yaxis="y2",
        mode="markers+text", name="Determinan", cliponaxis=False,
        marker={"size": 22, "symbol": "circle", "color": "#0072B2",
                "line": {"color": "white", "width": 2}},
        text=[str(i + 1) for i in range(len(dets))], textposition="middle center",
        textfont={"size": 12, "color": "white"},
        customdata=[f"Determinan {i + 1}, {r['determinan']}: {r['penjelasan']}"
                    for i, r in enumerate(dets.values())], hovertemplate=hover,
    )
    fig.add_scatter(x=[0], y=[OUTCOME_Y], xaxis="x2", yaxis="y2", mode="markers+text",
                    name="Hasil bersama", marker={"size": 24, "symbol": "star",
                                                  "color": "#F0E442",
                                                  "line": {"color": INK, "width": 1.5}},
                    text=[""], textposition="top center", textfont={"size": 12},
                    cliponaxis=False, hovertemplate=hover)
    shapes = []
    for i in range(n):  # the problem cut into pieces, with gaps between them
        shapes.append({"type": "rect", "xref": "x", "yref": "y", "x0": 0.355, "x1": 0.645,
                       "y0": -i - 0.38, "y1": -i + 0.38, "fillcolor": "#fbe1cf",
                       "line": {"color": "#D55E00", "width": 1}, "layer": "below"})
    shapes += [
        {"type": "circle", "xref": "x2", "yref": "y2", "x0": -RING, "x1": RING, "y0": -RING,
         "y1": RING, "line": {"color": "#56B4E9", "width": 10}, "layer": "below"},
        {"type": "circle", "xref": "x2", "yref": "y2", "x0": -INNER, "x1": INNER,
         "y0": -INNER, "y1": INNER, "fillcolor": "#fbe1cf",
         "line": {"color": "#D55E00", "width": 1.5}, "layer": "below"},
    ]
    note = {"xref": "paper", "yref": "paper", "x": 0, "xanchor": "left", "yanchor": "top",
            "align": "left", "showarrow": False, "font": {"size": 14}}
    groups = [f"<span style='color:{GROUP_COLORS[g]}'>●</span> {label}"
              for g, label in GROUPS.items()]
    det_names = [f"<b>{i + 1}</b> {d.lower()}" for i, d in enumerate(dets)]
    legend = (" ".join(groups[:2]) + "<br>" + " ".join(groups[2:])
              + "<br><span style='color:#0072B2'>●</span> cincin pengikat, empat determinan: "
              + "<br>" + " · ".join(det_names[:2]) + "<br>" + " · ".join(det_names[2:]))
    annotations = [
        dict(note, y=1.0, text=""),
        {"xref": "x2", "yref": "y2", "x": 0, "y": 0.56, "showarrow": False, "text": "",
         "font": {"size": 14, "color": INK}},
        dict(note, y=0.635, text="<b>Perspektif WoG</b><br>satu masalah, satu jejaring, "
                                 "satu hasil bersama"),
        dict(note, y=0.958, text="pihak · potongan masalah · tujuan sendiri",
             font={"size": 12, "color": MUTED}),
        dict(note, y=0.0, yanchor="bottom", text=legend, font={"size": 12}),
        {"xref": "x2", "yref": "y2", "x": 0, "y": OUTCOME_Y - 0.2, "ax": 0, "ay": RING + 0.12,
         "axref": "x2", "ayref": "y2", "showarrow": True, "arrowhead": 2, "arrowwidth": 2.5,
         "arrowsize": 1.2, "arrowcolor": INK, "text": ""},
        {"xref": "x", "yref": "y", "x": 0.5, "y": -n + 0.55, "xanchor": "center",
         "yanchor": "top", "showarrow": False, "align": "center",
         "text": "<i>celah di antara potongan:<br>tak ada yang memilikinya</i>",
         "font": {"size": 11, "color": "#8a3a00"}},
    ]
    for i in range(n):
        annotations.append({"xref": "x", "yref": "y", "x": 0.735, "y": -i, "ax": 0.655,
                            "ay": -i, "axref": "x", "ayref": "y", "showarrow": True,
                            "arrowhead": 2, "arrowwidth": 1.5, "arrowcolor": MUTED,
                            "text": "", "standoff": 6})
    _layout(fig, height=1000, top=52)
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
    _apply(fig, *perspektif_updates(name))
    return fig


def perspektif_text(data_dir=None) -> Table:
    rows = []
    for m in PROBLEMS.values():
        for p in m.pihak:
            rows.append([m.nama, p.nama, GROUPS[p.kelompok], p.potongan, p.tujuan])
        rows.append([m.nama, "Semua pihak dalam satu jejaring", "perspektif WoG",
                     "seluruh masalah, dengan ketiga cirinya", m.hasil])
    return Table("Perspektif WoG untuk tiga contoh masalah (ilustrasi)",
                 ["Contoh masalah", "Pihak", "Kelompok", "Yang dilihat (silo)",
                  "Tujuan (silo) / hasil bersama (WoG)"], rows)


def perspektif_explorer(name: str = "banjir", data_dir=None) -> BookFigure:
    """Static explorer: plotly buttons switch the example problem in both panels."""
    problem(name)
    fig = perspektif_figure(name, data_dir)
    buttons = [_button(m.nama, fig, *perspektif_updates(key)) for key, m in PROBLEMS.items()]
    fig.update_layout(updatemenus=[{
        "type": "buttons", "direction": "right", "buttons": buttons,
        "active": list(PROBLEMS).index(name), "showactive": True, "x": 0, "xanchor": "left",
        "y": 1.0, "yanchor": "bottom", "pad": {"b": 8, "t": 0}, "font": {"size": 13},
        "bgcolor": "white",
    }])
    ciri = ", ".join(c["ciri"].lower() for c in traits("modul", data_dir))
    dets = ", ".join(d.lower() for d in determinants(data_dir))
    alt = ("Rekonstruksi Gambar 2 modul (Perspektif WoG) dari uraian teks modul, bukan "
           "gambar asli yang hilang dari naskah; contoh pihak dan tujuannya adalah ilustrasi. "
           "Atas, cara pandang silo: masalah dipotong menurut tupoksi, setiap pihak hanya "
           "melihat potongannya dan mengejar tujuannya sendiri, dengan celah di antaranya. "
           f"Bawah, perspektif WoG: masalah di tengah dengan tiga cirinya ({ciri}); instansi "
           "pusat, instansi daerah dan mitra non-pemerintah terhubung dalam satu jejaring; "
           f"empat determinan ({dets}) menjadi cincin pengikat; panah menuju satu hasil "
           "bersama. Tombol di atas beralih antara contoh banjir, stunting dan korupsi.")
    return BookFigure(fig, alt, text=perspektif_text(data_dir), detail=PER_HINT)


def perspektif_widget(name: str = "banjir"):
    """Live version: a dropdown of example problems drives the same figure."""
    import ipywidgets as w

    problem(name)
    fig = go.FigureWidget(perspektif_figure(name))
    menu = w.Dropdown(options=[(m.nama, k) for k, m in PROBLEMS.items()], value=name,
                      description="Masalah", layout=w.Layout(width="100%", max_width="24em"))
    detail = w.HTML(f"<p>{PER_HINT}</p>")

    def choose(change):
        _apply(fig, *perspektif_updates(change["new"]))

    def clicked(trace, points, _state):
        if points.point_inds:
            detail.value = f"<p>{html.escape(trace.customdata[points.point_inds[0]])}</p>"

    menu.observe(choose, names="value")
    for t in (T_SILO_ACTORS, T_SILO_PIECES, T_SILO_GOALS, T_ACTORS, T_TRAITS, T_DETS,
              T_OUTCOME):
        fig.data[t].on_click(clicked)
    box = w.VBox([menu, fig, detail])
    box.figure, box.menu, box.detail = fig, menu, detail
    return box
