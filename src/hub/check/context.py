"""What every check rule gets: the loaded model, the content folder and today's date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from hub.model.catalog import Catalog


@dataclass(frozen=True)
class CheckContext:
    catalog: Catalog
    root: Path
    today: dt.date
