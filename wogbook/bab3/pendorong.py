"""Drivers and challenges of WoG (chapters 3 and 4) in one sunburst explorer.

* model – :func:`items` joins ``faktor_pendorong.csv`` (drivers, internal and
  external), ``tantangan_wog.csv`` (weaknesses and barriers) and
  ``pendorong_hambatan.csv`` (which barriers each driver typically runs into)
  into :class:`Item` records; ``kategori_pendorong_tantangan.csv`` explains the
  centre and the four categories; :func:`select` says which items a view shows;
  :func:`detail` is the text of the detail pane;
* state → update – :func:`view_update` brings the figure to a view (zoom level,
  colours, title) as an :class:`~wogbook.inti.update.Update`;
* figure – :func:`figure` draws every item in one sunburst ("WoG" → four
  categories → items);
* front-ends – :func:`explorer` (static book: a menu of views, click an item →
  detail pane) and :func:`widget` (ipywidgets: view filter, item list, detail pane).

The self-assessment "Nilai instansi Anda" is :mod:`wogbook.bab3.profil`. The links
between drivers and barriers are the book team's reasoning, not a finding of the
module or of its sources.
"""
from __future__ import annotations

from dataclasses import dataclass

import plotly.graph_objects as go

from ..inti import data, formulir, gaya, kontrol
from ..inti.aturan import DRIVER_SOURCES
from ..inti.formulir import Formulir, Hasil
from ..inti.tampil import BookFigure, Table, detail_html
from ..inti.update import Update
from ..inti.widget import Live, pane

# ------------------------------------------------------------------ categories
CATEGORIES = ("internal", "eksternal", "kekurangan", "hambatan")
GROUP_OF = {"internal": "pendorong", "eksternal": "pendorong",
            "kekurangan": "tantangan", "hambatan": "tantangan"}
CATEGORY_LABELS = {"internal": "Pendorong internal", "eksternal": "Pendorong eksternal",
                   "kekurangan": "Tantangan: kekurangan", "hambatan": "Tantangan: hambatan"}
#: Short labels drawn on the figure (the long ones are in hover and detail).
CATEGORY_SHORT = {"internal": "Pendorong internal", "eksternal": "Pendorong eksternal",
                  "kekurangan": "Kekurangan", "hambatan": "Hambatan"}
# Items are drawn in a light tint of their category's colour, so their (dark) labels
# stay readable.
COLORS = {"internal": gaya.OKABE_ITO["biru"], "eksternal": gaya.OKABE_ITO["hijau"],
          "kekurangan": gaya.OKABE_ITO["oranye"], "hambatan": gaya.OKABE_ITO["merah"]}
ROOT_COLOR = "#f2f2f2"
#: Nodes that the current view does not select are dimmed to these greys.
DIM_CATEGORY, DIM_ITEM, TEXT_DIM = "#d4d4d4", "#ededed", "#5c5c5c"
#: Label colours with a contrast of at least 4.5:1 on their background.
CATEGORY_INK = {"internal": "#ffffff", "eksternal": gaya.INK, "kekurangan": gaya.INK,
                "hambatan": gaya.INK}
ROOT_ID, ROOT_LABEL, ROOT_TITLE = "WoG", "WoG", "Whole of Government"
DETAIL_START = ("Klik sebuah butir di lingkar luar untuk menampilkan artinya, contoh di Indonesia "
                "dan sumbernya di sini. Klik sebuah kelompok di lingkar tengah untuk "
                "memperbesarnya; klik pusat lingkaran untuk kembali.")
BACK_TEXT = "Klik kelompok ini di pusat lingkaran untuk kembali ke seluruh lingkaran."
LINK_NOTE = "(kaitan ini disusun tim buku, bukan dari modul)"
CLICK_HINT = "<br><i>Klik untuk contoh dan sumbernya.</i>"

#: Sources of the drivers: (key, text that marks it in the 'sumber' column, label).
SOURCES = DRIVER_SOURCES

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


def categories() -> dict[str, dict]:
    """``kategori_pendorong_tantangan.csv`` by kategori: the centre ('WoG') and the four
    categories, each with its 'penjelasan' (and 'sumber_butir' for the challenges)."""
    table = data.load("kategori_pendorong_tantangan")
    return {row["kategori"]: row for row in table.to_dict("records")}


def items() -> tuple[Item, ...]:
    """Every driver (internal, then external) and every challenge (weaknesses, then barriers)."""
    drivers = data.load("faktor_pendorong")
    tantangan = data.load("tantangan_wog")
    pairs = data.load("pendorong_hambatan").to_dict("records")
    texts = categories()
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
                            texts[kategori]["sumber_butir"], kaitan))
    return tuple(out)


def check_view(view: str) -> None:
    if view not in VIEWS:
        raise ValueError(f"Tampilan '{view}' tidak dikenal; pilihan: {', '.join(VIEWS)}.")


def select(view: str, pool=None) -> tuple[Item, ...]:
    """The items that view ``view`` (a key of :data:`VIEWS`) shows, in data order."""
    check_view(view)
    _, shown, source = VIEWS[view]
    pool = items() if pool is None else pool
    return tuple(i for i in pool
                 if i.kategori in shown and (source is None or source in i.sources))


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


# --------------------------------------------------------------- state → update
def _hover(title: str, text: str) -> str:
    return f"<b>{gaya.wrap(title, 38, hyphens=True)}</b><br>{gaya.wrap(text, 42, hyphens=True)}"


def nodes(pool=None) -> dict[str, list]:
    """The sunburst's node arrays: the root, the four categories, every item."""
    pool = items() if pool is None else pool
    texts = categories()
    root = texts[ROOT_ID]["penjelasan"]
    out = {"ids": [ROOT_ID], "labels": [ROOT_LABEL], "parents": [""],
           "customdata": [gaya.esc(root)], "hovertext": [_hover(ROOT_TITLE, root)]}

    def add(*values):
        for key, value in zip(out, values):
            out[key].append(value)

    for c in CATEGORIES:
        n = sum(i.kategori == c for i in pool)
        text = texts[c]["penjelasan"]
        add(c, f"<b>{CATEGORY_SHORT[c]}</b>", ROOT_ID,
            gaya.esc(f"{CATEGORY_LABELS[c]} ({n} butir)\n{text}\n{BACK_TEXT}"),
            _hover(f"{CATEGORY_LABELS[c]} ({n} butir)", text))
    for i in pool:
        add(i.id, gaya.wrap(i.nama, 13, hyphens=True), i.kategori, gaya.esc(detail(i)),
            _hover(i.nama, i.penjelasan) + CLICK_HINT)
    return out


def level(view: str) -> str:
    """Single-category views zoom into their category; the others show the whole circle."""
    shown = VIEWS[view][1]
    return shown[0] if len(shown) == 1 else ROOT_ID


def colors(view: str, pool=None) -> tuple[list[str], list[str]]:
    """Fill and label colours of every node for ``view``: the items the view selects (and
    their categories) in colour, every other node dimmed to grey."""
    pool = items() if pool is None else pool
    shown = {i.id for i in select(view, pool)}
    lit = {i.kategori for i in pool if i.id in shown}
    fill, ink = [ROOT_COLOR], [gaya.INK]
    for c in CATEGORIES:
        fill.append(COLORS[c] if c in lit else DIM_CATEGORY)
        ink.append(CATEGORY_INK[c] if c in lit else gaya.INK)
    for i in pool:
        fill.append(gaya.tint(COLORS[i.kategori]) if i.id in shown else DIM_ITEM)
        ink.append(gaya.INK if i.id in shown else TEXT_DIM)
    return fill, ink


def counts(view: str, pool=None) -> str:
    """What ``view`` selects, in words: '16 pendorong, 9 tantangan'."""
    shown = select(view, pool)
    n_drv = sum(i.kelompok == "pendorong" for i in shown)
    n_tan = len(shown) - n_drv
    return ", ".join(part for part in (f"{n_drv} pendorong" if n_drv else "",
                                       f"{n_tan} tantangan" if n_tan else "") if part)


def title_of(view: str, pool=None) -> str:
    pool = items() if pool is None else pool
    shown = select(view, pool)
    dimmed = " · butir lain diredupkan" \
        if len(shown) < len(pool) and level(view) == ROOT_ID else ""
    return (f"<b>{VIEWS[view][0]}</b><br><span style=\"font-size:0.9em\">"
            f"{counts(view, pool)}{dimmed}</span>")


def view_update(view: str, pool=None) -> Update:
    """Bring a figure made by :func:`figure` to ``view``: the zoom level, the colours that
    light up the selected items, and the title."""
    check_view(view)
    pool = items() if pool is None else pool
    fill, ink = colors(view, pool)
    return Update({0: {"level": level(view), "marker.colors": fill, "textfont.color": ink}},
                  {"title.text": title_of(view, pool)})


# ------------------------------------------------------------------ the figure
def figure(view: str = "semua", pool=None) -> go.Figure:
    """Every driver and challenge of ``view`` as one sunburst: WoG → category → item."""
    check_view(view)
    pool = items() if pool is None else pool
    fig = go.Figure(go.Sunburst(
        **nodes(pool), level=ROOT_ID,
        branchvalues="remainder", sort=False, rotation=90,
        textinfo="label", insidetextorientation="auto", insidetextfont={"size": 13},
        hovertemplate="%{hovertext}<extra></extra>", hoverlabel={"align": "left"},
        marker={"line": {"color": "white", "width": 1.5}},
        leaf={"opacity": 1},
    ))
    fig.update_layout(gaya.base_layout(640, top=112, bottom=4, left=4, right=4))
    fig.update_layout(title={"y": 1, "yanchor": "top", "yref": "container", "pad": {"t": 14}})
    view_update(view, pool).apply(fig)
    return fig


def text_version(pool=None) -> Table:
    """Every item of the explorer as an accessible table."""
    pool = items() if pool is None else pool
    rows = [[CATEGORY_LABELS[i.kategori], i.nama, i.penjelasan, i.contoh, i.sumber,
             "; ".join(name for name, _ in i.kaitan) or "—"] for i in pool]
    return Table("Faktor pendorong dan tantangan WoG (kaitan pendorong–hambatan disusun tim "
                 "buku)", ["Kelompok", "Butir", "Artinya", "Contoh di Indonesia", "Sumber",
                           "Kaitan pendorong–hambatan"], rows)


# ------------------------------------------------------------- static explorer
def explorer(view: str = "semua") -> BookFigure:
    """The static explorer: a menu of views, hover for meanings, click for the detail pane."""
    check_view(view)
    pool = items()
    fig = figure(view, pool)
    base = go.Figure(fig)
    states = [(label, view_update(key, pool)) for key, (label, _, _) in VIEWS.items()]
    fig.update_layout(updatemenus=[kontrol.menu(
        states, base, active=list(VIEWS).index(view), x=0.01, pad={"t": 0, "b": 8},
        direction="down")])
    alt = ("Alat interaktif faktor pendorong dan tantangan WoG: diagram lingkaran bertingkat dengan "
           "WoG di pusatnya; lingkar tengah berisi pendorong internal, pendorong eksternal, "
           "kekurangan dan hambatan, lingkar luar berisi butir-butirnya. "
           f"Tampilan awal: {VIEWS[view][0]} ({counts(view, pool)}). Menu di kiri atas "
           "menyoroti satu kelompok atau butir dari satu sumber; arahkan kursor ke sebuah "
           "butir untuk melihat artinya, klik untuk membaca contoh, sumber dan kaitannya di "
           "panel di bawah gambar; klik sebuah kelompok untuk memperbesarnya. Semua isi juga "
           "ada di versi teks.")
    return BookFigure(fig, alt, text=text_version(pool), detail=DETAIL_START)


# ------------------------------------------------------------------ prediction
GUESSES = (("pendorong", "Pendorong"), ("sama", "Sama banyak"), ("tantangan", "Tantangan"))


def hasil_tebakan(values: dict) -> Hasil:
    """The reader's guess against the counts of the module's drivers and challenges."""
    n = {g: sum(1 for i in items() if GROUP_OF[i.kategori] == g)
         for g in ("pendorong", "tantangan")}
    truth = "sama" if n["pendorong"] == n["tantangan"] else max(n, key=n.get)
    label, guess = dict(GUESSES), values["tebakan"]
    return Hasil(
        f"Tebakan Anda: {label[guess].lower()}.",
        (f"Buku ini memuat {n['pendorong']} butir pendorong dan {n['tantangan']} butir "
         "tantangan (kekurangan dan hambatan).",
         "Tepat." if guess == truth else
         ("Keduanya sama banyak." if truth == "sama" else
          f"Yang lebih banyak justru {label[truth].lower()}."),
         "Banyaknya butir bukan bobotnya: satu hambatan seperti ego sektoral dapat menahan "
         "beberapa pendorong sekaligus. Klik sebuah butir untuk melihat kaitannya."))


def tebakan() -> Formulir:
    """The drivers and challenges explorer behind a committed guess: which list is longer?"""
    return formulir.tebakan("bab3.tebakan", GUESSES, hasil_tebakan, explorer(), inline=True)


# ----------------------------------------------------------------- live widget
def widget(view: str = "semua") -> Live:
    """Live explorer for Jupyter, Binder and Voilà: a view menu, an item list and the detail
    pane; clicking the figure fills the pane as in the static book. Controls: ``"view"``
    (the view menu) and ``"butir"`` (the item list)."""
    import ipywidgets as w

    check_view(view)
    pool = items()
    by_id = {i.id: i for i in pool}
    full, wide = w.Layout(width="100%"), {"description_width": "6em"}
    fig = go.FigureWidget(figure(view, pool))
    views = w.Dropdown(options=[(label, key) for key, (label, _, _) in VIEWS.items()],
                       value=view, description="Tampilkan", layout=full, style=wide)
    choose = w.Dropdown(description="Butir", layout=full, style=wide)
    detail_pane = pane(DETAIL_START)

    def item_options(key):
        return [("— pilih butir —", "")] + [(i.nama, i.id) for i in select(key, pool)]

    choose.options, choose.value = item_options(view), ""

    def on_view(change):
        view_update(change["new"], pool).apply(fig)
        choose.options, choose.value = item_options(change["new"]), ""
        detail_pane.value = detail_html(DETAIL_START)

    def on_item(change):
        if change["new"]:
            detail_pane.value = detail_html(detail(by_id[change["new"]]))

    def on_click(trace, points, _state):
        """A click on a node shows its text; a listed item is also chosen in the list."""
        for k in points.point_inds:
            node = trace.ids[k]
            if node in dict(choose.options).values():
                choose.value = node
            detail_pane.value = detail_html(gaya.plain(trace.customdata[k]))

    views.observe(on_view, names="value")
    choose.observe(on_item, names="value")
    fig.data[0].on_click(on_click)
    box = w.VBox([views, choose, detail_pane, fig])
    return Live(box, fig, {"view": views, "butir": choose}, detail=detail_pane)
