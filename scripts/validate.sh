#!/usr/bin/env bash
# Runs `rasa data validate` and fails on any warning, except Rasa's "utterance is not used in
# any story or rule": Rasa cannot see responses sent by custom actions and forms, so that check
# is done by tests/test_domain.py, which reads the actions' code. check_danger has no training examples
# on purpose: only the safety layer (bot/nlu/safety.py) sets it, never the classifier.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! .venv/bin/python -m bot.rasa_patches data validate --domain domain.yml --data data --config config.yml >"$log" 2>&1; then
  cat "$log"; echo "rasa data validate failed." >&2; exit 1
fi
problems=$(grep -E "UserWarning: |WARNING|ERROR" "$log" \
  | grep -v -E "is not used in any story or rule|Slot auto-fill has been removed|MovedIn20Warning|DeprecationWarning" \
  | grep -v -E "The intent 'check_danger' is listed in the domain file, but is not found in the NLU training data" || true)
if [ -n "$problems" ]; then
  echo "$problems"; echo "rasa data validate reported problems (above)." >&2; exit 1
fi
echo "Training data and domain are valid."
