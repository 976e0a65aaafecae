"""The built book in a real browser (headless Chromium): figures draw, controls respond,
no console errors, and nothing is requested from any host but the book's own."""
from __future__ import annotations

import re

import pytest

from conftest import toc_pages
from wogbook.bab4.korupsi import risk, title

CHAPTER = "book/04-tantangan-dan-korupsi"


@pytest.mark.parametrize("blocked", [False, True], ids=["jaringan-diamati", "jaringan-diblokir"])
@pytest.mark.parametrize("page", toc_pages())
def test_page_is_clean_offline(visit, page, blocked):
    v = visit(page, block_network=blocked)
    v.draw_all_figures()
    v.page.mouse.wheel(0, 20000)
    v.page.wait_for_timeout(300)
    assert v.errors == [], f"console errors on {page}: {v.errors}"
    assert v.foreign == [], f"{page} requested other hosts: {v.foreign}"
    assert v.page.locator("article h1").first.text_content().strip()


def test_chapter_has_its_figure(visit):
    v = visit(CHAPTER)
    assert v.draw_all_figures() == 2  # the corruption explorer, then the challenges explorer


def title_of(v):
    return v.page.locator(".wog-plot .gtitle").first.text_content()


def slider_to(v, k: int, value: int):
    """Click step ``value`` of the k-th slider (0 Monopoli, 1 Diskresi, 2 Akuntabilitas)."""
    v.slider_to(k, value)


def expect_outcome(v, m, d, a):
    result = risk(m, d, a)
    expected = re.sub(r"<[^>]+>", "", title(result))  # the title's text, as plotly draws it
    # a phone wraps a long title over lines (spaces become line breaks): compare without spaces
    v.page.wait_for_function(
        "t => document.querySelector('.wog-plot .gtitle').textContent.replace(/\\s/g, '') === t",
        arg=expected.replace(" ", ""))
    bars = v.page.evaluate("Array.from(document.querySelector('.wog-plot').data.slice(0, 4), t => t.y[0])")
    assert bars == [m, d, -a, result.raw]
    gauge = v.page.evaluate("document.querySelector('.wog-plot').data[4].value")
    assert gauge == result.shown


def test_all_three_sliders_change_the_outcome(visit):
    v = visit(CHAPTER)
    v.draw_all_figures()
    expect_outcome(v, 9, 8, 2)  # the opening scenario: manual licensing office
    slider_to(v, 2, 10)
    expect_outcome(v, 9, 8, 10)
    slider_to(v, 0, 3)
    expect_outcome(v, 3, 8, 10)
    slider_to(v, 1, 0)
    expect_outcome(v, 3, 0, 10)
    # by hand: 3 + 0 − 10 = −7, index (−7 + 10) / 3 = 1: a whole number, no decimal shown
    assert "RENDAH(kira-kira1dari10)" in title_of(v).replace(" ", "")
    assert "perkiraan kasar dari rumus heuristik" in title_of(v)
    assert v.errors == []


def test_preset_menu_sets_sliders_and_outcome(visit):
    v = visit(CHAPTER)
    v.draw_all_figures()
    korupsi = v.page.locator(".wog-plot").first  # the challenges explorer comes later
    korupsi.locator(".updatemenu-header-group").click()
    korupsi.locator(".updatemenu-item-text", has_text="setelah perizinan daring").click()
    expect_outcome(v, 5, 3, 8)
    actives = v.page.evaluate("document.querySelector('.wog-plot').layout.sliders.map(s => s.active)")
    assert actives == [5, 3, 8]
    slider_to(v, 2, 0)  # after a preset, the sliders still combine correctly
    expect_outcome(v, 5, 3, 0)
    assert v.errors == []


def test_quiz_gives_feedback_offline(visit):
    v = visit(CHAPTER, block_network=True)
    answer = v.page.locator(".MCButton", has_text="Akuntabilitas yang lemah atau tidak jelas")
    answer.scroll_into_view_if_needed()
    answer.click()
    feedback = v.page.locator(".Feedback.correct").first
    feedback.wait_for()
    assert "enabler" in feedback.text_content()
    wrong = v.page.locator(".MCButton", has_text="Monopoli kewenangan")
    wrong.click()
    assert v.page.locator(".Feedback.incorrect").first.is_visible()
    assert v.errors == [] and v.foreign == []


def test_phone_screen(visit):
    v = visit(CHAPTER, viewport=(390, 844))
    v.draw_all_figures()
    v.assert_fits_phone()
    slider_to(v, 2, 10)
    expect_outcome(v, 9, 8, 10)


def test_sliders_work_with_the_keyboard(visit):
    v = visit(CHAPTER)
    v.draw_all_figures()
    slider = v.page.locator('.wog-plot g.slider-group[role="slider"]').nth(2)
    assert slider.get_attribute("aria-label") == "Akuntabilitas"
    slider.focus()
    v.page.keyboard.press("ArrowRight")
    expect_outcome(v, 9, 8, 3)
    v.page.keyboard.press("End")
    expect_outcome(v, 9, 8, 10)
    first = v.page.locator('.wog-plot g.slider-group[role="slider"]').nth(0)
    first.focus()
    v.page.keyboard.press("Home")
    expect_outcome(v, 0, 8, 10)
    assert v.page.locator('.wog-plot g.slider-group[role="slider"]').nth(0).get_attribute("aria-valuenow") == "0"
    assert v.errors == []


def test_menus_work_with_the_keyboard(visit):
    v = visit(CHAPTER)
    v.draw_all_figures()
    header = v.page.locator(".wog-plot").first.locator('g.updatemenu-header-group[role="button"]')
    assert header.get_attribute("aria-label") == "Kantor perizinan manual"
    header.focus()
    v.page.keyboard.press("Enter")
    item = v.page.locator(".wog-plot").first.locator(
        'g.updatemenu-dropdown-button[role="button"]'
        '[aria-label="Kantor yang sama setelah perizinan daring"]')
    item.wait_for()
    item.focus()
    v.page.keyboard.press("Enter")
    expect_outcome(v, 5, 3, 8)
    assert v.errors == []


def test_button_rows_work_with_the_keyboard(visit):
    v = visit("book/02-pengertian-wog")
    v.draw_all_figures()
    count = "document.querySelectorAll('.wog-plot')[0].data[1].text.length"
    before = v.page.evaluate(count)
    button = v.page.locator(".wog-plot").first.locator(
        'g.updatemenu-button[role="button"][aria-label="Modul"]')
    button.focus()
    v.page.keyboard.press("Enter")
    v.page.wait_for_function(f"{count} !== {before}")
    assert v.page.evaluate(count) < before
    assert v.errors == []


LAYOUT = ("Array.from(document.querySelectorAll('.wog-plot'), gd => [gd.getAttribute("
          "'data-wog-variant'), gd.layout.font.size, gd.layout.margin.l, gd.layout.margin.r])")


def test_a_phone_draws_the_phone_variant_a_laptop_the_desktop_one(visit):
    phone = visit(CHAPTER, viewport=(390, 844))
    phone.draw_all_figures()
    # wogbook.inti.varian: phone base font 13 px (desktop 14 px); margins as built
    assert phone.page.evaluate(LAYOUT) == [["phone", 13, 48, 16], ["phone", 13, 4, 4]]
    laptop = visit(CHAPTER)
    laptop.draw_all_figures()
    # the desktop figures as built: korupsi.figure() margins 48/16, pendorong's 4/4
    assert laptop.page.evaluate(LAYOUT) == [["desktop", 14, 48, 16], ["desktop", 14, 4, 4]]


def test_printing_switches_every_figure_to_the_print_variant_and_back(visit):
    v = visit(CHAPTER)
    v.page.evaluate("window.wogFigures.forPrint(true)")
    v.page.wait_for_function("Array.from(document.querySelectorAll('.wog-plot'))"
                             ".every(gd => gd.getAttribute('data-wog-variant') === 'print')")
    assert [row[1] for row in v.page.evaluate(LAYOUT)] == [12, 12]  # print base font 12 px
    v.page.evaluate("window.wogFigures.forPrint(false)")
    v.page.wait_for_function("Array.from(document.querySelectorAll('.wog-plot'))"
                             ".every(gd => gd.getAttribute('data-wog-variant') === 'desktop')")
    assert v.page.evaluate(LAYOUT) == [["desktop", 14, 48, 16], ["desktop", 14, 4, 4]]
    slider_to(v, 2, 10)  # the controls still work after the round trip
    expect_outcome(v, 9, 8, 10)
    assert v.errors == []
