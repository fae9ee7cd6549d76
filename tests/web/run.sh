#!/bin/sh
# Browser tests of `newsfacts serve`: run.sh BINARY SOURCE_DIR BUILD_DIR.
# Installs playwright-core (npm, from package-lock.json) into BUILD_DIR/web-node
# when it is missing and drives Debian's Chromium (no browser download).
set -eu
bin=$1 src=$2 build=$3
if ! command -v node >/dev/null 2>&1; then
    echo "web test: node is not installed (tools/install-deps installs nodejs and npm)" >&2
    exit 1
fi
chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
    echo "web test: no Chromium at $chromium (tools/install-deps installs Debian's chromium;" \
        "or set CHROMIUM)" >&2
    exit 1
fi
mods="$build/web-node"
if [ ! -f "$mods/node_modules/playwright-core/package.json" ] ||
    ! cmp -s "$src/tests/web/package-lock.json" "$mods/package-lock.json"; then
    if ! command -v npm >/dev/null 2>&1; then
        echo "web test: npm is not installed (tools/install-deps installs it)" >&2
        exit 1
    fi
    mkdir -p "$mods"
    cp "$src/tests/web/package.json" "$src/tests/web/package-lock.json" "$mods/"
    (cd "$mods" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error) >&2
fi
exec env CHROMIUM="$chromium" NF_WEB_NODE="$mods" node "$src/tests/web/test_web.mjs" "$bin" "$src" "$build"
