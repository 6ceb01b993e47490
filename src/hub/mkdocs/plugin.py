"""The MkDocs side of the hub: content/ becomes generated pages; nothing else here knows MkDocs.

Events only delegate: the content is loaded and checked once per build (or handed over, already
checked, by `hub build`), the pages come from `hub.render` as plain data, and every output file,
redirects included, goes through MkDocs' `Files`.
"""

from __future__ import annotations

import gc
import hashlib
import html
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from hub.check import has_errors
from hub.context import BuildContext, SiteSettings, brussels_now, cache_root_from, load_context
from hub.load.loader import FileCache
from hub.mkdocs import shared_parts
from hub.mkdocs.handoff import preset_for
from hub.model.fields import contact_problem
from hub.problems import Problem, Severity, format_problems
from hub.render.jsonld import absolute
from hub.render.page_links import broken_link_problems
from hub.render.pages import PageSpec, StaticFile, build_site_content
from hub.render.plain_text import clean_text
from hub.render.redirects import redirect_files
from hub.render.sanitize import sanitize_html, sanitize_page_html


class HubConfig(Config):
    content = c.Type(str, default="content")


class HubPlugin(BasePlugin[HubConfig]):
    """Loads and checks content/, adds a virtual page per item and the browse pages."""

    def __init__(self) -> None:
        self.content_root = Path("content")
        self.context: BuildContext | None = None
        self.specs: dict[str, PageSpec] = {}
        self.handed_over: BuildContext | None = None
        self.cache_root: Path | None = None
        self.lanes = 1
        self.serving = False
        self.files_cache = FileCache()  # kept across `mkdocs serve` rebuilds: unchanged files are not re-read
        self.page_digests: dict[str, str] = {}  # generated page -> digest of its source and data, last build
        self.lastmod: dict[str, str] = {}  # generated page -> the date of its last real change (sitemap)
        self.sitemap_files: list[dict[str, str | None]] = []  # files harvesters read (open metadata)
        self.served: set[str] = set()  # every output path of this build, for the docs/ link check
        self.link_problems: list[Problem] = []
        self.nav: Any = None

    def on_startup(self, command: str, dirty: bool) -> None:
        """Defined so that MkDocs keeps this plugin (and its file cache) across serve rebuilds."""
        self.serving = command == "serve"

    def on_config(self, config: Any) -> Any:
        preset = preset_for(config.config_file_path)
        base = Path(config.config_file_path or ".").parent
        if preset is not None:
            self.content_root = preset.content_root
            self.cache_root = preset.cache_root
            self.lanes = preset.lanes
            # The command's checked context serves the first build only: a rebuild reads the files.
            self.handed_over, preset.context = preset.context, None
        else:
            self.content_root = (base / self.config.content).resolve()
            self.cache_root = cache_root_from(os.environ)
        contact = (config.extra or {}).get("contact")
        problem = contact_problem(contact) if contact is not None else None
        if problem:
            raise PluginError(f"{config.config_file_path}: extra.contact: {problem}")
        return config

    def _load(self, config: Any) -> BuildContext:
        settings = SiteSettings(
            site_url=config.site_url or "", site_name=config.site_name, extra=dict(config.extra or {})
        )
        if self.handed_over is not None:
            context, self.handed_over = self.handed_over, None  # only for the first build
            context.settings = settings
            return context
        try:
            return load_context(
                self.content_root, brussels_now(), settings, self.cache_root, files_cache=self.files_cache
            )
        except FileNotFoundError as exc:
            raise PluginError(str(exc)) from None

    def on_files(self, files: Files, config: Any) -> Files:
        gc.unfreeze()  # a rebuild in `mkdocs serve`: the previous build's objects may go now
        context = self._load(config)
        context.lanes = self.lanes
        errors = [p for p in context.problems if p.severity == Severity.ERROR]
        if has_errors(errors):
            raise PluginError("content has errors (run 'hub check'):\n" + format_problems(errors, "text"))
        self.context = context
        # The catalog, and then the pages, live until the build ends: keep the garbage collector
        # from walking them again on every collection (a large bank has millions of such objects;
        # without this the build time grows with the square of the bank).
        gc.freeze()
        site = build_site_content(context)
        gc.freeze()
        self.specs = {}
        for spec in site.pages:
            source = _page_source(spec)
            file = File.generated(config, spec.src_uri, content=source)
            if self.serving:  # only a preview's rebuild skips pages: a build renders them all
                self._mark_changes(file, spec, source)
            files.append(file)
            self.specs[spec.src_uri] = spec
        for file in files.documentation_pages():
            if file.src_uri not in self.specs:
                # docs/ pages show live lists from the model: always rebuilt, also in a dirty preview.
                file.is_modified = _always  # type: ignore[method-assign]
        taken = {file.dest_uri for file in files}
        for static in [*site.files, *redirect_files(context.catalog, config.site_name)]:
            if static.dest_uri not in taken:
                files.append(_static_file(config, static))
                taken.add(static.dest_uri)
        self.lastmod = {spec.src_uri: spec.updated for spec in site.pages if spec.updated}
        self.sitemap_files = [
            {"url": absolute(config.site_url or "", static.dest_uri), "lastmod": static.lastmod}
            for static in site.files
            if static.in_sitemap
        ]
        self.served = taken | set(config.theme.static_templates) | {"sitemap.xml.gz"}
        self.link_problems = []
        return files

    def _mark_changes(self, file: File, spec: PageSpec, source: str) -> None:
        """A generated page counts as modified when its source or data differ from the last build,
        so `hub serve` (a dirty build) renders again only the pages an edit changed."""
        digest = hashlib.sha1(
            (source + json.dumps(spec.context, sort_keys=True, ensure_ascii=False)).encode()
        ).hexdigest()
        changed = self.page_digests.get(spec.src_uri) != digest
        self.page_digests[spec.src_uri] = digest
        file.is_modified = _always if changed else _never  # type: ignore[method-assign]

    def on_page_context(self, context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
        spec = self.specs.get(page.file.src_uri)
        if spec is not None:
            context["hub"] = spec.context
            # Raw title and description for hub templates (which autoescape); page.meta holds escaped copies.
            context["page_title"] = spec.title
            context["page_description"] = spec.description
        return context

    def on_page_content(self, html: str, page: Any, config: Any, files: Files) -> str:
        # Every page is sanitised: generated ones as editors' bodies, docs/ pages with their forms.
        if page.file.src_uri in self.specs:
            return sanitize_html(html)
        cleaned = sanitize_page_html(html)
        self.link_problems += docs_link_problems(page, cleaned, self.served, config)
        return cleaned

    def on_env(self, env: Any, config: Any, files: Files) -> Any:
        if self.link_problems:
            # Every docs/ page is read by now: all their broken links in one message.
            problems, self.link_problems = sorted(set(self.link_problems)), []
            raise PluginError("links in docs/ die nergens heen leiden:\n" + format_problems(problems, "text"))
        # For templates that write XML (the sitemap): no character that XML 1.0 forbids.
        env.filters["xml_text"] = lambda value: clean_text(str(value))
        env.globals["hub_card"] = _card_renderer(env)
        if self.nav is not None:  # (a build always has one; a test of a single template may not)
            shared_parts.install(env, config.theme.dirs, config.theme.custom_dir, self.nav, config)
        env.globals["hub_lastmod"] = dict(self.lastmod)
        # Generated pages may be read after the sitemap is written (in another lane): their spec says.
        env.globals["hub_noindex"] = {uri for uri, spec in self.specs.items() if spec.noindex}
        env.globals["hub_sitemap_files"] = list(self.sitemap_files)
        return env

    def on_nav(self, nav: Any, config: Any, files: Files) -> Any:
        self.nav = nav
        return nav

    def on_serve(self, server: Any, config: Any, builder: Any) -> Any:
        server.watch(str(self.content_root))
        return server


def _card_renderer(env: Any) -> Callable[[dict[str, Any], str], Any]:
    """`hub_card(card, base_url)`: partials/card.html's macro, rendered once per card and page depth
    in this build (a card is a pure function of its item; listings show it on many pages)."""
    card_item = env.get_template("hub/partials/card.html").module.card_item
    rendered: dict[tuple[str, str, str], Any] = {}

    def hub_card(card: dict[str, Any], base_url: str) -> Any:
        key = (card["kind"], card["slug"], base_url)
        if key not in rendered:
            # The macro's output is HTML that escaped its own values: mark it so, once.
            rendered[key] = Markup(card_item(card, base_url))
        return rendered[key]

    return hub_card


def docs_link_problems(page: Any, html: str, served: set[str], config: Any) -> list[Problem]:
    """HUB351 for each link of a rendered docs/ page that reaches no file of the build."""
    if not served:
        return []
    source = Path(page.file.abs_src_path)
    base = Path(config.config_file_path or ".").parent.resolve()
    shown = source.resolve().relative_to(base).as_posix() if base in source.resolve().parents else str(source)
    text = source.read_text(encoding="utf-8") if source.is_file() else ""
    root = urlsplit(config.site_url or "").path or "/"
    return broken_link_problems(shown, text, page.url, html, served, root)


def _always() -> bool:
    return True


def _never() -> bool:
    return False


def _static_file(config: Any, static: StaticFile) -> File:
    if static.source is not None:
        return File.generated(config, static.dest_uri, abs_src_path=str(static.source))
    return File.generated(config, static.dest_uri, content=static.content or "")


def _page_source(spec: PageSpec) -> str:
    # The theme prints page.meta.title and .description without escaping (MkDocs does not autoescape):
    # content text goes into the page meta already escaped.
    meta: dict[str, Any] = {
        "title": html.escape(spec.title),
        "template": spec.template,
        # Editors' bodies are Markdown, never templates: macros must not run on them.
        "render_macros": False,
    }
    if spec.description:
        meta["description"] = html.escape(spec.description)
    if spec.noindex:
        meta["robots"] = "noindex"
    if not spec.search:
        meta["search"] = {"exclude": True}
    # JSON is YAML: a page's front matter is written by the C json encoder (thousands of pages).
    front = json.dumps(meta, ensure_ascii=False)
    return f"---\n{front}\n---\n\n{spec.body}\n"
