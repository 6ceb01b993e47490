"""Filters a person can use (issue 13, points 6, 7 and 9; issue 15, point 6): chips of the active
filters above the results, "Toon meer" instead of scroll boxes, a skip link, the phone's "Toon N
resultaten", an empty state that names the filters, the catalogue folded and sortable on a phone,
axe at phone size with panels open and focused, and a doelgroep remembered in the browser only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hub.load.loader import load_content
from hub.model.catalog import Catalog
from hub.render.views import material_facets
from tests.browser.conftest import serious_violations, shown_cards, url_query, visitor_context
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
LEVEL, ROLE = "secundair", "leraar"
LEVEL_LABEL, ROLE_LABEL = "Secundair onderwijs", "Leraar"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    loaded, _ = load_content(ROOT / "content")
    return loaded


@pytest.fixture
def phone(browser) -> Iterator[object]:
    context = visitor_context(browser, viewport=PHONE)
    yield context.new_page()
    context.close()


def _matching(catalog: Catalog, **choice: str) -> set[str]:
    return {
        m.slug
        for m in catalog.published_materials()
        if all(value in material_facets(catalog, m)[segment] for segment, value in choice.items())
    }


def _focused(page) -> str:
    return page.evaluate("document.activeElement.id || document.activeElement.className")


def _empty_pair(catalog: Catalog) -> tuple[str, str]:
    """A level and a theme that each have materials but none together."""
    materials = catalog.published_materials()
    levels = sorted({tag for m in materials for tag in material_facets(catalog, m)["niveau"]})
    themes = sorted({tag for m in materials for tag in material_facets(catalog, m)["thema"]})
    return next((lv, th) for lv in levels for th in themes if not _matching(catalog, niveau=lv, thema=th))


def test_active_filters_are_chips_and_removing_one_updates_the_list_and_the_url(
    page, site_url: str, catalog: Catalog
) -> None:
    page.goto(site_url + f"/materialen/?niveau={LEVEL}&rol={ROLE}")
    chips = page.locator("#hub-active .hub-active__chip")
    # What a chip shows (its own text; "Haal filter ... weg" is for screen readers).
    shown = chips.evaluate_all(
        "cs => cs.map(c => [...c.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join(''))"
    )
    assert shown == [LEVEL_LABEL, ROLE_LABEL]
    bar = page.locator(".hub-results__bar")
    assert bar.get_by_role("button", name="Wis alle filters").is_visible()
    both = _matching(catalog, niveau=LEVEL, rol=ROLE)
    assert bar.locator(".hub-result-count").inner_text().startswith(f"{len(both)} van ")
    page.get_by_role("button", name=f"Haal filter {LEVEL_LABEL} weg").click()
    assert url_query(page) == {"rol": [ROLE]}
    assert shown_cards(page) == _matching(catalog, rol=ROLE)
    assert not page.locator(f"#f-niveau-{LEVEL}").is_checked()
    # Focus stays in the row, on the chip that is left.
    assert page.evaluate("document.activeElement.getAttribute('data-for')") == f"f-rol-{ROLE}"
    bar.get_by_role("button", name="Wis alle filters").click()
    assert url_query(page) == {}
    assert page.locator("#hub-active").is_hidden()
    assert len(shown_cards(page)) == len(catalog.published_materials())


def test_a_long_group_shows_more_on_request_and_nothing_scrolls_inside_the_panel(page, site_url: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site_url + "/materialen/")
    group = page.locator("details.hub-facet").filter(has=page.locator("fieldset[data-facet=niveau]"))
    options = group.locator("ul.hub-facet__options > li:not([hidden])")
    hidden_before = sum(1 for item in options.all() if not item.is_visible())
    assert hidden_before > 0 and sum(1 for item in options.all() if item.is_visible()) == 8
    assert group.get_by_role("button", name=f"Toon meer in onderwijsniveau ({hidden_before})").is_visible()
    more = group.locator(".hub-facet__more")
    assert more.get_attribute("aria-expanded") == "false"
    more.focus()
    page.keyboard.press("Enter")
    assert all(item.is_visible() for item in options.all())
    assert more.get_attribute("aria-expanded") == "true" and "Toon minder" in more.inner_text()
    # Focus moved to the first option it revealed; nothing around the options scrolls (or clips a ring).
    assert page.evaluate("document.activeElement.closest('li').classList.contains('hub-facet__extra')")
    overflow = page.eval_on_selector_all(
        "#hub-facets, #hub-facets *",
        "els => els.filter(e => ['auto', 'scroll', 'hidden'].includes(getComputedStyle(e).overflowY) && e.querySelector('input, a, button')).length",
    )
    assert overflow == 0


def test_the_skip_link_moves_focus_to_the_results(page, site_url: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site_url + "/materialen/")
    skip = page.locator("#hub-facets").get_by_role("link", name="Naar de resultaten")
    skip.focus()
    page.keyboard.press("Enter")
    assert _focused(page) == "hub-results"
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('#hub-results')")


def test_on_a_phone_a_sticky_button_shows_the_count_and_closes_the_panel(
    phone, site_url: str, catalog: Catalog
) -> None:
    phone.goto(site_url + "/materialen/")
    phone.get_by_role("button", name="Filters", exact=True).click()
    phone.locator("details.hub-facet").filter(has=phone.locator("fieldset[data-facet=niveau]")).locator(
        "summary"
    ).click()
    phone.locator(f"label[for=f-niveau-{LEVEL}]").click()
    count = len(_matching(catalog, niveau=LEVEL))
    show = phone.get_by_role("button", name=f"Toon {count} resultaten")
    box = show.bounding_box()
    assert (
        box["y"] + box["height"] <= PHONE["height"] + 1 and box["y"] > PHONE["height"] / 2
    )  # at the foot, in view
    show.click()
    assert not phone.locator("#hub-facets").is_visible()
    assert phone.get_by_role("button", name="Filters (1)").get_attribute("aria-expanded") == "false"
    assert _focused(phone) == "hub-results"


def test_the_empty_state_names_the_filters_and_dropping_the_last_restores_results(
    page, site_url: str, catalog: Catalog
) -> None:
    level, theme = _empty_pair(catalog)
    page.goto(site_url + f"/materialen/?niveau={level}&thema={theme}")
    empty = page.locator(".hub-empty")
    assert empty.is_visible() and shown_cards(page) == set()
    level_label = page.locator(f"label[for=f-niveau-{level}]").evaluate(
        "l => l.firstChild.textContent.trim()"
    )
    theme_label = page.locator(f"label[for=f-thema-{theme}]").evaluate("l => l.firstChild.textContent.trim()")
    assert (
        f"\u2018{level_label}\u2019" in empty.inner_text()
        and f"\u2018{theme_label}\u2019" in empty.inner_text()
    )
    empty.get_by_role("button", name=f"Laat \u2018{theme_label}\u2019 weg").click()
    assert url_query(page) == {"niveau": [level]}
    assert shown_cards(page) == _matching(catalog, niveau=level) and not empty.is_visible()


def test_the_catalogue_folds_its_filters_on_a_phone_and_shows_the_first_offering(
    phone, site_url: str
) -> None:
    phone.goto(site_url + "/aanbod/")
    toggle = phone.get_by_role("button", name="Filters", exact=True)
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not phone.locator("#hub-catalogue-filters").is_visible()
    first = phone.locator("#hub-catalogue > li").first.locator(".hub-card__title")
    assert first.bounding_box()["y"] + first.bounding_box()["height"] < PHONE["height"]
    toggle.click()
    phone.select_option("#hub-filter-modus", index=1)
    assert phone.get_by_role("button", name="Filters (1)").get_attribute("aria-expanded") == "true"
    assert "modus" in url_query(phone)


def test_the_catalogue_sorts_by_title_and_keeps_it_through_a_reload(page, site_url: str) -> None:
    page.goto(site_url + "/aanbod/")
    titles = page.locator("#hub-catalogue > li:not([hidden]) .hub-card__title")
    by_date = titles.all_inner_texts()
    page.get_by_label("Sorteer op").select_option("titel")
    by_title = titles.all_inner_texts()
    assert sorted(by_date, key=str.casefold) == by_title != by_date
    assert url_query(page)["sorteer"] == ["titel"]
    page.reload()
    assert titles.all_inner_texts() == by_title and page.get_by_label("Sorteer op").input_value() == "titel"
    page.get_by_label("Sorteer op").select_option("datum")
    assert titles.all_inner_texts() == by_date and "sorteer" not in url_query(page)


def test_the_catalogue_and_offering_pages_leave_out_the_empty_sidebars(
    page, site_url: str, catalog: Catalog
) -> None:
    page.set_viewport_size({"width": 1350, "height": 900})
    offering = catalog.published_offerings()[0]
    for path in ("/aanbod/", f"/aanbod/{offering.slug}/"):
        page.goto(site_url + path)
        assert not page.locator(".md-sidebar--primary").is_visible(), path
        assert (
            not page.locator(".md-sidebar--secondary").count()
            or not page.locator(".md-sidebar--secondary").is_visible()
        )
        assert page.locator(".md-content").bounding_box()["width"] > 1000, path


# -- axe at phone size, panels open and focused -----------------------------------------------------


def _axe_clean(tab) -> None:
    tab.mouse.move(0, PHONE["height"] - 1)  # what is focused is judged, not what the last tap left hovered
    tab.wait_for_timeout(300)  # the end of the buttons' colour transitions
    assert serious_violations(tab) == []


def test_axe_at_phone_size_on_the_lists_with_open_filters_and_focused_controls(phone, site_url: str) -> None:
    phone.goto(site_url + f"/materialen/?niveau={LEVEL}")
    toggle = phone.get_by_role("button", name="Filters (1)")
    toggle.focus()
    _axe_clean(phone)  # the focused toggle's contrast
    toggle.click()
    phone.locator("details.hub-facet summary").first.click()
    _axe_clean(phone)
    phone.locator(".hub-active__chip").first.focus()
    _axe_clean(phone)
    phone.goto(site_url + f"/materialen/niveau/{LEVEL}/")
    phone.locator(".hub-filter-toggle").click()
    _axe_clean(phone)


def test_axe_at_phone_size_on_a_material_the_catalogue_and_the_search(
    phone, site_url: str, catalog: Catalog
) -> None:
    material = next(m for m in catalog.published_materials() if m.link or m.attachments)
    phone.goto(site_url + f"/materialen/{material.slug}/")
    _axe_clean(phone)
    phone.goto(site_url + "/aanbod/")
    toggle = phone.get_by_role("button", name="Filters", exact=True)
    toggle.focus()
    _axe_clean(phone)
    toggle.click()
    phone.locator("#hub-catalogue-filters select").first.focus()
    _axe_clean(phone)
    phone.goto(site_url + f"/zoek/?q=lezen&niveau={LEVEL}")
    phone.wait_for_function(
        "document.querySelector('.hub-search--page').getAttribute('data-shown') === 'lezen'"
    )
    toggle = phone.get_by_role("button", name="Filters (1)")
    toggle.focus()
    toggle.click()
    _axe_clean(phone)
    phone.locator(".hub-active__chip").first.focus()
    _axe_clean(phone)


# -- the remembered doelgroep -------------------------------------------------------------------------


def _remember(tab, site_url: str) -> None:
    tab.goto(site_url + "/materialen/")
    tab.get_by_role("button", name="Stel je doelgroep in").click()
    tab.get_by_label("Onderwijsniveau").select_option(LEVEL)
    tab.get_by_label("Rol", exact=True).select_option(ROLE)
    tab.get_by_role("button", name="Onthoud mijn doelgroep").click()


def test_a_remembered_doelgroep_preselects_the_lists_and_the_search(
    page, site_url: str, catalog: Catalog
) -> None:
    _remember(page, site_url)
    line = f"Jouw selectie: {LEVEL_LABEL} · {ROLE_LABEL}"
    assert page.locator(".hub-doelgroep__current").inner_text().startswith(line)
    assert shown_cards(page) == _matching(catalog, niveau=LEVEL, rol=ROLE)
    page.goto(site_url + "/materialen/")
    assert url_query(page) == {"niveau": [LEVEL], "rol": [ROLE]}
    assert page.locator(f"#f-niveau-{LEVEL}").is_checked() and page.locator(f"#f-rol-{ROLE}").is_checked()
    assert shown_cards(page) == _matching(catalog, niveau=LEVEL, rol=ROLE)
    assert page.locator(".hub-doelgroep__current").inner_text().startswith(line)
    page.goto(site_url + "/zoek/?q=lezen")
    page.wait_for_function(
        "document.querySelector('.hub-search--page').getAttribute('data-shown') === 'lezen'"
    )
    assert url_query(page) == {"q": ["lezen"], "niveau": [LEVEL], "rol": [ROLE]}
    assert page.locator(f"#f-niveau-{LEVEL}").is_checked()
    assert "binnen je filters" in page.locator("#hub-search-page-status").inner_text()
    assert page.locator(".hub-doelgroep__current").is_visible()


def test_a_shared_link_with_filters_wins_over_the_remembered_doelgroep(
    page, site_url: str, catalog: Catalog
) -> None:
    _remember(page, site_url)
    theme = catalog.published_materials()[0].themes[0]
    page.goto(site_url + f"/materialen/?thema={theme}")
    assert url_query(page) == {"thema": [theme]}
    assert not page.locator(f"#f-niveau-{LEVEL}").is_checked()
    assert shown_cards(page) == _matching(catalog, thema=theme)


def test_clearing_the_doelgroep_forgets_it(page, site_url: str, catalog: Catalog) -> None:
    _remember(page, site_url)
    page.get_by_role("button", name="wissen van je doelgroep").click()
    assert url_query(page) == {} and len(shown_cards(page)) == len(catalog.published_materials())
    assert page.get_by_role("button", name="Stel je doelgroep in").is_visible()
    assert page.evaluate("localStorage.getItem('hub-doelgroep')") is None
    page.goto(site_url + "/materialen/")
    assert url_query(page) == {} and not page.locator(".hub-doelgroep__current").is_visible()


def test_the_doelgroep_stays_in_the_browser_and_readers_who_do_not_choose_see_no_change(
    page, site_url: str
) -> None:
    page.goto(site_url + "/materialen/")
    assert url_query(page) == {} and page.locator(".hub-result-count").inner_text().endswith("materialen")
    assert " van " not in page.locator(".hub-result-count").inner_text()
    sent: list[str] = []

    def record(request) -> None:  # type: ignore[no-untyped-def]
        sent.append(" ".join([request.url, request.post_data or "", *request.all_headers().values()]))

    page.on("request", record)
    _remember(page, site_url)
    for path in ("/materialen/", "/zoek/?q=lezen", "/aanbod/"):
        page.goto(site_url + path)
        page.wait_for_load_state("networkidle")
    assert sent and not [line for line in sent if LEVEL in line or ROLE in line]
    assert page.context.cookies() == [] and page.evaluate("document.cookie") == ""
