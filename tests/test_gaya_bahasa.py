"""The book's language as a trainee reads it.

* A glossary link keeps the sentence's own wording and case: a bare {term}`X` in the middle
  of a sentence is allowed only when X is the word as the sentence writes it, so an X with a
  capital letter there must be a proper name or acronym listed in PROPER (with its reason);
  a common noun is written {term}`wicked problems <Wicked problems>`.
* No programmer's jargon or code in the trainee's pages: the words of BANNED (each with the
  reason a trainee must not see it) appear neither in the sources (chapter markdown shown in
  the HTML book, data/*.csv texts, page titles of _toc.yml) nor in the visible text of the
  built pages. Scope: every page a trainee reads. The instructor's guide
  (book/panduan-pengajar.md) is the one page left out: it is for whoever installs the book on
  a hub, and rightly speaks of kernels, Python and images. Notes for those who tinker with
  the live notebook sit in markdown cells tagged ``remove-cell``: JupyterLab shows them, the
  HTML book does not, so they are outside the rule too.
* Every chapter states its learning objectives (Tujuan Pembelajaran).
"""
from __future__ import annotations

import csv
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BOOK = ROOT / "book"
#: The page left out of the trainee rule, and why: see the module docstring.
NOT_TRAINEE = {"panduan-pengajar"}

#: Glossary terms that may stand capitalised in the middle of a sentence: names, not nouns.
PROPER = {
    "Whole of Government": "nama pendekatan, ditulis kapital oleh modul dan disingkat WoG",
    "New Public Management": "nama paradigma (doktrin) administrasi publik",
    "New Public Management (NPM)": "nama paradigma, dengan singkatannya",
    "New Public Service": "nama paradigma (Denhardt dan Denhardt)",
    "Sistem Pemerintahan Berbasis Elektronik (SPBE)": "nama resmi dalam Perpres 95/2018",
    "Arsitektur SPBE": "nama dokumen resmi dalam Perpres 95/2018",
    "Indeks SPBE": "nama indeks resmi",
    "Online Single Submission (OSS)": "nama sistem resmi (PP 24/2018)",
    "Satu Data Indonesia": "nama kebijakan resmi (Perpres 39/2019)",
    "Aparat Penegak Hukum": "sebutan resmi, disingkat APH",
    "Unique Entity Number (UEN)": "nama nomor resmi Singapura",
    "Nomor Induk Kependudukan (NIK)": "nama nomor resmi, disingkat NIK",
    "Nomor Induk Berusaha (NIB)": "nama nomor resmi, disingkat NIB",
    "EGDI": "akronim",
    "G2B": "akronim", "G2C": "akronim", "G2E": "akronim", "G2G": "akronim",
}

#: Words a trainee must never see, each with the reason (and the book's own word instead).
BANNED = {
    "penjelajah": "terjemahan harfiah 'explorer'; buku memakai 'alat interaktif'",
    "kotak pasir": "terjemahan harfiah 'sandbox'; buku memakai 'Giliran Anda' / 'ruang coba'",
    "sandbox": "istilah pemrograman; buku memakai 'ruang coba'",
    "seed": "istilah pemrograman untuk benih bilangan acak; buku memakai 'deret acak'",
    "widget": "istilah pemrograman; buku memakai 'versi langsung'",
    "ipywidgets": "nama pustaka Python, bukan urusan peserta",
    "plotly": "nama pustaka gambar, bukan urusan peserta",
    "callback": "istilah pemrograman",
    "kernel": "istilah Jupyter; hanya di Panduan Pengajar",
    "lookup": "istilah pemrograman (tabel pencarian dalam kode)",
    "explorer": "nama fungsi dalam kode (bahasa Inggris)",
    "trace": "istilah plotly (bahasa Inggris)",
    "slider": "bahasa Inggris; buku memakai 'penggeser'",
    "default": "bahasa Inggris; buku memakai 'awal' atau 'bawaan'",
    "Python": "bahasa pemrograman; hanya di Panduan Pengajar dan catatan notebook",
}
# Not banned: "JavaScript". Buku Kerja's placeholder says "(perlu JavaScript di peramban)" to a
# reader whose browser has it switched off, the one reader who needs that word.
BANNED_RE = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in BANNED) + r")(?![\w-])",
                       re.IGNORECASE)
#: A call in code, e.g. `simulasi.compare(instansi=5)`: code belongs in the notebook note.
CODE_CALL = re.compile(r"`[^`\n]*\w\([^`\n]*`")

# ----------------------------------------------------------------- the sources
#: A {term} role: the text shown, and the target when it differs.
ROLE = re.compile(r"\{term\}`([^`<]+?)(?:\s*<([^>]+)>)?`")
#: What may stand before a word at the start of a line and still leave it sentence-initial:
#: list markers, heading marks, quote, table cell, definition, emphasis and opening quotes.
LINE_START = re.compile(r"^\s*(?:[-*+]\s+|\d+\.\s+|#+\s+|>\s*|\|\s*|:\s+)*[*_\"“‘'(\[]*$")


ACRONYM = re.compile(r"\b[A-Z0-9]{2,}\b")


def sentence_initial(before: str) -> bool:
    """Whether a word preceded by ``before`` (its paragraph up to the word) begins a sentence."""
    if LINE_START.match(before.split("\n")[-1]):
        return True
    core = re.sub(r"[\s*_\"“‘'(\[]+$", "", before)
    return core == "" or core[-1] in ".!?"


def case_errors(text: str) -> list[str]:
    """The glossary links of ``text`` that capitalise a common noun in mid-sentence."""
    errors = []
    for m in ROLE.finditer(text):
        start = text.rfind("\n\n", 0, m.start())
        before = text[start + 2 if start >= 0 else 0:m.start()]
        shown = m.group(1)
        words = ACRONYM.sub("", shown)  # an acronym keeps its capitals anywhere: (AUPB), SPBE
        if words != words.lower() and shown not in PROPER and not sentence_initial(before):
            errors.append(f"{m.group(0)} (…{before[-40:]!r})")
    return errors


def trainee_markdown():
    """(page, cell, text) of every markdown a trainee reads in the HTML book."""
    for path in sorted(BOOK.glob("*.ipynb")):
        if path.stem in NOT_TRAINEE:
            continue
        for i, cell in enumerate(json.loads(path.read_text(encoding="utf-8"))["cells"]):
            tags = cell.get("metadata", {}).get("tags", [])
            if cell["cell_type"] == "markdown" and "remove-cell" not in tags:
                yield path.name, i, "".join(cell["source"])
    for path in sorted(BOOK.glob("*.md")):
        if path.stem not in NOT_TRAINEE:
            yield path.name, 0, path.read_text(encoding="utf-8")


def test_the_case_rule_catches_what_it_should():
    assert case_errors("Pemerintah kesulitan mengatasi *{term}`Wicked problems`* di sektor "
                       "publik.")
    assert case_errors('> "Suatu model {term}`Pendekatan integratif fungsional satu atap`"')
    assert case_errors("meningkatkan {term}`Transparansi` dan {term}`akuntabilitas "
                       "<Akuntabilitas>`.") == [
        "{term}`Transparansi` (…'meningkatkan ')"]
    assert case_errors("- **Tanpa {term}`Kontrol hierarkis`.** Kerja sama")
    assert case_errors("alat utama {term}`e-Government` bagi") and not case_errors(
        "berdasarkan {term}`asas-asas umum pemerintahan yang baik (AUPB) <Asas-asas umum "
        "pemerintahan yang baik (AUPB)>`.")
    fine = ("{term}`Monopoli`\n: Penguasaan tunggal.\n\n- {term}`Diskresi` adalah keleluasaan.\n"
            "1. ***{term}`Single-purpose organization`*** (organisasi bertujuan tunggal).\n\n"
            "Selesai. {term}`Kolaborasi` dimulai; mengatasi {term}`wicked problems "
            "<Wicked problems>` dengan pendekatan {term}`Whole of Government` (WoG).")
    assert case_errors(fine) == []


def test_no_glossary_link_changes_the_case_of_the_word_it_links():
    errors = [f"{page} sel {i}: {e}" for page, i, text in trainee_markdown()
              for e in case_errors(text)]
    assert errors == [], "tautan glosarium mengubah huruf kata di kalimat:\n" + "\n".join(errors)


def test_the_proper_names_are_glossary_terms():
    with open(ROOT / "data" / "glosarium.csv", encoding="utf-8", newline="") as f:
        terms = {row["istilah"] for row in csv.DictReader(f)}
    assert set(PROPER) <= terms, set(PROPER) - terms


def reader_csv_texts():
    """(file, row, text) of every text cell of data/*.csv (all of it reaches a reader)."""
    for path in sorted((ROOT / "data").glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as f:
            for n, row in enumerate(csv.DictReader(f), start=2):
                for column, value in row.items():
                    if value and not re.fullmatch(r"[-\d.,]+", value):
                        yield f"{path.name} baris {n} kolom {column}", value


def test_the_banned_list_catches_what_it_should():
    assert BANNED_RE.search("Penjelajah di bawah") and BANNED_RE.search("versi widget langsung")
    assert BANNED_RE.search("untuk *seed* yang sama") and BANNED_RE.search("kotak pasir")
    assert not BANNED_RE.search("wogbook-widget") and not BANNED_RE.search("penjelajahan")
    assert CODE_CALL.search("`simulasi.compare(instansi=5, ego=0.8)`")
    assert not CODE_CALL.search("`requirements.txt`")


def test_no_jargon_or_code_in_the_trainees_sources():
    found = []
    for page, i, text in trainee_markdown():
        plain = re.sub(r"\{(?:cite|cite:p|cite:t)\}`[^`]*`|\]\([^)]*\)", "", text)
        for m in BANNED_RE.finditer(plain):
            found.append(f"{page} sel {i}: {m.group(0)!r} …{plain[max(0, m.start() - 50):m.end()]!r}")
        for m in CODE_CALL.finditer(plain):
            found.append(f"{page} sel {i}: kode {m.group(0)}")
    for where, value in reader_csv_texts():
        for m in BANNED_RE.finditer(value):
            found.append(f"{where}: {m.group(0)!r} …{value[:80]!r}")
    for line in (ROOT / "_toc.yml").read_text(encoding="utf-8").splitlines():
        if "caption" in line and BANNED_RE.search(line):
            found.append(f"_toc.yml: {line.strip()}")
    assert found == [], "kata terlarang di teks peserta:\n" + "\n".join(found)


@pytest.mark.parametrize("path", sorted(p.name for p in BOOK.glob("0*.ipynb")))
def test_every_chapter_states_its_learning_objectives(path):
    cells = json.loads((BOOK / path).read_text(encoding="utf-8"))["cells"]
    text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    head = re.search(r"## Tujuan Pembelajaran\n\nSetelah mempelajari bab ini, Anda dapat:\n\n"
                     r"((?:(?:- |  ).+\n?)+)", text)
    assert head, f"{path}: tidak ada bagian 'Tujuan Pembelajaran'"
    assert len(re.findall(r"^- ", head.group(1), re.M)) >= 3


# --------------------------------------------------------------- the built pages
class _Visible(HTMLParser):
    """The text a reader sees in a built page: no scripts, styles, hidden parts, or the
    code of a cell (hidden behind "tampilkan kode" and not the trainee's text)."""

    SKIP = {"script", "style", "noscript", "template", "head", "svg"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.parts = [], []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        hidden = (tag in self.SKIP or "hidden" in a or a.get("aria-hidden") == "true"
                  or "cell_input" in classes or "highlight" in classes)
        self.stack.append(hidden or (bool(self.stack) and self.stack[-1]))

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not (self.stack and self.stack[-1]):
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _Visible()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def test_no_jargon_in_the_built_pages_visible_text(built_book):
    pages = [p for p in sorted(built_book.glob("book/*.html")) if p.stem not in NOT_TRAINEE]
    pages.append(built_book / "index.html") if (built_book / "index.html").exists() else None
    assert len(pages) >= 13
    found = []
    for page in pages:
        text = visible_text(page.read_text(encoding="utf-8"))
        if page.stem[0].isdigit():  # the parser reads the chapter's own text
            assert "Tujuan Pembelajaran" in text and "Rangkuman" in text, page.name
        found += [f"{page.name}: {m.group(0)!r} …{text[max(0, m.start() - 60):m.end() + 20]!r}"
                  for m in BANNED_RE.finditer(text)]
    assert found == [], "kata terlarang di halaman buku:\n" + "\n".join(found)


def test_the_visible_text_leaves_out_code_and_scripts():
    html = ('<p>Alat interaktif</p><script>var widget = 1;</script><div class="cell_input">'
            '<pre>korupsi.explorer()</pre></div><span hidden>seed</span><p>selesai</p>')
    assert visible_text(html) == "Alat interaktif selesai"
