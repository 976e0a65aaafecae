"""The weaknesses and barriers of WoG as a table (module section 4, chapter 4)."""
from __future__ import annotations

from ..inti.tampil import Table, table


def tabel() -> Table:
    """Every weakness and barrier of ``data/tantangan_wog.csv`` with its explanation and example."""
    return table("tantangan_wog", {"jenis": "Jenis", "butir": "Tantangan",
                                   "penjelasan": "Penjelasan", "contoh": "Contoh di Indonesia"},
                 "Kekurangan dan hambatan WoG (modul bagian 4)")
