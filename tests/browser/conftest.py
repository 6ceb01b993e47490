"""Browser tests: the bundled sample site, built once, served on loopback, driven in Debian chromium.

Site and browser live on one fixed day, NOW of tests/conftest.py: the site is built as `hub build
--today` builds it and every page's clock (Date) reads the same instant, in Brussels. A test that
needs another moment sets the page's clock itself (page.clock.set_fixed_time)."""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from hub.context import BRUSSELS
from tests.conftest import NOW

# The visitor's clock: the moment the sample site is built for, in Brussels.
VISIT = NOW.replace(tzinfo=BRUSSELS)
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def served(directory: Path, handler: type[SimpleHTTPRequestHandler] = _QuietHandler) -> Iterator[str]:
    """DIRECTORY served on a free loopback port while the block runs: its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


def shown_cards(page) -> set[str]:  # type: ignore[no-untyped-def]
    """The slugs of the cards a list shows (not hidden by a filter)."""
    return set(
        page.eval_on_selector_all(
            ".hub-cards > li.hub-card:not([hidden])", "els => els.map(e => e.dataset.slug)"
        )
    )


def url_query(page) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """The query of the page's current URL."""
    return parse_qs(urlsplit(page.url).query)


@pytest.fixture(scope="session")
def site_url(sample_site: Path) -> Iterator[str]:
    with served(sample_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        message = "Debian chromium is needed for browser tests: sudo apt-get install -y chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def visitor_context(browser: object, **options: object) -> object:
    """A new browser context for a Flemish visitor (nl-BE, Brussels time) whose clock reads VISIT."""
    context = browser.new_context(locale="nl-BE", timezone_id=BRUSSELS.key, **options)  # type: ignore[attr-defined]
    context.clock.set_fixed_time(VISIT)
    return context


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = visitor_context(browser)
    tab = context.new_page()  # type: ignore[attr-defined]
    yield tab
    context.close()  # type: ignore[attr-defined]


def serious_violations(tab: object) -> list[str]:
    """axe-core violations of impact serious or critical on the open page, as readable lines."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(tab)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes'][:3]]}"
        for v in results.response["violations"]
        if v.get("impact") in ("serious", "critical")
    ]
