"""The data loader: every table of data/ loads; bad files fail loudly, naming file, line, column."""
from __future__ import annotations


import pytest

from wogbook.inti import data
from wogbook.inti.data import DataError
from wogbook.inti.skema import SCHEMAS


def data_rows(name: str) -> int:
    """Rows of a CSV file, counted without the csv module: a line that starts a row is one
    outside quotes (the book's files have no quoted line breaks, so every line but the
    header is a row)."""
    text = data.path_of(name).read_text(encoding="utf-8-sig")
    return sum(1 for line in text.splitlines()[1:] if line.strip())


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_table_loads_with_every_row(name):
    table = data.load(name)
    assert list(table.columns) == list(SCHEMAS[name].names)
    assert len(table) == data_rows(name), "a row was lost on load"
    assert data.lines(table) == list(range(2, len(table) + 2))


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_table_has_a_readme_row(name):
    readme = (data.data_dir() / "README.md").read_text(encoding="utf-8")
    assert f"`{name}.csv`" in readme, f"{name}.csv has no provenance row in data/README.md"


def test_known_values_of_the_module():
    tantangan = data.load("tantangan_wog")
    assert (tantangan["jenis"] == "kekurangan").sum() == 4
    assert "Ego sektoral antarinstansi" in set(tantangan["butir"])
    preset = data.load("korupsi_preset").set_index("preset_id")
    assert preset.loc["perizinan-manual", ["monopoli", "diskresi", "akuntabilitas"]].tolist() == [9, 8, 2]



def write(folder, name, text):
    (folder / f"{name}.csv").write_text(text, encoding="utf-8")


HEAD = "preset_id,nama,monopoli,diskresi,akuntabilitas,cerita\n"


@pytest.mark.parametrize("body, expected", [
    ("a,A,11,5,5,x\n", ["korupsi_preset.csv", "baris 2", "'monopoli'", "di luar rentang 0–10"]),
    ("a,A,5,lima,5,x\n", ["baris 2", "'diskresi'", "bukan bilangan bulat"]),
    ("a,A,5,5,,x\n", ["baris 2", "'akuntabilitas'", "wajib diisi"]),
    ("a,A,5,5,5,x\na,B,1,1,1,y\n", ["baris 3", "sudah ada di baris 2"]),
    ("a,A,5,5,5\n", ["baris 2", "ada 5 kolom, seharusnya 6"]),
])
def test_bad_rows_are_reported_not_dropped(data_copy, body, expected):
    write(data_copy, "korupsi_preset", HEAD + body)
    with pytest.raises(DataError) as err:
        data.load("korupsi_preset")
    for part in expected:
        assert part in str(err.value)


def test_every_problem_is_listed_at_once(data_copy):
    write(data_copy, "korupsi_preset", HEAD + "a,A,11,5,5,x\nb,B,5,-1,5,y\nc,C,5,5,5,z\n")
    with pytest.raises(DataError) as err:
        data.load("korupsi_preset")
    assert len(err.value.problems) == 2
    assert "baris 2" in str(err.value) and "baris 3" in str(err.value)


def test_missing_and_unknown_columns(data_copy):
    write(data_copy, "korupsi_preset", "preset_id,nama,monopoli,diskresi,cerita,warna\na,A,1,1,x,merah\n")
    with pytest.raises(DataError) as err:
        data.load("korupsi_preset")
    message = str(err.value)
    assert "kolom wajib tidak ada: akuntabilitas" in message
    assert "kolom tidak dikenal: warna" in message


def test_bad_choice_names_the_allowed_values(data_copy):
    write(data_copy, "tantangan_wog", "jenis,butir,penjelasan,contoh\nancaman,X,Y,Z\n")
    with pytest.raises(DataError, match="'jenis': nilai 'ancaman' tidak dikenal; yang diizinkan: kekurangan, hambatan"):
        data.load("tantangan_wog")


def test_missing_empty_and_non_utf8_files(data_copy):
    (data_copy / "glosarium.csv").unlink()
    with pytest.raises(DataError, match="berkas tidak ditemukan"):
        data.load("glosarium")
    write(data_copy, "glosarium", "")
    with pytest.raises(DataError, match="berkas kosong"):
        data.load("glosarium")
    write(data_copy, "glosarium", "istilah,definisi\n")
    with pytest.raises(DataError, match="tidak ada satu pun baris data"):
        data.load("glosarium")
    (data_copy / "glosarium.csv").write_bytes("istilah,definisi\nKorupsi,\xe9\n".encode("latin-1"))
    with pytest.raises(DataError, match="baris 2, kolom 'definisi': ada huruf yang tidak tersimpan "
                                        "sebagai UTF-8"):
        data.load("glosarium")


def test_unknown_table():
    with pytest.raises(KeyError, match="tidak dikenal"):
        data.load("tidak_ada")


def test_references_between_tables_are_checked(data_copy):
    with open(data_copy / "aplikasi_hubungan.csv", "a", encoding="utf-8") as f:
        f.write("P-R,Aplikasi baru,Keterangan,terkini,sumber\n")
    data.load("aplikasi_hubungan")  # a valid new row loads
    text = (data_copy / "peta_konsep_sisi.csv").read_text(encoding="utf-8")
    (data_copy / "peta_konsep_sisi.csv").write_text(text + "99,K01,K99,menuju\n", encoding="utf-8")
    with pytest.raises(DataError, match="kolom 'ke': 'K99' tidak ada di peta_konsep_simpul.csv"):
        data.load("peta_konsep_sisi")


def test_glossary_has_no_case_insensitive_duplicates():
    terms = [t.lower() for t in data.load("glosarium")["istilah"]]
    assert len(terms) == len(set(terms))


def test_a_multi_line_cell_is_refused_and_rows_are_numbered_as_in_a_spreadsheet(data_copy):
    # spreadsheet row 2 holds a cell of two lines (file lines 2–3); row 3 is file line 4;
    # row 4 (file line 5) is out of range
    write(data_copy, "korupsi_preset", HEAD + 'a,A,5,5,5,"baris satu\nbaris dua"\n'
                                             "b,B,1,1,1,y\nc,C,1,1,12,z\n")
    with pytest.raises(DataError) as err:
        data.load("korupsi_preset")
    assert len(err.value.problems) == 2
    assert err.value.problems[0].startswith("baris 2, kolom 'cerita': sel ini berisi ganti baris")
    assert err.value.problems[1] == \
        "baris 4, kolom 'akuntabilitas': nilai 12 di luar rentang 0–10"


def test_a_unicode_line_separator_is_refused_not_glued(data_copy):
    write(data_copy, "glosarium", "istilah,definisi\nA,pejabat\u2028dan warga\nB,dua\n")
    with pytest.raises(DataError, match=r"baris 2, kolom 'definisi': sel ini berisi pemisah baris "
                                        r"Unicode \(U\+2028\)"):
        data.load("glosarium")


def test_a_stray_quote_is_an_error_naming_the_row_and_column(data_copy):
    write(data_copy, "glosarium", 'istilah,definisi\nA,satu\nB,"dua" tiga\n')
    with pytest.raises(DataError, match="baris 3, kolom 'definisi': tanda kutip"):
        data.load("glosarium")


def test_an_edit_is_seen_at_once_even_with_the_same_size_and_time(data_copy):
    import os

    path = data_copy / "korupsi_preset.csv"
    original = path.read_text(encoding="utf-8")
    stat = path.stat()
    assert data.load("korupsi_preset").set_index("preset_id").loc["netral", "monopoli"] == 5
    path.write_text(original.replace("netral,Titik awal (semua sedang),5,", "netral,Titik awal (semua sedang),6,"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same size, same time stamp
    assert data.load("korupsi_preset").set_index("preset_id").loc["netral", "monopoli"] == 6


def test_a_reference_is_checked_again_when_the_other_table_changes(data_copy):
    data.load("aplikasi_hubungan")
    text = (data_copy / "model_hubungan.csv").read_text(encoding="utf-8")
    (data_copy / "model_hubungan.csv").write_text(
        "\n".join(line for line in text.splitlines() if not line.startswith("P-A")) + "\n",
        encoding="utf-8")
    with pytest.raises(DataError, match="'P-A' tidak ada di model_hubungan.csv"):
        data.load("aplikasi_hubungan")


def test_a_quiz_chapter_no_page_uses_is_an_error(data_copy):
    with open(data_copy / "kuis_soal.csv", "a", encoding="utf-8") as f:
        f.write("x-1,Bab1,satu,Soal?\n")
    with pytest.raises(DataError, match="kolom 'bab': nilai 'Bab1' tidak dikenal; yang diizinkan: bab1, bab1a, bab2"):
        data.load("kuis_soal")
