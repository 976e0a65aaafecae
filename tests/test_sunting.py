"""An instructor's edit of data/ reaches the book with one command, and a broken file stops
the book and Mode Kelas with the message at the bottom of the terminal.

The slow tests run the real ``make book`` in a copy of the repository (the project's own
virtual environment, the copy's package and data first on the path)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from conftest import make

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import run_notebooks  # noqa: E402

CH4 = "04-tantangan-dan-korupsi"
CH8 = "08-dalam-angka"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# ------------------------------------------------------------------ fast: what is stale
def test_saved_outputs_are_keyed_on_the_tables_each_notebook_read(data_copy):
    """Each notebook notes the tables its kernel loaded; an edit makes exactly the notebooks
    that read that table stale."""
    for nb in sorted((ROOT / "book").glob("*.ipynb")):
        assert run_notebooks.tables_of(nbformat.read(nb, as_version=4)), nb.name
        assert run_notebooks.stale(nb) == [], nb.name
    edit(data_copy / "korupsi_preset.csv", "Kantor perizinan manual", "Kantor izin manual")
    stale = {nb.stem: run_notebooks.stale(nb) for nb in sorted((ROOT / "book").glob("*.ipynb"))}
    assert stale[CH4] == ["korupsi_preset.csv berubah"]
    assert stale[CH8] == []
    edit(data_copy / "ipk.csv", "IDN,Indonesia,2024,37,", "IDN,Indonesia,2024,38,")
    assert run_notebooks.stale(ROOT / "book" / f"{CH8}.ipynb") == ["ipk.csv berubah"]


def test_a_notebook_never_run_by_the_script_is_stale(tmp_path):
    nb = nbformat.v4.new_notebook()
    path = tmp_path / "baru.ipynb"
    nbformat.write(nb, path)
    assert run_notebooks.stale(path) == ["belum pernah dijalankan oleh skrip ini"]


# ------------------------------------------------------------------ slow: the real make book
def last_lines(run: subprocess.CompletedProcess) -> list[str]:
    """The output as a terminal shows it (stderr last: make prints its error there),
    without make's own closing "*** … Error" line."""
    lines = (run.stdout + run.stderr).strip().splitlines()
    return [line for line in lines if "***" not in line]


def test_invalid_data_stops_make_book_and_make_kelas_with_the_message_last(repo_copy):
    edit(repo_copy / "data" / "korupsi_preset.csv", "Kantor perizinan manual,9,",
         "Kantor perizinan manual,11,")
    for target in ("book", "kelas"):
        run = make(repo_copy, target, timeout=300)
        assert run.returncode != 0, target
        tail = last_lines(run)
        assert tail[-2] == "Berkas data 'korupsi_preset.csv' tidak valid (1 masalah):", (target, tail)
        assert tail[-1] == "  - baris 2, kolom 'monopoli': nilai 11 di luar rentang 0–10", tail
        assert "Traceback" not in run.stdout + run.stderr
    assert not (repo_copy / "_build" / "html").exists()  # nothing was built


def test_a_csv_edit_reaches_the_book_with_make_book_alone(repo_copy):
    """A previous build's execution cache holds the old outputs (as after yesterday's
    make book); the instructor renames a scenario in the spreadsheet and runs make book once:
    the chapter shows the new name, the saved notebook has it too (nbval stays in step),
    and only the notebook that reads that table was run again."""
    from jupyter_cache import get_cache

    cache = get_cache(repo_copy / "_build" / ".jupyter_cache")
    for nb in sorted((repo_copy / "book").glob("*.ipynb")):
        cache.cache_notebook_file(nb)
    edit(repo_copy / "data" / "korupsi_preset.csv", "Kantor perizinan manual",
         "Kantor perizinan tanpa loket")
    # and a definition of the glossary: the chapters' glossary cells for JupyterLab follow,
    # without a kernel (no notebook reads that table)
    edit(repo_copy / "data" / "glosarium.csv", "Penguasaan tunggal:", "Kuasa tunggal:")
    run = make(repo_copy, "book")
    assert run.returncode == 0, (run.stdout[-3000:], run.stderr[-3000:])
    assert f"usang: book/{CH4}.ipynb (korupsi_preset.csv berubah)" in run.stdout
    assert run.stdout.count("dijalankan: book/") == 1
    assert f"istilah diperbarui: book/{CH4}.ipynb" in run.stdout
    first = nbformat.read(repo_copy / "book" / f"{CH4}.ipynb", as_version=4).cells[0]
    assert "Monopoli\n: Kuasa tunggal\\:" in first.source  # plain text in Markdown
    glossary = (repo_copy / "_build" / "html" / "book" / "glosarium.html").read_text(
        encoding="utf-8")
    assert "Kuasa tunggal:" in glossary
    page = (repo_copy / "_build" / "html" / "book" / f"{CH4}.html").read_text(encoding="utf-8")
    assert "Kantor perizinan tanpa loket" in page
    outputs = json.dumps([c.get("outputs", []) for c in nbformat.read(
        repo_copy / "book" / f"{CH4}.ipynb", as_version=4).cells])
    # (the chapter's prose names the scenario too: that is text, not data)
    assert "Kantor perizinan tanpa loket" in outputs and "Kantor perizinan manual" not in outputs
    again = make(repo_copy, "book")
    assert "sesuai dengan data/" in again.stdout and "dijalankan:" not in again.stdout
    assert "istilah diperbarui" not in again.stdout
