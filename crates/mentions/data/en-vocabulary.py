#!/usr/bin/env python3
"""Regenerates en-vocabulary.txt from the SCOWL word lists of Debian's wamerican-small
(size 35: common words) and wamerican (size 50, for proper nouns).

Keeps the lower-case ASCII words of three letters or more of the small list, marking with "*"
those that either list also has as a capitalised (proper-noun) entry (golden / Golden,
smith / Smith).
Usage: python3 en-vocabulary.py [SMALL [FULL]] > en-vocabulary.txt
"""
import sys

HEADER = """\
# English vocabulary: lower-case words of three letters or more of the SCOWL size-35 word
# list (Debian package wamerican-small 2020.12.07: common words). A trailing "*" marks a word
# that SCOWL (size 50) also has as a proper noun (golden / Golden, smith / Smith). A capitalised English word found here unmarked is ordinary vocabulary that a
# translation translates (Treasury, Godfather, Boot), not a name to transliterate; a marked
# one is vocabulary only next to such a word (Golden Boot, Red Devils). Regenerate with en-vocabulary.py; copyright and permission notices
# of the word lists: en-vocabulary.COPYRIGHT (SCOWL: Copyright 2000-2011 by Kevin Atkinson,
# with the notices of its sources):
#
#   Copyright 2000-2011 by Kevin Atkinson
#
#   Permission to use, copy, modify, distribute and sell these word lists, the associated
#   scripts, the output created from the scripts, and its documentation for any purpose is
#   hereby granted without fee, provided that the above copyright notice appears in all
#   copies and that both that copyright notice and this permission notice appear in
#   supporting documentation. Kevin Atkinson makes no representations about the
#   suitability of this array for any purpose. It is provided "as is" without express or
#   implied warranty.
"""


def main():
    small = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict/american-english-small"
    full = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/dict/american-english"
    words = open(small, encoding="utf-8").read().split("\n")
    proper = set(words) | set(open(full, encoding="utf-8").read().split("\n"))
    out = sorted(
        w + ("*" if (w[0].upper() + w[1:]) in proper else "")
        for w in words
        if w and w.isascii() and w.isalpha() and w.islower() and len(w) >= 3
    )
    sys.stdout.write(HEADER + "\n".join(out) + "\n")


if __name__ == "__main__":
    main()
