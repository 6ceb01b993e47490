"""`hub qa publish`: a draft becomes a published answer, only when `hub check` has nothing against it.

The edit touches two lines of the front matter (`status`, `answered`); ruamel.yaml locates them and
reads the result back, so comments, order and quoting of every other line stay as they were."""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from hub.check import run_rules
from hub.helpdesk.drafts import ANSWER_MARKER, ANSWER_PROMPT
from hub.load.loader import ContentDir, load_content, load_item
from hub.load.text import read_text, split_front_matter
from hub.load.yamlsource import new_yaml
from hub.model.items import Question
from hub.problems import Problem, Severity, problem
from hub.problems.registry import get_rule
from hub.scaffold.slugs import slug_problem
from hub.storage import write_atomic

_VALUE = re.compile(
    r"^(?P<key>[A-Za-z_]+:[ \t]*)(?P<value>\"[^\"]*\"|'[^']*'|[^#\s][^#]*?)?(?P<rest>[ \t]*(?:#.*)?)$"
)


class PublishError(Exception):
    """Publishing was refused (HUB611 and a message variant); `problems` say why (file and line)."""

    code = "HUB611"

    def __init__(self, variant: str, problems: list[Problem] | None = None, **values: object) -> None:
        super().__init__(get_rule(self.code).message(variant, **values))
        self.problems = problems or []


class QuestionNotFound(PublishError):
    """No question SLUG in content/qa/ (an archived one is never published again)."""

    def __init__(self, message: str) -> None:
        Exception.__init__(self, message)
        self.problems = []


@dataclass
class Published:
    path: Path
    answered: dt.date
    changed_lines: list[int] = field(default_factory=list)


def _set_value(line: str, value: str) -> str:
    match = _VALUE.match(line)
    if match is None:
        raise PublishError("line", line=line.strip())
    return f"{match.group('key').rstrip()} {value}{match.group('rest')}"


def edited_text(text: str, answered: dt.date) -> tuple[str, list[int]]:
    """The file text with status published and `answered` set; and the changed file lines (1-based)."""
    source, problems = split_front_matter(text, "")
    if source is None:
        raise PublishError("front_matter", problems)
    keys = new_yaml().load(source.front_matter)
    if not hasattr(keys, "lc") or "status" not in keys:
        raise PublishError("no_status")
    lines = text.split("\n")
    first = source.front_matter_line - 1  # index of the first front-matter line in `lines`
    status_at = first + keys.lc.key("status")[0]
    # The import's hint on the status line ('publiceer met hub qa publish ...') has done its job.
    lines[status_at] = re.sub(r"\s+#.*hub qa publish.*$", "", _set_value(lines[status_at], "published"))
    changed = [status_at + 1]
    if "answered" in keys:
        answered_at = first + keys.lc.key("answered")[0]
        lines[answered_at] = _set_value(lines[answered_at], answered.isoformat())
        changed.append(answered_at + 1)
    else:
        after = keys.lc.key("asked")[0] if "asked" in keys else keys.lc.key("status")[0]
        lines.insert(first + after + 1, f"answered: {answered.isoformat()}")
        changed = [n + (1 if n > first + after + 1 else 0) for n in changed] + [first + after + 2]
    result = "\n".join(lines)
    reread, _ = split_front_matter(result, "")
    values = new_yaml().load(reread.front_matter) if reread else {}
    if values.get("status") != "published" or str(values.get("answered")) != answered.isoformat():
        raise PublishError("unsafe")
    return result, sorted(changed)


def _problems_of(content_root: Path, slug: str, text: str, today: dt.date) -> list[Problem]:
    """`hub check` errors of the question as it would be published (the rest of the tree as it is)."""
    catalog, _ = load_content(content_root)
    real = ContentDir(content_root)
    with tempfile.TemporaryDirectory() as temporary:
        candidate_root = Path(temporary) / content_root.resolve().name
        candidate_path = candidate_root / "qa" / f"{slug}.md"
        candidate_path.parent.mkdir(parents=True)
        candidate_path.write_text(text, encoding="utf-8")
        item, problems = load_item(ContentDir(candidate_root), candidate_path, "qa", in_archive=False)
    shown = real.shown(content_root / "qa" / f"{slug}.md")
    problems = [replace(p, path=shown) for p in problems]
    if item is None:
        return problems
    assert isinstance(item, Question)
    item.attach_source(slug, shown, item._lines, item.body, item.body_line, False)
    catalog.questions[slug] = item
    catalog.reindex()
    found = [p for p in run_rules(catalog, content_root, today) if p.path == shown]
    return [p for p in problems + found if p.severity == Severity.ERROR]


def _line_before_insert(found: Problem, inserted: int) -> Problem:
    """A problem of the edited file, located in the file as it is (before line `inserted` was added)."""
    return found if found.line <= inserted else replace(found, line=found.line - 1)


def _question_path(content_root: Path, slug: str) -> Path:
    """content/qa/SLUG.md, a file really inside content/qa/; else QuestionNotFound (in Dutch)."""
    folder = content_root / "qa"
    path = folder / f"{slug}.md"
    if path.is_file() and path.resolve().parent == folder.resolve():
        return path
    if (content_root / "archive" / "qa" / f"{slug}.md").is_file():
        raise QuestionNotFound(
            f"geen vraag '{slug}' in {folder}: ze is gearchiveerd (archive/qa/{slug}.md) en wordt niet "
            "opnieuw gepubliceerd"
        )
    raise QuestionNotFound(
        f"geen vraag '{slug}' in {folder}; controleer de slug (de bestandsnaam zonder .md)"
    )


def publish_question(
    content_root: Path, slug: str, answered: dt.date | None = None, *, today: dt.date
) -> Published:
    """Publish content/qa/SLUG.md, or raise PublishError and leave the file untouched."""
    answered = answered or today
    wrong_slug = slug_problem(slug)
    if wrong_slug:
        raise ValueError(wrong_slug)
    path = _question_path(content_root, slug)
    shown = ContentDir(content_root).shown(path)
    text, problems = read_text(path, shown)
    if text is None:
        raise PublishError("unreadable", problems)
    body_marks = [
        problem("HUB610", shown, number, "body", item_slug=slug)
        for number, line in enumerate(text.split("\n"), start=1)
        if ANSWER_MARKER in line or ANSWER_PROMPT in line
    ]
    if body_marks:
        raise PublishError("answer", body_marks)
    new_text, changed = edited_text(text, answered)
    problems = _problems_of(content_root, slug, new_text, today)
    if new_text.count("\n") > text.count("\n"):  # 'answered' was inserted: name lines of the file as it is
        inserted = next(n for n in changed if new_text.split("\n")[n - 1].startswith("answered:"))
        problems = [_line_before_insert(p, inserted) for p in problems]
    if problems:
        raise PublishError("check", problems)
    if b"\r\n" in path.read_bytes():
        new_text = new_text.replace("\n", "\r\n")
    write_atomic(path, new_text)
    return Published(path, answered, changed)
