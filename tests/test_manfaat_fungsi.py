"""Chapter 5: the five benefit cards and the anti-corruption functions × Klitgaard diagram.

Expected values are worked out here from data/manfaat_egov.csv, fungsi_antikorupsi.csv,
unsur_klitgaard.csv and pengaruh_antikorupsi.csv. The diagram puts the 4 functions at
x = (i + 0,5) / 4 on top (y = 1) and the 3 factors at x = (j + 0,5) / 3 below (y = 0);
a link's sign sits at 58 % of the way down if the link goes right (42 % if it goes left).
"""
from __future__ import annotations

import pytest
from plotly.callbacks import Points

from wogbook.bab5 import fungsi, manfaat
from wogbook.inti import data
from test_relasi import FIND, click_point, detail_of, open_chapter

ORANGE, SKY, GREEN, YELLOW, BLUE, RED, PURPLE = ("#E69F00", "#56B4E9", "#009E73", "#F0E442",
                                                 "#0072B2", "#D55E00", "#CC79A7")


# ------------------------------------------------------------------ benefits
def test_benefit_cards():
    fig = manfaat.figure()
    cards, texts = fig.data
    assert cards.type == "bar" and list(cards.y) == [0, 1, 2, 3, 4]
    assert list(cards.marker.color) == [ORANGE, SKY, GREEN, YELLOW, PURPLE]
    assert cards.customdata[1] == (
        "Manfaat 2: Hemat anggaran dan tepat waktu.\nContoh Indonesia: DJP Online e-Filing: SPT "
        "Tahunan dilaporkan daring tanpa datang ke kantor pajak; tenggat 31 Maret untuk orang "
        "pribadi dan 30 April untuk badan.")
    assert texts.text[1] == "<b>2.</b> Hemat anggaran dan tepat waktu"
    # benefit 1 wraps to 3 lines of at most 38 characters, the most of any card
    assert texts.text[0] == ("<b>1.</b> Terselenggaranya tata kelola<br>pemerintahan yang baik "
                             "(good<br>governance), efisien dan efektif")
    assert fig.layout.height == (24 + 18 * 3) * 5 + 12  # = 402
    assert tuple(fig.layout.yaxis.range) == (4.5, -0.5)  # card 1 on top


def test_benefit_explorer_and_widget():
    shown = manfaat.explorer()
    assert shown.alt.startswith("5 kartu manfaat e-government menurut modul: 1. Terselenggaranya")
    assert shown.alt.endswith("Klik sebuah kartu untuk melihat contoh layanan di Indonesia di "
                              "panel bawah.")
    assert shown.text.headers == ["No.", "Manfaat (modul)", "Contoh di Indonesia"]
    assert len(shown.text.rows) == 5 and shown.text.rows[2][0] == "3"
    assert shown.detail == manfaat.DETAIL_START
    live = manfaat.widget()
    live.figure.data[0]._dispatch_on_click(Points(point_inds=[2], trace_index=0), None)
    assert "LPSE/SPSE (LKPP)" in live.detail.value and "Manfaat 3: Transparan" in live.detail.value


def test_benefit_text_is_escaped(data_copy):
    path = data_copy / "manfaat_egov.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "2,Hemat anggaran", "2,<i>Hemat</i> anggaran"), encoding="utf-8")
    assert manfaat.figure().data[1].text[1].startswith("<b>2.</b> &lt;i&gt;Hemat&lt;/i&gt;")


def test_a_bad_benefit_number_names_file_row_and_column(data_copy):
    path = data_copy / "manfaat_egov.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("\n3,", "\ntiga,"), encoding="utf-8")
    with pytest.raises(data.DataError) as err:
        manfaat.explorer()
    assert "manfaat_egov.csv" in str(err.value)
    assert err.value.problems == ["baris 4, kolom 'no': nilai 'tiga' bukan bilangan bulat"]


# ------------------------------------------------------ functions × Klitgaard
def test_links_in_file_order():
    assert [(k["no"], k["fungsi"], k["unsur"], k["pengaruh"]) for k in fungsi.links()] == [
        (1, "Pencegahan", "monopoli", "melemahkan"),
        (1, "Pencegahan", "diskresi", "melemahkan"),
        (2, "Penegakan hukum", "akuntabilitas", "menguatkan"),
        (3, "Pemberdayaan akses informasi", "monopoli", "melemahkan"),
        (3, "Pemberdayaan akses informasi", "akuntabilitas", "menguatkan"),
        (4, "Peningkatan kapasitas", "akuntabilitas", "menguatkan"),
    ]


def test_diagram_lines_signs_and_nodes():
    fig = fungsi.figure()
    assert len(fig.data) == 6 + 3  # six links, then signs, functions, factors
    first, second = fig.data[0], fig.data[2]
    assert list(first.x) == [0.125, pytest.approx(1 / 6)] and list(first.y) == [1.0, 0.0]
    assert (first.line.dash, first.line.color) == ("dot", ORANGE)
    assert (second.line.dash, second.line.color) == ("solid", BLUE)
    assert fig.data[1].line.color == RED
    signs = fig.data[6]
    # five points per link: the sign, then four click targets
    assert len(signs.x) == 30
    assert signs.x[0] == pytest.approx(0.125 + (1 / 6 - 0.125) * 0.58)  # 1 → monopoli, right
    assert signs.y[0] == pytest.approx(0.42)
    assert signs.x[15] == pytest.approx(0.625 + (1 / 6 - 0.625) * 0.42)  # 3 → monopoli, left
    assert signs.y[15] == pytest.approx(0.58)
    assert [signs.text[i] for i in (0, 1, 10)] == ["<b>−</b>", "", "<b>+</b>"]
    assert signs.customdata[0] == (
        "Pencegahan melemahkan monopoli (−).\nPemohon tidak lagi bergantung pada satu petugas "
        "atau satu loket: sistem daring membuka jalur yang sama bagi semua pemohon.\n"
        "(Penalaran buku ini, bukan rumusan modul.)")
    functions, factors = fig.data[7], fig.data[8]
    assert list(functions.x) == [0.125, 0.375, 0.625, 0.875]
    assert functions.customdata[0].startswith("Fungsi 1: Pencegahan.\nReformasi prosedur")
    assert functions.customdata[0].endswith("\nContoh: OSS (perizinan berusaha, menerbitkan NIB); "
                                            "LPSE/SPSE (e-procurement); e-budgeting pemerintah "
                                            "daerah.")
    assert list(factors.marker.color) == [ORANGE, RED, BLUE]
    assert factors.customdata[2] == (
        "Akuntabilitas: pengawasan, transparansi dan kewajiban bertanggung jawab. Dalam rumus "
        "Klitgaard unsur ini mengurangi peluang korupsi.\nDipengaruhi oleh: Penegakan hukum (+), "
        "Pemberdayaan akses informasi (+), Peningkatan kapasitas (+).")
    assert factors.customdata[1].endswith("menambah peluang korupsi.\nDipengaruhi oleh: "
                                          "Pencegahan (−).")
    texts = [a.text for a in fig.layout.annotations]
    assert texts[4:7] == ["<b>Monopoli</b><br>(+ dalam rumus)",
                          "<b>Diskresi</b><br>(+ dalam rumus)",
                          "<b>Akuntabilitas</b><br>(− dalam rumus)"]
    assert texts[3] == "Peningkatan<br>kapasitas"  # function names wrap at 12 characters


def test_diagram_explorer_and_widget():
    shown = fungsi.explorer()
    assert ("Pencegahan melemahkan monopoli; Pencegahan melemahkan diskresi; Penegakan hukum "
            "menguatkan akuntabilitas;") in shown.alt
    assert "penalaran buku ini" in shown.alt and "penalaran buku ini" in shown.text.caption
    assert shown.text.rows[0][:3] == ["1. Pencegahan", "Monopoli", "melemahkan"]
    assert len(shown.text.rows) == 6
    live = fungsi.widget()
    live.figure.data[7]._dispatch_on_click(Points(point_inds=[1], trace_index=7), None)
    assert "Fungsi 2: Penegakan hukum." in live.detail.value


def _edit(folder, name, old, new):
    path = folder / f"{name}.csv"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_link_to_a_missing_function_names_file_row_and_column(data_copy):
    _edit(data_copy, "pengaruh_antikorupsi", "4,akuntabilitas", "9,akuntabilitas")
    with pytest.raises(data.DataError) as err:
        fungsi.explorer()
    assert "pengaruh_antikorupsi.csv" in str(err.value)
    assert "baris 7, kolom 'no': '9' tidak ada di fungsi_antikorupsi.csv (kolom 'no')" \
        in err.value.problems
    assert "fungsi nomor 4 di fungsi_antikorupsi.csv tidak punya satu pun pengaruh" \
        in err.value.problems


def test_a_link_that_would_raise_corruption_is_refused(data_copy):
    _edit(data_copy, "pengaruh_antikorupsi", "1,diskresi,melemahkan", "1,diskresi,menguatkan")
    with pytest.raises(data.DataError) as err:
        fungsi.explorer()
    assert err.value.problems == [
        "baris 3, kolom 'pengaruh': 'menguatkan' menambah peluang korupsi: unsur 'diskresi' "
        "bertanda '+' di unsur_klitgaard.csv, jadi fungsi antikorupsi harus 'melemahkan'"]


def test_the_sign_of_a_factor_decides_the_allowed_effect(data_copy):
    _edit(data_copy, "unsur_klitgaard", "jawab\",−", "jawab\",+")
    with pytest.raises(data.DataError) as err:
        fungsi.explorer()
    assert [p.split(",")[0] for p in err.value.problems] == ["baris 4", "baris 6", "baris 7"]


def test_a_missing_factor_is_an_indonesian_data_error(data_copy):
    path = data_copy / "unsur_klitgaard.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(x for x in lines if not x.startswith("diskresi")) + "\n",
                    encoding="utf-8")
    with pytest.raises(data.DataError, match=r"unsur_klitgaard\.csv(.|\n)*unsur 'diskresi' "
                                             r"tidak ada; ketiga unsur wajib ada"):
        fungsi.explorer()


def test_factor_names_and_meanings_come_from_the_csv(data_copy):
    _edit(data_copy, "unsur_klitgaard", "diskresi,Diskresi,keleluasaan pejabat",
          "diskresi,Keleluasaan,ruang pejabat")
    fig = fungsi.figure()
    assert fig.layout.annotations[5].text == "<b>Keleluasaan</b><br>(+ dalam rumus)"
    assert fig.data[8].customdata[1].startswith("Keleluasaan: ruang pejabat memutuskan")
    assert fig.data[6].hovertext[5] == "Pencegahan melemahkan keleluasaan"


# ------------------------------------------------------------- in the browser
def test_browser_cards_and_links_fill_their_detail_panes(visit):
    v = open_chapter(visit)
    cards = v.page.evaluate(FIND, "manfaat")
    click_point(v, cards, 0, 2)
    assert "LPSE/SPSE" in detail_of(v, cards)
    links = v.page.evaluate(FIND, "fungsi")
    click_point(v, links, len(fungsi.links()) + 1, 0)  # function 1 (after links and signs)
    assert detail_of(v, links).startswith("Fungsi 1: Pencegahan.")
    assert v.errors == []
