"""The shape of front matter: YAML syntax, unknown keys, missing keys, wrong types (loader + validation)."""

from __future__ import annotations

from tests.checking import no_problems, the_problem
from tests.world import World, material_text, offering_text, question_text


def test_valid_items_of_every_kind_have_no_problems(world: World) -> None:
    world.material("differentieren")
    world.question("kleuters")
    world.offering("opleiding-differentiatie")
    world.fiche("opleiding")
    no_problems(world)


def test_yaml_syntax_error_names_its_line(world: World) -> None:
    world.material("kapot", material_text(keywords="[hoeken, niveaus"))
    line = the_problem(world, "content/materials/kapot.md:12: error: yaml:")
    assert "YAML-fout" in line


def test_yaml_syntax_error_in_the_middle_points_at_that_line(world: World) -> None:
    text = material_text().replace("roles: [leraar]", "roles: [leraar]\ntype: : fiche")
    world.material("dubbelpunt", text)
    the_problem(world, "content/materials/dubbelpunt.md:11: error: yaml:")


def test_duplicate_key_is_a_located_yaml_error(world: World) -> None:
    world.material("dubbel", material_text().replace("roles: [leraar]", "roles: [leraar]\ntitle: Nog eens"))
    line = the_problem(world, "content/materials/dubbel.md:11: error: yaml:")
    assert "staat er twee keer" in line


def test_unknown_key_suggests_nearest(world: World) -> None:
    world.material("typo", leveles="[kleuter]")
    line = the_problem(world, "content/materials/typo.md:12: error: leveles:")
    assert "bedoel je 'levels'?" in line
    assert "toegestane sleutels:" in line and "roles" in line


def test_unknown_key_in_a_nested_mapping_suggests_nearest(world: World) -> None:
    world.offering("sessie", sessions="\n  - {start: 2027-01-14T09:00, end: 2027-01-14T12:00, mdoe: online}")
    line = the_problem(world, "content/trainings/sessie.md:12: error: sessions[0].mdoe:")
    assert "bedoel je 'mode'?" in line


def test_missing_required_key_names_the_key(world: World) -> None:
    world.material("zonder-niveau", levels=None)
    the_problem(world, "content/materials/zonder-niveau.md:2: error: levels:")
    world.question("zonder-vraagdatum", asked=None)
    line = the_problem(world, "content/qa/zonder-vraagdatum.md:2: error: asked:")
    assert "verplichte sleutel ontbreekt" in line


def test_missing_required_key_in_a_list_item(world: World) -> None:
    world.fiche("opleiding", requirements="\n  - {id: K1}")
    the_problem(world, "content/fiches/opleiding.md:5: error: requirements[0].text:")


def test_wrong_type_is_located(world: World) -> None:
    world.material("lang", duration="een uur")
    line = the_problem(world, "content/materials/lang.md:12: error: duration:")
    assert "verwacht een geheel getal" in line and "'een uur'" in line


def test_wrong_type_mapping_where_list_expected(world: World) -> None:
    world.material("kaart", levels="{basis: ja}")
    the_problem(world, "content/materials/kaart.md:9: error: levels:")


def test_wrong_value_of_a_closed_choice(world: World) -> None:
    world.offering("modus", sessions="\n  - {start: 2027-01-14T09:00, end: 2027-01-14T12:00, mode: webinar}")
    line = the_problem(world, "content/trainings/modus.md:12: error: sessions[0].mode:")
    assert "kies uit: fysiek, online, hybride" in line


def test_status_must_be_known(world: World) -> None:
    world.question("klaar", question_text(status="klaar"))
    the_problem(world, "content/qa/klaar.md:3: error: status:")


def test_too_short_description_is_an_error(world: World) -> None:
    world.offering("kort", offering_text(description="Te kort."))
    the_problem(world, "content/trainings/kort.md:3: error: description:")


def test_file_name_must_be_a_slug(world: World) -> None:
    world.material("Hoofdletters")
    line = the_problem(world, "content/materials/Hoofdletters.md:1: error: slug:")
    assert "kleine letters" in line


def test_stray_file_in_a_collection_is_reported(world: World) -> None:
    world.write("materials/notities.markdown", "---\ntitle: x\n---\n")
    the_problem(world, "content/materials/notities.markdown:1: error: file:")
