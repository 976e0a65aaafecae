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


#: printed figures with an empty band above or below what they draw (see the A4 test)
BLANK_BANDS = """() => [...document.querySelectorAll('.wog-plot')].map(p => {
  const svgs = [...p.querySelectorAll('svg.main-svg')];
  if (!svgs.length) return null;
  const box = p.getBoundingClientRect();  // the room the page keeps for the figure
  let top = Infinity, bottom = -Infinity;
  for (const s of svgs) for (const e of s.querySelectorAll('text, path, rect, image')) {
    const cs = getComputedStyle(e);
    if (e.closest('.bglayer') || e.classList.contains('bg') || !e.checkVisibility()
        || cs.opacity === '0' || (e.tagName === 'text' && !e.textContent.trim())
        || (cs.fillOpacity === '0' && cs.strokeOpacity === '0')) continue;
    const r = e.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    top = Math.min(top, r.top); bottom = Math.max(bottom, r.bottom);
  }
  const most = Math.max(40, 0.1 * box.height), section = p.closest('section[id]');
  const above = Math.round(top - box.top), below = Math.round(box.bottom - bottom);
  return above > most || below > most
    ? `${section && section.id}: ${above} px empty above, ${below} px below (of ${Math.round(box.height)})` : null;
}).filter(Boolean)"""


def test_nothing_leaves_the_a4_column_and_no_control_is_printed(browser, built_book, printed_pdf):
    """The single page prepared exactly as for the PDF (print variant, text versions open,
    print media), laid out at the width between the PDF's margins: no figure, table, code
    block, image or line of text reaches past it or is cut by a scroll box; no table cell is
    squeezed so its words break letter by letter; no plotly menu or slider is drawn (they
    cannot be pressed on paper) and no figure keeps an empty band where they were."""
    import functools
    import http.server
    import sys
    import threading

    from conftest import ROOT

    sys.path.insert(0, str(ROOT / "scripts"))
    import cetak_pdf

    site = built_book.parent / "singlehtml"
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(cetak_pdf._Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    page = browser.new_page(viewport={"width": 1100, "height": 1400})
    try:
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/index.html", wait_until="load")
        cetak_pdf.prepare(page)
        page.set_viewport_size({"width": cetak_pdf.PRINTABLE_PX, "height": 1000})
        out = page.evaluate("""() => {
          const W = document.documentElement.clientWidth, out = [];
          const sel = '.wog-plot .main-svg, table, pre, img, figure, p, li, h1, h2, h3, h4,'
                    + ' .cell_output > *, .wog-form, blockquote, dl';
          for (const el of document.querySelectorAll(sel)) {
            const r = el.getBoundingClientRect(), cs = getComputedStyle(el);
            if (r.width === 0 || cs.display === 'none') continue;
            const cut = el.scrollWidth > el.clientWidth + 1 && cs.overflowX !== 'visible';
            if (r.right > W + 1 || r.left < -1 || cut) {
              const s = el.closest('section[id]');
              out.push(`${el.tagName}.${el.getAttribute('class') || ''} in #${s && s.id}: `
                       + `${Math.round(r.left)}–${Math.round(r.right)} px of ${W}`
                       + (cut ? `, cut (${el.scrollWidth} > ${el.clientWidth})` : ''));
            }
          }
          return out;
        }""")
        assert out == [], "\n".join(out[:40])
        # a table keeps its words whole: no cell with a word of text is squeezed to a
        # sliver where "2000" and "Singapura" break letter by letter
        slivers = page.evaluate("""() => [...document.querySelectorAll('table td, table th')]
          .filter(c => c.checkVisibility() && c.textContent.trim().length >= 4
                       && c.getBoundingClientRect().width < 40)
          .map(c => c.textContent.trim().slice(0, 20))""")
        assert slivers == [], slivers[:20]
        # a figure's menus and sliders are hidden on paper: no blank band is left where
        # they were (at most a tenth of the figure, or 40 px, empty above or below it)
        blank = page.evaluate(BLANK_BANDS)
        assert blank == [], blank
        controls = page.locator(".wog-plot g.updatemenu-container g.updatemenu-button, "
                                ".wog-plot g.slider-group").count()
        assert controls == 0
        assert page.locator(".wog-plot").count() >= 20  # the whole book was laid out (22 now)
    finally:
        page.close()
        server.shutdown()


def test_every_chapter_starts_on_a_new_page(built_book, printed_pdf):
    from pypdf import PdfReader

    firsts = [" ".join((page.extract_text() or "").split())
              for page in PdfReader(printed_pdf).pages]
    for title in chapter_titles(built_book)[1:]:  # after the opening page
        words = " ".join(title.split())
        starts = [n for n, text in enumerate(firsts) if text.startswith(words)]
        assert starts, f"no page of the PDF begins with '{words}'"


def headings(site) -> set[str]:
    """The text of every h1–h4 of the built pages, as a reader sees it."""
    from bs4 import BeautifulSoup

    found = set()
    for page in site.rglob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for h in soup.select("h1, h2, h3, h4"):
            for link in h.select("a.headerlink"):
                link.decompose()
            text = " ".join(h.get_text(" ", strip=True).split())
            if len(text) >= 4:
                found.add(text)
    return found


def last_lines(pdf) -> list[str]:
    """The last line of text on each page, the footer left out."""
    from pypdf import PdfReader

    lasts = []
    for page in PdfReader(pdf).pages:
        lines = [" ".join(line.split()) for line in (page.extract_text() or "").splitlines()]
        lines = [line for line in lines if line and "versi cetak; versi interaktif" not in line]
        lasts.append(lines[-1] if lines else "")
    return lasts


def test_no_page_ends_with_a_heading_or_half_of_one(built_book, printed_pdf):
    """A heading is printed on the page of its first paragraph: no page of the book's PDF
    or of the instructor guide's ends with a heading, nor with the first line of one that
    wraps onto the next page."""
    titles = headings(built_book)
    assert len(titles) > 100
    for pdf in (printed_pdf, printed_pdf.with_name("panduan-pengajar.pdf")):
        stranded = [(n + 1, last) for n, last in enumerate(last_lines(pdf))
                    if last in titles or (len(last) >= 8 and any(
                        t.startswith(last) and len(t) > len(last) for t in titles))]
        assert not stranded, f"{pdf.name}: headings at the foot of a page {stranded}"


def test_the_instructor_guide_prints_on_its_own(built_book, printed_pdf):
    """panduan-pengajar.pdf: only the guide, from its title to the hub section, each group
    worksheet starting an A4 page; the guide's page links to it."""
    from pypdf import PdfReader

    guide = printed_pdf.with_name("panduan-pengajar.pdf")
    reader = PdfReader(guide)
    pages = [" ".join((p.extract_text() or "").split()) for p in reader.pages]
    assert all(abs(float(p.mediabox.width) - 595) < 2 for p in reader.pages), "A4"
    assert pages[0].startswith("Panduan Pengajar")
    text = " ".join(pages)
    assert "Poin jawaban pertanyaan diskusi" in text and "Menjalankan di JupyterHub" in text
    assert 5 <= len(pages) < 40, "the guide alone, not the book"
    assert "Tujuan Pembelajaran" not in text, "no chapter of the book"
    for n in (1, 2, 3):
        assert [p for p in pages if p.startswith(f"Lembar kerja {n}")], f"worksheet {n}"
    page = (built_book / "book" / "panduan-pengajar.html").read_text(encoding="utf-8")
    assert 'href="../panduan-pengajar.pdf"' in page
