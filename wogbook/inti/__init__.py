"""The shared layer every interactive is built on.

====================  ===================================================================
``data``, ``skema``   the cached CSV loader and the schema of every table in ``data/``
``update``            :class:`Update`: what a state changes in a figure; applied to a
                      ``Figure``/``FigureWidget``, or turned into plotly.js arguments
``kontrol``           static-explorer controls from states: menus, sliders, lookup tables
``varian``            layout variants: desktop, phone, projector, print
``gaya``              palette, fonts, text wrapping and escaping, Indonesian numbers
``tampil``            :class:`BookFigure`, tables and the detail pane
``widget``            :class:`Live`, the shape of every live widget
``kuis``              the self-check quizzes
====================  ===================================================================
"""
