"""The closing quiz of Mode Kelas: one question at a time, for a show of hands.

The class answers aloud or by raising hands; the instructor then presses *Tunjukkan
jawaban* and every option shows whether it is right, with its explanation. The questions
are the book's own (``data/kuis_soal.csv``, ``data/kuis_opsi.csv``, through
:func:`wogbook.inti.kuis.questions`, which escapes every text), in the order the book
shows their options. By default one question from each chapter (the first one of each),
or every question of one chapter.
"""
from __future__ import annotations

from ..inti import data, kuis

#: the choice of the menu that takes the first question of every chapter
REVIEW = "penutup"


def chapters() -> list[str]:
    """The chapter codes that have questions, in the order of the questions file."""
    return list(dict.fromkeys(data.load("kuis_soal")["bab"]))


def items(choice: str = REVIEW) -> list[dict]:
    """The questions of ``choice``: a chapter code, or :data:`REVIEW`."""
    if choice == REVIEW:
        return [kuis.questions(bab)[0] for bab in chapters()]
    return kuis.questions(choice)


def question_html(item: dict, number: int, total: int, revealed: bool) -> str:
    """One question with lettered options; once ``revealed``, each marked right or wrong
    with its explanation. The texts of ``item`` are already escaped."""
    many = " <i>(boleh lebih dari satu)</i>" if item["type"] == "many_choice" else ""
    rows = []
    for letter, answer in zip(kuis.LETTERS, item["answers"]):
        mark = feedback = ""
        css = "wog-opsi"
        if revealed:
            right = answer["correct"]
            css += " wog-benar" if right else " wog-salah"
            mark = "<b>✔ benar</b> — " if right else "✘ "
            feedback = f"<div class='wog-penjelasan'>{mark}{answer['feedback']}</div>"
        rows.append(f"<li class='{css}'><b>{letter}.</b> {answer['answer']}{feedback}</li>")
    return (f"<p class='wog-soal-ke'>Soal {number} dari {total}</p>"
            f"<p class='wog-soal'>{item['question']}{many}</p>"
            f"<ol class='wog-opsi-daftar'>{''.join(rows)}</ol>")


def widget():
    """Mode Kelas: the closing quiz (see the module)."""
    import ipywidgets as w

    from ..inti.widget import Live

    labels = [("Satu soal dari setiap bab", REVIEW)] + [
        (f"Semua soal bab {kuis.chapter_label(b)}", b) for b in chapters()]
    menu = w.Dropdown(options=labels, value=REVIEW, description="Soal",
                      layout=w.Layout(width="28em"))
    wide = w.Layout(width="auto", padding="0 1em")
    back = w.Button(description="◀ Soal sebelumnya", layout=wide)
    reveal = w.Button(description="Tunjukkan jawaban", button_style="warning", layout=wide)
    forward = w.Button(description="Soal berikutnya ▶", layout=wide)
    shown = w.HTML()
    state = {"items": items(), "i": 0, "revealed": False}

    def draw():
        i, total = state["i"], len(state["items"])
        shown.value = question_html(state["items"][i], i + 1, total, state["revealed"])
        back.disabled = i == 0
        forward.disabled = i == total - 1
        reveal.disabled = state["revealed"]

    def go(step):
        state.update(i=state["i"] + step, revealed=False)
        draw()

    def choose(change):
        state.update(items=items(change["new"]), i=0, revealed=False)
        draw()

    def show_answer(_button=None):
        state["revealed"] = True
        draw()

    back.on_click(lambda _: go(-1))
    forward.on_click(lambda _: go(1))
    reveal.on_click(show_answer)
    menu.observe(choose, "value")
    draw()
    buttons = w.HBox([back, reveal, forward], layout=w.Layout(flex_flow="row wrap"))
    buttons.add_class("wog-kuis-tombol")
    box = w.VBox([menu, shown, buttons])
    return Live(box, None, {"soal": menu, "sebelumnya": back, "jawaban": reveal,
                            "berikutnya": forward, "tampil": shown})
