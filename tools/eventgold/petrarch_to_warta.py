#!/usr/bin/env python3
"""Converts PETRARCH2's English CAMEO verb dictionary into Warta's event pattern format.

  python3 tools/eventgold/petrarch_to_warta.py [CAMEO.2.0.txt] [out.tsv]

Defaults: ../shared/data/events/petrarch2/CAMEO.2.0.txt -> data/en/events/patterns-petrarch.tsv
(run from the repository root). Output format: data/events/FORMAT.md (code, kind, trigger, object,
target; TAB-separated). Deterministic: same input, same output.

How PETRARCH constructs are mapped (PETRARCH relies on a parse tree; Warta matches tokens in a clause):
- a verb block (`--- NAME [code] ---` + synonym lines) gives one `verb` line per code for its isolated
  verbs (block default or the verb's own `[code]`); isolated verbs coded 010 become `say` lines;
- each pattern `- * OBJECT (PREP NOUN) [code]` applies to the verb its comment names (`# HOLD`), or to
  every verb of its block when the comment names none (PETRARCH applies it to the whole block, which
  turns 'hold a protest' into 'jail ... protest' = 141):
  object = the direct-object noun phrase, else the noun of the first prepositional phrase after its preposition
  ('to prison', 'to the prison': "condemned X to prison" is a sentence, "condemned the detention of" is not);
  a preposition-only phrase `(TO)` is skipped (a bare preposition would match almost any clause);
  null patterns (`- * RULER [---]`) become exclusions (`!ruler`) on the block's bare verb lines, plus a
  few figurative senses listed in EXTRA_EXCLUSIONS (`fight terrorism`);
  a comment naming a verb that is not in the block (a pattern merged from another block) applies the pattern
  to the block's verbs that no comment names, or to none;
  patterns that add a prepositional phrase to an object already covered by a simpler pattern are
  dropped (Warta has one object slot), and so is every later pattern repeating a (verb, object) pair;
- synonym sets (`&WEAPON`) are expanded to their members; irregular plurals (-ies) are added to nouns
  (the engine matches +s/+es itself);
  patterns expanding to more than MAX_ALTERNATIVES object phrases are skipped;
- patterns with words before the verb (constraints on the source) and null codes `[---]` are skipped;
- `[a:b]` codes keep `a` (the code of the pattern itself); `[:b]` (only the reverse act) becomes a reversed pattern
  (target `<from`: the actor in the from-phrase acts on the subject), and bare verbs coded `[:b]` are left out; codes that the
  CAMEO table (../shared/data/events/cameo-goldstein.tsv) lacks are cut back to their parent code.
"""
import os
import re
import sys

SRC = os.path.join('..', 'shared', 'data', 'events', 'petrarch2', 'CAMEO.2.0.txt')
OUT = os.path.join('data', 'en', 'events', 'patterns-petrarch.tsv')
CAMEO = os.path.join('..', 'shared', 'data', 'events', 'cameo-goldstein.tsv')

# Senses PETRARCH leaves to its parser that a token matcher must exclude: 'fight terrorism' is a
# policy, not combat; 'target' and 'aim' are mostly figurative in news text.
EXTRA_EXCLUSIONS = {
    'release': ['album', 'song', 'single', 'film', 'movie', 'statement', 'report', 'data', 'figures', 'video',
                'book', 'results', 'product', 'smartphone', 'version', 'details', 'budget', 'water'],
    'beat': ['goal', 'goals', 'final', 'match', 'game', 'points', 'record', 'odds', 'deadline', 'heat', 'traffic',
             # sports results ("beat Colombia 1-0 in extra time"), not combat
             'extra time', 'penalties', 'penalty', 'shootout', 'title', 'cup', 'trophy', 'semifinal', 'semi-final',
             'quarterfinal', 'quarter-final', 'tournament', 'championship', 'league', 'sets', 'innings', 'wickets'],
    'defeat': ['goal', 'goals', 'final', 'match', 'game', 'points', 'extra time', 'penalties', 'penalty', 'shootout',
               'title', 'cup', 'trophy', 'semifinal', 'semi-final', 'quarterfinal', 'quarter-final', 'tournament',
               'championship', 'league', 'sets', 'innings', 'wickets', 'election', 'vote', 'polls', 'runoff'],
    'fight': ['terrorism', 'corruption', 'crime', 'poverty', 'drugs', 'drug', 'disease', 'cancer', 'fire',
              'fires', 'inflation', 'hunger', 'climate change', 'smuggling', 'trafficking', 'graft'],
    'battle': ['cancer', 'disease', 'illness', 'inflation', 'fire', 'fires'],
    # a biography's schooling ("studied politics and economics at Oxford"), not an inspection
    'study': ['politics', 'economics', 'law', 'medicine', 'engineering', 'philosophy', 'history', 'university',
              'school', 'college', 'degree', 'abroad'],
    # containing an epidemic or a fire is no coercion
    'contain': ['outbreak', 'epidemic', 'spread', 'virus', 'disease', 'cholera', 'fire', 'fires', 'inflation', 'damage', 'blaze', 'spill'],
    # 'take office', 'take part', 'take place': idioms, not seizures
    'take': ['office', 'part', 'place', 'effect', 'over', 'oath', 'the oath', 'steps', 'measures', 'action', 'note',
             'responsibility', 'time', 'care', 'advantage'],
    # facing hardship or charges is no meeting (PETRARCH's MEET_PEOPLE block lists 'face'): "5.7 million Haitians face acute hunger"
    'face': ['hunger', 'famine', 'starvation', 'shortages', 'charges', 'trial', 'prosecution', 'death', 'risk', 'crisis',
             'difficulties', 'fines', 'jail', 'prison', 'eviction', 'deportation', 'floods', 'drought'],
    # economic forecasts ("expects Senegal's economy to grow by 8 percent") are no intent to cooperate (PREDICT 'expect' is 030)
    'expect': ['economy', 'economies', 'growth', 'inflation', 'prices', 'gdp', 'output', 'exports', 'percent', 'rate', 'rates',
               'demand', 'revenue', 'revenues', 'deficit', 'harvest', 'production'],
    # hurting an economy or a trade is no assault ("India's ban on Chinese apps hurt trade")
    'hurt': ['trade', 'economy', 'economies', 'exports', 'imports', 'sales', 'growth', 'business', 'businesses', 'industry',
             'prospects', 'chances', 'tourism', 'investment', 'markets', 'profits', 'revenue', 'ratings', 'feelings'],
    # a quantity passing a mark ("the population passed 14 million") is no concession (ALLOW 'pass' is 080)
    'pass': ['million', 'billion', 'mark', 'milestone', 'percent', 'threshold', 'level', 'record'],
    # an embedded question ("are asking whether …") is no appeal
    'ask': ['whether'],
    # hosting refugees or migrants is no diplomatic hosting (en-check: "Bangladesh hosts about 1.1 million Rohingya refugees")
    'host': ['refugees', 'refugee', 'migrants', 'displaced', 'asylum seekers'],
    # a biography's membership ("joined the liberation movement as a teenager"), no meeting
    'join': ['movement', 'liberation movement', 'party', 'club', 'team', 'company', 'board', 'faculty', 'staff'],
    # crowds filling a square or the streets are no compliance (PETRARCH's OBEY block lists 'fill')
    'fill': ['square', 'squares', 'streets', 'stadium', 'hall', 'roads'],
    'combat': ['terrorism', 'corruption', 'crime', 'poverty', 'drugs', 'disease', 'inflation', 'smuggling',
               'trafficking'],
}
# Codes PETRARCH2 gives inconsistently: (block / verb, object) -> (code, why).
CODE_OVERRIDES = {
    ('DEPORT / EXPEL', 'diplomat'): ('174', 'PETRARCH2 has 161 here but 174 for "diplomats"; CAMEO 174 = expel individuals'),
}
# Object patterns a token matcher cannot use: (block / verb, object) -> why. 'make no' (124, "made no concessions")
# matches any "made no mention/progress/comment" (en-check).
DROPPED_PATTERNS = {
    ('MAKE / MAKE', 'no'): 'a bare "no" object matches any "made no mention/progress"',
}
# Bare verbs of a block a token matcher must not code on their own: block name -> (forms, why).
DROPPED_BARE_FORMS = {
    # leaving a place is no visit: the English gold sets code 'left ECOWAS' 161, 'ordered the mission to leave' 16x, 'would not leave
    # northern Iraq' 087, 'barred residents from leaving' nothing (0 of 12 'leave' sentences is a 04)
    'GO_SOMEWHERE': (['leave', 'leaves', 'leaving', 'left', 'leave behind', 'leaves behind', 'leaving behind', 'left behind'],
                     'leaving is not going to meet'),
    # an order is coded as the act ordered ('ordered X to block accounts' 1721, 'ordered the mission to leave' 1661, 'ordered troops
    # into' 154: patterns with objects); a bare 'order' is neither a demand (100) nor a meeting (040) in any English gold row
    'OVERSEE_MANAGE': (['order', 'orders', 'ordered', 'ordering'], 'an order is the act ordered'),
    # a vote to do something is that act (the English grammar lists vote as transparent): 'voted to recognise a Palestinian state' 054,
    # no intent (030) beside it
    'SELECT': (['vote', 'votes', 'voted', 'voting'], 'a vote is the act voted'),
}
# Products of two big synonym sets ({&WEAPON &AIRCRAFT}) would give lines of thousands of phrases.
MAX_ALTERNATIVES = 240
SEARCH_STOP = {'A', 'AN', 'THE', 'OF', 'TO', 'FOR', 'IN', 'ON', 'WITH', 'FROM', 'AS', 'AT', 'BY'}


def known_codes():
    codes = set()
    with open(CAMEO, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or line.startswith('code'):
                continue
            codes.add(line.split('\t')[0])
    return codes


def words(phrase):
    """PETRARCH phrase (underscores, trailing '_' = no plural) -> lower-case words."""
    return phrase.strip('_').replace('_', ' ').lower()


def plural(noun):
    last = noun.split(' ')[-1]
    if last.endswith(('ly', 'ing', 'ed', 'ous', 'ful', 'ive', 'ic', 'al', 'ary')) or len(last) < 3:
        return None  # adjectives, adverbs, participles: no plural
    if last.endswith(('s', 'x', 'z', 'ch', 'sh')):
        return noun + 'es' if not last.endswith('s') else None
    if last.endswith('y') and len(last) > 1 and last[-2] not in 'aeiou':
        return noun[:-1] + 'ies'
    return noun + 's'


def read_synsets(lines):
    sets, name = {}, None
    for raw in lines:
        line = raw.split('#', 1)[0].rstrip()
        if not raw.strip():
            name = None
            continue
        if line.startswith('&'):
            name = line.strip()
            sets[name.rstrip('_')] = {'plural': not name.endswith('_'), 'members': []}
            name = name.rstrip('_')
        elif line.startswith('+') and name:
            sets[name]['members'].append(line[1:].strip())
    return sets


def regular_forms(verb):
    """Inflected forms of an English verb (only used for multi-word verbs, whose inflection the
    engine cannot infer from a single base word)."""
    if verb.endswith('e'):
        return [verb, verb + 's', verb + 'd', verb[:-1] + 'ing']
    if verb.endswith('y') and verb[-2:-1] not in 'aeiou':
        return [verb, verb[:-1] + 'ies', verb[:-1] + 'ied', verb + 'ing']
    if verb.endswith(('s', 'x', 'z', 'ch', 'sh')):
        return [verb, verb + 'es', verb + 'ed', verb + 'ing']
    return [verb, verb + 's', verb + 'ed', verb + 'ing']


def verb_forms(entry):
    """'+CORDON_OFF {+CORDONED_OFF ...}' / 'QUERY {QUERIES ...}' / 'ASK' -> list of forms."""
    m = re.match(r'^([^{\[]+?)\s*(\{([^}]*)\})?\s*$', entry)
    if not m:
        return []
    head = m.group(1).strip()
    # '{+CRACKED_DOWN , +CRACKS_DOWN}': some lists separate forms by commas, which are no forms
    irregular = [words(w.replace('+', '')) for w in (m.group(3) or '').replace(',', ' ').split()]
    forms = []
    if '_' in head.strip('_'):
        parts = head.split('_')
        plain = [p.replace('+', '') for p in parts]
        if not irregular:
            idx = next((i for i, p in enumerate(parts) if p.startswith('+')), 0)
            for f in regular_forms(plain[idx].lower()):
                forms.append(' '.join(p.lower() if i != idx else f for i, p in enumerate(plain)))
        else:
            forms.append(' '.join(p.lower() for p in plain))
    else:
        forms.append(words(head.replace('+', '')))
    for f in irregular:
        if f and f not in forms:
            forms.append(f)
    return forms


def expand(token, synsets):
    """A pattern element (NOUN, {ADJ NOUN}, &SET) -> list of phrases (with plurals)."""
    token = token.strip('{}')
    parts = token.split()
    out = ['']
    pluralize = True
    for p in parts:
        if p.startswith('&'):
            s = synsets.get(p.rstrip('_'))
            if not s:
                return []
            pluralize = pluralize and s['plural']
            alts = [words(m) for m in s['members']]
        else:
            if p.endswith('_'):
                pluralize = False
            alts = [words(p)]
        out = [(o + ' ' + a).strip() for o in out for a in alts]
    result = []
    for o in out:
        if o and o not in result:
            result.append(o)
        pl = plural(o) if pluralize and o else None
        # the engine already matches form+'s'/'es'; only irregular plurals (-ies) need listing
        if pl and pl not in result and pl not in (o + 's', o + 'es'):
            result.append(pl)
    return result


PAT = re.compile(r'^-\s*(.*?)\s*\[([^\]]*)\]')


def parse_pattern(line):
    """'- * {FINANCIAL AID} (FOR X) [0231] # ...' -> (pre, post elements, code) or None."""
    m = PAT.match(line)
    if not m:
        return None
    body, code = m.group(1), m.group(2)
    if '*' not in body:
        return None
    pre, post = body.split('*', 1)
    pre = pre.replace('$', '').replace('+', '').replace('%', '').strip()
    post = re.sub(r'[$+^%]', ' ', post)
    elements = re.findall(r'\([^)]*\)|\{[^}]*\}|[^\s(){}]+', post)
    return pre, [e for e in elements if e.strip()], code


def norm_code(raw, codes):
    raw = raw.replace('!', '').strip()
    if ':' in raw:
        a, b = raw.split(':', 1)
        raw = a or b
    if not raw or raw == '---' or not raw.isdigit():
        return None
    while raw and raw not in codes:
        raw = raw[:-1]
        if len(raw) < 2:
            return None
    return raw


def convert(src, codes):
    with open(src, encoding='utf-8', errors='replace') as f:
        lines = f.read().splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith('####### VERB PATTERNS'))
    end = next((i for i, l in enumerate(lines) if l.startswith('######## TRANSFORMATIONS')), len(lines))
    synsets = read_synsets(lines[:start])
    blocks, block = [], None
    for line in lines[start + 1:end]:
        if line.startswith('---'):
            m = re.match(r'^---\s*(.*?)\s*\[([^\]]*)\]\s*---', line)
            block = {'name': m.group(1) if m else line, 'code': m.group(2) if m else '---',
                     'verbs': [], 'patterns': []}
            blocks.append(block)
            continue
        if block is None:
            continue
        text = line.split('#', 1)[0].rstrip()
        if not text.strip():
            continue
        if text.startswith('-'):
            p = parse_pattern(text)
            if p:
                comment = line.split('#', 1)[1] if '#' in line else ''
                origin = re.split(r'[,;]', comment.strip())[0].strip().upper() if comment.strip() else ''
                block['patterns'].append(p + (origin,))
        elif text.startswith('~'):
            continue
        else:
            cm = re.search(r'\[([^\]]*)\]', text)
            own = cm.group(1) if cm else None
            entry = re.sub(r'\[[^\]]*\]', '', text).strip()
            block['verbs'].append((verb_forms(entry), own))
    rows, stats = [], {'blocks': len(blocks), 'skipped_pre': 0, 'skipped_null': 0, 'skipped_dup': 0}
    for b in blocks:
        all_forms = []
        for forms, _ in b['verbs']:
            all_forms += [f for f in forms if f not in all_forms]
        if not all_forms:
            continue
        # isolated verbs, grouped per code
        by_code = {}
        for forms, own in b['verbs']:
            raw_code = own if own else b['code']
            code = norm_code(raw_code, codes)
            # a bare verb coded the other way round ('OFFEND [:110]': the offended disapproves) has no phrase to take the
            # source from: left out rather than coded in the wrong direction
            if code and raw_code.replace('!', '').strip().startswith(':'):
                stats['skipped_reversed_verb'] = stats.get('skipped_reversed_verb', 0) + 1
                continue
            if code:
                by_code.setdefault(code, []).extend(f for f in forms if f not in by_code.get(code, []))
        bare_rows_at = len(rows)
        seen = set()
        exclusions = []
        simple = [p for p in b['patterns'] if len(p[1]) == 1]
        complex_ = [p for p in b['patterns'] if len(p[1]) != 1]
        heads = {}
        for forms, _ in b['verbs']:
            if forms:
                heads.setdefault(forms[0].upper().replace(' ', '_'), forms)
        # a comment may name a verb by another of its forms ('# FOUND' for FIND {FOUND})
        for forms, _ in b['verbs']:
            for f in forms:
                heads.setdefault(f.upper().replace(' ', '_'), forms)
        # a comment naming a verb of another block ('# URGE' in the DEMAND block: a pattern merged from elsewhere) does
        # not speak for the block's verbs that have patterns of their own ('demand talks' is 106, not URGE's 026): it
        # applies to the verbs no comment of the block names, or to none
        named = {p[3].replace(' ', '_') for p in b['patterns']}
        claimed = {id(heads[n]) for n in named if n in heads}
        unclaimed = [f for forms, _ in b['verbs'] if forms and id(forms) not in claimed for f in forms]
        for pre, elements, raw, origin in simple + complex_:
            if pre:
                stats['skipped_pre'] += 1
                continue
            code = norm_code(raw, codes)
            # '[:054]' codes the act the other way round (TABARI/PETRARCH 'source:target' codes): 'gain recognition
            # (from) +' is the one in the from-phrase recognising the subject; Warta writes that '<from'
            reversed_ = raw.replace('!', '').strip().startswith(':')
            bare = [e for e in elements if not e.startswith('(')]
            if not code:
                # a null pattern ('oust RULER' = no event) becomes an exclusion on the block's bare verbs
                if len(bare) == 1 and not elements[0].startswith('('):
                    exclusions.extend(expand(bare[0], synsets))
                stats['skipped_null'] += 1
                continue
            pps = [e[1:-1].split(None, 1) for e in elements if e.startswith('(')]
            target = '<from' if reversed_ else '-'
            if bare:
                obj = []
                for e in bare:
                    if e.upper() in SEARCH_STOP and len(bare) > 1:
                        continue
                    obj += expand(e, synsets)
                    break
            elif pps and len(pps[0]) > 1:
                # the noun of a prepositional phrase keeps its preposition (with or without "the"): 'condemn (TO &DETENTION)'
                # is sentencing someone to prison, not condemning "the detention of"
                prep = words(pps[0][0])
                nouns = expand(pps[0][1], synsets)
                obj = [f'{prep} {n}' for n in nouns] + [f'{prep} the {n}' for n in nouns if n.split(' ')[0] not in ('a', 'an', 'the')]
            else:
                # a bare preposition '(TO)' as an object would match almost any clause
                stats['skipped_prep_only'] = stats.get('skipped_prep_only', 0) + 1
                continue
            if len(obj) > MAX_ALTERNATIVES:
                stats['skipped_huge'] = stats.get('skipped_huge', 0) + 1
                continue
            key = (tuple(obj), origin)
            if not obj or key in seen:
                stats['skipped_dup'] += 1
                continue
            seen.add(key)
            # PETRARCH applies a pattern to every verb of its block ('hold a protest' -> 141 also fires for
            # 'jail ... protest'); its comment names the verb it was written for: keep to that verb.
            key = origin.replace(' ', '_')
            # ('# LAID_DOWN' for LAY {LAID}: a particle after one of the verb's forms)
            forms = heads.get(key) or heads.get(key.split('_')[0]) or (all_forms if not origin else unclaimed)
            if not forms:
                stats['skipped_foreign_verb'] = stats.get('skipped_foreign_verb', 0) + 1
                continue
            comment = f'{b["name"]} / {origin or "-"}'
            if (comment, '|'.join(obj)) in DROPPED_PATTERNS:
                stats['dropped'] = stats.get('dropped', 0) + 1
                continue
            if (comment, '|'.join(obj)) in CODE_OVERRIDES:
                code, why = CODE_OVERRIDES[(comment, '|'.join(obj))]
                comment = f'{comment} ({why})'
            rows.append((code, 'verb', '|'.join(forms), '|'.join(obj), target, comment))
        bare_rows = []
        for code, forms in by_code.items():
            dropped = DROPPED_BARE_FORMS.get(b['name'], ([], ''))[0]
            forms = [f for f in forms if f not in dropped]
            if not forms:
                continue
            kind = 'say' if code == '010' else 'verb'
            extra = [w for f in forms for w in EXTRA_EXCLUSIONS.get(f, [])]
            excl = '|'.join('!' + w for w in dict.fromkeys(exclusions + extra)) or '-'
            bare_rows.append((code, kind, '|'.join(forms), excl, '-', f'{b["name"]}'))
        rows[bare_rows_at:bare_rows_at] = bare_rows
    return rows, stats


def main(argv):
    src = argv[1] if len(argv) > 1 else SRC
    out = argv[2] if len(argv) > 2 else OUT
    codes = known_codes()
    rows, stats = convert(src, codes)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, 'w', encoding='utf-8') as o:
        o.write('# English CAMEO event patterns converted from PETRARCH2 CAMEO.2.0.txt (verb dictionary)\n')
        o.write('# Source: github.com/openeventdata/petrarch2, dictionaries/CAMEO.2.0.txt, MIT licence\n')
        o.write('# (c) the PETRARCH/TABARI authors; facts (verb lemmas, object words, codes) only.\n')
        o.write('# Generated by tools/eventgold/petrarch_to_warta.py (do not edit by hand: edit the tool or\n')
        o.write('# put overrides in patterns-core.tsv, which is loaded first). Format: data/events/FORMAT.md\n')
        o.write('# code\tkind\ttrigger\tobject\ttarget\t# PETRARCH verb block\n')
        for code, kind, trig, obj, target, comment in rows:
            o.write(f'{code}\t{kind}\t{trig}\t{obj}\t{target}\t# {comment}\n')
    roots = {}
    for r in rows:
        roots[r[0][:2]] = roots.get(r[0][:2], 0) + 1
    print(f'{len(rows)} patterns -> {out}; {stats}')
    print('per root:', ' '.join(f'{k}:{v}' for k, v in sorted(roots.items())))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
