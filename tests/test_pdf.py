"""The PDF handout: printed offline from a single-page build, every chapter, real text."""
from __future__ import annotations

from conftest import toc_pages


def chapter_titles(built_book) -> list[str]:
    from bs4 import BeautifulSoup

    titles = []
    for page in toc_pages():
        soup = BeautifulSoup((built_book / f"{page}.html").read_text(encoding="utf-8"), "html.parser")
        h1 = soup.select_one("article h1")
        for link in h1.select("a.headerlink"):
            link.decompose()
        titles.append(h1.get_text(" ", strip=True))
    return titles


def test_pdf_has_every_chapter_as_text(built_book, printed_pdf):
    from pypdf import PdfReader

    assert printed_pdf.exists() and printed_pdf.stat().st_size > 100_000
    reader = PdfReader(printed_pdf)
    assert len(reader.pages) > 50
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    assert len(text) > 100_000, "the PDF's text must be extractable, not images"
    for title in chapter_titles(built_book):
        words = " ".join(title.split())
        assert words in text, f"chapter '{words}' missing from the PDF"
    assert "Ini versi cetak." in text
    assert "Versi interaktifnya" in text
    assert "Tampilkan kode" not in text and "Unduh versi cetak" not in text
