"""Show a plotly figure in the static book and in live notebooks.

:class:`BookFigure` wraps a ``plotly.graph_objects.Figure``. Its mime bundle has

* ``application/vnd.plotly.v1+json`` – JupyterLab, Binder and Colab draw this;
* ``text/html`` – a light placeholder plus the figure as JSON, no plotly.js.
  myst-nb puts this in the HTML book; the book's ``wog-figures.js`` loads the
  one local ``plotly.min.js`` and draws the figure when it scrolls into view;
* ``text/plain`` – the figure's text alternative (also what screen readers get).

The element id is derived from the figure's content, so executing a notebook
twice gives the same output and nbval can compare it strictly.
"""
from __future__ import annotations

import contextlib
import hashlib
import html
import json

import plotly.graph_objects as go
from plotly.utils import PlotlyJSONEncoder

#: plotly config for every figure of the book: Indonesian-friendly, no logo, no cloud links.
CONFIG = {"displaylogo": False, "responsive": True, "showSendToCloud": False,
          "modeBarButtonsToRemove": ["lasso2d", "select2d", "sendDataToCloud"]}


class BookFigure:
    """A plotly figure with a text alternative, displayable in both worlds."""

    def __init__(self, figure: go.Figure, alt: str, text=None, detail: str | None = None):
        """``alt``: the text alternative; ``text``: an optional object with ``_repr_html_``
        (e.g. a :class:`wogbook.tabel.Table`) holding the figure's whole content, shown in
        a "Versi teks" disclosure so every item is reachable by keyboard and screen reader;
        ``detail``: if given, a live pane under the figure that shows the ``customdata``
        text of the point a reader clicks (this string is its initial content)."""
        if not alt or not alt.strip():
            raise ValueError("Setiap gambar wajib memiliki teks alternatif (alt).")
        self.figure = figure
        self.alt = alt.strip()
        self.text = text
        self.detail = detail

    def spec(self) -> dict:
        """The figure as plain JSON-ready dict: data, layout, config."""
        fig = self.figure.to_plotly_json()
        return {"data": fig["data"], "layout": fig["layout"], "config": CONFIG}

    def to_json(self) -> str:
        return json.dumps(self.spec(), cls=PlotlyJSONEncoder, separators=(",", ":"),
                          sort_keys=True, ensure_ascii=False)

    @property
    def element_id(self) -> str:
        digest = hashlib.sha1(self.to_json().encode("utf-8")).hexdigest()[:12]
        return f"wogfig-{digest}"

    def to_html(self) -> str:
        """The static-book markup: placeholder, JSON payload and caption."""
        payload = self.to_json().replace("</", "<\\/")
        height = int(self.figure.layout.height or 450)
        alt = html.escape(self.alt)
        fid = self.element_id
        detail = ("" if self.detail is None else
                  f'<div class="wog-detail" id="{fid}-detail" aria-live="polite">'
                  f"{html.escape(self.detail)}</div>")
        text = ("" if self.text is None else
                '<details class="wog-text"><summary>Versi teks gambar ini</summary>'
                f"{self.text._repr_html_()}</details>")
        return (
            f'<figure class="wog-fig" aria-describedby="{fid}-alt">'
            f'<div class="wog-plot" id="{fid}" style="min-height:{height}px" '
            f'role="group" aria-label="{alt}">'
            '<p class="wog-plot-wait">Gambar interaktif sedang dimuat…</p></div>'
            f'<script type="application/json" class="wog-plot-data" data-for="{fid}">'
            f"{payload}</script>{detail}"
            f'<figcaption class="wog-alt" id="{fid}-alt">{alt}</figcaption>{text}'
            "</figure>"
        )

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {
            "application/vnd.plotly.v1+json": self.spec(),
            "text/html": self.to_html(),
            "text/plain": f"Gambar: {self.alt}",
        }


def batch(fig):
    """Batch the updates of a FigureWidget into one message; a no-op for a plain Figure."""
    return fig.batch_update() if isinstance(fig, go.FigureWidget) else contextlib.nullcontext()


def apply_updates(fig, groups, relayout: dict) -> None:
    """Apply ``[(restyle, trace_indexes), ...]`` and a relayout to a Figure or FigureWidget.

    The same instructions drive the static explorers (as plotly.js ``restyle`` and
    ``relayout`` calls precomputed in Python) and the live widgets (here).
    """
    with batch(fig):
        for restyle, traces in groups:
            fig.plotly_restyle(restyle, trace_indexes=traces)
        fig.plotly_relayout(relayout)


def angka(x: float, digits: int = 1) -> str:
    """A number the Indonesian way: decimal comma, true minus sign, no trailing ',0'."""
    text = f"{x:.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",").replace("-", "−")
