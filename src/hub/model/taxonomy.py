"""Controlled vocabularies: flat lists of entries that form trees through `parent`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict, PrivateAttr

from hub.model.fields import Contact, IdList, Line

TAXONOMY_NAMES = ("rok", "levels", "roles", "themes", "types", "forms", "teams")


class TaxonomyEntry(BaseModel):
    """One vocabulary entry (`rok.yml` top entries also carry `luik`; `forms.yml` may carry `order`)."""

    model_config = ConfigDict(extra="forbid", frozen=False, str_strip_whitespace=True)

    id: Line
    label: Line
    description: Line | None = None
    parent: Line | None = None
    aliases: IdList = []
    luik: Literal["hart", "mantel"] | None = None
    order: int | None = None
    # types.yml: what a published material of this type must have to be obtainable.
    needs: Literal["link", "file", "link-or-file"] | None = None
    # teams.yml: the team's e-mail address or https URL (never a person's private address).
    contact: Contact | None = None

    _line: int = PrivateAttr(default=1)

    @property
    def line(self) -> int:
        return self._line


class Taxonomy:
    """The entries of one vocabulary file, with tree navigation."""

    def __init__(self, name: str, path: str, entries: Iterable[TaxonomyEntry]) -> None:
        self.name = name
        self.path = path
        self.entries: dict[str, TaxonomyEntry] = {}
        self.duplicates: list[TaxonomyEntry] = []
        # The tree does not change once loaded: its walks are remembered.
        self._ancestors: dict[str, list[str]] = {}
        self._descendants: dict[str, set[str]] | None = None
        for entry in entries:
            if entry.id in self.entries:
                self.duplicates.append(entry)
            else:
                self.entries[entry.id] = entry

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self.entries

    def __iter__(self):
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)

    def label(self, entry_id: str) -> str:
        entry = self.entries.get(entry_id)
        return entry.label if entry else entry_id

    def ancestors(self, entry_id: str) -> list[str]:
        """Parent, grandparent, ... of an entry (stops at unknown parents and cycles)."""
        known = self._ancestors.get(entry_id)
        if known is None:
            known = self._ancestors[entry_id] = self._chain(entry_id)
        return list(known)

    def _chain(self, entry_id: str) -> list[str]:
        chain: list[str] = []
        current = self.entries.get(entry_id)
        while current is not None and current.parent and current.parent not in chain:
            if current.parent == entry_id:
                break
            chain.append(current.parent)
            current = self.entries.get(current.parent)
        return chain

    def path_to(self, entry_id: str) -> list[str]:
        """Root-first path ending in the entry itself."""
        return [*reversed(self.ancestors(entry_id)), entry_id]

    def with_ancestors(self, entry_ids: Iterable[str]) -> set[str]:
        """The ids plus every ancestor: a tag on a node counts for the nodes above it."""
        expanded: set[str] = set()
        for entry_id in entry_ids:
            expanded.add(entry_id)
            expanded.update(self.ancestors(entry_id))
        return expanded

    def children(self, entry_id: str | None) -> list[TaxonomyEntry]:
        return [entry for entry in self.entries.values() if entry.parent == entry_id]

    def roots(self) -> list[TaxonomyEntry]:
        return [entry for entry in self.entries.values() if not entry.parent]

    def descendants(self, entry_id: str) -> set[str]:
        if self._descendants is None:
            below: dict[str, set[str]] = {}
            for other in self.entries:
                for ancestor in self.ancestors(other):
                    below.setdefault(ancestor, set()).add(other)
            self._descendants = below
        return set(self._descendants.get(entry_id, ()))
