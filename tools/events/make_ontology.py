#!/usr/bin/env python3
"""Rebuilds data/events/cameo.tsv from ../shared/data/events (run from the repository root).

Goldstein: GDELT's CAMEO.goldsteinscale column (the original CAMEO table) where it has a value, else the
phoenix_pipeline column. Labels and PLOVER types: CAMEO2PLOVER-2021.txt (labels after '#'). Roots 01 and 02
are 'dropped' in PLOVER (manual, table "PLOVER equivalents to CAMEO cue categories"), so their PLOVER
type is empty and their labels are the CAMEO codebook's (Gerner, Schrodt, Yilmaz 2009), listed below.
"""
import re, sys

SHARED = "../shared/data/events"
ROOT_LABELS = {
    "01": "MAKE PUBLIC STATEMENT", "02": "APPEAL", "03": "EXPRESS INTENT TO COOPERATE", "04": "CONSULT",
    "05": "ENGAGE IN DIPLOMATIC COOPERATION", "06": "ENGAGE IN MATERIAL COOPERATION", "07": "PROVIDE AID",
    "08": "YIELD", "09": "INVESTIGATE", "10": "DEMAND", "11": "DISAPPROVE", "12": "REJECT", "13": "THREATEN",
    "14": "PROTEST", "15": "EXHIBIT FORCE POSTURE", "16": "REDUCE RELATIONS", "17": "COERCE", "18": "ASSAULT",
    "19": "FIGHT", "20": "USE UNCONVENTIONAL MASS VIOLENCE",
}
CODEBOOK_01_02 = {
    "010": "Make statement, not specified below", "011": "Decline comment",
    "012": "Make pessimistic comment", "013": "Make optimistic comment", "014": "Consider policy option",
    "015": "Acknowledge or claim responsibility", "016": "Deny responsibility",
    "017": "Engage in symbolic act", "018": "Make empathetic comment", "019": "Express accord",
    "020": "Make an appeal or request, not specified below", "021": "Appeal for material cooperation",
    "0211": "Appeal for economic cooperation", "0212": "Appeal for military cooperation",
    "0213": "Appeal for judicial cooperation", "0214": "Appeal for intelligence",
    "022": "Appeal for diplomatic cooperation (such as policy support)", "023": "Appeal for aid",
    "0231": "Appeal for economic aid", "0232": "Appeal for military aid", "0233": "Appeal for humanitarian aid",
    "0234": "Appeal for military protection or peacekeeping", "024": "Appeal for political reform",
    "0241": "Appeal for change in leadership", "0242": "Appeal for policy change", "0243": "Appeal for rights",
    "0244": "Appeal for change in institutions, regime", "025": "Appeal to yield",
    "0251": "Appeal for easing of administrative sanctions", "0252": "Appeal for easing of popular dissent",
    "0253": "Appeal for release of persons or property",
    "0254": "Appeal for easing of economic sanctions, boycott, or embargo",
    "0255": "Appeal for target to allow international involvement (non-mediation)",
    "0256": "Appeal for de-escalation of military engagement", "026": "Appeal to others to meet or negotiate",
    "027": "Appeal to others to settle dispute", "028": "Appeal to others to engage in or accept mediation",
}

def quad(code):
    r = int(code[:2])
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 14 else 4

gold = {}
for line in open(f"{SHARED}/cameo-goldstein.tsv", encoding="utf-8"):
    if line.startswith("#") or line.startswith("code"): continue
    code, phoenix, gdelt = (line.rstrip("\n").split("\t") + ["", ""])[:3]
    value = gdelt or phoenix
    if value: gold[code] = float(value)

labels, plover, root_plover = {}, {}, {}
for line in open(f"{SHARED}/plover/CAMEO2PLOVER-2021.txt", encoding="utf-8"):
    m = re.match(r"^(\d{2,4}):\s*([A-Z]+)[^#]*(?:#\s*(.*))?$", line.strip())
    if not m: continue
    code, typ, label = m.group(1), m.group(2), (m.group(3) or "").strip()
    if len(code) == 2:
        root_plover.setdefault(code, typ)
        continue
    plover.setdefault(code, typ)
    if label: labels.setdefault(code, label)

out = sys.stdout
out.write("# CAMEO event ontology: code, label, Goldstein value, QuadClass, PLOVER type\n")
out.write("# Sources: Goldstein values from ../shared/data/events/cameo-goldstein.tsv (GDELT CAMEO.goldsteinscale column,\n")
out.write("#   else openeventdata/phoenix_pipeline, MIT); labels and PLOVER types from the PLOVER CAMEO2PLOVER-2021 crosswalk\n")
out.write("#   (CC BY-SA 4.0); root 01/02 labels from the CAMEO codebook (Gerner, Schrodt, Yilmaz 2009), PLOVER 'dropped' (empty).\n")
out.write("#   QuadClass: 01-05 verbal cooperation 1, 06-08 material cooperation 2, 09-14 verbal conflict 3, 15-20 material conflict 4.\n")
out.write("#   Codes only in the phoenix table (0110, 0357, 109, 1641-1643) carry their parent's label marked '(variant)'.\n")
out.write("# Regenerate: python3 tools/events/make_ontology.py > data/events/cameo.tsv\n")
out.write("code\tlabel\tgoldstein\tquadclass\tplover\n")
for code in sorted(gold, key=lambda c: (c[:2], len(c) > 2, c.ljust(4, "0"), len(c))):
    if len(code) == 2: label = ROOT_LABELS[code]
    else: label = labels.get(code) or CODEBOOK_01_02.get(code)
    if not label:
        parent = code[:-1]
        label = (labels.get(parent) or CODEBOOK_01_02.get(parent) or ROOT_LABELS[code[:2]]) + " (variant)"
    r = code[:2]
    typ = "" if r in ("01", "02") else plover.get(code) or root_plover.get(r, "")
    out.write(f"{code}\t{label}\t{gold[code]:.1f}\t{quad(code)}\t{typ}\n")
