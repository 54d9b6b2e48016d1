#!/usr/bin/env python3
"""Precision audit of Warta's Indonesian events on unseen IndoSum dev-split articles.

  precision_audit.py sample [--n 150] [--seed 20261126] [--per-article 3] [--out FILE] [--exclude FILE...]
                            [--no-build] [--force]
      runs `warta analyze` (Release build, built first unless --no-build) on every candidate article and
      writes a uniform random sample of the emitted events (at most --per-article per article) to FILE
      (default eval/events/audit/id-precision-audit.tsv), judgement columns empty. Refuses to overwrite
      a file that holds judgements unless --force.
  precision_audit.py show ROW [ROW...] [--file FILE] [--no-build]
      prints sampled row(s) (1-based among data rows): the previous sentence and the sentence with the
      trigger marked [[...]] and every actor mention marked {...|CODE} ('*' = the row's source/target),
      re-running Warta on those articles; plus the judgement when there is one.
  precision_audit.py summary [--file FILE]
      precision of 'is an event', root, (source, root), (source, target, root) with 95% Wilson
      intervals and an article-level bootstrap interval, plus counts of error kinds.

Candidates: articles of ../shared/data/news/indosum/dev.0[1-3].jsonl whose split is dev
(zlib.crc32(id) % 5 != 0), not in eval/events/id-dev.tsv, eval/events/id-fresh.tsv or
eval/articles/annotated-dev.txt (nor in any --exclude file: a TSV whose first column is an article id, or a
plain list of ids, one a line, such as a list of held-out articles), any category. No article text is written into the repository: the
TSV holds ids, sentence indices, codes and the trigger word(s) only. Run from the repository root.
"""
import argparse, json, math, os, random, subprocess, sys, tempfile, unicodedata, zlib
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from indosum_show import articles, excluded, records, FOLDER  # noqa: E402

DEFAULT_FILE = os.path.join('eval', 'events', 'audit', 'id-precision-audit.tsv')
WARTA = os.path.join('src', 'Warta.Cli', 'bin', 'Release', 'net10.0', 'warta')
COLUMNS = ['article_id', 'sentence_index', 'source', 'target', 'code', 'trigger',
           'event', 'root', 'source_ok', 'target_ok', 'error_kind', 'note']
HEADER = """# Warta Indonesian event PRECISION audit: a uniform random sample of events emitted by `warta analyze`
# on unseen dev-split IndoSum articles (not in id-dev.tsv, id-fresh.tsv, annotated-dev.txt), judged by hand.
# Source text: IndoSum folds dev.01-03 (../shared/data/news/indosum, CC BY-SA 4.0, articles (c) their
# publishers); the text is NOT included. Rebuild and judge with tools/eventgold/precision_audit.py show.
# Procedure and results: eval/events/audit/README.md. Guidelines: eval/events/GUIDELINES.md.
# Columns: article_id, sentence_index (0-based over non-empty IndoSum sentences), Warta's source, target
#   ('-' = none), CAMEO code ('!neg' when Warta flagged it negated) and trigger; then the judgement:
#   event: yes/no (a real political/social event of the trigger's kind is reported here)
#   root: yes, or the correct 2-digit root (or '-' when event=no)
#   source_ok / target_ok: yes, or the correct actor code ('-' for none identifiable; '?' when event=no)
#   error_kind: '-' or kinds joined by ',' (see KINDS in the script):
#     not an event: sense (wrong trigger sense), nonpolitical (sports, products, entertainment, private life),
#       generic (habitual, background, statistics, procedure in general terms), hypothetical (conditional,
#       question, plan of others, not yet happened), negated (did not happen, not flagged), reported (content
#       of a denial/accusation coded instead of the speech act)
#     wrong root: root;  source: src_role, src_country, src_wrong, direction;  target: tgt_wrong, tgt_missing
#   note: <= 10 words, no sentence text
"""


# error kinds, grouped as in the audit brief (wrong sense, hypothetical, source role/country, target, root)
KINDS = {
    'sense': 'not an event: wrong trigger sense',
    'nonpolitical': 'not an event: non-political topic (sport, product, entertainment, private)',
    'generic': 'not an event: habitual/background/statistic/general procedure',
    'hypothetical': 'not an event: hypothetical, conditional, question, not yet happened',
    'negated': 'not an event: did not happen, not flagged negated',
    'reported': 'not an event: content of a denial/accusation coded',
    'root': 'wrong root',
    'src_role': 'wrong source role (country right)',
    'src_country': 'wrong source country',
    'src_wrong': 'wrong source actor',
    'direction': 'source and target swapped',
    'tgt_wrong': 'wrong target code',
    'tgt_missing': 'target missing (identifiable in the text)',
}


# --- text rebuilding (same rules as Warta.Corpora.Detokenizer / IndoSum.Rebuild) -------------------

NO_SPACE_BEFORE = {',', '.', ')', ']', '}', '!', '?', ':', ';', '%', '...', '\u201d', '\u2019', "'s"}
NO_SPACE_AFTER = {'(', '[', '{', '\u201c', '\u2018'}


def _num(t):
    return len(t) > 0 and t.isdigit()


def detok(parts, tokens):
    """Appends tokens to the list of string parts (joined = text), returns the text length added."""
    spans = []
    length = sum(len(p) for p in parts)
    quote_open = False
    glue_next = True
    for i, t in enumerate(tokens):
        glue = glue_next or t in NO_SPACE_BEFORE
        if t == '"':
            glue = glue_next or quote_open
        elif t == '/' and 0 < i < len(tokens) - 1 and _num(tokens[i - 1]) and _num(tokens[i + 1]):
            glue = True
        elif i > 1 and tokens[i - 1] == '/' and _num(tokens[i - 2]) and _num(t):
            glue = True
        if not glue and length > 0:
            parts.append(' ')
            length += 1
        start = length
        parts.append(t)
        length += len(t)
        spans.append((start, length))
        glue_next = t in NO_SPACE_AFTER
        if t == '"':
            glue_next = not quote_open
            quote_open = not quote_open
    return spans


def rebuild(paragraphs):
    """IndoSum paragraphs (lists of token lists) -> (text, [sentence spans])."""
    parts, sentences = [], []
    length = 0
    for para in paragraphs:
        sents = [[t for t in s if t] for s in para]
        sents = [s for s in sents if s]
        if not sents:
            continue
        if length > 0:
            parts.append('\n\n')
            length += 2
        for k, toks in enumerate(sents):
            if k > 0:
                parts.append(' ')
                length += 1
            start = length
            detok(parts, toks)
            length = sum(len(p) for p in parts)
            sentences.append((start, length))
    return ''.join(parts), sentences


def raw_articles():
    """Yields (id, category, text, sentence spans) for every IndoSum article (first occurrence)."""
    for d in records():
        text, spans = rebuild(d['paragraphs'])
        yield d['id'], d.get('category', ''), text, spans


def url_dates():
    dates = {}
    with open(os.path.join(FOLDER, 'DERIVED_index_url_dates.tsv'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#'):
                continue
            cols = line.rstrip('\n').split('\t')
            if len(cols) >= 4 and cols[3]:
                dates[cols[0]] = cols[3]
    return dates


def ids_in(path):
    """Article ids in the first column of a TSV file (comment, blank and header lines skipped)."""
    if not os.path.isfile(path):
        sys.exit(f'--exclude {path}: no such file (give a TSV whose first column is an IndoSum article id)')
    with open(path, encoding='utf-8') as f:
        return {l.split('\t', 1)[0] for l in f
                if l.strip() and not l.startswith('#') and not l.startswith('article_id\t')}


def gold_ids(extra=()):
    ids = set(excluded())
    for name in ('id-dev.tsv', 'id-fresh.tsv'):
        ids.update(ids_in(os.path.join('eval', 'events', name)))
    for path in extra:
        ids.update(ids_in(path))
    return ids


def is_dev(aid):
    return zlib.crc32(aid.encode()) % 5 != 0


def candidates(extra=()):
    skip = gold_ids(extra)
    return [a for a in raw_articles() if is_dev(a[0]) and a[0] not in skip]


# --- sample ------------------------------------------------------------------------------------------

def run_warta(cands, build=True):
    """Runs warta analyze on all candidates (one JSONL file), returns {id: output object}."""
    if build:
        subprocess.run(['dotnet', 'build', os.path.join('src', 'Warta.Cli'), '-c', 'Release', '-v', 'q', '-nologo'],
                       check=True, stdout=subprocess.DEVNULL)
    dates = url_dates()
    with tempfile.TemporaryDirectory() as tmp:
        inp = os.path.join(tmp, 'audit.jsonl')
        out = os.path.join(tmp, 'audit.out.jsonl')
        with open(inp, 'w', encoding='utf-8') as f:
            for aid, _, text, _ in cands:
                rec = {'id': aid, 'text': text, 'lang': 'id'}
                if aid in dates:
                    rec['published'] = dates[aid]
                f.write(json.dumps(rec, ensure_ascii=False) + '\n')
        r = subprocess.run([WARTA, 'analyze', inp, '--output', out])
        if r.returncode != 0:
            sys.exit(f'warta analyze failed with exit code {r.returncode}')
        result = {}
        with open(out, encoding='utf-8') as f:
            for line in f:
                o = json.loads(line)
                result[o['id']] = o
        return result


def sentence_of(offset, spans):
    for i, (s, e) in enumerate(spans):
        if s <= offset < e:
            return i
    return None


def _ignorable(ch):
    # the normalizer collapses spaces and drops format/control characters (zero-width spaces, LRM)
    return ch.isspace() or unicodedata.category(ch) in ('Cf', 'Cc')


def align(theirs, ours):
    """{offset in theirs: offset in ours} for every non-space character, or None when the non-space
    character sequences differ (the texts are then not the same article text)."""
    a = [i for i, ch in enumerate(theirs) if not _ignorable(ch)]
    b = [i for i, ch in enumerate(ours) if not _ignorable(ch)]
    if len(a) != len(b) or any(theirs[i] != ours[j] for i, j in zip(a, b)):
        return None
    return dict(zip(a, b))


def emitted_events(cands, outputs):
    """{article id: [(IndoSum sentence index, source, target, code, trigger)]} of Warta's output, and the
    number of events that could not be placed in an IndoSum sentence."""
    by_article = defaultdict(list)
    unmapped = 0
    for aid, _, text, spans in cands:
        o = outputs.get(aid)
        if o is None:
            continue
        # Warta's text is the normalized body (whitespace runs and no-break spaces collapsed): align the
        # two texts on their non-space characters to map Warta's offsets back to the rebuilt text.
        to_ours = align(o['text'], text)
        if to_ours is None:
            unmapped += len(o['events'])
            continue
        for ev in o['events']:
            # The evidence span may start in an earlier sentence (a resolved pronoun): place the event
            # by its trigger inside Warta's sentence `ev['sentence']`.
            ws = o['sentences'][ev['sentence']]
            k = o['text'].find(ev['trigger'], ws['start'], ws['end'])
            k = k if k >= 0 else max(ev['start'], ws['start'])
            while k < ws['end'] and k not in to_ours:
                k += 1
            si = sentence_of(to_ours.get(k, -1), spans)
            if si is None:
                unmapped += 1
                continue
            code = ev['code'] + ('!neg' if ev.get('negated') else '')
            by_article[aid].append((si, ev['source'] or '-', ev['target'] or '-', code, ev['trigger']))
    return by_article, unmapped


def cmd_sample(args):
    if os.path.exists(args.out) and not args.force and any(r['event'].strip() for r in read_rows(args.out)):
        sys.exit(f'{args.out} already holds judgements: write the new sample elsewhere with --out, '
                 'or pass --force to overwrite it')
    cands = candidates(args.exclude)
    print(f'{len(cands)} candidate articles'
          + (f' (also excluding the articles of {len(args.exclude)} --exclude file(s))' if args.exclude else ''),
          file=sys.stderr)
    outputs = run_warta(cands, build=not args.no_build)
    by_article, unmapped = emitted_events(cands, outputs)
    total = sum(len(v) for v in by_article.values())
    print(f'{total} events in {len(by_article)} articles ({unmapped} not mappable to an IndoSum sentence)',
          file=sys.stderr)
    # Uniform over events, at most per-article per article: shuffle all events, take in order, skip
    # events of an article that already has its quota.
    rng = random.Random(args.seed)
    pool = [(aid, ev) for aid in sorted(by_article) for ev in by_article[aid]]
    rng.shuffle(pool)
    taken, per = [], Counter()
    for aid, ev in pool:
        if len(taken) >= args.n:
            break
        if per[aid] >= args.per_article:
            continue
        per[aid] += 1
        taken.append((aid, ev))
    if os.path.dirname(args.out):
        os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, 'w', encoding='utf-8') as f:
        f.write(HEADER)
        if args.exclude:
            f.write(f'# Also excluded: the articles of {", ".join(args.exclude)}. Sample seed {args.seed}.\n')
        f.write('\t'.join(COLUMNS) + '\n')
        for aid, (si, src, tgt, code, trig) in taken:
            f.write('\t'.join([aid, str(si), src, tgt, code, trig] + [''] * 6) + '\n')
    print(f'wrote {len(taken)} rows from {len(per)} articles to {args.out}', file=sys.stderr)
    return 0


# --- show --------------------------------------------------------------------------------------------

def read_rows(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip() or line.startswith('article_id\t'):
                continue
            cols = line.rstrip('\n').split('\t')
            cols += [''] * (len(COLUMNS) - len(cols))
            rows.append(dict(zip(COLUMNS, cols)))
    return rows


def cmd_show(args):
    rows = read_rows(args.file)
    wanted = {int(r): rows[int(r) - 1] for r in args.rows}
    ids = {r['article_id'] for r in wanted.values()}
    arts = {a[0]: a for a in raw_articles() if a[0] in ids}
    outputs = run_warta([arts[i] for i in sorted(ids)], build=not args.no_build)
    for n, r in sorted(wanted.items()):
        aid, cat, text, spans = arts[r['article_id']]
        si = int(r['sentence_index'])
        print(f'== row {n}: {aid} #{si} ({cat})  {r["source"]} > {r["target"]} : {r["code"]} ({r["trigger"]})')
        print(f'   title (from id): {aid.split("-", 1)[1]}')
        if si > 0:
            print('   prev:', text[spans[si - 1][0]:spans[si - 1][1]])
        print('   SENT:', marked_sentence(r, text, spans[si], outputs.get(aid)))
        if r['event']:
            print(f'   judged: event={r["event"]} root={r["root"]} source={r["source_ok"]} target={r["target_ok"]}'
                  f' kind={r["error_kind"]} note={r["note"]}')
    return 0


def marked_sentence(row, text, span, output):
    """The sentence with the trigger as [[...]] and every entity with an actor code as {...|CODE}
    (a '*' after the code when it is the row's source or target)."""
    s, e = span
    marks = []  # (start, end, opening, closing) in our offsets
    if output is not None:
        to_ours = align(output['text'], text) or {}

        def ours(a, b):
            a2 = to_ours.get(a)
            b2 = to_ours.get(b - 1)
            return (a2, b2 + 1) if a2 is not None and b2 is not None else None

        for ent in output['entities']:
            if not ent.get('actor'):
                continue
            sp = ours(ent['start'], ent['end'])
            if sp and s <= sp[0] and sp[1] <= e:
                star = '*' if ent['actor'] in (row['source'], row['target']) else ''
                marks.append((sp[0], sp[1], '{', '|' + ent['actor'] + star + '}'))
        trig = row['trigger']
        k = output['text'].find(trig)
        while k >= 0:
            sp = ours(k, k + len(trig))
            if sp and s <= sp[0] and sp[1] <= e:
                marks.append((sp[0], sp[1], '[[', ']]'))
                break
            k = output['text'].find(trig, k + 1)
    out, pos = [], s
    for a, b, op, cl in sorted(marks):
        if a < pos:
            continue  # overlapping marks: keep the first
        out += [text[pos:a], op, text[a:b], cl]
        pos = b
    out.append(text[pos:e])
    return ''.join(out)


# --- summary -----------------------------------------------------------------------------------------

def wilson(k, n, z=1.96):
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (c - h, c + h)


def bootstrap(rows, ok, reps=2000, seed=1):
    """95% interval of the precision, resampling whole articles (events of one article are correlated)."""
    groups = defaultdict(list)
    for r in rows:
        groups[r['article_id']].append(1 if ok(r) else 0)
    keys = sorted(groups)
    rng = random.Random(seed)
    vals = []
    for _ in range(reps):
        k = n = 0
        for _ in keys:
            g = groups[keys[rng.randrange(len(keys))]]
            k += sum(g)
            n += len(g)
        vals.append(k / n if n else 0.0)
    vals.sort()
    return vals[int(0.025 * reps)], vals[int(0.975 * reps) - 1]


def yes(v):
    return v.strip().lower() == 'yes'


def cmd_summary(args):
    rows = read_rows(args.file)
    judged = [r for r in rows if r['event'].strip()]
    print(f'{args.file}: {len(rows)} sampled events, {len(judged)} judged, '
          f'{len({r["article_id"] for r in judged})} articles')
    if not judged:
        return 1
    levels = [
        ('is an event', lambda r: yes(r['event'])),
        ('root', lambda r: yes(r['event']) and yes(r['root'])),
        ('(source, root)', lambda r: yes(r['event']) and yes(r['root']) and yes(r['source_ok'])),
        ('(source, target, root)', lambda r: yes(r['event']) and yes(r['root']) and yes(r['source_ok'])
         and yes(r['target_ok'])),
        ('(src, root), tgt if any', lambda r: yes(r['event']) and yes(r['root']) and yes(r['source_ok'])
         and (yes(r['target_ok']) or 'tgt_missing' in r['error_kind'])),
    ]
    print(f'{"level":<24} {"right":>6} {"of":>4} {"precision":>9}  {"Wilson 95%":>15}  {"article bootstrap 95%":>21}')
    for name, ok in levels:
        k = sum(1 for r in judged if ok(r))
        lo, hi = wilson(k, len(judged))
        blo, bhi = bootstrap(judged, ok)
        print(f'{name:<24} {k:>6} {len(judged):>4} {k / len(judged):>9.3f}  [{lo:.3f}, {hi:.3f}]  '
              f'      [{blo:.3f}, {bhi:.3f}]')
    kinds = Counter()
    for r in judged:
        for k in r['error_kind'].split(','):
            k = k.strip()
            if k and k != '-':
                if k not in KINDS:
                    sys.exit(f'{args.file}: unknown error kind {k!r} in {r["article_id"]} #{r["sentence_index"]}')
                kinds[k] += 1
    print('error kinds (an event may have several; share of all judged events):')
    for k in KINDS:
        if kinds[k]:
            print(f'  {k:<13} {kinds[k]:>4}  {kinds[k] / len(judged):>6.1%}  {KINDS[k]}')
    wrong_src = sum(1 for r in judged if yes(r['event']) and not yes(r['source_ok']))
    wrong_tgt = sum(1 for r in judged if yes(r['event']) and not yes(r['target_ok']))
    real = sum(1 for r in judged if yes(r['event']))
    print(f'of the {real} real events: source wrong {wrong_src} ({wrong_src / real:.1%}), '
          f'target wrong or missing {wrong_tgt} ({wrong_tgt / real:.1%})')
    roots = Counter(r['code'][:2] for r in judged)
    right = Counter(r['code'][:2] for r in judged if yes(r['event']) and yes(r['root']))
    bare = [r for r in judged if yes(r['event']) and len(r['target']) == 3 and not yes(r['target_ok'])]
    print(f'real events whose target is a bare country code judged wrong (a role or other actor was due): {len(bare)}')
    print('by emitted root: right root / emitted')
    print('  ' + '  '.join(f'{k}:{right[k]}/{roots[k]}' for k in sorted(roots)))
    cats = {aid: cat for aid, cat, _ in articles()}
    by_cat, ev_cat = Counter(), Counter()
    for r in judged:
        c = cats.get(r['article_id'], '?')
        by_cat[c] += 1
        ev_cat[c] += 1 if yes(r['event']) else 0
    print('by IndoSum category: real events / emitted')
    print('  ' + '  '.join(f'{c}:{ev_cat[c]}/{by_cat[c]}' for c in sorted(by_cat)))
    return 0


def cmd_recheck(args):
    """Runs the current Warta on the audited articles: which judged events does it still emit (same
    sentence, source, code and trigger), and how precise are those? Events the engine emits anew are not
    judged, so this estimates what a change removed, not what it added."""
    rows = [r for r in read_rows(args.file) if r['event'].strip()]
    wanted = {r['article_id'] for r in rows}
    cands = [a for a in raw_articles() if a[0] in wanted]
    by_article, _ = emitted_events(cands, run_warta(cands, build=not args.no_build))
    emitted = {(aid, si, src, code, trig): tgt for aid, evs in by_article.items() for si, src, tgt, code, trig in evs}
    kept, same_target = [], 0
    for r in rows:
        key = (r['article_id'], int(r['sentence_index']), r['source'], r['code'], r['trigger'])
        if key in emitted:
            kept.append(r)
            same_target += emitted[key] == r['target']
    print(f'{args.file}: {len(kept)} of {len(rows)} judged events still emitted ({same_target} with the same target)')
    for name, ok in [('is an event', lambda r: yes(r['event'])),
                     ('root', lambda r: yes(r['event']) and yes(r['root'])),
                     ('(source, root)', lambda r: yes(r['event']) and yes(r['root']) and yes(r['source_ok']))]:
        before = sum(1 for r in rows if ok(r))
        after = sum(1 for r in kept if ok(r))
        print(f'  {name:<16} all judged {before}/{len(rows)} = {before / len(rows):.3f}   '
              f'still emitted {after}/{len(kept)} = {after / max(1, len(kept)):.3f}   dropped right {before - after}')
    return 0


def main(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest='cmd', required=True)
    s = sub.add_parser('sample')
    s.add_argument('--n', type=int, default=150)
    s.add_argument('--seed', type=int, default=20261126)
    s.add_argument('--per-article', type=int, default=3)
    s.add_argument('--out', default=DEFAULT_FILE)
    s.add_argument('--exclude', action='append', default=[], metavar='FILE',
                   help='also skip the articles of this TSV (first column = article id) or plain id list (one a line); repeatable')
    s.add_argument('--no-build', action='store_true', help='use the existing Release build')
    s.add_argument('--force', action='store_true', help='overwrite a judged file')
    c = sub.add_parser('recheck', help='which judged events the current build still emits, and their precision')
    c.add_argument('--file', default=DEFAULT_FILE)
    c.add_argument('--no-build', action='store_true', help='use the existing Release build')
    w = sub.add_parser('show')
    w.add_argument('rows', nargs='+')
    w.add_argument('--file', default=DEFAULT_FILE)
    w.add_argument('--no-build', action='store_true', help='use the existing Release build')
    m = sub.add_parser('summary')
    m.add_argument('--file', default=DEFAULT_FILE)
    a = p.parse_args(argv[1:])
    return {'sample': cmd_sample, 'show': cmd_show, 'summary': cmd_summary, 'recheck': cmd_recheck}[a.cmd](a)


if __name__ == '__main__':
    sys.exit(main(sys.argv))
