#!/usr/bin/env bash
# Installs the system libraries Qt 6 needs to open windows on Debian and
# Ubuntu (the xcb platform plugin refuses to load without libxcb-cursor0,
# which a fresh install often lacks). Safe to run again: it installs only
# what is missing. Uses sudo when not run as root.
set -euo pipefail

packages=(
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb1 libxcb-cursor0
  libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  fonts-dejavu-core
)
# Extra packages asked for by the caller (CI adds xvfb, for instance).
packages+=("$@")

command -v dpkg-query >/dev/null || { echo "Not a Debian-like system: install Qt's xcb libraries with your package manager."; exit 0; }

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing system libraries for Qt: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
