#!/usr/bin/env python3
"""Where the Indonesian event coder loses gold events: for each gold event of an event gold file, is it
found (tp), found with the wrong target, found with the wrong source, or is its root missed — and then,
is the annotator's trigger word in the pattern dictionary at all?

  warta eval events --gold eval/events/id-fresh2.tsv --details > /tmp/details.txt
  python3 tools/eventgold/error_kinds.py /tmp/details.txt eval/events/id-fresh2.tsv [--list KIND]

Reads only Warta's --details output and the gold file (no article text). "In the dictionary" compares the
gold trigger (its first or second word) with the trigger forms of data/id/events/patterns-*.tsv as written
(active forms), or with a word a pattern form matched in the sentence (a "why:" note or a predicted trigger:
passive and affixed forms the engine derives, such as "dideportasi"). A missed gold trigger holding an evaluative word of
data/id/events/judgements.tsv (read by StatedJudgements, not by the pattern files) is counted apart, as "root missed,
judgement word": the coder knows the word, the speaker or the judged actor was not found.
"""
import argparse
import collections
import glob
import re
import sys


def parse(item):
    src, rest = item.split('>', 1)
    tgt, root = rest.split(':', 1)
    return src, tgt, root.split(':')[0][:2]


def dictionary_forms():
    forms = set()
    for path in glob.glob('data/id/events/patterns-*.tsv'):
        with open(path, encoding='utf-8') as f:
            for line in f:
                if line.startswith('#') or not line.strip():
                    continue
                cols = line.rstrip('\n').split('\t')
                if len(cols) > 2:
                    forms.update(t.lower() for t in cols[2].split('|'))
    return forms


def judgement_cues():
    """The evaluative words of data/id/events/judgements.tsv (read by StatedJudgements, not by the pattern files): a gold
    trigger holding one is a judgement the coder knows the word of, not a word missing from every dictionary."""
    cues = set()
    try:
        with open('data/id/events/judgements.tsv', encoding='utf-8') as f:
            for line in f:
                cols = line.rstrip('\n').split('\t')
                if not line.startswith('#') and len(cols) == 2 and cols[0] in (
                        'disapproval', 'disapproval-noun', 'approval', 'approval-noun'):
                    cues.update(w.lower() for w in cols[1].split('|') if w)
    except FileNotFoundError:
        pass
    return cues


def gold_rows(path):
    rows = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#'):
                continue
            cols = line.rstrip('\n').split('\t')
            if len(cols) < 6 or cols[3] == '-':
                continue
            # --details prints the id cut to 40 characters
            rows[(cols[0][:40], cols[1])] = list(zip(cols[3].split(';'), cols[5].split(';')))
    return rows


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('details')
    ap.add_argument('gold')
    ap.add_argument('--list', metavar='KIND', help='print the gold events of this kind with their sentence')
    a = ap.parse_args(argv[1:])
    forms, gold, cues = dictionary_forms(), gold_rows(a.gold), judgement_cues()
    kinds = collections.Counter()
    with open(a.details, encoding='utf-8') as f:
        lines = f.read().split('\n')
    for i, line in enumerate(lines):
        m = re.match(r'\s+(\S+)#(\d+)\tgold (\S+)\tpred (.*)', line)
        if not m:
            continue
        predicted = [parse(re.sub(r'\(.*?\)', '', p)) for p in m.group(4).split(';') if p != '-']
        # words a pattern form matched in this sentence (affixed forms too): the "why:" notes of --details and the
        # triggers of predicted events
        matched = {w.lower() for t in re.findall(r'\((.*?)\)', m.group(4)) for w in t.split(' ')}
        for k in range(i + 1, len(lines)):
            if re.match(r'\s+(\S+)#(\d+)\tgold ', lines[k]):
                break
            why = re.match(r'\s+why: (\S+)#\d+\t', lines[k])
            if why:
                matched.add(why.group(1).lower())
        for item, trigger in gold.get((m.group(1), m.group(2)), []):
            g = parse(item)
            words = trigger.lower().split(' ')
            if g in predicted:
                kind = 'tp'
            elif any(p[0] == g[0] and p[2] == g[2] for p in predicted):
                kind = 'target wrong'
            elif any(p[2] == g[2] for p in predicted):
                kind = 'source wrong'
            elif (trigger.lower() in forms or words[0] in forms or len(words) > 1 and words[1] in forms
                  or words[0] in matched or len(words) > 1 and words[1] in matched):
                kind = 'root missed, trigger in dictionary'
            elif any(re.search(r'(^|\W)' + re.escape(c) + r'($|\W)', trigger.lower()) for c in cues):
                kind = 'root missed, judgement word'
            else:
                kind = 'root missed, trigger not in dictionary'
            kinds[kind] += 1
            if a.list == kind:
                text = lines[i + 2].strip() if i + 2 < len(lines) else ''
                print(f'{item}\t{trigger}\tpred {m.group(4)[:80]}\t{text[6:160]}')
    total = sum(kinds.values())
    for kind, n in kinds.most_common():
        print(f'{kind:<40} {n:>4}  {n / total:6.1%}')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
