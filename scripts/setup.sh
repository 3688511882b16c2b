#!/usr/bin/env bash
# Installs everything Briefdeck needs on a fresh Debian machine: the browser and PDF tools
# the tests use, then the npm packages (which bring Node 24 as the `node` devDependency).
set -euo pipefail
cd "$(dirname "$0")/.."

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v pdfinfo >/dev/null 2>&1 || need+=(poppler-utils)
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb)
# Hangul in screenshots and PDFs of Korean decks.
{ command -v fc-list >/dev/null 2>&1 && fc-list | grep -qi 'Noto Sans CJK'; } || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing ${need[*]}"
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get update -q
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}"
  else
    echo "setup: please install ${need[*]} with your package manager" >&2
  fi
fi

# The Electron binary is fetched by `npm start` on first launch (scripts/start.mjs); never at install.
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
# npm itself runs on the machine's Node, which may be older than the packages want: it then
# prints one EBADENGINE warning per package. They are expected (every `npm run …` uses the
# project's own Node 24 from node_modules), so they are counted, not shown. Errors and any
# other warning pass through. Install scripts are reviewed in package.json "allowScripts".
echo "setup: installing npm packages (npm ci)…"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
npm ci --no-audit --no-fund >"$log" 2>&1
status=$?
set -e
grep -v -e 'npm warn EBADENGINE' "$log" | grep -v -e '^\s*$' -e '^added [0-9]* packages' || true
if [ "$status" -ne 0 ]; then
  echo "setup: npm ci failed (exit $status); the lines above say why" >&2
  exit "$status"
fi
engines=$(grep -c 'npm warn EBADENGINE Unsupported engine' "$log" || true)
added=$(grep -o '^added [0-9]* packages' "$log" | grep -o '[0-9]*' || echo 0)
node_version=$(node_modules/.bin/node --version 2>/dev/null || echo 'missing')
echo "setup: done: ${added} npm packages; npm scripts run on the project's Node ${node_version} (machine: $(node --version))."
if [ "${engines:-0}" -gt 0 ]; then
  echo "setup: (npm, on the machine's Node, noted ${engines} packages that want a newer one: expected, the npm scripts use the project's Node.)"
fi
echo "setup: next: npm start (fetches Electron once), npm test, or npm run dev:web"
