"""Render the book's data tables as accessible HTML tables (static, no kernel needed)."""
from __future__ import annotations

import html

from . import data


class Table:
    """An HTML table with a caption; displays itself in notebooks and in the book."""

    def __init__(self, caption: str, headers: list[str], rows: list[list[str]]):
        self.caption, self.headers, self.rows = caption, headers, rows

    def _repr_html_(self) -> str:
        head = "".join(f'<th scope="col">{html.escape(h)}</th>' for h in self.headers)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>"
            for row in self.rows
        )
        return (f'<div class="wog-table-wrap"><table class="wog-table">'
                f"<caption>{html.escape(self.caption)}</caption>"
                f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>")

    def __repr__(self) -> str:
        lines = [self.caption, " | ".join(self.headers)]
        lines += [" | ".join(str(c) for c in row) for row in self.rows]
        return "\n".join(lines)


def show(name: str, columns: dict[str, str], caption: str, data_dir=None) -> Table:
    """Table ``name`` from ``data/`` with the given ``{column: header}``, in file order."""
    frame = data.load(name, data_dir)
    unknown = [c for c in columns if c not in frame.columns]
    if unknown:
        raise KeyError(f"Kolom {', '.join(unknown)} tidak ada di tabel '{name}'.")
    rows = frame[list(columns)].astype(str).values.tolist()
    return Table(caption, list(columns.values()), rows)


def tantangan(data_dir=None) -> Table:
    """The weaknesses and barriers of WoG (module section 4)."""
    return show("tantangan_wog", {"jenis": "Jenis", "butir": "Tantangan",
                                  "penjelasan": "Penjelasan", "contoh": "Contoh di Indonesia"},
                "Kekurangan dan hambatan WoG (modul bagian 4)", data_dir)
