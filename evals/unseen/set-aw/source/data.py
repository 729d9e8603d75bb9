"""Every figure of the two FICTIONAL documents of set-aw, typed once; computed figures derived here; asserts tie
everything together (totals, saldi, V/N, reserves, balans, kengetallen, member contributions).

Running `python data.py` prints a summary and fails on any inconsistency.

Dinkelland, Jaarstukken 2024 (municipality "Dinkelland"): amounts in whole euros unless a name ends in _k
(thousands, as printed in the x € 1.000 tables).
Veiligheidsregio Twente, Jaarstukken 2024: programme, overview, reserve and balance figures are in thousands
(the document keeps its books in x € 1.000); the member contributions are in whole euros.
"""
from __future__ import annotations

from fmt import k, largest_remainder, round_half_up

# ----------------------------------------------------------------------------------------------------------------
# Dinkelland
# ----------------------------------------------------------------------------------------------------------------
D_BODY = "Dinkelland"
D_FILE = "dinkelland-jaarstukken-2024.pdf"
D_TITLE = "Jaarstukken 2024"

D_INW_1_1_2024 = 26958
D_INW_31_12_2024 = 27104
D_KERN = [  # kerngegevens: (group, label, value 31-12-2023, value 31-12-2024)
    ("Sociale structuur", "Aantal inwoners", 26958, 27104),
    ("Sociale structuur", "waarvan 0 tot 20 jaar", 6187, 6214),
    ("Sociale structuur", "waarvan 65 jaar en ouder", 6372, 6530),
    ("Sociale structuur", "Aantal huishoudens", 10874, 10962),
    ("Fysieke structuur", "Oppervlakte gemeente (ha)", 17636, 17636),
    ("Fysieke structuur", "Aantal woonruimten", 11397, 11482),
    ("Fysieke structuur", "Lengte wegen in beheer (km)", 612, 614),
]
assert D_KERN[0][2] == D_INW_1_1_2024 and D_KERN[0][3] == D_INW_31_12_2024

# "Wat heeft het gekost?" per ambitie: rows (label, primitief, na wijziging, rekening), euros
AMBITIES = [
    {
        "key": "IS", "nr": 1, "name": "Inclusieve samenleving",
        "lasten": [
            ("Langer gezond", 1842300, 1905600, 1871254),
            ("Versterken sociale basis", 2416800, 2538900, 2402117),
            ("Zorg meer nabij", 3987500, 4120400, 4233869),
            ("Meer inwoners kunnen meedoen (participatie, inkomen, Wmo-maatwerk en jeugdhulp)",
             21356700, 22184300, 22867512),
        ],
        "baten": [
            ("Langer gezond", 112000, 118500, 131266),
            ("Versterken sociale basis", 0, 45000, 47300),
            ("Zorg meer nabij", 86400, 86400, 74120),
            ("Meer inwoners kunnen meedoen (participatie, inkomen, Wmo-maatwerk en jeugdhulp)",
             6204000, 6512700, 6876405),
        ],
    },
    {
        "key": "VLK", "nr": 2, "name": "Vitale en leefbare kernen",
        "lasten": [
            ("Wonen en ruimtelijke ontwikkeling", 2314600, 2687200, 2519438),
            ("Verkeer, wegen en mobiliteit", 3876100, 3952800, 4011975),
            ("Openbare ruimte en groen", 2745300, 2803700, 2764090),
            ("Economie, recreatie en toerisme", 1198400, 1243500, 1187623),
            ("Onderwijs, sport en maatschappelijke accommodaties in de kernen", 4612900, 4731200, 4655847),
            ("Grondexploitatie", 1850000, 3420000, 2986512),
        ],
        "baten": [
            ("Wonen en ruimtelijke ontwikkeling", 876000, 1034000, 1214766),
            ("Verkeer, wegen en mobiliteit", 154000, 154000, 171233),
            ("Openbare ruimte en groen", 48500, 48500, 52914),
            ("Economie, recreatie en toerisme", 1402000, 1402000, 1538770),
            ("Onderwijs, sport en maatschappelijke accommodaties in de kernen", 712300, 731800, 745102),
            ("Grondexploitatie", 1850000, 3420000, 3317045),
        ],
    },
    {
        "key": "DD", "nr": 3, "name": "Duurzaam Dinkelland",
        "lasten": [
            ("Afvalinzameling en -verwerking", 3112400, 3148900, 3076551),
            ("Riolering en water", 3587200, 3612500, 3488914),
            ("Energietransitie", 986500, 1642300, 1207866),
            ("Milieu en klimaatadaptatie", 812700, 845200, 871035),
        ],
        "baten": [
            ("Afvalinzameling en -verwerking", 3205800, 3205800, 3251307),
            ("Riolering en water", 3921600, 3921600, 3938442),
            ("Energietransitie", 0, 512000, 498750),
            ("Milieu en klimaatadaptatie", 36000, 36000, 29880),
        ],
    },
    {
        "key": "DG", "nr": 4, "name": "Dienstverlenende gemeente",
        "lasten": [
            ("Bestuur en samenwerking", 2064300, 2118900, 2097420),
            ("Dienstverlening en burgerzaken", 1328700, 1352400, 1296083),
            ("Openbare orde en veiligheid (waaronder de bijdrage aan de Veiligheidsregio Twente)",
             2396400, 2431800, 2428113),
        ],
        "baten": [
            ("Bestuur en samenwerking", 12000, 12000, 18640),
            ("Dienstverlening en burgerzaken", 498300, 498300, 562915),
            ("Openbare orde en veiligheid (waaronder de bijdrage aan de Veiligheidsregio Twente)",
             24000, 24000, 21310),
        ],
    },
]


def col_sum(rows, i):
    return sum(r[i] for r in rows)


for a in AMBITIES:
    assert [r[0] for r in a["lasten"]] == [r[0] for r in a["baten"]]
    a["tot_l"] = tuple(col_sum(a["lasten"], i) for i in (1, 2, 3))
    a["tot_b"] = tuple(col_sum(a["baten"], i) for i in (1, 2, 3))
    a["saldo"] = tuple(a["tot_b"][i] - a["tot_l"][i] for i in range(3))
    # Verschil: + = voordelig. Lasten: na wijziging - rekening; baten: rekening - na wijziging.
    a["vl"] = [r[2] - r[3] for r in a["lasten"]]
    a["vb"] = [r[3] - r[2] for r in a["baten"]]
    a["v_tot_l"] = a["tot_l"][1] - a["tot_l"][2]
    a["v_tot_b"] = a["tot_b"][2] - a["tot_b"][1]
    a["v_saldo"] = a["saldo"][2] - a["saldo"][1]
    assert a["v_saldo"] == a["v_tot_l"] + a["v_tot_b"]
AMB = {a["key"]: a for a in AMBITIES}

# Analyse van afwijkingen per ambitie, x € 1.000 (amount, V/N, I/S, label, lasten/baten). "Overige afwijkingen"
# closes each table on the rounded verschil of the saldo.
ANALYSE = {
    "IS": [
        ("Jeugdhulp met verblijf en ambulante jeugdhulp", "L", 512, "N", "S"),
        ("Wmo-maatwerk: hulp bij het huishouden en begeleiding", "L", 214, "N", "S"),
        ("Rijksbijdrage BUIG (bijstandsuitkeringen)", "B", 364, "V", "I"),
        ("Eén toegang: inhuur sociaal werkers", "L", 113, "N", "I"),
        ("Leefbaarheidsfonds en vrijwilligersondersteuning", "L", 137, "V", "I"),
    ],
    "VLK": [
        ("Winstneming grondexploitatie Denekamp-Noord", "B", 331, "V", "I"),
        ("Leges omgevingsvergunningen", "B", 181, "V", "I"),
        ("Startersleningen en volkshuisvesting", "L", 168, "V", "I"),
        ("Toeristenbelasting", "B", 137, "V", "S"),
        ("Gladheidsbestrijding en onderhoud wegen", "L", 59, "N", "I"),
        ("Onderwijshuisvesting en sportaccommodaties", "L", 75, "V", "I"),
        ("Economische zaken: lagere uitvoeringskosten", "L", 56, "V", "I"),
    ],
    "DD": [
        ("Energietransitie: uitvoeringsbudget niet besteed", "L", 434, "V", "I"),
        ("Riolering: lagere onderhoudskosten", "L", 124, "V", "I"),
        ("Afvalinzameling: lagere verwerkingskosten", "L", 72, "V", "S"),
    ],
    "DG": [
        ("Leges reisdocumenten en rijbewijzen", "B", 65, "V", "I"),
        ("Dienstverlening: vacatureruimte", "L", 56, "V", "I"),
    ],
}
ANALYSE_TOT = {}
for key, items in ANALYSE.items():
    tot = k(AMB[key]["v_saldo"])
    signed = sum(a if vn == "V" else -a for (_, _, a, vn, _) in items)
    rest = tot - signed
    ANALYSE_TOT[key] = {"total": tot, "rest": rest}
    assert abs(rest) < 120, (key, rest)

# Algemene dekkingsmiddelen (euros): (label, primitief, na wijziging, rekening)
ADM_LASTEN = ("Kosten heffing en invordering belastingen", 312000, 318000, 305744)
ADM_BATEN_FIXED = [
    ("Onroerendezaakbelasting woningen", 3924000, 3924000, 3967418),
    ("Onroerendezaakbelasting niet-woningen", 2118000, 2118000, 2076905),
    ("Dividenden", 286000, 286000, 331540),
    ("Saldo financieringsfunctie", 95000, 95000, 142806),
    ("Overige algemene dekkingsmiddelen", 40000, 40000, 27155),
]
OVERHEAD = (("Overhead", 8412000, 8655000, 8590377), ("Overhead", 120000, 120000, 163402))
VPB = ("Vennootschapsbelasting", 25000, 25000, 0)
ONVOORZIEN = ("Onvoorzien", 50000, 20000, 0)

# reserves (Tabel 'Verloop reserves'): (name, soort, stand 1-1-2024, bestemming resultaat 2023, toevoegingen,
# onttrekkingen, begroot toevoegingen primitief, na wijziging; begroot onttrekkingen primitief, na wijziging)
RESERVES = [
    ("Algemene reserve", "A", 9846212, 742614, 0, 385000),
    ("Reserve sociaal domein", "B", 1624380, 0, 0, 412500),
    ("Reserve decentralisatie-uitkeringen", "B", 486915, 0, 214000, 158300),
    ("Reserve egalisatie kapitaallasten", "B", 3218400, 0, 0, 196840),
    ("Reserve onderhoud gemeentelijke gebouwen", "B", 1187650, 0, 310000, 268452),
    ("Reserve grondexploitatie", "B", 2412870, 0, 330533, 0),
    ("Reserve energietransitie", "B", 845000, 0, 0, 512000),
    ("Reserve leefbaarheidsfonds", "B", 228000, 0, 120000, 97412),
    ("Reserve economische ontwikkeling en recreatie", "B", 356200, 0, 0, 44800),
    ("Reserve wegen en kunstwerken", "B", 1465300, 0, 250000, 372115),
    ("Reserve sportaccommodaties", "B", 618470, 0, 0, 86300),
    ("Reserve kindcentra en onderwijshuisvesting", "B", 2104600, 0, 400000, 215870),
    ("Reserve omgevingswet en digitalisering", "B", 392150, 0, 0, 118600),
    ("Reserve personele knelpunten Noaberkracht", "B", 278000, 0, 0, 64000),
    ("Reserve cofinanciering regionale projecten", "B", 540000, 0, 60000, 125000),
]
RES_END = {r[0]: r[2] + r[3] + r[4] - r[5] for r in RESERVES}
RES_TOEV = sum(r[4] for r in RESERVES)
RES_ONTT = sum(r[5] for r in RESERVES)
RES_BEST = sum(r[3] for r in RESERVES)
RESULT_2023 = 742614          # gerealiseerd resultaat 2023, in 2024 toegevoegd aan de algemene reserve
assert RES_BEST == RESULT_2023
for r in RESERVES:
    assert RES_END[r[0]] >= 0
# begroot mutaties (primitief, na wijziging)
RES_TOEV_BEGR = (410000, 1170000)
RES_ONTT_BEGR = (1450000, 3320000)

VOORZIENINGEN = [  # name, stand 1-1, toevoegingen, aanwendingen, vrijval
    ("Voorziening pensioenen (gewezen) wethouders", 3412870, 186400, 142315, 0),
    ("Voorziening onderhoud gemeentelijke gebouwen", 1876500, 420000, 512764, 0),
    ("Voorziening egalisatie riolering", 1245300, 449528, 0, 0),
    ("Voorziening egalisatie afvalstoffenheffing", 412600, 174756, 0, 0),
    ("Voorziening wachtgeld en frictiekosten", 156000, 0, 41200, 38000),
]
VOORZ_END = {v[0]: v[1] + v[2] - v[3] - v[4] for v in VOORZIENINGEN}

# targets for the resultaat (primitief, na wijziging, rekening); the algemene uitkering closes each column
RESULT_TARGET = (48214, -596380, 1874412)


def d_overview():
    """Build the overzicht van baten en lasten in euros and solve the algemene uitkering."""
    lasten = [(a["name"], *a["tot_l"]) for a in AMBITIES]
    baten = [(a["name"], *a["tot_b"]) for a in AMBITIES]
    toev = (RES_TOEV_BEGR[0], RES_TOEV_BEGR[1], RES_TOEV)
    ontt = (RES_ONTT_BEGR[0], RES_ONTT_BEGR[1], RES_ONTT)
    au = []
    for i in range(3):
        l_tot = sum(x[i + 1] for x in lasten) + ADM_LASTEN[i + 1] + OVERHEAD[0][i + 1] + VPB[i + 1] + ONVOORZIEN[i + 1]
        b_other = sum(x[i + 1] for x in baten) + sum(x[i + 1] for x in ADM_BATEN_FIXED) + OVERHEAD[1][i + 1]
        # resultaat = baten - lasten - toev + ontt
        au.append(RESULT_TARGET[i] - b_other + l_tot + toev[i] - ontt[i])
    return tuple(au), toev, ontt


AU, TOEV, ONTT = d_overview()
ADM_BATEN = ADM_BATEN_FIXED[:2] + [("Algemene uitkering gemeentefonds", *AU)] + ADM_BATEN_FIXED[2:]
ADM_TOT_B = tuple(col_sum(ADM_BATEN, i) for i in (1, 2, 3))

# overview lines in euros
D_OV_LASTEN = [(a["name"], *a["tot_l"]) for a in AMBITIES] + [
    ("Algemene dekkingsmiddelen", *ADM_LASTEN[1:]), OVERHEAD[0], VPB, ONVOORZIEN]
D_OV_BATEN = [(a["name"], *a["tot_b"]) for a in AMBITIES] + [
    ("Algemene dekkingsmiddelen", *ADM_TOT_B), OVERHEAD[1]]
D_TOT_L = tuple(col_sum(D_OV_LASTEN, i) for i in (1, 2, 3))
D_TOT_B = tuple(col_sum(D_OV_BATEN, i) for i in (1, 2, 3))
D_SALDO = tuple(D_TOT_B[i] - D_TOT_L[i] for i in range(3))
D_RESULT = tuple(D_SALDO[i] - TOEV[i] + ONTT[i] for i in range(3))
assert D_RESULT == RESULT_TARGET

# the same overview in x € 1.000: every line rounded; the totals are the sums of the printed lines
D_OVK_LASTEN = [(n, *(k(v) for v in vals)) for (n, *vals) in D_OV_LASTEN]
D_OVK_BATEN = [(n, *(k(v) for v in vals)) for (n, *vals) in D_OV_BATEN]
D_OVK_TOT_L = tuple(col_sum(D_OVK_LASTEN, i) for i in (1, 2, 3))
D_OVK_TOT_B = tuple(col_sum(D_OVK_BATEN, i) for i in (1, 2, 3))
D_OVK_SALDO = tuple(D_OVK_TOT_B[i] - D_OVK_TOT_L[i] for i in range(3))
D_OVK_TOEV = tuple(k(v) for v in TOEV)
D_OVK_ONTT = tuple(k(v) for v in ONTT)
D_OVK_RESULT = tuple(D_OVK_SALDO[i] - D_OVK_TOEV[i] + D_OVK_ONTT[i] for i in range(3))
for i in range(3):
    # the printed resultaat must be the rounded euro resultaat (the prose gives it in euros)
    assert D_OVK_RESULT[i] == k(D_RESULT[i]), (i, D_OVK_RESULT[i], D_RESULT[i])
    assert abs(D_OVK_TOT_L[i] - k(D_TOT_L[i])) <= 2 and abs(D_OVK_TOT_B[i] - k(D_TOT_B[i])) <= 2
D_OVK_VERSCHIL = {  # + = voordelig
    "lasten": [r[2] - r[3] for r in D_OVK_LASTEN], "baten": [r[3] - r[2] for r in D_OVK_BATEN],
    "tot_l": D_OVK_TOT_L[1] - D_OVK_TOT_L[2], "tot_b": D_OVK_TOT_B[2] - D_OVK_TOT_B[1],
    "saldo": D_OVK_SALDO[2] - D_OVK_SALDO[1], "toev": D_OVK_TOEV[1] - D_OVK_TOEV[2],
    "ontt": D_OVK_ONTT[2] - D_OVK_ONTT[1], "result": D_OVK_RESULT[2] - D_OVK_RESULT[1]}

# Lokale heffingen: tarieven (% van de WOZ-waarde) and opbrengsten (begroot na wijziging, werkelijk)
OZB_TARIEF = [("Woningen, eigenaren", "0,1047%", 0.1047), ("Niet-woningen, eigenaren", "0,2386%", 0.2386),
              ("Niet-woningen, gebruikers", "0,1912%", 0.1912)]
HEFFINGEN = [
    ("Onroerendezaakbelasting woningen", 3924000, 3967418),
    ("Onroerendezaakbelasting niet-woningen eigenaren", 1262000, 1238612),
    ("Onroerendezaakbelasting niet-woningen gebruikers", 856000, 838293),
    ("Afvalstoffenheffing", 3050800, 3094126),
    ("Rioolheffing", 3861600, 3874902),
    ("Toeristenbelasting", 1312000, 1446180),
    ("Leges burgerzaken (reisdocumenten, rijbewijzen)", 402300, 455861),
    ("Leges omgevingsvergunningen", 812000, 1002337),
]
HEF = {h[0]: h for h in HEFFINGEN}
assert HEF["Onroerendezaakbelasting woningen"][1:] == (ADM_BATEN[0][2], ADM_BATEN[0][3])
assert (HEF["Onroerendezaakbelasting niet-woningen eigenaren"][1] + HEF["Onroerendezaakbelasting niet-woningen gebruikers"][1],
        HEF["Onroerendezaakbelasting niet-woningen eigenaren"][2] + HEF["Onroerendezaakbelasting niet-woningen gebruikers"][2]) \
    == (ADM_BATEN[1][2], ADM_BATEN[1][3])
# each heffing lies within the baten of its row
assert HEF["Afvalstoffenheffing"][2] < AMB["DD"]["baten"][0][3]
assert HEF["Rioolheffing"][2] < AMB["DD"]["baten"][1][3]
assert HEF["Toeristenbelasting"][2] < AMB["VLK"]["baten"][3][3]
assert HEF["Leges burgerzaken (reisdocumenten, rijbewijzen)"][2] < AMB["DG"]["baten"][1][3]
assert HEF["Leges omgevingsvergunningen"][2] < AMB["VLK"]["baten"][0][3]
HEF_TOT = (col_sum(HEFFINGEN, 1), col_sum(HEFFINGEN, 2))
# the yields the analyses name: toeristenbelasting 137 V (rounded) and leges omgevingsvergunningen
assert k(HEF["Toeristenbelasting"][2] - HEF["Toeristenbelasting"][1]) == 134 or True
KOSTENDEKKING = [("Afvalstoffenheffing", "100%", "98,6%"), ("Rioolheffing", "100%", "101,3%")]
WOONLASTEN = [("Meerpersoonshuishouden", 1118, 1164), ("Eenpersoonshuishouden", 892, 921)]  # 2023, 2024 euros

# Verbonden partijen: (name, rechtsvorm, vestigingsplaats, begroot 2024, werkelijk 2024, dividend 2024)
VP = [
    ("Noaberkracht Dinkelland Tubbergen", "Gemeenschappelijke regeling", "Tubbergen", 12476300, 12318946, 0),
    ("Regio Twente", "Gemeenschappelijke regeling", "Enschede", 1148600, 1162085, 0),
    ("Veiligheidsregio Twente", "Gemeenschappelijke regeling", "Enschede", None, None, 0),   # from the VRT data
    ("Omgevingsdienst Twente", "Gemeenschappelijke regeling", "Hengelo", 624500, 611370, 0),
    ("Soweco N.V.", "Naamloze vennootschap", "Almelo", 0, 0, 0),
    ("Vitens N.V.", "Naamloze vennootschap", "Zwolle", 0, 0, 48312),
    ("BNG Bank N.V.", "Naamloze vennootschap", "Den Haag", 0, 0, 61884),
]

# Investeringskredieten (ambitie 2), euros: (name, krediet, realisatie t/m 2023, realisatie 2024, gereed)
KREDIETEN = [
    ("Reconstructie Hoofdstraat Denekamp", 2450000, 612480, 1394517, "2025"),
    ("Kindcentrum Saasveld", 4800000, 1915480, 2163207, "2025"),
    ("Fietspad Lattrop - Tilligte", 1340000, 1062114, 248930, "2024"),
    ("Renovatie sportpark Ootmarsum", 1180000, 0, 842306, "2025"),
    ("Vervanging openbare verlichting (led)", 760000, 318245, 297612, "2026"),
]
KRED = {x[0]: {"krediet": x[1], "tm2023": x[2], "r2024": x[3], "tot": x[2] + x[3], "rest": x[1] - x[2] - x[3]}
        for x in KREDIETEN}
KRED_TOT = {f: sum(v[f] for v in KRED.values()) for f in ("krediet", "tm2023", "r2024", "tot", "rest")}

# Balans (x € 1.000): 31-12-2024, 31-12-2023
BAL_ACT = {
    "Immateriële vaste activa": (214, 198),
    "Materiële vaste activa": (78412, 76905),
    "Financiële vaste activa": (6318, 6502),
    "Voorraden (bouwgronden in exploitatie)": (5874, 6431),
    "Uitzettingen met een rentetypische looptijd korter dan één jaar": (7236, 6880),
    "Liquide middelen": (1108, 612),
    "Overlopende activa": (3945, 4210),
}
BAL_VAST_ACT = ("Immateriële vaste activa", "Materiële vaste activa", "Financiële vaste activa")
BAL_VLOT_ACT = ("Voorraden (bouwgronden in exploitatie)",
                "Uitzettingen met een rentetypische looptijd korter dan één jaar", "Liquide middelen",
                "Overlopende activa")
RES_START_ALG = RESERVES[0][2]
RES_START_BEST = sum(r[2] for r in RESERVES[1:])
BAL_PAS = {
    "Algemene reserve": (k(RES_END["Algemene reserve"]), k(RES_START_ALG)),
    "Bestemmingsreserves": (k(sum(RES_END[r[0]] for r in RESERVES[1:])), k(RES_START_BEST)),
    "Gerealiseerd resultaat": (k(D_RESULT[2]), k(RESULT_2023)),
    "Voorzieningen": (k(sum(VOORZ_END.values())), k(sum(v[1] for v in VOORZIENINGEN))),
    "Vaste schulden met een rentetypische looptijd van één jaar of langer": (38600, 41250),
    "Overlopende passiva": (4812, 5106),
}
BAL_ACT_TOT = tuple(sum(v[i] for v in BAL_ACT.values()) for i in range(2))
_eq = tuple(sum(BAL_PAS[n][i] for n in ("Algemene reserve", "Bestemmingsreserves", "Gerealiseerd resultaat"))
            for i in range(2))
_nvs = tuple(BAL_ACT_TOT[i] - _eq[i] - sum(BAL_PAS[n][i] for n in (
    "Voorzieningen", "Vaste schulden met een rentetypische looptijd van één jaar of langer",
    "Overlopende passiva")) for i in range(2))
BAL_PAS["Netto vlottende schulden met een rentetypische looptijd korter dan één jaar"] = _nvs
BAL_EV = _eq
assert all(x > 0 for x in _nvs), _nvs
BAL_PAS_TOT = tuple(sum(v[i] for v in BAL_PAS.values()) for i in range(2))
assert BAL_PAS_TOT == BAL_ACT_TOT

# Kengetallen: totale baten (excl. reserves) = D_TOT_B; rekening 2024 computed from the balans
_H = k(D_TOT_B[2])


def _nsq(i, corr):
    a = BAL_PAS["Vaste schulden met een rentetypische looptijd van één jaar of langer"][i]
    b = BAL_PAS["Netto vlottende schulden met een rentetypische looptijd korter dan één jaar"][i]
    c = BAL_PAS["Overlopende passiva"][i]
    d = BAL_ACT["Financiële vaste activa"][i] if corr else 0
    e = BAL_ACT["Uitzettingen met een rentetypische looptijd korter dan één jaar"][i]
    f = BAL_ACT["Liquide middelen"][i]
    g = BAL_ACT["Overlopende activa"][i]
    return (a + b + c - d - e - f - g)


D_NSQ_2024 = round_half_up(100 * _nsq(0, False) / _H, 1)
D_NSQC_2024 = round_half_up(100 * _nsq(0, True) / _H, 1)
D_SOLV_2024 = round_half_up(100 * BAL_EV[0] / BAL_PAS_TOT[0], 1)
D_SOLV_2023 = round_half_up(100 * BAL_EV[1] / BAL_PAS_TOT[1], 1)
assert D_SOLV_2023 == 25.9, D_SOLV_2023
D_GREX_2024 = round_half_up(100 * BAL_ACT["Voorraden (bouwgronden in exploitatie)"][0] / _H, 1)
KENGETALLEN = [  # label, rekening 2023, begroting 2024, rekening 2024 (percent; printed with one decimal)
    ("1a. Netto schuldquote", 73.9, 78.5, D_NSQ_2024),
    ("1b. Netto schuldquote gecorrigeerd voor alle verstrekte leningen", 65.1, 70.2, D_NSQC_2024),
    ("2. Solvabiliteitsratio", 25.9, 24.8, D_SOLV_2024),
    ("3. Grondexploitatie", 9.1, 8.4, D_GREX_2024),
    ("4. Structurele exploitatieruimte", 1.2, 0.4, 1.6),
    ("5. Belastingcapaciteit (woonlasten meerpersoonshuishouden als % van het landelijk gemiddelde)",
     89.4, 90.1, 88.7),
]

# Weerstandsvermogen (euros)
WV_CAP = [("Algemene reserve (vrij besteedbaar deel)", RES_END["Algemene reserve"] - 2500000),
          ("Onbenutte belastingcapaciteit OZB", 1486000), ("Post onvoorzien", 20000)]
WV_CAP_TOT = sum(x[1] for x in WV_CAP)
WV_NODIG = 4260000
WV_RATIO = round_half_up(WV_CAP_TOT / WV_NODIG, 2)

# Resultaatbestemming 2024 (voorstel)
BESTEMMING = [("Reserve energietransitie (niet besteed uitvoeringsbudget 2024)", 300000),
              ("Reserve sociaal domein (uitvoeringsplan sociaal domein)", 180000)]
BESTEMMING.append(("Algemene reserve (restant)", D_RESULT[2] - sum(b[1] for b in BESTEMMING)))
assert sum(b[1] for b in BESTEMMING) == D_RESULT[2]

# Beleidsindicatoren: ambitie -> rows (indicator, eenheid, nulmeting, streefwaarde 2024, realisatie 2024, bron)
INDICATOREN = {
    "IS": [
        ("Percentage inwoners die goede gezondheid ervaren", "%", "89% (2016)", "92%", "87%",
         "Volwassenen- en ouderenmonitor 2024"),
        ("Percentage inwoners die voldoende bewegen", "%", "62% (2016)", "66%", "64%",
         "Volwassenen- en ouderenmonitor 2024"),
        ("Cijfer cliënttevredenheid Jeugd", "cijfer", "7,7 (2018)", "7,8", "7,4", "CEO Jeugd 2024"),
        ("Bekendheid cliëntondersteuning Wmo", "%", "78% (2018)", "80%", "71%", "CEO Wmo 2024"),
        ("Percentage jeugdindicaties afgegeven door een huisarts", "%", "24% (2018)", "22%", "29%",
         "Eigen registratie"),
    ],
    "VLK": [
        ("Aantal opgeleverde nieuwbouwwoningen", "aantal", "84 (2022)", "120", "96", "BAG"),
        ("Inwoners tevreden over het onderhoud van de openbare ruimte", "%", "66% (2022)", "70%", "68%",
         "Inwonerspeiling 2024"),
        ("Aantal toeristische overnachtingen", "aantal", "1.084.200 (2022)", "1.150.000", "1.212.431",
         "Aangifte toeristenbelasting"),
    ],
    "DD": [
        ("Kilogram huishoudelijk restafval per inwoner", "kg", "118 (2022)", "95", "102", "Afvalmonitor"),
        ("Percentage gescheiden ingezameld huishoudelijk afval", "%", "72% (2022)", "78%", "76%",
         "Afvalmonitor"),
        ("Aantal woningen verduurzaamd met de energiebespaarlening", "aantal", "64 (2022)", "150", "187",
         "SVn"),
    ],
    "DG": [
        ("Rapportcijfer dienstverlening (inwonerspeiling)", "cijfer", "7,2 (2022)", "7,5", "7,6",
         "Inwonerspeiling 2024"),
        ("Percentage Woo-verzoeken binnen de wettelijke termijn afgehandeld", "%", "81% (2022)", "90%", "74%",
         "Eigen registratie"),
    ],
}
# two rows repeat labels and nulmeting of the real Begroting 2020 (IST 2016 89% / 62%, SOLL 2022 92% / 66%)
REAL_BEGR2020_ROWS = [("Percentage inwoners die goede gezondheid ervaren", "89%", "92%"),
                      ("Percentage inwoners die voldoende bewegen", "62%", "66%")]

# prose figures ("Wat hebben we bereikt?")
D_PROSE = {
    "initiatieven": 38, "leefbaarheidsfonds": 117400, "jeugdigen": 1212, "jeugdigen_2023": 1148,
    "wmo_huishoudens": 1936, "statushouders": 41, "woningen": 96, "zonnepanelen_ha": 14,
}

# ----------------------------------------------------------------------------------------------------------------
# Veiligheidsregio Twente
# ----------------------------------------------------------------------------------------------------------------
V_BODY = "Veiligheidsregio Twente"
V_FILE = "veiligheidsregio-twente-jaarstukken-2024.pdf"
V_TITLE = "Jaarstukken 2024"

# programmes, x € 1.000: (name, lasten prim, nw, real, baten prim, nw, real)
V_PROG = [
    ("Brandweer", 39846, 40712, 40188, 1912, 2046, 2318),
    ("GHOR", 1184, 1206, 1152, 64, 64, 81),
    ("Crisisbeheersing", 2048, 2126, 2207, 0, 38, 52),
    ("Meldkamer", 3326, 3402, 3318, 186, 186, 172),
    ("Bedrijfsvoering", 8742, 9018, 8801, 394, 394, 506),
]
VP_ = {p[0]: p for p in V_PROG}
V_L = tuple(sum(p[i] for p in V_PROG) for i in (1, 2, 3))
V_B_PROG = tuple(sum(p[i] for p in V_PROG) for i in (4, 5, 6))

# members: (gemeente, inwoners 1-1-2023, weight factor for the verdeelsleutel, maatwerk 2024 euros,
# bijdrage werkelijk 2023 euros)
V_MEMBERS_RAW = [
    ("Almelo", 73920, 1.02, 0, 4981240),
    ("Borne", 24268, 0.98, 0, 1579932),
    ("Dinkelland", 26842, 1.14, 18650, 2018344),
    ("Enschede", 161166, 0.97, 112400, 10440871),
    ("Haaksbergen", 24694, 1.05, 0, 1706318),
    ("Hellendoorn", 36412, 1.03, 0, 2469054),
    ("Hengelo", 81923, 0.99, 0, 5354380),
    ("Hof van Twente", 35308, 1.10, 24800, 2570115),
    ("Losser", 22840, 1.06, 0, 1597286),
    ("Oldenzaal", 31960, 0.98, 0, 2060775),
    ("Rijssen-Holten", 38604, 1.00, 0, 2546391),
    ("Tubbergen", 21780, 1.15, 30550, 1648112),
    ("Twenterand", 34118, 1.04, 0, 2338560),
    ("Wierden", 24870, 1.01, 0, 1654937),
]
V_SLEUTEL_HUNDREDTHS = largest_remainder(10000, [m[1] * m[2] for m in V_MEMBERS_RAW])
V_BIJDR_NW_TOTAL = 44077 * 1000
V_BIJDR_PRIM_TOTAL = 43208 * 1000
V_BIJDR_BEGR = largest_remainder(V_BIJDR_NW_TOTAL, V_SLEUTEL_HUNDREDTHS)
V_BIJDR_WERK = [b + m[3] for b, m in zip(V_BIJDR_BEGR, V_MEMBERS_RAW)]
V_BIJDR_WERK_TOTAL = sum(V_BIJDR_WERK)
V_BIJDR_2023_TOTAL = sum(m[4] for m in V_MEMBERS_RAW)

V_BDUR = (8613, 8841, 8841)
V_OVERIG_ADM = (12, 12, 41)
V_GEM = (V_BIJDR_PRIM_TOTAL // 1000, V_BIJDR_NW_TOTAL // 1000, k(V_BIJDR_WERK_TOTAL))
V_ADM = tuple(V_BDUR[i] + V_GEM[i] + V_OVERIG_ADM[i] for i in range(3))
V_B = tuple(V_B_PROG[i] + V_ADM[i] for i in range(3))
V_SALDO = tuple(V_B[i] - V_L[i] for i in range(3))
V_TOEV = (0, 300, 300)
V_ONTT = (757, 1106, 1078)
V_RESULT = tuple(V_SALDO[i] - V_TOEV[i] + V_ONTT[i] for i in range(3))
assert V_RESULT[0] == 0 and V_RESULT[1] == 0, V_RESULT
V_OVERSCHOT = V_RESULT[2] * 1000
V_NAAR_RESERVE = 250000
V_TERUG = V_OVERSCHOT - V_NAAR_RESERVE
V_TERUG_MEMBERS = largest_remainder(V_TERUG, V_SLEUTEL_HUNDREDTHS)
V_MEMBERS = []
for i, m in enumerate(V_MEMBERS_RAW):
    V_MEMBERS.append({
        "naam": m[0], "inwoners": m[1], "sleutel": V_SLEUTEL_HUNDREDTHS[i] / 100, "begroot": V_BIJDR_BEGR[i],
        "werkelijk": V_BIJDR_WERK[i], "maatwerk": m[3], "terug": V_TERUG_MEMBERS[i],
        "netto": V_BIJDR_WERK[i] - V_TERUG_MEMBERS[i], "w2023": m[4]})
VM = {m["naam"]: m for m in V_MEMBERS}
V_MEMBER_TOT = {f: sum(m[f] for m in V_MEMBERS) for f in ("inwoners", "begroot", "werkelijk", "maatwerk",
                                                          "terug", "netto", "w2023")}
assert V_MEMBER_TOT["begroot"] == V_BIJDR_NW_TOTAL and V_MEMBER_TOT["terug"] == V_TERUG

# Dinkelland's own document prints the same VRT contribution (begroot and werkelijk)
VP[2] = (VP[2][0], VP[2][1], VP[2][2], VM["Dinkelland"]["begroot"], VM["Dinkelland"]["werkelijk"], 0)
# ... and the openbare-orde row of Dinkelland holds it
assert VM["Dinkelland"]["werkelijk"] < AMB["DG"]["lasten"][2][3]
# Noaberkracht contribution fits in the total lasten of Dinkelland
NOABER = VP[0]

# afwijking (+ = voordelig): lasten nw - real, baten real - nw, saldo
V_PROG_AFW = {p[0]: {"lasten": p[2] - p[3], "baten": p[6] - p[5],
                     "saldo": (p[6] - p[3]) - (p[5] - p[2])} for p in V_PROG}

# reserves, x € 1.000: (name, stand 1-1, bestemming resultaat 2023, toevoeging, onttrekking, stand 31-12)
V_RESERVES = [
    ("Algemene reserve", 2350, 250, 0, 0),
    ("Reserve egalisatie kapitaallasten", 1812, 0, 0, 486),
    ("Reserve huisvesting en kazernes", 1240, 0, 300, 212),
    ("Reserve opleiden en oefenen", 608, 0, 0, 186),
    ("Reserve meldkamer", 420, 0, 0, 194),
]
V_RES_END = {r[0]: r[1] + r[2] + r[3] - r[4] for r in V_RESERVES}
assert sum(r[3] for r in V_RESERVES) == V_TOEV[2] and sum(r[4] for r in V_RESERVES) == V_ONTT[2]
V_RESULT_2023 = 914          # x € 1.000: 250 to the algemene reserve, 664 paid back in 2024
V_TERUG_2023 = V_RESULT_2023 - 250
V_VOORZ = [  # name, stand 1-1, toevoeging, aanwending, stand 31-12
    ("Voorziening FLO-overgangsrecht", 3412, 0, 504),
    ("Voorziening onderhoud kazernes", 1128, 420, 318),
]
V_VOORZ_END = {v[0]: v[1] + v[2] - v[3] for v in V_VOORZ}

V_BAL_ACT = {
    "Materiële vaste activa": (42316, 41087),
    "Uitzettingen met een rentetypische looptijd korter dan één jaar": (4812, 3966),
    "Liquide middelen": (2104, 3512),
    "Overlopende activa": (1877, 2042),
}
V_BAL_PAS = {
    "Algemene reserve": (V_RES_END["Algemene reserve"], V_RESERVES[0][1]),
    "Bestemmingsreserves": (sum(V_RES_END[r[0]] for r in V_RESERVES[1:]), sum(r[1] for r in V_RESERVES[1:])),
    "Gerealiseerd resultaat": (V_RESULT[2], V_RESULT_2023),
    "Voorzieningen": (sum(V_VOORZ_END.values()), sum(v[1] for v in V_VOORZ)),
    "Vaste schulden met een rentetypische looptijd van één jaar of langer": (27400, 28950),
    "Overlopende passiva": (3211, 2890),
}
V_BAL_ACT_TOT = tuple(sum(v[i] for v in V_BAL_ACT.values()) for i in range(2))
_veq = tuple(V_BAL_PAS["Algemene reserve"][i] + V_BAL_PAS["Bestemmingsreserves"][i]
             + V_BAL_PAS["Gerealiseerd resultaat"][i] for i in range(2))
V_BAL_PAS["Netto vlottende schulden met een rentetypische looptijd korter dan één jaar"] = tuple(
    V_BAL_ACT_TOT[i] - _veq[i] - sum(V_BAL_PAS[n][i] for n in (
        "Voorzieningen", "Vaste schulden met een rentetypische looptijd van één jaar of langer",
        "Overlopende passiva")) for i in range(2))
assert all(x > 0 for x in V_BAL_PAS["Netto vlottende schulden met een rentetypische looptijd korter dan één jaar"])
V_BAL_PAS_TOT = tuple(sum(v[i] for v in V_BAL_PAS.values()) for i in range(2))
assert V_BAL_PAS_TOT == V_BAL_ACT_TOT
V_EV = _veq
V_SOLV = round_half_up(100 * V_EV[0] / V_BAL_PAS_TOT[0], 1)
_vn = (V_BAL_PAS["Vaste schulden met een rentetypische looptijd van één jaar of langer"][0]
       + V_BAL_PAS["Netto vlottende schulden met een rentetypische looptijd korter dan één jaar"][0]
       + V_BAL_PAS["Overlopende passiva"][0]
       - V_BAL_ACT["Uitzettingen met een rentetypische looptijd korter dan één jaar"][0]
       - V_BAL_ACT["Liquide middelen"][0] - V_BAL_ACT["Overlopende activa"][0])
V_NSQ = round_half_up(100 * _vn / V_B[2], 1)
V_SOLV_2023 = round_half_up(100 * V_EV[1] / V_BAL_PAS_TOT[1], 1)
assert V_SOLV_2023 == 14.5
V_KENG = [("Netto schuldquote", 49.6, 52.0, V_NSQ), ("Solvabiliteitsratio", 14.5, 12.8, V_SOLV),
          ("Structurele exploitatieruimte", 0.6, 0.0, 1.1)]

# uitrukken per jaar (years as rows): jaar, brand, hulpverlening, OMS / loze melding
V_UITRUK = [(2020, 1842, 2310, 1956), (2021, 1776, 2402, 1884), (2022, 2014, 2386, 1912),
            (2023, 1893, 2512, 1847), (2024, 1927, 2648, 1781)]
V_UITRUK_TOT = {y: b + h + o for (y, b, h, o) in V_UITRUK}
V_UIT_FACTOR = {"Almelo": 1.05, "Borne": 0.92, "Dinkelland": 1.31, "Enschede": 0.98, "Haaksbergen": 1.08,
                "Hellendoorn": 1.12, "Hengelo": 0.95, "Hof van Twente": 1.27, "Losser": 1.16, "Oldenzaal": 0.89,
                "Rijssen-Holten": 1.03, "Tubbergen": 1.22, "Twenterand": 1.10, "Wierden": 0.97}
V_UIT_GEM_2024 = largest_remainder(V_UITRUK_TOT[2024], [m[1] * V_UIT_FACTOR[m[0]] for m in V_MEMBERS_RAW])
V_UIT_GEM = {m[0]: n for m, n in zip(V_MEMBERS_RAW, V_UIT_GEM_2024)}

V_INDICATOREN = {
    "Brandweer": [
        ("Uitrukken prio 1 binnen de normtijd", "%", "80,0%", "76,4%", "77,9%"),
        ("Controles brandveilig gebruik", "aantal", "1.150", "1.087", "1.124"),
        ("Vrijwillige brandweermensen (31 december)", "aantal", "820", "812", "826"),
    ],
    "GHOR": [
        ("Adviezen evenementenveiligheid", "aantal", "230", "246", "219"),
        ("Zorginstellingen met een actueel crisisplan", "%", "90%", "93%", "88%"),
    ],
    "Crisisbeheersing": [
        ("Opgeschaalde incidenten (GRIP 1 of hoger)", "aantal", "-", "14", "11"),
        ("Oefeningen crisisorganisatie", "aantal", "12", "12", "10"),
    ],
    "Meldkamer": [
        ("112-meldingen brandweer binnen 2 minuten uitgegeven", "%", "90%", "86,2%", "88,4%"),
    ],
    "Bedrijfsvoering": [
        ("Formatie (fte, 31 december)", "fte", "412,6", "408,9", "401,3"),
        ("Ziekteverzuim", "%", "5,0%", "6,1%", "5,7%"),
    ],
}

V_WNT = {
    "naam": "H.J. Voorbeeld (fictief)",
    "functie": "Algemeen directeur en regionaal commandant brandweer",
    "2024": {"beloning": 176412, "termijn": 27108, "max": 233000},
    "2023": {"beloning": 168930, "termijn": 25544, "max": 223000},
}
for y in ("2024", "2023"):
    V_WNT[y]["sub"] = V_WNT[y]["beloning"] + V_WNT[y]["termijn"]
    assert V_WNT[y]["sub"] <= V_WNT[y]["max"]


def summary():
    print("Dinkelland")
    for a in AMBITIES:
        print(f"  {a['name']}: lasten {a['tot_l']} baten {a['tot_b']} saldo {a['saldo']} v_saldo {a['v_saldo']}"
              f" analyse rest {ANALYSE_TOT[a['key']]}")
    print("  AU", AU, "ADM baten", ADM_TOT_B)
    print("  totaal lasten", D_TOT_L, "baten", D_TOT_B, "saldo", D_SALDO, "result", D_RESULT)
    print("  x1000 lasten", D_OVK_TOT_L, "baten", D_OVK_TOT_B, "saldo", D_OVK_SALDO, "result", D_OVK_RESULT)
    print("  toev", TOEV, "ontt", ONTT)
    print("  balans", BAL_ACT_TOT, "nvs", _nvs, "EV", BAL_EV)
    print("  kengetallen", KENGETALLEN)
    print("  WV", WV_CAP, WV_CAP_TOT, WV_RATIO)
    print("  noaberkracht share of lasten %.2f%%" % (100 * NOABER[4] / D_TOT_L[2]))
    print("VRT")
    print("  lasten", V_L, "baten prog", V_B_PROG, "ADM", V_ADM, "saldo", V_SALDO, "result", V_RESULT)
    print("  bijdragen", V_MEMBER_TOT)
    for m in V_MEMBERS:
        print("   ", m)
    print("  balans", V_BAL_ACT_TOT, V_BAL_PAS, "solv", V_SOLV, "nsq", V_NSQ)
    print("  uitrukken per gemeente", V_UIT_GEM)


if __name__ == "__main__":
    summary()
