"""`hub check` on effect files: each problem named by file, line and key, with what would be valid."""

from __future__ import annotations

import pytest

from tests.checking import no_problems, problem_lines
from tests.conftest import errors_of, warnings_of
from tests.world import World, effect_text

PATH = "content/effects/opleiding-x/2026-05-20.yml"


@pytest.fixture
def evaluated(world: World) -> World:
    world.evaluated_offering()
    return world


def the_line(world: World, code: str) -> str:
    found = [line for line in problem_lines(world) if f" {code} " in line]
    assert len(found) == 1, problem_lines(world)
    return found[0]


def test_an_effect_as_the_import_writes_it_is_clean(evaluated: World) -> None:
    evaluated.effect()
    no_problems(evaluated)


def test_an_unknown_offering_names_the_closest_one(evaluated: World) -> None:
    evaluated.write("effects/opleiding-y/2026-05-20.yml", effect_text(offering="opleiding-y"))
    assert the_line(evaluated, "HUB701") == (
        "content/effects/opleiding-y/2026-05-20.yml:1:1: HUB701 offering: geen aanbod 'opleiding-y' in "
        "content/trainings/ of archive/trainings/ (bedoel je 'opleiding-x'?)"
    )


def test_an_effect_in_another_offerings_folder_is_an_error(evaluated: World) -> None:
    evaluated.write("effects/andere/2026-05-20.yml", effect_text())
    assert "effects/andere/, maar offering is 'opleiding-x'" in the_line(evaluated, "HUB701")


def test_more_responses_than_participants(evaluated: World) -> None:
    evaluated.effect(participants=10, responses=12, questions="{V1: [0, 1, 2, 4, 5]}")
    assert the_line(evaluated, "HUB702") == (
        f"{PATH}:4:1: HUB702 responses: responses is 12, meer dan de 10 deelnemers (participants)"
    )


def test_counts_that_add_up_to_more_than_the_responses(evaluated: World) -> None:
    evaluated.effect(questions="\n  V1: [0, 1, 2, 4, 5]\n  V2: [0, 0, 3, 6, 4]")
    assert the_line(evaluated, "HUB703") == (
        f"{PATH}:7:3: HUB703 questions.V2: de aantallen van V2 tellen op tot 13, meer dan de 12 antwoorden (responses)"
    )


def test_counts_need_five_whole_numbers(evaluated: World) -> None:
    evaluated.effect(questions="{V1: [0, 1, 2, 4]}")
    assert errors_of(evaluated) == [f"{PATH}:5:13: HUB106 questions.V1: te weinig waarden: minstens 5"]
    evaluated.effect(questions="{V1: [0, 1, 2, 4, 2.5]}")
    assert errors_of(evaluated) == [
        f"{PATH}:5:30: HUB104 questions.V1[4]: verwacht een geheel getal (nu 2.5)"
    ]


def test_question_ids_the_fiche_does_not_have(evaluated: World) -> None:
    evaluated.effect(questions="{V1: [0, 1, 2, 4, 5], V9: [0, 0, 0, 0, 1]}")
    assert the_line(evaluated, "HUB704") == (
        f"{PATH}:5:34: HUB704 questions.V9: 'V9' is geen gesloten vraag van content/fiches/opleiding.md; "
        "toegestaan: V1, V2, V3, V4, V5"
    )


def test_an_open_question_never_has_counts(evaluated: World) -> None:
    evaluated.effect(questions="{V6: [0, 0, 0, 0, 1]}")
    assert (
        "'V6' is een open vraag van content/fiches/opleiding.md: open antwoorden horen niet in content/"
        in (the_line(evaluated, "HUB704"))
    )


def test_a_file_named_otherwise_than_its_session_date(evaluated: World) -> None:
    evaluated.write("effects/opleiding-x/mei-2026.yml", effect_text())
    evaluated.write("effects/los.yml", effect_text())
    lines = [line for line in problem_lines(evaluated) if "HUB705" in line]
    assert lines == [
        "content/effects/los.yml:1:1: HUB705 file: 'los.yml' staat los in effects/: zet het in effects/<aanbod>/",
        "content/effects/opleiding-x/mei-2026.yml:1:1: HUB705 file: 'mei-2026.yml' is geen JJJJ-MM-DD.yml: "
        "noem het bestand naar de datum van de sessie",
    ]


def test_a_session_date_unlike_the_file_name_or_in_the_future(evaluated: World) -> None:
    evaluated.write("effects/opleiding-x/2026-05-20.yml", effect_text(session="2026-05-21"))
    assert "session is 2026-05-21, maar het bestand heet 2026-05-20: maak ze gelijk" in the_line(
        evaluated, "HUB706"
    )
    evaluated.offering(
        "opleiding-x",
        title="Opleiding met een evaluatie",
        sessions="[{start: 2027-01-14T09:00, end: 2027-01-14T16:00, mode: online}]",
    )
    (evaluated.content / "effects/opleiding-x/2026-05-20.yml").unlink()
    evaluated.effect(session="2027-01-14")
    assert the_line(evaluated, "HUB706") == (
        "content/effects/opleiding-x/2027-01-14.yml:2:1: HUB706 session: session 2027-01-14 ligt na vandaag (2026-11-23)"
    )


def test_a_date_without_a_session_is_a_warning_that_can_be_silenced(evaluated: World) -> None:
    evaluated.write("effects/opleiding-x/2026-05-22.yml", effect_text(session="2026-05-22"))
    assert warnings_of(evaluated) == [
        "content/effects/opleiding-x/2026-05-22.yml:2:1: HUB707 (waarschuwing) session: 'opleiding-x' heeft "
        "geen sessie op 2026-05-22; sessies: 2026-05-20"
    ]
    evaluated.write(
        "effects/opleiding-x/2026-05-22.yml",
        effect_text(session="2026-05-22", check_ignore="[{code: HUB707, reason: Inhaalsessie op school.}]"),
    )
    no_problems(evaluated)


def test_a_questionnaire_link_must_be_https(evaluated: World) -> None:
    evaluated.offering(
        "opleiding-x",
        title="Opleiding met een evaluatie",
        sessions="[{start: 2026-05-20T09:00, end: 2026-05-20T16:00, mode: online, evaluation_url: 'http://forms.example.org/x'}]",
    )
    assert "HUB708 sessions.evaluation_url: 'http://forms.example.org/x' is geen https-link" in the_line(
        evaluated, "HUB708"
    )


def test_an_aspect_belongs_to_one_closed_question(world: World) -> None:
    from tests.world import EVALUATION

    twice = EVALUATION.replace("core: true}", "core: true, aspect: tevredenheid}")
    world.fiche("opleiding", evaluation=twice)
    found = [line for line in problem_lines(world) if "HUB709" in line]
    assert len(found) == 3 and "aspect 'tevredenheid' staat ook al bij V1" in found[0]
