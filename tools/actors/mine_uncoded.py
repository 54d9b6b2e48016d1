#!/usr/bin/env python3
"""Mine the people and organisations IndoSum names that Warta gives no actor code, by frequency.

Runs the real pipeline (`warta eval actors --dump-entities`) over the IndoSum articles of the dev split and
counts the entity mentions that get no actor code: PER and ORG names with no code, PER names with only a
bare country code (a known person with no role at the date, or a nationality guess), and nominal
(agent-like) mentions with no code. Prints the share of uncoded PER/ORG mentions and the top names.

Articles used: dev split only. Held-out test articles (zlib.crc32(id) % 5 == 0) are skipped by warta before
their text is rebuilt (src/Warta.Evaluation/Actors/EntityDump.cs) and re-checked here; the gold articles of
eval/events/id-dev.tsv and eval/articles/annotated-dev.txt are excluded too, so the names come from corpus
frequency, not from the sentences we are scored on.

Usage (from the repository root, after `dotnet build src/Warta.Cli -c Release`):
    python3 tools/actors/mine_uncoded.py [--top 300] [--category 'tajuk utama'] [--dump FILE] [--warta BIN] [--titles N] [--summary]
The repository's data/ is used (WARTA_DATA), so edits under data/actors count without a rebuild.
"""
import argparse
import collections
import os
import subprocess
import sys
import zlib

EXCLUDE = ["eval/events/id-dev.tsv", "eval/articles/annotated-dev.txt"]
DEFAULT_BIN = "src/Warta.Cli/bin/Release/net10.0/warta"


def held_out(article_id):
    return zlib.crc32(article_id.encode("utf-8")) % 5 == 0


def run_dump(repo, warta):
    env = dict(os.environ, WARTA_DATA=os.path.join(repo, "data"))
    cmd = [warta, "eval", "actors", "--dump-entities", "--exclude", *EXCLUDE]
    done = subprocess.run(cmd, cwd=repo, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"mine_uncoded: '{' '.join(cmd)}' failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout.splitlines()


def read_rows(lines):
    for n, line in enumerate(lines, 1):
        if not line or line.startswith("#"):
            continue
        f = line.split("\t")
        if len(f) != 10:
            sys.exit(f"mine_uncoded: dump line {n}: expected 10 columns, got {len(f)}")
        article, category, published, sentence, etype, nominal, actor, canonical, surface, before = f
        if held_out(article):
            sys.exit(f"mine_uncoded: dump line {n}: a held-out article slipped through; refusing to go on")
        yield article, category, published, int(sentence), etype, nominal == "yes", actor, canonical, " ".join(surface.split()), before


def uncoded_kind(etype, nominal, actor):
    """Why a mention counts as uncoded, or None when it has a useful code."""
    if nominal:
        return "nominal" if actor == "-" else None
    if etype not in ("PER", "ORG"):
        return None
    if actor == "-":
        return "none"
    if etype == "PER" and len(actor) == 3:
        return "country"  # a bare nationality: no role known at the date
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--top", type=int, default=300, help="names to list (default 300)")
    ap.add_argument("--dump", help="read an earlier dump (TSV) instead of running warta")
    ap.add_argument("--warta", default=DEFAULT_BIN, help=f"warta binary (default {DEFAULT_BIN})")
    ap.add_argument("--category", help="only articles of this IndoSum category (e.g. 'tajuk utama', the news where the event gold comes from)")
    ap.add_argument("--titles", type=int, default=0, help="also list this many words (and word pairs) written right before uncoded persons")
    ap.add_argument("--summary", action="store_true", help="print only the shares, not the names")
    args = ap.parse_args()
    repo = os.getcwd()
    if not os.path.exists(os.path.join(repo, "Warta.sln")):
        sys.exit("mine_uncoded: run it from the repository root (no Warta.sln here)")
    if args.dump:
        with open(args.dump, encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    else:
        if not os.path.exists(args.warta):
            sys.exit(f"mine_uncoded: '{args.warta}' not found; build with: dotnet build src/Warta.Cli -c Release")
        lines = run_dump(repo, args.warta)

    totals = collections.Counter()
    uncoded = collections.Counter()
    names = collections.Counter()
    kinds = collections.defaultdict(collections.Counter)
    articles = collections.defaultdict(set)
    years = collections.defaultdict(set)
    seen_articles = set()
    titles = collections.Counter()
    for article, category, published, _, etype, nominal, actor, _, surface, before in read_rows(lines):
        if args.category and category != args.category:
            continue
        seen_articles.add(article)
        if not nominal and etype in ("PER", "ORG"):
            totals[etype] += 1
        kind = uncoded_kind(etype, nominal, actor)
        if kind is None:
            continue
        if not nominal:
            uncoded[etype] += 1
        if etype == "PER" and not nominal and before != "-":
            # The words right before an uncoded person: the titles and role nouns that give no code yet.
            words = before.split()
            titles[words[-1]] += 1
            if len(words) >= 2:
                titles[" ".join(words[-2:])] += 1
        key = ("NOM" if nominal else etype, surface)
        names[key] += 1
        kinds[key][actor if kind == "country" else kind] += 1
        articles[key].add(article)
        years[key].add(published[:4])

    which = f"category '{args.category}'" if args.category else "all categories"
    print(f"dev-split IndoSum articles, {which}: {len(seen_articles)} (held-out and gold articles excluded)")
    for t in ("PER", "ORG"):
        share = uncoded[t] / totals[t] if totals[t] else 0.0
        print(f"uncoded {t} mentions: {uncoded[t]}/{totals[t]} = {share:.3f}")
    all_u, all_t = sum(uncoded.values()), sum(totals.values())
    print(f"uncoded PER+ORG mentions: {all_u}/{all_t} = {all_u / all_t if all_t else 0:.3f}")
    if args.titles:
        print(f"\n# top {args.titles} words right before uncoded PER mentions (title or role candidates)")
        for words, count in titles.most_common(args.titles):
            print(f"{count}\t{words}")
    if args.summary:
        return
    print(f"\n# top {args.top} uncoded names: mentions, articles, type, how (none / bare country / nominal), years, name")
    for (etype, surface), count in names.most_common(args.top):
        how = ",".join(f"{k}:{v}" for k, v in kinds[(etype, surface)].most_common())
        ys = ",".join(sorted(y for y in years[(etype, surface)] if y != "-")) or "-"
        print(f"{count}\t{len(articles[(etype, surface)])}\t{etype}\t{how}\t{ys}\t{surface}")


if __name__ == "__main__":
    main()
