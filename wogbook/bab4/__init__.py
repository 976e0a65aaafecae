"""Bab 4 — Tantangan WoG dan korupsi.

``korupsi``    Klitgaard's heuristic Korupsi = Monopoli + Diskresi − Akuntabilitas
``tantangan``  the table of weaknesses and barriers
"""
