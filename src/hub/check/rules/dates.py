"""Dates: no review in the future, answers after questions, sessions that end after they start."""

from __future__ import annotations

from collections.abc import Iterator

from hub.check.context import CheckContext
from hub.model.items import Offering, Question
from hub.problems import Problem, error


def check_reviewed_not_future(context: CheckContext) -> Iterator[Problem]:
    for item in context.catalog.all_live_items():
        reviewed = getattr(item, "reviewed", None)
        if reviewed is not None and reviewed > context.today:
            yield error(
                item.path,
                item.line("reviewed"),
                "reviewed",
                f"{reviewed.isoformat()} is in the future: use the date of the last review "
                f"(today is {context.today.isoformat()})",
            )


def check_question_dates(context: CheckContext) -> Iterator[Problem]:
    for question in context.catalog.questions.values():
        assert isinstance(question, Question)
        if question.asked > context.today:
            yield error(question.path, question.line("asked"), "asked", f"{question.asked} is in the future")
        if question.answered is not None:
            if question.answered < question.asked:
                yield error(
                    question.path,
                    question.line("answered"),
                    "answered",
                    f"answered {question.answered} is before asked {question.asked}",
                )
            if question.answered > context.today:
                yield error(
                    question.path,
                    question.line("answered"),
                    "answered",
                    f"{question.answered} is in the future",
                )
        elif question.status == "published":
            yield error(
                question.path,
                question.line("status"),
                "answered",
                "a published question needs 'answered: YYYY-MM-DD' (or use 'hub qa publish')",
            )


def check_sessions(context: CheckContext) -> Iterator[Problem]:
    for offering in context.catalog.offerings.values():
        assert isinstance(offering, Offering)
        for index, session in enumerate(offering.sessions):
            if session.end <= session.start:
                yield error(
                    offering.path,
                    offering.line("sessions", index, "end"),
                    "sessions.end",
                    f"the session ends ({session.end:%Y-%m-%d %H:%M}) before or when it starts "
                    f"({session.start:%Y-%m-%d %H:%M})",
                )
            if session.mode in ("fysiek", "hybride") and not session.location:
                yield error(
                    offering.path,
                    offering.line("sessions", index),
                    "sessions.location",
                    f"a {session.mode} session needs a location",
                )


RULES = [check_reviewed_not_future, check_question_dates, check_sessions]
