"""The build context: made once per command, passed explicitly to everything below the CLI.

It holds the loaded and checked catalog, the content folder, `today` and `now` in Europe/Brussels
(settable, so builds and tests are deterministic), the site settings, and what is computed at most
once per build, on first use: the search index, the pruning findings, the near-duplicates.
Nothing below the CLI and the generator adapter reads the clock or the environment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from hub.index.containment import Overlap
    from hub.index.store import IndexState
    from hub.load.loader import FileCache
    from hub.model.catalog import Catalog
    from hub.problems import Problem
    from hub.reports.effects import RollUp, SessionResult

BRUSSELS = ZoneInfo("Europe/Brussels")
DEFAULT_SITE_URL = "https://example.invalid/"
CACHE_ENV = "HUB_CACHE_DIR"


@dataclass(frozen=True)
class SiteSettings:
    """What pages need to know about the site they are part of."""

    site_url: str = DEFAULT_SITE_URL
    site_name: str = "Materialenbank en helpdesk"
    extra: dict[str, Any] = field(default_factory=dict)

    def absolute(self, path: str) -> str:
        """An absolute URL for a site-relative path ('materialen/x/')."""
        return self.site_url.rstrip("/") + "/" + path.lstrip("/")


def brussels_now() -> dt.datetime:
    """The wall clock in Brussels, naive (content times are naive Brussels times). CLI and adapter only."""
    return dt.datetime.now(BRUSSELS).replace(tzinfo=None, microsecond=0)


def default_cache_root(content_root: Path) -> Path:
    """Where the search index cache lives unless a command says otherwise: `.cache/hub-index/` next
    to content/ (the CLI and the MkDocs adapter honour `$HUB_CACHE_DIR`)."""
    return content_root.resolve().parent / ".cache" / "hub-index"


def cache_root_from(environment: Mapping[str, str]) -> Path | None:
    """The cache root `$HUB_CACHE_DIR` names, if any (read by the CLI and the adapter only)."""
    configured = environment.get(CACHE_ENV)
    return Path(configured) if configured else None


@dataclass
class BuildContext:
    """One command's view of the content: the catalog and everything derived from it, once."""

    catalog: Catalog
    content_root: Path
    now: dt.datetime  # naive, Europe/Brussels
    settings: SiteSettings = field(default_factory=SiteSettings)
    problems: list[Problem] = field(default_factory=list)
    cache_root: Path | None = None
    lanes: int = 1  # processes the page making may use at once (set by the command that builds)
    # URL paths of the generated pages, once they are made (links are checked against them).
    generated_paths: set[str] | None = None

    @property
    def today(self) -> dt.date:
        return self.now.date()

    @cached_property
    def index(self) -> IndexState:
        """The analysed records of the search index, brought up to date once for this context (the
        whoosh index for `hub search` is written beside the build)."""
        from hub.index.store import open_index

        return open_index(
            self.catalog, self.content_root, self.cache_root, searchable=False, lanes=self.lanes
        )

    def prepare_likeness(self) -> None:
        """Read the index's records and make their tf-idf vectors now (related materials and
        duplicates need them)."""
        from hub.index import prepare_likeness

        prepare_likeness(self.index)

    @cached_property
    def near_duplicates(self) -> list[tuple[str, str, str, float]]:
        """(kind, slug, other slug, likeness) of published items that look alike."""
        from hub.index import duplicates_in

        return duplicates_in(self.index)

    @cached_property
    def text_duplicates(self) -> list[Overlap]:
        """Published items of one kind whose body largely stands in another's (word shingles)."""
        from hub.index.containment import text_duplicates

        return text_duplicates(self.catalog)

    @cached_property
    def prune_findings(self) -> list[Any]:
        """The pruning report, links checked against the generated pages once they are known."""
        from hub.reports.prune import prune

        return prune(
            self.catalog,
            self.content_root,
            self.today,
            generated=self.generated_paths,
            duplicates=lambda: [*self.near_duplicates, *self.text_duplicates],
        )

    @cached_property
    def effect_results(self) -> list[SessionResult]:
        """The evaluation of every session with an effect file (content/effects/)."""
        from hub.reports.effects import session_results

        return session_results(self.catalog)

    @cached_property
    def effect_rollup(self) -> list[RollUp]:
        """The evaluations per form and school year (the meta-analysis)."""
        from hub.reports.effects import roll_up

        return roll_up(self.effect_results)


def load_context(
    content_root: Path,
    now: dt.datetime,
    settings: SiteSettings | None = None,
    cache_root: Path | None = None,
    files_cache: FileCache | None = None,
    lanes: int = 1,
    for_pages: bool = False,
) -> BuildContext:
    """Read and check a content tree once: the context with every problem found on the way (the
    rules run over LANES processes). FOR_PAGES: a build follows, so this process prepares what the
    pages need (the index's vectors) while other lanes check."""
    from hub.check import check_loaded
    from hub.check.config import read_rule_config
    from hub.load.loader import load_content
    from hub.problems import Severity

    moment = now
    catalog, problems = load_content(content_root, files_cache, lanes)
    context = BuildContext(
        catalog=catalog,
        content_root=content_root.resolve(),
        now=moment,
        settings=settings or SiteSettings(),
        cache_root=cache_root or default_cache_root(content_root),
        lanes=lanes,
    )
    # hub.yml next to content/ turns rules off or changes their severity, for every command alike.
    # Not for content whose files did not all load: that build stops (rule errors are found while
    # the index is read, so content with only those still gets its search cache).
    loaded_cleanly = not any(found.severity == Severity.ERROR for found in problems)
    beside = [context.prepare_likeness] if for_pages and loaded_cleanly else []
    found = check_loaded(catalog, content_root, moment.date(), problems, lanes=lanes, beside=beside)
    context.problems = sorted(read_rule_config(content_root).apply(found))
    return context
