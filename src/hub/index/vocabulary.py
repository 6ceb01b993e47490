"""The index's own vocabulary: every folded content word of the published items with its stem and
document frequency; from it the spelling corrections and the compound splits of `hub search` and
of the site search (which ships it in buckets, see static.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from hub.index.analysis import STOP_WORDS, WORD, fold, stem
from hub.index.compounds import MIN_PART, Part, compound_head, split_compound
from hub.index.containment import folded_words
from hub.index.spelling import MIN_TYPO_LENGTH, one_edit_apart, spelling_keys

MIN_WORD = MIN_PART  # shorter words are neither corrections nor compound parts
_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass
class Vocabulary:
    """Folded word -> (document frequency, stem), for words of MIN_WORD letters or more; and how the
    texts mostly spell the words they write with accents ('differentieren' -> 'differentiëren')."""

    words: dict[str, tuple[int, str]]
    spelled: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, texts: Iterable[Iterable[str]]) -> Vocabulary:
        """The vocabulary of documents, each given as its texts."""
        frequency: Counter[str] = Counter()
        occurrences: Counter[str] = Counter()
        accented: dict[str, Counter[str]] = defaultdict(Counter)
        for document in texts:
            found: set[str] = set()
            for text in document:
                folded = folded_words(text)
                found.update(folded)
                occurrences.update(folded)
                if not text.isascii():
                    for token in _LETTERS.findall(unicodedata.normalize("NFC", text.lower())):
                        if not token.isascii() and WORD.fullmatch(plain := fold(token)):
                            accented[plain][token] += 1
            frequency.update(
                w for w in found if len(w) >= MIN_WORD and not w.isdigit() and w not in STOP_WORDS
            )
        spelled = {}
        for plain, forms in accented.items():
            form = max(forms.items(), key=lambda pair: (pair[1], pair[0]))[0]
            if plain in frequency and 2 * sum(forms.values()) >= occurrences[plain]:
                spelled[plain] = form  # written with accents at least as often as without
        return cls(
            {word: (frequency[word], stem(word)) for word in sorted(frequency)}, dict(sorted(spelled.items()))
        )

    def as_data(self) -> dict[str, dict]:
        return {"words": {word: [df, s] for word, (df, s) in self.words.items()}, "spelled": self.spelled}

    @classmethod
    def from_data(cls, data: dict[str, dict]) -> Vocabulary:
        words = {word: (int(df), str(s)) for word, (df, s) in data["words"].items()}
        return cls(words, {str(k): str(v) for k, v in data["spelled"].items()})

    def shown(self, word: str) -> str:
        """How to show a folded word of the vocabulary: with its accents where the texts write them."""
        return self.spelled.get(word, word)

    # -- compounds ----------------------------------------------------------------------------

    @cached_property
    def tails(self) -> dict[str, Part]:
        return {word: (s, df) for word, (df, s) in self.words.items()}

    @cached_property
    def heads(self) -> dict[str, Part]:
        """Words, and the compound heads of words ending in -en (lezen -> lees), with their stems."""
        derived: dict[str, Part] = {}
        for word, (df, s) in self.words.items():
            head = compound_head(word)
            if head is not None and head not in STOP_WORDS and df > derived.get(head, ("", 0))[1]:
                derived[head] = (s, df)
        # A derived head wins over the same word on its own: 'lees' in 'leesbeleid' is lezen.
        return {**self.tails, **derived}

    def split(self, word: str) -> tuple[str, str] | None:
        """The stems of the parts of a compound, or None."""
        return split_compound(word, self.heads, self.tails)

    @cached_property
    def splits(self) -> dict[str, tuple[str, str]]:
        """Every word of the vocabulary that is a compound -> the stems of its parts."""
        return {word: parts for word in self.words if (parts := self.split(word))}

    @cached_property
    def compounds_by_part(self) -> dict[str, list[str]]:
        """Stem of a part -> the stems of the vocabulary's compounds that have it."""
        found: dict[str, set[str]] = defaultdict(set)
        for whole, parts in self.parts_of_whole.items():
            for part in parts:
                if part != whole:
                    found[part].add(whole)
        return {part: sorted(wholes) for part, wholes in sorted(found.items())}

    @cached_property
    def parts_of_whole(self) -> dict[str, tuple[str, str]]:
        """Stem of a compound -> the stems of its parts (of its first form, alphabetically)."""
        found: dict[str, tuple[str, str]] = {}
        for word, parts in sorted(self.splits.items()):
            found.setdefault(self.words[word][1], parts)
        return found

    def compounds_of(self, stems: Iterable[str]) -> dict[str, tuple[str, str]]:
        """Compounds (stem -> part stems) whose parts are all among STEMS: 'begeleiding van
        leerlingen' names 'leerlingenbegeleiding'."""
        wanted = set(stems)
        parts_of = self.parts_of_whole
        found: dict[str, tuple[str, str]] = {}
        for part in sorted(wanted):
            for whole in self.compounds_by_part.get(part, []):
                parts = parts_of[whole]
                if set(parts) <= wanted and len(set(parts)) == len(parts):
                    found[whole] = parts
        return found

    # -- spelling -----------------------------------------------------------------------------

    @cached_property
    def by_key(self) -> dict[str, list[str]]:
        """Spelling key -> the words stored under it (spelling.spelling_keys)."""
        found: dict[str, list[str]] = defaultdict(list)
        for word in self.words:
            for key in spelling_keys(word):
                found[key].append(word)
        return dict(found)

    def corrections(self, word: str) -> list[str]:
        """Words of the vocabulary one edit away from WORD (of MIN_TYPO_LENGTH letters or more), the
        most frequent first."""
        if len(word) < MIN_TYPO_LENGTH:
            return []
        near = {
            candidate
            for key in spelling_keys(word)
            for candidate in self.by_key.get(key, [])
            if one_edit_apart(word, candidate)
        }
        return sorted(near, key=lambda candidate: (-self.words[candidate][0], candidate))
