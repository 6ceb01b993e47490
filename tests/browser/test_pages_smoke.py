"""The sample site opens in a real browser, in Dutch, and the home page passes axe."""

from __future__ import annotations

import pytest

from tests.browser.conftest import serious_violations

pytestmark = pytest.mark.browser


def test_home_page_is_dutch_and_accessible(page, site_url: str) -> None:
    page.goto(site_url + "/")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.locator("h1").first.inner_text().strip()
    assert serious_violations(page) == []


def test_material_page_shows_its_metadata(page, site_url: str) -> None:
    page.goto(site_url + "/materialen/")
    first_card = page.locator(".hub-card a").first
    title = first_card.inner_text()
    first_card.click()
    assert page.locator("h1").first.inner_text() == title
    assert page.locator(".hub-meta").is_visible()
