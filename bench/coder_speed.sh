#!/usr/bin/env bash
# Raw text → events throughput of `detente code`, parsing included, on one core:
#   1. the 94 Wikinews articles of ../shared/data/news;
#   2. a ~100 MB JSON-lines news corpus built by bench/store_corpus.py (our own templated
#      articles with one Wikinews text in four).
#
#   bash bench/coder_speed.sh            # from the repository root; MB=100 by default
#   PGO=0 bash bench/coder_speed.sh      # the plain `cargo build --release` binary
#   BIN=/path/to/detente MB=0 bash bench/coder_speed.sh   # a given binary, Wikinews only
#
# The binary measured is the profile-guided release build (scripts/release_pgo.sh, trained on
# other text than these), unless PGO=0.
#
# Times are CPU seconds (user + system) of a process pinned to one core (`taskset -c $CORE`), so
# other jobs on a shared machine do not count. The model and dictionary load (measured on empty
# input) is subtracted, so the figure is the coding rate itself. The load is the median of three
# runs, and the Wikinews articles are coded five times over in one run: the load's system time
# (page faults of the model's tables) varies from run to run by as much as one pass over the 94
# articles takes.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
WORK=${WORK:-/tmp/detente-coder-speed}
MB=${MB:-100}
CORE=${CORE:-0}
mkdir -p "$WORK"
cd "$ROOT"
if [ -n "${BIN:-}" ]; then
  :
elif [ "${PGO:-1}" = 0 ]; then
  cargo build --release -p detente >/dev/null 2>&1
  BIN=$ROOT/target/release/detente
else
  BIN=$(bash "$ROOT/scripts/release_pgo.sh" 2>"$WORK/pgo.log") ||
    { echo "scripts/release_pgo.sh failed (its output: $WORK/pgo.log)" >&2; exit 1; }
fi
echo "binary: $BIN"
NEWS=$SHARED/data/news/wikinews-dev.jsonl

run() { # file → "cpu_seconds sentences events"
  /usr/bin/time -f '%U %S' -o "$WORK/time.txt" taskset -c "$CORE" \
    "$BIN" --quiet code --stats --jsonl "$1" > "$WORK/events.jsonl" 2> "$WORK/stats.txt"
  read -r u s < "$WORK/time.txt"
  local line
  line=$(grep '^coded' "$WORK/stats.txt")
  echo "$(python3 -c "print(round($u+$s, 2))") $(echo "$line" | awk '{print $4, $6}')"
}

: > "$WORK/empty.jsonl"
median3() { # file → the run line with the median time of three
  { run "$1"; run "$1"; run "$1"; } | sort -n | sed -n 2p
}
read -r load _ _ < <(median3 "$WORK/empty.jsonl")
echo "model + dictionaries load: ${load} CPU s (median of 3)"

NEWS5=$WORK/wikinews-x5.jsonl
for _ in 1 2 3 4 5; do cat "$NEWS"; done > "$NEWS5"
read -r t n e < <(median3 "$NEWS5")
python3 -c "print(f'wikinews (94 articles x 5): {$n} sentences, {$e} events, {$t:.2f} CPU s; {$n/max($t-$load,1e-9):,.0f} sentences per CPU second')"

[ "$MB" = 0 ] && exit 0
CORPUS=$WORK/corpus-${MB}mb.jsonl
if [ ! -s "$CORPUS" ]; then
  # ~2.4 KB per article.
  python3 "$ROOT/bench/store_corpus.py" $((MB * 1000000 / 2400)) "$NEWS" > "$CORPUS"
fi
size=$(stat -c %s "$CORPUS")
read -r t n e < <(run "$CORPUS")
python3 -c "print(f'corpus ({$size/1e6:.0f} MB): {$n} sentences, {$e} events, {$t:.1f} CPU s; {$n/max($t-$load,1e-9):,.0f} sentences per CPU second')"
