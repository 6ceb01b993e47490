"""A SiteChange as the Markdown a reviewer reads in the pull request's job summary (in Dutch)."""

from __future__ import annotations

from hub.editorial.diff import EvaluationChange, Retired, SiteChange, page
from hub.model.effects import Effect
from hub.model.items import Item
from hub.reports.findings import Finding, md_escape

RETIRED_HOW = {
    "deleted": "**breekt**: het bestand is verwijderd, de URL geeft 404 (archiveer met `hub archive`)",
    "unpublished": "**breekt**: terug naar concept, de URL geeft 404",
    "archived": "gearchiveerd zonder opvolger: toont een pagina 'niet meer beschikbaar'",
    "withdrawn": "ingetrokken: de pagina blijft, met 'Niet meer actueel'",
}
# Collection names in diff.COLLECTIONS -> how the table shows them.
COLLECTION_LABELS = {
    "Materials": "Materialen",
    "Questions": "Vragen",
    "Offerings": "Aanbod",
    "Fiches": "Kwaliteitsfiches",
}


def _title(item: Item) -> str:
    return md_escape(getattr(item, "title", item.slug))


def _count(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def breaks(change: SiteChange) -> list[str]:
    """One line per thing the change would break."""
    lines = [
        f"`{page(r.item)}` ({_title(r.item)}): {RETIRED_HOW[r.how]}"
        for r in change.retired
        if r.how not in ("archived", "withdrawn")
    ]
    lines += [f"`{p.path}:{p.line}`: {p.code} {p.key}: {md_escape(p.message)}" for p in change.new_problems]
    lines += [f"`{f.path}:{f.line}`: {f.code} {md_escape(f.detail)}" for f in change.new_broken_links]
    return lines


def _summary(change: SiteChange, base: str, head: str) -> str:
    gone = [r for r in change.retired if r.how != "withdrawn"]
    redirects = sum(1 for r in gone if r.successor is not None)
    parts = [
        _count(len(change.added), "pagina", "pagina's") + " toegevoegd",
        f"{len(change.changed)} gewijzigd",
        f"{len(gone)} uit de lucht ({redirects} doorverwezen)",
    ]
    if change.withdrawn:
        parts.append(f"{len(change.withdrawn)} ingetrokken")
    if change.evaluations:
        parts.append(_count(len(change.evaluations), "sessie-evaluatie", "sessie-evaluaties") + " gewijzigd")
    broken = len(breaks(change))
    verdict = "Er breekt niets." if not broken else f"**{_count(broken, 'ding breekt', 'dingen breken')}.**"
    return f"Basis `{md_escape(base)}`, head `{md_escape(head)}`: {', '.join(parts)}. {verdict}"


def _retired_row(retired: Retired) -> str:
    if retired.successor is not None:
        now = f"verwijst door naar `{page(retired.successor)}` ({_title(retired.successor)})"
    else:
        now = RETIRED_HOW[retired.how]
    if retired.reason:
        now += f"; reden: {md_escape(retired.reason)}"
    return f"| `{page(retired.item)}` | {_title(retired.item)} | {now} |"


def _withdrawn_row(retired: Retired) -> str:
    successor = (
        f"`{page(retired.successor)}` ({_title(retired.successor)})"
        if retired.successor is not None
        else "geen"
    )
    reason = md_escape(retired.reason or "")
    return f"| `{page(retired.item)}` | {_title(retired.item)} | {reason} | {successor} |"


def _changed_row(old: Item, new: Item, what: list[str]) -> str:
    title = _title(new)
    if "title" in what:
        title += f" (was: {_title(old)})"
    return f"| `{page(new)}` | {title} | {', '.join(what)} |"


EVALUATION_HOW = {"new": "nieuw", "updated": "bijgewerkt", "removed": "verwijderd"}


def _answered(effect: Effect) -> str:
    return f"{effect.responses} van {effect.participants} deelnemers"


def _evaluation_row(evaluation: EvaluationChange) -> str:
    where = f"`{page(evaluation.offering)}`" if evaluation.offering is not None else evaluation.offering_slug
    title = _title(evaluation.offering) if evaluation.offering is not None else "(geen aanbod met die naam)"
    before, after = evaluation.before, evaluation.after
    if before is not None and after is not None:
        answers = f"{before.responses} → {_answered(after)}"
    else:
        answers = _answered(after or before)  # type: ignore[arg-type]
    how = EVALUATION_HOW[evaluation.how]
    return f"| {where} | {title} | {evaluation.session.isoformat()} | {how} | {answers} |"


def _findings_table(findings: list[Finding]) -> list[str]:
    rows = ["| Item | Bevinding | Detail |", "|---|---|---|"]
    rows += [f"| `{f.path}` | {f.code} {f.finding} | {md_escape(f.detail)} |" for f in findings]
    return rows


def as_markdown(change: SiteChange, base: str, head: str) -> str:
    """The pull-request summary: retired, added and changed pages, breakage, counts, pruning report."""
    out = ["## Wat deze wijziging met de site doet", "", _summary(change, base, head), ""]
    gone = [r for r in change.retired if r.how != "withdrawn"]
    if gone:
        out += ["### Pagina's uit de lucht", "", "| Pagina | Titel | Nu |", "|---|---|---|"]
        out += [_retired_row(r) for r in gone] + [""]
    if change.withdrawn:
        out += ["### Ingetrokken pagina's", ""]
        out += [
            "De pagina blijft op haar adres met 'Niet meer actueel', maar staat in geen lijst, zoekresultaat,"
        ]
        out += ["feed, sitemap of agenda meer.", ""]
        out += ["| Pagina | Titel | Reden | Opvolger |", "|---|---|---|---|"]
        out += [_withdrawn_row(r) for r in change.withdrawn] + [""]
    if change.added:
        out += ["### Nieuwe pagina's", "", "| Pagina | Titel | Soort |", "|---|---|---|"]
        out += [f"| `{page(i)}` | {_title(i)} | {i.kind} |" for i in change.added] + [""]
    if change.changed:
        out += ["### Gewijzigde pagina's", "", "| Pagina | Titel | Wat veranderde |", "|---|---|---|"]
        out += [_changed_row(*row) for row in change.changed] + [""]
    if change.evaluations:
        out += [
            "### Sessie-evaluaties",
            "",
            "| Aanbod | Titel | Sessie | Wat | Antwoorden |",
            "|---|---|---|---|---|",
        ]
        out += [_evaluation_row(evaluation) for evaluation in change.evaluations] + [""]
        out += ["De aanbodpagina's en de kwaliteitsfiches tonen ze na de volgende bouw.", ""]
    out += ["### Wat zou breken", ""]
    broken = breaks(change)
    if broken:
        out += [f"- {line}" for line in broken]
    else:
        out.append(
            "Niets: elke URL die verdwijnt, verwijst door of meldt dat de pagina niet meer beschikbaar "
            "is, en geen nieuwe verwijzing of link leidt nergens heen."
        )
    out += ["", "### Aantallen per collectie", ""]
    out += ["| Collectie | Gepubliceerd voor | Gepubliceerd na | Gearchiveerd voor | Gearchiveerd na |"]
    out += ["|---|--:|--:|--:|--:|"]
    out += [
        f"| {COLLECTION_LABELS.get(name, name)} | {a} | {b} | {c} | {d} |"
        for name, a, b, c, d in change.counts
    ]
    out += ["", "### Snoeirapport", ""]
    if not change.findings_added and not change.findings_removed:
        out.append("De wijziging voegt geen bevinding van `hub prune` toe en lost er geen op.")
    if change.findings_added:
        out += ["Bevindingen die deze wijziging toevoegt:", "", *_findings_table(change.findings_added), ""]
    if change.findings_removed:
        out += ["Bevindingen die deze wijziging oplost:", "", *_findings_table(change.findings_removed)]
    return "\n".join(out).rstrip("\n") + "\n"
