"""Every figure of the two FICTIONAL documents, typed once, with the asserts that make them add up.
Wassenaar kadernota: k€ (thousands of euros), + = voordeel, − = nadeel. Veiligheidsregio: euros,
the balans in x € 1.000."""
from fmt import r1, r2

YEARS = [2026, 2027, 2028, 2029]

# ----------------------------------------------------------------------------------------------
# 1. Gemeente Wassenaar, Voorjaarsnota 2025 / Kadernota 2026-2029 (k€; + = voordeel)
# ----------------------------------------------------------------------------------------------
W_START = [1118, -836, -1704, -1478]          # saldo meerjarenperspectief Begroting 2025

# code, omschrijving, programma, I/S, bedragen 2026-2029
W_AUTONOOM = [
    ('A1', 'Loon- en prijsontwikkeling (cao gemeenten 2025-2026)', 'P3', 'S', [-1140, -1140, -1140, -1140]),
    ('A2', 'Hogere bijdrage Veiligheidsregio Haaglanden', 'P1', 'S', [-186, -192, -198, -204]),
    ('A3', 'Volumegroei Wmo-voorzieningen', 'P2', 'S', [-420, -455, -490, -525]),
    ('A4', 'Tariefstijging specialistische jeugdhulp', 'P2', 'S', [-610, -610, -610, -610]),
    ('A5', 'Kapitaallasten vervanging beschoeiingen', 'P5', 'S', [-95, -140, -140, -140]),
    ('A6', 'Huuropbrengst tijdelijke huisvesting Rijksstraatweg', 'P4', 'I', [85, 0, 0, 0]),
]
W_MEI = [
    ('B1', 'Accres algemene uitkering', 'AU', 'S', [1310, 1185, 990, 870]),
    ('B2', 'Herijking verdeelmodel gemeentefonds', 'AU', 'S', [-240, -240, -240, -240]),
    ('B3', 'Taakmutaties en decentralisatie-uitkeringen', 'AU', 'S', [155, 155, 155, 155]),
]
# nieuw beleid: code, korte naam, lange omschrijving (2-3 regels in de tabel), programma, I/S, bedragen
W_CLAIMS = [
    ('C1.1', 'Toezicht strand en duinen',
     'Extra toezicht en handhaving op het strand en in de duinen in het zomerseizoen: inzet van vier boa\'s van mei tot en met september',
     'P1', 'S', [-145, -145, -145, -145]),
    ('C2.1', 'Versterking sociaal team',
     'Versterking van het sociaal team: twee extra consulenten voor de integrale toegang, om de wachtlijst voor Wmo-aanvragen terug te dringen',
     'P2', 'S', [-168, -168, -168, -168]),
    ('C2.2', 'Pilot praktijkondersteuner jeugd',
     'Pilot praktijkondersteuner jeugd bij de huisartsen, gericht op preventie en minder verwijzingen naar specialistische jeugdhulp; evaluatie na twee jaar',
     'P2', 'I', [-95, -95, 0, 0]),
    ('C3.1', 'Vervanging financieel systeem',
     'Vervanging van het financiële systeem en verbetering van de digitale dienstverlening, inclusief implementatie en opleiding van medewerkers',
     'P3', 'I', [-220, 0, 0, 0]),
    ('C4.1', 'Versnelling woningbouw',
     'Versnelling woningbouw: een projectleider en extra plancapaciteit voor sociale huur en middenhuur op de locaties Maaldrift en Kerkehout',
     'P4', 'I', [-310, -310, -310, 0]),
    ('C4.2', 'Startersregeling',
     'Bijdrage aan de stimuleringsregeling voor starters op de woningmarkt (startersleningen via SVn)',
     'P4', 'S', [-60, -60, -60, -60]),
    ('C5.1', 'Duinen en strand',
     'Duinen en strand: herstel van de duinovergangen en extra schoonmaak van het strand bij de Wassenaarseslag in het hoogseizoen',
     'P5', 'S', [-115, -115, -115, -115]),
    ('C5.2', 'Klimaatadaptatie',
     'Uitvoeringsagenda klimaatadaptatie: onderzoek naar wateroverlast in de wijken en de aanleg van groene schoolpleinen',
     'P5', 'I', [-80, -80, 0, 0]),
]
W_BEZUIN = [
    ('D1', 'Verlagen inhuur derden', 'P3', 'S', [250, 300, 300, 300]),
    ('D2', 'Herijking subsidies welzijn en cultuur', 'P2', 'S', [120, 160, 160, 160]),
    ('D3', 'Leges omgevingsvergunningen kostendekkend', 'P4', 'S', [90, 90, 90, 90]),
    ('D4', 'Beheerniveau openbaar groen van B naar basis', 'P5', 'S', [75, 75, 75, 75]),
]
W_RESERVES = [
    ('E1', 'Onttrekking algemene reserve (dekking C3.1, C4.1 en C5.2)', 'Algemene reserve', 'I', [610, 390, 310, 0]),
    ('E2', 'Onttrekking reserve sociaal domein (dekking C2.2)', 'Reserve sociaal domein', 'I', [95, 95, 0, 0]),
]
# stand van de reserves (k€) voor de onttrekkingen van de kadernota
W_RES_STAND_1_1_2026 = {'Algemene reserve': 14215, 'Reserve sociaal domein': 1340}


def colsum(rows):
    return [sum(r[-1][i] for r in rows) for i in range(4)]


def cum(a, b):
    return [x + y for x, y in zip(a, b)]


W_SUM_A = colsum(W_AUTONOOM)
W_SUM_B = colsum(W_MEI)
W_SUM_C = colsum(W_CLAIMS)
W_SUM_D = colsum(W_BEZUIN)
W_SUM_E = colsum(W_RESERVES)
W_NA_A = cum(W_START, W_SUM_A)
W_NA_B = cum(W_NA_A, W_SUM_B)
W_NA_C = cum(W_NA_B, W_SUM_C)
W_NA_D = cum(W_NA_C, W_SUM_D)
W_FINAL = cum(W_NA_D, W_SUM_E)
assert W_FINAL == [sum(x) for x in zip(W_START, W_SUM_A, W_SUM_B, W_SUM_C, W_SUM_D, W_SUM_E)]
# the reserves cover exactly the incidental claims they name
assert W_RESERVES[0][-1] == [-(c[-1][i] + d[-1][i] + e[-1][i]) for i, (c, d, e) in
                             enumerate([(W_CLAIMS[3], W_CLAIMS[4], W_CLAIMS[7])] * 4)]
assert W_RESERVES[1][-1] == [-x for x in W_CLAIMS[2][-1]]
W_RES_STAND_EIND_2029 = {
    'Algemene reserve': W_RES_STAND_1_1_2026['Algemene reserve'] - sum(W_RESERVES[0][-1]),
    'Reserve sociaal domein': W_RES_STAND_1_1_2026['Reserve sociaal domein'] - sum(W_RESERVES[1][-1]),
}

# Meerjarenperspectief per programma na de kadernota (saldo baten - lasten, k€)
W_PROG_NAMES = {'P1': 'P1 Veiligheid en Handhaving', 'P2': 'P2 Mens en Maatschappij',
                'P3': 'P3 Bestuur en middelen', 'P4': 'P4 Fysieke leefomgeving',
                'P5': 'P5 Natuur, klimaat en Mobiliteit'}
W_PROG = {'P1': [-4493, -4527, -4561, -4596],
          'P2': [-29614, -29846, -30102, -30377],
          'P4': [-3712, -3598, -3420, -3109],
          'P5': [-10466, -10582, -10705, -10791]}
W_MUT_RES_BASIS = [412, 140, 95, 0]                     # reservemutaties uit de begroting 2025
W_MUT_RES = cum(W_MUT_RES_BASIS, W_SUM_E)
W_SALDO_BL = [W_FINAL[i] - W_MUT_RES[i] for i in range(4)]
W_PROG['P3'] = [W_SALDO_BL[i] - sum(W_PROG[p][i] for p in ('P1', 'P2', 'P4', 'P5')) for i in range(4)]
assert all(sum(W_PROG[p][i] for p in W_PROG) + W_MUT_RES[i] == W_FINAL[i] for i in range(4))

# Lokale lasten (euro per huishouden), OZB-stijging in procenten
W_OZB_PCT = {2025: 3.9, 2026: 4.8, 'inflatie': 2.9, 'extra': 1.9}
assert r1(W_OZB_PCT['inflatie'] + W_OZB_PCT['extra']) == W_OZB_PCT[2026]
W_TARIEVEN = [  # label, 2025, 2026
    ('Afvalstoffenheffing eenpersoonshuishouden', 365.10, 389.55),
    ('Afvalstoffenheffing meerpersoonshuishouden', 525.90, 561.10),
    ('Rioolheffing eenpersoonshuishouden', 139.85, 146.30),
    ('Rioolheffing meerpersoonshuishouden', 284.90, 298.05),
    ('OZB woning (WOZ-waarde € 350.000)', 357.65, 374.82),
]
W_TOTAAL_MEER = (r2(525.90 + 284.90 + 357.65), r2(561.10 + 298.05 + 374.82))
assert W_TOTAAL_MEER == (1168.45, 1233.97)
W_STIJGING = {lab: r1((b / a - 1) * 100) for lab, a, b in W_TARIEVEN}
assert W_STIJGING['OZB woning (WOZ-waarde € 350.000)'] == W_OZB_PCT[2026]
W_STIJGING_TOTAAL = r1((W_TOTAAL_MEER[1] / W_TOTAAL_MEER[0] - 1) * 100)

# ----------------------------------------------------------------------------------------------
# 2. Veiligheidsregio Hollands Midden, Jaarstukken 2024 (euros)
# ----------------------------------------------------------------------------------------------
V_PROG = [  # programma, primitief, na wijziging, realisatie (lasten)
    ('Brandweer', 41286400, 42115900, 41702388),
    ('GHOR', 3412700, 3498200, 3366941),
    ('Crisisbeheersing', 2185300, 2240800, 2301552),
    ('Meldkamer', 5630100, 5702400, 5688019),
    ('Bedrijfsvoering', 12904600, 13318500, 13106774),
]
V_LASTEN = [sum(p[i] for p in V_PROG) for i in (1, 2, 3)]
V_VERSCHIL = {p[0]: p[2] - p[3] for p in V_PROG}          # + = voordeel (lager dan begroot)
V_VERSCHIL_LASTEN = V_LASTEN[1] - V_LASTEN[2]

V_LEDEN = [  # gemeente, inwoners 1-1-2024
    ('Alphen aan den Rijn', 114210), ('Bodegraven-Reeuwijk', 36480), ('Gouda', 75930),
    ('Hillegom', 22860), ('Kaag en Braassem', 28140), ('Katwijk', 67350),
    ('Krimpenerwaard', 57820), ('Leiden', 127460), ('Leiderdorp', 28020),
    ('Lisse', 23390), ('Nieuwkoop', 29610), ('Noordwijk', 44170),
    ('Oegstgeest', 26290), ('Teylingen', 38450), ('Voorschoten', 25940),
    ('Waddinxveen', 32180), ('Zoeterwoude', 9310), ('Zuidplas', 47960),
]
V_VASTE_VOET, V_TARIEF, V_INDEX = 95000, 59.05, 0.0235
V_BIJDRAGE = {}
for g, inw in V_LEDEN:
    beg = round(V_VASTE_VOET + inw * V_TARIEF)
    wrk = round(beg * (1 + V_INDEX))
    V_BIJDRAGE[g] = (inw, beg, wrk, r2(wrk / inw))
V_INW_TOT = sum(v[0] for v in V_BIJDRAGE.values())
V_BIJ_BEG = sum(v[1] for v in V_BIJDRAGE.values())
V_BIJ_WRK = sum(v[2] for v in V_BIJDRAGE.values())
V_BIJ_PER_INW = r2(V_BIJ_WRK / V_INW_TOT)

V_BATEN = [  # label, primitief, na wijziging, realisatie
    ('Bijdragen gemeenten', V_BIJ_BEG, V_BIJ_WRK, V_BIJ_WRK),
    ('Rijksbijdrage (BDuR)', 9812400, 9904700, 9904700),
    ('Overige baten', 4146100, 4402600, 5128455),
]
V_BATEN_TOT = [sum(b[i] for b in V_BATEN) for i in (1, 2, 3)]
V_SALDO_BL = [V_BATEN_TOT[i] - V_LASTEN[i] for i in range(3)]

V_RES = [  # reserve, stand 1-1-2024, toevoeging, onttrekking
    ('Algemene reserve', 2145600, 312000, 0),
    ('Bestemmingsreserve materieel', 1820000, 0, 420000),
    ('Reserve opleiden en oefenen', 640000, 0, 185000),
    ('Reserve huisvesting kazernes', 1175000, 250000, 310000),
]
V_RES_EIND = {r[0]: r[1] + r[2] - r[3] for r in V_RES}
V_RES_TOT = [sum(r[i] for r in V_RES) for i in (1, 2, 3)] + [sum(V_RES_EIND.values())]
V_TOEV, V_ONTT = V_RES_TOT[1], V_RES_TOT[2]
# begrote reservemutaties (primitief, na wijziging)
V_TOEV_BEG = [0, 562000]
V_ONTT_BEG = [None, None]
# the begroting closes: primitief and na wijziging resultaat 0 -> onttrekking closes it
V_ONTT_BEG[0] = -(V_SALDO_BL[0] - V_TOEV_BEG[0])
V_ONTT_BEG[1] = -(V_SALDO_BL[1] - V_TOEV_BEG[1])
V_RESULTAAT = V_SALDO_BL[2] - V_TOEV + V_ONTT
assert V_SALDO_BL[0] - V_TOEV_BEG[0] + V_ONTT_BEG[0] == 0
assert V_SALDO_BL[1] - V_TOEV_BEG[1] + V_ONTT_BEG[1] == 0
assert V_ONTT_BEG[0] > 0 and V_ONTT_BEG[1] > 0
# bestemming van het resultaat
V_BESTEMMING = [
    ('Toevoeging aan de algemene reserve', 400000),
    ('Toevoeging aan de bestemmingsreserve materieel', 350000),
]
V_TERUG = V_RESULTAAT - sum(b[1] for b in V_BESTEMMING)   # terug naar de gemeenten
assert V_TERUG > 0
V_TERUG_PER_G = {g: round(V_TERUG * v[2] / V_BIJ_WRK) for g, v in V_BIJDRAGE.items()}

# prestaties: categorie, normtijd (s), uitrukken prio 1, gemiddelde opkomsttijd (s), binnen norm
V_OPKOMST = [
    ('Woonfunctie', 480, 1284, 458, 876),
    ('Woonfunctie met zorg en celfunctie', 300, 146, 372, 61),
    ('Bijeenkomst- en onderwijsfunctie', 480, 412, 441, 299),
    ('Industrie-, kantoor- en winkelfunctie', 600, 688, 525, 560),
    ('Buitenbranden en hulpverlening', 600, 2317, 552, 1805),
]
V_OPK_N = sum(o[2] for o in V_OPKOMST)
V_OPK_BINNEN = sum(o[4] for o in V_OPKOMST)
V_OPK_GEM = round(sum(o[2] * o[3] for o in V_OPKOMST) / V_OPK_N)
V_OPK_PCT = {o[0]: r1(o[4] / o[2] * 100) for o in V_OPKOMST}
V_OPK_PCT_TOT = r1(V_OPK_BINNEN / V_OPK_N * 100)
V_UITRUK_JAREN = [(2020, 9412), (2021, 9876), (2022, 10254), (2023, 10731), (2024, 11086)]
V_UITRUK_PRIO1 = V_OPK_N

V_PERSONEEL = [  # onderdeel, personen, fte (None = vrijwilligers, geen fte)
    ('Brandweer beroepspersoneel', 331, 312.4),
    ('Brandweer vrijwilligers', 1046, None),
    ('GHOR', 24, 19.8),
    ('Crisisbeheersing', 18, 15.6),
    ('Meldkamer', 41, 36.2),
    ('Bedrijfsvoering', 118, 104.7),
]
V_PERS_BEROEPS = sum(p[1] for p in V_PERSONEEL if p[2] is not None)
V_FTE_TOT = r1(sum(p[2] for p in V_PERSONEEL if p[2] is not None))
V_PERS_TOT = sum(p[1] for p in V_PERSONEEL)
V_FTE_BEGROOT = 501.5

V_INVEST = [  # investering, soort, krediet, besteed t/m 2023, besteed 2024
    ('Tankautospuiten (4 stuks)', 'Voertuigen', 2360000, 0, 1912450),
    ('Hoogwerker post Leiden-Noord', 'Voertuigen', 1150000, 0, 1087300),
    ('Vaartuig oppervlakteredding Kaag', 'Voertuigen', 420000, 0, 398640),
    ('Nieuwbouw kazerne Nieuwkoop', 'Kazernes', 4850000, 1240000, 2965100),
    ('Renovatie kazerne Katwijk-Noord', 'Kazernes', 1780000, 0, 612380),
]
V_INV_REST = {i[0]: i[2] - i[3] - i[4] for i in V_INVEST}
V_INV_TOT = [sum(i[k] for i in V_INVEST) for k in (2, 3, 4)]
V_INV_REST_TOT = sum(V_INV_REST.values())
V_INV_2024_SOORT = {s: sum(i[4] for i in V_INVEST if i[1] == s) for s in ('Voertuigen', 'Kazernes')}

# balans x € 1.000 (31-12-2024, 31-12-2023)
V_ACTIVA = [
    ('Materiële vaste activa', 38412, 36905),
    ('Financiële vaste activa', 120, 120),
    ('Uitzettingen met een looptijd korter dan één jaar', 3618, 4102),
    ('Liquide middelen', 2844, 1907),
    ('Overlopende activa', 1506, 1388),
]
V_ACT_TOT = (sum(a[1] for a in V_ACTIVA), sum(a[2] for a in V_ACTIVA))
V_EV = (round((V_RES_TOT[3] + V_RESULTAAT) / 1000), 5898)
V_PASSIVA_X = [
    ('Voorzieningen', 1235, 1104),
    ('Vaste schulden met een rentetypische looptijd van één jaar of langer', 27650, 27400),
    (None, None, None),  # netto vlottende schulden: sluitpost
    ('Overlopende passiva', 3106, 2874),
]
_vl = (V_ACT_TOT[0] - V_EV[0] - 1235 - 27650 - 3106, V_ACT_TOT[1] - V_EV[1] - 1104 - 27400 - 2874)
V_PASSIVA = [('Eigen vermogen', V_EV[0], V_EV[1]), V_PASSIVA_X[0], V_PASSIVA_X[1],
             ('Netto vlottende schulden met een rentetypische looptijd korter dan één jaar', _vl[0], _vl[1]),
             V_PASSIVA_X[3]]
V_PAS_TOT = (sum(p[1] for p in V_PASSIVA), sum(p[2] for p in V_PASSIVA))
assert V_PAS_TOT == V_ACT_TOT and _vl[0] > 0 and _vl[1] > 0
V_SOLV = r1(V_EV[0] / V_PAS_TOT[0] * 100)
_schuld = 27650 + _vl[0] + 3106 - 3618 - 2844 - 1506
V_NSQ = r1(_schuld / (V_BATEN_TOT[2] / 1000) * 100)
V_KENGETALLEN = [  # label, realisatie 2023, begroting 2024, realisatie 2024
    ('Netto schuldquote', 36.8, 39.5, V_NSQ),
    ('Solvabiliteitsratio', 12.1, 10.9, V_SOLV),
    ('Structurele exploitatieruimte', 0.4, 0.0, 1.1),
]

V_WNT = [  # naam, functie, dienstverband fte, beloning, betaalbaar op termijn
    ('drs. M.L. van Rijswijk', 'Algemeen directeur / commandant brandweer', 1.0, 176412, 24187),
    ('ing. P.J. Koster', 'Directeur Veiligheidsbureau', 1.0, 139870, 20648),
    ('mr. S. Hamidi', 'Directeur GHOR', 0.8, 112304, 16581),
]
V_WNT_MAX = 233000
V_WNT_TOT = {w[0]: w[3] + w[4] for w in V_WNT}
assert all(V_WNT_TOT[w[0]] <= V_WNT_MAX * w[2] for w in V_WNT)


if __name__ == '__main__':
    print('Wassenaar saldo na stappen:', W_START, W_NA_A, W_NA_B, W_NA_C, W_NA_D, W_FINAL)
    print('P3:', W_PROG['P3'], 'mut res', W_MUT_RES)
    print('stijging', W_STIJGING, W_STIJGING_TOTAAL)
    print('VR lasten', V_LASTEN, 'baten', V_BATEN_TOT, 'saldo', V_SALDO_BL, 'ontt beg', V_ONTT_BEG)
    print('resultaat', V_RESULTAAT, 'terug', V_TERUG, 'toev/ontt', V_TOEV, V_ONTT)
    print('bijdrage', V_BIJ_BEG, V_BIJ_WRK, V_INW_TOT, V_BIJ_PER_INW)
    print('opkomst', V_OPK_N, V_OPK_GEM, V_OPK_PCT, V_OPK_PCT_TOT)
    print('balans', V_ACT_TOT, V_EV, V_PASSIVA, V_SOLV, V_NSQ)
    print('pers', V_PERS_BEROEPS, V_FTE_TOT, V_PERS_TOT)
