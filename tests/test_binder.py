"""Binder/JupyterHub readiness, proved the way repo2docker works: a fresh virtual
environment built from requirements.txt alone runs every notebook of the book."""
from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: runs notebooks in real kernels: not in the fast lane
pytestmark = pytest.mark.lambat

RUN_ALL = """
import sys, pathlib, nbformat
from nbclient import NotebookClient
done = []
for path in sorted(pathlib.Path("book").glob("*.ipynb")):
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3").execute()
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors, f"{path}: {errors[0].get('ename')}"
    done.append(path.name)
print("DIJALANKAN", len(done), " ".join(done))
"""


def test_fresh_environment_from_requirements_runs_every_notebook(tmp_path):
    env_dir = tmp_path / "binder-env"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    install = subprocess.run([str(python), "-m", "pip", "install", "--quiet", "-r",
                              "requirements.txt"], cwd=ROOT, capture_output=True, text=True,
                             timeout=900)
    assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]
    # the kernel must be the fresh environment's own, not the test runner's
    where = subprocess.run([str(python), "-c", "import wogbook, sys; print(sys.prefix)"],
                           cwd=tmp_path, capture_output=True, text=True)
    assert where.stdout.strip() == str(env_dir), where.stderr
    run = subprocess.run([str(python), "-c", RUN_ALL], cwd=ROOT, capture_output=True, text=True,
                         timeout=900, env={"PATH": f"{env_dir / 'bin'}:/usr/bin:/bin",
                                           "HOME": str(tmp_path)})
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    expected = len(list((ROOT / "book").glob("*.ipynb")))
    assert f"DIJALANKAN {expected} " in run.stdout
    assert sys.prefix != str(env_dir)
