#!/usr/bin/env python3
"""Write data/actors/people-petrarch.tsv: the people of PETRARCH2's Phoenix.Countries.actors.txt (MIT, Open Event Data
Alliance) with their date-bounded codes, for English documents only (ActorDictionaryLoader reads the file with
language "en", like people-en.tsv).

Kept: entries marked '# CountryInfo.txt' (the people of CountryInfo) under a country section, with at least one spell
coded to a country in countries.tsv. Codes are cut to country + role (KENGOVAGR -> KENGOV); ELI (elite, out of office)
spells are dropped, so an undated English sentence reads a former leader at their last office and a dated one after it
gets the nationality. Spells keep Phoenix's order (chronological). Dates yymmdd: yy >= 30 -> 19yy.
Names are title-cased with Arabic/Romance/Germanic particles in lower case (al-, el-, bin, de, van ...), which matches
the text in any case. Single-word variants are kept only when they are the person's surname, at least four letters,
not a name of a place, organisation, agent noun or English tagger word Warta already has, nor a word of
PETRARCH2's verb/agent dictionaries or Warta's English event patterns, and not on the stoplist below
(English words that are also surnames). People already in people.tsv or people-en.tsv (any name) are left out.
Usage: python3 tools/actors/people_from_petrarch.py ../shared/data/events/petrarch2 > data/actors/people-petrarch.tsv
"""
import unicodedata, re
import sys
from pathlib import Path

ROLES = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "PTY", "SPY", "BUS", "MED", "EDU", "REL", "CVL", "NGO", "LAB", "AGR", "HLH", "REF", "CRM", "UAF", "IGO"}
PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "ter", "y", "e", "ould", "ben"}
STOP = set("""bush rice brown major may hunt king young white black green rich rose long little strong wood hill bell ball lamb cook
baker miller smith price page bond hope grant chase cross lane mark frank will wing gates cash love moon park lee sun song star
rain snow frost north south east west best hard fair wise good noble bright dear gold silver stone rock steel iron church
chapel pope bishop dean judge marshal sergeant colonel general admiral president prince duke earl lord baron knight carter
taylor mason fisher hunter shepherd farmer butler porter walker turner weaver sharp short swift wolf fox bird crow drake
lion bear hawk house hall field ford bridge banks brooks rivers waters woods gray grey reed read said says told kind law
power powers day days night christmas easter summer winter spring march august june april hockey trench sahel howard
marat lowell effendi sahara golf tennis soccer cricket rugby union labour labor liberal conservative socialist national
federal royal republic islam islamic christian muslim jewish arab african asian european latin""".split())
TITLES = set("""president prime premier secretary general gen minister foreign defense defence king queen prince princess ambassador
amb senator sen chancellor vice deputy chairman chief mr mrs ms dr governor gov mayor commander colonel col admiral adm
lieutenant lt major maj captain capt sergeant pope cardinal bishop rev former acting interior finance""".split())
ROOT = Path(__file__).resolve().parents[2]
PETRARCH = ROOT.parent / "shared" / "data" / "events" / "petrarch2"


def data_rows(*files):
    """The tab-separated columns of every data row of the named data/actors files that exist (comments skipped)."""
    for f in files:
        p = ROOT / "data" / "actors" / f
        if not p.exists():
            continue
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            yield line.split("\t")


def known_words():
    """Every name Warta already has (places, organisations, agents, common words), lower-cased."""
    words = set()
    for c in data_rows("countries.tsv", "places-world.tsv", "places-en.tsv", "organizations.tsv", "organizations-en.tsv", "agents.tsv", "agents-en.tsv", "discards.tsv"):
        for col in c[:4]:
            for n in col.split("|"):
                words.add(n.strip().lower())
    # the English tagger's word lists (titles, head words such as "Valley", demonyms, common words)
    for lst in sorted((ROOT / "data" / "en" / "ner").glob("*.txt")):
        for line in lst.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                words.add(line.strip().lower())
    # English vocabulary: every word of PETRARCH2's verb and agent dictionaries ("cable", "dodge", "stake") and of
    # Warta's English event patterns
    vocab = [PETRARCH / "CAMEO.2.0.txt", PETRARCH / "Phoenix.agents.txt"] + sorted((ROOT / "data" / "en" / "events").glob("*.tsv"))
    for f in vocab:
        if f.exists():
            words.update(w.lower() for w in re.findall(r"[A-Za-z]+", f.read_text(encoding="utf-8", errors="replace")))
    return words


def fold(name):
    """Lower case without diacritics: "António Guterres" in people.tsv is PETRARCH's "Antonio Guterres"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.strip().lower()) if not unicodedata.combining(c))


def people_names():
    names = set()
    for c in data_rows("people.tsv", "people-en.tsv"):
        names.add(fold(c[0]))
        if len(c) > 1:
            names.update(fold(v) for v in c[1].split("|") if v.strip())
    return names


def countries():
    out = set()
    for line in (ROOT / "data" / "actors" / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            out.add(line.split("\t")[0].strip())
    return out


def pretty(raw):
    """'SERGEY_V._LAVROV_' -> 'Sergey V. Lavrov'; 'BASHAR_AL-ASSAD' -> 'Bashar al-Assad'."""
    words = [w for w in raw.strip().strip("_").split("_") if w]
    out = []
    for i, w in enumerate(words):
        parts = []
        for j, part in enumerate(w.split("-")):
            low = part.lower()
            if low in PARTICLES and (i > 0 or j < len(w.split("-")) - 1):
                parts.append(low)
            else:
                parts.append(low[:1].upper() + low[1:])
        out.append("-".join(parts))
    return " ".join(out)


def date(text, end):
    if not text:
        return ""
    if len(text) == 6:
        yy = int(text[:2])
        text = ("19" if yy >= 30 else "20") + text
    if len(text) != 8 or not text.isdigit():
        return None
    y, m, d = text[:4], text[4:6], text[6:]
    if not ("01" <= m <= "12" and "01" <= d <= "31"):
        return None
    return f"{y}-{m}-{d}"


def spell(code_text, valid):
    """'[KENGOVAGR 080501-100531]' content -> 'KENGOV@2008-05-01..2010-05-31' (None when unusable)."""
    parts = code_text.split()
    if not parts:
        return None
    code = parts[0]
    rng = parts[1] if len(parts) > 1 else ""
    country, role = code[:3], code[3:6]
    if country not in valid or (role and role not in ROLES) or code.endswith("ELI") or role == "ELI":
        return None
    frm, to = "", ""
    if rng.startswith(">"):
        frm = date(rng[1:], False)
    elif rng.startswith("<"):
        to = date(rng[1:], True)
    elif "-" in rng:
        a, b = rng.split("-", 1)
        frm, to = date(a, False), date(b, True)
    elif rng:
        return None
    if frm is None or to is None:
        return None
    return f"{country}{role}@{frm}..{to}"


def years_in_office(spells):
    """Years covered by the spells with both ends given (overlaps counted twice: a rough prominence test)."""
    total = 0.0
    for s in spells:
        frm, to = s.split("@")[1].split("..")
        if frm and to:
            total += int(to[:4]) - int(frm[:4]) + (int(to[5:7]) - int(frm[5:7])) / 12
    return total


def main(folder):
    global PETRARCH
    PETRARCH = Path(folder)
    valid = countries()
    taken = people_names()
    known = known_words()
    section = None
    people = []
    current = None
    for raw in (Path(folder) / "Phoenix.Countries.actors.txt").read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        m = re.match(r"^([A-Z][A-Z_'.-]*?)_?\s+\[([A-Z]{3})\]\s*(#.*)?$", line)
        if m and not line.startswith(("+", "\t", " ")):
            section = m.group(2)
            current = None
            continue
        if line.startswith("+"):
            if current is not None:
                current["variants"].append(line[1:].split("#")[0].strip())
            continue
        if line.startswith(("\t", " ")):
            if current is not None:
                for c in re.findall(r"\[([^\]]*)\]", line):
                    current["codes"].append(c.strip())
            continue
        name = line.split("#")[0].split("[")[0].strip()
        current = {"name": name, "variants": [], "codes": re.findall(r"\[([^\]]*)\]", line), "section": section,
                   "person": "CountryInfo" in line}
        people.append(current)

    print("# People of PETRARCH2 Phoenix.Countries.actors.txt (CountryInfo, 2014; MIT, Copyright (c) 2014 Open Event Data Alliance;")
    print("#   see NOTICE) with their date-bounded codes, for ENGLISH documents only (heads of state and government, ministers,")
    print("#   officials up to 2014). Generated by tools/actors/people_from_petrarch.py: codes cut to country + role, ELI spells")
    print("#   dropped, people already in people.tsv/people-en.tsv left out. Do not edit by hand: add people to people-en.tsv.")
    print("# Columns as people.tsv: canonical <TAB> variants (|) <TAB> nationality <TAB> spells CODE@FROM..TO (;).")
    # surnames shared by two people (here or in people.tsv/people-en.tsv) are never a variant of their own
    last_counts = {}
    for p in people:
        if p["person"]:
            last = pretty(p["name"]).split()[-1].lower() if p["name"] else ""
            last_counts[last] = last_counts.get(last, 0) + 1
    for n in taken:
        last_counts[n.split()[-1]] = last_counts.get(n.split()[-1], 0) + 2
    seen = set(taken)
    for p in people:
        if not p["person"] or p["section"] not in valid:
            continue
        spells = [s for s in (spell(c, valid) for c in p["codes"]) if s]
        if not spells:
            continue
        canonical = pretty(p["name"])
        if len(canonical.split()) < 2 or canonical.lower() in seen or fold(canonical) in seen:
            continue
        surname = canonical.split()[-1].lower()
        variants = []
        for v in p["variants"]:
            pv = pretty(v)
            # "President Karzai", "Secretary Of State Rice": a title is the title stage's business, not part of the name
            if pv.split()[0].lower().rstrip(".") in TITLES:
                continue
            if not pv or pv.lower() in seen or fold(pv) in seen or pv.lower() == canonical.lower() or pv in variants:
                continue
            if " " not in pv:
                low = pv.lower()
                if low != surname or len(low) < 4 or low in known or low in STOP:
                    continue
            variants.append(pv)
        # a prominent person (Phoenix lists other spellings, or four years or more in office) is named by the surname
        # alone too ("Sharon", "Chirac"), when no one else has it and it is no word Warta knows
        if surname not in {v.lower() for v in variants} and (p["variants"] or years_in_office(spells) >= 4) and \
                last_counts.get(surname, 0) == 1 and len(surname) >= 5 and surname not in known and surname not in STOP and \
                surname not in seen and "-" not in surname[:3]:
            variants.append(canonical.split()[-1])
        seen.add(canonical.lower())
        seen.update(v.lower() for v in variants)
        # the nationality is the country of most of the person's spells (section headers are not always parseable)
        spell_countries = [s[:3] for s in spells]
        nationality = max(dict.fromkeys(spell_countries), key=spell_countries.count)
        print(f"{canonical}\t{'|'.join(variants)}\t{nationality}\t{';'.join(dict.fromkeys(spells))}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/events/petrarch2")
