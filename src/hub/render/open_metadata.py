"""Open metadata for aggregators (KlasCement, Edurep, OERSI): every published material as an OAI-PMH
Static Repository (/oai/static.xml) and as one schema.org DataFeed of LearningResources
(/oai/materialen.jsonld), both listed in the sitemap.

Materials that left the bank are `deleted_materials`: the one place that says which they are.
The DataFeed lists them with `dateDeleted` so a harvester drops them; the Static Repository
format allows no deleted records, so there they are simply absent (see hub.render.oai).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from hub.context import BuildContext, SiteSettings
from hub.model.catalog import Catalog
from hub.model.items import Material
from hub.model.kinds import url_of
from hub.render.jsonld import absolute, learning_resource
from hub.render.oai import Repository, static_repository
from hub.render.pages import StaticFile
from hub.render.plain_text import clean_data

STATIC_REPOSITORY_URL = "oai/static.xml"
DATA_FEED_URL = "oai/materialen.jsonld"
DEFAULT_SERVICE = "Pedagogische begeleidingsdienst"
PLACEHOLDER_EMAIL = "redactie@example.invalid"


@dataclass(frozen=True)
class DeletedMaterial:
    """A material that was published and is no more: its old URL and since when."""

    slug: str
    url: str  # site-relative, 'materialen/<slug>/'
    since: dt.date


def deleted_materials(catalog: Catalog) -> list[DeletedMaterial]:
    """Materials that left the bank, by slug: withdrawn ones (dated `withdrawn`; their page stays,
    marked "niet meer actueel") and archived ones (content/archive/materials/), dated by their last
    review (the archive keeps no date of its own)."""
    live = {m.slug for m in catalog.published_materials()}
    gone = {
        slug: DeletedMaterial(slug, url_of(item), item.reviewed)
        for slug, item in catalog.archived.get("materials", {}).items()
        if slug not in live and isinstance(item, Material)
    }
    for item in catalog.withdrawn_items("materials"):
        gone[item.slug] = DeletedMaterial(item.slug, url_of(item), item.withdrawn or item.reviewed)
    return [gone[slug] for slug in sorted(gone)]


def repository_of(settings: SiteSettings) -> Repository:
    """The Static Repository's Identify data from the site settings (mkdocs.yml `extra`)."""
    extra = settings.extra
    return Repository(
        name=settings.site_name,
        site_url=settings.site_url,
        file_url=STATIC_REPOSITORY_URL,
        admin_email=str(extra.get("oai_admin_email") or PLACEHOLDER_EMAIL),
        publisher=str(extra.get("service_name") or DEFAULT_SERVICE),
        gateway=str(extra.get("oai_gateway") or ""),
    )


def last_change(catalog: Catalog) -> dt.date | None:
    """The newest date in the open metadata: its files change when a material does."""
    dates = [m.reviewed for m in catalog.published_materials()]
    dates += [d.since for d in deleted_materials(catalog)]
    return max(dates, default=None)


def data_feed(catalog: Catalog, settings: SiteSettings) -> dict[str, Any]:
    """schema.org DataFeed: a DataFeedItem per published material (its LearningResource) and per
    deleted one (`dateDeleted`, the item reduced to its former URL)."""
    site_url = settings.site_url
    publisher = {"@type": "Organization", "name": repository_of(settings).publisher}
    elements: list[dict[str, Any]] = []
    for material in catalog.published_materials():
        resource = {
            k: v for k, v in learning_resource(catalog, material, site_url).items() if k != "@context"
        }
        resource["publisher"] = publisher
        elements.append(
            {"@type": "DataFeedItem", "dateModified": material.reviewed.isoformat(), "item": resource}
        )
    for gone in deleted_materials(catalog):
        url = absolute(site_url, gone.url)
        elements.append(
            {
                "@type": "DataFeedItem",
                "dateDeleted": gone.since.isoformat(),
                "item": {"@type": "LearningResource", "@id": url, "url": url},
            }
        )
    newest = last_change(catalog)
    feed: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "DataFeed",
        "@id": absolute(site_url, DATA_FEED_URL),
        "name": f"Materialen van {settings.site_name}",
        "url": absolute(site_url, DATA_FEED_URL),
        "inLanguage": "nl-BE",
        "publisher": publisher,
        "dataFeedElement": elements,
    }
    if newest is not None:
        feed["dateModified"] = newest.isoformat()
    return clean_data(feed)


def open_metadata_files(ctx: BuildContext) -> Iterator[StaticFile]:
    """/oai/materialen.jsonld always; /oai/static.xml while the format can hold the bank."""
    catalog = ctx.catalog
    newest = last_change(catalog)
    lastmod = newest.isoformat() if newest else None
    feed = json.dumps(data_feed(catalog, ctx.settings), ensure_ascii=False, separators=(",", ":"))
    yield StaticFile(DATA_FEED_URL, content=feed + "\n", in_sitemap=True, lastmod=lastmod)
    repository = static_repository(catalog, catalog.published_materials(), repository_of(ctx.settings))
    if repository is not None:
        yield StaticFile(STATIC_REPOSITORY_URL, content=repository, in_sitemap=True, lastmod=lastmod)


BUILDERS = [open_metadata_files]
