"""Fictional 'Gemeente Wassenaar - Begroting 2025' (set-bo, document a).

Every amount, count, tariff and percentage is made up.  This script holds the
data, computes all totals, lays the document out with layout.py and writes

  build/wassenaar2025.ops.json   page operations drawn by render_jspdf.js (jsPDF)
  build/wassenaar2025.facts.json figures (value, text as printed, page) used by
                                 make_cases.py and check.py
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from layout import Cell, Doc, FontSet, Table, fmt_dec, fmt_int, write_jspdf_ops, resolve_fact_pages, write_page_text  # noqa: E402

BUILD = os.path.join(HERE, "build")
os.makedirs(BUILD, exist_ok=True)

FONTS = FontSet({
    "R": ("NimbusSans-Regular", "Helvetica", "normal"),
    "B": ("NimbusSans-Bold", "Helvetica-Bold", "bold"),
    "I": ("NimbusSans-Italic", "Helvetica-Oblique", "italic"),
})

rnd = random.Random(20250925)
FACTS = {}
SUMS = []


def fact(key, value, printed, where, pages, unit="EUR"):
    assert key not in FACTS, key
    FACTS[key] = {"value": value, "printed": printed, "where": where, "pages": pages, "unit": unit}


# ---------------------------------------------------------------------------
# DATA: taakvelden 2025 (baten, lasten in thousands as a base; euros get
# made-up last digits).  Programme assignment follows the Wassenaar begroting.
PROGRAMMES = [
    ("P1", "Veiligheid en Handhaving"),
    ("P2", "Mens en Maatschappij"),
    ("P3", "Bestuur en Middelen"),
    ("P4", "Fysieke Leefomgeving"),
    ("P5", "Natuur, Klimaat en Mobiliteit"),
]
TV = {
    "P1": [("1.1", "Crisisbeheersing en brandweer", 0, 2912), ("1.2", "Openbare orde en veiligheid", 118, 1694)],
    "P2": [
        ("4.1", "Openbaar basisonderwijs", 0, 24),
        ("4.3", "Onderwijsbeleid en leerlingzaken", 548, 2087),
        ("5.1", "Sportbeleid en activering", 231, 712),
        ("5.2", "Sportaccommodaties", 566, 1948),
        ("5.3", "Cultuurpresentatie, cultuurproductie en cultuurparticipatie", 41, 603),
        ("5.6", "Media", 129, 846),
        ("6.1", "Samenkracht en burgerparticipatie", 3306, 6271),
        ("6.21", "Toegang en eerstelijnsvoorzieningen Wmo", 52, 903),
        ("6.22", "Toegang en eerstelijnsvoorzieningen Jeugd", 0, 1041),
        ("6.23", "Toegang en eerstelijnsvoorzieningen integraal", 114, 1118),
        ("6.3", "Inkomensregelingen", 6712, 9406),
        ("6.4", "WSW en beschut werk", 0, 1087),
        ("6.5", "Arbeidsparticipatie", 0, 1009),
        ("6.60", "Hulpmiddelen en diensten (Wmo)", 16, 967),
        ("6.711", "Huishoudelijke hulp (Wmo)", 162, 2214),
        ("6.712", "Begeleiding (Wmo)", 0, 661),
        ("6.713", "Dagbesteding (Wmo)", 0, 248),
        ("6.751", "Jeugdhulp ambulant lokaal", 0, 688),
        ("6.752", "Jeugdhulp ambulant regionaal", 0, 3947),
        ("6.761", "Jeugdhulp met verblijf lokaal", 0, 112),
        ("6.762", "Jeugdhulp met verblijf regionaal", 0, 1318),
        ("6.763", "Jeugdhulp met verblijf landelijk", 0, 141),
        ("6.791", "Pgb Wmo", 0, 186),
        ("6.792", "Pgb Jeugd", 0, 173),
        ("6.811", "Beschermd wonen (Wmo)", 0, 402),
        ("6.821", "Jeugdbescherming", 0, 236),
        ("6.822", "Jeugdreclassering", 0, 94),
        ("6.91", "Coördinatie en beleid Wmo", 0, 688),
        ("6.92", "Coördinatie en beleid Jeugd", 0, 702),
        ("7.1", "Volksgezondheid", 271, 1826),
    ],
    "P3": [("0.1", "Bestuur", 3, 2148), ("0.2", "Burgerzaken", 612, 1536),
           ("0.3", "Beheer overige gebouwen en gronden", 97, 742)],
    "P4": [("4.2", "Onderwijshuisvesting", 0, 1604), ("5.5", "Cultureel erfgoed", 6, 561),
           ("7.5", "Begraafplaatsen en crematoria", 59, 208), ("8.1", "Ruimte en leefomgeving", 214, 1732),
           ("8.2", "Grondexploitatie (niet-bedrijventerreinen)", 0, 78), ("8.3", "Wonen en bouwen", 2011, 2306)],
    "P5": [("2.1", "Verkeer en vervoer", 251, 4977), ("2.2", "Parkeren", 151, 412),
           ("2.3", "Recreatieve havens", 27, 5), ("2.5", "Openbaar vervoer", 0, 14),
           ("3.1", "Economische ontwikkeling", 0, 438), ("3.3", "Bedrijvenloket en bedrijfsregelingen", 112, 131),
           ("3.4", "Economische promotie", 2402, 147), ("5.7", "Openbaar groen en (openlucht) recreatie", 211, 4903),
           ("7.2", "Riolering", 2968, 2188), ("7.3", "Afval", 6104, 4973), ("7.4", "Milieubeheer", 498, 1884)],
    "ADM": [("0.5", "Treasury", 902, 16), ("0.61", "OZB woningen", 9716, 351),
            ("0.62", "OZB niet-woningen", 3604, 66), ("0.64", "Belastingen overig", 466, 112),
            ("0.7", "Algemene uitkeringen en overige uitkeringen gemeentefonds", None, 0),
            ("0.8", "Overige baten en lasten", 0, 188)],
    "OH": [("0.4", "Overhead", 3402, 17318)],
    "VPB": [("0.9", "Vennootschapsbelasting (Vpb)", 0, 0)],
}
ONVOORZIEN = 30000  # part of taakveld 0.8, shown as a separate line in the recapitulatie


def euros(k):
    if k == 0:
        return 0
    return k * 1000 + rnd.randint(-499, 499)


TVE = {}  # programme -> list of (code, name, baten, lasten) in euros (both positive)
for p, rows in TV.items():
    TVE[p] = []
    for code, name, b, l in rows:
        TVE[p].append([code, name, None if b is None else euros(b), euros(l)])

YEARS = [2023, 2024, 2025, 2026, 2027, 2028]
PNAMES = dict(PROGRAMMES)

# thousands per programme and year: baten, lasten (positive)
PROG = {}
for p, _ in PROGRAMMES:
    b25 = round(sum(r[2] for r in TVE[p]) / 1000)
    l25 = round(sum(r[3] for r in TVE[p]) / 1000)
    fb = {2023: 0.94, 2024: 0.985, 2025: 1, 2026: 0.998, 2027: 0.991, 2028: 0.987}
    fl = {2023: 0.925, 2024: 0.982, 2025: 1, 2026: 1.012, 2027: 1.006, 2028: 0.998}
    PROG[p] = {}
    for y in YEARS:
        if y == 2025:
            PROG[p][y] = [b25, l25]
        else:
            nb = b25 * fb[y] * (1 + rnd.uniform(-0.02, 0.02))
            nl = l25 * fl[y] * (1 + rnd.uniform(-0.015, 0.015))
            PROG[p][y] = [round(nb), round(nl)]

# reserve movements per programme (thousands): year -> (onttrekking, toevoeging)
RES_PROG = {
    "P1": {2023: (0, 0), 2024: (35, 0), 2025: (0, 0), 2026: (0, 0), 2027: (0, 0), 2028: (0, 0)},
    "P2": {2023: (1412, 640), 2024: (1185, 0), 2025: (420, 0), 2026: (180, 0), 2027: (175, 0), 2028: (170, 0)},
    "P3": {2023: (512, 0), 2024: (655, 0), 2025: (310, 0), 2026: (125, 0), 2027: (0, 0), 2028: (0, 0)},
    "P4": {2023: (988, 1250), 2024: (1310, 0), 2025: (865, 0), 2026: (240, 0), 2027: (0, 0), 2028: (0, 0)},
    "P5": {2023: (244, 0), 2024: (410, 150), 2025: (230, 95), 2026: (230, 95), 2027: (230, 95), 2028: (0, 95)},
}

# general lines for the recapitulatie (thousands, positive), 2025 from taakvelden
GEN = {}
adm_b25_wo_gf = sum(r[2] for r in TVE["ADM"] if r[2] is not None)
adm_l25 = sum(r[3] for r in TVE["ADM"])
oh_b25, oh_l25 = TVE["OH"][0][2], TVE["OH"][0][3]
# gemeentefonds 2025 chosen so that the geraamd resultaat 2025 is +187 (x 1.000)
TARGET_RESULT = {2025: 187, 2026: -412, 2027: 96, 2028: -1208}


def recap_year(y, gf_k):
    rows = {}
    for p, _ in PROGRAMMES:
        b, l = PROG[p][y]
        rows[p] = (b, l)
    return rows


# 2025: exact gemeentefonds in euros so that result (sum of rounded lines) hits target
prog_b25 = sum(PROG[p][2025][0] for p, _ in PROGRAMMES)
prog_l25 = sum(PROG[p][2025][1] for p, _ in PROGRAMMES)
mut25 = sum(RES_PROG[p][2025][0] - RES_PROG[p][2025][1] for p, _ in PROGRAMMES)
oh_b25_k, oh_l25_k = round(oh_b25 / 1000), round(oh_l25 / 1000)
onv_k = ONVOORZIEN // 1000
adm_l25_k = round(adm_l25 / 1000)
need_adm_b = TARGET_RESULT[2025] - (prog_b25 - prog_l25 + oh_b25_k - oh_l25_k - onv_k - 0 + mut25) + adm_l25_k
gf_k = need_adm_b - round(adm_b25_wo_gf / 1000)
gf_eur = gf_k * 1000 + 214
for r in TVE["ADM"]:
    if r[0] == "0.7":
        r[2] = gf_eur
adm_b25_k = round(sum(r[2] for r in TVE["ADM"]) / 1000)
if adm_b25_k != need_adm_b:  # rounding interplay: adjust the euro amount
    gf_eur += (need_adm_b - adm_b25_k) * 1000
    for r in TVE["ADM"]:
        if r[0] == "0.7":
            r[2] = gf_eur
    adm_b25_k = round(sum(r[2] for r in TVE["ADM"]) / 1000)
assert adm_b25_k == need_adm_b
GEN[2025] = {"ADM": (adm_b25_k, adm_l25_k), "OH": (oh_b25_k, oh_l25_k), "VPB": (0, 0), "ONV": (0, onv_k)}
for y, fo in [(2026, 1.01), (2027, 1.02), (2028, 1.03)]:
    oh = (round(oh_b25_k * (1 + 0.004 * (y - 2025))), round(oh_l25_k * (1 - 0.006 * (y - 2025))))
    prog_b = sum(PROG[p][y][0] for p, _ in PROGRAMMES)
    prog_l = sum(PROG[p][y][1] for p, _ in PROGRAMMES)
    mut = sum(RES_PROG[p][y][0] - RES_PROG[p][y][1] for p, _ in PROGRAMMES)
    adm_l = adm_l25_k + (y - 2025) * 4
    adm_b = TARGET_RESULT[y] - (prog_b - prog_l + oh[0] - oh[1] - onv_k + mut) + adm_l
    GEN[y] = {"ADM": (adm_b, adm_l), "OH": oh, "VPB": (0, 0), "ONV": (0, onv_k)}

RECAP = {}
for y in [2025, 2026, 2027, 2028]:
    lines = []
    for p, n in PROGRAMMES:
        b, l = PROG[p][y]
        lines.append((p + " " + n, b, l))
    tb = sum(x[1] for x in lines)
    tl = sum(x[2] for x in lines)
    gl = [("Algemene dekkingsmiddelen*", *GEN[y]["ADM"]), ("Overhead", *GEN[y]["OH"]),
          ("Heffing vennootschapsbelasting", *GEN[y]["VPB"]), ("Onvoorzien", *GEN[y]["ONV"])]
    sb = tb + sum(x[1] for x in gl)
    sl = tl + sum(x[2] for x in gl)
    ont = sum(RES_PROG[p][y][0] for p, _ in PROGRAMMES)
    toe = sum(RES_PROG[p][y][1] for p, _ in PROGRAMMES)
    RECAP[y] = {"prog": lines, "tot_prog": (tb, tl), "gen": gl, "saldo": (sb, sl),
                "mut": ont - toe, "ont": ont, "toe": toe}
    RECAP[y]["result"] = sb - sl + ont - toe
    assert RECAP[y]["result"] == TARGET_RESULT[y], (y, RECAP[y]["result"])

# reserves (x 1.000): stand 1-1-2025 and movements per year; must match programme totals
RESERVES = [
    # name, stand 1-1-2025, {year: (toevoeging, onttrekking)}
    ("Algemene reserve (vrij besteedbaar)", 40912, {2025: (0, 310), 2026: (0, 125), 2027: (0, 0), 2028: (0, 0)}),
    ("Algemene reserve weerstandsvermogen", 8000, {2025: (0, 0), 2026: (0, 0), 2027: (0, 0), 2028: (0, 0)}),
    ("Reserve sociaal domein", 1364, {2025: (0, 235), 2026: (0, 0), 2027: (0, 0), 2028: (0, 0)}),
    ("Reserve dekking kapitaallasten sporthal", 6950, {2025: (0, 185), 2026: (0, 180), 2027: (0, 175), 2028: (0, 170)}),
    ("Reserve volkshuisvesting en duurzaamheid", 3118, {2025: (0, 600), 2026: (0, 240), 2027: (0, 0), 2028: (0, 0)}),
    ("Reserve onderhoud gemeentelijke gebouwen", 1472, {2025: (0, 265), 2026: (0, 0), 2027: (0, 0), 2028: (0, 0)}),
    ("Reserve Groene Zone", 905, {2025: (0, 230), 2026: (0, 230), 2027: (0, 230), 2028: (0, 0)}),
    ("Reserve egalisatie afvalstoffenheffing", 412, {2025: (95, 0), 2026: (95, 0), 2027: (95, 0), 2028: (95, 0)}),
]
for y in [2025, 2026, 2027, 2028]:
    assert sum(r[2][y][1] for r in RESERVES) == RECAP[y]["ont"], y
    assert sum(r[2][y][0] for r in RESERVES) == RECAP[y]["toe"], y
RES_STAND = {}
for name, s0, mv in RESERVES:
    st = {2024: s0}
    cur = s0
    for y in [2025, 2026, 2027, 2028]:
        cur = cur + mv[y][0] - mv[y][1]
        st[y] = cur
    RES_STAND[name] = st

# incidental items (x 1.000) for the structural balance
INCID = {2025: (1940, 1825), 2026: (960, 775), 2027: (410, 405), 2028: (95, 170)}  # (lasten, baten)

# ---------------------------------------------------------------------------
doc = Doc(FONTS, header_text="Gemeente Wassenaar - Begroting 2025 (FICTIEF)",
          footer_text="FICTIEF DOCUMENT - testmateriaal: alle bedragen, aantallen, tarieven en percentages zijn verzonnen",
          accent=(0.05, 0.33, 0.30), page_label="{n}")

T = lambda v: fmt_int(v)  # noqa: E731


def prog_cols():
    return [(150, "L")] + [(56.5, "R")] * 6


def prog_header():
    return [
        [Cell("(\"-\" = nadeel / \"+\" = voordeel)", align="L"), "Rekening", "Begroting", "Begroting", "Begroting",
         "Begroting", "Begroting"],
        [Cell("bedragen x € 1.000", align="L"), "2023", "2024*", "2025", "2026", "2027", "2028"],
    ]


def prog_table(num, p):
    rows = []
    data = PROG[p]
    b = [data[y][0] for y in YEARS]
    l = [-data[y][1] for y in YEARS]
    s = [b[i] + l[i] for i in range(6)]
    ont = [RES_PROG[p][y][0] for y in YEARS]
    toe = [-RES_PROG[p][y][1] for y in YEARS]
    mut = [ont[i] + toe[i] for i in range(6)]
    res = [s[i] + mut[i] for i in range(6)]
    spec = [("Baten", b, "normal"), ("Lasten", l, "normal"), ("Saldo van baten en lasten", s, "sub"),
            ("Onttrekking reserves", ont, "normal"), ("Toevoeging reserves", toe, "normal"),
            ("Mutaties reserves", mut, "sub"), ("Geraamd resultaat", res, "total")]
    for lab, vals, st in spec:
        rows.append({"cells": [lab] + [T(v) for v in vals], "style": st, "key": lab})
    cap = "Tabel %d.3 - Baten en lasten %s %s" % (num, p, PNAMES[p])
    t = Table(prog_cols(), prog_header(), rows, caption=cap, size=8, key="prog-" + p,
              notes=["* Begroting 2024 na wijziging (stand na de tweede bestuursrapportage 2024)."])
    pg = doc.table(t)
    where = "%s, p. %d" % (cap, pg)
    for lab, vals, st in spec:
        for i, y in enumerate(YEARS):
            col = ["Rekening 2023", "Begroting 2024*", "Begroting 2025", "Begroting 2026", "Begroting 2027",
                   "Begroting 2028"][i]
            fact("%s|%s|%d" % (p, lab, y), vals[i] * 1000, T(vals[i]), "%s; row '%s', column '%s'" % (where, lab, col),
                 [pg])
    SUMS.append({"what": cap + " saldo", "parts": [T(b[2]), T(l[2])], "total": T(s[2])})
    SUMS.append({"what": cap + " resultaat", "parts": [T(s[2]), T(mut[2])], "total": T(res[2])})
    return pg


def indicator_table(num, rows, caption):
    cols = [(200, "L"), (85, "L"), (68, "R"), (68, "R"), (68, "R")]
    hdr = [["Indicator", "Bron", "Realisatie", "Streefwaarde", "Streefwaarde"],
           ["", "", "2023", "2025", "2028"]]
    t = Table(cols, hdr, [{"cells": list(r)} for r in rows], caption=caption, size=8, num_valign="top",
              key="ind-%d" % num)
    return doc.table(t)


def invest_table(num, p, items, caption):
    cols = [(185, "L"), (61, "R"), (61, "R"), (61, "R"), (61, "R"), (61, "R")]
    hdr = [[Cell("Investering (bedragen x € 1.000)", align="L"), Cell("Beschikbaar te stellen krediet", span=4),
            ""], ["", "2025", "2026", "2027", "2028", "Totaal"]]
    rows = []
    tot = [0] * 5
    for name, vals in items:
        s = sum(vals)
        rows.append({"cells": [name] + [T(v) if v else "-" for v in vals] + [T(s)]})
        for i, v in enumerate(vals + [s]):
            tot[i] += v
    rows.append({"cells": ["Totaal"] + [T(v) if v else "-" for v in tot], "style": "total"})
    t = Table(cols, hdr, rows, caption=caption, size=8, key="inv-" + p)
    return doc.table(t), tot


# ============================ PAGE 1: cover ==================================
doc.y = 120
doc.text(doc.ml, doc.y, "Gemeente Wassenaar", "B", 16, (0.05, 0.33, 0.30))
doc.y += 40
doc.text(doc.ml, doc.y, "BEGROTING 2025", "B", 30, (0.05, 0.33, 0.30))
doc.y += 24
doc.text(doc.ml, doc.y, "en meerjarenraming 2026-2028", "R", 14)
doc.y += 30
doc.box([("FICTIEF DOCUMENT", "B", 16),
         ("Dit is een verzonnen begroting, gemaakt als testmateriaal voor een evaluatieset. Alle bedragen, "
          "aantallen, tarieven en percentages in dit document zijn verzonnen en komen niet overeen met de "
          "echte begroting 2025 van de gemeente Wassenaar.", "R", 10)])
doc.y += 10
doc.para("Colofon: uitgave gemeente Wassenaar, oktober 2024. Aangeboden aan de gemeenteraad op 1 oktober 2024; "
         "behandeling in de raadsvergadering van 5 november 2024.", "I", 9)
doc.y += 8
doc.heading("Inhoud", 2)
TOC_Y = doc.y
TOC_PAGE = doc.page_no
toc_entries = [("Inleiding en leeswijzer", "inl"), ("Wassenaar in cijfers", "kc"),
               ("P1 Veiligheid en Handhaving", "P1"), ("P2 Mens en Maatschappij", "P2"),
               ("P3 Bestuur en Middelen", "P3"), ("P4 Fysieke Leefomgeving", "P4"),
               ("P5 Natuur, Klimaat en Mobiliteit", "P5"), ("Beleidsindicatoren", "bi"),
               ("Recapitulatie en meerjarenbeeld", "rec"), ("Paragraaf Lokale heffingen", "lh"),
               ("Paragraaf Weerstandsvermogen en risicobeheersing", "wv"),
               ("Paragraaf Onderhoud kapitaalgoederen", "ok"), ("Paragraaf Financiering", "fin"), ("Paragraaf Verbonden partijen", "vp"), ("Investeringen", "inv"),
               ("Overzicht baten en lasten per taakveld", "tv"), ("Reserves", "res")]
doc.y += 14 * len(toc_entries) + 10

# ============================ inleiding =====================================
doc.new_page()
doc.heading("Inleiding", 1, mark="inl")
doc.para("Beste Wassenaarders,")
doc.para("Voor u ligt de begroting 2025. Hierin staat wat de gemeente in 2025 wil bereiken, wat zij daarvoor "
         "gaat doen en wat dat mag kosten. De begroting is het belangrijkste financiële stuk van de gemeente: de "
         "gemeenteraad stelt de budgetten vast waarbinnen het college in 2025 mag werken. Net als vorig jaar is "
         "de begroting sluitend: de structurele lasten worden gedekt door structurele baten. Voor 2025 ramen wij "
         "een positief resultaat van € %s. In 2026 en 2028 laat het meerjarenbeeld een tekort zien; dat komt vooral "
         "door de onzekere ontwikkeling van het gemeentefonds na 2025 (het zogeheten ravijnjaar)."
         % fmt_int(TARGET_RESULT[2025] * 1000))
doc.para("De belangrijkste keuzes in deze begroting zijn: extra inzet op de integrale toegang van het Sociaal Team "
         "Wassenaar, de start van de vervanging van de riolering langs de Rijksstraatweg-Zuid, de uitvoering van "
         "het programma Groene Zone en een forse investering in de verduurzaming van gemeentelijke gebouwen. De "
         "lokale lasten stijgen met de inflatie; voor een meerpersoonshuishouden met een eigen woning stijgen de "
         "woonlasten gemiddeld met 4,6%.")
doc.heading("Leeswijzer", 2)
doc.para("De begroting bestaat uit vijf programma's. Ieder programma beantwoordt drie vragen: Wat willen we "
         "bereiken? Wat gaan we daarvoor doen? Wat mag het kosten? De tabellen 'Baten en lasten' per programma "
         "zijn opgesteld in bedragen x € 1.000, waarbij een min-teken een nadeel (lasten, toevoeging aan een "
         "reserve) aangeeft. Het overzicht van baten en lasten per taakveld achter in deze begroting is in hele "
         "euro's opgesteld; daar zijn de lasten en de baten allebei positief weergegeven. Door afronding kunnen "
         "totalen in de tabellen x € 1.000 afwijken van de som van de onderliggende bedragen.")
doc.para("De kolom 'Begroting 2024' bevat de begroting 2024 na alle wijzigingen tot en met de tweede "
         "bestuursrapportage 2024. De kolom 'Rekening 2023' bevat de werkelijke baten en lasten uit de jaarrekening "
         "2023.")

doc.heading("Wassenaar in cijfers", 2, mark="kc")
tot_l25 = sum(r[3] for p in TVE for r in TVE[p]) + ONVOORZIEN
tot_b25 = sum(r[2] for p in TVE for r in TVE[p])
alg_res_eind = RES_STAND["Algemene reserve (vrij besteedbaar)"][2025]
KC = [
    ("Inwoners per 1 januari 2024", "aantal", "26.618", 26618, "count"),
    ("Huishoudens per 1 januari 2024", "aantal", "11.487", 11487, "count"),
    ("Woningen (WOZ-objecten)", "aantal", "12.112", 12112, "count"),
    ("Oppervlakte gemeente", "hectare", "5.120", 5120, "count"),
    ("Totale lasten begroting 2025", "€ mln", fmt_dec(tot_l25 / 1e6, 1), round(tot_l25 / 1e6, 1) * 1e6, "EUR"),
    ("Totale baten begroting 2025", "€ mln", fmt_dec(tot_b25 / 1e6, 1), round(tot_b25 / 1e6, 1) * 1e6, "EUR"),
    ("Algemene reserve (vrij besteedbaar) eind 2025", "€ mln", fmt_dec(alg_res_eind / 1e3, 1),
     round(alg_res_eind / 1e3, 1) * 1e6, "EUR"),
    ("Gemiddelde WOZ-waarde woning 2025", "€", "812.000", 812000, "EUR"),
    ("Lasten per inwoner 2025", "€", fmt_int(round(tot_l25 / 26618)), round(tot_l25 / 26618), "EUR"),
]
t = Table([(230, "L"), (70, "C"), (80, "R")], [["Kerngegeven", "Eenheid", "Waarde"]],
          [{"cells": [a, b, c]} for a, b, c, _, _ in KC], caption="Tabel 0.1 - Kerncijfers", size=8.5,
          key="kc")
pg = doc.table(t)
for a, b, c, v, u in KC:
    fact("KC|" + a, v, c, "Tabel 0.1 - Kerncijfers, p. %d; row '%s' (%s)" % (pg, a, b), [pg], u)

# ============================ P1 ============================================
doc.heading("P1 Veiligheid en Handhaving", 1, mark="P1")
doc.heading("Wat willen we bereiken?", 2)
doc.para("Wassenaar is een veilige gemeente en dat willen we zo houden. Inwoners en ondernemers voelen zich veilig "
         "in hun buurt en weten waar zij met meldingen terecht kunnen. We zetten in op het voorkomen van "
         "ondermijning, woninginbraken en overlast, en we handhaven zichtbaar in de openbare ruimte.")
doc.heading("Ondermijning en openbare orde", 3)
doc.para("Ondermijnende criminaliteit is vaak onzichtbaar, maar tast de samenleving aan. Samen met de politie, het "
         "Regionaal Informatie- en Expertisecentrum (RIEC) en het Openbaar Ministerie pakken we signalen op. Het "
         "Bibob-beleid wordt in 2025 uitgebreid naar vastgoedtransacties waarbij de gemeente partij is. Bij "
         "evenementen en de jaarwisseling zetten we in op preventie en een snelle aanpak van overlast.")
doc.heading("Wat gaan we daarvoor doen?", 2)
doc.bullets([
    "We breiden het team van buitengewoon opsporingsambtenaren (boa's) uit met 1,5 fte, zodat er ook in de "
    "avonduren en in het weekend wordt gesurveilleerd.",
    "We voeren het actieplan ondermijning 2025-2026 uit, met jaarlijks twee integrale controles op "
    "bedrijventerreinen en vakantieparken.",
    "We organiseren in samenwerking met de politie vier voorlichtingsavonden over woninginbraak en "
    "phishing voor ouderen.",
    "We actualiseren het evenementenbeleid, met aandacht voor geluidsoverlast en verkeersveiligheid.",
])
p1_ind = [("Inwoners die zich veilig voelen in de eigen buurt", "Veiligheidsmonitor", "88%", "89%", "90%"),
          ("Woninginbraken per 1.000 woningen", "Politie", "2,6", "2,2", "2,0"),
          ("Aantal integrale controles ondermijning", "Gemeente", "1", "2", "2")]
pg = indicator_table(1, p1_ind, "Tabel 1.1 - Effectindicatoren P1 Veiligheid en Handhaving")
fact("IND|veilig-buurt-2025", 89, "89%", "Tabel 1.1 Effectindicatoren P1, p. %d; row 'Inwoners die zich veilig voelen in de eigen buurt', column 'Streefwaarde 2025'" % pg, [pg], "percent")
doc.heading("Wat mag het kosten?", 2)
prog_table(1, "P1")
doc.heading("Toelichting begroting 2025", 3)
pp = doc.para("Uitbreiding handhaving (hogere lasten € 118.000). Voor de uitbreiding van het boa-team met 1,5 fte "
              "nemen we structureel € 118.000 op. Bijdrage Veiligheidsregio Haaglanden (hogere lasten € 157.289). De "
              "bijdrage aan de veiligheidsregio stijgt door loon- en prijsindexatie en de nieuwe verdeelsleutel.")
fact("P1|boa-uitbreiding", 118000, "€ 118.000", "P1 Toelichting begroting 2025, p. %s; 'Uitbreiding handhaving (hogere lasten € 118.000)'" % pp, pp)

# ============================ P2 ============================================
doc.heading("P2 Mens en Maatschappij", 1, mark="P2")
doc.para("Programma 2 omvat onderwijs, sport, cultuur, het sociaal domein (Wmo, jeugd, participatie en "
         "inkomen) en de volksgezondheid. Het is financieel het grootste programma van de begroting.")
doc.heading("Wat willen we bereiken?", 2)
doc.bullets([
    "Inwoners doen mee en kunnen zo lang mogelijk zelfstandig thuis wonen; wie dat nodig heeft krijgt tijdig "
    "passende ondersteuning via het Sociaal Team Wassenaar.",
    "Kinderen en jongeren groeien gezond en veilig op. We willen dat minder jeugdigen zware en langdurige "
    "jeugdhulp nodig hebben door eerder en lichter te helpen (normaliseren).",
    "Meer inwoners sporten en bewegen. Het doel is dat het aandeel niet-sporters daalt naar 35% in 2028.",
    "Inwoners met een laag inkomen kunnen rondkomen en meedoen; schulden worden vroeg gesignaleerd.",
])
doc.heading("Wat gaan we daarvoor doen?", 2)
pp = doc.bullets([
    "We versterken de integrale toegang van het Sociaal Team Wassenaar met een extra praktijkondersteuner "
    "jeugd (POH-jeugd) bij de huisartsen en met een wijkgerichte inloop in het Huis van de Buurt.",
    "We starten het programma 'Kansrijke Start' voor aanstaande ouders in kwetsbare situaties, samen met het "
    "consultatiebureau en de verloskundigen.",
    "We voeren het Lokaal Sport- en Preventieakkoord II uit en stellen in 2025 de nieuwe sportvisie "
    "'Wassenaar Beweegt 2025-2030' vast.",
    "We voeren vroegsignalering van schulden uit met de woningcorporatie, Dunea en de zorgverzekeraars; "
    "inwoners met betalingsachterstanden krijgen binnen vijf werkdagen een hulpaanbod.",
    "We vervangen het kunstgrasveld van de hockeyvereniging en bereiden de uitbreiding van het integraal "
    "kindcentrum Oostdorp voor.",
])
fact("TXT|P2-doen", None, "Kansrijke Start", "P2 Wat gaan we daarvoor doen, p. %s" % pp, pp, "text")
p2_ind = [("Niet-sporters (% van de inwoners)", "RIVM", "38,2%", "37%", "35%"),
          ("Jongeren met jeugdhulp (% van de jongeren tot 18 jaar)", "CBS", "10,4%", "10,0%", "9,5%"),
          ("Inwoners met een bijstandsuitkering", "Gemeente", "212", "205", "195"),
          ("Huishoudens in vroegsignalering schulden", "Gemeente", "146", "180", "220"),
          ("Cliënten met huishoudelijke hulp (Wmo)", "Gemeente", "431", "445", "470")]
pg = indicator_table(2, p2_ind, "Tabel 2.1 - Effectindicatoren P2 Mens en Maatschappij")
fact("IND|bijstand-2023", 212, "212", "Tabel 2.1 Effectindicatoren P2, p. %d; row 'Inwoners met een bijstandsuitkering', column 'Realisatie 2023' (Streefwaarde 2025: 205, 2028: 195)" % pg, [pg], "count")
fact("IND|hh-2025", 445, "445", "Tabel 2.1 Effectindicatoren P2, p. %d; row 'Cliënten met huishoudelijke hulp (Wmo)', column 'Streefwaarde 2025' (Realisatie 2023: 431, 2028: 470)" % pg, [pg], "count")
fact("IND|nietsport-2028", 35, "35%", "Tabel 2.1 Effectindicatoren P2, p. %d; row 'Niet-sporters', column 'Streefwaarde 2028'" % pg, [pg], "percent")
doc.heading("Wat mag het kosten?", 2)
prog_table(2, "P2")
doc.heading("Toelichting begroting 2025 ten opzichte van begroting 2024", 3)
pp = doc.para("Jeugdhulp regionaal (hogere lasten € 612.000). De tarieven van de regionaal ingekochte jeugdhulp "
              "stijgen in 2025 met gemiddeld 6,8%%. Daarnaast neemt het aantal jeugdigen met ambulante "
              "ondersteuning toe. De lasten voor jeugdhulp ambulant regionaal komen daarmee uit op € %s."
              % fmt_int([r for r in TVE["P2"] if r[0] == "6.752"][0][3]))
fact("P2|jeugd-regionaal-stijging", 612000, "€ 612.000", "P2 Toelichting, p. %s; 'Jeugdhulp regionaal (hogere lasten € 612.000)'" % pp, pp)
fact("P2|jeugd-tarief-pct", 6.8, "6,8%", "P2 Toelichting, p. %s; 'stijgen in 2025 met gemiddeld 6,8%%'" % pp, pp, "percent")
pp = doc.para("Integrale toegang Sociaal Team (hogere lasten € 145.000). De coalitie investeert extra in de "
              "toegang, waaronder een POH-jeugd bij de huisartsen (€ 85.000) en de inloop in het Huis van de "
              "Buurt (€ 60.000).")
fact("P2|toegang-stijging", 145000, "€ 145.000", "P2 Toelichting, p. %s; 'Integrale toegang Sociaal Team (hogere lasten € 145.000)' (components: POH-jeugd € 85.000, inloop € 60.000)" % pp, pp)
fact("P2|poh-jeugd", 85000, "€ 85.000", "P2 Toelichting, p. %s; 'POH-jeugd bij de huisartsen (€ 85.000)'" % pp, pp)
pp = doc.para("Opvang vluchtelingen COA (hogere baten € 410.000). De vergoeding van het COA voor de opvanglocatie "
              "voor 900 vluchtelingen is voor 2025 vastgesteld op € 410.000 per jaar.")
fact("P2|coa-vergoeding", 410000, "€ 410.000", "P2 Toelichting, p. %s; 'vergoeding van het COA ... € 410.000 per jaar'" % pp, pp)
pp = doc.para("Huishoudelijke hulp (hogere lasten € 174.000). Door het abonnementstarief en de vergrijzing groeit "
              "het aantal cliënten met huishoudelijke hulp. Kansrijke Start wordt gefinancierd uit de "
              "specifieke uitkering (SPUK) en leidt per saldo niet tot hogere lasten.")
fact("P2|hh-stijging", 174000, "€ 174.000", "P2 Toelichting, p. %s; 'Huishoudelijke hulp (hogere lasten € 174.000)'" % pp, pp)
doc.heading("Sociaal domein in cijfers", 3)
doc.para("De lasten van het sociaal domein zijn hieronder gegroepeerd naar de drie wetten en het algemene deel "
         "(welzijn, toegang). De cijfers 2025 zijn de optelling van de taakvelden in het overzicht per taakveld "
         "achter in deze begroting, afgerond op duizenden euro's.")
CLUSTERS = [("Wmo (maatschappelijke ondersteuning)", ["6.21", "6.60", "6.711", "6.712", "6.713", "6.791", "6.811", "6.91"], 6120),
            ("Jeugdhulp en jeugdbescherming", ["6.22", "6.751", "6.752", "6.761", "6.762", "6.763", "6.792", "6.821", "6.822", "6.92"], 7812),
            ("Participatie en inkomen", ["6.3", "6.4", "6.5"], 11288),
            ("Welzijn, samenkracht en integrale toegang", ["6.1", "6.23"], 7016)]
P2TV = {r[0]: r for r in TVE["P2"]}
rows = []
c24 = c25 = 0
CL25 = {}
for name, codes, v24 in CLUSTERS:
    v25 = round(sum(P2TV[c][3] for c in codes) / 1000)
    CL25[name] = (v24, v25)
    rows.append({"cells": [name, T(v24), T(v25), T(v25 - v24), fmt_dec((v25 - v24) / v24 * 100, 1) + "%"]})
    c24 += v24
    c25 += v25
rows.append({"cells": ["Totaal lasten sociaal domein", T(c24), T(c25), T(c25 - c24), fmt_dec((c25 - c24) / c24 * 100, 1) + "%"],
             "style": "total"})
t = Table([(200, "L"), (70, "R"), (70, "R"), (70, "R"), (60, "R")],
          [["Lasten (bedragen x € 1.000)", "Begroting", "Begroting", "Verschil", "Verschil"],
           ["", "2024*", "2025", "", "in %"]], rows,
          caption="Tabel 2.4 - Lasten sociaal domein naar cluster", size=8, key="sd",
          notes=["* Begroting 2024 na wijziging."])
pg = doc.table(t)
v24, v25 = CL25["Jeugdhulp en jeugdbescherming"]
fact("SD|jeugd-2025", v25 * 1000, T(v25), "Tabel 2.4 Lasten sociaal domein, p. %d; row 'Jeugdhulp en jeugdbescherming', column 'Begroting 2025' (2024*: %s; verschil %s)" % (pg, T(v24), T(v25 - v24)), [pg])
fact("SD|jeugd-verschil", (v25 - v24) * 1000, T(v25 - v24), "Tabel 2.4, p. %d; row 'Jeugdhulp en jeugdbescherming', column 'Verschil'" % pg, [pg])
v24, v25 = CL25["Wmo (maatschappelijke ondersteuning)"]
fact("SD|wmo-2025", v25 * 1000, T(v25), "Tabel 2.4, p. %d; row 'Wmo (maatschappelijke ondersteuning)', column 'Begroting 2025' (2024*: %s)" % (pg, T(v24)), [pg])
fact("SD|totaal-2025", c25 * 1000, T(c25), "Tabel 2.4, p. %d; row 'Totaal lasten sociaal domein', column 'Begroting 2025' (2024*: %s)" % (pg, T(c24)), [pg])
fact("SD|totaal-pct", round((c25 - c24) / c24 * 100, 1), fmt_dec((c25 - c24) / c24 * 100, 1) + "%", "Tabel 2.4, p. %d; row 'Totaal lasten sociaal domein', column 'Verschil in %%'" % pg, [pg], "percent")
SUMS.append({"what": "Tabel 2.4 2025", "parts": [T(CL25[n][1]) for n, _, _ in CLUSTERS], "total": T(c25)})
doc.para("De stijging zit vooral bij de jeugdhulp. Het college houdt vast aan de maatregelen uit het actieplan "
         "jeugd: meer lichte hulp via de POH-jeugd, afspraken met de regio over de duur van trajecten en "
         "kritisch kijken naar verwijzingen via huisartsen en gecertificeerde instellingen.")
inv2 = [("Vervanging kunstgrasveld hockey", [780, 0, 0, 0]),
        ("Uitbreiding integraal kindcentrum Oostdorp", [450, 2650, 1900, 0]),
        ("Verduurzaming gymzaal Burmanlaan", [0, 325, 0, 0])]
pg, tot2 = invest_table(2, "P2", inv2, "Tabel 2.2 - Investeringen P2 Mens en Maatschappij")
fact("INV|kindcentrum-totaal", 5000000, T(5000), "Tabel 2.2 Investeringen P2, p. %d; row 'Uitbreiding integraal kindcentrum Oostdorp', column 'Totaal' (x € 1.000)" % pg, [pg])
fact("INV|kunstgras-2025", 780000, T(780), "Tabel 2.2 Investeringen P2, p. %d; row 'Vervanging kunstgrasveld hockey', column '2025' (x € 1.000)" % pg, [pg])

# ============================ P3 ============================================
doc.heading("P3 Bestuur en Middelen", 1, mark="P3")
doc.heading("Wat willen we bereiken?", 2)
doc.para("Een betrouwbare en toegankelijke gemeente met een goede dienstverlening. Inwoners kunnen hun zaken "
         "digitaal regelen, maar wie dat niet kan of wil, wordt aan de balie of thuis geholpen. De gemeente "
         "werkt samen met Voorschoten in de Werkorganisatie Duivenvoorde en houdt de financiën op orde.")
doc.para("Wassenaar en Voorschoten werken sinds 2016 samen in de Werkorganisatie Duivenvoorde (WODV). De gemeenten "
         "blijven zelfstandig; de ambtelijke organisatie is gezamenlijk. In 2025 wordt de samenwerking geëvalueerd. "
         "Het college wil daarbij vooral weten of de dienstverlening aan inwoners goed en herkenbaar Wassenaars is.")
doc.heading("Wat gaan we daarvoor doen?", 2)
doc.bullets([
    "We openen in 2025 een servicepunt voor digitale hulp in de bibliotheek, samen met de Digi-Taalhuizen.",
    "We verwachten in 2025 circa 3.900 aanvragen voor paspoorten en identiteitskaarten; de piek van 2023 en "
    "2024 is dan voorbij.",
    "We herzien het inkoop- en aanbestedingsbeleid met aandacht voor social return en duurzaamheid.",
])
doc.heading("Wat mag het kosten?", 2)
prog_table(3, "P3")
pp = doc.para("Digitale dienstverlening (hogere lasten € 96.000, incidenteel). Het servicepunt digitale hulp en de "
              "vervanging van het zaaksysteem worden gedekt uit de algemene reserve (onttrekking € 310.000).")
fact("P3|onttrekking-alg-res", 310000, "€ 310.000", "P3 Toelichting, p. %s; 'onttrekking € 310.000'" % pp, pp)

# ============================ P4 ============================================
doc.heading("P4 Fysieke Leefomgeving", 1, mark="P4")
doc.heading("Wat willen we bereiken?", 2)
doc.para("Wassenaar blijft een groen en aantrekkelijk dorp om te wonen, met voldoende betaalbare woningen voor "
         "starters, jonge gezinnen en senioren. Het erfgoed blijft behouden en wordt verduurzaamd. Met de "
         "invoering van de Omgevingswet werken we aan een omgevingsplan voor het hele grondgebied.")
doc.heading("Wat gaan we daarvoor doen?", 2)
pp4 = doc.bullets([
    "We realiseren in de periode 2025-2028 minimaal 350 woningen, waarvan ten minste 30% sociale huur.",
    "We stellen de woonvisie 'Thuis in Wassenaar 2030' vast en maken prestatieafspraken met de "
    "woningcorporatie.",
    "We stellen een subsidieregeling op voor het verduurzamen van monumenten, met een budget van € 75.000 "
    "per jaar.",
    "We verduurzamen het gemeentehuis en twee schoolgebouwen (zie investeringen).",
])
doc.heading("Wat mag het kosten?", 2)
prog_table(4, "P4")
pp = doc.para("Onderwijshuisvesting (hogere lasten € 232.000). De kapitaallasten van de nieuwbouw van "
              "basisschool De Vlinder komen vanaf 2025 in de begroting. Woningbouwversnelling (hogere lasten "
              "€ 180.000, incidenteel) wordt gedekt uit de Reserve volkshuisvesting en duurzaamheid.")
fact("P4|monumenten-subsidie", 75000, "€ 75.000", "P4 Wat gaan we daarvoor doen, p. %s; 'subsidieregeling ... budget van € 75.000 per jaar'" % pp4, pp4)

# ============================ P5 ============================================
doc.heading("P5 Natuur, Klimaat en Mobiliteit", 1, mark="P5")
doc.heading("Wat willen we bereiken?", 2)
doc.para("We beschermen het groene karakter van Wassenaar, passen de openbare ruimte aan op hevige regenval en "
         "hitte, verminderen de CO2-uitstoot en zorgen voor veilige fiets- en looproutes. Het restafval per "
         "inwoner moet dalen naar 100 kilo in 2030.")
doc.para("Het programma Groene Zone verbindt de duinen, de landgoederen en de polders met elkaar. Samen met de "
         "provincie, het Rijksvastgoedbedrijf, het waterschap en Dunea werken we aan recreatieve routes, "
         "natuurontwikkeling en een betere waterhuishouding. Voor de uitvoering is tot en met 2027 jaarlijks "
         "€ 230.000 beschikbaar uit de Reserve Groene Zone.")
doc.heading("Wat gaan we daarvoor doen?", 2)
doc.bullets([
    "We vervangen de riolering langs de Rijksstraatweg-Zuid en koppelen hemelwater af waar dat kan.",
    "We voeren het programma Groene Zone uit, met een nieuwe fietsverbinding tussen de duinen en de "
    "landgoederen.",
    "We vervangen de openbare verlichting door ledverlichting; eind 2026 is 80% van de lichtmasten voorzien "
    "van led.",
    "We voeren omgekeerd inzamelen in bij de hoogbouw, samen met Avalex.",
])
doc.heading("Wat mag het kosten?", 2)
prog_table(5, "P5")
pp = doc.para("Afvalinzameling en -verwerking (hogere lasten € 301.000). De verwerkingstarieven en de bijdrage aan "
              "Avalex stijgen. Het voordeel op de afvalstoffenheffing van € 95.000 wordt toegevoegd aan de "
              "Reserve egalisatie afvalstoffenheffing.")
fact("P5|afval-stijging", 301000, "€ 301.000", "P5 Toelichting, p. %s; 'Afvalinzameling en -verwerking (hogere lasten € 301.000)'" % pp, pp)
inv5 = [("Vervanging riolering Rijksstraatweg-Zuid", [1850, 2400, 0, 0]),
        ("Ledverlichting openbare ruimte", [420, 380, 0, 0]),
        ("Groene Zone: fietsverbinding duinen-landgoederen", [0, 650, 1100, 0]),
        ("Klimaatadaptatie en afkoppelen hemelwater", [300, 300, 300, 300])]
pg, tot5 = invest_table(5, "P5", inv5, "Tabel 5.2 - Investeringen P5 Natuur, Klimaat en Mobiliteit")
fact("INV|riolering-2026", 2400000, T(2400), "Tabel 5.2 Investeringen P5, p. %d; row 'Vervanging riolering Rijksstraatweg-Zuid', column '2026' (2025: 1.850; Totaal 4.250)" % pg, [pg])
fact("INV|riolering-totaal", 4250000, T(4250), "Tabel 5.2 Investeringen P5, p. %d; row 'Vervanging riolering Rijksstraatweg-Zuid', column 'Totaal'" % pg, [pg])

# ============================ Beleidsindicatoren ==============================
doc.heading("Beleidsindicatoren", 1, mark="bi")
doc.para("Gemeenten nemen verplicht een vaste set beleidsindicatoren op (Besluit begroting en verantwoording). "
         "De cijfers komen van waarstaatjegemeente.nl; tussen haakjes staat het jaar waarop het cijfer betrekking "
         "heeft.")
BI = [
    ("1", "Verwijzingen Halt", "per 10.000 jongeren", "Bureau Halt", "72 (2023)", "89 (2023)"),
    ("1", "Winkeldiefstallen", "per 1.000 inwoners", "CBS", "0,7 (2023)", "2,4 (2023)"),
    ("1", "Geweldsmisdrijven", "per 1.000 inwoners", "CBS", "3,8 (2023)", "4,7 (2023)"),
    ("2", "Jongeren met jeugdhulp", "% van jongeren tot 18 jaar", "CBS", "10,4 (2023)", "12,6 (2023)"),
    ("2", "Cliënten met een maatwerkarrangement Wmo", "per 10.000 inwoners", "CBS", "642 (2023)", "690 (2023)"),
    ("2", "Personen met een bijstandsuitkering", "per 10.000 inwoners", "CBS", "80 (2023)", "369 (2023)"),
    ("2", "Niet-sporters", "% van de inwoners", "RIVM", "38,2 (2022)", "46,4 (2022)"),
    ("3", "Formatie", "fte per 1.000 inwoners", "Eigen gegevens", "n.v.t.*", "-"),
    ("4", "Nieuw gebouwde woningen", "per 1.000 woningen", "CBS", "4,1 (2023)", "8,9 (2023)"),
    ("4", "Demografische druk", "%", "CBS", "98,1 (2024)", "71,5 (2024)"),
    ("5", "Omvang huishoudelijk restafval", "kg per inwoner", "CBS", "178 (2023)", "161 (2023)"),
    ("5", "Hernieuwbare elektriciteit", "%", "RWS", "8,7 (2023)", "40,2 (2023)"),
]
t = Table([(30, "C"), (150, "L"), (105, "L"), (70, "L"), (67, "R"), (67, "R")],
          [["Progr.", "Indicator", "Eenheid", "Bron", "Wassenaar", "Nederland"],
           ["", "", "", "", "(jaartal)", "(jaartal)"]],
          [{"cells": list(r)} for r in BI], caption="Tabel 6.1 - Beleidsindicatoren per programma", size=8,
          notes=["* Het personeel werkt bij de Werkorganisatie Duivenvoorde; de gemeente heeft zelf geen formatie."],
          key="bi", num_valign="top")
pg = doc.table(t)
fact("BI|jeugdhulp", 10.4, "10,4 (2023)", "Tabel 6.1 Beleidsindicatoren, p. %d; row 'Jongeren met jeugdhulp', column 'Wassenaar' (Nederland: 12,6)" % pg, [pg], "percent")
fact("BI|restafval", 178, "178 (2023)", "Tabel 6.1 Beleidsindicatoren, p. %d; row 'Omvang huishoudelijk restafval', column 'Wassenaar' (Nederland: 161)" % pg, [pg], "count")
fact("BI|nieuwbouw-nl", 8.9, "8,9 (2023)", "Tabel 6.1 Beleidsindicatoren, p. %d; row 'Nieuw gebouwde woningen', column 'Nederland' (Wassenaar: 4,1)" % pg, [pg], "count")

# ============================ Recapitulatie ================================
doc.heading("Recapitulatie en meerjarenbeeld", 1, mark="rec")
doc.para("Onderstaande tabellen vatten de baten en lasten van alle programma's samen, met daaronder de algemene "
         "dekkingsmiddelen, de overhead, de heffing vennootschapsbelasting en het bedrag voor onvoorzien. "
         "Bedragen x € 1.000; lasten zijn negatief weergegeven.")


def recap_table(years, tabno):
    cols = [(135, "L")] + [(59, "R")] * 6
    hdr = [[Cell("Programma's", align="L")] + [Cell("Begroting %d" % y, span=3) for y in years],
           [Cell("bedragen x € 1.000", align="L")] + ["baten", "lasten", "saldo"] * 2]
    rows = []

    def line(lab, vals, st="normal", key=None):
        rows.append({"cells": [lab] + [T(v) for v in vals], "style": st, "key": key})

    for i in range(5):
        vals = []
        for y in years:
            lab, b, l = RECAP[y]["prog"][i]
            vals += [b, -l, b - l]
        line(lab, vals, key=lab)
    vals = []
    for y in years:
        b, l = RECAP[y]["tot_prog"]
        vals += [b, -l, b - l]
    line("Totaal programma's", vals, "sub")
    for j in range(4):
        vals = []
        for y in years:
            lab, b, l = RECAP[y]["gen"][j]
            vals += [b, -l, b - l]
        line(lab, vals)
    vals = []
    for y in years:
        b, l = RECAP[y]["saldo"]
        vals += [b, -l, b - l]
    line("Saldo van baten en lasten", vals, "sub")
    vals = []
    for y in years:
        vals += [RECAP[y]["ont"], -RECAP[y]["toe"], RECAP[y]["mut"]]
    line("Mutaties reserves", vals)
    vals = []
    for y in years:
        b, l = RECAP[y]["saldo"]
        vals += [b + RECAP[y]["ont"], -l - RECAP[y]["toe"], RECAP[y]["result"]]
    line("Geraamd resultaat", vals, "total")
    cap = "Tabel %s - Recapitulatie alle programma's %d-%d" % (tabno, years[0], years[1])
    t = Table(cols, hdr, rows, caption=cap, size=7.6, key="recap-%d" % years[0],
              notes=["* Algemene dekkingsmiddelen: taakvelden 0.5, 0.61, 0.62, 0.64, 0.7 en 0.8 (exclusief het bedrag "
                     "voor onvoorzien). Mutaties reserves: kolom baten = onttrekkingen, kolom lasten = toevoegingen."])
    pg = doc.table(t)
    for y in years:
        R = RECAP[y]
        b, l = R["tot_prog"]
        fact("REC|totprog-lasten|%d" % y, l * 1000, T(-l), "%s, p. %d; row 'Totaal programma's', column 'Begroting %d lasten'" % (cap, pg, y), [pg])
        fact("REC|totprog-baten|%d" % y, b * 1000, T(b), "%s, p. %d; row 'Totaal programma's', column 'Begroting %d baten'" % (cap, pg, y), [pg])
        b, l = R["saldo"]
        fact("REC|saldo|%d" % y, (b - l) * 1000, T(b - l), "%s, p. %d; row 'Saldo van baten en lasten', column 'Begroting %d saldo'" % (cap, pg, y), [pg])
        fact("REC|totlasten|%d" % y, l * 1000, T(-l), "%s, p. %d; row 'Saldo van baten en lasten', column 'Begroting %d lasten'" % (cap, pg, y), [pg])
        fact("REC|result|%d" % y, R["result"] * 1000, T(R["result"]), "%s, p. %d; row 'Geraamd resultaat', column 'Begroting %d saldo'" % (cap, pg, y), [pg])
        for lab, gb, gl in R["gen"]:
            fact("REC|%s|%d" % (lab.rstrip("*"), y), (gb - gl) * 1000, T(gb - gl), "%s, p. %d; row '%s', column 'Begroting %d saldo' (baten %s, lasten %s)" % (cap, pg, lab, y, T(gb), T(-gl)), [pg])
            fact("REC|%s-lasten|%d" % (lab.rstrip("*"), y), gl * 1000, T(-gl), "%s, p. %d; row '%s', column 'Begroting %d lasten'" % (cap, pg, lab, y), [pg])
        SUMS.append({"what": cap + " totaal programma's lasten %d" % y,
                     "parts": [T(-x[2]) for x in R["prog"]], "total": T(-R["tot_prog"][1])})
        SUMS.append({"what": cap + " saldo lasten %d" % y,
                     "parts": [T(-R["tot_prog"][1])] + [T(-x[2]) for x in R["gen"]], "total": T(-R["saldo"][1])})
        SUMS.append({"what": cap + " resultaat %d" % y, "parts": [T(R["saldo"][0] - R["saldo"][1]), T(R["mut"])],
                     "total": T(R["result"])})


recap_table([2025, 2026], "6.2a")
recap_table([2027, 2028], "6.2b")

doc.heading("Structureel begrotingssaldo", 2)
rows = []
vals_r = [RECAP[y]["result"] for y in [2025, 2026, 2027, 2028]]
vals_il = [INCID[y][0] for y in [2025, 2026, 2027, 2028]]
vals_ib = [-INCID[y][1] for y in [2025, 2026, 2027, 2028]]
vals_s = [vals_r[i] + vals_il[i] + vals_ib[i] for i in range(4)]
rows = [{"cells": ["Geraamd resultaat (begrotingssaldo)"] + [T(v) for v in vals_r]},
        {"cells": ["Af: incidentele baten"] + [T(v) for v in vals_ib]},
        {"cells": ["Bij: incidentele lasten"] + [T(v) for v in vals_il]},
        {"cells": ["Structureel begrotingssaldo"] + [T(v) for v in vals_s], "style": "total"}]
STRUCT = dict(zip([2025, 2026, 2027, 2028], vals_s))
t = Table([(200, "L")] + [(65, "R")] * 4, [["(bedragen x € 1.000)", "2025", "2026", "2027", "2028"]], rows,
          caption="Tabel 11.2 - Presentatie structureel begrotingssaldo", size=8, key="struct")
pg = doc.table(t)
for i, y in enumerate([2025, 2026, 2027, 2028]):
    fact("STRUCT|%d" % y, vals_s[i] * 1000, T(vals_s[i]), "Tabel 11.2 Structureel begrotingssaldo, p. %d; row 'Structureel begrotingssaldo', column '%d'" % (pg, y), [pg])
    SUMS.append({"what": "Tabel 11.2 %d" % y, "parts": [T(vals_r[i]), T(vals_ib[i]), T(vals_il[i])], "total": T(vals_s[i])})
pp = doc.para("Het structurele saldo is in 2025 en 2027 positief. In 2026 en 2028 is er een structureel tekort. "
              "Het college komt bij de voorjaarsnota 2025 met voorstellen om het meerjarenbeeld vanaf 2026 "
              "sluitend te maken, onder meer door een heroverweging van budgetten en het mogelijk verder "
              "verhogen van de OZB.")

doc.heading("Incidentele baten en lasten", 2)
INC_ITEMS = [("P2", "Sociaal domein: uitvoeringsplan transformatie", [235, 0, 0, 0], [235, 0, 0, 0]),
             ("P2", "Kapitaallasten sporthal (dekking uit reserve)", [0, 0, 0, 0], [185, 180, 175, 170]),
             ("P3", "Servicepunt digitale hulp en zaaksysteem", [310, 125, 0, 0], [310, 125, 0, 0]),
             ("P4", "Woningbouwversnelling", [600, 240, 0, 0], [600, 240, 0, 0]),
             ("P4", "Onderhoud gemeentelijke gebouwen (inhaalslag)", [265, 0, 0, 0], [265, 0, 0, 0]),
             ("P5", "Uitvoering Groene Zone", [230, 230, 230, 0], [230, 230, 230, 0]),
             ("P5", "Toevoeging egalisatiereserve afval", [95, 95, 95, 95], [0, 0, 0, 0]),
             ("P1", "Inhuur handhaving evenementen", [205, 270, 85, 0], [0, 0, 0, 0])]
rows = []
tl = [0] * 4
tb = [0] * 4
for prog, name, l, b in INC_ITEMS:
    rows.append({"cells": [prog, name] + [T(-v) if v else "0" for v in l] + [T(v) if v else "0" for v in b]})
    for i in range(4):
        tl[i] += l[i]
        tb[i] += b[i]
rows.append({"cells": ["", "Totaal incidentele lasten en baten"] + [T(-v) for v in tl] + [T(v) for v in tb], "style": "total"})
for i, y in enumerate([2025, 2026, 2027, 2028]):
    assert (tl[i], tb[i]) == INCID[y], (y, tl[i], tb[i], INCID[y])
t = Table([(28, "C"), (165, "L")] + [(37, "R")] * 8,
          [["", "", Cell("Incidentele lasten", span=4), Cell("Incidentele baten", span=4)],
           ["Progr.", "Omschrijving (x € 1.000)", "2025", "2026", "2027", "2028", "2025", "2026", "2027", "2028"]],
          rows, caption="Tabel 11.3 - Incidentele baten en lasten 2025-2028", size=7.4, key="incid")
doc.table(t)
SUMS.append({"what": "Tabel 11.3 lasten 2025", "parts": [T(-x[2][0]) for x in INC_ITEMS if x[2][0]], "total": T(-tl[0])})

# ============================ Lokale heffingen ==============================
doc.heading("Paragraaf Lokale heffingen", 1, mark="lh")
doc.para("In deze paragraaf staan de geraamde opbrengsten van de belastingen en rechten, de tarieven voor 2025 en "
         "de woonlasten. Uitgangspunt is 'de gebruiker betaalt': bestemmingsheffingen en rechten zijn maximaal "
         "kostendekkend. De tarieven stijgen in 2025 met het inflatiepercentage van 3,3%, tenzij hieronder anders "
         "vermeld.")
ozbw = round([r for r in TVE["ADM"] if r[0] == "0.61"][0][2] / 1000)
ozbnw = round([r for r in TVE["ADM"] if r[0] == "0.62"][0][2] / 1000)
OPB = [("OZB woningen", 9124, ozbw), ("OZB niet-woningen", 3388, ozbnw), ("Hondenbelasting", 203, 211),
       ("Toeristenbelasting", 2541, 2618), ("Precariobelasting", 137, 141), ("Ondernemersheffing", 94, 97),
       ("Afvalstoffenheffing", 5812, 6027), ("Riool- en waterzorgheffing", 2893, 2967),
       ("Begraafplaatsrechten", 55, 57), ("Leges omgevingsvergunningen", 1544, 1612),
       ("Leges burgerzaken en overige rechten", 612, 579)]
rows = []
s24 = s25 = 0
for n, a, b in OPB:
    rows.append({"cells": [n, T(a), T(b), T(b - a)], "key": n})
    s24 += a
    s25 += b
k24, k25 = -381, -402
rows.append({"cells": ["Subtotaal bruto opbrengst", T(s24), T(s25), T(s25 - s24)], "style": "sub"})
rows.append({"cells": ["Af: kwijtschelding", T(k24), T(k25), T(k25 - k24)]})
rows.append({"cells": ["Netto opbrengst", T(s24 + k24), T(s25 + k25), T(s25 + k25 - s24 - k24)], "style": "total"})
t = Table([(210, "L"), (75, "R"), (75, "R"), (75, "R")],
          [["Opbrengst belastingen en rechten", "raming", "raming", "mutatie"], ["", "2024", "2025", "t.o.v. 2024"]],
          rows, caption="Tabel 7.1 - Opbrengst uit belastingen", caption_right="bedragen x € 1.000", size=8,
          key="opb")
pg = doc.table(t)
fact("OPB|toeristenbelasting-2025", 2618000, T(2618), "Tabel 7.1 Opbrengst uit belastingen, p. %d; row 'Toeristenbelasting', column 'raming 2025' (raming 2024: 2.541)" % pg, [pg])
fact("OPB|ozb-woningen-2025", ozbw * 1000, T(ozbw), "Tabel 7.1, p. %d; row 'OZB woningen', column 'raming 2025' (raming 2024 9.124)" % pg, [pg])
fact("OPB|netto-2025", (s25 + k25) * 1000, T(s25 + k25), "Tabel 7.1, p. %d; row 'Netto opbrengst', column 'raming 2025' (2024: %s)" % (pg, T(s24 + k24)), [pg])
fact("OPB|kwijtschelding-2025", 402000, T(-402), "Tabel 7.1, p. %d; row 'Af: kwijtschelding', column 'raming 2025' (2024: -381)" % pg, [pg])
SUMS.append({"what": "Tabel 7.1 bruto 2025", "parts": [T(x[2]) for x in OPB], "total": T(s25)})
SUMS.append({"what": "Tabel 7.1 netto 2025", "parts": [T(s25), T(k25)], "total": T(s25 + k25)})

doc.heading("Onroerendezaakbelastingen (OZB)", 2)
pp = doc.para("De OZB-tarieven 2025 zijn berekend op basis van de WOZ-waarden met waardepeildatum 1 januari 2024. "
              "De woningwaarden stijgen gemiddeld met 6,1%; de tarieven dalen daardoor, zodat de opbrengst alleen "
              "met de inflatie stijgt. De tarieven voor 2025 zijn: woningen eigenaar 0,0771% van de WOZ-waarde, "
              "niet-woningen eigenaar 0,1498% en niet-woningen gebruiker 0,1216%.")
fact("OZB|woning-eigenaar", 0.0771, "0,0771%", "Paragraaf Lokale heffingen, OZB, p. %s; 'woningen eigenaar 0,0771%% van de WOZ-waarde'" % pp, pp, "percent")
fact("OZB|nw-gebruiker", 0.1216, "0,1216%", "Paragraaf Lokale heffingen, OZB, p. %s; 'niet-woningen gebruiker 0,1216%%' (eigenaar: 0,1498%%)" % pp, pp, "percent")

TAR = [("Hondenbelasting", None, None),
       ("eerste hond", "94,20", "98,16"), ("tweede hond", "141,12", "147,36"), ("elke volgende hond", "186,24", "194,52"),
       ("Toeristenbelasting", None, None),
       ("per overnachting (camping)", "1,68", "1,76"), ("per overnachting (hotel, pension, B&B)", "4,24", "4,42"),
       ("Afvalstoffenheffing", None, None),
       ("eenpersoonshuishouden (gelaagde bouw)", "352,80", "366,60"),
       ("meerpersoonshuishouden (gelaagde bouw)", "508,20", "527,88"),
       ("eenpersoonshuishouden (laagbouw)", "360,00", "373,92"),
       ("meerpersoonshuishouden (laagbouw)", "518,16", "538,44"),
       ("extra groene container", "50,00", "52,00"),
       ("Riool- en waterzorgheffing (huishouden)", None, None),
       ("vastrecht tot en met 80 m3", "136,20", "140,64"), ("per m3 boven 80 m3", "1,70", "1,76")]
rows = []
for n, a, b in TAR:
    if a is None:
        rows.append({"cells": [n, "", ""], "style": "section"})
    else:
        rows.append({"cells": [n, a, b], "indent": 10})
t = Table([(260, "L"), (80, "R"), (80, "R")], [["Tarieven (bedragen in euro's)", "tarief 2024", "tarief 2025"]],
          rows, caption="Tabel 7.2 - Tarieven 2025 hondenbelasting, toeristenbelasting, afvalstoffenheffing en rioolheffing",
          size=8, key="tar")
pg = doc.table(t)
fact("TAR|hond1-2025", 98.16, "98,16", "Tabel 7.2 Tarieven, p. %d; row 'Hondenbelasting - eerste hond', column 'tarief 2025' (2024: 94,20)" % pg, [pg])
fact("TAR|hond2-2025", 147.36, "147,36", "Tabel 7.2 Tarieven, p. %d; row 'tweede hond', column 'tarief 2025' (2024: 141,12)" % pg, [pg])
fact("TAR|toerist-hotel-2025", 4.42, "4,42", "Tabel 7.2 Tarieven, p. %d; row 'per overnachting (hotel, pension, B&B)', column 'tarief 2025' (camping 1,76; 2024 4,24)" % pg, [pg])
fact("TAR|afval-1p-laag-2025", 373.92, "373,92", "Tabel 7.2 Tarieven, p. %d; row 'eenpersoonshuishouden (laagbouw)', column 'tarief 2025' (gelaagde bouw 366,60; 2024 360,00)" % pg, [pg])
fact("TAR|riool-vast-2024", 136.20, "136,20", "Tabel 7.2 Tarieven, p. %d; row 'vastrecht tot en met 80 m3', column 'tarief 2024' (2025: 140,64)" % pg, [pg])
fact("TAR|riool-vast-2025", 140.64, "140,64", "Tabel 7.2 Tarieven, p. %d; row 'vastrecht tot en met 80 m3', column 'tarief 2025'" % pg, [pg])

doc.heading("Kostendekkendheid en woonlasten", 2)
pp = doc.para("De afvalstoffenheffing is in 2025 voor 97,2% kostendekkend; de riool- en waterzorgheffing voor "
              "98,4%. Voor een meerpersoonshuishouden in een eigen woning met de gemiddelde WOZ-waarde van "
              "€ 812.000 stijgen de woonlasten met 4,6%.")
fact("KD|afval", 97.2, "97,2%", "Paragraaf Lokale heffingen, Kostendekkendheid, p. %s; 'afvalstoffenheffing is in 2025 voor 97,2%% kostendekkend' (riool 98,4%%)" % pp, pp, "percent")
WL = [("OZB eigenaar woning", "593,38", "626,05"), ("Afvalstoffenheffing meerpersoonshuishouden (laagbouw)", "518,16", "538,44"),
      ("Riool- en waterzorgheffing (vastrecht)", "136,20", "140,64")]
w24 = sum(float(a.replace(",", ".")) for _, a, _ in WL)
w25 = sum(float(b.replace(",", ".")) for _, _, b in WL)
assert abs(round(w25 / w24 - 1, 3) - 0.046) < 0.0006, w25 / w24
rows = [{"cells": list(r)} for r in WL]
rows.append({"cells": ["Totale woonlasten", fmt_dec(w24, 2), fmt_dec(w25, 2)], "style": "total"})
t = Table([(260, "L"), (80, "R"), (80, "R")], [["Woonlasten meerpersoonshuishouden met eigen woning (in euro's)", "2024", "2025"]],
          rows, caption="Tabel 7.3 - Woonlastenoverzicht Wassenaar 2024 en 2025", size=8, key="wl",
          notes=["Gemiddelde WOZ-waarde 2024: € 798.000; 2025: € 812.000."])
pg = doc.table(t)
fact("WL|totaal-2025", round(w25, 2), fmt_dec(w25, 2), "Tabel 7.3 Woonlastenoverzicht, p. %d; row 'Totale woonlasten', column '2025' (2024: %s)" % (pg, fmt_dec(w24, 2)), [pg])
fact("WL|totaal-2024", round(w24, 2), fmt_dec(w24, 2), "Tabel 7.3 Woonlastenoverzicht, p. %d; row 'Totale woonlasten', column '2024'" % pg, [pg])
SUMS.append({"what": "Tabel 7.3 2025", "parts": [b for _, _, b in WL], "total": fmt_dec(w25, 2), "decimal": True})

# ============================ Weerstandsvermogen ==============================
doc.heading("Paragraaf Weerstandsvermogen en risicobeheersing", 1, mark="wv")
doc.para("Het weerstandsvermogen is de mate waarin de gemeente financiële tegenvallers kan opvangen zonder dat het "
         "beleid hoeft te worden aangepast. Het is de verhouding tussen de beschikbare weerstandscapaciteit en de "
         "benodigde weerstandscapaciteit (de gekwantificeerde risico's).")
RISKS = [("Jeugdzorg: open-einderegeling", 1200, 70), ("Wmo-huishoudelijke hulp: abonnementstarief", 650, 50),
         ("Loon- en prijsontwikkeling boven de indexatie", 900, 50),
         ("Tekorten bij verbonden partijen", 1100, 30),
         ("Herijking gemeentefonds na 2025 (ravijnjaar)", 2400, 50),
         ("Grondwateroverlast en riolering", 500, 10), ("Claims en juridische procedures", 750, 30),
         ("Vergoeding opvang ontheemden Oekraïne", 1000, 30), ("Cybercriminaliteit en uitval ICT", 400, 30)]
rows = []
sb = 0
si = 0
for n, imp, k in RISKS:
    v = imp * k // 100
    sb += v
    si += imp
    rows.append({"cells": [n, T(imp), "%d%%" % k, T(v)], "key": n})
rows.append({"cells": ["Totaal benodigde weerstandscapaciteit", T(si), "", T(sb)], "style": "total"})
t = Table([(250, "L"), (70, "R"), (60, "R"), (80, "R")],
          [["Risico", "Bedrag", "Kans", "Bedrag"], ["", "impact", "", "x kans"]], rows,
          caption="Tabel 8.1 - De belangrijkste risico's (x € 1.000)", size=8, key="risk")
pg = doc.table(t)
BENODIGD = sb
fact("RISK|jeugd-kans", 70, "70%", "Tabel 8.1 Risico's, p. %d; row 'Jeugdzorg: open-einderegeling', column 'Kans' (impact 1.200; bedrag x kans 840)" % pg, [pg], "percent")
fact("RISK|gemeentefonds-impact", 2400000, T(2400), "Tabel 8.1 Risico's, p. %d; row 'Herijking gemeentefonds na 2025 (ravijnjaar)', column 'Bedrag impact' (x kans: 1.200)" % pg, [pg])
fact("RISK|benodigd", sb * 1000, T(sb), "Tabel 8.1 Risico's, p. %d; row 'Totaal benodigde weerstandscapaciteit', column 'Bedrag x kans' (impact total %s)" % (pg, T(si)), [pg])
SUMS.append({"what": "Tabel 8.1 bedrag x kans", "parts": [T(imp * k // 100) for _, imp, k in RISKS], "total": T(sb)})
WC = [("Algemene reserve weerstandsvermogen", 8000), ("Onbenutte belastingcapaciteit OZB", 1214),
      ("Post onvoorzien", 30)]
BESCHIKBAAR = sum(v for _, v in WC)
ratio = BESCHIKBAAR / BENODIGD
rows = [{"cells": [n, T(v)]} for n, v in WC]
rows.append({"cells": ["Beschikbare weerstandscapaciteit", T(BESCHIKBAAR)], "style": "total"})
rows.append({"cells": ["Benodigde weerstandscapaciteit (tabel 8.1)", T(BENODIGD)]})
rows.append({"cells": ["Ratio weerstandsvermogen", fmt_dec(ratio, 1)], "style": "bold"})
t = Table([(300, "L"), (90, "R")], [["Weerstandscapaciteit per 1 januari 2025", "x € 1.000"]], rows,
          caption="Tabel 8.2 - Berekening ratio weerstandsvermogen", size=8, key="wc")
pg = doc.table(t)
fact("WV|beschikbaar", BESCHIKBAAR * 1000, T(BESCHIKBAAR), "Tabel 8.2, p. %d; row 'Beschikbare weerstandscapaciteit'" % pg, [pg])
fact("WV|ratio", round(ratio, 1), fmt_dec(ratio, 1), "Tabel 8.2, p. %d; row 'Ratio weerstandsvermogen' (%.4f)" % (pg, ratio), [pg], "count")
SUMS.append({"what": "Tabel 8.2", "parts": [T(v) for _, v in WC], "total": T(BESCHIKBAAR)})
doc.para("Met een ratio van %s is het weerstandsvermogen volgens de landelijke normering 'ruim voldoende' "
         "(waardering B, ratio tussen 1,4 en 2,0 is voldoende; boven 2,0 ruim voldoende)." % fmt_dec(ratio, 1))

doc.heading("Financiële kengetallen", 2)
tot_baten = {y: RECAP[y]["saldo"][0] + RECAP[y]["ont"] for y in [2025, 2026, 2027, 2028]}
sexr = {y: round(STRUCT[y] / tot_baten[y] * 100, 2) for y in [2025, 2026, 2027, 2028]}
KG = [("1a. Netto schuldquote", ["21", "24", "27", "31", "33", "34"]),
      ("1b. Netto schuldquote gecorrigeerd voor alle verstrekte leningen", ["24", "28", "30", "34", "36", "37"]),
      ("2. Solvabiliteitsratio", ["64", "63", "61", "59", "58", "58"]),
      ("3. Structurele exploitatieruimte", ["1,12", "0,48"] + [fmt_dec(sexr[y], 2) for y in [2025, 2026, 2027, 2028]]),
      ("4. Grondexploitatie", ["n.v.t."] * 6),
      ("5. Belastingcapaciteit", ["168", "171", "174", "174", "174", "174"])]
t = Table([(175, "L")] + [(52, "R")] * 6,
          [["Kengetallen (in %)", "Rekening", "Begroting", "Begroting", "Begroting", "Begroting", "Begroting"],
           ["", "2023", "2024", "2025", "2026", "2027", "2028"]],
          [{"cells": [a] + b} for a, b in KG], caption="Tabel 8.3 - Overzicht kengetallen gemeente Wassenaar",
          size=8, key="kg", num_valign="bottom")
pg = doc.table(t)
fact("KG|solv-2025", 61, "61", "Tabel 8.3 Kengetallen, p. %d; row '2. Solvabiliteitsratio', column 'Begroting 2025' (2024: 63; 2026: 59)" % pg, [pg], "percent")
fact("KG|schuld-2028", 34, "34", "Tabel 8.3 Kengetallen, p. %d; row '1a. Netto schuldquote', column 'Begroting 2028' (1b: 37)" % pg, [pg], "percent")

doc.heading("Paragraaf Onderhoud kapitaalgoederen", 1, mark="ok")
doc.para("De gemeente beheert wegen, riolering, groen, openbare verlichting en gebouwen. Het onderhoudsniveau is "
         "vastgelegd in beheerplannen. Voor wegen en groen geldt het kwaliteitsniveau 'basis' (CROW-niveau B); in "
         "het centrum en bij de winkelgebieden geldt niveau A.")
AREAAL = [("Wegen (verhardingen)", "m2", "1.412.600"), ("Riolering (vrijverval)", "km", "148"),
          ("Gemalen en pompunits", "aantal", "96"), ("Openbaar groen", "ha", "214"),
          ("Bomen in beheer", "aantal", "21.350"), ("Lichtmasten openbare verlichting", "aantal", "5.860"),
          ("Bruggen en kademuren", "aantal", "41"), ("Gemeentelijke gebouwen", "aantal", "38")]
t = Table([(230, "L"), (70, "C"), (90, "R")], [["Kapitaalgoed", "Eenheid", "Areaal 2025"]],
          [{"cells": list(r)} for r in AREAAL], caption="Tabel 9.1 - Overzicht beheerareaal", size=8, key="areaal")
pg = doc.table(t)
fact("AREAAL|lichtmasten", 5860, "5.860", "Tabel 9.1 Beheerareaal, p. %d; row 'Lichtmasten openbare verlichting', column 'Areaal 2025'" % pg, [pg], "count")
fact("AREAAL|bomen", 21350, "21.350", "Tabel 9.1 Beheerareaal, p. %d; row 'Bomen in beheer'" % pg, [pg], "count")
OND = [("Wegen", 1684, 1732), ("Riolering", 1021, 1067), ("Openbaar groen", 2310, 2398),
       ("Openbare verlichting", 402, 377), ("Gebouwen (planmatig onderhoud)", 918, 1183)]
rows = [{"cells": [n, T(a), T(b)]} for n, a, b in OND]
rows.append({"cells": ["Totaal onderhoudsbudgetten", T(sum(x[1] for x in OND)), T(sum(x[2] for x in OND))], "style": "total"})
t = Table([(230, "L"), (90, "R"), (90, "R")], [["Onderhoudsbudget (x € 1.000)", "Begroting 2024*", "Begroting 2025"]],
          rows, caption="Tabel 9.2 - Onderhoudsbudgetten kapitaalgoederen", size=8, key="ond",
          notes=["* Begroting 2024 na wijziging."])
pg = doc.table(t)
fact("OND|groen-2025", 2398000, T(2398), "Tabel 9.2 Onderhoudsbudgetten, p. %d; row 'Openbaar groen', column 'Begroting 2025' (2024*: 2.310)" % pg, [pg])
SUMS.append({"what": "Tabel 9.2 2025", "parts": [T(x[2]) for x in OND], "total": T(sum(x[2] for x in OND))})
doc.para("Het budget voor planmatig onderhoud van gebouwen stijgt met € 265.000 door een eenmalige inhaalslag bij "
         "de gymzalen en het gemeentehuis; dit bedrag wordt onttrokken aan de Reserve onderhoud gemeentelijke "
         "gebouwen. Het budget voor openbare verlichting daalt doordat ledverlichting minder energie verbruikt.")

doc.heading("Paragraaf Financiering", 1, mark="fin")
doc.para("De gemeente financiert haar investeringen met eigen middelen zolang de liquiditeit dat toelaat. Door de "
         "grote investeringen in riolering, onderwijshuisvesting en verduurzaming verwachten wij in 2025 een "
         "langlopende lening aan te trekken van € 8.000.000. De rente hiervoor is begroot op 3,1%.")
BAL = [("Vaste activa", 98412, 106894), ("Vlottende activa", 23106, 17233)]
BALP = [("Eigen vermogen (reserves en resultaat)", 63319, 61776), ("Voorzieningen", 11904, 12230),
        ("Vaste schulden (langlopende leningen)", 24870, 30947), ("Vlottende passiva", 21425, 19174)]
ta = [sum(x[1] for x in BAL), sum(x[2] for x in BAL)]
tp = [sum(x[1] for x in BALP), sum(x[2] for x in BALP)]
assert ta == tp, (ta, tp)
rows = [{"cells": ["Activa", "", ""], "style": "section"}]
rows += [{"cells": [n, T(a), T(b)], "indent": 8} for n, a, b in BAL]
rows.append({"cells": ["Totaal activa", T(ta[0]), T(ta[1])], "style": "sub"})
rows.append({"cells": ["Passiva", "", ""], "style": "section"})
rows += [{"cells": [n, T(a), T(b)], "indent": 8} for n, a, b in BALP]
rows.append({"cells": ["Totaal passiva", T(tp[0]), T(tp[1])], "style": "total"})
t = Table([(250, "L"), (90, "R"), (90, "R")], [["Geprognosticeerde balans (x € 1.000)", "31-12-2024", "31-12-2025"]],
          rows, caption="Tabel 10.2 - Geprognosticeerde balans", size=8, key="bal")
pg = doc.table(t)
fact("BAL|vaste-schulden-2025", 30947000, T(30947), "Tabel 10.2 Geprognosticeerde balans, p. %d; row 'Vaste schulden (langlopende leningen)', column '31-12-2025' (31-12-2024: 24.870)" % pg, [pg])
fact("FIN|lening", 8000000, "€ 8.000.000", "Paragraaf Financiering, p. %d; 'langlopende lening aan te trekken van € 8.000.000'" % pg, [pg - 1, pg])
doc.para("De kasgeldlimiet bedraagt 8,5% van het begrotingstotaal en komt voor 2025 uit op € 8.190.000. De "
         "renterisiconorm (20% van het begrotingstotaal) wordt in alle jaren ruim gehaald.")

doc.heading("Paragraaf Bedrijfsvoering", 2)
doc.para("De bedrijfsvoering is grotendeels belegd bij de Werkorganisatie Duivenvoorde. De kosten daarvan vallen "
         "onder de overhead (taakveld 0.4) en, voor zover direct toe te rekenen, onder de programma's. Speerpunten "
         "in 2025 zijn informatieveiligheid, het terugdringen van inhuur en de invoering van de Wet open overheid.")
doc.heading("Paragraaf Grondbeleid", 2)
doc.para("Wassenaar voert een faciliterend grondbeleid. De gemeente heeft geen actieve grondexploitaties; bij "
         "particuliere initiatieven worden kosten verhaald via anterieure overeenkomsten. Het kengetal "
         "grondexploitatie is daarom niet van toepassing.")

# ============================ Verbonden partijen ==============================
doc.heading("Paragraaf Verbonden partijen", 1, mark="vp")
doc.para("Een verbonden partij is een organisatie waarin de gemeente een bestuurlijk én een financieel belang "
         "heeft. Onderstaande tabel geeft de bijdragen van Wassenaar aan de gemeenschappelijke regelingen en de "
         "deelnemingen. Bedragen in euro's.")
VP = [("Werkorganisatie Duivenvoorde (WODV)", "GR", 14802336, 15511920),
      ("Avalex", "GR", 3402117, 3611302),
      ("Veiligheidsregio Haaglanden", "GR", 2694118, 2851407),
      ("Werkse!", "GR", 978455, 1012680),
      ("GGD Haaglanden en Veilig Thuis", "GR", 598230, 631914),
      ("Omgevingsdienst Haaglanden", "GR", 512764, 538090),
      ("Metropoolregio Rotterdam Den Haag", "GR", 76120, 79431)]
rows = []
a24 = a25 = 0
for n, v, a, b in VP:
    rows.append({"cells": [n, v, fmt_int(a), fmt_int(b)], "key": n})
    a24 += a
    a25 += b
rows.append({"cells": ["Totaal bijdragen gemeenschappelijke regelingen", "", fmt_int(a24), fmt_int(a25)], "style": "total"})
rows.append({"cells": ["BNG Bank (deelneming; verwacht dividend)", "NV", "38.450", "41.200"], "style": "italic"})
rows.append({"cells": ["Dunea (deelneming; geen dividend)", "NV", "-", "-"], "style": "italic"})
t = Table([(225, "L"), (40, "C"), (85, "R"), (85, "R")],
          [["Verbonden partij", "Vorm", "Bijdrage", "Bijdrage"], ["", "", "begroting 2024", "begroting 2025"]],
          rows, caption="Tabel 13.1 - Bijdragen aan verbonden partijen", size=8, key="vp",
          notes=["GR = gemeenschappelijke regeling; NV = naamloze vennootschap."])
pg = doc.table(t)
fact("VP|ggd-2025", 631914, "631.914", "Tabel 13.1 Verbonden partijen, p. %d; row 'GGD Haaglanden en Veilig Thuis', column 'Bijdrage begroting 2025' (2024: 598.230)" % pg, [pg])
fact("VP|avalex-2025", 3611302, "3.611.302", "Tabel 13.1 Verbonden partijen, p. %d; row 'Avalex', column 'Bijdrage begroting 2025' (2024: 3.402.117)" % pg, [pg])
fact("VP|wodv-2024", 14802336, "14.802.336", "Tabel 13.1 Verbonden partijen, p. %d; row 'Werkorganisatie Duivenvoorde (WODV)', column 'Bijdrage begroting 2024' (2025: 15.511.920)" % pg, [pg])
fact("VP|totaal-2025", a25, fmt_int(a25), "Tabel 13.1 Verbonden partijen, p. %d; row 'Totaal bijdragen gemeenschappelijke regelingen', column 'begroting 2025'" % pg, [pg])
fact("VP|bng-2025", 41200, "41.200", "Tabel 13.1, p. %d; row 'BNG Bank (deelneming; verwacht dividend)', column 'begroting 2025'" % pg, [pg])
SUMS.append({"what": "Tabel 13.1 2025", "parts": [fmt_int(b) for _, _, _, b in VP], "total": fmt_int(a25)})
doc.para("De bijdrage aan Avalex stijgt met € 209.185 door hogere verwerkingstarieven voor restafval en de "
         "invoering van omgekeerd inzamelen. Werkse! voert voor Wassenaar de Wet sociale werkvoorziening en "
         "beschut werk uit.")

# ============================ Investeringen =================================
doc.heading("Investeringen", 1, mark="inv")
doc.para("Het overzicht hieronder bevat alle nieuwe investeringskredieten 2025-2028 per programma. De raad stelt "
         "met de begroting het krediet voor 2025 beschikbaar; de kredieten voor latere jaren zijn indicatief.")
INV_ALL = [("P2 Mens en Maatschappij", inv2),
           ("P3 Bestuur en Middelen", [("Vervanging zaaksysteem en hardware", [260, 0, 0, 180])]),
           ("P4 Fysieke Leefomgeving", [("Verduurzaming gemeentehuis", [1250, 900, 0, 0]),
                                        ("Verduurzaming schoolgebouwen Langstraat en Paauwlaan", [610, 0, 0, 0])]),
           ("P5 Natuur, Klimaat en Mobiliteit", inv5)]
rows = []
grand = [0] * 5
for pn, items in INV_ALL:
    rows.append({"cells": [pn, "", "", "", "", ""], "style": "section"})
    sub = [0] * 5
    for name, vals in items:
        s = sum(vals)
        rows.append({"cells": [name] + [T(v) if v else "-" for v in vals] + [T(s)], "indent": 8})
        for i, v in enumerate(vals + [s]):
            sub[i] += v
    rows.append({"cells": ["Subtotaal " + pn.split(" ")[0]] + [T(v) if v else "-" for v in sub], "style": "sub"})
    for i in range(5):
        grand[i] += sub[i]
rows.append({"cells": ["Totaal investeringen"] + [T(v) for v in grand], "style": "total"})
t = Table([(190, "L")] + [(60, "R")] * 5, [["bedragen x € 1.000", "2025", "2026", "2027", "2028", "Totaal"]],
          rows, caption="Tabel 10.1 - Investeringsplan 2025-2028", size=8, key="invall")
pg = doc.table(t)
fact("INV|totaal-2025", grand[0] * 1000, T(grand[0]), "Tabel 10.1 Investeringsplan, p. %d; row 'Totaal investeringen', column '2025' (Totaal 2025-2028: %s)" % (pg, T(grand[4])), [pg])
fact("INV|totaal-alles", grand[4] * 1000, T(grand[4]), "Tabel 10.1 Investeringsplan, p. %d; row 'Totaal investeringen', column 'Totaal'" % pg, [pg])
fact("INV|gemeentehuis", 2150000, T(2150), "Tabel 10.1, p. %d; row 'Verduurzaming gemeentehuis', column 'Totaal' (2025: 1.250; 2026: 900)" % pg, [pg])
SUMS.append({"what": "Tabel 10.1 totaal 2025", "parts": [T(sum(v[0] for _, v in items)) for _, items in INV_ALL], "total": T(grand[0])})

# ============================ Taakvelden ====================================
doc.heading("Overzicht baten en lasten per taakveld", 1, mark="tv")
doc.para("Het overzicht hieronder is verplicht op grond van het Besluit begroting en verantwoording. Anders dan in "
         "de programmatabellen zijn de bedragen in hele euro's en zijn zowel baten als lasten positief "
         "weergegeven. Het saldo is baten minus lasten.")
rows = []
GROUPS = [(p, "Programma " + p + " " + PNAMES[p]) for p, _ in PROGRAMMES] + [
    ("ADM", "Algemene dekkingsmiddelen"), ("OH", "Overhead"), ("VPB", "Vennootschapsbelasting")]
TV_ROWS = {}
gb = gl = 0
for p, title in GROUPS:
    rows.append({"cells": [title, "", "", ""], "style": "section", "fill": (0.93, 0.96, 0.95)})
    sbp = slp = 0
    for code, name, b, l in TVE[p]:
        lab = "%s %s" % (code, name)
        if p == "ADM" and code == "0.8":
            l2 = l + ONVOORZIEN
            lab = "0.8 Overige baten en lasten (incl. onvoorzien)"
        else:
            l2 = l
        rows.append({"cells": [lab, fmt_int(b), fmt_int(l2), fmt_int(b - l2)], "key": code})
        TV_ROWS[code] = (lab, b, l2)
        sbp += b
        slp += l2
    rows.append({"cells": ["Totaal " + (p if p.startswith("P") else title.lower()), fmt_int(sbp), fmt_int(slp),
                           fmt_int(sbp - slp)], "style": "sub"})
    TV_ROWS["tot-" + p] = (title, sbp, slp)
    gb += sbp
    gl += slp
rows.append({"cells": ["Totaal alle taakvelden", fmt_int(gb), fmt_int(gl), fmt_int(gb - gl)], "style": "total"})
assert gb == tot_b25 and gl == tot_l25, (gb, tot_b25, gl, tot_l25)
t = Table([(178, "L"), (95, "R"), (95, "R"), (95, "R")],
          [["Taakveld", "Baten", "Lasten", "Saldo"], ["", "begroting 2025", "begroting 2025", "begroting 2025"]],
          rows, caption="Tabel 12.5 - Baten en lasten per taakveld 2025 (bedragen in euro's)", size=7.8,
          key="tv", num_valign="bottom", leading=10.2)
TV_T = t
pg_tv = doc.table(t)
TV_GRAND = (gb, gl)
SUMS.append({"what": "Tabel 12.5 P2 lasten", "parts": [fmt_int(r[3]) for r in TVE["P2"]], "total": fmt_int(TV_ROWS["tot-P2"][2])})
SUMS.append({"what": "Tabel 12.5 totaal lasten", "parts": [fmt_int(TV_ROWS["tot-" + p][2]) for p, _ in GROUPS], "total": fmt_int(gl)})
SUMS.append({"what": "Tabel 12.5 totaal baten", "parts": [fmt_int(TV_ROWS["tot-" + p][1]) for p, _ in GROUPS], "total": fmt_int(gb)})

# ============================ Reserves ======================================
doc.heading("Reserves", 1, mark="res")
doc.para("De tabel geeft de verwachte stand en het verloop van de reserves. Bedragen x € 1.000. Toevoegingen en "
         "onttrekkingen volgen uit de programma's (zie de tabellen 'Baten en lasten' per programma).")
rows = []
tots = [0] * 7
for name, s0, mv in RESERVES:
    st = RES_STAND[name]
    vals = [s0, mv[2025][0], mv[2025][1], st[2025], st[2026], st[2027], st[2028]]
    rows.append({"cells": [name] + [T(v) for v in vals], "key": name})
    for i, v in enumerate(vals):
        tots[i] += v
rows.append({"cells": ["Totaal reserves"] + [T(v) for v in tots], "style": "total"})
t = Table([(168, "L")] + [(46, "R")] * 7,
          [[Cell("Reserve", align="L"), "Stand", "Toevoe-", "Onttrek-", "Stand", "Stand", "Stand", "Stand"],
           ["", "1-1-2025", "ging 2025", "king 2025", "31-12-2025", "31-12-2026", "31-12-2027", "31-12-2028"]],
          rows, caption="Tabel 12.6 - Overzicht reserves 2025-2028", caption_right="x € 1.000", size=7.6, key="res")
pg = doc.table(t)
fact("RES|sociaal-1-1-2025", 1364000, T(1364), "Tabel 12.6 Reserves, p. %d; row 'Reserve sociaal domein', column 'Stand 1-1-2025' (31-12-2025: 1.129)" % pg, [pg])
fact("RES|alg-31-12-2025", RES_STAND["Algemene reserve (vrij besteedbaar)"][2025] * 1000, T(RES_STAND["Algemene reserve (vrij besteedbaar)"][2025]), "Tabel 12.6 Reserves, p. %d; row 'Algemene reserve (vrij besteedbaar)', column 'Stand 31-12-2025' (1-1-2025: 40.912)" % pg, [pg])
fact("RES|groenezone-2028", RES_STAND["Reserve Groene Zone"][2028] * 1000, T(RES_STAND["Reserve Groene Zone"][2028]), "Tabel 12.6 Reserves, p. %d; row 'Reserve Groene Zone', column 'Stand 31-12-2028'" % pg, [pg])
fact("RES|totaal-31-12-2025", tots[3] * 1000, T(tots[3]), "Tabel 12.6 Reserves, p. %d; row 'Totaal reserves', column 'Stand 31-12-2025' (1-1-2025: %s)" % (pg, T(tots[0])), [pg])
SUMS.append({"what": "Tabel 12.6 stand 31-12-2025", "parts": [T(RES_STAND[n][2025]) for n, _, _ in RESERVES], "total": T(tots[3])})
doc.para("Einde van de begroting 2025. Dit document is fictief.", "I", 8)

# taakveld facts (pages from table log)
tvlog = [tl for tl in doc.table_log if tl["key"] == "tv"][0]
for r in tvlog["rows"]:
    if r["key"] and r["key"] in TV_ROWS:
        lab, b, l = TV_ROWS[r["key"]]
        fact("TV|%s|lasten" % r["key"], l, fmt_int(l), "Tabel 12.5 Baten en lasten per taakveld, p. %d; row '%s', column 'Lasten begroting 2025' (baten %s, saldo %s)" % (r["page"], lab, fmt_int(b), fmt_int(b - l)), [r["page"]])
        fact("TV|%s|baten" % r["key"], b, fmt_int(b), "Tabel 12.5 Baten en lasten per taakveld, p. %d; row '%s', column 'Baten begroting 2025' (lasten %s)" % (r["page"], lab, fmt_int(l)), [r["page"]])
for r in tvlog["rows"]:
    if r["cells"][0].startswith("Totaal P2"):
        fact("TV|tot-P2|lasten", TV_ROWS["tot-P2"][2], fmt_int(TV_ROWS["tot-P2"][2]), "Tabel 12.5, p. %d; row 'Totaal P2', column 'Lasten begroting 2025' (programme table: 2025 P2 lasten in thousands)" % r["page"], [r["page"]])

resolve_fact_pages(FACTS, doc.table_log)
pages = doc.finish()
# table of contents on page 1 (filled in after the layout)
yy = TOC_Y
for title, key in toc_entries:
    yy += 14
    pages[TOC_PAGE - 1].append(("text", doc.ml, yy, "R", 9.5, title, (0, 0, 0)))
    pn = str(doc.marks[key])
    w = FONTS.width("R", pn, 9.5)
    pages[TOC_PAGE - 1].append(("text", doc.W - doc.mr - w, yy, "R", 9.5, pn, (0, 0, 0)))
    pages[TOC_PAGE - 1].append(("line", doc.ml + FONTS.width("R", title, 9.5) + 4, yy, doc.W - doc.mr - w - 4, yy, 0.3,
                                (0.6, 0.6, 0.6)))

meta = {"title": "Gemeente Wassenaar - Begroting 2025 (FICTIEF DOCUMENT)", "subject": "Fictieve begroting, testmateriaal set-bo",
        "author": "set-bo evaluatieset (fictief)", "keywords": "fictief, begroting, Wassenaar", "creator": "set-bo layout.py + jsPDF"}
write_jspdf_ops(pages, os.path.join(BUILD, "wassenaar2025.ops.json"), meta)
write_page_text(pages, os.path.join(BUILD, "wassenaar2025.pagetext.json"))
with open(os.path.join(BUILD, "wassenaar2025.facts.json"), "w", encoding="utf-8") as f:
    json.dump({"document": "wassenaar-begroting-2025.pdf", "pages": len(pages), "facts": FACTS, "sums": SUMS,
               "tables": doc.table_log, "marks": doc.marks}, f, ensure_ascii=False, indent=1)
print("wassenaar2025: %d pages, %d facts" % (len(pages), len(FACTS)))
