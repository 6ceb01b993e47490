"""Published questions may carry no personal data: e-mail, phone numbers, national register numbers."""

from __future__ import annotations

import pytest

from tests.checking import no_problems, the_problem
from tests.world import World, question_text


def _answer(world: World, text: str, **overrides: object) -> None:
    # The default answer is line 12; the test text is line 13.
    world.question("vraag", question_text(**overrides) + text + "\n")


def test_ordinary_numbers_and_dates_pass(world: World) -> None:
    _answer(
        world,
        "In het schooljaar 2025-2026 doen 1.250 leerlingen mee, op 12.03.2026 van 08.30-12.00 "
        "en 13.00-16.00; zie artikel 110/25 en lokaal 0.12.",
    )
    no_problems(world)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mail naar jan.peeters@school.be voor meer.", "e-mailadres"),
        ("Bel 03 123 45 67 na vier uur.", "telefoonnummer"),
        ("Bel +32 471 12 34 56.", "telefoonnummer"),
        ("Bel 0032 9 234.56.78.", "telefoonnummer"),
        ("Bel 0471/12.34.56.", "telefoonnummer"),
        ("Zijn rijksregisternummer is 85.07.30-033.28.", "rijksregisternummer"),
    ],
)
def test_personal_data_in_the_answer(world: World, text: str, kind: str) -> None:
    _answer(world, text)
    line = the_problem(world, "content/qa/vraag.md:13: error: body:")
    assert f"contains personal data ({kind}" in line


def test_personal_data_in_the_title(world: World) -> None:
    world.question("vraag", title="Kan iemand mij bellen op 0471 12 34 56?")
    the_problem(world, "content/qa/vraag.md:2: error: title:")


def test_personal_data_in_the_summary(world: World) -> None:
    world.question("vraag", description="'Samenvatting: mail jan@school.be voor de bundel.'")
    the_problem(world, "content/qa/vraag.md:10: error: description:")


def test_personal_data_in_the_source(world: World) -> None:
    world.question("vraag", source="an.de.smet@school.be")
    the_problem(world, "content/qa/vraag.md:10: error: source:")


def test_drafts_may_still_hold_the_intake(world: World) -> None:
    _answer(world, "Vraag van jan.peeters@school.be, 0471 12 34 56.", status="draft", answered=None)
    no_problems(world)
