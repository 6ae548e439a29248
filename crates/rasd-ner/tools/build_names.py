#!/usr/bin/env python3
"""Build data/names.tsv (name<TAB>class) for the NER gazetteer features from hand-written rasd
tables: given names and name parts (rasd-entities/data/names_en.tsv → GIVEN), curated
organisations, people and other names (rasd-gazetteer/data/curated.tsv → ORGNAME, PERNAME,
MISCNAME) and world-knowledge names (rasd-entities/data/world_names.tsv, whose fine classes are folded
into ORGNAME, PERNAME and MISCNAME, and into ORGNAME_AMBIG … for names that are also common
words). All sources are hand-written for rasd under the project licence.
Run from the repository root:  python3 crates/rasd-ner/tools/build_names.py > crates/rasd-ner/data/names.tsv
"""
import sys

CLASSES = {"ORG": "ORGNAME", "PER": "PERNAME", "MISC": "MISCNAME"}
# world_names.tsv classes → gazetteer classes. Folding them into the curated classes shares
# their weights (honest dev F1 0.738 folded vs 0.733 with one gazetteer class per world class).
WORLD = {
    "CLUB": "ORGNAME", "COMPANY": "ORGNAME", "MEDIA": "ORGNAME", "PARTY": "ORGNAME",
    "IGO": "ORGNAME", "GOV": "ORGNAME", "PERSON": "PERNAME", "EVENT": "MISCNAME", "HOLIDAY": "MISCNAME",
    "PRODUCT": "MISCNAME", "FACILITY": "MISCNAME",
}
# Titles that ANERcorp leaves outside a person's name («الملك/O عبدالله/B-PERS»): stripped from
# the front of world names; a name left with one word is skipped (given names are listed above).
TITLES = set(
    "الملك الملكة الأمير الأميرة البابا الشيخ الشيخة السلطان الرئيس الإمام البطريرك السيدة "
    "الملا العقيد المشير الجنرال السير المهاتما آية الله سمو".split()
)


def world_class(cls):
    """Gazetteer class of a world_names.tsv class (X or X_AMBIG); None when unknown."""
    base, amb = (cls[: -len("_AMBIG")], "_AMBIG") if cls.endswith("_AMBIG") else (cls, "")
    return WORLD[base] + amb if base in WORLD else None


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
    # World-knowledge names (clubs, companies, media, parties, international bodies, events,
    # products, famous people); a name listed above keeps its class.
    for n, cols in enumerate(rows("crates/rasd-entities/data/world_names.tsv")):
        cls = world_class(cols[1]) if len(cols) > 2 else None
        if cls is None:
            sys.exit(f"world_names.tsv: bad row {n + 1}: {cols}")
        for v in cols[0].split("|"):
            words = v.split()
            while len(words) > 1 and words[0] in TITLES:
                words = words[1:]
            if len(words) < len(v.split()) and len(words) < 2:
                continue
            add(" ".join(words), cls)
    sys.stdout.write(
        "# Person, organisation and other names for rasd-ner gazetteer features: name<TAB>class\n"
        "# (GIVEN, ORGNAME, PERNAME, MISCNAME, and *_AMBIG for names that are also common words).\n"
        "# Built by tools/build_names.py from rasd-entities/data/names_en.tsv,\n"
        "# rasd-gazetteer/data/curated.tsv and rasd-entities/data/world_names.tsv (hand-written for rasd).\n"
    )
    sys.stdout.write("\n".join(out) + "\n")


main()
