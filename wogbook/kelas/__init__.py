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


CSS = """
<style>
.wog-kelas, .wog-kelas .widget-label, .wog-kelas .widget-readout, .wog-kelas select,
.wog-kelas .widget-dropdown select, .wog-kelas button, .wog-kelas .widget-html-content,
.wog-kelas .widget-checkbox label { font-size: 22px !important; line-height: 1.35; }
.wog-kelas .widget-label { min-width: 9em; }
.wog-kelas .widget-slider .noUi-handle, .wog-kelas .slider .noUi-handle { transform: scale(1.6); }
.wog-kelas h1 { font-size: 40px; margin: 0.2em 0; }
.wog-kelas .wog-tanya { font-size: 26px; background: #fff4d6; border-left: 8px solid #E69F00;
  padding: 0.5em 0.8em; margin: 0.3em 0 0.8em; }
.wog-kelas button { height: 2.4em; }
.wog-kelas .wog-galat { font-size: 24px; background: #fde8e8; border-left: 8px solid #a4000f;
  padding: 0.5em 0.8em; }
</style>
"""


def build_screen(screen: Screen):
    """The live widget of one screen (projector variant), with its title and question."""
    import ipywidgets as w

    live = importlib.import_module(f"wogbook.{screen.tool}").widget().variant("projector")
    header = w.HTML(f"<h1>{esc(screen.title)}</h1><div class='wog-tanya'><b>Tanyakan dulu:</b> "
                    f"{esc(screen.question)}</div>")
    return w.VBox([header, live.box])


def failed_screen(screen: Screen, err: Exception):
    """A screen whose interactive could not be built: its title and why, on the screen."""
    import ipywidgets as w

    lines = "<br>".join(esc(line) for line in str(err).splitlines()) or esc(type(err).__name__)
    return w.HTML(f"<h1>{esc(screen.title)}</h1><div class='wog-galat' role='alert'>"
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
    """One interactive per screen, with 'Sebelumnya' / 'Berikutnya' buttons."""
    import ipywidgets as w

    shown = screens()
    if not isinstance(start, int) or not 0 <= start < len(shown):
        raise ValueError(f"Layar awal harus 0–{len(shown) - 1}; diterima: {start!r}.")
    holder = w.Box(layout=w.Layout(width="100%"))
    built: dict[int, object] = {}
    back = w.Button(description="◀ Sebelumnya", layout=w.Layout(width="12em"))
    forward = w.Button(description="Berikutnya ▶", layout=w.Layout(width="12em"))
    where = w.HTML()
    state = {"i": start}

    def show(i: int):
        state["i"] = i
        if i not in built:
            try:
                built[i] = build_screen(shown[i])
            except Exception as err:  # noqa: BLE001 – the class sees why, not a dead button
                built[i] = failed_screen(shown[i], err)
        holder.children = (built[i],)
        where.value = f"<b>Layar {i + 1} dari {len(shown)}</b>"
        back.disabled = i == 0
        forward.disabled = i == len(shown) - 1

    back.on_click(lambda _: show(state["i"] - 1))
    forward.on_click(lambda _: show(state["i"] + 1))
    show(start)
    nav = w.HBox([back, where, forward], layout=w.Layout(justify_content="space-between",
                                                           align_items="center"))
    box = w.VBox([w.HTML(CSS), nav, holder])
    box.add_class("wog-kelas")
    return Presentation(box, shown, show, state)
