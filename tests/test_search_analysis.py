"""The Dutch analysis: folding, stop words, the stemmer choice and synonym phrases."""

from __future__ import annotations

import unicodedata

import snowballstemmer
from hypothesis import given
from hypothesis import strategies as st

from hub.index.analysis import STEMMER_NAME, Thesaurus, fold, stem, stems, words


def test_folding_drops_case_and_accents() -> None:
    assert fold("Zorgcoördinator") == "zorgcoordinator"
    assert words("Differentiëren in de B-stroom!") == ["differentieren", "in", "de", "b", "stroom"]


def test_stemmer_keeps_begeleiding_and_begeleiden_apart_from_beleid() -> None:
    assert stem("begeleiding") == stem("begeleiden")
    assert stem("beleid") != stem("begeleiding")
    assert stem("beleidsplan") != stem("begeleiding")


def test_the_newer_snowball_dutch_stemmer_would_conflate_them() -> None:
    # Why STEMMER_NAME is not 'dutch': the 2023 algorithm maps begeleiding to 'beleid'.
    newer = snowballstemmer.stemmer("dutch")
    assert newer.stemWord("begeleiding") == newer.stemWord("beleid")
    assert STEMMER_NAME == "dutch_porter"


def test_plural_and_verb_forms_share_a_stem() -> None:
    assert stem("kleuters") == stem("kleuter")
    assert stem("leraren") == stem("leraar")
    assert stem("differentieer") == stem("differentieren")
    assert stem("lessen") == stem("les")
    assert stem("scholen") == stem("school")


def test_stop_words_are_dropped() -> None:
    assert stems("hoe werk ik met de kleuters") == [stem("werk"), stem("kleuters")]


def test_longest_phrase_wins_in_queries_and_documents() -> None:
    thesaurus = Thesaurus.from_groups(
        [["gepersonaliseerd samen leren", "GSL"], ["samen leren", "groepswerk"]]
    )
    units = thesaurus.query_units("gepersonaliseerd samen leren")
    assert len(units) == 1
    assert units[0].concepts == thesaurus.query_units("GSL")[0].concepts
    # The words still count, but the text does not stand for the narrower 'samen leren' concept.
    terms = thesaurus.document_terms("Gepersonaliseerd samen leren in je school")
    assert stem("samen") in terms
    assert not set(thesaurus.query_units("groepswerk")[0].concepts) & set(terms)


def test_abbreviations_map_to_the_concept_of_their_group() -> None:
    thesaurus = Thesaurus.from_groups([["zorgcoördinator", "zoco"], ["basisonderwijs", "BaO"]])
    assert thesaurus.query_units("zoco")[0].concepts <= set(thesaurus.document_terms("De zorgcoördinatoren"))
    assert thesaurus.query_units("bao")[0].concepts <= set(thesaurus.document_terms("basisonderwijs"))


@given(st.text(max_size=40))
def test_fold_lowercases_and_drops_every_combining_mark(text: str) -> None:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    assert fold(text) == "".join(ch for ch in decomposed if not unicodedata.combining(ch))
