"""The editors' dashboard /redactie/: coverage, counts, review status, findings; noindex, not in the menu."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup, Tag
from dateutil.relativedelta import relativedelta

from hub.load.loader import load_content
from hub.render.dashboard_pages import heatmap
from hub.reports.stats import coverage, review_status
from tests.editorial.repo import build
from tests.world import World, question_text

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


def _fill_duplicates(world: World) -> None:
    """Two questions whose answers are one text: the older carries a duplicate finding."""
    for slug, title, months in (
        ("oud-antwoord", "Hoe werken we aan lezen?", 3),
        ("antwoord", "Lezen in alle vakken", 1),
    ):
        text = question_text(title, reviewed=_ago(months), themes="[taal]", levels="[secundair]").replace(
            "Werk met hoeken en kies per hoek een doel.", ANSWER
        )
        world.question(slug, text)


ANSWER = (
    "Lees in de vakgroep eerst samen de eindtermen voor leesvaardigheid. Kies dan per graad twee "
    "soorten teksten waarmee alle vakken werken, en spreek af hoe leerlingen er vragen bij stellen "
    "voor, tijdens en na het lezen."
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    world = World(tmp_path_factory.mktemp("dashboard"))
    _fill(world)
    _fill_duplicates(world)
    result, built = build(world, TODAY)
    assert result.exit_code == 0, result.output
    return built


def _page(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"), "html.parser")


@pytest.fixture(scope="module")
def dashboard(site: Path) -> BeautifulSoup:
    return _page(site, "redactie")


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


def _heatmap(page: BeautifulSoup) -> Tag:
    svg = page.find("svg", attrs={"aria-labelledby": "hub-dash-heat-title"})
    assert svg is not None
    return svg


def test_coverage_heatmap_is_svg_with_a_text_alternative(dashboard: BeautifulSoup) -> None:
    svg = _heatmap(dashboard)
    assert svg["role"] == "group"  # not "img": an image hides the links in its cells
    assert svg.find("title").get_text().startswith("Dekking van de materialenbank")
    labels = [a["aria-label"] for a in svg.find_all("a")]
    assert "Basisonderwijs, Ontwikkeling van de lerende: 2 materialen" in labels
    assert "Secundair onderwijs, Beleid: 1 materiaal (dun)" in labels
    assert _table(dashboard, "Materialen per onderwijsniveau en R-OK-rubriek") == {
        "Basisonderwijs": ["2", "0 (dun)"],
        "Secundair onderwijs": ["0 (dun)", "1 (dun)"],
    }
    assert not dashboard.find_all("script", string=lambda s: s and "hub-dash" in s)  # no JavaScript needed


def test_counts_per_team_and_kind(dashboard: BeautifulSoup) -> None:
    assert _table(dashboard, "Gepubliceerde items per team") == {
        "Team curriculum": ["3", "0", "0"],
        "Helpdesk": ["0", "3", "0"],
    }
    types = dashboard.find("svg", attrs={"aria-labelledby": "hub-dash-types-title hub-dash-types-desc"})
    assert "Fiche: 2. Kennisclip: 1." in types.find("desc").get_text()


def test_review_status_and_the_items_to_review(dashboard: BeautifulSoup) -> None:
    title = dashboard.find("title", id="hub-dash-review-title").get_text()
    assert title == "Reviews: 1 te laat, 1 binnen drie maanden, 4 in orde"
    late = dashboard.find("h3", string="Review te laat (1)").find_next("table")
    assert late.find("a")["href"].endswith("/materialen/te-laat/")


def test_prune_findings_and_the_trends_link(dashboard: BeautifulSoup) -> None:
    overdue = dashboard.find("h3", id="snoei-overdue")
    assert overdue.get_text() == "Review te laat (1)"
    row = overdue.find_next("table").tbody.tr
    assert "2026-07-23" in row.find_all("td")[-1].get_text()  # the due date, in the report's words
    assert dashboard.find("a", href=lambda h: h and h.rstrip("/").endswith("redactie/vragen"))


def test_a_duplicate_links_the_item_to_compare_with(dashboard: BeautifulSoup) -> None:
    [row] = dashboard.find("h3", id="snoei-duplicate").find_next("table").tbody.find_all("tr")
    assert row.find("a").get_text() == "Hoe werken we aan lezen?"
    detail = row.find_all("td")[-1]
    assert detail.get_text().startswith(
        "grotendeels dezelfde tekst als 'antwoord' (Lezen in alle vakken): 100%"
    )
    assert detail.find("a")["href"].endswith("/vragen/antwoord/")
    assert detail.find("a").get_text() == "Lezen in alle vakken"


# -- the heatmap leads to the materials ------------------------------------------------------


def _cell_links(page: BeautifulSoup) -> dict[str, dict[str, list[str]]]:
    """aria-label -> query parameters of every linked heatmap cell."""
    found = {}
    for link in _heatmap(page).find_all("a"):
        url = urlsplit(urljoin("https://hub.test/redactie/", link["href"]))
        assert url.path == "/materialen/", link["href"]
        found[link["aria-label"]] = parse_qs(url.query)
    return found


def test_each_heatmap_cell_with_materials_links_to_the_filtered_list(dashboard: BeautifulSoup) -> None:
    assert _cell_links(dashboard) == {
        "Basisonderwijs, Ontwikkeling van de lerende: 2 materialen": {
            "rok": ["ontwikkeling"],
            "niveau": ["basis"],
        },
        "Secundair onderwijs, Beleid: 1 materiaal (dun)": {"rok": ["beleid"], "niveau": ["secundair"]},
    }  # empty cells lead nowhere


def test_the_materials_list_filters_on_the_parameters_of_the_cell(
    site: Path, dashboard: BeautifulSoup
) -> None:
    # hub-browse.js reads a parameter per filter group (data-facet) and matches the card's data-*.
    listing = _page(site, "materialen")
    groups = {fieldset["data-facet"] for fieldset in listing.find_all("fieldset", attrs={"data-facet": True})}
    cards = listing.find_all("li", class_="hub-card")
    for label, query in _cell_links(dashboard).items():
        assert set(query) <= groups
        shown = [
            card
            for card in cards
            if all(value in card.get(f"data-{name}", "").split() for name, [value] in query.items())
        ]
        count = int(label.split(": ")[1].split()[0])
        assert len(shown) == count, label


def test_row_labels_are_whole_and_at_least_12_px(tmp_path: Path) -> None:
    world = World(tmp_path)
    world.write(
        "taxonomy/levels.yml",
        "- id: scholengroep\n  label: Scholengroep en scholengemeenschap (mesoniveau)\n"
        "- id: clb\n  label: Centra voor leerlingenbegeleiding\n",
    )
    world.material("a", levels="[scholengroep]", rok="[beleid]")
    catalog, _ = load_content(world.content)
    chart = heatmap(coverage(catalog))
    assert [" ".join(row["lines"]) for row in chart["rows"]] == [
        "Scholengroep en scholengemeenschap (mesoniveau)",
        "Centra voor leerlingenbegeleiding",
    ]
    assert chart["label_size"] >= 12 and chart["header_size"] >= 12
    # The labels fit beside the cells: the longest line at a generous 0.6 em per character.
    longest = max(len(line) for row in chart["rows"] for line in row["lines"])
    assert longest * chart["label_size"] * 0.6 < chart["cells"][0]["x"]


def test_the_heatmap_labels_in_the_page(dashboard: BeautifulSoup) -> None:
    svg = _heatmap(dashboard)
    rows = svg.find_all("text", class_="hub-dash__row")
    assert [row.get_text(" ", strip=True) for row in rows] == ["Basisonderwijs", "Secundair onderwijs"]
    assert all(int(text["font-size"]) >= 12 for text in svg.find_all("text"))
    assert "…" not in svg.get_text()


# -- one language, unique landmarks ----------------------------------------------------------


ENGLISH = re.compile(r"\b(the|was due|every|months|nearly|likeness|leads to|did you mean|unchanged since)\b")


@pytest.mark.parametrize("path", ["redactie", "redactie/vragen"])
def test_the_editors_pages_are_dutch(site: Path, path: str) -> None:
    page = _page(site, path)
    article = page.find("article")
    assert not article.find_all(attrs={"lang": True})
    for command in article.find_all("code"):  # commands and file paths are no prose
        command.decompose()
    assert ENGLISH.findall(article.get_text(" ")) == []


@pytest.mark.parametrize("path", ["redactie", "redactie/vragen"])
def test_every_region_has_its_own_name(site: Path, path: str) -> None:
    page = _page(site, path)

    def name(tag: Tag) -> str:
        if tag.get("aria-label"):
            return str(tag["aria-label"])
        return " ".join(page.find(id=ref).get_text(strip=True) for ref in tag["aria-labelledby"].split())

    regions = page.find_all(attrs={"role": "region"}) + page.find_all("nav")
    names = [name(tag) for tag in regions if tag.get("aria-label") or tag.get("aria-labelledby")]
    assert len(names) == len(set(names)), names


def test_the_trends_chart_labels_every_row_in_full(site: Path) -> None:
    chart = _page(site, "redactie/vragen").find("svg", class_="hub-trends__chart")
    rows = chart.find_all("g", class_="hub-trends__row")
    assert rows
    labels = [row.find("text").get_text(" ", strip=True) for row in rows]
    table = _page(site, "redactie/vragen").find("table", class_="hub-trends__data")
    assert labels == [th.get_text(strip=True) for th in table.tbody.find_all("th")]


def test_titles_stay_text(dashboard: BeautifulSoup) -> None:
    assert not any("alert(1)" in (script.string or "") for script in dashboard.find_all("script"))
    assert "<script>alert(1)</script> Oude leesfiche" in dashboard.get_text()
