"""Bab 8 — Indonesia di Asia dalam angka.

``ipk``      Corruption Perceptions Index (CPI), 2012– and the old 0–10 scale
``egdi``     UN E-Government Development Index and its components
``sebaran``  CPI against EGDI, one point per country
``spbe``     Indonesia's national SPBE index
``widget``   the live widget of the chapter: countries, CPI year and EGDI component together
``_common``  the countries and their styles, shared by the figures of this chapter
"""
