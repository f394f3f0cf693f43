#!/usr/bin/env bash
# Make sure Debian's Chromium is present for the browser test (Playwright's own browser download does not work offline).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser test..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
else
  echo "Chromium is not installed and cannot be installed here (needs root and apt-get); the browser test will be skipped."
fi
