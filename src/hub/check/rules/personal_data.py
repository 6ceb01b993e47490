"""Published questions carry no personal data of the asker, in any field a reader sees.

Fields are read as they are published (`hub.privacy`): the body rendered from Markdown, entities and
escapes decoded, tags and comments gone, accents and compatibility forms folded; the slug with its
dashes read as separators."""

from __future__ import annotations

from collections.abc import Iterator

from hub.check.context import CheckContext
from hub.model.items import Question
from hub.privacy import Finding, find_in_markdown, find_in_slug, find_personal_data
from hub.problems import Problem, item_problem

# A withdrawn question stays online at its URL, marked "niet meer actueel".
PUBLIC_STATUSES = ("published", "withdrawn")


def _field_problems(question: Question) -> Iterator[Problem]:
    fields = [
        ("title", question.title),
        ("description", question.description or ""),
        ("source", str(question.source or "")),
    ]
    for key, text in fields:
        for finding in find_personal_data(text):
            yield item_problem("HUB401", question, (key,), kind=finding.kind, text=finding.text)
    for finding in find_in_slug(question.slug):
        yield item_problem("HUB401", question, (), "slug", key="slug", kind=finding.kind, text=finding.text)


def check_personal_data(context: CheckContext) -> Iterator[Problem]:
    for question in context.catalog.questions.values():
        if question.status not in PUBLIC_STATUSES:
            continue
        yield from _field_problems(question)
        for found in find_in_markdown(question.body):
            finding: Finding = found.finding
            line = question.body_line + found.line
            yield item_problem(
                "HUB401", question, (), key="body", line=line, kind=finding.kind, text=finding.text
            )


RULES = [check_personal_data]
