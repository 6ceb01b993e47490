"""Search benchmark: a synthetic content tree of a given size, built, then measured.

    .venv/bin/python scripts/benchmark_search.py --materials 5000 --questions 2000

Prints the site index size, the bytes a first query transfers and the time to first results in
headless chromium (median over several queries, each in a fresh browser context), and the latency
of `hub search` (a cold process and warm in-process queries, median). Not part of the test suite.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import gzip
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "content"
CHROMIUM = "/usr/bin/chromium"
QUERIES = [
    "differentiëren",
    "zoco",
    "kleuters zelfregulerend leren",
    "GSL",
    "leesbegrip B-stroom",
    "beleid",
    "begeleiding nieuwkomers",
    "zorgcoordinator",
    "ICT beleidsplan",
    "redelijke aanpassingen",
]
TEMPLATES = [
    "{type}: {topic} in de {place}",
    "{topic} voor {role}",
    "Aan de slag met {topic}",
    "{type} {topic} ({level})",
    "Wat is {topic}?",
    "{topic}: zo pak je het aan in het {level}",
    "Stappenplan {topic} met je team",
    "{topic} en {topic2}",
]
QUESTION_TEMPLATES = [
    "Hoe pak ik {topic} aan in mijn klas?",
    "Wat betekent {topic} voor ons team in het {level}?",
    "Waar beginnen we met {topic} als {role}?",
    "Hoe combineren we {topic} met {topic2}?",
    "Is {topic} ook haalbaar bij {level}?",
]
PLACES = ["klas", "school", "vakgroep", "kleuterklas", "academie", "scholengroep", "lerarenkamer"]


def _entries(name: str) -> list[dict]:
    return yaml.safe_load((SAMPLE / "taxonomy" / f"{name}.yml").read_text(encoding="utf-8")) or []


def _sentences() -> list[str]:
    """Real Dutch sentences from the sample bodies: the synthetic bodies are recombined from them."""
    found: list[str] = []
    for folder in ("materials", "qa", "trainings"):
        for path in sorted((SAMPLE / folder).glob("*.md")):
            body = path.read_text(encoding="utf-8").split("---", 2)[-1]
            body = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", body)
            for sentence in re.split(r"(?<=[.?!])\s+", " ".join(body.split())):
                if 40 <= len(sentence) <= 300 and not re.search(r"[<>{}|#*`@]|https?:", sentence):
                    found.append(sentence)
    return found


class Generator:
    """Synthetic materials and questions tagged with the sample taxonomies."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.sentences = _sentences()
        self.themes = _entries("themes")
        self.levels = _entries("levels")
        self.roles = _entries("roles")
        self.types = [e for e in _entries("types") if e["id"] not in ("leerpad", "zelfscan")]
        self.rok = [e for e in _entries("rok") if e.get("parent")]
        self.teams = [e["id"] for e in _entries("teams")]
        self.topics = [e["label"].split("(")[0].strip().lower() for e in self.themes]
        self.topics += [a for e in self.themes for a in e.get("aliases", []) if len(a) > 4]

    def _pick(self, entries: list[dict], low: int, high: int) -> list[dict]:
        return self.random.sample(entries, self.random.randint(low, high))

    def _fill(self, template: str, level: dict, role: dict, type_: dict) -> str:
        return template.format(
            type=type_["label"],
            topic=self.random.choice(self.topics),
            topic2=self.random.choice(self.topics),
            place=self.random.choice(PLACES),
            role=role["label"].lower(),
            level=level["label"].lower(),
        )

    def _body(self, paragraphs: int) -> str:
        return "\n\n".join(
            " ".join(self.random.sample(self.sentences, self.random.randint(2, 4))) for _ in range(paragraphs)
        )

    def _date(self) -> dt.date:
        return dt.date(2025, 1, 1) + dt.timedelta(days=self.random.randint(0, 600))

    def material(self, number: int) -> tuple[str, str]:
        themes, levels, roles = (
            self._pick(self.themes, 1, 3),
            self._pick(self.levels, 1, 2),
            self._pick(self.roles, 1, 2),
        )
        type_ = self.random.choice(self.types)
        title = self._fill(self.random.choice(TEMPLATES), levels[0], roles[0], type_)[:110]
        title = title[0].upper() + title[1:]
        description = " ".join(self.random.sample(self.sentences, 1))[:290]
        keys = {
            "title": title,
            "description": description
            if len(description) >= 20
            else description + " Voor je team en je klas.",
            "status": "published",
            "owner": self.random.choice(self.teams),
            "reviewed": self._date().isoformat(),
            "type": type_["id"],
            "rok": [e["id"] for e in self._pick(self.rok, 1, 2)],
            "levels": [e["id"] for e in levels],
            "roles": [e["id"] for e in roles],
            "themes": [e["id"] for e in themes],
        }
        if type_.get("needs"):  # an obtainable material: a video, podcast or tool has its address
            keys["link"] = f"https://materiaal.example.org/{number:05d}"
        return f"synthetisch-materiaal-{number:05d}", _document(keys, self._body(self.random.randint(2, 5)))

    def question(self, number: int) -> tuple[str, str]:
        themes, levels, roles = (
            self._pick(self.themes, 1, 2),
            self._pick(self.levels, 1, 2),
            self._pick(self.roles, 1, 1),
        )
        title = self._fill(self.random.choice(QUESTION_TEMPLATES), levels[0], roles[0], self.types[0])
        asked = self._date()
        keys = {
            "title": title[0].upper() + title[1:],
            "status": "published",
            "owner": self.random.choice(self.teams),
            "reviewed": (asked + dt.timedelta(days=20)).isoformat(),
            "themes": [e["id"] for e in themes],
            "levels": [e["id"] for e in levels],
            "roles": [e["id"] for e in roles],
            "asked": asked.isoformat(),
            "answered": (asked + dt.timedelta(days=10)).isoformat(),
        }
        return f"synthetische-vraag-{number:05d}", _document(keys, self._body(self.random.randint(1, 3)))


def _document(keys: dict, body: str) -> str:
    front = yaml.safe_dump(keys, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{front}---\n\n{body}\n"


def generate(target: Path, materials: int, questions: int, seed: int = 7) -> Path:
    """A content tree: the sample taxonomies, fiches and offerings, plus synthetic items."""
    content = target / "content"
    if content.exists():
        shutil.rmtree(content)
    for folder in ("taxonomy", "fiches", "trainings"):
        shutil.copytree(SAMPLE / folder, content / folder)
    generator = Generator(seed)
    for folder, count, make in (
        ("materials", materials, generator.material),
        ("qa", questions, generator.question),
    ):
        (content / folder).mkdir(parents=True)
        for number in range(count):
            slug, text = make(number)
            (content / folder / f"{slug}.md").write_text(text, encoding="utf-8")
    return content


@contextlib.contextmanager
def serve(directory: Path) -> Iterator[str]:
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


def measure_browser(url: str, queries: list[str]) -> list[tuple[str, float, int, int, int]]:
    """Per query, in a fresh context: (query, ms to first results, bytes, gzipped bytes, requests)."""
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
        for query in queries:
            context = browser.new_context()
            page = context.new_page()
            page.goto(f"{url}/zoek/")
            page.wait_for_load_state("networkidle")
            bodies: list[bytes] = []
            page.on(
                "response", lambda r, bodies=bodies: bodies.append(r.body()) if "/search/" in r.url else None
            )
            started = time.perf_counter()
            page.fill("#hub-search-page", query)
            page.wait_for_function(
                "q => document.querySelector('#hub-search-page-status').textContent.includes(q)", arg=query
            )
            elapsed = (time.perf_counter() - started) * 1000
            page.wait_for_load_state("networkidle")
            raw = sum(len(b) for b in bodies)
            zipped = sum(len(gzip.compress(b, 6)) for b in bodies)
            rows.append((query, elapsed, raw, zipped, len(bodies)))
            context.close()
        browser.close()
    return rows


def measure_cli(content: Path, queries: list[str], cache: Path) -> dict[str, float]:
    env = {**os.environ, "HUB_CACHE_DIR": str(cache)}
    hub = str(Path(sys.executable).with_name("hub"))
    started = time.perf_counter()
    subprocess.run(
        [hub, "search", "kleuters", "--content", str(content)], env=env, capture_output=True, check=False
    )
    first = time.perf_counter() - started
    cold = []
    for query in queries[:5]:
        started = time.perf_counter()
        subprocess.run(
            [hub, "search", query, "--content", str(content)], env=env, capture_output=True, check=False
        )
        cold.append(time.perf_counter() - started)
    os.environ["HUB_CACHE_DIR"] = str(cache)
    from hub.index import search

    search(None, content, "opwarmen")
    warm = []
    for query in queries:  # each once: a repeated query would only measure the term cache
        started = time.perf_counter()
        search(None, content, query)
        warm.append(time.perf_counter() - started)
    return {"index": first, "cold": statistics.median(cold), "warm": statistics.median(warm)}


def folder_size(folder: Path) -> tuple[int, int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    raw = sum(p.stat().st_size for p in files)
    zipped = sum(len(gzip.compress(p.read_bytes(), 6)) for p in files)
    return len(files), raw, zipped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--materials", type=int, default=5000)
    parser.add_argument("--questions", type=int, default=2000)
    parser.add_argument(
        "--work", type=Path, help="Folder for the content, cache and site (default: a temp folder)."
    )
    parser.add_argument("--no-browser", action="store_true", help="Skip the chromium measurements.")
    args = parser.parse_args()
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    work = args.work or Path(tempfile.mkdtemp(prefix="hub-search-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    cache = work / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    os.environ["HUB_CACHE_DIR"] = str(cache)

    started = time.perf_counter()
    content = generate(work, args.materials, args.questions)
    print(
        f"content: {args.materials} materials + {args.questions} questions in {time.perf_counter() - started:.1f} s"
    )

    cli = measure_cli(content, QUERIES, cache)
    print(f"hub search: first run (loads content, builds the index) {cli['index']:.2f} s")
    print(
        f"hub search: cold process, median {cli['cold'] * 1000:.0f} ms; warm query, median {cli['warm'] * 1000:.1f} ms"
    )

    from hub.mkdocs.site import build_site

    started = time.perf_counter()
    build_site(ROOT / "mkdocs.yml", content, work / "site")
    print(f"site build: {time.perf_counter() - started:.1f} s")
    files, raw, zipped = folder_size(work / "site" / "search")
    print(f"site index: {files} files, {raw / 1e6:.2f} MB ({zipped / 1e6:.2f} MB gzipped)")
    manifest = (work / "site" / "search" / "index.json").stat().st_size
    print(f"site index: index.json {manifest / 1e3:.1f} KB")
    if args.no_browser:
        return
    with serve(work / "site") as url:
        rows = measure_browser(url, QUERIES)
    for query, ms, raw_bytes, zipped_bytes, requests in rows:
        print(
            f"  {query!r:32} {ms:6.0f} ms  {raw_bytes / 1e3:6.1f} KB ({zipped_bytes / 1e3:5.1f} KB gzipped), {requests} files"
        )
    print(
        f"chromium, first query in a fresh browser: median {statistics.median(r[1] for r in rows):.0f} ms to results,"
        f" median {statistics.median(r[2] for r in rows) / 1e3:.1f} KB transferred"
        f" ({statistics.median(r[3] for r in rows) / 1e3:.1f} KB gzipped), max {max(r[2] for r in rows) / 1e3:.1f} KB"
    )


if __name__ == "__main__":
    main()
