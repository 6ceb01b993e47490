"""`hub archive`: refusal that names every referrer, and a retirement that rewrites, moves and redirects."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner, Result

from hub.cli import hub
from tests.conftest import errors_of
from tests.editorial.repo import GitWorld, build, use_test_git, write_bank
from tests.world import World


@pytest.fixture
def bank(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitWorld:
    use_test_git(monkeypatch)
    world = GitWorld(tmp_path)
    write_bank(world)
    world.commit("de bank")
    return world


def archive(world: World, *args: str) -> Result:
    return CliRunner().invoke(hub, ["archive", "--content", str(world.content), *args])


def test_refuses_without_successor_and_names_every_referrer(bank: GitWorld) -> None:
    result = archive(bank, "oud")
    assert result.exit_code == 1
    assert "hub: HUB601 'oud' wordt nog gebruikt" in result.stderr
    for where in (
        "content/materials/leerpad.md:15:5: HUB601 steps.material: verwijst naar 'oud'",
        "content/materials/nieuw.md:12:11: HUB601 related: verwijst naar 'oud'",
        "content/materials/verwant.md:12:18: HUB601 related: verwijst naar 'oud'",
        "content/materials/zelfscan.md:18:19: HUB601 scan.dimensions.recommend: verwijst naar 'oud'",
        "content/qa/vraag.md:10:13: HUB601 materials: verwijst naar 'oud'",
    ):
        assert where in result.stderr
    assert bank.git("status", "--porcelain", "--", "content") == ""


def test_retires_with_successor_rewriting_only_the_references(bank: GitWorld) -> None:
    result = archive(bank, "oud", "--replaced-by", "nieuw")
    assert result.exit_code == 0, result.output
    assert "/materialen/oud/ verwijst nu door naar /materialen/nieuw/" in result.stdout
    assert bank.changed_lines() == {
        "content/archive/materials/oud.md": [
            "-status: published",
            "+status: archived",
            "+replaced_by: nieuw",
        ],
        "content/materials/leerpad.md": ["-  - material: oud", "+  - material: nieuw"],
        "content/materials/nieuw.md": ["-related: [oud]", "+related: []"],  # it would refer to itself
        "content/materials/verwant.md": ["-related: [basis, oud]", "+related: [basis, nieuw]"],
        "content/materials/zelfscan.md": [
            "-      recommend: ['oud', basis]",
            "+      recommend: ['nieuw', basis]",
        ],
        "content/qa/vraag.md": ["-materials: [oud]", "+materials: [nieuw]"],
    }
    assert '"Probeer het uit in je klas."   # de oude fiche' in bank.text("materials/leerpad.md")
    assert not (bank.content / "materials" / "oud.md").exists()
    assert errors_of(bank) == []


def test_the_move_is_a_git_rename_so_history_follows(bank: GitWorld) -> None:
    result = archive(bank, "oud", "--replaced-by", "nieuw")
    assert result.exit_code == 0 and "(met git mv)" in result.stdout
    staged = bank.git("diff", "--cached", "--name-status", "-M")
    assert "R" in staged and "content/materials/oud.md\tcontent/archive/materials/oud.md" in staged


def test_the_built_site_redirects_the_old_url_to_the_successor(bank: GitWorld) -> None:
    assert archive(bank, "oud", "--replaced-by", "nieuw").exit_code == 0
    result, site = build(bank)
    assert result.exit_code == 0, result.output
    page = BeautifulSoup((site / "materialen/oud/index.html").read_text(encoding="utf-8"), "html.parser")
    refresh = page.find("meta", attrs={"http-equiv": "refresh"})
    assert refresh is not None and refresh["content"].endswith("url=../nieuw/")
    assert page.find("link", rel="canonical")["href"] == "../nieuw/"
    assert page.find("a")["href"] == "../nieuw/"
    leerpad = BeautifulSoup(
        (site / "materialen/leerpad/index.html").read_text(encoding="utf-8"), "html.parser"
    )
    hrefs = {a["href"] for a in leerpad.find_all("a", href=True)}
    assert not any("/oud/" in href or href.endswith("oud/") for href in hrefs)


def test_refuses_a_successor_that_does_not_exist_or_is_a_draft(bank: GitWorld) -> None:
    bank.material("concept", status="draft")
    missing = archive(bank, "oud", "--replaced-by", "nieuwe")
    assert missing.exit_code == 1
    assert (
        "HUB603 geen live materiaal 'nieuwe' om naar door te verwijzen (bedoel je 'nieuw'?)" in missing.stderr
    )
    draft = archive(bank, "oud", "--replaced-by", "concept")
    assert draft.exit_code == 1
    assert "'concept' is een concept" in draft.stderr
    assert (bank.content / "materials" / "oud.md").exists()
    assert bank.git("status", "--porcelain", "--", "content/materials/oud.md") == ""


def test_an_unreferenced_item_retires_without_successor(bank: GitWorld) -> None:
    result = archive(bank, "basis", "--kind", "material")
    assert result.exit_code == 1  # the leerpad and verwant still point to it
    bank.material("los", title="Een losse fiche")
    result = archive(bank, "los")
    assert result.exit_code == 0, result.output
    assert "/materialen/los/ toont nu een pagina 'niet meer beschikbaar'" in result.stdout
    assert "(hernoemd, git volgt het bestand niet)" in result.stdout  # never committed: a plain rename
    archived = bank.text("archive/materials/los.md")
    assert "status: archived" in archived and "replaced_by" not in archived
    assert errors_of(bank) == []


def test_archived_items_that_redirected_here_follow_to_the_successor(bank: GitWorld) -> None:
    bank.write(
        "archive/materials/ouder.md",
        bank.text("materials/basis.md").replace(
            "status: published", "status: archived\nreplaced_by: oud  # was al eens vervangen"
        ),
    )
    bank.commit("een oudere fiche")
    assert archive(bank, "oud", "--replaced-by", "nieuw").exit_code == 0
    assert "replaced_by: nieuw  # was al eens vervangen" in bank.text("archive/materials/ouder.md")
    assert errors_of(bank) == []


def test_a_leerpad_step_is_dropped_when_the_successor_is_already_a_step(bank: GitWorld) -> None:
    assert archive(bank, "oud", "--replaced-by", "basis").exit_code == 0
    leerpad = bank.text("materials/leerpad.md")
    assert "material: oud" not in leerpad and "de oude fiche" not in leerpad
    assert leerpad.count("material: basis") == 1
    assert "related: [basis]" in bank.text("materials/verwant.md")
    assert errors_of(bank) == []


def test_crlf_and_bom_survive(bank: GitWorld) -> None:
    path = bank.content / "qa" / "vraag.md"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    assert archive(bank, "oud", "--replaced-by", "nieuw").exit_code == 0
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf---\r\n") and b"materials: [nieuw]\r\n" in data
    assert b"\n" not in data.replace(b"\r\n", b"")


def test_unknown_and_ambiguous_slugs(bank: GitWorld) -> None:
    unknown = archive(bank, "oude")
    assert unknown.exit_code == 1 and "HUB603 geen live item 'oude' (bedoel je 'oud'?)" in unknown.stderr
    bank.question("oud")
    both = archive(bank, "oud", "--replaced-by", "nieuw")
    assert both.exit_code == 1 and "--kind" in both.stderr
    assert archive(bank, "oud", "--kind", "boek").exit_code == 2


def test_a_failed_move_puts_every_file_back(bank: GitWorld, monkeypatch: pytest.MonkeyPatch) -> None:
    from hub.reports import git

    def refuse(source: Path, target: Path) -> str:
        raise git.GitError("git mv failed: the disk is full")

    monkeypatch.setattr(git, "move", refuse)
    result = archive(bank, "oud", "--replaced-by", "nieuw")
    assert result.exit_code == 1
    assert "er is niets veranderd: git mv failed: the disk is full" in result.stderr
    assert bank.git("status", "--porcelain", "--", "content") == ""
