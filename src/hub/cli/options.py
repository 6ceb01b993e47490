"""Options every command shares."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource


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
    show_default=True,
    callback=_inherit_content,
    help="The content folder.",
)


def require_content(content: Path) -> Path:
    if not content.is_dir():
        raise click.UsageError(f"content folder not found: {content}")
    return content
