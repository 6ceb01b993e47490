"""View data of the helpdesk pages: questions by theme, Helpdesk Live sessions, the next step after
an answer (offerings that share a theme, upcoming sessions first)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from hub.model.catalog import Catalog
from hub.model.items import Offering, Question
from hub.model.kinds import url_of
from hub.render import dutch
from hub.render.views import Tag

LIVE_FORM = "helpdesk-live"


def theme_url(theme: str) -> str:
    return f"vragen/thema/{theme}/"


def theme_tags(catalog: Catalog, ids: Iterable[str]) -> list[Tag]:
    """A question's themes, each linked to its page of questions."""
    themes = catalog.taxonomies["themes"]
    return [Tag(i, themes.label(i), theme_url(i) if i in themes else None) for i in ids]


def answered_order(question: Question) -> tuple[dt.date, str]:
    return (question.answered or question.asked, question.slug)


def questions_by_theme(catalog: Catalog) -> dict[str, list[Question]]:
    """Theme id -> published questions tagged with it or a theme below it, newest answer first."""
    themes = catalog.taxonomies["themes"]
    members: dict[str, list[Question]] = defaultdict(list)
    for question in catalog.published_questions():
        for theme in themes.with_ancestors(question.themes):
            if theme in themes:
                members[theme].append(question)
    return {t: sorted(qs, key=answered_order, reverse=True) for t, qs in members.items()}


@dataclass(frozen=True)
class SessionView:
    title: str
    url: str
    start: dt.datetime
    when: str
    mode: str
    location: str
    recording: str | None
    past: bool

    @property
    def how(self) -> str:
        """The mode and the location, the mode left out when the location already says it."""
        if not self.location or self.location.casefold() == self.mode.casefold():
            return self.mode
        if self.mode.casefold() in self.location.casefold():
            return self.location
        return f"{self.mode}, {self.location}"


def is_live(catalog: Catalog, offering: Offering) -> bool:
    forms = catalog.taxonomies["forms"]
    return offering.form == LIVE_FORM or LIVE_FORM in forms.ancestors(offering.form)


def live_agenda(catalog: Catalog, now: dt.datetime) -> tuple[list[SessionView], list[SessionView]]:
    """Helpdesk Live sessions: upcoming (soonest first) and past (latest first)."""
    sessions = [
        SessionView(
            title=offering.title,
            url=url_of(offering),
            start=session.start,
            when=dutch.session_span(session.start, session.end),
            mode=session.mode,
            location=session.location or ("online" if session.mode == "online" else ""),
            recording=session.recording,
            past=session.end < now,
        )
        for offering in catalog.published_offerings()
        if is_live(catalog, offering)
        for session in offering.sessions
    ]
    upcoming = sorted((s for s in sessions if not s.past), key=lambda s: (s.start, s.title))
    past = sorted((s for s in sessions if s.past), key=lambda s: (s.start, s.title), reverse=True)
    return upcoming, past


@dataclass(frozen=True)
class OfferingStep:
    """An offering as a next step: its form and, when there is one, its next session."""

    title: str
    url: str
    form: str
    next_session: str | None
    live: bool


def matching_offerings(
    catalog: Catalog, themes: Iterable[str], now: dt.datetime, limit: int = 4
) -> list[OfferingStep]:
    """Published offerings sharing a theme (else a parent theme), those with upcoming sessions first, soonest first."""
    vocabulary = catalog.taxonomies["themes"]
    wanted = set(themes)
    parents = {p for t in wanted for p in vocabulary.ancestors(t)[:1]}
    scored = []
    for offering in catalog.published_offerings():
        own = set(offering.themes)
        closeness = 2 if own & wanted else 1 if own & parents else 0
        if not closeness:
            continue
        upcoming = sorted(s.start for s in offering.sessions if s.end >= now)
        first = upcoming[0] if upcoming else None
        scored.append((-closeness, first is None, first or dt.datetime.max, offering.title, offering, first))
    if any(row[0] == -2 for row in scored):  # a shared theme beats a shared parent theme
        scored = [row for row in scored if row[0] == -2]
    scored.sort(key=lambda row: row[:4])
    forms = catalog.taxonomies["forms"]
    return [
        OfferingStep(
            title=offering.title,
            url=url_of(offering),
            form=forms.label(offering.form),
            next_session=dutch.long_date(first.date()) if first else None,
            live=is_live(catalog, offering),
        )
        for *_, offering, first in scored[:limit]
    ]
