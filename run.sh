#!/usr/bin/env bash
# chronik on a fresh machine: `./run.sh` sets up and reads the bundled sample; `./run.sh test` runs the tests.
set -euo pipefail
cd "$(dirname "$0")"

setup() {
    if [ ! -x .venv/bin/chronik ] || [ pyproject.toml -nt .venv/.installed ]; then
        python3 -m venv .venv
        .venv/bin/pip install --quiet --upgrade pip
        .venv/bin/pip install --quiet -e ".[dev]"
        touch .venv/.installed
    fi
}

case "${1:-run}" in
    run)
        setup
        export CHRONIK_DB="${CHRONIK_DB:-sample.duckdb}"
        .venv/bin/chronik ingest samples
        .venv/bin/chronik events --country KAZ --partner DEU
        ;;
    test)
        setup
        .venv/bin/ruff check chronik tests
        .venv/bin/pytest
        ;;
    *)
        echo "usage: ./run.sh [run|test]" >&2
        exit 2
        ;;
esac
