"""``python -m wogbook.kelas [PORT]`` (``make kelas``): serve Mode Kelas until Ctrl+C."""
from .server import main

raise SystemExit(main())
