"""`hub prune`: what an editor could review, merge, retag, fix or retire. One small rule per finding."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dateutil.relativedelta import relativedelta

from hub.check.suppressions import items_of, silenced_codes
from hub.load.attachments import resolve_attachment
from hub.load.markdown_scan import links_in
from hub.model.catalog import Catalog
from hub.model.items import Item, Lifecycle
from hub.model.references import references_of
from hub.model.review import review_due, review_months
from hub.problems.registry import RULES as CODED_RULES
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


def finding(
    item: Item, name: str, detail: str, line: int | None = None, about: str = "", column: int = 1
) -> Finding:
    """A finding NAME on ITEM; its code (HUB5xx) and severity come from the registry."""
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
        column=column,
    )


def coded(
    item: Item,
    code: str,
    variant: str = "",
    /,
    *,
    at: tuple[str | int, ...] = (),
    line: int | None = None,
    about: str = "",
    **values: object,
) -> Finding:
    """A finding of rule CODE on ITEM with its registered Dutch message, located at key path AT (or LINE)."""
    rule = CODED_RULES[code]
    lines = getattr(item, "_lines", None)
    column = lines.column(*at) if at and lines is not None and line is None else 1
    if line is None and at:
        line = item.line(*at)
    return finding(item, rule.name, rule.message(variant, **values), line, about, column)


def _published(catalog: Catalog) -> list[Item]:
    return [item for item in catalog.all_live_items() if item.is_published]


def find_overdue(ctx: PruneContext) -> Iterator[Finding]:
    for item in _published(ctx.catalog):
        if isinstance(item, Lifecycle) and review_due(item) < ctx.today:
            yield coded(
                item,
                "HUB501",
                at=("reviewed",),
                due=review_due(item).isoformat(),
                reviewed=item.reviewed.isoformat(),
                months=review_months(item),
            )


def _near_duplicates(ctx: PruneContext) -> list[Duplicate]:
    if ctx.duplicates is not None:
        return ctx.duplicates()
    from hub.index import near_duplicates  # the search index is heavy: load it only when needed

    return near_duplicates(ctx.catalog, ctx.root)


def find_duplicates(ctx: PruneContext) -> Iterator[Finding]:
    """Pairs of published items of one kind that look alike: by their text (one body largely stands
    in the other, `hub.index.containment`), else by their words and tags (tf-idf likeness).

    A `duplicates` callable given to `prune` is trusted to hold both kinds (BuildContext does);
    without it both are computed here. Each pair is reported once, on one of the two items.
    """
    from hub.index.containment import THRESHOLD, Overlap, text_duplicates

    collections = {
        "material": ctx.catalog.materials,
        "qa": ctx.catalog.questions,
        "training": ctx.catalog.offerings,
    }
    known = list(_near_duplicates(ctx))
    if ctx.duplicates is None:
        known += text_duplicates(ctx.catalog)
    overlaps = [entry for entry in known if isinstance(entry, Overlap)]
    reported: set[tuple[str, frozenset[str]]] = set()
    for entry in [*overlaps, *(entry for entry in known if not isinstance(entry, Overlap))]:
        kind, slug_a, slug_b = entry[0], entry[1], entry[2]
        items = collections.get(kind, {})
        a, b = items.get(slug_a), items.get(slug_b)
        pair = (kind, frozenset((slug_a, slug_b)))
        if a is None or b is None or not (a.is_published and b.is_published) or pair in reported:
            continue
        reported.add(pair)
        # The one reviewed longest ago (then the longer one) carries the finding: the likelier to go;
        # but when only one text stands largely in the other, that one carries it.
        carrier, other = sorted((a, b), key=lambda item: (item.reviewed, -len(item.body), item.slug))  # type: ignore[attr-defined]
        if isinstance(entry, Overlap):
            shares = {slug_a: entry.share, slug_b: entry.other_share}
            if shares[other.slug] >= THRESHOLD > shares[carrier.slug]:
                carrier, other = other, carrier
            detail = (
                f"grotendeels dezelfde tekst als '{other.slug}' ({other.title}): "  # type: ignore[attr-defined]
                f"{shares[carrier.slug]:.0%} van deze tekst staat daar ook"
            )
        else:
            likeness = f"{entry[3]:.2f}".replace(".", ",")
            detail = f"lijkt sterk op '{other.slug}' ({other.title}), gelijkenis {likeness}"  # type: ignore[attr-defined]
        yield finding(carrier, "duplicate", detail, about=other.slug)


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
            yield coded(material, "HUB503")


def find_weak_tags(ctx: PruneContext) -> Iterator[Finding]:
    rok = ctx.catalog.taxonomies["rok"]
    for item in _published(ctx.catalog):
        tags = list(getattr(item, "rok", None) or [])
        rule = CODED_RULES["HUB504"]
        reasons = []
        if tags and all(tag in rok and not rok.entries[tag].parent for tag in tags):
            reasons.append(rule.message("rubrieken", tags=", ".join(tags)))
        if item.kind == "material" and not getattr(item, "themes", None):
            reasons.append(rule.message("no_theme"))
        if reasons:
            at = ("rok",) if tags else ("themes",)
            column = item._lines.column(*at) if tags else 1  # type: ignore[attr-defined]
            yield finding(item, rule.name, "; ".join(reasons), item.line(*at), column=column)


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
                yield coded(item, "HUB505", "above_root", line=line, link=found.value)
                continue
            status = site.status(target) if target is not None else "page"
            if status is None:
                close = suggestion(item, found.value, site)
                hint = CODED_RULES["HUB505"].message("hint", suggestion=close) if close else ""
                yield coded(item, "HUB505", "no_page", line=line, link=found.value, target=target, hint=hint)
            elif status == "retired":
                yield coded(item, "HUB505", "retired", line=line, link=found.value, target=target)
        link = getattr(item, "link", None)
        if link:
            online.append((item, str(link), item.line("link")))
    if ctx.online:
        failures = external.unreachable({url for _, url, _ in online})
        for item, url, line in online:
            if url in failures:
                yield coded(item, "HUB505", "unreachable", line=line, link=url, reason=failures[url])


def find_large_files(ctx: PruneContext) -> Iterator[Finding]:
    for material in ctx.catalog.published_materials():
        for index, attachment in enumerate(material.attachments):
            resolved, _ = resolve_attachment(ctx.root, attachment.file)
            if resolved is not None and resolved.stat().st_size > LARGE_FILE_BYTES:
                size = f"{resolved.stat().st_size / 1024 / 1024:.1f}"
                at = ("attachments", index, "file")
                yield coded(material, "HUB506", at=at, file=attachment.file, size=size)


def find_stale_drafts(ctx: PruneContext) -> Iterator[Finding]:
    changed_on = ctx.changed_on or working_tree_dates(ctx.root)
    limit = ctx.today - STALE_AFTER
    for item in ctx.catalog.all_live_items():
        if getattr(item, "status", None) != "draft":
            continue
        date, source = changed_on(item)
        if date < limit:
            how = CODED_RULES["HUB507"].message("git" if source == "git" else "file")
            yield coded(item, "HUB507", date=date.isoformat(), source=how)


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
    silenced = {item.path: silenced_codes(item) for item in items_of(catalog) if item.check_ignore}
    return ordered(
        found for rule in RULES for found in rule(ctx) if found.code not in silenced.get(found.path, ())
    )
