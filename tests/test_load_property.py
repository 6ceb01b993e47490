"""Property: any front matter and body gives a valid model or located problems, never an exception."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hub.check import check_content
from hub.problems import Severity
from tests.world import World, material_text

KEYS = [
    "title", "description", "status", "owner", "reviewed", "type", "rok", "levels", "roles", "themes",
    "link", "attachments", "steps", "related", "duration", "asked", "answered", "materials", "form",
    "goals", "sessions", "registration", "price", "provider", "requirements", "evaluation", "scan",
    "replaced_by", "review_months", "start", "end", "mode", "file", "material", "id", "label", "parent",
]  # fmt: skip
VALID = yaml.safe_load(material_text().split("---")[1])

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.dates(min_value=dt.date(1, 1, 1)),
    st.datetimes(timezones=st.none() | st.just(dt.UTC) | st.just(dt.timezone(dt.timedelta(hours=-5)))),
    st.sampled_from(
        ["published", "draft", "kleuter", "leraar", "fiche", "leerpad", "2026-02-30", "https://x.org"]
    ),
)
values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.sampled_from(KEYS), children, max_size=4)
    ),
    max_leaves=12,
)
keys = st.sampled_from(KEYS) | st.text(min_size=1, max_size=12)
mappings = st.dictionaries(keys, values, max_size=8)
# Valid front matter with a few keys changed, dropped or added: close to what editors write.
mutated = st.builds(
    lambda changes, dropped: {**{k: v for k, v in VALID.items() if k not in dropped}, **changes},
    st.dictionaries(st.sampled_from(KEYS), values, max_size=3),
    st.sets(st.sampled_from(list(VALID)), max_size=3),
)


def _dump(mapping: dict[object, object]) -> str:
    return yaml.safe_dump(mapping, allow_unicode=True, sort_keys=False)


front_matters = st.one_of(
    st.text(max_size=200),
    mappings.map(_dump),
    mutated.map(_dump),
    st.lists(
        st.sampled_from(["title: x", "- a", "  b: [", "\t", "---", "key: 'open", ": :", "? x", "&a *a"]),
        max_size=6,
    ).map("\n".join),
)
bodies = st.text(max_size=200) | st.sampled_from(["<script>x</script>", "[a](javascript:x)", "`<iframe>`"])
files = st.one_of(
    st.builds(
        lambda fm, body: f"---\n{fm}\n---\n{body}".encode("utf-8", "surrogatepass"), front_matters, bodies
    ),
    st.binary(max_size=200),
)
FOLDERS = ["materials", "qa", "trainings", "fiches", "archive/materials", "taxonomy"]


# HUB_PROPERTY_EXAMPLES=5000 for a longer hunt; the default keeps the suite fast.
EXAMPLES = int(os.environ.get("HUB_PROPERTY_EXAMPLES", "150"))


@pytest.fixture(scope="module")
def probe_world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return World(tmp_path_factory.mktemp("property"))


def _write(world: World, folder: str, data: bytes) -> Path:
    for old in world.content.glob("*/probe.*"):
        old.unlink()
    for old in world.content.glob("archive/*/probe.md"):
        old.unlink()
    name = "levels.yml" if folder == "taxonomy" else "probe.md"
    return world.write(f"{folder}/{name}", data)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(folder=st.sampled_from(FOLDERS), data=files)
def test_any_file_gives_a_model_or_located_problems(probe_world: World, folder: str, data: bytes) -> None:
    world = probe_world
    levels = (world.content / "taxonomy" / "levels.yml").read_bytes()
    path = _write(world, folder, data)
    try:
        catalog, problems = check_content(world.content, dt.date(2026, 11, 23))
    finally:
        world.write("taxonomy/levels.yml", levels)
    shown = str(path.relative_to(world.root))
    for problem in problems:
        assert isinstance(problem.path, str) and problem.path
        assert isinstance(problem.line, int) and problem.line >= 1
        assert isinstance(problem.key, str) and problem.key
        assert problem.severity in (Severity.ERROR, Severity.WARNING)
        assert problem.message and problem.as_text().startswith(
            f"{problem.path}:{problem.line}:{problem.column}: {problem.code} "
        )
    if folder in ("materials", "qa", "trainings", "fiches"):
        own_errors = [p for p in problems if p.path == shown and p.severity == Severity.ERROR]
        loaded = "probe" in catalog.collection(folder)
        assert loaded or own_errors, "an item that did not load must say why"
