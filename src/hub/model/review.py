"""When an item is due for review: `reviewed` plus `review_months` (or the default below)."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from hub.model.items import Lifecycle

# Months between reviews when an item sets no `review_months`. Questions and offerings age
# fastest (regulations and dates change every school year); kennisclips and podcasts least.
DEFAULT_REVIEW_MONTHS: dict[str, int] = {"material": 24, "qa": 12, "training": 12}
DEFAULT_REVIEW_MONTHS_BY_TYPE: dict[str, int] = {"kennisclip": 36, "podcast": 36, "video": 36, "leerpad": 12}


def review_months(item: Lifecycle) -> int:
    if item.review_months:
        return item.review_months
    material_type = getattr(item, "type", None)
    if item.kind == "material" and material_type in DEFAULT_REVIEW_MONTHS_BY_TYPE:
        return DEFAULT_REVIEW_MONTHS_BY_TYPE[material_type]
    return DEFAULT_REVIEW_MONTHS.get(item.kind, 24)


def review_due(item: Lifecycle) -> dt.date:
    return item.reviewed + relativedelta(months=review_months(item))


def is_overdue(item: Lifecycle, today: dt.date) -> bool:
    return review_due(item) < today
