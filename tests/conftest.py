from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hub.check import check_content
from hub.context import BuildContext
from hub.model.catalog import Catalog
from hub.problems import Problem
from tests.world import World

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 23)
NOW = dt.datetime(2026, 11, 23, 9, 0)


def context_of(catalog: Catalog, content: Path, now: dt.datetime = NOW) -> BuildContext:
    """A build context for page builders called directly (fixed clock, cache next to the content)."""
    return BuildContext(catalog, content.resolve(), now=now)


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path)


def problems_of(world: World, today: dt.date = TODAY) -> list[Problem]:
    _, problems = check_content(world.content, today)
    return problems


def errors_of(world: World, today: dt.date = TODAY) -> list[str]:
    return [p.as_text() for p in problems_of(world, today) if p.severity == "error"]


def warnings_of(world: World, today: dt.date = TODAY) -> list[str]:
    return [p.as_text() for p in problems_of(world, today) if p.severity == "warning"]
