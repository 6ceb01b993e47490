"""`hub qa import`: rows of a form export become draft questions in content/qa/.

Idempotent on the form's Id (kept as `source`): a row whose Id is already in qa/ or archive/qa/,
draft or published, is skipped, so nothing that exists is ever overwritten."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader

from hub.helpdesk.export import Row
from hub.helpdesk.lookup import similar_items, suggest_themes
from hub.helpdesk.mapping import ColumnMapping, match_ids, mentioned_ids
from hub.helpdesk.text import (
    as_markdown_text,
    blockquote,
    clean_text,
    make_title,
    remove_personal_data,
    slugify,
)
from hub.load.loader import load_content
from hub.load.text import split_front_matter
from hub.load.yamlsource import parse_yaml
from hub.model.catalog import Catalog
from hub.model.kinds import BY_CODE
from hub.privacy import find_in_slug, scrub
from hub.storage import write_atomic

# The line a draft carries until someone writes the answer; `hub qa publish` refuses while it is there.
ANSWER_MARKER = "<!-- hub:antwoord -->"
ANSWER_PROMPT = "Schrijf hier het antwoord en vervang deze regel."
ANSWER_PLACEHOLDER = f"{ANSWER_MARKER} {ANSWER_PROMPT}"
THEME_SUGGESTED = "thema voorgesteld door hub, controleer"
THEME_UNKNOWN = "thema onbekend: kies een thema"
LEVEL_SUGGESTED = "niveau voorgesteld door hub, controleer"
LEVEL_UNKNOWN = "niveau onbekend: kies het juiste niveau"
_SOURCE_LINE = re.compile(r"^source:.*$", re.MULTILINE)


@dataclass
class Created:
    slug: str
    path: Path
    notes: list[str] = field(default_factory=list)  # suggestions the helpdesk should check


@dataclass
class Skipped:
    row: int
    source: str
    reason: str


@dataclass
class ImportReport:
    created: list[Created] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    personal_removed: int = 0

    @property
    def suggestions(self) -> list[Created]:
        return [c for c in self.created if c.notes]


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(Path(__file__).parent / "templates"),
        keep_trailing_newline=True,
        autoescape=False,  # Markdown and YAML: every value is made safe by the filters below
    )
    # A JSON string is a valid YAML double-quoted scalar: quotes, backslashes and colons stay text.
    env.filters["yaml_str"] = lambda value: json.dumps(str(value), ensure_ascii=False)
    env.filters["comment_text"] = lambda value: re.sub(r"-{2,}", "–", str(value)).replace(">", "›")
    return env


def _source_value(front_matter: str, shown: str, first_line: int) -> str | None:
    """The `source` of a front matter, read as YAML like the content loader reads it.

    A front matter that is no valid YAML (an editor's typo elsewhere) still gives its `source` line,
    read on its own, so a broken draft is not imported a second time."""
    data, _, problems = parse_yaml(front_matter, shown, first_line)
    if problems or not isinstance(data, dict):
        line = _SOURCE_LINE.search(front_matter)
        data, _, problems = parse_yaml(line.group(0), shown, first_line) if line else (None, None, [])
        if problems or not isinstance(data, dict):
            return None
    value = data.get("source")
    return None if value is None or isinstance(value, dict | list) else str(value)


def existing_sources(content_root: Path) -> dict[str, Path]:
    """Form Id -> question file, over qa/ and archive/qa/ (drafts, published and archived)."""
    found: dict[str, Path] = {}
    for folder in (content_root / "qa", content_root / "archive" / "qa"):
        for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
            try:
                text = path.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError):
                continue
            source, _ = split_front_matter(text.replace("\r\n", "\n"), str(path))
            value = (
                _source_value(source.front_matter, str(path), source.front_matter_line) if source else None
            )
            if value is not None:
                found.setdefault(value, path)
    return found


def parse_asked(value: Any) -> dt.date | None:
    """Begintijd as a date: an Excel date, Belgian 'dd/mm/yyyy hh:mm', ISO, or an Excel serial number."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value or "").strip()
    if not text:
        return None
    belgian = re.match(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b", text)
    try:
        if belgian:
            day, month, year = (int(part) for part in belgian.groups())
            return dt.date(year, month, day)
        if re.match(r"^\d{4}-\d{2}-\d{2}", text):
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        if re.fullmatch(r"\d{5}(?:[.,]\d+)?", text):
            from openpyxl.utils.datetime import from_excel

            return from_excel(float(text.replace(",", "."))).date()
    except (ValueError, OverflowError, TypeError):
        return None
    return None


class DraftImporter:
    """Turns export rows into drafts, one call per row; `report` says what happened."""

    def __init__(
        self,
        content_root: Path,
        mapping: ColumnMapping | None = None,
        *,
        today: dt.date,
        catalog: Catalog | None = None,
    ) -> None:
        self.root = content_root
        self.mapping = mapping or ColumnMapping()
        self.today = today
        self.catalog = catalog if catalog is not None else load_content(content_root)[0]
        self.sources = existing_sources(content_root)
        self.taken = {
            path.stem
            for folder in (content_root / "qa", content_root / "archive" / "qa")
            if folder.is_dir()
            for path in folder.glob("*.md")
        }
        teams = self.catalog.taxonomies["teams"]
        self.owner = self.mapping.owner or (
            "helpdesk" if "helpdesk" in teams else next(iter(teams.entries), "")
        )
        self.report = ImportReport()
        self.rows_seen: dict[str, int] = {}  # source -> export row that carried it first
        self.template = _environment().get_template("draft.md")

    def source_of(self, row: Row, question: str) -> str:
        """The form's Id; a row without one gets a stable reference from its time and question."""
        source = clean_text(self.mapping.value(row, "id"))
        if source:
            source = re.sub(r"\s+", " ", source)[:80]
            safe, _ = scrub(source, personal=self.mapping.personal_values(row))
            # An Id that holds personal data is kept as a stable digest of itself, never as written.
            return source if safe == source else f"id-{hashlib.sha1(source.encode()).hexdigest()[:10]}"
        digest = hashlib.sha1(f"{self.mapping.value(row, 'asked')}|{question}".encode()).hexdigest()
        return f"rij-{digest[:10]}"

    def add(self, number: int, row: Row) -> Created | None:
        """Import one row (`number` is its line in the export, for the summary)."""
        question = clean_text(self.mapping.value(row, "question"))
        if not question:
            empty = not any(str(v).strip() for v in row.values())
            reason = "lege rij" if empty else "geen vraag ingevuld"
            self.report.skipped.append(Skipped(number, clean_text(self.mapping.value(row, "id")), reason))
            return None
        source = self.source_of(row, question)
        if source in self.rows_seen:
            reason = f"herhaalde rij: Id {source} staat al op rij {self.rows_seen[source]}"
            self.report.skipped.append(Skipped(number, source, reason))
            return None
        self.rows_seen[source] = number
        if source in self.sources:
            where = self.sources[source]
            reason = f"al geïmporteerd ({where.parent.name}/{where.name})"
            if where.parent.name == "qa" and where.parent.parent.name == "archive":
                reason = f"al geïmporteerd en gearchiveerd ({where.name})"
            self.report.skipped.append(Skipped(number, source, reason))
            return None
        text, removed = remove_personal_data(
            question, self.mapping.personal_values(row), str(self.mapping.value(row, "name"))
        )
        self.report.personal_removed += removed
        created = self._write(source, text, row)
        self.report.created.append(created)
        return created

    def _tags(self, row: Row, text: str) -> dict[str, Any]:
        themes, unknown_themes = match_ids(
            self.catalog.taxonomies["themes"], str(self.mapping.value(row, "themes"))
        )
        levels, unknown_levels = match_ids(
            self.catalog.taxonomies["levels"], str(self.mapping.value(row, "levels"))
        )
        notes: list[str] = []
        themes_note = levels_note = None
        if not themes:
            themes = suggest_themes(self.catalog, self.root, text)
            themes_note = THEME_SUGGESTED if themes else THEME_UNKNOWN
            if not themes:
                themes = self._most_asked_theme()
            notes.append(
                f"thema voorgesteld: {', '.join(themes)}"
                if themes_note == THEME_SUGGESTED
                else f"thema onbekend, voorlopig {', '.join(themes)}"
            )
        if not levels:
            levels = mentioned_ids(self.catalog.taxonomies["levels"], text)[:2]
            levels_note = LEVEL_SUGGESTED if levels else LEVEL_UNKNOWN
            if not levels:
                levels = [entry.id for entry in self.catalog.taxonomies["levels"].roots()][:6]
            notes.append(
                f"niveau voorgesteld: {', '.join(levels)}"
                if levels_note == LEVEL_SUGGESTED
                else "niveau onbekend, voorlopig alle niveaus"
            )
        for label in unknown_themes:
            notes.append(f"onbekend thema '{label[:40]}'")
        for label in unknown_levels:
            notes.append(f"onbekend niveau '{label[:40]}'")
        return {
            "themes": themes,
            "themes_note": themes_note,
            "levels": levels,
            "levels_note": levels_note,
            "notes": notes,
        }

    def _most_asked_theme(self) -> list[str]:
        counts: dict[str, int] = {}
        for question in self.catalog.questions.values():
            for theme in question.themes:
                counts[theme] = counts.get(theme, 0) + 1
        themes = self.catalog.taxonomies["themes"]
        ranked = sorted((t for t in counts if t in themes), key=lambda t: (-counts[t], t))
        return ranked[:1] or list(themes.entries)[:1]

    def _slug(self, text: str, source: str) -> str:
        base = slugify(text) or "vraag"
        if find_in_slug(base):  # never a slug that spells out personal data
            base = "vraag"
        suffix = slugify(source, limit=20) or hashlib.sha1(source.encode()).hexdigest()[:8]
        candidates = [base, f"{base[: 59 - len(suffix)].rstrip('-')}-{suffix}"]
        for candidate in candidates:
            if candidate not in self.taken:
                return candidate
        counter = 2
        while f"{candidates[1]}-{counter}" in self.taken:
            counter += 1
        return f"{candidates[1]}-{counter}"

    def _asked(self, row: Row) -> tuple[dt.date, str | None]:
        asked = parse_asked(self.mapping.value(row, "asked")) or parse_asked(
            self.mapping.value(row, "completed")
        )
        if asked is None:
            return self.today, "Begintijd onleesbaar: asked is de importdatum"
        if asked > self.today:
            return self.today, "Begintijd in de toekomst: asked is de importdatum"
        return asked, None

    def _write(self, source: str, text: str, row: Row) -> Created:
        tags = self._tags(row, text)
        asked, asked_note = self._asked(row)
        title = make_title(text)
        slug = self._slug(title, source)
        self.taken.add(slug)
        similar = similar_items(self.catalog, self.root, text)
        document = self.template.render(
            title=title,
            slug=slug,
            owner=self.owner,
            today=self.today.isoformat(),
            asked=asked.isoformat(),
            source=source,
            quote=blockquote(as_markdown_text(text)),
            answer_placeholder=ANSWER_PLACEHOLDER,
            similar=[
                {
                    **s.__dict__,
                    "kind_label": BY_CODE[s.kind].noun.capitalize() if s.kind in BY_CODE else s.kind,
                }
                for s in similar
            ],
            **{k: v for k, v in tags.items() if k != "notes"},
        )
        path = self.root / "qa" / f"{slug}.md"
        write_atomic(path, document)
        notes = tags["notes"] + ([asked_note] if asked_note else [])
        return Created(slug, path, notes)
