"""Drivers and challenges of WoG (chapters 3 and 4): one explorer and a self-assessment.

Three layers, one source of truth:

* model – :func:`items` joins ``faktor_pendorong.csv`` (drivers, internal and
  external), ``tantangan_wog.csv`` (weaknesses and barriers) and
  ``pendorong_hambatan.csv`` (which barriers each driver typically runs into)
  into :class:`Item` records; :func:`select` says which items a view shows;
  :func:`detail` is the text of the detail pane; :func:`profil` validates a
  trainee's 0–3 scores for every driver and barrier and returns a
  :class:`Profil`;
* figure – :func:`figure` draws every item in one sunburst ("WoG" → four
  categories → items) and every change of view goes through
  :func:`view_update`; :func:`profile_figure` draws a :class:`Profil` and every
  change of scores goes through :func:`profile_updates`;
* front-ends – :func:`explorer` (static book: a plotly menu whose entries are
  :func:`view_update` precomputed for every view; click an item → detail pane),
  :func:`contoh_profil` (static example profile of a fictional agency) and
  :func:`widget` (ipywidgets, live in Jupyter/Binder/Voilà: view filter, item
  list with detail pane, and "Nilai instansi Anda").

The links between drivers and barriers are the book team's reasoning, not a
finding of the module or of its sources.
"""
from __future__ import annotations

import html
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from numbers import Integral

import plotly.graph_objects as go

from . import data
from .tabel import Table
from .tampil import BookFigure

# ------------------------------------------------------------------ categories
CATEGORIES = ("internal", "eksternal", "kekurangan", "hambatan")
GROUP_OF = {"internal": "pendorong", "eksternal": "pendorong",
            "kekurangan": "tantangan", "hambatan": "tantangan"}
CATEGORY_LABELS = {"internal": "Pendorong internal", "eksternal": "Pendorong eksternal",
                   "kekurangan": "Tantangan: kekurangan", "hambatan": "Tantangan: hambatan"}
#: Short labels drawn on the figure (the long ones are in hover and detail).
CATEGORY_SHORT = {"internal": "Pendorong internal", "eksternal": "Pendorong eksternal",
                  "kekurangan": "Kekurangan", "hambatan": "Hambatan"}
CATEGORY_TEXT = {
    "internal": "Faktor dari dalam tubuh pemerintah sendiri: cara kerja, biaya, produktivitas "
                "dan keselarasan antarinstansi. Relatif dapat dikendalikan pemerintah, dan "
                "menjelaskan apa yang bisa langsung dibenahi instansi (Bab 3).",
    "eksternal": "Faktor dari lingkungan di luar pemerintah: tuntutan warga, anggaran, "
                 "keamanan, lingkungan hidup, globalisasi dan teknologi. Pemerintah tidak bisa "
                 "menghentikannya, hanya menjawabnya; faktor ini menjelaskan mengapa perubahan "
                 "tidak bisa ditunda (Bab 3).",
    "kekurangan": "Harga yang melekat pada pendekatan WoG itu sendiri. Bila tidak dikelola, "
                  "kekurangan ini menjadi alasan untuk kembali bekerja sendiri-sendiri (Bab 4).",
    "hambatan": "Penghalang yang muncul dari organisasi dan orang-orang yang menjalankan WoG "
                "(Bab 4). Klik sebuah hambatan untuk melihat faktor pendorong mana yang "
                "biasa dihadangnya.",
}
# Okabe–Ito palette: safe for the common kinds of colour blindness. Items are drawn in a
# light tint of their category's colour, so their (dark) labels stay readable.
COLORS = {"internal": "#0072B2", "eksternal": "#009E73",
          "kekurangan": "#E69F00", "hambatan": "#D55E00"}
ROOT_COLOR = "#f2f2f2"
#: Nodes that the current view does not select are dimmed to these greys.
DIM_CATEGORY, DIM_ITEM, TEXT_DIM = "#d4d4d4", "#ededed", "#5c5c5c"
#: Label colours with a contrast of at least 4.5:1 on their background.
TEXT_DARK = "#1a1a1a"
CATEGORY_INK = {"internal": "#ffffff", "eksternal": TEXT_DARK, "kekurangan": TEXT_DARK,
                "hambatan": TEXT_DARK}
ROOT_ID, ROOT_LABEL = "WoG", "WoG"
ROOT_TEXT = ("Whole of Government (WoG) didorong oleh faktor internal dan eksternal (Bab 3) dan "
             "menghadapi kekurangan serta hambatan (Bab 4). Klik sebuah kelompok di lingkar "
             "tengah untuk memperbesarnya, lalu klik sebuah butir di lingkar luar untuk membaca "
             "penjelasan, contoh dan sumbernya.")
DETAIL_START = ("Klik sebuah butir di lingkar luar untuk menampilkan artinya, contoh di Indonesia "
                "dan sumbernya di sini. Klik sebuah kelompok di lingkar tengah untuk "
                "memperbesarnya; klik pusat lingkaran untuk kembali.")
TANTANGAN_SOURCE = ("Butir: modul bagian 4 (Budiati, 2017, mengutip CES). Penjelasan dan "
                    "contoh: ditulis tim buku.")
BACK_TEXT = "Klik kelompok ini di pusat lingkaran untuk kembali ke seluruh lingkaran."
LINK_NOTE = "(kaitan ini disusun tim buku, bukan dari modul)"

#: Sources of the drivers: (key, text that marks it in the 'sumber' column, label).
SOURCES = (
    ("wikipedia", "Wikipedia", "Wikipedia"),
    ("apsc", "APSC", "APSC/IPAA 2002"),
    ("mac", "MAC 2004", "MAC 2004"),
    ("christensen", "Christensen", "Christensen & Lægreid 2007"),
)

#: The views of the explorer: key -> (menu label, categories shown, source required).
VIEWS: dict[str, tuple[str, tuple[str, ...], str | None]] = {
    "semua": ("Semua", CATEGORIES, None),
    "pendorong": ("Pendorong", ("internal", "eksternal"), None),
    "tantangan": ("Tantangan", ("kekurangan", "hambatan"), None),
    "internal": ("Pendorong internal", ("internal",), None),
    "eksternal": ("Pendorong eksternal", ("eksternal",), None),
    "kekurangan": ("Tantangan: kekurangan", ("kekurangan",), None),
    "hambatan": ("Tantangan: hambatan", ("hambatan",), None),
    **{key: (f"Pendorong menurut {label}", ("internal", "eksternal"), key)
       for key, _, label in SOURCES},
}

LINKS_NAME = "pendorong_hambatan"


# ----------------------------------------------------------------------- model
@dataclass(frozen=True)
class Item:
    """One driver or one challenge, with everything the explorer shows about it."""

    kategori: str
    nama: str
    penjelasan: str
    contoh: str
    sumber: str
    #: For a driver: the barriers it runs into; for a barrier: the drivers it blocks.
    #: Pairs (name, one-sentence explanation).
    kaitan: tuple[tuple[str, str], ...] = ()

    @property
    def kelompok(self) -> str:
        return GROUP_OF[self.kategori]

    @property
    def id(self) -> str:
        return f"{self.kategori}/{self.nama}"

    @property
    def sources(self) -> tuple[str, ...]:
        """Keys of :data:`SOURCES` named in :attr:`sumber` (empty for challenges)."""
        return tuple(key for key, mark, _ in SOURCES if mark in self.sumber)


def links(data_dir=None):
    """``data/pendorong_hambatan.csv``, validated; each linked challenge must be a barrier."""
    path = data.path_of(LINKS_NAME, data_dir)
    table = data.load(LINKS_NAME, data_dir)  # checks that every driver and challenge exists
    tantangan = data.load("tantangan_wog", data_dir)
    barriers = set(tantangan.loc[tantangan["jenis"] == "hambatan", "butir"])
    problems = []
    for line, row in enumerate(table.to_dict("records"), start=2):
        if row["butir_hambatan"] not in barriers:
            problems.append(f"baris {line}, kolom 'butir_hambatan': '{row['butir_hambatan']}' "
                            "bukan butir berjenis 'hambatan' di tantangan_wog.csv")
    if problems:
        raise data.DataError(path, problems)
    return table


def items(data_dir=None) -> tuple[Item, ...]:
    """Every driver (internal, then external) and every challenge (weaknesses, then barriers)."""
    drivers = data.load("faktor_pendorong", data_dir)
    tantangan = data.load("tantangan_wog", data_dir)
    pairs = links(data_dir).to_dict("records")
    out = []
    for kategori in ("internal", "eksternal"):
        for row in drivers[drivers["kategori"] == kategori].to_dict("records"):
            kaitan = tuple((p["butir_hambatan"], p["penjelasan"])
                           for p in pairs if p["faktor"] == row["faktor"])
            out.append(Item(kategori, row["faktor"], row["penjelasan"],
                            row["contoh_indonesia"], row["sumber"], kaitan))
    for kategori in ("kekurangan", "hambatan"):
        for row in tantangan[tantangan["jenis"] == kategori].to_dict("records"):
            kaitan = tuple((p["faktor"], p["penjelasan"])
                           for p in pairs if p["butir_hambatan"] == row["butir"])
            out.append(Item(kategori, row["butir"], row["penjelasan"], row["contoh"],
                            TANTANGAN_SOURCE, kaitan))
    return tuple(out)


def _check_view(view: str) -> None:
    if view not in VIEWS:
        raise ValueError(f"Tampilan '{view}' tidak dikenal; pilihan: {', '.join(VIEWS)}.")


def select(view: str, all_items=None) -> tuple[Item, ...]:
    """The items that view ``view`` (a key of :data:`VIEWS`) shows, in data order."""
    _check_view(view)
    _, categories, source = VIEWS[view]
    pool = items() if all_items is None else all_items
    return tuple(i for i in pool
                 if i.kategori in categories and (source is None or source in i.sources))


def detail(item: Item) -> str:
    """The detail-pane text of one item (plain text; line breaks are kept by the pane)."""
    lines = [f"{item.nama} — {CATEGORY_LABELS[item.kategori]}",
             f"Artinya: {item.penjelasan}",
             f"Contoh di Indonesia: {item.contoh}",
             f"Sumber: {item.sumber}"]
    if item.kaitan and item.kelompok == "pendorong":
        lines.append(f"Hambatan yang biasa dihadapi {LINK_NOTE}:")
    elif item.kaitan:
        lines.append(f"Faktor pendorong yang biasa dihadangnya {LINK_NOTE}:")
    lines += [f"• {name}: {why}" for name, why in item.kaitan]
    return "\n".join(lines)


# ------------------------------------------------------------------ the figure
def _wrap(text: str, width: int) -> str:
    return "<br>".join(textwrap.wrap(text, width, break_long_words=False))


def _tint(color: str, share: float = 0.3) -> str:
    """``color`` mixed with white: ``share`` of the colour, the rest white."""
    rgb = [int(color[k:k + 2], 16) for k in (1, 3, 5)]
    return "#" + "".join(f"{round(255 - (255 - c) * share):02x}" for c in rgb)


def _hover(title: str, text: str) -> str:
    return f"<b>{_wrap(html.escape(title), 38)}</b><br>{_wrap(html.escape(text), 42)}"


def nodes(all_items=None) -> dict[str, list]:
    """The sunburst's node arrays: the root, the four categories, every item."""
    pool = items() if all_items is None else all_items
    out = {"ids": [ROOT_ID], "labels": [ROOT_LABEL], "parents": [""],
           "customdata": [ROOT_TEXT], "hovertext": [_hover("Whole of Government", ROOT_TEXT)]}

    def add(*values):
        for key, value in zip(out, values):
            out[key].append(value)

    for c in CATEGORIES:
        n = sum(i.kategori == c for i in pool)
        add(c, f"<b>{CATEGORY_SHORT[c]}</b>", ROOT_ID,
            f"{CATEGORY_LABELS[c]} ({n} butir)\n{CATEGORY_TEXT[c]}\n{BACK_TEXT}",
            _hover(f"{CATEGORY_LABELS[c]} ({n} butir)", CATEGORY_TEXT[c]))
    for i in pool:
        add(i.id, _wrap(i.nama, 13), i.kategori, detail(i),
            _hover(i.nama, i.penjelasan) + "<br><i>Klik untuk contoh dan sumbernya.</i>")
    return out


def _level(view: str) -> str:
    """Single-category views zoom into their category; the others show the whole circle."""
    categories = VIEWS[view][1]
    return categories[0] if len(categories) == 1 else ROOT_ID


def colors(view: str, all_items=None) -> tuple[list[str], list[str]]:
    """Fill and label colours of every node for ``view``: the items the view selects (and
    their categories) in colour, every other node dimmed to grey."""
    pool = items() if all_items is None else all_items
    shown = {i.id for i in select(view, pool)}
    lit = {i.kategori for i in pool if i.id in shown}
    fill, ink = [ROOT_COLOR], [TEXT_DARK]
    for c in CATEGORIES:
        fill.append(COLORS[c] if c in lit else DIM_CATEGORY)
        ink.append(CATEGORY_INK[c] if c in lit else TEXT_DARK)
    for i in pool:
        fill.append(_tint(COLORS[i.kategori]) if i.id in shown else DIM_ITEM)
        ink.append(TEXT_DARK if i.id in shown else TEXT_DIM)
    return fill, ink


def counts(view: str, all_items=None) -> str:
    """What ``view`` selects, in words: '16 pendorong, 9 tantangan'."""
    shown = select(view, all_items)
    n_drv = sum(i.kelompok == "pendorong" for i in shown)
    n_tan = len(shown) - n_drv
    return ", ".join(part for part in (f"{n_drv} pendorong" if n_drv else "",
                                       f"{n_tan} tantangan" if n_tan else "") if part)


def title_of(view: str, all_items=None) -> str:
    pool = items() if all_items is None else all_items
    shown = select(view, pool)
    dimmed = " · butir lain diredupkan" if len(shown) < len(pool) and _level(view) == ROOT_ID \
        else ""
    return (f"<b>{VIEWS[view][0]}</b><br><span style=\"font-size:13px\">"
            f"{counts(view, pool)}{dimmed}</span>")


def view_update(view: str, all_items=None) -> tuple[dict, dict]:
    """Restyle (trace 0) and relayout that bring a figure made by :func:`figure` to ``view``:
    the zoom level, the colours that light up the selected items, and the title."""
    _check_view(view)
    fill, ink = colors(view, all_items)
    restyle = {"level": [_level(view)], "marker.colors": [fill], "textfont.color": [ink]}
    return restyle, {"title.text": title_of(view, all_items)}


def apply(fig, view: str, all_items=None) -> None:
    """Bring ``fig`` (a Figure or FigureWidget made by :func:`figure`) to ``view``."""
    restyle, relayout = view_update(view, all_items)
    if isinstance(fig, go.FigureWidget):
        with fig.batch_update():
            fig.plotly_restyle(restyle, trace_indexes=[0])
            fig.plotly_relayout(relayout)
    else:
        fig.plotly_restyle(restyle, trace_indexes=[0])
        fig.plotly_relayout(relayout)


FONT = {"size": 14, "family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"}


def figure(view: str = "semua", all_items=None) -> go.Figure:
    """Every driver and challenge of ``view`` as one sunburst: WoG → category → item."""
    _check_view(view)
    fig = go.Figure(go.Sunburst(
        **nodes(all_items), level=ROOT_ID,
        branchvalues="remainder", sort=False, rotation=90,
        textinfo="label", insidetextorientation="auto", insidetextfont={"size": 13},
        hovertemplate="%{hovertext}<extra></extra>", hoverlabel={"align": "left"},
        marker={"line": {"color": "white", "width": 1.5}},
        leaf={"opacity": 1},
    ))
    fig.update_layout(
        height=640, margin={"l": 4, "r": 4, "t": 112, "b": 4}, font=FONT,
        title={"x": 0.01, "xanchor": "left", "y": 1, "yanchor": "top", "yref": "container",
               "pad": {"t": 14}, "font": {"size": 16}},
    )
    apply(fig, view, all_items)
    return fig


def text_version(all_items=None) -> Table:
    """Every item of the explorer as an accessible table."""
    pool = items() if all_items is None else all_items
    rows = [[CATEGORY_LABELS[i.kategori], i.nama, i.penjelasan, i.contoh, i.sumber,
             "; ".join(name for name, _ in i.kaitan) or "—"] for i in pool]
    return Table("Faktor pendorong dan tantangan WoG (kaitan pendorong–hambatan disusun tim "
                 "buku)", ["Kelompok", "Butir", "Artinya", "Contoh di Indonesia", "Sumber",
                           "Kaitan pendorong–hambatan"], rows)


def explorer(view: str = "semua") -> BookFigure:
    """The static explorer: a menu of views, hover for meanings, click for the detail pane."""
    _check_view(view)
    pool = items()
    fig = figure(view, pool)
    buttons = []
    for key, (label, _, _) in VIEWS.items():
        restyle, relayout = view_update(key, pool)
        buttons.append({"label": label, "method": "update", "args": [restyle, relayout, [0]],
                        "name": key})
    fig.update_layout(updatemenus=[{
        "type": "dropdown", "buttons": buttons, "active": list(VIEWS).index(view),
        "x": 0.01, "xanchor": "left", "y": 1.0, "yanchor": "bottom", "pad": {"t": 0, "b": 8},
        "font": {"size": 13}, "showactive": True, "direction": "down",
    }])
    alt = ("Penjelajah faktor pendorong dan tantangan WoG: diagram lingkaran bertingkat dengan "
           "WoG di pusatnya; lingkar tengah berisi pendorong internal, pendorong eksternal, "
           "kekurangan dan hambatan, lingkar luar berisi butir-butirnya. "
           f"Tampilan awal: {VIEWS[view][0]} ({counts(view, pool)}). Menu di kiri atas "
           "menyoroti satu kelompok atau butir dari satu sumber; arahkan kursor ke sebuah "
           "butir untuk melihat artinya, klik untuk membaca contoh, sumber dan kaitannya di "
           "panel di bawah gambar; klik sebuah kelompok untuk memperbesarnya. Semua isi juga "
           "ada di versi teks.")
    return BookFigure(fig, alt, text=text_version(pool), detail=DETAIL_START)


# --------------------------------------------------- self-assessment (profile)
SCALE_MIN, SCALE_MAX = 0, 3
SCALE = {0: "tidak terasa", 1: "sedikit terasa", 2: "terasa", 3: "sangat terasa"}
PROFILE_CATEGORIES = ("internal", "eksternal", "hambatan")
PROFILE_LABELS = {"internal": "Pendorong internal", "eksternal": "Pendorong eksternal",
                  "hambatan": "Hambatan"}

#: An illustrative profile of a fictional agency, for the static book and the widget.
CONTOH_NAMA = "Dinas X (contoh fiktif)"
CONTOH_SKOR = {
    "Menyelaraskan kepentingan bersama": 2, "Menghindari duplikasi tugas": 3,
    "Memangkas biaya": 2, "Meningkatkan produktivitas": 1,
    "Garis tindakan yang padu (coherent line of action)": 1,
    "Fragmentasi warisan New Public Management": 2,
    "Tekanan opini publik": 3, "Keterbatasan dan tekanan anggaran": 2, "Keamanan": 0,
    "Kontra-terorisme": 0, "Dampak lingkungan": 1, "Globalisasi": 0, "Harapan masyarakat": 3,
    "Teknologi": 2, "Masalah kebijakan yang kompleks": 1, "Masalah sosial yang sulit": 0,
    "Tujuan, prioritas dan akuntabilitas yang tidak jelas": 2,
    "Benturan agenda dan kepentingan sehingga kolaborasi tidak tercipta": 1,
    "Ego sektoral antarinstansi": 3, "Insentif yang rendah": 3,
    "Perilaku yang resisten terhadap pemberantasan korupsi": 1,
}


def profile_items(all_items=None) -> tuple[Item, ...]:
    """What a trainee scores: every driver (internal, external) and every barrier."""
    pool = items() if all_items is None else all_items
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


def profil(skor: Mapping[str, int] | None = None, all_items=None) -> Profil:
    """Validate ``skor`` ({item name: 0–3}); items not given count as 0 (tidak terasa).

    Unknown names and scores that are not whole numbers 0–3 raise ValueError in Indonesian."""
    pool = profile_items(all_items)
    names = [i.nama for i in pool]
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
    return Profil(pool, tuple(int(given.get(n, 0)) for n in names))


def _num(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


def summary(p: Profil) -> list[str]:
    """Plain-language lines summing up a profile (the figure shows the first two)."""
    top = p.top("pendorong")
    worst = p.top("hambatan", 2)
    lines = [
        "Rata-rata: " + " · ".join(f"{PROFILE_LABELS[c].lower()} {_num(p.mean(c))}"
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


def _and(words: list[str]) -> str:
    """'a', 'a dan b', 'a, b dan c'."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} dan {words[-1]}"


def _title(p: Profil, judul: str) -> str:
    note = "<br>".join(_wrap(html.escape(line), 46) for line in summary(p)[:2])
    return f"<b>{html.escape(judul)}</b><br><span style=\"font-size:12.5px\">{note}</span>"


def profile_updates(p: Profil, judul: str = "Profil instansi Anda"
                    ) -> tuple[list[tuple[dict, list[int]]], dict]:
    """Restyle groups (one bar trace per category) and relayout that draw profile ``p``."""
    groups = []
    for k, c in enumerate(PROFILE_CATEGORIES):
        scores = [s for _, s in p.of(c)]
        groups.append(({"x": [scores], "text": [[f"{s} · {SCALE[s]}" for s in scores]]}, [k]))
    return groups, {"title.text": _title(p, judul)}


def apply_profile(fig, p: Profil, judul: str = "Profil instansi Anda") -> None:
    groups, relayout = profile_updates(p, judul)
    if isinstance(fig, go.FigureWidget):
        with fig.batch_update():
            for restyle, traces in groups:
                fig.plotly_restyle(restyle, trace_indexes=traces)
            fig.plotly_relayout(relayout)
    else:
        for restyle, traces in groups:
            fig.plotly_restyle(restyle, trace_indexes=traces)
        fig.plotly_relayout(relayout)


#: Names longer than this many characters are drawn on two lines (and get extra room).
LABEL_WIDTH = 44
#: Profile rows: pixels per row (one unit of the y axis), extra room for a name's second line.
ROW_PX, TWO_LINE_ROOM = 48, 0.35
#: Room at the top of the profile figure for its title and summary: the most lines it holds.
PROFILE_TITLE_LINES = 7


def profile_figure(p: Profil, judul: str = "Profil instansi Anda") -> go.Figure:
    """Horizontal bars 0–3 for every driver (internal, external) and barrier of profile ``p``.

    Each item's name is written above its bar (an annotation), so the bars keep the whole
    width of a phone. Rows sit on a numeric y axis; a name on two lines gets extra room."""
    fig = go.Figure()
    notes, pos = [], 0.0
    for c in PROFILE_CATEGORIES:
        ys, full = [], []
        for i, _ in p.of(c):
            label = _wrap(i.nama, LABEL_WIDTH)
            pos += TWO_LINE_ROOM if "<br>" in label else 0.0  # a second line grows upwards
            notes.append({"xref": "paper", "yref": "y", "x": 0, "y": pos + 0.06,
                          "xanchor": "left", "yanchor": "bottom", "align": "left",
                          "showarrow": False, "text": label,
                          "font": {"size": 12, "color": "#222"}})
            ys.append(pos + 0.3)
            full.append(i.nama)
            pos += 1
        fig.add_bar(
            y=ys, x=[0] * len(ys), customdata=full, orientation="h", name=PROFILE_LABELS[c],
            marker_color=COLORS[c], textposition="outside", cliponaxis=False, width=0.4,
            textfont={"size": 12},
            hovertemplate="%{customdata}<br><b>%{text}</b><extra>" + PROFILE_LABELS[c]
                          + "</extra>",
        )
    top = 30 + 17 * PROFILE_TITLE_LINES + 30
    fig.update_layout(
        height=round(top + ROW_PX * (pos + 0.45) + 70), font=FONT, plot_bgcolor="white",
        showlegend=True, margin={"l": 8, "r": 8, "t": top, "b": 70},
        title={"x": 0.01, "xanchor": "left", "y": 1, "yanchor": "top", "yref": "container",
               "pad": {"t": 12}, "font": {"size": 15}},
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
    apply_profile(fig, p, judul)
    return fig


def contoh_profil() -> BookFigure:
    """The static example: the profile of a fictional agency, clearly labelled as such."""
    p = profil(CONTOH_SKOR)
    fig = profile_figure(p, f"Contoh: profil {CONTOH_NAMA}")
    rows = [[PROFILE_LABELS[i.kategori], i.nama, f"{s} ({SCALE[s]})"]
            for i, s in zip(p.items, p.skor)]
    text = Table(f"Skor contoh {CONTOH_NAMA}", ["Kelompok", "Butir", "Skor 0–3"], rows)
    alt = (f"Contoh profil {CONTOH_NAMA}: diagram batang mendatar berskala 0 (tidak terasa) "
           "sampai 3 (sangat terasa) untuk setiap pendorong internal, pendorong eksternal dan "
           "hambatan. " + " ".join(summary(p)))
    return BookFigure(fig, alt, text=text)


# ----------------------------------------------------------------- live widget
PRIVACY = ("Nilai Anda tidak dikirim ke mana pun dan tidak disimpan: nilai hanya dipakai untuk "
           "menggambar diagram di sesi ini dan hilang saat notebook ditutup.")


def _detail_html(text: str) -> str:
    return ('<div style="border-left:4px solid #0072B2;background:#f3f7fb;padding:.5em .75em">'
            + html.escape(text).replace("\n", "<br>") + "</div>")


TABS = ("jelajahi", "nilai")


def widget(view: str = "semua", tab: str = "jelajahi"):
    """Live version for Jupyter, Binder and Voilà: an explorer tab ('jelajahi') and a
    "Nilai instansi Anda" tab ('nilai'); ``tab`` is the one shown first. Both figures are made
    by the same functions as the static book and updated by the same update functions
    (:func:`view_update`, :func:`profile_updates`)."""
    import ipywidgets as w

    _check_view(view)
    if tab not in TABS:
        raise ValueError(f"Tab '{tab}' tidak dikenal; pilihan: {', '.join(TABS)}.")
    pool = items()
    by_id = {i.id: i for i in pool}
    full = w.Layout(width="100%")
    wide = {"description_width": "6em"}

    # -- tab 1: explore ---------------------------------------------------------
    fig = go.FigureWidget(figure(view, pool))
    views = w.Dropdown(options=[(label, key) for key, (label, _, _) in VIEWS.items()],
                       value=view, description="Tampilkan", layout=full, style=wide)
    choose = w.Dropdown(description="Butir", layout=full, style=wide)
    pane = w.HTML(_detail_html(DETAIL_START))

    def item_options(key):
        return [("— pilih butir —", "")] + [(i.nama, i.id) for i in select(key, pool)]

    choose.options, choose.value = item_options(view), ""

    def on_view(change):
        apply(fig, change["new"], pool)
        choose.options, choose.value = item_options(change["new"]), ""
        pane.value = _detail_html(DETAIL_START)

    def on_item(change):
        if change["new"]:
            pane.value = _detail_html(detail(by_id[change["new"]]))

    def on_click(trace, points, _state):
        """A click on the figure shows the node's text, like the static book's detail pane."""
        for k in points.point_inds:
            node = trace.ids[k]
            if node in dict(choose.options).values():
                choose.value = node
            pane.value = _detail_html(trace.customdata[k])

    views.observe(on_view, names="value")
    choose.observe(on_item, names="value")
    fig.data[0].on_click(on_click)
    explore = w.VBox([views, choose, pane, fig])

    # -- tab 2: rate your agency ------------------------------------------------
    start = profil(None, pool)
    pfig = go.FigureWidget(profile_figure(start))
    legend = " · ".join(f"{k} = {v}" for k, v in SCALE.items())
    intro = w.HTML(f"<p><b>Nilai instansi Anda.</b> Seberapa terasa setiap faktor pendorong dan "
                   f"hambatan di instansi Anda? Geser setiap penggeser ({legend}); diagram di "
                   f"bawah langsung berubah.</p><p><i>{PRIVACY}</i></p>")
    fill = w.Button(description="Isi dengan contoh Dinas X", layout=w.Layout(width="auto"))
    clear = w.Button(description="Kosongkan (semua 0)", layout=w.Layout(width="auto"))
    report = w.HTML()
    sliders, words, rows = {}, {}, []
    for c in PROFILE_CATEGORIES:
        rows.append(w.HTML(f"<h4 style='margin:.6em 0 .2em'>{PROFILE_LABELS[c]}</h4>"))
        for i, _ in start.of(c):
            s = w.IntSlider(value=0, min=SCALE_MIN, max=SCALE_MAX, step=1, readout=False,
                            description="Nilai", continuous_update=True,
                            layout=w.Layout(width="60%", min_width="10em"),
                            style={"description_width": "3em"})
            sliders[i.nama], words[i.nama] = s, w.Label(f"0 — {SCALE[0]}")
            rows.append(w.VBox([w.Label(i.nama), w.HBox([s, words[i.nama]])]))
    state = {"judul": "Profil instansi Anda", "busy": False}

    def redraw():
        p = profil({n: s.value for n, s in sliders.items()}, pool)
        for name, s in sliders.items():
            words[name].value = f"{s.value} — {SCALE[s.value]}"
        apply_profile(pfig, p, state["judul"])
        report.value = "<ul>" + "".join(f"<li>{html.escape(line)}</li>"
                                        for line in summary(p)) + "</ul>"

    def on_slider(_change):
        if not state["busy"]:
            state["judul"] = "Profil instansi Anda"
            redraw()

    def set_scores(skor: Mapping[str, int] | None, judul: str = "Profil instansi Anda") -> None:
        """Set every slider at once (items not given: 0). Bad input raises ValueError and
        changes nothing."""
        p = profil(skor, pool)  # validates before anything changes
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
    fill.on_click(lambda _b: set_scores(CONTOH_SKOR, f"Contoh: profil {CONTOH_NAMA}"))
    clear.on_click(lambda _b: set_scores({}))
    redraw()
    rate = w.VBox([intro, w.HBox([fill, clear], layout=w.Layout(flex_flow="row wrap")),
                   *rows, report, pfig])

    box = w.Tab(children=[explore, rate], titles=("Jelajahi", "Nilai instansi Anda"),
                selected_index=TABS.index(tab))
    box.figure, box.views, box.items, box.detail = fig, views, choose, pane
    box.profile_figure, box.sliders, box.report = pfig, sliders, report
    box.set_scores, box.fill_example, box.clear = set_scores, fill, clear
    return box
