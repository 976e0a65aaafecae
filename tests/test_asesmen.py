""""Di mana instansi saya?" (chapter 6): the self-assessment and its checklist.

The stage rules are written out here from data/asesmen_syarat.csv:
II needs koordinasi ≥ 1 and layanan_terpadu ≥ 1; III needs berbagi_data = 2,
proses_terintegrasi ≥ 1 and mitra_swasta ≥ 1; IV needs proses_terintegrasi = 2,
mitra_swasta = 2 and agenda_bersama = 2. A stage counts only if every earlier one does.
"""
from __future__ import annotations

import itertools
import re

import pytest

from wogbook.bab6 import asesmen
from wogbook.bab6.asesmen import where_is_my_agency
from wogbook.inti import data

KEYS = ("berbagi_data", "koordinasi", "layanan_terpadu", "proses_terintegrasi",
        "mitra_swasta", "agenda_bersama")


def answers(**given):
    base = dict.fromkeys(KEYS, 0)
    base.update(given)
    return base


def by_hand(a) -> int:
    """The stage by the rules above, written independently of the package."""
    two = a["koordinasi"] >= 1 and a["layanan_terpadu"] >= 1
    three = two and a["berbagi_data"] == 2 and a["proses_terintegrasi"] >= 1 \
        and a["mitra_swasta"] >= 1
    four = three and a["proses_terintegrasi"] == 2 and a["mitra_swasta"] == 2 \
        and a["agenda_bersama"] == 2
    return 4 if four else 3 if three else 2 if two else 1


def test_the_questions_come_from_the_csv_in_order():
    assert asesmen.question_keys() == KEYS
    first = asesmen.questions()[0]
    assert first.teks == "Apakah instansi Anda berbagi data dengan instansi lain?"
    assert first.opsi[2].startswith("Ya, rutin lewat sistem yang saling terhubung")


@pytest.mark.parametrize("given, tahap", [
    ({}, 1),
    ({"koordinasi": 1}, 1),
    ({"koordinasi": 1, "layanan_terpadu": 1}, 2),
    ({"koordinasi": 2, "layanan_terpadu": 2, "berbagi_data": 1, "proses_terintegrasi": 2}, 2),
    ({"koordinasi": 1, "layanan_terpadu": 1, "berbagi_data": 2, "proses_terintegrasi": 1,
      "mitra_swasta": 1}, 3),
    ({"koordinasi": 1, "layanan_terpadu": 1, "berbagi_data": 2, "proses_terintegrasi": 2,
      "mitra_swasta": 2, "agenda_bersama": 1}, 3),
    ({"berbagi_data": 2, "proses_terintegrasi": 2, "mitra_swasta": 2, "agenda_bersama": 2}, 1),
    (dict.fromkeys(KEYS, 2), 4),
])
def test_self_assessment_places_the_agency(given, tahap):
    result = where_is_my_agency(answers(**given))
    assert result.tahap == tahap and result.stage.tahap == tahap
    roman = {1: "I", 2: "II", 3: "III", 4: "IV"}[tahap]
    assert result.penjelasan.startswith(f"Instansi Anda berada pada Tahap {roman} — ")


def test_every_combination_of_answers_follows_the_rules():
    for combo in itertools.product((0, 1, 2), repeat=len(KEYS)):
        a = dict(zip(KEYS, combo))
        assert where_is_my_agency(a).tahap == by_hand(a), a


def test_self_assessment_explains_what_is_there_and_what_is_missing():
    result = where_is_my_agency(answers(koordinasi=1, layanan_terpadu=1, agenda_bersama=2))
    assert result.tahap == 2
    assert result.sudah == ("berkoordinasi dengan instansi lain", "warga dapat dilayani bersama "
                            "instansi lain di satu tempat atau portal")
    assert result.berikutnya == ("berbagi data secara rutin lewat sistem yang terhubung",
                                 "proses kerja mulai dirancang ulang bersama instansi lain",
                                 "swasta atau masyarakat ikut serta dalam layanan")
    assert result.lebih == ("ada agenda, target dan indikator bersama",)
    assert result.penjelasan == (
        "Instansi Anda berada pada Tahap II — Age of Transition (Integrasi Pelayanan Publik). "
        "Yang sudah ada: berkoordinasi dengan instansi lain; warga dapat dilayani bersama "
        "instansi lain di satu tempat atau portal. Untuk naik ke Tahap III masih perlu: berbagi "
        "data secara rutin lewat sistem yang terhubung; proses kerja mulai dirancang ulang "
        "bersama instansi lain; swasta atau masyarakat ikut serta dalam layanan. Catatan: "
        "sebagian ciri tahap yang lebih tinggi sudah ada (ada agenda, target dan indikator "
        "bersama), tetapi syarat tahap sebelumnya belum lengkap, jadi fondasinya perlu "
        "dibereskan lebih dulu.")
    nothing = where_is_my_agency(answers())
    assert "Syarat Tahap II (koordinasi dan layanan bersama) belum terpenuhi." in nothing.penjelasan
    top = where_is_my_agency(dict.fromkeys(KEYS, 2))
    assert top.berikutnya == () and "Semua syarat tahap tertinggi" in top.penjelasan


@pytest.mark.parametrize("bad, fragment", [
    ({k: 0 for k in KEYS[:-1]}, "Jawaban untuk agenda_bersama belum diisi; keenam pertanyaan"),
    (dict(answers(), kepuasan=2), "Pertanyaan 'kepuasan' tidak dikenal; yang ada: berbagi_data"),
    (answers(berbagi_data=3),
     "'berbagi_data' harus 0, 1 atau 2 (0 = tidak, 1 = sebagian, 2 = ya); diterima: 3."),
    (answers(mitra_swasta="2"), "'mitra_swasta' harus 0, 1 atau 2"),
    (answers(koordinasi=True), "'koordinasi' harus 0, 1 atau 2"),
    (answers(koordinasi=1.5), "'koordinasi' harus 0, 1 atau 2"),
    ([0] * 6, "Jawaban harus berupa pasangan"),
])
def test_self_assessment_refuses_bad_answers(bad, fragment):
    with pytest.raises(ValueError, match=re.escape(fragment)):
        where_is_my_agency(bad)


def test_checklist_lists_every_question_with_its_thresholds():
    table = asesmen.checklist()
    assert table.headers == ["No", "Pertanyaan", "Skor", "Syarat tahap"]
    assert [r[0] for r in table.rows] == ["1", "2", "3", "4", "5", "6"]
    assert [r[3] for r in table.rows] == [
        "Tahap III: ≥ 2", "Tahap II: ≥ 1", "Tahap II: ≥ 1", "Tahap III: ≥ 1; Tahap IV: ≥ 2",
        "Tahap III: ≥ 1; Tahap IV: ≥ 2", "Tahap IV: ≥ 2"]
    assert table.rows[1][2] == ("0 = Tidak ada. 1 = Ada, sesekali dan bergantung pada orang. "
                                "2 = Ada forum atau kesepakatan kerja yang tetap.")


# -------------------------------------------------------------------- the data
def test_a_stricter_criterion_in_the_csv_changes_the_stage(data_copy):
    path = data_copy / "asesmen_syarat.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("2,koordinasi,1,", "2,koordinasi,2,"), encoding="utf-8")
    assert where_is_my_agency(answers(koordinasi=1, layanan_terpadu=1)).tahap == 1
    assert where_is_my_agency(answers(koordinasi=2, layanan_terpadu=1)).tahap == 2
    assert asesmen.checklist().rows[1][3] == "Tahap II: ≥ 2"


@pytest.mark.parametrize("old, new, fragment", [
    ("2,koordinasi,1,", "2,kordinasi,1,",
     "baris 2, kolom 'kunci': 'kordinasi' tidak ada di asesmen_soal.csv (kolom 'kunci')"),
    ("2,koordinasi,1,", "2,koordinasi,3,", "baris 2, kolom 'skor_minimal': nilai 3 di luar"),
    ("2,koordinasi,1,", "1,koordinasi,1,",
     "baris 2, kolom 'tahap': tahap 1 tidak boleh punya syarat"),
])
def test_bad_criteria_name_file_line_and_column(data_copy, old, new, fragment):
    path = data_copy / "asesmen_syarat.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    with pytest.raises(data.DataError) as err:
        asesmen.criteria()
    assert "asesmen_syarat.csv" in str(err.value) and fragment in str(err.value)


def test_a_stage_without_criteria_is_reported(data_copy):
    path = data_copy / "asesmen_syarat.csv"
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if not x.startswith("3,")]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(data.DataError, match="tahap 3 tidak punya satu pun syarat"):
        where_is_my_agency(answers())


def test_a_question_without_an_answer_text_is_reported(data_copy):
    path = data_copy / "asesmen_soal.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(",Tidak ada,", ",,"), encoding="utf-8")
    with pytest.raises(data.DataError) as err:
        asesmen.questions()
    assert "asesmen_soal.csv" in str(err.value)
    assert "baris 3, kolom 'opsi_0': wajib diisi tetapi kosong" in str(err.value)


# ----------------------------------------------------------------- live form
def test_the_live_form_reports_each_new_assessment():
    seen = []
    form = asesmen.form(seen.append)
    assert list(form.questions) == list(KEYS) and len(form.items) == 12
    assert "Jawab keenam pertanyaan di atas" in form.result.value
    assert form.questions["koordinasi"].options[1] == ("1 — Ada, sesekali dan bergantung pada "
                                                       "orang", 1)
    for key, value in answers(koordinasi=1, layanan_terpadu=2).items():
        form.questions[key].value = value
    assert seen[-1].tahap == 2 and all(s is None for s in seen[:-1])
    assert "<b>Tahap II — Age of Transition</b>" in form.result.value
    form.questions["agenda_bersama"].value = None
    assert seen[-1] is None and "Jawab keenam" in form.result.value
