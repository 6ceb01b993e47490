"""A page and a calendar per published offering (a withdrawn one keeps its page, without calendar):
goals, sessions, registration, fiche, JSON-LD."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

from hub.context import BuildContext, SiteSettings
from hub.model.catalog import Catalog
from hub.model.fields import BRUSSELS
from hub.model.items import Material, Offering, Question, Session
from hub.model.kinds import src_uri_of, url_of
from hub.render import dutch
from hub.render.calendar import calendar_bytes, calendar_uri, session_calendar_bytes
from hub.render.effect_pages import offering_evaluation
from hub.render.jsonld import absolute
from hub.render.leerpad_views import route_banners
from hub.render.lifecycle import mark_withdrawn, page_items, withdrawn_notice
from hub.render.pages import PageSpec, StaticFile
from hub.render.plain_text import clean_data
from hub.render.session_links import google_calendar_link, outlook_calendar_link, session_calendar_uri
from hub.render.session_states import STATE_LABELS, session_state
from hub.render.views import card, tags
from hub.reports.effects import results_by_offering

INTERNAL_PROVIDER = "Pedagogische begeleidingsdienst"
MODE_LABELS = {"fysiek": "Fysiek", "online": "Online", "hybride": "Hybride"}
# schema.org courseMode values as Google's course rich results document them
COURSE_MODES = {"fysiek": "Onsite", "online": "Online", "hybride": "Blended"}
RELATED_LIMIT = 4


def provider_label(offering: Offering) -> str:
    """Who gives it: the service itself, or the external partner (makelaarschap)."""
    if offering.provider is None or offering.provider.kind == "intern":
        return INTERNAL_PROVIDER
    return f"{offering.provider.name or 'Externe partner'} (externe partner)"


def session_place(session: Session) -> str:
    """Where a session takes place as the page shows it: the location, with its address when known."""
    place = session.location or ("online" if session.mode == "online" else "")
    return f"{place}, {session.address}" if place and session.address else place


def session_view(
    offering: Offering, session: Session, now: dt.datetime, settings: SiteSettings
) -> dict[str, Any]:
    state = session_state(session, now)
    bookable = offering.is_published and state not in ("geannuleerd", "afgelopen")
    page_url = settings.absolute(url_of(offering))
    return {
        "state": state,
        "state_label": STATE_LABELS.get(state or ""),
        "ics_url": session_calendar_uri(offering, session) if bookable else None,
        "google_url": google_calendar_link(offering, session, page_url) if bookable else None,
        "outlook_url": outlook_calendar_link(offering, session, page_url) if bookable else None,
        "when": dutch.session_span(session.start, session.end),
        "start_iso": session.start.replace(tzinfo=BRUSSELS).isoformat(),
        "end_iso": session.end.replace(tzinfo=BRUSSELS).isoformat(),
        "mode": session.mode,
        "mode_label": MODE_LABELS[session.mode],
        "place": session_place(session),
        "recording": session.recording,
        "past": session.end < now,
    }


def _shared_themes(catalog: Catalog, offering: Offering, item: Material | Question) -> int:
    broader = catalog.taxonomies["themes"].with_ancestors(item.themes)
    return len(set(offering.themes) & broader)


def related_items(catalog: Catalog, offering: Offering) -> dict[str, list[Any]]:
    """Published materials and questions sharing a theme, most shared themes (then level) first."""
    levels = catalog.taxonomies["levels"]
    own_levels = levels.with_ancestors(offering.levels)

    def ranked(items: list[Material] | list[Question]) -> list[Any]:
        scored = []
        for item in items:
            shared = _shared_themes(catalog, offering, item)
            if shared:
                level_match = bool(own_levels & levels.with_ancestors(item.levels))
                scored.append((-shared, not level_match, item.title.lower(), item))
        return [card(catalog, row[-1]) for row in sorted(scored, key=lambda r: r[:3])[:RELATED_LIMIT]]

    return {
        "materials": ranked(catalog.published_materials()),
        "questions": ranked(catalog.published_questions()),
    }


def next_form(catalog: Catalog, form: str) -> dict[str, str] | None:
    """The next, more intensive support form on the continuum (by `order` in forms.yml)."""
    forms = catalog.taxonomies["forms"]
    own = forms.entries.get(form)
    if own is None or own.order is None:
        return None
    later = sorted(
        (e for e in forms if e.order is not None and e.order > own.order), key=lambda e: e.order or 0
    )
    if not later:
        return None
    return {"id": later[0].id, "label": later[0].label, "description": later[0].description or ""}


def session_locations(offering: Offering, session: Session, site_url: str) -> list[dict[str, str]]:
    """schema.org locations of a session: a Place (with its address when known) where people meet,
    a VirtualLocation (with the address to go to: registration, else the offering's page) online."""
    places: list[dict[str, str]] = []
    if session.mode != "online" and session.location:
        place = {"@type": "Place", "name": session.location}
        if session.address:
            place["address"] = session.address
        places.append(place)
    if session.mode != "fysiek":
        url = str(offering.registration) if offering.registration else absolute(site_url, url_of(offering))
        places.append({"@type": "VirtualLocation", "name": session.location or "Online", "url": url})
    return places


def course_jsonld(catalog: Catalog, offering: Offering, site_url: str = "") -> dict[str, Any]:
    """schema.org Course with a CourseInstance per session (url is added by the template)."""
    instances = []
    for session in sorted(offering.sessions, key=lambda s: s.start):
        instance: dict[str, Any] = {
            "@type": "CourseInstance",
            "courseMode": COURSE_MODES[session.mode],
            "startDate": session.start.replace(tzinfo=BRUSSELS).isoformat(),
            "endDate": session.end.replace(tzinfo=BRUSSELS).isoformat(),
            "inLanguage": "nl-BE",
        }
        places = session_locations(offering, session, site_url)
        if places:
            instance["location"] = places[0] if len(places) == 1 else places
        instances.append(instance)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Course",
        "name": offering.title,
        "description": offering.description,
        "inLanguage": "nl-BE",
        "courseCode": offering.slug,
        "provider": {
            "@type": "Organization",
            "name": provider_label(offering).removesuffix(" (externe partner)"),
        },
        "audience": {
            "@type": "EducationalAudience",
            "educationalRole": [catalog.taxonomies["roles"].label(r) for r in offering.roles],
            "audienceType": [catalog.taxonomies["levels"].label(lv) for lv in offering.levels],
        },
        "teaches": list(offering.goals),
    }
    if instances:
        data["hasCourseInstance"] = instances
    if offering.price is not None:
        offer: dict[str, Any] = {
            "@type": "Offer",
            "price": round(offering.price, 2),
            "priceCurrency": "EUR",
            "category": "Free" if offering.price == 0 else "Paid",
        }
        if offering.registration:
            offer["url"] = offering.registration
        data["offers"] = offer
    return clean_data(data)


def contact_href(contact: str, subject: str) -> str:
    """A link for a checked contact: the https URL itself, or a mailto with the offering as subject."""
    if contact.startswith("https://"):
        return contact
    return f"mailto:{contact}?subject={quote(subject)}"


def signup_view(
    catalog: Catalog, offering: Offering, settings: SiteSettings, all_past: bool
) -> dict[str, str] | None:
    """How a reader registers for or asks about OFFERING, shown near the top of its page.

    The registration form first; else the contact of the offering, of its team, or of the service
    (`extra.contact` in mkdocs.yml). Nothing for an offering whose sessions are all past and that
    cannot be asked for again, or that is withdrawn."""
    if offering.is_withdrawn:
        return None
    team = catalog.taxonomies["teams"].entries.get(offering.owner)
    contact = offering.contact or (team.contact if team else None) or settings.extra.get("contact")
    subject = f"Aanbod: {offering.title}"
    if offering.registration and not all_past:
        return {"kind": "register", "href": offering.registration, "text": "Schrijf je in"}
    if not contact:
        return None
    href = contact_href(str(contact), subject)
    if offering.on_request:
        return {"kind": "request", "href": href, "text": "Vraag dit aanbod aan"}
    if all_past:
        return {
            "kind": "interest",
            "href": href,
            "text": "Laat weten dat je interesse hebt in een volgende editie",
        }
    return {"kind": "contact", "href": href, "text": "Schrijf je in of stel je vraag"}


def offering_context(
    catalog: Catalog, offering: Offering, now: dt.datetime, settings: SiteSettings
) -> dict[str, object]:
    moment = now
    fiche = catalog.fiche_for(offering.form)
    sessions = sorted(offering.sessions, key=lambda s: s.start)
    all_past = bool(sessions) and all(s.end < moment for s in sessions)
    return {
        "item": offering,
        "form": catalog.taxonomies["forms"].label(offering.form),
        "levels": tags(catalog, "levels", offering.levels),
        "roles": tags(catalog, "roles", offering.roles),
        "themes": tags(catalog, "themes", offering.themes),
        "price": dutch.price(offering.price),
        "provider": provider_label(offering),
        "external": offering.provider is not None and offering.provider.kind == "extern",
        "sessions": [session_view(offering, s, moment, settings) for s in sessions],
        "all_past": all_past,
        "signup": signup_view(catalog, offering, settings, all_past),
        # A withdrawn offering is in no calendar.
        "ics_url": calendar_uri(offering) if sessions and offering.is_published else None,
        "fiche_url": url_of(fiche) if fiche else None,
        "fiche_title": fiche.title if fiche else None,
        "related": related_items(catalog, offering),
        "next_form": next_form(catalog, offering.form),
        "owner": catalog.taxonomies["teams"].label(offering.owner),
        "jsonld": mark_withdrawn(course_jsonld(catalog, offering, settings.site_url), offering),
        "leerpaden": route_banners(catalog, offering),
        "withdrawn": withdrawn_notice(catalog, offering),
    }


def offering_pages(ctx: BuildContext) -> Iterator[PageSpec | StaticFile]:
    catalog = ctx.catalog
    now = ctx.now
    evaluated = results_by_offering(ctx.effect_results)
    for offering in page_items(catalog, "trainings"):
        assert isinstance(offering, Offering)
        yield PageSpec(
            src_uri=src_uri_of(offering),
            title=offering.title,
            description=offering.description,
            template="hub/offering.html",
            body=offering.body,
            context=offering_context(catalog, offering, now, ctx.settings)
            | offering_evaluation(ctx, offering, evaluated.get(offering.slug, [])),
            updated=offering.reviewed.isoformat(),
            noindex=offering.is_withdrawn,
            search=offering.is_published,
        )
        if offering.sessions and offering.is_published:
            yield StaticFile(
                calendar_uri(offering),
                content=calendar_bytes([offering], offering.title, offering.slug, ctx.settings.site_url),
            )
        for session in offering.sessions if offering.is_published else ():
            if session_state(session, now) not in ("geannuleerd", "afgelopen"):
                yield StaticFile(
                    session_calendar_uri(offering, session),
                    content=session_calendar_bytes(offering, session, ctx.settings.site_url),
                )


BUILDERS = [offering_pages]
