#!/bin/sh
# Runs the unit tests and the CLI (extract and ingest, on the example and on
# bad input) under valgrind; any memory error or leak fails.  Usage: tests/valgrind.sh BUILD_DIR
set -eu
build=${1:-build}
vg="valgrind --quiet --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,indirect"
for t in "$build"/tests/test_*; do
    [ -x "$t" ] || continue
    $vg "$t" >/dev/null 2>"$build/valgrind.log" || { cat "$build/valgrind.log"; echo "valgrind: $t failed"; exit 1; }
done
$vg "$build/newsfacts" extract -j 2 --segments examples/warschau-energie.jsonl >/dev/null
printf '%s\n' '{"id": 1, "text": "Gut."}' 'kein json' '{"id": 2}' '{"id": 3, "text": 4}' \
    '{"id": 4, "text": "„Offen\n\n„zu“ Ende."}' |
    $vg "$build/newsfacts" extract --max-doc-bytes 100 >/dev/null
# ingest: records handed to the store as values, and error records parsed.
tmp=$(mktemp -d)
printf '%s\n' '{"id": "a", "text": "Putin sagte am Montag, der Handel sei um 3 Prozent gewachsen."}' \
    'kein json' '{"id": "b"}' >"$tmp/in.jsonl"
$vg "$build/newsfacts" ingest --no-progress --db "$tmp/v.db" examples/warschau-energie.jsonl \
    "$tmp/in.jsonl" 2>/dev/null
rm -rf "$tmp"
echo "valgrind: clean"
