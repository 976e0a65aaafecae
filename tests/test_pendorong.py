"""Drivers and challenges explorer and the agency self-assessment (chapters 3 and 4):
model, figure, static explorer, live widget, and the built chapter in a real browser."""
from __future__ import annotations

import re

import pytest
from plotly.callbacks import InputDeviceState, Points

from wogbook import data, pendorong
from wogbook.pendorong import (CATEGORIES, CONTOH_SKOR, ROOT_ID, VIEWS, detail, items, profil,
                               select, view_update)

CHAPTER = "book/03-faktor-pendorong"


@pytest.fixture(scope="module")
def pool():
    return items()


@pytest.fixture(scope="module")
def drivers():
    return data.load("faktor_pendorong")


@pytest.fixture(scope="module")
def tantangan():
    return data.load("tantangan_wog")


@pytest.fixture(scope="module")
def links():
    return pendorong.links()


# ------------------------------------------------------------------------ model
def test_every_driver_and_challenge_is_in_the_figure(pool, drivers, tantangan):
    trace = pendorong.figure().data[0]
    ids, parents = list(trace.ids), list(trace.parents)
    expected = [(f"{r.kategori}/{r.faktor}", r.kategori) for r in drivers.itertuples()]
    expected += [(f"{r.jenis}/{r.butir}", r.jenis) for r in tantangan.itertuples()]
    assert len(ids) == 1 + len(CATEGORIES) + len(expected) == len(set(ids))
    for node, category in expected:
        assert parents[ids.index(node)] == category
    for category in CATEGORIES:
        assert parents[ids.index(category)] == ROOT_ID
    assert trace.level == ROOT_ID
    assert len(pool) == len(drivers) + len(tantangan)


@pytest.mark.parametrize("view, categories", [
    ("semua", {"internal", "eksternal", "kekurangan", "hambatan"}),
    ("pendorong", {"internal", "eksternal"}), ("tantangan", {"kekurangan", "hambatan"}),
    ("internal", {"internal"}), ("eksternal", {"eksternal"}),
    ("kekurangan", {"kekurangan"}), ("hambatan", {"hambatan"}),
])
def test_category_views_select_whole_categories(pool, view, categories):
    assert {i.id for i in select(view, pool)} == {i.id for i in pool if i.kategori in categories}


@pytest.mark.parametrize("source, mark", [
    ("wikipedia", "Wikipedia"), ("apsc", "APSC"), ("mac", "MAC 2004"),
    ("christensen", "Christensen"),
])
def test_source_views_follow_the_source_column(pool, drivers, source, mark):
    chosen = {i.nama for i in select(source, pool)}
    assert chosen == {r.faktor for r in drivers.itertuples() if mark in r.sumber}
    assert chosen, f"no driver from {source}"


def test_unknown_view_is_refused():
    with pytest.raises(ValueError, match="Tampilan 'korupsi' tidak dikenal; pilihan: semua"):
        select("korupsi")
    with pytest.raises(ValueError, match="tidak dikenal"):
        pendorong.explorer("korupsi")


def test_detail_text_of_every_item(pool, links):
    trace = pendorong.figure().data[0]
    text_of = dict(zip(trace.ids, trace.customdata))
    for item in pool:
        text = text_of[item.id]
        assert text == detail(item)
        for part in (item.nama, item.penjelasan, item.contoh, item.sumber):
            assert part in text
        if item.kelompok == "pendorong":
            expected = set(links.loc[links["faktor"] == item.nama, "butir_hambatan"])
            assert "Hambatan yang biasa dihadapi" in text
        elif item.kategori == "hambatan":
            expected = set(links.loc[links["butir_hambatan"] == item.nama, "faktor"])
            assert "Faktor pendorong yang biasa dihadangnya" in text
        else:
            expected = set()
        assert {name for name, _ in item.kaitan} == expected
        for name in expected:
            assert f"• {name}: " in text
    for category in CATEGORIES:
        assert pendorong.CATEGORY_TEXT[category] in text_of[category]


# ------------------------------------------------------------ driver → barrier
def test_links_reference_real_drivers_and_barriers(links, drivers, tantangan):
    barriers = set(tantangan.loc[tantangan["jenis"] == "hambatan", "butir"])
    assert set(links["faktor"]) == set(drivers["faktor"]), "every driver needs a barrier"
    assert set(links["butir_hambatan"]) == barriers, "every barrier should block a driver"
    assert not links.duplicated(["faktor", "butir_hambatan"]).any()
    assert all(text.endswith(".") and len(text) > 30 for text in links["penjelasan"])



def test_links_with_bad_references_are_reported(copy_dir):
    original = (copy_dir / "pendorong_hambatan.csv").read_text(encoding="utf-8")
    (copy_dir / "pendorong_hambatan.csv").write_text(
        original + "Faktor rekaan,Ego sektoral antarinstansi,Penjelasan.\n", encoding="utf-8")
    with pytest.raises(data.DataError) as err:
        pendorong.links(copy_dir)
    assert "pendorong_hambatan.csv" in str(err.value)
    assert "kolom 'faktor': 'Faktor rekaan' tidak ada di faktor_pendorong.csv" in str(err.value)
    (copy_dir / "pendorong_hambatan.csv").write_text(
        original + "Teknologi,Relatif mahal (costly),Ini kekurangan dan bukan hambatan.\n",
        encoding="utf-8")
    with pytest.raises(data.DataError) as err:
        pendorong.links(copy_dir)
    assert "kolom 'butir_hambatan': 'Relatif mahal (costly)' bukan butir berjenis 'hambatan'" \
        in str(err.value)


def test_links_duplicates_are_reported(copy_dir):
    with open(copy_dir / "pendorong_hambatan.csv", "a", encoding="utf-8") as f:
        f.write("Teknologi,Ego sektoral antarinstansi,Lagi.\n")
    with pytest.raises(data.DataError, match="sudah ada di baris"):
        pendorong.links(copy_dir)


# --------------------------------------------------------------- static explorer
def test_view_menu_matches_the_model_for_every_view(pool):
    spec = pendorong.explorer().spec()
    menu = spec["layout"]["updatemenus"][0]
    buttons = menu["buttons"]
    assert [b["label"] for b in buttons] == [label for label, _, _ in VIEWS.values()]
    assert menu["active"] == 0
    ids = spec["data"][0]["ids"]
    for button, view in zip(buttons, VIEWS):
        restyle, relayout, traces = button["args"]
        assert button["method"] == "update" and traces == [0]
        assert (restyle, relayout) == view_update(view, pool)
        lit = {node for node, color in zip(ids, restyle["marker.colors"][0])
               if color not in (pendorong.DIM_ITEM, pendorong.DIM_CATEGORY, pendorong.ROOT_COLOR)}
        shown = select(view, pool)
        assert lit == {i.id for i in shown} | {i.kategori for i in shown}
        one = VIEWS[view][1]
        assert restyle["level"] == [one[0] if len(one) == 1 else ROOT_ID]
        assert VIEWS[view][0] in relayout["title.text"]


def test_every_view_changes_the_figure():
    """Consecutive menu entries (and the last back to the first) differ, so the browser
    test can see every click."""
    states = [view_update(v) for v in VIEWS]
    for a, b in zip(states, states[1:] + states[:1]):
        assert a != b


def test_explorer_starts_in_the_view_asked_for():
    spec = pendorong.explorer("tantangan").spec()
    assert spec["layout"]["updatemenus"][0]["active"] == list(VIEWS).index("tantangan")
    restyle, relayout = view_update("tantangan")
    assert spec["data"][0]["marker"]["colors"] == restyle["marker.colors"][0]
    assert spec["layout"]["title"]["text"] == relayout["title.text"]


def test_explorer_is_deterministic_accessible_and_has_a_text_version(pool):
    first, second = pendorong.explorer(), pendorong.explorer()
    assert first.to_html() == second.to_html()
    assert first.detail == pendorong.DETAIL_START
    assert first.alt.startswith("Penjelajah faktor pendorong dan tantangan WoG")
    assert len(first.text.rows) == len(pool)
    html = first.to_html()
    assert 'class="wog-detail"' in html and "Versi teks gambar ini" in html
    for item in pool:
        assert item.nama.replace("&", "&amp;") in html
    assert len(html.encode()) < 100_000, "keep the chapter page light"


# ----------------------------------------------------------------------- profile
def test_profile_validates_and_summarises(pool):
    p = profil(CONTOH_SKOR, pool)
    assert len(p.items) == 16 + 5 and dict(zip((i.nama for i in p.items), p.skor)) == CONTOH_SKOR
    assert [i.nama for i, _ in p.top("pendorong")] == [
        "Menghindari duplikasi tugas", "Tekanan opini publik", "Harapan masyarakat"]
    assert p.mean("internal") == pytest.approx(11 / 6, abs=0.01)
    assert ("Ego sektoral antarinstansi", ["Menghindari duplikasi tugas", "Harapan masyarakat"]) \
        in p.watch()
    empty = profil({}, pool)
    assert set(empty.skor) == {0} and empty.top() == []
    assert "Belum ada pendorong yang dinilai terasa." in pendorong.summary(empty)
    partial = profil({"Teknologi": 2}, pool)
    assert sum(partial.skor) == 2


@pytest.mark.parametrize("bad, fragment", [
    (4, "harus antara 0 dan 3"), (-1, "harus antara 0 dan 3"),
    (2.5, "harus bilangan bulat 0–3"), ("2", "harus bilangan bulat 0–3"),
    (True, "harus bilangan bulat 0–3"), (None, "harus bilangan bulat 0–3"),
])
def test_profile_refuses_bad_scores(bad, fragment):
    with pytest.raises(ValueError, match=fragment) as err:
        profil({"Keamanan": 1, "Teknologi": bad})
    assert "'Teknologi'" in str(err.value) and repr(bad) in str(err.value)


def test_profile_refuses_unknown_items_and_lists_the_allowed_names(pool):
    with pytest.raises(ValueError) as err:
        profil({"Memerlukan waktu lama": 2})  # a weakness, not scored in the profile
    message = str(err.value)
    assert "Butir 'Memerlukan waktu lama' tidak dikenal" in message
    for item in pendorong.profile_items(pool):
        assert item.nama in message


def test_profile_figure_shows_the_scores(pool):
    p = profil(CONTOH_SKOR, pool)
    fig = pendorong.profile_figure(p, "Uji")
    for trace, category in zip(fig.data, pendorong.PROFILE_CATEGORIES):
        assert list(trace.x) == [s for _, s in p.of(category)]
        assert trace.name == pendorong.PROFILE_LABELS[category]
    assert "<b>Uji</b>" in fig.layout.title.text
    assert "Pendorong terkuat: Menghindari duplikasi tugas<br>(3)" in fig.layout.title.text
    groups, relayout = pendorong.profile_updates(p, "Uji")
    assert [g[0]["x"][0] for g in groups] == [list(t.x) for t in fig.data]
    assert relayout["title.text"] == fig.layout.title.text


def test_static_example_is_labelled_as_an_example():
    example = pendorong.contoh_profil()
    assert "contoh fiktif" in example.figure.layout.title.text
    assert example.alt.startswith("Contoh profil Dinas X (contoh fiktif)")
    assert len(example.text.rows) == 21
    assert example.to_html() == pendorong.contoh_profil().to_html()


# ------------------------------------------------------------------ live widget
def _click(fig, node):
    k = list(fig.data[0].ids).index(node)
    points = Points(point_inds=[k], xs=[], ys=[], trace_name="", trace_index=0)
    state = InputDeviceState(ctrl=False, alt=False, shift=False, meta=False, button=0, buttons=1)
    fig.data[0]._dispatch_on_click(points, state)


def test_widget_views_items_and_clicks(pool):
    box = pendorong.widget()
    fig = box.figure
    for view in VIEWS:
        box.views.value = view
        restyle, relayout = view_update(view, pool)
        assert fig.data[0].level == restyle["level"][0]
        assert list(fig.data[0].marker.colors) == restyle["marker.colors"][0]
        assert fig.layout.title.text == relayout["title.text"]
        assert [v for _, v in box.items.options[1:]] == [i.id for i in select(view, pool)]
    box.views.value = "hambatan"
    box.items.value = "hambatan/Insentif yang rendah"
    assert "Insentif yang rendah — Tantangan: hambatan" in box.detail.value
    _click(fig, "hambatan/Ego sektoral antarinstansi")
    assert box.items.value == "hambatan/Ego sektoral antarinstansi"
    assert "Cicak versus Buaya" in box.detail.value
    _click(fig, "internal")  # a category: its text, the item list is left alone
    assert "Pendorong internal (6 butir)" in box.detail.value
    with pytest.raises(ValueError, match="Tab 'x' tidak dikenal"):
        pendorong.widget(tab="x")


def test_widget_profile_follows_the_sliders(pool):
    box = pendorong.widget(tab="nilai")
    assert box.selected_index == 1
    pfig = box.profile_figure
    assert "Profil instansi Anda" in pfig.layout.title.text and set(pfig.data[1].x) == {0}
    box.sliders["Keamanan"].value = 3
    eksternal = [i.nama for i, _ in profil({}, pool).of("eksternal")]
    assert pfig.data[1].x[eksternal.index("Keamanan")] == 3
    assert "Pendorong terkuat: Keamanan (3)" in box.report.value
    box.sliders["Keamanan"].value = 99  # ipywidgets clamps to the scale
    assert box.sliders["Keamanan"].value == 3
    box.fill_example.click()
    assert {n: s.value for n, s in box.sliders.items()} == CONTOH_SKOR
    assert "Contoh: profil Dinas X" in pfig.layout.title.text
    assert list(pfig.data[2].x) == [s for _, s in profil(CONTOH_SKOR, pool).of("hambatan")]
    before = {n: s.value for n, s in box.sliders.items()}
    with pytest.raises(ValueError, match="'Teknologi'"):
        box.set_scores({"Teknologi": 5})
    with pytest.raises(ValueError, match="tidak dikenal"):
        box.set_scores({"Instansi tetangga": 1})
    assert {n: s.value for n, s in box.sliders.items()} == before
    box.clear.click()
    assert set(pfig.data[0].x) == {0} and "Belum ada pendorong" in box.report.value


# --------------------------------------------------------- in a real browser
GD = "document.querySelector('.wog-plot')"


def _snapshot(v):
    return v.page.evaluate(
        f"({{level: {GD}.data[0].level, colors: {GD}.data[0].marker.colors,"
        f" title: {GD}.layout.title.text}})")


def _choose(v, label):
    v.page.locator(".wog-plot .updatemenu-header-group").first.click()
    v.page.locator(".wog-plot .updatemenu-item-text").filter(
        has_text=re.compile(f"^{re.escape(label)}$")).first.click()


def _click_slice(v, text):
    """Click the middle of the label of the sunburst slice showing ``text``."""
    label = v.page.locator(".wog-plot g.slice text").filter(has_text=text).first
    label.scroll_into_view_if_needed()
    box = label.bounding_box()
    v.page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def test_chapter_draws_its_figures(visit):
    v = visit(CHAPTER)
    assert v.draw_all_figures() == 2
    v.page.wait_for_function(f"{GD}.data[0].ids.length === {1 + 4 + len(items())}")
    assert v.errors == [] and v.foreign == []


def test_every_view_button_changes_the_figure(visit, pool):
    v = visit(CHAPTER)
    v.draw_all_figures()
    before = _snapshot(v)
    for view in [*list(VIEWS)[1:], "semua"]:
        _choose(v, VIEWS[view][0])
        restyle, _ = view_update(view, pool)
        v.page.wait_for_function(
            f"{GD}.data[0].level === {restyle['level'][0]!r}"
            f" && {GD}.layout.title.text.includes({VIEWS[view][0]!r})")
        after = _snapshot(v)
        assert after != before, f"view {view} did not change the figure"
        assert after["colors"] == restyle["marker.colors"][0]
        before = after
    assert v.errors == []


def test_clicking_fills_the_detail_pane(visit, pool):
    v = visit(CHAPTER)
    v.draw_all_figures()
    pane = v.page.locator(".wog-detail").first
    assert pane.text_content().strip() == pendorong.DETAIL_START
    by_name = {i.nama: i for i in pool}
    _click_slice(v, "Globalisasi")  # a leaf: details, no zoom
    v.page.wait_for_function("t => document.querySelector('.wog-detail').textContent === t",
                             arg=detail(by_name["Globalisasi"]))
    assert v.page.evaluate(f"{GD}.data[0].level") == ROOT_ID
    _click_slice(v, "Hambatan")  # a category: zooms in and explains itself
    v.page.wait_for_function(f"{GD}.data[0].level === 'hambatan'")
    assert "Tantangan: hambatan (5 butir)" in pane.text_content()
    v.page.wait_for_timeout(900)  # let the zoom transition finish
    _click_slice(v, "Insentif yang")
    v.page.wait_for_function("t => document.querySelector('.wog-detail').textContent === t",
                             arg=detail(by_name["Insentif yang rendah"]))
    _click_slice(v, "Hambatan")  # the centre: back to the whole circle
    v.page.wait_for_function(f"{GD}.data[0].level === {ROOT_ID!r}")
    assert v.errors == []


def test_phone_screen(visit, pool):
    v = visit(CHAPTER, viewport=(390, 844))
    v.draw_all_figures()
    v.assert_fits_phone()
    _click_slice(v, "Teknologi")
    v.page.wait_for_function("t => document.querySelector('.wog-detail').textContent === t",
                             arg=detail({i.nama: i for i in pool}["Teknologi"]))
    assert v.errors == []
