"""The rules of the book's tables that look across rows or across tables.

Each rule is ``rule(table, load) -> [problem, ...]``: ``table`` is the table being
loaded (``data.lines(table)`` gives each row's line in the file), ``load`` reads another
table, and every problem is one Indonesian line naming the row and column. The schemas
in :mod:`wogbook.inti.skema` list which rules a table has; the constants here are the
counts and codes the interactives are drawn for.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd

from .data import fill, near, problem

#: Chapters a quiz question may belong to (one quiz per chapter page).
QUIZ_CHAPTERS = ("bab1", "bab1a", "bab2", "bab3", "bab4", "bab5", "bab6", "bab7", "bab8")
#: The predictions of the book (``data/tebakan.csv``): one row each, under these keys.
PREDICTIONS = ("bab1a.tebakan", "bab2.tebakan", "bab3.tebakan", "bab4.tebakan", "bab5.tebakan",
               "bab6.tebakan", "bab7.tebakan", "bab8.tebakan")
#: The chapters a workbook entry can belong to, as the workbook names them.
WORKBOOK_CHAPTERS = ("1", "1.1", "2", "3", "4", "5", "6", "7", "8")
#: Chapters of the concept map (chapter 7 sums up chapters 1–7).
MAP_CHAPTERS = tuple(range(1, 8))
#: The maturity timeline starts in this year (chapter 6).
TIMELINE_START = 2000
#: The simulation of section 1.1 runs with 1 to this many agencies (its slider's range).
SIM_AGENCIES = 8


def agencies_numbered(table, _load) -> list[str]:
    """The simulation's agencies are numbered 1, 2, …, SIM_AGENCIES: each slider position
    needs exactly one agency name."""
    found = sorted(table["urutan"])
    wanted = list(range(1, SIM_AGENCIES + 1))
    if found == wanted:
        return []
    missing = [str(n) for n in wanted if n not in found]
    return [f"kolom 'urutan' harus berisi tepat 1–{SIM_AGENCIES} (satu instansi untuk setiap "
            f"posisi penggeser 'Jumlah instansi'); yang belum ada: {', '.join(missing)}"]


def quiz_answers(table, load) -> list[str]:
    """Every question has at least two options and as many right answers as its type says."""
    questions = load("kuis_soal")
    problems = []
    for qid, kind in zip(questions["soal_id"], questions["jenis"]):
        answers = table[table["soal_id"] == qid]
        right = int(answers["benar"].sum())
        if len(answers) < 2:
            problems.append(f"soal '{qid}': perlu sedikitnya 2 pilihan jawaban (ada {len(answers)})")
        if kind == "satu" and right != 1:
            problems.append(f"soal '{qid}' berjenis 'satu' tetapi jawaban benarnya {right}")
        if kind == "banyak" and right < 1:
            problems.append(f"soal '{qid}' berjenis 'banyak' tetapi tidak ada jawaban benar")
    return problems


def map_chapters(table, _load) -> list[str]:
    """The 'bab' cell of a concept is one or more chapter numbers 1–7, separated by spaces."""
    problems = []
    for row, raw in enumerate(table["bab"]):
        try:
            values = [int(tok) for tok in raw.split()]
        except ValueError:
            values = []
        if not values or any(v not in MAP_CHAPTERS for v in values):
            problems.append(problem(table, row, "bab",
                                    f"'{raw}' harus nomor bab 1–7, dipisah spasi"))
    return problems


def links_are_barriers(table, load) -> list[str]:
    """A driver is linked only to challenges of the kind 'hambatan'."""
    challenges = load("tantangan_wog")
    barriers = set(challenges.loc[challenges["jenis"] == "hambatan", "butir"])
    return [problem(table, row, "butir_hambatan",
                    f"'{value}' bukan butir berjenis 'hambatan' di tantangan_wog.csv")
            for row, value in enumerate(table["butir_hambatan"]) if value not in barriers]


#: The centre and the four categories of the drivers & challenges explorer (bab 3).
DRIVER_CATEGORIES = ("WoG", "internal", "eksternal", "kekurangan", "hambatan")


def every_category_once(table, _load) -> list[str]:
    """The centre and every category have a text; only the challenges need 'sumber_butir'
    (tantangan_wog.csv has no source column, faktor_pendorong.csv has one per row)."""
    problems = [f"kategori '{k}' tidak punya baris; setiap kategori "
                f"({', '.join(DRIVER_CATEGORIES)}) perlu satu baris"
                for k in DRIVER_CATEGORIES if k not in set(table["kategori"])]
    for row, (kategori, sumber) in enumerate(zip(table["kategori"], table["sumber_butir"])):
        needed, empty = kategori in ("kekurangan", "hambatan"), pd.isna(sumber)
        if needed and empty:
            problems.append(problem(table, row, "sumber_butir", f"wajib diisi untuk '{kategori}' "
                                    "(sumber butir-butir tantangan_wog.csv)"))
        elif not needed and not empty:
            problems.append(problem(table, row, "sumber_butir", f"kosongkan untuk '{kategori}': "
                                    "sumber pendorong ditulis per butir di faktor_pendorong.csv"))
    return problems


def example_profile(table, load) -> list[str]:
    """One example agency, scoring only drivers and barriers (the items of the profile)."""
    challenges = load("tantangan_wog")
    scored = set(load("faktor_pendorong")["faktor"]) | set(
        challenges.loc[challenges["jenis"] == "hambatan", "butir"])
    problems = [problem(table, row, "butir", f"'{value}' bukan faktor di faktor_pendorong.csv "
                        "atau butir berjenis 'hambatan' di tantangan_wog.csv")
                for row, value in enumerate(table["butir"]) if value not in scored]
    first = table["instansi"].iloc[0]
    problems += [problem(table, row, "instansi", f"'{value}' berbeda dari '{first}' (baris "
                         f"{table.attrs['baris'][0]}); berkas ini memuat satu instansi contoh")
                 for row, value in enumerate(table["instansi"]) if value != first]
    return problems


def stages_follow(table, _load) -> list[str]:
    """Stages are numbered 1, 2, 3, … and their periods join up, the last one open."""
    rows = table.to_dict("records")
    order = sorted(range(len(rows)), key=lambda i: rows[i]["tahap"])
    rows = [rows[i] for i in order]
    problems = []
    if [r["tahap"] for r in rows] != list(range(1, len(rows) + 1)):
        problems.append("kolom 'tahap' harus berurutan 1, 2, 3, … tanpa loncatan")
    if rows and rows[0]["tahun_mulai"] != TIMELINE_START:
        problems.append(f"tahap 1 harus mulai pada {TIMELINE_START} (awal linimasa); "
                        f"tertulis {rows[0]['tahun_mulai']}")
    for now, nxt in zip(rows, rows[1:]):
        if now["tahun_selesai"] != nxt["tahun_mulai"] or nxt["tahun_mulai"] <= now["tahun_mulai"]:
            problems.append(f"tahap {now['tahap']} berakhir {now['tahun_selesai']}, tetapi tahap "
                            f"{nxt['tahap']} mulai {nxt['tahun_mulai']}: periode harus bersambung")
    if rows and not pd.isna(rows[-1]["tahun_selesai"]):
        problems.append(f"tahap terakhir ({rows[-1]['tahap']}) harus berlaku sampai sekarang: "
                        "kosongkan 'tahun_selesai'")
    return problems


def tools_have(function: str, what: str):
    """A rule: each row's ``alat`` names an interactive of the package with ``function``."""
    def check(table, _load) -> list[str]:
        import importlib

        problems = []
        for row, tool in enumerate(table["alat"]):
            try:
                module = importlib.import_module(f"wogbook.{tool}")
            except ImportError:
                module = None
            if not callable(getattr(module, function, None)):
                problems.append(problem(table, row, "alat",
                                        f"'{tool}' bukan alat interaktif yang punya {what}; tulis "
                                        "seperti 'bab4.korupsi' (folder bab dan nama berkas)"))
        return problems
    return check


#: Each Mode Kelas screen names an interactive of the package that has a live widget.
screens_exist = tools_have("widget", "widget langsung")


def every_prediction(table, _load) -> list[str]:
    """Every prediction of the book has its words (a foreign key is refused by the schema)."""
    return [f"tebakan '{k}' tidak punya baris (kolom 'kunci'); setiap tebakan buku wajib ada: "
            f"{', '.join(PREDICTIONS)}" for k in PREDICTIONS if k not in set(table["kunci"])]


def every_stage_has_traits(table, load) -> list[str]:
    stages = set(load("tahap_maturasi")["tahap"])
    return [f"tahap {s} tidak punya satu pun ciri" for s in sorted(stages - set(table["tahap"]))]


#: Kinds of actors and of links in the networks of the maturity stages (chapter 6).
NODE_KINDS = ("pusat", "instansi", "layanan", "warga", "swasta")
EDGE_KINDS = ("akses", "koordinasi", "jejaring", "swasta_koordinasi", "swasta_inklusi")
#: What a network summary may count: {pemerintah} links inside government, {semua} links.
SUMMARY_FIELDS = ("pemerintah", "semua")


def network_groups(table, load) -> list[str]:
    """Every stage has a network; group members are actors; summaries use known fields."""
    actors = set(load("jejaring_simpul")["simpul"])
    problems = [f"tahap {s} tidak punya baris jejaring" for s in
                sorted(set(load("tahap_maturasi")["tahap"]) - set(table["tahap"]))]
    for row, record in enumerate(table.to_dict("records")):
        for column in ("silo", "klaster"):
            cell = record[column] if isinstance(record[column], str) else ""
            unknown = [m for m in cell.split() if m not in actors]
            if unknown:
                problems.append(problem(table, row, column,
                                        f"{', '.join(unknown)} tidak ada di jejaring_simpul.csv "
                                        f"(kolom 'simpul'); yang ada: {', '.join(sorted(actors))}"))
        try:
            fill(record["ringkasan"], **dict.fromkeys(SUMMARY_FIELDS, 0))
        except (KeyError, IndexError, ValueError):
            problems.append(problem(table, row, "ringkasan",
                                    "kurung kurawal hanya boleh berisi "
                                    + " atau ".join(f"{{{f}}}" for f in SUMMARY_FIELDS)))
    return problems


def links_join_two_actors(table, _load) -> list[str]:
    """A link joins two different actors, and each pair once per stage."""
    problems, seen = [], {}
    for row, r in enumerate(table.to_dict("records")):
        if r["dari"] == r["ke"]:
            problems.append(problem(table, row, "ke", f"'{r['ke']}' sama dengan 'dari'"))
        pair = (r["tahap"], frozenset((r["dari"], r["ke"])))
        if pair in seen:
            problems.append(problem(table, row, "ke", f"hubungan {r['dari']}–{r['ke']} tahap "
                                    f"{r['tahap']} sudah ada di baris {seen[pair]}"))
        seen.setdefault(pair, table.attrs["baris"][row])
    return problems


def criteria_per_stage(table, load) -> list[str]:
    """Stage 1 asks nothing; every later stage asks at least one thing."""
    stages = sorted(load("tahap_maturasi")["tahap"])
    problems = [problem(table, row, "tahap", "tahap 1 tidak boleh punya syarat (tahap awal)")
                for row, t in enumerate(table["tahap"]) if t == stages[0]]
    problems += [f"tahap {s} tidak punya satu pun syarat" for s in stages[1:]
                 if s not in set(table["tahap"])]
    return problems


#: The four relation models of e-government (bab 5); each figure draws all four.
RELATION_CODES = ("P-R", "P-B", "P-P", "P-A")
#: The three factors of Klitgaard's heuristic (bab 4 and 5).
KLITGAARD_FACTORS = ("monopoli", "diskresi", "akuntabilitas")


def every_factor(table, _load) -> list[str]:
    """All three factors of the heuristic are present, once each."""
    missing = [f for f in KLITGAARD_FACTORS if f not in set(table["unsur"])]
    return [f"unsur '{f}' tidak ada; ketiga unsur wajib ada: {', '.join(KLITGAARD_FACTORS)}"
            for f in missing]


def effects_reduce_corruption(table, load) -> list[str]:
    """An anti-corruption function weakens a '+' factor and strengthens the '−' one."""
    signs = dict(zip(load("unsur_klitgaard")["unsur"], load("unsur_klitgaard")["tanda"]))
    problems = []
    for row, (factor, effect) in enumerate(zip(table["unsur"], table["pengaruh"])):
        expected = "melemahkan" if signs.get(factor) == "+" else "menguatkan"
        if factor in signs and effect != expected:
            problems.append(problem(
                table, row, "pengaruh",
                f"'{effect}' menambah peluang korupsi: unsur '{factor}' bertanda "
                f"'{signs[factor]}' di unsur_klitgaard.csv, jadi fungsi antikorupsi harus "
                f"'{expected}'"))
    return problems


def every_function_has_effect(table, load) -> list[str]:
    """Every function of fungsi_antikorupsi.csv acts on at least one factor."""
    linked = set(table["no"])
    return [f"fungsi nomor {no} di fungsi_antikorupsi.csv tidak punya satu pun pengaruh"
            for no in load("fungsi_antikorupsi")["no"] if no not in linked]


#: Texts of the chapter 1–2 figures kept in teks_gambar.csv: (gambar, kunci) that must exist.
FIGURE_TEXTS = (("koordinasi", "tujuan_bersama"), ("determinan", "hasil_bersama"))
#: Counts the chapter 1–2 figures are drawn for (one colour, slot or badge each).
AGENCY_COUNT, DETERMINANT_COUNT, MODULE_TRAIT_COUNT, PARTY_COUNT = 5, 4, 3, 6


def exactly(count: int, what: str):
    """A rule: the table has exactly ``count`` rows (the figure is drawn for that many)."""
    def check(table, _load) -> list[str]:
        if len(table) != count:
            return [f"harus ada tepat {count} baris ({what}); ada {len(table)}"]
        return []
    return check


def figure_texts(table, _load) -> list[str]:
    """Every text the figures need is there, and no key is unknown (a typo)."""
    have = list(zip(table["gambar"], table["kunci"]))
    problems = [problem(table, row, "kunci", f"'{key}' untuk gambar '{fig}' tidak dikenal; "
                        "yang dipakai: " + ", ".join(f"{g}/{k}" for g, k in FIGURE_TEXTS))
                for row, (fig, key) in enumerate(have) if (fig, key) not in FIGURE_TEXTS]
    problems += [f"teks '{k}' untuk gambar '{g}' tidak ada (tambahkan baris {g},{k},…)"
                 for g, k in FIGURE_TEXTS if (g, k) not in have]
    return problems


def traits_per_source(table, load) -> list[str]:
    """Every source has traits; the module has exactly as many as Gambar 2 places."""
    counts = table["sumber"].value_counts()
    problems = [f"sumber '{s}' (sumber_wicked_problem.csv) tidak punya satu pun ciri"
                for s in load("sumber_wicked_problem")["sumber"] if counts.get(s, 0) == 0]
    if counts.get("modul", 0) != MODULE_TRAIT_COUNT:
        problems.append(f"sumber 'modul' harus punya tepat {MODULE_TRAIT_COUNT} ciri (Gambar 2 "
                        f"menempatkan tiga ciri modul); ada {counts.get('modul', 0)}")
    return problems


def parties_per_problem(table, load) -> list[str]:
    """Every example problem of Gambar 2 has exactly as many parties as the ring has slots."""
    counts = table["masalah"].value_counts()
    return [f"masalah '{m}' (perspektif_masalah.csv) punya {counts.get(m, 0)} pihak; "
            f"harus tepat {PARTY_COUNT}"
            for m in load("perspektif_masalah")["masalah"] if counts.get(m, 0) != PARTY_COUNT]


#: Countries of the indicator tables: Indonesia and the neighbours the module names.
COUNTRY_CODES = ("IDN", "SGP", "MYS", "THA", "KOR")


def indonesia_every_year(table, _load) -> list[str]:
    """Every CPI year has Indonesia's row (the chapter 8 figure titles name its score)."""
    have = set(table.loc[table["iso3"] == "IDN", "tahun"])
    return [f"tahun {y} tidak punya baris Indonesia (iso3 'IDN'); setiap tahun IPK wajib "
            "memuat skor Indonesia" for y in sorted(set(table["tahun"]) - have)]


# ------------------------------------------------- ids the package looks up by name
#: Scenarios of korupsi_preset.csv that chapter 4 opens by name (wogbook/bab4/korupsi.py):
#: the live widget (and its Mode Kelas screen) starts at the first; the explorer and the
#: prediction go from the second to the third.
LIVE_PRESET = "netral"
GUESS_PRESETS = ("perizinan-manual", "perizinan-daring")
#: The example problem of perspektif_masalah.csv the chapter 2 prediction asks about.
GUESS_PROBLEM = "banjir"
#: The private sector's actor in jejaring_simpul.csv (the chapter 6 prediction follows it).
PRIVATE_SECTOR = "S"


def has_ids(column: str, ids: dict[str, str]):
    """A rule: ``column`` holds every id the package looks up by name (``ids``: id → what
    uses it). Renaming or deleting such a row would otherwise break a page only when it
    is built; this way ``make book`` stops first and names the id."""
    def check(table, _load) -> list[str]:
        have = set(table[column])
        problems = []
        for wanted, used_by in ids.items():
            if wanted in have:
                continue
            written = near(wanted, have)
            hint = (f" (ada '{written}': tulis persis '{wanted}')" if written else
                    " atau kembalikan namanya semula")
            problems.append(f"'{wanted}' tidak ada di kolom '{column}', padahal {used_by} "
                            f"memakainya menurut nama; tambahkan lagi baris itu{hint}. Nama ini "
                            "dipakai kode buku, jadi jangan diubah")
        return problems
    return check


def private_sector_joins(table, _load) -> list[str]:
    """Some stage puts the private sector inside its shared network (the chapter 6
    prediction asks when it joins)."""
    if any(PRIVATE_SECTOR in cell.split() for cell in table["klaster"] if isinstance(cell, str)):
        return []
    return [f"tidak ada tahap yang menulis '{PRIVATE_SECTOR}' (sektor swasta) di kolom "
            "'klaster', padahal tebakan bab 6 menanyakan kapan swasta masuk ke jejaring kerja; "
            f"tulis {PRIVATE_SECTOR} di kolom 'klaster' sedikitnya satu tahap"]


#: The book's pages (a checkout only; an installed package carries no pages).
BOOK = Path(__file__).resolve().parents[2] / "book"
_TERM = re.compile(r"\{term\}`([^`]*)`")


def terms_in_pages(book: Path = BOOK) -> dict[str, str]:
    """Every glossary term a page links to ({term}`…` or {term}`text <term>`), each with the
    first page that does."""
    found: dict[str, str] = {}
    for page in sorted(book.glob("*.md")) + sorted(book.glob("*.ipynb")):
        text = page.read_text(encoding="utf-8")
        if page.suffix == ".ipynb":
            text = "\n".join("".join(c["source"]) for c in json.loads(text)["cells"])
        for ref in _TERM.findall(text):
            target = re.search(r"<([^<>]*)>\s*$", ref)
            found.setdefault((target.group(1) if target else ref).strip(), f"book/{page.name}")
    return found


def terms_exist(table, _load) -> list[str]:
    """Every term a page links to is in the glossary (Sphinx matches terms ignoring case;
    a missing one stops the build with an English warning)."""
    have = {t.lower() for t in table["istilah"]}
    return [f"istilah '{term}' tidak ada di kolom 'istilah', padahal halaman {page} menautnya "
            f"({{term}}`{term}`); kembalikan istilah itu, atau ubah tautan di halaman tersebut"
            for term, page in terms_in_pages().items() if term.lower() not in have]


#: Sources of the drivers explorer (bab 3): (key, text that marks it in faktor_pendorong.csv's
#: 'sumber' column, label of its view).
DRIVER_SOURCES = (
    ("wikipedia", "Wikipedia", "Wikipedia"),
    ("apsc", "APSC", "APSC/IPAA 2002"),
    ("mac", "MAC 2004", "MAC 2004"),
    ("christensen", "Christensen", "Christensen & Lægreid 2007"),
)


def driver_sources(table, _load) -> list[str]:
    """Every driver names a source the explorer has a view for (else it is in no view)."""
    marks = [mark for _, mark, _ in DRIVER_SOURCES]
    return [problem(table, row, "sumber", f"'{value}' tidak menyebut satu pun sumber yang "
                    f"dikenal alat interaktif bab 3 ({', '.join(marks)}), jadi butir ini tidak "
                    "tampil di tampilan per sumber; tulis nama sumbernya persis seperti itu")
            for row, value in enumerate(table["sumber"]) if not any(m in value for m in marks)]
