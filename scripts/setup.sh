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
# LibreOffice converts the PPTX and DOCX exports to PDF in the tests (pages, banners, text).
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-impress libreoffice-writer)
# Noto Sans: the font the layout engine measures with, so LibreOffice renders PPTX breaks as laid out.
{ command -v fc-list >/dev/null 2>&1 && fc-list | grep -q 'NotoSans-Regular'; } || need+=(fonts-noto-core)
if [ ${#need[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing ${need[*]}"
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get update -q
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}"
  else
    echo "setup: please install ${need[*]} with your package manager" >&2
  fi
fi

# The Electron binary is fetched lazily on first launch where there is network; never at install.
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
npm ci --no-audit --no-fund
