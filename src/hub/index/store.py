"""The cached whoosh index: found in a cache folder, updated per changed item, rebuilt when stale."""

from __future__ import annotations

import functools
import hashlib
import json
import multiprocessing
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from multiprocessing.process import BaseProcess
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
from hub.lanes import each_in_lanes

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
    index: whoosh_index.Index | None  # None when opened for a build, which needs the records only
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
_writers: dict[Path, BaseProcess] = {}  # whoosh indexes being written in the background, per cache folder


def open_index(
    catalog: Catalog | None,
    content_root: Path,
    cache_root: Path | None = None,
    *,
    searchable: bool = True,
    lanes: int = 1,
) -> IndexState:
    """The index for a content tree, brought up to date first (the catalog is loaded only when needed;
    LANES processes analyse the changed documents).

    A command that searches opens it SEARCHABLE: the whoosh index is in step with the records. A
    build needs the analysed records only (related materials, duplicates, the site's index): it
    leaves the whoosh index to a second process that runs beside the page rendering, so that the
    next `hub search` finds it ready."""
    directory = cache_dir(content_root, cache_root)
    snapshot = content_snapshot(content_root)
    state = _opened.get(directory)
    if state is not None and state.signature == snapshot[:16] and (state.index is not None or not searchable):
        return state
    _wait_for_writer(directory)
    if directory.is_dir() and not seal_holds(directory):
        shutil.rmtree(directory)  # not written by this machine, or changed since: never read it
    manifest = _read_manifest(directory)
    state = None
    if manifest.get("snapshot") == snapshot and manifest.get("version") == STORE_VERSION:
        state = _open_existing(directory, manifest, searchable)
    if state is None:
        if catalog is None:
            from hub.load.loader import load_content

            catalog, _ = load_content(content_root)
        state = _update(catalog, directory, manifest, snapshot, searchable, lanes)
    _opened[directory] = state
    return state


def _open_existing(directory: Path, manifest: dict, searchable: bool) -> IndexState | None:
    if not (directory / "records.json").is_file():
        return None
    try:
        thesaurus = Thesaurus(
            {tuple(phrase.split(" ")): set(concepts) for phrase, concepts in manifest["concepts"]},
            manifest["longest"],
            manifest["forms"],
            set(manifest["facets"]),
        )
        absent = [AbsentEntry.from_data(row) for row in manifest["absent"]]
        index = None
        if searchable:
            if manifest.get("whoosh") == manifest["snapshot"]:
                index = whoosh_index.open_dir(str(directory), indexname=INDEX_NAME)
            else:  # a build left the records newer than the whoosh index: write it from them
                index = _write_whoosh(directory, _read_records(directory), manifest["snapshot"])
    except (whoosh_index.EmptyIndexError, OSError, ValueError, KeyError, TypeError):
        return None  # missing or unreadable: the caller rebuilds
    return IndexState(directory, index, thesaurus, manifest["snapshot"][:16], absent)


def _update(
    catalog: Catalog, directory: Path, manifest: dict, snapshot: str, searchable: bool, lanes: int = 1
) -> IndexState:
    thesaurus = thesaurus_of(catalog)
    analysis = thesaurus.signature()
    directory.mkdir(parents=True, exist_ok=True)
    reanalyse = manifest.get("analysis") != analysis or manifest.get("version") != STORE_VERSION
    records = {} if reanalyse else _read_records(directory)
    current = {doc.id: doc for doc in search_docs(catalog)}
    changed = [doc for doc_id, doc in current.items() if _changed(records.get(doc_id), doc)]
    removed = [doc_id for doc_id in records if doc_id not in current]
    for doc_id in removed:
        del records[doc_id]
    for doc in _analysed(changed, thesaurus, lanes):
        records[doc.id] = doc
    if changed or removed or reanalyse:
        _write_records(directory, records)
    # The whoosh index follows the records: incrementally when it was in step with them before.
    in_step = (
        not reanalyse
        and manifest.get("whoosh") == manifest.get("snapshot")
        and whoosh_index.exists_in(str(directory), indexname=INDEX_NAME)
    )
    whoosh_snapshot = manifest.get("whoosh")
    index = None
    if in_step and not (changed or removed):
        whoosh_snapshot = snapshot  # nothing a search could see has changed
        if searchable:
            index = whoosh_index.open_dir(str(directory), indexname=INDEX_NAME)
    elif in_step and searchable:
        index = whoosh_index.open_dir(str(directory), indexname=INDEX_NAME)
        writer = index.writer(timeout=30.0)
        for doc_id in removed:
            writer.delete_by_term("id", doc_id)
        for doc in changed:
            writer.update_document(**_fields(doc))
        writer.commit()
        whoosh_snapshot = snapshot
    elif searchable:
        index = _write_whoosh(directory, records, None)
        whoosh_snapshot = snapshot
    vocabulary = None  # unchanged documents, unchanged vocabulary: read when a query needs it
    if changed or removed or reanalyse or not (directory / "vocabulary.json").is_file():
        vocabulary = Vocabulary.of([doc.texts[name] for name in FIELDS] for doc in records.values())
        _write_bytes(
            directory / "vocabulary.json", json.dumps(vocabulary.as_data(), ensure_ascii=False).encode()
        )
    absent = absent_entries(catalog, records.values())  # a taxonomy or a status may have changed
    _write_manifest(directory, snapshot, analysis, thesaurus, absent, whoosh_snapshot)
    write_seal(directory)
    if whoosh_snapshot != snapshot:
        _write_in_background(directory, records, snapshot)
    return IndexState(directory, index, thesaurus, snapshot[:16], absent, records, vocabulary)


DOCS_PER_TASK = 250


def _analysed(docs: list[SearchDoc], thesaurus: Thesaurus, lanes: int) -> list[SearchDoc]:
    """DOCS analysed (their terms counted), in runs that LANES processes take first come first served."""
    runs = [docs[start : start + DOCS_PER_TASK] for start in range(0, len(docs), DOCS_PER_TASK)]
    tasks = [functools.partial(_analyse_run, run, thesaurus) for run in runs]
    return [doc for run in each_in_lanes(tasks, lanes) for doc in run]


def _analyse_run(docs: list[SearchDoc], thesaurus: Thesaurus) -> list[SearchDoc]:
    return [analyse(doc, thesaurus) for doc in docs]


def _write_whoosh(directory: Path, records: dict[str, SearchDoc], snapshot: str | None) -> whoosh_index.Index:
    """A new whoosh index of RECORDS (already analysed). With SNAPSHOT, the manifest then says the
    index is in step with that content, and the cache is sealed again."""
    index = whoosh_index.create_in(str(directory), schema(), indexname=INDEX_NAME)
    writer = index.writer(timeout=30.0)
    for doc in records.values():
        writer.add_document(**_fields(doc))
    writer.commit(optimize=True)
    if snapshot is not None:
        manifest = _read_manifest(directory)
        if manifest.get("snapshot") == snapshot:
            manifest["whoosh"] = snapshot
            _write_bytes(directory / "manifest.json", json.dumps(manifest, ensure_ascii=False).encode())
            write_seal(directory)
    return index


def _write_in_background(directory: Path, records: dict[str, SearchDoc], snapshot: str) -> None:
    """Write the whoosh index in a forked process that works beside the build (these machines
    have two cores; the build renders on one). Python joins it before it exits."""
    _wait_for_writer(directory)
    try:
        context = multiprocessing.get_context("fork")
    except ValueError:  # no fork on this platform: the next `hub search` writes it
        return
    writer = context.Process(target=_write_quietly, args=(directory, records, snapshot), daemon=False)
    writer.start()
    _writers[directory] = writer


def _write_quietly(directory: Path, records: dict[str, SearchDoc], snapshot: str) -> None:
    try:
        _write_whoosh(directory, records, snapshot)
    except Exception:  # the manifest still says the index lags: `hub search` writes it
        os._exit(1)


def _wait_for_writer(directory: Path) -> None:
    writer = _writers.pop(directory, None)
    if writer is not None:
        writer.join()


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
    directory: Path,
    snapshot: str,
    analysis: str,
    thesaurus: Thesaurus,
    absent: list[AbsentEntry],
    whoosh: str | None,
) -> None:
    manifest = {
        "version": STORE_VERSION,
        "analysis": analysis,
        "snapshot": snapshot,
        "whoosh": whoosh,  # the content snapshot the whoosh index is in step with
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
