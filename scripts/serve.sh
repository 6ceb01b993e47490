#!/usr/bin/env bash
# Sets everything up, then checks the bundled content and serves the site on http://127.0.0.1:8000.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export NO_MKDOCS_2_WARNING=1
exec .venv/bin/hub serve "$@"
