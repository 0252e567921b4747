#!/usr/bin/env bash
# Installs the translator tools `make test-tools` drives, from Debian, when one is missing:
# OmegaT (and a JDK for the harness), Chromium and its driver, LibreOffice Calc headless.
set -euo pipefail
missing=()
[ -f /usr/share/omegat/OmegaT.jar ] || missing+=(omegat)
command -v javac >/dev/null || missing+=(default-jdk-headless)
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v soffice >/dev/null || missing+=(libreoffice-calc-nogui)
if [ ${#missing[@]} -eq 0 ]; then
  echo "tools: all present"
  exit 0
fi
echo "tools: installing ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "tools: need root to install ${missing[*]} (sudo make test-tools, or apt-get install them)" >&2
  exit 1
fi
apt-get update -q
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
