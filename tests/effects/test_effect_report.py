"""`hub effect report`: each session against the Penninckx norm, and the roll-up per form and school
year against the 85% target (the meta-analysis)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from click.testing import CliRunner, Result

from hub.cli import hub
from hub.load.loader import load_content
from hub.model.school_year import school_year_of
from hub.reports.effects import roll_up, session_results
from tests.world import EVALUATION, World

TWO_SESSIONS = "[{start: 2026-03-05T09:00, end: 2026-03-05T16:00, mode: online}, {start: 2026-05-20T09:00, end: 2026-05-20T16:00, mode: online}]"


def report(world: World, *args: str) -> Result:
    return CliRunner().invoke(hub, ["effect", "report", "--content", str(world.content), *args])


@pytest.fixture
def evaluated(world: World) -> World:
    world.evaluated_offering(sessions=TWO_SESSIONS)
    return world


def test_twelve_of_forty_is_not_enough_because_the_norm_asks_twenty(evaluated: World) -> None:
    evaluated.effect(participants=40, responses=12)
    result = report(evaluated, "--json")
    assert result.exit_code == 0
    [row] = json.loads(result.output)
    assert {k: row[k] for k in ("slug", "kind", "session", "form", "participants", "responses")} == {
        "slug": "opleiding-x",
        "kind": "effect",
        "session": "2026-05-20",
        "form": "opleiding",
        "participants": 40,
        "responses": 12,
    }
    assert row["title"] == "Opleiding met een evaluatie"
    assert (row["needed"], row["enough"]) == (20, False)
    assert row["questions"]["V1"] == {"n": 12, "counts": [0, 1, 2, 4, 5], "mean": 4.08, "agree": 0.75}
    assert row["questions"]["V2"] == {"n": 12, "counts": [0, 0, 3, 5, 4], "mean": 4.08, "agree": 0.75}
    text = report(evaluated).output
    assert "opleiding-x  2026-05-20  12 van 40 antwoorden (30%), norm 20: lees met voorzichtigheid" in text


def test_twenty_of_forty_is_enough(evaluated: World) -> None:
    evaluated.effect(participants=40, responses=20, questions="{V1: [0, 1, 2, 8, 9]}")
    [row] = json.loads(report(evaluated, "--json").output)
    assert (row["needed"], row["enough"]) == (20, True)
    assert "voldoende antwoorden" in report(evaluated).output


def test_three_responses_give_counts_only(evaluated: World) -> None:
    evaluated.effect(participants=18, responses=3, questions="{V1: [0, 0, 0, 3, 0], V2: [0, 0, 0, 1, 2]}")
    [row] = json.loads(report(evaluated, "--json").output)
    assert row["questions"]["V1"] == {"n": 3, "counts": [0, 0, 0, 3, 0], "mean": None, "agree": None}
    assert row["questions"]["V2"]["agree"] is None
    text = report(evaluated).output
    assert "V1  3 antwoorden [0, 0, 0, 3, 0]\n" in text and "100%" not in text


def test_a_question_that_few_answered_gives_no_share_either(evaluated: World) -> None:
    evaluated.effect(responses=12, questions="{V1: [0, 1, 2, 4, 5], V2: [0, 0, 0, 1, 3]}")
    [row] = json.loads(report(evaluated, "--json").output)
    assert row["questions"]["V2"] == {"n": 4, "counts": [0, 0, 0, 1, 3], "mean": None, "agree": None}


def test_the_roll_up_pools_the_sessions_of_a_form_per_school_year(evaluated: World) -> None:
    evaluated.effect(session="2026-03-05", participants=20, responses=10, questions="{V1: [0, 0, 1, 4, 5]}")
    evaluated.effect(participants=40, responses=12)
    evaluated.offering(
        "opleiding-later",
        title="Een latere opleiding",
        sessions="[{start: 2026-10-01T09:00, end: 2026-10-01T16:00, mode: online}]",
    )
    evaluated.effect(
        "opleiding-later", "2026-10-01", participants=8, responses=6, questions="{V1: [0, 0, 0, 1, 5]}"
    )
    result = report(evaluated, "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert list(rows[0]) == [
        "school_year",
        "form",
        "activities",
        "participants",
        "responses",
        "response_rate",
        "satisfied",
        "useful",
        "learned",
        "will_try",
        "target",
        "target_met",
    ]
    assert [(r["school_year"], r["activities"], r["participants"], r["responses"]) for r in rows] == [
        ("2026-2027", "1", "8", "6"),
        ("2025-2026", "2", "60", "22"),
    ]
    later, earlier = rows
    # 2025-2026: V1 agreed by 9 of 10 and 9 of 12 = 18 of 22; V2 only in the second session (9 of 12).
    assert (earlier["response_rate"], earlier["satisfied"], earlier["useful"]) == ("0.367", "0.818", "0.75")
    assert (earlier["learned"], earlier["target"], earlier["target_met"]) == ("", "0.85", "false")
    assert (later["satisfied"], later["target_met"]) == ("1.0", "true")
    only = list(
        csv.DictReader(io.StringIO(report(evaluated, "--format", "csv", "--school-year", "2026-2027").output))
    )
    assert [r["school_year"] for r in only] == ["2026-2027"]
    text = report(evaluated).output
    assert (
        "2025-2026  Opleiding: 2 activiteiten, 60 deelnemers, 22 antwoorden (37%); tevreden 82%, bruikbaar 75%; doel niet gehaald"
        in text
    )


def test_a_roll_up_under_five_answers_gives_no_share(evaluated: World) -> None:
    evaluated.effect(participants=18, responses=3, questions="{V1: [0, 0, 0, 3, 0]}")
    [rolled] = roll_up(session_results(load_content(evaluated.content)[0]))
    assert (rolled.share("tevredenheid"), rolled.target_met) == (None, None)
    assert rolled.as_dict()["satisfied"] is None


def test_a_fiche_may_name_the_aspect_of_its_questions(world: World) -> None:
    named = EVALUATION.replace("core: true}", "core: true, aspect: praktijktoepassing}", 1)
    named = named.replace(
        '"Ik wil het geleerde uitproberen.", scale: 5-punt, core: true}',
        '"Ik wil het geleerde uitproberen.", scale: 5-punt, core: true, aspect: tevredenheid}',
    )
    world.fiche("opleiding", evaluation=named)
    world.offering(
        "opleiding-x",
        title="Opleiding met een evaluatie",
        sessions="[{start: 2026-05-20T09:00, end: 2026-05-20T16:00, mode: online}]",
    )
    world.effect(questions="{V1: [0, 0, 0, 0, 12], V4: [12, 0, 0, 0, 0]}")
    [rolled] = roll_up(session_results(load_content(world.content)[0]))
    assert (rolled.share("tevredenheid"), rolled.share("praktijktoepassing")) == (0.0, 1.0)


@pytest.mark.parametrize(
    ("day", "year"),
    [
        ("2025-09-01", "2025-2026"),
        ("2026-08-31", "2025-2026"),
        ("2026-09-01", "2026-2027"),
        ("2026-01-15", "2025-2026"),
    ],
)
def test_a_school_year_runs_from_september_to_august(day: str, year: str) -> None:
    assert school_year_of(dt.date.fromisoformat(day)) == year


def test_no_evaluations_is_no_result_and_a_wrong_school_year_is_wrong_usage(evaluated: World) -> None:
    empty = report(evaluated)
    assert empty.exit_code == 1 and "Geen evaluaties gevonden." in empty.output
    assert report(evaluated, "--json").output.strip() == "[]"
    wrong = report(evaluated, "--school-year", "2025-2027")
    assert wrong.exit_code == 2 and "'2025-2027' is geen schooljaar zoals 2025-2026" in wrong.output
    assert report(evaluated, "--json", "--format", "csv").exit_code == 2
