"""A page per published offering: goals, design, provider, sessions, registration, its fiche."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from hub.model.catalog import Catalog
from hub.model.items import Offering
from hub.render import dutch
from hub.render.pages import PageSpec
from hub.render.urls import src_uri_of, url_of
from hub.render.views import tags


def offering_context(catalog: Catalog, offering: Offering) -> dict[str, object]:
    fiche = catalog.fiche_for(offering.form)
    return {
        "item": offering,
        "form": catalog.taxonomies["forms"].label(offering.form),
        "levels": tags(catalog, "levels", offering.levels),
        "roles": tags(catalog, "roles", offering.roles),
        "themes": tags(catalog, "themes", offering.themes),
        "price": dutch.price(offering.price),
        "sessions": [
            {
                "when": dutch.session_span(session.start, session.end),
                "mode": session.mode,
                "location": session.location or ("online" if session.mode == "online" else ""),
                "recording": session.recording,
            }
            for session in sorted(offering.sessions, key=lambda s: s.start)
        ],
        "fiche_url": url_of(fiche) if fiche else None,
        "owner": catalog.taxonomies["teams"].label(offering.owner),
    }


def offering_pages(catalog: Catalog, content_root: Path) -> Iterator[PageSpec]:
    for offering in catalog.published_offerings():
        yield PageSpec(
            src_uri=src_uri_of(offering),
            title=offering.title,
            description=offering.description,
            template="hub/offering.html",
            body=offering.body,
            context=offering_context(catalog, offering),
        )


BUILDERS = [offering_pages]
