"""The machine-readable writers stay parseable whatever text reaches them.

`hub check` refuses control characters and line breaks in one-line fields; these writers are the
defence behind it, so the tests hand them hostile strings directly (bypassing the model's checks).
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from icalendar import Calendar
from jinja2 import Environment, FileSystemLoader

from hub.load.loader import load_content
from hub.mkdocs.plugin import HubPlugin
from hub.model.catalog import Catalog
from hub.model.items import Offering
from hub.render.calendar import calendar_bytes
from hub.render.feeds import FeedEntry, atom_feed, stable_id
from hub.render.helpdesk_jsonld import question_collection, question_page
from hub.render.helpdesk_pages import answers_feed
from hub.render.jsonld import learning_resource
from hub.render.offering_pages import course_jsonld
from hub.render.plain_text import clean_text, one_line
from tests.conftest import ROOT
from tests.world import World

CONTROLS = "".join(chr(c) for c in range(0x20) if c not in (0x09, 0x0A, 0x0D))
BIDI = "\u202e\u2066\u200f"
HOSTILE = (
    f"Titel\nmet regels\r\nen\rmeer{CONTROLS} NUL\x00 ESC\x1b VT\x0b FF\x0c"
    f" LS\u2028 PS\u2029 NEL\x85 bidi{BIDI} \ufffe\uffff lone\ud800\udfff <b>&amp;]]> \"'"
)
FORBIDDEN_IN_XML = [chr(c) for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)] + [
    "\ufffe",
    "\uffff",
    "\ud800",
    "\udfff",
]


def test_clean_text_removes_exactly_what_xml_forbids() -> None:
    cleaned = clean_text(HOSTILE)
    assert not any(char in cleaned for char in FORBIDDEN_IN_XML)
    assert "\n" in cleaned and "\r" in cleaned and BIDI in cleaned and "<b>&amp;]]>" in cleaned
    assert cleaned.encode("utf-8")  # no unpaired surrogate left


def test_one_line_folds_every_line_break() -> None:
    line = one_line(HOSTILE)
    assert not any(char in line for char in "\n\r\u2028\u2029\x85\x0b\x0c")
    assert line.startswith("Titel met regels en meer NUL ESC VT FF LS PS NEL bidi")
    assert one_line("  a \n\n b  ") == "a b"


@pytest.fixture
def catalog(world: World) -> Catalog:
    world.material("doel")
    world.question("vraag")
    world.offering(
        "opl",
        sessions=(
            "[{start: 2027-01-14T09:00, end: 2027-01-14T16:00, mode: fysiek, location: Brussel},"
            " {start: 2027-02-04T15:30, end: 2027-02-04T16:30, mode: hybride, location: Gent}]"
        ),
        registration="https://example.org/inschrijven",
    )
    loaded, _ = load_content(world.content)
    return loaded


def _hostile_offering(catalog: Catalog) -> Offering:
    offering = catalog.offerings["opl"]
    sessions = [s.model_copy(update={"location": HOSTILE}) for s in offering.sessions]
    return offering.model_copy(update={"title": HOSTILE, "description": HOSTILE, "sessions": sessions})


def test_calendar_with_hostile_title_location_and_description_parses(catalog: Catalog) -> None:
    data = calendar_bytes([_hostile_offering(catalog)], HOSTILE, "opl", "https://hub.example/")
    assert b"\x00" not in data and b"\x1b" not in data and b"\x0b" not in data
    # Every physical line ends in CRLF and holds no other line break.
    assert all(b"\r" not in line and b"\n" not in line for line in data.split(b"\r\n"))
    calendar = Calendar.from_ical(data)
    events = calendar.walk("VEVENT")
    assert len(events) == 2
    for event in events:
        summary, location = str(event["SUMMARY"]), str(event["LOCATION"])
        assert summary.startswith(one_line(HOSTILE)) and "sessie" in summary
        assert location == one_line(HOSTILE)
        assert "\n" in str(event["DESCRIPTION"])  # a multi-line field keeps its line breaks
    names = [str(calendar[key]) for key in ("NAME", "X-WR-CALNAME") if key in calendar]
    assert names and all(name == one_line(HOSTILE) for name in names)


def test_calendar_is_safe_without_assertions(catalog: Catalog, world: World) -> None:
    # `python -O` drops the icalendar library's own assertions: the .ics must still be well-formed.
    script = "\n".join(
        [
            "import sys",
            f"sys.path[:0] = {[str(ROOT / 'src'), str(ROOT)]!r}",
            "from pathlib import Path",
            "from hub.load.loader import load_content",
            "from hub.render.calendar import calendar_bytes",
            "from tests.test_writers_hostile_text import HOSTILE, _hostile_offering",
            f"catalog, _ = load_content(Path({str(world.content)!r}))",
            "offering = _hostile_offering(catalog)",
            "sys.stdout.buffer.write(calendar_bytes([offering], HOSTILE, 'opl', 'https://hub.example/'))",
        ]
    )
    run = subprocess.run([sys.executable, "-O", "-c", script], capture_output=True, timeout=120)
    assert run.returncode == 0, run.stderr.decode()[-2000:]
    events = Calendar.from_ical(run.stdout).walk("VEVENT")
    assert [str(e["LOCATION"]) for e in events] == [one_line(HOSTILE)] * 2


def test_atom_feed_with_hostile_text_is_well_formed() -> None:
    entry = FeedEntry(title=HOSTILE, url="materialen/x/", summary=HOSTILE, updated=_date(), id=stable_id("x"))
    document = atom_feed(HOSTILE, "", "materialen/feed.xml", [entry], author=HOSTILE, subtitle=HOSTILE)
    root = ET.fromstring(document.encode("utf-8"))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert root.find("a:title", ns).text == one_line(HOSTILE)
    assert root.find("a:entry/a:title", ns).text == one_line(HOSTILE)
    assert root.find("a:entry/a:summary", ns).text == clean_text(HOSTILE).replace("\r\n", "\n").replace(
        "\r", "\n"
    )


def _date() -> dt.date:
    return dt.date(2026, 3, 1)


def test_answers_feed_with_a_vertical_tab_in_the_answer_is_well_formed(catalog: Catalog) -> None:
    question = catalog.questions["vraag"]
    catalog.questions["vraag"] = question.model_copy(
        update={"title": HOSTILE, "body": f"Een antwoord\x0b met VT{HOSTILE}\n"}
    )
    catalog.reindex()
    root = ET.fromstring(answers_feed(catalog).encode("utf-8"))
    titles = [t.text for t in root.iter("{http://www.w3.org/2005/Atom}title")]
    assert one_line(HOSTILE) in titles


def _json_round_trip(data: object) -> object:
    # As a file would hold it: UTF-8 without escaping, then parsed back.
    return json.loads(json.dumps(data, ensure_ascii=False).encode("utf-8").decode("utf-8"))


def test_json_ld_of_materials_offerings_and_faq_parses(catalog: Catalog) -> None:
    material = catalog.materials["doel"].model_copy(
        update={"title": HOSTILE, "description": HOSTILE, "keywords": [HOSTILE]}
    )
    learning = _json_round_trip(learning_resource(catalog, material, "https://hub.example/"))
    assert learning["name"] == clean_text(HOSTILE) and learning["keywords"] == [clean_text(HOSTILE)]

    course = _json_round_trip(course_jsonld(catalog, _hostile_offering(catalog)))
    assert course["name"] == clean_text(HOSTILE)
    assert all("\x00" not in place["name"] for place in _places(course))

    question = catalog.questions["vraag"].model_copy(update={"title": HOSTILE, "body": HOSTILE})
    faq = _json_round_trip(question_page(question, "https://hub.example/"))
    assert faq["mainEntity"]["name"] == faq["mainEntity"]["text"] == clean_text(HOSTILE)
    listing = _json_round_trip(question_collection([question], "https://hub.example/", "vragen/", HOSTILE))
    assert listing["name"] == clean_text(HOSTILE)
    assert listing["mainEntity"]["itemListElement"][0]["name"] == clean_text(HOSTILE)


def _places(course: dict) -> list[dict]:
    places = []
    for instance in course["hasCourseInstance"]:
        location = instance["location"]
        places.extend(location if isinstance(location, list) else [location])
    return places


class _Page:
    def __init__(self, url: str) -> None:
        self.is_link = False
        self.abs_url = url
        self.canonical_url = url
        self.meta: dict[str, str] = {}
        self.update_date = "2026-03-01"


class _File:
    def __init__(self, uri: str, url: str) -> None:
        self.src_uri = uri
        self.page = _Page(url)


def test_sitemap_template_with_hostile_urls_is_well_formed() -> None:
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=False)
    env = HubPlugin().on_env(env, config=None, files=None)  # type: ignore[arg-type]
    pages = [_File("a.md", f"https://hub.example/{HOSTILE}/"), _File("b.md", "https://hub.example/b/")]
    document = env.get_template("sitemap.xml").render(pages=pages)
    root = ET.fromstring(document.encode("utf-8"))
    locations = [loc.text for loc in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert locations[1] == "https://hub.example/b/" and "\x00" not in locations[0]
