"""Mode Kelas: the live interactives as a classroom presentation (for Voilà).

One screen per interactive, in the teaching order of ``data/kelas_layar.csv``, each
with the question to ask the class *before* touching the controls. Large fonts and
controls for a projector (the figures switch to the projector layout variant); no
code is shown (Voilà hides it). Screens are built the first time they are shown, so
the presentation starts fast. Run it with ``make kelas`` (``server.py``).
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from ..inti import data
from ..inti.gaya import esc


@dataclass(frozen=True)
class Screen:
    title: str
    question: str
    #: the interactive, as ``babN.module`` under ``wogbook``; its ``widget()`` is shown
    tool: str


def screens() -> list[Screen]:
    """Every screen of ``data/kelas_layar.csv``, in teaching order (validated)."""
    table = data.load("kelas_layar")
    return [Screen(r["judul"], r["pertanyaan"], r["alat"]) for r in table.to_dict("records")]


#: Mode Kelas's own look (sizes for the back of the room, the screen layout): one file
CSS = f"<style>{(Path(__file__).with_name('kelas.css')).read_text(encoding='utf-8')}</style>"


def _is_figure(widget) -> bool:
    return type(widget).__name__ == "FigureWidget"


def stage(box) -> bool:
    """Lay out a tool's box for the projector: every box that holds figures becomes two
    columns, its other children (controls, texts) on the left and its figures on the right,
    filling the height the screen leaves them (``kelas.css``); the boxes between the tool
    and its figures pass that height on. Tabs keep their pages. True if ``box`` shows a
    figure somewhere."""
    children = tuple(getattr(box, "children", ()))
    deeper = [stage(child) for child in children]
    figures = [c for c in children if _is_figure(c)]
    for fig in figures:
        # A FigureWidget inside a box is drawn from the state it had when it was made:
        # the changes since (the projector variant, the tool's first update) reach a
        # browser only as messages, which a presentation that Voilà runs before the
        # browser connects never delivers. Its display hook writes the figure as it is
        # now into that state.
        fig._repr_mimebundle_()
    if figures and type(box).__name__ in ("VBox", "Box"):
        import ipywidgets as w

        left = w.VBox([c for c in children if not _is_figure(c)])
        left.add_class("wog-kendali")
        right = w.VBox(figures)
        right.add_class("wog-gambar")
        box.children = (left, right)
        box.add_class("wog-panggung")
    elif any(deeper):
        box.add_class("wog-isi")
    return bool(figures) or any(deeper)


def build_screen(screen: Screen):
    """The live widget of one screen (projector variant, :func:`stage` layout), under the
    question to ask the class first."""
    import ipywidgets as w

    module = importlib.import_module(f"wogbook.{screen.tool}")
    # a tool may start differently in class (its KELAS: the arguments of its widget)
    live = module.widget(**getattr(module, "KELAS", {})).variant("projector")
    question = w.HTML(f"<div class='wog-tanya'><b>Tanyakan dulu:</b> "
                      f"{esc(screen.question)}</div>")
    body = live.box
    stage(body)
    body.add_class("wog-isi")
    screen_box = w.VBox([question, body])
    screen_box.add_class("wog-isi")
    return screen_box


def failed_screen(screen: Screen, err: Exception):
    """A screen whose interactive could not be built: why, on the screen."""
    import ipywidgets as w

    lines = "<br>".join(esc(line) for line in str(err).splitlines()) or esc(type(err).__name__)
    return w.HTML(f"<div class='wog-galat' role='alert'>"
                  f"<b>Layar ini tidak dapat ditampilkan.</b><br>{lines}<br>Perbaiki berkas yang "
                  "disebut, lalu mulai ulang Mode Kelas (make kelas). Layar lain tetap dapat "
                  "dipakai.</div>")


@dataclass
class Presentation:
    """The presentation: its box, its screens and which one is shown."""

    box: object
    screens: list[Screen]
    show: object
    current: dict

    def _repr_mimebundle_(self, **kwargs):
        return self.box._repr_mimebundle_(**kwargs)


def presentation(start: int = 0) -> Presentation:
    """One interactive per screen: the screen's title between 'Sebelumnya' and 'Berikutnya'
    on one bar, then the screen (:func:`build_screen`), built the first time it is shown."""
    import ipywidgets as w

    shown = screens()
    if not isinstance(start, int) or not 0 <= start < len(shown):
        raise ValueError(f"Layar awal harus 0–{len(shown) - 1}; diterima: {start!r}.")
    holder = w.Box()
    holder.add_class("wog-kelas-layar")
    built: dict[int, object] = {}
    back = w.Button(description="◀ Sebelumnya")
    forward = w.Button(description="Berikutnya ▶")
    where = w.HTML()
    where.add_class("wog-kelas-judul")
    state = {"i": start}
    # the Voilà template writes "screen:column:WIDTHxHEIGHT" of the figure column shown
    # here; its figures are then laid out to exactly that size (see fit_figures)
    size = w.Text(layout=w.Layout(display="none"))
    size.add_class("wog-kelas-ukuran")
    size.observe(lambda change: fit_figures(built, change["new"]), "value")

    def show(i: int):
        state["i"] = i
        if i not in built:
            try:
                built[i] = build_screen(shown[i])
            except Exception as err:  # noqa: BLE001 – the class sees why, not a dead button
                built[i] = failed_screen(shown[i], err)
        holder.children = (built[i],)
        where.value = (f"<h1>{esc(shown[i].title)}</h1>"
                       f"<span class='wog-kelas-ke'>Layar {i + 1} dari {len(shown)}</span>")
        back.disabled = i == 0
        forward.disabled = i == len(shown) - 1

    back.on_click(lambda _: show(state["i"] - 1))
    forward.on_click(lambda _: show(state["i"] + 1))
    show(start)
    nav = w.HBox([back, where, forward])
    nav.add_class("wog-kelas-atas")
    style = w.HTML(CSS)
    style.add_class("wog-kelas-gaya")
    box = w.VBox([style, size, nav, holder])
    box.add_class("wog-kelas")
    _tell_server_ready()
    return Presentation(box, shown, show, state)


def columns_of(widget) -> list:
    """The figure columns of a built screen (:func:`stage`), in the order of the page."""
    own = [widget] if "wog-gambar" in getattr(widget, "_dom_classes", ()) else []
    return own + [c for child in getattr(widget, "children", ()) for c in columns_of(child)]


def fit_figures(built: dict, value: str) -> bool:
    """Size the figures of one figure column to it: ``value`` is
    "screen:column:WIDTHxHEIGHT" (screen counted from 1, column from 0 as
    :func:`columns_of` lists them, the column's size in px); the figures share the height,
    one under the other. A malformed value or an unbuilt screen changes nothing."""
    try:
        screen, column, dims = value.split(":")
        width, height = (int(float(v)) for v in dims.split("x"))
        figures = columns_of(built[int(screen) - 1])[int(column)].children
    except (ValueError, KeyError, IndexError):
        return False
    if not figures or width < 100 or height < 100:
        return False
    each = (height - GAP * (len(figures) - 1)) // len(figures)
    for fig in figures:
        fig.update_layout(width=width, height=each, autosize=False)
    return True


#: the space between two figures of one column, in px (as ``.wog-gambar`` in kelas.css)
GAP = 8


#: set by :func:`wogbook.kelas.server.start_server`: the file the first built presentation
#: touches, so the server says "siap" only once the class can use the first screen
READY_FILE = "WOG_KELAS_SIAP"


def _tell_server_ready() -> None:
    import os

    path = os.environ.get(READY_FILE)
    if path:
        Path(path).touch()
