#!/usr/bin/env python3
"""Writes data/actors/organizations-phoenix.tsv: intergovernmental organisations and NGOs of PETRARCH2's
Phoenix.International.actors.txt (MIT, Open Event Data Alliance), with their full names, acronyms and Phoenix codes,
read by the actor stage for ENGLISH documents only (after organizations.tsv and organizations-en.tsv, which win).

What is taken:
  - entries of the sections before "Multinational Corporations" whose code starts with IGO or NGO and carries no
    date range (an undated code is the organisation's own; dated codes are office holders), with their '+' synonyms;
  - the organisation named in the comment of an office holder's line ("EMEKA_ANYAOKU_ [IGOCWN 900701-000403]
    # The Commonwealth" -> "The Commonwealth" is IGOCWN), which names many IGOs the file has no entry for.
Left out, so a name never steals another reading:
  - names that look like people (two words or more with no organisation word: "BRIAN_MURGATROYD_");
  - names already in countries.tsv or organizations*.tsv, names listed under two codes, one-letter or two-letter
    acronyms, and the English words in COMMON below;
  - codes that are bare "IGO"/"NGO" (no organisation in them).
Names are written in title case ("East African Community"), a one-word name of up to six letters in capitals ("IAEA");
a leading "The" is dropped and added back as a variant-free form (the matcher skips articles anyway).

Usage (from the repository root):
  python3 tools/actors/igos_from_petrarch.py ../shared/data/events/petrarch2 > data/actors/organizations-phoenix.tsv
"""
import os, re, sys

ORG_WORDS = {"ORGANIZATION", "ORGANISATION", "COMMUNITY", "BANK", "UNION", "COUNCIL", "FUND", "COMMISSION", "AGENCY",
             "ASSOCIATION", "GROUP", "COURT", "TRIBUNAL", "FORUM", "PROGRAM", "PROGRAMME", "LEAGUE", "COMMITTEE",
             "FEDERATION", "INSTITUTE", "CONFERENCE", "MISSION", "PARLIAMENT", "ALLIANCE", "AUTHORITY", "OFFICE",
             "FOUNDATION", "SOCIETY", "NATIONS", "STATES", "TREATY", "PARTNERSHIP", "CENTER", "CENTRE", "NETWORK",
             "WATCH", "INTERNATIONAL", "CROSS", "CRESCENT", "FRONTIERS", "SECRETARIAT", "MOVEMENT", "COALITION",
             "BOARD", "CORPS", "COMMONWEALTH", "ASSEMBLY", "SECRETARY", "TRUST", "CAMPAIGN", "INITIATIVE", "SERVICE",
             "FACILITY", "INSTITUTION", "ORGANIZATIONS", "CHARITY", "RELIEF", "AID", "UNIT", "PANEL", "AGREEMENT"}
# Names that are ordinary English words or too vague to stand for one organisation (Warta developers).
COMMON = {"CARE", "AID", "MERCY", "HOPE", "RELIEF", "PEACE", "TRUST", "UNION", "COUNCIL", "COMMISSION", "GROUP",
          "LEAGUE", "COURT", "BANK", "FUND", "WATCH", "SOCIETY", "FORUM", "NETWORK", "MISSION", "THE_COMMISSION",
          "RED_CROSS", "WORLD", "GLOBAL", "AFRICA", "EUROPE", "ASIA", "AMERICA", "EUROPEAN", "AFRICAN", "ASIAN",
          "ARAB", "ISLAMIC", "CHRISTIAN", "CATHOLIC", "CHRISTIAN_CATHOLIC", "INTERNATIONAL", "UNITED_NATIONS_CHIEF",
          "ICC", "IPU", "ACT", "AIM", "ARC", "CAN", "END", "FAIR", "FREE", "HALT", "MAP", "OXFAM_INTERNATIONAL_AMERICA",
          "PSI", "SOS", "WAR", "WAY", "GOAL", "PLAN", "SAFE", "SAVE"}
SMALL = {"of", "the", "and", "for", "on", "in", "to", "de", "la", "du", "des", "et", "at", "by", "a", "an", "against"}
# Short words written in title case, not as acronyms ("Act Alliance", not "ACT Alliance").
SHORT_WORDS = {"aid", "act", "war", "red", "new", "law", "sea", "oil", "gas", "art", "age", "all", "one", "our", "way",
               "key", "top", "own", "day", "end", "pro", "bar", "inc", "air", "eye", "fun", "net", "job", "st", "lp", "sri", "non"}
# An office holder's comment names an organisation only when it has an organisation word or is one word, and is not a title.
NOT_ORG_COMMENT = re.compile(r"(^(President|Deputy|Secretar|Special|This|Head|Chief|Former|Director)|[0-9:(]|\bFrom\b)", re.I)
CODE = re.compile(r"\[([A-Z]{3,}(?:[A-Z]{3})*)\s*([^\]]*)\]")


def title(raw):
    words = [w for w in raw.strip("_ ").split("_") if w]
    if len(words) == 1 and len(words[0]) <= 6 and words[0].isalpha():
        return words[0].upper()
    out = []
    for k, w in enumerate(words):
        lw = w.lower()
        if k > 0 and lw in SMALL:
            out.append(lw)
        elif "." in w or (re.fullmatch(r"[A-Z]{2,5}", w) and not re.search(r"[AEIOU]", w)) or (len(w) <= 3 and lw not in SHORT_WORDS and lw not in SMALL):
            out.append(w.upper())
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def organisation_like(raw):
    words = [w for w in raw.strip("_ ").split("_") if w]
    if raw.strip("_ ") in COMMON or not words:
        return False
    if len(words) == 1:
        return len(words[0]) >= 3
    return any(w.strip("'S") in ORG_WORDS or w in ORG_WORDS for w in words)


def entries(path):
    """(names, code) of undated IGO/NGO entries and (comment name, code) of office holders, in file order."""
    names, block = [], []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if "Multinational Corporations" in line:
                break
            body = line.split("#", 1)[0].rstrip()
            comment = line.split("#", 1)[1].strip() if "#" in line else ""
            if not body.strip():
                if not line.strip():
                    block = []
                continue
            m = CODE.search(body)
            head = body[:m.start()] if m else body
            if head.strip().startswith("+"):
                block.append(head.strip()[1:])
            elif head.strip():
                block = [head.strip()]
            if not m:
                continue
            code, dates = m.group(1), m.group(2).strip()
            if not code.startswith(("IGO", "NGO")) or code in ("IGO", "NGO"):
                block = []
                continue
            if not dates:
                for n in block:
                    if organisation_like(n):
                        names.append((n, code))
            elif comment and not re.match(r"(NGO_Actors|IGOrulers|MleH|ELH|CTA|kkl)", comment):
                org = comment.split("#")[0].strip()
                raw = org.upper().replace(" ", "_")
                if org and not NOT_ORG_COMMENT.search(org) and (" " not in org or organisation_like(raw)):
                    names.append((raw, code))
            block = []
    return names


def known_names(repo):
    known = set()
    for f in ("countries.tsv", "organizations.tsv", "organizations-en.tsv"):
        with open(os.path.join(repo, "data", "actors", f), encoding="utf-8") as h:
            for line in h:
                if line.startswith("#") or not line.strip():
                    continue
                cols = line.rstrip("\n").split("\t")
                for c in cols[1:]:
                    for n in c.split("|"):
                        known.add(n.strip().lower())
    return known


def names_by_code(pairs, known):
    """(name, code) pairs -> {code: [names in first-seen order]}, keeping only names longer than two letters, not already
    in Warta's dictionaries (`known`, lower case) and given one code only (a name PETRARCH gives two codes is ambiguous)."""
    codes, order = {}, {}
    for name, code in pairs:
        if len(name.replace(".", "")) <= 2 or name.lower() in known:
            continue
        codes.setdefault(name, set()).add(code)
        order.setdefault(name, len(order))
    by_code = {}
    for name in sorted(codes, key=lambda n: order[n]):
        if len(codes[name]) == 1:
            by_code.setdefault(next(iter(codes[name])), []).append(name)
    return by_code


def main():
    folder = sys.argv[1]
    repo = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    found = entries(os.path.join(folder, "Phoenix.International.actors.txt"))
    by_code = names_by_code(((re.sub(r"^The ", "", title(raw)), code) for raw, code in found), known_names(repo))
    print("# Intergovernmental organisations and NGOs of PETRARCH2 Phoenix.International.actors.txt (MIT, Copyright (c) 2014")
    print("# Open Event Data Alliance): full names, acronyms and Phoenix codes, English documents only; generated by")
    print("# tools/actors/igos_from_petrarch.py (do not edit by hand: add hand rows to organizations-en.tsv, which wins).")
    print("# Columns: code <TAB> kind <TAB> canonical <TAB> variants (|)")
    for code in sorted(by_code):
        names = by_code[code]
        print(f"{code}\tigo\t{names[0]}\t{'|'.join(names[1:])}")


if __name__ == "__main__":
    main()
