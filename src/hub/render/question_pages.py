"""A page per published question: the question, its answer, related materials, the next step."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from hub.model.catalog import Catalog
from hub.model.items import Question
from hub.render import dutch
from hub.render.pages import PageSpec
from hub.render.urls import src_uri_of
from hub.render.views import material_card, tags


def question_context(catalog: Catalog, question: Question) -> dict[str, object]:
    return {
        "item": question,
        "themes": tags(catalog, "themes", question.themes, linked=False),
        "levels": tags(catalog, "levels", question.levels),
        "roles": tags(catalog, "roles", question.roles),
        "asked": dutch.short_date(question.asked),
        "answered": dutch.short_date(question.answered) if question.answered else None,
        "materials": [material_card(catalog, m) for m in catalog.materials_of(question)],
    }


def question_pages(catalog: Catalog, content_root: Path) -> Iterator[PageSpec]:
    for question in catalog.published_questions():
        yield PageSpec(
            src_uri=src_uri_of(question),
            title=question.title,
            description=question.description or question.body.strip().split("\n")[0][:200],
            template="hub/question.html",
            body=question.body,
            context=question_context(catalog, question),
        )


BUILDERS = [question_pages]
