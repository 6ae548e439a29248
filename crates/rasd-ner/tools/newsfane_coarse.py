#!/usr/bin/env python3
"""Map NewsFANE Gold (fine-grained, Alotaibi & Lee 2014, CC BY-SA 3.0) to ANERcorp's four types.

The file re-annotates the ANERcorp newswire; rasd-train-ner reads it with `--extra` as a second
annotation scheme (its sentences get scheme-specific feature copies, see train.rs). ANERcorp does
not tag groups of people (العرب، المسلمين), so Group becomes O; vehicles, weapons, works and
products become MISC; GPEs, places and facilities LOC.

Usage: newsfane_coarse.py NEWSFANE.txt [--exclude CONLL ...] > OUT.conll
`--exclude` drops sentences whose normalised character 12-grams overlap the given CoNLL files by
30% or more (how the shipped file was cut from the ANERcorp test); use it to keep a hold-out
split of ANERcorp train unseen while tuning.
"""
import re
import sys

COARSE = {}
for t in ("Politician Athlete Artist Other_PER Religious_PER Scientist Businessperson Lawyer "
          "Engineer").split():
    COARSE[t] = "PERS"
for t in ("Nation Population-Center State-or-Province County-or-District GPE-Cluster Continent "
          "Water-Body Land-Region-Natural Building-Grounds Airport Path Subarea-Facility "
          "Celestial").split():
    COARSE[t] = "LOC"
for t in ("Non-Governmental Sports Government Media Commercial Educational Police "
          "Medical-Science Entertainment Religious_ORG").split():
    COARSE[t] = "ORG"
for t in "Book Movie Software Hardware Projectile Shooting Food Drug Plant Water Air Land".split():
    COARSE[t] = "MISC"


def norm(s):
    s = re.sub("[أإآ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    return re.sub(r"\s+", "", s)


def grams(s, n=12):
    return {s[i:i + n] for i in range(max(0, len(s) - n + 1))}


def main(argv):
    if not argv:
        sys.exit(__doc__)
    src, excl_files = argv[0], []
    if len(argv) > 1:
        if argv[1] != "--exclude":
            sys.exit(f"unknown argument {argv[1]}")
        excl_files = argv[2:]
    excl = set()
    for f in excl_files:
        for sent in open(f, encoding="utf-8").read().strip().split("\n\n"):
            excl |= grams(norm("".join(l.split()[0] for l in sent.split("\n") if l.split())))
    out, dropped = [], 0
    text = open(src, encoding="utf-8-sig").read().replace("\r", "").replace("\u200e", "")
    for n_sent, sent in enumerate(text.strip().split("\n\n")):
        rows = [l.split("\t") for l in sent.split("\n") if l.strip()]
        g = grams(norm("".join(r[0] for r in rows)))
        if excl and g and len(g & excl) / len(g) >= 0.3:
            dropped += 1
            continue
        lines, prev = [], "O"
        for r in rows:
            tok = r[0].strip()
            tag = r[1].strip() if len(r) > 1 else "O"
            if not tok:
                continue
            if tag != "O":
                if tag[:2] not in ("B-", "I-"):
                    sys.exit(f"{src}: sentence {n_sent + 1}: bad tag {tag!r}")
                c = COARSE.get(tag[2:])
                tag = tag[:2] + c if c else "O"
            if tag.startswith("I-") and prev[2:] != tag[2:]:
                tag = "B-" + tag[2:]
            lines.append(f"{tok} {tag}")
            prev = tag
        if lines:
            out.append("\n".join(lines))
    sys.stderr.write(f"newsfane_coarse: kept {len(out)} sentences, dropped {dropped}\n")
    sys.stdout.write("\n\n".join(out) + "\n\n")


if __name__ == "__main__":
    main(sys.argv[1:])
