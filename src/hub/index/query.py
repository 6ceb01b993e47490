"""Queries over the whoosh index: editor search and the 'more like this text' duplicate check.

Scoring reads the postings directly (whoosh's matcher trees are slow in pure Python for queries of
many fields and synonyms): BM25F as whoosh defines it, per field with its weight, summed. A query
unit scores a document when all its words match, plus CONCEPT_FACTOR for each of its concepts;
documents matching more units rank higher (score x coverage²); next to a topic, a level or role unit
weighs less (FACET_FACTOR, FACET_COVERAGE). The site search
(overrides/assets/hub-search.js) scores the same way from prebuilt weights.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from whoosh.reading import IndexReader

from hub.index.analysis import QueryUnit, stem
from hub.index.documents import FIELD_WEIGHTS
from hub.index.store import IndexState

K1, B = 1.2, 0.75
CONCEPT_FACTOR = 0.85  # a synonym or alias match counts a little less than the word itself
CORRECTION_FACTOR = 0.7  # a corrected spelling counts less than what was typed
MAX_SIMILAR_TERMS = 25
# Next to a topic, a level or role unit (Thesaurus.facets) scores this share of its weight and counts
# as this much of a unit for coverage: 'differentiëren eerste graad' is about differentiating first.
FACET_FACTOR = 0.3
FACET_COVERAGE = 0.5

Scores = dict[int, float]


@dataclass(frozen=True)
class Found:
    """One scored document of the index."""

    doc_id: str
    kind: str
    slug: str
    title: str
    url: str
    score: float


class Scorer:
    """BM25F weights of terms in the documents of one index reader, cached per term."""

    def __init__(self, reader: IndexReader) -> None:
        self.reader = reader
        self.total = reader.doc_count_all()
        self.average = {name: (reader.field_length(name) / self.total) or 1.0 for name in FIELD_WEIGHTS}
        self.cache: dict[str, Scores] = {}
        self.norms: dict[str, dict[int, float]] = {name: {} for name in FIELD_WEIGHTS}

    @classmethod
    def of(cls, state: IndexState) -> Scorer:
        """The scorer of an index state, kept open while the content does not change."""
        scorer = state.memo.get("scorer")
        if not isinstance(scorer, Scorer):
            scorer = state.memo["scorer"] = cls(state.index.reader())
        return scorer

    def _norm(self, name: str, docnum: int) -> float:
        norms = self.norms[name]
        if docnum not in norms:
            length = self.reader.doc_field_length(docnum, name, 1) / self.average[name]
            norms[docnum] = K1 * (1 - B + B * length)
        return norms[docnum]

    def knows(self, term: str) -> bool:
        return any(self.reader.doc_frequency(name, term) for name in FIELD_WEIGHTS)

    def term(self, term: str) -> Scores:
        if term not in self.cache:
            self.cache[term] = self._score(term)
        return self.cache[term]

    def _score(self, term: str) -> Scores:
        reader = self.reader
        scores: Scores = defaultdict(float)
        deletions = reader.has_deletions()
        for name, weight in FIELD_WEIGHTS.items():
            frequency = reader.doc_frequency(name, term)
            if not frequency:
                continue
            idf = math.log(self.total / (frequency + 1)) + 1
            for docnum, tf in reader.postings(name, term).items_as("frequency"):
                if deletions and reader.is_deleted(docnum):
                    continue
                scores[docnum] += weight * idf * tf * (K1 + 1) / (tf + self._norm(name, docnum))
        return scores


def _unit_scores(scorer: Scorer, unit: QueryUnit, corrections: dict[str, list[str]]) -> Scores:
    """Documents with all the unit's words (or their corrections), plus its concepts, scored."""
    per_word: list[Scores] = []
    for position, word in enumerate(unit.words):
        if scorer.knows(word):
            per_word.append(scorer.term(word))
            continue
        form = unit.forms[position] if position < len(unit.forms) else word
        fixed: Scores = defaultdict(float)
        for fix in corrections.get(form, []):
            for docnum, score in scorer.term(fix).items():
                fixed[docnum] = max(fixed[docnum], score * CORRECTION_FACTOR)
        per_word.append(fixed)
    scores: Scores = defaultdict(float)
    if per_word and all(per_word):
        for docnum in set.intersection(*(set(found) for found in per_word)):
            scores[docnum] = sum(found[docnum] for found in per_word)
    for concept in sorted(unit.concepts):
        for docnum, score in scorer.term(concept).items():
            scores[docnum] += score * CONCEPT_FACTOR
    return scores


def _corrections(scorer: Scorer, units: list[QueryUnit]) -> dict[str, list[str]]:
    """For unknown words of 5+ letters (and no synonym), the stems of the nearest known spellings."""
    corrections: dict[str, list[str]] = {}
    for unit in units:
        for word, form in zip(unit.words, unit.forms, strict=False):
            if unit.concepts or len(form) < 5 or scorer.knows(word):
                continue
            distance = 2 if len(form) >= 8 else 1
            near = scorer.reader.terms_within("forms", form, distance, prefix=1)
            corrections[form] = sorted(fix for fix in {stem(f) for f in near} if scorer.knows(fix))
    return corrections


def _kind_filter(reader: IndexReader, kinds: tuple[str, ...] | None) -> set[int] | None:
    if not kinds:
        return None
    allowed: set[int] = set()
    for kind in kinds:
        if reader.doc_frequency("kind", kind):
            allowed.update(reader.postings("kind", kind).all_ids())
    return allowed


def _found(reader: IndexReader, ranked: list[tuple[int, float]]) -> list[Found]:
    found = []
    for docnum, score in ranked:
        stored = reader.stored_fields(docnum)
        found.append(
            Found(stored["id"], stored["kind"], stored["slug"], stored["name"], stored["url"], score)
        )
    return found


def _best(
    scores: Scores, allowed: set[int] | None, limit: int, reader: IndexReader
) -> list[tuple[int, float]]:
    candidates = [(d, s) for d, s in scores.items() if s > 0 and (allowed is None or d in allowed)]
    candidates.sort(key=lambda pair: -pair[1])
    # Ties break on the item id, so results do not depend on the order documents were indexed in.
    cutoff = candidates[limit - 1][1] if len(candidates) >= limit else 0.0
    tied = [(d, s) for d, s in candidates if s >= cutoff]
    tied.sort(key=lambda pair: (-pair[1], reader.stored_fields(pair[0])["id"]))
    return tied[:limit]


def run_units(state: IndexState, units: list[QueryUnit], kind: str | None, limit: int) -> list[Found]:
    """Sum the units' scores; documents matching more of the units rank higher."""
    scorer = Scorer.of(state)
    corrections = _corrections(scorer, units)
    per_unit = [
        (found, unit.is_facet(state.thesaurus))
        for found, unit in ((_unit_scores(scorer, unit, corrections), unit) for unit in units)
        if found
    ]
    if not per_unit:
        return []
    mixed = not all(facet for _, facet in per_unit)  # only levels/roles asked: they are the topic
    totals: Scores = defaultdict(float)
    matched: Scores = defaultdict(float)
    for found, facet in per_unit:
        factor, share = (FACET_FACTOR, FACET_COVERAGE) if facet and mixed else (1.0, 1.0)
        for docnum, score in found.items():
            totals[docnum] += score * factor
            matched[docnum] += share
    whole = sum(FACET_COVERAGE if facet and mixed else 1.0 for _, facet in per_unit)
    ranked = {docnum: score * (matched[docnum] / whole) ** 2 for docnum, score in totals.items()}
    allowed = _kind_filter(scorer.reader, (kind,) if kind else None)
    return _found(scorer.reader, _best(ranked, allowed, limit, scorer.reader))


def key_units(scorer: Scorer, state: IndexState, text: str) -> list[QueryUnit]:
    """The most telling terms of a free text, each as its own unit (stems and concepts by idf)."""
    terms = state.thesaurus.document_terms(text)
    scored: dict[str, float] = {}
    for term in set(terms):
        frequency = max(scorer.reader.doc_frequency(name, term) for name in FIELD_WEIGHTS)
        if frequency:
            scored[term] = math.log(1 + scorer.total / frequency) * (1 + math.log(terms.count(term)))
    best = sorted(scored, key=lambda term: (-scored[term], term))[:MAX_SIMILAR_TERMS]
    return [
        QueryUnit((), frozenset({term})) if term.startswith("~") else QueryUnit((term,), frozenset())
        for term in best
    ]


def run_similar(state: IndexState, text: str, kinds: tuple[str, ...], limit: int) -> list[Found]:
    """Documents sharing the most telling words of TEXT (no coverage factor: texts are long)."""
    scorer = Scorer.of(state)
    totals: Scores = defaultdict(float)
    for unit in key_units(scorer, state, text):
        for docnum, score in _unit_scores(scorer, unit, {}).items():
            totals[docnum] += score
    return _found(scorer.reader, _best(totals, _kind_filter(scorer.reader, kinds), limit, scorer.reader))
