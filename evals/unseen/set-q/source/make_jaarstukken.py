#!/usr/bin/env python3
"""Generator for the fictional 'Jaarstukken 2025' of Gemeente Stellingmoer.

Writes source/stellingmoer_jaarstukken_2025.html and prints it with Chromium to
corpus/stellingmoer-jaarstukken-2025.pdf.  All totals, saldi, reserve movements,
the balans and the resultaatbestemming are computed here and asserted.
"""
import html
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(os.path.dirname(HERE), "corpus")
HTML_OUT = os.path.join(HERE, "stellingmoer_jaarstukken_2025.html")
PDF_OUT = os.path.join(CORPUS, "stellingmoer-jaarstukken-2025.pdf")

GEM = "Stellingmoer"


# ---------------------------------------------------------------- formatting
def nl(n):
    """Whole euros, Dutch thousands separator, no sign."""
    return f"{abs(int(n)):,}".replace(",", ".")


def par(n):
    """Negative in parentheses."""
    n = int(n)
    if n == 0:
        return "0"
    return f"({nl(n)})" if n < 0 else nl(n)


def mm(n):
    """Negative with -/- prefix."""
    n = int(n)
    if n == 0:
        return "0"
    return f"-/- {nl(n)}" if n < 0 else nl(n)


def vn(d):
    return "" if d == 0 else ("V" if d > 0 else "N")


def eur(n):
    return "€\u00a0" + nl(n)


def e(s):
    return html.escape(s, quote=False)


# ---------------------------------------------------------------- data
# Reserves: name -> stand 1-1-2025 (after resultaatbestemming 2024)
RESERVES = [
    # key, name, stand 1-1, kind
    ("AR", "Algemene reserve", 14_212_480, "algemeen"),
    ("RSD", "Reserve sociaal domein", 3_104_000, "bestemming"),
    ("ROK", "Reserve onderhoud kapitaalgoederen", 2_418_350, "bestemming"),
    ("ROH", "Reserve onderwijshuisvesting", 4_850_000, "bestemming"),
    ("RDK", "Reserve dekking kapitaallasten", 6_120_400, "bestemming"),
    ("ROO", "Reserve organisatieontwikkeling", 412_000, "bestemming"),
    ("REA", "Reserve egalisatie afvalstoffenheffing", 386_220, "bestemming"),
    ("RVH", "Reserve volkshuisvesting", 975_000, "bestemming"),
]
# Resultaat 2024 and its bestemming (booked in 2025, already in stand 1-1-2025)
RESULTAAT_2024 = 2_046_318
BESTEMMING_2024 = {"AR": 1_596_318, "RSD": 450_000}
assert sum(BESTEMMING_2024.values()) == RESULTAAT_2024

# Programmes. Amounts: (primitief, na wijziging, realisatie).
# toev/ontt: list of (reserve key, prim, wijz, real)
PROGRAMMAS = [
    dict(
        nr=1, naam="Bestuur en dienstverlening",
        lasten=(6_412_300, 6_688_900, 6_531_274),
        baten=(1_038_000, 1_112_000, 1_187_436),
        toev=[], ontt=[("ROO", 0, 150_000, 112_500)],
        bereikt=[
            "In 2025 zijn 9.412 reisdocumenten (paspoorten en identiteitskaarten) verstrekt, tegen 8.276 in 2024. "
            "De piek komt doordat de in 2014 verlengde geldigheid van tien jaar voor veel documenten afliep.",
            "Het nieuwe zaaksysteem is in september 2025 in gebruik genomen. Inwoners kunnen nu 41 producten volledig digitaal aanvragen.",
            "De klanttevredenheid aan de balie van het gemeentehuis kwam uit op een 8,1 (2024: 7,9).",
            "Op Woo-verzoeken is gemiddeld binnen 38 dagen besloten; 27 van de 63 verzoeken werden binnen de wettelijke termijn afgehandeld.",
        ],
        analyse=[
            ("L", 112_000, "Dienstverlening: een voordeel van € 112.000 doordat drie vacatures bij het Klantcontactcentrum pas in het najaar zijn vervuld."),
            ("L", -37_000, "Burgerzaken: een nadeel van € 37.000 door een hogere afdracht van rijksleges, omdat er meer reisdocumenten zijn aangevraagd."),
            ("L", 48_000, "Raad en griffie: een voordeel van € 48.000 doordat de aanbesteding van het nieuwe raadsinformatiesysteem naar 2026 is geschoven. Wij stellen voor dit budget over te hevelen (zie de resultaatbestemming)."),
            ("B", 81_000, "Leges reisdocumenten: een voordeel van € 81.000 door het grotere aantal aanvragen."),
        ],
        indicatoren=[],
    ),
    dict(
        nr=2, naam="Veiligheid",
        lasten=(2_874_500, 2_941_200, 3_018_655),
        baten=(96_000, 96_000, 58_312),
        toev=[], ontt=[],
        bereikt=[
            "Het aantal woninginbraken daalde van 61 in 2024 naar 47 in 2025.",
            "De burgemeester heeft in 2025 vier woningen tijdelijk gesloten op grond van artikel 13b van de Opiumwet.",
            "Rond het Stationsplein is cameratoezicht ingevoerd (zes camera's), na een evaluatie in samenwerking met politie en ondernemers.",
            "De bijdrage aan de Veiligheidsregio bedroeg in 2025 € 1.962.418.",
        ],
        analyse=[
            ("L", -64_000, "Bijdrage Veiligheidsregio: een nadeel van € 64.000 doordat de loonstijging uit de nieuwe cao pas na de vaststelling van onze begroting in de begroting van de Veiligheidsregio is verwerkt."),
            ("L", -21_000, "Toezicht en handhaving: een nadeel van € 21.000 door extra inzet van boa's tijdens de jaarwisseling."),
            ("B", -38_000, "Handhaving: een nadeel van € 38.000 doordat minder dwangsommen zijn ingevorderd dan geraamd."),
        ],
        indicatoren=[
            ("Winkeldiefstallen", "per 1.000 inwoners", "2024", "1,1", "2,3", "CBS"),
            ("Verwijzingen Halt", "per 10.000 jongeren 12-17 jaar", "2023", "96", "115", "Bureau Halt"),
        ],
    ),
    dict(
        nr=3, naam="Openbare ruimte en mobiliteit",
        lasten=(9_518_700, 10_104_300, 9_487_921),
        baten=(1_284_000, 1_322_000, 1_402_877),
        toev=[("ROK", 0, 250_000, 250_000)],
        ontt=[("ROK", 420_000, 780_000, 612_344)],
        bereikt=[
            "In 2025 is 14,2 kilometer weg opnieuw geasfalteerd, waaronder de Veldkampweg en de Beukenlaan.",
            "Er zijn 3.140 lichtmasten omgebouwd naar ledverlichting. Daarmee is 87% van alle lichtmasten in Stellingmoer voorzien van led.",
            "Het vrijliggende fietspad langs de Zandweg (2,8 kilometer) is in juni opengesteld.",
            "De reconstructie van de Molenweg is niet gestart: de nutsbedrijven konden hun werkzaamheden niet eerder inplannen dan in 2026.",
        ],
        analyse=[
            ("L", 412_000, "Wegen: een voordeel van € 412.000 doordat het groot onderhoud van de Molenweg is uitgesteld naar 2026. Hierdoor is ook € 167.656 minder aan de reserve onderhoud kapitaalgoederen onttrokken dan begroot."),
            ("L", -96_000, "Gladheidbestrijding: een nadeel van € 96.000 door 23 extra strooironden in de koude januarimaand."),
            ("L", 187_000, "Openbare verlichting: een voordeel van € 187.000 door lagere energiekosten na de ombouw naar led en een gunstiger energiecontract."),
            ("L", 104_000, "Kapitaallasten: een voordeel van € 104.000 doordat investeringen later zijn afgerond en dus later worden afgeschreven."),
            ("B", 78_000, "Degeneratievergoedingen: een voordeel van € 78.000 doordat nutsbedrijven meer graafwerk hebben uitgevoerd (glasvezel)."),
        ],
        indicatoren=[
            ("Ziekenhuisopnamen na verkeersongeval met een motorvoertuig", "%", "2023", "0,7", "0,6", "VeiligheidNL"),
        ],
    ),
    dict(
        nr=4, naam="Onderwijs, sport en cultuur",
        lasten=(8_742_100, 8_915_600, 9_276_048),
        baten=(1_512_000, 1_566_000, 1_624_902),
        toev=[],
        ontt=[("ROH", 300_000, 300_000, 300_000), ("RDK", 218_460, 218_460, 218_460)],
        bereikt=[
            "Kindcentrum Noorderlicht (basisschool, kinderopvang en peuterspeelzaal) is na de zomervakantie geopend en biedt plaats aan 420 leerlingen.",
            "Voor 231 leerlingen is leerlingenvervoer geregeld, tegen 198 een jaar eerder.",
            "Zwembad De Spetter ontving 118.400 bezoekers; sporthal De Hoorn was 86% van de beschikbare uren verhuurd.",
            "Met het Jeugdfonds Sport & Cultuur konden 347 kinderen uit gezinnen met een laag inkomen sporten of een cultuurles volgen.",
        ],
        analyse=[
            ("L", -312_000, "Leerlingenvervoer: een nadeel van € 312.000 doordat meer leerlingen zijn aangewezen op aangepast vervoer (231 in plaats van 198) en de vervoerder een hogere indexatie mocht doorberekenen."),
            ("L", -84_000, "Sportaccommodaties: een nadeel van € 84.000 door hogere energiekosten van sporthal De Hoorn en zwembad De Spetter na het aflopen van het vaste energiecontract."),
            ("L", 41_000, "Cultuur: een voordeel van € 41.000 doordat het programma van het cultuurhuis in de zomer kleiner was door verbouwing."),
            ("B", 52_000, "Huuropbrengsten: een voordeel van € 52.000 door meer verhuur van sporthal De Hoorn aan verenigingen en scholen."),
        ],
        indicatoren=[
            ("Absoluut verzuim", "per 1.000 leerlingen", "2024", "1,4", "2,0", "DUO"),
            ("Niet-sporters", "% inwoners 19 jaar en ouder", "2022", "47,9", "49,3", "RIVM Gezondheidsmonitor"),
        ],
    ),
    dict(
        nr=5, naam="Sociaal domein",
        lasten=(37_214_600, 38_442_800, 39_631_513),
        baten=(7_612_000, 7_905_000, 8_271_641),
        toev=[], ontt=[("RSD", 850_000, 1_350_000, 1_350_000)],
        bereikt=[
            "1.214 huishoudens ontvingen huishoudelijke hulp via de Wmo (2024: 1.108).",
            "In totaal kregen 1.046 jongeren jeugdhulp; 52 van hen verbleven in een residentiële voorziening of pleeggezin (2024: 41).",
            "Eind 2025 ontvingen 412 huishoudens een bijstandsuitkering, tegen 438 eind 2024. 64 inwoners zijn vanuit de bijstand aan het werk gegaan.",
            "In alle zes huisartsenpraktijken werkt nu een praktijkondersteuner jeugd (POH-jeugd).",
        ],
        analyse=[
            ("L", -862_000, "Jeugdhulp met verblijf: een nadeel van € 862.000 doordat het aantal jongeren dat in een residentiële voorziening verblijft steeg van 41 naar 52 en de gemiddelde kosten per traject hoger waren."),
            ("L", -418_000, "Wmo huishoudelijke hulp: een nadeel van € 418.000 door de groei van het aantal cliënten van 1.108 naar 1.214. Door het landelijke abonnementstarief vragen meer inwoners met een hoger inkomen hulp aan."),
            ("L", 236_000, "Bijstandsuitkeringen: een voordeel van € 236.000 doordat het aantal uitkeringen verder daalde."),
            ("L", -147_000, "Beschermd wonen en maatschappelijke opvang: een nadeel van € 147.000 door een hogere bijdrage aan de centrumgemeente."),
            ("B", 331_000, "Rijksbijdrage BUIG: een voordeel van € 331.000 door de hogere definitieve beschikking van het Rijk."),
        ],
        indicatoren=[
            ("Jongeren met jeugdhulp", "% van alle jongeren tot 18 jaar", "2024", "11,8", "10,9", "CBS"),
            ("Personen met een bijstandsuitkering", "per 10.000 inwoners 18 jaar en ouder", "2024", "211,4", "341,2", "CBS"),
            ("Cliënten met een maatwerkarrangement Wmo", "per 10.000 inwoners", "2024", "684", "640", "CBS"),
        ],
    ),
    dict(
        nr=6, naam="Volksgezondheid en milieu",
        lasten=(9_206_400, 9_388_100, 9_301_733),
        baten=(9_684_000, 9_701_000, 9_742_188),
        toev=[("REA", 0, 120_000, 214_611)], ontt=[],
        bereikt=[
            "Per inwoner werd 142 kilo huishoudelijk restafval ingezameld (doel: 130 kilo). Het scheidingspercentage kwam uit op 71%.",
            "In de wijk Oostwijk is 3,1 kilometer riolering vervangen en is de regenwaterafvoer afgekoppeld.",
            "De energiecoaches bezochten 412 woningen; bij 268 woningen zijn daarna isolatiemaatregelen genomen.",
        ],
        analyse=[
            ("L", 146_000, "Afvalverwerking: een voordeel van € 146.000 door lagere verwerkingskosten, omdat er minder restafval is aangeboden. Het overschot op afval gaat naar de reserve egalisatie afvalstoffenheffing."),
            ("L", -72_000, "GGD: een nadeel van € 72.000 door een hogere bijdrage voor de jeugdgezondheidszorg."),
            ("B", 38_000, "Rioolheffing: een voordeel van € 38.000 door meer aansluitingen in nieuwbouwwijk De Kolk."),
        ],
        indicatoren=[
            ("Omvang huishoudelijk restafval", "kg per inwoner", "2024", "149", "166", "CBS"),
            ("Hernieuwbare elektriciteit", "%", "2023", "24,6", "19,1", "Klimaatmonitor"),
        ],
    ),
    dict(
        nr=7, naam="Wonen en ruimtelijke ontwikkeling",
        lasten=(5_914_200, 7_812_400, 6_944_117),
        baten=(3_206_000, 5_284_000, 4_410_529),
        toev=[], ontt=[("RVH", 200_000, 200_000, 164_250)],
        bereikt=[
            "In 2025 zijn 214 woningen opgeleverd (doel: 250), waarvan 87 sociale huurwoningen.",
            "In De Kolk zijn 18 kavels verkocht; begroot waren 31 kavels.",
            "Het omgevingsplan voor het centrum is in november door de raad vastgesteld.",
            "Met de starterslening zijn 22 starters geholpen bij de aankoop van een eerste woning.",
        ],
        analyse=[
            ("L", 921_000, "Grondexploitatie De Kolk: een voordeel van € 921.000 op de lasten doordat het bouwrijp maken van fase 2 later is gestart. Hier staan lagere grondopbrengsten tegenover."),
            ("L", -64_000, "Vergunningverlening: een nadeel van € 64.000 door extra inhuur na de invoering van de Omgevingswet."),
            ("B", -904_000, "Grondverkopen: een nadeel van € 904.000 doordat 18 in plaats van 31 kavels zijn verkocht."),
            ("B", 36_000, "Leges omgevingsvergunningen: een voordeel van € 36.000."),
        ],
        indicatoren=[
            ("Gemiddelde WOZ-waarde woningen", "x € 1.000", "2025", "356", "389", "CBS"),
            ("Nieuw gebouwde woningen", "per 1.000 woningen", "2024", "9,4", "8,0", "CBS"),
        ],
    ),
]

RES = {k: dict(naam=n, begin=b, kind=kd, toev=0, ontt=0) for k, n, b, kd in RESERVES}
for p in PROGRAMMAS:
    for key, *_, real in p["toev"]:
        RES[key]["toev"] += real
    for key, *_, real in p["ontt"]:
        RES[key]["ontt"] += real
for r in RES.values():
    r["eind"] = r["begin"] + r["toev"] - r["ontt"]
    assert r["eind"] >= 0

# Algemene dekkingsmiddelen (baten) and other non-programme lines
ADM = [
    ("Onroerendezaakbelastingen", (9_412_000, 9_412_000, 9_488_215)),
    ("Algemene uitkering gemeentefonds", None),  # balancing item in the begroting
    ("Dividenden", (312_000, 312_000, 298_744)),
    ("Overige algemene dekkingsmiddelen (rente, beleggingen)", (145_000, 185_000, 231_620)),
]
ADM_LASTEN = (612_000, 640_000, 611_092)        # heffing en invordering belastingen
OVERHEAD = dict(lasten=(10_214_000, 10_612_000, 10_498_336), baten=(312_000, 312_000, 356_104))
ONVOORZIEN = (100_000, 38_000, 0)
AU_REAL = 57_209_861
BEGROOT_RESULTAAT = (84_310, -412_650)            # primitief, na wijziging


def tot(key, i):
    return sum(p[key][i] for p in PROGRAMMAS)


def res_tot(p, kind, i):
    return sum(x[1 + i] for x in p[kind])


for p in PROGRAMMAS:
    p["saldo"] = tuple(p["baten"][i] - p["lasten"][i] for i in range(3))
    p["toevt"] = tuple(res_tot(p, "toev", i) for i in range(3))
    p["onttt"] = tuple(res_tot(p, "ontt", i) for i in range(3))
    p["resultaat"] = tuple(p["saldo"][i] - p["toevt"][i] + p["onttt"][i] for i in range(3))
    # difference analysis: explained items + remainder must equal the table difference
    dl = p["lasten"][1] - p["lasten"][2]
    db = p["baten"][2] - p["baten"][1]
    p["rest_L"] = dl - sum(a for k, a, _ in p["analyse"] if k == "L")
    p["rest_B"] = db - sum(a for k, a, _ in p["analyse"] if k == "B")
    assert abs(p["rest_L"]) < 60_000, (p["naam"], p["rest_L"])
    assert abs(p["rest_B"]) < 60_000, (p["naam"], p["rest_B"])

# compute the AU for primitief and na wijziging so the begroting shows the set result
other_baten = [sum(v[i] for n, v in ADM if v) for i in range(3)]
AU = [0, 0, AU_REAL]
for i in range(2):
    saldo_excl_au = (sum(p["saldo"][i] for p in PROGRAMMAS) + other_baten[i] - ADM_LASTEN[i]
                     + OVERHEAD["baten"][i] - OVERHEAD["lasten"][i] - ONVOORZIEN[i])
    mut = sum(p["onttt"][i] - p["toevt"][i] for p in PROGRAMMAS)
    AU[i] = BEGROOT_RESULTAAT[i] - saldo_excl_au - mut
AU = tuple(AU)
ADM[1] = ("Algemene uitkering gemeentefonds", AU)
ADM_BATEN = tuple(sum(v[i] for _, v in ADM) for i in range(3))

SALDO_BL = tuple(sum(p["saldo"][i] for p in PROGRAMMAS) + ADM_BATEN[i] - ADM_LASTEN[i]
                 + OVERHEAD["baten"][i] - OVERHEAD["lasten"][i] - ONVOORZIEN[i] for i in range(3))
TOEV = tuple(sum(p["toevt"][i] for p in PROGRAMMAS) for i in range(3))
ONTT = tuple(sum(p["onttt"][i] for p in PROGRAMMAS) for i in range(3))
RESULTAAT = tuple(SALDO_BL[i] - TOEV[i] + ONTT[i] for i in range(3))
assert RESULTAAT[0] == BEGROOT_RESULTAAT[0] and RESULTAAT[1] == BEGROOT_RESULTAAT[1]
R = RESULTAAT[2]
assert 800_000 < R < 2_500_000, R
assert TOEV[2] == sum(r["toev"] for r in RES.values())
assert ONTT[2] == sum(r["ontt"] for r in RES.values())
TOTAAL_LASTEN = tuple(tot("lasten", i) + ADM_LASTEN[i] + OVERHEAD["lasten"][i] + ONVOORZIEN[i] for i in range(3))
TOTAAL_BATEN = tuple(tot("baten", i) + ADM_BATEN[i] + OVERHEAD["baten"][i] for i in range(3))
assert all(TOTAAL_BATEN[i] - TOTAAL_LASTEN[i] == SALDO_BL[i] for i in range(3))

# Resultaatbestemming 2025
BESTEMMING = [
    ("Overheveling budget raadsinformatiesysteem naar 2026", 48_000),
    ("Toevoeging aan de reserve sociaal domein", 500_000),
    ("Toevoeging aan de algemene reserve (restant)", None),
]
BESTEMMING[2] = (BESTEMMING[2][0], R - 48_000 - 500_000)
assert sum(a for _, a in BESTEMMING) == R and BESTEMMING[2][1] > 0

# Investeringskredieten
KREDIETEN = [
    # naam, programma, krediet, t/m 2024, 2025, status
    ("Kindcentrum Noorderlicht", 4, 9_850_000, 6_112_470, 3_561_208, "Afsluiten"),
    ("Reconstructie Molenweg", 3, 2_400_000, 184_300, 96_120, "Loopt door"),
    ("Vervanging riolering Oostwijk fase 2", 6, 1_780_000, 0, 1_214_690, "Loopt door"),
    ("Ombouw openbare verlichting naar led", 3, 1_150_000, 640_000, 548_210, "Afsluiten"),
    ("Fietspad Zandweg", 3, 1_320_000, 212_000, 1_085_440, "Afsluiten"),
    ("Vervanging kunstgrasveld sportpark De Hoorn", 4, 465_000, 0, 489_730, "Afsluiten"),
    ("Zonnepanelen gemeentehuis en sporthal", 4, 380_000, 0, 126_440, "Loopt door"),
    ("Vervanging ICT-werkplekken", 1, 540_000, 0, 402_118, "Loopt door"),
    ("Vervanging voertuigen buitendienst", 3, 310_000, 0, 0, "Nog niet gestart"),
]
KRED_ROWS = []
for naam, prog, k, t24, u25, st in KREDIETEN:
    tm = t24 + u25
    KRED_ROWS.append((naam, prog, k, t24, u25, tm, k - tm, st))
KRED_TOT = tuple(sum(r[i] for r in KRED_ROWS) for i in (2, 3, 4, 5, 6))
assert KRED_TOT[3] == KRED_TOT[1] + KRED_TOT[2] and KRED_TOT[4] == KRED_TOT[0] - KRED_TOT[3]

# Balans (x € 1.000)
def k1000(x):
    return int(round(x / 1000.0))


AR_EIND = RES["AR"]["eind"]
BR_EIND = sum(r["eind"] for k, r in RES.items() if k != "AR")
AR_2024 = RES["AR"]["begin"] - BESTEMMING_2024["AR"]
BR_2024 = sum(r["begin"] for k, r in RES.items() if k != "AR") - BESTEMMING_2024["RSD"]
EV = {
    2025: [("Algemene reserve", k1000(AR_EIND)), ("Bestemmingsreserves", k1000(BR_EIND)),
           ("Gerealiseerd resultaat", k1000(R))],
    2024: [("Algemene reserve", k1000(AR_2024)), ("Bestemmingsreserves", k1000(BR_2024)),
           ("Gerealiseerd resultaat", k1000(RESULTAAT_2024))],
}
ACTIVA = {
    2025: [("Immateriële vaste activa", 412), ("Materiële vaste activa", 98_614), ("Financiële vaste activa", 6_318),
           ("Voorraden (bouwgronden in exploitatie)", 7_842), ("Uitzettingen korter dan één jaar", 9_116),
           ("Liquide middelen", 1_207), ("Overlopende activa", 4_035)],
    2024: [("Immateriële vaste activa", 455), ("Materiële vaste activa", 94_207), ("Financiële vaste activa", 6_502),
           ("Voorraden (bouwgronden in exploitatie)", 8_915), ("Uitzettingen korter dan één jaar", 8_440),
           ("Liquide middelen", 2_386), ("Overlopende activa", 3_612)],
}
VOORZ = {2025: 8_941, 2024: 8_402}
NVS = {2025: 7_812, 2024: 9_104}
OVP = {2025: 5_216, 2024: 4_877}
BAL = {}
for y in (2025, 2024):
    a = ACTIVA[y]
    vaste = sum(v for _, v in a[:3])
    vlot = sum(v for _, v in a[3:])
    tot_a = vaste + vlot
    ev = sum(v for _, v in EV[y])
    vlot_p = NVS[y] + OVP[y]
    vaste_schulden = tot_a - ev - VOORZ[y] - vlot_p
    assert vaste_schulden > 0
    vaste_p = ev + VOORZ[y] + vaste_schulden
    assert vaste_p + vlot_p == tot_a
    BAL[y] = dict(vaste=vaste, vlot=vlot, tot=tot_a, ev=ev, vs=vaste_schulden, vaste_p=vaste_p, vlot_p=vlot_p)
# eigen vermogen 1-1-2025 in euros must equal reserves stand 1-1 (after bestemming 2024)
assert AR_2024 + BR_2024 + RESULTAAT_2024 == sum(r["begin"] for r in RES.values())

SOLV = {y: round(100.0 * BAL[y]["ev"] / BAL[y]["tot"], 1) for y in (2025, 2024)}
# netto schuldquote = (vaste schulden + vlottende passiva - uitzettingen<1jr - liquide - overlopende activa) / totale baten
def nsq(y, baten):
    a = dict(ACTIVA[y])
    ns = BAL[y]["vs"] + NVS[y] + OVP[y] - a["Uitzettingen korter dan één jaar"] - a["Liquide middelen"] - a["Overlopende activa"]
    return round(100.0 * ns * 1000 / baten, 1)


NSQ = {2025: nsq(2025, TOTAAL_BATEN[2] + ONTT[2]), 2024: 71.8}


def pct(x):
    return f"{x:.1f}".replace(".", ",") + "%"


# ---------------------------------------------------------------- html
CSS = """
@page {
  size: A4 portrait;
  margin: 20mm 16mm 17mm 16mm;
  @top-left { content: "Gemeente Stellingmoer"; font: 8pt 'Liberation Sans', sans-serif; color: #4b6b55; }
  @top-right { content: "Jaarstukken 2025"; font: 8pt 'Liberation Sans', sans-serif; color: #4b6b55; }
  @bottom-right { content: "Pagina " counter(page); font: 8pt 'Liberation Sans', sans-serif; color: #444; }
}
@page :first { @top-left { content: none; } @top-right { content: none; } @bottom-right { content: none; } }
@page breed {
  size: A4 landscape;
  margin: 20mm 17mm 18mm 17mm;
  @top-left { content: "Gemeente Stellingmoer"; font: 8pt 'Liberation Sans', sans-serif; color: #4b6b55; }
  @top-right { content: "Jaarstukken 2025"; font: 8pt 'Liberation Sans', sans-serif; color: #4b6b55; }
  @bottom-right { content: "Pagina " counter(page); font: 8pt 'Liberation Sans', sans-serif; color: #444; }
}
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.2pt; line-height: 1.3; color: #1d1d1d; }
h1 { font-size: 17pt; color: #2f5d3a; margin: 0 0 8pt 0; }
h2 { font-size: 12.5pt; color: #2f5d3a; margin: 12pt 0 5pt 0; border-bottom: 1px solid #2f5d3a; }
h3 { font-size: 10.5pt; color: #2f5d3a; margin: 9pt 0 3pt 0; }
p { margin: 3pt 0 5pt 0; }
ul { margin: 2pt 0 5pt 0; padding-left: 16pt; }
li { margin-bottom: 2pt; }
table { border-collapse: collapse; width: 100%; margin: 3pt 0 5pt 0; font-size: 8.5pt; break-inside: avoid; }
h2, h3, .caption { break-after: avoid; }
th { background: #dfe9e1; text-align: right; padding: 2.5pt 4pt; font-weight: bold; vertical-align: bottom; }
th.l, td.l { text-align: left; }
td { padding: 2pt 4pt; text-align: right; border-bottom: 0.5pt solid #c8d3ca; white-space: nowrap; }
td.l { white-space: normal; }
tr.tot td { font-weight: bold; border-top: 1pt solid #2f5d3a; }
td.c, th.c { text-align: center; }
.caption { font-size: 8.6pt; font-weight: bold; color: #2f5d3a; margin-top: 8pt; }
.note { font-size: 8pt; color: #444; }
.pb { break-before: page; }
.landscape { page: breed; }
.cover { height: 240mm; position: relative; }
.cover .band { background: #2f5d3a; color: white; padding: 40mm 14mm 16mm 14mm; }
.cover .band .t1 { font-size: 30pt; font-weight: bold; }
.cover .band .t2 { font-size: 15pt; margin-top: 6pt; }
.cover .meta { margin-top: 20mm; font-size: 10.5pt; padding-left: 14mm; }
.toc td { text-align: left; border: none; padding: 1pt 4pt; font-size: 9.6pt; }
.toc td.n { text-align: right; }
.kader { border: 1pt solid #2f5d3a; padding: 5pt 8pt; margin: 6pt 0; background: #f3f7f4; }
"""


def row(cells, cls=""):
    out = [f"<tr{' class=' + repr(cls) if cls else ''}>".replace("'", '"')]
    for i, c in enumerate(cells):
        if i == 0:
            out.append(f'<td class="l">{e(c)}</td>')
        elif isinstance(c, tuple):
            out.append(f'<td class="{c[1]}">{e(c[0])}</td>')
        else:
            out.append(f"<td>{e(c)}</td>")
    out.append("</tr>")
    return "".join(out)


def kosten_tabel(p):
    h = ['<div class="caption">Tabel 2.%d Wat heeft het gekost? Programma %d %s (bedragen in euro\'s)</div>' % (p["nr"], p["nr"], e(p["naam"]))]
    h.append("<table><tr><th class=\"l\">Omschrijving</th><th>Begroting primitief 2025</th><th>Begroting na wijziging 2025</th>"
             "<th>Realisatie 2025</th><th>Verschil</th><th class=\"c\">V/N</th></tr>")

    def line(label, v, sign, cls="", fmt=par):
        # sign: +1 when higher realisation is favourable (baten/onttrekking/saldo), -1 for lasten/toevoeging
        d = (v[2] - v[1]) * sign
        return row([label, fmt(v[0]), fmt(v[1]), fmt(v[2]), par(d), (vn(d), "c")], cls)

    h.append(line("Lasten", p["lasten"], -1))
    h.append(line("Baten", p["baten"], +1))
    h.append(line("Saldo van baten en lasten", p["saldo"], +1, "tot"))
    h.append(line("Toevoeging aan reserves", p["toevt"], -1))
    h.append(line("Onttrekking aan reserves", p["onttt"], +1))
    h.append(line("Resultaat programma", p["resultaat"], +1, "tot"))
    h.append("</table>")
    return "\n".join(h)


def programma_html(p):
    h = [f'<h2>Programma {p["nr"]}. {e(p["naam"])}</h2>', "<h3>Wat hebben we bereikt?</h3>", "<ul>"]
    h += [f"<li>{e(b)}</li>" for b in p["bereikt"]]
    h.append("</ul>")
    if p["indicatoren"]:
        h.append('<div class="caption">Beleidsindicatoren (bron: waarstaatjegemeente.nl)</div>')
        h.append('<table><tr><th class="l">Indicator</th><th class="l">Eenheid</th><th class="c">Jaar</th>'
                 f'<th>{GEM}</th><th>Nederland</th><th class="l">Bron</th></tr>')
        for ind, eenh, jaar, v, nlv, bron in p["indicatoren"]:
            h.append(row([ind, (eenh, "l"), (jaar, "c"), v, nlv, (bron, "l")]))
        h.append("</table>")
    h.append(kosten_tabel(p))
    h.append("<h3>Analyse van de belangrijkste verschillen</h3>")
    dl = p["lasten"][1] - p["lasten"][2]
    db = p["baten"][2] - p["baten"][1]
    h.append(f"<p>De lasten zijn {eur(abs(dl))} {'lager' if dl > 0 else 'hoger'} dan in de gewijzigde begroting "
             f"({'voordeel' if dl > 0 else 'nadeel'}); de baten zijn {eur(abs(db))} {'hoger' if db > 0 else 'lager'} "
             f"({'voordeel' if db > 0 else 'nadeel'}). De belangrijkste oorzaken:</p><ul>")
    for k, a, t in p["analyse"]:
        h.append(f"<li>{e(t)}</li>")
    rl, rb = p["rest_L"], p["rest_B"]
    h.append(f"<li>Overige kleine verschillen lasten: per saldo een {'voordeel' if rl >= 0 else 'nadeel'} van {eur(abs(rl))}; "
             f"overige kleine verschillen baten: per saldo een {'voordeel' if rb >= 0 else 'nadeel'} van {eur(abs(rb))}.</li>")
    h.append("</ul>")
    return "\n".join(h)


def build():
    P = {p["nr"]: p for p in PROGRAMMAS}
    out = ["<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Jaarstukken 2025 - Gemeente Stellingmoer</title>",
           f"<style>{CSS}</style></head><body>"]
    # cover
    out.append('<div class="cover"><div class="band"><div class="t1">Jaarstukken 2025</div>'
               '<div class="t2">Jaarverslag en jaarrekening<br>Gemeente Stellingmoer</div></div>'
               '<div class="meta">Aangeboden aan de gemeenteraad op 12 mei 2026<br>Vastgesteld door de raad op 30 juni 2026<br><br>'
               'Gemeente Stellingmoer<br>Raadhuisplein 1<br>Postbus 40<br>7914 AB Stellingmoer</div></div>')
    # inhoud + inleiding
    out.append('<div class="pb"><h1>Inhoud</h1><table class="toc">')
    toc = [("1", "Inleiding en resultaat in één oogopslag"), ("2", "Programmaverantwoording")]
    toc += [(f"2.{p['nr']}", f"Programma {p['nr']} {p['naam']}") for p in PROGRAMMAS]
    toc += [("3", "Algemene dekkingsmiddelen, overhead en onvoorzien"), ("4", "Overzicht van baten en lasten"),
            ("5", "Reserves en weerstandsvermogen"), ("6", "Rekeningresultaat en voorstel resultaatbestemming"),
            ("7", "Investeringskredieten"), ("8", "Balans en financiële kengetallen")]
    for n, t in toc:
        out.append(f"<tr><td>{n}</td><td>{e(t)}</td></tr>")
    out.append("</table>")
    out.append("<h2>1. Inleiding en resultaat in één oogopslag</h2>")
    out.append(f"<p>Hierbij bieden wij u de jaarstukken 2025 aan. Daarin leggen wij verantwoording af over wat wij in 2025 hebben bereikt en wat dat heeft gekost. "
               f"De jaarrekening 2025 sluit met een positief resultaat van {eur(R)}. In de gewijzigde begroting gingen wij nog uit van een tekort van "
               f"{eur(-BEGROOT_RESULTAAT[1])}. Het verschil van {eur(R - BEGROOT_RESULTAAT[1])} is voor een groot deel incidenteel.</p>")
    out.append("<p>Het jaar stond in het teken van de stijgende kosten in het sociaal domein. Vooral jeugdhulp met verblijf en de Wmo-huishoudelijke hulp vielen "
               "opnieuw hoger uit dan begroot. Daar stonden een hogere algemene uitkering uit het gemeentefonds, lagere uitgaven voor het onderhoud van wegen "
               "(uitstel Molenweg) en lagere energiekosten voor de openbare verlichting tegenover.</p>")
    out.append('<div class="kader"><b>2025 in cijfers</b><ul>'
               f"<li>Inwoners op 31 december 2025: 31.846 (1 januari 2025: 31.512)</li>"
               f"<li>Woningvoorraad op 31 december 2025: 13.912</li>"
               f"<li>Totale lasten: {eur(TOTAAL_LASTEN[2])}; totale baten: {eur(TOTAAL_BATEN[2])}</li>"
               f"<li>Geïnvesteerd in 2025: {eur(KRED_TOT[2])}</li>"
               f"<li>Rekeningresultaat: {eur(R)} positief</li></ul></div>")
    out.append("<p>Het college stelt voor het resultaat als volgt te bestemmen: een bedrag van € 48.000 over te hevelen naar 2026 voor het raadsinformatiesysteem, "
               "€ 500.000 toe te voegen aan de reserve sociaal domein en het restant toe te voegen aan de algemene reserve (zie hoofdstuk 6).</p>")
    out.append("</div>")
    # programmes
    out.append('<div class="pb"><h1>2. Programmaverantwoording</h1>'
               "<p>Per programma beschrijven wij wat wij hebben bereikt, hoe de beleidsindicatoren zich ontwikkelen en wat het heeft gekost. "
               "In de tabellen zijn nadelige saldi tussen haakjes weergegeven. In de kolom Verschil betekent een bedrag tussen haakjes een nadeel (N) "
               "ten opzichte van de begroting na wijziging.</p>")
    for i, p in enumerate(PROGRAMMAS):
        cls = ' class="pb"' if p["nr"] in (5,) else ""
        out.append(f"<div{cls}>{programma_html(p)}</div>")
    out.append("</div>")
    # algemene dekkingsmiddelen
    out.append('<div class="pb"><h1>3. Algemene dekkingsmiddelen, overhead en onvoorzien</h1>')
    out.append("<p>Algemene dekkingsmiddelen zijn inkomsten die de gemeente vrij kan besteden. De belangrijkste zijn de algemene uitkering uit het gemeentefonds "
               "en de onroerendezaakbelastingen (OZB).</p>")
    out.append('<div class="caption">Tabel 3.1 Algemene dekkingsmiddelen (bedragen in euro\'s)</div>')
    out.append("<table><tr><th class=\"l\">Omschrijving</th><th>Begroting primitief 2025</th><th>Begroting na wijziging 2025</th>"
               "<th>Realisatie 2025</th><th>Verschil</th><th class=\"c\">V/N</th></tr>")
    for n, v in ADM:
        d = v[2] - v[1]
        out.append(row([n, par(v[0]), par(v[1]), par(v[2]), par(d), (vn(d), "c")]))
    d = ADM_BATEN[2] - ADM_BATEN[1]
    out.append(row(["Totaal baten algemene dekkingsmiddelen", par(ADM_BATEN[0]), par(ADM_BATEN[1]), par(ADM_BATEN[2]), par(d), (vn(d), "c")], "tot"))
    d = ADM_LASTEN[1] - ADM_LASTEN[2]
    out.append(row(["Lasten heffing en invordering belastingen", par(ADM_LASTEN[0]), par(ADM_LASTEN[1]), par(ADM_LASTEN[2]), par(d), (vn(d), "c")]))
    out.append("</table>")
    au_d = AU[2] - AU[1]
    out.append(f"<p>De algemene uitkering viel {eur(au_d)} hoger uit dan in de gewijzigde begroting. Dit komt door de decembercirculaire 2025, "
               "waarin het Rijk onder meer de loon- en prijscompensatie over 2025 heeft verhoogd. De OZB-opbrengst was "
               f"{eur(ADM[0][1][2] - ADM[0][1][1])} hoger door minder bezwaarschriften en meer nieuwbouw.</p>")
    out.append('<div class="caption">Tabel 3.2 Overhead en onvoorzien (bedragen in euro\'s)</div>')
    out.append("<table><tr><th class=\"l\">Omschrijving</th><th>Begroting primitief 2025</th><th>Begroting na wijziging 2025</th>"
               "<th>Realisatie 2025</th><th>Verschil</th><th class=\"c\">V/N</th></tr>")
    d = OVERHEAD["lasten"][1] - OVERHEAD["lasten"][2]
    out.append(row(["Lasten overhead", *[par(x) for x in OVERHEAD["lasten"]], par(d), (vn(d), "c")]))
    d = OVERHEAD["baten"][2] - OVERHEAD["baten"][1]
    out.append(row(["Baten overhead", *[par(x) for x in OVERHEAD["baten"]], par(d), (vn(d), "c")]))
    d = ONVOORZIEN[1] - ONVOORZIEN[2]
    out.append(row(["Post onvoorzien", *[par(x) for x in ONVOORZIEN], par(d), (vn(d), "c")]))
    out.append("</table>")
    out.append("<p>Van de post onvoorzien (primitief € 100.000) is in de loop van het jaar € 62.000 ingezet voor de opvang van ontheemden uit Oekraïne; "
               "dit bedrag is via een begrotingswijziging naar programma 5 overgebracht. Het restant van € 38.000 is niet gebruikt.</p>")
    # overzicht baten en lasten
    out.append('<h1 class="pb">4. Overzicht van baten en lasten</h1>')
    out.append("<p>In dit overzicht staan de saldi per programma. Negatieve bedragen (nadelige saldi) zijn weergegeven met -/-.</p>")
    out.append('<div class="caption">Tabel 4.1 Overzicht van baten en lasten 2025 (bedragen in euro\'s)</div>')
    out.append("<table><tr><th class=\"l\">Saldo per onderdeel</th><th>Begroting primitief 2025</th><th>Begroting na wijziging 2025</th>"
               "<th>Realisatie 2025</th><th>Verschil</th></tr>")
    for p in PROGRAMMAS:
        s = p["saldo"]
        out.append(row([f"Programma {p['nr']} {p['naam']}", mm(s[0]), mm(s[1]), mm(s[2]), mm(s[2] - s[1])]))
    adm_s = tuple(ADM_BATEN[i] - ADM_LASTEN[i] for i in range(3))
    out.append(row(["Algemene dekkingsmiddelen", mm(adm_s[0]), mm(adm_s[1]), mm(adm_s[2]), mm(adm_s[2] - adm_s[1])]))
    ov_s = tuple(OVERHEAD["baten"][i] - OVERHEAD["lasten"][i] for i in range(3))
    out.append(row(["Overhead", mm(ov_s[0]), mm(ov_s[1]), mm(ov_s[2]), mm(ov_s[2] - ov_s[1])]))
    out.append(row(["Onvoorzien", mm(-ONVOORZIEN[0]), mm(-ONVOORZIEN[1]), mm(-ONVOORZIEN[2]), mm(ONVOORZIEN[1] - ONVOORZIEN[2])]))
    out.append(row(["Totaal saldo van baten en lasten", mm(SALDO_BL[0]), mm(SALDO_BL[1]), mm(SALDO_BL[2]), mm(SALDO_BL[2] - SALDO_BL[1])], "tot"))
    out.append(row(["Toevoegingen aan reserves", mm(-TOEV[0]), mm(-TOEV[1]), mm(-TOEV[2]), mm(TOEV[1] - TOEV[2])]))
    out.append(row(["Onttrekkingen aan reserves", mm(ONTT[0]), mm(ONTT[1]), mm(ONTT[2]), mm(ONTT[2] - ONTT[1])]))
    out.append(row(["Gerealiseerd resultaat", mm(RESULTAAT[0]), mm(RESULTAAT[1]), mm(RESULTAAT[2]), mm(RESULTAAT[2] - RESULTAAT[1])], "tot"))
    out.append("</table>")
    out.append(f"<p class=\"note\">Totale lasten 2025: {eur(TOTAAL_LASTEN[2])} (begroting na wijziging {eur(TOTAAL_LASTEN[1])}). "
               f"Totale baten 2025: {eur(TOTAAL_BATEN[2])} (begroting na wijziging {eur(TOTAAL_BATEN[1])}).</p>")
    out.append("</div>")
    # reserves
    out.append('<div class="pb"><h1>5. Reserves en weerstandsvermogen</h1>')
    out.append("<p>De stand per 1 januari 2025 is inclusief de bestemming van het resultaat 2024, zoals de raad die bij de jaarstukken 2024 heeft vastgesteld "
               f"({eur(BESTEMMING_2024['AR'])} naar de algemene reserve en {eur(BESTEMMING_2024['RSD'])} naar de reserve sociaal domein). "
               "De stand per 31 december 2025 is vóór bestemming van het resultaat 2025.</p>")
    out.append('<div class="caption">Tabel 5.1 Verloop van de reserves in 2025 (bedragen in euro\'s)</div>')
    out.append("<table><tr><th class=\"l\">Reserve</th><th>Stand 1-1-2025</th><th>Toevoeging</th><th>Onttrekking</th><th>Stand 31-12-2025</th></tr>")
    for k, n, b, kd in RESERVES:
        r = RES[k]
        out.append(row([n, nl(r["begin"]), nl(r["toev"]), nl(r["ontt"]), nl(r["eind"])]))
    tb = sum(r["begin"] for r in RES.values())
    te = sum(r["eind"] for r in RES.values())
    assert tb + TOEV[2] - ONTT[2] == te
    out.append(row(["Totaal reserves", nl(tb), nl(TOEV[2]), nl(ONTT[2]), nl(te)], "tot"))
    out.append("</table>")
    out.append("<p>De grootste onttrekking betreft de reserve sociaal domein (€ 1.350.000), waarmee een deel van de hogere kosten voor jeugdhulp is gedekt. "
               "Aan de reserve onderhoud kapitaalgoederen is minder onttrokken dan begroot doordat het onderhoud van de Molenweg is uitgesteld. "
               f"Het overschot op de afvalinzameling van {eur(RES['REA']['toev'])} is toegevoegd aan de reserve egalisatie afvalstoffenheffing; "
               "daarmee kan een stijging van de afvalstoffenheffing in 2026 en 2027 worden beperkt.</p>")
    out.append("<h3>Weerstandsvermogen</h3>")
    out.append(f"<p>De beschikbare weerstandscapaciteit bedraagt {eur(AR_EIND + 2_150_000)}: de algemene reserve ({eur(AR_EIND)}) plus de onbenutte belastingcapaciteit "
               "(€ 2.150.000). De benodigde weerstandscapaciteit op basis van de geïnventariseerde risico's is € 7.420.000. "
               f"De ratio weerstandsvermogen komt daarmee uit op {str(round((AR_EIND + 2_150_000) / 7_420_000, 2)).replace('.', ',')} (waardering: uitstekend).</p>")
    # resultaat
    out.append("<h2>6. Rekeningresultaat en voorstel resultaatbestemming</h2>")
    out.append(f"<p>Het gerealiseerde resultaat over 2025 bedraagt {eur(R)} (voordelig). Wij stellen de raad voor dit resultaat als volgt te bestemmen:</p>")
    out.append('<div class="caption">Tabel 6.1 Voorstel bestemming rekeningresultaat 2025 (bedragen in euro\'s)</div>')
    out.append("<table><tr><th class=\"l\">Bestemming</th><th>Bedrag</th></tr>")
    for n, a in BESTEMMING:
        out.append(row([n, nl(a)]))
    out.append(row(["Totaal rekeningresultaat 2025", nl(R)], "tot"))
    out.append("</table>")
    out.append("<p>Met de toevoeging aan de reserve sociaal domein vullen wij deze reserve deels aan na de grote onttrekking in 2025. "
               "Wij verwachten dat de kosten van jeugdhulp de komende jaren hoog blijven; met de reserve kunnen wij schommelingen opvangen "
               "terwijl de maatregelen uit het plan 'Passende zorg Stellingmoer' effect krijgen.</p>")
    out.append("</div>")
    # investeringen (landscape)
    out.append('<div class="landscape"><h1>7. Investeringskredieten</h1>')
    out.append("<p>Het overzicht toont de lopende kredieten met de uitgaven tot en met 2025. Een overschrijding van het krediet is weergegeven met -/-. "
               "Kredieten met de status 'Afsluiten' worden met deze jaarstukken afgesloten.</p>")
    out.append('<div class="caption">Tabel 7.1 Staat van investeringskredieten per 31 december 2025 (bedragen in euro\'s)</div>')
    out.append("<table><tr><th class=\"l\">Investering</th><th class=\"c\">Programma</th><th>Krediet</th><th>Uitgaven t/m 2024</th>"
               "<th>Uitgaven 2025</th><th>Uitgaven t/m 2025</th><th>Restant krediet</th><th class=\"l\">Status</th></tr>")
    for naam, prog, k, t24, u25, tm, rest, st in KRED_ROWS:
        out.append(row([naam, (str(prog), "c"), nl(k), nl(t24), nl(u25), nl(tm), mm(rest), (st, "l")]))
    out.append(row(["Totaal", ("", "c"), nl(KRED_TOT[0]), nl(KRED_TOT[1]), nl(KRED_TOT[2]), nl(KRED_TOT[3]), mm(KRED_TOT[4]), ("", "l")], "tot"))
    out.append("</table>")
    kc = KRED_ROWS[0]
    out.append("<h3>Toelichting op de af te sluiten kredieten</h3><ul>"
               f"<li>Kindcentrum Noorderlicht: het krediet wordt afgesloten met een onderschrijding van {eur(kc[6])}, vooral door een lagere post onvoorzien bij de aannemer.</li>"
               f"<li>Ombouw openbare verlichting naar led: een overschrijding van {eur(-KRED_ROWS[3][6])} door hogere prijzen van armaturen. De extra kapitaallasten zijn opgevangen binnen programma 3.</li>"
               f"<li>Vervanging kunstgrasveld sportpark De Hoorn: een overschrijding van {eur(-KRED_ROWS[5][6])}, omdat op verzoek van de vereniging een milieuvriendelijker kurkinstrooisel is toegepast in plaats van rubbergranulaat.</li>"
               f"<li>Fietspad Zandweg: een onderschrijding van {eur(KRED_ROWS[4][6])}.</li></ul>")
    out.append("</div>")
    # balans
    out.append('<div><h1>8. Balans en financiële kengetallen</h1>')
    out.append('<div class="caption">Tabel 8.1 Balans per 31 december (bedragen x € 1.000)</div>')
    out.append("<table><tr><th class=\"l\">Activa</th><th>31-12-2025</th><th>31-12-2024</th></tr>")
    for i, (n, v) in enumerate(ACTIVA[2025]):
        out.append(row([n, nl(v), nl(ACTIVA[2024][i][1])]))
        if i == 2:
            out.append(row(["Totaal vaste activa", nl(BAL[2025]["vaste"]), nl(BAL[2024]["vaste"])], "tot"))
    out.append(row(["Totaal vlottende activa", nl(BAL[2025]["vlot"]), nl(BAL[2024]["vlot"])], "tot"))
    out.append(row(["Totaal activa", nl(BAL[2025]["tot"]), nl(BAL[2024]["tot"])], "tot"))
    out.append("</table>")
    out.append("<table><tr><th class=\"l\">Passiva</th><th>31-12-2025</th><th>31-12-2024</th></tr>")
    for i, (n, v) in enumerate(EV[2025]):
        out.append(row([n, nl(v), nl(EV[2024][i][1])]))
    out.append(row(["Eigen vermogen", nl(BAL[2025]["ev"]), nl(BAL[2024]["ev"])], "tot"))
    out.append(row(["Voorzieningen", nl(VOORZ[2025]), nl(VOORZ[2024])]))
    out.append(row(["Vaste schulden met een looptijd van één jaar of langer", nl(BAL[2025]["vs"]), nl(BAL[2024]["vs"])]))
    out.append(row(["Totaal vaste passiva", nl(BAL[2025]["vaste_p"]), nl(BAL[2024]["vaste_p"])], "tot"))
    out.append(row(["Netto vlottende schulden", nl(NVS[2025]), nl(NVS[2024])]))
    out.append(row(["Overlopende passiva", nl(OVP[2025]), nl(OVP[2024])]))
    out.append(row(["Totaal vlottende passiva", nl(BAL[2025]["vlot_p"]), nl(BAL[2024]["vlot_p"])], "tot"))
    out.append(row(["Totaal passiva", nl(BAL[2025]["tot"]), nl(BAL[2024]["tot"])], "tot"))
    out.append("</table>")
    out.append(f"<p>Het balanstotaal steeg met {eur((BAL[2025]['tot'] - BAL[2024]['tot']) * 1000)}, vooral door de investeringen in Kindcentrum Noorderlicht "
               "en de riolering. In 2025 is een nieuwe lening van € 6.000.000 aangetrokken bij de BNG Bank met een looptijd van 25 jaar tegen 3,12% rente.</p>")
    out.append('<div class="caption">Tabel 8.2 Financiële kengetallen</div>')
    out.append("<table><tr><th class=\"l\">Kengetal</th><th>Rekening 2024</th><th>Begroting 2025</th><th>Rekening 2025</th></tr>")
    out.append(row(["Netto schuldquote", pct(NSQ[2024]), "74,0%", pct(NSQ[2025])]))
    out.append(row(["Solvabiliteitsratio", pct(SOLV[2024]), "21,5%", pct(SOLV[2025])]))
    out.append(row(["Grondexploitatie", "8,9%", "7,1%", "6,8%"]))
    out.append(row(["Structurele exploitatieruimte", "1,2%", "0,3%", "0,9%"]))
    out.append(row(["Belastingcapaciteit", "96,4%", "97,0%", "97,1%"]))
    out.append("</table>")
    out.append("<p class=\"note\">Solvabiliteitsratio = eigen vermogen als percentage van het balanstotaal. Netto schuldquote = netto schuld als percentage van de totale baten (inclusief onttrekkingen aan reserves).</p>")
    out.append("</div></body></html>")
    return "\n".join(out)


def main():
    doc = build()
    with open(HTML_OUT, "w", encoding="utf-8") as f:
        f.write(doc)
    os.makedirs(CORPUS, exist_ok=True)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={PDF_OUT}", "file://" + HTML_OUT], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print("resultaat", R, "AU", AU, "saldo", SALDO_BL, "toev", TOEV, "ontt", ONTT)
    print("lasten", TOTAAL_LASTEN, "baten", TOTAAL_BATEN)
    print("balans", BAL, "solv", SOLV, "nsq", NSQ)
    print("kred", KRED_TOT)
    for p in PROGRAMMAS:
        print(p["nr"], p["saldo"], p["resultaat"], p["rest_L"], p["rest_B"])


if __name__ == "__main__":
    main()
