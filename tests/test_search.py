"""hub.index over small content worlds: what is found, what never is, and the cached index."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from hub.cli import hub
from hub.index import near_duplicates, related_materials, search, similar, store, suggest_themes
from hub.index.store import cache_dir
from hub.load.loader import load_content
from tests.world import World, material_text, question_text


def with_body(text: str, body: str) -> str:
    return text.rsplit("---\n", 1)[0] + "---\n\n" + body + "\n"


def slugs(world: World, query: str, **options: object) -> list[str]:
    catalog, _ = load_content(world.content)
    return [hit.slug for hit in search(catalog, world.content, query, **options)]


@pytest.fixture
def bank(world: World) -> World:
    world.material("differentieren-bij-kleuters", title="Differentiëren bij kleuters")
    world.material(
        "zorg-op-school",
        title="Leerlingen opvolgen op school",
        description="Een fiche over het zorgbeleid en de rol van de zorgcoördinator in het team.",
        roles="[zorgcoordinator]",
        levels="[secundair]",
        themes="[taal]",
    )
    world.material(
        "taal-in-het-secundair",
        title="Woordenschat uitbreiden",
        description="Een fiche over woordenschat en lezen in de eerste graad van het secundair.",
        levels="[secundair]",
        themes="[taal]",
    )
    world.question("kleuters-en-hoeken", title="Hoe werk ik met hoeken bij kleuters?")
    world.offering("opleiding-differentiatie", title="Opleiding differentiatie")
    return world


def test_finds_a_material_by_the_words_of_its_title(bank: World) -> None:
    assert slugs(bank, "woordenschat") == ["taal-in-het-secundair"]


def test_drafts_and_archived_items_never_come_back(bank: World) -> None:
    bank.material("concept-woordenschat", title="Woordenschat in concept", status="draft")
    bank.write(
        "archive/materials/oude-woordenschat.md",
        material_text("Woordenschat van vroeger", status="archived"),
    )
    found = slugs(bank, "woordenschat")
    assert found == ["taal-in-het-secundair"]


def test_accents_are_optional(bank: World) -> None:
    assert "differentieren-bij-kleuters" in slugs(bank, "differentieren")[:1]
    assert "zorg-op-school" in slugs(bank, "zorgcoordinator")


def test_synonym_group_finds_the_other_words(bank: World) -> None:
    # synonyms.yml of the world: [differentiatie, differentiëren, binnenklasdifferentiatie]
    found = slugs(bank, "binnenklasdifferentiatie")
    assert {"differentieren-bij-kleuters", "opleiding-differentiatie"} <= set(found)


def test_alias_of_a_role_finds_items_for_that_role(bank: World) -> None:
    assert slugs(bank, "zoco")[:1] == ["zorg-op-school"]


def test_alias_of_a_parent_level_finds_items_tagged_below_it(bank: World) -> None:
    # kleuter is under basis, whose alias is BaO; the offering is tagged basis itself.
    assert {"differentieren-bij-kleuters", "kleuters-en-hoeken", "opleiding-differentiatie"} <= set(
        slugs(bank, "BaO")
    )
    assert "taal-in-het-secundair" not in slugs(bank, "BaO")


def test_alias_of_a_theme_finds_items_under_its_sub_themes(bank: World) -> None:
    found = slugs(bank, "GSL")
    assert "differentieren-bij-kleuters" in found  # tagged differentiatie, a sub-theme of gsl
    assert "taal-in-het-secundair" not in found


def test_title_match_outranks_body_match(world: World) -> None:
    world.material("in-de-tekst", with_body(material_text("Klasmanagement"), "Werk met hoeken in de klas."))
    world.material("in-de-titel", with_body(material_text("Hoekenwerk en hoeken"), "Over klasmanagement."))
    assert slugs(world, "hoeken")[:2] == ["in-de-titel", "in-de-tekst"]


def test_kind_narrows_the_results(bank: World) -> None:
    assert slugs(bank, "kleuters", kind="qa") == ["kleuters-en-hoeken"]
    assert all(s == "opleiding-differentiatie" for s in slugs(bank, "differentiatie", kind="training"))


def test_a_small_typo_is_corrected(bank: World) -> None:
    assert slugs(bank, "woordenshcat") == ["taal-in-het-secundair"]


def test_nothing_found_is_an_empty_list(bank: World) -> None:
    assert slugs(bank, "xylofoon") == []
    assert slugs(bank, "de het een") == []


def test_the_index_follows_edits_deletions_and_status_changes(bank: World) -> None:
    assert slugs(bank, "woordenschat") == ["taal-in-het-secundair"]
    bank.material("nieuw", title="Woordenschat voor kleuters")
    assert set(slugs(bank, "woordenschat")) == {"taal-in-het-secundair", "nieuw"}
    bank.material("nieuw", title="Woordenschat voor kleuters", status="draft")
    assert slugs(bank, "woordenschat") == ["taal-in-het-secundair"]
    (bank.content / "materials" / "taal-in-het-secundair.md").unlink()
    assert slugs(bank, "woordenschat") == []


def test_a_new_synonym_group_rebuilds_the_index(bank: World) -> None:
    assert slugs(bank, "lexicon") == []
    bank.write("taxonomy/synonyms.yml", "- [woordenschat, lexicon]\n")
    assert slugs(bank, "lexicon") == ["taal-in-het-secundair"]


def test_the_cache_lives_outside_the_content_or_where_the_environment_says(
    bank: World, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert cache_dir(bank.content).is_relative_to(bank.root / ".cache" / "hub-index")
    monkeypatch.setenv("HUB_CACHE_DIR", str(tmp_path / "elders"))
    found = CliRunner().invoke(hub, ["search", "woordenschat", "--content", str(bank.content)])
    assert found.exit_code == 0, found.output
    elsewhere = cache_dir(bank.content, tmp_path / "elders")
    assert elsewhere.is_relative_to(tmp_path / "elders")
    assert (elsewhere / "manifest.json").is_file()
    assert not list(bank.content.rglob("*.json"))


def test_similar_puts_the_existing_answer_to_a_reasked_question_first(bank: World) -> None:
    bank.question(
        "rapport-zonder-cijfers",
        with_body(
            question_text("Kunnen we een rapport maken zonder cijfers?"),
            "Ja: beschrijf de groei per doel in woorden en bespreek het rapport met ouders.",
        ),
    )
    catalog, _ = load_content(bank.content)
    hits = similar(catalog, bank.content, "Mag een school het rapport zonder punten of cijfers opmaken?")
    assert hits[0].slug == "rapport-zonder-cijfers"
    assert hits[0].kind == "qa"
    assert hits[0].url == "vragen/rapport-zonder-cijfers/"


def test_related_materials_prefer_shared_themes_and_skip_self_editor_picks_and_drafts(world: World) -> None:
    for slug, themes in (
        ("a", "[differentiatie]"),
        ("b", "[differentiatie]"),
        ("c", "[taal]"),
        ("d", "[differentiatie]"),
    ):
        world.material(slug, title=f"Differentiëren in de klas {slug}", themes=themes)
    world.material("e", title="Differentiëren in de klas e", status="draft")
    world.material("f", title="Differentiëren in de klas f", related="[d]")
    catalog, _ = load_content(world.content)
    related = [m.slug for m in related_materials(catalog, world.content, catalog.materials["f"], limit=3)]
    assert "f" not in related and "d" not in related and "e" not in related
    assert related[:2] == ["a", "b"]


def test_near_duplicates_pairs_copies_of_one_kind(bank: World) -> None:
    text = with_body(
        material_text("Woordenschat uitbreiden in de eerste graad"),
        "Woordenschat groeit met herhaling, context en gesprek in elke les.",
    )
    bank.material("kopie-een", text)
    bank.material("kopie-twee", text)
    catalog, _ = load_content(bank.content)
    pairs = near_duplicates(catalog, bank.content)
    assert ("material", "kopie-een", "kopie-twee") in [pair[:3] for pair in pairs]
    assert all(score >= 0.6 for *_, score in pairs)


def test_suggest_themes_for_a_free_text(bank: World) -> None:
    catalog, _ = load_content(bank.content)
    assert (
        suggest_themes(catalog, bank.content, "Hoe kan ik beter differentiëren bij kleuters?")[0]
        == "differentiatie"
    )
    assert suggest_themes(catalog, bank.content, "woordenschat en lezen", limit=1) == ["taal"]


def test_a_damaged_cache_is_rebuilt(bank: World, monkeypatch: pytest.MonkeyPatch) -> None:
    assert slugs(bank, "woordenschat") == ["taal-in-het-secundair"]
    for path in cache_dir(bank.content).iterdir():
        if path.suffix in (".json", ".toc", ".seg"):
            path.unlink()
    monkeypatch.setattr(store, "_opened", {})  # as in a new process
    assert slugs(bank, "woordenschat") == ["taal-in-het-secundair"]
    assert (cache_dir(bank.content) / "records.json").is_file()


def test_a_cache_this_machine_did_not_seal_is_never_read(
    bank: World, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert slugs(bank, "woordenschat") == ["taal-in-het-secundair"]
    directory = cache_dir(bank.content)
    planted = directory / "records.json"
    planted.write_text('[{"id": "material:vals", "kind": "material"}]', encoding="utf-8")
    monkeypatch.setattr(store, "_opened", {})  # as in a new process
    assert slugs(bank, "woordenschat") == ["taal-in-het-secundair"]
    assert "vals" not in planted.read_text(encoding="utf-8")
    # A cache copied from another machine (another key) is rebuilt, not opened.
    monkeypatch.setenv("HUB_CACHE_KEY_FILE", str(tmp_path / "andere-sleutel"))
    monkeypatch.setattr(store, "_opened", {})
    before = {path.name: path.stat().st_mtime_ns for path in directory.iterdir()}
    assert slugs(bank, "woordenschat") == ["taal-in-het-secundair"]
    after = {path.name: path.stat().st_mtime_ns for path in directory.iterdir()}
    assert before["seal.json"] != after["seal.json"]


def test_a_build_leaves_the_whoosh_index_to_a_second_process_and_search_finds_it_ready(
    bank: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalog, _ = load_content(bank.content)
    state = store.open_index(catalog, bank.content, searchable=False)
    assert state.index is None and "material:taal-in-het-secundair" in state.records
    writer = store._writers[cache_dir(bank.content)]
    writer.join(timeout=60)
    assert writer.exitcode == 0
    manifest = store._read_manifest(cache_dir(bank.content))
    assert manifest["whoosh"] == manifest["snapshot"]
    monkeypatch.setattr(store, "_opened", {})  # a new process: `hub search` after `hub build`
    monkeypatch.setattr(store, "_update", None)  # it must not analyse the content again
    assert slugs(bank, "woordenschat") == ["taal-in-het-secundair"]


def test_search_writes_a_whoosh_index_that_lags_behind_the_records_from_them(
    bank: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalog, _ = load_content(bank.content)
    monkeypatch.setattr(store, "_write_in_background", lambda *args: None)  # as if the writer never ran
    store.open_index(catalog, bank.content, searchable=False)
    manifest = store._read_manifest(cache_dir(bank.content))
    assert manifest["whoosh"] != manifest["snapshot"]
    monkeypatch.setattr(store, "_opened", {})
    monkeypatch.setattr(store, "_update", None)  # written from the records, without a new analysis
    assert slugs(bank, "woordenschat") == ["taal-in-het-secundair"]
    manifest = store._read_manifest(cache_dir(bank.content))
    assert manifest["whoosh"] == manifest["snapshot"]
