"""Load and validate the book's CSV tables in ``data/``.

Every table has a schema in :data:`SCHEMAS`. :func:`load` reads a file as text,
checks every row against its schema and returns a :class:`pandas.DataFrame`.
Problems are collected, not skipped: if anything is wrong, :class:`DataError`
is raised with one Indonesian line per problem naming the file, the line and
the column. No row is ever dropped silently.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

#: The largest number of problems listed in one error message.
MAX_PROBLEMS = 20


class DataError(ValueError):
    """A data file is missing or malformed. The message is in Indonesian."""

    def __init__(self, path: Path, problems: list[str]):
        self.path = Path(path)
        self.problems = list(problems)
        shown = self.problems[:MAX_PROBLEMS]
        more = len(self.problems) - len(shown)
        lines = [f"Berkas data '{self.path.name}' tidak valid ({len(self.problems)} masalah):"]
        lines += [f"  - {p}" for p in shown]
        if more:
            lines.append(f"  - ... dan {more} masalah lain")
        super().__init__("\n".join(lines))


@dataclass(frozen=True)
class Col:
    """One column of a table: its type and the values it allows."""

    name: str
    kind: str = "teks"  # teks | bulat | desimal | pilihan | ya_tidak
    required: bool = True
    min: float | None = None
    max: float | None = None
    choices: tuple[str, ...] = ()

    def parse(self, raw: str):
        """Return the typed value of ``raw`` or raise ValueError in Indonesian."""
        text = raw.strip()
        if text == "":
            if self.required:
                raise ValueError("wajib diisi tetapi kosong")
            return None
        if self.kind == "teks":
            return text
        if self.kind == "pilihan":
            if text not in self.choices:
                raise ValueError(
                    f"nilai '{text}' tidak dikenal; yang diizinkan: {', '.join(self.choices)}"
                )
            return text
        if self.kind == "ya_tidak":
            if text not in ("ya", "tidak"):
                raise ValueError(f"nilai '{text}' harus 'ya' atau 'tidak'")
            return text == "ya"
        if self.kind == "bulat":
            try:
                value = int(text)
            except ValueError:
                raise ValueError(f"nilai '{text}' bukan bilangan bulat") from None
        elif self.kind == "desimal":
            try:
                value = float(text)
            except ValueError:
                raise ValueError(
                    f"nilai '{text}' bukan angka (pakai titik sebagai pemisah desimal)"
                ) from None
        else:  # pragma: no cover - a schema bug, not a data bug
            raise AssertionError(f"jenis kolom tidak dikenal: {self.kind}")
        if self.min is not None and value < self.min or self.max is not None and value > self.max:
            raise ValueError(f"nilai {text} di luar rentang {self.min:g}–{self.max:g}")
        return value


@dataclass(frozen=True)
class Schema:
    """The columns of a table, and which columns together must be unique."""

    columns: tuple[Col, ...]
    key: tuple[str, ...] = ()
    description: str = ""
    #: (column, other table, other column): every value must exist in the other table.
    refs: tuple[tuple[str, str, str], ...] = ()
    names: tuple[str, ...] = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "names", tuple(c.name for c in self.columns))


#: Countries of the indicator tables: Indonesia and the neighbours the module names.
COUNTRY_CODES = ("IDN", "SGP", "MYS", "THA", "KOR")

SCHEMAS: dict[str, Schema] = {
    "tantangan_wog": Schema(
        (
            Col("jenis", "pilihan", choices=("kekurangan", "hambatan")),
            Col("butir"),
            Col("penjelasan"),
            Col("contoh"),
        ),
        key=("butir",),
        description="Kekurangan dan hambatan WoG (modul bagian 4)",
    ),
    "korupsi_preset": Schema(
        (
            Col("preset_id"),
            Col("nama"),
            Col("monopoli", "bulat", min=0, max=10),
            Col("diskresi", "bulat", min=0, max=10),
            Col("akuntabilitas", "bulat", min=0, max=10),
            Col("cerita"),
        ),
        key=("preset_id",),
        description="Skenario siap pakai untuk penjelajah rumus korupsi",
    ),
    "glosarium": Schema(
        (Col("istilah"), Col("definisi")),
        key=("istilah",),
        description="Istilah kunci buku dan definisinya",
    ),
    "koordinasi_kolaborasi": Schema(
        (Col("aspek"), Col("koordinasi"), Col("kolaborasi")),
        key=("aspek",),
        description="Koordinasi dan kolaborasi berdampingan, per aspek (bab 1)",
    ),
    "determinan_wog": Schema(
        (Col("determinan"), Col("penjelasan"), Col("contoh")),
        key=("determinan",),
        description="Empat faktor determinan WoG (bab 1)",
    ),
    "ciri_wicked_problem": Schema(
        (
            Col("sumber", "pilihan", choices=("modul", "rittel1973", "apsc2007")),
            Col("no", "bulat", min=1, max=20),
            Col("ciri"),
            Col("penjelasan"),
        ),
        key=("sumber", "no"),
        description="Ciri wicked problems menurut modul, Rittel & Webber dan APSC (bab 2)",
    ),
    "faktor_pendorong": Schema(
        (
            Col("kategori", "pilihan", choices=("internal", "eksternal")),
            Col("faktor"),
            Col("penjelasan"),
            Col("contoh_indonesia"),
            Col("sumber"),
        ),
        key=("faktor",),
        description="Faktor pendorong WoG, internal dan eksternal (bab 3)",
    ),
    "pendorong_hambatan": Schema(
        (Col("faktor"), Col("butir_hambatan"), Col("penjelasan")),
        key=("faktor", "butir_hambatan"),
        refs=(("faktor", "faktor_pendorong", "faktor"), ("butir_hambatan", "tantangan_wog", "butir")),
        description="Hambatan yang biasa dihadang setiap faktor pendorong (bab 3 dan 4; "
                    "penalaran tim buku)",
    ),
    "manfaat_egov": Schema(
        (Col("no", "bulat", min=1, max=20), Col("manfaat"), Col("contoh_indonesia")),
        key=("no",),
        description="Lima manfaat e-government (bab 5)",
    ),
    "fungsi_antikorupsi": Schema(
        (Col("no", "bulat", min=1, max=20), Col("fungsi"), Col("penjelasan"), Col("contoh")),
        key=("no",),
        description="Empat fungsi strategis e-government dalam pemberantasan korupsi (bab 5)",
    ),
    "model_hubungan": Schema(
        (Col("kode", "pilihan", choices=("P-R", "P-B", "P-P", "P-A")), Col("jenis_hubungan"),
         Col("deskripsi")),
        key=("kode",),
        description="Empat model hubungan e-government, Tabel 1 modul (bab 5)",
    ),
    "aplikasi_hubungan": Schema(
        (
            Col("kode", "pilihan", choices=("P-R", "P-B", "P-P", "P-A")),
            Col("aplikasi"),
            Col("keterangan"),
            Col("asal", "pilihan", choices=("modul", "terkini")),
            Col("sumber"),
        ),
        key=("kode", "aplikasi"),
        refs=(("kode", "model_hubungan", "kode"),),
        description="Contoh aplikasi tiap model hubungan: dari modul dan sistem terkini (bab 5)",
    ),
    "tahap_maturasi": Schema(
        (
            Col("tahap", "bulat", min=1, max=4),
            Col("nama"),
            Col("tahun_mulai", "bulat", min=1990, max=2100),
            Col("tahun_selesai", "bulat", required=False, min=1990, max=2100),
            Col("tema"),
            Col("masterplan_singapura"),
        ),
        key=("tahap",),
        description="Empat tahap maturasi jejaring kerja, Tabel 2 modul (bab 6)",
    ),
    "ciri_maturasi": Schema(
        (Col("tahap", "bulat", min=1, max=4), Col("no", "bulat", min=1, max=20), Col("ciri")),
        key=("tahap", "no"),
        refs=(("tahap", "tahap_maturasi", "tahap"),),
        description="Ciri setiap tahap maturasi, Tabel 2 modul (bab 6)",
    ),
    "tonggak_maturasi": Schema(
        (
            Col("tahun", "bulat", min=2000, max=2026),
            Col("negara", "pilihan", choices=("Singapura", "Indonesia")),
            Col("tonggak"),
            Col("sumber"),
        ),
        key=("tahun", "negara", "tonggak"),
        description="Tonggak e-government Singapura dan Indonesia pada linimasa maturasi (bab 6)",
    ),
    "peta_konsep_simpul": Schema(
        (Col("kode"), Col("singkat"), Col("label"), Col("bab"),
         Col("x", "desimal", min=-50, max=50), Col("y", "desimal", min=-50, max=50)),
        key=("kode",),
        description="Simpul peta konsep seluruh buku (bab 7)",
    ),
    "peta_konsep_sisi": Schema(
        (Col("no", "bulat", min=1, max=999), Col("dari"), Col("ke"), Col("label")),
        key=("no",),
        refs=(("dari", "peta_konsep_simpul", "kode"), ("ke", "peta_konsep_simpul", "kode")),
        description="Hubungan berlabel antarsimpul peta konsep (bab 7)",
    ),
    "ipk": Schema(
        (
            Col("iso3", "pilihan", choices=COUNTRY_CODES),
            Col("negara"),
            Col("tahun", "bulat", min=2012, max=2030),
            Col("skor", "bulat", min=0, max=100),
            Col("peringkat", "bulat", required=False, min=1, max=200),
            Col("sumber"),
        ),
        key=("iso3", "tahun"),
        description="Indeks Persepsi Korupsi (CPI) Transparency International, skala 0–100",
    ),
    "ipk_skala_lama": Schema(
        (
            Col("iso3", "pilihan", choices=COUNTRY_CODES),
            Col("negara"),
            Col("tahun", "bulat", min=1995, max=2011),
            Col("skor_0_10", "desimal", min=0, max=10),
            Col("sumber"),
        ),
        key=("iso3", "tahun"),
        description="CPI sebelum 2012, skala 0–10 (metode lama, tidak sebanding)",
    ),
    "egdi": Schema(
        (
            Col("iso3", "pilihan", choices=COUNTRY_CODES),
            Col("negara"),
            Col("tahun", "bulat", min=2003, max=2030),
            Col("peringkat", "bulat", min=1, max=200),
            *(Col(c, "desimal", required=False, min=0, max=1)
              for c in ("egdi", "osi", "hci", "tii", "epi")),
            Col("sumber"),
        ),
        key=("iso3", "tahun"),
        description="E-Government Development Index (UN DESA) dan komponennya",
    ),
    "spbe": Schema(
        (
            Col("tahun", "bulat", min=2018, max=2030),
            Col("indeks", "desimal", min=0, max=5),
            Col("predikat", required=False),
            Col("jumlah_instansi", "bulat", min=1, max=2000),
            Col("dasar_hukum"),
            Col("sumber"),
        ),
        key=("tahun",),
        description="Indeks SPBE nasional yang terverifikasi",
    ),
    "kuis_soal": Schema(
        (
            Col("soal_id"),
            Col("bab"),
            Col("jenis", "pilihan", choices=("satu", "banyak")),
            Col("pertanyaan"),
        ),
        key=("soal_id",),
        description="Soal uji pemahaman per bab",
    ),
    "kuis_opsi": Schema(
        (
            Col("soal_id"),
            Col("opsi"),
            Col("benar", "ya_tidak"),
            Col("penjelasan"),
        ),
        key=("soal_id", "opsi"),
        refs=(("soal_id", "kuis_soal", "soal_id"),),
        description="Pilihan jawaban dan umpan balik untuk setiap soal",
    ),
}


def path_of(name: str, data_dir: Path | None = None) -> Path:
    """The CSV file of table ``name``."""
    return Path(data_dir or DATA_DIR) / f"{name}.csv"


def load(name: str, data_dir: Path | None = None) -> pd.DataFrame:
    """Read table ``name`` from ``data_dir`` (default: the book's ``data/``) and validate it."""
    if name not in SCHEMAS:
        raise KeyError(f"Tabel '{name}' tidak dikenal; yang ada: {', '.join(sorted(SCHEMAS))}")
    schema = SCHEMAS[name]
    table = read_csv(path_of(name, data_dir), schema)
    problems = []
    for column, other, other_column in schema.refs:
        allowed = set(load(other, data_dir)[other_column])
        for line, value in enumerate(table[column], start=2):
            if value not in allowed:
                problems.append(f"baris {line}, kolom '{column}': '{value}' tidak ada di "
                                f"{other}.csv (kolom '{other_column}')")
    if problems:
        raise DataError(path_of(name, data_dir), problems)
    return table


def read_csv(path: Path, schema: Schema) -> pd.DataFrame:
    """Validate ``path`` against ``schema``; raise :class:`DataError` listing every problem."""
    path = Path(path)
    if not path.exists():
        raise DataError(path, [f"berkas tidak ditemukan di {path}"])
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise DataError(path, [f"bukan teks UTF-8 (byte ke-{err.start})"]) from None
    rows = list(csv.reader(text.splitlines()))
    if not rows:
        raise DataError(path, ["berkas kosong: baris judul kolom tidak ada"])
    header = [h.strip() for h in rows[0]]
    problems = []
    missing = [c for c in schema.names if c not in header]
    extra = [h for h in header if h not in schema.names]
    if missing:
        problems.append(f"baris 1 (judul): kolom wajib tidak ada: {', '.join(missing)}")
    if extra:
        problems.append(f"baris 1 (judul): kolom tidak dikenal: {', '.join(extra)}")
    if len(set(header)) != len(header):
        problems.append("baris 1 (judul): ada nama kolom yang ganda")
    if problems:
        raise DataError(path, problems)

    records, seen = [], {}
    for line_no, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            problems.append(f"baris {line_no}: baris kosong (hapus baris ini)")
            continue
        if len(row) != len(header):
            problems.append(
                f"baris {line_no}: ada {len(row)} kolom, seharusnya {len(header)} "
                "(periksa koma dan tanda kutip)"
            )
            continue
        raw = dict(zip(header, row))
        record = {}
        for col in schema.columns:
            try:
                record[col.name] = col.parse(raw[col.name])
            except ValueError as err:
                problems.append(f"baris {line_no}, kolom '{col.name}': {err}")
        if schema.key and all(k in record for k in schema.key):
            key = tuple(record[k] for k in schema.key)
            if key in seen:
                problems.append(
                    f"baris {line_no}: {' + '.join(schema.key)} = {' / '.join(map(str, key))} "
                    f"sudah ada di baris {seen[key]}"
                )
            else:
                seen[key] = line_no
        records.append(record)
    if problems:
        raise DataError(path, problems)
    if not records:
        raise DataError(path, ["tidak ada satu pun baris data"])
    return pd.DataFrame.from_records(records, columns=list(schema.names))
