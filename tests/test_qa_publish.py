"""`hub qa publish`: refuses while the answer is missing or hub check objects; otherwise two lines change."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from click.testing import CliRunner

from hub.cli import hub
from hub.helpdesk.drafts import ANSWER_PLACEHOLDER
from tests.conftest import errors_of
from tests.world import World

DRAFT = f"""---
title: "Hoe start ik met GSL?"
status: draft  # publiceer met 'hub qa publish hoe-start-ik-met-gsl' zodra het antwoord er staat
owner: helpdesk
reviewed: 2026-11-01
themes: [gsl]  # thema voorgesteld door hub, controleer
levels: [basis, secundair]
asked: 2026-10-06
source: "102"
---

> Hoe start ik met GSL?

{ANSWER_PLACEHOLDER}

<!-- hub: geen gelijkaardige vragen of materialen gevonden.
-->
"""


def publish(world: World, slug: str, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(hub, ["qa", "publish", slug, "--content", str(world.content), *extra])
    return result.exit_code, result.output


@pytest.fixture
def draft(world: World) -> Path:
    return world.question("hoe-start-ik-met-gsl", DRAFT)


def test_refuses_while_the_answer_placeholder_is_there(world: World, draft: Path) -> None:
    before = draft.read_bytes()
    code, output = publish(world, "hoe-start-ik-met-gsl")
    assert code == 1
    assert "qa/hoe-start-ik-met-gsl.md:14:1: HUB610 body: het antwoord ontbreekt nog" in output
    assert "het bestand is niet veranderd" in output
    assert draft.read_bytes() == before


def test_refuses_personal_data_in_the_answer(world: World, draft: Path) -> None:
    draft.write_text(DRAFT.replace(ANSWER_PLACEHOLDER, "Bel ons op 0476 12 34 56."), encoding="utf-8")
    before = draft.read_bytes()
    code, output = publish(world, "hoe-start-ik-met-gsl")
    assert code == 1
    assert "bevat persoonsgegevens (telefoonnummer '0476 12 34 56')" in output
    assert draft.read_bytes() == before


def test_refuses_missing_keys_and_bad_tags(world: World, draft: Path) -> None:
    text = DRAFT.replace(ANSWER_PLACEHOLDER, "Begin klein.").replace("levels: [basis, secundair]\n", "")
    draft.write_text(text.replace("[gsl]", "[gssl]"), encoding="utf-8")
    code, output = publish(world, "hoe-start-ik-met-gsl")
    assert code == 1
    assert "levels: verplichte sleutel ontbreekt" in output
    assert draft.read_text(encoding="utf-8") == text.replace("[gsl]", "[gssl]")


def test_publishes_by_changing_only_status_and_answered(world: World, draft: Path) -> None:
    answered = DRAFT.replace(ANSWER_PLACEHOLDER, "Begin met één klas en één doel.")
    draft.write_text(answered, encoding="utf-8")
    code, output = publish(world, "hoe-start-ik-met-gsl", "--answered", "2026-11-02")
    assert code == 0, output
    after = draft.read_text(encoding="utf-8")
    changes = [
        line
        for line in difflib.unified_diff(answered.split("\n"), after.split("\n"), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    assert changes == [
        "-status: draft  # publiceer met 'hub qa publish hoe-start-ik-met-gsl' zodra het antwoord er staat",
        "+status: published",
        "+answered: 2026-11-02",
    ]
    assert "themes: [gsl]  # thema voorgesteld door hub, controleer" in after
    assert errors_of(world) == []


def test_an_existing_answered_line_is_replaced_in_place(world: World) -> None:
    path = world.question("al-beantwoord", status="draft", answered="2026-02-10  # oude datum")
    code, _ = publish(world, "al-beantwoord", "--answered", "2026-03-01")
    assert code == 0
    text = path.read_text(encoding="utf-8")
    assert "answered: 2026-03-01  # oude datum" in text and "status: published" in text


def test_answered_before_asked_is_refused(world: World, draft: Path) -> None:
    draft.write_text(DRAFT.replace(ANSWER_PLACEHOLDER, "Begin klein."), encoding="utf-8")
    code, output = publish(world, "hoe-start-ik-met-gsl", "--answered", "2026-01-01")
    assert code == 1 and "ligt vóór asked" in output


def test_unknown_slug_and_bad_date(world: World) -> None:
    code, output = publish(world, "bestaat-niet")
    assert code == 1 and "geen vraag 'bestaat-niet'" in output
    code, output = publish(world, "bestaat-niet", "--answered", "gisteren")
    assert code == 2 and "geen datum" in output


@pytest.mark.parametrize(
    "answer",
    [
        "Mail ons op jan&#46;peeters&#64;school&#46;be.",
        "Mail ons op jan.peeters<span></span>@school.be.",
        "Mail ons op jan[at]school[dot]be.",
        "Mail ons op jan.pee\u00adters@school.be.",
    ],
)
def test_refuses_a_disguised_email(world: World, draft: Path, answer: str) -> None:
    draft.write_text(DRAFT.replace(ANSWER_PLACEHOLDER, answer), encoding="utf-8")
    before = draft.read_bytes()
    code, output = publish(world, "hoe-start-ik-met-gsl")
    assert code == 1
    assert "qa/hoe-start-ik-met-gsl.md:14:1: HUB401 body: bevat persoonsgegevens (e-mailadres" in output
    assert draft.read_bytes() == before


@pytest.mark.parametrize(
    ("slug", "message"),
    [
        ("../archive/qa/oude-vraag", "geen slug: geef alleen de naam, zonder map"),
        ("qa/hoe-start-ik-met-gsl", "geen slug: geef alleen de naam, zonder map"),
        ("hoe-start-ik-met-gsl\n", "er staat een regeleinde in"),
        ("hoe-start-ik-met-gsl.md", "laat '.md' weg"),
        ("Hoe Start", "gebruik kleine letters a-z"),
    ],
)
def test_wrong_slug_is_a_usage_error(world: World, draft: Path, slug: str, message: str) -> None:
    world.write("archive/qa/oude-vraag.md", DRAFT.replace(ANSWER_PLACEHOLDER, "Begin klein."))
    before = draft.read_bytes()
    code, output = publish(world, slug)
    assert code == 2, output
    assert message in output and "Traceback" not in output
    assert draft.read_bytes() == before


def test_an_archived_question_is_not_published(world: World) -> None:
    archived = world.write("archive/qa/oude-vraag.md", DRAFT.replace(ANSWER_PLACEHOLDER, "Begin klein."))
    before = archived.read_bytes()
    code, output = publish(world, "oude-vraag")
    assert code == 1
    assert "geen vraag 'oude-vraag'" in output and "gearchiveerd" in output
    assert archived.read_bytes() == before
