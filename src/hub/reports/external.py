"""Checking external links (only with `hub prune --online`): a HEAD request, a short timeout."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor

TIMEOUT_SECONDS = 5.0
USER_AGENT = "hub-prune/1 (link check of the materialenbank)"


def _problem(url: str) -> str | None:
    """Why URL does not work, or None when it answers."""
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS):
                return None
        except urllib.error.HTTPError as exc:
            # Some servers refuse HEAD but serve GET: try once more before judging.
            if method == "HEAD" and exc.code in (403, 405, 501):
                continue
            return f"antwoordt met HTTP {exc.code}"
        except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", exc)
            return f"geen verbinding: {reason}"
    return None


def unreachable(urls: Iterable[str], workers: int = 8) -> dict[str, str]:
    """URL -> what is wrong with it, for the URLs that do not answer."""
    unique = sorted(set(urls))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        problems = dict(zip(unique, pool.map(_problem, unique), strict=True))
    return {url: problem for url, problem in problems.items() if problem}
