"""The reader's own tools in the static book: a form that answers without a kernel.

A :class:`Formulir` is made of native, labelled form controls – radio groups
(:class:`Pilihan`), check boxes (:class:`Centang`) and free text (:class:`Isian`) – so it
works by touch, keyboard and screen reader and prints as a form. Its answer is a
:class:`Hasil` (a heading, lines of text and, optionally, the new state of a figure on the
page), computed by the tool's Python model ``hasil(values)``:

* **precomputed** (the default): the model is run here for every combination of the
  choices and check boxes, equal answers stored once, and the browser only looks the
  answer up (``wogbook/buku/static/wog-kerja.js``) – one model, nothing to keep in step;
* **in the browser** (``alat="nama"``), where the combinations are too many: one small
  module ``wogbook/buku/static/alat/nama.js`` computes the answer from ``model`` (data
  from Python); the tests run it in Chromium on many inputs against ``hasil``.

A prediction (``tutup=True``) keeps its figure covered until the reader has committed a
guess; its answer sets the guess against the model's outcome. What the reader enters is
kept in the browser only (localStorage, the reader's *Buku Kerja
Saya*), under the form's ``key``, and comes back on every later visit.
"""
from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from typing import Callable, Sequence

from plotly.utils import PlotlyJSONEncoder

from . import data
from .gaya import esc
from .tampil import BookFigure

#: The most combinations a precomputed form may have (beyond: a browser module).
MAX_TABLE = 4096
#: Crockford's base 32: digits and letters without I, L, O and U (read aloud, typed by hand)
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_MISREAD = str.maketrans({"O": "0", "I": "1", "L": "1"})


def _base32(number: int) -> str:
    digits = ""
    while True:
        number, digit = divmod(number, 32)
        digits = ALPHABET[digit] + digits
        if not number:
            return digits


def _check(text: str) -> str:
    """One check character (weighted sum mod 31): catches a single wrong character or two
    swapped neighbours, except between 0 and Z."""
    total = sum((i + 1) * (ALPHABET.index(c) if c in ALPHABET else ord(c))
                for i, c in enumerate(text))
    return ALPHABET[total % 31]


SAVED_NOTE = ("Isian Anda tersimpan di peramban perangkat ini saja (Buku Kerja Saya) dan "
              "tidak dikirim ke mana pun.")
PAPER_GUESS = ("Di kertas: lingkari tebakan Anda dulu, baru lihat gambar di bawah ini dan "
               "bandingkan.")
NO_SCRIPT = ("Formulir ini bekerja di buku HTML. Di notebook hidup (JupyterLab, Binder), "
             "pakai versi langsung di bawahnya.")


@dataclass(frozen=True)
class Pilihan:
    """One question answered by choosing one option (a radio group)."""

    key: str
    legend: str
    options: tuple[tuple[str, str], ...]  # (value, label)
    inline: bool = False  # options side by side (a short scale)
    default: str | None = None  # the option chosen before the reader chooses (None: none)


@dataclass(frozen=True)
class Centang:
    """A statement the reader ticks (a check box); ``group``: the legend of its fieldset."""

    key: str
    label: str
    group: str = ""
    default: bool = False


@dataclass(frozen=True)
class Isian:
    """Free text the reader writes (kept in the workbook, not computed on)."""

    key: str
    label: str
    placeholder: str = ""


Field = Pilihan | Centang | Isian


@dataclass(frozen=True)
class Hasil:
    """The answer of a form: a heading, lines of text, the figure's new state (or None)."""

    judul: str
    baris: tuple[str, ...] = ()
    gambar: dict | None = None

    def to_dict(self) -> dict:
        out: dict = {"judul": self.judul, "baris": list(self.baris)}
        if self.gambar is not None:
            out["gambar"] = self.gambar
        return out


@dataclass
class Formulir:
    """A reader's tool of the static book (see the module's description)."""

    key: str                      # workbook key, e.g. "bab6.asesmen"
    bab: str                      # the chapter it belongs to, as the workbook shows it
    judul: str
    pengantar: str
    fields: Sequence[Field]
    hasil: Callable[[dict], Hasil]
    menunggu: str = "Jawab setiap pertanyaan di atas untuk melihat hasilnya."
    alat: str | None = None       # browser module wogbook/buku/static/alat/<alat>.js
    model: dict | None = None     # the data that module reads
    gambar: BookFigure | None = None
    #: True: no answer until every choice is made; False: the model takes unanswered ones
    lengkap: bool = True
    #: A prediction: the figure stays covered (blurred, out of reach) until it is answered
    tutup: bool = False
    #: The prefix of the short code a group shares its answer with (None: not shared)
    awalan: str | None = None

    # ------------------------------------------------------------ the answer
    def dims(self) -> list[Pilihan | Centang]:
        """The fields the answer depends on, in order (free text is not computed on)."""
        return [f for f in self.fields if not isinstance(f, Isian)]

    def values(self, **given) -> dict:
        """A complete set of values: check boxes at their default, choices unanswered."""
        out = {f.key: ("" if isinstance(f, Isian) else f.default) for f in self.fields}
        unknown = set(given) - set(out)
        if unknown:
            raise ValueError(f"Isian {', '.join(sorted(unknown))} tidak ada di formulir "
                             f"'{self.judul}'; yang ada: {', '.join(out)}.")
        return {**out, **given}

    def answer(self, values: dict) -> Hasil | None:
        """The model's answer, or None while a choice is unanswered."""
        if self.lengkap and any(values.get(f.key) is None
                                for f in self.fields if isinstance(f, Pilihan)):
            return None
        return self.hasil(values)

    def table(self) -> dict:
        """Every combination's answer: ``{"dims", "index", "hasil", "teks"}`` (equal answers
        and equal sentences stored once: an answer's ``judul`` and ``baris`` point into
        ``teks``); the flat index is mixed-radix over :meth:`dims`, in each one's order."""
        domains = [[o[0] for o in f.options] if isinstance(f, Pilihan) else [False, True]
                   for f in self.dims()]
        size = 1
        for d in domains:
            size *= len(d)
        if size > MAX_TABLE:
            raise ValueError(f"Formulir '{self.judul}' punya {size} kombinasi (batas "
                             f"{MAX_TABLE}): hitung jawabannya dengan modul peramban (alat=…).")
        answers, seen, index, texts = [], {}, [], {}

        def text(t: str) -> int:  # each sentence stored once, answers point to it
            return texts.setdefault(t, len(texts))

        for combo in itertools.product(*domains):
            values = self.values(**{f.key: v for f, v in zip(self.dims(), combo)})
            found = self.hasil(values).to_dict()
            found["judul"] = text(found["judul"])
            found["baris"] = [text(b) for b in found["baris"]]
            key = json.dumps(found, cls=PlotlyJSONEncoder, sort_keys=True)
            if key not in seen:
                seen[key] = len(answers)
                answers.append(json.loads(key))
            index.append(seen[key])
        return {"dims": [len(d) for d in domains], "index": index, "hasil": answers,
                "teks": list(texts)}

    # ------------------------------------------------------------ the group code
    def radices(self) -> list[int]:
        """Each computed field's number of states in a code (an unanswered choice is one
        more state where the form answers without it)."""
        return [2 if isinstance(f, Centang) else len(f.options) + (0 if self.lengkap else 1)
                for f in self.dims()]

    def code_length(self) -> int:
        size = 1
        for r in self.radices():
            size *= r
        return max(1, len(_base32(size - 1)))

    def kode(self, values: dict) -> str:
        """The short code of these values, e.g. ``TAHAP-1H7Q``: the prefix, the choices as one
        base-32 number (no I, L, O, U) and a check character against typing mistakes. Free
        text is never in a code."""
        if not self.awalan:
            raise ValueError(f"Formulir '{self.judul}' tidak punya kode kelompok.")
        number = 0
        for f, radix in zip(self.dims(), self.radices()):
            v = values.get(f.key)
            if isinstance(f, Centang):
                digit = int(bool(v))
            elif v is None:
                if self.lengkap:
                    raise ValueError(f"'{f.legend}' belum dijawab: kode belum dapat dibuat.")
                digit = len(f.options)
            else:
                digit = [o[0] for o in f.options].index(v)
            number = number * radix + digit
        body = _base32(number).rjust(self.code_length(), "0")
        return f"{self.awalan}-{body}{_check(self.awalan + body)}"

    def dari_kode(self, code: str) -> dict:
        """The values of a code made by :meth:`kode`; a wrong, damaged or foreign code raises
        ValueError with a message in Indonesian."""
        shown = str(code).strip()
        tidy = shown.upper().replace(" ", "")
        prefix, _, rest = tidy.partition("-")
        if prefix != self.awalan:
            raise ValueError(f"Kode '{shown}' bukan kode '{self.judul}' (kodenya diawali "
                             f"{self.awalan}-).")
        rest = rest.replace("-", "").translate(_MISREAD)
        if len(rest) != self.code_length() + 1 or any(c not in ALPHABET for c in rest):
            raise ValueError(f"Kode '{shown}' rusak: sesudah {self.awalan}- harus ada "
                             f"{self.code_length() + 1} huruf atau angka.")
        body, check = rest[:-1], rest[-1]
        if _check(self.awalan + body) != check:
            raise ValueError(f"Kode '{shown}' rusak: huruf periksanya tidak cocok (salah "
                             "ketik?). Mintalah kode itu sekali lagi.")
        number = 0
        for c in body:
            number = number * 32 + ALPHABET.index(c)
        digits = []
        for radix in reversed(self.radices()):
            number, digit = divmod(number, radix)
            digits.append(digit)
        if number:
            raise ValueError(f"Kode '{shown}' rusak: angkanya di luar jangkauan formulir ini.")
        values = self.values()
        for f, digit in zip(self.dims(), reversed(digits)):
            if isinstance(f, Centang):
                values[f.key] = bool(digit)
            else:
                values[f.key] = f.options[digit][0] if digit < len(f.options) else None
        return values

    # ------------------------------------------------------------ the markup
    def spec(self) -> dict:
        """What ``wog-kerja.js`` reads: the fields, the table or the module's data."""
        spec = {"key": self.key, "bab": self.bab, "judul": self.judul, "menunggu": self.menunggu,
                "lengkap": self.lengkap,
                "fields": [{"key": f.key, "jenis": type(f).__name__.lower(),
                            **({"opsi": [o[0] for o in f.options]}
                               if isinstance(f, Pilihan) else {})}
                           for f in self.fields]}
        if self.alat:
            spec["alat"], spec["model"] = self.alat, self.model or {}
        else:
            spec["tabel"] = self.table()
        if self.gambar is not None:
            spec["gambar"] = self.gambar.element_id
            spec["tutup"] = self.tutup
        if self.awalan:
            spec["kode"] = {"awalan": self.awalan, "radix": self.radices(),
                            "panjang": self.code_length()}
        return spec

    def _field_html(self, f: Field, n: int) -> str:
        fid = f"{self.dom_id}-{n}"
        if isinstance(f, Pilihan):
            cls = "wog-pilihan wog-sebaris" if f.inline else "wog-pilihan"
            options = "".join(
                f'<label><input type="radio" name="{esc(f.key)}" value="{esc(v)}"'
                f'{" checked" if v == f.default else ""}> '
                f"<span>{esc(label)}</span></label>" for v, label in f.options)
            return f'<fieldset class="{cls}"><legend>{esc(f.legend)}</legend>{options}</fieldset>'
        if isinstance(f, Centang):
            checked = " checked" if f.default else ""
            return (f'<label class="wog-centang"><input type="checkbox" name="{esc(f.key)}"'
                    f"{checked}> <span>{esc(f.label)}</span></label>")
        return (f'<label class="wog-isian" for="{fid}">{esc(f.label)}</label>'
                f'<input type="text" id="{fid}" name="{esc(f.key)}" '
                f'placeholder="{esc(f.placeholder)}" autocomplete="off">')

    @property
    def dom_id(self) -> str:
        return "wogform-" + self.key.replace(".", "-")

    def _fields_html(self) -> str:
        parts, group = [], None
        for n, f in enumerate(self.fields):
            g = f.group if isinstance(f, Centang) else None
            if g != group and group:
                parts.append("</fieldset>")
            if g and g != group:
                parts.append(f'<fieldset class="wog-kelompok"><legend>{esc(g)}</legend>')
            group = g
            parts.append(self._field_html(f, n))
        if group:
            parts.append("</fieldset>")
        return "".join(parts)

    def to_html(self) -> str:
        payload = json.dumps(self.spec(), cls=PlotlyJSONEncoder, separators=(",", ":"),
                             ensure_ascii=False).replace("<", "\\u003c")  # inert in <script>
        figure = "" if self.gambar is None else self.gambar.to_html()
        return (
            f'<form class="wog-form" id="{self.dom_id}" aria-labelledby="{self.dom_id}-judul" '
            f'data-wog-key="{esc(self.key)}" autocomplete="off">'
            f'<p class="wog-form-judul" id="{self.dom_id}-judul"><strong>{esc(self.judul)}'
            f"</strong></p><p>{esc(self.pengantar)}</p>"
            f'<p class="wog-form-mati">{esc(NO_SCRIPT)}</p>'
            f"{self._fields_html()}"
            f'<output class="wog-form-hasil wog-menunggu" aria-live="polite">'
            f"{esc(self.menunggu)}</output>"
            + (f'<p class="wog-print-only">{esc(PAPER_GUESS)}</p>' if self.tutup else "") +
            f'<p class="wog-form-catatan">{esc(SAVED_NOTE)} '
            '<button type="button" class="wog-form-kosongkan">Kosongkan isian</button></p>'
            f'<script type="application/json" class="wog-form-spec">{payload}</script>'
            f"</form>{figure}"
        )

    def _repr_mimebundle_(self, include=None, exclude=None):
        """HTML for the book; JupyterLab, which runs no script in an output, shows the
        form's figure (plotly's own renderer) and its live widget does the rest."""
        bundle = {"text/html": self.to_html(), "text/plain": f"Formulir: {self.judul}"}
        if self.gambar is not None:
            bundle["application/vnd.plotly.v1+json"] = self.gambar.spec()
        return bundle


def tebakan(key: str, options, hasil: Callable[[dict], Hasil], gambar: BookFigure,
            inline: bool = False, **isi) -> Formulir:
    """A prediction: the figure ``gambar`` stays covered until the reader picks one of
    ``options`` (``(value, label)`` pairs). Its words are row ``key`` of ``data/tebakan.csv``;
    ``{name}`` in them is filled from ``isi`` (e.g. the year the figure opens at)."""
    table = data.load("tebakan")
    row = list(table["kunci"]).index(key)  # the schema makes every prediction present
    words = {}
    for column in ("pertanyaan", "label", "menunggu"):
        try:
            words[column] = data.fill(table.iloc[row][column], **isi)
        except (KeyError, IndexError, ValueError):
            allowed = ", ".join("{" + k + "}" for k in isi) or "tidak ada"
            raise data.DataError(data.path_of("tebakan"), [data.problem(
                table, row, column, "kurung kurawal { } hanya untuk isian yang diganti "
                f"angka atau nama dari data; isian untuk tebakan ini: {allowed}")]) from None
    return Formulir(key, table.iloc[row]["bab"], "Tebak dulu", words["pertanyaan"],
                    [Pilihan("tebakan", words["label"], tuple(options), inline=inline)],
                    hasil, menunggu=words["menunggu"], gambar=gambar, tutup=True)
