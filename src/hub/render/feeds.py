"""Atom feeds (RFC 4287), written with the standard library's XML writer so every text is escaped."""

from __future__ import annotations

import datetime as dt
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from hub.render.plain_text import clean_text, one_line

ATOM = "http://www.w3.org/2005/Atom"
XML_NS = "http://www.w3.org/XML/1998/namespace"
SITE_ZONE = ZoneInfo("Europe/Brussels")  # naive times in content are local Brussels times
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class FeedEntry:
    """One feed item; `url` is site-relative ('materialen/x/') or absolute, `id` a stable IRI."""

    title: str
    url: str
    summary: str
    updated: dt.date | dt.datetime
    id: str


def stable_id(key: str) -> str:
    """A permanent, host-independent IRI for a feed or entry ('urn:uuid:...') derived from `key`."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"hub:{key}").urn


def rfc3339(moment: dt.date | dt.datetime) -> str:
    """Dates as midnight UTC; naive datetimes as Europe/Brussels local time."""
    if not isinstance(moment, dt.datetime):
        moment = dt.datetime.combine(moment, dt.time(), tzinfo=dt.UTC)
    elif moment.tzinfo is None:
        moment = moment.replace(tzinfo=SITE_ZONE)
    return moment.isoformat()


def _as_utc(moment: dt.date | dt.datetime) -> dt.datetime:
    return dt.datetime.fromisoformat(rfc3339(moment)).astimezone(dt.UTC)


def _link(site_url: str, url: str) -> str:
    if "://" in url or not site_url:
        return url
    return site_url.rstrip("/") + "/" + url.lstrip("/")


def _child(parent: ET.Element, name: str, text: str | None = None, **attributes: str) -> ET.Element:
    # ElementTree escapes markup but writes any character: clean_text keeps the document well-formed.
    element = ET.SubElement(parent, name, {key: one_line(value) for key, value in attributes.items()})
    element.text = None if text is None else clean_text(text)
    return element


def atom_feed(
    title: str,
    site_url: str,
    feed_url: str,
    entries: list[FeedEntry],
    *,
    author: str = "Pedagogische begeleidingsdienst",
    subtitle: str | None = None,
) -> str:
    """An Atom document. Without `site_url`, links stay relative and resolve through xml:base."""
    # Plain names under an explicit default namespace: ElementTree would otherwise prefix them (ns0:).
    feed = ET.Element("feed", {"xmlns": ATOM, f"{{{XML_NS}}}lang": "nl-BE"})
    if not site_url and "://" not in feed_url:
        # Relative links resolve against the feed's own address: climb from it to the site root.
        feed.set(f"{{{XML_NS}}}base", "../" * feed_url.strip("/").count("/") or "./")
    _child(feed, "id", stable_id(feed_url))
    _child(feed, "title", one_line(title), type="text")
    if subtitle:
        _child(feed, "subtitle", subtitle, type="text")
    newest = max((_as_utc(e.updated) for e in entries), default=_EPOCH)
    _child(feed, "updated", newest.isoformat())
    _child(_child(feed, "author"), "name", author)
    _child(feed, "link", rel="self", type="application/atom+xml", href=_link(site_url, feed_url))
    _child(feed, "link", rel="alternate", type="text/html", href=_link(site_url, ""))
    for entry in entries:
        item = _child(feed, "entry")
        _child(item, "id", entry.id)
        _child(item, "title", one_line(entry.title), type="text")
        _child(item, "updated", rfc3339(entry.updated))
        _child(item, "link", rel="alternate", type="text/html", href=_link(site_url, entry.url))
        _child(item, "summary", entry.summary, type="text")
    ET.indent(feed)
    return ET.tostring(feed, encoding="unicode", xml_declaration=True) + "\n"
