"""Finding personal data in free text: Belgian phone numbers, e-mail, national register numbers."""

from __future__ import annotations

import pytest

from hub.privacy import find_personal_data, scrub


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in find_personal_data(text)]


@pytest.mark.parametrize(
    "number",
    [
        "03 123 45 67",
        "03/123.45.67",
        "03.123.45.67",
        "03-123.45.67",
        "031234567",
        "(03) 123 45 67",
        "0471 12 34 56",
        "0471/12.34.56",
        "0471.12.34.56",
        "0471123456",
        "(0471) 12 34 56",
        "+32 471 12 34 56",
        "+32471123456",
        "+32 (0)3 123 45 67",
        "+32 3 123 45 67",
        "0032 3 123 45 67",
        "0032 471 12 34 56",
        "0032471123456",
    ],
)
def test_belgian_phone_numbers(number: str) -> None:
    assert _found(f"Bel me op {number}, na vier uur.") == [("telefoonnummer", number)]


@pytest.mark.parametrize(
    "address", ["jan.peeters@school.be", "a_b+c@sub.scholen.vlaanderen", "jan (at) school.be"]
)
def test_email_addresses(address: str) -> None:
    assert _found(f"Mail {address} vandaag") == [("e-mailadres", address)]


@pytest.mark.parametrize("number", ["85.07.30-033.28", "85073003328", "85 07 30 033 28", "850730-033.28"])
def test_national_register_numbers(number: str) -> None:
    assert _found(f"Rijksregisternummer {number}.") == [("rijksregisternummer", number)]


@pytest.mark.parametrize(
    "text",
    [
        "schooljaar 2025-2026",
        "schooljaren 2024-2025 en 2025-2026",
        "klas 05 2025-2026",
        "op 12.03.2026 om 14u",
        "datum 2026-02-10 en 01/09/2025 tot 30/06/2026",
        "van 08.30-12.00 13.00-16.00",
        "om 09.00 11.00 14.00 uur",
        "sessies op 03.02 10.02 17.02 en 24.02",
        "06/10 13/10 20/10 27/10",
        "er waren 1234567 leerlingen en 10.000 ouders",
        "kostprijs 1.250 euro, 3.000.000 euro subsidie",
        "ondernemingsnummer BE0123.456.789",
        "ISBN 978-90-1234-567-8",
        "versie 2.0.1, artikel 110/25",
        "12345678901 is geen geldig rijksregisternummer",
        "leerjaar 1-2-3-4-5-6",
    ],
)
def test_ordinary_numbers_are_not_personal_data(text: str) -> None:
    assert _found(text) == []


def test_scrub_replaces_findings_and_names() -> None:
    text, findings = scrub(
        "Jan Peeters (jan@school.be, 0471 12 34 56) vraagt: hoe doe ik dat?", ["Jan Peeters"]
    )
    assert "jan@school.be" not in text and "0471" not in text and "Peeters" not in text
    assert "hoe doe ik dat?" in text
    assert [f.kind for f in findings] == ["e-mailadres", "telefoonnummer"]
