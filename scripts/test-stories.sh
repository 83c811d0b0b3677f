#!/usr/bin/env bash
# Checks every test story in tests/stories turn by turn against the trained model; any
# prediction that differs from the story fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
model=$(.venv/bin/python -m bot model)
.venv/bin/python -m bot.rasa_patches test core --model "$model" --stories tests/stories --fail-on-prediction-errors \
  --out results/stories --no-plot
echo "Test stories: every prediction matched."
