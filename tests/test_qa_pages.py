"""The helpdesk pages of a built site: /vragen/ by theme, theme pages as a CollectionPage, question pages with
their next step, the Helpdesk Live agenda, the feed of new answers, the ask page and the trends page."""

from __future__ import annotations

import itertools
import json
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from hub.render import listing_pages
from tests.conftest import ROOT, build_as_of
from tests.world import World, question_text

LIVE = """---
title: "Helpdesk Live: differentiëren"
description: Een uur lang vragen over doelgericht differentiëren, live beantwoord door de helpdesk.
status: published
owner: helpdesk
reviewed: 2026-03-01
form: helpdesk-live
levels: [basis]
roles: [leraar]
themes: [differentiatie]
goals: [Je stelt je vragen over differentiatie.]
sessions:
  - {start: 2026-01-14T15:30, end: 2026-01-14T16:30, mode: online, recording: "https://video.example/opname-1"}
  - {start: 2026-02-04T15:30, end: 2026-02-04T16:30, mode: online}
  - {start: 2099-03-04T15:30, end: 2099-03-04T16:30, mode: online, location: "Online (Microsoft Teams)"}
---

Een Helpdesk Live.
"""


def _without_listing_vragen(builder):  # type: ignore[no-untyped-def]
    """listing_pages still emits a simple /vragen/ until the lead removes it: keep ours alone."""

    def build(ctx):  # type: ignore[no-untyped-def]
        return [p for p in builder(ctx) if getattr(p, "src_uri", "") != "vragen/index.md"]

    return build


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("helpdesk-site")
    world = World(root)
    world.material("differentieren-in-de-klas")
    world.question("hoe-differentieer-ik-bij-kleuters", materials="[differentieren-in-de-klas]")
    world.question(
        "taal-in-alle-vakken",
        question_text("Hoe werken we aan taal in alle vakken?", themes="[taal]", levels="[secundair]"),
    )
    world.question("nog-een-concept", question_text("Een vraag in concept", status="draft", answered=None))
    world.offering("helpdesk-live-differentieren", LIVE)
    world.offering("opleiding-differentiatie", themes="[differentiatie]")
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(listing_pages, "BUILDERS", [_without_listing_vragen(b) for b in listing_pages.BUILDERS])
        build_as_of(ROOT / "mkdocs.yml", world.content, root / "site", cache_root=root / "cache")
    yield root / "site"


def page(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def links(soup: BeautifulSoup) -> list[str]:
    return [a["href"] for a in soup.select("article a[href]")]


def test_questions_index_groups_questions_by_theme(site: Path) -> None:
    soup = page(site, "vragen")
    groups = {
        section.h3.get_text(strip=True): [
            a.get_text(strip=True) for a in section.select("ul.hub-questions a")
        ]
        for section in soup.select("section.hub-theme-group")
    }
    assert groups == {
        "Gepersonaliseerd samen leren": ["Hoe differentieer ik bij kleuters?"],
        "Taal": ["Hoe werken we aan taal in alle vakken?"],
    }
    assert "../vragen/thema/gsl/" in links(soup) and "../vragen/feed.xml" in links(soup)
    assert "Een vraag in concept" not in soup.get_text()


def test_theme_page_lists_its_questions_and_those_below_it_without_repeating_the_answers(site: Path) -> None:
    soup = page(site, "vragen/thema/gsl")
    assert [a.get_text(strip=True) for a in soup.select(".hub-card__title a")] == [
        "Hoe differentieer ik bij kleuters?"
    ]
    assert soup.select_one(".hub-crumbs").get_text(" ", strip=True).startswith("Vragen en antwoorden")
    # The answers are marked up once, on the questions' own pages: the theme page only lists them.
    data = json.loads(soup.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "CollectionPage"
    (listed,) = data["mainEntity"]["itemListElement"]
    assert listed["name"] == "Hoe differentieer ik bij kleuters?"
    assert listed["url"] == "https://example.invalid/vragen/hoe-differentieer-ik-bij-kleuters/"
    assert "acceptedAnswer" not in json.dumps(data)
    # The cards' h3 titles sit under an h2: no heading level is skipped.
    levels = [int(h.name[1]) for h in soup.select("article h1, article h2, article h3")]
    assert levels[0] == 1 and all(b - a <= 1 for a, b in itertools.pairwise(levels))
    assert "Verfijn" in soup.get_text() and "../../../vragen/thema/differentiatie/" in links(soup)


def test_question_page_shows_answer_dates_levels_materials_and_next_step(site: Path) -> None:
    soup = page(site, "vragen/hoe-differentieer-ik-bij-kleuters")
    meta = {
        row.dt.get_text(strip=True): row.dd.get_text(" ", strip=True) for row in soup.select(".hub-meta__row")
    }
    assert meta["Onderwijsniveau"] == "Kleuteronderwijs"
    assert meta["Gesteld op"] == "1 februari 2026" and meta["Beantwoord op"] == "10 februari 2026"
    assert "Werk met hoeken" in soup.select_one(".hub-body").get_text()
    assert soup.select_one("#hub-materials") is not None
    assert "../../vragen/thema/differentiatie/" in links(soup)
    step = soup.select_one("aside.hub-next")
    assert "Nog een vraag?" in step.get_text() and "../../helpdesk/" in [a["href"] for a in step.select("a")]
    offerings = [li.get_text(" ", strip=True) for li in step.select(".hub-next__offerings li")]
    # Upcoming sessions first, soonest first: the training in 2027, then the Helpdesk Live in 2099.
    assert offerings[0].startswith(
        "Opleiding differentiatie (Opleiding) : volgende sessie donderdag 14 januari 2027"
    )
    assert offerings[1].startswith("Helpdesk Live: differentiëren (Helpdesk Live) : volgende sessie")


def test_question_page_marks_up_its_own_question_and_answer(site: Path) -> None:
    soup = page(site, "vragen/hoe-differentieer-ik-bij-kleuters")
    data = json.loads(soup.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "QAPage"
    assert data["url"] == "https://example.invalid/vragen/hoe-differentieer-ik-bij-kleuters/"
    question = data["mainEntity"]
    assert question["@type"] == "Question" and question["answerCount"] == 1
    assert question["name"] == question["text"] == "Hoe differentieer ik bij kleuters?"
    assert question["dateCreated"] == "2026-02-01"
    assert question["acceptedAnswer"]["text"] == "Werk met hoeken en kies per hoek een doel."
    assert question["acceptedAnswer"]["dateCreated"] == "2026-02-10"


def test_helpdesk_live_agenda_puts_upcoming_first_and_keeps_recordings(site: Path) -> None:
    soup = page(site, "helpdesk/live")
    upcoming, past = soup.select("table.hub-live")
    assert "4 maart 2099" in upcoming.get_text()
    past_rows = [tr.get_text(" ", strip=True) for tr in past.select("tbody tr")]
    assert "4 februari 2026" in past_rows[0] and "geen opname" in past_rows[0]
    assert "14 januari 2026" in past_rows[1]
    assert past.select_one('a[href="https://video.example/opname-1"]') is not None
    # The mode is not repeated when the location already says it.
    assert [tr.select("td")[2].get_text(strip=True) for tr in upcoming.select("tbody tr")] == [
        "Online (Microsoft Teams)"
    ]
    assert past.select("tbody tr")[0].select("td")[2].get_text(strip=True) == "online"


def test_newest_answers_have_dutch_dates(site: Path) -> None:
    dates = [node.get_text(strip=True) for node in page(site, "vragen").select(".hub-latest__date time")]
    assert dates and "10 februari 2026" in dates
    assert not any("/" in date for date in dates)


def test_feed_lists_new_answers(site: Path) -> None:
    feed = ET.fromstring((site / "vragen" / "feed.xml").read_bytes())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = [e.findtext("a:title", namespaces=ns) for e in feed.findall("a:entry", ns)]
    assert sorted(titles) == ["Hoe differentieer ik bij kleuters?", "Hoe werken we aan taal in alle vakken?"]
    link = feed.find("a:entry/a:link", ns).get("href")
    assert link.startswith("https://example.invalid/vragen/")  # absolute: readers ignore a relative xml:base


def test_ask_page_searches_published_questions_and_links_the_form(site: Path) -> None:
    soup = page(site, "helpdesk")
    box = soup.select_one("[data-hub-ask]")
    assert box is not None and box.select_one("input[type=search]")["id"] == "hub-ask-input"
    assert soup.select_one('a[href="https://example.invalid/stel-je-vraag"]') is not None
    # It runs the site search (hub-search.js and its index): no separate data of its own.
    assert not box.has_attr("data-index") and not (site / "helpdesk" / "vragen-en-materialen.json").exists()
    scripts = [script["src"] for script in soup.select("script[src]")]
    assert any(src.endswith("hub-search.js") for src in scripts)
    assert any(src.endswith("hub-helpdesk.js") for src in scripts)
    assert (site / "search" / "index.json").exists()
    assert "Helpdesk Live: differentiëren" in soup.get_text()


def test_trends_page_has_an_svg_chart_and_a_table_and_is_not_indexed(site: Path) -> None:
    soup = page(site, "redactie/vragen")
    assert soup.select_one('meta[name="robots"]')["content"] == "noindex"
    svg = soup.select_one("svg.hub-trends__chart")
    assert svg["role"] == "img" and svg.title.get_text() == "Vragen per thema en per maand"
    table = {
        tr.th.get_text(strip=True): tr.select("td")[-2].get_text(strip=True)
        for tr in soup.select(".hub-trends__table tbody tr")
    }
    assert table.get("Doelgerichte differentiatie") is not None
    assert soup.select_one('.hub-crumbs a[href="../"]') is not None


def test_trends_page_counts_one_question_in_the_singular(site: Path) -> None:
    soup = page(site, "redactie/vragen")
    text = soup.select_one("svg.hub-trends__chart desc").get_text()
    assert re.search(r"\b1 vraag,", text), text
    assert not re.search(r"\b1 vragen\b", soup.get_text())


def test_not_found_page_is_dutch_and_its_search_stays_on_the_site(site: Path) -> None:
    soup = BeautifulSoup((site / "404.html").read_text(encoding="utf-8"), "html.parser")
    assert soup.h1.get_text(strip=True) == "Deze pagina bestaat niet (meer)"
    assert "Not found" not in soup.get_text()
    hrefs = [a["href"] for a in soup.select("article a[href]")]
    for url in ("/zoek/", "/materialen/", "/vragen/", "/aanbod/"):
        assert url in hrefs
    # base_url is "/" on this page: nothing may start with "//" (a browser reads that as a host).
    widget = soup.select_one("[data-hub-search]")
    assert widget["data-index"] == "/search/"
    actions = [form["action"] for form in soup.select("form")]
    assert actions and all(action == "/zoek/" for action in actions)
    assert not any(
        value.startswith("//")
        for tag in soup.find_all(True)
        for value in tag.attrs.values()
        if isinstance(value, str)
    )


def test_header_labels_are_dutch(site: Path) -> None:
    soup = page(site, "vragen")
    assert soup.select_one("header nav")["aria-label"] == "Sitekop"
    assert not soup.select('[aria-label="Header"]')
