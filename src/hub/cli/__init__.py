"""The `hub` command line: thin commands over the library; exit 0 ok, 1 content problems, 2 usage.

Every command lives in its own module and is imported only when it runs, so `hub search` does not
pay for MkDocs and `hub check --help` starts at once. COMMANDS is the one list of them.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import click

from hub.cli.options import HubGroup

# command name -> (module, attribute): the whole command line at a glance.
COMMANDS: dict[str, tuple[str, str]] = {
    "check": ("hub.cli.check_cmd", "check"),
    "build": ("hub.cli.build_cmd", "build"),
    "serve": ("hub.cli.build_cmd", "serve"),
    "search": ("hub.cli.search_cmd", "search_command"),
    "similar": ("hub.cli.search_cmd", "similar_command"),
    "new": ("hub.cli.new_cmd", "new"),
    "qa": ("hub.cli.qa_cmd", "qa"),
    "prune": ("hub.cli.prune_cmd", "prune"),
    "archive": ("hub.cli.archive_cmd", "archive"),
    "withdraw": ("hub.cli.withdraw_cmd", "withdraw"),
    "diff": ("hub.cli.diff_cmd", "diff"),
    "rules": ("hub.cli.rules_cmd", "rules"),
    "effect": ("hub.cli.effect_cmd", "effect"),
}


class LazyGroup(HubGroup):
    """A group whose commands are imported when they are used (or listed in --help)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, attribute = COMMANDS[cmd_name]
        command: click.Command = getattr(importlib.import_module(module), attribute)
        return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--content",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="De inhoudsmap voor het commando (standaard: content); een --content na het commando gaat voor.",
)
@click.pass_context
def hub(ctx: click.Context, content: Path | None) -> None:
    """Inhoudshub van de pedagogische begeleidingsdienst: inhoud controleren, bouwen, zoeken en bewerken."""
    ctx.obj = {"content": content}


def main() -> None:
    try:
        hub.main(prog_name="hub", standalone_mode=True)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:
        click.echo(f"hub: onverwacht probleem: {type(exc).__name__}: {exc}", err=True)
        click.echo("hub: meld dit aan de ontwikkelaars, met het commando dat je gaf.", err=True)
        sys.exit(1)
