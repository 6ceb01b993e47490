"""References between items: existing, published, not the item itself; archive and replaced_by."""

from __future__ import annotations

from tests.checking import no_problems, problem_lines, the_problem
from tests.world import World, fiche_text, material_text

OTHER = {"title": "Hoeken inrichten in de kleuterklas"}


def _archive(world: World, slug: str, **overrides: object) -> None:
    world.write(f"archive/materials/{slug}.md", material_text(status="archived", **overrides))


def test_references_to_published_items_pass(world: World) -> None:
    world.material("hoeken", **OTHER)
    world.material("start", related="[hoeken]")
    world.question("vraag", materials="[hoeken]")
    world.material(
        "pad", title="Leerpad kleuters", type="leerpad", steps="\n  - material: hoeken\n    note: Begin hier"
    )
    no_problems(world)


def test_reference_to_a_missing_item_suggests_nearest(world: World) -> None:
    world.material("hoeken", **OTHER)
    world.material("start", related="\n  - hoeken\n  - hoekn")
    line = the_problem(world, "content/materials/start.md:14: error: related:")
    assert "er bestaat geen materiaal 'hoekn' (bedoel je 'hoeken'?)" in line


def test_question_materials_must_exist(world: World) -> None:
    world.question("vraag", materials="[bestaat-niet]")
    the_problem(world, "content/qa/vraag.md:10: error: materials:")


def test_leerpad_step_to_a_missing_material(world: World) -> None:
    world.material("hoeken", **OTHER)
    world.material(
        "pad", title="Leerpad", type="leerpad", steps="\n  - material: hoeken\n  - material: weg\n    note: x"
    )
    the_problem(world, "content/materials/pad.md:14: error: steps:")


def test_published_item_may_not_refer_to_a_draft(world: World) -> None:
    world.material("concept", status="draft", **OTHER)
    world.material("start", related="[concept]")
    line = the_problem(world, "content/materials/start.md:12: error: related:")
    assert "'concept' is een concept" in line


def test_draft_may_refer_to_a_draft(world: World) -> None:
    world.material("concept", status="draft", **OTHER)
    world.material("start", status="draft", related="[concept]")
    no_problems(world)


def test_reference_to_itself(world: World) -> None:
    world.material("zelf", related="[zelf]")
    line = the_problem(world, "content/materials/zelf.md:12: error: related:")
    assert "verwijst naar het item zelf" in line


def test_leerpad_needs_steps_and_only_leerpaden_have_steps(world: World) -> None:
    world.material("pad", type="leerpad")
    world.material("fiche", title="Fiche met stappen", steps="\n  - material: pad")
    the_problem(world, "content/materials/pad.md:7: error: steps:")
    the_problem(world, "content/materials/fiche.md:12: error: steps:")


def test_same_slug_live_and_archived(world: World) -> None:
    world.material("dubbel")
    _archive(world, "dubbel")
    line = the_problem(world, "content/archive/materials/dubbel.md:1: error: slug:")
    assert "zowel live" in line


def test_archived_item_referenced_without_replaced_by(world: World) -> None:
    _archive(world, "oud", **OTHER)
    world.material("start", related="[oud]")
    line = the_problem(world, "content/materials/start.md:12: error: related:")
    assert "gearchiveerd zonder replaced_by" in line


def test_archived_item_with_replaced_by_only_warns_the_referrer(world: World) -> None:
    world.material("nieuw", **OTHER)
    _archive(world, "oud", title="Oude hoekenfiche", replaced_by="nieuw")
    world.material("start", related="[oud]")
    line = the_problem(world, "content/materials/start.md:12: warning: related:")
    assert "verwijs naar 'nieuw'" in line
    assert not [line for line in problem_lines(world) if " (waarschuwing) " not in line]


def test_replaced_by_must_lead_to_a_published_item(world: World) -> None:
    world.material("concept", status="draft", **OTHER)
    _archive(world, "oud", replaced_by="concept")
    _archive(world, "ouder", title="Nog ouder", replaced_by="nergens")
    the_problem(world, "content/archive/materials/oud.md:12: error: replaced_by:")
    the_problem(world, "content/archive/materials/ouder.md:12: error: replaced_by:")


def test_live_items_have_no_replaced_by_nor_archived_status(world: World) -> None:
    world.material("hoeken", **OTHER)
    world.material("live", replaced_by="hoeken")
    world.material("verkeerd", title="Verkeerd gearchiveerd", status="archived")
    the_problem(world, "content/materials/live.md:12: error: replaced_by:")
    the_problem(world, "content/materials/verkeerd.md:4: error: status:")


def test_fiche_file_is_named_after_its_form(world: World) -> None:
    world.fiche("opleiding")
    world.fiche("helpdesk", fiche_text("opleiding"))
    line = the_problem(world, "content/fiches/helpdesk.md:3: error: form:")
    assert "hernoem het bestand naar 'opleiding.md'" in line


def test_step_twice_in_a_leerpad_warns(world: World) -> None:
    world.material("hoeken", **OTHER)
    world.material(
        "pad", title="Leerpad", type="leerpad", steps="\n  - material: hoeken\n  - material: hoeken"
    )
    the_problem(world, "content/materials/pad.md:14: warning: steps:")
