"""The data loader: every table of data/ loads; bad files fail loudly, naming file, line, column."""
from __future__ import annotations


import pytest

from wogbook import data
from wogbook.data import DataError


def data_lines(name: str) -> int:
    text = data.path_of(name).read_text(encoding="utf-8")
    import csv
    return len(list(csv.reader(text.splitlines()))) - 1


@pytest.mark.parametrize("name", sorted(data.SCHEMAS))
def test_every_table_loads_with_every_row(name):
    table = data.load(name)
    assert list(table.columns) == list(data.SCHEMAS[name].names)
    assert len(table) == data_lines(name), "a row was lost on load"


@pytest.mark.parametrize("name", sorted(data.SCHEMAS))
def test_every_table_has_a_readme_row(name):
    readme = (data.DATA_DIR / "README.md").read_text(encoding="utf-8")
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
    ("a,A,5,5,5,x\n,,,,,\nb,B,1,1,1,y\n", ["baris 3", "baris kosong"]),
])
def test_bad_rows_are_reported_not_dropped(copy_dir, body, expected):
    write(copy_dir, "korupsi_preset", HEAD + body)
    with pytest.raises(DataError) as err:
        data.load("korupsi_preset", copy_dir)
    for part in expected:
        assert part in str(err.value)


def test_every_problem_is_listed_at_once(copy_dir):
    write(copy_dir, "korupsi_preset", HEAD + "a,A,11,5,5,x\nb,B,5,-1,5,y\nc,C,5,5,5,z\n")
    with pytest.raises(DataError) as err:
        data.load("korupsi_preset", copy_dir)
    assert len(err.value.problems) == 2
    assert "baris 2" in str(err.value) and "baris 3" in str(err.value)


def test_missing_and_unknown_columns(copy_dir):
    write(copy_dir, "korupsi_preset", "preset_id,nama,monopoli,diskresi,cerita,warna\na,A,1,1,x,merah\n")
    with pytest.raises(DataError) as err:
        data.load("korupsi_preset", copy_dir)
    message = str(err.value)
    assert "kolom wajib tidak ada: akuntabilitas" in message
    assert "kolom tidak dikenal: warna" in message


def test_bad_choice_names_the_allowed_values(copy_dir):
    write(copy_dir, "tantangan_wog", "jenis,butir,penjelasan,contoh\nancaman,X,Y,Z\n")
    with pytest.raises(DataError, match="'jenis': nilai 'ancaman' tidak dikenal; yang diizinkan: kekurangan, hambatan"):
        data.load("tantangan_wog", copy_dir)


def test_missing_empty_and_non_utf8_files(copy_dir):
    (copy_dir / "glosarium.csv").unlink()
    with pytest.raises(DataError, match="berkas tidak ditemukan"):
        data.load("glosarium", copy_dir)
    write(copy_dir, "glosarium", "")
    with pytest.raises(DataError, match="berkas kosong"):
        data.load("glosarium", copy_dir)
    write(copy_dir, "glosarium", "istilah,definisi\n")
    with pytest.raises(DataError, match="tidak ada satu pun baris data"):
        data.load("glosarium", copy_dir)
    (copy_dir / "glosarium.csv").write_bytes("istilah,definisi\nKorupsi,\xe9\n".encode("latin-1"))
    with pytest.raises(DataError, match="bukan teks UTF-8"):
        data.load("glosarium", copy_dir)


def test_unknown_table():
    with pytest.raises(KeyError, match="tidak dikenal"):
        data.load("tidak_ada")


def test_references_between_tables_are_checked(copy_dir):
    with open(copy_dir / "aplikasi_hubungan.csv", "a", encoding="utf-8") as f:
        f.write("P-R,Aplikasi baru,Keterangan,terkini,sumber\n")
    data.load("aplikasi_hubungan", copy_dir)  # a valid new row loads
    text = (copy_dir / "peta_konsep_sisi.csv").read_text(encoding="utf-8")
    (copy_dir / "peta_konsep_sisi.csv").write_text(text + "99,K01,K99,menuju\n", encoding="utf-8")
    with pytest.raises(DataError, match="kolom 'ke': 'K99' tidak ada di peta_konsep_simpul.csv"):
        data.load("peta_konsep_sisi", copy_dir)


def test_glossary_has_no_case_insensitive_duplicates():
    terms = [t.lower() for t in data.load("glosarium")["istilah"]]
    assert len(terms) == len(set(terms))
