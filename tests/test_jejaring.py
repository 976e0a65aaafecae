"""The networks of the four maturity stages (chapter 6).

Expected values are counted here by hand from data/jejaring_*.csv as the module
describes the stages: I five isolated agencies reached one by one by citizens
(5 access links); II agencies A, B, C coordinate around a service centre L
(3 access + 6 coordination = 9 links); III one government network (1 access + 15
government links + 1 coordinated private link = 17); IV the private sector inside the
network (1 + 15 + 4 = 20).
"""
from __future__ import annotations

import pytest

from wogbook.bab6 import jejaring
from wogbook.bab6.jejaring import network
from wogbook.inti import data

AGENCIES = ("A", "B", "C", "D", "E")


def edit(folder, name, old, new):
    path = folder / f"{name}.csv"
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}.csv"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# ----------------------------------------------------------------------- model
@pytest.mark.parametrize("tahap, links, kinds", [
    (1, 5, {"akses": 5}),
    (2, 9, {"akses": 3, "koordinasi": 6}),
    (3, 17, {"akses": 1, "jejaring": 15, "swasta_koordinasi": 1}),
    (4, 20, {"akses": 1, "jejaring": 15, "swasta_inklusi": 4}),
])
def test_links_of_each_stage(tahap, links, kinds):
    net = network(tahap)
    assert len(net.edges) == links
    counted = {}
    for e in net.edges:
        counted[e.kind] = counted.get(e.kind, 0) + 1
    assert counted == kinds


def test_summaries_count_the_links():
    # II: 6 coordination links; III: 15 government links; IV: all 20 links
    assert network(2).ringkasan.endswith("Jejaringnya kecil: 6 hubungan koordinasi.")
    assert "terhubung (15 hubungan)" in network(3).ringkasan
    assert network(4).ringkasan.endswith("(area hijau): 20 hubungan.")
    assert "{" not in network(1).ringkasan


def test_network_grows_from_silos_to_one_network():
    silo, transition, integration, golden = (network(t) for t in (1, 2, 3, 4))
    assert jejaring.agencies() == AGENCIES
    # I: isolated agencies; citizens reach only their agency, never the centre
    assert not any(e.a in AGENCIES and e.b in AGENCIES for e in silo.edges)
    assert all(silo.linked("W", a) for a in AGENCIES)
    assert "P" not in silo.reachable("W")
    assert silo.groups == tuple(("silo", (a,)) for a in AGENCIES)
    assert {n.id for n in silo.nodes} == {"P", *AGENCIES, "W"}
    # II: a small cluster around the service centre; no private sector yet
    assert transition.groups == (("klaster", ("A", "B", "C", "L")),)
    assert not transition.linked("D", "E") and "S" not in {n.id for n in transition.nodes}
    # III: every agency linked to the centre; the private sector only coordinated
    assert all(integration.linked("P", a) for a in AGENCIES)
    assert {e.kind for e in integration.edges if "S" in (e.a, e.b)} == {"swasta_koordinasi"}
    assert "S" not in dict(integration.groups)["klaster"]
    # IV: the private sector inside the network, one shared group with citizens
    assert {e.kind for e in golden.edges if "S" in (e.a, e.b)} == {"swasta_inklusi"}
    assert dict(golden.groups)["klaster"] == ("P", *AGENCIES, "L", "W", "S")
    assert golden.reachable("W") == {"P", *AGENCIES, "L", "W", "S"}


@pytest.mark.parametrize("bad", [0, 5, "II", True, 2.0, None])
def test_network_refuses_unknown_stages(bad):
    with pytest.raises(ValueError, match=r"Tahap harus 1, 2, 3 atau 4 \(I–IV\)"):
        network(bad)


def test_an_actor_outside_the_network_is_an_indonesian_error():
    with pytest.raises(ValueError, match="Pelaku 'S' tidak ada dalam jejaring tahap 2"):
        network(2).node("S")


# -------------------------------------------------------------- state → update
def test_update_draws_the_stage_at_the_given_trace():
    u = jejaring.update(2, first=4)
    assert sorted(u.traces) == list(range(4, 4 + jejaring.COUNT)) and jejaring.COUNT == 12
    # cluster A, B, C, L: x 0.07…0.5, y 0.3…0.62, padded by 0.07 and 0.1
    cluster = u.traces[4 + jejaring.CLUSTER]
    xs = [x for x in cluster["x"] if x is not None]
    ys = [y for y in cluster["y"] if y is not None]
    assert (min(xs), max(xs)) == pytest.approx((0.0, 0.57))
    assert (min(ys), max(ys)) == pytest.approx((0.2, 0.72))
    assert u.traces[4 + jejaring.SILO] == {"x": [None], "y": [None]}
    # the first coordination link is L (0.27, 0.3) → A (0.07, 0.62)
    coordination = u.traces[4 + jejaring.EDGES["koordinasi"]]
    assert coordination["x"][:3] == [0.27, 0.07, None]
    assert coordination["y"][:3] == [0.3, 0.62, None]
    assert coordination["x"].count(None) == 6
    assert u.traces[4 + jejaring.EDGES["jejaring"]] == {"x": [None], "y": [None]}
    agencies = u.traces[4 + jejaring.NODES["instansi"]]
    assert agencies == {"x": [0.07, 0.285, 0.5, 0.715, 0.93], "y": [0.62] * 5}
    assert u.traces[4 + jejaring.NODES["swasta"]] == {"x": [None], "y": [None]}
    assert jejaring.update(3).traces[jejaring.NODES["swasta"]] == {"x": [0.8], "y": [0.15]}


def test_stage_one_draws_five_separate_silos():
    silo = jejaring.update(1).traces[jejaring.SILO]
    assert silo["x"].count(None) == 4  # five closed outlines, four breaks
    xs = [x for x in silo["x"] if x is not None]
    assert (min(xs), max(xs)) == pytest.approx((0.07 - 0.085, 0.93 + 0.085))


def test_figure_alone_has_the_panel_and_escaped_hover_texts(data_copy):
    edit(data_copy, "jejaring_simpul", "Sektor swasta", "Sektor <swasta>")
    fig = jejaring.figure(4)
    assert len(fig.data) == jejaring.COUNT and fig.layout.title.text == "Jejaring kerja Tahap IV"
    assert [t.name for t in fig.data[2:7]] == ["Akses warga", "Koordinasi", "Jejaring pemerintah",
                                              "Swasta dikoordinasi", "Swasta dalam jejaring"]
    agencies = fig.data[jejaring.NODES["instansi"]]
    assert list(agencies.text) == list(AGENCIES)
    assert list(agencies.hovertext) == [f"Instansi {a}" for a in AGENCIES]
    assert list(fig.data[jejaring.NODES["swasta"]].hovertext) == ["Sektor &lt;swasta&gt;"]
    assert fig.data[jejaring.NODES["swasta"]].x == (0.8,)


# -------------------------------------------------------------------- the data
def test_moving_an_actor_in_the_csv_moves_it_in_the_figure(data_copy):
    edit(data_copy, "jejaring_simpul", "S,Swasta,swasta,0.8,0.15", "S,Swasta,swasta,0.6,0.1")
    assert jejaring.update(4).traces[jejaring.NODES["swasta"]] == {"x": [0.6], "y": [0.1]}


def test_a_link_to_an_unknown_actor_names_file_line_and_column(data_copy):
    edit(data_copy, "jejaring_sisi", "2,W,D,akses", "2,W,Z,akses")
    with pytest.raises(data.DataError) as err:
        network(2)
    text = str(err.value)
    assert "jejaring_sisi.csv" in text and "baris 8, kolom 'ke': 'Z'" in text
    assert "jejaring_simpul.csv" in text


def test_a_link_twice_or_to_itself_is_refused(data_copy):
    edit(data_copy, "jejaring_sisi", "2,W,D,akses", "2,A,L,akses")  # L–A already on line 10
    edit(data_copy, "jejaring_sisi", "1,W,A,akses", "1,A,A,akses")
    with pytest.raises(data.DataError) as err:
        network(1)
    text = str(err.value)
    assert "baris 2, kolom 'ke': 'A' sama dengan 'dari'" in text
    assert "baris 10, kolom 'ke': hubungan L–A tahap 2 sudah ada di baris 8" in text


def test_bad_groups_and_summaries_name_line_and_column(data_copy):
    edit(data_copy, "jejaring_tahap", "2,,A B C L", "2,,A B C X")
    edit(data_copy, "jejaring_tahap", "{semua} hubungan", "{jumlah} hubungan")
    with pytest.raises(data.DataError) as err:
        network(1)
    text = str(err.value)
    assert "jejaring_tahap.csv" in text
    assert "baris 3, kolom 'klaster': X tidak ada di jejaring_simpul.csv" in text
    assert "baris 5, kolom 'ringkasan': kurung kurawal hanya boleh berisi {pemerintah} atau " \
           "{semua}" in text


def test_a_stage_without_a_network_is_reported(data_copy):
    path = data_copy / "jejaring_tahap.csv"
    path.write_text("\n".join(path.read_text(encoding="utf-8").splitlines()[:4]) + "\n",
                    encoding="utf-8")
    with pytest.raises(data.DataError, match="tahap 4 tidak punya baris jejaring") as err:
        network(1)
    assert "jejaring_tahap.csv" in str(err.value)


def test_an_unknown_link_kind_lists_the_kinds(data_copy):
    edit(data_copy, "jejaring_sisi", "1,W,A,akses", "1,W,A,kabel")
    with pytest.raises(data.DataError, match="nilai 'kabel' tidak dikenal; yang diizinkan: "
                                             "akses, koordinasi, jejaring"):
        network(1)
