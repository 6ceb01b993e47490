"""Licences: the free text of a material's `license` recognised as a known licence, with its deed.

Recognised: the Creative Commons family (BY, BY-SA, BY-NC, BY-ND, BY-NC-SA, BY-NC-ND; 4.0, and the
older generic 2.0, 2.5 and 3.0), CC0 1.0 and "Alle rechten voorbehouden", however an editor writes
them: "CC BY-SA 4.0", "CC-BY-SA-4.0", "cc by sa 4.0", "Creative Commons Naamsvermelding-GelijkDelen
4.0 Internationaal", "CC Attribution-ShareAlike 4.0". Anything else stays text as written (and
`hub check` names the closest known licence).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Licence elements in their canonical order, with the words (Dutch and English) that name them.
ELEMENTS: dict[str, tuple[str, ...]] = {
    "by": ("by", "naamsvermelding", "attribution"),
    "nc": ("nc", "nietcommercieel", "noncommercial"),
    "nd": ("nd", "geenafgeleidewerken", "noderivatives", "noderivs", "noderivativeworks"),
    "sa": ("sa", "gelijkdelen", "sharealike"),
}
WORD_ELEMENT = {word: element for element, words in ELEMENTS.items() for word in words}
# The six Creative Commons licences, as element sets in canonical order.
CC_FAMILY = ("by", "by-sa", "by-nc", "by-nd", "by-nc-sa", "by-nc-nd")
CC_VERSIONS = ("4.0", "3.0", "2.5", "2.0")
CC_DUTCH = {
    "by": "Naamsvermelding",
    "by-sa": "Naamsvermelding-GelijkDelen",
    "by-nc": "Naamsvermelding-NietCommercieel",
    "by-nd": "Naamsvermelding-GeenAfgeleideWerken",
    "by-nc-sa": "Naamsvermelding-NietCommercieel-GelijkDelen",
    "by-nc-nd": "Naamsvermelding-NietCommercieel-GeenAfgeleideWerken",
}
# Words that say nothing about which licence it is ("Creative Commons ... 4.0 Internationaal").
FILLER = {
    "licentie",
    "license",
    "licence",
    "internationaal",
    "international",
    "internationale",
    "unported",
    "universal",
    "universeel",
}
ALL_RIGHTS = {"alle rechten voorbehouden", "all rights reserved", "copyright", "c"}
ZERO = {"cc0", "cc0 1.0"}


@dataclass(frozen=True)
class License:
    """A recognised licence: a stable id (the `licentie` filter value), its short label, a Dutch
    name and the deed's URL (None for "Alle rechten voorbehouden")."""

    id: str  # "cc-by-sa-4.0"
    label: str  # "CC BY-SA 4.0"
    name: str  # "Creative Commons Naamsvermelding-GelijkDelen 4.0"
    url: str | None


def _cc(elements: str, version: str) -> License:
    return License(
        id=f"cc-{elements}-{version}",
        label=f"CC {elements.upper()} {version}",
        name=f"Creative Commons {CC_DUTCH[elements]} {version}",
        url=f"https://creativecommons.org/licenses/{elements}/{version}/",
    )


CC0 = License(
    "cc0-1.0",
    "CC0 1.0",
    "Creative Commons Zero: publiek domein",
    "https://creativecommons.org/publicdomain/zero/1.0/",
)
ALL_RIGHTS_RESERVED = License(
    "alle-rechten-voorbehouden", "Alle rechten voorbehouden", "Alle rechten voorbehouden", None
)
KNOWN: tuple[License, ...] = (
    *(_cc(elements, version) for version in CC_VERSIONS for elements in CC_FAMILY),
    CC0,
    ALL_RIGHTS_RESERVED,
)
BY_ID: dict[str, License] = {known.id: known for known in KNOWN}
# The order a filter panel lists licences in: most open first, then the older versions.
ORDER: dict[str, int] = {
    known.id: index for index, known in enumerate([CC0, *KNOWN[:-2], ALL_RIGHTS_RESERVED])
}


DEED_URL = re.compile(
    r"creativecommons\.org/(?:licenses/(?P<elements>[a-z-]+)/(?P<version>\d\.\d)|publicdomain/(?P<zero>zero)/1\.0)",
    re.IGNORECASE,
)
# Element names an editor may split in two or three words ("Gelijk Delen", "No Derivatives").
LONGEST_NAME = 3


def _words(text: str) -> list[str]:
    """Lower-case ASCII words, with "Creative Commons" as "cc", "CC0"/"CC-0" as "cc0" and element
    names written in parts joined ("gelijk delen" -> "gelijkdelen")."""
    folded = text.replace("©", " c ")
    folded = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode().lower()
    folded = folded.replace("(c)", " c ")
    folded = re.sub(r"creative\s*commons", " cc ", folded)
    folded = re.sub(r"\bcc[\s_-]*(0|zero)\b", " cc0 ", folded)
    folded = re.sub(r"(\d)[.,](\d)", r"\1.\2", folded)
    parts = [word.strip(".") for word in re.split(r"[^a-z0-9.]+", folded)]
    parts = [word for word in parts if word]
    words: list[str] = []
    index = 0
    while index < len(parts):
        for size in range(LONGEST_NAME, 1, -1):
            joined = "".join(parts[index : index + size])
            if index + size <= len(parts) and joined in WORD_ELEMENT:
                words.append(joined)
                index += size
                break
        else:
            words.append(parts[index])
            index += 1
    return words


def _version(words: list[str]) -> tuple[str | None, list[str]]:
    """The version number among WORDS ('4', '4.0', 'v4.0') and the other words."""
    found, rest = None, []
    for word in words:
        match = re.fullmatch(r"v?(\d)(?:\.(\d))?", word)
        if match and found is None:
            found = f"{match[1]}.{match[2] or '0'}"
        else:
            rest.append(word)
    return found, rest


@lru_cache(maxsize=1024)
def recognise(text: str) -> License | None:
    """The licence TEXT names, or None when it is not one the hub knows."""
    deed = DEED_URL.search(text)
    if deed is not None:
        if deed["zero"]:
            return CC0
        elements, version = deed["elements"].lower(), deed["version"]
        return _cc(elements, version) if elements in CC_FAMILY and version in CC_VERSIONS else None
    short = re.search(r"\(([^()]*)\)", text)  # "Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)"
    if short is not None and (inner := recognise(short[1])) is not None:
        return inner
    words = [word for word in _words(text) if word not in FILLER]
    joined = " ".join(words)
    if joined in ALL_RIGHTS:
        return ALL_RIGHTS_RESERVED
    if joined in ZERO:
        return CC0
    if words[:1] == ["cc"]:
        words = words[1:]  # "CC" may be left out: "BY-SA 4.0", "Naamsvermelding 4.0"
    version, rest = _version(words)
    if not rest:
        return None
    elements: set[str] = set()
    for word in rest:
        element = WORD_ELEMENT.get(word)
        if element is None or element in elements:
            return None
        elements.add(element)
    canonical = "-".join(element for element in ELEMENTS if element in elements)
    if canonical not in CC_FAMILY or version not in CC_VERSIONS:
        return None
    return _cc(canonical, version)


def closest(text: str) -> License:
    """The known licence whose short label is nearest to TEXT (for 'bedoel je ...?')."""
    wanted = " ".join(_words(text))
    labels = {" ".join(_words(known.label)): known for known in KNOWN if known.id.endswith(("4.0", "1.0"))}
    labels[" ".join(_words(ALL_RIGHTS_RESERVED.label))] = ALL_RIGHTS_RESERVED
    found = difflib.get_close_matches(wanted, list(labels), n=1, cutoff=0.0)
    return labels[found[0]] if found else BY_ID["cc-by-4.0"]
