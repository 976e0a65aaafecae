"""What the chapter-5 figures share: the relation models' data and the figures' frame.

* the relation model – :func:`content` loads ``model_hubungan.csv`` and
  ``aplikasi_hubungan.csv``; :func:`check_relasi` validates a relation code (Indonesian
  ``ValueError`` naming the value and the choices); :func:`relation_title` and
  :func:`app_text` are the texts :mod:`.relasi` and :mod:`.latihan` both show;
* the frame – the mode bar without zoom, the wrap width that fits a phone, the line
  height of the figures' lists.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..inti import data
from ..inti.gaya import OKABE_ITO

SEMUA = "semua"
RELASI = ("P-R", "P-B", "P-P", "P-A")
PILIHAN_RELASI = (SEMUA, *RELASI)
GLOBAL = {"P-R": "G2C", "P-B": "G2B", "P-P": "G2G", "P-A": "G2E"}
#: One Okabe–Ito colour per relation.
COLORS = {"P-R": OKABE_ITO["oranye"], "P-B": OKABE_ITO["biru"], "P-P": OKABE_ITO["hijau"],
          "P-A": OKABE_ITO["ungu"]}
#: The figures cannot be zoomed or panned: remove those mode-bar buttons, which on a phone
#: would also cover the buttons at the top of a figure.
MODEBAR = {"remove": ["zoom", "pan", "select", "lasso", "zoomin", "zoomout", "autoscale",
                      "resetscale", "toimage", "sendChartToCloud"]}
#: Characters per line of wrapped text inside figures: fits a 390 px phone even with a wide
#: font (DejaVu Sans at 13 px is about 7.5 px per character).
WRAP = 40
#: Height of one line of a figure's list, in px.
LIST_PX_PER_LINE = 19


@dataclass(frozen=True)
class Content:
    """The validated tables of the relation models."""

    models: dict  # kode -> row of model_hubungan.csv
    apps: tuple  # rows of aplikasi_hubungan.csv, in file order


def content() -> Content:
    """``model_hubungan.csv`` and ``aplikasi_hubungan.csv``, validated. The figures draw
    all four relations: a code missing from ``model_hubungan.csv`` is a DataError."""
    models = {r["kode"]: r for r in data.load("model_hubungan").to_dict("records")}
    data.fail("model_hubungan", [f"kode '{k}' tidak ada; gambar bab 5 memerlukan keempat "
                                 f"kode: {', '.join(RELASI)}" for k in RELASI if k not in models])
    apps = tuple(data.load("aplikasi_hubungan").to_dict("records"))
    return Content(models, apps)


def check_relasi(kode, choices=PILIHAN_RELASI) -> str:
    """``kode`` if it is one of ``choices`` (default: 'semua' or a relation code)."""
    if kode not in choices:
        raise ValueError(f"Kode hubungan '{kode}' tidak dikenal; pilihan: "
                         f"{', '.join(choices)}.")
    return kode


def sentence(text: str) -> str:
    """``text`` ending with exactly one full stop."""
    return str(text).rstrip().rstrip(".") + "."


def relation_title(c: Content, kode: str) -> str:
    """'P-R · Pemerintah – Rakyat (G2C)', or the explorer's title for 'semua'."""
    check_relasi(kode)
    if kode == SEMUA:
        return "Empat model hubungan e-government"
    return f"{kode} · {c.models[kode]['jenis_hubungan']}"


def app_text(c: Content, app: dict) -> str:
    """The detail-pane text of one application."""
    source = "contoh modul (Tabel 5.1)" if app["asal"] == "modul" else "contoh terkini"
    return (f"{app['aplikasi']}\n{relation_title(c, app['kode'])}, {source}.\n"
            f"{app['keterangan']}\nSumber: {sentence(app['sumber'])}")


def click_widget(figure, detail: str, controls: dict | None = None):
    """A live figure whose points show their ``customdata`` in a detail pane when clicked
    (the live form of a figure without controls). Returns a :class:`Live`."""
    import ipywidgets as w
    import plotly.graph_objects as go

    from ..inti.widget import Live, pane

    fig = go.FigureWidget(figure)
    live = Live(w.VBox(), fig, dict(controls or {}), pane(detail))

    def clicked(trace, points, _state=None):
        if points.point_inds and trace.customdata is not None:
            live.show_point(trace, points.point_inds[0])

    for trace in fig.data:
        trace.on_click(clicked)
    live.box.children = (fig, live.detail)
    return live
