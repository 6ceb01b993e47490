"""HUB3xx: dates, quality warnings, links, HTML and attachments; HUB4xx: personal data."""

from __future__ import annotations

from hub.problems.rule import Rule, Severity, rule

E, W = Severity.ERROR, Severity.WARNING

RULES: list[Rule] = [
    rule(
        "HUB301",
        "date-in-future",
        E,
        "reviewed, asked of answered ligt in de toekomst.",
        "Die datums zeggen wat al gebeurd is: de laatste review, de dag dat de vraag binnenkwam, de "
        "dag van het antwoord.",
        "reviewed: 2030-01-01",
        "reviewed: 2026-11-20",
        {
            "reviewed": "{date} ligt in de toekomst: gebruik de datum van de laatste review (vandaag is {today})",
            "asked": "{date} ligt in de toekomst: 'asked' is de dag waarop de vraag binnenkwam",
            "answered": "{date} ligt in de toekomst: 'answered' is de dag van het antwoord",
        },
    ),
    rule(
        "HUB302",
        "answered-before-asked",
        E,
        "Een vraag die beantwoord is voor ze gesteld werd.",
        "answered kan niet voor asked liggen: een van beide datums is verkeerd.",
        "asked: 2026-10-05\nanswered: 2026-10-01",
        "asked: 2026-10-05\nanswered: 2026-10-08",
        "answered {answered} ligt vóór asked {asked}: controleer beide datums",
    ),
    rule(
        "HUB303",
        "answered-missing",
        E,
        "Een gepubliceerde vraag zonder answered.",
        "Een gepubliceerde vraag heeft een antwoorddatum; 'hub qa publish' zet die zelf.",
        "status: published\nasked: 2026-10-05",
        "status: published\nasked: 2026-10-05\nanswered: 2026-10-08",
        "een gepubliceerde vraag heeft 'answered: JJJJ-MM-DD' nodig (of gebruik 'hub qa publish')",
    ),
    rule(
        "HUB304",
        "session-order",
        E,
        "Een sessie die eindigt voor ze begint.",
        "end ligt na start, in plaatselijke tijd (Brussel).",
        "- {start: 2027-01-14T16:00, end: 2027-01-14T09:00, mode: online}",
        "- {start: 2027-01-14T09:00, end: 2027-01-14T16:00, mode: online}",
        "de sessie eindigt ({end}) voor of wanneer ze begint ({start}): controleer start en end",
    ),
    rule(
        "HUB305",
        "session-location",
        E,
        "Een fysieke of hybride sessie zonder location.",
        "Deelnemers moeten weten waar ze naartoe gaan.",
        "- {start: 2027-01-14T09:00, end: 2027-01-14T16:00, mode: fysiek}",
        "- {start: 2027-01-14T09:00, end: 2027-01-14T16:00, mode: fysiek, location: Brussel}",
        "een {mode} sessie heeft een location nodig: vul de plaats in",
    ),
    rule(
        "HUB310",
        "similar-title",
        W,
        "Twee gepubliceerde items met bijna dezelfde titel.",
        "Gebruikers kunnen ze niet uit elkaar houden: voeg ze samen of maak het verschil duidelijk "
        "in de titel.",
        "title: Hoeken in de kleuterklas\n# en elders: Hoeken in de kleuterklas.",
        "title: Hoeken in de kleuterklas inrichten\n# en elders: Hoekenwerk in de kleuterklas evalueren",
        "bijna dezelfde titel als '{slug}' ({path}): voeg ze samen of maak het verschil duidelijk",
    ),
    rule(
        "HUB311",
        "description-repeats-title",
        W,
        "De beschrijving herhaalt de titel.",
        "De beschrijving staat op kaarten en in zoekresultaten: zeg in 1-2 zinnen wat een leraar eraan heeft.",
        "title: Hoeken in de kleuterklas\ndescription: Hoeken in de kleuterklas.",
        "title: Hoeken in de kleuterklas\ndescription: Zo richt je hoeken in die kleuters zelfstandig laten werken.",
        "de beschrijving herhaalt de titel: zeg in 1-2 zinnen wat een leraar eraan heeft",
    ),
    rule(
        "HUB312",
        "review-overdue",
        W,
        "Een gepubliceerd item waarvan de review voorbij is.",
        "Een item wordt review_months na reviewed opnieuw nagekeken (standaard per collectie en type). "
        "Kijk de inhoud na en zet reviewed op vandaag, of archiveer het item.",
        "reviewed: 2020-01-01",
        "reviewed: 2026-11-20",
        "de review was gepland op {due}: kijk de inhoud na en pas 'reviewed' aan",
    ),
    rule(
        "HUB320",
        "link-scheme",
        E,
        "Een link die geen http(s)-link en geen link binnen de site is.",
        "javascript:-, data:- en andere links kunnen code uitvoeren of bestanden verbergen; ze zijn "
        "nooit toegestaan.",
        "[klik](javascript:alert(1))",
        "[klik](https://www.onderwijsvlaanderen.be/)",
        "link '{link}' gebruikt '{scheme}:'; alleen https:// (of http://) en links binnen de site zijn toegestaan",
        can_ignore=False,
    ),
    rule(
        "HUB321",
        "unsafe-html",
        E,
        "HTML in de tekst die de site niet toelaat.",
        "Scripts, formulieren, stijltrucs, event-handlers en iframes van onbekende sites zijn niet "
        "toegestaan; video's van de bekende videosites wel (via https).",
        "<script>alert(1)</script>",
        '<iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe>',
        {
            "tag": "<{tag}> is niet toegestaan in de tekst: verwijder het",
            "iframe": "<iframe> alleen voor video's van {hosts} via https (nu '{src}')",
            "handler": "het attribuut '{name}' (een event-handler) is niet toegestaan: verwijder het",
            "srcdoc": "het attribuut 'srcdoc' is niet toegestaan (het sluit een hele pagina in)",
            "style": "een style-attribuut met url(), expression(), @import of CSS-escapes is niet toegestaan",
            "url": "{name}='{value}' gebruikt '{scheme}:'; alleen http(s)-links zijn toegestaan",
        },
        can_ignore=False,
    ),
    rule(
        "HUB330",
        "attachment-type",
        E,
        "Een bijlage van een type dat niet mag, of waarvan de inhoud niet bij de extensie past.",
        "Toegestaan: pdf, docx, pptx, xlsx, odt, png, jpg, mp3; de eerste bytes van het bestand moeten "
        "bij de extensie passen (een hernoemd bestand wordt geweigerd).",
        "attachments:\n  - file: handleiding.exe",
        "attachments:\n  - file: handleiding.pdf",
        {
            "extension": "'{file}' heeft een bestandstype dat niet is toegestaan; toegestaan: {allowed}",
            "content": "'{name}' heet .{expected} maar de inhoud is {found}: exporteer het opnieuw als "
            "echt .{expected}-bestand",
            "found_type": "een .{extension}-bestand",
            "found_none": "geen herkenbaar bestand",
            "unreadable": "kan '{name}' niet lezen: {reason}",
        },
    ),
    rule(
        "HUB331",
        "attachment-missing",
        E,
        "Een bijlage die niet in content/materials/files/ staat.",
        "file is een pad binnen content/materials/files/, zonder '..' en zonder symbolische links.",
        "attachments:\n  - file: ../../geheim.pdf",
        "attachments:\n  - file: kleuters/hoeken.pdf",
        {
            "path": "'{file}' moet een pad binnen content/materials/files/ zijn (geen '..', geen absoluut pad)",
            "symlink": "'content/{link}' is een symbolische link: zet er het echte bestand of de echte map",
            "outside": "'{file}' wijst naar buiten content/materials/files/",
            "missing": "'{file}' bestaat niet in content/materials/files/: controleer de naam of voeg het bestand toe",
        },
    ),
    rule(
        "HUB332",
        "attachment-too-large",
        E,
        "Een bijlage boven 20 MB.",
        "Grote bestanden laden traag; comprimeer het bestand of zet het elders en link ernaar.",
        "attachments:\n  - file: opname.mp3   # 48 MB",
        "link: https://video.example.org/opname",
        "'{file}' is {size} MB; de grens is 20 MB: comprimeer het bestand of link ernaar",
    ),
    rule(
        "HUB333",
        "not-obtainable",
        E,
        "Een gepubliceerd materiaal zonder de link of het bestand dat zijn soort vraagt.",
        "Een soort in types.yml kan 'needs: link', 'needs: file' of 'needs: link-or-file' hebben: een "
        "kennisclip of podcast zonder link of bestand kan een leraar niet openen.",
        "type: kennisclip\n# geen link, geen attachments",
        "type: kennisclip\nlink: https://video.example.org/kennisclip-differentiatie",
        {
            "link": "een {type_label} heeft een link nodig (types.yml: needs: link): voeg 'link: https://...' toe",
            "file": "een {type_label} heeft een bestand nodig (types.yml: needs: file): voeg een bijlage toe",
            "link-or-file": "een {type_label} heeft een link of een bestand nodig (types.yml: needs: "
            "link-or-file): voeg 'link: https://...' of een bijlage toe",
        },
    ),
    rule(
        "HUB350",
        "open-metadata-limit",
        W,
        "Te veel gepubliceerde materialen voor de OAI static repository (/oai/static.xml).",
        "Aggregatoren zoals KlasCement en Edurep halen de materialen op uit /oai/static.xml, een OAI "
        "static repository. Dat formaat is gemaakt voor kleine collecties: een gateway weigert een bestand "
        "met meer dan 5.000 records. Boven die grens bouwt de hub de site zonder /oai/static.xml (de "
        "JSON-LD-bundel /oai/materialen.jsonld blijft volledig) en weigert 'hub build --strict' te "
        "publiceren. Snoei de materialenbank ('hub prune', 'hub archive'), of zet de regel uit in hub.yml "
        "als je de static repository bewust niet aanbiedt.",
        "# 5.012 gepubliceerde materialen",
        "# hoogstens 5.000 gepubliceerde materialen, of in hub.yml:\nrules:\n  ignore: [HUB350]",
        "{count} gepubliceerde materialen: een OAI static repository mag er hoogstens {limit} bevatten; "
        "/oai/static.xml wordt niet gebouwd (snoei de materialenbank of zet HUB350 uit in hub.yml)",
    ),
    rule(
        "HUB351",
        "docs-broken-link",
        E,
        "Een link in een pagina van docs/ die naar geen pagina of bestand van de site leidt.",
        "De handgeschreven pagina's in docs/ linken naar pagina's die de hub bouwt. Verdwijnt zo'n pagina "
        "(een kwaliteitsfiche die er niet is, een thema zonder materialen), dan faalt de bouw in plaats "
        "van een knop te tonen die nergens heen gaat. Een link die een macro maakt, staat op de regel "
        "waar de macro hem schrijft.",
        "[Kwaliteitsfiche PLG](../kwaliteit/plg/)   # er is geen fiche voor plg",
        "{% if form.fiche_url %}[Kwaliteitsfiche](../{{ form.fiche_url }}){% endif %}",
        "'{href}' leidt naar /{target}, maar de site heeft daar geen pagina of bestand: verbeter of "
        "verwijder de link",
        can_ignore=False,
    ),
    rule(
        "HUB340",
        "withdrawn-keys",
        E,
        "Een ingetrokken item zonder datum of reden.",
        "Een ingetrokken item (status: withdrawn) blijft online met de melding 'Niet meer actueel', de "
        "datum en de reden. 'hub withdraw SLUG --reason ...' zet die sleutels.",
        "status: withdrawn",
        "status: withdrawn\nwithdrawn: 2026-11-20\nwithdrawn_reason: Vervangen door het nieuwe leerplan.",
        {
            "date": "een ingetrokken item heeft 'withdrawn' nodig: de dag van de intrekking (JJJJ-MM-DD)",
            "reason": "een ingetrokken item heeft 'withdrawn_reason' nodig: in één zin waarom het niet "
            "meer actueel is",
        },
    ),
    rule(
        "HUB341",
        "lifecycle-key-unused",
        W,
        "withdrawn, withdrawn_reason of archived_reason bij een item met een andere status.",
        "withdrawn en withdrawn_reason horen bij status withdrawn, archived_reason bij een gearchiveerd "
        "item. Bij een andere status toont de site ze niet: verwijder ze.",
        "status: published\nwithdrawn_reason: Verouderd.",
        "status: published",
        "'{name}' hoort bij status {wanted}, dit item is {status}: verwijder de sleutel of zet de status",
    ),
    rule(
        "HUB342",
        "withdrawn-in-future",
        E,
        "De datum van intrekking ligt in de toekomst.",
        "withdrawn is de dag waarop het item ingetrokken werd: vandaag of vroeger.",
        "withdrawn: 2099-01-01",
        "withdrawn: 2026-11-20",
        "withdrawn is {date}, na vandaag ({today}): een item trek je in op de dag zelf",
    ),
    rule(
        "HUB345",
        "unknown-license",
        W,
        "Een licentie die de hub niet herkent.",
        "license is vrije tekst, maar de hub herkent de Creative Commons-licenties (CC BY, CC BY-SA, "
        "CC BY-NC, CC BY-ND, CC BY-NC-SA, CC BY-NC-ND; versie 4.0, of 3.0, 2.5, 2.0), CC0 1.0 en 'Alle "
        "rechten voorbehouden', hoe je ze ook schrijft. Een herkende licentie linkt naar haar tekst en "
        "kan gefilterd worden; een andere tekst staat er zoals hij is.",
        "license: CC BY SA",
        "license: CC BY-SA 4.0",
        "'{text}' is geen licentie die de hub herkent (bedoel je '{closest}'?): de pagina toont de tekst "
        "zonder link en de licentiefilter kent ze niet",
    ),
    rule(
        "HUB401",
        "personal-data",
        E,
        "Persoonsgegevens in een gepubliceerde vraag.",
        "Een gepubliceerde vraag bevat geen e-mailadressen, telefoonnummers, rijksregisternummers, "
        "IBAN's of de naam van wie de vraag stelde, ook niet vermomd ('jan [at] school.be').",
        "Ik ben juf An (an.peeters@school.be, 0470 12 34 56).",
        "Ik ben kleuterjuf in een school met twee vestigingen.",
        {
            "": "bevat persoonsgegevens ({kind} '{text}'): verwijder ze voor publicatie",
            "slug": "bevat persoonsgegevens ({kind} '{text}') in de bestandsnaam: hernoem het bestand",
        },
        can_ignore=False,
    ),
]
