"""The catalogue: order by next session, past offerings last, the filter rule, counts, JSON-LD."""

from __future__ import annotations

import datetime as dt
import json

from hub.context import SiteSettings
from hub.load.loader import load_content
from hub.model.catalog import Catalog
from hub.render.catalogue_pages import catalogue_entries, filter_groups, matches, month_label
from hub.render.offering_pages import course_jsonld, next_form, offering_context, provider_label
from tests.world import World

NOW = dt.datetime(2026, 11, 23, 12, 0)


def _session(day: str, mode: str = "fysiek", location: str | None = "Gent") -> str:
    where = f", location: {location}" if location else ""
    return f"{{start: {day}T09:00, end: {day}T16:00, mode: {mode}{where}}}"


def _catalog(world: World) -> Catalog:
    world.offering(
        "online-maart-so",
        title="Online in maart",
        levels="[secundair]",
        sessions=f"[{_session('2027-01-10')}, {_session('2027-03-10', 'online', None)}]",
        price="0",
    )
    world.offering(
        "fysiek-maart-so",
        title="Fysiek in maart, online in april",
        levels="[secundair]",
        sessions=f"[{_session('2027-03-02')}, {_session('2027-04-20', 'online', None)}]",
        price="35",
        provider="{kind: extern, name: Leesbond vzw}",
    )
    world.offering(
        "kleuters", title="Voor kleuters", levels="[kleuter]", sessions=f"[{_session('2027-02-01')}]"
    )
    world.offering(
        "voorbij", title="Al voorbij", levels="[secundair]", sessions=f"[{_session('2026-03-01', 'online')}]"
    )
    world.offering("op-afspraak", title="Op afspraak", sessions=None)
    world.offering("klad", title="Klad", status="draft", sessions=f"[{_session('2027-01-05')}]")
    catalog, problems = load_content(world.content)
    assert not [p for p in problems if p.severity == "error"], problems
    return catalog


def test_sorted_by_next_session_then_on_request_then_past(world: World) -> None:
    entries = catalogue_entries(_catalog(world), NOW)
    assert [e.slug for e in entries] == [
        "online-maart-so",
        "kleuters",
        "fysiek-maart-so",
        "op-afspraak",
        "voorbij",
    ]
    assert [e.status for e in entries] == ["upcoming", "upcoming", "upcoming", "on-request", "past"]
    first = entries[0]
    assert first.next_when == "zondag 10 januari 2027, 09:00–16:00"
    assert first.next_place == "Gent"
    assert entries[-1].next_when == "zondag 1 maart 2026, 09:00–16:00"


def test_card_facts_price_provider_and_levels_with_ancestors(world: World) -> None:
    entries = {e.slug: e for e in catalogue_entries(_catalog(world), NOW)}
    assert entries["online-maart-so"].price == "gratis"
    assert entries["fysiek-maart-so"].price == "€\u00a035,00"
    assert entries["fysiek-maart-so"].provider == "Leesbond vzw (externe partner)"
    assert entries["kleuters"].provider == "Pedagogische begeleidingsdienst"
    assert entries["kleuters"].facets["niveau"] == ["basis", "kleuter"]
    assert entries["kleuters"].audience == ["Kleuteronderwijs", "Leraar"]
    assert entries["online-maart-so"].data_sessions == "2027-01:fysiek 2027-03:online"


def test_secundair_online_in_march_needs_one_session_that_is_both(world: World) -> None:
    entries = catalogue_entries(_catalog(world), NOW)
    chosen = {"niveau": "secundair", "modus": "online", "maand": "2027-03"}
    assert [e.slug for e in entries if matches(e, chosen)] == ["online-maart-so"]
    # fysiek-maart-so has a March session and an online session, but not an online one in March
    assert [e.slug for e in entries if matches(e, {"niveau": "kleuter"})] == ["kleuters"]
    assert len([e for e in entries if matches(e, {})]) == 5


def test_filter_options_have_counts_and_only_months_from_now(world: World) -> None:
    catalog = _catalog(world)
    entries = catalogue_entries(catalog, NOW)
    groups = {g["parameter"]: g for g in filter_groups(catalog, entries, NOW)}
    assert list(groups) == ["vorm", "niveau", "rol", "modus", "maand"]  # no themes in this world
    niveau = {o["value"]: o["count"] for o in groups["niveau"]["options"]}
    assert niveau == {"basis": 2, "kleuter": 1, "secundair": 3}  # op-afspraak is for basis
    modus = {o["value"]: o["count"] for o in groups["modus"]["options"]}
    assert modus == {"fysiek": 3, "online": 3}
    months = [(o["value"], o["label"]) for o in groups["maand"]["options"]]
    assert months == [
        ("2027-01", "januari 2027"),
        ("2027-02", "februari 2027"),
        ("2027-03", "maart 2027"),
        ("2027-04", "april 2027"),
    ]
    assert month_label("2027-03") == "maart 2027"


def test_course_jsonld_has_instances_with_brussels_offsets_and_offer(world: World) -> None:
    _catalog(world)  # writes the winter offerings used at the end
    world.offering(
        "zomer",
        sessions="[{start: 2027-06-10T09:00, end: 2027-06-10T12:00, mode: hybride, location: Gent}]",
        price="35",
        registration="https://example.org/inschrijven",
    )
    catalog, _ = load_content(world.content)
    data = json.loads(json.dumps(course_jsonld(catalog, catalog.offerings["zomer"])))
    assert data["@context"] == "https://schema.org" and data["@type"] == "Course"
    assert data["provider"] == {"@type": "Organization", "name": "Pedagogische begeleidingsdienst"}
    assert data["offers"] == {
        "@type": "Offer",
        "price": 35.0,
        "priceCurrency": "EUR",
        "category": "Paid",
        "url": "https://example.org/inschrijven",
    }
    (instance,) = data["hasCourseInstance"]
    assert instance["startDate"] == "2027-06-10T09:00:00+02:00"
    assert instance["endDate"] == "2027-06-10T12:00:00+02:00"
    assert instance["courseMode"] == "Blended"
    # Online participants go to the registration form; the Place has no address until one is given.
    assert instance["location"] == [
        {"@type": "Place", "name": "Gent"},
        {"@type": "VirtualLocation", "name": "Gent", "url": "https://example.org/inschrijven"},
    ]
    winter = course_jsonld(catalog, catalog.offerings["online-maart-so"], "https://pbd.example/")
    assert [i["startDate"] for i in winter["hasCourseInstance"]] == [
        "2027-01-10T09:00:00+01:00",
        "2027-03-10T09:00:00+01:00",
    ]
    # Without a registration form, the offering's own page is where an online session starts.
    assert winter["hasCourseInstance"][1]["location"] == {
        "@type": "VirtualLocation",
        "name": "Online",
        "url": "https://pbd.example/aanbod/online-maart-so/",
    }
    assert course_jsonld(catalog, catalog.offerings["online-maart-so"])["offers"]["category"] == "Free"


def test_offering_context_related_items_are_published_and_share_a_theme(world: World) -> None:
    world.material("over-differentiatie", title="Over differentiatie", themes="[differentiatie]")
    world.material("over-taal", title="Over taal", themes="[taal]")
    world.material("klad-differentiatie", title="Klad", themes="[differentiatie]", status="draft")
    world.question("vraag-gsl", themes="[differentiatie]")
    world.offering("gsl", themes="[gsl]")
    catalog, _ = load_content(world.content)
    context = offering_context(catalog, catalog.offerings["gsl"], NOW, SiteSettings())
    assert [c.slug for c in context["related"]["materials"]] == ["over-differentiatie"]
    assert [c.slug for c in context["related"]["questions"]] == ["vraag-gsl"]
    assert context["ics_url"] == "aanbod/gsl/gsl.ics"
    assert context["sessions"][0]["when"] == "donderdag 14 januari 2027, 09:00–16:00"
    assert context["sessions"][0]["mode_label"] == "Online"
    assert context["all_past"] is False


def test_provider_and_next_form_on_the_continuum(world: World) -> None:
    catalog = _catalog(world)
    assert provider_label(catalog.offerings["fysiek-maart-so"]) == "Leesbond vzw (externe partner)"
    assert next_form(catalog, "helpdesk-live") == {"id": "opleiding", "label": "Opleiding", "description": ""}
    assert next_form(catalog, "opleiding") is None


def test_vorm_filter_offers_the_form_itself_not_its_parent(world: World) -> None:
    world.offering("live", title="Helpdesk Live over taal", form="helpdesk-live")
    world.offering("opl", title="Een opleiding")
    catalog, _ = load_content(world.content)
    entries = catalogue_entries(catalog, NOW)
    (vorm,) = [g for g in filter_groups(catalog, entries, NOW) if g["parameter"] == "vorm"]
    labels = {o["label"]: o["count"] for o in vorm["options"]}
    assert labels == {"Helpdesk Live": 1, "Opleiding": 1}
    assert all(o["indent"] == "" for o in vorm["options"])
    live = next(e for e in entries if e.slug == "live")
    assert live.facets["vorm"] == ["helpdesk-live"]
    assert not matches(live, {"vorm": "helpdesk"})


def test_every_session_is_carried_with_its_iso_end_for_the_script(world: World) -> None:
    entries = {e.slug: e for e in catalogue_entries(_catalog(world), NOW)}
    views = entries["online-maart-so"].session_views
    assert [(v["maand"], v["modus"], v["place"]) for v in views] == [
        ("2027-01", "fysiek", "Gent"),
        ("2027-03", "online", "online"),
    ]
    assert views[1]["end"] == "2027-03-10T16:00:00+01:00"
    assert views[1]["when"].startswith("woensdag 10 maart 2027")
    # The build-time card keeps the next session overall (January), the script reveals March.
    assert entries["online-maart-so"].next_when.startswith("zondag 10 januari 2027")
