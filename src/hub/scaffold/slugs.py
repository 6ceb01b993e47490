"""Checking a SLUG argument before it becomes part of a path (`hub new`, `hub qa publish`)."""

from __future__ import annotations

from hub.model.fields import SLUG_PATTERN

EXAMPLE = "bv. hoe-start-ik-met-gsl"


def _shown(slug: str) -> str:
    return slug.encode("unicode_escape").decode("ascii")


def slug_problem(slug: str) -> str | None:
    """Why `slug` is not a usable slug, in Dutch; None when it is one.

    A slug is a file name without '.md': lowercase a-z, digits and single dashes, nothing else; so no
    folder, no '..', no line break (a full match: a trailing newline is refused too)."""
    shown = _shown(slug)
    if not slug.strip():
        return f"geef een slug ({EXAMPLE})"
    if any(char in slug for char in "\n\r\x85\u2028\u2029"):
        return f"'{shown}' is geen slug: er staat een regeleinde in"
    if "/" in slug or "\\" in slug or ".." in slug:
        return f"'{shown}' is geen slug: geef alleen de naam, zonder map of '..' ({EXAMPLE})"
    if slug.endswith(".md"):
        return f"'{shown}' is geen slug: laat '.md' weg ({slug[:-3]})"
    if not SLUG_PATTERN.fullmatch(slug):
        return f"'{shown}' is geen slug: gebruik kleine letters a-z, cijfers en streepjes ({EXAMPLE})"
    return None
