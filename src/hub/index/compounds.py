"""Dutch compounds split against the index's own vocabulary.

'leerlingenbegeleiding' is 'leerlingen' + 'begeleiding', 'beleidsplan' 'beleid' + s + 'plan',
'leesbeleid' 'lees' + 'beleid', where 'lees' is how 'lezen' starts a compound. A compound splits in
two: a head (a word of the vocabulary, or the compound form of one of its verbs or plurals: lezen ->
lees, scholen -> school), optionally a linking -s- or -en-, and a tail (a word of the vocabulary).
Of several splits the one whose parts are most frequent wins (Koehn and Knight's measure).
The browser (overrides/assets/hub-search.js, `splitWord`) repeats the same steps on the same data.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

MIN_PART = 4  # letters of a head or a tail at least
MIN_COMPOUND = 2 * MIN_PART
LINKS = ("s", "en")  # the linking morphemes a head may end with: beleid-s-plan, leerling-en-zorg

_VOICED = {"z": "s", "v": "f"}
_OPEN_SYLLABLE = re.compile(r"(?:^|[^aeiouy])([aeou])([^aeiouy])$")
_DOUBLE_CONSONANT = re.compile(r"([bcdfgklmnprst])\1$")

Part = tuple[str, int]  # (stem, document frequency)


def compound_head(word: str) -> str | None:
    """The form a word ending in -en takes at the start of a compound: lezen -> lees, leren -> leer,
    geven -> geef, stemmen -> stem, scholen -> school, leerlingen -> leerling; None for other words."""
    if not word.endswith("en") or len(word) < MIN_PART + 1:
        return None
    base = word[:-2]
    if _DOUBLE_CONSONANT.search(base):
        return base[:-1] if len(base) - 1 >= MIN_PART else None
    base = base[:-1] + _VOICED.get(base[-1], base[-1])
    base = _OPEN_SYLLABLE.sub(lambda m: m.group(0)[:-2] + m.group(1) * 2 + m.group(2), base)
    return base if len(base) >= MIN_PART else None


def split_compound(word: str, heads: Mapping[str, Part], tails: Mapping[str, Part]) -> tuple[str, str] | None:
    """The stems of the two parts of a compound WORD, or None when it does not split.

    HEADS: words and compound heads of MIN_PART letters or more -> (stem, frequency); TAILS: words of
    MIN_PART letters or more -> (stem, frequency). Neither holds stop words.
    """
    if len(word) < MIN_COMPOUND:
        return None
    best: tuple[int, int, tuple[str, str]] | None = None
    for at in range(MIN_PART, len(word) - MIN_PART + 1):
        tail = tails.get(word[at:])
        if tail is None:
            continue
        raw = word[:at]
        for head_form in (raw, *(raw[: -len(link)] for link in LINKS if raw.endswith(link))):
            head = heads.get(head_form) if len(head_form) >= MIN_PART else None
            if head is None:
                continue
            score = (head[1] * tail[1], at)
            if best is None or score > best[:2]:
                best = (score[0], score[1], (head[0], tail[0]))
    return best[2] if best else None
