"""URLs: only http(s) in `link`, `registration`, `recording` and Markdown links in bodies."""

from __future__ import annotations

import pytest

from tests.checking import no_problems, the_problem
from tests.world import World, material_text

BAD_URLS = ["javascript:alert(1)", "data:text/html,<b>hoi</b>", "JavaScript:alert(1)", "ftp://example.org/x"]


def test_https_link_and_registration_pass(world: World) -> None:
    world.material("extern", link="https://www.example.org/kennisclip?t=1")
    world.offering(
        "opleiding",
        registration="http://example.org/inschrijven",
        sessions="\n  - {start: 2026-01-14T09:00, end: 2026-01-14T10:00, mode: online, "
        "recording: 'https://example.org/opname'}",
    )
    no_problems(world)


@pytest.mark.parametrize("url", BAD_URLS)
def test_link_must_be_http(world: World, url: str) -> None:
    world.material("extern", link=f"'{url}'")
    line = the_problem(world, "content/materials/extern.md:12: error: link:")
    assert "is geen http(s)-URL" in line


@pytest.mark.parametrize("url", BAD_URLS)
def test_registration_must_be_http(world: World, url: str) -> None:
    world.offering("opleiding", registration=f"'{url}'")
    the_problem(world, "content/trainings/opleiding.md:12: error: registration:")


def test_link_with_a_tab_in_the_scheme(world: World) -> None:
    world.material("extern", link='"java\\tscript:alert(1)"')
    the_problem(world, "content/materials/extern.md:12: error: link:")


def test_recording_must_be_http(world: World) -> None:
    world.offering(
        "opleiding",
        sessions="\n  - {start: 2026-01-14T09:00, end: 2026-01-14T10:00, mode: online, "
        "recording: 'javascript:alert(1)'}",
    )
    the_problem(world, "content/trainings/opleiding.md:12: error: sessions[0].recording:")


def _body(world: World, body: str) -> None:
    # The body starts on line 14 of a default material; the test text follows on line 15.
    world.material("tekst", material_text() + body)


def test_ordinary_markdown_links_pass(world: World) -> None:
    _body(
        world,
        "[Extern](https://example.org/a) en [intern](../andere/) en [anker](#stap-2).\n\n"
        "![Schema](schema.png)\n\n<https://example.org/auto>\n",
    )
    no_problems(world)


@pytest.mark.parametrize(
    "link",
    [
        "[klik](javascript:alert(1))",
        "[klik](data:text/html;base64,PHNjcmlwdD4=)",
        "![beeld](data:image/svg+xml;base64,PHN2Zz4=)",
        "[klik](<java\tscript:alert(1)>)",
        "[klik](java&#9;script:alert(1))",
        "[klik](java\tscript:alert(1))",
        "[klik](&#106;avascript:alert(1))",
        "[klik][ref]\n\n[ref]: javascript:alert(1)",
        "<a href='javascript:alert(1)'>klik</a>",
    ],
)
def test_markdown_link_with_a_script_scheme_is_refused(world: World, link: str) -> None:
    _body(world, "Een eerste regel.\n" + link + "\n")
    line = the_problem(world, "content/materials/tekst.md:16: error: body:")
    assert "alleen http" in line


def test_script_link_inside_code_is_only_text(world: World) -> None:
    _body(world, "Schrijf nooit `[x](javascript:alert(1))`.\n\n```\n[x](javascript:alert(1))\n```\n")
    no_problems(world)
