"""`hub withdraw`: the file stays, four lines change, the page says "Niet meer actueel"; `hub archive
--reason`; `hub diff` reports withdrawals with their reason."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner, Result
from markdown_it import MarkdownIt

from hub.cli import hub
from tests.checking import the_problem
from tests.conftest import TODAY, errors_of, warnings_of
from tests.editorial.repo import GitWorld, use_test_git, write_bank
from tests.world import World

REASON = "Verouderd: vervangen door de nieuwe fiche."


@pytest.fixture
def bank(tmp_path, monkeypatch: pytest.MonkeyPatch) -> GitWorld:
    use_test_git(monkeypatch)
    world = GitWorld(tmp_path)
    write_bank(world)
    world.commit("de bank")
    return world


def withdraw(world: World, *args: str) -> Result:
    return CliRunner().invoke(
        hub, ["withdraw", "--content", str(world.content), "--today", "2026-11-20", *args]
    )


def test_withdraw_changes_only_the_lifecycle_lines_and_keeps_the_file(bank: GitWorld) -> None:
    result = withdraw(bank, "oud", "--reason", REASON, "--replaced-by", "nieuw")
    assert result.exit_code == 0, result.output
    assert bank.changed_lines() == {
        "content/materials/oud.md": [
            "-status: published",
            "+status: withdrawn",
            "+withdrawn: 2026-11-20",
            f'+withdrawn_reason: "{REASON}"',  # quoted: the reason holds ': '
            "+replaced_by: nieuw",
        ]
    }
    assert (bank.content / "materials" / "oud.md").exists()
    assert "/materialen/oud/ blijft bestaan met 'Niet meer actueel' en een link naar de opvolger 'nieuw'" in (
        result.stdout
    )
    # The published items that still point to it are named, as `hub check` will warn about them.
    assert (
        "content/materials/leerpad.md:15:5: HUB230 (waarschuwing) steps: 'oud' is ingetrokken"
        in result.stdout
    )
    assert "content/qa/vraag.md:10:13: HUB230" in result.stdout
    assert errors_of(bank) == []


def test_withdraw_without_successor_keeps_comments_and_line_endings(bank: GitWorld) -> None:
    path = bank.content / "materials" / "basis.md"
    text = bank.text("materials/basis.md").replace(
        "status: published", "status: published   # live sinds 2024"
    )
    path.write_bytes(text.replace("\n", "\r\n").encode())
    bank.commit("crlf")
    assert withdraw(bank, "basis", "--reason", "Het leerplan is vervangen.").exit_code == 0
    data = path.read_bytes()
    assert b"status: withdrawn   # live sinds 2024\r\nwithdrawn: 2026-11-20\r\n" in data
    assert b"withdrawn_reason: Het leerplan is vervangen.\r\n" in data
    assert b"replaced_by" not in data and b"\n" not in data.replace(b"\r\n", b"")


def test_withdraw_refusals_change_nothing(bank: GitWorld) -> None:
    bank.material("concept", title="Een concept", status="draft")
    bank.commit("concept")
    cases = {
        ("oude", "--reason", "x"): "HUB640 geen live item 'oude' (bedoel je 'oud'?)",
        ("concept", "--reason", "x"): "HUB640 'concept' is een concept en staat niet online",
        ("oud", "--reason", "x", "--replaced-by", "concept"): "HUB640 de opvolger 'concept' is een concept",
        ("oud", "--reason", "x", "--replaced-by", "oud"): "HUB640 'oud' kan zichzelf niet vervangen",
        (
            "oud",
            "--reason",
            "x",
            "--replaced-by",
            "nieuwe",
        ): "HUB640 geen live materiaal 'nieuwe' als opvolger",
    }
    for args, message in cases.items():
        result = withdraw(bank, *args)
        assert result.exit_code == 1, (args, result.output)
        assert message in result.stderr, result.stderr
    assert withdraw(bank, "basis", "--reason", "Weg.").exit_code == 0
    again = withdraw(bank, "basis", "--reason", "Nog eens.")
    assert again.exit_code == 1 and "HUB640 'basis' is al ingetrokken (op 2026-11-20)" in again.stderr
    successor = withdraw(bank, "oud", "--reason", "x", "--replaced-by", "basis")
    assert "HUB640 de opvolger 'basis' is zelf ingetrokken" in successor.stderr
    assert bank.changed_lines().keys() == {"content/materials/basis.md"}


def test_a_reason_that_is_empty_or_not_one_line_is_wrong_usage(bank: GitWorld) -> None:
    empty = withdraw(bank, "oud", "--reason", "  ")
    assert empty.exit_code == 2 and "HUB641 geef een reden met --reason" in empty.stderr
    lines = withdraw(bank, "oud", "--reason", "Eerste regel\ntweede regel")
    assert lines.exit_code == 2 and "HUB641 de reden moet op één regel staan" in lines.stderr
    missing = withdraw(bank, "oud")
    assert missing.exit_code == 2 and "--reason" in missing.stderr
    assert bank.changed_lines() == {}


def test_archive_keeps_its_reason_in_the_archived_file(bank: GitWorld) -> None:
    bank.material("los", title="Een losse fiche")
    bank.commit("los")
    archive = ["archive", "--content", str(bank.content), "los"]
    bad = CliRunner().invoke(hub, [*archive, "--reason", "een\nreden"])
    assert bad.exit_code == 2 and "HUB641" in bad.stderr
    result = CliRunner().invoke(hub, [*archive, "--reason", "Niemand gebruikte deze fiche nog."])
    assert result.exit_code == 0, result.output
    assert "reden bewaard in het gearchiveerde bestand (archived_reason)" in result.stdout
    archived = bank.text("archive/materials/los.md")
    assert "status: archived\narchived_reason: Niemand gebruikte deze fiche nog.\n" in archived
    assert errors_of(bank) == [] and warnings_of(bank) == []


def test_hub_diff_reports_withdrawals_and_archive_reasons(bank: GitWorld) -> None:
    bank.material("los", title="Een losse fiche")
    bank.commit("los")
    assert withdraw(bank, "oud", "--reason", REASON, "--replaced-by", "nieuw").exit_code == 0
    archived = CliRunner().invoke(
        hub, ["archive", "--content", str(bank.content), "los", "--reason", "Dubbel."]
    )
    assert archived.exit_code == 0, archived.output
    bank.commit("intrekken en archiveren")
    result = CliRunner().invoke(
        hub, ["diff", "--content", str(bank.content), "--today", TODAY.isoformat(), "HEAD~1", "HEAD"]
    )
    assert result.exit_code == 0, result.output
    page = BeautifulSoup(MarkdownIt("commonmark").enable("table").render(result.stdout), "html.parser")
    assert "1 uit de lucht (0 doorverwezen), 1 ingetrokken. Er breekt niets." in page.p.get_text()
    withdrawn = page.find("h3", string="Ingetrokken pagina's").find_next("table")
    assert [td.get_text(" ", strip=True) for td in withdrawn.find_all("td")] == [
        "/materialen/oud/",
        "Oude fiche differentiatie",
        REASON,
        "/materialen/nieuw/ (Nieuwe fiche differentiatie)",
    ]
    gone = page.find("h3", string="Pagina's uit de lucht").find_next("table")
    assert "reden: Dubbel." in gone.get_text(" ", strip=True)


def test_check_accepts_a_withdrawn_item_with_its_date_and_reason(world: World) -> None:
    world.material("fiche", status="withdrawn", withdrawn="2026-11-20", withdrawn_reason="Verouderd.")
    world.question("vraag", status="withdrawn", withdrawn="2026-11-20", withdrawn_reason="Verouderd.")
    world.offering("opleiding", status="withdrawn", withdrawn="2026-11-20", withdrawn_reason="Verouderd.")
    assert errors_of(world) == [] and warnings_of(world) == []


def test_check_wants_the_date_and_a_one_line_reason(world: World) -> None:
    world.material("fiche", status="withdrawn")
    assert the_problem(world, "content/materials/fiche.md:4: error: withdrawn:").endswith(
        "HUB340 withdrawn: een ingetrokken item heeft 'withdrawn' nodig: de dag van de intrekking (JJJJ-MM-DD)"
    )
    assert "HUB340 withdrawn_reason: een ingetrokken item heeft 'withdrawn_reason' nodig" in the_problem(
        world, "content/materials/fiche.md:4: error: withdrawn_reason:"
    )
    world.material("fiche", status="withdrawn", withdrawn="2026-11-20", withdrawn_reason='"een\\nreden"')
    assert "HUB105 withdrawn_reason:" in the_problem(
        world, "content/materials/fiche.md:13: error: withdrawn_reason:"
    )
    world.material("fiche", status="withdrawn", withdrawn="2027-01-01", withdrawn_reason="Weg.")
    assert "HUB342 withdrawn: withdrawn is 2027-01-01, na vandaag (2026-11-23)" in the_problem(
        world, "content/materials/fiche.md:12: error: withdrawn:"
    )


def test_withdrawn_keys_on_a_published_item_are_a_warning(world: World) -> None:
    world.material("fiche", withdrawn_reason="Verouderd.")
    assert the_problem(world, "content/materials/fiche.md:12: warning: withdrawn_reason:").endswith(
        "HUB341 (waarschuwing) withdrawn_reason: 'withdrawn_reason' hoort bij status withdrawn, dit item is "
        "published: verwijder de sleutel of zet de status"
    )


def test_a_withdrawn_item_may_name_a_successor_and_only_a_current_one(world: World) -> None:
    withdrawn = {"status": "withdrawn", "withdrawn": "2026-11-20", "withdrawn_reason": "Weg."}
    world.material("nieuw", title="Nieuwe fiche", **withdrawn)
    world.material("oud", title="Oude fiche", replaced_by="nieuw", **withdrawn)
    assert "HUB230 (waarschuwing) replaced_by: 'nieuw' is ingetrokken" in the_problem(
        world, "content/materials/oud.md:12: warning: replaced_by:"
    )
    world.material("oud", title="Oude fiche", replaced_by="nieuwe", **withdrawn)
    assert "HUB217 replaced_by: er is geen live item 'nieuwe'" in the_problem(
        world, "content/materials/oud.md:12: error: replaced_by:"
    )
    world.material("nieuw", title="Nieuwe fiche")
    world.material("oud", title="Oude fiche", replaced_by="nieuw", **withdrawn)
    assert errors_of(world) == [] and warnings_of(world) == []


def test_a_question_is_withdrawn_in_place_too(bank: GitWorld) -> None:
    bank.material("vraag", title="Een fiche met dezelfde slug")
    bank.commit("twee keer vraag")
    both = withdraw(bank, "vraag", "--reason", "Niet meer van toepassing.")
    assert both.exit_code == 1 and "HUB640 'vraag' is een material en qa: zeg welke met --kind" in both.stderr
    result = withdraw(bank, "vraag", "--kind", "qa", "--reason", "Niet meer van toepassing.")
    assert result.exit_code == 0, result.output
    assert bank.changed_lines() == {
        "content/qa/vraag.md": [
            "-status: published",
            "+status: withdrawn",
            "+withdrawn: 2026-11-20",
            "+withdrawn_reason: Niet meer van toepassing.",
        ]
    }
