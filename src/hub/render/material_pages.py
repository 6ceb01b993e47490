"""A page per published (or withdrawn) material: metadata panel, attachments, leerpad links, related
materials."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from hub.context import BuildContext
from hub.index import related_in
from hub.model.catalog import Catalog
from hub.model.items import Material
from hub.model.kinds import attachment_href, attachment_url, src_uri_of
from hub.model.licenses import recognise
from hub.model.policy import FILES_DIR
from hub.render import dutch
from hub.render.jsonld import learning_resource
from hub.render.leerpad_views import route_banners, route_steps
from hub.render.lifecycle import mark_withdrawn, page_items, withdrawn_notice
from hub.render.pages import PageSpec, StaticFile
from hub.render.views import Card, card_maker, material_card, rok_paths, tags

RELATED_LIMIT = 5  # computed suggestions fill the list up to this many; the editor's choices always show


@dataclass(frozen=True)
class AttachmentView:
    title: str
    url: str
    file_type: str
    size: str


def attachment_views(material: Material, content_root: Path) -> list[AttachmentView]:
    views = []
    for attachment in material.attachments:
        path = content_root / FILES_DIR / attachment.file
        size = dutch.file_size(path.stat().st_size) if path.is_file() else ""
        views.append(
            AttachmentView(
                title=attachment.title or Path(attachment.file).name,
                url=attachment_href(attachment.file),
                file_type=Path(attachment.file).suffix.lstrip(".").upper(),
                size=size,
            )
        )
    return views


def related_materials_of(ctx: BuildContext, material: Material, limit: int = RELATED_LIMIT) -> list[Material]:
    """The editor's `related` first, then the index's closest ones up to `limit`; never drafts,
    archive or itself."""
    catalog = ctx.catalog
    chosen = catalog.related_of(material)
    wanted = max(limit - len(chosen), 0)
    computed = related_in(ctx.index, catalog, material, limit + len(chosen)) if wanted else []
    result: list[Material] = []
    seen = {material.slug}
    for candidate in [*chosen, *computed]:
        if candidate.slug in seen or not candidate.is_published:
            continue
        if len(result) >= max(limit, len(chosen)):
            break
        seen.add(candidate.slug)
        result.append(candidate)
    return result


def license_view(material: Material) -> dict[str, str | None] | None:
    """The licence as the page shows it: a recognised one by its short label, linked to its deed;
    any other text as the editor wrote it."""
    if not material.license:
        return None
    known = recognise(material.license)
    if known is None:
        return {"label": material.license, "url": None, "name": None}
    return {"label": known.label, "url": known.url, "name": known.name}


def scan_view(catalog: Catalog, material: Material) -> dict[str, Any] | None:
    """The zelfscan as the page shows it: scale, statements per dimension, recommended cards."""
    if material.scan is None:
        return None
    dimensions = []
    for dimension in material.scan.dimensions:
        recommended: list[Card] = []
        for slug in dimension.recommend:
            found = catalog.published_material(slug)
            if found is not None and found.slug != material.slug:
                recommended.append(material_card(catalog, found))
        dimensions.append(
            {
                "id": dimension.id,
                "title": dimension.title,
                "statements": list(dimension.statements),
                "recommend": recommended,
            }
        )
    return {
        "scale": list(enumerate(material.scan.scale, start=1)),
        "dimensions": dimensions,
        "statement_count": sum(len(d["statements"]) for d in dimensions),
    }


def material_context(
    ctx: BuildContext, material: Material, card: Callable[[Material], Card] | None = None
) -> dict[str, object]:
    """What a material's page shows; CARD makes the cards (once per material for a whole build)."""
    catalog, content_root = ctx.catalog, ctx.content_root
    card = card or card_maker(catalog)
    return {
        "item": material,
        "card": card(material),
        "type": catalog.taxonomies["types"].label(material.type),
        "rok_paths": rok_paths(catalog, material.rok),
        "levels": tags(catalog, "levels", material.levels),
        "roles": tags(catalog, "roles", material.roles),
        "themes": tags(catalog, "themes", material.themes),
        "keywords": material.keywords,
        "attachments": attachment_views(material, content_root),
        "leerpaden": route_banners(catalog, material),
        "steps": route_steps(catalog, material),
        "scan": scan_view(catalog, material),
        "related": [card(m) for m in related_materials_of(ctx, material)],
        "reviewed": dutch.short_date(material.reviewed),
        "owner": catalog.taxonomies["teams"].label(material.owner),
        "duration": dutch.duration(material.duration),
        "jsonld": mark_withdrawn(learning_resource(catalog, material, ctx.settings.site_url), material),
        "link_host": urlsplit(material.link).hostname if material.link else None,
        "license": license_view(material),
        "withdrawn": withdrawn_notice(catalog, material),
    }


def material_pages(ctx: BuildContext) -> Iterator[PageSpec | StaticFile]:
    catalog, content_root = ctx.catalog, ctx.content_root
    card = card_maker(catalog)
    for material in page_items(catalog, "materials"):
        assert isinstance(material, Material)
        # A withdrawn material keeps its page, out of search engines and the site search.
        yield PageSpec(
            src_uri=src_uri_of(material),
            title=material.title,
            description=material.description,
            template="hub/material.html",
            body=material.body,
            context=material_context(ctx, material, card),
            updated=material.reviewed.isoformat(),
            noindex=material.is_withdrawn,
            search=material.is_published,
        )
        for attachment in material.attachments:
            source = content_root / FILES_DIR / attachment.file
            if source.is_file():
                yield StaticFile(attachment_url(attachment.file), source=source)


BUILDERS = [material_pages]
