"""'Nilai instansi Anda' (chapter 3): validation, summary, profile figure, the static example
and the live widgets, and the errors of the example's CSV file.

The example agency of contoh_profil_instansi.csv scores, by hand:
internal 2 3 2 1 1 2 (mean 11/6 = 1,83), external 3 2 0 0 1 0 3 2 1 0 (12/10 = 1,2),
barriers 2 1 3 3 1 (10/5 = 2,0).
"""
from __future__ import annotations

import pytest

from wogbook.bab3 import profil as P
from wogbook.bab3.profil import profil
from wogbook.inti import data

INTERNAL = [2, 3, 2, 1, 1, 2]
EKSTERNAL = [3, 2, 0, 0, 1, 0, 3, 2, 1, 0]
HAMBATAN = [2, 1, 3, 3, 1]


@pytest.fixture(scope="module")
def example():
    name, skor = P.contoh()
    return name, profil(skor)


# ------------------------------------------------------------------------ model
def test_example_comes_from_the_csv(example):
    name, p = example
    assert name == "Dinas X (contoh fiktif)"
    assert len(p.items) == 6 + 10 + 5
    assert [s for _, s in p.of("internal")] == INTERNAL
    assert [s for _, s in p.of("eksternal")] == EKSTERNAL
    assert [s for _, s in p.of("hambatan")] == HAMBATAN
    assert [i.nama for i, _ in p.of("hambatan")][2] == "Ego sektoral antarinstansi"


def test_means_top_and_watch(example):
    _, p = example
    assert (p.mean("internal"), p.mean("eksternal"), p.mean("hambatan")) == (1.83, 1.2, 2.0)
    # three drivers score 3; ties keep data order (internal before external)
    assert [(i.nama, s) for i, s in p.top("pendorong")] == [
        ("Menghindari duplikasi tugas", 3), ("Tekanan opini publik", 3),
        ("Harapan masyarakat", 3)]
    assert [(i.nama, s) for i, s in p.top("hambatan", 2)] == [
        ("Ego sektoral antarinstansi", 3), ("Insentif yang rendah", 3)]
    # barriers ≥ 2 blocking one of those three drivers (pendorong_hambatan.csv lines 4–5,
    # 14–15, 26–27); 'Perilaku …' is linked to Harapan masyarakat but scores only 1
    assert p.watch() == [
        ("Tujuan, prioritas dan akuntabilitas yang tidak jelas", ["Tekanan opini publik"]),
        ("Ego sektoral antarinstansi", ["Menghindari duplikasi tugas", "Harapan masyarakat"]),
        ("Insentif yang rendah", ["Menghindari duplikasi tugas"]),
    ]


def test_summary_in_words(example):
    _, p = example
    lines = P.summary(p)
    assert lines[0] == ("Rata-rata: pendorong internal 1,8 · pendorong eksternal 1,2 · "
                        "hambatan 2,0.")
    assert lines[1] == ("Pendorong terkuat: Menghindari duplikasi tugas (3); Tekanan opini "
                        "publik (3); Harapan masyarakat (3).")
    assert lines[2] == ("Hambatan terberat: Ego sektoral antarinstansi (3); Insentif yang "
                        "rendah (3).")
    assert lines[4] == ("Waspadai: hambatan “Ego sektoral antarinstansi” biasa menghadang "
                        "pendorong “Menghindari duplikasi tugas” dan “Harapan masyarakat”.")
    assert len(lines) == 6


def test_empty_and_partial_profiles():
    empty = profil({})
    assert set(empty.skor) == {0} and empty.top() == [] and empty.watch() == []
    assert P.summary(empty) == ["Rata-rata: pendorong internal 0,0 · pendorong eksternal 0,0 · "
                                "hambatan 0,0.", "Belum ada pendorong yang dinilai terasa.",
                                "Belum ada hambatan yang dinilai terasa."]
    partial = profil({"Teknologi": 2})
    assert sum(partial.skor) == 2 and partial.mean("eksternal") == 0.2
    assert P.summary(partial)[1] == "Pendorong terkuat: Teknologi (2)."


@pytest.mark.parametrize("bad, fragment", [
    (4, "harus antara 0 dan 3"), (-1, "harus antara 0 dan 3"),
    (2.5, "harus bilangan bulat 0–3"), ("2", "harus bilangan bulat 0–3"),
    (True, "harus bilangan bulat 0–3"), (None, "harus bilangan bulat 0–3"),
])
def test_profile_refuses_bad_scores(bad, fragment):
    with pytest.raises(ValueError, match=fragment) as err:
        profil({"Keamanan": 1, "Teknologi": bad})
    assert "'Teknologi'" in str(err.value) and repr(bad) in str(err.value)


def test_profile_refuses_unknown_items_and_lists_the_allowed_names():
    with pytest.raises(ValueError) as err:
        profil({"Memerlukan waktu lama": 2})  # a weakness, not scored in the profile
    message = str(err.value)
    assert "Butir 'Memerlukan waktu lama' tidak dikenal" in message
    assert "Nama yang diizinkan: Menyelaraskan kepentingan bersama; " in message
    assert message.endswith("; Perilaku yang resisten terhadap pemberantasan korupsi.")
    assert message.count(";") == 20


# ------------------------------------------------------------ update and figure
def test_profile_update(example):
    _, p = example
    u = P.profile_update(p, "Uji")
    assert u.traces[0] == {"x": INTERNAL, "text": ["2 · terasa", "3 · sangat terasa",
                                                   "2 · terasa", "1 · sedikit terasa",
                                                   "1 · sedikit terasa", "2 · terasa"]}
    assert u.traces[1]["x"] == EKSTERNAL and u.traces[2]["x"] == HAMBATAN
    assert u.traces[1]["text"][2] == "0 · tidak terasa"
    assert u.layout["title.text"] == (
        "<b>Uji</b><br><span style=\"font-size:0.9em\">Rata-rata: pendorong internal 1,8 · "
        "pendorong<br>eksternal 1,2 · hambatan 2,0.<br>Pendorong terkuat: Menghindari duplikasi "
        "tugas<br>(3); Tekanan opini publik (3); Harapan<br>masyarakat (3).</span>")


def test_profile_figure(example):
    _, p = example
    fig = P.profile_figure(p, "Uji")
    assert [t.name for t in fig.data] == ["Pendorong internal", "Pendorong eksternal", "Hambatan"]
    assert [list(t.x) for t in fig.data] == [INTERNAL, EKSTERNAL, HAMBATAN]
    assert [t.marker.color for t in fig.data] == ["#0072B2", "#009E73", "#D55E00"]
    assert "<b>Uji</b>" in fig.layout.title.text
    # 21 rows; four names are longer than 44 characters and take 0,35 row more:
    # top = 30 + 17 × 7 + 30 = 179; height = 179 + 48 × (21 + 4 × 0,35 + 0,45) + 70 = 1346
    assert fig.layout.margin.t == 179 and fig.layout.height == 1346
    notes = fig.layout.annotations
    assert len(notes) == 21
    assert notes[4].text == "Garis tindakan yang padu (coherent line of<br>action)"
    assert notes[4].y == pytest.approx(4 + 0.35 + 0.06)
    assert list(fig.data[0].y)[4] == pytest.approx(4 + 0.35 + 0.3)
    assert fig.layout.yaxis.range == pytest.approx((22.4 - 0.4, -0.45))


def test_static_example_is_labelled_as_an_example():
    example = P.contoh_profil()
    assert example.figure.layout.title.text.startswith(
        "<b>Contoh: profil Dinas X (contoh fiktif)</b>")
    assert example.alt.startswith("Contoh profil Dinas X (contoh fiktif): diagram batang")
    assert "Rata-rata: pendorong internal 1,8" in example.alt
    assert example.text.caption == "Skor contoh Dinas X (contoh fiktif)"
    assert len(example.text.rows) == 21
    assert example.text.rows[1] == ["Pendorong internal", "Menghindari duplikasi tugas",
                                    "3 (sangat terasa)"]
    assert example.to_html() == P.contoh_profil().to_html()


def test_example_follows_an_edited_csv(data_copy):
    path = data_copy / "contoh_profil_instansi.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Dinas X (contoh fiktif),Keamanan,0",
                                 "Dinas X (contoh fiktif),Keamanan,3"), encoding="utf-8")
    example = P.contoh_profil()
    assert list(example.figure.data[1].x)[2] == 3
    assert "Pendorong terkuat: Menghindari duplikasi tugas (3); Tekanan opini publik (3); " \
           "Keamanan (3)." in example.alt


# ------------------------------------------------------------------- data errors
def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_example_score_out_of_range_is_reported(data_copy):
    _edit(data_copy / "contoh_profil_instansi.csv", "Keamanan,0", "Keamanan,4")
    with pytest.raises(data.DataError) as err:
        P.contoh_profil()
    message = str(err.value)
    assert "contoh_profil_instansi.csv" in message
    assert "baris 10, kolom 'skor': nilai 4 di luar rentang 0–3" in message


def test_example_scores_only_drivers_and_barriers(data_copy):
    _edit(data_copy / "contoh_profil_instansi.csv", "Keamanan,0", "Memerlukan waktu lama,0")
    with pytest.raises(data.DataError) as err:
        P.contoh()
    assert "baris 10, kolom 'butir': 'Memerlukan waktu lama' bukan faktor di " \
           "faktor_pendorong.csv atau butir berjenis 'hambatan'" in str(err.value)


def test_example_holds_one_agency(data_copy):
    _edit(data_copy / "contoh_profil_instansi.csv", "Dinas X (contoh fiktif),Teknologi,2",
          "Dinas Y,Teknologi,2")
    with pytest.raises(data.DataError) as err:
        P.penilaian()
    assert "baris 15, kolom 'instansi': 'Dinas Y' berbeda dari 'Dinas X (contoh fiktif)' " \
           "(baris 2)" in str(err.value)


# ------------------------------------------------------------------ live widgets
def test_rating_follows_the_sliders():
    live = P.penilaian()
    fig, c = live.figure, live.controls
    assert fig.layout.title.text.startswith("<b>Profil instansi Anda</b>")
    assert set(fig.data[1].x) == {0}
    assert "Belum ada pendorong yang dinilai terasa." in live.detail.value
    c["Keamanan"].value = 3
    assert list(fig.data[1].x) == [0, 0, 3, 0, 0, 0, 0, 0, 0, 0]
    assert fig.data[1].text[2] == "3 · sangat terasa"
    assert "• Pendorong terkuat: Keamanan (3)." in live.detail.value
    c["Keamanan"].value = 99  # ipywidgets clamps to the scale
    assert c["Keamanan"].value == 3
    c["contoh"].click()
    assert c["contoh"].description == "Isi dengan contoh Dinas X"
    assert [c[i.nama].value for i in P.profile_items()] == INTERNAL + EKSTERNAL + HAMBATAN
    assert fig.layout.title.text.startswith("<b>Contoh: profil Dinas X (contoh fiktif)</b>")
    assert list(fig.data[2].x) == HAMBATAN
    c["Teknologi"].value = 0  # own scores again: the title says so
    assert fig.layout.title.text.startswith("<b>Profil instansi Anda</b>")
    assert list(fig.data[1].x) == [3, 2, 0, 0, 1, 0, 3, 0, 1, 0]
    c["kosongkan"].click()
    assert set(fig.data[0].x) == {0} and "Belum ada pendorong" in live.detail.value


def test_tabbed_widget():
    live = P.widget(tab="nilai")
    assert live.box.selected_index == 1
    assert tuple(live.box.titles) == ("Jelajahi", "Nilai instansi Anda")
    assert live.figure.data[0].name == "Pendorong internal"  # the profile figure
    assert {"view", "butir", "contoh", "kosongkan", "tab", "Keamanan"} <= set(live.controls)
    first = P.widget()
    assert first.box.selected_index == 0
    assert first.figure.data[0].type == "sunburst"
    first.controls["view"].value = "hambatan"
    assert first.figure.data[0].level == "hambatan"
    with pytest.raises(ValueError, match="Tab 'x' tidak dikenal; pilihan: jelajahi, nilai"):
        P.widget(tab="x")


def test_projector_variant_reaches_both_tabs():
    """Mode Kelas switches a live widget to the projector variant (base font 20 px)."""
    live = P.widget().variant("projector")
    figures = list(live.figures)
    assert [f.data[0].type for f in figures] == ["sunburst", "bar"]
    assert [f.layout.font.size for f in figures] == [20, 20]
    from wogbook.bab3 import pendorong
    assert pendorong.widget().variant("projector").figure.layout.font.size == 20


def test_in_class_the_profile_is_its_three_averages(example):
    """Mode Kelas: 25 rows do not fit a projector; the class sees the three averages of
    the example agency, as worked by hand in test_means_top_and_watch (1,83 · 1,2 · 2,0)."""
    live = P.widget(tab="nilai", projector=True)
    fig = live.figure
    assert list(fig.data[0].y) == ["Pendorong internal", "Pendorong eksternal", "Hambatan"]
    assert list(fig.data[0].x) == [0, 0, 0]
    live.controls["contoh"].click()
    assert list(fig.data[0].x) == [1.83, 1.2, 2.0]
    assert list(fig.data[0].text) == ["1,8", "1,2", "2,0"]
    assert fig.layout.title.text.startswith("<b>Contoh: profil Dinas X (contoh fiktif)</b>")
    assert len(P.widget(tab="nilai").figure.data) == 3  # the book keeps its 25 rows
