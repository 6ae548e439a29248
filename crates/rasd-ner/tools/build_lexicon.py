#!/usr/bin/env python3
"""Build data/lexicon.tsv (name<TAB>class) for the rasd-ner LEXICON features (flag 256).

Usage (from the repository root):
    python3 crates/rasd-ner/tools/build_lexicon.py [--only CLASS,CLASS…] \
        /work/shared/data > crates/rasd-ner/data/lexicon.tsv

Sources (attribution in data/README.md):
- dr5hn Countries States Cities database, cities.tsv.gz (ODbL 1.0): Arabic city names in
  population bands CITY1 (≥ 100k people or a capital), CITY2 (10k–100k), CITY3 (< 10k),
  CITY0 (no population given). Many small-town names are machine transliterations or
  ordinary words, hence the bands: the tagger learns how far to trust each.
- UniversalPetrarch Arabic actor dictionary actor_dict_ar_v4.txt (MIT, Open Event Data
  Alliance): entries are lemmatised names joined by '_' with CAMEO codes. They become
  DPERS (personal names of two or more words, leading titles and nationality adjectives
  removed), DPERS1 (one-word person names: «السنيورة»), DORG (entries headed by an
  organisation noun, or coded IGO/party/media/business with a non-generic head),
  DLOC (entries coded with a country only) and AGENT (generic role nouns: «وزير»,
  «قوة أمن»), plus the agent nouns of agents.all.ar.txt as AGENT.
- Name parts derived from DPERS: GIVEN (the first name, «عبد X»/«أبو X» kept whole) and
  SURNAME (the last word). These rows are single words, looked up per token.

By default only the classes that helped on the honest dev split are written (KEPT below);
`--only all` writes every class, `--only CLASS,CLASS…` the listed ones (for ablations). Names are written as found (underscores
turned to spaces); the loader normalises and clitic-strips every word.
"""
import csv
import gzip
import io
import os
import re
import sys

ARABIC = re.compile("[\u0600-\u06ff]")

# Heads of organisation names (lemmatised, as the dictionary writes them).
ORG_HEADS = set("""
حركة منظمة حزب وزارة جيش مجلس اتحاد جامعة وكالة بنك مصرف شركة جبهة هيئة لجنة مؤسسة صحيفة
قناة محكمة جمعية تيار كتائب كتيبة لواء فيلق مكتب مركز نقابة رابطة تنظيم جماعة ائتلاف
برلمان ديوان إذاعة تلفزيون صندوق مفوضية سفارة قيادة جهاز مديرية معهد أكاديمية نادي
إتحاد منتدى كتلة تجمع سرايا فيلق بعثة محطة مجموعة
""".split())
# Titles and role words that precede names in the dictionary.
TITLES = set("""
رئيس رئيسة وزير وزيرة ملك ملكة أمير أميرة شيخ شيخة جنرال لواء عميد عقيد مقدم رائد نقيب
ملازم عريف سيد سيدة دكتور نائب أمين عام سابق مستشار سفير سفيرة قائد زعيم مرشد إمام
مفتي قاضي محافظ عمدة ممثل مبعوث مدير ناطق متحدث رسمي أعلى أول ثاني وكيل مساعد عضو
رجل دين عاهل ولي عهد بابا حاكم ركن طيار فريق مشير أركان سلطان خليفة آية حجة إسلام
مرجع نجل ابن زوجة أرملة شقيق جمهورية حكومة دولة وزراء خارجية دفاع داخلية مال
""".split())
NAME_PARTICLES = {"عبد", "أبو", "ابو", "بن", "ابن", "بنت", "آل", "ال"}
# Function words that some sources list as names (transliterations, mis-split entries).
STOPWORDS = set("""
إلى الى الي على علي عن من في أن ان إن لا لم لن أو او كان يوم هو هي أما اما بان دون مثل الآن الان
عليه ولا تكون أثر اثر الذي التي الذين ما ماذا هذا هذه ذلك تلك قد ثم حتى بين بعد قبل عند مع
كل غير أي اي إذا اذا لدى لدي لكن أيضا ايضا جديد بيان دعوة إطار اطار جاري اسم تقدم تغيير خمس
""".split())
GENERIC_ONLY = set("GOV MIL IGO MED BUS COP JUD REB OPP CVL ELI PTY SPY LEG EDU HLH REF NGO LAB AGR CRM UAF MNC IMG RAD INS SEP".split())
ORG_SECTORS = {"IGO", "PTY", "MED", "BUS", "NGO", "MNC", "IMG", "REB", "SPY", "EDU"}


def arabic(name):
    return len(name) >= 2 and ARABIC.search(name)


def strip_al(w):
    return w[2:] if w.startswith("ال") and len(w) >= 5 else w


def clean_words(name):
    return [w for w in name.replace("\u0670", "").split("_") if w.strip()]


def read_actors(path, iso3):
    """(words, codes) for every actor entry."""
    ents, cur = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line[0] in " \t" and line.strip().startswith("["):
                if cur is not None:
                    cur[1].extend(re.findall(r"\[([^\]\s]*)", line))
                continue
            m = re.match(r"\s*([^\[\t#]+?)\s*(\[.*)?$", line)
            if not m:
                continue
            cur = (clean_words(m.group(1).strip()), re.findall(r"\[([^\]\s]*)", m.group(2) or ""))
            ents.append(cur)
    out = []
    for words, codes in ents:
        countries, sectors = set(), set()
        for c in codes:
            c = c.lstrip("~>").upper()
            if c[:3] in iso3 or c[:3] == "000":
                countries.add(c[:3])
                c = c[3:]
            for i in range(0, len(c) - 2, 3):
                sectors.add(c[i:i + 3])
        out.append((words, countries, sectors))
    return out


def classify(words, countries, sectors, nationality, generic=frozenset(), places=frozenset()):
    """Class of a dictionary entry, with the name words to write (None: skip)."""
    if not words or not all(arabic(w) or len(w) == 1 for w in words):
        return None
    head = words[0]
    if head in ORG_HEADS and len(words) >= 2:
        return "DORG", words
    if countries and not sectors:
        if len(words) == 1 and head in nationality:
            return None
        return "DLOC", words
    if len(words) == 1:
        if head in TITLES or head in ORG_HEADS or head in generic or not countries:
            return "AGENT", words
        if strip_al(head) in places or head.endswith("ي") and head in nationality:
            return ("DLOC", words) if strip_al(head) in places else None
        if sectors & ORG_SECTORS and not sectors & {"GOV", "ELI", "LEG", "JUD"}:
            return "DORG", words
        return "DPERS1", words
    # Drop leading titles and adjectives: «رئيس مصري محمد انور سادات» → «محمد انور سادات».
    i = 0
    while i < len(words) and words[i] not in NAME_PARTICLES and (words[i] in TITLES or words[i] in nationality or words[i] in generic
                              or len(words[i]) == 1):
        i += 1
    rest = words[i:]
    if any(w not in NAME_PARTICLES and (w in ORG_HEADS or w in TITLES or w in generic) or w in nationality or len(w) == 1 for w in rest):
        return "AGENT", words
    if len(rest) >= 2:
        return "DPERS", rest
    if len(rest) == 1 and i > 0:
        if strip_al(rest[0]) in places or rest[0] in generic:
            return None
        return "DPERS1", rest
    return "AGENT", words


def given_and_surname(words):
    if len(words) < 2:
        return None, None
    if words[0] in ("عبد", "أبو", "ابو") and len(words) >= 3:
        given = words[0] + " " + words[1]
    else:
        given = words[0]
    return given, words[-1]


# Classes kept in data/lexicon.tsv (dev figures in data/README.md): small-town bands CITY0,
# CITY2, CITY3 and the actor dictionary's country-coded places DLOC
# did not help.
KEPT = {"CITY1", "DPERS", "DPERS1", "DORG", "GIVEN", "SURNAME", "AGENT"}


def main(argv):
    only = KEPT
    if len(argv) > 1 and argv[1] == "--only":
        only = None if argv[2] == "all" else set(argv[2].split(","))
        argv = argv[:1] + argv[3:]
    root = argv[1] if len(argv) > 1 else "/work/shared/data"
    geo = os.path.join(root, "geo/dr5hn_csc")
    pet = os.path.join(root, "events/universalpetrarch-arabic-gsr/dictionaries")
    rows, seen = [], set()

    def add(name, cls):
        name = " ".join(name.split())
        if not arabic(name) or (only is not None and cls not in only):
            return
        if name in STOPWORDS or strip_al(name) in STOPWORDS:
            return
        if (name, cls) not in seen:
            seen.add((name, cls))
            rows.append(f"{name}\t{cls}")

    iso3 = set()
    nationality = set()
    with open(os.path.join(geo, "countries.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            iso3.add(row["iso3"])
    iso3 |= {"INT", "MNE", "KSV"}
    actors = read_actors(os.path.join(pet, "actor_dict_ar_v4.txt"), iso3)
    # Nationality adjectives: one-word country-coded entries ending in ي.
    for words, countries, sectors in actors:
        if len(words) == 1 and countries and not sectors and words[0].endswith("ي"):
            nationality.add(words[0])
    # Nisba adjectives of places: مصري (مصر), كولومبي (كولومبيا), الاثيوبية.
    places = set()
    with open(os.path.join(geo, "countries.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            places.add(strip_al(row["name_ar"]))
    for words, countries, sectors in actors:
        if countries and not sectors and len(words) == 1:
            places.add(strip_al(words[0]))
    for words, _, _ in actors:
        for w in words:
            b = strip_al(w)
            for suf in ("ي", "ية", "يون", "يين", "يه"):
                if b.endswith(suf) and (b[: -len(suf)] in places or b[: -len(suf)] + "ا" in places
                                        or b[: -len(suf)] + "يا" in places):
                    nationality.add(w)
    # Generic words: those of the agent nouns and of entries coded with a sector only.
    generic = set()
    with open(os.path.join(pet, "agents.all.ar.txt"), encoding="utf-8") as f:
        for line in f:
            m = re.search(r"\[~?[A-Z]+\]\s*([^#\[]*)", line)
            if m:
                generic |= {strip_al(w) for w in m.group(1).split()} | set(m.group(1).split())
    for words, countries, sectors in actors:
        if sectors and not countries:
            generic |= set(words)
    persons = []
    for words, countries, sectors in actors:
        got = classify(words, countries, sectors, nationality, generic, places)
        if got is None:
            continue
        cls, ws = got
        add(" ".join(ws), cls)
        if cls == "DPERS":
            persons.append(ws)
    for ws in persons:
        given, surname = given_and_surname(ws)
        bad = TITLES | NAME_PARTICLES | generic | nationality
        if given and given not in bad and len(given) >= 3:
            add(given, "GIVEN")
        if surname and surname not in bad and strip_al(surname) not in places and len(surname) >= 3:
            add(surname, "SURNAME")
    with open(os.path.join(pet, "agents.all.ar.txt"), encoding="utf-8") as f:
        for line in f:
            m = re.search(r"\[~?[A-Z]+\]\s*([^#\[]*)", line)
            if m and m.group(1).strip():
                add(m.group(1).strip(), "AGENT")
    with gzip.open(os.path.join(geo, "cities.tsv.gz"), "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            name = (row.get("name_ar") or "").strip()
            pop = (row.get("population") or "").strip()
            if row.get("type") == "capital":
                cls = "CITY1"
            elif not pop.isdigit() or int(pop) == 0:
                cls = "CITY0"
            else:
                p = int(pop)
                cls = "CITY1" if p >= 100_000 else "CITY2" if p >= 10_000 else "CITY3"
            add(name, cls)
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n")
    out.write(
        "# Names for rasd-ner LEXICON features: name<TAB>class. Built by tools/build_lexicon.py.\n"
        "# Cities: Countries States Cities Database by Darshan Gada (dr5hn), ODbL 1.0.\n"
        "# Persons, organisations, places, agents: UniversalPetrarch Arabic dictionaries,\n"
        "# (c) 2016 Open Event Data Alliance, MIT licence.\n"
    )
    out.write("\n".join(rows) + "\n")
    out.flush()


if __name__ == "__main__":
    main(sys.argv)
