"""How alike two items are: tf-idf vectors over the weighted fields, cosine similarity."""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from hub.index.documents import FIELD_WEIGHTS, FIELDS, SearchDoc
from hub.lanes import in_lanes

VECTOR_TERMS = 50  # the most telling terms kept per document
COMMON = 0.05  # terms in more than this share of documents (and 50) do not propose candidates
CANDIDATES = 30  # documents whose exact likeness is computed per lookup
PROPOSING_TERMS = 20  # the strongest terms of a vector propose the candidates


@dataclass
class Likeness:
    """Normalised tf-idf vectors of every document, with an inverted list of their telling terms."""

    vectors: dict[str, dict[str, float]]
    postings: dict[str, list[tuple[str, float]]]
    idf: dict[str, float]
    # Neighbours of indexed documents, computed once: related materials and duplicates ask the same.
    _of_document: dict[str, dict[str, float]] = field(default_factory=dict)

    @classmethod
    def of(cls, records: dict[str, SearchDoc]) -> Likeness:
        frequency: Counter[str] = Counter()
        for doc in records.values():
            frequency.update({term for name in FIELDS for term in doc.terms.get(name, ())})
        total = max(len(records), 1)
        idf = {term: math.log((1 + total) / (1 + count)) + 1 for term, count in frequency.items()}
        vectors = {doc_id: _vector(doc, idf) for doc_id, doc in records.items()}
        postings: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for doc_id, vector in vectors.items():
            for term, weight in vector.items():
                if frequency[term] <= max(COMMON * total, 50):
                    postings[term].append((doc_id, weight))
        return cls(vectors, dict(postings), idf)

    def text_vector(self, terms: list[str]) -> dict[str, float]:
        weights = {
            term: (1 + math.log(count)) * self.idf[term]
            for term, count in Counter(terms).items()
            if term in self.idf
        }
        return _normalised(weights)

    def neighbours_of(self, doc_id: str) -> dict[str, float]:
        """`neighbours` of an indexed document (remembered)."""
        known = self._of_document.get(doc_id)
        if known is None:
            known = self._of_document[doc_id] = self.neighbours(self.vectors[doc_id])
        return known

    def know_all(self, lanes: int) -> None:
        """`neighbours_of` every document, computed over LANES processes and remembered here."""
        unknown = [doc_id for doc_id in self.vectors if doc_id not in self._of_document]

        def share(lane: int, count: int) -> dict[str, dict[str, float]]:
            return {doc_id: self.neighbours(self.vectors[doc_id]) for doc_id in unknown[lane::count]}

        for known in in_lanes(share, lanes):
            self._of_document.update(known)

    def neighbours(self, vector: dict[str, float], best: int = CANDIDATES) -> dict[str, float]:
        """Cosine similarity of VECTOR with the documents that share the most telling terms with it."""
        partial: dict[str, float] = defaultdict(float)
        strongest = heapq.nlargest(PROPOSING_TERMS, vector.items(), key=lambda pair: pair[1])
        for term, weight in strongest:
            for doc_id, other in self.postings.get(term, ()):
                partial[doc_id] += weight * other
        # The partial sums leave out common terms: rank on them, then compute the exact cosine.
        chosen = heapq.nlargest(best, partial.items(), key=lambda pair: pair[1])
        return {doc_id: self.cosine(vector, self.vectors[doc_id]) for doc_id, _ in chosen}

    @staticmethod
    def cosine(a: dict[str, float], b: dict[str, float]) -> float:
        # Over the shared terms only (a set intersection in C): vectors hold up to 50 terms each.
        return sum(a[term] * b[term] for term in a.keys() & b.keys())


def _vector(doc: SearchDoc, idf: dict[str, float]) -> dict[str, float]:
    weighted: Counter[str] = Counter()
    for name in FIELDS:
        for term, count in doc.terms.get(name, {}).items():
            weighted[term] += FIELD_WEIGHTS[name] * count
    weights = {term: (1 + math.log(tf)) * idf[term] for term, tf in weighted.items()}
    best = sorted(weights.items(), key=lambda item: (-item[1], item[0]))[:VECTOR_TERMS]
    return _normalised(dict(best))


def _normalised(weights: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {term: w / norm for term, w in weights.items()}


def overlap(a: list[str], b: list[str]) -> float:
    """Jaccard overlap of two tag lists."""
    union = set(a) | set(b)
    return len(set(a) & set(b)) / len(union) if union else 0.0
