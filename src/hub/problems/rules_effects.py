"""Effect measurement (EDBI): HUB63x refusals of `hub effect import`, HUB7xx checks of effect files
(`content/effects/<offering>/<YYYY-MM-DD>.yml`) and of the evaluation keys they depend on."""

from __future__ import annotations

from hub.problems.rule import Rule, Severity, rule

E, W = Severity.ERROR, Severity.WARNING

IMPORT_RULES: list[Rule] = [
    rule(
        "HUB630",
        "effect-import-offering",
        E,
        "'hub effect import' kent het aanbod niet, of de fiche van zijn vorm heeft geen evaluatievragen.",
        "--offering is de slug van een aanbod in content/trainings/. De vragen komen uit de "
        "kwaliteitsfiche van de vorm van dat aanbod (evaluation.questions); zonder gesloten vragen "
        "valt er niets te tellen. Er is niets geschreven.",
        "hub effect import export.xlsx --offering datawijzer --participants 40",
        "hub effect import export.xlsx --offering helpdesk-live-datawijzer --participants 40",
        {
            "unknown": "geen aanbod '{slug}' in content/trainings/{hint}",
            "no_fiche": "aanbod '{slug}' heeft vorm '{form}', maar er is geen gepubliceerde kwaliteitsfiche "
            "voor die vorm",
            "no_questions": "de kwaliteitsfiche {path} heeft geen gesloten evaluatievragen "
            "(evaluation.questions met scale: 5-punt)",
        },
        can_ignore=False,
    ),
    rule(
        "HUB631",
        "effect-import-core-missing",
        E,
        "De export heeft geen kolom voor een kernvraag van de fiche.",
        "Elke kernvraag (core: true) van de kwaliteitsfiche moet een kolom hebben, met de vraagtekst "
        "als kolomkop (hoofdletters, spaties en leestekens tellen niet). Er is niets geschreven.",
        "Ik ben tevreden over de sessie   (kolomkop die van de fiche afwijkt)",
        "Ik ben tevreden over deze begeleiding.",
        "geen kolom voor kernvraag {id} '{text}'; de kolomkop moet de vraagtekst uit {path} zijn",
        can_ignore=False,
    ),
    rule(
        "HUB632",
        "effect-import-answer",
        E,
        "Een antwoord dat geen punt van de 5-puntenschaal is.",
        "Een antwoord is een getal van 1 tot 5 of een label van de schaal (standaard: Helemaal niet "
        "akkoord, Niet akkoord, Neutraal, Akkoord, Helemaal akkoord; een fiche kan eigen "
        "evaluation.scale_labels geven). Een lege cel telt als geen antwoord. Er is niets geschreven.",
        "Eerder wel",
        "Akkoord",
        "kolom {column_name} ('{header}'): '{value}' is geen antwoord op de 5-puntenschaal; toegestaan: "
        "1 tot 5 of {labels}",
        can_ignore=False,
    ),
    rule(
        "HUB633",
        "effect-import-participants",
        E,
        "Meer antwoorden dan deelnemers.",
        "--participants is het aantal deelnemers van de sessie (uit de inschrijvingen); de responsgraad "
        "is antwoorden gedeeld door deelnemers. Er is niets geschreven.",
        "hub effect import export.xlsx --offering x --participants 10   # 12 antwoorden",
        "hub effect import export.xlsx --offering x --participants 40",
        "de export heeft {responses} antwoorden, meer dan de {participants} deelnemers van --participants",
        can_ignore=False,
    ),
    rule(
        "HUB634",
        "effect-import-session",
        E,
        "De datum van de sessie ontbreekt, is geen datum of ligt in de toekomst.",
        "De sessie is --session JJJJ-MM-DD, of anders de datum van het laatste antwoord (Tijd van "
        "voltooien of Begintijd). Er is niets geschreven.",
        "hub effect import export.xlsx --offering x --participants 40 --session 20/05/2026",
        "hub effect import export.xlsx --offering x --participants 40 --session 2026-05-20",
        {
            "format": "'{value}' is geen datum JJJJ-MM-DD",
            "missing": "geen datum in Begintijd of Tijd van voltooien: geef --session JJJJ-MM-DD",
            "future": "de sessie {date} ligt na vandaag ({today}): een sessie wordt geëvalueerd als ze "
            "voorbij is",
        },
        can_ignore=False,
    ),
    rule(
        "HUB635",
        "effect-import-no-responses",
        E,
        "De export bevat geen enkel antwoord.",
        "Een export zonder ingevulde rijen geeft geen resultaten; controleer of je de juiste export "
        "hebt. Er is niets geschreven.",
        "(alleen de kolomkoppen)",
        "(de kolomkoppen en een rij per ingevulde vragenlijst)",
        "{name} bevat geen ingevulde vragenlijst",
        can_ignore=False,
    ),
    rule(
        "HUB636",
        "effect-import-open-answers",
        E,
        "--open-answers wijst naar een plaats waar open antwoorden niet mogen staan.",
        "Open antwoorden zijn voor de begeleider: ze horen niet in content/ (die map wordt "
        "gepubliceerd). Geef een .csv- of .md-bestand buiten content/. Er is niets geschreven.",
        "--open-answers content/effects/open.csv",
        "--open-answers ~/evaluaties/datawijzer-2026-05-20.csv",
        {
            "inside": "{path} ligt in de inhoudsmap {content}: open antwoorden blijven daarbuiten",
            "suffix": "{path}: kies een .csv- of .md-bestand",
            "folder": "{path} is een map: geef een bestandsnaam",
        },
        can_ignore=False,
    ),
    rule(
        "HUB637",
        "effect-import-unknown-column",
        W,
        "Een kolom van de export die bij geen vraag van de fiche hoort.",
        "De kolom wordt genegeerd: niets ervan komt in content/ of in de open antwoorden. Is het een "
        "vraag van de fiche, maak de kolomkop dan gelijk aan de vraagtekst van de fiche.",
        "Ik ben tevreden over de sessie",
        "Ik ben tevreden over deze begeleiding.",
        "kolom {column_name} ('{header}') hoort bij geen vraag van de fiche {path}: genegeerd",
        can_ignore=False,
    ),
    rule(
        "HUB638",
        "effect-import-duplicate-column",
        E,
        "Twee kolommen van de export horen bij dezelfde vraag.",
        "Elke vraag van de fiche heeft hoogstens één kolom; anders telt één antwoord twee keer. "
        "Verwijder de dubbele kolom. Er is niets geschreven.",
        "V1 | Ik ben tevreden over deze begeleiding.",
        "Ik ben tevreden over deze begeleiding.",
        "kolom {column_name} ('{header}') is opnieuw vraag {id}, die al in kolom {first} staat",
        can_ignore=False,
    ),
]

CHECK_RULES: list[Rule] = [
    rule(
        "HUB701",
        "effect-unknown-offering",
        E,
        "Een effectbestand voor een aanbod dat niet bestaat.",
        "offering is de slug van een aanbod in content/trainings/ (of archive/trainings/), en het "
        "bestand staat in de map met die naam: content/effects/<aanbod>/<JJJJ-MM-DD>.yml.",
        "# content/effects/datawijzer/2026-05-20.yml\noffering: datawijzer",
        "# content/effects/helpdesk-live-datawijzer/2026-05-20.yml\noffering: helpdesk-live-datawijzer",
        {
            "": "geen aanbod '{slug}' in content/trainings/ of archive/trainings/{hint}",
            "folder": "het bestand staat in effects/{folder}/, maar offering is '{slug}': zet het in "
            "effects/{slug}/ of verbeter offering",
        },
        can_ignore=False,
    ),
    rule(
        "HUB702",
        "effect-responses-exceed-participants",
        E,
        "Meer antwoorden dan deelnemers.",
        "responses is het aantal ingevulde vragenlijsten, participants het aantal deelnemers van de "
        "sessie: er kunnen niet meer antwoorden zijn dan deelnemers.",
        "participants: 10\nresponses: 12",
        "participants: 40\nresponses: 12",
        "responses is {responses}, meer dan de {participants} deelnemers (participants)",
        can_ignore=False,
    ),
    rule(
        "HUB703",
        "effect-counts",
        E,
        "De aantallen bij een vraag tellen op tot meer dan het aantal antwoorden.",
        "Per vraag staan vijf aantallen: hoeveel deelnemers 1, 2, 3, 4 en 5 antwoordden. Samen zijn ze "
        "hoogstens responses (wie een vraag oversloeg, telt niet mee).",
        "responses: 12\nquestions:\n  V1: [0, 1, 2, 6, 7]",
        "responses: 12\nquestions:\n  V1: [0, 1, 2, 4, 5]",
        "de aantallen van {id} tellen op tot {total}, meer dan de {responses} antwoorden (responses)",
        can_ignore=False,
    ),
    rule(
        "HUB704",
        "effect-unknown-question",
        E,
        "Een vraag die de kwaliteitsfiche van het aanbod niet als gesloten vraag heeft.",
        "De ids onder questions zijn de ids van de gesloten vragen (scale: 5-punt) in de kwaliteitsfiche "
        "van de vorm van het aanbod. Open antwoorden horen nooit in content/.",
        "questions:\n  V7: [0, 0, 1, 2, 3]   # V7 is een open vraag",
        "questions:\n  V1: [0, 0, 1, 2, 3]",
        {
            "": "'{id}' is geen gesloten vraag van {fiche}{hint}; toegestaan: {allowed}",
            "open": "'{id}' is een open vraag van {fiche}: open antwoorden horen niet in content/",
            "no_fiche": "het aanbod heeft vorm '{form}', en daarvoor is er geen kwaliteitsfiche met "
            "gesloten evaluatievragen",
        },
        can_ignore=False,
    ),
    rule(
        "HUB705",
        "effect-file-name",
        E,
        "Een effectbestand dat niet als effects/<aanbod>/<JJJJ-MM-DD>.yml heet.",
        "Elk bestand in content/effects/ staat in de map van zijn aanbod (een slug) en heet naar de "
        "datum van de sessie; 'hub effect import' maakt het zo aan.",
        "content/effects/datawijzer-mei.yml",
        "content/effects/helpdesk-live-datawijzer/2026-05-20.yml",
        {
            "name": "'{name}' is geen JJJJ-MM-DD.yml: noem het bestand naar de datum van de sessie",
            "loose": "'{name}' staat los in effects/: zet het in effects/<aanbod>/",
            "folder": "de map '{name}' is geen slug: gebruik de slug van het aanbod",
        },
        can_ignore=False,
    ),
    rule(
        "HUB706",
        "effect-session-date",
        E,
        "De datum van de sessie klopt niet met de bestandsnaam, of ligt in de toekomst.",
        "session is de datum van de sessie, dezelfde als in de bestandsnaam; een sessie wordt pas "
        "geëvalueerd als ze voorbij is.",
        "# 2026-05-20.yml\nsession: 2026-05-27",
        "# 2026-05-20.yml\nsession: 2026-05-20",
        {
            "name": "session is {date}, maar het bestand heet {name}: maak ze gelijk",
            "future": "session {date} ligt na vandaag ({today})",
        },
        can_ignore=False,
    ),
    rule(
        "HUB707",
        "effect-session-unknown",
        W,
        "Het aanbod heeft geen sessie op de datum van het effectbestand.",
        "Een evaluatie hoort bij een sessie van het aanbod. Staat de sessie niet in sessions, voeg ze "
        "dan toe, of verbeter de datum (met --session bij 'hub effect import').",
        "# aanbod met een sessie op 2026-05-20\nsession: 2026-05-27",
        "session: 2026-05-20",
        "'{slug}' heeft geen sessie op {date}; sessies: {sessions}",
    ),
    rule(
        "HUB708",
        "evaluation-url-https",
        E,
        "evaluation_url is geen https-link.",
        "De QR-code op de afdrukbare evaluatiepagina leidt deelnemers naar de vragenlijst: die link "
        "moet beveiligd zijn (https://).",
        "evaluation_url: http://forms.example.org/edbi",
        "evaluation_url: https://forms.example.org/edbi",
        "'{url}' is geen https-link: de QR-code leidt alleen naar https://",
    ),
    rule(
        "HUB709",
        "evaluation-aspect",
        E,
        "Een aspect op een open vraag, of hetzelfde aspect op twee vragen.",
        "aspect zegt welke EDBI-kernvraag een gesloten vraag is (tevredenheid, bruikbaarheid, "
        "leereffect, praktijktoepassing), voor de meta-analyse per schooljaar; elk aspect hoort bij "
        "hoogstens één vraag met scale: 5-punt.",
        "- {id: V1, text: ..., scale: 5-punt, aspect: tevredenheid}\n"
        "- {id: V2, text: ..., scale: 5-punt, aspect: tevredenheid}",
        "- {id: V1, text: ..., scale: 5-punt, aspect: tevredenheid}\n"
        "- {id: V2, text: ..., scale: 5-punt, aspect: bruikbaarheid}",
        {
            "open": "'{id}' is een open vraag: een aspect hoort bij een vraag met scale: 5-punt",
            "twice": "aspect '{aspect}' staat ook al bij {first}: elk aspect hoort bij één vraag",
        },
    ),
    rule(
        "HUB710",
        "effect-file-shape",
        E,
        "Een effectbestand dat geen YAML-mapping met de sleutels van een evaluatie is.",
        "Een effectbestand bestaat uit de sleutels offering, session, participants, responses en "
        "questions (per vraag-id vijf aantallen); 'hub effect import' schrijft het.",
        "- offering: helpdesk-live-datawijzer",
        "offering: helpdesk-live-datawijzer\nsession: 2026-05-20\nparticipants: 60\nresponses: 12",
        "een effectbestand bestaat uit YAML-sleutels: offering, session, participants, responses, questions",
        can_ignore=False,
    ),
]

RULES: list[Rule] = [*IMPORT_RULES, *CHECK_RULES]
