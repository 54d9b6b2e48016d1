#!/usr/bin/env python3
"""Helper for annotating eval/events/id-dev.tsv from IndoSum folds (never copies text into the repo).

  indosum_show.py find WORD [WORD...]   articles (not in eval/articles/annotated-dev.txt) whose sentences
                                         contain any of the words, with the matching sentence indices
  indosum_show.py show ARTICLE_ID        every non-empty sentence with its 0-based index
  indosum_show.py check FILE.tsv         checks each row's id, sentence index and first 3 words

Sentence indices count non-empty sentences in paragraph order, like Warta.Corpora.IndoSum.
Run from the repository root; the corpus is ../shared/data/news/indosum/dev.0[1-3].jsonl.
"""
import json, sys, glob, os

FOLDER = os.path.join('..', 'shared', 'data', 'news', 'indosum')


def records():
    """Every IndoSum article record (the parsed JSON line), first occurrence of each id."""
    seen = set()
    for path in sorted(glob.glob(os.path.join(FOLDER, '*.jsonl'))):
        with open(path, encoding='utf-8') as f:
            for line in f:
                if not line.strip():
                    continue
                d = json.loads(line)
                if d['id'] in seen:
                    continue
                seen.add(d['id'])
                yield d


def articles():
    for d in records():
        sents = []
        for para in d['paragraphs']:
            for s in para:
                toks = [t for t in s if t]
                if toks:
                    sents.append(toks)
        yield d['id'], d.get('category', ''), sents


def excluded():
    path = os.path.join('eval', 'articles', 'annotated-dev.txt')
    with open(path, encoding='utf-8') as f:
        return {l.strip() for l in f if l.strip() and not l.startswith('#')}


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    cmd = argv[1]
    if cmd == 'find':
        words = {w.lower() for w in argv[2:]}
        skip = excluded()
        for aid, cat, sents in articles():
            if aid in skip:
                continue
            hits = [i for i, s in enumerate(sents) if words & {t.lower() for t in s}]
            if hits:
                print(f'{aid}\t{cat}\t{len(sents)}\t{hits}')
    elif cmd == 'show':
        for aid, cat, sents in articles():
            if aid == argv[2]:
                print(f'# {aid} ({cat})')
                for i, s in enumerate(sents):
                    print(i, ' '.join(s))
    elif cmd == 'check':
        index = {aid: sents for aid, _, sents in articles()}
        skip = excluded()
        bad = 0
        with open(argv[2], encoding='utf-8') as f:
            for n, line in enumerate(f, 1):
                if line.startswith('#') or not line.strip():
                    continue
                cols = line.rstrip('\n').split('\t')
                aid, si, first = cols[0], int(cols[1]), cols[2]
                sents = index.get(aid)
                problem = None
                if sents is None:
                    problem = 'unknown article'
                elif aid in skip:
                    problem = 'article is in annotated-dev.txt'
                elif si >= len(sents):
                    problem = f'sentence {si} out of range ({len(sents)})'
                elif ' '.join(sents[si][:3]) != first:
                    problem = f'first words {" ".join(sents[si][:3])!r} != {first!r}'
                if problem:
                    bad += 1
                    print(f'line {n}: {aid} {si}: {problem}')
        print('bad rows:', bad)
        return 1 if bad else 0
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
