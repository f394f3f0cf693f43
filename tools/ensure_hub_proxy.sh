#!/usr/bin/env bash
# Install JupyterHub's proxy (configurable-http-proxy, from the npm registry) into the virtualenv for the hub test.
# Usage: tools/ensure_hub_proxy.sh [VENV]   (default .venv). Installs once; prints where the proxy is.
set -euo pipefail
venv="${1:-.venv}"
prefix="$venv/hub-proxy"
bin="$prefix/node_modules/.bin/configurable-http-proxy"
if [ -x "$bin" ]; then exit 0; fi
if ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's nodejs and npm for the hub test's proxy..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq nodejs npm >/dev/null
  else
    echo "npm is not installed and cannot be installed here; the hub test will be skipped."
    exit 0
  fi
fi
echo "Installing configurable-http-proxy into $prefix for the hub test..."
mkdir -p "$prefix"
npm install --silent --no-audit --no-fund --prefix "$prefix" configurable-http-proxy@5 >/dev/null
test -x "$bin"
