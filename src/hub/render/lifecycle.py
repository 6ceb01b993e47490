"""Withdrawn items on the site: their pages stay at their URL with a "Niet meer actueel" notice
(date, reason, successor), out of search engines, while every list drops them (the catalog's
published lists leave them out)."""

from __future__ import annotations

from typing import Any

from hub.model.catalog import Catalog
from hub.model.items import Lifecycle
from hub.model.kinds import BY_CODE
from hub.render import dutch
from hub.render.views import card

# kind -> (how the notice names the item, where to look for something current)
NOTICE_WORDS: dict[str, tuple[str, str, str]] = {
    "material": ("Dit materiaal", "de materialenbank", "alle materialen"),
    "qa": ("Deze vraag", "de vragen en antwoorden", "alle vragen"),
    "training": ("Dit aanbod", "het aanbod", "alle opleidingen en vormingen"),
}
# schema.org CreativeWork.creativeWorkStatus of a withdrawn item (one of the terms schema.org names).
WITHDRAWN_STATUS = "Obsolete"


def page_items(catalog: Catalog, collection: str) -> list[Lifecycle]:
    """The items of COLLECTION that have a page: the published ones, then the withdrawn ones."""
    published = [
        i for i in catalog.collection(collection).values() if isinstance(i, Lifecycle) and i.is_published
    ]
    return [*sorted(published, key=lambda i: i.slug), *catalog.withdrawn_items(collection)]


def withdrawn_notice(catalog: Catalog, item: Lifecycle) -> dict[str, Any] | None:
    """What the "Niet meer actueel" notice says, or None for an item that is not withdrawn."""
    if not item.is_withdrawn:
        return None
    this, section_label, section_link = NOTICE_WORDS[item.kind]
    successor = catalog.successor_of(item)
    return {
        "this": this,
        "date": dutch.short_date(item.withdrawn) if item.withdrawn else "",
        "date_iso": item.withdrawn.isoformat() if item.withdrawn else "",
        "reason": item.withdrawn_reason or "",
        "successor": card(catalog, successor) if successor is not None else None,
        "section": BY_CODE[item.kind].section + "/",
        "section_label": section_label,
        "section_link": section_link,
    }


def mark_withdrawn(data: dict[str, Any], item: Lifecycle) -> dict[str, Any]:
    """JSON-LD of a withdrawn item: its status and the day it stopped being current."""
    if not item.is_withdrawn:
        return data
    marked = {**data, "creativeWorkStatus": WITHDRAWN_STATUS}
    if item.withdrawn is not None:
        marked["expires"] = item.withdrawn.isoformat()
    return marked
