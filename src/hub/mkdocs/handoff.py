"""What a `hub` command hands to the MkDocs plugin it starts: MkDocs makes the plugin itself, from
mkdocs.yml, so the command leaves its preset here, keyed by that configuration file."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from hub.context import BuildContext


@dataclass
class Preset:
    content_root: Path
    context: BuildContext | None = None  # loaded and checked already: used for the first build
    cache_root: Path | None = None
    lanes: int = 1  # processes the build may run at once (`hub build`: one per core)


_presets: dict[Path, Preset] = {}


@contextmanager
def hand_over(config_file: Path, preset: Preset) -> Iterator[None]:
    """Make PRESET available to the plugin of CONFIG_FILE while the build or the server runs."""
    key = config_file.resolve()
    _presets[key] = preset
    try:
        yield
    finally:
        _presets.pop(key, None)


def preset_for(config_file: str | None) -> Preset | None:
    if not config_file:
        return None
    return _presets.get(Path(config_file).resolve())
