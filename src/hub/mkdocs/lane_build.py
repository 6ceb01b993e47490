"""`hub build`'s run of MkDocs: the steps of `mkdocs.commands.build.build` for a clean final build,
in the same order and with the same plugin events, except that the pages are rendered in several
lanes (processes) at once, and the generated pages outside the navigation also read there.

MkDocs 1.6 is the last of its line, so its private page functions used here stay as they are; the
preview (`hub serve`) keeps MkDocs' own build, which renders again only what a save changed."""

from __future__ import annotations

import functools
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
from mkdocs.structure.files import File, Files, InclusionLevel, get_files, set_exclusions
from mkdocs.structure.nav import Navigation, get_navigation
from mkdocs.structure.pages import Page

from hub.lanes import each_in_lanes

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

log = logging.getLogger("mkdocs")

PAGES_PER_TASK = 50


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

        def render(chunk: list[File], read: bool) -> tuple[dict[int, int], list[Anchors]]:
            """Read (when READ) and render the pages of CHUNK: the warnings logged meanwhile, and
            each page's anchors and links to anchors (checked here once every page is read)."""
            counted = utils.CountHandler()
            counted.setLevel(logging.WARNING)
            log.addHandler(counted)
            try:
                for file in chunk if read else ():
                    _populate_page(file.page, config, files)
                for file in chunk:
                    _build_page(file.page, config, doc_files, nav, env)
            finally:
                log.removeHandler(counted)
            return dict(counted.counts), [_anchors_of(file) for file in chunk]

        # The shared pages first (this process takes tasks from the front), then the spread pages
        # in small runs taken first come first served, so that no lane waits for another.
        tasks = [functools.partial(render, shared, False)]
        tasks += [
            functools.partial(render, spread[start : start + PAGES_PER_TASK], True)
            for start in range(0, len(spread), PAGES_PER_TASK)
        ]
        log.removeHandler(warnings)  # each task counts its own
        rendered = each_in_lanes(tasks, lanes)
        if config.strict:
            log.addHandler(warnings)
        for counts, anchors in rendered:
            for level, number in counts.items():
                warnings.counts[level] += number
            for found in anchors:
                _restore_anchors(found, files)
        # As MkDocs does: every link to an anchor checked once every page is read.
        for file in doc_files:
            file.page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)

        config.plugins.on_post_build(config=config)
        if config.strict and (counts := warnings.get_counts()):
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


# A page's source, the anchors it has, and the anchors its links point to (by source file).
Anchors = tuple[str, set[str] | None, dict[str, dict[str, str]] | None]


def _anchors_of(file: File) -> Anchors:
    page = file.page
    links = page.links_to_anchors
    return (
        file.src_uri,
        page.present_anchor_ids,
        None if links is None else {target.src_uri: dict(found) for target, found in links.items()},
    )


def _restore_anchors(found: Anchors, files: Files) -> None:
    """Give a page read in another lane its anchors and links here (a page read here has them)."""
    src_uri, present, links = found
    page = files.get_file_from_path(src_uri).page
    if page.present_anchor_ids is None:
        page.present_anchor_ids = present
        page.links_to_anchors = (
            None
            if links is None
            else {files.get_file_from_path(target): targets for target, targets in links.items()}
        )


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
