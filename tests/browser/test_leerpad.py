"""Following a leerpad: numbered steps, ticks kept in this browser, step pages that lead on."""

from __future__ import annotations

import pytest

from hub.load.loader import load_content
from hub.model.items import Material
from hub.render.leerpad_views import names_itself
from tests.conftest import ROOT

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def leerpad() -> tuple[Material, list[Material]]:
    """The bundled leerpad with the most published steps, and those steps."""
    catalog, _ = load_content(ROOT / "content")
    routes = [
        (m, [step for _, _, step in catalog.steps_of(m)])
        for m in catalog.published_materials()
        if m.type == "leerpad"
    ]
    route = max(routes, key=lambda pair: len(pair[1]))
    assert len(route[1]) >= 3, "the bundled content needs a leerpad of at least three steps"
    return route


def _in(route: Material) -> str:
    """How a banner names the leerpad: 'het leerpad X', or just 'Leerpad: X' (no doubled word)."""
    return route.title if names_itself(route.title) else f"het leerpad {route.title}"


def test_ticks_are_kept_after_a_reload(page, site_url: str, leerpad: tuple[Material, list[Material]]) -> None:
    route, steps = leerpad
    page.goto(site_url + f"/materialen/{route.slug}/")
    items = page.locator("ol.hub-steps > li.hub-step")
    assert items.count() == len(steps)
    assert [items.nth(i).locator(".hub-step__title").inner_text() for i in range(len(steps))] == [
        s.title for s in steps
    ]
    progress = page.locator(".hub-leerpad__progress")
    assert progress.inner_text() == f"0 van {len(steps)} stappen gedaan."

    page.get_by_label(f"Gedaan: stap 1, {steps[0].title}").check()
    second = page.get_by_label(f"Gedaan: stap 2, {steps[1].title}")
    second.focus()
    page.keyboard.press("Space")
    assert progress.inner_text() == f"2 van {len(steps)} stappen gedaan."

    page.reload()
    boxes = page.locator("ol.hub-steps input[type=checkbox]")
    assert [boxes.nth(i).is_checked() for i in range(3)] == [True, True, False]
    assert page.locator(".hub-leerpad__progress").inner_text() == f"2 van {len(steps)} stappen gedaan."
    stored = page.evaluate(f"() => JSON.parse(localStorage.getItem('hub:leerpad:{route.slug}'))")
    assert stored == [f"1-{steps[0].slug}", f"2-{steps[1].slug}"]

    page.get_by_role("button", name="Wis mijn vinkjes").click()
    page.reload()
    assert not boxes.first.is_checked()


def test_a_step_page_leads_back_to_the_route_and_on_to_the_next_step(
    page, site_url: str, leerpad: tuple[Material, list[Material]]
) -> None:
    route, steps = leerpad
    page.goto(site_url + f"/materialen/{route.slug}/")
    page.locator("ol.hub-steps > li.hub-step").first.get_by_role("link").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == steps[0].title
    where = page.locator("nav.hub-route", has_text=route.title)
    assert f"Stap 1 van {len(steps)} in {_in(route)}" in where.inner_text()
    assert f"Volgende stap: {steps[1].title}" in where.inner_text()  # the banner names the next step
    where.get_by_role("link", name="Volgende stap").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == steps[1].title
    page.locator("nav.hub-route", has_text=route.title).get_by_role("link", name=route.title).click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == route.title


def _banner(page, site_url: str, route: Material, step: Material):
    """Open a step's page and return its "Stap n van m" banner for the given leerpad."""
    page.goto(site_url + f"/materialen/{step.slug}/")
    return page.locator("nav.hub-route", has_text=route.title)


def test_a_tick_on_a_step_page_shows_on_the_leerpad_and_back(
    page, site_url: str, leerpad: tuple[Material, list[Material]]
) -> None:
    route, steps = leerpad
    box = _banner(page, site_url, route, steps[1]).get_by_label(f"Gedaan: stap 2 van {_in(route)}")
    assert not box.is_checked()
    box.check()
    page.goto(site_url + f"/materialen/{route.slug}/")
    assert page.get_by_label(f"Gedaan: stap 2, {steps[1].title}").is_checked()
    assert page.locator(".hub-leerpad__progress").inner_text() == f"1 van {len(steps)} stappen gedaan."
    page.get_by_label(f"Gedaan: stap 1, {steps[0].title}").check()
    assert _banner(page, site_url, route, steps[0]).get_by_role("checkbox").is_checked()
    _banner(page, site_url, route, steps[1]).get_by_role("checkbox").uncheck()
    stored = page.evaluate(f"() => JSON.parse(localStorage.getItem('hub:leerpad:{route.slug}'))")
    assert stored == [f"1-{steps[0].slug}"]


def test_the_last_step_leads_back_to_the_leerpad(
    page, site_url: str, leerpad: tuple[Material, list[Material]]
) -> None:
    route, steps = leerpad
    banner = _banner(page, site_url, route, steps[-1])
    assert banner.get_by_role("link", name="Volgende stap").count() == 0
    banner.get_by_role("link", name="Terug naar het leerpad").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == route.title
