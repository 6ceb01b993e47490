"""Personal data in disguise is still found: generated disguises of e-mail addresses, phone numbers,
national register numbers and IBANs, in plain text (a title, a form cell) and in a Markdown body."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hub.privacy import find_in_markdown, find_personal_data, scrub

# Characters and markup a reader never sees, inserted inside a word.
INVISIBLE = [
    "\u00ad",  # soft hyphen
    "\u200b",  # zero-width space
    "\u200c",
    "\u200d",
    "\u200e",  # left-to-right mark
    "\u202a",  # bidi embedding
    "\u2060",  # word joiner
    "\ufeff",
    "<span></span>",
    "<!-- -->",
    "<b></b>",
]
AT = [
    "@",
    "&#64;",
    "&#x40;",
    "&commat;",
    "＠",
    " @ ",
    "  @  ",
    "[at]",
    "(at)",
    " (at) ",
    "\\@",
    "<span>@</span>",
]
DOT = [".", "&#46;", "&period;", "\\.", "[dot]", "(dot)", "(punt)", " [punt] ", "．"]
EMAILS = [
    (["jan", "peeters"], ["school", "be"]),
    (["an"], ["sub", "scholen", "vlaanderen"]),
    (["zoe"], ["x", "com"]),
]
CONTEXTS = ["Mail {} voor meer info.", "{}", "Stuur je vraag naar {}, dan antwoorden we snel."]


def _insert(word: str, position: int, hidden: str) -> str:
    cut = 1 + position % max(len(word) - 1, 1)
    return word[:cut] + hidden + word[cut:]


def _found_kinds_plain(text: str) -> set[str]:
    return {f.kind for f in find_personal_data(text)}


def _found_kinds_markdown(text: str) -> set[str]:
    return {found.finding.kind for found in find_in_markdown(f"Een antwoord.\n\n{text}\n")}


@st.composite
def disguised_email(draw: st.DrawFn) -> str:
    local, domain = draw(st.sampled_from(EMAILS))
    at, dot = draw(st.sampled_from(AT)), draw(st.sampled_from(DOT))
    if draw(st.booleans()):  # capitals in the address, never in the markup around it
        local, domain = [w.upper() for w in local], [w.upper() for w in domain]
    local = [
        _insert(word, draw(st.integers(0, 9)), draw(st.sampled_from(INVISIBLE)))
        if draw(st.booleans())
        else word
        for word in local
    ]
    address = dot.join(local) + at + dot.join(domain)
    return draw(st.sampled_from(CONTEXTS)).format(address)


@settings(max_examples=300, deadline=None)
@given(disguised_email())
def test_disguised_email_is_found_in_plain_text_and_markdown(text: str) -> None:
    assert "e-mailadres" in _found_kinds_plain(text), text
    assert "e-mailadres" in _found_kinds_markdown(text), text


@pytest.mark.parametrize("at", AT)
@pytest.mark.parametrize("dot", DOT)
def test_every_at_and_dot_disguise(at: str, dot: str) -> None:
    address = f"jan{dot}peeters{at}school{dot}be"
    assert _found_kinds_plain(f"Mail {address} vandaag") == {"e-mailadres"}, address
    assert _found_kinds_markdown(f"Mail {address} vandaag") == {"e-mailadres"}, address


@pytest.mark.parametrize(
    "text",
    [
        "jan at school punt be",
        "jan punt peeters at school dot be",
        "jan apenstaartje school punt be",
        "jan.peeters<!--\n-->@school.be",
        "jan.peeters\n@school.be",
    ],
)
def test_spelled_out_and_split_addresses(text: str) -> None:
    assert "e-mailadres" in _found_kinds_markdown(f"Mail {text} vandaag"), text


PHONES = ["0471 12 34 56", "03 123 45 67", "+32 471 12 34 56", "0032 9 234 56 78", "02 123 45 67"]
SEPARATORS = [" ", "  ", "   ", ".", "/", "-", " - ", " / ", "\u00a0", "&nbsp;", "\t"]
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@st.composite
def disguised_phone(draw: st.DrawFn) -> str:
    groups = draw(st.sampled_from(PHONES)).split(" ")
    for index in range(len(groups)):
        if draw(st.integers(0, 3)) == 0:
            groups[index] = _insert(groups[index], draw(st.integers(0, 9)), draw(st.sampled_from(INVISIBLE)))
    number = groups[0]
    for group in groups[1:]:
        number += draw(st.sampled_from(SEPARATORS)) + group
    if draw(st.booleans()):
        number = number.translate(FULL_WIDTH)
    if draw(st.booleans()):
        number = number.replace("4", "&#52;", 1)
    return f"Bel me op {number} na vier uur."


@settings(max_examples=300, deadline=None)
@given(disguised_phone())
def test_disguised_phone_is_found(text: str) -> None:
    assert _found_kinds_plain(text) == {"telefoonnummer"}, text
    assert _found_kinds_markdown(text) == {"telefoonnummer"}, text


def _national(born: str, sequence: str, after_2000: bool) -> str:
    base = born + sequence
    check = 97 - int(("2" if after_2000 else "") + base) % 97
    return f"{base}{check:02d}"


NATIONALS = [
    "85073003328",
    _national("050314", "123", after_2000=True),
    _national("121231", "998", after_2000=True),
    _national("690101", "001", after_2000=False),
]
NATIONAL_SEPARATORS = ["", ".", "-", " ", "  ", "/", " - ", "\u200b", "\u00ad", "<span></span>"]


@st.composite
def disguised_national_number(draw: st.DrawFn) -> str:
    digits = draw(st.sampled_from(NATIONALS))
    groups = [digits[0:2], digits[2:4], digits[4:6], digits[6:9], digits[9:11]]
    number = groups[0]
    for group in groups[1:]:
        number += draw(st.sampled_from(NATIONAL_SEPARATORS)) + group
    return f"Zijn rijksregisternummer is {number}."


@settings(max_examples=200, deadline=None)
@given(disguised_national_number())
def test_disguised_national_number_is_found(text: str) -> None:
    assert _found_kinds_plain(text) == {"rijksregisternummer"}, text
    assert _found_kinds_markdown(text) == {"rijksregisternummer"}, text


def test_national_number_checks_both_centuries() -> None:
    assert _found_kinds_plain(f"nummer {NATIONALS[1]}") == {"rijksregisternummer"}
    wrong = NATIONALS[1][:-2] + f"{(int(NATIONALS[1][-2:]) + 1) % 97:02d}"
    assert _found_kinds_plain(f"nummer {wrong}") == set()


IBANS = ["BE68539007547034", "NL91ABNA0417164300", "DE89370400440532013000", "FR1420041010050500013M02606"]


@st.composite
def disguised_iban(draw: st.DrawFn) -> str:
    iban = draw(st.sampled_from(IBANS))
    if draw(st.booleans()):
        iban = iban.lower()
    groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
    separator = draw(st.sampled_from([" ", "", "-", "  ", "\u200b", "\u00ad"]))
    return f"Stort het bedrag op {separator.join(groups)} voor vrijdag."


@settings(max_examples=200, deadline=None)
@given(disguised_iban())
def test_disguised_iban_is_found(text: str) -> None:
    assert _found_kinds_plain(text) == {"IBAN"}, text
    assert _found_kinds_markdown(text) == {"IBAN"}, text


def test_iban_with_a_wrong_check_is_not_an_iban() -> None:
    assert _found_kinds_plain("code BE68539007547035 in het formulier") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Mail jan&#46;peeters&#64;school&#46;be of bel 0471&nbsp;&nbsp;12 34 56.",
        "Mail jan\\.peeters@school\\.be of bel 0471  12  34  56.",
        "Mail jan.pee\u00adters@sch\u200bool.be, rijksregister 85-07-30-033-28, IBAN BE68 5390 0754 7034.",
    ],
)
def test_scrub_replaces_the_whole_source_span(text: str) -> None:
    scrubbed, findings = scrub(text)
    assert findings and find_personal_data(scrubbed) == [], scrubbed
    assert "peeters" not in scrubbed and "0471" not in scrubbed and "&#" not in scrubbed
    assert scrubbed.startswith("Mail [e-mailadres verwijderd]")
