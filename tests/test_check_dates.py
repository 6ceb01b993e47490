"""Dates: valid, `reviewed` not in the future, `answered` not before `asked`, sessions end after start."""

from __future__ import annotations

import pytest

from tests.checking import no_problems, the_problem
from tests.world import World


@pytest.mark.parametrize("written", ["2026-02-30", "'2026-02-30'", '"2026-02-30"'])
def test_impossible_date_quoted_or_not_is_located(world: World, written: str) -> None:
    world.material("februari", reviewed=written)
    line = the_problem(world, "content/materials/februari.md:6: error: reviewed:")
    assert "'2026-02-30' is geen bestaande datum" in line


def test_date_that_is_not_a_date(world: World) -> None:
    world.question("wanneer", asked="gisteren")
    line = the_problem(world, "content/qa/wanneer.md:8: error: asked:")
    assert "verwacht een datum JJJJ-MM-DD" in line


def test_date_and_time_where_a_date_is_expected(world: World) -> None:
    world.material("tijd", reviewed="2026-01-15 10:30:00")
    line = the_problem(world, "content/materials/tijd.md:6: error: reviewed:")
    assert "geen datum met tijd" in line


def test_reviewed_today_passes(world: World) -> None:
    world.material("vandaag", reviewed="2026-11-23")
    no_problems(world)


def test_reviewed_in_the_future(world: World) -> None:
    world.material("morgen", reviewed="2026-11-24")
    line = the_problem(world, "content/materials/morgen.md:6: error: reviewed:")
    assert "2026-11-24 ligt in de toekomst" in line


def test_reviewed_far_in_the_future_does_not_crash(world: World) -> None:
    world.material("ver", reviewed="9999-12-31")
    the_problem(world, "content/materials/ver.md:6: error: reviewed:")


def test_answered_on_the_day_it_was_asked_passes(world: World) -> None:
    world.question("snel", asked="2026-02-01", answered="2026-02-01")
    no_problems(world)


def test_answered_before_asked(world: World) -> None:
    world.question("omgekeerd", asked="2026-02-10", answered="2026-02-01")
    line = the_problem(world, "content/qa/omgekeerd.md:9: error: answered:")
    assert "answered 2026-02-01 ligt vóór asked 2026-02-10" in line


def test_published_question_needs_answered(world: World) -> None:
    world.question("open", answered=None)
    the_problem(world, "content/qa/open.md:3: error: answered:")


def test_draft_question_may_wait_for_its_answer(world: World) -> None:
    world.question("concept", status="draft", answered=None)
    no_problems(world)


def test_session_ending_after_start_passes(world: World) -> None:
    world.offering(
        "sessies",
        sessions="\n  - {start: 2027-01-14T09:00, end: 2027-01-14T09:01, mode: online}"
        "\n  - {start: '2027-02-04T15:30', end: '2027-02-04 16:30', mode: fysiek, location: Gent}",
    )
    no_problems(world)


@pytest.mark.parametrize("end", ["2027-01-14T09:00", "2027-01-14T08:00", "2027-01-13T16:00"])
def test_session_end_not_after_start(world: World, end: str) -> None:
    world.offering(
        "sessies",
        sessions=f"\n  - {{start: 2027-01-14T09:00, end: 2027-01-14T12:00, mode: online}}"
        f"\n  - start: 2027-01-14T09:00\n    end: {end}\n    mode: online",
    )
    line = the_problem(world, "content/trainings/sessies.md:14: error: sessions.end:")
    assert "voor of wanneer ze begint" in line


def test_session_time_that_is_not_a_time(world: World) -> None:
    world.offering("sessies", sessions="\n  - {start: morgen, end: 2027-01-14T12:00, mode: online}")
    line = the_problem(world, "content/trainings/sessies.md:12: error: sessions[0].start:")
    assert "2027-01-14T09:00" in line


def test_session_in_year_9999_with_offset_is_an_error_not_a_crash(world: World) -> None:
    world.offering(
        "ver", sessions="\n  - {start: 9999-12-31T23:00:00-05:00, end: 9999-12-31T23:30:00, mode: online}"
    )
    line = the_problem(world, "content/trainings/ver.md:12: error: sessions[0].start:")
    assert "buiten het bereik" in line
