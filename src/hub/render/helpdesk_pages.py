"""The helpdesk's pages: questions by theme (/vragen/ and /vragen/thema/<id>/), the Helpdesk Live
agenda (/helpdesk/live/), the Atom feed of new answers and the editors' chart of questions per theme (/redactie/vragen/)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from hub.context import BuildContext
from hub.model.catalog import Catalog
from hub.model.items import Question
from hub.model.kinds import url_of
from hub.render.dutch import short_date
from hub.render.feeds import FeedEntry, atom_feed, stable_id
from hub.render.helpdesk_jsonld import question_collection
from hub.render.helpdesk_views import (
    answered_order,
    live_agenda,
    matching_offerings,
    questions_by_theme,
    theme_url,
)
from hub.render.pages import PageSpec, StaticFile, newest
from hub.render.views import Tag, facet_url, question_card
from hub.reports.trends import Trends, month_label, question_trends

FEED_URL = "vragen/feed.xml"
FEED_LIMIT = 50
LATEST = 5
TREND_MONTHS = 12
TREND_THRESHOLD = 5


def _has_materials(catalog: Catalog, theme: str) -> bool:
    themes = catalog.taxonomies["themes"]
    return any(theme in themes.with_ancestors(m.themes) for m in catalog.published_materials())


def questions_index(ctx: BuildContext) -> Iterator[PageSpec]:
    catalog = ctx.catalog
    """/vragen/: every published question once, under its top theme; the newest answers first."""
    themes = catalog.taxonomies["themes"]
    by_theme = questions_by_theme(catalog)
    groups = []
    for root in themes.roots():
        questions = by_theme.get(root.id, [])
        if questions:
            groups.append(
                {
                    "tag": Tag(root.id, root.label, theme_url(root.id)),
                    "cards": [question_card(catalog, q) for q in questions],
                    "subthemes": [
                        Tag(c.id, c.label, theme_url(c.id))
                        for c in themes.children(root.id)
                        if c.id in by_theme
                    ],
                }
            )
    latest = sorted(catalog.published_questions(), key=answered_order, reverse=True)[:LATEST]
    latest_cards = [question_card(catalog, q) for q in latest]
    yield PageSpec(
        src_uri="vragen/index.md",
        title="Vragen en antwoorden",
        description="Antwoorden van de helpdesk op vragen van leraren en schoolteams, geordend per thema.",
        template="hub/questions-index.html",
        context={
            "groups": groups,
            "latest": [(card, short_date(card.date) if card.date else "") for card in latest_cards],
            "count": len(catalog.published_questions()),
            "feed_url": FEED_URL,
        },
        search=False,
        updated=newest(card.date for card in latest_cards),
    )


def theme_pages(ctx: BuildContext) -> Iterator[PageSpec]:
    catalog = ctx.catalog
    """/vragen/thema/<id>/ for every theme with published questions (a tag counts for its ancestors)."""
    themes = catalog.taxonomies["themes"]
    by_theme = questions_by_theme(catalog)
    now = ctx.now
    for theme, questions in by_theme.items():
        entry = themes.entries[theme]
        page_url = theme_url(theme)
        yield PageSpec(
            src_uri=f"vragen/thema/{theme}.md",
            title=f"Vragen over {entry.label}",
            description=entry.description or f"Antwoorden van de helpdesk over {entry.label}.",
            template="hub/questions-theme.html",
            context={
                "entry": entry,
                "path": [Tag(i, themes.label(i), theme_url(i)) for i in themes.path_to(theme)],
                "subthemes": [
                    Tag(c.id, c.label, theme_url(c.id)) for c in themes.children(theme) if c.id in by_theme
                ],
                "cards": [question_card(catalog, q) for q in questions],
                "materials_url": facet_url("themes", theme) if _has_materials(catalog, theme) else None,
                "offerings": matching_offerings(catalog, [theme], now),
                "jsonld": question_collection(
                    questions, ctx.settings.site_url, page_url, f"Vragen over {entry.label}"
                ),
            },
            search=False,
            updated=newest(q.answered or q.asked for q in questions),
        )


def live_page(ctx: BuildContext) -> Iterator[PageSpec]:
    catalog = ctx.catalog
    """/helpdesk/live/: the Helpdesk Live sessions as an agenda, past ones kept with their recording."""
    upcoming, past = live_agenda(catalog, ctx.now)
    yield PageSpec(
        src_uri="helpdesk/live.md",
        title="Helpdesk Live",
        description="Korte online sessies over thema's die vaak terugkomen aan de helpdesk: de agenda en de opnames.",
        template="hub/helpdesk-live.html",
        context={"upcoming": upcoming, "past": past},
    )


def answers_feed(catalog: Catalog, site_url: str = "") -> str:
    """Atom feed of the newest published answers (newest first)."""
    questions = sorted(catalog.published_questions(), key=answered_order, reverse=True)[:FEED_LIMIT]
    entries = [
        FeedEntry(
            title=q.title,
            url=url_of(q),
            summary=question_card(catalog, q).description,
            updated=q.answered or q.asked,
            id=stable_id(url_of(q)),
        )
        for q in questions
    ]
    return atom_feed(
        "Nieuwe antwoorden van de helpdesk",
        site_url,
        FEED_URL,
        entries,
        subtitle="Vragen van leraren en schoolteams, beantwoord door de pedagogische begeleidingsdienst.",
    )


def helpdesk_files(ctx: BuildContext) -> Iterator[StaticFile]:
    yield StaticFile(FEED_URL, content=answers_feed(ctx.catalog, ctx.settings.site_url))


@dataclass(frozen=True)
class Bar:
    x: int
    y: int
    height: int
    count: int
    month: str


@dataclass(frozen=True)
class ChartRow:
    label: str
    theme: str
    y: int
    total: int
    recent: int
    candidate: bool
    bars: list[Bar]


def trends_chart(trends: Trends) -> dict[str, object]:
    """Geometry of the small-multiples bar chart: a row per theme, a bar per month."""
    label_width, bar, gap, row_height, top = 260, 22, 6, 34, 10
    peak = max(trends.peak, 1)
    candidates = {row.theme for row in trends.candidates}
    rows = []
    for index, row in enumerate(trends.rows):
        base = top + (index + 1) * row_height - 8
        bars = [
            Bar(
                x=label_width + i * (bar + gap),
                y=base - round((row_height - 12) * count / peak),
                height=round((row_height - 12) * count / peak),
                count=count,
                month=month_label(month),
            )
            for i, (count, month) in enumerate(zip(row.counts, trends.months, strict=True))
        ]
        rows.append(
            ChartRow(row.label, row.theme, base, row.total, row.recent, row.theme in candidates, bars)
        )
    width = label_width + len(trends.months) * (bar + gap) + 90
    return {
        "rows": rows,
        "width": width,
        "height": top + (len(rows) + 1) * row_height + 10,
        "months": [
            {"x": label_width + i * (bar + gap) + bar // 2, "label": month_label(m).split()[0]}
            for i, m in enumerate(trends.months)
        ],
        "axis_y": top + (len(rows) + 1) * row_height - 10,
        "totals_x": label_width + len(trends.months) * (bar + gap) + 10,
        "bar_width": bar,
    }


def trends_page(ctx: BuildContext) -> Iterator[PageSpec]:
    """/redactie/vragen/: questions per theme per month (drafts too) as an SVG chart and a table."""
    catalog = ctx.catalog
    trends = question_trends(catalog, TREND_MONTHS, TREND_THRESHOLD, ctx.today)
    yield PageSpec(
        src_uri="redactie/vragen.md",
        title="Vragen per thema",
        description="Hoeveel vragen de helpdesk per thema en per maand krijgt, en welke thema's een Helpdesk Live verdienen.",
        template="hub/questions-trends.html",
        context={
            "trends": trends,
            "months": [month_label(m) for m in trends.months],
            "chart": trends_chart(trends),
            "candidates": trends.candidates,
            "drafts": sum(
                1 for q in catalog.questions.values() if isinstance(q, Question) and q.status == "draft"
            ),
        },
        noindex=True,
        search=False,
    )


BUILDERS = [questions_index, theme_pages, live_page, helpdesk_files, trends_page]
