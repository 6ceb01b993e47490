"""In the browser: the licence filter of the materials list and a leerpad that routes through a
question and an offering (the bundled sample site); a withdrawn item's page (a small world)."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest

from hub.load.loader import load_content
from hub.model.catalog import Catalog
from hub.model.licenses import recognise
from tests.browser.conftest import serious_violations, served, shown_cards
from tests.conftest import ROOT
from tests.site_files import build_world_site
from tests.test_withdrawn_site import withdrawn_world

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    loaded, _ = load_content(ROOT / "content")
    return loaded


def _licensed(catalog: Catalog, licence_id: str) -> set[str]:
    return {
        m.slug
        for m in catalog.published_materials()
        if m.license and (known := recognise(m.license)) is not None and known.id == licence_id
    }


def test_the_materials_list_filters_on_licence_and_keeps_it_in_the_url(
    page, site_url: str, catalog: Catalog
) -> None:
    total = len(catalog.published_materials())
    by = _licensed(catalog, "cc-by-4.0")
    by_sa = _licensed(catalog, "cc-by-sa-4.0")
    assert len(by) >= 2 and by_sa, "the sample content needs materials under CC BY 4.0 and CC BY-SA 4.0"
    page.goto(site_url + "/materialen/?licentie=cc-by-4.0")
    assert shown_cards(page) == by
    assert page.locator(".hub-result-count").inner_text() == f"{len(by)} van {total} materialen"
    group = page.locator("details.hub-facet", has=page.locator("fieldset[data-facet=licentie]"))
    assert group.get_attribute("open") is not None  # a group with a choice opens
    assert page.get_by_label("CC BY 4.0").is_checked()

    page.get_by_label("CC BY-SA 4.0").check()  # within a group, any choice matches
    assert shown_cards(page) == by | by_sa
    assert parse_qs(urlsplit(page.url).query) == {"licentie": ["cc-by-4.0,cc-by-sa-4.0"]}
    page.go_back()
    assert shown_cards(page) == by
    page.get_by_role("button", name="Wis alle filters").click()
    assert len(shown_cards(page)) == total


def test_a_leerpad_leads_through_a_question_and_an_offering(page, site_url: str, catalog: Catalog) -> None:
    route = catalog.materials["leerpad-ai-verantwoord-in-je-klas"]
    page.goto(site_url + f"/materialen/{route.slug}/")
    steps = page.locator("ol.hub-steps > li.hub-step")
    assert [steps.nth(i).locator(".hub-step__type").inner_text() for i in range(steps.count())] == [
        "Tool",
        "Vraag en antwoord",
        "Vraag en antwoord",
        "Helpdesk Live",
    ]
    steps.nth(1).get_by_role("link").click()
    page.wait_for_load_state()
    assert page.url.endswith("/vragen/ai-als-hulp-bij-differentiatie/")
    banner = page.locator("nav.hub-route", has_text=route.title)
    assert banner.inner_text().startswith(f"Stap 2 van 4 in het leerpad {route.title}")
    banner.get_by_label(f"Gedaan: stap 2 van het leerpad {route.title}").check()
    banner.get_by_role("link", name="Volgende stap").click()
    page.wait_for_load_state()
    assert page.url.endswith("/vragen/ai-gebruik-door-leerlingen-afspraken/")
    page.locator("nav.hub-route", has_text=route.title).get_by_role("link", name="Volgende stap").click()
    page.wait_for_load_state()
    assert page.url.endswith("/aanbod/helpdesk-live-ai-in-de-klas/")
    last = page.locator("nav.hub-route", has_text=route.title)
    last.get_by_role("link", name="Terug naar het leerpad").click()
    page.wait_for_load_state()
    assert page.get_by_label(
        "Gedaan: stap 2, Kan ik AI gebruiken om sneller gedifferentieerde oefeningen te maken?"
    ).is_checked()
    assert page.locator(".hub-leerpad__progress").inner_text() == "1 van 4 stappen gedaan."


@pytest.fixture(scope="module")
def withdrawn_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The small world of tests/test_withdrawn_site.py, built and served on loopback."""
    world = withdrawn_world(tmp_path_factory.mktemp("withdrawn-browser"))
    with served(build_world_site(world)) as url:
        yield url


@pytest.mark.parametrize("path", ["/materialen/oud/", "/aanbod/oude-opleiding/"])
def test_a_withdrawn_page_says_so_first_and_passes_axe(page, withdrawn_site: str, path: str) -> None:
    page.goto(withdrawn_site + path)
    notice = page.get_by_role("note")
    assert notice.is_visible()
    assert notice.inner_text().startswith("Niet meer actueel")
    assert serious_violations(page) == []
    notice.get_by_role("link").first.click()
    page.wait_for_load_state()
    assert page.get_by_role("note").count() == 0  # the successor is current
