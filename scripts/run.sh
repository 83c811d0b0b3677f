#!/usr/bin/env bash
# Starts the action server and the Rasa server on localhost with the current model, waits until
# both answer, says how to talk to the assistant, and stops both on Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

RASA_PORT="${RASA_PORT:-5005}"
ACTION_PORT=5055  # the port endpoints.yml names
model=$(.venv/bin/python -m bot model)
mkdir -p var/log

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

.venv/bin/rasa run actions --actions actions --port "$ACTION_PORT" >var/log/actions.log 2>&1 &
pids+=($!)
.venv/bin/rasa run --interface 127.0.0.1 --port "$RASA_PORT" --model "$model" \
  --endpoints endpoints.yml --credentials credentials.yml >var/log/rasa.log 2>&1 &
pids+=($!)

wait_for() {  # url, name, seconds
  for _ in $(seq 1 "$3"); do
    curl -fs "$1" >/dev/null 2>&1 && return 0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null || { echo "The $2 stopped; see var/log/." >&2; exit 1; }; done
    sleep 1
  done
  echo "The $2 did not start within $3 s; see var/log/." >&2; exit 1
}
wait_for "http://127.0.0.1:$ACTION_PORT/health" "action server" 60
wait_for "http://127.0.0.1:$RASA_PORT/" "Rasa server" 120

cat <<MSG

Safe to Say is running.
  Rasa server:   http://127.0.0.1:$RASA_PORT  (model: $(basename "$model"))
  Action server: http://127.0.0.1:$ACTION_PORT
  Logs:          var/log/rasa.log, var/log/actions.log

Talk to it in another terminal:   make chat
Saved reports:                    .venv/bin/python -m bot export
Press Ctrl-C to stop.
MSG
wait -n "${pids[@]}"
