"""The relevance set (relevance.yml) and how a search is scored against it: top-3 hit rate and MRR."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

RELEVANCE_FILE = Path(__file__).with_name("relevance.yml")


@dataclass(frozen=True)
class Case:
    query: str
    expect: tuple[str, ...]  # any one of these in the top 3 passes
    absent: tuple[str, ...] = ()  # none of these may be in the top 3
    typo: bool = False


@dataclass
class Outcome:
    cases: int
    passed: int
    reciprocal_ranks: float
    misses: list[str]

    @property
    def hit_rate(self) -> float:
        return self.passed / self.cases if self.cases else 0.0

    @property
    def mrr(self) -> float:
        return self.reciprocal_ranks / self.cases if self.cases else 0.0

    def summary(self, engine: str) -> str:
        return (
            f"{engine}: top-3 hit rate {self.hit_rate:.1%} ({self.passed}/{self.cases}), MRR {self.mrr:.3f}"
        )


def load_cases(with_typos: bool = True) -> list[Case]:
    cases = []
    for raw in yaml.safe_load(RELEVANCE_FILE.read_text(encoding="utf-8")):
        expect = raw["expect"] if isinstance(raw["expect"], list) else [raw["expect"]]
        case = Case(str(raw["q"]), tuple(expect), tuple(raw.get("absent", [])), bool(raw.get("typo", False)))
        if with_typos or not case.typo:
            cases.append(case)
    return cases


def evaluate(cases: list[Case], top_slugs: Callable[[str], list[str]]) -> Outcome:
    """Run every query through TOP_SLUGS (slugs best first, ten or so) and score the ranking."""
    outcome = Outcome(len(cases), 0, 0.0, [])
    for case in cases:
        found = top_slugs(case.query)
        ranks = [found.index(slug) + 1 for slug in case.expect if slug in found]
        best = min(ranks) if ranks else None
        mixed = [slug for slug in case.absent if slug in found[:3]]
        if best is not None:
            outcome.reciprocal_ranks += 1 / best
        if best is not None and best <= 3 and not mixed:
            outcome.passed += 1
        else:
            outcome.misses.append(
                f"{case.query!r}: got {found[:3]}, want one of {list(case.expect)}, mixed {mixed}"
            )
    return outcome
