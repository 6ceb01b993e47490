"""The theme's navigation, tabs and interface texts, rendered once for all the pages that show
them alike.

Thousands of generated pages (a material, a question, a browse page) are not in the navigation,
so no entry of it is active on them: their navigation and tabs differ only in the relative links
they print. overrides/partials/nav.html and tabs.html call `hub_theme_part`, which renders the
theme's own partial (under the prefix `theme/`) once per set of such links and reuses it; a page in
the navigation, or one that hides parts of it, gets its own rendering as before.

The theme looks up each interface text ("Ga naar inhoud") by building its whole table of
translations per lookup, a dozen times per page; overrides/partials/language.html asks
`hub_theme_text`, which asks the theme's own partial once per text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PrefixLoader, pass_context
from jinja2.runtime import Context
from markupsafe import Markup
from mkdocs.structure.nav import Navigation
from mkdocs.utils import get_relative_url

THEME_PREFIX = "theme"
PARTIALS = ("partials/nav.html", "partials/tabs.html", "partials/language.html")


def install(
    env: Environment, theme_dirs: list[str], custom_dir: str | None, nav: Navigation, config: Any
) -> None:
    """Give ENV the theme's own partials under `theme/` and the functions that reuse them."""
    theme_dir = next(
        folder
        for folder in theme_dirs
        if folder != custom_dir and all((Path(folder) / name).is_file() for name in PARTIALS)
    )
    env.loader = ChoiceLoader([env.loader, PrefixLoader({THEME_PREFIX: FileSystemLoader(theme_dir)})])
    in_nav = {page.file.src_uri for page in nav.pages}
    targets = [page.url for page in nav.pages]
    rendered: dict[tuple[Any, ...], Markup] = {}

    @pass_context
    def hub_theme_part(context: Context, name: str) -> Markup:
        template = env.get_template(f"{THEME_PREFIX}/{name}")
        page = context.get("page")
        if page is None or page.file.src_uri in in_nav or (page.meta or {}).get("hide"):
            return _render(template, context)
        key = (name, context.get("base_url"), *(get_relative_url(url, page.url) for url in targets))
        if key not in rendered:
            rendered[key] = _render(template, context)
        return rendered[key]

    env.globals["hub_theme_part"] = hub_theme_part

    language = env.get_template(f"{THEME_PREFIX}/partials/language.html").make_module({"config": config})
    texts: dict[str, str] = {}

    def hub_theme_text(key: str) -> str:
        if key not in texts:
            texts[key] = str(language.t(key))
        return texts[key]

    env.globals["hub_theme_text"] = hub_theme_text


def _render(template: Any, context: Context) -> Markup:
    # As `{% include %}` does: the including template's variables, in a context of the partial's own.
    return Markup("".join(template.root_render_func(template.new_context(context.get_all(), shared=True))))
