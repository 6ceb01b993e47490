"""The resolved model: leerpad steps, leerpaden of a material, related items, redirects, taxonomy trees."""

from __future__ import annotations

from hub.load.loader import load_content
from tests.world import World, material_text


def _world(world: World) -> None:
    world.material("hoeken", title="Hoeken inrichten")
    world.material("kijken", title="Observeren met een kijkwijzer")
    world.material("concept", title="Nog niet klaar", status="draft")
    world.material(
        "pad",
        title="Leerpad kleuters",
        type="leerpad",
        steps="\n  - material: kijken\n    note: Eerst kijken\n  - material: hoeken",
        related="[hoeken]",
    )
    world.question("vraag", materials="[hoeken, kijken]")
    world.write(
        "archive/materials/oud.md",
        material_text(title="Oud", status="archived", replaced_by="hoeken"),
    )


def test_steps_resolve_in_order_with_notes(world: World) -> None:
    _world(world)
    catalog, problems = load_content(world.content)
    assert problems == []
    steps = catalog.steps_of(catalog.materials["pad"])
    assert [(n, note, m.slug) for n, note, m in steps] == [(1, "Eerst kijken", "kijken"), (2, None, "hoeken")]
    [position] = catalog.leerpaden_of("hoeken")
    assert (position.leerpad.slug, position.position, position.total) == ("pad", 2, 2)


def test_related_and_question_materials_resolve_to_published_items(world: World) -> None:
    _world(world)
    catalog, _ = load_content(world.content)
    assert [m.slug for m in catalog.related_of(catalog.materials["pad"])] == ["hoeken"]
    assert [m.slug for m in catalog.materials_of(catalog.questions["vraag"])] == ["hoeken", "kijken"]
    assert "concept" not in [m.slug for m in catalog.published_materials()]


def test_archived_items_become_redirects(world: World) -> None:
    _world(world)
    catalog, _ = load_content(world.content)
    assert catalog.redirects() == {"materialen/oud/": "materialen/hoeken/"}
    assert "oud" not in catalog.materials and "oud" in catalog.archived["materials"]
    assert not catalog.archived["materials"]["oud"].is_published


def test_taxonomy_tree(world: World) -> None:
    catalog, _ = load_content(world.content)
    levels = catalog.taxonomies["levels"]
    assert levels.label("kleuter") == "Kleuteronderwijs"
    assert levels.ancestors("kleuter") == ["basis"] and levels.path_to("kleuter") == ["basis", "kleuter"]
    assert [e.id for e in levels.children("basis")] == ["kleuter"]
    assert {e.id for e in levels.roots()} == {"basis", "secundair"}
    assert catalog.synonyms == [["differentiatie", "differentiëren", "binnenklasdifferentiatie"]]
