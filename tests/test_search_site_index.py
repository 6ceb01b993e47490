"""The prebuilt site index: what the browser fetches, built with the editors' analysis."""

from __future__ import annotations

import base64
import json

from hub.check import check_content
from hub.index.analysis import stem
from hub.index.query import COMPOUND_FACTOR, CONCEPT_FACTOR, CUT, FACET_COVERAGE, FACET_FACTOR
from hub.index.spelling import MIN_TYPO_LENGTH, bucket_of, spelling_keys
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


# -- what the browser needs to forgive a typo, split a compound, say nothing is there, filter --------


def _bucket(files: dict[str, object], folder: str, key: str, count: int) -> dict:
    return files[f"search/{folder}/{bucket_of(key, count)}.json"].get(key, {})  # type: ignore[union-attr]


def test_a_typo_leads_to_the_vocabulary_buckets_that_hold_its_correction(world: World) -> None:
    world.material("zelfregulatie", title="Zelfregulatie bij kleuters")
    files = site_files(world)
    manifest = files["search/index.json"]
    buckets = manifest["spelling"]["buckets"]
    for typo in ("zelfregulatei", "zelfreguatie", "elfregulatie", "zlefregulatie"):
        found = {
            word for key in spelling_keys(typo) for word in _bucket(files, "v", key, buckets).get("w", {})
        }
        assert "zelfregulatie" in found, typo
    assert manifest["spelling"]["min"] == MIN_TYPO_LENGTH


def test_accents_travel_with_the_vocabulary(world: World) -> None:
    world.material("differentieren", title="Differentiëren in de kleuterklas")
    files = site_files(world)
    entry = _bucket(files, "v", "dif", files["search/index.json"]["spelling"]["buckets"])
    assert entry["a"]["differentieren"] == "differentiëren"


def test_compound_parts_and_heads_and_tails_are_shipped(world: World) -> None:
    world.material(
        "leerlingenbegeleiding",
        title="Leerlingenbegeleiding",
        description="De begeleiding van leerlingen in de school, stap voor stap.",
    )
    world.material(
        "lezen", title="Graag lezen", description="Over beleid en plannen voor de leesles van morgen."
    )
    files = site_files(world)
    manifest = files["search/index.json"]
    known = shard_with(files, manifest, "leerlingenbegeleiding")["x"]["leerlingenbegeleiding"]
    assert known == [stem("leerlingen"), stem("begeleiding")]
    joined = shard_with(files, manifest, stem("begeleiding"))["c"][stem("begeleiding")]
    assert [stem("leerlingenbegeleiding"), stem("leerlingen"), stem("begeleiding")] in joined
    heads = _bucket(files, "v", "lee", manifest["spelling"]["buckets"])["h"]
    assert heads["lees"] == [stem("lezen"), 1]  # how 'lezen' starts a compound
    tails = _bucket(files, "e", "eid", manifest["tails"])
    assert tails["beleid"] == [stem("beleid"), 1]


def test_empty_themes_and_the_numbers_of_the_scoring_travel_with_the_manifest(world: World) -> None:
    world.material("hoeken", title="Hoekenwerk bij kleuters")  # the world's theme 'taal' stays empty
    manifest = site_files(world)["search/index.json"]
    phrases, message, nearby = next(entry for entry in manifest["absent"] if entry[1].endswith("Taal."))
    assert phrases == [[stem("taal")]] and message == "Er is nog geen materiaal over Taal."
    assert nearby == [["Gepersonaliseerd samen leren", "materialen/thema/gsl/"]]
    assert manifest["factors"] == {
        "concept": CONCEPT_FACTOR,
        "compound": COMPOUND_FACTOR,
        "facet": FACET_FACTOR,
        "facetCoverage": FACET_COVERAGE,
        "cut": CUT,
    }


def _members(encoded: object, total: int) -> set[int]:
    """Decode a filter option as hub-search.js does: deltas, or a base64 bitset."""
    if isinstance(encoded, str):
        bits = base64.b64decode(encoded)
        return {n for n in range(total) if bits[n // 8] >> (n % 8) & 1}
    numbers, at = set(), 0
    for delta in encoded:  # type: ignore[attr-defined]
        at += delta
        numbers.add(at)
    return numbers


def test_filter_files_hold_the_documents_of_each_option_as_on_the_materials_list(world: World) -> None:
    for number in range(30):  # enough documents for a dense option to travel as a bitset
        world.material(
            f"m-{number:02d}", title=f"Fiche {number}", levels="[secundair]" if number % 3 else "[kleuter]"
        )
    world.question("vraag", title="Hoe werk ik met hoeken?", levels="[basis]")
    files = site_files(world)
    manifest = files["search/index.json"]
    assert manifest["filters"] == ["niveau", "rok", "rol", "soort", "thema"]
    levels = files["search/f/niveau.json"]
    total = manifest["count"]
    assert isinstance(levels["secundair"], str)  # 20 of 31: a bitset is shorter
    assert _members(levels["secundair"], total) == {n for n in range(30) if n % 3}
    # A question for all of basis fits kleuters too (doelgroep: the nodes below), as on /materialen/.
    assert _members(levels["kleuter"], total) == {n for n in range(30) if not n % 3} | {30}
    assert 30 not in _members(files["search/f/soort.json"]["fiche"], total)  # a question has no type


def test_the_search_page_offers_the_filters_of_the_materials_list(world: World) -> None:
    world.material("hoeken", title="Hoekenwerk bij kleuters")
    world.question("vraag", title="Hoe werk ik met hoeken?", levels="[secundair]")
    catalog, _ = check_content(world.content, TODAY)
    (page,) = search_page(context_of(catalog, world.content))
    groups = page.context["filters"]
    assert [g.segment for g in groups] == ["niveau", "rol", "thema", "soort", "rok"]
    levels = {option.id: option.count for option in groups[0].options}
    assert levels == {"basis": 1, "kleuter": 1, "secundair": 1}
