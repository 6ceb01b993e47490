"""`hub qa import`: a hostile form export becomes drafts without personal data, losing no question."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from hub.cli import hub
from hub.helpdesk.drafts import ANSWER_MARKER, THEME_SUGGESTED, DraftImporter, parse_asked
from hub.helpdesk.export import read_export
from hub.helpdesk.mapping import load_mapping
from hub.helpdesk.text import make_title, slugify
from hub.privacy import find_personal_data
from tests.conftest import TODAY, errors_of
from tests.helpdesk.hostile import LONG_QUESTION, PERSONAL, write_csv, write_xlsx
from tests.world import World, question_text

CREATED_SOURCES = {"101", "102", "103", "104", "106"}


@pytest.fixture
def helpdesk_world(world: World, monkeypatch: pytest.MonkeyPatch) -> World:
    monkeypatch.setenv("HUB_CACHE_DIR", str(world.root / "cache"))
    world.material("differentieren-in-de-klas")
    world.question("hoe-differentieer-ik-bij-kleuters")
    world.write(
        "archive/qa/oude-vraag.md",
        question_text("Een oude vraag over taal", status="archived", themes="[taal]", source='"90"'),
    )
    return world


def run_import(world: World, export: Path, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(
        hub,
        ["qa", "import", str(export), "--content", str(world.content), "--today", TODAY.isoformat(), *extra],
    )
    return result.exit_code, result.output


def drafts(world: World) -> dict[str, str]:
    """source -> text of every file in qa/."""
    found = {}
    for path in sorted((world.content / "qa").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        match = re.search(r'^source: "?([^"\n]+)"?$', text, re.MULTILINE)
        found[match.group(1) if match else path.stem] = text
    return found


def folder_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        digest.update(str(path.relative_to(folder)).encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture(params=["xlsx", "csv-utf8-bom", "csv-cp1252", "csv-comma"])
def export(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    if request.param == "xlsx":
        return write_xlsx(tmp_path / "export.xlsx")
    if request.param == "csv-utf8-bom":
        return write_csv(tmp_path / "export.csv")
    if request.param == "csv-cp1252":
        return write_csv(tmp_path / "export.csv", encoding="cp1252")
    return write_csv(tmp_path / "export.csv", delimiter=",", encoding="utf-8")


def test_hostile_export_becomes_drafts_without_personal_data(helpdesk_world: World, export: Path) -> None:
    code, output = run_import(helpdesk_world, export)
    assert code == 0, output
    found = drafts(helpdesk_world)
    assert set(found) >= CREATED_SOURCES
    for source in CREATED_SOURCES:
        text = found[source]
        assert find_personal_data(text) == [], (source, find_personal_data(text))
        for value in PERSONAL:
            assert value.lower() not in text.lower(), (source, value)
        assert not re.search(r"\b(jan|sofie|li)\b", text, re.IGNORECASE), source
    assert "5 concepten aangemaakt, 3 rijen overgeslagen" in output
    assert "rij 6 (Id 101): herhaalde rij: Id 101 staat al op rij 2" in output
    assert "lege rij" in output
    assert "rij 8 (Id 105): geen vraag ingevuld" in output


def test_no_question_is_lost(helpdesk_world: World, tmp_path: Path) -> None:
    run_import(helpdesk_world, write_xlsx(tmp_path / "export.xlsx"))
    found = drafts(helpdesk_world)
    assert "Hoe differentieer ik bij kleuters zonder drie lessen voor te bereiden?" in found["101"]
    assert "Wat is ‹b&gt;GSL‹/b&gt; &amp; hoe start ik?" in found["103"]
    assert "[naam verwijderd]" in found["106"] and "[telefoonnummer verwijderd]" in found["106"]
    body = found["104"].split("---", 2)[2]
    assert re.sub(r"\s*\n>\s*", " ", body).count("Hoe pakken we taal aan in alle vakken") == 12


def test_drafts_pass_hub_check(helpdesk_world: World, export: Path) -> None:
    run_import(helpdesk_world, export)
    assert errors_of(helpdesk_world) == []


def test_second_import_changes_nothing(helpdesk_world: World, export: Path) -> None:
    run_import(helpdesk_world, export)
    before = folder_hash(helpdesk_world.content)
    code, output = run_import(helpdesk_world, export)
    assert code == 0
    assert folder_hash(helpdesk_world.content) == before
    assert "0 concepten aangemaakt, 8 rijen overgeslagen" in output


def test_edited_draft_is_never_overwritten(helpdesk_world: World, tmp_path: Path) -> None:
    export = write_xlsx(tmp_path / "export.xlsx")
    run_import(helpdesk_world, export)
    path = next(p for p in (helpdesk_world.content / "qa").glob("*.md") if 'source: "102"' in p.read_text())
    edited = (
        path.read_text(encoding="utf-8").replace(ANSWER_MARKER, "Ons antwoord.").replace("[gsl]", "[taal]")
    )
    path.write_text(edited, encoding="utf-8")
    run_import(helpdesk_world, export)
    assert path.read_text(encoding="utf-8") == edited


def test_archived_and_published_ids_are_not_imported_again(helpdesk_world: World, tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    export.write_text(
        "Id;Vraag\n90;Een oude vraag over taal\n91;Een nieuwe vraag over taal\n", encoding="utf-8"
    )
    _, output = run_import(helpdesk_world, export)
    assert "rij 2 (Id 90): al geïmporteerd en gearchiveerd (oude-vraag.md)" in output
    assert set(drafts(helpdesk_world)) == {"hoe-differentieer-ik-bij-kleuters", "91"}


def test_text_stays_text(helpdesk_world: World, tmp_path: Path) -> None:
    run_import(helpdesk_world, write_xlsx(tmp_path / "export.xlsx"))
    found = drafts(helpdesk_world)
    formula = found["102"]
    assert 'title: "\'=HYPERLINK(\\"https://evil.example/x\\",\\"klik hier\\")"' in formula
    assert "> '=HYPERLINK(" in formula
    hostile = found["103"]
    assert "<script" not in hostile and "<b>" not in hostile and "<img" not in hostile
    assert '｛: onclick="alert(2)" ｝' in hostile
    assert "](javascript" not in hostile.split("---", 2)[2]
    assert "Zoë's café" in hostile and "😀" in hostile


def test_long_question_gets_a_short_title_and_keeps_its_text(helpdesk_world: World, tmp_path: Path) -> None:
    run_import(helpdesk_world, write_xlsx(tmp_path / "export.xlsx"))
    text = drafts(helpdesk_world)["104"]
    title = re.search(r'^title: "(.*)"$', text, re.MULTILINE).group(1)
    assert 40 < len(title) <= 200 and title.endswith("…")
    assert not title[:-1].endswith(" ")
    assert len(LONG_QUESTION) > 3000 and "en wat raden jullie aan?" in text


def test_tags_map_by_label_and_alias_and_unknown_themes_get_a_marked_suggestion(
    helpdesk_world: World, tmp_path: Path
) -> None:
    _, output = run_import(helpdesk_world, write_xlsx(tmp_path / "export.xlsx"))
    found = drafts(helpdesk_world)
    assert "themes: [differentiatie]\n" in found["101"] and "levels: [kleuter]\n" in found["101"]
    assert "themes: [gsl]\n" in found["102"] and "levels: [basis, secundair]\n" in found["102"]
    suggested = re.search(rf"^themes: \[(.+)\]  # {THEME_SUGGESTED}$", found["103"], re.MULTILINE)
    assert suggested and "gsl" in suggested.group(1).split(", ")
    assert "levels: [kleuter]\n" in found["106"]
    assert "onbekend thema 'onbestaand thema'" in output
    assert "asked: 2026-10-05" in found["101"] and "asked: 2026-10-06" in found["102"]
    assert "owner: helpdesk" in found["101"] and "status: draft" in found["101"]


def test_each_draft_lists_its_likely_duplicates(helpdesk_world: World, tmp_path: Path) -> None:
    run_import(helpdesk_world, write_xlsx(tmp_path / "export.xlsx"))
    comment = drafts(helpdesk_world)["101"].split("<!-- hub: ", 1)[1]
    assert comment.startswith("gelijkaardige vragen en materialen")
    assert "(vragen/hoe-differentieer-ik-bij-kleuters/)" in comment
    assert comment.rstrip().endswith("-->") and comment.count("-->") == 1


def test_slugs_are_ascii_short_and_unique(helpdesk_world: World, tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    export.write_text("Id,Vraag\n7,Wat is GSL in één zin?\n8,Wat is GSL in één zin?\n", encoding="utf-8")
    run_import(helpdesk_world, export)
    names = sorted(p.stem for p in (helpdesk_world.content / "qa").glob("wat-is*"))
    assert names == ["wat-is-gsl-in-een-zin", "wat-is-gsl-in-een-zin-8"]
    assert len(slugify("x" * 30 + " " + "y" * 40)) <= 60


def test_mapping_file_adapts_other_forms(helpdesk_world: World, tmp_path: Path) -> None:
    export = tmp_path / "other.csv"
    export.write_text(
        "Referentie;Ingediend;Jouw vraag;Telefoon;Wie\nA-1;2026-09-01 10:00;Hoe start ik met taal? Bel 0470 11 22 33;"
        "0470 11 22 33;Mieke Janssens\n",
        encoding="utf-8",
    )
    mapping = tmp_path / "mapping.yml"
    mapping.write_text(
        "columns:\n  id: Referentie\n  asked: Ingediend\n  question: Jouw vraag\n  name: Wie\npersonal: [Telefoon]\n",
        encoding="utf-8",
    )
    code, output = run_import(helpdesk_world, export, "--mapping", str(mapping))
    assert code == 0, output
    text = drafts(helpdesk_world)["A-1"]
    assert "asked: 2026-09-01" in text and "0470" not in text and "Janssens" not in text


def test_export_without_question_column_is_refused(helpdesk_world: World, tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    export.write_text("Id;Tekst\n1;iets\n", encoding="utf-8")
    code, output = run_import(helpdesk_world, export)
    assert code == 1 and "geen kolom voor: question" in output


def test_bad_mapping_is_a_usage_error(helpdesk_world: World, tmp_path: Path) -> None:
    mapping = tmp_path / "mapping.yml"
    mapping.write_text("columns:\n  vraag: Vraag\n", encoding="utf-8")
    code, output = run_import(helpdesk_world, write_csv(tmp_path / "e.csv"), "--mapping", str(mapping))
    assert code == 2 and "onbekend veld 'vraag'" in output
    assert load_mapping(None).columns["question"] == ["Vraag"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("05/10/2026 09:12", "2026-10-05"),
        ("5/1/2026", "2026-01-05"),
        ("2026-10-05T09:12:00", "2026-10-05"),
        ("2026-10-05 09:12", "2026-10-05"),
        ("46300", "2026-10-05"),
        ("gisteren", None),
        ("31/02/2026", None),
    ],
)
def test_begintijd_formats(value: str, expected: str | None) -> None:
    parsed = parse_asked(value)
    assert (parsed.isoformat() if parsed else None) == expected


def test_titles_lose_html_and_formulas() -> None:
    assert make_title("<script>x</script> Hoe?") == "x Hoe?"
    assert make_title("=1+1") == "'=1+1"


def test_progress_bar_and_counts_for_a_large_export(helpdesk_world: World, tmp_path: Path) -> None:
    export = tmp_path / "big.csv"
    lines = ["Id;Vraag;Thema;Onderwijsniveau"] + [
        f"{n};Vraag nummer {n} over taal;Taal;SO" for n in range(1000, 1300)
    ]
    export.write_text("\n".join(lines), encoding="utf-8")
    rows = read_export(export)
    importer = DraftImporter(helpdesk_world.content, today=TODAY)
    for number, row in enumerate(rows, start=2):
        importer.add(number, row)
    assert len(importer.report.created) == 300
    assert len(list((helpdesk_world.content / "qa").glob("*.md"))) == 301
