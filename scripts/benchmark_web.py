"""Web benchmark: Lighthouse (mobile) on one page of each type against a plain mkdocs-material page.

    .venv/bin/python scripts/benchmark_web.py              # one run of every page
    .venv/bin/python scripts/benchmark_web.py --runs 3     # medians of three runs
    .venv/bin/python scripts/benchmark_web.py --only materialen material

Builds the site from the bundled content (`hub build`) and a one-page plain mkdocs-material site
(same theme and language, its defaults otherwise, web fonts off like the hub's), serves both from
one local server (gzip-compressed like any web server or CDN; --no-compression serves the bare
files), and runs Lighthouse 12 with its mobile defaults (simulated throttling) on each page, the
plain page in the same round, in Debian's chromium. Prints performance, CLS, LCP, FCP, TBT
and the other category scores side by side, then the goals of the Core Web Vitals issue. Lighthouse
is installed from scripts/lighthouse/ (pinned, with its lock file) into .cache/lighthouse/ on the
first run; it needs node and npm. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PINNED = ROOT / "scripts" / "lighthouse"
INSTALL = ROOT / ".cache" / "lighthouse"
CHROME = "/usr/bin/chromium"
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --no-first-run"
)
COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml"}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
PLAIN = "plain mkdocs-material"
PLAIN_DIR = "plain-mkdocs-material"
# Lighthouse's performance score moves a few points between identical runs; the issue allows 5.
PERFORMANCE_MARGIN = 5
CLS_GOAL = 0.1
PLAIN_CONFIG = """site_name: Plain
theme:
  name: material
  language: nl
  font: false
nav:
  - Start: index.md
"""


def _first(site: Path, folder: str, marker: str = "") -> str:
    """The first page (sorted) directly under FOLDER whose HTML holds MARKER, as a site path."""
    for page in sorted((site / folder).glob("*/index.html")):
        if marker in page.read_text(encoding="utf-8"):
            return f"{folder}/{page.parent.name}/"
    raise SystemExit(f"benchmark: no page under {folder}/ with {marker!r} in the built site")


# One page of each type: a fixed path, or a picker over the built site.
PAGES: dict[str, Callable[[Path], str]] = {
    "home": lambda site: "",
    "materialen": lambda site: "materialen/",
    "facet": lambda site: "materialen/niveau/secundair/",
    # A leerpad step: the material page with the most on it (route banner and its script).
    "material": lambda site: _first(site, "materialen", 'class="hub-route"'),
    "aanbod": lambda site: "aanbod/",
    "offering": lambda site: _first(site, "aanbod", 'class="hub-sessions'),
    "question": lambda site: _first(site, "vragen", 'class="hub-body"'),
    "zoek": lambda site: "zoek/?q=lezen",
    "fiche": lambda site: _first(site, "kwaliteit", 'class="hub-fiche"'),
}


@dataclass
class Measure:
    scores: dict[str, float]  # category -> 0..100
    cls: float
    lcp_s: float
    fcp_s: float
    tbt_ms: float


def lighthouse() -> Path:
    """The pinned Lighthouse CLI, installed into .cache/lighthouse when missing or outdated."""
    binary = INSTALL / "node_modules" / ".bin" / "lighthouse"
    wanted = [(PINNED / name).read_text(encoding="utf-8") for name in ("package.json", "package-lock.json")]
    installed = [
        (INSTALL / name).read_text(encoding="utf-8") if (INSTALL / name).exists() else ""
        for name in ("package.json", "package-lock.json")
    ]
    if binary.exists() and installed == wanted:
        return binary
    if not shutil.which("npm"):
        raise SystemExit("benchmark: npm is needed to install Lighthouse (sudo apt-get install -y npm)")
    INSTALL.mkdir(parents=True, exist_ok=True)
    for name in ("package.json", "package-lock.json"):
        shutil.copyfile(PINNED / name, INSTALL / name)
    print("installing Lighthouse (scripts/lighthouse/package-lock.json) into .cache/lighthouse")
    # `npm install` with the lock file, not `npm ci`: Lighthouse asks for a dist-tag ("latest") of
    # one dependency, which `npm ci` refuses as out of step with any lock file.
    subprocess.run(
        ["npm", "install", "--prefix", str(INSTALL), "--no-audit", "--no-fund", "--loglevel=error"],
        check=True,
    )
    return binary


def build_sites(work: Path) -> Path:
    """The hub site, with the plain one-page site under PLAIN_DIR/ so one server serves both."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    site = work / "site"
    subprocess.run(
        [str(BIN / "hub"), "build", "--site-dir", str(site)],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    plain = work / "plain"
    (plain / "docs").mkdir(parents=True)
    (plain / "mkdocs.yml").write_text(PLAIN_CONFIG, encoding="utf-8")
    # A page of text like the hub's own pages: the body of the first sample material.
    sample = sorted((ROOT / "content" / "materials").glob("*.md"))[0]
    front, _, body = sample.read_text(encoding="utf-8")[4:].partition("\n---\n")
    title = next(line[7:] for line in front.splitlines() if line.startswith("title: "))
    (plain / "docs" / "index.md").write_text(f"# {title.strip(chr(39))}\n\n{body}", encoding="utf-8")
    subprocess.run(
        [str(BIN / "mkdocs"), "build", "-q", "-d", str(site / PLAIN_DIR)], cwd=plain, env=env, check=True
    )
    return site


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class _CompressingHandler(_QuietHandler):
    """Text files gzip-compressed when the browser accepts it, as a production web server or CDN serves them."""

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if (
            "gzip" not in self.headers.get("Accept-Encoding", "")
            or path.suffix not in COMPRESSED
            or not path.is_file()
        ):
            return super().send_head()
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@contextmanager
def serve(directory: Path, compress: bool) -> Iterator[str]:
    handler = functools.partial(_CompressingHandler if compress else _QuietHandler, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


def measure(binary: Path, url: str, report: Path) -> Measure:
    """One Lighthouse run (mobile, simulated throttling: its defaults) on URL."""
    command = [
        str(binary),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    subprocess.run(command, env={**os.environ, "CHROME_PATH": CHROME}, check=True)
    data = json.loads(report.read_text(encoding="utf-8"))
    if data.get("runtimeError"):
        raise SystemExit(f"benchmark: Lighthouse failed on {url}: {data['runtimeError']}")
    audits = data["audits"]
    return Measure(
        scores={name: round(data["categories"][name]["score"] * 100) for name in CATEGORIES},
        cls=audits["cumulative-layout-shift"]["numericValue"],
        lcp_s=audits["largest-contentful-paint"]["numericValue"] / 1000,
        fcp_s=audits["first-contentful-paint"]["numericValue"] / 1000,
        tbt_ms=audits["total-blocking-time"]["numericValue"],
    )


def median(runs: list[Measure]) -> Measure:
    return Measure(
        scores={name: statistics.median(run.scores[name] for run in runs) for name in CATEGORIES},
        cls=statistics.median(run.cls for run in runs),
        lcp_s=statistics.median(run.lcp_s for run in runs),
        fcp_s=statistics.median(run.fcp_s for run in runs),
        tbt_ms=statistics.median(run.tbt_ms for run in runs),
    )


def table(results: dict[str, tuple[str, Measure]]) -> str:
    lines = [
        "| page | path | performance | CLS | LCP | FCP | TBT | accessibility | best practices | SEO |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, (path, m) in results.items():
        s = m.scores
        lines.append(
            f"| {name} | `/{path}` | {s['performance']:g} | {m.cls:.3f} | {m.lcp_s:.1f} s | {m.fcp_s:.1f} s"
            f" | {m.tbt_ms:.0f} ms | {s['accessibility']:g} | {s['best-practices']:g} | {s['seo']:g} |"
        )
    return "\n".join(lines)


def goals(results: dict[str, tuple[str, Measure]]) -> list[str]:
    """The pages that miss a goal of the issue, as readable lines (empty: all met)."""
    floor = results[PLAIN][1].scores["performance"] - PERFORMANCE_MARGIN
    missed = []
    for name, (_, m) in results.items():
        if name == PLAIN:
            continue
        if m.scores["performance"] < floor:
            missed.append(f"{name}: performance {m.scores['performance']:g} < {floor:g} (plain - 5)")
        if m.cls > CLS_GOAL:
            missed.append(f"{name}: CLS {m.cls:.3f} > {CLS_GOAL}")
        for category in CATEGORIES[1:]:
            if m.scores[category] < 100:
                missed.append(f"{name}: {category} {m.scores[category]:g} < 100")
    return missed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=1, help="Rounds over all pages; medians are printed.")
    parser.add_argument("--only", nargs="+", choices=sorted(PAGES), help="Measure only these page types.")
    parser.add_argument("--work", type=Path, help="Folder for the sites and reports (default: temp).")
    parser.add_argument(
        "--no-compression",
        action="store_true",
        help="Serve every file as it is, like python -m http.server (default: gzip, as web servers do).",
    )
    args = parser.parse_args()
    if not Path(CHROME).exists():
        raise SystemExit("benchmark: Debian's chromium is needed: sudo apt-get install -y chromium")
    binary = lighthouse()
    work = args.work or Path(tempfile.mkdtemp(prefix="hub-web-bench-"))
    shutil.rmtree(work / "site", ignore_errors=True)
    shutil.rmtree(work / "plain", ignore_errors=True)
    (work / "reports").mkdir(parents=True, exist_ok=True)
    site = build_sites(work)
    chosen = {name: PAGES[name](site) for name in args.only or PAGES}
    paths = {PLAIN: f"{PLAIN_DIR}/", **chosen}
    measured: dict[str, list[Measure]] = {name: [] for name in paths}
    with serve(site, compress=not args.no_compression) as base:
        for run in range(args.runs):
            # The plain page in every round, between the hub's pages: same machine load for all.
            for name, path in paths.items():
                print(f"round {run + 1}/{args.runs}: {name} /{path}", file=sys.stderr)
                report = work / "reports" / f"{name.replace(' ', '-')}-{run + 1}.json"
                measured[name].append(measure(binary, base + path, report))
    results = {name: (paths[name], median(runs)) for name, runs in measured.items()}
    kind = "medians of " + str(args.runs) + " runs" if args.runs > 1 else "one run"
    served = "uncompressed" if args.no_compression else "gzip"
    print(f"\nLighthouse 12, mobile, simulated throttling ({kind}), same server ({served}), same round:\n")
    print(table(results))
    print(f"\nLighthouse's reports: {work / 'reports'}")
    missed = goals(results)
    print(
        "\ngoals: every page's performance >= plain - 5, CLS <= 0.1, accessibility, best practices, SEO 100"
    )
    print("  all met" if not missed else "\n".join("  not met: " + line for line in missed))
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()
