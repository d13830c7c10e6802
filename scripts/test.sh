#!/usr/bin/env bash
# The project's test command (README and .ci/run both use it). A fresh machine has only the Rust
# toolchain and Python: this installs what some tests check against, then runs every test.
# - Python readers of our exports (DuckDB, pyarrow, pandas) into .venv-store/ from PyPI;
#   the export tests skip with a message when they are absent, so a failed install is not fatal.
# - Headless Chromium for the plot screenshot test, only on CI (Debian package, skipped when
#   apt-get is unavailable; the test skips without it).
# Tests that need ../shared skip with a message when it is absent.
set -uo pipefail
cd "$(dirname "$0")/.."

if ! bash bench/store_pyenv.sh >/dev/null 2>&1; then
  echo "note: could not set up .venv-store (DuckDB/pyarrow tests will skip)" >&2
fi
if [ "${CI:-}" = "true" ] && ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "note: could not install chromium (the plot screenshot test will skip)" >&2
fi

set -e
cargo test --workspace --profile ci "$@"
