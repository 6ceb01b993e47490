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
    nothing: str | None = None  # the label in "Er is nog geen materiaal over ...": no results then


@dataclass(frozen=True)
class Answer:
    """What a search shows: result slugs best first, and the notices above them."""

    slugs: list[str]
    notices: str = ""


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


def load_cases() -> list[Case]:
    cases = []
    for raw in yaml.safe_load(RELEVANCE_FILE.read_text(encoding="utf-8")):
        expect = raw.get("expect", [])
        expect = expect if isinstance(expect, list) else [expect]
        nothing = raw.get("nothing")
        cases.append(
            Case(
                str(raw["q"]),
                tuple(expect),
                tuple(raw.get("absent", [])),
                bool(raw.get("typo", False)),
                str(nothing) if nothing is not None else None,
            )
        )
    return cases


def _nothing_here(case: Case, answer: Answer, outcome: Outcome) -> None:
    message = f"Er is nog geen materiaal over {case.nothing}."
    if not answer.slugs and message in answer.notices:
        outcome.passed += 1
        outcome.reciprocal_ranks += 1
    else:
        outcome.misses.append(
            f"{case.query!r}: got {answer.slugs[:3]} and {answer.notices!r}, want {message!r}"
        )


def evaluate(cases: list[Case], run: Callable[[str], Answer]) -> Outcome:
    """Run every query through RUN (slugs best first, ten or so, and the notices) and score them."""
    outcome = Outcome(len(cases), 0, 0.0, [])
    for case in cases:
        answer = run(case.query)
        if case.nothing is not None:
            _nothing_here(case, answer, outcome)
            continue
        found = answer.slugs
        ranks = [found.index(slug) + 1 for slug in case.expect if slug in found]
        best = min(ranks) if ranks else None
        mixed = [slug for slug in case.absent if slug in found[:3]]
        unsaid = case.typo and "Bedoelde je" not in answer.notices
        if best is not None:
            outcome.reciprocal_ranks += 1 / best
        if best is not None and best <= 3 and not mixed and not unsaid:
            outcome.passed += 1
        else:
            outcome.misses.append(
                f"{case.query!r}: got {found[:3]}, want one of {list(case.expect)}, mixed {mixed}"
                + (", no 'Bedoelde je'" if unsaid else "")
            )
    return outcome
