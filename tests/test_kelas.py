"""Mode Kelas: the presentation model, and Voilà serving it offline with live callbacks."""
from __future__ import annotations

import re
import socket

import pytest

from conftest import free_port, stop
from wogbook import kelas
from wogbook.inti import data
from wogbook.kelas import server


def test_screens_come_from_data_in_teaching_order_and_build():
    screens = kelas.screens()
    assert [s.tool for s in screens] == ["bab1.koordinasi", "bab1.simulasi", "bab2.ciri",
                                         "bab3.profil", "bab4.korupsi", "bab5.relasi",
                                         "bab6.linimasa", "kelas.banding", "bab8.ipk",
                                         "bab7.peta", "kelas.kuis"]
    shown = kelas.presentation()
    nav = shown.box.children[2].children
    assert "Layar 1 dari 11" in nav[1].value and nav[0].disabled
    assert f"<h1>{screens[0].title}</h1>" in nav[1].value
    shown.show(len(screens) - 1)
    assert nav[2].disabled and not nav[0].disabled and "Kuis penutup" in nav[1].value
    with pytest.raises(ValueError, match="Layar awal harus 0–10"):
        kelas.presentation(start=99)


def test_every_screen_builds_its_widget_in_the_projector_variant():
    for i, screen in enumerate(kelas.screens()):
        box = kelas.build_screen(screen)
        header, body = box.children
        assert "Tanyakan dulu:" in header.value and kelas.esc(screen.question) in header.value
        figures = [w for w in _walk(body) if type(w).__name__ == "FigureWidget"]
        if screen.tool in ("kelas.banding", "kelas.kuis"):  # text and buttons, no chart
            continue
        assert figures, f"screen {i + 1} ({screen.tool}) shows no figure"
        for f in figures:  # DESIGN.md: chart text on a projector ≥ 18 px
            spec = f.to_plotly_json()
            sizes = [f.layout.font.size] + [size for part in [spec["layout"], *spec["data"]]
                                            for _, size in _font_sizes(part)]
            assert min(sizes) >= 18, (screen.tool, min(sizes))


def _font_sizes(node, path=""):
    """Every explicit ``…font.size`` in a plotly JSON tree (walked here, not by the package)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "size" and path.endswith("font") and isinstance(value, (int, float)):
                yield path, value
            elif key not in ("meta", "template"):
                yield from _font_sizes(value, f"{path}.{key}")
    elif isinstance(node, list):
        for value in node:
            yield from _font_sizes(value, path)


def _walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)


def test_a_screen_naming_no_interactive_is_an_indonesian_error(data_copy):
    path = data_copy / "kelas_layar.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",bab4.korupsi", ",bab4.korup"),
                    encoding="utf-8")
    with pytest.raises(data.DataError) as err:
        kelas.screens()
    assert ("kelas_layar.csv" in str(err.value) and "baris 6, kolom 'alat': 'bab4.korup'"
            in str(err.value))


def test_a_screen_whose_data_breaks_shows_why_on_the_screen(data_copy):
    """The file breaks while Mode Kelas runs: that screen says which file, row and column,
    in red on the projector; the buttons still go on to the next screen."""
    pres = kelas.presentation(0)
    path = data_copy / "korupsi_preset.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("manual,9,", "manual,11,", 1),
                    encoding="utf-8")
    k = [s.tool for s in pres.screens].index("bab4.korupsi")
    pres.show(k)
    shown = pres.box.children[3].children[0]
    assert "Layar ini tidak dapat ditampilkan." in shown.value
    assert ("korupsi_preset.csv" in shown.value and "baris 2, kolom &#39;monopoli&#39;: "
            "nilai 11 di luar rentang 0–10" in shown.value)
    pres.show(k + 1)
    assert pres.current["i"] == k + 1 and "Layar ini tidak" not in str(
        getattr(pres.box.children[3].children[0], "value", ""))


def test_a_screen_title_is_escaped(data_copy):
    path = data_copy / "kelas_layar.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "Rumus korupsi: M + D − A", "<img src=x onerror=alert(1)>"), encoding="utf-8")
    pres = kelas.presentation([s.tool for s in kelas.screens()].index("bab4.korupsi"))
    title = pres.box.children[2].children[1].value
    assert "<img" not in title and "&lt;img src=x onerror=alert(1)&gt;" in title


@pytest.mark.parametrize("arg", ["abc", "80", "99999"])
def test_a_bad_port_gets_an_indonesian_message_not_a_traceback(arg, capsys):
    assert server.main([arg]) == 2
    err = capsys.readouterr().err
    assert f"port '{arg}' bukan nomor port 1024–65535" in err and "Traceback" not in err


def test_busy_port_gives_a_clear_message():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        with pytest.raises(RuntimeError, match=f"Port {port} sudah dipakai"):
            server.start_server(port)


@pytest.fixture
def kelas_server(tmp_path):
    port = free_port()
    log = open(tmp_path / "voila.log", "w")
    process = server.start_server(port, log=log)
    try:
        yield server.wait_until_ready(process, port), process
    finally:
        try:
            stop(process)
        finally:
            log.close()


def test_voila_presentation_runs_python_callbacks_offline(browser, kelas_server):
    from conftest import Visit

    url, _process = kelas_server
    v = Visit.__new__(Visit)  # same recording and network blocking as the book tests
    v.context = browser.new_context(viewport={"width": 1280, "height": 900})
    v.errors, v.foreign = [], []
    v.context.route("**/*", Visit._only_local)
    v.page = v.context.new_page()
    v.page.on("pageerror", lambda e: v.errors.append(str(e)))
    v.page.on("request", v._record)
    try:
        v.page.goto(url, timeout=90000)
        page = v.page
        page.wait_for_selector(".wog-kelas", timeout=90000)
        assert "kelas.presentation()" not in page.locator("body").inner_text(), "code is shown"
        target = next(i for i, s in enumerate(kelas.screens()) if s.tool == "bab4.korupsi")
        for i in range(target):
            page.locator(".wog-kelas button", has_text="Berikutnya").click()
            page.locator(".wog-kelas", has_text=f"Layar {i + 2} dari").first.wait_for(timeout=30000)
        heading = page.locator(".wog-kelas h1", has_text="Rumus korupsi")
        heading.wait_for(timeout=30000)
        title = page.locator(".wog-kelas .js-plotly-plot .gtitle").first
        title.wait_for(timeout=30000)
        before = title.text_content()
        # 'netral': 5 + 5 − 5 = 5, index 15/3 = 5; after A = 10: 0, index 10/3 = 3,33 → 3
        assert re.search(r"Risiko menurut rumus: SEDANG \(kira-kira 5 dari 10\)", before)
        handle = page.locator(".wog-kelas .widget-slider", has_text="Akuntabilitas").locator(".noUi-handle")
        handle.focus()
        for _ in range(5):
            page.keyboard.press("ArrowRight")  # Akuntabilitas 5 -> 10
        page.wait_for_function(
            "() => Array.from(document.querySelectorAll('.wog-kelas .js-plotly-plot .gtitle'))"
            ".some(t => t.textContent.includes('kira-kira 3 dari 10'))", timeout=30000)
        assert "RENDAH" in page.locator(".wog-kelas .js-plotly-plot .gtitle").first.text_content()
        assert v.foreign == [], f"Mode Kelas requested other hosts: {v.foreign}"
        assert v.errors == []
    finally:
        v.context.close()


# ------------------------------------------------------------------ the projector stage
def _csv_rows(name):
    import csv

    with open(data.path_of(name.removesuffix(".csv")), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_the_closing_quiz_reveals_exactly_the_right_options_of_the_csv():
    """Read with the csv module, not the package: the first question of each chapter, and
    the options marked 'ya' are the ones the revealed screen marks right."""
    from wogbook.kelas import kuis as closing

    soal = _csv_rows("kuis_soal.csv")
    firsts = {}
    for row in soal:
        firsts.setdefault(row["bab"], row)
    items = closing.items()
    assert [q["question"] for q in items] == [kelas.esc(r["pertanyaan"]) for r in firsts.values()]
    opsi = [r for r in _csv_rows("kuis_opsi.csv") if r["soal_id"] == firsts["bab1"]["soal_id"]]
    right = {kelas.esc(r["opsi"]) for r in opsi if r["benar"] == "ya"}
    hidden = closing.question_html(items[0], 1, len(items), revealed=False)
    assert "✔" not in hidden and "wog-benar" not in hidden and f"Soal 1 dari {len(firsts)}" in hidden
    shown = closing.question_html(items[0], 1, len(items), revealed=True)
    marked = [a["answer"] for a in items[0]["answers"]
              if f"<b>{'abcdefghij'[items[0]['answers'].index(a)]}.</b> {a['answer']}<div "
                 f"class='wog-penjelasan'><b>✔ benar</b>" in shown]
    assert set(marked) == right and shown.count("✘") == len(opsi) - len(right)

    live = closing.widget()
    c = live.controls
    assert c["sebelumnya"].disabled and not c["jawaban"].disabled
    c["jawaban"].click()
    assert c["jawaban"].disabled and "✔ benar" in c["tampil"].value
    c["berikutnya"].click()
    assert "✔" not in c["tampil"].value and f"Soal 2 dari {len(firsts)}" in c["tampil"].value
    c["soal"].value = "bab4"
    n4 = sum(r["bab"] == "bab4" for r in soal)
    assert f"Soal 1 dari {n4}" in c["tampil"].value


def test_stage_puts_controls_left_and_every_figure_right():
    for screen in kelas.screens():
        box = kelas.build_screen(screen)
        figures = [w for w in _walk(box) if type(w).__name__ == "FigureWidget"]
        columns = kelas.columns_of(box)
        in_columns = [f for c in columns for f in c.children]
        assert len(in_columns) == len(figures), screen.tool  # every figure, once
        assert all(type(f).__name__ == "FigureWidget" for f in in_columns)
        for stage in (w for w in _walk(box) if "wog-panggung" in w._dom_classes):
            left, right = stage.children
            assert "wog-kendali" in left._dom_classes and "wog-gambar" in right._dom_classes
            assert not any(type(w).__name__ == "FigureWidget" for w in left.children)


def test_fit_figures_sizes_the_figures_of_one_column_to_the_measured_box():
    pres = kelas.presentation(0)
    k = [s.tool for s in pres.screens].index("bab8.ipk")  # two figures, one under the other
    pres.show(k)
    shown = pres.box.children[3].children[0]
    built = {k: shown}
    figs = kelas.columns_of(shown)[0].children
    assert kelas.fit_figures(built, f"{k + 1}:0:850x615")
    assert [(f.layout.width, f.layout.height) for f in figs] == [(850, 303), (850, 303)]  # (615-8)/2
    for bad in ("", "x", f"{k + 1}:0:abcx615", f"{k + 1}:5:850x615", "99:0:850x615",
                f"{k + 1}:0:50x615"):
        assert not kelas.fit_figures(built, bad), bad
    assert [(f.layout.width, f.layout.height) for f in figs] == [(850, 303), (850, 303)]


#: the shown figure column's figures are drawn, filling it: as wide as the column, and
#: as high as it, less the gaps between them (kelas.GAP)
FITTED = f"""() => {{
  const column = [...document.querySelectorAll('.wog-kelas-layar .wog-gambar')]
    .find(c => c.checkVisibility() && !c.closest('.lm-mod-hidden'));
  if (!column) return false;
  const box = column.getBoundingClientRect();
  const drawn = [...column.querySelectorAll('.js-plotly-plot')].map(p => p.querySelector('.main-svg'));
  if (!drawn.length || drawn.some(s => !s)) return false;
  const sizes = drawn.map(s => s.getBoundingClientRect());
  const high = sizes.reduce((sum, r) => sum + r.height, 0) + {kelas.GAP} * (sizes.length - 1);
  return sizes.every(r => Math.abs(r.width - box.width) <= 3) && Math.abs(high - box.height) <= 3 * sizes.length;
}}"""

#: what the projector test measures in the page (see test_every_screen_fits_a_projector)
PROJECTOR_METRICS = """() => {
  const shown = e => e.checkVisibility() && !e.closest('.lm-mod-hidden') && e.getBoundingClientRect().width > 0;
  const inside = e => { const r = e.getBoundingClientRect();
    return r.top >= -1 && r.left >= -1 && r.bottom <= innerHeight + 1 && r.right <= innerWidth + 1; };
  const plots = [...document.querySelectorAll('.wog-kelas-layar .js-plotly-plot')].filter(shown);
  const texts = plots.flatMap(p => [...p.querySelectorAll('text, tspan')])
    .filter(t => t.textContent.trim() && t.getBBox().width > 0);
  // the size as drawn: plotly shrinks a label to fit (a sunburst sector) by a transform
  const size = t => { const m = t.getScreenCTM();
    return parseFloat(getComputedStyle(t).fontSize) * Math.sqrt(m.a * m.a + m.b * m.b); };
  // two chart texts overlap when they share more than a fifth of the smaller one's box
  const shared = (a, b) => { const x = Math.min(a.right, b.right) - Math.max(a.left, b.left),
      y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    return x > 0 && y > 0 ? x * y / Math.min(a.width * a.height, b.width * b.height) : 0; };
  const overlaps = [], cut = [];
  for (const p of plots) {
    const edge = p.querySelector('.main-svg').getBoundingClientRect();
    [...p.querySelectorAll('text')].filter(t => t.textContent.trim() && t.getBBox().width > 0)
      .forEach(t => { const r = t.getBoundingClientRect();
        if (r.left < edge.left - 1 || r.right > edge.right + 1 || r.top < edge.top - 1
            || r.bottom > edge.bottom + 1) cut.push(t.textContent.slice(0, 30)); });
    const own = [...p.querySelectorAll('text')].filter(t => t.textContent.trim()
      && t.getBBox().width > 0 && t.checkVisibility({opacityProperty: true}));
    own.forEach((a, i) => own.slice(i + 1).forEach(b => {
      if (shared(a.getBoundingClientRect(), b.getBoundingClientRect()) > 0.2)
        overlaps.push([a.textContent.slice(0, 30), b.textContent.slice(0, 30)]); }));
  }
  const controls = [...document.querySelectorAll(
    '.wog-kelas-layar :is(.widget-slider, .widget-dropdown, .widget-select-multiple, .widget-text, .jupyter-button)')]
    .filter(shown);
  const q = document.querySelector('.wog-kelas-layar .wog-tanya');
  return {
    scroll: document.scrollingElement.scrollHeight - innerHeight,
    question: !!q && inside(q),
    smallest: Math.round(Math.min(...texts.map(size)) * 10) / 10,
    small: texts.filter(t => size(t) < 17.9).map(t => t.textContent.slice(0, 30)).slice(0, 5),
    overlaps: overlaps.slice(0, 6),
    cut: cut.slice(0, 6),
    plots: plots.map(p => ({inside: inside(p.querySelector('.main-svg')),
                            width: p.querySelector('.main-svg').getBoundingClientRect().width})),
    // every control on the screen (a long form goes a page at a time: inti.widget.pages)
    outside: controls.filter(c => !inside(c)).map(c => c.textContent.trim().slice(0, 40)),
    // and nothing cut: no column, tab or screen holds more than it shows
    overflowing: [...document.querySelectorAll('.wog-kelas-layar, .wog-kelas-layar .wog-kendali, '
      + '.wog-kelas-layar .wog-gambar, .wog-kelas-layar .widget-tab-contents, '
      + '.wog-kelas-layar .lm-TabPanel-stackedPanel')].filter(shown)
      .filter(c => c.scrollHeight > c.clientHeight + 1)
      .map(c => [c.className.split(' ').filter(n => n.startsWith('wog') || n.includes('Tab')).join('.'),
                 c.scrollHeight, c.clientHeight]),
    figures: !!document.querySelector('.wog-kelas-layar .wog-gambar') &&
      [...document.querySelectorAll('.wog-kelas-layar .wog-gambar')].some(shown),
    error: !!document.querySelector('.wog-kelas .wog-galat'),
  };
}"""


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=["1366x768", "1920x1080"])
def test_every_screen_fits_a_projector(browser, kelas_server, size):
    """Each screen (each page of its tabs), as the class sees it: nothing scrolls, the question and every control
    and figure are on the screen, figures drawn filling their column (FITTED), more than
    half the screen wide, no chart text drawn under 18 px (DESIGN.md; 17.9 for rounding)
    no two chart texts on top of each other and none cut at the figure's edge."""
    url, _process = kelas_server
    context = browser.new_context(viewport={"width": size[0], "height": size[1]},
                                  service_workers="block")
    errors = []
    try:
        page = context.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(url, timeout=120000)
        page.wait_for_selector(".wog-kelas-atas", timeout=120000)
        for i, screen in enumerate(kelas.screens()):
            if i:
                page.locator(".wog-kelas-atas button", has_text="Berikutnya").click()
            page.locator(".wog-kelas-ke", has_text=f"Layar {i + 1} dari").wait_for(timeout=60000)
            page.wait_for_selector(".wog-kelas-layar .wog-isi", timeout=60000)
            tabs = page.locator(".wog-kelas-layar .lm-TabBar-tab")
            pages_with_figures = 0
            for k in range(max(1, tabs.count())):  # every page of a screen with tabs
                if k:
                    tabs.nth(k).click()
                    page.wait_for_timeout(300)
                where = f"{screen.tool} (tab {k + 1}) at {size}"
                # a tool's page that shows figures: drawn, then fitted to its column (a tab
                # of questions or of a table has none)
                figured = screen.tool.startswith("bab") and page.evaluate(
                    "() => [...document.querySelectorAll('.wog-kelas-layar .wog-gambar')]"
                    ".some(c => c.checkVisibility() && !c.closest('.lm-mod-hidden'))")
                if figured:
                    page.wait_for_function(f"() => ({FITTED})()", timeout=60000)
                    pages_with_figures += 1
                m = page.evaluate(PROJECTOR_METRICS)
                assert m["scroll"] <= 0 and m["question"] and not m["error"], (where, m)
                assert m["outside"] == [], (where, m["outside"])
                assert m["overflowing"] == [], (where, "cut at the bottom", m["overflowing"])
                if figured:
                    assert m["plots"] and m["smallest"] >= 17.9, (where, m)
                    assert m["overlaps"] == [], (where, "chart texts on each other", m["overlaps"])
                    assert m["cut"] == [], (where, "chart texts cut at the figure's edge", m["cut"])
                    for plot in m["plots"]:
                        assert plot["inside"] and plot["width"] >= 0.55 * size[0], (where, plot)
            if screen.tool.startswith("bab"):
                assert pages_with_figures, f"{screen.tool} shows no figure at {size}"
        assert errors == []
    finally:
        context.close()
