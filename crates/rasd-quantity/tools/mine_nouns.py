#!/usr/bin/env python3
"""List the words that most often follow a number in a JSONL news corpus.

Used to choose the counted nouns of data/units.tsv (the lexicon is written by hand from this
list; no corpus text is committed). Usage:

    python3 tools/mine_nouns.py /work/shared/corpus/raw/*.jsonl | head -300
"""
import collections
import json
import re
import sys

NUMBER_WORDS = ("ثلاثه ثلاث اربعه اربع خمسه خمس سته ست سبعه سبع ثمانيه ثماني تسعه تسع "
                "عشره عشر عشرات ميات الاف").split()


def norm(s):
    s = re.sub("[\u0610-\u061a\u064b-\u065f\u0670\u0640]", "", s)
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    return s.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))


def main():
    after = collections.Counter()
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            for line in f:
                toks = re.findall(r"[\u0621-\u064a]+|\d+(?:[.,]\d+)*|\S", norm(json.loads(line)["text"]))
                for a, b in zip(toks, toks[1:]):
                    if (a[0].isdigit() or a in NUMBER_WORDS) and re.match(r"[\u0621-\u064a]", b):
                        after[b] += 1
    for word, n in after.most_common():
        print(f"{n}\t{word}")


if __name__ == "__main__":
    main()
