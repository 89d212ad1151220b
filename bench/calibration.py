#!/usr/bin/env python3
"""Does an event's confidence mean what it says? For each gold corpus given, run `controlmap
extract` as ../shared/tools/score-events does, score each predicted claim right or wrong by the
scorer's own rules (its functions are loaded from the file), and print the precision of the
claims in each confidence band and at or above each threshold, beside the mean confidence of
those claims. A claim's confidence is the highest of its events'. Claims that match only an
optional gold claim (background) are left out, as the scorer leaves them out.

    bench/calibration.py [--controlmap BIN] [--config YAML] [--json OUT] CORPUS_DIR...

With --by, the claims are also grouped by place kind and event kind (for a training corpus only:
looking inside a corpus kept for checking is looking at its documents)."""
import argparse, collections, json, os, shutil, sys, tempfile
from importlib.machinery import SourceFileLoader

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
BANDS = [(0.0, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]
THRESHOLDS = [0.6, 0.7, 0.8, 0.9]


def claims_of(scorer, corpus, binary, config):
    gold = [json.loads(l) for l in open(os.path.join(corpus, "gold.jsonl"), encoding="utf-8") if l.strip()]
    tmp = tempfile.mkdtemp(prefix="calibration-")
    try:
        paths = []
        for d in gold:
            raw = open(os.path.join(corpus, "docs", d["doc"] + ".txt"), encoding="utf-8").read()
            title, _, body = raw.partition("\n\n")
            p = os.path.join(tmp, d["doc"] + ".json")
            json.dump({"title": title.strip(), "text": body.strip(), "published": d.get("published"), "url": d.get("url"),
                       "lang": d.get("lang"), "source": d.get("source")}, open(p, "w", encoding="utf-8"), ensure_ascii=False)
            paths.append(p)
        events = scorer.run_extract([binary], config, paths)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    by_doc = collections.defaultdict(list)
    for e in events:
        by_doc[os.path.basename(e["file"]).rsplit(".", 1)[0]].append(e)
    rows = []
    for d in gold:
        evs = by_doc.get(d["doc"], [])
        preds = scorer.pred_claims(evs)
        for p in preds:
            p["confidence"] = max(e["confidence"] for e in evs if claim_key(scorer, e) == claim_key(scorer, p["event"]))
        golds, optional = scorer.gold_claims(d, False)
        used = set()
        for g in golds:
            hit = next((i for i, p in enumerate(preds) if i not in used and scorer.claim_match(p, g)), None)
            if hit is not None:
                used.add(hit)
        for i, p in enumerate(preds):
            if i not in used and any(scorer.claim_match(p, o) and (not o.get("holds_only") or p["event"].get("kind") == "holds")
                                     for o in optional):
                continue
            place = p["event"].get("place") or {}
            rows.append({"right": i in used, "confidence": p["confidence"], "lang": d.get("lang"),
                         "place_kind": place.get("kind") if place.get("id") else "unresolved", "kind": p["event"]["kind"]})
    return rows


def claim_key(scorer, e):
    p = e.get("place") or {}
    return (str(p.get("id") or p.get("name") or e.get("mention")), scorer.side(e["actor"]) if e.get("actor") else None,
            scorer.FAMILY.get(e.get("kind")))


def line(label, sel):
    if not sel:
        return "  %-14s %5d claims" % (label, 0)
    right = sum(r["right"] for r in sel)
    mean = sum(r["confidence"] for r in sel) / len(sel)
    return "  %-14s %5d claims  precision %.2f  mean confidence %.2f" % (label, len(sel), right / len(sel), mean)


def report(name, rows, by):
    print("%s: %d scored claims, precision %.3f" % (name, len(rows), sum(r["right"] for r in rows) / max(1, len(rows))))
    for lo, hi in BANDS:
        print(line("[%.1f, %.1f)" % (lo, min(hi, 1.0)), [r for r in rows if lo <= r["confidence"] < hi]))
    for t in THRESHOLDS:
        print(line(">= %.1f" % t, [r for r in rows if r["confidence"] >= t]))
    if by:
        for field in ("place_kind", "kind", "lang"):
            for value in sorted({r[field] or "-" for r in rows}):
                print(line("%s" % value, [r for r in rows if (r[field] or "-") == value]))
    result = {"claims": len(rows), "bands": {}, "thresholds": {}}
    for lo, hi in BANDS:
        sel = [r for r in rows if lo <= r["confidence"] < hi]
        result["bands"]["%.1f-%.1f" % (lo, min(hi, 1.0))] = {"claims": len(sel), "precision": round(sum(r["right"] for r in sel) / len(sel), 3) if sel else None}
    for t in THRESHOLDS:
        sel = [r for r in rows if r["confidence"] >= t]
        result["thresholds"][">=%.1f" % t] = {"claims": len(sel), "precision": round(sum(r["right"] for r in sel) / len(sel), 3) if sel else None}
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--controlmap", default=os.path.join(ROOT, ".build/release/controlmap"))
    ap.add_argument("--config", default=None)
    ap.add_argument("--json")
    ap.add_argument("--by", action="store_true", help="also group by place kind, event kind and language")
    a = ap.parse_args()
    scorer_path = os.path.join(SHARED, "tools", "score-events")
    if not os.path.exists(scorer_path):
        sys.exit("calibration: %s not found; it scores the claims (set up ../shared first)" % scorer_path)
    if not os.access(a.controlmap, os.X_OK):
        sys.exit("calibration: %s not found; build it first with `swift build -c release --product controlmap`" % a.controlmap)
    scorer = SourceFileLoader("score_events", scorer_path).load_module()
    out = {}
    for corpus in a.corpora:
        name = os.path.basename(os.path.normpath(corpus))
        out[name] = report(name, claims_of(scorer, corpus, a.controlmap, a.config), a.by)
    if a.json:
        json.dump(out, open(a.json, "w"), indent=1)


if __name__ == "__main__":
    main()
