"""Macros for the hand-written pages in docs/: live lists and counts from the model.

Every text a macro returns has gone through `hub.render.markdown_text.literal` (as Markup, so
`| e` and `| md_text` leave it as it is): a label or description can never become Markdown or
HTML on a page, whichever filter, if any, the page applies. Ids and URLs are built from
validated ids and slugs; they are percent-quoted all the same.
"""

from __future__ import annotations

import dataclasses
from typing import Any
from urllib.parse import quote

from markupsafe import Markup

from hub.context import BuildContext
from hub.model.catalog import Catalog
from hub.render import dutch
from hub.render.markdown_text import literal
from hub.render.views import card, facet_url

# Keys whose values are ids or URLs (quoted, not turned into character references).
_ADDRESS_KEYS = frozenset({"id", "slug", "kind", "luik", "url", "fiche_url", "mode"})
_URL_SAFE = "/?=&,#:;._-~"


def _context(env: Any) -> BuildContext:
    """The build's context, loaded and checked once by the hub plugin (which runs before any page)."""
    plugin = env.conf["plugins"].get("hub")
    if plugin is None or plugin.context is None:
        raise RuntimeError("the hub macros need the hub plugin, listed before macros in mkdocs.yml")
    context: BuildContext = plugin.context
    return context


def text(value: object) -> Markup:
    """Content text made inert inside Markdown and HTML on a hand-written page."""
    if isinstance(value, Markup):
        return value
    return Markup(literal("" if value is None else value))


def inert(value: Any, key: str = "") -> Any:
    """VALUE as macros hand it to a page: texts through `text`, ids and URLs quoted, the rest as is."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return quote(value, safe=_URL_SAFE) if key in _ADDRESS_KEYS else text(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: inert(getattr(value, f.name), f.name) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {k: inert(v, k if isinstance(k, str) else "") for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [inert(item, key) for item in value]
    return value


def define_env(env: Any) -> None:
    def catalog() -> Catalog:
        return _context(env).catalog

    @env.filter
    def md_text(value: object) -> Markup:
        return text(value)

    _define_home_macros(env, catalog)

    @env.macro
    def latest_questions(limit: int = 5) -> list[dict[str, Any]]:
        questions = sorted(catalog().published_questions(), key=lambda q: q.answered or q.asked, reverse=True)
        return inert([card(catalog(), q) for q in questions[:limit]])

    @env.macro
    def next_sessions(limit: int = 5, form: str | None = None) -> list[dict[str, Any]]:
        now = _context(env).now
        upcoming = []
        for offering in catalog().published_offerings():
            if form and offering.form != form:
                continue
            for session in offering.sessions:
                if session.end >= now:
                    upcoming.append((session.start, offering, session))
        upcoming.sort(key=lambda row: row[0])
        return inert(
            [
                {
                    "title": offering.title,
                    "url": f"aanbod/{offering.slug}/",
                    "when": dutch.session_span(session.start, session.end),
                    "mode": session.mode,
                    "form": catalog().taxonomies["forms"].label(offering.form),
                }
                for _, offering, session in upcoming[:limit]
            ]
        )

    @env.macro
    def counts() -> dict[str, int]:
        return {
            "materials": len(catalog().published_materials()),
            "questions": len(catalog().published_questions()),
            "offerings": len(catalog().published_offerings()),
            "fiches": len(catalog().published_fiches()),
        }

    @env.macro
    def taxonomy_entries(name: str, roots_only: bool = True) -> list[dict[str, Any]]:
        vocabulary = catalog().taxonomies[name]
        entries = vocabulary.roots() if roots_only else list(vocabulary)
        return inert(
            [
                {
                    "id": e.id,
                    "label": e.label,
                    "description": e.description or "",
                    "luik": e.luik,
                    "order": e.order,
                    "url": facet_url(name, e.id),
                    "children": [
                        {"id": c.id, "label": c.label, "url": facet_url(name, c.id)}
                        for c in vocabulary.children(e.id)
                    ],
                }
                for e in entries
            ]
        )


def _define_home_macros(env: Any, catalog: Any) -> None:
    """Ways into the materialenbank for the home page (data shaped in hub.render.home)."""
    from hub.render import home

    @env.macro
    def luiken() -> list[dict[str, Any]]:
        return inert(home.luiken(catalog()))

    @env.macro
    def browse_tree(name: str, depth: int = 2) -> list[dict[str, Any]]:
        return inert(home.browse_tree(catalog(), name, depth))

    @env.macro
    def finder_options() -> dict[str, list[dict[str, Any]]]:
        return inert(home.finder_options(catalog()))

    @env.macro
    def support_forms() -> list[dict[str, Any]]:
        return inert(home.support_forms(catalog()))
