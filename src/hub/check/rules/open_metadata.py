"""Open metadata: the bank must fit the OAI static repository the site offers aggregators."""

from __future__ import annotations

import posixpath
from collections.abc import Iterator

from hub.check.context import CheckContext
from hub.model.policy import OAI_RECORD_LIMIT
from hub.problems import Problem, problem


def check_record_limit(context: CheckContext) -> Iterator[Problem]:
    """HUB350 on the materials folder when more materials are published than the format holds."""
    published = context.catalog.published_materials()
    if len(published) > OAI_RECORD_LIMIT:
        folder = posixpath.dirname(published[0].path)
        yield problem(
            "HUB350", folder, 1, "status", count=_dutch(len(published)), limit=_dutch(OAI_RECORD_LIMIT)
        )


def _dutch(number: int) -> str:
    """5012 as Dutch readers write it: 5.012."""
    return f"{number:,}".replace(",", ".")


RULES = [check_record_limit]
