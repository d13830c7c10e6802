#!/usr/bin/env bash
# Builds the release binary with profile-guided optimisation and prints its path:
#
#   bash scripts/release_pgo.sh        # → target/pgo/use/release/detente
#
# 1. An instrumented release build (`-Cprofile-generate`).
# 2. It codes a training text: the raw text of UD English EWT's training part (from ../shared,
#    one JSON line per document) when it is there, else the bundled example many times over.
#    Never the benchmark's texts (bench/coder_speed.sh codes the Wikinews articles).
# 3. `llvm-profdata merge`, from the toolchain's llvm-tools (installed with rustup if missing).
# 4. The release build again with `-Cprofile-use`. Its output is byte-identical to a plain
#    `cargo build --release`; it is faster because the compiler lays out and inlines the hot
#    paths (the tagger's and parser's scoring, the coder's matching) as the profile says.
# Without llvm-profdata (no rustup, no network) it falls back to a plain release build and says
# so on stderr. Everything it writes stays under target/pgo/.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
OUT=$ROOT/target/pgo
cd "$ROOT"

find_profdata() {
  local sysroot
  sysroot=$(rustc --print sysroot)
  # Not found is an empty answer, not a failure (under `set -e -o pipefail` a failing `ls`
  # would end the script without a word).
  local p
  for p in "$sysroot"/lib/rustlib/*/bin/llvm-profdata; do
    if [ -x "$p" ]; then
      echo "$p"
      return 0
    fi
  done
  return 0
}
profdata=$(find_profdata)
if [ -z "$profdata" ] && command -v rustup >/dev/null 2>&1; then
  rustup component add llvm-tools >/dev/null 2>&1 || true
  profdata=$(find_profdata)
fi
if [ -z "$profdata" ]; then
  echo "note: no llvm-profdata (rustup component llvm-tools); plain release build" >&2
  cargo build --release -p detente --target-dir "$OUT/use" >&2
  echo "$OUT/use/release/detente"
  exit 0
fi

rm -rf "$OUT/data"
RUSTFLAGS="-Cprofile-generate=$OUT/data" \
  cargo build --release -p detente --target-dir "$OUT/gen" >&2

train=$OUT/train.jsonl
EWT=$SHARED/data/ud/UD_English-EWT/en_ewt-ud-train.conllu
if [ -f "$EWT" ]; then
  python3 - "$EWT" > "$train" <<'PY'
import json, sys
docs, text = [], []
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("# newdoc") and text:
        docs.append(" ".join(text))
        text = []
    elif line.startswith("# text = "):
        text.append(line[len("# text = "):].rstrip("\n"))
docs.append(" ".join(text))
for i, d in enumerate(docs):
    print(json.dumps({"id": f"ewt-{i}", "date": "2015-01-01", "text": d}))
PY
else
  echo "note: no $EWT; training on the bundled example" >&2
  for i in $(seq 200); do
    python3 -c 'import json,sys; print(json.dumps({"id": sys.argv[1], "html": open(sys.argv[2], encoding="utf-8").read()}))' \
      "ex-$i" "$ROOT/examples/summit.html"
  done > "$train"
fi
"$OUT/gen/release/detente" --quiet code --jsonl "$train" > /dev/null
"$profdata" merge -o "$OUT/merged.profdata" "$OUT/data"

RUSTFLAGS="-Cprofile-use=$OUT/merged.profdata" \
  cargo build --release -p detente --target-dir "$OUT/use" >&2
echo "$OUT/use/release/detente"
