"""Keys of the contract's second wave: accepted and validated; `needs` on a type is checked (HUB333)."""

from __future__ import annotations

from hub.load.loader import load_content
from tests.checking import no_problems, problem_lines
from tests.world import World, fiche_text, material_text, offering_text


def _needs(world: World, needs: str) -> None:
    types = (world.content / "taxonomy" / "types.yml").read_text(encoding="utf-8")
    world.write(
        "taxonomy/types.yml", types.replace("label: Kennisclip", f"label: Kennisclip\n  needs: {needs}")
    )


def test_a_kennisclip_that_needs_a_link_without_one_is_an_error_on_its_type(world: World) -> None:
    _needs(world, "link")
    world.material("clip", material_text(type="kennisclip"))
    lines = problem_lines(world)
    assert any(
        line.startswith("content/materials/clip.md:7:") and "HUB333" in line and "link" in line
        for line in lines
    ), lines


def test_a_kennisclip_with_its_link_passes(world: World) -> None:
    _needs(world, "link-or-file")
    world.material("clip", material_text(type="kennisclip", link="https://video.example.org/clip"))
    no_problems(world)


def test_a_draft_needs_nothing_yet(world: World) -> None:
    _needs(world, "file")
    world.material("clip", material_text(type="kennisclip", status="draft"))
    no_problems(world)


def test_an_unknown_needs_value_is_a_located_error(world: World) -> None:
    _needs(world, "video")
    lines = problem_lines(world)
    assert any(line.startswith("content/taxonomy/types.yml:") and "needs" in line for line in lines), lines


def test_offering_and_session_keys_of_the_second_wave_load(world: World) -> None:
    sessions = (
        "[{start: 2027-01-14T09:00, end: 2027-01-14T16:00, mode: online, status: volzet,"
        " evaluation_url: 'https://forms.example.org/edbi'}]"
    )
    world.offering(
        "plg",
        offering_text(
            sessions=sessions,
            contact="begeleiding@pbd.example",
            on_request="true",
            evaluation_url="https://forms.example.org/edbi",
        ),
    )
    world.fiche(
        "opleiding",
        fiche_text(
            evaluation="{instrument: EDBI, scale_labels: [Nooit, Zelden, Soms, Vaak, Altijd]}",
        ),
    )
    no_problems(world)
    catalog, _ = load_content(world.content)
    offering = catalog.offerings["plg"]
    assert (offering.on_request, offering.contact, offering.sessions[0].status) == (
        True,
        "begeleiding@pbd.example",
        "volzet",
    )


def test_a_session_status_outside_the_list_is_a_located_error(world: World) -> None:
    sessions = "[{start: 2027-01-14T09:00, end: 2027-01-14T16:00, mode: online, status: vol}]"
    world.offering("plg", offering_text(sessions=sessions))
    lines = problem_lines(world)
    assert any(line.startswith("content/trainings/plg.md:") and "volzet" in line for line in lines), lines


def test_a_contact_is_a_service_address_or_https_page(world: World) -> None:
    world.offering("mail", offering_text(contact="Vorming@Begeleiding.example.org"))
    world.offering(
        "pagina", offering_text("Vorming over lezen", contact="https://begeleiding.example.org/contact")
    )
    no_problems(world)
    catalog, _ = load_content(world.content)
    assert catalog.offerings["mail"].contact == "Vorming@begeleiding.example.org"  # domain normalised


def test_a_private_mailbox_or_a_plain_http_page_is_refused_as_contact(world: World) -> None:
    world.offering("prive", offering_text(contact="an.peeters@gmail.com"))
    world.offering("http", offering_text(contact="http://begeleiding.example.org/contact"))
    world.offering("kapot", offering_text(contact="vorming@@begeleiding"))
    lines = problem_lines(world)
    assert any("prive.md" in line and "contact" in line and "persoonlijk mailadres" in line for line in lines)
    assert any("http.md" in line and "contact" in line and "https" in line for line in lines), lines
    assert any("kapot.md" in line and "geen geldig e-mailadres" in line for line in lines), lines
