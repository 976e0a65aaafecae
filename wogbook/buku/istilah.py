"""The book's glossary, from ``data/glosarium.csv``, in the two places a reader meets it.

* the **Glosarium page** of the HTML book (:func:`glossary_markdown`, filled in by the
  Sphinx extension): every term; the chapters' ``{term}`` roles link to it;
* the **live notebook** in JupyterLab, Binder or a hub (:func:`chapter_glossary`):
  jupyterlab-myst resolves a ``{term}`` role only against a glossary in the same notebook
  (otherwise it logs "Cross reference target was not found" in the browser console and
  the term links nowhere), and it renders the cells in order, each time resolving the
  roles of the cells rendered so far. So each chapter notebook *begins* with a cell
  holding the glossary of the terms that chapter uses (in a closed dropdown), tagged
  ``remove-cell`` (the HTML book links to its Glosarium page instead). :func:`refresh`
  writes that cell; ``scripts/run_notebooks.py`` calls it, so ``make notebooks`` and
  ``make book`` keep it in step with the table.
"""
from __future__ import annotations

import re

from ..inti import data

#: A ``{term}`` role: ``{term}`Monopoli``` or ``{term}`gratifikasi <Gratifikasi>```.
TERM_ROLE = re.compile(r"\{term\}`([^`]+)`")
#: The metadata that marks a notebook's glossary cell (written by :func:`refresh`).
CELL_MARK = {"istilah": True}
CELL_ID = "istilah-bab"
TITLE = "Istilah di bab ini"


#: Every ASCII punctuation character: CommonMark (MyST in the book, jupyterlab-myst in Lab)
#: shows any of them written with a backslash as the character itself.
PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def markdown_text(text: str) -> str:
    """``text`` as plain text inside Markdown: no character of it starts markup. Markdown
    would pass HTML through as live HTML, make links and images (an image copies a file of
    the build machine into the site), roles, emphasis and lists; each punctuation mark is
    therefore written with a backslash, which shows it as it is."""
    return PUNCTUATION.sub(r"\\\1", str(text))


def _rows(terms: set[str] | None = None) -> list[tuple[str, str]]:
    """(term, definition) of the table, sorted as the Glosarium page shows them;
    only ``terms`` (compared without case, as Sphinx and MyST compare them) if given. Both
    are plain text in Markdown (:func:`markdown_text`), in the book and in JupyterLab
    alike; the term as shown is the term as written, so the roles still find it."""
    table = data.load("glosarium").sort_values("istilah", key=lambda s: s.str.lower())
    rows = [(r.istilah, r.definisi) for r in table.itertuples()]
    if terms is None:
        return rows
    known = {term.lower() for term, _ in rows}
    unknown = sorted(t for t in terms if t.lower() not in known)
    if unknown:
        raise ValueError(f"Istilah tidak ada di data/glosarium.csv: {', '.join(unknown)}; "
                         "tambahkan barisnya atau perbaiki peran {term} di bab.")
    wanted = {t.lower() for t in terms}
    return [(term, text) for term, text in rows if term.lower() in wanted]


def glossary_markdown() -> str:
    """The MyST ``glossary`` directive of every term in ``data/glosarium.csv``, sorted
    (Sphinx's form: a term line, then its indented definition)."""
    entries = [f"{markdown_text(term)}\n  {markdown_text(text)}\n" for term, text in _rows()]
    return "```{glossary}\n" + "\n".join(entries) + "```\n"


def terms_in(markdown: str) -> set[str]:
    """The glossary terms the ``{term}`` roles of ``markdown`` point to."""
    found = set()
    for inside in TERM_ROLE.findall(markdown):
        target = re.search(r"<([^<>]+)>\s*$", inside)
        found.add((target.group(1) if target else inside).strip())
    return found


def chapter_glossary(markdown: str) -> str | None:
    """The glossary cell of a chapter whose markdown is ``markdown`` (None: it has no
    ``{term}`` role): the terms it uses, in mystmd's form (a definition list) inside a
    closed dropdown; jupyterlab-myst shows each definition as a hover card over the term."""
    terms = terms_in(markdown)
    if not terms:
        return None
    entries = "\n".join(f"{markdown_text(term)}\n: {markdown_text(text)}\n"
                        for term, text in _rows(terms))
    return ("% Dibuat dari data/glosarium.csv oleh scripts/run_notebooks.py: jangan disunting "
            "di sini.\n"
            f"````{{dropdown}} {TITLE} ({len(terms)})\n"
            "Definisi istilah bertautan di bab ini. Arahkan penunjuk ke istilah di teks untuk "
            "membacanya di tempat; semua istilah buku ada di halaman *Glosarium* buku.\n\n"
            "```{glossary}\n" + entries + "```\n````\n")


def is_glossary_cell(cell) -> bool:
    return cell.get("metadata", {}).get("wogbook") == CELL_MARK


def refresh(nb) -> bool:
    """Put the chapter's glossary cell, up to date, at the start of notebook ``nb`` (an
    nbformat notebook; a chapter without terms gets none). True if ``nb`` changed."""
    import nbformat

    before = nbformat.writes(nb)
    cells = [c for c in nb.cells if not is_glossary_cell(c)]
    text = chapter_glossary("\n".join(c.source for c in cells if c.cell_type == "markdown"))
    if text is not None:
        cell = nbformat.v4.new_markdown_cell(text)
        cell.id = CELL_ID  # the same cell on every run: no noise in the diff
        cell.metadata = {"tags": ["remove-cell"], "wogbook": dict(CELL_MARK)}
        cells.insert(0, cell)  # first: jupyterlab-myst renders the cells in order
    nb.cells = cells
    return nbformat.writes(nb) != before
