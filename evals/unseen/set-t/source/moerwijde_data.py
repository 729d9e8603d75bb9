"""Figures of the fictional 'Voorjaarsnota 2026' of gemeente Moerwijde.

All amounts in tables are x EUR 1.000 unless stated otherwise; sign convention in the
meerjarenperspectief and mutation tables: + = voordeel, - = nadeel.
Running this module checks that everything adds up.
"""
from __future__ import annotations

from common import YEARS4, check

MUNICIPALITY = "Moerwijde"

# ---------------------------------------------------------------- meerjarenperspectief
STAND_BEGROTING = [724, 489, 233, 1046]  # saldo begroting 2026 incl. 1e begrotingswijziging

PROGRAMMES = [
    (1, "Bestuur en veiligheid"),
    (2, "Sociaal domein"),
    (3, "Onderwijs, sport en cultuur"),
    (4, "Ruimte en wonen"),
    (5, "Openbare ruimte en mobiliteit"),
    (6, "Financiën en algemene dekkingsmiddelen"),
]

# (nr, omschrijving, toelichting, I/S, [2026, 2027, 2028, 2029])
MUTATIES = {
    1: [
        ("1.1", "Bijdrage Veiligheidsregio",
         "Hogere bijdrage op basis van de ontwerpbegroting 2027 van de Veiligheidsregio (cao en materieel).",
         "S", [-96, -99, -102, -105]),
        ("1.2", "Gemeenteraadsverkiezingen 2026",
         "Extra stembureaus en langere openingstijden; de kosten vallen hoger uit dan geraamd.",
         "I", [-38, 0, 0, 0]),
        ("1.3", "Leges reisdocumenten",
         "Piek in het vernieuwen van paspoorten en identiteitskaarten die in 2016-2018 voor tien jaar zijn afgegeven.",
         "I", [85, 120, 60, 0]),
    ],
    2: [
        ("2.1", "Jeugdhulp",
         "Volumegroei (meer jongeren in trajecten) en hogere tarieven na de regionale herijking per 1 januari 2026.",
         "S", [-1150, -900, -750, -750]),
        ("2.2", "Wmo huishoudelijke ondersteuning",
         "Meer cliënten door vergrijzing en het abonnementstarief; uurtarief aanbieders gestegen.",
         "S", [-340, -365, -390, -415]),
        ("2.3", "BUIG-budget",
         "Het voorlopige BUIG-budget 2026 ligt hoger dan geraamd; het aantal bijstandsuitkeringen is stabiel.",
         "S", [210, 210, 210, 210]),
        ("2.4", "Leerlingenvervoer",
         "Nieuwe regionale aanbesteding met hogere ritprijzen per 1 augustus 2026.",
         "S", [-125, -125, -125, -125]),
        ("2.5", "Huisvesting statushouders",
         "Budget 2026 valt vrij doordat de tijdelijke woonunits aan de Stationsweg pas in 2027 worden opgeleverd.",
         "I", [90, 0, 0, 0]),
    ],
    3: [
        ("3.1", "Energiekosten sportaccommodaties",
         "Lagere energietarieven in het nieuwe inkoopcontract voor sporthallen en zwembad De Wijde (looptijd t/m 2028).",
         "I", [140, 95, 50, 0]),
        ("3.2", "Tijdelijke huisvesting IKC De Esch",
         "Huur van tijdelijke lokalen tijdens de uitbreiding van IKC De Esch.",
         "I", [-110, -110, 0, 0]),
        ("3.3", "Subsidie bibliotheek",
         "Indexatie van de subsidie aan Bibliotheek Moerwijde door de nieuwe cao openbare bibliotheken.",
         "S", [-42, -42, -42, -42]),
    ],
    4: [
        ("4.1", "Leges omgevingsvergunningen",
         "Minder bouwaanvragen door de hoge bouwkosten en de stikstofproblematiek; legesopbrengst lager geraamd.",
         "S", [-160, -160, -160, -160]),
        ("4.2", "Grondexploitatie Kerkeveld",
         "Tussentijdse winstneming na de verkoop van de kavels in fase 3 (percentage-of-completion).",
         "I", [450, 0, 0, 0]),
        ("4.3", "Bijdrage omgevingsdienst",
         "Hogere bijdrage aan de Omgevingsdienst voor vergunningverlening, toezicht en handhaving.",
         "S", [-75, -75, -75, -75]),
    ],
    5: [
        ("5.1", "Onderhoud wegen",
         "Prijsstijging asfalt en bestekken boven de begrote indexatie.",
         "S", [-180, -180, -180, -180]),
        ("5.2", "Kapitaallasten investeringsplan",
         "Actualisatie van het investeringsplan; door vertraging van projecten schuiven kapitaallasten door naar latere jaren.",
         "S", [260, 85, -95, -140]),
        ("5.3", "Gladheidsbestrijding",
         "Nieuw contract voor strooien en sneeuwruimen.",
         "S", [-35, -35, -35, -35]),
    ],
    6: [
        ("6.1", "Loon- en prijsontwikkeling",
         "Effect van de cao gemeenten 2025-2026 en de hogere prijsindex (CEP) op de salaris- en materiële budgetten.",
         "S", [-780, -795, -810, -825]),
        ("6.2", "OZB areaaluitbreiding",
         "Extra OZB-opbrengst door nieuwbouw in Kerkeveld en op bedrijventerrein Wijdehaven.",
         "S", [95, 140, 185, 185]),
        ("6.3", "Rente",
         "Lagere rentelasten doordat een nieuwe langlopende lening later wordt aangetrokken.",
         "I", [120, 60, 0, 0]),
        ("6.4", "Dividend BNG Bank",
         "Hoger dividend over het boekjaar 2025 dan geraamd.",
         "I", [48, 0, 0, 0]),
    ],
}

# ---------------------------------------------------------------- meicirculaire
MEICIRC_REGELS = [
    ("Accres (ontwikkeling uitkeringsbasis)", [1310, 980, 690, 410]),
    ("Hoeveelheidsverschillen (maatstaven)", [185, 210, 240, 260]),
    ("Extra middelen jeugdzorg (Hervormingsagenda)", [450, 225, 0, 0]),
    ("Bijstelling uitkeringsfactor", [-240, -415, -560, -730]),
    ("Taakmutaties en decentralisatie-uitkeringen", [365, 365, 280, 280]),
]
MEICIRC_DOORGEZET = [-365, -365, -280, -280]  # taakmutaties budgetneutraal naar programma's
ALG_UITKERING_BEGROTING_2026 = 59_777_215  # in whole euros, before meicirculaire

# ---------------------------------------------------------------- nieuw beleid & dekking
NIEUW_BELEID = [
    ("N1", "Uitbreiding handhaving met twee boa's", 1, "S", [-145, -145, -145, -145]),
    ("N2", "Vroegsignalering schulden (Geldloket Moerwijde)", 2, "S", [-110, -110, -110, -110]),
    ("N3", "Startersregeling woningbouw (tijdelijk)", 4, "I", [-250, -250, 0, 0]),
    ("N4", "Verduurzaming gemeentelijk vastgoed (kapitaallasten)", 3, "S", [-40, -95, -150, -150]),
    ("N5", "Inhaalslag onderhoud fietspaden", 5, "I", [-300, -300, 0, 0]),
    ("N6", "Jongerenwerk in Moerwijde-Oost", 2, "S", [-85, -85, -85, -85]),
    ("N7", "Viering 750 jaar stadsrechten (2027)", 1, "I", [0, -120, 0, 0]),
]
DEKKING = [
    ("D1", "Extra verhoging OZB met 2% vanaf 2027", "S", [0, 410, 420, 430]),
    ("D2", "Onttrekking algemene reserve voor incidentele claims N3 en N5", "I", [550, 550, 0, 0]),
    ("D3", "Taakstelling subsidies", "S", [0, 100, 150, 150]),
]

# ---------------------------------------------------------------- reserves 2026 (x 1.000)
# (naam, saldo 1-1-2026, toevoeging, onttrekking, saldo 31-12-2026)
RESERVES = [
    ("Algemene reserve", 14862, 0, 1235, 13627),
    ("Reserve sociaal domein", 3240, 0, 600, 2640),
    ("Reserve dekking kapitaallasten", 8915, 1200, 455, 9660),
    ("Reserve onderhoud gemeentelijke gebouwen", 2106, 640, 812, 1934),
    ("Reserve duurzaamheid en energietransitie", 1480, 0, 375, 1105),
    ("Reserve grondexploitaties", 4350, 300, 120, 4530),
    ("Reserve Omgevingswet", 310, 0, 310, 0),
]
AR_ONTTREKKING_BEGROTING = 685  # already in begroting 2026

# ---------------------------------------------------------------- investeringsplan (whole euros)
# (nr, omschrijving, programma, afschrijvingstermijn in jaren, [2026..2029])
INVESTERINGEN = [
    (1, "Vervanging tractie buitendienst", 5, 8, [385_000, 0, 142_500, 0]),
    (2, "Reconstructie Molenweg fase 2", 5, 40, [1_850_000, 1_275_000, 0, 0]),
    (3, "Vervanging openbare verlichting (LED)", 5, 20, [312_400, 312_400, 298_750, 0]),
    (4, "Fietspad Wijdeweg - De Esch", 5, 30, [0, 945_000, 0, 0]),
    (5, "Uitbreiding IKC De Esch", 3, 40, [2_640_000, 3_960_000, 0, 0]),
    (6, "Renovatie kunstgrasveld vv Moerwijde", 3, 12, [0, 0, 465_300, 0]),
    (7, "Verduurzaming gemeentehuis", 1, 25, [720_000, 0, 0, 0]),
    (8, "Vervanging ICT-werkplekken", 1, 4, [0, 0, 268_000, 0]),
    (9, "Rioolvervanging Oude Kern", 5, 60, [1_120_000, 1_245_000, 1_180_000, 1_310_000]),
    (10, "Vervanging speelvoorzieningen", 5, 15, [96_250, 88_600, 102_400, 91_800]),
    (11, "Brandveiligheid zwembad De Wijde", 3, 15, [0, 0, 0, 215_000]),
    (12, "Uitbreiding begraafplaats Eikenhof", 4, 40, [0, 0, 510_000, 0]),
]

# ---------------------------------------------------------------- risico's (x 1.000)
# (risico, maximaal bedrag, kans in %, gewogen)
RISICOS = [
    ("Open-einderegeling jeugdhulp", 2400, 70, 1680),
    ("Wmo en vergrijzing", 1200, 50, 600),
    ("Gemeentefonds na 2026 (herijking, uitkeringsfactor)", 3000, 50, 1500),
    ("Grondexploitatie Kerkeveld (afzet en rente)", 2500, 30, 750),
    ("Garantstellingen en borgstellingen", 1850, 10, 185),
    ("Loonontwikkeling hoger dan geraamd", 600, 50, 300),
    ("Rentestijging bij herfinanciering", 450, 30, 135),
    ("Tekorten verbonden partijen", 900, 50, 450),
    ("Claims en juridische procedures", 240, 25, 60),
]
WEERSTAND_BESCHIKBAAR = [
    ("Algemene reserve (stand 31-12-2026)", 13627),
    ("Post onvoorzien", 100),
]
RATIO_BEGROTING_2026 = "2,71"

KENGETALLEN_COLS = ["Rekening 2024", "Begroting 2026", "2026 na VJN", "2027", "2028", "2029"]
KENGETALLEN = [
    ("Netto schuldquote", ["58,4%", "63,1%", "61,7%", "66,2%", "68,9%", "67,5%"]),
    ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen",
     ["55,9%", "60,4%", "59,0%", "63,6%", "66,4%", "65,1%"]),
    ("Solvabiliteitsratio", ["34,2%", "31,8%", "32,5%", "30,9%", "30,1%", "30,4%"]),
    ("Grondexploitatie", ["6,1%", "5,4%", "5,2%", "4,3%", "3,1%", "2,2%"]),
    ("Structurele exploitatieruimte", ["0,9%", "0,4%", "0,2%", "-0,5%", "-1,1%", "-0,9%"]),
    ("Belastingcapaciteit", ["98,7%", "101,2%", "101,2%", "103,4%", "104,1%", "104,8%"]),
]

# ---------------------------------------------------------------- kerncijfers / prose figures
INWONERS = 34618
HUISHOUDENS = 15240
TOTALE_LASTEN_MIO = "124,6"
MINIMA_HUISHOUDENS = "1.900"   # "ruim 1.900 huishoudens"
MINIMA_BEREIK = "64%"
JEUGD_JONGEREN = "1.236"
JEUGD_GROEI = "7,5%"
OZB_INDEX = "3,2%"
WOZ_GEMIDDELD = "389.000"
OZB_EXTRA_PER_WONING = "7"


# ================================================================= derived figures
def colsum(rows):
    return [sum(r[i] for r in rows) for i in range(4)]


def programme_totals():
    return {p: colsum([m[4] for m in MUTATIES[p]]) for p, _ in PROGRAMMES}


def derived():
    d = {}
    pt = programme_totals()
    d["prog_tot"] = pt
    d["autonoom"] = colsum(list(pt.values()))
    d["meicirc_totaal"] = colsum([r[1] for r in MEICIRC_REGELS])
    d["meicirc_netto"] = [a + b for a, b in zip(d["meicirc_totaal"], MEICIRC_DOORGEZET)]
    d["nieuw"] = colsum([r[4] for r in NIEUW_BELEID])
    d["saldo_voor_dekking"] = [s + a + m + n for s, a, m, n in
                               zip(STAND_BEGROTING, d["autonoom"], d["meicirc_netto"], d["nieuw"])]
    d["dekking"] = colsum([r[3] for r in DEKKING])
    d["saldo_na"] = [a + b for a, b in zip(d["saldo_voor_dekking"], d["dekking"])]
    d["res_tot"] = [sum(r[i] for r in RESERVES) for i in range(1, 5)]
    d["inv_rows"] = [sum(r[4]) for r in INVESTERINGEN]
    d["inv_cols"] = colsum([r[4] for r in INVESTERINGEN])
    d["inv_total"] = sum(d["inv_cols"])
    d["risk_total"] = sum(r[3] for r in RISICOS)
    d["beschikbaar"] = sum(v for _, v in WEERSTAND_BESCHIKBAAR)
    d["ratio"] = d["beschikbaar"] / d["risk_total"]
    d["alg_uitkering_na"] = ALG_UITKERING_BEGROTING_2026 + d["meicirc_totaal"][0] * 1000
    return d


def run_checks():
    d = derived()
    # reserves: begin + toevoeging - onttrekking = eind
    for naam, b, t, o, e in RESERVES:
        check(b + t - o == e, f"reserve {naam}: {b}+{t}-{o} != {e}")
    b, t, o, e = d["res_tot"]
    check(b + t - o == e, "reserve totals")
    # algemene reserve onttrekking = begroting + D2 2026
    d2 = [r for r in DEKKING if r[0] == "D2"][0][3][0]
    check(RESERVES[0][3] == AR_ONTTREKKING_BEGROTING + d2, "AR onttrekking split")
    # D2 covers exactly the incidental claims N3 + N5
    n3n5 = [sum(r[4][i] for r in NIEUW_BELEID if r[0] in ("N3", "N5")) for i in range(4)]
    d2row = [r for r in DEKKING if r[0] == "D2"][0][3]
    check(all(d2row[i] == -n3n5[i] for i in range(4)), "D2 != N3+N5")
    # risks: amount x kans = gewogen
    for naam, bedrag, kans, gew in RISICOS:
        check(round(bedrag * kans / 100) == gew, f"risk {naam}")
    # weerstand uses the year-end algemene reserve
    check(WEERSTAND_BESCHIKBAAR[0][1] == RESERVES[0][4], "weerstand AR")
    # investments: all amounts positive ints
    for r in INVESTERINGEN:
        check(all(isinstance(v, int) and v >= 0 for v in r[4]), f"inv {r[1]}")
    # I/S markers: incidental rows must be zero in 2029 (programme mutations)
    for p, rows in MUTATIES.items():
        for nr, _, _, s, vals in rows:
            check(s in ("I", "S"), nr)
            if s == "I":
                check(vals[3] == 0, f"{nr} incidental but 2029 != 0")
    # prose expectations (hard facts the text states)
    check(d["saldo_na"][0] == 416, f"saldo 2026 {d['saldo_na'][0]}")
    check(round(-d["saldo_na"][1] / 100) == 7, "2027 ~0,7 mln")
    check(round(-d["saldo_na"][2] / 100) == 16, "2028 ~1,6 mln")
    check(round(-d["saldo_na"][3] / 100) == 14, "2029 ~1,4 mln")
    check(round(-d["saldo_voor_dekking"][1] / 100) == 18, "2027 zonder maatregelen ~1,8 mln")
    check(min(d["saldo_na"]) == d["saldo_na"][2], "2028 is the worst year")
    check(d["meicirc_netto"][3] < 0, "meicirculaire netto nadelig 2029")
    check(f"{d['ratio']:.2f}" == "2.43", f"ratio {d['ratio']}")
    return d


if __name__ == "__main__":
    d = run_checks()
    for k, v in d.items():
        print(k, v)
    print("moerwijde_data: all checks passed")
