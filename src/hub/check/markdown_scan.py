"""Links and raw HTML in a Markdown body, with the file line of each."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt


@dataclass(frozen=True)
class Found:
    line: int  # line within the body, 0-based
    value: str


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": True}).enable("table")
    # Keep every link, including javascript: ones markdown-it would otherwise drop: we want to see them.
    parser.validateLink = lambda url: True  # type: ignore[method-assign]
    return parser


def links_in(body: str) -> Iterator[Found]:
    """Link and image targets, as written."""
    for token in _parser().parse(body):
        if token.type != "inline" or not token.children:
            continue
        line = token.map[0] if token.map else 0
        for child in token.children:
            if child.type == "link_open":
                yield Found(line, str(child.attrGet("href") or ""))
            elif child.type == "image":
                yield Found(line, str(child.attrGet("src") or ""))


def html_in(body: str) -> Iterator[Found]:
    """Raw HTML blocks and inline HTML (code spans and code blocks are not HTML)."""
    for token in _parser().parse(body):
        line = token.map[0] if token.map else 0
        if token.type == "html_block":
            yield Found(line, token.content)
        elif token.type == "inline" and token.children:
            for child in token.children:
                if child.type == "html_inline":
                    yield Found(line, child.content)
