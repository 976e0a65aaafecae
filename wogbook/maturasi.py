"""The four stages of network maturity (module Table 2) on a 2000–2026 timeline.

Three layers, one source of truth:

* model – :func:`stages` loads the stages and all their traits from
  ``data/tahap_maturasi.csv`` and ``data/ciri_maturasi.csv``; :func:`stage_of`
  maps a year to its stage; :func:`network` says which actors and links the
  network of a stage has (separate silos → a coordinating service centre →
  a strong network inside government → one network with the private sector
  and a shared agenda); :func:`where_is_my_agency` turns six answers about the
  reader's own agency into a stage with an explanation; :func:`milestones`
  loads the real e-government milestones of Singapore and Indonesia;
* figure – :func:`figure` draws the timeline (stage bands, milestones, a year
  marker), the network of the chosen year and the traits of its stage; every
  change goes through :func:`updates`, which returns the arguments of one
  plotly ``update`` call;
* front-ends – :func:`explorer` (static book: a year slider whose steps are
  exactly :func:`updates` for every year, click → detail pane, text version)
  and :func:`widget` (ipywidgets: year slider + the "Di mana instansi saya?"
  self-assessment, which highlights the reader's stage on the same figure).

**Years where the module's periods overlap.** The module writes the periods as
2000–2003, 2003–2006, 2006–2010 and 2010–sekarang, so 2003, 2006 and 2010 each
end one stage and start the next. This module gives such a year to the stage
that *begins* in it: every stage covers ``[tahun_mulai, tahun_mulai of the next
stage)``. So 2003 is stage II, 2006 stage III and 2010 stage IV, as in the
Singapore masterplans the periods come from (eGAP II began in 2003, iGov2010 in
2006). "Sekarang" is the fixed year :data:`TAHUN_SEKARANG`, never today's date,
so that every output is deterministic.
"""
from __future__ import annotations

import html
import math
import textwrap
from dataclasses import dataclass
from functools import lru_cache
from numbers import Integral
from pathlib import Path

import plotly.graph_objects as go

from . import data
from .tabel import Table
from .tampil import BookFigure

#: First year of the timeline (the module's first stage begins in 2000).
TAHUN_AWAL = 2000
#: "Sekarang" of this book: a constant, so that outputs do not depend on today's date.
TAHUN_SEKARANG = 2026
YEARS = tuple(range(TAHUN_AWAL, TAHUN_SEKARANG + 1))
ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}

# Okabe–Ito colours (safe for the common kinds of colour blindness).
STAGE_COLORS = {1: "#F0E442", 2: "#56B4E9", 3: "#009E73", 4: "#0072B2"}
STAGE_TEXT = {1: "#000000", 2: "#000000", 3: "#000000", 4: "#FFFFFF"}
COUNTRY_STYLE = {"Singapura": ("#E69F00", "diamond"), "Indonesia": ("#D55E00", "circle")}
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"


# ----------------------------------------------------------------------- model
@dataclass(frozen=True)
class Stage:
    """One stage of Table 2, with every trait the module lists."""

    tahap: int
    nama: str
    mulai: int
    selesai: int | None
    tema: str
    masterplan: str
    ciri: tuple[str, ...]
    #: Last year of the stage on the timeline (the rule for overlapping years applied).
    akhir: int

    @property
    def romawi(self) -> str:
        return ROMAWI[self.tahap]

    @property
    def periode(self) -> str:
        """The period as the module writes it, e.g. '2003–2006' or '2010–sekarang'."""
        return f"{self.mulai}–{self.selesai if self.selesai else 'sekarang'}"

    @property
    def judul(self) -> str:
        return f"Tahap {self.romawi} — {self.nama}"


@lru_cache(maxsize=8)
def _stages(data_dir: str | None) -> tuple[Stage, ...]:
    folder = Path(data_dir) if data_dir else None
    table = data.load("tahap_maturasi", folder).sort_values("tahap")
    traits = data.load("ciri_maturasi", folder).sort_values(["tahap", "no"])
    rows = table.to_dict("records")
    problems = []
    if [r["tahap"] for r in rows] != list(range(1, len(rows) + 1)):
        problems.append("kolom 'tahap' harus berurutan 1, 2, 3, … tanpa loncatan")
    if rows and rows[0]["tahun_mulai"] != TAHUN_AWAL:
        problems.append(f"tahap 1 harus mulai pada {TAHUN_AWAL} (awal linimasa); "
                        f"tertulis {rows[0]['tahun_mulai']}")
    for now, nxt in zip(rows, rows[1:]):
        if now["tahun_selesai"] != nxt["tahun_mulai"] or nxt["tahun_mulai"] <= now["tahun_mulai"]:
            problems.append(f"tahap {now['tahap']} berakhir {now['tahun_selesai']}, tetapi tahap "
                            f"{nxt['tahap']} mulai {nxt['tahun_mulai']}: periode harus bersambung")
    if rows and not _missing(rows[-1]["tahun_selesai"]):
        problems.append(f"tahap terakhir ({rows[-1]['tahap']}) harus berlaku sampai sekarang: "
                        "kosongkan 'tahun_selesai'")
    if problems:
        raise data.DataError(data.path_of("tahap_maturasi", folder), problems)
    result = []
    for i, r in enumerate(rows):
        ciri = tuple(traits.loc[traits["tahap"] == r["tahap"], "ciri"])
        if not ciri:
            raise data.DataError(data.path_of("ciri_maturasi", folder),
                                 [f"tahap {r['tahap']} tidak punya satu pun ciri"])
        akhir = rows[i + 1]["tahun_mulai"] - 1 if i + 1 < len(rows) else TAHUN_SEKARANG
        selesai = None if _missing(r["tahun_selesai"]) else int(r["tahun_selesai"])
        result.append(Stage(int(r["tahap"]), r["nama"], int(r["tahun_mulai"]), selesai,
                            r["tema"], r["masterplan_singapura"], ciri, akhir))
    return tuple(result)


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def stages(data_dir=None) -> tuple[Stage, ...]:
    """The four stages of ``data/tahap_maturasi.csv`` with their traits, validated."""
    return _stages(str(data_dir) if data_dir else None)


def check_year(year) -> int:
    """Return ``year`` if it is a whole year on the timeline, else raise ValueError."""
    if isinstance(year, bool) or not isinstance(year, Integral):
        raise ValueError(f"Tahun harus bilangan bulat {TAHUN_AWAL}–{TAHUN_SEKARANG}; "
                         f"diterima: {year!r}.")
    if not TAHUN_AWAL <= year <= TAHUN_SEKARANG:
        raise ValueError(f"Tahun {year} di luar linimasa: pilih tahun {TAHUN_AWAL}–"
                         f"{TAHUN_SEKARANG} ({TAHUN_SEKARANG} = 'sekarang' dalam buku ini).")
    return int(year)


def stage_of(year, data_dir=None) -> Stage:
    """The stage of ``year`` (2000–2026). A year that ends one period and starts the next
    (2003, 2006, 2010) belongs to the stage that begins in it."""
    year = check_year(year)
    return [s for s in stages(data_dir) if s.mulai <= year][-1]


def check_stage(tahap) -> int:
    """Return the stage number 1–4 (an int or a :class:`Stage`), else raise ValueError."""
    if isinstance(tahap, Stage):
        return tahap.tahap
    if isinstance(tahap, bool) or not isinstance(tahap, Integral) or tahap not in ROMAWI:
        raise ValueError(f"Tahap harus 1, 2, 3 atau 4 (I–IV); diterima: {tahap!r}.")
    return int(tahap)


# The network drawn for each stage ------------------------------------------------
@dataclass(frozen=True)
class Node:
    id: str
    label: str
    kind: str  # pusat | instansi | layanan | warga | swasta
    x: float
    y: float


@dataclass(frozen=True)
class Edge:
    a: str
    b: str
    kind: str  # one of EDGE_KINDS


@dataclass(frozen=True)
class Network:
    """Who is there and who is linked to whom in one stage."""

    tahap: int
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    #: Enclosed groups: ("silo", members) per isolated agency, or ("klaster", members).
    groups: tuple[tuple[str, tuple[str, ...]], ...]
    ringkasan: str

    def node(self, node_id: str) -> Node:
        return next(n for n in self.nodes if n.id == node_id)

    def linked(self, a: str, b: str) -> bool:
        return any({e.a, e.b} == {a, b} for e in self.edges)

    def reachable(self, start: str) -> set[str]:
        """Every node that can be reached from ``start`` along the links."""
        seen, todo = {start}, [start]
        while todo:
            here = todo.pop()
            for e in self.edges:
                for x, y in ((e.a, e.b), (e.b, e.a)):
                    if x == here and y not in seen:
                        seen.add(y)
                        todo.append(y)
        return seen


AGENCIES = ("A", "B", "C", "D", "E")
NODES = {
    "P": Node("P", "Pemerintah pusat", "pusat", 0.5, 0.93),
    **{k: Node(k, f"Instansi {k}", "instansi", x, 0.62)
       for k, x in zip(AGENCIES, (0.07, 0.285, 0.5, 0.715, 0.93))},
    "L": Node("L", "Pusat layanan", "layanan", 0.27, 0.3),
    "W": Node("W", "Warga", "warga", 0.27, 0.02),
    "S": Node("S", "Swasta", "swasta", 0.8, 0.15),
}
EDGE_KINDS = ("akses", "koordinasi", "jejaring", "swasta_koordinasi", "swasta_inklusi")
EDGE_STYLE = {  # name in the legend, colour, width, dash
    "akses": ("Akses warga", "#000000", 1.5, "dot"),
    "koordinasi": ("Koordinasi", "#56B4E9", 2.5, "dash"),
    "jejaring": ("Jejaring pemerintah", "#0072B2", 2.5, "solid"),
    "swasta_koordinasi": ("Swasta dikoordinasi", "#E69F00", 2.5, "dash"),
    "swasta_inklusi": ("Swasta dalam jejaring", "#D55E00", 3.0, "solid"),
}
NODE_KINDS = ("pusat", "instansi", "layanan", "warga", "swasta")
NODE_STYLE = {  # colour, symbol, size, text position
    "pusat": ("#000000", "square", 24, "middle right"),
    "instansi": ("#0072B2", "circle", 30, "middle center"),
    "layanan": ("#009E73", "diamond", 24, "middle left"),
    "warga": ("#CC79A7", "circle", 22, "middle right"),
    "swasta": ("#E69F00", "triangle-up", 24, "middle right"),
}
NODE_HOVER = {
    "pusat": "Pemerintah pusat",
    "instansi": "Instansi %{text}",
    "layanan": "Pusat layanan: satu pintu/portal bersama beberapa instansi",
    "warga": "Warga pengguna layanan",
    "swasta": "Sektor swasta",
}


def _edges(kind: str, pairs: str) -> list[Edge]:
    return [Edge(p[0], p[1], kind) for p in pairs.split()]


_GOVERNMENT_MESH = "AB BC CD DE PA PB PC PD PE LA LB LC LD LE LP"
_NETWORKS = {
    1: (_edges("akses", "WA WB WC WD WE"),
        tuple(("silo", (k,)) for k in AGENCIES),
        "Lima instansi bekerja sebagai silo terpisah: tidak ada hubungan antarinstansi. "
        "Warga mendatangi setiap instansi sendiri-sendiri dan tidak menjangkau "
        "pemerintah pusat."),
    2: (_edges("akses", "WL WD WE") + _edges("koordinasi", "LA LB LC AB BC LP"),
        (("klaster", ("A", "B", "C", "L")),),
        "Instansi A, B dan C berkoordinasi membentuk pusat pelayanan publik (area hijau); "
        "D dan E masih bekerja sendiri. Jejaringnya kecil: {pemerintah} hubungan "
        "koordinasi."),
    3: (_edges("akses", "WL") + _edges("jejaring", _GOVERNMENT_MESH)
        + _edges("swasta_koordinasi", "SL"),
        (("klaster", ("P", *AGENCIES, "L")),),
        "Jejaring kuat di dalam pemerintahan (area hijau): semua instansi, pusat layanan "
        "dan pemerintah pusat terhubung ({pemerintah} hubungan). Swasta mulai ikut serta, "
        "dikoordinasikan oleh pemerintah."),
    4: (_edges("akses", "WL") + _edges("jejaring", _GOVERNMENT_MESH)
        + _edges("swasta_inklusi", "SL SC SD SE"),
        (("klaster", ("P", *AGENCIES, "L", "W", "S")),),
        "Swasta berada di dalam jejaring. Pemerintah, swasta dan warga berbagi agenda, "
        "kepentingan dan tujuan (area hijau): {semua} hubungan."),
}


def network(tahap) -> Network:
    """The network of a stage (1–4 or a :class:`Stage`): nodes, links, groups, summary."""
    tahap = check_stage(tahap)
    edges, groups, summary = _NETWORKS[tahap]
    ids = {n for e in edges for n in (e.a, e.b)} | {m for _, ms in groups for m in ms}
    ids |= {"P", *AGENCIES}
    nodes = tuple(n for k, n in NODES.items() if k in ids)
    government = sum(1 for e in edges if e.kind in ("koordinasi", "jejaring"))
    return Network(tahap, nodes, tuple(edges), groups,
                   summary.format(pemerintah=government, semua=len(edges)))


# The self-assessment "Di mana instansi saya?" --------------------------------------
@dataclass(frozen=True)
class Question:
    key: str
    teks: str
    opsi: tuple[str, str, str]  # answers 0, 1, 2


QUESTIONS = (
    Question("berbagi_data", "Apakah instansi Anda berbagi data dengan instansi lain?",
             ("Tidak; setiap instansi menyimpan datanya sendiri",
              "Kadang-kadang, lewat surat, surel atau kiriman berkas",
              "Ya, rutin lewat sistem yang saling terhubung (mis. Satu Data, layanan API)")),
    Question("koordinasi", "Adakah koordinasi dengan instansi lain untuk layanan yang berkaitan?",
             ("Tidak ada", "Ada, sesekali dan bergantung pada orang",
              "Ada forum atau kesepakatan kerja yang tetap")),
    Question("layanan_terpadu",
             "Dapatkah warga mengurus layanan Anda bersama layanan instansi lain di satu "
             "tempat atau satu portal?",
             ("Tidak; warga mendatangi setiap instansi",
              "Sebagian (mis. ada loket di mal pelayanan publik)",
              "Ya, satu pintu atau satu portal untuk seluruh urusan")),
    Question("proses_terintegrasi",
             "Apakah proses kerja di belakang layar sudah dirancang ulang bersama instansi lain?",
             ("Belum; setiap instansi memproses sendiri",
              "Sebagian; beberapa sistem sudah terhubung",
              "Ya; berkas mengalir antarinstansi tanpa diinput ulang")),
    Question("mitra_swasta", "Apa peran sektor swasta atau masyarakat dalam layanan Anda?",
             ("Tidak berperan",
              "Ikut serta, tetapi dikoordinasikan oleh instansi (mis. penyedia, mitra loket)",
              "Menjadi bagian jejaring dan ikut menetapkan tujuan layanan")),
    Question("agenda_bersama",
             "Adakah agenda, target dan indikator yang disepakati bersama instansi lain dan mitra?",
             ("Tidak; setiap pihak punya target sendiri", "Sebagian, untuk program tertentu",
              "Ya, tujuan dan ukuran keberhasilan bersama")),
)
QUESTION_KEYS = tuple(q.key for q in QUESTIONS)
#: What a stage asks for: (question, lowest answer, what it means). Stage I asks nothing.
CRITERIA = {
    2: (("koordinasi", 1, "berkoordinasi dengan instansi lain"),
        ("layanan_terpadu", 1, "warga dapat dilayani bersama instansi lain di satu tempat "
                               "atau portal")),
    3: (("berbagi_data", 2, "berbagi data secara rutin lewat sistem yang terhubung"),
        ("proses_terintegrasi", 1, "proses kerja mulai dirancang ulang bersama instansi lain"),
        ("mitra_swasta", 1, "swasta atau masyarakat ikut serta dalam layanan")),
    4: (("proses_terintegrasi", 2, "proses kerja terintegrasi penuh antarinstansi"),
        ("mitra_swasta", 2, "swasta atau masyarakat menjadi bagian jejaring dan ikut "
                            "menetapkan tujuan"),
        ("agenda_bersama", 2, "ada agenda, target dan indikator bersama")),
}


@dataclass(frozen=True)
class Assessment:
    """Where the reader's agency stands: its stage and why."""

    tahap: int
    stage: Stage
    sudah: tuple[str, ...]   # criteria met, up to and including this stage
    berikutnya: tuple[str, ...]  # criteria still missing for the next stage
    lebih: tuple[str, ...]   # criteria of higher stages already met (strengths)

    @property
    def penjelasan(self) -> str:
        s = self.stage
        parts = [f"Instansi Anda berada pada {s.judul} ({s.tema})."]
        if self.sudah:
            parts.append("Yang sudah ada: " + "; ".join(self.sudah) + ".")
        else:
            parts.append("Syarat Tahap II (koordinasi dan layanan bersama) belum terpenuhi.")
        if self.berikutnya:
            parts.append(f"Untuk naik ke Tahap {ROMAWI[self.tahap + 1]} masih perlu: "
                         + "; ".join(self.berikutnya) + ".")
        else:
            parts.append("Semua syarat tahap tertinggi terpenuhi: pertahankan agenda bersama "
                         "dan perluas inovasi di luar pelayanan publik.")
        if self.lebih:
            parts.append("Catatan: sebagian ciri tahap yang lebih tinggi sudah ada ("
                         + "; ".join(self.lebih) + "), tetapi syarat tahap sebelumnya belum "
                         "lengkap, jadi fondasinya perlu dibereskan lebih dulu.")
        return " ".join(parts)


def check_answers(answers) -> dict[str, int]:
    """Validate the six answers (each 0, 1 or 2); return them as a plain dict."""
    if not hasattr(answers, "keys"):
        raise ValueError("Jawaban harus berupa pasangan pertanyaan → nilai, "
                         f"mis. {{'berbagi_data': 1, …}}; diterima: {answers!r}.")
    unknown = [k for k in answers if k not in QUESTION_KEYS]
    if unknown:
        raise ValueError(f"Pertanyaan {', '.join(map(repr, unknown))} tidak dikenal; "
                         f"yang ada: {', '.join(QUESTION_KEYS)}.")
    missing = [k for k in QUESTION_KEYS if k not in answers]
    if missing:
        raise ValueError(f"Jawaban untuk {', '.join(missing)} belum diisi; keenam pertanyaan "
                         f"({', '.join(QUESTION_KEYS)}) wajib dijawab.")
    clean = {}
    for key in QUESTION_KEYS:
        value = answers[key]
        if isinstance(value, bool) or not isinstance(value, Integral) or value not in (0, 1, 2):
            raise ValueError(f"Jawaban '{key}' harus 0, 1 atau 2 (0 = tidak, 1 = sebagian, "
                             f"2 = ya); diterima: {value!r}.")
        clean[key] = int(value)
    return clean


def where_is_my_agency(answers, data_dir=None) -> Assessment:
    """The stage of the reader's own agency from six answers (0 = tidak, 1 = sebagian, 2 = ya).

    The agency is at the highest stage whose criteria, and those of every stage
    before it, are all met (stage I needs nothing)."""
    a = check_answers(answers)
    met = {t: [c for c in crit if a[c[0]] >= c[1]] for t, crit in CRITERIA.items()}
    tahap = 1
    for t in sorted(CRITERIA):
        if len(met[t]) != len(CRITERIA[t]):
            break
        tahap = t
    sudah = tuple(c[2] for t in sorted(CRITERIA) if t <= tahap for c in met[t])
    nxt = tahap + 1
    berikutnya = tuple(c[2] for c in CRITERIA.get(nxt, ()) if a[c[0]] < c[1])
    lebih = tuple(c[2] for t in sorted(CRITERIA) if t > nxt for c in met[t])
    stage = stages(data_dir)[tahap - 1]
    return Assessment(tahap, stage, sudah, berikutnya, lebih)


# Real milestones -----------------------------------------------------------------
@dataclass(frozen=True)
class Milestone:
    tahun: int
    negara: str
    tonggak: str
    sumber: str


def milestones(data_dir=None) -> tuple[Milestone, ...]:
    """The milestones of ``data/tonggak_maturasi.csv``, validated, by country then year."""
    folder = Path(data_dir) if data_dir else None
    table = data.load("tonggak_maturasi", folder)
    rows = [Milestone(int(r["tahun"]), r["negara"], r["tonggak"], r["sumber"])
            for r in table.to_dict("records")]
    order = list(COUNTRY_STYLE)
    return tuple(sorted(rows, key=lambda m: (order.index(m.negara), m.tahun)))


# ---------------------------------------------------------------- figure layer
HEIGHT = 952
WRAP = 42
#: Rows of the timeline (y of the data): stage bands, Singapore, Indonesia.
ROW_BAND, ROW_SG, ROW_ID, ROW_STEP = 3.2, 2.15, 1.1, 0.42
ROW_Y = {"Singapura": ROW_SG, "Indonesia": ROW_ID}
#: Trace order of the figure.
T_BANDS, T_SG, T_ID, T_YOU, T_SILO, T_CLUSTER = range(6)
T_EDGES = {k: 6 + i for i, k in enumerate(EDGE_KINDS)}
T_NODES = {k: 6 + len(EDGE_KINDS) + i for i, k in enumerate(NODE_KINDS)}
#: Every trace whose data changes with the year or the highlight.
DYNAMIC = [T_YOU, T_SILO, T_CLUSTER, *T_EDGES.values(), *T_NODES.values()]
PLACEHOLDER = "Klik pita tahap atau tanda tonggak pada linimasa untuk membaca rinciannya di sini."


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _wrap(text: str, width: int = WRAP, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False)


def _br(text: str, width: int = WRAP) -> str:
    return "<br>".join(_esc(line) for line in _wrap(text, width))


def stage_detail(stage: Stage) -> str:
    """The detail-pane text of a stage band: theme, every trait, Singapore's masterplan."""
    lines = [f"{stage.judul} ({stage.periode}): {stage.tema}"]
    lines += [f"• {c}" for c in stage.ciri]
    lines.append(f"Padanan Singapura: {stage.masterplan}")
    return "\n".join(lines)


def milestone_detail(m: Milestone) -> str:
    return f"{m.tahun} · {m.negara}: {m.tonggak} (Sumber: {m.sumber})"


def traits_text(stage: Stage) -> str:
    """The figure's text block for a stage: heading, all its traits, Singapore's masterplan."""
    head = f"Ciri Tahap {stage.romawi} ({stage.periode}): {stage.tema}"
    lines = [f"<b>{line}</b>" for line in (_esc(x) for x in _wrap(head, WRAP - 6))]
    for c in stage.ciri:
        lines += [_esc(x).replace("  ", "&nbsp;&nbsp;") for x in _wrap(f"• {c}", WRAP, "  ")]
    lines.append(f"<i>{_esc('Padanan Singapura: ' + stage.masterplan)}</i>")
    return "<br>".join(lines)


def title_text(year: int, stage: Stage) -> str:
    return f"<b>{year}</b> · Tahap {stage.romawi}: <i>{_esc(stage.nama)}</i>"


def _rounded(x0, x1, y0, y1, r=0.045, n=5):
    """A closed rounded rectangle as a polygon (x list, y list)."""
    xs, ys = [], []
    corners = ((x1 - r, y1 - r, 0), (x0 + r, y1 - r, 90), (x0 + r, y0 + r, 180),
               (x1 - r, y0 + r, 270))
    for cx, cy, start in corners:
        for k in range(n + 1):
            t = math.radians(start + 90 * k / n)
            xs.append(round(cx + r * math.cos(t), 4))
            ys.append(round(cy + r * math.sin(t), 4))
    return xs + [xs[0]], ys + [ys[0]]


def _group_xy(net: Network, kind: str) -> tuple[list, list]:
    xs, ys = [], []
    for group_kind, members in net.groups:
        if group_kind != kind:
            continue
        nodes = [net.node(m) for m in members]
        pad_x, pad_y = (0.085, 0.11) if kind == "silo" else (0.07, 0.1)
        gx, gy = _rounded(min(n.x for n in nodes) - pad_x, max(n.x for n in nodes) + pad_x,
                          min(n.y for n in nodes) - pad_y, max(n.y for n in nodes) + pad_y)
        if xs:
            xs.append(None)
            ys.append(None)
        xs += gx
        ys += gy
    return xs or [None], ys or [None]


def _edge_xy(net: Network, kind: str) -> tuple[list, list]:
    xs, ys = [], []
    for e in net.edges:
        if e.kind == kind:
            a, b = NODES[e.a], NODES[e.b]
            xs += [a.x, b.x, None]
            ys += [a.y, b.y, None]
    return xs or [None], ys or [None]


def _node_xy(net: Network, kind: str) -> tuple[list, list]:
    present = {n.id for n in net.nodes}
    chosen = [n for n in NODES.values() if n.kind == kind]
    return ([n.x if n.id in present else None for n in chosen],
            [n.y if n.id in present else None for n in chosen])


def _band_box(stage: Stage) -> tuple[float, float]:
    return stage.mulai, stage.akhir + 1


def updates(year, highlight=None) -> tuple[dict, dict, list[int]]:
    """The arguments of ONE plotly ``update`` call that brings a figure made by
    :func:`figure` to ``year`` (and highlights stage ``highlight``, if given):
    ``(restyle, relayout, trace_indexes)``. Static slider steps and the live widget
    both use exactly this."""
    stage = stage_of(year)
    you = None if highlight is None else stages()[check_stage(highlight) - 1]
    net = network(stage)
    xy = {T_YOU: ([None], [None]) if you is None else
          ([round((you.mulai + you.akhir + 1) / 2, 2)], [ROW_BAND + 0.62]),
          T_SILO: _group_xy(net, "silo"), T_CLUSTER: _group_xy(net, "klaster")}
    xy.update({T_EDGES[k]: _edge_xy(net, k) for k in EDGE_KINDS})
    xy.update({T_NODES[k]: _node_xy(net, k) for k in NODE_KINDS})
    restyle = {"x": [xy[t][0] for t in DYNAMIC], "y": [xy[t][1] for t in DYNAMIC]}
    x0, x1 = _band_box(stage)
    hx0, hx1 = _band_box(you or stage)
    relayout = {
        "title.text": title_text(year, stage),
        "annotations[0].text": traits_text(stage),
        "annotations[1].text": _br(net.ringkasan, WRAP + 6),
        "shapes[0].x0": year + 0.5, "shapes[0].x1": year + 0.5,
        "shapes[1].x0": x0, "shapes[1].x1": x1,
        "shapes[2].x0": hx0, "shapes[2].x1": hx1, "shapes[2].visible": you is not None,
    }
    return restyle, relayout, list(DYNAMIC)


def apply(fig, year, highlight=None) -> None:
    """Bring ``fig`` (a Figure or a FigureWidget made by :func:`figure`) to ``year``."""
    restyle, relayout, traces = updates(year, highlight)
    fig.plotly_update(restyle_data=restyle, relayout_data=relayout, trace_indexes=traces)


# Vertical layout, in pixels from the top of the plotting area (below the title).
MARGIN_T, MARGIN_B = 56, 8
#: Room for the static explorer's year slider above the timeline.
SLIDER_SPACE = 76


def _frame(top: int = 0) -> dict:
    """Paper y positions of the parts, with ``top`` pixels kept free above the timeline."""
    plot_h = HEIGHT - MARGIN_T - MARGIN_B + top

    def py(px: float) -> float:
        return round(1 - (px + top) / plot_h, 4)

    return {"height": HEIGHT + top, "timeline": [py(170), py(0)], "network_head": py(200),
            "network": [py(460), py(222)], "legend": py(468), "summary": py(536),
            "traits": py(630)}


def figure(year=TAHUN_AWAL, highlight=None, top: int = 0) -> go.Figure:
    """Timeline 2000–2026 (stage bands, milestones, year marker), the network of the
    stage of ``year`` and that stage's traits; ``highlight`` marks the reader's stage.
    ``top``: pixels kept free above the timeline (for the explorer's slider)."""
    check_year(year)
    frame = _frame(top)
    if highlight is not None:
        check_stage(highlight)
    all_stages = stages()
    fig = go.Figure()
    fig.add_bar(
        y=[ROW_BAND] * len(all_stages), x=[s.akhir + 1 - s.mulai for s in all_stages],
        base=[s.mulai for s in all_stages], orientation="h", width=0.8,
        marker={"color": [STAGE_COLORS[s.tahap] for s in all_stages],
                "line": {"color": "white", "width": 1.5}},
        text=[s.romawi for s in all_stages], textposition="inside", insidetextanchor="middle",
        textfont={"size": 14, "color": [STAGE_TEXT[s.tahap] for s in all_stages]},
        customdata=[stage_detail(s) for s in all_stages],
        hovertext=[f"<b>{_esc(s.judul)}</b><br>{s.periode}: {_esc(s.tema)}<br>"
                   f"<i>{_esc(s.masterplan)}</i>" for s in all_stages],
        hovertemplate="%{hovertext}<extra></extra>", name="Tahap", showlegend=False,
        xaxis="x", yaxis="y",
    )
    for country in COUNTRY_STYLE:
        items = [m for m in milestones() if m.negara == country]
        seen: dict[int, int] = {}
        ys = []
        for m in items:  # stack milestones of the same year
            ys.append(round(ROW_Y[country] - ROW_STEP * seen.get(m.tahun, 0), 2))
            seen[m.tahun] = seen.get(m.tahun, 0) + 1
        color, symbol = COUNTRY_STYLE[country]
        fig.add_scatter(
            x=[m.tahun + 0.5 for m in items], y=ys, mode="markers", name=f"Tonggak {country}",
            marker={"color": color, "symbol": symbol, "size": 13,
                    "line": {"color": "white", "width": 1}},
            customdata=[milestone_detail(m) for m in items],
            hovertext=[f"<b>{m.tahun} · {country}</b><br>{_br(m.tonggak, 42)}<br>"
                       f"<i>Sumber: {_br(m.sumber, 42)}</i>" for m in items],
            hovertemplate="%{hovertext}<extra></extra>", showlegend=False,
            xaxis="x", yaxis="y",
        )
    fig.add_scatter(
        x=[None], y=[None], mode="markers+text", name="Instansi Anda", text=["Instansi Anda"],
        textposition="middle right", textfont={"size": 12, "color": "#000000"},
        marker={"symbol": "star", "size": 17, "color": "#D55E00",
                "line": {"color": "#000000", "width": 1}},
        hovertemplate="Tahap instansi Anda (hasil penilaian diri)<extra></extra>",
        showlegend=False, cliponaxis=False, xaxis="x", yaxis="y",
    )
    fig.add_scatter(x=[None], y=[None], mode="lines", fill="toself", name="Silo",
                    fillcolor="rgba(0,0,0,0.06)", line={"color": "#8a8a8a", "width": 1},
                    hoverinfo="skip", showlegend=False, xaxis="x2", yaxis="y2")
    fig.add_scatter(x=[None], y=[None], mode="lines", fill="toself", name="Jejaring bersama",
                    fillcolor="rgba(0,158,115,0.13)",
                    line={"color": "#009E73", "width": 1.5, "dash": "dot"},
                    hoverinfo="skip", showlegend=False, xaxis="x2", yaxis="y2")
    for kind in EDGE_KINDS:
        name, color, width, dash = EDGE_STYLE[kind]
        fig.add_scatter(x=[None], y=[None], mode="lines", name=name, hoverinfo="skip",
                        line={"color": color, "width": width, "dash": dash},
                        xaxis="x2", yaxis="y2")
    for kind in NODE_KINDS:
        color, symbol, size, position = NODE_STYLE[kind]
        chosen = [n for n in NODES.values() if n.kind == kind]
        inside = kind == "instansi"
        fig.add_scatter(
            x=[None] * len(chosen), y=[None] * len(chosen), mode="markers+text",
            name=chosen[0].label if len(chosen) == 1 else "Instansi",
            text=[n.id if inside else n.label for n in chosen], textposition=position,
            textfont={"size": 13 if inside else 12, "color": "#FFFFFF" if inside else "#000000"},
            marker={"color": color, "symbol": symbol, "size": size,
                    "line": {"color": "white", "width": 1.5}},
            hovertemplate=NODE_HOVER[kind] + "<extra></extra>", showlegend=False,
            cliponaxis=False, xaxis="x2", yaxis="y2",
        )
    fig.update_layout(
        height=frame["height"], separators=",.",
        margin={"l": 8, "r": 8, "t": MARGIN_T, "b": MARGIN_B},
        plot_bgcolor="white", paper_bgcolor="white", dragmode=False,
        font={"size": 13, "family": FONT, "color": "#1a1a1a"},
        title={"x": 0.01, "xanchor": "left", "y": 0.985, "yanchor": "top", "yref": "container",
               "font": {"size": 17}},
        hoverlabel={"align": "left"},
        xaxis={"domain": [0, 1], "range": [TAHUN_AWAL, TAHUN_SEKARANG + 1], "fixedrange": True,
               "tickvals": [y + 0.5 for y in (2000, 2003, 2006, 2010, 2014, 2018, 2022, 2026)],
               "ticktext": [str(y) for y in (2000, 2003, 2006, 2010, 2014, 2018, 2022, 2026)],
               "tickfont": {"size": 11}, "showgrid": False, "zeroline": False,
               "showline": True, "linecolor": "#777", "ticks": "outside", "ticklen": 3},
        yaxis={"domain": frame["timeline"], "range": [ROW_ID - ROW_STEP - 0.35, 3.95],
               "visible": False, "fixedrange": True},
        xaxis2={"domain": [0, 1], "range": [-0.03, 1.03], "visible": False,
                "fixedrange": True, "anchor": "y2"},
        yaxis2={"domain": frame["network"], "range": [-0.16, 1.1], "visible": False,
                "fixedrange": True, "anchor": "x2"},
        showlegend=True,
        legend={"orientation": "h", "x": 0, "xanchor": "left", "y": frame["legend"],
                "yanchor": "top", "font": {"size": 11}, "itemclick": False,
                "itemdoubleclick": False, "itemwidth": 30, "entrywidth": 0.5,
                "entrywidthmode": "fraction", "tracegroupgap": 0},
        shapes=[
            {"type": "line", "xref": "x", "yref": "y domain", "x0": 0, "x1": 0, "y0": 0,
             "y1": 1, "line": {"color": "#000000", "width": 2.5}},
            {"type": "rect", "xref": "x", "yref": "y", "x0": 0, "x1": 0,
             "y0": ROW_BAND - 0.46, "y1": ROW_BAND + 0.46,
             "line": {"color": "#000000", "width": 2.5}, "fillcolor": "rgba(0,0,0,0)"},
            {"type": "rect", "xref": "x", "yref": "y", "x0": 0, "x1": 0,
             "y0": ROW_BAND - 0.55, "y1": ROW_BAND + 0.55, "visible": False,
             "line": {"color": "#D55E00", "width": 3, "dash": "dash"},
             "fillcolor": "rgba(0,0,0,0)"},
        ],
        annotations=[
            {"xref": "paper", "yref": "paper", "x": 0, "y": frame["traits"], "xanchor": "left",
             "yanchor": "top", "align": "left", "showarrow": False, "text": "",
             "font": {"size": 13}},
            {"xref": "paper", "yref": "paper", "x": 0, "y": frame["summary"], "xanchor": "left",
             "yanchor": "top", "align": "left", "showarrow": False, "text": "",
             "font": {"size": 12, "color": "#333333"}},
            {"xref": "x", "yref": "y", "x": TAHUN_SEKARANG + 1, "y": ROW_SG + 0.42,
             "xanchor": "right", "showarrow": False, "text": "Tonggak Singapura ◆",
             "font": {"size": 11, "color": "#444444"}},
            {"xref": "x", "yref": "y", "x": TAHUN_SEKARANG + 1, "y": ROW_ID + 0.42,
             "xanchor": "right", "showarrow": False, "text": "Tonggak Indonesia ●",
             "font": {"size": 11, "color": "#444444"}},
            {"xref": "paper", "yref": "paper", "x": 0, "y": frame["network_head"],
             "xanchor": "left", "yanchor": "top", "showarrow": False,
             "text": "<b>Jejaring kerja pada tahap ini</b>", "font": {"size": 13}},
        ],
    )
    apply(fig, year, highlight)
    return fig


# ------------------------------------------------------------- static explorer
def step_args(year) -> list:
    """The ``update`` arguments of the slider step of ``year``: :func:`updates` plus the
    slider's own position, so that a step set by the keyboard redraws the slider (and the
    book's script refreshes its aria-valuenow) after the change, not before it."""
    restyle, relayout, traces = updates(year)
    return [restyle, {**relayout, "sliders[0].active": year - TAHUN_AWAL}, traces]


def _steps() -> list[dict]:
    return [{"label": str(y), "value": str(y), "method": "update", "args": step_args(y)}
            for y in YEARS]


class _Tables:
    """Several tables shown as one text version."""

    def __init__(self, *tables: Table):
        self.tables = tables

    def _repr_html_(self) -> str:
        return "".join(t._repr_html_() for t in self.tables)

    def __repr__(self) -> str:
        return "\n\n".join(repr(t) for t in self.tables)


def text_version() -> _Tables:
    """Everything the figure shows, as tables: stages with traits, networks and masterplans;
    every milestone with its source."""
    rows = [[f"{s.romawi} — {s.nama}: {s.tema}",
             f"{s.periode} (di linimasa: {s.mulai}–{s.akhir})",
             " ".join(f"({i}) {c}." for i, c in enumerate(s.ciri, 1)),
             network(s).ringkasan, s.masterplan] for s in stages()]
    table1 = Table("Empat tahap maturasi jejaring kerja (Tabel 2 modul) dan padanan masterplan "
                   "Singapura",
                   ["Tahap dan tema", "Periode", "Ciri (semua butir modul)",
                    "Jejaring dalam gambar", "Masterplan Singapura"], rows)
    table2 = Table("Tonggak e-government pada linimasa",
                   ["Tahun", "Negara", "Tonggak", "Sumber", "Tahap modul pada tahun itu"],
                   [[str(m.tahun), m.negara, m.tonggak, m.sumber,
                     f"Tahap {stage_of(m.tahun).romawi}"] for m in milestones()])
    return _Tables(table1, table2)


def explorer(year=TAHUN_AWAL) -> BookFigure:
    """The static explorer: a year slider (2000–2026) whose every step is :func:`updates`,
    click on a band or milestone → detail pane, and a text version."""
    check_year(year)
    fig = figure(year, top=SLIDER_SPACE)
    fig.update_layout(sliders=[{
        "name": "Tahun", "active": year - TAHUN_AWAL, "steps": _steps(),
        "x": 0.03, "len": 0.94, "y": 1, "yanchor": "top",
        "pad": {"t": 0, "b": 0},
        "currentvalue": {"prefix": "Tahun: ", "xanchor": "left",
                         "font": {"size": 15, "color": "#000000"}},
        "font": {"size": 10, "color": "rgba(0,0,0,0)"}, "ticklen": 4, "minorticklen": 2,
    }])
    first = stage_of(year)
    alt = ("Linimasa maturasi jejaring kerja 2000–2026: empat pita tahap modul "
           + ", ".join(f"Tahap {s.romawi} {s.nama} {s.mulai}–{s.akhir}" for s in stages())
           + "; tanda tonggak e-government Singapura (masterplan eGAP I, eGAP II, iGov2010, "
           "eGov2015, UEN) dan Indonesia (LPSE, Perpres SPBE, OSS, Satu Data Indonesia, SINAR, "
           "Arsitektur SPBE, Indeks SPBE 2021 dan 2023). Di bawahnya gambar jejaring kerja "
           "tahap yang dipilih dan semua ciri tahap itu. Penggeser tahun memindahkan penanda "
           "tahun, menggambar ulang jejaringnya dan menampilkan ciri tahapnya. "
           f"Posisi awal: {year}, {first.judul}.")
    return BookFigure(fig, alt, text=text_version(), detail=PLACEHOLDER)


def checklist() -> Table:
    """The self-assessment as a printable table, for readers of the static book."""
    need = {}
    for t, crit in CRITERIA.items():
        for key, level, _ in crit:
            need.setdefault(key, []).append(f"Tahap {ROMAWI[t]}: ≥ {level}")
    rows = [[str(i), q.teks, " ".join(f"{v} = {o}." for v, o in enumerate(q.opsi)),
             "; ".join(need.get(q.key, []))] for i, q in enumerate(QUESTIONS, 1)]
    return Table("Daftar periksa: di mana instansi saya? (Tahap I tanpa syarat; setiap tahap "
                 "berikutnya juga menuntut syarat tahap-tahap sebelumnya)",
                 ["No", "Pertanyaan", "Skor", "Syarat tahap"], rows)


# ----------------------------------------------------------------- live widget
def _assessment_html(result: Assessment | None) -> str:
    if result is None:
        return ("<p><i>Jawab keenam pertanyaan di atas; tahap instansi Anda akan ditandai "
                "dengan bintang pada linimasa.</i></p>")
    return f"<p><b>{_esc(result.stage.judul)}</b></p><p>{_esc(result.penjelasan)}</p>"


def widget(year=TAHUN_SEKARANG):
    """Live version for Jupyter, Binder and Voilà: a year slider and the
    "Di mana instansi saya?" self-assessment on the same figure."""
    import ipywidgets as w

    check_year(year)
    fig = go.FigureWidget(figure(year))
    full = {"width": "100%"}
    slider = w.IntSlider(value=year, min=TAHUN_AWAL, max=TAHUN_SEKARANG, step=1,
                         description="Tahun", continuous_update=True, layout=w.Layout(**full))
    questions = {q.key: w.RadioButtons(options=[(f"{v} — {o}", v) for v, o in enumerate(q.opsi)],
                                       value=None, layout=w.Layout(**full))
                 for q in QUESTIONS}
    result = w.HTML(_assessment_html(None))
    jump = w.Button(description="Lihat jejaring tahap ini", disabled=True,
                    tooltip="Geser tahun ke awal tahap instansi Anda")
    box_state = {"highlight": None}

    def redraw(_change=None):
        apply(fig, slider.value, box_state["highlight"])

    def assess(_change=None):
        answers = {k: r.value for k, r in questions.items()}
        if any(v is None for v in answers.values()):
            box_state["highlight"], found = None, None
        else:
            found = where_is_my_agency(answers)
            box_state["highlight"] = found.tahap
        result.value = _assessment_html(found)
        jump.disabled = found is None
        redraw()

    def go_to_stage(_button):
        if box_state["highlight"] is not None:
            slider.value = stages()[box_state["highlight"] - 1].mulai

    slider.observe(redraw, names="value")
    for r in questions.values():
        r.observe(assess, names="value")
    jump.on_click(go_to_stage)
    items = [w.HTML(f"<p><b>{i}. {_esc(q.teks)}</b></p>") for i, q in enumerate(QUESTIONS, 1)]
    form = [x for pair in zip(items, questions.values()) for x in pair]
    box = w.VBox([slider, fig, w.HTML("<h3>Di mana instansi saya?</h3>"), *form, result, jump])
    box.figure, box.slider, box.questions, box.result, box.jump = (fig, slider, questions,
                                                                    result, jump)
    box.state = box_state
    return box
