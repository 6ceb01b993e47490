"""Levels and roles next to a topic: the topic decides the order, in `hub search` and the site index."""

from __future__ import annotations

import json

import pytest

from hub.index import search
from hub.index.analysis import stem
from hub.index.documents import thesaurus_of
from hub.index.static import build_site_index
from hub.index.store import open_index
from hub.load.loader import load_content
from tests.world import World, material_text


@pytest.fixture
def mixed(world: World) -> World:
    world.material(
        "woordenschat-met-prentenboeken",
        title="Woordenschat uitbreiden met prentenboeken",
        description="Woordenschat groeit met prentenboeken, zo kies en gebruik je ze.",
        levels="[kleuter]",
        themes="[taal]",
    )
    text = material_text(
        "Leesplezier bij tieners",
        description="Een fiche over leesplezier bij tieners.",
        levels="[secundair]",
        themes="[taal]",
    )
    body = "Lezen vraagt tijd, boeken en aandacht. Ondertussen groeit de woordenschat."
    world.material("leesplezier-secundair", text.rsplit("---\n", 1)[0] + "---\n\n" + body + "\n")
    world.material("differentieren-in-de-klas")
    # As on the real site, a level is on many items; a topic word on few.
    for slug, title in [("rekenen-so", "Rekenen"), ("evalueren-so", "Evalueren"), ("stage-so", "Stages")]:
        world.material(slug, title=f"{title} in de klas", levels="[secundair]", themes="[taal]")
    return world


def slugs(world: World, query: str) -> list[str]:
    catalog, _ = load_content(world.content)
    return [hit.slug for hit in search(catalog, world.content, query)]


def test_the_topic_outweighs_the_level_in_a_mixed_query(mixed: World) -> None:
    """Tagged with the level, the reading fiche names the topic only in passing: the topic fiche wins."""
    assert slugs(mixed, "woordenschat secundair onderwijs")[0] == "woordenschat-met-prentenboeken"


def test_a_level_alone_is_the_topic(mixed: World) -> None:
    secundair = {"leesplezier-secundair", "rekenen-so", "evalueren-so", "stage-so"}
    assert set(slugs(mixed, "secundair onderwijs")) == secundair
    assert set(slugs(mixed, "SO")) == secundair


def test_levels_and_roles_are_facets_themes_are_not(mixed: World) -> None:
    catalog, _ = load_content(mixed.content)
    thesaurus = thesaurus_of(catalog)
    (level,) = thesaurus.concepts[("secundair", "onderwijs")]
    (role,) = thesaurus.concepts[(stem("zoco"),)]
    (theme,) = thesaurus.concepts[(stem("gsl"),)]
    assert level in thesaurus.facets and role in thesaurus.facets and theme not in thesaurus.facets


def test_the_site_index_lists_the_facets_for_the_browser(mixed: World) -> None:
    catalog, _ = load_content(mixed.content)
    state = open_index(catalog, mixed.content)
    files = {f.path: f.content for f in build_site_index(state.records, state.thesaurus, state.vocabulary)}
    manifest = json.loads(files["index.json"])
    assert set(manifest["facets"]) == state.thesaurus.facets and manifest["facets"]


def test_gedragen_is_not_gedrag() -> None:
    """'Een gedragen beleid' (carried by the team) is not about behaviour (gedrag)."""
    assert stem("gedragen") != stem("gedrag")
