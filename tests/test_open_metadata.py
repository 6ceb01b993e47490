"""Open metadata for aggregators: the OAI static repository /oai/static.xml, validated against the
format's schema (tests/oai/), and the schema.org DataFeed /oai/materialen.jsonld."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
import xmlschema

from hub.check import check_content
from hub.context import SiteSettings
from hub.load.loader import load_content
from hub.render.oai import static_repository
from hub.render.open_metadata import (
    DATA_FEED_URL,
    STATIC_REPOSITORY_URL,
    deleted_materials,
    open_metadata_files,
    repository_of,
)
from tests.conftest import TODAY, context_of
from tests.world import World, material_text

SCHEMA = Path(__file__).parent / "oai" / "static-repository.xsd"
NS = {
    "sr": "http://www.openarchives.org/OAI/2.0/static-repository",
    "oai": "http://www.openarchives.org/OAI/2.0/",
    "oai_dc": "http://www.openarchives.org/OAI/2.0/oai_dc/",
    "dc": "http://purl.org/dc/elements/1.1/",
}
SETTINGS = SiteSettings(
    site_url="https://pbd.example/",
    site_name="Materialenbank en helpdesk",
    extra={
        "service_name": "Pedagogische begeleidingsdienst GO!",
        "oai_admin_email": "redactie@pbd.example",
        "oai_gateway": "https://gateway.example.org/oai/",
    },
)


def _world(world: World) -> World:
    world.material(
        "hoeken",
        title="Hoeken inrichten in de kleuterklas",
        reviewed="2026-02-01",
        license="CC BY-SA 4.0",
        keywords="[hoekenwerk]",
        rok="[differentiatie-kv, beleid]",
        link="https://video.example.org/hoeken",
    )
    world.material("clip", title="Kennisclip differentiëren", type="kennisclip", reviewed="2025-09-10")
    world.material("klad", title="Kladversie quokka", status="draft")
    world.write(
        "archive/materials/oude-hoeken.md",
        material_text(
            title="Oude hoekenfiche", status="archived", replaced_by="hoeken", reviewed="2024-05-01"
        ),
    )
    return world


def _files(world: World, settings: SiteSettings = SETTINGS) -> dict[str, str]:
    catalog, _ = load_content(world.content)
    ctx = context_of(catalog, world.content)
    ctx.settings = settings
    return {f.dest_uri: str(f.content) for f in open_metadata_files(ctx)}


def _records(document: str) -> dict[str, ET.Element]:
    root = ET.fromstring(document.encode("utf-8"))
    return {
        record.findtext("oai:header/oai:identifier", namespaces=NS): record
        for record in root.iterfind("sr:ListRecords/oai:record", NS)
    }


def _dc(record: ET.Element, name: str) -> list[str]:
    return [e.text or "" for e in record.iterfind(f"oai:metadata/oai_dc:dc/dc:{name}", NS)]


def test_static_repository_is_valid_against_the_format_schema(world: World) -> None:
    document = _files(_world(world))[STATIC_REPOSITORY_URL]
    xmlschema.XMLSchema(SCHEMA).validate(document)
    root = ET.fromstring(document.encode("utf-8"))
    assert root.tag == "{http://www.openarchives.org/OAI/2.0/static-repository}Repository"
    assert root.find("sr:ListRecords", NS).get("metadataPrefix") == "oai_dc"
    prefixes = [
        e.text for e in root.iterfind("sr:ListMetadataFormats/oai:metadataFormat/oai:metadataPrefix", NS)
    ]
    assert prefixes == ["oai_dc"]


def test_the_schema_refuses_what_a_static_repository_may_not_hold(world: World) -> None:
    """The schema is no formality: a deleted record (header status) or a set is refused."""
    document = _files(_world(world))[STATIC_REPOSITORY_URL]
    schema = xmlschema.XMLSchema(SCHEMA)
    deleted = document.replace("<oai:header>", '<oai:header status="deleted">', 1)
    assert not schema.is_valid(deleted)
    with_set = document.replace("</oai:datestamp>", "</oai:datestamp><oai:setSpec>x</oai:setSpec>", 1)
    assert not schema.is_valid(with_set)


def test_identify_names_the_service_its_gateway_and_the_earliest_record(world: World) -> None:
    root = ET.fromstring(_files(_world(world))[STATIC_REPOSITORY_URL].encode("utf-8"))
    identify = root.find("sr:Identify", NS)
    assert identify.findtext("oai:repositoryName", namespaces=NS) == "Materialenbank en helpdesk"
    # The format's rule: the gateway's base URL, then the file's address without its scheme.
    assert (
        identify.findtext("oai:baseURL", namespaces=NS)
        == "https://gateway.example.org/oai/pbd.example/oai/static.xml"
    )
    assert identify.findtext("oai:adminEmail", namespaces=NS) == "redactie@pbd.example"
    assert identify.findtext("oai:earliestDatestamp", namespaces=NS) == "2025-09-10"
    assert identify.findtext("oai:deletedRecord", namespaces=NS) == "no"


def test_records_hold_every_published_material_and_nothing_else(world: World) -> None:
    records = _records(_files(_world(world))[STATIC_REPOSITORY_URL])
    assert sorted(records) == ["oai:pbd.example:materialen/clip", "oai:pbd.example:materialen/hoeken"]
    hoeken = records["oai:pbd.example:materialen/hoeken"]
    assert hoeken.findtext("oai:header/oai:datestamp", namespaces=NS) == "2026-02-01"
    assert _dc(hoeken, "title") == ["Hoeken inrichten in de kleuterklas"]
    assert _dc(hoeken, "identifier") == ["https://pbd.example/materialen/hoeken/"]
    assert _dc(hoeken, "language") == ["nl"]
    assert _dc(hoeken, "date") == ["2026-02-01"]
    assert _dc(hoeken, "rights") == ["CC BY-SA 4.0"]
    assert _dc(hoeken, "publisher") == ["Pedagogische begeleidingsdienst GO!"]
    assert _dc(hoeken, "creator") == ["Team curriculum"]
    assert _dc(hoeken, "type") == ["Text", "Fiche"]
    assert _dc(hoeken, "relation") == ["https://video.example.org/hoeken"]
    # Themes, R-OK labels and keywords are the subjects.
    assert _dc(hoeken, "subject") == [
        "Doelgerichte differentiatie",
        "Het team stemt het aanbod af op de noden van de lerenden",
        "Beleid",
        "hoekenwerk",
    ]
    clip = records["oai:pbd.example:materialen/clip"]
    assert _dc(clip, "type") == ["MovingImage", "Kennisclip"]
    assert _dc(clip, "rights") == []  # no licence given: no claim made


def test_archived_materials_are_deleted_in_the_data_feed_and_absent_from_the_repository(world: World) -> None:
    _world(world)
    catalog, _ = load_content(world.content)
    assert [(d.slug, d.since.isoformat()) for d in deleted_materials(catalog)] == [
        ("oude-hoeken", "2024-05-01")
    ]
    files = _files(world)
    assert "oude-hoeken" not in files[STATIC_REPOSITORY_URL]
    feed = json.loads(files[DATA_FEED_URL])
    deleted = [e for e in feed["dataFeedElement"] if "dateDeleted" in e]
    assert deleted == [
        {
            "@type": "DataFeedItem",
            "dateDeleted": "2024-05-01",
            "item": {
                "@type": "LearningResource",
                "@id": "https://pbd.example/materialen/oude-hoeken/",
                "url": "https://pbd.example/materialen/oude-hoeken/",
            },
        }
    ]


def test_the_data_feed_holds_each_published_material_as_a_learning_resource(world: World) -> None:
    feed = json.loads(_files(_world(world))[DATA_FEED_URL])
    assert feed["@context"] == "https://schema.org" and feed["@type"] == "DataFeed"
    assert feed["url"] == "https://pbd.example/oai/materialen.jsonld"
    assert feed["dateModified"] == "2026-02-01"
    live = {e["item"]["url"]: e for e in feed["dataFeedElement"] if "item" in e and "dateModified" in e}
    assert sorted(live) == ["https://pbd.example/materialen/clip/", "https://pbd.example/materialen/hoeken/"]
    hoeken = live["https://pbd.example/materialen/hoeken/"]
    assert hoeken["dateModified"] == "2026-02-01"
    resource = hoeken["item"]
    assert resource["@type"] == "LearningResource" and "@context" not in resource
    assert resource["educationalLevel"] == ["Kleuteronderwijs"]
    assert resource["audience"] == {"@type": "EducationalAudience", "educationalRole": ["Leraar"]}
    assert resource["license"] == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert resource["publisher"] == {"@type": "Organization", "name": "Pedagogische begeleidingsdienst GO!"}
    assert "Kladversie quokka" not in json.dumps(feed)


def test_the_same_content_gives_the_same_bytes(world: World) -> None:
    _world(world)
    assert _files(world) == _files(world)


def test_without_a_gateway_the_base_url_is_the_files_own_address() -> None:
    repository = repository_of(SiteSettings(site_url="https://pbd.example/hub/"))
    assert repository.base_url == "https://pbd.example/hub/oai/static.xml"
    assert repository.admin_email == "redactie@example.invalid"  # the placeholder that --strict refuses
    assert repository.publisher == "Pedagogische begeleidingsdienst"


def test_a_bank_without_published_materials_has_no_repository_but_a_feed(world: World) -> None:
    world.material("klad", status="draft")
    files = _files(world)
    assert STATIC_REPOSITORY_URL not in files  # the format needs at least one record
    assert json.loads(files[DATA_FEED_URL])["dataFeedElement"] == []


def test_past_the_record_limit_the_repository_is_left_out_and_check_warns(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("hub.render.oai.OAI_RECORD_LIMIT", 1)
    monkeypatch.setattr("hub.check.rules.open_metadata.OAI_RECORD_LIMIT", 1)
    _world(world)
    files = _files(world)
    assert STATIC_REPOSITORY_URL not in files and DATA_FEED_URL in files
    _, problems = check_content(world.content, TODAY)
    (found,) = [p for p in problems if p.code == "HUB350"]
    assert found.severity == "warning" and found.path.endswith("materials") and found.line == 1
    assert "2 gepubliceerde materialen" in found.message and "hoogstens 1" in found.message


def test_static_repository_refuses_more_records_than_the_format_holds(world: World) -> None:
    _world(world)
    catalog, _ = load_content(world.content)
    (material,) = [m for m in catalog.published_materials() if m.slug == "hoeken"]
    assert static_repository(catalog, [material] * 5000, repository_of(SETTINGS)) is not None
    assert static_repository(catalog, [material] * 5001, repository_of(SETTINGS)) is None
