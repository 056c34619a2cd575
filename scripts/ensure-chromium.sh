#!/usr/bin/env bash
# Chromium alone (stories/check-a11y.mjs names this script): scripts/ensure-browsers.sh does the work.
exec env FACT_VERDICT_BROWSERS=chromium bash "$(dirname "$0")/ensure-browsers.sh"
