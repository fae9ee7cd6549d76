#!/bin/sh
# Runs the command-line tests against the built binary: run.sh BINARY SOURCE_DIR
set -eu
exec python3 "$2/tests/cli/test_cli.py" "$1"
