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


def plain_data(value: Any) -> Any:
    """VALUE with dataclasses and models as dicts and dates as ISO text; refuses other objects."""
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, dict):
        return {str(key): plain_data(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain_data(item) for item in value]
    if isinstance(value, dt.date):  # datetime included
        return value.isoformat()
    if isinstance(value, set | frozenset):
        return [plain_data(item) for item in sorted(value)]
    if isinstance(value, BaseModel):
        # A content item or taxonomy entry: its keys, plus what every item knows about itself.
        fields = value.model_dump()
        for name in ("slug", "kind"):
            if hasattr(value, name):
                fields[name] = getattr(value, name)
        return plain_data(fields)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: plain_data(getattr(value, name)) for name in _view_names(type(value))}
    raise NotPlainData(f"a {type(value).__name__} is not plain data")


@cache
def _view_names(view: type) -> tuple[str, ...]:
    """The fields of a dataclass view, then its computed properties (e.g. a session's 'how'), which
    travel as values too. Found once per class: a large build converts hundreds of thousands of cards."""
    names = [field.name for field in dataclasses.fields(view)]
    names += [name for name, member in vars(view).items() if isinstance(member, property)]
    return tuple(names)
