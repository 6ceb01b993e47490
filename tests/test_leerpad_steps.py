"""Mixed leerpad steps: a step is a material, a question or an offering. The check resolves each in
its collection; the leerpad page links each to its page with its kind; each step's page has one
compact banner per leerpad naming the previous and next step."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from hub.cli import hub
from tests.checking import the_problem
from tests.conftest import errors_of, warnings_of
from tests.site_files import build_world_site, page_soup
from tests.world import World, question_text

MIXED = textwrap.dedent("""
  - material: hoeken
    note: Lees eerst de fiche.
  - question: hoeken-vraag
    note: Wat de helpdesk erover zegt.
  - training: hoeken-opleiding
    note: Verdiep je samen met je team.""")


def _mixed(world: World, steps: str = MIXED, title: str = "Route hoekenwerk") -> None:
    world.material("hoeken", title="Hoeken in de kleuterklas")
    world.question("hoeken-vraag", title="Hoe richt ik hoeken in?")
    world.offering("hoeken-opleiding", title="Opleiding hoekenwerk")
    world.material("route", title=title, type="leerpad", steps=steps)


def test_a_leerpad_may_route_through_a_question_and_an_offering(world: World) -> None:
    _mixed(world)
    assert errors_of(world) == [] and warnings_of(world) == []


@pytest.mark.parametrize(
    ("step", "line", "message"),
    [
        (
            "question: hoeken-vrag",
            14,
            "HUB214 steps: er bestaat geen vraag 'hoeken-vrag' (bedoel je 'hoeken-vraag'?)",
        ),
        ("training: opleiding", 14, "HUB214 steps: er bestaat geen aanbod 'opleiding'"),
        (
            "material: hoeken-vraag",
            14,
            "HUB232 steps: er bestaat geen materiaal 'hoeken-vraag', wel een vraag: schrijf 'question: hoeken-vraag'",
        ),
        (
            "note: alleen een noot",
            14,
            "HUB231 steps: een stap noemt één item: material: <slug>, question: <slug> of training: <slug>",
        ),
        (
            "{material: hoeken, question: hoeken-vraag}",
            14,
            "HUB231 steps: een stap noemt één item, deze noemt er 2 (material, question)",
        ),
    ],
)
def test_each_step_is_resolved_in_its_own_collection(
    world: World, step: str, line: int, message: str
) -> None:
    _mixed(world, steps=f"\n  - material: hoeken\n  - {step}")
    found = the_problem(world, f"content/materials/route.md:{line}: error: steps:")
    assert message in found


def test_draft_and_withdrawn_targets_are_as_for_materials(world: World) -> None:
    _mixed(world)
    world.question("hoeken-vraag", question_text("Hoe richt ik hoeken in?", status="draft", answered=None))
    world.offering(
        "hoeken-opleiding",
        title="Opleiding hoekenwerk",
        status="withdrawn",
        withdrawn="2026-11-01",
        withdrawn_reason="Loopt niet meer.",
    )
    assert "HUB211 steps: 'hoeken-vraag' is een concept" in the_problem(
        world, "content/materials/route.md:15: error: steps:"
    )
    assert (
        "HUB230 (waarschuwing) steps: 'hoeken-opleiding' is ingetrokken (niet meer actueel)"
        in the_problem(world, "content/materials/route.md:17: warning: steps:")
    )


def test_the_same_question_twice_is_a_duplicate_step(world: World) -> None:
    _mixed(world, steps="\n  - question: hoeken-vraag\n  - material: hoeken\n  - question: hoeken-vraag")
    assert "HUB216" in the_problem(world, "content/materials/route.md:15: warning: steps:")


def test_archiving_a_question_step_points_it_at_the_successor(world: World) -> None:
    _mixed(world)
    world.question("hoeken-nieuw", title="Hoe richt ik hoeken in voor jonge kleuters?")
    archive = ["archive", "hoeken-vraag", "--replaced-by", "hoeken-nieuw", "--content", str(world.content)]
    result = CliRunner().invoke(hub, archive)
    assert result.exit_code == 0, result.output
    route = (world.content / "materials" / "route.md").read_text(encoding="utf-8")
    assert "- question: hoeken-nieuw\n  note: Wat de helpdesk erover zegt." in route
    assert errors_of(world) == []


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    world = World(tmp_path_factory.mktemp("leerpaden"))
    _mixed(world, title="Leerpad hoekenwerk")
    world.material(
        "ander", title="Andere route", type="leerpad", steps="\n  - material: hoeken\n  - material: eind"
    )
    world.material("eind", title="Een slotfiche")
    # The same material twice in one leerpad (a HUB216 warning) still gets one banner for it.
    world.material(
        "dubbel", title="Dubbele route", type="leerpad", steps="\n  - material: eind\n  - material: eind"
    )
    return build_world_site(world)


def test_the_leerpad_page_links_each_kind_to_its_page_with_its_label(site: Path) -> None:
    steps = page_soup(site, "materialen/route").select("ol.hub-steps > li.hub-step")
    assert [
        (
            step.select_one(".hub-step__title a")["href"],
            step.select_one(".hub-step__type").get_text(strip=True),
            step.select_one(".hub-step__note").get_text(strip=True),
        )
        for step in steps
    ] == [
        ("../../materialen/hoeken/", "Fiche", "Lees eerst de fiche."),
        ("../../vragen/hoeken-vraag/", "Vraag en antwoord", "Wat de helpdesk erover zegt."),
        ("../../aanbod/hoeken-opleiding/", "Opleiding", "Verdiep je samen met je team."),
    ]
    assert [step["data-step"] for step in steps] == ["1-hoeken", "2-hoeken-vraag", "3-hoeken-opleiding"]
    data = json.loads(page_soup(site, "materialen/route").find("script", type="application/ld+json").string)
    assert [(part["@type"], part["name"]) for part in data["hasPart"]] == [
        ("LearningResource", "Hoeken in de kleuterklas"),
        ("Question", "Hoe richt ik hoeken in?"),
        ("Course", "Opleiding hoekenwerk"),
    ]


def test_a_question_step_has_a_compact_banner_naming_previous_and_next(site: Path) -> None:
    page = page_soup(site, "vragen/hoeken-vraag")
    [banner] = page.select("nav.hub-route")
    text = banner.get_text(" ", strip=True)
    # The title says it is a leerpad already: no "in het leerpad Leerpad ...".
    assert text.startswith(
        "Stap 2 van 3 in Leerpad hoekenwerk ← Vorige stap: Hoeken in de kleuterklas (Fiche)"
    )
    assert "Volgende stap: Opleiding hoekenwerk (Opleiding) →" in text
    assert banner["aria-label"] == "Leerpad hoekenwerk"
    assert banner.select_one("a[rel=prev]")["href"] == "../../materialen/hoeken/"
    assert banner.select_one("a[rel=next]")["href"] == "../../aanbod/hoeken-opleiding/"
    done = banner.select_one(".hub-route__done")
    assert (done["data-leerpad"], done["data-step"]) == ("route", "2-hoeken-vraag")
    assert page.find("script", src=lambda s: s and s.endswith("assets/hub-leerpad.js"))


def test_the_last_step_an_offering_leads_back_to_the_leerpad(site: Path) -> None:
    banner = page_soup(site, "aanbod/hoeken-opleiding").select_one("nav.hub-route")
    assert banner.select_one("a[rel=next]") is None
    back = banner.select_one(".hub-route__back a")
    assert back["href"] == "../../materialen/route/"
    assert "Stap 3 van 3 in Leerpad hoekenwerk" in banner.get_text(" ", strip=True)


def test_a_material_in_two_leerpaden_gets_one_banner_per_leerpad(site: Path) -> None:
    banners = page_soup(site, "materialen/hoeken").select("nav.hub-route")  # leerpaden by slug: ander, route
    assert [b.select_one(".hub-route__where").get_text(" ", strip=True) for b in banners] == [
        "Stap 1 van 2 in het leerpad Andere route",
        "Stap 1 van 3 in Leerpad hoekenwerk",
    ]
    assert [b["aria-label"] for b in banners] == ["Leerpad: Andere route", "Leerpad hoekenwerk"]
    assert [b.select_one("a[rel=next]").get_text(" ", strip=True) for b in banners] == [
        "Volgende stap: Een slotfiche (Fiche) →",
        "Volgende stap: Hoe richt ik hoeken in? (Vraag en antwoord) →",
    ]
    eind = page_soup(site, "materialen/eind").select("nav.hub-route")
    assert [b.select_one(".hub-route__where").get_text(" ", strip=True) for b in eind] == [
        "Stap 2 van 2 in het leerpad Andere route",
        "Stap 1 van 2 in het leerpad Dubbele route",  # twice in that leerpad: the banner of its first place
    ]
