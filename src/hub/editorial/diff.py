"""`hub diff`: what a change between two revisions does to the site, for the pull-request summary."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from hub.check import run_rules
from hub.context import BuildContext
from hub.load.loader import load_content
from hub.model.catalog import Catalog
from hub.model.effects import Effect
from hub.model.items import Item
from hub.model.kinds import url_of
from hub.problems import Problem, Severity
from hub.render.pages import site_paths
from hub.reports import git
from hub.reports.findings import Finding
from hub.reports.prune import prune, revision_dates

COLLECTIONS = {"materials": "Materials", "qa": "Questions", "trainings": "Offerings", "fiches": "Fiches"}
TAG_KEYS = ("type", "form", "rok", "levels", "roles", "themes", "keywords")
# Keys every change touches or that say nothing about the page.
QUIET_KEYS = {"title", "description", "status", *TAG_KEYS}


@dataclass
class Revision:
    """One side of the comparison: the content tree as loaded from a commit."""

    label: str
    catalog: Catalog
    root: Path
    findings: list[Finding]
    problems: list[Problem]

    def published(self) -> dict[tuple[str, str], Item]:
        return {
            (collection, slug): item
            for collection in COLLECTIONS
            for slug, item in self.catalog.collection(collection).items()
            if item.is_published
        }


@dataclass
class Retired:
    item: Item
    how: str  # archived | deleted | unpublished | withdrawn
    successor: Item | None = None
    reason: str | None = None  # withdrawn_reason or archived_reason


@dataclass
class EvaluationChange:
    """A session's evaluation (content/effects/) that the change adds, updates or removes."""

    offering: Item | None  # the offering (after the change, else before), if it exists
    offering_slug: str
    session: dt.date
    how: str  # new | updated | removed
    before: Effect | None
    after: Effect | None


@dataclass
class SiteChange:
    added: list[Item] = field(default_factory=list)
    changed: list[tuple[Item, Item, list[str]]] = field(default_factory=list)  # base, head, what
    retired: list[Retired] = field(default_factory=list)
    new_problems: list[Problem] = field(default_factory=list)
    # (collection, published before, published after, archived before, archived after)
    counts: list[tuple[str, int, int, int, int]] = field(default_factory=list)
    findings_added: list[Finding] = field(default_factory=list)
    findings_removed: list[Finding] = field(default_factory=list)
    evaluations: list[EvaluationChange] = field(default_factory=list)

    @property
    def breaking(self) -> list[Retired]:
        return [r for r in self.retired if r.successor is None and r.how != "withdrawn"]

    @property
    def withdrawn(self) -> list[Retired]:
        """Pages that stay, marked "niet meer actueel", but leave every list."""
        return [r for r in self.retired if r.how == "withdrawn"]

    @property
    def new_broken_links(self) -> list[Finding]:
        return [f for f in self.findings_added if f.finding == "broken-link"]


@contextmanager
def revisions(content: Path, base: str, head: str, today: dt.date) -> Iterator[tuple[Revision, Revision]]:
    """Both revisions of the content folder, exported from git into temporary folders."""
    top = git.work_tree_top(content if content.exists() else Path.cwd())
    if top is None:
        raise git.GitError("niet in een git-werkmap: hub diff vergelijkt twee commits")
    folder = content.resolve().relative_to(top).as_posix()
    with tempfile.TemporaryDirectory(prefix="hub-diff-") as scratch:
        loaded = []
        for label, revision in (("base", base), ("head", head)):
            commit = git.resolve_revision(top, revision)
            exported = Path(scratch) / label
            root = exported / folder
            git.export_folder(top, commit, folder, exported)
            git.export_folder(top, commit, (Path(folder).parent / "docs").as_posix(), exported)
            root.mkdir(parents=True, exist_ok=True)
            loaded.append(_load(revision, root, content, commit, today))
        yield loaded[0], loaded[1]


def _load(label: str, root: Path, content: Path, commit: str, today: dt.date) -> Revision:
    catalog, problems = load_content(root)
    problems = sorted(set(problems) | set(run_rules(catalog, root, today)))
    context = BuildContext(catalog, root.resolve(), now=dt.datetime.combine(today, dt.time()))
    findings = prune(
        catalog,
        root,
        today,
        changed_on=revision_dates(content, commit, root, today),
        generated=lambda: site_paths(context),
    )
    return Revision(label, catalog, root, findings, problems)


def _what_changed(old: Item, new: Item) -> list[str]:
    what = [key for key in ("title", "description") if getattr(old, key, None) != getattr(new, key, None)]
    if any(getattr(old, key, None) != getattr(new, key, None) for key in TAG_KEYS):
        what.append("tags")
    if old.body.strip() != new.body.strip():
        what.append("body")
    before, after = old.model_dump(), new.model_dump()
    what += sorted(
        key
        for key in before.keys() | after.keys()
        if key not in QUIET_KEYS and before.get(key) != after.get(key)
    )
    return what


def _successor(after: dict[tuple[str, str], Item], collection: str, item: Item) -> Item | None:
    """The published item (after the change) that ITEM's replaced_by names."""
    slug = getattr(item, "replaced_by", None)
    return after.get((collection, slug)) if slug else None


def _problem_key(problem: Problem) -> tuple[str, str, str]:
    return (problem.path, problem.key, problem.message)  # lines move when text is added above


def compare(base: Revision, head: Revision) -> SiteChange:
    """The pages added, changed and retired, what breaks, and how the counts and findings move."""
    change = SiteChange()
    before, after = base.published(), head.published()
    for key, item in sorted(after.items()):
        if key not in before:
            change.added.append(item)
        else:
            what = _what_changed(before[key], item)
            if what:
                change.changed.append((before[key], item, what))
    for (collection, slug), item in sorted(before.items()):
        if (collection, slug) in after:
            continue
        archived = head.catalog.archived.get(collection, {}).get(slug)
        live = head.catalog.collection(collection).get(slug)
        if archived is not None:
            successor = _successor(after, collection, archived)
            reason = getattr(archived, "archived_reason", None)
            change.retired.append(Retired(item, "archived", successor, reason))
        elif live is not None and getattr(live, "is_withdrawn", False):
            successor = _successor(after, collection, live)
            reason = getattr(live, "withdrawn_reason", None)
            change.retired.append(Retired(live, "withdrawn", successor, reason))
        elif live is not None:
            change.retired.append(Retired(item, "unpublished"))
        else:
            change.retired.append(Retired(item, "deleted"))
    known = {_problem_key(p) for p in base.problems if p.severity == Severity.ERROR}
    change.new_problems = [
        p for p in head.problems if p.severity == Severity.ERROR and _problem_key(p) not in known
    ]
    for collection, name in COLLECTIONS.items():
        live_before = sum(1 for c, _ in before if c == collection)
        live_after = sum(1 for c, _ in after if c == collection)
        archived_before = len(base.catalog.archived.get(collection, {}))
        archived_after = len(head.catalog.archived.get(collection, {}))
        change.counts.append((name, live_before, live_after, archived_before, archived_after))
    change.evaluations = _evaluation_changes(base.catalog, head.catalog)
    base_keys = {f.key() for f in base.findings}
    head_keys = {f.key() for f in head.findings}
    change.findings_added = [f for f in head.findings if f.key() not in base_keys]
    change.findings_removed = [f for f in base.findings if f.key() not in head_keys]
    return change


def _evaluation_changes(base: Catalog, head: Catalog) -> list[EvaluationChange]:
    before = {(effect.offering, effect.session): effect for effect in base.effects}
    after = {(effect.offering, effect.session): effect for effect in head.effects}
    changes = []
    for offering, session in sorted(before.keys() | after.keys()):
        old, new = before.get((offering, session)), after.get((offering, session))
        if old is None:
            how = "new"
        elif new is None:
            how = "removed"
        elif old.model_dump() != new.model_dump():
            how = "updated"
        else:
            continue
        item = head.offerings.get(offering) or base.offerings.get(offering)
        changes.append(EvaluationChange(item, offering, session, how, old, new))
    return changes


def site_diff(content: Path, base: str, head: str, today: dt.date) -> SiteChange:
    """Compare the content folder at two git revisions (HEAD: the last commit, not the working tree)."""
    with revisions(content, base, head, today) as (old, new):
        return compare(old, new)


def page(item: Item) -> str:
    return "/" + url_of(item)
