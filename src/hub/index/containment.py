"""Text reuse between items: how much of one item's body also stands in another's.

The tf-idf likeness (`likeness.py`) compares the 50 most telling terms of two items; it misses an
old, longer version of a fiche that repeats most of a newer one under another title. Here a body
is a set of word 5-shingles (the hub's folded words, stop words kept: the order of the words is
the evidence), and the containment of A in B is |A ∩ B| / |A|: the share of A's text that B has.

Only texts that share at least `MIN_RARE_SHARED` of their rarer shingles are compared: an
inverted list of the shingles that at most `COMMON` texts of a kind have proposes the pairs, so
7,000 items never meet all 24 million pairs. A more common shingle (a closing formula, a
standard sentence) proposes nothing, so texts that share only such boilerplate never meet; in
a proposed pair it counts like any other shingle, and the share is the true containment.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from itertools import chain
from typing import TYPE_CHECKING, NamedTuple

from hub.index.analysis import WORD

if TYPE_CHECKING:
    from hub.model.catalog import Catalog
    from hub.model.items import Item

SHINGLE = 5  # words per shingle
MIN_SHINGLES = 20  # a text of fewer shingles (about 24 words) is too short to call a copy
THRESHOLD = 0.6  # at least this share of a text stands in the other
COMMON = 20  # a shingle in more texts than this is boilerplate: it proposes no pair
MIN_RARE_SHARED = 10  # two texts are compared when they share this many rarer shingles


class Overlap(NamedTuple):
    """Two published items of one kind whose bodies largely overlap, in either direction or both."""

    kind: str
    slug: str
    other: str
    share: float  # of SLUG's text that also stands in OTHER
    other_share: float  # of OTHER's text that also stands in SLUG


def folded_words(text: str) -> list[str]:
    """`hub.index.analysis.words`, the same words, faster on long texts: the combining marks are
    removed with one `translate` instead of a test per character."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    if not decomposed.isascii():
        marks = [ord(ch) for ch in set(decomposed) if unicodedata.combining(ch)]
        decomposed = decomposed.translate(dict.fromkeys(marks))
    return WORD.findall(decomposed)


def shingles(text: str, size: int = SHINGLE) -> set[int]:
    """Hashes of the runs of SIZE consecutive folded words of TEXT."""
    found = folded_words(text)
    return set(map(hash, zip(*(found[i:] for i in range(size)), strict=False)))


def overlapping(
    texts: Mapping[str, str], threshold: float = THRESHOLD, common: int = COMMON
) -> list[tuple[str, str, float, float]]:
    """(key, other key, share of key in other, share of other in key) for every pair of TEXTS where
    at least THRESHOLD of one text (of `MIN_SHINGLES` or more) stands in the other; key < other key."""
    sets = {key: shingles(text) for key, text in texts.items()}
    frequency = Counter(chain.from_iterable(sets.values()))
    rare = {shingle for shingle, count in frequency.items() if 1 < count <= common}
    proposing = {key: found & rare for key, found in sets.items()}
    postings: dict[int, list[str]] = defaultdict(list)
    for key, found in proposing.items():
        for shingle in found:
            postings[shingle].append(key)
    pairs = []
    for key, found in sets.items():
        proposed = Counter(other for shingle in proposing[key] for other in postings[shingle] if other > key)
        for other, rare in proposed.items():
            if rare < MIN_RARE_SHARED:
                continue
            shared = len(found & sets[other])
            share, other_share = shared / len(found), shared / len(sets[other])
            if (share >= threshold and len(found) >= MIN_SHINGLES) or (
                other_share >= threshold and len(sets[other]) >= MIN_SHINGLES
            ):
                pairs.append((key, other, round(share, 3), round(other_share, 3)))
    pairs.sort()
    return pairs


def _texts(items: Iterable[Item]) -> dict[str, str]:
    return {item.slug: item.body for item in items}


def text_duplicates(catalog: Catalog, threshold: float = THRESHOLD) -> list[Overlap]:
    """Published materials, questions and offerings whose body largely stands in another of the
    same kind, most overlapping first. Drafts and archived items are never compared."""
    found: list[Overlap] = []
    for kind, items in (
        ("material", catalog.published_materials()),
        ("qa", catalog.published_questions()),
        ("training", catalog.published_offerings()),
    ):
        for slug, other, share, other_share in overlapping(_texts(items), threshold):
            found.append(Overlap(kind, slug, other, share, other_share))
    found.sort(key=lambda o: (-max(o.share, o.other_share), o.kind, o.slug, o.other))
    return found
