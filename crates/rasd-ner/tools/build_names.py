#!/usr/bin/env python3
"""Build data/names.tsv (name<TAB>class) for the NER gazetteer features from other rasd crates'
hand-written tables: given names and name parts (rasd-entities/data/names_en.tsv → GIVEN) and
curated organisations, people and other names (rasd-gazetteer/data/curated.tsv → ORGNAME,
PERNAME, MISCNAME). Both sources are hand-written for rasd under the project licence.
Run from the repository root:  python3 crates/rasd-ner/tools/build_names.py > crates/rasd-ner/data/names.tsv
"""
import sys

CLASSES = {"ORG": "ORGNAME", "PER": "PERNAME", "MISC": "MISCNAME"}


def rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line.split("\t")


def main():
    out, seen = [], set()

    def add(name, cls):
        name = " ".join(name.split())
        if name and name not in seen:
            seen.add(name)
            out.append(f"{name}\t{cls}")

    # Curated full names first: a multi-word name wins over its given-name row.
    for cols in rows("crates/rasd-gazetteer/data/curated.tsv"):
        if len(cols) > 1 and cols[1] in CLASSES:
            for v in cols[0].split("|"):
                add(v, CLASSES[cols[1]])
    for i, cols in enumerate(rows("crates/rasd-entities/data/names_en.tsv")):
        if i == 0 and cols[0] == "arabic":
            continue
        add(cols[0], "GIVEN")
    sys.stdout.write(
        "# Person, organisation and other names for rasd-ner gazetteer features: name<TAB>class\n"
        "# (GIVEN, ORGNAME, PERNAME, MISCNAME). Built by tools/build_names.py from\n"
        "# rasd-entities/data/names_en.tsv and rasd-gazetteer/data/curated.tsv (hand-written for rasd).\n"
    )
    sys.stdout.write("\n".join(out) + "\n")


main()
