"""Dates: no review in the future, answers after questions, sessions that end after they start."""

from __future__ import annotations

from collections.abc import Iterator

from hub.check.context import CheckContext
from hub.model.items import Offering, Question
from hub.problems import Problem, item_problem


def check_reviewed_not_future(context: CheckContext) -> Iterator[Problem]:
    for item in context.catalog.all_live_items():
        reviewed = getattr(item, "reviewed", None)
        if reviewed is not None and reviewed > context.today:
            yield item_problem(
                "HUB301",
                item,
                ("reviewed",),
                "reviewed",
                date=reviewed.isoformat(),
                today=context.today.isoformat(),
            )


def check_question_dates(context: CheckContext) -> Iterator[Problem]:
    for question in context.catalog.questions.values():
        assert isinstance(question, Question)
        if question.asked > context.today:
            yield item_problem("HUB301", question, ("asked",), "asked", date=question.asked.isoformat())
        if question.answered is not None:
            if question.answered < question.asked:
                yield item_problem(
                    "HUB302",
                    question,
                    ("answered",),
                    answered=question.answered.isoformat(),
                    asked=question.asked.isoformat(),
                )
            if question.answered > context.today:
                yield item_problem(
                    "HUB301", question, ("answered",), "answered", date=question.answered.isoformat()
                )
        elif question.status == "published":
            yield item_problem("HUB303", question, ("status",), key="answered")


def check_sessions(context: CheckContext) -> Iterator[Problem]:
    for offering in context.catalog.offerings.values():
        assert isinstance(offering, Offering)
        for index, session in enumerate(offering.sessions):
            if session.end <= session.start:
                yield item_problem(
                    "HUB304",
                    offering,
                    ("sessions", index, "end"),
                    key="sessions.end",
                    end=f"{session.end:%Y-%m-%d %H:%M}",
                    start=f"{session.start:%Y-%m-%d %H:%M}",
                )
            if session.mode in ("fysiek", "hybride") and not session.location:
                yield item_problem(
                    "HUB305", offering, ("sessions", index), key="sessions.location", mode=session.mode
                )


RULES = [check_reviewed_not_future, check_question_dates, check_sessions]
