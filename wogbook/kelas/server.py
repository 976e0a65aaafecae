"""Serve Mode Kelas with Voilà on 127.0.0.1, offline: ``python -m wogbook.kelas [PORT]``.

The 'kelas' template (``voila/templates/kelas``) is Voilà's 'lab' template with its
own ``notebook_css`` block, which links nothing from the internet. Voilà runs the
presentation ahead of the first visit (its "preheated kernel"), and the server says
"siap" only once that run has built the first screen: the class's first screen then
opens at once.
"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE  # a JUPYTER_PATH entry: holds voila/templates/kelas
NOTEBOOK = HERE / "mode-kelas.ipynb"


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def ready_file(port: int) -> Path:
    """The file the presentation touches once its first screen is built (see ``__init__``)."""
    import tempfile

    return Path(tempfile.gettempdir()) / f"wog-kelas-siap-{port}"


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
        raise RuntimeError(busy(port))
    voila = shutil.which("voila", path=os.path.dirname(sys.executable)) or shutil.which("voila")
    if voila is None:
        raise RuntimeError("Voilà belum terpasang. Jalankan 'make setup' (requirements.txt).")
    from . import READY_FILE

    ready = ready_file(port)
    ready.unlink(missing_ok=True)
    env = dict(os.environ, JUPYTER_PATH=os.pathsep.join(
        p for p in (str(TEMPLATES), os.environ.get("JUPYTER_PATH", "")) if p))
    env[READY_FILE] = str(ready)
    cmd = [voila, str(NOTEBOOK), "--template=kelas", "--no-browser", f"--port={port}",
           "--Voila.ip=127.0.0.1", "--theme=light", "--preheat_kernel=True",
           *(f"--VoilaConfiguration.extension_denylist={name}" for name in NOT_IN_CLASS)]
    return subprocess.Popen(cmd, env=env, stdout=log or subprocess.DEVNULL,
                            stderr=subprocess.STDOUT, cwd=str(NOTEBOOK.parent))


#: JupyterLab extensions installed for the live notebooks that a presentation has no use
#: for: each would be fetched and started before the first screen (MyST also fails there)
NOT_IN_CLASS = ("jupyterlab-myst", "@jupyter-notebook/lab-extension",
                "@voila-dashboards/jupyterlab-preview", "jupyterlab_pygments")


def wait_until_ready(process, port: int, timeout: float = 90.0) -> str:
    """Wait until Voilà has run the presentation ahead of the first visit (its preheated
    kernel touched :func:`ready_file`) and answers on ``port``; return the presentation's
    URL or raise RuntimeError. The check asks for a static file: the page itself would
    take the preheated kernel."""
    import time
    import urllib.request

    url = f"http://127.0.0.1:{port}/"
    probe = f"{url}voila/static/voila-style.js"
    ready = ready_file(port)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Voilà berhenti sendiri (kode {process.returncode}); "
                               "periksa pesan di atas.")
        if ready.exists():
            try:
                with urllib.request.urlopen(probe, timeout=5) as response:
                    if response.status == 200:
                        return url
            except OSError:
                pass
        time.sleep(0.25)
    raise RuntimeError(f"Voilà tidak menjawab di {url} dalam {timeout:.0f} detik.")


def busy(port: int) -> str:
    """What to do when ``port`` is taken (Indonesian)."""
    return (f"Port {port} sudah dipakai program lain (mungkin Mode Kelas yang masih berjalan). "
            f"Hentikan program itu atau pilih port lain, misalnya: make kelas "
            f"PORT_KELAS={port + 1 if port < 65535 else 8867}")


def port_of(args: list[str]) -> int:
    """The port of ``python -m wogbook.kelas [PORT]`` (8866 without one); a ValueError in
    Indonesian for anything but one number 1024–65535 written in digits."""
    if len(args) > 1:
        raise ValueError(f"tulis satu nomor port saja, bukan '{' '.join(args)}'")
    if not args or not args[0].strip():
        return 8866
    text = args[0].strip()
    if not (text.isascii() and text.isdigit() and 1024 <= int(text) <= 65535):
        raise ValueError(f"port '{args[0]}' bukan nomor port 1024–65535")
    return int(text)


def main(argv=None) -> int:
    """``python -m wogbook.kelas [PORT]``: serve Mode Kelas until Ctrl+C."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    try:
        port = port_of(args)
    except ValueError as err:
        print(f"Mode Kelas tidak dapat dimulai: {err}; contoh: make kelas PORT_KELAS=8867",
              file=sys.stderr)
        return 2
    if not port_is_free(port):  # before the data check: the answer comes at once
        print(f"Mode Kelas tidak dapat dimulai: {busy(port)}", file=sys.stderr)
        return 1
    from ..inti import data

    broken = data.check_all()  # a broken CSV would leave a screen dead in front of the class
    if broken:
        print(f"Mode Kelas tidak dimulai: {len(broken)} berkas data perlu diperbaiki (perbaiki "
              "baris dan kolom yang disebut, simpan sebagai CSV UTF-8, lalu mulai lagi):",
              file=sys.stderr)
        for message in broken:
            print(message, file=sys.stderr)
        return 1
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


