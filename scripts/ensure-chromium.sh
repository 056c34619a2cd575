#!/usr/bin/env bash
# Makes sure a Chromium the tests can drive is on this machine; used by `npm test` and `.ci/run`.
# Test tools must never download a browser of their own (the only network here is npm and Debian),
# so we use Debian's chromium, or whatever CHROME_PATH names.
set -euo pipefail

if [ -n "${CHROME_PATH:-}" ]; then
  if [ -x "$CHROME_PATH" ]; then exit 0; fi
  echo "ensure-chromium: CHROME_PATH is set to '$CHROME_PATH', which is not an executable file." >&2
  exit 1
fi

if [ -x /usr/bin/chromium ]; then exit 0; fi

if [ -r /etc/debian_version ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "ensure-chromium: /usr/bin/chromium is missing; installing Debian's chromium package (about a minute)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  echo "ensure-chromium: installed $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
  exit 0
fi

echo "ensure-chromium: no Chromium found. Install Chromium or Chrome (on Debian: 'sudo apt-get install chromium'), or set CHROME_PATH to its executable, then run the tests again." >&2
exit 1
