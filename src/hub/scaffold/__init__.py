"""New content files from templates that name every required key and the allowed values."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from jinja2 import Environment, FileSystemLoader

from hub.load.loader import load_content
from hub.scaffold.slugs import slug_problem
from hub.storage import write_atomic

COLLECTION_OF_KIND = {"material": "materials", "qa": "qa", "training": "trainings"}
TITLES = {"material": "Nieuw materiaal", "qa": "Nieuwe vraag?", "training": "Nieuw aanbod"}


def scaffold_item(content: Path, kind: str, slug: str, today: dt.date) -> Path:
    """Write a draft for `kind` named `slug`; refuses to overwrite anything."""
    problem = slug_problem(slug)
    if problem:
        raise ValueError(problem)
    collection = COLLECTION_OF_KIND[kind]
    target = content / collection / f"{slug}.md"
    archived = content / "archive" / collection / f"{slug}.md"
    if target.exists() or archived.exists():
        raise FileExistsError(
            f"{target if target.exists() else archived} exists already; choose another slug"
        )
    catalog, _ = load_content(content)

    def first(name: str) -> str:
        return next(iter(catalog.taxonomies[name].entries), "")

    def allowed(name: str) -> str:
        ids = list(catalog.taxonomies[name].entries)
        return " | ".join(ids[:10]) + (" | ..." if len(ids) > 10 else "")

    names = ("teams", "types", "rok", "levels", "roles", "themes", "forms")
    owner = "helpdesk" if kind == "qa" and "helpdesk" in catalog.taxonomies["teams"] else first("teams")
    env = Environment(loader=FileSystemLoader(Path(__file__).parent), keep_trailing_newline=True)
    text = env.get_template(f"{kind}.md").render(
        slug=slug,
        title=TITLES[kind],
        today=today.isoformat(),
        owner=owner,
        first={name: first(name) for name in names},
        allowed={name: allowed(name) for name in names},
    )
    write_atomic(target, text)
    return target
