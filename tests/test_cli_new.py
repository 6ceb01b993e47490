"""`hub new`: a draft with every required key that passes `hub check`; never overwrites."""

from __future__ import annotations

import pytest
from click.testing import CliRunner, Result

from hub.cli import hub
from hub.load.loader import load_content
from tests.world import World


def _new(world: World, *args: str) -> Result:
    return CliRunner().invoke(hub, ["new", "--content", str(world.content), *args])


def _check(world: World) -> Result:
    return CliRunner().invoke(hub, ["check", "--strict", "--content", str(world.content)])


@pytest.mark.parametrize(
    ("kind", "folder", "collection"),
    [
        ("material", "materials", "materials"),
        ("qa", "qa", "questions"),
        ("training", "trainings", "offerings"),
    ],
)
def test_new_draft_passes_check(world: World, kind: str, folder: str, collection: str) -> None:
    result = _new(world, kind, "mijn-nieuwe-tekst")
    assert result.exit_code == 0, result.output
    path = world.content / folder / "mijn-nieuwe-tekst.md"
    assert str(path) in result.stdout
    check = _check(world)
    assert check.exit_code == 0, check.stderr
    catalog, _ = load_content(world.content)
    item = getattr(catalog, collection)["mijn-nieuwe-tekst"]
    assert item.status == "draft" and not item.is_published


def test_new_refuses_to_overwrite(world: World) -> None:
    path = world.material("bestaat")
    before = path.read_bytes()
    result = _new(world, "material", "bestaat")
    assert result.exit_code == 1
    assert "exists already" in result.stderr
    assert path.read_bytes() == before


def test_new_refuses_the_slug_of_an_archived_item(world: World) -> None:
    world.write("archive/materials/oud.md", "---\nstatus: archived\n---\n")
    assert _new(world, "material", "oud").exit_code == 1
    assert not (world.content / "materials" / "oud.md").exists()


@pytest.mark.parametrize(
    "args", [("material", "Geen Slug"), ("material", "../buiten"), ("boek", "x"), ("material",)]
)
def test_new_wrong_usage_exits_2(world: World, args: tuple[str, ...]) -> None:
    result = _new(world, *args)
    assert result.exit_code == 2
    assert not list((world.content).glob("**/*buiten*"))


@pytest.mark.parametrize(
    ("slug", "message"),
    [
        ("nieuw\n", "regeleinde"),
        ("../archive/materials/nieuw", "zonder map of '..'"),
        ("a/b", "zonder map of '..'"),
        ("nieuw.md", "laat '.md' weg"),
        ("Nieuw_Materiaal", "gebruik kleine letters a-z"),
        ("nieuw--materiaal", "gebruik kleine letters a-z"),
    ],
)
def test_new_refuses_a_bad_slug_in_dutch(world: World, slug: str, message: str) -> None:
    result = _new(world, "material", slug)
    assert result.exit_code == 2
    assert message in result.output
    assert not (world.content / "materials").exists() or not list((world.content / "materials").iterdir())
