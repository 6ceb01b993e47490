"""Every coded rule, made to fire in a tiny world: the problem carries the rule's code (and only the
failing example does: the world without it is clean)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from hub.check import check_content
from hub.problems.registry import get_rule
from tests.conftest import TODAY
from tests.world import (
    EVALUATION,
    World,
    effect_text,
    fiche_text,
    material_text,
    offering_text,
    question_text,
)

Setup = Callable[[World], None]


def _taxonomy(name: str, text: str) -> Setup:
    return lambda world: world.write(f"taxonomy/{name}.yml", text)


def _material(slug: str = "item", text: str | None = None, **overrides: object) -> Setup:
    return lambda world: world.material(slug, text, **overrides) and None


def _both(*setups: Setup) -> Setup:
    def run(world: World) -> None:
        for setup in setups:
            setup(world)

    return run


def _evaluated(world: World) -> None:
    world.evaluated_offering()


def _effect(text: str | None = None, **overrides: object) -> Setup:
    """The evaluated offering with an effect file for its session (TEXT as the file, or with OVERRIDES)."""

    def run(world: World) -> None:
        world.evaluated_offering()
        if text is not None:
            world.write("effects/opleiding-x/2026-05-20.yml", text)
        else:
            world.effect(**overrides)

    return run


ZELFSCAN = (
    "\n  dimensions:\n    - {id: a, title: A, statements: [x]}\n    - {id: a, title: B, statements: [y]}"
)
CHECK_CASES: dict[str, Setup] = {
    "HUB101": _material(description=None),
    "HUB102": _material(leveles="[kleuter]"),
    "HUB103": _material(status="gepubliceerd"),
    "HUB104": _material(duration="een uur"),
    "HUB105": _material(reviewed="14/01/2026"),
    "HUB106": _material(description="Te kort."),
    "HUB110": lambda w: w.write("materials/latin.md", "---\ntitle: co\xebrdinator\n---\n".encode("latin-1")),
    "HUB111": lambda w: w.write("materials/groot.md", "---\ntitle: " + "x" * 70_000 + "\n---\n"),
    "HUB112": _material(text="Gewoon tekst.\n"),
    "HUB113": _material(text="---\ntitle: [open\n---\n"),
    "HUB114": _material(text="---\ntitle: a\ntitle: b\n---\n"),
    "HUB115": _material(text=material_text() + "Tekst met \x0b teken\n"),
    "HUB116": _material(slug="Hoofdletters"),
    "HUB117": lambda w: w.write("materials/los.markdown", "x"),
    "HUB118": lambda w: (w.content / "taxonomy" / "teams.yml").unlink(),
    "HUB190": _material(check_ignore="[{code: HUB311}]"),
    "HUB191": _material(check_ignore="[{code: HUB3111, reason: tikfout}]"),
    "HUB192": _material(check_ignore="[{code: HUB401, reason: mag niet}]"),
    "HUB193": _material(check_ignore="[{code: HUB311, reason: niets meer}]"),
    "HUB201": _material(levels="[kleutr]"),
    "HUB202": _taxonomy("themes", "- id: taal\n  label: Taal\n  parent: taaal\n"),
    "HUB203": _taxonomy("themes", "- id: taal\n  label: Taal\n- id: taal\n  label: Taalbeleid\n"),
    "HUB204": _taxonomy("themes", "- id: Taal Beleid\n  label: Taal\n"),
    "HUB205": _taxonomy("themes", "- id: taal\n  label: Taal\n  luik: hart\n"),
    "HUB206": _taxonomy("forms", "- id: opleiding\n  label: Opleiding\n"),
    "HUB210": _material(slug="zelf", related="[zelf]"),
    "HUB211": _both(
        _material(slug="concept", title="Een concept", status="draft"), _material(related="[concept]")
    ),
    "HUB212": _both(
        _material(slug="nieuw", title="Nieuwe fiche"),
        lambda w: w.write("archive/materials/oud.md", material_text(status="archived", replaced_by="nieuw")),
        _material(related="[oud]"),
    ),
    "HUB213": _both(
        lambda w: w.write("archive/materials/oud.md", material_text(status="archived")),
        _material(related="[oud]"),
    ),
    "HUB214": _material(related="[bestaat-niet]"),
    "HUB215": _material(type="leerpad"),
    "HUB216": _both(
        _material(slug="stap", title="Een stap"),
        _material(type="leerpad", steps="\n  - material: stap\n  - material: stap"),
    ),
    "HUB217": _material(replaced_by="iets"),
    "HUB218": _material(status="archived"),
    "HUB219": lambda w: w.write("fiches/helpdesk.md", fiche_text("opleiding")) and None,
    "HUB220": _material(type="zelfscan", scan=ZELFSCAN),
    "HUB230": _both(
        _material(
            slug="oud",
            title="Oude fiche",
            status="withdrawn",
            withdrawn="2026-11-01",
            withdrawn_reason="Weg.",
        ),
        _material(related="[oud]"),
    ),
    "HUB231": _material(type="leerpad", steps="\n  - note: geen item"),
    "HUB232": _both(
        lambda w: w.question("vraag") and None,
        _material(type="leerpad", steps="\n  - material: vraag"),
    ),
    "HUB301": _material(reviewed="2027-01-01"),
    "HUB302": lambda w: w.question("vraag", asked="2026-02-10", answered="2026-02-01") and None,
    "HUB303": lambda w: w.question("vraag", answered=None) and None,
    "HUB304": lambda w: (
        w.offering("sessie", sessions="[{start: 2027-01-14T09:00, end: 2027-01-14T08:00, mode: online}]")
        and None
    ),
    "HUB305": lambda w: (
        w.offering("sessie", sessions="[{start: 2027-01-14T09:00, end: 2027-01-14T16:00, mode: fysiek}]")
        and None
    ),
    "HUB310": _both(
        _material(slug="a", title="Hoeken in de kleuterklas"),
        _material(slug="b", title="Hoeken in de kleuterklas."),
    ),
    "HUB311": _material(
        title="Hoeken in de kleuterklas inrichten", description="Hoeken in de kleuterklas inrichten."
    ),
    "HUB312": _material(reviewed="2020-01-01"),
    "HUB320": _material(text=material_text() + "[klik](javascript:alert(1))\n"),
    "HUB321": _material(text=material_text() + "<script>alert(1)</script>\n"),
    "HUB330": _material(attachments="[{file: script.exe}]"),
    "HUB331": _material(attachments="[{file: weg.pdf}]"),
    "HUB332": _both(
        lambda w: w.write("materials/files/groot.pdf", b"%PDF-1.4\n" + b"0" * (21 * 1024 * 1024)),
        _material(attachments="[{file: groot.pdf}]"),
    ),
    "HUB340": _material(status="withdrawn"),
    "HUB341": _material(withdrawn_reason="Verouderd."),
    "HUB342": _material(status="withdrawn", withdrawn="2027-01-01", withdrawn_reason="Weg."),
    "HUB345": _material(license="'CC BY SA'"),
    "HUB401": lambda w: w.question("vraag", question_text() + "Mail jan.peeters@school.be.\n") and None,
    "HUB701": _effect(offering="opleiding-y"),
    "HUB702": _effect(responses=50),
    "HUB703": _effect(questions="{V1: [0, 1, 2, 4, 6]}"),
    "HUB704": _effect(questions="{V6: [0, 1, 2, 4, 5]}"),
    "HUB705": _both(_evaluated, lambda w: w.write("effects/opleiding-x/mei.yml", effect_text()) and None),
    "HUB706": _effect(text=effect_text(session="2026-05-21")),
    "HUB707": _both(
        _evaluated, lambda w: w.write("effects/opleiding-x/2026-05-21.yml", effect_text(session="2026-05-21"))
    ),
    "HUB708": _both(
        _evaluated, lambda w: w.offering("opleiding-z", evaluation_url="http://forms.example.org/x") and None
    ),
    "HUB709": lambda w: (
        w.fiche(
            "opleiding",
            evaluation=EVALUATION.replace("open, core: false}", "open, core: false, aspect: leereffect}"),
        )
        and None
    ),
    "HUB710": _both(
        _evaluated,
        lambda w: w.write("effects/opleiding-x/2026-05-20.yml", "- offering: opleiding-x\n") and None,
    ),
}


@pytest.mark.parametrize("code", sorted(CHECK_CASES))
def test_each_check_rule_reports_its_code(world: World, code: str) -> None:
    CHECK_CASES[code](world)
    _, problems = check_content(world.content, TODAY)
    found = [p for p in problems if p.code == code]
    assert found, f"{code} did not fire: {[p.as_text() for p in problems]}"
    assert all(p.severity == get_rule(code).severity for p in found)
    assert all(p.as_text().startswith(f"{p.path}:{p.line}:{p.column}: {code} ") for p in found)


def test_the_worlds_are_clean_without_the_failing_example(world: World) -> None:
    world.material("item")
    world.question("vraag")
    world.offering("sessie", offering_text())
    _effect()(world)
    _, problems = check_content(world.content, TODAY)
    assert problems == []


def test_every_message_variant_of_every_rule_formats(tmp_path: Path) -> None:
    """A template with a field no caller passes fails here, not in front of an editor."""
    from string import Formatter

    from hub.problems.registry import RULES

    for rule in RULES.values():
        for variant, template in rule.messages.items():
            fields = {name for _, name, _, _ in Formatter().parse(template) if name}
            assert rule.message(variant, **dict.fromkeys(fields, "x")), (rule.code, variant)
    assert dt.date(2026, 11, 23) == TODAY
