"""The rule registry: `hub rules`, the diagnostic shape of check and prune, hub.yml, check_ignore,
the coded refusals of the editing commands, and the README reference kept in step."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from hub.check import check_content
from hub.check.config import read_rule_config
from hub.cli import hub
from hub.problems.reference import with_reference
from hub.problems.registry import RULES
from hub.reports.prune import prune
from tests.conftest import ROOT, TODAY, problems_of
from tests.world import World, material_text

SHAPE = {"code", "path", "line", "column", "severity", "message", "slug"}


def _hub(*args: str) -> Result:
    return CliRunner().invoke(hub, list(args))


def _check(world: World, *args: str) -> Result:
    """`hub check` of WORLD's content as on TODAY."""
    return _hub("check", "--content", str(world.content), "--today", TODAY.isoformat(), *args)


# --- the registry -------------------------------------------------------------------------------


def test_codes_are_unique_well_formed_and_grouped() -> None:
    assert all(re.fullmatch(r"HUB[1-7]\d\d", code) for code in RULES)
    assert len({rule.name for rule in RULES.values()}) == len(RULES)
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.name) for rule in RULES.values())
    prune_codes = {rule.name: code for code, rule in RULES.items() if code.startswith("HUB5")}
    assert prune_codes == {
        "overdue": "HUB501",
        "duplicate": "HUB502",
        "orphan": "HUB503",
        "weak-tags": "HUB504",
        "broken-link": "HUB505",
        "large-file": "HUB506",
        "stale-draft": "HUB507",
    }


def test_every_rule_explains_itself_in_dutch_with_a_wrong_and_a_right_example() -> None:
    for rule in RULES.values():
        assert rule.summary and rule.explanation and rule.wrong and rule.right, rule.code
        assert rule.wrong != rule.right, rule.code
        assert not re.search(r"\b(the|is not|must|should)\b", rule.summary + rule.explanation), rule.code


def test_every_code_is_exercised_by_a_test() -> None:
    """A guard: a new rule without a test that names its code fails here."""
    texts = "\n".join(path.read_text(encoding="utf-8") for path in (ROOT / "tests").rglob("*.py"))
    untested = [code for code in RULES if code not in texts]
    assert untested == []


# --- hub rules ----------------------------------------------------------------------------------


def test_hub_rules_lists_code_name_severity_and_summary() -> None:
    result = _hub("rules")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert len([line for line in lines if re.match(r"\s+HUB\d{3}\s", line)]) == len(RULES)
    [tag] = [line for line in lines if " HUB201 " in line]
    assert tag.split()[:3] == ["HUB201", "unknown-tag", "fout"] and RULES["HUB201"].summary in tag
    assert any(line.split()[:3] == ["HUB312", "review-overdue", "waarschuwing"] for line in lines)


def test_hub_rules_code_explains_one_in_dutch() -> None:
    result = _hub("rules", "hub102")
    assert result.exit_code == 0
    assert result.output.startswith("HUB102 unknown-key (fout; kan niet uitgezet worden)")
    assert "Fout:\n    leveles: [kleuter]" in result.output
    assert "Goed:\n    levels: [kleuter]" in result.output
    assert _hub("rules", "review-overdue").output.startswith(
        "HUB312 review-overdue (waarschuwing; kan uitgezet"
    )


def test_hub_rules_unknown_code_is_a_usage_error_with_a_suggestion() -> None:
    result = _hub("rules", "unknown-tagg")
    assert result.exit_code == 2
    assert "onbekende regel 'unknown-tagg' (bedoel je HUB201?)" in result.stderr
    assert "bedoel je HUB2" in _hub("rules", "HUB2011").stderr


# --- one diagnostic shape -----------------------------------------------------------------------


def test_check_json_has_the_diagnostic_shape(world: World) -> None:
    world.material("typo", levels="[kleuter, kleutr]")
    result = _check(world, "--format", "json")
    assert result.exit_code == 1
    [row] = json.loads(result.stdout)
    assert set(row) >= SHAPE
    assert (row["code"], row["path"], row["line"], row["column"], row["severity"], row["slug"]) == (
        "HUB201",
        "content/materials/typo.md",
        9,
        19,
        "error",
        "typo",
    )
    assert row["key"] == "levels" and "bedoel je 'kleuter'?" in row["message"]


def test_github_annotation_is_titled_with_the_code(world: World) -> None:
    world.material("typo", levels="[kleutr]")
    result = _check(world, "--format", "github")
    assert result.stdout.startswith(
        "::error file=content/materials/typo.md,line=9,col=10,title=HUB201::levels: 'kleutr' staat niet"
    )


def test_text_summary_is_dutch(world: World) -> None:
    world.material("typo", levels="[kleutr]")
    world.material("oud", title="Een oude fiche", reviewed="2020-01-01")
    result = _check(world)
    assert result.stderr.rstrip().endswith("1 fout, 1 waarschuwing")


def test_prune_findings_carry_codes_and_the_shape(world: World) -> None:
    world.material("los", themes=None, rok="[ontwikkeling]")
    world.material(
        "links", title="Met een kapotte link", text=material_text("Met links") + "[weg](../weg/)\n"
    )
    world.write("materials/files/groot.pdf", b"%PDF-1.4\n" + b"0" * (11 * 1024 * 1024))
    world.material("bijlage", title="Met een grote bijlage", attachments="[{file: groot.pdf}]")
    world.material("concept", title="Oud concept", status="draft")
    world.material("ander", title="Differentiëren in de klas, bis")
    catalog, _ = check_content(world.content, TODAY)[0], None
    found = prune(
        catalog,
        world.content,
        TODAY,
        changed_on=lambda item: (TODAY.replace(year=2025), "git"),
        generated=set(),
        duplicates=lambda: [("material", "ander", "links", 0.97)],
    )
    codes = {(f.slug, f.code) for f in found}
    assert {("los", "HUB503"), ("los", "HUB504"), ("links", "HUB505"), ("bijlage", "HUB506")} <= codes
    assert ("concept", "HUB507") in codes
    assert any(code == "HUB502" for _, code in codes)
    for row in (f.as_dict() for f in found):
        assert set(row) >= SHAPE and row["severity"] == "warning"


# --- hub.yml ------------------------------------------------------------------------------------


def test_config_ignores_a_rule_and_changes_a_severity(world: World) -> None:
    world.material("oud", reviewed="2020-01-01")
    world.material(
        "herhaling", title="Hoeken inrichten in de klas", description="Hoeken inrichten in de klas."
    )
    before = {p.code: p.severity for p in problems_of(world)}
    assert before == {"HUB311": "warning", "HUB312": "warning"}
    (world.root / "hub.yml").write_text("rules:\n  ignore: [HUB311]\n  severity: {HUB312: error}\n")
    _, problems = check_content(world.content, TODAY, read_rule_config(world.content))
    assert {p.code: p.severity for p in problems} == {"HUB312": "error"}
    result = _check(world)
    assert result.exit_code == 1 and "HUB311" not in result.stderr


def test_config_errors_are_located_in_hub_yml(world: World) -> None:
    world.material("oud", reviewed="2020-01-01")
    (world.root / "hub.yml").write_text("rules:\n  ignore: [HUB3120, HUB401]\n  severity: {HUB312: hoog}\n")
    config = read_rule_config(world.content)
    texts = [p.as_text() for p in config.problems]
    assert texts == [
        "hub.yml:2:12: HUB194 rules: hub.yml: 'HUB3120' is geen regelcode (bedoel je 'HUB320'?); "
        "'hub rules' toont ze allemaal",
        "hub.yml:2:21: HUB194 rules: hub.yml: HUB401 (personal-data) kan niet uitgezet of afgezwakt worden",
        "hub.yml:3:14: HUB194 rules: hub.yml: ernst 'hoog' voor HUB312: kies error of warning",
    ]
    assert not config.ignore and not config.severity


# --- check_ignore -------------------------------------------------------------------------------


def _with_ignore(entries: str) -> str:
    return material_text(description="Differentiëren in de klas.", check_ignore=entries)


def test_check_ignore_with_a_reason_silences_one_rule_on_one_item(world: World) -> None:
    world.material(
        "stil",
        title="Hoeken in de kleuterklas",
        description="Hoeken in de kleuterklas.",
        reviewed="2020-01-01",
        check_ignore="[{code: HUB311, reason: 'De titel zegt hier alles.'}]",
    )
    world.material(
        "luid",
        title="Lezen in de eerste graad",
        description="Lezen in de eerste graad.",
        reviewed="2020-01-01",
    )
    found = {(p.slug, p.code) for p in problems_of(world)}
    assert found == {("stil", "HUB312"), ("luid", "HUB311"), ("luid", "HUB312")}


def test_check_ignore_without_reason_is_reported_and_silences_nothing(world: World) -> None:
    world.material("zonder", _with_ignore("[{code: HUB311}]"))
    codes = {p.code for p in problems_of(world)}
    assert codes == {"HUB190", "HUB311"}


def test_check_ignore_unknown_code_not_silenceable_and_stale(world: World) -> None:
    world.material(
        "raar",
        material_text(
            check_ignore="\n  - {code: HUB3111, reason: tikfout}\n  - {code: HUB321, reason: mag}\n"
            "  - {code: HUB312, reason: al nagekeken}"
        ),
    )
    texts = sorted(p.as_text() for p in problems_of(world))
    assert texts == [
        "content/materials/raar.md:13:6: HUB191 check_ignore: check_ignore: 'HUB3111' is geen regelcode "
        "(bedoel je 'HUB311'?); 'hub rules' toont ze allemaal",
        "content/materials/raar.md:14:6: HUB192 check_ignore: HUB321 (unsafe-html) kan niet uitgezet "
        "worden: los het probleem op",
        "content/materials/raar.md:15:6: HUB193 (waarschuwing) check_ignore: check_ignore: HUB312 "
        "(review-overdue) meldt hier niets meer: verwijder deze uitzondering",
    ]


def test_errors_that_stop_an_item_from_loading_cannot_be_silenced(world: World) -> None:
    world.material("kapot", material_text(check_ignore="[{code: HUB102, reason: x}]", leveles="[basis]"))
    codes = {p.code for p in problems_of(world)}
    assert "HUB102" in codes


def test_check_ignore_silences_a_prune_finding_of_its_item(world: World) -> None:
    world.material("los", themes=None, check_ignore="[{code: HUB503, reason: Bewust los, een bijlage.}]")
    world.material("ook-los", title="Een andere losse fiche", themes=None)
    catalog, problems = check_content(world.content, TODAY)
    assert not [p for p in problems if p.code.startswith("HUB19")]
    found = prune(
        catalog, world.content, TODAY, changed_on=lambda i: (TODAY, "git"), generated=set(), duplicates=list
    )
    assert {(f.slug, f.code) for f in found if f.code == "HUB503"} == {("ook-los", "HUB503")}


# --- editing commands ---------------------------------------------------------------------------


def test_archive_refusals_are_coded(world: World) -> None:
    from hub.editorial.archive import ArchiveRefused, plan_archive

    world.material("oud", title="Oude fiche")
    world.material("pad", title="Leerpad", type="leerpad", steps="\n  - material: oud")
    with pytest.raises(ArchiveRefused) as referenced:
        plan_archive(world.content, "oud")
    assert referenced.value.code == "HUB601"
    assert [p.as_text() for p in referenced.value.problems] == [
        "content/materials/pad.md:13:5: HUB601 steps.material: verwijst naar 'oud'"
    ]
    with pytest.raises(ArchiveRefused) as empty:
        plan_archive(world.content, "oud", "pad")
    assert empty.value.code == "HUB602" and empty.value.problems[0].code == "HUB602"
    with pytest.raises(ArchiveRefused) as missing:
        plan_archive(world.content, "oude")
    assert missing.value.code == "HUB603" and "bedoel je 'oud'?" in str(missing.value)


def test_publish_refusals_are_coded(world: World) -> None:
    from hub.helpdesk.drafts import ANSWER_MARKER
    from hub.helpdesk.publish import PublishError, publish_question

    world.question("vraag", question_text_with(ANSWER_MARKER))
    with pytest.raises(PublishError) as refused:
        publish_question(world.content, "vraag", today=TODAY)
    assert refused.value.code == "HUB611"
    [mark] = refused.value.problems
    assert (mark.code, mark.path, mark.slug) == ("HUB610", "content/qa/vraag.md", "vraag")


def question_text_with(line: str) -> str:
    from tests.world import question_text

    return question_text(status="draft", answered=None) + line + "\n"


def test_import_refusals_are_coded(tmp_path: Path) -> None:
    from hub.helpdesk.export import ExportError, read_export
    from hub.helpdesk.mapping import MappingError, load_mapping

    big = tmp_path / "export.csv"
    big.write_text("Id;Vraag\n1;" + "x" * 100_001 + "\n", encoding="utf-8")
    with pytest.raises(ExportError) as cell:
        read_export(big)
    assert cell.value.problem is not None
    assert cell.value.problem.as_text().startswith(f"{big}:2:2: HUB620 kolom B ('Vraag')")
    with pytest.raises(ExportError) as wrong:
        read_export(tmp_path / "vragen.pdf")
    assert wrong.value.code == "HUB621"
    mapping = tmp_path / "mapping.yml"
    mapping.write_text("columns:\n  vraag: Jouw vraag\n", encoding="utf-8")
    with pytest.raises(MappingError) as unknown:
        load_mapping(mapping)
    assert f"{mapping}:1:1: HUB622 onbekend veld 'vraag'" in str(unknown.value)


# --- the README ---------------------------------------------------------------------------------


def test_readme_rules_reference_is_up_to_date() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme == with_reference(readme), "run: .venv/bin/python scripts/rules_reference.py"
    assert all(f"| `{code}` |" in readme for code in RULES)


def test_rules_reference_script_check_mode() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "rules_reference.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
