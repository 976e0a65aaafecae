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
                                         "bab7.peta"]
    shown = kelas.presentation()
    nav = shown.box.children[1].children
    assert nav[1].value == "<b>Layar 1 dari 10</b>" and nav[0].disabled
    shown.show(len(screens) - 1)
    assert nav[2].disabled and not nav[0].disabled
    with pytest.raises(ValueError, match="Layar awal harus 0–9"):
        kelas.presentation(start=99)


def test_every_screen_builds_its_widget_in_the_projector_variant():
    for i, screen in enumerate(kelas.screens()):
        box = kelas.build_screen(screen)
        header, body = box.children
        assert screen.title.split(":")[0] in header.value
        figures = [w for w in _walk(body) if type(w).__name__ == "FigureWidget"]
        if screen.tool == "kelas.banding":  # the groups' codes side by side: text, no chart
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
    shown = pres.box.children[2].children[0]
    assert "Layar ini tidak dapat ditampilkan." in shown.value
    assert "korupsi_preset.csv" in shown.value and "baris 2, kolom 'monopoli': nilai 11 di luar rentang 0–10" in shown.value
    pres.show(k + 1)
    assert pres.current["i"] == k + 1 and "Layar ini tidak" not in str(
        getattr(pres.box.children[2].children[0], "value", ""))


def test_a_screen_title_is_escaped(data_copy):
    path = data_copy / "kelas_layar.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "Rumus korupsi: M + D − A", "<img src=x onerror=alert(1)>"), encoding="utf-8")
    screen = next(s for s in kelas.screens() if s.tool == "bab4.korupsi")
    header = kelas.build_screen(screen).children[0].value
    assert "<img" not in header and "&lt;img src=x onerror=alert(1)&gt;" in header


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
        assert re.search(r"Indeks risiko korupsi: 5 dari 10", before)
        handle = page.locator(".wog-kelas .widget-slider", has_text="Akuntabilitas").locator(".noUi-handle")
        handle.focus()
        for _ in range(5):
            page.keyboard.press("ArrowRight")  # Akuntabilitas 5 -> 10
        page.wait_for_function(
            "() => Array.from(document.querySelectorAll('.wog-kelas .js-plotly-plot .gtitle'))"
            ".some(t => t.textContent.includes('3,3 dari 10'))", timeout=30000)
        assert "RENDAH" in page.locator(".wog-kelas .js-plotly-plot .gtitle").first.text_content()
        assert v.foreign == [], f"Mode Kelas requested other hosts: {v.foreign}"
        assert v.errors == []
    finally:
        v.context.close()
