"""Questions per theme per month (drafts and archived ones too: they are the demand), and the themes
asked often enough lately to deserve a Helpdesk Live session."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hub.model.catalog import Catalog
from hub.model.items import Question

RECENT_MONTHS = 3
MONTH_ABBREVIATIONS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


@dataclass(frozen=True)
class ThemeRow:
    theme: str
    label: str
    counts: list[int]  # per month, oldest first

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def recent(self) -> int:
        return sum(self.counts[-RECENT_MONTHS:])


@dataclass(frozen=True)
class Trends:
    months: list[dt.date]  # first day of each month, oldest first; the last is today's month
    rows: list[ThemeRow]  # busiest theme first
    threshold: int

    @property
    def candidates(self) -> list[ThemeRow]:
        """Themes with at least `threshold` questions in the last three months."""
        return [row for row in self.rows if row.recent >= self.threshold]

    @property
    def peak(self) -> int:
        return max((count for row in self.rows for count in row.counts), default=0)


def month_label(month: dt.date) -> str:
    """'jan 2026'."""
    return f"{MONTH_ABBREVIATIONS[month.month - 1]} {month.year}"


def last_months(today: dt.date, count: int) -> list[dt.date]:
    months = []
    year, month = today.year, today.month
    for _ in range(max(count, RECENT_MONTHS)):
        months.append(dt.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return list(reversed(months))


def all_questions(catalog: Catalog) -> list[Question]:
    archived = catalog.archived.get("qa", {}).values()
    return [q for q in [*catalog.questions.values(), *archived] if isinstance(q, Question)]


def question_trends(catalog: Catalog, months: int, threshold: int, today: dt.date) -> Trends:
    """Counts of `asked` per theme and month over the last `months` months (at least three)."""
    window = last_months(today, months)
    position = {(m.year, m.month): index for index, m in enumerate(window)}
    counts: dict[str, list[int]] = {}
    for question in all_questions(catalog):
        index = position.get((question.asked.year, question.asked.month))
        if index is None:
            continue
        for theme in dict.fromkeys(question.themes):
            counts.setdefault(theme, [0] * len(window))[index] += 1
    themes = catalog.taxonomies["themes"]
    rows = [ThemeRow(theme, themes.label(theme), row) for theme, row in counts.items()]
    rows.sort(key=lambda r: (-r.recent, -r.total, r.label.lower()))
    return Trends(window, rows, threshold)


def trends_table(trends: Trends) -> str:
    """A plain-text table: one line per theme, one column per month, totals and the last three months."""
    headers = [month_label(m).replace(" 20", " ") for m in trends.months]
    label_width = max([len("Thema"), *(len(r.label) for r in trends.rows)])
    label_width = min(label_width, 40)
    widths = [max(len(h), 2) for h in headers]
    lines = [
        " ".join(
            [
                "Thema".ljust(label_width),
                *(h.rjust(w) for h, w in zip(headers, widths, strict=True)),
                "totaal",
                "laatste 3",
            ]
        ),
    ]
    for row in trends.rows:
        label = row.label if len(row.label) <= label_width else row.label[: label_width - 1] + "…"
        cells = [str(c or ".").rjust(w) for c, w in zip(row.counts, widths, strict=True)]
        lines.append(
            " ".join([label.ljust(label_width), *cells, str(row.total).rjust(6), str(row.recent).rjust(9)])
        )
    if not trends.rows:
        lines.append("(geen vragen in deze periode)")
    return "\n".join(lines)
