"""Raw HTML in bodies: <script>, foreign <iframe>, on*= handlers and style url()/expression() refused."""

from __future__ import annotations

import pytest

from tests.checking import located, no_problems, the_problem
from tests.conftest import problems_of
from tests.world import World, material_text, question_text

HEAD = "content/materials/tekst.md:16: error: body:"


def _body(world: World, body: str) -> None:
    # Default material body starts on line 14; "Inleiding." is line 15, the test HTML starts on 16.
    world.material("tekst", material_text() + "Inleiding.\n" + body)


def test_harmless_html_passes(world: World) -> None:
    _body(
        world,
        '<details><summary>Meer</summary><p class="tip" style="color: #333">Tekst</p></details>\n\n'
        '<iframe src="https://www.youtube-nocookie.com/embed/abc123" title="Kennisclip"></iframe>\n\n'
        '<iframe src="https://player.vimeo.com/video/1" title="Clip"></iframe>\n',
    )
    no_problems(world)


@pytest.mark.parametrize(
    ("html", "says"),
    [
        ("<script>alert(1)</script>", "<script> is niet toegestaan"),
        ('<script src="https://example.org/x.js"></script>', "<script> is niet toegestaan"),
        ('<iframe src="https://evil.example.org/video"></iframe>', "<iframe> alleen voor video's"),
        ('<iframe src="http://www.youtube-nocookie.com/embed/x"></iframe>', "via https"),
        ('<iframe src="https://www.youtube-nocookie.com.evil.org/embed/x"></iframe>', "<iframe> alleen"),
        ('<p onclick="alert(1)">Klik</p>', "het attribuut 'onclick' (een event-handler)"),
        ('<img src="x.png" onerror="alert(1)">', "het attribuut 'onerror' (een event-handler)"),
        ('<div style="background: url(https://x.org/a.png)">x</div>', "style-attribuut"),
        ('<span style="width: expression(alert(1))">x</span>', "style-attribuut"),
        ('<div style="background: u\\72l(x.png)">x</div>', "CSS-escapes"),
        (
            '<iframe src="https://www.youtube-nocookie.com/embed/x" srcdoc="&lt;script&gt;"></iframe>',
            "'srcdoc' is niet toegestaan",
        ),
        ("<object data='x.swf'></object>", "<object> is niet toegestaan"),
        ("<svg><circle r='1'/></svg>", "<svg> is niet toegestaan"),
    ],
)
def test_unsafe_html_is_refused(world: World, html: str, says: str) -> None:
    _body(world, html + "\n")
    assert says in the_problem(world, HEAD)


def test_inline_html_in_a_paragraph_is_located(world: World) -> None:
    _body(world, "Eerste regel van de alinea\nen dan <b onmouseover='x()'>vet</b>.\n")
    the_problem(world, "content/materials/tekst.md:17: error: body:")


def test_script_in_a_code_span_or_fenced_block_is_fine(world: World) -> None:
    _body(
        world,
        "Gebruik nooit `<script>` in een pagina.\n\n```html\n<script>alert(1)</script>\n"
        '<p onclick="x()">x</p>\n```\n\n    <iframe src="https://evil.example.org"></iframe>\n',
    )
    no_problems(world)


def test_unsafe_html_in_a_question_answer(world: World) -> None:
    world.question("vraag", question_text() + "<script>alert(1)</script>\n")
    the_problem(world, "content/qa/vraag.md:13: error: body:")


@pytest.mark.parametrize(
    ("markdown", "line"),
    [
        ('## Kop {: onclick="alert(1)" }', 16),
        ('Een alinea.\n{: onmouseover="alert(1)" }', 17),
        ('[link](https://example.org){: onclick="alert(1)" }', 16),
        ('![beeld](foto.png){ onerror="alert(1)" }', 16),
    ],
)
def test_event_handlers_in_attribute_lists_are_refused(world: World, markdown: str, line: int) -> None:
    # The site's Markdown (attr_list) turns '{: key=value }' into HTML attributes.
    _body(world, markdown + "\n")
    assert "(een event-handler)" in the_problem(world, f"content/materials/tekst.md:{line}: error: body:")


def test_tag_that_only_the_site_markdown_sees_as_html(world: World) -> None:
    _body(world, "Tekst <svg/onload=alert(1)> meer tekst\n")
    lines = [p.as_text() for p in problems_of(world) if located(p, HEAD)]
    assert any("<svg> is niet toegestaan" in line for line in lines)
    assert any("'onload'" in line for line in lines)


def test_harmless_attribute_lists_and_angle_brackets_pass(world: World) -> None:
    _body(world, "## Kop {: #stap-1 .belangrijk }\n\nAls 3 < 5 en <naam van de leerling> ...\n")
    no_problems(world)


def test_escaped_tags_are_text_not_html(world: World) -> None:
    # An editor who writes '&lt;script&gt;' shows the word '<script>' to readers: that is text.
    _body(world, "Schrijf nooit &lt;script&gt;alert(1)&lt;/script&gt; in een formulier.\n")
    no_problems(world)
