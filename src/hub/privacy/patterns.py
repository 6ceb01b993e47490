"""Personal data in visible, folded text (see `normalize.visible`): e-mail addresses and their usual
disguises, Belgian phone numbers, national register numbers and IBANs.

Numbers are checked where a check exists (mod 97 for national register numbers and IBANs), and
runs of numbers (lists of dates or times) are never read as a phone number, to keep false alarms
low in ordinary answers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

EMAIL_KIND = "e-mailadres"
PHONE_KIND = "telefoonnummer"
NATIONAL_KIND = "rijksregisternummer"
IBAN_KIND = "IBAN"

# Top-level domains an address spelled out in words ('jan at school punt be') must end with.
_TLDS = r"(?:be|nl|com|org|net|eu|vlaanderen|brussels|gent|info|edu|fr|de|lu|uk|io|co|me|biz)"
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_LOCAL_PART = r"[\w%+-]+"
_AT = r"(?:\s?@\s?|\s?[\[({]\s?(?:at|@|apenstaartje)\s?[\])}]\s?)"
_DOT = r"(?:\.|\s?[\[({]\s?(?:dot|punt|\.)\s?[\])}]\s?)"
EMAIL = re.compile(
    rf"(?<![\w.%+-]){_LOCAL_PART}(?:{_DOT}{_LOCAL_PART})*{_AT}{_LABEL}(?:{_DOT}{_LABEL})*{_DOT}[a-z]{{2,24}}(?![\w-])",
    re.IGNORECASE,
)
# Spelled out: 'jan at school punt be', 'jan punt peeters apenstaartje school dot be'.
_WORD_DOT = r"(?:\s(?:dot|punt)\s|\.)"
EMAIL_IN_WORDS = re.compile(
    rf"(?<![\w.%+-]){_LOCAL_PART}(?:{_WORD_DOT}{_LOCAL_PART})*\s(?:at|apenstaartje)\s"
    rf"{_LABEL}(?:{_WORD_DOT}{_LABEL})*{_WORD_DOT}{_TLDS}(?![\w-])",
    re.IGNORECASE,
)
# In a slug every '.' and '@' became a dash: 'vraag-van-jan-peeters-at-school-be'.
EMAIL_IN_SLUG = re.compile(rf"\b[a-z0-9]+\s(?:at|apenstaartje)\s(?:[a-z0-9]+\s){{1,3}}{_TLDS}\b")

# One separator between digit groups: a space, or '.', '/' or '-' with a space around it or not.
_SEP = r"(?:\s?[./-]\s?|\s)?"
PHONE = re.compile(
    rf"(?<![\w+])(?<!\d[./-])(?<!\d\s)(?<!\d\s[./-])(?<!\d[./-]\s)"
    rf"(?:(?:\+|00){_SEP}32{_SEP}(?:\(0\){_SEP})?[1-9](?:{_SEP}\d){{7,8}}"
    rf"|\(?0\)?{_SEP}[1-9]\)?(?:{_SEP}\(?\d\)?){{7,8}})"
    rf"(?![\w/]|{_SEP}\d)"
)
_DATE_LIKE = re.compile(r"^\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{2,4}$")
_SCHOOL_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}\s?[-/]\s?(?:19|20)\d{2}(?!\d)")
# YY.MM.DD-XXX.CC with any separators (or none).
NATIONAL_NUMBER = re.compile(
    rf"(?<![\w.,/-])(?<!\d\s)\d{{2}}{_SEP}\d{{2}}{_SEP}\d{{2}}{_SEP}\d{{3}}{_SEP}\d{{2}}(?![\w,]|{_SEP}\d)"
)
_CANONICAL_NATIONAL = re.compile(r"\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}")
IBAN_START = re.compile(r"(?<![\w])([A-Za-z]{2})(\d{2})(?=[\s-]?[A-Za-z0-9])")
_IBAN_LENGTHS = {
    "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18,
    "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22,
    "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18,
    "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "TR": 26,
}  # fmt: skip


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    kind: str


def valid_national_number(digits: str) -> bool:
    """Modulo-97 check digits of a national register number, born before or after 2000."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    month, day = int(digits[2:4]), int(digits[4:6])
    if month % 20 > 12 or day > 31:  # bis numbers add 20 or 40 to the month
        return False
    base, check = digits[:9], int(digits[9:])
    return check in (97 - int(base) % 97, 97 - int("2" + base) % 97)


def valid_iban(compact: str) -> bool:
    """ISO 13616: the country's length (where known) and the mod-97 check."""
    compact = compact.upper()
    expected = _IBAN_LENGTHS.get(compact[:2])
    if (expected and len(compact) != expected) or not 15 <= len(compact) <= 34:
        return False
    if not compact[2:4].isdigit() or not compact.isalnum():
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def _emails(text: str) -> Iterator[Match]:
    for pattern in (EMAIL, EMAIL_IN_WORDS):
        for match in pattern.finditer(text):
            yield Match(match.start(), match.end(), EMAIL_KIND)


def _iban_candidates(text: str, start: int) -> Iterator[tuple[str, int]]:
    """(compact, end) for every prefix of the alphanumeric run at `start`, ending at a group edge."""
    compact, index = "", start
    while index < len(text) and len(compact) < 34:
        char = text[index]
        if char.isascii() and char.isalnum():
            compact += char
            index += 1
            if index == len(text) or not (text[index].isascii() and text[index].isalnum()):
                yield compact, index
        elif char in " -" and compact and index + 1 < len(text) and text[index + 1].isalnum():
            index += 1
        else:
            break


def _ibans(text: str) -> Iterator[Match]:
    for match in IBAN_START.finditer(text):
        for compact, end in _iban_candidates(text, match.start()):
            if valid_iban(compact):
                yield Match(match.start(), end, IBAN_KIND)
                break


def _national_numbers(text: str) -> Iterator[Match]:
    for match in NATIONAL_NUMBER.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if _CANONICAL_NATIONAL.fullmatch(match.group()) or valid_national_number(digits):
            yield Match(match.start(), match.end(), NATIONAL_KIND)


def _phones(text: str) -> Iterator[Match]:
    for match in PHONE.finditer(text):
        candidate = match.group()
        if _DATE_LIKE.match(candidate) or _SCHOOL_YEAR.search(candidate):
            continue
        yield Match(match.start(), match.end(), PHONE_KIND)


def find_matches(text: str, slug: bool = False) -> list[Match]:
    """Personal data in visible text, first come first served where they overlap."""
    found: list[Match] = []
    sources = [_emails(text), _ibans(text), _national_numbers(text), _phones(text)]
    if slug:
        sources.append(Match(m.start(), m.end(), EMAIL_KIND) for m in EMAIL_IN_SLUG.finditer(text))
    for source in sources:
        for match in source:
            if all(match.end <= f.start or match.start >= f.end for f in found):
                found.append(match)
    return sorted(found, key=lambda m: m.start)
