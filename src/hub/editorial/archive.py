"""`hub archive`: retire an item to archive/, point every reference at its successor, keep its URL.

Planning reads everything and prepares every new file text; only then are files written (atomically)
and the item moved. Nothing is deleted; a failure half-way puts the original files back.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from hub.editorial.frontmatter_edit import EditError, FrontMatterEditor, KeyPath
from hub.load.loader import ARCHIVE, ContentDir, load_content, load_item
from hub.load.markdown_scan import links_in
from hub.model.catalog import Catalog
from hub.model.items import Item
from hub.model.kinds import BY_CODE, url_of
from hub.model.references import references_of
from hub.problems import did_you_mean
from hub.reports import git
from hub.reports.site_links import resolve
from hub.storage import write_atomic

COLLECTION_OF_KIND = {"material": "materials", "qa": "qa", "training": "trainings"}
NOUN = {"materials": "material", "qa": "question", "trainings": "offering"}


class ArchiveRefused(Exception):
    """The item cannot be archived as asked; `lines` name what stands in the way."""

    def __init__(self, message: str, lines: list[str] | None = None) -> None:
        super().__init__(message)
        self.lines = lines or []


@dataclass(frozen=True)
class Reference:
    """One place in a live item that names the item being archived."""

    item: Item
    key_path: KeyPath

    @property
    def line(self) -> int:
        return self.item.line(*self.key_path)

    @property
    def key(self) -> str:
        return ".".join(str(part) for part in self.key_path if isinstance(part, str))

    def where(self) -> str:
        draft = " (draft)" if not self.item.is_published else ""
        return f"{self.item.path}:{self.line}: {self.key}{draft}"


@dataclass
class ArchivePlan:
    item: Item
    collection: str
    source: Path
    target: Path
    successor: str | None
    texts: dict[Path, str] = field(default_factory=dict)  # new text of every file to write
    report: list[str] = field(default_factory=list)


def find_live(catalog: Catalog, slug: str, kind: str | None) -> tuple[str, Item]:
    """(collection, item) of the live item SLUG; ArchiveRefused when there is none or several."""
    collections = [COLLECTION_OF_KIND[kind]] if kind else list(COLLECTION_OF_KIND.values())
    found = [(c, catalog.collection(c)[slug]) for c in collections if slug in catalog.collection(c)]
    if len(found) > 1:
        kinds = " and ".join(item.kind for _, item in found)
        raise ArchiveRefused(f"'{slug}' is a {kinds}: say which with --kind")
    if not found:
        if any(slug in catalog.archived.get(c, {}) for c in collections):
            raise ArchiveRefused(f"'{slug}' is already archived")
        live = [s for c in collections for s in catalog.collection(c)]
        raise ArchiveRefused(f"no live item '{slug}'{did_you_mean(slug, live)}")
    return found[0]


def references_to(catalog: Catalog, collection: str, slug: str) -> list[Reference]:
    """Every structured reference of a live item to SLUG (steps, related, materials, recommend)."""
    return [
        Reference(item, key_path)
        for item in catalog.all_live_items()
        for key_path, target_collection, target in references_of(item)
        if target_collection == collection and target == slug and item.slug != slug
    ]


def body_links_to(catalog: Catalog, target: Item) -> list[tuple[Item, int, str]]:
    """(item, file line, link) for links in live bodies that lead to TARGET's page."""
    url = url_of(target)
    found = []
    for item in catalog.all_live_items():
        if item is target:
            continue
        for link in links_in(item.body):
            if resolve(item, link.value) == url:
                found.append((item, item.body_line + link.line, link.value))
    return found


def _redirected_here(catalog: Catalog, collection: str, slug: str) -> list[Item]:
    return [
        item
        for item in catalog.archived.get(collection, {}).values()
        if getattr(item, "replaced_by", None) == slug
    ]


def _check_successor(catalog: Catalog, collection: str, slug: str, successor: str) -> None:
    live = catalog.collection(collection)
    if successor == slug:
        raise ArchiveRefused(f"'{slug}' cannot replace itself")
    if successor not in live:
        where = " (it is archived)" if successor in catalog.archived.get(collection, {}) else ""
        raise ArchiveRefused(
            f"no live {NOUN[collection]} '{successor}' to redirect to{where}{did_you_mean(successor, live)}"
        )
    if not live[successor].is_published:
        raise ArchiveRefused(f"'{successor}' is a draft: a redirect must lead to a published page")


def _list_values(item: Item, key_path: KeyPath) -> list[str]:
    """The values of the list a reference sits in (step materials for steps)."""
    if key_path[0] == "steps":
        return [step.material for step in getattr(item, "steps", None) or []]
    node: object = item
    for part in key_path[:-1]:
        node = node[part] if isinstance(part, int) else getattr(node, part)  # type: ignore[index]
    return list(node)  # type: ignore[call-overload]


def _retarget(editor: FrontMatterEditor, item: Item, refs: list[Reference], old: str, new: str) -> list[str]:
    """Point REFS of one file at NEW; an entry is dropped where NEW is already there or is the item."""
    report, removals = [], []
    for ref in refs:
        values = _list_values(item, ref.key_path)
        if new in values or (item.slug == new and item.kind == "material"):
            removals.append(ref)
            continue
        editor.replace(ref.key_path, new)
        report.append(f"rewrote {ref.item.path}:{ref.line}: {ref.key}: '{old}' -> '{new}'")
    for ref in sorted(removals, key=lambda r: r.key_path, reverse=True):
        if ref.key_path[0] == "steps" and len(getattr(item, "steps", None) or []) <= 1:
            raise ArchiveRefused(f"{ref.where()}: the leerpad would have no steps left")
        reason = "refers to itself" if item.slug == new else f"already lists '{new}'"
        editor.remove(ref.key_path[:2] if ref.key_path[0] == "steps" else ref.key_path)
        report.append(f"removed {ref.item.path}:{ref.line}: {ref.key}: '{old}' ({reason})")
    return report


def plan_archive(root: Path, slug: str, successor: str | None = None, kind: str | None = None) -> ArchivePlan:
    """Everything `hub archive` will write, or ArchiveRefused saying why it will not."""
    catalog, _ = load_content(root)
    collection, item = find_live(catalog, slug, kind)
    content = ContentDir(root)
    source = content.root.parent / item.path
    target = content.root / ARCHIVE / collection / source.name
    if target.exists():
        raise ArchiveRefused(f"{content.shown(target)} exists already: one archived item per slug")
    if successor is not None:
        _check_successor(catalog, collection, slug, successor)
    refs = references_to(catalog, collection, slug)
    chained = _redirected_here(catalog, collection, slug)
    links = body_links_to(catalog, item)
    if successor is None and (refs or chained or links):
        lines = [f"{ref.where()}: '{slug}'" for ref in refs]
        lines += [f"{other.path}:{other.line('replaced_by')}: replaced_by: '{slug}'" for other in chained]
        lines += [f"{other.path}:{line}: body: link '{link}'" for other, line, link in links]
        raise ArchiveRefused(
            f"'{slug}' is still referred to: give a successor with --replaced-by SLUG, "
            "or remove these references first",
            lines,
        )
    plan = ArchivePlan(item, collection, source, target, successor)
    try:
        _prepare(plan, content, refs, chained, links)
    except EditError as exc:
        raise ArchiveRefused(f"nothing was changed: {exc}") from None
    _validate(plan, content)
    return plan


def _prepare(
    plan: ArchivePlan,
    content: ContentDir,
    refs: list[Reference],
    chained: list[Item],
    links: list[tuple[Item, int, str]],
) -> None:
    root = content.root
    slug, successor = plan.item.slug, plan.successor
    by_item: dict[int, list[Reference]] = {}
    for ref in refs:
        by_item.setdefault(id(ref.item), []).append(ref)
    for item_refs in by_item.values():
        referrer = item_refs[0].item
        path = root.parent / referrer.path
        editor = FrontMatterEditor(path.read_bytes().decode("utf-8"), referrer.path)
        plan.report += _retarget(editor, referrer, item_refs, slug, successor or "")
        plan.texts[path] = editor.result()
    for other in chained:
        path = root.parent / other.path
        editor = FrontMatterEditor(path.read_bytes().decode("utf-8"), other.path)
        editor.replace(("replaced_by",), successor or "")
        plan.texts[path] = editor.result()
        plan.report.append(
            f"rewrote {other.path}:{other.line('replaced_by')}: replaced_by: '{slug}' -> '{successor}'"
        )
    editor = FrontMatterEditor(plan.source.read_bytes().decode("utf-8"), plan.item.path)
    editor.replace(("status",), "archived")
    if successor:
        editor.set_top_level_after("replaced_by", "status", successor)
    plan.texts[plan.source] = editor.result()
    for other, line, link in links:
        plan.report.append(f"kept {other.path}:{line}: body link '{link}' works through the redirect")


def _validate(plan: ArchivePlan, content: ContentDir) -> None:
    """Load every new text as the loader will, before anything is written."""
    with tempfile.TemporaryDirectory() as folder:
        scratch = ContentDir(Path(folder) / "content")
        for path, text in plan.texts.items():
            relative = path.relative_to(content.root)
            in_archive = relative.parts[0] == ARCHIVE or path == plan.source
            collection = relative.parts[1] if relative.parts[0] == ARCHIVE else relative.parts[0]
            copy = scratch.root / relative
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(text, encoding="utf-8")
            item, problems = load_item(scratch, copy, collection, in_archive=in_archive)
            if item is None:
                details = [p.as_text().replace(str(scratch.root.parent), "") for p in problems]
                raise ArchiveRefused(f"nothing was changed: the edit of {relative} would not load", details)


def apply_archive(plan: ArchivePlan) -> list[str]:
    """Write every prepared text atomically, then move the item into archive/; undo on failure."""
    originals = {path: path.read_bytes() for path in plan.texts}
    try:
        for path, text in plan.texts.items():
            write_atomic(path, text)
        how = git.move(plan.source, plan.target)
    except BaseException:
        for path, data in originals.items():
            write_atomic(path, data.decode("utf-8"))
        raise
    content = ContentDir(plan.source.parents[1])
    report = [*plan.report, f"moved {content.shown(plan.source)} -> {content.shown(plan.target)} ({how})"]
    old = url_of(plan.item)
    if plan.successor:
        report.append(f"/{old} now redirects to /{BY_CODE[plan.item.kind].section}/{plan.successor}/")
    else:
        report.append(f"/{old} now shows a 'no longer available' page")
    return report
