"""A form's free text made safe for content: personal data out, formulas and HTML inert, a short
title and a slug, accents and emoji kept."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from hub.privacy import scrub
from hub.privacy.words import COMMON_WORDS

TITLE_LIMIT = 200
SLUG_LIMIT = 60
# Characters a YAML file or a page must not carry (controls), and line separators that are not '\n'.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_SEPARATORS = re.compile(r"\r\n|\r|\x85|\u2028|\u2029")
_REMOVED = re.compile(r"\[[^\]\n]{0,40}verwijderd\]")
# Leading characters that make a spreadsheet read a cell as a formula (tab and CR: some programs
# strip them first and then see the formula).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# '- punt één' in a quoted question: a Markdown list item of words, not a formula; kept as it is.
_LIST_ITEM = re.compile(r"[-+] (?=[^\W\d_])")
_EMAIL_LOCAL_PART = re.compile(r"^\s*([^@\s]+)\s*@")


def clean_text(value: object) -> str:
    """Plain text with '\\n' line ends, no control characters, no trailing spaces."""
    text = _LINE_SEPARATORS.sub("\n", str(value)).replace("\t", " ")
    text = _CONTROL.sub("", unicodedata.normalize("NFC", text))
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def names_of_row(name: str, personal: list[str]) -> list[str]:
    """The asker's name, plus the name-like parts of an e-mail address of the row ('j.peeters@...')."""
    names = [name] if name.strip() else []
    for value in personal:
        local = _EMAIL_LOCAL_PART.match(value)
        if local:
            parts = [p for p in re.split(r"[._+-]+", local.group(1)) if p.isalpha() and len(p) >= 2]
            names += [p for p in parts if p.lower() not in COMMON_WORDS]
    return names


def remove_personal_data(
    text: str, personal: list[str], name: str = "", other_names: Iterable[str] = ()
) -> tuple[str, int]:
    """The text without e-mail addresses, phone, national register and account numbers, the asker's
    name (and its parts), OTHER_NAMES (e.g. everyone else in the same export) and every other personal
    value of the row; and how many were removed."""
    labels = ("[naam verwijderd]", "[verwijderd]")
    before = sum(text.count(label) for label in labels)
    names = [*names_of_row(name, personal), *(other for other in other_names if other.strip())]
    scrubbed, findings = scrub(text, names=names, personal=personal)
    return scrubbed, len(findings) + sum(scrubbed.count(label) for label in labels) - before


def defuse_formula(text: str, keep_list_items: bool = False) -> str:
    """A leading '=', '+', '-', '@', tab or CR gets an apostrophe, so no spreadsheet runs it as a
    formula; with `keep_list_items`, a Markdown list item of words ('- punt één') stays as it is."""
    if keep_list_items and _LIST_ITEM.match(text):
        return text
    return "'" + text if text.startswith(FORMULA_START) else text


def as_markdown_text(text: str) -> str:
    """Text that Markdown shows as it is: HTML escaped, no links, no setext or formula lines.

    `hub check` reads bodies as the text they render to, so an escaped '&lt;script&gt;' would still
    look like a tag to it: the start of anything tag-like becomes '‹', and the braces of a would-be
    attribute list ('{: onclick=...}') become full-width braces."""
    text = text.replace("&", "&amp;")
    text = re.sub(r"<(?=[A-Za-z/!?])", "‹", text).replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("{", "｛").replace("}", "｝")
    text = text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    # '](' is what every Markdown parser turns into a link; a space keeps it text.
    text = text.replace("\\](", "\\] (")
    return "\n".join(defuse_formula(line, keep_list_items=True) for line in text.split("\n"))


def blockquote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def make_title(text: str) -> str:
    """The question on one line; a long one becomes its first sentence or is cut at a word."""
    # A title is shown in places no Markdown escaping reaches: tags go, stray brackets become quotes.
    flat = re.sub(r"</?[A-Za-z][^<>]*>", " ", text).replace("<", "‹").replace(">", "›")
    flat = re.sub(r"\s+", " ", flat).strip()
    if len(flat) > TITLE_LIMIT:
        sentence = re.match(rf"^(.{{20,{TITLE_LIMIT - 1}}}?[?!.])(?:\s|$)", flat)
        if sentence:
            flat = sentence.group(1)
        else:
            cut = flat[: TITLE_LIMIT - 1]
            cut = cut[: cut.rfind(" ")] if " " in cut[40:] else cut
            flat = cut.rstrip(" ,;:-") + "…"
    return defuse_formula(flat)[:TITLE_LIMIT]


def slugify(text: str, limit: int = SLUG_LIMIT) -> str:
    """ascii-folded, lowercase, dashes; at most `limit` characters, cut between words."""
    folded = unicodedata.normalize("NFKD", _REMOVED.sub(" ", text).lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    if len(slug) > limit:
        slug = slug[: limit + 1]
        slug = slug[: slug.rfind("-")] if "-" in slug else slug[:limit]
    return slug.strip("-")
