"""Assertions on `hub check` problems for the rule tests: find a problem by its exact location."""

from __future__ import annotations

import datetime as dt

from tests.conftest import TODAY, problems_of
from tests.world import World


def problem_lines(world: World, today: dt.date = TODAY) -> list[str]:
    return [p.as_text() for p in problems_of(world, today)]


def the_problem(world: World, head: str, today: dt.date = TODAY) -> str:
    """The single problem whose text starts with `head` ('path:line: severity: key:'), whole."""
    lines = problem_lines(world, today)
    found = [line for line in lines if line.startswith(head + " ")]
    assert len(found) == 1, f"expected one problem '{head}', got {len(found)} in:\n" + "\n".join(lines)
    return found[0]


def no_problems(world: World, today: dt.date = TODAY) -> None:
    lines = problem_lines(world, today)
    assert lines == [], "\n".join(lines)
