"""Limits that keep one crafted file from stalling a check or a build: sizes and stray control characters."""

from __future__ import annotations

import re

from hub.problems import Problem, problem

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_FRONT_MATTER_BYTES = 64 * 1024
MAX_BODY_BYTES = 1024 * 1024
# C0 and C1 control characters other than tab and newline: never meant, and they break XML and calendars.
BODY_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def _kb(size: int) -> str:
    return f"{size / 1024:.0f} KB"


def file_too_large(size: int, shown: str) -> Problem | None:
    if size <= MAX_FILE_BYTES:
        return None
    return problem("HUB111", shown, 1, "file", "file", size=_kb(size), limit=_kb(MAX_FILE_BYTES))


def front_matter_too_large(front_matter: str, shown: str, line: int) -> Problem | None:
    size = len(front_matter.encode("utf-8"))
    if size <= MAX_FRONT_MATTER_BYTES:
        return None
    return problem(
        "HUB111",
        shown,
        line,
        "front-matter",
        "front_matter",
        size=_kb(size),
        limit=_kb(MAX_FRONT_MATTER_BYTES),
    )


def body_problems(body: str, shown: str, body_line: int) -> list[Problem]:
    """A body above the size limit, or the first line with a control character."""
    size = len(body.encode("utf-8"))
    if size > MAX_BODY_BYTES:
        return [
            problem("HUB111", shown, body_line, "body", "body", size=_kb(size), limit=_kb(MAX_BODY_BYTES))
        ]
    found = BODY_CONTROL.search(body)
    if found is None:
        return []
    line = body_line + body.count("\n", 0, found.start())
    return [problem("HUB115", shown, line, "body", code=f"{ord(found.group()):04X}")]
