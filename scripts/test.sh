#!/usr/bin/env bash
# Sets everything up, then runs every test: lint, unit, build and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export NO_MKDOCS_2_WARNING=1
if [ ! -x /usr/bin/chromium ]; then
  echo "test: Debian's chromium is not installed, so the browser tests will be skipped." >&2
  echo "test: install it with: sudo apt-get install -y chromium" >&2
fi
.venv/bin/ruff check src tests scripts
.venv/bin/ruff format --check --quiet src tests scripts
exec .venv/bin/python -m pytest "$@"
