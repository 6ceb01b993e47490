"""One typo: which words of the index's vocabulary are one edit away from a word, and where the
browser finds them.

An edit is an insertion, a deletion, a substitution or a transposition of two neighbouring letters
(optimal string alignment distance 1). Only words of MIN_TYPO_LENGTH letters or more are corrected.

The site ships the vocabulary in buckets keyed by the first KEY_LENGTH letters of a word and of
its deletions at the first KEY_LENGTH positions. Two words one edit apart always share one such
key (a deletion of the one equals the other or a deletion of the other), so a word needs at most
KEY_LENGTH + 1 keys, and the keys go to a fixed number of buckets by a hash that
overrides/assets/hub-search.js computes the same way (`bucket_of`).
"""

from __future__ import annotations

MIN_TYPO_LENGTH = 5
KEY_LENGTH = 3


def one_edit_apart(a: str, b: str) -> bool:
    """Whether two different words are one insertion, deletion, substitution or transposition apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    at = next((i for i in range(len(short)) if short[i] != long[i]), len(short))
    return short[at:] == long[at + 1 :]


def spelling_keys(word: str) -> set[str]:
    """The keys under which WORD is stored and looked up: its first letters, and those of its
    deletions at the first KEY_LENGTH positions (later deletions keep the first letters)."""
    keys = {word[:KEY_LENGTH]}
    for position in range(min(KEY_LENGTH, len(word))):
        keys.add((word[:position] + word[position + 1 :])[:KEY_LENGTH])
    return keys


def bucket_of(key: str, buckets: int) -> int:
    """The bucket of a key: 32-bit FNV-1a over its characters (ASCII: folded words), modulo BUCKETS."""
    value = 0x811C9DC5
    for character in key:
        value ^= ord(character)
        value = (value * 0x01000193) & 0xFFFFFFFF
    return value % buckets
