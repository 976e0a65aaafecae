"""Load and validate the book's CSV tables (the ``data/`` folder of the repository).

Every table has a :class:`Schema` in :mod:`wogbook.inti.skema`. :func:`load` reads
the file, checks every row against its schema, the references between tables and
the table's own rules, and returns a :class:`pandas.DataFrame`. Problems are
collected, not skipped: if anything is wrong, :class:`DataError` is raised with
one Indonesian line per problem naming the file, the line and the column. No row
is ever dropped or changed silently.

Where the tables are: ``data/`` of the repository. An installed (non-editable)
package carries a copy as ``wogbook/isi/`` (see ``pyproject.toml``). Tests point
the loader at a scratch copy with :func:`using`, never through the public API.
Parsed files are cached by content, so an edited file is always read again.
"""
from __future__ import annotations

import contextlib
import csv
import hashlib
import io
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
            if value not in allowed:
                problems.append(f"baris {line}, kolom '{column}': '{value}' tidak ada di "
                                f"{ref}.csv (kolom '{ref_column}')")
    for check in schema.checks:
        problems += check(table, other)
    if problems:
        raise DataError(path, problems)
    return table


def read_csv(path: Path, schema: Schema) -> pd.DataFrame:
    """Validate ``path`` against ``schema``; raise :class:`DataError` listing every problem.

    Quoted cells may span several lines (Alt+Enter in a spreadsheet): they are kept
    whole, and every message names the line on which its row starts.
    """
    path = Path(path)
    if not path.is_file():
        raise DataError(path, [f"berkas tidak ditemukan di {path}"])
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise DataError(path, [f"bukan teks UTF-8 (byte ke-{err.start})"]) from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for row in reader:
            rows.append((start, row))
            start = reader.line_num + 1
    except csv.Error as err:
        raise DataError(path, [f"baris {start}: tanda kutip tidak berpasangan atau salah "
                               f"tempat ({err}); kutip seluruh isi sel, dan tulis kutip di "
                               "dalam sel sebagai dua kutip (\"\")"]) from None
    if not rows:
        raise DataError(path, ["berkas kosong: baris judul kolom tidak ada"])
    header = [h.strip() for h in rows[0][1]]
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

    records, numbers, seen = [], [], {}
    for line_no, row in rows[1:]:
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
