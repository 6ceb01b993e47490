"""Warnings that keep the bank tidy: near-duplicate titles, descriptions that repeat the title,
published items overdue for review."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from collections.abc import Iterator

from hub.check.context import CheckContext
from hub.model.items import Lifecycle
from hub.model.review import is_overdue, review_due
from hub.problems import Problem, warning

NEAR_DUPLICATE_RATIO = 0.9


def normalise(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", folded).strip()


def check_near_duplicate_titles(context: CheckContext) -> Iterator[Problem]:
    for collection in ("materials", "qa", "trainings"):
        items = sorted(
            (i for i in context.catalog.collection(collection).values() if getattr(i, "is_published", False)),
            key=lambda i: i.slug,
        )
        titles = [(item, normalise(getattr(item, "title", ""))) for item in items]
        for index, (item, title) in enumerate(titles):
            for other, other_title in titles[index + 1 :]:
                if abs(len(title) - len(other_title)) > 0.2 * max(len(title), 1):
                    continue
                if difflib.SequenceMatcher(None, title, other_title).ratio() >= NEAR_DUPLICATE_RATIO:
                    yield warning(
                        other.path,
                        other.line("title"),
                        "title",
                        f"nearly the same title as '{item.slug}' ({item.path}): merge them or make the "
                        "difference clear",
                    )


def check_description_repeats_title(context: CheckContext) -> Iterator[Problem]:
    for item in context.catalog.all_live_items():
        description = getattr(item, "description", None)
        if not description:
            continue
        title, text = normalise(item.title), normalise(description)  # type: ignore[attr-defined]
        if text == title or difflib.SequenceMatcher(None, title, text).ratio() >= 0.85:
            yield warning(
                item.path,
                item.line("description"),
                "description",
                "the description repeats the title: say in 1-2 sentences what a teacher gets from it",
            )


def _overdue(item: Lifecycle, today: dt.date) -> bool:
    try:
        return is_overdue(item, today)
    except (ValueError, OverflowError):  # due date beyond year 9999: not overdue
        return False


def check_overdue(context: CheckContext) -> Iterator[Problem]:
    for item in context.catalog.all_live_items():
        if isinstance(item, Lifecycle) and item.is_published and _overdue(item, context.today):
            yield warning(
                item.path,
                item.line("reviewed"),
                "reviewed",
                f"review was due on {review_due(item).isoformat()}: check the content and update 'reviewed'",
            )


RULES = [check_near_duplicate_titles, check_description_repeats_title, check_overdue]
