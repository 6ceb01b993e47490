"""The MkDocs side of the hub: content/ becomes generated pages; nothing else here knows MkDocs."""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import Any

import yaml
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from hub.check import check_content, has_errors
from hub.problems import Severity, format_problems
from hub.render.pages import PageSpec, SiteContent, build_site_content
from hub.render.plain_text import clean_text
from hub.render.redirects import redirect_files
from hub.render.sanitize import sanitize_html, sanitize_page_html

CONTENT_ENV = "HUB_CONTENT_DIR"


class HubConfig(Config):
    content = c.Type(str, default="content")


class HubPlugin(BasePlugin[HubConfig]):
    """Loads and checks content/, adds a virtual page per item and the browse pages."""

    def __init__(self) -> None:
        self.content_root = Path("content")
        self.site: SiteContent = SiteContent()
        self.specs: dict[str, PageSpec] = {}
        self.catalog: Any = None

    def on_config(self, config: Any) -> Any:
        configured = os.environ.get(CONTENT_ENV) or self.config.content
        base = Path(config.config_file_path or ".").parent
        self.content_root = (base / configured).resolve()
        # Calendars and feeds need absolute URLs; they read the site's address from here.
        if config.site_url:
            os.environ["HUB_SITE_URL"] = config.site_url
        return config

    def on_files(self, files: Files, config: Any) -> Files:
        try:
            catalog, problems = check_content(self.content_root)
        except FileNotFoundError as exc:
            raise PluginError(str(exc)) from None
        errors = [p for p in problems if p.severity == Severity.ERROR]
        if has_errors(errors):
            raise PluginError("content has errors (run 'hub check'):\n" + format_problems(errors, "text"))
        self.catalog = catalog
        self.site = build_site_content(catalog, self.content_root)
        self.specs = {}
        for spec in self.site.pages:
            files.append(File.generated(config, spec.src_uri, content=_page_source(spec)))
            self.specs[spec.src_uri] = spec
        for static in [*self.site.files]:
            if static.source is not None:
                files.append(File.generated(config, static.dest_uri, abs_src_path=str(static.source)))
            else:
                files.append(File.generated(config, static.dest_uri, content=static.content or ""))
        return files

    def on_page_context(self, context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
        spec = self.specs.get(page.file.src_uri)
        if spec is not None:
            context["hub"] = spec.context
            # Raw title and description for hub templates (which autoescape); page.meta holds escaped copies.
            context["page_title"] = spec.title
            context["page_description"] = spec.description
            context["hub_catalog"] = self.catalog
        return context

    def on_page_content(self, html: str, page: Any, config: Any, files: Files) -> str:
        # Every page is sanitised: generated ones as editors' bodies, docs/ pages with their forms.
        if page.file.src_uri in self.specs:
            return sanitize_html(html)
        return sanitize_page_html(html)

    def on_env(self, env: Any, config: Any, files: Files) -> Any:
        # For templates that write XML (the sitemap): no character that XML 1.0 forbids.
        env.filters["xml_text"] = lambda value: clean_text(str(value))
        return env

    def on_post_build(self, config: Any) -> None:
        site_dir = Path(config.site_dir)
        if self.catalog is None:
            return
        for static in redirect_files(self.catalog, config.site_name):
            target = site_dir / static.dest_uri
            if target.exists():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(str(static.content), encoding="utf-8")

    def on_serve(self, server: Any, config: Any, builder: Any) -> Any:
        server.watch(str(self.content_root))
        return server


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
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    return f"---\n{front}---\n\n{spec.body}\n"
