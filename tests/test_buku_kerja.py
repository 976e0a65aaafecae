"""The reader's own tools in the static book (``inti.formulir`` + ``wog-kerja.js``) and the
reader's workbook ("Buku Kerja Saya"): answers equal the Python models, kept across reloads,
gathered, exported, imported and cleared – in real Chromium with the network blocked."""
from __future__ import annotations

import importlib
import itertools
import json
import random
from pathlib import Path

import pandas as pd
import pytest

from wogbook.bab1 import determinan
from wogbook.bab2 import ciri
from wogbook.bab6 import asesmen
from wogbook.inti.formulir import MAX_TABLE, Centang, Formulir, Hasil, Isian, Pilihan

BAB1, BAB2, BAB6 = "book/01-latar-belakang", "book/02-pengertian-wog", "book/06-strategic-enabler"
ROOT = Path(__file__).resolve().parent.parent
WORKBOOK = "book/buku-kerja"
PHONE = {"viewport": (390, 844), "touch": True, "block_network": True, "guessed": False}
#: The form of each page the tests fill in (a page may also hold a prediction's form).
FORMS = {BAB1: "#wogform-bab1-determinan", BAB2: "#wogform-bab2-ciri",
         BAB6: "#wogform-bab6-asesmen"}
ASESMEN = FORMS[BAB6]
ASESMEN_READY = "document.getElementById('wogform-bab6-asesmen').dataset.wogSiap === 'siap'"


# ------------------------------------------------------------ fast lane: the forms
def test_cek_instansi_answers_worked_by_hand():
    form = determinan.formulir()
    every = form.answer(form.values())
    assert every.judul == "Empat determinan WoG menopang hasil bersama."
    none = form.answer(form.values(**{n: False for n in determinan.determinants()}))
    assert none.judul == "Tanpa satu pun determinan, WoG tidak berdiri."
    assert none.baris == ("Belum ada: Agenda dan tujuan bersama.", "Belum ada: Kolaborasi.",
                          "Belum ada: Jejaring kerja.", "Belum ada: Integrasi.")
    # the figure's state is the figure's own update for the same determinants
    assert none.gambar == determinan.update([]).state()


def test_asesmen_form_answers_as_the_model_and_waits_for_every_answer():
    form = asesmen.formulir()
    keys = asesmen.question_keys()
    assert [f.key for f in form.fields] == list(keys)
    assert form.answer(form.values(**{keys[0]: "2"})) is None  # five still unanswered
    zero = form.answer(form.values(**{k: "0" for k in keys}))
    assert zero.judul.startswith("Tahap I ")
    assert zero.baris[1] == "Syarat Tahap II (koordinasi dan layanan bersama) belum terpenuhi."
    full = form.answer(form.values(**{k: "2" for k in keys}))
    assert full.judul.startswith("Tahap IV ")
    assert full.baris[-1].startswith("Semua syarat tahap tertinggi terpenuhi")


def test_precomputed_table_stores_each_answer_and_sentence_once():
    table = asesmen.formulir().table()
    assert table["dims"] == [3] * 6 and len(table["index"]) == 3 ** 6
    assert len(table["hasil"]) < 200 and len(table["teks"]) == len(set(table["teks"]))


def test_a_form_with_too_many_combinations_asks_for_a_browser_module():
    fields = [Centang(f"c{i}", f"ciri {i}") for i in range(13)]  # 8192 > MAX_TABLE
    assert 2 ** 13 > MAX_TABLE
    form = Formulir("uji.besar", "9", "Besar", "", fields, lambda v: Hasil("x"))
    with pytest.raises(ValueError, match="8192 kombinasi"):
        form.table()


def test_form_text_is_escaped_and_the_payload_cannot_close_its_script():
    bad = '<img src=x onerror="alert(1)"></script><script>alert(2)</script>'
    form = Formulir("uji.xss", "9", bad, bad,
                    [Pilihan("p", bad, (("a", bad),)), Centang("c", bad, group=bad),
                     Isian("t", bad, bad)], lambda v: Hasil(bad, (bad,)))
    out = form.to_html()
    assert "<img" not in out and out.count("<script") == 1
    assert "&lt;img src=x" in out and "\\u003c/script>" in out


def test_unknown_field_is_named():
    with pytest.raises(ValueError, match="tidak ada di formulir 'Uji masalah Anda'"):
        ciri.formulir().values(banjir=True)


# ------------------------------------------------------------ in Chromium
def answers_in_browser(v, key: str, cases: list[dict]) -> list:
    """wog-kerja.js's answer for each set of values, for the form ``key`` of the page."""
    return v.page.evaluate(
        """([key, cases]) => {
             const form = document.getElementById('wogform-' + key.replace(/\\./g, '-'));
             const spec = JSON.parse(form.querySelector('script.wog-form-spec').textContent);
             return cases.map(c => wogKerja.answer(spec, c));
           }""", [key, cases])


def python_answers(form: Formulir, cases: list[dict]) -> list:
    out = []
    for case in cases:
        found = form.answer(form.values(**case))
        out.append(None if found is None else json.loads(json.dumps(found.to_dict())))
    return out


def test_browser_answers_equal_the_python_models(visit):
    """Every combination of the precomputed forms, 400 random ones of the counted one."""
    v = visit(BAB6, block_network=True)
    form = asesmen.formulir()
    keys = asesmen.question_keys()
    cases = [dict(zip(keys, combo)) for combo in itertools.product("012", repeat=len(keys))]
    cases += [{**cases[100], keys[2]: None}]  # one question unanswered: no answer yet
    assert answers_in_browser(v, "bab6.asesmen", cases) == python_answers(form, cases)

    v = visit(BAB1, block_network=True)
    form = determinan.formulir()
    names = list(determinan.determinants())
    cases = [dict(zip(names, combo)) for combo in itertools.product([False, True], repeat=4)]
    assert answers_in_browser(v, "bab1.determinan", cases) == python_answers(form, cases)

    v = visit(BAB2, block_network=True)
    form = ciri.formulir()
    ids = [f.key for f in form.fields if isinstance(f, Centang)]
    rng = random.Random(2026)
    words = ["banjir", "sampah pasar", "  antrean\tlayanan ", "stunting\u00a0balita", "\u2028",
             "e-KTP\u3000ganda", "\ufeffBOM", "x" * 70, "😀" * 65, "", "data\nkependudukan"]
    cases = [{**{i: rng.random() < 0.5 for i in ids},
              "masalah": " ".join(rng.choice(words) for _ in range(rng.randint(0, 3)))}
             for _ in range(400)]
    assert answers_in_browser(v, "bab2.ciri", cases) == python_answers(form, cases)


def test_tools_answer_by_touch_and_keep_their_answers_after_a_reload(visit):
    v = visit(BAB6, **PHONE)
    form = v.page.locator(ASESMEN)
    form.scroll_into_view_if_needed()
    v.page.wait_for_function(ASESMEN_READY)
    out = form.locator("output")
    assert out.inner_text().startswith("Jawab keenam pertanyaan")
    for i in range(6):  # a finger on each option's label (the whole label is the target)
        form.locator("fieldset").nth(i).locator("label").nth(2).tap()
    assert out.inner_text().startswith("Tahap IV")
    # every label is a tap target of at least 44 px height and fits the screen
    boxes = form.locator("label").evaluate_all(
        "ls => ls.map(l => l.getBoundingClientRect()).map(r => [r.width, r.height, r.right])")
    assert all(h >= 44 and w >= 44 and right <= 390 for w, h, right in boxes), boxes
    assert v.sideways_scroll() <= 1
    v.page.reload()
    v.page.wait_for_function(ASESMEN_READY)
    assert v.page.locator(f"{ASESMEN} output").inner_text().startswith("Tahap IV")
    checked = v.page.locator(f"{ASESMEN} input:checked").evaluate_all("e => e.map(x => x.value)")
    assert checked == ["2"] * 6
    assert v.errors == [] and v.foreign == []


def test_cek_instansi_breaks_the_pillar_on_the_figure(visit):
    v = visit(BAB1, **PHONE)
    form = v.page.locator("#wogform-bab1-determinan")
    form.scroll_into_view_if_needed()
    form.locator("label", has_text="Integrasi").tap()
    fid = determinan.formulir().gambar.element_id
    v.page.wait_for_function(
        "id => { const gd = document.getElementById(id);"
        " return gd.data && gd.data[0].y[3] < 0.5; }", arg=fid, timeout=20000)
    heights = v.page.evaluate("id => document.getElementById(id).data[0].y", fid)
    assert heights == [determinan.FULL] * 3 + [determinan.BROKEN]
    assert "Belum ada: Integrasi." in form.locator("output").inner_text()


def fill_three_tools(v):
    for page, act in ((BAB1, lambda f: f.locator("label", has_text="Kolaborasi").click()),
                      (BAB2, lambda f: (f.locator("input[type=text]").fill("banjir tahunan"),
                                        f.locator("label", has_text="1.").first.click())),
                      (BAB6, lambda f: [f.locator("fieldset").nth(i).locator("label").nth(1)
                                        .click() for i in range(6)])):
        v.page.goto(f"{v.page.url.rsplit('/book/', 1)[0]}/{page}.html")
        form = v.page.locator(FORMS[page])
        v.page.wait_for_function(
            "s => document.querySelector(s).dataset.wogSiap === 'siap'", arg=FORMS[page])
        act(form)


def workbook_entries(v) -> dict:
    """Each entry's text (heading, the reader's text, the answer), not its figure's."""
    return v.page.evaluate(
        "Object.fromEntries(Array.from(document.querySelectorAll('.wog-kerja-entri'),"
        " s => [s.dataset.wogKey, Array.from(s.querySelectorAll("
        "':scope > h3, :scope > .wog-kerja-teks, :scope > .wog-form-hasil'),"
        " e => e.innerText).join('\\n')]))")


def test_workbook_gathers_exports_clears_and_imports(visit, tmp_path):
    v = visit(BAB1, block_network=True, guessed=False)
    fill_three_tools(v)
    v.page.goto(v.page.url.rsplit("/book/", 1)[0] + f"/{WORKBOOK}.html")
    v.page.wait_for_selector("#wog-buku-kerja[data-wog-siap=siap]")
    entries = workbook_entries(v)
    assert list(entries) == ["bab1.determinan", "bab2.ciri", "bab6.asesmen"]
    assert "Belum ada: Kolaborasi." in entries["bab1.determinan"]
    assert "banjir tahunan" in entries["bab2.ciri"] and ": 1 dari 3 ciri" in entries["bab2.ciri"]
    assert "Tahap" in entries["bab6.asesmen"]
    # the saved answer of "Cek instansi Anda" drawn on its figure: Kolaborasi broken
    fid = determinan.formulir().gambar.element_id
    section = v.page.locator(".wog-kerja-entri[data-wog-key='bab1.determinan']")
    assert section.locator(f"#{fid}").count() == 1
    v.page.locator(f"#{fid}").scroll_into_view_if_needed()
    v.page.wait_for_function(
        "id => { const gd = document.getElementById(id); return gd.data && gd.data[0].y[1] < 0.5; }",
        arg=fid, timeout=20000)
    assert v.page.evaluate("id => document.getElementById(id).data[0].y", fid) == [
        determinan.FULL, determinan.BROKEN, determinan.FULL, determinan.FULL]

    with v.page.expect_download() as got:
        v.page.click(".wog-kerja-ekspor")
    saved = tmp_path / "buku-kerja-wog.json"
    got.value.save_as(saved)
    book = json.loads(saved.read_text(encoding="utf-8"))
    assert book["aplikasi"] == "buku-interaktif-wog" and set(book["entri"]) == set(entries)

    v.page.once("dialog", lambda d: d.accept())
    v.page.click(".wog-kerja-hapus")
    assert workbook_entries(v) == {}
    assert "masih kosong" in v.page.locator(".wog-kerja-isi").inner_text()

    v.page.set_input_files(".wog-kerja-berkas", str(saved))
    v.page.wait_for_function("document.querySelectorAll('.wog-kerja-entri').length === 3")
    assert workbook_entries(v) == entries
    assert "dipulihkan" in v.page.locator(".wog-kerja-pesan").inner_text()
    # and the chapter's form shows the imported answers again
    v.page.goto(v.page.url.rsplit("/book/", 1)[0] + f"/{BAB2}.html")
    v.page.wait_for_function(
        "s => document.querySelector(s).dataset.wogSiap === 'siap'", arg=FORMS[BAB2])
    assert v.page.locator(f"{FORMS[BAB2]} input[type=text]").input_value() == "banjir tahunan"
    assert v.errors == [] and v.foreign == []


BAD_FILES = {
    "bukan-json.json": ("{ini bukan json", "bukan JSON yang sah"),
    "asing.json": ('{"nama": "lain"}', "bukan Buku Kerja dari Buku Interaktif WoG"),
    "versi.json": ('{"aplikasi": "buku-interaktif-wog", "versi": 9, "entri": {}}',
                   "versi Buku Kerja 9 tidak dikenal"),
    "rusak.json": ('{"aplikasi": "buku-interaktif-wog", "versi": 1, "entri": '
                   '{"bab6.asesmen": {"bab": "6", "judul": "x", "nilai": {"q": [1]}}}}',
                   "entri 'bab6.asesmen': isian 'q' bukan teks atau centang"),
    "daftar.json": ("[1, 2]", "bukan objek JSON"),
    "markah.json": ('{"aplikasi": "buku-interaktif-wog", "versi": 1, "entri": {"bab3.profil": '
                    '{"bab": "3", "judul": "x", "nilai": {}, "hasil": {"judul": "x", "baris": [],'
                    ' "gambar": {"restyle": [], "relayout": {"title.text": '
                    '"<img src=x onerror=alert(1)>"}}}}}}',
                    "gambar hasil rusak atau memuat markah yang tidak diizinkan"),
}


def test_bad_or_foreign_import_files_get_a_message_and_change_nothing(visit, tmp_path):
    v = visit(BAB6, block_network=True, guessed=False)
    form = v.page.locator(ASESMEN)
    v.page.wait_for_function(ASESMEN_READY)
    for i in range(6):
        form.locator("fieldset").nth(i).locator("label").nth(0).click()
    v.page.goto(v.page.url.rsplit("/book/", 1)[0] + f"/{WORKBOOK}.html")
    v.page.wait_for_selector("#wog-buku-kerja[data-wog-siap=siap]")
    before = workbook_entries(v)
    stored = v.page.evaluate("localStorage.getItem('wog-buku-kerja')")
    assert list(before) == ["bab6.asesmen"]
    for name, (content, why) in BAD_FILES.items():
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        v.page.set_input_files(".wog-kerja-berkas", str(path))
        v.page.wait_for_function(
            "n => document.querySelector('.wog-kerja-pesan').textContent.includes(n)", arg=name)
        message = v.page.locator(".wog-kerja-pesan").inner_text()
        assert why in message and "tidak berubah" in message, message
        assert v.page.evaluate("localStorage.getItem('wog-buku-kerja')") == stored
        assert workbook_entries(v) == before
    assert v.errors == []


def test_profile_summary_and_bars_in_the_browser_equal_the_python_model(visit):
    """400 random ratings (some items left unscored) plus the edge cases: nothing scored,
    everything 3, every score equal, and the example agency of the chapter."""
    from wogbook.bab3 import profil

    v = visit("book/03-faktor-pendorong", block_network=True)
    form = profil.formulir()
    names = [f.key for f in form.fields]
    rng = random.Random(11)
    cases = [{n: rng.choice([None, "0", "1", "2", "3"]) for n in names} for _ in range(400)]
    cases += [{}, {n: "3" for n in names}] + [{n: s for n in names} for s in "012"]
    cases += [{n: str(s) for n, s in profil.contoh()[1].items()}]
    assert answers_in_browser(v, "bab3.profil", cases) == python_answers(form, cases)
    # worked by hand: internal 6 items all 1 -> "1,0"; one barrier at 3 is the heaviest
    one = python_answers(form, [{**{i.nama: "1" for i in profil.profile_items()
                                    if i.kategori == "internal"}, names[-1]: "3"}])[0]
    assert one["baris"][0].startswith("Rata-rata: pendorong internal 1,0 · ")
    assert one["baris"][2] == f"Hambatan terberat: {names[-1]} (3)."


def test_profile_means_are_rounded_as_python_rounds_them_for_any_category_size(visit):
    """Each mean of a category of 1–39 items, every possible sum (ties such as 0,25 included:
    Python rounds half to even, JavaScript's toFixed half up)."""
    from wogbook.bab3.profil import _one_decimal

    v = visit("book/03-faktor-pendorong", block_network=True)
    cases = [(s, n) for n in range(1, 40) for s in range(0, 3 * n + 1)]
    got = v.page.evaluate("cs => cs.map(([s, n]) => WogAlat.profil.oneDecimal(s, n))", cases)
    assert got == [_one_decimal(round(s / n, 2)) for s, n in cases]
    assert _one_decimal(round(1 / 4, 2)) == "0,2" and _one_decimal(round(3 / 4, 2)) == "0,8"


def test_a_form_does_not_draw_its_figure_before_the_reader_scrolls_to_it(visit):
    """The profile form answers at once, but its figure (and plotly.js) waits until it
    comes into view: a phone does not pay for it on the first paint."""
    from wogbook.bab3 import profil

    v = visit("book/03-faktor-pendorong", **PHONE)
    v.page.wait_for_function(
        "document.getElementById('wogform-bab3-profil').dataset.wogSiap === 'siap'")
    v.page.wait_for_timeout(1000)
    fid = profil.formulir().gambar.element_id
    assert v.page.get_attribute(f"#{fid}", "data-wog-state") is None
    assert v.page.evaluate("typeof window.Plotly") == "undefined"
    v.page.locator(f"#{fid}").scroll_into_view_if_needed()
    v.page.wait_for_selector(f"#{fid}[data-wog-state=siap]", timeout=20000)


# ------------------------------------------------------------ quizzes
def test_right_answers_are_spread_over_the_positions():
    """Before: the right answer was the first option in 29 of 32 questions."""
    import math
    from collections import Counter

    from wogbook.inti import aturan, data, kuis

    soal = data.load("kuis_soal")
    positions: dict[int, Counter] = {}
    for bab in aturan.QUIZ_CHAPTERS:
        kinds = dict(zip(soal["pertanyaan"], soal["jenis"]))
        for q in kuis.questions(bab):
            if q["type"] == "multiple_choice":
                k = len(q["answers"])
                right = [i for i, a in enumerate(q["answers"]) if a["correct"]]
                assert len(right) == 1 and kinds  # one right answer, shown once
                positions.setdefault(k, Counter())[right[0]] += 1
    for k, counts in positions.items():
        n = sum(counts.values())
        assert max(counts.values()) <= math.ceil(n / k), (k, counts)
    assert positions[3][0] < 29 / 2


def test_shown_options_are_the_csv_options_with_their_keys_and_feedback():
    from wogbook.inti import aturan, data, kuis
    from wogbook.inti.gaya import esc

    opsi = data.load("kuis_opsi")
    soal = data.load("kuis_soal")
    for bab in aturan.QUIZ_CHAPTERS:
        ids = list(soal[soal["bab"] == bab]["soal_id"])
        for sid, q in zip(ids, kuis.questions(bab)):
            rows = opsi[opsi["soal_id"] == sid].to_dict("records")
            expected = sorted((esc(r["opsi"]), bool(r["benar"]), esc(r["penjelasan"])) for r in rows)
            shown = sorted((a["answer"], a["correct"], a["feedback"]) for a in q["answers"])
            assert shown == expected, sid
    assert kuis.chapter_label("bab1a") == "1.1" and kuis.chapter_label("bab6") == "6"


def test_chapter_1_1_has_its_quiz_and_results_go_to_the_workbook(visit):
    """Every option's text from the CSV, clicked on the page, is marked as its key says,
    whatever position the shuffle gave it; the first answers are recorded."""
    from wogbook.inti import data

    soal = data.load("kuis_soal")
    opsi = data.load("kuis_opsi")
    v = visit("book/01a-koordinasi-vs-kolaborasi", block_network=True, guessed=False)
    v.page.wait_for_selector("div.Answer label.MCButton")
    answers = v.page.locator("div.Answer")
    ids = list(soal[soal["bab"] == "bab1a"]["soal_id"])
    assert answers.count() == len(ids) == 4
    for q, sid in enumerate(ids):
        rows = opsi[opsi["soal_id"] == sid].to_dict("records")
        # question 2 answered wrong first, then right; the others right at once
        wrong = [r for r in rows if not r["benar"]][:1] if q == 1 else []
        for r in wrong + [r for r in rows if r["benar"]]:
            label = answers.nth(q).locator("label.MCButton", has_text=r["opsi"])
            label.click()
            cls = label.get_attribute("class")
            assert ("correctButton" if r["benar"] else "incorrectButton") in cls, (sid, r["opsi"])
    v.page.goto(v.page.url.rsplit("/book/", 1)[0] + f"/{WORKBOOK}.html")
    v.page.wait_for_selector("#wog-buku-kerja[data-wog-siap=siap]")
    entry = workbook_entries(v)["kuis.bab1a"]
    assert "Bab 1.1 — Uji Pemahaman" in entry
    assert "3 dari 4 soal benar pada jawaban pertama" in entry
    assert "Soal 2: belum tepat" in entry and "Soal 4: benar" in entry
    assert v.errors == [] and v.foreign == []


# ------------------------------------------------------------ predictions
def prediction_pages() -> list[tuple[str, str]]:
    """(page, tool) of every prediction in data/tebakan.csv: the page whose cell calls it."""
    table = pd.read_csv(ROOT / "data" / "tebakan.csv")
    pages = []
    for tool in table["alat"]:
        call = f"{tool.split('.')[1]}.tebakan()"
        found = [p for p in sorted((ROOT / "book").glob("*.ipynb")) if call in p.read_text()]
        assert len(found) == 1, (tool, found)
        pages.append((f"book/{found[0].stem}", tool))
    return pages


@pytest.mark.parametrize("page, tool", prediction_pages())
def test_a_prediction_hides_the_outcome_until_the_guess_is_made(visit, page, tool):
    """Before the guess the figure is covered (blurred, inert: out of reach of finger,
    keyboard and screen reader); the guess opens it and is set against the outcome."""
    form = importlib.import_module(f"wogbook.{tool}").tebakan()
    v = visit(page, **PHONE)
    dom = v.page.locator(f"#{form.dom_id}")
    v.page.wait_for_function("id => document.getElementById(id).dataset.wogSiap === 'siap'",
                             arg=form.dom_id)
    figure = v.page.locator(f"figure:has(#{form.gambar.element_id})")
    assert "wog-tertutup" in figure.get_attribute("class")
    assert figure.get_attribute("inert") == ""
    assert figure.evaluate("f => getComputedStyle(f.firstElementChild).filter").startswith("blur")
    assert dom.locator("output").inner_text() == form.menunggu
    dom.scroll_into_view_if_needed()
    question = form.fields[0]
    last_value, last_label = question.options[-1]
    dom.locator("label", has_text=last_label).tap()
    assert "wog-tertutup" not in figure.get_attribute("class")
    assert figure.get_attribute("inert") is None
    expected = form.answer(form.values(tebakan=last_value))
    assert dom.locator("output").inner_text().splitlines()[0] == expected.judul
    v.page.reload()
    v.page.wait_for_function("id => document.getElementById(id).dataset.wogSiap === 'siap'",
                             arg=form.dom_id)
    assert "wog-tertutup" not in v.page.locator(
        f"figure:has(#{form.gambar.element_id})").get_attribute("class")


def test_prediction_feedback_worked_by_hand():
    from wogbook.bab1 import simulasi
    from wogbook.bab4 import korupsi

    sim = simulasi.tebakan()
    # 5 agencies, ego 0.5, data 0.5, 24 months: collaboration 72 %, coordination 61 %
    right = sim.answer(sim.values(tebakan="kolaborasi"))
    assert right.baris[0].endswith("kolaborasi 72%, koordinasi 61% bayi terlindungi.")
    assert right.baris[1].startswith("Tebakan Anda tepat")
    assert sim.answer(sim.values(tebakan="sama")).baris[1].startswith("Simulasi berkata lain")
    kor = korupsi.tebakan()
    # manual -> online: monopoly 9 -> 5, discretion 8 -> 3, accountability 2 -> 8
    wrong = kor.answer(kor.values(tebakan="diskresi"))
    assert wrong.baris[1] == "Yang paling banyak berubah justru Akuntabilitas."
    assert kor.answer(kor.values(tebakan="akuntabilitas")).baris[1].startswith("Tepat")
    from wogbook.bab8 import ipk

    # CPI 2024 (TI): SGP 84, KOR 64, MYS 50, IDN 37, THA 34 -> Indonesia 4th of 5
    cpi = ipk.tebakan()
    assert cpi.answer(cpi.values(tebakan="4")).baris[1] == "Tepat: Indonesia di urutan ke-4 dari 5."
    from wogbook.bab6 import linimasa

    # data/jejaring_tahap.csv: the private sector (S) is inside the shared group from stage 4
    assert linimasa.private_sector_joins().tahap == 4
    tl = linimasa.tebakan()
    assert tl.answer(tl.values(tebakan="4")).baris[1] == "Tepat."


def test_prediction_feedback_counted_by_hand():
    """The answers of chapters 2, 3, 5 and 7, counted by hand in the CSV files."""
    from wogbook.bab2 import perspektif
    from wogbook.bab3 import pendorong
    from wogbook.bab5 import relasi
    from wogbook.bab7 import peta

    # perspektif_pihak.csv: six parties for 'banjir', Kementerian PU first
    parties = perspektif.tebakan()
    assert parties.answer(parties.values(tebakan="6")).baris[0].startswith(
        "Tepat: 6 pihak, masing-masing dengan potongannya sendiri: Kementerian PU (sungai")
    assert parties.answer(parties.values(tebakan="4")).baris[0].startswith("Bukan 4, melainkan 6")
    # faktor_pendorong.csv: 16 drivers; tantangan_wog.csv: 4 shortcomings + 5 barriers
    lists = pendorong.tebakan()
    answer = lists.answer(lists.values(tebakan="sama"))
    assert answer.baris[:2] == ("Buku ini memuat 16 butir pendorong dan 9 butir tantangan "
                                "(kekurangan dan hambatan).", "Yang lebih banyak justru pendorong.")
    # aplikasi_hubungan.csv: P-R 4, P-B 8, P-P 5, P-A 4
    apps = relasi.tebakan()
    assert apps.answer(apps.values(tebakan="P-R")).baris[:2] == (
        "Contoh aplikasi di buku ini (modul dan terkini) dalam hubungan dengan Rakyat 4, "
        "Bisnis 8, Pemerintah lain 5, ASN 4.",
        "Yang terbanyak justru P-B (Bisnis).")
    assert apps.answer(apps.values(tebakan="P-B")).baris[1] == "Tepat."
    # peta_konsep_sisi.csv: WoG (K11) is at 9 arrows, e-Government (K19) at 6
    cmap = peta.tebakan()
    assert [o[1] for o in cmap.fields[0].options] == ["Wicked problems", "Jejaring kerja", "WoG",
                                                      "e-Government"]
    assert cmap.answer(cmap.values(tebakan="K19")).baris[:2] == (
        "Panah masuk dan keluar: Wicked problems 5, Jejaring kerja 5, WoG 9, e-Government 6.",
        "Yang paling banyak terhubung justru WoG.")


# ------------------------------------------------------------ group codes
def test_codes_round_trip_and_catch_typing_mistakes():
    from wogbook.kelas import banding

    rng = random.Random(7)
    for form in banding.shared_forms():
        dims = form.dims()
        for _ in range(200):
            values = form.values(**{
                f.key: (rng.random() < 0.5 if isinstance(f, Centang) else
                        rng.choice([o[0] for o in f.options] + ([] if form.lengkap else [None])))
                for f in dims})
            code = form.kode(values)
            assert code.startswith(form.awalan + "-")
            assert form.dari_kode(code) == values
            assert form.dari_kode(" " + code.lower() + " ") == values  # as typed from a board
            body = code.split("-", 1)[1]
            i = rng.randrange(len(body))
            wrong = body[:i] + ("1" if body[i] != "1" else "2") + body[i + 1:]
            with pytest.raises(ValueError, match="rusak"):
                form.dari_kode(f"{form.awalan}-{wrong}")
    tahap = banding.shared_forms()[3]
    with pytest.raises(ValueError, match="bukan kode 'Di mana instansi saya\\?' "
                                         "\\(kodenya diawali TAHAP-\\)"):
        tahap.dari_kode("PROFIL-123")
    with pytest.raises(ValueError, match="harus ada 3 huruf atau angka"):
        tahap.dari_kode("TAHAP-1")
    with pytest.raises(ValueError, match="belum dijawab"):
        tahap.kode(tahap.values())


def test_comparison_in_python_names_each_wrong_line():
    from wogbook.kelas import banding

    tahap = banding.shared_forms()[3]
    keys = asesmen.question_keys()
    a = tahap.kode(tahap.values(**{k: "2" for k in keys}))
    b = tahap.kode(tahap.values(**{k: "0" for k in keys}))
    rows = banding.bandingkan(f"Kelompok A: {a}\n\nB: {b}\nC: XYZ-12\n{a[:-1]}")
    assert [(r.nomor, r.kelompok) for r in rows] == [(1, "Kelompok A"), (3, "B"), (4, "C"),
                                                     (5, "Kelompok 4")]
    assert rows[0].hasil.judul.startswith("Tahap IV") and rows[1].hasil.judul.startswith("Tahap I ")
    assert rows[2].galat.startswith("Baris 4: kode 'XYZ-12' tidak dikenal; kode diawali CEK-")
    assert rows[3].galat.startswith("Baris 5: Kode") and "rusak" in rows[3].galat


def test_browser_codes_equal_python_codes(visit):
    """Every combination of the maturity form, 300 random ratings, both ways."""
    from wogbook.bab3 import profil

    v = visit(BAB6, block_network=True)
    form = asesmen.formulir()
    keys = asesmen.question_keys()
    cases = [dict(zip(keys, c)) for c in itertools.product("012", repeat=len(keys))]
    got = v.page.evaluate(
        """cases => { const f = document.getElementById('wogform-bab6-asesmen');
             const spec = JSON.parse(f.querySelector('script.wog-form-spec').textContent);
             return cases.map(c => wogKerja.kode(spec, c)); }""", cases)
    assert got == [form.kode(form.values(**c)) for c in cases]

    v = visit("book/03-faktor-pendorong", block_network=True)
    form = profil.formulir()
    rng = random.Random(5)
    cases = [{f.key: rng.choice([None, "0", "1", "2", "3"]) for f in form.fields}
             for _ in range(300)]
    codes = [form.kode(form.values(**c)) for c in cases]
    back = v.page.evaluate(
        """([cases, codes]) => { const f = document.getElementById('wogform-bab3-profil');
             const spec = JSON.parse(f.querySelector('script.wog-form-spec').textContent);
             return [cases.map(c => wogKerja.kode(spec, c)),
                     codes.map(c => wogKerja.dariKode(spec, c).values)]; }""", [cases, codes])
    assert back[0] == codes
    assert back[1] == [form.values(**c) for c in cases]


def test_a_code_made_on_a_chapter_page_shows_in_the_comparison(visit):
    """Five groups: one code read off the chapter's form, four made in Python, one damaged."""
    from wogbook.kelas import banding

    v = visit(BAB6, **PHONE)
    form = v.page.locator(ASESMEN)
    v.page.wait_for_function(ASESMEN_READY)
    for i in range(6):
        form.locator("fieldset").nth(i).locator("label").nth(1).tap()
    shown = form.locator(".wog-form-kode code").inner_text()
    tahap = banding.shared_forms()[3]
    keys = asesmen.question_keys()
    assert shown == tahap.kode(tahap.values(**{k: "1" for k in keys}))
    others = [tahap.kode(tahap.values(**{k: s for k in keys})) for s in "02"]
    cek = banding.shared_forms()[0]
    broken = cek.kode(cek.values())
    lines = [f"Kelompok A: {shown}", f"Kelompok B: {others[0]}", f"Kelompok C: {others[1]}",
             f"Kelompok D: {cek.kode(cek.values(Kolaborasi=False))}", f"Kelompok E: {broken[:-1]}"]
    v.page.goto(v.page.url.rsplit("/book/", 1)[0] + "/book/banding-kelompok.html")
    v.page.wait_for_selector("#wog-banding[data-wog-siap=siap]")
    v.page.fill("#wog-banding-kode", "\n".join(lines))
    v.page.click(".wog-banding-tombol")
    cards = v.page.locator(".wog-banding-alat[data-wog-key='bab6.asesmen'] .wog-banding-kartu")
    assert cards.count() == 3
    expected = [r.hasil.judul for r in banding.bandingkan("\n".join(lines)) if r.hasil]
    titles = v.page.locator(".wog-banding-kartu .wog-form-hasil strong").all_inner_texts()
    assert titles == expected[3:] + expected[:3]  # chapter 1's tool first, as in the book
    assert cards.nth(0).locator("h4").inner_text() == "Kelompok A"
    message = v.page.locator(".wog-banding-pesan").inner_text()
    assert message.startswith("Baris 5: Kode") and "rusak" in message
    assert v.errors == [] and v.foreign == []


def test_sandbox_in_the_browser_equals_the_python_simulation(visit):
    """Section 1.1 with every parameter: 300 random choices and the corners (1 and 8 agencies,
    ego and data 0 and 1, 6 and 24 months, each seed) give the same lines and text."""
    from wogbook.bab1 import simulasi

    v = visit("book/01a-koordinasi-vs-kolaborasi", block_network=True)
    form = simulasi.kotak_pasir()
    rng = random.Random(3)
    levels = {f.key: [o[0] for o in f.options] for f in form.fields}
    cases = [{k: rng.choice(opts) for k, opts in levels.items()} for _ in range(300)]
    cases += [{"instansi": n, "ego": e, "berbagi_data": d, "insentif": "0.0", "bulan": b,
               "seed": s} for n in ("1", "8") for e in ("0.0", "1.0") for d in ("0.0", "1.0")
              for b in ("6", "24") for s in ("1", "2", "3")]
    assert answers_in_browser(v, "bab1a.kotak", cases) == python_answers(form, cases)


def test_sandbox_redraws_the_figure_when_a_choice_is_tapped(visit):
    from wogbook.bab1 import simulasi

    v = visit("book/01a-koordinasi-vs-kolaborasi", **PHONE)
    form = simulasi.kotak_pasir()
    dom = v.page.locator(f"#{form.dom_id}")
    dom.scroll_into_view_if_needed()
    dom.locator("fieldset").nth(0).locator("label", has_text="1").first.tap()  # one agency
    fid = form.gambar.element_id
    v.page.locator(f"#{fid}").scroll_into_view_if_needed()
    v.page.wait_for_function(
        "id => { const gd = document.getElementById(id);"
        " return gd.data && gd.data[0].y.join() === gd.data[1].y.join(); }", arg=fid,
        timeout=20000)  # one agency: both lines coincide
    expected = form.answer(form.values(instansi="1"))
    assert dom.locator("output strong").inner_text() == expected.judul
    assert v.errors == []


@pytest.mark.parametrize("page, key", [(BAB1, "bab1.determinan"), (BAB2, "bab2.ciri"),
                                       ("book/03-faktor-pendorong", "bab3.profil"),
                                       ("book/01a-koordinasi-vs-kolaborasi", "bab1a.kotak")])
def test_every_tool_keeps_what_the_reader_entered_after_a_reload(visit, page, key):
    v = visit(page, **PHONE)
    dom_id = "wogform-" + key.replace(".", "-")
    ready = f"document.getElementById('{dom_id}').dataset.wogSiap === 'siap'"
    v.page.wait_for_function(ready)
    form = v.page.locator(f"#{dom_id}")
    form.scroll_into_view_if_needed()
    labels = form.locator("label:has(input[type=radio]), label:has(input[type=checkbox])")
    for i in range(0, labels.count(), 3):  # every third choice
        labels.nth(i).tap()
    if form.locator("input[type=text]").count():
        form.locator("input[type=text]").fill("antrean layanan")
    state = "f => [Array.from(f.querySelectorAll('input'), i => i.type === 'text' ? i.value :" \
            " i.checked), f.querySelector('output').innerText]"
    before = form.evaluate(state)
    v.page.reload()
    v.page.wait_for_function(ready)
    assert v.page.locator(f"#{dom_id}").evaluate(state) == before
    assert v.errors == [] and v.foreign == []


def test_mode_kelas_compares_the_groups_codes_with_names_escaped():
    from wogbook.kelas import banding

    live = banding.widget()
    tahap = banding.shared_forms()[3]
    keys = asesmen.question_keys()
    codes = [tahap.kode(tahap.values(**{k: s for k in keys})) for s in "012"]
    live.controls["kode"].value = "\n".join(
        [f"<b>Kelompok</b> {n}: {c}" for n, c in zip("ABC", codes)] + ["D: TAHAP-00"])
    live.controls["bandingkan"].click()
    shown = live.controls["hasil"].value
    assert shown.count("&lt;b&gt;Kelompok&lt;/b&gt;") == 3 and "<b>Kelompok</b>" not in shown
    for c in codes:
        judul = tahap.answer(tahap.dari_kode(c)).judul
        assert f"<b>{judul}</b>" in shown
    assert "Baris 4: Kode &#39;TAHAP-00&#39; rusak" in shown  # escaped, as all CSV/user text


def test_an_unanswered_prediction_prints_as_a_paper_question(visit):
    """On paper the waiting line ("… terbuka setelah itu") would be false: it is not printed;
    the reader is told to circle a guess before looking at the figure, which prints unblurred.
    Once answered, the answer prints."""
    from wogbook.bab2 import perspektif

    form = perspektif.tebakan()
    v = visit(BAB2, **PHONE)
    v.page.wait_for_function("id => document.getElementById(id).dataset.wogSiap === 'siap'",
                             arg=form.dom_id)
    v.page.emulate_media(media="print")
    dom = v.page.locator(f"#{form.dom_id}")
    assert not dom.locator("output").is_visible()
    assert dom.locator(".wog-print-only").inner_text().startswith("Di kertas: lingkari tebakan")
    figure = v.page.locator(f"figure:has(#{form.gambar.element_id})")
    assert figure.evaluate("f => getComputedStyle(f.firstElementChild).filter") == "none"
    v.page.emulate_media(media="screen")
    dom.locator("label", has_text="6").tap()
    v.page.emulate_media(media="print")
    assert dom.locator("output").inner_text().startswith("Tebakan Anda: 6 pihak.")
