"""Warnings that keep the bank tidy: near-duplicate titles, descriptions that repeat the title,
published items overdue for review."""

from __future__ import annotations

import datetime as dt
import difflib
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator

from hub.check.context import CheckContext
from hub.model.items import Item, Lifecycle
from hub.model.review import is_overdue, review_due
from hub.problems import Problem, item_problem

NEAR_DUPLICATE_RATIO = 0.9


def normalise(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", folded).strip()


def _candidate_pairs(titles: list[tuple[Item, str]]) -> Iterator[tuple[int, int]]:
    """Index pairs of titles that share most of their content words (near-duplicates do).

    A word counts by its first five letters ('kleuterklas' and 'kleuterklassen' are one word here);
    short words (de, het, in, van ...) are left out: they link almost every pair of titles. Titles
    90% alike by their letters share three quarters of such words, and titles made from one
    pattern with other topics ("Aan de slag met ...") do not: that keeps large banks fast.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    words_of = [
        {word[:5] for word in title.split() if len(word) > 3} or set(title.split()) for _, title in titles
    ]
    for index, words in enumerate(words_of):
        for word in words:
            postings[word].append(index)
    for index, words in enumerate(words_of):
        shared: Counter[int] = Counter()
        for word in words:
            shared.update(other for other in postings[word] if other > index)
        needed = max(1, math.ceil(0.75 * len(words)))
        yield from ((index, other) for other, count in shared.items() if count >= needed)


def nearly_equal(matcher: difflib.SequenceMatcher, text: str, ratio: float) -> bool:
    """Whether TEXT is at least RATIO alike the matcher's second sequence (cheap bounds first)."""
    other = matcher.b
    if 2 * min(len(text), len(other)) < ratio * (len(text) + len(other)):
        return False  # the length difference alone keeps the ratio below the bar
    matcher.set_seq1(text)
    return matcher.real_quick_ratio() >= ratio and matcher.quick_ratio() >= ratio and matcher.ratio() >= ratio


def _similar_title_pairs(titles: list[tuple[Item, str]]) -> Iterator[tuple[Item, Item]]:
    """Pairs of items whose normalised titles are nearly the same, without comparing every pair."""
    matcher = difflib.SequenceMatcher(autojunk=False)
    current = -1
    for index, other_index in _candidate_pairs(titles):
        (item, title), (other, other_title) = titles[index], titles[other_index]
        if index != current:  # the second sequence is the expensive one to prepare: keep it per title
            matcher.set_seq2(title)
            current = index
        if nearly_equal(matcher, other_title, NEAR_DUPLICATE_RATIO):
            yield (item, other) if item.slug < other.slug else (other, item)


def check_near_duplicate_titles(context: CheckContext) -> Iterator[Problem]:
    for collection in ("materials", "qa", "trainings"):
        items = [
            i for i in context.catalog.collection(collection).values() if getattr(i, "is_published", False)
        ]
        titles = [(item, normalise(getattr(item, "title", ""))) for item in items]
        for first, second in _similar_title_pairs(titles):
            yield item_problem("HUB310", second, ("title",), slug=first.slug, path=first.path)


def check_description_repeats_title(context: CheckContext) -> Iterator[Problem]:
    for item in context.catalog.all_live_items():
        description = getattr(item, "description", None)
        if not description:
            continue
        title, text = normalise(item.title), normalise(description)  # type: ignore[attr-defined]
        if text == title or nearly_equal(difflib.SequenceMatcher(None, b=title), text, 0.85):
            yield item_problem("HUB311", item, ("description",))


def _overdue(item: Lifecycle, today: dt.date) -> bool:
    try:
        return is_overdue(item, today)
    except (ValueError, OverflowError):  # due date beyond year 9999: not overdue
        return False


def check_overdue(context: CheckContext) -> Iterator[Problem]:
    for item in context.catalog.all_live_items():
        if isinstance(item, Lifecycle) and item.is_published and _overdue(item, context.today):
            yield item_problem("HUB312", item, ("reviewed",), due=review_due(item).isoformat())


RULES = [check_near_duplicate_titles, check_description_repeats_title, check_overdue]
