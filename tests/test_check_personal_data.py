"""Published questions may carry no personal data: e-mail, phone numbers, national register numbers."""

from __future__ import annotations

import pytest

from tests.checking import no_problems, problem_lines, the_problem
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
    assert f"bevat persoonsgegevens ({kind}" in line


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


@pytest.mark.parametrize(
    "text",
    [
        "Mail jan&#46;peeters&#64;school&#46;be voor meer.",
        "Mail jan\\.peeters@school\\.be voor meer.",
        "Mail jan.peeters<span></span>@school.be voor meer.",
        "Mail jan.peeters<!-- niets -->@school.be voor meer.",
        "Mail jan[at]school[dot]be voor meer.",
        "Mail jan(at)school(punt)be voor meer.",
        "Mail jan＠school.be voor meer.",
        "Mail jan @ school.be voor meer.",
        "Mail jan.pee\u00adters@school.be voor meer.",
        "Mail jan.pee\u200bters@school.be voor meer.",
        "Mail jan at school punt be voor meer.",
    ],
)
def test_disguised_email_in_the_answer_names_file_and_line(world: World, text: str) -> None:
    _answer(world, text)
    line = the_problem(world, "content/qa/vraag.md:13: error: body:")
    assert "bevat persoonsgegevens (e-mailadres" in line


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Zijn nummer is 85-07-30-033-28.", "rijksregisternummer"),
        ("Bel 0471  12  34  56 na vier uur.", "telefoonnummer"),
        ("Stort op BE68 5390 0754 7034.", "IBAN"),
    ],
)
def test_disguised_numbers_in_the_answer(world: World, text: str, kind: str) -> None:
    _answer(world, text)
    assert f"bevat persoonsgegevens ({kind}" in the_problem(world, "content/qa/vraag.md:13: error: body:")


def test_split_over_a_comment_across_lines_names_the_line_where_it_starts(world: World) -> None:
    _answer(world, "Eerste regel.\n\nMail jan.peeters<!--\n-->@school.be\nvoor meer.")
    the_problem(world, "content/qa/vraag.md:15: error: body:")


def test_link_target_is_published_too(world: World) -> None:
    _answer(world, "Mail [ons secretariaat](mailto:jan&#46;peeters@school.be).")
    found = [line for line in problem_lines(world) if "bevat persoonsgegevens (e-mailadres" in line]
    assert len(found) == 1 and found[0].startswith("content/qa/vraag.md:13:1: HUB401 body:")


def test_disguised_email_in_the_title(world: World) -> None:
    world.question("vraag", title="'Vraag van jan&#46;peeters&#64;school&#46;be'")
    the_problem(world, "content/qa/vraag.md:2: error: title:")


def test_disguised_email_in_the_source(world: World) -> None:
    world.question("vraag", source="'jan[at]school[dot]be'")
    the_problem(world, "content/qa/vraag.md:10: error: source:")


@pytest.mark.parametrize(
    "slug", ["vraag-van-jan-peeters-at-school-be", "bel-0471-12-34-56", "nummer-85-07-30-033-28"]
)
def test_personal_data_in_the_slug(world: World, slug: str) -> None:
    world.question(slug)
    line = the_problem(world, f"content/qa/{slug}.md:1: error: slug:")
    assert "in de bestandsnaam" in line


def test_ordinary_slugs_pass(world: World) -> None:
    world.question("wat-at-de-klas-in-2025-2026", title="Wat at de klas in 2025-2026?")
    world.question("lessen-van-08-30-tot-12-00", title="Lopen de lessen van 08.30 tot 12.00?")
    no_problems(world)
