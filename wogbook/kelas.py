"""Mode Kelas: the live interactives as a classroom presentation (for Voilà).

One screen per interactive, in teaching order, each with the question to ask the
class *before* touching the controls. Large fonts and controls for a projector;
no code is shown (Voilà hides it). Screens are built the first time they are
shown, so the presentation starts fast. Run it with ``make kelas``.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Screen:
    title: str
    question: str
    module: str
    function: str = "widget"


SCREENS = (
    Screen("Koordinasi dan kolaborasi, berdampingan",
           "Instansi Anda rutin rapat koordinasi dengan dinas lain. Apa yang membuat rapat itu "
           "belum menjadi kolaborasi?", "konsep", "koordinasi_widget"),
    Screen("Koordinasi atau kolaborasi?",
           "Mana yang lebih cepat menolong warga: lima dinas yang rapat koordinasi tiap bulan, "
           "atau lima dinas dengan satu agenda dan data bersama? Minta kelas menebak dulu.",
           "simulasi"),
    Screen("Uji masalah Anda: wicked problem?",
           "Pilih satu masalah di daerah Anda. Ciri mana yang cocok? Apakah masalah itu bisa "
           "diselesaikan satu instansi?", "konsep", "ciri_widget"),
    Screen("Pendorong dan tantangan WoG",
           "Pendorong mana yang paling terasa di instansi Anda, dan hambatan apa yang biasanya "
           "menghadangnya?", "pendorong"),
    Screen("Rumus korupsi: M + D − A",
           "Sebutkan satu layanan di instansi Anda yang monopolinya tinggi. Siapa yang memutuskan? "
           "Bagaimana warga tahu berkasnya sampai di mana?", "korupsi"),
    Screen("Empat model hubungan e-government",
           "Aplikasi apa yang terakhir Anda pakai untuk berurusan dengan pemerintah? Termasuk "
           "hubungan yang mana?", "hubungan"),
    Screen("Empat tahap maturasi jejaring kerja",
           "Di tahap mana instansi Anda sekarang? Apa buktinya?", "maturasi"),
    Screen("Indonesia dan tetangganya dalam angka",
           "Tebak: di urutan berapa Indonesia di antara lima negara ini pada IPK 2024?",
           "indikator"),
    Screen("Peta konsep seluruh buku",
           "Tutup buku, gambarlah rantai dari NPM sampai e-government dengan lima kotak, lalu "
           "bandingkan.", "peta"),
)

CSS = """
<style>
.wog-kelas, .wog-kelas .widget-label, .wog-kelas .widget-readout, .wog-kelas select,
.wog-kelas .widget-dropdown select, .wog-kelas button, .wog-kelas .widget-html-content,
.wog-kelas .widget-checkbox label { font-size: 22px !important; line-height: 1.35; }
.wog-kelas .widget-label { min-width: 9em; }
.wog-kelas .widget-slider .noUi-handle, .wog-kelas .slider .noUi-handle { transform: scale(1.6); }
.wog-kelas h1 { font-size: 40px; margin: 0.2em 0; }
.wog-kelas .wog-tanya { font-size: 26px; background: #fff4d6; border-left: 8px solid #E69F00;
  padding: 0.5em 0.8em; margin: 0.3em 0 0.8em; }
.wog-kelas button { height: 2.4em; }
</style>
"""


def available_screens() -> list[Screen]:
    """The screens whose module exists in this installation, in teaching order."""
    found = []
    for screen in SCREENS:
        try:
            module = importlib.import_module(f"wogbook.{screen.module}")
        except ModuleNotFoundError:
            continue
        if callable(getattr(module, screen.function, None)):
            found.append(screen)
    return found


def build_screen(screen: Screen):
    """The live widget of one screen, with its title and question."""
    import ipywidgets as w

    module = importlib.import_module(f"wogbook.{screen.module}")
    live = getattr(module, screen.function)()
    header = w.HTML(f"<h1>{screen.title}</h1><div class='wog-tanya'><b>Tanyakan dulu:</b> "
                    f"{screen.question}</div>")
    return w.VBox([header, live])


def presentation(start: int = 0):
    """One interactive per screen, with 'Sebelumnya' / 'Berikutnya' buttons."""
    import ipywidgets as w

    screens = available_screens()
    if not screens:
        raise RuntimeError("Tidak ada alat interaktif yang dapat ditampilkan.")
    if not isinstance(start, int) or not 0 <= start < len(screens):
        raise ValueError(f"Layar awal harus 0–{len(screens) - 1}; diterima: {start!r}.")
    holder = w.Box(layout=w.Layout(width="100%"))
    built: dict[int, object] = {}
    back = w.Button(description="◀ Sebelumnya", layout=w.Layout(width="12em"))
    forward = w.Button(description="Berikutnya ▶", layout=w.Layout(width="12em"))
    where = w.HTML()
    state = {"i": start}

    def show(i: int):
        state["i"] = i
        if i not in built:
            built[i] = build_screen(screens[i])
        holder.children = (built[i],)
        where.value = f"<b>Layar {i + 1} dari {len(screens)}</b>"
        back.disabled = i == 0
        forward.disabled = i == len(screens) - 1

    back.on_click(lambda _: show(state["i"] - 1))
    forward.on_click(lambda _: show(state["i"] + 1))
    show(start)
    nav = w.HBox([back, where, forward], layout=w.Layout(justify_content="space-between",
                                                           align_items="center"))
    box = w.VBox([w.HTML(CSS), nav, holder])
    box.add_class("wog-kelas")
    box.show, box.screens, box.state = show, screens, state
    return box


# ------------------------------------------------------------- Voilà launcher
TEMPLATES = Path(__file__).resolve().parent  # holds voila/templates/kelas
NOTEBOOK = TEMPLATES.parent / "book" / "mode-kelas.ipynb"


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def start_server(port: int = 8866, log=None):
    """Start Voilà on 127.0.0.1:``port`` serving the presentation; returns the process.

    The 'kelas' template is Voilà's 'lab' template without CDN stylesheets, so
    nothing is fetched from the internet. Raises RuntimeError (Indonesian) if the
    port is taken or Voilà is not installed.
    """
    import os
    import shutil
    import subprocess
    import sys

    if not port_is_free(port):
        raise RuntimeError(f"Port {port} sudah dipakai program lain. Hentikan program itu atau "
                           f"pilih port lain, misalnya: make kelas PORT_KELAS={port + 1}")
    voila = shutil.which("voila", path=os.path.dirname(sys.executable)) or shutil.which("voila")
    if voila is None:
        raise RuntimeError("Voilà belum terpasang. Jalankan 'make setup' (requirements.txt).")
    env = dict(os.environ, JUPYTER_PATH=os.pathsep.join(
        p for p in (str(TEMPLATES), os.environ.get("JUPYTER_PATH", "")) if p))
    cmd = [voila, str(NOTEBOOK), "--template=kelas", "--no-browser", f"--port={port}",
           "--Voila.ip=127.0.0.1", "--theme=light"]
    return subprocess.Popen(cmd, env=env, stdout=log or subprocess.DEVNULL,
                            stderr=subprocess.STDOUT, cwd=str(NOTEBOOK.parent))


def wait_until_ready(process, port: int, timeout: float = 90.0) -> str:
    """Wait until Voilà answers on ``port``; return its URL or raise RuntimeError."""
    import time
    import urllib.request

    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Voilà berhenti sendiri (kode {process.returncode}); "
                               "periksa pesan di atas.")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return url
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"Voilà tidak menjawab di {url} dalam {timeout:.0f} detik.")


def main(argv=None) -> int:
    """``python -m wogbook.kelas [PORT]``: serve Mode Kelas until Ctrl+C."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    port = int(args[0]) if args else 8866
    try:
        process = start_server(port, log=sys.stdout)
        url = wait_until_ready(process, port)
    except RuntimeError as err:
        print(f"Mode Kelas tidak dapat dimulai: {err}", file=sys.stderr)
        return 1
    print(f"Mode Kelas siap: buka {url} di peramban (Ctrl+C untuk berhenti).", flush=True)
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.terminate()
        process.wait(timeout=10)
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
