#!/usr/bin/env python3
"""Geocoding of Syria's district and sub-district names: each OCHA name (English, and Arabic
without "مركز") is put in a short invented sentence and handed to `controlmap geocode`; it counts
when a place within 25 km of the unit's centre comes back. Reported twice per language: over
every unit, and over the units whose name a populated place within 25 km also bears in the
shared GeoNames dump of Syria (a name the gazetteer can know at all).

The names come from gazetteer/sources/opensyria-admin-units.tsv, which the bundled gazetteer is
built from too: this is a regression check of reading and resolving those names in text, not an
outside measure.

Usage: bench/admin-names.py [--controlmap BIN] [--config FILE] [--misses]  (prints JSON)."""
import argparse, concurrent.futures, importlib.util, json, os, subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
SENTENCE = {"en": "Clashes were reported in %s on Monday.", "ar": "أفادت مصادر باشتباكات في %s يوم الاثنين."}

# The units, the name folding and the distance are the gazetteer build's own.
_spec = importlib.util.spec_from_file_location("build_bundled", os.path.join(ROOT, "gazetteer", "build-bundled.py"))
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--controlmap", default=os.path.join(ROOT, ".build/release/controlmap"))
    ap.add_argument("--config", help="configuration (default: the bundled gazetteer alone)")
    ap.add_argument("--misses", action="store_true", help="list the names that did not resolve near their unit")
    a = ap.parse_args()
    places = []
    for line in open(os.path.join(SHARED, "gazetteer/geonames/SY.txt"), encoding="utf-8"):
        c = line.split("\t")
        if c[6] == "P":
            places.append((float(c[4]), float(c[5]), {build.name_key(n) for n in [c[1], c[2]] + c[3].split(",") if n}))
    cases = []
    for en, ar, _, lat, lon in build.district_units():
        for lang, name in (("en", en), ("ar", ar)):
            k = build.name_key(name)
            borne = any(k in p[2] and build.km(lat, lon, p[0], p[1]) <= 25 for p in places)
            cases.append((lang, name, lat, lon, borne))

    def run(case):
        lang, name, lat, lon, _ = case
        cmd = [a.controlmap, "geocode"] + (["--config", a.config] if a.config else []) + ["-"]
        out = subprocess.run(cmd, input=SENTENCE[lang] % name, capture_output=True, text=True, cwd=ROOT).stdout
        found = [json.loads(l) for l in out.splitlines() if l.startswith("{")]
        return any(r["place"] and build.km(r["place"]["lat"], r["place"]["lon"], lat, lon) <= 25 for r in found)

    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        hits = list(pool.map(run, cases))
    summary = {}
    for lang in ("en", "ar"):
        every = [h for c, h in zip(cases, hits) if c[0] == lang]
        borne = [h for c, h in zip(cases, hits) if c[0] == lang and c[4]]
        summary[lang] = {"units": len(every), "within_25km": round(sum(every) / len(every), 3),
                         "units_whose_name_a_locality_bears": len(borne), "of_those_within_25km": round(sum(borne) / len(borne), 3)}
    if a.misses:
        summary["misses"] = [c[:2] for c, h in zip(cases, hits) if not h]
    print(json.dumps(summary, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
