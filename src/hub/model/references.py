"""The references an item makes to other items (leerpad steps, related materials, scan advice)."""

from __future__ import annotations

from collections.abc import Iterator

from hub.model.items import STEP_KEYS, Item


def references_of(item: Item) -> Iterator[tuple[tuple[str | int, ...], str, str]]:
    """(key path, collection, slug) for every reference an item makes (a leerpad step to a
    material, question or offering; related materials; a question's materials; scan advice)."""
    for index, step in enumerate(getattr(item, "steps", None) or []):
        for key, slug in step.targets():
            yield ("steps", index, key), STEP_KEYS[key], slug
    for key, collection in (("related", "materials"), ("materials", "materials")):
        for index, slug in enumerate(getattr(item, key, None) or []):
            yield (key, index), collection, slug
    scan = getattr(item, "scan", None)
    if scan is not None:
        for d_index, dimension in enumerate(scan.dimensions):
            for index, slug in enumerate(dimension.recommend):
                yield ("scan", "dimensions", d_index, "recommend", index), "materials", slug
