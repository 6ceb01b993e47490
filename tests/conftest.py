from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from hub.check import check_content
from hub.context import BuildContext, load_context
from hub.mkdocs.site import build_site
from hub.model.catalog import Catalog
from hub.problems import Problem
from tests.world import World

ROOT = Path(__file__).resolve().parent.parent
# The day every test lives on: no test reads the calendar (builds get it as `hub build --today` does).
TODAY = dt.date(2026, 11, 23)
NOW = dt.datetime(2026, 11, 23, 9, 0)


def context_of(catalog: Catalog, content: Path, now: dt.datetime = NOW) -> BuildContext:
    """A build context for page builders called directly (fixed clock, cache next to the content)."""
    return BuildContext(catalog, content.resolve(), now=now)


def build_as_of(
    config: Path, content: Path, site_dir: Path, now: dt.datetime = NOW, cache_root: Path | None = None
) -> None:
    """Build CONTENT into SITE_DIR with CONFIG as `hub build --today` does: read and checked once, as on NOW."""
    build_site(
        config,
        content,
        site_dir,
        context=load_context(content, now, cache_root=cache_root),
        cache_root=cache_root,
    )


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built from the bundled content/ as on NOW, once per test run (read-only)."""
    site_dir = tmp_path_factory.mktemp("site") / "site"
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    build_as_of(ROOT / "mkdocs.yml", ROOT / "content", site_dir)
    return site_dir


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
