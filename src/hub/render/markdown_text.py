"""Text from the model inside Markdown: it stays the text it is, whatever syntax it looks like.

Hand-written pages (docs/*.md, through the macros) put labels, descriptions and titles into
Markdown, sometimes inside raw HTML blocks. `literal()` makes such text inert in both places:
one line, and every ASCII punctuation character as a numeric character reference. No Markdown
extension then sees its syntax (attribute lists `{: ...}`, raw HTML, links, emphasis, admonitions
`!!!`, footnotes, abbreviations `*[...]:`, table cells `|`, headings `#`, lists), and browsers
still show the characters as written, also inside an HTML attribute value.
"""

from __future__ import annotations

import string

from hub.render.plain_text import one_line

_PUNCTUATION = frozenset(string.punctuation)


def literal(value: object) -> str:
    """VALUE as one line of inert text for Markdown or HTML (text or a quoted attribute value)."""
    return "".join(f"&#{ord(char)};" if char in _PUNCTUATION else char for char in one_line(str(value)))
