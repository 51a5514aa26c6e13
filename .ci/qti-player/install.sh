#!/usr/bin/env bash
# Installs the QTI 3 player that QtiPlayerTests (module interchange) scores cytoquiz's QTI 3 export with:
# @citolab/qti-components at the exact version pinned in package.json and package-lock.json next to this script,
# installed with `npm ci` into TARGET (default target/qti-player). Downloads no browser: the test drives
# Debian's /usr/bin/chromium through /usr/bin/chromedriver. Runs again quickly when TARGET is up to date.
# Usage: .ci/qti-player/install.sh [TARGET]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="${1:-target/qti-player}"
bundle="node_modules/@citolab/qti-components/cdn/index.js"
command -v npm >/dev/null || { echo "qti-player: npm is needed (apt-get install -y npm)" >&2; exit 1; }
mkdir -p "$target"
if [ -f "$target/$bundle" ] && cmp -s "$here/package-lock.json" "$target/package-lock.json"; then
  echo "qti-player: already installed in $target"
  exit 0
fi
cp "$here/package.json" "$here/package-lock.json" "$target/"
(cd "$target" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
[ -f "$target/$bundle" ] || { echo "qti-player: $target/$bundle is missing after npm ci" >&2; exit 1; }
version="$(node -p 'require(process.argv[1]).version' "$(cd "$target" && pwd)/node_modules/@citolab/qti-components/package.json")"
echo "qti-player: @citolab/qti-components $version installed in $target"
