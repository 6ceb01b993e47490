"""Published questions carry no personal data of the asker."""

from __future__ import annotations

from collections.abc import Iterator

from hub.check.context import CheckContext
from hub.privacy import find_personal_data
from hub.problems import Problem, error


def check_personal_data(context: CheckContext) -> Iterator[Problem]:
    for question in context.catalog.questions.values():
        if question.status != "published":
            continue
        fields = [
            ("title", question.title, question.line("title")),
            ("description", question.description or "", question.line("description")),
            ("source", question.source or "", question.line("source")),
        ]
        for key, text, line in fields:
            for finding in find_personal_data(text):
                yield error(
                    question.path,
                    line,
                    key,
                    f"contains personal data ({finding.kind} '{finding.text}'): remove it before publishing",
                )
        for offset, body_line in enumerate(question.body.split("\n")):
            for finding in find_personal_data(body_line):
                yield error(
                    question.path,
                    question.body_line + offset,
                    "body",
                    f"contains personal data ({finding.kind} '{finding.text}'): remove it before publishing",
                )


RULES = [check_personal_data]
