#!/usr/bin/env bash
# Creates .venv with the hub and its pinned dependencies. Safe to run again: it reinstalls only
# when pyproject.toml or requirements.lock changed since the last successful run.
# --site-only: the hub without the test tools (for the publishing workflow).
set -euo pipefail
cd "$(dirname "$0")/.."

target='.[test]'
if [ "${1:-}" = "--site-only" ]; then
  target='.'
fi

python=""
for candidate in python3.11 python3 python; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
    python=$candidate
    break
  fi
done
if [ -z "$python" ]; then
  echo "setup: Python 3.11 is needed (python3.11 not found on PATH)" >&2
  exit 2
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$python" -m venv .venv
fi

stamp=.venv/.hub-installed
wanted=$( (cat pyproject.toml requirements.lock; echo "$target") | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  echo "setup: installing dependencies (pinned in requirements.lock)"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e "$target"
  echo "$wanted" > "$stamp"
fi
