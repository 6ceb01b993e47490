"""Drafts are private: no file of a built site holds a draft's title, slug, text or e-mail address.

The editors' page /redactie/ counts drafts per team; only `hub prune` on the command line names them.
"""

from __future__ import annotations

import datetime as dt
import gzip
import os
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from hub.load.loader import load_content
from hub.reports.prune import prune
from tests.conftest import TODAY
from tests.editorial.repo import build
from tests.world import World, question_text

EMAIL = "juf.quirina@school-voorbeeld.be"
DRAFT_TITLE = f"Mag ik zebravinken meenemen naar de klas? Mail {EMAIL}"
DRAFT_SLUG = "zebravinken-in-de-klas"
DRAFT_ANSWER = "Antwoord in opbouw over xylofoonkoekjes."
MATERIAL_DRAFT_SLUG = "okapi-concept"
MATERIAL_DRAFT_TITLE = "Okapiconcept voor de redactie"
FRESH = dt.datetime.combine(TODAY, dt.time(9)).timestamp()  # edited on the day the tests live on
OLD = FRESH - 400 * 24 * 3600  # more than six months before: a stale draft


def _world(root: Path) -> World:
    world = World(root)
    world.material("hoeken", title="Hoeken inrichten in de kleuterklas")
    world.question("kleuters", title="Hoe differentieer ik bij kleuters?")
    stale = world.question(
        DRAFT_SLUG,
        text=question_text(title=f"'{DRAFT_TITLE}'", status="draft", answered=None).replace(
            "Werk met hoeken en kies per hoek een doel.", DRAFT_ANSWER
        ),
    )
    os.utime(stale, (OLD, OLD))
    fresh = world.material(
        MATERIAL_DRAFT_SLUG,
        title=MATERIAL_DRAFT_TITLE,
        status="draft",
        description="Een concept dat nog lang niet klaar is voor de materialenbank.",
    )
    os.utime(fresh, (FRESH, FRESH))
    return world


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[World, Path]:
    world = _world(tmp_path_factory.mktemp("drafts"))
    result, site = build(world)
    assert result.exit_code == 0, result.output
    return world, site


def _texts(site: Path) -> dict[str, str]:
    texts = {}
    for path in site.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if path.suffix == ".gz":
                data = gzip.decompress(data)
            texts[str(path.relative_to(site))] = data.decode("utf-8", errors="ignore").lower()
    return texts


def test_the_fixture_really_has_a_stale_draft(built: tuple[World, Path]) -> None:
    world, _ = built
    catalog, _ = load_content(world.content)
    stale = [f for f in prune(catalog, world.content, TODAY) if f.finding == "stale-draft"]
    assert [f.slug for f in stale] == [DRAFT_SLUG]
    assert stale[0].title == DRAFT_TITLE  # hub prune (the command line) still names it


@pytest.mark.parametrize(
    "secret",
    [
        DRAFT_TITLE,
        "zebravinken",
        DRAFT_SLUG,
        EMAIL,
        "quirina",
        "xylofoonkoekjes",
        MATERIAL_DRAFT_SLUG,
        "okapiconcept",
    ],
)
def test_no_file_of_the_site_holds_a_draft(built: tuple[World, Path], secret: str) -> None:
    _, site = built
    texts = _texts(site)
    assert any("hoeken inrichten in de kleuterklas" in text for text in texts.values())  # a real site
    leaks = sorted(name for name, text in texts.items() if secret.lower() in text)
    assert leaks == [], f"{secret!r} is published in {leaks}"


def _dashboard(site: Path) -> BeautifulSoup:
    return BeautifulSoup((site / "redactie" / "index.html").read_text(encoding="utf-8"), "html.parser")


def test_the_dashboard_counts_drafts_per_team(built: tuple[World, Path]) -> None:
    _, site = built
    page = _dashboard(site)
    table = page.find("caption", string="Concepten per team").parent
    rows = {
        row.th.get_text(strip=True): [td.get_text(strip=True) for td in row.find_all("td")]
        for row in table.tbody.find_all("tr")
    }
    # Per team: all drafts, and how many of them are stale (unchanged for six months).
    assert rows == {"Team curriculum": ["1", "0"], "Helpdesk": ["1", "1"]}
    assert "hub prune" in page.find(id="concepten").find_next("p").get_text()


def test_the_dashboard_lists_no_stale_draft_by_name(built: tuple[World, Path]) -> None:
    _, site = built
    page = _dashboard(site)
    assert page.find(id="snoei-stale-draft") is None
    assert not page.find_all("a", href=lambda h: h and DRAFT_SLUG in h)
