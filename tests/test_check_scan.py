"""Zelfscans: `scan` only on type zelfscan, unique dimension ids, recommendations that exist."""

from __future__ import annotations

from tests.checking import no_problems, the_problem
from tests.world import World

SCAN = """
  dimensions:
    - id: doelen
      title: Doelen stellen
      statements: [We bepalen samen de doelen.]
      recommend: [{recommend}]
    - id: {second}
      title: Opvolgen
      statements: [We volgen de doelen op.]
"""


def _scan(recommend: str = "hoeken", second: str = "opvolgen") -> str:
    return SCAN.format(recommend=recommend, second=second).rstrip()


def test_valid_scan_passes(world: World) -> None:
    world.material("hoeken", title="Hoeken in de kleuterklas")
    world.material("scan", type="zelfscan", scan=_scan())
    no_problems(world)


def test_scan_only_on_a_zelfscan(world: World) -> None:
    world.material("hoeken", title="Hoeken in de kleuterklas")
    world.material("scan", type="fiche", scan=_scan())
    line = the_problem(world, "content/materials/scan.md:12: error: scan:")
    assert "alleen materialen van type 'zelfscan'" in line


def test_dimension_ids_are_unique(world: World) -> None:
    world.material("hoeken", title="Hoeken in de kleuterklas")
    world.material("scan", type="zelfscan", scan=_scan(second="doelen"))
    the_problem(world, "content/materials/scan.md:18: error: scan.dimensions.id:")


def test_recommendation_must_exist(world: World) -> None:
    world.material("scan", type="zelfscan", scan=_scan(recommend="hoekn"))
    the_problem(world, "content/materials/scan.md:17: error: scan:")


def test_scale_has_four_labels(world: World) -> None:
    world.material("hoeken", title="Hoeken in de kleuterklas")
    world.material("scan", type="zelfscan", scan=_scan() + "\n  scale: [Nee, Ja]")
    the_problem(world, "content/materials/scan.md:21: error: scan.scale:")
