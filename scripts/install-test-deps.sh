#!/usr/bin/env bash
# The system programs the tests need, installed with apt-get when missing (Debian):
#   chromium        the browser journeys (tests/e2e/) drive it through playwright-core
#   poppler-utils   pdftotext, which the PDF tests read the exported bytes back with
#   nginx           serves the build with deploy/'s config, as deployed
# Run by `npm test` (the `pretest` script) and by .ci/run. Nothing missing: says so, changes nothing.
# Missing, as root: apt-get installs them. Missing, not root: through sudo when it can; otherwise it
# prints the one command to run and exits 1.
#
#   bash scripts/install-test-deps.sh [--dry-run]
#
# --dry-run says what is missing and how it would be installed, and installs nothing (exit 0 when it
# could install, 1 when it could not).
set -euo pipefail

dry_run=
case "${1:-}" in
  '') ;;
  --dry-run) dry_run=1 ;;
  *) echo "usage: bash scripts/install-test-deps.sh [--dry-run]" >&2; exit 2 ;;
esac

script="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"

# --- What is missing: one Debian package per program. ---
missing=()
if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || missing+=(chromium)
else
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fi
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)

if ((${#missing[@]} == 0)); then
  echo "Test programs: chromium, pdftotext and nginx are installed."
  exit 0
fi
echo "Test programs missing: ${missing[*]}"

# --- How to install: as root, or through sudo when it works without a password or can ask for one. ---
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
  how="apt-get, as root"
elif command -v sudo >/dev/null 2>&1 && { sudo -n true 2>/dev/null || [ -t 0 ]; }; then
  sudo=(sudo)
  how="apt-get, through sudo"
else
  echo "They can only be installed as root. Run this one command, then run the tests again:" >&2
  if command -v sudo >/dev/null 2>&1; then echo "  sudo bash $script" >&2; else echo "  su -c 'bash $script'" >&2; fi
  exit 1
fi

if [ -n "$dry_run" ]; then
  echo "Would install with $how: apt-get install -y --no-install-recommends ${missing[*]}"
  exit 0
fi

echo "Installing with $how: ${missing[*]}"
# The tests start nginx themselves on a free loopback port: keep the package from starting a
# system-wide nginx on port 80 (policy-rc.d exit 101 = "do not start services"), if nothing
# already decides that, and put things back afterwards.
policy_added=
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee /usr/sbin/policy-rc.d >/dev/null
  "${sudo[@]}" chmod +x /usr/sbin/policy-rc.d
  policy_added=1
fi
status=0
{ "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update </dev/null &&
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" </dev/null; } || status=$?
if [ -n "$policy_added" ]; then "${sudo[@]}" rm -f /usr/sbin/policy-rc.d; fi
if [ "$status" -ne 0 ]; then
  echo "apt-get failed (exit $status). Nothing else was changed; run the tests again once it succeeds." >&2
  exit "$status"
fi
echo "Installed: ${missing[*]}"
