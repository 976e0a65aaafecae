"""nbval really compares outputs: a notebook whose saved output was edited by hand fails."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
CHAPTER = ROOT / "book" / "04-tantangan-dan-korupsi.ipynb"

#: runs notebooks in real kernels: not in the fast lane
pytestmark = pytest.mark.lambat


def nbval(notebook: Path) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-c", str(notebook.parent / "none.ini"),
           "--rootdir", str(notebook.parent), "--nbval", "--nbval-current-env",
           "--nbval-sanitize-with", str(ROOT / "tests" / "sanitize.cfg"), str(notebook)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=ROOT)


@pytest.fixture
def chapter_copy(tmp_path) -> Path:
    (tmp_path / "none.ini").write_text("[pytest]\n", encoding="utf-8")
    target = tmp_path / CHAPTER.name
    shutil.copy(CHAPTER, target)
    return target


def test_saved_outputs_match_and_an_edited_output_fails(chapter_copy):
    assert nbval(chapter_copy).returncode == 0
    nb = nbformat.read(chapter_copy, as_version=4)
    cell = next(c for c in nb.cells if c.cell_type == "code" and "korupsi.tebakan()" in c.source)
    html = cell.outputs[0]["data"]["text/html"]
    assert "M=9, D=8, A=2" in html
    cell.outputs[0]["data"]["text/html"] = html.replace("M=9, D=8, A=2", "M=1, D=1, A=9")
    nbformat.write(nb, chapter_copy)
    run = nbval(chapter_copy)
    assert run.returncode != 0, "nbval accepted an edited output: it is not comparing"
    assert "korupsi.tebakan()" in run.stdout
