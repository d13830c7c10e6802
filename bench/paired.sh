#!/usr/bin/env bash
# Compares the coding speed of two builds on a shared machine whose speed drifts by ~10 % within
# the hour: each pair of runs is the two builds one after the other (the order alternating), and
# the figure is the median of the per-pair differences, which the drift mostly cancels.
#
#   bash bench/paired.sh 10 /tmp/detente-coder-speed/wikinews-x5.jsonl OLD_BIN NEW_BIN
#
# Times are user CPU seconds of `detente code --jsonl INPUT`, pinned to one core ($CORE, 1 by
# default). The Wikinews ×5 input is the one bench/coder_speed.sh builds.
set -euo pipefail
N=$1 IN=$2 A=$3 B=$4
CORE=${CORE:-1}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
run() { # bin → user seconds
  /usr/bin/time -f '%U' -o "$T/t" taskset -c "$CORE" "$1" --quiet code --jsonl "$IN" >/dev/null 2>&1
  cat "$T/t"
}
for r in $(seq "$N"); do
  if [ $((r % 2)) = 0 ]; then a=$(run "$A"); b=$(run "$B"); else b=$(run "$B"); a=$(run "$A"); fi
  echo "$a $b"
done | python3 -c "
import sys, statistics
p = [tuple(map(float, l.split())) for l in sys.stdin]
d = [(b - a) / a * 100 for a, b in p]
print('A median %.2f s, B median %.2f s; B - A per pair: median %+.1f %%, mean %+.1f %%; B faster in %d of %d pairs'
      % (statistics.median(a for a, _ in p), statistics.median(b for _, b in p),
         statistics.median(d), statistics.mean(d), sum(1 for x in d if x < 0), len(d)))
"
