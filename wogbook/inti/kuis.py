"""Self-check quizzes that work in the static book, from ``data/kuis_*.csv``.

The questions are validated tables (so an instructor edits them without code);
they are rendered with jupyterquiz, whose HTML and JavaScript run in the
browser with no kernel and no network. Every answer carries its own feedback.
"""
from __future__ import annotations

import random

from . import data
from .gaya import esc

#: Colours of the quiz boxes: dark blue on white text (contrast > 7:1).
COLORS = {"--jq-multiple-choice-bg": "#1f4e79", "--jq-many-choice-bg": "#6b3d00",
          "--jq-correct-color": "#00693e", "--jq-incorrect-color": "#b00020"}


def questions(bab: str) -> list[dict]:
    """The questions of chapter ``bab`` in jupyterquiz's format (validated by the schema).

    jupyterquiz writes question, option and feedback into the page as HTML: every text
    from the CSV is escaped here, so it shows as written and never runs as markup."""
    soal = data.load("kuis_soal")
    opsi = data.load("kuis_opsi")
    chosen = soal[soal["bab"] == bab]
    if chosen.empty:
        raise ValueError(f"Tidak ada soal kuis untuk bab '{bab}'; bab yang ada: "
                         f"{', '.join(sorted(set(soal['bab'])))}.")
    return [{
        "question": esc(row["pertanyaan"]),
        "type": "multiple_choice" if row["jenis"] == "satu" else "many_choice",
        "answers": [{"answer": esc(a["opsi"]), "correct": bool(a["benar"]),
                     "feedback": esc(a["penjelasan"])}
                    for a in opsi[opsi["soal_id"] == row["soal_id"]].to_dict("records")],
    } for row in chosen.to_dict("records")]


#: jupyterquiz's fallback that loads MathJax from a CDN when a page has an unready MathJax.
#: The book has no mathematics and must never reach another host, so the loader is cut.
MATHJAX_CDN = "script.src = 'https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-svg.js';"
MATHJAX_OFF = "return; /* buku ini tidak memuat MathJax dari internet */"


def show(bab: str) -> None:
    """Display the quiz of chapter ``bab`` (deterministic output, so nbval can compare it)."""
    from IPython.display import display
    from IPython.utils.capture import capture_output
    from jupyterquiz import display_quiz

    items = questions(bab)
    random.seed(f"kuis-{bab}")
    with capture_output(stdout=False, stderr=False) as captured:
        display_quiz(items, shuffle_answers=False, colors=COLORS, max_width=720)
    for output in captured.outputs:
        bundle = dict(output.data)
        if "application/javascript" in bundle:
            bundle["application/javascript"] = bundle["application/javascript"].replace(
                MATHJAX_CDN, MATHJAX_OFF)
        display(bundle, raw=True)
