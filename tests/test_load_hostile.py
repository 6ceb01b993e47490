"""Hostile front matter: alias bombs, anchors, oversized files, newlines and control characters in
one-line fields. Each gives one located error, fast, and never a traceback."""

from __future__ import annotations

import subprocess
import time

from tests.checking import no_problems, problem_lines, the_problem
from tests.test_cli_check import HUB
from tests.world import World, material_text, offering_text, question_text

BOMB = "\n".join(
    [
        "a: &a [x, x, x, x, x, x, x, x, x]",
        "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
        "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
        "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
        "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]",
        "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]",
        "h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]",
        "i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]",
        "keywords: [*i, *i, *i, *i, *i, *i, *i, *i, *i]",
    ]
)


def test_alias_bomb_is_refused_in_well_under_a_second(world: World) -> None:
    world.material("bom", material_text().replace("themes: [differentiatie]", BOMB))
    started = time.perf_counter()
    line = the_problem(world, "content/materials/bom.md:11: error: yaml:")
    assert time.perf_counter() - started < 2
    assert "aliassen" in line


def test_alias_bomb_through_the_command_line_ends_quickly(world: World) -> None:
    world.material("bom", material_text().replace("themes: [differentiatie]", BOMB))
    run = subprocess.run(
        [str(HUB), "check", "--content", str(world.content)], capture_output=True, text=True, timeout=30
    )
    assert run.returncode == 1
    assert "content/materials/bom.md:11:1: HUB114 yaml:" in run.stderr
    assert "Traceback" not in run.stderr


def test_a_single_anchor_and_alias_is_refused_at_the_anchor(world: World) -> None:
    text = material_text(levels="&niveaus [kleuter]", roles="*niveaus")
    world.material("anker", text)
    assert "aliassen" in the_problem(world, "content/materials/anker.md:9: error: yaml:")


def test_merge_keys_merge_nothing(world: World) -> None:
    text = material_text().replace("themes: [differentiatie]", "<<: {title: Overschreven}")
    world.material("samenvoegen", text)
    assert "onbekende sleutel '<<'" in the_problem(world, "content/materials/samenvoegen.md:11: error: <<:")


def test_yaml_1_1_words_stay_text(world: World) -> None:
    # 'on', 'nee' and '1:30' are text in YAML 1.2 (and for the editing commands' ruamel).
    world.material("woorden", keywords="[on, nee, 'yes', 1:30]")
    from hub.load.loader import load_content

    catalog, problems = load_content(world.content)
    assert problems == []
    assert catalog.materials["woorden"].keywords == ["on", "nee", "yes", "1:30"]


def test_front_matter_over_the_size_limit_is_a_located_error(world: World) -> None:
    padding = "\n".join(f"# {'x' * 70}" for _ in range(1000))
    world.material("groot", material_text().replace("themes: [differentiatie]", padding))
    line = the_problem(world, "content/materials/groot.md:2: error: front-matter:")
    assert "64 KB" in line


def test_file_over_the_size_limit_is_refused_without_parsing(world: World) -> None:
    world.material("enorm", material_text() + ("Lange tekst. " * 200_000))
    assert "grens" in the_problem(world, "content/materials/enorm.md:1: error: file:")


def test_title_with_a_newline_is_a_located_error(world: World) -> None:
    world.material("twee-regels", material_text(title='"Eerste regel\\nTweede regel"'))
    assert "één regel" in the_problem(world, "content/materials/twee-regels.md:2: error: title:")


def test_control_and_bidi_characters_in_one_line_fields_are_located_errors(world: World) -> None:
    world.question("stuur", question_text(title='"Vraag met \\e escape"'))
    world.offering("bidi", offering_text(title='"Gent \\u202e gnirtsnekruw"'))
    lines = problem_lines(world)
    assert any(
        line.startswith("content/qa/stuur.md:2:1: HUB105 title:") and "U+001B" in line for line in lines
    )
    assert any("content/trainings/bidi.md" in line and "U+202E" in line for line in lines), lines


def test_control_character_in_a_body_names_its_line(world: World) -> None:
    world.question("verticaal", question_text() + "Tweede regel\nmet een \x0b tab\n")
    line = the_problem(world, "content/qa/verticaal.md:14: error: body:")
    assert "U+000B" in line


def test_taxonomy_label_with_a_newline_is_a_located_error(world: World) -> None:
    themes = (world.content / "taxonomy" / "themes.yml").read_text(encoding="utf-8")
    world.write("taxonomy/themes.yml", themes + '- id: nieuw\n  label: "Twee\\nregels"\n')
    lines = problem_lines(world)
    assert any(line.startswith("content/taxonomy/themes.yml:") and "één regel" in line for line in lines), (
        lines
    )


def test_emoji_with_joiners_and_accents_are_fine(world: World) -> None:
    world.material("emoji", title='"Juf 👩\u200d🏫 en de coördinatie"')
    no_problems(world)


def test_file_name_with_a_trailing_newline_is_not_a_slug(world: World) -> None:
    world.material("regel\n")
    lines = problem_lines(world)
    assert any(": HUB116 slug:" in line for line in lines), lines


def test_blank_taxonomy_label_is_a_located_error(world: World) -> None:
    themes = (world.content / "taxonomy" / "themes.yml").read_text(encoding="utf-8")
    world.write("taxonomy/themes.yml", themes + "- id: leeg\n  label: '   '\n")
    lines = problem_lines(world)
    assert any(line.startswith("content/taxonomy/themes.yml:") and "label" in line for line in lines), lines


def test_synonym_with_a_control_character_is_a_located_error(world: World) -> None:
    world.write("taxonomy/synonyms.yml", '- [lezen, "lees\\u202ebegrip"]\n- [zoco, zorgcoordinator]\n')
    line = the_problem(world, "content/taxonomy/synonyms.yml:1: error: [0]:")
    assert "U+202E" in line


def test_an_indented_dash_line_in_block_text_stays_in_the_front_matter(world: World) -> None:
    text = offering_text().replace("---\n\n", "design: |\n  Dag 1\n  ---\n  Dag 2\n---\n\n", 1)
    world.offering("blok", text)
    from hub.load.loader import load_content

    catalog, problems = load_content(world.content)
    assert problems == []
    assert catalog.offerings["blok"].design == "Dag 1\n---\nDag 2"
