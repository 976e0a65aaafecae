"""Figure display wrapper, quizzes, tables and the glossary page source."""
from __future__ import annotations


import plotly.graph_objects as go
import pytest

from wogbook import data, kuis, tabel
from wogbook.sphinxext import glossary_markdown
from wogbook.tampil import BookFigure


def test_book_figure_markup_is_safe_and_deterministic():
    fig = go.Figure(go.Bar(x=["</script><b>"], y=[1]))
    html = BookFigure(fig, "Batang <uji>").to_html()
    assert "</script><b>" not in html.split('class="wog-plot-data"')[1].split("</script>")[0]
    assert "Batang &lt;uji&gt;" in html
    assert BookFigure(fig, "a").element_id == BookFigure(go.Figure(go.Bar(x=["</script><b>"], y=[1])), "a").element_id
    assert BookFigure(fig, "a").element_id != BookFigure(go.Figure(go.Bar(y=[2])), "a").element_id
    with pytest.raises(ValueError, match="teks alternatif"):
        BookFigure(fig, "  ")


def test_quiz_questions_come_from_data():
    items = kuis.questions("bab4")
    soal = data.load("kuis_soal")
    assert len(items) == (soal["bab"] == "bab4").sum()
    for item in items:
        assert item["type"] in ("multiple_choice", "many_choice")
        assert all(a["feedback"] for a in item["answers"])
        assert any(a["correct"] for a in item["answers"])



def test_quiz_inconsistencies_are_reported(copy_dir):
    with open(copy_dir / "kuis_opsi.csv", "a", encoding="utf-8") as f:
        f.write("b4-99,Pilihan yatim,ya,Penjelasan\n")
    with pytest.raises(data.DataError, match="'b4-99' tidak ada di kuis_soal.csv"):
        kuis.questions("bab4", copy_dir)
    with open(copy_dir / "kuis_soal.csv", "a", encoding="utf-8") as f:
        f.write("b4-99,bab4,satu,Soal dengan dua jawaban benar?\n")
    with open(copy_dir / "kuis_opsi.csv", "a", encoding="utf-8") as f:
        f.write("b4-99,Pilihan kedua,ya,Penjelasan\n")
    with pytest.raises(data.DataError, match="berjenis 'satu' tetapi jawaban benarnya 2"):
        kuis.questions("bab4", copy_dir)
    with pytest.raises(ValueError, match="Tidak ada soal kuis untuk bab 'bab99'"):
        kuis.questions("bab99", copy_dir)


def test_tables_render_every_row():
    table = tabel.tantangan()
    assert len(table.rows) == len(data.load("tantangan_wog"))
    assert "<caption>" in table._repr_html_()
    with pytest.raises(KeyError, match="tidak ada di tabel"):
        tabel.show("tantangan_wog", {"warna": "Warna"}, "x")


def test_glossary_page_has_every_term_sorted():
    text = glossary_markdown()
    terms = list(data.load("glosarium")["istilah"])
    positions = [text.index(f"\n{t}\n") for t in sorted(terms, key=str.lower)]
    assert positions == sorted(positions)
