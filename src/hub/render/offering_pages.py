"""A page and a calendar per published offering: goals, sessions, registration, fiche, JSON-LD."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from hub.context import BuildContext
from hub.model.catalog import Catalog
from hub.model.fields import BRUSSELS
from hub.model.items import Material, Offering, Question, Session
from hub.model.kinds import src_uri_of, url_of
from hub.render import dutch
from hub.render.calendar import calendar_bytes, calendar_uri
from hub.render.effect_pages import offering_evaluation
from hub.render.pages import PageSpec, StaticFile
from hub.render.plain_text import clean_data
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
    return session.location or ("online" if session.mode == "online" else "")


def session_view(session: Session, now: dt.datetime) -> dict[str, Any]:
    return {
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


def course_jsonld(catalog: Catalog, offering: Offering) -> dict[str, Any]:
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
        places: list[dict[str, str]] = []
        if session.mode != "online" and session.location:
            places.append({"@type": "Place", "name": session.location})
        if session.mode != "fysiek":
            places.append({"@type": "VirtualLocation", "name": session.location or "Online"})
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


def offering_context(catalog: Catalog, offering: Offering, now: dt.datetime) -> dict[str, object]:
    moment = now
    fiche = catalog.fiche_for(offering.form)
    sessions = sorted(offering.sessions, key=lambda s: s.start)
    return {
        "item": offering,
        "form": catalog.taxonomies["forms"].label(offering.form),
        "levels": tags(catalog, "levels", offering.levels),
        "roles": tags(catalog, "roles", offering.roles),
        "themes": tags(catalog, "themes", offering.themes),
        "price": dutch.price(offering.price),
        "provider": provider_label(offering),
        "external": offering.provider is not None and offering.provider.kind == "extern",
        "sessions": [session_view(s, moment) for s in sessions],
        "all_past": bool(sessions) and all(s.end < moment for s in sessions),
        "ics_url": calendar_uri(offering) if sessions else None,
        "fiche_url": url_of(fiche) if fiche else None,
        "fiche_title": fiche.title if fiche else None,
        "related": related_items(catalog, offering),
        "next_form": next_form(catalog, offering.form),
        "owner": catalog.taxonomies["teams"].label(offering.owner),
        "jsonld": course_jsonld(catalog, offering),
    }


def offering_pages(ctx: BuildContext) -> Iterator[PageSpec | StaticFile]:
    catalog = ctx.catalog
    now = ctx.now
    evaluated = results_by_offering(ctx.effect_results)
    for offering in catalog.published_offerings():
        yield PageSpec(
            src_uri=src_uri_of(offering),
            title=offering.title,
            description=offering.description,
            template="hub/offering.html",
            body=offering.body,
            context=offering_context(catalog, offering, now)
            | offering_evaluation(ctx, offering, evaluated.get(offering.slug, [])),
        )
        if offering.sessions:
            yield StaticFile(
                calendar_uri(offering),
                content=calendar_bytes([offering], offering.title, offering.slug, ctx.settings.site_url),
            )


BUILDERS = [offering_pages]
