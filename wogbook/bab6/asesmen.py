""""Di mana instansi saya?": the self-assessment of the reader's own agency.

* model – :func:`questions` (``data/asesmen_soal.csv``: each question with answers
  0, 1 and 2) and :func:`criteria` (``data/asesmen_syarat.csv``: what each stage
  after the first asks); :func:`where_is_my_agency` turns the answers into an
  :class:`Assessment`: the stage and why;
* front-ends – :func:`formulir` (the static book's own form, no kernel: the answer of
  every combination precomputed here), :func:`checklist` (a printable table) and
  :func:`form` (the ipywidgets questions, used by :func:`wogbook.bab6.linimasa.widget`,
  which marks the reader's stage on the timeline).

An agency is at the highest stage whose criteria, and those of every stage before
it, are all met; the first stage asks nothing.
"""
from __future__ import annotations

from dataclasses import dataclass
from numbers import Integral
from typing import Callable

from ..inti import data, gaya
from ..inti.formulir import Formulir, Hasil, Pilihan
from ..inti.tampil import Table
from ._common import ROMAWI, Stage, stages

SCORES = (0, 1, 2)
#: Ordinals for "all N questions" in the texts ("keenam pertanyaan").
_ALL = {2: "kedua", 3: "ketiga", 4: "keempat", 5: "kelima", 6: "keenam", 7: "ketujuh",
        8: "kedelapan", 9: "kesembilan", 10: "kesepuluh"}


# ----------------------------------------------------------------------- model
@dataclass(frozen=True)
class Question:
    key: str
    teks: str
    opsi: tuple[str, str, str]  # answers 0, 1, 2


@dataclass(frozen=True)
class Criterion:
    key: str
    level: int
    arti: str


def questions() -> tuple[Question, ...]:
    """The questions of ``data/asesmen_soal.csv``, in file order."""
    return tuple(Question(r["kunci"], r["pertanyaan"], (r["opsi_0"], r["opsi_1"], r["opsi_2"]))
                 for r in data.load("asesmen_soal").to_dict("records"))


def question_keys() -> tuple[str, ...]:
    return tuple(q.key for q in questions())


def criteria() -> dict[int, tuple[Criterion, ...]]:
    """What each stage after the first asks (``{tahap: criteria}``, file order within a stage)."""
    found: dict[int, tuple[Criterion, ...]] = {}
    for r in data.load("asesmen_syarat").to_dict("records"):
        found[int(r["tahap"])] = found.get(int(r["tahap"]), ()) + (
            Criterion(r["kunci"], int(r["skor_minimal"]), r["arti"]),)
    return dict(sorted(found.items()))


def all_questions() -> str:
    """"keenam pertanyaan" for six questions."""
    n = len(questions())
    return f"{_ALL[n]} pertanyaan" if n in _ALL else f"semua {n} pertanyaan"


@dataclass(frozen=True)
class Assessment:
    """Where the reader's agency stands: its stage and why."""

    tahap: int
    stage: Stage
    sudah: tuple[str, ...]       # criteria met, up to and including this stage
    berikutnya: tuple[str, ...]  # criteria still missing for the next stage
    lebih: tuple[str, ...]       # criteria of higher stages already met (strengths)

    @property
    def penjelasan(self) -> str:
        return " ".join(self.parts)

    @property
    def parts(self) -> list[str]:
        """The explanation, sentence group by sentence group."""
        s = self.stage
        parts = [f"Instansi Anda berada pada {s.judul} ({s.tema})."]
        if self.sudah:
            parts.append("Yang sudah ada: " + "; ".join(self.sudah) + ".")
        else:
            parts.append("Syarat Tahap II (koordinasi dan layanan bersama) belum terpenuhi.")
        if self.berikutnya:
            parts.append(f"Untuk naik ke Tahap {ROMAWI[self.tahap + 1]} masih perlu: "
                         + "; ".join(self.berikutnya) + ".")
        else:
            parts.append("Semua syarat tahap tertinggi terpenuhi: pertahankan agenda bersama "
                         "dan perluas inovasi di luar pelayanan publik.")
        if self.lebih:
            parts.append("Catatan: sebagian ciri tahap yang lebih tinggi sudah ada ("
                         + "; ".join(self.lebih) + "), tetapi syarat tahap sebelumnya belum "
                         "lengkap, jadi fondasinya perlu dibereskan lebih dulu.")
        return parts


def check_answers(answers) -> dict[str, int]:
    """Validate the answers (one per question, each 0, 1 or 2); return them as a plain dict."""
    keys = question_keys()
    if not hasattr(answers, "keys"):
        raise ValueError("Jawaban harus berupa pasangan pertanyaan → nilai, "
                         f"mis. {{'{keys[0]}': 1, …}}; diterima: {answers!r}.")
    unknown = [k for k in answers if k not in keys]
    if unknown:
        raise ValueError(f"Pertanyaan {', '.join(map(repr, unknown))} tidak dikenal; "
                         f"yang ada: {', '.join(keys)}.")
    missing = [k for k in keys if k not in answers]
    if missing:
        raise ValueError(f"Jawaban untuk {', '.join(missing)} belum diisi; {all_questions()} "
                         f"({', '.join(keys)}) wajib dijawab.")
    clean = {}
    for key in keys:
        value = answers[key]
        if isinstance(value, bool) or not isinstance(value, Integral) or value not in SCORES:
            raise ValueError(f"Jawaban '{key}' harus 0, 1 atau 2 (0 = tidak, 1 = sebagian, "
                             f"2 = ya); diterima: {value!r}.")
        clean[key] = int(value)
    return clean


def where_is_my_agency(answers) -> Assessment:
    """The stage of the reader's own agency from the answers (0 = tidak, 1 = sebagian, 2 = ya)."""
    a = check_answers(answers)
    needs = criteria()
    met = {t: [c for c in crit if a[c.key] >= c.level] for t, crit in needs.items()}
    tahap = 1
    for t in sorted(needs):
        if len(met[t]) != len(needs[t]):
            break
        tahap = t
    sudah = tuple(c.arti for t in sorted(needs) if t <= tahap for c in met[t])
    nxt = tahap + 1
    berikutnya = tuple(c.arti for c in needs.get(nxt, ()) if a[c.key] < c.level)
    lebih = tuple(c.arti for t in sorted(needs) if t > nxt for c in met[t])
    return Assessment(tahap, stages()[tahap - 1], sudah, berikutnya, lebih)


# ------------------------------------------------------------- static book
def checklist() -> Table:
    """The self-assessment as a printable table, for readers of the static book."""
    need: dict[str, list[str]] = {}
    for t, crit in criteria().items():
        for c in crit:
            need.setdefault(c.key, []).append(f"Tahap {ROMAWI[t]}: ≥ {c.level}")
    rows = [[str(i), q.teks, " ".join(f"{v} = {o}." for v, o in enumerate(q.opsi)),
             "; ".join(need.get(q.key, []))] for i, q in enumerate(questions(), 1)]
    return Table("Daftar periksa: di mana instansi saya? (Tahap I tanpa syarat; setiap tahap "
                 "berikutnya juga menuntut syarat tahap-tahap sebelumnya)",
                 ["No", "Pertanyaan", "Skor", "Syarat tahap"], rows)


# ------------------------------------------------- the static book's own form
def hasil(values: dict) -> Hasil:
    """The form's answer (values: question key -> "0", "1" or "2")."""
    result = where_is_my_agency({k: int(values[k]) for k in question_keys()})
    return Hasil(result.stage.judul, tuple(result.parts))


def formulir() -> Formulir:
    """"Di mana instansi saya?" as a form of the static book: the same questions and
    answers as the live form; the stage and why, kept in the reader's workbook."""
    fields = [Pilihan(q.key, f"{i}. {q.teks}",
                      tuple((str(v), f"{v} — {o}") for v, o in enumerate(q.opsi)))
              for i, q in enumerate(questions(), 1)]
    return Formulir(
        "bab6.asesmen", "6", "Di mana instansi saya?",
        "Jawab untuk instansi tempat Anda bekerja: 0 = tidak, 1 = sebagian, 2 = ya.",
        fields, hasil, menunggu=f"Jawab {all_questions()} di atas untuk melihat tahap "
        "instansi Anda.", awalan="TAHAP")


# ----------------------------------------------------------------- live form
def result_html(result: Assessment | None) -> str:
    """The form's answer: the stage and its explanation, or what to do first."""
    if result is None:
        return (f"<p><i>Jawab {all_questions()} di atas; tahap instansi Anda akan ditandai "
                "dengan bintang pada linimasa.</i></p>")
    return f"<p><b>{gaya.esc(result.stage.judul)}</b></p><p>{gaya.esc(result.penjelasan)}</p>"


@dataclass
class Form:
    """The live questions: their widgets, the result pane and the ordered items to show."""

    questions: dict  # key -> ipywidgets.RadioButtons
    result: object   # ipywidgets.HTML
    items: list

    def answers(self) -> dict:
        return {k: r.value for k, r in self.questions.items()}

    def assessment(self) -> Assessment | None:
        """The assessment of the current answers; ``None`` while one is unanswered."""
        answers = self.answers()
        if any(v is None for v in answers.values()):
            return None
        return where_is_my_agency(answers)


def form(on_change: Callable[[Assessment | None], None]) -> Form:
    """The questions as radio buttons; after every answer the result pane is updated and
    ``on_change`` gets the new :class:`Assessment` (``None`` while one is unanswered)."""
    import ipywidgets as w

    radios = {q.key: w.RadioButtons(options=[(f"{v} — {o}", v) for v, o in enumerate(q.opsi)],
                                    value=None, layout=w.Layout(width="100%"))
              for q in questions()}
    result = w.HTML(result_html(None))
    made = Form(radios, result, [])

    def answered(_change=None):
        found = made.assessment()
        result.value = result_html(found)
        on_change(found)

    for radio in radios.values():
        radio.observe(answered, names="value")
    heads = [w.HTML(f"<p><b>{i}. {gaya.esc(q.teks)}</b></p>")
             for i, q in enumerate(questions(), 1)]
    made.items = [x for pair in zip(heads, radios.values()) for x in pair]
    return made


def one_at_a_time(made: Form):
    """The questions of ``made`` one at a time, for a class in front of a projector
    ("Pertanyaan n dari N", the question and its three answers; the class answers
    together, then moves on). Returns the box and its buttons (back, forward)."""
    from ..inti.widget import pages

    pairs = list(zip(made.items[0::2], made.items[1::2]))
    return pages([(f"Pertanyaan {i} dari {len(pairs)}", pair) for i, pair in enumerate(pairs, 1)],
                 "◀ Pertanyaan sebelumnya", "Pertanyaan berikutnya ▶")
