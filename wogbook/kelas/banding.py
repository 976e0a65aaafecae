"""Groups compare their results: the codes of the reader's tools, side by side.

Each shareable form of the static book (``Formulir(awalan=…)``) shows its answer's short
code, e.g. ``TAHAP-PRM``. The comparison page of the book (:func:`halaman`) takes several
groups' codes, one per line, and shows each group's answer side by side, computed in the
browser by the same forms (``wog-kerja.js``); :func:`bandingkan` is the same in Python, for
Mode Kelas and the tests. A wrong or damaged code gets a message naming its line.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from plotly.utils import PlotlyJSONEncoder

from ..inti.formulir import Formulir, Hasil
from ..inti.gaya import esc


def shared_forms() -> list[Formulir]:
    """The forms whose answers groups share, in the book's order."""
    from ..bab1 import determinan
    from ..bab2 import ciri
    from ..bab3 import profil
    from ..bab6 import asesmen

    return [determinan.formulir(), ciri.formulir(), profil.formulir(), asesmen.formulir()]


@dataclass(frozen=True)
class Baris:
    """One line of codes, read: the group, its form and answer, or what is wrong."""

    nomor: int
    kelompok: str
    form: Formulir | None = None
    hasil: Hasil | None = None
    galat: str = ""


def read_line(line: str, nomor: int) -> tuple[str, str]:
    """'Kelompok A: TAHAP-PRM' -> ('Kelompok A', 'TAHAP-PRM'); a bare code gets 'Kelompok n'."""
    name, sep, code = line.rpartition(":")
    if not sep or "-" not in code:
        return f"Kelompok {nomor}", line.strip()
    return name.strip() or f"Kelompok {nomor}", code.strip()


def bandingkan(text: str, forms: list[Formulir] | None = None) -> list[Baris]:
    """Every non-empty line of ``text`` read as a group's code."""
    forms = shared_forms() if forms is None else forms
    by_prefix = {f.awalan: f for f in forms}
    out, count = [], 0
    for nomor, line in enumerate(str(text).splitlines(), 1):
        if not line.strip():
            continue
        count += 1
        name, code = read_line(line, count)
        prefix = code.upper().split("-")[0].strip()
        form = by_prefix.get(prefix)
        if form is None:
            out.append(Baris(nomor, name, galat=(
                f"Baris {nomor}: kode '{code}' tidak dikenal; kode diawali "
                f"{', '.join(p + '-' for p in by_prefix)}.")))
            continue
        try:
            values = form.dari_kode(code)
        except ValueError as err:
            out.append(Baris(nomor, name, form, galat=f"Baris {nomor}: {err}"))
            continue
        out.append(Baris(nomor, name, form, form.answer(values)))
    return out


class Halaman:
    """The comparison page's tool (HTML; ``wog-kerja.js`` makes it work)."""

    def __init__(self, forms: list[Formulir]):
        self.forms = forms

    def _repr_html_(self) -> str:
        specs = json.dumps([f.spec() for f in self.forms], cls=PlotlyJSONEncoder,
                           separators=(",", ":"), ensure_ascii=False).replace("<", "\\u003c")
        prefixes = ", ".join(f"{f.awalan}- ({f.judul}, bab {f.bab})" for f in self.forms)
        return (
            '<div id="wog-banding" class="wog-banding">'
            '<label class="wog-isian" for="wog-banding-kode">Kode kelompok, satu per baris, '
            "boleh didahului nama kelompok dan titik dua:</label>"
            '<textarea id="wog-banding-kode" rows="6" spellcheck="false" '
            'placeholder="Kelompok A: TAHAP-…&#10;Kelompok B: TAHAP-…"></textarea>'
            f'<p class="wog-form-catatan">Kode yang dikenal: {esc(prefixes)}.</p>'
            '<div class="wog-kerja-tombol"><button type="button" class="wog-banding-tombol">'
            "Bandingkan</button></div>"
            '<div class="wog-banding-pesan" role="status" aria-live="polite"></div>'
            '<div class="wog-banding-hasil"></div>'
            f'<script type="application/json" class="wog-banding-spec">{specs}</script>'
            "</div>")


def halaman() -> Halaman:
    """The comparison tool of the book's page "Bandingkan Kelompok"."""
    return Halaman(shared_forms())


# ------------------------------------------------------------ Mode Kelas
CARD = ("display:inline-block;vertical-align:top;width:22em;margin:0 0.8em 0.8em 0;"
        "padding:0.4em 0.8em;border:2px solid #0072B2;border-radius:0.4em")


def results_html(rows: list[Baris]) -> str:
    """The groups' answers by tool, side by side, then what is wrong (all text escaped)."""
    parts = []
    for form in {r.form.key: r.form for r in rows if r.hasil is not None}.values():
        cards = "".join(
            f'<div style="{CARD}"><b>{esc(r.kelompok)}</b><br><b>{esc(r.hasil.judul)}</b>'
            + "".join(f"<br>{esc(line)}" for line in r.hasil.baris) + "</div>"
            for r in rows if r.hasil is not None and r.form.key == form.key)
        parts.append(f"<h2>{esc(form.judul)} (bab {esc(form.bab)})</h2><div>{cards}</div>")
    errors = [r.galat for r in rows if r.galat]
    if errors:
        parts.append('<ul style="color:#a4000f">'
                     + "".join(f"<li>{esc(e)}</li>" for e in errors) + "</ul>")
    return "".join(parts)


def widget():
    """Mode Kelas: the codes the groups read out, typed in, their answers side by side."""
    import ipywidgets as w

    from ..inti.widget import Live

    forms = shared_forms()
    codes = w.Textarea(placeholder="Kelompok A: TAHAP-…", layout=w.Layout(width="100%",
                                                                         height="7em"))
    button = w.Button(description="Bandingkan", layout=w.Layout(width="12em"))
    shown = w.HTML("")

    def compare(_button=None):
        shown.value = results_html(bandingkan(codes.value, forms))

    button.on_click(compare)
    intro = w.HTML("<p>Tulis kode setiap kelompok, satu per baris (boleh didahului nama "
                   "kelompok dan titik dua), lalu tekan <b>Bandingkan</b>.</p>")
    return Live(w.VBox([intro, codes, button, shown]), None,
                {"kode": codes, "bandingkan": button, "hasil": shown})
