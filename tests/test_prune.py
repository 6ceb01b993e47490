"""`hub prune`: each finding on a small tree, the three output forms, and the exit codes."""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from hub.cli import hub
from hub.load.loader import load_content
from hub.render.pages import site_paths
from hub.reports.findings import Finding
from hub.reports.prune import prune
from tests.conftest import TODAY, context_of
from tests.editorial.repo import GitWorld, use_test_git
from tests.world import World, material_text

BODIES = [
    "Leesmotivatie groeit wanneer leerlingen zelf boeken kiezen uit een rijke klasbibliotheek.",
    "Een goed mentoraat start met kennismaking, afspraken en een vast wekelijks gesprek.",
    "Data uit toetsen helpen het team om doelen te stellen en de aanpak bij te sturen.",
    "Een ICT-beleidsplan vertrekt van een visie op leren en een inventaris van de middelen.",
    "Samenwerkend leren vraagt duidelijke rollen, positieve wederzijdse afhankelijkheid en reflectie.",
    "Welbevinden meet je met korte bevragingen en gesprekken, niet met één enkele vragenlijst.",
    "Kleuters leren tellen in spel: tel samen de stappen, de blokken en de kinderen in de kring.",
    "Een zorgbeleid beschrijft de fasen van het zorgcontinuüm en wie wat doet in elke fase.",
]


def distinct(title: str, index: int, **overrides: object) -> str:
    """A material whose text shares nothing with the others (so no duplicate finding)."""
    words = BODIES[index].split()
    text = material_text(title, description=f"'{BODIES[index]}'", **overrides)
    return text.replace("Begin bij het doel van de les.", " ".join(reversed(words)))


def with_body(text: str, first: str) -> str:
    """TEXT with FIRST as the first lines of its body (the body starts at file line 14)."""
    return text.replace("---\n\n", f"---\n\n{first}\n\n", 1)


def findings_of(world: World, name: str, **kwargs: object) -> list[Finding]:
    catalog, _ = load_content(world.content)
    kwargs.setdefault("generated", lambda: site_paths(context_of(catalog, world.content)))
    found = prune(catalog, world.content, TODAY, **kwargs)  # type: ignore[arg-type]
    return [f for f in found if f.finding == name]


def slugs(findings: list[Finding]) -> set[str]:
    return {f.slug for f in findings}


def run(world: World, *args: str) -> Result:
    return CliRunner().invoke(
        hub, ["prune", "--content", str(world.content), "--today", TODAY.isoformat(), *args]
    )


def test_overdue_uses_review_months_and_the_type_defaults(world: World) -> None:
    world.material("te-laat", distinct("Te laat", 0, reviewed="2024-01-01"))
    world.material("clip", distinct("Een kennisclip", 1, reviewed="2024-01-01", type="kennisclip"))
    world.material("eigen-termijn", distinct("Eigen termijn", 2, reviewed="2026-01-01", review_months=6))
    world.question("vraag", reviewed="2025-06-01")
    found = findings_of(world, "overdue")
    assert slugs(found) == {"te-laat", "eigen-termijn", "vraag"}  # a kennisclip runs 36 months
    late = next(f for f in found if f.slug == "te-laat")
    assert (
        late.detail
        == "de review was gepland op 2026-01-01 (laatste review 2024-01-01, om de 24 maanden): kijk het item na of archiveer het"
    )
    assert (late.path, late.line) == ("content/materials/te-laat.md", 6)


def test_duplicate_names_the_other_item_and_is_reported_once_per_pair(world: World) -> None:
    world.material("eerste", reviewed="2025-03-01")
    world.material("tweede", reviewed="2026-01-15")
    world.material("anders", distinct("Iets heel anders", 3))
    found = findings_of(world, "duplicate")
    assert len(found) == 1
    assert found[0].slug == "eerste"  # reviewed longest ago: the likelier one to go
    assert "lijkt sterk op 'tweede'" in found[0].detail
    assert found[0].about == "tweede"


def test_orphan_is_an_unthemed_material_nothing_points_to(world: World) -> None:
    world.material("alleen", distinct("Alleen", 0, themes=None))
    world.material("gevraagd", distinct("Gevraagd", 1, themes=None))
    world.material("met-thema", distinct("Met thema", 2))
    world.question("vraag", materials="[gevraagd]")
    assert slugs(findings_of(world, "orphan")) == {"alleen"}


def test_weak_tags_only_rubrieken_or_no_theme(world: World) -> None:
    world.material("rubriek", distinct("Enkel rubriek", 0, rok="[ontwikkeling, beleid]"))
    world.material("geen-thema", distinct("Geen thema", 1, themes=None))
    world.material("precies", distinct("Precies getagd", 2, rok="[differentiatie-kv, beleid]"))
    found = {f.slug: f.detail for f in findings_of(world, "weak-tags")}
    assert set(found) == {"rubriek", "geen-thema"}
    assert found["rubriek"].startswith("alleen R-OK-rubrieken (ontwikkeling, beleid)")
    assert found["geen-thema"] == "geen thema: voeg themes toe"


def test_broken_link_resolves_links_as_the_site_serves_them(world: World) -> None:
    world.material("doel", distinct("Doel", 0))
    world.question("vraag")
    body = "\n".join(
        [
            "[goed](../doel/) [ook goed](doel.md) [vraag](../../vragen/vraag/) [anker](#deel)",
            "[thema](../thema/differentiatie/) [start](/) [vragen](../../vragen/)",
            "",
            "[weg](../bestaat-niet/)",
            "",
            "[verkeerd](../materialen/doel/)",
            "",
            "[extern](https://example.invalid/niet-nagekeken)",
        ]
    )
    world.material("links", with_body(distinct("Met links", 1), body))
    found = findings_of(world, "broken-link")
    assert [(f.slug, f.line) for f in found] == [("links", 17), ("links", 19)]  # file lines
    assert found[0].detail == "'../bestaat-niet/' leidt naar geen enkele pagina (/materialen/bestaat-niet/)"
    assert found[1].detail.endswith("bedoel je '../doel/'?")


def test_broken_link_to_a_retired_page_without_successor(world: World) -> None:
    world.material("weg", distinct("Weg", 0))
    world.write("archive/materials/oud.md", distinct("Oud", 1, status="archived"))
    world.material("wijst", with_body(distinct("Wijst", 2), "[oud](../oud/)"))
    found = findings_of(world, "broken-link")
    assert [f.detail for f in found] == [
        "'../oud/' leidt naar een gearchiveerde pagina zonder opvolger (/materialen/oud/): "
        "verwijder of vervang de link"
    ]


class _Answers(BaseHTTPRequestHandler):
    def do_HEAD(self) -> None:
        self.send_response(200 if self.path == "/goed" else 404)
        self.end_headers()

    do_GET = do_HEAD

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def loopback() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Answers)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_external_links_are_checked_only_online(world: World, loopback: str) -> None:
    links = f"[goed]({loopback}/goed) [kapot]({loopback}/kapot)"
    world.material("extern", with_body(distinct("Extern", 0), links))
    assert findings_of(world, "broken-link") == []
    found = findings_of(world, "broken-link", online=True)
    assert [f.detail for f in found] == [f"'{loopback}/kapot' is niet bereikbaar (antwoordt met HTTP 404)"]


def test_large_file_over_ten_megabytes(world: World) -> None:
    for name, size in (("groot.pdf", 11 * 1024 * 1024), ("klein.pdf", 1024)):
        path = world.write(f"materials/files/{name}", b"")
        with path.open("r+b") as handle:
            handle.truncate(size)  # sparse: fast, and its size is what counts
    attachments = "[{file: groot.pdf, title: Groot}, {file: klein.pdf, title: Klein}]"
    world.material("bijlagen", distinct("Bijlagen", 0, attachments=attachments))
    found = findings_of(world, "large-file")
    assert [(f.slug, f.detail) for f in found] == [
        ("bijlagen", "'groot.pdf' is 11.0 MB (meer dan 10 MB): comprimeer het of link ernaar")
    ]


def test_stale_draft_from_git_history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_test_git(monkeypatch)
    world = GitWorld(tmp_path)
    world.material("vergeten", distinct("Vergeten", 0, status="draft"))
    world.commit("oude concepten", date="2026-01-10")
    world.material("recent", distinct("Recent", 1, status="draft"))
    world.commit("nieuw concept", date="2026-11-01")
    os.utime(world.content / "materials" / "recent.md", (0, 0))  # git history wins over file times
    found = findings_of(world, "stale-draft")
    assert [(f.slug, f.detail) for f in found] == [
        ("vergeten", "ongewijzigd sinds 2026-01-10 (git): werk het concept af of verwijder het")
    ]


def test_stale_draft_from_file_time_outside_git(world: World) -> None:
    path = world.material("vergeten", distinct("Vergeten", 0, status="draft"))
    world.material("vers", distinct("Vers", 1, status="draft"))
    old = dt.datetime(2025, 12, 1, 12, 0).timestamp()
    os.utime(path, (old, old))
    found = findings_of(world, "stale-draft")
    assert [(f.slug, f.detail) for f in found] == [
        ("vergeten", "ongewijzigd sinds 2025-12-01 (bestandstijd): werk het concept af of verwijder het")
    ]


def _two_teams(world: World) -> None:
    world.material("te-laat", distinct("Te laat", 0, reviewed="2024-01-01"))
    world.question("vraag", reviewed="2025-01-01")


def test_text_output_and_exit_0_with_findings(world: World) -> None:
    _two_teams(world)
    result = run(world)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].startswith(
        "content/materials/te-laat.md:6:1: HUB501 overdue: Te laat: de review was gepland"
    )
    assert result.stderr.strip() == "2 bevindingen: 2 overdue"


def test_json_is_an_array_with_the_contract_keys(world: World) -> None:
    _two_teams(world)
    for args in (["--json"], ["--format", "json"]):
        result = run(world, *args)
        assert result.exit_code == 0
        rows = json.loads(result.stdout)
        assert [(r["slug"], r["kind"], r["finding"]) for r in rows] == [
            ("te-laat", "material", "overdue"),
            ("vraag", "qa", "overdue"),
        ]
        assert {"slug", "kind", "title", "finding", "detail"} <= set(rows[0])
        assert {"code", "path", "line", "column", "severity", "message"} <= set(rows[0])
        assert (rows[0]["code"], rows[0]["path"], rows[0]["line"], rows[0]["severity"]) == (
            "HUB501",
            "content/materials/te-laat.md",
            6,
            "warning",
        )
        assert rows[0]["message"] == rows[0]["detail"] and rows[0]["column"] >= 1


def test_markdown_groups_findings_by_owning_team(world: World) -> None:
    _two_teams(world)
    result = run(world, "--format", "markdown")
    assert result.exit_code == 0
    sections = result.stdout.split("\n## ")
    curriculum = next(s for s in sections if s.startswith("Team curriculum"))
    helpdesk = next(s for s in sections if s.startswith("Helpdesk"))
    assert "Te laat" in curriculum and "vraag.md" not in curriculum
    assert "vraag.md" in helpdesk and "Te laat" not in helpdesk


def test_usage_errors_exit_2(world: World) -> None:
    assert run(world, "--json", "--format", "markdown").exit_code == 2
    bad_date = CliRunner().invoke(hub, ["prune", "--content", str(world.content), "--today", "23-11-2026"])
    assert bad_date.exit_code == 2
    missing = CliRunner().invoke(hub, ["prune", "--content", str(world.root / "nergens")])
    assert missing.exit_code == 2


def test_a_clean_bank_has_no_findings(world: World) -> None:
    world.material("een", distinct("Een", 0))
    world.material("twee", distinct("Twee", 1))
    result = run(world)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr.strip() == "0 bevindingen"
