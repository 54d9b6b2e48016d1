#!/usr/bin/env python3
"""Writes data/actors/places.tsv: Indonesian provinces, regencies and cities (BPS codes, 2018) as place
names of IDN, title-cased, with "KABUPATEN "/"KOTA " stripped, plus a few press forms written by hand.

Usage (from the repository root): python3 tools/actors/places_from_bps.py ../shared/data/places/indonesia-admin
Source: github.com/edwardsamuel/Wilayah-Administratif-Indonesia (data ODbL 1.0, attributed to BPS).
"""
import csv, sys, os

# Names that are also common capitalized words or given names in news text ("Batu", "Bima", "Puncak").
SKIP = {"Batu", "Puncak", "Bima", "Agam", "Buru", "Malaka", "Pati", "Ende", "Muna", "Tual", "Belu", "Karo", "Kaur"}
# Forms the press uses that the BPS list does not spell out (written by the Warta developers).
EXTRA = ["DKI Jakarta", "DKI", "Daerah Khusus Ibukota Jakarta", "DI Yogyakarta", "Daerah Istimewa Yogyakarta", "DIY",
         "Yogya", "Jogja", "Jogjakarta", "Solo", "Jabodetabek", "Jawa", "Sumatera", "Sumatra", "Kalimantan", "Sulawesi",
         "Nusa Tenggara", "Jabar", "Jateng", "Jatim", "Sumut", "Sumbar", "Sumsel", "Sulsel", "Sulut", "Sulteng",
         "Sultra", "Kalbar", "Kalteng", "Kalsel", "Kaltim", "Kaltara", "NTT", "NTB", "Kepri", "Babel", "Aceh",
         "Nanggroe Aceh Darussalam", "Papua Barat", "Madura", "Lombok", "Flores", "Natuna", "Ambon", "Bandung",
         "Surabaya", "Medan", "Makassar", "Semarang", "Denpasar"]
KEEP_UPPER = {"DKI", "DI", "NTT", "NTB", "DIY"}

def title(name):
    return " ".join(w if w in KEEP_UPPER else "-".join(p.capitalize() for p in w.split("-")) for w in name.split())

def main(folder):
    names = []
    with open(os.path.join(folder, "provinces.csv"), encoding="utf-8") as f:
        names += [title(r[1]) for r in csv.reader(f) if r[1] not in ("DKI JAKARTA", "DI YOGYAKARTA")]
    with open(os.path.join(folder, "regencies.csv"), encoding="utf-8") as f:
        for r in csv.reader(f):
            n = r[2]
            for prefix in ("KABUPATEN ", "KOTA "):
                if n.startswith(prefix):
                    n = n[len(prefix):]
            names.append(title(n))
    seen, out = set(), []
    for n in EXTRA + names:
        if n not in seen and n not in SKIP:
            seen.add(n)
            out.append(n)
    with open(os.path.join("data", "actors", "places.tsv"), "w", encoding="utf-8") as f:
        f.write("# Places inside a country (provinces, regencies, cities): a place beside a generic agent gives its\n")
        f.write("#   country (\"warga Bandung\" -> IDNCVL, \"polisi di Surabaya\" -> IDNCOP); a place that acts is its country.\n")
        f.write("# Source: Indonesian provinces and regencies/cities from BPS via github.com/edwardsamuel/Wilayah-Administratif-Indonesia\n")
        f.write("#   (data under the Open Database License 1.0, attributed to Badan Pusat Statistik); this derived list is\n")
        f.write("#   likewise under ODbL 1.0. Press forms and abbreviations (Jabar, Jogja, Jabodetabek ...) by the Warta developers.\n")
        f.write("#   Regenerate: python3 tools/actors/places_from_bps.py ../shared/data/places/indonesia-admin\n")
        f.write("# Columns: country code <TAB> names (|); one place a line, first name canonical.\n")
        for n in out:
            f.write(f"IDN\t{n}\n")

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/places/indonesia-admin")
