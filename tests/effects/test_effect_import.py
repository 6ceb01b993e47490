"""`hub effect import`: an EDBI survey export becomes counts in content/effects/ and nothing else."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from hub.cli import hub
from hub.load.loader import load_content
from tests.conftest import TODAY, problems_of
from tests.effects.exports import (
    EMAILS,
    HEADER,
    IDS,
    NAMES,
    OPEN_ANSWERS,
    TWELVE,
    answers_to_rows,
    write_csv,
    write_xlsx,
)
from tests.world import QUESTIONS, World

EFFECT = "effects/opleiding-x/2026-05-20.yml"


@pytest.fixture
def survey(world: World) -> World:
    world.evaluated_offering()
    return world


def run(world: World, export: Path, *extra: str, participants: int = 40) -> Result:
    args = ["effect", "import", str(export), "--content", str(world.content), "--offering", "opleiding-x"]
    args += ["--participants", str(participants), "--today", TODAY.isoformat(), *extra]
    return CliRunner().invoke(hub, args)


def effect_file(world: World) -> str:
    return (world.content / EFFECT).read_text(encoding="utf-8")


def content_digest(world: World) -> str:
    digest = hashlib.sha256()
    for path in sorted(world.content.rglob("*")):
        digest.update(str(path.relative_to(world.content)).encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def test_an_export_becomes_counts_per_question_and_nothing_personal(survey: World, tmp_path: Path) -> None:
    result = run(survey, write_csv(tmp_path / "export.csv", answers_to_rows(TWELVE)))
    assert result.exit_code == 0, result.output
    text = effect_file(survey)
    assert "offering: opleiding-x\nsession: 2026-05-20\nparticipants: 40\nresponses: 12\n" in text
    assert "  V1: [0, 1, 2, 4, 5]  # Ik ben tevreden over deze begeleiding.\n" in text
    assert "  V2: [0, 0, 3, 5, 4]" in text
    assert "  V5: [1, 3, 5, 2, 0]" in text  # one respondent left V5 empty: 11 answers
    assert "V6" not in text
    for secret in [*NAMES, *EMAILS, *IDS, *OPEN_ANSWERS, "16:0"]:
        assert secret.lower() not in text.lower()
    assert problems_of(survey) == []
    [effect] = load_content(survey.content)[0].effects
    assert (effect.responses, effect.questions["V1"]) == (12, [0, 1, 2, 4, 5])
    assert "12 antwoorden van 40 deelnemers (30%)" in result.output
    assert "de norm vraagt 20 antwoorden: lees met voorzichtigheid" in result.output
    assert "12 open antwoorden niet bewaard" in result.output


def test_xlsx_and_csv_of_the_same_survey_give_identical_files(survey: World, tmp_path: Path) -> None:
    exports = [
        write_xlsx(tmp_path / "export.xlsx", answers_to_rows(TWELVE, labels=False)),
        write_csv(tmp_path / "puntkomma.csv", answers_to_rows(TWELVE), delimiter=";", bom=True),
        write_csv(tmp_path / "komma.csv", answers_to_rows(TWELVE), delimiter=",", bom=False),
    ]
    written = []
    for export in exports:
        (survey.content / EFFECT).unlink(missing_ok=True)
        assert run(survey, export).exit_code == 0
        written.append((survey.content / EFFECT).read_bytes())
    assert written[0] == written[1] == written[2]


def test_labels_and_numbers_agree_whatever_their_case_and_spacing(survey: World, tmp_path: Path) -> None:
    rows = answers_to_rows(TWELVE)
    for row in rows[:4]:
        row[5] = "  " + str(row[5]).upper().replace(" ", "  ") + "."  # '  HELEMAAL  AKKOORD.'
    assert run(survey, write_csv(tmp_path / "labels.csv", rows)).exit_code == 0
    labels = effect_file(survey)
    (survey.content / EFFECT).unlink()
    assert (
        run(survey, write_csv(tmp_path / "numbers.csv", answers_to_rows(TWELVE, labels=False))).exit_code == 0
    )
    assert effect_file(survey) == labels


def test_headers_match_regardless_of_case_spacing_and_punctuation(survey: World, tmp_path: Path) -> None:
    header = [*HEADER]
    header[5] = "ik ben   TEVREDEN over deze begeleiding"
    header[6] = "Deze begeleiding is bruikbaar, in mijn praktijk!"
    result = run(survey, write_csv(tmp_path / "export.csv", answers_to_rows(TWELVE), header=header))
    assert result.exit_code == 0, result.output
    assert "  V1: [0, 1, 2, 4, 5]" in effect_file(survey)


def test_a_missing_core_question_is_a_located_error_and_nothing_is_written(
    survey: World, tmp_path: Path
) -> None:
    header = [*HEADER]
    header[7] = "Ik heb iets bijgeleerd"  # V3's text changed in the form
    export = write_csv(tmp_path / "export.csv", answers_to_rows(TWELVE), header=header)
    before = content_digest(survey)
    result = run(survey, export)
    assert result.exit_code == 1
    assert (
        f"{export}:1:1: HUB631 geen kolom voor kernvraag V3 'Ik heb nieuwe dingen geleerd.'" in result.output
    )
    assert f"{export}:1:8: HUB637 (waarschuwing) kolom H ('Ik heb iets bijgeleerd')" not in result.output
    assert "er is niets geschreven" in result.output
    assert content_digest(survey) == before


def test_an_unknown_column_is_reported_and_ignored(survey: World, tmp_path: Path) -> None:
    header = [*HEADER, "Hoe heb je van deze opleiding gehoord?"]
    rows = [[*row, "Via Sofie Vermeulen"] for row in answers_to_rows(TWELVE)]
    result = run(survey, write_csv(tmp_path / "export.csv", rows, header=header))
    assert result.exit_code == 0
    assert (
        f"{tmp_path / 'export.csv'}:1:12: HUB637 (waarschuwing) kolom L ('Hoe heb je van deze opleiding gehoord?') "
        "hoort bij geen vraag van de fiche content/fiches/opleiding.md: genegeerd"
    ) in result.output
    assert "Sofie" not in effect_file(survey) and "gehoord" not in effect_file(survey)


def test_a_missing_bijvraag_is_not_counted_and_said_so(survey: World, tmp_path: Path) -> None:
    header = HEADER[:9] + HEADER[10:]
    rows = [row[:9] + row[10:] for row in answers_to_rows(TWELVE)]
    result = run(survey, write_csv(tmp_path / "export.csv", rows, header=header))
    assert result.exit_code == 0, result.output
    assert "V5" not in effect_file(survey)
    assert "geen kolom voor de bijvragen V5: niet geteld" in result.output


def test_an_empty_answer_counts_for_no_scale_point(survey: World, tmp_path: Path) -> None:
    answers = [[5, 5, None, 4, 3], [4, None, None, 4, 2], [None, None, None, None, None]]
    result = run(survey, write_csv(tmp_path / "export.csv", answers_to_rows(answers, open_answers=False)))
    assert result.exit_code == 0, result.output
    text = effect_file(survey)
    assert "responses: 3\n" in text  # the empty questionnaire was still handed in
    assert "  V1: [0, 0, 0, 1, 1]" in text and "  V3: [0, 0, 0, 0, 0]" in text


@pytest.mark.parametrize(
    "cell",
    ['=HYPERLINK("https://evil.example","Akkoord")', "<b>Akkoord</b>", "+4", "@SUM(1)", "Eerder wel"],
)
def test_a_hostile_or_unknown_answer_is_refused_with_row_and_column(
    survey: World, tmp_path: Path, cell: str
) -> None:
    rows = answers_to_rows(TWELVE)
    rows[3][6] = cell  # V2 of the fourth respondent: export line 5, column G
    export = write_csv(tmp_path / "export.csv", rows)
    result = run(survey, export)
    assert result.exit_code == 1
    line = next(line for line in result.output.splitlines() if "HUB632" in line)
    assert line.startswith(
        f"{export}:5:7: HUB632 kolom G ('Deze begeleiding is bruikbaar in mijn praktijk.'): "
    )
    assert (
        "toegestaan: 1 tot 5 of Helemaal niet akkoord, Niet akkoord, Neutraal, Akkoord, Helemaal akkoord"
        in line
    )
    assert not (survey.content / "effects").exists()


def test_a_formula_read_from_excel_is_refused_and_never_evaluated(survey: World, tmp_path: Path) -> None:
    rows = answers_to_rows(TWELVE, labels=False)
    rows[0][5] = "=2+2"
    export = write_xlsx(tmp_path / "export.xlsx", rows)
    result = run(survey, export)
    assert result.exit_code == 1
    assert f"{export}:2:6: HUB632 kolom F ('Ik ben tevreden over deze begeleiding.'): '=2+2'" in result.output


def test_open_answers_go_only_to_the_named_file_without_personal_data(survey: World, tmp_path: Path) -> None:
    rows = answers_to_rows(TWELVE)
    rows[2][10] = '=HYPERLINK("https://evil.example","klik")'
    rows[4][10] = "<script>alert(1)</script> Top!"
    export = write_csv(tmp_path / "export.csv", rows)
    out = tmp_path / "begeleider" / "open.csv"
    result = run(survey, export, "--open-answers", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_bytes().decode("utf-8-sig")
    assert text.startswith("vraag;vraagtekst;antwoord\r\nV6;Wat vond je het meest bruikbaar?;")
    assert "Meer tijd voor de casussen." in text
    assert "De oefening met de doelensets, [naam verwijderd] mag dit vaker doen." in text
    assert "[e-mailadres verwijderd]" in text and "[telefoonnummer verwijderd]" in text
    assert "'=HYPERLINK" in text  # a formula stays text in Excel
    for secret in [*NAMES, *EMAILS, *IDS, "Peeters", "0476", "20/05/2026"]:
        assert secret not in text
    markdown = tmp_path / "open.md"
    assert run(survey, export, "--open-answers", str(markdown)).exit_code == 0
    md = markdown.read_text(encoding="utf-8")
    assert "## V6: Wat vond je het meest bruikbaar?" in md
    assert "<script>" not in md and "- ‹script&gt;alert(1)‹/script&gt; Top!" in md
    assert not any(secret in md for secret in [*NAMES, *EMAILS, *IDS])
    assert not any(answer[:20] in effect_file(survey) for answer in OPEN_ANSWERS)


def test_open_answers_may_not_go_into_content(survey: World, tmp_path: Path) -> None:
    export = write_csv(tmp_path / "export.csv", answers_to_rows(TWELVE))
    before = content_digest(survey)
    inside = survey.content / "effects" / "open.csv"
    result = run(survey, export, "--open-answers", str(inside))
    assert result.exit_code == 2
    assert "HUB636" in result.output and "ligt in de inhoudsmap" in result.output
    assert run(survey, export, "--open-answers", str(tmp_path / "open.xlsx")).exit_code == 2
    assert content_digest(survey) == before


def test_importing_the_same_export_again_changes_no_byte(survey: World, tmp_path: Path) -> None:
    export = write_csv(tmp_path / "export.csv", answers_to_rows(TWELVE))
    assert run(survey, export).exit_code == 0
    path = survey.content / EFFECT
    first, stamp = path.read_bytes(), path.stat().st_mtime_ns
    result = run(survey, export)
    assert result.exit_code == 0
    assert "ongewijzigd" in result.output
    assert path.read_bytes() == first and path.stat().st_mtime_ns == stamp


def test_a_newer_export_replaces_the_counts_and_keeps_an_editors_comment(
    survey: World, tmp_path: Path
) -> None:
    assert run(survey, write_csv(tmp_path / "eerst.csv", answers_to_rows(TWELVE[:8]))).exit_code == 0
    path = survey.content / EFFECT
    path.write_text(
        path.read_text(encoding="utf-8") + "# gecontroleerd door de stafdienst\n", encoding="utf-8"
    )
    result = run(survey, write_csv(tmp_path / "later.csv", answers_to_rows(TWELVE)))
    assert result.exit_code == 0
    text = path.read_text(encoding="utf-8")
    assert (
        "responses: 12\n" in text
        and "  V1: [0, 1, 2, 4, 5]  # Ik ben tevreden over deze begeleiding.\n" in text
    )
    assert text.endswith("# gecontroleerd door de stafdienst\n")
    assert "responses: 8" not in text
    assert problems_of(survey) == []


def test_the_session_is_the_date_of_the_last_response_unless_given(survey: World, tmp_path: Path) -> None:
    rows = answers_to_rows(TWELVE)
    rows[-1][2] = "22/05/2026 09:00"  # a late answer after the reminder mail
    export = write_csv(tmp_path / "export.csv", rows)
    result = run(survey, export)
    assert result.exit_code == 0
    assert (survey.content / "effects/opleiding-x/2026-05-22.yml").is_file()
    assert "de laatste sessie ervoor was 2026-05-20: geef --session 2026-05-20" in result.output
    (survey.content / "effects/opleiding-x/2026-05-22.yml").unlink()
    assert run(survey, export, "--session", "2026-05-20").exit_code == 0
    assert (survey.content / EFFECT).is_file()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (("--session", "20/05/2026"), "HUB634 '20/05/2026' is geen datum JJJJ-MM-DD"),
        (("--session", "2027-01-14"), "HUB634 de sessie 2027-01-14 ligt na vandaag (2026-11-23)"),
    ],
)
def test_a_wrong_session_is_refused(
    survey: World, tmp_path: Path, extra: tuple[str, ...], message: str
) -> None:
    result = run(survey, write_csv(tmp_path / "export.csv", answers_to_rows(TWELVE)), *extra)
    assert result.exit_code == 2
    assert message in result.output


def test_more_responses_than_participants_is_refused(survey: World, tmp_path: Path) -> None:
    result = run(survey, write_csv(tmp_path / "export.csv", answers_to_rows(TWELVE)), participants=10)
    assert result.exit_code == 2
    assert (
        "HUB633 de export heeft 12 antwoorden, meer dan de 10 deelnemers van --participants" in result.output
    )
    assert not (survey.content / "effects").exists()


def test_an_unknown_offering_is_refused_with_a_suggestion(survey: World, tmp_path: Path) -> None:
    export = write_csv(tmp_path / "export.csv", answers_to_rows(TWELVE))
    args = ["effect", "import", str(export), "--content", str(survey.content), "--offering", "opleiding"]
    result = CliRunner().invoke(hub, [*args, "--participants", "40", "--today", TODAY.isoformat()])
    assert result.exit_code == 2
    assert "HUB630 geen aanbod 'opleiding' in content/trainings/ (bedoel je 'opleiding-x'?)" in result.output


def test_an_export_without_answers_or_with_a_doubled_question_is_refused(
    survey: World, tmp_path: Path
) -> None:
    result = run(survey, write_csv(tmp_path / "leeg.csv", []))
    assert result.exit_code == 1 and "HUB635 leeg.csv bevat geen ingevulde vragenlijst" in result.output
    header = [*HEADER, "V1"]
    rows = [[*row, "4"] for row in answers_to_rows(TWELVE)]
    export = write_csv(tmp_path / "dubbel.csv", rows, header=header)
    result = run(survey, export)
    assert result.exit_code == 1
    assert (
        f"{export}:1:12: HUB638 kolom L ('V1') is opnieuw vraag V1, die al in kolom F staat" in result.output
    )


def test_a_fiche_without_closed_questions_cannot_be_imported(world: World, tmp_path: Path) -> None:
    world.fiche("opleiding")
    world.offering("opleiding-x", title="Opleiding met een evaluatie")
    result = run(world, write_csv(tmp_path / "export.csv", answers_to_rows(TWELVE)))
    assert result.exit_code == 2
    assert (
        "HUB630 de kwaliteitsfiche content/fiches/opleiding.md heeft geen gesloten evaluatievragen"
        in result.output
    )


def test_the_questions_of_the_world_are_the_exports_columns() -> None:
    assert HEADER[5:] == list(QUESTIONS.values())
