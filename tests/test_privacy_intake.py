"""`hub qa import` against hostile intake: ids that YAML would misread, names in every spelling, names
that are also words, formula cells and oversized cells."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from hub.helpdesk.drafts import existing_sources
from hub.helpdesk.text import as_markdown_text, defuse_formula
from hub.privacy import find_personal_data, scrub
from tests.test_qa_import import drafts, folder_hash, run_import
from tests.world import World, question_text

HEADER = ["Id", "Begintijd", "E-mail", "Naam", "Vraag", "Thema", "Onderwijsniveau", "School"]


@pytest.fixture
def helpdesk_world(world: World, monkeypatch: pytest.MonkeyPatch) -> World:
    monkeypatch.setenv("HUB_CACHE_DIR", str(world.root / "cache"))
    world.material("differentieren-in-de-klas")
    world.question("hoe-differentieer-ik-bij-kleuters")
    return world


def write_export(path: Path, rows: list[list[str]]) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    for row in [HEADER, *rows]:
        writer.writerow(row)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def row(id_: str, question: str, name: str = "", email: str = "", school: str = "") -> list[str]:
    return [id_, "05/10/2026 09:12", email, name, question, "Taal", "Secundair onderwijs", school]


def body_of(text: str) -> str:
    """The body as the reader sees it ('\\[' is an escaped bracket)."""
    return text.split("---", 2)[2].replace("\\[", "[").replace("\\]", "]")


@pytest.mark.parametrize(
    "id_", ["ID#7", "ID #7", "'quoted'", '"dubbel"', "a: b", "  spaties voor", "#7", "x # y", "[7]", "&anker"]
)
def test_any_id_is_imported_once(helpdesk_world: World, tmp_path: Path, id_: str) -> None:
    export = write_export(tmp_path / "export.csv", [row(id_, "Hoe start ik met taalbeleid op school?")])
    code, output = run_import(helpdesk_world, export)
    assert code == 0 and "1 concepten aangemaakt" in output, output
    before = folder_hash(helpdesk_world.content)
    code, output = run_import(helpdesk_world, export)
    assert code == 0 and "0 concepten aangemaakt, 1 rijen overgeslagen" in output, output
    assert "al geïmporteerd" in output
    assert folder_hash(helpdesk_world.content) == before
    assert len(list((helpdesk_world.content / "qa").glob("*.md"))) == 2


def test_hand_written_sources_are_read_as_yaml(world: World) -> None:
    world.question("a", question_text(status="draft", source="ID#7  # van het formulier"))
    world.question("b", question_text(status="draft", source="'it''s 8'"))
    world.question("c", question_text(status="draft", source="101"))
    assert set(existing_sources(world.content)) == {"ID#7", "it's 8", "101"}


def test_names_of_every_length_and_spelling_are_removed(helpdesk_world: World, tmp_path: Path) -> None:
    rows = [
        row("1", "Dag, ik ben An De Wit. Hoe start ik met taal? Groeten, An", name="An De Wit"),
        row("2", "Ik ben zoe muller en mijn collega Zoë wil weten hoe taal werkt.", name="Zoë Müller"),
        row(
            "3", "Mijn zoon Lars Peeters leest slecht, wat kan de school doen?", email="j.peeters@telenet.be"
        ),
    ]
    code, output = run_import(helpdesk_world, write_export(tmp_path / "export.csv", rows))
    assert code == 0, output
    found = drafts(helpdesk_world)
    for source, gone in [
        ("1", ["An", "De Wit", "Wit"]),
        ("2", ["zoe", "muller", "Zoë"]),
        ("3", ["Lars", "Peeters"]),
    ]:
        text = found[source]
        assert "[naam verwijderd]" in body_of(text), text
        for word in gone:
            assert f" {word.lower()} " not in f" {text.lower()} ".replace(".", " ").replace(",", " "), word
    assert "Hoe start ik met taal?" in found["1"]
    assert "wat kan de school doen?" in found["3"]


def test_a_name_that_is_a_word_keeps_the_word(helpdesk_world: World, tmp_path: Path) -> None:
    question = "Ann Klas vraagt: hoe werk ik in de klas met verschillen? Vraag van Klas."
    code, output = run_import(
        helpdesk_world, write_export(tmp_path / "export.csv", [row("9", question, name="Ann Klas")])
    )
    assert code == 0, output
    body = body_of(drafts(helpdesk_world)["9"])
    assert "> [naam verwijderd] vraagt: hoe werk ik in de klas met verschillen?" in body
    assert "Vraag van [naam verwijderd]." in body
    assert "Ann" not in body and "Klas" not in body


def test_name_removal_decisions() -> None:
    # 'Klas' opening a sentence and lowercase 'de klas' / 'de wit' are words; 'De Wit' is a name.
    text, _ = scrub(
        "Klas 3 start in de klas van An. De Wit-ouders en de wit geverfde muur.", ["An De Wit", "Ann Klas"]
    )
    assert (
        text
        == "Klas 3 start in de klas van [naam verwijderd]. [naam verwijderd]-ouders en de wit geverfde muur."
    )


@pytest.mark.parametrize(
    ("cell", "quoted"),
    [
        ("-2+3+cmd|' /C calc'!A0", "> '-2+3+cmd|' /C calc'!A0"),
        ("+1+1", "> '+1+1"),
        ("@SUM(1+1)", "> '@SUM(1+1)"),
        ("\t=1+1", "> '=1+1"),
        ("\r=1+1", "> '=1+1"),
        ("=1+1", "> '=1+1"),
    ],
)
def test_formula_cells_are_neutralised(helpdesk_world: World, tmp_path: Path, cell: str, quoted: str) -> None:
    code, output = run_import(helpdesk_world, write_export(tmp_path / "export.csv", [row("f", cell)]))
    assert code == 0, output
    text = drafts(helpdesk_world)["f"]
    assert quoted in text
    title = next(line for line in text.split("\n") if line.startswith("title:"))
    assert title.startswith("title: \"'")


def test_list_items_in_a_question_stay_list_items() -> None:
    quoted = as_markdown_text("Twee vragen:\n- punt één\n- punt twee\n-3 graden")
    assert quoted.split("\n") == ["Twee vragen:", "- punt één", "- punt twee", "'-3 graden"]
    assert defuse_formula("- punt") == "'- punt"  # a title or cell on its own is always neutralised


def test_an_oversized_cell_is_reported_in_dutch(helpdesk_world: World, tmp_path: Path) -> None:
    big = "Hoe? " + "x" * 200_000
    export = write_export(tmp_path / "export.csv", [row("1", "Gewone vraag?"), row("2", big)])
    code, output = run_import(helpdesk_world, export)
    assert code == 1
    assert ":3:5: HUB620 kolom E ('Vraag'): de cel is te groot (200.005 tekens, hoogstens 100.000)" in output
    assert "Traceback" not in output and "onverwacht probleem" not in output
    assert len(list((helpdesk_world.content / "qa").glob("*.md"))) == 1


def test_an_id_with_personal_data_is_not_written(helpdesk_world: World, tmp_path: Path) -> None:
    export = write_export(tmp_path / "export.csv", [row("jan.peeters@school.be", "Hoe start ik met taal?")])
    run_import(helpdesk_world, export)
    text = drafts(helpdesk_world)
    assert not any("peeters" in t for t in text.values())
    assert all(find_personal_data(t) == [] for t in text.values())
    _, output = run_import(helpdesk_world, export)
    assert "0 concepten aangemaakt" in output


def test_the_slug_never_holds_personal_data(helpdesk_world: World, tmp_path: Path) -> None:
    rows = [row("s", "Bel 0471 12 34 56 of mail jan(at)school(punt)be, ik ben An De Wit", name="An De Wit")]
    run_import(helpdesk_world, write_export(tmp_path / "export.csv", rows))
    slugs = [p.stem for p in (helpdesk_world.content / "qa").glob("*.md")]
    assert all("0471" not in s and "school" not in s and "wit" not in s for s in slugs), slugs
