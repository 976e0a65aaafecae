"""Execute the book's notebooks in place, so they are committed with their outputs.

nbval (strict mode) compares a fresh run against these saved outputs. The heavy
ipywidgets state (plotly's FigureWidget carries plotly.js) is not stored: it is
only needed by a live kernel, never by the book or by nbval.

    python scripts/run_notebooks.py [NOTEBOOK ...]   (default: every book/*.ipynb)
    python scripts/run_notebooks.py --usang          only notebooks whose data changed
                                                     (make book runs this)

Each run notes in the notebook's metadata (``wogbook.tabel``) the tables of ``data/`` its
kernel loaded, with the hash of each file. A notebook is *stale* (``usang``) when one of
them has changed since: an instructor's edit of a CSV file. ``--usang`` re-executes exactly
those, so the saved outputs stay in step with the data, and hands the fresh outputs to the
book's execution cache (jupyter-cache, which keys on the code cells only and would otherwise
serve the old outputs): one ``make book`` shows the edit.

Both ways also write each chapter's glossary cell for JupyterLab from data/glosarium.csv
(``wogbook.buku.istilah``; markdown, so no kernel is needed for it).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "_build" / ".jupyter_cache"  # myst-nb's default: beside the HTML output
#: The cell appended during a run to ask the kernel which tables it loaded (then removed).
ASK = "import json; from wogbook.inti import data; print(json.dumps(data.read()))"


def tables_of(nb) -> dict[str, str] | None:
    """The tables a notebook's last run loaded, with their hashes then (None: never noted)."""
    return nb.metadata.get("wogbook", {}).get("tabel")


def stale(path: Path) -> list[str]:
    """Why ``path``'s saved outputs no longer match the data (empty: they still do)."""
    from wogbook.inti import data

    noted = tables_of(nbformat.read(path, as_version=4))
    if noted is None:
        return ["belum pernah dijalankan oleh skrip ini"]
    return [f"{name}.csv berubah" for name, sha in sorted(noted.items())
            if data.digest(name) != sha]


def run(path: Path) -> None:
    from wogbook.buku import istilah
    from wogbook.inti import data

    nb = nbformat.read(path, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(ASK))
    NotebookClient(nb, timeout=180, kernel_name="python3", store_widget_state=False,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    asked = nb.cells.pop()
    names = json.loads("".join(o.get("text", "") for o in asked.outputs
                               if o.get("name") == "stdout"))
    nb.metadata["wogbook"] = {"tabel": {n: data.digest(n) for n in names}}
    nb.metadata.pop("widgets", None)
    istilah.refresh(nb)
    nbformat.write(nb, path)
    print(f"dijalankan: {path.relative_to(ROOT)}", flush=True)


def hand_to_build_cache(paths: list[Path]) -> None:
    """Put the fresh outputs in the book's execution cache, replacing the old ones."""
    if not CACHE.is_dir():
        return  # no earlier build: the build executes everything itself
    from jupyter_cache import get_cache

    cache = get_cache(CACHE)
    for path in paths:
        cache.cache_notebook_file(path, overwrite=True)


def refresh_glossary(path: Path) -> None:
    """Bring the notebook's glossary cell for JupyterLab in step with data/glosarium.csv
    (no kernel needed: it is markdown)."""
    from wogbook.buku import istilah

    nb = nbformat.read(path, as_version=4)
    if istilah.refresh(nb):
        nbformat.write(nb, path)
        print(f"istilah diperbarui: {path.relative_to(ROOT)}", flush=True)


def main(argv: list[str]) -> int:
    if argv == ["--usang"]:
        notebooks = sorted((ROOT / "book").glob("*.ipynb"))
        targets = []
        for path in notebooks:
            refresh_glossary(path)
            why = stale(path)
            if why:
                print(f"usang: {path.relative_to(ROOT)} ({'; '.join(why)})", flush=True)
                targets.append(path)
        if not targets:
            print(f"Keluaran tersimpan {len(notebooks)} notebook sesuai dengan data/.")
    else:
        targets = [Path(p).resolve() for p in argv] or sorted((ROOT / "book").glob("*.ipynb"))
        unknown = [str(p) for p, t in zip(argv, targets) if not t.is_file()]
        if unknown:
            print(f"Bukan notebook: {', '.join(unknown)}. Pemakaian: run_notebooks.py "
                  "[NOTEBOOK ...] atau run_notebooks.py --usang", file=sys.stderr)
            return 2
    for target in targets:
        run(target)
    if argv == ["--usang"]:
        hand_to_build_cache(targets)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
