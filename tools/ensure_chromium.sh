#!/usr/bin/env bash
# Make sure Debian's Chromium is present for the browser tests (Playwright's own browser download does not work
# offline). The tests prefer chromium-headless-shell, the same Blink engine without the desktop browser around
# it, which takes about a third less CPU for the same pages; the full chromium works too.
set -euo pipefail
root_with_apt() { [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; }
if command -v chromium-headless-shell >/dev/null 2>&1; then exit 0; fi
if command -v chromium >/dev/null 2>&1; then
  # the full browser will do, unless the lighter one can be installed from the package lists already here
  if ! root_with_apt || ! apt-cache show chromium-headless-shell >/dev/null 2>&1; then exit 0; fi
fi
if root_with_apt; then
  echo "Installing Debian's chromium-headless-shell for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # older releases have only the full browser
  apt-get install -y -qq chromium-headless-shell >/dev/null || apt-get install -y -qq chromium >/dev/null
else
  echo "Chromium is not installed and cannot be installed here (needs root and apt-get); the browser tests will be skipped."
fi
