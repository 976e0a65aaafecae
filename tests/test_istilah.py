"""Each chapter notebook's glossary for JupyterLab (wogbook.buku.istilah)."""
from __future__ import annotations

import copy
import csv
import re
import string

import nbformat
import pytest

from conftest import ROOT
from wogbook.buku import istilah

CHAPTERS = sorted((ROOT / "book").glob("*.ipynb"))


def test_both_forms_of_the_term_role_are_read():
    text = ("Pendekatan {term}`Whole of Government` (WoG) menolak suap atau\n"
            "{term}`gratifikasi <Gratifikasi>`; {cite:p}`budiati2017` bukan istilah.")
    assert istilah.terms_in(text) == {"Whole of Government", "Gratifikasi"}


def test_chapter_4_lists_the_terms_jupyterlab_myst_could_not_resolve():
    """Before this cell existed, jupyterlab-myst (its own parser, not ours) logged
    'Cross reference target was not found' for exactly these eleven terms of chapter 4."""
    nb = nbformat.read(ROOT / "book" / "04-tantangan-dan-korupsi.ipynb", as_version=4)
    listed = re.findall(r"^(.+)\n: ", nb.cells[0].source, flags=re.M)
    assert {t.lower() for t in listed} == {
        "whole of government", "akuntabilitas", "wicked problems", "ego sektoral", "insentif",
        "monopoli", "gratifikasi", "diskresi", "heuristik", "aparat penegak hukum",
        "deponering"}
    assert "Istilah di bab ini (11)" in nb.cells[0].source


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda p: p.stem)
def test_every_chapter_begins_with_its_glossary_up_to_date(path):
    nb = nbformat.read(path, as_version=4)
    uses = {t.lower() for c in nb.cells if c.cell_type == "markdown"
            and not istilah.is_glossary_cell(c) for t in istilah.terms_in(c.source)}
    cells = [c for c in nb.cells if istilah.is_glossary_cell(c)]
    if not uses:
        assert cells == [], f"{path.name} uses no term but has a glossary cell"
        return
    assert len(cells) == 1 and nb.cells[0] is cells[0], \
        f"{path.name}: the glossary must be the first cell (jupyterlab-myst renders in order)"
    assert nb.cells[0].metadata["tags"] == ["remove-cell"], "the HTML book must not show it"
    with open(ROOT / "data" / "glosarium.csv", encoding="utf-8", newline="") as f:
        table = {row["istilah"].lower(): row["definisi"] for row in csv.DictReader(f)}
    for term in uses:  # plain text in Markdown: each ASCII punctuation mark backslashed
        plain = "".join("\\" + c if c in string.punctuation else c for c in table[term])
        assert f": {plain}\n" in nb.cells[0].source, (path.name, term)
    assert not istilah.refresh(copy.deepcopy(nb)), \
        f"{path.name}: glossary cell is stale; run 'make book' (scripts/run_notebooks.py --usang)"


def test_an_edited_definition_reaches_the_cell(data_copy):
    nb = nbformat.read(ROOT / "book" / "04-tantangan-dan-korupsi.ipynb", as_version=4)
    path = data_copy / "glosarium.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "Penguasaan tunggal:", "Kuasa tunggal:"), encoding="utf-8")
    assert istilah.refresh(nb)
    assert "Monopoli\n: Kuasa tunggal\\: hanya satu pihak" in nb.cells[0].source
    assert [c.id for c in nb.cells].count(istilah.CELL_ID) == 1
    assert not istilah.refresh(nb)


def test_a_term_missing_from_the_table_is_an_indonesian_error():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(
        "Lihat {term}`Birokrasi digital`.")])
    with pytest.raises(ValueError, match="Istilah tidak ada di data/glosarium.csv: "
                                         "Birokrasi digital"):
        istilah.refresh(nb)


def test_a_chapter_that_stops_using_terms_loses_its_cell():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("{term}`Monopoli`")])
    assert istilah.refresh(nb) and len(nb.cells) == 2
    nb.cells[1].source = "Tanpa istilah."
    assert istilah.refresh(nb) and [c.source for c in nb.cells] == ["Tanpa istilah."]


def _markdown(text: str) -> str:
    """``text`` rendered by MyST's own Markdown parser, with the book's extensions."""
    from markdown_it.renderer import RendererHTML
    from myst_parser.config.main import MdParserConfig
    from myst_parser.parsers.mdit import create_md_parser

    config = MdParserConfig(enable_extensions={"colon_fence", "deflist"})
    return create_md_parser(config, RendererHTML).render(text)


@pytest.mark.parametrize("text", [
    "<img src=x onerror=alert(1)> Penguasaan tunggal",           # live HTML
    "Lihat [tautan](javascript:alert(1)) dan <https://contoh.id>",  # links
    "Gambar ![x](../../../etc/passwd) disalin ke situs",          # an image: a file copied
    "Unduh {download}`/etc/hostname` sekarang",                   # a role
    "1. *miring* **tebal** `kode` # judul | tabel | ~coret~ \\ $x$ & &lt;",
])
def test_glossary_text_is_plain_text_in_markdown(text):
    """What Markdown shows of a term or definition is exactly its text: no HTML, link,
    image, role, emphasis or list (the expected HTML is the text with & < > " escaped,
    as markdown-it escapes text)."""
    expected = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace('"', "&quot;"))
    assert _markdown(istilah.markdown_text(text)) == f"<p>{expected}</p>\n"


def test_markup_in_a_definition_shows_as_text(data_copy):
    """A definition holding HTML reaches the Glosarium page and the chapters' cells as
    text, in the book (MyST) and in JupyterLab (jupyterlab-myst) alike."""
    path = data_copy / "glosarium.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "Penguasaan tunggal:", "<img src=x onerror=alert(1)> Penguasaan tunggal:"),
        encoding="utf-8")
    page = istilah.glossary_markdown()
    line = next(x for x in page.splitlines() if "Penguasaan" in x)
    assert "<img" not in _markdown(line) and "&lt;img src=x onerror=alert(1)&gt; Penguasaan" \
        in _markdown(line)
    nb = nbformat.read(ROOT / "book" / "04-tantangan-dan-korupsi.ipynb", as_version=4)
    istilah.refresh(nb)
    line = next(x for x in nb.cells[0].source.splitlines() if "Penguasaan" in x)
    assert "<img" not in _markdown(line) and "&lt;img src=x" in _markdown(line)
