"""A Markdown body as the reader sees it, block by block, each visible character with its body line.

The body is parsed with markdown-it (CommonMark, raw HTML on, tables): text tokens come decoded
(entities, backslash escapes), inline HTML and comments are dropped without breaking the word they sit
in, and a paragraph is one block, so a split across a comment or an empty span, or across a line
break, is read as the reader reads it. Link and image targets and HTML attribute values are
published too: they are scanned as hidden pieces on the line of their token."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import unquote

from markdown_it.token import Token

from hub.load.markdown_scan import markdown_parser
from hub.privacy.normalize import visible


@dataclass
class Block:
    """Visible text of one block; `lines[i]` is the 0-based body line of character i."""

    text: str = ""
    lines: list[int] = field(default_factory=list)

    def add(self, raw: str, first_line: int, markup: bool = True) -> list[tuple[int, str]]:
        """Append the reader's view of `raw` (starting on `first_line`); return its hidden values."""
        seen = visible(raw, markup)
        breaks = [index for index, char in enumerate(raw) if char == "\n"]
        if self.text and seen.text and self.text[-1] == " " and seen.text[0] == " ":
            seen.text, seen.starts = seen.text[1:], seen.starts[1:]
        self.text += seen.text
        self.lines += [first_line + bisect.bisect_right(breaks, start - 1) for start in seen.starts]
        return [(first_line + bisect.bisect_right(breaks, s - 1), value) for s, _, value in seen.hidden]

    def space(self, line: int) -> None:
        """A line break inside a paragraph: the reader sees a space."""
        if self.text and not self.text.endswith(" "):
            self.text += " "
            self.lines.append(line)


@dataclass(frozen=True)
class Hidden:
    line: int
    text: str


def _inline(token: Token, block: Block, hidden: list[Hidden]) -> None:
    line = token.map[0] if token.map else 0
    for child in token.children or []:
        if child.type in ("softbreak", "hardbreak"):
            block.space(line)
            line += 1
        elif child.type in ("text", "code_inline"):
            block.add(child.content, line, markup=False)
        elif child.type == "html_inline":
            hidden += [Hidden(n, v) for n, v in block.add(child.content, line)]
            line += child.content.count("\n")
        elif child.type in ("link_open", "image"):
            target = str(child.attrGet("href") or child.attrGet("src") or "")
            hidden.append(Hidden(line, unquote(target)))
            if child.type == "image":
                block.add(child.content, line, markup=False)


def blocks(body: str) -> Iterator[Block | Hidden]:
    """Visible blocks of a body and the hidden values (targets, attributes) it publishes."""
    for token in markdown_parser().parse(body):
        first = token.map[0] if token.map else 0
        hidden: list[Hidden] = []
        block = Block()
        if token.type == "inline":
            _inline(token, block, hidden)
        elif token.type == "html_block":
            hidden = [Hidden(n, v) for n, v in block.add(token.content, first)]
        elif token.type in ("fence", "code_block"):
            block.add(token.content, first + (1 if token.type == "fence" else 0), markup=False)
        else:
            continue
        yield block
        yield from hidden
