"""Bad input as an instructor really makes it: one spreadsheet mistake in one real file.

Every case takes a copy of the real data/ (the ``data_copy`` fixture), makes one mistake in
one real file and runs the real validator (:func:`data.check_all`, a few through
``scripts/periksa_data.py`` as a subprocess). A refused file must be named with the row (as
a spreadsheet numbers it: the title row is 1) and the column that were broken; a tolerated
mistake must leave every row and every value as the original file has them.

The edits use only the standard library (``csv``, ``str``, ``bytes``), never the loader, and
the expected row and column are the ones each case breaks.
"""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pandas as pd
import pytest

from wogbook.inti import data

ROOT = Path(__file__).resolve().parent.parent


# ------------------------------------------------------------ edits (stdlib only)
def _read(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def _write(path: Path, rows: list[list[str]], **fmt) -> None:
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\n", **fmt).writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8", newline="")


def cell(row: int, column: str, value: str):
    """Set one cell: ``row`` as a spreadsheet numbers it (1 = the titles)."""
    def edit(path: Path):
        rows = _read(path)
        rows[row - 1][rows[0].index(column)] = value
        _write(path, rows)
    return edit


def line(row: int, change: Callable[[str], str]):
    """Change the text of one line of the file (no quoting by a CSV writer)."""
    def edit(path: Path):
        lines = path.read_text(encoding="utf-8").split("\n")
        new = change(lines[row - 1])
        assert new != lines[row - 1], "the edit changed nothing"
        lines[row - 1] = new
        path.write_text("\n".join(lines), encoding="utf-8", newline="")
    return edit


def rows_of(change: Callable[[list[list[str]]], list[list[str]]], **fmt):
    """Change the list of rows (each a list of cells), then write it back as CSV."""
    def edit(path: Path):
        _write(path, change(_read(path)), **fmt)
    return edit


def text(change: Callable[[str], str]):
    def edit(path: Path):
        before = path.read_text(encoding="utf-8")
        after = change(before)
        assert after != before, "the edit changed nothing"
        path.write_text(after, encoding="utf-8", newline="")
    return edit


def encoded(encoding: str):
    def edit(path: Path):
        path.write_bytes(path.read_text(encoding="utf-8").encode(encoding))
    return edit


def as_xlsx(path: Path):
    """A workbook saved under the .csv name (a real zip, as .xlsx files are)."""
    content = path.read_text(encoding="utf-8")
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("xl/worksheets/sheet1.xml", content)


def rename_column(old: str, new: str):
    return rows_of(lambda rows: [[new if (i == 0 and c == old) else c for c in r]
                                 for i, r in enumerate(rows)])


def insert_rows(at: int, *new: list[str]):
    return rows_of(lambda rows: rows[:at - 1] + [list(r) for r in new] + rows[at - 1:])


def delete_row(row: int):
    return rows_of(lambda rows: rows[:row - 1] + rows[row:])


def semicolons(rows):
    """What Excel in an Indonesian locale writes: ';' between cells, decimal commas."""
    return [[c.replace(".", ",") if c.replace(".", "").isdigit() else c for c in r] for r in rows]


@dataclass(frozen=True)
class Bad:
    """A mistake that must be refused: the problem of ``table`` at ``where``, saying ``says``."""

    id: str
    table: str
    edit: Callable[[Path], None]
    where: str  # the start of the problem line: "baris R, kolom 'c'" / "baris R" / ""
    says: str


@dataclass(frozen=True)
class Tolerated:
    """A mistake a spreadsheet makes unseen: the table loads with every original value."""

    id: str
    table: str
    edit: Callable[[Path], None]


ZWSP, NBSP = "\u200b", "\u00a0"

BAD = [
    # --- values of the wrong type or out of range
    Bad("huruf-di-kolom-angka", "korupsi_preset", cell(3, "monopoli", "lima"),
        "baris 3, kolom 'monopoli'", "nilai 'lima' bukan bilangan bulat"),
    Bad("di-luar-rentang", "korupsi_preset", cell(4, "diskresi", "11"),
        "baris 4, kolom 'diskresi'", "nilai 11 di luar rentang 0–10"),
    Bad("sel-wajib-kosong", "glosarium", cell(5, "definisi", ""),
        "baris 5, kolom 'definisi'", "wajib diisi tetapi kosong"),
    Bad("sel-wajib-hanya-spasi", "tantangan_wog", cell(3, "contoh", "   "),
        "baris 3, kolom 'contoh'", "wajib diisi tetapi kosong"),
    Bad("koma-desimal", "egdi", cell(2, "egdi", "0,4026"),
        "baris 2, kolom 'egdi'", "pakai titik sebagai pemisah desimal: tulis 0.4026"),
    Bad("pemisah-ribuan-titik", "ipk", cell(6, "tahun", "2.016"),
        "baris 6, kolom 'tahun'", "tulis tanpa pemisah ribuan, mis. 2016"),
    Bad("pemisah-ribuan-koma", "spbe", cell(3, "jumlah_instansi", "1,621"),
        "baris 3, kolom 'jumlah_instansi'", "tulis tanpa pemisah ribuan, mis. 1621"),
    Bad("bulat-dengan-desimal-nol", "ipk", cell(2, "skor", "32.00"),
        "baris 2, kolom 'skor'", "tulis tanpa angka di belakang koma: 32"),
    Bad("persen", "egdi", cell(3, "osi", "49.67%"),
        "baris 3, kolom 'osi'", "tanpa tanda %"),
    Bad("strip-untuk-kosong", "egdi", cell(4, "epi", "-"),
        "baris 4, kolom 'epi'", "kosongkan sel ini"),
    Bad("nan-bukan-angka", "egdi", cell(5, "tii", "nan"),
        "baris 5, kolom 'tii'", "nilai 'nan' bukan angka"),
    Bad("ya-huruf-besar", "kuis_opsi", cell(2, "benar", "Ya"),
        "baris 2, kolom 'benar'", "maksud Anda 'ya'?"),
    Bad("benar-nilai-logika", "kuis_opsi", cell(3, "benar", "SALAH"),
        "baris 3, kolom 'benar'", "harus 'ya' atau 'tidak'"),
    # --- values that no page uses
    Bad("pilihan-tak-dikenal", "tantangan_wog", cell(2, "jenis", "ancaman"),
        "baris 2, kolom 'jenis'", "yang diizinkan: kekurangan, hambatan"),
    Bad("bab-huruf-besar", "kuis_soal", cell(2, "bab", "Bab1"),
        "baris 2, kolom 'bab'", "yang diizinkan: bab1, bab1a, bab2"),
    Bad("tanda-pisah-dari-word", "aplikasi_hubungan", cell(2, "kode", "P–R"),
        "baris 2, kolom 'kode'", "maksud Anda 'P-R'?"),
    Bad("bab-peta-tak-ada", "peta_konsep_simpul", cell(3, "bab", "8"),
        "baris 3, kolom 'bab'", "harus nomor bab 1–7"),
    Bad("alat-salah-ketik", "kelas_layar", cell(2, "alat", "bab1.koordinasii"),
        "baris 2, kolom 'alat'", "bukan alat interaktif"),
    # --- references to another table
    Bad("rujukan-tak-ada", "peta_konsep_sisi", cell(2, "ke", "K99"),
        "baris 2, kolom 'ke'", "'K99' tidak ada di peta_konsep_simpul.csv (kolom 'kode')"),
    Bad("rujukan-beda-huruf", "asesmen_syarat", cell(2, "kunci", "Koordinasi"),
        "baris 2, kolom 'kunci'", "maksud Anda 'koordinasi'?"),
    Bad("rujukan-spasi-dari-word", "pendorong_hambatan",
        cell(4, "faktor", f"Menghindari{NBSP}duplikasi  tugas"),
        "baris 4, kolom 'faktor'", "spasinya berbeda"),
    # --- ids the book needs, rows it counts
    Bad("preset-netral-diganti", "korupsi_preset", text(lambda t: t.replace("\nnetral,", "\nawal,")),
        "", "'netral' tidak ada di kolom 'preset_id'"),
    Bad("istilah-yang-ditaut-diganti", "glosarium",
        text(lambda t: t.replace("\nLeverage,", "\nTuas pengungkit,")),
        "", "istilah 'Leverage' tidak ada di kolom 'istilah', padahal halaman book/"),
    Bad("baris-determinan-dihapus", "determinan_wog", delete_row(3),
        "", "harus ada tepat 4 baris"),
    Bad("sumber-salah-ketik", "faktor_pendorong", cell(3, "sumber", "Wikipdia"),
        "baris 3, kolom 'sumber'", "tidak menyebut satu pun sumber"),
    Bad("swasta-dihapus-dari-klaster", "jejaring_tahap",
        rows_of(lambda rows: [[" ".join(m for m in c.split() if m != "S") if j == 2 else c
                               for j, c in enumerate(r)] for r in rows]),
        "", "tidak ada tahap yang menulis 'S'"),
    # --- keys that must be unique
    Bad("id-ganda", "glosarium", insert_rows(4, ["Akuntabilitas", "Definisi kedua."]),
        "baris 4", "istilah = Akuntabilitas sudah ada di baris 2"),
    Bad("id-ganda-beda-huruf", "glosarium", insert_rows(5, ["akuntabilitas", "Definisi kedua."]),
        "baris 5", "'akuntabilitas' sama dengan 'Akuntabilitas' di baris 2"),
    Bad("id-ganda-beda-spasi", "tantangan_wog",
        insert_rows(4, ["hambatan", "Memerlukan  waktu lama", "x", "y"]),
        "baris 4", "sama dengan 'Memerlukan waktu lama' di baris 2"),
    # --- titles (row 1)
    Bad("kolom-diganti-nama", "korupsi_preset", rename_column("cerita", "keterangan"),
        "baris 1 (judul)", "kolom wajib tidak ada: cerita"),
    Bad("judul-huruf-besar", "korupsi_preset", rename_column("nama", "Nama"),
        "baris 1 (judul)", "kolom 'Nama' harus ditulis persis 'nama'"),
    Bad("kolom-tambahan", "spbe",
        rows_of(lambda rows: [r + (["catatan"] if i == 0 else ["lihat laporan"])
                              for i, r in enumerate(rows)]),
        "baris 1 (judul)", "kolom tidak dikenal: catatan"),
    Bad("kolom-ganda", "spbe",
        rows_of(lambda rows: [r + [r[0]] for r in rows]),
        "baris 1 (judul)", "kolom 'tahun' ada lebih dari sekali (kolom A, G)"),
    Bad("baris-kosong-di-atas-judul", "spbe", text(lambda t: "\n" + t),
        "baris 1 kosong", "baris pertama berkas harus berisi judul kolom"),
    # --- cells and separators
    Bad("sel-kurang", "peta_konsep_simpul", line(2, lambda s: s[:s.rindex(",")]),
        "baris 2", "ada 5 kolom, seharusnya 6"),
    Bad("koma-tanpa-kutip", "peta_konsep_sisi", line(4, lambda s: s + ", lalu menguat"),
        "baris 4", "ada 5 kolom, seharusnya 4"),
    Bad("catatan-di-kanan-tabel", "spbe",
        rows_of(lambda rows: [r + ["", "cek lagi"] if i == 2 else r + ["", ""]
                              for i, r in enumerate(rows)]),
        "baris 3", "tidak boleh ada isi di kanan kolom terakhir"),
    Bad("kutip-di-sel-tanpa-kutip", "peta_konsep_sisi",
        line(4, lambda s: s.replace("sulit", '"sulit"')),
        "baris 4, kolom 'label'", "tanda kutip (\") di tengah sel"),
    Bad("kutip-di-tengah-sel", "glosarium", line(3, lambda s: s.replace("Lembaga", 'Lembaga "resmi')),
        "baris 3, kolom 'definisi'", "tanda kutip (\") di tengah sel"),
    Bad("kutip-pembuka-tanpa-penutup", "peta_konsep_sisi",  # row 30: no quote after it
        line(30, lambda s: s.replace(",K", ',"K', 1)),
        "baris 30, kolom 'dari'", "tanda kutip pembuka (\") tidak pernah ditutup"),
    Bad("kutip-pembuka-ditutup-baris-lain", "kuis_soal",
        line(2, lambda s: s.replace(",satu,", ',"satu,')),
        "baris 2, kolom 'jenis'", "tidak ditutup di baris yang sama"),
    Bad("teks-sesudah-kutip-penutup", "glosarium",  # row 4 ends with a quoted definition
        line(4, lambda s: s + " (lihat bab 5)"),
        "baris 4, kolom 'definisi'", "teks sesudah tanda kutip penutup"),
    Bad("alt-enter-di-sel", "korupsi_preset", cell(2, "cerita", "Satu loket,\nsatu pejabat."),
        "baris 2, kolom 'cerita'", "sel ini berisi ganti baris (Alt+Enter"),
    Bad("pemisah-baris-unicode", "glosarium", cell(6, "definisi", "pejabat\u2028dan warga"),
        "baris 6, kolom 'definisi'", "pemisah baris Unicode (U+2028)"),
    Bad("pemisah-paragraf-unicode", "kelas_layar", cell(3, "pertanyaan", "Mana?\u2029Mengapa?"),
        "baris 3, kolom 'pertanyaan'", "pemisah paragraf Unicode (U+2029)"),
    Bad("tab-di-sel", "tantangan_wog", cell(5, "penjelasan", "Rapat\tlintas instansi"),
        "baris 5, kolom 'penjelasan'", "karakter tab"),
    Bad("spasi-lebar-nol", "peta_konsep_sisi", cell(3, "dari", f"K02{ZWSP}"),
        "baris 3, kolom 'dari'", "karakter tak terlihat (U+200B)"),
    Bad("rumus", "ipk", cell(4, "skor", "=SUM(D2:D3)/2"),
        "baris 4, kolom 'skor'", "sel ini berisi rumus '=SUM(D2:D3)/2'"),
    Bad("galat-rumus", "tantangan_wog", cell(2, "contoh", "#REF!"),
        "baris 2, kolom 'contoh'", "pesan galat spreadsheet '#REF!'"),
    # --- the whole file saved in another format
    Bad("titik-koma-excel-indonesia", "egdi", rows_of(semicolons, delimiter=";"),
        "baris 1", "dipisahkan dengan titik koma (;), bukan koma"),
    Bad("dipisahkan-tab", "korupsi_preset", rows_of(lambda r: r, delimiter="\t"),
        "baris 1", "dipisahkan dengan tab, bukan koma"),
    Bad("utf-16", "glosarium", encoded("utf-16"), "", "disimpan sebagai teks UTF-16"),
    Bad("xlsx-bernama-csv", "spbe", as_xlsx, "", "buku kerja Excel (.xlsx atau .xls)"),
]


def first_non_ascii(path: Path) -> tuple[int, str]:
    """(row, column) of the first cell holding a character outside ASCII (stdlib csv)."""
    rows = _read(path)
    for r, cells in enumerate(rows[1:], start=2):
        for c, value in enumerate(cells):
            if any(ord(ch) > 127 for ch in value):
                return r, rows[0][c]
    raise AssertionError("no letter outside ASCII")


TOLERATED = [
    Tolerated("bom-utf-8-dari-excel", "glosarium", encoded("utf-8-sig")),
    Tolerated("akhir-baris-windows", "korupsi_preset",
              text(lambda t: t.replace("\n", "\r\n"))),
    Tolerated("akhir-baris-mac-lama", "spbe", text(lambda t: t.replace("\n", "\r"))),
    Tolerated("kolom-kosong-di-kanan", "egdi", rows_of(lambda rows: [r + ["", "", ""] for r in rows])),
    Tolerated("baris-kosong", "tantangan_wog",
              text(lambda t: t.replace("\nhambatan,", "\n\nhambatan,", 1) + "\n\n")),
    Tolerated("baris-berisi-koma-saja", "korupsi_preset", insert_rows(4, [""] * 6, [""] * 6)),
    Tolerated("spasi-di-sekitar-nilai", "korupsi_preset",
              rows_of(lambda rows: rows[:1] + [[f"  {c} " for c in r] for r in rows[1:]])),
    Tolerated("spasi-tak-terputus-di-ujung", "peta_konsep_sisi", cell(2, "ke", f"K02{NBSP}")),
    Tolerated("judul-berspasi", "glosarium", rename_column("definisi", " definisi ")),
    Tolerated("kolom-ditukar", "spbe", rows_of(lambda rows: [r[::-1] for r in rows])),
    Tolerated("semua-sel-dikutip", "ipk", rows_of(lambda r: r, quoting=csv.QUOTE_ALL)),
]


def _message_of(table: str, messages: list[str]) -> str:
    mine = [m for m in messages if m.startswith(f"Berkas data '{table}.csv' tidak valid")]
    assert mine, f"check_all did not refuse {table}.csv: {messages}"
    return mine[0]


@pytest.mark.parametrize("case", BAD, ids=lambda c: c.id)
def test_a_mistake_is_refused_naming_file_row_and_column(data_copy, case):
    case.edit(data_copy / f"{case.table}.csv")
    message = _message_of(case.table, data.check_all())
    problems = [p.strip()[2:] for p in message.splitlines()[1:]]
    assert any(p.startswith(case.where) and case.says in p for p in problems), message


def test_a_file_in_a_windows_encoding_names_row_column_and_the_letter(data_copy):
    path = data_copy / "faktor_pendorong.csv"
    row, column = first_non_ascii(path)
    encoded("cp1252")(path)
    message = _message_of("faktor_pendorong", data.check_all())
    assert f"baris {row}, kolom '{column}': ada huruf yang tidak tersimpan sebagai UTF-8" in message
    assert "simpan ulang sebagai \"CSV UTF-8 (dipisahkan koma)\"" in message


@pytest.mark.parametrize("case", TOLERATED, ids=lambda c: c.id)
def test_an_unseen_spreadsheet_change_is_tolerated_with_every_value_kept(data_copy, case):
    original = data.load(case.table)
    case.edit(data_copy / f"{case.table}.csv")
    assert data.check_all() == []
    again = data.load(case.table)
    assert len(again) == len(original), "a row was dropped"
    pd.testing.assert_frame_equal(again.reset_index(drop=True), original.reset_index(drop=True))


def test_the_cases_are_distinct_and_many():
    ids = [c.id for c in BAD + TOLERATED] + ["cp1252"]
    assert len(ids) == len(set(ids)) and len(ids) >= 40


# --------------------------------------------- the command make book runs, as a subprocess
def periksa(folder: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "periksa_data.py"), str(folder)],
                          capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)


@pytest.mark.parametrize("case", [c for c in BAD if c.id in (
    "titik-koma-excel-indonesia", "utf-16", "kutip-di-tengah-sel", "preset-netral-diganti")],
    ids=lambda c: c.id)
def test_periksa_data_prints_the_problem_last_and_fails(data_copy, case):
    case.edit(data_copy / f"{case.table}.csv")
    run = periksa(data_copy)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr and run.stdout == ""
    last = run.stderr.rstrip("\n").splitlines()[-1]
    assert last.startswith(f"  - {case.where}") and case.says in last, run.stderr
    assert f"Berkas data '{case.table}.csv' tidak valid" in run.stderr


def test_periksa_data_passes_a_good_copy(data_copy):
    run = periksa(data_copy)
    assert run.returncode == 0 and run.stderr == ""
    assert run.stdout.strip().endswith("semua tabel valid.")


# ------------------------------------- other inputs: a port, Chromium, the Python version
def run(cmd: list[str], **env) -> subprocess.CompletedProcess:
    """The real command, as an instructor types it (through make, or what make runs)."""
    full = dict(os.environ, PYTHONPATH=os.pathsep.join([*env.pop("path", []), str(ROOT)]), **env)
    return subprocess.run(cmd, capture_output=True, text=True, env=full, timeout=120, cwd=ROOT)


def last_line(run: subprocess.CompletedProcess) -> str:
    """The last line printed (make's own '***' line aside), after checking there was no
    traceback."""
    out = run.stdout + run.stderr
    assert "Traceback" not in out, out
    lines = [s for s in run.stderr.splitlines() if s.strip() and not s.startswith("make")]
    return lines[-1]


KELAS = [sys.executable, "-m", "wogbook.kelas"]


@pytest.mark.parametrize("args, says", [
    (["abc"], "port 'abc' bukan nomor port 1024–65535"),
    (["80"], "port '80' bukan nomor port 1024–65535"),
    (["99999"], "port '99999' bukan nomor port 1024–65535"),
    (["-1"], "port '-1' bukan nomor port 1024–65535"),
    (["８８６７"], "port '８８６７' bukan nomor port 1024–65535"),  # full-width digits
    (["8866", "8867"], "tulis satu nomor port saja, bukan '8866 8867'"),
])
def test_a_bad_port_kelas_is_one_indonesian_line(args, says):
    done = run(KELAS + args)
    assert done.returncode == 2 and done.stdout == ""
    assert last_line(done) == (f"Mode Kelas tidak dapat dimulai: {says}; contoh: make kelas "
                               "PORT_KELAS=8867")


def test_a_busy_port_is_said_at_once(tmp_path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = run(KELAS + [str(port)])
    assert done.returncode == 1
    assert last_line(done).startswith(f"Mode Kelas tidak dapat dimulai: Port {port} sudah "
                                      "dipakai program lain")
    assert f"PORT_KELAS={port + 1}" in last_line(done)


@pytest.mark.parametrize("chromium, says", [
    ("tidak-ada/chromium", "Chromium tidak ditemukan di {path}: pasang paket Debian 'chromium'"),
    ("folder", "{path} bukan program Chromium yang dapat dijalankan"),
    ("berkas-biasa", "{path} bukan program Chromium yang dapat dijalankan"),
])
def test_a_missing_chromium_stops_the_pdf_before_the_build(tmp_path, chromium, says):
    path = tmp_path / chromium
    if chromium == "folder":
        path.mkdir()
    elif chromium == "berkas-biasa":
        path.write_text("bukan program")
        path.chmod(0o644)
    build = tmp_path / "bangun"
    build.mkdir()
    done = run([sys.executable, str(ROOT / "scripts" / "cetak_pdf.py"), str(tmp_path / "b.pdf"),
                "--build-dir", str(build)], WOG_CHROMIUM=str(path))
    assert done.returncode == 1 and done.stdout == ""
    assert last_line(done).startswith(says.format(path=path))
    assert list(build.iterdir()) == [], "the book was built before Chromium was checked"


def test_a_program_that_is_not_chromium_is_one_line_not_a_playwright_traceback():
    code = ("from playwright.sync_api import sync_playwright\n"
            "from wogbook.buku.peramban import launch\n"
            "with sync_playwright() as p:\n    launch(p)\n")
    done = run([sys.executable, "-c", code], WOG_CHROMIUM="/bin/true")
    assert done.returncode == 1
    assert last_line(done).startswith("Chromium di /bin/true tidak dapat dijalankan (")


@pytest.fixture
def old_python(tmp_path) -> Path:
    """A folder that makes Python report version 3.9.7 (its sitecustomize, imported at
    start-up): the package's own check then runs as on a real Python 3.9."""
    (tmp_path / "sitecustomize.py").write_text(
        "import sys\nsys.version_info = (3, 9, 7, 'final', 0)\n")
    return tmp_path


OLD = ("Buku Interaktif WoG memerlukan Python 3.10 atau lebih baru, tetapi yang dipakai "
       "Python 3.9.7 (")


@pytest.mark.parametrize("cmd", [
    ["-c", "import wogbook"],
    ["-m", "wogbook.kelas"],
    [str(ROOT / "scripts" / "periksa_data.py")],
], ids=["import", "kelas", "periksa_data"])
def test_an_old_python_is_one_indonesian_line(old_python, cmd):
    done = run([sys.executable, *cmd], path=[str(old_python)])
    assert done.returncode == 1 and done.stdout == ""
    assert last_line(done).startswith(OLD)


def test_make_setup_on_an_old_python_says_so_before_making_anything(old_python, tmp_path):
    venv = tmp_path / "venv"
    python = f"env PYTHONPATH={old_python} {sys.executable}"
    done = run(["make", "--no-print-directory", "-C", str(ROOT), "setup", f"VENV={venv}",
                f"PYTHON={python}"])
    assert done.returncode != 0
    assert last_line(done).startswith(OLD)
    assert not venv.exists()
