"""Warnings: near-duplicate titles, a description that repeats the title, overdue reviews."""

from __future__ import annotations

import datetime as dt

from hub.check import has_errors
from tests.checking import no_problems, the_problem
from tests.conftest import problems_of
from tests.world import World


def test_distinct_titles_pass(world: World) -> None:
    world.material("a", title="Differentiëren in de kleuterklas")
    world.material("b", title="Leesmotivatie in de B-stroom")
    no_problems(world)


def test_near_duplicate_titles_warn_on_the_second(world: World) -> None:
    world.material("a", title="Differentiëren in de klas")
    world.material("b", title="Differentieren in de klas!")
    line = the_problem(world, "content/materials/b.md:2: warning: title:")
    assert "bijna dezelfde titel als 'a' (content/materials/a.md)" in line


def test_near_duplicates_ignore_drafts(world: World) -> None:
    world.material("a", title="Differentiëren in de klas")
    world.material("b", title="Differentieren in de klas", status="draft")
    no_problems(world)


def test_description_repeating_the_title(world: World) -> None:
    world.material(
        "herhaling",
        title="Vijf manieren om te differentiëren in de klas",
        description="Vijf manieren om te differentiëren in de klas.",
    )
    line = the_problem(world, "content/materials/herhaling.md:3: warning: description:")
    assert "herhaalt de titel" in line


def test_overdue_review_warns(world: World) -> None:
    world.material("oud", reviewed="2024-11-22")  # materials: every 24 months
    line = the_problem(world, "content/materials/oud.md:6: warning: reviewed:")
    assert "de review was gepland op 2026-11-22" in line


def test_review_due_today_is_not_overdue(world: World) -> None:
    world.material("net", reviewed="2024-11-23")
    no_problems(world)


def test_review_months_and_type_defaults(world: World) -> None:
    world.material("clip", type="kennisclip", reviewed="2024-01-01")  # kennisclips: 36 months
    world.material("snel", title="Snel verouderd", reviewed="2026-06-01", review_months=3)
    world.question("vraag", reviewed="2025-11-01")  # questions: 12 months
    the_problem(world, "content/materials/snel.md:6: warning: reviewed:")
    the_problem(world, "content/qa/vraag.md:5: warning: reviewed:")
    assert not [p for p in problems_of(world) if p.path.endswith("clip.md")]


def test_drafts_are_never_overdue(world: World) -> None:
    world.material("concept", reviewed="2020-01-01", status="draft")
    no_problems(world)


def test_warnings_alone_fail_only_when_strict(world: World) -> None:
    world.material("oud", reviewed="2020-01-01")
    problems = problems_of(world, dt.date(2026, 11, 23))
    assert problems and not has_errors(problems)
    assert has_errors(problems, strict=True)
