"""Empty and minimal content trees build, and their pages say in Dutch that nothing is there yet."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from hub.check import check_content
from hub.problems import Severity
from tests.conftest import ROOT, TODAY, build_as_of
from tests.site_files import parse_machine_readable_files
from tests.world import World

ALMOST_EMPTY = {
    "rok": "- id: beleid\n  label: Beleid\n  luik: mantel\n",
    "levels": "- id: basis\n  label: Basisonderwijs\n",
    "roles": "- id: leraar\n  label: Leraar\n",
    "themes": "- id: taal\n  label: Taal\n",
    "types": "- id: fiche\n  label: Fiche\n",
    "forms": (
        "- id: materialenbank\n  label: Materialenbank\n- id: helpdesk\n  label: Helpdesk\n"
        "- id: helpdesk-live\n  label: Helpdesk Live\n  parent: helpdesk\n"
    ),
    "teams": "- id: helpdesk\n  label: Helpdesk\n",
    "synonyms": "[]\n",
}


def _one_material_no_themes(world: World) -> None:
    world.write("taxonomy/themes.yml", "[]\n")
    world.material("enige", themes=None)


def _nothing(world: World) -> None:
    pass


def _almost_empty_taxonomies(world: World) -> None:
    for name, text in ALMOST_EMPTY.items():
        world.write(f"taxonomy/{name}.yml", text)
    world.material("enige", rok="[beleid]", levels="[basis]", themes="[taal]", owner="helpdesk")


def _only_a_question(world: World) -> None:
    world.question("vraag")


def _offering_without_sessions(world: World) -> None:
    world.offering("op-aanvraag", sessions=None)


TREES: dict[str, Callable[[World], None]] = {
    "one-material-no-themes": _one_material_no_themes,
    "nothing": _nothing,
    "almost-empty-taxonomies": _almost_empty_taxonomies,
    "only-a-question": _only_a_question,
    "offering-without-sessions": _offering_without_sessions,
}


@pytest.fixture(scope="module", params=sorted(TREES))
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    world = World(tmp_path_factory.mktemp(request.param))
    TREES[request.param](world)
    _, problems = check_content(world.content, TODAY)
    assert [p.as_text() for p in problems if p.severity == Severity.ERROR] == []
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    build_as_of(ROOT / "mkdocs.yml", world.content, world.root / "site")
    return request.param, world.root / "site"


def _text(site: Path, url: str) -> str:
    soup = BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")
    return " ".join(soup.find("article").get_text(" ").split())


def test_every_section_page_is_built(built: tuple[str, Path]) -> None:
    _, site = built
    for url in ("", "materialen", "vragen", "aanbod", "kwaliteit", "helpdesk", "continuum", "redactie"):
        assert (site / url / "index.html").is_file(), f"/{url}/ is missing"


def test_empty_sections_say_so_in_dutch(built: tuple[str, Path]) -> None:
    name, site = built
    has_materials = name in ("one-material-no-themes", "almost-empty-taxonomies")
    has_questions = name == "only-a-question"
    has_offerings = name == "offering-without-sessions"
    if not has_questions:
        assert "Er zijn nog geen vragen gepubliceerd." in _text(site, "vragen")
        assert "Er zijn nog geen vragen gepubliceerd." in _text(site, "")
    if not has_materials:
        assert "Er zijn nog geen materialen gepubliceerd." in _text(site, "materialen")
        assert "Er zijn nog geen materialen gepubliceerd." in _text(site, "")
    if not has_offerings:
        assert "Er is nog geen aanbod gepubliceerd." in _text(site, "aanbod")
    assert "Er zijn nog geen kwaliteitsfiches gepubliceerd." in _text(site, "kwaliteit")
    assert "Er zijn op dit moment geen sessies gepland." in _text(site, "")
    if name == "one-material-no-themes":
        assert "Er zijn nog geen materialen met een thema." in _text(site, "")


def test_machine_readable_files_parse(built: tuple[str, Path]) -> None:
    _, site = built
    assert parse_machine_readable_files(site) >= 1
