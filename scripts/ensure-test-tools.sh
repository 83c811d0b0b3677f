#!/usr/bin/env bash
# Debian packages the tests use: Chromium (the browser tests), poppler-utils (pdftoppm renders the
# monthly return's PDF to check its pages are not blank) and nginx (the load balancer of the
# scale-out, fault and load tests; the tests start their own, the package's own service stays off). Installs what is missing when this is root
# on Debian (as in CI); otherwise says how, and those tests skip with the same reason.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || missing+=(nginx)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's ${missing[*]} for the tests (once per machine)..."
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  echo "Installed ${missing[*]}."
else
  echo "Not installed: ${missing[*]}; the tests that need them will be skipped. Install with: sudo apt-get install ${missing[*]}" >&2
fi
