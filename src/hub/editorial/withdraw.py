"""`hub withdraw`: an item stops being current but keeps its page. The file stays where it is; its
front matter gets `status: withdrawn`, `withdrawn` (the day), `withdrawn_reason` and, when given,
`replaced_by` (only those lines change). Every list, feed, sitemap, search index and calendar drops
it; the page says "Niet meer actueel" with the date, the reason and the successor.

Like `hub archive`: plan (read, validate, prepare the new text), then write atomically.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from hub.check.rules.lifecycle import withdrawn_reference
from hub.editorial.archive import EditRefused, check_reason, check_successor, find_live, references_to
from hub.editorial.frontmatter_edit import EditError, FrontMatterEditor
from hub.editorial.trial_load import NewText, first_unloadable
from hub.load.loader import ContentDir, load_content
from hub.model.items import Lifecycle
from hub.model.kinds import url_of
from hub.problems import Problem
from hub.storage import write_atomic


class WithdrawRefused(EditRefused):
    """The item cannot be withdrawn as asked (HUB640), or the reason is not one line (HUB641)."""


@dataclass
class WithdrawPlan:
    item: Lifecycle
    collection: str
    path: Path
    text: str  # the new file text
    successor: str | None
    # Published items that still point to the item: `hub check` warns about them (HUB230).
    still_referenced: list[Problem] = field(default_factory=list)


def plan_withdraw(
    root: Path,
    slug: str,
    reason: str,
    today: dt.date,
    successor: str | None = None,
    kind: str | None = None,
) -> WithdrawPlan:
    """The new text of the item's file, or WithdrawRefused saying why it will not be withdrawn."""
    reason = check_reason(reason, "niet meer actueel is", refused=WithdrawRefused)
    catalog, _ = load_content(root)
    collection, item = find_live(catalog, slug, kind, refused=WithdrawRefused, code="HUB640")
    assert isinstance(item, Lifecycle)
    if item.status == "draft":
        raise WithdrawRefused("HUB640", "draft", slug=slug)
    if item.is_withdrawn:
        when = item.withdrawn.isoformat() if item.withdrawn else "?"
        raise WithdrawRefused("HUB640", "withdrawn", slug=slug, date=when)
    if successor is not None:
        check_successor(catalog, collection, slug, successor, refused=WithdrawRefused, code="HUB640")
    content = ContentDir(root)
    path = content.root.parent / item.path
    try:
        editor = FrontMatterEditor(path.read_bytes().decode("utf-8"), item.path)
        editor.replace(("status",), "withdrawn")
        values: dict[str, str | dt.date] = {"withdrawn": today, "withdrawn_reason": reason}
        if successor:
            values["replaced_by"] = successor
        editor.set_keys_after("status", values)
        text = editor.result()
    except (EditError, UnicodeDecodeError) as exc:
        raise WithdrawRefused("HUB640", "edit", detail=exc) from None
    _validate(content, path, collection, text)
    referrers = [ref for ref in references_to(catalog, collection, slug) if ref.item.is_published]
    warnings = [withdrawn_reference(ref.item, ref.key_path, slug, successor) for ref in referrers]
    return WithdrawPlan(item, collection, path, text, successor, sorted(warnings))


def _validate(content: ContentDir, path: Path, collection: str, text: str) -> None:
    """Load the new text as the loader will, before anything is written."""
    failed = first_unloadable(content, {path: NewText(text, collection)})
    if failed:
        raise WithdrawRefused("HUB640", "would_not_load", problems=failed[1], path=content.shown(path))


def apply_withdraw(plan: WithdrawPlan) -> list[str]:
    """Write the new text atomically; the report lines for the editor."""
    # The text keeps the file's own line endings and byte-order mark (FrontMatterEditor.result).
    write_atomic(plan.path, plan.text)
    report = [f"ingetrokken {plan.item.path}: status withdrawn, met datum en reden"]
    page = f"/{url_of(plan.item)}"
    if plan.successor:
        report.append(
            f"{page} blijft bestaan met 'Niet meer actueel' en een link naar de opvolger '{plan.successor}'"
        )
    else:
        report.append(f"{page} blijft bestaan met 'Niet meer actueel'")
    report.append("het item staat niet meer in lijsten, zoekresultaten, feeds, de sitemap en agenda's")
    return report
