"""Check every table of data/ before the book is built (make book and make kelas run this).

    python scripts/periksa_data.py

Exit code 0 when every file is valid; otherwise 1, with one Indonesian message per broken
file (file, row, column) as the last lines of the output, so they are what an instructor
sees at the bottom of the terminal.
"""
from __future__ import annotations

import sys

from wogbook.inti import data


def main() -> int:
    messages = data.check_all()
    if not messages:
        print(f"Data diperiksa: {data.data_dir()} — semua tabel valid.")
        return 0
    print(f"Buku TIDAK dibangun: {len(messages)} berkas di {data.data_dir()} perlu diperbaiki "
          "(buka berkasnya, perbaiki baris dan kolom yang disebut, simpan sebagai CSV UTF-8, "
          "lalu jalankan perintah ini lagi):", file=sys.stderr)
    for message in messages:
        print(message, file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
