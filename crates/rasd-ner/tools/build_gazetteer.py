#!/usr/bin/env python3
"""Build data/gazetteer.tsv (name<TAB>class) from the project's geo data.

Usage: python3 tools/build_gazetteer.py /work/shared/data/geo > data/gazetteer.tsv

Sources (attribution in data/README.md): GeoNames cities15000 Arabic names (CC BY 4.0) and
the dr5hn Countries States Cities database countries/states (ODbL 1.0).
Classes: COUNTRY, STATE, CITY. A name listed under several classes keeps the first
(countries before states before cities). Names are written as found; the loader normalises.
"""
import csv
import os
import sys

def main(geo):
    seen = {}
    def add(name, cls):
        name = " ".join(name.split())
        if len(name) < 2 or not any("\u0600" <= c <= "\u06ff" for c in name):
            return
        seen.setdefault(name, cls)
    with open(os.path.join(geo, "dr5hn_csc/countries.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            add(row["name_ar"], "COUNTRY")
    with open(os.path.join(geo, "dr5hn_csc/states.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            add(row["name_ar"], "STATE")
    with open(os.path.join(geo, "geonames_cities15000/cities15000_arabic.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            for n in (row.get("arabic_likely") or "").split("|"):
                add(n, "CITY")
    out = sys.stdout
    out.write("# Place names for rasd-ner gazetteer features: name<TAB>class (COUNTRY, STATE, CITY).\n")
    out.write("# Built by tools/build_gazetteer.py. Contains data from GeoNames (https://www.geonames.org/), CC BY 4.0,\n")
    out.write("# and from the Countries States Cities Database by Darshan Gada (dr5hn), ODbL 1.0.\n")
    for name, cls in seen.items():
        out.write(f"{name}\t{cls}\n")

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/geo")
