"""Bab 5 — E-government.

``manfaat``  the five benefits of e-government
``fungsi``   the four anti-corruption functions and what they weaken or strengthen
``relasi``   the four relation models (P-R, P-B, P-P, P-A) with their applications
``latihan``  classify applications into relation models
"""
