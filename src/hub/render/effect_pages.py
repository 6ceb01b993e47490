"""Effect measurement on the site: per past session of an offering the responses against the norm and
a stacked bar per core question; per kwaliteitsfiche the roll-up per school year against the 85%
target; and per offering with a questionnaire a printable A4 page with its QR code.

Bars are drawn by templates from the geometry computed here (no JavaScript), with a table for screen
readers. Under 5 answers nothing but counts is shown. The QR code is an SVG file made by segno."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from typing import Any

from hub.context import BuildContext
from hub.model.items import ASPECTS, DEFAULT_SCALE_LABELS, Fiche, Offering
from hub.model.kinds import url_of
from hub.render import dutch
from hub.render.pages import PageSpec, StaticFile
from hub.reports.effects import ASPECT_WORDS, MIN_SHOWN, TARGET, RollUp, SessionResult

# Answer 1 (red) to 5 (blue), a diverging palette that stays apart for the common colour blindnesses.
SCALE_FILLS = ("#b2182b", "#ef8a62", "#bababa", "#67a9cf", "#2166ac")
BAR_WIDTH, BAR_HEIGHT = 300, 22
ASPECT_HEADERS = {
    "tevredenheid": "Tevreden",
    "bruikbaarheid": "Bruikbaar",
    "leereffect": "Nieuwe dingen geleerd",
    "praktijktoepassing": "Wil het uitproberen",
}


def _percent(share: float | None) -> str | None:
    return None if share is None else f"{round(share * 100)}%"


def stacked_bar(counts: tuple[int, ...]) -> list[dict[str, Any]]:
    """One rectangle per scale point that has answers: x and width in a 300-unit bar."""
    total = sum(counts)
    segments, x = [], 0.0
    for point, count in enumerate(counts, start=1):
        if not count:
            continue
        width = round(BAR_WIDTH * count / total, 2)
        segments.append({"x": round(x, 2), "width": width, "fill": SCALE_FILLS[point - 1], "count": count})
        x += width
    return segments


def _labels(ctx: BuildContext, form: str) -> tuple[str, ...]:
    fiche = ctx.catalog.fiche_for(form)
    return fiche.evaluation.labels if fiche and fiche.evaluation else DEFAULT_SCALE_LABELS


def session_view(result: SessionResult) -> dict[str, Any]:
    """One session's evaluation as the offering page shows it (core questions only)."""
    questions = []
    for question in result.questions:
        if not question.core:
            continue
        figures = question.as_dict(result.responses)
        questions.append(
            {
                "id": question.id,
                "text": question.text,
                "n": question.n,
                "counts": list(question.counts),
                "agreeing": question.agreeing,
                "agree": _percent(figures["agree"]),
                "bar": stacked_bar(question.counts) if figures["agree"] is not None else [],
            }
        )
    return {
        "session": result.session.isoformat(),
        "when": dutch.short_date(result.session),
        "participants": result.participants,
        "responses": result.responses,
        "rate": _percent(result.rate),
        "needed": result.needed,
        "enough": result.enough,
        "verdict": result.verdict,
        "shown": result.shown,
        "min_shown": MIN_SHOWN,
        "questions": questions,
    }


def offering_evaluation(
    ctx: BuildContext, offering: Offering, results: list[SessionResult]
) -> dict[str, Any]:
    """What the offering page adds: the evaluations of its past sessions (newest first), the scale
    legend and the link to its printable evaluation page."""
    labels = _labels(ctx, offering.form)
    past = [r for r in results if r.session <= ctx.today]
    return {
        "evaluations": [session_view(r) for r in sorted(past, key=lambda r: r.session, reverse=True)],
        "scale": [{"label": label, "fill": fill} for label, fill in zip(labels, SCALE_FILLS, strict=True)],
        "agree_label": f"{labels[3].lower()} of {labels[4].lower()}",
        "bar_width": BAR_WIDTH,
        "bar_height": BAR_HEIGHT,
        "evaluation_print_url": evaluation_url_path(offering) if has_questionnaire(offering) else None,
    }


def rollup_view(rolled: list[RollUp], fiche: Fiche) -> dict[str, Any]:
    """The fiche page's roll-up: per school year the reach and the shares against the target."""
    rows = [r for r in rolled if r.form == fiche.form]
    aspects = [a for a in ASPECTS if any(a in r.answered for r in rows)]
    return {
        "rollup": [
            {
                "school_year": r.school_year,
                "activities": r.activities,
                "participants": r.participants,
                "responses": r.responses,
                "response_rate": _percent(r.response_rate),
                "shares": [_percent(r.share(a)) for a in aspects],
                "target_met": r.target_met,
            }
            for r in rows
        ],
        "rollup_aspects": [{"id": a, "header": ASPECT_HEADERS[a], "word": ASPECT_WORDS[a]} for a in aspects],
        "target": _percent(TARGET),
        "min_shown": MIN_SHOWN,
    }


# -- the printable evaluation page ----------------------------------------------------------------


def has_questionnaire(offering: Offering) -> bool:
    return bool(offering.evaluation_url or any(s.evaluation_url for s in offering.sessions))


def evaluation_url_path(offering: Offering) -> str:
    """'aanbod/<slug>/evaluatie/'."""
    return f"{url_of(offering)}evaluatie/"


def short_url(url: str) -> str:
    """What a participant types: the URL without 'https://' and a trailing slash."""
    return url.split("://", 1)[-1].rstrip("/")


def qr_svg(url: str) -> str:
    """The QR code of URL as an SVG document (error correction M, white quiet zone of 4 modules)."""
    import segno

    out = io.BytesIO()
    segno.make(url, error="m", micro=False).save(
        out,
        kind="svg",
        xmldecl=False,
        svgns=True,
        scale=10,
        border=4,
        omitsize=True,
        light="#fff",
        title="QR-code naar de vragenlijst",
        nl=True,
    )
    return out.getvalue().decode("utf-8")


def _qr_name(url: str) -> str:
    return f"qr-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:10]}.svg"


def sheets(ctx: BuildContext, offering: Offering) -> list[dict[str, Any]]:
    """One A4 sheet per session with a questionnaire: the coming sessions, or (when all are past, or
    there are none) the last one; an offering without dates gets one sheet for its own questionnaire."""
    dated = sorted(offering.sessions, key=lambda s: s.start)
    with_url = [(s, s.evaluation_url or offering.evaluation_url) for s in dated]
    with_url = [(s, url) for s, url in with_url if url]
    coming = [(s, url) for s, url in with_url if s.end >= ctx.now]
    chosen = coming or with_url[-1:]
    if not chosen and offering.evaluation_url:
        return [{"when": None, "url": offering.evaluation_url}]
    return [{"when": dutch.session_span(s.start, s.end), "url": url} for s, url in chosen]


def evaluation_print_pages(ctx: BuildContext) -> Iterator[PageSpec | StaticFile]:
    for offering in ctx.catalog.published_offerings():
        if not has_questionnaire(offering):
            continue
        base = evaluation_url_path(offering)
        shown = []
        for sheet in sheets(ctx, offering):
            url = sheet["url"]
            shown.append({**sheet, "short_url": short_url(url), "qr": _qr_name(url)})
        for name, url in sorted({s["qr"]: s["url"] for s in shown}.items()):
            yield StaticFile(f"{base}{name}", content=qr_svg(url))
        yield PageSpec(
            src_uri=base.rstrip("/") + ".md",
            title=f"Evaluatie: {offering.title}",
            template="hub/evaluation-print.html",
            context={
                "offering_url": url_of(offering),
                "offering_title": offering.title,
                "sheets": shown,
            },
            noindex=True,
            search=False,
        )


BUILDERS = [evaluation_print_pages]
