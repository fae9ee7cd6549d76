#!/bin/sh
# Runs the corpus store tests (SQLite, and PostgreSQL when its server
# binaries are installed) against the built binary: run.sh BINARY SOURCE_DIR
set -eu
exec python3 "$2/tests/store/test_store.py" "$1"
