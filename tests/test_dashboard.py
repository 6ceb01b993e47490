"""The editors' dashboard /redactie/: coverage, counts, review status, findings; noindex, not in the menu."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from dateutil.relativedelta import relativedelta

from hub.load.loader import load_content
from hub.reports.stats import coverage, review_status
from tests.editorial.repo import build
from tests.world import World

TODAY = dt.date(2026, 11, 23)  # the build is told which day it is (hub build --today)


def _ago(months: int) -> str:
    return (TODAY - relativedelta(months=months)).isoformat()


def _fill(world: World) -> None:
    world.material("kleuters", title="Differentiëren bij kleuters", reviewed=_ago(1))
    world.material(
        "secundair",
        title="Feedback in het secundair",
        description="Hoe je als vakgroep feedback geeft die leerlingen echt verder helpt.",
        levels="[secundair]",
        rok="[beleid]",
        themes="[taal]",
        reviewed=_ago(22),  # due within three months
    )
    world.material(
        "te-laat",
        title="<script>alert(1)</script> Oude leesfiche",
        description="Een oude fiche over technisch lezen in het eerste leerjaar van de lagere school.",
        type="kennisclip",
        levels="[basis]",
        themes="[taal]",
        reviewed=_ago(40),
    )
    world.question("vraag", reviewed=_ago(2))


@pytest.fixture(scope="module")
def dashboard(tmp_path_factory: pytest.TempPathFactory) -> BeautifulSoup:
    world = World(tmp_path_factory.mktemp("dashboard"))
    _fill(world)
    result, site = build(world, TODAY)
    assert result.exit_code == 0, result.output
    return BeautifulSoup((site / "redactie" / "index.html").read_text(encoding="utf-8"), "html.parser")


def _table(page: BeautifulSoup, caption: str) -> dict[str, list[str]]:
    table = page.find(lambda tag: tag.name == "caption" and tag.get_text() == caption).parent
    return {
        row.th.get_text(strip=True): [td.get_text(strip=True) for td in row.find_all("td")]
        for row in table.tbody.find_all("tr")
    }


def test_coverage_counts_a_tag_for_the_rubriek_and_level_above_it(tmp_path: Path) -> None:
    world = World(tmp_path)
    _fill(world)
    catalog, _ = load_content(world.content)
    cov = coverage(catalog)
    assert [label for _, label in cov.rows] == ["Basisonderwijs", "Secundair onderwijs"]
    assert [label for _, label in cov.columns] == ["Ontwikkeling van de lerende", "Beleid"]
    assert cov.counts == [[2, 0], [0, 1]]  # 'kleuter' counts for basis; 'differentiatie-kv' for ontwikkeling


def test_review_status_splits_overdue_due_soon_and_fine(tmp_path: Path) -> None:
    world = World(tmp_path)
    _fill(world)
    catalog, _ = load_content(world.content)
    status = review_status(catalog, TODAY)
    assert [item.slug for _, item in status.overdue] == ["te-laat"]
    assert [item.slug for _, item in status.due_soon] == ["secundair"]
    assert status.fine == 2


def test_the_page_is_noindex_and_not_in_the_navigation(dashboard: BeautifulSoup) -> None:
    robots = dashboard.head.find_all("meta", attrs={"name": "robots"})
    assert [meta["content"] for meta in robots] == ["noindex"]
    for nav in dashboard.find_all("nav", class_=["md-tabs", "md-nav"]):
        assert not any("redactie" in a["href"] for a in nav.find_all("a", href=True))


def test_coverage_heatmap_is_svg_with_a_text_alternative(dashboard: BeautifulSoup) -> None:
    svg = dashboard.find(
        "svg", attrs={"role": "img", "aria-labelledby": "hub-dash-heat-title hub-dash-heat-desc"}
    )
    assert svg is not None
    assert svg.find("title").get_text().startswith("Dekking van de materialenbank")
    assert "Basisonderwijs, Ontwikkeling van de lerende: 2" in svg.find("desc").get_text()
    assert _table(dashboard, "Materialen per onderwijsniveau en R-OK-rubriek") == {
        "Basisonderwijs": ["2", "0 (dun)"],
        "Secundair onderwijs": ["0 (dun)", "1 (dun)"],
    }
    assert not dashboard.find_all("script", string=lambda s: s and "hub-dash" in s)  # no JavaScript needed


def test_counts_per_team_and_kind(dashboard: BeautifulSoup) -> None:
    assert _table(dashboard, "Gepubliceerde items per team") == {
        "Team curriculum": ["3", "0", "0"],
        "Helpdesk": ["0", "1", "0"],
    }
    types = dashboard.find("svg", attrs={"aria-labelledby": "hub-dash-types-title hub-dash-types-desc"})
    assert "Fiche: 2. Kennisclip: 1." in types.find("desc").get_text()


def test_review_status_and_the_items_to_review(dashboard: BeautifulSoup) -> None:
    title = dashboard.find("title", id="hub-dash-review-title").get_text()
    assert title == "Reviews: 1 te laat, 1 binnen drie maanden, 2 in orde"
    late = dashboard.find("h3", string="Review te laat (1)").find_next("table")
    assert late.find("a")["href"].endswith("/materialen/te-laat/")


def test_prune_findings_and_the_trends_link(dashboard: BeautifulSoup) -> None:
    overdue = dashboard.find("h3", id="snoei-overdue")
    assert overdue.get_text() == "Review te laat (1)"
    row = overdue.find_next("table").tbody.tr
    assert row.find("td", lang="en").get_text().startswith("review was due on")
    assert dashboard.find("a", href=lambda h: h and h.rstrip("/").endswith("redactie/vragen"))


def test_titles_stay_text(dashboard: BeautifulSoup) -> None:
    assert not any("alert(1)" in (script.string or "") for script in dashboard.find_all("script"))
    assert "<script>alert(1)</script> Oude leesfiche" in dashboard.get_text()
