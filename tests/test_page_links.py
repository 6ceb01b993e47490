"""Links of a rendered page into the site: resolved as a browser does, checked against the built files,
and located in the page's source (the docs/ link check, HUB351)."""

from __future__ import annotations

from hub.render.page_links import broken_link_problems, broken_links, is_served, place_of, site_path

SERVED = {
    "index.html",
    "aanbod/index.html",
    "kwaliteit/opleiding/index.html",
    "assets/hub.css",
    "oai/static.xml",
}


def test_links_resolve_like_a_browser_from_the_page_and_the_site_folder() -> None:
    assert site_path("continuum/", "../aanbod/?vorm=plg") == "aanbod/"
    assert site_path("continuum/", "../") == ""
    assert site_path("continuum/", "../assets/hub.css") == "assets/hub.css"
    assert site_path("over.html", "aanbod/") == "aanbod/"  # a page without directory URLs
    assert site_path("continuum/", "/hub/aanbod/", root="/hub/") == "aanbod/"
    assert site_path("continuum/", "/elders/", root="/hub/") is None  # another site on the host
    for outside in ("#doel", "?q=x", "https://example.org/", "mailto:a@b.be", "//cdn.example/x.js"):
        assert site_path("continuum/", outside) is None
    assert site_path("continuum/", "../../boven/") == "../../boven/"  # climbs above the site: broken


def test_a_folder_is_served_by_its_index() -> None:
    assert is_served("aanbod/", SERVED) and is_served("aanbod", SERVED) and is_served("", SERVED)
    assert is_served("oai/static.xml", SERVED) and not is_served("kwaliteit/plg/", SERVED)


def test_broken_links_are_reported_once_each() -> None:
    html = (
        '<p><a href="../kwaliteit/opleiding/">ok</a> <a href="../kwaliteit/plg/">fiche</a>'
        '<a href="../kwaliteit/plg/">nog eens</a><img src="../logo.png" alt=""></p>'
    )
    assert [(b.href, b.target) for b in broken_links("continuum/", html, SERVED)] == [
        ("../kwaliteit/plg/", "kwaliteit/plg/"),
        ("../logo.png", "logo.png"),
    ]


def test_a_broken_link_is_located_where_the_source_writes_it() -> None:
    source = "# Titel\n\nZie [de fiche](../kwaliteit/plg/).\n{{ knop }}\n[Vorm](../{{ form.url }})\n"
    (found,) = broken_link_problems("docs/x.md", source, "x/", '<a href="../kwaliteit/plg/">f</a>', SERVED)
    assert found.as_text().startswith(
        "docs/x.md:3:16: HUB351 link: '../kwaliteit/plg/' leidt naar /kwaliteit/plg/"
    )
    # A link a macro completes is found by its last segment when the source writes that.
    assert place_of(["a", "zie vorming/ hier"], "../aanbod/vorming/") == (2, 5)
    assert place_of(["niets"], "../x/") == (1, 1)
