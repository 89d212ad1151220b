#!/usr/bin/env python3
"""Writes the generated benchmark corpus: articles in English and Arabic built from
bench/templates.tsv, the bundled gazetteer's names (in both scripts) and actor names, with a
fixed seed so every run measures the same text.

Usage: make-corpus.py OUT_DIR [ARTICLES] [--dated]    (default 1500 articles)

--dated writes Markdown with a publication date in its front matter: the articles span
2012-01-01 to 2024-12-31 in the order of their numbers, each up to three days off that order
(news from several outlets reaches the store out of order), so a store built from them has a
history to ask `snapshot --at` about.
"""
import datetime
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARABIC = re.compile(r"[\u0600-\u06FF]")


def load_names():
    latin, arabic = [], []
    # The Syrian and Iraqi towns of 500 people and more (the GeoNames "cities500" cut).
    with open(os.path.join(ROOT, "gazetteer", "geonames-sy-iq.txt"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 15 or cols[8] not in ("SY", "IQ") or cols[6] != "P" or int(cols[14] or 0) < 500:
                continue
            latin.append(cols[1])
            ar = [a for a in cols[3].split(",") if ARABIC.search(a) and " " not in a.strip()]
            if ar:
                arabic.append(ar[0].strip())
    return sorted(set(latin)), sorted(set(arabic))


def main():
    args = [a for a in sys.argv[1:] if a != "--dated"]
    dated = "--dated" in sys.argv
    out = args[0]
    count = int(args[1]) if len(args) > 1 else 1500
    rng = random.Random(20171017)
    dates = random.Random(20120101)
    first, last = datetime.date(2012, 1, 1), datetime.date(2024, 12, 31)
    span = (last - first).days
    templates = {"en": [], "ar": []}
    with open(os.path.join(ROOT, "bench", "templates.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            lang, text = line.rstrip("\n").split("\t", 1)
            templates[lang].append(text)
    actors = {"en": ["The Syrian army", "Islamic State", "The SDF", "Rebels", "Iraqi forces", "The Peshmerga", "Turkish-backed factions"],
              "ar": ["الجيش السوري", "تنظيم داعش", "قوات سوريا الديمقراطية", "فصائل المعارضة", "القوات العراقية", "البيشمركة"]}
    latin, arabic = load_names()
    names = {"en": latin, "ar": arabic}
    os.makedirs(out, exist_ok=True)
    for i in range(count):
        lang = "ar" if i % 3 == 0 else "en"
        sentences = []
        for _ in range(rng.randint(6, 14)):
            t = rng.choice(templates[lang])
            a, b = rng.sample(actors[lang], 2)
            sentences.append(t.format(place=rng.choice(names[lang]), place2=rng.choice(names[lang]), actor=a, actor2=b,
                                      n=rng.randint(2, 95), tag="bench-%05d" % i))
        title = sentences[0].split("،")[0].split(",")[0]
        if dated:
            day = first + datetime.timedelta(days=min(span, max(0, span * i // max(1, count - 1) + dates.randint(-3, 3))))
            with open(os.path.join(out, "gen-%06d.md" % i), "w", encoding="utf-8") as f:
                f.write("---\ntitle: %s\ndate: %s\n---\n%s\n" % (title.replace("\n", " "), day.isoformat(), " ".join(sentences)))
            continue
        with open(os.path.join(out, "gen-%05d.txt" % i), "w", encoding="utf-8") as f:
            f.write(title + "\n\n" + " ".join(sentences) + "\n")
    print(out)


if __name__ == "__main__":
    main()
