"""Reading content files as text: UTF-8 (with or without BOM), any line ending, YAML front matter."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hub.load.limits import file_too_large
from hub.problems import Problem, problem


@dataclass(frozen=True)
class SourceText:
    """A content file split into front matter and body; line numbers are 1-based file lines."""

    front_matter: str
    front_matter_line: int  # file line of the first front-matter line
    body: str
    body_line: int  # file line of the first body line


def read_text(path: Path, shown_path: str) -> tuple[str | None, list[Problem]]:
    """The file's text with LF line endings, or a located error when it is not UTF-8."""
    try:
        too_large = file_too_large(path.stat().st_size, shown_path)
        if too_large is not None:
            return None, [too_large]
        raw = path.read_bytes()
    except OSError as exc:
        return None, [problem("HUB110", shown_path, 1, "file", "read", reason=exc.strerror or exc)]
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        byte = f"{raw[exc.start]:02x}"
        return None, [problem("HUB110", shown_path, line, "encoding", "encoding", byte=byte)]
    return text.replace("\r\n", "\n").replace("\r", "\n"), []


def split_front_matter(text: str, shown_path: str) -> tuple[SourceText | None, list[Problem]]:
    """Split `---`-delimited YAML front matter from the Markdown body."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None, [problem("HUB112", shown_path, 1, "front-matter", "start")]
    for index in range(1, len(lines)):
        # Only a line that starts with the marker closes it: an indented '---' is block text.
        if lines[index].rstrip() in ("---", "..."):
            front = "\n".join(lines[1:index])
            body = "\n".join(lines[index + 1 :])
            return SourceText(front, 2, body, index + 2), []
    return None, [problem("HUB112", shown_path, 1, "front-matter", "unclosed")]
