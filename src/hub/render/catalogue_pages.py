"""The catalogue /aanbod/ with its filters, the agenda of every session, and the fiches index."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from babel.dates import format_date

from hub.context import BuildContext
from hub.model.catalog import Catalog
from hub.model.fields import BRUSSELS
from hub.model.items import Offering, Session
from hub.model.kinds import url_of
from hub.model.school_year import school_year_of
from hub.render import dutch
from hub.render.calendar import AGENDA_URI, calendar_bytes
from hub.render.fiche_pages import EDBI_TITLE
from hub.render.offering_pages import provider_label, session_place
from hub.render.pages import PageSpec, StaticFile
from hub.render.session_states import STATE_LABELS, is_cancelled, session_state

# URL parameter -> (label, taxonomy the values come from); modus and maand come from the sessions.
FILTERS: dict[str, tuple[str, str | None]] = {
    "vorm": ("Vorm", "forms"),
    "niveau": ("Onderwijsniveau", "levels"),
    "rol": ("Rol", "roles"),
    "thema": ("Thema", "themes"),
    "modus": ("Fysiek of online", None),
    "maand": ("Maand", None),
}
# Filters whose options are the offerings' own values, without their broader (parent) entries.
OWN_LABEL_FILTERS = {"vorm"}
MODES = {"fysiek": "Fysiek", "online": "Online", "hybride": "Hybride"}


@dataclass
class CatalogueEntry:
    """An offering as the catalogue shows and filters it."""

    slug: str
    title: str
    url: str
    description: str
    form: str
    audience: list[str]
    price: str | None
    provider: str
    status: str  # "upcoming" | "past" | "on-request"
    next_when: str | None
    next_place: str | None
    next_start: dt.datetime | None
    next_state: str | None  # a key of STATE_LABELS for the shown session, if it has one
    facets: dict[str, list[str]] = field(default_factory=dict)  # taxonomy filters, ancestors included
    sessions: list[tuple[str, str]] = field(default_factory=list)  # (YYYY-MM, mode) of every session
    # Every session as the card's script needs it to show the one matching the filters, by the visitor's clock.
    session_views: list[dict[str, str]] = field(default_factory=list)

    @property
    def next_state_label(self) -> str | None:
        return STATE_LABELS.get(self.next_state or "")

    @property
    def school_year(self) -> str | None:
        """The school year of the shown session (for a past offering: its last)."""
        return school_year_of(self.next_start.date()) if self.next_start else None

    @property
    def data_sessions(self) -> str:
        return " ".join(f"{month}:{mode}" for month, mode in self.sessions)


def _shown_session(sessions: list[Session], now: dt.datetime) -> tuple[str, Session | None]:
    """The next session that still takes place (else the next cancelled one), or the last one when
    all are past; with the entry's status."""
    if not sessions:
        return "on-request", None
    upcoming = [s for s in sessions if s.end >= now]
    if upcoming:
        going_ahead = [s for s in upcoming if not is_cancelled(s)] or upcoming
        return "upcoming", min(going_ahead, key=lambda s: s.start)
    return "past", max(sessions, key=lambda s: s.start)


def session_data(session: Session) -> dict[str, str]:
    """A session as a card carries it (hidden): month, mode, ISO start and end, when and where."""
    return {
        "maand": f"{session.start:%Y-%m}",
        "modus": session.mode,
        "start": session.start.replace(tzinfo=BRUSSELS).isoformat(),
        "end": session.end.replace(tzinfo=BRUSSELS).isoformat(),
        "when": dutch.session_span(session.start, session.end),
        "place": session_place(session),
    }


def catalogue_entry(catalog: Catalog, offering: Offering, now: dt.datetime) -> CatalogueEntry:
    taxonomies = catalog.taxonomies
    status, shown = _shown_session(offering.sessions, now)
    ordered = sorted(offering.sessions, key=lambda s: s.start)
    own = {
        "vorm": [offering.form],
        "niveau": offering.levels,
        "rol": offering.roles,
        "thema": offering.themes,
    }
    facets = {}
    for parameter, values in own.items():
        taxonomy = FILTERS[parameter][1]
        # An offering has exactly one form: filtering on its parent form would list a broader label
        # ("Helpdesk (vraag en antwoord)") for what is only Helpdesk Live.
        broaden = taxonomy and parameter not in OWN_LABEL_FILTERS
        facets[parameter] = sorted(taxonomies[taxonomy].with_ancestors(values)) if broaden else list(values)
    audience = [taxonomies["levels"].label(v) for v in offering.levels]
    audience += [taxonomies["roles"].label(v) for v in offering.roles]
    return CatalogueEntry(
        slug=offering.slug,
        title=offering.title,
        url=url_of(offering),
        description=offering.description,
        form=taxonomies["forms"].label(offering.form),
        audience=audience,
        price=dutch.price(offering.price),
        provider=provider_label(offering),
        status=status,
        next_when=dutch.session_span(shown.start, shown.end) if shown else None,
        next_place=session_place(shown) if shown else None,
        next_start=shown.start if shown else None,
        next_state=session_state(shown, now) if shown else None,
        facets=facets,
        sessions=[(f"{s.start:%Y-%m}", s.mode) for s in ordered],
        session_views=[session_data(s) for s in ordered],
    )


def catalogue_order(entry: CatalogueEntry) -> tuple[int, float, str]:
    """Next session first; offerings on request after them; offerings whose sessions are all past last."""
    rank = {"upcoming": 0, "on-request": 1, "past": 2}[entry.status]
    moment = entry.next_start.timestamp() if entry.next_start else 0.0
    return (rank, -moment if entry.status == "past" else moment, entry.title.lower())


def catalogue_entries(catalog: Catalog, now: dt.datetime) -> list[CatalogueEntry]:
    entries = [catalogue_entry(catalog, o, now) for o in catalog.published_offerings()]
    return sorted(entries, key=catalogue_order)


def matches(entry: CatalogueEntry, chosen: dict[str, str]) -> bool:
    """The filter rule the page's script applies too: modus and maand must hold for one same session."""
    for parameter, value in chosen.items():
        if parameter in ("modus", "maand"):
            continue
        if value not in entry.facets.get(parameter, []):
            return False
    mode, month = chosen.get("modus"), chosen.get("maand")
    if mode or month:
        return any((not mode or m == mode) and (not month or mo == month) for mo, m in entry.sessions)
    return True


def month_label(month: str) -> str:
    """'2027-03' -> 'maart 2027'."""
    year, number = (int(part) for part in month.split("-"))
    return format_date(dt.date(year, number, 1), format="MMMM y", locale=dutch.LOCALE)


def filter_groups(
    catalog: Catalog, entries: list[CatalogueEntry], now: dt.datetime
) -> list[dict[str, object]]:
    """Per filter its options (taxonomy order, indented by depth) with the number of offerings each."""
    groups = []
    for parameter, (label, taxonomy) in FILTERS.items():
        options: list[dict[str, object]] = []
        if taxonomy:
            vocabulary = catalog.taxonomies[taxonomy]
            flat = parameter in OWN_LABEL_FILTERS
            candidates = [(e.id, e.label, 0 if flat else len(vocabulary.ancestors(e.id))) for e in vocabulary]
        elif parameter == "modus":
            candidates = [(mode, text, 0) for mode, text in MODES.items()]
        else:
            this_month = f"{now:%Y-%m}"
            months = sorted({month for e in entries for month, _ in e.sessions if month >= this_month})
            candidates = [(month, month_label(month), 0) for month in months]
        for value, text, depth in candidates:
            count = sum(1 for e in entries if matches(e, {parameter: value}))
            if count:
                options.append(
                    {"value": value, "label": text, "indent": "\u00a0\u00a0" * depth, "count": count}
                )
        if options:
            groups.append({"parameter": parameter, "label": label, "options": options})
    return groups


ARCHIVE_INDEX = "aanbod/archief/index.md"


def archive_uri(school_year: str) -> str:
    return f"aanbod/archief/{school_year}/index.md"


def catalogue_page(ctx: BuildContext) -> Iterator[PageSpec | StaticFile]:
    """/aanbod/ with what is still to come or on request; past offerings per school year in an archive."""
    catalog = ctx.catalog
    now = ctx.now
    every_entry = catalogue_entries(catalog, now)
    entries = [e for e in every_entry if e.status != "past"]
    archived: dict[str, list[CatalogueEntry]] = {}
    for entry in every_entry:
        if entry.status == "past" and entry.school_year:
            archived.setdefault(entry.school_year, []).append(entry)
    archive_years = sorted(archived, reverse=True)
    has_sessions = any(o.sessions for o in catalog.published_offerings())
    yield PageSpec(
        src_uri="aanbod/index.md",
        title="Opleidingen en vormingen",
        description="Het professionaliseringsaanbod: opleidingen, vormingen, PLG's, verandertrajecten en Helpdesk Live.",
        template="hub/catalogue.html",
        context={
            "entries": entries,
            "filters": filter_groups(catalog, entries, now),
            "agenda_url": AGENDA_URI if has_sessions else None,
            "archive": [{"year": y, "url": archive_uri(y).removesuffix("index.md")} for y in archive_years],
        },
        search=False,
    )
    if archive_years:
        yield PageSpec(
            src_uri=ARCHIVE_INDEX,
            title="Afgelopen aanbod",
            description="Opleidingen, vormingen en sessies die voorbij zijn, per schooljaar.",
            template="hub/catalogue-archives.html",
            context={
                "years": [
                    {"year": y, "url": archive_uri(y).removesuffix("index.md"), "count": len(archived[y])}
                    for y in archive_years
                ]
            },
            search=False,
        )
    for year in archive_years:
        yield PageSpec(
            src_uri=archive_uri(year),
            title=f"Afgelopen aanbod {year.replace('-', '–')}",
            description=f"Opleidingen, vormingen en sessies van het schooljaar {year} die voorbij zijn.",
            template="hub/catalogue-archive.html",
            context={"entries": archived[year], "year": year},
            search=False,
        )
    if has_sessions:
        name = "Aanbod pedagogische begeleidingsdienst"
        yield StaticFile(
            AGENDA_URI,
            content=calendar_bytes(catalog.published_offerings(), name, "agenda", ctx.settings.site_url),
        )


def fiches_index(ctx: BuildContext) -> Iterator[PageSpec]:
    catalog = ctx.catalog
    forms = catalog.taxonomies["forms"]
    position = {entry.id: (entry.order or 99, index) for index, entry in enumerate(forms)}
    fiches = sorted(catalog.published_fiches(), key=lambda f: position.get(f.form, (99, 99)))
    yield PageSpec(
        src_uri="kwaliteit/index.md",
        title="Kwaliteitsfiches",
        description="Per ondersteuningsvorm de kwaliteitseisen, hoe we ze evalueren en hoeveel antwoorden we nodig hebben.",
        template="hub/fiches-index.html",
        context={
            "edbi_title": EDBI_TITLE,
            "fiches": [
                {
                    "title": f.title,
                    "url": url_of(f),
                    "form": forms.label(f.form),
                    "description": f.description
                    or (forms.entries[f.form].description if f.form in forms else ""),
                    "requirements": len(f.requirements),
                    "core_questions": sum(
                        1 for q in (f.evaluation.questions if f.evaluation else []) if q.core
                    ),
                }
                for f in fiches
            ],
        },
        search=False,
    )


BUILDERS = [catalogue_page, fiches_index]
