"""The `hub` command line: thin commands over the library; exit 0 ok, 1 content problems, 2 usage."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--content",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="The content folder for the command (default content/); the command's own --content wins.",
)
@click.pass_context
def hub(ctx: click.Context, content: Path | None) -> None:
    """Content hub of the pedagogische begeleidingsdienst: check, build, search and edit content."""
    ctx.obj = {"content": content}


# Every module hub/cli/*_cmd.py registers its commands: adding a command touches no shared file.
for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
    if info.name.endswith("_cmd"):
        importlib.import_module(f"hub.cli.{info.name}").register(hub)


def main() -> None:
    try:
        hub.main(prog_name="hub", standalone_mode=True)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:
        click.echo(f"hub: unexpected problem: {type(exc).__name__}: {exc}", err=True)
        click.echo("hub: please report this with the command you ran.", err=True)
        sys.exit(1)
