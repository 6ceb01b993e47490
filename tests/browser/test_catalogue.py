"""The catalogue in a browser: filters in the URL, reload and back, an offering's agenda, the calculator."""

from __future__ import annotations

import datetime as dt
import json
import re
from urllib.parse import parse_qs, urlparse

import pytest
from icalendar import Calendar

from hub.context import BRUSSELS
from hub.load.loader import load_content
from hub.render.catalogue_pages import catalogue_entries, matches
from hub.render.fiche_pages import required_responses
from tests.browser.conftest import visitor_context
from tests.conftest import NOW, ROOT

pytestmark = pytest.mark.browser

SECUNDAIR_ONLINE_MAART = {"niveau": "secundair", "modus": "online", "maand": "2027-03"}


def _visible_slugs(page) -> list[str]:
    return page.eval_on_selector_all(
        "#hub-catalogue .hub-offering:not([hidden])", "cards => cards.map(c => c.dataset.slug)"
    )


def _expected_slugs(chosen: dict[str, str]) -> list[str]:
    catalog, _ = load_content(ROOT / "content")
    # Offerings whose sessions are all past live in the school-year archive, not on /aanbod/.
    return [e.slug for e in catalogue_entries(catalog, NOW) if e.status != "past" and matches(e, chosen)]


def _choose(page, chosen: dict[str, str]) -> None:
    for name, value in chosen.items():
        select = page.locator(f"#hub-filter-{name}")
        assert select.locator(f'option[value="{value}"]').count(), (
            f"/aanbod/ offers no filter option {name}={value} as on {NOW:%Y-%m-%d} (tests/conftest.py NOW)"
        )
        select.select_option(value)


def test_secundair_online_in_march_shows_only_matching_offerings_and_survives_reload(
    page, site_url: str
) -> None:
    page.goto(site_url + "/aanbod/")
    everything = _visible_slugs(page)
    _choose(page, SECUNDAIR_ONLINE_MAART)
    shown = _visible_slugs(page)
    assert shown, "no offering for secundair, online, in maart"
    assert shown == _expected_slugs(SECUNDAIR_ONLINE_MAART)
    assert len(shown) < len(everything)
    for slug in shown:
        card = page.locator(f'.hub-offering[data-slug="{slug}"]')
        assert "secundair" in card.get_attribute("data-niveau").split()
        assert any(s.startswith("2027-03:online") for s in card.get_attribute("data-sessies").split())
    query = parse_qs(urlparse(page.url).query)
    assert query == {k: [v] for k, v in SECUNDAIR_ONLINE_MAART.items()}
    status = page.locator("#hub-catalogue-count").inner_text()
    assert status.startswith(f"{len(shown)} van {len(everything)}") and "maart 2027" in status

    page.reload()
    assert _visible_slugs(page) == shown
    assert page.locator("#hub-filter-modus").input_value() == "online"


def test_back_button_restores_the_previous_filters(page, site_url: str) -> None:
    page.goto(site_url + "/aanbod/")
    total = len(_visible_slugs(page))
    _choose(page, {"niveau": "secundair"})
    secundair = _visible_slugs(page)
    _choose(page, {"modus": "online"})
    assert "modus=online" in page.url
    page.go_back()
    assert "modus" not in page.url and "niveau=secundair" in page.url
    assert page.locator("#hub-filter-modus").input_value() == ""
    assert _visible_slugs(page) == secundair
    page.go_back()
    assert len(_visible_slugs(page)) == total


def test_counts_follow_the_other_filters_and_reset_clears_everything(page, site_url: str) -> None:
    page.goto(site_url + "/aanbod/?niveau=secundair")
    online = page.locator('#hub-filter-modus option[value="online"]').inner_text()
    expected = len(_expected_slugs({"niveau": "secundair", "modus": "online"}))
    assert online.endswith(f"({expected})")
    page.get_by_role("button", name="Wis alle filters").click()
    assert urlparse(page.url).query == ""
    assert page.locator("#hub-catalogue .hub-offering[hidden]").count() == 0


def test_filters_work_from_the_keyboard(page, site_url: str) -> None:
    page.goto(site_url + "/aanbod/")
    page.locator("#hub-filter-vorm").focus()
    page.keyboard.press("ArrowDown")
    value = page.locator("#hub-filter-vorm").input_value()
    assert value and f"vorm={value}" in page.url
    assert all(
        value in s.split()
        for s in page.eval_on_selector_all(
            "#hub-catalogue .hub-offering:not([hidden])", "cards => cards.map(c => c.dataset.vorm)"
        )
    )


def test_without_javascript_the_full_list_is_readable(browser, site_url: str) -> None:
    context = visitor_context(browser, java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(site_url + "/aanbod/?modus=online")
        assert not tab.locator("#hub-catalogue-filters").is_visible()
        cards = tab.locator("#hub-catalogue .hub-offering")
        assert cards.count() == len(_expected_slugs({}))
        assert cards.first.is_visible()
    finally:
        context.close()


def test_open_offering_add_to_agenda_and_register(page, site_url: str) -> None:
    page.goto(site_url + "/aanbod/?" + "&".join(f"{k}={v}" for k, v in SECUNDAIR_ONLINE_MAART.items()))
    first = page.locator("#hub-catalogue .hub-offering:not([hidden]) .hub-card__title a").first
    title = first.inner_text()
    first.click()
    assert page.locator("h1").inner_text() == title
    rows = page.locator("table.hub-sessions tbody tr")
    assert rows.count() >= 1
    agenda = page.get_by_role("link", name="Zet in je agenda")
    response = page.request.get(agenda.evaluate("a => a.href"))
    assert response.ok
    calendar = Calendar.from_ical(response.body())
    assert len(calendar.events) == rows.count()
    march_online = [e for e in calendar.events if e.start.month == 3 and e.start.year == 2027]
    assert march_online, "the calendar has the session in March"
    for event in calendar.events:
        shown = event.start.astimezone(BRUSSELS).strftime("%H:%M")
        assert shown in page.locator("table.hub-sessions").inner_text()
    register = page.locator(".hub-signup a.hub-register")
    assert register.count() == 1 and register.is_visible()
    assert register.get_attribute("href").startswith(("https://", "mailto:"))
    data = json.loads(page.locator('script[type="application/ld+json"]').first.inner_text())
    assert data["@type"] == "Course" and data["name"] == title
    assert len(data["hasCourseInstance"]) == rows.count()


def test_fiche_calculator_uses_the_norm_of_the_largest_row_not_above_n(page, site_url: str) -> None:
    catalog, _ = load_content(ROOT / "content")
    page.goto(site_url + "/kwaliteit/opleiding/")
    field = page.get_by_label("Aantal deelnemers")
    result = page.locator("#hub-calc-result")
    smallest = min(n.participants for n in catalog.response_norms)
    for size in [smallest, smallest + 4, 10, 19, 20, 37, 99, 100, 250]:
        field.fill(str(size))
        needed = required_responses(catalog.response_norms, size)
        assert f"minstens {needed} antwoorden nodig" in result.inner_text(), size
    field.fill(str(smallest - 1))
    assert "geldt geen norm" in result.inner_text()
    field.fill("2.5")
    assert "geheel aantal" in result.inner_text()
    field.fill("")
    assert result.inner_text() == "Vul het aantal deelnemers in."


def test_fiche_prints_on_a4_without_the_interactive_parts(page, site_url: str) -> None:
    page.goto(site_url + "/kwaliteit/opleiding/")
    page.emulate_media(media="print")
    assert page.locator("table.hub-norms").is_visible()
    assert page.locator(".hub-requirements").is_visible()
    assert not page.locator(".hub-calc").is_visible()
    assert not page.locator(".md-header").is_visible()
    pdf = page.pdf(format="A4")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pdf.startswith(b"%PDF") and 1 <= pages <= 3


def test_the_calculators_answer_prints_with_the_fiche(page, site_url: str) -> None:
    page.goto(site_url + "/kwaliteit/opleiding/")
    page.get_by_label("Aantal deelnemers").fill("37")
    answer = page.locator("#hub-calc-result").inner_text()
    assert answer.startswith("Bij 37 deelnemers heb je minstens")
    page.emulate_media(media="print")
    assert page.locator("#hub-calc-result").is_visible()
    assert page.locator("#hub-calc-result").inner_text() == answer
    assert not page.get_by_label("Aantal deelnemers").is_visible()
    assert page.locator(".hub-norms tr.hub-norm--active").count() == 1


def test_a_teacher_can_register_for_a_secundair_online_march_offering(page, site_url: str) -> None:
    page.goto(site_url + "/aanbod/?" + "&".join(f"{k}={v}" for k, v in SECUNDAIR_ONLINE_MAART.items()))
    links = page.eval_on_selector_all(
        "#hub-catalogue .hub-offering:not([hidden]) .hub-card__title a", "links => links.map(a => a.href)"
    )
    registrations = []
    for link in links:
        page.goto(link)
        # Right below the lead, inside the first screen: a form, or how to ask.
        button = page.locator(".hub-signup a.hub-register")
        assert button.is_visible(), link
        assert button.bounding_box()["y"] < page.viewport_size["height"], link
        assert button.inner_text().startswith(("Schrijf je in", "Vraag dit aanbod aan")), link
        registrations.append(button.get_attribute("href"))
    assert registrations, "no offering for secundair, online, in maart"
    assert all(href.startswith(("https://", "mailto:")) for href in registrations)


def test_filtered_cards_show_the_first_session_that_matches(page, site_url: str) -> None:
    page.goto(site_url + "/aanbod/?" + "&".join(f"{k}={v}" for k, v in SECUNDAIR_ONLINE_MAART.items()))
    shown = _visible_slugs(page)
    assert shown, f"no secundair online offering in maart 2027 as on {NOW:%Y-%m-%d} (tests/conftest.py NOW)"
    catalog, _ = load_content(ROOT / "content")
    entries = {e.slug: e for e in catalogue_entries(catalog, NOW)}
    for slug in shown:
        fitting = [
            v for v in entries[slug].session_views if v["maand"] == "2027-03" and v["modus"] == "online"
        ]
        row = page.locator(f'.hub-offering[data-slug="{slug}"] .hub-card__when')
        assert row.locator("dt").inner_text() == "Volgende sessie"
        assert row.locator("dd").inner_text().startswith(fitting[0]["when"])
        assert "maart 2027" in row.locator("dd").inner_text()


def test_sessions_turn_past_by_the_visitors_clock_not_the_build(page, site_url: str) -> None:
    page.clock.set_fixed_time(dt.datetime(2035, 1, 1, tzinfo=dt.UTC))
    page.goto(site_url + "/aanbod/")
    cards = page.locator("#hub-catalogue .hub-offering:has(.hub-card__sessions)")
    assert cards.count() > 0
    for index in range(cards.count()):
        card = cards.nth(index)
        assert card.locator(".hub-card__when dt").inner_text() == "Laatste sessie"
        assert card.locator(".hub-card__when dd").inner_text().endswith("(afgelopen)")
        assert card.locator(".hub-card__past").is_visible()
    slug = cards.first.get_attribute("data-slug")
    page.goto(f"{site_url}/aanbod/{slug}/")
    rows = page.locator(".hub-sessions tbody tr")
    assert rows.count() > 0
    for index in range(rows.count()):
        assert rows.nth(index).locator(".hub-session__past").is_visible()


def test_filters_are_an_even_grid_with_a_visible_focus(page, site_url: str) -> None:
    page.goto(site_url + "/aanbod/")
    widths = page.eval_on_selector_all(
        "#hub-catalogue-filters select", "els => els.map(e => Math.round(e.getBoundingClientRect().width))"
    )
    assert len(widths) >= 4 and max(widths) - min(widths) <= 1
    select = page.locator("#hub-filter-niveau")
    label_box, select_box = (
        page.locator('label[for="hub-filter-niveau"]').bounding_box(),
        select.bounding_box(),
    )
    assert label_box["y"] + label_box["height"] <= select_box["y"] + 1  # label above
    select.focus()
    style = select.evaluate(
        "e => { const s = getComputedStyle(e); return [s.outlineStyle, s.outlineWidth]; }"
    )
    assert style == ["solid", "3px"]


def test_calculator_input_has_a_box_and_a_focus_ring(page, site_url: str) -> None:
    page.goto(site_url + "/kwaliteit/opleiding/")
    field = page.get_by_label("Aantal deelnemers")
    border = field.evaluate("e => [getComputedStyle(e).borderTopWidth, getComputedStyle(e).borderTopColor]")
    assert border == ["2px", "rgb(92, 99, 112)"]  # #5c6370: 6:1 against white
    assert field.bounding_box()["height"] >= 30
    field.focus()
    assert field.evaluate("e => getComputedStyle(e).outlineWidth") == "3px"


def test_printed_fiche_says_where_and_when_and_keeps_the_scale_on_one_line(page, site_url: str) -> None:
    page.clock.set_fixed_time(dt.datetime(2027, 2, 3, 10, tzinfo=dt.UTC))
    page.goto(site_url + "/kwaliteit/opleiding/")
    printed = page.locator(".hub-fiche__printed")
    assert not printed.is_visible()
    page.emulate_media(media="print")
    assert printed.is_visible()
    assert printed.inner_text() == f"Afgedrukt van {site_url}/kwaliteit/opleiding/ op 3 februari 2027"
    scale = page.locator(".hub-questions td.hub-questions__scale").first
    assert scale.evaluate("e => getComputedStyle(e).whiteSpace") == "nowrap"
