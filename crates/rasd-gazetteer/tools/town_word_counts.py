#!/usr/bin/env python3
"""Which town names of towns.tsv are mostly ordinary words?  Counts, in unlabelled news, how
often each candidate name occurs as a word (matched the way the gazetteer matches: normalised
letters, whole words, proclitics و ف ب ل ك allowed, لل for ال), how often right after a place
cue (في، من، إلى and the naming cues below; the name without a proclitic of its own), and how
often right after a naming cue (مدينة، بلدة، قرية، بلدات، بلدتي، مديرية، محافظة، ناحية، قضاء،
حي، منطقة، جبهة، ريف، شمال، جنوب …).  Prints only derived counts, never corpus text.

Why the naming cues decide: the prepositions في/من/إلى precede common nouns as often as towns
(measured over the corpus: قصر 39% of its occurrences, خريف 48%, إطار 85%, against 25-60% for
real towns), whereas a naming cue precedes a town often (حرض 47%, نهم 49%, التواهي 38%, ردفان
11%, السخنة 7%) and a common noun almost never (حرب, المركز, الجماعة, الجهاد 0-0.5%).

Rule (reproducible; the constants are below): a name seen at least MIN_WORDS times is a common
word, and is left out of towns.tsv, unless at least MIN_NAMED_SHARE of its occurrences (and at
least one) follow a naming cue.  Names seen fewer than MIN_WORDS times are kept: too rare to
judge or to hurt.

    cargo run --release -p rasd-gazetteer --bin rasd-build-gazetteer -- \
        --town-names /work/shared/data/geo crates/rasd-gazetteer/data > /tmp/town_names.tsv
    python3 crates/rasd-gazetteer/tools/town_word_counts.py /tmp/town_names.tsv \
        /work/shared/corpus/raw/*.jsonl > crates/rasd-gazetteer/data/town_words.tsv

Output (stdout): the names left out, as `name words cued named named_share`, under a header
saying how they were made.  With --all, every name with its counts and a `keep` column instead
(for review and calibration; any list of names in a first column can be measured this way).
A summary goes to stderr.
"""
import collections
import json
import re
import sys

MIN_WORDS = 5
MIN_NAMED_SHARE = 0.06

# Words that name a settlement, an administrative unit, a front or a direction from a place:
# a common noun seldom follows them (مدينة الأتارب، مديرية نهم، جبهة نهم، حي التواهي، جنوب ردفان).
NAMING_CUES = ["مدينة", "بلدة", "قرية", "بلدات", "بلدتي", "مدن", "مديرية", "مديريات", "مديريتي",
               "محافظة", "ناحية", "قضاء", "حي", "منطقة", "جبهة", "جبهات", "مخيم", "ريف",
               "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط"]
# Place prepositions: a town follows them, but so do many common nouns (في إطار، من حرب).
CUES = ["في", "من", "إلى"] + NAMING_CUES
PROCLITICS = "وفبلك"

# The letter rules of rasd_text::normalize (crates/rasd-text/data/normalize.tsv) that matter for
# Arabic news: hamza carriers and alef forms to ا/ي/و, ى→ي, ة→ه, Persian letters to Arabic ones,
# diacritics, Quranic marks, tatweel and zero-width controls dropped.
MAP = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ٵ": "ا", "ى": "ي", "ی": "ي",
       "ې": "ي", "ے": "ي", "ئ": "ي", "ة": "ه", "ۀ": "ه", "ە": "ه", "ہ": "ه", "ؤ": "و", "ک": "ك",
       "گ": "ك", "ڤ": "ف", "پ": "ب", "چ": "ج", "ژ": "ز"}
DROP = re.compile("[\u0640\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8"
                  "\u06ea-\u06ed\u200b-\u200f\u061c\ufeff]")
WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\u06f0-\u06f9A-Za-z0-9]+|[^\s]")


def normalize(s):
    s = DROP.sub("", s)
    return "".join(MAP.get(c, c) for c in s)


def first_word_forms(w):
    """The surface forms under which the gazetteer matches a name starting with word `w`
    (mirror of matcher::proclitic_skips and the لل rule): w itself, one proclitic + w, و/ف +
    one of ب ل ك + w, and لل for ال."""
    forms = {w: False}
    for p in PROCLITICS:
        forms[p + w] = True
        if p in "وف":
            for q in "بلك":
                forms[p + q + w] = True
    if w.startswith("ال") and len(w) > 4:
        forms["لل" + w[2:]] = True
        forms["ولل" + w[2:]] = True
        forms["فلل" + w[2:]] = True
    return forms


def main(argv):
    show_all = "--all" in argv
    args = [a for a in argv if a != "--all"]
    if len(args) < 2:
        sys.exit("usage: town_word_counts.py [--all] NAMES.tsv CORPUS.jsonl...")
    names = []
    with open(args[0], encoding="utf-8") as f:
        for i, line in enumerate(f):
            if line.startswith("#") or not line.strip():
                continue
            name = line.rstrip("\n").split("\t")[0]
            if i == 0 and name == "name":
                continue
            names.append(" ".join(normalize(name).split()))
    names = sorted(set(n for n in names if n))
    cues = {normalize(c) for c in CUES}
    naming = {normalize(c) for c in NAMING_CUES}

    # First-word surface form -> [(name words, has proclitic)]
    index = collections.defaultdict(list)
    for n in names:
        words = n.split()
        for form, clitic in first_word_forms(words[0]).items():
            index[form].append((n, words, clitic))

    total = collections.Counter()
    cued = collections.Counter()
    named = collections.Counter()
    docs = 0
    for path in args[1:]:
        with open(path, encoding="utf-8") as f:
            for line in f:
                try:
                    text = json.loads(line).get("text") or ""
                except ValueError:
                    continue
                docs += 1
                toks = WORD.findall(normalize(text))
                for i, t in enumerate(toks):
                    for n, words, clitic in index.get(t, ()):
                        if toks[i + 1:i + len(words)] != words[1:]:
                            continue
                        total[n] += 1
                        if not clitic and i > 0 and toks[i - 1] in cues:
                            cued[n] += 1
                            if toks[i - 1] in naming:
                                named[n] += 1

    def common(n):
        return total[n] >= MIN_WORDS and (named[n] == 0 or named[n] < MIN_NAMED_SHARE * total[n])

    def share(c, n):
        return f"{c[n] / total[n]:.3f}" if total[n] else "0"

    out = sys.stdout
    if show_all:
        out.write("name\twords\tcued\tnamed\tcued_share\tnamed_share\tkeep\n")
        for n in sorted(names, key=lambda n: (-total[n], n)):
            out.write(f"{n}\t{total[n]}\t{cued[n]}\t{named[n]}\t{share(cued, n)}\t"
                      f"{share(named, n)}\t{'no' if common(n) else 'yes'}\n")
    else:
        dropped = sorted((n for n in names if common(n)), key=lambda n: (-total[n], n))
        out.write("# Town names left out of towns.tsv as common words: written by\n"
                  "# tools/town_word_counts.py (see data/README.md), do not edit by hand.\n"
                  "# The names come from the Countries States Cities Database by Darshan Gada "
                  "(dr5hn),\n# licensed under ODbL 1.0; this list is offered under ODbL 1.0 "
                  "too (see README.md).\n"
                  f"# Rule: at least {MIN_WORDS} occurrences as a word in {docs} unlabelled news\n"
                  f"# articles, and under {MIN_NAMED_SHARE:.0%} of them (or none) right after a "
                  "naming cue\n"
                  f"# ({'، '.join(NAMING_CUES)}).\n"
                  "# words: occurrences; cued: after any place cue (also في، من، إلى); named: "
                  "after a naming cue.\n"
                  "name\twords\tcued\tnamed\tnamed_share\n")
        for n in dropped:
            out.write(f"{n}\t{total[n]}\t{cued[n]}\t{named[n]}\t{share(named, n)}\n")
    kept = sum(1 for n in names if not common(n))
    print(f"{len(names)} names, {docs} articles: {len(names) - kept} common words, {kept} kept "
          f"({sum(1 for n in names if total[n] == 0)} never seen)", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
