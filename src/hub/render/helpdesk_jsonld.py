"""schema.org structured data (JSON-LD) of the helpdesk: a question page and a theme page of questions."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import nh3
from markdown_it import MarkdownIt

from hub.model.items import Question
from hub.model.kinds import url_of
from hub.render.jsonld import absolute
from hub.render.plain_text import clean_data


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def answer_text(body: str) -> str:
    """The answer as plain text: Markdown rendered, every tag dropped, whitespace collapsed."""
    rendered = nh3.clean(_markdown().render(body), tags=set())
    return re.sub(r"\s+", " ", html.unescape(rendered)).strip()


def _question(question: Question, site_url: str) -> dict[str, Any]:
    url = absolute(site_url, url_of(question))
    answer: dict[str, Any] = {"@type": "Answer", "text": answer_text(question.body), "url": url}
    if question.answered:
        answer["dateCreated"] = question.answered.isoformat()
    return {
        "@type": "Question",
        "name": question.title,
        "url": url,
        "dateCreated": question.asked.isoformat(),
        "answerCount": 1,
        "acceptedAnswer": answer,
    }


def question_page(question: Question, site_url: str) -> dict[str, Any]:
    """The structured data of a question's own page: the one place its answer is marked up.

    A schema.org QAPage whose main entity is the question (as it came in to the helpdesk) with the
    helpdesk's accepted answer; theme pages list the questions by name and URL only, so no
    answer is marked up twice."""
    entity = _question(question, site_url)
    entity["text"] = question.title
    return clean_data(
        {
            "@context": "https://schema.org",
            "@type": "QAPage",
            "name": question.title,
            "url": absolute(site_url, url_of(question)),
            "inLanguage": "nl-BE",
            "mainEntity": entity,
        }
    )


def question_collection(
    questions: Iterable[Question], site_url: str, page_url: str, name: str
) -> dict[str, Any]:
    """A theme page: a CollectionPage listing its questions by name and URL. The answers are marked
    up on the questions' own pages only (no FAQPage repeating them)."""
    return clean_data(
        {
            "@context": "https://schema.org",
            "@type": "CollectionPage",
            "name": name,
            "url": absolute(site_url, page_url),
            "inLanguage": "nl-BE",
            "mainEntity": {
                "@type": "ItemList",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": position,
                        "name": q.title,
                        "url": absolute(site_url, url_of(q)),
                    }
                    for position, q in enumerate(questions, start=1)
                ],
            },
        }
    )
