"""Small view objects for templates: labelled tags with their browse URL, cards of items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from hub.model.catalog import Catalog
from hub.model.items import Item, Material, Offering, Question
from hub.model.kinds import url_of
from hub.model.licenses import recognise

# taxonomy -> browse path segment under /materialen/
FACET_SEGMENTS: dict[str, str] = {
    "rok": "rok",
    "levels": "niveau",
    "roles": "rol",
    "themes": "thema",
    "types": "soort",
}

# The licence filter of the material lists: URL parameter and data-* attribute (not a taxonomy:
# its values are the ids of hub.model.licenses, and it has no browse pages).
LICENSE_SEGMENT = "licentie"
# Doelgroep vocabularies: a tag on a broad node (secundair, leraar) also fits every node below it.
AUDIENCE_TAXONOMIES = ("levels", "roles")


@dataclass(frozen=True)
class Tag:
    id: str
    label: str
    url: str | None = None  # browse page of this tag, when there is one


@dataclass(frozen=True)
class Card:
    """An item as a listing shows it."""

    kind: str
    slug: str
    title: str
    url: str
    description: str
    type_label: str
    levels: list[str] = field(default_factory=list)
    date: dt.date | None = None
    extra: str | None = None
    # browse segment -> tag ids a filter choice matches this card on (see material_facets)
    facets: dict[str, list[str]] = field(default_factory=dict)


def facet_url(taxonomy: str, entry_id: str) -> str | None:
    segment = FACET_SEGMENTS.get(taxonomy)
    return f"materialen/{segment}/{entry_id}/" if segment else None


def browsable_ids(catalog: Catalog, taxonomy: str) -> set[str]:
    """The ids that have a browse page: some published material is tagged with them or below them."""
    if taxonomy not in FACET_SEGMENTS:
        return set()
    return catalog.tagged_ids(taxonomy)


def tags(catalog: Catalog, taxonomy: str, ids: Iterable[str], linked: bool = True) -> list[Tag]:
    """Labelled tags, linked to their browse page when they have one (empty nodes have none)."""
    vocabulary = catalog.taxonomies[taxonomy]
    browsable = browsable_ids(catalog, taxonomy) if linked else set()
    return [
        Tag(
            entry_id,
            vocabulary.label(entry_id),
            facet_url(taxonomy, entry_id) if entry_id in browsable else None,
        )
        for entry_id in ids
    ]


def rok_paths(catalog: Catalog, ids: Iterable[str]) -> list[list[Tag]]:
    """Each R-OK tag as its path from rubriek down: [rubriek, deelrubriek, kwaliteitsverwachting]."""
    rok = catalog.taxonomies["rok"]
    return [tags(catalog, "rok", rok.path_to(entry_id)) for entry_id in ids]


def filter_tags(catalog: Catalog, material: Item, taxonomy: str) -> set[str]:
    """The ids a filter choice matches this material (or question, or offering: /zoek/) on: its tags
    and their ancestors, and for the doelgroep (levels, roles) also the nodes below its tags: a
    material for 'secundair' serves a teacher of the eerste graad, one for 'leraar' a startende leraar."""
    vocabulary = catalog.taxonomies[taxonomy]
    if isinstance(material, Material):
        own = material.tags_in(taxonomy)
    else:
        own = list(getattr(material, taxonomy, None) or [])
    matched = vocabulary.with_ancestors(own)
    if taxonomy in AUDIENCE_TAXONOMIES:
        for entry_id in own:
            matched |= vocabulary.descendants(entry_id)
    return matched


def license_ids(material: Material) -> list[str]:
    """The licence filter value of a material: the id of its recognised licence, if any."""
    known = recognise(material.license) if material.license else None
    return [known.id] if known is not None else []


def material_facets(catalog: Catalog, material: Material) -> dict[str, list[str]]:
    """Filter segment -> every id a filter choice matches this material on (see filter_tags; and
    its licence)."""
    facets = {
        segment: sorted(filter_tags(catalog, material, taxonomy))
        for taxonomy, segment in FACET_SEGMENTS.items()
    }
    facets[LICENSE_SEGMENT] = license_ids(material)
    return facets


def facet_index(catalog: Catalog) -> dict[str, dict[str, list[str]]]:
    """material_facets of every published material by slug: listings compute them once."""
    return {m.slug: material_facets(catalog, m) for m in catalog.published_materials()}


def material_card(catalog: Catalog, material: Material, facets: dict[str, list[str]] | None = None) -> Card:
    return Card(
        kind="material",
        slug=material.slug,
        title=material.title,
        url=url_of(material),
        description=material.description,
        type_label=catalog.taxonomies["types"].label(material.type),
        levels=[catalog.taxonomies["levels"].label(level) for level in material.levels],
        date=material.reviewed,
        facets=facets if facets is not None else material_facets(catalog, material),
    )


def card_maker(catalog: Catalog) -> Callable[[Material], Card]:
    """material_card, made once per material: a build shows a card on many pages (browse pages,
    related materials), and one card object is converted and sent between processes once."""
    made: dict[str, Card] = {}

    def card(material: Material) -> Card:
        if material.slug not in made:
            made[material.slug] = material_card(catalog, material)
        return made[material.slug]

    return card


def question_card(catalog: Catalog, question: Question) -> Card:
    first_paragraph = question.description or question.body.strip().split("\n\n")[0][:240]
    return Card(
        kind="qa",
        slug=question.slug,
        title=question.title,
        url=url_of(question),
        description=first_paragraph,
        type_label="Vraag en antwoord",
        levels=[catalog.taxonomies["levels"].label(level) for level in question.levels],
        date=question.answered or question.asked,
    )


def offering_card(catalog: Catalog, offering: Offering) -> Card:
    return Card(
        kind="training",
        slug=offering.slug,
        title=offering.title,
        url=url_of(offering),
        description=offering.description,
        type_label=catalog.taxonomies["forms"].label(offering.form),
        levels=[catalog.taxonomies["levels"].label(level) for level in offering.levels],
    )


def card(catalog: Catalog, item: Item) -> Card:
    if isinstance(item, Material):
        return material_card(catalog, item)
    if isinstance(item, Question):
        return question_card(catalog, item)
    if isinstance(item, Offering):
        return offering_card(catalog, item)
    raise TypeError(f"no card for {item.kind}")
