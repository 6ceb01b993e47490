"""Kwaliteitsfiches: the response norm for a group of N, the table's example column, the target."""

from __future__ import annotations

import pytest

from hub.load.loader import load_content
from hub.model.items import ResponseNorm
from hub.render.fiche_pages import fiche_context, norm_rows, percent, required_responses, response_target
from tests.conftest import ROOT
from tests.world import World

# The norms of the bundled content/fiches/response-norms.yml (Penninckx, EDBI)
NORMS = [
    ResponseNorm(participants=5, min_rate=0.8),
    ResponseNorm(participants=10, min_rate=0.6),
    ResponseNorm(participants=20, min_rate=0.5),
    ResponseNorm(participants=50, min_rate=0.4),
    ResponseNorm(participants=100, min_rate=0.3),
]


@pytest.mark.parametrize(
    ("group", "needed"),
    [
        (4, None),
        (5, 4),
        (9, 8),
        (10, 6),
        (19, 12),
        (20, 10),
        (49, 25),
        (50, 20),
        (99, 40),
        (100, 30),
        (250, 75),
    ],
)
def test_largest_row_not_above_n_gives_the_norm(group: int, needed: int | None) -> None:
    assert required_responses(NORMS, group) == needed


def test_rows_in_any_order_give_the_same_answer() -> None:
    assert required_responses(list(reversed(NORMS)), 19) == 12


def test_no_float_rounding_up() -> None:
    # 100 x 0.07 is 7.000000000000001 in floats: a naive ceil asks for 8 answers
    assert required_responses([ResponseNorm(participants=1, min_rate=0.07)], 100) == 7
    assert required_responses([ResponseNorm(participants=1, min_rate=0.35)], 20) == 7


def test_example_column_matches_the_norm_of_its_own_row() -> None:
    rows = norm_rows(NORMS)
    assert [(r["participants"], r["upto"], r["percent"], r["example"]) for r in rows] == [
        (5, 9, "80%", 4),
        (10, 19, "60%", 6),
        (20, 49, "50%", 10),
        (50, 99, "40%", 20),
        (100, None, "30%", 30),
    ]


def test_bundled_norm_table_is_the_one_tested_here() -> None:
    catalog, _ = load_content(ROOT / "content")
    assert [(n.participants, n.min_rate) for n in catalog.response_norms] == [
        (n.participants, n.min_rate) for n in NORMS
    ]


def test_percent_and_response_target_texts() -> None:
    assert percent(0.5) == "50%"
    assert percent(0.125) == "12,5%"
    assert response_target(0.2) == "20%"
    assert response_target("minstens de norm") == "minstens de norm"
    assert response_target(None) is None


def test_fiche_context_counts_core_questions_and_offerings(world: World) -> None:
    world.fiche(
        "opleiding",
        evaluation="{instrument: EDBI-vragenlijst, response_target: 0.2, questions: "
        "[{id: V1, text: Tevreden?, scale: 5-punt, core: true}, {id: V2, text: Wat nog?, scale: open}]}",
    )
    world.offering("een-opleiding")
    catalog, _ = load_content(world.content)
    context = fiche_context(catalog, catalog.fiches["opleiding"])
    assert context["core_count"] == 1
    assert context["offerings"] == 1
    assert context["response_target"] == "20%"
    assert context["smallest_group"] == 1
    assert [r["example"] for r in context["norms"]] == [1, 10]


def test_first_edbi_in_the_lead_becomes_an_abbreviation_and_text_stays_escaped() -> None:
    from hub.render.fiche_pages import EDBI_TITLE, explain_edbi

    html, found = explain_edbi("De EDBI-bevraging <na> elke EDBI-sessie.")
    assert found
    assert html.count("<abbr") == 1 and f'title="{EDBI_TITLE}"' in html
    assert "&lt;na&gt;" in html and "<na>" not in html
    plain, found = explain_edbi("Geen afkorting hier.")
    assert not found and "<abbr" not in plain
