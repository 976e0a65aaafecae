"""The live widget of chapter 8 (Jupyter, Binder, Voilà and Mode Kelas).

One screen, two figures: the CPI lines with a year slider and the EGDI lines with a
component menu; a country list shows or hides the same countries in both. Every
change goes through the static explorers' own updates (:func:`wogbook.bab8.ipk.update`,
:func:`wogbook.bab8.egdi.update`, :func:`wogbook.bab8._common.visible_update`).
"""
from __future__ import annotations


import plotly.graph_objects as go

from ..inti.update import Update
from ..inti.widget import Live
from . import egdi, ipk
from ._common import COMPONENTS, COUNTRIES, visible_update


#: Mode Kelas (two charts one under the other on a low screen): the legend beside each
#: chart, no axis title (each chart's title names it), only rings on the chosen CPI year
#: (its values, on top of each other at 18 px, are in the hover and Indonesia's in the title)
_SIDE_LEGEND = Update(layout={"legend.orientation": "v", "legend.x": 1.02, "legend.y": 1,
                              "legend.yanchor": "top", "yaxis.title.text": "",
                              "margin.t": 56, "margin.b": 36})
PROJECTOR = (_SIDE_LEGEND + Update({ipk.MARKERS: {"mode": "markers"}}), _SIDE_LEGEND)


def widget(year: int | None = None, component: str = "egdi", projector: bool = False) -> Live:
    """Live: choose the countries, the CPI year and the EGDI component.

    ``controls``: ``negara`` (SelectMultiple), ``tahun`` (IntSlider), ``komponen``
    (Dropdown); ``figures``: the CPI figure, then the EGDI figure. ``projector``: the
    layout of :data:`PROJECTOR` (Mode Kelas).
    """
    import ipywidgets as w

    years = ipk.years()
    year = years[-1] if year is None else year
    cpi_fig = go.FigureWidget(ipk.figure(year))
    egdi_fig = go.FigureWidget(egdi.figure(component))
    countries = w.SelectMultiple(options=[(n, c) for c, n in COUNTRIES.items()],
                                 value=tuple(COUNTRIES), description="Negara", rows=5)
    slider = w.IntSlider(value=year, min=years[0], max=years[-1], description="Tahun IPK",
                         continuous_update=True, layout=w.Layout(width="100%"))
    menu = w.Dropdown(options=[(v, k) for k, v in COMPONENTS.items()], value=component,
                      description="Komponen")

    def show_countries(_change=None):
        shown = visible_update(countries.value)
        for fig in (cpi_fig, egdi_fig):
            shown.apply(fig)

    slider.observe(lambda ch: ipk.update(ch["new"]).apply(cpi_fig), names="value")
    no_axis_title = PROJECTOR[1] if projector else Update()  # the component sets its own
    menu.observe(lambda ch: (egdi.update(ch["new"]) + no_axis_title).apply(egdi_fig),
                 names="value")
    countries.observe(show_countries, names="value")
    box = w.VBox([countries, slider, cpi_fig, menu, egdi_fig])
    return Live(box, cpi_fig, {"negara": countries, "tahun": slider, "komponen": menu},
                figures=(cpi_fig, egdi_fig), extra={"projector": PROJECTOR} if projector else {})
