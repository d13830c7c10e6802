#!/usr/bin/env bash
# Creates .venv-store/ at the repository root with the Python readers the store's export tests
# check against: DuckDB, pyarrow and pandas (from PyPI). The tests in crates/detente/tests/
# cli_store*.rs use it when present (or $DETENTE_PYTHON) and skip with a message otherwise.
#
#   bash bench/store_pyenv.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VENV=${VENV:-$ROOT/.venv-store}
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install -q --disable-pip-version-check "duckdb>=1.0" "pyarrow>=14" "pandas>=2"
"$VENV/bin/python" -c 'import duckdb, pyarrow, pandas; print("duckdb", duckdb.__version__, "pyarrow", pyarrow.__version__, "pandas", pandas.__version__)'
