#!/usr/bin/env python3
"""Writes data/actors/groups-phoenix.tsv: the militant and other non-state armed groups of PETRARCH2's
Phoenix.MilNonState.actors.txt (MIT, Open Event Data Alliance; names from the START TOPS database), with their
'+' synonyms and Phoenix codes (FARC COLREB, Abu Sayyaf PHLREB, al-Shabaab SOMREB ...), read by the actor stage for
ENGLISH documents only, after the hand-written organisation files (whose rows win for a name both have).

Left out, so a name never steals another reading:
  - names that look like people or phrases (two words or more with no group word: "KHALED_MESHAAL");
  - names already in countries.tsv, organizations*.tsv or parties-en.tsv, names listed under two codes,
    acronyms of fewer than three letters, numbers, and one-word names that are English words (COMMON);
  - bare region codes without a group (the code is kept as Phoenix gives it otherwise).

Usage (from the repository root):
  python3 tools/actors/groups_from_petrarch.py ../shared/data/events/petrarch2 > data/actors/groups-phoenix.tsv
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from igos_from_petrarch import title, known_names, names_by_code  # noqa: E402

GROUP_WORDS = {"ARMY", "FRONT", "BRIGADE", "BRIGADES", "FORCE", "FORCES", "LIBERATION", "JIHAD", "MUJAHIDEEN",
               "MUJAHIDIN", "GROUP", "GROUPS", "ORGANIZATION", "ORGANISATION", "MOVEMENT", "CELL", "CELLS", "COMMANDO",
               "COMMANDOS", "FACTION", "RESISTANCE", "BATTALION", "BATTALIONS", "GUERRILLA", "GUERRILLAS", "TIGERS",
               "MILITIA", "MILITIAS", "SQUAD", "SQUADS", "NUCLEI", "UNITS", "UNIT", "COMMITTEE", "COMMITTEES",
               "COUNCIL", "LEGION", "LASHKAR", "JAISH", "HIZB", "HIZBUL", "HARAKAT", "HARKAT", "JAMAAT", "JAMAAH",
               "JEMAAH", "ANSAR", "TEHRIK", "SIPAH", "FEDAYEEN", "PARTY", "ALLIANCE", "UNION", "LEAGUE", "SOLDIERS",
               "FIGHTERS", "WARRIORS", "REBELS", "INSURGENTS", "COMMAND", "DEFENSE", "DEFENCE", "REVOLUTIONARY",
               "ACTION", "STRUGGLE", "NATIONAL", "POPULAR", "PEOPLE'S", "ISLAMIC", "MARTYRS", "KATAIB", "SARAYA",
               "JUND", "JUNDALLAH", "TANZIM", "AL-QAEDA", "QAEDA", "TALIBAN", "STATE", "EMIRATE", "COALITION",
               "BLOC", "SOCIETY", "NETWORK", "ASSOCIATION", "COMMUNIST", "MAOIST", "MAOISTS", "NAXALITES",
               "SEPARATISTS", "CONGRESS", "COMPANY", "BRIGADA", "FRENTE", "EJERCITO", "COMANDO", "MOVIMIENTO",
               "FUERZAS", "GRUPO", "FRONTE", "BRIGATE", "NUCLEI", "ARMEE", "FRONT", "ARMATA", "ZAPATISTA"}
# One-word names that are ordinary English words or too vague (Warta developers).
COMMON = {"ACTION", "ORDER", "UNITY", "VICTORY", "JUSTICE", "FREEDOM", "LIBERTY", "REVENGE", "VENGEANCE", "RESISTANCE",
          "MILITIA", "MILITIAS", "REBELS", "GUERRILLAS", "PROVOS", "DEFENDERS", "PATRIOTS", "MARTYRS", "PARTISANS",
          "STORM", "THUNDER", "LIGHTNING", "DAWN", "SUNRISE", "EAGLE", "EAGLES", "LIONS", "TIGERS", "WOLVES", "CHAOS",
          "SOLIDARITY", "OPPOSITION", "AUTONOMY", "INDEPENDENCE", "NATION", "ARMY", "FRONT", "GROUP", "BRIGADE",
          "ISLAM", "JIHAD", "UMMAH", "KHILAFAH", "CALIPHATE", "AL-QAEDA", "QAEDA", "TALIBAN", "HAMAS", "HEZBOLLAH",
          "ANARCHISTS", "COMMANDOS", "NUCLEI", "CELLS", "UNITS", "SQUADS", "RED", "BLACK", "WHITE", "GREEN", "BLUE",
          "MOSSAD", "AMAL", "IRA", "INLA", "ETA", "MAY", "APRIL", "JUNE", "JULY", "AUGUST", "MARCH", "PRIMA", "LINEA",
          "DIRECT", "NOVEMBER", "OCTOBER", "SEPTEMBER"}
CODE = re.compile(r"\[([A-Z]{3,}[A-Z0-9]*)\s*([^\]]*)\]")
# Words that name no group by themselves: a name made only of these and GROUP_WORDS ("Revolutionary Left", "Popular
# Resistance", "United National Front") is a phrase any text may use.
GENERIC = {"UNITED", "LEFT", "RIGHT", "WORKERS", "PEOPLE", "PEOPLES", "FREE", "FREEDOM", "NEW", "RED", "BLACK", "WHITE",
           "GREEN", "ARMED", "SECRET", "SPECIAL", "DEMOCRATIC", "PATRIOTIC", "SOCIALIST", "ANARCHIST", "ANARCHISTS",
           "INTERNATIONAL", "JUSTICE", "HOPE", "DEVELOPMENT", "DEMOCRACY", "SECURITY", "SELF-DEFENSE", "SELF-DEFENCE",
           "OF", "THE", "AND", "FOR", "IN", "ANTI-TERRORIST", "ANTI-CORRUPTION", "YOUTH", "STUDENTS", "CITIZENS",
           "PEACEFUL", "REVENGE", "TRUTH", "CORE", "MIDDLE", "MARTYR", "HOLY", "GLORIOUS", "SWORD", "SWORDS"}
# A one-word name is kept only when it is an acronym (up to five letters) or a group known by one word (Warta developers).
ONE_WORD = {"INTERAHAMWE", "MAI-MAI", "MAYI-MAYI", "NAXALITES", "MONTONEROS", "TUPAMAROS", "SANDINISTAS", "HIZBALLAH",
            "HEZBALLAH", "HIZBOLLAH", "SHABAAB", "ASH-SHABAAB", "KONGRA-GEL", "IPARRETARRAK", "MACHETEROS", "ANSARU",
            "FARC-EP", "PFLP-GC", "FMLN-FDR", "HIZB-I-ISLAMI", "HIZB-E-ISLAMI", "AL-MUHAJIROUN", "JEISH-E-MAHAMMED",
            "LASHKAR-E-OMAR", "LASHKAR-I-OMAR", "AL-BADR", "AL-FURQAN", "AL-SHABAAB"}
NOT_ACRONYMS = {"YOUTH", "ZERO", "CAMO", "FALCON", "SHAHIN", "HAMZAH", "HOTARU", "PEYKAR", "EMGANN", "ALEPH", "KACH",
                "KAKH", "FATEH", "HISBA", "TANZIM", "YAHWEH", "EYAL", "CONTRAS"}
# Name words written in capitals by title() that are words, not acronyms ("Abu Nidal Organization").
NAME_WORDS = {"ABU", "ALI", "BIN", "IBN", "ABD", "UMM", "BEN", "EVA", "DEL", "LOS", "LAS", "SAN", "AZ", "AS", "AT"}


def group_like(raw):
    words = [w for w in raw.strip("_ ").split("_") if w]
    if not words or raw.strip("_ ") in COMMON or re.search(r"[0-9/()]", raw):
        return False
    if len(words) == 1:
        w = words[0]
        return w in ONE_WORD or (3 <= len(w) <= 5 and w.isalpha() and w not in NOT_ACRONYMS)
    return any(w in GROUP_WORDS or w.split("-")[0] in GROUP_WORDS for w in words) and \
        any(w not in GROUP_WORDS and w not in GENERIC for w in words)


def name_case(name):
    return " ".join(w.capitalize() if w in NAME_WORDS else w for w in name.split(" ")) if " " in name else name


def entries(path):
    """(raw name, code) of every undated entry and its '+' synonyms, in file order."""
    out, block, code = [], [], None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            body = line.split("#", 1)[0].rstrip()
            if not body.strip():
                if not line.strip():
                    block, code = [], None
                continue
            m = CODE.search(body)
            head = (body[:m.start()] if m else body).strip()
            if head.startswith("+"):
                if code:
                    out.append((head[1:], code))
                continue
            if m and not m.group(2).strip():
                code = m.group(1)
                out.append((head, code))
            else:
                code = None
    return out


def main():
    folder = sys.argv[1]
    repo = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    known = known_names(repo)
    parties = os.path.join(repo, "data", "actors", "parties-en.tsv")
    with open(parties, encoding="utf-8") as h:
        for line in h:
            if not line.startswith("#") and line.strip():
                for c in line.rstrip("\n").split("\t")[2:]:
                    known.update(n.strip().lower() for n in c.split("|"))
    def groups():
        for raw, code in entries(os.path.join(folder, "Phoenix.MilNonState.actors.txt")):
            if not group_like(raw):
                continue
            name = re.sub(r"^The ", "", name_case(title(raw)))
            if re.fullmatch(r"[A-Z]{2,5}-[A-Za-z]{1,3}", name):
                name = name.upper()  # "FARC-EP", "PFLP-GC": an acronym with its suffix
            yield name, code
    by_code = names_by_code(groups(), known)
    print("# Militant and other non-state armed groups of PETRARCH2 Phoenix.MilNonState.actors.txt (MIT, Copyright (c) 2014")
    print("# Open Event Data Alliance; names from the START TOPS database): names, synonyms and Phoenix codes, English documents")
    print("# only; generated by tools/actors/groups_from_petrarch.py (do not edit by hand: add hand rows to organizations-en.tsv,")
    print("# which wins). Columns: code <TAB> kind <TAB> canonical <TAB> variants (|)")
    for code in sorted(by_code):
        names = by_code[code]
        # one row per entry would lose nothing; one row per code keeps the file short (Phoenix codes groups by region)
        for n in names:
            print(f"{code}\tgroup\t{n}\t")


if __name__ == "__main__":
    main()
