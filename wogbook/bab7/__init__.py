"""Bab 7 — Kesimpulan.

``peta``  the one-page concept map of the whole book
"""
