#!/usr/bin/env python3
"""Inter-annotator agreement between two event annotations in the GUIDELINES section 5 format.

  agreement.py A.tsv B.tsv [--examples N] [--bootstrap N]
                                            compare the sentences present in both files
  agreement.py --self-test                  check the matching on small made-up rows

Rows: article_id TAB sentence_index TAB first_3_words TAB events [TAB split [TAB triggers]], events '-' or
'SRC>TGT:ROOT[:CODE][!neg]' items separated by ';'. Only sentences present in BOTH files are compared
(keyed by article id + sentence index). A is treated as gold and B as prediction; F1 is symmetric, so
the order only decides which side a one-sided event is listed under.

Scores (micro over sentences, events matched as multisets per sentence, so two identical items in one
sentence need two identical items on the other side):
  (source, target, root)  the headline of issue 4; negation and full code ignored, as in `warta eval events`
  (source, root), root    looser levels, same matching
  full code               (source, target, most specific code given, negation): a root-only item never
                          matches an item carrying a full code
The (source, target, root) score is also printed with per-sentence SETS (repeats count once), which is
exactly what Warta.Evaluation's EventScore does, so it is comparable to the engine's numbers.
"Has any event" agreement per sentence is Cohen's kappa over the 2x2 table, also restricted to the
articles where at least one side coded an event (sports/showbiz articles agree trivially on "no event").
With a few dozen articles the F1 is uncertain: a 95% interval is estimated by resampling whole articles
(--bootstrap N resamples, default 2000, fixed seed so the output is repeatable; 0 turns it off).

Disagreements are grouped by kind: events matched at (source, target, root) whose negation or full code
differs, then the unmatched events paired up when they differ in one respect only (root, source code or
target code), and the rest listed as only in A / only in B.
"""
import random
import signal
import sys
from collections import Counter, defaultdict


class Event:
    """One item SRC>TGT:ROOT[:CODE][!neg]."""

    def __init__(self, src, tgt, root, code, neg):
        self.src, self.tgt, self.root, self.code, self.neg = src, tgt, root, code, neg

    @staticmethod
    def parse(item, where):
        s = item.strip()
        neg = s.endswith('!neg')
        if neg:
            s = s[:-4]
        parts = s.split(':')
        actors = parts[0].split('>')
        if len(parts) not in (2, 3) or len(actors) != 2 or len(parts[1]) != 2 or not parts[1].isdigit() \
                or (len(parts) == 3 and not (parts[2].isdigit() and parts[2].startswith(parts[1]))):
            raise ValueError(f"{where}: '{item}' is not SRC>TGT:ROOT[:CODE][!neg] (ROOT two digits, CODE "
                             f"starting with ROOT)")
        return Event(actors[0], actors[1], parts[1], parts[2] if len(parts) == 3 else None, neg)

    def key(self, level):
        if level == 'str':
            return (self.src, self.tgt, self.root)
        if level == 'sr':
            return (self.src, self.root)
        if level == 'r':
            return (self.root,)
        return (self.src, self.tgt, self.code or self.root, self.neg)

    def __str__(self):
        return f"{self.src}>{self.tgt}:{self.root}" + (f":{self.code}" if self.code else '') + ('!neg' if self.neg else '')


def read(path):
    """{(article_id, sentence_index): (first_3_words, [Event])}; bad rows raise naming file and line."""
    rows = {}
    try:
        f = open(path, encoding='utf-8')
    except OSError as e:
        raise SystemExit(f"agreement.py: cannot read '{path}': {e.strerror}")
    with f:
        for n, line in enumerate(f, 1):
            if line.startswith('#') or not line.strip():
                continue
            p = line.rstrip('\n').split('\t')
            where = f"{path}:{n}"
            if len(p) < 4 or not p[1].isdigit():
                raise SystemExit(f"agreement.py: {where}: expected article_id, sentence_index, first_3_words, events")
            key = (p[0], int(p[1]))
            if key in rows:
                raise SystemExit(f"agreement.py: {where}: sentence {key} appears twice")
            try:
                events = [] if p[3].strip() == '-' else [Event.parse(i, where) for i in p[3].split(';')]
            except ValueError as e:
                raise SystemExit(f"agreement.py: {e}")
            rows[key] = (p[2], events)
    return rows


class Prf:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, gold_keys, pred_keys, sets=False):
        g, p = (Counter(set(gold_keys)), Counter(set(pred_keys))) if sets else (Counter(gold_keys), Counter(pred_keys))
        tp = sum((g & p).values())
        self.tp += tp
        self.fp += sum(p.values()) - tp
        self.fn += sum(g.values()) - tp

    def f1(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def __str__(self):
        p, r, f = self.f1()
        return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {self.tp}, fp {self.fp}, fn {self.fn})"


def kappa(pairs):
    """Cohen's kappa for two boolean raters over (a, b) pairs; also the raw agreement."""
    n = len(pairs)
    if n == 0:
        return 0.0, 0.0
    po = sum(a == b for a, b in pairs) / n
    pa, pb = sum(a for a, _ in pairs) / n, sum(b for _, b in pairs) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return (1.0 if pe == 1 else (po - pe) / (1 - pe)), po


def take(pool, pred):
    for i, e in enumerate(pool):
        if pred(e):
            return pool.pop(i)
    return None


def disagreements(a_events, b_events):
    """[(kind, a_event or None, b_event or None)] for one sentence."""
    out, a_left, b_left = [], list(a_events), []
    for b in b_events:                      # matched at (source, target, root): prefer an exact twin
        m = take(a_left, lambda a: a.key('full') == b.key('full')) or take(a_left, lambda a: a.key('str') == b.key('str'))
        if m is None:
            b_left.append(b)
        elif m.neg != b.neg:
            out.append(('negation', m, b))
        elif (m.code or m.root) != (b.code or b.root):
            out.append(('same root, different full code', m, b))
    # One-respect differences, most telling first; each pairing removes both events from the pools.
    for kind, same in (('different root', lambda a, b: (a.src, a.tgt) == (b.src, b.tgt)),
                       ('different target code', lambda a, b: (a.src, a.root) == (b.src, b.root)),
                       ('different source code', lambda a, b: (a.tgt, a.root) == (b.tgt, b.root))):
        for b in list(b_left):
            m = take(a_left, lambda a: same(a, b))
            if m is not None:
                b_left.remove(b)
                out.append((kind, m, b))
    out += [('event only in A', a, None) for a in a_left] + [('event only in B', None, b) for b in b_left]
    return out


def compare(a_rows, b_rows):
    keys = sorted(set(a_rows) & set(b_rows))
    levels = {lvl: Prf() for lvl in ('str', 'sr', 'r', 'full')}
    sets = Prf()
    has_event, kinds = [], defaultdict(list)
    for k in keys:
        words, a = a_rows[k]
        b = b_rows[k][1]
        for lvl, prf in levels.items():
            prf.add([e.key(lvl) for e in a], [e.key(lvl) for e in b])
        sets.add([e.key('str') for e in a], [e.key('str') for e in b], sets=True)
        has_event.append((bool(a), bool(b)))
        for kind, ea, eb in disagreements(a, b):
            kinds[kind].append((k, words, ea, eb))
    return keys, levels, sets, has_event, kinds


def bootstrap_f1(a_rows, b_rows, keys, n, seed=20261126):
    """95% interval of the (source, target, root) F1, resampling articles with replacement."""
    counts = defaultdict(lambda: [0, 0, 0])
    for k in keys:
        prf = Prf()
        prf.add([e.key('str') for e in a_rows[k][1]], [e.key('str') for e in b_rows[k][1]])
        c = counts[k[0]]
        c[0] += prf.tp; c[1] += prf.fp; c[2] += prf.fn
    arts = sorted(counts)
    rng, f1s = random.Random(seed), []
    for _ in range(n):
        tp = fp = fn = 0
        for art in (rng.choice(arts) for _ in arts):
            tp += counts[art][0]; fp += counts[art][1]; fn += counts[art][2]
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    f1s.sort()
    return f1s[int(0.025 * n)], f1s[min(n - 1, int(0.975 * n))]


def report(a_path, b_path, a_rows, b_rows, examples, boot=2000, out=sys.stdout):
    keys, levels, sets, has_event, kinds = compare(a_rows, b_rows)
    if not keys:
        raise SystemExit(f"agreement.py: '{a_path}' and '{b_path}' share no (article_id, sentence_index)")
    na = sum(len(a_rows[k][1]) for k in keys)
    nb = sum(len(b_rows[k][1]) for k in keys)
    w = out.write
    w(f"A = {a_path} (as gold), B = {b_path}\n")
    w(f"{len(keys)} sentences in both ({len({k[0] for k in keys})} articles); events A {na}, B {nb}\n")
    w(f"  (source, target, root):        {levels['str']}\n")
    if boot:
        lo, hi = bootstrap_f1(a_rows, b_rows, keys, boot)
        w(f"    95% interval over articles ({boot} resamples): F1 {lo:.3f} .. {hi:.3f}\n")
    w(f"  (source, target, root), sets:  {sets}   <- same as warta eval events\n")
    w(f"  (source, root):                {levels['sr']}\n")
    w(f"  root only:                     {levels['r']}\n")
    w(f"  full code (+ negation):        {levels['full']}\n")
    k, po = kappa(has_event)
    both = Counter(has_event)
    w(f"  has any event: kappa {k:.3f}, raw agreement {po:.3f}  (both yes {both[(True, True)]}, "
      f"both no {both[(False, False)]}, A only {both[(True, False)]}, B only {both[(False, True)]})\n")
    eventful = {aid for (aid, _), (ha, hb) in zip(keys, has_event) if ha or hb}
    sub = [h for (aid, _), h in zip(keys, has_event) if aid in eventful]
    k2, po2 = kappa(sub)
    w(f"  has any event, {len(eventful)} articles with events ({len(sub)} sentences): kappa {k2:.3f}, "
      f"raw agreement {po2:.3f}\n")
    order = ['event only in A', 'event only in B', 'different root', 'different source code',
             'different target code', 'negation', 'same root, different full code']
    w("\nDisagreements by kind (counts are events or event pairs):\n")
    for kind in order:
        w(f"  {kind}: {len(kinds.get(kind, []))}\n")
    for kind in order:
        items = kinds.get(kind, [])
        if not items:
            continue
        w(f"\n== {kind} ({len(items)})\n")
        if kind == 'different root':
            pairs = Counter(f"{a.root}->{b.root}" for _, _, a, b in items)
            w("  A root -> B root: " + ', '.join(f"{p} x{c}" for p, c in pairs.most_common()) + "\n")
        if kind in ('event only in A', 'event only in B'):
            roots = Counter((a or b).root for _, _, a, b in items)
            w("  by root: " + ', '.join(f"{r} x{c}" for r, c in sorted(roots.items())) + "\n")
        for (aid, idx), words, a, b in items[:examples]:
            w(f"  {aid} {idx} '{words}': A {a or '-'} | B {b or '-'}\n")
        if len(items) > examples:
            w(f"  ... {len(items) - examples} more (use --examples N)\n")


def self_test():
    def ev(s):
        return [] if s == '-' else [Event.parse(i, 'test') for i in s.split(';')]

    a = {('x', 0): ('w', ev('IDNCOP>IDNCVL:17:173;IDNGOV>-:01:010')), ('x', 1): ('w', ev('-')),
         ('x', 2): ('w', ev('IDNJUD>IDNLEG:17:173!neg')), ('x', 3): ('w', ev('USA>IRN:13;USA>IRN:13')),
         ('y', 0): ('w', ev('IDNGOV>IDNCVL:02'))}
    b = {('x', 0): ('w', ev('IDNCOP>IDNCVL:17;IDNGOV>-:02')), ('x', 1): ('w', ev('IDNCVL>IDNCOP:18')),
         ('x', 2): ('w', ev('IDNJUD>IDNLEG:17:173')), ('x', 3): ('w', ev('USA>IRN:13')),
         ('z', 0): ('w', ev('IDNGOV>IDNCVL:02'))}
    keys, levels, sets, has_event, kinds = compare(a, b)
    assert keys == [('x', 0), ('x', 1), ('x', 2), ('x', 3)], keys
    s = levels['str']
    assert (s.tp, s.fp, s.fn) == (3, 2, 2), (s.tp, s.fp, s.fn)      # multiset: the 2nd USA>IRN:13 is missed
    assert (sets.tp, sets.fp, sets.fn) == (3, 2, 1), (sets.tp, sets.fp, sets.fn)
    f = levels['full']
    assert (f.tp, f.fp, f.fn) == (1, 4, 4), (f.tp, f.fp, f.fn)       # 173 vs root only, !neg vs plain
    assert kappa(has_event) == (0.0, 0.75)                       # B always says yes: no agreement beyond chance
    assert abs(kappa([(True, True), (False, False), (True, False), (False, False)])[0] - 0.5) < 1e-9
    got = {k: len(v) for k, v in kinds.items()}
    assert got == {'same root, different full code': 1, 'different root': 1, 'event only in B': 1,
                   'negation': 1, 'event only in A': 1}, got
    assert kinds['different root'][0][2].root == '01' and kinds['different root'][0][3].root == '02'
    lo, hi = bootstrap_f1(a, b, keys, 200)
    assert lo == hi == 2 * 3 / (2 * 3 + 2 + 2), (lo, hi)            # one article only: no spread
    for bad in ('IDNGOV:01', 'A>B:1', 'A>B:01:173', 'A-B:01'):
        try:
            Event.parse(bad, 'test')
        except ValueError:
            continue
        raise AssertionError(f"accepted bad item {bad}")
    print("self-test passed")


def main(argv):
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)      # quiet when piped into head
    if len(argv) == 2 and argv[1] == '--self-test':
        self_test()
        return 0
    args = [x for x in argv[1:] if not x.startswith('--')]
    numbers = {'--examples': 10, '--bootstrap': 2000}
    for opt in numbers:
        if opt in argv:
            i = argv.index(opt)
            if i + 1 >= len(argv) or not argv[i + 1].isdigit():
                raise SystemExit(f"agreement.py: {opt} needs a number")
            numbers[opt] = int(argv[i + 1])
            args.remove(argv[i + 1])
    if len(args) != 2:
        print(__doc__)
        return 2
    report(args[0], args[1], read(args[0]), read(args[1]), numbers['--examples'], numbers['--bootstrap'])
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
