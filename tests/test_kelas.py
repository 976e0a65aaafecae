"""Mode Kelas: the presentation model, and Voilà serving it offline with live callbacks."""
from __future__ import annotations

import re
import socket

import pytest

from wogbook import kelas


def test_screens_follow_teaching_order_and_build():
    screens = kelas.available_screens()
    modules = [s.module for s in screens]
    assert modules == [s.module for s in kelas.SCREENS if s.module in modules]
    assert "korupsi" in modules
    box = kelas.presentation()
    assert "Layar 1 dari" in box.children[1].children[1].value
    box.show(len(screens) - 1)
    nav = box.children[1].children
    assert nav[2].disabled and not nav[0].disabled
    with pytest.raises(ValueError, match="Layar awal harus"):
        kelas.presentation(start=99)


def test_busy_port_gives_a_clear_message():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        with pytest.raises(RuntimeError, match=f"Port {port} sudah dipakai"):
            kelas.start_server(port)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def voila_server(tmp_path):
    port = free_port()
    log = open(tmp_path / "voila.log", "w")
    process = kelas.start_server(port, log=log)
    try:
        yield kelas.wait_until_ready(process, port), process
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except Exception:
            process.kill()
            process.wait(timeout=10)
        log.close()
        assert process.poll() is not None, "Voilà is still running after the test"


def test_voila_presentation_runs_python_callbacks_offline(browser, voila_server):
    from conftest import Visit

    url, _process = voila_server
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
        target = next(i for i, s in enumerate(kelas.available_screens()) if s.module == "korupsi")
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
