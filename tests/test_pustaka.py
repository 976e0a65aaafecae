"""The book's citations: every author–year citation written in the visible text of a chapter
or page ("Pollitt (2003)", "(Janowski, 2015)", "Layne dan Lee (2001)", "MAC (2004)") and every
pair of authors named without a year ("Carey dan Crammond") resolves to an entry of
book/references.bib that the same page cites with a citation role; every ``{cite:*}`` key
exists; the entries whose facts the research notes record (the CES Primer's authors, the
journal articles' volumes and pages) agree with the notes, and what the notes call unverified
is marked unverified in the entry. The expected values are read from the research notes
(tests/riset/RESEARCH-NOTES.md, a copy of the project's shared notes), never from the bib."""
from __future__ import annotations

import codecs
import csv
import os
import re
from functools import lru_cache
from pathlib import Path

import latexcodec  # noqa: F401  (registers the "ulatex" codec; a pybtex dependency)
import nbformat
import pytest
from pybtex.database import parse_file

from conftest import ROOT

BIB = ROOT / "book" / "references.bib"
NOTES = ROOT / "tests" / "riset" / "RESEARCH-NOTES.md"
#: the shared original of the notes, when this checkout has it next to it
SHARED_NOTES = Path(os.environ.get("WOG_CATATAN_RISET", "/work/shared/data/RESEARCH-NOTES.md"))
PAGES = sorted((ROOT / "book").glob("*.ipynb")) + sorted((ROOT / "book").glob("*.md"))

CITE = re.compile(r"\{cite(?::[a-z]+)?\}`([^`]*)`")
FENCE = re.compile(r"^\s*(?:`{3,}|:{3,}).*$", re.M)
ROLE_OR_CODE = re.compile(r"\{[a-z:]+\}`[^`\n]*`|`[^`\n]*`")
#: quoted text is the module's own wording (wrong years and spellings included), not a citation
QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”")
NAME = r"[A-Z][A-Za-zÀ-ÖØ-öø-ÿ'’-]{1,}"
YEAR = r"(?:19|20)\d\d"
#: Name (2003) · Name dan Name (2006) · (Name, 2015) · (Name 2015) · Name, 2014: 435
AUTHOR_YEAR = [
    re.compile(rf"(?:\b({NAME}) (?:dan|&|and) )?\b({NAME}) \(({YEAR})\b"),
    re.compile(rf"\((?:({NAME}) (?:dan|&|and) )?({NAME}),? ({YEAR})\b"),
    re.compile(rf"(?:dalam|mengutip|melalui|oleh) (?:({NAME}) (?:dan|&|and) )?({NAME}),? ({YEAR})\b"),
]
#: two capitalised names joined by "dan"/"&" right after a word that introduces an author
AUTHOR_PAIR = re.compile(rf"(?:dirangkum|menurut|karya|oleh|mengutip|melalui|Menurut) ({NAME}) "
                         rf"(?:dan|&) ({NAME})\b")
#: capitalised words before "(year)" that are not authors: places, periods, plans, models
NOT_AUTHORS = {
    "Australia", "Inggris", "Singapura", "Indonesia", "Bengkulu", "Agency", "Transition", "Integration",
    "Age", "Golden", "II", "III", "IV", "Tahap", "Bab", "Babak", "Perpres", "Gambar", "Tabel",
    "Government", "SPBE", "EGDI", "IPK", "CPI", "Survey", "Januari", "Februari", "Maret", "April",
    "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember", "Rp",
}


def visible_text(path: Path) -> str:
    """What a reader sees: markdown cells that are not removed (the JupyterLab glossary cell
    is), or the whole page."""
    if path.suffix == ".md":
        return path.read_text(encoding="utf-8")
    nb = nbformat.read(path, as_version=4)
    return "\n\n".join(c.source for c in nb.cells if c.cell_type == "markdown"
                       and "remove-cell" not in c.metadata.get("tags", []))


@lru_cache(maxsize=1)
def bib():
    return parse_file(str(BIB), bib_format="bibtex").entries


def surnames(entry) -> list[str]:
    """Last names of the authors (and their given names, for "Robinson, Mark (2015)"); a
    corporate author also by its initials (MAC, IPAA, APSC)."""
    names = []
    for person in entry.persons.get("author", []):
        names += [codecs.decode(n, "ulatex") for n in person.first_names]
        last = codecs.decode(" ".join(person.last_names), "ulatex").replace("{", "").replace("}", "")
        names.append(last)
        words = [w for w in re.split(r"[\s{}]+", last) if w[:1].isupper()]
        if len(words) > 1:
            names.append("".join(w[0] for w in words))
    return names


def matches(name: str, entry) -> bool:
    plain = name.replace("’", "'")
    return any(plain == n or plain in n.split() for n in surnames(entry))


def citations(text: str) -> set[str]:
    return {key.strip() for keys in CITE.findall(text) for key in keys.split(",")}


def bare(text: str) -> str:
    """The prose: without directive fences, roles, inline code and quoted wording."""
    return QUOTED.sub(" ", ROLE_OR_CODE.sub(" ", FENCE.sub(" ", text)))


def author_year(text: str) -> list[tuple[tuple[str, ...], str]]:
    """(surnames, year) of every author–year citation in the text, outside roles and quotes."""
    plain = bare(text)
    found = []
    for pattern in AUTHOR_YEAR:
        for first, second, year in pattern.findall(plain):
            names = tuple(n for n in (first, second) if n)
            if not set(names) & NOT_AUTHORS:
                found.append((names, year))
    return found


def author_pairs(text: str) -> list[tuple[str, str]]:
    plain = bare(text)
    return [p for p in AUTHOR_PAIR.findall(plain) if not set(p) & NOT_AUTHORS]


def resolve(names: tuple[str, ...], year: str | None, cited: set[str]) -> list[str]:
    """Keys of the bib entries cited on the page whose authors (and year) match."""
    return [key for key in cited if key in bib()
            and all(matches(n, bib()[key]) for n in names)
            and (year is None or bib()[key].fields.get("year") == year)]


def test_the_detector_finds_the_issue_examples():
    """The patterns catch the forms the issue named, and not the module's quoted wording."""
    text = ("Menurut Pollitt (2003), sebagaimana dirangkum Carey dan Crammond. Lihat juga "
            "(Janowski, 2015) dan Layne dan Lee (2001); Samuel Paul (2012: 4, dikutip dalam "
            "Hardjaloka, 2014: 435). Modul menulis \"Christensen & Legreid, 2017\".")
    assert author_year(text) == [(("Pollitt",), "2003"), (("Layne", "Lee"), "2001"),
                                 (("Paul",), "2012"), (("Janowski",), "2015"),
                                 (("Hardjaloka",), "2014")]
    assert author_pairs(text) == [("Carey", "Crammond")]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_cite_key_exists(page):
    missing = sorted(citations(visible_text(page)) - set(bib()))
    assert not missing, f"{page.name}: kunci sitasi tanpa butir di references.bib: {missing}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_author_year_citation_resolves_to_a_cited_entry(page):
    text = visible_text(page)
    cited = citations(text)
    unresolved = sorted({f"{' & '.join(n)} ({y})" for n, y in author_year(text)
                         if not resolve(n, y, cited)})
    assert not unresolved, (f"{page.name}: sitasi penulis–tahun tanpa butir references.bib yang "
                            f"dikutip dengan peran sitasi di halaman ini: {unresolved}")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_pair_of_authors_resolves_to_a_cited_entry(page):
    text = visible_text(page)
    cited = citations(text)
    unresolved = sorted({f"{a} & {b}" for a, b in author_pairs(text)
                         if not resolve((a, b), None, cited)})
    assert not unresolved, f"{page.name}: penulis tanpa butir references.bib: {unresolved}"


def test_the_named_works_of_the_issue_are_cited():
    """Pollitt 2003, Carey & Crammond, Janowski, Lee 2010, Andersen & Henriksen, IPAA 2002 and
    the Wikipedia article: each is an entry, cited where the text names it."""
    cited = set().union(*(citations(visible_text(p)) for p in PAGES))
    for names, year in [(("Pollitt",), "2003"), (("Carey", "Crammond"), None),
                        (("Janowski",), "2015"), (("Lee",), "2010"),
                        (("Andersen", "Henriksen"), "2006"), (("IPAA",), "2002"),
                        (("Wikipedia",), None)]:
        assert resolve(names, year, cited), f"{names} {year}: tidak ada butir yang dikutip"


# --------------------------------------------------------------- the research notes
@lru_cache(maxsize=1)
def notes() -> str:
    return NOTES.read_text(encoding="utf-8")


def test_the_notes_copy_is_the_shared_notes():
    if not SHARED_NOTES.exists():
        pytest.skip(f"catatan riset bersama tidak ada di {SHARED_NOTES}")
    assert NOTES.read_text(encoding="utf-8") == SHARED_NOTES.read_text(encoding="utf-8"), \
        "tests/riset/RESEARCH-NOTES.md tertinggal dari catatan riset bersama: salin ulang"


def full_name(person) -> str:
    return codecs.decode(" ".join(person.first_names + person.middle_names + person.last_names),
                         "ulatex")


def test_ces_primer_authors_title_and_year_are_those_of_the_notes():
    match = re.search(r"\*\*Authors \(V, the report's own title page\):\*\*\s*(.+?),\s+to be "
                      r"cited as \"(.+?)\(\s*(\d{4})\)\s*(.+?)\. Dublin", notes(), re.S)
    assert match, "catatan riset tidak lagi memuat nama penulis Primer CES"
    authors = re.split(r",\s*|\s+and\s+", " ".join(match.group(1).split()))
    entry = bib()["colgan2014"]
    assert [full_name(p) for p in entry.persons["author"]] == authors
    assert entry.fields["year"] == match.group(3)
    assert entry.fields["title"].casefold() == " ".join(match.group(4).split()).casefold()
    assert "Centre for Effective Services" in entry.fields["howpublished"]
    # the notes say why the module writes 2015: the entry says so too
    assert "June 2015" in notes() and "2015" in entry.fields["note"]


#: (bib key, pattern in the notes giving year [, volume [, number | pages]])
ARTICLES = [
    ("layne2001", r"Layne & Lee \((\d{4})\).*?Quarterly\* (\d+):(\d+)–(\d+)", ("year", "volume", "pages")),
    ("janowski2015", r"Janowski \((\d{4})\), \*GIQ\* (\d+)\((\d+)\)", ("year", "volume", "number")),
    ("lee2010", r"Jungwoo Lee \((\d{4})\), \*GIQ\* (\d+)", ("year", "volume")),
    ("andersen2006", r"Andersen & Henriksen \((\d{4})\)", ("year",)),
    ("rittel1973", r"Rittel & Webber \((\d{4})\), \*Policy Sciences\* (\d+)", ("year", "volume")),
    ("christensen2007", r"Christensen & Lægreid \((\d{4})\)", ("year",)),
    ("klitgaard1988", r"Klitgaard \((\d{4}): (\d+)\)", ("year", "page")),
]


@pytest.mark.parametrize("key,pattern,fields", ARTICLES, ids=[a[0] for a in ARTICLES])
def test_article_fields_agree_with_the_notes(key, pattern, fields):
    match = re.search(pattern, notes())
    assert match, f"catatan riset tidak memuat {pattern!r}"
    entry, values = bib()[key], list(match.groups())
    if "pages" in fields:
        values[fields.index("pages"):] = [f"{values[-2]}--{values[-1]}"]
    for field, value in zip(fields, values):
        if field == "page":  # the page is quoted in the text and the entry's note
            assert f"halaman {value}" in entry.fields["note"]
        else:
            assert entry.fields[field] == value, (key, field)


#: what the notes mark unverified (U) for an entry → the entry's note says "belum terverifikasi"
UNVERIFIED = [
    ("christensen2007", r"\*\*U:\*\* the volume/issue/pages"),
    ("klitgaard1988", r"\*\*U:\*\* publisher"),
    ("hardjaloka2014", r"I could not find Hardjaloka"),
    ("halligan2011", r"Halligan's definition: U"),
    ("colgan2014", r"\*\*U:\*\* I could not read its list of drivers"),
]


@pytest.mark.parametrize("key,pattern", UNVERIFIED, ids=[u[0] for u in UNVERIFIED])
def test_what_the_notes_leave_unverified_is_marked(key, pattern):
    assert re.search(pattern, notes()), f"catatan riset tidak lagi memuat {pattern!r}"
    note = bib()[key].fields.get("note", "")
    assert re.search(r"belum (?:dapat )?(?:terverifikasi|diverifikasi|diperiksa|dapat kami baca)",
                     note) or key == "colgan2014", (key, note)
    if key == "colgan2014":  # the Primer's lists are unread: the chapters say so
        for page in ("03-faktor-pendorong.ipynb", "04-tantangan-dan-korupsi.ipynb"):
            assert "belum dapat kami baca" in visible_text(ROOT / "book" / page)


# ------------------------------------------------------------- the issue's case facts
def test_cicak_versus_buaya_has_three_sourced_rounds():
    """The module's 'Cicak versus Buaya 1 sampai dengan 3': the notes give round II (2012,
    the simulator case and Novel Baswedan); chapter 4 tells all three, each with a citation."""
    assert re.search(r"Round II \(2012\).*Novel Baswedan", notes(), re.S)
    text = visible_text(ROOT / "book" / "04-tantangan-dan-korupsi.ipynb")
    rounds = re.findall(r"^- \*\*Babak (I{1,3}) \((\d{4})\)\.\*\*(.*?)(?=^- |^\*\*|\Z)", text,
                        re.S | re.M)
    assert [(r, y) for r, y, _ in rounds] == [("I", "2009"), ("II", "2012"), ("III", "2015")]
    for numeral, _, body in rounds:
        assert citations(body) <= set(bib()) and citations(body), f"Babak {numeral} tanpa sitasi"
    assert "Novel Baswedan" in rounds[1][2] and "simulator" in rounds[1][2]


def spbe_texts():
    """Every paragraph of the chapters and every quiz question/option naming both values."""
    for page in PAGES:
        for para in re.split(r"\n\s*\n", visible_text(page)):
            yield page.name, para
    for name in ("kuis_soal", "kuis_opsi"):
        with open(ROOT / "data" / f"{name}.csv", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                yield name, " ".join(row.values())


def test_spbe_values_come_with_the_sample_change():
    """2,24 (2021) and 2,79 (2023) are averages over 517 and 621 agencies: wherever both are
    read together, the sample sizes are stated, and no text calls the change measured progress."""
    both = [(where, t) for where, t in spbe_texts() if "2,24" in t and "2,79" in t]
    assert both
    for where, t in both:
        assert "517" in t and "621" in t, f"{where}: {t[:120]}"
        assert "kemajuan yang terukur" not in t and "kemajuan kematangan SPBE rata-rata " \
            "nasional yang terukur" not in t, where
