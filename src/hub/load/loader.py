"""Loading a content tree: files -> typed, located model (with every problem found on the way)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from hub.lanes import each_in_lanes
from hub.load.effects import load_effects
from hub.load.limits import body_problems, front_matter_too_large
from hub.load.text import read_text, split_front_matter
from hub.load.validation import validation_problems
from hub.load.yamlsource import LineMap, parse_yaml
from hub.model.catalog import Catalog
from hub.model.fields import SLUG_PATTERN, line_problem
from hub.model.items import COLLECTIONS, Item, ResponseNorm
from hub.model.taxonomy import TAXONOMY_NAMES, Taxonomy, TaxonomyEntry
from hub.problems import Problem, problem

ARCHIVE = "archive"


class ContentDir:
    """A content folder and how its files are named in problems (relative to its parent)."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def shown(self, path: Path) -> str:
        try:
            return str(path.resolve().relative_to(self.root.parent))
        except ValueError:
            return str(path)


def _load_yaml_file(path: Path, shown: str) -> tuple[Any, LineMap, list[Problem]]:
    text, problems = read_text(path, shown)
    if text is None:
        return None, LineMap({}, 1), problems
    return parse_yaml(text, shown, 1)


def load_taxonomy(content: ContentDir, name: str) -> tuple[Taxonomy, list[Problem]]:
    path = content.root / "taxonomy" / f"{name}.yml"
    shown = content.shown(path)
    if not path.is_file():
        return Taxonomy(name, shown, []), [problem("HUB118", shown, 1, "taxonomy", "missing", name=name)]
    data, lines, problems = _load_yaml_file(path, shown)
    entries: list[TaxonomyEntry] = []
    if data is None and not problems:
        data = []
    if data is not None and not isinstance(data, list):
        problems.append(problem("HUB118", shown, 1, "taxonomy", "not_list"))
        data = []
    for index, raw in enumerate(data or []):
        if not isinstance(raw, dict):
            where = lines.line(index)
            problems.append(
                problem("HUB118", shown, where, f"[{index}]", "entry", column=lines.column(index))
            )
            continue
        try:
            entry = TaxonomyEntry.model_validate(raw)
        except ValidationError as exc:
            located = lines.below(index)
            problems.extend(validation_problems(exc, TaxonomyEntry, shown, located))
            continue
        entry._line = lines.line(index, "id")
        entries.append(entry)
    return Taxonomy(name, shown, entries), problems


def load_synonyms(content: ContentDir) -> tuple[list[list[str]], list[Problem]]:
    path = content.root / "taxonomy" / "synonyms.yml"
    shown = content.shown(path)
    if not path.is_file():
        return [], []
    data, lines, problems = _load_yaml_file(path, shown)
    groups: list[list[str]] = []
    for index, group in enumerate(data or []):
        if not isinstance(group, list) or not all(isinstance(word, str) for word in group) or len(group) < 2:
            problems.append(problem("HUB118", shown, lines.line(index), f"[{index}]", "group"))
            continue
        wrong = next((reason for word in group if (reason := line_problem(word.strip()))), None)
        if wrong or not all(word.strip() for word in group):
            key = f"[{index}]"
            found = (
                problem("HUB118", shown, lines.line(index), key, "word", reason=wrong)
                if wrong
                else problem("HUB118", shown, lines.line(index), key, "empty_word")
            )
            problems.append(found)
            continue
        groups.append([word.strip() for word in group])
    if data is not None and not isinstance(data, list):
        problems.append(problem("HUB118", shown, 1, "synonyms", "synonyms"))
    return groups, problems


def load_item(
    content: ContentDir, path: Path, collection: str, in_archive: bool
) -> tuple[Item | None, list[Problem]]:
    """One Markdown file with front matter as a validated item, or the problems that stop it."""
    shown = content.shown(path)
    model = COLLECTIONS[collection]
    problems: list[Problem] = []
    slug = path.stem
    if not SLUG_PATTERN.fullmatch(slug):
        problems.append(problem("HUB116", shown, 1, "slug", name=path.name))
    text, read_problems = read_text(path, shown)
    if text is None:
        return None, read_problems
    source, split_problems = split_front_matter(text, shown)
    if source is None:
        return None, split_problems
    too_large = front_matter_too_large(source.front_matter, shown, source.front_matter_line)
    if too_large is not None:
        return None, [*problems, too_large]
    problems.extend(body_problems(source.body, shown, source.body_line))
    data, lines, yaml_problems = parse_yaml(source.front_matter, shown, source.front_matter_line)
    if yaml_problems:
        return None, problems + yaml_problems
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return None, [
            *problems,
            problem("HUB112", shown, 1, "front-matter", "mapping"),
        ]
    try:
        item = model.model_validate(data)
    except ValidationError as exc:
        return None, problems + validation_problems(exc, model, shown, lines)
    except (ValueError, TypeError, ArithmeticError) as exc:
        # A validator that fails outside pydantic's net (e.g. a date-time beyond year 9999 in Brussels time).
        return None, [
            *problems,
            problem("HUB105", shown, source.front_matter_line, "front-matter", "other", detail=exc, got=""),
        ]
    item.attach_source(slug, shown, lines, source.body, source.body_line, in_archive)
    return item, problems


def _markdown_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.glob("*.md") if path.is_file())


def load_response_norms(content: ContentDir) -> tuple[list[ResponseNorm], list[Problem]]:
    path = content.root / "fiches" / "response-norms.yml"
    shown = content.shown(path)
    if not path.is_file():
        return [], []
    data, lines, problems = _load_yaml_file(path, shown)
    norms: list[ResponseNorm] = []
    if data is not None and not isinstance(data, list):
        return [], [
            *problems,
            problem("HUB118", shown, 1, "response-norms", "norms"),
        ]
    for index, raw in enumerate(data or []):
        try:
            norms.append(ResponseNorm.model_validate(raw))
        except ValidationError as exc:
            problems.extend(
                validation_problems(exc, ResponseNorm, shown, lines.below(index), prefix=(index,))
            )
    return sorted(norms, key=lambda n: n.participants), problems


class FileCache:
    """What was read from each file, kept while the file's size and modification time stay the same:
    a live preview re-reads only the files an editor saved."""

    def __init__(self) -> None:
        self._items: dict[Path, tuple[tuple[int, int], Any]] = {}

    def remember(self, path: Path, read: Callable[[], Any]) -> Any:
        """READ() for PATH, or what it gave last time if the file did not change since."""
        try:
            stat = path.stat()
        except OSError:
            return read()
        stamp = (stat.st_mtime_ns, stat.st_size)
        known = self._items.get(path)
        if known is not None and known[0] == stamp:
            return known[1]
        loaded = read()
        self._items[path] = (stamp, loaded)
        return loaded

    def load(
        self, content: ContentDir, path: Path, collection: str, in_archive: bool
    ) -> tuple[Item | None, list[Problem]]:
        return self.remember(path, lambda: load_item(content, path, collection, in_archive))  # type: ignore[no-any-return]

    def read_yaml(self, path: Path, shown: str) -> tuple[Any, LineMap, list[Problem]]:
        return self.remember(path, lambda: _load_yaml_file(path, shown))  # type: ignore[no-any-return]


def load_content(
    root: Path, files_cache: FileCache | None = None, lanes: int = 1
) -> tuple[Catalog, list[Problem]]:
    """Read every file of a content tree; return the model of what loaded and all problems.

    With FILES_CACHE, item files unchanged since the cache last read them are not read again.
    Without it, LANES processes read the item files, in runs taken first come first served."""
    content = ContentDir(root)
    problems: list[Problem] = []
    if not content.root.is_dir():
        raise FileNotFoundError(f"inhoudsmap niet gevonden: {root}")
    taxonomies: dict[str, Taxonomy] = {}
    for name in TAXONOMY_NAMES:
        taxonomies[name], found = load_taxonomy(content, name)
        problems.extend(found)
    synonyms, found = load_synonyms(content)
    problems.extend(found)
    norms, found = load_response_norms(content)
    problems.extend(found)
    catalog = Catalog(taxonomies=taxonomies, synonyms=synonyms, response_norms=norms)
    files = [
        (path, collection, in_archive)
        for collection in COLLECTIONS
        for folder, in_archive in (
            (content.root / collection, False),
            (content.root / ARCHIVE / collection, True),
        )
        for path in _markdown_files(folder)
    ]
    for collection in COLLECTIONS:
        catalog.archived[collection] = {}
    for (_, collection, in_archive), (item, found) in zip(
        files, _read_items(content, files, files_cache, lanes), strict=True
    ):
        problems.extend(found)
        if item is not None:
            target = catalog.archived[collection] if in_archive else catalog.collection(collection)
            target[item.slug] = item
    read_yaml = files_cache.read_yaml if files_cache is not None else _load_yaml_file
    catalog.effects, found = load_effects(content.root, content.shown, read_yaml)
    problems.extend(found)
    catalog.reindex()
    problems.extend(_stray_files(content))
    return catalog, problems


FILES_PER_TASK = 200


def _read_items(
    content: ContentDir, files: list[tuple[Path, str, bool]], files_cache: FileCache | None, lanes: int
) -> list[tuple[Item | None, list[Problem]]]:
    """Every file of FILES as an item (or the problems that stop it), in the order of FILES."""
    if files_cache is not None:
        return [files_cache.load(content, path, collection, archived) for path, collection, archived in files]
    runs = [files[start : start + FILES_PER_TASK] for start in range(0, len(files), FILES_PER_TASK)]
    tasks = [functools.partial(_read_run, content, run) for run in runs]
    return [read for run in each_in_lanes(tasks, lanes) for read in run]


def _read_run(
    content: ContentDir, run: list[tuple[Path, str, bool]]
) -> list[tuple[Item | None, list[Problem]]]:
    return [load_item(content, path, collection, archived) for path, collection, archived in run]


def _stray_files(content: ContentDir) -> list[Problem]:
    """Files in a collection folder that the hub would silently ignore (e.g. 'x.markdown')."""
    problems = []
    for collection in COLLECTIONS:
        for base in (content.root / collection, content.root / ARCHIVE / collection):
            if not base.is_dir():
                continue
            for path in sorted(base.iterdir()):
                if (
                    path.is_file()
                    and path.suffix != ".md"
                    and not (collection == "fiches" and path.name == "response-norms.yml")
                    and not re.match(r"^\.|README", path.name)
                ):
                    problems.append(problem("HUB117", content.shown(path), 1, "file"))
    return problems
