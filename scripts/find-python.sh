#!/usr/bin/env bash
# Prints the path of a Python 3.10 interpreter, the only version both Rasa 3.6 and this
# project support. Looks at $PYTHON, python3.10 on PATH, pyenv's versions, then the usual
# system places. Exits 1 with what to install when there is none.
set -euo pipefail

is_310() { [ -x "$1" ] && "$1" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; }

candidates=()
[ -n "${PYTHON:-}" ] && candidates+=("$PYTHON")
command -v python3.10 >/dev/null 2>&1 && candidates+=("$(command -v python3.10)")
if command -v pyenv >/dev/null 2>&1; then
  for v in $(pyenv versions --bare 2>/dev/null | grep -E '^3\.10(\.[0-9]+)?$' | sort -rV); do
    candidates+=("$(pyenv root)/versions/$v/bin/python")
  done
fi
for p in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.10*/bin/python /usr/bin/python3.10 /usr/local/bin/python3.10; do
  candidates+=("$p")
done

for c in "${candidates[@]}"; do
  # pyenv shims answer to python3.10 even when that version is not installed; check each.
  if is_310 "$c"; then
    "$c" -c 'import sys; print(sys.executable)'
    exit 0
  fi
done

cat >&2 <<'MSG'
Safe to Say needs Python 3.10 (Rasa Open Source 3.6 runs on 3.8 to 3.10 only) and none was found.
Install one of these, then run the command again:
  - with pyenv:   pyenv install 3.10
  - on Debian/Ubuntu: apt-get install python3.10 python3.10-venv   (or the deadsnakes PPA)
  - on macOS:     brew install python@3.10
Or point PYTHON at an existing 3.10 interpreter:  PYTHON=/path/to/python3.10 make run
MSG
exit 1
