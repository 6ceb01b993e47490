"""`hub diff BASE [HEAD]`: the pull-request summary, computed in a clean clone as CI runs it."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag
from click.testing import CliRunner, Result
from markdown_it import MarkdownIt

from hub.cli import hub
from tests.conftest import TODAY
from tests.editorial.repo import GitWorld, use_test_git, write_bank


def summary(markdown: str) -> BeautifulSoup:
    """The summary as GitHub shows it: Markdown rendered to HTML."""
    return BeautifulSoup(MarkdownIt("commonmark").enable("table").render(markdown), "html.parser")


def table_after(page: BeautifulSoup, heading: str) -> list[list[str]]:
    title = page.find(lambda tag: tag.name == "h3" and tag.get_text() == heading)
    assert title is not None, f"no section '{heading}'"
    table = title.find_next_sibling()
    assert isinstance(table, Tag) and table.name == "table", f"no table under '{heading}'"
    return [
        [cell.get_text(" ", strip=True) for cell in row.find_all("td")] for row in table.find_all("tr")[1:]
    ]


def section_text(page: BeautifulSoup, heading: str) -> str:
    title = page.find(lambda tag: tag.name == "h3" and tag.get_text() == heading)
    assert title is not None
    parts = []
    for sibling in title.find_next_siblings():
        if sibling.name == "h3":
            break
        parts.append(sibling.get_text(" ", strip=True))
    return "\n".join(parts)


def run_diff(content: Path, *args: str) -> Result:
    return CliRunner().invoke(hub, ["diff", "--content", str(content), "--today", TODAY.isoformat(), *args])


@pytest.fixture
def change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A pull request in a clean clone: main has the bank; branch 'wijziging' retires, adds, changes."""
    use_test_git(monkeypatch)
    origin = GitWorld(tmp_path / "origin")
    write_bank(origin)
    origin.material("weg", title="Een fiche die verdwijnt")
    origin.commit("de bank")
    origin.git("checkout", "-q", "-b", "wijziging")
    archived = CliRunner().invoke(
        hub, ["archive", "oud", "--replaced-by", "nieuw", "--content", str(origin.content)]
    )
    assert archived.exit_code == 0, archived.output
    origin.material("splinternieuw", title="Splinternieuwe fiche")
    origin.write(
        "materials/verwant.md", origin.text("materials/verwant.md").replace("Verwante fiche", "Beter verwant")
    )
    origin.question("kapot", materials="[bestaat-niet]")
    (origin.content / "materials" / "weg.md").unlink()
    origin.commit("snoeien")
    clone = tmp_path / "clone"
    origin.git("clone", "-q", "--branch", "wijziging", str(origin.root), str(clone))
    monkeypatch.chdir(clone)
    return clone / "content"


def test_summary_names_retired_added_and_changed_pages(change: Path) -> None:
    result = run_diff(change, "origin/main", "HEAD")
    assert result.exit_code == 0, result.output
    page = summary(result.stdout)
    assert table_after(page, "Pagina's uit de lucht") == [
        [
            "/materialen/oud/",
            "Oude fiche differentiatie",
            "verwijst door naar /materialen/nieuw/ (Nieuwe fiche differentiatie)",
        ],
        [
            "/materialen/weg/",
            "Een fiche die verdwijnt",
            "breekt : het bestand is verwijderd, de URL geeft 404 (archiveer met hub archive )",
        ],
    ]
    added = table_after(page, "Nieuwe pagina's")
    assert ["/materialen/splinternieuw/", "Splinternieuwe fiche", "material"] in added
    changed = {row[0]: row for row in table_after(page, "Gewijzigde pagina's")}
    assert changed["/materialen/verwant/"][1:] == ["Beter verwant (was: Verwante fiche)", "title, related"]
    assert changed["/vragen/vraag/"][2] == "materials"


def test_summary_says_what_would_break(change: Path) -> None:
    page = summary(run_diff(change, "origin/main").stdout)  # HEAD is the default
    breaking = section_text(page, "Wat zou breken")
    assert "/materialen/weg/" in breaking and "verwijderd" in breaking
    assert "content/qa/kapot.md:10 : HUB214 materials: er bestaat geen materiaal 'bestaat-niet'" in breaking
    assert "/materialen/oud/" not in breaking  # it redirects
    first = page.find("p").get_text()
    assert "2 uit de lucht (1 doorverwezen)" in first and "2 dingen breken" in first


def test_counts_per_collection_before_and_after(change: Path) -> None:
    page = summary(run_diff(change, "origin/main", "HEAD").stdout)
    rows = {row[0]: row[1:] for row in table_after(page, "Aantallen per collectie")}
    assert rows["Materialen"] == ["7", "6", "0", "1"]
    assert rows["Vragen"] == ["1", "2", "0", "0"]


def test_nothing_breaks_when_every_retired_page_redirects(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_test_git(monkeypatch)
    world = GitWorld(tmp_path)
    write_bank(world)
    world.commit("de bank")
    assert (
        CliRunner()
        .invoke(hub, ["archive", "oud", "--replaced-by", "nieuw", "--content", str(world.content)])
        .exit_code
        == 0
    )
    world.commit("oud gaat")
    monkeypatch.chdir(world.root)
    page = summary(run_diff(world.content, "HEAD~1").stdout)
    assert "Er breekt niets." in page.find("p").get_text()
    assert section_text(page, "Wat zou breken").startswith("Niets: elke URL die verdwijnt, verwijst door")


def test_prune_findings_the_change_adds_and_resolves(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_test_git(monkeypatch)
    world = GitWorld(tmp_path)
    world.material("oud-nagekeken", title="Lang niet nagekeken", reviewed="2023-01-01")
    world.commit("begin")
    world.write(
        "materials/oud-nagekeken.md",
        world.text("materials/oud-nagekeken.md").replace("2023-01-01", "2026-10-01"),
    )
    world.material("zonder-thema", title="Zonder thema", themes=None)
    world.commit("nagekeken")
    monkeypatch.chdir(world.root)
    page = summary(run_diff(world.content, "HEAD~1", "HEAD").stdout)
    text = section_text(page, "Snoeirapport")
    adds, resolves = text.split("Bevindingen die deze wijziging oplost:")
    assert "zonder-thema.md HUB503 orphan" in adds and "zonder-thema.md HUB504 weak-tags" in adds
    assert "oud-nagekeken.md HUB501 overdue" in resolves


def test_unknown_revision_and_outside_git_are_usage_errors(change: Path, tmp_path: Path) -> None:
    unknown = run_diff(change, "origin/bestaat-niet")
    assert unknown.exit_code == 2 and "onbekende revisie 'origin/bestaat-niet'" in unknown.stderr
    outside = tmp_path / "los" / "content"
    outside.mkdir(parents=True)
    result = run_diff(outside, "main")
    assert result.exit_code == 2 and "niet in een git-werkmap" in result.stderr


def test_summary_lists_the_session_evaluations_added_updated_and_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_test_git(monkeypatch)
    world = GitWorld(tmp_path / "repo")
    write_bank(world)
    for slug in ("opleiding-x", "opleiding-y", "opleiding-z"):
        world.evaluated_offering(slug, title=f"Opleiding {slug[-1].upper()}")
    world.effect("opleiding-x", responses=12)
    world.effect("opleiding-y", responses=20)
    world.commit("evaluaties")
    world.git("checkout", "-q", "-b", "nieuwe-export")
    world.effect("opleiding-x", responses=24)
    (world.content / "effects" / "opleiding-y" / "2026-05-20.yml").unlink()
    world.effect("opleiding-z", responses=30)
    world.commit("nieuwe export")
    monkeypatch.chdir(world.root)

    result = run_diff(world.content, "main", "HEAD")
    assert result.exit_code == 0, result.output
    page = summary(result.stdout)
    rows = table_after(page, "Sessie-evaluaties")
    assert [row[1:] for row in rows] == [
        ["Opleiding X", "2026-05-20", "bijgewerkt", "12 → 24 van 40 deelnemers"],
        ["Opleiding Y", "2026-05-20", "verwijderd", "20 van 40 deelnemers"],
        ["Opleiding Z", "2026-05-20", "nieuw", "30 van 40 deelnemers"],
    ]
    assert all(row[0].startswith("/aanbod/opleiding-") for row in rows)
    assert "3 sessie-evaluaties gewijzigd" in page.find("p").get_text()


def test_summary_has_no_evaluation_section_when_none_changed(change: Path) -> None:
    page = summary(run_diff(change, "origin/main", "HEAD").stdout)
    assert page.find(lambda tag: tag.name == "h3" and tag.get_text() == "Sessie-evaluaties") is None
    assert "sessie-evaluatie" not in page.find("p").get_text()
