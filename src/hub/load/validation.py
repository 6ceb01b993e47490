"""Pydantic validation errors turned into located problems for editors."""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from hub.model.source import LineMap
from hub.problems import Problem, allowed_list, did_you_mean, problem


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


# pydantic error type -> (code, message variant) for value errors that are not about keys.
WRONG_TYPE: dict[str, str] = {
    "string_type": "text",
    "int_type": "integer",
    "int_parsing": "integer",
    "int_from_float": "integer",
    "float_type": "number",
    "float_parsing": "number",
    "decimal_type": "number",
    "decimal_parsing": "number",
    "bool_type": "boolean",
    "bool_parsing": "boolean",
    "list_type": "list",
    "tuple_type": "list",
    "dict_type": "mapping",
    "model_type": "mapping",
    "model_attributes_type": "mapping",
    "date_type": "date",
    "date_parsing": "date",
}
RANGE: dict[str, str] = {
    "greater_than_equal": "ge",
    "greater_than": "gt",
    "less_than_equal": "le",
    "less_than": "lt",
}


def _got(value: Any) -> str:
    return "" if isinstance(value, dict | list) else f" (nu {value!r})"


def _value_problem(err: Any, path: str, line: int, column: int, key: str) -> Problem:
    """A wrong value, by pydantic's error type: HUB103 choice, HUB104 type, HUB106 range, HUB105 other."""
    kind, value, ctx = err["type"], err.get("input"), err.get("ctx") or {}
    at = {"column": column}
    if kind in ("literal_error", "enum"):
        allowed = str(ctx.get("expected", "")).replace("'", "").replace(" or ", ", ")
        return problem("HUB103", path, line, key, value=value, allowed=allowed, **at)
    if kind in WRONG_TYPE:
        return problem("HUB104", path, line, key, WRONG_TYPE[kind], got=_got(value), **at)
    if kind == "string_too_short":
        limit = ctx.get("min_length", 1)
        if not str(value).strip():
            return problem("HUB106", path, line, key, "empty", **at)
        return problem("HUB106", path, line, key, "text_short", limit=limit, actual=len(value), **at)
    if kind == "string_too_long":
        limit = ctx.get("max_length")
        return problem("HUB106", path, line, key, "text_long", limit=limit, actual=len(value), **at)
    if kind == "too_short":
        return problem("HUB106", path, line, key, "list_short", limit=ctx.get("min_length"), **at)
    if kind == "too_long":
        return problem("HUB106", path, line, key, "list_long", limit=ctx.get("max_length"), **at)
    if kind in RANGE:
        variant = RANGE[kind]
        return problem("HUB106", path, line, key, variant, limit=ctx.get(variant), got=_got(value), **at)
    message = _clean(err["msg"])
    got = "" if "nu " in message or repr(value) in message else _got(value)
    variant = "" if kind in ("value_error", "assertion_error") else "other"
    return problem("HUB105", path, line, key, variant, detail=message, got=got, **at)


def validation_problems(
    exc: ValidationError,
    model: type[BaseModel],
    path: str,
    lines: LineMap,
    prefix: tuple[str | int, ...] = (),
) -> list[Problem]:
    """One located problem per pydantic error, naming allowed keys and the nearest one.

    PREFIX is where the validated value sits in its file (a list index), for the key names."""
    problems = []
    for err in exc.errors(include_url=False):
        loc = tuple(err["loc"])
        key = key_name((*prefix, *loc))
        kind = err["type"]
        if kind == "missing":
            parent = _model_at(model, loc[:-1]) or model
            field = parent.model_fields.get(str(loc[-1]))
            hint = f" ({field.description})" if field is not None and field.description else ""
            where = loc[:-1]
            problems.append(
                problem(
                    "HUB101",
                    path,
                    lines.line(*where),
                    key,
                    hint=hint,
                    name=loc[-1],
                    column=lines.column(*where),
                )
            )
        elif kind == "extra_forbidden":
            holder = _model_at(model, loc[:-1]) or model
            allowed = list(holder.model_fields)
            unknown = str(loc[-1])
            problems.append(
                problem(
                    "HUB102",
                    path,
                    lines.line(*loc),
                    key,
                    unknown=unknown,
                    hint=did_you_mean(unknown, allowed),
                    allowed=allowed_list(allowed, limit=30),
                    column=lines.column(*loc),
                )
            )
        else:
            problems.append(_value_problem(err, path, lines.line(*loc), lines.column(*loc), key))
    return problems
