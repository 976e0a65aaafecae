"""Bab 3 — Faktor pendorong WoG (its explorer is shown again in chapter 4).

``pendorong``  the drivers & challenges sunburst explorer
``profil``     "Nilai instansi Anda": a 0–3 rating of every driver and barrier
"""
