"""HUB1xx: files, YAML, keys and values (the loader and validation), and the suppressions themselves."""

from __future__ import annotations

from hub.problems.rule import Rule, Severity, rule

E, W = Severity.ERROR, Severity.WARNING

RULES: list[Rule] = [
    rule(
        "HUB101",
        "missing-key",
        E,
        "Een verplichte sleutel ontbreekt.",
        "Elk soort item heeft sleutels die er altijd moeten zijn (zie het contentmodel). Zonder die "
        "sleutel kan het item niet geladen worden. Voeg de sleutel toe met een geldige waarde.",
        "title: Hoeken in de kleuterklas\n# description ontbreekt",
        "title: Hoeken in de kleuterklas\ndescription: Zo richt je hoeken in die kleuters zelfstandig laten werken.",
        "verplichte sleutel ontbreekt{hint}: voeg '{name}: ...' toe",
        can_ignore=False,
    ),
    rule(
        "HUB102",
        "unknown-key",
        E,
        "Een sleutel die dit soort item niet kent.",
        "Vaak een tikfout of een sleutel van een ander soort item. De foutmelding noemt de "
        "dichtstbijzijnde bekende sleutel en alle toegestane sleutels.",
        "leveles: [kleuter]",
        "levels: [kleuter]",
        "onbekende sleutel '{unknown}'{hint}; toegestane sleutels: {allowed}",
        can_ignore=False,
    ),
    rule(
        "HUB103",
        "invalid-choice",
        E,
        "Een waarde die niet in de lijst van toegestane waarden staat.",
        "Sommige sleutels kennen maar een paar waarden (status, mode, scale, provider.kind). "
        "Kies één van de waarden die de melding noemt.",
        "status: gepubliceerd",
        "status: published",
        "'{value}' is geen toegestane waarde; kies uit: {allowed}",
        can_ignore=False,
    ),
    rule(
        "HUB104",
        "wrong-type",
        E,
        "Een waarde van de verkeerde soort (tekst, getal, lijst, mapping).",
        "Een sleutel verwacht een bepaalde soort waarde: tekst, een getal, true/false, een lijst of "
        "sleutels met waarden. Schrijf de waarde in die vorm.",
        "duration: een halfuur",
        "duration: 30",
        {
            "text": "verwacht tekst{got}",
            "integer": "verwacht een geheel getal{got}",
            "number": "verwacht een getal{got}",
            "boolean": "verwacht true of false{got}",
            "list": "verwacht een lijst ('- waarde' per regel of [a, b]){got}",
            "mapping": "verwacht sleutels met waarden ('sleutel: waarde'){got}",
            "date": "verwacht een datum JJJJ-MM-DD{got}",
        },
        can_ignore=False,
    ),
    rule(
        "HUB105",
        "invalid-value",
        E,
        "Een waarde die de vorm van haar sleutel niet heeft (datum, URL, slug, tekst op één regel).",
        "Datums schrijf je als JJJJ-MM-DD, tijdstippen als 2027-01-14T09:00, links als https://..., "
        "slugs in kleine letters met koppeltekens; titels en labels staan op één regel zonder "
        "onzichtbare tekens. De melding zegt wat er mis is.",
        "reviewed: 14/01/2027",
        "reviewed: 2027-01-14",
        {"": "{detail}{got}", "other": "ongeldige waarde: {detail}{got}"},
        can_ignore=False,
    ),
    rule(
        "HUB106",
        "out-of-range",
        E,
        "Een waarde die te kort, te lang, te klein of te groot is.",
        "Titels en beschrijvingen hebben een lengte (een beschrijving: 20 tot 300 tekens), lijsten "
        "een minimum aantal waarden en getallen een bereik. Pas de waarde aan binnen de grenzen.",
        "description: Hoeken.",
        "description: Zo richt je hoeken in die kleuters zelfstandig laten werken.",
        {
            "empty": "mag niet leeg zijn: vul een waarde in",
            "text_short": "te kort: minstens {limit} tekens (nu {actual})",
            "text_long": "te lang: hoogstens {limit} tekens (nu {actual}): kort de tekst in",
            "list_short": "te weinig waarden: minstens {limit}",
            "list_long": "te veel waarden: hoogstens {limit}",
            "ge": "moet minstens {limit} zijn{got}",
            "gt": "moet groter zijn dan {limit}{got}",
            "le": "mag hoogstens {limit} zijn{got}",
            "lt": "moet kleiner zijn dan {limit}{got}",
        },
        can_ignore=False,
    ),
    rule(
        "HUB110",
        "file-unreadable",
        E,
        "Het bestand kan niet gelezen worden of is geen UTF-8-tekst.",
        "Content-bestanden zijn UTF-8-tekst. Een bestand uit Word of een oud programma staat soms in "
        "een andere codering; bewaar het opnieuw als UTF-8.",
        "(bestand bewaard als Windows-1252: 'co\\xf6rdinator')",
        "(bestand bewaard als UTF-8: 'coördinator')",
        {
            "read": "kan het bestand niet lezen: {reason}",
            "encoding": "het bestand is geen UTF-8-tekst (byte 0x{byte}); bewaar het als UTF-8 "
            "(in de meeste editors: 'Opslaan met codering' > UTF-8)",
        },
        can_ignore=False,
    ),
    rule(
        "HUB111",
        "file-too-large",
        E,
        "Een bestand, front matter of tekst boven de grootte-grens.",
        "Grenzen: 2 MB per bestand, 64 KB front matter, 1 MB tekst. Zet grote inhoud in een bijlage "
        "of splits het item.",
        "(een materiaal van 3 MB met een geplakte handleiding)",
        "(de handleiding als pdf in content/materials/files/, het materiaal linkt ernaar)",
        {
            "file": "het bestand is {size}; de grens is {limit}: zet grote inhoud in een bijlage "
            "(content/materials/files/) of splits het item",
            "front_matter": "de front matter is {size}; de grens is {limit}: lange tekst hoort in de "
            "inhoud onder de tweede '---'",
            "body": "de tekst is {size}; de grens is {limit}: splits het item of maak er een bijlage van",
        },
        can_ignore=False,
    ),
    rule(
        "HUB112",
        "front-matter",
        E,
        "De front matter ontbreekt, is niet afgesloten of bevat geen sleutels.",
        "Elk item begint met een regel '---', dan de YAML-sleutels, dan weer '---'; daaronder volgt "
        "de tekst in Markdown.",
        "title: Hoeken\n\nTekst van het materiaal.",
        "---\ntitle: Hoeken\n---\nTekst van het materiaal.",
        {
            "start": "het bestand moet beginnen met een regel '---', dan de YAML-sleutels, dan een "
            "afsluitende '---'",
            "unclosed": "de front matter is niet afgesloten: zet een regel '---' na de laatste sleutel",
            "mapping": "de front matter moet uit YAML-sleutels bestaan: 'title: ...'",
        },
        can_ignore=False,
    ),
    rule(
        "HUB113",
        "yaml-syntax",
        E,
        "Een YAML-fout: het bestand kan niet gelezen worden.",
        "Meestal een vergeten aanhalingsteken, een dubbelpunt in een waarde zonder aanhalingstekens, "
        "een niet afgesloten [ of inspringen met tabs. De melding wijst de regel aan.",
        "title: Lezen: zo begin je",
        'title: "Lezen: zo begin je"',
        {
            "": "YAML-fout: {problem}{tabs}",
            "character": "YAML: teken U+{code} is niet toegestaan; verwijder het (vaak meegekopieerd "
            "uit een ander programma)",
            "value": "YAML-waarde ongeldig: {detail}",
        },
        can_ignore=False,
    ),
    rule(
        "HUB114",
        "yaml-not-allowed",
        E,
        "YAML die content niet mag gebruiken: ankers, dubbele sleutels, te diepe nesting.",
        "Ankers en aliassen (&naam, *naam) verbergen waarden en kunnen een bestand laten ontploffen; "
        "een dubbele sleutel laat één waarde stilletjes verdwijnen. Schrijf alles uit, één keer.",
        "levels: &niveaus [basis]\nroles: *niveaus",
        "levels: [basis]\nroles: [leraar]",
        {
            "alias": "ankers en aliassen (&naam, *naam) zijn niet toegestaan in content: schrijf de "
            "waarde uit",
            "duplicate": "de sleutel '{key}' staat er twee keer: hou er één",
            "key": "een sleutel moet gewone tekst zijn",
            "deep": "YAML te diep genest (lijsten of mappings in elkaar): maak de structuur platter",
        },
        can_ignore=False,
    ),
    rule(
        "HUB115",
        "control-character",
        E,
        "De tekst bevat een stuurteken dat niet getoond kan worden.",
        "Stuurtekens komen mee bij kopiëren uit andere programma's; ze breken feeds en agenda's. "
        "Verwijder het teken op de genoemde regel.",
        "Tekst met een verborgen \\x0b-teken",
        "Tekst zonder verborgen tekens",
        "bevat een stuurteken (U+{code}) dat niet getoond kan worden: verwijder het (vaak "
        "meegekopieerd uit een ander programma)",
        can_ignore=False,
    ),
    rule(
        "HUB116",
        "file-name",
        E,
        "De bestandsnaam is geen slug.",
        "De bestandsnaam zonder .md is de slug en wordt de URL: kleine letters a-z, cijfers en koppeltekens.",
        "content/materials/Hoeken Kleuterklas.md",
        "content/materials/hoeken-kleuterklas.md",
        "bestandsnaam '{name}' is geen slug: gebruik kleine letters a-z, cijfers en koppeltekens",
        can_ignore=False,
    ),
    rule(
        "HUB117",
        "stray-file",
        E,
        "Een bestand in een collectiemap dat de hub negeert.",
        "In content/materials/, qa/, trainings/ en fiches/ horen alleen .md-bestanden (bijlagen gaan "
        "naar content/materials/files/). Een ander bestand wordt stil overgeslagen.",
        "content/materials/hoeken.markdown",
        "content/materials/hoeken.md",
        "alleen .md-bestanden horen hier; dit bestand wordt genegeerd: hernoem, verplaats of verwijder het",
        can_ignore=False,
    ),
    rule(
        "HUB118",
        "vocabulary-file",
        E,
        "Een taxonomie-, synoniemen- of normbestand heeft niet de juiste vorm.",
        "Een taxonomiebestand is een YAML-lijst van items met id en label; synonyms.yml een lijst van "
        "groepen van minstens twee woorden; response-norms.yml een lijst van {participants, min_rate}.",
        "- [differentiatie]",
        "- [differentiatie, differentiëren, binnenklasdifferentiatie]",
        {
            "missing": "het taxonomiebestand ontbreekt: maak content/taxonomy/{name}.yml aan",
            "not_list": "een taxonomiebestand is een YAML-lijst van items '- id: ...'",
            "entry": "elk item is een mapping met id en label",
            "synonyms": "synonyms.yml is een YAML-lijst van groepen: - [a, b, c]",
            "group": "een synoniemgroep is een lijst van twee of meer woorden",
            "word": "synoniemgroep: {reason}",
            "empty_word": "een woord is leeg",
            "norms": "response-norms.yml is een YAML-lijst van rijen {{participants, min_rate}}",
        },
        can_ignore=False,
    ),
    rule(
        "HUB190",
        "suppression-without-reason",
        E,
        "Een check_ignore zonder reden.",
        "Wie een regel voor één item uitzet, zegt in één regel waarom: zo kan een collega het later "
        "beoordelen.",
        "check_ignore:\n  - code: HUB310",
        "check_ignore:\n  - code: HUB310\n    reason: Twee edities van dezelfde opleiding, bewust apart.",
        "check_ignore voor {code} heeft geen reden: voeg 'reason: ...' toe (één regel: waarom de "
        "regel hier niet geldt)",
        can_ignore=False,
    ),
    rule(
        "HUB191",
        "suppression-unknown-code",
        E,
        "Een check_ignore met een code die niet bestaat.",
        "Gebruik een code uit 'hub rules'. Een tikfout in de code zou anders niets uitzetten.",
        "check_ignore:\n  - code: HUB3100\n    reason: ...",
        "check_ignore:\n  - code: HUB310\n    reason: ...",
        "check_ignore: '{code}' is geen regelcode{hint}; 'hub rules' toont ze allemaal",
        can_ignore=False,
    ),
    rule(
        "HUB192",
        "suppression-not-allowed",
        E,
        "Een check_ignore voor een regel die niet uitgezet kan worden.",
        "Fouten die een item onleesbaar maken, onveilige HTML en links en persoonsgegevens kunnen "
        "niet uitgezet worden, niet per item en niet in hub.yml: los het probleem op.",
        "check_ignore:\n  - code: HUB401\n    reason: de ouder vond het goed",
        "(de persoonsgegevens uit de vraag verwijderen)",
        "{code} ({name}) kan niet uitgezet worden: los het probleem op",
        can_ignore=False,
    ),
    rule(
        "HUB193",
        "unused-suppression",
        W,
        "Een check_ignore voor een regel die op dit item niets meer meldt.",
        "Het probleem is opgelost of de inhoud is veranderd: de uitzondering is overbodig en zou "
        "later een echt probleem verbergen. Verwijder ze.",
        "check_ignore:\n  - code: HUB311\n    reason: oude beschrijving\n# de beschrijving is intussen herschreven",
        "(de check_ignore verwijderd)",
        "check_ignore: {code} ({name}) meldt hier niets meer: verwijder deze uitzondering",
        can_ignore=False,
    ),
    rule(
        "HUB194",
        "config-invalid",
        E,
        "Een fout in hub.yml, de instellingen van de regels.",
        "hub.yml (naast content/) zet regels uit of verandert hun ernst: "
        "rules: {ignore: [HUB310], severity: {HUB312: error}}. Alleen bestaande codes, ernst error "
        "of warning, en geen regels die niet uitgezet kunnen worden.",
        "rules:\n  ignore: [HUB999]\n  severity: {HUB312: hoog}",
        "rules:\n  ignore: [HUB310]\n  severity: {HUB312: error}",
        {
            "yaml": "hub.yml kan niet gelezen worden: {detail}",
            "shape": "hub.yml: verwacht 'rules:' met 'ignore: [CODE, ...]' en/of 'severity: {{CODE: error|warning}}'",
            "unknown": "hub.yml: '{code}' is geen regelcode{hint}; 'hub rules' toont ze allemaal",
            "severity": "hub.yml: ernst '{value}' voor {code}: kies error of warning",
            "locked": "hub.yml: {code} ({name}) kan niet uitgezet of afgezwakt worden",
        },
        can_ignore=False,
    ),
]
