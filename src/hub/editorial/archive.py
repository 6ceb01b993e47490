"""`hub archive`: retire an item to archive/, point every reference at its successor, keep its URL.

Planning reads everything and prepares every new file text; only then are files written (atomically)
and the item moved. Nothing is deleted; a failure half-way puts the original files back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from hub.editorial.frontmatter_edit import EditError, FrontMatterEditor, KeyPath
from hub.editorial.trial_load import NewText, first_unloadable
from hub.load.loader import ARCHIVE, ContentDir, load_content
from hub.load.markdown_scan import links_in
from hub.model.catalog import Catalog
from hub.model.fields import line_problem
from hub.model.items import REASON_MAX, Item
from hub.model.kinds import BY_CODE, url_of
from hub.model.references import references_of
from hub.problems import Problem, did_you_mean, item_problem, problem
from hub.problems.registry import get_rule
from hub.reports import git
from hub.reports.site_links import resolve
from hub.storage import write_atomic

COLLECTION_OF_KIND = {"material": "materials", "qa": "qa", "training": "trainings"}
NOUN = {"materials": "materiaal", "qa": "vraag", "trainings": "aanbod"}
# How git.move moved the file ("git mv" or "rename"), as the report line says it.
MOVED_HOW = {"git mv": "met git mv", "rename": "hernoemd, git volgt het bestand niet"}


class EditRefused(Exception):
    """An editing command refuses: a coded message, and `problems` that name what stands in the way
    (file, line, column)."""

    def __init__(
        self, code: str, variant: str = "", problems: list[Problem] | None = None, **values: object
    ) -> None:
        super().__init__(get_rule(code).message(variant, **values))
        self.code = code
        self.problems = problems or []


class ArchiveRefused(EditRefused):
    """The item cannot be archived as asked (HUB601-603, HUB641)."""


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

    def problem(self, slug: str) -> Problem:
        """This reference as a refusal of archiving SLUG (HUB601)."""
        rule = get_rule("HUB601")
        draft = rule.message("draft") if getattr(self.item, "status", None) == "draft" else ""
        return item_problem(
            "HUB601", self.item, self.key_path, "reference", key=self.key, slug=slug, draft=draft
        )


@dataclass
class ArchivePlan:
    item: Item
    collection: str
    source: Path
    target: Path
    successor: str | None
    reason: str | None = None  # stored as archived_reason
    texts: dict[Path, str] = field(default_factory=dict)  # new text of every file to write
    report: list[str] = field(default_factory=list)


def check_reason(reason: str | None, why: str, refused: type[EditRefused] = ArchiveRefused) -> str:
    """The reason, stripped; REFUSED (HUB641) when it is empty, not one line of visible text, or too
    long. WHY completes 'in één zin waarom het item ...'."""
    text = (reason or "").strip()
    if not text:
        raise refused("HUB641", "empty", why=why)
    wrong = line_problem(text)
    if wrong:
        raise refused("HUB641", "line", detail=wrong)
    if len(text) > REASON_MAX:
        raise refused("HUB641", "long", length=len(text), limit=REASON_MAX)
    return text


def find_live(
    catalog: Catalog,
    slug: str,
    kind: str | None,
    refused: type[EditRefused] = ArchiveRefused,
    code: str = "HUB603",
) -> tuple[str, Item]:
    """(collection, item) of the live item SLUG; REFUSED (rule CODE) when there is none or several."""
    collections = [COLLECTION_OF_KIND[kind]] if kind else list(COLLECTION_OF_KIND.values())
    found = [(c, catalog.collection(c)[slug]) for c in collections if slug in catalog.collection(c)]
    if len(found) > 1:
        kinds = " en ".join(item.kind for _, item in found)
        raise refused(code, "ambiguous", slug=slug, kinds=kinds)
    if not found:
        if any(slug in catalog.archived.get(c, {}) for c in collections):
            raise refused(code, "already", slug=slug)
        live = [s for c in collections for s in catalog.collection(c)]
        raise refused(code, "missing", slug=slug, hint=did_you_mean(slug, live))
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


def check_successor(
    catalog: Catalog,
    collection: str,
    slug: str,
    successor: str,
    refused: type[EditRefused] = ArchiveRefused,
    code: str = "HUB603",
) -> None:
    """REFUSED (rule CODE) unless SUCCESSOR is another published item of COLLECTION."""
    live = catalog.collection(collection)
    if successor == slug:
        raise refused(code, "self", slug=slug)
    if successor not in live:
        archived = successor in catalog.archived.get(collection, {})
        where = get_rule(code).message("successor_archived") if archived else ""
        hint = did_you_mean(successor, live)
        raise refused(
            code, "successor_missing", noun=NOUN[collection], successor=successor, where=where, hint=hint
        )
    if getattr(live[successor], "is_withdrawn", False):
        raise refused(code, "successor_withdrawn", successor=successor)
    if not live[successor].is_published:
        raise refused(code, "successor_draft", successor=successor)


def _list_values(item: Item, key_path: KeyPath) -> list[str]:
    """The values of the list a reference sits in (for steps: the steps' targets of the same kind)."""
    if key_path[0] == "steps":
        return [getattr(step, str(key_path[2])) for step in getattr(item, "steps", None) or []]
    node: object = item
    for part in key_path[:-1]:
        node = node[part] if isinstance(part, int) else getattr(node, part)  # type: ignore[index]
    return list(node)  # type: ignore[call-overload]


def _retarget(
    editor: FrontMatterEditor, item: Item, refs: list[Reference], old: str, new: str, collection: str
) -> list[str]:
    """Point REFS of one file at NEW (of COLLECTION); an entry is dropped where NEW is already there
    or is the item itself."""
    report, removals = [], []
    itself = item.kind == "material" and collection == "materials" and item.slug == new
    for ref in refs:
        values = _list_values(item, ref.key_path)
        if new in values or itself:
            removals.append(ref)
            continue
        editor.replace(ref.key_path, new)
        report.append(f"aangepast {ref.item.path}:{ref.line}: {ref.key}: '{old}' -> '{new}'")
    for ref in sorted(removals, key=lambda r: r.key_path, reverse=True):
        if ref.key_path[0] == "steps" and len(getattr(item, "steps", None) or []) <= 1:
            empty = item_problem("HUB602", ref.item, ref.key_path, key=ref.key)
            raise ArchiveRefused("HUB602", problems=[empty])
        reason = "verwijst naar zichzelf" if itself else f"noemt '{new}' al"
        editor.remove(ref.key_path[:2] if ref.key_path[0] == "steps" else ref.key_path)
        report.append(f"verwijderd {ref.item.path}:{ref.line}: {ref.key}: '{old}' ({reason})")
    return report


def plan_archive(
    root: Path,
    slug: str,
    successor: str | None = None,
    kind: str | None = None,
    reason: str | None = None,
) -> ArchivePlan:
    """Everything `hub archive` will write, or ArchiveRefused saying why it will not. REASON (when
    given) is kept in the archived file as `archived_reason`."""
    if reason is not None:
        reason = check_reason(reason, "gearchiveerd wordt")
    catalog, _ = load_content(root)
    collection, item = find_live(catalog, slug, kind)
    content = ContentDir(root)
    source = content.root.parent / item.path
    target = content.root / ARCHIVE / collection / source.name
    if target.exists():
        raise ArchiveRefused("HUB603", "exists", path=content.shown(target))
    if successor is not None:
        check_successor(catalog, collection, slug, successor)
    refs = references_to(catalog, collection, slug)
    chained = _redirected_here(catalog, collection, slug)
    links = body_links_to(catalog, item)
    if successor is None and (refs or chained or links):
        found = [ref.problem(slug) for ref in refs]
        found += [item_problem("HUB601", other, ("replaced_by",), "redirect", slug=slug) for other in chained]
        found += [
            problem("HUB601", other.path, line, "body", "link", item_slug=other.slug, link=link, slug=slug)
            for other, line, link in links
        ]
        raise ArchiveRefused("HUB601", problems=sorted(found), slug=slug)
    plan = ArchivePlan(item, collection, source, target, successor, reason)
    try:
        _prepare(plan, content, refs, chained, links)
    except EditError as exc:
        raise ArchiveRefused("HUB603", "edit", detail=exc) from None
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
        plan.report += _retarget(editor, referrer, item_refs, slug, successor or "", plan.collection)
        plan.texts[path] = editor.result()
    for other in chained:
        path = root.parent / other.path
        editor = FrontMatterEditor(path.read_bytes().decode("utf-8"), other.path)
        editor.replace(("replaced_by",), successor or "")
        plan.texts[path] = editor.result()
        plan.report.append(
            f"aangepast {other.path}:{other.line('replaced_by')}: replaced_by: '{slug}' -> '{successor}'"
        )
    editor = FrontMatterEditor(plan.source.read_bytes().decode("utf-8"), plan.item.path)
    editor.replace(("status",), "archived")
    values: dict[str, str | dt.date] = {}
    if successor:
        values["replaced_by"] = successor
    if plan.reason:
        values["archived_reason"] = plan.reason
    if values:
        editor.set_keys_after("status", values)
    plan.texts[plan.source] = editor.result()
    for other, line, link in links:
        plan.report.append(f"behouden {other.path}:{line}: link '{link}' werkt via de doorverwijzing")


def _validate(plan: ArchivePlan, content: ContentDir) -> None:
    """Load every new text as the loader will, before anything is written."""
    texts = {}
    for path, text in plan.texts.items():
        relative = path.relative_to(content.root)
        in_archive = relative.parts[0] == ARCHIVE or path == plan.source
        collection = relative.parts[1] if relative.parts[0] == ARCHIVE else relative.parts[0]
        texts[path] = NewText(text, collection, in_archive)
    failed = first_unloadable(content, texts)
    if failed:
        path, problems = failed
        raise ArchiveRefused(
            "HUB603", "would_not_load", problems=problems, path=path.relative_to(content.root)
        )


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
    report = [
        *plan.report,
        f"verplaatst {content.shown(plan.source)} -> {content.shown(plan.target)} ({MOVED_HOW.get(how, how)})",
    ]
    old = url_of(plan.item)
    if plan.reason:
        report.append(f"reden bewaard in het gearchiveerde bestand (archived_reason): {plan.reason}")
    if plan.successor:
        report.append(f"/{old} verwijst nu door naar /{BY_CODE[plan.item.kind].section}/{plan.successor}/")
    else:
        report.append(f"/{old} toont nu een pagina 'niet meer beschikbaar'")
    return report
