"""`hub prune` finds duplicates by their text: a body that largely stands in another item's body,
whatever the titles say; shared themes or boilerplate sentences are no duplicate."""

from __future__ import annotations

import re

import pytest

from hub.index.analysis import words
from hub.index.containment import Overlap, folded_words, overlapping, shingles, text_duplicates
from hub.load.loader import load_content
from hub.reports.findings import Finding
from hub.reports.prune import prune
from tests.conftest import TODAY, context_of
from tests.world import World, material_text, question_text

FEEDBACK = (
    "Goede feedback vertrekt altijd van een duidelijk leerdoel dat de leerlingen vooraf kennen. "
    "Geef de feedback tijdens het leren en niet pas na de toets, zodat leerlingen er nog iets mee "
    "kunnen doen. Beschrijf wat al goed gaat, wat de volgende stap is en hoe de leerling die stap "
    "kan zetten. Houd het kort: twee of drie punten per keer zijn genoeg om mee verder te werken."
)
FEEDBACK_START = " ".join(FEEDBACK.split(". ")[:2]) + "."  # its first two sentences, 33 words
EXTRA = (
    "Plan in elke les een kort moment waarop leerlingen de feedback lezen en er zelf een afspraak mee maken."
)
MORE = (
    "Bespreek in de vakgroep welke taal je gebruikt, zodat leerlingen over de vakken heen dezelfde "
    "woorden horen. Verzamel voorbeelden van sterke feedback en leg ze samen in een gedeelde map. "
    "Kijk na een periode samen terug: welke feedback hielp leerlingen echt vooruit, en welke niet?"
)
OTHERS = [
    "Een leesbeleid begint bij een gedeelde visie op lezen. Het team kiest samen boeken, plant "
    "vaste leesmomenten en volgt de leesmotivatie van de leerlingen op met korte bevragingen.",
    "Kleuters leren tellen in spel. Tel samen de stappen naar de speelplaats, de blokken in de "
    "bouwhoek en de kinderen in de kring, en laat de kleuters zelf hun tellingen voorspellen.",
    "Een zorgbeleid beschrijft de fasen van het zorgcontinuüm. Het legt vast wie in elke fase wat "
    "doet, hoe ouders betrokken worden en wanneer het team externe hulp inschakelt.",
]
BOILERPLATE = (
    "Heb je vragen over dit materiaal? Neem dan contact op met je pedagogisch begeleider of stel "
    "je vraag via de helpdesk."
)


def material(title: str, body: str, **keys: object) -> str:
    return material_text(title, **keys).replace("Begin bij het doel van de les.\n", body + "\n")


def duplicates_of(world: World) -> list[Finding]:
    catalog, _ = load_content(world.content)
    return [f for f in prune(catalog, world.content, TODAY) if f.finding == "duplicate"]


def share_in(finding: Finding) -> int:
    found = re.search(r": (\d+)% van deze tekst staat daar ook$", finding.detail)
    assert found, finding.detail
    return int(found.group(1))


def test_same_text_under_another_title_is_a_duplicate(world: World) -> None:
    world.material("feedback-geven", material("Feedback geven", FEEDBACK, reviewed="2025-02-01"))
    world.material("leerlingen-verder", material("Leerlingen verder helpen", FEEDBACK, reviewed="2026-02-01"))
    [found] = duplicates_of(world)
    assert (found.slug, found.about) == ("feedback-geven", "leerlingen-verder")  # reviewed longest ago
    assert found.detail == (
        "grotendeels dezelfde tekst als 'leerlingen-verder' (Leerlingen verder helpen): "
        "100% van deze tekst staat daar ook"
    )


def test_an_excerpt_of_another_body_is_flagged_on_the_excerpt(world: World) -> None:
    # Same title, different body: the short one stands entirely in the long one, not the other way.
    world.material(
        "volledig", material("Feedback", f"{FEEDBACK}\n\n{EXTRA}\n\n{MORE}", reviewed="2025-01-01")
    )
    world.material("uittreksel", material("Feedback", FEEDBACK_START, reviewed="2026-05-01"))
    [found] = duplicates_of(world)
    assert (found.slug, found.about) == ("uittreksel", "volledig")
    assert share_in(found) == 100


def test_an_old_longer_version_that_repeats_the_new_text_is_flagged_on_the_old_one(world: World) -> None:
    world.material(
        "feedback-2022",
        material("Feedback in de klas (2022)", f"{FEEDBACK}\n\n{EXTRA}", reviewed="2024-09-01"),
    )
    world.material("feedback-geven", material("Zo geef je feedback", FEEDBACK, reviewed="2026-06-01"))
    found = duplicates_of(world)
    assert len(found) == 1  # one finding per pair, though the likeness of the words may agree
    assert (found[0].slug, found[0].about) == ("feedback-2022", "feedback-geven")
    assert "grotendeels dezelfde tekst als 'feedback-geven' (Zo geef je feedback)" in found[0].detail
    assert 60 <= share_in(found[0]) < 100


def test_a_body_that_shares_only_a_sentence_is_no_duplicate(world: World) -> None:
    world.material("feedback", material("Feedback geven", FEEDBACK))
    first_sentence = FEEDBACK.split(". ")[0] + "."
    world.material("leesbeleid", material("Een leesbeleid", f"{first_sentence} {OTHERS[0]}"))
    catalog, _ = load_content(world.content)
    assert text_duplicates(catalog) == []


def test_a_shared_theme_and_boilerplate_sentences_make_no_duplicate(world: World) -> None:
    titles = ["Een leesbeleid opzetten", "Tellen met kleuters", "Het zorgbeleid"]
    for index, (title, body) in enumerate(zip(titles, OTHERS, strict=True)):
        world.material(
            f"item-{index}", material(title, f"{body}\n\n{BOILERPLATE}", themes="[differentiatie]")
        )
    catalog, _ = load_content(world.content)
    assert text_duplicates(catalog) == []
    assert [f for f in duplicates_of(world) if "dezelfde tekst" in f.detail] == []


def test_drafts_are_never_compared(world: World) -> None:
    world.material("feedback", material("Feedback geven", FEEDBACK))
    world.material("kopie", material("Feedback geven, kopie", FEEDBACK, status="draft"))
    world.question("vraag", question_text(status="draft").replace("Werk met hoeken", FEEDBACK + " Werk"))
    catalog, _ = load_content(world.content)
    assert text_duplicates(catalog) == []
    assert duplicates_of(world) == []


def test_only_items_of_one_kind_are_compared(world: World) -> None:
    world.material("feedback", material("Feedback geven", FEEDBACK))
    world.question("vraag", question_text().replace("Werk met hoeken en kies per hoek een doel.", FEEDBACK))
    catalog, _ = load_content(world.content)
    assert text_duplicates(catalog) == []


def test_the_build_context_hands_its_text_duplicates_to_the_report(world: World) -> None:
    world.material("oud", material("Oude fiche", f"{FEEDBACK}\n\n{EXTRA}", reviewed="2024-09-01"))
    world.material("nieuw", material("Nieuwe fiche", FEEDBACK, reviewed="2026-06-01"))
    catalog, _ = load_content(world.content)
    context = context_of(catalog, world.content)
    [overlap] = context.text_duplicates
    assert overlap == Overlap("material", "nieuw", "oud", 1.0, overlap.other_share)
    assert [(f.slug, f.about) for f in context.prune_findings if f.finding == "duplicate"] == [
        ("oud", "nieuw")
    ]


# -- the measure itself ------------------------------------------------------------------------


def test_containment_is_the_share_of_a_text_that_stands_in_the_other() -> None:
    long_text = f"{FEEDBACK} {EXTRA} {MORE}"
    [(key, other, share, other_share)] = overlapping({"kort": FEEDBACK, "lang": long_text})
    assert (key, other, share) == ("kort", "lang", 1.0)
    expected = len(shingles(FEEDBACK) & shingles(long_text)) / len(shingles(long_text))
    assert other_share == pytest.approx(expected, abs=0.001)
    assert other_share < 0.6


def test_short_texts_are_no_evidence() -> None:
    assert overlapping({"a": "Begin bij het doel van de les.", "b": "Begin bij het doel van de les."}) == []


def test_a_shingle_in_many_texts_proposes_no_pair() -> None:
    # Three texts that are all boilerplate: with a cap of two texts per shingle none is compared.
    texts = {name: BOILERPLATE * 3 for name in ("a", "b", "c")}
    assert len(overlapping(texts)) == 3
    assert overlapping(texts, common=2) == []


@pytest.mark.parametrize(
    "text",
    [
        "Zorgcoördinator en leerlingenbegeleiding",
        "Naïef café à la carte",
        "leerling’s «citaat» straße ﬁ",
        "e\u0301e\u0308n",
    ],
)
def test_the_words_are_the_hubs_folded_words(text: str) -> None:
    assert folded_words(text) == words(text)
