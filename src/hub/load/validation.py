"""Pydantic validation errors turned into located problems for editors."""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from hub.model.source import LineMap
from hub.problems import Problem, allowed_list, did_you_mean, error


def key_name(loc: tuple[str | int, ...]) -> str:
    """('steps', 2, 'material') -> 'steps[2].material'."""
    name = ""
    for part in loc:
        if isinstance(part, int):
            name += f"[{part}]"
        else:
            name += ("." if name else "") + part
    return name or "front-matter"


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    if isinstance(annotation, types.UnionType):
        for arg in annotation.__args__:
            found = _model_in(arg)
            if found is not None:
                return found
    return None


def _model_at(model: type[BaseModel], loc: tuple[str | int, ...]) -> type[BaseModel] | None:
    """The sub-model that holds the key at `loc` (list indices skipped)."""
    current: type[BaseModel] | None = model
    for part in loc:
        if current is None:
            return None
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part)
        if field is None:
            return None
        current = _model_in(field.annotation)
    return current


def _clean(message: str) -> str:
    for prefix in ("Value error, ", "Assertion failed, "):
        if message.startswith(prefix):
            return message[len(prefix) :]
    return message


def validation_problems(
    exc: ValidationError, model: type[BaseModel], path: str, lines: LineMap
) -> list[Problem]:
    """One located problem per pydantic error, naming allowed keys and the nearest one."""
    problems = []
    for err in exc.errors(include_url=False):
        loc = tuple(err["loc"])
        kind = err["type"]
        if kind == "missing":
            parent = _model_at(model, loc[:-1]) or model
            field = parent.model_fields.get(str(loc[-1]))
            hint = f" ({field.description})" if field is not None and field.description else ""
            problems.append(
                error(path, lines.line(*loc[:-1]), key_name(loc), f"required key is missing{hint}")
            )
        elif kind == "extra_forbidden":
            holder = _model_at(model, loc[:-1]) or model
            allowed = list(holder.model_fields)
            unknown = str(loc[-1])
            problems.append(
                error(
                    path,
                    lines.line(*loc),
                    key_name(loc),
                    f"unknown key '{unknown}'{did_you_mean(unknown, allowed)}; "
                    f"allowed keys: {allowed_list(allowed, limit=30)}",
                )
            )
        else:
            value = err.get("input")
            shown = "" if isinstance(value, dict | list) else f" (got {value!r})"
            message = _clean(err["msg"])
            if "got" in message or repr(value) in message:
                shown = ""
            problems.append(error(path, lines.line(*loc), key_name(loc), f"{message}{shown}"))
    return problems
