"""`hub check`: every rule over a loaded content tree."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path

from hub.check.context import CheckContext
from hub.check.rules import (
    attachments,
    dates,
    html,
    links,
    personal_data,
    quality,
    references,
    scan,
    tags,
    taxonomy,
)
from hub.load.loader import load_content
from hub.model.catalog import Catalog
from hub.problems import Problem, Severity

Rule = Callable[[CheckContext], Iterable[Problem]]

RULES: list[Rule] = [
    *taxonomy.RULES,
    *tags.RULES,
    *references.RULES,
    *dates.RULES,
    *attachments.RULES,
    *links.RULES,
    *html.RULES,
    *personal_data.RULES,
    *scan.RULES,
    *quality.RULES,
]


def run_rules(catalog: Catalog, root: Path, today: dt.date) -> list[Problem]:
    context = CheckContext(catalog, root.resolve(), today)
    found: set[Problem] = set()
    for rule in RULES:
        found.update(rule(context))
    return sorted(found)


def check_loaded(
    catalog: Catalog, root: Path, today: dt.date, load_problems: Iterable[Problem] = ()
) -> list[Problem]:
    """Every problem of a loaded tree: those found while loading plus every rule's."""
    return sorted(set(load_problems) | set(run_rules(catalog, root, today)))


def check_content(root: Path, today: dt.date) -> tuple[Catalog, list[Problem]]:
    """Load and check a content tree: the model and every problem, errors and warnings."""
    catalog, problems = load_content(root)
    return catalog, check_loaded(catalog, root, today, problems)


def has_errors(problems: Iterable[Problem], strict: bool = False) -> bool:
    return any(p.severity == Severity.ERROR or strict for p in problems)
