#!/usr/bin/env python3
"""Validate the corpora/ folders (Python 3 standard library only).

For every folder that has a gold.jsonl:
  * the source file (ru.txt, de.txt, ...) and en.txt exist, are UTF-8, use LF line ends,
    and end with a single newline;
  * every gold bead has the keys "src" and "tgt" (lists of strings, at least one non-empty);
  * the gold sentences of each side occur in their file in order and, together, cover all
    non-whitespace text of the file exactly once (only whitespace lies between them);
  * no sentence string starts or ends with whitespace or spans a blank line;
  * if en.mismatch.txt exists: expected.jsonl exists, each finding has a known kind, its "src"
    string occurs in the source file and its "tgt" string (unless null) occurs in
    en.mismatch.txt; en.mismatch.txt has the same number of paragraphs and lines as en.txt.
Exit status 0 when everything passes, 1 otherwise.  Usage: python3 corpora/validate.py
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
SRC_LANGS = ["ru", "de", "uk", "fr", "es"]
KINDS = {"number-mismatch", "number-missing", "date-mismatch", "name-mismatch", "name-missing"}


def read(path, errors):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{path}: not UTF-8 ({e})")
        return ""
    if "\r" in text:
        errors.append(f"{path}: contains CR characters (use LF)")
    if text.startswith("\ufeff"):
        errors.append(f"{path}: starts with a BOM")
    if not text.endswith("\n") or text.endswith("\n\n"):
        errors.append(f"{path}: must end with exactly one newline")
    return text


def check_cover(path, text, sentences, errors):
    pos = 0
    for i, s in enumerate(sentences):
        if not s or s != s.strip():
            errors.append(f"{path}: sentence {i} is empty or has outer whitespace: {s!r}")
        if "\n\n" in s:
            errors.append(f"{path}: sentence {i} spans a blank line: {s!r}")
        j = text.find(s, pos)
        if j < 0:
            errors.append(f"{path}: sentence {i} not found (in order) after offset {pos}: {s!r}")
            return
        gap = text[pos:j]
        if gap.strip():
            errors.append(f"{path}: text not covered before sentence {i}: {gap.strip()[:80]!r}")
            return
        pos = j + len(s)
    if text[pos:].strip():
        errors.append(f"{path}: text not covered at the end: {text[pos:].strip()[:80]!r}")


def validate(folder, errors):
    name = os.path.basename(folder)
    lang = next((l for l in SRC_LANGS if os.path.exists(os.path.join(folder, f"{l}.txt"))), None)
    if lang is None:
        errors.append(f"{name}: no source text file")
        return None
    for f in ("en.txt", "README.md"):
        if not os.path.exists(os.path.join(folder, f)):
            errors.append(f"{name}: missing {f}")
    src_path = os.path.join(folder, f"{lang}.txt")
    tgt_path = os.path.join(folder, "en.txt")
    src = read(src_path, errors)
    tgt = read(tgt_path, errors)
    beads = []
    for n, line in enumerate(open(os.path.join(folder, "gold.jsonl"), encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            b = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{name}/gold.jsonl:{n}: bad JSON ({e})")
            continue
        ok = (isinstance(b, dict) and set(b) == {"src", "tgt"}
              and all(isinstance(b[k], list) and all(isinstance(x, str) for x in b[k]) for k in ("src", "tgt"))
              and (b["src"] or b["tgt"]))
        if not ok:
            errors.append(f"{name}/gold.jsonl:{n}: bead must be {{\"src\": [...], \"tgt\": [...]}}, not both empty")
            continue
        beads.append(b)
    src_sents = [s for b in beads for s in b["src"]]
    tgt_sents = [s for b in beads for s in b["tgt"]]
    check_cover(src_path, src, src_sents, errors)
    check_cover(tgt_path, tgt, tgt_sents, errors)
    mm_path = os.path.join(folder, "en.mismatch.txt")
    n_exp = 0
    if os.path.exists(mm_path):
        mm = read(mm_path, errors)
        if mm.count("\n") != tgt.count("\n") or mm.count("\n\n") != tgt.count("\n\n"):
            errors.append(f"{name}: en.mismatch.txt has a different line/paragraph structure from en.txt")
        exp_path = os.path.join(folder, "expected.jsonl")
        if not os.path.exists(exp_path):
            errors.append(f"{name}: en.mismatch.txt without expected.jsonl")
        else:
            for n, line in enumerate(open(exp_path, encoding="utf-8"), 1):
                if not line.strip():
                    continue
                e = json.loads(line)
                n_exp += 1
                if set(e) != {"kind", "src", "tgt"} or e["kind"] not in KINDS:
                    errors.append(f"{name}/expected.jsonl:{n}: bad finding {e}")
                    continue
                if not isinstance(e["src"], str) or e["src"] not in src:
                    errors.append(f"{name}/expected.jsonl:{n}: src {e['src']!r} not in {lang}.txt")
                if e["kind"].endswith("-missing"):
                    if e["tgt"] is not None:
                        errors.append(f"{name}/expected.jsonl:{n}: tgt must be null for {e['kind']}")
                elif not isinstance(e["tgt"], str) or e["tgt"] not in mm:
                    errors.append(f"{name}/expected.jsonl:{n}: tgt {e['tgt']!r} not in en.mismatch.txt")
    kinds = {}
    for b in beads:
        k = f"{len(b['src'])}-{len(b['tgt'])}"
        kinds[k] = kinds.get(k, 0) + 1
    return name, lang, len(src_sents), len(tgt_sents), kinds, n_exp


def main():
    errors = []
    rows = []
    for d in sorted(os.listdir(ROOT)):
        folder = os.path.join(ROOT, d)
        if os.path.isdir(folder) and os.path.exists(os.path.join(folder, "gold.jsonl")):
            r = validate(folder, errors)
            if r:
                rows.append(r)
    for name, lang, ns, nt, kinds, n_exp in rows:
        ks = ", ".join(f"{k}:{v}" for k, v in sorted(kinds.items()))
        print(f"{name:20} {lang}/en  {ns:5} / {nt:5} sentences  beads {ks}  expected findings {n_exp}")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    if not rows:
        print("ERROR no corpus folders found", file=sys.stderr)
        return 1
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
