"""Aggregated EDBI results of one session: `content/effects/<offering>/<YYYY-MM-DD>.yml`.

Only counts: the participants, the responses, and per closed question of the form's fiche how many
answered 1, 2, 3, 4 and 5. Never a name, an e-mail address, a response id, a time or an open answer:
the model has no key that could hold one."""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import Field, StrictInt

from hub.model.fields import Date, Line, Slug
from hub.model.items import Item, Kind

EFFECTS_FOLDER = "effects"
SCALE_POINTS = 5

Count = Annotated[StrictInt, Field(ge=0)]
Counts = Annotated[list[Count], Field(min_length=SCALE_POINTS, max_length=SCALE_POINTS)]


class Effect(Item):
    """One session's evaluation; its slug is the offering's (the folder it lives in)."""

    kind: ClassVar[Kind] = "effect"

    offering: Slug
    session: Date
    participants: Annotated[StrictInt, Field(ge=1)]
    responses: Annotated[StrictInt, Field(ge=0)]
    questions: dict[Line, Counts] = Field(default_factory=dict)
