"""Front-matter edits that change only the intended values, whatever the list style."""

from __future__ import annotations

import datetime as dt

import pytest

from hub.editorial.frontmatter_edit import EditError, FrontMatterEditor


def edited(front: str, *edits: tuple[str, tuple, str | None]) -> str:
    editor = FrontMatterEditor(f"---\n{front}---\n\nBody.\n", "content/materials/x.md")
    for action, path, value in edits:
        if action == "replace":
            editor.replace(path, value or "")
        else:
            editor.remove(path)
    return editor.result().split("---\n")[1]


@pytest.mark.parametrize(
    ("before", "index", "after"),
    [
        ("related: [a, b, c]\n", 0, "related: [b, c]\n"),
        ("related: [a, b, c]\n", 1, "related: [a, c]\n"),
        ("related: [a, b, c]\n", 2, "related: [a, b]\n"),
        ("related: [a]  # keep\n", 0, "related: []  # keep\n"),
        ("related:\n  - a\n  - b\nnext: 1\n", 0, "related:\n  - b\nnext: 1\n"),
        ("related:\n- a\n- b\nnext: 1\n", 1, "related:\n- a\nnext: 1\n"),
        ("related:  # mine\n  - a\nnext: 1\n", 0, "related: []  # mine\nnext: 1\n"),
    ],
)
def test_removing_a_list_item_keeps_the_rest_as_written(before: str, index: int, after: str) -> None:
    assert edited(before, ("remove", ("related", index), None)) == after


def test_removing_a_step_removes_its_note_lines_only() -> None:
    before = (
        "steps:\n  - material: a\n    note: >-\n      Lang\n      verhaal.\n  - material: b\ntype: leerpad\n"
    )
    after = edited(before, ("remove", ("steps", 0), None))
    assert after == "steps:\n  - material: b\ntype: leerpad\n"


def test_replacing_keeps_quotes_and_comments() -> None:
    before = 'related: ["a", \'b\']  # two\nsteps:\n  - material: "a"   # first\n'
    after = edited(before, ("replace", ("related", 1), "z"), ("replace", ("steps", 0, "material"), "z"))
    assert after == 'related: ["a", \'z\']  # two\nsteps:\n  - material: "z"   # first\n'


def test_a_new_key_goes_after_its_anchor() -> None:
    editor = FrontMatterEditor("---\ntitle: X\nstatus: published # live\nowner: t\n---\n", "x.md")
    editor.replace(("status",), "archived")
    editor.set_top_level_after("replaced_by", "status", "y")
    assert editor.result() == "---\ntitle: X\nstatus: archived # live\nreplaced_by: y\nowner: t\n---\n"


def test_a_file_without_front_matter_is_refused() -> None:
    with pytest.raises(EditError):
        FrontMatterEditor("title: X\n", "x.md")


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("Het leerplan is vervangen.", "Het leerplan is vervangen."),
        ("Let op: verouderd", '"Let op: verouderd"'),  # ': ' would start a mapping
        ("#1 van de lijst", '"#1 van de lijst"'),  # '#' would start a comment
        ("true", '"true"'),  # would read as a boolean
        ("2026-11-20", '"2026-11-20"'),  # text that looks like a date stays text
        ('Zei "nee"', 'Zei "nee"'),
        ("- geen lijst", '"- geen lijst"'),
    ],
)
def test_new_keys_are_written_so_that_they_read_back_as_given(value: str, written: str) -> None:
    editor = FrontMatterEditor("---\ntitle: T\nstatus: published  # live\nowner: x\n---\n\nBody.\n", "x.md")
    editor.replace(("status",), "withdrawn")
    editor.set_keys_after("status", {"withdrawn": dt.date(2026, 11, 20), "withdrawn_reason": value})
    assert editor.result() == (
        "---\ntitle: T\nstatus: withdrawn  # live\nwithdrawn: 2026-11-20\n"
        f"withdrawn_reason: {written}\nowner: x\n---\n\nBody.\n"
    )


def test_a_key_that_is_there_already_keeps_its_place() -> None:
    editor = FrontMatterEditor("---\nstatus: published\nowner: x\nreplaced_by: oud\n---\n", "x.md")
    editor.set_keys_after("status", {"replaced_by": "nieuw", "archived_reason": "Dubbel."})
    assert (
        editor.result()
        == "---\nstatus: published\narchived_reason: Dubbel.\nowner: x\nreplaced_by: nieuw\n---\n"
    )
