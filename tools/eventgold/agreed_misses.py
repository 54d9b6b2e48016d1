#!/usr/bin/env python3
"""Events two annotations agree on, classified by what Warta did with them.

  python3 tools/eventgold/agreed_misses.py FIRST.tsv SECOND.tsv DETAILS.txt [-v]

FIRST/SECOND: two annotations of the same sentences (GUIDELINES §5 rows, e.g. eval/events/id-fresh5.tsv and
eval/events/agreement/id-fresh5-second.tsv). DETAILS: the output of `warta eval events --gold FIRST.tsv --details`.
For every (source, target, root) both annotators coded, prints whether Warta found it, and if not whether it found
no event in the sentence, another root, or the right root with other actors (and whether the gold source was among
the actors Warta found in the sentence). -v lists each miss with the start of its sentence (corpus text: keep the
output out of the repository). Details print article ids cut to 40 characters, so rows are matched on that prefix.
"""
import collections
import re
import sys


def load(p):
    d={}
    for l in open(p):
        if l.startswith('#'): continue
        c=l.rstrip('\n').split('\t')
        if len(c)<4: continue
        evs=set()
        if c[3]!='-':
            for e in c[3].split(';'):
                m=re.match(r'(\w+|-)>(\w+|-):(\d\d)',e)
                if m: evs.add(m.groups())
        d[(c[0][:40],c[1])]=evs
    return d
A=load(sys.argv[1]); B=load(sys.argv[2])
pred={}; acts={}; texts={}
lines=open(sys.argv[3]).read().split('\n')
for i,l in enumerate(lines):
    m=re.match(r'  (\S+)#(\d+)\tgold (\S+)\tpred (.*)',l)
    if not m: continue
    k=(m.group(1)[:40],m.group(2))
    p=set()
    if m.group(4)!='-':
        for e in m.group(4).split(';'):
            mm=re.match(r'(\w+|-)>(\w+|-):(\d\d)',e)
            if mm: p.add(mm.groups())
    pred[k]=p
    acts[k]=set(lines[i+1].split(':',1)[1].split()) if 'actors in' in lines[i+1] else set()
    texts[k]=lines[i+2][10:] if lines[i+2].startswith('    text:') else ''
c=collections.Counter(); n=0
for k in A:
    agreed=A[k]&B.get(k,set())
    for (s,t,r) in agreed:
        n+=1
        p=pred.get(k,set())
        if (s,t,r) in p: c['tp']+=1; continue
        roots={x[2] for x in p}
        if r not in roots:
            kind='root missed' + (', no event at all' if not p else ', other root')
            kind+= ', source found' if s in acts.get(k,set()) else ', source not found'
        elif s not in acts.get(k,set()): kind='root ok, source not found as actor'
        else: kind='root ok, wrong args'
        c[kind]+=1
        if '-v' in sys.argv: print(kind[:45],s,t,r,'|',texts.get(k,'')[:120])
print(n,'agreed events'); 
for k,v in c.most_common(): print(v,k)
