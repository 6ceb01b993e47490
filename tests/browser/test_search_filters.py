"""/zoek/ with the filters of /materialen/: the same URL parameters, results that respect them, a
choice that survives reload, back and a shared link; a search from a filtered list keeps its
filters; nothing moves while the page loads; axe clean on a phone with the filters open."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest

from hub.load.loader import load_content
from hub.render.search_pages import search_filters
from tests.browser.conftest import serious_violations, visitor_context
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
ITEM_HREF = re.compile(r"/(materialen|vragen|aanbod)/([^/]+)/$")
KIND_OF_SECTION = {"materialen": "material", "vragen": "qa", "aanbod": "training"}
# Every layout shift while /zoek/ loads, summed (the CLS of the load, without input).
WATCH_SHIFTS = """
window.hubShifts = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.hubShifts += entry.value;
}).observe({ type: "layout-shift", buffered: true });
"""


@pytest.fixture(scope="module")
def filters() -> dict[str, dict[str, list[str]]]:
    """Search document id -> filter name -> the options it matches (what the build ships)."""
    catalog, _ = load_content(ROOT / "content")
    return search_filters(catalog)


def shown(page) -> list[str]:
    """The results on show as search document ids ('material:slug'), best first."""
    hrefs = page.eval_on_selector_all(".hub-search--page .hub-search__link", "ls => ls.map(a => a.href)")
    return [f"{KIND_OF_SECTION[m.group(1)]}:{m.group(2)}" for href in hrefs if (m := ITEM_HREF.search(href))]


def wait_for_results(page, query: str) -> None:
    page.wait_for_function(
        "q => document.querySelector('.hub-search--page').getAttribute('data-shown') === q", arg=query
    )


def params(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def test_a_filter_narrows_the_results_and_lives_in_the_url(page, site_url: str, filters) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{site_url}/zoek/?q=lezen")
    wait_for_results(page, "lezen")
    everything = shown(page)
    page.get_by_role("button", name=re.compile("^Filters")).count()  # only shown on phones
    page.locator("summary", has_text="Onderwijsniveau").click()
    page.get_by_role("checkbox", name=re.compile("^Secundair onderwijs")).check()
    page.wait_for_function("() => location.search.includes('niveau=secundair')")
    wait_for_results(page, "lezen")
    page.wait_for_function(
        "n => document.querySelectorAll('.hub-search--page .hub-search__hit').length < n", arg=len(everything)
    )
    narrowed = shown(page)
    assert narrowed and set(narrowed) < set(everything)
    assert all("secundair" in filters[doc].get("niveau", []) for doc in narrowed)
    assert [doc for doc in everything if "secundair" in filters[doc].get("niveau", [])] == narrowed
    assert "binnen je filters" in page.inner_text("#hub-search-page-status")
    assert params(page) == {"q": ["lezen"], "niveau": ["secundair"]}

    page.reload()  # the same view after a reload
    wait_for_results(page, "lezen")
    assert shown(page) == narrowed
    assert page.get_by_role("checkbox", name=re.compile("^Secundair onderwijs")).is_checked()

    page.go_back()  # and back to the unfiltered results
    page.wait_for_function("() => !location.search.includes('niveau')")
    wait_for_results(page, "lezen")
    assert shown(page) == everything
    assert not page.get_by_role("checkbox", name=re.compile("^Secundair onderwijs")).is_checked()


def test_a_shared_link_with_two_groups_and_a_kind(page, site_url: str, filters) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{site_url}/zoek/?q=leerlingen&niveau=basis,secundair&soort=fiche&toon=material")
    wait_for_results(page, "leerlingen")
    found = shown(page)
    assert found
    for doc in found:
        assert doc.startswith("material:") and "fiche" in filters[doc]["soort"]
        assert {"basis", "secundair"} & set(filters[doc]["niveau"])
    assert page.get_by_role("radio", name=re.compile("^Materialen")).is_checked()
    assert page.locator("#f-soort-fiche").is_checked() and page.locator("#f-niveau-basis").is_checked()
    page.get_by_role("button", name="Wis alle filters").click()
    page.wait_for_function("() => location.search === '?q=leerlingen&toon=material'")


def test_an_old_link_that_chose_questions_with_soort_still_does(page, site_url: str) -> None:
    page.goto(f"{site_url}/zoek/?q=differentiëren&soort=qa")
    wait_for_results(page, "differentiëren")
    assert page.get_by_role("radio", name=re.compile("^Vragen")).is_checked()
    assert all(doc.startswith("qa:") for doc in shown(page))
    assert params(page) == {"q": ["differentiëren"], "toon": ["qa"]}


def test_a_search_from_a_filtered_list_keeps_its_filters(page, site_url: str, filters) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{site_url}/materialen/?niveau=secundair&thema=lezen")
    page.locator("#hub-listing-q").fill("leerlingen")
    page.locator("#hub-listing-q").press("Enter")
    page.wait_for_url(re.compile(r"/zoek/\?"))
    wait_for_results(page, "leerlingen")
    assert params(page) == {"q": ["leerlingen"], "niveau": ["secundair"], "thema": ["lezen"]}
    assert page.locator("#f-niveau-secundair").is_checked() and page.locator("#f-thema-lezen").is_checked()
    assert all(
        "secundair" in filters[doc]["niveau"] and "lezen" in filters[doc].get("thema", [])
        for doc in shown(page)
    )


def test_the_header_box_on_a_filtered_list_keeps_the_filters_too(page, site_url: str) -> None:
    page.goto(f"{site_url}/materialen/?niveau=secundair")
    box = page.locator("#hub-search-header")
    box.type("lezen", delay=20)
    more = page.locator(".hub-search--header .hub-search__more a")
    more.wait_for()
    assert more.get_attribute("href").endswith("/zoek/?q=lezen&niveau=secundair")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/zoek/\?"))
    assert params(page) == {"q": ["lezen"], "niveau": ["secundair"]}


@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 800}, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("query", ["?q=lezen", "?q=lezen&niveau=secundair", "?q=STEM", ""])
def test_nothing_moves_while_the_search_page_loads(
    browser, site_url: str, viewport: dict, query: str
) -> None:
    context = visitor_context(browser, viewport=viewport)
    try:
        page = context.new_page()
        page.add_init_script(WATCH_SHIFTS)
        page.goto(f"{site_url}/zoek/{query}")
        if query:
            page.wait_for_function(
                "() => document.querySelector('.hub-search--page').getAttribute('data-shown')"
            )
        page.wait_for_timeout(500)
        assert page.evaluate("() => window.hubShifts") <= 0.05
    finally:
        context.close()


def test_the_search_page_loads_only_its_own_scripts(page, site_url: str) -> None:
    scripts: list[str] = []
    page.on("request", lambda r: scripts.append(r.url) if r.resource_type == "script" else None)
    page.goto(f"{site_url}/zoek/?q=lezen")
    wait_for_results(page, "lezen")
    own = [url.rsplit("/", 1)[-1] for url in scripts if "/assets/hub" in url]
    assert own == ["hub-search.js", "hub-filters.js", "hub-doelgroep.js"]


@pytest.fixture
def phone(browser) -> Iterator[object]:
    context = visitor_context(browser, viewport=PHONE)
    yield context.new_page()
    context.close()


def test_on_a_phone_the_filters_fold_and_axe_finds_nothing_serious(phone, site_url: str) -> None:
    phone.goto(f"{site_url}/zoek/?q=lezen&niveau=secundair")
    wait_for_results(phone, "lezen")
    toggle = phone.get_by_role("button", name="Filters (1)")
    assert toggle.get_attribute("aria-expanded") == "false" and not phone.locator("#hub-facets").is_visible()
    first_result = phone.locator(".hub-search--page .hub-search__hit").first
    assert first_result.bounding_box()["y"] < PHONE["height"]  # the results come first
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true" and phone.locator("#hub-facets").is_visible()
    assert phone.locator("#f-niveau-secundair").is_checked()
    # The header tabs' contrast belongs to the theme palette, not to the search (reported separately).
    assert [v for v in serious_violations(phone) if ".md-tabs__link" not in v] == []
