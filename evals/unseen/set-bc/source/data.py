"""Every figure of the two FICTIONAL documents of set-bc, typed once; computed figures derived here; asserts
tie totals, saldi, reserves and the balans together.  Run `python data.py` to check.

T_* : Gemeente Twenterand, Jaarstukken 2024 (fictional figures; amounts in whole euros unless noted)
N_* : Noaberkracht Dinkelland Tubbergen, Begroting 2026 (fictional figures; amounts x EUR 1.000 unless noted)
"""
from __future__ import annotations

from fmt import half_up

# ----------------------------------------------------------------------------------------------------------------
# Twenterand, Jaarstukken 2024
# ----------------------------------------------------------------------------------------------------------------
T_FILE = "twenterand-jaarstukken-2024.pdf"
T_BODY = "Twenterand"
T_TITLE = "Jaarstukken 2024"
COLS3 = ("prim", "nw", "real")

# programme 2 Sociaal Domein, per doelenboom (same doelenbomen as the real Programmabegroting 2020)
T_SD_LASTEN = {
    "Sociale zaken": (21482300, 22106450, 21874912),
    "Maatschappelijke ondersteuning": (14250800, 15012300, 15688214),
    "Gezondheidszorg": (2412600, 2455100, 2398745),
    "Onderwijs": (4688900, 4901200, 4760318),
    "Jeugd": (19325400, 20540700, 21612487),
}
T_SD_BATEN = {
    "Sociale zaken": (15302000, 15846200, 16204881),
    "Maatschappelijke ondersteuning": (412500, 436800, 512339),
    "Gezondheidszorg": (0, 0, 18250),
    "Onderwijs": (361200, 372400, 366915),
    "Jeugd": (2960000, 3105600, 3087104),
}
# programme 1 and 3 (short tables)
T_P1_LASTEN = {
    "Bestuur en organisatie": (3912400, 4025300, 3978112),
    "Dienstverlening en burgerzaken": (1684200, 1702900, 1655487),
    "Openbare orde en veiligheid": (2788600, 2861400, 2903776),
}
T_P1_BATEN = {
    "Bestuur en organisatie": (48000, 52000, 61408),
    "Dienstverlening en burgerzaken": (612500, 612500, 688231),
    "Openbare orde en veiligheid": (35000, 35000, 29870),
}
T_P3_LASTEN = {
    "Verkeer, vervoer en openbare ruimte": (8945300, 9318700, 9102446),
    "Riolering en afval": (7412800, 7498600, 7366019),
    "Ruimtelijke ordening en wonen": (3206700, 4115900, 3684251),
    "Sport, cultuur en recreatie": (4618200, 4702300, 4751868),
    "Economie": (884500, 912400, 871233),
}
T_P3_BATEN = {
    "Verkeer, vervoer en openbare ruimte": (402600, 455100, 512977),
    "Riolering en afval": (8011900, 8011900, 8104562),
    "Ruimtelijke ordening en wonen": (1480200, 2344700, 2987415),
    "Sport, cultuur en recreatie": (612300, 640800, 655231),
    "Economie": (102000, 102000, 96540),
}
T_PROGRAMS = [
    ("1", "Bestuur en Dienstverlening", T_P1_LASTEN, T_P1_BATEN),
    ("2", "Sociaal Domein", T_SD_LASTEN, T_SD_BATEN),
    ("3", "Fysiek Domein", T_P3_LASTEN, T_P3_BATEN),
]
# algemene dekkingsmiddelen: baten rows and a lasten row; the algemene uitkering closes each column's resultaat
T_ADM_BATEN_FIXED = {
    "Onroerendezaakbelastingen": (8734500, 8734500, 8801236),
    "Dividenden": (412000, 412000, 468950),
    "Toeristenbelasting": (186000, 186000, 203417),
}
T_ADM_LASTEN = {"Treasury en overige algemene lasten": (612400, 598700, 571308)}
T_OVERHEAD = {"lasten": (10418600, 10712300, 10655942), "baten": (214000, 231500, 248733)}
T_ONVOORZIEN = (100000, 25000, 0)
# reserves: mutaties per column (toevoegingen, onttrekkingen)
T_RES = {  # name: (stand 1-1-2024, toevoegingen 2024 real, onttrekkingen 2024 real)
    "Algemene reserve": (14218600, 0, 1250000),
    "Reserve sociaal domein": (3640000, 0, 1105000),
    "Reserve dekking kapitaallasten": (9874300, 312000, 486200),
    "Reserve onderhoud accommodaties": (1236500, 450000, 318400),
    "Reserve Vitale Kernen": (1850000, 600000, 235600),
}
T_RES_BEGROOT = {"prim": (912000, 2318000), "nw": (1062000, 3461300)}  # (toevoegingen, onttrekkingen)
# resultaat targets (resultaat na mutaties reserves): begroot primitief / na wijziging / realisatie
T_RESULTAAT = (118400, -412600, 1846312)
T_VOORZ = {  # name: (stand 1-1, toevoegingen, vrijval, aanwending) -> stand 31-12
    "Voorziening onderhoud gemeentelijke gebouwen": (2845100, 612000, 0, 734850),
    "Voorziening wethouderspensioenen": (4112800, 286400, 0, 198300),
    "Voorziening riolering (egalisatie)": (1920500, 355200, 0, 0),
    "Voorziening dubieuze debiteuren": (418600, 42000, 61500, 0),
}
T_INVEST = [  # name, krediet, uitgaven t/m 2023, uitgaven 2024
    ("Nieuwbouw kindcentrum Westerhaar", 8450000, 1212400, 4867300),
    ("Renovatie sporthal De Kulk, Den Ham", 2380000, 0, 1946215),
    ("Reconstructie Oosteinde Vriezenveen", 3125000, 2210800, 702650),
    ("Herinrichting centrum Vroomshoop", 1960000, 145300, 388120),
    ("Vervanging ICT-werkplekken", 640000, 0, 612480),
]
# bestemming resultaat (proposal)
T_BESTEMMING = [
    ("Reserve sociaal domein (Jeugd, egalisatie)", 750000),
    ("Reserve Vitale Kernen (dorpsinitiatieven)", 250000),
]  # the rest goes to the algemene reserve
T_INWONERS = {  # kern: inwoners 1-1-2025
    "Vriezenveen": 14105, "Vroomshoop": 7348, "Westerhaar-Vriezenveensewijk": 4612, "Den Ham": 5196,
    "Aadorp": 1274, "Sibculo": 1013, "Kloosterhaar": 1508, "Bruinehaar": 221, "Geerdijk": 312,
    "Daarlerveen": 688,
}
T_INDICATORS = [  # group, label, real 2023, real 2024, streef 2024, unit
    ("Sociale zaken", "Aantal uitkeringsgerechtigden (participatiewet)", 472, 455, 450, "count"),
    ("Sociale zaken", "Aantal personen uitgestroomd naar werk", 81, 94, 80, "count"),
    ("Sociale zaken", "Aantal aanvragen bijzondere bijstand", 498, 526, 480, "count"),
    ("Maatschappelijke ondersteuning", "Toegekende maatwerkvoorzieningen Wmo totaal", 3912, 4105, 3800, "count"),
    ("Maatschappelijke ondersteuning", "Aantal individueel ondersteunde mantelzorgers", 268, 291, 275, "count"),
    ("Jeugd", "Totaal aantal jeugdigen met jeugdhulp", 1187, 1246, 1150, "count"),
    ("Jeugd", "Aantal bezoekers CJG Loket", 95, 88, 90, "count"),
    ("Jeugd", "Jongeren met jeugdhulp (% van 0-18 jaar)", 12.8, 13.3, 12.0, "percent"),
]
# taakvelden of programma 2: (code, name, begroot lasten nw, realisatie lasten, realisatie baten)
T_TAAKVELD = [
    ("4.1", "Openbaar basisonderwijs", 212400, 204871, 0),
    ("4.2", "Onderwijshuisvesting", 2418600, 2366402, 58210),
    ("4.3", "Onderwijsbeleid en leerlingzaken", 2270200, 2189045, 308705),
    ("6.1", "Samenkracht en burgerparticipatie", 3418700, 3351288, 96412),
    ("6.2", "Toegang en eerstelijnsvoorzieningen", 4112500, 4236917, 0),
    ("6.3", "Inkomensregelingen", 17244300, 17106534, 15776789),
    ("6.4", "WSW en beschut werk", 3118650, 3097610, 0),
    ("6.5", "Arbeidsparticipatie", 1743500, 1670768, 331680),
    ("6.6", "Maatwerkvoorzieningen (Wmo)", 2310400, 2468193, 0),
    ("6.71", "Maatwerkdienstverlening 18+", 8935600, 9422890, 512339),
    ("6.72", "Maatwerkdienstverlening 18-", 13862300, 14966115, 3087104),
    ("6.81", "Geëscaleerde zorg 18+", 412900, 402611, 0),
    ("6.82", "Geëscaleerde zorg 18-", 2610300, 2444958, 0),
    ("7.1", "Volksgezondheid", None, None, None),  # closes the totals
]
T_SALDO_HIST = {  # netto lasten per programma x EUR 1.000 with one decimal: rows are years
    "Realisatie 2022": (7395.1, 38912.4, 11870.6, -73211.8, 9940.2),
    "Realisatie 2023": (7511.9, 41288.7, 12004.3, -76650.5, 10121.6),
}
T_WNT = [  # functie, naam, aanvang-einde, fte, dienstbetrekking, beloning, belastbare onkosten, betaalbaar op termijn
    ("Gemeentesecretaris", "drs. H.J. Veldkamp", "01/01 - 31/12", "1,0", "ja", 131842, 0, 21904),
    ("Griffier", "mr. W.A. Lubbers-Ten Dam", "01/01 - 31/12", "0,89", "ja", 94188, 0, 16118),
]
T_WNT_MAX = 233000
T_KENGETAL = [  # label, real 2023, begroting 2024, real 2024 (percent); solvabiliteit real 2024 derived below
    ("Netto schuldquote", 41.2, 52.6, None),
    ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", 39.8, 50.9, None),
    ("Solvabiliteitsratio", 24.6, 21.3, None),
    ("Structurele exploitatieruimte", 1.4, 0.3, 1.9),
    ("Grondexploitatie", 3.1, 2.8, 2.2),
    ("Belastingcapaciteit", 98.4, 101.2, 101.2),
]
# balans (whole euros): activa and passiva items 31-12-2024 / 31-12-2023; liquide middelen close the activa
T_BAL_ACT = {
    "Immateriële vaste activa": (386400, 412900),
    "Materiële vaste activa": (148902630, 143655210),
    "Financiële vaste activa": (4812350, 5120440),
    "Voorraden": (6104220, 7389150),
    "Uitzettingen met een rentetypische looptijd korter dan één jaar": (12618440, 11402330),
    "Liquide middelen": (None, 1204418),
    "Overlopende activa": (5308150, 4987620),
}
T_BAL_PAS_FIXED = {
    "Vaste schulden met een rentetypische looptijd van één jaar of langer": (115050000, 106870000),
    "Netto vlottende schulden met een rentetypische looptijd korter dan één jaar": (16832615, 12408113),
    "Overlopende passiva": (7218344, 6894127),
}
T_RESULTAAT_2023 = 982604  # resultaat 2023, bestemd in 2024: all to the algemene reserve (in stand 1-1-2024)
T_NETTO_SCHULDQUOTE_2024 = 47.9
T_NETTO_SCHULDQUOTE_GECORR_2024 = 46.1
# prose figures
T_PROSE = {
    "jeugd_verblijf": 684000, "jeugd_clienten_verblijf": 58, "wmo_hh": 412000, "wmo_hh_clienten": 1318,
    "uitstroom_werk": 94, "statushouders": 52,
}


def tot(d, i):
    return sum(v[i] for v in d.values())


def t_program(num):
    for n, name, L, B in T_PROGRAMS:
        if n == num:
            return name, L, B
    raise KeyError(num)


def t_program_totals():
    """(lasten, baten) per programme per column"""
    out = {}
    for n, name, L, B in T_PROGRAMS:
        out[name] = tuple((tot(L, i), tot(B, i)) for i in range(3))
    return out


def t_algemene_uitkering():
    """the algemene uitkering closes each column to the resultaat target"""
    au = []
    for i in range(3):
        lasten = sum(tot(L, i) for _, _, L, _ in T_PROGRAMS) + tot(T_ADM_LASTEN, i) + T_OVERHEAD["lasten"][i] \
            + T_ONVOORZIEN[i]
        baten_excl = sum(tot(B, i) for _, _, _, B in T_PROGRAMS) + tot(T_ADM_BATEN_FIXED, i) \
            + T_OVERHEAD["baten"][i]
        if i < 2:
            toev, ontt = T_RES_BEGROOT[COLS3[i]]
        else:
            toev, ontt = t_res_mutaties()
        # resultaat = baten - lasten - toev + ontt
        au.append(T_RESULTAAT[i] - baten_excl + lasten + toev - ontt)
    return tuple(au)


def t_res_mutaties():
    return sum(v[1] for v in T_RES.values()), sum(v[2] for v in T_RES.values())


def t_adm_baten():
    d = dict(T_ADM_BATEN_FIXED)
    d = {"Algemene uitkering gemeentefonds": t_algemene_uitkering(), **d}
    return d


def t_overview():
    """per column: totaal lasten, totaal baten, saldo, toevoegingen, onttrekkingen, resultaat"""
    adm_b = t_adm_baten()
    res = []
    for i in range(3):
        lasten = sum(tot(L, i) for _, _, L, _ in T_PROGRAMS) + tot(T_ADM_LASTEN, i) + T_OVERHEAD["lasten"][i] \
            + T_ONVOORZIEN[i]
        baten = sum(tot(B, i) for _, _, _, B in T_PROGRAMS) + tot(adm_b, i) + T_OVERHEAD["baten"][i]
        toev, ontt = T_RES_BEGROOT[COLS3[i]] if i < 2 else t_res_mutaties()
        saldo = baten - lasten
        res.append(dict(lasten=lasten, baten=baten, saldo=saldo, toev=toev, ontt=ontt, resultaat=saldo - toev + ontt))
    return res


def t_res_stand():
    return {k: v[0] + v[1] - v[2] for k, v in T_RES.items()}


def t_voorz_stand():
    return {k: v[0] + v[1] - v[2] - v[3] for k, v in T_VOORZ.items()}


def t_taakvelden():
    rows = [list(r) for r in T_TAAKVELD]
    L_nw, L_r, B_r = tot(T_SD_LASTEN, 1), tot(T_SD_LASTEN, 2), tot(T_SD_BATEN, 2)
    last = rows[-1]
    last[2] = L_nw - sum(r[2] for r in rows[:-1])
    last[3] = L_r - sum(r[3] for r in rows[:-1])
    last[4] = B_r - sum(r[4] for r in rows[:-1])
    assert all(x > 0 for x in last[2:4]) and last[4] >= 0, last
    return [tuple(r) for r in rows]


def t_verschil(lasten, begroot_nw, real):
    """absolute verschil, V/N and percent of the begroting na wijziging"""
    d = (begroot_nw - real) if lasten else (real - begroot_nw)
    p = (abs(d) / begroot_nw * 100) if begroot_nw else None
    return abs(d), ("V" if d > 0 else ("N" if d < 0 else "")), p


def t_balans():
    stand = t_res_stand()
    alg = stand["Algemene reserve"]
    best = sum(v for k, v in stand.items() if k != "Algemene reserve")
    alg23 = T_RES["Algemene reserve"][0] - T_RESULTAAT_2023
    best23 = sum(v[0] for k, v in T_RES.items() if k != "Algemene reserve")
    voorz = sum(t_voorz_stand().values()), sum(v[0] for v in T_VOORZ.values())
    pas = {
        "Algemene reserve": (alg, alg23),
        "Bestemmingsreserves": (best, best23),
        "Gerealiseerd resultaat": (T_RESULTAAT[2], T_RESULTAAT_2023),
        "Voorzieningen": voorz,
        **T_BAL_PAS_FIXED,
    }
    act = dict(T_BAL_ACT)
    # 2023: the netto vlottende schulden close the column (liquide middelen 2023 are typed)
    k_nvs = "Netto vlottende schulden met een rentetypische looptijd korter dan één jaar"
    act23 = sum(v[1] for v in act.values())
    pas23_excl = sum(v[1] for k, v in pas.items() if k != k_nvs)
    pas[k_nvs] = (pas[k_nvs][0], act23 - pas23_excl)
    tot_pas = tuple(sum(v[i] for v in pas.values()) for i in range(2))
    liq24 = tot_pas[0] - sum(v[0] for k, v in act.items() if k != "Liquide middelen")
    act["Liquide middelen"] = (liq24, act["Liquide middelen"][1])
    tot_act = tuple(sum(v[i] for v in act.values()) for i in range(2))
    return act, pas, tot_act, tot_pas


def t_eigen_vermogen():
    _, pas, _, _ = t_balans()
    return tuple(pas["Algemene reserve"][i] + pas["Bestemmingsreserves"][i] + pas["Gerealiseerd resultaat"][i]
                 for i in range(2))


def t_solvabiliteit():
    ev = t_eigen_vermogen()
    _, _, tot_act, _ = t_balans()
    return half_up(ev[0] / tot_act[0] * 100, 1)


def t_saldo_hist():
    d = dict(T_SALDO_HIST)
    tot_ = t_program_totals()
    ov_ad = t_adm_baten()
    for label, i in (("Begroting 2024 na wijziging", 1), ("Realisatie 2024", 2)):
        vals = [half_up((tot_[name][i][0] - tot_[name][i][1]) / 1000, 1) for _, name, _, _ in T_PROGRAMS]
        adm = half_up((tot(T_ADM_LASTEN, i) + T_ONVOORZIEN[i] - tot(ov_ad, i)) / 1000, 1)
        ovh = half_up((T_OVERHEAD["lasten"][i] - T_OVERHEAD["baten"][i]) / 1000, 1)
        d[label] = tuple(vals) + (adm, ovh)
    return d


def t_bestemming():
    rest = T_RESULTAAT[2] - sum(v for _, v in T_BESTEMMING)
    return T_BESTEMMING + [("Algemene reserve", rest)]


def t_wnt_total(row):
    return row[5] + row[6] + row[7]


def t_inwoners_total():
    return sum(T_INWONERS.values())


# ----------------------------------------------------------------------------------------------------------------
# Noaberkracht Dinkelland Tubbergen, Begroting 2026 (x EUR 1.000)
# ----------------------------------------------------------------------------------------------------------------
N_FILE = "noaberkracht-dinkelland-tubbergen-begroting-2026.pdf"
N_BODY = "Noaberkracht Dinkelland Tubbergen"
N_TITLE = "Begroting 2026 en meerjarenraming 2027-2029"
N_YEARS = ("Rekening 2024", "Begroting 2025", "Begroting 2026", "2027", "2028", "2029")
# products: program -> [(code, name, lasten x6, baten x6)] ; None = 'pm'
N_PRODUCTS = {
    "1 Bedrijfsvoering": [
        ("1.1", "Facilitaire zaken en huisvesting", (3412, 3586, 3718, 3761, 3805, 3850), (412, 398, 405, 405, 405, 405)),
        ("1.2", "Financiën en control", (2187, 2254, 2331, 2360, 2389, 2418), (36, 40, 40, 40, 40, 40)),
        ("1.3", "Juridische zaken en inkoop", (1106, 1172, 1245, 1262, 1279, 1296), (85, 92, 118, 118, 118, 118)),
    ],
    "2 ICT en informatievoorziening": [
        ("2.1", "ICT-infrastructuur en werkplekken", (4318, 4652, 4987, 5106, 5211, 5290), (0, 0, 0, 0, 0, 0)),
        ("2.2", "Applicaties en licenties", (2965, 3240, 3618, 3702, 3788, 3876), (145, 152, 160, 160, 160, 160)),
        ("2.3", "Informatiebeveiliging en privacy", (612, 688, 804, 815, 826, 837), (0, 0, 0, 0, None, None)),
    ],
    "3 Personeel en organisatie": [
        ("3.1", "Salarissen en sociale lasten", (33215, 35102, 36874, 37612, 38364, 39132), (1862, 1710, 1690, 1690, 1690, 1690)),
        ("3.2", "Inhuur en flexibele schil", (4876, 3410, 2950, 2700, 2600, 2600), (0, 0, 0, 0, 0, 0)),
        ("3.3", "Opleidingen, werving en arbeidsmarkt", (1148, 1296, 1412, 1430, 1448, 1466), (0, 0, 0, 0, 0, 0)),
    ],
}
N_KEY = {"Dinkelland": 55.4, "Tubbergen": 44.6}
N_INWONERS = {"Dinkelland": 26738, "Tubbergen": 21694}  # 1-1-2025
N_RES = {  # name: stand 1-1-2026, toevoeging 2026, onttrekking 2026
    "Algemene reserve": (1850, 0, 0),
    "Reserve frictiekosten": (620, 0, 180),
    "Reserve digitalisering": (940, 150, 410),
    "Reserve opleidingen en talentontwikkeling": (385, 60, 125),
}
N_RES_MUT = {  # per year column index (toevoegingen, onttrekkingen) for the overview
    0: (510, 385), 1: (210, 640),
}
N_FTE = {  # afdeling: (formatie 2025, formatie 2026)
    "Directie en staf": (14.2, 14.8),
    "Bedrijfsvoering": (58.6, 60.4),
    "Publiekszaken en dienstverlening": (52.3, 51.9),
    "Ruimte en omgeving": (71.8, 74.2),
    "Sociaal domein": (88.4, 91.6),
    "Openbare ruimte (buitendienst)": (79.5, 79.5),
    "ICT en informatievoorziening": (34.7, 38.2),
}
N_PERS = {  # personeelslasten: Begroting 2025, Begroting 2026 (programme 3 lasten split)
    "Salarissen en sociale lasten": None,  # = product 3.1
    "Inhuur derden": None,  # = product 3.2
    "Opleidingen en ontwikkeling": (742, 815),
    "Werving, arbeidsmarktcommunicatie en trainees": None,  # rest of 3.3
}
N_INVEST = [  # name, jaar, krediet, termijn (jaren) ; krediet None = pm
    ("Vervanging laptops en werkplekken", 2026, 720, 4),
    ("Netwerk en wifi gemeentehuizen", 2026, 480, 8),
    ("Platform digitale dienstverlening", 2026, 650, 5),
    ("Elektrische bedrijfsauto's buitendienst", 2027, 1120, 8),
    ("Vervanging telefonie", 2028, None, None),
]
N_RENTE = 2.5  # percent, omslagrente
N_RISKS = [  # risico, kans (tekst), kans %, bedrag
    ("Loonstijging boven de geraamde indexatie (cao gemeenten)", "groot", 75, 640),
    ("Krapte op de arbeidsmarkt: duurdere inhuur bij vacatures", "groot", 75, 900),
    ("Cyberincident met uitval van systemen", "klein", 10, 1200),
    ("Arbeidsrechtelijke geschillen en claims", "klein", 10, 250),
    ("Frictiekosten bij herschikking van taken", "gemiddeld", 50, 300),
    ("Hogere licentiekosten door prijsstijging leveranciers", "gemiddeld", 50, 280),
]
N_ONVOORZIEN = 50
N_KENGETAL = [  # label, rekening 2024, begroting 2025, begroting 2026 (percent)
    ("Netto schuldquote", 18.4, 21.2, 24.7),
    ("Netto schuldquote gecorrigeerd voor verstrekte leningen", 18.4, 21.2, 24.7),
    ("Solvabiliteitsratio", 11.6, 10.2, 9.4),
    ("Structurele exploitatieruimte", 0.6, 0.0, 0.0),
]
N_PROSE = {"vacatures": 34, "trainees": 8, "cloud_pct": 70, "zaken_digitaal": 82, "verloop": 9.8, "ziekte": 5.6}


def n_lasten(prog, i):
    return sum(p[2][i] for p in N_PRODUCTS[prog])


def n_baten(prog, i):
    return sum((p[3][i] or 0) for p in N_PRODUCTS[prog])


def n_kapitaallasten():
    """first full year: afschrijving = krediet/termijn, rente = omslagrente x krediet (x EUR 1.000, whole)"""
    out = []
    for name, jaar, kr, term in N_INVEST:
        if kr is None:
            out.append((name, jaar, None, None, None, None, None))
            continue
        af = int(half_up(kr / term))
        r = int(half_up(kr * N_RENTE / 100))
        out.append((name, jaar, kr, term, af, r, af + r))
    return out


def n_overview():
    """per year: lasten per programme, baten per programme, onvoorzien, totaal lasten/baten, mutaties, bijdragen"""
    res = []
    for i in range(6):
        L = {p: n_lasten(p, i) for p in N_PRODUCTS}
        B = {p: n_baten(p, i) for p in N_PRODUCTS}
        onv = N_ONVOORZIEN if i >= 2 else 0
        tl, tb = sum(L.values()) + onv, sum(B.values())
        toev, ontt = N_RES_MUT.get(i, (0, 0))
        if i >= 2:
            toev = sum(v[1] for v in N_RES.values()) if i == 2 else 0
            ontt = sum(v[2] for v in N_RES.values()) if i == 2 else 0
        netto = tl - tb + toev - ontt  # te dekken door de deelnemers
        dk = int(half_up(netto * N_KEY["Dinkelland"] / 100))
        tb_ = netto - dk
        res.append(dict(L=L, B=B, onv=onv, tl=tl, tb=tb, saldo=tb - tl, toev=toev, ontt=ontt,
                        netto=netto, Dinkelland=dk, Tubbergen=tb_))
    return res


def n_pers():
    ov = N_PRODUCTS["3 Personeel en organisatie"]
    out = {}
    for j, i in ((0, 1), (1, 2)):
        sal, inh, opl = ov[0][2][i], ov[1][2][i], ov[2][2][i]
        oo = N_PERS["Opleidingen en ontwikkeling"][j]
        out[N_YEARS[i]] = {"Salarissen en sociale lasten": sal, "Inhuur derden": inh,
                           "Opleidingen en ontwikkeling": oo,
                           "Werving, arbeidsmarktcommunicatie en trainees": opl - oo}
    return out


def n_risks():
    rows = [(a, b, c, d, half_up(c * d / 100, 0)) for a, b, c, d in N_RISKS]
    return rows, sum(r[4] for r in rows)


def n_weerstand():
    _, nodig = n_risks()
    cap = N_RES["Algemene reserve"][0] + N_ONVOORZIEN
    return cap, nodig, half_up(cap / nodig, 2)


def check():
    # Twenterand
    ov = t_overview()
    assert [o["resultaat"] for o in ov] == list(T_RESULTAAT), ov
    tv = t_taakvelden()
    assert sum(r[2] for r in tv) == tot(T_SD_LASTEN, 1)
    assert sum(r[3] for r in tv) == tot(T_SD_LASTEN, 2)
    assert sum(r[4] for r in tv) == tot(T_SD_BATEN, 2)
    # taakveld 6.72 (Jeugd maatwerk) baten equals the Jeugd baten; 6.71 = Wmo baten
    assert dict((r[0], r) for r in tv)["6.72"][4] == T_SD_BATEN["Jeugd"][2]
    act, pas, ta, tp = t_balans()
    assert ta == tp, (ta, tp)
    assert act["Liquide middelen"][0] > 0
    toev, ontt = t_res_mutaties()
    assert ov[2]["toev"] == toev and ov[2]["ontt"] == ontt
    assert sum(t_res_stand().values()) == sum(v[0] for v in T_RES.values()) + toev - ontt
    assert sum(v for _, v in t_bestemming()) == T_RESULTAAT[2]
    for name, kr, a, b in T_INVEST:
        assert kr - a - b >= 0
    assert all(t_wnt_total(r) <= T_WNT_MAX for r in T_WNT)
    sh = t_saldo_hist()
    # netto lasten per column add up to -(resultaat voor bestemming) (within rounding)
    for label, i in (("Begroting 2024 na wijziging", 1), ("Realisatie 2024", 2)):
        assert abs(sum(sh[label]) + ov[i]["saldo"] / 1000) < 0.3, (label, sum(sh[label]), ov[i]["saldo"])
    # Noaberkracht
    no = n_overview()
    for i, o in enumerate(no):
        assert o["Dinkelland"] + o["Tubbergen"] == o["netto"]
        # resultaat after bijdragen and mutaties = 0
        assert o["tb"] + o["Dinkelland"] + o["Tubbergen"] - o["tl"] - o["toev"] + o["ontt"] == 0
    pers = n_pers()
    for i, y in ((1, "Begroting 2025"), (2, "Begroting 2026")):
        assert sum(pers[y].values()) == n_lasten("3 Personeel en organisatie", i)
        assert all(v > 0 for v in pers[y].values())
    cap, nodig, ratio = n_weerstand()
    assert ratio > 1
    return True


if __name__ == "__main__":
    check()
    ov = t_overview()
    for o in ov:
        print({k: v for k, v in o.items()})
    print("AU", t_algemene_uitkering())
    print("balans", t_balans()[2:], "solv", t_solvabiliteit())
    print("saldo_hist", t_saldo_hist())
    for o in n_overview():
        print({k: o[k] for k in ("tl", "tb", "toev", "ontt", "netto", "Dinkelland", "Tubbergen")})
    print("weerstand", n_weerstand(), n_kapitaallasten())
    print("inwoners", t_inwoners_total())
    print("ok")
