"""A page per kwaliteitsfiche: purpose, quality requirements, evaluation, response norms."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from markupsafe import Markup, escape

from hub.context import BuildContext
from hub.model.catalog import Catalog
from hub.model.items import Fiche, ResponseNorm
from hub.model.kinds import src_uri_of
from hub.model.norms import norm_for, required_responses
from hub.render.effect_pages import rollup_view
from hub.render.pages import PageSpec

__all__ = ["fiche_context", "fiche_pages", "norm_for", "norm_rows", "percent", "required_responses"]

# What EDBI is, per /work/shared/reference/edbi.yml (instrument.herkomst); the sources give no expansion.
EDBI_TITLE = (
    "Instrument om de effectiviteit van begeleiding van leraren(teams) te meten (OBPWO-onderzoek 21.02)"
)

EDBI_SENTENCE = (
    "Het EDBI-instrument komt uit het OBPWO-onderzoek 21.02 (Struyf, Verschueren & Van Mieghem, 2022): "
    "een model en vragenlijsten om de effectiviteit van begeleiding van leraren(teams) in kaart te brengen."
)


def edbi_sentence() -> Markup:
    """The one-sentence explanation of EDBI, its abbreviation marked up."""
    return Markup(f'<p class="hub-fiche__edbi">{explain_edbi(EDBI_SENTENCE)[0]}</p>')


def explain_edbi(text: str) -> tuple[Markup, bool]:
    """TEXT escaped, its first 'EDBI' marked as an abbreviation; and whether it was there."""
    safe = str(escape(text))
    if "EDBI" not in safe:
        return Markup(safe), False
    abbr = f'<abbr title="{escape(EDBI_TITLE)}">EDBI</abbr>'
    return Markup(safe.replace("EDBI", abbr, 1)), True


def percent(rate: float) -> str:
    """0.5 -> '50%', 0.125 -> '12,5%'."""
    value = Decimal(str(rate)) * 100
    text = f"{value.normalize():f}".replace(".", ",")
    return f"{text}%"


def response_target(value: str | float | None) -> str | None:
    """The fiche's response target as text: a rate (0.2) becomes '20%'."""
    if value is None:
        return None
    if isinstance(value, float | int) and not isinstance(value, bool):
        return percent(float(value)) if value <= 1 else f"{value:g}%"
    return str(value)


def norm_rows(norms: Sequence[ResponseNorm]) -> list[dict[str, object]]:
    ordered = sorted(norms, key=lambda norm: norm.participants)
    return [
        {
            "participants": norm.participants,
            "upto": nxt.participants - 1 if nxt else None,
            "percent": percent(norm.min_rate),
            "min_rate": norm.min_rate,
            "example": required_responses(ordered, norm.participants),
        }
        for norm, nxt in zip(ordered, [*ordered[1:], None], strict=True)
    ]


def fiche_context(catalog: Catalog, fiche: Fiche) -> dict[str, object]:
    forms = catalog.taxonomies["forms"]
    entry = forms.entries.get(fiche.form)
    questions = fiche.evaluation.questions if fiche.evaluation else []
    lead, edbi_in_lead = explain_edbi(fiche.description or "")
    return {
        "item": fiche,
        "lead": lead,
        # The sentence goes right under the lead when the lead uses EDBI, else it opens the evaluation.
        "edbi_in_lead": edbi_in_lead,
        "edbi_title": EDBI_TITLE,
        "edbi_sentence": edbi_sentence(),
        "form": forms.label(fiche.form),
        "form_description": entry.description if entry else None,
        "offerings": sum(1 for o in catalog.published_offerings() if o.form == fiche.form),
        "response_target": response_target(fiche.evaluation.response_target) if fiche.evaluation else None,
        "core_count": sum(1 for q in questions if q.core),
        "norms": norm_rows(catalog.response_norms),
        "smallest_group": min((n.participants for n in catalog.response_norms), default=None),
    }


def fiche_pages(ctx: BuildContext) -> Iterator[PageSpec]:
    catalog = ctx.catalog
    for fiche in catalog.published_fiches():
        yield PageSpec(
            src_uri=src_uri_of(fiche),
            title=fiche.title,
            description=fiche.description,
            template="hub/fiche.html",
            body=fiche.body,
            context=fiche_context(catalog, fiche) | rollup_view(ctx.effect_rollup, fiche),
            updated=fiche.reviewed.isoformat() if fiche.reviewed else None,
        )


BUILDERS = [fiche_pages]
