"""The site search: its prebuilt index files (under search/) and the search page (/zoek/)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from urllib.parse import quote

from hub.context import BuildContext
from hub.index.absent import Nearby
from hub.index.documents import published_items
from hub.index.static import build_site_index
from hub.model.catalog import Catalog
from hub.model.items import Item, Material
from hub.render.listing_pages import FACET_TITLES, FILTER_MAX_DEPTH, FilterGroup, FilterOption, license_group
from hub.render.pages import PageSpec, StaticFile
from hub.render.views import FACET_SEGMENTS, LICENSE_SEGMENT, facet_url, filter_tags, license_ids

INDEX_DIR = "search"
SEARCH_PAGE = "zoek/index.md"
# The filters of /zoek/, in the order of its panel; the URL parameters are those of /materialen/.
SEARCH_FILTERS = ("levels", "roles", "themes", "types", "rok")


def _item_filters(catalog: Catalog, item: Item) -> dict[str, list[str]]:
    """URL parameter -> the option ids a filter choice matches this item on (as on /materialen/)."""
    found = {
        FACET_SEGMENTS[taxonomy]: sorted(filter_tags(catalog, item, taxonomy)) for taxonomy in SEARCH_FILTERS
    }
    if isinstance(item, Material):
        found[LICENSE_SEGMENT] = license_ids(item)
    return {segment: ids for segment, ids in found.items() if ids}


def search_filters(catalog: Catalog) -> dict[str, dict[str, list[str]]]:
    """Search document id -> its filter options, for every published item."""
    return {f"{item.kind}:{item.slug}": _item_filters(catalog, item) for item in published_items(catalog)}


def filter_panel(catalog: Catalog, filters: dict[str, dict[str, list[str]]]) -> list[FilterGroup]:
    """The groups of the /zoek/ filter panel: options that some published item matches, with how
    many (the script counts again within the results)."""
    groups = []
    for taxonomy in SEARCH_FILTERS:
        segment = FACET_SEGMENTS[taxonomy]
        counts = Counter(option for options in filters.values() for option in options.get(segment, ()))
        vocabulary = catalog.taxonomies[taxonomy]
        max_depth = FILTER_MAX_DEPTH.get(taxonomy)
        options = [
            FilterOption(
                entry.id,
                entry.label,
                counts[entry.id],
                depth := len(vocabulary.ancestors(entry.id)),
                facet_url(taxonomy, entry.id),
                max_depth is not None and depth > max_depth,
            )
            for entry in vocabulary
            if counts[entry.id]
        ]
        if options:
            groups.append(FilterGroup(taxonomy, segment, FACET_TITLES[taxonomy], options))
    licences = license_group(
        Counter(option for options in filters.values() for option in options.get(LICENSE_SEGMENT, ()))
    )
    return [*groups, licences] if licences else groups


def nearby_url(nearby: Nearby) -> str:
    """Where a suggestion next to "Er is nog geen materiaal over ..." leads: the entry's browse page
    when it has materials, else a search for its name."""
    if nearby.materials:
        url = facet_url(nearby.taxonomy, nearby.id)
        if url:
            return url
    return f"zoek/?q={quote(nearby.label)}"


def search_index_files(ctx: BuildContext) -> Iterator[StaticFile]:
    """The sharded index the search box queries, built from the editors' index (same analysis)."""
    state = ctx.index
    produced = build_site_index(
        state.records,
        state.thesaurus,
        state.vocabulary,
        absent=state.absent,
        nearby_url=nearby_url,
        filters=search_filters(ctx.catalog),
    )
    for file in produced:
        yield StaticFile(f"{INDEX_DIR}/{file.path}", content=file.content)


def search_page(ctx: BuildContext) -> Iterator[PageSpec]:
    """A full-page search with the filters of /materialen/; without JavaScript it points to the
    browse pages."""
    yield PageSpec(
        src_uri=SEARCH_PAGE,
        title="Zoeken",
        description="Zoek in materialen, vragen en antwoorden en het aanbod.",
        template="hub/search.html",
        context={
            "browse": [
                ("materialen/", "Materialenbank", "op R-OK, onderwijsniveau, rol, thema en soort"),
                ("vragen/", "Vragen en antwoorden", "van de helpdesk"),
                ("aanbod/", "Aanbod", "opleidingen, vormingen, PLG's en Helpdesk Live"),
            ],
            "filters": filter_panel(ctx.catalog, search_filters(ctx.catalog)),
        },
        noindex=True,
        search=False,
    )


BUILDERS = [search_index_files, search_page]
