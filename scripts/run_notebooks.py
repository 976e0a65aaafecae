"""Execute the book's notebooks in place, so they are committed with their outputs.

nbval (strict mode) compares a fresh run against these saved outputs. The heavy
ipywidgets state (plotly's FigureWidget carries plotly.js) is not stored: it is
only needed by a live kernel, never by the book or by nbval.

    python scripts/run_notebooks.py [NOTEBOOK ...]     (default: every book/*.ipynb)
"""
from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent


def run(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=180, kernel_name="python3", store_widget_state=False,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    nb.metadata.pop("widgets", None)
    nbformat.write(nb, path)
    print(f"dijalankan: {path.relative_to(ROOT)}")


if __name__ == "__main__":
    targets = [Path(p).resolve() for p in sys.argv[1:]] or sorted((ROOT / "book").glob("*.ipynb"))
    for target in targets:
        run(target)
