"""Layout variants: one figure, four places it is seen.

=========  ==========================================  ===============================
variant    where                                       how it is chosen
=========  ==========================================  ===============================
desktop    the book on a laptop (the figure as built)  default
phone      the book on a 360–412 px screen             ``wog-figures.js``, by the
                                                       figure's width when it is drawn
projector  Mode Kelas on 1366×768 / 1920×1080: the       :func:`apply` in the live widget
           figure fills the column its controls leave
print      the PDF handout and printed pages           ``wog-figures.js``, before print
=========  ==========================================  ===============================

:func:`update_for` derives a variant's :class:`~wogbook.inti.update.Update` from a
figure: every font size of the layout and of the traces scaled to the variant's base
size (never below its smallest readable size) and the side margins of the variant.
An interactive adds what only it needs (``extra``, e.g. a phone height). The book
stores each variant's update in ``layout.meta.wog_variants``; the same value is
applied to a ``FigureWidget`` by :func:`apply`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator, Mapping

import plotly.graph_objects as go

from .gaya import FONT_SIZE
from .update import Update, _value


@dataclass(frozen=True)
class Variant:
    name: str
    #: base font size in px, and the smallest size any text may get
    font_size: int
    min_text: int
    #: left and right margin of the plot in px (``None``: keep the figure's; a figure whose
    #: axis labels sit in its margins needs them, so a variant sets none by default)
    side_margin: int | None = None
    #: a touch screen: the page scrolls under a swipe (no drag, no zoom), the margins stay
    #: as built (plotly would grow them around wide menus until the plot is a sliver), and
    #: a sunburst shows one ring below its centre at a time
    touch: bool = False
    #: a fixed figure width in px (``None``: the width of its container): a printed figure
    #: is laid out for the A4 page, not for the screen it was drawn on
    width: int | None = None
    #: the figure fills the box it is shown in (width and height from the page, not the
    #: figure): Mode Kelas gives each figure the part of the screen its controls leave
    fill: bool = False


#: A4 (210 mm) less the PDF's 12 mm side margins is 703 px at 96 px per inch; the book's
#: column indents a figure by 56 px in print: 620 leaves room to spare.
PRINT_WIDTH = 620

VARIANTS: dict[str, Variant] = {
    "desktop": Variant("desktop", FONT_SIZE, 10),
    "phone": Variant("phone", 13, 10, touch=True),
    "projector": Variant("projector", 20, 18, fill=True),
    "print": Variant("print", 12, 9, width=PRINT_WIDTH),
}
#: The variants the static book switches between in the browser.
BOOK_VARIANTS = ("phone", "print")


def check(name: str) -> Variant:
    if name not in VARIANTS:
        raise ValueError(f"Varian tata letak '{name}' tidak dikenal; pilihan: "
                         f"{', '.join(VARIANTS)}.")
    return VARIANTS[name]


def _font_paths(node: Any, path: str = "") -> Iterator[tuple[str, float]]:
    """(dotted path, size) of every explicit font size under ``node``."""
    if isinstance(node, Mapping):
        for key, value in node.items():
            here = f"{path}.{key}" if path else key
            if key == "size" and path.split(".")[-1].endswith("font") \
                    and isinstance(value, (int, float)) and not isinstance(value, bool):
                yield here, value
            elif key not in ("meta", "template"):
                yield from _font_paths(value, here)
    elif isinstance(node, (list, tuple)):
        for i, value in enumerate(node):
            if isinstance(value, Mapping):
                yield from _font_paths(value, f"{path}[{i}]")


def scaled(size: float, variant: Variant) -> int:
    """A desktop font size in ``variant``: in proportion to the base, at least the minimum."""
    return max(variant.min_text, round(size * variant.font_size / FONT_SIZE))


def update_for(fig: go.Figure, name: str, extra: Update | None = None) -> Update:
    """The update that turns ``fig`` (as built, the desktop variant) into variant ``name``."""
    variant = check(name)
    spec = fig.to_plotly_json()
    layout = {"font.size": scaled(fig.layout.font.size or FONT_SIZE, variant)}
    layout.update({p: scaled(s, variant) for p, s in _font_paths(spec["layout"])
                   if p != "font.size"})
    if variant.width is not None:
        layout["width"] = variant.width
    if variant.fill:  # and margins as much wider as the text is larger (axis titles)
        layout.update({"autosize": True, "width": None, "height": None})
        # a label plotly would shrink to fit its bar or sector is hidden instead (a click
        # on a sunburst's ring shows it, large): nothing on a projector is under min_text
        layout.update({"uniformtext.minsize": variant.min_text, "uniformtext.mode": "hide"})
        factor = variant.font_size / FONT_SIZE
        layout.update({f"margin.{side}": round(value * factor)
                       for side, value in spec["layout"].get("margin", {}).items()
                       if side in ("l", "r", "t", "b") and isinstance(value, (int, float))})
        title_pad = spec["layout"].get("title", {}).get("pad", {}).get("t")
        if isinstance(title_pad, (int, float)):  # a title from the top keeps its first line
            size = layout.get("title.font.size", layout["font.size"])
            layout["title.pad.t"] = max(round(title_pad * factor), size)
    if variant.side_margin is not None:
        layout.update({"margin.l": variant.side_margin, "margin.r": variant.side_margin})
    if name == "print":  # menus and sliders cannot be pressed on paper: the default state
        for kind in ("updatemenus", "sliders"):
            layout.update({f"{kind}[{i}].visible": False
                           for i in range(len(spec["layout"].get(kind, ())))})
    traces = {}
    for i, trace in enumerate(spec["data"]):
        sizes = {p: scaled(s, variant) for p, s in _font_paths(trace)}
        if sizes:
            traces[i] = sizes
    if variant.fill:  # a sunburst one ring at a time, so its labels fit at min_text
        for i, trace in enumerate(spec["data"]):
            if trace.get("type") == "sunburst":
                traces.setdefault(i, {})["maxdepth"] = 2
    update = Update(traces, layout)
    if variant.touch:
        update = update + touch_update(spec)
    if name == "desktop":
        update = Update()
    return update + extra if extra else update


def touch_update(spec: dict) -> Update:
    """What a touch screen needs of a figure (its plotly JSON): no drag or zoom, so a swipe
    scrolls the page; margins as built; a sunburst one ring at a time."""
    layout = {"dragmode": False, "margin.autoexpand": False}
    axes = {k for k in spec["layout"] if k.startswith(("xaxis", "yaxis"))}
    if any(t.get("type", "scatter") in ("scatter", "bar") for t in spec["data"]):
        axes |= {"xaxis", "yaxis"}  # the default axes, even where the layout names none
    axes = sorted(axes)
    layout.update({f"{axis}.fixedrange": True for axis in axes})
    traces = {i: {"maxdepth": 2} for i, t in enumerate(spec["data"]) if t.get("type") == "sunburst"}
    return Update(traces, layout)


def restore(fig: go.Figure, updates) -> Update:
    """The update that brings back ``fig``'s own values of everything ``updates`` change."""
    traces: dict[int, dict] = {}
    layout: dict = {}
    for u in updates:
        for i, values in u.traces.items():
            for path in values:
                traces.setdefault(i, {})[path] = _value(fig.data[i], path)
        for path in u.layout:
            layout[path] = _value(fig.layout, path)
    return Update(traces, layout)


def book_states(fig: go.Figure, extra: Mapping[str, Update] | None = None) -> dict:
    """``layout.meta.wog_variants``: the phone and print states, and how to go back."""
    extra = extra or {}
    updates = {name: update_for(fig, name, extra.get(name)) for name in BOOK_VARIANTS}
    states = {name: u.state() for name, u in updates.items()}
    states["desktop"] = restore(fig, updates.values()).state()
    return states


def apply(fig: go.Figure, name: str, extra: Update | None = None) -> go.Figure:
    """Bring a ``Figure``/``FigureWidget`` to variant ``name`` (e.g. ``"projector"``)."""
    update_for(fig, name, extra).apply(fig)
    return fig
