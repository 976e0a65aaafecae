"""One value for "what changes in a figure": :class:`Update`.

Every interactive turns a state of its model into an :class:`Update` — new values of
trace attributes (by trace index) and of layout attributes (plotly's dotted paths,
e.g. ``"title.text"`` or ``"annotations[2].opacity"``). The same value then drives

* the live widgets: :meth:`Update.apply` on a ``FigureWidget`` (one message);
* the figure functions: :meth:`Update.apply` on a plain ``Figure``;
* the static explorers: :mod:`wogbook.inti.kontrol` turns updates into plotly.js
  slider steps, menu buttons and lookup states, computed here in Python.

An update says only what it changes; everything else keeps the figure's value.
"""
from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from typing import Any, Mapping

import plotly.graph_objects as go
from plotly.utils import PlotlyJSONEncoder


@dataclass(frozen=True)
class Update:
    """New values for trace attributes (``{trace index: {path: value}}``) and layout."""

    traces: Mapping[int, Mapping[str, Any]] = field(default_factory=dict)
    layout: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def trace(cls, index: int, **values) -> "Update":
        """An update of one trace; ``marker_color=`` is written ``marker.color``."""
        return cls({index: {k.replace("_", "."): v for k, v in values.items()}})

    @classmethod
    def of(cls, traces: Mapping[int, Mapping[str, Any]] | None = None,
           layout: Mapping[str, Any] | None = None) -> "Update":
        return cls({int(i): dict(v) for i, v in (traces or {}).items()}, dict(layout or {}))

    def __add__(self, other: "Update") -> "Update":
        """Both updates; where they set the same attribute, ``other`` wins."""
        traces = {i: dict(v) for i, v in self.traces.items()}
        for i, values in other.traces.items():
            traces.setdefault(i, {}).update(values)
        return Update(traces, {**self.layout, **other.layout})

    def __bool__(self) -> bool:
        return bool(self.traces) or bool(self.layout)

    # ------------------------------------------------------------------ applying
    def apply(self, fig: go.Figure) -> None:
        """Bring a ``Figure`` or ``FigureWidget`` to this update (one message for a widget)."""
        batch = fig.batch_update() if isinstance(fig, go.FigureWidget) \
            else contextlib.nullcontext()
        with batch:
            for index, values in sorted(self.traces.items()):
                fig.plotly_restyle({k: [v] for k, v in values.items()}, trace_indexes=[index])
            if self.layout:
                fig.plotly_relayout(dict(self.layout))

    # ------------------------------------------------------- plotly.js arguments
    def groups(self) -> list[list]:
        """``[[restyle, [trace]], ...]``: plotly.js ``restyle`` calls, one per trace."""
        return [[{k: [v] for k, v in values.items()}, [index]]
                for index, values in sorted(self.traces.items())]

    def state(self) -> dict:
        """The JSON form the book's ``wog-figures.js`` applies (lookup tables, variants)."""
        return {"restyle": self.groups(), "relayout": dict(self.layout)}

    def args(self, base: go.Figure, keys: "Keys | None" = None) -> list:
        """Arguments of a plotly.js ``update`` call (menu button, slider step).

        plotly.js takes one value list per attribute over all the traces it restyles,
        and ``null`` would reset an attribute to its default. So every trace of this
        update gets every attribute in ``keys`` (default: this update's own), with the
        value of ``base`` where this update does not set it.
        """
        keys = keys or Keys.of([self])
        traces = sorted(keys.traces)
        restyle = {}
        for attr in sorted({a for i in traces for a in keys.traces[i]}):
            restyle[attr] = [self.traces.get(i, {}).get(attr, _value(base.data[i], attr))
                             for i in traces]
        relayout = {path: self.layout.get(path, _value(base.layout, path))
                    for path in sorted(keys.layout)}
        return [restyle, relayout, traces]

    def to_json(self) -> str:
        return json.dumps(self.state(), cls=PlotlyJSONEncoder, sort_keys=True)


@dataclass(frozen=True)
class Keys:
    """Which attributes a set of updates touches, per trace and in the layout."""

    traces: Mapping[int, frozenset[str]]
    layout: frozenset[str]

    @classmethod
    def of(cls, updates) -> "Keys":
        traces: dict[int, set[str]] = {}
        layout: set[str] = set()
        for u in updates:
            for i, values in u.traces.items():
                traces.setdefault(i, set()).update(values)
            layout.update(u.layout)
        return cls({i: frozenset(v) for i, v in traces.items()}, frozenset(layout))


def _value(obj, path: str):
    """The value of a dotted plotly path (``"marker.colors"``, ``"sliders[0].active"``);
    ``None`` (plotly.js: unset) where ``obj`` has no such attribute."""
    try:
        value = obj[path]
    except (KeyError, ValueError, IndexError):
        return None
    if hasattr(value, "to_plotly_json"):
        value = value.to_plotly_json()
    if isinstance(value, tuple):
        value = list(value)
    return value
