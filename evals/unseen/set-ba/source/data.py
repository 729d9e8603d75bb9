"""Every figure of the two FICTIONAL documents of set-ba, typed once, with asserts that tie them together.

W_*  Gemeente Wassenaar, Jaarstukken 2024 (made-up realisation; the primitieve begroting is the real
     Begroting 2024 in /work/main/corpus, taken from its Tabel 12.5 / 12.4 / 8.3 / 2.1 ... and asserted
     against that PDF by check.py).
O_*  Omgevingsdienst Twente, Begroting 2026 (made-up figures for a real gemeenschappelijke regeling).

Amounts are euros unless the name ends in _K (thousands).
"""
from __future__ import annotations

from fmt import half_up, k, largest_remainder

W_FILE = "wassenaar-jaarstukken-2024.pdf"
O_FILE = "omgevingsdienst-twente-begroting-2026.pdf"
W_BODY = "Wassenaar"
O_BODY = "Omgevingsdienst Twente"

# =====================================================================================================
# Wassenaar: programmes (euros).  prim = real Begroting 2024 (Tabel 12.5 totals, Tabel 12.4 reserves)
# =====================================================================================================
W_PROGS = [
    # key, title, prim baten, prim lasten, prim onttrekking, prim toevoeging,
    #             nw baten, nw lasten, realisatie baten, realisatie lasten
    dict(key="P1", title="P1 Veiligheid en Handhaving", short="Veiligheid en Handhaving",
         prim_b=101_693, prim_l=4_204_425, prim_o=0, prim_t=0,
         nw_b=162_040, nw_l=4_389_060, re_b=187_074, re_l=4_302_031),
    dict(key="P2", title="P2 Mens en Maatschappij", short="Mens en Maatschappij",
         prim_b=11_652_364, prim_l=38_933_561, prim_o=50_000, prim_t=0,
         nw_b=12_892_064, nw_l=40_083_021, re_b=13_318_042, re_l=40_912_087),
    dict(key="P3", title="P3 Bestuur en Middelen", short="Bestuur en Middelen",
         prim_b=60_114_220, prim_l=19_786_108, prim_o=731_000, prim_t=0,
         nw_b=61_734_020, nw_l=20_296_058, re_b=62_488_015, re_l=19_874_090),
    dict(key="P4", title="P4 Fysieke Leefomgeving", short="Fysieke Leefomgeving",
         prim_b=1_879_238, prim_l=6_175_531, prim_o=1_475_000, prim_t=0,
         nw_b=1_879_038, nw_l=7_715_061, re_b=2_104_060, re_l=7_488_019),
    dict(key="P5", title="P5 Natuur, Klimaat en Mobiliteit", short="Natuur, Klimaat en Mobiliteit",
         prim_b=12_223_545, prim_l=19_220_682, prim_o=125_600, prim_t=0,
         nw_b=12_583_045, nw_l=19_730_082, re_b=12_901_077, re_l=19_612_054),
]
W_PROG = {p["key"]: p for p in W_PROGS}

# Reserves (x € 1.000).  stand 1-1-2024 includes the bestemming of the resultaat 2023.
# movements: list of (programme, toevoeging, onttrekking, budget onttrekking na wijziging)
W_RESERVES = [
    dict(name="Algemene reserve (vrij besteedbaar)", group="alg", s0=44_206, moves=[("P3", 0, 1_246, 1_246)]),
    dict(name="Algemene reserve weerstandsvermogen", group="alg", s0=8_000, moves=[]),
    dict(name="BR volkshuisvesting en duurzaamheid", group="best", s0=612, moves=[("P5", 0, 98, 126)]),
    dict(name="BR kunstopdrachten", group="best", s0=44, moves=[]),
    dict(name="BR uitvoering Sociaal domein", group="best", s0=652, moves=[("P2", 300, 0, 0)]),
    dict(name="BR invest sport (beg 17)", group="best", s0=129, moves=[("P2", 0, 129, 129)]),
    dict(name="BR verkeersprojecten", group="best", s0=51, moves=[]),
    dict(name="BR egalisatie omgevingsvergunningen", group="best", s0=1_285, moves=[("P4", 0, 412, 412)]),
    dict(name="BR grote projecten", group="best", s0=1_870, moves=[("P3", 650, 0, 0), ("P4", 0, 1_340, 1_340)]),
    dict(name="BR Groencompensatie Amerikaanse Ambassade", group="best", s0=375, moves=[("P5", 0, 75, 75)]),
    dict(name="BR Transitievisies Klimaatakkoord", group="best", s0=35, moves=[("P5", 0, 35, 35)]),
    dict(name="BR Reorganisatie", group="best", s0=636, moves=[("P3", 0, 214, 214)]),
]
W_RESULT_2023 = 1_318_402          # resultaat 2023, bestemd (raad juni 2024) ten gunste van de algemene reserve
W_RES2023_K = k(W_RESULT_2023)     # 1.318

for r in W_RESERVES:
    r["toe"] = sum(m[1] for m in r["moves"])
    r["ont"] = sum(m[2] for m in r["moves"])
    r["s1"] = r["s0"] + r["toe"] - r["ont"]
    assert r["s1"] >= 0, r

for p in W_PROGS:
    key = p["key"]
    p["re_t"] = 1000 * sum(m[1] for r in W_RESERVES for m in r["moves"] if m[0] == key)
    p["re_o"] = 1000 * sum(m[2] for r in W_RESERVES for m in r["moves"] if m[0] == key)
    p["nw_t"] = p["re_t"]
    p["nw_o"] = 1000 * sum(m[3] for r in W_RESERVES for m in r["moves"] if m[0] == key)
    for v in ("prim", "nw", "re"):
        p[v + "_s"] = p[v + "_b"] - p[v + "_l"]                 # saldo van baten en lasten
        p[v + "_m"] = p[v + "_o"] - p[v + "_t"]                 # mutaties reserves
        p[v + "_r"] = p[v + "_s"] + p[v + "_m"]                 # resultaat

# the primitieve column reproduces the real Begroting 2024 (Tabel 1.2, 2.3, 3.3, 4.3, 5.3: x € 1.000)
REAL_PROG_2024_K = {  # baten, lasten, saldo, onttrekking, toevoeging, mutaties, resultaat as printed there
    "P1": (102, -4_204, -4_103, 0, 0, 0, -4_103),
    "P2": (11_652, -38_934, -27_281, 50, 0, 50, -27_231),
    "P3": (60_114, -19_786, 40_328, 731, 0, 731, 41_059),
    "P4": (1_879, -6_176, -4_296, 1_475, 0, 1_475, -2_821),
    "P5": (12_224, -19_221, -6_997, 126, 0, 126, -6_872),
}
for p in W_PROGS:
    got = (k(p["prim_b"]), -k(p["prim_l"]), k(p["prim_s"]), k(p["prim_o"]), k(p["prim_t"]), k(p["prim_m"]),
           k(p["prim_r"]))
    assert got == REAL_PROG_2024_K[p["key"]], (p["key"], got)


def wtot(field):
    return sum(p[field] for p in W_PROGS)


W_TOT = {f: wtot(f) for f in W_PROGS[0] if f.split("_")[0] in ("prim", "nw", "re")}
assert W_TOT["prim_b"] == 85_971_060 and W_TOT["prim_l"] == 88_320_307       # real Tabel 12.5
assert W_TOT["prim_s"] == -2_349_247 and W_TOT["prim_m"] == 2_381_600 and W_TOT["prim_r"] == 32_353
W_RESULT_BEFORE = W_TOT["re_s"]     # resultaat voor mutaties reserves (saldo van baten en lasten)
W_RESULT = W_TOT["re_r"]            # resultaat na mutaties reserves
assert W_RESULT_BEFORE == -1_190_013 and W_RESULT == 1_408_987, (W_RESULT_BEFORE, W_RESULT)
W_RESULT_NW = W_TOT["nw_r"]
assert W_RESULT_NW == -336_075

# printed deviations must be the difference of the printed cells (no rounding surprises)
for p in W_PROGS:
    for a in ("b", "l", "s", "o", "t", "m", "r"):
        sign = -1 if a in ("l", "t") else 1          # lasten and toevoegingen are printed negative
        nw, re_ = sign * p["nw_" + a], sign * p["re_" + a]
        assert k(re_) - k(nw) == k(re_ - nw), (p["key"], a, k(re_), k(nw), k(re_ - nw))
    # printed saldo = printed baten - printed lasten (for na wijziging and realisatie)
    for v in ("nw", "re"):
        assert k(p[v + "_s"]) == k(p[v + "_b"]) - k(p[v + "_l"]), (p["key"], v)
        assert k(p[v + "_r"]) == k(p[v + "_s"]) + k(p[v + "_m"]), (p["key"], v)

# reserves: totals tie to the programme mutaties
W_RES_TOE_K = sum(r["toe"] for r in W_RESERVES)
W_RES_ONT_K = sum(r["ont"] for r in W_RESERVES)
assert W_RES_TOE_K * 1000 == W_TOT["re_t"] and W_RES_ONT_K * 1000 == W_TOT["re_o"]
W_RES_ALG = [r for r in W_RESERVES if r["group"] == "alg"]
W_RES_BEST = [r for r in W_RESERVES if r["group"] == "best"]


def rsum(rs, f):
    return sum(r[f] for r in rs)


# Resultaatbestemming 2024 (voorstel)
W_BESTEMMING = [
    ("BR uitvoering Sociaal domein", 500_000),
    ("BR grote projecten", 250_000),
    ("Algemene reserve (vrij besteedbaar)", W_RESULT - 750_000),
]
assert sum(b for _, b in W_BESTEMMING) == W_RESULT and W_BESTEMMING[2][1] == 658_987

# Explanations of the deviations (euros; + = hogere lasten / hogere baten).  'Overige afwijkingen' closes.
W_EXPL = {
    "P1": dict(lasten=[("Inhuur toezicht en handhaving openbare ruimte", -61_300,
                        "De vacatures voor boa's werden later vervuld dan begroot; de tijdelijke inhuur viel lager uit."),
                       ("Bijdrage Veiligheidsregio Haaglanden", 24_684,
                        "De bijdrage viel hoger uit door de loonindexatie van de veiligheidsregio.")],
               baten=[("Bestuurlijke boetes en dwangsommen", 25_521,
                       "Er werden meer dwangsommen verbeurd dan verwacht.")]),
    "P2": dict(lasten=[("Jeugdhulp met verblijf en jeugd-GGZ", 612_400,
                        "Meer jeugdigen hadden een plaatsing met verblijf nodig, vaak na een crisisplaatsing, en de "
                        "tarieven van de regionale inkoop stegen met 6,8%."),
                       ("Hulp bij het huishouden (Wmo)", 188_900,
                        "Door het abonnementstarief en de vergrijzing steeg het aantal cliënten van 612 naar 655."),
                       ("Opvang ontheemden Oekraïne", -214_000,
                        "Er werden minder ontheemden opgevangen dan begroot; de rijksvergoeding daalde evenredig.")],
               baten=[("Opvang vluchtelingen COA", 150_000,
                       "De vergoeding van het COA voor de opvang op Duinrell bedroeg € 500.000 in plaats van de "
                       "begrote € 350.000, omdat de opvang langer doorliep."),
                      ("Rijksuitkering BUIG", 402_000,
                       "De definitieve BUIG-uitkering viel hoger uit dan de voorlopige toekenning."),
                      ("Opvang ontheemden Oekraïne", -214_000,
                       "Lagere rijksvergoeding door minder opgevangen ontheemden (zie de lasten).")]),
    "P3": dict(lasten=[("Personeelslasten en inhuur", -286_400,
                        "Vacatures bleven langer open; de inhuur om ze te overbruggen was lager dan het budget."),
                       ("Verbouwing raadhuis De Paauw (tijdelijke huisvesting)", -98_500,
                        "De tijdelijke huisvesting kon drie maanden eerder worden opgezegd.")],
               baten=[("Algemene uitkering gemeentefonds", 611_000,
                       "De septembercirculaire en de decembercirculaire 2024 leverden samen € 611.000 meer op."),
                      ("Opbrengst OZB", 104_300,
                       "Na de afhandeling van de bezwaren vielen de WOZ-waarden hoger uit dan geraamd.")]),
    "P4": dict(lasten=[("Onderwijshuisvesting Kievietschool", -187_300,
                        "De renovatie liep vertraging op; een deel van de kosten schuift door naar 2025.")],
               baten=[("Leges omgevingsvergunningen", 198_600,
                       "Er werden meer en grotere bouwaanvragen ingediend, onder meer voor woningbouw.")]),
    "P5": dict(lasten=[("Onderhoud wegen en openbaar groen", -162_800,
                        "Door de natte zomer konden niet alle werkzaamheden worden uitgevoerd."),
                       ("Afvalinzameling Avalex", 134_337,
                        "De bijdrage aan Avalex was hoger door gestegen verwerkingstarieven.")],
               baten=[("Afvalstoffenheffing", 176_400,
                       "Het aantal aanslagen lag hoger door nieuwe woningen en minder kwijtschelding."),
                      ("Toeristenbelasting", 131_432,
                       "Het aantal overnachtingen op de campings en in de hotels lag hoger dan verwacht.")]),
}
for p in W_PROGS:
    e = W_EXPL[p["key"]]
    for side, f in (("lasten", "l"), ("baten", "b")):
        dev = p["re_" + f] - p["nw_" + f]
        rest = dev - sum(x[1] for x in e[side])
        e[side + "_overig"] = rest
        assert abs(rest) < abs(dev) or abs(dev) < 60_000, (p["key"], side, dev, rest)

# Balance sheet (x € 1.000), 31-12-2024 and 31-12-2023; both before resultaatbestemming
W_BAL_ACT = [  # (group, label, 2024, 2023)
    ("Vaste activa", "Immateriële vaste activa", 37, 41),
    ("Vaste activa", "Materiële vaste activa", 53_884, 50_912),
    ("Vaste activa", "Financiële vaste activa", 5_245, 5_289),
    ("Vlottende activa", "Uitzettingen met een rentetypische looptijd korter dan één jaar", 19_656, 24_670),
    ("Vlottende activa", "Liquide middelen", 212, 143),
    ("Vlottende activa", "Overlopende activa", 6_100, 7_022),
]
W_ALG_31_12_2023_K = rsum(W_RES_ALG, "s0") - W_RES2023_K     # before bestemming 2023
W_BAL_PAS = [
    ("Vaste passiva", "Algemene reserves", rsum(W_RES_ALG, "s1"), W_ALG_31_12_2023_K),
    ("Vaste passiva", "Bestemmingsreserves", rsum(W_RES_BEST, "s1"), rsum(W_RES_BEST, "s0")),
    ("Vaste passiva", "Gerealiseerd resultaat", k(W_RESULT), W_RES2023_K),
    ("Vaste passiva", "Voorzieningen", 18_420, 19_392),
    ("Vaste passiva", "Vaste schulden met een rentetypische looptijd van één jaar of langer", 189, 178),
    ("Vlottende passiva", "Netto vlottende schulden met een rentetypische looptijd korter dan één jaar", 5_412, 5_120),
]
W_BAL_ACT_TOT = [sum(r[2] for r in W_BAL_ACT), sum(r[3] for r in W_BAL_ACT)]
_op = [W_BAL_ACT_TOT[0] - sum(r[2] for r in W_BAL_PAS), W_BAL_ACT_TOT[1] - sum(r[3] for r in W_BAL_PAS)]
W_BAL_PAS.append(("Vlottende passiva", "Overlopende passiva", _op[0], _op[1]))
assert 3_000 < _op[0] < 9_000 and 3_000 < _op[1] < 9_000, _op
W_BAL_PAS_TOT = [sum(r[2] for r in W_BAL_PAS), sum(r[3] for r in W_BAL_PAS)]
assert W_BAL_PAS_TOT == W_BAL_ACT_TOT
W_EV = [sum(r[2] for r in W_BAL_PAS[:3]), sum(r[3] for r in W_BAL_PAS[:3])]
W_SOLV = [round(100 * W_EV[i] / W_BAL_ACT_TOT[i]) for i in range(2)]

# Kengetallen (percentages): Rekening 2023, Begroting 2024 (= real Tabel 8.3 '2024 Begr.'), Rekening 2024
W_KENGETALLEN = [
    ("1a. Netto schuldquote", "21%", "18%", "12%"),
    ("1b. Netto schuldquote gecorrigeerd voor alle verstrekte leningen", "25%", "23%", "16%"),
    ("2. Solvabiliteitsratio", f"{W_SOLV[1]}%", "65%", f"{W_SOLV[0]}%"),
    ("3. Structurele exploitatieruimte", "1,85%", "0,04%", "1,12%"),
    ("4. Grondexploitatie", "n.v.t.", "n.v.t.", "n.v.t."),
    ("5. Belastingcapaciteit", "173%", "172%", "171%"),
]
assert W_SOLV == [67, 66], W_SOLV
REAL_KENGETALLEN_BEGR_2024 = {"1a": "18", "1b": "23", "2": "65", "3": "0,04", "5": "172"}

# Weerstandsvermogen
W_WEER_BESCHIKBAAR = rsum(W_RES_ALG, "s1") * 1000            # the algemene reserves at 31-12-2024
W_RISKS = [  # (risk, benodigde capaciteit in euros)
    ("Open-einderegelingen sociaal domein (jeugdhulp en Wmo)", 1_150_000),
    ("Garantstellingen en leningen (Avalex, sportverenigingen)", 612_500),
    ("Vertraging en kostenstijging grote projecten (De Paauw, gemeentewerf)", 845_000),
    ("Bijdragen verbonden partijen hoger dan begroot", 418_300),
    ("Overige risico's", 387_000),
]
W_WEER_BENODIGD = sum(r[1] for r in W_RISKS)
W_RATIO = half_up(W_WEER_BESCHIKBAAR / W_WEER_BENODIGD, 1)
assert W_WEER_BENODIGD == 3_412_800 and W_WEER_BESCHIKBAAR == 50_960_000 and W_RATIO == 14.9, (
    W_WEER_BENODIGD, W_WEER_BESCHIKBAAR, W_RATIO)
W_RATIO_BEGROOT = 17.4       # real Begroting 2024

# Verbonden partijen: begroot = real Begroting 2024 'Financieel belang'; werkelijk made up
W_VP = [
    ("Veiligheidsregio Haaglanden (VRH)", 2_207_160, 2_231_844),
    ("Servicebureau Jeugdhulp Haaglanden (SbJH)", 188_764, 176_310),
    ("GGD Haaglanden", 543_000, 551_270),
    ("Werkvoorziening Kust-, Duin- en Bollenstreek (KDB)", 962_000, 1_004_615),
    ("Belastingsamenwerking Gouwe-Rijnland (BSGR)", 480_915, 480_915),
    ("Omgevingsdienst Haaglanden (ODH)", 524_000, 538_410),
    ("Avalex", 3_968_000, 4_102_337),
    ("Metropoolregio Rotterdam Den Haag (MRDH)", 76_436, 76_436),
]
W_VP_TOT = (sum(v[1] for v in W_VP), sum(v[2] for v in W_VP))
assert W_VP[6][2] - W_VP[6][1] == W_EXPL["P5"]["lasten"][1][1]          # Avalex deviation in P5
assert W_VP[0][2] - W_VP[0][1] == W_EXPL["P1"]["lasten"][1][1]          # VRH deviation in P1

# Investments (euros): (programme, name, krediet, besteed t/m 2023, besteed 2024)
W_INV = [
    ("P2", "Combisporthal Dr. Mansveltkade", 7_411_000, 6_822_410, 571_360),
    ("P2", "Gymzaal Burmanlaan", 1_651_000, 120_300, 862_415),
    ("P2", "Verduurzaming Langstraat", 210_000, 0, 188_900),
    ("P2", "Verduurzaming Paauwlaan 12", 195_000, 0, 47_250),
    ("P3", "De Paauw restauratie / verbouwing raadhuis", 12_230_000, 3_412_870, 4_186_330),
    ("P3", "De Paauw aanlichten", 86_000, 0, 0),
    ("P3", "De Paauw bruggen", 330_000, 0, 112_460),
    ("P3", "Warenar (renovatie)", 1_000_000, 214_600, 655_180),
    ("P3", "Duurzaamheid in eigen panden", 525_000, 161_300, 208_745),
    ("P3", "ICT investeringen", 355_000, 198_220, 104_980),
    ("P4", "Rijnlands Lyceum uitbreiding", 6_116_211, 5_904_118, 182_040),
    ("P4", "Renovatie Kievietschool", 4_921_379, 1_206_540, 2_314_872),
    ("P4", "Nieuwbouw fusie St. Jan Baptist- en St. Jozefschool", 6_440_000, 0, 412_600),
    ("P5", "Dorpskern", 6_540_000, 1_812_300, 1_106_455),
    ("P5", "Herstel kades Havenkanaal", 4_097_000, 2_916_400, 1_246_825),
    ("P5", "Nieuwe Gemeentewerf", 5_300_000, 0, 734_210),
    ("P5", "Aankoop grond nieuwe gemeentewerf", 1_500_000, 0, 1_500_000),
    ("P5", "Wassenaarse Slag", 1_700_000, 986_300, 598_112),
    ("P5", "Groene zone - uitvoeringsmaatregelen", 171_500, 0, 64_380),
    ("P5", "Doseerlichten sluipverkeer", 500_000, 31_200, 287_560),
    ("P5", "Verlagen maximumsnelheid naar 30 km/uur", 2_250_000, 402_700, 1_133_915),
    ("P5", "Investering wegen Prinsenweg", 2_200_000, 1_086_500, 1_041_270),
    ("P5", "Rolstoeltoegankelijke wc-units", 327_000, 98_400, 221_760),
    ("P5", "Venstertijden vrachtverkeer", 500_000, 0, 46_900),
]
W_INV = [dict(prog=a, name=b, krediet=c, tm23=d, y24=e, tm24=d + e, restant=c - d - e) for a, b, c, d, e in W_INV]
W_INV_TOT = {f: sum(i[f] for i in W_INV) for f in ("krediet", "tm23", "y24", "tm24", "restant")}
assert [i["name"] for i in W_INV if i["restant"] < 0] == ["Herstel kades Havenkanaal"]

# Indicators: peilwaarde and streefwaarde 2024 as in the real Begroting 2024; realisatie made up
W_IND = [
    ("P2", "% inwoners met schuldenproblematiek", "6,1% (2021)", "6,0%", "5,8%"),
    ("P2", "Aantal inwoners met bijstandsuitkering per 1.000 inwoners", "27,1 (2021)", "25", "24,6"),
    ("P2", "% jongeren tot 18 jaar met jeugdhulp", "8,8% (2022)", "8,6%", "9,1%"),
    ("P2", "% eenzaamheid (volwassenen 19+ met een hoge eenzaamheidsscore)", "49% (2020)", "48%", "47%"),
    ("P3", "Rekening-courant verhouding met het Rijk (eind 2024)", "€ 30,4 mln", "€ 7,5 mln", "€ 9,1 mln"),
    ("P4", "Aantal woningen (gesaldeerd met gesloopte woningen)", "12.371 (2023)", "12.406", "12.398"),
    ("P5", "Totaal kg huishoudelijk restafval per inwoner", "214,4 kg (2022)", "200 kg", "193,8 kg"),
]
_rc = [r for r in W_BAL_ACT if r[1].startswith("Uitzettingen")][0][2]
W_RC_RIJK_K = 9_126                    # part of 'Uitzettingen < 1 jaar' (schatkistbankieren)
assert W_RC_RIJK_K < _rc

# WNT (euros)
W_WNT = [
    dict(name="mr. drs. H.A. Verbeek-Smit", functie="Gemeentesecretaris", periode="01/01 - 31/12",
         fte="1,0", dienst="ja", beloning=151_284, termijn=25_107, maximum=233_000),
    dict(name="drs. P.J. Oudeman", functie="Griffier", periode="01/01 - 31/12",
         fte="0,89", dienst="ja", beloning=101_344, termijn=17_108, maximum=207_370),
]
for w in W_WNT:
    w["sub"] = w["beloning"] + w["termijn"]
    assert w["sub"] <= w["maximum"]
assert W_WNT[1]["maximum"] == round(233_000 * 0.89)

# Lokale heffingen (x € 1.000): raming 2024 = real Tabel 7.1; werkelijk made up
W_HEFF = [
    ("OZB woningen", 8_764, 8_851),
    ("OZB niet-woningen", 3_256, 3_273),
    ("Toeristenbelasting", 2_508, 2_639),
    ("Hondenbelasting", 200, 196),
    ("Afvalstoffenheffing", 5_716, 5_892),
    ("Riool- en waterzorgheffing", 2_847, 2_861),
]
assert W_HEFF[0][2] + W_HEFF[1][2] - W_HEFF[0][1] - W_HEFF[1][1] == 104        # ~ OZB 104.300 in P3
assert W_HEFF[4][2] - W_HEFF[4][1] == 176                                      # ~ afvalstoffenheffing in P5
assert W_HEFF[2][2] - W_HEFF[2][1] == 131                                      # ~ toeristenbelasting in P5

W_INWONERS = {"2024": 26_985, "2025": 27_214}       # 1 januari
W_WONINGEN = 12_398
W_FTE = {"formatie": "214,6", "bezetting": "201,3"}

# =====================================================================================================
# Omgevingsdienst Twente, Begroting 2026
# =====================================================================================================
O_TARIEF = {"2024": 95.60, "2025": 99.80, "2026": 104.20, "2027": 107.22, "2028": 109.90, "2029": 112.65}
O_INDEX = {"loon": 3.7, "prijs": 2.1, "gewogen": 3.3, "w_loon": 75, "w_prijs": 25}
assert round(O_INDEX["w_loon"] * O_INDEX["loon"] / 100 + O_INDEX["w_prijs"] * O_INDEX["prijs"] / 100, 2) == 3.3
O_TARIEF_GEINDEXEERD = half_up(O_TARIEF["2025"] * (1 + O_INDEX["gewogen"] / 100), 2)     # 103,09
O_TARIEF_VTH_SYSTEEM = 1.11
assert round(O_TARIEF_GEINDEXEERD + O_TARIEF_VTH_SYSTEEM, 2) == O_TARIEF["2026"]
O_INDEX_MJ = {"2027": 2.9, "2028": 2.5, "2029": 2.5}
assert half_up(O_TARIEF["2026"] * 1.029, 2) == O_TARIEF["2027"]
assert half_up(O_TARIEF["2027"] * 1.025, 2) == O_TARIEF["2028"]
assert half_up(O_TARIEF["2028"] * 1.025, 2) == O_TARIEF["2029"]

# deelnemers: uren basistaken / plustaken 2026 and 2025
O_MEMBERS = [
    ("Almelo", 13_450, 3_120, 13_200, 2_980),
    ("Borne", 4_180, 760, 4_100, 700),
    ("Dinkelland", 7_940, 1_480, 7_800, 1_390),
    ("Enschede", 24_600, 6_350, 24_300, 6_100),
    ("Haaksbergen", 5_860, 920, 5_750, 900),
    ("Hellendoorn", 8_120, 1_340, 8_000, 1_260),
    ("Hengelo", 17_300, 4_480, 17_000, 4_350),
    ("Hof van Twente", 9_460, 1_610, 9_300, 1_540),
    ("Losser", 5_720, 1_050, 5_600, 980),
    ("Oldenzaal", 5_230, 1_190, 5_150, 1_120),
    ("Rijssen-Holten", 7_690, 1_270, 7_550, 1_200),
    ("Tubbergen", 6_980, 1_130, 6_850, 1_060),
    ("Twenterand", 8_560, 1_720, 8_400, 1_650),
    ("Wierden", 5_340, 840, 5_250, 800),
    ("Provincie Overijssel", 46_800, 11_850, 46_000, 11_500),
]
O_MEM = []
for name, hb, hp, hb25, hp25 in O_MEMBERS:
    assert hb % 10 == 0 and hp % 10 == 0 and hb25 % 10 == 0 and hp25 % 10 == 0
    bb = round(hb * O_TARIEF["2026"])
    bp = round(hp * O_TARIEF["2026"])
    assert abs(bb - hb * O_TARIEF["2026"]) < 1e-6 and abs(bp - hp * O_TARIEF["2026"]) < 1e-6
    t25 = round((hb25 + hp25) * O_TARIEF["2025"])
    O_MEM.append(dict(name=name, hb=hb, hp=hp, bb=bb, bp=bp, tot=bb + bp, hb25=hb25, hp25=hp25, tot25=t25,
                      uren=hb + hp))
O_M = {m["name"]: m for m in O_MEM}
O_MEM_TOT = {f: sum(m[f] for m in O_MEM) for f in ("hb", "hp", "bb", "bp", "tot", "hb25", "hp25", "tot25", "uren")}
assert O_MEM_TOT["hb"] == 177_230 and O_MEM_TOT["hp"] == 39_110

YEARS = ["2024", "2025", "2026", "2027", "2028", "2029"]
# overview (k€).  Bijdragen follow from the hours (2025/2026) or from the hours 2026 x tarief (2027-2029)
O_BIJ_BASIS = {"2024": 16_412, "2025": k(O_MEM_TOT["hb25"] * O_TARIEF["2025"]), "2026": k(O_MEM_TOT["bb"])}
O_BIJ_PLUS = {"2024": 3_486, "2025": k(O_MEM_TOT["hp25"] * O_TARIEF["2025"]), "2026": k(O_MEM_TOT["bp"])}
for y in ("2027", "2028", "2029"):
    O_BIJ_BASIS[y] = k(O_MEM_TOT["hb"] * O_TARIEF[y])
    O_BIJ_PLUS[y] = k(O_MEM_TOT["hp"] * O_TARIEF[y])
O_PROJECTEN = {"2024": 1_312, "2025": 1_180, "2026": 1_240, "2027": 1_000, "2028": 900, "2029": 900}
O_OVERIG = {"2024": 97, "2025": 80, "2026": 85, "2027": 85, "2028": 85, "2029": 85}
O_L_PLUS = {"2024": 3_874, "2025": 4_205, "2026": 4_412, "2027": 4_395, "2028": 4_402, "2029": 4_510}
O_L_BEDR = {"2024": 5_712, "2025": 5_880, "2026": 6_520, "2027": 6_650, "2028": 6_790, "2029": 6_935}
O_TOE = {y: 0 for y in YEARS}
O_ONT = {"2024": 420, "2025": 300, "2026": 310, "2027": 95, "2028": 0, "2029": 0}
O_SALDO_TARGET = {"2024": -265, "2025": -300, "2026": -310, "2027": -95, "2028": -45, "2029": 20}
O_L_BASIS = {"2024": 11_986}
O_BATEN = {}
O_LASTEN = {}
O_SALDO = {}
O_RESULT = {}
for y in YEARS:
    O_BATEN[y] = O_BIJ_BASIS[y] + O_BIJ_PLUS[y] + O_PROJECTEN[y] + O_OVERIG[y]
    if y != "2024":
        O_L_BASIS[y] = O_BATEN[y] - O_SALDO_TARGET[y] - O_L_PLUS[y] - O_L_BEDR[y]
    O_LASTEN[y] = O_L_BASIS[y] + O_L_PLUS[y] + O_L_BEDR[y]
    O_SALDO[y] = O_BATEN[y] - O_LASTEN[y]
    assert O_SALDO[y] == O_SALDO_TARGET[y], (y, O_SALDO[y])
    O_RESULT[y] = O_SALDO[y] - O_TOE[y] + O_ONT[y]
assert O_RESULT == {"2024": 155, "2025": 0, "2026": 0, "2027": 0, "2028": -45, "2029": 20}, O_RESULT
assert O_BATEN["2026"] == 23_867 and O_LASTEN["2026"] == 24_177, (O_BATEN["2026"], O_LASTEN["2026"])
assert O_BIJ_BASIS["2026"] == 18_467 and O_BIJ_PLUS["2026"] == 4_075

# programme cards (k€): baten per programme
O_PROG = [
    dict(name="VTH-basistaken", lasten=O_L_BASIS, baten=O_BIJ_BASIS),
    dict(name="VTH-plustaken", lasten=O_L_PLUS, baten={y: O_BIJ_PLUS[y] + O_PROJECTEN[y] for y in YEARS}),
    dict(name="Bedrijfsvoering", lasten=O_L_BEDR, baten=O_OVERIG),
]
for p in O_PROG:
    p["saldo"] = {y: p["baten"][y] - p["lasten"][y] for y in YEARS}
for y in YEARS:
    assert sum(p["saldo"][y] for p in O_PROG) == O_SALDO[y]
O_FTE = {"VTH-basistaken": ("114,2", "118,6"), "VTH-plustaken": ("36,9", "38,4"), "Bedrijfsvoering": ("41,0", "41,5")}
O_FTE_TOT = ("192,1", "198,5")
assert round(sum(float(v[0].replace(",", ".")) for v in O_FTE.values()), 1) == 192.1
assert round(sum(float(v[1].replace(",", ".")) for v in O_FTE.values()), 1) == 198.5

# meerjarige bijdragen per deelnemer (k€), 2026-2029; members add up to the overview (largest remainder)
O_MJ = {}
for y in ("2026", "2027", "2028", "2029"):
    total = O_BIJ_BASIS[y] + O_BIJ_PLUS[y]
    exact = [m["uren"] * O_TARIEF[y] / 1000 for m in O_MEM]
    vals = largest_remainder(exact, total)
    for m, v in zip(O_MEM, vals):
        assert abs(v - m["uren"] * O_TARIEF[y] / 1000) < 1.0
        O_MJ.setdefault(m["name"], {})[y] = v
O_MJ_TOT = {y: sum(O_MJ[m][y] for m in O_MJ) for y in ("2026", "2027", "2028", "2029")}
for y in O_MJ_TOT:
    assert O_MJ_TOT[y] == O_BIJ_BASIS[y] + O_BIJ_PLUS[y]

# reserves (k€): stand 1-1-2026, toevoeging, onttrekking, stand 31-12-2026
O_RES = [
    ("Algemene reserve", 1_120, 0, 0),
    ("Bestemmingsreserve digitalisering VTH", 640, 0, 310),
    ("Bestemmingsreserve frictiekosten", 250, 0, 0),
]
O_RES = [dict(name=a, s0=b, toe=c, ont=d, s1=b + c - d) for a, b, c, d in O_RES]
assert sum(r["ont"] for r in O_RES) == O_ONT["2026"] and sum(r["toe"] for r in O_RES) == O_TOE["2026"]
O_RES_TOT = {f: sum(r[f] for r in O_RES) for f in ("s0", "toe", "ont", "s1")}

# risks (k€): kans %, effect
O_RISKS = [
    ("Loon- en prijsstijgingen boven de indexatie", 50, 600),
    ("Krapte op de arbeidsmarkt: duurdere inhuur", 70, 400),
    ("Wegvallen van projectsubsidies", 30, 450),
    ("Cyberincident of uitval van het VTH-systeem", 10, 900),
    ("Aansprakelijkstelling en juridische procedures", 10, 500),
]
O_RISKS = [dict(name=a, kans=b, effect=c, bedrag=b * c // 100) for a, b, c in O_RISKS]
assert all(r["kans"] * r["effect"] % 100 == 0 for r in O_RISKS)
O_BENODIGD = sum(r["bedrag"] for r in O_RISKS)
O_BESCHIKBAAR = O_RES[0]["s1"]
O_RATIO = half_up(O_BESCHIKBAAR / O_BENODIGD, 2)
assert O_BENODIGD == 855 and O_RATIO == 1.31, (O_BENODIGD, O_RATIO)

O_INHUUR = {"2025": 14, "2026": 10}            # % van de loonsom
O_TRAINEES = 6
O_ASBEST_FTE = "4,2"
