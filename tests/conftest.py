"""Shared fixtures: a clean build of the book, a local web server, headless Chromium."""
from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlparse

import pytest

from wogbook.buku import toc_pages  # noqa: F401  (the tests take the page list from here)
from wogbook.buku.peramban import CHROMIUM, launch

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def built_book(tmp_path_factory) -> Path:
    """Build the book from scratch (fresh _build, notebooks executed) with warnings as errors.

    For quick local iterations only, WOG_BUILT_BOOK=path/to/_build/html reuses a build.
    """
    reuse = os.environ.get("WOG_BUILT_BOOK")
    if reuse and not os.environ.get("CI"):
        return Path(reuse)
    out = tmp_path_factory.mktemp("buku")
    cmd = [str(Path(sys.executable).with_name("jupyter-book")), "build", str(ROOT),
           "--path-output", str(out), "-W", "-n", "--keep-going"]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    if run.returncode != 0:
        pytest.fail(f"Build gagal (kode {run.returncode}):\n{run.stdout[-6000:]}\n{run.stderr[-3000:]}")
    html = out / "_build" / "html"
    assert (html / "index.html").exists(), "index.html tidak dibuat"
    return html


@pytest.fixture(scope="session")
def printed_pdf(built_book, browser) -> Path:
    """The PDF handout, printed into the built site (where the landing page links to it)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import cetak_pdf

    out = built_book / "buku-interaktif-wog.pdf"
    # reuse the build folder of built_book, so its executed-notebook cache is reused
    cetak_pdf.main([str(out), "--build-dir", str(built_book.parent.parent)], browser)
    return out


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A scratch copy of every table of data/, to break on purpose; while the test runs,
    the package reads its tables from there."""
    from wogbook.inti import data

    folder = tmp_path / "data"
    folder.mkdir()
    for f in data.data_dir().glob("*.csv"):
        shutil.copy(f, folder / f.name)
    with data.using(folder):
        yield folder


#: Fixtures that need the built book, a browser or a server: tests using them are slow.
SLOW_FIXTURES = {"built_book", "site", "browser", "visit", "printed_pdf", "kelas_server",
                 "lab_server",  # a real JupyterLab (tests/test_jupyterlab.py)
                 "repo_copy"}  # repo_copy: runs the real make in a copy of the repository


def pytest_collection_modifyitems(config, items):
    """Mark every test that builds the book, opens a browser or starts a server as
    ``lambat``; everything else is the fast lane (``make test-cepat``)."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & SLOW_FIXTURES or item.get_closest_marker("lambat") \
                or item.nodeid.endswith(".ipynb") or ".ipynb::" in item.nodeid:
            item.add_marker(pytest.mark.lambat)


@pytest.fixture
def repo_copy(tmp_path) -> Path:
    """The repository's committed files, plus its two built npm bundles (made by make test
    before the tests run), in a scratch folder: the real make runs there (:func:`make`)."""
    copy = tmp_path / "repo"
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                           check=True).stdout.decode().split("\0")
    for name in filter(None, files):
        target = copy / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    for dist in ("wogbook/buku/plotly/dist", "wogbook/buku/sw/dist"):
        shutil.copytree(ROOT / dist, copy / dist)
        for f in (copy / dist).iterdir():
            f.touch()  # newer than its sources: make does not rebuild it
    return copy


def make_command(copy: Path, *args: str) -> tuple[list[str], dict]:
    """The command line and environment of the real ``make`` in ``copy``: this checkout's
    virtual environment, the copy's own package and data/ first on the path. The venv's
    setup is never remade there: it would install the copy into this checkout's venv
    (``pip install -e .``), and every later import of wogbook would be the copy's."""
    venv = ROOT / ".venv"
    env = {**os.environ, "PYTHONPATH": str(copy)}  # the copy's package and data/, not ours
    return ["make", f"VENV={venv}", f"--old-file={venv / '.installed'}", *args], env


def make(copy: Path, *args: str, timeout: int = 1500) -> subprocess.CompletedProcess:
    """The real ``make`` in ``copy`` (see :func:`repo_copy` and :func:`make_command`)."""
    cmd, env = make_command(copy, *args)
    return subprocess.run(cmd, cwd=copy, capture_output=True, text=True, env=env,
                          timeout=timeout)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop(process: subprocess.Popen, timeout: float = 20) -> None:
    """Stop a server the tests started (terminate, then kill), and make sure it is gone."""
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)
    assert process.poll() is not None, f"process {process.pid} is still running after the test"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site(built_book):
    """The built book served on 127.0.0.1 (random free port); yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(built_book))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium tidak ditemukan di {CHROMIUM}: jalankan 'make test' "
                    "(memasang paket Debian 'chromium') atau set WOG_CHROMIUM.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


LOCAL_HOSTS = {"127.0.0.1"}


def plot_js(k: int) -> str:
    """JavaScript for the k-th figure of a page (its plotly graph div)."""
    return f"document.querySelectorAll('.wog-plot')[{k}]"


@functools.lru_cache(maxsize=1)
def guessed_workbook() -> str:
    """A workbook in which the book's predictions are made (the first option of each)."""
    from wogbook.buku.kerja import predictions

    entries = {}
    for form in predictions():
        question = form.fields[0]
        values = form.values(**{question.key: question.options[0][0]})
        entries[form.key] = {"bab": form.bab, "judul": form.judul, "nilai": values,
                             "hasil": form.answer(values).to_dict()}
    return json.dumps({"aplikasi": "buku-interaktif-wog", "versi": 1, "entri": entries})


class Visit:
    """One page opened in a fresh browser context, with its console and requests recorded."""

    def __init__(self, browser, url, block_network=False, viewport=(1280, 900), touch=False,
                 guessed=True, service_worker=False):
        """``touch``: a phone (touch screen, mobile viewport), as a trainee holds it.
        ``guessed``: the reader has already made the book's predictions (their figures open);
        False for a reader who comes with an empty workbook.
        ``service_worker``: the book may save itself on the device (tests/test_luring.py);
        elsewhere each fresh context would download the whole book in the background."""
        self.context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]},
                                           is_mobile=touch, has_touch=touch,
                                           service_workers="allow" if service_worker else "block")
        if guessed:
            self.context.add_init_script(
                "if (!localStorage.getItem('wog-buku-kerja')) "
                f"localStorage.setItem('wog-buku-kerja', {json.dumps(guessed_workbook())});")
        self.errors, self.foreign = [], []
        if block_network:
            self.context.route("**/*", self._only_local)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", self._record)
        self.page.goto(url, wait_until="load")

    def _record(self, request):
        host = urlparse(request.url).hostname
        if request.url.startswith(("http:", "https:", "ws:", "wss:")) and host not in LOCAL_HOSTS:
            self.foreign.append(request.url)

    @staticmethod
    def _only_local(route):
        host = urlparse(route.request.url).hostname
        if host in LOCAL_HOSTS or route.request.url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            route.abort("internetdisconnected")

    def draw_all_figures(self):
        """Scroll every figure into view (they draw lazily) and wait until each is drawn."""
        plots = self.page.locator(".wog-plot")
        for i in range(plots.count()):
            plots.nth(i).scroll_into_view_if_needed()
            self.page.wait_for_selector(f".wog-plot >> nth={i}", state="attached")
            plots.nth(i).locator(".main-svg").first.wait_for(timeout=20000)
        states = [plots.nth(i).get_attribute("data-wog-state") for i in range(plots.count())]
        assert all(s == "siap" for s in states), states
        return plots.count()

    def slider_to(self, k: int, value: int, plot: int = 0):
        """Click step ``value`` of the k-th plotly slider of the ``plot``-th figure."""
        figure = self.page.locator(".wog-plot").nth(plot)
        group = figure.locator("g.slider-group").nth(k)
        group.scroll_into_view_if_needed()
        tick = group.locator("rect.slider-tick-rect").nth(value).bounding_box()
        rail = group.locator(".slider-rail-touch-rect").bounding_box()
        self.page.mouse.click(tick["x"] + tick["width"] / 2, rail["y"] + rail["height"] / 2)
        self.page.wait_for_function(
            f"document.querySelectorAll('.wog-plot')[{plot}].layout.sliders[{k}].active === {value}")

    def sideways_scroll(self) -> int:
        """How many pixels the page scrolls sideways (0 on a page that fits the screen)."""
        return self.page.evaluate("document.documentElement.scrollWidth - window.innerWidth")

    def assert_fits_phone(self):
        """Every figure fits a 390 px screen and the page does not scroll sideways."""
        widths = self.page.evaluate(
            "Array.from(document.querySelectorAll('.wog-plot .main-svg:first-of-type'),"
            " s => s.getBoundingClientRect().width)")
        assert widths and all(300 <= w <= 390 for w in widths), widths
        overflow = self.sideways_scroll()
        assert overflow <= 1, f"page scrolls sideways by {overflow}px on a phone"

    # ---------------------------------------------------------------- a finger
    def finger(self, points):
        """One finger down on the first (x, y), along the others, then up (real touch input)."""
        if not hasattr(self, "_cdp"):
            self._cdp = self.context.new_cdp_session(self.page)
        send = self._cdp.send
        (x, y), *path = points
        send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x, "y": y}]})
        for x, y in path:
            send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [{"x": x, "y": y}]})
        send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
        self.page.wait_for_timeout(300)

    def swipe_up(self, x: float, y: float, distance: float = 200):
        """A finger moving up by ``distance`` px from (x, y): the page should scroll down."""
        self.finger([(x, y - distance * k / 10) for k in range(11)])

    # ------------------------------------------------ clicking points of a figure
    def steady_box(self, locator) -> dict:
        """The element's box once scrolling has settled (the theme scrolls smoothly)."""
        locator.scroll_into_view_if_needed()
        box = locator.bounding_box()
        for _ in range(40):
            self.page.wait_for_timeout(50)
            again = locator.bounding_box()
            if again == box:
                break
            box = again
        return box

    def click_box(self, box: dict):
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        self.page.mouse.move(x, y)
        self.page.wait_for_timeout(150)  # plotly throttles hover; a click right after is lost
        self.page.mouse.click(x, y)

    def click_point(self, k: int, trace: int, point: int):
        """Click the ``point``-th drawn point of trace number ``trace`` of the k-th figure."""
        plot = self.page.locator(".wog-plot").nth(k)
        target = plot.locator("g.trace").nth(trace).locator("path.point, g.point > path").nth(point)
        self.click_box(self.steady_box(target))

    def detail_of(self, k: int) -> str:
        """The text of the k-th figure's detail pane."""
        fid = self.page.locator(".wog-plot").nth(k).get_attribute("id")
        return self.page.locator(f"#{fid}-detail").text_content()

    def wait_detail(self, k: int, expected: str):
        fid = self.page.locator(".wog-plot").nth(k).get_attribute("id")
        self.page.wait_for_function(
            "([id, t]) => document.getElementById(id + '-detail').textContent === t",
            arg=[fid, expected], timeout=10000)

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser, site):
    opened = []

    def _open(page, **kwargs):
        v = Visit(browser, f"{site}/{page}.html", **kwargs)
        opened.append(v)
        return v

    yield _open
    for v in opened:
        v.close()


