"""Check every table of data/ before the book is built (make book and make kelas run this).

    python scripts/periksa_data.py [FOLDER]

FOLDER: another folder of tables to check instead of data/ (a copy being edited; tests).
Exit code 0 when every file is valid; otherwise 1, with one Indonesian message per broken
file (file, row, column) as the last lines of the output, so they are what an instructor
sees at the bottom of the terminal.
"""
from __future__ import annotations

import sys
from pathlib import Path

from wogbook.inti import data


def main(argv=None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else data.data_dir()
    if len(args) > 1 or not folder.is_dir():
        print(f"Folder data '{folder}' tidak ada. Pemakaian: python scripts/periksa_data.py "
              "[FOLDER]", file=sys.stderr)
        return 2
    with data.using(folder):
        messages = data.check_all()
    if not messages:
        print(f"Data diperiksa: {folder} — semua tabel valid.")
        return 0
    print(f"Buku TIDAK dibangun: {len(messages)} berkas di {folder} perlu diperbaiki "
          "(buka berkasnya, perbaiki baris dan kolom yang disebut, simpan sebagai CSV UTF-8, "
          "lalu jalankan perintah ini lagi):", file=sys.stderr)
    for message in messages:
        print(message, file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
