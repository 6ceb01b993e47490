"""Zelfscans: the `scan` key belongs to materials of type zelfscan; dimension ids are unique."""

from __future__ import annotations

from collections.abc import Iterator

from hub.check.context import CheckContext
from hub.problems import Problem, item_problem


def check_scan(context: CheckContext) -> Iterator[Problem]:
    for material in context.catalog.materials.values():
        if material.scan is not None and material.type != "zelfscan":
            yield item_problem("HUB220", material, ("scan",), "type", type=material.type)
        if material.scan is None:
            continue
        seen: set[str] = set()
        for index, dimension in enumerate(material.scan.dimensions):
            if dimension.id in seen:
                at = ("scan", "dimensions", index, "id")
                yield item_problem(
                    "HUB220", material, at, "dimension", key="scan.dimensions.id", id=dimension.id
                )
            seen.add(dimension.id)


RULES = [check_scan]
