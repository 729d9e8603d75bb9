#!/usr/bin/env python3
"""Generator for the fictional 'Programmabegroting 2026' of Gemeente Stellingmoer.

Companion of set-q's 'Jaarstukken 2025' (copied unchanged into ../corpus/).  Same seven
programmes.  The column 'Begroting 2025' is the begroting 2025 NA WIJZIGING of the
jaarstukken, rounded to thousands (asserted below against the jaarstukken figures).

Writes source/stellingmoer_begroting_2026.html and prints it with Chromium to
corpus/stellingmoer-programmabegroting-2026.pdf.  Programme tables, the overzicht van baten en
lasten, the taakveld overview, the woonlasten and the weerstandsvermogen are computed and
asserted here.
"""
import html
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(os.path.dirname(HERE), "corpus")
HTML_OUT = os.path.join(HERE, "stellingmoer_begroting_2026.html")
PDF_OUT = os.path.join(CORPUS, "stellingmoer-programmabegroting-2026.pdf")

YEARS = ["R2024", "B2025", "B2026", "M2027", "M2028", "M2029"]
FUT = ["B2026", "M2027", "M2028", "M2029"]


# ---------------------------------------------------------------- formatting
def nl(n):
    s = f"{abs(int(n)):,}".replace(",", ".")
    return ("-" + s) if n < 0 else s


def e(s):
    return html.escape(s, quote=False)


def pct1(x):
    return f"{x:.1f}".replace(".", ",") + "%"


def money2(x):
    return "€ " + f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def k1000(x):
    return int(round(x / 1000.0))


# ---------------------------------------------------------------- jaarstukken 2025 (na wijziging), in euros
# copied from set-q/source/make_jaarstukken.py (programmes: lasten, baten, toevoegingen, onttrekkingen)
JS_NW = {
    1: (6_688_900, 1_112_000, 0, 150_000),
    2: (2_941_200, 96_000, 0, 0),
    3: (10_104_300, 1_322_000, 250_000, 780_000),
    4: (8_915_600, 1_566_000, 0, 518_460),
    5: (38_442_800, 7_905_000, 0, 1_350_000),
    6: (9_388_100, 9_701_000, 120_000, 0),
    7: (7_812_400, 5_284_000, 0, 200_000),
}
JS_ADM_NW = dict(ozb=9_412_000, au=55_335_190, div=312_000, overig=185_000, lasten=640_000)
JS_OVH_NW = dict(lasten=10_612_000, baten=312_000)
JS_ONV_NW = 38_000
JS_RESULTAAT_NW = -412_650
JS_TOT_LASTEN_NW, JS_TOT_BATEN_NW = 95_583_300, 92_542_190
JS_RESULTAAT_2024 = 2_046_318

# ---------------------------------------------------------------- programmes (x € 1.000)
# per programme: lasten, baten, toevoegingen, onttrekkingen for R2024 and B2026..M2029;
# B2025 is derived from JS_NW.
P = [
    dict(nr=1, naam="Bestuur en dienstverlening",
         L=[6_204, None, 6_812, 6_745, 6_790, 6_802],
         B=[1_241, None, 1_158, 1_160, 1_162, 1_165],
         T=[0, None, 0, 0, 0, 0],
         O=[85, None, 120, 60, 0, 0]),
    dict(nr=2, naam="Veiligheid",
         L=[2_786, None, 3_104, 3_132, 3_160, 3_188],
         B=[71, None, 62, 62, 62, 62],
         T=[0, None, 0, 0, 0, 0],
         O=[0, None, 0, 0, 0, 0]),
    dict(nr=3, naam="Openbare ruimte en mobiliteit",
         L=[9_112, None, 10_486, 9_874, 9_921, 10_012],
         B=[1_318, None, 1_364, 1_371, 1_378, 1_385],
         T=[250, None, 250, 250, 250, 250],
         O=[380, None, 892, 420, 420, 420]),
    dict(nr=4, naam="Onderwijs, sport en cultuur",
         L=[8_421, None, 9_652, 9_701, 9_688, 9_645],
         B=[1_498, None, 1_640, 1_652, 1_664, 1_676],
         T=[0, None, 0, 0, 0, 0],
         O=[518, None, 518, 518, 518, 518]),
    dict(nr=5, naam="Sociaal domein",
         L=[36_918, None, 40_812, 41_206, 41_524, 41_890],
         B=[7_804, None, 8_146, 8_160, 8_175, 8_190],
         T=[0, None, 0, 0, 0, 0],
         O=[600, None, 750, 500, 250, 0]),
    dict(nr=6, naam="Volksgezondheid en milieu",
         L=[9_044, None, 9_712, 9_804, 9_881, 9_950],
         B=[9_512, None, 10_108, 10_246, 10_372, 10_490],
         T=[95, None, 0, 0, 0, 0],
         O=[0, None, 150, 150, 0, 0]),
    dict(nr=7, naam="Wonen en ruimtelijke ontwikkeling",
         L=[6_312, None, 8_436, 6_912, 5_840, 5_420],
         B=[3_880, None, 6_015, 4_604, 3_512, 3_166],
         T=[0, None, 0, 0, 0, 0],
         O=[200, None, 250, 200, 150, 100]),
]
for p in P:
    l, b, t, o = JS_NW[p["nr"]]
    p["L"][1], p["B"][1], p["T"][1], p["O"][1] = k1000(l), k1000(b), k1000(t), k1000(o)
    p["S"] = [p["B"][i] - p["L"][i] for i in range(6)]
    p["R"] = [p["S"][i] - p["T"][i] + p["O"][i] for i in range(6)]

# Algemene dekkingsmiddelen (x € 1.000); AU is the balancing item for R2024 and the future years
ADM = dict(
    ozb=[9_012, k1000(JS_ADM_NW["ozb"]), 9_884, 10_182, 10_486, 10_798],
    au=[None, k1000(JS_ADM_NW["au"]), None, None, None, None],
    div=[305, k1000(JS_ADM_NW["div"]), 298, 298, 298, 298],
    overig=[162, k1000(JS_ADM_NW["overig"]), 150, 150, 150, 150],
    lasten=[598, k1000(JS_ADM_NW["lasten"]), 652, 660, 668, 676],
)
OVH = dict(L=[9_988, k1000(JS_OVH_NW["lasten"]), 10_944, 11_012, 11_078, 11_120],
           B=[330, k1000(JS_OVH_NW["baten"]), 320, 320, 320, 320])
ONV = [0, k1000(JS_ONV_NW), 100, 100, 100, 100]
TARGET = {0: 2_046, 2: 212, 3: -385, 4: 104, 5: 466}   # begrotingsresultaat (x € 1.000)


def tot_prog(key, i):
    return sum(p[key][i] for p in P)


for i in range(6):
    if ADM["au"][i] is not None:
        continue
    rest = (tot_prog("S", i) - tot_prog("T", i) + tot_prog("O", i)
            + ADM["ozb"][i] + ADM["div"][i] + ADM["overig"][i] - ADM["lasten"][i]
            + OVH["B"][i] - OVH["L"][i] - ONV[i])
    ADM["au"][i] = TARGET[i] - rest
ADM["baten"] = [ADM["ozb"][i] + ADM["au"][i] + ADM["div"][i] + ADM["overig"][i] for i in range(6)]
ADM["saldo"] = [ADM["baten"][i] - ADM["lasten"][i] for i in range(6)]
OVH["S"] = [OVH["B"][i] - OVH["L"][i] for i in range(6)]

TOT_L = [tot_prog("L", i) + ADM["lasten"][i] + OVH["L"][i] + ONV[i] for i in range(6)]
TOT_B = [tot_prog("B", i) + ADM["baten"][i] + OVH["B"][i] for i in range(6)]
SALDO = [TOT_B[i] - TOT_L[i] for i in range(6)]
TOEV = [tot_prog("T", i) for i in range(6)]
ONTT = [tot_prog("O", i) for i in range(6)]
RES = [SALDO[i] - TOEV[i] + ONTT[i] for i in range(6)]
assert SALDO == [tot_prog("S", i) + ADM["saldo"][i] + OVH["S"][i] - ONV[i] for i in range(6)]
# consistency with the jaarstukken 2025 (begroting na wijziging)
assert TOT_L[1] == k1000(JS_TOT_LASTEN_NW) and TOT_B[1] == k1000(JS_TOT_BATEN_NW), (TOT_L[1], TOT_B[1])
assert RES[1] == k1000(JS_RESULTAAT_NW), RES[1]
assert RES[0] == k1000(JS_RESULTAAT_2024)
for i, t in TARGET.items():
    assert RES[i] == t
assert 58_000 < ADM["au"][2] < 60_000 and 53_000 < ADM["au"][0] < 56_000, ADM["au"]
assert ADM["au"][3] < ADM["au"][2]  # the dip in 2027 the inleiding describes

# ---------------------------------------------------------------- kerngegevens
KERN = [
    ("Inwoners", "31.512"),
    ("waarvan 0 tot en met 17 jaar", "6.318"),
    ("waarvan 65 jaar en ouder", "6.904"),
    ("Huishoudens", "13.284"),
    ("Woningen", "13.698"),
    ("Oppervlakte (hectare)", "6.874"),
]
# 13.698 woningen on 1-1-2025 + 214 opgeleverd in 2025 (jaarstukken) = 13.912 (jaarstukken 31-12-2025)
assert 13_698 + 214 == 13_912

# ---------------------------------------------------------------- taakvelden 2026 (x € 1.000)
# (code, naam, programma, lasten, baten); None = remainder so that the programme totals match
TV = [
    ("0.1", "Bestuur", 1, 3_614, 12),
    ("0.2", "Burgerzaken", 1, None, None),
    ("0.4", "Overhead", "OV", OVH["L"][2], OVH["B"][2]),
    ("0.5", "Treasury", "AD", 0, ADM["div"][2] + ADM["overig"][2]),
    ("0.61", "OZB woningen", "AD", 402, 6_412),
    ("0.62", "OZB niet-woningen", "AD", ADM["lasten"][2] - 402, ADM["ozb"][2] - 6_412),
    ("0.7", "Algemene uitkering en overige uitkeringen gemeentefonds", "AD", 0, ADM["au"][2]),
    ("0.8", "Overige baten en lasten", "ON", ONV[2], 0),
    ("0.10", "Mutaties reserves", "RE", TOEV[2], ONTT[2]),
    ("0.11", "Resultaat van de rekening van baten en lasten", "RS", max(RES[2], 0), max(-RES[2], 0)),
    ("1.1", "Crisisbeheersing en brandweer", 2, 2_086, 0),
    ("1.2", "Openbare orde en veiligheid", 2, None, None),
    ("2.1", "Verkeer en vervoer", 3, 7_318, 1_102),
    ("3.1", "Economische ontwikkeling", 7, 412, 18),
    ("3.4", "Economische promotie", 7, 164, 248),
    ("4.2", "Onderwijshuisvesting", 4, 3_412, 186),
    ("4.3", "Onderwijsbeleid en leerlingzaken", 4, 2_746, 412),
    ("5.1", "Sportbeleid en activering", 4, 412, 38),
    ("5.2", "Sportaccommodaties", 4, 1_986, 842),
    ("5.3", "Cultuurpresentatie, cultuurproductie en cultuurparticipatie", 4, 486, 24),
    ("5.6", "Media", 4, None, None),
    ("5.7", "Openbaar groen en (openlucht) recreatie", 3, None, None),
    ("6.1", "Samenkracht en burgerparticipatie", 5, 2_214, 118),
    ("6.2", "Toegang en eerstelijnsvoorzieningen", 5, 3_486, 42),
    ("6.3", "Inkomensregelingen", 5, 8_912, 6_904),
    ("6.4", "WSW en beschut werk", 5, 2_108, 0),
    ("6.5", "Arbeidsparticipatie", 5, 1_246, 120),
    ("6.6", "Maatwerkvoorzieningen (Wmo)", 5, 1_512, 64),
    ("6.71", "Maatwerkdienstverlening 18+", 5, 5_984, 412),
    ("6.72", "Maatwerkdienstverlening 18-", 5, 8_106, 0),
    ("6.81", "Geëscaleerde zorg 18+", 5, 1_380, 486),
    ("6.82", "Geëscaleerde zorg 18-", 5, None, None),
    ("7.1", "Volksgezondheid", 6, 1_688, 0),
    ("7.2", "Riolering", 6, 3_104, 3_942),
    ("7.3", "Afval", 6, 4_312, 4_784),
    ("7.4", "Milieubeheer", 6, 388, 1_076),
    ("7.5", "Begraafplaatsen en crematoria", 6, None, None),
    ("8.1", "Ruimtelijke ordening", 7, 1_214, 86),
    ("8.2", "Grondexploitatie (niet-bedrijventerreinen)", 7, 5_102, 4_986),
    ("8.3", "Wonen en bouwen", 7, None, None),
]
TV = [list(t) for t in TV]
for p in P:
    rows = [t for t in TV if t[2] == p["nr"]]
    open_rows = [t for t in rows if t[3] is None]
    assert len(open_rows) == 1
    r = open_rows[0]
    r[3] = p["L"][2] - sum(t[3] for t in rows if t is not r)
    r[4] = p["B"][2] - sum(t[4] for t in rows if t is not r)
    assert r[3] > 0 and r[4] >= 0, r
    assert sum(t[3] for t in rows) == p["L"][2] and sum(t[4] for t in rows) == p["B"][2]
TV_L = sum(t[3] for t in TV)
TV_B = sum(t[4] for t in TV)
assert TV_L == TV_B, (TV_L, TV_B)  # incl. mutaties reserves and resultaat the overview balances
assert TV_L - TOEV[2] - max(RES[2], 0) == TOT_L[2]
assert TV_B - ONTT[2] - max(-RES[2], 0) == TOT_B[2]
assert len(TV) >= 20
JEUGD_2026 = sum(t[3] for t in TV if t[0] in ("6.72", "6.82"))

# ---------------------------------------------------------------- lokale heffingen
# (naam, grondslag, tarief 2025, tarief 2026, is_percentage)
TARIEVEN = [
    ("OZB woningen, eigenaar", "% van de WOZ-waarde", 0.0842, 0.0822, True),
    ("OZB niet-woningen, eigenaar", "% van de WOZ-waarde", 0.1685, 0.1718, True),
    ("OZB niet-woningen, gebruiker", "% van de WOZ-waarde", 0.1352, 0.1379, True),
    ("Afvalstoffenheffing eenpersoonshuishouden", "per jaar", 241.20, 249.60, False),
    ("Afvalstoffenheffing meerpersoonshuishouden", "per jaar", 318.00, 329.40, False),
    ("Rioolheffing", "per aansluiting, eigenaar", 262.80, 279.36, False),
    ("Toeristenbelasting", "per persoon per nacht", 1.85, 2.10, False),
]


def tarief(v, is_pct):
    return (f"{v:.4f}".replace(".", ",") + "%") if is_pct else money2(v)


def wijz(a, b):
    d = round(100.0 * (b - a) / a, 1)
    return ("+" if d > 0 else "") + f"{d:.1f}".replace(".", ",") + "%"


TD = {t[0]: t for t in TARIEVEN}
WOZ = (356_000, 378_000)  # gemiddelde WOZ-waarde woning 2025 (jaarstukken indicator: 356 x € 1.000) and 2026
OZB_WON = tuple(round(WOZ[i] * TD["OZB woningen, eigenaar"][2 + i] / 100.0, 2) for i in range(2))
WL = [
    ("Gemiddelde WOZ-waarde woning", WOZ[0], WOZ[1]),
    ("Onroerendezaakbelasting eigenaar", OZB_WON[0], OZB_WON[1]),
    ("Rioolheffing", TD["Rioolheffing"][2], TD["Rioolheffing"][3]),
    ("Afvalstoffenheffing meerpersoonshuishouden", TD["Afvalstoffenheffing meerpersoonshuishouden"][2],
     TD["Afvalstoffenheffing meerpersoonshuishouden"][3]),
]
WL_TOT = tuple(round(sum(r[1 + i] for r in WL[1:]), 2) for i in range(2))
WL_EEN_2026 = round(OZB_WON[1] + TD["Rioolheffing"][3] + TD["Afvalstoffenheffing eenpersoonshuishouden"][3], 2)
assert abs(OZB_WON[0] - 299.75) < 0.006 and abs(OZB_WON[1] - 310.72) < 0.006, OZB_WON

# ---------------------------------------------------------------- weerstandsvermogen
AR_1_1_2026 = 14_212_480          # = jaarstukken stand 31-12-2025 (no mutations in 2025)
ONBENUT = 2_280_000
CAP = [("Algemene reserve (verwachte stand 1 januari 2026)", AR_1_1_2026),
       ("Onbenutte belastingcapaciteit", ONBENUT),
       ("Post onvoorzien 2026", ONV[2] * 1000)]
CAP_TOT = sum(v for _, v in CAP)
RISICOS = [
    ("Open-eindregelingen jeugdhulp en Wmo", 2_400_000),
    ("Bijdragen aan gemeenschappelijke regelingen (Veiligheidsregio, GGD)", 650_000),
    ("Grondexploitatie De Kolk fase 2 (lagere of latere grondverkopen)", 1_850_000),
    ("Algemene uitkering na 2026 (herijking en opschalingskorting)", 1_500_000),
    ("Loon- en prijsontwikkeling boven de indexering", 900_000),
    ("Aansprakelijkheidsstellingen en claims", 350_000),
    ("Overige risico's", 500_000),
]
BEN_TOT = sum(v for _, v in RISICOS)
assert BEN_TOT == 8_150_000
RATIO = round(CAP_TOT / BEN_TOT, 2)
assert RATIO == 2.04, RATIO

KENGETALLEN = [
    # Rekening 2024 and Begroting 2025 equal the jaarstukken' Tabel 8.2 columns
    ("Netto schuldquote", ["71,8%", "74,0%", "79,3%", "82,6%", "83,1%", "81,4%"]),
    ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", ["66,5%", "68,9%", "74,2%", "77,8%", "78,4%", "76,9%"]),
    ("Solvabiliteitsratio", ["26,1%", "21,5%", "22,8%", "22,1%", "21,9%", "22,4%"]),
    ("Grondexploitatie", ["8,9%", "7,1%", "6,4%", "5,2%", "4,0%", "3,1%"]),
    ("Structurele exploitatieruimte", ["1,2%", "0,3%", "0,6%", "-0,4%", "0,2%", "0,5%"]),
    ("Belastingcapaciteit", ["96,4%", "97,0%", "98,2%", "n.v.t.", "n.v.t.", "n.v.t."]),
]


# ---------------------------------------------------------------- verbonden partijen (euros)
VP = [
    # naam, rechtsvorm/taak, begroting 2025, begroting 2026
    ("Veiligheidsregio Stellingmoer-Rivierland", "brandweer, crisisbeheersing en GHOR", 1_898_400, 2_041_300),
    ("GGD Rivierland", "publieke gezondheid en jeugdgezondheidszorg", 1_012_600, 1_078_900),
    ("Omgevingsdienst Rivierland", "vergunningverlening, toezicht en handhaving milieu", 684_200, 712_500),
    ("Belastingsamenwerking Rivierland", "heffing en invordering van belastingen, WOZ", 402_000, 418_000),
    ("Werkbedrijf Rivierland", "uitvoering Wsw en beschut werk", 1_984_000, 2_036_000),
]
VP_TOT = (sum(v[2] for v in VP), sum(v[3] for v in VP))
assert VP[0][3] == 2_041_300  # equals the amount in the text of programma 2
assert VP[3][3] <= ADM["lasten"][2] * 1000  # fits within 'lasten heffing en invordering' 2026
assert VP[4][3] <= [t for t in TV if t[0] == "6.4"][0][3] * 1000  # fits within taakveld 6.4 lasten

# ---------------------------------------------------------------- investeringsplan (x € 1.000)
INV = [
    # naam, programma, 2026, 2027, 2028, 2029
    ("Reconstructie Molenweg (restant krediet 2025)", 3, 2_120, 0, 0, 0),
    ("Vervanging riolering Oostwijk fase 2 (restant krediet 2025)", 6, 565, 0, 0, 0),
    ("Vervanging voertuigen buitendienst (elektrisch)", 3, 310, 0, 0, 0),
    ("Vervanging riolering Westwijk", 6, 0, 1_150, 1_200, 1_250),
    ("Renovatie sporthal De Hoorn", 4, 450, 2_950, 0, 0),
    ("Nieuwbouw brede school Zuid", 4, 0, 800, 4_600, 1_400),
    ("Uitbreiding begraafplaats Oude Es", 6, 420, 0, 0, 0),
    ("Vervanging ICT-werkplekken en netwerk", 1, 138, 260, 0, 310),
    ("Fietsverbinding Stationsgebied - De Kolk", 3, 0, 640, 0, 0),
    ("Vervanging openbare verlichting masten", 3, 180, 180, 180, 180),
]
INV_TOT = [sum(r[2 + i] for r in INV) for i in range(4)]
INV_ROWTOT = [sum(r[2:]) for r in INV]
assert sum(INV_TOT) == sum(INV_ROWTOT)
NIEUWE_LENINGEN_2026 = 8_000_000

# ---------------------------------------------------------------- programme texts
TXT = {
    1: dict(
        bereiken=[
            "Inwoners en ondernemers kunnen hun zaken met de gemeente snel en eenvoudig regelen, digitaal of aan de balie.",
            "In 2026 kunnen inwoners 55 producten volledig digitaal aanvragen (2025: 41).",
            "Wij beslissen op ten minste 80% van de Woo-verzoeken binnen de wettelijke termijn.",
        ],
        doen=[
            "Wij nemen in het voorjaar van 2026 een nieuw raadsinformatiesysteem in gebruik.",
            "Het Klantcontactcentrum is vanaf 1 maart 2026 ook op dinsdagavond tot 20.00 uur open.",
            "Voor de vervolgstappen in de organisatieontwikkeling zetten wij € 120.000 in uit de reserve organisatieontwikkeling.",
        ],
    ),
    2: dict(
        bereiken=[
            "Stellingmoer blijft een veilige gemeente: het aantal woninginbraken daalt verder naar minder dan 45 per jaar.",
            "Jongeren raken minder vaak betrokken bij overlast en criminaliteit.",
        ],
        doen=[
            "De bijdrage aan de Veiligheidsregio stijgt in 2026 naar € 2.041.300, vooral door de loonstijging uit de nieuwe cao.",
            "Wij zetten een extra boa in voor het buitengebied en de omgeving van het Stationsplein.",
            "Samen met politie en scholen starten wij het project 'Weerbaar Stellingmoer' tegen ondermijning.",
        ],
    ),
    3: dict(
        bereiken=[
            "Wegen, fietspaden en openbare verlichting zijn veilig en goed onderhouden.",
            "In 2026 is alle openbare verlichting in Stellingmoer voorzien van led (eind 2024: 68%).",
        ],
        doen=[
            "Wij voeren in 2026 de reconstructie van de Molenweg uit, die in 2025 is uitgesteld omdat de nutsbedrijven hun werk niet eerder konden inplannen. "
            "Voor de reconstructie is in 2025 een krediet van € 2,4 miljoen beschikbaar gesteld; het groot onderhoud van € 472.000 dekken wij uit de reserve onderhoud kapitaalgoederen.",
            "Wij asfalteren ongeveer 12 kilometer weg opnieuw.",
            "De voertuigen van de buitendienst worden vervangen door elektrische voertuigen.",
        ],
    ),
    4: dict(
        bereiken=[
            "Ieder kind gaat naar een goed en duurzaam schoolgebouw.",
            "Meer inwoners sporten en bewegen; het aandeel niet-sporters daalt onder de 45%.",
        ],
        doen=[
            "Kindcentrum Noorderlicht is sinds de zomer van 2025 in gebruik. In 2026 dragen wij voor het eerst een heel jaar de kapitaallasten.",
            "Voor het leerlingenvervoer ramen wij € 1.380.000; het nieuwe vervoerscontract gaat in op 1 augustus 2026.",
            "Wij verlengen de bijdrage aan het Jeugdfonds Sport & Cultuur met € 60.000 per jaar.",
        ],
    ),
    5: dict(
        bereiken=[
            "Inwoners krijgen op tijd de zorg en ondersteuning die zij nodig hebben, zo dicht mogelijk bij huis.",
            "Minder jongeren verblijven in een residentiële voorziening; het aantal daalt in 2027 naar 40.",
            "Meer inwoners vinden betaald werk: het aantal huishoudens in de bijstand daalt naar 390.",
        ],
        doen=[
            "Wij trekken in 2026 € 1,8 miljoen extra uit voor jeugdhulp, vooral voor jeugdhulp met verblijf en specialistische ambulante hulp.",
            "Voor de Wmo ramen wij € 0,7 miljoen meer, omdat het aantal cliënten voor huishoudelijke hulp blijft stijgen door het abonnementstarief.",
            "Wij voeren het plan 'Passende zorg Stellingmoer' uit: een praktijkondersteuner jeugd bij alle huisartsen, één toegangsteam voor jeugd en Wmo en strakkere afspraken met aanbieders over de duur van trajecten.",
            "Uit de reserve sociaal domein zetten wij in 2026 € 750.000 in om de stijging van de kosten tijdelijk op te vangen.",
        ],
    ),
    6: dict(
        bereiken=[
            "Minder restafval: in 2026 gooit iedere inwoner nog 120 kilo restafval weg.",
            "Een klimaatbestendige gemeente met een goed werkend rioolstelsel.",
        ],
        doen=[
            "Wij zetten € 150.000 uit de reserve egalisatie afvalstoffenheffing in, zodat de afvalstoffenheffing minder stijgt dan de kosten.",
            "Wij vervangen de riolering in Oostwijk (fase 2) en koppelen daar de regenwaterafvoer af.",
            "De energiecoaches bezoeken in 2026 nog eens 400 woningen.",
        ],
    ),
    7: dict(
        bereiken=[
            "Voldoende betaalbare woningen voor starters, senioren en gezinnen.",
            "Ten minste 30% van de nieuwe woningen is een sociale huurwoning.",
        ],
        doen=[
            "In 2026 en 2027 bouwen wij samen met woningcorporatie Woonstede en ontwikkelaars ruim 400 woningen in De Kolk fase 2 en het Stationsgebied.",
            "In De Kolk fase 2 verwachten wij in 2026 34 kavels te verkopen. Het bouwrijp maken is in 2025 gestart.",
            "Wij gaan door met de starterslening en stellen daarvoor € 500.000 beschikbaar uit de reserve volkshuisvesting (verdeeld over 2026 tot en met 2029).",
        ],
    ),
}

# ---------------------------------------------------------------- html
CSS = """
@page {
  size: A4 portrait;
  margin: 21mm 17mm 18mm 17mm;
  @top-left { content: "Gemeente Stellingmoer"; font: 8pt 'Liberation Serif', serif; color: #31456b; }
  @top-right { content: "Programmabegroting 2026"; font: 8pt 'Liberation Serif', serif; color: #31456b; }
  @bottom-center { content: "- " counter(page) " -"; font: 8.5pt 'Liberation Serif', serif; color: #333; }
}
@page :first { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 10pt; line-height: 1.28; color: #191919; }
h1 { font-family: 'Liberation Sans', sans-serif; font-size: 16pt; color: #31456b; margin: 0 0 7pt 0; }
h2 { font-family: 'Liberation Sans', sans-serif; font-size: 12.5pt; color: #31456b; margin: 12pt 0 4pt 0; }
h3 { font-family: 'Liberation Sans', sans-serif; font-size: 10.3pt; color: #31456b; margin: 8pt 0 2pt 0; font-style: italic; }
p { margin: 3pt 0 5pt 0; }
ul { margin: 2pt 0 4pt 0; padding-left: 15pt; }
li { margin-bottom: 1.5pt; }
table { border-collapse: collapse; margin: 3pt 0 6pt 0; font-family: 'Liberation Sans', sans-serif; font-size: 8.4pt; break-inside: avoid; }
table.w { width: 100%; }
th, td { border: 0.7pt solid #5d6d86; padding: 2pt 4pt; }
th { background: #e4e9f2; font-weight: bold; text-align: right; vertical-align: bottom; }
th.l, td.l { text-align: left; }
th.c, td.c { text-align: center; }
td { text-align: right; white-space: nowrap; }
td.l { white-space: normal; }
tr.tot td { font-weight: bold; background: #f2f4f8; }
h2, h3, .caption { break-after: avoid; }
.caption { font-family: 'Liberation Sans', sans-serif; font-size: 8.6pt; font-weight: bold; color: #31456b; margin-top: 7pt; }
.note { font-size: 8.3pt; color: #444; }
.pb { break-before: page; }
.cover { position: relative; }
.cover .t1 { font-family: 'Liberation Sans', sans-serif; font-size: 32pt; font-weight: bold; color: #31456b; margin-top: 55mm; }
.cover .t2 { font-family: 'Liberation Sans', sans-serif; font-size: 15pt; margin-top: 6pt; color: #31456b; }
.cover .line { border-top: 3pt solid #c8892b; width: 60mm; margin: 10mm 0; }
.cover .meta { font-size: 11pt; }
.toc td { border: none; text-align: left; padding: 1pt 6pt 1pt 0; font-size: 9.8pt; font-family: 'Liberation Serif', serif; }
table.compact td, table.compact th { padding: 1.2pt 4pt; }
table.compact td:first-child { width: 12mm; }
.kader { border: 1pt solid #31456b; padding: 4pt 8pt; margin: 6pt 0; background: #f4f6fa; }
"""


def row(cells, cls=""):
    out = [f'<tr class="{cls}">' if cls else "<tr>"]
    for i, c in enumerate(cells):
        if isinstance(c, tuple):
            out.append(f'<td class="{c[1]}">{e(c[0])}</td>')
        elif i == 0:
            out.append(f'<td class="l">{e(c)}</td>')
        else:
            out.append(f"<td>{e(c)}</td>")
    out.append("</tr>")
    return "".join(out)


def head6(first="Omschrijving"):
    return ('<tr><th class="l" rowspan="2">' + first + '</th><th rowspan="2">Rekening<br>2024</th>'
            '<th rowspan="2">Begroting<br>2025</th><th rowspan="2">Begroting<br>2026</th>'
            '<th colspan="3" class="c">Meerjarenraming</th></tr><tr><th>2027</th><th>2028</th><th>2029</th></tr>')


def kosten_tabel(p):
    h = [f'<div class="caption">Tabel 2.{p["nr"]} Wat mag het kosten? Programma {p["nr"]} {e(p["naam"])} (bedragen x € 1.000)</div>',
         '<table class="w">' + head6()]
    for label, key, cls in [("Lasten", "L", ""), ("Baten", "B", ""), ("Saldo van baten en lasten", "S", "tot"),
                            ("Toevoegingen aan reserves", "T", ""), ("Onttrekkingen aan reserves", "O", ""),
                            ("Resultaat", "R", "tot")]:
        h.append(row([label] + [nl(v) for v in p[key]], cls))
    h.append("</table>")
    return "\n".join(h)


def programma_html(p):
    t = TXT[p["nr"]]
    h = [f'<h2>2.{p["nr"]} Programma {p["nr"]} {e(p["naam"])}</h2>', "<h3>Wat willen we bereiken?</h3><ul>"]
    h += [f"<li>{e(x)}</li>" for x in t["bereiken"]]
    h.append("</ul><h3>Wat gaan we daarvoor doen?</h3><ul>")
    h += [f"<li>{e(x)}</li>" for x in t["doen"]]
    h.append("</ul><h3>Wat mag het kosten?</h3>")
    h.append(kosten_tabel(p))
    return "\n".join(h)


def build():
    o = ['<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Programmabegroting 2026 - Gemeente Stellingmoer</title>',
         f"<style>{CSS}</style></head><body>"]
    o.append('<div class="cover"><div class="t1">Programmabegroting 2026</div>'
             '<div class="t2">en meerjarenraming 2027-2029<br>Gemeente Stellingmoer</div><div class="line"></div>'
             '<div class="meta">Aangeboden aan de gemeenteraad op 29 september 2025<br>'
             'Vastgesteld door de raad op 6 november 2025<br><br>Gemeente Stellingmoer<br>Raadhuisplein 1<br>7914 AB Stellingmoer</div></div>')
    # inhoud + inleiding
    o.append('<div class="pb"><h1>Inhoud</h1><table class="toc">')
    toc = [("1", "Inleiding"), ("2", "Programmaplan")]
    toc += [(f"2.{p['nr']}", f"Programma {p['nr']} {p['naam']}") for p in P]
    toc += [("3", "Algemene dekkingsmiddelen, overhead en onvoorzien"), ("4", "Overzicht van baten en lasten"),
            ("5", "Paragraaf lokale heffingen"), ("6", "Paragraaf weerstandsvermogen en risicobeheersing"),
            ("7", "Paragraaf verbonden partijen"), ("8", "Paragraaf investeringen en financiering"),
            ("Bijlage", "Overzicht per taakveld 2026")]
    for n, t in toc:
        o.append(f"<tr><td>{n}</td><td>{e(t)}</td></tr>")
    o.append("</table>")
    o.append("<h1>1. Inleiding</h1>")
    o.append(f"<p>Met deze programmabegroting leggen wij aan de raad voor wat wij in 2026 willen bereiken, wat wij daarvoor gaan doen en wat dat mag kosten. "
             f"De begroting 2026 is sluitend: zij sluit met een positief resultaat van € {nl(RES[2])}.000. "
             f"Voor 2027 verwachten wij een tekort van € {nl(-RES[3])}.000; in 2028 en 2029 is de meerjarenraming weer sluitend, "
             f"met een overschot van € {nl(RES[4])}.000 en € {nl(RES[5])}.000.</p>")
    o.append("<p>Het tekort in 2027 ontstaat vooral doordat de algemene uitkering uit het gemeentefonds in 2027 lager is dan in 2026 "
             "(herijking en de opschalingskorting), terwijl de uitgaven voor jeugdhulp en Wmo blijven stijgen. Wij komen in de voorjaarsnota 2026 "
             "met voorstellen om ook 2027 sluitend te maken.</p>")
    o.append("<p>De belangrijkste keuzes in deze begroting: € 1,8 miljoen extra voor jeugdhulp, de reconstructie van de Molenweg, "
             "ruim 400 nieuwe woningen in 2026 en 2027 en een beperkte stijging van de woonlasten met 4,4% voor een huishouden met een koopwoning.</p>")
    o.append('<div class="caption">Tabel 1.1 Kerngegevens per 1 januari 2025</div><table>'
             '<tr><th class="l">Kerngegeven</th><th>Aantal</th></tr>')
    for k, v in KERN:
        o.append(row([k, v]))
    o.append("</table></div>")
    # programmaplan
    o.append('<div class="pb"><h1>2. Programmaplan</h1>'
             "<p>Per programma staat wat wij willen bereiken, wat wij daarvoor gaan doen en wat het mag kosten. "
             "Alle bedragen in de tabellen zijn in duizenden euro's; een negatief saldo is een nadeel.</p>"
             "<p class=\"note\">Toelichting bij de kolommen: Rekening 2024 is de realisatie volgens de jaarstukken 2024. "
             "Begroting 2025 is de begroting 2025 na alle door de raad vastgestelde begrotingswijzigingen (begroting na wijziging). "
             "Begroting 2026 is het begrotingsjaar; 2027 tot en met 2029 vormen de meerjarenraming.</p>")
    for p in P:
        o.append(programma_html(p))
    o.append("</div>")
    # ADM
    o.append('<div class="pb"><h1>3. Algemene dekkingsmiddelen, overhead en onvoorzien</h1>')
    o.append("<p>De algemene dekkingsmiddelen zijn inkomsten die niet aan een programma gebonden zijn. De algemene uitkering is geraamd op basis van de meicirculaire 2025.</p>")
    o.append('<div class="caption">Tabel 3.1 Algemene dekkingsmiddelen (bedragen x € 1.000)</div><table class="w">' + head6())
    for label, key in [("Onroerendezaakbelastingen", "ozb"), ("Algemene uitkering gemeentefonds", "au"),
                       ("Dividenden", "div"), ("Overige algemene dekkingsmiddelen (rente, beleggingen)", "overig")]:
        o.append(row([label] + [nl(v) for v in ADM[key]]))
    o.append(row(["Totaal baten algemene dekkingsmiddelen"] + [nl(v) for v in ADM["baten"]], "tot"))
    o.append(row(["Lasten heffing en invordering belastingen"] + [nl(v) for v in ADM["lasten"]]))
    o.append(row(["Saldo algemene dekkingsmiddelen"] + [nl(v) for v in ADM["saldo"]], "tot"))
    o.append("</table>")
    o.append('<div class="caption">Tabel 3.2 Overhead en onvoorzien (bedragen x € 1.000)</div><table class="w">' + head6())
    o.append(row(["Lasten overhead"] + [nl(v) for v in OVH["L"]]))
    o.append(row(["Baten overhead"] + [nl(v) for v in OVH["B"]]))
    o.append(row(["Saldo overhead"] + [nl(v) for v in OVH["S"]], "tot"))
    o.append(row(["Post onvoorzien"] + [nl(v) for v in ONV]))
    o.append("</table>")
    o.append("<p>De post onvoorzien bedraagt in 2026 € 100.000, ofwel ruim € 3 per inwoner.</p>")
    # overzicht baten en lasten
    o.append("<h1>4. Overzicht van baten en lasten</h1>")
    o.append("<p>Het overzicht toont per programma het saldo van baten en lasten en daaronder het resultaat na mutaties in de reserves.</p>")
    o.append('<div class="caption">Tabel 4.1 Overzicht van baten en lasten (bedragen x € 1.000)</div><table class="w">' + head6("Saldo per onderdeel"))
    for p in P:
        o.append(row([f"Programma {p['nr']} {p['naam']}"] + [nl(v) for v in p["S"]]))
    o.append(row(["Algemene dekkingsmiddelen"] + [nl(v) for v in ADM["saldo"]]))
    o.append(row(["Overhead"] + [nl(v) for v in OVH["S"]]))
    o.append(row(["Onvoorzien"] + [nl(-v) for v in ONV]))
    o.append(row(["Saldo van baten en lasten"] + [nl(v) for v in SALDO], "tot"))
    o.append(row(["Toevoegingen aan reserves"] + [nl(-v) for v in TOEV]))
    o.append(row(["Onttrekkingen aan reserves"] + [nl(v) for v in ONTT]))
    o.append(row(["Resultaat"] + [nl(v) for v in RES], "tot"))
    o.append(row(["Totale lasten"] + [nl(v) for v in TOT_L]))
    o.append(row(["Totale baten"] + [nl(v) for v in TOT_B]))
    o.append("</table>")
    o.append("<p class=\"note\">Een negatief bedrag is een nadelig saldo. Toevoegingen aan reserves zijn negatief weergegeven omdat zij het resultaat verlagen.</p>")
    o.append("</div>")
    # lokale heffingen
    o.append('<div class="pb"><h1>5. Paragraaf lokale heffingen</h1>')
    o.append("<p>De tarieven stijgen in 2026 met de inflatiecorrectie van 3,5%. Voor de OZB geldt dat de opbrengst met 3,5% stijgt, plus de opbrengst van nieuwe woningen "
             "en bedrijfspanden. Omdat de WOZ-waarden gemiddeld met 6,2% stijgen, daalt het OZB-tarief voor woningen. De afvalstoffenheffing en de rioolheffing "
             "zijn kostendekkend; bij de afvalstoffenheffing zetten wij € 150.000 uit de egalisatiereserve in om de stijging te beperken. "
             "De hondenbelasting is per 1 januari 2023 afgeschaft.</p>")
    o.append('<div class="caption">Tabel 5.1 Tarieven lokale heffingen 2025 en 2026</div><table class="w">'
             '<tr><th class="l">Heffing</th><th class="l">Grondslag</th><th>Tarief<br>2025</th><th>Tarief<br>2026</th><th>Wijziging</th></tr>')
    for naam, grond, a, b, isp in TARIEVEN:
        o.append(row([naam, (grond, "l"), tarief(a, isp), tarief(b, isp), wijz(a, b)]))
    o.append("</table>")
    o.append('<div class="caption">Tabel 5.2 Woonlasten meerpersoonshuishouden met een koopwoning (gemiddelde WOZ-waarde)</div><table class="w">'
             '<tr><th class="l">Onderdeel</th><th>2025</th><th>2026</th><th>Stijging<br>in euro</th><th>Stijging<br>in %</th></tr>')
    for naam, a, b in WL:
        if naam.startswith("Gemiddelde"):
            o.append(row([naam, "€ " + nl(a), "€ " + nl(b), "€ " + nl(b - a), wijz(a, b)]))
        else:
            o.append(row([naam, money2(a), money2(b), money2(round(b - a, 2)), wijz(a, b)]))
    o.append(row(["Totale woonlasten", money2(WL_TOT[0]), money2(WL_TOT[1]), money2(round(WL_TOT[1] - WL_TOT[0], 2)),
                  wijz(WL_TOT[0], WL_TOT[1])], "tot"))
    o.append("</table>")
    assert wijz(WL_TOT[0], WL_TOT[1]) == "+4,4%"
    o.append(f"<p>Een eenpersoonshuishouden in een koopwoning met de gemiddelde WOZ-waarde betaalt in 2026 in totaal {money2(WL_EEN_2026)} aan woonlasten. "
             "Huurders betalen alleen de afvalstoffenheffing. Inwoners met een laag inkomen kunnen kwijtschelding aanvragen voor de afvalstoffenheffing en de rioolheffing.</p>")
    o.append("</div>")
    # weerstandsvermogen
    o.append('<div class="pb"><h1>6. Paragraaf weerstandsvermogen en risicobeheersing</h1>')
    o.append("<p>Het weerstandsvermogen geeft aan in hoeverre de gemeente financiële tegenvallers kan opvangen zonder dat het beleid hoeft te worden aangepast. "
             "Wij vergelijken de beschikbare weerstandscapaciteit met de benodigde weerstandscapaciteit voor de geïnventariseerde risico's.</p>")
    o.append('<div class="caption">Tabel 6.1 Beschikbare weerstandscapaciteit 2026 (bedragen in euro\'s)</div><table class="w">'
             '<tr><th class="l">Onderdeel</th><th>Bedrag</th></tr>')
    for n, v in CAP:
        o.append(row([n, nl(v)]))
    o.append(row(["Totaal beschikbare weerstandscapaciteit", nl(CAP_TOT)], "tot"))
    o.append("</table>")
    o.append('<div class="caption">Tabel 6.2 Belangrijkste risico\'s en benodigde weerstandscapaciteit (bedragen in euro\'s)</div><table class="w">'
             '<tr><th class="l">Risico</th><th>Benodigd<br>bedrag</th></tr>')
    for n, v in RISICOS:
        o.append(row([n, nl(v)]))
    o.append(row(["Totaal benodigde weerstandscapaciteit", nl(BEN_TOT)], "tot"))
    o.append("</table>")
    o.append(f"<p>De ratio weerstandsvermogen voor 2026 is {nl(CAP_TOT)} / {nl(BEN_TOT)} = {str(RATIO).replace('.', ',')}. "
             "Volgens de gangbare normtabel is dat 'uitstekend' (ratio groter dan 2,0). De ratio is lager dan vorig jaar doordat de risico's in het sociaal domein "
             "en bij de grondexploitatie zijn toegenomen.</p>")
    o.append('<div class="caption">Tabel 6.3 Financiële kengetallen</div><table class="w">' + head6("Kengetal"))
    for n, vals in KENGETALLEN:
        o.append(row([n] + vals))
    o.append("</table>")
    o.append("<p class=\"note\">De belastingcapaciteit wordt alleen voor het begrotingsjaar berekend. De netto schuldquote stijgt door de investeringen in "
             "Kindcentrum Noorderlicht, de riolering en de Molenweg; de signaalwaarde van 100% wordt niet overschreden.</p>")
    o.append("</div>")
    # verbonden partijen
    o.append('<div class="pb"><h1>7. Paragraaf verbonden partijen</h1>')
    o.append("<p>Stellingmoer voert een deel van haar taken uit via gemeenschappelijke regelingen met de andere gemeenten in Rivierland. "
             "De tabel geeft de gemeentelijke bijdrage per verbonden partij.</p>")
    o.append('<div class="caption">Tabel 7.1 Bijdragen aan verbonden partijen (bedragen in euro\'s)</div><table class="w">'
             '<tr><th class="l">Verbonden partij</th><th class="l">Taak</th><th>Bijdrage<br>2025</th><th>Bijdrage<br>2026</th></tr>')
    for naam, taak, a, b in VP:
        o.append(row([naam, (taak, "l"), nl(a), nl(b)]))
    o.append(row(["Totaal", ("", "l"), nl(VP_TOT[0]), nl(VP_TOT[1])], "tot"))
    o.append("</table>")
    o.append("<p class=\"note\">Bijdrage 2025: volgens de begroting 2025 na wijziging. Bijdrage 2026: volgens de ontwerpbegrotingen 2026 van de verbonden partijen.</p>")
    # investeringen en financiering
    o.append("<h1>8. Paragraaf investeringen en financiering</h1>")
    o.append("<p>Het investeringsplan bevat de investeringen waarvoor de raad een krediet heeft verleend of die wij in de komende jaren voorstellen. "
             "De kapitaallasten zijn in de programma's verwerkt.</p>")
    o.append('<div class="caption">Tabel 8.1 Investeringsplan 2026-2029 (bedragen x € 1.000)</div><table class="w">'
             '<tr><th class="l">Investering</th><th class="c">Progr.</th><th>2026</th><th>2027</th><th>2028</th><th>2029</th><th>Totaal<br>2026-2029</th></tr>')
    for r, t in zip(INV, INV_ROWTOT):
        o.append(row([r[0], (str(r[1]), "c"), nl(r[2]), nl(r[3]), nl(r[4]), nl(r[5]), nl(t)]))
    o.append(row(["Totaal", ("", "c")] + [nl(v) for v in INV_TOT] + [nl(sum(INV_TOT))], "tot"))
    o.append("</table>")
    o.append(f"<p>Om de investeringen te financieren trekken wij in 2026 naar verwachting € {nl(NIEUWE_LENINGEN_2026)} aan nieuwe langlopende leningen aan. "
             "Wij rekenen voor nieuwe leningen met een rente van 3,4%. De renteomslag, het rentepercentage dat wij aan de investeringen toerekenen, bedraagt 2,1%.</p>")
    o.append("</div>")
    # bijlage taakvelden
    o.append('<div class="pb"><h1>Bijlage. Overzicht per taakveld 2026</h1>')
    o.append("<p>Dit overzicht verdeelt de begroting 2026 over de taakvelden die het Besluit begroting en verantwoording (BBV) voorschrijft.</p>")
    o.append('<div class="caption">Tabel B.1 Lasten en baten per taakveld, begroting 2026 (bedragen x € 1.000)</div><table class="w compact">'
             '<tr><th class="l">Taakveld</th><th class="l">Omschrijving</th><th>Lasten<br>2026</th><th>Baten<br>2026</th><th>Saldo<br>2026</th></tr>')
    for code, naam, prog, l, b in TV:
        o.append(row([code, (naam, "l"), nl(l), nl(b), nl(b - l)]))
    o.append(row(["Totaal", ("", "l"), nl(TV_L), nl(TV_B), nl(TV_B - TV_L)], "tot"))
    o.append("</table></div>")
    o.append("</body></html>")
    return "\n".join(o)


def main():
    doc = build()
    with open(HTML_OUT, "w", encoding="utf-8") as f:
        f.write(doc)
    os.makedirs(CORPUS, exist_ok=True)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={PDF_OUT}", "file://" + HTML_OUT], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print("TOT_L", TOT_L)
    print("TOT_B", TOT_B)
    print("SALDO", SALDO, "TOEV", TOEV, "ONTT", ONTT, "RES", RES)
    print("AU", ADM["au"], "ADM baten", ADM["baten"])
    for p in P:
        print(p["nr"], "S", p["S"], "R", p["R"])
    print("TV", TV_L, TV_B, "jeugd", JEUGD_2026)
    print("woonlasten", WL_TOT, "een", WL_EEN_2026, "cap", CAP_TOT, "ratio", RATIO)


if __name__ == "__main__":
    main()
