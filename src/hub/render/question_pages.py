"""A page per published (or withdrawn) question: the question, its answer, related materials, the
next step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from hub.context import BuildContext
from hub.model.catalog import Catalog
from hub.model.items import Question
from hub.model.kinds import src_uri_of
from hub.render import dutch
from hub.render.helpdesk_jsonld import question_page
from hub.render.helpdesk_views import matching_offerings, theme_tags
from hub.render.leerpad_views import route_banners
from hub.render.lifecycle import page_items, withdrawn_notice
from hub.render.pages import PageSpec
from hub.render.views import material_card, tags


def question_context(
    catalog: Catalog, question: Question, now: dt.datetime, site_url: str
) -> dict[str, object]:
    return {
        "item": question,
        "themes": theme_tags(catalog, question.themes),
        "levels": tags(catalog, "levels", question.levels),
        "roles": tags(catalog, "roles", question.roles),
        "asked": dutch.short_date(question.asked),
        "answered": dutch.short_date(question.answered) if question.answered else None,
        "materials": [material_card(catalog, m) for m in catalog.materials_of(question)],
        "offerings": matching_offerings(catalog, question.themes, now),
        "jsonld": question_page(question, site_url),
        "leerpaden": route_banners(catalog, question),
        "withdrawn": withdrawn_notice(catalog, question),
    }


def question_description(question: Question) -> str:
    return question.description or question.body.strip().split("\n")[0][:200]


def question_pages(ctx: BuildContext) -> Iterator[PageSpec]:
    catalog = ctx.catalog
    now = ctx.now
    for question in page_items(catalog, "qa"):
        assert isinstance(question, Question)
        yield PageSpec(
            src_uri=src_uri_of(question),
            title=question.title,
            description=question_description(question),
            template="hub/question.html",
            body=question.body,
            context=question_context(catalog, question, now, ctx.settings.site_url),
            updated=(question.answered or question.asked).isoformat(),
            noindex=question.is_withdrawn,
            search=question.is_published,
        )


BUILDERS = [question_pages]
