"""The workbook page, "Buku Kerja Saya": the reader's saved answers, gathered by
``wog-kerja.js`` from the browser's storage, with the figures of the tools that draw one
(the reader's own profile, pillars, simulation), drawn from the saved answers."""
from __future__ import annotations

import importlib

from ..inti import data
from ..inti.formulir import Formulir
from ..inti.gaya import esc

BUTTONS = (("wog-kerja-ekspor", "Ekspor ke berkas"), ("wog-kerja-impor", "Impor dari berkas"),
           ("wog-kerja-cetak", "Cetak"), ("wog-kerja-hapus", "Hapus semua"))


def drawn_forms() -> list[Formulir]:
    """The reader's tools whose answer is drawn on a figure."""
    from ..bab1 import determinan, simulasi
    from ..bab3 import profil

    return [determinan.formulir(), simulasi.kotak_pasir(), profil.formulir()]


def predictions() -> list[Formulir]:
    """Every prediction of the book, in chapter order (``data/tebakan.csv`` names each one's
    tool)."""
    return [importlib.import_module(f"wogbook.{tool}").tebakan()
            for tool in data.load("tebakan")["alat"]]


class Halaman:
    """The workbook's buttons, its list and, as templates for the answers saved, the figures."""

    def __init__(self, forms: list[Formulir]):
        self.forms = forms

    def _repr_html_(self) -> str:
        buttons = "".join(f'<button type="button" class="{cls}">{esc(text)}</button>'
                          for cls, text in BUTTONS)
        # templates: inert until the reader's saved answer needs the figure
        figures = "".join(
            f'<template class="wog-kerja-gambar" data-wog-key="{esc(f.key)}" '
            f'data-wog-gambar="{f.gambar.element_id}">{f.gambar.to_html()}</template>'
            for f in self.forms)
        return (
            '<div id="wog-buku-kerja" class="wog-buku-kerja">'
            f'<div class="wog-kerja-tombol">{buttons}'
            '<input type="file" class="wog-kerja-berkas" accept=".json,application/json" '
            'hidden aria-label="Berkas Buku Kerja"></div>'
            '<p class="wog-kerja-pesan" role="status" aria-live="polite"></p>'
            '<div class="wog-kerja-isi"><p>Buku Kerja ditampilkan di sini (perlu JavaScript '
            "di peramban).</p></div>"
            f"{figures}</div>")


def halaman() -> Halaman:
    return Halaman(drawn_forms())
