"""Every NEW figure of set-an, typed once.  Computed figures are computed here; asserts tie them together.

Two fictional later editions of documents that are in the corpus:
  D  Dinkelland, Begroting 2021, Ambitie Inclusieve samenleving   (plain-text web export, like the 2020 one)
  C  Collectie Overijssel, Jaarstukken 2024                        (PDF, like the Jaarstukken 2023)
Figures of the four existing documents are never needed here: gen_cases.py reads them from the documents.  Where
the new document REPEATS a figure of its predecessor (a comparative column "Realisatie 2023", an indicator's IST
2016, the history in the financial text), the repeated value is typed here under a name ending in _REP; check.py
verifies against the old document that the repetition is faithful.

Run `python data.py` to evaluate the asserts.
"""
from __future__ import annotations

# ================================================================================================ Dinkelland 2021
D_BODY = "Dinkelland"
D_YEAR = 2021
D_FILE = "dinkelland-begroting-2021-inclusieve-samenleving.txt"
D_TITLE = "Begroting 2021, Ambitie Inclusieve samenleving"
D_PUBLISHED = "15-10-2020"

# --- "Inclusieve samenleving - financieel": history repeated from the 2020 edition
D_RESTANT_2020_REP = 323000                     # the unclaimed incidental budget at the time of the begroting 2020
D_SPECIFIEK_2019_REP = {"Sport als middel": 52000, "Cultuur": 45500, "Noaberhoes": 60000, "Eenzaamheid": 7000}
D_FONDS_2019_REP = 240000                       # stimuleringsfonds in the begroting 2019
# the merged budget for the uitvoeringsplan sociaal domein (computed, printed in prose)
D_UITVOERINGSPLAN = D_RESTANT_2020_REP + sum(D_SPECIFIEK_2019_REP.values())
# new
D_NIET_GECLAIMD = 214000                        # unclaimed at the time of the begroting 2021
D_RESERVERING = {                               # earmarked within that budget for 2021 (bullet list, "(€ 31.000)")
    "Sport als middel": 31000,
    "Cultuur": 27500,
    "Noaberhoes": 38000,
    "Kansrijke Start": 24000,                   # new bullet; "Eenzaamheid" is gone
    "Grip op sociaal domein": 46000,            # new bullet
}
D_RESERVERING_TOT = sum(D_RESERVERING.values())
D_VRIJ = D_NIET_GECLAIMD - D_RESERVERING_TOT   # "Het restant van € 47.500 ..."
D_LEEFBAARHEIDSFONDS = 171000                   # the fund (stimuleringsfonds broadened to leefbaarheidsfonds)
D_INITIATIEVEN_2020 = 31                        # initiatives supported in 2020 (prose)
D_POH_PRAKTIJKEN = 6                            # huisartsenpraktijken with a POH Jeugd in 2021 (prose)

# --- "Wat is er in 2021 nodig?": the one money table, columns 2021-2024, "€ 98.000" cells, NBSP for empty
D_COLS = ["2021", "2022", "2023", "2024"]
D_NODIG = {
    "Coördinatoren interne en externe verwijzingen": [98000, 98000, 98000, 98000],
    "Inrichting één toegang": [65000, 40000, None, None],
    "Pilot POH Jeugd": [36000, 36000, 18000, None],
    "Dorpsondersteuners": [22000, 22000, 22000, 22000],
    "Verwachte besparing maatwerkvoorzieningen": [-85000, -140000, -190000, -230000],
}
D_NODIG_TOT = [sum(v[i] or 0 for v in D_NODIG.values()) for i in range(4)]

# --- indicators (printed strings).  IST columns: the 2020 edition had one measurement (2016) for the
#     monitor rows; the 2021 edition adds the 2020 measurement.  Client-experience rows move from 2018 to 2019.
D_IND_MONITOR = {  # label: (meetmoment, IST 2016 (repeated), IST 2020, SOLL 2022)
    "Percentage inwoners die goede gezondheid ervaren": ("2016 en 2020", "89%", "90%", "92%"),
    "Percentage inwoners die voldoende bewegen": ("2016 en 2020", "62%", "65%", "66%"),
}
D_IND_JEUGDMONITOR = {  # label: (bron, meetmoment, IST, SOLL 2022) -- empty in 2020, filled in 2021
    "Percentage kinderen die zijn meestal weerbaar zijn": ("GGD Jeugdmonitor", "2019", "82%", "85%"),
    "Percentage van kinderen onder de 18 jaar die de laatste vier weken alcohol hebben gedronken":
        ("GGD Jeugdmonitor", "2019", "19%", "15%"),
}
D_CEO_JEUGD = ("2019", "7,9")         # 2020 edition: 2018 7,7
D_CEO_WMO = ("2019", "7,6")           # 2020 edition: 2018 ?
D_BEKENDHEID = ("2019", "63%", "81%")  # jeugd, Wmo; 2020 edition: 2018 59% / 78%
D_MAATWERK_PCT = ("2019", "7,8%")     # empty in 2020
D_HUISARTS = ("2019", "27%")          # 2020 edition: 2018 24%
D_HUISARTS_NORM = "25%"               # the goal "lager dan x%" of 2020 becomes "lager dan 25%"

# ================================================================================= Collectie Overijssel 2024
C_BODY = "Collectie Overijssel"
C_YEAR = 2024
C_FILE = "collectie-overijssel-jaarstukken-2024.pdf"
C_TITLE = "Jaarstukken 2024"

# 2.1 Baten en Lasten, € '000: [Realisatie 2024, Begroting 2024, Realisatie 2023 (repeated)]; None prints "-"
C_BATEN = {
    "Baten GR Rijk": [2318, 2296, 2247],
    "Baten GR Gemeente Zwolle": [1729, 1729, 1662],
    "Baten GR Gemeente Deventer": [1293, 1293, 1243],
    "Baten DVO Provincie Overijssel": [657, 657, 631],
    "Baten DVO's Overige": [44, 42, 41],
    "Baten Provinciaal Programma": [386, 401, 401],
    "Baten Museale Collectie": [230, 230, 223],
    "Baten Kenniscomponent": [None, None, 50],         # ended in 2023
    "Baten HAICu (NWO)": [58, 65, None],              # new row in 2024
    "Baten Overig": [298, 310, 420],
}
C_LASTEN = {
    "Personeel salarissen": [-3512, -3690, -3076],
    "Personeel overig": [-402, -380, -470],
    "Huisvesting energie": [-418, -450, -526],
    "Huisvesting overig": [-812, -760, -885],
    "Organisatie projecten": [-705, -1180, -572],
    "Organisatie overig": [-466, -520, -429],
    "Projectkosten subsidies": [-690, -700, -704],
    "Afschrijvingskosten": [-231, -240, -269],
    "Rente": [128, 80, 150],
}
C_TOEVOEGING = [-318, -250, -265]
C_ONTTREKKING = [413, 1067, 128]


def _col(rows, i):
    return sum(v[i] or 0 for v in rows.values())


C_BATEN_TOT = [_col(C_BATEN, i) for i in range(3)]
C_LASTEN_TOT = [_col(C_LASTEN, i) for i in range(3)]
C_RESULTAAT = [C_BATEN_TOT[i] + C_LASTEN_TOT[i] for i in range(3)]
C_NA_BESTEMMING = [C_RESULTAAT[i] + C_TOEVOEGING[i] + C_ONTTREKKING[i] for i in range(3)]
C_OLD_BATEN_TOT_REP, C_OLD_LASTEN_TOT_REP, C_OLD_RESULTAAT_REP = 6918, -6781, 137

# 2.6 Voorstel bestemming resultaat (€): onttrekkingen and toevoeging
C_ONTTR_DATAKWALITEIT = 317000
C_ONTTR_ONDERHOUD = 96000
C_TOEV_COLLECTIECENTRUM = 318000

# 2.5 Materiële vaste activa: verloop [Ultimo 2023 (repeated), Investeringen, Afschrijvingen, Ultimo 2024]
C_MVA = {
    "Gebouwen": [75, 0, -12],
    "Automatisering": [322, 96, -148],
    "Inrichting & inventaris": [133, 42, -71],
}
C_MVA_END = {k: sum(v) for k, v in C_MVA.items()}
C_MVA_TOT = [sum(v[i] for v in C_MVA.values()) for i in range(3)] + [sum(C_MVA_END.values())]
C_MVA_BRUTO = [2071, 1985]                       # bruto boekwaarde ultimo 2024 / 2023
C_MVA_CUM = [-1634, -1455]                       # cumulatieve afschrijvingen

# Vlottende activa, ultimo 2024 / ultimo 2023.  The 2023 column repeats the 2023 edition except where that
# edition's printed items do not add up to its printed subtotals (rounding); there the new edition restates one
# item by 1 (RESTATED below), so that every column of the new document adds up.
C_VORD = {"Vorderingen - openbare lichamen": [61, 44], "Vorderingen - overig": [3, 0],
          "Rekening Courant Rijk": [4212, 4493]}
C_OVERL = {"Te ontvangen - overheden": [38, 55], "Te ontvangen - overig": [27, 53],      # 2023 edition: 54
           "Vooruitbetaalde bedragen": [141, 122]}
C_LIQ = {"Kas": [0, 0], "Bank": [9, 13]}                                                 # 2023 edition: 12
C_VORD_TOT = [sum(v[i] for v in C_VORD.values()) for i in range(2)]
C_OVERL_TOT = [sum(v[i] for v in C_OVERL.values()) for i in range(2)]
C_LIQ_TOT = [sum(v[i] for v in C_LIQ.values()) for i in range(2)]
C_VLOTTEND = [C_VORD_TOT[i] + C_OVERL_TOT[i] + C_LIQ_TOT[i] for i in range(2)]
C_ACTIVA = [C_MVA_TOT[3] + C_VLOTTEND[0], C_MVA_TOT[0] + C_VLOTTEND[1]]

# Eigen vermogen: verloop [Ult.2023, Resultaat (bestemming 2023), Toevoeging, Onttrekking]; ult.2024 computed
C_EV = {
    "Onderhoud": [1117, -128, 0, 0],
    "Datakwaliteit & Collectiebeheer": [979, 265, 0, 0],
    "Digitale dienstverlening": [686, 0, 0, 0],      # RESTATED: 687 in the 2023 edition (its subtotal: 2.782)
}
C_ALG_RESERVE = 165
C_EV_RES_ROW = [137, -137, 0, None]                 # resultaat lopend boekjaar; onttrekking = the 2024 result
C_EV_END = {k: sum(v) for k, v in C_EV.items()}
C_BESTEMMING = [sum(v[i] for v in C_EV.values()) for i in range(4)] + [sum(C_EV_END.values())]

# Voorzieningen [Ultimo 2023 (repeated), Toevoegingen, Aanwendingen, Vrijval]; ultimo 2024 computed
C_VOORZ = {
    "Voorziening organisatie": [225, 0, -118, -20],
    "Voorziening verlofsparen": [9, 6, 0, 0],
    "Voorziening WW 3e jaar": [0, 0, 0, 0],
    "Voorziening jubilea": [0, 22, 0, 0],           # new row
}
C_VOORZ_END = {k: sum(v) for k, v in C_VOORZ.items()}
C_VOORZ_TOT = [sum(v[i] for v in C_VOORZ.values()) for i in range(4)] + [sum(C_VOORZ_END.values())]

# cells of the repeated 2023 column that the new edition restates by 1 (label: (2023 edition, new edition))
C_RESTATED = {"Te ontvangen - overig": (54, 53), "Bank": (12, 13), "Liquide Middelen": (12, 13),
              "VLOTTENDE ACTIVA": (4779, 4780), "Vooruit ontvangen - overig": (14, 15),
              " - Rijksvastgoedbedrijf": (84, 83), "Digitale dienstverlening": (687, 686),
              "Subtotaal Bestemmingsreserves": (2783, 2782)}

# Vlottende passiva, ultimo 2024 / 2023 (repeated)
C_VP_OVERL = {"Subsidieverplichtingen": [18, 36], "Te betalen - belastingen & premies": [462, 435],
              "Te betalen – overig": [88, 101],
              "Voorschotbedragen - van Nederlandse overheidslichamen": [None, 1150],   # = voorschot total
              "Vooruit ontvangen - overig": [31, 15]}                                  # RESTATED: 14
C_CREDITEUREN = [312, 255]

# Voorschotbedragen [Ultimo 2023 (repeated), Ontvangen, Vrijgevallen]; ultimo 2024 computed
C_VOORSCHOT = {
    "A": {"Europese overheden": None},
    "B": {" - Nat. Archief (gebouw)": [392, 0, 0], " - Nat. Archief (digitalisering)": [453, 0, -151],
          " - Delta Plan": [25, 0, -25], " - Rijksvastgoedbedrijf": [83, 0, 0]},   # RESTATED: 84
    "C": {" - Gem. Zwolle (digitalisering)": [138, 0, -38], " - Gem. Deventer (digitalisering)": [45, 0, -18],
          " - Gem. Deventer (overig)": [14, 0, -14]},
}


def _vs(group):
    rows = C_VOORSCHOT[group]
    t = [sum(v[i] for v in rows.values()) for i in range(3)]
    return t + [sum(t)]


C_VS_B, C_VS_C = _vs("B"), _vs("C")
C_VS_TOT = [C_VS_B[i] + C_VS_C[i] for i in range(4)]
C_VP_OVERL["Voorschotbedragen - van Nederlandse overheidslichamen"][0] = C_VS_TOT[3]
C_VP_OVERL_TOT = [sum(v[i] for v in C_VP_OVERL.values()) for i in range(2)]
C_VP_TOT = [C_VP_OVERL_TOT[i] + C_CREDITEUREN[i] for i in range(2)]

# Balans totals
C_EV_TOT = [C_BESTEMMING[4] + C_ALG_RESERVE + C_RESULTAAT[0], 3084]
C_VASTE_PASSIVA = [C_EV_TOT[0] + C_VOORZ_TOT[4], 3318]
C_PASSIVA = [C_VASTE_PASSIVA[0] + C_VP_TOT[0], 3318 + C_VP_TOT[1]]
C_SOLV = [round(100 * C_EV_TOT[0] / C_ACTIVA[0]), 58]

# Kasstroom en EMU-saldo 2024
C_LIQ_1JAN = 4506                                  # = liquide middelen 31 december 2023 (repeated)
C_LIQ_31DEC = C_VORD["Rekening Courant Rijk"][0] + C_LIQ_TOT[0]
C_MUT_VA = 530 - C_MVA_TOT[3]
C_MUT_VOORZ = C_VOORZ_TOT[4] - 234
C_EMU = C_RESULTAAT[0] + C_MUT_VA + C_MUT_VOORZ
C_KASSTROOM = C_LIQ_31DEC - C_LIQ_1JAN
C_MUT_WK = C_KASSTROOM - C_EMU

# Weerstandsvermogen, algemene reserve risks (€ '000): (impact, kans %, reserve)
C_RISICO = {
    "Gebouwen - huurdersrisico's": (200, 10, 20),
    "Depots - Calamiteiten": (200, 10, 20),
    "Inflatie - Kosten boven index": (100, 40, 40),
    "Ziekte - kosten vervanging": (100, 25, 25),
    "Projecten - tegenvallers": (60, 50, 30),
    "Onvoorzien": (60, 50, 30),
}
C_GR_DEELNEMERS = [sum(C_BATEN[k][0] for k in ("Baten GR Rijk", "Baten GR Gemeente Zwolle",
                                                  "Baten GR Gemeente Deventer")), 5152]
C_DVO = [C_BATEN["Baten DVO Provincie Overijssel"][0] + C_BATEN["Baten DVO's Overige"][0], 672]
C_ALG_PCT = round(100 * C_ALG_RESERVE / C_GR_DEELNEMERS[0])
C_WEERSTAND = [C_ALG_RESERVE + C_RESULTAAT[0], 302]

# Structureel begrotingssaldo 2024
C_INCIDENTEEL = sum(C_BATEN[k][0] or 0 for k in ("Baten Provinciaal Programma", "Baten Museale Collectie",
                                                  "Baten Kenniscomponent", "Baten HAICu (NWO)"))
C_RES_MUT = C_TOEVOEGING[0] + C_ONTTREKKING[0]
C_STRUCTUREEL = C_NA_BESTEMMING[0] - C_INCIDENTEEL + C_INCIDENTEEL - C_RES_MUT
C_SER = round(100 * C_STRUCTUREEL / C_BATEN_TOT[0])

# Subsidieverantwoording Museale Collectie (gemeente Zwolle), € '000
C_SUBSIDIE = {"Beschikking": 230, "Besteed – Personeel": -71, "Besteed – Materieel – Huren": -92,
              "Besteed – Materieel - Overig": -67}
C_SUBSIDIE_TOTAAL_BESTEED = 262                    # prose "€ 262k"
C_SUBSIDIE_INTERN = C_SUBSIDIE_TOTAAL_BESTEED - C_SUBSIDIE["Beschikking"]

# Kerncijfers personeel [2024, 2023 (repeated)]
C_PERS = {
    "Aantal medewerkers, jaareinde": ["59", "57"],
    "Waarvan man": ["27", "26"],
    "Waarvan vrouw": ["32", "31"],
    "Aantal FTE, jaareinde": ["51", "49"],
    "Aantal FTE, gemiddeld": ["50", "46"],
    "Gemiddelde leeftijd, jaareinde": ["45", "46"],
    "Ziekte - Verzuim %": ["7%", "9%"],
    "Ziekte – Meldingsfrequentie": ["1,3", "1,5"],
}
# Beleidsindicatoren 2024 (printed)
C_BELEIDSIND = [("FTE per 1000 inwoners", "Bezetting", "0,22", "Naar rato inwoners Zwolle + Deventer"),
                ("FTE per 1000 inwoners", "Formatie", "0,23", "Naar rato inwoners Zwolle + Deventer"),
                ("Kosten per inwoner (€)", "Apparaatkosten", "12,81", "Naar rato inwoners Zwolle + Deventer"),
                ("Ext. inhuur % Personeelskosten", "Externe inhuur", "6%", "Als % van totale personeelskosten"),
                ("Overhead % Totale kosten", "Overhead", "21%", "Naar rato FTE management + staf")]

# WNT (x € 1): [2024, 2023 (repeated)]
C_WNT_BELONING = [124806, 118337]
C_WNT_TERMIJN = [19655, 18974]
C_WNT_SUB = [C_WNT_BELONING[i] + C_WNT_TERMIJN[i] for i in range(2)]
C_WNT_MAX = [233000, 223000]

# Niet uit de balans blijkende verplichtingen (prose-like table, "€ 185k per jr.")
C_VERPL = [("Pand Eikenstraat 20, Zwolle", "Gebruik", "€ 185k per jr.", "jaarlijks opzegbaar", "Rijks Vastgoed Bedrijf"),
           ("Pand Klooster 3+12, Deventer", "Huur", "€ 36k per jr.", "jaarlijks opzegbaar", "Gemeente Deventer"),
           ("Pand Marslanden, Zwolle", "Huur", "€ 90k per jr.", "t/m 2025", "Marktpartij"),
           ("Zaal Melkmarkt 41, Zwolle", "Huur", "€ 77k per jr.", "t/m 2031", "Gemeente Zwolle"),
           ("Scanners/printers", "Huur", "€ 26k per jr.", "t/m 2027", "Marktpartij"),
           ("Saldo van niet opgenomen verlofuren", "", "€ 91k", "per ultimo boekjaar", "Medewerkers")]

# prose figures
C_COLLECTIECENTRUM_RAMING = 24.5                   # "ca. 24,5 miljoen euro" (2023 edition: ca. 22 miljoen euro)
C_SCANAANVRAGEN = 6800                             # "meer dan 6.800 aanvragen"
C_SCANS_GEPUBLICEERD = "1,7"                       # "1,7 miljoen scans"
C_KLANTTEVREDENHEID = "8,1"
C_KLACHTEN = 1
C_MELDINGEN_VP = 0

# Bijlage 1: 2024 in cijfers: (2022, 2023 repeated) + 2024 new; printed strings
C_BIJLAGE = {
    "Aantal scans dat is bekeken en/of gedownload is via de toegangen op onze website":
        ["773.409", "1.302.290", "1.688.415"],
    "Aantal fysieke raadplegingen van stukken": ["7616", "6006", "5288"],
    "Vragen per chat/telefoon/e-mail (totaal)": ["6629", "6682", "7014"],
    "FTE’s (jaareinde)": ["38", "49", "51"],
    "FTE gemiddeld (over gehele jaar)": ["42", "46", "50"],
    "Aantal medewerkers per jaareinde": ["46", "57", "59"],
    "FTE bezetting (per 1000 inwoners)": ["0,18", "0,21", "0,22"],
    "Gemiddelde leeftijd": ["50", "46", "45"],
    "Inhuur tov Personeelskosten (%)": ["5%", "8%", "6%"],
    "Kosten per inwoner van gemeente Zwolle en Deventer": ["€ 12,27", "€ 12,35", "€ 12,81"],
    "Formele klachten": ["2", "0", "1"],
    "Meldingen vertrouwenspersoon": ["1", "1", "0"],
}
C_BEZOEKEN = {"2022": ("585", "716"), "2023": ("453", "555"), "2024": ("402", "498")}   # Deventer, Zwolle
C_AANVRAAGBAAR = ["Niet beschikbaar", "985.540", "1.064.210"]
C_MANVROUW = {"2022": ("21", "25"), "2023": ("26", "31"), "2024": ("27", "32")}
C_VERZUIM = {"2022": ("6%", "1,4"), "2023": ("9%", "1,5"), "2024": ("7%", "1,3")}
C_INCIDENTEN = {"2022": ("2", "1"), "2023": ("10", "1"), "2024": ("7", "0")}


# ============================================================================================== asserts
def _asserts():
    # Dinkelland
    assert D_UITVOERINGSPLAN == 487500
    assert D_RESERVERING_TOT == 166500 and D_VRIJ == 47500 and D_VRIJ > 0
    assert D_NODIG_TOT == [136000, 56000, -52000, -110000], D_NODIG_TOT
    assert all(D_RESERVERING[k] != D_SPECIFIEK_2019_REP.get(k) for k in D_RESERVERING)
    assert D_LEEFBAARHEIDSFONDS < 228000 < D_FONDS_2019_REP
    # Collectie Overijssel: baten en lasten
    assert C_BATEN_TOT[2] == C_OLD_BATEN_TOT_REP and C_LASTEN_TOT[2] == C_OLD_LASTEN_TOT_REP
    assert C_RESULTAAT[2] == C_OLD_RESULTAAT_REP
    assert C_NA_BESTEMMING == [0, 0, 0], C_NA_BESTEMMING
    assert C_RESULTAAT[0] == -95 and C_RESULTAAT[1] == -817, C_RESULTAAT
    assert C_ONTTR_DATAKWALITEIT + C_ONTTR_ONDERHOUD == 1000 * C_ONTTREKKING[0]
    assert C_TOEV_COLLECTIECENTRUM == -1000 * C_TOEVOEGING[0]
    assert -C_RESULTAAT[0] * 1000 + C_TOEV_COLLECTIECENTRUM == C_ONTTR_DATAKWALITEIT + C_ONTTR_ONDERHOUD
    # MVA
    assert C_MVA_TOT[2] == C_LASTEN["Afschrijvingskosten"][0]
    assert C_MVA_TOT[0] == 530 and C_MVA_BRUTO[0] + C_MVA_CUM[0] == C_MVA_TOT[3]
    assert C_MVA_BRUTO[1] + C_MVA_CUM[1] == 530
    # vlottende activa repeated column = 2023 edition
    assert C_VORD_TOT[1] == 4537 and C_OVERL_TOT[1] == 230 and C_LIQ_TOT[1] == 13 and C_VLOTTEND[1] == 4780
    assert C_ACTIVA[1] == 5310 and C_PASSIVA[1] == 5310
    # eigen vermogen
    assert C_BESTEMMING[0] == 2782 and C_BESTEMMING[1] == 137
    assert C_BESTEMMING[0] + C_ALG_RESERVE + C_EV_RES_ROW[0] == 3084
    assert C_EV_TOT[0] == C_BESTEMMING[4] + C_ALG_RESERVE + C_RESULTAAT[0]
    # voorzieningen
    assert C_VOORZ_TOT[0] == 234
    # voorschotten
    assert C_VS_B[0] == 953 and C_VS_C[0] == 197 and C_VS_TOT[0] == 1150
    # balans closes
    assert C_PASSIVA[0] == C_ACTIVA[0], (C_PASSIVA, C_ACTIVA)
    assert C_VP_OVERL_TOT[1] == 1737 and C_VP_TOT[1] == 1992
    assert C_LIQ_1JAN == C_VORD["Rekening Courant Rijk"][1] + C_LIQ_TOT[1]
    # kasstroom: werkkapitaal equals the change of the other working-capital items
    wk = -((C_VORD_TOT[0] - C_VORD["Rekening Courant Rijk"][0]) - (C_VORD_TOT[1] - C_VORD["Rekening Courant Rijk"][1])) \
         - (C_OVERL_TOT[0] - C_OVERL_TOT[1]) + (C_VP_TOT[0] - 1992)
    assert wk == C_MUT_WK, (wk, C_MUT_WK)
    assert C_EMU + C_MUT_WK == C_KASSTROOM
    # weerstandsvermogen and risks
    assert sum(r[2] for r in C_RISICO.values()) == C_ALG_RESERVE
    assert all(round(r[0] * r[1] / 100) == r[2] for r in C_RISICO.values())
    assert C_ALG_PCT == 3
    # structureel
    assert C_STRUCTUREEL == C_RESULTAAT[0] and C_SER == -1
    # subsidie
    assert sum(C_SUBSIDIE.values()) == 0 and C_SUBSIDIE["Beschikking"] == C_BATEN["Baten Museale Collectie"][0]
    assert C_SUBSIDIE_INTERN == 32
    # WNT
    assert C_WNT_SUB[1] == 137311 and C_WNT_SUB[0] < C_WNT_MAX[0]
    # personeel
    assert int(C_PERS["Waarvan man"][0]) + int(C_PERS["Waarvan vrouw"][0]) == int(C_PERS["Aantal medewerkers, jaareinde"][0])
    assert C_PERS["Aantal medewerkers, jaareinde"][0] == C_BIJLAGE["Aantal medewerkers per jaareinde"][2]
    assert C_PERS["Aantal FTE, jaareinde"][0] == C_BIJLAGE["FTE’s (jaareinde)"][2]
    assert C_MANVROUW["2024"] == (C_PERS["Waarvan man"][0], C_PERS["Waarvan vrouw"][0])
    assert C_BELEIDSIND[2][2] == C_BIJLAGE["Kosten per inwoner van gemeente Zwolle en Deventer"][2].replace("€ ", "")
    assert C_SOLV[0] == 61


_asserts()

if __name__ == "__main__":
    print("Dinkelland nodig totaal:", D_NODIG_TOT)
    print("CO baten/lasten/resultaat:", C_BATEN_TOT, C_LASTEN_TOT, C_RESULTAAT)
    print("CO activa/passiva:", C_ACTIVA, C_PASSIVA, "EV", C_EV_TOT, "solv", C_SOLV)
    print("CO EMU", C_EMU, "kasstroom", C_KASSTROOM, "werkkapitaal", C_MUT_WK, "liq", C_LIQ_31DEC)
    print("CO voorz", C_VOORZ_TOT, "VP", C_VP_TOT, C_VP_OVERL_TOT, "voorschot", C_VS_TOT)
    print("CO weerstand", C_WEERSTAND, "structureel", C_STRUCTUREEL, C_SER, "GR", C_GR_DEELNEMERS, C_DVO)
