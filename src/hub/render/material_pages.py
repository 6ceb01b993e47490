"""A page per published material: metadata panel, attachments, leerpad links, related materials."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from hub.check.rules.attachments import FILES_DIR
from hub.model.catalog import Catalog
from hub.model.items import Material
from hub.render import dutch
from hub.render.pages import PageSpec, StaticFile
from hub.render.urls import attachment_url, src_uri_of, url_of
from hub.render.views import material_card, rok_paths, tags


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
                url=attachment_url(attachment.file),
                file_type=Path(attachment.file).suffix.lstrip(".").upper(),
                size=size,
            )
        )
    return views


def material_context(catalog: Catalog, material: Material, content_root: Path) -> dict[str, object]:
    return {
        "item": material,
        "card": material_card(catalog, material),
        "type": catalog.taxonomies["types"].label(material.type),
        "rok_paths": rok_paths(catalog, material.rok),
        "levels": tags(catalog, "levels", material.levels),
        "roles": tags(catalog, "roles", material.roles),
        "themes": tags(catalog, "themes", material.themes),
        "keywords": material.keywords,
        "attachments": attachment_views(material, content_root),
        "leerpaden": [
            {"url": url_of(p.leerpad), "title": p.leerpad.title, "position": p.position, "total": p.total}
            for p in catalog.leerpaden_of(material.slug)
        ],
        "steps": [
            {"number": number, "note": note, "card": material_card(catalog, step)}
            for number, note, step in catalog.steps_of(material)
        ],
        "related": [material_card(catalog, other) for other in catalog.related_of(material)],
        "reviewed": dutch.short_date(material.reviewed),
        "owner": catalog.taxonomies["teams"].label(material.owner),
        "duration": dutch.duration(material.duration),
    }


def material_pages(catalog: Catalog, content_root: Path) -> Iterator[PageSpec | StaticFile]:
    for material in catalog.published_materials():
        yield PageSpec(
            src_uri=src_uri_of(material),
            title=material.title,
            description=material.description,
            template="hub/material.html",
            body=material.body,
            context=material_context(catalog, material, content_root),
        )
        for attachment in material.attachments:
            source = content_root / FILES_DIR / attachment.file
            if source.is_file():
                yield StaticFile(attachment_url(attachment.file), source=source)


BUILDERS = [material_pages]
