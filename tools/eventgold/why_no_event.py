#!/usr/bin/env python3
"""Why a gold event whose trigger the pattern dictionary knows gave no event: for each gold event of kind
"root missed, trigger in dictionary" (tools/eventgold/error_kinds.py), the step of the coder or the event stage
that rejected the pattern at the trigger word, from the "why:" lines `warta eval events --details` prints.

  warta eval events --gold eval/events/id-fresh2.tsv --details > /tmp/details.txt
  python3 tools/eventgold/why_no_event.py /tmp/details.txt eval/events/id-fresh2.tsv [more DETAILS GOLD pairs] [--list REASON]

A word can be rejected by several patterns at several steps; the reason counted is the one that got furthest
(a stage or argument step beats "object not matched", which beats a word-level filter). "coded otherwise" means
the word did give an event, with another root or other actors; "no note" means no pattern form matched the word
(an affixed form the dictionary lacks, or a pattern of several words that did not match as a whole).
"""
import argparse
import collections
import re
import sys

from error_kinds import dictionary_forms, gold_rows, parse

# how far a step got: later steps explain more than earlier ones
LATE = ('no source found', 'off-topic', 'statement', 'sentence filter', 'noun in the clause', 'only target')
EARLY = ('object not matched', 'excluded object')


def rank(reason):
    if reason.startswith(LATE):
        return 3
    if reason.startswith(EARLY):
        return 1
    if reason.startswith(('inside an actor', 'non-trigger', 'after a degree', 'adverb particle', 'object of an earlier')):
        return 0
    return 2


def blocks(lines):
    """(article#sentence, gold, pred, why notes) per sentence of the details."""
    current = None
    for line in lines:
        m = re.match(r'\s+(\S+)#(\d+)\tgold (\S+)\tpred (.*)', line)
        if m:
            if current:
                yield current
            current = [m.group(1), m.group(2), m.group(4), []]
        elif current and line.startswith('    why: '):
            form, reason = line[9:].split('\t', 1)
            current[3].append((form.rsplit('#', 1)[0], reason))
        elif current and line.startswith('    text: '):
            current.append(line[10:])
    if current:
        yield current


def explain(trigger, pred, notes):
    words = trigger.lower().split(' ')
    triggers = [t.lower() for t in re.findall(r'\((.*?)\)', pred)]
    if any(w in t.split(' ') for t in triggers for w in words[:2]):
        return 'coded otherwise (other root or actors)'
    mine = [r for f, r in notes if f in words[:2]]
    if not mine:
        return 'no note (form or multi-word pattern not matched)'
    return re.sub(r' \(\d+\)$', '', max(mine, key=rank))


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('pairs', nargs='+', help='DETAILS GOLD [DETAILS GOLD …]')
    ap.add_argument('--list', metavar='REASON', help='print the misses whose reason starts with this')
    a = ap.parse_args(argv[1:])
    if len(a.pairs) % 2:
        ap.error('give DETAILS and GOLD in pairs')
    forms = dictionary_forms()
    reasons = collections.Counter()
    for details, goldpath in zip(a.pairs[::2], a.pairs[1::2]):
        gold = gold_rows(goldpath)
        with open(details, encoding='utf-8') as f:
            lines = f.read().split('\n')
        for block in blocks(lines):
            art, sent, pred, notes = block[:4]
            text = block[4] if len(block) > 4 else ''
            predicted = [parse(re.sub(r'\(.*?\)', '', p)) for p in pred.split(';') if p != '-']
            for item, trigger in gold.get((art, sent), []):
                g = parse(item)
                words = trigger.lower().split(' ')
                if any(p[2] == g[2] for p in predicted):
                    continue
                if not (trigger.lower() in forms or words[0] in forms or len(words) > 1 and words[1] in forms):
                    continue
                reason = explain(trigger, pred, notes)
                reasons[reason] += 1
                if a.list and reason.startswith(a.list):
                    print(f'{item}\t{trigger}\tpred {pred[:70]}\t{text[:150]}')
    total = sum(reasons.values())
    for reason, n in reasons.most_common():
        print(f'{n:>4}  {n / total:6.1%}  {reason}')
    print(f'{total:>4}  misses with the trigger in the dictionary')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
