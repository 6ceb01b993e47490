"""Macros for the hand-written pages in docs/: live lists and counts from the model."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path
from typing import Any

from hub.load.loader import load_content
from hub.model.catalog import Catalog
from hub.render import dutch
from hub.render.views import Card, card, facet_url


def _catalog(env: Any) -> Catalog:
    plugin = env.conf["plugins"].get("hub")
    root = plugin.content_root if plugin is not None else Path("content")
    catalog, _ = load_content(root)
    return catalog


def text(value: str) -> str:
    """Content text made safe inside Markdown and HTML on a hand-written page."""
    return re.sub(r"([\[\]\\`*_<>])", r"\\\1", html.unescape(value)).replace("<", "&lt;")


def define_env(env: Any) -> None:
    state: dict[str, Catalog] = {}

    def catalog() -> Catalog:
        if "catalog" not in state:
            state["catalog"] = _catalog(env)
        return state["catalog"]

    @env.filter
    def md_text(value: str) -> str:
        return text(str(value))

    _define_home_macros(env, catalog)

    @env.macro
    def latest_questions(limit: int = 5) -> list[Card]:
        questions = sorted(catalog().published_questions(), key=lambda q: q.answered or q.asked, reverse=True)
        return [card(catalog(), q) for q in questions[:limit]]

    @env.macro
    def next_sessions(limit: int = 5, form: str | None = None) -> list[dict[str, Any]]:
        now = dt.datetime.now()
        upcoming = []
        for offering in catalog().published_offerings():
            if form and offering.form != form:
                continue
            for session in offering.sessions:
                if session.end >= now:
                    upcoming.append((session.start, offering, session))
        upcoming.sort(key=lambda row: row[0])
        return [
            {
                "title": offering.title,
                "url": f"aanbod/{offering.slug}/",
                "when": dutch.session_span(session.start, session.end),
                "mode": session.mode,
                "form": catalog().taxonomies["forms"].label(offering.form),
            }
            for _, offering, session in upcoming[:limit]
        ]

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
        return [
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


def _define_home_macros(env: Any, catalog: Any) -> None:
    """Ways into the materialenbank for the home page (data shaped in hub.render.home)."""
    from hub.render import home

    @env.macro
    def luiken() -> list[dict[str, Any]]:
        return home.luiken(catalog())

    @env.macro
    def browse_tree(name: str, depth: int = 2) -> list[home.Entry]:
        return home.browse_tree(catalog(), name, depth)

    @env.macro
    def finder_options() -> dict[str, list[dict[str, Any]]]:
        return home.finder_options(catalog())

    @env.macro
    def support_forms() -> list[dict[str, Any]]:
        return home.support_forms(catalog())
