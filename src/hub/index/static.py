"""The site search index: prebuilt, sharded JSON files that a small script queries in the browser.

The browser repeats none of the analysis: words are looked up as the Python analysis saw them.

- `search/index.json`: shard keys, synonym phrases (as stems) -> concepts, stop words, the kind of
  every document (for the filter), the level and role concepts (weighed less next to a topic) and
  field-free BM25F weights' scale.
- `search/t/<key>.json`: for the folded words starting with KEY, their stem (when it differs),
  and for terms (stems, concepts) starting with KEY, their postings: delta-coded document
  numbers and quantised scores, the best POSTINGS_PER_TERM documents only.
- `search/d/<n>.json`: what a result shows (url, title, type, levels, snippet) for documents
  n*META_BUCKET ... (n+1)*META_BUCKET-1.
- `search/v/<n>.json`: the vocabulary for spelling corrections and compound heads, in buckets
  (spelling.py): per key the words stored under it with their document frequency ("w") and, for
  those the texts write with accents, that spelling ("a"); the compound heads starting with the key
  with their stem and frequency ("h"). Fetched only for a word
  the index does not know.
- `search/e/<n>.json`: the vocabulary as compound tails, in buckets keyed by a word's last
  letters: word -> [stem, frequency].
- `search/f/<filter>.json`: per filter option (a level, role, theme or type of /zoek/) the
  documents it matches: delta-coded numbers, or a base64 bitset where that is shorter.

The term shards also hold, per known compound word, the stems of its parts ("x"), and per part
stem the compounds that have it as [compound stem, head stem, tail stem] ("c").
"""

from __future__ import annotations

import base64
import json
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from hub.index.absent import AbsentEntry, Nearby
from hub.index.analysis import STOP_WORDS, Thesaurus, stem, words
from hub.index.documents import FIELD_WEIGHTS, FIELDS, SearchDoc
from hub.index.query import COMPOUND_FACTOR, CONCEPT_FACTOR, CUT, FACET_COVERAGE, FACET_FACTOR
from hub.index.spelling import KEY_LENGTH, MIN_TYPO_LENGTH, bucket_of
from hub.index.vocabulary import Vocabulary

FORMAT_VERSION = 2
SHARD_BYTES = 16_000  # a shard above this size is split by one more letter
MAX_KEY = 12  # characters of a shard key (and file name) at most
POSTINGS_PER_TERM = 300
META_BUCKET = 20
SNIPPET_CHARS = 160
SCORE_SCALE = 4  # scores are stored as round(weight * SCORE_SCALE)
K1, B = 1.2, 0.75
KIND_CODES = {"material": "m", "qa": "q", "training": "t"}
VOCABULARY_BUCKET_BYTES = 8_000  # the vocabulary goes to as many buckets as makes them about this size

# Where a nearby entry of an absent one leads, as a path from the site root.
NearbyUrl = Callable[[Nearby], str]
# Document id -> filter name (URL parameter) -> the option ids it matches.
DocumentFilters = Mapping[str, Mapping[str, Sequence[str]]]


@dataclass(frozen=True)
class SiteIndexFile:
    path: str  # relative to the site's search folder
    content: str


def _dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _ordered(records: dict[str, SearchDoc]) -> list[SearchDoc]:
    order = {"material": 0, "qa": 1, "training": 2}
    return sorted(records.values(), key=lambda doc: (order.get(doc.kind, 9), doc.slug))


def _weights(docs: list[SearchDoc]) -> dict[str, list[tuple[int, float]]]:
    """Weight of every (term, document) as `hub search` scores it (whoosh's BM25F): per field
    BM25 with that field's idf and average length, times the field weight, summed over fields."""
    total = len(docs)
    average: dict[str, float] = {}
    idf: dict[str, dict[str, float]] = {}
    for name in FIELDS:
        average[name] = (sum(sum(doc.terms[name].values()) for doc in docs) / max(total, 1)) or 1.0
        frequency = Counter(term for doc in docs for term in doc.terms[name])
        idf[name] = {term: math.log(total / (count + 1)) + 1 for term, count in frequency.items()}
    weighted: dict[str, list[tuple[int, float]]] = defaultdict(list)
    saturation = K1 + 1
    for number, doc in enumerate(docs):
        combined: dict[str, float] = {}
        for name in FIELDS:
            terms, field_idf, field_weight = doc.terms[name], idf[name], FIELD_WEIGHTS[name]
            norm = K1 * (1 - B + B * sum(terms.values()) / average[name])
            for term, tf in terms.items():
                # The same products in the same order as ever: the weights stay bit for bit.
                combined[term] = combined.get(term, 0) + field_weight * field_idf[term] * tf * saturation / (
                    tf + norm
                )
        for term, weight in combined.items():
            weighted[term].append((number, weight))
    return weighted


def _encode(postings: list[tuple[int, float]]) -> list[int]:
    best = sorted(postings, key=lambda p: -p[1])[:POSTINGS_PER_TERM]
    encoded: list[int] = []
    previous = 0
    for number, weight in sorted(best):
        encoded += [number - previous, max(1, round(weight * SCORE_SCALE))]
        previous = number
    return encoded


def _forms(docs: list[SearchDoc]) -> dict[str, str]:
    """Every folded content word of the corpus -> its stem."""
    forms: dict[str, str] = {}
    for doc in docs:
        for name in FIELDS:
            for word in words(doc.texts[name]):
                if word not in forms and word not in STOP_WORDS:
                    forms[word] = stem(word)
    return forms


def _shard_keys(sizes: dict[str, int]) -> dict[str, str]:
    """Term -> shard key: its first two characters, one more while a shard is too big (up to
    MAX_KEY characters: a key is a file name, and one huge term must not become one)."""
    keys: dict[str, str] = {}
    pending = {term: 2 for term in sizes}
    while pending:
        groups: dict[str, list[str]] = defaultdict(list)
        for term, length in pending.items():
            groups[term[:length]].append(term)
        pending = {}
        for key, terms in groups.items():
            longer = [t for t in terms if len(t) > len(key)]
            if sum(sizes[t] for t in terms) > SHARD_BYTES and longer and len(key) < MAX_KEY:
                pending.update({t: len(key) + 1 for t in longer})
                keys.update({t: key for t in terms if len(t) <= len(key)})
            else:
                keys.update({t: key for t in terms})
    return keys


def _file_name(key: str) -> str:
    return key.replace("~", "_")  # '~' is safe in URLs, but some servers and tools mangle it


def document_order(records: dict[str, SearchDoc]) -> list[str]:
    """Document ids in the order of their numbers in the site index."""
    return [doc.id for doc in _ordered(records)]


def build_site_index(
    records: dict[str, SearchDoc],
    thesaurus: Thesaurus,
    vocabulary: Vocabulary,
    absent: Sequence[AbsentEntry] = (),
    nearby_url: NearbyUrl | None = None,
    filters: DocumentFilters | None = None,
) -> Iterator[SiteIndexFile]:
    """Every file of the site search index."""
    docs = _ordered(records)
    weights = _weights(docs)
    postings = {term: _encode(found) for term, found in weights.items()}
    # A word that is its own stem is found among the postings; only the others need an entry.
    forms = {form: s for form, s in _forms(docs).items() if s in postings and s != form}
    # Words of synonyms and aliases too, and of empty entries, so that the browser can match their phrases.
    forms.update({form: s for form, s in thesaurus.forms.items() if s != form})
    forms.update({form: stem(form) for entry in absent for form in entry.words if stem(form) != form})
    # Compound parts of every word the shards know (the browser splits other words itself).
    known = sorted({*forms, *(term for term in postings if not term.startswith("~"))})
    splits = {
        form: list(parts)
        for form in known
        if (parts := vocabulary.split(form)) and set(parts) <= postings.keys()
    }
    parts_of = vocabulary.parts_of_whole
    compounds = {
        part: [[whole, *parts_of[whole]] for whole in wholes if whole in postings]
        for part, wholes in vocabulary.compounds_by_part.items()
        if part in postings
    }
    sizes: Counter[str] = Counter()
    for term, encoded in postings.items():
        sizes[term] += len(term) + 4 + len(_dumps(encoded))
    for form, s in forms.items():
        sizes[form] += len(form) + len(s) + 6
    for form, parts in splits.items():
        sizes[form] += len(form) + len(_dumps(parts)) + 4
    for part, wholes in compounds.items():
        sizes[part] += len(part) + len(_dumps(wholes)) + 4
    keys = _shard_keys(dict(sizes))
    shards: dict[str, dict[str, dict]] = defaultdict(lambda: {"f": {}, "p": {}, "x": {}, "c": {}})
    for form, s in sorted(forms.items()):
        shards[keys[form]]["f"][form] = s
    for term, encoded in sorted(postings.items()):
        shards[keys[term]]["p"][term] = encoded
    for form, parts in sorted(splits.items()):
        shards[keys[form]]["x"][form] = parts
    for part, wholes in sorted(compounds.items()):
        if wholes:
            shards[keys[part]]["c"][part] = wholes
    for key, shard in sorted(shards.items()):
        yield SiteIndexFile(f"t/{_file_name(key)}.json", _dumps({name: m for name, m in shard.items() if m}))
    for start in range(0, len(docs), META_BUCKET):
        bucket = [_meta(doc) for doc in docs[start : start + META_BUCKET]]
        yield SiteIndexFile(f"d/{start // META_BUCKET}.json", _dumps(bucket))
    spelling = _spelling_buckets(vocabulary)
    for number, bucket in enumerate(spelling):
        yield SiteIndexFile(f"v/{number}.json", _dumps(bucket))
    tails = _tail_buckets(vocabulary)
    for number, bucket in enumerate(tails):
        yield SiteIndexFile(f"e/{number}.json", _dumps(bucket))
    filter_names = sorted({name for doc in (filters or {}).values() for name in doc})
    for name in filter_names:
        yield SiteIndexFile(f"f/{name}.json", _dumps(_filter_file(docs, filters or {}, name)))
    manifest = {
        "version": FORMAT_VERSION,
        "count": len(docs),
        "kinds": "".join(KIND_CODES.get(doc.kind, "?") for doc in docs),
        "keys": sorted(shards),
        "bucket": META_BUCKET,
        "scale": SCORE_SCALE,
        "stop": sorted(STOP_WORDS),
        "phrases": [
            [list(phrase), sorted(concepts)] for phrase, concepts in sorted(thesaurus.concepts.items())
        ],
        "facets": sorted(thesaurus.facets),
        "factors": {
            "concept": CONCEPT_FACTOR,
            "compound": COMPOUND_FACTOR,
            "facet": FACET_FACTOR,
            "facetCoverage": FACET_COVERAGE,
            "cut": CUT,
        },
        "spelling": {"buckets": len(spelling), "key": KEY_LENGTH, "min": MIN_TYPO_LENGTH},
        "tails": len(tails),
        "absent": [_absent(entry, nearby_url) for entry in absent],
        "filters": filter_names,
    }
    yield SiteIndexFile("index.json", _dumps(manifest))


def _buckets(entries: dict[str, dict], target: int) -> list[dict[str, dict]]:
    """Keyed entries spread over about total size / TARGET buckets by spelling.bucket_of."""
    total = sum(len(key) + len(_dumps(value)) for key, value in entries.items())
    count = max(1, math.ceil(total / target))
    buckets: list[dict[str, dict]] = [{} for _ in range(count)]
    for key in sorted(entries):
        buckets[bucket_of(key, count)][key] = entries[key]
    return buckets


def _spelling_buckets(vocabulary: Vocabulary) -> list[dict[str, dict]]:
    by_key: dict[str, dict] = defaultdict(lambda: {"w": {}, "a": {}, "h": {}})
    for key, found in sorted(vocabulary.by_key.items()):
        by_key[key]["w"] = {word: vocabulary.words[word][0] for word in sorted(found)}
        by_key[key]["a"] = {
            word: vocabulary.spelled[word] for word in sorted(found) if word in vocabulary.spelled
        }
    for head, (s, df) in sorted(vocabulary.heads.items()):
        by_key[head[:KEY_LENGTH]]["h"][head] = [s, df]
    return _buckets(
        {key: {n: m for n, m in entry.items() if m} for key, entry in by_key.items()}, VOCABULARY_BUCKET_BYTES
    )


def _tail_buckets(vocabulary: Vocabulary) -> list[dict[str, dict]]:
    by_key: dict[str, dict] = defaultdict(dict)
    for tail, (s, df) in sorted(vocabulary.tails.items()):
        by_key[tail[-KEY_LENGTH:]][tail] = [s, df]
    return _buckets(dict(by_key), VOCABULARY_BUCKET_BYTES)


def _absent(entry: AbsentEntry, nearby_url: NearbyUrl | None) -> list:
    nearby = [[n.label, nearby_url(n) if nearby_url else ""] for n in entry.nearby]
    return [[list(phrase) for phrase in entry.phrases], entry.message, nearby]


def _filter_file(docs: list[SearchDoc], filters: DocumentFilters, name: str) -> dict[str, object]:
    members: dict[str, list[int]] = defaultdict(list)
    for number, doc in enumerate(docs):
        for option in (filters.get(doc.id) or {}).get(name, ()):
            members[option].append(number)
    return {option: _doc_set(numbers, len(docs)) for option, numbers in sorted(members.items())}


def _doc_set(numbers: list[int], total: int) -> object:
    """Document numbers as deltas, or as a base64 bitset (bit n of byte n // 8, low bit first)."""
    deltas = [number - previous for number, previous in zip(numbers, [0, *numbers], strict=False)]
    bits = bytearray((total + 7) // 8)
    for number in numbers:
        bits[number // 8] |= 1 << (number % 8)
    bitset = base64.b64encode(bytes(bits)).decode("ascii")
    return bitset if len(bitset) + 2 < len(_dumps(deltas)) else deltas


def _meta(doc: SearchDoc) -> list[str]:
    snippet = " ".join(doc.snippet.split())
    if len(snippet) > SNIPPET_CHARS:
        snippet = snippet[: SNIPPET_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return [doc.url, doc.title, doc.kind, doc.type_label, ", ".join(doc.level_labels), snippet]
