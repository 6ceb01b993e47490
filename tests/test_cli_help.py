"""Every `hub ... --help` page speaks Dutch: command texts, option texts and the -h/--help option itself.

Click's own framing ("Usage:", "Options:", "Commands:") may stay English; everything we write may not.
"""

from __future__ import annotations

import re

import click
import pytest
from click.testing import CliRunner

from hub.cli import hub

# Common English words (and click's English defaults) that no Dutch help text contains. Words that are
# also Dutch ("of", "in", "is", "over", "door") are left out on purpose.
WORDS = (
    *("the", "and", "with", "to", "for", "from", "into", "every", "only", "when", "this", "that"),
    *("which", "too", "also", "first", "not", "or", "at", "default", "folder", "file", "files"),
    *("results", "warnings", "show", "message", "exit", "date", "day", "as on"),
)
# Lower case or capitalised (a sentence start), never all capitals: FILE and TEXT are click's metavars.
ENGLISH = re.compile(r"\b(" + "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in WORDS) + r")\b")
HELP_OPTION = "Toon deze hulp en stop."  # the Dutch text of -h/--help, as hub.cli.options sets it
ENGLISH_PHRASES = ("content folder", "default:", "Show this message")


def _commands(
    command: click.Command, path: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], click.Command]]:
    """(argument path, command) for the command and everything under it, groups included."""
    found = [(path, command)]
    if isinstance(command, click.Group):
        ctx = click.Context(command, info_name="hub")
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            assert sub is not None, name
            found += _commands(sub, (*path, name))
    return found


COMMANDS = _commands(hub)


def _without_usage(page: str) -> str:
    """The help page without click's usage block (metavars and command names, not prose)."""
    usage, _, rest = page.partition("\n\n")
    assert usage.startswith("Usage: hub"), page
    return " ".join(rest.split())


def _squeezed(text: str) -> str:
    """TEXT without whitespace, to find a text in a page that click wrapped (also after hyphens)."""
    return "".join(text.split())


def _english(text: str) -> list[str]:
    return sorted(
        {m.group(0).lower() for m in ENGLISH.finditer(text)} | {p for p in ENGLISH_PHRASES if p in text}
    )


def test_every_command_is_walked() -> None:
    paths = {" ".join(path) for path, _ in COMMANDS}
    assert {"", "check", "build", "serve", "search", "qa", "qa import", "qa publish", "qa trends"} <= paths


def test_the_word_list_catches_english_help() -> None:
    """Today's English texts fail the check; the Dutch ones and click's metavars pass it."""
    english = "Validate every content file; one line per problem. Warnings fail too. The content folder."
    assert {"every", "file", "warnings", "too", "the", "content folder"} <= set(_english(english))
    assert {"show", "this", "and", "exit"} <= set(_english("Show this message and exit."))
    assert "default:" in _english("text (default), json; [default: text]")
    assert _english("Controleer elk inhoudsbestand; één regel per probleem. De inhoudsmap.") == []
    assert _english("--site-dir DIRECTORY --mapping FILE --replaced-by SLUG [text|github|json]") == []


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[" ".join(p) or "hub" for p, _ in COMMANDS])
def test_help_is_dutch(path: tuple[str, ...], command: click.Command) -> None:
    for flag in ("--help", "-h"):
        result = CliRunner().invoke(hub, [*path, flag])
        assert result.exit_code == 0, result.output
    page = _without_usage(result.output)
    assert _english(page) == [], page
    assert f"-h, --help {HELP_OPTION}" in page, page
    assert command.help and _squeezed(command.help) in _squeezed(page)
    assert _english(command.help) == [], command.help
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, f"{' '.join(path)} {param.opts[0]} has no help text"
            assert _squeezed(param.help) in _squeezed(page)
            assert _english(param.help) == [], param.help
