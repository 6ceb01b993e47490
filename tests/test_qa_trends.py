"""`hub qa trends` and the numbers behind the editors' chart: questions per theme per month."""

from __future__ import annotations

import datetime as dt

from click.testing import CliRunner

from hub.cli import hub
from hub.load.loader import load_content
from hub.reports.trends import question_trends, trends_table
from tests.world import World, question_text

TODAY = dt.date(2026, 11, 23)


def trend_world(world: World) -> World:
    asked = {
        "a": ("2026-11-02", "[taal]", "published"),
        "b": ("2026-10-15", "[taal, gsl]", "draft"),
        "c": ("2026-09-30", "[taal]", "draft"),
        "d": ("2026-08-31", "[taal]", "draft"),  # outside the last three months
        "e": ("2026-06-01", "[differentiatie]", "draft"),
        "f": ("2025-06-01", "[differentiatie]", "draft"),  # outside a 12-month window
    }
    for slug, (day, themes, status) in asked.items():
        answered = "2026-11-20" if status == "published" else None
        world.question(
            slug, asked=day, themes=themes, status=status, answered=answered, reviewed="2026-11-20"
        )
    world.write("archive/qa/g.md", question_text(status="archived", asked="2026-11-01", themes="[gsl]"))
    return world


def test_counts_per_theme_and_month_include_drafts_and_archive(world: World) -> None:
    catalog, _ = load_content(trend_world(world).content)
    trends = question_trends(catalog, months=12, threshold=3, today=TODAY)
    assert trends.months[0] == dt.date(2025, 12, 1) and trends.months[-1] == dt.date(2026, 11, 1)
    rows = {row.theme: row for row in trends.rows}
    assert rows["taal"].counts[-4:] == [1, 1, 1, 1] and rows["taal"].total == 4 and rows["taal"].recent == 3
    assert rows["gsl"].counts[-2:] == [1, 1]
    assert rows["differentiatie"].total == 1  # June 2025 is outside the window
    assert [row.theme for row in trends.candidates] == ["taal"]


def test_the_table_is_readable(world: World) -> None:
    catalog, _ = load_content(trend_world(world).content)
    table = trends_table(question_trends(catalog, months=6, threshold=3, today=TODAY))
    header, *lines = table.split("\n")
    assert header.split()[:3] == ["Thema", "jun", "26"] and header.endswith("totaal laatste 3")
    taal = next(line for line in lines if line.startswith("Taal"))
    assert taal.split()[1:] == [".", ".", "1", "1", "1", "1", "4", "3"]


def test_cli_names_the_helpdesk_live_candidates(world: World) -> None:
    trend_world(world)
    args = ["qa", "trends", "--content", str(world.content), "--today", TODAY.isoformat(), "--threshold"]
    result = CliRunner().invoke(hub, [*args, "2"])
    assert result.exit_code == 0
    assert "Kandidaten voor Helpdesk Live (2 of meer vragen in de laatste drie maanden):" in result.output
    assert "  - Taal (taal): 3 vragen" in result.output
    assert "  - Gepersonaliseerd samen leren (gsl): 2 vragen" in result.output
    quiet = CliRunner().invoke(hub, [*args, "9"])
    assert "Geen thema kwam de laatste drie maanden 9 keer of meer terug." in quiet.output
