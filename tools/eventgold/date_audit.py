#!/usr/bin/env python3
"""Re-score Warta's event dates on the hand-judged date audits (eval/events/audit/README.md, "Event dates").

  date_audit.py [--audit eval/events/audit/id-date-audit2.tsv] [--second FILE] [--warta BIN] [--show]

Rebuilds the audited IndoSum articles exactly as the audits did (tokens joined by spaces, paragraphs by blank lines;
publication date = the URL date of DERIVED_index_url_dates.tsv when the article has one, else the id's Unix crawl
timestamp read in WIB minus one day), runs `warta analyze` on them once, finds each judged event by (article, sentence,
code) and scores its date against the judge's: right when equal at the judge's granularity (a judged month is matched by
any day of it). Rows judged `skip` are left out; rows judged `-` (the text gives no date) are never right, and those
whose kind is "unknown" (the act happened around publication, only the true publication day could decide) are left out
of the judgeable accuracy. Prints accuracy over all real events and over the judgeable ones, with Wilson 95 % intervals;
events the engine no longer emits are counted apart. `--second` scores against a second judge's file
(id-date-audit2-second.tsv: real_second, judged_date_second, dash_kind) instead of the first judge's columns.
`--show` lists each scored row. No article text is written anywhere but a temporary folder. Run from the repository
root (data/ is read from there: WARTA_DATA).
"""
import argparse, datetime, json, math, os, subprocess, sys, tempfile

INDOSUM = os.path.join('..', 'shared', 'data', 'news', 'indosum')
WARTA = os.path.join('src', 'Warta.Cli', 'bin', 'Release', 'net10.0', 'warta')


def rows_of(path):
    header, rows = None, []
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        cells = line.rstrip('\n').split('\t')
        if header is None:
            header = cells
            continue
        rows.append(dict(zip(header, cells)))
    return rows


def judgements(audit, second):
    """((article, sentence, code), judged date, real, unknown) for each audited event; one key may hold two rows (two
    actor pairs of one code in a sentence)."""
    out = []
    if second:
        for r in rows_of(second):
            key = (r['article_id'], int(r['sentence']), r['code'])
            out.append((key, r['judged_date_second'], r['real_second'] == 'real', r.get('dash_kind') == 'unknown'))
        return out
    for r in rows_of(audit):
        key = (r['article_id'], int(r['sentence']), r['code'])
        verdict = r.get('verdict_after') or r.get('verdict_before')
        out.append((key, r['judged_date'], verdict != 'skip', verdict == 'unknown'))
    return out


def articles(ids):
    url = {}
    for line in open(os.path.join(INDOSUM, 'DERIVED_index_url_dates.tsv'), encoding='utf-8'):
        if line.startswith('#'):
            continue
        p = line.rstrip('\n').split('\t')
        url[p[0]] = p[3] if len(p) > 3 else ''
    found = {}
    for fold in ('dev.01.jsonl', 'dev.02.jsonl', 'dev.03.jsonl'):
        for line in open(os.path.join(INDOSUM, fold), encoding='utf-8'):
            a = json.loads(line)
            if a['id'] not in ids or a['id'] in found:
                continue
            published = url.get(a['id'])
            if not published:
                crawled = datetime.datetime.fromtimestamp(int(a['id'].split('-')[0]), datetime.timezone.utc)
                published = (crawled + datetime.timedelta(hours=7) - datetime.timedelta(days=1)).strftime('%Y-%m-%d')
            text = '\n\n'.join(' '.join(' '.join(s) for s in p) for p in a['paragraphs'])
            found[a['id']] = {'id': a['id'], 'text': text, 'published': published}
    missing = ids - set(found)
    if missing:
        sys.exit(f'date_audit: {len(missing)} audited articles not found in {INDOSUM} (e.g. {sorted(missing)[0]}); '
                 'run from the repository root next to ../shared.')
    return found


def wilson(k, n, z=1.96):
    if n == 0:
        return 0.0, 0.0
    p = k / n
    d = 1 + z * z / n
    c = p + z * z / (2 * n)
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (c - h) / d, (c + h) / d


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--audit', default=os.path.join('eval', 'events', 'audit', 'id-date-audit2.tsv'))
    ap.add_argument('--second', help='score against this second judge file instead')
    ap.add_argument('--warta', default=WARTA)
    ap.add_argument('--show', action='store_true')
    args = ap.parse_args()
    if not os.path.exists(args.warta):
        sys.exit(f"date_audit: no Warta binary at '{args.warta}': build it (dotnet build src/Warta.Cli -c Release) or pass --warta.")
    judged = judgements(args.audit, args.second)
    docs = articles({k[0][0] for k in judged})
    with tempfile.TemporaryDirectory() as tmp:
        source, output = os.path.join(tmp, 'articles.jsonl'), os.path.join(tmp, 'out.jsonl')
        with open(source, 'w', encoding='utf-8') as f:
            for a in docs.values():
                f.write(json.dumps(a, ensure_ascii=False) + '\n')
        env = dict(os.environ, WARTA_DATA=os.environ.get('WARTA_DATA', os.path.abspath('data')))
        subprocess.run([args.warta, 'analyze', source, '--lang', 'id', '-o', output], check=True, env=env,
                       stdout=subprocess.DEVNULL)
        dates = {}
        for line in open(output, encoding='utf-8'):
            a = json.loads(line)
            for e in a.get('events', []):
                dates.setdefault((a['id'], e['sentence'], e['code']), e.get('date'))
    real = right = unknown = gone = 0
    for key, judged_date, is_real, is_unknown in judged:
        if not is_real:
            continue
        date = dates.get(key)
        if key not in dates:
            gone += 1
            continue
        real += 1
        ok = judged_date != '-' and date is not None and (date == judged_date or date.startswith(judged_date + '-'))
        right += ok
        unknown += is_unknown and not ok
        if args.show:
            print(f"{'right' if ok else 'wrong':5} {key[0][:48]} s{key[1]} {key[2]} warta {date} judged {judged_date}")
    lo, hi = wilson(right, real)
    judgeable = real - unknown
    lo2, hi2 = wilson(right, judgeable)
    print(f"{args.second or args.audit}: {real} real events scored ({gone} no longer emitted)")
    print(f"right {right}/{real} = {right / max(real, 1):.2f} [{lo:.2f}, {hi:.2f}]; "
          f"judgeable {right}/{judgeable} = {right / max(judgeable, 1):.2f} [{lo2:.2f}, {hi2:.2f}]")


if __name__ == '__main__':
    main()
