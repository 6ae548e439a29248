#!/usr/bin/env python3
"""Derive data/actors.tsv from UniversalPetrarch's Arabic actor dictionary (MIT).

Usage: extract_actors.py /work/shared/data/events/universalpetrarch-arabic-gsr/dictionaries/actor_dict_ar_v4.txt > data/actors.tsv

Each dictionary entry is a lemmatised name (words joined by `_`) followed by one or more CAMEO
codes, inline (`حماس [PSEREB]`) or on indented lines with date ranges. We keep the code whose
range is open-ended (ends 18000101) or else the last one listed, and write name<TAB>code.
"""
import re
import sys

CODE = re.compile(r"\[([A-Z]{3,})(?:\s+(\d{8})-(\d{8}))?\]")


def main(path):
    entries = []
    name, codes = None, []

    def flush():
        if name and codes:
            open_ended = [c for c, end in codes if end == "18000101"]
            code = open_ended[-1] if open_ended else codes[-1][0]
            if len(code) % 3 == 0:
                entries.append((name, code))

    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0] in " \t" and line.strip().startswith("["):
            for m in CODE.finditer(line):
                codes.append((m.group(1), m.group(3)))
            continue
        flush()
        text = line.split("[")[0].split("#")[0].strip().lstrip("+")
        name = " ".join(w for w in text.replace("_", " ").split() if w)
        codes = [(m.group(1), m.group(3)) for m in CODE.finditer(line)]
    flush()
    seen = set()
    print("# Derived from UniversalPetrarch validate/arabic/actor_dict_ar_v4.txt (MIT, (c) 2016 Open Event Data Alliance)")
    print("# by tools/extract_actors.py. Names are the dictionary's lemmatised forms; codes are CAMEO")
    print("# actor codes: a 3-letter country (ISO 3166-1 alpha-3, or IGO/…) and sector codes.")
    for n, c in entries:
        if n and n not in seen and len(n) > 1:
            seen.add(n)
            print(f"{n}\t{c}")


if __name__ == "__main__":
    main(sys.argv[1])
