"""From what someone typed to what the index is asked: the steps `hub search` and the site search
(overrides/assets/hub-search.js, `plan`) take in the same order.

1. Folded words, stop words dropped.
2. Words that name a theme, R-OK rubriek or level with nothing published (absent.py) are answered
   by a message, not searched.
3. A word the index does not know, that is no synonym and no compound of known words, and has five
   letters or more, is replaced by the most frequent word of the vocabulary one edit away; the
   query with that word is the "Bedoelde je ...?" suggestion.
4. The words group into synonym and alias phrases (analysis.Thesaurus).
5. A single word that is a compound also matches its parts ('leerlingenbegeleiding' finds
   'begeleiding van leerlingen'), and words that are the parts of a compound of the vocabulary
   also match that compound ('beleid rond lezen' finds 'leesbeleid').
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from hub.index.absent import AbsentEntry, named_absent
from hub.index.analysis import STOP_WORDS, QueryUnit, Thesaurus, fold, stem, words
from hub.index.vocabulary import Vocabulary

_TOKEN = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")  # letters, digits and combining accents


@dataclass
class QueryPlan:
    """What to look up for a query, and what to tell the person who typed it."""

    units: list[QueryUnit]
    splits: dict[int, tuple[str, str]] = field(default_factory=dict)  # unit number -> part stems
    joins: dict[str, tuple[str, str]] = field(default_factory=dict)  # compound stem -> part stems
    corrections: dict[str, str] = field(
        default_factory=dict
    )  # word as typed (folded) -> correction, as shown
    suggestion: str | None = None  # the query with its corrections ("Bedoelde je ...?")
    absent: list[AbsentEntry] = field(default_factory=list)


def _corrected(token: str, corrections: dict[str, str]) -> str:
    fixed = corrections.get(fold(token))
    if fixed is None:
        return token
    return fixed[:1].upper() + fixed[1:] if token[:1].isupper() else fixed


def corrected_text(text: str, corrections: dict[str, str]) -> str:
    """TEXT with every word whose folded form has a correction replaced by it (capitalised where the
    typed word was); the rest as typed."""
    return _TOKEN.sub(lambda m: _corrected(m.group(0), corrections), text)


def plan_query(
    text: str,
    thesaurus: Thesaurus,
    vocabulary: Vocabulary,
    knows: Callable[[str], bool],
    absent: Sequence[AbsentEntry] = (),
) -> QueryPlan:
    """The plan of a query; KNOWS tells whether a stem is a term of the index."""
    content = [word for word in words(text) if word not in STOP_WORDS]
    named, kept = named_absent([stem(word) for word in content], absent)
    content = [content[position] for position in kept]
    phrase_stems = {part for phrase in thesaurus.concepts for part in phrase}
    corrections: dict[str, str] = {}
    forms: list[str] = []
    for word in content:
        if knows(stem(word)) or stem(word) in phrase_stems or vocabulary.split(word):
            forms.append(word)
            continue
        fixes = vocabulary.corrections(word)
        if fixes:
            corrections[word] = vocabulary.shown(fixes[0])
        forms.append(fixes[0] if fixes else word)
    units = thesaurus.units_of(forms)
    splits: dict[int, tuple[str, str]] = {}
    for number, unit in enumerate(units):
        if len(unit.forms) == 1:
            parts = vocabulary.split(unit.forms[0])
            if parts:
                splits[number] = parts
    single = {unit.words[0] for unit in units if len(unit.words) == 1}
    joins = {whole: parts for whole, parts in vocabulary.compounds_of(single).items() if whole not in single}
    return QueryPlan(
        units,
        splits,
        joins,
        corrections,
        corrected_text(text, corrections) if corrections else None,
        named,
    )
