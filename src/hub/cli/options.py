"""Options every command shares, and the command classes that give `-h/--help` a Dutch help text."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from hub.context import brussels_now, cache_root_from

HELP_OPTION_TEXT = "Toon deze hulp en stop."


class HubCommand(click.Command):
    """A command whose `-h/--help` option explains itself in Dutch (click's text is English)."""

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = HELP_OPTION_TEXT
        return option


class HubGroup(click.Group):
    """A group with the Dutch help option whose subcommands (`@group.command`) have it too."""

    command_class = HubCommand
    group_class = type  # subgroups are HubGroups as well

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = HELP_OPTION_TEXT
        return option


def _inherit_content(ctx: click.Context, param: click.Parameter, value: Path) -> Path:
    """`hub --content DIR check` works like `hub check --content DIR`."""
    if ctx.get_parameter_source(str(param.name)) in (ParameterSource.DEFAULT, None):
        inherited = (ctx.find_root().obj or {}).get("content")
        if inherited is not None:
            return Path(inherited)
    return value


content_option: Callable[[Any], Any] = click.option(
    "--content",
    "content",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("content"),
    callback=_inherit_content,
    help="De inhoudsmap (standaard: content).",
)


def today_option(help_text: str) -> Callable[[Any], Any]:
    """`--today YYYY-MM-DD`: the day a command judges dates by (default: today in Brussels)."""
    return click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), help=help_text)


def day_or_today(value: dt.datetime | None) -> dt.date:
    """The `--today` option's day, or the current day in Brussels (the one clock read of a command)."""
    return value.date() if value is not None else brussels_now().date()


def cache_root() -> Path | None:
    """The search cache folder `$HUB_CACHE_DIR` names (default: .cache/hub-index/ next to content/)."""
    return cache_root_from(os.environ)


def require_content(content: Path) -> Path:
    if not content.is_dir():
        raise click.UsageError(f"inhoudsmap niet gevonden: {content}")
    return content
