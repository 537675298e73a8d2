#!/usr/bin/env bash
# A Wine prefix ready for Reflect's Windows smoke test: Windows 10 mode, no
# debugger on a crash, and the three stand-in DLLs Wine 8 lacks (this folder).
# Usage: bash tests/wine/prepare_prefix.sh PREFIX_DIR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export WINEPREFIX="$1" WINEDEBUG=-all
mkdir -p "$WINEPREFIX"
build="$(mktemp -d)"
trap 'rm -rf "$build"' EXIT
x86_64-w64-mingw32-gcc -O2 -shared -s -o "$build/icuuc.dll" "$here/icuuc_stand_in.c"
x86_64-w64-mingw32-gcc -O2 -shared -s -o "$build/mscms.dll" "$here/mscms_stand_in.c"
x86_64-w64-mingw32-gcc -O2 -shared -s -o "$build/bcryptprimitives.dll" \
    "$here/bcryptprimitives_stand_in.c" -ladvapi32
timeout 300 wineboot -i 2>&1 | cat
# A crash would otherwise wait minutes in winedbg.
timeout 60 wine reg delete 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\AeDebug' /v Debugger /f 2>&1 | cat || true
timeout 60 wine winecfg -v win10 2>&1 | cat
cp "$build/icuuc.dll" "$build/mscms.dll" "$build/bcryptprimitives.dll" \
    "$WINEPREFIX/drive_c/windows/system32/"
timeout 60 wine reg add 'HKCU\Software\Wine\DllOverrides' /v mscms /d native /f 2>&1 | cat
