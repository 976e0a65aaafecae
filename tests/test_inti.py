"""The shared layer: Update, static controls, layout variants, figure display, tables,
quizzes and the glossary page source. Expected values are worked out by hand here."""
from __future__ import annotations

from pathlib import Path

import plotly.graph_objects as go
import pytest

from wogbook.buku import glossary_markdown
from wogbook.buku.istilah import markdown_text
from wogbook.inti import data, gaya, kontrol, kuis, varian
from wogbook.inti.tampil import BookFigure, Table, Tables, detail_html, table
from wogbook.inti.update import Update


def two_bars() -> go.Figure:
    fig = go.Figure([go.Bar(y=[1], marker_color="red"), go.Bar(y=[2], marker_color="blue")])
    fig.update_layout(title_text="awal", font_size=14)
    return fig


def test_update_applies_to_a_figure_and_to_a_figure_widget():
    change = Update({1: {"y": [7], "marker.color": "green"}}, {"title.text": "baru"})
    for fig in (two_bars(), go.FigureWidget(two_bars())):
        change.apply(fig)
        assert fig.data[0].y == (1,) and fig.data[0].marker.color == "red"  # untouched
        assert fig.data[1].y == (7,) and fig.data[1].marker.color == "green"
        assert fig.layout.title.text == "baru"


def test_updates_add_up_and_the_right_one_wins():
    a = Update({0: {"y": [1], "text": ["a"]}}, {"title.text": "a"})
    b = Update({0: {"y": [2]}, 2: {"x": [0]}}, {"height": 3})
    assert a + b == Update({0: {"y": [2], "text": ["a"]}, 2: {"x": [0]}},
                           {"title.text": "a", "height": 3})
    assert Update.trace(1, marker_color="red") == Update({1: {"marker.color": "red"}})
    assert not Update() and Update(layout={"height": 1})


def test_update_as_plotly_js_calls():
    change = Update({1: {"y": [7]}}, {"title.text": "t"})
    assert change.groups() == [[{"y": [[7]]}, [1]]]
    assert change.state() == {"restyle": [[{"y": [[7]]}, [1]]], "relayout": {"title.text": "t"}}


def test_menu_buttons_are_complete_states_whatever_the_order():
    base = two_bars()
    # state A recolours trace 0 and retitles; state B only moves trace 1
    states = [("A", Update({0: {"marker.color": "black"}}, {"title.text": "A"})),
              ("B", Update({1: {"y": [9]}}))]
    menu = kontrol.menu(states, base, active=1, kind="buttons")
    a, b = (button["args"] for button in menu["buttons"])
    # every button sets every attribute any state touches; the base value where it does not
    assert a == [{"marker.color": ["black", "blue"], "y": [[1], [2]]}, {"title.text": "A"}, [0, 1]]
    assert b == [{"marker.color": ["red", "blue"], "y": [[1], [9]]}, {"title.text": "awal"}, [0, 1]]
    assert menu["active"] == 1 and menu["type"] == "buttons" and menu["direction"] == "right"


def test_slider_steps_and_a_step_that_only_feeds_the_lookup():
    base = two_bars()
    slider = kontrol.slider("n", [("0", Update()), ("1", Update({0: {"y": [5]}}))], base,
                            active=1, prefix="Jumlah")
    first, second = slider["steps"]
    assert first == {"label": "0", "value": "0", "method": "skip", "args": []}
    assert second["method"] == "update" and second["args"] == [{"y": [[5]]}, {}, [0]]
    assert slider["currentvalue"]["prefix"] == "Jumlah: " and slider["active"] == 1


def test_lookup_stores_each_outcome_once_in_row_major_order():
    # two sliders of 2 and 3 steps; the outcome depends only on i + j (0…3)
    table = kontrol.lookup([0, 1], [2, 3], lambda i, j: Update(layout={"title.text": str(i + j)}))
    titles = [table["states"][k]["relayout"]["title.text"] for k in table["index"]]
    assert titles == ["0", "1", "2", "1", "2", "3"]
    assert len(table["states"]) == 4 and table["dims"] == [2, 3] and table["sliders"] == [0, 1]


def test_variants_scale_every_font_and_keep_text_readable():
    fig = two_bars()
    fig.update_layout(title_font_size=16, annotations=[{"text": "x", "font": {"size": 7}}],
                      sliders=[{"steps": [{"label": "a"}], "font": {"size": 11}}])
    fig.update_traces(textfont_size=12, selector=0)
    projector = varian.update_for(fig, "projector")
    # projector base 20 px against desktop 14 px: 16 → 23, 14 → 20, 12 → 17 → at least 18
    assert projector.layout["font.size"] == 20 and projector.layout["title.font.size"] == 23
    assert projector.layout["annotations[0].font.size"] == 18  # 7 × 20/14 = 10 → minimum 18
    assert projector.layout["sliders[0].font.size"] == 18      # 11 × 20/14 = 15.7 → 18
    assert projector.traces == {0: {"textfont.size": 18}}
    phone = varian.update_for(fig, "phone")
    assert "margin.l" not in phone.layout  # margins stay: axis labels may live there
    assert phone.layout["title.font.size"] == 15 and phone.layout["annotations[0].font.size"] == 10
    assert varian.update_for(fig, "desktop") == Update()
    with pytest.raises(ValueError, match="Varian tata letak 'tv' tidak dikenal"):
        varian.update_for(fig, "tv")


def test_book_figure_carries_its_variants_and_the_way_back():
    fig = two_bars()
    fig.update_layout(margin={"l": 40})
    extra = {"phone": Update(layout={"height": 300, "margin.l": 8})}
    meta = BookFigure(fig, "uji", variants=extra).spec()["layout"]["meta"]["wog_variants"]
    assert meta["phone"]["relayout"]["height"] == 300 and meta["phone"]["relayout"]["margin.l"] == 8
    back = meta["desktop"]["relayout"]
    assert back["margin.l"] == 40 and back["font.size"] == 14 and back["height"] is None
    assert meta["print"]["relayout"]["font.size"] == 12
    # printed for the A4 page: 210 mm − 2 × 12 mm = 703 px at 96 px/inch, less the 56 px the
    # column indents a figure: 620 px leaves room
    assert meta["print"]["relayout"]["width"] == 620 and back["width"] is None


def test_printed_figures_hide_their_menus_and_sliders_and_get_them_back():
    fig = two_bars()
    fig.update_layout(updatemenus=[{"buttons": [{"label": "a", "method": "relayout",
                                                 "args": [{}]}]}],
                      sliders=[{"steps": [{"label": "1"}]}, {"steps": [{"label": "2"}]}])
    meta = BookFigure(fig, "uji").spec()["layout"]["meta"]["wog_variants"]
    printed = meta["print"]["relayout"]
    assert [printed[k] for k in ("updatemenus[0].visible", "sliders[0].visible",
                                 "sliders[1].visible")] == [False, False, False]
    assert "updatemenus[0].visible" not in meta["phone"]["relayout"]
    assert meta["desktop"]["relayout"]["sliders[1].visible"] is None  # plotly's default: shown


def test_live_widget_switches_to_the_projector_variant():
    fig = go.FigureWidget(two_bars())
    varian.apply(fig, "projector")
    assert fig.layout.font.size == 20


def test_text_helpers():
    assert gaya.wrap("satu dua tiga <b>", 9) == "satu dua<br>tiga &lt;b&gt;"
    assert gaya.angka(-2.50) == "−2,5" and gaya.angka(3.0) == "3" and gaya.angka(8.333, 2) == "8,33"
    assert gaya.tint("#0072B2", 0.2) == "#cce3f0"  # 255 − (255 − c) × 0.2 per channel
    assert gaya.ink("#0072B2") == "#ffffff" and gaya.ink("#F0E442") == "#000000"
    assert round(gaya.contrast("#000000", "#ffffff"), 1) == 21.0
    assert detail_html("a <b>\nc") == (f'<div class="wog-detail" style="{gaya_style()}">'
                                        "a &lt;b&gt;\nc</div>")


def gaya_style():
    from wogbook.inti.tampil import DETAIL_STYLE
    return DETAIL_STYLE


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



def test_quiz_inconsistencies_are_reported(data_copy):
    with pytest.raises(ValueError, match="Tidak ada soal kuis untuk bab 'bab99'"):
        kuis.questions("bab99")
    with open(data_copy / "kuis_opsi.csv", "a", encoding="utf-8") as f:
        f.write("b4-99,Pilihan yatim,ya,Penjelasan\n")
    with pytest.raises(data.DataError, match="'b4-99' tidak ada di kuis_soal.csv"):
        kuis.questions("bab4")
    with open(data_copy / "kuis_soal.csv", "a", encoding="utf-8") as f:
        f.write("b4-99,bab4,satu,Soal dengan dua jawaban benar?\n")
    with open(data_copy / "kuis_opsi.csv", "a", encoding="utf-8") as f:
        f.write("b4-99,Pilihan kedua,ya,Penjelasan\n")
    with pytest.raises(data.DataError, match="berjenis 'satu' tetapi jawaban benarnya 2"):
        kuis.questions("bab4")


def test_tables_render_every_row_escaped():
    shown = table("tantangan_wog", {"jenis": "Jenis", "butir": "Butir"}, "Tantangan")
    assert len(shown.rows) == len(data.load("tantangan_wog")) == 9
    assert "<caption>Tantangan</caption>" in shown._repr_html_()
    with pytest.raises(KeyError, match="tidak ada di tabel"):
        table("tantangan_wog", {"warna": "Warna"}, "x")
    both = Tables(Table("a", ["x"], [["<i>"]]), Table("b", ["y"], [["2"]]))
    assert both._repr_html_().count("<table") == 2 and "&lt;i&gt;" in both._repr_html_()


def test_glossary_page_has_every_term_sorted():
    text = glossary_markdown()
    terms = list(data.load("glosarium")["istilah"])
    positions = [text.index(f"\n{markdown_text(t)}\n") for t in sorted(terms, key=str.lower)]
    assert positions == sorted(positions)


def test_the_phone_variant_is_made_for_a_finger():
    fig = go.Figure([go.Scatter(y=[1, 2]), go.Sunburst(ids=["a", "b"], labels=["a", "b"],
                                                       parents=["", "a"])])
    fig.update_layout(dragmode="pan", yaxis2={"domain": [0, 0.4]})
    phone = varian.update_for(fig, "phone")
    # a swipe scrolls the page: no drag, no zoom on any axis; margins stay as built
    assert phone.layout["dragmode"] is False and phone.layout["margin.autoexpand"] is False
    assert phone.layout["xaxis.fixedrange"] is phone.layout["yaxis2.fixedrange"] is True
    assert phone.traces[1]["maxdepth"] == 2  # the sunburst: one ring below the centre
    assert "maxdepth" not in phone.traces.get(0, {})
    assert "dragmode" not in varian.update_for(fig, "projector").layout  # not a touch screen
    back = BookFigure(fig, "uji").spec()["layout"]["meta"]["wog_variants"]["desktop"]
    assert back["relayout"]["dragmode"] == "pan" and back["relayout"]["margin.autoexpand"] is None


def test_until_plotly_draws_the_box_shows_the_title_as_text():
    fig = two_bars()
    fig.update_layout(title_text="Skor <b>A &amp; B</b><br><span style='x'>naik</span>")
    html = BookFigure(fig, "uji").to_html()
    wait = html.split('class="wog-plot-wait">')[1].split("</p>")[0]
    assert wait == "<strong>Skor A &amp; B naik</strong><br>Gambar interaktif sedang dimuat…"


def test_quiz_text_from_data_is_escaped_never_markup(data_copy):
    path = data_copy / "kuis_soal.csv"
    with open(path, "a", encoding="utf-8") as f:
        f.write('x-1,bab4,satu,"Apa <img src=x onerror=alert(1)> ini & itu?"\n')
    with open(data_copy / "kuis_opsi.csv", "a", encoding="utf-8") as f:
        f.write("x-1,<script>alert(2)</script>,ya,<b>benar</b>\nx-1,Tidak,tidak,Bukan\n")
    item = next(q for q in kuis.questions("bab4") if "img" in q["question"])
    assert item["question"] == "Apa &lt;img src=x onerror=alert(1)&gt; ini &amp; itu?"
    assert item["answers"][0] == {"answer": "&lt;script&gt;alert(2)&lt;/script&gt;",
                                  "correct": True, "feedback": "&lt;b&gt;benar&lt;/b&gt;"}


def test_the_printed_quiz_numbers_questions_and_its_key_points_at_the_right_options():
    """Read back from the printed HTML: every question of the chapter in order, its options
    lettered a, b, c …, and each key letter names an option the CSV marks 'ya'."""
    import re

    import pandas as pd
    from bs4 import BeautifulSoup

    from wogbook.inti import kuis

    root = Path(__file__).resolve().parent.parent / "data"
    soal = pd.read_csv(root / "kuis_soal.csv")
    opsi = pd.read_csv(root / "kuis_opsi.csv")
    for bab in sorted(set(soal["bab"])):
        soup = BeautifulSoup(kuis.printed(bab), "html.parser")
        asked = soup.select("div.wog-kuis-cetak > ol > li")
        rows = soal[soal["bab"] == bab].to_dict("records")
        assert len(asked) == len(rows)
        key = soup.select_one(".wog-kunci").get_text().removeprefix("Kunci jawaban: ").rstrip(".")
        letters = [part.split(" ", 1)[1].split(", ") for part in key.split("; ")]
        for li, row, chosen in zip(asked, rows, letters):
            assert li.find(string=True, recursive=False).startswith(row["pertanyaan"][:40])
            shown = [o.get_text() for o in li.select("ol[type=a] > li")]
            right = set(opsi[(opsi["soal_id"] == row["soal_id"]) & (opsi["benar"] == "ya")]["opsi"])
            assert {shown["abcdefghij".index(c)] for c in chosen} == right, (bab, row["soal_id"])
            assert re.fullmatch(r"[a-j]", chosen[0])


def test_projector_variant_hides_shrunk_labels_and_keeps_a_title_from_the_top():
    fig = go.Figure(go.Sunburst(labels=["a", "b"], parents=["", "a"]))
    fig.update_layout(title={"text": "t", "font": {"size": 17}, "pad": {"t": 14}},
                      margin={"t": 50, "l": 8})
    projector = varian.update_for(fig, "projector")
    # a label plotly would shrink below 18 px is hidden; a sunburst shows one ring
    assert projector.layout["uniformtext.minsize"] == 18
    assert projector.layout["uniformtext.mode"] == "hide"
    assert projector.traces[0]["maxdepth"] == 2
    # title 17 × 20/14 = 24 px; its pad 14 × 20/14 = 20 would cut its first line: 24
    assert projector.layout["title.font.size"] == 24 and projector.layout["title.pad.t"] == 24
    assert projector.layout["margin.t"] == 71 and projector.layout["margin.l"] == 11  # × 20/14
    assert "uniformtext.minsize" not in varian.update_for(fig, "phone").layout


def test_live_extra_lays_out_each_figure_of_a_variant():
    from wogbook.inti.widget import Live

    one, two = go.FigureWidget(two_bars()), go.FigureWidget(two_bars())
    live = Live(None, one, figures=(one, two), extra={"projector": (
        Update(layout={"legend.x": 1.02}), Update(layout={"yaxis.title.text": ""}))})
    live.variant("projector")
    assert one.layout.legend.x == 1.02 and two.layout.legend.x is None
    assert two.layout.yaxis.title.text == "" and one.layout.font.size == 20
