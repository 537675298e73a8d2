#!/usr/bin/env bash
# Smoke-tests the Windows build under Wine: the folder's CLI and self-test,
# the real window on Xvfb (screenshot kept as OUT/window-under-wine.png), and
# each MSI installed, run and uninstalled. Each step says its name; a failure
# names the step it stopped at. The stand-in DLLs Wine needs (tests/wine/)
# go into the Wine prefix only, never into what is shipped.
# Usage: bash packaging/windows/smoke_under_wine.sh OUT   (OUT as given to build.py)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$(cd "$1" && pwd)"
version="$(python -c 'import tomllib;print(tomllib.load(open("'"$root"'/pyproject.toml","rb"))["project"]["version"])')"
scratch="$(mktemp -d)"
export WINEPREFIX="$scratch/prefix" WINEDEBUG=-all
export REFLECT_PASSPHRASE="smoke test passphrase"  # a prompt with no console would wait for ever
current="starting"
main_shell=$BASHPID
finish() {
    local status=$?
    # Only the script itself cleans up, never a subshell of a pipeline.
    [ "$BASHPID" = "$main_shell" ] || return "$status"
    [ "$status" -ne 0 ] && echo "[windows smoke] FAILED at: $current" >&2
    wineserver -k 2>/dev/null || true
    [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null
    rm -rf "$scratch"
    exit "$status"
}
trap finish EXIT
step() { current="$1"; echo "[windows smoke] $1"; }
# Wine's output must be a pipe (Python cannot start its streams otherwise),
# and every call has a time limit (a hang is a failure, not a stuck CI).
w() { timeout 300 wine "$@" 2>&1 | cat; return "${PIPESTATUS[0]}"; }
winpath() { echo "Z:$(echo "$1" | tr / '\\')"; }
# Checks what a command printed. Unlike `grep -q`, it reads to the end: a
# reader that stops at the first match closes the pipe while Wine is still
# writing, Wine dies of SIGPIPE, and pipefail fails a step that worked.
says() { local all; all="$(cat)"; grep -q -- "$1" <<<"$all"; }

step "prepare the Wine prefix"
bash "$root/tests/wine/prepare_prefix.sh" "$WINEPREFIX" >/dev/null

app="$out/Reflect"
step "nothing made for Wine is in what is shipped"
shipped_stand_ins="$(find "$app" -iname icuuc.dll -o -iname mscms.dll -o -iname bcryptprimitives.dll)"
test -z "$shipped_stand_ins"
journal='C:\users\Public\smoke.reflect'
# reflect-cli.exe is the console launcher IT scripts use; python.exe -m reflect works too.
cli() { w "$(winpath "$app/reflect-cli.exe")" --journal "$journal" "$@" </dev/null; }

step "reflect --version"
cli --version | says "^Reflect $version"
step "reflect init"
cli init | says "encrypted journal"
step "reflect add (UTF-8 through a pipe)"
echo "Vi pratade om övergrepp i dag" | w "$(winpath "$app/reflect-cli.exe")" --journal "$journal" \
    add --kind stigma_incident --share full | says "Saved"
step "reflect search (diacritics folded)"
cli search overgrepp --json | says '"text": "Vi pratade om övergrepp i dag"'
step "the journal on disk is encrypted"
if grep -q "övergrepp" "$WINEPREFIX/drive_c/users/Public/smoke.reflect"; then exit 1; fi
step "reflect export as PDF and Markdown"
cli export --format pdf -o 'C:\users\Public\pack.pdf' | says "shared entr"
head -c 5 "$WINEPREFIX/drive_c/users/Public/pack.pdf" | says "%PDF-"
cli export --format md -o 'C:\users\Public\pack.md' >/dev/null
grep -q "övergrepp" "$WINEPREFIX/drive_c/users/Public/pack.md"
step "user-only access lists are accepted, and no write of Reflect's was refused one"
cli backup >/dev/null
log="$WINEPREFIX/drive_c/users/${USER:-$(id -un)}/AppData/Local/Reflect/Logs/reflect.log"
w "$(winpath "$app/python.exe")" "$(winpath "$root/tests/wine/access_list_check.py")" \
    "$(winpath "$log")" 'C:\users\Public\scratch.txt' </dev/null >"$scratch/acl.log" \
    || { cat "$scratch/acl.log" >&2; exit 1; }
step "reflect --self-test (every view rendered offscreen)"
WINEQT_QPA_FONTDIR='C:\windows\Fonts' cli --self-test | says "self-test passed"

step "Reflect.exe runs Python in its own process (its exit code is the self-test's)"
WINEQT_QPA_FONTDIR='C:\windows\Fonts' w "$(winpath "$app/Reflect.exe")" --self-test </dev/null >/dev/null
step "Reflect.exe names itself Reflect (version resource)"
python "$root/packaging/windows/version_resource.py" "$app/Reflect.exe" | says "^Reflect $version$"

step "the real window on Xvfb, started by Reflect.exe"
display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp &
xvfb=$!
sleep 1
(DISPLAY="$display" timeout 120 wine "$(winpath "$app/Reflect.exe")" \
    --journal 'C:\users\Public\window.reflect' </dev/null 2>&1 | cat >"$scratch/window.log") &
window=$!
sleep 25
kill -0 "$window" || { cat "$scratch/window.log" >&2; exit 1; }  # up, not crashed
DISPLAY="$display" QT_QPA_PLATFORM=xcb python "$root/packaging/windows/screenshot.py" "$out/window-under-wine.png"
kill "$window" 2>/dev/null || true
wineserver -k 2>/dev/null || true

step "Windows session lock and sleep messages reach Reflect's filter"
DISPLAY="$display" w "$(winpath "$app/python.exe")" "$(winpath "$root/tests/wine/session_messages_check.py")" \
    </dev/null >"$scratch/session.log" || { cat "$scratch/session.log" >&2; exit 1; }
grep -q "lock_and_sleep_seen=True" "$scratch/session.log"

for scope in per-machine per-user; do
    msi="$out/reflect-$version-x64-$scope.msi"
    case $scope in
        per-machine) installed="$WINEPREFIX/drive_c/Program Files/Reflect" ;;
        per-user) installed="$WINEPREFIX/drive_c/users/${USER:-$(id -un)}/AppData/Local/Programs/Reflect" ;;
    esac
    step "install the $scope MSI silently"
    w msiexec /i "$(winpath "$msi")" /qn </dev/null >/dev/null
    test -x "$installed/Reflect.exe"
    step "run the $scope install"
    w "$(winpath "$installed/reflect-cli.exe")" --journal "$journal" search overgrepp </dev/null | says "övergrepp"
    step "uninstall the $scope MSI silently: the program goes, the journal stays"
    w msiexec /x "$(winpath "$msi")" /qn </dev/null >/dev/null
    test ! -e "$installed"
    test -s "$WINEPREFIX/drive_c/users/Public/smoke.reflect"
done
current="done"
echo "[windows smoke] passed: $(du -sh "$app" | cut -f1) folder; screenshot $out/window-under-wine.png"
