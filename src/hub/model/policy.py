"""Content policies shared by the checks, the reports and the pages: what may be embedded or attached."""

from __future__ import annotations

from pathlib import Path

# Videos that a body may embed with <iframe> (https only).
IFRAME_HOSTS = (
    "www.youtube.com",
    "youtube.com",
    "www.youtube-nocookie.com",
    "player.vimeo.com",
)
# Attachments live here, relative to the content folder, and are published under ATTACHMENT_DIR.
FILES_DIR = Path("materials") / "files"
ATTACHMENT_SUFFIXES = (".pdf", ".docx", ".pptx", ".xlsx", ".odt", ".png", ".jpg", ".jpeg", ".mp3")
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024

# Mail providers for private persons: a contact on the site is an address of the service, never a person's own.
PRIVATE_MAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "hotmail.com",
        "hotmail.be",
        "outlook.com",
        "outlook.be",
        "live.com",
        "live.be",
        "msn.com",
        "yahoo.com",
        "yahoo.fr",
        "icloud.com",
        "me.com",
        "telenet.be",
        "skynet.be",
        "proximus.be",
        "scarlet.be",
        "gmx.com",
        "protonmail.com",
        "proton.me",
    }
)
# The OAI static repository (/oai/static.xml) is meant for small collections: gateways refuse a file
# with more records than this (hub check: HUB350; the site is then built without it).
OAI_RECORD_LIMIT = 5000
