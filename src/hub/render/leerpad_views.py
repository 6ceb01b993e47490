"""Leerpaden as pages show them: the route's steps (materials, questions, offerings) and, on each
step's own page, one compact banner per leerpad naming the previous and the next step."""

from __future__ import annotations

from typing import Any

from hub.model.catalog import Catalog
from hub.model.items import Item, Material
from hub.model.kinds import BY_CODE, url_of
from hub.render.views import card


def route_steps(catalog: Catalog, leerpad: Material) -> list[dict[str, Any]]:
    """The published steps of a leerpad, numbered from 1, each with its note and card (the card's
    type label names its kind: the material's type, 'Vraag en antwoord', the offering's form)."""
    return [
        {"number": number, "note": note, "kind": item.kind, "card": card(catalog, item)}
        for number, (_, note, item) in enumerate(catalog.steps_of(leerpad), start=1)
    ]


def names_itself(title: str) -> bool:
    """Whether a leerpad's title already says it is one ('Leerpad hoeken bij kleuters'): the banner
    then does not say 'in het leerpad Leerpad ...'."""
    return title.strip().lower().startswith("leerpad")


def route_banners(catalog: Catalog, item: Item) -> list[dict[str, Any]]:
    """One banner per published leerpad that has ITEM as a step: 'stap 2 van 5', previous and next
    step. A step that occurs twice in one leerpad gets the banner of its first place."""
    collection = BY_CODE[item.kind].folder
    banners = []
    leerpaden = {p.leerpad.slug: p.leerpad for p in catalog.leerpaden_of(item.slug, collection)}
    for leerpad in leerpaden.values():
        route = [step for _, _, step in catalog.steps_of(leerpad)]
        index = next((i for i, step in enumerate(route) if step is item), None)
        if index is None:
            continue
        banners.append(
            {
                "slug": leerpad.slug,
                "url": url_of(leerpad),
                "title": leerpad.title,
                "says_leerpad": names_itself(leerpad.title),
                "position": index + 1,
                "total": len(route),
                "step_id": f"{index + 1}-{item.slug}",
                "previous": card(catalog, route[index - 1]) if index > 0 else None,
                "next": card(catalog, route[index + 1]) if index + 1 < len(route) else None,
            }
        )
    return banners
