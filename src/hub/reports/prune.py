"""`hub prune`: what an editor could review, merge, retag, fix or retire. One small rule per finding."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dateutil.relativedelta import relativedelta

from hub.load.attachments import resolve_attachment
from hub.load.markdown_scan import links_in
from hub.model.catalog import Catalog
from hub.model.items import Item, Lifecycle
from hub.model.references import references_of
from hub.model.review import review_due, review_months
from hub.reports import external, git
from hub.reports.findings import Finding, ordered
from hub.reports.site_links import SiteMap, is_external, resolve, site_map, suggestion

LARGE_FILE_BYTES = 10 * 1024 * 1024
STALE_AFTER = relativedelta(months=6)

# When a file last changed, and how we know: (date, 'git' | 'file time').
ChangedOn = Callable[[Item], tuple[dt.date, str]]
# (kind, slug, other slug, likeness) of two published items of one kind that look alike.
Duplicate = tuple[str, str, str, float]


@dataclass
class PruneContext:
    catalog: Catalog
    root: Path
    today: dt.date
    online: bool = False
    changed_on: ChangedOn | None = None
    site: SiteMap | None = None
    generated: set[str] | Callable[[], set[str]] | None = None  # URL paths of the generated pages
    duplicates: Callable[[], list[Duplicate]] | None = None  # near-duplicates, when already known

    def site_map(self) -> SiteMap:
        if self.site is None:
            self.site = site_map(self.catalog, self.root, self.generated)
        return self.site


def finding(item: Item, name: str, detail: str, line: int | None = None, about: str = "") -> Finding:
    return Finding(
        slug=item.slug,
        kind=item.kind,
        title=getattr(item, "title", item.slug),
        finding=name,
        detail=detail,
        path=item.path,
        line=line if line is not None else 1,
        owner=getattr(item, "owner", None),
        about=about,
    )


def _published(catalog: Catalog) -> list[Item]:
    return [item for item in catalog.all_live_items() if item.is_published]


def find_overdue(ctx: PruneContext) -> Iterator[Finding]:
    for item in _published(ctx.catalog):
        if isinstance(item, Lifecycle) and review_due(item) < ctx.today:
            detail = (
                f"review was due on {review_due(item).isoformat()} "
                f"(reviewed {item.reviewed.isoformat()}, every {review_months(item)} months)"
            )
            yield finding(item, "overdue", detail, item.line("reviewed"))


def _near_duplicates(ctx: PruneContext) -> list[Duplicate]:
    if ctx.duplicates is not None:
        return ctx.duplicates()
    from hub.index import near_duplicates  # the search index is heavy: load it only when needed

    return near_duplicates(ctx.catalog, ctx.root)


def find_duplicates(ctx: PruneContext) -> Iterator[Finding]:
    collections = {
        "material": ctx.catalog.materials,
        "qa": ctx.catalog.questions,
        "training": ctx.catalog.offerings,
    }
    for kind, slug_a, slug_b, score in _near_duplicates(ctx):
        items = collections.get(kind, {})
        a, b = items.get(slug_a), items.get(slug_b)
        if a is None or b is None or not (a.is_published and b.is_published):
            continue
        # The one reviewed longest ago carries the finding: it is the likelier one to go.
        older, newer = sorted((a, b), key=lambda item: (item.reviewed, item.slug))  # type: ignore[attr-defined]
        detail = f"nearly the same as '{newer.slug}' ({newer.title}), likeness {score:.2f}"  # type: ignore[attr-defined]
        yield finding(older, "duplicate", detail, about=newer.slug)


def _pointed_to(catalog: Catalog) -> set[str]:
    """Material slugs that a published leerpad, question, related list or zelfscan points to."""
    return {
        slug
        for item in _published(catalog)
        for _, collection, slug in references_of(item)
        if collection == "materials" and slug != item.slug
    }


def find_orphans(ctx: PruneContext) -> Iterator[Finding]:
    pointed_to = _pointed_to(ctx.catalog)
    for material in ctx.catalog.published_materials():
        if material.slug not in pointed_to and not material.themes and material.type != "leerpad":
            detail = "no leerpad, question or related list points to it, and it has no theme"
            yield finding(material, "orphan", detail)


def find_weak_tags(ctx: PruneContext) -> Iterator[Finding]:
    rok = ctx.catalog.taxonomies["rok"]
    for item in _published(ctx.catalog):
        tags = list(getattr(item, "rok", None) or [])
        reasons = []
        if tags and all(tag in rok and not rok.entries[tag].parent for tag in tags):
            reasons.append(
                f"only R-OK rubrieken ({', '.join(tags)}): add a deelrubriek or kwaliteitsverwachting"
            )
        if item.kind == "material" and not getattr(item, "themes", None):
            reasons.append("no theme")
        if reasons:
            yield finding(item, "weak-tags", "; ".join(reasons), item.line("rok" if tags else "themes"))


def find_broken_links(ctx: PruneContext) -> Iterator[Finding]:
    site = ctx.site_map()
    online: list[tuple[Item, str, int]] = []
    for item in _published(ctx.catalog):
        for found in links_in(item.body):
            line = item.body_line + found.line
            if is_external(found.value):
                if found.value.lower().startswith(("http://", "https://")):
                    online.append((item, found.value, line))
                continue
            target = resolve(item, found.value)
            if target is None and not found.value.startswith(("#", "?")):
                yield finding(item, "broken-link", f"'{found.value}' climbs above the site root", line)
                continue
            status = site.status(target) if target is not None else "page"
            if status is None:
                hint = suggestion(item, found.value, site)
                detail = f"'{found.value}' leads to no page (/{target})"
                yield finding(
                    item, "broken-link", detail + (f"; did you mean '{hint}'?" if hint else ""), line
                )
            elif status == "retired":
                detail = f"'{found.value}' leads to a retired page without successor (/{target})"
                yield finding(item, "broken-link", detail, line)
        link = getattr(item, "link", None)
        if link:
            online.append((item, str(link), item.line("link")))
    if ctx.online:
        failures = external.unreachable({url for _, url, _ in online})
        for item, url, line in online:
            if url in failures:
                yield finding(item, "broken-link", f"'{url}' {failures[url]}", line)


def find_large_files(ctx: PruneContext) -> Iterator[Finding]:
    for material in ctx.catalog.published_materials():
        for index, attachment in enumerate(material.attachments):
            resolved, _ = resolve_attachment(ctx.root, attachment.file)
            if resolved is not None and resolved.stat().st_size > LARGE_FILE_BYTES:
                size = resolved.stat().st_size / 1024 / 1024
                detail = f"'{attachment.file}' is {size:.1f} MB (more than 10 MB)"
                yield finding(material, "large-file", detail, material.line("attachments", index, "file"))


def find_stale_drafts(ctx: PruneContext) -> Iterator[Finding]:
    changed_on = ctx.changed_on or working_tree_dates(ctx.root)
    limit = ctx.today - STALE_AFTER
    for item in ctx.catalog.all_live_items():
        if getattr(item, "status", None) != "draft":
            continue
        date, source = changed_on(item)
        if date < limit:
            yield finding(item, "stale-draft", f"unchanged since {date.isoformat()} ({source})")


RULES: list[Callable[[PruneContext], Iterable[Finding]]] = [
    find_overdue,
    find_duplicates,
    find_orphans,
    find_weak_tags,
    find_broken_links,
    find_large_files,
    find_stale_drafts,
]


def relative_to_content(root: Path, item: Item) -> str:
    """ITEM's file relative to the content folder (item paths are shown relative to its parent)."""
    absolute = (root.resolve().parent / item.path).resolve()
    try:
        return absolute.relative_to(root.resolve()).as_posix()
    except ValueError:
        return item.path


def working_tree_dates(root: Path) -> ChangedOn:
    """Last change of a file: its last commit when git knows it unchanged, else the file's time."""
    committed = git.last_change_dates(root)
    changed = git.local_changes(root) if committed else set()

    def changed_on(item: Item) -> tuple[dt.date, str]:
        relative = relative_to_content(root, item)
        if relative in committed and relative not in changed:
            return committed[relative], "git"
        mtime = (root / relative).stat().st_mtime
        return dt.date.fromtimestamp(mtime), "file time"

    return changed_on


def revision_dates(root: Path, commit: str, exported: Path, today: dt.date) -> ChangedOn:
    """Last change of a file of the tree EXPORTED from COMMIT, from the history of content folder ROOT
    (TODAY for a file git does not know yet)."""
    committed = git.last_change_dates(root, commit)

    def changed_on(item: Item) -> tuple[dt.date, str]:
        return committed.get(relative_to_content(exported, item), today), "git"

    return changed_on


def prune(
    catalog: Catalog,
    root: Path,
    today: dt.date,
    *,
    online: bool = False,
    changed_on: ChangedOn | None = None,
    site: SiteMap | None = None,
    generated: set[str] | Callable[[], set[str]] | None = None,
    duplicates: Callable[[], list[Duplicate]] | None = None,
) -> list[Finding]:
    """Every finding over the catalog loaded from ROOT, in report order."""
    ctx = PruneContext(catalog, root, today, online, changed_on, site, generated, duplicates)
    return ordered(found for rule in RULES for found in rule(ctx))
