#!/usr/bin/env bash
# Event store benchmark (issue 6): `detente ingest` against `detente code` alone on the same
# generated corpus, wall time and peak memory; then a re-run (adds nothing), exports and series.
#
#   bash bench/store_bench.sh                 # N=100000 articles; needs ../shared/data/news
#   N=5000 NOCOPIES=1 bash bench/store_bench.sh   # a corpus without syndicated copies
#
# The corpus comes from bench/store_corpus.py (our templates + the Wikinews sample). Both
# commands run on all cores; figures are printed as a Markdown table for BENCHMARKS.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${N:-100000}
WORK=${WORK:-/tmp/detente-store-bench}
BIN=${BIN:-$ROOT/target/release/detente}
NEWS=${NEWS:-$ROOT/../shared/data/news/wikinews-dev.jsonl}
mkdir -p "$WORK"
if [ -z "${SKIP_BUILD:-}" ]; then (cd "$ROOT" && cargo build --release -p detente >/dev/null); fi
CORPUS=$WORK/corpus-$N${NOCOPIES:+-nocopies}.jsonl
if [ ! -s "$CORPUS" ]; then
  if [ -n "${NOCOPIES:-}" ]; then
    python3 "$ROOT/bench/store_corpus.py" --no-copies "$N" > "$CORPUS"
  else
    python3 "$ROOT/bench/store_corpus.py" "$N" "$NEWS" > "$CORPUS"
  fi
fi
echo "corpus: $CORPUS ($(wc -l < "$CORPUS") documents, $(du -h "$CORPUS" | cut -f1))" >&2

timed() { # label out cmd... → "label wall_s maxrss_kb cpu_s"; the command's stdout goes to out
  local label=$1 out=$2; shift 2
  /usr/bin/time -f '%e %M %U %S' -o "$WORK/time.txt" "$@" > "$out"
  echo "$label $(awk '{print $1, $2, $3 + $4}' "$WORK/time.txt")"
}

DB=$WORK/events-$N.db
rm -f "$DB" "$DB-wal" "$DB-shm"
{
  if [ -z "${SKIP_CODE:-}" ]; then
    timed code "$WORK/code.jsonl" "$BIN" code -q --jsonl "$CORPUS"
    echo "code_events $(wc -l < "$WORK/code.jsonl")"
  fi
  timed ingest /dev/null "$BIN" ingest -q --db "$DB" --jsonl "$CORPUS"
  timed rerun /dev/null "$BIN" ingest -q --db "$DB" --jsonl "$CORPUS"
  timed export_gdelt /dev/null "$BIN" export -q --db "$DB" -f gdelt-events -f gdelt-mentions --out "$WORK/export"
  timed export_parquet /dev/null "$BIN" export -q --db "$DB" -f parquet --out "$WORK/export"
  timed series /dev/null "$BIN" series --db "$DB" USA RUS --by week --format csv --plot "$WORK/series.svg"
  echo "db_bytes $(( $(stat -c %s "$DB") + $(stat -c %s "$DB-wal" 2>/dev/null || echo 0) ))"
} | tee "$WORK/results-$N.txt"
python3 - "$WORK/results-$N.txt" "$DB" "$N" <<'PY'
import sqlite3, sys
res = {}
for line in open(sys.argv[1]):
    k, *v = line.split()
    res[k] = v
db = sqlite3.connect(sys.argv[2])
q = lambda s: db.execute(s).fetchone()[0]
n = int(sys.argv[3])
print()
print("| measure | value |")
print("| --- | ---: |")
if "code" in res:
    c, cc = float(res["code"][0]), float(res["code"][2])
    print(f"| `detente code` alone | {c:.1f} s wall ({n / c:.0f} docs/s), {cc:.1f} s CPU ({n / cc:.0f} docs per CPU-s), peak RSS {int(res['code'][1]) / 1024:.0f} MB |")
i, ic = float(res["ingest"][0]), float(res["ingest"][2])
print(f"| `detente ingest` | {i:.1f} s wall ({n / i:.0f} docs/s), {ic:.1f} s CPU ({n / ic:.0f} docs per CPU-s), peak RSS {int(res['ingest'][1]) / 1024:.0f} MB |")
if "code" in res:
    print(f"| ingest speed / code speed | {100 * c / i:.0f}% by wall time, {100 * cc / ic:.0f}% by CPU time |")
print(f"| re-run on the same input | {float(res['rerun'][0]):.1f} s |")
print(f"| articles stored / syndicated copies | {q('SELECT count(*) FROM articles WHERE duplicate_of IS NULL')} / {q('SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL')} |")
print(f"| events / mentions / clusters | {q('SELECT count(*) FROM events')} / {q('SELECT count(*) FROM mentions')} / {q('SELECT count(*) FROM clusters')} |")
if "code_events" in res:
    print(f"| events printed by `code` | {res['code_events'][0]} |")
print(f"| database size | {int(res['db_bytes'][0]) / 2**20:.0f} MB |")
print(f"| export GDELT events+mentions | {float(res['export_gdelt'][0]):.1f} s, peak RSS {int(res['export_gdelt'][1]) / 1024:.0f} MB |")
print(f"| export Parquet | {float(res['export_parquet'][0]):.1f} s, peak RSS {int(res['export_parquet'][1]) / 1024:.0f} MB |")
print(f"| series USA–RUS by week + SVG | {float(res['series'][0]):.2f} s |")
PY
