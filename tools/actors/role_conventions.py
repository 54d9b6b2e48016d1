#!/usr/bin/env python3
"""How the Indonesian event gold codes a kind of mention, over whole gold sets (not only Warta's errors): the counts behind
the role conventions of eval/events/GUIDELINES.md §4 (session 18).

  python3 tools/actors/role_conventions.py bare    DETAILS:GOLD [...]   # sides named only by a bare country: ISO3 vs +GOV
  python3 tools/actors/role_conventions.py tickets DETAILS:GOLD [...]   # "X - Y" pairs of people, with the sentence's gold
  python3 tools/actors/role_conventions.py mention REGEX DETAILS:GOLD [...]   # gold codes of sentences naming REGEX

DETAILS is `warta eval events --details` output (its "actor mentions:" lines), GOLD the gold file; see role_confusion.py.
"bare": every gold source or target of a foreign country (not IDN, not IGO) whose sentence names that country only by
mentions Warta coded with the bare ISO3 (no mention of the country with a role), tabulated by the gold's role, by root
family (diplomatic 01-06, 10-13, 16 vs other), by set and by country. Only counts and codes are printed by default, no text.
"""
import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from role_confusion import blocks  # noqa: E402

DIPLOMATIC = {'01', '02', '03', '04', '05', '06', '10', '11', '12', '13', '16'}


def sides(block):
    """(side, code, root) of every gold event of a sentence block."""
    for ev in block['gold']:
        ev = ev.split('!')[0]
        src, _, rest = ev.partition('>')
        tgt, _, code = rest.partition(':')
        for side, c in (('source', src), ('target', tgt)):
            if c and c != '-':
                yield side, c, code[:2]


def set_name(pair):
    return os.path.basename(pair.split(':', 1)[1]).removesuffix('.tsv')


def bare(pairs):
    by_root, by_set, by_country = (collections.defaultdict(collections.Counter) for _ in range(3))
    for pair in pairs:
        details = pair.split(':', 1)[0]
        for b in blocks(details):
            for side, code, root in sides(b):
                iso = code[:3]
                if code.startswith('IGO') or iso == 'IDN' or len(code) < 3:
                    continue
                own = [mc for mc, _ in b['mentions'] if mc[:3] == iso]
                if not own or any(mc != iso for mc in own):
                    continue
                role = code[3:] or '(ISO3 alone)'
                by_root['diplomatic' if root in DIPLOMATIC else 'other'][role] += 1
                by_set[set_name(pair)][role] += 1
                by_country[iso][role] += 1
    total = sum((c for c in by_root.values()), collections.Counter())
    print('gold sides whose country the sentence names only bare:', dict(total.most_common()))
    for title, table in (('by root', by_root), ('by set', by_set), ('by country (top 12)', by_country)):
        print(title)
        for key, c in sorted(table.items(), key=lambda kv: -sum(kv[1].values()))[:12]:
            print(f'  {key:12} {dict(c.most_common())}')


def tickets(pairs):
    for pair in pairs:
        details = pair.split(':', 1)[0]
        for b in blocks(details):
            text, ms = b['text'], b['mentions']
            for (c1, t1), (c2, t2) in zip(ms, ms[1:]):
                if not (c1.startswith('IDN') and c2.startswith('IDN') and t1[:1].isupper() and t2[:1].isupper()):
                    continue
                m = re.search(r'(\S+\s+)?' + re.escape(t1) + r' ?[-\u2013] ?' + re.escape(t2), text)
                if m:
                    before = (m.group(1) or '').strip()
                    print(f'{set_name(pair)}\t{b["key"][0]}#{b["key"][1]}\tword before: {before or "-"}\t{c1} - {c2}'
                          f'\tgold {";".join(b["gold"]) or "-"}')


def mention(regex, pairs):
    rx = re.compile(regex)
    counts = collections.Counter()
    for pair in pairs:
        details = pair.split(':', 1)[0]
        for b in blocks(details):
            if any(rx.fullmatch(mt) for _, mt in b['mentions']):
                for _, code, _ in sides(b):
                    counts[code] += 1
    print(dict(counts.most_common(20)))


def main(argv):
    if len(argv) < 2 or argv[0] not in ('bare', 'tickets', 'mention'):
        print(__doc__, file=sys.stderr)
        return 2
    if argv[0] == 'bare':
        bare(argv[1:])
    elif argv[0] == 'tickets':
        tickets(argv[1:])
    else:
        mention(argv[1], argv[2:])
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
