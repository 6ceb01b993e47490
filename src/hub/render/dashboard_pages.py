"""The editors' dashboard /redactie/: coverage, counts, review status and the pruning report.

Charts are inline SVG drawn by templates from the geometry computed here (no JavaScript); every
chart has a table with the same figures next to it. Each heatmap cell with materials links to the
materials list filtered on its rubriek and level, and a duplicate links the item to compare with.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Iterator
from typing import Any

from hub.context import BuildContext
from hub.model.catalog import Catalog
from hub.model.items import Item
from hub.model.kinds import BY_CODE, url_of
from hub.render.dutch import long_date, short_date
from hub.render.pages import PageSpec
from hub.render.views import FACET_SEGMENTS
from hub.reports.findings import FINDINGS, Finding
from hub.reports.stats import (
    KINDS,
    Coverage,
    coverage,
    drafts_per_team,
    items_per_team,
    materials_per_type,
    review_status,
)

# Light to dark; text on the first four is dark, on the last two white (contrast 7:1 or more).
HEAT = ["#f4f4f6", "#e3e7f8", "#c5cbef", "#9fa8da", "#3f51b5", "#1a237e"]
HEAT_TEXT = ["#1f1f1f"] * 4 + ["#ffffff"] * 2
REVIEW_COLOURS = {"overdue": "#b3261e", "due_soon": "#8a5a00", "fine": "#2e7d32"}

FINDING_LABELS = {
    "overdue": "Review te laat",
    "duplicate": "Bijna dubbel",
    "orphan": "Wees: niets verwijst ernaar",
    "weak-tags": "Zwak getagd",
    "broken-link": "Kapotte link",
    "large-file": "Groot bestand",
    "stale-draft": "Vergeten concept",
}
VERDICT_LABELS = {"thin": "dun", "crowded": "druk", "": ""}


# Heatmap text sizes (CSS px; the SVG is never scaled down: it scrolls on a narrow screen).
LABEL_SIZE, HEADER_SIZE, LINE = 14, 13, 17
CHAR_WIDTH = 0.58  # a generous average glyph width in em, so a label never runs into the cells


def _lines(label: str, width: int) -> list[str]:
    """LABEL in lines of about WIDTH characters, never cut (a word longer than WIDTH stays whole)."""
    return textwrap.wrap(label, width, break_long_words=False) or [label]


def _text_width(lines: list[list[str]], size: int) -> int:
    return math.ceil(max((len(line) for group in lines for line in group), default=0) * size * CHAR_WIDTH)


def _materials(count: int) -> str:
    return f"{count} materiaal" if count == 1 else f"{count} materialen"


def filtered_list(rubriek: str, level: str) -> str:
    """The materials list filtered on an R-OK rubriek and a level (the parameters hub-browse.js reads)."""
    return f"materialen/?{FACET_SEGMENTS['rok']}={rubriek}&{FACET_SEGMENTS['levels']}={level}"


def heatmap(cov: Coverage) -> dict[str, Any]:
    """Cell geometry, colours, verdicts and links of the coverage heatmap; labels are never cut."""
    row_lines = [_lines(label, 24) for _, label in cov.rows]
    column_lines = [_lines(label, 16) for _, label in cov.columns]
    label_width = max(150, _text_width(row_lines, LABEL_SIZE) + 16)
    cell_width = max(100, _text_width(column_lines, HEADER_SIZE) + 16)
    cell_height = max(44, LINE * max((len(lines) for lines in row_lines), default=1) + 12)
    header = LINE * max((len(lines) for lines in column_lines), default=1) + 14
    largest = cov.largest
    cells = []
    for r, (row_id, row_label) in enumerate(cov.rows):
        for c, (column_id, column_label) in enumerate(cov.columns):
            count = cov.counts[r][c]
            level = 0 if count == 0 else max(1, min(5, math.ceil(5 * count / largest)))
            verdict = cov.verdict(count)
            cells.append(
                {
                    "x": label_width + c * cell_width,
                    "y": header + r * cell_height,
                    "count": count,
                    "fill": HEAT[level],
                    "text": HEAT_TEXT[level],
                    "verdict": verdict,
                    "row": row_label,
                    "column": column_label,
                    # An empty cell leads nowhere: the filtered list would be empty.
                    "url": filtered_list(column_id, row_id) if count else None,
                    "label": f"{row_label}, {column_label}: {_materials(count)}"
                    + (f" ({VERDICT_LABELS[verdict]})" if verdict else ""),
                }
            )
    return {
        "width": label_width + cell_width * len(cov.columns),
        "height": header + cell_height * len(cov.rows) + 4,
        "cell_width": cell_width,
        "cell_height": cell_height,
        "label_size": LABEL_SIZE,
        "header_size": HEADER_SIZE,
        "line": LINE,
        "columns": [
            {
                "x": label_width + c * cell_width + cell_width / 2,
                "y": header - 10 - LINE * (len(lines) - 1),
                "lines": lines,
            }
            for c, lines in enumerate(column_lines)
        ],
        "rows": [
            {
                # The first baseline, so that the lines sit centred on the row.
                "y": header + r * cell_height + cell_height / 2 + 5 - LINE * (len(lines) - 1) / 2,
                "lines": lines,
            }
            for r, lines in enumerate(row_lines)
        ],
        "cells": cells,
        "table": [
            {"label": label, "cells": [(n, VERDICT_LABELS[cov.verdict(n)]) for n in cov.counts[r]]}
            for r, (_, label) in enumerate(cov.rows)
        ],
        "column_labels": [label for _, label in cov.columns],
        "thin": [f"{cell['column']} in {cell['row']}" for cell in cells if cell["verdict"] == "thin"],
        "crowded": [f"{cell['column']} in {cell['row']}" for cell in cells if cell["verdict"] == "crowded"],
    }


def bars(rows: list[tuple[str, int]], title: str) -> dict[str, Any]:
    """Horizontal bar chart geometry for (label, value) rows."""
    label_width, bar_space, bar_height, gap = 230, 300, 22, 8
    largest = max((value for _, value in rows), default=0) or 1
    drawn = [
        {
            "label": label,
            "value": value,
            "y": index * (bar_height + gap),
            "width": round(bar_space * value / largest, 1),
        }
        for index, (label, value) in enumerate(rows)
    ]
    return {
        "title": title,
        "width": label_width + bar_space + 50,
        "height": max(len(rows) * (bar_height + gap), bar_height),
        "label_width": label_width,
        "bar_height": bar_height,
        "rows": drawn,
    }


def review_bar(counts: dict[str, int]) -> dict[str, Any]:
    """One stacked bar: overdue, due within three months, fine."""
    width, total = 560, sum(counts.values()) or 1
    x, segments = 0.0, []
    for name in ("overdue", "due_soon", "fine"):
        share = width * counts[name] / total
        segments.append(
            {"name": name, "x": round(x, 1), "width": round(share, 1), "fill": REVIEW_COLOURS[name]}
        )
        x += share
    return {"width": width, "height": 28, "segments": segments}


def _item_view(catalog: Catalog, item: Item) -> dict[str, Any]:
    owner = getattr(item, "owner", None)
    return {
        "title": getattr(item, "title", item.slug),
        "url": url_of(item) if item.is_published else None,
        "path": item.path,
        "team": catalog.taxonomies["teams"].label(owner) if owner else "",
    }


def finding_groups(catalog: Catalog, findings: list[Finding]) -> list[dict[str, Any]]:
    """The findings on published items, per finding. Drafts are not public: findings on them (stale
    drafts) are left out here and shown as counts per team (`drafts_per_team`); `hub prune` names them.
    A duplicate also links the other item, so the editor can compare the two.
    """
    published = [item for item in catalog.all_live_items() if item.is_published]
    by_path = {item.path: item for item in published}
    by_kind_and_slug = {(item.kind, item.slug): item for item in published}
    groups = []
    for name in FINDINGS:
        rows = [f for f in findings if f.finding == name and f.path in by_path]
        if rows:
            groups.append(
                {
                    "name": name,
                    "label": FINDING_LABELS[name],
                    "rows": [
                        {
                            **_item_view(catalog, by_path[f.path]),
                            "detail": f.detail,
                            "line": f.line,
                            "other": _other_view(catalog, by_kind_and_slug, f),
                        }
                        for f in rows
                    ],
                }
            )
    return groups


def _other_view(
    catalog: Catalog, published: dict[tuple[str, str], Item], found: Finding
) -> dict[str, Any] | None:
    other = published.get((found.kind, found.about)) if found.finding == "duplicate" else None
    return _item_view(catalog, other) if other is not None else None


def dashboard_context(ctx: BuildContext) -> dict[str, Any]:
    catalog, today = ctx.catalog, ctx.today
    status = review_status(catalog, today)
    counts = {"overdue": len(status.overdue), "due_soon": len(status.due_soon), "fine": status.fine}
    teams = items_per_team(catalog)
    findings = ctx.prune_findings
    return {
        "today": long_date(today),
        "coverage": heatmap(coverage(catalog)),
        "types": bars(materials_per_type(catalog), "Materialen per soort"),
        "teams": bars(
            [(label, sum(kinds.values())) for label, kinds in teams], "Gepubliceerde items per team"
        ),
        "team_table": [{"label": label, "counts": [kinds[k] for k, _ in KINDS]} for label, kinds in teams],
        "kind_labels": [BY_CODE[k].plural for k, _ in KINDS],
        "review": {
            "counts": counts,
            "bar": review_bar(counts),
            "overdue": [{**_item_view(catalog, i), "due": short_date(d)} for d, i in status.overdue],
            "due_soon": [{**_item_view(catalog, i), "due": short_date(d)} for d, i in status.due_soon],
        },
        "findings": finding_groups(catalog, findings),
        "finding_count": len(findings),
        "drafts": drafts_per_team(catalog, {f.path for f in findings if f.finding == "stale-draft"}),
    }


def dashboard_pages(ctx: BuildContext) -> Iterator[PageSpec]:
    context = dashboard_context(ctx)
    yield PageSpec(
        src_uri="redactie/index.md",
        title="Redactie",
        template="hub/dashboard.html",
        description="Stand van de materialenbank voor de redactie: dekking, reviews en het snoeirapport.",
        context=context,
        noindex=True,
        search=False,
    )


BUILDERS = [dashboard_pages]
