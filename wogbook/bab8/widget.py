"""The live widget of chapter 8 (Jupyter, Binder, Voilà and Mode Kelas).

One screen, two figures: the CPI lines with a year slider and the EGDI lines with a
component menu; a country list shows or hides the same countries in both. Every
change goes through the static explorers' own updates (:func:`wogbook.bab8.ipk.update`,
:func:`wogbook.bab8.egdi.update`, :func:`wogbook.bab8._common.visible_update`).
"""
from __future__ import annotations


import plotly.graph_objects as go

from ..inti.widget import Live
from . import egdi, ipk
from ._common import COMPONENTS, COUNTRIES, visible_update


def widget(year: int | None = None, component: str = "egdi") -> Live:
    """Live: choose the countries, the CPI year and the EGDI component.

    ``controls``: ``negara`` (SelectMultiple), ``tahun`` (IntSlider), ``komponen``
    (Dropdown); ``figures``: the CPI figure, then the EGDI figure.
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
    menu.observe(lambda ch: egdi.update(ch["new"]).apply(egdi_fig), names="value")
    countries.observe(show_countries, names="value")
    box = w.VBox([countries, slider, cpi_fig, menu, egdi_fig])
    return Live(box, cpi_fig, {"negara": countries, "tahun": slider, "komponen": menu},
                       figures=(cpi_fig, egdi_fig))
