"""HUB2xx: tags, taxonomies and references between items."""

from __future__ import annotations

from hub.problems.rule import Rule, Severity, rule

E, W = Severity.ERROR, Severity.WARNING

RULES: list[Rule] = [
    rule(
        "HUB201",
        "unknown-tag",
        E,
        "Een tag die niet in zijn taxonomie staat.",
        "type, rok, levels, roles, themes, form en owner nemen ids uit content/taxonomy/. Een label of "
        "alias is geen id; de melding noemt het dichtstbijzijnde id en de toegestane waarden.",
        "levels: [Kleuteronderwijs]",
        "levels: [kleuter]",
        {
            "": "'{value}' staat niet in {taxonomy}.yml{hint}; toegestaan: {allowed}",
            "alias": "'{value}' is het label of een alias van '{id}' in {taxonomy}.yml (bedoel je "
            "'{id}'?): tags gebruiken het id",
        },
    ),
    rule(
        "HUB202",
        "taxonomy-parent",
        E,
        "Een taxonomie-item met een onbekende parent, of parents die een kring vormen.",
        "parent is het id van een ander item in hetzelfde bestand; een item kan niet (via andere) "
        "zijn eigen parent zijn.",
        "- id: eerste-graad\n  label: Eerste graad\n  parent: secundiar",
        "- id: eerste-graad\n  label: Eerste graad\n  parent: secundair",
        {
            "unknown": "'{id}' heeft een onbekende parent '{parent}'{hint}; een parent is een id uit dit bestand",
            "cycle": "de parents vormen een kring: {chain}; kies voor één ervan een andere parent",
        },
    ),
    rule(
        "HUB203",
        "duplicate-id",
        E,
        "Twee taxonomie-items met hetzelfde id.",
        "Een id is de sleutel waarmee items getagd worden: het moet uniek zijn in zijn bestand.",
        "- id: taal\n  label: Taal\n- id: taal\n  label: Taalbeleid",
        "- id: taal\n  label: Taal\n- id: taalbeleid\n  label: Taalbeleid",
        "het id '{id}' staat er twee keer (eerst op regel {first}): geef elk item een eigen id",
    ),
    rule(
        "HUB204",
        "invalid-id",
        E,
        "Een taxonomie-id dat geen geldige vorm heeft.",
        "Ids zijn kleine letters a-z, cijfers en koppeltekens (of een officiële code met punten).",
        "- id: Eerste Graad",
        "- id: eerste-graad",
        "'{id}' is geen geldig id: gebruik kleine letters a-z, cijfers en koppeltekens",
    ),
    rule(
        "HUB205",
        "luik",
        E,
        "'luik' ontbreekt op een R-OK-rubriek of staat op de verkeerde plaats.",
        "De rubrieken bovenaan rok.yml horen bij een luik: 'hart' of 'mantel'. Deelrubrieken en "
        "andere taxonomieën hebben geen luik.",
        "- id: beleid\n  label: Beleid",
        "- id: beleid\n  label: Beleid\n  luik: mantel",
        {
            "missing": "R-OK-rubriek '{id}' heeft 'luik: hart' of 'luik: mantel' nodig",
            "below": "alleen de bovenste items (rubrieken) hebben een 'luik': verwijder het hier",
            "elsewhere": "'luik' hoort alleen in rok.yml, niet in {name}.yml: verwijder het",
        },
    ),
    rule(
        "HUB206",
        "required-form",
        E,
        "forms.yml mist een ondersteuningsvorm die de site nodig heeft.",
        "De site toont de materialenbank, de helpdesk en Helpdesk Live: forms.yml heeft die drie ids nodig.",
        "- id: opleiding\n  label: Opleiding",
        "- id: materialenbank\n  label: Materialenbank\n- id: helpdesk\n  label: Helpdesk\n"
        "- id: helpdesk-live\n  label: Helpdesk Live",
        "forms.yml heeft een item '{needed}' nodig; nu: {present}",
    ),
    rule(
        "HUB210",
        "self-reference",
        E,
        "Een materiaal dat naar zichzelf verwijst.",
        "related, steps en recommend wijzen naar andere materialen.",
        "# in content/materials/hoeken.md\nrelated: [hoeken]",
        "related: [hoekenwerk-organiseren]",
        "'{slug}' verwijst naar het item zelf: verwijder die verwijzing",
    ),
    rule(
        "HUB211",
        "draft-reference",
        E,
        "Een gepubliceerd item verwijst naar een concept.",
        "Een concept is niet online: de link zou nergens naartoe leiden. Publiceer het andere item "
        "eerst, of verwijder de verwijzing.",
        "related: [nieuw-concept]   # status: draft",
        "related: [hoeken]          # status: published",
        "'{slug}' is een concept: een gepubliceerd item verwijst alleen naar gepubliceerde items; "
        "publiceer '{slug}' eerst of verwijder de verwijzing",
    ),
    rule(
        "HUB212",
        "archived-reference",
        W,
        "Een verwijzing naar een gearchiveerd item dat doorverwijst.",
        "De link werkt via de doorverwijzing, maar verwijs rechtstreeks naar de opvolger.",
        "related: [oude-fiche]   # gearchiveerd, replaced_by: nieuwe-fiche",
        "related: [nieuwe-fiche]",
        "'{slug}' is gearchiveerd en verwijst door naar '{successor}': verwijs naar '{successor}'",
    ),
    rule(
        "HUB213",
        "archived-reference-without-successor",
        E,
        "Een verwijzing naar een gearchiveerd item zonder opvolger.",
        "De pagina bestaat niet meer: verwijder de verwijzing, of geef het gearchiveerde item een "
        "opvolger met replaced_by.",
        "related: [oude-fiche]   # gearchiveerd zonder replaced_by",
        "related: [nieuwe-fiche]",
        "'{slug}' is gearchiveerd zonder replaced_by: verwijder de verwijzing of geef het gearchiveerde "
        "item een opvolger",
    ),
    rule(
        "HUB214",
        "unknown-reference",
        E,
        "Een verwijzing naar een item dat niet bestaat.",
        "related, steps, materials en recommend nemen slugs: de bestandsnaam zonder .md. De melding "
        "noemt de dichtstbijzijnde bestaande slug.",
        "related: [hoekn]",
        "related: [hoeken]",
        "er bestaat geen {noun} '{slug}'{hint}: controleer de slug (de bestandsnaam zonder .md)",
    ),
    rule(
        "HUB215",
        "leerpad-steps",
        E,
        "Een leerpad zonder steps, of steps bij een ander type.",
        "Alleen een materiaal van type leerpad heeft steps, en een leerpad heeft er altijd.",
        "type: leerpad\n# geen steps",
        "type: leerpad\nsteps:\n  - material: wat-is-differentiatie",
        {
            "missing": "een leerpad heeft 'steps' nodig: een lijst van {{material: <slug>, note: ...}} "
            "(of question: / training: <slug>)",
            "not_leerpad": "alleen materialen van type 'leerpad' hebben steps (dit is '{type}'): "
            "verwijder 'steps' of maak er een leerpad van",
        },
    ),
    rule(
        "HUB216",
        "duplicate-step",
        W,
        "Hetzelfde materiaal staat twee keer in een leerpad.",
        "Een leerpad is een route: elke stap één keer.",
        "steps:\n  - material: hoeken\n  - material: hoeken",
        "steps:\n  - material: hoeken\n  - material: hoekenwerk-evalueren",
        "'{slug}' staat twee keer in dit leerpad: verwijder één van de stappen",
    ),
    rule(
        "HUB217",
        "replaced-by",
        E,
        "replaced_by leidt naar geen gepubliceerd item, of staat op een gepubliceerd item.",
        "replaced_by hoort bij een gearchiveerd item (de oude URL verwijst door naar de opvolger) of bij "
        "een ingetrokken item (de pagina linkt naar de opvolger), en wijst naar een gepubliceerd item "
        "van dezelfde collectie.",
        "# content/materials/hoeken.md (gepubliceerd)\nreplaced_by: nieuwe-hoeken",
        "# content/archive/materials/hoeken.md\nstatus: archived\nreplaced_by: nieuwe-hoeken",
        {
            "unknown": "er is geen live item '{successor}' in {collection}/{hint}: een opvolger "
            "is een bestaand item",
            "draft": "'{successor}' is een concept: de opvolger moet een gepubliceerde pagina zijn",
            "live": "alleen gearchiveerde en ingetrokken items hebben replaced_by: trek het item in met "
            "'hub withdraw', archiveer het met 'hub archive', of verwijder de sleutel",
        },
    ),
    rule(
        "HUB218",
        "archive-status",
        E,
        "status archived en de map archive/ horen samen.",
        "Een item archiveer je met 'hub archive SLUG': het bestand gaat naar content/archive/ en "
        "krijgt status archived. Een slug is live of gearchiveerd, niet allebei.",
        "# content/materials/hoeken.md\nstatus: archived",
        "hub archive hoeken --replaced-by nieuwe-hoeken",
        {
            "live": "status 'archived' hoort bij bestanden onder content/archive/: gebruik 'hub archive SLUG'",
            "archived": "een item onder archive/ heeft status 'archived'",
            "both": "'{slug}' is zowel live ({live}) als gearchiveerd: één URL, één item; verwijder één van beide",
        },
    ),
    rule(
        "HUB219",
        "fiche-form",
        E,
        "Een kwaliteitsfiche die niet naar haar ondersteuningsvorm heet.",
        "Er is één fiche per vorm, in content/fiches/<form>.md.",
        "# content/fiches/opleidingen.md\nform: opleiding",
        "# content/fiches/opleiding.md\nform: opleiding",
        "een fiche heet naar haar vorm: hernoem het bestand naar '{form}.md' of zet form: {slug}",
    ),
    rule(
        "HUB220",
        "zelfscan",
        E,
        "Een scan bij een materiaal dat geen zelfscan is, of een dimensie-id dat twee keer voorkomt.",
        "Alleen een materiaal van type zelfscan heeft een scan; elke dimensie heeft een eigen id.",
        "type: fiche\nscan:\n  dimensions: [...]",
        "type: zelfscan\nscan:\n  dimensions: [...]",
        {
            "type": "alleen materialen van type 'zelfscan' hebben een scan (dit is '{type}')",
            "dimension": "het dimensie-id '{id}' wordt twee keer gebruikt: geef elke dimensie een eigen id",
        },
    ),
    rule(
        "HUB230",
        "withdrawn-reference",
        W,
        "Een gepubliceerd item verwijst naar een ingetrokken item.",
        "Een ingetrokken item is niet meer actueel: het staat in geen enkele lijst, zoekresultaat of "
        "leerpad meer, en zijn pagina zegt dat het niet meer actueel is. Verwijs naar de opvolger, of "
        "verwijder de verwijzing.",
        "related: [oude-fiche]   # status: withdrawn, replaced_by: nieuwe-fiche",
        "related: [nieuwe-fiche]",
        {
            "": "'{slug}' is ingetrokken (niet meer actueel) en wordt niet meer getoond: verwijder de verwijzing",
            "successor": "'{slug}' is ingetrokken (niet meer actueel): verwijs naar de opvolger '{successor}'",
            "replaced_by": "'{slug}' is ingetrokken: een opvolger is een actueel, gepubliceerd item",
        },
    ),
    rule(
        "HUB231",
        "leerpad-step-kind",
        E,
        "Een stap van een leerpad noemt geen of meer dan één item.",
        "Een stap is een materiaal, een vraag of een aanbod: precies één van material, question of "
        "training, met een slug, en eventueel een note.",
        "steps:\n  - note: Lees eerst dit.\n  - {material: hoeken, question: hoeken-of-niet}",
        "steps:\n  - material: hoeken\n    note: Lees eerst dit.\n  - question: hoeken-of-niet",
        {
            "none": "een stap noemt één item: material: <slug>, question: <slug> of training: <slug>",
            "several": "een stap noemt één item, deze noemt er {count} ({keys}): maak er aparte stappen van",
        },
    ),
    rule(
        "HUB232",
        "leerpad-step-wrong-kind",
        E,
        "Een stap van een leerpad noemt een item onder de verkeerde sleutel.",
        "material: zoekt in content/materials/, question: in content/qa/, training: in content/trainings/. "
        "De slug bestaat wel, maar in een andere collectie.",
        "steps:\n  - material: hoe-richt-ik-hoeken-in   # een vraag",
        "steps:\n  - question: hoe-richt-ik-hoeken-in",
        "er bestaat geen {noun} '{slug}', wel een {other_noun}: schrijf '{other_key}: {slug}'",
    ),
]
