"""Themes, R-OK rubrieken and levels that nothing is published for yet.

A query that names one ('STEM') gets a plain answer ("Er is nog geen materiaal over STEM.") and
the nearest entries that do have items, instead of the weak matches its words find elsewhere
('stem af met het CLB'). A phrase counts only while no published item has it in its title, tags
or keywords: 'leerling' names an empty role, but is the subject of many items.
Nearest: the entry's siblings, then its parent, then the parent's siblings and grandparent, and so
on; of equally near entries the fullest first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hub.index.analysis import STOP_WORDS, stems, words
from hub.index.documents import SearchDoc

if TYPE_CHECKING:
    from hub.model.catalog import Catalog
    from hub.model.taxonomy import Taxonomy

# Taxonomy -> the word before its label in the message: "over STEM", "voor Volwassenenonderwijs".
ABSENT_TAXONOMIES = {"themes": "over", "rok": "over", "levels": "voor"}
NEARBY = 3


@dataclass(frozen=True)
class Nearby:
    """A populated entry near an absent one."""

    taxonomy: str
    id: str
    label: str
    materials: int  # published materials under it: it has a browse page when there are any


@dataclass(frozen=True)
class AbsentEntry:
    """A taxonomy entry without published items, with the phrases that name it."""

    taxonomy: str
    id: str
    label: str
    phrases: tuple[tuple[str, ...], ...]  # stems of its label and of each alias
    nearby: tuple[Nearby, ...]
    words: tuple[str, ...] = ()  # the folded words of its label and aliases

    @property
    def message(self) -> str:
        return f"Er is nog geen materiaal {ABSENT_TAXONOMIES[self.taxonomy]} {self.label}."

    def as_data(self) -> dict:
        return {
            "taxonomy": self.taxonomy,
            "id": self.id,
            "label": self.label,
            "phrases": [list(phrase) for phrase in self.phrases],
            "nearby": [[n.taxonomy, n.id, n.label, n.materials] for n in self.nearby],
            "words": list(self.words),
        }

    @classmethod
    def from_data(cls, data: dict) -> AbsentEntry:
        return cls(
            data["taxonomy"],
            data["id"],
            data["label"],
            tuple(tuple(phrase) for phrase in data["phrases"]),
            tuple(Nearby(*row) for row in data["nearby"]),
            tuple(data["words"]),
        )


def _counts(catalog: Catalog, taxonomy: str, items: Iterable[object]) -> Counter[str]:
    vocabulary = catalog.taxonomies[taxonomy]
    counts: Counter[str] = Counter()
    for item in items:
        counts.update(vocabulary.with_ancestors(getattr(item, taxonomy, None) or []))
    return counts


def _nearby(
    vocabulary: Taxonomy, entry_id: str, counts: Counter[str], materials: Counter[str]
) -> list[Nearby]:
    order = {entry.id: number for number, entry in enumerate(vocabulary)}
    found: list[str] = []
    came_from = entry_id
    for ancestor in [*vocabulary.ancestors(entry_id), None]:
        siblings = [c.id for c in vocabulary.children(ancestor) if c.id != came_from and counts[c.id]]
        found += sorted(siblings, key=lambda i: (-counts[i], order[i]))
        if ancestor is not None and counts[ancestor]:
            found.append(ancestor)
        if len(found) >= NEARBY or ancestor is None:
            break
        came_from = ancestor
    return [Nearby(vocabulary.name, i, vocabulary.label(i), materials[i]) for i in found[:NEARBY]]


def _contains(found: Sequence[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(found[at : at + size]) == phrase for at in range(len(found) - size + 1))


def _named_by_items(records: Iterable[SearchDoc], phrases: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """Of PHRASES, those that stand in the title or the tags (keywords included) of a record."""
    named: set[tuple[str, ...]] = set()
    for record in records:
        for text in (record.texts["title"], record.texts["tags"]):
            found = stems(text)
            named.update(phrase for phrase in phrases - named if _contains(found, phrase))
    return named


def absent_entries(catalog: Catalog, records: Iterable[SearchDoc]) -> list[AbsentEntry]:
    """Every entry of ABSENT_TAXONOMIES with no published item tagged on it or below it, named by
    phrases that name no populated entry and that no item has in its title or tags."""
    items = [*catalog.published_materials(), *catalog.published_questions(), *catalog.published_offerings()]
    empty: list[tuple[str, str, list[tuple[str, ...]], list[Nearby]]] = []
    taken: set[tuple[str, ...]] = set()
    for taxonomy in ABSENT_TAXONOMIES:
        vocabulary = catalog.taxonomies.get(taxonomy)
        if vocabulary is None:
            continue
        counts = _counts(catalog, taxonomy, items)
        materials = _counts(catalog, taxonomy, catalog.published_materials())
        for entry in vocabulary:
            phrases = [tuple(stems(phrase)) for phrase in (entry.label, *entry.aliases)]
            phrases = [phrase for phrase in phrases if phrase]
            if counts[entry.id]:
                taken.update(phrases)
            else:
                nearby = _nearby(vocabulary, entry.id, counts, materials)
                empty.append((taxonomy, entry.id, phrases, nearby))
    if empty:
        taken |= _named_by_items(records, {phrase for *_, phrases, _ in empty for phrase in phrases})
    return [
        AbsentEntry(
            taxonomy,
            entry_id,
            (entry := catalog.taxonomies[taxonomy].entries[entry_id]).label,
            tuple(kept),
            tuple(nearby),
            tuple(
                sorted(
                    {w for name in (entry.label, *entry.aliases) for w in words(name) if w not in STOP_WORDS}
                )
            ),
        )
        for taxonomy, entry_id, phrases, nearby in empty
        if (kept := [phrase for phrase in dict.fromkeys(phrases) if phrase not in taken])
    ]


def named_absent(found: Sequence[str], entries: Sequence[AbsentEntry]) -> tuple[list[AbsentEntry], list[int]]:
    """The absent entries whose phrase stands in the query's stems FOUND (longest phrase first, no
    overlaps), and the positions of the stems that no such phrase took."""
    by_phrase: dict[tuple[str, ...], AbsentEntry] = {}
    for entry in entries:
        for phrase in entry.phrases:
            by_phrase.setdefault(phrase, entry)
    longest = max((len(phrase) for phrase in by_phrase), default=0)
    named: list[AbsentEntry] = []
    kept: list[int] = []
    start = 0
    while start < len(found):
        for size in range(min(longest, len(found) - start), 0, -1):
            entry = by_phrase.get(tuple(found[start : start + size]))
            if entry is not None:
                if entry not in named:
                    named.append(entry)
                start += size
                break
        else:
            kept.append(start)
            start += 1
    return named, kept
