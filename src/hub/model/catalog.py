"""The whole content tree as one cross-referenced model."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from hub.model.effects import Effect
from hub.model.items import STEP_KEYS, Fiche, Item, Lifecycle, Material, Offering, Question, ResponseNorm
from hub.model.kinds import BY_CODE
from hub.model.taxonomy import Taxonomy


@dataclass(frozen=True)
class LeerpadPosition:
    """Where an item (a material, question or offering) stands in a leerpad: 'stap 2 van 5'."""

    leerpad: Material
    position: int
    total: int


@dataclass
class Catalog:
    """Every item of the content tree, live and archived, with its vocabularies."""

    taxonomies: dict[str, Taxonomy]
    synonyms: list[list[str]]
    materials: dict[str, Material] = field(default_factory=dict)
    questions: dict[str, Question] = field(default_factory=dict)
    offerings: dict[str, Offering] = field(default_factory=dict)
    fiches: dict[str, Fiche] = field(default_factory=dict)
    response_norms: list[ResponseNorm] = field(default_factory=list)
    archived: dict[str, dict[str, Item]] = field(default_factory=dict)  # collection -> slug -> item
    effects: list[Effect] = field(default_factory=list)  # content/effects/, by offering and session

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        """Recompute what is derived from the items: call after adding or replacing one."""
        # A build asks for the published lists thousands of times: they are kept until the next reindex.
        self._published: dict[str, list[Item]] = {}
        self._tagged: dict[str, set[str]] = {}
        # (collection, slug) -> the published leerpaden that have the item as a step
        self._leerpaden_of: dict[tuple[str, str], list[LeerpadPosition]] = defaultdict(list)
        for material in self.published_materials():
            for index, step in enumerate(material.steps or [], start=1):
                if step.target is not None:
                    key, slug = step.target
                    self._leerpaden_of[(STEP_KEYS[key], slug)].append(
                        LeerpadPosition(material, index, len(material.steps or []))
                    )

    # -- collections ---------------------------------------------------------------------
    def collection(self, name: str) -> dict[str, Item]:
        return {
            "materials": self.materials,
            "qa": self.questions,
            "trainings": self.offerings,
            "fiches": self.fiches,
        }[name]  # type: ignore[return-value]

    def _published_of(self, name: str, items: dict[str, Item]) -> list[Item]:
        known = self._published.get(name)
        if known is None:
            known = self._published[name] = sorted(
                (item for item in items.values() if item.is_published), key=lambda item: item.slug
            )
        return list(known)

    def published_materials(self) -> list[Material]:
        return self._published_of("materials", self.materials)  # type: ignore[arg-type, return-value]

    def published_questions(self) -> list[Question]:
        return self._published_of("qa", self.questions)  # type: ignore[arg-type, return-value]

    def published_offerings(self) -> list[Offering]:
        return self._published_of("trainings", self.offerings)  # type: ignore[arg-type, return-value]

    def withdrawn_items(self, name: str) -> list[Lifecycle]:
        """The withdrawn items of collection NAME (their pages stay, marked "niet meer actueel")."""
        items = self.collection(name).values()
        return sorted((i for i in items if isinstance(i, Lifecycle) and i.is_withdrawn), key=lambda i: i.slug)

    def published_fiches(self) -> list[Fiche]:
        return sorted((f for f in self.fiches.values() if f.is_published), key=lambda f: f.form)

    def all_live_items(self) -> list[Item]:
        return [
            *self.materials.values(),
            *self.questions.values(),
            *self.offerings.values(),
            *self.fiches.values(),
        ]

    def tagged_ids(self, taxonomy: str) -> set[str]:
        """Ids of TAXONOMY that a published material is tagged with, or is tagged below (kept until
        the next reindex): the nodes that have a browse page."""
        if taxonomy not in self._tagged:
            vocabulary = self.taxonomies[taxonomy]
            self._tagged[taxonomy] = set().union(
                *(vocabulary.with_ancestors(m.tags_in(taxonomy)) for m in self.published_materials())
            )
        return set(self._tagged[taxonomy])

    # -- resolved references ---------------------------------------------------------------
    def published_material(self, slug: str) -> Material | None:
        material = self.materials.get(slug)
        return material if material is not None and material.is_published else None

    def published_item(self, collection: str, slug: str) -> Item | None:
        """The published item SLUG of COLLECTION, or None (a draft, withdrawn, archived or unknown)."""
        item = self.collection(collection).get(slug)
        return item if item is not None and item.is_published else None

    def steps_of(self, leerpad: Material) -> list[tuple[int, str | None, Item]]:
        """The published items (materials, questions, offerings) of a leerpad's steps, in order,
        with their step numbers and notes."""
        resolved = []
        for index, step in enumerate(leerpad.steps or [], start=1):
            if step.target is None:
                continue
            key, slug = step.target
            item = self.published_item(STEP_KEYS[key], slug)
            if item is not None:
                resolved.append((index, step.note, item))
        return resolved

    def leerpaden_of(self, slug: str, collection: str = "materials") -> list[LeerpadPosition]:
        """The published leerpaden that have item SLUG of COLLECTION as a step, one per step."""
        return list(self._leerpaden_of.get((collection, slug), []))

    def related_of(self, material: Material) -> list[Material]:
        """The editor's related materials that are published (computed ones come from the index)."""
        found = (self.published_material(slug) for slug in material.related)
        return [m for m in found if m is not None and m.slug != material.slug]

    def materials_of(self, question: Question) -> list[Material]:
        found = (self.published_material(slug) for slug in question.materials)
        return [m for m in found if m is not None]

    def offering_any(self, slug: str) -> Offering | None:
        """The offering SLUG, live or archived (the evaluations of a retired offering still count)."""
        found = self.offerings.get(slug) or self.archived.get("trainings", {}).get(slug)
        return found if isinstance(found, Offering) else None

    def fiche_for(self, form: str) -> Fiche | None:
        return next((f for f in self.fiches.values() if f.form == form and f.is_published), None)

    def successor_of(self, item: Item) -> Item | None:
        """The published item of the same collection that `replaced_by` names, if any."""
        successor = getattr(item, "replaced_by", None)
        return self.published_item(BY_CODE[item.kind].folder, successor) if successor else None

    def redirects(self) -> dict[str, str]:
        """Old URL path -> new URL path for archived items with a successor."""
        prefixes = {"materials": "materialen", "qa": "vragen", "trainings": "aanbod"}
        moved: dict[str, str] = {}
        for collection, items in self.archived.items():
            prefix = prefixes.get(collection)
            if prefix is None:
                continue
            for slug, item in items.items():
                successor = getattr(item, "replaced_by", None)
                if successor:
                    moved[f"{prefix}/{slug}/"] = f"{prefix}/{successor}/"
        return moved
