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
    events = sources = targets = missing_src = missing_tgt = lost = 0
    causes = {}
    for sid, gold, actors, text in blocks(lines):
        found = set(actors)
        for item, src, tgt in parse_events(gold):
            events += 1
            miss = []
            if src and src != "-":
                sources += 1
                if src not in found:
                    missing_src += 1
                    miss.append("SRC " + src)
                    causes[cause(src, found)] = causes.get(cause(src, found), 0) + 1
            if tgt and tgt != "-":
                targets += 1
                if tgt not in found:
                    missing_tgt += 1
                    miss.append("TGT " + tgt)
                    causes[cause(tgt, found)] = causes.get(cause(tgt, found), 0) + 1
            if miss:
                lost += 1
                if not quiet:
                    print(f"{sid}\t{item}\tmissing {', '.join(miss)}\tfound {' '.join(actors) or '-'}\n    {text}")
    for c, n in sorted(causes.items(), key=lambda x: -x[1]):
        print(f"  missing codes, {c}: {n}")
    pct = lambda a, b: f"{a}/{b} = {a / b:.2f}" if b else "0/0"
    print(f"gold events {events}; with a missing actor {pct(lost, events)}; "
          f"sources missing {pct(missing_src, sources)}; targets missing {pct(missing_tgt, targets)}")


if __name__ == "__main__":
    main()
