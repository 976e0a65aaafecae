"""The book's look in one place: palette, fonts, text for plotly, and numbers.

Every figure takes its colours and fonts from here, so a change of style (or a
layout variant, :mod:`wogbook.inti.varian`) is made once.
"""
from __future__ import annotations

import html
import textwrap

#: Okabe–Ito: eight colours told apart with the common kinds of colour blindness.
OKABE_ITO = {"oranye": "#E69F00", "biru_langit": "#56B4E9", "hijau": "#009E73",
             "kuning": "#F0E442", "biru": "#0072B2", "merah": "#D55E00",
             "ungu": "#CC79A7", "hitam": "#000000"}
#: Text on white and muted elements (contrast ≥ 4.5:1 where it is text).
INK, INK_MUTED, GRID, MUTED = "#1a1a1a", "#555555", "#e5e5e5", "#d0d0d0"

FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
#: The base font size of the desktop variant, in px; the others derive from it.
FONT_SIZE = 14
TITLE_SIZE = 16


def font(size: int = FONT_SIZE, **extra) -> dict:
    """A plotly font in the book's family."""
    return {"size": size, "family": FONT_FAMILY, **extra}


def base_layout(height: int, *, top: int = 60, bottom: int = 10, left: int = 10,
                right: int = 10, title: str | None = None, **extra) -> dict:
    """The layout every figure starts from: font, white plot, Indonesian separators."""
    layout = {"height": height, "margin": {"l": left, "r": right, "t": top, "b": bottom},
              "font": font(), "separators": ",.", "plot_bgcolor": "white",
              "paper_bgcolor": "white", "showlegend": False,
              "title": {"x": 0.01, "xanchor": "left", "font": {"size": TITLE_SIZE}}}
    if title is not None:
        layout["title"]["text"] = title
    layout.update(extra)
    return layout


#: Index of the heading annotation of the diagrams that have one (:func:`heading`).
HEADING = 0


def diagram_layout(fig, height: int, top: int) -> None:
    """The look of a diagram (no data axes): fixed height, responsive width, no zoom or drag."""
    fig.update_layout(base_layout(
        height, top=top, bottom=6, left=6, right=6, font=font(13, color=INK),
        dragmode=False, hovermode="closest", hoverlabel={"font": font(13), "align": "left"}))
    fig.update_layout(title={"y": 0.995, "yanchor": "top", "yref": "container"})
    fig.update_xaxes(visible=False, fixedrange=True)
    fig.update_yaxes(visible=False, fixedrange=True)


def heading(yshift: int = 4) -> dict:
    """A (multi-line) heading annotation above the plot area; plotly clips multi-line titles."""
    return {"xref": "paper", "yref": "paper", "x": 0, "y": 1, "xanchor": "left",
            "yanchor": "bottom", "yshift": yshift, "align": "left", "showarrow": False,
            "text": "", "font": {"size": 15}}


def esc(text) -> str:
    """Plain text made safe for plotly labels and for HTML, in text and in attribute values
    alike (``<`` ``>`` ``&`` ``"`` ``'``: a quote from a CSV can never end an attribute).
    Quotes become numeric references (``&#34;``), which plotly decodes as HTML does; it
    would show ``&quot;`` as written. Every string in a figure is such text, customdata
    included (a detail pane shows it with :func:`plain`)."""
    return (html.escape(str(text), quote=False)
            .replace('"', "&#34;").replace("'", "&#39;"))


def plain(text) -> str:
    """The plain text of an escaped one (:func:`esc`), e.g. a point's customdata for a
    detail pane, which shows it as text."""
    return html.unescape(str(text))


def wrap_lines(text, width: int, hyphens: bool = False) -> list[str]:
    """``text`` broken into lines of at most ``width`` characters (words kept whole;
    with ``hyphens``, a hyphenated word may break after its hyphen)."""
    return textwrap.wrap(str(text), width, break_long_words=False,
                         break_on_hyphens=hyphens) or [""]


def wrap(text, width: int = 40, hyphens: bool = False) -> str:
    """Plain text, escaped and wrapped for plotly (``<br>`` between lines)."""
    return "<br>".join(esc(line) for line in wrap_lines(text, width, hyphens))


def tint(color: str, share: float = 0.3) -> str:
    """``color`` mixed with white: ``share`` of the colour, the rest white."""
    rgb = [int(color[k:k + 2], 16) for k in (1, 3, 5)]
    return "#" + "".join(f"{round(255 - (255 - c) * share):02x}" for c in rgb)


def luminance(color: str) -> float:
    """Relative luminance of a ``#rrggbb`` colour (WCAG 2.1)."""
    rgb = [int(color[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    rgb = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 … 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def ink(background: str) -> str:
    """Black or white text, whichever contrasts more with ``background``."""
    return "#000000" if contrast("#000000", background) >= contrast("#ffffff", background) \
        else "#ffffff"


def daftar(names) -> str:
    """Names as an Indonesian list: 'a, b dan c'."""
    names = list(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " dan " + names[-1]


def angka(x: float, digits: int = 1) -> str:
    """A number the Indonesian way: decimal comma, true minus sign, no trailing ',0'."""
    text = f"{x:.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",").replace("-", "−")
