"""The Atom feed of new and updated materials at /materialen/feed.xml."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from hub.context import BuildContext
from hub.model.catalog import Catalog
from hub.model.kinds import url_of
from hub.render.feeds import FeedEntry, atom_feed, stable_id
from hub.render.pages import StaticFile

FEED_URL = "materialen/feed.xml"
FEED_LIMIT = 50


def materials_feed(catalog: Catalog, content_root: Path, site_url: str = "") -> str:
    """The most recently reviewed published materials, newest first ('reviewed' is their update date)."""
    materials = sorted(catalog.published_materials(), key=lambda m: (m.reviewed, m.slug), reverse=True)
    entries = [
        FeedEntry(
            title=m.title,
            url=url_of(m),
            summary=m.description,
            updated=m.reviewed,
            id=stable_id(url_of(m)),
        )
        for m in materials[:FEED_LIMIT]
    ]
    return atom_feed(
        "Nieuw en bijgewerkt in de materialenbank",
        site_url,
        FEED_URL,
        entries,
        subtitle="Materialen van de pedagogische begeleidingsdienst die nieuw zijn of net nagekeken.",
    )


def feed_files(ctx: BuildContext) -> Iterator[StaticFile]:
    # Absolute links from the site's address: many feed readers ignore a relative xml:base.
    yield StaticFile(FEED_URL, content=materials_feed(ctx.catalog, ctx.content_root, ctx.settings.site_url))


BUILDERS = [feed_files]
