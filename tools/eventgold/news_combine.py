#!/usr/bin/env python3
"""Joins the parts of a news-sentence event gold set, annotated by several annotators in parallel, into one file
with one header: news_combine.py OUT.tsv "HEADER LINE" PART1.tsv PART2.tsv ... The parts' own headers are kept
below the new one (as '#' lines, each announced by its file name), their rows in the order given; a sentence id
found twice is an error. The parts' notes (PART.notes.md) move to eval/events/news-notes/.
"""
import os
import shutil
import sys


def main(out, header, parts):
    seen, rows, headers = set(), [], []
    for part in parts:
        headers.append(f'# --- from {os.path.basename(part)} ---')
        with open(part, encoding='utf-8') as f:
            for line in f:
                if line.startswith('#'):
                    headers.append(line.rstrip('\n'))
                elif line.strip():
                    sid = line.split('\t', 1)[0]
                    if sid in seen:
                        raise SystemExit(f'news_combine: {part}: sentence {sid} is in an earlier part too')
                    seen.add(sid)
                    rows.append(line.rstrip('\n'))
    with open(out, 'w', encoding='utf-8') as f:
        f.write(f'# {header}\n')
        f.write('\n'.join(headers) + '\n')
        f.write('\n'.join(rows) + '\n')
    notes = os.path.join(os.path.dirname(out), 'news-notes')
    os.makedirs(notes, exist_ok=True)
    for part in parts:
        md = part[:-4] + '.notes.md'
        if os.path.exists(md):
            shutil.move(md, os.path.join(notes, os.path.basename(md)))
        if os.path.abspath(part) != os.path.abspath(out):
            os.remove(part)
    print(f'{out}: {len(rows)} rows from {len(parts)} parts')


if __name__ == '__main__':
    if len(sys.argv) < 4:
        print(__doc__)
        sys.exit(2)
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
