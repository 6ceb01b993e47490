"""Loader edge cases: BOM, line endings, empty or unclosed front matter, tabs, encodings, dates, lists."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from hub.load.loader import load_content
from tests.checking import no_problems, problem_lines, the_problem
from tests.world import World, material_text, offering_text


def test_bom_and_crlf_load_with_correct_lines(world: World) -> None:
    text = material_text(leveles="[basis]").replace("\n", "\r\n")
    world.write("materials/windows.md", b"\xef\xbb\xbf" + text.encode("utf-8"))
    the_problem(world, "content/materials/windows.md:12: error: leveles:")


def test_bom_crlf_file_is_a_valid_item(world: World) -> None:
    world.write("materials/windows.md", b"\xef\xbb\xbf" + material_text().replace("\n", "\r\n").encode())
    no_problems(world)
    catalog, _ = load_content(world.content)
    material = catalog.materials["windows"]
    assert material.title == "Differentiëren in de klas"
    assert "\r" not in material.body and material.body.strip() == "Begin bij het doel van de les."


def test_old_mac_line_endings(world: World) -> None:
    world.write("materials/mac.md", material_text().replace("\n", "\r"))
    no_problems(world)


def test_empty_front_matter_reports_missing_keys(world: World) -> None:
    world.material("leeg", "---\n---\nAlleen tekst.\n")
    lines = problem_lines(world)
    for key in ("title", "description", "status", "owner", "reviewed", "type", "rok", "levels", "roles"):
        assert any(
            line.startswith(f"content/materials/leeg.md:2:1: HUB101 {key}: verplichte sleutel")
            for line in lines
        )


def test_front_matter_of_only_comments(world: World) -> None:
    world.question("commentaar", "---\n# nog in te vullen\n---\n")
    the_problem(world, "content/qa/commentaar.md:2: error: title:")


def test_missing_closing_line(world: World) -> None:
    world.material("open", material_text().replace("\n---\n\n", "\n\n", 1))
    line = the_problem(world, "content/materials/open.md:1: error: front-matter:")
    assert "niet afgesloten" in line


def test_no_front_matter_at_all(world: World) -> None:
    world.material("tekst", "Gewoon tekst zonder sleutels.\n")
    assert "moet beginnen met een regel '---'" in the_problem(
        world, "content/materials/tekst.md:1: error: front-matter:"
    )


def test_empty_file(world: World) -> None:
    world.material("leeg", "")
    the_problem(world, "content/materials/leeg.md:1: error: front-matter:")


def test_front_matter_that_is_a_list(world: World) -> None:
    world.material("lijst", "---\n- title: x\n---\n")
    the_problem(world, "content/materials/lijst.md:1: error: front-matter:")


def test_tab_indentation_is_a_located_yaml_error(world: World) -> None:
    world.material("tabs", material_text(attachments="\n\t- file: a.pdf"))
    line = the_problem(world, "content/materials/tabs.md:13: error: yaml:")
    assert "tabs" in line


def test_non_utf8_bytes_are_located_and_the_file_untouched(world: World) -> None:
    raw = (
        material_text().encode("utf-8").replace("Differentiëren".encode(), "Differentiëren".encode("latin-1"))
    )
    path = world.write("materials/latin.md", raw)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    line = the_problem(world, "content/materials/latin.md:2: error: encoding:")
    assert "geen UTF-8" in line and "0xeb" in line
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_non_utf8_taxonomy_is_located(world: World) -> None:
    world.write(
        "taxonomy/roles.yml",
        "- id: leraar\n  label: Leraar\n- id: zoco\n  label: Zorgco\xf6rdinator\n".encode("latin-1"),
    )
    the_problem(world, "content/taxonomy/roles.yml:4: error: encoding:")


def test_control_character_is_a_located_yaml_error(world: World) -> None:
    world.material("controle", material_text(license="'CC\x07 BY'"))
    the_problem(world, "content/materials/controle.md:12: error: yaml:")


@pytest.mark.parametrize("written", ["2026-01-15", "'2026-01-15'", '"2026-01-15"'])
def test_unquoted_and_quoted_dates_load(world: World, written: str) -> None:
    world.material("datum", reviewed=written)
    catalog, problems = load_content(world.content)
    assert problems == []
    assert catalog.materials["datum"].reviewed == dt.date(2026, 1, 15)


@pytest.mark.parametrize(
    "start",
    [
        "2027-01-14T09:00",
        "2027-01-14T09:00:00",
        "2027-01-14 09:00:00",
        "'2027-01-14T09:00'",
        '"2027-01-14 09:00"',
    ],
)
def test_unquoted_and_quoted_date_times_load_as_brussels_time(world: World, start: str) -> None:
    world.offering("sessie", sessions=f"\n  - {{start: {start}, end: 2027-01-14T16:00, mode: online}}")
    catalog, problems = load_content(world.content)
    assert problems == []
    session = catalog.offerings["sessie"].sessions[0]
    assert session.start == dt.datetime(2027, 1, 14, 9, 0) and session.start.tzinfo is None


def test_date_time_with_offset_becomes_brussels_time(world: World) -> None:
    world.offering(
        "utc", sessions="\n  - {start: 2027-07-01T07:00:00Z, end: 2027-07-01T10:00:00+02:00, mode: online}"
    )
    catalog, _ = load_content(world.content)
    session = catalog.offerings["utc"].sessions[0]
    assert (session.start, session.end) == (dt.datetime(2027, 7, 1, 9, 0), dt.datetime(2027, 7, 1, 10, 0))


def test_single_string_where_a_list_is_expected(world: World) -> None:
    world.material("enkel", levels="kleuter", roles="leraar", rok="differentiatie-kv", themes="gsl")
    world.offering("doel", offering_text(goals="[Je kan het.]"))
    catalog, problems = load_content(world.content)
    assert problems == []
    material = catalog.materials["enkel"]
    assert (material.levels, material.roles, material.rok, material.themes) == (
        ["kleuter"],
        ["leraar"],
        ["differentiatie-kv"],
        ["gsl"],
    )
    no_problems(world)


def test_lines_of_nested_values_are_remembered(world: World) -> None:
    world.material("hoeken", title="Hoeken")
    world.material(
        "pad",
        title="Pad",
        type="leerpad",
        steps="\n  - material: hoeken\n    note: Start\n  - material: hoeken",
    )
    catalog, _ = load_content(world.content)
    pad = catalog.materials["pad"]
    assert (pad.line("title"), pad.line("steps"), pad.line("steps", 0, "note"), pad.line("steps", 1)) == (
        2,
        12,
        14,
        15,
    )
    assert pad.body_line == 17  # the line right after the closing ---


def test_missing_content_folder_is_an_error_not_a_crash(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(FileNotFoundError):
        load_content(tmp_path / "bestaat-niet")


def test_deeply_nested_yaml_is_a_located_error(world: World) -> None:
    world.material("diep", "---\ntitle: x\nkeywords: " + "[" * 1000 + "\n---\n")
    line = the_problem(world, "content/materials/diep.md:2: error: yaml:")
    assert "te diep genest" in line


def test_unreadable_file_is_a_located_error(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = world.material("op-slot")
    original = type(locked).read_bytes

    def read_bytes(self):  # type: ignore[no-untyped-def]
        if self.name == "op-slot.md":
            raise PermissionError(13, "Permission denied")
        return original(self)

    monkeypatch.setattr(type(locked), "read_bytes", read_bytes)
    assert "Permission denied" in the_problem(world, "content/materials/op-slot.md:1: error: file:")
