"""Build benchmark: `hub check`, `hub build`, the serve path and `hub search` against plain mkdocs-material.

    .venv/bin/python scripts/benchmark_build.py                     # 5,000 materials + 2,000 questions
    .venv/bin/python scripts/benchmark_build.py --growth            # and 10,000 materials: linear?
    .venv/bin/python scripts/benchmark_build.py --materials 700 --questions 300 --runs 3

Generates a synthetic content tree (scripts/benchmark_search.py's generator), then times, as whole
processes: `hub check`, `hub build`, a plain mkdocs-material build of as many pages (same theme,
its search plugin on, a small nav), a rebuild after one changed file in `hub serve` and in plain
`mkdocs serve` (save to the changed page being served), and a fresh `hub search`; with the peak
memory of each. Prints medians over --runs and the issue's goals. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchmark_search import generate

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PLAIN_CONFIG = """site_name: Plain
theme:
  name: material
  language: nl
plugins:
  - search
nav:
  - Start: index.md
"""


def run_timed(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """Seconds and peak memory (MB) of one process."""
    # stderr to a file, not a pipe: thousands of warnings would fill a pipe and stall the process.
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            errors.seek(0)
            raise SystemExit(f"{' '.join(command)} failed:\n{errors.read().decode(errors='replace')[-2000:]}")
    return seconds, usage.ru_maxrss / 1024


def median_of(runs: int, command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    measured = [run_timed(command, cwd, env) for _ in range(runs)]
    return statistics.median(m[0] for m in measured), max(m[1] for m in measured)


def plain_site(work: Path, content: Path) -> Path:
    """A plain mkdocs-material project with one page per material and question (same bodies)."""
    project = work / "plain"
    shutil.rmtree(project, ignore_errors=True)
    docs = project / "docs"
    docs.mkdir(parents=True)
    (project / "mkdocs.yml").write_text(PLAIN_CONFIG, encoding="utf-8")
    (docs / "index.md").write_text("# Start\n\nEen gewone site.\n", encoding="utf-8")
    for folder in ("materials", "qa"):
        (docs / folder).mkdir()
        for path in (content / folder).glob("*.md"):
            front, _, body = path.read_text(encoding="utf-8")[4:].partition("\n---\n")
            title = next(line[7:] for line in front.splitlines() if line.startswith("title: "))
            (docs / folder / path.name).write_text(f"# {title.strip(chr(39))}\n\n{body}", encoding="utf-8")
    return project


def _goal(figure: str, met: bool, goal: str, applies: bool = True) -> str:
    verdict = ("met" if met else "NOT MET") if applies else "the goal is set for 7,000 items"
    return f"  {figure} (goal {goal}): {verdict}"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", errors="replace")
    except OSError:
        return ""


def _wait_for(url: str, marker: str, timeout: float) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if marker in _fetch(url):
            return time.perf_counter() - started
        time.sleep(0.05)
    raise SystemExit(f"timed out waiting for {marker!r} at {url}")


def serve_rebuild(
    command: list[str], cwd: Path, env: dict[str, str], page: Path, url: str, runs: int
) -> float:
    """Median seconds from saving `page` (a new word in its body) until the served page shows it."""
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    original = page.read_text(encoding="utf-8")
    try:
        _wait_for(url, "</html>", timeout=900)
        times = []
        for run in range(runs):
            marker = f"benchmarkwoord{run}x{time.time_ns()}"
            time.sleep(1.0)  # let the watcher settle after the previous build
            page.write_text(original.rstrip("\n") + f"\n\n{marker}\n", encoding="utf-8")
            times.append(_wait_for(url, marker, timeout=900))
        return statistics.median(times)
    finally:
        page.write_text(original, encoding="utf-8")
        process.terminate()
        process.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--materials", type=int, default=5000)
    parser.add_argument("--questions", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3, help="Runs per figure (the median is printed).")
    parser.add_argument("--work", type=Path, help="Folder for content, caches and sites (default: temp).")
    parser.add_argument("--no-serve", action="store_true", help="Skip the rebuild-after-a-save figures.")
    parser.add_argument(
        "--growth",
        action="store_true",
        help="Also build a bank with twice the materials and print the ratio of the two build times.",
    )
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="hub-build-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "HUB_CACHE_DIR": str(work / "cache")}
    content = generate(work, args.materials, args.questions)
    items = args.materials + args.questions
    print(f"content: {args.materials} materials + {args.questions} questions (+ sample offerings and fiches)")
    hub, mkdocs = str(BIN / "hub"), str(BIN / "mkdocs")

    check_s, check_mb = median_of(args.runs, [hub, "check", "--content", str(content)], ROOT, env)
    print(f"hub check:            median {check_s:6.1f} s   peak {check_mb:5.0f} MB")
    build = [hub, "build", "--content", str(content), "--site-dir", str(work / "site")]
    shutil.rmtree(work / "cache", ignore_errors=True)
    cold_s, cold_mb = run_timed(build, ROOT, env)
    print(f"hub build, first (no search cache): {cold_s:6.1f} s   peak {cold_mb:5.0f} MB")
    plain = plain_site(work, content)
    plain_build = [mkdocs, "build", "-q", "-d", str(work / "plain-site")]
    run_timed(plain_build, plain, env)  # warm-up: the page cache holds both trees alike
    # Pair by pair (hub, then plain): the ratio stays meaningful when the machine's speed drifts.
    pairs = [(run_timed(build, ROOT, env), run_timed(plain_build, plain, env)) for _ in range(args.runs)]
    build_s = statistics.median(hub_run[0] for hub_run, _ in pairs)
    build_mb = max(hub_run[1] for hub_run, _ in pairs)
    plain_s = statistics.median(plain_run[0] for _, plain_run in pairs)
    plain_mb = max(plain_run[1] for _, plain_run in pairs)
    ratio = statistics.median(hub_run[0] / plain_run[0] for hub_run, plain_run in pairs)
    print(
        f"hub build:            median {build_s:6.1f} s   peak {build_mb:5.0f} MB   (search cache as a preview leaves it)"
    )
    print(f"plain mkdocs-material: median {plain_s:5.1f} s   peak {plain_mb:5.0f} MB   ({items + 1} pages)")
    print(f"hub build / plain, pair by pair: median {ratio:.2f}x over {args.runs} pairs")
    search_s, search_mb = median_of(
        max(args.runs, 5), [hub, "search", "differentiëren", "--content", str(content)], ROOT, env
    )
    print(f"hub search (fresh):   median {search_s:6.2f} s   peak {search_mb:5.0f} MB")

    rebuild_s = plain_rebuild_s = None
    if not args.no_serve:
        slug = sorted((content / "materials").glob("*.md"))[0].stem
        port = free_port()
        rebuild_s = serve_rebuild(
            [hub, "serve", "--content", str(content), "--dev-addr", f"127.0.0.1:{port}"],
            ROOT,
            env,
            content / "materials" / f"{slug}.md",
            f"http://127.0.0.1:{port}/materialen/{slug}/",
            args.runs,
        )
        print(f"hub serve, save to page:    median {rebuild_s:6.1f} s")
        port = free_port()
        plain_rebuild_s = serve_rebuild(
            [mkdocs, "serve", "--dev-addr", f"127.0.0.1:{port}"],
            plain,
            env,
            plain / "docs" / "materials" / f"{slug}.md",
            f"http://127.0.0.1:{port}/materials/{slug}/",
            args.runs,
        )
        print(f"plain mkdocs serve, save to page: median {plain_rebuild_s:6.1f} s")

    growth = None
    if args.growth:
        bigger = generate(work / "growth", args.materials * 2, args.questions)
        bigger_build = [hub, "build", "--content", str(bigger), "--site-dir", str(work / "growth-site")]
        run_timed(bigger_build, ROOT, env)  # its search cache, as for the figure it is compared with
        bigger_s, _ = median_of(args.runs, bigger_build, ROOT, env)
        growth = bigger_s / build_s
        print(f"hub build, {args.materials * 2} materials: median {bigger_s:6.1f} s")

    print("\ngoals (issue: one pass from content to site)")
    at_scale = items >= 7000  # the issue sets these goals for a bank of 7,000 items
    print(_goal(f"build vs plain mkdocs-material: {ratio:.2f}x", ratio <= 1.5, "<= 1.5x", at_scale))
    print(_goal(f"hub build: {build_s:.0f} s", build_s <= 60, "<= 60 s", at_scale))
    print(_goal(f"hub check: {check_s:.1f} s", check_s <= 10, "<= 10 s", at_scale))
    if rebuild_s is not None and plain_rebuild_s is not None:
        rebuild_ratio = rebuild_s / plain_rebuild_s
        print(_goal(f"rebuild after a save vs plain: {rebuild_ratio:.2f}x", rebuild_ratio <= 2, "<= 2x"))
    if growth is not None:
        print(_goal(f"build time, twice the materials: {growth:.2f}x", growth <= 2.2, "<= 2.2, linear"))
    print(_goal(f"fresh hub search: {search_s:.2f} s", search_s <= 0.3, "<= 0.3 s"))
    print(_goal(f"peak memory of the build: {build_mb:.0f} MB", build_mb <= 1024, "<= 1024 MB", at_scale))
    print(f"  own peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
