#!/usr/bin/env python3
"""List gold events whose source or target code is not among the actor codes Warta finds in the sentence.

Reads the output of `warta eval events --details` (stdin or a file) and prints, per gold event whose
source or target is missing, the side(s), the codes found and the sentence; then the counts.
Usage: warta eval events --split dev --details | python3 tools/actors/missing_gold_actors.py [--quiet]
"""
import re
import sys


def blocks(lines):
    """Yield (id, gold events, actor codes, text) for each annotated sentence with gold events."""
    head = None
    actors = []
    for line in lines:
        line = line.rstrip("\n")
        m = re.match(r"^  (\S+#\d+)\tgold (\S+)\tpred", line)
        if m:
            head = (m.group(1), m.group(2))
            actors = []
            continue
        s = line.strip()
        if s.startswith("actors in the sentence:"):
            actors = s[len("actors in the sentence:"):].split()
        elif s.startswith("text:") and head is not None:
            yield head[0], head[1], actors, s[len("text:"):].strip()
            head = None


def parse_events(gold):
    if gold in ("-", ""):
        return []
    out = []
    for item in gold.split(";"):
        item = item.split("!")[0]
        pair, _, _ = item.partition(":")
        src, _, tgt = pair.partition(">")
        out.append((item, src, tgt))
    return out


def cause(code, found):
    """A coarse, automatic cause of one missing code (reading the sentences groups them further)."""
    if not found:
        return "no actor in the sentence (pronoun, ellipsis, article-level)"
    if any(f[:3] == code[:3] for f in found):
        return "country found, other role"
    return "actor absent from a sentence that has others"


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    quiet = "--quiet" in sys.argv
    lines = open(args[0], encoding="utf-8") if args else sys.stdin
    events = lost = 0
    seen = {"SRC": 0, "TGT": 0}      # gold sources / targets with a code
    missing = {"SRC": 0, "TGT": 0}   # of those, not among the sentence's actor codes
    causes = {}
    for sid, gold, actors, text in blocks(lines):
        found = set(actors)
        for item, src, tgt in parse_events(gold):
            events += 1
            miss = []
            for role, code in (("SRC", src), ("TGT", tgt)):
                if not code or code == "-":
                    continue
                seen[role] += 1
                if code not in found:
                    missing[role] += 1
                    miss.append(f"{role} {code}")
                    causes[cause(code, found)] = causes.get(cause(code, found), 0) + 1
            if miss:
                lost += 1
                if not quiet:
                    print(f"{sid}\t{item}\tmissing {', '.join(miss)}\tfound {' '.join(actors) or '-'}\n    {text}")
    for c, n in sorted(causes.items(), key=lambda x: -x[1]):
        print(f"  missing codes, {c}: {n}")
    pct = lambda a, b: f"{a}/{b} = {a / b:.2f}" if b else "0/0"
    print(f"gold events {events}; with a missing actor {pct(lost, events)}; "
          f"sources missing {pct(missing['SRC'], seen['SRC'])}; targets missing {pct(missing['TGT'], seen['TGT'])}")


if __name__ == "__main__":
    main()
