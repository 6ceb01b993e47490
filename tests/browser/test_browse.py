"""The materials index filters instantly, keeps the choice in the URL, and survives reload and back."""

from __future__ import annotations

import pytest

from hub.load.loader import load_content
from hub.model.catalog import Catalog
from hub.render.views import material_facets
from tests.browser.conftest import shown_cards, url_query, visitor_context
from tests.conftest import ROOT

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    loaded, _ = load_content(ROOT / "content")
    return loaded


def _matching(catalog: Catalog, **choice: str) -> set[str]:
    """Slugs of the published materials a filter choice {segment: id} should show."""
    return {
        m.slug
        for m in catalog.published_materials()
        if all(value in material_facets(catalog, m)[segment] for segment, value in choice.items())
    }


def _two_facets(catalog: Catalog) -> tuple[str, str]:
    """A level and a theme of the first leerpad: a combination that narrows the list but not to nothing."""
    leerpad = next(m for m in catalog.published_materials() if m.type == "leerpad" and m.themes)
    return leerpad.levels[0], leerpad.themes[0]


def test_filter_by_two_facets_is_shareable_and_the_back_button_restores(
    page, site_url: str, catalog: Catalog
) -> None:
    level, theme = _two_facets(catalog)
    everything = _matching(catalog)
    page.goto(site_url + "/materialen/")
    assert page.locator("#hub-facets").is_visible()
    assert shown_cards(page) == everything

    level_box = page.locator(f"input[name=niveau][value='{level}']")
    level_box.focus()
    page.keyboard.press("Space")  # keyboard-usable
    assert level_box.is_checked()
    assert url_query(page) == {"niveau": [level]}
    assert shown_cards(page) == _matching(catalog, niveau=level)

    page.locator("details.hub-facet", has=page.locator("fieldset[data-facet=thema]")).locator(
        "summary"
    ).click()
    page.locator(f"input[name=thema][value='{theme}']").check()
    expected = _matching(catalog, niveau=level, thema=theme)
    assert 0 < len(expected) < len(everything)
    assert url_query(page) == {"niveau": [level], "thema": [theme]}
    assert shown_cards(page) == expected
    assert (
        page.locator(".hub-result-count").inner_text() == f"{len(expected)} van {len(everything)} materialen"
    )
    # Counts per option follow the other choices: the chosen theme counts what is shown now.
    theme_label = page.locator(f"label[for='f-thema-{theme}']")
    assert theme_label.inner_text().endswith(f"({len(expected)})")

    page.reload()
    assert shown_cards(page) == expected
    assert page.locator(f"input[name=niveau][value='{level}']").is_checked()
    assert page.locator(f"input[name=thema][value='{theme}']").is_checked()

    page.go_back()
    assert url_query(page) == {"niveau": [level]}
    assert shown_cards(page) == _matching(catalog, niveau=level)
    assert not page.locator(f"input[name=thema][value='{theme}']").is_checked()
    page.go_back()
    assert shown_cards(page) == everything

    page.goto(site_url + f"/materialen/?niveau={level}&thema={theme}")
    page.get_by_role("button", name="Wis alle filters").click()
    assert shown_cards(page) == everything and url_query(page) == {}


def test_a_first_grade_teacher_finds_differentiation_material_from_the_home_page(
    page, site_url: str, catalog: Catalog
) -> None:
    assert "eerste-graad" in catalog.taxonomies["levels"], "the bundled content should have eerste graad"
    assert "doelgerichte-differentiatie" in catalog.taxonomies["themes"]
    page.goto(site_url + "/")
    page.get_by_label("Ik werk in").select_option("eerste-graad")
    page.get_by_label("en zoek iets over").select_option("doelgerichte-differentiatie")
    page.get_by_role("button", name="Toon materialen").click()  # one filtered view
    page.wait_for_load_state()
    assert url_query(page) == {"niveau": ["eerste-graad"], "thema": ["doelgerichte-differentiatie"]}
    shown = shown_cards(page)
    assert shown == _matching(catalog, niveau="eerste-graad", thema="doelgerichte-differentiatie") != set()
    page.locator(".hub-cards > li.hub-card:not([hidden]) a").first.click()
    material = catalog.materials[page.url.rstrip("/").rsplit("/", 1)[-1]]
    assert material.slug in shown
    assert "doelgerichte-differentiatie" in material_facets(catalog, material)["thema"]


def test_a_facet_page_works_without_javascript(browser, site_url: str, catalog: Catalog) -> None:
    level, _ = _two_facets(catalog)
    context = visitor_context(browser, java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(site_url + f"/materialen/niveau/{level}/")
        assert not tab.locator("#hub-facets").is_visible()
        listed = set(
            tab.eval_on_selector_all(
                ".hub-results__group:not(.hub-results__group--broader) li.hub-card",
                "els => els.map(e => e.dataset.slug)",
            )
        )
        vocabulary = catalog.taxonomies["levels"]
        assert listed == {
            m.slug for m in catalog.published_materials() if level in vocabulary.with_ancestors(m.levels)
        }
    finally:
        context.close()
