#!/usr/bin/env bash
# The browser tests drive Debian's Chromium. Installs it when missing and this is root on Debian
# (as in CI); otherwise says how, and those tests skip with the same reason.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests (once per machine)..."
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  echo "Chromium installed."
else
  echo "Chromium is not installed, so the browser tests will be skipped. Install it with: sudo apt-get install chromium" >&2
fi
