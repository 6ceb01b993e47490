"""The "stel je vraag" page: typing a few letters finds a published answer, and its link opens it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.browser.conftest import serious_violations

pytestmark = pytest.mark.browser


def a_published_question(sample_site: Path) -> tuple[str, str, str]:
    """(title, url, a distinctive word of the title) of a question listed on /vragen/."""
    soup = BeautifulSoup((sample_site / "vragen" / "index.html").read_text(encoding="utf-8"), "html.parser")
    questions = {
        a.get_text(strip=True): a["href"].removeprefix("../") for a in soup.select("ul.hub-questions a")
    }
    for title, url in questions.items():
        for word in sorted(re.findall(r"[a-z]{8,}", title.lower()), key=len, reverse=True):
            if sum(word[:6] in other.lower() for other in questions) <= 2:
                return title, url, word
    pytest.fail("the bundled content should have a published question with a distinctive word")


def test_typing_a_few_letters_finds_a_published_answer(page, site_url: str, sample_site: Path) -> None:  # type: ignore[no-untyped-def]
    title, url, word = a_published_question(sample_site)
    page.goto(f"{site_url}/helpdesk/")
    page.fill("#hub-ask-input", word[:6].upper())  # a prefix, in capitals: folded like the data
    result = page.locator("#hub-ask-results a", has_text=title)
    result.wait_for(timeout=5000)
    assert "gevonden" in page.locator("#hub-ask-status").inner_text()
    result.click()
    page.wait_for_url(f"{site_url}/{url}")
    assert page.locator("h1").first.inner_text() == title


def test_uses_the_site_search_with_its_abbreviations(page, site_url: str) -> None:  # type: ignore[no-untyped-def]
    """'zoco' (zorgcoördinator) is a synonym the site search knows: the ask box finds it too."""
    page.goto(f"{site_url}/helpdesk/")
    page.fill("#hub-ask-input", "zoco")
    page.locator("#hub-ask-status", has_text="gevonden").wait_for(timeout=5000)
    kinds = page.eval_on_selector_all("#hub-ask-results li", "items => items.map(li => li.className)")
    assert kinds and all("--qa" in kind or "--material" in kind for kind in kinds)
    titles = " ".join(page.locator("#hub-ask-results a").all_inner_texts()).lower()
    assert "zorg" in titles


def test_one_or_two_letters_stay_quiet(page, site_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{site_url}/helpdesk/")
    page.fill("#hub-ask-input", "z")
    page.wait_for_timeout(400)
    assert page.locator("#hub-ask-status").inner_text() == ""
    assert page.locator("#hub-ask-results li").count() == 0


def test_nothing_found_points_to_the_form(page, site_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{site_url}/helpdesk/")
    page.fill("#hub-ask-input", "qqxyzzy")
    page.locator("#hub-ask-status", has_text="Niets gevonden").wait_for(timeout=5000)
    assert page.locator("#hub-ask-results li").count() == 0
    assert page.locator('a[href="https://example.invalid/stel-je-vraag"]').count() == 1


def test_helpdesk_pages_have_no_serious_accessibility_violations(page, site_url: str) -> None:  # type: ignore[no-untyped-def]
    for path in ("helpdesk/", "helpdesk/live/", "vragen/", "redactie/vragen/"):
        page.goto(f"{site_url}/{path}")
        if path == "helpdesk/":
            page.fill("#hub-ask-input", "lees")  # with results shown
            page.locator("#hub-ask-results li").first.wait_for(timeout=5000)
        # The theme's navigation tabs (.md-tabs) belong to the site's header, not to these pages.
        found = [
            v for v in serious_violations(page) if not v.startswith("color-contrast") or ".md-tabs" not in v
        ]
        assert found == [], path
