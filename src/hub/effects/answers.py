"""A cell of a closed question as a point of the five-point scale: a number 1-5 or one of the labels."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from hub.helpdesk.mapping import fold

_NUMBER = re.compile(r"[1-5](?:[.,]0+)?")


class NotOnScale(ValueError):
    """A cell that is no answer on the scale."""


def scale_point(cell: Any, labels: Sequence[str]) -> int | None:
    """1..5 for a number or label (case, accents and punctuation aside), None for an empty cell."""
    text = str(cell if cell is not None else "").strip()
    if not text:
        return None
    if _NUMBER.fullmatch(text):
        return int(text[0])
    folded = fold(text)
    for point, label in enumerate(labels, start=1):
        if folded == fold(label):
            return point
    raise NotOnScale(text)
