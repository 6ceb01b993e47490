"""Taxonomy files: known parents, unique ids, no cycles, `luik` on the R-OK rubrieken, valid entries."""

from __future__ import annotations

from tests.checking import no_problems, the_problem
from tests.world import World

LEVELS_OK = """\
- id: basis
  label: Basisonderwijs
- id: kleuter
  label: Kleuteronderwijs
  parent: basis
- id: secundair
  label: Secundair onderwijs
"""


def test_a_valid_tree_passes_and_tags_count_for_ancestors(world: World) -> None:
    from hub.load.loader import load_content

    world.write("taxonomy/levels.yml", LEVELS_OK)
    no_problems(world)
    catalog, _ = load_content(world.content)
    rok = catalog.taxonomies["rok"]
    assert rok.ancestors("differentiatie-kv") == ["onderwijsleerproces", "ontwikkeling"]
    assert rok.with_ancestors(["differentiatie-kv"]) == {
        "differentiatie-kv",
        "onderwijsleerproces",
        "ontwikkeling",
    }


def test_unknown_parent_suggests_nearest(world: World) -> None:
    world.write("taxonomy/levels.yml", LEVELS_OK.replace("parent: basis", "parent: bassis"))
    line = the_problem(world, "content/taxonomy/levels.yml:3: error: parent:")
    assert "onbekende parent 'bassis' (bedoel je 'basis'?)" in line


def test_duplicate_id_names_the_first_definition(world: World) -> None:
    world.write("taxonomy/levels.yml", LEVELS_OK + "- id: basis\n  label: Nog eens basis\n")
    line = the_problem(world, "content/taxonomy/levels.yml:8: error: id:")
    assert "het id 'basis' staat er twee keer (eerst op regel 1)" in line


def test_parent_cycle_is_reported_on_each_member(world: World) -> None:
    world.write(
        "taxonomy/themes.yml",
        "- id: gsl\n  label: GSL\n  parent: differentiatie\n"
        "- id: differentiatie\n  label: Differentiatie\n  parent: gsl\n- id: taal\n  label: Taal\n",
    )
    first = the_problem(world, "content/taxonomy/themes.yml:1: error: parent:")
    assert "kring: gsl > differentiatie > gsl" in first
    the_problem(world, "content/taxonomy/themes.yml:4: error: parent:")


def test_self_parent_is_a_cycle(world: World) -> None:
    world.write("taxonomy/roles.yml", "- id: leraar\n  label: Leraar\n  parent: leraar\n")
    the_problem(world, "content/taxonomy/roles.yml:1: error: parent:")


def test_rok_rubriek_without_luik(world: World) -> None:
    world.write(
        "taxonomy/rok.yml",
        "- id: ontwikkeling\n  label: Ontwikkeling\n  luik: hart\n"
        "- id: differentiatie-kv\n  label: KV\n  parent: ontwikkeling\n- id: beleid\n  label: Beleid\n",
    )
    line = the_problem(world, "content/taxonomy/rok.yml:7: error: luik:")
    assert "R-OK-rubriek 'beleid' heeft 'luik: hart' of 'luik: mantel' nodig" in line


def test_luik_only_on_rubrieken(world: World) -> None:
    world.write(
        "taxonomy/rok.yml",
        "- id: ontwikkeling\n  label: Ontwikkeling\n  luik: hart\n"
        "- id: differentiatie-kv\n  label: KV\n  parent: ontwikkeling\n  luik: hart\n",
    )
    the_problem(world, "content/taxonomy/rok.yml:4: error: luik:")


def test_luik_with_a_wrong_value(world: World) -> None:
    world.write("taxonomy/rok.yml", "- id: ontwikkeling\n  label: Ontwikkeling\n  luik: kern\n")
    line = the_problem(world, "content/taxonomy/rok.yml:3: error: luik:")
    assert "kies uit: hart, mantel" in line


def test_id_must_be_lowercase(world: World) -> None:
    world.write("taxonomy/roles.yml", "- id: Leraar\n  label: Leraar\n")
    the_problem(world, "content/taxonomy/roles.yml:1: error: id:")


def test_entry_without_label(world: World) -> None:
    world.write("taxonomy/roles.yml", "- id: leraar\n  label: Leraar\n- id: directie\n")
    the_problem(world, "content/taxonomy/roles.yml:3: error: label:")


def test_unknown_key_in_an_entry_suggests_nearest(world: World) -> None:
    world.write("taxonomy/roles.yml", "- id: leraar\n  label: Leraar\n  alias: [lkr]\n")
    line = the_problem(world, "content/taxonomy/roles.yml:3: error: alias:")
    assert "bedoel je 'aliases'?" in line


def test_taxonomy_must_be_a_list(world: World) -> None:
    world.write("taxonomy/roles.yml", "leraar: Leraar\n")
    the_problem(world, "content/taxonomy/roles.yml:1: error: taxonomy:")


def test_missing_taxonomy_file(world: World) -> None:
    (world.content / "taxonomy" / "teams.yml").unlink()
    line = the_problem(world, "content/taxonomy/teams.yml:1: error: taxonomy:")
    assert "ontbreekt" in line


def test_forms_needs_the_helpdesk_forms(world: World) -> None:
    world.write(
        "taxonomy/forms.yml",
        "- id: materialenbank\n  label: M\n- id: helpdesk\n  label: H\n- id: opleiding\n  label: O\n",
    )
    line = the_problem(world, "content/taxonomy/forms.yml:1: error: id:")
    assert "heeft een item 'helpdesk-live' nodig" in line
