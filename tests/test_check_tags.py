"""Tag values must be ids of their taxonomy: rok, levels, roles, themes, type, form, owner."""

from __future__ import annotations

import pytest

from tests.checking import no_problems, the_problem
from tests.world import World


def test_known_ids_of_every_taxonomy_pass(world: World) -> None:
    world.material(
        "alles", rok="[ontwikkeling, differentiatie-kv]", levels="[basis, kleuter]", themes="[gsl]"
    )
    world.offering("opleiding", form="opleiding", rok="[beleid]", roles="[zorgcoordinator]")
    no_problems(world)


def test_unknown_level_suggests_nearest(world: World) -> None:
    world.material("typo", levels="[kleuter, kleutr]")
    line = the_problem(world, "content/materials/typo.md:9: error: levels:")
    assert "'kleutr' staat niet in levels.yml (bedoel je 'kleuter'?)" in line
    assert "toegestaan: basis, kleuter, secundair" in line


def test_alias_used_as_tag_hints_at_the_id(world: World) -> None:
    world.material("alias", levels="[SO]")
    line = the_problem(world, "content/materials/alias.md:9: error: levels:")
    assert "bedoel je 'secundair'?" in line and "label of een alias" in line


def test_label_used_as_tag_hints_at_the_id(world: World) -> None:
    world.material("label", roles="[Zorgcoördinator]")
    line = the_problem(world, "content/materials/label.md:10: error: roles:")
    assert "bedoel je 'zorgcoordinator'?" in line


def test_tag_on_its_own_line_is_located_there(world: World) -> None:
    world.material("lijst", themes="\n  - gsl\n  - taal\n  - rekenen")
    the_problem(world, "content/materials/lijst.md:14: error: themes:")


@pytest.mark.parametrize(
    ("kind", "key", "value", "line", "nearest"),
    [
        ("material", "rok", "[differentiatie]", 8, "differentiatie-kv"),
        ("material", "type", "leerpd", 7, "leerpad"),
        ("material", "owner", "team-curiculum", 5, "team-curriculum"),
        ("question", "themes", "[GSL]", 6, "gsl"),
        ("offering", "form", "opleidingen", 7, "opleiding"),
    ],
)
def test_every_tagged_key_is_checked_against_its_taxonomy(
    world: World, kind: str, key: str, value: str, line: int, nearest: str
) -> None:
    folder = {"material": "materials", "question": "qa", "offering": "trainings"}[kind]
    getattr(world, kind)("item", **{key: value})
    message = the_problem(world, f"content/{folder}/item.md:{line}: error: {key}:")
    assert f"bedoel je '{nearest}'?" in message


def test_archived_items_are_checked_too(world: World) -> None:
    world.material("nieuw", title="Een nieuw materiaal over taal")
    world.material("dummy")  # keeps the live tree valid
    world.write(
        "archive/materials/oud.md",
        (world.content / "materials" / "dummy.md")
        .read_text()
        .replace("status: published", "status: archived")
        .replace("[kleuter]", "[middelbaar]"),
    )
    the_problem(world, "content/archive/materials/oud.md:9: error: levels:")
