"""Where the names of an intake row stand in a text, as whole words, accent- and case-insensitive.

A name is split into parts ('An De Wit' -> an, de, wit). Where parts stand next to each other in
the text they form a *run*. Decisions (so no ordinary word is lost):

- a particle (de, van, der, ...) or a one-letter part is never removed on its own, only inside a
  run with another part; lowercase particles at the start of a run stay ('de klas van [naam]');
- a part that is also a common Dutch word ('klas', 'wit', 'roos') is removed on its own only where
  it stands as a name: capitalised, and not as the first word of a sentence ('de klas' and
  'Klas 3 start ...' stay, 'vraag van Klas' goes); next to another part it is always removed
  ('Ann klas vraagt'), unless every word of the run is a lowercase common word ('de wit');
- any other part is removed wherever it stands, whatever its length ('An', 'zoe');
- a capitalised, uncommon word right before a removed run, inside a sentence, goes with it: most
  likely a first name ('mijn zoon Lars Peeters' when the row's name is 'Tom Peeters').
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from hub.privacy.words import COMMON_WORDS, PARTICLES

_WORD = re.compile(r"[^\W_]+")
_RUN_GAP = re.compile(r"\s?(?:[-'’]\s?)?|\s")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n]|^\s*[-*>#]+)[\s\"'“‘(>*_#-]*$")


def name_parts(names: Iterable[str]) -> set[str]:
    """Lowercase folded parts of the given names (text already folded by the caller)."""
    return {part.lower() for name in names for part in _WORD.findall(name)}


def _at_sentence_start(text: str, start: int) -> bool:
    return _SENTENCE_END.search(text[max(0, start - 12) : start]) is not None or start == 0


def _runs(text: str, parts: set[str]) -> Iterator[list[re.Match[str]]]:
    """Runs of adjacent words that are name parts."""
    run: list[re.Match[str]] = []
    for word in _WORD.finditer(text):
        if word.group().lower() not in parts:
            if run:
                yield run
            run = []
            continue
        if run and not _RUN_GAP.fullmatch(text[run[-1].end() : word.start()]):
            yield run
            run = []
        run.append(word)
    if run:
        yield run


def _is_particle(word: str) -> bool:
    return word.lower() in PARTICLES or len(word) == 1


def _capitalised_in_sentence(text: str, word: re.Match[str]) -> bool:
    return word.group()[0].isupper() and not _at_sentence_start(text, word.start())


def _trim(run: list[re.Match[str]]) -> list[re.Match[str]]:
    """Lowercase particles at the start and particles at the end are ordinary words."""
    while run and _is_particle(run[0].group()) and run[0].group()[0].islower():
        run = run[1:]
    while run and _is_particle(run[-1].group()):
        run = run[:-1]
    return run


def _is_name(text: str, run: list[re.Match[str]]) -> bool:
    significant = [w for w in run if not _is_particle(w.group())]
    if not significant:
        return False
    if any(w.group().lower() not in COMMON_WORDS for w in significant):
        return True
    return any(_capitalised_in_sentence(text, w) for w in run) or (
        len(run) > 1 and any(w.group()[0].isupper() for w in run[1:])
    )


def _first_name_before(text: str, start: int) -> int:
    """Start of a capitalised uncommon word right before `start` (a pupil's first name), or `start`."""
    before = re.search(r"([^\W\d_]+)\s$", text[max(0, start - 40) : start])
    if not before:
        return start
    word_start = start - len(before.group(0))
    word = before.group(1)
    if word[0].isupper() and word.lower() not in COMMON_WORDS and not _at_sentence_start(text, word_start):
        return word_start
    return start


def name_spans(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of `text` (folded) where a part of one of `names` stands as a name."""
    parts = name_parts(names)
    spans: list[tuple[int, int]] = []
    for found in _runs(text, parts):
        run = _trim(found)
        if run and _is_name(text, run):
            start, end = run[0].start(), run[-1].end()
            spans.append((_first_name_before(text, start), end))
    return spans
