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

from hub.index.analysis import QueryUnit, Thesaurus
from hub.index.documents import FIELD_WEIGHTS
from hub.index.planning import QueryPlan, plan_query
from hub.index.store import IndexState

K1, B = 1.2, 0.75
CONCEPT_FACTOR = 0.85  # a synonym or alias match counts a little less than the word itself
COMPOUND_FACTOR = 0.7  # the parts of a compound, or a compound of the words, count less than the words
CUT = 0.1  # results below this share of the best score are left out: they only pad the list
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


def _unit_scores(scorer: Scorer, unit: QueryUnit) -> Scores:
    """Documents with all the unit's words, plus its concepts, scored."""
    per_word = [scorer.term(word) for word in unit.words]
    scores: Scores = defaultdict(float)
    if per_word and all(per_word):
        for docnum in set.intersection(*(set(found) for found in per_word)):
            scores[docnum] = sum(found[docnum] for found in per_word)
    for concept in sorted(unit.concepts):
        for docnum, score in scorer.term(concept).items():
            scores[docnum] += score * CONCEPT_FACTOR
    return scores


def _keep_best(scores: Scores, other: dict[int, float]) -> None:
    for docnum, score in other.items():
        if score > scores.get(docnum, 0.0):
            scores[docnum] = score


def _part_scores(scorer: Scorer, part: str, thesaurus: Thesaurus) -> Scores:
    """A compound's part: its stem, or a synonym of it ('kleuter' in 'kleuterdifferentiatie' is also
    'kleuterklas'), whichever scores more."""
    scores: Scores = defaultdict(float, scorer.term(part))
    for concept in sorted(thesaurus.concepts.get((part,), ())):
        _keep_best(scores, {d: score * CONCEPT_FACTOR for d, score in scorer.term(concept).items()})
    return scores


def plan_scores(scorer: Scorer, plan: QueryPlan, thesaurus: Thesaurus) -> list[Scores]:
    """Per unit of the plan its documents, a compound's parts and a compound of its words included
    (COMPOUND_FACTOR of their weight, where that is more than the unit's own)."""
    found: list[Scores] = []
    for number, unit in enumerate(plan.units):
        scores = _unit_scores(scorer, unit)
        parts = plan.splits.get(number)
        if parts:
            head, tail = (_part_scores(scorer, part, thesaurus) for part in parts)
            # The parts stand for one word: their mean counts, as a match of the word would.
            both = head.keys() & tail.keys()
            _keep_best(scores, {d: (head[d] + tail[d]) / 2 * COMPOUND_FACTOR for d in both})
        for whole, whole_parts in sorted(plan.joins.items()):
            if len(unit.words) == 1 and unit.words[0] in whole_parts:
                _keep_best(scores, {d: score * COMPOUND_FACTOR for d, score in scorer.term(whole).items()})
        found.append(scores)
    return found


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


def rank(per_unit: list[tuple[Scores, bool]]) -> Scores:
    """Sum the units' scores; documents matching more of the units rank higher (score x coverage²);
    a level or role unit next to a topic weighs less. Documents far below the best are dropped."""
    per_unit = [(found, facet) for found, facet in per_unit if found]
    if not per_unit:
        return {}
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
    best = max(ranked.values(), default=0.0)
    return {docnum: score for docnum, score in ranked.items() if score > 0 and score >= best * CUT}


def run_plan(state: IndexState, plan: QueryPlan, kind: str | None, limit: int) -> list[Found]:
    """The best documents for a query plan, of one kind or any."""
    scorer = Scorer.of(state)
    facets = [unit.is_facet(state.thesaurus) for unit in plan.units]
    ranked = rank(list(zip(plan_scores(scorer, plan, state.thesaurus), facets, strict=True)))
    allowed = _kind_filter(scorer.reader, (kind,) if kind else None)
    return _found(scorer.reader, _best(ranked, allowed, limit, scorer.reader))


def plan_of(state: IndexState, text: str) -> QueryPlan:
    """The plan of a query over this index (planning.py)."""
    scorer = Scorer.of(state)
    return plan_query(text, state.thesaurus, state.vocabulary, scorer.knows, state.absent)


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
        for docnum, score in _unit_scores(scorer, unit).items():
            totals[docnum] += score
    return _found(scorer.reader, _best(totals, _kind_filter(scorer.reader, kinds), limit, scorer.reader))
