"""The "stel je vraag" page: typing a few letters finds a published answer, and its link opens it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.browser.conftest import serious_violations

pytestmark = pytest.mark.browser


def a_published_question(sample_site: Path) -> tuple[str, str, str]:
    """(title, url, a distinctive word of the title) of a question on the ask page's search data."""
    rows = json.loads((sample_site / "helpdesk" / "vragen-en-materialen.json").read_text(encoding="utf-8"))
    for row in rows:
        if row["k"] != "qa":
            continue
        for word in sorted(re.findall(r"[a-z]{8,}", row["t"].lower()), key=len, reverse=True):
            if sum(word[:6] in other["t"].lower() for other in rows) <= 3:
                return row["t"], row["u"], word
    pytest.skip("the sample content has no published question with a distinctive word")


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
