"""`hub search` and `hub similar` on the command line."""

from __future__ import annotations

import json

from click.testing import CliRunner

from hub.cli import hub
from tests.world import World


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(hub, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_search_json_lists_results_best_first(world: World) -> None:
    world.material("differentieren-bij-kleuters", title="Differentiëren bij kleuters")
    world.question("kleuters-en-hoeken", title="Hoe werk ik met hoeken bij kleuters?")
    code, out, _ = run("search", "kleuters", "--json", "--content", str(world.content))
    assert code == 0
    rows = json.loads(out)
    assert {row["slug"] for row in rows} == {"differentieren-bij-kleuters", "kleuters-en-hoeken"}
    assert set(rows[0]) == {"slug", "kind", "title", "score", "url"}
    assert rows[0]["score"] >= rows[1]["score"]


def test_search_kind_and_limit(world: World) -> None:
    world.material("differentieren-bij-kleuters", title="Differentiëren bij kleuters")
    world.question("kleuters-en-hoeken", title="Hoe werk ik met hoeken bij kleuters?")
    code, out, _ = run("search", "kleuters", "--kind", "qa", "--limit", "1", "--content", str(world.content))
    assert code == 0
    assert out.count("\n") == 1 and "kleuters-en-hoeken" in out and "vraag" in out


def test_search_without_results_exits_1(world: World) -> None:
    world.material("differentieren-bij-kleuters")
    code, out, err = run("search", "xylofoon", "--content", str(world.content))
    assert (code, out) == (1, "")
    assert "geen resultaten" in err


def test_search_with_a_wrong_kind_is_a_usage_error(world: World) -> None:
    code, _, err = run("search", "kleuters", "--kind", "fiche", "--content", str(world.content))
    assert code == 2 and "fiche" in err


def test_similar_json(world: World) -> None:
    world.question("kleuters-en-hoeken", title="Hoe werk ik met hoeken bij kleuters?")
    code, out, _ = run(
        "similar", "Werken met hoeken in de kleuterklas", "--json", "--content", str(world.content)
    )
    assert code == 0
    assert json.loads(out)[0]["slug"] == "kleuters-en-hoeken"
