#!/usr/bin/env bash
# What a change does to the coder's output: codes the same texts with two builds and prints every
# event that one has and the other has not, with the sentence it came from.
#
#   bash bench/coder_diff.sh OLD_BIN NEW_BIN [MORE.txt …]
#
# The texts: the 94 Wikinews articles, wikinews-dev, the raw text of the UD English treebanks
# (25 sentences to an article, as crates/detente-coder/tests/robust.rs codes them), 5,000 articles (~12 MB)
# of bench/store_corpus.py's templated news, and any plain-text files given after the binaries.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
WORK=${WORK:-/tmp/detente-coder-diff}
OLD=$1 NEW=$2
shift 2
mkdir -p "$WORK"
NEWS=$SHARED/data/news/wikinews-dev.jsonl

if [ ! -s "$WORK/ud.jsonl" ]; then
  python3 - "$SHARED/data/ud" > "$WORK/ud.jsonl" <<'EOF'
import glob, json, sys
for f in sorted(glob.glob(sys.argv[1] + "/*/*.conllu")):
    texts = [l[len("# text = "):].strip() for l in open(f, encoding="utf-8") if l.startswith("# text = ")]
    for i in range(0, len(texts), 25):
        print(json.dumps({"id": f"{f.split('/')[-1]}:{i}", "date": "2020-01-01", "text": " ".join(texts[i:i + 25])}))
EOF
fi
if [ ! -s "$WORK/slice12.jsonl" ]; then
  python3 "$ROOT/bench/store_corpus.py" 5000 "$NEWS" > "$WORK/slice12.jsonl"
fi

inputs=("news=$NEWS" "dev=$SHARED/data/events/wikinews-dev/articles.jsonl" "ud=$WORK/ud.jsonl"
  "slice12=$WORK/slice12.jsonl")
for f in "$@"; do inputs+=("$(basename "$f")=$f"); done

same=1
for pair in "${inputs[@]}"; do
  name=${pair%%=*} file=${pair#*=}
  for side in old new; do
    bin=$OLD; [ $side = new ] && bin=$NEW
    if [[ $file == *.jsonl ]]; then
      "$bin" --quiet code --jsonl "$file" > "$WORK/$name.$side" 2>/dev/null || true
    else
      "$bin" --quiet code --date 2024-01-01 "$file" > "$WORK/$name.$side" 2>/dev/null || true
    fi
  done
  if cmp -s "$WORK/$name.old" "$WORK/$name.new"; then
    echo "$name: same ($(wc -l < "$WORK/$name.new") events)"
  else
    same=0
    echo "$name: $(wc -l < "$WORK/$name.old") → $(wc -l < "$WORK/$name.new") events"
    python3 - "$WORK/$name.old" "$WORK/$name.new" <<'EOF'
import json, sys
def key(e):
    s = (e.get("source") or {}).get("code"); t = (e.get("target") or {}).get("code")
    return (e.get("doc_id"), e.get("sentence"), s, t, e.get("cameo"))
def load(p):
    return [key(json.loads(l)) for l in open(p) if l.strip()]
old, new = load(sys.argv[1]), load(sys.argv[2])
so, sn = set(old), set(new)
for tag, xs in (("-", [k for k in old if k not in sn]), ("+", [k for k in new if k not in so])):
    for d, sent, s, t, c in xs:
        print(f"  {tag} {s} → {t} {c}   {d}: {sent[:160]}")
EOF
  fi
done
[ $same = 1 ] && echo "all the same"
