"""Links and raw HTML in a Markdown body, with the file line of each."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token


@dataclass(frozen=True)
class Found:
    line: int  # line within the body, 0-based
    value: str


@lru_cache(maxsize=1)
def markdown_parser() -> MarkdownIt:
    """CommonMark with raw HTML and tables, every link kept as written (the checks' view of a body)."""
    parser = MarkdownIt("commonmark", {"html": True}).enable("table")
    # Keep every link, including javascript: ones markdown-it would otherwise drop: we want to see them.
    parser.validateLink = lambda url: True  # type: ignore[method-assign]
    # ... and as written: normalising would percent-encode 'java&#9;script:' into harmless-looking text.
    parser.normalizeLink = lambda url: url  # type: ignore[method-assign]
    return parser


# `[text](target)` left as plain text by markdown-it (e.g. a raw tab in the target) that another
# Markdown parser, like the one MkDocs uses, may still turn into a link.
_LINK_LIKE = re.compile(r"\]\(\s*<?([^)>\n]*)")
_TAG_LIKE = re.compile(r"<[a-zA-Z][^<>\n]*>")
_ATTR_LIST = re.compile(r"\{:?([^{}\n]*)\}")


def _inline_children(tokens: list[Token]) -> Iterator[tuple[int, Token]]:
    """(0-based body line, token) for every inline token, counting line breaks inside paragraphs."""
    for token in tokens:
        if token.type != "inline" or not token.children:
            continue
        line = token.map[0] if token.map else 0
        for child in token.children:
            if child.type in ("softbreak", "hardbreak"):
                line += 1
            yield line, child


def links_in(body: str) -> Iterator[Found]:
    """Link and image targets, as written."""
    if "[" not in body and "<" not in body:
        return  # markdown-it makes links only from brackets and <autolinks>: nothing to parse
    for line, child in _inline_children(markdown_parser().parse(body)):
        if child.type == "link_open":
            yield Found(line, str(child.attrGet("href") or ""))
        elif child.type == "image":
            yield Found(line, str(child.attrGet("src") or ""))
        elif child.type == "text":
            for match in _LINK_LIKE.finditer(child.content):
                yield Found(line, html.unescape(match.group(1)))


def html_in(body: str) -> Iterator[Found]:
    """Raw HTML blocks and inline HTML (code spans and code blocks are not HTML).

    Also what the site's Markdown (Python-Markdown with attr_list) turns into HTML where markdown-it
    sees plain text: tags like '<svg/onload=...>' and attribute lists '{: onclick="..." }', the latter
    as a pseudo tag '<attr-list ...>' so the same attribute rules apply.
    """
    if "<" not in body and "{" not in body:
        return  # no tag and no attribute list can come from this body
    tokens = markdown_parser().parse(body)
    for token in tokens:
        if token.type == "html_block":
            yield Found(token.map[0] if token.map else 0, token.content)
    raw_lines = body.split("\n")
    for line, child in _inline_children(tokens):
        if child.type == "html_inline":
            yield Found(line, child.content)
        elif child.type == "text":
            for match in _TAG_LIKE.finditer(child.content):
                # Text tokens are entity-decoded: '&lt;b&gt;' is text, only a literal '<b>' is a tag.
                if line < len(raw_lines) and match.group() in raw_lines[line]:
                    yield Found(line, match.group())
            for match in _ATTR_LIST.finditer(child.content):
                yield Found(line, f"<attr-list {match.group(1)}>")
