"""Effect measurement: each session's evaluation against the Penninckx norm, and the roll-up per form
and school year against the 85% target: the meta-analysis, the only part that may leave the service.

Under 5 answers only the counts are given, never a mean or a share (no percentages about three people).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from hub.model.catalog import Catalog
from hub.model.effects import Effect
from hub.model.items import ASPECTS, Fiche
from hub.model.norms import required_responses
from hub.model.school_year import school_year_of

MIN_SHOWN = 5  # fewer answers: counts only
TARGET = 0.85  # client satisfaction of at least 85% (begeleidingsplan, OD 11)
AGREE_FROM = 4  # 4 and 5 on the scale: (helemaal) akkoord
VERDICTS = {True: "voldoende antwoorden", False: "lees met voorzichtigheid"}  # enough -> what a reader sees
# EDBI aspect -> the roll-up's column (English keys, like the JSON of every command).
ROLLUP_COLUMNS = {
    "tevredenheid": "satisfied",
    "bruikbaarheid": "useful",
    "leereffect": "learned",
    "praktijktoepassing": "will_try",
}


ROLLUP_FIELDS = [
    "school_year",
    "form",
    "activities",
    "participants",
    "responses",
    "response_rate",
    *ROLLUP_COLUMNS.values(),
    "target",
    "target_met",
]


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole >= MIN_SHOWN else None


@dataclass(frozen=True)
class QuestionResult:
    """One closed question of one session: the counts per scale point, and (from 5 answers) more."""

    id: str
    text: str
    core: bool
    aspect: str | None
    counts: tuple[int, ...]

    @property
    def n(self) -> int:
        return sum(self.counts)

    @property
    def agreeing(self) -> int:
        return sum(self.counts[AGREE_FROM - 1 :])

    def shown(self, responses: int) -> bool:
        """Whether a mean and a share may be given: 5 answers to the session and to this question."""
        return responses >= MIN_SHOWN and self.n >= MIN_SHOWN

    def as_dict(self, responses: int) -> dict[str, Any]:
        shown = self.shown(responses)
        mean = (
            sum(point * count for point, count in enumerate(self.counts, start=1)) / self.n if shown else None
        )
        return {
            "n": self.n,
            "counts": list(self.counts),
            "mean": round(mean, 2) if mean is not None else None,
            "agree": _share(self.agreeing, self.n) if shown else None,
        }


@dataclass(frozen=True)
class SessionResult:
    """The evaluation of one session of one offering."""

    slug: str
    title: str
    form: str
    session: dt.date
    participants: int
    responses: int
    needed: int | None  # what the norm asks for this group (None below the smallest norm row)
    questions: list[QuestionResult] = field(default_factory=list)

    @property
    def enough(self) -> bool:
        return self.needed is not None and self.responses >= self.needed

    @property
    def shown(self) -> bool:
        """Whether anything beyond counts may be shown (5 answers or more)."""
        return self.responses >= MIN_SHOWN

    @property
    def rate(self) -> float:
        return self.responses / self.participants

    @property
    def school_year(self) -> str:
        return school_year_of(self.session)

    @property
    def verdict(self) -> str:
        return VERDICTS[self.enough]

    def as_dict(self) -> dict[str, Any]:
        """The object `hub effect report --json` prints (see the README)."""
        return {
            "slug": self.slug,
            "kind": "effect",
            "title": self.title,
            "session": self.session.isoformat(),
            "form": self.form,
            "participants": self.participants,
            "responses": self.responses,
            "needed": self.needed,
            "enough": self.enough,
            "questions": {q.id: q.as_dict(self.responses) for q in self.questions},
        }


def _questions(effect: Effect, fiche: Fiche | None) -> list[QuestionResult]:
    """The effect's counts in the fiche's order, with the fiche's texts and aspects."""
    if fiche is None or fiche.evaluation is None:
        return []
    aspects = fiche.evaluation.aspects()
    return [
        QuestionResult(q.id, q.text, q.core, aspects.get(q.id), tuple(effect.questions[q.id]))
        for q in fiche.evaluation.closed
        if q.id in effect.questions
    ]


def session_results(catalog: Catalog) -> list[SessionResult]:
    """Every effect file whose offering exists, by offering and session."""
    results = []
    for effect in catalog.effects:
        offering = catalog.offering_any(effect.offering)
        if offering is None:
            continue
        results.append(
            SessionResult(
                slug=offering.slug,
                title=offering.title,
                form=offering.form,
                session=effect.session,
                participants=effect.participants,
                responses=effect.responses,
                needed=required_responses(catalog.response_norms, effect.participants),
                questions=_questions(effect, catalog.fiche_for(offering.form)),
            )
        )
    return sorted(results, key=lambda r: (r.slug, r.session))


@dataclass(frozen=True)
class RollUp:
    """One form in one school year: how many were reached and how many agreed, per EDBI aspect."""

    form: str
    school_year: str
    activities: int
    participants: int
    responses: int
    agreeing: dict[str, int]  # aspect -> answers 4 or 5, over every session
    answered: dict[str, int]  # aspect -> answers, over every session

    @property
    def response_rate(self) -> float:
        return round(self.responses / self.participants, 3) if self.participants else 0.0

    def share(self, aspect: str) -> float | None:
        """The share that agrees on ASPECT (None without the question or under 5 answers)."""
        return _share(self.agreeing.get(aspect, 0), self.answered.get(aspect, 0))

    @property
    def target_met(self) -> bool | None:
        satisfied = self.share("tevredenheid")
        return None if satisfied is None else satisfied >= TARGET

    def as_dict(self) -> dict[str, Any]:
        return {
            "school_year": self.school_year,
            "form": self.form,
            "activities": self.activities,
            "participants": self.participants,
            "responses": self.responses,
            "response_rate": self.response_rate,
            **{column: self.share(aspect) for aspect, column in ROLLUP_COLUMNS.items()},
            "target": TARGET,
            "target_met": self.target_met,
        }


def roll_up(results: Iterable[SessionResult]) -> list[RollUp]:
    """Per form and school year (newest year first, forms by name) the pooled figures of its sessions."""
    groups: dict[tuple[str, str], list[SessionResult]] = {}
    for result in results:
        groups.setdefault((result.form, result.school_year), []).append(result)
    rolled = []
    for (form, year), members in groups.items():
        agreeing = dict.fromkeys(ASPECTS, 0)
        answered = dict.fromkeys(ASPECTS, 0)
        for result in members:
            for question in result.questions:
                if question.aspect is not None:
                    agreeing[question.aspect] += question.agreeing
                    answered[question.aspect] += question.n
        rolled.append(
            RollUp(
                form=form,
                school_year=year,
                activities=len(members),
                participants=sum(r.participants for r in members),
                responses=sum(r.responses for r in members),
                agreeing={a: c for a, c in agreeing.items() if answered[a]},
                answered={a: c for a, c in answered.items() if c},
            )
        )
    return sorted(rolled, key=lambda r: (_descending(r.school_year), r.form))


def _descending(year: str) -> tuple[int, ...]:
    return tuple(-int(part) for part in year.split("-"))


def results_by_offering(results: Iterable[SessionResult]) -> dict[str, list[SessionResult]]:
    """Offering slug -> its sessions' results, oldest first."""
    grouped: dict[str, list[SessionResult]] = {}
    for result in results:
        grouped.setdefault(result.slug, []).append(result)
    return grouped


def in_school_year(results: Iterable[SessionResult], year: str | None) -> list[SessionResult]:
    return [r for r in results if year is None or r.school_year == year]


def rollup_csv(rolled: Iterable[RollUp]) -> str:
    """The roll-up as CSV (comma, decimal point, header row): the meta-analysis for outside the service."""
    rows = [r.as_dict() for r in rolled]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=ROLLUP_FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {k: "" if v is None else str(v).lower() if isinstance(v, bool) else v for k, v in row.items()}
        )
    return out.getvalue()


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)}%"


ASPECT_WORDS = {
    "tevredenheid": "tevreden",
    "bruikbaarheid": "bruikbaar",
    "leereffect": "geleerd",
    "praktijktoepassing": "wil uitproberen",
}


def report_text(results: list[SessionResult], rolled: list[RollUp], form_label: dict[str, str]) -> str:
    """`hub effect report` for a terminal, in Dutch: every session, then the roll-up per school year."""
    lines = ["Evaluaties per sessie"]
    for r in results:
        needed = f"norm {r.needed}" if r.needed is not None else "geen norm onder deze groepsgrootte"
        lines.append(
            f"  {r.slug}  {r.session.isoformat()}  {r.responses} van {r.participants} antwoorden "
            f"({_percent(r.rate)}), {needed}: {r.verdict}"
        )
        for q in r.questions:
            figures = q.as_dict(r.responses)
            more = ""
            if figures["mean"] is not None:
                mean = f"{figures['mean']:.2f}".replace(".", ",")
                more = f"  gemiddeld {mean}, akkoord {_percent(figures['agree'])}"
            lines.append(f"    {q.id}  {q.n} antwoorden {list(q.counts)}{more}")
    lines += ["", f"Meta-analyse per schooljaar (doel: {_percent(TARGET)} tevreden)"]
    for row in rolled:
        shares = ", ".join(
            f"{ASPECT_WORDS[a]} {_percent(row.share(a))}" for a in ASPECTS if a in row.answered
        )
        met = {True: "doel gehaald", False: "doel niet gehaald", None: "te weinig antwoorden"}[row.target_met]
        lines.append(
            f"  {row.school_year}  {form_label.get(row.form, row.form)}: "
            f"{row.activities} {'activiteit' if row.activities == 1 else 'activiteiten'}, "
            f"{row.participants} deelnemers, {row.responses} antwoorden ({_percent(row.response_rate)})"
            + (f"; {shares}" if shares else "")
            + f"; {met}"
        )
    return "\n".join(lines)
