#!/usr/bin/env python3
"""Generate the long ru/en corpus pair (corpora/long/) from the other ru/en pairs.

Deterministic, Python 3 standard library only.  Run from anywhere:

    python3 corpora/long/generate.py

It writes corpora/long/ru.txt, corpora/long/en.txt and corpora/long/gold.jsonl.

How it works
------------
The text is a sequence of "rounds".  Each round k = 0, 1, 2, ... repeats the ru/en pairs listed
in PAIRS (their ru.txt and en.txt with the exact paragraph and line layout, one pair after
another, separated by blank lines) and their gold beads.  Rounds are added until both sides have
at least MIN_SENTENCES sentences.

In round k, plain integers (digits not glued to other digits, letters or number punctuation, so
"7" in "7 октября"/"October 7" but not "7,5", "3.14", "10–12" or "130,000") are replaced in the
pairs listed in VARY by f(n, k), bead by bead, and only when the bead's source sentences contain
exactly the same multiset of plain integers as its English sentences (otherwise the bead is copied
unchanged, e.g. "130 тыс." / "130,000" or "15:00" / "3 p.m.").  So every number stays equal on both
sides of its bead, and gold.jsonl stays correct.  f(0 round) is the identity.  f keeps the Russian
agreement class of the number (…1 / …2-4 / other, 11-14 are "other") and English singular/plural,
so "41 ребёнок" stays grammatical:
  * 2 <= n <= 31: rotate within the numbers 2..28 of the same class (still a valid day of month);
  * 32..99: rotate the tens digit over 3..9;  100..999: rotate the hundreds digit over 1..9;
  * 1900..2100 (years): shift by 0, +1, +2, -1, -2, +3, -3 (cycling with k);
  * 1 and any other number: unchanged.
The varied values are not meant to be meaningful (a range may come out reversed); they are
consistent between the languages, which is what the alignment and checking tests need.
Number words (восемь / eight), dates written with words and names are never changed.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PAIRS = ["news-hostages", "news-economy", "literary-dialogue", "technical-manual", "interview", "merged-split"]
VARY = {"news-hostages", "news-economy", "interview", "merged-split"}
MIN_SENTENCES = 2000
INT_RE = re.compile(r"(?<![\w.,:/–-])\d+(?![\w]|[.,:/–-]\w)")
YEAR_SHIFT = [0, 1, 2, -1, -2, 3, -3]


def ru_class(n):
    if n % 10 == 1 and n % 100 != 11:
        return "one"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "few"
    return "many"


def vary(n, k):
    if k == 0:
        return n
    if 2 <= n <= 31:
        cands = [m for m in range(2, 29) if ru_class(m) == ru_class(n)]
        if n in cands:
            return cands[(cands.index(n) + k) % len(cands)]
        return cands[k % len(cands)]
    if 32 <= n <= 99:
        return ((n // 10 - 3 + k) % 7 + 3) * 10 + n % 10
    if 100 <= n <= 999:
        return ((n // 100 - 1 + k) % 9 + 1) * 100 + n % 100
    if 1900 <= n <= 2100:
        return n + YEAR_SHIFT[k % len(YEAR_SHIFT)]
    return n


def ints(sentences):
    return sorted(int(m.group()) for s in sentences for m in INT_RE.finditer(s))


def substitute(s, k):
    return INT_RE.sub(lambda m: str(vary(int(m.group()), k)), s)


def relayout(text, old, new):
    """Replace the sentences `old` (in order) in `text` by `new`, keeping the whitespace between."""
    out, pos = [], 0
    for o, n in zip(old, new):
        j = text.index(o, pos)
        out.append(text[pos:j])
        out.append(n)
        pos = j + len(o)
    out.append(text[pos:])
    return "".join(out).strip("\n")


def load(name):
    d = os.path.join(ROOT, name)
    ru = open(os.path.join(d, "ru.txt"), encoding="utf-8").read()
    en = open(os.path.join(d, "en.txt"), encoding="utf-8").read()
    gold = [json.loads(l) for l in open(os.path.join(d, "gold.jsonl"), encoding="utf-8") if l.strip()]
    return ru, en, gold


def main():
    pairs = [(name, *load(name)) for name in PAIRS]
    ru_parts, en_parts, gold_out = [], [], []
    n_src = n_tgt = 0
    k = 0
    while n_src < MIN_SENTENCES or n_tgt < MIN_SENTENCES:
        for name, ru, en, gold in pairs:
            beads = []
            for b in gold:
                if name in VARY and ints(b["src"]) == ints(b["tgt"]):
                    b = {"src": [substitute(s, k) for s in b["src"]], "tgt": [substitute(s, k) for s in b["tgt"]]}
                beads.append(b)
            old_src = [s for b in gold for s in b["src"]]
            old_tgt = [s for b in gold for s in b["tgt"]]
            ru_parts.append(relayout(ru, old_src, [s for b in beads for s in b["src"]]))
            en_parts.append(relayout(en, old_tgt, [s for b in beads for s in b["tgt"]]))
            gold_out.extend(beads)
            n_src += len(old_src)
            n_tgt += len(old_tgt)
        k += 1
    with open(os.path.join(HERE, "ru.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(ru_parts) + "\n")
    with open(os.path.join(HERE, "en.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(en_parts) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for b in gold_out:
            f.write(json.dumps(b, ensure_ascii=False) + "\n")
    print(f"{k} rounds, {n_src} ru / {n_tgt} en sentences, {len(gold_out)} beads")


if __name__ == "__main__":
    main()
