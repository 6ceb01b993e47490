"""Figures for the editors' dashboard: coverage of the bank, counts per type and team, review status."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from hub.model.catalog import Catalog
from hub.model.items import Item, Lifecycle
from hub.model.review import review_due

DUE_SOON = relativedelta(months=3)
THIN = 1  # a cell with at most this many materials is thin
CROWDED_FACTOR = 2.0  # a cell with at least this times the average (and 3 or more) is crowded


@dataclass(frozen=True)
class Coverage:
    """Published materials per top-level onderwijsniveau (rows) and R-OK rubriek (columns)."""

    rows: list[tuple[str, str]]  # (id, label)
    columns: list[tuple[str, str]]
    counts: list[list[int]]

    @property
    def largest(self) -> int:
        return max((count for row in self.counts for count in row), default=0)

    @property
    def average(self) -> float:
        cells = [count for row in self.counts for count in row]
        return sum(cells) / len(cells) if cells else 0.0

    def verdict(self, count: int) -> str:
        """'thin', 'crowded' or '' for one cell."""
        if count <= THIN:
            return "thin"
        if count >= 3 and count >= CROWDED_FACTOR * self.average:
            return "crowded"
        return ""


def coverage(catalog: Catalog) -> Coverage:
    """A tag on a deelrubriek or a lower level counts for the rubriek and the top-level level above it."""
    rok, levels = catalog.taxonomies["rok"], catalog.taxonomies["levels"]
    rows = [(entry.id, entry.label) for entry in levels.roots()]
    columns = [(entry.id, entry.label) for entry in rok.roots()]
    counts = [[0] * len(columns) for _ in rows]
    row_index = {entry_id: index for index, (entry_id, _) in enumerate(rows)}
    column_index = {entry_id: index for index, (entry_id, _) in enumerate(columns)}
    for material in catalog.published_materials():
        for level in levels.with_ancestors(material.levels) & row_index.keys():
            for rubriek in rok.with_ancestors(material.rok) & column_index.keys():
                counts[row_index[level]][column_index[rubriek]] += 1
    return Coverage(rows, columns, counts)


def materials_per_type(catalog: Catalog) -> list[tuple[str, int]]:
    """(type label, published materials) in types.yml order, types without materials left out."""
    counts = Counter(material.type for material in catalog.published_materials())
    types = catalog.taxonomies["types"]
    ordered = [(types.label(entry.id), counts[entry.id]) for entry in types if counts[entry.id]]
    return ordered + [(type_id, count) for type_id, count in counts.items() if type_id not in types]


KINDS = (("material", "materials"), ("qa", "questions"), ("training", "offerings"))


def items_per_team(catalog: Catalog) -> list[tuple[str, dict[str, int]]]:
    """(team label, {kind: published items}) in teams.yml order, teams without items left out."""
    counts: dict[str, Counter[str]] = {}
    for item in catalog.all_live_items():
        owner = getattr(item, "owner", None)
        if item.is_published and owner and item.kind != "fiche":
            counts.setdefault(owner, Counter())[item.kind] += 1
    teams = catalog.taxonomies["teams"]
    order = [entry.id for entry in teams] + sorted(set(counts) - set(teams.entries))
    return [
        (teams.label(team), {kind: counts[team][kind] for kind, _ in KINDS})
        for team in order
        if team in counts
    ]


@dataclass(frozen=True)
class ReviewStatus:
    overdue: list[tuple[dt.date, Item]]
    due_soon: list[tuple[dt.date, Item]]
    fine: int


def review_status(catalog: Catalog, today: dt.date) -> ReviewStatus:
    """Published items by review date: overdue, due within three months, fine."""
    overdue, due_soon, fine = [], [], 0
    for item in catalog.all_live_items():
        if not (isinstance(item, Lifecycle) and item.is_published):
            continue
        due = review_due(item)
        if due < today:
            overdue.append((due, item))
        elif due < today + DUE_SOON:
            due_soon.append((due, item))
        else:
            fine += 1
    key = lambda pair: (pair[0], pair[1].slug)  # noqa: E731
    return ReviewStatus(sorted(overdue, key=key), sorted(due_soon, key=key), fine)


@dataclass(frozen=True)
class DraftCount:
    """Drafts of one team: never a title, slug or text, because drafts are not public."""

    team: str  # team label
    drafts: int
    stale: int  # of which the pruning report calls stale


def drafts_per_team(catalog: Catalog, stale_paths: set[str]) -> list[DraftCount]:
    """Drafts per team (teams.yml order, teams without drafts left out); STALE_PATHS are the files of
    stale drafts found by `hub prune`."""
    drafts: Counter[str] = Counter()
    stale: Counter[str] = Counter()
    for item in catalog.all_live_items():
        if getattr(item, "status", None) != "draft":
            continue
        owner = getattr(item, "owner", None) or ""
        drafts[owner] += 1
        stale[owner] += item.path in stale_paths
    teams = catalog.taxonomies["teams"]
    order = [entry.id for entry in teams] + sorted(set(drafts) - set(teams.entries))
    return [
        DraftCount(teams.label(team) if team else "Zonder team", drafts[team], stale[team])
        for team in order
        if drafts[team]
    ]
