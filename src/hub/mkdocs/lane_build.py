"""`hub build`'s run of MkDocs: the steps of `mkdocs.commands.build.build` for a clean final build,
in the same order and with the same plugin events, except that the generated pages outside the
navigation are read and rendered in several lanes (processes) at once.

MkDocs 1.6 is the last of its line, so its private page functions used here stay as they are; the
preview (`hub serve`) keeps MkDocs' own build, which renders again only what a save changed."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from mkdocs import utils
from mkdocs.commands.build import (
    _build_extra_template,
    _build_page,
    _build_theme_template,
    _populate_page,
)
from mkdocs.exceptions import Abort, BuildError
from mkdocs.structure.files import File, InclusionLevel, get_files, set_exclusions
from mkdocs.structure.nav import Navigation, get_navigation
from mkdocs.structure.pages import Page

from hub.lanes import in_lanes

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

log = logging.getLogger("mkdocs")


def build(config: MkDocsConfig, lanes: int) -> None:
    """Build the site of CONFIG into its (empty) site_dir, spreading pages over LANES processes."""
    warnings = utils.CountHandler()
    warnings.setLevel(logging.WARNING)
    if config.strict:
        log.addHandler(warnings)
    try:
        config = config.plugins.on_config(config)
        config.plugins.on_pre_build(config=config)
        utils.clean_directory(config.site_dir)
        files = get_files(config)
        env = config.theme.get_env()
        files.add_files_from_theme(env, config)
        files = config.plugins.on_files(files, config=config)
        set_exclusions(files, config)
        nav = get_navigation(files, config)
        nav = config.plugins.on_nav(nav, config=config, files=files)

        doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
        for file in doc_files:
            if file.page is None:
                Page(None, file, config)
        shared, spread = _shared_and_spread(doc_files, nav)
        # The navigation's pages and docs/ pages are read here, before the `env` event, as MkDocs
        # does: every page's navigation needs their titles, and the hub checks docs/ links then.
        for file in shared:
            _populate_page(file.page, config, files)
        env = config.plugins.on_env(env, config=config, files=files)
        files.copy_static_files(inclusion=InclusionLevel.is_included)
        for template in config.theme.static_templates:
            _build_theme_template(template, env, files, config, nav)
        for template in config.extra_templates:
            _build_extra_template(template, files, config, nav)

        def render_lane(lane: int, count: int) -> dict[int, int]:
            """Read and render this lane's share of the spread pages (lane 0 also the shared ones);
            the warnings a forked lane logged, for the strict count here."""
            counted = warnings
            if lane:
                counted = utils.CountHandler()
                counted.setLevel(logging.WARNING)
                log.addHandler(counted)
            mine = spread[lane::count]
            for file in mine:
                _populate_page(file.page, config, files)
            pages = [*shared, *mine] if lane == 0 else mine
            for file in pages:
                _build_page(file.page, config, doc_files, nav, env)
            level = config.validation.links.anchors
            for file in pages:
                file.page.validate_anchor_links(files=files, log_level=level)
            return dict(counted.counts) if lane else {}

        for counts in in_lanes(render_lane, lanes)[1:]:
            for level, number in counts.items():
                if config.strict:
                    warnings.counts[level] += number

        config.plugins.on_post_build(config=config)
        if counts := warnings.get_counts():
            message = ", ".join(f"{number} {level.lower()}s" for level, number in counts)
            raise Abort(f"Aborted with {message} in strict mode!")
    except Exception as exc:
        config.plugins.on_build_error(error=exc)
        if isinstance(exc, BuildError):
            log.error(str(exc))
            raise Abort("Aborted with a BuildError!") from None
        raise
    finally:
        log.removeHandler(warnings)


def _shared_and_spread(doc_files: list[File], nav: Navigation) -> tuple[list[File], list[File]]:
    """The pages read before the `env` event (navigation and docs/ pages) and the generated pages
    outside the navigation, which any lane may take."""
    in_nav = {id(page) for page in nav.pages}
    shared: list[File] = []
    spread: list[File] = []
    for file in doc_files:
        generated_elsewhere = file.generated_by is not None and id(file.page) not in in_nav
        (spread if generated_elsewhere else shared).append(file)
    return shared, spread
