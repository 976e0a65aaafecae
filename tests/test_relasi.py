"""Chapter 5: the relation-model explorer (model, updates, figure, explorer, live widget).

Expected values are worked out here from data/model_hubungan.csv and
data/aplikasi_hubungan.csv: 21 applications, 12 from the module (P-R 3, P-B 5, P-P 3,
P-A 1) and 9 current ones (P-R 1, P-B 3, P-P 2, P-A 3). The list under the network
is laid out in lines: title, then the description from line 1,25, half a line of
space, the "modul" heading, 1,6 lines, one line per item (+ 0,25 between wrapped
applications), 0,35 lines of space, the "terkini" heading, and so on.

The browser tests open the built chapter in headless Chromium; the helpers here are
also used by tests/test_manfaat_fungsi.py and tests/test_latihan.py.
"""
from __future__ import annotations

import json
import re

import pytest
from plotly.callbacks import Points
from plotly.utils import PlotlyJSONEncoder

from wogbook.inti import data
from wogbook.bab5 import relasi
from wogbook.bab5._common import content
from wogbook.bab5.relasi import APP_TRACE, ASAL, PILIHAN_RELASI, RELASI, SEMUA

CHAPTER = "book/05-egovernment"
MUTED = "#d0d0d0"
#: Okabe–Ito: orange, blue, bluish green, reddish purple.
COLOR = {"P-R": "#E69F00", "P-B": "#0072B2", "P-P": "#009E73", "P-A": "#CC79A7"}


@pytest.fixture(scope="module")
def c():
    return content()


def plain(text: str) -> str:
    """Figure text without plotly's <br> and <b> markup, as one line."""
    text = re.sub(r"<br>", " ", str(text))
    text = re.sub(r"</?b>", "", text)
    return text.replace("&amp;", "&")


def as_json(obj):
    return json.loads(json.dumps(obj, cls=PlotlyJSONEncoder))


# ------------------------------------------------------------------ the model
def test_applications_by_relation_and_source(c):
    counts = {(k, a): len(relasi.applications(c, k, a))
              for k in RELASI for a in ("modul", "terkini")}
    assert counts == {("P-R", "modul"): 3, ("P-R", "terkini"): 1, ("P-B", "modul"): 5,
                      ("P-B", "terkini"): 3, ("P-P", "modul"): 3, ("P-P", "terkini"): 2,
                      ("P-A", "modul"): 1, ("P-A", "terkini"): 3}
    assert len(relasi.applications(c)) == 21
    assert len(relasi.applications(c, asal="modul")) == 12
    assert [a["aplikasi"] for a in relasi.applications(c, "P-R", "terkini")] == \
        ["SINAR (Digital Korlantas Polri)"]
    assert [a["aplikasi"] for a in relasi.applications(c, "P-P", "semua")] == [
        "Aplikasi keimigrasian antarnegara", "Aplikasi Interpol", "Aplikasi riset dan pendidikan",
        "Satu Data Indonesia", "Arsitektur SPBE Nasional"]


def test_detail_texts(c):
    assert relasi.relation_text(c, "P-A") == (
        "P-A · Pemerintah – ASN (G2E)\n"
        "Pelayanan e-government untuk tunjangan kesejahteraan, asuransi atau kesehatan.\n"
        "Contoh modul (Tabel 5.1): Aplikasi BPJS.\n"
        "Contoh terkini: SIASN; MySAPK; ASN Digital (asndigital.bkn.go.id).")
    assert relasi.relation_text(c, SEMUA) == (
        "Pemerintah di tengah jejaring e-government, dengan empat model hubungan: P-R (G2C) "
        "dengan rakyat; P-B (G2B) dengan dunia bisnis; P-P (G2G) dengan pemerintah lain; "
        "P-A (G2E) dengan ASN.\nKlik garis atau simpul lain untuk rincian tiap hubungan.")
    sinar = next(a for a in c.apps if a["aplikasi"].startswith("SINAR"))
    detail = relasi.app_text(c, sinar)
    assert detail.startswith("SINAR (Digital Korlantas Polri)\nP-R · Pemerintah – Rakyat (G2C), "
                             "contoh terkini.\n")
    assert detail.endswith(f"\n{sinar['keterangan']}\nSumber: {sinar['sumber'].rstrip('.')}.")
    bpjs = next(a for a in c.apps if a["aplikasi"] == "Aplikasi BPJS")
    assert ", contoh modul (Tabel 5.1).\n" in relasi.app_text(c, bpjs)


@pytest.mark.parametrize("call", [
    lambda c: relasi.check_relasi("G2C"),
    lambda c: relasi.applications(c, "P-X"),
    lambda c: relasi.relation_text(c, "p-r"),
    lambda c: relasi.relation_update(c, "PR"),
    lambda c: relasi.figure("P-Z", c=c),
    lambda c: relasi.explorer("Rakyat"),
    lambda c: relasi.widget("P-Q"),
])
def test_unknown_relation_is_refused_in_indonesian(c, call):
    with pytest.raises(ValueError, match=r"Kode hubungan '.+' tidak dikenal; pilihan: "
                                         r"semua, P-R, P-B, P-P, P-A\."):
        call(c)


@pytest.mark.parametrize("call", [
    lambda c: relasi.check_asal("baru"),
    lambda c: relasi.applications(c, "P-R", "Modul"),
    lambda c: relasi.source_update("lama"),
    lambda c: relasi.figure("P-R", "semuanya", c),
    lambda c: relasi.explorer(asal="x"),
    lambda c: relasi.widget(asal=None),
])
def test_unknown_source_filter_is_refused_in_indonesian(c, call):
    with pytest.raises(ValueError, match=r"Penyaring contoh '.+' tidak dikenal; pilihan: "
                                         r"semua, modul, terkini\."):
        call(c)


def test_bad_value_changes_nothing(c):
    fig = relasi.figure("P-B", "modul", c)
    before = fig.to_json()
    with pytest.raises(ValueError):
        relasi.update(c, "P-R", "entah").apply(fig)
    with pytest.raises(ValueError):
        relasi.update(c, "X", "semua").apply(fig)
    assert fig.to_json() == before


# ------------------------------------------------------------ state → update
def test_relation_update_of_one_relation(c):
    u = relasi.relation_update(c, "P-P")
    # description: 2 lines ("Hubungan kerja sama bilateral atau" / "multilateral secara
    # online."), so the modul heading is at 1,25 + 2 + 0,5 = 3,75 and its first item at
    # 3,75 + 1,6 = 5,35; items one line each, 1,25 apart; then 0,35 + 1,6 to the next list.
    assert u.layout["annotations[1].y"] == pytest.approx(-1.25)
    assert u.layout["annotations[2].y"] == pytest.approx(-3.75)
    assert u.layout["annotations[3].y"] == pytest.approx(-9.45)
    assert u.traces[4]["y"] == pytest.approx([-5.35, -6.6, -7.85])
    assert u.traces[5]["y"] == pytest.approx([-11.05, -12.3])
    assert u.traces[4]["x"] == [0.02] * 3
    assert u.traces[4]["text"] == ["Aplikasi keimigrasian antarnegara", "Aplikasi Interpol",
                                   "Aplikasi riset dan pendidikan"]
    assert u.traces[5]["marker.color"] == [COLOR["P-P"]] * 2
    assert u.layout["annotations[0].text"] == "<b>P-P · Pemerintah – Pemerintah (G2G)</b>"
    assert u.layout["annotations[1].text"] == ("Hubungan kerja sama bilateral atau<br>"
                                               "multilateral secara online.")
    edge = [u.layout[f"shapes[{i}].line.width"] for i in range(4)]
    label = [u.layout[f"shapes[{i}].line.width"] for i in range(4, 8)]
    fill = [u.layout[f"shapes[{i}].fillcolor"] for i in range(8, 12)]
    radius = [u.layout[f"shapes[{i}].x1"] for i in range(8, 12)]
    assert edge == [2, 2, 8, 2] and label == [2, 2, 5, 2] and radius == [18, 18, 24, 18]
    assert fill == [MUTED, MUTED, COLOR["P-P"], MUTED]
    assert [u.layout[f"shapes[{i}].line.color"] for i in range(4)] == fill


def test_relation_update_of_all_relations(c):
    u = relasi.relation_update(c, SEMUA)
    # the hint wraps to 4 lines: modul heading 1,25 + 4 + 0,5 = 5,75, items from 7,35 one
    # line apart, terkini heading 7,35 + 4 + 0,35 = 11,7, items from 13,3.
    assert u.layout["annotations[2].y"] == pytest.approx(-5.75)
    assert u.layout["annotations[3].y"] == pytest.approx(-11.7)
    assert u.traces[4]["y"] == pytest.approx([-7.35, -8.35, -9.35, -10.35])
    assert u.traces[5]["y"] == pytest.approx([-13.3, -14.3, -15.3, -16.3])
    assert u.traces[4]["text"] == ["P-R (G2C): 3 aplikasi", "P-B (G2B): 5 aplikasi",
                                   "P-P (G2G): 3 aplikasi", "P-A (G2E): 1 aplikasi"]
    assert u.traces[5]["text"] == ["P-R (G2C): 1 aplikasi", "P-B (G2B): 3 aplikasi",
                                   "P-P (G2G): 2 aplikasi", "P-A (G2E): 3 aplikasi"]
    assert u.traces[5]["customdata"][3] == relasi.relation_text(c, "P-A")
    assert [u.layout[f"shapes[{i}].line.width"] for i in range(8)] == [4] * 4 + [2] * 4
    assert [u.layout[f"shapes[{i}].fillcolor"] for i in range(8, 12)] == list(COLOR.values())
    assert u.layout["annotations[0].text"] == "<b>Empat model hubungan e-government</b>"


def test_source_update():
    u = relasi.source_update("terkini")
    assert u.traces == {4: {"visible": False}, 5: {"visible": True}}
    assert u.layout == {"annotations[2].text": "● Contoh modul: disembunyikan",
                        "annotations[3].text": "◆ Contoh terkini"}
    both = relasi.source_update("semua")
    assert both.traces == {4: {"visible": True}, 5: {"visible": True}}
    assert both.layout["annotations[2].text"] == "● Contoh modul (Tabel 5.1)"


def test_long_application_names_wrap_and_are_escaped(c, data_copy):
    path = data_copy / "aplikasi_hubungan.csv"
    path.write_text(path.read_text(encoding="utf-8") + "P-A,<b>Gaji</b> & tunjangan ASN "
                    "daerah melalui satu portal kepegawaian,Uji.,terkini,uji\n", encoding="utf-8")
    u = relasi.relation_update(content(), "P-A")
    # 'modul' item BPJS at 1,25 + 1 + 0,5 + 1,6 = 4,35 (the P-A description is one line);
    # the terkini heading after 4,35 + 1 + 0,25 + 0,35, the new item is the 4th of terkini
    # and wraps to 2 lines (at most 37 characters): its y is the middle of its two lines.
    text = u.traces[5]["text"][3]
    assert text == ("&lt;b&gt;Gaji&lt;/b&gt; &amp; tunjangan ASN daerah<br>"
                    "melalui satu portal kepegawaian")
    ys = u.traces[5]["y"]
    assert ys[3] - ys[2] == pytest.approx(-(1.25 + 0.5))


# ----------------------------------------------------------------- the figure
def test_figure_shows_the_chosen_relation_and_is_943_px_high(c):
    fig = relasi.figure("P-P", "semua", c)
    assert fig.layout.height == 943  # as in the book before; the tallest list is P-B's
    assert [fig.layout.shapes[i].line.width for i in range(4)] == [2, 2, 8, 2]
    assert "P-P · Pemerintah – Pemerintah (G2G)" in fig.layout.annotations[0].text
    modul = fig.data[APP_TRACE["modul"]]
    assert [plain(t) for t in modul.text] == ["Aplikasi keimigrasian antarnegara",
                                              "Aplikasi Interpol", "Aplikasi riset dan pendidikan"]
    assert modul.marker.symbol == "circle" and fig.data[5].marker.symbol == "diamond"
    assert [fig.data[i].name for i in range(6)] == ["garis", "hubungan", "pihak", "Pemerintah",
                                                    "Contoh modul", "Contoh terkini"]
    peers = fig.data[relasi.PEER_TRACE]
    assert list(peers.text) == ["<b>Rakyat</b>", "<b>Bisnis</b>", "<b>Pemerintah<br>lain</b>",
                                "<b>ASN</b>"]
    assert list(zip(peers.x, peers.y)) == [(-1, 1), (1, 1), (1, -1), (-1, -1)]
    assert list(peers.textposition) == ["top center"] * 2 + ["bottom center"] * 2
    labels = fig.data[relasi.LABEL_TRACE]
    assert list(labels.text) == ["<b>P-R</b><br>G2C", "<b>P-B</b><br>G2B", "<b>P-P</b><br>G2G",
                                 "<b>P-A</b><br>G2E"]
    assert (labels.x[1], labels.y[1]) == (pytest.approx(0.56), pytest.approx(0.56))
    assert labels.hovertext[0] == "Pemerintah – Rakyat (G2C): klik untuk rincian"


def test_network_click_targets_carry_the_relation_detail(c):
    fig = relasi.figure(c=c)
    expected = [relasi.relation_text(c, k) for k in RELASI]
    assert list(fig.data[relasi.LABEL_TRACE].customdata) == expected
    assert list(fig.data[relasi.PEER_TRACE].customdata) == expected
    edges = list(fig.data[relasi.EDGE_TRACE].customdata)
    assert edges == [t for t in expected for _ in range(4)]  # four targets per edge
    assert fig.data[relasi.CENTRE_TRACE].customdata[0] == relasi.overview_text()


def test_every_list_fits_the_fixed_height(c):
    fig = relasi.figure(c=c)
    low = fig.layout.yaxis2.range[0]
    for k in PILIHAN_RELASI:
        for trace in (4, 5):
            assert all(low < y <= 0 for y in relasi.relation_update(c, k).traces[trace]["y"]), k


# ------------------------------------------------------------ static explorer
def test_buttons_carry_complete_states(c):
    spec = as_json(relasi.explorer("P-B", "terkini").spec())
    relation_menu, source_menu = spec["layout"]["updatemenus"]
    assert [b["label"] for b in relation_menu["buttons"]] == ["Semua hubungan", *RELASI]
    assert [b["label"] for b in source_menu["buttons"]] == ["Modul + terkini", "Modul", "Terkini"]
    assert (relation_menu["active"], source_menu["active"]) == (2, 2)
    restyle, layout, traces = relation_menu["buttons"][3]["args"]  # P-P
    assert traces == [4, 5]
    assert restyle["y"][0] == pytest.approx([-5.35, -6.6, -7.85])
    assert restyle["y"][1] == pytest.approx([-11.05, -12.3])
    assert layout["shapes[2].line.width"] == 8 and layout["shapes[1].line.width"] == 2
    assert source_menu["buttons"][2]["args"] == [
        {"visible": [False, True]},
        {"annotations[2].text": "● Contoh modul: disembunyikan",
         "annotations[3].text": "◆ Contoh terkini"}, [4, 5]]
    assert all(m["type"] == "buttons" and m["direction"] == "right" for m in
               (relation_menu, source_menu))


@pytest.mark.parametrize("kode", PILIHAN_RELASI)
@pytest.mark.parametrize("asal", ASAL)
def test_pressing_both_buttons_gives_the_figure_of_that_state(c, kode, asal):
    """Any earlier state + relation button + source button == figure(kode, asal)."""
    fig = relasi.figure("P-A", "modul", c)
    menus = relasi.explorer().figure.layout.updatemenus
    for button in (menus[0].buttons[PILIHAN_RELASI.index(kode)],
                   menus[1].buttons[ASAL.index(asal)]):
        restyle, layout, traces = button.args
        fig.plotly_restyle(restyle, trace_indexes=traces)
        fig.plotly_relayout(layout)
    assert fig.to_plotly_json() == relasi.figure(kode, asal, c).to_plotly_json()


def test_explorer_text_version_and_alt(c):
    shown = relasi.explorer()
    relations, apps = shown.text.tables
    assert [r[0] for r in relations.rows] == list(RELASI)
    assert relations.rows[3][3:] == ["Aplikasi BPJS",
                                     "SIASN; MySAPK; ASN Digital (asndigital.bkn.go.id)"]
    assert len(apps.rows) == 21 and apps.rows[0][1:3] == ["P-R (G2C)", "modul (Tabel 5.1)"]
    assert "contoh modul (12 aplikasi, bulat), contoh terkini (9 aplikasi" in shown.alt
    html = shown.to_html()
    assert shown.to_html() == relasi.explorer().to_html()  # deterministic
    assert 'class="wog-detail"' in html and relasi.DETAIL_START in html
    assert "Versi teks gambar ini" in html
    assert shown.figure.layout.width is None  # responsive: no fixed width


def test_a_relation_missing_from_the_csv_is_an_indonesian_data_error(data_copy):
    path = data_copy / "model_hubungan.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(x for x in lines if not x.startswith("P-A")) + "\n", encoding="utf-8")
    path = data_copy / "aplikasi_hubungan.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(x for x in lines if not x.startswith("P-A")) + "\n", encoding="utf-8")
    with pytest.raises(data.DataError, match=r"model_hubungan\.csv(.|\n)*kode 'P-A' tidak ada"):
        relasi.explorer()


def test_a_bad_source_in_the_csv_names_file_row_and_column(data_copy):
    path = data_copy / "aplikasi_hubungan.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",terkini,", ",baru,", 1),
                    encoding="utf-8")
    with pytest.raises(data.DataError) as err:
        relasi.explorer()
    assert "aplikasi_hubungan.csv" in str(err.value)
    assert err.value.problems == ["baris 14, kolom 'asal': nilai 'baru' tidak dikenal; "
                                  "yang diizinkan: modul, terkini"]


# ---------------------------------------------------------------- live widget
def test_widget_follows_dropdown_toggle_and_clicks(c):
    live = relasi.widget()
    fig, menu, source = live.figure, live.controls["menu"], live.controls["source"]
    menu.value = "P-B"
    assert [fig.layout.shapes[i].line.width for i in range(4)] == [2, 8, 2, 2]
    assert fig.layout.annotations[0].text == "<b>P-B · Pemerintah – Bisnis (G2B)</b>"
    assert [plain(t) for t in fig.data[5].text] == ["DJP Online e-Filing", "LPSE/SPSE (LKPP)",
                                                    "OSS (Online Single Submission)"]
    assert "DJP Online e-Filing" in live.detail.value
    source.value = "terkini"
    assert fig.data[4].visible is False and fig.data[5].visible is True
    assert fig.layout.annotations[2].text == "● Contoh modul: disembunyikan"
    detail = live.detail.value
    source.value = "terkini"
    menu.value = "P-A"
    assert fig.data[4].visible is False  # the filter stays
    assert [plain(t) for t in fig.data[5].text] == ["SIASN", "MySAPK",
                                                    "ASN Digital (asndigital.bkn.go.id)"]
    assert live.detail.value != detail
    fig.data[5]._dispatch_on_click(Points(point_inds=[1], trace_index=5), None)
    assert "MySAPK" in live.detail.value and "pemutakhiran mandiri" in live.detail.value
    assert live.box.children == (menu, source, fig, live.detail)


def test_widget_starts_on_its_relation(c):
    live = relasi.widget("P-R", "modul")
    assert live.controls["menu"].value == "P-R"
    assert "P-R · Pemerintah – Rakyat (G2C)" in live.detail.value
    assert live.figure.data[5].visible is False


# ------------------------------------------------------------- in the browser
FIND = """
(kind) => {
  const plots = Array.from(document.querySelectorAll('.wog-plot'));
  const test = {
    explorer: gd => (gd.layout.updatemenus || []).length === 2,
    manfaat: gd => gd.data[0].type === 'bar',
    fungsi: gd => (gd.layout.annotations || []).some(a => /Klitgaard/.test(a.text)),
    latihan: gd => (gd.layout.updatemenus || []).length === 1,
  }[kind];
  const found = plots.filter(test);
  if (found.length !== 1) throw new Error(kind + ': ' + found.length + ' figures');
  return found[0].id;
}
"""

POINT = """
([id, trace, point]) => {
  const gd = document.getElementById(id);
  const t = gd._fullData[trace];
  const xa = gd._fullLayout[t.xaxis.replace('x', 'xaxis')];
  const ya = gd._fullLayout[t.yaxis.replace('y', 'yaxis')];
  const box = gd.getBoundingClientRect();
  const x = t.type === 'bar' ? t.x[point] / 2 : t.x[point];  // the middle of a card
  return {x: box.left + xa._offset + xa.d2p(x),
          y: box.top + ya._offset + ya.d2p(t.y[point])};
}
"""

STATE = """
(id) => {
  const gd = document.getElementById(id);
  return {widths: gd.layout.shapes.slice(0, 4).map(s => s.line.width),
          colors: gd.layout.shapes.slice(0, 4).map(s => s.line.color),
          title: gd.layout.annotations[0].text,
          modul: gd.data[4].text, terkini: gd.data[5].text,
          visible: [gd.data[4].visible, gd.data[5].visible],
          heads: [gd.layout.annotations[2].text, gd.layout.annotations[3].text]};
}
"""


def open_chapter(visit, **kwargs):
    v = visit(CHAPTER, **kwargs)
    assert v.draw_all_figures() == 4
    return v


def click_point(v, fid, trace, point, dx=0):
    """Click point ``point`` of trace ``trace`` (``dx`` pixels to its right)."""
    xy = v.page.evaluate(POINT, [fid, trace, point])
    v.page.evaluate("y => window.scrollBy(0, y - window.innerHeight / 2)", xy["y"])
    xy = v.page.evaluate(POINT, [fid, trace, point])
    v.page.mouse.move(xy["x"] + dx, xy["y"])
    v.page.wait_for_timeout(150)  # plotly throttles hover; a click uses the last hover
    v.page.mouse.click(xy["x"] + dx, xy["y"])


def press(v, fid, label):
    """Click the explorer's button whose label is exactly ``label``."""
    v.page.locator(f"#{fid} .updatemenu-button",
                   has_text=re.compile(f"^{re.escape(label)}$")).click()


def wait_title(v, fid, kode):
    """Wait until the explorer's list is titled with relation ``kode``."""
    v.page.wait_for_function(
        "([id, k]) => document.getElementById(id).layout.annotations[0].text.includes(k)",
        arg=[fid, kode])


def detail_of(v, fid):
    return v.page.locator(f"#{fid}-detail").text_content()


def expected_state(c, kode, asal="semua"):
    fig = relasi.figure(kode, asal, c)
    return {"widths": [fig.layout.shapes[i].line.width for i in range(4)],
            "colors": [fig.layout.shapes[i].line.color for i in range(4)],
            "title": fig.layout.annotations[0].text,
            "modul": list(fig.data[4].text), "terkini": list(fig.data[5].text),
            "visible": [fig.data[4].visible is not False, fig.data[5].visible is not False],
            "heads": [fig.layout.annotations[2].text, fig.layout.annotations[3].text]}


def browser_state(v, fid):
    state = v.page.evaluate(STATE, fid)
    state["visible"] = [x is not False for x in state["visible"]]
    return state


def test_browser_every_figure_draws_without_errors(visit):
    v = open_chapter(visit, block_network=True)
    v.page.mouse.wheel(0, 30000)
    v.page.wait_for_timeout(300)
    assert v.errors == [] and v.foreign == []


def test_browser_relation_buttons_highlight_the_relation(visit, c):
    v = open_chapter(visit)
    fid = v.page.evaluate(FIND, "explorer")
    assert browser_state(v, fid) == expected_state(c, SEMUA)
    previous = browser_state(v, fid)
    for kode in (*RELASI, SEMUA):
        label = "Semua hubungan" if kode == SEMUA else kode
        press(v, fid, label)
        v.page.wait_for_function(
            "([id, t]) => document.getElementById(id).layout.annotations[0].text === t",
            arg=[fid, expected_state(c, kode)["title"]])
        now = browser_state(v, fid)
        assert now == expected_state(c, kode), kode
        assert now != previous
        previous = now
    assert v.errors == []


def test_browser_source_buttons_combine_with_relation(visit, c):
    v = open_chapter(visit)
    fid = v.page.evaluate(FIND, "explorer")
    press(v, fid, "P-B")
    press(v, fid, "Terkini")
    v.page.wait_for_function("(id) => document.getElementById(id).data[4].visible === false",
                             arg=fid)
    assert browser_state(v, fid) == expected_state(c, "P-B", "terkini")
    press(v, fid, "P-R")  # the filter stays
    wait_title(v, fid, "P-R")
    assert browser_state(v, fid) == expected_state(c, "P-R", "terkini")
    press(v, fid, "Modul + terkini")
    v.page.wait_for_function("(id) => document.getElementById(id).data[4].visible !== false",
                             arg=fid)
    assert browser_state(v, fid) == expected_state(c, "P-R", "semua")
    assert v.errors == []


def test_browser_clicks_fill_the_detail_pane(visit, c):
    v = open_chapter(visit)
    fid = v.page.evaluate(FIND, "explorer")
    assert detail_of(v, fid) == relasi.DETAIL_START
    click_point(v, fid, relasi.LABEL_TRACE, RELASI.index("P-P"))  # the edge's label
    v.page.wait_for_function(
        "([id, t]) => document.getElementById(id + '-detail').textContent === t",
        arg=[fid, relasi.relation_text(c, "P-P")])
    click_point(v, fid, relasi.PEER_TRACE, RELASI.index("P-A"))  # the partner node
    assert detail_of(v, fid) == relasi.relation_text(c, "P-A")
    click_point(v, fid, relasi.EDGE_TRACE, 4 * RELASI.index("P-B") + 1)  # a bare edge
    assert detail_of(v, fid) == relasi.relation_text(c, "P-B")
    press(v, fid, "P-B")
    wait_title(v, fid, "P-B")
    click_point(v, fid, APP_TRACE["terkini"], 2)  # an application in the list
    oss = relasi.applications(c, "P-B", "terkini")[2]
    assert detail_of(v, fid) == relasi.app_text(c, oss)
    click_point(v, fid, APP_TRACE["modul"], 0, dx=220)  # at the end of its text
    first = relasi.applications(c, "P-B", "modul")[0]
    assert detail_of(v, fid) == relasi.app_text(c, first)
    assert v.errors == []


def test_browser_phone_has_no_sideways_scroll(visit, c):
    v = open_chapter(visit, viewport=(390, 844))
    widths = v.page.evaluate(
        "Array.from(document.querySelectorAll('.wog-plot .main-svg'),"
        " s => s.getBoundingClientRect().right)")
    assert widths and max(widths) <= 390
    overflow = v.sideways_scroll()
    assert overflow <= 1, f"page scrolls sideways by {overflow}px on a phone"
    fid = v.page.evaluate(FIND, "explorer")
    menus = v.page.evaluate(
        "(id) => Array.from(document.querySelectorAll('#' + id + ' .updatemenu-button'),"
        " b => b.getBoundingClientRect().right)", fid)
    assert max(menus) <= 390, "a button is cut off on a phone"
    press(v, fid, "P-A")
    wait_title(v, fid, "P-A")
    assert browser_state(v, fid) == expected_state(c, "P-A")
    assert v.errors == []
