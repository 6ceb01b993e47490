"""HUB6xx: refusals of the commands that edit content (`hub archive`, `hub withdraw`, `hub qa publish`,
`hub qa import`)."""

from __future__ import annotations

from hub.problems.rule import Rule, Severity, rule

E = Severity.ERROR

RULES: list[Rule] = [
    rule(
        "HUB601",
        "archive-referenced",
        E,
        "Het item dat je archiveert, wordt nog gebruikt.",
        "'hub archive' weigert zolang live content naar het item verwijst en er geen opvolger is. "
        "Geef een opvolger (de verwijzingen gaan dan mee) of verwijder de verwijzingen eerst.",
        "hub archive hoeken",
        "hub archive hoeken --replaced-by hoeken-inrichten",
        {
            "": "'{slug}' wordt nog gebruikt: geef een opvolger met --replaced-by SLUG, of verwijder "
            "eerst deze verwijzingen",
            "reference": "verwijst naar '{slug}'{draft}",
            "redirect": "verwijst door naar '{slug}'",
            "link": "link '{link}' naar '{slug}'",
            "draft": " (concept)",
        },
        can_ignore=False,
    ),
    rule(
        "HUB602",
        "archive-empty-leerpad",
        E,
        "Archiveren zou een leerpad zonder stappen achterlaten.",
        "Het leerpad heeft alleen deze stap en de opvolger staat er al in (of is het leerpad zelf).",
        "hub archive stap-1 --replaced-by het-leerpad",
        "(voeg eerst een andere stap toe aan het leerpad)",
        "het leerpad zou geen stappen meer hebben: voeg eerst een andere stap toe",
        can_ignore=False,
    ),
    rule(
        "HUB603",
        "archive-refused",
        E,
        "'hub archive' kan het item niet archiveren zoals gevraagd.",
        "Het item bestaat niet (meer), de slug bestaat in meer collecties, of de opvolger is geen "
        "gepubliceerd item van dezelfde collectie. Er is niets veranderd.",
        "hub archive hoeken --replaced-by concept-hoeken   # een concept",
        "hub archive hoeken --replaced-by hoeken-inrichten",
        {
            "ambiguous": "'{slug}' is een {kinds}: zeg welke met --kind",
            "already": "'{slug}' is al gearchiveerd",
            "missing": "geen live item '{slug}'{hint}",
            "self": "'{slug}' kan zichzelf niet vervangen",
            "successor_missing": "geen live {noun} '{successor}' om naar door te verwijzen{where}{hint}",
            "successor_archived": " (het is gearchiveerd)",
            "successor_withdrawn": "'{successor}' is ingetrokken: een doorverwijzing moet naar een "
            "actuele pagina leiden",
            "successor_draft": "'{successor}' is een concept: een doorverwijzing moet naar een "
            "gepubliceerde pagina leiden",
            "exists": "{path} bestaat al: één gearchiveerd item per slug",
            "edit": "er is niets veranderd: {detail}",
            "would_not_load": "er is niets veranderd: de aanpassing van {path} zou niet laden",
        },
        can_ignore=False,
    ),
    rule(
        "HUB640",
        "withdraw-refused",
        E,
        "'hub withdraw' kan het item niet intrekken zoals gevraagd.",
        "Alleen een gepubliceerd materiaal, een gepubliceerde vraag of een gepubliceerd aanbod kan "
        "ingetrokken worden; de opvolger is een gepubliceerd item van dezelfde collectie. Er is niets "
        "veranderd.",
        "hub withdraw hoeken --reason Verouderd. --replaced-by concept-hoeken   # een concept",
        "hub withdraw hoeken --reason 'Vervangen door de nieuwe fiche.' --replaced-by hoeken-inrichten",
        {
            "ambiguous": "'{slug}' is een {kinds}: zeg welke met --kind",
            "already": "'{slug}' is gearchiveerd: een gearchiveerd item heeft geen pagina meer",
            "missing": "geen live item '{slug}'{hint}",
            "draft": "'{slug}' is een concept en staat niet online: er is niets in te trekken (verwijder "
            "het bestand of laat het concept)",
            "withdrawn": "'{slug}' is al ingetrokken (op {date})",
            "self": "'{slug}' kan zichzelf niet vervangen",
            "successor_missing": "geen live {noun} '{successor}' als opvolger{where}{hint}",
            "successor_archived": " (het is gearchiveerd)",
            "successor_draft": "de opvolger '{successor}' is een concept: kies een gepubliceerd item",
            "successor_withdrawn": "de opvolger '{successor}' is zelf ingetrokken: kies een actueel item",
            "edit": "er is niets veranderd: {detail}",
            "would_not_load": "er is niets veranderd: de aanpassing van {path} zou niet laden",
        },
        can_ignore=False,
    ),
    rule(
        "HUB641",
        "lifecycle-reason",
        E,
        "De reden bij 'hub withdraw' of 'hub archive' is leeg of past niet op één regel.",
        "De reden staat op de pagina (bij intrekken) of in het gearchiveerde bestand: één regel zichtbare "
        "tekst, hoogstens 300 tekens.",
        "hub withdraw hoeken --reason ''",
        "hub withdraw hoeken --reason 'Het leerplan is vervangen.'",
        {
            "empty": "geef een reden met --reason: in één zin waarom het item {why}",
            "line": "de reden {detail}",
            "long": "de reden is {length} tekens lang, hoogstens {limit}: zeg het korter",
        },
        can_ignore=False,
    ),
    rule(
        "HUB610",
        "answer-missing",
        E,
        "De vraag heeft nog geen antwoord: de plaatshouder staat er nog.",
        "'hub qa import' zet een plaatshouder waar het antwoord komt; 'hub qa publish' weigert "
        "zolang die er staat.",
        "<!-- hub:antwoord -->",
        "Een hoekenbord met pictogrammen helpt kleuters kiezen. ...",
        "het antwoord ontbreekt nog: vervang de plaatshouder door het antwoord",
        can_ignore=False,
    ),
    rule(
        "HUB611",
        "publish-refused",
        E,
        "'hub qa publish' publiceert de vraag niet.",
        "De vraag wordt alleen gepubliceerd als 'hub check' er geen fout in vindt en het antwoord "
        "er staat. Het bestand blijft zoals het was.",
        "hub qa publish vraag-met-e-mailadres",
        "(verwijder eerst wat 'hub check' meldt, dan: hub qa publish vraag)",
        {
            "answer": "niet gepubliceerd: het antwoord ontbreekt nog",
            "check": "niet gepubliceerd: 'hub check' vindt fouten in de vraag",
            "unreadable": "het bestand kan niet gelezen worden",
            "front_matter": "geen front matter",
            "no_status": "de front matter heeft geen sleutel 'status'",
            "line": "kan de regel '{line}' niet aanpassen",
            "unsafe": "de front matter kan niet veilig aangepast worden; zet status en answered met de hand",
        },
        can_ignore=False,
    ),
    rule(
        "HUB620",
        "import-cell-too-large",
        E,
        "Een cel van de export is te groot om een vraag te zijn.",
        "Een vraag is een paar alinea's; een cel boven 100.000 tekens is een geplakt bestand of een "
        "aanval. Kort de tekst in of verwijder de rij en importeer opnieuw.",
        "(een cel met een volledige handleiding erin geplakt)",
        "(de vraag in een paar alinea's)",
        "kolom {column_name} ('{header}'): de cel is te groot ({size} tekens, hoogstens {limit}); kort de "
        "tekst in of verwijder de rij en importeer opnieuw",
        can_ignore=False,
    ),
    rule(
        "HUB621",
        "import-unreadable",
        E,
        "De export kan niet gelezen worden.",
        "'hub qa import' leest een .xlsx-werkmap of een .csv-bestand (komma of puntkomma) met de "
        "kolomnamen op de eerste rij.",
        "hub qa import vragen.pdf",
        "hub qa import vragen.xlsx",
        {
            "header": "de eerste rij bevat geen kolomnamen",
            "workbook": "{name} is geen leesbare .xlsx-werkmap ({detail})",
            "empty": "{name} is leeg",
            "csv": "het CSV-bestand is onleesbaar ({detail})",
            "format": "{name}: verwacht een .xlsx- of .csv-export van het vragenformulier",
            "columns": "{name} heeft geen kolom voor: {missing}; noem ze met --mapping (zie README)",
        },
        can_ignore=False,
    ),
    rule(
        "HUB622",
        "import-mapping",
        E,
        "Het mappingbestand van 'hub qa import' is niet in orde.",
        "Een mapping noemt de kolommen van een ander formulier: columns (veld: kolomnaam of lijst), "
        "personal (extra kolommen die nooit in content mogen) en owner.",
        "columns:\n  vraag: Jouw vraag",
        "columns:\n  question: Jouw vraag",
        {
            "read": "kan de mapping niet lezen ({detail})",
            "keys": "een mapping bestaat uit YAML-sleutels: columns, personal, owner",
            "unknown_keys": "onbekende sleutels {keys}; toegestaan: columns, personal, owner",
            "columns": "columns koppelt een veld aan een kolomnaam",
            "field": "onbekend veld '{name}'{hint}; toegestaan: {allowed}",
            "headers": "{where}: geef een kolomnaam of een lijst van kolomnamen",
        },
        can_ignore=False,
    ),
]
