#!/bin/sh
# Smoke test of a built program: smoke.sh PROGRAM OUT_DIR
# Runs it on a fresh demo data file in OUT_DIR (its own HOME, so no real data folder is
# touched), offscreen: --version, demo, list, export, print and a screenshot of the main
# window with the demo statement open; fails unless each works and the PNG has content.
set -eu
PROGRAM=$1
OUT=$2
rm -rf "$OUT"
mkdir -p "$OUT/home"
OUT=$(cd "$OUT" && pwd)
export HOME="$OUT/home" XDG_DATA_HOME="$OUT/home/data" XDG_CONFIG_HOME="$OUT/home/config" \
       XDG_STATE_HOME="$OUT/home/state" XDG_CACHE_HOME="$OUT/home/cache" \
       QT_QPA_PLATFORM=offscreen
DB="$OUT/demo.sqlite"
"$PROGRAM" --version
"$PROGRAM" demo --db "$DB"
"$PROGRAM" list --db "$DB"
"$PROGRAM" export 1 -o "$OUT/statement-1.cal" --db "$DB"
head -c 80 "$OUT/statement-1.cal"; echo
"$PROGRAM" print 1 -o "$OUT/statement-1.pdf" --db "$DB"
"$PROGRAM" --screenshot "$OUT/main-window.png" --db "$DB" --statement 1
size=$(wc -c < "$OUT/main-window.png")
# A blank 1280x800 window compresses to a few kB; the demo statement's window is larger.
if [ "$size" -lt 20000 ]; then
    echo "smoke test FAILED: $OUT/main-window.png is only $size bytes (blank window?)" >&2
    exit 1
fi
# The Spanish translation came along (package data *.qm): the same window in Spanish.
mkdir -p "$OUT/home/config-es"
printf '{"version": 1, "language": "es"}\n' > "$OUT/home/config-es/settings.json"
CALACCESS_CONFIG_DIR="$OUT/home/config-es" \
    "$PROGRAM" --screenshot "$OUT/main-window-es.png" --db "$DB" --statement 1
if cmp -s "$OUT/main-window.png" "$OUT/main-window-es.png"; then
    echo "smoke test FAILED: the Spanish window looks like the English one (no .qm?)" >&2
    exit 1
fi
echo "smoke test passed: $OUT/main-window.png ($size bytes), $OUT/main-window-es.png"
