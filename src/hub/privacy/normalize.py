"""What a reader sees of a text: tags and comments gone, entities and backslash escapes decoded,
compatibility forms (full-width '＠', ligatures) folded, format characters (soft hyphen, zero-width
space, bidi controls) dropped, accents off and runs of white space as one space.

Every visible character remembers the span of the source it came from, so a finding in the visible
text can be mapped back to the source (to replace it, or to name its line)."""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

# Markup a reader never sees: comments, declarations, processing instructions, tags, plus entities
# and Markdown backslash escapes, which a reader sees decoded.
_MARKUP = re.compile(
    r"(?P<comment><!--.*?(?:-->|\Z))"
    r"|(?P<other><![^>]*>|<\?.*?(?:\?>|\Z))"
    r"|(?P<tag></?(?P<name>[A-Za-z][A-Za-z0-9-]*)(?P<attrs>(?:\s[^<>]*)?)/?>)"
    r"|(?P<entity>&(?:\#[0-9]{1,7};?|\#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};))"
    r"|(?P<escape>\\[!-/:-@\[-`{-~])",
    re.DOTALL,
)
# Tags that do not break a word when they sit inside it: 'jan<span></span>@school.be' reads as one.
INLINE_TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "ins",
        "kbd",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "u",
        "var",
        "wbr",
    ]
)
_ATTR_VALUE = re.compile(r"""=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""")


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """One source character as the reader's plain form: NFKD, no accents, no format characters."""
    if char == "\n":
        return "\n"
    if char.isspace():
        return " "
    decomposed = unicodedata.normalize("NFKD", char)
    kept = "".join(c for c in decomposed if unicodedata.category(c) not in ("Mn", "Me", "Cf"))
    return "".join(" " if c.isspace() else c for c in kept)


@dataclass
class Visible:
    """The visible text; `starts[i]`/`ends[i]` is the source span of character i."""

    text: str = ""
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    # Attribute values of removed tags (a 'mailto:' link is published too): (start, end, value).
    hidden: list[tuple[int, int, str]] = field(default_factory=list)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]


class _Builder:
    def __init__(self) -> None:
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.hidden: list[tuple[int, int, str]] = []

    def emit(self, text: str, start: int, end: int) -> None:
        """TEXT (decoded from the source span START-END) as the reader sees it."""
        for raw in text:
            self._put(fold_char(raw), start, end)

    def emit_source(self, text: str, offset: int) -> None:
        """Source characters as they are, each from its own position (the common, fast case)."""
        for index, raw in enumerate(text, start=offset):
            self._put(fold_char(raw), index, index + 1)

    def _put(self, folded: str, start: int, end: int) -> None:
        chars = self.chars
        for char in folded:
            if char == " " and (not chars or chars[-1] in " \n"):
                if chars:
                    self.ends[-1] = max(self.ends[-1], end)
                continue
            chars.append(char)
            self.starts.append(start)
            self.ends.append(end)

    def build(self) -> Visible:
        return Visible("".join(self.chars), self.starts, self.ends, self.hidden)


def _markup(builder: _Builder, match: re.Match[str]) -> None:
    start, end = match.span()
    if match.group("entity"):
        builder.emit(html.unescape(match.group("entity")), start, end)
    elif match.group("escape"):
        builder.emit(match.group("escape")[1], start, end)
    elif match.group("tag"):
        if match.group("name").lower() not in INLINE_TAGS:
            builder.emit(" ", start, end)
        for value in _ATTR_VALUE.finditer(match.group("attrs") or ""):
            text = next(group for group in value.groups() if group is not None)
            builder.hidden.append((start, end, html.unescape(text)))


def visible(text: str, markup: bool = True) -> Visible:
    """The reader's view of `text`; with `markup=False` (code) only characters are folded."""
    builder = _Builder()
    position = 0
    for match in _MARKUP.finditer(text) if markup else ():
        builder.emit_source(text[position : match.start()], position)
        _markup(builder, match)
        position = match.end()
    builder.emit_source(text[position:], position)
    return builder.build()


def fold(text: str) -> str:
    """Plain folded text (no spans), for comparing names and values."""
    return visible(text, markup=False).text
