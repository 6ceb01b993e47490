"""`hub check`: exit codes, --strict, the three formats, and no traceback whatever the input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner, Result

from hub.cli import hub
from tests.conftest import TODAY
from tests.world import World, material_text

HUB = Path(sys.executable).with_name("hub")


def _check(world: World, *args: str) -> Result:
    return CliRunner().invoke(
        hub, ["check", "--content", str(world.content), "--today", TODAY.isoformat(), *args]
    )


def test_clean_tree_exits_0(world: World) -> None:
    world.material("fiche")
    result = _check(world)
    assert result.exit_code == 0, result.output
    assert "0 fouten, 0 waarschuwingen" in result.stderr


def test_errors_exit_1_with_located_lines_on_stderr(world: World) -> None:
    world.material("typo", leveles="[kleuter]")
    result = _check(world)
    assert result.exit_code == 1
    assert (
        "content/materials/typo.md:12:1: HUB102 leveles: onbekende sleutel 'leveles' (bedoel je 'levels'?)"
        in (result.stderr)
    )
    assert result.stderr.rstrip().endswith("1 fout, 0 waarschuwingen")


def test_warnings_exit_0_unless_strict(world: World) -> None:
    world.material("oud", reviewed="2020-01-01")
    relaxed = _check(world)
    assert relaxed.exit_code == 0
    assert "content/materials/oud.md:6:1: HUB312 (waarschuwing) reviewed:" in relaxed.stderr
    assert _check(world, "--strict").exit_code == 1


def test_json_format_parses(world: World) -> None:
    world.material("typo", leveles="[kleuter]")
    world.material("oud", title="Een oude fiche", reviewed="2020-01-01")
    result = _check(world, "--format", "json")
    assert result.exit_code == 1
    problems = json.loads(result.stdout)
    assert {(p["path"], p["line"], p["severity"], p["key"]) for p in problems} == {
        ("content/materials/typo.md", 12, "error", "leveles"),
        ("content/materials/oud.md", 6, "warning", "reviewed"),
    }
    assert all(p["message"] for p in problems)


def test_json_format_of_a_clean_tree_is_an_empty_list(world: World) -> None:
    world.material("fiche")
    result = _check(world, "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_github_format_gives_annotations(world: World) -> None:
    world.material("typo", leveles="[kleuter]")
    world.material("oud", title="Een oude fiche", reviewed="2020-01-01")
    result = _check(world, "--format", "github")
    assert result.exit_code == 1
    lines = result.stdout.strip().splitlines()
    assert sorted(line.split("::")[1] for line in lines) == [
        "error file=content/materials/typo.md,line=12,col=1,title=HUB102",
        "warning file=content/materials/oud.md,line=6,col=1,title=HUB312",
    ]
    assert "::leveles: onbekende sleutel 'leveles'" in result.stdout
    assert all(line.startswith(("::error file=", "::warning file=")) for line in lines)


def test_wrong_usage_exits_2(world: World) -> None:
    assert _check(world, "--format", "xml").exit_code == 2
    assert _check(world, "--bogus").exit_code == 2
    missing = CliRunner().invoke(hub, ["check", "--content", str(world.root / "nergens")])
    assert missing.exit_code == 2
    assert "inhoudsmap niet gevonden" in missing.stderr


def _garbage(world: World) -> None:
    world.write("taxonomy/levels.yml", b"\x00\xff\xfe garbage")
    world.write("taxonomy/roles.yml", "{not: [a, list}\n")
    world.write("taxonomy/themes.yml", "- 1\n- [2]\n- {id: [x], label: {y: z}}\n")
    world.write("fiches/response-norms.yml", "- {participants: -1, min_rate: 7}\n- hallo\n")
    world.write("materials/binair.md", bytes(range(256)))
    world.write("materials/lijst.md", "---\n- 1\n---\n")
    world.write("materials/diep.md", "---\ntitle: " + "[" * 500 + "\n---\n")
    world.write("qa/tabs.md", "---\ntitle:\n\t- x\n---\n")
    world.write(
        "trainings/ver.md", "---\nsessions: [{start: 9999-12-31T23:59:59-12:00, end: 1, mode: 3}]\n---\n"
    )
    world.write("fiches/leeg.md", "")
    world.write("archive/qa/raar.md", "---\nstatus: archived\nreplaced_by: ../../etc\n---\n")


def test_no_traceback_on_garbage(world: World) -> None:
    _garbage(world)
    run = subprocess.run(
        [str(HUB), "check", "--content", str(world.content), "--today", TODAY.isoformat()],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=60,
    )
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr + run.stdout
    assert "onverwacht probleem" not in run.stderr
    assert "content/materials/diep.md:2:1: HUB113 yaml:" in run.stderr
    for fmt in ("json", "github"):
        result = _check(world, "--format", fmt)
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.exception
    assert all(p["line"] >= 1 for p in json.loads(_check(world, "--format", "json").stdout))


def test_no_traceback_when_content_is_a_file(tmp_path: Path) -> None:
    target = tmp_path / "content"
    target.write_text("geen map")
    run = subprocess.run(
        [str(HUB), "check", "--content", str(target)], capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 2
    assert "Traceback" not in run.stderr


def test_github_annotation_escapes_what_editors_type(world: World) -> None:
    world.material("komma", material_text().replace("title:", "'a, b: c': 1\ntitle:", 1))
    result = _check(world, "--format", "github")
    [line] = result.stdout.strip().splitlines()
    assert line.startswith(
        "::error file=content/materials/komma.md,line=2,col=1,title=HUB102::a, b: c: onbekende sleutel"
    )


def test_content_folder_may_also_be_given_before_the_command(world) -> None:
    import subprocess

    from tests.conftest import ROOT

    world.material("doel", leveles="[basis]")
    hub = str(ROOT / ".venv" / "bin" / "hub")
    day = ["--today", TODAY.isoformat()]
    before = subprocess.run(
        [hub, "--content", str(world.content), "check", *day], capture_output=True, text=True
    )
    after = subprocess.run(
        [hub, "check", "--content", str(world.content), *day], capture_output=True, text=True
    )
    assert before.returncode == after.returncode == 1
    assert "onbekende sleutel 'leveles'" in before.stderr
    assert before.stderr == after.stderr
