"""Section index pages and browse (facet) pages: materials by R-OK, level, role, theme and type."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from hub.model.catalog import Catalog
from hub.model.items import Material
from hub.render.pages import PageSpec
from hub.render.views import FACET_SEGMENTS, Tag, facet_url, material_card, offering_card, question_card

FACET_TITLES = {
    "rok": "R-OK",
    "levels": "Onderwijsniveau",
    "roles": "Rol",
    "themes": "Thema",
    "types": "Soort materiaal",
}


def listing_order(material: Material) -> tuple[int, int, str]:
    """Leerpaden and zelfscans first (they are routes into the rest), then most recently reviewed."""
    route_first = 0 if material.type in ("leerpad", "zelfscan") else 1
    return (route_first, -material.reviewed.toordinal(), material.title.lower())


def facet_members(catalog: Catalog, taxonomy: str) -> dict[str, list[Material]]:
    """Taxonomy id -> published materials tagged with it or with any node below it."""
    vocabulary = catalog.taxonomies[taxonomy]
    members: dict[str, list[Material]] = defaultdict(list)
    for material in catalog.published_materials():
        own = [material.type] if taxonomy == "types" else getattr(material, taxonomy)
        for entry_id in vocabulary.with_ancestors(own):
            members[entry_id].append(material)
    return {entry_id: sorted(items, key=listing_order) for entry_id, items in members.items()}


def facet_groups(catalog: Catalog) -> list[dict[str, object]]:
    """Per facet the non-empty options, in taxonomy order, with counts and URLs."""
    groups = []
    for taxonomy in FACET_SEGMENTS:
        members = facet_members(catalog, taxonomy)
        options = [
            {
                "tag": Tag(entry.id, entry.label, facet_url(taxonomy, entry.id)),
                "count": len(members[entry.id]),
                "depth": len(catalog.taxonomies[taxonomy].ancestors(entry.id)),
            }
            for entry in catalog.taxonomies[taxonomy]
            if members.get(entry.id)
        ]
        groups.append({"taxonomy": taxonomy, "title": FACET_TITLES[taxonomy], "options": options})
    return groups


def facet_pages(catalog: Catalog, content_root: Path) -> Iterator[PageSpec]:
    for taxonomy, segment in FACET_SEGMENTS.items():
        vocabulary = catalog.taxonomies[taxonomy]
        for entry_id, materials in facet_members(catalog, taxonomy).items():
            if entry_id not in vocabulary:
                continue
            entry = vocabulary.entries[entry_id]
            yield PageSpec(
                src_uri=f"materialen/{segment}/{entry_id}.md",
                title=entry.label,
                description=entry.description or f"Materialen voor {entry.label}.",
                template="hub/listing.html",
                context={
                    "facet": FACET_TITLES[taxonomy],
                    "entry": entry,
                    "path": [
                        Tag(i, vocabulary.label(i), facet_url(taxonomy, i))
                        for i in vocabulary.path_to(entry_id)
                    ],
                    "children": [
                        Tag(child.id, child.label, facet_url(taxonomy, child.id))
                        for child in vocabulary.children(entry_id)
                        if child.id in facet_members(catalog, taxonomy)
                    ],
                    "cards": [material_card(catalog, m) for m in materials],
                },
                search=False,
            )


def section_pages(catalog: Catalog, content_root: Path) -> Iterator[PageSpec]:
    materials = sorted(catalog.published_materials(), key=listing_order)
    yield PageSpec(
        src_uri="materialen/index.md",
        title="Materialenbank",
        description="Alle materialen: zoek en filter op R-OK, onderwijsniveau, rol, thema en soort.",
        template="hub/materials-index.html",
        context={"cards": [material_card(catalog, m) for m in materials], "facets": facet_groups(catalog)},
        search=False,
    )
    questions = sorted(catalog.published_questions(), key=lambda q: q.answered or q.asked, reverse=True)
    yield PageSpec(
        src_uri="vragen/index.md",
        title="Vragen en antwoorden",
        description="Antwoorden van de helpdesk op vragen van leraren en schoolteams.",
        template="hub/listing.html",
        context={"cards": [question_card(catalog, q) for q in questions]},
        search=False,
    )
    offerings = catalog.published_offerings()
    yield PageSpec(
        src_uri="aanbod/index.md",
        title="Opleidingen en vormingen",
        description="Het professionaliseringsaanbod: opleidingen, vormingen, PLG's en Helpdesk Live.",
        template="hub/listing.html",
        context={"cards": [offering_card(catalog, o) for o in offerings]},
        search=False,
    )
    yield PageSpec(
        src_uri="kwaliteit/index.md",
        title="Kwaliteitsfiches",
        description="Per ondersteuningsvorm de kwaliteitseisen en hoe we ze evalueren.",
        template="hub/fiches-index.html",
        context={
            "fiches": [
                {
                    "title": f.title,
                    "url": f"kwaliteit/{f.form}/",
                    "form": catalog.taxonomies["forms"].label(f.form),
                }
                for f in catalog.published_fiches()
            ]
        },
        search=False,
    )


BUILDERS = [section_pages, facet_pages]
