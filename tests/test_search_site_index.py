"""The prebuilt site index: what the browser fetches, built with the editors' analysis."""

from __future__ import annotations

import json

from hub.check import check_content
from hub.index.analysis import stem
from hub.render.pages import PageSpec, StaticFile
from hub.render.search_pages import search_index_files, search_page
from tests.conftest import TODAY, context_of
from tests.world import World


def site_files(world: World) -> dict[str, object]:
    catalog, _ = check_content(world.content, TODAY)
    return {f.dest_uri: json.loads(f.content) for f in search_index_files(context_of(catalog, world.content))}


def shard_with(files: dict[str, object], manifest: dict, term: str) -> dict:
    key = max((k for k in manifest["keys"] if term.startswith(k)), key=len)
    return files[f"search/t/{key.replace('~', '_')}.json"]  # type: ignore[return-value]


def test_index_holds_published_items_only(world: World) -> None:
    world.material("gepubliceerd", title="Hoekenwerk bij kleuters")
    world.material("klad", title="Hoekenwerk in concept", status="draft")
    world.question("vraag-over-hoeken", title="Hoe start ik met hoeken?")
    files = site_files(world)
    manifest = files["search/index.json"]
    assert manifest["count"] == 2 and manifest["kinds"] == "mq"
    meta = [row for name, rows in files.items() if name.startswith("search/d/") for row in rows]
    assert [row[0] for row in meta] == ["materialen/gepubliceerd/", "vragen/vraag-over-hoeken/"]
    _, title, kind, type_label, levels, snippet = meta[0]
    assert (title, kind, type_label, levels) == (
        "Hoekenwerk bij kleuters",
        "material",
        "Fiche",
        "Kleuteronderwijs",
    )
    assert snippet.startswith("Een korte fiche")


def test_words_lead_to_their_stem_and_its_postings(world: World) -> None:
    world.material("gepubliceerd", title="Hoekenwerk bij kleuters")
    files = site_files(world)
    manifest = files["search/index.json"]
    shard = shard_with(files, manifest, "kleuters")
    assert shard["f"]["kleuters"] == stem("kleuters")
    postings = shard_with(files, manifest, stem("kleuters"))["p"][stem("kleuters")]
    assert postings[0] == 0 and postings[1] > 0  # document 0, a positive score


def test_synonym_phrases_and_stop_words_travel_with_the_manifest(world: World) -> None:
    world.material("gepubliceerd")
    manifest = site_files(world)["search/index.json"]
    phrases = {" ".join(words): concepts for words, concepts in manifest["phrases"]}
    assert phrases[stem("binnenklasdifferentiatie")] == phrases[stem("differentieren")]
    assert "de" in manifest["stop"]


def test_search_page_is_generated_and_kept_out_of_search_engines(world: World) -> None:
    world.material("gepubliceerd")
    catalog, _ = check_content(world.content, TODAY)
    (page,) = search_page(context_of(catalog, world.content))
    assert isinstance(page, PageSpec) and page.src_uri == "zoek/index.md" and page.noindex
    assert all(isinstance(f, StaticFile) for f in search_index_files(context_of(catalog, world.content)))
