"""Bab 1 — Latar belakang WoG, and section 1.1 (Koordinasi atau Kolaborasi?).

``koordinasi``  coordination and collaboration side by side, per aspect
``determinan``  the four determinants of WoG as pillars of a shared outcome ("Cek instansi Anda")
``simulasi``    1.1: a deterministic simulation of coordination against collaboration
"""
