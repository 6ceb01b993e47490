"""Options every command shares."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

content_option: Callable[[Any], Any] = click.option(
    "--content",
    "content",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("content"),
    show_default=True,
    help="The content folder.",
)


def require_content(content: Path) -> Path:
    if not content.is_dir():
        raise click.UsageError(f"content folder not found: {content}")
    return content
