"""Section index pages and browse (facet) pages: materials by R-OK, level, role, theme and type."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from hub.context import BuildContext
from hub.model.catalog import Catalog
from hub.model.items import Material
from hub.model.licenses import BY_ID, ORDER
from hub.render.pages import PageSpec, newest
from hub.render.views import (
    AUDIENCE_TAXONOMIES,
    FACET_SEGMENTS,
    LICENSE_SEGMENT,
    Tag,
    card_maker,
    facet_index,
    facet_url,
    material_card,
)

FACET_TITLES = {
    "rok": "R-OK",
    "levels": "Onderwijsniveau",
    "roles": "Rol",
    "themes": "Thema",
    "types": "Soort materiaal",
}
# The filter panel shows R-OK down to deelrubrieken: kwaliteitsverwachtingen are long sentences.
# They stay in the panel as hidden options, so a shared URL that names one still shows its box.
FILTER_MAX_DEPTH = {"rok": 1}


@dataclass(frozen=True)
class FilterOption:
    """One choice in a filter group: a taxonomy entry with the number of materials under it."""

    id: str
    label: str
    count: int
    depth: int
    url: str | None
    deep: bool = False  # below the panel's depth: shown only when a URL selects it


@dataclass(frozen=True)
class FilterGroup:
    taxonomy: str
    segment: str  # URL parameter and data-* attribute name: rok, niveau, rol, thema, soort
    title: str
    options: list[FilterOption]


def listing_order(material: Material) -> tuple[int, int, str]:
    """Leerpaden and zelfscans first (they are routes into the rest), then most recently reviewed."""
    route_first = 0 if material.type in ("leerpad", "zelfscan") else 1
    return (route_first, -material.reviewed.toordinal(), material.title.lower())


def members_by_entry(
    catalog: Catalog, taxonomy: str, materials: Iterable[Material]
) -> dict[str, list[Material]]:
    """Taxonomy id -> the given materials tagged with it or with any node below it, in listing order."""
    vocabulary = catalog.taxonomies[taxonomy]
    members: dict[str, list[Material]] = defaultdict(list)
    for material in materials:
        for entry_id in vocabulary.with_ancestors(material.tags_in(taxonomy)):
            members[entry_id].append(material)
    return {entry_id: sorted(items, key=listing_order) for entry_id, items in members.items()}


def facet_members(catalog: Catalog, taxonomy: str) -> dict[str, list[Material]]:
    """Taxonomy id -> published materials tagged with it or with any node below it."""
    return members_by_entry(catalog, taxonomy, catalog.published_materials())


def filter_groups(
    catalog: Catalog,
    materials: list[Material],
    skip: str | None = None,
    browse: bool = False,
    index: dict[str, dict[str, list[str]]] | None = None,
) -> list[FilterGroup]:
    """Per browse taxonomy the options that have materials among `materials`, in taxonomy order.

    Filter counts match the way the filter panel matches (see views.filter_tags); `browse` counts
    what each option's facet page lists: the materials under that node, every depth shown.
    """
    index = index if index is not None else facet_index(catalog)
    groups = []
    for taxonomy, segment in FACET_SEGMENTS.items():
        if taxonomy == skip:
            continue
        vocabulary = catalog.taxonomies[taxonomy]
        if browse:
            counts = {
                entry_id: len(found)
                for entry_id, found in members_by_entry(catalog, taxonomy, materials).items()
            }
        else:
            counts = Counter(i for m in materials for i in index[m.slug][segment])
        max_depth = None if browse else FILTER_MAX_DEPTH.get(taxonomy)
        options = []
        for entry in vocabulary:
            if not counts.get(entry.id):
                continue
            depth = len(vocabulary.ancestors(entry.id))
            deep = max_depth is not None and depth > max_depth
            url = facet_url(taxonomy, entry.id)
            options.append(FilterOption(entry.id, entry.label, counts[entry.id], depth, url, deep))
        if options:
            groups.append(FilterGroup(taxonomy, segment, FACET_TITLES[taxonomy], options))
    if not browse:
        licences = license_group(Counter(i for m in materials for i in index[m.slug][LICENSE_SEGMENT]))
        if licences is not None:
            groups.append(licences)
    return groups


def license_group(counts: Counter[str]) -> FilterGroup | None:
    """The licence filter: each recognised licence (by id, with how many items have it), most open
    first (no browse pages: it filters the list only)."""
    options = [
        FilterOption(known, BY_ID[known].label, counts[known], 0, None)
        for known in sorted(counts, key=lambda known: ORDER[known])
    ]
    return FilterGroup("license", LICENSE_SEGMENT, "Licentie", options) if options else None


def broader_members(catalog: Catalog, taxonomy: str, entry_id: str, under: list[Material]) -> list[Material]:
    """For the doelgroep: materials tagged on a node above the entry (for all of secundair, for
    every leraar) that serve it too, but are not under it."""
    if taxonomy not in AUDIENCE_TAXONOMIES:
        return []
    above = set(catalog.taxonomies[taxonomy].ancestors(entry_id))
    listed = {m.slug for m in under}
    found = [
        m
        for m in catalog.published_materials()
        if m.slug not in listed and above.intersection(m.tags_in(taxonomy))
    ]
    return sorted(found, key=listing_order)


def facet_pages(ctx: BuildContext) -> Iterator[PageSpec]:
    """A browse page per taxonomy entry that has published materials under it; no empty pages."""
    catalog = ctx.catalog
    index = facet_index(catalog)
    card = card_maker(catalog)

    for taxonomy, segment in FACET_SEGMENTS.items():
        vocabulary = catalog.taxonomies[taxonomy]
        members = facet_members(catalog, taxonomy)
        for entry_id, materials in members.items():
            if entry_id not in vocabulary:
                continue
            entry = vocabulary.entries[entry_id]
            broader = broader_members(catalog, taxonomy, entry_id, materials)
            yield PageSpec(
                src_uri=f"materialen/{segment}/{entry_id}.md",
                title=entry.label,
                description=entry.description or f"Materialen voor {entry.label}.",
                template="hub/listing.html",
                context={
                    "facet": FACET_TITLES[taxonomy],
                    "segment": segment,
                    "entry": entry,
                    "path": [
                        Tag(i, vocabulary.label(i), facet_url(taxonomy, i))
                        for i in vocabulary.path_to(entry_id)
                    ],
                    "children": [
                        Tag(child.id, child.label, facet_url(taxonomy, child.id))
                        for child in vocabulary.children(entry_id)
                        if child.id in members
                    ],
                    "cards": [card(m) for m in materials],
                    "broader": [card(m) for m in broader],
                    "broader_labels": [vocabulary.label(i) for i in reversed(vocabulary.ancestors(entry_id))],
                    "filters": filter_groups(catalog, [*materials, *broader], skip=taxonomy, index=index),
                    "filter_url": f"materialen/?{segment}={entry_id}",
                },
                search=False,
                updated=newest(m.reviewed for m in [*materials, *broader]),
            )


def section_pages(ctx: BuildContext) -> Iterator[PageSpec]:
    """The materials index; the questions, offerings and fiches indexes live in their own modules."""
    catalog = ctx.catalog
    materials = sorted(catalog.published_materials(), key=listing_order)
    index = facet_index(catalog)
    yield PageSpec(
        src_uri="materialen/index.md",
        title="Materialenbank",
        description="Alle materialen: zoek en filter op R-OK, onderwijsniveau, rol, thema en soort.",
        template="hub/materials-index.html",
        context={
            "cards": [material_card(catalog, m, index[m.slug]) for m in materials],
            "filters": filter_groups(catalog, materials, index=index),
            "browse": filter_groups(catalog, materials, browse=True, index=index),
            "feed_url": "materialen/feed.xml",
        },
        updated=newest(m.reviewed for m in materials),
        search=False,
    )


BUILDERS = [section_pages, facet_pages]
