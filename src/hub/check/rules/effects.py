"""Effect files and the evaluation keys they rely on: a known offering, counts that add up, the
fiche's closed questions only, a session date that matches, https questionnaires, one aspect each."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePath

from hub.check.context import CheckContext
from hub.model.effects import Effect
from hub.model.items import Fiche, Offering
from hub.problems import Problem, allowed_list, did_you_mean, item_problem


def _fiche_of(context: CheckContext, offering: Offering) -> Fiche | None:
    fiche = context.catalog.fiche_for(offering.form)
    return fiche if fiche is not None and fiche.evaluation and fiche.evaluation.closed else None


def check_effect_offering(context: CheckContext) -> Iterator[Problem]:
    catalog = context.catalog
    for effect in catalog.effects:
        if effect.offering != effect.slug:
            yield item_problem(
                "HUB701", effect, ("offering",), "folder", folder=effect.slug, slug=effect.offering
            )
        elif catalog.offering_any(effect.offering) is None:
            known = [*catalog.offerings, *catalog.archived.get("trainings", {})]
            hint = did_you_mean(effect.offering, known)
            yield item_problem("HUB701", effect, ("offering",), slug=effect.offering, hint=hint)


def check_effect_counts(context: CheckContext) -> Iterator[Problem]:
    for effect in context.catalog.effects:
        if effect.responses > effect.participants:
            yield item_problem(
                "HUB702",
                effect,
                ("responses",),
                responses=effect.responses,
                participants=effect.participants,
            )
        for question_id, counts in effect.questions.items():
            if sum(counts) > effect.responses:
                yield item_problem(
                    "HUB703",
                    effect,
                    ("questions", question_id),
                    key=f"questions.{question_id}",
                    id=question_id,
                    total=sum(counts),
                    responses=effect.responses,
                )


def _question_problems(effect: Effect, offering: Offering, fiche: Fiche | None) -> Iterator[Problem]:
    if fiche is None or fiche.evaluation is None:
        if effect.questions:
            yield item_problem("HUB704", effect, ("questions",), "no_fiche", form=offering.form)
        return
    closed = [q.id for q in fiche.evaluation.closed]
    open_ids = {q.id for q in fiche.evaluation.questions if q.scale == "open"}
    for question_id in effect.questions:
        if question_id in closed:
            continue
        at = ("questions", question_id)
        key = f"questions.{question_id}"
        if question_id in open_ids:
            yield item_problem("HUB704", effect, at, "open", key=key, id=question_id, fiche=fiche.path)
        else:
            hint = did_you_mean(question_id, closed)
            yield item_problem(
                "HUB704",
                effect,
                at,
                key=key,
                id=question_id,
                fiche=fiche.path,
                hint=hint,
                allowed=allowed_list(closed),
            )


def check_effect_questions(context: CheckContext) -> Iterator[Problem]:
    for effect in context.catalog.effects:
        offering = context.catalog.offering_any(effect.offering)
        if offering is not None:
            yield from _question_problems(effect, offering, _fiche_of(context, offering))


def check_effect_session(context: CheckContext) -> Iterator[Problem]:
    for effect in context.catalog.effects:
        named = PurePath(effect.path).stem
        if effect.session.isoformat() != named:
            yield item_problem("HUB706", effect, ("session",), "name", date=effect.session, name=named)
        if effect.session > context.today:
            yield item_problem(
                "HUB706", effect, ("session",), "future", date=effect.session, today=context.today
            )
        offering = context.catalog.offering_any(effect.offering)
        if offering is None or not offering.sessions:
            continue
        days = sorted({session.start.date() for session in offering.sessions})
        if effect.session not in days:
            shown = ", ".join(day.isoformat() for day in days[-6:])
            yield item_problem(
                "HUB707", effect, ("session",), slug=offering.slug, date=effect.session, sessions=shown
            )


def check_evaluation_urls(context: CheckContext) -> Iterator[Problem]:
    for offering in context.catalog.offerings.values():
        assert isinstance(offering, Offering)
        if offering.evaluation_url and not offering.evaluation_url.lower().startswith("https://"):
            yield item_problem("HUB708", offering, ("evaluation_url",), url=offering.evaluation_url)
        for index, session in enumerate(offering.sessions):
            if session.evaluation_url and not session.evaluation_url.lower().startswith("https://"):
                at = ("sessions", index, "evaluation_url")
                yield item_problem(
                    "HUB708", offering, at, key="sessions.evaluation_url", url=session.evaluation_url
                )


def check_evaluation_aspects(context: CheckContext) -> Iterator[Problem]:
    for fiche in context.catalog.fiches.values():
        questions = fiche.evaluation.questions if fiche.evaluation else []
        first: dict[str, str] = {}
        for index, question in enumerate(questions):
            if question.aspect is None:
                continue
            at = ("evaluation", "questions", index, "aspect")
            key = "evaluation.questions.aspect"
            if question.scale == "open":
                yield item_problem("HUB709", fiche, at, "open", key=key, id=question.id)
            elif question.aspect in first:
                yield item_problem(
                    "HUB709",
                    fiche,
                    at,
                    "twice",
                    key=key,
                    aspect=question.aspect,
                    first=first[question.aspect],
                )
            else:
                first[question.aspect] = question.id


RULES = [
    check_effect_offering,
    check_effect_counts,
    check_effect_questions,
    check_effect_session,
    check_evaluation_urls,
    check_evaluation_aspects,
]
