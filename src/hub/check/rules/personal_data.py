"""Published questions carry no personal data of the asker, in any field a reader sees.

Fields are read as they are published (`hub.privacy`): the body rendered from Markdown, entities and
escapes decoded, tags and comments gone, accents and compatibility forms folded; the slug with its
dashes read as separators."""

from __future__ import annotations

from collections.abc import Iterator

from hub.check.context import CheckContext
from hub.model.items import Question
from hub.privacy import Finding, find_in_markdown, find_in_slug, find_personal_data
from hub.problems import Problem, error

# A withdrawn question stays online at its URL, marked "niet meer actueel".
PUBLIC_STATUSES = ("published", "withdrawn")


def _message(finding: Finding) -> str:
    return f"contains personal data ({finding.kind} '{finding.text}'): remove it before publishing"


def _field_problems(question: Question) -> Iterator[Problem]:
    fields = [
        ("title", question.title, question.line("title")),
        ("description", question.description or "", question.line("description")),
        ("source", str(question.source or ""), question.line("source")),
    ]
    for key, text, line in fields:
        for finding in find_personal_data(text):
            yield error(question.path, line, key, _message(finding))
    for finding in find_in_slug(question.slug):
        yield error(question.path, 1, "slug", _message(finding) + " (in the file name)")


def check_personal_data(context: CheckContext) -> Iterator[Problem]:
    for question in context.catalog.questions.values():
        if question.status not in PUBLIC_STATUSES:
            continue
        yield from _field_problems(question)
        for found in find_in_markdown(question.body):
            yield error(question.path, question.body_line + found.line, "body", _message(found.finding))


RULES = [check_personal_data]
