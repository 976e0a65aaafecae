"""The package works when installed non-editable: its tables, static files and Mode Kelas
template travel with it, and nothing reads the repository."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import pathlib, sys
import wogbook
from wogbook.bab4 import korupsi
from wogbook.inti import data
from wogbook import buku, kelas
from wogbook.kelas import server
installed = pathlib.Path(wogbook.__file__).parent
assert installed.parent == pathlib.Path(sys.argv[1]), wogbook.__file__
assert data.data_dir() == installed / "isi", data.data_dir()
assert korupsi.presets()["perizinan-manual"]["monopoli"] == 9
assert korupsi.explorer().to_html().startswith("<figure")
assert len(kelas.screens()) == 11  # data/kelas_layar.csv: ten tools and the closing quiz
assert "wog-kelas-layar" in kelas.CSS  # Mode Kelas's stylesheet ships with the package
assert (buku.STATIC / "wog-figures.js").is_file() and (buku.STATIC / "wog-kerja.js").is_file()
assert all((buku.STATIC / "alat" / f"{t}.js").is_file() for t in ("ciri", "profil", "simulasi"))
assert (server.TEMPLATES / "voila" / "templates" / "kelas" / "index.html.j2").is_file()
assert server.NOTEBOOK.is_file()
print("ok")
"""


@pytest.mark.lambat
def test_installed_wheel_carries_its_content(tmp_path):
    wheels, target, elsewhere = tmp_path / "wheel", tmp_path / "site", tmp_path / "cwd"
    elsewhere.mkdir()
    source = tmp_path / "src"  # setuptools writes build/ beside the sources: not in the repo
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".venv", ".git", "_build", "build", "*.egg-info", ".jupyter_cache", "__pycache__",
        "node_modules"))
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheels),
                    str(source)], check=True, cwd=tmp_path, capture_output=True)
    wheel, = wheels.glob("wogbook-*.whl")
    # every file git keeps in the package and in data/ travels in the wheel (data/ as isi/),
    # but the two npm projects that make the book's plotly.js and service worker from the
    # repository (make plotly, make luring): an installed package shows, it does not build
    tracked = subprocess.run(["git", "ls-files", "wogbook", "data"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.split()
    build_only = ("wogbook/buku/plotly/", "wogbook/buku/sw/")
    expected = {f.replace("data/", "wogbook/isi/", 1) for f in tracked
                if not f.startswith(build_only)}
    with zipfile.ZipFile(wheel) as whl:
        carried = {n for n in whl.namelist() if n.startswith("wogbook/")}
    assert not expected - carried, sorted(expected - carried)
    subprocess.run([*pip, "install", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    env = dict(os.environ, PYTHONPATH=str(target))
    run = subprocess.run([sys.executable, "-c", PROBE, str(target)], cwd=elsewhere, env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and run.stdout.strip() == "ok", run.stdout + run.stderr
