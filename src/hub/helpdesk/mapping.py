"""Which export column holds what (the default form, or a small YAML mapping file), and form labels
mapped to taxonomy ids by id, label or alias."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from hub.helpdesk.export import Row
from hub.model.taxonomy import Taxonomy
from hub.problems import did_you_mean, problem

# field -> column header(s) of the service's question form (Microsoft Forms export).
DEFAULT_COLUMNS: dict[str, list[str]] = {
    "id": ["Id"],
    "asked": ["Begintijd"],
    "completed": ["Tijd van voltooien"],
    "email": ["E-mail"],
    "name": ["Naam"],
    "question": ["Vraag"],
    "themes": ["Thema"],
    "levels": ["Onderwijsniveau"],
    "school": ["School"],
}
PERSONAL_FIELDS = ("email", "name", "school")


class MappingError(ValueError):
    """A mapping file that cannot be used (HUB622), located in the file."""

    code = "HUB622"

    def __init__(self, path: Path, variant: str, **values: object) -> None:
        self.problem = problem(self.code, str(path), 1, "", variant, **values)
        super().__init__(self.problem.as_text())


def fold(text: str) -> str:
    """Lowercase, accents off, punctuation as single spaces: 'Zorgcoördinator ' -> 'zorgcoordinator'."""
    folded = unicodedata.normalize("NFKD", str(text).lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", folded).strip()


@dataclass
class ColumnMapping:
    """Export columns per field; `personal` lists extra columns that never enter content."""

    columns: dict[str, list[str]] = field(default_factory=lambda: dict(DEFAULT_COLUMNS))
    personal: list[str] = field(default_factory=list)
    owner: str | None = None

    def _cells(self, row: Row, headers: list[str]) -> list[Any]:
        by_fold = {fold(name): value for name, value in row.items()}
        found = []
        for header in headers:
            value = by_fold.get(fold(header), "")
            if isinstance(value, str):
                value = value.strip()
            if value not in ("", None):
                found.append(value)
        return found

    def value(self, row: Row, name: str) -> Any:
        """The cell of a field (texts of several columns joined by a blank line), or ''."""
        cells = self._cells(row, self.columns.get(name, []))
        if len(cells) > 1 and all(isinstance(c, str) for c in cells):
            return "\n\n".join(cells)
        return cells[0] if cells else ""

    def personal_values(self, row: Row) -> list[str]:
        """The asker's name, e-mail, school and any extra personal columns of a row."""
        values = [str(self.value(row, name)) for name in PERSONAL_FIELDS]
        values += [str(cell) for cell in self._cells(row, self.personal)]
        return [v for v in values if v.strip()]

    def missing(self, headers: list[str]) -> list[str]:
        """Fields of which no column is present in the export (only 'question' is needed)."""
        present = {fold(h) for h in headers}
        return [
            name
            for name in ("question",)
            if not any(fold(header) in present for header in self.columns.get(name, []))
        ]


def _headers(value: Any, path: Path, where: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return list(value)
    raise MappingError(path, "headers", where=where)


def load_mapping(path: Path | None) -> ColumnMapping:
    """The default columns, adapted by a mapping file (see README, 'hub qa import')."""
    mapping = ColumnMapping()
    if path is None:
        return mapping
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise MappingError(path, "read", detail=exc) from None
    if not isinstance(data, dict):
        raise MappingError(path, "keys")
    unknown = set(data) - {"columns", "personal", "owner"}
    if unknown:
        raise MappingError(path, "unknown_keys", keys=", ".join(sorted(map(str, unknown))))
    columns = data.get("columns") or {}
    if not isinstance(columns, dict):
        raise MappingError(path, "columns")
    for name, value in columns.items():
        if name not in DEFAULT_COLUMNS:
            hint = did_you_mean(str(name), DEFAULT_COLUMNS)
            raise MappingError(path, "field", name=name, hint=hint, allowed=", ".join(DEFAULT_COLUMNS))
        mapping.columns[name] = _headers(value, path, f"columns.{name}")
    if data.get("personal") is not None:
        mapping.personal = _headers(data["personal"], path, "personal")
    if data.get("owner") is not None:
        mapping.owner = str(data["owner"])
    return mapping


def match_ids(vocabulary: Taxonomy, cell: str) -> tuple[list[str], list[str]]:
    """Ids for a form cell ('Kleuteronderwijs; SO'), matched by id, label or alias; and unknown labels."""
    lookup: dict[str, str] = {}
    for entry in vocabulary:
        for name in (*entry.aliases, entry.label, entry.id):
            lookup.setdefault(fold(name), entry.id)
    whole = fold(cell)
    if not whole:
        return [], []
    if whole in lookup:
        return [lookup[whole]], []
    ids: list[str] = []
    unknown: list[str] = []
    for part in re.split(r"[;,\n]", cell):
        key = fold(part)
        if not key:
            continue
        if key in lookup:
            if lookup[key] not in ids:
                ids.append(lookup[key])
        else:
            unknown.append(part.strip())
    return ids, unknown


def mentioned_ids(vocabulary: Taxonomy, text: str) -> list[str]:
    """Ids whose label or alias occurs in free text as whole words, most specific (longest) first."""
    haystack = f" {fold(text)} "
    found: list[tuple[int, str]] = []
    for entry in vocabulary:
        for name in (entry.label, *entry.aliases):
            key = fold(name)
            if len(key) >= 3 and f" {key} " in haystack:
                found.append((len(key), entry.id))
    ordered: list[str] = []
    for _, entry_id in sorted(found, key=lambda f: -f[0]):
        if entry_id not in ordered:
            ordered.append(entry_id)
    return ordered
