"""A search that forgives and is honest: one typo, Dutch compounds, themes with nothing published yet,
and no padding with weak matches; in `hub search` (this file) and the site index it ships."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from hub.cli import hub
from hub.index import search_outcome, store
from hub.index.compounds import compound_head, split_compound
from hub.index.spelling import one_edit_apart, spelling_keys
from hub.index.vocabulary import Vocabulary
from hub.load.loader import load_content
from tests.world import World


def outcome(world: World, query: str, **options: object):  # type: ignore[no-untyped-def]
    catalog, _ = load_content(world.content)
    return search_outcome(catalog, world.content, query, **options)


def slugs(world: World, query: str) -> list[str]:
    return [hit.slug for hit in outcome(world, query).hits]


# -- one edit ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("zelfregulatei", "zelfregulatie"),  # transposition
        ("leesbegirp", "leesbegrip"),  # transposition
        ("differntiatie", "differentiatie"),  # deletion
        ("nieuwkommers", "nieuwkomers"),  # insertion
        ("wiskunda", "wiskunde"),  # substitution
        ("lwiskunde", "wiskunde"),  # insertion before the first letter
        ("iskunde", "wiskunde"),  # the first letter missing
    ],
)
def test_one_insertion_deletion_substitution_or_transposition_is_one_edit(typed: str, word: str) -> None:
    assert one_edit_apart(typed, word) and one_edit_apart(word, typed)


@pytest.mark.parametrize(
    ("a", "b"), [("lezen", "lezen"), ("lezen", "zelen"), ("lezen", "lezers"), ("beleid", "bleied")]
)
def test_two_edits_or_none_are_not_one(a: str, b: str) -> None:
    assert not one_edit_apart(a, b)


words_of_letters = st.text(alphabet="abcdeilnorstz", min_size=5, max_size=14)


@given(
    words_of_letters,
    st.integers(min_value=0, max_value=20),
    st.sampled_from("abcdez"),
    st.sampled_from(["insert", "delete", "substitute", "transpose"]),
)
def test_a_word_and_its_typo_always_share_a_bucket_key(word: str, at: int, letter: str, edit: str) -> None:
    """The site finds every correction in the vocabulary buckets the typed word points to."""
    at %= len(word)
    typo = {
        "insert": word[:at] + letter + word[at:],
        "delete": word[:at] + word[at + 1 :],
        "substitute": word[:at] + letter + word[at + 1 :],
        "transpose": word[:at] + word[at + 1 : at + 2] + word[at : at + 1] + word[at + 2 :],
    }[edit]
    if one_edit_apart(word, typo):
        assert spelling_keys(word) & spelling_keys(typo)


def test_the_most_frequent_word_one_edit_away_is_the_correction() -> None:
    vocabulary = Vocabulary.of([["lessen lezen"], ["lezen leden"], ["lezen"], ["leden"]])
    assert vocabulary.corrections("lesen") == ["lezen", "leden", "lessen"]
    assert vocabulary.corrections("leze") == []  # four letters: too short to guess


def test_a_correction_keeps_the_accents_the_texts_write() -> None:
    vocabulary = Vocabulary.of([["Differentiëren in de klas"], ["differentiëren, differentieren"]])
    assert vocabulary.shown(vocabulary.corrections("differentieern")[0]) == "differentiëren"


# -- compounds --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "head"),
    [
        ("lezen", "lees"),
        ("leren", "leer"),
        ("geven", "geef"),
        ("stemmen", "stem"),
        ("scholen", "school"),
        ("leerlingen", "leerling"),
        ("werken", "werk"),
        ("schrijven", "schrijf"),
        ("beleid", None),
    ],
)
def test_a_word_ending_in_en_starts_a_compound_in_its_short_form(word: str, head: str | None) -> None:
    assert compound_head(word) == head


def test_compounds_split_against_the_vocabulary_with_their_linking_letters() -> None:
    vocabulary = Vocabulary.of(
        [["leerlingen en hun begeleiding"], ["beleid en een plan"], ["graag lezen"], ["taal"], ["beleid"]]
    )
    assert vocabulary.split("leerlingenbegeleiding") == ("leerling", "begeleid")  # -en-
    assert vocabulary.split("beleidsplan") == ("beleid", "plan")  # -s-
    assert vocabulary.split("leesbeleid") == (vocabulary.words["lezen"][1], "beleid")  # lees = lezen
    assert vocabulary.split("taalbeleid") == (vocabulary.words["taal"][1], "beleid")
    assert vocabulary.split("begeleiding") is None  # 'bege' is no word
    assert vocabulary.split("voorbeleid") is None  # a stop word is no part


def test_of_two_splits_the_one_with_the_more_frequent_parts_wins() -> None:
    heads = {"kerst": ("kerst", 1), "kers": ("kers", 5)}
    assert split_compound("kerstboom", heads, {"boom": ("bom", 9), "tboom": ("tbom", 1)}) == ("kerst", "bom")
    assert split_compound("kerstboom", heads, {"boom": ("bom", 1), "tboom": ("tbom", 9)}) == ("kers", "tbom")


@pytest.fixture
def compounds(world: World) -> World:
    world.material(
        "leesbeleid", title="Leesbeleid op school", description="Een fiche om met het team een plan te maken."
    )
    world.material(
        "beleid-rond-lezen",
        title="Een beleid rond lezen in de basisschool",
        description="Afspraken over wat en hoe de leerlingen lezen, over de klassen heen.",
    )
    world.material(
        "begeleiding-van-leerlingen",
        title="De begeleiding van leerlingen met leesproblemen",
        description="Hoe het team leerlingen opvolgt die moeilijk lezen.",
    )
    world.material(
        "leerlingenbegeleiding",
        title="Leerlingenbegeleiding in vier domeinen",
        description="Het zorgcontinuüm in vier fasen, van brede basiszorg tot een aangepast curriculum.",
    )
    return world


def test_a_compound_finds_its_parts_and_the_parts_find_the_compound(compounds: World) -> None:
    assert slugs(compounds, "leesbeleid")[:2] == ["leesbeleid", "beleid-rond-lezen"]
    assert set(slugs(compounds, "beleid rond lezen")[:2]) == {"beleid-rond-lezen", "leesbeleid"}
    assert set(slugs(compounds, "leerlingenbegeleiding")[:2]) == {
        "leerlingenbegeleiding",
        "begeleiding-van-leerlingen",
    }
    assert set(slugs(compounds, "begeleiding van leerlingen")[:2]) == {
        "begeleiding-van-leerlingen",
        "leerlingenbegeleiding",
    }


def test_a_compound_nobody_wrote_is_no_typo(compounds: World) -> None:
    found = outcome(compounds, "leerlingenbeleid")  # leerlingen + beleid: in no text as one word
    assert found.suggestion is None
    assert found.hits and found.hits[0].slug in {"beleid-rond-lezen", "leesbeleid"}


# -- typos in hub search ----------------------------------------------------------------------------


def test_one_typo_still_finds_the_word_and_suggests_it(compounds: World) -> None:
    found = outcome(compounds, "leesbelied")
    assert found.suggestion == "leesbeleid"
    assert found.hits[0].slug == "leesbeleid"
    found = outcome(compounds, "Leerlingenbegeliding in Vier Domeinen")
    assert found.suggestion == "Leerlingenbegeleiding in Vier Domeinen"  # only the typo changes
    assert found.hits[0].slug == "leerlingenbegeleiding"


def test_words_below_five_letters_and_known_words_are_never_corrected(compounds: World) -> None:
    assert outcome(compounds, "laes").suggestion is None  # 'lees' is one edit away, but too short
    assert outcome(compounds, "lezen").suggestion is None


# -- nothing published: say so ------------------------------------------------------------------------


@pytest.fixture
def bare_theme(world: World) -> World:
    """The world's theme 'Taal' has no items; a body mentions 'taal' in passing."""
    world.material("woordenschat", title="Woordenschat bij kleuters", themes="[differentiatie]")
    world.material(
        "hoeken",
        title="Hoekenwerk",
        description="Hoeken voor kleuters, met aandacht voor hun taal en hun spel.",
    )
    return world


def test_a_theme_without_items_is_named_plainly_instead_of_weak_matches(bare_theme: World) -> None:
    found = outcome(bare_theme, "taal")
    assert [entry.message for entry in found.absent] == ["Er is nog geen materiaal over Taal."]
    assert found.hits == []  # not the body that mentions 'taal' in passing
    assert [n.label for n in found.absent[0].nearby] == ["Gepersonaliseerd samen leren"]


def test_the_rest_of_the_query_is_still_searched(bare_theme: World) -> None:
    found = outcome(bare_theme, "taal woordenschat")
    assert found.absent and [hit.slug for hit in found.hits][:1] == ["woordenschat"]


def test_a_theme_is_not_absent_once_an_item_has_it(bare_theme: World) -> None:
    bare_theme.question("taal-vraag", title="Hoe werk ik aan taal?", themes="[taal]")
    assert outcome(bare_theme, "taal").absent == []


def test_a_theme_named_in_a_title_is_not_absent(bare_theme: World) -> None:
    bare_theme.material("taal-titel", title="Taal in de kleuterklas")
    found = outcome(bare_theme, "taal")
    assert found.absent == [] and "taal-titel" in [hit.slug for hit in found.hits]


def test_results_far_below_the_best_are_left_out(world: World) -> None:
    world.material(
        "sterk",
        title="Hoekenwerk bij kleuters",
        description="Hoekenwerk stap voor stap, met hoekenwerk in elke klas.",
    )
    world.material(
        "zwak",
        title="Observeren",
        description="Een fiche over observeren, en een lange tekst " + "over spelen " * 30 + "en hoekenwerk.",
    )
    assert slugs(world, "hoekenwerk") == ["sterk"]


# -- on the command line ----------------------------------------------------------------------------


def test_hub_search_says_what_it_corrected_and_what_is_missing(bare_theme: World) -> None:
    runner = CliRunner()
    typo = runner.invoke(hub, ["search", "woordenschta", "--content", str(bare_theme.content)])
    assert typo.exit_code == 0 and "woordenschat" in typo.stdout
    assert "Bedoelde je: woordenschat?" in typo.stderr
    missing = runner.invoke(hub, ["search", "taal", "--json", "--content", str(bare_theme.content)])
    assert missing.exit_code == 1 and missing.stdout == "[]\n"
    assert "Er is nog geen materiaal over Taal. Kijk ook bij: Gepersonaliseerd samen leren." in missing.stderr


def test_the_vocabulary_is_kept_with_the_cached_index(compounds: World, tmp_path: Path) -> None:
    catalog, _ = load_content(compounds.content)
    first = search_outcome(catalog, compounds.content, "leesbelied", cache_root=tmp_path)
    store._opened.clear()  # as a new `hub search` process: the vocabulary comes from the cache folder
    again = search_outcome(None, compounds.content, "leesbelied", cache_root=tmp_path)
    assert first.suggestion == again.suggestion == "leesbeleid"


def test_the_vocabulary_follows_edits(compounds: World) -> None:
    assert outcome(compounds, "woordenshcat").suggestion is None  # no text has the word yet
    compounds.material("woordenschat", title="Woordenschat uitbreiden")
    assert outcome(compounds, "woordenshcat").suggestion == "woordenschat"
    compounds.material("woordenschat", title="Woordenschat uitbreiden", status="draft")
    assert outcome(compounds, "woordenshcat").suggestion is None  # drafts lend no words
