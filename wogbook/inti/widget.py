"""Live widgets (ipywidgets + plotly ``FigureWidget``) in one shape for every interactive.

A live widget is a :class:`Live`: the ipywidgets box a notebook shows, the figure it
drives and its named controls, as plain attributes (tests and Mode Kelas use them).
Every change goes through the interactive's ``state → Update`` function and
:meth:`Update.apply`, exactly as in the static explorer.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import varian
from .gaya import esc, plain
from .tampil import detail_html


@dataclass
class Live:
    box: Any
    #: the figure the widget drives (the first one, if it drives several)
    figure: Any = None
    controls: dict[str, Any] = field(default_factory=dict)
    #: the detail pane (an ``ipywidgets.HTML``), if the interactive has one
    detail: Any = None
    #: every figure the widget drives, when there is more than one (tabs, two charts)
    figures: tuple = ()
    #: what a layout variant needs of this interactive beyond the shared one, by variant
    #: name: e.g. ``"projector"``, the figure laid out for a wide, low screen (Mode Kelas);
    #: one :class:`~wogbook.inti.update.Update` for the figure, or a tuple of them, one per
    #: figure (``figure``, then the others of ``figures``)
    extra: dict = field(default_factory=dict)

    def show_detail(self, text: str) -> None:
        if self.detail is not None:
            self.detail.value = detail_html(text)

    def show_point(self, trace, index: int) -> None:
        """Show the detail text of point ``index`` of ``trace``: its customdata, which is
        escaped as every text of a figure is (:func:`~wogbook.inti.gaya.esc`)."""
        self.show_detail(plain(trace.customdata[index]))

    def variant(self, name: str) -> "Live":
        """Switch the figure to layout variant ``name`` (Mode Kelas: ``"projector"``)."""
        shown = [self.figure, *self.figures]
        shown = [f for i, f in enumerate(shown)
                 if f is not None and all(f is not other for other in shown[:i])]
        extra = self.extra.get(name)
        for i, fig in enumerate(shown):
            varian.apply(fig, name, extra[i] if isinstance(extra, tuple) else extra)
        return self

    def _repr_mimebundle_(self, **kwargs):
        return self.box._repr_mimebundle_(**kwargs)


def pane(text: str = ""):
    """A detail pane for a live widget."""
    import ipywidgets as w

    return w.HTML(detail_html(text))


def pages(parts, back: str, forward: str):
    """Controls shown a page at a time, for a projector where a long form does not fit:
    ``parts`` is a list of (heading, widgets); ``back`` and ``forward`` name the buttons
    (e.g. "◀ Pertanyaan sebelumnya"). Returns the box and the two buttons."""
    import ipywidgets as w

    heading = w.HTML()
    shown = w.VBox()
    back_button, forward_button = w.Button(description=back), w.Button(description=forward)
    for button in (back_button, forward_button):
        button.layout.width = "auto"
    at = {"i": 0}

    def show(i: int) -> None:
        at["i"] = i
        title, widgets = parts[i]
        heading.value = f"<p class='wog-halaman-ke'>{esc(title)}</p>"
        shown.children = tuple(widgets)
        back_button.disabled, forward_button.disabled = i == 0, i == len(parts) - 1

    back_button.on_click(lambda _b: show(at["i"] - 1))
    forward_button.on_click(lambda _b: show(at["i"] + 1))
    show(0)
    box = w.VBox([heading, shown, w.HBox([back_button, forward_button])])
    box.add_class("wog-halaman")
    return box, back_button, forward_button
