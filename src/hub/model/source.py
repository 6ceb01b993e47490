"""Where a value came from: the file line (and column) of every key and list item of a document."""

from __future__ import annotations

KeyPath = tuple[str | int, ...]


class LineMap:
    """File positions of the values in one YAML document, by key path (`("steps", 2, "material")`)."""

    def __init__(
        self, lines: dict[KeyPath, int], default: int, columns: dict[KeyPath, int] | None = None
    ) -> None:
        self._lines = lines
        self._columns = columns or {}
        self.default = default

    def line(self, *path: str | int) -> int:
        """The line of `path`, or of its nearest ancestor that has one."""
        while path:
            if path in self._lines:
                return self._lines[path]
            path = path[:-1]
        return self.default

    def column(self, *path: str | int) -> int:
        """The 1-based column of `path` (or of its nearest located ancestor); 1 when unknown."""
        while path:
            if path in self._lines:
                return self._columns.get(path, 1)
            path = path[:-1]
        return 1

    def below(self, index: int) -> LineMap:
        """The positions inside list item `index`, with paths relative to that item."""
        inner = {path[1:]: line for path, line in self._lines.items() if path[:1] == (index,) and path[1:]}
        columns = {path[1:]: col for path, col in self._columns.items() if path[:1] == (index,) and path[1:]}
        return LineMap(inner, self.line(index), columns)
