"""On a phone the results come first: filters fold behind a "Filters (n)" button; no stray 404s."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hub.load.loader import load_content
from tests.browser.conftest import visitor_context
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone(browser) -> Iterator[object]:
    context = visitor_context(browser, viewport=PHONE)
    yield context.new_page()
    context.close()


@pytest.fixture(scope="module")
def level() -> str:
    catalog, _ = load_content(ROOT / "content")
    return next(m for m in catalog.published_materials() if m.type == "leerpad").levels[0]


def test_the_home_finders_result_shows_the_results_first_on_a_phone(phone, site_url: str, level: str) -> None:
    phone.goto(site_url + f"/materialen/?niveau={level}")
    heading = phone.locator("#hub-results-title")
    assert heading.bounding_box()["y"] < PHONE["height"]
    toggle = phone.get_by_role("button", name="Filters (1)")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not phone.locator("#hub-facets").is_visible()
    assert not phone.locator(".hub-browse").is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert phone.locator(f"input[name=niveau][value='{level}']").is_checked()
    phone.locator(".hub-results__bar").get_by_role("button", name="Wis alle filters").click()
    assert phone.locator(".hub-filter-toggle").inner_text().strip() == "Filters"
    toggle = phone.get_by_role("button", name="Filters", exact=True)
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "false" and not phone.locator("#hub-facets").is_visible()


def test_a_facet_page_on_a_phone_starts_with_its_results(phone, site_url: str, level: str) -> None:
    phone.goto(site_url + f"/materialen/niveau/{level}/")
    assert phone.locator("#hub-results-title").bounding_box()["y"] < PHONE["height"]
    assert phone.locator(".hub-filter-toggle").is_visible()


def test_desktop_keeps_the_filter_panel_beside_the_results(page, site_url: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site_url + "/materialen/")
    assert page.locator("#hub-facets").is_visible()
    assert not page.locator(".hub-filter-toggle").is_visible()
    facets = page.locator("#hub-facets").bounding_box()
    results = page.locator("#hub-results").bounding_box()
    assert facets["x"] + facets["width"] <= results["x"]


@pytest.mark.parametrize("path", ["/materialen/", "/"])
def test_listing_pages_fetch_nothing_that_is_missing(page, site_url: str, path: str) -> None:
    missing: list[str] = []
    page.on("response", lambda response: response.status >= 400 and missing.append(response.url))
    page.goto(site_url + path)
    page.wait_for_load_state("networkidle")
    assert missing == []


def test_the_materials_index_searches(page, site_url: str) -> None:
    page.goto(site_url + "/materialen/")
    field = page.get_by_role("searchbox", name="Zoek in de materialenbank")
    field.fill("differentiatie")
    field.press("Enter")
    page.wait_for_load_state()
    assert page.url.startswith(site_url + "/zoek/?q=differentiatie")
