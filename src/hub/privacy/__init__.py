"""Personal data in what a reader sees: e-mail addresses (also disguised), Belgian phone numbers,
national register numbers, IBANs, and the names and other values of an intake row.

One normaliser (`normalize.visible`) serves `hub check`, `hub qa import` and `hub qa publish`:
tags and comments out, entities and backslash escapes decoded, NFKC-like folding, format characters
dropped, accents off. Findings are mapped back to the source text (plain text) or to the body line
(Markdown)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from hub.privacy.markdown import Block, Hidden, blocks
from hub.privacy.names import name_spans
from hub.privacy.normalize import Visible, fold, visible
from hub.privacy.patterns import find_matches

__all__ = [
    "BodyFinding",
    "Finding",
    "find_in_markdown",
    "find_in_slug",
    "find_personal_data",
    "scrub",
    "visible",
]

REMOVED_LABELS = {"naam": "[naam verwijderd]", "persoonlijk": "[verwijderd]"}


@dataclass(frozen=True)
class Finding:
    start: int  # span in the text that was searched
    end: int
    kind: str  # "e-mailadres", "telefoonnummer", "rijksregisternummer", "IBAN"
    text: str  # as the reader sees it


@dataclass(frozen=True)
class BodyFinding:
    line: int  # 0-based line of the body
    finding: Finding


def _in_visible(seen: Visible, source: str, slug: bool = False) -> list[Finding]:
    findings = []
    for match in find_matches(seen.text, slug=slug):
        start, end = seen.source_span(match.start, match.end)
        findings.append(Finding(start, end, match.kind, seen.text[match.start : match.end]))
    for start, end, value in seen.hidden:
        for match in find_matches(visible(value).text):
            findings.append(Finding(start, end, match.kind, value[:80]))
    return sorted(findings, key=lambda f: (f.start, f.end))


def find_personal_data(text: str) -> list[Finding]:
    """Personal data in plain text (a title, a form cell); spans are spans of `text`."""
    return _in_visible(visible(text), text)


def find_in_slug(slug: str) -> list[Finding]:
    """Personal data in a slug, whose dashes stand for any separator ('jan-peeters-at-school-be')."""
    return _in_visible(visible(slug.replace("-", " ")), slug, slug=True)


def find_in_markdown(body: str) -> list[BodyFinding]:
    """Personal data in a Markdown body as rendered, each with the body line where it starts."""
    found: list[BodyFinding] = []
    for piece in blocks(body):
        if isinstance(piece, Hidden):
            found += [BodyFinding(piece.line, f) for f in find_personal_data(piece.text)]
            continue
        assert isinstance(piece, Block)
        for match in find_matches(piece.text):
            finding = Finding(match.start, match.end, match.kind, piece.text[match.start : match.end])
            found.append(BodyFinding(piece.lines[match.start], finding))
    return found


def _value_spans(text: str, values: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of whole-word occurrences of `values` in folded `text`, ignoring case."""
    spans = []
    for value in sorted({fold(v).strip() for v in values if len(v.strip()) >= 3}, key=len, reverse=True):
        pattern = r"\s".join(re.escape(word) for word in value.split())
        for match in re.finditer(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE):
            spans.append((match.start(), match.end()))
    return spans


def _replace(text: str, spans: list[tuple[int, int, str]]) -> str:
    """`text` with non-overlapping spans replaced; an earlier (higher priority) span wins."""
    kept: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        if all(end <= s or start >= e for s, e, _ in kept):
            kept.append((start, end, label))
    for start, end, label in sorted(kept, reverse=True):
        text = text[:start] + label + text[end:]
    return text


def scrub(
    text: str, names: list[str] | None = None, personal: list[str] | None = None
) -> tuple[str, list[Finding]]:
    """Text with personal data replaced by '[<kind> verwijderd]', the parts of `names` by
    '[naam verwijderd]' and other `personal` values (school, e-mail column) by '[verwijderd]'.

    Matching happens on the reader's view, so entities, tags and accents do not hide anything; the
    replacement covers the whole source span (the entity, the tag) that produced the match."""
    seen = visible(text)
    findings = _in_visible(seen, text)
    spans = [(f.start, f.end, f"[{f.kind} verwijderd]") for f in findings]
    for start, end in name_spans(seen.text, [fold(n) for n in names or [] if n.strip()]):
        spans.append((*seen.source_span(start, end), REMOVED_LABELS["naam"]))
    for start, end in _value_spans(seen.text, personal or []):
        spans.append((*seen.source_span(start, end), REMOVED_LABELS["persoonlijk"]))
    return _replace(text, spans), findings
