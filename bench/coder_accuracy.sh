#!/usr/bin/env bash
# Rows 1–4 of the coder's acceptance (issue 5) on one binary, in one go:
#   1. the seed page through ../shared/seed/score.py (PASS or FAIL);
#   2. the PETRARCH unit-test records with their PETR.Validate dictionaries;
#   3. wikinews-dev through ../shared/data/events/score.py (precision, recall, F1);
#   4. the PLOVER gold records through bench/coder_plover_gsr.py (type and source country).
#
#   bash bench/coder_accuracy.sh [BIN]      # from anywhere; BIN defaults to target/release/detente
#
# The events each step coded are kept under $WORK (default /tmp/detente-coder-accuracy), so two
# builds can be compared event by event.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
WORK=${WORK:-/tmp/detente-coder-accuracy}
BIN=${1:-$ROOT/target/release/detente}
[ -x "$BIN" ] || { echo "no binary at $BIN (cargo build --release first)" >&2; exit 2; }
[ -d "$SHARED/data" ] || { echo "no ../shared beside the repository: nothing to measure" >&2; exit 2; }
mkdir -p "$WORK"

echo "== 1. seed"
"$BIN" --quiet code --date 2019-05-14 "$SHARED/seed/pompeo-lavrov.txt" > "$WORK/seed.jsonl"
python3 "$SHARED/seed/score.py" --gold "$SHARED/seed/pompeo-lavrov.gold.json" \
  --text "$SHARED/seed/pompeo-lavrov.txt" --system "$WORK/seed.jsonl" | tail -4

echo "== 2. PETRARCH unit records"
"$BIN" --quiet eval petrarch-unit "$SHARED/data/petrarch/PETR.UnitTest.records.xml" \
  > "$WORK/unit.txt" || true
grep 'records coded exactly' "$WORK/unit.txt"

echo "== 3. wikinews-dev"
DEV=$SHARED/data/events/wikinews-dev
"$BIN" --quiet code --jsonl "$DEV/articles.jsonl" > "$WORK/dev.jsonl"
python3 "$SHARED/data/events/score.py" --articles "$DEV/articles.jsonl" --gold "$DEV/gold.jsonl" \
  --system "$WORK/dev.jsonl" | tail -3

echo "== 4. PLOVER gold records"
python3 "$ROOT/bench/coder_plover_gsr.py" --bin "$BIN" | tail -2
