"""A World inside a git repository, and a small bank whose items refer to each other."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from hub.cli import hub
from tests.conftest import ROOT, TODAY
from tests.world import World, material_text, question_text

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Redactie",
    "GIT_AUTHOR_EMAIL": "redactie@example.invalid",
    "GIT_COMMITTER_NAME": "Redactie",
    "GIT_COMMITTER_EMAIL": "redactie@example.invalid",
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_CONFIG_GLOBAL": "/dev/null",
}


def use_test_git(monkeypatch: pytest.MonkeyPatch) -> None:
    """A predictable git identity and no user or system configuration."""
    for name, value in GIT_ENV.items():
        monkeypatch.setenv(name, value)


class GitWorld(World):
    """A World whose root is a git work tree on branch main."""

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self.git("init", "-q", "-b", "main")

    def git(self, *args: str, env: dict[str, str] | None = None) -> str:
        result = subprocess.run(
            ["git", "-C", str(self.root), *args],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, **(env or {})},
        )
        return result.stdout

    def commit(self, message: str, date: str | None = None) -> None:
        """Commit everything; DATE (YYYY-MM-DD) backdates the commit."""
        when = (
            {"GIT_AUTHOR_DATE": f"{date}T12:00:00", "GIT_COMMITTER_DATE": f"{date}T12:00:00"} if date else {}
        )
        self.git("add", "-A", env=when)
        self.git("commit", "-q", "-m", message, env=when)

    def text(self, relative: str) -> str:
        return (self.content / relative).read_text(encoding="utf-8")

    def changed_lines(self) -> dict[str, list[str]]:
        """File -> its removed and added lines in content/ against the last commit (renames followed)."""
        self.git("add", "-A", "content")
        lines: dict[str, list[str]] = {}
        current = ""
        for line in self.git("diff", "--cached", "-U0", "-M", "HEAD", "--", "content").splitlines():
            if line.startswith("+++ "):
                current = line[len("+++ b/") :]
            elif line.startswith(("+", "-")) and not line.startswith(("---", "+++")):
                lines.setdefault(current, []).append(line)
        return lines


LEERPAD = """---
title: Leerpad differentiëren
description: In drie stappen van de basis naar een aanpak voor de hele klas.
status: published
owner: team-curriculum
reviewed: 2026-01-15
type: leerpad
rok: [differentiatie-kv]
levels: [kleuter]
roles: [leraar]
themes: [differentiatie]
steps:
  - material: basis
    note: Begin met de basis.
  - material: oud
    note: "Probeer het uit in je klas."   # de oude fiche
---

Een route in drie stappen.
"""

ZELFSCAN = """---
title: Zelfscan differentiatie
description: Waar staat je team met doelgericht differentiëren? Tien uitspraken.
status: published
owner: team-curriculum
reviewed: 2026-01-15
type: zelfscan
rok: [differentiatie-kv]
levels: [kleuter]
roles: [leraar]
themes: [differentiatie]
scan:
  dimensions:
    - id: doelen
      title: Doelen stellen
      statements:
        - We bepalen samen welke doelen voor alle leerlingen gelden.
      recommend: ['oud', basis]
---

Vul de scan in met je team.
"""


def write_bank(world: World) -> None:
    """Materials basis, oud, nieuw, verwant, a leerpad and a zelfscan, and a question, all published.

    'oud' is referred to by a leerpad step, a related list, a question's materials and a zelfscan.
    """
    world.material("basis", title="De basis van differentiëren")
    world.material("oud", title="Oude fiche differentiatie")
    world.material("nieuw", title="Nieuwe fiche differentiatie", related="[oud]")
    world.material("verwant", title="Verwante fiche", related="[basis, oud]")
    world.material("leerpad", LEERPAD)
    world.material("zelfscan", ZELFSCAN)
    world.question("vraag", question_text(materials="[oud]"))


def bank_material(title: str, **overrides: object) -> str:
    return material_text(title, **overrides)


def build(world: World, today: dt.date = TODAY) -> tuple[Result, Path]:
    """`hub build` of WORLD's content into WORLD/site with the project's mkdocs.yml (as on TODAY)."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    site = world.root / "site"
    args = [
        "build",
        "--content",
        str(world.content),
        "--site-dir",
        str(site),
        "--config",
        str(ROOT / "mkdocs.yml"),
        "--today",
        today.isoformat(),
    ]
    return CliRunner().invoke(hub, args), site
