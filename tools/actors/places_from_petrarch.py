#!/usr/bin/env python3
"""Writes data/actors/places-world.tsv: cities, provinces and regions of countries other than Indonesia, from the
'+' synonym lines of each country's head entry in PETRARCH2's Phoenix.Countries.actors.txt (MIT, Open Event Data
Alliance): "+KHERSON" under UKRAINE_ [UKR] -> "UKR  Kherson". A place that acts in English news is its country
("Russian forces shelled Kherson" -> UKR); an agent in it takes its country ("officials in Aleppo" -> SYRGOV).

Left out, so a place never steals another reading:
  - Indonesia's places (data/actors/places.tsv, from BPS, has them) and any name already in countries.tsv
    (country names, demonyms, capitals) or people.tsv/organizations*.tsv;
  - names listed under two countries ("Hyderabad", "Valencia", "Santiago");
  - names that are English words in PETRARCH's verb and agent dictionaries or Warta's English word lists
    ("Reading", "Split", "Mobile"), and the given names and other-sense words in AMBIGUOUS below;
  - names containing a country's name ("Islamic Republic of Afghanistan": a country variant, not a place in it),
    and names of one or two letters.
Gaza's own entry (PSEGZA) is coded PSE, as eval/events/GUIDELINES.md codes the Palestinian territories.

Usage (from the repository root):
  python3 tools/actors/places_from_petrarch.py ../shared/data/events/petrarch2
"""
import os, re, sys

# Place names that are also given names, surnames or common words in English news (Warta developers).
AMBIGUOUS = {"Nice", "Reading", "Victoria", "Florence", "Split", "Mobile", "Bath", "Orange", "Jackson", "Lincoln",
             "Hamilton", "Regina", "Charlotte", "Austin", "Phoenix", "Sydney", "Georgia", "Jordan", "Chad", "Columbia",
             "Washington", "Paris", "Lima", "Santiago", "Salvador", "Alexandria", "Victoria", "Kingston", "Troy",
             "Aurora", "Mercedes", "Concepcion", "Trinidad", "Dover", "Essex", "Kent", "York", "Durham", "Sale",
             "Buffalo", "Eagle", "Cork", "Derry", "Ely", "Hull", "Wells", "Worms", "Mold", "Bury", "Deal", "Lens",
             "Marathon", "Nancy", "Pau", "Sion", "Tours", "Ur", "Hue", "Gap", "Bar", "Bo", "Kota", "Banda", "Batu",
             "Medina", "Mecca", "Zion", "Bethlehem", "Nazareth", "Jericho", "Sharon", "Carmel", "Hebron", "Moses",
             "Bologna", "Genoa", "Lagos", "Adam", "Isa", "Ali", "Nasser", "Saga", "Kiwi", "Scotswoman"}
# Places of recent conflict news that PETRARCH's 2014 list lacks or lists under two countries (Warta developers).
EXTRA = {"PSE": ["Gaza", "Gaza City", "Rafah", "Khan Younis", "Jenin", "Tulkarm", "Deir al-Balah", "Jabalia"],
         "UKR": ["Kherson", "Zaporizhzhia", "Bakhmut", "Mariupol", "Avdiivka", "Kramatorsk", "Sumy", "Chernihiv", "Mykolaiv",
                 "Dnipro", "Lviv", "Bucha", "Pokrovsk"],
         "SDN": ["El Geneina", "El Fasher", "Darfur", "Port Sudan", "Kordofan"], "SSD": ["Malakal"],
         "IRQ": ["Mosul", "Fallujah", "Kirkuk", "Basra", "Erbil"], "SYR": ["Homs", "Hama", "Deir ez-Zor", "Daraa", "Latakia"],
         "ETH": ["Tigray", "Amhara", "Oromia", "Mekelle"], "MOZ": ["Cabo Delgado"], "COD": ["North Kivu", "South Kivu", "Ituri", "Bunia"],
         "NGA": ["Borno", "Zamfara"], "MLI": ["Gao", "Timbuktu", "Kidal", "Mopti"], "MMR": ["Rakhine", "Kachin", "Shan State"],
         "MEX": ["Guerrero", "Sinaloa", "Michoacan", "Michoacán", "Jalisco", "Tamaulipas", "Tijuana", "Ciudad Juarez"],
         "IND": ["Imphal", "Haryana"], "PAK": ["Khyber Pakhtunkhwa"], "BGD": ["Cox's Bazar"], "YEM": ["Hodeidah", "Marib"],
         "SOM": ["Kismayo", "Baidoa"], "PHL": ["Marawi"]}
# Regions the news names as actors of their own, that span countries (Kurdistan, Kashmir, Punjab) or whose people
# belong to two sides (West Bank: settlers and Palestinians), and venues of international meetings.
SPANNING = {"Kurdistan", "Kashmir", "Punjab", "Bengal", "Balochistan", "Baluchistan", "Azerbaijan", "Macedonia",
            "Tyrol", "Darfur", "Sahara", "Western Sahara", "Sinai", "Golan", "Golan Heights", "Crimea", "Donbas",
            "Donbass", "Transnistria", "Abkhazia", "South Ossetia", "Nagorno-Karabakh", "Karabakh", "Kosovo",
            "Hong Kong", "Macau", "Taiwan", "Tibet", "Xinjiang", "Chechnya", "Northern Ireland", "Scotland", "Wales",
            "England", "Greenland", "Puerto Rico", "Guam", "West Bank",
            # venues of international bodies and talks: "rebel leaders in Geneva" are rarely Swiss
            "Geneva", "Davos", "Lausanne", "The Hague", "Hague", "Strasbourg", "New York", "Camp David", "Sharm el-Sheikh",
            "Sharm El-Sheikh", "Sharm El Sheikh", "Nairobi", "Addis Ababa"}
# Head entries whose code is longer than a country's: the territory's country code.
TERRITORY = {"PSEGZA": "PSE"}
ENTRY = re.compile(r"^([A-Z][^\s\[#]*)\s+\[([A-Z]{3}|[A-Z]{6})\]\s*(#.*)?$")


def title(phrase):
    words = phrase.replace("_", " ").split()
    return " ".join("-".join(p[:1] + p[1:].lower() for p in w.split("-")) for w in words)


def read_words(paths):
    words = set()
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                words.update(w.lower() for w in re.findall(r"[A-Za-z]+", line) if len(w) > 2 and not w.isupper())
    return words


def english_words(petrarch):
    # Words of PETRARCH's agent nouns (upper-cased there: read them all; its verb patterns name places too) and Warta's English lists.
    words = set()
    for name in ("Phoenix.agents.txt",):
        with open(os.path.join(petrarch, name), encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                words.update(w.lower() for w in re.findall(r"[A-Za-z]+", line))
    lists = []
    for sub in ("quotes", "times", "segmentation"):
        folder = os.path.join("data", "en", sub)
        lists += [os.path.join(folder, f) for f in os.listdir(folder)]
    lists += [os.path.join("data", "en", "ner", "common-words.txt"), os.path.join("data", "langid", "en.words.tsv")]
    return words | read_words(lists)


def taken_names():
    names = set()
    def add(n):
        n = n.strip()
        if n:
            names.add(n.lower())
    with open(os.path.join("data", "actors", "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            for col in cols[1:]:
                for n in col.split("|"):
                    add(n)
    countries = set(names)
    for name, first in (("people.tsv", 0), ("organizations.tsv", 2), ("organizations-en.tsv", 2), ("places.tsv", 1)):
        with open(os.path.join("data", "actors", name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                cols = line.rstrip("\n").split("\t")
                for col in cols[first:first + 2]:
                    for n in col.split("|"):
                        add(n)
    return names, countries


def head_entries(path):
    """(code, [names]) for each country's head entry: a name at the start of a line, its '+' synonym lines, and its
    code, written on the head line ("AFGHANISTAN_  [AFG]") or on tab-indented lines after the synonyms, the last one
    being the current one ("[UKR >911221]"). Entries whose code is not a bare country code (people, institutions) are dropped."""
    entries, head, names, codes, coded_below = [], None, [], [], False
    def close():
        if head is not None and codes:
            code = TERRITORY.get(codes[-1], codes[-1])
            if len(code) == 3:
                entries.append((code, names))
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if line[:1].isalpha() and line[:1].isupper():
                close()
                head, names, coded_below = line, [], False
                inline = re.search(r"\[([A-Z]+)\]", line.split("#")[0])
                codes = [inline.group(1)] if inline else []
            elif line.startswith("+") and head is not None and not coded_below:
                names.append(line[1:].split("#")[0].strip().rstrip("_"))
            elif line.startswith("\t") and head is not None:
                m = re.match(r"\t\[([A-Z]+)", line)
                if m:
                    codes.append(m.group(1))
                    coded_below = True
            else:
                close()
                head, names, codes = None, [], []
    close()
    return entries


def near(a, b):
    """Edit distance of a and b is at most 2 (misspelled country names: "Ploand", "Rowanda")."""
    if abs(len(a) - len(b)) > 2:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= 2


def main(petrarch):
    words, (taken, countries) = english_words(petrarch), taken_names()
    with open(os.path.join("data", "actors", "countries.tsv"), encoding="utf-8") as f:
        known = {line.split("\t")[0] for line in f if not line.startswith("#")}
    generic = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "new", "saint",
               "st", "republic", "islands", "island", "united", "states", "kingdom", "democratic", "people's", "of", "the",
               "and", "guinea", "federal", "federation"}
    country_words = {w for n in countries for w in re.split(r"[\s-]+", n) if len(w) > 3 and w not in generic}
    country_singles = [n for n in countries if " " not in n and len(n) >= 5]
    by_name = {}
    for code, names in head_entries(os.path.join(petrarch, "Phoenix.Countries.actors.txt")):
        # Indonesia has places.tsv; codes of states gone (SUN, CSK) or not in countries.tsv are no use
        if code == "IDN" or code not in known:
            continue
        for raw in names:
            name = title(raw)
            if name:
                by_name.setdefault(name, set()).add(code)
    rows = {}
    for code, names in EXTRA.items():
        for name in names:
            if name.lower() not in taken:
                rows.setdefault(code, []).append(name)
                by_name.pop(name, None)
    for name, codes in by_name.items():
        key = name.lower()
        parts = [p for p in re.split(r"[\s-]+", key) if p]
        if (len(codes) > 1 or len(name) <= 2 or key in taken or name in AMBIGUOUS or name in SPANNING
                or (len(parts) == 1 and key in words) or any(p in country_words for p in parts) or not name[0].isalpha()
                or all(p in generic for p in parts) or any(c in name for c in "(),.'") or (len(key) >= 5 and any(near(key, c) for c in country_singles))):
            continue
        rows.setdefault(next(iter(codes)), []).append(name)
    out = os.path.join("data", "actors", "places-world.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Places outside Indonesia (cities, provinces, regions): a place beside a generic agent gives its country\n"
                "#   (\"officials in Aleppo\" -> SYRGOV), a place that acts is its country (\"shelled Kherson\" -> UKR).\n"
                "# Source: the place names listed under each country's entry of PETRARCH2 Phoenix.Countries.actors.txt\n"
                "#   (MIT, Open Event Data Alliance; see NOTICE), without names under two countries, English words, given names and\n"
                "#   regions that are actors or span borders. Regenerate: python3 tools/actors/places_from_petrarch.py ../shared/data/events/petrarch2\n"
                "# Columns: country code <TAB> names (|); one place a line, first name canonical.\n")
        for code in sorted(rows):
            for name in sorted(rows[code]):
                f.write(f"{code}\t{name}\n")
    print(f"{sum(len(v) for v in rows.values())} places of {len(rows)} countries -> {out}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: places_from_petrarch.py <folder with Phoenix.Countries.actors.txt>")
    main(sys.argv[1])
