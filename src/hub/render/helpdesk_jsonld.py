"""schema.org FAQPage (JSON-LD) for a page of questions with their answers."""

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


def faq_page(questions: Iterable[Question], site_url: str, page_url: str, name: str) -> dict[str, Any]:
    """The FAQPage of a theme page, cleaned like every machine-readable text."""
    return clean_data(
        {
            "@context": "https://schema.org",
            "@type": "FAQPage",
            "name": name,
            "url": absolute(site_url, page_url),
            "inLanguage": "nl-BE",
            "mainEntity": [
                {
                    "@type": "Question",
                    "name": q.title,
                    "url": absolute(site_url, url_of(q)),
                    "dateCreated": q.asked.isoformat(),
                    "acceptedAnswer": {
                        "@type": "Answer",
                        "text": answer_text(q.body),
                        "url": absolute(site_url, url_of(q)),
                        **({"dateCreated": q.answered.isoformat()} if q.answered else {}),
                    },
                }
                for q in questions
            ],
        }
    )
