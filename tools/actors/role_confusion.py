#!/usr/bin/env python3
"""Actor role confusions of the event coder: for each gold event whose root (and, where it can tell, trigger)
was found, the source or target whose country (ISO3) is right but whose role differs, tabulated as
gold code -> predicted code with the words the predicted code came from.

  warta eval events --gold eval/events/id-fresh3.tsv --details > /tmp/f3.txt
  python3 tools/actors/role_confusion.py /tmp/f3.txt:eval/events/id-fresh3.tsv [more details:gold pairs] \
      [--top 30] [--examples 4] [--list IDNJUD>IDNGOV]

Reads only Warta's --details output (its "actor mentions:" lines name each coded mention) and the gold
files (their trigger column); no article text is stored. Each confusion is split by whether the gold code
was among the sentence's actor codes at all: "absent" means no mention got the gold's role (a matter of
actor resolution: dictionary, titles, coreference), "present" that the coder picked another mention
(argument finding).
"""
import argparse
import collections
import re
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'eventgold'))
from error_kinds import gold_rows  # noqa: E402  (one reader of the gold files' trigger column)

HEAD = re.compile(r'^  (\S+)#(\d+)\tgold (\S+)\tpred (.*)$')


def parse(item):
    """'SRC>TGT:ROOT(trigger)' or 'SRC>TGT:ROOT:CODE' -> (src, tgt, root, trigger words)."""
    trigger = ''
    m = re.match(r'^(.*?)\((.*)\)$', item)
    if m:
        item, trigger = m.group(1), m.group(2)
    item = item.split('!')[0]
    src, _, rest = item.partition('>')
    tgt, _, code = rest.partition(':')
    return src, (None if tgt in ('-', '') else tgt), code[:2], trigger


def gold_triggers(path):
    """(article id cut to 40 characters, sentence index) -> the gold row's trigger words, read by error_kinds.py."""
    return {key: [trigger for _, trigger in pairs] for key, pairs in gold_rows(path).items()}


def blocks(path):
    """Yield (key, gold events, predicted events, actor codes, mentions [(code, text)], sentence text)."""
    cur = None
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            m = HEAD.match(line)
            if m:
                if cur:
                    yield cur
                gold = [] if m.group(3) == '-' else m.group(3).split(';')
                pred = [] if m.group(4) == '-' else re.split(r';(?![^()]*\))', m.group(4))
                cur = {'key': (m.group(1), m.group(2)), 'gold': gold, 'pred': [parse(p) for p in pred],
                       'actors': [], 'mentions': [], 'text': ''}
                continue
            if cur is None or cur.get('closed'):
                continue   # a sentence with neither gold nor predicted events prints no head line
            s = line.strip()
            if s.startswith('actors in the sentence:'):
                cur['actors'] = s.split(':', 1)[1].split()
            elif s.startswith('actor mentions:'):
                body = s.split(':', 1)[1].strip()
                cur['mentions'] = [tuple(x.strip().split(' ', 1)) for x in body.split(' | ') if ' ' in x.strip()]
                cur['closed'] = True
            elif s.startswith('text:'):
                cur['text'] = s[5:].strip()
    if cur:
        yield cur


def is_country(code):
    """A code whose first three letters are a country (not IGO…, not a bare role)."""
    return code is not None and len(code) >= 3 and code[:3].isalpha() and code[:3].isupper() \
        and not code.startswith(('IGO', 'NGO', 'MNC'))


def words(t):
    return {w for w in re.findall(r'\w+', t.lower()) if len(w) > 2}


def best_match(g, trigger, preds):
    """The predicted event with the gold's root, preferring one sharing a trigger word, then agreeing sides."""
    same_root = [p for p in preds if p[2] == g[2]]
    if not same_root:
        return None, False
    gw = words(trigger)

    def rank(p):
        return (bool(gw & words(p[3])), (p[0] == g[0]) + (p[1] == g[1]), (p[0][:3] == g[0][:3]) + ((p[1] or '')[:3] == (g[1] or '')[:3]))
    p = max(same_root, key=rank)
    return p, bool(gw & words(p[3]))


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('pairs', nargs='+', help='DETAILS:GOLD file pairs')
    ap.add_argument('--top', type=int, default=30)
    ap.add_argument('--examples', type=int, default=4, help='mention texts shown per confusion')
    ap.add_argument('--list', metavar='GOLD>PRED', help='print every sentence of one confusion (codes, e.g. IDNJUD>IDNGOV)')
    ap.add_argument('--absent', action='store_true',
                    help='second table: every gold side (root found or not) whose code no mention of the sentence has '
                         'while a mention of its country with another role is there (missing_gold_actors.py\'s '
                         '"country found, other role"), by gold code with those mentions')
    ap.add_argument('--words', metavar='WORD', nargs='*',
                    help='for matched sides whose predicted code came from a mention with one of these words: '
                         'how often that code was right, and the gold codes when not')
    ap.add_argument('--by-role', action='store_true', help='group countries: IDN GOV>JUD becomes ***GOV>***JUD')
    a = ap.parse_args(argv[1:])

    confusions = collections.Counter()
    where = collections.defaultdict(collections.Counter)      # confusion -> absent/present
    texts = collections.defaultdict(collections.Counter)      # confusion -> predicted mention texts
    listing = []
    word_right = collections.Counter()
    word_gold = collections.defaultdict(collections.Counter)
    absent = collections.Counter()
    absent_texts = collections.defaultdict(collections.Counter)
    matched = trigger_matched = sides = exact = 0
    for pair in a.pairs:
        details, _, gold_path = pair.partition(':')
        triggers = gold_triggers(gold_path) if gold_path else {}
        for b in blocks(details):
            gts = triggers.get(b['key'], [])
            for i, item in enumerate(b['gold']):
                g = parse(item)
                for gc in {g[0], g[1]}:
                    if is_country(gc) and gc not in b['actors']:
                        others = [(c, t) for c, t in b['mentions'] if c[:3] == gc[:3] and c != gc]
                        if others:
                            absent[gc] += 1
                            for c, t in others:
                                absent_texts[gc][f'{c} {t}'] += 1
                p, by_trigger = best_match(g, gts[i] if i < len(gts) else '', b['pred'])
                if p is None:
                    continue
                matched += 1
                trigger_matched += by_trigger
                for side, gc, pc in (('source', g[0], p[0]), ('target', g[1], p[1])):
                    if gc is None or pc is None:
                        continue
                    sides += 1
                    for code, text in b['mentions']:
                        w = [x for x in (a.words or []) if x in text.lower().split()]
                        if code == pc and w:
                            word_right[w[0]] += gc == pc
                            word_gold[w[0]][f'{pc}>{gc}'] += 1
                    if gc == pc:
                        exact += 1
                        continue
                    if not (is_country(gc) and is_country(pc)) or gc[:3] != pc[:3]:
                        continue
                    key = f'{gc}>{pc}' if not a.by_role else f'***{gc[3:]}>***{pc[3:]}'
                    confusions[key] += 1
                    where[key]['present' if gc in b['actors'] else 'absent'] += 1
                    for code, text in b['mentions']:
                        if code == pc:
                            texts[key][text] += 1
                    if a.list and a.list == f'{gc}>{pc}':
                        listing.append((b['key'], side, item, p, b['mentions'], b['text']))

    total = sum(confusions.values())
    print(f'gold events with the root found: {matched} (trigger word shared: {trigger_matched}); '
          f'their coded sides: {sides}, exact: {exact}, same country other role: {total}')
    print(f'{"gold>pred":<20} {"n":>4} {"absent":>6} {"present":>7}  predicted mention texts')
    for key, n in confusions.most_common(a.top):
        ex = ', '.join(f'{t} ({c})' if c > 1 else t for t, c in texts[key].most_common(a.examples))
        print(f'{key:<20} {n:>4} {where[key]["absent"]:>6} {where[key]["present"]:>7}  {ex}')
    for w in a.words or []:
        print(f'{w}: right {word_right[w]} of {sum(word_gold[w].values())}; ' +
              ', '.join(f'{k} {n}' for k, n in word_gold[w].most_common()))
    if a.absent:
        print(f'\ngold sides whose code no mention has, with mentions of the same country: {sum(absent.values())}')
        for gc, n in absent.most_common(a.top):
            ex = ', '.join(f'{t} ({c})' if c > 1 else t for t, c in absent_texts[gc].most_common(a.examples * 2))
            print(f'{gc:<10} {n:>4}  {ex}')
    for key, side, item, p, mentions, text in listing:
        print(f'\n{key[0]}#{key[1]} {side}: gold {item} pred {p[0]}>{p[1]}:{p[2]}({p[3]})')
        print('  mentions: ' + ' | '.join(' '.join(m) for m in mentions))
        print('  text: ' + text)


if __name__ == '__main__':
    main(sys.argv)
