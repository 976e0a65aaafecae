"""Static-explorer controls from an interactive's states: sliders, menus, lookup tables.

An interactive lists its states as ``(label, Update)`` pairs; these functions turn
them into plotly's own controls, which run in the browser with no kernel (labels, names
and prefixes are plain text, often from a CSV: they are escaped here, as plotly reads
markup in them):

* :func:`menu` — a dropdown (or a row of buttons), one button per state;
* :func:`slider` — a slider, one step per state;
* :func:`lookup` — for several sliders that act together: each slider step
  updates only its own part, and the combined outcome of every position is
  precomputed here and stored in ``layout.meta.wog_lookup``, which the book's
  ``wog-figures.js`` applies after each move.

Buttons and steps carry complete states: an attribute that one state sets and
another does not gets the base figure's value in the other (see
:meth:`Update.args`), so the order in which a reader presses them never matters.
"""
from __future__ import annotations

import itertools
import json
from typing import Callable, Sequence

import plotly.graph_objects as go
from plotly.utils import PlotlyJSONEncoder

from .gaya import FONT_SIZE, esc
from .update import Keys, Update

States = Sequence[tuple[str, Update]]


def buttons(states: States, base: go.Figure) -> list[dict]:
    """One plotly ``update`` button per state."""
    keys = Keys.of(u for _, u in states)
    return [{"label": esc(label), "method": "update", "args": update.args(base, keys)}
            for label, update in states]


def menu(states: States, base: go.Figure, active: int = 0, *, kind: str = "dropdown",
         x: float = 0.0, y: float = 1.0, **style) -> dict:
    """A dropdown (``kind="dropdown"``) or a row of buttons (``kind="buttons"``)."""
    spec = {"type": kind, "buttons": buttons(states, base), "active": active,
            "showactive": True, "x": x, "xanchor": "left", "y": y, "yanchor": "bottom",
            "pad": {"t": 0, "b": 6}, "font": {"size": FONT_SIZE - 1}}
    if kind == "buttons":
        spec["direction"] = "right"
    spec.update(style)
    return spec


def slider(name: str, states: States, base: go.Figure, active: int = 0, *,
           prefix: str | None = None, y: float = 0.0, **style) -> dict:
    """A slider whose step ``k`` brings the figure to state ``k``.

    A state whose update is empty makes a step that changes nothing by itself (its
    effect comes from a :func:`lookup` table)."""
    keys = Keys.of(u for _, u in states)
    steps = []
    for label, update in states:
        step = {"label": esc(label), "value": esc(label)}
        if update:
            step.update(method="update", args=update.args(base, keys))
        else:
            step.update(method="skip", args=[])
        steps.append(step)
    spec = {"name": esc(name), "active": active, "steps": steps, "x": 0.02, "len": 0.96,
            "y": y, "yanchor": "top", "pad": {"t": 4, "b": 4},
            "currentvalue": {"prefix": f"{esc(prefix if prefix is not None else name)}: ",
                             "font": {"size": FONT_SIZE + 1}},
            "font": {"size": FONT_SIZE - 3}}
    spec.update(style)
    return spec


def lookup(sliders: Sequence[int], dims: Sequence[int],
           outcome: Callable[..., Update]) -> dict:
    """``layout.meta.wog_lookup``: the outcome of every combination of slider positions.

    ``outcome(i, j, …)`` gets the step index of each slider in ``sliders`` (slider
    ``k`` has ``dims[k]`` steps) and returns the update it causes. Equal outcomes are
    stored once.
    """
    states, seen, index = [], {}, []
    for position in itertools.product(*(range(n) for n in dims)):
        state = outcome(*position).state()
        key = json.dumps(state, cls=PlotlyJSONEncoder, sort_keys=True)
        if key not in seen:
            seen[key] = len(states)
            states.append(state)
        index.append(seen[key])
    return {"sliders": list(sliders), "dims": list(dims), "index": index, "states": states}
