"""Buku Interaktif Whole of Government: models, figures and widgets of the book.

Each interactive lives in its own module with three layers (model, figure,
front-ends); notebooks only import a module and call one function.

Importing the package first checks the Python version, so that an old Python says so
in one Indonesian line instead of a traceback from some later syntax (``make setup``
runs the same check with ``python -c 'import wogbook'``). This file therefore uses
nothing newer than Python 3.0.
"""
import sys

__version__ = "0.1.0"
#: The oldest Python the book runs on (pyproject.toml's requires-python says the same).
PYTHON_MIN = (3, 10)

if sys.version_info < PYTHON_MIN:
    raise SystemExit(
        "Buku Interaktif WoG memerlukan Python %d.%d atau lebih baru, tetapi yang dipakai "
        "Python %d.%d.%d (%s). Pasang Python yang lebih baru (mis. paket Debian python3.11), "
        "lalu jalankan lagi dengan PYTHON=python3.11, mis.: make book PYTHON=python3.11"
        % (PYTHON_MIN + tuple(sys.version_info[:3]) + (sys.executable,)))
