"""The site search: its prebuilt index files (under search/) and the search page (/zoek/)."""

from __future__ import annotations

from collections.abc import Iterator

from hub.context import BuildContext
from hub.index.static import build_site_index
from hub.render.pages import PageSpec, StaticFile

INDEX_DIR = "search"
SEARCH_PAGE = "zoek/index.md"


def search_index_files(ctx: BuildContext) -> Iterator[StaticFile]:
    """The sharded index the search box queries, built from the editors' index (same analysis)."""
    state = ctx.index
    for produced in build_site_index(state.records, state.thesaurus):
        yield StaticFile(f"{INDEX_DIR}/{produced.path}", content=produced.content)


def search_page(ctx: BuildContext) -> Iterator[PageSpec]:
    """A full-page search; without JavaScript it points to the browse pages."""
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
        },
        noindex=True,
        search=False,
    )


BUILDERS = [search_index_files, search_page]
