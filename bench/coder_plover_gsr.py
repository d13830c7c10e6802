#!/usr/bin/env python3
"""PLOVER gold-standard records (../shared/data/events/plover-gsr) through `detente code`.

For each record: does one of our events carry the record's PLOVER type (0.5b1 names mapped to v0.8), and does our event's
source country equal one of the record's source codes? The event compared is the first of
ours with the gold type, else our first event. Prints both rates over all records.

    python3 bench/coder_plover_gsr.py [--bin target/release/detente] [--show N]
"""
import argparse, json, os, subprocess, sys

# The records are coded in PLOVER 0.5b1; we emit the types of manual v0.8 (CAMEO2PLOVER-2021).
# Types renamed or merged between the two versions are compared under their v0.8 names.
V05_TO_V08 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--bin", default=os.path.join(here, "..", "target", "release", "detente"))
    ap.add_argument("--gsr", default=os.path.join(here, "..", "..", "shared", "data", "events", "plover-gsr", "PLOVER_GSR_CAMEO.dev.jsonl"))
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--example", action="store_true", help="run target/release/examples/code_jsonl instead of the binary")
    a = ap.parse_args()
    recs = [json.loads(l) for l in open(a.gsr) if l.strip()]
    docs = "".join(json.dumps({"id": r["id"], "date": r.get("date", "2000-01-01"), "text": r["text"]}) + "\n" for r in recs)
    cmd = [a.bin, "code", "--jsonl", "--format", "jsonl"]
    if a.example:
        cmd = [os.path.join(here, "..", "target", "release", "examples", "code_jsonl")]
    out = subprocess.run(cmd, input=docs, capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(out.stderr)
    ev = {}
    for l in out.stdout.splitlines():
        e = json.loads(l)
        ev.setdefault(e["doc_id"], []).append(e)
    typ = src = 0
    misses = []
    for r in recs:
        mine = ev.get(r["id"], [])
        gold_src = {s.get("code", "")[:3] for s in r.get("source", []) if s.get("code")}
        want = V05_TO_V08.get(r["event"], r["event"])
        pick = next((e for e in mine if e.get("plover") == want), mine[0] if mine else None)
        t_ok = pick is not None and pick.get("plover") == want
        s_ok = pick is not None and pick.get("source") is not None and pick["source"]["code"][:3] in gold_src
        typ += t_ok
        src += s_ok
        if not (t_ok and s_ok):
            misses.append((r, pick))
    n = len(recs)
    for r, e in misses[: a.show]:
        print("MISS %s gold %s %s | ours %s %s %s | %s" % (r["id"], r["event"], sorted({s.get("code") for s in r.get("source", [])}),
              e and e.get("plover"), e and e.get("cameo"), e and (e.get("source") or {}).get("code"), r["text"][:110]))
    print("plover-gsr: %d records; PLOVER type matches %d (%.1f%%); source country matches %d (%.1f%%)" % (n, typ, 100 * typ / n, src, 100 * src / n))

if __name__ == "__main__":
    main()
