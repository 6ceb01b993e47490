"""axe-core finds no serious or critical problem on the pages teachers use to find materials."""

from __future__ import annotations

import pytest

from hub.load.loader import load_content
from tests.browser.conftest import serious_violations, visitor_context
from tests.conftest import ROOT

pytestmark = pytest.mark.browser


def _pages() -> dict[str, str]:
    catalog, _ = load_content(ROOT / "content")
    published = catalog.published_materials()
    leerpad = next(m for m in published if m.type == "leerpad")
    zelfscan = next(m for m in published if m.scan is not None)
    plain = next(m for m in published if (m.type not in ("leerpad", "zelfscan") and m.attachments) or m.link)
    level = leerpad.levels[0]
    return {
        "home": "/",
        "index": "/materialen/",
        "filtered index": f"/materialen/?niveau={level}&thema={leerpad.themes[0]}",
        "facet": f"/materialen/niveau/{level}/",
        "material": f"/materialen/{plain.slug}/",
        "leerpad": f"/materialen/{leerpad.slug}/",
        "zelfscan": f"/materialen/{zelfscan.slug}/",
    }


PAGES = _pages()


@pytest.mark.parametrize("name", list(PAGES))
def test_no_serious_accessibility_problems(page, site_url: str, name: str) -> None:
    page.goto(site_url + PAGES[name])
    assert serious_violations(page) == []


def test_zelfscan_result_has_no_serious_accessibility_problems(page, site_url: str) -> None:
    page.goto(site_url + PAGES["zelfscan"])
    for statement in page.locator("fieldset.hub-scan__statement").all():
        statement.locator("input[value='2']").check()
    assert page.locator(".hub-scan__result").is_visible()
    assert serious_violations(page) == []


@pytest.mark.parametrize("name", ["material", "zelfscan"])
def test_on_a_phone_the_material_comes_first_and_over_dit_materiaal_stays_open(
    browser, site_url: str, name: str
) -> None:
    context = visitor_context(browser, viewport={"width": 390, "height": 844})
    try:
        phone = context.new_page()
        phone.goto(site_url + PAGES[name])
        phone.wait_for_load_state("load")
        action = phone.locator(".hub-actions a, ul.hub-attachments a").first
        assert action.bounding_box()["y"] < 844
        # Who the material is for is there without a tap; a reader may still fold it.
        assert phone.locator(".hub-meta").is_visible()
        assert phone.locator(".hub-meta").get_by_text("Onderwijsniveau").is_visible()
        phone.get_by_text("Over dit materiaal").click()
        assert not phone.locator(".hub-meta").is_visible()
        phone.get_by_text("Over dit materiaal").click()
        assert phone.locator(".hub-meta").is_visible()
        assert serious_violations(phone) == []
    finally:
        context.close()
