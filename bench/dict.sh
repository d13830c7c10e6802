#!/bin/sh
# Dictionary benchmarks (issue 4): load time of the bundled dictionaries, actor lookup per
# 30-token sentence (wall and CPU time), PETRARCH2 Phoenix load for comparison, and the
# command-line lookup end to end. Figures go to BENCHMARKS.md, "## Dictionaries (issue 4)".
set -e
cd "$(dirname "$0")/.."
echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(uname -m) $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
cargo bench -q -p detente-lexicon --bench dict 2>/dev/null
cargo build -q --release -p detente
start=$(date +%s%N)
for i in 1 2 3 4 5 6 7 8 9 10; do
  ./target/release/detente dict lookup --date 2019-05-14 "Russian Foreign Minister Sergei Lavrov" >/dev/null
done
end=$(date +%s%N)
echo "detente dict lookup (process start + bundled load + lookup): $(( (end - start) / 10000000 )) ms per run, mean of 10"
