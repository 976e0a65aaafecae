"""Self-check quizzes that work in the static book, from ``data/kuis_*.csv``.

The questions are validated tables (so an instructor edits them without code);
they are rendered with jupyterquiz, whose HTML and JavaScript run in the
browser with no kernel and no network. Every answer carries its own feedback. The options
are shown in a fixed shuffled order with the right answers spread over the positions, and
``wog-kerja.js`` records each question's first answer in the reader's workbook.
"""
from __future__ import annotations

import random
import re

from . import data
from .gaya import esc

#: Colours of the quiz boxes: dark blue on white text (contrast > 7:1).
COLORS = {"--jq-multiple-choice-bg": "#1f4e79", "--jq-many-choice-bg": "#6b3d00",
          "--jq-correct-color": "#00693e", "--jq-incorrect-color": "#b00020"}


def answer_slots() -> dict[str, int]:
    """Where the right answer of each single-answer question goes: the questions with the
    same number of options take the positions in turn (1st, 2nd, … then 1st again), so no
    position holds more than its share, whatever order the options have in the CSV."""
    opsi = data.load("kuis_opsi")
    counts = opsi.groupby("soal_id", sort=False).size()
    turn: dict[int, int] = {}
    slots = {}
    for row in data.load("kuis_soal").to_dict("records"):
        if row["jenis"] != "satu":
            continue
        k = int(counts[row["soal_id"]])
        slots[row["soal_id"]] = turn.get(k, 0) % k
        turn[k] = turn.get(k, 0) + 1
    return slots


def ordered_options(soal_id: str, options: list[dict], slot: int | None) -> list[dict]:
    """The options in the order the reader sees them: shuffled with the question's own seed
    (the same order on every build, in print and on screen), the single right answer of a
    single-answer question moved to its ``slot``."""
    shown = list(options)
    random.Random(f"urutan-{soal_id}").shuffle(shown)
    if slot is not None:
        right = next(o for o in shown if o["benar"])
        shown.remove(right)
        shown.insert(slot, right)
    return shown


def quiz_text(text: str) -> str:
    """A CSV text as jupyterquiz shows it: escaped, and with ``[`` ``]`` ``$`` as character
    references, because jupyterquiz turns ``[words](address)`` into a live link (even to
    ``javascript:``) and ``$…$`` into mathematics before writing the text into the page."""
    return esc(text).replace("[", "&#91;").replace("]", "&#93;").replace("$", "&#36;")


def questions(bab: str) -> list[dict]:
    """The questions of chapter ``bab`` in jupyterquiz's format (validated by the schema),
    options in their shown order (:func:`ordered_options`).

    jupyterquiz writes question, option and feedback into the page as HTML: every text
    from the CSV is escaped here (:func:`quiz_text`), so it shows as written and never runs
    as markup."""
    soal = data.load("kuis_soal")
    opsi = data.load("kuis_opsi")
    chosen = soal[soal["bab"] == bab]
    if chosen.empty:
        raise ValueError(f"Tidak ada soal kuis untuk bab '{bab}'; bab yang ada: "
                         f"{', '.join(sorted(set(soal['bab'])))}.")
    slots = answer_slots()
    return [{
        "question": quiz_text(row["pertanyaan"]),
        "type": "multiple_choice" if row["jenis"] == "satu" else "many_choice",
        "answers": [{"answer": quiz_text(a["opsi"]), "correct": bool(a["benar"]),
                     "feedback": quiz_text(a["penjelasan"])}
                    for a in ordered_options(
                        row["soal_id"], opsi[opsi["soal_id"] == row["soal_id"]].to_dict("records"),
                        slots.get(row["soal_id"]))],
    } for row in chosen.to_dict("records")]


def chapter_label(bab: str) -> str:
    """'bab1' -> '1', 'bab1a' -> '1.1' (as the workbook names the chapter)."""
    number = bab.removeprefix("bab")
    return number[:-1] + ".1" if number.endswith("a") else number


def marker(bab: str) -> str:
    """The mark ``wog-kerja.js`` finds to record the quiz's results in the reader's workbook."""
    return (f'<div class="wog-kuis" data-wog-kuis="{esc(bab)}" '
            f'data-wog-bab="{esc(chapter_label(bab))}" hidden></div>')


LETTERS = "abcdefghij"


def printed(bab: str) -> str:
    """The quiz on paper (shown only in print): numbered questions, lettered options in the
    order the page shows them, and the answer key after the last question."""
    items = questions(bab)  # already escaped
    many = " <i>(boleh lebih dari satu)</i>"
    body = "".join(
        f"<li>{q['question']}{many if q['type'] == 'many_choice' else ''}<ol type='a'>"
        + "".join(f"<li>{a['answer']}</li>" for a in q["answers"]) + "</ol></li>"
        for q in items)
    key = "; ".join(f"{n} " + ", ".join(LETTERS[k] for k, a in enumerate(q["answers"])
                                       if a["correct"])
                    for n, q in enumerate(items, 1))
    return (f'<div class="wog-print-only wog-kuis-cetak"><p><b>Uji Pemahaman Bab '
            f"{esc(chapter_label(bab))}</b> — lingkari jawaban Anda.</p><ol>{body}</ol>"
            f'<p class="wog-kunci"><b>Kunci jawaban:</b> {key}.</p></div>')


#: jupyterquiz typesets its text with MathJax whenever the page has a global ``MathJax``; the
#: book's quizzes have no mathematics. JupyterLab 4 has such a global (``version`` 3.2.2, no
#: ``typeset``): jupyterquiz then replaces it with a bare configuration object, and 500 ms
#: later reads ``MathJax.version[0]`` of that object -- "TypeError: Cannot read properties of
#: undefined (reading '0')" in Lab's console; on a page whose MathJax is not ready it would
#: fetch MathJax from a CDN. The quiz's script therefore runs in a scope where ``MathJax`` is
#: undefined: it never looks at, replaces or loads any MathJax, in the book, Lab or Voilà.
#: Its MathJax loader (``script.src = '<an address>';``) is cut from the script as well,
#: whatever address a jupyterquiz version names, so no page carries another host's address.
MATHJAX_LOADER = re.compile(r"script\.src\s*=\s*(['\"])[^'\"]*\1\s*;")
MATHJAX_OFF = "return; /* buku ini tidak memuat MathJax dari internet */"


def without_mathjax(script: str) -> str:
    """jupyterquiz's ``script`` run where the name ``MathJax`` is bound to ``undefined``,
    without its CDN loader."""
    script = MATHJAX_LOADER.sub(MATHJAX_OFF, script)
    return f"(function (MathJax) {{ /* kuis buku ini tanpa MathJax */\n{script}\n}})();"


def show(bab: str) -> None:
    """Display the quiz of chapter ``bab`` (deterministic output, so nbval can compare it)."""
    from IPython.display import display
    from IPython.utils.capture import capture_output
    from jupyterquiz import display_quiz

    items = questions(bab)
    display({"text/html": marker(bab), "text/plain": ""}, raw=True)
    random.seed(f"kuis-{bab}")
    with capture_output(stdout=False, stderr=False) as captured:
        display_quiz(items, shuffle_answers=False, colors=COLORS, max_width=720)
    for output in captured.outputs:
        bundle = dict(output.data)
        if "application/javascript" in bundle:
            bundle["application/javascript"] = without_mathjax(bundle["application/javascript"])
        display(bundle, raw=True)
    display({"text/html": printed(bab), "text/plain": ""}, raw=True)
