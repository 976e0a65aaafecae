"""What Binder and the hubs build from: requirements.txt, runtime.txt, hub/config.yaml and the
commands of the instructor's guide (book/panduan-pengajar.md)."""
from __future__ import annotations

import re
from importlib import metadata

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.version import Version

from conftest import ROOT


def pinned() -> list[Requirement]:
    lines = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    return [Requirement(line) for line in (l.split("#")[0].strip() for l in lines)
            if line and not line.startswith("-")]


def test_runtime_txt_names_a_python_every_pinned_package_runs_on():
    """repo2docker takes the Python version from runtime.txt (without it: 3.10). Each
    pinned package's own Requires-Python, as installed here, must admit it."""
    text = (ROOT / "runtime.txt").read_text(encoding="utf-8").strip()
    assert re.fullmatch(r"python-3\.\d+", text), text
    python = Version(text.removeprefix("python-"))
    refusing, refusing_310 = [], []
    for req in pinned():
        installed = metadata.version(req.name)
        assert installed in req.specifier, f"{req.name} {installed} is not {req}: make setup"
        needs = metadata.metadata(req.name).get("Requires-Python")
        if needs and python not in SpecifierSet(needs):
            refusing.append(f"{req.name} ({needs})")
        if needs and Version("3.10") not in SpecifierSet(needs):
            refusing_310.append(req.name)
    assert refusing == [], f"runtime.txt {python}: {refusing}"
    # why the file exists: repo2docker's default Python would not install the book
    assert "pandas" in refusing_310
