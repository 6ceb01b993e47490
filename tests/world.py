"""A tiny content world in a temporary folder, for tests: taxonomies plus helpers to add items."""

from __future__ import annotations

import textwrap
from pathlib import Path

TAXONOMIES = {
    "rok": """
        - id: ontwikkeling
          label: Ontwikkeling van de lerende
          luik: hart
        - id: onderwijsleerproces
          label: Onderwijsleerproces
          parent: ontwikkeling
        - id: differentiatie-kv
          label: Het team stemt het aanbod af op de noden van de lerenden
          parent: onderwijsleerproces
        - id: beleid
          label: Beleid
          luik: mantel
        """,
    "levels": """
        - id: basis
          label: Basisonderwijs
          aliases: [BaO]
        - id: kleuter
          label: Kleuteronderwijs
          parent: basis
          aliases: [kleuters]
        - id: secundair
          label: Secundair onderwijs
          aliases: [SO]
        """,
    "roles": """
        - id: leraar
          label: Leraar
        - id: zorgcoordinator
          label: Zorgcoördinator
          aliases: [zoco]
        """,
    "themes": """
        - id: gsl
          label: Gepersonaliseerd samen leren
          aliases: [GSL]
        - id: differentiatie
          label: Doelgerichte differentiatie
          parent: gsl
        - id: taal
          label: Taal
        """,
    "types": """
        - id: fiche
          label: Fiche
        - id: leerpad
          label: Leerpad
        - id: zelfscan
          label: Zelfscan
        - id: kennisclip
          label: Kennisclip
        """,
    "forms": """
        - id: materialenbank
          label: Materialenbank
          order: 1
        - id: helpdesk
          label: Helpdesk
          order: 2
        - id: helpdesk-live
          label: Helpdesk Live
          parent: helpdesk
          order: 2
        - id: opleiding
          label: Opleiding
          order: 3
        """,
    "teams": """
        - id: team-curriculum
          label: Team curriculum
        - id: helpdesk
          label: Helpdesk
        """,
    "synonyms": """
        - [differentiatie, differentiëren, binnenklasdifferentiatie]
        """,
}


def material_text(title: str = "Differentiëren in de klas", **overrides: object) -> str:
    keys: dict[str, object] = {
        "title": title,
        "description": "Een korte fiche met vijf manieren om doelgericht te differentiëren.",
        "status": "published",
        "owner": "team-curriculum",
        "reviewed": "2026-01-15",
        "type": "fiche",
        "rok": "[differentiatie-kv]",
        "levels": "[kleuter]",
        "roles": "[leraar]",
        "themes": "[differentiatie]",
    }
    keys.update(overrides)
    return _document(keys, "Begin bij het doel van de les.\n")


def question_text(title: str = "Hoe differentieer ik bij kleuters?", **overrides: object) -> str:
    keys: dict[str, object] = {
        "title": title,
        "status": "published",
        "owner": "helpdesk",
        "reviewed": "2026-03-01",
        "themes": "[differentiatie]",
        "levels": "[kleuter]",
        "asked": "2026-02-01",
        "answered": "2026-02-10",
    }
    keys.update(overrides)
    return _document(keys, "Werk met hoeken en kies per hoek een doel.\n")


def offering_text(title: str = "Opleiding differentiatie", **overrides: object) -> str:
    keys: dict[str, object] = {
        "title": title,
        "description": "Drie dagen om samen met je team doelgericht te leren differentiëren.",
        "status": "published",
        "owner": "team-curriculum",
        "reviewed": "2026-03-01",
        "form": "opleiding",
        "levels": "[basis]",
        "roles": "[leraar]",
        "goals": "[Je differentieert doelgericht.]",
        "sessions": "[{start: 2027-01-14T09:00, end: 2027-01-14T16:00, mode: online}]",
    }
    keys.update(overrides)
    return _document(keys, "Een opleiding in drie dagen.\n")


def fiche_text(form: str = "opleiding", **overrides: object) -> str:
    keys: dict[str, object] = {
        "title": f"Kwaliteitsfiche {form}",
        "form": form,
        "requirements": "[{id: K1, text: Het aanbod sluit aan bij de doelgroep.}]",
    }
    keys.update(overrides)
    return _document(keys, "Waarom deze vorm bestaat.\n")


# A fiche evaluation with four core questions, one closed bijvraag and one open question.
QUESTIONS = {
    "V1": "Ik ben tevreden over deze begeleiding.",
    "V2": "Deze begeleiding is bruikbaar in mijn praktijk.",
    "V3": "Ik heb nieuwe dingen geleerd.",
    "V4": "Ik wil het geleerde uitproberen.",
    "V5": "Mijn school ondersteunt me.",
    "V6": "Wat vond je het meest bruikbaar?",
}
EVALUATION = "\n  instrument: EDBI-vragenlijst\n  questions:" + "".join(
    f'\n    - {{id: {qid}, text: "{text}", scale: {"open" if qid == "V6" else "5-punt"}, core: {str(qid < "V5").lower()}}}'
    for qid, text in QUESTIONS.items()
)
PAST_SESSION = "[{start: 2026-05-20T09:00, end: 2026-05-20T16:00, mode: online}]"


def effect_text(**overrides: object) -> str:
    """An effect file (content/effects/<offering>/<date>.yml) as `hub effect import` writes one."""
    keys: dict[str, object] = {
        "offering": "opleiding-x",
        "session": "2026-05-20",
        "participants": 40,
        "responses": 12,
        "questions": "\n  V1: [0, 1, 2, 4, 5]\n  V2: [0, 0, 3, 5, 4]",
    }
    keys.update(overrides)
    return "".join(f"{key}: {value}\n" for key, value in keys.items() if value is not None)


def _document(keys: dict[str, object], body: str) -> str:
    lines = [f"{key}: {value}" for key, value in keys.items() if value is not None]
    return "---\n" + "\n".join(lines) + "\n---\n\n" + body


class World:
    """A content tree under `root/content` that tests fill in."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.content = root / "content"
        for name, text in TAXONOMIES.items():
            self.write(f"taxonomy/{name}.yml", textwrap.dedent(text).lstrip())
        self.write(
            "fiches/response-norms.yml",
            "- {participants: 1, min_rate: 0.8}\n- {participants: 20, min_rate: 0.5}\n",
        )

    def write(self, relative: str, text: str | bytes) -> Path:
        path = self.content / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    def material(self, slug: str, text: str | None = None, **overrides: object) -> Path:
        return self.write(f"materials/{slug}.md", text if text is not None else material_text(**overrides))

    def question(self, slug: str, text: str | None = None, **overrides: object) -> Path:
        return self.write(f"qa/{slug}.md", text if text is not None else question_text(**overrides))

    def offering(self, slug: str, text: str | None = None, **overrides: object) -> Path:
        return self.write(f"trainings/{slug}.md", text if text is not None else offering_text(**overrides))

    def fiche(self, form: str, text: str | None = None, **overrides: object) -> Path:
        return self.write(f"fiches/{form}.md", text if text is not None else fiche_text(form, **overrides))

    def effect(self, offering: str = "opleiding-x", session: str = "2026-05-20", **overrides: object) -> Path:
        text = effect_text(**{"offering": offering, "session": session, **overrides})
        return self.write(f"effects/{offering}/{session}.yml", text)

    def evaluated_offering(self, slug: str = "opleiding-x", **overrides: object) -> None:
        """An opleiding with a past session (2026-05-20) and the opleiding fiche with its questions."""
        self.fiche("opleiding", evaluation=EVALUATION)
        self.offering(slug, **{"title": "Opleiding met een evaluatie", "sessions": PAST_SESSION, **overrides})
