#!/usr/bin/env python3
"""Checks an English event gold file (en-dev.tsv format) and prints its event counts by root.

Usage: check_en_gold.py eval/events/en-dev2.tsv [ID_REGEX] [--overlap OTHER.tsv ...]

Checks, per row: 5 columns, id matching ID_REGEX (default ^en-d2-\\d{3}$) and unique, text ends with a
full stop, the marked column minus its [mention|CODE] marks equals the text, every event item is
SRC>TGT:ROOT[:CODE][!neg] with a code listed in ../shared/data/events/cameo-goldstein.tsv under that
root, every event actor is marked, one trigger per event and each trigger occurs in the text.
--overlap prints, for each row, the largest share of its content words found in one row of the other
files (to see that no row copies or paraphrases them). Exit code 1 on any error.
"""
import re
import sys
from collections import Counter
from pathlib import Path

ITEM = re.compile(r"^(?P<src>[A-Z]{3,})>(?P<tgt>[A-Z]{3,}|-):(?P<root>0[1-9]|1[0-9]|20)(:(?P<code>\d{3,4}))?(?P<neg>!neg)?$")
MARK = re.compile(r"\[([^\]|]+)\|([A-Z]+)\]")
STOP = set("the a an of in on at to for and or by with from that this its his her their was were is are has had have be been "
           "said says after over as it he she they on into more than which who".split())


def rows(path):
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line and not line.startswith("#"):
            yield n, line.split("\t")


def content_words(text):
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in STOP and len(w) > 2}


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    others = argv[argv.index("--overlap") + 1:] if "--overlap" in argv else []
    args = [a for a in args if a not in others]
    path = args[0]
    id_regex = re.compile(args[1] if len(args) > 1 else r"^en-d2-\d{3}$")
    repo = Path(__file__).resolve().parents[2]
    codes = {l.split("\t")[0] for l in (repo.parent / "shared/data/events/cameo-goldstein.tsv").read_text().splitlines()
             if l and not l.startswith("#")}
    errors, ids, roots, codes_used = [], set(), Counter(), Counter()
    no_event = neg = multi = 0
    for n, cols in rows(path):
        def err(msg):
            errors.append(f"{path}:{n}: {msg}")
        if len(cols) != 5:
            err(f"expected 5 columns, got {len(cols)}")
            continue
        rid, text, events, triggers, marked = cols
        if not id_regex.match(rid) or rid in ids:
            err(f"bad or duplicate id {rid}")
        ids.add(rid)
        if not text.endswith("."):
            err("text does not end with a full stop")
        if MARK.sub(r"\1", marked) != text:
            err("marked column minus marks differs from the text")
        actors = {m.group(2) for m in MARK.finditer(marked)}
        if events == "-":
            no_event += 1
            if triggers != "-":
                err("no event but triggers given")
            continue
        items, trigs = events.split(";"), triggers.split(";")
        if len(items) != len(trigs):
            err(f"{len(items)} events but {len(trigs)} triggers")
        if len(items) > 1:
            multi += 1
        if len(set(items)) != len(items):
            err("repeated event item")
        for item in items:
            m = ITEM.match(item)
            if not m:
                err(f"bad event item {item}")
                continue
            root, code = m["root"], m["code"]
            if root not in codes or (code and (code not in codes or not code.startswith(root))):
                err(f"unknown code in {item}")
            for actor in (m["src"], m["tgt"]):
                if actor != "-" and actor not in actors:
                    err(f"actor {actor} of {item} not marked")
            roots[root] += 1
            codes_used[code or root] += 1
            neg += bool(m["neg"])
        for t in trigs:
            if t not in text:
                err(f"trigger '{t}' not in the text")
    total = len(ids)
    print(f"{path}: {total} rows, {total - no_event} with events ({sum(roots.values())} events, {neg} !neg, "
          f"{multi} rows with 2+ events), {no_event} without")
    print("events by root: " + " ".join(f"{r}:{roots[r]}" for r in sorted(roots)))
    print(f"root-only items: {sum(c for k, c in codes_used.items() if len(k) == 2)}")
    if others:
        other_rows = [(o, cols[0], content_words(cols[1])) for o in others for _, cols in rows(o) if len(cols) > 1]
        worst = []
        for _, cols in rows(path):
            words = content_words(cols[1])
            best = max(((len(words & w) / max(1, len(words)), oid) for _, oid, w in other_rows), default=(0, ""))
            worst.append((best[0], cols[0], best[1]))
        worst.sort(reverse=True)
        print("largest content-word overlap with the other files: " +
              ", ".join(f"{rid}~{oid} {share:.0%}" for share, rid, oid in worst[:5]))
    for e in errors:
        print(e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
