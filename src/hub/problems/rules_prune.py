"""HUB5xx: the findings of `hub prune`, in report order."""

from __future__ import annotations

from hub.problems.rule import Rule, Severity, rule

W = Severity.WARNING

RULES: list[Rule] = [
    rule(
        "HUB501",
        "overdue",
        W,
        "De reviewdatum is voorbij: kijk het item na, of archiveer het.",
        "Een gepubliceerd item wordt review_months na reviewed nagekeken (zonder review_months: "
        "materialen 24 maanden, kennisclips, podcasts en video's 36, leerpaden 12, vragen en aanbod 12).",
        "reviewed: 2023-01-10   # materiaal, 24 maanden: review was op 2025-01-10",
        "reviewed: 2026-11-20",
        "de review was gepland op {due} (laatste review {reviewed}, om de {months} maanden): kijk het "
        "item na of archiveer het",
    ),
    rule(
        "HUB502",
        "duplicate",
        W,
        "Bijna hetzelfde als een ander item: hou er één, archiveer het andere met een opvolger.",
        "Twee gepubliceerde items van dezelfde soort met bijna dezelfde tekst en tags (uit de "
        "zoekindex). De bevinding staat op het item dat het langst niet nagekeken is.",
        "# hoeken.md en hoeken-2.md met dezelfde tekst",
        "hub archive hoeken-2 --replaced-by hoeken",
        "bijna hetzelfde als '{other}' ({title}), gelijkenis {score}",
    ),
    rule(
        "HUB503",
        "orphan",
        W,
        "Niets verwijst naar dit materiaal en het heeft geen thema: link het, tag het, of archiveer het.",
        "Een materiaal (geen leerpad) zonder thema waar geen leerpad, vraag, lijst van verwante "
        "materialen of zelfscan naar verwijst, vindt bijna niemand.",
        "# materiaal zonder themes, nergens in related of steps",
        "themes: [differentiatie]",
        "geen leerpad, vraag of lijst van verwante materialen verwijst ernaar en het heeft geen thema: "
        "link het, geef het een thema of archiveer het",
    ),
    rule(
        "HUB504",
        "weak-tags",
        W,
        "Alleen getagd bovenaan de R-OK-boom of zonder thema: tag het preciezer.",
        "Een tag op een kwaliteitsverwachting telt ook voor haar deelrubriek en rubriek: tag zo precies "
        "mogelijk, en geef materialen een thema.",
        "rok: [ontwikkeling]",
        "rok: [differentiatie-kv]\nthemes: [differentiatie]",
        {
            "rubrieken": "alleen R-OK-rubrieken ({tags}): voeg een deelrubriek of kwaliteitsverwachting toe",
            "no_theme": "geen thema: voeg themes toe",
        },
    ),
    rule(
        "HUB505",
        "broken-link",
        W,
        "Een link in de tekst leidt nergens heen: verbeter of verwijder hem.",
        "Interne links worden opgelost zoals MkDocs (x.md) en de browser (andere relatieve links) dat "
        "doen; externe links alleen met --online.",
        "[zie ook](../hoekn/)",
        "[zie ook](../hoeken/)",
        {
            "above_root": "'{link}' klimt boven de hoofdmap van de site uit: verbeter de link",
            "no_page": "'{link}' leidt naar geen enkele pagina (/{target}){hint}",
            "hint": "; bedoel je '{suggestion}'?",
            "retired": "'{link}' leidt naar een gearchiveerde pagina zonder opvolger (/{target}): "
            "verwijder of vervang de link",
            "unreachable": "'{link}' is niet bereikbaar ({reason})",
        },
    ),
    rule(
        "HUB506",
        "large-file",
        W,
        "Een bijlage boven 10 MB: comprimeer ze of link ernaar.",
        "Bijlagen boven 10 MB laden traag op school- en thuisnetwerken.",
        "attachments:\n  - file: presentatie.pptx   # 14 MB",
        "attachments:\n  - file: presentatie.pdf    # 2 MB",
        "'{file}' is {size} MB (meer dan 10 MB): comprimeer het of link ernaar",
    ),
    rule(
        "HUB507",
        "stale-draft",
        W,
        "Een concept dat al zes maanden niemand veranderde: werk het af of verwijder het.",
        "De datum komt uit git (de laatste commit) of, voor een gewijzigd of nieuw bestand, uit de "
        "bestandstijd.",
        "status: draft   # laatst gewijzigd 2025-02-01",
        "status: published",
        {
            "": "ongewijzigd sinds {date} ({source}): werk het concept af of verwijder het",
            "git": "git",
            "file": "bestandstijd",
        },
    ),
]
