"""The site built from a small world whose evaluations were imported from exports full of personal
data: the offering page, the fiche's roll-up, the printable evaluation page with its QR code, and no
trace of a name, e-mail address, response id or open answer in any built file."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
import segno
from bs4 import BeautifulSoup
from click.testing import CliRunner

from hub.cli import hub
from hub.load.loader import load_content
from hub.render.effect_pages import BAR_WIDTH, sheets, stacked_bar
from tests.conftest import ROOT, TODAY, context_of
from tests.effects.exports import EMAILS, IDS, NAMES, OPEN_ANSWERS, TWELVE, answers_to_rows, write_csv
from tests.world import World

QUESTIONNAIRE = "https://forms.example.org/edbi/opleiding-x"
SESSIONS = (
    "[{start: 2026-05-20T09:00, end: 2026-05-20T16:00, mode: online},"
    " {start: 2027-01-14T09:00, end: 2027-01-14T16:00, mode: online}]"
)


def _import(world: World, export: Path, offering: str, participants: int) -> None:
    args = ["effect", "import", str(export), "--content", str(world.content), "--offering", offering]
    args += ["--participants", str(participants), "--today", TODAY.isoformat()]
    args += ["--open-answers", str(world.root / f"open-{offering}.csv")]
    result = CliRunner().invoke(hub, args)
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, World]:
    root = tmp_path_factory.mktemp("effects")
    world = World(root)
    world.evaluated_offering(sessions=SESSIONS, evaluation_url=QUESTIONNAIRE)
    world.offering(
        "opleiding-klein",
        title="Een kleine opleiding",
        sessions="[{start: 2026-10-01T09:00, end: 2026-10-01T16:00, mode: online}]",
    )
    _import(world, write_csv(root / "groot.csv", answers_to_rows(TWELVE)), "opleiding-x", 40)
    few = answers_to_rows([[4, 5, 3, 4, 2], [4, 4, 3, 4, 2], [5, 4, 3, 4, 2]])
    for row in few:
        row[1] = row[2] = "01/10/2026 16:30"
    _import(world, write_csv(root / "klein.csv", few), "opleiding-klein", 18)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    args = [
        "build",
        "--content",
        str(world.content),
        "--site-dir",
        str(root / "site"),
        "--today",
        TODAY.isoformat(),
    ]
    result = CliRunner().invoke(hub, [*args, "--config", str(ROOT / "mkdocs.yml")])
    assert result.exit_code == 0, result.output
    return root / "site", world


def _soup(site: Path, uri: str) -> BeautifulSoup:
    return BeautifulSoup((site / uri / "index.html").read_text(encoding="utf-8"), "html.parser")


def test_the_offering_page_shows_the_verdict_and_a_bar_per_core_question(built: tuple[Path, World]) -> None:
    page = _soup(built[0], "aanbod/opleiding-x")
    section = page.select_one("section.hub-evaluation")
    assert section is not None and section.h2.get_text() == "Evaluatie door de deelnemers"
    [session] = section.select("section.hub-eval")
    assert session.h3.get_text(" ", strip=True) == "Sessie van 20 mei 2026"
    response = " ".join(session.select_one(".hub-eval__response").get_text(" ", strip=True).split())
    assert response == (
        "12 van de 40 deelnemers vulden de bevraging in (30%). De norm vraagt 20 antwoorden: lees met voorzichtigheid ."
    )
    questions = [q.get_text(strip=True) for q in session.select(".hub-eval__question")]
    assert questions == [
        "Ik ben tevreden over deze begeleiding.",
        "Deze begeleiding is bruikbaar in mijn praktijk.",
        "Ik heb nieuwe dingen geleerd.",
        "Ik wil het geleerde uitproberen.",
    ]  # the core questions only
    bars = session.select("svg.hub-eval__bar")
    assert len(bars) == 4 and all(bar["aria-hidden"] == "true" for bar in bars)
    widths = [float(rect["width"]) for rect in bars[0].select("rect")]
    assert [round(w) for w in widths] == [25, 50, 100, 125] and round(sum(widths)) == BAR_WIDTH
    agree = session.select(".hub-eval__agree")[0].get_text(" ", strip=True)
    assert agree == "75% akkoord of helemaal akkoord (9 van 12)"
    table = session.select_one(".hub-sr table")
    assert [th.get_text() for th in table.select("thead th")][1:] == [
        "Helemaal niet akkoord",
        "Niet akkoord",
        "Neutraal",
        "Akkoord",
        "Helemaal akkoord",
        "Akkoord of helemaal akkoord",
    ]
    first = [td.get_text() for td in table.select("tbody tr")[0].select("td")]
    assert first == ["0", "1", "2", "4", "5", "75% (9 van 12)"]


def test_under_five_answers_the_page_shows_counts_only(built: tuple[Path, World]) -> None:
    page = _soup(built[0], "aanbod/opleiding-klein")
    session = page.select_one("section.hub-eval")
    text = session.get_text(" ", strip=True)
    assert "3 van de 18 deelnemers" in text and "lees met voorzichtigheid" in text
    assert "Minder dan 5 antwoorden: we tonen alleen de aantallen, geen percentages." in text
    assert session.select("svg") == [] and session.select(".hub-eval__agree") == []
    assert not re.search(r"\d+%", text.replace("(17%)", ""))
    rows = [
        [c.get_text() for c in tr.select("th, td")]
        for tr in session.select("table.hub-eval__counts tbody tr")
    ]
    assert rows[0] == ["Ik ben tevreden over deze begeleiding.", "0", "0", "0", "2", "1"]


def test_an_offering_without_evaluations_shows_none(world: World) -> None:
    from hub.render.offering_pages import offering_pages
    from hub.render.pages import PageSpec

    world.evaluated_offering()
    catalog, _ = load_content(world.content)
    [page] = [p for p in offering_pages(context_of(catalog, world.content)) if isinstance(p, PageSpec)]
    assert page.context["evaluations"] == [] and page.context["evaluation_print_url"] is None


def test_the_fiche_shows_the_roll_up_per_school_year_against_the_target(built: tuple[Path, World]) -> None:
    page = _soup(built[0], "kwaliteit/opleiding")
    table = page.select_one("table.hub-rollup")
    assert table is not None
    header = [th.get_text(" ", strip=True) for th in table.select("thead th")]
    assert header == [
        "Schooljaar",
        "Activiteiten",
        "Deelnemers",
        "Antwoorden",
        "Tevreden",
        "Bruikbaar",
        "Nieuwe dingen geleerd",
        "Wil het uitproberen",
        "Doel 85% tevreden",
    ]
    rows = [[c.get_text(" ", strip=True) for c in tr.select("th, td")] for tr in table.select("tbody tr")]
    assert rows[0][:4] == ["2026-2027", "1", "18", "3 (17%)"]
    assert rows[0][4] == "– te weinig antwoorden" and rows[0][-1] == "te weinig antwoorden"
    assert rows[1] == ["2025-2026", "1", "40", "12 (30%)", "75%", "75%", "75%", "83%", "niet gehaald"]


def _dark_modules(svg: str) -> set[tuple[int, int]]:
    """The dark modules of segno's SVG path ('M4 4.5h7m1 0h2...'), in module coordinates."""
    path = re.search(r'stroke="#000" d="([^"]+)"', svg)
    assert path is not None
    dark: set[tuple[int, int]] = set()
    x = y = 0.0
    for command, a, b in re.findall(r"([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?", path.group(1)):
        if command == "M":
            x, y = float(a), float(b)
        elif command == "m":
            x, y = x + float(a), y + float(b)
        else:
            dark.update((int(x) + i, int(y)) for i in range(int(float(a))))
            x += float(a)
    return dark


def test_the_printable_page_has_title_session_qr_code_and_short_url(built: tuple[Path, World]) -> None:
    site = built[0]
    page = _soup(site, "aanbod/opleiding-x/evaluatie")
    assert page.select_one('meta[name="robots"]')["content"] == "noindex"
    [sheet] = page.select("section.hub-eval-sheet")  # the coming session only
    assert sheet.h1.get_text() == "Opleiding met een evaluatie"
    assert (
        sheet.select_one(".hub-eval-sheet__session").get_text()
        == "Sessie van donderdag 14 januari 2027, 09:00–16:00"
    )
    link = sheet.select_one(".hub-eval-sheet__url a")
    assert (link["href"], link.get_text()) == (QUESTIONNAIRE, "forms.example.org/edbi/opleiding-x")
    image = sheet.select_one("img.hub-eval-sheet__qr")
    assert image["alt"] == "QR-code naar de vragenlijst: forms.example.org/edbi/opleiding-x"
    svg = (site / "aanbod/opleiding-x/evaluatie" / image["src"]).read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "<script" not in svg
    matrix = segno.make(QUESTIONNAIRE, error="m", micro=False).matrix
    expected = {(x + 4, y + 4) for y, row in enumerate(matrix) for x, dark in enumerate(row) if dark}
    assert _dark_modules(svg) == expected
    offering = _soup(site, "aanbod/opleiding-x")
    assert offering.select_one(".hub-eval__print a")["href"].endswith("/aanbod/opleiding-x/evaluatie/")
    assert not (site / "aanbod/opleiding-klein/evaluatie").exists()


def test_no_name_email_id_or_open_answer_reaches_content_or_the_site(built: tuple[Path, World]) -> None:
    site, world = built
    secrets = [*NAMES, *EMAILS, *IDS, *(answer[:25] for answer in OPEN_ANSWERS), "Peeters", "El Idrissi"]
    leaks = []
    for folder in (site, world.content):
        for path in folder.rglob("*"):
            if path.is_file():
                text = path.read_bytes().decode("utf-8", errors="ignore").lower()
                leaks += [f"{path}: {s}" for s in secrets if s.lower() in text]
    assert leaks == []
    # The begeleider's file has the answers (without the personal data).
    assert "Meer tijd voor de casussen." in (world.root / "open-opleiding-x.csv").read_text(
        encoding="utf-8-sig"
    )


def test_a_stacked_bar_leaves_out_empty_points_and_fills_the_width() -> None:
    bar = stacked_bar((0, 1, 0, 2, 1))
    assert [s["count"] for s in bar] == [1, 2, 1]
    assert [s["fill"] for s in bar] == ["#ef8a62", "#67a9cf", "#2166ac"]
    assert bar[-1]["x"] + bar[-1]["width"] == pytest.approx(BAR_WIDTH)


def test_sheets_are_the_coming_sessions_with_their_own_or_the_offerings_questionnaire(world: World) -> None:
    sessions = (
        "[{start: 2026-05-20T09:00, end: 2026-05-20T16:00, mode: online},"
        " {start: 2027-01-14T09:00, end: 2027-01-14T16:00, mode: online, evaluation_url: 'https://forms.example.org/jan'},"
        " {start: 2027-02-14T09:00, end: 2027-02-14T16:00, mode: online}]"
    )
    world.evaluated_offering(sessions=sessions, evaluation_url="https://forms.example.org/alle")
    catalog, _ = load_content(world.content)
    offering = catalog.offerings["opleiding-x"]
    coming = sheets(context_of(catalog, world.content), offering)
    assert [s["url"] for s in coming] == ["https://forms.example.org/jan", "https://forms.example.org/alle"]
    later = context_of(catalog, world.content, now=dt.datetime(2027, 6, 1))
    assert [s["url"] for s in sheets(later, offering)] == ["https://forms.example.org/alle"]
