#!/usr/bin/env python3
"""Helper for annotating events on permissively licensed Indonesian news sentences, whose annotations may train
committed model weights: idner-news-2k (MIT; ../shared/data/ner/idner-news-2k, parts train and dev) and NER-UI
(MIT/CC BY 4.0; ../shared/data/ner/nerui/nergithub.txt, part nerui).

  news_show.py show train|dev|nerui FROM TO   sentences FROM..TO (1-based, inclusive) as `ID<TAB>text`
  news_show.py check FILE.tsv             checks each row's id, sentence index (always 0) and first 3 words

Ids are `idner-<part>-NNNN` (NNNN the 1-based position of the sentence in <part>.txt) and `nerui-NNNN`, so a gold row names its
sentence without copying it (Warta.Corpora.NewsSentences reads the same ids). The text printed is the tokens
joined by spaces, as the corpus gives them; first_3_words are its first three tokens.
Run from the repository root.
"""
import os
import sys

from news_sentences import DATA, _token_file


def part_sentences(part):
    if part == 'nerui':
        path, sep = os.path.join(DATA, 'ner', 'nerui', 'nergithub.txt'), '\t'
    else:
        path, sep = os.path.join(DATA, 'ner', 'idner-news-2k', f'{part}.txt'), ' '
    if not os.path.exists(path):
        raise SystemExit(f'news_show: {path} not found (run from the repository root with ../shared beside it)')
    return list(_token_file(path, sep))


def sentence_id(part, n):
    return f'nerui-{n:04d}' if part == 'nerui' else f'idner-{part}-{n:04d}'


def parse_id(sid):
    """(part, n) of an id, or None."""
    parts = sid.split('-')
    if len(parts) == 2 and parts[0] == 'nerui' and parts[1].isdigit():
        return 'nerui', int(parts[1])
    if len(parts) == 3 and parts[0] == 'idner' and parts[1] in ('train', 'dev') and parts[2].isdigit():
        return parts[1], int(parts[2])
    return None


def show(part, first, last):
    sents = part_sentences(part)
    for n in range(first, min(last, len(sents)) + 1):
        print(f'{sentence_id(part, n)}\t{" ".join(sents[n - 1])}')


def check(path):
    cache, bad, rows = {}, 0, 0
    with open(path, encoding='utf-8') as f:
        for line_no, line in enumerate(f, 1):
            if line.startswith('#') or not line.strip():
                continue
            rows += 1
            cols = line.rstrip('\n').split('\t')
            problem = None
            if len(cols) != 6:
                problem = f'expected 6 columns, got {len(cols)}'
            else:
                parsed = parse_id(cols[0])
                if parsed is None:
                    problem = f'id {cols[0]!r} is not idner-train-NNNN, idner-dev-NNNN or nerui-NNNN'
                elif cols[1] != '0':
                    problem = 'sentence index must be 0 (one sentence per id)'
                else:
                    part, n = parsed
                    sents = cache.setdefault(part, part_sentences(part))
                    if not 1 <= n <= len(sents):
                        problem = f'{cols[0]}: no such sentence ({len(sents)} in {part})'
                    elif ' '.join(sents[n - 1][:3]) != cols[2]:
                        problem = f'first 3 words {cols[2]!r} != {" ".join(sents[n - 1][:3])!r}'
                    elif cols[3] != '-' and len(cols[3].split(';')) != len(cols[5].split(';')):
                        problem = 'one trigger per event expected'
                    elif cols[3] != '-':
                        text = ' '.join(sents[n - 1]).lower()
                        missing = [t for t in cols[5].split(';') if t.lower() not in text]
                        if missing:
                            problem = f'trigger(s) not in the sentence: {missing}'
            if problem:
                bad += 1
                print(f'{path}:{line_no}: {problem}')
    print(f'{rows} rows, {bad} bad')
    return bad


if __name__ == '__main__':
    if len(sys.argv) == 5 and sys.argv[1] == 'show':
        show(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif len(sys.argv) == 3 and sys.argv[1] == 'check':
        sys.exit(1 if check(sys.argv[2]) else 0)
    else:
        print(__doc__)
        sys.exit(2)
