#!/usr/bin/env bash
# Rebuilds constraints.txt from a clean install of pyproject.toml's dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
python=$(scripts/find-python.sh)
tmp=$(mktemp -d)
"$python" -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install --quiet "pip==24.3.1" "wheel==0.45.1" "setuptools==70.3.0"
"$tmp/venv/bin/pip" install --quiet ".[test]"
{
  echo "# Exact versions of every package, so a fresh install resolves the same way every time."
  echo "# Regenerate with \`make lock\` after changing dependencies in pyproject.toml."
  "$tmp/venv/bin/pip" freeze --exclude safe-to-say | sort -f
} > constraints.txt
rm -rf "$tmp"
echo "constraints.txt updated."
