"""The cached whoosh index: found in a cache folder, updated per changed item, rebuilt when stale."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING

from whoosh import index as whoosh_index
from whoosh.fields import ID, KEYWORD, STORED, Schema

from hub.context import default_cache_root
from hub.index.absent import AbsentEntry, absent_entries
from hub.index.analysis import Thesaurus
from hub.index.documents import FIELDS, SearchDoc, analyse, search_docs, thesaurus_of
from hub.index.seal import seal_holds, write_seal
from hub.index.vocabulary import Vocabulary

if TYPE_CHECKING:
    from hub.model.catalog import Catalog

STORE_VERSION = "8"  # bump when the schema or the record layout changes
CONTENT_SUFFIXES = (".md", ".yml", ".yaml")
INDEX_NAME = "items"


def cache_dir(content_root: Path, cache_root: Path | None = None) -> Path:
    """`<cache root>/<hash of content path>/`; the cache root is `.cache/hub-index/` next to content/
    unless the command names another (`$HUB_CACHE_DIR`, read by the CLI's context)."""
    root = content_root.resolve()
    base = cache_root or default_cache_root(root)
    return base / hashlib.sha1(str(root).encode()).hexdigest()[:12]


def schema() -> Schema:
    terms = {name: KEYWORD(scorable=True, lowercase=False, commas=False) for name in FIELDS}
    return Schema(
        id=ID(stored=True, unique=True),
        kind=ID(stored=True),
        slug=STORED,
        name=STORED,  # the title as shown
        url=STORED,
        **terms,
    )


def content_snapshot(content_root: Path) -> str:
    """A hash of the name, size and mtime of every content file: cheap to compute, changes with any edit."""
    entries: list[str] = []
    pending = [str(content_root.resolve())]
    while pending:
        with os.scandir(pending.pop()) as found:
            for entry in found:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "files" and not entry.name.startswith("."):
                        pending.append(entry.path)
                elif entry.name.endswith(CONTENT_SUFFIXES):
                    stat = entry.stat()
                    entries.append(f"{entry.path}|{stat.st_size}|{stat.st_mtime_ns}")
    entries.sort()
    return hashlib.sha256("\n".join(entries).encode()).hexdigest()


@dataclass
class IndexState:
    """An up-to-date index: the whoosh index, the analysis it was built with, and its documents."""

    directory: Path
    index: whoosh_index.Index
    thesaurus: Thesaurus
    signature: str  # analysis + content: changes whenever any search result could
    absent: list[AbsentEntry] = field(default_factory=list)
    _records: dict[str, SearchDoc] | None = field(default=None, repr=False)
    _vocabulary: Vocabulary | None = field(default=None, repr=False)
    memo: dict[str, object] = field(default_factory=dict, repr=False)  # e.g. query.py's open scorer

    @property
    def records(self) -> dict[str, SearchDoc]:
        """Every indexed document with its analysed terms (loaded on first use)."""
        if self._records is None:
            self._records = _read_records(self.directory)
        return self._records

    @property
    def vocabulary(self) -> Vocabulary:
        """The folded words of the published items (spelling corrections, compounds; loaded on first use)."""
        if self._vocabulary is None:
            self._vocabulary = _read_vocabulary(self.directory)
        return self._vocabulary


_opened: dict[Path, IndexState] = {}  # the last state per cache folder, reused while content is unchanged


def open_index(catalog: Catalog | None, content_root: Path, cache_root: Path | None = None) -> IndexState:
    """The index for a content tree, brought up to date first (the catalog is loaded only when needed).

    A build opens it once through its context; a command that searches opens it per call."""
    directory = cache_dir(content_root, cache_root)
    snapshot = content_snapshot(content_root)
    state = _opened.get(directory)
    if state is not None and state.signature == snapshot[:16]:
        return state
    if directory.is_dir() and not seal_holds(directory):
        shutil.rmtree(directory)  # not written by this machine, or changed since: never read it
    manifest = _read_manifest(directory)
    state = None
    if manifest.get("snapshot") == snapshot and manifest.get("version") == STORE_VERSION:
        state = _open_existing(directory, manifest)
    if state is None:
        if catalog is None:
            from hub.load.loader import load_content

            catalog, _ = load_content(content_root)
        state = _update(catalog, directory, manifest, snapshot)
    _opened[directory] = state
    return state


def _open_existing(directory: Path, manifest: dict) -> IndexState | None:
    if not (directory / "records.json").is_file():
        return None
    try:
        index = whoosh_index.open_dir(str(directory), indexname=INDEX_NAME)
        thesaurus = Thesaurus(
            {tuple(phrase.split(" ")): set(concepts) for phrase, concepts in manifest["concepts"]},
            manifest["longest"],
            manifest["forms"],
            set(manifest["facets"]),
        )
        absent = [AbsentEntry.from_data(row) for row in manifest["absent"]]
    except (whoosh_index.EmptyIndexError, OSError, ValueError, KeyError, TypeError):
        return None  # missing or unreadable: the caller rebuilds
    return IndexState(directory, index, thesaurus, manifest["snapshot"][:16], absent)


def _update(catalog: Catalog, directory: Path, manifest: dict, snapshot: str) -> IndexState:
    thesaurus = thesaurus_of(catalog)
    analysis = thesaurus.signature()
    directory.mkdir(parents=True, exist_ok=True)
    rebuild = (
        manifest.get("analysis") != analysis
        or manifest.get("version") != STORE_VERSION
        or not whoosh_index.exists_in(str(directory), indexname=INDEX_NAME)
    )
    records = {} if rebuild else _read_records(directory)
    index = (
        whoosh_index.create_in(str(directory), schema(), indexname=INDEX_NAME)
        if rebuild
        else whoosh_index.open_dir(str(directory), indexname=INDEX_NAME)
    )
    current = {doc.id: doc for doc in search_docs(catalog)}
    changed = [doc for doc_id, doc in current.items() if _changed(records.get(doc_id), doc)]
    removed = [doc_id for doc_id in records if doc_id not in current]
    if changed or removed or rebuild:
        writer = index.writer(timeout=30.0)
        for doc_id in removed:
            writer.delete_by_term("id", doc_id)
            del records[doc_id]
        for doc in changed:
            analyse(doc, thesaurus)
            records[doc.id] = doc
            writer.update_document(**_fields(doc))
        writer.commit(optimize=rebuild)
        _write_records(directory, records)
    vocabulary = None  # unchanged documents, unchanged vocabulary: read when a query needs it
    if changed or removed or rebuild or not (directory / "vocabulary.json").is_file():
        vocabulary = Vocabulary.of([doc.texts[name] for name in FIELDS] for doc in records.values())
        _write_bytes(
            directory / "vocabulary.json", json.dumps(vocabulary.as_data(), ensure_ascii=False).encode()
        )
    absent = absent_entries(catalog, records.values())  # a taxonomy or a status may have changed
    _write_manifest(directory, snapshot, analysis, thesaurus, absent)
    write_seal(directory)
    return IndexState(directory, index, thesaurus, snapshot[:16], absent, records, vocabulary)


def _changed(old: SearchDoc | None, new: SearchDoc) -> bool:
    return old is None or old.digest != new.digest


def _fields(doc: SearchDoc) -> dict[str, str]:
    fields = {"id": doc.id, "kind": doc.kind, "slug": doc.slug, "name": doc.title, "url": doc.url}
    for name in FIELDS:
        fields[name] = " ".join(_repeat(doc.terms[name].items()))
    return fields


def _repeat(counts: Iterable[tuple[str, int]]) -> Iterable[str]:
    for term, count in counts:
        yield from [term] * count


def _read_manifest(directory: Path) -> dict:
    try:
        return json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _write_manifest(
    directory: Path, snapshot: str, analysis: str, thesaurus: Thesaurus, absent: list[AbsentEntry]
) -> None:
    manifest = {
        "version": STORE_VERSION,
        "analysis": analysis,
        "snapshot": snapshot,
        "longest": thesaurus.longest,
        "forms": thesaurus.forms,
        "concepts": [[" ".join(phrase), sorted(c)] for phrase, c in sorted(thesaurus.concepts.items())],
        "facets": sorted(thesaurus.facets),
        "absent": [entry.as_data() for entry in absent],
    }
    _write_bytes(directory / "manifest.json", json.dumps(manifest, ensure_ascii=False).encode())


def _read_records(directory: Path) -> dict[str, SearchDoc]:
    try:
        rows = json.loads((directory / "records.json").read_text(encoding="utf-8"))
        return {row["id"]: _record(row) for row in rows}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _read_vocabulary(directory: Path) -> Vocabulary:
    try:
        return Vocabulary.from_data(json.loads((directory / "vocabulary.json").read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, KeyError):
        return Vocabulary({})


def _record(row: dict) -> SearchDoc:
    terms = {name: Counter(counts) for name, counts in row.pop("terms").items()}
    return SearchDoc(**row, terms=terms)


def _write_records(directory: Path, records: dict[str, SearchDoc]) -> None:
    # Not dataclasses.asdict: it rebuilds a Counter from (term, count) pairs, counting the pairs.
    rows = [
        {
            **{f.name: getattr(doc, f.name) for f in fields(doc)},
            "terms": {k: dict(v) for k, v in doc.terms.items()},
        }
        for doc in records.values()
    ]
    _write_bytes(directory / "records.json", json.dumps(rows, ensure_ascii=False).encode())


def _write_bytes(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
