"""Zelfscans: the `scan` key belongs to materials of type zelfscan; dimension ids are unique."""

from __future__ import annotations

from collections.abc import Iterator

from hub.check.context import CheckContext
from hub.problems import Problem, error


def check_scan(context: CheckContext) -> Iterator[Problem]:
    for material in context.catalog.materials.values():
        if material.scan is not None and material.type != "zelfscan":
            yield error(
                material.path,
                material.line("scan"),
                "scan",
                f"only materials of type 'zelfscan' have a scan (this one is '{material.type}')",
            )
        if material.scan is None:
            continue
        seen: set[str] = set()
        for index, dimension in enumerate(material.scan.dimensions):
            if dimension.id in seen:
                yield error(
                    material.path,
                    material.line("scan", "dimensions", index, "id"),
                    "scan.dimensions.id",
                    f"dimension id '{dimension.id}' is used twice",
                )
            seen.add(dimension.id)


RULES = [check_scan]
