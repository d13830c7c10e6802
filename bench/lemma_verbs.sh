#!/usr/bin/env bash
# How many inflected forms of our dictionary's verbs the lemmatizer reads back to the verb.
# Every `verb` of dictionaries/verbs/*.txt is inflected by lemminflect (installed by this script
# into a throwaway venv) as VBD, VBZ and VBG, set in a short sentence, and parsed by
# `detente parse` with the bundled model. A form counts as wrong when its lemma is not the verb.
# `detente parse` knows only the treebank's verbs; `code` also hands the dictionary's verbs
# to the lemmatizer, so this is the figure before that.
#
#   bash bench/lemma_verbs.sh          # from the repository root; SHOW=1 lists the wrong ones
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-/tmp/detente-lemma-verbs}
mkdir -p "$WORK"
cd "$ROOT"
cargo build --release -p detente >/dev/null 2>&1
VENV=$WORK/venv
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q lemminflect
fi
grep -h '^verb ' dictionaries/verbs/*.txt | awk '{print $2}' | sort -u > "$WORK/verbs.txt"
"$VENV/bin/python" - "$WORK" <<'PY'
import json, sys
from lemminflect import getInflection
work = sys.argv[1]
frames = {
    "VBD": "Officials said the government {} the group on Monday.",
    "VBZ": "The government {} the group, officials say.",
    "VBG": "The government is {} the group.",
}
rows = []
with open(f"{work}/forms.txt", "w") as f:
    for v in (l.strip() for l in open(f"{work}/verbs.txt")):
        for tag, frame in frames.items():
            forms = getInflection(v, tag)
            if forms:
                rows.append((v, tag, forms[0]))
                f.write(frame.format(forms[0]) + "\n\n")
json.dump(rows, open(f"{work}/forms.json", "w"))
PY
target/release/detente --quiet parse "$WORK/forms.txt" --format conllu > "$WORK/forms.conllu"
python3 - "$WORK" "${SHOW:-0}" <<'PY'
import json, sys
work, show = sys.argv[1], sys.argv[2] == "1"
rows = json.load(open(f"{work}/forms.json"))
sents = open(f"{work}/forms.conllu").read().strip().split("\n\n")
wrong = []
for (verb, tag, form), s in zip(rows, sents):
    toks = [l.split("\t") for l in s.split("\n") if l and not l.startswith("#")]
    hit = [t for t in toks if t[1] == form]
    if not hit or hit[0][2].lower() != verb:
        wrong.append((verb, tag, form, hit[0][2] if hit else "-"))
print(f"{len(rows)} forms of {len(set(r[0] for r in rows))} verbs; wrong lemma: {len(wrong)}")
if show:
    for w in wrong:
        print(*w)
PY
