"""Writing what an import found: the effect file (the same bytes for the same export; a newer export
replaces only the counts, keeping an editor's comments) and the begeleider's open answers."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from hub.effects.importer import EffectImport
from hub.helpdesk.text import as_markdown_text, defuse_formula
from hub.load.yamlsource import new_yaml
from hub.storage import write_atomic

HEADER = (
    "# EDBI-resultaten van één sessie: alleen aantallen, geen namen, e-mailadressen of open antwoorden.\n"
    "# Gemaakt met 'hub effect import'; een nieuwere export van dezelfde sessie vervangt de aantallen.\n"
)


_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
_YAML_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


def _comment(text: str) -> str:
    return " ".join(text.split())


def _scalar(text: str) -> str:
    """TEXT as a YAML string: plain when it cannot be read as anything else, else double-quoted."""
    if _PLAIN.fullmatch(text) and text.lower() not in _YAML_WORDS:
        return text
    return json.dumps(text, ensure_ascii=False)


def effect_text(found: EffectImport) -> str:
    """A new effect file: keys in a fixed order, one line per question with its text as a comment."""
    assert found.fiche.evaluation is not None
    labels = " / ".join(found.fiche.evaluation.labels)
    texts = {q.id: q.text for q in found.fiche.evaluation.questions}
    lines = [
        f"offering: {_scalar(found.offering.slug)}",
        f"session: {found.session.isoformat()}",
        f"participants: {found.participants}",
        f"responses: {found.responses}",
        f"# per vraag: aantal antwoorden 1 tot 5 ({_comment(labels)})",
        "questions:" if found.counts else "questions: {}",
    ]
    for question_id, counts in found.counts.items():
        values = ", ".join(str(count) for count in counts)
        text = _comment(texts.get(question_id, ""))
        lines.append(f"  {_scalar(question_id)}: [{values}]" + (f"  # {text}" if text else ""))
    return HEADER + "\n".join(lines) + "\n"


def _flow(values: list[int]) -> CommentedSeq:
    seq = CommentedSeq(values)
    seq.fa.set_flow_style()
    return seq


def updated_text(existing: str, found: EffectImport) -> str | None:
    """EXISTING with the new participants, responses and counts, comments and order kept; None when it
    cannot be read as an effect file (it is then written anew)."""
    yaml = new_yaml()
    try:
        doc: Any = yaml.load(existing)
    except YAMLError:
        return None
    if not isinstance(doc, CommentedMap) or not isinstance(doc.get("questions", {}), dict):
        return None
    doc["participants"] = found.participants
    doc["responses"] = found.responses
    questions = doc.get("questions")
    if not isinstance(questions, CommentedMap):
        questions = doc["questions"] = CommentedMap()
    for question_id in [key for key in questions if key not in found.counts]:
        del questions[question_id]
    for question_id, counts in found.counts.items():
        current = questions.get(question_id)
        if isinstance(current, CommentedSeq):
            current[:] = counts
        else:
            questions[question_id] = _flow(counts)
    out = io.StringIO()
    yaml.dump(doc, out)
    return out.getvalue()


@dataclass(frozen=True)
class Written:
    path: Path
    changed: bool  # False: the file already said exactly this


def write_effect(content_root: Path, found: EffectImport) -> Written:
    """Write the effect file atomically; an export imported again changes no byte."""
    path = found.effect_path(content_root)
    existing = path.read_text(encoding="utf-8") if path.is_file() else None
    text = (updated_text(existing, found) if existing is not None else None) or effect_text(found)
    if text == existing:
        return Written(path, False)
    write_atomic(path, text)
    return Written(path, True)


def open_answers_text(found: EffectImport, suffix: str) -> str:
    """The open answers as CSV (semicolon, for Excel; formulas made inert) or as Markdown (grouped per
    question, as plain text): no names, e-mail addresses, ids or times, only question and answer."""
    if suffix == ".csv":
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(["vraag", "vraagtekst", "antwoord"])
        for answer in found.open_answers:
            question = answer.question
            writer.writerow([question.id, defuse_formula(question.text), defuse_formula(answer.text)])
        return "\ufeff" + out.getvalue()
    title = f"# Open antwoorden: {found.offering.title}, sessie van {found.session.isoformat()}"
    lines = [as_markdown_text(title), "", "Alleen voor de begeleider; persoonsgegevens zijn verwijderd.", ""]
    current = None
    for answer in found.open_answers:
        if answer.question.id != current:
            current = answer.question.id
            lines += [f"## {answer.question.id}: {as_markdown_text(answer.question.text)}", ""]
        lines.append("- " + as_markdown_text(answer.text).replace("\n", "\n  "))
    return "\n".join(lines).rstrip("\n") + "\n"


def write_open_answers(path: Path, found: EffectImport) -> None:
    write_atomic(path.expanduser(), open_answers_text(found, path.suffix.lower()))
