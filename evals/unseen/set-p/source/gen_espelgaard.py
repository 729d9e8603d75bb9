"""Generator: GR Werkbedrijf Espelgaard, Begroting 2026 (fictional).

Writes ../corpus/werkbedrijf_espelgaard_begroting_2026.txt in the shape of a word
processor's "save as text" export (headings as lines, tab-separated table cells, one
space-aligned table) and facts_espelgaard.json for the case checker.
"""
import json
import os

from common import eur, largest_remainder, nl_dec, nl_int, pct

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "corpus", "werkbedrijf_espelgaard_begroting_2026.txt")

# --------------------------------------------------------------- deelnemers
GEM = [  # naam, inwoners 1-1-2025, Wsw-SE 1-1-2025, beschut-plekken 2026, idem 2025, SE 1-1-2024
    ("Gansoord", 78450, 212.4, 44, 39, 224.9),
    ("Amelrode", 41230, 114.8, 22, 19, 121.0),
    ("Kesselaar", 33910, 95.3, 17, 15, 101.2),
    ("Ossendaal", 27640, 68.6, 13, 11, 72.9),
    ("Tiemersum", 24180, 63.1, 10, 9, 66.0),
    ("Haverzijl", 19870, 49.2, 8, 7, 52.3),
    ("Brummelstee", 16420, 38.5, 6, 5, 40.4),
    ("Teunisdorp", 12960, 32.8, 5, 4, 34.1),
    ("Overzande", 9340, 21.3, 3, 3, 22.6),
]
N = len(GEM)
INW = [g[1] for g in GEM]
SE = [g[2] for g in GEM]
BW26 = [g[3] for g in GEM]
BW25 = [g[4] for g in GEM]
SE24 = [g[5] for g in GEM]
INW_T = sum(INW)
SE_T = round(sum(SE), 1)
BW26_T = sum(BW26)
BW25_T = sum(BW25)
assert BW26_T == 128 and BW25_T == 112

# aandelen in procenten met 2 decimalen, sluitend op 100,00
sh_inw = largest_remainder(10000, INW)
sh_se = largest_remainder(10000, [round(s * 10) for s in SE])
# verdeelsleutel = 50% inwoners + 50% SE, in basispunten sluitend op 10000
sleutel = largest_remainder(10000, [sh_inw[i] + sh_se[i] for i in range(N)])
sh24_inw = largest_remainder(10000, INW)  # inwoners 1-1-2024 ~ zelfde verdeling
sh24_se = largest_remainder(10000, [round(s * 10) for s in SE24])
sleutel25 = largest_remainder(10000, [sh24_inw[i] + sh24_se[i] for i in range(N)])

# --------------------------------------------------------------- exploitatie (x 1.000)
YRS = ["Rekening 2024", "Begroting 2025", "Begroting 2026", "Raming 2027", "Raming 2028",
       "Raming 2029"]
BATEN = {
    "Netto omzet (toegevoegde waarde)": [9850, 10120, 9950, 10080, 10210, 10330],
    "Detacheringsopbrengsten": [4210, 4380, 4555, 4640, 4700, 4750],
    "Rijksbijdrage Wsw (via deelnemende gemeenten)": [21640, 20870, 20310, 19560, 18790, 18020],
    "Bijdrage beschut werk": [1820, 2100, 2470, 2790, 3110, 3430],
    "Aanvullende gemeentelijke bijdrage": None,  # plug
    "Overige baten": [310, 240, 250, 250, 250, 250],
}
LASTEN = {
    "Loonkosten Wsw-medewerkers": [27440, 28120, 27890, 27180, 26350, 25520],
    "Loonkosten beschut werk": [1930, 2240, 2610, 2950, 3290, 3630],
    "Personeel begeleiding en staf": [5460, 5660, 5820, 5940, 6050, 6150],
    "Materiaal en uitbesteed werk": [2190, 2250, 2310, 2350, 2390, 2430],
    "Huisvesting": [1120, 1030, 1040, 1070, 1090, 1110],
    "Afschrijvingen": [590, 600, 620, 650, 680, 700],
    "Rente": [70, 85, 95, 110, 120, 125],
    "Overige bedrijfskosten": [740, 750, 760, 780, 790, 800],
}
# reservemutaties
R_ALG_T = [212, 0, 0, 0, 0, 0]        # toevoeging algemene reserve (2024: resultaat)
R_ALG_O = [0, 0, 0, 0, 0, 0]
R_HER_O = [500, 420, 350, 250, 150, 0]  # onttrekking bestemmingsreserve herstructurering
R_MAC_T = [60, 60, 60, 60, 60, 60]     # toevoeging reserve vervanging machinepark
R_MAC_O = [0, 90, 120, 0, 80, 0]
TOEV = [R_ALG_T[i] + R_MAC_T[i] for i in range(6)]
ONTR = [R_ALG_O[i] + R_HER_O[i] + R_MAC_O[i] for i in range(6)]

LT = [sum(v[i] for v in LASTEN.values()) for i in range(6)]
plug = []
for i in range(6):
    b_other = sum(v[i] for v in BATEN.values() if v is not None)
    # resultaat na bestemming = 0 in alle jaren (2024: resultaat 212 toegevoegd aan AR)
    plug.append(LT[i] - b_other + TOEV[i] - ONTR[i])
BATEN["Aanvullende gemeentelijke bijdrage"] = plug
BT = [sum(v[i] for v in BATEN.values()) for i in range(6)]
SALDO = [BT[i] - LT[i] for i in range(6)]
RESULT = [SALDO[i] - TOEV[i] + ONTR[i] for i in range(6)]
assert RESULT == [0] * 6, RESULT
AANV = plug
RIJK = BATEN["Rijksbijdrage Wsw (via deelnemende gemeenten)"]
BESCH = BATEN["Bijdrage beschut werk"]
GEM_TOT = [RIJK[i] + BESCH[i] + AANV[i] for i in range(6)]

# tarief beschut werk per plek
TARIEF_BW = {2025: 18750, 2026: 19296.875}
assert BESCH[2] * 1000 == round(TARIEF_BW[2026] * BW26_T)
assert BESCH[1] * 1000 == round(TARIEF_BW[2025] * BW25_T)
TARIEF_BW[2026] = 19296.88  # printed, rounded to cents

# --------------------------------------------------------------- bijdrage per gemeente (in euro)
rijk26 = largest_remainder(RIJK[2] * 1000, [round(s * 10) for s in SE])
besch26 = largest_remainder(BESCH[2] * 1000, BW26)
aanv26 = largest_remainder(AANV[2] * 1000, sleutel)
tot26 = [rijk26[i] + besch26[i] + aanv26[i] for i in range(N)]
rijk25 = largest_remainder(RIJK[1] * 1000, [round(s * 10) for s in SE24])
besch25 = largest_remainder(BESCH[1] * 1000, BW25)
aanv25 = largest_remainder(AANV[1] * 1000, sleutel25)
tot25 = [rijk25[i] + besch25[i] + aanv25[i] for i in range(N)]
verschil = [tot26[i] - tot25[i] for i in range(N)]
assert sum(tot26) == GEM_TOT[2] * 1000 and sum(tot25) == GEM_TOT[1] * 1000

# meerjarig per gemeente (x 1.000): rijk by SE share (decline equal), beschut by 2026 shares,
# aanvullend by 2026 sleutel; allocation in thousands, closing on totals
MJ = {}
for yi, y in zip(range(2, 6), [2026, 2027, 2028, 2029]):
    exact = [RIJK[yi] * (r / (RIJK[2] * 1000)) + BESCH[yi] * (b / (BESCH[2] * 1000))
             + AANV[yi] * sleutel[j] / 10000 for j, (r, b) in enumerate(zip(rijk26, besch26))]
    tot_k = GEM_TOT[yi]
    base = [int(x) for x in exact]
    rest = tot_k - sum(base)
    order = sorted(range(N), key=lambda j: exact[j] - base[j], reverse=True)
    for j in order[:rest]:
        base[j] += 1
    assert sum(base) == tot_k
    MJ[y] = base
# the 2026 column must match the euro table rounded to thousands within 1
for j in range(N):
    assert abs(MJ[2026][j] * 1000 - tot26[j]) <= 1000

# --------------------------------------------------------------- reserves (x 1.000)
AR_11_2026 = 1450
HER_11_2026 = 820
MAC_11_2026 = 390
res_rows = []
stand = {"Algemene reserve": AR_11_2026, "Bestemmingsreserve herstructurering": HER_11_2026,
         "Bestemmingsreserve vervanging machinepark": MAC_11_2026}
mut = {"Algemene reserve": (R_ALG_T, R_ALG_O),
       "Bestemmingsreserve herstructurering": ([0] * 6, R_HER_O),
       "Bestemmingsreserve vervanging machinepark": (R_MAC_T, R_MAC_O)}
STAND = {k: {} for k in stand}
for k in stand:
    s = stand[k]
    STAND[k][2025] = s
    for yi, y in zip(range(2, 6), [2026, 2027, 2028, 2029]):
        s = s + mut[k][0][yi] - mut[k][1][yi]
        assert s >= 0
        STAND[k][y] = s
TOT_RES = {y: sum(STAND[k][y] for k in STAND) for y in [2025, 2026, 2027, 2028, 2029]}
assert sum(mut[k][0][2] for k in mut) == TOEV[2] and sum(mut[k][1][2] for k in mut) == ONTR[2]

# --------------------------------------------------------------- risico's (in euro)
RISKS = [
    ("Hogere stijging wettelijk minimumloon dan geraamd", 600000, 50),
    ("Loonstijging cao SW boven de raming", 450000, 50),
    ("Omzetdaling door economische teruggang", 800000, 25),
    ("Verlies van de groenopdracht van een grote opdrachtgever", 350000, 30),
    ("Hogere energieprijzen", 180000, 40),
    ("Hoger ziekteverzuim Wsw-medewerkers", 240000, 50),
    ("Aansprakelijkheidsclaims", 100000, 10),
]
NEED = [b * kk // 100 for _, b, kk in RISKS]
NEED_T = sum(NEED)
RATIO = round(AR_11_2026 * 1000 / NEED_T, 2)

# kerncijfers
KERN = [
    ("Wsw-medewerkers (personen, gemiddeld)", ["812", "768", "726", "694", "660", "627"]),
    ("Wsw-medewerkers (SE, gemiddeld)", ["742,3", "705,0", "668,2", "637,5", "606,1", "575,8"]),
    ("Beschut werk (plekken, gemiddeld)", ["96", "112", "128", "144", "160", "176"]),
    ("Individuele detacheringen (personen)", ["214", "220", "226", "232", "236", "240"]),
    ("Begeleid werken (personen)", ["58", "55", "52", "49", "46", "43"]),
    ("Ambtelijk personeel (fte)", ["74,6", "75,8", "76,4", "76,4", "76,0", "75,5"]),
    ("Ziekteverzuim Wsw-medewerkers", ["11,8%", "11,0%", "10,5%", "10,5%", "10,0%", "10,0%"]),
]
KENG = [
    ("Netto schuldquote", ["18%", "21%", "24%", "26%", "25%", "23%"]),
    ("Solvabiliteitsratio", ["22%", "21%", "20%", "19%", "19%", "20%"]),
    ("Structurele exploitatieruimte", ["-1,3%", "-1,0%", "-0,9%", "-0,6%", "-0,4%", "0,0%"]),
]

# --------------------------------------------------------------- text
def mln(x_k, nd=1):
    return "€ " + nl_dec(x_k / 1000, nd) + " mln"


def tsv(*cells):
    return "\t".join(str(c) for c in cells)


d_tot = GEM_TOT[2] - GEM_TOT[1]
d_rijk = RIJK[2] - RIJK[1]
d_besch = BESCH[2] - BESCH[1]
d_aanv = AANV[2] - AANV[1]
d_loon = LASTEN["Loonkosten Wsw-medewerkers"][2] - LASTEN["Loonkosten Wsw-medewerkers"][1]
per_inw26 = GEM_TOT[2] * 1000 / INW_T
L = []
A = L.append
A("Begroting 2026")
A("en meerjarenraming 2027-2029")
A("")
A("Gemeenschappelijke regeling Werkbedrijf Espelgaard")
A("Vastgesteld door het algemeen bestuur op 26 juni 2025")
A("")
A("Inhoudsopgave")
for nr, t, pg in [("1.", "Inleiding", 3), ("2.", "Kerncijfers", 4), ("3.", "Programmaplan", 5),
                  ("4.", "Financiële begroting 2026", 8), ("5.", "Meerjarenraming 2026-2029", 10),
                  ("6.", "Bijdragen deelnemende gemeenten", 11), ("7.", "Reserves", 14),
                  ("8.", "Weerstandsvermogen en risicobeheersing", 15),
                  ("9.", "Financiële kengetallen", 17)]:
    A(f"{nr}\t{t}\t{pg}")
A("")
A("1. Inleiding")
A(f"Werkbedrijf Espelgaard is de gemeenschappelijke regeling van negen gemeenten: Gansoord, Amelrode, Kesselaar, Ossendaal, Tiemersum, Haverzijl, Brummelstee, Teunisdorp en Overzande. Het werkbedrijf voert voor deze gemeenten de Wet sociale werkvoorziening (Wsw) uit en biedt beschut werk aan inwoners die alleen in een beschutte omgeving kunnen werken. Daarnaast detacheert het werkbedrijf medewerkers bij werkgevers in de regio en verzorgt het groenonderhoud, schoonmaak, verpakkingswerk en fietsreparatie.")
A(f"Hierbij bieden wij u de begroting 2026 en de meerjarenraming 2027-2029 aan. De begroting is sluitend: na inzet van de reserves is het resultaat in alle jaren nul. De totale gemeentelijke bijdrage stijgt in 2026 naar {mln(GEM_TOT[2])}, {mln(d_tot)} meer dan in de begroting 2025. In hoofdstuk 6 lichten wij toe waar die stijging vandaan komt en wat dit per gemeente betekent.")
A("De zienswijzen van de gemeenteraden op de ontwerpbegroting zijn verwerkt. De raden van Gansoord en Kesselaar hebben gevraagd om een scherpere onderbouwing van de groei van beschut werk; die is opgenomen in paragraaf 3.2.")
A("")
A("2. Kerncijfers")
A("De onderstaande cijfers zijn gemiddelden over het jaar, tenzij anders vermeld.")
A("")
w0 = 42
A("Kerncijfer".ljust(w0) + "".join(y.split()[0].rjust(11) for y in YRS))
A(" ".ljust(w0) + "".join(y.split()[1].rjust(11) for y in YRS))
for lab, vals in KERN:
    A(lab.ljust(w0) + "".join(v.rjust(11) for v in vals))
A("")
A("Het aantal Wsw-medewerkers daalt elk jaar met ongeveer 4 tot 5 procent, omdat sinds 2015 geen nieuwe instroom in de Wsw meer mogelijk is. Medewerkers gaan met pensioen of stromen om andere redenen uit. Het aantal plekken beschut werk groeit juist, met 16 plekken per jaar, volgens de afspraken met de deelnemende gemeenten.")
A("")
A("3. Programmaplan")
A("3.1 Wet sociale werkvoorziening")
A("Wat willen we bereiken?")
A("Wsw-medewerkers werken zo regulier mogelijk, passend bij hun mogelijkheden. Wij streven ernaar dat in 2026 minimaal 45% van de Wsw-medewerkers buiten de muren van het werkbedrijf werkt, via groepsdetachering, individuele detachering of begeleid werken.")
A("Wat gaan we daarvoor doen?")
A("•\tWij plaatsen in 2026 twaalf nieuwe groepen bij werkgevers in de regio, vooral in het groenonderhoud en de logistiek.")
A("•\tDe afdeling verpakken in Gansoord wordt verkleind; 35 medewerkers stappen over naar de fietswerkplaats en de groenploegen.")
A("•\tWij voeren voor alle medewerkers een jaarlijks ontwikkelgesprek en bieden 150 praktijkverklaringen mbo aan.")
A("")
A("3.2 Beschut werk")
A("Wat willen we bereiken?")
A(f"Inwoners die door hun beperking alleen in een beschutte omgeving kunnen werken, krijgen daarvoor de kans. De gemeenten hebben afgesproken het aantal plekken beschut werk uit te breiden van 112 in 2025 naar 128 in 2026 en daarna met 16 plekken per jaar tot 176 in 2029.")
A("Wat gaan we daarvoor doen?")
A(f"De gemeenten betalen per plek beschut werk een vast tarief dat de loonkosten na aftrek van de opbrengst en de begeleiding dekt. Het tarief bedraagt in 2026 {eur(TARIEF_BW[2026], 2)} per plek per jaar (2025: {eur(TARIEF_BW[2025], 2)}). De stijging komt door de hogere loonkosten. De gemeente betaalt voor het aantal plekken dat zij bij het werkbedrijf heeft afgenomen.")
A("")
A("3.3 Detachering en werkgeversdienstverlening")
A("Samen met het regionale werkgeversservicepunt bemiddelen wij inwoners met een uitkering naar werk. In 2026 verwachten wij 226 individuele detacheringen en 52 medewerkers in begeleid werken. De detacheringsopbrengsten stijgen naar " + mln(BATEN['Detacheringsopbrengsten'][2], 2) + ".")
A("")
A("4. Financiële begroting 2026")
A("4.1 Overzicht van baten en lasten")
A("Tabel 4.1 Baten en lasten")
A(tsv("Bedragen x € 1.000", "Rekening 2024", "Begroting 2025", "Begroting 2026", "Verschil 2026-2025"))
A("Baten")
for kk, v in BATEN.items():
    A(tsv(kk, nl_int(v[0]), nl_int(v[1]), nl_int(v[2]), nl_int(v[2] - v[1])))
A(tsv("Totaal baten", nl_int(BT[0]), nl_int(BT[1]), nl_int(BT[2]), nl_int(BT[2] - BT[1])))
A("Lasten")
for kk, v in LASTEN.items():
    A(tsv(kk, nl_int(v[0]), nl_int(v[1]), nl_int(v[2]), nl_int(v[2] - v[1])))
A(tsv("Totaal lasten", nl_int(LT[0]), nl_int(LT[1]), nl_int(LT[2]), nl_int(LT[2] - LT[1])))
A(tsv("Saldo van baten en lasten", nl_int(SALDO[0]), nl_int(SALDO[1]), nl_int(SALDO[2]), nl_int(SALDO[2] - SALDO[1])))
A(tsv("Toevoegingen aan reserves", nl_int(TOEV[0]), nl_int(TOEV[1]), nl_int(TOEV[2]), nl_int(TOEV[2] - TOEV[1])))
A(tsv("Onttrekkingen aan reserves", nl_int(ONTR[0]), nl_int(ONTR[1]), nl_int(ONTR[2]), nl_int(ONTR[2] - ONTR[1])))
A(tsv("Resultaat na bestemming", "0", "0", "0", "0"))
A("")
A("4.2 Toelichting")
A(f"Het saldo van baten en lasten is in 2026 negatief: er is een tekort van {mln(-SALDO[2], 2)}. Dit tekort wordt gedekt door een onttrekking van € {nl_int(R_HER_O[2]*1000)} aan de bestemmingsreserve herstructurering en van € {nl_int(R_MAC_O[2]*1000)} aan de reserve vervanging machinepark. Aan die laatste reserve wordt jaarlijks € {nl_int(R_MAC_T[2]*1000)} toegevoegd.")
A(f"De loonkosten van de Wsw-medewerkers dalen per saldo met € {nl_int(-d_loon*1000)}. Het aantal medewerkers daalt met 42 personen, maar de loonkosten per medewerker stijgen door de verhoging van het wettelijk minimumloon (per 1 januari en 1 juli 2026 samen 3,4%) en de cao SW, die de lonen aan het minimumloon koppelt. De rijksbijdrage Wsw daalt harder dan de loonkosten: met {mln(-d_rijk, 2)}. Het Rijk gaat uit van een lager bedrag per SE dan de werkelijke loonkosten per SE.")
A(f"De netto omzet daalt met € {nl_int(-(BATEN['Netto omzet (toegevoegde waarde)'][2]-BATEN['Netto omzet (toegevoegde waarde)'][1])*1000)}, doordat de verpakkingsafdeling wordt verkleind. Nieuwe contracten voor groenonderhoud met twee woningcorporaties vangen een deel daarvan op. In 2024 is het jaar afgesloten met een positief resultaat van € {nl_int(R_ALG_T[0]*1000)}, dat is toegevoegd aan de algemene reserve.")
A("")
A("5. Meerjarenraming 2026-2029")
A("Tabel 5.1 Meerjarenraming (bedragen x € 1.000)")
A(tsv("Omschrijving", "2026", "2027", "2028", "2029"))
A("Baten")
for kk, v in BATEN.items():
    A(tsv(kk, *[nl_int(x) for x in v[2:]]))
A(tsv("Totaal baten", *[nl_int(x) for x in BT[2:]]))
A("Lasten")
for kk, v in LASTEN.items():
    A(tsv(kk, *[nl_int(x) for x in v[2:]]))
A(tsv("Totaal lasten", *[nl_int(x) for x in LT[2:]]))
A(tsv("Saldo van baten en lasten", *[nl_int(x) for x in SALDO[2:]]))
A(tsv("Toevoegingen aan reserves", *[nl_int(x) for x in TOEV[2:]]))
A(tsv("Onttrekkingen aan reserves", *[nl_int(x) for x in ONTR[2:]]))
A(tsv("Resultaat na bestemming", "0", "0", "0", "0"))
A("")
A(f"Door de krimp van de Wsw dalen zowel de loonkosten als de rijksbijdrage verder. Omdat de rijksbijdrage sneller daalt dan de loonkosten, loopt de aanvullende gemeentelijke bijdrage op tot {mln(AANV[5], 2)} in 2029. De bestemmingsreserve herstructurering is eind 2028 nagenoeg uitgeput; vanaf 2029 is er geen onttrekking meer geraamd.")
A("")
A("6. Bijdragen deelnemende gemeenten")
A("6.1 Opbouw van de gemeentelijke bijdrage")
A("De bijdrage van een gemeente bestaat uit drie delen:")
A("1.\tDe doorbetaling van de rijksmiddelen Wsw. Elke gemeente ontvangt deze middelen via de integratie-uitkering Participatie in het gemeentefonds en betaalt ze door aan het werkbedrijf, naar rato van het aantal SE (standaardeenheden) Wsw van de gemeente.")
A("2.\tDe bijdrage beschut werk: het aantal afgenomen plekken maal het tarief per plek.")
A("3.\tDe aanvullende gemeentelijke bijdrage, die het tekort van het werkbedrijf dekt. Deze wordt verdeeld volgens de verdeelsleutel uit artikel 28 van de regeling: voor 50% naar het aandeel in het aantal inwoners en voor 50% naar het aandeel in het aantal Wsw-SE, beide per 1 januari 2025.")
A("")
A("Tabel 6.1 Verdeelsleutel aanvullende bijdrage 2026")
A(tsv("Gemeente", "Inwoners 1-1-2025", "Aandeel inwoners", "Wsw-SE 1-1-2025", "Aandeel SE", "Verdeelsleutel"))
for j, g in enumerate(GEM):
    A(tsv(g[0], nl_int(INW[j]), nl_dec(sh_inw[j] / 100) + "%", nl_dec(SE[j], 1), nl_dec(sh_se[j] / 100) + "%", nl_dec(sleutel[j] / 100) + "%"))
A(tsv("Totaal", nl_int(INW_T), "100,00%", nl_dec(SE_T, 1), "100,00%", "100,00%"))
A("")
A("Tabel 6.2 Bijdrage per gemeente 2026")
A(tsv("Bedragen in €", "Rijksmiddelen Wsw", "Beschut werk", "Plekken beschut werk", "Aanvullende bijdrage", "Totaal 2026", "Totaal begroting 2025", "Verschil"))
for j, g in enumerate(GEM):
    A(tsv(g[0], nl_int(rijk26[j]), nl_int(besch26[j]), BW26[j], nl_int(aanv26[j]), nl_int(tot26[j]), nl_int(tot25[j]), nl_int(verschil[j])))
A(tsv("Totaal", nl_int(sum(rijk26)), nl_int(sum(besch26)), BW26_T, nl_int(sum(aanv26)), nl_int(sum(tot26)), nl_int(sum(tot25)), nl_int(sum(verschil))))
A("")
A("6.2 Waarom stijgen de bijdragen?")
A(f"De totale bijdrage van de gemeenten stijgt van {mln(GEM_TOT[1], 2)} in 2025 naar {mln(GEM_TOT[2], 2)} in 2026, een stijging van € {nl_int(d_tot*1000)} ({pct(d_tot / GEM_TOT[1] * 100)}). Dat heeft drie oorzaken:")
A(f"•\tDe aanvullende bijdrage stijgt met € {nl_int(d_aanv*1000)}, van {mln(AANV[1], 2)} naar {mln(AANV[2], 2)}. De belangrijkste reden is dat de loonkosten van de Wsw-medewerkers door de stijging van het wettelijk minimumloon minder hard dalen dan de rijksbijdrage. Verder daalt de omzet door het verkleinen van de verpakkingsafdeling. Daarnaast stijgen de kosten van het eigen personeel door de cao-verhoging van 3,0% en is er minder ruimte om de bestemmingsreserve herstructurering in te zetten (€ {nl_int(R_HER_O[2]*1000)} in 2026 tegen € {nl_int(R_HER_O[1]*1000)} in 2025).")
A(f"•\tDe bijdrage beschut werk stijgt met € {nl_int(d_besch*1000)}, doordat de gemeenten 16 plekken meer afnemen en het tarief per plek hoger is.")
A(f"•\tDe doorbetaling van de rijksmiddelen Wsw daalt met € {nl_int(-d_rijk*1000)}, omdat het aantal SE afneemt. Deze daling drukt de totale bijdrage.")
A(f"Per inwoner betalen de gemeenten samen in 2026 gemiddeld {eur(per_inw26, 2)} aan het werkbedrijf. Het verschil tussen de gemeenten is groot, omdat de rijksmiddelen Wsw afhangen van het aantal Wsw-medewerkers dat in de gemeente woont.")
A("")
A("6.3 Meerjarige bijdragen")
A("Tabel 6.3 Totale bijdrage per gemeente 2026-2029 (x € 1.000)")
A(tsv("Gemeente", "2026", "2027", "2028", "2029"))
for j, g in enumerate(GEM):
    A(tsv(g[0], *[nl_int(MJ[y][j]) for y in [2026, 2027, 2028, 2029]]))
A(tsv("Totaal", *[nl_int(GEM_TOT[yi]) for yi in range(2, 6)]))
A("De meerjarige bijdragen zijn berekend met de verdeelsleutel 2026 en het aantal plekken beschut werk volgens de groeiafspraak. De verdeelsleutel wordt elk jaar opnieuw vastgesteld op basis van de stand per 1 januari van het voorafgaande jaar; de werkelijke bijdragen kunnen daardoor afwijken.")
A("")
A("7. Reserves")
A("Het werkbedrijf heeft een algemene reserve en twee bestemmingsreserves. De algemene reserve is bedoeld om risico's op te vangen en is volgens de nota reserves gemaximeerd op 5% van de totale baten. Een eventueel overschot daarboven wordt naar rato van de verdeelsleutel terugbetaald aan de gemeenten.")
A("")
A("Tabel 7.1 Verloop reserves 2026 (bedragen x € 1.000)")
A(tsv("Reserve", "Stand 1-1-2026", "Toevoeging 2026", "Onttrekking 2026", "Stand 31-12-2026"))
for kk in STAND:
    A(tsv(kk, nl_int(STAND[kk][2025]), nl_int(mut[kk][0][2]), nl_int(mut[kk][1][2]), nl_int(STAND[kk][2026])))
A(tsv("Totaal", nl_int(TOT_RES[2025]), nl_int(TOEV[2]), nl_int(ONTR[2]), nl_int(TOT_RES[2026])))
A("")
A("Tabel 7.2 Stand reserves per 31 december (bedragen x € 1.000)")
A(tsv("Reserve", "2026", "2027", "2028", "2029"))
for kk in STAND:
    A(tsv(kk, *[nl_int(STAND[kk][y]) for y in [2026, 2027, 2028, 2029]]))
A(tsv("Totaal", *[nl_int(TOT_RES[y]) for y in [2026, 2027, 2028, 2029]]))
A("")
A(f"De bestemmingsreserve herstructurering is in 2022 gevormd om de afbouw van de verpakkingsafdeling en de omscholing van medewerkers te betalen. De reserve vervanging machinepark dekt de vervanging van de machines in de fietswerkplaats en de groenploegen; in 2026 wordt € {nl_int(R_MAC_O[2]*1000)} uitgegeven aan twee nieuwe maaimachines.")
A("")
A("8. Weerstandsvermogen en risicobeheersing")
A(f"Het weerstandsvermogen is de verhouding tussen de beschikbare weerstandscapaciteit en de benodigde weerstandscapaciteit. Als beschikbare weerstandscapaciteit telt alleen de algemene reserve mee; de bestemmingsreserves zijn al voor een doel bestemd. De algemene reserve bedraagt op 1 januari 2026 € {nl_int(AR_11_2026*1000)}, ongeveer € 1,5 mln.")
A("")
A("Tabel 8.1 Risico's")
A(tsv("Risico", "Omvang (€)", "Kans", "Benodigde weerstandscapaciteit (€)"))
for (lab, b, kk), need in zip(RISKS, NEED):
    A(tsv(lab, nl_int(b), f"{kk}%", nl_int(need)))
A(tsv("Totaal", "", "", nl_int(NEED_T)))
A("")
A(f"De ratio weerstandsvermogen komt daarmee uit op € {nl_int(AR_11_2026*1000)} / € {nl_int(NEED_T)} = {nl_dec(RATIO)}. Het algemeen bestuur hanteert een ratio van minimaal 1,0 en streeft naar 1,4. De ratio valt daarmee in de categorie 'ruim voldoende'. Als de risico's zich in 2026 groter voordoen dan de algemene reserve kan opvangen, worden de gemeenten om een extra bijdrage gevraagd, verdeeld volgens de verdeelsleutel.")
A("Het grootste risico is de ontwikkeling van het minimumloon. Een extra stijging van 1% van het wettelijk minimumloon kost het werkbedrijf ongeveer € 0,3 mln per jaar. Het Rijk compenseert dit niet volledig in de rijksbijdrage Wsw.")
A("")
A("9. Financiële kengetallen")
A(tsv("Kengetal", *YRS))
for lab, v in KENG:
    A(tsv(lab, *v))
A("")
A("De netto schuldquote stijgt licht door de lening voor de verduurzaming van het bedrijfspand aan de Havenweg in Gansoord (€ 2,1 mln, looptijd 20 jaar). De structurele exploitatieruimte is negatief, omdat het tekort deels met reserves wordt gedekt. Vanaf 2029 is de begroting structureel in evenwicht.")
A("")

text = "\r\n".join(L) + "\r\n"
with open(OUT, "w", encoding="utf-8") as f:
    f.write(text)

facts = dict(GEM=[g[0] for g in GEM], INW=INW, INW_T=INW_T, SE=SE, SE_T=SE_T,
             sh_inw=sh_inw, sh_se=sh_se, sleutel=sleutel, rijk26=rijk26, besch26=besch26,
             aanv26=aanv26, tot26=tot26, tot25=tot25, verschil=verschil, MJ=MJ, BATEN=BATEN,
             LASTEN=LASTEN, BT=BT, LT=LT, SALDO=SALDO, TOEV=TOEV, ONTR=ONTR, GEM_TOT=GEM_TOT,
             STAND=STAND, TOT_RES=TOT_RES, RISKS=RISKS, NEED=NEED, NEED_T=NEED_T, RATIO=RATIO,
             per_inw26=per_inw26, d_tot=d_tot)
with open(os.path.join(HERE, "facts_espelgaard.json"), "w") as f:
    json.dump(facts, f, indent=1, ensure_ascii=False)
print("AANV", AANV, "GEM_TOT", GEM_TOT, "BT", BT, "LT", LT, "SALDO", SALDO, "ratio", RATIO, NEED_T)
print("per inw", per_inw26, "d_tot", d_tot)
