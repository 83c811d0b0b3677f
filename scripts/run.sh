#!/usr/bin/env bash
# Starts the action server, the Rasa server and the staff web app on localhost with the current
# model, waits until each answers, says how to talk to the assistant, and stops all on Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

RASA_PORT="${RASA_PORT:-5005}"
ACTION_PORT=5055  # the port endpoints.yml names
WEB_PORT="${WEB_PORT:-8000}"
mkdir -p var/log
chmod 700 var

# Local secrets, made once each (the pseudonym key, the records encryption key, and the keys shared
# by the web app and Rasa) in var/secrets.env; every process and command reads them from there
# (bot/config.py), values in the environment winning.
.venv/bin/python -m bot secrets
export RASA_URL="http://127.0.0.1:$RASA_PORT" WEB_PORT
.venv/bin/python -m bot db upgrade

model=$(.venv/bin/python -m bot model)
.venv/bin/python -m bot credentials > var/credentials.yml

pids=()
names=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

.venv/bin/python -m bot.rasa_patches run actions --actions actions --port "$ACTION_PORT" --logging-config-file logging.yml >var/log/actions.log 2>&1 &
pids+=($!); names+=("action server (var/log/actions.log)")
.venv/bin/python -m bot.rasa_patches run --interface 127.0.0.1 --port "$RASA_PORT" --model "$model" \
  --endpoints endpoints.yml --credentials var/credentials.yml --logging-config-file logging.yml >var/log/rasa.log 2>&1 &
pids+=($!); names+=("Rasa server (var/log/rasa.log)")
.venv/bin/python -m bot web --port "$WEB_PORT" >var/log/web.log 2>&1 &
pids+=($!); names+=("staff web app (var/log/web.log)")

wait_for() {  # url, name, seconds
  for _ in $(seq 1 "$3"); do
    curl -fs "$1" >/dev/null 2>&1 && return 0
    for i in "${!pids[@]}"; do
      kill -0 "${pids[$i]}" 2>/dev/null || { echo "The ${names[$i]} stopped. Is its port already in use?" >&2; exit 1; }
    done
    sleep 1
  done
  echo "The $2 did not start within $3 s; see var/log/." >&2; exit 1
}
wait_for "http://127.0.0.1:$ACTION_PORT/health" "action server" 60
wait_for "http://127.0.0.1:$WEB_PORT/health" "staff web app" 60
wait_for "http://127.0.0.1:$RASA_PORT/" "Rasa server" 120

cat <<MSG

Safe to Say is running.
  Web chat (public):  http://localhost:$WEB_PORT/public
  Web chat (staff):   http://localhost:$WEB_PORT/   (create an account first:
                      .venv/bin/python -m bot staff add NAME --centre CENTRE_ID)
  Terminal chat:      make chat   (in another terminal)
  Saved reports:      .venv/bin/python -m bot export
  Rasa server:        http://127.0.0.1:$RASA_PORT  (model: $(basename "$model"))
  Logs:               var/log/
Press Ctrl-C to stop.
MSG
wait -n "${pids[@]}"
