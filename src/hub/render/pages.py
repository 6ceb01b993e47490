"""Every page the site generates from the model, independent of the site generator."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hub.context import BuildContext
from hub.index import neighbours_for_all
from hub.lanes import each_in_lanes
from hub.model.kinds import page_path
from hub.render.plain_data import Converted, NotPlainData, plain_data


@dataclass
class PageSpec:
    """One generated page: where it goes, which template shows it, the data and the Markdown body."""

    src_uri: str  # e.g. "materialen/leesbegrip.md" -> /materialen/leesbegrip/
    title: str
    template: str  # under overrides/, e.g. "hub/material.html"
    body: str = ""  # Markdown as the editor wrote it (rendered and sanitised by the generator)
    description: str | None = None
    context: dict[str, Any] = field(default_factory=dict)
    noindex: bool = False
    search: bool = True  # whether the site search indexes this page
    updated: str | None = None  # ISO date of the page's last real change (sitemap lastmod), if known


def newest(dates: Iterable[dt.date | None]) -> str | None:
    """The latest of DATES as ISO text (a listing's `updated`: its newest item), None without any."""
    latest = max((d for d in dates if d is not None), default=None)
    return latest.isoformat() if latest else None


@dataclass(frozen=True)
class StaticFile:
    """A file copied into the site as it is (attachments, feeds, calendars)."""

    dest_uri: str
    source: Path | None = None
    content: bytes | str | None = None
    in_sitemap: bool = False  # listed in the sitemap (open metadata for harvesters)
    lastmod: str | None = None  # ISO date of its last real change, for the sitemap


@dataclass
class SiteContent:
    pages: list[PageSpec] = field(default_factory=list)
    files: list[StaticFile] = field(default_factory=list)


Builder = Callable[[BuildContext], Iterable[PageSpec | StaticFile]]


def page_builders() -> tuple[list[Builder], list[Builder]]:
    """Every page family in the order pages are made: the site's pages, then the reports on them
    (the editors' dashboard checks links against the pages made before it)."""
    from hub.render import (
        catalogue_pages,
        dashboard_pages,
        effect_pages,
        feed_pages,
        fiche_pages,
        helpdesk_pages,
        listing_pages,
        material_pages,
        offering_pages,
        open_metadata,
        question_pages,
        search_pages,
    )

    site = [
        # First the family with the most pages and data: the build's own process makes it, while
        # other lanes take the families from the end of the list (see hub.lanes.each_in_lanes).
        *material_pages.BUILDERS,
        *catalogue_pages.BUILDERS,
        *effect_pages.BUILDERS,
        *feed_pages.BUILDERS,
        *fiche_pages.BUILDERS,
        *helpdesk_pages.BUILDERS,
        *listing_pages.BUILDERS,
        *offering_pages.BUILDERS,
        *open_metadata.BUILDERS,
        *question_pages.BUILDERS,
        *search_pages.BUILDERS,
    ]
    return site, [*dashboard_pages.BUILDERS]


# What the reports on the pages need that does not depend on the pages: worked out beside the page
# builders (a forked lane takes these first), kept on the context for the reports.
REPORTS_AHEAD = ("text_duplicates",)


def _run(builders: list[Builder], ctx: BuildContext, site: SiteContent, ahead: tuple[str, ...] = ()) -> None:
    tasks: list[Callable[[], Any]] = [functools.partial(_made, builder, ctx) for builder in builders]
    tasks += [functools.partial(getattr, ctx, name) for name in ahead]
    results = each_in_lanes(tasks, ctx.lanes)
    for name, value in zip(ahead, results[len(builders) :], strict=True):
        setattr(ctx, name, value)  # as the cached property would have kept it
    for made in results[: len(builders)]:
        for produced in made:
            if isinstance(produced, PageSpec):
                site.pages.append(produced)
            else:
                site.files.append(produced)


def _made(builder: Builder, ctx: BuildContext) -> list[PageSpec | StaticFile]:
    """What BUILDER makes, page contexts as plain data (they may travel between processes)."""
    made = list(builder(ctx))
    converted = Converted()
    for produced in made:
        if isinstance(produced, PageSpec):
            try:
                produced.context = plain_data(produced.context, converted)
            except NotPlainData as exc:
                raise NotPlainData(f"the context of {produced.src_uri}: {exc}") from None
    return made


def site_pages(ctx: BuildContext, ahead: tuple[str, ...] = ()) -> SiteContent:
    """The site's generated pages and files without the reports on them (and the context's
    properties named AHEAD worked out on the way)."""
    site = SiteContent()
    _run(page_builders()[0], ctx, site, ahead)
    return site


def generated_paths(site: SiteContent) -> set[str]:
    """The URL paths of generated pages and files."""
    return {page_path(page.src_uri) for page in site.pages} | {static.dest_uri for static in site.files}


def site_paths(ctx: BuildContext) -> set[str]:
    """The URL paths of the generated pages and files (for link reports outside a build)."""
    return generated_paths(site_pages(ctx))


def build_site_content(ctx: BuildContext) -> SiteContent:
    """All generated pages and static files for a loaded, checked catalog."""
    # Every material's related materials and every item's likely duplicates are asked for: their
    # neighbours are computed at once, over the build's lanes, before the lanes take the builders.
    neighbours_for_all(ctx.index, ctx.lanes)
    site = site_pages(ctx, REPORTS_AHEAD)
    ctx.generated_paths = generated_paths(site)
    _run(page_builders()[1], ctx, site)
    return site
