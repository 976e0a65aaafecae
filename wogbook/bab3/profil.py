"""'Nilai instansi Anda': a 0–3 rating of every driver and barrier of one agency (chapter 3).

* model – :func:`profil` validates a trainee's scores and returns a :class:`Profil`
  (means, strongest drivers, heaviest barriers, barriers that block a strong
  driver); :func:`summary` says it in words; :func:`contoh` is the fictional
  example agency of ``contoh_profil_instansi.csv``;
* state → update – :func:`profile_update` (bars and title) as an
  :class:`~wogbook.inti.update.Update`;
* figure – :func:`profile_figure`;
* front-ends – :func:`contoh_profil` (static book: the example profile),
  :func:`formulir` (static book: the reader's own rating and profile, no kernel; its
  summary computed in the browser by ``wogbook/buku/static/alat/profil.js``),
  :func:`penilaian` (live: one slider per item) and :func:`widget` (live: the
  explorer of :mod:`wogbook.bab3.pendorong` and the rating, as two tabs).

The items and their links come from :mod:`wogbook.bab3.pendorong`.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from numbers import Integral

import plotly.graph_objects as go

from ..inti import data, gaya
from ..inti.formulir import Formulir, Hasil, Pilihan
from ..inti.tampil import BookFigure, Table, detail_html
from ..inti.update import Update
from ..inti.widget import Live, pages, pane
from . import pendorong
from .pendorong import COLORS, Item

SCALE_MIN, SCALE_MAX = 0, 3
SCALE = {0: "tidak terasa", 1: "sedikit terasa", 2: "terasa", 3: "sangat terasa"}
PROFILE_CATEGORIES = ("internal", "eksternal", "hambatan")
PROFILE_LABELS = {"internal": "Pendorong internal", "eksternal": "Pendorong eksternal",
                  "hambatan": "Hambatan"}
OWN_TITLE = "Profil instansi Anda"
PRIVACY = ("Nilai Anda tidak dikirim ke mana pun dan tidak disimpan: nilai hanya dipakai untuk "
           "menggambar diagram di sesi ini dan hilang saat notebook ditutup.")


# ----------------------------------------------------------------------- model
def profile_items(pool=None) -> tuple[Item, ...]:
    """What a trainee scores: every driver (internal, external) and every barrier."""
    pool = pendorong.items() if pool is None else pool
    return tuple(i for i in pool if i.kategori in PROFILE_CATEGORIES)


@dataclass(frozen=True)
class Profil:
    """Validated 0–3 scores of every driver and barrier for one agency."""

    items: tuple[Item, ...]
    skor: tuple[int, ...]

    def of(self, kategori: str) -> list[tuple[Item, int]]:
        return [(i, s) for i, s in zip(self.items, self.skor) if i.kategori == kategori]

    def mean(self, kategori: str) -> float:
        scores = [s for _, s in self.of(kategori)]
        return round(sum(scores) / len(scores), 2)

    def top(self, group: str = "pendorong", n: int = 3) -> list[tuple[Item, int]]:
        """The ``n`` highest-scored items of ``group`` ('pendorong' or 'hambatan'), score > 0,
        ties in data order."""
        pool = [(i, s) for i, s in zip(self.items, self.skor)
                if s > 0 and (i.kelompok == group or i.kategori == group)]
        return sorted(pool, key=lambda p: -p[1])[:n]

    def watch(self) -> list[tuple[str, list[str]]]:
        """Barriers scored 2 or 3 that block one of the strongest drivers: (barrier, drivers)."""
        strong = [i for i, _ in self.top("pendorong")]
        out = []
        for barrier, score in self.of("hambatan"):
            if score >= 2:
                hit = [i.nama for i in strong if any(b == barrier.nama for b, _ in i.kaitan)]
                if hit:
                    out.append((barrier.nama, hit))
        return out


def profil(skor: Mapping[str, int] | None = None, pool=None) -> Profil:
    """Validate ``skor`` ({item name: 0–3}); items not given count as 0 (tidak terasa).

    Unknown names and scores that are not whole numbers 0–3 raise ValueError in Indonesian."""
    scored = profile_items(pool)
    names = [i.nama for i in scored]
    given = dict(skor or {})
    unknown = [k for k in given if k not in names]
    if unknown:
        raise ValueError(
            f"Butir {', '.join(repr(k) for k in unknown)} tidak dikenal. Nama yang diizinkan: "
            + "; ".join(names) + ".")
    for name, value in given.items():
        if isinstance(value, bool) or not isinstance(value, Integral):
            raise ValueError(f"Nilai untuk '{name}' harus bilangan bulat {SCALE_MIN}–{SCALE_MAX} "
                             f"(0 = tidak terasa … 3 = sangat terasa); diterima: {value!r}.")
        if not SCALE_MIN <= value <= SCALE_MAX:
            raise ValueError(f"Nilai untuk '{name}' harus antara {SCALE_MIN} dan {SCALE_MAX} "
                             f"(0 = tidak terasa … 3 = sangat terasa); diterima: {value}.")
    return Profil(scored, tuple(int(given.get(n, 0)) for n in names))


def contoh() -> tuple[str, dict[str, int]]:
    """The example agency of ``contoh_profil_instansi.csv``: its name and its scores."""
    table = data.load("contoh_profil_instansi")
    return table["instansi"].iloc[0], dict(zip(table["butir"], map(int, table["skor"])))


def _one_decimal(x: float) -> str:
    """'1,8', '2,0': one decimal, always shown, with a decimal comma."""
    return f"{x:.1f}".replace(".", ",")


def _and(words: list[str]) -> str:
    """'a', 'a dan b', 'a, b dan c'."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} dan {words[-1]}"


def summary(p: Profil) -> list[str]:
    """Plain-language lines summing up a profile (the figure shows the first two)."""
    top = p.top("pendorong")
    worst = p.top("hambatan", 2)
    lines = [
        "Rata-rata: " + " · ".join(f"{PROFILE_LABELS[c].lower()} {_one_decimal(p.mean(c))}"
                                   for c in PROFILE_CATEGORIES) + ".",
        ("Pendorong terkuat: " + "; ".join(f"{i.nama} ({s})" for i, s in top) + ".") if top
        else "Belum ada pendorong yang dinilai terasa.",
        ("Hambatan terberat: " + "; ".join(f"{i.nama} ({s})" for i, s in worst) + ".") if worst
        else "Belum ada hambatan yang dinilai terasa.",
    ]
    for barrier, drivers in p.watch():
        lines.append(f"Waspadai: hambatan “{barrier}” biasa menghadang pendorong "
                     f"{_and([f'“{d}”' for d in drivers])}.")
    return lines


# --------------------------------------------------------------- state → update
def _title(p: Profil, judul: str) -> str:
    note = "<br>".join(gaya.wrap(line, 46, hyphens=True) for line in summary(p)[:2])
    return f"<b>{gaya.esc(judul)}</b><br><span style=\"font-size:0.9em\">{note}</span>"


def bars_update(p: Profil) -> Update:
    """The bars only: one trace per category of :data:`PROFILE_CATEGORIES`."""
    traces = {}
    for k, c in enumerate(PROFILE_CATEGORIES):
        scores = [s for _, s in p.of(c)]
        traces[k] = {"x": scores, "text": [f"{s} · {SCALE[s]}" for s in scores]}
    return Update(traces)


def profile_update(p: Profil, judul: str = OWN_TITLE) -> Update:
    """The bars and the title (which sums the profile up)."""
    return bars_update(p) + Update(layout={"title.text": _title(p, judul)})


# ------------------------------------------------------------------ the figure
#: Names longer than this many characters are drawn on two lines (and get extra room).
LABEL_WIDTH = 44
#: Profile rows: pixels per row (one unit of the y axis), extra room for a name's second line.
ROW_PX, TWO_LINE_ROOM = 48, 0.35
#: Room at the top of the profile figure for its title and summary: the most lines it holds.
PROFILE_TITLE_LINES = 7


def profile_figure(p: Profil, judul: str = OWN_TITLE) -> go.Figure:
    """Horizontal bars 0–3 for every driver (internal, external) and barrier of profile ``p``.

    Each item's name is written above its bar (an annotation), so the bars keep the whole
    width of a phone. Rows sit on a numeric y axis; a name on two lines gets extra room."""
    fig = go.Figure()
    notes, pos = [], 0.0
    for c in PROFILE_CATEGORIES:
        ys, full = [], []
        for i, _ in p.of(c):
            label = gaya.wrap(i.nama, LABEL_WIDTH, hyphens=True)
            pos += TWO_LINE_ROOM if "<br>" in label else 0.0  # a second line grows upwards
            notes.append({"xref": "paper", "yref": "y", "x": 0, "y": pos + 0.06,
                          "xanchor": "left", "yanchor": "bottom", "align": "left",
                          "showarrow": False, "text": label,
                          "font": {"size": 12, "color": "#222"}})
            ys.append(pos + 0.3)
            full.append(gaya.esc(i.nama))
            pos += 1
        fig.add_bar(
            y=ys, x=[0] * len(ys), customdata=full, orientation="h", name=PROFILE_LABELS[c],
            marker_color=COLORS[c], textposition="outside", cliponaxis=False, width=0.4,
            textfont={"size": 12},
            hovertemplate="%{customdata}<br><b>%{text}</b><extra>" + PROFILE_LABELS[c]
                          + "</extra>",
        )
    top = 30 + 17 * PROFILE_TITLE_LINES + 30
    fig.update_layout(gaya.base_layout(round(top + ROW_PX * (pos + 0.45) + 70), top=top,
                                       bottom=70, left=8, right=8))
    fig.update_layout(
        showlegend=True,
        title={"y": 1, "yanchor": "top", "yref": "container", "pad": {"t": 12},
               "font": {"size": 15}},
        legend={"orientation": "h", "x": 0, "xanchor": "left", "y": 1, "yanchor": "bottom",
                "traceorder": "normal", "font": {"size": 12.5}},
        xaxis={"range": [0, 4.7], "tickvals": [0, 1, 2, 3], "fixedrange": True,
               "side": "bottom", "gridcolor": "#d9d9d9", "zeroline": True,
               "zerolinecolor": "#555",
               "title": {"text": "0 = tidak terasa … 3 = sangat terasa", "font": {"size": 12}}},
        yaxis={"range": [pos - 0.4, -0.45], "fixedrange": True, "showticklabels": False,
               "ticks": "", "showgrid": False, "zeroline": False},
        annotations=notes,
    )
    profile_update(p, judul).apply(fig)
    return fig


def averages_update(p: Profil, judul: str = OWN_TITLE) -> Update:
    """The three averages of :func:`averages_figure` and its title."""
    means = [p.mean(c) for c in PROFILE_CATEGORIES]
    return Update({0: {"x": means, "text": [_one_decimal(m) for m in means]}},
                  {"title.text": _title(p, judul)})


def averages_figure(p: Profil, judul: str = OWN_TITLE) -> go.Figure:
    """The profile in three bars, the average 0–3 of each category: what a projector can
    show of the 25 rows (Mode Kelas; the items are scored beside it)."""
    fig = go.Figure()
    fig.add_bar(y=[PROFILE_LABELS[c] for c in PROFILE_CATEGORIES], x=[0] * 3, orientation="h",
                marker_color=[COLORS[c] for c in PROFILE_CATEGORIES], textposition="outside",
                cliponaxis=False, width=0.55, textfont={"size": 14},
                hovertemplate="%{y}: rata-rata %{text}<extra></extra>")
    fig.update_layout(gaya.base_layout(420, top=150, bottom=60, left=8, right=8))
    fig.update_layout(
        showlegend=False,
        title={"y": 1, "yanchor": "top", "yref": "container", "pad": {"t": 12},
               "font": {"size": 15}},
        xaxis={"range": [0, 3.4], "tickvals": [0, 1, 2, 3], "fixedrange": True,
               "gridcolor": "#d9d9d9", "zeroline": True, "zerolinecolor": "#555",
               "title": {"text": "rata-rata: 0 = tidak terasa … 3 = sangat terasa",
                         "font": {"size": 12}}},
        yaxis={"autorange": "reversed", "fixedrange": True, "automargin": True,
               "tickfont": {"size": 13}},
    )
    averages_update(p, judul).apply(fig)
    return fig


# ------------------------------------------------------------ static example
def contoh_profil() -> BookFigure:
    """The static example: the profile of a fictional agency, clearly labelled as such."""
    nama, skor = contoh()
    p = profil(skor)
    fig = profile_figure(p, f"Contoh: profil {nama}")
    rows = [[PROFILE_LABELS[i.kategori], i.nama, f"{s} ({SCALE[s]})"]
            for i, s in zip(p.items, p.skor)]
    text = Table(f"Skor contoh {nama}", ["Kelompok", "Butir", "Skor 0–3"], rows)
    alt = (f"Contoh profil {nama}: diagram batang mendatar berskala 0 (tidak terasa) "
           "sampai 3 (sangat terasa) untuk setiap pendorong internal, pendorong eksternal dan "
           "hambatan. " + " ".join(summary(p)))
    return BookFigure(fig, alt, text=text)


# ------------------------------------------------- the static book's own form
def hasil(values: dict) -> Hasil:
    """The form's answer (values: item name -> "0".."3", or None: not scored, counts 0)."""
    p = profil({k: int(v) for k, v in values.items() if v is not None})
    return Hasil(OWN_TITLE, tuple(summary(p)), bars_update(p).state())


def formulir() -> Formulir:
    """"Nilai instansi Anda" in the static book: a 0–3 choice per driver and barrier, the
    reader's own profile figure and its summary, computed by ``alat/profil.js``."""
    items = profile_items()
    fields = [Pilihan(i.nama, f"{PROFILE_LABELS[i.kategori]}: {i.nama}",
                      tuple((str(v), f"{v} {SCALE[v]}") for v in SCALE), inline=True)
              for i in items]
    model = {"kategori": [{"kunci": c, "label": PROFILE_LABELS[c]} for c in PROFILE_CATEGORIES],
             "skala": [SCALE[v] for v in SCALE],
             "butir": [{"nama": i.nama, "kategori": i.kategori, "kelompok": i.kelompok,
                        "kaitan": [b for b, _ in i.kaitan]} for i in items]}
    fig = profile_figure(profil(), OWN_TITLE)
    # its summary is the form's answer: the title needs one line of its seven (the rest
    # of the room is the legend's)
    room = 17 * (PROFILE_TITLE_LINES - 4)
    fig.update_layout(title_text=f"<b>{OWN_TITLE}</b>", height=fig.layout.height - room,
                      margin_t=fig.layout.margin.t - room)
    figure = BookFigure(fig,
                        "Profil instansi Anda: diagram batang mendatar berskala 0 (tidak "
                        "terasa) sampai 3 (sangat terasa) untuk setiap pendorong dan hambatan, "
                        "digambar dari nilai yang Anda pilih di atas.")
    return Formulir(
        "bab3.profil", "3", "Nilai instansi Anda",
        "Seberapa terasa setiap faktor pendorong dan hambatan di instansi Anda? Pilih 0 "
        "(tidak terasa) sampai 3 (sangat terasa); butir yang belum dipilih dihitung 0.",
        fields, hasil, alat="profil", model=model, gambar=figure, lengkap=False,
        awalan="PROFIL")


# ---------------------------------------------------------------- live widgets
def _report(p: Profil) -> str:
    return detail_html("\n".join(f"• {line}" for line in summary(p)))


def penilaian(projector: bool = False) -> Live:
    """Live "Nilai instansi Anda": one 0–3 slider per driver and barrier, the profile figure
    and its summary (the detail pane). Controls: one slider per item name, ``"contoh"``
    (fill in the example agency) and ``"kosongkan"`` (every score back to 0).
    ``projector``: the profile as its three averages (:func:`averages_figure`), the
    sliders a few at a time (:data:`PER_PAGE`, ``"sebelumnya"``/``"berikutnya"``), and
    the figure's title as the only summary: one screen that never scrolls."""
    import ipywidgets as w

    pool = pendorong.items()
    nama, example = contoh()
    start = profil(None, pool)
    draw, redraw_figure = ((averages_figure, averages_update) if projector
                           else (profile_figure, profile_update))
    fig = go.FigureWidget(draw(start))
    legend = " · ".join(f"{k} = {v}" for k, v in SCALE.items())
    intro = w.HTML(f"<p><b>Nilai instansi Anda.</b> Seberapa terasa setiap faktor pendorong dan "
                   f"hambatan di instansi Anda? Geser setiap penggeser ({legend}); diagram di "
                   f"bawah langsung berubah.</p><p><i>{PRIVACY}</i></p>" if not projector else
                   f"<p>Seberapa terasa di instansi Anda? {legend}</p>")
    fill = w.Button(description=f"Isi dengan contoh {nama.split(' (')[0]}",
                    layout=w.Layout(width="auto"))
    clear = w.Button(description="Kosongkan (semua 0)", layout=w.Layout(width="auto"))
    report = pane()
    sliders, words, rows, parts = {}, {}, [], []
    for c in PROFILE_CATEGORIES:
        rows.append(w.HTML(f"<h4 style='margin:.6em 0 .2em'>{PROFILE_LABELS[c]}</h4>"))
        items = []
        for i, _ in start.of(c):
            s = w.IntSlider(value=0, min=SCALE_MIN, max=SCALE_MAX, step=1, readout=False,
                            description="" if projector else "Nilai", continuous_update=True,
                            layout=w.Layout(width="60%", min_width="10em"),
                            style={"description_width": "3em"})
            sliders[i.nama], words[i.nama] = s, w.Label(f"0 — {SCALE[0]}")
            items.append(w.VBox([w.Label(i.nama), w.HBox([s, words[i.nama]])]))
        rows += items
        parts += _pages(PROFILE_LABELS[c], items)
    state = {"judul": OWN_TITLE, "busy": False}

    def redraw():
        p = profil({n: s.value for n, s in sliders.items()}, pool)
        for name, s in sliders.items():
            words[name].value = f"{s.value} — {SCALE[s.value]}"
        redraw_figure(p, state["judul"]).apply(fig)
        report.value = _report(p)

    def on_slider(_change):
        if not state["busy"]:
            state["judul"] = OWN_TITLE
            redraw()

    def set_scores(skor: Mapping[str, int], judul: str) -> None:
        """Every slider at once (items not given: 0), then one redraw."""
        p = profil(skor, pool)
        state["busy"] = True
        try:
            for i, value in zip(p.items, p.skor):
                sliders[i.nama].value = value
        finally:
            state["busy"] = False
        state["judul"] = judul
        redraw()

    for s in sliders.values():
        s.observe(on_slider, names="value")
    fill.on_click(lambda _b: set_scores(example, f"Contoh: profil {nama}"))
    clear.on_click(lambda _b: set_scores({}, OWN_TITLE))
    redraw()
    buttons = w.HBox([fill, clear], layout=w.Layout(flex_flow="row wrap"))
    controls = {**sliders, "contoh": fill, "kosongkan": clear}
    if not projector:
        return Live(w.VBox([intro, buttons, *rows, report, fig]), fig, controls, detail=report)
    paged, back, forward = pages(parts, "◀ Kembali", "Lanjut ▶")
    return Live(w.VBox([intro, buttons, paged, fig]), fig,
                {**controls, "sebelumnya": back, "berikutnya": forward})


#: Mode Kelas: sliders on one page of the form (each is a name and a slider)
PER_PAGE = 4


def _pages(category: str, items: list) -> list[tuple[str, list]]:
    """A category's sliders in pages of at most :data:`PER_PAGE`, as even as possible
    ("Pendorong eksternal, 1–4 dari 10")."""
    count = -(-len(items) // PER_PAGE)
    cuts = [round(k * len(items) / count) for k in range(count + 1)]
    return [(f"{category}, {a + 1}–{b} dari {len(items)}" if count > 1 else category,
             items[a:b]) for a, b in zip(cuts, cuts[1:])]


TABS = {"jelajahi": "Jelajahi", "nilai": "Nilai instansi Anda"}


#: Mode Kelas: the scored profile as three averages (25 rows do not fit a projector)
KELAS = {"projector": True}


def widget(tab: str = "jelajahi", view: str = "semua", projector: bool = False) -> Live:
    """Live chapter 3 for Jupyter, Binder, Voilà and Mode Kelas: the explorer
    (:func:`wogbook.bab3.pendorong.widget`, tab 'jelajahi') and "Nilai instansi Anda"
    (:func:`penilaian`, tab 'nilai'); ``tab`` is the one shown first, and the
    returned :class:`Live` has its figure and detail pane. Controls: those of both
    parts and ``"tab"``. ``projector``: see :func:`penilaian` (Mode Kelas)."""
    import ipywidgets as w

    if tab not in TABS:
        raise ValueError(f"Tab '{tab}' tidak dikenal; pilihan: {', '.join(TABS)}.")
    parts = {"jelajahi": pendorong.widget(view), "nilai": penilaian(projector)}
    tabs = w.Tab(children=[part.box for part in parts.values()], titles=tuple(TABS.values()),
                 selected_index=list(TABS).index(tab))
    controls = {name: c for part in parts.values() for name, c in part.controls.items()}
    return Live(tabs, parts[tab].figure, {**controls, "tab": tabs}, detail=parts[tab].detail,
                figures=tuple(part.figure for part in parts.values()))
