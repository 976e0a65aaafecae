"""Bab 2 — Pengertian WoG.

``ciri``        the traits of wicked problems by source, and "Uji masalah Anda"
``perspektif``  the recreated Gambar 2: one problem seen by many agencies
"""
