"""Rewrite the README's rules reference (between <!-- rules:start --> and <!-- rules:end -->) from the
registry in src/hub/problems/. `--check` only says whether it is up to date (exit 1 when stale)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hub.problems.reference import with_reference

README = Path(__file__).resolve().parent.parent / "README.md"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 when the README section is stale")
    args = parser.parse_args()
    current = README.read_text(encoding="utf-8")
    wanted = with_reference(current)
    if args.check:
        if wanted != current:
            print("README.md: the rules reference is stale; run scripts/rules_reference.py", file=sys.stderr)
            return 1
        return 0
    if wanted != current:
        README.write_text(wanted, encoding="utf-8")
        print("README.md: rules reference rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main())
