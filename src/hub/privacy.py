"""Personal data in free text: e-mail addresses, Belgian phone numbers, national register numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass

EMAIL = re.compile(
    r"[A-Za-z0-9._%+-]+\s*(?:@|\(at\)|\[at\])\s*[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
_SEP = r"[ \t./-]?"
# +32 / 0032 with optional (0), or a national number starting with 0: 9 or 10 digits in all.
# Neither starts nor ends inside a longer run of separated digits, so lists of times or dates
# ('08.30-12.00 13.00-16.00', '03.02 10.02 17.02') are not read as phone numbers.
PHONE = re.compile(
    rf"(?<![\w+])(?<!\d[ \t./-])"
    rf"(?:(?:\+|00){_SEP}32{_SEP}(?:\(0\){_SEP})?[1-9](?:{_SEP}\d){{7,8}}"
    rf"|\(?0\)?[1-9]\)?(?:{_SEP}\(?\d\)?){{7,8}})(?!\w|[ \t./-]\d)"
)
# YY.MM.DD-XXX.CC with any of the usual separators, or eleven digits in a row.
NATIONAL_NUMBER = re.compile(r"(?<!\d)\d{2}[ .]?\d{2}[ .]?\d{2}[ .-]?\d{3}[ .]?\d{2}(?!\d)")
DATE_LIKE = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$")
SCHOOL_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}\s?[-/]\s?(?:19|20)\d{2}(?!\d)")


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    kind: str  # "e-mailadres", "telefoonnummer", "rijksregisternummer"
    text: str


def _valid_national_number(digits: str) -> bool:
    """The modulo-97 check digits of a Belgian national register number (born before or after 2000)."""
    base, check = int(digits[:9]), int(digits[9:])
    return 97 - base % 97 == check or 97 - int("2" + digits[:9]) % 97 == check


def find_personal_data(text: str) -> list[Finding]:
    findings: list[Finding] = []
    for match in EMAIL.finditer(text):
        findings.append(Finding(match.start(), match.end(), "e-mailadres", match.group()))
    taken = [(f.start, f.end) for f in findings]

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for match in NATIONAL_NUMBER.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        formatted = re.fullmatch(r"\d{2}\.\d{2}\.\d{2}[-.]\d{3}\.\d{2}", match.group()) is not None
        plausible = formatted or _valid_national_number(digits)
        if len(digits) == 11 and plausible and free(match.start(), match.end()):
            findings.append(Finding(match.start(), match.end(), "rijksregisternummer", match.group()))
            taken.append((match.start(), match.end()))
    for match in PHONE.finditer(text):
        candidate = match.group()
        if (
            DATE_LIKE.match(candidate)
            or SCHOOL_YEAR.search(candidate)
            or not free(match.start(), match.end())
        ):
            continue
        findings.append(Finding(match.start(), match.end(), "telefoonnummer", candidate))
        taken.append((match.start(), match.end()))
    return sorted(findings, key=lambda f: f.start)


def scrub(text: str, names: list[str] | None = None) -> tuple[str, list[Finding]]:
    """Text with personal data (and the given names) replaced by '[verwijderd]'."""
    findings = find_personal_data(text)
    for finding in reversed(findings):
        text = text[: finding.start] + f"[{finding.kind} verwijderd]" + text[finding.end :]
    for name in sorted({n.strip() for n in names or [] if n and len(n.strip()) >= 2}, key=len, reverse=True):
        for part in [name, *name.split()]:
            if len(part) >= 3:
                text = re.sub(
                    rf"(?<!\w){re.escape(part)}(?!\w)", "[naam verwijderd]", text, flags=re.IGNORECASE
                )
    return text, findings
