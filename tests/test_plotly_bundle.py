"""The book's partial plotly.js (wogbook/buku/bundle.py, npm project wogbook/buku/plotly/):
it registers exactly the trace types of the book's figures, is built from the installed
plotly's plotly.js version, is the one the built book serves, is small, draws every figure
and speaks Indonesian."""
from __future__ import annotations

import ast
import gzip
import json
from pathlib import Path

import plotly.graph_objects as go
import pytest

from conftest import toc_pages
from wogbook.buku import bundle
from wogbook.inti.formulir import Formulir
from wogbook.inti.tampil import BookFigure

ROOT = Path(__file__).resolve().parent.parent
KB = 1024
#: every trace type plotly knows (the key ``type`` of a trace)
TRACE_TYPES = set(go.Figure()._data_validator.class_strs_map)


def shown_values(notebook: Path):
    """The value of every code cell the book shows (all but ``remove-cell``), run in order."""
    namespace: dict = {}
    for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
        if cell["cell_type"] != "code" or "remove-cell" in cell["metadata"].get("tags", []):
            continue
        tree = ast.parse("".join(cell["source"]))
        last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        exec(compile(tree, str(notebook), "exec"), namespace)
        if last is not None:
            yield eval(compile(ast.Expression(last.value), str(notebook), "eval"), namespace)


def book_figures() -> list[tuple[str, BookFigure]]:
    """Every figure of every page of the book, as the notebooks make them (a reader's form
    shows its own figure)."""
    found = []
    for nb in sorted((ROOT / "book").glob("*.ipynb")):
        for value in shown_values(nb):
            value = getattr(value, "gambar", value) if isinstance(value, Formulir) else value
            if isinstance(value, BookFigure):
                found.append((nb.stem, value))
    return found


def trace_types(spec) -> set[str]:
    """Every trace type in a figure's spec: its traces, and any ``type`` a control, lookup
    table or layout variant would restyle a trace to (not the template's defaults)."""
    found = set()
    if isinstance(spec, dict):
        for key, value in spec.items():
            if key == "template":
                continue
            if key == "type":
                found |= {v for v in (value if isinstance(value, list) else [value])
                          if isinstance(v, str) and v in TRACE_TYPES}
            found |= trace_types(value)
    elif isinstance(spec, (list, tuple)):
        for value in spec:
            found |= trace_types(value)
    return found


@pytest.fixture(scope="module")
def figures():
    return book_figures()


# ------------------------------------------------------------------ fast: no build
def test_the_bundle_registers_exactly_the_trace_types_of_the_book(figures):
    assert len(figures) >= 20, [page for page, _ in figures]
    used = {}
    for page, fig in figures:
        for kind in trace_types(json.loads(fig.to_json())):
            used.setdefault(kind, []).append(page)
    missing = set(used) - bundle.registered_traces()
    assert not missing, (f"figures use trace types that {bundle.ENTRY} does not register: "
                         f"{ {k: used[k] for k in missing} } — add their require() line there")
    unused = bundle.registered_traces() - set(used)
    assert not unused, f"{bundle.ENTRY} registers trace types no figure uses: {unused}"


def test_a_trace_type_outside_the_bundle_is_found():
    fig = go.Figure(go.Bar(y=[1]), layout={"xaxis": {"type": "category"}})
    restyle = {"method": "restyle", "args": [{"type": ["pie"]}, [0]]}
    fig.update_layout(updatemenus=[{"type": "buttons", "buttons": [restyle]}])
    found = trace_types(fig.to_plotly_json())
    assert found == {"bar", "pie"}
    assert found - bundle.registered_traces() == {"pie"}


def test_the_npm_project_pins_the_plotly_js_of_the_installed_plotly():
    wheel = bundle.version_of(bundle.FULL_JS)
    assert wheel and bundle.pinned_version() == wheel
    manifest = json.loads((bundle.NPM_PROJECT / "package.json").read_text(encoding="utf-8"))
    assert manifest["private"] is True
    pins = {**manifest["dependencies"], **manifest["devDependencies"]}
    assert set(pins) == {"plotly.js", "esbuild"}
    assert all(v[0].isdigit() for v in pins.values()), f"pins must be exact: {pins}"
    lock = json.loads((bundle.NPM_PROJECT / "package-lock.json").read_text(encoding="utf-8"))
    for name, version in pins.items():
        assert lock["packages"][f"node_modules/{name}"]["version"] == version, name


def test_a_partial_bundle_of_another_version_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(bundle, "PARTIAL_JS", tmp_path / "plotly.min.js")
    assert bundle.choose()[0] == bundle.FULL_JS  # not built
    (tmp_path / "plotly.min.js").write_text("/*! plotly.js v0.0.1 (partial) */ var Plotly;")
    served, why = bundle.choose()
    assert served == bundle.FULL_JS and "v0.0.1" in why
    wheel = bundle.version_of(bundle.FULL_JS)
    (tmp_path / "plotly.min.js").write_text(f"/*! plotly.js v{wheel} (partial) */ var Plotly;")
    assert bundle.choose()[0] == tmp_path / "plotly.min.js"


# ------------------------------------------------------------------ slow: the built book
def test_the_book_serves_the_partial_bundle(built_book):
    assert bundle.PARTIAL_JS.is_file(), "no partial bundle: run 'make plotly'"
    served = (built_book / "_static" / "plotly.min.js").read_bytes()
    assert served == bundle.PARTIAL_JS.read_bytes()
    full = bundle.FULL_JS.read_bytes()
    zipped, full_zipped = len(gzip.compress(served, 6)), len(gzip.compress(full, 6))
    assert len(served) < len(full) / 2 and zipped < full_zipped / 2
    assert zipped <= 450 * KB, f"partial plotly.js is {zipped / KB:.0f} KB gzip (budget 450 KB)"


def test_every_figure_draws_with_the_partial_bundle_in_indonesian(visit, figures):
    drawn = 0
    for page in toc_pages():
        v = visit(page, block_network=True)
        drawn += v.draw_all_figures()
        assert v.errors == [], f"console errors on {page}: {v.errors}"
        if page != "book/04-tantangan-dan-korupsi":
            v.close()
            continue
        registered = v.page.evaluate("Object.keys(Plotly.PlotSchema.get().traces).sort()")
        assert registered == sorted(bundle.registered_traces())
        # a figure with a modebar, drawn by the bundle without a locale in its config
        titles = v.page.evaluate("""async () => {
            const div = document.createElement('div');
            document.body.appendChild(div);
            await Plotly.newPlot(div, [{type: 'bar', y: [1, 2]}], {}, {displayModeBar: true});
            const titles = Array.from(div.querySelectorAll('.modebar-btn'),
                                      a => a.getAttribute('data-title'));
            Plotly.purge(div); div.remove();
            return titles;
        }""")
        assert "Unduh grafik sebagai PNG" in titles and "Perbesar" in titles, titles
        book_titles = v.page.evaluate(
            "Array.from(document.querySelectorAll('.wog-plot .modebar-btn'),"
            " a => a.getAttribute('data-title'))")
        english = {"Download plot as a PNG", "Zoom in", "Zoom out", "Reset axes", "Pan",
                   "Autoscale", "Zoom", "Reset"}
        assert not english & set(titles + book_titles), titles + book_titles
        locales = v.page.evaluate(
            "Array.from(document.querySelectorAll('.wog-plot'), gd => gd._context.locale)")
        assert set(locales) == {"id"}, locales
    assert drawn == len(figures), f"{drawn} figures drawn, the notebooks make {len(figures)}"
