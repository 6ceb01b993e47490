"""`hub check`: every rule over a loaded content tree."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from hub.check.config import RuleConfig
from hub.check.context import CheckContext
from hub.check.rules import (
    attachments,
    dates,
    effects,
    html,
    lifecycle,
    links,
    open_metadata,
    personal_data,
    quality,
    references,
    scan,
    tags,
    taxonomy,
)
from hub.check.suppressions import apply_suppressions
from hub.lanes import each_in_lanes
from hub.load.loader import load_content
from hub.model.catalog import Catalog
from hub.problems import Problem, Severity

Rule = Callable[[CheckContext], Iterable[Problem]]

RULES: list[Rule] = [
    *taxonomy.RULES,
    *tags.RULES,
    *references.RULES,
    *lifecycle.RULES,
    *dates.RULES,
    *attachments.RULES,
    *links.RULES,
    *open_metadata.RULES,
    *html.RULES,
    *personal_data.RULES,
    *scan.RULES,
    *effects.RULES,
    *quality.RULES,
]


def run_rules(
    catalog: Catalog, root: Path, today: dt.date, lanes: int = 1, beside: Sequence[Callable[[], None]] = ()
) -> list[Problem]:
    """Every rule's problems, without those an item silences (`check_ignore`), with the suppressions'
    own problems. The rules are independent: LANES processes take them first come first served,
    this one starting with the work BESIDE them (what a build prepares meanwhile)."""
    context = CheckContext(catalog, root.resolve(), today)
    tasks = [functools.partial(_found_by, rule, context) for rule in RULES]
    found: set[Problem] = set()
    for problems in each_in_lanes(tasks, lanes, here=beside):
        found.update(problems)
    return sorted(set(apply_suppressions(catalog, found)))


def _found_by(rule: Rule, context: CheckContext) -> list[Problem]:
    return list(rule(context))


def check_loaded(
    catalog: Catalog,
    root: Path,
    today: dt.date,
    load_problems: Iterable[Problem] = (),
    config: RuleConfig | None = None,
    lanes: int = 1,
    beside: Sequence[Callable[[], None]] = (),
) -> list[Problem]:
    """Every problem of a loaded tree: those found while loading plus every rule's, as CONFIG
    (hub.yml, read by the command) says."""
    found = set(load_problems) | set(run_rules(catalog, root, today, lanes, beside))
    return sorted(set((config or RuleConfig()).apply(found)))


def check_content(
    root: Path, today: dt.date, config: RuleConfig | None = None, lanes: int = 1
) -> tuple[Catalog, list[Problem]]:
    """Load and check a content tree: the model and every problem, errors and warnings."""
    catalog, problems = load_content(root, lanes=lanes)
    return catalog, check_loaded(catalog, root, today, problems, config, lanes)


def has_errors(problems: Iterable[Problem], strict: bool = False) -> bool:
    return any(p.severity == Severity.ERROR or strict for p in problems)
