#!/usr/bin/env python3
"""Regenerates ru-vocabulary.txt and ru-vocabulary.bin from the Russian Hunspell dictionary of
Debian's hunspell-ru package (LibreOffice dictionaries, ru_RU by Alexander I. Lebedev; licence
in ru-vocabulary.COPYRIGHT).

ru-vocabulary.txt: the suffix rules, one a line: "> FLAG STRIP ADD CONDITION" ("0" for empty).
ru-vocabulary.bin: the stems, lower case with ё folded to е, as sorted 64-bit FNV-1a hashes of
their UTF-8 bytes with a bit mask of their flags (bit 0 = flag "A"), so the look-up needs no
start-up work: little-endian u32 count of ordinary stems, u32 count of capitalised stems
(proper nouns), then per group the sorted u64 hashes followed by their u32 masks.
Usage: python3 ru-vocabulary.py [DIC [AFF]]   (writes both files beside this script)
"""
import os
import struct
import sys

HEADER = """\
# Russian vocabulary: the suffix rules of the Russian Hunspell dictionary (Debian package
# hunspell-ru 1:7.5.0, LibreOffice dictionaries: ru_RU, Copyright 1997-2008 Alexander I.
# Lebedev; BSD-style licence with the notices in ru-vocabulary.COPYRIGHT). The stems are in
# ru-vocabulary.bin. Modified version: lower-cased, ё folded to е, continuation flags dropped,
# stems stored as hashes. A capitalised Russian word that these rules and stems yield is an
# ordinary word (Власти, Число, Представители), unless a capitalised stem (a proper noun:
# Россия, Иван) yields it. Regenerate with ru-vocabulary.py.
"""


def fold(s):
    return s.lower().replace("ё", "е")


def fnv1a(b):
    h = 0xCBF29CE484222325
    for x in b:
        h ^= x
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def main():
    dic = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/hunspell/ru_RU.dic"
    aff = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/hunspell/ru_RU.aff"
    here = os.path.dirname(os.path.abspath(__file__))
    rules = set()
    for line in open(aff, encoding="utf-8"):
        p = line.split()
        if len(p) >= 5 and p[0] == "SFX":
            rules.add((p[1], fold(p[2]), fold(p[3].split("/")[0]), fold(p[4])))
        elif p and p[0] == "PFX":
            sys.exit("prefix rules are not supported")
    groups = ({}, {})  # ordinary, proper: hash -> mask
    for line in open(dic, encoding="utf-8").read().split("\n")[1:]:
        if not line:
            continue
        word, _, flags = line.partition("/")
        mask = 0
        for f in flags:
            if not "A" <= f <= "Z":
                sys.exit(f"unexpected flag {f!r}")
            mask |= 1 << (ord(f) - ord("A"))
        g = groups[1 if word[:1].isupper() else 0]
        h = fnv1a(fold(word).encode("utf-8"))
        g[h] = g.get(h, 0) | mask
    with open(os.path.join(here, "ru-vocabulary.txt"), "w", encoding="utf-8") as out:
        out.write(HEADER)
        for flag, strip, add, cond in sorted(rules):
            out.write(f"> {flag} {strip} {add} {cond}\n")
    with open(os.path.join(here, "ru-vocabulary.bin"), "wb") as out:
        out.write(struct.pack("<II", len(groups[0]), len(groups[1])))
        for g in groups:
            keys = sorted(g)
            out.write(struct.pack(f"<{len(keys)}Q", *keys))
            out.write(struct.pack(f"<{len(keys)}I", *(g[k] for k in keys)))


if __name__ == "__main__":
    main()
