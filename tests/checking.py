"""Assertions on `hub check` problems for the rule tests: find a problem by its exact location."""

from __future__ import annotations

import datetime as dt
import re

from hub.problems import Problem
from tests.conftest import TODAY, problems_of
from tests.world import World

# 'path:line: severity: key:' names a problem by file, line, severity and key (the code is in its text).
HEAD = re.compile(r"^(?P<path>.+?):(?P<line>\d+): (?P<severity>error|warning): (?P<key>.*):$")


def problem_lines(world: World, today: dt.date = TODAY) -> list[str]:
    return [p.as_text() for p in problems_of(world, today)]


def located(problem: Problem, head: str) -> bool:
    """Whether PROBLEM is the one HEAD names ('path:line: severity: key:')."""
    match = HEAD.match(head)
    assert match, f"not a problem head: {head!r}"
    return (problem.path, str(problem.line), str(problem.severity), problem.key) == (
        match["path"],
        match["line"],
        match["severity"],
        match["key"],
    )


def the_problem(world: World, head: str, today: dt.date = TODAY) -> str:
    """The single problem at `head` ('path:line: severity: key:'), as its text line."""
    problems = problems_of(world, today)
    found = [p.as_text() for p in problems if located(p, head)]
    lines = [p.as_text() for p in problems]
    assert len(found) == 1, f"expected one problem '{head}', got {len(found)} in:\n" + "\n".join(lines)
    return found[0]


def no_problems(world: World, today: dt.date = TODAY) -> None:
    lines = problem_lines(world, today)
    assert lines == [], "\n".join(lines)
