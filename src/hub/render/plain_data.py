"""Page contexts as plain data: strings, numbers, booleans, None, lists and dicts.

Any generator that renders Jinja templates can render the hub's pages from this; nothing in a
context has methods to call. Dates become ISO 8601 text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from functools import cache
from typing import Any

from pydantic import BaseModel

_SCALARS = (str, int, float, bool, type(None))


class NotPlainData(TypeError):
    """A page builder put something in a context that is not plain data."""


class Converted:
    """What plain_data made of each object so far: an object that many pages share (a card on every
    browse page) is converted once, and its plain copy is shared as well. Holds the originals, so
    an id is not reused while the memo lives."""

    def __init__(self) -> None:
        self._made: dict[int, tuple[Any, Any]] = {}

    def get(self, value: Any) -> Any:
        found = self._made.get(id(value))
        return None if found is None else found[1]

    def keep(self, value: Any, plain: Any) -> Any:
        self._made[id(value)] = (value, plain)
        return plain


def plain_data(value: Any, memo: Converted | None = None) -> Any:
    """VALUE with dataclasses and models as dicts and dates as ISO text; refuses other objects.
    With MEMO, an object met before is converted once (and its plain copy shared)."""
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, dt.date):  # datetime included
        return value.isoformat()
    if memo is not None:
        known = memo.get(value)
        if known is not None:
            return known
        return memo.keep(value, _container(value, memo))
    return _container(value, memo)


def _container(value: Any, memo: Converted | None) -> Any:
    if isinstance(value, dict):
        return {str(key): plain_data(item, memo) for key, item in value.items()}
    if isinstance(value, list | tuple):
        if all(type(item) is str for item in value):  # tags, keywords: nothing to convert
            return list(value)
        return [plain_data(item, memo) for item in value]
    if isinstance(value, set | frozenset):
        return [plain_data(item, memo) for item in sorted(value)]
    if isinstance(value, BaseModel):
        # A content item or taxonomy entry: its keys (pydantic's JSON mode makes them plain data
        # itself: dates as ISO text; the models hold no sets), plus what every item knows of itself.
        fields = value.model_dump(mode="json")
        for name in ("slug", "kind"):
            if hasattr(value, name):
                fields[name] = plain_data(getattr(value, name), memo)
        return fields
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: plain_data(getattr(value, name), memo) for name in _view_names(type(value))}
    raise NotPlainData(f"a {type(value).__name__} is not plain data")


@cache
def _view_names(view: type) -> tuple[str, ...]:
    """The fields of a dataclass view, then its computed properties (e.g. a session's 'how'), which
    travel as values too. Found once per class: a large build converts hundreds of thousands of cards."""
    names = [field.name for field in dataclasses.fields(view)]
    names += [name for name, member in vars(view).items() if isinstance(member, property)]
    return tuple(names)
