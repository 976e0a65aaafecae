"""The four maturity stages of module Table 2, shared by the chapter's three interactives.

:func:`stages` builds them from ``data/tahap_maturasi.csv`` and
``data/ciri_maturasi.csv`` (validated by :mod:`wogbook.inti.skema`: stages numbered
1, 2, 3, …, periods that join up, every stage with traits); :func:`stage_of` maps a
year of the timeline to its stage.

**Years where the module's periods overlap.** The module writes the periods as
2000–2003, 2003–2006, 2006–2010 and 2010–sekarang, so 2003, 2006 and 2010 each end
one stage and start the next. Such a year belongs to the stage that *begins* in it:
every stage covers ``[tahun_mulai, tahun_mulai of the next stage)``. So 2003 is
stage II, 2006 stage III and 2010 stage IV, as in the Singapore masterplans the
periods come from (eGAP II began in 2003, iGov2010 in 2006). "Sekarang" is the fixed
year :data:`TAHUN_SEKARANG`, never today's date, so every output is deterministic.
"""
from __future__ import annotations

from dataclasses import dataclass
from numbers import Integral

import pandas as pd

from ..inti import aturan, data

#: First year of the timeline (the module's first stage begins in 2000).
TAHUN_AWAL = aturan.TIMELINE_START
#: "Sekarang" of this book: a constant, so that outputs do not depend on today's date.
TAHUN_SEKARANG = 2026
YEARS = tuple(range(TAHUN_AWAL, TAHUN_SEKARANG + 1))
ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}


@dataclass(frozen=True)
class Stage:
    """One stage of Table 2, with every trait the module lists."""

    tahap: int
    nama: str
    mulai: int
    selesai: int | None
    tema: str
    masterplan: str
    ciri: tuple[str, ...]
    #: Last year of the stage on the timeline (the rule for overlapping years applied).
    akhir: int

    @property
    def romawi(self) -> str:
        return ROMAWI[self.tahap]

    @property
    def periode(self) -> str:
        """The period as the module writes it, e.g. '2003–2006' or '2010–sekarang'."""
        return f"{self.mulai}–{self.selesai if self.selesai else 'sekarang'}"

    @property
    def judul(self) -> str:
        return f"Tahap {self.romawi} — {self.nama}"


def stages() -> tuple[Stage, ...]:
    """The stages of ``data/tahap_maturasi.csv`` with their traits, in order."""
    rows = data.load("tahap_maturasi").sort_values("tahap").to_dict("records")
    traits = data.load("ciri_maturasi").sort_values(["tahap", "no"]).to_dict("records")
    result = []
    for i, r in enumerate(rows):
        akhir = rows[i + 1]["tahun_mulai"] - 1 if i + 1 < len(rows) else TAHUN_SEKARANG
        selesai = None if pd.isna(r["tahun_selesai"]) else int(r["tahun_selesai"])
        ciri = tuple(t["ciri"] for t in traits if t["tahap"] == r["tahap"])
        result.append(Stage(int(r["tahap"]), r["nama"], int(r["tahun_mulai"]), selesai,
                            r["tema"], r["masterplan_singapura"], ciri, int(akhir)))
    return tuple(result)


def stage(tahap) -> Stage:
    """The :class:`Stage` numbered ``tahap`` (checked by :func:`check_stage`)."""
    number = check_stage(tahap)
    return next(s for s in stages() if s.tahap == number)


def check_year(year) -> int:
    """Return ``year`` if it is a whole year on the timeline, else raise ValueError."""
    if isinstance(year, bool) or not isinstance(year, Integral):
        raise ValueError(f"Tahun harus bilangan bulat {TAHUN_AWAL}–{TAHUN_SEKARANG}; "
                         f"diterima: {year!r}.")
    if not TAHUN_AWAL <= year <= TAHUN_SEKARANG:
        raise ValueError(f"Tahun {year} di luar linimasa: pilih tahun {TAHUN_AWAL}–"
                         f"{TAHUN_SEKARANG} ({TAHUN_SEKARANG} = 'sekarang' dalam buku ini).")
    return int(year)


def stage_of(year) -> Stage:
    """The stage of ``year`` (2000–2026). A year that ends one period and starts the next
    (2003, 2006, 2010) belongs to the stage that begins in it."""
    year = check_year(year)
    return [s for s in stages() if s.mulai <= year][-1]


def check_stage(tahap) -> int:
    """Return the stage number (an int or a :class:`Stage`), else raise ValueError."""
    if isinstance(tahap, Stage):
        return tahap.tahap
    numbers = [s.tahap for s in stages()]
    if isinstance(tahap, bool) or not isinstance(tahap, Integral) or tahap not in numbers:
        names = ", ".join(map(str, numbers[:-1])) + f" atau {numbers[-1]}"
        raise ValueError(f"Tahap harus {names} ({ROMAWI[numbers[0]]}–{ROMAWI[numbers[-1]]}); "
                         f"diterima: {tahap!r}.")
    return int(tahap)
