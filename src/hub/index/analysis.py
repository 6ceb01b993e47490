"""The one Dutch analysis shared by the editors' index and the site search.

Text -> folded words (lowercase, no accents) -> stop words dropped -> Dutch stems, plus one
concept term per synonym group or taxonomy entry whose phrase occurs in the text.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer

from hub.model.stopwords import STOP_WORDS

# The 2023 Snowball 'dutch' stemmer maps begeleiding, begeleiden and beleid to one stem; the
# classic Porter-based Dutch stemmer keeps them apart (tests/test_search_analysis.py checks it).
STEMMER_NAME = "dutch_porter"
# Bump when the analysis changes in a way that alters terms: cached indexes are then rebuilt.
ANALYZER_VERSION = "3"

# Words the stemmer folds into an unrelated word: 'gedragen' (a policy carried by the team) is not
# 'gedrag' (behaviour). Kept as their own stem, the search tells them apart.
STEM_OVERRIDES = {"gedragen": "gedragen"}

WORD = re.compile(r"[a-z0-9]+")
_DOUBLE_VOWEL_END = re.compile(r"([aeou])\1([^aeiouy])$")
_DOUBLE_CONSONANT_END = re.compile(r"([bdfgklmnprstvz])\1$")


_stemmer = snowballstemmer.stemmer(STEMMER_NAME)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


@lru_cache(maxsize=4096)
def _without_marks(run: str) -> str:
    return "".join(ch for ch in run if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Lowercase without accents: 'Zorgcoördinator' -> 'zorgcoordinator'."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    if decomposed.isascii():
        return decomposed
    # Only the (few, short) runs of other characters can hold combining marks.
    return _NON_ASCII.sub(lambda run: _without_marks(run.group()), decomposed)


def words(text: str) -> list[str]:
    """Folded surface words, stop words included (the site search matches prefixes of these)."""
    return WORD.findall(fold(text))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Dutch stem of one folded word; digits and very short words stay as they are."""
    if len(word) <= 3 or word.isdigit():
        return word
    if word in STEM_OVERRIDES:
        return STEM_OVERRIDES[word]
    stemmed = _stemmer.stemWord(word)
    # Porter leaves 'differentieer' and 'differentier' (differentiëren) apart, and 'lessen' as 'less'.
    if len(stemmed) >= 6:
        stemmed = _DOUBLE_VOWEL_END.sub(r"\1\2", stemmed)
    return _DOUBLE_CONSONANT_END.sub(r"\1", stemmed)


def stems(text: str) -> list[str]:
    """Stems of the content words of a text, in order."""
    return [stem(word) for word in words(text) if word not in STOP_WORDS]


@dataclass
class Thesaurus:
    """Phrases (as stem sequences) -> concept terms: synonym groups and taxonomy labels with aliases."""

    concepts: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    longest: int = 1
    forms: dict[str, str] = field(default_factory=dict)  # folded word of a phrase -> its stem
    # Concepts of a level or role (eerste graad, zorgcoördinator): they narrow a query more than they
    # name its topic, so a query that also names a topic weighs them less (query.py, hub-search.js).
    facets: set[str] = field(default_factory=set)

    @classmethod
    def from_groups(cls, groups: list[list[str]], facet_groups: list[list[str]] | None = None) -> Thesaurus:
        thesaurus = cls()
        for group in groups:
            thesaurus._add(group)
        for group in facet_groups or []:
            concept = thesaurus._add(group)
            if concept:
                thesaurus.facets.add(concept)
        return thesaurus

    def _add(self, group: list[str]) -> str | None:
        """Add one group of equivalent phrases; its concept term (None for a group of one phrase)."""
        for member in group:
            self.forms.update((word, stem(word)) for word in words(member) if word not in STOP_WORDS)
        phrases = [phrase for phrase in (tuple(stems(member)) for member in group) if phrase]
        if len(phrases) < 2:
            return None
        concept = "~" + "_".join(phrases[0])
        for phrase in phrases:
            self.concepts.setdefault(phrase, set()).add(concept)
            self.longest = max(self.longest, len(phrase))
        return concept

    def signature(self) -> str:
        """A short hash of the analysis: changes when the stemmer, the stop list or a group changes."""
        digest = hashlib.sha256(f"{ANALYZER_VERSION}|{STEMMER_NAME}|".encode())
        for phrase in sorted(self.concepts):
            digest.update((" ".join(phrase) + ">" + ",".join(sorted(self.concepts[phrase])) + ";").encode())
        digest.update(("facets:" + ",".join(sorted(self.facets))).encode())
        return digest.hexdigest()[:16]

    def document_terms(self, text: str) -> list[str]:
        """Index terms of a text: every stem, plus the concepts of the longest phrases found in it.

        Phrases do not overlap, as in a query: 'gepersonaliseerd samen leren' stands for GSL, not
        also for 'samen leren' (its own words still count).
        """
        found = stems(text)
        terms = list(found)
        for unit in self._group(found, [""] * len(found)):
            terms.extend(sorted(unit.concepts))
        return terms

    def query_units(self, text: str) -> list[QueryUnit]:
        """Query words grouped greedily into the longest known phrases (synonym groups, aliases)."""
        return self.units_of([word for word in words(text) if word not in STOP_WORDS])

    def units_of(self, content: list[str]) -> list[QueryUnit]:
        """Folded content words (no stop words) grouped as `query_units` groups them."""
        return self._group([stem(word) for word in content], content)

    def _group(self, found: list[str], forms: list[str]) -> list[QueryUnit]:
        units: list[QueryUnit] = []
        start = 0
        while start < len(found):
            for size in range(min(self.longest, len(found) - start), 0, -1):
                concepts = self.concepts.get(tuple(found[start : start + size]))
                if concepts:
                    break
            else:
                size, concepts = 1, set()
            end = start + size
            units.append(QueryUnit(tuple(found[start:end]), frozenset(concepts), tuple(forms[start:end])))
            start = end
        return units


@dataclass(frozen=True)
class QueryUnit:
    """One thing the user asked for: its own stems (all must match), or any of its concepts."""

    words: tuple[str, ...]  # stems
    concepts: frozenset[str]
    forms: tuple[str, ...] = ()  # the folded words as typed (for spelling corrections)

    @property
    def text(self) -> str:
        return " ".join(self.words)

    def is_facet(self, thesaurus: Thesaurus) -> bool:
        """Whether the unit names only levels or roles (see Thesaurus.facets)."""
        return bool(self.concepts) and self.concepts <= thesaurus.facets
