"""Loading `content/effects/<offering>/<YYYY-MM-DD>.yml`: the aggregated evaluation of each session."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from hub.load.validation import validation_problems
from hub.model.effects import EFFECTS_FOLDER, Effect
from hub.model.fields import SLUG_PATTERN
from hub.model.source import LineMap
from hub.problems import Problem, problem

# (path, shown) -> (data, lines, problems): the loader's one way of reading a YAML file.
ReadYaml = Callable[[Path, str], tuple[Any, LineMap, list[Problem]]]
DATE_NAME = re.compile(r"\d{4}-\d{2}-\d{2}\.yml")
_IGNORED = re.compile(r"^\.|README")


def _listed(folder: Path) -> list[Path]:
    return sorted(path for path in folder.iterdir() if not _IGNORED.match(path.name))


def load_effect(path: Path, shown: str, read_yaml: ReadYaml) -> tuple[Effect | None, list[Problem]]:
    """One effect file as a located Effect, or the problems that stop it."""
    data, lines, problems = read_yaml(path, shown)
    if problems:
        return None, problems
    if not isinstance(data, dict):
        return None, [problem("HUB710", shown, 1, "effect")]
    try:
        effect = Effect.model_validate(data)
    except ValidationError as exc:
        return None, validation_problems(exc, Effect, shown, lines)
    effect.attach_source(path.parent.name, shown, lines, "", 1, False)
    return effect, []


def load_effects(
    root: Path, shown: Callable[[Path], str], read_yaml: ReadYaml
) -> tuple[list[Effect], list[Problem]]:
    """Every effect file under ROOT/effects/, each read once, and what is wrong with their names."""
    base = root / EFFECTS_FOLDER
    if not base.is_dir():
        return [], []
    effects: list[Effect] = []
    problems: list[Problem] = []
    for folder in _listed(base):
        if not folder.is_dir():
            problems.append(problem("HUB705", shown(folder), 1, "file", "loose", name=folder.name))
            continue
        if not SLUG_PATTERN.fullmatch(folder.name):
            problems.append(problem("HUB705", shown(folder), 1, "file", "folder", name=folder.name))
            continue
        for path in _listed(folder):
            if not (path.is_file() and DATE_NAME.fullmatch(path.name)):
                problems.append(problem("HUB705", shown(path), 1, "file", "name", name=path.name))
                continue
            effect, found = load_effect(path, shown(path), read_yaml)
            problems.extend(found)
            if effect is not None:
                effects.append(effect)
    return sorted(effects, key=lambda e: (e.offering, e.session)), problems
