"""A SiteChange as the Markdown a reviewer reads in the pull request's job summary."""

from __future__ import annotations

from hub.editorial.diff import Retired, SiteChange, page
from hub.model.items import Item
from hub.reports.findings import Finding, md_escape

RETIRED_HOW = {
    "deleted": "**breaks**: the file was deleted, the URL gives 404 (retire with `hub archive` instead)",
    "unpublished": "**breaks**: back to draft, the URL gives 404",
    "archived": "archived without successor: shows a 'no longer available' page",
}


def _title(item: Item) -> str:
    return md_escape(getattr(item, "title", item.slug))


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def breaks(change: SiteChange) -> list[str]:
    """One line per thing the change would break."""
    lines = [
        f"`{page(r.item)}` ({_title(r.item)}): {RETIRED_HOW[r.how]}"
        for r in change.retired
        if r.how != "archived"
    ]
    lines += [f"`{p.path}:{p.line}`: {p.key}: {md_escape(p.message)}" for p in change.new_problems]
    lines += [f"`{f.path}:{f.line}`: {md_escape(f.detail)}" for f in change.new_broken_links]
    return lines


def _summary(change: SiteChange, base: str, head: str) -> str:
    redirects = sum(1 for r in change.retired if r.successor is not None)
    parts = [
        _plural(len(change.added), "page") + " added",
        f"{len(change.changed)} changed",
        f"{len(change.retired)} retired ({redirects} redirected)",
    ]
    verdict = (
        "Nothing breaks."
        if not breaks(change)
        else f"**{_plural(len(breaks(change)), 'thing')} would break.**"
    )
    return f"Base `{md_escape(base)}`, head `{md_escape(head)}`: {', '.join(parts)}. {verdict}"


def _retired_row(retired: Retired) -> str:
    if retired.successor is not None:
        now = f"redirects to `{page(retired.successor)}` ({_title(retired.successor)})"
    else:
        now = RETIRED_HOW[retired.how]
    return f"| `{page(retired.item)}` | {_title(retired.item)} | {now} |"


def _changed_row(old: Item, new: Item, what: list[str]) -> str:
    title = _title(new)
    if "title" in what:
        title += f" (was: {_title(old)})"
    return f"| `{page(new)}` | {title} | {', '.join(what)} |"


def _findings_table(findings: list[Finding]) -> list[str]:
    rows = ["| Item | Finding | Detail |", "|---|---|---|"]
    rows += [f"| `{f.path}` | {f.finding} | {md_escape(f.detail)} |" for f in findings]
    return rows


def as_markdown(change: SiteChange, base: str, head: str) -> str:
    """The pull-request summary: retired, added and changed pages, breakage, counts, pruning report."""
    out = ["## What this change does to the site", "", _summary(change, base, head), ""]
    if change.retired:
        out += ["### Retired pages", "", "| Page | Title | Now |", "|---|---|---|"]
        out += [_retired_row(r) for r in change.retired] + [""]
    if change.added:
        out += ["### Added pages", "", "| Page | Title | Kind |", "|---|---|---|"]
        out += [f"| `{page(i)}` | {_title(i)} | {i.kind} |" for i in change.added] + [""]
    if change.changed:
        out += ["### Changed pages", "", "| Page | Title | What changed |", "|---|---|---|"]
        out += [_changed_row(*row) for row in change.changed] + [""]
    out += ["### What would break", ""]
    broken = breaks(change)
    if broken:
        out += [f"- {line}" for line in broken]
    else:
        out.append(
            "Nothing: every retired URL redirects or says it is no longer available, and no new "
            "reference or link points nowhere."
        )
    out += ["", "### Counts per collection", ""]
    out += ["| Collection | Published before | Published after | Archived before | Archived after |"]
    out += ["|---|--:|--:|--:|--:|"]
    out += [f"| {name} | {a} | {b} | {c} | {d} |" for name, a, b, c, d in change.counts]
    out += ["", "### Pruning report", ""]
    if not change.findings_added and not change.findings_removed:
        out.append("The change adds or removes no finding of `hub prune`.")
    if change.findings_added:
        out += ["Findings this change adds:", "", *_findings_table(change.findings_added), ""]
    if change.findings_removed:
        out += ["Findings this change resolves:", "", *_findings_table(change.findings_removed)]
    return "\n".join(out).rstrip("\n") + "\n"
