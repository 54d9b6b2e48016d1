#!/usr/bin/env python3
"""Mine candidate Indonesian event triggers from IndoSum dev-split articles, by frequency.

  mine_triggers.py [--source indosum|corpora] [--contexts FORM...] [--top N] [--examples K] [--all] [--min-count C] [--summary] [--patterns DIR]
                   [--check FORM...] [--export DIR] [--fired JSONL]

Counts word forms that look like event triggers (meN-/di-/ber-/ter-/memper-/diper- verbs, peN-/per-/ke-…-an
nouns) and light-verb phrases (melakukan X, memberikan X, menjatuhkan X, …) in sentences of 'tajuk utama'
(news) articles that contain a capitalised name, then marks which forms the pattern files already cover
(data/id/events/patterns*.tsv, trigger columns split on '|', with the di-/ter- passives the engine derives
from a meN- trigger, see src/Warta.Events/Language/IndonesianMorphology.cs). Prints the most frequent
UNCOVERED forms with counts, the count in sports/entertainment articles (a warning of other senses) and
short example contexts.

Articles used: IndoSum ../shared/data/news/indosum/dev.0[1-3].jsonl whose split is dev. Excluded, never
read: held-out test articles (zlib.crc32(id) % 5 == 0), and every article listed in eval/events/id-*.tsv
(id-dev and the fresh samples) or eval/articles/annotated-dev.txt (so the patterns are not fitted to the gold
sentences either).
Run from the repository root. The output quotes corpus text: keep it out of the repository.

--source corpora mines news sentences outside IndoSum instead (UD Indonesian csui/gsd, idner-news-2k, nerui:
tools/eventgold/news_sentences.py), a second frequency list that no event gold set was drawn from.

--contexts FORM... prints uses of the forms (unseen dev-split articles of every category, then the corpora) to
judge a candidate's usual sense before adding it; decisions go to reviewed-forms.tsv.

--summary prints only how many of the top-N candidate forms (covered or not) are covered. Forms listed in
tools/eventgold/reviewed-forms.tsv (judged: not an event, or left out with a reason) are hidden from the list.
"""
import argparse
import collections
import glob
import json
import os
import re
import zlib

import indosum_show  # the corpus reader shared with the annotation helper (same folder)
import news_sentences  # news sentences outside IndoSum (--source corpora)

PATTERNS = os.path.join('data', 'id', 'events')
NEWS = {'tajuk utama'}
OTHER = {'olahraga', 'showbiz', 'hiburan', 'teknologi'}
CLITICS = ('nya', 'lah', 'pun', 'kah')
# Light verbs whose object names the event (grammar.tsv 'light-verb' plus frequent news ones).
EXTRA_LIGHT = {'menjatuhkan', 'menggelar', 'melayangkan', 'melontarkan', 'mengajukan', 'mengambil',
               'menempuh', 'mengeluarkan', 'menerbitkan', 'memberikan', 'memberi', 'melakukan', 'menyatakan',
               'menerima', 'mendapat', 'mendapatkan', 'menjalani', 'mengalami', 'menyampaikan', 'meminta',
               'menolak', 'terlibat', 'menuntut', 'menyerahkan', 'mencabut', 'membuat', 'membawa'}


def is_test(article_id):
    return zlib.crc32(article_id.encode('utf-8')) % 5 == 0


def gold_articles():
    ids = set()
    path = os.path.join('eval', 'articles', 'annotated-dev.txt')
    with open(path, encoding='utf-8') as f:
        ids |= {l.strip() for l in f if l.strip() and not l.startswith('#')}
    # every Indonesian event gold file (id-dev and the fresh samples id-fresh*.tsv): only the article-id
    # column is read, so that mining never shows (and patterns are never fitted to) a fresh sample's articles
    for path in sorted(glob.glob(os.path.join('eval', 'events', 'id-*.tsv'))):
        with open(path, encoding='utf-8') as f:
            ids |= {l.split('\t', 1)[0] for l in f if l.strip() and not l.startswith('#')}
    return ids


def dev_articles():
    """Yields (id, category, sentences) of dev-split articles not used by any gold set."""
    skip = gold_articles()
    for aid, category, sents in indosum_show.articles():
        if not is_test(aid) and aid not in skip:
            yield aid, category, sents


# --- the engine's morphology (mirror of IndonesianMorphology.StemsOfActive) ---
def stems_of_active(verb):
    out = []
    if not verb.startswith('me') or len(verb) < 5:
        return out
    vowel = lambda c: c in 'aeiou'
    if verb.startswith('meny'):
        out.append('s' + verb[4:])
    if verb.startswith('menge'):
        out.append(verb[5:])
    if verb.startswith('meng'):
        rest = verb[4:]
        if rest and vowel(rest[0]):
            out += ['k' + rest, rest]
        elif rest and rest[0] in 'ghk':
            out.append(rest)
    elif verb.startswith('mem'):
        rest = verb[3:]
        if rest and vowel(rest[0]):
            out.append('p' + rest)
        elif rest and rest[0] in 'bpfv':
            out.append(rest)
    elif verb.startswith('men') and not verb.startswith('meny'):
        rest = verb[3:]
        if rest and vowel(rest[0]):
            out.append('t' + rest)
        elif rest and rest[0] in 'dcjtzs':
            out.append(rest)
    rest = verb[2:]
    if rest and rest[0] in 'lmnrwy':
        out.append(rest)
    return out


def load_patterns(folder=PATTERNS):
    """(single-word forms covered, phrases covered, {trigger head: set of object first words})."""
    words, phrases, objects = set(), set(), collections.defaultdict(set)
    for path in sorted(glob.glob(os.path.join(folder, 'patterns*.tsv'))):
        with open(path, encoding='utf-8') as f:
            for line in f:
                line = line.split('#', 1)[0].rstrip('\n')
                cols = line.split('\t')
                if len(cols) < 4 or not cols[0].strip():
                    continue
                kind, triggers, objs = cols[1].strip(), cols[2].strip(), cols[3].strip()
                obj_forms = [o for o in objs.split('|') if o and o != '-' and not o.startswith('!')]
                for trig in triggers.split('|'):
                    parts = trig.split()
                    heads = [parts[0]]
                    if kind == 'verb':
                        for stem in stems_of_active(parts[0]):
                            heads += ['di' + stem, 'ter' + stem]
                    for head in heads:
                        full = ' '.join([head] + parts[1:])
                        if len(parts) == 1 and not obj_forms:
                            words.add(head)
                        elif len(parts) == 1:
                            # a trigger that needs an object covers its phrases with those objects
                            for o in obj_forms:
                                objects[head].add(o)
                                phrases.add(head + ' ' + o)
                            words.add(head + '+obj')
                        else:
                            phrases.add(full)
                            phrases.add(' '.join(full.split()[:2]))
    return words, phrases, objects


def strip_clitic(w):
    for c in CLITICS:
        if len(w) > len(c) + 4 and w.endswith(c):
            return w[:-len(c)]
    return w


NOT_VERB = re.compile(r'^(menteri|media|merdeka|metode|mesin|meter|menit|merek|merah|mewah|megah|mekanisme|'
                      r'dia|dini|digital|diri|dinas|direktur|distrik|divisi|dirjen|teror|teroris|terminal|'
                      r'tersangka|terdakwa|terpidana|terakhir|tertentu|terbaru|terbesar|terbaik|terkait|'
                      r'tersebut|terhadap|termasuk|berita|beras|berat|berkas|bersama|berbagai|berikut|'
                      r'berikutnya|bersangkutan|berdasarkan|berapa|besar|menarik|meskipun|merupakan|'
                      r'terus|kemudian|kembali|ketika|kepada|kecil|kedua|ketiga|keempat|kelima|kelompok|'
                      r'kepala|keluarga|keterangan|kebijakan|kegiatan|kesempatan|keadaan)$')


def looks_like_trigger(w):
    if len(w) < 6 or not w.isalpha() or NOT_VERB.match(w):
        return False
    if w.startswith(('memper', 'diper', 'me', 'di', 'ber', 'ter')):
        if w.startswith('me'):
            if w.startswith('meny'):
                return w[4] != 's'
            if w.startswith('meng'):
                return w[4] != 'k'
            if w.startswith('men') and not w.startswith('meng'):
                return w[3] not in 'tpk'
            return w.startswith('mem') or w[2] in 'lrwymn'
        return True
    if w.endswith('an') and w.startswith(('pe', 'ke')) and len(w) >= 8:
        return True
    return False


def has_name(sent):
    return any(t[:1].isupper() and t.isalpha() for t in sent[1:])


def context(sent, i, width=5):
    lo, hi = max(0, i - width), min(len(sent), i + width + 2)
    return ' '.join(' '.join(t.split()) for t in sent[lo:hi])  # tokens may hold newlines or tabs


def detokenize(tokens):
    out = ''
    for t in tokens:
        t = ' '.join(t.split())
        if out and not out.endswith(('(', '"')) and t not in '.,;:!?)' and not out.endswith(' "'):
            out += ' '
        out += t
    return out


def export(folder):
    """Writes each mined article as plain text (paragraphs separated by a blank line)."""
    n = 0
    for aid, cat, sents in dev_articles():
        sub = os.path.join(folder, cat.replace(' ', '_'))
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, aid + '.txt'), 'w', encoding='utf-8') as f:
            f.write('\n\n'.join(detokenize(s) for s in sents) + '\n')
        n += 1
    print(f'{n} articles written under {folder}')


def contexts(forms, limit):
    """Uses of word forms (clitics stripped) in unseen dev-split IndoSum articles of every category and in the news
    sentences outside IndoSum: the check of a candidate's usual sense before it is added (how many of its uses are
    acts between actors?)."""
    wanted = {f.lower() for f in forms}
    shown = collections.Counter()
    total = collections.Counter()
    sources = [(aid, cat, sents) for aid, cat, sents in dev_articles()]
    for aid, cat, sents in sources + list(news_sentences.articles()):
        label = cat if '#' not in aid else 'corpora'
        for sent in sents:
            for i, t in enumerate(sent):
                w = strip_clitic(t.lower())
                if w in wanted:
                    total[w] += 1
                    if shown[w] < limit:
                        shown[w] += 1
                        print(f'{w}\t{label}\t{context(sent, i, 8)}')
    for f in sorted(wanted):
        print(f'# {f}: {total[f]} uses, {shown[f]} shown')


def fired(path, top):
    """Events of `warta analyze` output per (category, code, trigger), with example sentences."""
    per = collections.Counter()
    ex = collections.defaultdict(list)
    with open(path, encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            src = d.get('source') or d.get('id') or ''
            cat = 'news' if 'tajuk_utama' in src else 'other'
            sents = d.get('sentences', [])
            for e in d.get('events', []):
                key = (cat, e['code'], e.get('trigger', '').lower())
                per[key] += 1
                if len(ex[key]) < 2 and e.get('sentence') is not None and e['sentence'] < len(sents):
                    s = sents[e['sentence']]
                    ex[key].append(f"{e['source']}>{e.get('target')}: " + d['text'][s['start']:s['end']][:160])
    for (cat, code, trig), c in per.most_common(top):
        print(f'{cat}\t{code}\t{trig}\t{c}\t' + ' || '.join(ex[(cat, code, trig)]))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--top', type=int, default=500, help='how many uncovered forms to print')
    ap.add_argument('--examples', type=int, default=3)
    ap.add_argument('--all', action='store_true', help='print covered forms too (marked +)')
    ap.add_argument('--min-count', type=int, default=3)
    ap.add_argument('--summary', action='store_true', help='coverage of the top-N candidates only')
    ap.add_argument('--patterns', default=PATTERNS, metavar='DIR',
                    help='folder of the pattern files to compare with (default: data/id/events)')
    ap.add_argument('--reviewed', default=os.path.join('tools', 'eventgold', 'reviewed-forms.tsv'), metavar='TSV',
                    help='forms already judged (form<TAB>decision): hidden from the list unless --all')
    ap.add_argument('--check', nargs='+', metavar='FORM', help='only tell whether these forms are covered')
    ap.add_argument('--export', metavar='DIR', help='write the mined articles as DIR/<category>/<id>.txt '
                    '(for `warta analyze`; outside the repository) and stop')
    ap.add_argument('--contexts', nargs='+', metavar='FORM',
                    help='print up to --examples uses of each form in unseen dev-split articles (all categories) and '
                         'the corpora outside IndoSum, to judge its usual sense before adding it')
    ap.add_argument('--source', choices=['indosum', 'corpora'], default='indosum',
                    help="indosum: dev-split IndoSum articles (default); corpora: news sentences outside IndoSum "
                         "(UD Indonesian, idner-news-2k, nerui; news_sentences.py), which no gold set was drawn from")
    ap.add_argument('--fired', metavar='JSONL', help='summarise `warta analyze` output of exported articles: '
                    'events per trigger and category, with their sentences')
    args = ap.parse_args()
    if args.export:
        return export(args.export)
    if args.fired:
        return fired(args.fired, args.top)
    if args.contexts:
        return contexts(args.contexts, args.examples)

    words, phrases, objects = load_patterns(args.patterns)
    if args.check:
        for form in args.check:
            form = form.lower()
            mark = '+' if (form in phrases if ' ' in form else form in words) else (
                'o' if form + '+obj' in words else '-')
            print(f'{mark} {form}' + (f'  objects: {sorted(objects[form])[:12]}' if mark == 'o' else ''))
        return
    lights = EXTRA_LIGHT
    news = collections.Counter()
    other = collections.Counter()
    docs = collections.defaultdict(set)
    examples = collections.defaultdict(list)
    n_articles = n_sents = 0
    for aid, cat, sents in (news_sentences.articles() if args.source == 'corpora' else dev_articles()):
        in_news = cat in NEWS
        n_articles += in_news
        for sent in sents:
            if in_news and not has_name(sent):
                continue
            n_sents += in_news
            low = [strip_clitic(t.lower()) for t in sent]
            for i, w in enumerate(low):
                keys = []
                # a covered multi-word trigger ("mengundurkan diri", "olah tkp") counts as that phrase
                phrase = next((' '.join(low[i:i + n]) for n in (4, 3, 2)
                               if i + n <= len(low) and ' '.join(low[i:i + n]) in phrases), None)
                if phrase:
                    keys.append(phrase)
                elif looks_like_trigger(w):
                    keys.append(w)
                if w in lights and i + 1 < len(low) and low[i + 1].isalpha() and not phrase:
                    keys.append(w + ' ' + low[i + 1])
                for k in keys:
                    if in_news:
                        news[k] += 1
                        docs[k].add(aid)
                        if len(examples[k]) < args.examples and all(e[0] != aid for e in examples[k]):
                            examples[k].append((aid, context(sent, i)))
                    elif cat in OTHER:
                        other[k] += 1

    def covered(form):
        if ' ' in form:
            # a light verb before a covered event noun is handled by the engine (grammar class light-verb)
            return form in phrases or form.split()[1] in words and form.split()[0] in lights
        return form in words

    def partly(form):
        return ' ' not in form and form + '+obj' in words

    reviewed = {}
    if args.reviewed and os.path.exists(args.reviewed):
        with open(args.reviewed, encoding='utf-8') as f:
            reviewed = dict(l.rstrip('\n').split('\t', 1) for l in f if '\t' in l and not l.startswith('#'))
    ranked = [f for f, c in news.most_common() if c >= args.min_count]
    if args.summary:
        top = ranked[:args.top]
        cov = sum(covered(f) for f in top)
        obj = sum(partly(f) and not covered(f) for f in top)
        rev = sum(f in reviewed and not covered(f) and not partly(f) for f in top)
        print(f'{n_articles} news articles, {n_sents} sentences with a name; '
              f'top {len(top)} candidate forms: {cov} covered, {obj} covered only with a required object, '
              f'{rev} judged no trigger ({args.reviewed}), {len(top) - cov - obj - rev} unreviewed')
        return
    what = ('sentences of news corpora outside IndoSum' if args.source == 'corpora'
            else 'dev-split news articles (gold articles excluded)')
    print(f'# {n_articles} {what}, {n_sents} sentences with a name')
    print('# mark\tcount\tarticles\tother-categories\tform\texamples   (mark: + covered, o only with an object)')
    shown = 0
    for f in ranked:
        cov = covered(f)
        if (cov or f in reviewed) and not args.all:
            continue
        mark = '+' if cov else ('o' if partly(f) else ' ')
        ex = ' || '.join(e for _, e in examples[f])
        print(f'{mark}\t{news[f]}\t{len(docs[f])}\t{other[f]}\t{f}\t{ex}')
        shown += 1
        if shown >= args.top:
            break


if __name__ == '__main__':
    main()
