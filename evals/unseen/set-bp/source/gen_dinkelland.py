"""Data and layout blocks for the FICTIONAL 'Gemeente Dinkelland - Programmabegroting 2026'.

Every amount, count, tariff and percentage below is made up. The script computes all totals,
saldi, reserve balances and derived percentages, and writes
  build/dinkelland_blocks.json  (layout blocks rendered by layout_dinkelland.rb with Prawn)
  build/dinkelland_facts.json   (every figure a case may ask, with its printed form)
"""
import json
import os
import random

from common import rnd, k, grp, nl, par, dec, eur, eurc, dash0

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, "build")
os.makedirs(BUILD, exist_ok=True)

rng = random.Random(20260101)
YEARS = [2024, 2025, 2026, 2027, 2028, 2029]   # rekening 2024, begroting 2025 (na wijziging), 2026-2029
FACTS = {}


def fact(key, value, printed, where, **extra):
    if key in FACTS:
        raise SystemExit("duplicate fact " + key)
    d = {"value": value, "printed": printed, "where": where}
    d.update(extra)
    FACTS[key] = d


# ---------------------------------------------------------------------------------------------
# Taakvelden 2026 in euros: code, Iv3 name, programme, lasten, baten
# ---------------------------------------------------------------------------------------------
TV = [
    ("0.1", "Bestuur", "P1", 2784316, 12450),
    ("0.2", "Burgerzaken", "P1", 1143872, 672905),
    ("1.1", "Crisisbeheersing en brandweer", "P2", 2512644, 0),
    ("1.2", "Openbare orde en veiligheid", "P2", 1287509, 21340),
    ("0.3", "Beheer overige gebouwen en gronden", "P3", 1402117, 588260),
    ("2.1", "Verkeer en vervoer", "P3", 5836291, 398720),
    ("2.2", "Parkeren", "P3", 41806, 2150),
    ("2.5", "Openbaar vervoer", "P3", 6980, 14200),
    ("8.1", "Ruimte en leefomgeving", "P3", 1046338, 214775),
    ("8.2", "Grondexploitatie (niet-bedrijventerreinen)", "P3", 2874506, 2961430),
    ("8.3", "Wonen en bouwen", "P3", 1928447, 702318),
    ("3.1", "Economische ontwikkeling", "P4", 302655, 0),
    ("3.2", "Fysieke bedrijfsinfrastructuur", "P4", 812940, 655100),
    ("3.3", "Bedrijvenloket en bedrijfsregelingen", "P4", 231478, 88315),
    ("3.4", "Economische promotie", "P4", 418062, 761540),
    ("4.2", "Onderwijshuisvesting", "P4", 1337825, 0),
    ("4.3", "Onderwijsbeleid en leerlingzaken", "P4", 1784390, 102660),
    ("5.1", "Sportbeleid en activering", "P4", 597214, 146830),
    ("5.2", "Sportaccommodaties", "P4", 4216733, 1204518),
    ("5.3", "Cultuurpresentatie, cultuurproductie en cultuurparticipatie", "P4", 248911, 0),
    ("5.4", "Musea", "P4", 262507, 51200),
    ("5.5", "Cultureel erfgoed", "P4", 71384, 0),
    ("5.6", "Media", "P4", 547126, 27940),
    ("5.7", "Openbaar groen en (openlucht) recreatie", "P4", 2815640, 9870),
    ("6.1", "Samenkracht en burgerparticipatie", "P5", 3012845, 36410),
    ("6.21", "Toegang en eerstelijnsvoorzieningen Wmo", "P5", 684120, 0),
    ("6.22", "Toegang en eerstelijnsvoorzieningen Jeugd", "P5", 712565, 0),
    ("6.23", "Toegang en eerstelijnsvoorzieningen Integraal", "P5", 476318, 251000),
    ("6.3", "Inkomensregelingen", "P5", 6104772, 4612840),
    ("6.4", "WSW en beschut werk", "P5", 2046517, 0),
    ("6.5", "Arbeidsparticipatie", "P5", 531209, 0),
    ("6.60", "Hulpmiddelen en diensten (Wmo)", "P5", 1618430, 18620),
    ("6.711", "Huishoudelijke hulp (Wmo)", "P5", 3087164, 214380),
    ("6.712", "Begeleiding (Wmo)", "P5", 2093856, 44510),
    ("6.713", "Dagbesteding (Wmo)", "P5", 978402, 0),
    ("6.752", "Jeugdhulp ambulant regionaal", "P5", 4185937, 0),
    ("6.762", "Jeugdhulp met verblijf regionaal", "P5", 1136208, 0),
    ("6.792", "PGB Jeugd", "P5", 92615, 0),
    ("6.812", "Maatschappelijke- en vrouwenopvang", "P5", 231870, 0),
    ("6.821", "Jeugdbescherming", "P5", 318644, 0),
    ("6.822", "Jeugdreclassering", "P5", 17930, 0),
    ("6.91", "Coördinatie en beleid Wmo", "P5", 1752318, 0),
    ("6.92", "Coördinatie en beleid Jeugd", "P5", 1489205, 0),
    ("7.1", "Volksgezondheid", "P5", 1503962, 12850),
    ("7.2", "Riolering", "P6", 3104286, 3842915),
    ("7.3", "Afval", "P6", 2486731, 2912404),
    ("7.4", "Milieubeheer", "P6", 704553, 0),
    ("7.5", "Begraafplaatsen en crematoria", "P6", 61028, 6310),
    ("0.5", "Treasury", "ADM", 412880, 1688245),
    ("0.61", "OZB woningen", "ADM", 318402, 4658330),
    ("0.62", "OZB niet-woningen", "ADM", 221650, 3498712),
    ("0.64", "Belastingen overig", "ADM", 47915, 18560),
    ("0.7", "Algemene uitkering en overige uitkeringen gemeentefonds", "ADM", 0, None),  # plug
    ("0.8", "Overige baten en lasten", "ADM", 1204300, 0),
    ("0.4", "Overhead", "OVH", 10876492, 96240),
]
PROG = {
    "P1": "Bestuur en dienstverlening",
    "P2": "Veiligheid",
    "P3": "Ruimte, wonen en mobiliteit",
    "P4": "Economie, onderwijs en vrije tijd",
    "P5": "Inclusieve samenleving",
    "P6": "Duurzaamheid en leefomgeving",
    "ADM": "Algemene dekkingsmiddelen",
    "OVH": "Overhead",
}
PROGS = ["P1", "P2", "P3", "P4", "P5", "P6"]

# ---------------------------------------------------------------------------------------------
# Reserves (x EUR 1.000): name, programme, stand 1-1-2026, toevoegingen 2026-29, onttrekkingen 2026-29
# ---------------------------------------------------------------------------------------------
RES = [
    ("Algemene reserve", "ADM", 11482, [0, 0, 0, 0], [1250, 600, 0, 0]),
    ("Reserve dekking kapitaallasten", "ADM", 5912, [0, 0, 0, 0], [318, 318, 318, 318]),
    ("Reserve verkiezingen", "P1", 72, [24, 24, 24, 24], [60, 30, 0, 0]),
    ("Reserve onderhoud wegen en kunstwerken", "P3", 3905, [750, 750, 750, 750], [1120, 980, 860, 900]),
    ("Reserve woningbouwimpuls", "P3", 1200, [0, 0, 0, 0], [400, 400, 400, 0]),
    ("Reserve Omgevingswet", "P3", 187, [0, 0, 0, 0], [120, 67, 0, 0]),
    ("Algemene reserve grondbedrijf", "P3", 4366, [250, 0, 0, 0], [0, 0, 0, 0]),
    ("Reserve sportaccommodaties", "P4", 1764, [180, 180, 180, 180], [310, 95, 95, 420]),
    ("Reserve cultuur en erfgoed", "P4", 212, [0, 0, 0, 0], [60, 60, 60, 32]),
    ("Reserve recreatie en toerisme", "P4", 533, [0, 0, 0, 0], [150, 100, 0, 0]),
    ("Reserve sociaal domein", "P5", 2318, [0, 0, 0, 0], [485, 350, 200, 0]),
    ("Reserve leefbaarheidsfonds", "P5", 640, [0, 0, 0, 0], [215, 215, 210, 0]),
    ("Reserve duurzaamheid en energietransitie", "P6", 1076, [0, 0, 0, 0], [325, 275, 200, 0]),
    ("Reserve frictiekosten Noaberkracht", "OVH", 420, [0, 0, 0, 0], [140, 140, 140, 0]),
]
res_rows = []
for name, pr, s1, toev, ontt in RES:
    stands = [s1]
    for i in range(4):
        stands.append(stands[-1] + toev[i] - ontt[i])
    assert min(stands) >= 0, name
    res_rows.append({"name": name, "prog": pr, "s1": s1, "toev": toev, "ontt": ontt, "stands": stands})

# programme-level reserve mutations in k for 2024 (rekening), 2025 (begroting na wijziging)
RES_HIST = {  # prog: (toev2024, ontt2024, toev2025, ontt2025)
    "P1": (24, 0, 24, 0), "P2": (0, 45, 0, 0), "P3": (1412, 1688, 1000, 1530),
    "P4": (180, 402, 180, 515), "P5": (0, 905, 0, 760), "P6": (0, 118, 0, 290),
    "ADM": (2150, 1318, 0, 1618), "OVH": (0, 140, 0, 140),
}


def res_mut(prog, yi):
    """(toevoegingen, onttrekkingen) in k for programme and YEARS index."""
    y = YEARS[yi]
    if y == 2024:
        h = RES_HIST[prog]
        return h[0], h[1]
    if y == 2025:
        h = RES_HIST[prog]
        return h[2], h[3]
    i = y - 2026
    t = sum(r["toev"][i] for r in res_rows if r["prog"] == prog)
    o = sum(r["ontt"][i] for r in res_rows if r["prog"] == prog)
    return t, o


# ---------------------------------------------------------------------------------------------
# Multi-year amounts per taakveld (k). 2026 = euros rounded; other years via growth factors.
# ---------------------------------------------------------------------------------------------
TARGET_RESULT_K = {2024: 1846, 2025: -512, 2027: 114, 2028: -362, 2029: 41}
TARGET_RESULT_E_2026 = 287614

tv = []
for code, name, pr, l26, b26 in TV:
    row = {"code": code, "name": name, "prog": pr, "l26": l26, "b26": b26, "L": {}, "B": {}}
    fl = {2024: rng.uniform(0.86, 1.01), 2025: rng.uniform(0.94, 1.02)}
    fl[2027] = rng.uniform(0.99, 1.035)
    fl[2028] = fl[2027] * rng.uniform(0.99, 1.03)
    fl[2029] = fl[2028] * rng.uniform(0.985, 1.03)
    fb = {2024: rng.uniform(0.88, 1.03), 2025: rng.uniform(0.95, 1.02), 2027: rng.uniform(1.0, 1.03)}
    fb[2028] = fb[2027] * rng.uniform(1.0, 1.03)
    fb[2029] = fb[2028] * rng.uniform(1.0, 1.03)
    for y in YEARS:
        if y == 2026:
            row["L"][y] = k(l26)
            row["B"][y] = k(b26) if b26 is not None else None
        else:
            row["L"][y] = rnd(k(l26) * fl[y])
            row["B"][y] = rnd(k(b26) * fb[y]) if b26 is not None else None
    tv.append(row)

# specific multi-year shapes where the text tells a story
def setL(code, vals):
    r = next(x for x in tv if x["code"] == code)
    for y, v in zip([2024, 2025, 2027, 2028, 2029], vals):
        r["L"][y] = v

setL("6.711", [2788, 2951, 3198, 3305, 3391])      # huishoudelijke hulp: abonnementstarief
setL("6.752", [3872, 4040, 4222, 4301, 4356])      # jeugdhulp ambulant
setL("6.762", [1318, 1207, 1109, 1094, 1080])      # jeugdhulp met verblijf: daalt
setL("4.2", [1188, 1246, 1512, 1655, 1649])        # IKC Denekamp kapitaallasten
setL("0.1", [2614, 2840, 2712, 2745, 2788])        # verkiezingen 2026

def setB(code, vals):
    r = next(x for x in tv if x["code"] == code)
    for y, v in zip([2024, 2025, 2027, 2028, 2029], vals):
        r["B"][y] = v


setB("0.61", [4236, 4415, 4821, 4990, 5165])        # OZB: trend 3,5% + 2% extra
setB("0.62", [3187, 3317, 3621, 3748, 3879])

plug = next(x for x in tv if x["code"] == "0.7")

# 2026 in euros: plug so that the euro result is TARGET_RESULT_E_2026
t26 = sum(res_mut(p, 2)[0] for p in PROG) * 1000
o26 = sum(res_mut(p, 2)[1] for p in PROG) * 1000
L26e = sum(r["l26"] for r in tv)
B26e_wo = sum(r["b26"] for r in tv if r["b26"] is not None)
plug["b26"] = TARGET_RESULT_E_2026 - (B26e_wo - L26e - t26 + o26)
plug["B"][2026] = k(plug["b26"])
for yi, y in enumerate(YEARS):
    if y == 2026:
        continue
    t, o = 0, 0
    for p in PROG:
        tt, oo = res_mut(p, yi)
        t += tt
        o += oo
    L = sum(r["L"][y] for r in tv)
    B = sum(r["B"][y] for r in tv if r is not plug)
    plug["B"][y] = TARGET_RESULT_K[y] - (B - L - t + o)
assert 45000 < plug["b26"] < 60000000

# programme totals (k), sums of rounded rows
prog_tot = {}
for p in PROG:
    rows = [r for r in tv if r["prog"] == p]
    d = {"L": {}, "B": {}, "S": {}, "T": {}, "O": {}, "R": {}}
    for yi, y in enumerate(YEARS):
        d["L"][y] = sum(r["L"][y] for r in rows)
        d["B"][y] = sum(r["B"][y] for r in rows)
        d["S"][y] = d["B"][y] - d["L"][y]
        d["T"][y], d["O"][y] = res_mut(p, yi)
        d["R"][y] = d["S"][y] - d["T"][y] + d["O"][y]
    d["L26e"] = sum(r["l26"] for r in rows)
    d["B26e"] = sum(r["b26"] for r in rows)
    prog_tot[p] = d

tot = {key: {y: sum(prog_tot[p][key][y] for p in PROG) for y in YEARS} for key in "LBSTOR"}
for y in YEARS:
    if y != 2026:
        assert tot["R"][y] == TARGET_RESULT_K[y], (y, tot["R"][y])
RESULT_K_2026 = tot["R"][2026]
L26e_all = sum(r["l26"] for r in tv)
B26e_all = sum(r["b26"] for r in tv)
assert B26e_all - L26e_all - t26 + o26 == TARGET_RESULT_E_2026

# ---------------------------------------------------------------------------------------------
# Layout blocks
# ---------------------------------------------------------------------------------------------
B = []


def h1(t): B.append({"t": "h1", "text": t})
def h2(t): B.append({"t": "h2", "text": t})
def h3(t): B.append({"t": "h3", "text": t})
def p(t): B.append({"t": "p", "text": t})
def ul(items): B.append({"t": "ul", "items": items})
def page(): B.append({"t": "page"})
def note(t): B.append({"t": "note", "text": t})


def table(head, body, widths, align=None, bold=(), shade=(), caption=None, above=None,
          foot=(), size=8, repeat=False, italic=()):
    B.append({"t": "table", "head": head, "body": body, "widths": widths, "align": align,
              "bold": list(bold), "shade": list(shade), "caption": caption, "above": above,
              "foot": list(foot), "size": size, "repeat": repeat, "italic": list(italic)})


def C(text, **kw):
    d = {"c": text}
    d.update(kw)
    return d


# ---- cover -----------------------------------------------------------------------------------
B.append({"t": "cover", "title": "Programmabegroting 2026",
          "sub": "en meerjarenraming 2027-2029",
          "org": "Gemeente Dinkelland",
          "meta": "Aangeboden aan de gemeenteraad op 7 oktober 2025 - behandeling in de raad op 4 november 2025"})
B.append({"t": "box", "lines": [
    "FICTIEF DOCUMENT",
    "Dit document is verzonnen voor het testen van software. Alle bedragen, aantallen, tarieven en "
    "percentages zijn gefingeerd en zeggen niets over de werkelijke begroting van de gemeente Dinkelland."]})
B.append({"t": "toc", "items": [
    ["Leeswijzer", ""], ["De begroting 2026 in één oogopslag", ""], ["Financieel meerjarenbeeld", ""],
    ["Programma 1 Bestuur en dienstverlening", ""], ["Programma 2 Veiligheid", ""],
    ["Programma 3 Ruimte, wonen en mobiliteit", ""], ["Programma 4 Economie, onderwijs en vrije tijd", ""],
    ["Programma 5 Inclusieve samenleving", ""], ["Programma 6 Duurzaamheid en leefomgeving", ""],
    ["Algemene dekkingsmiddelen en overhead", ""], ["Overzicht van baten en lasten", ""],
    ["Paragraaf Lokale heffingen", ""], ["Paragraaf Weerstandsvermogen en risicobeheersing", ""],
    ["Paragraaf Verbonden partijen", ""], ["Reserves", ""], ["Investeringsplanning 2026-2029", ""],
    ["Bijlage: baten en lasten per taakveld 2026", ""]]})
page()

# ---- leeswijzer ------------------------------------------------------------------------------
h1("Leeswijzer")
p("Deze programmabegroting bevat zes programma's. Per programma beantwoorden we drie vragen: "
  "<b>Wat willen we bereiken?</b>, <b>Wat gaan we daarvoor doen?</b> en <b>Wat mag het kosten?</b>. "
  "Daarna volgen de algemene dekkingsmiddelen, de overhead, het wettelijk voorgeschreven overzicht van "
  "baten en lasten, de paragrafen, de reserves en de investeringsplanning.")
p("Let op de eenheden. In de financiële tabellen van de programma's en in het overzicht van baten en "
  "lasten zijn de bedragen afgerond op duizenden euro's (x € 1.000). In de tabellen van de programma's "
  "staat een nadelig saldo tussen haakjes, bijvoorbeeld (1.234). In het overzicht van baten en lasten "
  "en in het meerjarenbeeld staat een nadelig saldo met een minteken. De bijlage met baten en lasten per "
  "taakveld en de investeringsplanning zijn in hele euro's. Door afronding kunnen totalen afwijken van "
  "de som van de afzonderlijke bedragen.")
p("De kolom 'Rekening 2024' bevat de werkelijke cijfers uit de jaarstukken 2024. De kolom 'Begroting "
  "2025' is de begroting 2025 na de eerste bestuursrapportage. De jaren 2027 tot en met 2029 zijn "
  "meerjarenramingen in constante prijzen.")
p("De gemeente Dinkelland voert haar taken uit via de ambtelijke werkorganisatie Noaberkracht, die zij "
  "samen met de gemeente Tubbergen heeft. De kosten daarvan zijn verdeeld over de programma's en de overhead.")

# ---- één oogopslag ---------------------------------------------------------------------------
h1("De begroting 2026 in één oogopslag")
KG = [  # label, 1-1-2024, 1-1-2025
    ("Inwoners", 26713, 26941), ("waarvan jongeren 0 tot 18 jaar", 5902, 5873),
    ("waarvan 65 jaar en ouder", 6084, 6211), ("Huishoudens", 10618, 10742),
    ("Woningen", 11187, 11304), ("Oppervlakte (hectare)", 17684, 17684),
    ("Lengte wegen in beheer (km)", 694, 697), ("Kernen", 11, 11),
]
table([["Kerngegevens", "1-1-2024", "1-1-2025"]],
      [[a, grp(b), grp(c)] for a, b, c in KG], [250, 80, 80], align=["left", "right", "right"],
      caption="Tabel 1 Kerngegevens gemeente Dinkelland")
fact("inwoners_2025", 26941, "26.941", "Tabel 1 Kerngegevens, row 'Inwoners', column '1-1-2025'",
     near=["26.713 (1-1-2024)"])
fact("huishoudens_2025", 10742, "10.742", "Tabel 1 Kerngegevens, row 'Huishoudens', column '1-1-2025'",
     near=["10.618 (1-1-2024)"])


def mln(x_k):
    return dec(x_k / 1000.0, 1)


rows = []
for pcode in PROGS:
    rows.append([pcode[1] + ". " + PROG[pcode], mln(prog_tot[pcode]["L"][2025]), mln(prog_tot[pcode]["L"][2026])])
for pcode in ["OVH", "ADM"]:
    rows.append([PROG[pcode], mln(prog_tot[pcode]["L"][2025]), mln(prog_tot[pcode]["L"][2026])])
rows.append(["Totaal lasten", mln(tot["L"][2025]), mln(tot["L"][2026])])
table([["Waar gaat het geld naartoe? (lasten in € mln)", "Begroting 2025", "Begroting 2026"]],
      rows, [250, 80, 80], align=["left", "right", "right"], bold=[len(rows) - 1],
      caption="Tabel 2 Lasten per programma")
inc = [("Algemene uitkering gemeentefonds", plug["B"][2025], plug["B"][2026]),
       ("Onroerendezaakbelastingen", sum(r["B"][2025] for r in tv if r["code"] in ("0.61", "0.62")),
        sum(r["B"][2026] for r in tv if r["code"] in ("0.61", "0.62"))),
       ("Rioolheffing en afvalstoffenheffing", sum(r["B"][2025] for r in tv if r["code"] in ("7.2", "7.3")),
        sum(r["B"][2026] for r in tv if r["code"] in ("7.2", "7.3")))]
other25 = tot["B"][2025] - sum(x[1] for x in inc)
other26 = tot["B"][2026] - sum(x[2] for x in inc)
inc.append(("Overige baten (o.a. rijksbijdragen, leges, grondverkopen)", other25, other26))
rows = [[a, mln(b), mln(c)] for a, b, c in inc] + [["Totaal baten", mln(tot["B"][2025]), mln(tot["B"][2026])]]
table([["Waar komt het geld vandaan? (baten in € mln)", "Begroting 2025", "Begroting 2026"]],
      rows, [250, 80, 80], align=["left", "right", "right"], bold=[len(rows) - 1],
      caption="Tabel 3 Baten naar soort")
ONE_GLANCE_P = len(B)
p("PLACEHOLDER")
fact("p5_lasten_mln_2026", prog_tot["P5"]["L"][2026] * 1000, mln(prog_tot["P5"]["L"][2026]),
     "Tabel 2 Lasten per programma (€ mln), row '5. Inclusieve samenleving', column 'Begroting 2026'")
fact("resultaat_2026_e", TARGET_RESULT_E_2026, grp(TARGET_RESULT_E_2026),
     "one-glance page prose 'sluit met een voordelig saldo van € ...'; also taakveld 0.11 in the annex")
page()

# ---- meerjarenbeeld --------------------------------------------------------------------------
h1("Financieel meerjarenbeeld")
p("Het meerjarenbeeld laat zien hoe de begroting zich na verwerking van de septembercirculaire 2025 "
  "van het gemeentefonds ontwikkelt. Een positief bedrag is een voordeel, een negatief bedrag een nadeel.")
inc_l = [  # incidental lasten (k) 2026-2029, funded by: 'alg' algemene reserve, 'res' other reserve, None
    ("Gemeenteraadsverkiezingen 2026", [60, 0, 0, 0], "res"),
    ("Woningbouwimpuls", [400, 400, 400, 0], "res"),
    ("Implementatie Omgevingswet", [120, 67, 0, 0], "res"),
    ("Leefbaarheidsfonds", [215, 215, 210, 0], "res"),
    ("Transformatie sociaal domein (o.a. Noaberhoes)", [485, 350, 200, 0], "res"),
    ("Energietransitie", [325, 275, 200, 0], "res"),
    ("Frictiekosten Noaberkracht", [140, 140, 140, 0], "res"),
    ("Economische impuls recreatie en toerisme", [150, 100, 0, 0], "res"),
    ("Extra inzet jeugdhulp in aanloop naar het ravijnjaar", [600, 300, 0, 0], "alg"),
    ("Omgevingsplan buitengebied", [350, 150, 0, 0], "alg"),
    ("Digitalisering archief en informatiebeheer", [300, 150, 0, 0], "alg"),
    ("Tijdelijke huisvesting leerlingen IKC Denekamp", [420, 180, 0, 0], None),
]
assert [sum(x[1][i] for x in inc_l if x[2] == "alg") for i in range(4)] == res_rows[0]["ontt"]
onttr_inc = [sum(x[1][i] for x in inc_l if x[2] == "res") for i in range(4)]
inc_b = [("Onttrekking algemene reserve", res_rows[0]["ontt"]),
         ("Onttrekkingen overige reserves voor incidentele lasten", onttr_inc),
         ("Winstneming grondexploitatie Denekamp-Noord", [310, 0, 0, 0])]
inc_l = [(a, b) for a, b, c in inc_l]
sum_il = [sum(x[1][i] for x in inc_l) for i in range(4)]
sum_ib = [sum(x[1][i] for x in inc_b) for i in range(4)]
res_k = [tot["R"][y] for y in (2026, 2027, 2028, 2029)]
struct = [res_k[i] - sum_ib[i] + sum_il[i] for i in range(4)]
B[ONE_GLANCE_P]["text"] = ("De begroting 2026 sluit met een voordelig saldo van <b>" + eur(TARGET_RESULT_E_2026) + "</b>. "
  "Het structurele begrotingssaldo is in 2026 " + ("positief" if struct[0] > 0 else "negatief") +
  "; de meerjarenraming laat in 2028 een tekort zien (zie het financieel meerjarenbeeld).")
rows = [["Saldo van baten en lasten"] + [nl(tot["S"][y]) for y in (2026, 2027, 2028, 2029)],
        ["Toevoegingen aan reserves"] + [nl(-tot["T"][y]) for y in (2026, 2027, 2028, 2029)],
        ["Onttrekkingen aan reserves"] + [nl(tot["O"][y]) for y in (2026, 2027, 2028, 2029)],
        ["Geraamd resultaat (begrotingssaldo)"] + [nl(v) for v in res_k],
        ["Af: incidentele baten"] + [nl(-v) for v in sum_ib],
        ["Bij: incidentele lasten"] + [nl(v) for v in sum_il],
        ["Structureel begrotingssaldo"] + [nl(v) for v in struct]]
table([["Meerjarenbeeld (x € 1.000)", "2026", "2027", "2028", "2029"]], rows,
      [230, 62, 62, 62, 62], align=["left"] + ["right"] * 4, bold=[3, 6], shade=[3, 6],
      caption="Tabel 4 Meerjarenbeeld 2026-2029")
fact("resultaat_k_2026", RESULT_K_2026 * 1000, nl(RESULT_K_2026), "Tabel 4 Meerjarenbeeld, row 'Geraamd resultaat (begrotingssaldo)', column 2026")
fact("resultaat_k_2028", res_k[2] * 1000, nl(res_k[2]), "Tabel 4 Meerjarenbeeld, row 'Geraamd resultaat', column 2028",
     near=[nl(res_k[1]) + " (2027)", nl(struct[2]) + " (structureel 2028)"])
fact("structureel_2026", struct[0] * 1000, nl(struct[0]), "Tabel 4 Meerjarenbeeld, row 'Structureel begrotingssaldo', column 2026",
     near=[nl(res_k[0]) + " (geraamd resultaat 2026)", nl(struct[1]) + " (2027)"])
p("In 2026 en 2027 is de begroting sluitend. Voor 2028 resteert een tekort van " + eur(-res_k[2] * 1000) +
  ". Dit hangt vooral samen met het 'ravijnjaar': de extra middelen uit het gemeentefonds voor jeugdzorg "
  "lopen af, terwijl de uitgaven aan de open-einderegelingen blijven stijgen. Wij stellen voor dit tekort bij de "
  "kadernota 2027 op te lossen met een pakket van ombuigingen en een verhoging van de OZB boven de inflatie.")
fact("tekort_2028_prose", -res_k[2] * 1000, "€ " + grp(-res_k[2] * 1000), "Financieel meerjarenbeeld, prose 'resteert een tekort van € ...'")

table([["Incidentele lasten (x € 1.000)", "2026", "2027", "2028", "2029"]],
      [[a] + [dash0(v) for v in vals] for a, vals in inc_l] + [["Totaal incidentele lasten"] + [nl(v) for v in sum_il]],
      [230, 62, 62, 62, 62], align=["left"] + ["right"] * 4, bold=[len(inc_l)],
      caption="Tabel 5 Incidentele lasten")
table([["Incidentele baten (x € 1.000)", "2026", "2027", "2028", "2029"]],
      [[a] + [dash0(v) for v in vals] for a, vals in inc_b] + [["Totaal incidentele baten"] + [nl(v) for v in sum_ib]],
      [230, 62, 62, 62, 62], align=["left"] + ["right"] * 4, bold=[len(inc_b)],
      caption="Tabel 6 Incidentele baten")
page()


# ---- programme pages -------------------------------------------------------------------------
def prog_table(pc, tabno):
    d = prog_tot[pc]
    rows = [tv_ for tv_ in tv if tv_["prog"] == pc]
    head = [[C("Programma " + pc[1] + " " + PROG[pc] if pc in PROGS else PROG[pc], rowspan=2),
             C("Rekening", align="center"), C("Begroting", colspan=2, align="center"),
             C("Meerjarenraming", colspan=3, align="center")],
            ["2024", "2025", "2026", "2027", "2028", "2029"]]
    body, bold, ital = [], [], []
    body.append([C("Lasten", bold=True)] + [""] * 6); ital.append(len(body) - 1)
    for r in rows:
        body.append([r["code"] + " " + r["name"]] + [nl(r["L"][y]) for y in YEARS])
    body.append(["Totaal lasten"] + [nl(d["L"][y]) for y in YEARS]); bold.append(len(body) - 1)
    body.append([C("Baten", bold=True)] + [""] * 6); ital.append(len(body) - 1)
    for r in rows:
        if any(r["B"][y] for y in YEARS):
            body.append([r["code"] + " " + r["name"]] + [nl(r["B"][y]) for y in YEARS])
    body.append(["Totaal baten"] + [nl(d["B"][y]) for y in YEARS]); bold.append(len(body) - 1)
    body.append(["Saldo van baten en lasten"] + [par(d["S"][y]) for y in YEARS]); bold.append(len(body) - 1)
    body.append(["Toevoegingen aan reserves"] + [nl(d["T"][y]) for y in YEARS])
    body.append(["Onttrekkingen aan reserves"] + [nl(d["O"][y]) for y in YEARS])
    body.append([("Resultaat programma " + pc[1]) if pc in PROGS else "Resultaat"] + [par(d["R"][y]) for y in YEARS])
    bold.append(len(body) - 1)
    table(head, body, [187, 50, 50, 50, 50, 50, 50], align=["left"] + ["right"] * 6, bold=bold, shade=[len(body) - 1],
          caption="Tabel " + tabno + " Wat mag het kosten? (bedragen x € 1.000)", size=7.5, italic=ital)


def indic(rows, tabno, title):
    table([["Indicator", "Eenheid", "Periode", "Dinkelland", "Nederland", "Bron"]],
          rows, [150, 105, 42, 50, 50, 98], align=["left", "left", "left", "right", "right", "left"],
          caption="Tabel " + tabno + " " + title, size=7.5)


# Programma 1
h1("Programma 1 Bestuur en dienstverlening")
h2("Wat willen we bereiken?")
p("Inwoners, ondernemers en organisaties ervaren een toegankelijke, betrouwbare en dichtbij georganiseerde gemeente. "
  "We werken samen met de kernen vanuit 'Mijn Dinkelland 2030!' en betrekken inwoners vroeg bij plannen die hen raken.")
h2("Wat gaan we daarvoor doen?")
ul(["Op 18 maart 2026 organiseren we de gemeenteraadsverkiezingen. Hiervoor ramen we € 60.000, gedekt uit de reserve verkiezingen.",
    "Vanaf 2026 kunnen inwoners een paspoort of identiteitskaart ook op donderdagavond en op zaterdagochtend aanvragen in het servicepunt in Denekamp.",
    "Elke kern krijgt een vast aanspreekpunt bij de gemeente, de kernverbinder. De kernverbinders werken samen met de dorpsraden aan de kernagenda's.",
    "We verbeteren de leesbaarheid van onze brieven: in 2026 herschrijven we de 40 meest verstuurde brieven op taalniveau B1."])
indic([["Formatie", "fte per 1.000 inwoners", "2026", "6,9", "-", "Begroting"],
       ["Apparaatskosten", "kosten per inwoner", "2026", "€ 812", "-", "Begroting"],
       ["Externe inhuur", "% van loonsom en inhuur", "2026", "14,6%", "-", "Begroting"],
       ["Overhead", "% van totale lasten", "2026", "11,9%", "-", "Begroting"]], "7", "Verplichte beleidsindicatoren bedrijfsvoering")
fact("overhead_pct", 11.9, "11,9%", "Tabel 7 Verplichte beleidsindicatoren bedrijfsvoering, row 'Overhead'")
prog_table("P1", "8")
page()

# Programma 2
h1("Programma 2 Veiligheid")
h2("Wat willen we bereiken?")
p("Dinkelland blijft een veilige gemeente waar inwoners zich thuis en op straat veilig voelen. We pakken ondermijnende "
  "criminaliteit in het buitengebied aan en zorgen samen met de Veiligheidsregio Twente voor een goede brandweerzorg in alle kernen.")
h2("Wat gaan we daarvoor doen?")
ul(["We stellen een extra bestuurlijk handhaver aan voor de aanpak van ondermijning in het buitengebied, met name bij leegstaande "
    "agrarische gebouwen. De kosten bedragen € 78.500 per jaar.",
    "De bijdrage aan de Veiligheidsregio Twente stijgt in 2026 met 4,6%. Zie de paragraaf Verbonden partijen.",
    "Samen met de organisatoren en de jongeren in de kernen actualiseren we de aanpak van kampeerfeesten, met afspraken over "
    "alcoholgebruik onder de 18 jaar en over toezicht.",
    "We oefenen in 2026 twee keer met de crisisorganisatie, waarvan een keer samen met de gemeente Tubbergen."])
indic([["Verwijzingen Halt", "per 10.000 jongeren 12-17 jaar", "2024", "71", "98", "Bureau Halt"],
       ["Winkeldiefstallen", "per 1.000 inwoners", "2024", "0,4", "2,0", "CBS"],
       ["Geweldsmisdrijven", "per 1.000 inwoners", "2024", "2,9", "4,7", "CBS"],
       ["Diefstallen uit woning", "per 1.000 inwoners", "2024", "1,3", "1,8", "CBS"],
       ["Vernielingen en beschadigingen", "per 1.000 inwoners", "2024", "3,1", "4,6", "CBS"]],
      "9", "Verplichte beleidsindicatoren Veiligheid")
fact("halt", 71, "71", "Tabel 9, row 'Verwijzingen Halt', column 'Dinkelland'", near=["98 (Nederland)"])
prog_table("P2", "10")
page()

# Programma 3
h1("Programma 3 Ruimte, wonen en mobiliteit")
h2("Wat willen we bereiken?")
p("Er zijn voldoende betaalbare woningen in alle kernen, voor starters, ouderen en spoedzoekers. Wegen en fietspaden zijn "
  "veilig en goed onderhouden. Onder de Omgevingswet maken we samen met inwoners en ondernemers zorgvuldige afwegingen "
  "over de ruimte in het buitengebied.")
h2("Wat gaan we daarvoor doen?")
ul(["Met de woningbouwimpuls versnellen we de bouw. In 2026 willen we 140 woningen opleveren, waarvan minimaal een derde in het "
    "betaalbare segment. We zetten hiervoor € 400.000 in uit de reserve woningbouwimpuls.",
    "In Denekamp plaatsen we 24 flexwoningen voor starters, spoedzoekers en statushouders; ze zijn medio 2026 beschikbaar.",
    "We starten fase 2 van de reconstructie van de Ootmarsumseweg in Denekamp. Zie de investeringsplanning.",
    "Voor de invoering van de Omgevingswet (omgevingsplan, digitaal stelsel) onttrekken we in 2026 € 120.000 aan de reserve Omgevingswet.",
    "Aan het onderhoud van wegen, bruggen en duikers besteden we in 2026 € 1.120.000 uit de reserve onderhoud wegen en kunstwerken."])
indic([["Nieuw gebouwde woningen", "aantal per 1.000 woningen", "2024", "10,4", "8,1", "CBS"],
       ["Gemiddelde WOZ-waarde woningen", "x € 1.000", "2025", "368", "405", "CBS"],
       ["Demografische druk", "%", "2025", "81,6", "71,2", "CBS"],
       ["Ziekenhuisopnamen na verkeersongeval met een motorvoertuig", "% van de inwoners", "2023", "0,8", "0,5", "VeiligheidNL"]],
      "11", "Verplichte beleidsindicatoren Ruimte en wonen")
fact("woz_gem", 368000, "368", "Tabel 11, row 'Gemiddelde WOZ-waarde woningen' (x € 1.000), column Dinkelland", near=["405 (Nederland)"])
prog_table("P3", "12")
page()

# Programma 4
h1("Programma 4 Economie, onderwijs en vrije tijd")
h2("Wat willen we bereiken?")
p("Een sterke lokale economie met een vitaal toerisme rond Ootmarsum en Denekamp, goede en duurzame schoolgebouwen, en een "
  "actief sport- en cultuurleven in alle kernen, zodat jong en oud kan meedoen.")
h2("Wat gaan we daarvoor doen?")
ul(["De toeristenbelasting stijgt in 2026 naar € 1,60 per persoon per nacht. Een deel van de opbrengst zetten we in voor de "
    "promotie van Noordoost-Twente.",
    "We breiden het Integraal Kindcentrum (IKC) Denekamp uit met acht lokalen en een gymzaal. De kapitaallasten nemen vanaf 2027 toe.",
    "De subsidie aan de bibliotheek (Bibliotheek Noord Oost Twente) bedraagt in 2026 € 498.650, inclusief de bibliotheek op school in de kleine kernen.",
    "Met het Sportakkoord II stimuleren we sport en bewegen in de kernen, met een budget van € 64.500 per jaar.",
    "Sportverenigingen die hun accommodatie verduurzamen krijgen een subsidie van 30% van de kosten, met een maximum van € 25.000 per vereniging."])
indic([["Functiemenging", "%", "2024", "52,6", "53,9", "LISA"],
       ["Vestigingen", "per 1.000 inwoners 15-64 jaar", "2024", "171,3", "157,4", "LISA"],
       ["Absoluut verzuim", "per 1.000 leerplichtigen", "2023", "0,9", "2,1", "DUO"],
       ["Relatief verzuim", "per 1.000 leerplichtigen", "2023", "14", "27", "DUO"],
       ["Voortijdige schoolverlaters zonder startkwalificatie", "% deelnemers VO en mbo", "2023", "1,1", "1,9", "DUO"],
       ["Niet-sporters", "% inwoners 18 jaar en ouder", "2022", "44,8", "49,3", "Gezondheidsmonitor"]],
      "13", "Verplichte beleidsindicatoren Economie, onderwijs en vrije tijd")
fact("niet_sporters", 44.8, "44,8", "Tabel 13, row 'Niet-sporters', column Dinkelland", near=["49,3 (Nederland)"])
prog_table("P4", "14")
page()

# Programma 5
h1("Programma 5 Inclusieve samenleving")
h2("Wat willen we bereiken?")
p("Iedereen doet mee. Inwoners zijn zo lang mogelijk gezond en zelfredzaam, kijken naar elkaar om en krijgen passende "
  "ondersteuning dichtbij huis als dat nodig is. De ondersteuning en zorg blijven betaalbaar: de uitgaven aan jeugdhulp en Wmo "
  "mogen niet sneller stijgen dan de middelen die we daarvoor van het Rijk ontvangen.")
ul(["Meer inwoners ervaren een goede gezondheid en bewegen voldoende.",
    "Minder jeugdigen hebben specialistische jeugdhulp met verblijf nodig.",
    "Inwoners met een afstand tot de arbeidsmarkt hebben een zinvolle daginvulling of betaald werk.",
    "Minder inwoners voelen zich eenzaam."])
h2("Wat gaan we daarvoor doen?")
p("<b>Noaberhoes.</b> Het Noaberhoes in Weerselo is de lokale voorziening voor werk en daginvulling voor inwoners met een "
  "afstand tot de arbeidsmarkt. Het bundelt dagbesteding, leerwerkplekken en begeleiding naar werk, zodat inwoners blijvend "
  "kunnen meedoen. In 2026 trekken we € 185.000 uit voor het Noaberhoes; we verwachten 55 deelnemers.")
p("<b>Leefbaarheidsfonds.</b> Via het leefbaarheidsfonds ondersteunen we inwonersinitiatieven die ontmoeting mogelijk maken, "
  "zoals open eettafels, koffieochtenden en beweegactiviteiten. Het fonds heeft in 2026 en 2027 een budget van € 215.000 per "
  "jaar, gedekt uit de reserve leefbaarheidsfonds.")
p("<b>Eenzaamheid.</b> Samen met Wij in de Buurt, de kerken en de dorpsraden organiseren we in alle kernen ontmoetingsactiviteiten "
  "voor ouderen, de Dinkellandse koffietafels. Na de pilot in Saasveld werken in 2026 in zes kernen dorpsondersteuners die "
  "eenzame ouderen opzoeken en hen in contact brengen met vrijwilligers.")
p("<b>Jeugd.</b> Alle huisartsenpraktijken in Dinkelland hebben een praktijkondersteuner jeugd (POH Jeugd). Daardoor worden minder "
  "jeugdigen verwezen naar specialistische jeugdhulp. Het aandeel verwijzingen naar jeugdhulp via de huisarts daalde naar 17% "
  "in 2024. We kopen de jeugdhulp regionaal in via de Organisatie Zorginkoop Jeugd Twente (OZJT).")
p("<b>Inkomen en schulden.</b> De individuele inkomenstoeslag bedraagt in 2026 € 487 voor een alleenstaande en € 698 voor "
  "gehuwden en samenwonenden. Met vroegsignalering benaderen we inwoners met betalingsachterstanden bij de woningcorporatie, "
  "de energieleverancier of de zorgverzekeraar binnen vier weken na de melding. Mantelzorgers ontvangen ook in 2026 een "
  "mantelzorgwaardering van € 150.")
fact("noaberhoes_2026", 185000, "€ 185.000", "Programma 5, Wat gaan we daarvoor doen, alinea Noaberhoes")
fact("leefbaarheidsfonds", 215000, "€ 215.000", "Programma 5, Wat gaan we daarvoor doen, alinea Leefbaarheidsfonds")
fact("iit_alleenstaande", 487, "€ 487", "Programma 5, alinea Inkomen en schulden", near=["€ 698 (gehuwden)"])
fact("poh_pct", 17, "17%", "Programma 5, alinea Jeugd: aandeel verwijzingen via de huisarts 2024")
fact("mantelzorg", 150, "€ 150", "Programma 5, alinea Inkomen en schulden: mantelzorgwaardering")
indic([["Jongeren met jeugdhulp", "% van alle jongeren tot 18 jaar", "2024", "11,4", "13,1", "CBS"],
       ["Jongeren met jeugdbescherming", "% van alle jongeren tot 18 jaar", "2024", "0,6", "1,0", "CBS"],
       ["Personen met een bijstandsuitkering", "aantal per 10.000 inwoners 18 jaar en ouder", "2024", "142,7", "381,5", "CBS"],
       ["Lopende re-integratievoorzieningen", "aantal per 10.000 inwoners 15-74 jaar", "2024", "96,3", "173,8", "CBS"],
       ["Cliënten met een maatwerkarrangement Wmo", "aantal per 10.000 inwoners", "2024", "612", "690", "CBS"],
       ["Netto arbeidsparticipatie", "% van de werkzame beroepsbevolking", "2024", "73,9", "70,6", "CBS"]],
      "15", "Verplichte beleidsindicatoren Sociaal domein")
fact("jeugdhulp_pct", 11.4, "11,4", "Tabel 15, row 'Jongeren met jeugdhulp', column 'Dinkelland' (2024)", near=["13,1 (Nederland)"])
EIG = [("Huishoudens met een bijstandsuitkering (31-12)", 165, 171, 178, 184),
       ("Inwoners met een Wmo-maatwerkvoorziening", 1540, 1575, 1612, 1588),
       ("Jeugdigen met jeugdhulp", 610, 648, 671, 655),
       ("Aanvragen leefbaarheidsfonds", 40, 36, 31, 27),
       ("Deelnemers Noaberhoes", 55, 48, 42, 35)]
table([["Eigen indicator", "Streefwaarde 2026", "Raming 2025", "Realisatie 2024", "Realisatie 2023"]],
      [[a, grp(b), grp(c), grp(d), grp(e)] for a, b, c, d, e in EIG], [215, 70, 70, 70, 70],
      align=["left"] + ["right"] * 4, caption="Tabel 16 Eigen indicatoren Inclusieve samenleving",
      foot=["Bron: eigen registratie Noaberkracht; de realisatie 2024 is voorlopig."])
fact("bijstand_hh_2024", 178, "178", "Tabel 16, row 'Huishoudens met een bijstandsuitkering (31-12)', column 'Realisatie 2024'",
     near=["165 (streef 2026)", "171 (raming 2025)", "184 (2023)"])
fact("jeugdigen_2023", 655, "655", "Tabel 16, row 'Jeugdigen met jeugdhulp', column 'Realisatie 2023'",
     near=["671 (2024)", "648 (2025)"])
page()
prog_table("P5", "17")
# verschillenanalyse P5 lasten 2026 vs 2025
rowsP5 = [r for r in tv if r["prog"] == "P5"]
diffs = sorted(rowsP5, key=lambda r: -abs(r["L"][2026] - r["L"][2025]))[:5]
items = []
for r in diffs:
    dlt = r["L"][2026] - r["L"][2025]
    items.append([r["code"] + " " + r["name"], grp(abs(dlt)), "N" if dlt > 0 else "V"])
dtot = prog_tot["P5"]["L"][2026] - prog_tot["P5"]["L"][2025]
rest = dtot - sum(r["L"][2026] - r["L"][2025] for r in diffs)
items.append(["Overige verschillen", grp(abs(rest)), "N" if rest > 0 else "V"])
items.append(["Totaal verschil lasten 2026 ten opzichte van 2025", grp(abs(dtot)), "N" if dtot > 0 else "V"])
table([["Verschillen lasten begroting 2026 ten opzichte van begroting 2025 (x € 1.000)", "Bedrag", "V/N"]],
      items, [330, 60, 40], align=["left", "right", "center"], bold=[len(items) - 1],
      caption="Tabel 18 Analyse verschillen lasten Inclusieve samenleving",
      foot=["V = voordeel (lagere lasten), N = nadeel (hogere lasten)."])
fact("p5_verschil_tot", abs(dtot) * 1000, grp(abs(dtot)), "Tabel 18, row 'Totaal verschil lasten 2026 ten opzichte van 2025'")
p("De lasten voor huishoudelijke hulp stijgen door het abonnementstarief en de vergrijzing. De lasten voor jeugdhulp met verblijf "
  "dalen doordat meer jeugdigen ambulant of in een gezinsvorm worden geholpen.")
page()

# Programma 6
h1("Programma 6 Duurzaamheid en leefomgeving")
h2("Wat willen we bereiken?")
p("Een schone en klimaatbestendige leefomgeving: minder restafval, een goed werkend rioolstelsel dat ook hevige buien aankan, "
  "en een versnelde energietransitie waarbij iedere inwoner mee kan doen.")
h2("Wat gaan we daarvoor doen?")
ul(["We verlagen de hoeveelheid restafval naar 60 kilo per inwoner in 2026 (2024: 68 kilo). Inwoners die hun afval goed scheiden, "
    "betalen minder door het lagere aantal ledigingen van de grijze container.",
    "In 2026 vervangen we de riolering in Deurningen en koppelen we in Saasveld de regenwaterafvoer af van het riool.",
    "Voor de energietransitie (isolatieaanpak voor huiseigenaren met een laag inkomen en de Regionale Energiestrategie) zetten we "
    "€ 325.000 in uit de reserve duurzaamheid en energietransitie.",
    "We breiden het aantal openbare laadpalen uit van 58 naar 80."])
indic([["Omvang huishoudelijk restafval", "kg per inwoner", "2024", "68", "151", "CBS"],
       ["Hernieuwbare elektriciteit", "%", "2023", "31,4", "47,9", "Klimaatmonitor"]],
      "19", "Verplichte beleidsindicatoren Duurzaamheid en leefomgeving")
fact("restafval_2024", 68, "68", "Tabel 19, row 'Omvang huishoudelijk restafval' (kg per inwoner), column Dinkelland; also prose '(2024: 68 kilo)'",
     near=["151 (Nederland)", "60 (doel 2026)"])
prog_table("P6", "20")
page()

# ADM + overhead
h1("Algemene dekkingsmiddelen en overhead")
p("De algemene dekkingsmiddelen zijn inkomsten waar geen specifieke uitgaven tegenover staan: de algemene uitkering uit het "
  "gemeentefonds, de onroerendezaakbelastingen, dividenden en de overige belastingen. In 2026 ontvangen we naar verwachting "
  + eur(plug["b26"]) + " aan algemene uitkering en overige uitkeringen uit het gemeentefonds (septembercirculaire 2025). "
  "Na 2026 daalt de algemene uitkering door het aflopen van de extra jeugdmiddelen (het zogenoemde ravijnjaar).")
fact("alg_uitkering_2026_e", plug["b26"], grp(plug["b26"]), "Algemene dekkingsmiddelen prose; also annex row 0.7")
fact("alg_uitkering_2026_k", plug["B"][2026] * 1000, nl(plug["B"][2026]), "Tabel 21 Algemene dekkingsmiddelen, row 0.7 baten, column 2026",
     years={str(y): plug["B"][y] for y in YEARS})
prog_table("ADM", "21")
p("De overhead bestaat uit de kosten van sturing en ondersteuning van het primaire proces, zoals personeelszaken, financiën, ICT, "
  "huisvesting en juridische zaken. Het grootste deel is de bijdrage aan de werkorganisatie Noaberkracht.")
prog_table("OVH", "22")
B.append({"t": "landscape"})

# ---- overzicht baten en lasten (landscape) ---------------------------------------------------
h1("Overzicht van baten en lasten")
p("Bedragen x € 1.000. Saldo = baten minus lasten; een negatief saldo (met minteken) is een nadeel.")
head = [[C("Programma", rowspan=2), C("Rekening 2024", align="center"), C("Begroting 2025", align="center"),
         C("Begroting 2026", colspan=3, align="center"), C("Meerjarenraming, saldo", colspan=3, align="center")],
        ["Saldo", "Saldo", "Lasten", "Baten", "Saldo", "2027", "2028", "2029"]]
body = []
for pc in PROGS + ["OVH", "ADM"]:
    d = prog_tot[pc]
    lab = pc[1] + ". " + PROG[pc] if pc in PROGS else PROG[pc]
    body.append([lab, nl(d["S"][2024]), nl(d["S"][2025]), nl(d["L"][2026]), nl(d["B"][2026]), nl(d["S"][2026]),
                 nl(d["S"][2027]), nl(d["S"][2028]), nl(d["S"][2029])])
body.append(["Heffing vennootschapsbelasting", "-", "-", "-", "-", "-", "-", "-", "-"])
body.append(["Saldo van baten en lasten", nl(tot["S"][2024]), nl(tot["S"][2025]), nl(tot["L"][2026]), nl(tot["B"][2026]),
             nl(tot["S"][2026]), nl(tot["S"][2027]), nl(tot["S"][2028]), nl(tot["S"][2029])])
body.append(["Toevoegingen aan reserves", nl(-tot["T"][2024]), nl(-tot["T"][2025]), nl(tot["T"][2026]), "-", nl(-tot["T"][2026]),
             nl(-tot["T"][2027]), nl(-tot["T"][2028]), nl(-tot["T"][2029])])
body.append(["Onttrekkingen aan reserves", nl(tot["O"][2024]), nl(tot["O"][2025]), "-", nl(tot["O"][2026]), nl(tot["O"][2026]),
             nl(tot["O"][2027]), nl(tot["O"][2028]), nl(tot["O"][2029])])
body.append(["Geraamd resultaat", nl(tot["R"][2024]), nl(tot["R"][2025]), nl(tot["L"][2026] + tot["T"][2026]),
             nl(tot["B"][2026] + tot["O"][2026]), nl(tot["R"][2026]), nl(tot["R"][2027]), nl(tot["R"][2028]), nl(tot["R"][2029])])
table(head, body, [200, 62, 62, 62, 62, 62, 62, 62, 62], align=["left"] + ["right"] * 8,
      bold=[len(body) - 4, len(body) - 1], shade=[len(body) - 1], caption="Tabel 23 Overzicht van baten en lasten 2026-2029",
      foot=["1) De rekening 2024 sloot met een voordelig resultaat; in de kolom Rekening 2024 staat het resultaat na bestemming.",
            "2) De lasten en baten 2026 van de programma's sluiten aan op de bijlage per taakveld; verschillen zijn afrondingsverschillen."],
      size=8)
for pc in PROGS:
    fact("saldo_%s_2026" % pc, prog_tot[pc]["S"][2026] * 1000, nl(prog_tot[pc]["S"][2026]),
         "Tabel 23 Overzicht van baten en lasten, row '%s', column 'Begroting 2026 Saldo'" % PROG[pc])
fact("tot_lasten_2026", tot["L"][2026] * 1000, nl(tot["L"][2026]), "Tabel 23, row 'Saldo van baten en lasten', column 'Begroting 2026 Lasten'")
fact("saldo_rek_2024_P5", prog_tot["P5"]["S"][2024] * 1000, nl(prog_tot["P5"]["S"][2024]), "Tabel 23, row '5. Inclusieve samenleving', column 'Rekening 2024 Saldo'")
fact("resultaat_2024", tot["R"][2024] * 1000, nl(tot["R"][2024]), "Tabel 23, row 'Geraamd resultaat', column 'Rekening 2024'")
B.append({"t": "portrait"})

# ---- paragraaf lokale heffingen -------------------------------------------------------------
h1("Paragraaf Lokale heffingen")
p("In deze paragraaf staan de tarieven en opbrengsten van de gemeentelijke belastingen en heffingen. Uitgangspunt is een "
  "trendmatige stijging van 3,5%. De opbrengst van de OZB stijgt daarnaast met 2% extra om het tekort in de meerjarenraming "
  "te verkleinen; de OZB-tarieven zijn gecorrigeerd voor de waardeontwikkeling van de WOZ. De tarieven van de rioolheffing "
  "en de afvalstoffenheffing zijn ten hoogste kostendekkend.")
TAR = [  # label, 2025, 2026, unit: 'pct' (4 decimals) or 'eur' (cents)
    ("OZB woningen, eigenaren", 0.0891, 0.0934, "pct"),
    ("OZB niet-woningen, eigenaren", 0.1472, 0.1536, "pct"),
    ("OZB niet-woningen, gebruikers", 0.1185, 0.1241, "pct"),
    ("Afvalstoffenheffing, vastrecht per huishouden", 17640, 18396, "eur"),
    ("Afvalstoffenheffing, per lediging grijze container 140 liter", 875, 920, "eur"),
    ("Afvalstoffenheffing, per lediging grijze container 240 liter", 1390, 1460, "eur"),
    ("Rioolheffing, per aansluiting", 26208, 27132, "eur"),
    ("Toeristenbelasting, per persoon per nacht", 145, 160, "eur"),
]


def tf(v, u):
    return dec(v, 4) + "%" if u == "pct" else eurc(v)


table([[C("Belasting / heffing", rowspan=2), C("Tarief", colspan=2, align="center"), C("Stijging", rowspan=2)],
       ["2025", "2026"]],
      [[a, tf(b, u), tf(c, u), dec((c / b - 1) * 100, 1) + "%"] for a, b, c, u in TAR],
      [250, 70, 70, 60], align=["left", "right", "right", "right"],
      caption="Tabel 24 Tarieven belastingen en heffingen",
      foot=["OZB-tarieven als percentage van de WOZ-waarde."])
fact("ozb_won_2026", 0.0934, "0,0934%", "Tabel 24, row 'OZB woningen, eigenaren', column 2026", near=["0,0891% (2025)"])
fact("riool_2026", 271.32, "€ 271,32", "Tabel 24, row 'Rioolheffing, per aansluiting', column 2026", near=["€ 262,08 (2025)"])
fact("lediging140_2026", 9.20, "€ 9,20", "Tabel 24, row 'per lediging grijze container 140 liter', column 2026", near=["€ 8,75 (2025)", "€ 14,60 (240 liter)"])
fact("toeristenbelasting_2026", 1.60, "€ 1,60", "Tabel 24, row 'Toeristenbelasting', column 2026; also P4 prose", near=["€ 1,45 (2025)"])
OPB = [("OZB woningen", "0.61"), ("OZB niet-woningen", "0.62")]
rows_o = []
for lab, code in OPB:
    r = next(x for x in tv if x["code"] == code)
    rows_o.append((lab, r["B"][2025], r["B"][2026]))
RIOOL_HEFF = (3611000, 3759460)
AFVAL_HEFF = (2716000, 2842118)
rows_o += [("Rioolheffing", k(RIOOL_HEFF[0]), k(RIOOL_HEFF[1])), ("Afvalstoffenheffing", k(AFVAL_HEFF[0]), k(AFVAL_HEFF[1])),
           ("Toeristenbelasting", 702, 748), ("Leges omgevingsvergunning", 512, 538)]
rows_o.append(("Totaal", sum(x[1] for x in rows_o), sum(x[2] for x in rows_o)))
table([["Opbrengst (x € 1.000)", "Begroting 2025", "Begroting 2026"]],
      [[a, grp(b), grp(c)] for a, b, c in rows_o], [250, 80, 80], align=["left", "right", "right"],
      bold=[len(rows_o) - 1], caption="Tabel 25 Opbrengsten belastingen en heffingen")
fact("opbr_ozb_won_2026", rows_o[0][2] * 1000, grp(rows_o[0][2]), "Tabel 25, row 'OZB woningen', column 'Begroting 2026'; annex 0.61 baten exact",
     near=[grp(rows_o[0][1]) + " (2025)"])
fact("opbr_afval_2026", rows_o[3][2] * 1000, grp(rows_o[3][2]), "Tabel 25, row 'Afvalstoffenheffing', column 'Begroting 2026'; prose exact € " + grp(AFVAL_HEFF[1]),
     near=[grp(rows_o[3][1]) + " (2025)", "2.912 / 2.912.404 (baten taakveld 7.3 Afval)"])
p("De opbrengst van de afvalstoffenheffing is in 2026 geraamd op " + eur(AFVAL_HEFF[1]) + " en die van de rioolheffing op " +
  eur(RIOOL_HEFF[1]) + ". De overige baten op de taakvelden riolering en afval zijn vergoedingen voor ingezameld papier, "
  "textiel en verpakkingen en bijdragen van derden.")

# kostendekkendheid
r72 = next(x for x in tv if x["code"] == "7.2")
r73 = next(x for x in tv if x["code"] == "7.3")
KD = {}
for lab, r, heff, ovh, btw in [("Rioolheffing", r72, RIOOL_HEFF[1], 338640, 402115), ("Afvalstoffenheffing", r73, AFVAL_HEFF[1], 262870, 178526)]:
    other = r["b26"] - heff
    kosten = r["l26"] - other + ovh + btw
    KD[lab] = (r["l26"], other, ovh, btw, kosten, heff, heff / kosten * 100)
    assert heff <= kosten, lab
rows_k = [["Lasten taakveld (incl. kapitaallasten)"] + [grp(KD[x][0]) for x in KD],
          ["Af: overige baten taakveld"] + [nl(-KD[x][1]) for x in KD],
          ["Bij: toegerekende overhead"] + [grp(KD[x][2]) for x in KD],
          ["Bij: btw"] + [grp(KD[x][3]) for x in KD],
          ["Totale kosten"] + [grp(KD[x][4]) for x in KD],
          ["Opbrengst heffing"] + [grp(KD[x][5]) for x in KD],
          ["Dekkingspercentage"] + [dec(KD[x][6], 1) + "%" for x in KD]]
table([["Kostendekkendheid 2026 (bedragen in euro's)", "Rioolheffing", "Afvalstoffenheffing"]], rows_k, [250, 90, 90],
      align=["left", "right", "right"], bold=[4, 6], caption="Tabel 26 Kostendekkendheid")
fact("dekking_riool", rnd(KD["Rioolheffing"][6] * 10) / 10.0, dec(KD["Rioolheffing"][6], 1) + "%", "Tabel 26, row 'Dekkingspercentage', column 'Rioolheffing'",
     near=[dec(KD["Afvalstoffenheffing"][6], 1) + "% (afval)"])

# woonlasten
WOZ = (360000, 385000)
ozb = [WOZ[0] * 0.0891 / 100, WOZ[1] * 0.0934 / 100]
ozb_c = [rnd(x * 100) for x in ozb]
afv_c = [17640 + 12 * 875, 18396 + 12 * 920]
rio_c = [26208, 27132]
totc = [ozb_c[i] + afv_c[i] + rio_c[i] for i in range(2)]
stij = (totc[1] / totc[0] - 1) * 100
table([[C("Woonlasten meerpersoonshuishouden (eigenaar-bewoner)", rowspan=2), C("Bedragen in euro's", colspan=3, align="center")],
       ["2025", "2026", "Stijging"]],
      [["OZB (gemiddelde WOZ-waarde " + eur(WOZ[0]) + " in 2025 en " + eur(WOZ[1]) + " in 2026)", dec(ozb_c[0] / 100, 2), dec(ozb_c[1] / 100, 2), dec((ozb_c[1] / ozb_c[0] - 1) * 100, 1) + "%"],
       ["Afvalstoffenheffing (vastrecht en 12 ledigingen van 140 liter)", dec(afv_c[0] / 100, 2), dec(afv_c[1] / 100, 2), dec((afv_c[1] / afv_c[0] - 1) * 100, 1) + "%"],
       ["Rioolheffing", dec(rio_c[0] / 100, 2), dec(rio_c[1] / 100, 2), dec((rio_c[1] / rio_c[0] - 1) * 100, 1) + "%"],
       ["Totale woonlasten", dec(totc[0] / 100, 2), dec(totc[1] / 100, 2), dec(stij, 1) + "%"]],
      [250, 70, 70, 60], align=["left", "right", "right", "right"], bold=[3], caption="Tabel 27 Woonlasten",
      foot=["De woonlasten van Dinkelland liggen onder het Twentse gemiddelde."])
fact("woonlasten_2026", totc[1] / 100.0, dec(totc[1] / 100, 2), "Tabel 27, row 'Totale woonlasten', column 2026", near=[dec(totc[0] / 100, 2) + " (2025)"])
fact("woonlasten_stijging", rnd(stij * 10) / 10.0, dec(stij, 1) + "%", "Tabel 27, row 'Totale woonlasten', column 'Stijging'")
fact("afval_hh_2026", afv_c[1] / 100.0, dec(afv_c[1] / 100, 2), "Tabel 27, row 'Afvalstoffenheffing (vastrecht en 12 ledigingen)', column 2026")
p("Inwoners met een laag inkomen kunnen kwijtschelding aanvragen voor de afvalstoffenheffing en de rioolheffing. Voor "
  "kwijtschelding is in 2026 € 86.500 geraamd.")
fact("kwijtschelding", 86500, "€ 86.500", "Paragraaf Lokale heffingen, prose on kwijtschelding")
page()

# ---- weerstandsvermogen -----------------------------------------------------------------------
h1("Paragraaf Weerstandsvermogen en risicobeheersing")
p("Het weerstandsvermogen is de mate waarin de gemeente financiële tegenvallers kan opvangen zonder het beleid te wijzigen. "
  "Het is de verhouding tussen de beschikbare en de benodigde weerstandscapaciteit.")
alg = res_rows[0]["s1"]
onb = 2146
onv = 50
besch = alg + onb + onv
table([["Beschikbare weerstandscapaciteit", "x € 1.000"]],
      [["Algemene reserve (stand 1 januari 2026)", grp(alg)], ["Onbenutte belastingcapaciteit OZB", grp(onb)],
       ["Post onvoorzien", grp(onv)], ["Totaal beschikbare weerstandscapaciteit", grp(besch)]],
      [330, 80], align=["left", "right"], bold=[3], caption="Tabel 28 Beschikbare weerstandscapaciteit")
RISK = [("Open-einderegelingen Jeugd en Wmo", 50, 1400000), ("Herijking en ontwikkeling gemeentefonds", 50, 1800000),
        ("Grondexploitaties (afzet kavels Denekamp-Noord)", 25, 1200000), ("Hogere bijdragen verbonden partijen", 30, 600000),
        ("Loon- en prijsstijgingen boven de indexatie", 50, 650000), ("Claims en aansprakelijkheid", 10, 500000),
        ("Lagere legesopbrengsten Omgevingswet", 25, 400000), ("Cyberincident en uitval ICT", 10, 750000)]
rrows = [[a, str(b) + "%", eur(c), eur(c * b // 100)] for a, b, c in RISK]
exp = sum(c * b // 100 for a, b, c in RISK)
rrows.append(["Totaal (kans x gevolg)", "", eur(sum(c for a, b, c in RISK)), eur(exp)])
table([["Risico", "Kans", "Maximaal financieel gevolg", "Kans x gevolg"]], rrows, [230, 45, 100, 90],
      align=["left", "right", "right", "right"], bold=[len(rrows) - 1], caption="Tabel 29 Belangrijkste risico's")
BENODIGD = 5912000
ratio = besch * 1000 / BENODIGD
p("Met een risicosimulatie (Monte Carlo) is berekend dat met 90% zekerheid een bedrag van " + eur(BENODIGD) +
  " nodig is om de risico's op te vangen; dat is de benodigde weerstandscapaciteit. De som van kans maal gevolg van de "
  "belangrijkste risico's is " + eur(exp) + ". De ratio weerstandsvermogen is dan " + grp(besch * 1000) + " / " + grp(BENODIGD) +
  " = <b>" + dec(ratio, 2) + "</b>. Volgens de normtabel van het NARIS is dat uitstekend (waardering A). De raad heeft "
  "als norm een ratio van minimaal 1,4 vastgesteld.")
fact("ratio_weerstand", rnd(ratio * 100) / 100.0, dec(ratio, 2), "Paragraaf Weerstandsvermogen prose 'De ratio weerstandsvermogen is dan ... = x,xx'",
     near=["1,4 (norm)"])
fact("benodigd", BENODIGD, "€ " + grp(BENODIGD), "Paragraaf Weerstandsvermogen prose (Monte Carlo, 90% zekerheid)",
     near=[eur(exp) + " (som kans x gevolg)"])
fact("beschikbaar", besch * 1000, grp(besch), "Tabel 28, row 'Totaal beschikbare weerstandscapaciteit' (x € 1.000)")
KGT = [("Netto schuldquote", [38.6, 45.2, 51.7, 56.3, 58.9, 57.4]),
       ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", [35.1, 41.8, 48.3, 53.0, 55.6, 54.2]),
       ("Solvabiliteitsratio", [31.4, 29.8, 27.6, 26.1, 25.3, 25.0]),
       ("Grondexploitatie", [6.2, 5.8, 5.1, 4.4, 3.7, 3.0]),
       ("Structurele exploitatieruimte", [1.8, 0.4, 0.6, 0.2, -0.5, 0.1]),
       ("Belastingcapaciteit", [96.4, 97.1, 98.3, None, None, None])]
table([[C("Financiële kengetallen (in %)", rowspan=2), C("Rekening", align="center"), C("Begroting", colspan=2, align="center"),
        C("Meerjarenraming", colspan=3, align="center")], ["2024", "2025", "2026", "2027", "2028", "2029"]],
      [[a] + [("-" if v is None else dec(v, 1)) for v in vals] for a, vals in KGT], [190, 45, 45, 45, 45, 45, 45],
      align=["left"] + ["right"] * 6, caption="Tabel 30 Financiële kengetallen",
      foot=["Signaleringswaarde netto schuldquote: tot 90% voldoende; solvabiliteitsratio: boven 20% voldoende."])
fact("nsq_2026", 51.7, "51,7", "Tabel 30, row 'Netto schuldquote', column 2026", near=["45,2 (2025)", "48,3 (gecorrigeerd 2026)"])
fact("nsq_2029", 57.4, "57,4", "Tabel 30, row 'Netto schuldquote', column 2029", near=["58,9 (2028)", "54,2 (gecorrigeerd 2029)"])
fact("solv_2026", 27.6, "27,6", "Tabel 30, row 'Solvabiliteitsratio', column 2026")
page()

# ---- verbonden partijen ----------------------------------------------------------------------
h1("Paragraaf Verbonden partijen")
p("Een verbonden partij is een organisatie waarin de gemeente een bestuurlijk en een financieel belang heeft. Hieronder staan de "
  "verbonden partijen met de geraamde bijdrage of het verwachte dividend. Bedragen in euro's.")
VP = [("Noaberkracht Dinkelland Tubbergen", "Gemeenschappelijke regeling (bedrijfsvoering)", 14218760, 14872430, 0),
      ("Veiligheidsregio Twente", "Gemeenschappelijke regeling", 2311905, 2418226, 0),
      ("Regio Twente (inclusief GGD Twente)", "Gemeenschappelijke regeling", 1236440, 1302875, 0),
      ("Omgevingsdienst Twente", "Gemeenschappelijke regeling", 588310, 619745, 0),
      ("Organisatie Zorginkoop Jeugd Twente", "Centrumgemeenteconstructie", 164280, 171930, 0),
      ("Soweco", "Gemeenschappelijke regeling", 1802115, 1846020, 0),
      ("Twence Holding B.V.", "Deelneming", 0, 0, 142000),
      ("Enexis Holding N.V.", "Deelneming", 0, 0, 52000),
      ("BNG Bank N.V.", "Deelneming", 0, 0, 38000),
      ("Vitens N.V.", "Deelneming", 0, 0, 0)]
vrows = [[a, b, dash0(c, grp), dash0(d, grp), dash0(e, grp)] for a, b, c, d, e in VP]
vrows.append(["Totaal", "", grp(sum(x[2] for x in VP)), grp(sum(x[3] for x in VP)), grp(sum(x[4] for x in VP))])
table([["Verbonden partij", "Vorm", "Bijdrage 2025", "Bijdrage 2026", "Dividend 2026"]], vrows, [150, 140, 68, 68, 60],
      align=["left", "left", "right", "right", "right"], bold=[len(vrows) - 1], caption="Tabel 31 Verbonden partijen",
      foot=["De bijdrage 2025 is de bijdrage volgens de begroting 2025 na wijziging."])
fact("vp_noaberkracht_2026", 14872430, grp(14872430), "Tabel 31, row 'Noaberkracht Dinkelland Tubbergen', column 'Bijdrage 2026'",
     near=[grp(14218760) + " (2025)"])
fact("vp_vrt_2026", 2418226, grp(2418226), "Tabel 31, row 'Veiligheidsregio Twente', column 'Bijdrage 2026'",
     near=[grp(2311905) + " (2025)", "2.512.644 / 2.513 (lasten taakveld 1.1)"])
fact("vp_twence_div", 142000, grp(142000), "Tabel 31, row 'Twence Holding B.V.', column 'Dividend 2026'")
p("De bijdrage aan Noaberkracht is verdeeld over de programma's (de medewerkers die direct voor een programma werken) en de overhead.")

# ---- reserves --------------------------------------------------------------------------------
h1("Reserves")
p("Het overzicht toont per reserve de stand aan het begin en het einde van 2026, de geraamde mutaties in 2026 en de verwachte "
  "stand eind 2029.")
rrows = []
for r in res_rows:
    rrows.append([r["name"], PROG[r["prog"]] if r["prog"] in ("ADM", "OVH") else "Programma " + r["prog"][1], grp(r["s1"]),
                  dash0(r["toev"][0], grp), dash0(r["ontt"][0], grp), grp(r["stands"][1]), grp(r["stands"][4])])
tots = [sum(r["s1"] for r in res_rows), sum(r["toev"][0] for r in res_rows), sum(r["ontt"][0] for r in res_rows),
        sum(r["stands"][1] for r in res_rows), sum(r["stands"][4] for r in res_rows)]
rrows.append(["Totaal reserves", ""] + [grp(x) for x in tots])
table([[C("x € 1.000"), C(""), C("Stand", align="center"), C("Mutaties 2026", colspan=2, align="center"),
        C("Stand", align="center"), C("Stand", align="center")],
       ["Reserve", "Programma", "1-1-2026", "Toevoeging", "Onttrekking", "31-12-2026", "31-12-2029"]],
      rrows, [146, 80, 50, 52, 56, 54, 54], align=["left", "left"] + ["right"] * 5, bold=[len(rrows) - 1],
      caption="Tabel 32 Verloop reserves", size=7.5)
alg_r = res_rows[0]
fact("alg_reserve_eind2026", alg_r["stands"][1] * 1000, grp(alg_r["stands"][1]), "Tabel 32, row 'Algemene reserve', column 'Stand 31-12-2026'",
     near=[grp(alg_r["s1"]) + " (1-1-2026)", grp(alg_r["stands"][4]) + " (31-12-2029)"])
wr = next(r for r in res_rows if r["name"].startswith("Reserve onderhoud wegen"))
fact("res_wegen_eind2029", wr["stands"][4] * 1000, grp(wr["stands"][4]), "Tabel 32, row 'Reserve onderhoud wegen en kunstwerken', column 'Stand 31-12-2029'",
     near=[grp(wr["stands"][1]) + " (31-12-2026)"])
fact("reserves_totaal_eind2026", tots[3] * 1000, grp(tots[3]), "Tabel 32, row 'Totaal reserves', column 'Stand 31-12-2026'")
page()

# ---- investeringen ---------------------------------------------------------------------------
h1("Investeringsplanning 2026-2029")
p("De investeringen zijn in hele euro's. De kapitaallasten (rente en afschrijving) komen ten laste van het programma in het jaar "
  "na ingebruikname. Investeringen in de riolering worden gedekt uit de rioolheffing.")
INV = [("Reconstructie Ootmarsumseweg Denekamp, fase 2", "3", 40, [1450000, 980000, 0, 0]),
       ("Vervanging openbare verlichting door LED-armaturen", "3", 20, [265000, 265000, 265000, 0]),
       ("Fietspad Weerselo - Rossum langs de Rossumerweg", "3", 30, [0, 1120000, 0, 0]),
       ("Uitbreiding Integraal Kindcentrum Denekamp (acht lokalen en gymzaal)", "4", 40, [2850000, 3400000, 0, 0]),
       ("Vervanging kunstgrasveld voetbalvereniging Rossum", "4", 15, [0, 465000, 0, 0]),
       ("Renovatie sporthal Ootmarsum", "4", 25, [780000, 0, 0, 0]),
       ("Vervanging riolering Deurningen", "6", 60, [1215000, 640000, 890000, 725000]),
       ("Klimaatadaptatie Saasveld: afkoppelen regenwater", "6", 40, [360000, 410000, 0, 0]),
       ("Vervanging ondergrondse containers", "6", 10, [0, 0, 148000, 0]),
       ("Bijdrage multifunctionele accommodatie Lattrop-Breklenkamp", "5", 25, [0, 0, 500000, 0]),
       ("Vervanging voertuigen buitendienst", "Overhead", 8, [312000, 96000, 188000, 240000]),
       ("Vervanging ICT-middelen", "Overhead", 5, [145000, 145000, 145000, 145000])]
irows = [[a, b, str(c), dash0(v[0], grp), dash0(v[1], grp), dash0(v[2], grp), dash0(v[3], grp)] for a, b, c, v in INV]
itot = [sum(x[3][i] for x in INV) for i in range(4)]
irows.append(["Totaal investeringen", "", ""] + [grp(x) for x in itot])
table([["Investering", "Progr.", "Termijn (jaren)", "2026", "2027", "2028", "2029"]], irows, [178, 44, 41, 58, 58, 58, 58],
      align=["left", "left", "right", "right", "right", "right", "right"], bold=[len(irows) - 1],
      caption="Tabel 33 Investeringsplanning 2026-2029 (bedragen in euro's)")
fact("inv_ikc_2027", 3400000, grp(3400000), "Tabel 33, row 'Uitbreiding Integraal Kindcentrum Denekamp', column 2027", near=[grp(2850000) + " (2026)"])
fact("inv_tot_2026", itot[0], grp(itot[0]), "Tabel 33, row 'Totaal investeringen', column 2026", near=[grp(itot[1]) + " (2027)"])
fact("inv_fietspad", 1120000, grp(1120000), "Tabel 33, row 'Fietspad Weerselo - Rossum', column 2027 (also the P3 wegen onttrekking € 1.120.000 in 2026 - same number, other thing)")
fact("inv_riool_deurningen_2026", 1215000, grp(1215000), "Tabel 33, row 'Vervanging riolering Deurningen', column 2026",
     near=[grp(640000) + " (2027)"])
B.append({"t": "page"})

# ---- bijlage taakvelden ----------------------------------------------------------------------
h1("Bijlage: baten en lasten per taakveld 2026")
p("Het overzicht hieronder is opgesteld volgens de indeling in taakvelden van het Besluit begroting en verantwoording (BBV). "
  "Alle bedragen in deze bijlage zijn in hele euro's (dus niet afgerond op duizenden). Baten en lasten zijn beide positief; "
  "het saldo is baten minus lasten.")
def code_key(c):
    a, b = c.split(".")
    return (int(a), b.ljust(3, "0"))


order = sorted(tv, key=lambda r: code_key(r["code"]))
arows = []
for r in order:
    arows.append([r["code"], r["name"], grp(r["l26"]), grp(r["b26"]), nl(r["b26"] - r["l26"])])
    if r["code"] == "0.9" or r["code"] == "0.8":
        arows.append(["0.9", "Vennootschapsbelasting (Vpb)", "0", "0", "0"])
        arows.append(["0.10", "Mutaties reserves", grp(t26), grp(o26), nl(o26 - t26)])
        arows.append(["0.11", "Resultaat van de rekening van baten en lasten", "-", "-", grp(TARGET_RESULT_E_2026) + " 1)"])
Ltot = L26e_all + t26
Btot = B26e_all + o26
arows.append(["", "Totaal", grp(Ltot), grp(Btot), nl(Btot - Ltot)])
table([["Code", "Taakveld", "Lasten", "Baten", "Saldo"]], arows, [34, 255, 68, 68, 68],
      align=["left", "left", "right", "right", "right"], bold=[len(arows) - 1], repeat=True,
      caption="Tabel 34 Baten en lasten per taakveld, begroting 2026",
      foot=["1) Het saldo van alle taakvelden samen is het geraamde resultaat van de begroting 2026 (voordelig)."],
      size=7.5)
for code, key in [("6.762", "tv_jeugd_verblijf"), ("6.711", "tv_hh_hulp"), ("1.1", "tv_brandweer"), ("0.61", "tv_ozb_won"),
                  ("0.4", "tv_overhead"), ("6.3", "tv_inkomen"), ("5.2", "tv_sportacc"), ("7.3", "tv_afval"), ("6.752", "tv_jeugd_amb")]:
    r = next(x for x in tv if x["code"] == code)
    fact(key + "_L", r["l26"], grp(r["l26"]), "Tabel 34 (annex, euros), row '%s %s', column 'Lasten'; Tabel %s programme row in x € 1.000: %s" %
         (code, r["name"], {"P1": "8", "P2": "10", "P3": "12", "P4": "14", "P5": "17", "P6": "20", "ADM": "21", "OVH": "22"}[r["prog"]], nl(r["L"][2026])),
         k_value=r["L"][2026] * 1000, k_printed=nl(r["L"][2026]), years={str(y): r["L"][y] for y in YEARS})
    fact(key + "_B", r["b26"], grp(r["b26"]), "Tabel 34 (annex, euros), row '%s %s', column 'Baten'" % (code, r["name"]),
         k_value=(r["B"][2026] or 0) * 1000, k_printed=nl(r["B"][2026] or 0), years={str(y): r["B"][y] for y in YEARS})
for pc in PROGS + ["ADM", "OVH"]:
    d = prog_tot[pc]
    fact("prog_%s_L" % pc, d["L"][2026] * 1000, nl(d["L"][2026]), "Programme table 'Totaal lasten' column 2026 (x € 1.000)",
         years={str(y): d["L"][y] for y in YEARS}, exact=d["L26e"])
    fact("prog_%s_B" % pc, d["B"][2026] * 1000, nl(d["B"][2026]), "Programme table 'Totaal baten' column 2026 (x € 1.000)",
         years={str(y): d["B"][y] for y in YEARS}, exact=d["B26e"])

# sanity: annex totals vs programme k totals (rounding only)
assert abs(k(L26e_all) - tot["L"][2026]) <= 30

json.dump(B, open(os.path.join(BUILD, "dinkelland_blocks.json"), "w"), ensure_ascii=False, indent=0)
json.dump(FACTS, open(os.path.join(BUILD, "dinkelland_facts.json"), "w"), ensure_ascii=False, indent=1)
print("dinkelland: %d blocks, %d facts; result 2026 k=%d e=%d; total lasten k=%d; P5 L=%d" %
      (len(B), len(FACTS), RESULT_K_2026, TARGET_RESULT_E_2026, tot["L"][2026], prog_tot["P5"]["L"][2026]))
