"""Indonesian news sentences from outside IndoSum, for mining trigger forms by frequency on text that no
event gold set was drawn from (mine_triggers.py --source corpora).

Reads, under ../shared/data (never copied into the repository; the miner prints only short contexts):
  ner/idner-news-2k/{train,dev}.txt   news NER sentences, 'TOKEN UPOS TAG' (MIT)
  ner/nerui/nergithub.txt             news NER sentences, 'TOKEN<TAB>TAG' (CC BY 4.0)
  ud/csui, ud/gsd *.conllu            UD Indonesian treebanks, news and web text (CC BY-SA 4.0)
NERGrit is left out: its sentences are Wikipedia-style, not news.
"""
import glob
import os

DATA = os.path.join('..', 'shared', 'data')
TOKEN_FILES = [  # (path under DATA, column separator); the token is the first column, blank lines end sentences
    (os.path.join('ner', 'idner-news-2k', 'train.txt'), ' '),
    (os.path.join('ner', 'idner-news-2k', 'dev.txt'), ' '),
    (os.path.join('ner', 'nerui', 'nergithub.txt'), '\t'),
]


def _token_file(path, sep):
    sent = []
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip():
                if sent:
                    yield sent
                sent = []
                continue
            sent.append(line.split(sep)[0])
    if sent:
        yield sent


def _conllu(path):
    sent = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#'):
                continue
            if not line.strip():
                if sent:
                    yield sent
                sent = []
                continue
            cols = line.split('\t')
            if '-' in cols[0] or '.' in cols[0]:  # multiword-token ranges and empty nodes
                continue
            sent.append(cols[1])
    if sent:
        yield sent


def sentences(data=DATA):
    """Yields (source name, tokens) for every sentence; a missing corpus is a clear error."""
    conllu = sorted(glob.glob(os.path.join(data, 'ud', '*', '*.conllu')))
    missing = [p for p, _ in TOKEN_FILES if not os.path.exists(os.path.join(data, p))]
    if missing or not conllu:
        raise SystemExit(f'news_sentences: corpora missing under {data}: {missing or "ud/*/*.conllu"} '
                         '(run from the repository root with ../shared beside it)')
    for rel, sep in TOKEN_FILES:
        for sent in _token_file(os.path.join(data, rel), sep):
            yield rel, sent
    for path in conllu:
        for sent in _conllu(path):
            yield os.path.relpath(path, data), sent


def articles():
    """The sentences in the (id, category, sentences) shape of IndoSum articles, one sentence per 'article' so
    that the miner's article counts are sentence counts; all count as news."""
    for n, (source, sent) in enumerate(sentences()):
        yield f'{source}#{n}', 'tajuk utama', [sent]
