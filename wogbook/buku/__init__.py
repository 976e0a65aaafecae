"""Sphinx extension of the book: offline figures, clean pages.

* serves ``wog-figures.js`` and ``wog-a11y.js`` (deferred), ``wog.css`` and the favicon
  from this package;
* copies the installed plotly package's ``plotly.min.js`` into the built site
  (``_static/plotly.min.js``) – never committed, never fetched from a CDN;
* stops myst-nb from adding require.js, the ipywidgets manager (CDNs) and the
  widget state to pages: live widgets are hidden from the HTML book (their
  cells are tagged ``remove-cell``), so no page needs them;
* keeps the theme's 1.5 MB Font Awesome script out of every page (its web font draws
  the same icons), through the page context;
* fills the glossary page from ``data/glosarium.csv``;
* removes duplicate inline scripts (sphinx-thebe adds its config twice under
  Sphinx 7.4, a console error) and sets the theme's default colour mode.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import plotly

from ..inti import data

STATIC = Path(__file__).resolve().parent / "static"
PLOTLY_JS = Path(plotly.__file__).resolve().parent / "package_data" / "plotly.min.js"


def _config_inited(app, config):
    config.html_static_path = [*config.html_static_path, str(STATIC)]
    if not config.html_favicon:
        config.html_favicon = str(STATIC / "favicon.svg")
    config.html_theme_options = {**config.html_theme_options,
                                 "search_bar_text": "Cari di buku ini…"}
    config.html_context = {**config.html_context, "default_mode": "light"}
    config.nb_ipywidgets_js = {}


WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
# The theme draws its icons twice: with Font Awesome's web font (in its CSS) and with
# Font Awesome's 1.5 MB SVG script, which its template links through the page's
# ``pathto``. The font is enough: for that one file, ``pathto`` gives an empty script.
FONTAWESOME_JS = "_static/scripts/fontawesome.js"
NO_SCRIPT = "data:text/javascript,//"


def _no_icon_script(app, pagename, templatename, context, doctree):
    pathto = context.get("pathto")
    if pathto is None:
        return

    def without_icon_script(target, *args, **kwargs):
        if target == FONTAWESOME_JS:
            return NO_SCRIPT
        return pathto(target, *args, **kwargs)

    context["pathto"] = without_icon_script


def _clean_scripts(app, pagename, templatename, context, doctree):
    """Drop duplicate scripts, the unused ipywidgets state and the redundant icon script."""
    scripts = context.get("script_files")
    if not scripts:
        return
    seen, unique = set(), []
    for js in scripts:
        attrs = getattr(js, "attributes", {}) or {}
        key = (getattr(js, "filename", None) or "", tuple(sorted(attrs.items())))
        if attrs.get("type") == WIDGET_STATE:
            continue
        if key not in seen:
            seen.add(key)
            unique.append(js)
    scripts[:] = unique


GLOSSARY_MARKER = "<!-- GLOSARIUM -->"


def glossary_markdown() -> str:
    """The MyST ``glossary`` directive of every term in ``data/glosarium.csv``, sorted."""
    table = data.load("glosarium").sort_values("istilah", key=lambda s: s.str.lower())
    entries = [f"{row.istilah}\n  {row.definisi}\n" for row in table.itertuples()]
    return "```{glossary}\n" + "\n".join(entries) + "```\n"


def _fill_glossary(app, docname, source):
    if GLOSSARY_MARKER in source[0]:
        app.env.note_dependency(str(data.path_of("glosarium")))
        source[0] = source[0].replace(GLOSSARY_MARKER, glossary_markdown())


def _finish_static(app, exception):
    if exception is not None or app.builder.format != "html":
        return
    static = Path(app.outdir) / "_static"
    # plotly.min.js, and this package's own files again: an incremental build keeps stale
    # copies of static files whose source changed, and a stale script breaks the figures.
    for source in [PLOTLY_JS, *sorted(STATIC.iterdir())]:
        target = static / source.name
        if not target.exists() or target.read_bytes() != source.read_bytes():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)


def toc_pages(root=None) -> list[str]:
    """Every page of the book's ``_toc.yml`` (chapters and sections), as paths without suffix."""
    import yaml

    root = Path(root) if root else Path(__file__).resolve().parents[2]
    toc = yaml.safe_load((root / "_toc.yml").read_text(encoding="utf-8"))

    def walk(entries):
        for entry in entries or []:
            if "file" in entry:
                yield entry["file"]
            yield from walk(entry.get("sections"))

    pages = [toc["root"]]
    for part in toc.get("parts", []):
        pages += list(walk(part["chapters"]))
    return pages


def setup(app):
    app.connect("config-inited", _config_inited, priority=900)
    app.add_js_file("wog-figures.js", loading_method="defer")
    app.add_js_file("wog-a11y.js", loading_method="defer")
    app.add_css_file("wog.css")
    app.connect("html-page-context", _clean_scripts, priority=900)
    app.connect("html-page-context", _no_icon_script)
    app.connect("build-finished", _finish_static)
    app.connect("source-read", _fill_glossary)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "0.1"}
