"""Load and validate the book's CSV tables (the ``data/`` folder of the repository).

Every table has a :class:`Schema` in :mod:`wogbook.inti.skema`. :func:`load` reads
the file, checks every row against its schema, the references between tables and
the table's own rules, and returns a :class:`pandas.DataFrame`. Problems are
collected, not skipped: if anything is wrong, :class:`DataError` is raised with
one Indonesian line per problem naming the file, the row and the column, and saying
what to do. No row is ever dropped and no value changed silently.

Rows are numbered as a spreadsheet shows them: the title row is 1, an empty row counts.
That is also the line in a text editor, since a cell may not hold a line break. The
file is read by :func:`read_csv`'s own small reader rather than the csv module, so that
a quote out of place is found in its row and column instead of being moved or dropped.

Where the tables are: ``data/`` of the repository. An installed (non-editable)
package carries a copy as ``wogbook/isi/`` (see ``pyproject.toml``). Tests point
the loader at a scratch copy with :func:`using`, never through the public API.
Parsed files are cached by content, so an edited file is always read again.
"""
from __future__ import annotations

import contextlib
import hashlib
import re
import string
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Callable

import pandas as pd

#: The largest number of problems listed in one error message.
MAX_PROBLEMS = 20


def _default_dir() -> Path:
    """``data/`` beside the package in a checkout, else the copy installed with it."""
    root = Path(__file__).resolve().parents[2]
    if (root / "_toc.yml").is_file() and (root / "data").is_dir():
        return root / "data"
    return Path(str(resources.files("wogbook") / "isi"))


_dirs: list[Path] = []
#: Every table loaded in this process, with the tables its checks read (see :func:`read`).
_read: set[str] = set()


def data_dir() -> Path:
    """The folder the tables are read from now."""
    return _dirs[-1] if _dirs else _default_dir()


@contextlib.contextmanager
def using(folder):
    """Read every table from ``folder`` inside the ``with`` block (tests, previews)."""
    _dirs.append(Path(folder))
    try:
        yield Path(folder)
    finally:
        _dirs.pop()


class DataError(ValueError):
    """A data file is missing or malformed. The message is in Indonesian."""

    def __init__(self, path, problems: list[str]):
        self.path = Path(path)
        self.problems = list(problems)
        shown = self.problems[:MAX_PROBLEMS]
        more = len(self.problems) - len(shown)
        lines = [f"Berkas data '{self.path.name}' tidak valid ({len(self.problems)} masalah):"]
        lines += [f"  - {p}" for p in shown]
        if more:
            lines.append(f"  - ... dan {more} masalah lain")
        super().__init__("\n".join(lines))


def near(value, allowed) -> str | None:
    """The one allowed value that ``value`` matches but for case, spaces or the kind of dash
    (the value the instructor meant), else None."""
    if not isinstance(value, str):
        return None
    matches = [a for a in allowed if isinstance(a, str) and a != value and same(a, value)]
    return matches[0] if len(matches) == 1 else None


def same(a: str, b: str) -> bool:
    """True if two texts differ only in case, in spaces (also non-breaking ones, doubled or
    around) or in the kind of dash: what looks the same to a reader of a spreadsheet."""
    return _fold(a) == _fold(b)


_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).translate(_DASHES).casefold().split())


def _meant(value, allowed) -> str:
    """'; maksud Anda …?' when ``value`` is a near miss of one allowed value, else ''."""
    hit = near(value, allowed)
    if not hit:
        return ""
    if " ".join(value.split()) == hit:
        why = "spasinya berbeda, mis. spasi ganda atau spasi khusus dari Word: ketik ulang spasinya"
    elif value.casefold() == hit.casefold():
        why = "huruf besar/kecil harus sama persis"
    else:
        why = "tulis persis seperti itu"
    return f"; maksud Anda '{hit}'? ({why})"


_INTEGER = re.compile(r"[+-]?[0-9]+")
_DECIMAL = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)")
_GROUPED = re.compile(r"[+-]?[0-9]{1,3}([.,\s][0-9]{3})+([.,][0-9]+)?")
_DECIMAL_COMMA = re.compile(r"[+-]?[0-9]*,[0-9]+")
_WHOLE = re.compile(r"([+-]?[0-9]+)[.,]0+")
#: What people write for "no value" in a number cell.
_NO_VALUE = {"-", "–", "—", "?", "n/a", "na", "n.a.", "t/a", "t.a.", "tidak ada", "kosong",
             "null"}


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
        """Return the typed value of ``raw`` or raise ValueError in Indonesian.

        Spaces around a value are not part of it (a spreadsheet does not show them).
        Numbers are ASCII digits with a decimal point, as the files store them: nothing
        else that Python would read as a number ('1_000', 'nan', '١٢') is accepted."""
        text = raw.strip()
        if text == "":
            if self.required:
                raise ValueError("wajib diisi tetapi kosong")
            return None
        if self.kind == "teks":
            return text
        if self.kind == "pilihan":
            if text not in self.choices:
                raise ValueError(f"nilai '{text}' tidak dikenal; yang diizinkan: "
                                 f"{', '.join(self.choices)}{_meant(text, self.choices)}")
            return text
        if self.kind == "ya_tidak":
            if text not in ("ya", "tidak"):
                logical = text.upper() in ("TRUE", "FALSE", "BENAR", "SALAH")
                raise ValueError(f"nilai '{text}' harus 'ya' atau 'tidak'"
                                 f"{_meant(text, ('ya', 'tidak'))}" + (
                                     " (spreadsheet mengubahnya menjadi nilai logika "
                                     f"{text.upper()}; ketik ya atau tidak)" if logical else ""))
            return text == "ya"
        if self.kind == "bulat":
            if not _INTEGER.fullmatch(text):
                raise ValueError(f"nilai '{text}' bukan bilangan bulat{_number_hint(text, True)}")
            value = int(text)
        elif self.kind == "desimal":
            if not _DECIMAL.fullmatch(text):
                raise ValueError(f"nilai '{text}' bukan angka{_number_hint(text, False)}")
            value = float(text)
        else:  # pragma: no cover - a schema bug, not a data bug
            raise AssertionError(f"jenis kolom tidak dikenal: {self.kind}")
        if self.min is not None and value < self.min or self.max is not None and value > self.max:
            raise ValueError(f"nilai {text} di luar rentang {self.min:g}–{self.max:g}")
        return value


def _number_hint(text: str, integer: bool) -> str:
    """What to write instead of a number as a spreadsheet formatted it (separators, %)."""
    if text.casefold() in _NO_VALUE:
        return " (bila nilainya memang tidak ada, kosongkan sel ini; bila wajib, isi angkanya)"
    if integer and _WHOLE.fullmatch(text):
        return f" (tulis tanpa angka di belakang koma: {_WHOLE.fullmatch(text).group(1)})"
    if not integer and _DECIMAL_COMMA.fullmatch(text):
        return f" (pakai titik sebagai pemisah desimal: tulis {text.replace(',', '.')})"
    if _GROUPED.fullmatch(text):
        example = re.sub(r"[.,\s]", "", text) if integer else "1234.5"
        return (f" (tulis tanpa pemisah ribuan, mis. {example}; di spreadsheet, atur format sel "
                "menjadi angka tanpa pemisah ribuan sebelum menyimpan)")
    if text.endswith("%"):
        return " (tulis angkanya saja, tanpa tanda %, dalam skala kolom ini)"
    return "" if integer else " (tulis angka dengan titik sebagai pemisah desimal, mis. 0.75)"


#: A table's own rule: ``check(table, load) -> [problem, ...]``. ``table.attrs["baris"]``
#: holds each row's line number in the file; ``load`` reads another table.
Check = Callable[[pd.DataFrame, Callable[[str], pd.DataFrame]], list[str]]


@dataclass(frozen=True)
class Schema:
    """The columns of a table, its key, its references to other tables and its rules."""

    columns: tuple[Col, ...]
    key: tuple[str, ...] = ()
    description: str = ""
    #: (column, other table, other column): every value must exist in the other table.
    refs: tuple[tuple[str, str, str], ...] = ()
    #: Rules that need more than one row or another table (see :data:`Check`).
    checks: tuple[Check, ...] = ()
    names: tuple[str, ...] = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "names", tuple(c.name for c in self.columns))


def path_of(name: str) -> Path:
    """The CSV file of table ``name``."""
    return data_dir() / f"{name}.csv"


def lines(table: pd.DataFrame) -> list[int]:
    """The line number in its file of every row of a loaded table."""
    return list(table.attrs.get("baris", range(2, len(table) + 2)))


def _digest(path: Path) -> str | None:
    return hashlib.sha1(path.read_bytes()).hexdigest() if path.is_file() else None


#: (table, folder) -> (digests of the files it was validated with, the table)
_cache: dict[tuple[str, str], tuple[dict[str, str | None], pd.DataFrame]] = {}


def load(name: str) -> pd.DataFrame:
    """Table ``name``, validated: its rows, its references and its rules.

    A result is reused only while its own file and every file its checks read are
    unchanged (compared by content), so an edit is always seen. Returns a copy."""
    from .skema import SCHEMAS

    if name not in SCHEMAS:
        raise KeyError(f"Tabel '{name}' tidak dikenal; yang ada: {', '.join(sorted(SCHEMAS))}")
    folder = data_dir()
    hit = _cache.get((name, str(folder)))
    if hit and all(_digest(folder / f"{n}.csv") == d for n, d in hit[0].items()):
        table = hit[1]
    else:
        used: dict[str, str | None] = {name: _digest(path_of(name))}

        def other(n: str) -> pd.DataFrame:
            t = load(n)
            used.update(t.attrs["dipakai"])
            return t

        table = _validate(name, SCHEMAS[name], other)
        table.attrs["dipakai"] = dict(used)
        _cache[(name, str(folder))] = (dict(used), table)
    _read.update(table.attrs["dipakai"])
    copy = table.copy()
    copy.attrs = {"baris": list(table.attrs["baris"]), "dipakai": dict(table.attrs["dipakai"])}
    return copy


def read() -> list[str]:
    """The tables this process has loaded so far (a notebook's kernel: the data its pages
    show; ``scripts/run_notebooks.py`` keys each notebook's saved outputs on them)."""
    return sorted(_read)


def digest(name: str) -> str | None:
    """The content hash of table ``name``'s file now (None if it is missing)."""
    return _digest(path_of(name))


def check_all() -> list[str]:
    """Every table loaded and checked; the Indonesian message of each broken file (empty:
    all good). ``make book`` and ``make kelas`` stop on any."""
    from .skema import SCHEMAS

    messages = []
    for name in SCHEMAS:
        try:
            load(name)
        except DataError as err:
            if str(err) not in messages:
                messages.append(str(err))
    return messages


def _validate(name: str, schema: Schema, other) -> pd.DataFrame:
    path = path_of(name)
    table = read_csv(path, schema)
    rows = lines(table)
    problems = []
    for column, ref, ref_column in schema.refs:
        allowed = set(other(ref)[ref_column])
        for line, value in zip(rows, table[column]):
            if value not in allowed and value is not None:
                problems.append(f"baris {line}, kolom '{column}': '{value}' tidak ada di "
                                f"{ref}.csv (kolom '{ref_column}'){_meant(value, allowed)}")
    for check in schema.checks:
        problems += check(table, other)
    if problems:
        raise DataError(path, problems)
    return table


#: How to save a file the loader reads, said at the end of every encoding message.
SAVE_AS = "simpan ulang sebagai \"CSV UTF-8 (dipisahkan koma)\" (lihat data/README.md)"
#: How a quote is written inside a cell, said at the end of every quote message.
QUOTES = ("di spreadsheet cukup ketik ulang isi selnya; di penyunting teks, apit seluruh isi "
          "sel dengan tanda kutip dan tulis setiap kutip di dalamnya dua kali (\"\")")

#: Unicode's line separators (the other line ends of str.splitlines are control characters).
_LINE_ENDS = {"\u2028": "pemisah baris Unicode (U+2028)",
              "\u2029": "pemisah paragraf Unicode (U+2029)"}
#: Characters that show nothing (copied from web pages and word processors).
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\u202a\u202b\u202c\u202d\u202e\ufeff"
#: Any character _cell_problem looks at (a quick test first: most cells have none).
_SUSPECT = re.compile("[\udc80-\udcff\x00-\x1f\x7f-\x9f\u2028\u2029" + _INVISIBLE + "]")
#: What a spreadsheet writes for a formula that fails (Excel, also localised; LibreOffice).
_SHEET_ERROR = re.compile(r"#(NULL!|DIV/0!|VALUE!|NILAI!|REF!|NAME\?|NAMA\?|NUM!|ANGKA!|N/A|"
                          r"SPILL!|CALC!|GETTING_DATA)|Err:\d{3}", re.IGNORECASE)


def _letter(index: int) -> str:
    """The spreadsheet's name of the column at ``index`` (0 → A, 26 → AA)."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _where(row: int, index: int, header) -> str:
    """'baris R, kolom 'name'' — or the spreadsheet letter for a column without a title."""
    if index < len(header) and header[index]:
        return f"baris {row}, kolom '{header[index]}'"
    return f"baris {row}, kolom ke-{index + 1} (kolom {_letter(index)})"


def _cell_problem(cell: str) -> str | None:
    """What is wrong with a cell's text whatever its column, or None. A cell is one line of
    text in UTF-8 with nothing invisible in it and no formula."""
    if _SUSPECT.search(cell):
        return _character_problem(cell)
    text = cell.strip()
    if _SHEET_ERROR.fullmatch(text):
        return (f"sel ini berisi pesan galat spreadsheet '{text}': rumus di sel itu gagal "
                "dihitung; ketik nilainya langsung")
    if text.startswith("=") and len(text) > 1:
        return (f"sel ini berisi rumus '{text}', bukan nilainya; ketik nilainya langsung, atau "
                "simpan tanpa pilihan LibreOffice \"simpan rumus sel, bukan nilai hasil "
                "hitungan\"")
    return None


def _character_problem(cell: str) -> str:
    """The message for the first character of :data:`_SUSPECT` in ``cell`` (a byte that is
    not UTF-8 first: re-saving the file fixes the rest)."""
    for ch in cell:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # a byte that is not UTF-8 (read with surrogateescape)
            guess = bytes([code - 0xDC00]).decode("cp1252", "replace")
            seen = f" (byte 0x{code - 0xDC00:02X}, mungkin '{guess}')" if guess != "\ufffd" else ""
            return ("ada huruf yang tidak tersimpan sebagai UTF-8" + seen + ": berkas ini disimpan "
                    "dengan pengodean lain, biasanya \"CSV (dipisahkan koma)\" biasa dari Excel di "
                    "Windows; " + SAVE_AS)
    ch = _SUSPECT.search(cell).group()
    if ch in "\n\r":
        return ("sel ini berisi ganti baris (Alt+Enter di Excel, Ctrl+Enter di LibreOffice) "
                "sehingga teksnya terbagi ke beberapa baris; buku memerlukan satu baris teks "
                "per sel: hapus ganti barisnya dan pakai spasi")
    if ch in _LINE_ENDS:
        return (f"sel ini berisi {_LINE_ENDS[ch]}, karakter tak terlihat yang biasanya "
                "terbawa saat menyalin dari Word, PDF atau web; hapus karakter itu (ketik "
                "ulang spasi di antara kedua kata)")
    if ch == "\t":
        return "sel ini berisi karakter tab; ganti tab dengan spasi"
    if ch in _INVISIBLE:
        return (f"sel ini berisi karakter tak terlihat (U+{ord(ch):04X}), biasanya terbawa "
                "saat menyalin dari web atau Word; ketik ulang isi sel ini")
    return (f"sel ini berisi karakter kendali tak terlihat (U+{ord(ch):04X}); ketik ulang "
            "isi sel ini")


def _decode(path: Path) -> str:
    """The text of a CSV file; a file in another format or encoding is a DataError.

    A UTF-8 byte order mark (Excel's "CSV UTF-8") is dropped. Bytes that are not UTF-8 are
    kept as surrogates (``surrogateescape``), so each is reported in its row and column."""
    raw = path.read_bytes()
    if raw.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise DataError(path, ["berkas ini buku kerja Excel (.xlsx atau .xls) yang diberi nama "
                               ".csv, bukan teks CSV; buka di spreadsheet lalu " + SAVE_AS])
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DataError(path, ["berkas ini disimpan sebagai teks UTF-16 (\"Teks Unicode\" di "
                               "Excel), bukan UTF-8; " + SAVE_AS])
    if b"\x00" in raw:
        row = raw[:raw.index(b"\x00")].count(b"\n") + 1
        raise DataError(path, [f"baris {row}: berkas berisi byte nol (NUL), jadi bukan teks "
                               "UTF-8 (mungkin UTF-16 tanpa penanda); " + SAVE_AS])
    return raw.decode("utf-8-sig", errors="surrogateescape")


def _rows(text: str) -> tuple[list[tuple[int, list[str]]], list[tuple[int, int, str]]]:
    """Split CSV text into rows the way a spreadsheet does: ``([(row, cells)], problems)``.

    ``row`` is the row's number in a spreadsheet (the title row is 1, an empty line is a row
    too), which is its line in a text editor as long as no cell holds a line break. A cell
    may be quoted (``"…"``, a quote inside written ``""``). ``problems`` are quotes out of
    place, as (row, column index, message)."""
    rows, problems = [], []
    cells, cell = [], []
    row, start_of_cell, quoted, closed, spans, content = 1, True, False, False, False, False
    i, n = 0, len(text)

    def flag(message):  # the first quote out of place in a row (the rest follows from it)
        if not problems or problems[-1][0] != row:
            problems.append((row, len(cells), message))

    while i < n:
        ch = text[i]
        i += 1
        content = True
        if quoted:
            if ch == '"' and text[i:i + 1] == '"':
                cell.append('"')
                i += 1
            elif ch == '"':
                quoted, closed = False, True
            else:
                spans = spans or ch in "\r\n"
                cell.append(ch)
            continue
        if ch == "," or ch in "\r\n":
            cells.append("".join(cell))
            cell, start_of_cell, closed, spans = [], True, False, False
            if ch != ",":
                if ch == "\r" and text[i:i + 1] == "\n":
                    i += 1
                rows.append((row, cells))
                cells, row, content = [], row + 1, False
            continue
        if closed and spans:  # an opening quote closed rows later: the rest is unreliable
            flag("tanda kutip pembuka (\") di awal sel ini tidak ditutup di baris yang sama, "
                 "sehingga baris berikutnya terbaca sebagai isi sel ini; " + QUOTES)
            return rows, problems
        if closed:
            flag("tanda kutip (\") di tengah sel, atau teks sesudah tanda kutip penutup; tanda "
                 "kutip hanya boleh mengapit seluruh isi sel; " + QUOTES)
        elif ch == '"' and start_of_cell:
            quoted, start_of_cell = True, False
            continue
        elif ch == '"':
            flag("tanda kutip (\") di tengah sel; tanda kutip hanya boleh mengapit seluruh isi "
                 "sel; " + QUOTES)
        start_of_cell = False
        cell.append(ch)
    if quoted:
        flag("tanda kutip pembuka (\") tidak pernah ditutup, sehingga seluruh sisa berkas "
             "terbaca sebagai isi sel ini; " + QUOTES)
    if content:
        cells.append("".join(cell))
        rows.append((row, cells))
    return rows, problems


def _delimiter_problem(text: str, schema: Schema) -> str | None:
    """A file whose first line is the titles separated by ';' or a tab: what Excel writes in
    an Indonesian locale (decimal comma, so ';' between cells) or as "Unicode text"."""
    first = re.split(r"\r\n|\r|\n", text, maxsplit=1)[0]
    for sep, what in ((";", "titik koma (;)"), ("\t", "tab")):
        parts = [p.strip().strip('"').strip() for p in first.split(sep)]
        if sep in first and sum(p in schema.names for p in parts) >= 2:
            return (f"baris 1: kolom dipisahkan dengan {what}, bukan koma (Excel berbahasa "
                    "Indonesia menyimpan CSV dengan titik koma); gunakan koma: " + SAVE_AS)
    return None


def _header_problems(header: list[str], schema: Schema) -> list[str]:
    """The title row against the schema: every column once, by its exact name."""
    problems = []
    for index, name in enumerate(header):
        trouble = _cell_problem(name)
        if trouble:
            problems.append(f"{_where(1, index, [])} (judul): {trouble}")
    if problems:
        return problems
    if not any(header):
        return ["baris 1 kosong: baris pertama berkas harus berisi judul kolom "
                f"({', '.join(schema.names)}); hapus baris kosong di atasnya"]
    for index, name in enumerate(header):
        if not name:
            problems.append(f"baris 1 (judul): kolom ke-{index + 1} (kolom {_letter(index)}) "
                            "tidak punya judul; tulis judulnya atau hapus kolom itu")
    twice = sorted({h for h in header if h and header.count(h) > 1})
    for name in twice:
        where = ", ".join(_letter(i) for i, h in enumerate(header) if h == name)
        problems.append(f"baris 1 (judul): kolom '{name}' ada lebih dari sekali (kolom {where}); "
                        "hapus salah satunya")
    missing = [c for c in schema.names if c not in header]
    extra = [h for h in header if h and h not in schema.names]
    renamed = {m: near(m, extra) for m in missing}
    for wanted, written in renamed.items():
        if written:
            problems.append(f"baris 1 (judul): kolom '{written}' harus ditulis persis "
                            f"'{wanted}' (huruf kecil, tanpa spasi tambahan)")
    missing = [m for m in missing if not renamed[m]]
    extra = [h for h in extra if h not in renamed.values()]
    if missing:
        problems.append(f"baris 1 (judul): kolom wajib tidak ada: {', '.join(missing)}")
    if extra:
        problems.append(f"baris 1 (judul): kolom tidak dikenal: {', '.join(extra)} (kolom yang "
                        f"dipakai: {', '.join(schema.names)})")
    return problems


def read_csv(path: Path, schema: Schema) -> pd.DataFrame:
    """Validate ``path`` against ``schema``; raise :class:`DataError` listing every problem.

    Rows are numbered as a spreadsheet shows them (the title row is 1). What a spreadsheet
    adds without showing it is tolerated, because it changes no value: a UTF-8 byte order
    mark, empty rows, empty columns after the last titled one, spaces around a value.
    Everything else that would change a value is an error: a line break or an invisible
    character in a cell, a quote out of place, another encoding or delimiter.
    """
    path = Path(path)
    if not path.is_file():
        raise DataError(path, [f"berkas tidak ditemukan di {path}"])
    text = _decode(path)
    separated = _delimiter_problem(text, schema)
    if separated:
        raise DataError(path, [separated])
    rows, quotes = _rows(text)
    if not rows:
        raise DataError(path, ["berkas kosong: baris judul kolom tidak ada"])
    header = [h.strip() for h in rows[0][1]]
    while header and not header[-1]:  # Excel's empty columns after the table
        header.pop()
    if quotes:  # a misplaced quote shifts everything after it: report only these
        raise DataError(path, [f"{_where(r, c, header)}: {m}" for r, c, m in quotes])
    problems = _header_problems(header, schema)
    if problems:
        raise DataError(path, problems)

    width = len(header)
    records, numbers, seen = [], [], {}
    for line_no, row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue  # an empty row (or Excel's row of commas) holds no value
        filled = [i for i, cell in enumerate(row) if i >= width and cell.strip()]
        if len(row) < width or filled:
            count = max(filled) + 1 if filled else len(row)
            problems.append(
                f"baris {line_no}: ada {count} kolom, seharusnya {width} (periksa koma dan tanda "
                "kutip: teks yang berisi koma harus diapit tanda kutip, angka desimal ditulis "
                "dengan titik, dan tidak boleh ada isi di kanan kolom terakhir)")
            continue
        raw = dict(zip(header, row))
        record = {}
        for index, name in enumerate(header):
            trouble = _cell_problem(row[index])
            if trouble:
                problems.append(f"{_where(line_no, index, header)}: {trouble}")
        for col in schema.columns:
            if _cell_problem(raw[col.name]):
                continue
            try:
                record[col.name] = col.parse(raw[col.name])
            except ValueError as err:
                problems.append(f"baris {line_no}, kolom '{col.name}': {err}")
        if schema.key and all(k in record for k in schema.key):
            key = tuple(record[k] for k in schema.key)
            folded = tuple(_fold(v) if isinstance(v, str) else v for v in key)
            if folded in seen:
                first, where = seen[folded]
                names = " + ".join(schema.key)
                if first == key:
                    problems.append(f"baris {line_no}: {names} = {' / '.join(map(str, key))} "
                                    f"sudah ada di baris {where}; setiap {names} hanya boleh "
                                    "ada sekali: hapus atau ubah salah satu")
                else:
                    problems.append(
                        f"baris {line_no}: {names} = {' / '.join(map(repr, key))} sama dengan "
                        f"{' / '.join(map(repr, first))} di baris {where} (hanya beda huruf "
                        f"besar/kecil atau spasi); setiap {names} hanya boleh ada sekali: hapus "
                        "atau ubah salah satu")
            else:
                seen[folded] = (key, line_no)
        records.append(record)
        numbers.append(line_no)
    if problems:
        raise DataError(path, problems)
    if not records:
        raise DataError(path, ["tidak ada satu pun baris data"])
    table = pd.DataFrame.from_records(records, columns=list(schema.names))
    table.attrs["baris"] = numbers
    return table


def problem(table: pd.DataFrame, row: int, column: str, message: str) -> str:
    """A problem line for row ``row`` (0-based position) of a loaded table."""
    return f"baris {lines(table)[row]}, kolom '{column}': {message}"


def fill(template: str, **values) -> str:
    """``template`` from a table with its ``{name}`` slots filled from ``values``.

    Only plain names are slots: ``{name.attr}``, ``{name[0]}``, ``{name!r}`` or a format
    would let a table print the insides of a Python object, so they are a KeyError, as an
    unknown name is (the caller turns it into an Indonesian message)."""
    for _text, name, spec, conversion in string.Formatter().parse(template):
        if name is not None and (name not in values or spec or conversion):
            raise KeyError(name)
    return template.format(**values)


def choose(what: str, value, allowed, where: str) -> None:
    """A ValueError in Indonesian if ``value`` is not one of ``allowed`` (ids from ``where``)."""
    allowed = list(allowed)
    if not any(value == a and type(value) is type(a) for a in allowed):
        raise ValueError(f"{what} {value!r} tidak dikenal (tidak ada di {where}); pilihan yang "
                         f"ada: {', '.join(map(str, allowed))}.")


def fail(name: str, problems: list[str]) -> None:
    """Raise :class:`DataError` for table ``name`` if there are problems."""
    if problems:
        raise DataError(path_of(name), problems)
