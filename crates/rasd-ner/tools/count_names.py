#!/usr/bin/env python3
"""Count how often each spelling of a names file occurs in unlabelled news, matched the way the
rasd-ner gazetteer matches it (normalised letters; the first word with its proclitics and
article stripped), so that spellings nobody writes and spellings that are mostly common words
can be reviewed.  Prints only derived counts, never corpus text.

    python3 crates/rasd-ner/tools/count_names.py crates/rasd-entities/data/world_names.tsv \
        /work/shared/corpus/raw/*.jsonl > /tmp/world_counts.tsv

Output: variant<TAB>class<TAB>english<TAB>count (of the whole name) <TAB>count of its first word
alone (the stem, clitics stripped), one line per spelling.
"""
import collections
import json
import re
import sys

MAP = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ٵ": "ا", "ى": "ي", "ی": "ي",
       "ې": "ي", "ے": "ي", "ئ": "ي", "ة": "ه", "ۀ": "ه", "ە": "ه", "ہ": "ه", "ؤ": "و", "ک": "ك",
       "گ": "ك", "ڤ": "ف", "پ": "ب", "چ": "ج", "ژ": "ز"}
DROP = re.compile("[\u0640\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u200b-\u200f\u061c]")
TOKEN = re.compile(r"[\u0621-\u064a\u0660-\u0669\u06f0-\u06f9A-Za-z0-9]+|[^\s]")
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def normalize(s):
    s = DROP.sub("", s).translate(DIGITS)
    return "".join(MAP.get(c, c) for c in s)


def has_article(s):
    return s.startswith("ال") and len(s) - 2 >= 3


def strip(w):
    """Mirror of rasd-ner features::strip_proclitics without the cluster rule."""
    rest = w
    for conj in ("و", "ف"):
        if rest.startswith(conj):
            r = rest[1:]
            if has_article(r) or (r.startswith("لل") and len(r) >= 4) or any(
                    r.startswith(p) and has_article(r[1:]) for p in "بلك"):
                rest = r
            break
    if rest.startswith("لل") and len(rest) - 2 >= 2:
        return rest[2:]
    for p in "بلك":
        if rest.startswith(p) and has_article(rest[1:]):
            rest = rest[1:]
            break
    if has_article(rest):
        rest = rest[2:]
    return rest


def key(words):
    words = [normalize(w) for w in words]
    return " ".join([strip(words[0])] + words[1:]) if words else ""


def main():
    names, rows = sys.argv[1], []
    for line in open(names, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        for v in cols[0].split("|"):
            rows.append((v, cols[1], cols[2] if len(cols) > 2 else "", key(TOKEN.findall(v))))
    keys = {r[3] for r in rows}
    firsts = {k.split(" ")[0] for k in keys}
    maxw = max(len(k.split(" ")) for k in keys)
    counts, stems = collections.Counter(), collections.Counter()
    for path in sys.argv[2:]:
        for line in open(path, encoding="utf-8"):
            text = json.loads(line).get("text", "")
            toks = [normalize(t) for t in TOKEN.findall(text)]
            for i, t in enumerate(toks):
                s = strip(t)
                if s not in firsts:
                    continue
                stems[s] += 1
                for n in range(1, maxw + 1):
                    if i + n > len(toks):
                        break
                    k = " ".join([s] + toks[i + 1:i + n])
                    if k in keys:
                        counts[k] += 1
    for v, cls, en, k in rows:
        print(f"{v}\t{cls}\t{en}\t{counts[k]}\t{stems[k.split(' ')[0]]}")


main()
