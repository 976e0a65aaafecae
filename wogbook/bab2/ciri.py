"""Bab 2: the traits of wicked problems by source, and "Uji masalah Anda".

The traits (``data/ciri_wicked_problem.csv``) of three sources
(``data/sumber_wicked_problem.csv``: the module, Rittel & Webber 1973, APSC 2007)
as a list of coloured markers under a header per source. Buttons filter by source;
clicking a trait or a header shows its explanation. The live widget "Uji masalah
Anda" counts, per source, the traits a reader ticks for a problem of their own.

* model – :func:`sources`, :func:`traits`, :func:`trait_counts`;
* state → update – :func:`update` (source filter, ticked traits, the reader's problem);
* figure – :func:`figure`;
* front-ends – :func:`explorer` (plotly buttons), :func:`formulir` ("Uji masalah Anda" in
  the static book; counted by ``wogbook/buku/static/alat/ciri.js``) and :func:`widget`.
"""
from __future__ import annotations

import plotly.graph_objects as go

from ..inti import data, gaya, kontrol
from ..inti.formulir import Centang, Formulir, Hasil, Isian
from ..inti.tampil import BookFigure, Table
from ..inti.update import Update
from ..inti.widget import Live

#: The filter that shows every source, and its labels on the buttons and in the menu.
ALL = "semua"
ALL_BUTTON, ALL_MENU = "Semua", "Semua sumber"
#: One colour per source (the schema allows only these three).
COLORS = {"modul": gaya.OKABE_ITO["biru"], "rittel1973": gaya.OKABE_ITO["oranye"],
          "apsc2007": gaya.OKABE_ITO["hijau"]}
HINT = "Klik sebuah ciri (atau judul sumber) untuk membaca penjelasannya di sini."
INTRO = ("<p><b>Uji masalah Anda.</b> Tulis satu masalah di instansi Anda, lalu centang ciri "
         "yang cocok. Judul gambar menghitung ciri yang cocok per sumber.</p>")
#: Vertical space of one text line, of the gap after a row, before a header (axis units).
LINE, GAP, HEADER_GAP = 1.0, 0.5, 0.6
#: Top margin: room for a three-line heading, or heading + buttons.
TOP = 104
#: Trace indexes: the source headers, the traits.
T_HEADERS, T_TRAITS = 0, 1


# ------------------------------------------------------------------ model
def sources() -> dict[str, dict]:
    """The rows of ``sumber_wicked_problem.csv`` (``nama``, ``singkat``, ``catatan``) by id."""
    return {r["sumber"]: r for r in data.load("sumber_wicked_problem").to_dict("records")}


def filters() -> list[str]:
    """The filters of the figure: every source, then each one."""
    return [ALL, *sources()]


def traits(source: str = ALL) -> list[dict]:
    """The traits of one source (or all), in file order; each with an ``id`` 'sumber-no'."""
    data.choose("Sumber", source, filters(), "sumber_wicked_problem.csv")
    table = data.load("ciri_wicked_problem")
    rows = [dict(r, id=f"{r['sumber']}-{r['no']}") for r in table.to_dict("records")]
    return [r for r in rows if source in (ALL, r["sumber"])]


def _check_applies(applies) -> set[str] | None:
    if applies is None:
        return None
    if isinstance(applies, str) or not hasattr(applies, "__iter__"):
        raise ValueError("Ciri yang cocok harus berupa daftar kode ciri (mis. ['modul-1']); "
                         f"diterima: {applies!r}.")
    ids = [t["id"] for t in traits()]
    applies = list(applies)
    for a in applies:
        data.choose("Kode ciri", a, ids, "ciri_wicked_problem.csv (sumber-no)")
    return set(applies)


def trait_counts(applies) -> dict[str, tuple[int, int]]:
    """For each source: (number of its traits in ``applies``, number of its traits)."""
    chosen = _check_applies(applies) or set()
    counts = {}
    for source in sources():
        ids = [t["id"] for t in traits(source)]
        counts[source] = (sum(i in chosen for i in ids), len(ids))
    return counts


def _rows(source: str) -> list[dict]:
    """The rows drawn for ``source``: a header per source, then its traits, with y centres."""
    chosen = traits(source)
    out, y = [], 0.0
    for src, info in sources().items():
        mine = [t for t in chosen if t["sumber"] == src]
        if not mine:
            continue
        if out:
            y += HEADER_GAP
        out.append({"kind": "header", "source": src, "y": -(y + LINE / 2),
                    "text": f"<b>{gaya.esc(info['nama'])}</b> · {len(mine)} ciri",
                    "detail": info["catatan"]})
        y += LINE + GAP / 2
        for t in mine:
            text = gaya.wrap(f"{t['no']}. {t['ciri']}", 40)
            lines = text.count("<br>") + 1
            out.append({"kind": "trait", "source": src, "id": t["id"],
                        "y": -(y + lines * LINE / 2), "text": text,
                        "detail": f"{info['nama']}, ciri {t['no']}: {t['ciri']}\n"
                                  f"{t['penjelasan']}",
                        "hover": gaya.wrap(t["penjelasan"], 40)})
            y += lines * LINE + GAP
    return out


# ---------------------------------------------------------- state → update
def update(source: str = ALL, applies=None, problem: str = "") -> Update:
    """The header and trait traces for ``source``; the traits in ``applies`` marked.

    ``applies`` None: no test running (every marker filled); otherwise a list of trait
    ids – those are filled, the others hollow – and the heading counts them per source.
    """
    rows = _rows(source)
    chosen = _check_applies(applies)
    heads = [r for r in rows if r["kind"] == "header"]
    items = [r for r in rows if r["kind"] == "trait"]
    ticked = [chosen is None or r["id"] in chosen for r in items]
    colors = [COLORS[r["source"]] for r in items]
    names = sources()
    label = "semua sumber" if source == ALL else gaya.esc(names[source]["nama"])
    title = f"<b>Ciri <i>wicked problems</i>: {label}</b>"
    if chosen is not None:
        name = problem_name(problem)
        parts = " · ".join(f"{gaya.esc(names[s]['singkat'])} {k}/{n}"
                           for s, (k, n) in trait_counts(chosen).items())
        title += (f"<br><span style='font-size:0.9em'>{gaya.wrap('Cocok untuk ' + name + ':', 44)}"
                  f"<br>{parts}</span>")
    return Update(
        {T_HEADERS: {"x": [0] * len(heads), "y": [r["y"] for r in heads],
                     "text": [r["text"] for r in heads],
                     "customdata": [gaya.esc(r["detail"]) for r in heads],
                     "hovertext": [gaya.wrap(r["detail"], 40) for r in heads]},
         T_TRAITS: {"x": [0.03] * len(items), "y": [r["y"] for r in items],
                    "text": [r["text"] for r in items],
                    "customdata": [gaya.esc(r["detail"]) for r in items],
                    "hovertext": [r["hover"] for r in items],
                    "marker.color": colors, "marker.line.color": colors,
                    "marker.symbol": ["square" if t else "square-open" for t in ticked]}},
        {f"annotations[{gaya.HEADING}].text": title})


# ------------------------------------------------- the static book's own form
PROBLEM_KEY = "masalah"


def problem_name(problem: str) -> str:
    """The reader's problem as the answer names it: spaces tidied, at most 60 characters."""
    return " ".join(str(problem or "").split())[:60] or "masalah Anda"


def hasil(values: dict) -> Hasil:
    """The form's answer: per source, how many of its traits the reader ticked."""
    applies = [t["id"] for t in traits() if values.get(t["id"])]
    names = sources()
    lines = tuple(f"{names[s]['nama']}: {k} dari {n} ciri"
                  for s, (k, n) in trait_counts(applies).items())
    return Hasil(f"Cocok untuk {problem_name(values.get(PROBLEM_KEY, ''))}:", lines)


def formulir() -> Formulir:
    """"Uji masalah Anda" in the static book: the reader's problem, one check box per trait
    under its source; the counts are computed in the browser by ``alat/ciri.js``."""
    names = sources()
    fields = [Isian(PROBLEM_KEY, "Masalah di instansi Anda", "mis. banjir di kota kami")]
    fields += [Centang(t["id"], f"{t['no']}. {t['ciri']}", group=names[t["sumber"]]["nama"])
               for t in traits()]
    model = {"sumber": [{"nama": r["nama"], "ciri": [t["id"] for t in traits(s)]}
                        for s, r in names.items()]}
    return Formulir("bab2.ciri", "2", "Uji masalah Anda",
                    "Tulis satu masalah di instansi Anda, lalu centang ciri yang cocok.",
                    fields, hasil, alat="ciri", model=model, awalan="UJI")


# ------------------------------------------------------------------ figure
def _bottom(source: str = ALL) -> float:
    """The bottom of the y axis that has room for every trait of ``source``."""
    return min(r["y"] for r in _rows(source)) - 1.2


def _height() -> tuple[int, float]:
    """The figure's height in px and the bottom of its y axis: room for every trait."""
    bottom = _bottom(ALL)
    return int(TOP + 10 + 19 * -bottom), bottom


#: Mode Kelas shows one source at a time, its rows spread over at least this many lines
#: (the module's three traits do not shrink to the top of a projector screen)
PROJECTOR_LINES = 12


def projector_update(source: str) -> Update:
    """On a projector the y axis holds only the rows of ``source`` (one source at a time:
    all eighteen traits at 18 px do not fit a 768 px high screen)."""
    return Update(layout={"yaxis.range": [min(_bottom(source), -PROJECTOR_LINES), 0.2]})


def figure(source: str = ALL, applies=None, problem: str = "") -> go.Figure:
    """The traits as a list of coloured markers grouped under their source."""
    state = update(source, applies, problem)
    height, bottom = _height()
    fig = go.Figure()
    fig.add_scatter(x=[], y=[], mode="text", name="Sumber", textposition="middle right",
                    textfont={"size": 14}, cliponaxis=False,
                    hovertemplate="%{hovertext}<extra></extra>")
    fig.add_scatter(x=[], y=[], mode="markers+text", name="Ciri", textposition="middle right",
                    marker={"size": 14, "line": {"width": 2}}, textfont={"size": 13},
                    cliponaxis=False, hovertemplate="%{hovertext}<extra></extra>")
    gaya.diagram_layout(fig, height=height, top=TOP)
    fig.update_layout(annotations=[gaya.heading()], xaxis={"range": [0, 1]},
                      yaxis={"range": [bottom, 0.2]})
    state.apply(fig)
    return fig


def text() -> Table:
    names = sources()
    return Table("Ciri wicked problems menurut tiga sumber",
                 ["Sumber", "No.", "Ciri", "Penjelasan"],
                 [[names[t["sumber"]]["nama"], t["no"], t["ciri"], t["penjelasan"]]
                  for t in traits()])


# ------------------------------------------------------------ front-ends
def explorer(source: str = ALL) -> BookFigure:
    """Static explorer: plotly buttons filter by source; click a trait for its detail."""
    fig = figure(source)
    base = go.Figure(fig)
    names = sources()
    states = [(ALL_BUTTON, update(ALL))] + [(r["singkat"], update(s)) for s, r in names.items()]
    fig.update_layout(updatemenus=[kontrol.menu(
        states, base, active=filters().index(source), kind="buttons", x=0, y=1.0,
        pad={"b": 8, "t": 0}, font={"size": 13}, bgcolor="white")])
    fig.layout.annotations[gaya.HEADING].yshift = 48
    alt = ("Daftar ciri wicked problems dikelompokkan per sumber: "
           + ", ".join(f"{r['nama']} {len(traits(s))} ciri" for s, r in names.items())
           + ". Tombol di atas menyaring per sumber; klik sebuah ciri untuk membaca "
             "penjelasannya.")
    return BookFigure(fig, alt, text=text(), detail=HINT)


#: Mode Kelas starts with the module's own three traits: all eighteen do not fit a projector
KELAS = {"source": "modul", "projector": True}


def widget(source: str = ALL, projector: bool = False) -> Live:
    """Live "Uji masalah Anda": tick the traits that fit your problem; counts per source.
    ``projector``: one source at a time, its rows filling the figure (Mode Kelas)."""
    import ipywidgets as w

    if projector and source == ALL:
        raise ValueError("Di proyektor ciri ditampilkan satu sumber sekali tampil: pilih "
                         f"sumber ({', '.join(sources())}).")
    names = sources()
    every = traits()
    fig = go.FigureWidget(figure(source, [], ""))
    options = [] if projector else [(ALL_MENU, ALL)]
    menu = w.Dropdown(options=options + [(r["nama"], s) for s, r in names.items()],
                      value=source, description="Sumber",
                      layout=w.Layout(width="100%", max_width="28em"))
    problem = w.Text(value="", description="Masalah", placeholder="mis. banjir di kota kami",
                     layout=w.Layout(width="100%", max_width="28em"))
    boxes = {t["id"]: w.Checkbox(value=False, description=f"{t['no']}. {t['ciri']}",
                                 indent=False, layout=w.Layout(width="auto"))
             for t in every}
    groups = {s: w.VBox([w.HTML(f"<b>{gaya.esc(r['nama'])}</b>")]
                        + [boxes[t["id"]] for t in every if t["sumber"] == s])
              for s, r in names.items()}

    def redraw(_change=None):
        state = update(menu.value, [i for i, b in boxes.items() if b.value], problem.value)
        (state + projector_update(menu.value) if projector else state).apply(fig)
        for s, group in groups.items():  # the ticks of the sources the figure shows
            group.layout.display = None if menu.value in (ALL, s) else "none"

    for control in (menu, problem, *boxes.values()):
        control.observe(redraw, names="value")
    redraw()
    box = w.VBox([w.HTML(INTRO), problem, menu, w.VBox(list(groups.values())), fig])
    return Live(box, fig, {"menu": menu, "masalah": problem, **boxes})
