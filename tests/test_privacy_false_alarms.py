"""Ordinary Dutch answers raise no false alarm: dates, times, school years, article numbers, decree
references, ISBNs, amounts, version numbers and lists of dates that look like phone numbers."""

from __future__ import annotations

import pytest

from hub.privacy import find_in_markdown, find_personal_data, scrub
from tests.checking import no_problems
from tests.world import World, question_text

ORDINARY = [
    "Het schooljaar 2025-2026 start op maandag 1 september 2025.",
    "In de schooljaren 2024-2025 en 2025-2026 loopt het project verder.",
    "De lessen lopen van 08.30-12.00 en van 13.00-15.30 uur.",
    "Sessies: van 08.30-12.00 13.00-16.00, telkens in lokaal 0.12.",
    "De infosessies vallen op 03.02, 10.02, 17.02 en 24.02.",
    "Data: 06/10 13/10 20/10 27/10 03/11 10/11.",
    "Het uurrooster: 09.00 10.00 11.00 12.00 13.00 uur.",
    "Uurrooster 08 30 10 15 12 00 en pauze om 10 15.",
    "Inschrijven kan tot 15/10/2025 om 12u00, de sessie loopt van 8u30 tot 12u.",
    "Zie artikel 110/25 van de Codex Secundair Onderwijs.",
    "Het decreet basisonderwijs van 25 februari 1997, art. 44bis, §1, 2°, is van toepassing.",
    "Het besluit van de Vlaamse Regering van 23.02.2024 (BS 12.07.2024) regelt dit.",
    "Zie omzendbrief SO/2005/01 en BaO/2002/08, punt 4.2.1.3.",
    "Het KB nr. 2 van 21.08.1984 is opgeheven.",
    "Het boek heeft ISBN 978-90-1234-567-8, de e-versie ISBN 9789012345678.",
    "De kostprijs is € 1.250,00 per school, of 3.000.000 euro in totaal.",
    "Het budget 2024 bedraagt 12.345.678 euro, de subsidie 250 000 euro.",
    "Meer dan 250 000 leerlingen, 12 000 leraren en 1 500 scholen deden mee.",
    "Gebruik versie 2.0.1 van de tool (build 2025.10.3), of Python 3.11.4.",
    "Ondernemingsnummer BE0123.456.789, zie de KBO.",
    "Er waren 1234567 leerlingen en 10.000 ouders bevraagd.",
    "Het dossiernummer 2025/0145/03 vermeld je in je aanvraag.",
    "Factuur 2025-000123 is betaald; de bestelling 12345678901 ook.",
    "De leerlingen van leerjaar 1-2-3-4-5-6 en de klassen 1A, 2B en 3C.",
    "Tel de punten: 12 + 8 + 7 = 27; de score is 85/100.",
    "Kijk op onderwijs.vlaanderen.be of stuur een bericht via het contactformulier.",
    "Hij at een boterham op school, daarna at de klas samen fruit.",
    "Volg ons met @begeleiding op sociale media en gebruik #GSL.",
    "Postcodes 9000 Gent, 1000 Brussel en 2000 Antwerpen.",
    "Een lat van 1,20 m lang en 0,75 m breed.",
    "Scores: 12/20, 14/20 en 16/20 op 30/06.",
    "De cohorte 2025-2030 telt 1 250 leerlingen in 48 klassen.",
    "Schoolnummer 012345, instellingsnummer 123456, vestigingsplaats 2.",
    "Tussen 7.45 en 8.15 is er opvang, tussen 15.30 en 18.00 ook.",
    "Kalender: 01.09.2025, 03.11.2025, 22.12.2025 en 05.01.2026.",
    "Het vak telt 2 uur per week in de 1ste graad (A-stroom), 3 uur in de 2de graad.",
    "Tijdsloten 0830-1200 en 1300-1600, lokaal B.0.14.",
    "Zie ook https://example.org/materialen?id=0471123 voor het sjabloon.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_no_false_alarm_in_plain_text(text: str) -> None:
    assert find_personal_data(text) == []


@pytest.mark.parametrize("text", ORDINARY)
def test_no_false_alarm_in_markdown(text: str) -> None:
    assert find_in_markdown(f"- {text}\n\n{text}\n") == []


@pytest.mark.parametrize("text", ORDINARY)
def test_scrub_with_names_that_are_words_keeps_the_text(text: str) -> None:
    assert scrub(text, names=["Ann Klas", "An De Wit", "Tom Bakker"]) == (text, [])


def test_hub_check_accepts_the_corpus(world: World) -> None:
    body = "\n\n".join(ORDINARY)
    world.question("gewoon-antwoord", question_text() + body + "\n")
    no_problems(world)
