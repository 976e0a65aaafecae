"""The four stages of network maturity (module Table 2) on a 2000–2026 timeline.

* model – the stages (:mod:`wogbook.bab6._common`: :func:`stages`, :func:`stage_of`)
  and :func:`milestones`, the real e-government milestones of Singapore and
  Indonesia (``data/tonggak_maturasi.csv``);
* state → update – :func:`year_update` (year marker, title, the stage's traits and
  its network, :func:`wogbook.bab6.jejaring.update`), :func:`highlight_update` (the
  reader's own stage from the self-assessment) and :func:`update` (both);
* figure – :func:`figure`: the timeline (stage bands, milestones, year marker), the
  network of the chosen year and the traits of its stage;
* front-ends – :func:`explorer` (static book: a year slider whose steps are
  :func:`update` for every year, click → detail pane, text version) and
  :func:`widget` (ipywidgets: year slider + the "Di mana instansi saya?" form of
  :mod:`wogbook.bab6.asesmen`, which marks the reader's stage on the same figure).
"""
from __future__ import annotations

import textwrap
from dataclasses import dataclass

import plotly.graph_objects as go

from ..inti import data, formulir, gaya, kontrol
from ..inti.aturan import PRIVATE_SECTOR
from ..inti.formulir import Formulir, Hasil
from ..inti.tampil import BookFigure, Table, Tables
from ..inti.update import Update
from ..inti.widget import Live
from . import asesmen, jejaring
from ._common import (TAHUN_AWAL, TAHUN_SEKARANG, YEARS, Stage, check_stage, check_year,
                      stage, stage_of, stages)

C = gaya.OKABE_ITO
STAGE_COLORS = {1: C["kuning"], 2: C["biru_langit"], 3: C["hijau"], 4: C["biru"]}
COUNTRY_STYLE = {"Singapura": (C["oranye"], "diamond"), "Indonesia": (C["merah"], "circle")}
HEIGHT = 952
WRAP = 42
#: Rows of the timeline (y of the data): stage bands, Singapore, Indonesia.
ROW_BAND, ROW_SG, ROW_ID, ROW_STEP = 3.2, 2.15, 1.1, 0.42
ROW_Y = {"Singapura": ROW_SG, "Indonesia": ROW_ID}
#: Trace order of the figure (the browser tests index traces).
T_BANDS, T_SG, T_ID, T_YOU, T_NETWORK = range(5)
T_SILO, T_CLUSTER = T_NETWORK + jejaring.SILO, T_NETWORK + jejaring.CLUSTER
T_EDGES = {k: T_NETWORK + i for k, i in jejaring.EDGES.items()}
T_NODES = {k: T_NETWORK + i for k, i in jejaring.NODES.items()}
#: Every trace whose data changes with the year or the highlight.
DYNAMIC = [T_YOU, *range(T_NETWORK, T_NETWORK + jejaring.COUNT)]
PLACEHOLDER = "Klik pita tahap atau tanda tonggak pada linimasa untuk membaca rinciannya di sini."
TICK_YEARS = (2000, 2003, 2006, 2010, 2014, 2018, 2022, 2026)
# Vertical layout, in pixels from the top of the plotting area (below the title).
MARGIN_T, MARGIN_B = 56, 8
#: Room for the static explorer's year slider above the timeline.
SLIDER_SPACE = 76


# ----------------------------------------------------------------------- model
@dataclass(frozen=True)
class Milestone:
    tahun: int
    negara: str
    tonggak: str
    sumber: str


def milestones() -> tuple[Milestone, ...]:
    """The milestones of ``data/tonggak_maturasi.csv``, by country then year."""
    rows = [Milestone(int(r["tahun"]), r["negara"], r["tonggak"], r["sumber"])
            for r in data.load("tonggak_maturasi").to_dict("records")]
    order = list(COUNTRY_STYLE)
    return tuple(sorted(rows, key=lambda m: (order.index(m.negara), m.tahun)))


# ------------------------------------------------------------------- the texts
def _lines(text: str, width: int = WRAP, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False)


def _br(text: str, width: int = WRAP) -> str:
    return "<br>".join(gaya.esc(line) for line in _lines(text, width))


def stage_detail(s: Stage) -> str:
    """The detail-pane text of a stage band: theme, every trait, Singapore's masterplan."""
    lines = [f"{s.judul} ({s.periode}): {s.tema}", *(f"• {c}" for c in s.ciri),
             f"Padanan Singapura: {s.masterplan}"]
    return "\n".join(lines)


def milestone_detail(m: Milestone) -> str:
    return f"{m.tahun} · {m.negara}: {m.tonggak} (Sumber: {m.sumber})"


def traits_text(s: Stage) -> str:
    """The figure's text block for a stage: heading, all its traits, Singapore's masterplan."""
    head = f"Ciri Tahap {s.romawi} ({s.periode}): {s.tema}"
    lines = [f"<b>{gaya.esc(x)}</b>" for x in _lines(head, WRAP - 6)]
    for c in s.ciri:
        lines += [gaya.esc(x).replace("  ", "&nbsp;&nbsp;") for x in _lines(f"• {c}", WRAP, "  ")]
    lines.append(f"<i>{gaya.esc('Padanan Singapura: ' + s.masterplan)}</i>")
    return "<br>".join(lines)


def title_text(year: int, s: Stage) -> str:
    return f"<b>{year}</b> · Tahap {s.romawi}: <i>{gaya.esc(s.nama)}</i>"


# -------------------------------------------------------------- state → update
def year_update(year) -> Update:
    """Year marker, title, traits, the boxed band and the network of ``year``'s stage."""
    s = stage_of(year)
    net = jejaring.network(s)
    layout = {
        "title.text": title_text(year, s),
        "annotations[0].text": traits_text(s),
        "annotations[1].text": _br(net.ringkasan, WRAP + 6),
        "shapes[0].x0": year + 0.5, "shapes[0].x1": year + 0.5,
        "shapes[1].x0": s.mulai, "shapes[1].x1": s.akhir + 1,
    }
    return jejaring.update(net, T_NETWORK) + Update(layout=layout)


def highlight_update(highlight, year) -> Update:
    """The reader's stage (``None``: none yet): a star above its band and a dashed box.
    With no highlight the hidden box rests on the band of ``year``."""
    you = None if highlight is None else stage(highlight)
    box = you or stage_of(year)
    star = ([None], [None]) if you is None else \
        ([round((you.mulai + you.akhir + 1) / 2, 2)], [ROW_BAND + 0.62])
    return Update({T_YOU: {"x": star[0], "y": star[1]}},
                  {"shapes[2].x0": box.mulai, "shapes[2].x1": box.akhir + 1,
                   "shapes[2].visible": you is not None})


def update(year, highlight=None) -> Update:
    """Everything that brings a figure made by :func:`figure` to ``year`` (and marks stage
    ``highlight``, if given). Static slider steps and the live widget both use it."""
    return year_update(year) + highlight_update(highlight, year)


# ---------------------------------------------------------------------- figure
def _frame(top: int = 0) -> dict:
    """Paper y positions of the parts, with ``top`` pixels kept free above the timeline."""
    plot_h = HEIGHT - MARGIN_T - MARGIN_B + top

    def py(px: float) -> float:
        return round(1 - (px + top) / plot_h, 4)

    return {"height": HEIGHT + top, "timeline": [py(170), py(0)], "network_head": py(200),
            "network": [py(460), py(222)], "legend": py(468), "summary": py(536),
            "traits": py(630)}


def _timeline_traces(fig: go.Figure) -> None:
    every = stages()
    fig.add_bar(
        y=[ROW_BAND] * len(every), x=[s.akhir + 1 - s.mulai for s in every],
        base=[s.mulai for s in every], orientation="h", width=0.8,
        marker={"color": [STAGE_COLORS[s.tahap] for s in every],
                "line": {"color": "white", "width": 1.5}},
        text=[s.romawi for s in every], textposition="inside", insidetextanchor="middle",
        textfont={"size": 14, "color": [gaya.ink(STAGE_COLORS[s.tahap]) for s in every]},
        customdata=[gaya.esc(stage_detail(s)) for s in every],
        hovertext=[f"<b>{gaya.esc(s.judul)}</b><br>{s.periode}: {gaya.esc(s.tema)}<br>"
                   f"<i>{gaya.esc(s.masterplan)}</i>" for s in every],
        hovertemplate="%{hovertext}<extra></extra>", name="Tahap", showlegend=False,
    )
    for country, (color, symbol) in COUNTRY_STYLE.items():
        items = [m for m in milestones() if m.negara == country]
        seen: dict[int, int] = {}
        ys = []
        for m in items:  # stack milestones of the same year
            ys.append(round(ROW_Y[country] - ROW_STEP * seen.get(m.tahun, 0), 2))
            seen[m.tahun] = seen.get(m.tahun, 0) + 1
        fig.add_scatter(
            x=[m.tahun + 0.5 for m in items], y=ys, mode="markers", name=f"Tonggak {country}",
            marker={"color": color, "symbol": symbol, "size": 13,
                    "line": {"color": "white", "width": 1}},
            customdata=[gaya.esc(milestone_detail(m)) for m in items],
            hovertext=[f"<b>{m.tahun} · {country}</b><br>{_br(m.tonggak, 42)}<br>"
                       f"<i>Sumber: {_br(m.sumber, 42)}</i>" for m in items],
            hovertemplate="%{hovertext}<extra></extra>", showlegend=False,
        )
    fig.add_scatter(
        x=[None], y=[None], mode="markers+text", name="Instansi Anda", text=["Instansi Anda"],
        textposition="middle right", textfont={"size": 12, "color": "#000000"},
        marker={"symbol": "star", "size": 17, "color": C["merah"],
                "line": {"color": "#000000", "width": 1}},
        hovertemplate="Tahap instansi Anda (hasil penilaian diri)<extra></extra>",
        showlegend=False, cliponaxis=False,
    )
    for trace in fig.data:
        trace.update(xaxis="x", yaxis="y")


def _note(x, y, text, size, color=None, **extra) -> dict:
    return {"x": x, "y": y, "showarrow": False, "text": text,
            "font": {"size": size, **({"color": color} if color else {})}, **extra}


def figure(year=TAHUN_AWAL, highlight=None, top: int = 0) -> go.Figure:
    """Timeline 2000–2026 (stage bands, milestones, year marker), the network of the
    stage of ``year`` and that stage's traits; ``highlight`` marks the reader's stage.
    ``top``: pixels kept free above the timeline (for the explorer's slider)."""
    check_year(year)
    if highlight is not None:
        check_stage(highlight)
    frame = _frame(top)
    fig = go.Figure()
    _timeline_traces(fig)
    jejaring.add_traces(fig, "x2", "y2")
    paper = {"xref": "paper", "yref": "paper", "xanchor": "left", "yanchor": "top"}
    right = {"xref": "x", "yref": "y", "xanchor": "right"}
    band = {"type": "rect", "xref": "x", "yref": "y", "x0": 0, "x1": 0,
            "fillcolor": "rgba(0,0,0,0)"}
    fig.update_layout(
        gaya.base_layout(frame["height"], top=MARGIN_T, bottom=MARGIN_B, left=8, right=8),
        dragmode=False, font=gaya.font(13, color=gaya.INK), hoverlabel={"align": "left"},
        title={"y": 0.985, "yanchor": "top", "yref": "container", "font": {"size": 17}},
        xaxis={"domain": [0, 1], "range": [TAHUN_AWAL, TAHUN_SEKARANG + 1], "fixedrange": True,
               "tickvals": [y + 0.5 for y in TICK_YEARS], "ticktext": [str(y) for y in TICK_YEARS],
               "tickfont": {"size": 11}, "showgrid": False, "zeroline": False,
               "showline": True, "linecolor": "#777", "ticks": "outside", "ticklen": 3},
        yaxis={"domain": frame["timeline"], "range": [ROW_ID - ROW_STEP - 0.35, 3.95],
               "visible": False, "fixedrange": True},
        xaxis2={"domain": [0, 1], "range": jejaring.X_RANGE, "visible": False,
                "fixedrange": True, "anchor": "y2"},
        yaxis2={"domain": frame["network"], "range": jejaring.Y_RANGE, "visible": False,
                "fixedrange": True, "anchor": "x2"},
        showlegend=True,
        legend={"orientation": "h", "x": 0, "xanchor": "left", "y": frame["legend"],
                "yanchor": "top", "font": {"size": 11}, "itemclick": False,
                "itemdoubleclick": False, "itemwidth": 30, "entrywidth": 0.5,
                "entrywidthmode": "fraction", "tracegroupgap": 0},
        shapes=[
            {"type": "line", "xref": "x", "yref": "y domain", "x0": 0, "x1": 0, "y0": 0,
             "y1": 1, "line": {"color": "#000000", "width": 2.5}},
            {**band, "y0": ROW_BAND - 0.46, "y1": ROW_BAND + 0.46,
             "line": {"color": "#000000", "width": 2.5}},
            {**band, "y0": ROW_BAND - 0.55, "y1": ROW_BAND + 0.55, "visible": False,
             "line": {"color": C["merah"], "width": 3, "dash": "dash"}},
        ],
        annotations=[
            _note(0, frame["traits"], "", 13, align="left", **paper),
            _note(0, frame["summary"], "", 12, "#333333", align="left", **paper),
            _note(TAHUN_SEKARANG + 1, ROW_SG + 0.42, "Tonggak Singapura ◆", 11, "#444444",
                  **right),
            _note(TAHUN_SEKARANG + 1, ROW_ID + 0.42, "Tonggak Indonesia ●", 11, "#444444",
                  **right),
            _note(0, frame["network_head"], "<b>Jejaring kerja pada tahap ini</b>", 13,
                  **paper),
        ],
    )
    update(year, highlight).apply(fig)
    return fig


# ------------------------------------------------------------- static explorer
def text_version() -> Tables:
    """Everything the figure shows, as tables: stages with traits, networks and masterplans;
    every milestone with its source."""
    rows = [[f"{s.romawi} — {s.nama}: {s.tema}",
             f"{s.periode} (di linimasa: {s.mulai}–{s.akhir})",
             " ".join(f"({i}) {c}." for i, c in enumerate(s.ciri, 1)),
             jejaring.network(s).ringkasan, s.masterplan] for s in stages()]
    table1 = Table("Empat tahap maturasi jejaring kerja (Tabel 2 modul) dan padanan masterplan "
                   "Singapura",
                   ["Tahap dan tema", "Periode", "Ciri (semua butir modul)",
                    "Jejaring dalam gambar", "Masterplan Singapura"], rows)
    table2 = Table("Tonggak e-government pada linimasa",
                   ["Tahun", "Negara", "Tonggak", "Sumber", "Tahap modul pada tahun itu"],
                   [[str(m.tahun), m.negara, m.tonggak, m.sumber,
                     f"Tahap {stage_of(m.tahun).romawi}"] for m in milestones()])
    return Tables(table1, table2)


def step_update(year) -> Update:
    """The slider step of ``year``: :func:`update` plus the slider's own position, so that a
    step set by the keyboard redraws the slider (and the book's script refreshes its
    aria-valuenow) after the change, not before it."""
    return update(year) + Update(layout={"sliders[0].active": year - TAHUN_AWAL})


def explorer(year=TAHUN_AWAL) -> BookFigure:
    """The static explorer: a year slider (2000–2026) whose every step is :func:`update`,
    click on a band or milestone → detail pane, and a text version."""
    check_year(year)
    fig = figure(year, top=SLIDER_SPACE)
    base = go.Figure(fig)
    fig.update_layout(sliders=[kontrol.slider(
        "Tahun", [(str(y), step_update(y)) for y in YEARS], base, active=year - TAHUN_AWAL,
        prefix="Tahun", y=1, x=0.03, len=0.94, pad={"t": 0, "b": 0},
        currentvalue={"prefix": "Tahun: ", "xanchor": "left",
                      "font": {"size": 15, "color": "#000000"}},
        font={"size": 10, "color": "rgba(0,0,0,0)"}, ticklen=4, minorticklen=2)])
    first = stage_of(year)
    alt = ("Linimasa maturasi jejaring kerja 2000–2026: empat pita tahap modul "
           + ", ".join(f"Tahap {s.romawi} {s.nama} {s.mulai}–{s.akhir}" for s in stages())
           + "; tanda tonggak e-government Singapura (masterplan eGAP I, eGAP II, iGov2010, "
           "eGov2015, UEN) dan Indonesia (LPSE, Perpres SPBE, OSS, Satu Data Indonesia, SINAR, "
           "Arsitektur SPBE, Indeks SPBE 2021 dan 2023). Di bawahnya gambar jejaring kerja "
           "tahap yang dipilih dan semua ciri tahap itu. Penggeser tahun memindahkan penanda "
           "tahun, menggambar ulang jejaringnya dan menampilkan ciri tahapnya. "
           f"Posisi awal: {year}, {first.judul}.")
    return BookFigure(fig, alt, text=text_version(), detail=PLACEHOLDER)


# ------------------------------------------------------- prediction first
# PRIVATE_SECTOR: the private sector's node in data/jejaring_simpul.csv (the schema requires it)


def private_sector_joins() -> Stage:
    """The first stage whose enclosed network (the shared group) holds the private sector."""
    for s in stages():
        if any(kind == "klaster" and PRIVATE_SECTOR in members
               for kind, members in jejaring.network(s.tahap).groups):
            return s
    raise ValueError("Tidak ada tahap yang memasukkan swasta ke dalam jejaring "
                     "(data/jejaring_tahap.csv, kolom klaster).")


def hasil_tebakan(values: dict) -> Hasil:
    joins, guess = private_sector_joins(), stage(int(values["tebakan"]))
    return Hasil(
        f"Tebakan Anda: {guess.judul}.",
        (f"Menurut ciri Tabel 2, swasta masuk ke dalam jejaring kerja pada {joins.judul} "
         f"(mulai {joins.mulai}): {joins.tema}.",
         "Tepat." if guess.tahap == joins.tahap else
         ("Sebelum itu swasta paling jauh ikut serta, dikoordinasikan oleh pemerintah; geser "
          "tahunnya dan lihat kapan swasta berada di dalam area hijau.")))


def tebakan(year=TAHUN_AWAL) -> Formulir:
    """The timeline explorer behind a committed guess: when does the private sector join?"""
    return formulir.tebakan("bab6.tebakan", [(str(s.tahap), s.judul) for s in stages()],
                            hasil_tebakan, explorer(year))


# ----------------------------------------------------------------- live widget
#: Mode Kelas (a wide, low screen): the timeline above, the network below it with its
#: legend on the right; the stage's traits leave the figure for the column beside it.
PROJECTOR = Update(layout={
    "annotations[0].visible": False, "annotations[1].visible": False,
    "yaxis.domain": [0.63, 1], "annotations[4].y": 0.55,
    "xaxis2.domain": [0, 0.64], "yaxis2.domain": [0, 0.5],
    "legend.orientation": "v", "legend.x": 0.67, "legend.y": 0.5, "legend.entrywidth": None,
    "legend.entrywidthmode": None, "legend.itemwidth": 30,
})
KELAS = {"projector": True}


def widget(year=TAHUN_SEKARANG, projector: bool = False) -> Live:
    """Live version for Jupyter, Binder, Voilà and Mode Kelas: a year slider and the
    "Di mana instansi saya?" self-assessment on the same figure. ``projector`` (Mode
    Kelas): two tabs that each fit the screen, the timeline (the stage's traits beside
    the figure instead of inside it) and the self-assessment one question at a time;
    "Lihat jejaring tahap ini" goes back to the timeline at the class's stage.

    Controls: ``tahun`` (the slider), one radio group per question key, ``lompat``
    (go to the reader's stage) and ``hasil`` (the assessment's text); in the projector
    layout also ``tab``, ``sebelumnya`` and ``berikutnya`` (the questions)."""
    import ipywidgets as w

    check_year(year)
    fig = go.FigureWidget(figure(year))
    traits = w.HTML(traits_text(stage_of(year)))
    slider = w.IntSlider(value=year, min=TAHUN_AWAL, max=TAHUN_SEKARANG, step=1,
                         description="Tahun", continuous_update=True,
                         layout=w.Layout(width="100%"))
    jump = w.Button(description="Lihat jejaring tahap ini", disabled=True,
                    tooltip="Geser tahun ke awal tahap instansi Anda")
    state = {"highlight": None}

    def redraw(_change=None):
        update(slider.value, state["highlight"]).apply(fig)
        traits.value = traits_text(stage_of(slider.value))

    def assessed(found):
        state["highlight"] = None if found is None else found.tahap
        jump.disabled = found is None
        redraw()

    def go_to_stage(_button):
        if state["highlight"] is not None:
            slider.value = stage(state["highlight"]).mulai
        if projector:
            box.selected_index = 0

    questions = asesmen.form(assessed)
    slider.observe(redraw, names="value")
    jump.on_click(go_to_stage)
    controls = {"tahun": slider, **questions.questions, "lompat": jump,
                "hasil": questions.result}
    if not projector:
        box = w.VBox([slider, fig, w.HTML("<h3>Di mana instansi saya?</h3>"),
                      *questions.items, questions.result, jump])
        return Live(box, fig, controls)
    steps, back, forward = asesmen.one_at_a_time(questions)
    box = w.Tab(children=[w.VBox([slider, traits, fig]),
                          w.VBox([steps, questions.result, jump])],
                titles=("Linimasa dan jejaring", "Di mana instansi saya?"))
    return Live(box, fig, {**controls, "tab": box, "sebelumnya": back, "berikutnya": forward},
                extra={"projector": PROJECTOR})
