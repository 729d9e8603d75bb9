"""Every figure of the two FICTIONAL set-at documents, typed once; everything derived is computed here.

W_*  Gemeente Wassenaar, Jaarstukken 2024 (FICTIONAL jaarverslag + jaarrekening; the realisation figures are made
     up).  The column "Begroting 2024 primitief" repeats the real Begroting 2024 in the corpus for P1, P2 and P4
     (whole euros from its Tabel 12.5, printed x EUR 1.000 exactly as the real Tabel 2.3 / 12.2 print them); for P3
     and P5 it differs by a fictional raadsamendement (EUR 80.000 lasten moved from P3 to P5), so the primitieve
     totals equal the real ones.  Na wijziging and Rekening are new.
D_*  Gemeente Dinkelland, Programmabegroting 2023 (FICTIONAL; wording imitates the real Begroting 2020 text export).

Wassenaar sign convention (as in the real Begroting 2024): "-" = nadeel / "+" = voordeel, so baten and
onttrekkingen are positive, lasten and toevoegingen negative; saldo = baten + lasten; resultaat = saldo + mutaties
reserves; Verschil = Rekening - Begroting na wijziging (positive = voordeel).  Tabel 4.1 (overzicht van baten en
lasten) prints the same negatives in parentheses: (1.234).
Dinkelland sign conventions: in the 'Wat mag het kosten?' tables lasten and baten are positive and
saldo = baten - lasten (negative = nadelig); in the 'Ontwikkelingen' tables + = nadeel, - = voordeel.

Run directly to print a summary; importing runs the asserts.
"""
from __future__ import annotations

from pathlib import Path

from fmt import k

REAL_W = Path("/work/main/corpus/wassenaar-begroting-2024.pdf")
REAL_D = Path("/work/main/corpus/dinkelland-begroting-2020-inclusieve-samenleving.txt")

# ================================================================================================= Wassenaar
W_FILE = "wassenaar-jaarstukken-2024.pdf"
W_TITLE = "Jaarstukken 2024"
P1, P2, P3, P4, P5 = ("P1 Veiligheid en Handhaving", "P2 Mens en Maatschappij", "P3 Bestuur en middelen",
                      "P4 Fysieke leefomgeving", "P5 Natuur, klimaat en Mobiliteit")
PROGS = (P1, P2, P3, P4, P5)
COLS = ("Begroting 2024 primitief", "Begroting 2024 na wijziging", "Rekening 2024")
PRIM, NW, REK = 0, 1, 2

# real Begroting 2024, Tabel 12.5 (whole euros): baten, lasten per programme and the reserve mutations
REAL_BATEN = {P1: 101_693, P2: 11_652_364, P3: 60_114_220, P4: 1_879_238, P5: 12_223_545}
REAL_LASTEN = {P1: -4_204_425, P2: -38_933_561, P3: -19_786_108, P4: -6_175_531, P5: -19_220_682}
REAL_ONTTR = {P1: 0, P2: 50_000, P3: 731_000, P4: 1_475_000, P5: 125_600}
REAL_PRINTED = {  # the real Tabel 2.3-style printing x EUR 1.000 (asserted against the rounding below)
    P1: (102, -4_204), P2: (11_652, -38_934), P3: (60_114, -19_786), P4: (1_879, -6_176), P5: (12_224, -19_221)}
AMENDEMENT = 80_000  # fictional amendement 'Verkeersveiligheid schoolroutes': P5 lasten +80.000, P3 lasten -80.000

# (primitief, na wijziging, rekening) in whole euros
W_BATEN = {
    P1: (REAL_BATEN[P1], 151_693, 188_412),
    P2: (REAL_BATEN[P2], 13_284_650, 13_917_208),
    P3: (REAL_BATEN[P3], 61_983_400, 62_640_915),
    P4: (REAL_BATEN[P4], 1_954_238, 2_301_776),
    P5: (REAL_BATEN[P5], 12_488_545, 12_706_390),
}
W_LASTEN = {
    P1: (REAL_LASTEN[P1], -4_318_900, -4_387_615),
    P2: (REAL_LASTEN[P2], -40_862_300, -41_436_877),
    P3: (REAL_LASTEN[P3] + AMENDEMENT, -20_415_700, -19_962_341),
    P4: (REAL_LASTEN[P4], -6_540_900, -5_489_034),
    P5: (REAL_LASTEN[P5] - AMENDEMENT, -19_962_500, -19_817_122),
}
# begroting na wijziging: reserve mutations per programme (onttrekking +, toevoeging -)
W_ONTTR_BEGR = {P1: (0, 60_000), P2: (50_000, 410_000), P3: (731_000, 901_000), P4: (1_475_000, 1_475_000),
                P5: (125_600, 125_600)}
W_TOEV_BEGR = {P1: (0, 0), P2: (0, 0), P3: (0, -500_000), P4: (0, 0), P5: (0, 0)}

# ---- reserves (realisatie): stand 1-1-2024 (incl. resultaatbestemming 2023) and the movements per programme
AR_VRIJ = "Algemene reserve (vrij besteedbaar)"
AR_WEER = "Algemene reserve weerstandsvermogen"
BR_SD = "BR uitvoering Sociaal domein"
BR_GP = "BR grote projecten"
W_RES_ALG = (AR_VRIJ, AR_WEER)
W_RES_START = {
    AR_VRIJ: 44_528_316, AR_WEER: 8_000_000,
    "BR volkshuisvesting en duurzaamh.": 598_740, "BR kunstopdrachten": 44_150, "BR Groene buffer": 0,
    BR_SD: 701_380, "BR invest sport (beg 17)": 129_000, "BR verkeersprojecten": 51_000,
    "BR egalisatie omgevingsvergunningen": 1_348_600, BR_GP: 1_902_340,
    "BR Groencompensatie Amerikaans Ambassade": 375_000, "BR Transitievisies Klimaatakkoord": 35_000,
    "BR Reorganisatie": 636_000,
}
# (reserve, programme, toevoeging, onttrekking) -- positive amounts
W_RES_MOVES = [
    (AR_VRIJ, P1, 0, 60_000),
    (AR_VRIJ, P3, 0, 812_760),
    (AR_VRIJ, P4, 0, 221_300),
    (BR_SD, P2, 250_000, 382_500),
    ("BR egalisatie omgevingsvergunningen", P4, 0, 300_000),
    (BR_GP, P3, 500_000, 0),
    (BR_GP, P4, 0, 75_000),
    ("BR volkshuisvesting en duurzaamh.", P5, 0, 118_450),
]
RESULTAAT_2023 = 1_246_118  # gerealiseerd resultaat 2023, added to AR_VRIJ per 1-1-2024 (footnote)
REAL_RES_2024 = {AR_VRIJ: 42_060, BR_SD: 652}   # real Tabel 12.6, 'Begroting 2024' (x EUR 1.000)

W_ONTTR = {p: (W_ONTTR_BEGR[p][0], W_ONTTR_BEGR[p][1], sum(m[3] for m in W_RES_MOVES if m[1] == p)) for p in PROGS}
W_TOEV = {p: (W_TOEV_BEGR[p][0], W_TOEV_BEGR[p][1], -sum(m[2] for m in W_RES_MOVES if m[1] == p)) for p in PROGS}


def _t3(f):
    return tuple(f(i) for i in range(3))


W_SALDO = {p: _t3(lambda i, p=p: W_BATEN[p][i] + W_LASTEN[p][i]) for p in PROGS}
W_MUT = {p: _t3(lambda i, p=p: W_ONTTR[p][i] + W_TOEV[p][i]) for p in PROGS}
W_RESULT = {p: _t3(lambda i, p=p: W_SALDO[p][i] + W_MUT[p][i]) for p in PROGS}
W_TOT_BATEN = _t3(lambda i: sum(W_BATEN[p][i] for p in PROGS))
W_TOT_LASTEN = _t3(lambda i: sum(W_LASTEN[p][i] for p in PROGS))
W_TOT_SALDO = _t3(lambda i: W_TOT_BATEN[i] + W_TOT_LASTEN[i])
W_TOT_ONTTR = _t3(lambda i: sum(W_ONTTR[p][i] for p in PROGS))
W_TOT_TOEV = _t3(lambda i: sum(W_TOEV[p][i] for p in PROGS))
W_TOT_MUT = _t3(lambda i: W_TOT_ONTTR[i] + W_TOT_TOEV[i])
W_TOT_RESULT = _t3(lambda i: W_TOT_SALDO[i] + W_TOT_MUT[i])

W_RES = {}
for _r, _s in W_RES_START.items():
    _toe = sum(m[2] for m in W_RES_MOVES if m[0] == _r)
    _ont = sum(m[3] for m in W_RES_MOVES if m[0] == _r)
    W_RES[_r] = (_s, _toe, -_ont, _s + _toe - _ont)       # stand 1-1, toevoegingen, onttrekkingen (-), stand 31-12
W_RES_BR = [r for r in W_RES if r not in W_RES_ALG]


def _res_sum(names, i):
    return sum(W_RES[r][i] for r in names)


# ---- taakvelden programma 2 (lasten, positive magnitudes here; printed negative): (primitief, na wijziging, rekening)
# primitief = the real Tabel 12.5; 6.1 closes the na wijziging and rekening columns to the programme lasten
TV61 = "6.1 Samenkracht en burgerparticipatie"
_TV = [
    ("4.1 Openbaar basisonderwijs", 819_130, 842_600, 828_415),
    ("4.3 Onderwijsbeleid en leerlingzaken", 2_103_847, 2_187_300, 2_241_966),
    ("5.1 Sportbeleid en activering", 675_375, 702_400, 688_120),
    ("5.2 Sportaccommodaties", 1_829_438, 1_968_200, 1_872_344),
    ("5.3 Cultuurpresent.,-prod.en-particip", 575_946, 590_946, 583_211),
    ("5.6 Media", 783_484, 783_484, 779_902),
    (TV61, 5_172_215, None, None),
    ("6.2 Toegang & eerstelijnsvoorzieningen", 1_958_750, 2_041_500, 2_017_388),
    ("6.3 Inkomensregelingen", 9_079_396, 10_318_600, 10_211_457),
    ("6.4 WSW en beschut werk", 1_031_293, 1_031_293, 1_019_874),
    ("6.5 Arbeidsparticipatie", 1_105_488, 1_142_300, 1_087_652),
    ("6.6 Maatwerkvoorzieningen (WMO)", 996_308, 1_012_400, 1_061_235),
    ("6.71a Hulp bij het huishouden (WMO)", 1_891_122, 1_934_700, 2_018_446),
    ("6.71b Begeleiding (WMO)", 655_000, 668_000, 701_392),
    ("6.71c Dagbesteding (WMO)", 250_000, 255_000, 262_780),
    ("6.71d Overige maatwerkarrangementen (WMO)", 368_039, 371_200, 377_451),
    ("6.72a Jeugdhulp begeleiding", 669_070, 684_000, 731_225),
    ("6.72b Jeugdhulp behandeling", 673_722, 688_900, 742_618),
    ("6.72c Jeugdhulp dagbesteding", 611_538, 624_300, 598_104),
    ("6.72d Jeugdhulp zonder verblijf overig", 1_634_873, 1_702_500, 1_889_417),
    ("6.73a Pleegzorg", 222_174, 227_000, 241_930),
    ("6.73b Gezinsgericht", 103_246, 105_500, 97_612),
    ("6.73c Jeugdhulp met verblijf overig", 666_984, 681_700, 842_356),
    ("6.74a Jeugd beh. GGZ zonder verblijf", 1_776_493, 1_815_600, 1_903_277),
    ("6.74b Jeugdhulp crisis/LTA/GGZ verblijf", 443_593, 453_300, 498_160),
    ("6.74c Gesloten plaatsing", 342_282, 349_800, 312_945),
    ("6.81a Beschermd wonen (WMO)", 390_553, 399_100, 405_871),
    ("6.82a Jeugdbescherming", 212_705, 217_400, 236_089),
    ("6.82b Jeugdreclassering", 84_037, 85_900, 79_318),
    ("7.1 Volksgezondheid", 1_807_460, 1_846_300, 1_839_026),
]
W_TV = {}
for _i in range(3):
    _rest = sum(t[1 + _i] for t in _TV if t[0] != TV61)
    _close = -W_LASTEN[P2][_i] - _rest
    if _i == 0:
        assert _close == 5_172_215, "the real taakvelden of P2 add up to the real programme lasten"
    for t in _TV:
        v = t[1 + _i] if t[0] != TV61 else _close
        W_TV.setdefault(t[0], [0, 0, 0])[_i] = -v
W_TV = {n: tuple(v) for n, v in W_TV.items()}
# baten per taakveld programma 2 (positive): primitief = real Tabel 12.5; 6.3 closes na wijziging and rekening
TV63 = "6.3 Inkomensregelingen"
_TVB = [
    ("4.1 Openbaar basisonderwijs", 600_000, 600_000, 612_480),
    ("4.3 Onderwijsbeleid en leerlingzaken", 783_671, 812_300, 845_116),
    ("5.1 Sportbeleid en activering", 241_296, 261_296, 258_940),
    ("5.2 Sportaccommodaties", 519_707, 519_707, 402_318),
    ("5.3 Cultuurpresent.,-prod.en-particip", 54_915, 54_915, 61_204),
    ("5.6 Media", 134_325, 134_325, 134_325),
    ("6.1 Samenkracht en burgerparticipatie", 2_520_540, 3_182_400, 3_405_712),
    (TV63, 6_484_470, None, None),
    ("6.6 Maatwerkvoorzieningen (WMO)", 14_500, 14_500, 21_870),
    ("6.71a Hulp bij het huishouden (WMO)", 150_000, 150_000, 171_334),
    ("7.1 Volksgezondheid", 148_940, 148_940, 139_512),
]
W_TVB = {}
for _i in range(3):
    _rest = sum(t[1 + _i] for t in _TVB if t[0] != TV63)
    _close = W_BATEN[P2][_i] - _rest
    if _i == 0:
        assert _close == 6_484_470, "the real baten per taakveld of P2 add up to the real programme baten"
    for t in _TVB:
        W_TVB.setdefault(t[0], [0, 0, 0])[_i] = t[1 + _i] if t[0] != TV63 else _close
W_TVB = {n: tuple(v) for n, v in W_TVB.items()}
JEUGD_TV = [n for n in W_TV if n.split()[0] >= "6.72" and n.split()[0] < "6.83" and not n.startswith("6.81")]
WMO_TV = [n for n in W_TV if n.startswith(("6.6 ", "6.71"))]


def tv_verschil(names):
    return sum(W_TV[n][REK] - W_TV[n][NW] for n in names)


# ---- analysis of the deviations per programme (x EUR 1.000; + = voordeel).  The last item closes each table to
# the printed Verschil on the saldo van baten en lasten.  (label, amount in thousands, I/S)
OVERIG = "Overige afwijkingen (per saldo)"
W_ANALYSE_ITEMS = {
    P1: [("Hogere bijdrage Veiligheidsregio Haaglanden (nacalculatie 2023)", -41, "I"),
         ("Hogere opbrengst bestuurlijke strafbeschikkingen", 24, "I"),
         ("Extra inzet boa's bij evenementen en strandincidenten", -19, "I")],
    P2: [("Jeugdhulp (taakvelden 6.72 t/m 6.82)", k(tv_verschil(JEUGD_TV)), "S"),
         ("Wmo-maatwerkvoorzieningen (taakvelden 6.6 en 6.71)", k(tv_verschil(WMO_TV)), "S"),
         ("Hogere rijksbijdrage BUIG (bijstandsuitkeringen)", 415, "I"),
         ("Opvang Oekraïense ontheemden: hogere vergoeding van het Rijk", 210, "I"),
         ("Sportaccommodaties: latere ingebruikname sporthal (taakveld 5.2)",
          k(W_TV["5.2 Sportaccommodaties"][REK] - W_TV["5.2 Sportaccommodaties"][NW]), "I")],
    P3: [("Hogere algemene uitkering (decembercirculaire 2024)", 486, "I"),
         ("Hogere opbrengst OZB niet-woningen", 112, "I"),
         ("Ontvlechting sociaal domein Voorschoten: deels doorgeschoven naar 2025", 287, "I"),
         ("Hogere rentebaten treasury", 61, "I"),
         ("Lagere kosten overhead door vacatures", 213, "I")],
    P4: [("Sanering grond gemeentewerf doorgeschoven naar 2025", 879, "I"),
         ("Hogere legesopbrengst omgevingsvergunningen", 318, "I"),
         ("Lagere kosten invoering Omgevingswet", 147, "I")],
    P5: [("Hogere opbrengst parkeergelden Wassenaarse Slag", 164, "I"),
         ("Lagere bijdrage Avalex (nacalculatie)", 127, "I"),
         ("Verkeersveiligheid schoolroutes: uitvoering deels in 2025", 58, "I"),
         ("Hogere kosten gladheidsbestrijding", -41, "I")],
}
W_VERSCHIL_SALDO_K = {p: k(W_SALDO[p][REK] - W_SALDO[p][NW]) for p in PROGS}
W_ANALYSE = {}
for _p, _items in W_ANALYSE_ITEMS.items():
    _ov = W_VERSCHIL_SALDO_K[_p] - sum(a for _, a, _ in _items)
    W_ANALYSE[_p] = list(_items) + [(OVERIG, _ov, "I")]
SANERING = 878_700   # the sanering gemeentewerf (P4): lasten not spent and onttrekking AR not made

# ---- effectindicatoren P2: (label, peilwaarde as printed, streefwaarde 2024 (= real Tabel 2.1), realisatie 2024)
W_EFFECT = [
    ("% inwoners met schuldenproblematiek", "6,1% (2021)", "6,0%", "5,8%"),
    ("Aantal inwoners met bijstandsuitkering per 1.000 inwoners", "27,1 (2021)", "25", "23,4"),
    ("% jongeren tot 18 jaar met jeugdhulp", "8,8% (2022)", "8,6%", "9,1%"),
    ("% eenzaamheid*", "49% (2020)", "48%", "47%"),
]
# key numbers in prose (P2)
W_BIJSTAND = (412, 386)          # bijstandsuitkeringen 1 januari / 31 december 2024
W_KEUKENTAFEL = 1_284            # keukentafelgesprekken Sociaal Team Wassenaar
W_OEKRAINE = 104                 # gemiddeld aantal opgevangen ontheemden
W_SPORTHAL_BEZ = 46_300          # bezoekers sporthal Dr. Mansveltkade (ingebruikname september 2024)
W_JEUGD_JONGEREN = 612           # jeugdigen met jeugdhulp

# ---- investeringen per programma (whole euros): (investering, krediet, uitgaven t/m 2023, uitgaven 2024)
W_INV = {
    P1: [("Tractie", 54_500, 0, 51_860)],
    P2: [("Combisporthal Dr. Mansveltkade", 7_411_000, 4_012_300, 3_274_918),
         ("Gymzaal Burmanlaan", 1_651_000, 215_400, 1_296_310),
         ("Verduurzaming Langstraat", 210_000, 0, 184_620),
         ("Verduurzaming Paauwlaan 12", 195_000, 0, 0)],
    P3: [("De Paauw restauratie / verbouwing raadhuis", 12_230_000, 6_842_000, 3_915_700),
         ("ICT Investeringen", 355_000, 190_000, 141_250),
         ("Duurzaamheid in eigen panden", 525_000, 160_000, 188_400)],
    P4: [("Rijnlands Lyceum uitbreiding", 6_116_211, 5_520_400, 512_930),
         ("Renovatie Kievietschool", 4_921_379, 3_306_120, 1_402_877),
         ("Nieuwbouw fusie St. Jan Baptist- en St. Jozefschool", 1_740_000, 0, 246_500)],
    P5: [("Dorpskern", 6_540_000, 2_114_000, 1_872_300),
         ("Herstel kades Havenkanaal", 4_097_000, 2_760_000, 1_187_640),
         ("Nieuwe Gemeentewerf", 5_300_000, 0, 312_800),
         ("Bruggen", 1_040_000, 640_000, 322_450)],
}
W_INV = {p: [(n, kr, a, b, kr - a - b) for n, kr, a, b in rows] for p, rows in W_INV.items()}
# ---- effectindicatoren P3-P5 (streefwaarde 2024 as in the real begroting, realisatie new)
W_EFFECT_P = {
    P3: [("Rekening-courant verhouding met het Rijk blijft tot 2026 positief", "€ 30,4 mln (2022)", "€ 7,5 mln",
          None)],   # realisatie filled below from the balance (uitzettingen < 1 jaar)
    P4: [("Aantal woningen (gesaldeerd met gesloopte woningen)", "12.371 (2023)", "12.406", "12.417")],
    P5: [("Totaal kg huishoudelijk restafval per inwoner", "214,4 kg (2022)", "200 kg", "181 kg")],
}
# ---- verbonden partijen: bijdrage 2024 (whole euros): (naam, begroting na wijziging, rekening)
W_VP = [
    ("Veiligheidsregio Haaglanden", 2_318_400, 2_359_512),
    ("GGD Haaglanden en Veilig Thuis Haaglanden", 552_600, 549_871),
    ("Servicebureau Jeugdhulp Haaglanden (SbJH)", 96_300, 96_300),
    ("Werkvoorzieningsschap Kust-, Duin- en Bollenstreek (KDB)", 1_031_293, 1_019_874),
    ("Avalex", 3_412_000, 3_285_000),
    ("Omgevingsdienst Haaglanden", 612_500, 618_240),
    ("Belastingsamenwerking Gouwe-Rijnland (BSGR)", 498_700, 487_310),
]
W_WONINGEN_OPGELEVERD = 46
# ---- kerngegevens (1 januari 2024 / 1 januari 2025)
W_KERN = [
    ("Aantal inwoners", 26_512, 26_784),
    ("waarvan 0 t/m 19 jaar", 5_604, 5_633),
    ("waarvan 65 jaar en ouder", 7_811, 7_948),
    ("Aantal woningen", 12_371, 12_417),
    ("Oppervlakte gemeente (ha)", 5_124, 5_124),
]
# ---- opbrengst lokale heffingen 2024 (whole euros): (heffing, begroting na wijziging, rekening)
W_HEFF = [
    ("Onroerendezaakbelastingen woningen", 8_800_459, 8_862_114),
    ("Onroerendezaakbelastingen niet-woningen", 3_255_585, 3_367_940),
    ("Toeristenbelasting", 285_000, 301_420),
    ("Hondenbelasting", 149_041, 146_880),
    ("Afvalstoffenheffing", 5_402_300, 5_436_915),
    ("Rioolheffing", 2_780_442, 2_795_108),
]

# ---- balans (x EUR 1.000, typed in thousands unless derived): 31-12-2024, 31-12-2023
W_BAL_TYPED = {
    "Immateriële vaste activa": (36, 41),
    "Materiële vaste activa": (58_412, 54_906),
    "Financiële vaste activa": (5_207, 5_289),
    "Voorraden": (12, 15),
    "Liquide middelen": (286, 143),
    "Overlopende activa": (6_514, 7_022),
    "Voorzieningen": (17_106, 19_035),
    "Vaste schulden met een rentetypische looptijd van één jaar of langer": (189, 178),
    "Netto-vlottende schulden met een rentetypische looptijd korter dan één jaar": (5_386, 5_120),
    "Overlopende passiva": (6_012, 5_554),
}
UITZ = "Uitzettingen met een rentetypische looptijd korter dan één jaar"
ALG_RES_BAL = (_res_sum(W_RES_ALG, 3), _res_sum(W_RES_ALG, 0) - RESULTAAT_2023)     # euros
BEST_RES_BAL = (_res_sum(W_RES_BR, 3), _res_sum(W_RES_BR, 0))
RESULT_BAL = (W_TOT_RESULT[REK], RESULTAAT_2023)
EV = tuple(ALG_RES_BAL[i] + BEST_RES_BAL[i] + RESULT_BAL[i] for i in range(2))      # euros
_T = W_BAL_TYPED
VASTE_PASSIVA = tuple(EV[i] + 1000 * (_T["Voorzieningen"][i] + _T[
    "Vaste schulden met een rentetypische looptijd van één jaar of langer"][i]) for i in range(2))
VLOTTENDE_PASSIVA = tuple(1000 * (_T["Netto-vlottende schulden met een rentetypische looptijd korter dan één jaar"][i]
                                  + _T["Overlopende passiva"][i]) for i in range(2))
TOTAAL_PASSIVA = tuple(VASTE_PASSIVA[i] + VLOTTENDE_PASSIVA[i] for i in range(2))
VASTE_ACTIVA = tuple(1000 * (_T["Immateriële vaste activa"][i] + _T["Materiële vaste activa"][i]
                             + _T["Financiële vaste activa"][i]) for i in range(2))
UITZ_BAL = tuple(TOTAAL_PASSIVA[i] - VASTE_ACTIVA[i] - 1000 * (
    _T["Voorraden"][i] + _T["Liquide middelen"][i] + _T["Overlopende activa"][i]) for i in range(2))
VLOTTENDE_ACTIVA = tuple(UITZ_BAL[i] + 1000 * (_T["Voorraden"][i] + _T["Liquide middelen"][i]
                                                + _T["Overlopende activa"][i]) for i in range(2))
TOTAAL_ACTIVA = tuple(VASTE_ACTIVA[i] + VLOTTENDE_ACTIVA[i] for i in range(2))
SOLV = tuple(round(100 * EV[i] / TOTAAL_PASSIVA[i]) for i in range(2))                # 2024, 2023

from fmt import mln as _mln  # noqa: E402
W_EFFECT_P[P3][0] = W_EFFECT_P[P3][0][:3] + (f"€ {_mln(UITZ_BAL[0])} mln",)

# ---- kengetallen: (label, rekening 2023, begroting 2024 (= real Tabel 8.3), rekening 2024) as printed
W_KENGETALLEN = [
    ("1a. Netto schuldquote", "21", "18", "12"),
    ("1b. Netto schuldquote gecorrigeerd voor alle verstrekte leningen", "27", "23", "17"),
    ("2. Solvabiliteitsratio", str(SOLV[1]), "65", str(SOLV[0])),
    ("3. Structurele exploitatieruimte", "1,85", "0,04", "1,12"),
    ("4. Grondexploitatie", "n.v.t.", "n.v.t.", "n.v.t."),
    ("5. Belastingcapaciteit", "173", "172", "171"),
]
REAL_KENGETAL_2024 = {"1a. Netto schuldquote": "18", "2. Solvabiliteitsratio": "65", "5. Belastingcapaciteit": "172"}

# ================================================================================================= Dinkelland
D_FILE = "dinkelland-programmabegroting-2023.pdf"
D_TITLE = "Programmabegroting 2023"
D_COLS = ("Rekening 2021", "Begroting 2022", "Begroting 2023", "2024", "2025", "2026")   # the last three under
D_MJR = ("2024", "2025", "2026")                                                          # 'Meerjarenraming'
A1, A2, A3, A0 = "Inclusieve samenleving", "Vitale en leefbare kernen", "Duurzaam Dinkelland", "Basisbegroting"
AMBITIES = (A1, A2, A3)
D_LASTEN = {
    A1: (31_482_913, 32_917_450, 34_806_212, 35_127_604, 35_402_118, 35_688_930),
    A2: (14_208_771, 14_902_300, 15_688_105, 15_512_840, 15_601_277, 15_694_320),
    A3: (9_914_286, 10_412_600, 11_287_344, 11_402_918, 11_515_006, 11_630_445),
    A0: (12_306_540, 12_847_200, 13_402_771, 13_520_446, 13_611_092, 13_702_884),
}
D_BATEN_TYPED = {
    A1: (7_912_346, 7_402_100, 7_618_440, 7_655_000, 7_655_000, 7_655_000),
    A2: (6_871_502, 7_045_900, 7_402_618, 7_455_000, 7_512_000, 7_570_000),
    A3: (8_702_117, 9_158_300, 9_916_502, 10_074_200, 10_218_600, 10_364_900),
}
D_MUT_RES = (-650_000, 425_000, 214_000, 120_000, 0, 0)          # + = onttrekking
D_SALDO_BEGR = (1_284_655, 38_120, 412_316, -186_540, 95_210, 402_877)   # + = voordelig (the targets)
# the basisbegroting baten (algemene dekkingsmiddelen) close each column to the saldo
_b0 = tuple(D_SALDO_BEGR[i] - D_MUT_RES[i] - sum(D_BATEN_TYPED[a][i] for a in AMBITIES)
            + sum(D_LASTEN[a][i] for a in D_LASTEN) for i in range(6))
D_BATEN = {**D_BATEN_TYPED, A0: _b0}
D_SALDO = {a: tuple(D_BATEN[a][i] - D_LASTEN[a][i] for i in range(6)) for a in D_LASTEN}
D_TOT_LASTEN = tuple(sum(D_LASTEN[a][i] for a in D_LASTEN) for i in range(6))
D_TOT_BATEN = tuple(sum(D_BATEN[a][i] for a in D_LASTEN) for i in range(6))
D_TOT_SALDO = tuple(D_TOT_BATEN[i] - D_TOT_LASTEN[i] for i in range(6))
D_RESULT = tuple(D_TOT_SALDO[i] + D_MUT_RES[i] for i in range(6))

# ---- ontwikkelingen per ambitie (+ = nadeel, - = voordeel): (label, 2023, S/I, 2024, 2025, 2026)
D_ONTW = {
    A1: [("Jeugdhulp: meer jeugdigen met verblijf", 485_000, "S", 485_000, 485_000, 485_000),
         ("Wmo: meer aanvragen huishoudelijke hulp door het abonnementstarief", 310_000, "S", 340_000, 370_000,
          400_000),
         ("Hervormingsagenda Jeugd: normaliseren en lichtere hulp", 0, "S", -150_000, -300_000, -450_000),
         ("Uitvoering Wet inburgering 2021", 126_500, "S", 126_500, 126_500, 126_500),
         ("Uitvoeringskosten energietoeslag", 95_000, "I", 0, 0, 0),
         ("Doorontwikkeling één toegang (Wij in de Buurt)", 60_000, "I", 0, 0, 0),
         ("Leerlingenvervoer: nieuwe aanbesteding", -35_000, "S", -35_000, -35_000, -35_000)],
    A2: [("Onderhoud sportaccommodaties (prijsstijging energie)", 142_000, "S", 142_000, 142_000, 142_000),
         ("Leefbaarheidsfonds: extra budget kernen", 50_000, "I", 0, 0, 0),
         ("Lagere huurinkomsten kulturhusen", 38_500, "S", 38_500, 38_500, 38_500)],
    A3: [("Afvalverwerking: hogere verbrandingsbelasting", 164_000, "S", 171_000, 178_000, 185_000),
         ("Rioolheffing: hogere opbrengst (dekking kapitaallasten)", -96_000, "S", -96_000, -96_000, -96_000),
         ("Regionale energiestrategie (RES 1.0): uitvoering", 75_000, "I", 75_000, 0, 0)],
}
D_ONTW_TOT = {a: tuple(sum(r[j] for r in rows) for j in (1, 3, 4, 5)) for a, rows in D_ONTW.items()}

# ---- investeringen 2023: (omschrijving, ambitie, krediet, jaar, termijn in jaren); kapitaallasten eerste volle jaar
# = krediet / termijn + 1,5% rente over het krediet
RENTE = 0.015
D_INV_TYPED = [
    ("Vervanging kunstgrasveld VV Denekamp", A2, 465_000, 2023, 15),
    ("Renovatie gymzaal Tilligte", A2, 1_240_000, 2023, 40),
    ("Uitbreiding kindcentrum Ootmarsum", A1, 2_850_000, 2023, 40),
    ("Vervanging riolering Rossum (Hoofdstraat)", A3, 780_000, 2023, 60),
    ("Fietspad Tilligte - Ootmarsum", A2, 615_000, 2024, 25),
    ("Vervanging tractie buitendienst", A0, 185_000, 2023, 8),
    ("Laadpalen gemeentewerf", A3, 48_000, 2023, 10),
]
D_INV = []
for _n, _a, _kr, _j, _t in D_INV_TYPED:
    _kl = _kr / _t + RENTE * _kr
    assert abs(_kl - round(_kl)) < 1e-9, _n
    D_INV.append((_n, _a, _kr, _j, _t, round(_kl)))
D_INV_TOT = (sum(x[2] for x in D_INV), sum(x[5] for x in D_INV))
KIND = "Uitbreiding kindcentrum Ootmarsum"

# ---- meetbaarheid (ambitie Inclusieve samenleving): (indicator, bron, nulmeting, laatste meting, streefwaarde 2024)
D_MEET = [
    ("Percentage inwoners die goede gezondheid ervaren", "Volwassenen- en ouderenmonitor", "89% (2016)", "86% (2020)",
     "90%"),
    ("Percentage inwoners die voldoende bewegen", "Volwassenen- en ouderenmonitor", "62% (2016)", "59% (2020)", "64%"),
    ("Cijfer cliënttevredenheid Jeugd", "I&O Research", "7,7 (2018)", "7,4 (2021)", "7,8"),
    ("Bekendheid cliëntondersteuning Wmo", "I&O Research", "78% (2018)", "71% (2021)", "80%"),
]
# ---- beleidsindicatoren (waarstaatjegemeente.nl): (indicator, eenheid, bron, Dinkelland, Nederland)
D_IND = [
    ("Jongeren met jeugdhulp", "% van alle jongeren tot 18 jaar", "CBS, 2021", "10,4", "12,7"),
    ("Jongeren met jeugdbescherming", "% van alle jongeren tot 18 jaar", "CBS, 2021", "0,6", "1,0"),
    ("Personen met een bijstandsuitkering", "per 10.000 inwoners 18 jaar en ouder", "CBS, 2021", "123,9", "436,2"),
    ("Lopende re-integratievoorzieningen", "per 10.000 inwoners 15-74 jaar", "CBS, 2021", "148,2", "202,0"),
    ("Cliënten met een maatwerkarrangement Wmo", "per 10.000 inwoners", "CBS, 2021", "612", "690"),
    ("Werkloze jongeren", "% 16 t/m 22 jarigen", "Verwey-Jonker Instituut, 2020", "0,9", "2,0"),
    ("Absoluut verzuim", "per 1.000 leerlingen", "DUO, 2021", "0,5", "1,9"),
    ("Netto arbeidsparticipatie", "% van de potentiële beroepsbevolking", "CBS, 2021", "72,6", "68,8"),
]
D_IND2 = [
    ("Niet-sporters", "% van de inwoners 19 jaar en ouder", "Gezondheidsmonitor, 2020", "46,1", "48,7"),
    ("Vestigingen (van bedrijven)", "per 1.000 inwoners 15-64 jaar", "LISA, 2021", "158,3", "148,6"),
    ("Demografische druk", "% van de bevolking 20-64 jaar", "CBS, 2022", "87,4", "70,2"),
]
D_IND3 = [
    ("Omvang huishoudelijk restafval", "kg per inwoner", "CBS, 2020", "107", "168"),
    ("Hernieuwbare elektriciteit", "%", "Klimaatmonitor, 2020", "28,4", "25,7"),
]
# ---- lokale heffingen
OZB = [  # (categorie, tarief 2022, tarief 2023) in % of the WOZ-waarde
    ("Woningen eigenaar", 0.1150, 0.0975),
    ("Niet-woningen eigenaar", 0.2212, 0.1986),
    ("Niet-woningen gebruiker", 0.1794, 0.1611),
]
WOZ = (280_000, 320_000)    # gemiddelde WOZ-waarde woning 2022, 2023
HEFF = [  # (heffing, 2022, 2023) euros per huishouden
    ("Afvalstoffenheffing eenpersoonshuishouden", 226, 238),
    ("Afvalstoffenheffing meerpersoonshuishouden", 298, 314),
    ("Rioolheffing per huishouden", 247, 259),
]
HEFF_PCT = {h: round(100 * (b - a) / a, 1) for h, a, b in HEFF}
OZB_WONING = tuple(OZB[0][1 + i] * WOZ[i] / 100 for i in range(2))
assert all(abs(x - round(x)) < 1e-9 for x in OZB_WONING)
OZB_WONING = tuple(round(x) for x in OZB_WONING)
_h = {h: (a, b) for h, a, b in HEFF}
WOONLASTEN = {  # (OZB, afval, riool, totaal) per (huishouden, year index)
    (hh, i): (OZB_WONING[i], _h[f"Afvalstoffenheffing {hh}"][i], _h["Rioolheffing per huishouden"][i])
    for hh in ("eenpersoonshuishouden", "meerpersoonshuishouden") for i in range(2)}
WOONLASTEN = {key: v + (sum(v),) for key, v in WOONLASTEN.items()}
WL_STIJGING_MP = WOONLASTEN[("meerpersoonshuishouden", 1)][3] - WOONLASTEN[("meerpersoonshuishouden", 0)][3]
WL_STIJGING_MP_PCT = round(100 * WL_STIJGING_MP / WOONLASTEN[("meerpersoonshuishouden", 0)][3], 1)
LEEFBAARHEIDSFONDS = 175_000      # prose only
WMO_CLIENTEN = 1_150              # prose only: verwachte cliënten met een Wmo-maatwerkvoorziening 2023


# ================================================================================================= asserts
def _asserts():
    # the primitieve begroting = the real Begroting 2024 for P1, P2, P4, as printed x EUR 1.000
    for p in PROGS:
        assert (k(REAL_BATEN[p]), k(REAL_LASTEN[p])) == REAL_PRINTED[p], p
        assert W_BATEN[p][PRIM] == REAL_BATEN[p]
        same = W_LASTEN[p][PRIM] == REAL_LASTEN[p]
        assert same == (p in (P1, P2, P4)), p
        assert W_ONTTR[p][PRIM] == REAL_ONTTR[p]
    assert W_TOT_LASTEN[PRIM] == sum(REAL_LASTEN.values()) == -88_320_307
    assert W_TOT_BATEN[PRIM] == 85_971_060
    assert W_TOT_MUT[PRIM] == 2_381_600 and W_TOT_RESULT[PRIM] == 32_353
    assert k(W_TOT_RESULT[PRIM]) == 32 and k(W_TOT_SALDO[PRIM]) == -2_349
    # reserves tie to the programme mutations (realisatie)
    assert sum(W_RES[r][1] for r in W_RES) == -W_TOT_TOEV[REK]
    assert -sum(W_RES[r][2] for r in W_RES) == W_TOT_ONTTR[REK]
    assert all(W_RES[r][3] >= 0 for r in W_RES)
    # balance
    assert TOTAAL_ACTIVA == TOTAAL_PASSIVA
    assert all(u > 0 for u in UITZ_BAL)
    assert 60 <= SOLV[0] <= 75 and 60 <= SOLV[1] <= 75 and SOLV[0] != 65 and SOLV[1] != 65
    # analysis: the items add up to the printed verschil; the sanering item = the lasten not spent (rounded)
    for p in PROGS:
        assert sum(a for _, a, _ in W_ANALYSE[p]) == W_VERSCHIL_SALDO_K[p]
        assert abs(W_ANALYSE[p][-1][1]) < 120, (p, W_ANALYSE[p][-1])
    assert k(SANERING) == 879 and W_ONTTR[P4][NW] - W_ONTTR[P4][REK] == SANERING
    # taakvelden close to the programme lasten
    for i in range(3):
        assert sum(W_TV[n][i] for n in W_TV) == W_LASTEN[P2][i]
    assert 4_500_000 < -W_TV[TV61][NW] < 6_500_000 and 4_500_000 < -W_TV[TV61][REK] < 6_500_000
    # the resultaat is positive and the begroting na wijziging sluitend-ish
    assert W_TOT_RESULT[REK] > 1_000_000 and 0 < W_TOT_RESULT[NW] < 500_000
    # values that must differ between the real begroting / primitief and the realisation (for 'other')
    for p in PROGS:
        assert len({k(W_LASTEN[p][i]) for i in range(3)}) == 3, p
        assert len({k(W_BATEN[p][i]) for i in range(3)}) >= 2, p
    # the KDB bijdrage equals taakveld 6.4; the Avalex item of the P5 analysis equals the lower bijdrage
    kdb = [v for v in W_VP if v[0].startswith("Werkvoorzieningsschap")][0]
    assert (-kdb[1], -kdb[2]) == W_TV["6.4 WSW en beschut werk"][1:]
    av = [v for v in W_VP if v[0] == "Avalex"][0]
    assert k(av[1] - av[2]) == [a for lab, a, _ in W_ANALYSE[P5] if "Avalex" in lab][0]
    assert all(r[4] >= 0 for rows in W_INV.values() for r in rows)
    h = {x[0]: x for x in W_HEFF}
    assert k(h["Onroerendezaakbelastingen niet-woningen"][2] - h["Onroerendezaakbelastingen niet-woningen"][1]) == \
        [a for lab, a, _ in W_ANALYSE[P3] if "OZB" in lab][0]
    assert W_KERN[3][1:] == (12_371, 12_417) and W_KERN[3][2] - W_KERN[3][1] == W_WONINGEN_OPGELEVERD
    # Dinkelland
    for i in range(6):
        assert D_RESULT[i] == D_SALDO_BEGR[i]
    assert all(D_BATEN[A0][i] > 40_000_000 for i in range(6))
    assert D_INV_TOT[0] == sum(x[2] for x in D_INV_TYPED)
    assert len({r[1] for r in D_ONTW[A1]}) == len(D_ONTW[A1])
    assert WL_STIJGING_MP == 18


_asserts()

if __name__ == "__main__":
    print("Wassenaar (euros)  primitief / na wijziging / rekening")
    for p in PROGS:
        print(f"  {p:36} baten {W_BATEN[p]}  lasten {W_LASTEN[p]}  mut {W_MUT[p]}  result {W_RESULT[p]}")
    print("  totaal saldo", W_TOT_SALDO, "mut", W_TOT_MUT, "resultaat", W_TOT_RESULT)
    print("  verschil saldo (k)", W_VERSCHIL_SALDO_K)
    for p in PROGS:
        print("  analyse", p, W_ANALYSE[p])
    print("  6.1 closing", W_TV[TV61], "jeugd", tv_verschil(JEUGD_TV), "wmo", tv_verschil(WMO_TV))
    print("  reserves", {r: v for r, v in W_RES.items() if v[1] or v[2]})
    print("  balans EV", EV, "totaal", TOTAAL_PASSIVA, "uitz", UITZ_BAL, "solv", SOLV)
    print("Dinkelland")
    print("  basis baten", D_BATEN[A0], "saldo", D_RESULT)
    print("  investeringen", D_INV, D_INV_TOT)
    print("  heffingen", HEFF_PCT, "OZB woning", OZB_WONING, "woonlasten", WOONLASTEN, WL_STIJGING_MP_PCT)
