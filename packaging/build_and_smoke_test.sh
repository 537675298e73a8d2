#!/usr/bin/env bash
# Builds the one-folder Linux bundle with PyInstaller and checks that the
# frozen app works without the source: version, a journal created, an entry
# added and found, and the self-test that opens every view offscreen.
# Usage: bash packaging/build_and_smoke_test.sh [OUTDIR]   (run inside the project's venv)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-build/bundle}"
python -m pip install --quiet "pyinstaller>=6.5"
python -m PyInstaller --noconfirm --log-level WARN --distpath "$out/dist" --workpath "$out/work" packaging/reflect.spec
app="$out/dist/reflect/reflect"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" REFLECT_JOURNAL="$scratch/smoke.reflect" REFLECT_PASSPHRASE="smoke test passphrase"
export QT_QPA_PLATFORM=offscreen

"$app" --version | grep -q "^Reflect "
"$app" init >/dev/null
echo "Vi pratade om övergrepp i dag" | "$app" add --kind stigma_incident --field source=language >/dev/null
"$app" search overgrepp --json | grep -q '"kind": "stigma_incident"'
if grep -q "övergrepp" "$REFLECT_JOURNAL"; then echo "plain text in the frozen app's journal" >&2; exit 1; fi
"$app" --self-test | grep -q "self-test passed"
# The typeset pack: Typst and its template are inside the bundle.
"$app" export --format pdf -o "$scratch/pack.pdf" >/dev/null
head -c 5 "$scratch/pack.pdf" | grep -q "%PDF-"
echo "bundle smoke test passed: $(du -sh "$out/dist/reflect" | cut -f1) in $out/dist/reflect"
