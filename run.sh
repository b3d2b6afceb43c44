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
    browser
}

# Headless Chromium for the web page's end-to-end tests (Debian packages; root with apt-get only).
browser() {
    if { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; } \
        && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; } \
            >/dev/null 2>&1 || echo "note: could not install chromium; the browser tests will be skipped" >&2
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
