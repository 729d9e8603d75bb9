"""Every figure of the two FICTIONAL documents of set-bh, typed once, with the sums
asserted. Imported by gen_dinkelland.py, gen_bsgr.py and gen_cases.py; never by check.py,
which reads the finished PDFs.

All figures are made up. Names of real bodies (Dinkelland, Noaberkracht Dinkelland
Tubbergen, Regio Twente, Veiligheidsregio Twente, BSGR and its members) are used, their
figures are not real (except the two numbers the BSGR document shares with the real
Wassenaar Begroting 2024: Wassenaar's primitive bijdrage 2024 of EUR 480.915 and the
post onvoorzien of EUR 109.000, both printed in that real document).
"""
import hashlib

from fmt import k, k_list, largest_remainder, rhu

# ---------------------------------------------------------------------------------------
# Gemeente Dinkelland, Programmabegroting 2025 (fictional figures)
# ---------------------------------------------------------------------------------------
D_YEARS = ["2025", "2024", "2023"]          # descending, as printed
D_MJR = ["2028", "2027", "2026"]            # meerjarenraming, descending as printed

INWONERS_1_1_2024 = 26874
INWONERS_1_1_2023 = 26712
WONINGEN_1_1_2024 = 11318
OPPERVLAKTE_HA = 17661
KERNEN = 16
WOZ_GEM_2024 = 356000       # gemiddelde WOZ-waarde woning, belastingjaar 2024
WOZ_GEM_2025 = 378000

# programmes: code, name, taakvelden (code, name, lasten 2025, baten 2025), factors
# factors: (lasten 2024 nw, lasten 2023 rekening, baten 2024, baten 2023) relative to 2025
PROGRAMMES = [
    ("1", "Inclusieve samenleving", [
        ("6.1", "Samenkracht en burgerparticipatie", 2846215, 118400),
        ("6.2", "Toegang en eerstelijnsvoorzieningen", 2412980, 0),
        ("6.3", "Inkomensregelingen", 4126470, 2948300),
        ("6.4", "WSW en beschut werk", 2318600, 0),
        ("6.5", "Arbeidsparticipatie", 1204355, 0),
        ("6.6", "Maatwerkvoorzieningen (Wmo)", 1386420, 42000),
        ("6.71", "Maatwerkdienstverlening 18+", 5927810, 384500),
        ("6.72", "Maatwerkdienstverlening 18-", 6804145, 0),
        ("6.81", "Geëscaleerde zorg 18+", 312400, 0),
        ("6.82", "Geëscaleerde zorg 18-", 1118760, 0),
        ("7.1", "Volksgezondheid", 1642318, 0),
    ], (0.962, 0.918, 0.975, 0.941)),
    ("2", "Vitale kernen", [
        ("4.2", "Onderwijshuisvesting", 1986430, 61200),
        ("4.3", "Onderwijsbeleid en leerlingzaken", 1472815, 214600),
        ("5.1", "Sportbeleid en activering", 412660, 0),
        ("5.2", "Sportaccommodaties", 1734290, 398750),
        ("5.3", "Cultuurpresentatie, cultuurproductie en cultuurparticipatie", 618340, 12500),
        ("5.5", "Cultureel erfgoed", 286915, 0),
        ("5.6", "Media", 524180, 0),
        ("5.7", "Openbaar groen en (openlucht) recreatie", 2316480, 46300),
        ("8.1", "Ruimtelijke ordening", 1108620, 184000),
        ("8.2", "Grondexploitatie (niet bedrijventerreinen)", 3415000, 3620000),
        ("8.3", "Wonen en bouwen", 1985330, 1148900),
    ], (0.981, 0.944, 0.968, 1.052)),
    ("3", "Duurzaam Dinkelland", [
        ("7.2", "Riolering", 3824560, 4172300),
        ("7.3", "Afval", 3318975, 3764200),
        ("7.4", "Milieubeheer", 1486210, 205000),
        ("7.5", "Begraafplaatsen en crematoria", 168420, 132500),
    ], (0.958, 0.927, 0.949, 0.912)),
    ("4", "Economie, toerisme en bereikbaarheid", [
        ("2.1", "Verkeer, wegen en water", 5912340, 318400),
        ("2.5", "Openbaar vervoer", 86150, 0),
        ("3.1", "Economische ontwikkeling", 412380, 0),
        ("3.2", "Fysieke bedrijfsinfrastructuur", 1245000, 1310000),
        ("3.3", "Bedrijvenloket en bedrijfsregelingen", 94610, 61800),
        ("3.4", "Economische promotie", 486230, 38400),
    ], (1.012, 0.958, 0.986, 1.073)),
    ("5", "Veiligheid, bestuur en dienstverlening", [
        ("0.1", "Bestuur", 2156890, 0),
        ("0.2", "Burgerzaken", 918470, 356200),
        ("1.1", "Crisisbeheersing en brandweer", 1812640, 24000),
        ("1.2", "Openbare orde en veiligheid", 486325, 31500),
    ], (0.971, 0.936, 0.962, 0.988)),
]

# Algemene dekkingsmiddelen, overhead, Vpb: per year (2025, 2024, 2023) lasten / baten
ADM = [
    # code, name, lasten (25, 24, 23), baten (25, 24, 23)
    ("0.5", "Treasury", (624300, 598200, 571046), (1186400, 1142600, 1208772)),
    ("0.61", "OZB woningen", (298400, 289600, 281214), (4862140, 4688300, 4512846)),
    ("0.62", "OZB niet-woningen", (0, 0, 0), (2418760, 2302500, 2214379)),
    ("0.64", "Belastingen overig", (0, 0, 0), (812500, 768000, 742118)),
    ("0.7", "Algemene uitkering en overige uitkeringen gemeentefonds", (0, 0, 0), None),  # closes
    ("0.8", "Overige baten en lasten", (150000, 120000, 23418), (0, 0, 0)),
]
OVERHEAD = ("0.4", "Overhead", (9872460, 9514300, 9086532), (148300, 142000, 176419))
VPB = ("0.9", "Vennootschapsbelasting (Vpb)", (12000, 12000, 8214), (0, 0, 0))
RES_TOEV = (605000, 1412000, 2186544)       # toevoegingen reserves (lasten 0.10)
RES_ONTT = (1556840, 2318400, 1944318)      # onttrekkingen reserves (baten 0.10)
RESULTAAT = (184215, 12600, 1318462)        # geraamd / gerealiseerd resultaat (+ = voordelig)
TOERISTENBELASTING_2025 = 812500            # = 0.64 baten 2025 (only toeristenbelasting)


def _vary(code, which):
    h = hashlib.md5(f"{code}-{which}".encode()).hexdigest()
    return (int(h[:6], 16) / 0xFFFFFF - 0.5) * 0.05     # -2.5% .. +2.5%


def _year_values():
    """Taakveld lasten/baten in euros for 2025, 2024 (rounded to hundreds) and 2023 (exact)."""
    out = []
    for pcode, pname, tvs, (fl24, fl23, fb24, fb23) in PROGRAMMES:
        rows = []
        for code, name, l25, b25 in tvs:
            l24 = rhu(l25 * fl24 * (1 + _vary(code, "l24")) / 100) * 100
            l23 = rhu(l25 * fl23 * (1 + _vary(code, "l23")) + (int(hashlib.md5(code.encode()).hexdigest()[:3], 16) % 97))
            b24 = rhu(b25 * fb24 * (1 + _vary(code, "b24")) / 100) * 100 if b25 else 0
            b23 = rhu(b25 * fb23 * (1 + _vary(code, "b23")) + (int(hashlib.md5(code.encode()).hexdigest()[3:6], 16) % 89)) if b25 else 0
            rows.append(dict(code=code, name=name, L=(l25, l24, l23), B=(b25, b24, b23)))
        out.append(dict(code=pcode, name=pname, rows=rows))
    return out


PROG = _year_values()

# a few hand-set exceptions so the toelichting can name them
for p in PROG:
    for r in p["rows"]:
        if r["code"] == "6.72":          # jeugd: sharp rise from 2023
            r["L"] = (6804145, 6296400, 5873129)
        if r["code"] == "8.2":           # grondexploitatie: 2023 large sale
            r["L"] = (3415000, 2986400, 4128715)
            r["B"] = (3620000, 3104500, 4602318)
        if r["code"] == "7.3":
            r["L"] = (3318975, 3186300, 3052418)
            r["B"] = (3764200, 3521800, 3318664)

for p in PROG:
    p["L"] = tuple(sum(r["L"][i] for r in p["rows"]) for i in range(3))
    p["B"] = tuple(sum(r["B"][i] for r in p["rows"]) for i in range(3))
    p["S"] = tuple(p["B"][i] - p["L"][i] for i in range(3))
    # thousands, rows adding up to the rounded total
    p["Lk"], p["Bk"] = [], []
    for i in range(3):
        lk, lt = k_list([r["L"][i] for r in p["rows"]])
        bk, bt = k_list([r["B"][i] for r in p["rows"]])
        for r, a, b in zip(p["rows"], lk, bk):
            r.setdefault("Lk", [None] * 3)[i] = a
            r.setdefault("Bk", [None] * 3)[i] = b
        p["Lk"].append(lt)
        p["Bk"].append(bt)
    for r in p["rows"]:
        r["Sk"] = [r["Bk"][i] - r["Lk"][i] for i in range(3)]
    p["Sk"] = [p["Bk"][i] - p["Lk"][i] for i in range(3)]
    assert all(sum(r["Lk"][i] for r in p["rows"]) == p["Lk"][i] for i in range(3))


def prog(code):
    return next(p for p in PROG if p["code"] == code)


def tv(code):
    for p in PROG:
        for r in p["rows"]:
            if r["code"] == code:
                return r
    raise KeyError(code)


PROG_L = tuple(sum(p["L"][i] for p in PROG) for i in range(3))
PROG_B = tuple(sum(p["B"][i] for p in PROG) for i in range(3))

# algemene uitkering closes each column at the RESULTAAT target
AU = []
for i in range(3):
    adm_l = sum(a[2][i] for a in ADM)
    adm_b_excl = sum(a[3][i] for a in ADM if a[3] is not None)
    L_all = PROG_L[i] + adm_l + OVERHEAD[2][i] + VPB[2][i] + RES_TOEV[i]
    B_excl = PROG_B[i] + adm_b_excl + OVERHEAD[3][i] + VPB[3][i] + RES_ONTT[i]
    AU.append(RESULTAAT[i] + L_all - B_excl)
AU = tuple(AU)
ADM_ROWS = []
for code, name, L, B in ADM:
    ADM_ROWS.append(dict(code=code, name=name, L=L, B=B if B is not None else AU))
ADM_L = tuple(sum(a["L"][i] for a in ADM_ROWS) for i in range(3))
ADM_B = tuple(sum(a["B"][i] for a in ADM_ROWS) for i in range(3))
TOTAL_L_VOOR = tuple(PROG_L[i] + ADM_L[i] + OVERHEAD[2][i] + VPB[2][i] for i in range(3))
TOTAL_B_VOOR = tuple(PROG_B[i] + ADM_B[i] + OVERHEAD[3][i] + VPB[3][i] for i in range(3))
SALDO_VOOR = tuple(TOTAL_B_VOOR[i] - TOTAL_L_VOOR[i] for i in range(3))
for i in range(3):
    assert SALDO_VOOR[i] - RES_TOEV[i] + RES_ONTT[i] == RESULTAAT[i]
    assert 40_000_000 < AU[i] < 52_000_000, AU

# meerjarenraming per programme (lasten, baten) 2026, 2027, 2028 in euros, then shown x 1.000
MJR_FACT = {  # programme: (lasten factors 26, 27, 28), (baten factors)
    "1": ((1.024, 1.047, 1.071), (1.010, 1.020, 1.030)),
    "2": ((0.986, 1.004, 1.019), (0.902, 0.871, 0.915)),
    "3": ((1.019, 1.038, 1.056), (1.031, 1.058, 1.084)),
    "4": ((0.962, 0.978, 0.991), (0.948, 0.962, 0.975)),
    "5": ((1.018, 1.036, 1.052), (1.010, 1.020, 1.030)),
}
for p in PROG:
    fl, fb = MJR_FACT[p["code"]]
    p["MJR_L"] = tuple(rhu(p["L"][0] * f / 1000) * 1000 for f in fl)   # 2026, 2027, 2028
    p["MJR_B"] = tuple(rhu(p["B"][0] * f / 1000) * 1000 for f in fb)
MJR_ADM_B_EXCL_AU = (8_512_000, 8_684_000, 8_861_000)
MJR_ADM_L = (1_118_000, 1_144_000, 1_171_000)
MJR_OVERHEAD_L = (10_104_000, 10_331_000, 10_562_000)
MJR_OVERHEAD_B = (148_000, 148_000, 148_000)
MJR_VPB = (12_000, 12_000, 12_000)
MJR_TOEV = (455_000, 455_000, 455_000)
MJR_ONTT = (1_204_000, 986_000, 812_000)
MJR_RESULTAAT = (-412_000, -169_000, 96_000)
MJR_AU = []
for j in range(3):
    L_all = sum(p["MJR_L"][j] for p in PROG) + MJR_ADM_L[j] + MJR_OVERHEAD_L[j] + MJR_VPB[j] + MJR_TOEV[j]
    B_excl = sum(p["MJR_B"][j] for p in PROG) + MJR_ADM_B_EXCL_AU[j] + MJR_OVERHEAD_B[j] + MJR_ONTT[j]
    MJR_AU.append(MJR_RESULTAAT[j] + L_all - B_excl)
MJR_AU = tuple(MJR_AU)
assert all(m % 1000 == 0 for m in MJR_AU)

# indicators: label, bron, streefwaarde 2025, realisatie 2023, 2022, 2021 (None = n.b.)
IND = {
    "1": [
        ("Percentage inwoners die goede gezondheid ervaren", "Gezondheidsmonitor GGD", "90%", None, "86%", None),
        ("Percentage inwoners die voldoende bewegen", "Gezondheidsmonitor GGD", "64%", None, "58%", None),
        ("Cijfer cliënttevredenheid Jeugd", "Cliëntervaringsonderzoek", "7,8", "7,4", "7,6", "7,5"),
        ("Cijfer cliënttevredenheid Wmo", "Cliëntervaringsonderzoek", "8,0", "7,8", "8,0", "7,9"),
        ("Percentage jeugdindicaties afgegeven door een huisarts", "Eigen registratie", "25%", "29%", "28%", "27%"),
        ("Aantal inwonersinitiatieven met een bijdrage uit het leefbaarheidsfonds", "Eigen registratie", "40", "36", "31", "24"),
        ("Aantal bijstandsuitkeringen (ultimo)", "Werkplein Twente", "185", "192", "187", "198"),
        ("Percentage jongeren met jeugdhulp", "CBS", "12,0%", "12,9%", "12,4%", "11,8%"),
    ],
    "2": [
        ("Aantal opgeleverde nieuwbouwwoningen", "BAG", "120", "87", "118", "96"),
        ("Percentage inwoners tevreden over de voorzieningen in de eigen kern", "Inwonerspeiling", "80%", "77%", None, "75%"),
        ("Aantal leden van sportverenigingen per 1.000 inwoners", "Sportmonitor", "410", "398", "392", "381"),
    ],
    "3": [
        ("Kilo restafval per inwoner", "Twente Milieu", "60", "71", "74", "78"),
        ("Percentage woningen met zonnepanelen", "Klimaatmonitor", "45%", "39%", "34%", "28%"),
        ("Aantal laadpunten voor elektrische auto's", "Eigen registratie", "140", "96", "71", "52"),
    ],
    "4": [
        ("Aantal toeristische overnachtingen", "Toeristenbelasting", "720.000", "701.850", "684.100", "612.400"),
        ("Aantal verkeersslachtoffers met letsel", "VIA Verkeersongevallen", "30", "34", "29", "37"),
        ("Percentage wegen met onderhoudsniveau basis of hoger", "Weginspectie", "95%", "92%", "93%", "90%"),
    ],
    "5": [
        ("Waardering dienstverlening (cijfer)", "Inwonerspeiling", "7,5", "7,2", None, "7,0"),
        ("Aantal woninginbraken", "Politie", "40", "46", "51", "44"),
        ("Percentage aanvragen binnen de termijn afgehandeld", "Eigen registratie", "95%", "93%", "91%", "94%"),
    ],
}

# reserves 2025: name, stand 1-1-2025, toevoegingen, onttrekkingen
RESERVES = [
    ("Algemene reserve", 8914620, 0, 350000),
    ("Reserve sociaal domein", 1286400, 0, 275000),
    ("Reserve leefbaarheidsfonds", 412500, 150000, 185000),
    ("Reserve kapitaallasten", 6418275, 0, 326840),
    ("Reserve duurzaamheid en energietransitie", 1734000, 250000, 420000),
    ("Reserve grondexploitatie", 2106830, 205000, 0),
]
RES = [dict(name=n, begin=b, toev=t, ontt=o, eind=b + t - o) for n, b, t, o in RESERVES]
RES_TOT = {key: sum(r[key] for r in RES) for key in ("begin", "toev", "ontt", "eind")}
assert RES_TOT["toev"] == RES_TOEV[0] and RES_TOT["ontt"] == RES_ONTT[0]
LEEFBAARHEIDSFONDS_2025 = 185000          # budget 2025 (= onttrekking)
UITVOERINGSPLAN_SD_2025 = 275000          # budget uitvoeringsplan sociaal domein 2025

# investeringen 2025: omschrijving, programma, bedrag, afschrijvingstermijn
INVEST = [
    ("Nieuwbouw IKC Rossum", "Vitale kernen", 3150000, 40),
    ("Vervanging riolering Denekamp-Noord", "Duurzaam Dinkelland", 1240000, 60),
    ("Reconstructie Hoofdstraat Weerselo", "Economie, toerisme en bereikbaarheid", 865000, 30),
    ("Fietspad Ootmarsum - Lattrop", "Economie, toerisme en bereikbaarheid", 640000, 30),
    ("Verduurzaming sportaccommodaties", "Vitale kernen", 420000, 20),
    ("Vervanging openbare verlichting (LED)", "Economie, toerisme en bereikbaarheid", 286000, 20),
    ("Aanpassing milieustraat Denekamp", "Duurzaam Dinkelland", 175000, 15),
]
INVEST_TOT = sum(i[2] for i in INVEST)

# weerstandsvermogen
CAPACITEIT = [
    ("Algemene reserve (stand 31-12-2025)", RES[0]["eind"]),
    ("Onbenutte belastingcapaciteit OZB", 1126000),
    ("Post onvoorzien", 50000),
    ("Geraamd begrotingsresultaat 2025", RESULTAAT[0]),
]
CAPACITEIT_TOT = sum(c[1] for c in CAPACITEIT)
RISICOS = [  # risico, maximaal bedrag, kans %
    ("Open-einderegelingen jeugdhulp", 1800000, 50),
    ("Open-einderegelingen Wmo", 900000, 50),
    ("Afzet- en prijsrisico grondexploitaties", 2400000, 30),
    ("Lagere algemene uitkering vanaf 2026", 1500000, 40),
    ("Tekorten bij verbonden partijen", 800000, 30),
    ("Borg- en garantstellingen", 1200000, 10),
    ("Juridische procedures en planschade", 300000, 25),
    ("Cyberincidenten", 250000, 20),
]
RISICO_ROWS = [(n, b, p, b * p // 100) for n, b, p in RISICOS]
BENODIGD = sum(r[3] for r in RISICO_ROWS)
RATIO = rhu(CAPACITEIT_TOT / BENODIGD, 2)
assert all(b * p % 100 == 0 for _, b, p in RISICOS)

# kengetallen, columns descending 2028 .. 2023 (2023 rekening, 2024 begroting, 2025 begroting, mjr)
KENGETALLEN = [
    ("Netto schuldquote", ["58,7%", "60,2%", "61,4%", "58,1%", "52,3%", "48,6%"]),
    ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", ["52,9%", "54,1%", "55,2%", "51,8%", "46,0%", "42,1%"]),
    ("Solvabiliteitsratio", ["31,8%", "31,2%", "30,9%", "31,5%", "32,8%", "34,2%"]),
    ("Grondexploitatie", ["3,1%", "3,8%", "4,6%", "5,1%", "5,9%", "6,4%"]),
    ("Structurele exploitatieruimte", ["0,1%", "-0,2%", "-0,5%", "0,4%", "0,6%", "1,8%"]),
    ("Belastingcapaciteit", ["99,3%", "99,0%", "98,6%", "98,1%", "97,4%", "96,2%"]),
]
KENGETAL_YEARS = ["2028", "2027", "2026", "2025", "2024", "2023"]

# lokale heffingen
OZB_TARIEVEN = [  # categorie, 2024, 2025 (percentage of the WOZ-waarde, four decimals)
    ("Woningen, eigenaar", "0,0934", "0,0912"),
    ("Niet-woningen, eigenaar", "0,1786", "0,1822"),
    ("Niet-woningen, gebruiker", "0,1442", "0,1471"),
]
AFVAL_TARIEVEN = [  # omschrijving, 2024, 2025 (euros, two decimals)
    ("Vastrecht per perceel", 186.00, 198.00),
    ("Lediging container restafval 140 liter", 9.75, 10.40),
    ("Lediging container restafval 240 liter", 16.70, 17.85),
    ("Inworp ondergrondse container restafval", 1.85, 1.98),
]
RIOOL_TARIEVEN = [
    ("Vastrecht per aansluiting", "276,00", "264,00"),     # placeholder fixed below
]
RIOOL_VAST = (264.00, 276.00)                    # 2024, 2025 per aansluiting
RIOOL_M3 = ("1,1240", "1,1735")                  # per m3 afvoer boven 500 m3, four decimals
TOERISTENBELASTING_TARIEF = (1.75, 1.85)         # per persoon per nacht 2024, 2025
LEDIGINGEN = 8                                   # ledigingen 140 l in the woonlasten example


def _ozb_woning(tarief, woz):
    t = float(tarief.replace(",", "."))
    return rhu(t / 100 * woz, 2)


WOONLASTEN = {}
for i, (y, woz) in enumerate((("2024", WOZ_GEM_2024), ("2025", WOZ_GEM_2025))):
    ozb = _ozb_woning(OZB_TARIEVEN[0][1 + i], woz)
    riool = RIOOL_VAST[i]
    afval = rhu(AFVAL_TARIEVEN[0][1 + i] + LEDIGINGEN * AFVAL_TARIEVEN[1][1 + i], 2)
    WOONLASTEN[y] = dict(ozb=ozb, riool=riool, afval=afval, totaal=rhu(ozb + riool + afval, 2))
WOONLASTEN_STIJGING = rhu(WOONLASTEN["2025"]["totaal"] - WOONLASTEN["2024"]["totaal"], 2)
WOONLASTEN_STIJGING_PCT = rhu(WOONLASTEN_STIJGING / WOONLASTEN["2024"]["totaal"] * 100, 1)

# kostendekkendheid 2025 (euros): lasten taakveld + overhead + btw, opbrengst heffing + overige baten
KOSTENDEKKING = {
    "Afvalstoffenheffing": dict(lasten_tv=tv("7.3")["L"][0], overhead=142300, btw=377000,
                                baten_overig=tv("7.3")["B"][0] - 3622500, heffing=3622500),
    "Rioolheffing": dict(lasten_tv=tv("7.2")["L"][0], overhead=126400, btw=221340,
                         baten_overig=tv("7.2")["B"][0] - 4172300 + 0, heffing=4172300),
}
for kd in KOSTENDEKKING.values():
    kd["kosten"] = kd["lasten_tv"] + kd["overhead"] + kd["btw"]
    kd["netto"] = kd["kosten"] - kd["baten_overig"]
    kd["dekking"] = rhu(kd["heffing"] / kd["netto"] * 100)
assert KOSTENDEKKING["Afvalstoffenheffing"]["dekking"] == 98, KOSTENDEKKING
assert KOSTENDEKKING["Rioolheffing"]["dekking"] == 100, KOSTENDEKKING

# verbonden partijen: naam, soort, bijdrage 2025, bijdrage 2024 (None = dividend only), note
VERBONDEN = [
    ("Noaberkracht Dinkelland Tubbergen", "Gemeenschappelijke regeling", 19486300, 18912400),
    ("Regio Twente", "Gemeenschappelijke regeling", 1246820, 1198650),
    ("Veiligheidsregio Twente", "Gemeenschappelijke regeling", 1712450, 1648230),
    ("Omgevingsdienst Twente", "Gemeenschappelijke regeling", 612380, 586940),
    ("Gemeentelijk Belastingkantoor Twente (GBTwente)", "Gemeenschappelijke regeling", 284600, 271300),
    ("Soweco N.V.", "Vennootschap", 2196500, 2158700),
    ("Enexis Holding N.V.", "Vennootschap", None, None),
    ("Twence B.V.", "Vennootschap", None, None),
    ("Bank Nederlandse Gemeenten N.V.", "Vennootschap", None, None),
]
DIVIDEND = {"Enexis Holding N.V.": 412600, "Twence B.V.": 186000, "Bank Nederlandse Gemeenten N.V.": 38200}
assert sum(DIVIDEND.values()) < ADM_ROWS[0]["B"][0]
assert VERBONDEN[2][2] < tv("1.1")["L"][0]
assert VERBONDEN[5][2] < tv("6.4")["L"][0]
assert VERBONDEN[4][2] <= ADM_ROWS[1]["L"][0]

# summary in EUR mln (two decimals) for the one-glance page
def mln(x):
    return rhu(x / 1_000_000, 2)


# ---------------------------------------------------------------------------------------
# Belastingsamenwerking Gouwe-Rijnland (BSGR), Jaarstukken 2024 (fictional figures)
# ---------------------------------------------------------------------------------------
B_COLS = ["Realisatie 2023", "Begroting 2024 primitief", "Begroting 2024 na wijziging", "Realisatie 2024"]

B_LASTEN = [  # kostensoort, R2023, B2024 prim, B2024 nw, R2024
    ("Salarissen en sociale lasten", 9214836, 9684000, 9912000, 9786412),
    ("Inhuur derden", 1386240, 820000, 1240000, 1418905),
    ("Overige personeelskosten", 412118, 436000, 436000, 398640),
    ("ICT en applicaties", 2486310, 2610000, 2745000, 2702118),
    ("Huisvesting", 684220, 702000, 702000, 691455),
    ("Porti en drukwerk", 1034560, 1080000, 1080000, 962314),
    ("Taxaties en waardering (extern)", 612400, 560000, 640000, 655870),
    ("Proceskostenvergoedingen bezwaar en beroep", 1142800, 950000, 1300000, 1211640),
    ("Kosten invordering en deurwaarders", 318460, 340000, 340000, 326118),
    ("Afschrijvingen", 486300, 512000, 512000, 498212),
    ("Rentelasten", 42180, 48000, 48000, 41760),
    ("Overige bedrijfskosten", 298612, 310000, 322000, 305486),
    ("Onvoorzien", 0, 109000, 109000, 0),
]
B_L_TOT = tuple(sum(r[i] for r in B_LASTEN) for i in range(1, 5))
B_OVERIGE_BATEN = [
    ("Vervolgingskosten (aanmaningen en dwangbevelen)", 1286415, 1150000, 1150000, 1342680),
    ("Overige opbrengsten", 184200, 120000, 140000, 198316),
]
B_ONTT = (0, 0, 250000, 236480)           # onttrekking bestemmingsreserve vervanging belastingapplicatie
B_TOEV = (0, 0, 0, 0)

# members: name, weight (verdeelsleutel 2024, % of the bijdragen), werkelijk-factor
MEMBERS = [
    ("Hoogheemraadschap van Rijnland", 44.60, 1.0000),
    ("Alphen aan den Rijn", 9.31, 1.0061),
    ("Bodegraven-Reeuwijk", 2.86, 0.9948),
    ("Gouda", 6.72, 1.0032),
    ("Kaag en Braassem", 2.35, 1.0087),
    ("Katwijk", 5.58, 0.9971),
    ("Leiden", 11.47, 1.0044),
    ("Leiderdorp", 2.41, 0.9935),
    ("Nieuwkoop", 2.54, 1.0026),
    ("Oegstgeest", 2.14, 0.9982),
    ("Wassenaar", None, 0.9947),
    ("Zoeterwoude", 0.78, 1.0019),
]
WASSENAAR_PRIM = 480915                   # printed in the real Wassenaar Begroting 2024
B_BIJDR_PRIM_TOT = B_L_TOT[1] - sum(r[2] for r in B_OVERIGE_BATEN) - B_ONTT[1]
B_BIJDR_NW_TOT = B_L_TOT[2] - sum(r[3] for r in B_OVERIGE_BATEN) - B_ONTT[2]

_others = [m for m in MEMBERS if m[1] is not None]
_wsum = sum(m[1] for m in _others)
_rest = B_BIJDR_PRIM_TOT - WASSENAAR_PRIM
_prim_o = largest_remainder([_rest * m[1] / _wsum for m in _others], _rest)
PRIM = {}
for m, v in zip(_others, _prim_o):
    PRIM[m[0]] = v
PRIM["Wassenaar"] = WASSENAAR_PRIM
_names = [m[0] for m in MEMBERS]
_nw = largest_remainder([PRIM[n] * B_BIJDR_NW_TOT / B_BIJDR_PRIM_TOT for n in _names], B_BIJDR_NW_TOT)
NW = dict(zip(_names, _nw))
WERK = {m[0]: rhu(NW[m[0]] * m[2]) for m in MEMBERS}
B_BIJDR_WERK_TOT = sum(WERK.values())
B_BIJDR_R23 = 17324618                    # bijdragen deelnemers realisatie 2023 (total only)

B_BATEN = [("Bijdragen deelnemers", B_BIJDR_R23, B_BIJDR_PRIM_TOT, B_BIJDR_NW_TOT, B_BIJDR_WERK_TOT)] + B_OVERIGE_BATEN
B_B_TOT = tuple(sum(r[i] for r in B_BATEN) for i in range(1, 5))
B_SALDO = tuple(B_B_TOT[i] - B_L_TOT[i] for i in range(4))
B_RESULTAAT = tuple(B_SALDO[i] + B_ONTT[i] - B_TOEV[i] for i in range(4))
assert B_RESULTAAT[1] == 0 and B_RESULTAAT[2] == 0, B_RESULTAAT
assert B_RESULTAAT[3] > 0 and B_RESULTAAT[0] > 0, B_RESULTAAT
RESULTAAT_2024 = B_RESULTAAT[3]
RESULTAAT_2023 = B_RESULTAAT[0]

# verschil (na wijziging vs realisatie) with V/N from BSGR's point of view
def vn_lasten(nw, real):
    d = nw - real
    return abs(d), ("V" if d > 0 else "N" if d < 0 else "")


def vn_baten(nw, real):
    d = real - nw
    return abs(d), ("V" if d > 0 else "N" if d < 0 else "")


# resultaatbestemming 2024: add to the algemene reserve up to its ceiling, return the rest
ALG_RES_BEGIN_2024 = 742580               # stand 1-1-2024
ALG_RES_TOEV_2024 = 38635                 # bestemming resultaat 2023
ALG_RES_EIND_2024 = ALG_RES_BEGIN_2024 + ALG_RES_TOEV_2024   # 31-12-2024, before bestemming 2024
TERUG_2023 = RESULTAAT_2023 - ALG_RES_TOEV_2024               # returned to members in 2024
BESTEM_RESERVE_2024 = 100000
TERUG_2024 = RESULTAAT_2024 - BESTEM_RESERVE_2024
_terug = largest_remainder([TERUG_2024 * WERK[n] / B_BIJDR_WERK_TOT for n in _names], TERUG_2024)
TERUG = dict(zip(_names, _terug))
NETTO = {n: WERK[n] - TERUG[n] for n in _names}
ALG_RES_NA_BESTEMMING = ALG_RES_EIND_2024 + BESTEM_RESERVE_2024
ALG_RES_PLAFOND_PCT = 5
ALG_RES_PLAFOND = rhu(B_L_TOT[2] * ALG_RES_PLAFOND_PCT / 100)
assert ALG_RES_NA_BESTEMMING <= ALG_RES_PLAFOND
BRES_BEGIN_2024 = 600000                  # bestemmingsreserve vervanging belastingapplicatie
BRES_EIND_2024 = BRES_BEGIN_2024 - B_ONTT[3]

# balans (euros) 31-12-2024, 31-12-2023
EV_2024 = ALG_RES_EIND_2024 + BRES_EIND_2024 + RESULTAAT_2024
EV_2023 = ALG_RES_BEGIN_2024 + BRES_BEGIN_2024 + RESULTAAT_2023
BAL_ACTIVA = [  # name, 2024, 2023 (liquide middelen closes)
    ("Materiële vaste activa", 1946318, 2084512),
    ("Uitzettingen met een rentetypische looptijd korter dan één jaar", 2318446, 2106718),
    ("Liquide middelen", None, None),
    ("Overlopende activa", 486215, 412860),
]
BAL_PASSIVA = [
    ("Eigen vermogen", EV_2024, EV_2023),
    ("Voorzieningen", 312400, 286000),
    ("Vaste schulden met een rentetypische looptijd van één jaar of langer", 1200000, 1400000),
    ("Netto vlottende schulden met een rentetypische looptijd korter dan één jaar", 1874312, 1712466),
    ("Overlopende passiva", 1386904, 1248617),
]
PAS_TOT = (sum(p[1] for p in BAL_PASSIVA), sum(p[2] for p in BAL_PASSIVA))
_act_known = (sum(a[1] for a in BAL_ACTIVA if a[1] is not None), sum(a[2] for a in BAL_ACTIVA if a[2] is not None))
LIQ = (PAS_TOT[0] - _act_known[0], PAS_TOT[1] - _act_known[1])
BAL_ACTIVA[2] = ("Liquide middelen", LIQ[0], LIQ[1])
ACT_TOT = (sum(a[1] for a in BAL_ACTIVA), sum(a[2] for a in BAL_ACTIVA))
assert ACT_TOT == PAS_TOT and min(LIQ) > 100000, (LIQ, ACT_TOT)
SOLV = (rhu(EV_2024 / PAS_TOT[0] * 100, 1), rhu(EV_2023 / PAS_TOT[1] * 100, 1))
NSQ = []
for i in (0, 1):
    schulden = BAL_PASSIVA[2][1 + i] + BAL_PASSIVA[3][1 + i] + BAL_PASSIVA[4][1 + i]
    bezit = BAL_ACTIVA[1][1 + i] + BAL_ACTIVA[2][1 + i] + BAL_ACTIVA[3][1 + i]
    baten = B_B_TOT[3] if i == 0 else B_B_TOT[0]
    NSQ.append(rhu((schulden - bezit) / baten * 100, 1))
NSQ = tuple(NSQ)

# weerstandsvermogen BSGR (31-12-2024)
B_RISICOS = [  # risico, bedrag, kans %
    ("Vervanging belastingapplicatie (meerkosten)", 600000, 50),
    ("Proceskostenvergoedingen no-cure-no-pay-bezwaren", 450000, 50),
    ("Uitval van personeel en duurdere inhuur", 300000, 40),
    ("Wijziging wet- en regelgeving (Wet WOZ)", 200000, 25),
]
B_RISICO_ROWS = [(n, b, p, b * p // 100) for n, b, p in B_RISICOS]
B_BENODIGD = sum(r[3] for r in B_RISICO_ROWS)
B_CAPACITEIT = [("Algemene reserve 31-12-2024", ALG_RES_EIND_2024), ("Post onvoorzien", 109000)]
B_CAP_TOT = sum(c[1] for c in B_CAPACITEIT)
B_RATIO = rhu(B_CAP_TOT / B_BENODIGD, 2)

# productie: indicator, norm (text or None), begroot 2024 (or None), realisatie 2024, realisatie 2023
PRODUCTIE = [
    ("Aantal aanslagbiljetten", None, "712.000", "718.426", "709.812"),
    ("Aantal WOZ-objecten", None, "267.500", "268.914", "266.480"),
    ("Aantal WOZ-bezwaren", None, "8.500", "7.842", "9.316"),
    ("Bezwaren afgehandeld binnen de wettelijke termijn", "95%", None, "97,2%", "93,8%"),
    ("Aandeel bezwaren van no-cure-no-pay-bureaus", None, None, "61%", "58%"),
    ("Aantal kwijtscheldingsverzoeken", None, "13.500", "14.218", "13.604"),
    ("Kwijtscheldingsverzoeken (geheel of gedeeltelijk) toegekend", None, None, "68%", "66%"),
    ("Kwijtscheldingsverzoeken afgehandeld binnen 8 weken", "90%", None, "92,4%", "88,1%"),
    ("Invorderingspercentage op 31 december van het belastingjaar", "96%", None, "97,1%", "96,8%"),
]
AANSLAGEN_2024 = 718426
KOSTEN_PER_AANSLAG = rhu(B_L_TOT[3] / AANSLAGEN_2024, 2)

# formatie: afdeling, begroot fte 2024, bezetting 31-12-2024
FORMATIE = [
    ("Directie en staf", 6.0, 5.8),
    ("Heffen", 38.4, 36.9),
    ("Invorderen", 22.6, 23.1),
    ("Waarderen", 31.2, 29.8),
    ("Klantcontact", 18.0, 19.2),
    ("Bedrijfsvoering en ICT", 12.8, 12.4),
]
FTE_BEGROOT = rhu(sum(f[1] for f in FORMATIE), 1)
FTE_BEZET = rhu(sum(f[2] for f in FORMATIE), 1)
assert FTE_BEGROOT == 129.0 and FTE_BEZET == 127.2

# WNT
WNT = dict(naam="A.M. de Ruiter", functie="Directeur", beloning=(148612, 143218),
           termijn=(21384, 20476), maximum=(233000, 223000), fte=1.0)
WNT["totaal"] = (WNT["beloning"][0] + WNT["termijn"][0], WNT["beloning"][1] + WNT["termijn"][1])

WASSENAAR_REAL = dict(bijdrage=480915, ev_begin=782000, ev_eind=782000, vv_begin=5675000,
                      vv_eind=5513000, onvoorzien=109000)

if __name__ == "__main__":
    print("Dinkelland PROG_L", PROG_L, "PROG_B", PROG_B, "AU", AU, "MJR_AU", MJR_AU)
    for p in PROG:
        print(p["code"], p["name"], p["L"], p["B"], p["Lk"], p["Bk"], p["MJR_L"], p["MJR_B"])
    print("TOTAL_L_VOOR", TOTAL_L_VOOR, "TOTAL_B_VOOR", TOTAL_B_VOOR, "SALDO", SALDO_VOOR)
    print("RES", RES_TOT, "CAP", CAPACITEIT_TOT, "BENODIGD", BENODIGD, "RATIO", RATIO)
    print("WOONLASTEN", WOONLASTEN, WOONLASTEN_STIJGING, WOONLASTEN_STIJGING_PCT)
    print("KOSTENDEKKING", KOSTENDEKKING)
    print("BSGR L", B_L_TOT, "B", B_B_TOT, "res", B_RESULTAAT)
    print("PRIM", PRIM, sum(PRIM.values()))
    print("NW", NW)
    print("WERK", WERK)
    print("TERUG", TERUG, "NETTO", NETTO)
    print("EV", EV_2024, EV_2023, "LIQ", LIQ, "TOT", ACT_TOT, "SOLV", SOLV, "NSQ", NSQ)
    print("B_CAP", B_CAP_TOT, B_BENODIGD, B_RATIO, "kost/aanslag", KOSTEN_PER_AANSLAG)
    print("ALG_RES", ALG_RES_EIND_2024, ALG_RES_NA_BESTEMMING, ALG_RES_PLAFOND, "TERUG23", TERUG_2023)
