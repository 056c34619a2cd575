#!/usr/bin/env bash
# Makes sure the browsers the tests drive are on this machine; used by `npm test` and `.ci/run`.
# Test tools must never download a browser of their own (the only network here is npm and Debian),
# so each engine comes from a Debian package (test/wtr-browsers.mjs starts them):
#   chromium  /usr/bin/chromium (or CHROME_PATH)                        package chromium
#   firefox   /usr/bin/firefox-esr (or FIREFOX_PATH)                    package firefox-esr
#   webkit    WebKitWebDriver + WebKitGTK's MiniBrowser, and Xvfb      packages webkit2gtk-driver, xvfb
#             when there is no DISPLAY
# Only the engines FACT_VERDICT_BROWSERS names (comma-separated; all three when unset) are checked.
# On Debian as root, what is missing is installed with apt-get (one update, one install); anywhere
# else the script says what to install. It fails, naming each engine it could not provide.
set -uo pipefail

ENGINES="${FACT_VERDICT_BROWSERS:-chromium,firefox,webkit}"
MINIBROWSER="${MINIBROWSER_PATH:-/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser}"
say() { echo "ensure-browsers: $*"; }

# missing_<engine> prints the Debian packages the engine still lacks (nothing when it is ready).
missing_chromium() {
  if [ -n "${CHROME_PATH:-}" ]; then [ -x "$CHROME_PATH" ] || echo "CHROME_PATH"; return; fi
  [ -x /usr/bin/chromium ] || echo chromium
}
missing_firefox() {
  if [ -n "${FIREFOX_PATH:-}" ]; then [ -x "$FIREFOX_PATH" ] || echo "FIREFOX_PATH"; return; fi
  [ -x /usr/bin/firefox-esr ] || echo firefox-esr
}
missing_webkit() {
  { command -v "${WEBKIT_DRIVER_PATH:-WebKitWebDriver}" >/dev/null && [ -x "$MINIBROWSER" ]; } || echo webkit2gtk-driver
  [ -n "${DISPLAY:-}" ] || command -v Xvfb >/dev/null || echo xvfb
}

wanted=()
for engine in ${ENGINES//,/ }; do
  case "$engine" in
    chromium | firefox | webkit) wanted+=("$engine") ;;
    *) say "FACT_VERDICT_BROWSERS names '$engine'; the engines are chromium, firefox, webkit." >&2; exit 1 ;;
  esac
done

packages=()
for engine in "${wanted[@]}"; do
  for package in $(missing_"$engine"); do
    case "$package" in
      CHROME_PATH | FIREFOX_PATH) say "$package is set to '${!package}', which is not an executable file." >&2; exit 1 ;;
    esac
    packages+=("$package")
  done
done
[ ${#packages[@]} -eq 0 ] && exit 0

if [ -r /etc/debian_version ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  say "installing Debian's ${packages[*]} (a minute or two)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq || say "apt-get update failed; trying the install with the package lists this machine has." >&2
  # One package at a time after a failed batch, so one that cannot be had does not stop the others.
  if ! apt-get install -y -qq "${packages[@]}" >/dev/null; then
    for package in "${packages[@]}"; do apt-get install -y -qq "$package" >/dev/null || true; done
  fi
fi

failed=0
for engine in "${wanted[@]}"; do
  still=$(missing_"$engine" | xargs)
  if [ -n "$still" ]; then
    say "could not provide $engine: Debian package(s) $still missing. Install them (sudo apt-get install $still), or leave $engine out with FACT_VERDICT_BROWSERS." >&2
    failed=1
  fi
done
[ $failed -eq 0 ] && say "ready: ${wanted[*]}"
exit $failed
