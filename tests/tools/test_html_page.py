"""The offline glossary page in Debian's headless Chromium (selenium + chromium-driver):
the page's fold equals vnus.fold, search as you type, filters, ?q=, the keyboard."""

from __future__ import annotations

import os
import random
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from vnus.exports import to_html
from vnus.glossary import Glossary
from vnus.text import fold


@pytest.fixture(scope="module")
def page(bundled: Glossary, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("page") / "vnus-glossary.html"
    path.write_text(to_html(bundled, glossary=bundled), encoding="utf-8")
    return path.as_uri()


def open_page(browser: Any, url: str) -> None:
    browser.get(url)
    WebDriverWait(browser, 30).until(lambda b: b.execute_script("return !!window.vnusFold"))


def result_ids(browser: Any) -> list[str]:
    ids: list[str] = browser.execute_script(
        "return [...document.querySelectorAll('#results > li')].map(li => li.dataset.id)"
    )
    return ids


def type_query(browser: Any, text: str) -> None:
    box = browser.find_element(By.ID, "q")
    box.clear()
    box.send_keys(text)


def test_the_page_folds_as_vnus_fold(browser: Any, page: str, bundled: Glossary) -> None:
    open_page(browser, page)
    # Every code point of the Basic Multilingual Plane and a sample of the others, alone ...
    codes = [c for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF]
    codes += list(range(0x10000, 0x110000, 97))
    browser_folds = browser.execute_script(
        "return arguments[0].map(c => window.vnusFold(String.fromCodePoint(c)))", codes
    )
    wrong = [
        (hex(c), f, fold(chr(c)))
        for c, f in zip(codes, browser_folds, strict=True)
        if f != fold(chr(c))
    ]
    assert wrong == []
    # ... every form of the glossary, and random strings of Vietnamese, marks and symbols.
    rng = random.Random(20261202)
    alphabet = (
        "aăâeêioôơuưyđAĂÂEÊIOÔƠUƯYĐhkmlstqgn &-_.,'’\u0300\u0301\u0303\u0309\u0323\u00adß\u0130"
    )
    strings = [f for t in bundled for f in t.forms()]
    strings += [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(3000)
    ]
    strings += [unicodedata.normalize("NFD", s) for s in strings[:500]]
    browser_folds = browser.execute_script("return arguments[0].map(window.vnusFold)", strings)
    wrong_strings = [
        (s, f, fold(s)) for s, f in zip(strings, browser_folds, strict=True) if f != fold(s)
    ]
    assert wrong_strings == []


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("bo cong thuong", "vn.moit"),
        ("BỘ CÔNG THƯƠNG", "vn.moit"),
        ("moit", "vn.moit"),
        ("thuong nghi sy", "title.senator"),
        ("Thượng nghị sĩ", "title.senator"),
        ("dang cong hoa", "us.republican-party"),
    ],
)
def test_search_as_you_type(
    browser: Any, page: str, bundled: Glossary, query: str, first: str
) -> None:
    assert first in bundled
    open_page(browser, page)
    type_query(browser, query)
    WebDriverWait(browser, 10).until(lambda b: result_ids(b)[:1] == [first])


def test_filters_by_kind_country_and_date(browser: Any, page: str, bundled: Glossary) -> None:
    open_page(browser, page)
    Select(browser.find_element(By.ID, "kind")).select_by_value("ministry")
    kinds = browser.execute_script(
        "return [...document.querySelectorAll('#results > li .meta')].map(m => m.textContent)"
    )
    assert kinds
    assert all("ministry" in k for k in kinds)
    Select(browser.find_element(By.ID, "country")).select_by_value("US")
    assert {bundled.get(i).country for i in result_ids(browser)} == {"US"}
    Select(browser.find_element(By.ID, "country")).select_by_value("VN")
    type_query(browser, "ke hoach va dau tu")
    set_date = (
        "const on = document.getElementById('on');"
        " on.value = arguments[0]; on.dispatchEvent(new Event('input'));"
    )
    browser.execute_script(set_date, "2024-06-01")
    assert "vn.mpi" in result_ids(browser)
    browser.execute_script(set_date, "2025-06-01")
    assert "vn.mpi" not in result_ids(browser)
    assert "on=2025-06-01" in browser.current_url
    assert "kind=ministry" in browser.current_url


def test_an_entry_shows_both_languages_status_dates_successors_sources(
    browser: Any, page: str, bundled: Glossary
) -> None:
    open_page(browser, page + "?q=" + quote("Bộ Kế hoạch và Đầu tư"))
    entry = browser.find_element(By.CSS_SELECTOR, "#results > li[data-id='vn.mpi']")
    text = entry.text
    mpi = bundled.get("vn.mpi")
    for needle in (
        mpi.vi,
        mpi.en,
        "historic",
        "2025-02-28",
        bundled.get("vn.mof").en,
        mpi.sources[0][:40],
    ):
        assert needle in text, needle
    # the successor is a link that searches for it
    entry.find_element(
        By.LINK_TEXT, f"{bundled.get('vn.mof').vi} / {bundled.get('vn.mof').en}"
    ).click()
    assert result_ids(browser)[0] == "vn.mof"


def test_query_in_the_url_opens_a_search(browser: Any, page: str) -> None:
    open_page(browser, page + "?q=" + quote("thuong nghi sy"))
    assert browser.find_element(By.ID, "q").get_attribute("value") == "thuong nghi sy"
    assert result_ids(browser)[0] == "title.senator"


def test_the_keyboard_reaches_search_and_results(browser: Any, page: str, tmp_path: Path) -> None:
    open_page(browser, page)
    body = browser.find_element(By.TAG_NAME, "body")
    browser.execute_script("document.activeElement.blur()")
    body.send_keys("/")
    assert browser.switch_to.active_element.get_attribute("id") == "q"
    browser.switch_to.active_element.send_keys("hoa ky")
    browser.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    first = browser.switch_to.active_element
    assert first.get_attribute("data-id") == result_ids(browser)[0] == "country.us"
    first.send_keys(Keys.ARROW_DOWN)
    assert browser.switch_to.active_element.get_attribute("data-id") == result_ids(browser)[1]
    browser.switch_to.active_element.send_keys(Keys.ARROW_UP, Keys.ARROW_UP)
    assert browser.switch_to.active_element.get_attribute("id") == "q"
    browser.switch_to.active_element.send_keys(Keys.ESCAPE)
    assert browser.find_element(By.ID, "q").get_attribute("value") == ""
    shot = Path(os.environ.get("VNUS_SCREENSHOT_DIR", tmp_path)) / "glossary-page.png"
    open_page(browser, page + "?q=" + quote("Bộ Kế hoạch và Đầu tư"))
    assert browser.save_screenshot(str(shot))
