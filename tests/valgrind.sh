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
# query: every question with its options, no rows, and a file that is no store.
for q in "who-said Putin --about RUS --from 2024 --to 2025-12 --limit 3" \
    "claims --subject POL --claimant Putin --measure trade --from 2025-01" \
    "dyad POL DEU --by year --to 2030" "entity Putin --limit 1" "speakers --about POL" \
    "stats"; do
    # shellcheck disable=SC2086 # $q holds the words of one query
    $vg "$build/newsfacts" query $q --db "$tmp/v.db" --format csv >/dev/null
done
$vg "$build/newsfacts" query who-said Niemand --db "$tmp/v.db" --format json >/dev/null
echo "kein Speicher" >"$tmp/x.db"
rc=0
$vg --error-exitcode=9 "$build/newsfacts" query stats --db "$tmp/x.db" >/dev/null 2>&1 || rc=$?
if [ "$rc" != 1 ]; then
    echo "valgrind: query on a file that is no store: exit status $rc, not 1"
    exit 1
fi
rm -rf "$tmp"
echo "valgrind: clean"
