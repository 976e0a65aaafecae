"""Sphinx extension of the book: offline figures, clean pages.

* serves ``wog-figures.js`` and ``wog-a11y.js`` (deferred), ``wog.css`` and the favicon
  from this package;
* serves plotly.js as ``_static/plotly.min.js`` – never committed, never fetched from a
  CDN: the book's partial bundle (``bundle.py``: only the trace types of its figures, an
  Indonesian interface) when it was built from the installed plotly's plotly.js version,
  otherwise the installed plotly package's full ``plotly.min.js`` (said in the build log);
* stops myst-nb from adding require.js, the ipywidgets manager (CDNs) and the
  widget state to pages: live widgets are hidden from the HTML book (their
  cells are tagged ``remove-cell``), so no page needs them;
* keeps the theme's 1.5 MB Font Awesome script out of every page (its web font draws
  the same icons), through the page context, and cuts the web fonts and the stylesheet's
  icon rules to the icons the pages show (``ikon.py``);
* speaks Indonesian: the theme's strings Sphinx's and the theme's own Indonesian catalogs
  lack come from this package's message catalogs (``locale/``, added for the theme's
  gettext domains), hard-coded English labels of the theme from small template overrides
  (``templates/``) and myst-nb's hide-input box from its HTML visitor (``add_node``),
  and the strings of sphinx-copybutton, sphinx-togglebutton and Sphinx's
  search script from ``wog-bahasa.js``;
* paints fast on a phone: every script of the head deferred, Sphinx's search index and
  tools only on the search page (``templates/layout.html``), and a ``<meta name=
  "description">`` from each page's first paragraph (unless its front matter has one);
* fills the glossary page from ``data/glosarium.csv`` (``istilah.py``, which also writes
  each chapter notebook's glossary for JupyterLab);
* keeps the book on the reader's device (``luring.py``): a Workbox service worker at the
  site's root with every file the pages need, its page script and a web app manifest, so
  the book reads with no connection after one visit and installs on a phone;
* removes duplicate inline scripts (sphinx-thebe adds its config twice under
  Sphinx 7.4, a console error) and sets the theme's default colour mode.
"""
from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

from docutils import nodes
from sphinx.util import logging

from ..inti import data
from . import bundle, ikon, luring
from .istilah import glossary_markdown
from .bundle import FULL_JS as PLOTLY_JS  # noqa: F401  (the installed plotly's full bundle)

STATIC = Path(__file__).resolve().parent / "static"
TEMPLATES = Path(__file__).resolve().parent / "templates"
LOCALE = Path(__file__).resolve().parent / "locale"
#: The gettext domains of Sphinx (its templates, pydata-sphinx-theme's) and
#: sphinx-book-theme that ``locale/id`` completes.
CATALOGS = ("sphinx", "booktheme")
logger = logging.getLogger(__name__)


def _config_inited(app, config):
    config.html_static_path = [*config.html_static_path, str(STATIC)]
    if not config.html_favicon:
        config.html_favicon = str(STATIC / "favicon.svg")
    config.html_theme_options = {**config.html_theme_options,
                                 "search_bar_text": "Cari di buku ini…",
                                 "icon_links_label": "Tautan ikon"}
    # this package's templates first: they override a few of the theme's
    config.templates_path = [str(TEMPLATES), *config.templates_path]
    config.html_context = {**config.html_context, "default_mode": "light",
                           "wog_theme_color": luring.THEME_COLOR}
    config.nb_ipywidgets_js = {}


TOGGLE_HINTS = {"togglebutton_hint": ("Click to show", "Klik untuk menampilkan"),
                "togglebutton_hint_hide": ("Click to hide", "Klik untuk menyembunyikan")}


def _toggle_hints(app, config):
    """sphinx-togglebutton's hints in Indonesian (before it writes them into the page,
    on config-inited at the default priority), unless the book sets its own."""
    for name, (english, indonesian) in TOGGLE_HINTS.items():
        if getattr(config, name, None) == english:
            setattr(config, name, indonesian)


def compile_catalogs(target: Path) -> Path:
    """Compile ``locale/id/LC_MESSAGES/*.po`` to ``.mo`` under ``target`` (a build folder:
    the package's own folder may be read-only) and return ``target``."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    for po in sorted(LOCALE.glob("*/LC_MESSAGES/*.po")):
        mo = target / po.relative_to(LOCALE).with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        mo.parent.mkdir(parents=True, exist_ok=True)
        with po.open("rb") as f:
            catalog = read_po(f)
        with mo.open("wb") as f:
            write_mo(f, catalog)
    return target


def _defer_scripts(app, pagename, templatename, context, doctree):
    """No script blocks the first paint: every script file of the head is deferred (they
    run in order after parsing, before DOMContentLoaded, as before), and an inline script
    that uses one of them (``DOCUMENTATION_OPTIONS.…`` of pydata-sphinx-theme) becomes a
    module script, which runs in that same ordered list. Inline scripts that only define
    settings stay as they are. The search page keeps Sphinx's order: its template adds
    searchtools.js, which needs doctools.js, without ``defer``."""
    scripts = context.get("script_files")
    if not scripts or pagename == "search":
        return
    for i, js in enumerate(scripts):
        attrs = dict(getattr(js, "attributes", None) or {})
        filename = getattr(js, "filename", None)
        if filename:
            if "async" in attrs or "defer" in attrs or attrs.get("type") == "module":
                continue
            attrs["defer"] = "defer"
        elif "DOCUMENTATION_OPTIONS" in attrs.get("body", "") and "type" not in attrs:
            attrs["type"] = "module"
        else:
            continue
        scripts[i] = type(js)(filename, priority=js.priority, **attrs)


def visit_hidden_code(self, node):
    """myst-nb's ``hide-input`` box, whose ``<summary>`` is named by the prompt it shows
    ("Tampilkan kode" / "Sembunyikan kode"): myst-nb's own visitor labels it
    "Toggle hidden content" (English, and not the visible text: axe
    label-content-name-mismatch)."""
    classes = " ".join(node["classes"])
    self.body.append(f'<details class="admonition hide {classes}">\n<summary>\n')
    self.body.append(f'<p class="collapsed admonition-title">{html.escape(node["prompt_show"])}</p>\n')
    self.body.append(f'<p class="expanded admonition-title">{html.escape(node["prompt_hide"])}</p>\n')
    self.body.append("</summary>\n")


def depart_hidden_code(self, node):
    self.body.append("</details>\n")


DESCRIPTION_MAX = 160
#: Where a page's description is not taken from: boxes, tables, figures, code, quizzes.
NOT_DESCRIPTION = (nodes.Admonition, nodes.table, nodes.figure, nodes.literal_block,
                   nodes.sidebar, nodes.topic, nodes.raw, nodes.container)


def page_description(doctree, limit: int = DESCRIPTION_MAX) -> str:
    """The first paragraph of the page's text (not in a box, table or output), on one line,
    cut at a word boundary to at most ``limit`` characters (ending with "…" if cut)."""
    for paragraph in doctree.findall(nodes.paragraph):
        parent, inside = paragraph.parent, False
        while parent is not None:
            if isinstance(parent, NOT_DESCRIPTION):
                inside = True
                break
            parent = parent.parent
        text = " ".join(paragraph.astext().split())
        if inside or len(text) < 40:
            continue
        if len(text) <= limit:
            return text
        cut = text[:limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:–—-")
        return cut + "…"
    return ""


def _describe_page(app, pagename, templatename, context, doctree):
    """``<meta name="description">`` for search engines and link previews, from the page's
    first paragraph, unless the page sets one (front matter ``html_meta``)."""
    metatags = context.get("metatags", "")
    if doctree is None or 'name="description"' in metatags:
        return
    description = page_description(doctree)
    if description:
        context["metatags"] = (metatags + '\n<meta name="description" content="'
                               f'{html.escape(description, quote=True)}" />')


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


#: Files of features a page may not use, and the mark in the page's HTML that says it does:
#: sphinx-design (tabs, cards; the book has none so far) and sphinx-thebe (live code in the
#: page, which the book's launch buttons do not switch on). A page without the mark is
#: spared the requests (each one costs a phone a round trip before the first paint).
FEATURE_FILES = {"sphinx-design.min.css": 'class="sd-', "design-tabs.js": "sd-tab-set",
                 "sphinx-thebe.css": "thebe-launch", "sphinx-thebe.js": "thebe-launch"}


def _unused(filename: str | None, body: str) -> bool:
    mark = FEATURE_FILES.get(Path(filename or "").name)
    return mark is not None and mark not in body


#: The marks of the pages that need wog-kerja.js: a form, the workbook, a quiz, the
#: comparison of groups.
READER_MARKS = ('class="wog-form"', 'id="wog-buku-kerja"', 'class="wog-kuis"',
                'id="wog-banding"')
TOOL_MODULE = re.compile(r'"alat":"([a-z0-9_]+)"')


def _reader_tools(app, pagename, templatename, context, doctree):
    """The reader's tools (``wog-kerja.js``) and their browser modules (``alat/*.js``), only
    on the pages that have a form of ``inti.formulir``, a quiz, the workbook or the
    comparison of groups."""
    body = context.get("body", "")
    if not any(mark in body for mark in READER_MARKS):
        return
    for name in sorted(set(TOOL_MODULE.findall(body))):
        app.add_js_file(f"alat/{name}.js", loading_method="defer", priority=650)
    app.add_js_file("wog-kerja.js", loading_method="defer", priority=700)


def _clean_scripts(app, pagename, templatename, context, doctree):
    """Drop duplicate scripts, the unused ipywidgets state, the redundant icon script and
    the files of features the page does not use (``FEATURE_FILES``)."""
    body = context.get("body", "")
    css = context.get("css_files")
    if css:
        css[:] = [c for c in css if not _unused(getattr(c, "filename", None), body)]
    scripts = context.get("script_files")
    if not scripts:
        return
    thebe_used = "thebe-launch" in body
    seen, unique = set(), []
    for js in scripts:
        attrs = getattr(js, "attributes", {}) or {}
        key = (getattr(js, "filename", None) or "", tuple(sorted(attrs.items())))
        if attrs.get("type") == WIDGET_STATE or _unused(getattr(js, "filename", None), body):
            continue
        if not thebe_used and "THEBE_JS_URL" in attrs.get("body", ""):
            continue  # sphinx-thebe's settings, for its script
        if key not in seen:
            seen.add(key)
            unique.append(js)
    scripts[:] = unique


GLOSSARY_MARKER = "<!-- GLOSARIUM -->"


def _fill_glossary(app, docname, source):
    if GLOSSARY_MARKER in source[0]:
        app.env.note_dependency(str(data.path_of("glosarium")))
        source[0] = source[0].replace(GLOSSARY_MARKER, glossary_markdown())


def _finish_static(app, exception):
    if exception is not None or app.builder.format != "html":
        return
    static = Path(app.outdir) / "_static"
    # INFO, not a warning: the book builds with -W, and the full bundle works too
    plotly_js, why = bundle.choose()
    logger.info(f"plotly.js: {why}")
    # plotly.min.js, and this package's own files again: an incremental build keeps stale
    # copies of static files whose source changed, and a stale script breaks the figures.
    for source in [plotly_js, *sorted(p for p in STATIC.rglob("*") if p.is_file())]:
        target = static / ("plotly.min.js" if source == plotly_js
                           else source.relative_to(STATIC))
        if not target.exists() or target.read_bytes() != source.read_bytes():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    # the theme's icon stylesheet rules and fonts, cut to the icons the pages show
    theme_static = [Path(d) / "static" for d in app.builder.theme.get_theme_dirs()]
    sizes = ikon.trim(Path(app.outdir), theme_static, Path(app.doctreedir) / "wog-ikon")
    before, after = (sum(s[i] for s in sizes.values()) for i in (0, 1))
    logger.info(f"Font Awesome: {before // 1024} KB -> {after // 1024} KB (ikon yang dipakai)")


def _offline_script(app):
    """The service worker's page script, in the multi-page book only (the one-page build
    printed to PDF has no worker), once ``make luring`` has built it."""
    if app.builder.name == "html" and luring.ready():
        app.add_js_file("wog-luring.js", loading_method="defer", priority=800)


def _finish_offline(app, exception):
    """After every other file is final: the page script, the web app manifest and the
    service worker with the list of every file (scripts/cetak_pdf.py writes it again once
    the PDF is in the site)."""
    if exception is not None or app.builder.name != "html":
        return
    out = Path(app.outdir)
    manifest = json.dumps(luring.web_manifest(app.config.html_title or app.config.project),
                          ensure_ascii=False, indent=1)
    (out / "manifest.webmanifest").write_text(manifest, encoding="utf-8")
    if luring.ready():
        shutil.copyfile(luring.PAGE_JS, out / "_static" / "wog-luring.js")
    info = luring.write(out)
    logger.info("service worker: " + (f"{info['berkas']} berkas, {info['ukuran'] // 1024} KB"
                                      if info else "tidak dibuat (make luring)"))


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
    app.connect("config-inited", _toggle_hints, priority=400)
    # fallback catalogs: the theme's and Sphinx's Indonesian translations come first
    locale_dir = compile_catalogs(Path(app.doctreedir) / "wog-locale")
    for domain in CATALOGS:
        app.add_message_catalog(domain, str(locale_dir))
    app.add_js_file("wog-figures.js", loading_method="defer")
    app.add_js_file("wog-a11y.js", loading_method="defer")
    # after sphinx-copybutton's script, whose strings it completes
    app.add_js_file("wog-bahasa.js", loading_method="defer", priority=600)
    app.add_css_file("wog.css")
    app.connect("builder-inited", _offline_script)
    from myst_nb.sphinx_ import HideCodeCellNode

    app.add_node(HideCodeCellNode, override=True, html=(visit_hidden_code, depart_hidden_code))
    app.connect("html-page-context", _reader_tools)
    app.connect("html-page-context", _clean_scripts, priority=900)
    app.connect("html-page-context", _defer_scripts, priority=950)
    app.connect("html-page-context", _describe_page)
    app.connect("html-page-context", _no_icon_script)
    app.connect("build-finished", _finish_static)
    app.connect("build-finished", _finish_offline, priority=900)
    app.connect("source-read", _fill_glossary)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "0.1"}
