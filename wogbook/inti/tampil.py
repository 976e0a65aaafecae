"""Show figures and tables in the static book, in live notebooks and in Voilà.

:class:`BookFigure` wraps a ``plotly.graph_objects.Figure``. Its mime bundle has

* ``application/vnd.plotly.v1+json`` – JupyterLab (local, Binder, a hub) draws this;
* ``text/html`` – a light placeholder plus the figure as JSON, no plotly.js.
  myst-nb puts this in the HTML book; the book's ``wog-figures.js`` loads the
  one local ``plotly.min.js``, draws the figure when it scrolls into view and
  switches to the phone or print variant (:mod:`wogbook.inti.varian`);
* ``text/plain`` – the figure's text alternative (also what screen readers get).

The element id is derived from the figure's content, so executing a notebook
twice gives the same output and nbval can compare it strictly. Every text that
reaches HTML here is escaped.
"""
from __future__ import annotations

import hashlib
import html
import json
import re
from typing import Mapping

import plotly.graph_objects as go
from plotly.utils import PlotlyJSONEncoder

from . import data, varian
from .update import Update

#: plotly config for every figure of the book: no logo, no cloud links.
CONFIG = {"displaylogo": False, "responsive": True, "showSendToCloud": False,
          "modeBarButtonsToRemove": ["lasso2d", "select2d", "sendDataToCloud"]}

#: The detail pane's look, the one place it is defined (book, JupyterLab and Voilà).
DETAIL_STYLE = ("white-space:pre-line;border-left:4px solid #0072B2;background:#f3f7fb;"
                "color:#1a1a1a;padding:0.5rem 0.75rem;margin-top:0.5rem;min-height:3rem")


def detail_html(text: str) -> str:
    """The detail pane holding plain ``text`` (line breaks kept), escaped."""
    return f'<div class="wog-detail" style="{DETAIL_STYLE}">{html.escape(str(text))}</div>'


class Table:
    """An HTML table with a caption; displays itself in notebooks and in the book."""

    def __init__(self, caption: str, headers: list[str], rows: list[list]):
        self.caption, self.headers, self.rows = caption, list(headers), rows

    def _repr_html_(self) -> str:
        head = "".join(f'<th scope="col">{html.escape(h)}</th>' for h in self.headers)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>"
            for row in self.rows
        )
        return (f'<div class="wog-table-wrap"><table class="wog-table">'
                f"<caption>{html.escape(self.caption)}</caption>"
                f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>")

    def __repr__(self) -> str:
        lines = [self.caption, " | ".join(self.headers)]
        lines += [" | ".join(str(c) for c in row) for row in self.rows]
        return "\n".join(lines)


class Tables:
    """Several tables shown one after another (e.g. a figure's text version)."""

    def __init__(self, *tables: Table):
        self.tables = tables

    def _repr_html_(self) -> str:
        return "".join(t._repr_html_() for t in self.tables)

    def __repr__(self) -> str:
        return "\n\n".join(repr(t) for t in self.tables)


def table(name: str, columns: Mapping[str, str], caption: str) -> Table:
    """Table ``name`` of ``data/`` with the given ``{column: header}``, in file order."""
    frame = data.load(name)
    unknown = [c for c in columns if c not in frame.columns]
    if unknown:
        raise KeyError(f"Kolom {', '.join(unknown)} tidak ada di tabel '{name}'.")
    rows = frame[list(columns)].astype(str).values.tolist()
    return Table(caption, list(columns.values()), rows)


class BookFigure:
    """A plotly figure with a text alternative, displayable in both worlds."""

    def __init__(self, figure: go.Figure, alt: str, text=None, detail: str | None = None,
                 variants: Mapping[str, Update] | None = None):
        """``alt``: the text alternative; ``text``: an optional object with ``_repr_html_``
        (a :class:`Table`) holding the figure's whole content, shown in a "Versi teks"
        disclosure so every item is reachable by keyboard and screen reader;
        ``detail``: if given, a live pane under the figure that shows the ``customdata``
        text of the point a reader clicks (this string is its initial content);
        ``variants``: what the phone or print variant changes beyond the shared rules."""
        if not alt or not alt.strip():
            raise ValueError("Setiap gambar wajib memiliki teks alternatif (alt).")
        self.figure = figure
        self.alt = alt.strip()
        self.text = text
        self.detail = detail
        self.variants = dict(variants or {})

    def spec(self) -> dict:
        """The figure as a plain JSON-ready dict: data, layout (with its variants), config."""
        fig = self.figure.to_plotly_json()
        layout = dict(fig["layout"])
        layout["meta"] = {**layout.get("meta", {}),
                          "wog_variants": varian.book_states(self.figure, self.variants)}
        return {"data": fig["data"], "layout": layout, "config": CONFIG}

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
                  f'<div class="wog-detail" id="{fid}-detail" aria-live="polite" '
                  f'style="{DETAIL_STYLE}">{html.escape(self.detail)}</div>')
        text = ("" if self.text is None else
                '<details class="wog-text"><summary>Versi teks gambar ini</summary>'
                f"{self.text._repr_html_()}</details>")
        return (
            f'<figure class="wog-fig" aria-describedby="{fid}-alt">'
            f'<div class="wog-plot" id="{fid}" style="min-height:{height}px" '
            f'role="group" aria-label="{alt}">'
            f'<p class="wog-plot-wait">{self._waiting()}</p></div>'
            f'<script type="application/json" class="wog-plot-data" data-for="{fid}">'
            f"{payload}</script>{detail}"
            f'<figcaption class="wog-alt" id="{fid}-alt">{alt}</figcaption>{text}'
            "</figure>"
        )

    def _waiting(self) -> str:
        """What the figure's box shows until plotly.js has drawn it: its title, as text."""
        title = re.sub(r"<[^>]+>", " ", str(self.figure.layout.title.text or ""))
        title = " ".join(html.unescape(title).split())
        shown = f"<strong>{html.escape(title)}</strong><br>" if title else ""
        return f"{shown}Gambar interaktif sedang dimuat…"

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {
            "application/vnd.plotly.v1+json": self.spec(),
            "text/html": self.to_html(),
            "text/plain": f"Gambar: {self.alt}",
        }
