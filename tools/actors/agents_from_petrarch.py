#!/usr/bin/env python3
"""English generic agents from PETRARCH2's Phoenix.agents.txt (MIT, Open Event Data Alliance) as rows for
data/actors/agents-en.tsv (English documents only): one row per consecutive phrase (underscored words) and its plural, the agent code cut
to Warta's three-letter role (GOVAGR -> GOV; religious codes MUS/CHR/JEW/HIN/BUD... -> REL as in
eval/events/GUIDELINES.md). Skipped: gappy phrases (a blank inside), stems (a phrase ending in a cut word
is not a word Warta can match), ELI (elites, no CAMEO role), codes written before the actor (NGO~), and
words already in the given agents file (existing rows win).
Usage: tools/actors/agents_from_petrarch.py ../shared/data/events/petrarch2/Phoenix.agents.txt data/actors/agents-en.tsv
prints the new rows (append them under a header)."""
import re, sys

ROLES = {'GOV', 'MIL', 'REB', 'CRM', 'OPP', 'BUS', 'CVL', 'JUD', 'COP', 'MED', 'LEG', 'HLH', 'EDU', 'UAF', 'AGR',
         'LAB', 'REF', 'NGO', 'PTY', 'ENV', 'SPY', 'DEV', 'REL'}
RELIGIOUS = {'MUS', 'CHR', 'JEW', 'HIN', 'BUD', 'SIK', 'JAN', 'ZRO', 'BAH', 'CON', 'DOX', 'ATH', 'ITR', 'SHN', 'TAO'}
# Institutions (ORG) rather than people (PER) or groups of people (MISC)
ORG_HEADS = re.compile(r'(MINISTRY|MINISTRIES|DEPARTMENT|DEPT|AGENCY|COURT|POLICE|ARMY|FORCE|PARTY|COUNCIL|ASSEMBLY|'
                       r'PARLIAMENT|GOVERNMENT|COMMISSION|OFFICE|BUREAU|COMMITTEE|BANK|UNION|ORGANI[SZ]ATION|MEDIA|'
                       r'TELEVISION|NEWSPAPER|HOSPITAL|UNIVERSITY|COMPANY|FIRM|CORPORATION|INDUSTRY|NAVY|MILITARY|'
                       r'JUNTA|REGIME|CABINET|SENATE|CONGRESS|LEGISLATURE|JUDICIARY|EMBASSY|CONSULATE|GUARD|'
                       r'BRIGADE|BATTALION|REGIMENT|DIVISION|UNIT|CORPS|SERVICE|AUTHORIT|ADMINISTRATION|MILITIA|'
                       r'MOVEMENT|FRONT|GROUP|NETWORK|CARTEL|GANG|MAFIA|SYNDICATE|SCHOOL|COLLEGE|STATION|AIRLINE|'
                       r'CHAMBER|FEDERATION|ASSOCIATION|SOCIETY|INSTITUTE|BOARD|CLINIC|PRESS|RADIO|CHURCH|MOSQUE)$')
SUBST = {'!PERSON!': ['MAN', 'MEN', 'WOMAN', 'WOMEN', 'PERSON'], '!MINIST!': ['MINISTER', 'MINISTERS', 'MINISTRY', 'MINISTRIES']}
# a few common words PETRARCH lists that are mostly something else in running English text
NOT_AGENTS = {'press', 'state', 'power', 'powers', 'force', 'forces', 'source', 'sources', 'head', 'heads', 'member', 'members',
              'party', 'parties', 'side', 'sides', 'administration', 'leadership', 'body', 'bodies', 'house', 'cabinet',
              # places and things, not actors, in the annotation guidelines ("raided a village", "ten years in prison")
              'village', 'villages', 'school', 'schools', 'prison', 'prisons', 'settlement', 'settlements', 'neighborhood',
              'neighborhoods', 'neighbourhood', 'neighbourhoods', 'community', 'communities', 'population', 'populations',
              'kingdom', 'kingdoms', 'industry', 'industries', 'business', 'businesses', 'airline', 'airlines', 'airway',
              'airways', 'airliner', 'airliners', 'jetliner', 'jetliners', 'tanker', 'tankers', 'supertanker', 'supertankers',
              'freighter', 'freighters', 'containership', 'containerships', 'jumbojet', 'jumbojets', 'aerospace', 'aerospaces',
              'college', 'colleges', 'schoolhouse', 'schoolhouses', 'polity', 'polities', 'governance', 'governances',
              # adjectives and words of other senses first
              'deputy', 'deputies', 'native', 'natives', 'naturalized', 'naturalizeds', 'academic', 'intellectual', 'criminal',
              'christian', 'buddhist', 'anglican', 'maronite', 'unitarian', 'muslim', 'islamic', 'jewish', 'hindu', 'catholic',
              'protestant', 'orthodox', 'sunni', 'shia', 'shiite', 'islamist', 'radical', 'moderate', 'liberal', 'conservative',
              'monger', 'mongers', 'oiler', 'oilers', 'producer', 'producers', 'bargainer', 'bargainers', 'cabinetmaker',
              'cabinetmakers', 'fisher', 'fishers', 'granger', 'grangers', 'cropper', 'croppers', 'mob', 'mobs', 'rabble',
              'spokesman', 'spokesmen', 'spokeswoman', 'spokeswomen', 'spokesperson', 'spokespersons', 'detainee', 'detainees',
              'navals', 'carrier', 'carriers', 'bomber', 'bombers', 'captain', 'captains', 'rebellion', 'rebellions', 'revolt',
              'revolts', 'uprising', 'uprisings', 'insurgence', 'insurgences', 'insurgency', 'insurgencies', 'publication',
              'publications', 'telecom', 'telecoms', 'blog', 'blogs', 'website', 'websites', 'advocate', 'advocates', 'counsel',
              'counsels', 'counsellor', 'counsellors', 'counselor', 'counselors', 'chamber', 'chambers', 'representatives',
              'state-owned', 'state-owneds', 'semi-official', 'semi-officials', 'sovereign', 'sovereigns', 'doc', 'religion',
              'religions', 'jewishes', 'hasidims', 'townspeoples', 'assemblage', 'assemblages', 'echelon', 'echelons',
              'tv', 'tvs', 'blogger', 'bloggers', 'elector', 'electors', 'electorate', 'electorates', 'boss', 'bosses', 'hunter', 'hunters'}


def plural(w):
    if w.endswith(('MEN', 'PEOPLE', 'REN', 'IA')): return None
    if w.endswith('CHILD'): return w + 'REN'
    if w.endswith('MAN'): return w[:-3] + 'MEN'
    if w.endswith('Y') and len(w) > 1 and w[-2] not in 'AEIOU': return w[:-1] + 'IES'
    if w.endswith(('SS', 'SH', 'CH', 'X')): return w + 'ES'
    if w.endswith('S'): return None
    return w + 'S'


def rows(path):
    for raw in open(path, encoding='utf-8', errors='replace'):
        line = raw.split('#', 1)[0].rstrip()
        m = re.match(r'^(\S+)\s*(\{[^}]*\})?\s*\[~([A-Z]+)\]\s*$', line)
        if not m: continue
        phrase, plural_spec, code = m.group(1), m.group(2), m.group(3)
        if phrase.endswith('_'): continue
        role = 'REL' if code[:3] in RELIGIOUS else code[:3]
        # the English gold sets code intelligence services as their government (GUIDELINES.md §4 has no SPY role)
        if role == 'SPY': role = 'GOV'
        if role not in ROLES: continue
        variants = [phrase]
        for key, subs in SUBST.items():
            if key in phrase: variants = [v.replace(key, s) for v in variants for s in subs]
        for v in variants:
            forms = [v]
            if plural_spec is None:
                forms.append(plural(v))
            elif plural_spec.strip('{} '):
                forms.append(plural_spec.strip('{} '))
            for f in forms:
                if f is None: continue
                words = f.replace('_', ' ').lower().split()
                if not words or not re.fullmatch(r"[a-z][a-z.'-]*", words[-1]): continue
                yield ' '.join(words), role, f == v and plural_spec is None


def main():
    src, agents = sys.argv[1], sys.argv[2]
    existing = {l.split('\t')[0].lower() for l in open(agents, encoding='utf-8') if l.strip() and not l.startswith('#')}
    seen = set()
    for phrase, role, singular in rows(src):
        if phrase in existing or phrase in seen or phrase in NOT_AGENTS: continue
        seen.add(phrase)
        # armed fighters of a group are rebels in the guidelines, as militants and terrorists are
        if phrase in ('militant', 'terrorist', 'terrorists', 'fighter', 'fighters', 'jihadist', 'jihadists'): role = 'REB'
        last = phrase.split()[-1].upper()
        kind = 'ORG' if ORG_HEADS.search(last) else ('PER' if singular and not last.endswith('S') else 'MISC')
        print(f'{phrase}\t{role}\t{kind}\tno')


if __name__ == '__main__':
    main()
