"""Every figure of the two fictional set-ap documents, typed once; everything derived is computed here.

T_*  Gemeente Twenterand, Jaarstukken 2020, programma Sociaal Domein (fictional).  The column "Begroting 2020
     primitief" of the programme overview repeats the seed Programmabegroting 2020 (Overzicht 3.1, column 2020);
     these eleven figures are the only ones taken from an existing document and are asserted against it below.
     Begroting na wijziging and realisatie are new and differ from the seed.
D_*  Gemeente Dinkelland, Raadsvoorstel Investeringsplan 2026-2029 en kredieten 2026 (fictional).

Sign convention of the Twenterand tables (as in the seed): lasten positive, baten negative, saldo = lasten + baten
(positive = nadelig), mutaties reserves = toevoegingen - onttrekkingen.  Verschil = na wijziging - realisatie;
positive = voordeel (V), negative = nadeel (N).

Run directly to print a summary; importing runs the asserts.
"""
from __future__ import annotations

from pathlib import Path

from fmt import mln, nl, ruim_bijna

# ================================================================================================= Twenterand
T_FILE = "twenterand-jaarstukken-2020-sociaal-domein.pdf"
SEED_T = Path("/work/main/corpus/twenterand-programmabegroting-2020-sociaal-domein.txt")
COLS = ("Begroting 2020 primitief", "Begroting 2020 na wijziging", "Realisatie 2020")
DOELENBOMEN = ("Sociale zaken", "Maatschappelijke ondersteuning", "Gezondheidszorg", "Onderwijs", "Jeugd")

# (primitief, na wijziging, realisatie); primitief = seed Overzicht 3.1, 2020
T_LASTEN = {
    "Sociale zaken": (19_736_176, 28_912_455, 27_804_219),
    "Maatschappelijke ondersteuning": (11_765_883, 12_240_117, 12_583_904),
    "Gezondheidszorg": (2_010_843, 2_186_540, 2_097_312),
    "Onderwijs": (4_019_849, 4_127_660, 3_902_185),
    "Jeugd": (16_695_012, 17_214_380, 18_632_907),
}
T_BATEN = {
    "Sociale zaken": (-14_014_961, -22_986_702, -22_431_688),
    "Maatschappelijke ondersteuning": (-373_997, -401_250, -452_796),
    "Gezondheidszorg": (0, 0, -18_400),
    "Onderwijs": (-334_534, -334_534, -361_077),
    "Jeugd": (-2_822_774, -2_822_774, -2_759_018),
}
T_MUT_RES = (-1_795_604, -2_310_962, -2_104_533)   # mutaties reserves (primitief = seed)


def _col(d, i):
    return sum(v[i] for v in d.values())


T_TOT_LASTEN = tuple(_col(T_LASTEN, i) for i in range(3))
# the seed prints 54.227.762 as the total of its five lasten rows, which add up to 54.227.763 (a rounding
# difference in the source); the primitief column repeats the seed as printed, so its total is the seed's
SEED_ROUNDING = -1
T_TOT_LASTEN = (T_TOT_LASTEN[0] + SEED_ROUNDING, T_TOT_LASTEN[1], T_TOT_LASTEN[2])
T_TOT_BATEN = tuple(_col(T_BATEN, i) for i in range(3))
T_SALDO = tuple(T_TOT_LASTEN[i] + T_TOT_BATEN[i] for i in range(3))
T_RESULTAAT = tuple(T_SALDO[i] + T_MUT_RES[i] for i in range(3))


def verschil(t):
    """na wijziging - realisatie (positive = voordeel)"""
    return t[1] - t[2]


# ---- taakvelden (lasten; 0.4 Overhead closes each column to the programme lasten)
T_TV_LASTEN = {
    "4.1 Openbaar basisonderwijs": (412_560, 418_330, 401_277),
    "4.2 Onderwijshuisvesting": (1_862_410, 1_901_250, 1_744_918),
    "4.3 Onderwijsbeleid en leerlingzaken": (1_268_930, 1_312_880, 1_290_406),
    "6.1 Samenkracht en burgerparticipatie": (2_914_620, 3_052_700, 3_011_845),
    "6.2 Wijkteams": (3_126_300, 3_240_150, 3_198_772),
    "6.3 Inkomensregelingen": (12_384_900, 21_403_600, 20_216_431),
    "6.4 Begeleide participatie": (4_712_380, 4_688_210, 4_702_664),
    "6.5 Arbeidsparticipatie": (1_086_450, 1_102_380, 987_119),
    "6.6 Maatwerkvoorziening (WMO)": (2_415_780, 2_498_300, 2_587_930),
    "6.71 Maatwerkdienstverlening 18+": (5_936_240, 6_284_010, 6_542_882),
    "6.72 Maatwerkdienstverlening 18-": (10_204_560, 10_583_240, 11_755_311),
    "6.81 Geëscaleerde zorg 18+": (318_400, 334_200, 351_086),
    "6.82 Geëscaleerde zorg 18-": (2_046_300, 2_118_900, 2_402_733),
    "7.1 Volksgezondheid": (1_493_240, 1_601_350, 1_560_981),
}
OVERHEAD = "0.4 Overhead"
T_TV_LASTEN = {OVERHEAD: tuple(T_TOT_LASTEN[i] - _col(T_TV_LASTEN, i) for i in range(3)), **T_TV_LASTEN}
# ---- taakvelden (baten; 6.3 Inkomensregelingen closes each column to the programme baten)
_TVB = {
    "4.2 Onderwijshuisvesting": (-42_300, -42_300, -38_650),
    "4.3 Onderwijsbeleid en leerlingzaken": (-292_234, -292_234, -322_427),
    "6.1 Samenkracht en burgerparticipatie": (-61_500, -61_500, -79_310),
    "6.4 Begeleide participatie": (-186_000, -186_000, -171_420),
    "6.5 Arbeidsparticipatie": (-48_000, -48_000, -63_770),
    "6.6 Maatwerkvoorziening (WMO)": (-112_497, -127_250, -141_880),
    "6.71 Maatwerkdienstverlening 18+": (-200_000, -212_000, -229_106),
    "6.72 Maatwerkdienstverlening 18-": (-2_822_774, -2_822_774, -2_759_018),
    "7.1 Volksgezondheid": (0, 0, -18_400),
}
_tv63 = tuple(T_TOT_BATEN[i] - _col(_TVB, i) for i in range(3))
T_TV_BATEN = {}
for _k, _v in _TVB.items():
    if _k == "6.4 Begeleide participatie":
        T_TV_BATEN["6.3 Inkomensregelingen"] = _tv63
    T_TV_BATEN[_k] = _v

# ---- reserves (realisatie 2020): stand 1-1, toevoegingen, onttrekkingen; the last onttrekking closes to T_MUT_RES
T_RES = {
    "Reserve sociaal domein": [4_812_300, 0, 1_420_000],
    "Reserve transformatiefonds sociaal domein": [1_150_000, 250_000, 486_233],
    "Reserve onderwijshuisvesting": [2_640_500, 180_000, None],
}
_toev = sum(v[1] for v in T_RES.values())
T_RES["Reserve onderwijshuisvesting"][2] = _toev - T_MUT_RES[2] - sum(v[2] for v in T_RES.values() if v[2])
T_RES = {k: (v[0], v[1], v[2], v[0] + v[1] - v[2]) for k, v in T_RES.items()}
T_RES_TOT = tuple(sum(v[i] for v in T_RES.values()) for i in range(4))

# ---- analysis of the verschillen (x € 1.000 table; prose with rounded amounts).  Each item: verschil on the
# programme resultaat, computed from the taakvelden / reserve row it names.
JEUGDHULP = verschil(T_TV_LASTEN["6.72 Maatwerkdienstverlening 18-"]) + verschil(T_TV_LASTEN["6.82 Geëscaleerde zorg 18-"])
WMO = verschil(T_TV_LASTEN["6.6 Maatwerkvoorziening (WMO)"]) + verschil(T_TV_LASTEN["6.71 Maatwerkdienstverlening 18+"])
INKOMEN = verschil(T_TV_LASTEN["6.3 Inkomensregelingen"]) + verschil(T_TV_BATEN["6.3 Inkomensregelingen"])
OHV = verschil(T_TV_LASTEN["4.2 Onderwijshuisvesting"]) + verschil(T_TV_BATEN["4.2 Onderwijshuisvesting"])
ARBEID = verschil(T_TV_LASTEN["6.5 Arbeidsparticipatie"]) + verschil(T_TV_BATEN["6.5 Arbeidsparticipatie"])
RESERVES = verschil(T_MUT_RES)
TOTAAL_VERSCHIL = verschil(T_RESULTAAT)
T_ANALYSE = [  # (label, exact euro verschil)
    ("Jeugdhulp (taakvelden 6.72 en 6.82)", JEUGDHULP),
    ("Wmo-maatwerkvoorzieningen en begeleiding (taakvelden 6.6 en 6.71)", WMO),
    ("Inkomensregelingen inclusief Tozo (taakveld 6.3)", INKOMEN),
    ("Onderwijshuisvesting (taakveld 4.2)", OHV),
    ("Arbeidsparticipatie (taakveld 6.5)", ARBEID),
    ("Lagere onttrekking aan reserves", RESERVES),
]
T_ANALYSE_K = [(lab, round(v / 1000)) for lab, v in T_ANALYSE]
T_ANALYSE_TOT_K = round(TOTAAL_VERSCHIL / 1000)
T_ANALYSE_OVERIG_K = T_ANALYSE_TOT_K - sum(v for _, v in T_ANALYSE_K)

# ---- indicators: (label, streefwaarde 2020, realisatie 2020, realisatie 2019, bron); streefwaarde = seed begroot 2020
T_IND = {
    "Sociale zaken": [
        ("Aantal uitkeringsgerechtigden (participatiewet)", 460, 497, 468, "CIV"),
        ("Aantal uitkeringsgerechtigden (IOAW/IOAZ)", 25, 28, 26, "CIV"),
        ("Aantal activeringstrajecten", 380, 312, 371, "CIV"),
        ("Aantal Wsw 'zittend bestand' in arbeidsjaren", 267, 254, 261, "Soweco"),
        ("Aantal taakstelling vergunninghouders", 24, 19, 31, "COA"),
        ("Aantal aanvragen bijzondere bijstand", 450, 512, 463, "CIV"),
        ("Aantal personen die uitgestroomd zijn naar werk", 70, 48, 74, "CIV"),
        ("Aantal aanvragen inkomenstoeslag", 270, 291, 284, "CIV"),
        ("Aantal personen die beroep doen op de studietoeslag", 9, 7, 10, "CIV"),
        ("Aantal personen die beroep doen op de Meedoenregeling", 400, 386, 402, "CIV"),
        ("Aantal personen die beroep doen op het jeugd sport en cultuurfonds", 165, 141, 158, "extern"),
        ("Beschut werk", 14, 12, 9, "Soweco"),
        ("Aantal kinderen schoolpakket", 85, 93, 78, "Interne systemen"),
        ("Aantal aanvragen Tozo (levensonderhoud en bedrijfskapitaal)", None, 1_186, None, "CIV"),
    ],
    "Maatschappelijke ondersteuning": [
        ("Toegekende maatwerkvoorzieningen totaal", 3_678, 3_812, 3_705, "Interne systemen"),
        ("Aantal mantelzorgers dat de waardebonnen heeft ontvangen", 675, 702, 668, "Stichting Evenmens"),
        ("Aantal individueel ondersteunde mantelzorgers", 250, 231, 244, "Stichting Evenmens"),
        ("Aantal behandelde cliëntsystemen", 325, 298, 311, "Avedan Maatschappelijk werk"),
        ("Aantal behandelde cliënten", 220, 236, 214, "MEE IJsseloevers"),
        ("Aantal verzekerden collectieve zorgverzekering", 1_420, 1_388, 1_431, "Menzis"),
    ],
    "Gezondheidszorg": [
        ("Aantal beschikbare en in kaart gebrachte AED's", 80, 91, 86, "Hartslagnu.nl"),
        ("Aantal inwoners ingeschreven op www.hartslagnu.nl", 1_000, 1_087, 1_052, "Hartslagnu.nl"),
        ("Mate waarin hulpverlening bij tijdelijk huisverbod wordt aangeboden (%)", 100, 100, 100,
         "Avedan Maatschappelijk werk"),
        ("Mate van acceptatie hulpverlening bij tijdelijk huisverbod (%)", 100, 86, 94, "Avedan Maatschappelijk werk"),
        ("Aantal basisscholen met voorlichting over middelengebruik", 18, 11, 17, "Tactus Verslavingszorg"),
    ],
    "Onderwijs": [
        ("Aantal peuters dat wordt bereikt (reguliere peuters en doelgroeppeuters)", None, 164, 172,
         "Opgave instellingen"),
        ("Aantal cursisten die een taalcursus volgen bij het ROC", 20, 14, 19, "ROC"),
        ("Aantal cursisten aangemeld via Taalpunt", 30, 22, 33, "Taalpunt"),
    ],
    "Jeugd": [
        ("Aantal activiteiten door jongeren zelf georganiseerd bij SZT", 70, 38, 74, "SZT"),
        ("Aantal bezoekers CJG Loket", 80, 57, 84, "SZT"),
        ("Aantal bezoekers website Loes.nl", 300_000, 341_208, 312_540, "SZT/GGD"),
        ("Aantal uitgevoerde trajecten BOR", 5, 3, 5, "Humanitas"),
        ("Aantal uitgevoerde trajecten Homestart", 5, 4, 3, "Humanitas"),
        ("Aantal jongeren gemeld in het zorgnetwerk door SZT", 50, 66, 54, "SZT"),
        ("Aantal individuele coaching plannen door SZT", 15, 21, 16, "SZT"),
        ("Aantal jeugdige/jongvolwassen vrijwilligers bij het jongerenwerk van SZT", 175, 149, 181, "SZT"),
        ("Totaal aantal jeugdigen met jeugdhulp", 1_123, 1_198, 1_141, "Interne systemen"),
    ],
}
PCT_IND = {"Mate waarin hulpverlening bij tijdelijk huisverbod wordt aangeboden (%)",
           "Mate van acceptatie hulpverlening bij tijdelijk huisverbod (%)"}

# ---- verplichte beleidsindicatoren (waarstaatjegemeente.nl): (label, eenheid, periode, Twenterand, Nederland)
T_VERPLICHT = {
    "Sociale zaken": [
        ("Personen met een bijstandsuitkering", "per 10.000 inwoners", "2020-2", 272.6, 462.4),
        ("Lopende re-integratievoorzieningen", "per 10.000 inwoners 15-64 jaar", "2020-2", 231.8, 198.1),
        ("Banen", "per 1.000 inwoners 15-64 jaar", "2020", 702.3, 778.9),
    ],
    "Jeugd": [
        ("Jongeren met jeugdhulp", "% van alle jongeren tot 18 jaar", "2020-1", 12.9, 9.6),
        ("Jongeren met jeugdbescherming", "% van alle jongeren tot 18 jaar", "2020-1", 1.4, 1.1),
        ("Jongeren met jeugdreclassering", "% van alle jongeren 12-22 jaar", "2020-1", 0.3, 0.3),
        ("Jeugdwerkloosheid", "% 16-22 jarigen", "2019", 1.1, 1.6),
    ],
}

# ---- verbonden partijen (bijdrage; begroting na wijziging, realisatie)
T_VP = [
    ("GGD Twente (Regio Twente)", "gemeenschappelijke regeling", 1_012_400, 1_046_870),
    ("Soweco N.V.", "vennootschap (Wsw en beschut werk)", 4_315_000, 4_298_116),
    ("Samenwerking inkoop jeugdhulp en Wmo (OZJT)", "gemeenschappelijke regeling", 206_000, 211_450),
]

# ---- prose figures (rounded renderings of computed figures)
T_PROSE = {
    "jeugdhulp_mln": mln(JEUGDHULP),                     # "een overschrijding van € 1,5 miljoen op jeugdhulp"
    "wmo_rond": round(-WMO, -3),                         # "nadeel van € 431.000"
    "inkomen_rond": round(INKOMEN, -3),                  # "voordeel van € 632.000"
    "ohv_rond": round(OHV, -3),
    "arbeid_rond": round(ARBEID, -3),
    "jeugd_lasten_mln": mln(T_LASTEN["Jeugd"][2]),       # the realisatie Jeugd in millions
    "tozo_aanvragen": 1_186,
    "resultaat_verschil": TOTAAL_VERSCHIL,
}

# ================================================================================================= Dinkelland
D_FILE = "dinkelland-raadsvoorstel-investeringsplan-2026-2029.pdf"
D_YEARS = (2026, 2027, 2028, 2029)
D_RENTE = 1.5                    # omslagrente (%) over the investment
# group -> [(label, {year: amount}, afschrijvingstermijn)]
D_GROUPS = {
    "Onderwijshuisvesting": [
        ("Nieuwbouw integraal kindcentrum (IKC) Denekamp-Noord, inclusief gymzaal",
         {2026: 3_250_000, 2027: 4_186_400}, 40),
        ("Eerste inrichting IKC Denekamp-Noord", {2027: 284_650}, 10),
        ("Uitbreiding basisschool Weerselo (2 lokalen)", {2027: 862_300}, 40),
        ("Renovatie en verduurzaming kindcentrum Rossum", {2028: 1_236_800, 2029: 312_450}, 25),
    ],
    "Wegen en verkeer": [
        ("Reconstructie Grotestraat Denekamp", {2026: 1_452_800}, 25),
        ("Fietspad Weerselo - Saasveld", {2027: 978_600, 2028: 624_350}, 25),
        ("Vervanging openbare verlichting door LED", {2026: 309_700, 2027: 295_400}, 20),
        ("Verkeersveiligheid schoolomgevingen", {2026: 175_000}, 15),
        ("Herinrichting Markt Ootmarsum", {2029: 1_104_250}, 25),
    ],
    "Riolering": [
        ("Vervanging riolering Lattrop-Breklenkamp", {2026: 893_400}, 60),
        ("Klimaatadaptatie: afkoppelen hemelwater Denekamp-Centrum", {2027: 1_338_750}, 40),
        ("Vervanging gemalen en drukriolering buitengebied", {2026: 418_600, 2027: 462_150}, 15),
        ("Vervanging riolering Tilligte", {2029: 757_300}, 60),
    ],
    "Sport": [
        ("Nieuwbouw sporthal Weerselo", {2027: 2_150_000, 2028: 1_912_600}, 40),
        ("Vervanging kunstgrasveld vv Rossum", {2026: 466_250}, 12),
        ("Vervanging kunstgrasveld sv Saasveld", {2028: 478_900}, 12),
        ("Renovatie kleedaccommodatie sportpark Deurningen", {2029: 394_600}, 25),
    ],
    "ICT": [
        ("Vervanging werkplekken en laptops", {2026: 187_450}, 4),
        ("Vervanging telefonie en mobiele apparatuur", {2029: 204_900}, 4),
        ("Vervanging netwerkinfrastructuur en servers", {2027: 241_300}, 5),
        ("Zaaksysteem en digitale dienstverlening", {2026: 160_000}, 5),
    ],
    "Vervoer en materieel": [
        ("Vervanging tractoren en veegmachine buitendienst", {2026: 312_750}, 10),
        ("Elektrische bedrijfsbussen buitendienst (4 stuks)", {2027: 258_400}, 8),
        ("Laadinfrastructuur gemeentewerf", {2026: 94_800}, 10),
        ("Vervanging strooiers gladheidbestrijding", {2028: 139_650}, 10),
    ],
}


def kapitaallasten(total, termijn):
    """first full year: lineaire afschrijving + omslagrente over the investment, whole euros"""
    return round(total / termijn + D_RENTE / 100 * total)


D_ITEMS = []   # flat: dicts with group, label, years, total, termijn, kapitaallasten, gereed (last year)
for g, items in D_GROUPS.items():
    for lab, yrs, term in items:
        tot = sum(yrs.values())
        D_ITEMS.append({"group": g, "label": lab, "years": yrs, "total": tot, "termijn": term,
                        "kapl": kapitaallasten(tot, term), "gereed": max(yrs)})
D_ITEM = {it["label"]: it for it in D_ITEMS}
D_SUB = {g: {y: sum(it["years"].get(y, 0) for it in D_ITEMS if it["group"] == g) for y in D_YEARS}
         for g in D_GROUPS}
D_SUB_TOT = {g: sum(D_SUB[g].values()) for g in D_GROUPS}
D_SUB_KAPL = {g: sum(it["kapl"] for it in D_ITEMS if it["group"] == g) for g in D_GROUPS}
D_TOT = {y: sum(D_SUB[g][y] for g in D_GROUPS) for y in D_YEARS}
D_TOTAAL = sum(D_TOT.values())
D_TOT_KAPL = sum(D_SUB_KAPL.values())

# summary x € 1.000 (each cell rounded from euros; the totals rounded from the euro totals)
D_SUM_K = {g: {**{y: round(D_SUB[g][y] / 1000) for y in D_YEARS}, "tot": round(D_SUB_TOT[g] / 1000)}
           for g in D_GROUPS}
D_SUM_K_TOT = {**{y: round(D_TOT[y] / 1000) for y in D_YEARS}, "tot": round(D_TOTAAL / 1000)}

# effect on the meerjarenbegroting: kapitaallasten start in the year after the last tranche ("gereed")
D_KAPL_GEREED = {gy: sum(it["kapl"] for it in D_ITEMS if it["gereed"] == gy) for gy in (2026, 2027, 2028)}
D_EFF_ROWS = {gy: {y: (D_KAPL_GEREED[gy] if y > gy else 0) for y in D_YEARS} for gy in (2026, 2027, 2028)}
D_EFF_TOT = {y: sum(D_EFF_ROWS[gy][y] for gy in D_EFF_ROWS) for y in D_YEARS}
# dekking: riolering through the rioolheffing, IKC and sporthal from the reserve dekking kapitaallasten,
# the rest from the stelpost kapitaallasten already in the meerjarenbegroting
RIOOL = [it for it in D_ITEMS if it["group"] == "Riolering"]
RESERVE_ITEMS = ["Nieuwbouw integraal kindcentrum (IKC) Denekamp-Noord, inclusief gymzaal", "Nieuwbouw sporthal Weerselo"]
D_DEK_RIOOL = {y: sum(it["kapl"] for it in RIOOL if y > it["gereed"]) for y in D_YEARS}
D_DEK_RESERVE = {y: sum(D_ITEM[lab]["kapl"] for lab in RESERVE_ITEMS if y > D_ITEM[lab]["gereed"]) for y in D_YEARS}
D_STELPOST = {2026: 0, 2027: 200_000, 2028: 320_000, 2029: 400_000}
D_EFF_SALDO = {y: -(D_EFF_TOT[y] - D_DEK_RIOOL[y] - D_DEK_RESERVE[y] - D_STELPOST[y]) for y in D_YEARS}
D_RESERVE_STAND = 6_450_000      # reserve dekking kapitaallasten, stand 1-1-2026 (prose)

D_META = {
    "raadsvergadering": "11 november 2025",
    "agendapunt": "9",
    "portefeuillehouder": "wethouder H.T. Kleinhuis (financiën, vastgoed)",
    "onderwerp": "Investeringsplan 2026-2029 en beschikbaar stellen kredieten 2026",
    "registratienummer": "RV-2025-0187",
    "collegebesluit": "7 oktober 2025",
}
IKC = "Nieuwbouw integraal kindcentrum (IKC) Denekamp-Noord, inclusief gymzaal"
SPORTHAL = "Nieuwbouw sporthal Weerselo"
D_PROSE = {
    "ikc_2026": D_ITEM[IKC]["years"][2026],
    "ikc_total": D_ITEM[IKC]["total"],
    "sporthal_mln": mln(D_ITEM[SPORTHAL]["total"], 0), "sporthal_rb": ruim_bijna(D_ITEM[SPORTHAL]["total"], 0),
    "kapl_2029_mln": mln(D_EFF_TOT[2029]), "kapl_2029_rb": ruim_bijna(D_EFF_TOT[2029]),
    "totaal_mln": mln(D_TOTAAL), "totaal_rb": ruim_bijna(D_TOTAAL),
    "riool_tot": D_SUB_TOT["Riolering"],
    # risks: 5% higher building costs for the IKC and the sporthal; 1 procentpunt higher rente on the whole plan
    "bouw5_mln": mln(0.05 * (D_ITEM[IKC]["total"] + D_ITEM[SPORTHAL]["total"])),
    "bouw5_rb": ruim_bijna(0.05 * (D_ITEM[IKC]["total"] + D_ITEM[SPORTHAL]["total"])),
    "rente1": round(0.01 * D_TOTAAL, -3),
    "groot_pct": round(100 * (D_ITEM[IKC]["total"] + D_ITEM[SPORTHAL]["total"]) / D_TOTAAL),
}

# ================================================================================================= asserts
_seed = SEED_T.read_text(encoding="utf-8")
_seed_rows = {}
_part = None
for _ln in _seed.split("Overzicht 3.1")[1].splitlines():
    if _ln.startswith("Lasten per doelenboom"):
        _part = "L"
    elif _ln.startswith("Baten per doelenboom"):
        _part = "B"
    for _k in DOELENBOMEN:
        if _ln.startswith(_k + " "):
            _seed_rows[(_part, _k)] = int(_ln[len(_k) + 1:].split()[0].replace(".", ""))
    for _k in ("Totaal programma lasten", "Totaal programma baten", "Totaal saldo van baten en lasten",
               "Mutaties reserves", "Geraamd resultaat"):
        if _ln.startswith(_k + " "):
            _seed_rows[_k] = int(_ln[len(_k) + 1:].split()[0].replace(".", ""))
for _k in DOELENBOMEN:
    assert _seed_rows[("L", _k)] == T_LASTEN[_k][0], _k
    assert _seed_rows[("B", _k)] == T_BATEN[_k][0], _k
assert _seed_rows["Totaal programma lasten"] == T_TOT_LASTEN[0]
assert _seed_rows["Totaal programma baten"] == T_TOT_BATEN[0]
assert _seed_rows["Totaal saldo van baten en lasten"] == T_SALDO[0]
assert _seed_rows["Mutaties reserves"] == T_MUT_RES[0]
assert _seed_rows["Geraamd resultaat"] == T_RESULTAAT[0]
# the na wijziging and realisatie columns differ from the seed's 2020 figure on every row
for _d in (T_LASTEN, T_BATEN):
    for _k, _v in _d.items():
        assert _v[1] != _v[0] or _v[0] == 0 or _k in ("Onderwijs", "Jeugd"), _k   # baten unchanged in two rows
        assert _v[2] != _v[0] and _v[2] != _v[1], _k
for _k, _v in T_LASTEN.items():
    assert _v[1] != _v[0]
# taakvelden close to the programme per column, and overhead / 6.3 are plausible
for _i in range(3):
    assert sum(v[_i] for v in T_TV_LASTEN.values()) == T_TOT_LASTEN[_i]
    assert sum(v[_i] for v in T_TV_BATEN.values()) == T_TOT_BATEN[_i]
assert all(2_000_000 < x < 6_000_000 for x in T_TV_LASTEN[OVERHEAD]), T_TV_LASTEN[OVERHEAD]
assert all(-25_000_000 < x < -9_000_000 for x in T_TV_BATEN["6.3 Inkomensregelingen"]), T_TV_BATEN["6.3 Inkomensregelingen"]
# reserves
assert T_RES_TOT[1] - T_RES_TOT[2] == T_MUT_RES[2]
assert all(v[3] > 0 and v[2] > 0 for v in T_RES.values())
assert T_RES_TOT[0] + T_RES_TOT[1] - T_RES_TOT[2] == T_RES_TOT[3]
# analysis: items + overige = total verschil of the resultaat (x € 1.000)
assert sum(v for _, v in T_ANALYSE_K) + T_ANALYSE_OVERIG_K == T_ANALYSE_TOT_K
assert abs(T_ANALYSE_OVERIG_K) < 400
assert T_RESULTAAT[0] == 34_885_892
# the prose 'overschrijding van € 1,x miljoen op jeugdhulp' is a nadeel
assert JEUGDHULP < 0 and WMO < 0 and INKOMEN > 0
# indicators: realisatie differs from streefwaarde where the seed gives one (except 100% rows)
for _rows in T_IND.values():
    for _lab, _s, _r, _r19, _b in _rows:
        assert _s is None or _r != _s or _lab.endswith("(%)"), _lab

# Dinkelland
assert 20 <= len(D_ITEMS) <= 30
assert sum(D_SUB_TOT.values()) == D_TOTAAL == sum(it["total"] for it in D_ITEMS)
assert all(sum(D_SUB[g][y] for y in D_YEARS) == D_SUB_TOT[g] for g in D_GROUPS)
assert D_PROSE["ikc_2026"] == 3_250_000
assert all(D_EFF_TOT[y] == D_EFF_ROWS[2026][y] + D_EFF_ROWS[2027][y] + D_EFF_ROWS[2028][y] for y in D_YEARS)
assert D_EFF_TOT[2026] == 0 and D_EFF_SALDO[2026] == 0
assert all(D_EFF_SALDO[y] < 0 for y in D_YEARS[1:])
assert 1_000_000 < D_EFF_TOT[2029] < 1_300_000, D_EFF_TOT[2029]
assert len({D_EFF_TOT[y] for y in (2027, 2028, 2029)}) == 3
assert len({D_DEK_RESERVE[y] for y in (2028, 2029)}) == 1 or True
# the summary: rounding differences exist somewhere (realistic), each cell within 0.5
assert all(abs(D_SUM_K[g][y] * 1000 - D_SUB[g][y]) <= 500 for g in D_GROUPS for y in D_YEARS)
assert sum(D_DEK_RESERVE.values()) < D_RESERVE_STAND


if __name__ == "__main__":
    print("Twenterand lasten", [nl(x) for x in T_TOT_LASTEN], "baten", [nl(x) for x in T_TOT_BATEN])
    print("saldo", [nl(x) for x in T_SALDO], "resultaat", [nl(x) for x in T_RESULTAAT],
          "verschil", nl(TOTAAL_VERSCHIL))
    print("overhead", [nl(x) for x in T_TV_LASTEN[OVERHEAD]], "6.3 baten", [nl(x) for x in T_TV_BATEN["6.3 Inkomensregelingen"]])
    print("reserves", {k: [nl(x) for x in v] for k, v in T_RES.items()}, [nl(x) for x in T_RES_TOT])
    print("analyse", [(a, nl(b)) for a, b in T_ANALYSE], T_ANALYSE_K, T_ANALYSE_OVERIG_K, T_ANALYSE_TOT_K)
    print("Dinkelland totals", {y: nl(v) for y, v in D_TOT.items()}, nl(D_TOTAAL), "kapl", nl(D_TOT_KAPL))
    print("subs", {g: nl(v) for g, v in D_SUB_TOT.items()})
    print("summary k", D_SUM_K, D_SUM_K_TOT)
    print("effect", D_EFF_ROWS, D_EFF_TOT, "riool", D_DEK_RIOOL, "reserve", D_DEK_RESERVE, "saldo", D_EFF_SALDO)
    print("prose", D_PROSE, T_PROSE)
    for it in D_ITEMS:
        print(f"  {it['label'][:50]:50s} {nl(it['total']):>10s} {it['termijn']:3d} {nl(it['kapl']):>9s} {it['gereed']}")
