#!/usr/bin/env python3
"""Geocoding recall on the shared dev corpus: for every gold event place with coordinates, is a
mention of the document resolved within 10 km of it? Run once with the shared GeoNames files
imported and once with the bundled gazetteer alone (then only over gold places that the bundled
sources contain: a bundled place within 5 km). Also checks that common-word traps never become
places. Usage: bench/geocoding.py [--controlmap BIN]  (prints a JSON summary)."""
import argparse, json, math, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
TRAPS = ["بين", "دون", "الحكومة", "of", "central", "police", "Central", "Police"]


def km(a, b, c, d):
    p1, p2 = math.radians(a), math.radians(c)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(d - b) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def bundled_points():
    pts = []
    g = os.path.join(ROOT, "gazetteer")
    for name in ("geonames-cities.txt", "geonames-sy-iq.txt"):
        for line in open(os.path.join(g, name), encoding="utf-8"):
            c = line.split("\t")
            pts.append((float(c[4]), float(c[5])))
    for f in ("strategic-sites.tsv", "airfields.sites.tsv"):
        for line in open(os.path.join(g, f), encoding="utf-8"):
            if line.startswith("#") or line.startswith("id\t"):
                continue
            c = line.split("\t")
            pts.append((float(c[3]), float(c[4])))
    return pts


def run(binary, config, gold):
    found, total, traps = 0, 0, []
    missed = []
    for d in gold:
        raw = open(os.path.join(SHARED, "corpus/dev/docs", d["doc"] + ".txt"), encoding="utf-8").read()
        out = subprocess.run([binary, "geocode", "--config", config, "-"], input=raw, capture_output=True, text=True).stdout
        resolved = [json.loads(l) for l in out.splitlines() if l.startswith("{")]
        for r in resolved:
            if r["place"] and r["mention"] in TRAPS:
                traps.append((d["doc"], r["mention"]))
        for e in d["events"]:
            if e.get("lat") is None or d.get("_only") and (e["lat"], e["lon"]) not in d["_only"]:
                continue
            total += 1
            if any(r["place"] and km(r["place"]["lat"], r["place"]["lon"], e["lat"], e["lon"]) <= 10 for r in resolved):
                found += 1
            else:
                missed.append((d["doc"], e["place"]))
    return found, total, traps, missed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--controlmap", default=os.path.join(ROOT, ".build/release/controlmap"))
    a = ap.parse_args()
    gold = [json.loads(l) for l in open(os.path.join(SHARED, "corpus/dev/gold.jsonl"), encoding="utf-8") if l.strip()]
    tmp = tempfile.mkdtemp(prefix="controlmap-geo-")
    shared_cfg = os.path.join(tmp, "shared.yaml")
    open(shared_cfg, "w").write("state_dir: %s/s1\ngazetteer:\n  bundled_dir: %s/gazetteer\n  files: [%s, %s]\nlexicon_dir: %s/config/lexicon\n" % (
        tmp, ROOT, os.path.join(SHARED, "gazetteer/geonames/SY.txt"), os.path.join(SHARED, "gazetteer/geonames/IQ.txt"), ROOT))
    bundled_cfg = os.path.join(tmp, "bundled.yaml")
    open(bundled_cfg, "w").write("state_dir: %s/s2\ngazetteer:\n  bundled_dir: %s/gazetteer\nlexicon_dir: %s/config/lexicon\n" % (tmp, ROOT, ROOT))
    f1, t1, traps1, miss1 = run(a.controlmap, shared_cfg, gold)
    pts = bundled_points()
    only = []
    for d in gold:
        keep = set()
        for e in d["events"]:
            if e.get("lat") is not None and any(km(p[0], p[1], e["lat"], e["lon"]) <= 5 for p in pts):
                keep.add((e["lat"], e["lon"]))
        only.append(dict(d, _only=keep or {(None, None)}))
    f2, t2, traps2, miss2 = run(a.controlmap, bundled_cfg, only)
    print(json.dumps({
        "shared_geonames": {"resolved_within_10km": f1, "gold_places_with_coordinates": t1, "share": round(f1 / t1, 3) if t1 else None, "missed": miss1},
        "bundled_only": {"resolved_within_10km": f2, "gold_places_in_bundled_sources": t2, "share": round(f2 / t2, 3) if t2 else None, "missed": miss2},
        "common_word_traps_resolved": traps1 + traps2,
    }, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
