"""The schema of every table in ``data/``: columns, keys, references and rules.

One entry per CSV file; :func:`wogbook.inti.data.load` applies it. A new table is one
entry here, one CSV file and one row in ``data/README.md``. Rules that look across rows
or tables are small functions in :mod:`wogbook.inti.aturan`; all validation lives in
these two files.
"""
from __future__ import annotations

from .aturan import (
    AGENCY_COUNT, COUNTRY_CODES, DETERMINANT_COUNT, DRIVER_CATEGORIES, EDGE_KINDS, GUESS_PRESETS,
    GUESS_PROBLEM, KLITGAARD_FACTORS, LIVE_PRESET, NODE_KINDS, PREDICTIONS, PRIVATE_SECTOR,
    QUIZ_CHAPTERS, RELATION_CODES, SIM_AGENCIES, WORKBOOK_CHAPTERS, agencies_numbered,
    criteria_per_stage, driver_sources, effects_reduce_corruption, every_category_once,
    every_factor, every_function_has_effect, every_prediction, every_stage_has_traits, exactly,
    example_profile, figure_texts, has_ids, indonesia_every_year, links_are_barriers,
    links_join_two_actors, map_chapters, network_groups, parties_per_problem,
    private_sector_joins, quiz_answers, screens_exist, stages_follow, terms_exist, tools_have,
    traits_per_source,
)
from .data import Col, Schema

SCHEMAS: dict[str, Schema] = {
    "tantangan_wog": Schema(
        (
            Col("jenis", "pilihan", choices=("kekurangan", "hambatan")),
            Col("butir"),
            Col("penjelasan"),
            Col("contoh"),
        ),
        key=("butir",),
        description="Kekurangan dan hambatan WoG (modul bagian 4)",
    ),
    "korupsi_preset": Schema(
        (
            Col("preset_id"),
            Col("nama"),
            Col("monopoli", "bulat", min=0, max=10),
            Col("diskresi", "bulat", min=0, max=10),
            Col("akuntabilitas", "bulat", min=0, max=10),
            Col("cerita"),
        ),
        key=("preset_id",),
        checks=(has_ids("preset_id", {
            LIVE_PRESET: "versi langsung bab 4 dan Mode Kelas (keadaan awal)",
            GUESS_PRESETS[0]: "alat interaktif dan tebakan bab 4 (skenario awal)",
            GUESS_PRESETS[1]: "tebakan bab 4 (skenario pembanding)"}),),
        description="Skenario siap pakai untuk alat interaktif rumus korupsi",
    ),
    "glosarium": Schema(
        (Col("istilah"), Col("definisi")),
        key=("istilah",),
        checks=(terms_exist,),
        description="Istilah kunci buku dan definisinya",
    ),
    "koordinasi_kolaborasi": Schema(
        (Col("aspek"), Col("koordinasi"), Col("kolaborasi")),
        key=("aspek",),
        description="Koordinasi dan kolaborasi berdampingan, per aspek (bab 1)",
    ),
    "koordinasi_instansi": Schema(
        (Col("instansi"), Col("tujuan_sendiri")),
        key=("instansi",),
        checks=(exactly(AGENCY_COUNT, "lima instansi cerita bab 1"),),
        description="Lima instansi cerita pembuka bab 1 dan tujuan masing-masing",
    ),
    "teks_gambar": Schema(
        (Col("gambar", "pilihan", choices=("koordinasi", "determinan")), Col("kunci"),
         Col("teks")),
        key=("gambar", "kunci"),
        checks=(figure_texts,),
        description="Teks tunggal gambar bab 1 (tujuan bersama, hasil bersama)",
    ),
    "determinan_wog": Schema(
        (Col("determinan"), Col("penjelasan"), Col("contoh")),
        key=("determinan",),
        checks=(exactly(DETERMINANT_COUNT, "empat determinan"),),
        description="Empat faktor determinan WoG (bab 1)",
    ),
    "instansi_simulasi": Schema(
        (Col("urutan", "bulat", min=1, max=SIM_AGENCIES), Col("instansi")),
        key=("urutan",),
        checks=(agencies_numbered,),
        description="Instansi simulasi koordinasi vs kolaborasi, menurut urutan bergabung (1.1)",
    ),
    "ciri_wicked_problem": Schema(
        (
            Col("sumber", "pilihan", choices=("modul", "rittel1973", "apsc2007")),
            Col("no", "bulat", min=1, max=20),
            Col("ciri"),
            Col("penjelasan"),
        ),
        key=("sumber", "no"),
        refs=(("sumber", "sumber_wicked_problem", "sumber"),),
        checks=(traits_per_source,),
        description="Ciri wicked problems menurut modul, Rittel & Webber dan APSC (bab 2)",
    ),
    "sumber_wicked_problem": Schema(
        (Col("sumber", "pilihan", choices=("modul", "rittel1973", "apsc2007")), Col("nama"),
         Col("singkat"), Col("catatan")),
        key=("sumber",),
        description="Tiga sumber ciri wicked problems: nama, label tombol, catatan (bab 2)",
    ),
    "perspektif_masalah": Schema(
        (Col("masalah"), Col("nama"), Col("hasil")),
        key=("masalah",),
        checks=(has_ids("masalah", {GUESS_PROBLEM: "tebakan bab 2"}),),
        description="Contoh masalah Gambar 2 (Perspektif WoG) dan hasil bersamanya (bab 2)",
    ),
    "perspektif_pihak": Schema(
        (Col("masalah"), Col("pihak"),
         Col("kelompok", "pilihan", choices=("pusat", "daerah", "nonpemerintah")),
         Col("potongan"), Col("tujuan_sendiri")),
        key=("masalah", "pihak"),
        refs=(("masalah", "perspektif_masalah", "masalah"),),
        checks=(parties_per_problem,),
        description="Pihak setiap contoh masalah Gambar 2: potongan yang dilihat dan tujuan "
                    "sendiri dalam cara pandang silo (bab 2)",
    ),
    "faktor_pendorong": Schema(
        (
            Col("kategori", "pilihan", choices=("internal", "eksternal")),
            Col("faktor"),
            Col("penjelasan"),
            Col("contoh_indonesia"),
            Col("sumber"),
        ),
        key=("faktor",),
        checks=(driver_sources,),
        description="Faktor pendorong WoG, internal dan eksternal (bab 3)",
    ),
    "pendorong_hambatan": Schema(
        (Col("faktor"), Col("butir_hambatan"), Col("penjelasan")),
        key=("faktor", "butir_hambatan"),
        refs=(("faktor", "faktor_pendorong", "faktor"), ("butir_hambatan", "tantangan_wog", "butir")),
        checks=(links_are_barriers,),
        description="Hambatan yang biasa dihadang setiap faktor pendorong (bab 3 dan 4; "
                    "penalaran tim buku)",
    ),
    "kategori_pendorong_tantangan": Schema(
        (
            Col("kategori", "pilihan", choices=DRIVER_CATEGORIES),
            Col("penjelasan"),
            Col("sumber_butir", required=False),
        ),
        key=("kategori",),
        checks=(every_category_once,),
        description="Penjelasan pusat dan keempat kategori alat interaktif pendorong dan tantangan "
                    "(bab 3 dan 4)",
    ),
    "contoh_profil_instansi": Schema(
        (
            Col("instansi"),
            Col("butir"),
            Col("skor", "bulat", min=0, max=3),
        ),
        key=("butir",),
        checks=(example_profile,),
        description="Profil contoh instansi fiktif untuk \"Nilai instansi Anda\" (bab 3)",
    ),
    "manfaat_egov": Schema(
        (Col("no", "bulat", min=1, max=20), Col("manfaat"), Col("contoh_indonesia")),
        key=("no",),
        description="Lima manfaat e-government (bab 5)",
    ),
    "fungsi_antikorupsi": Schema(
        (Col("no", "bulat", min=1, max=20), Col("fungsi"), Col("penjelasan"), Col("contoh")),
        key=("no",),
        description="Empat fungsi strategis e-government dalam pemberantasan korupsi (bab 5)",
    ),
    "unsur_klitgaard": Schema(
        (
            Col("unsur", "pilihan", choices=KLITGAARD_FACTORS),
            Col("nama"),
            Col("penjelasan"),
            Col("tanda", "pilihan", choices=("+", "−")),
        ),
        key=("unsur",),
        checks=(every_factor,),
        description="Tiga unsur rumus korupsi Klitgaard dan tandanya dalam rumus (bab 4 dan 5)",
    ),
    "pengaruh_antikorupsi": Schema(
        (
            Col("no", "bulat", min=1, max=20),
            Col("unsur", "pilihan", choices=KLITGAARD_FACTORS),
            Col("pengaruh", "pilihan", choices=("melemahkan", "menguatkan")),
            Col("alasan"),
        ),
        key=("no", "unsur"),
        refs=(("no", "fungsi_antikorupsi", "no"), ("unsur", "unsur_klitgaard", "unsur")),
        checks=(effects_reduce_corruption, every_function_has_effect),
        description="Pengaruh tiap fungsi antikorupsi pada unsur rumus Klitgaard (bab 5; "
                    "penalaran tim buku)",
    ),
    "model_hubungan": Schema(
        (Col("kode", "pilihan", choices=RELATION_CODES), Col("jenis_hubungan"),
         Col("deskripsi")),
        key=("kode",),
        description="Empat model hubungan e-government, Tabel 1 modul (bab 5)",
    ),
    "aplikasi_hubungan": Schema(
        (
            Col("kode", "pilihan", choices=("P-R", "P-B", "P-P", "P-A")),
            Col("aplikasi"),
            Col("keterangan"),
            Col("asal", "pilihan", choices=("modul", "terkini")),
            Col("sumber"),
        ),
        key=("kode", "aplikasi"),
        refs=(("kode", "model_hubungan", "kode"),),
        description="Contoh aplikasi tiap model hubungan: dari modul dan sistem terkini (bab 5)",
    ),
    "tahap_maturasi": Schema(
        (
            Col("tahap", "bulat", min=1, max=4),
            Col("nama"),
            Col("tahun_mulai", "bulat", min=1990, max=2100),
            Col("tahun_selesai", "bulat", required=False, min=1990, max=2100),
            Col("tema"),
            Col("masterplan_singapura"),
        ),
        key=("tahap",),
        checks=(stages_follow,),
        description="Empat tahap maturasi jejaring kerja, Tabel 2 modul (bab 6)",
    ),
    "ciri_maturasi": Schema(
        (Col("tahap", "bulat", min=1, max=4), Col("no", "bulat", min=1, max=20), Col("ciri")),
        key=("tahap", "no"),
        refs=(("tahap", "tahap_maturasi", "tahap"),),
        checks=(every_stage_has_traits,),
        description="Ciri setiap tahap maturasi, Tabel 2 modul (bab 6)",
    ),
    "tonggak_maturasi": Schema(
        (
            Col("tahun", "bulat", min=2000, max=2026),
            Col("negara", "pilihan", choices=("Singapura", "Indonesia")),
            Col("tonggak"),
            Col("sumber"),
        ),
        key=("tahun", "negara", "tonggak"),
        description="Tonggak e-government Singapura dan Indonesia pada linimasa maturasi (bab 6)",
    ),
    "jejaring_simpul": Schema(
        (
            Col("simpul"),
            Col("label"),
            Col("jenis", "pilihan", choices=NODE_KINDS),
            Col("x", "desimal", min=0, max=1),
            Col("y", "desimal", min=0, max=1),
            Col("selalu_tampil", "ya_tidak"),
            Col("keterangan"),
        ),
        key=("simpul",),
        checks=(has_ids("simpul", {PRIVATE_SECTOR: "tebakan bab 6 (sektor swasta)"}),),
        description="Pelaku dalam gambar jejaring kerja tiap tahap maturasi (bab 6)",
    ),
    "jejaring_tahap": Schema(
        (
            Col("tahap", "bulat", min=1, max=4),
            Col("silo", required=False),
            Col("klaster", required=False),
            Col("ringkasan"),
        ),
        key=("tahap",),
        refs=(("tahap", "tahap_maturasi", "tahap"),),
        checks=(network_groups, private_sector_joins),
        description="Kelompok dan ringkasan jejaring kerja tiap tahap maturasi (bab 6)",
    ),
    "jejaring_sisi": Schema(
        (
            Col("tahap", "bulat", min=1, max=4),
            Col("dari"),
            Col("ke"),
            Col("jenis", "pilihan", choices=EDGE_KINDS),
        ),
        key=("tahap", "dari", "ke"),
        refs=(("tahap", "jejaring_tahap", "tahap"), ("dari", "jejaring_simpul", "simpul"),
              ("ke", "jejaring_simpul", "simpul")),
        checks=(links_join_two_actors,),
        description="Hubungan antarpelaku dalam jejaring kerja tiap tahap maturasi (bab 6)",
    ),
    "asesmen_soal": Schema(
        (Col("kunci"), Col("pertanyaan"), Col("opsi_0"), Col("opsi_1"), Col("opsi_2")),
        key=("kunci",),
        description="Pertanyaan penilaian diri \"Di mana instansi saya?\" dan jawaban 0–2 (bab 6)",
    ),
    "asesmen_syarat": Schema(
        (
            Col("tahap", "bulat", min=1, max=4),
            Col("kunci"),
            Col("skor_minimal", "bulat", min=1, max=2),
            Col("arti"),
        ),
        key=("tahap", "kunci"),
        refs=(("tahap", "tahap_maturasi", "tahap"), ("kunci", "asesmen_soal", "kunci")),
        checks=(criteria_per_stage,),
        description="Syarat tiap tahap maturasi dalam penilaian diri (bab 6)",
    ),
    "peta_konsep_simpul": Schema(
        (Col("kode"), Col("singkat"), Col("label"), Col("bab"),
         Col("x", "desimal", min=-50, max=50), Col("y", "desimal", min=-50, max=50)),
        key=("kode",),
        checks=(map_chapters,),
        description="Simpul peta konsep seluruh buku (bab 7)",
    ),
    "peta_konsep_sisi": Schema(
        (Col("no", "bulat", min=1, max=999), Col("dari"), Col("ke"), Col("label")),
        key=("no",),
        refs=(("dari", "peta_konsep_simpul", "kode"), ("ke", "peta_konsep_simpul", "kode")),
        description="Hubungan berlabel antarsimpul peta konsep (bab 7)",
    ),
    "ipk": Schema(
        (
            Col("iso3", "pilihan", choices=COUNTRY_CODES),
            Col("negara"),
            Col("tahun", "bulat", min=2012, max=2030),
            Col("skor", "bulat", min=0, max=100),
            Col("peringkat", "bulat", required=False, min=1, max=200),
            Col("sumber"),
        ),
        key=("iso3", "tahun"),
        checks=(indonesia_every_year,),
        description="Indeks Persepsi Korupsi (CPI) Transparency International, skala 0–100",
    ),
    "ipk_skala_lama": Schema(
        (
            Col("iso3", "pilihan", choices=COUNTRY_CODES),
            Col("negara"),
            Col("tahun", "bulat", min=1995, max=2011),
            Col("skor_0_10", "desimal", min=0, max=10),
            Col("sumber"),
        ),
        key=("iso3", "tahun"),
        description="CPI sebelum 2012, skala 0–10 (metode lama, tidak sebanding)",
    ),
    "egdi": Schema(
        (
            Col("iso3", "pilihan", choices=COUNTRY_CODES),
            Col("negara"),
            Col("tahun", "bulat", min=2003, max=2030),
            Col("peringkat", "bulat", min=1, max=200),
            *(Col(c, "desimal", required=False, min=0, max=1)
              for c in ("egdi", "osi", "hci", "tii", "epi")),
            Col("sumber"),
        ),
        key=("iso3", "tahun"),
        description="E-Government Development Index (UN DESA) dan komponennya",
    ),
    "spbe": Schema(
        (
            Col("tahun", "bulat", min=2018, max=2030),
            Col("indeks", "desimal", min=0, max=5),
            Col("predikat", required=False),
            Col("jumlah_instansi", "bulat", min=1, max=2000),
            Col("dasar_hukum"),
            Col("sumber"),
        ),
        key=("tahun",),
        description="Indeks SPBE nasional yang terverifikasi",
    ),
    "kuis_soal": Schema(
        (
            Col("soal_id"),
            Col("bab", "pilihan", choices=QUIZ_CHAPTERS),
            Col("jenis", "pilihan", choices=("satu", "banyak")),
            Col("pertanyaan"),
        ),
        key=("soal_id",),
        description="Soal uji pemahaman per bab",
    ),
    "kuis_opsi": Schema(
        (
            Col("soal_id"),
            Col("opsi"),
            Col("benar", "ya_tidak"),
            Col("penjelasan"),
        ),
        key=("soal_id", "opsi"),
        refs=(("soal_id", "kuis_soal", "soal_id"),),
        checks=(quiz_answers,),
        description="Pilihan jawaban dan umpan balik untuk setiap soal",
    ),
    "tebakan": Schema(
        (Col("kunci", "pilihan", choices=PREDICTIONS),
         Col("bab", "pilihan", choices=WORKBOOK_CHAPTERS), Col("alat"),
         Col("pertanyaan"), Col("label"), Col("menunggu")),
        key=("kunci",),
        checks=(every_prediction, tools_have("tebakan", "tebakan")),
        description="Kata-kata setiap tebakan sebelum gambar dibuka",
    ),
    "kelas_layar": Schema(
        (Col("judul"), Col("pertanyaan"), Col("alat")),
        key=("alat",),
        checks=(screens_exist,),
        description="Layar Mode Kelas, dalam urutan mengajar",
    ),
}
