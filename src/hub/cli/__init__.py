"""The `hub` command line: thin commands over the library; exit 0 ok, 1 content problems, 2 usage."""

from __future__ import annotations

import sys

import click

from hub.cli import build_cmd, check_cmd, new_cmd


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def hub() -> None:
    """Content hub of the pedagogische begeleidingsdienst: check, build, search and edit content."""


for module in (check_cmd, build_cmd, new_cmd):
    module.register(hub)


def main() -> None:
    try:
        hub.main(prog_name="hub", standalone_mode=True)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - no traceback may reach an editor
        click.echo(f"hub: unexpected problem: {type(exc).__name__}: {exc}", err=True)
        click.echo("hub: please report this with the command you ran.", err=True)
        sys.exit(1)
