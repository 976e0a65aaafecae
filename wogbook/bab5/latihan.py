"""Classification exercise: which relation model (P-R, P-B, P-P, P-A) is this application?

* model – :class:`Latihan`: the applications of ``aplikasi_hubungan.csv`` in a fixed
  random order, one at a time, with :meth:`Latihan.jawab` checking an answer and
  keeping the score;
* state → update – :func:`answers_update` (answers hidden or shown);
* figure – :func:`figure`: every application as a square and its name;
* front-ends – :func:`explorer` (static book: guess, then click an item or reveal all
  answers) and :func:`widget` (live: one item at a time, four answer buttons, score, and
  the reader's own applications, neither graded nor stored).
"""
from __future__ import annotations

import random
from dataclasses import dataclass

import plotly.graph_objects as go

from ..inti import gaya, kontrol
from ..inti.gaya import INK, MUTED, esc
from ..inti.tampil import BookFigure, Table
from ..inti.update import Update
from ..inti.widget import Live
from ._common import (COLORS, GLOBAL, LIST_PX_PER_LINE, MODEBAR, RELASI, WRAP, Content,
                      app_text, check_relasi, content, relation_title)

SEED = 5
DETAIL_START = "Tebak dulu, lalu klik sebuah aplikasi: jawabannya muncul di sini."
#: Colours of the live feedback (right / not yet right), both ≥ 4.5:1 on white.
RIGHT_COLOR, WRONG_COLOR = "#00693e", "#b00020"


# ------------------------------------------------------------------------ model
@dataclass
class Latihan:
    """The classification exercise: applications in a fixed random order, one at a time."""

    items: list
    pos: int = 0
    benar: int = 0
    dijawab: int = 0

    @classmethod
    def baru(cls, c: Content | None = None, seed: int = SEED) -> "Latihan":
        items = list((c or content()).apps)
        random.Random(seed).shuffle(items)
        return cls(items)

    @property
    def soal(self) -> dict | None:
        return self.items[self.pos] if self.pos < len(self.items) else None

    def jawab(self, kode: str) -> tuple[bool, str]:
        """Check ``kode`` for the current item; return (right?, feedback in Indonesian)."""
        check_relasi(kode, RELASI)
        item = self.soal
        if item is None:
            raise ValueError("Latihan sudah selesai; mulai lagi untuk mengulang.")
        right = kode == item["kode"]
        self.dijawab += 1
        self.benar += right
        head = ("Tepat!" if right else
                f"Belum tepat: jawabannya {item['kode']} ({GLOBAL[item['kode']]}).")
        return right, f"{head} {item['keterangan']}"

    def berikut(self) -> dict | None:
        self.pos += 1
        return self.soal


# --------------------------------------------------------------- state → update
def _labels(items: list[dict]) -> tuple[list[str], list[str]]:
    """Each item's label without and with its answer ("… → P-B" on the last line)."""
    hidden, shown = [], []
    for a in items:
        lines = gaya.wrap_lines(a["aplikasi"], WRAP - 6)  # leaves room for " → P-B"
        hidden.append("<br>".join(esc(x) for x in lines))
        shown.append("<br>".join(esc(x) for x in lines[:-1]) + ("<br>" if len(lines) > 1 else "")
                     + f"{esc(lines[-1])} <b>→ {a['kode']}</b>")
    return hidden, shown


def answers_update(items: list[dict], shown: bool) -> Update:
    """The answers hidden (grey squares, names only) or shown (colours and codes)."""
    hidden, revealed = _labels(items)
    if shown:
        return Update.trace(0, marker_color=[COLORS[a["kode"]] for a in items], text=revealed)
    return Update.trace(0, marker_color=[MUTED] * len(items), text=hidden)


# ---------------------------------------------------------------------- figure
def _rows(items: list[dict]) -> tuple[list[float], float]:
    """The y of every item (in lines, going down) and the list's height in lines."""
    ys, y = [], 0.0
    for a in items:
        n = len(gaya.wrap_lines(a["aplikasi"], WRAP - 6))
        ys.append(-(y + (n - 1) / 2))
        y += n + 0.35
    return ys, y


def figure(seed: int = SEED, shown: bool = False, c: Content | None = None) -> go.Figure:
    """Every application in the exercise's order; ``shown``: with the answers."""
    c = c or content()
    items = Latihan.baru(c, seed).items
    ys, y = _rows(items)
    fig = go.Figure(go.Scatter(
        x=[0.02] * len(items), y=ys, mode="markers+text", text=[""] * len(items),
        textposition="middle right", textfont={"size": 13, "color": INK}, cliponaxis=False,
        marker={"size": 13, "color": MUTED, "symbol": "square",
                "line": {"width": 1, "color": INK}},
        customdata=[gaya.esc(f"Jawaban: {relation_title(c, a['kode'])}.\n{app_text(c, a)}")
                    for a in items],
        hoverinfo="none",  # a label would cover the list; the instructions are above it
    ))
    fig.update_layout(
        height=int(60 + 8 + y * LIST_PX_PER_LINE), margin={"l": 6, "r": 6, "t": 60, "b": 8},
        modebar=MODEBAR, showlegend=False, plot_bgcolor="white", font=gaya.font(),
        dragmode=False,
        hovermode="closest", hoverdistance=400,  # the whole line of an item is clickable
        xaxis={"visible": False, "fixedrange": True, "range": [0, 1]},
        yaxis={"visible": False, "fixedrange": True, "range": [-y, 0.6]},
    )
    answers_update(items, shown).apply(fig)
    return fig


# ------------------------------------------------------------- static explorer
MENU_STYLE = {"pad": {"b": 14}, "font": {"size": 13, "color": INK}, "bgcolor": "#f4f4f4",
              "bordercolor": "#888"}


def explorer(seed: int = SEED) -> BookFigure:
    """The static exercise: guess, then click an item or reveal all answers."""
    c = content()
    items = Latihan.baru(c, seed).items
    fig = figure(seed, False, c)
    base = go.Figure(fig)
    states = [("Sembunyikan jawaban", answers_update(items, False)),
              ("Tampilkan jawaban", answers_update(items, True))]
    fig.update_layout(updatemenus=[kontrol.menu(states, base, 0, kind="buttons", x=0, y=1,
                                                **MENU_STYLE)])
    table = Table("Kunci latihan: model hubungan setiap aplikasi",
                  ["Aplikasi", "Jawaban", "Asal contoh", "Keterangan"],
                  [[a["aplikasi"], f"{a['kode']} ({GLOBAL[a['kode']]})",
                    "modul" if a["asal"] == "modul" else "terkini", a["keterangan"]]
                   for a in items])
    alt = (f"Latihan klasifikasi: {len(items)} aplikasi pemerintah dalam urutan acak. Tebak model "
           "hubungannya (P-R, P-B, P-P atau P-A), lalu klik nama aplikasi untuk melihat jawaban "
           "di panel bawah, atau tekan tombol Tampilkan jawaban untuk mewarnai semuanya.")
    return BookFigure(fig, alt, text=table, detail=DETAIL_START)


# ----------------------------------------------------------------- live widget
def _score(lat: Latihan) -> str:
    return f"<p>Skor: {lat.benar} dari {lat.dijawab}</p>"


def widget(seed: int = SEED) -> Live:
    """Live exercise: one application at a time, four answer buttons, score, own entries.

    Controls: ``answer``, ``next``, ``restart``, ``own_name``, ``own_code``, ``add``;
    the texts shown: ``question``, ``feedback``, ``score``, ``own_list``."""
    import ipywidgets as w

    c = content()
    state = {"latihan": Latihan.baru(c, seed)}
    question, feedback, score = w.HTML(), w.HTML(), w.HTML()
    answer = w.ToggleButtons(options=list(RELASI), value=None, description="Jawaban",
                             style={"description_width": "5em", "button_width": "4.5em"})
    nxt = w.Button(description="Berikutnya", icon="arrow-right")
    again = w.Button(description="Mulai lagi", icon="refresh")
    own_name = w.Text(placeholder="mis. e-office dinas saya", description="Aplikasi",
                      style={"description_width": "5em"}, layout=w.Layout(width="100%"))
    own_code = w.Dropdown(options=[(relation_title(c, k), k) for k in RELASI],
                          description="Hubungan", style={"description_width": "5em"})
    add = w.Button(description="Tambahkan", icon="plus")
    own_list = w.HTML("<p><em>Belum ada aplikasi instansi Anda.</em></p>")
    own: list[tuple[str, str]] = []

    def show_question():
        lat = state["latihan"]
        item = lat.soal
        score.value = _score(lat)
        if item is None:
            question.value = (f"<p><b>Selesai.</b> Anda menjawab {lat.benar} dari "
                              f"{lat.dijawab} dengan tepat.</p>")
            answer.disabled, nxt.disabled = True, True
            return
        question.value = (f"<p>Aplikasi {lat.pos + 1} dari {len(lat.items)}: "
                          f"<b>{esc(item['aplikasi'])}</b></p>")
        feedback.value = ""
        answer.disabled, nxt.disabled = False, True
        answer.value = None

    def answered(change):
        if change["new"] is None or answer.disabled:
            return
        right, text = state["latihan"].jawab(change["new"])
        color = RIGHT_COLOR if right else WRONG_COLOR
        feedback.value = f'<p style="color:{color}">{esc(text)}</p>'
        score.value = _score(state["latihan"])
        answer.disabled, nxt.disabled = True, False

    def next_item(_=None):
        state["latihan"].berikut()
        show_question()

    def restart(_=None):
        state["latihan"] = Latihan.baru(c, seed)
        show_question()

    def add_own(_=None):
        text = own_name.value.strip()
        if not text:
            return
        own.append((text, own_code.value))
        own_name.value = ""
        own_list.value = "<ul>" + "".join(
            f"<li>{esc(t)} → {k} ({GLOBAL[k]})</li>" for t, k in own) + "</ul>"

    answer.observe(answered, names="value")
    nxt.on_click(next_item)
    again.on_click(restart)
    add.on_click(add_own)
    show_question()
    box = w.VBox([question, answer, feedback, w.HBox([nxt, again]), score,
                  w.HTML("<p><b>Aplikasi instansi Anda</b> (tidak dinilai, tidak disimpan):</p>"),
                  own_name, own_code, add, own_list])
    return Live(box, None, {"answer": answer, "next": nxt, "restart": again,
                            "own_name": own_name, "own_code": own_code, "add": add,
                            "question": question, "feedback": feedback, "score": score,
                            "own_list": own_list})
