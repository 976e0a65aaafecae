"""Only the Font Awesome icons the book shows.

The theme ships Font Awesome's whole set: about 2,000 ``.fa-NAME:before`` rules inside its
render-blocking stylesheet and three web fonts (solid 153 KB, brands 115 KB), fetched on a
phone's first visit although the book shows some twenty icons. After the build, this module
keeps, in the built site's copies only:

* the ``.fa-NAME`` rules whose class appears in a page or in one of the book's scripts;
* in each web font (woff2 and its ttf fallback), the glyphs of those rules plus every icon
  character the stylesheets use elsewhere (the theme's ``--pst-icon-*`` variables, the
  ``content`` of its admonition and link markers).

The subset fonts are cached by the fonts' and the code points' hash, so a rebuild with nothing
changed does not subset again. :func:`icon_rules` and :func:`slim_css` are the parts the tests
check (against the theme's untrimmed stylesheet and Font Awesome's published code points).
"""
from __future__ import annotations

import hashlib
import io
import re
from pathlib import Path

#: the rule of one icon class, e.g. ``.fa-bars:before{content:"\\f0c9"}`` (aliases joined by
#: commas); group 1 the selectors, group 2 the character (an escape or the character itself)
ICON_RULE = re.compile(r'((?:\.fa-[\w-]+:(?:before|after),?)+)\{content:"(\\[0-9a-fA-F]+|[^"])"\}')
ICON_CLASS = re.compile(r"\bfa-[a-z0-9-]+")
#: the icon characters of Font Awesome: Unicode's private use area
PRIVATE = re.compile("[\ue000-\uf8ff]|\\\\[eEfF][0-9a-fA-F]{3}(?![0-9a-fA-F])")
#: scripts that name every icon without showing them (never loaded by the book's pages)
NOT_PAGES = {"fontawesome.js", "plotly.min.js"}
FONT_DIR = "vendor/fontawesome/webfonts"


def _char(text: str) -> int:
    return int(text[1:], 16) if text.startswith("\\") else ord(text)


def used_classes(outdir: Path) -> set[str]:
    """Every ``fa-…`` token in the built pages and in the book's own scripts."""
    found: set[str] = set()
    for path in outdir.rglob("*"):
        if path.suffix == ".html" or (path.suffix == ".js" and path.name not in NOT_PAGES):
            found |= set(ICON_CLASS.findall(path.read_text(encoding="utf-8", errors="ignore")))
    return found


def icon_rules(css: str) -> list[tuple[list[str], int]]:
    """Each ``.fa-NAME:before`` rule of a stylesheet: its class names and code point."""
    rules = []
    for match in ICON_RULE.finditer(css):
        names = [s.split(":")[0][1:] for s in match.group(1).split(",") if s]
        rules.append((names, _char(match.group(2))))
    return rules


def slim_css(css: str, classes: set[str]) -> tuple[str, set[int]]:
    """The stylesheet without the icon rules no page uses, and the code points it needs."""
    kept: set[int] = set()

    def keep_or_drop(match: re.Match) -> str:
        names = [s.split(":")[0][1:] for s in match.group(1).split(",") if s]
        if classes.intersection(names):
            kept.add(_char(match.group(2)))
            return match.group(0)
        return ""

    slim = ICON_RULE.sub(keep_or_drop, css)
    # the other icon characters: theme variables, admonition and link markers
    kept |= {_char(m) for m in PRIVATE.findall(slim)}
    return slim, kept


def subset_font(font: bytes, points: set[int], flavor: str | None) -> bytes:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.flavor = flavor
    options.layout_features = []
    options.name_IDs = ["*"]  # keep the licence and the font's names
    options.notdef_outline = True
    face = TTFont(io.BytesIO(font))
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(points & set(face.getBestCmap())))
    subsetter.subset(face)
    out = io.BytesIO()
    face.flavor = flavor
    face.save(out)
    return out.getvalue()


def trim(outdir: Path, theme_static: list[Path], cache: Path) -> dict[str, tuple[int, int]]:
    """Cut the built site's Font Awesome rules and fonts to the icons its pages show.

    Each trimmed file is made from the theme's own copy (``theme_static``: the theme's static
    folders), since an incremental build keeps the site's earlier, already trimmed copy.
    Returns each trimmed file's size before and after."""
    static = outdir / "_static"

    def original(path: Path) -> bytes:
        rel = path.relative_to(static)
        for folder in theme_static:
            if (folder / rel).is_file():
                return (folder / rel).read_bytes()
        return path.read_bytes()

    classes = used_classes(outdir)
    points: set[int] = set()
    sizes: dict[str, tuple[int, int]] = {}
    for css_path in sorted(static.rglob("*.css")):
        css = original(css_path).decode("utf-8")
        slim, kept = slim_css(css, classes)
        points |= kept
        if slim != css:
            css_path.write_text(slim, encoding="utf-8")
            sizes[css_path.name] = (len(css.encode()), len(slim.encode()))
    key = hashlib.sha256(repr(sorted(points)).encode()).hexdigest()[:16]
    for font_path in sorted((static / FONT_DIR).glob("*")):
        if font_path.suffix not in (".woff2", ".ttf"):
            continue
        font = original(font_path)
        stamp = hashlib.sha256(font).hexdigest()[:16]
        cached = cache / f"{font_path.stem}-{stamp}-{key}{font_path.suffix}"
        if not cached.exists():
            cache.mkdir(parents=True, exist_ok=True)
            flavor = "woff2" if font_path.suffix == ".woff2" else None
            cached.write_bytes(subset_font(font, points, flavor))
        font_path.write_bytes(cached.read_bytes())
        sizes[font_path.name] = (len(font), cached.stat().st_size)
    return sizes
