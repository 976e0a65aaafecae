"""Chapters 1 and 2: the concept figures (model, figure, static explorer, live widget)
and the two built pages in a real browser."""
from __future__ import annotations

import html
import re

import pytest

from wogbook import data, konsep
from wogbook.konsep import HEADING, KK_TEXT_KOLABORASI, KK_TEXT_KOORDINASI

BAB1 = "book/01-latar-belakang"
BAB2 = "book/02-pengertian-wog"


def plain(text: str) -> str:
    """Figure text back to plain text: line breaks to spaces, tags dropped, entities decoded."""
    text = re.sub(r"<br>", " ", text)
    return html.unescape(re.sub(r"<[^>]+>", "", text))


# ------------------------------------------------------ koordinasi vs kolaborasi
def test_aspects_are_the_csv_rows_in_order():
    table = data.load("koordinasi_kolaborasi")
    assert list(konsep.aspects()) == list(table["aspek"])
    assert konsep.aspect("Kontrol")["kolaborasi"].startswith("Tanpa kontrol hierarkis")


@pytest.mark.parametrize("bad", ["agenda", "Biaya", "", None, 3, ["Agenda"]])
def test_unknown_aspect_is_refused_naming_the_choices(bad):
    with pytest.raises(ValueError, match="tidak dikenal; pilihan yang ada: Agenda, Tujuan"):
        konsep.aspect(bad)
    if bad is not None:  # None means "the first aspect" for the figure and the explorer
        with pytest.raises(ValueError, match="Aspek"):
            konsep.koordinasi_figure(bad)
        with pytest.raises(ValueError):
            konsep.koordinasi_explorer(bad)


@pytest.mark.parametrize("name", list(konsep.aspects()))
def test_koordinasi_update_shows_both_texts_of_the_aspect(name):
    row = konsep.aspect(name)
    groups, relayout = konsep.koordinasi_updates(name)
    assert groups == []
    koord = relayout[f"annotations[{KK_TEXT_KOORDINASI}].text"]
    kolab = relayout[f"annotations[{KK_TEXT_KOLABORASI}].text"]
    assert plain(koord) == f"{name} dalam koordinasi: {row['koordinasi']}"
    assert plain(kolab) == f"{name} dalam kolaborasi: {row['kolaborasi']}"
    fig = konsep.koordinasi_figure(name)
    assert fig.layout.annotations[KK_TEXT_KOORDINASI].text == koord
    assert fig.layout.annotations[KK_TEXT_KOLABORASI].text == kolab


def test_koordinasi_figure_draws_own_goals_above_and_one_shared_goal_below():
    fig = konsep.koordinasi_figure()
    n = len(konsep.KK_AGENCIES)
    own, shared = fig.data[0], fig.data[1]
    assert (own.xaxis, shared.xaxis) == ("x", "x2")
    assert list(own.text) == list(shared.text) == [a[1] for a in konsep.KK_AGENCIES]
    assert len(fig.data[2].x) == n and len(fig.data[3].x) == 1  # n own goals, 1 shared
    arrows = [a for a in fig.layout.annotations if a.showarrow]
    upper = [a for a in arrows if a.xref == "x"]
    lower = [a for a in arrows if a.xref == "x2"]
    assert sorted(a.x for a in upper) == list(range(n))  # each agency to its own goal
    assert sorted(a.ax for a in lower) == list(range(n))
    assert {a.x for a in lower} == {fig.data[3].x[0]}  # all to the one shared goal


def test_koordinasi_explorer_menu_matches_the_model_for_every_aspect():
    book = konsep.koordinasi_explorer("Anggaran")
    menu = book.spec()["layout"]["updatemenus"][0]
    names = list(konsep.aspects())
    assert [b["label"] for b in menu["buttons"]] == names
    assert menu["active"] == names.index("Anggaran")
    for button, name in zip(menu["buttons"], names):
        assert button["method"] == "relayout"
        assert button["args"] == [konsep.koordinasi_updates(name)[1]]
    assert book.text.rows == [[r["aspek"], r["koordinasi"], r["kolaborasi"]]
                              for r in konsep.aspects().values()]
    assert "Anggaran" in book.figure.layout.annotations[KK_TEXT_KOORDINASI].text


def test_koordinasi_widget_follows_the_menu():
    box = konsep.koordinasi_widget()
    fig = box.figure
    box.menu.value = "Data/informasi"
    assert "Satu Data Indonesia" in plain(fig.layout.annotations[KK_TEXT_KOLABORASI].text)
    before = fig.layout.annotations[KK_TEXT_KOORDINASI].text
    with pytest.raises(Exception):
        box.menu.value = "Tidak ada"
    assert fig.layout.annotations[KK_TEXT_KOORDINASI].text == before


# ------------------------------------------------------------ determinan WoG
def test_determinant_status():
    names = list(konsep.determinants())
    assert names == list(data.load("determinan_wog")["determinan"])
    full = konsep.determinant_status()
    assert full.present == tuple(names) and full.missing == ()
    some = konsep.determinant_status(["Integrasi", "Kolaborasi"])
    assert some.present == ("Kolaborasi", "Integrasi")  # always in the data's order
    assert some.missing == ("Agenda dan tujuan bersama", "Jejaring kerja")
    assert some.message == "WoG pincang: belum ada agenda dan tujuan bersama, jejaring kerja"
    assert konsep.determinant_status([]).message.startswith("Tanpa satu pun determinan")


@pytest.mark.parametrize("bad, fragment", [
    (["Kolaborasi", "Koordinasi"], "Determinan 'Koordinasi' tidak dikenal; pilihan yang ada: "
                                   "Agenda dan tujuan bersama, Kolaborasi"),
    ("Kolaborasi", "harus berupa daftar nama"),
    (4, "harus berupa daftar nama"),
])
def test_bad_determinants_are_refused(bad, fragment):
    with pytest.raises(ValueError, match=re.escape(fragment)):
        konsep.determinant_status(bad)


def test_determinan_figure_reflects_the_data_and_the_missing_pillars():
    rows = list(konsep.determinants().values())
    fig = konsep.determinan_figure()
    bars = fig.data[0]
    assert list(bars.y) == [konsep.DET_FULL] * len(rows)
    for detail, row in zip(bars.customdata, rows):
        assert detail == f"{row['determinan']}\n{row['penjelasan']}\nContoh: {row['contoh']}"
    assert fig.data[2].customdata[0] == konsep.DET_OUTCOME
    assert plain(fig.layout.annotations[HEADING].text) == konsep.determinant_status().message

    broken = konsep.determinan_figure(["Agenda dan tujuan bersama", "Jejaring kerja"])
    assert list(broken.data[0].y) == [konsep.DET_FULL, konsep.DET_BROKEN,
                                      konsep.DET_FULL, konsep.DET_BROKEN]
    assert list(broken.data[0].marker.pattern.shape) == ["", "x", "", "x"]
    assert "(belum ada)" in broken.data[0].text[1] and "(belum ada)" not in broken.data[0].text[0]
    assert broken.data[1].fillcolor != fig.data[1].fillcolor
    # a half without any whole pillar lets the roof tilt down on that side
    left_gone = konsep.determinan_figure(["Jejaring kerja", "Integrasi"])
    xs, ys = left_gone.data[1].x, left_gone.data[1].y
    assert ys[0] < ys[2] and xs[0] < xs[2]


def test_determinan_explorer_has_detail_pane_text_version_and_alt():
    book = konsep.determinan_explorer()
    assert book.detail == konsep.DET_HINT
    assert [r[0] for r in book.text.rows] == list(konsep.determinants())
    out = book.to_html()
    assert 'class="wog-detail"' in out and "Versi teks gambar ini" in out
    assert book.to_html() == konsep.determinan_explorer().to_html()


def test_cek_instansi_widget_breaks_and_mends_pillars():
    box = konsep.determinan_widget()
    fig = box.figure
    box.checkboxes["Integrasi"].value = False
    assert fig.data[0].y[3] == konsep.DET_BROKEN
    assert "belum ada integrasi" in plain(fig.layout.annotations[HEADING].text)
    box.checkboxes["Kolaborasi"].value = False
    assert list(fig.data[0].y) == [konsep.DET_FULL, konsep.DET_BROKEN, konsep.DET_FULL,
                                   konsep.DET_BROKEN]
    for b in box.checkboxes.values():
        b.value = True
    assert list(fig.data[0].y) == [konsep.DET_FULL] * 4
    assert plain(fig.layout.annotations[HEADING].text) == konsep.determinant_status().message


# ------------------------------------------------------ ciri wicked problems
def test_traits_per_source():
    assert [len(konsep.traits(s)) for s in ("semua", "modul", "rittel1973", "apsc2007")] == \
        [18, 3, 10, 5]
    assert konsep.traits("modul")[1]["id"] == "modul-2"
    with pytest.raises(ValueError, match="Sumber 'rittel' tidak dikenal; pilihan yang ada: "
                                         "semua, modul, rittel1973, apsc2007"):
        konsep.traits("rittel")


def test_trait_counts_and_bad_ids():
    counts = konsep.trait_counts(["modul-1", "modul-3", "rittel1973-5", "apsc2007-4"])
    assert counts == {"modul": (2, 3), "rittel1973": (1, 10), "apsc2007": (1, 5)}
    assert konsep.trait_counts([]) == {"modul": (0, 3), "rittel1973": (0, 10),
                                       "apsc2007": (0, 5)}
    with pytest.raises(ValueError, match="Kode ciri 'modul-4' tidak dikenal"):
        konsep.trait_counts(["modul-4"])
    with pytest.raises(ValueError, match="daftar kode ciri"):
        konsep.trait_counts("modul-1")


@pytest.mark.parametrize("source", list(konsep.SOURCE_BUTTONS))
def test_ciri_update_lists_exactly_the_traits_of_the_source(source):
    groups, relayout = konsep.ciri_updates(source)
    (heads, head_traces), (items, item_traces) = groups
    assert (head_traces, item_traces) == ([0], [1])
    expected = konsep.traits(source)
    assert [plain(t) for t in items["text"][0]] == [f"{t['no']}. {t['ciri']}" for t in expected]
    assert [c.split("\n")[1] for c in items["customdata"][0]] == [t["penjelasan"]
                                                                  for t in expected]
    assert items["marker.color"][0] == [konsep.SOURCE_COLORS[t["sumber"]] for t in expected]
    shown = {t["sumber"] for t in expected}
    assert [plain(h).split(" · ")[0] for h in heads["text"][0]] == \
        [konsep.SOURCES[s] for s in konsep.SOURCES if s in shown]
    ys = sorted(heads["y"][0] + items["y"][0], reverse=True)
    assert len(set(ys)) == len(ys) and all(a - b >= 1 for a, b in zip(ys, ys[1:]))
    label = "semua sumber" if source == "semua" else konsep.SOURCES[source]
    assert plain(relayout[f"annotations[{HEADING}].text"]) == f"Ciri wicked problems: {label}"


def test_ciri_explorer_buttons_match_the_model_for_every_source():
    book = konsep.ciri_explorer()
    spec = book.spec()
    menu = spec["layout"]["updatemenus"][0]
    assert menu["type"] == "buttons"
    assert [b["label"] for b in menu["buttons"]] == list(konsep.SOURCE_BUTTONS.values())
    for button, source in zip(menu["buttons"], konsep.SOURCE_BUTTONS):
        groups, relayout = konsep.ciri_updates(source)
        restyle, traces = konsep._merge(groups, book.figure)
        assert button["method"] == "update"
        assert button["args"] == [restyle, relayout, traces]
    assert [r[2] for r in book.text.rows] == [t["ciri"] for t in konsep.traits("semua")]
    with pytest.raises(ValueError, match="Sumber"):
        konsep.ciri_explorer("wikipedia")


def test_ciri_marks_and_counts_the_traits_that_apply():
    fig = konsep.ciri_figure("semua", ["modul-2", "apsc2007-1"], "banjir <b>kota</b>")
    symbols = list(fig.data[1].marker.symbol)
    assert symbols.count("square") == 2 and symbols.count("square-open") == 16
    heading = fig.layout.annotations[HEADING].text
    assert "banjir &lt;b&gt;kota&lt;/b&gt;" in heading  # the reader's text is escaped
    assert "Modul 1/3 · Rittel–Webber 0/10 · APSC 1/5" in heading
    with pytest.raises(ValueError):
        konsep.ciri_figure("semua", ["apsc2007-9"])


def test_uji_masalah_widget_counts_per_source():
    box = konsep.ciri_widget()
    fig = box.figure
    box.problem.value = "sampah pasar"
    for tid in ("modul-1", "modul-2", "rittel1973-1", "rittel1973-8", "apsc2007-4"):
        box.checkboxes[tid].value = True
    heading = plain(fig.layout.annotations[HEADING].text)
    assert "Cocok untuk sampah pasar:" in heading
    assert "Modul 2/3 · Rittel–Webber 2/10 · APSC 1/5" in heading
    box.menu.value = "rittel1973"
    assert len(fig.data[1].y) == 10
    assert [s for s in fig.data[1].marker.symbol].count("square") == 2
    assert "Modul 2/3" in plain(fig.layout.annotations[HEADING].text)  # counts stay global


# --------------------------------------------------- perspektif WoG (Gambar 2)
def test_problems_and_bad_problem():
    assert list(konsep.PROBLEMS) == ["banjir", "stunting", "korupsi"]
    for m in konsep.PROBLEMS.values():
        assert len(m.pihak) == len(konsep.SLOTS)
        assert {p.kelompok for p in m.pihak} == set(konsep.GROUPS)
    with pytest.raises(ValueError, match="Contoh masalah 'kemiskinan' tidak dikenal; "
                                         "pilihan yang ada: banjir, stunting, korupsi"):
        konsep.perspektif_figure("kemiskinan")
    with pytest.raises(ValueError):
        konsep.perspektif_explorer("Banjir")


@pytest.mark.parametrize("name", list(konsep.PROBLEMS))
def test_perspektif_figure_shows_the_problem_in_both_views(name):
    m = konsep.PROBLEMS[name]
    fig = konsep.perspektif_figure(name)
    names = [p.nama for p in m.pihak]
    assert [plain(t) for t in fig.data[konsep.T_SILO_ACTORS].text] == names
    assert [plain(t) for t in fig.data[konsep.T_SILO_PIECES].text] == [p.potongan
                                                                       for p in m.pihak]
    assert [plain(t) for t in fig.data[konsep.T_SILO_GOALS].text] == [p.tujuan for p in m.pihak]
    assert [plain(t) for t in fig.data[konsep.T_ACTORS].text] == names
    positions = set(zip(fig.data[konsep.T_ACTORS].x, fig.data[konsep.T_ACTORS].y))
    assert len(positions) == len(names)
    assert all(abs((x * x + y * y) ** 0.5 - konsep.ACTOR_R) < 1e-3 for x, y in positions)
    assert plain(fig.data[konsep.T_OUTCOME].text[0]) == m.hasil
    assert fig.layout.annotations[konsep.A_PROBLEM].text == f"<b>{m.nama.upper()}</b>"
    # the module's three traits in the middle, the four determinants on the ring
    ciri = konsep.traits("modul")
    assert [plain(t) for t in fig.data[konsep.T_TRAITS].text] == [c["ciri"].lower()
                                                                  for c in ciri]
    dets = list(konsep.determinants().values())
    assert list(fig.data[konsep.T_DETS].text) == ["1", "2", "3", "4"]
    for detail, row in zip(fig.data[konsep.T_DETS].customdata, dets):
        assert row["determinan"] in detail and row["penjelasan"] in detail


def test_perspektif_explorer_buttons_match_the_model_and_caption_is_honest():
    book = konsep.perspektif_explorer()
    menu = book.spec()["layout"]["updatemenus"][0]
    assert [b["label"] for b in menu["buttons"]] == ["Banjir", "Stunting", "Korupsi"]
    for button, name in zip(menu["buttons"], konsep.PROBLEMS):
        groups, relayout = konsep.perspektif_updates(name)
        restyle, traces = konsep._merge(groups, book.figure)
        assert button["args"] == [restyle, relayout, traces]
        assert relayout[f"annotations[{konsep.A_PROBLEM}].text"] == \
            f"<b>{konsep.PROBLEMS[name].nama.upper()}</b>"
    assert book.alt.startswith("Rekonstruksi Gambar 2 modul")
    assert "bukan gambar asli" in book.alt
    assert len(book.text.rows) == sum(len(m.pihak) + 1 for m in konsep.PROBLEMS.values())
    assert book.to_html() == konsep.perspektif_explorer().to_html()


def test_perspektif_widget_switches_problem():
    box = konsep.perspektif_widget()
    fig = box.figure
    box.menu.value = "stunting"
    assert plain(fig.data[konsep.T_ACTORS].text[0]) == "Kemenkes"
    assert fig.layout.annotations[konsep.A_PROBLEM].text == "<b>STUNTING</b>"
    box.menu.value = "korupsi"
    assert "KPK" in [plain(t) for t in fig.data[konsep.T_SILO_ACTORS].text]


@pytest.mark.parametrize("make", [konsep.koordinasi_explorer, konsep.determinan_explorer,
                                  konsep.ciri_explorer, konsep.perspektif_explorer])
def test_every_explorer_is_deterministic_with_alt_text(make):
    first, second = make(), make()
    assert first.to_html() == second.to_html()
    assert len(first.alt) > 80 and first.text is not None
    height = first.figure.layout.height
    assert height and first.figure.layout.width is None  # fixed height, responsive width
    # a null in a button's restyle resets that property in plotly.js (a trace without x
    # vanishes): only properties the figure does not set at all may be null
    for menu in first.spec()["layout"].get("updatemenus", []):
        for button in menu["buttons"]:
            if button["method"] == "update":
                restyle, _, traces = button["args"]
                for key, values in restyle.items():
                    for t, v in zip(traces, values):
                        assert v is not None or konsep._current(first.figure, t, key) is None, \
                            (button["label"], key, t)


# ================================================================ browser
def plot_js(k: int) -> str:
    return f"document.querySelectorAll('.wog-plot')[{k}]"


def steady_box(v, locator) -> dict:
    """The element's box once scrolling has settled (the theme scrolls smoothly)."""
    locator.scroll_into_view_if_needed()
    box = locator.bounding_box()
    for _ in range(40):
        v.page.wait_for_timeout(50)
        again = locator.bounding_box()
        if again == box:
            break
        box = again
    return box


def click_box(v, box: dict):
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    v.page.mouse.move(x, y)
    v.page.wait_for_timeout(150)  # plotly throttles hover; a click right after a move is lost
    v.page.mouse.click(x, y)


def click_point(v, k: int, trace: int, point: int):
    """Click the ``point``-th drawn point of trace number ``trace`` of the k-th figure."""
    plot = v.page.locator(".wog-plot").nth(k)
    target = plot.locator("g.trace").nth(trace).locator("path.point, g.point > path").nth(point)
    click_box(v, steady_box(v, target))


def detail_of(v, k: int) -> str:
    fid = v.page.locator(".wog-plot").nth(k).get_attribute("id")
    return v.page.locator(f"#{fid}-detail").text_content()


def wait_detail(v, k: int, expected: str):
    fid = v.page.locator(".wog-plot").nth(k).get_attribute("id")
    v.page.wait_for_function(
        "([id, t]) => document.getElementById(id + '-detail').textContent === t",
        arg=[fid, expected], timeout=10000)


def test_bab1_page_figures_and_aspect_menu(visit):
    v = visit(BAB1)
    assert v.draw_all_figures() == 2
    plot = v.page.locator(".wog-plot").nth(0)
    for name in konsep.aspects():
        expected = konsep.koordinasi_updates(name)[1]
        plot.locator(".updatemenu-header-group").click()
        plot.locator(".updatemenu-dropdown-button .updatemenu-item-text").filter(
            has_text=re.compile(f"^{re.escape(name)}$")).click()
        key = f"annotations[{KK_TEXT_KOLABORASI}].text"
        v.page.wait_for_function(
            f"t => {plot_js(0)}.layout.annotations[{KK_TEXT_KOLABORASI}].text === t",
            arg=expected[key])
        shown = v.page.evaluate(
            f"{plot_js(0)}.layout.annotations[{KK_TEXT_KOORDINASI}].text")
        assert shown == expected[f"annotations[{KK_TEXT_KOORDINASI}].text"]
    assert v.errors == []


def test_bab1_clicking_a_pillar_or_the_roof_fills_the_detail_pane(visit):
    v = visit(BAB1)
    v.draw_all_figures()
    assert detail_of(v, 1) == konsep.DET_HINT
    rows = list(konsep.determinants().values())
    for i, row in enumerate(rows):
        click_point(v, 1, 0, i)
        wait_detail(v, 1, f"{row['determinan']}\n{row['penjelasan']}\nContoh: {row['contoh']}")
    roof = v.page.locator(".wog-plot").nth(1).locator("g.textpoint").filter(
        has_text="Hasil (outcome)")
    click_box(v, steady_box(v, roof))
    wait_detail(v, 1, konsep.DET_OUTCOME)
    assert v.errors == []


def test_bab2_source_buttons_filter_the_traits(visit):
    v = visit(BAB2)
    assert v.draw_all_figures() == 2
    plot = v.page.locator(".wog-plot").nth(0)
    for source, label in reversed(list(konsep.SOURCE_BUTTONS.items())):
        plot.locator(".updatemenu-button").filter(has_text=re.compile(f"^{label}$")).click()
        (_, _), (items, _) = konsep.ciri_updates(source)[0]
        v.page.wait_for_function(
            f"n => {plot_js(0)}.data[1].text.length === n", arg=len(items["text"][0]))
        assert v.page.evaluate(f"{plot_js(0)}.data[1].text") == items["text"][0]
        assert v.page.evaluate(f"{plot_js(0)}.data[1].customdata") == items["customdata"][0]
        assert plot.locator("g.trace").count() == 2  # both traces still drawn
    # after "Semua", clicking the 5th trait (the 2nd of Rittel & Webber) shows its detail
    click_point(v, 0, 1, 4)
    trait = konsep.traits("rittel1973")[1]
    wait_detail(v, 0, f"Rittel & Webber (1973), ciri 2: {trait['ciri']}\n{trait['penjelasan']}")
    assert v.errors == []


def test_bab2_problem_buttons_switch_gambar_2(visit):
    v = visit(BAB2)
    v.draw_all_figures()
    plot = v.page.locator(".wog-plot").nth(1)
    for name, m in reversed(list(konsep.PROBLEMS.items())):
        plot.locator(".updatemenu-button").filter(has_text=re.compile(f"^{m.nama}$")).click()
        groups = {ts[0]: g for g, ts in konsep.perspektif_updates(name)[0]}
        v.page.wait_for_function(
            f"t => {plot_js(1)}.layout.annotations[{konsep.A_PROBLEM}].text === t",
            arg=f"<b>{m.nama.upper()}</b>")
        for trace in (konsep.T_SILO_ACTORS, konsep.T_ACTORS, konsep.T_OUTCOME):
            shown = v.page.evaluate(f"{plot_js(1)}.data[{trace}].text")
            assert shown == groups[trace]["text"][0]
        assert v.page.evaluate(f"{plot_js(1)}.data[{konsep.T_ACTORS}].x") == \
            groups[konsep.T_ACTORS]["x"][0]
        assert plot.locator("g.trace").count() == konsep.T_OUTCOME + 1  # every trace drawn
    # now "Banjir": the first actor of the silo view, of the WoG view, then a badge
    groups = {ts[0]: g for g, ts in konsep.perspektif_updates("banjir")[0]}
    click_point(v, 1, konsep.T_SILO_ACTORS, 0)
    wait_detail(v, 1, groups[konsep.T_SILO_ACTORS]["customdata"][0][0])
    click_point(v, 1, konsep.T_ACTORS, 0)
    wait_detail(v, 1, groups[konsep.T_ACTORS]["customdata"][0][0])
    click_point(v, 1, konsep.T_DETS, 0)
    first = list(konsep.determinants().values())[0]
    wait_detail(v, 1, f"Determinan 1, {first['determinan']}: {first['penjelasan']}")
    assert v.errors == []


@pytest.mark.parametrize("page", [BAB1, BAB2])
def test_pages_fit_a_phone(visit, page):
    v = visit(page, viewport=(390, 844))
    assert v.draw_all_figures() == 2
    v.assert_fits_phone()
    # the controls still work on a phone
    plot = v.page.locator(".wog-plot").nth(0)
    if page == BAB1:
        plot.locator(".updatemenu-header-group").click()
        plot.locator(".updatemenu-dropdown-button .updatemenu-item-text").filter(
            has_text=re.compile("^Hasil$")).click()
        v.page.wait_for_function(
            f"() => {plot_js(0)}.layout.annotations[{KK_TEXT_KOORDINASI}].text"
            ".startsWith('<b>Hasil</b>')")
    else:
        plot.locator(".updatemenu-button").filter(has_text=re.compile("^APSC$")).click()
        v.page.wait_for_function(f"() => {plot_js(0)}.data[1].text.length === 5")
    assert v.errors == []
