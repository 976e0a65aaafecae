"""Chapter 5: relation-model explorer, benefit cards, anti-corruption links, exercise.

Unit tests check that model, figure, static explorer and live widget agree; browser tests
open the built chapter in headless Chromium and use its buttons and click targets."""
from __future__ import annotations

import json
import re
import shutil
import time

import pytest
from plotly.utils import PlotlyJSONEncoder

from wogbook import data, hubungan
from wogbook.hubungan import APP_TRACE, ASAL, PILIHAN_RELASI, RELASI, SEMUA

CHAPTER = "book/05-egovernment"


@pytest.fixture(scope="module")
def c():
    return hubungan.content()


def plain(text: str) -> str:
    """Figure text without plotly's <br> and <b> markup, as one line."""
    text = re.sub(r"<br>", " ", str(text))
    text = re.sub(r"</?b>", "", text)
    return text.replace("&amp;", "&")


def as_json(obj):
    return json.loads(json.dumps(obj, cls=PlotlyJSONEncoder))


# ------------------------------------------------------------------ the model
def test_every_relation_and_application_of_the_data_appears(c):
    models = data.load("model_hubungan")
    apps = data.load("aplikasi_hubungan")
    assert list(c.models) == list(models["kode"]) == list(RELASI)
    relations, applications = hubungan.text_version(c).tables
    assert [r[0] for r in relations.rows] == list(RELASI)
    assert sorted(r[0] for r in applications.rows) == sorted(apps["aplikasi"])
    html = hubungan.text_version(c)._repr_html_()
    for row in models.to_dict("records"):
        text = hubungan.relation_text(c, row["kode"])
        assert row["jenis_hubungan"] in text and row["deskripsi"] in text
        assert row["deskripsi"] in html
    for app in apps.to_dict("records"):
        restyle, _, _ = hubungan.relation_update(c, app["kode"])
        listed = restyle["text"][["modul", "terkini"].index(app["asal"])]
        assert app["aplikasi"] in [plain(t) for t in listed], app["aplikasi"]
        assert app["aplikasi"] in hubungan.relation_text(c, app["kode"])
        assert app["aplikasi"] in html.replace("&amp;", "&")
        assert app["keterangan"] in html.replace("&amp;", "&").replace("&#x27;", "'")
    assert len(hubungan.applications(c)) == len(apps)
    assert sum(len(hubungan.applications(c, k)) for k in RELASI) == len(apps)
    by_source = [hubungan.applications(c, asal=a) for a in ("modul", "terkini")]
    assert sum(map(len, by_source)) == len(apps)


def test_applications_filter_by_relation_and_source(c):
    pb_modul = hubungan.applications(c, "P-B", "modul")
    assert pb_modul and all(a["kode"] == "P-B" and a["asal"] == "modul" for a in pb_modul)
    names = [a["aplikasi"] for a in hubungan.applications(c, "P-R", "terkini")]
    assert names == ["SINAR (Digital Korlantas Polri)"]


def test_detail_texts(c):
    text = hubungan.relation_text(c, "P-A")
    assert text.splitlines()[0] == "P-A · Pemerintah – ASN (G2E)"
    assert "Contoh modul (Tabel 5.1): Aplikasi BPJS." in text
    assert "Contoh terkini: SIASN; MySAPK; ASN Digital (asndigital.bkn.go.id)." in text
    assert hubungan.relation_text(c, SEMUA) == hubungan.overview_text(c)
    for k in RELASI:
        assert f"{k} ({hubungan.GLOBAL[k]})" in hubungan.overview_text(c)
    sinar = next(a for a in c.apps if a["aplikasi"].startswith("SINAR"))
    detail = hubungan.app_text(c, sinar)
    assert detail.startswith("SINAR (Digital Korlantas Polri)\nP-R · Pemerintah – Rakyat (G2C), "
                             "contoh terkini.")
    assert sinar["keterangan"] in detail and f"Sumber: {sinar['sumber']}." in detail


@pytest.mark.parametrize("call", [
    lambda c: hubungan.check_relasi("G2C"),
    lambda c: hubungan.applications(c, "P-X"),
    lambda c: hubungan.relation_text(c, "p-r"),
    lambda c: hubungan.figure("P-Z", c=c),
    lambda c: hubungan.explorer("Rakyat"),
    lambda c: hubungan.widget("P-Q"),
])
def test_unknown_relation_is_refused_in_indonesian(c, call):
    with pytest.raises(ValueError, match=r"Kode hubungan '.+' tidak dikenal; pilihan: "
                                         r"semua, P-R, P-B, P-P, P-A\."):
        call(c)


@pytest.mark.parametrize("call", [
    lambda c: hubungan.check_asal("baru"),
    lambda c: hubungan.applications(c, "P-R", "Modul"),
    lambda c: hubungan.source_update("lama"),
    lambda c: hubungan.figure("P-R", "semuanya", c),
    lambda c: hubungan.explorer(asal="x"),
    lambda c: hubungan.widget(asal=None),
])
def test_unknown_source_filter_is_refused_in_indonesian(c, call):
    with pytest.raises(ValueError, match=r"Penyaring contoh '.+' tidak dikenal; pilihan: "
                                         r"semua, modul, terkini\."):
        call(c)


def test_bad_value_changes_nothing(c):
    fig = hubungan.figure("P-B", "modul", c)
    before = fig.to_json()
    with pytest.raises(ValueError):
        hubungan.apply(fig, c, "P-R", "entah")
    with pytest.raises(ValueError):
        hubungan.apply(fig, c, "X", "semua")
    assert fig.to_json() == before


# ----------------------------------------------------------------- the figure
def test_figure_shows_the_chosen_relation(c):
    fig = hubungan.figure("P-P", "semua", c)
    shapes = fig.layout.shapes
    widths = [shapes[hubungan.SHAPE_EDGE[k]].line.width for k in RELASI]
    colors = [shapes[hubungan.SHAPE_EDGE[k]].line.color for k in RELASI]
    assert widths == [2, 2, 8, 2]
    assert colors == [hubungan.MUTED, hubungan.MUTED, hubungan.COLORS["P-P"], hubungan.MUTED]
    assert "P-P · Pemerintah – Pemerintah (G2G)" in fig.layout.annotations[0].text
    assert plain(fig.layout.annotations[1].text).startswith("Hubungan kerja sama bilateral")
    modul = fig.data[APP_TRACE["modul"]]
    assert [plain(t) for t in modul.text] == [a["aplikasi"] for a in
                                              hubungan.applications(c, "P-P", "modul")]
    assert list(modul.customdata) == [hubungan.app_text(c, a) for a in
                                      hubungan.applications(c, "P-P", "modul")]
    everything = hubungan.figure(SEMUA, "semua", c)
    assert [everything.layout.shapes[i].line.color for i in range(4)] == \
        [hubungan.COLORS[k] for k in RELASI]


def test_network_click_targets_carry_the_relation_detail(c):
    fig = hubungan.figure(c=c)
    expected = [hubungan.relation_text(c, k) for k in RELASI]
    assert list(fig.data[hubungan.LABEL_TRACE].customdata) == expected
    assert list(fig.data[hubungan.PEER_TRACE].customdata) == expected
    edges = list(fig.data[hubungan.EDGE_TRACE].customdata)
    assert sorted(set(edges)) == sorted(expected)
    assert fig.data[hubungan.CENTRE_TRACE].customdata[0] == hubungan.overview_text(c)


def test_list_fits_the_fixed_height(c):
    fig = hubungan.figure(c=c)
    low = fig.layout.yaxis2.range[0]
    for k in PILIHAN_RELASI:
        restyle, _, _ = hubungan.relation_update(c, k)
        for ys in restyle["y"]:
            assert all(low < y <= 0 for y in ys), k


# ------------------------------------------------------------ static explorer
def test_buttons_match_the_model_for_every_relation_and_filter(c):
    spec = as_json(hubungan.explorer().spec())
    relation_menu, source_menu = spec["layout"]["updatemenus"]
    assert [b["label"] for b in relation_menu["buttons"]] == ["Semua hubungan", *RELASI]
    for button, kode in zip(relation_menu["buttons"], PILIHAN_RELASI):
        assert button["method"] == "update"
        assert button["args"] == as_json(list(hubungan.relation_update(c, kode)))
    assert [b["label"] for b in source_menu["buttons"]] == ["Modul + terkini", "Modul", "Terkini"]
    for button, asal in zip(source_menu["buttons"], ASAL):
        assert button["args"] == as_json(list(hubungan.source_update(asal)))
    assert relation_menu["active"] == 0 and source_menu["active"] == 0


@pytest.mark.parametrize("kode", PILIHAN_RELASI)
@pytest.mark.parametrize("asal", ASAL)
def test_pressing_both_buttons_gives_the_model_figure(c, kode, asal):
    """Any earlier state + relation button + source button == figure(kode, asal)."""
    fig = hubungan.figure("P-A", "modul", c)
    rel, src = hubungan.buttons(c)
    for button in (rel[PILIHAN_RELASI.index(kode)], src[ASAL.index(asal)]):
        restyle, relayout, traces = button["args"]
        fig.plotly_restyle(restyle, trace_indexes=traces)
        fig.plotly_relayout(relayout)
    assert fig.to_plotly_json() == hubungan.figure(kode, asal, c).to_plotly_json()


def test_explorer_is_accessible_and_deterministic():
    first, second = hubungan.explorer(), hubungan.explorer()
    assert first.to_html() == second.to_html()
    html = first.to_html()
    assert 'class="wog-detail"' in html and hubungan.DETAIL_START in html
    assert "Versi teks gambar ini" in html
    assert first._repr_mimebundle_()["text/plain"].startswith("Gambar: Diagram jaringan empat")
    assert first.figure.layout.width is None  # responsive: no fixed width


# ---------------------------------------------------------------- live widget
def test_widget_follows_dropdown_toggle_and_clicks(c):
    box = hubungan.widget()
    fig = box.figure
    box.menu.value = "P-B"
    assert fig.layout.shapes[hubungan.SHAPE_EDGE["P-B"]].line.width == 8
    assert "P-B" in fig.layout.annotations[0].text
    names = [a["aplikasi"] for a in hubungan.applications(c, "P-B", "terkini")]
    assert [plain(t) for t in fig.data[APP_TRACE["terkini"]].text] == names
    assert "DJP Online e-Filing" in box.detail.value
    box.source.value = "terkini"
    assert fig.data[APP_TRACE["modul"]].visible is False
    assert fig.data[APP_TRACE["terkini"]].visible is True
    assert fig.layout.annotations[2].text == hubungan.HIDDEN["modul"]
    box.menu.value = "P-A"
    assert fig.data[APP_TRACE["modul"]].visible is False  # the filter stays
    live = fig.to_plotly_json()
    for trace in live["data"]:
        trace.pop("uid")  # FigureWidget's own trace ids
    assert live == hubungan.figure("P-A", "terkini", c).to_plotly_json()

    class Points:
        point_inds = [1]

    box.clicked(fig.data[APP_TRACE["terkini"]], Points())
    assert "MySAPK" in box.detail.value and "pemutakhiran mandiri" in box.detail.value


def test_widget_update_is_fast(c):
    box = hubungan.widget()
    start = time.perf_counter()
    for k in ("P-R", "P-B", "P-P", "P-A", SEMUA):
        box.menu.value = k
    per_update = (time.perf_counter() - start) / 5
    assert per_update < 0.05, f"{per_update * 1000:.1f} ms per update"


# --------------------------------------------------------- the other figures
def test_benefit_cards_show_every_benefit_and_example():
    rows = data.load("manfaat_egov").to_dict("records")
    shown = hubungan.manfaat()
    cards, texts = shown.figure.data
    assert len(cards.customdata) == len(rows) == 5
    for row, detail, text in zip(rows, cards.customdata, texts.text):
        assert row["contoh_indonesia"] in detail
        assert plain(text).startswith(f"{row['no']}. ") and plain(text).endswith(row["manfaat"])
    assert len(shown.text.rows) == 5 and shown.detail


def test_function_links_cover_every_function_and_factor():
    functions = data.load("fungsi_antikorupsi").to_dict("records")
    links = hubungan.links()
    assert {k["no"] for k in links} == {f["no"] for f in functions}
    assert {k["unsur"] for k in links} == {"monopoli", "diskresi", "akuntabilitas"}
    for k in links:  # weakening only for the '+' factors, strengthening only for the '−' one
        assert k["pengaruh"] == ("menguatkan" if k["unsur"] == "akuntabilitas" else "melemahkan")
    shown = hubungan.fungsi()
    details = [d for t in shown.figure.data if t.customdata is not None for d in t.customdata]
    for f in functions:
        assert any(f["penjelasan"] in d and f["contoh"] in d for d in details)
    assert all("Penalaran buku ini" in hubungan.link_text(k) for k in links)
    assert "penalaran buku ini" in shown.alt and "penalaran buku ini" in shown.text.caption


def test_function_links_refuse_a_missing_function(tmp_path):
    for f in data.DATA_DIR.glob("*.csv"):
        shutil.copy(f, tmp_path / f.name)
    lines = (tmp_path / "fungsi_antikorupsi.csv").read_text(encoding="utf-8").splitlines()
    (tmp_path / "fungsi_antikorupsi.csv").write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="Fungsi nomor 4 tidak ada di fungsi_antikorupsi.csv"):
        hubungan.links(tmp_path)


# ------------------------------------------------------ classification exercise
def test_exercise_order_is_fixed_and_complete(c):
    one, two = hubungan.Latihan.baru(c), hubungan.Latihan.baru(c)
    assert [a["aplikasi"] for a in one.items] == [a["aplikasi"] for a in two.items]
    assert sorted(a["aplikasi"] for a in one.items) == sorted(a["aplikasi"] for a in c.apps)
    assert [a["aplikasi"] for a in one.items] != [a["aplikasi"] for a in c.apps]  # shuffled


def test_exercise_checks_answers(c):
    lat = hubungan.Latihan.baru(c)
    item = lat.soal
    wrong = next(k for k in RELASI if k != item["kode"])
    right, text = lat.jawab(wrong)
    assert not right and text.startswith(f"Belum tepat: jawabannya {item['kode']}")
    right, text = lat.jawab(item["kode"])
    assert right and text.startswith("Tepat!") and item["keterangan"] in text
    assert (lat.benar, lat.dijawab) == (1, 2)
    with pytest.raises(ValueError, match="Kode hubungan 'G2B' tidak dikenal; pilihan: "
                                         "P-R, P-B, P-P, P-A."):
        lat.jawab("G2B")
    while lat.berikut() is not None:
        pass
    with pytest.raises(ValueError, match="Latihan sudah selesai"):
        lat.jawab("P-R")


def test_exercise_figure_reveals_the_right_answers(c):
    shown = hubungan.latihan()
    items = hubungan.Latihan.baru(c).items
    trace = shown.figure.data[0]
    assert [plain(t) for t in trace.text] == [a["aplikasi"] for a in items]
    hide, reveal = shown.figure.layout.updatemenus[0].buttons
    assert reveal.label == "Tampilkan jawaban"
    colors, texts = reveal.args[0]["marker.color"][0], reveal.args[0]["text"][0]
    for a, color, text, detail in zip(items, colors, texts, trace.customdata):
        assert color == hubungan.COLORS[a["kode"]]
        assert plain(text).endswith(f"→ {a['kode']}")
        assert detail.startswith(f"Jawaban: {a['kode']} · ")
    assert hide.args[0]["text"][0] == list(trace.text)
    assert len(shown.text.rows) == len(items)


def test_exercise_widget(c):
    box = hubungan.latihan_widget()
    first = box.state["latihan"].soal
    assert first["aplikasi"] in box.question.value
    box.answer.value = first["kode"]
    assert "Tepat!" in box.feedback.value and "Skor: 1 dari 1" in box.score.value
    assert box.answer.disabled
    box.next.click()
    second = box.state["latihan"].soal
    assert second["aplikasi"] in box.question.value and not box.answer.disabled
    box.own_name.value = "e-office Dinas Kominfo"
    box.own_code.value = "P-P"
    box.add.click()
    assert "e-office Dinas Kominfo → P-P (G2G)" in box.own_list.value
    box.restart.click()
    assert box.state["latihan"].pos == 0 and "Skor: 0 dari 0" in box.score.value


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
    fig = hubungan.figure(kode, asal, c)
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
    assert detail_of(v, fid) == hubungan.DETAIL_START
    click_point(v, fid, hubungan.LABEL_TRACE, RELASI.index("P-P"))  # the edge's label
    v.page.wait_for_function(
        "([id, t]) => document.getElementById(id + '-detail').textContent === t",
        arg=[fid, hubungan.relation_text(c, "P-P")])
    click_point(v, fid, hubungan.PEER_TRACE, RELASI.index("P-A"))  # the partner node
    assert detail_of(v, fid) == hubungan.relation_text(c, "P-A")
    click_point(v, fid, hubungan.EDGE_TRACE, 4 * RELASI.index("P-B") + 1)  # a bare edge
    assert detail_of(v, fid) == hubungan.relation_text(c, "P-B")
    press(v, fid, "P-B")
    wait_title(v, fid, "P-B")
    click_point(v, fid, APP_TRACE["terkini"], 2)  # an application in the list
    oss = hubungan.applications(c, "P-B", "terkini")[2]
    assert detail_of(v, fid) == hubungan.app_text(c, oss)
    click_point(v, fid, APP_TRACE["modul"], 0, dx=220)  # at the end of its text
    first = hubungan.applications(c, "P-B", "modul")[0]
    assert detail_of(v, fid) == hubungan.app_text(c, first)

    cards = v.page.evaluate(FIND, "manfaat")
    click_point(v, cards, 0, 2)
    assert "LPSE/SPSE" in detail_of(v, cards)
    links = v.page.evaluate(FIND, "fungsi")
    click_point(v, links, len(hubungan.links()) + 1, 0)  # function 1 (after links and signs)
    assert detail_of(v, links).startswith("Fungsi 1: Pencegahan.")
    assert v.errors == []


def test_browser_exercise_reveals_answers(visit, c):
    v = open_chapter(visit)
    fid = v.page.evaluate(FIND, "latihan")
    items = hubungan.Latihan.baru(c).items
    click_point(v, fid, 0, 0)
    assert detail_of(v, fid).startswith(f"Jawaban: {items[0]['kode']} · ")
    click_point(v, fid, 0, 3, dx=150)  # on its text, not on its square
    assert detail_of(v, fid).startswith(f"Jawaban: {items[3]['kode']} · ")
    assert items[3]["aplikasi"] in detail_of(v, fid)
    press(v, fid, "Tampilkan jawaban")
    v.page.wait_for_function(
        "(id) => document.getElementById(id).data[0].marker.color[0] !== '#d0d0d0'", arg=fid)
    colors = v.page.evaluate("(id) => document.getElementById(id).data[0].marker.color", fid)
    assert colors == [hubungan.COLORS[a["kode"]] for a in items]
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
