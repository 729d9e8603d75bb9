"""Generate corpus/hallerbroek-jaarstukken-2026.txt: a plain-text export (UTF-8) of the
fictional 'Jaarstukken 2026' of gemeente Hallerbroek. Deterministic; all totals are computed
and checked here. Pages are separated by form feeds and carry a repeated header and footer.
"""
import os

from fmt import check, nl, nz, vn

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, "..", "corpus"))
OUT = os.path.join(CORPUS, "hallerbroek-jaarstukken-2026.txt")
NPAGES = 18

# ---------------------------------------------------------------- data (x € 1.000)
# taakvelden: code, name, realisatie 2026 lasten, baten; grouped per programme
PROGRAMMES = [
    ("1", "Bestuur en dienstverlening", [
        ("0.1", "Bestuur", 2184, 46),
        ("0.2", "Burgerzaken", 1372, 618),
    ]),
    ("2", "Veiligheid en milieu", [
        ("1.1", "Crisisbeheersing en brandweer", 2947, 12),
        ("1.2", "Openbare orde en veiligheid", 1106, 88),
        ("7.3", "Afval", 4812, 5934),
        ("7.4", "Milieubeheer", 1263, 147),
    ]),
    ("3", "Wonen en ruimte", [
        ("7.5", "Begraafplaatsen en crematoria", 512, 468),
        ("8.1", "Ruimtelijke ordening", 1488, 311),
        ("8.2", "Grondexploitatie (niet-bedrijventerreinen)", 3205, 3611),
        ("8.3", "Wonen en bouwen", 1736, 1024),
    ]),
    ("4", "Bereikbaarheid en openbare ruimte", [
        ("2.1", "Verkeer, wegen en water", 5318, 276),
        ("5.7", "Openbaar groen en (openlucht) recreatie", 3094, 59),
        ("7.2", "Riolering", 3877, 4521),
    ]),
    ("5", "Economie, sport en cultuur", [
        ("3.1", "Economische ontwikkeling", 418, 12),
        ("3.4", "Economische promotie", 236, 301),
        ("5.1", "Sportbeleid en activering", 842, 19),
        ("5.2", "Sportaccommodaties", 2613, 967),
        ("5.6", "Media", 1094, 0),
    ]),
    ("6", "Onderwijs en jeugd", [
        ("4.2", "Onderwijshuisvesting", 2386, 104),
        ("4.3", "Onderwijsbeleid en leerlingzaken", 1519, 388),
        ("6.72", "Maatwerkdienstverlening 18-", 4968, 0),
        ("6.82", "Geëscaleerde zorg 18-", 3277, 0),
    ]),
    ("7", "Zorg en participatie", [
        ("6.1", "Samenkracht en burgerparticipatie", 2741, 206),
        ("6.2", "Toegang en eerstelijnsvoorzieningen", 2355, 0),
        ("6.3", "Inkomensregelingen", 9864, 7712),
        ("6.4", "WSW en beschut werk", 3127, 0),
        ("6.5", "Arbeidsparticipatie", 1436, 95),
        ("6.6", "Maatwerkvoorzieningen (WMO)", 1281, 64),
        ("6.71", "Maatwerkdienstverlening 18+", 5792, 338),
        ("7.1", "Volksgezondheid", 1903, 0),
    ]),
]
ALG = ("Algemene dekkingsmiddelen", [
    ("0.5", "Treasury", 215, 612),
    ("0.61", "OZB woningen", 284, 5486),
    ("0.62", "OZB niet-woningen", 0, 2913),
    ("0.64", "Belastingen overig", 31, 388),
    ("0.7", "Algemene uitkering en overige uitkeringen gemeentefonds", 0, 52451),
    ("0.8", "Overige baten en lasten", 402, 57),
    ("0.9", "Vennootschapsbelasting (VpB)", 18, 0),
])
OVERHEAD = ("Overhead", [("0.4", "Overhead", 9816, 402)])

# begroting na wijziging minus realisatie (lasten), realisatie minus na wijziging (baten)
# -> per programme: (delta_lasten_nw = nw - real, delta_baten = real - nw, wijz_l, wijz_b)
#    wijz = na wijziging - primitief
DELTAS = {
    "1": (212, -31, 140, 20),
    "2": (-174, 236, 95, 110),
    "3": (388, -420, 610, 700),
    "4": (527, 62, 300, 0),
    "5": (96, -48, 45, 30),
    "6": (-1362, 18, 1150, 0),
    "7": (-618, 445, 1890, 980),
    "Algemene dekkingsmiddelen": (41, 1506, 0, 2210),
    "Overhead": (404, 37, 260, 0),
}

# reserves: name, stand 1-1, resultaatbestemming 2025, toevoegingen, onttrekkingen (x € 1.000)
RESULTAAT_2025 = 1118
RESERVES = [
    ("Algemene reserve", 14382, 1118, 0, 650),
    ("Reserve sociaal domein", 3205, 0, 0, 1140),
    ("Reserve onderhoud accommodaties", 2486, 0, 600, 412),
    ("Reserve dekking kapitaallasten", 6930, 0, 0, 385),
    ("Reserve duurzaamheid en energietransitie", 1150, 0, 400, 275),
    ("Reserve grondexploitatie", 2040, 0, 310, 0),
]
# begrote mutaties reserves (primitief, na wijziging): toevoegingen, onttrekkingen
RES_BEGR = {"prim": (1100, 1968), "nw": (1310, 2076)}

VOORZIENINGEN = [
    ("Voorziening pensioenen wethouders", 3412, 286, 198),
    ("Voorziening groot onderhoud gebouwen", 2118, 940, 1205),
    ("Voorziening egalisatie riolering", 4260, 512, 0),
    ("Voorziening afvalstoffenheffing", 735, 0, 164),
]

# balans x € 1.000: (31-12-2026, 31-12-2025)
ACTIVA = [
    ("Immateriële vaste activa", 312, 348),
    ("Materiële vaste activa", 96415, 93822),
    ("Financiële vaste activa", 4877, 5103),
    ("Voorraden (bouwgronden in exploitatie)", 7266, 7912),
    ("Uitzettingen met een rentetypische looptijd < 1 jaar", 11928, 12541),
    ("Liquide middelen", 1247, 986),
    ("Overlopende activa", 4603, 4188),
]
# passiva: eigen vermogen and voorzieningen computed; others given; last one balancing
PASSIVA_GIVEN = [
    ("Vaste schulden met een rentetypische looptijd > 1 jaar", 52960, 54870),
    ("Netto vlottende schulden met een rentetypische looptijd < 1 jaar", 9834, 9218),
]

# investeringen, whole euros: name, krediet, uitgaven t/m 2025, uitgaven 2026, afsluiten
INVEST = [
    ("Renovatie sporthal De Wielewaal", 2450000, 1186430, 1096115, "ja"),
    ("Vervanging riolering Molenbuurt", 1875000, 0, 1512874, "nee"),
    ("Uitbreiding IKC Hallerbroek-Zuid", 6300000, 2214560, 2871305, "nee"),
    ("Reconstructie Stationsweg", 1400000, 862117, 525391, "ja"),
    ("LED-openbare verlichting fase 2", 615000, 0, 587240, "ja"),
    ("Vervanging tractie buitendienst", 428000, 0, 396812, "ja"),
    ("Fietspad Broekdijk", 980000, 104385, 214670, "nee"),
    ("Duurzaamheidsmaatregelen gemeentehuis", 735000, 311208, 290446, "nee"),
]

# indicatoren: programme -> list of (name, eenheid, streef 2026, real 2026, real 2025)
INDICATORS = {
    "1": [("Klanttevredenheid dienstverlening (rapportcijfer)", "cijfer", "7,5", "7,2", "7,4"),
          ("Aanvragen reisdocumenten binnen 5 werkdagen", "%", "95", "97", "93"),
          ("Formatie (fte per 1.000 inwoners)", "fte", "6,8", "7,1", "6,9")],
    "2": [("Woninginbraken per 1.000 woningen", "aantal", "2,0", "1,6", "2,3"),
          ("Huishoudelijk restafval per inwoner (kg)", "kg", "120", "131", "158"),
          ("Aandeel gescheiden ingezameld afval", "%", "75", "72", "66")],
    "3": [("Opgeleverde nieuwbouwwoningen", "aantal", "220", "184", "201"),
          ("Omgevingsvergunningen binnen wettelijke termijn", "%", "98", "94", "96")],
    "4": [("Wegen in voldoende staat (CROW-niveau B of beter)", "%", "90", "86", "88"),
          ("Meldingen openbare ruimte binnen 5 dagen afgehandeld", "%", "85", "89", "81")],
    "5": [("Niet-sporters (18 jaar en ouder)", "%", "42", "44,5", "45,1"),
          ("Bezoekers bibliotheek", "aantal", "118.000", "124.650", "112.300")],
    "6": [("Jongeren met jeugdhulp", "%", "11,0", "12,4", "11,8"),
          ("Voortijdig schoolverlaters (VSV)", "%", "1,8", "1,5", "1,9"),
          ("Absoluut verzuim per 1.000 leerlingen", "aantal", "1,5", "2,1", "1,7")],
    "7": [("Huishoudens met bijstandsuitkering", "aantal", "610", "587", "622"),
          ("Cliënten met een maatwerkarrangement Wmo", "aantal", "1.450", "1.532", "1.398"),
          ("Re-integratietrajecten gestart", "aantal", "160", "173", "149")],
}

KENGETALLEN = [
    ("Netto schuldquote", "58,4%", "54,9%", "57,2%"),
    ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", "54,1%", "50,6%", "52,8%"),
    ("Solvabiliteitsratio", "24,6%", "26,3%", "25,1%"),
    ("Grondexploitatie", "5,8%", "5,4%", "6,3%"),
    ("Structurele exploitatieruimte", "0,4%", "1,1%", "0,7%"),
    ("Belastingcapaciteit", "104,3%", "104,3%", "101,8%"),
]

WNT = [("S.M. de Kloet", "Gemeentesecretaris", "1/1 - 31/12", "1,0", 138412, 21734),
       ("J.A. Veltkamp", "Griffier", "1/1 - 31/12", "0,89", 96580, 15209)]
WNT_MAX = 262000

# ---------------------------------------------------------------- computation


def programme_rows():
    rows = []
    for code, name, tv in PROGRAMMES:
        rows.append((code, f"Programma {code} {name}", tv))
    rows.append(("Algemene dekkingsmiddelen", "Algemene dekkingsmiddelen", ALG[1]))
    rows.append(("Overhead", "Overhead", OVERHEAD[1]))
    out = []
    for key, label, tv in rows:
        rl = sum(t[2] for t in tv)
        rb = sum(t[3] for t in tv)
        dl, db, wl, wb = DELTAS[key]
        nwl, nwb = rl + dl, rb - db
        pl, pb = nwl - wl, nwb - wb
        out.append(dict(key=key, label=label, tv=tv, pl=pl, pb=pb, nwl=nwl, nwb=nwb,
                        rl=rl, rb=rb))
    return out


P = programme_rows()
TOT = {k: sum(p[k] for p in P) for k in ("pl", "pb", "nwl", "nwb", "rl", "rb")}
RES_TOEV = sum(r[3] for r in RESERVES)
RES_ONTT = sum(r[4] for r in RESERVES)
SALDO = {"p": TOT["pb"] - TOT["pl"], "nw": TOT["nwb"] - TOT["nwl"], "r": TOT["rb"] - TOT["rl"]}
RESULT = {
    "p": SALDO["p"] - RES_BEGR["prim"][0] + RES_BEGR["prim"][1],
    "nw": SALDO["nw"] - RES_BEGR["nw"][0] + RES_BEGR["nw"][1],
    "r": SALDO["r"] - RES_TOEV + RES_ONTT,
}
RES_END = [(n, a, b, c, d, a + b + c - d) for n, a, b, c, d in RESERVES]
VOORZ_END = [(n, a, b, c, a + b - c) for n, a, b, c in VOORZIENINGEN]


def balance():
    reserves_end = sum(r[5] for r in RES_END)
    reserves_begin = sum(r[1] for r in RESERVES)
    ev26 = reserves_end + RESULT["r"]
    ev25 = reserves_begin + RESULTAAT_2025
    vz26 = sum(v[4] for v in VOORZ_END)
    vz25 = sum(v[1] for v in VOORZIENINGEN)
    act26 = sum(a[1] for a in ACTIVA)
    act25 = sum(a[2] for a in ACTIVA)
    given26 = sum(p[1] for p in PASSIVA_GIVEN)
    given25 = sum(p[2] for p in PASSIVA_GIVEN)
    ovp26 = act26 - ev26 - vz26 - given26
    ovp25 = act25 - ev25 - vz25 - given25
    check(ovp26 > 0 and ovp25 > 0, "overlopende passiva must be positive")
    return dict(reserves_end=reserves_end, reserves_begin=reserves_begin, ev26=ev26, ev25=ev25,
                vz26=vz26, vz25=vz25, act26=act26, act25=act25, ovp26=ovp26, ovp25=ovp25)


B = balance()


def checks():
    # taakvelden add up to the totals of the overview
    all_tv = [t for p in P for t in p["tv"]]
    check(sum(t[2] for t in all_tv) == TOT["rl"], "taakveld lasten != totaal")
    check(sum(t[3] for t in all_tv) == TOT["rb"], "taakveld baten != totaal")
    codes = [t[0] for t in all_tv]
    check(len(codes) == len(set(codes)), "duplicate taakveld")
    # reserves statement ties to the overview
    check(RES_END[0][1] + RES_END[0][2] == 15500, "algemene reserve")
    check(RESERVES[0][2] == RESULTAAT_2025, "resultaatbestemming 2025")
    # balance sheet balances
    pas26 = B["ev26"] + B["vz26"] + sum(p[1] for p in PASSIVA_GIVEN) + B["ovp26"]
    pas25 = B["ev25"] + B["vz25"] + sum(p[2] for p in PASSIVA_GIVEN) + B["ovp25"]
    check(pas26 == B["act26"] and pas25 == B["act25"], "balans sluit niet")
    # investments: remaining credit non-negative
    for n, k, a, b, _ in INVEST:
        check(k - a - b >= 0, f"krediet overschreden {n}")
    for w in WNT:
        check(w[4] + w[5] <= WNT_MAX, "WNT max")
    check(900 <= RESULT["r"] <= 3000, f"resultaat {RESULT['r']}")


# ---------------------------------------------------------------- layout helpers
W = 96
TITLE = "Gemeente Hallerbroek  -  Jaarstukken 2026"


def rj(s, w):
    return str(s).rjust(w)


def table(header_lines, rows, widths, first=44):
    """Rows aligned by spaces; header given as list of lists (two lines)."""
    out = []
    for hl in header_lines:
        out.append(hl[0].ljust(first) + "".join(rj(h, w) for h, w in zip(hl[1:], widths)))
    out.append("-" * (first + sum(widths)))
    for r in rows:
        if r is None:
            out.append("-" * (first + sum(widths)))
            continue
        label = r[0]
        if len(label) > first - 1:
            label = label[: first - 1]
        out.append(label.ljust(first) + "".join(rj(c, w) for c, w in zip(r[1:], widths)))
    return out


def wrap(text, width=W):
    words, lines, cur = text.split(), [], ""
    for w in words:
        if len(cur) + len(w) + 1 > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        lines.append(cur)
    return lines


def para(text):
    return wrap(text) + [""]


def mln(x_thousands, dec=1):
    return nl(x_thousands / 1000, dec)


# ---------------------------------------------------------------- pages
def prog_by(key):
    return next(p for p in P if p["key"] == key)


def fin_table(p):
    hdr = [["", "Primitieve", "Begroting na", "Realisatie", "Verschil"],
           ["", "begroting 2026", "wijziging 2026", "2026", "V/N"]]
    sl = lambda k1, k2: p[k2] - p[k1]  # noqa: E731
    rows = [
        ["Lasten", nl(p["pl"]), nl(p["nwl"]), nl(p["rl"]), vn(p["nwl"] - p["rl"])],
        ["Baten", nl(p["pb"]), nl(p["nwb"]), nl(p["rb"]), vn(p["rb"] - p["nwb"])],
        None,
        ["Saldo van baten en lasten", nl(sl("pl", "pb")), nl(sl("nwl", "nwb")),
         nl(sl("rl", "rb")), vn((p["rb"] - p["rl"]) - (p["nwb"] - p["nwl"]))],
    ]
    return table(hdr, rows, [16, 16, 14, 12], first=34)


def tv_subtable(p):
    out = ["Lasten en baten per taakveld (realisatie 2026, bedragen x € 1.000)", ""]
    out.append("Taakveld\t\t\t\t\tLasten\tBaten")
    for code, name, l, b in p["tv"]:
        out.append(f"{code} {name}\t\t\t\t\t{nl(l)}\t{nz(b)}")
    return out + [""]


def ind_table(key):
    hdr = [["Indicator", "Eenheid", "Streefwaarde", "Realisatie", "Realisatie"],
           ["", "", "2026", "2026", "2025"]]
    rows = [[n, e, s, r, r25] for n, e, s, r, r25 in INDICATORS[key]]
    return table(hdr, rows, [9, 14, 12, 12], first=52)


PROG_TEXT = {
    "1": ("Wij willen een betrouwbare en bereikbare gemeente zijn. In 2026 is de digitale balie "
          "uitgebreid: inwoners kunnen nu ook een verhuizing en een uittreksel BRP volledig online "
          "regelen. De klanttevredenheid daalde licht, vooral door langere wachttijden aan de "
          "telefoon in het voorjaar. Het college heeft daarop het terugbelverzoek ingevoerd.",
          "Het voordeel op de lasten ontstaat vooral doordat de vervanging van het zaaksysteem "
          "later is gestart dan gepland; het budget hiervoor wordt via de resultaatbestemming naar "
          "2027 overgeheveld."),
    "2": ("Per 1 juli 2026 is in heel Hallerbroek diftar ingevoerd: inwoners betalen voor het "
          "restafval per aanbieding van de container. De hoeveelheid restafval daalde daardoor van "
          "158 naar 131 kilo per inwoner. Het doel van 120 kilo is nog niet gehaald. In de wijken "
          "Molenbuurt en Noorderveld zijn extra buurtbemiddelaars ingezet tegen woonoverlast.",
          "De baten zijn hoger door een hogere vergoeding voor oud papier en PMD. De lasten vallen "
          "hoger uit door de invoeringskosten van diftar en hogere verwerkingstarieven."),
    "3": ("In 2026 zijn 184 nieuwbouwwoningen opgeleverd, minder dan de 220 waarop wij hadden "
          "gerekend. Oorzaak is de vertraagde start van het plan Veldkampen-West door bezwaren "
          "tegen het bestemmingsplan. Van de opgeleverde woningen is 38% sociale huur.",
          "Doordat minder kavels zijn verkocht vallen zowel de lasten als de baten van de "
          "grondexploitatie lager uit dan begroot."),
    "4": ("Het onderhoud van wegen bleef achter bij de planning; een deel van het asfaltprogramma "
          "is doorgeschoven naar 2027. De reconstructie van de Stationsweg is afgerond. Met de "
          "tweede fase van de LED-verlichting is nu 81% van de lichtmasten overgezet.",
          "Het voordeel op de lasten komt vooral door het doorgeschoven asfaltonderhoud."),
    "5": ("De renovatie van sporthal De Wielewaal is in september 2026 opgeleverd. De bibliotheek "
          "trok meer bezoekers dan verwacht, onder meer door de nieuwe leesclubs voor "
          "laaggeletterden. Het aandeel niet-sporters daalde licht maar bleef boven de streefwaarde.",
          "Het resultaat wijkt weinig af van de begroting."),
    "6": ("De vraag naar jeugdhulp bleef stijgen. Vooral het aantal jeugdigen met een "
          "verblijfsindicatie nam toe, en de gemiddelde kosten per traject stegen door hogere "
          "tarieven van aanbieders. Samen met de regio is een nieuwe inkoopstrategie voorbereid die "
          "per 2028 ingaat. De uitbreiding van IKC Hallerbroek-Zuid ligt op schema.",
          "De overschrijding op jeugdhulp is niet volledig opgevangen binnen het programma."),
    "7": ("Het aantal huishoudens met een bijstandsuitkering daalde naar 587. Met het project "
          "'Werk in de Wijk' startten 173 inwoners een re-integratietraject. Het aantal cliënten "
          "met een maatwerkarrangement Wmo steeg naar 1.532, vooral door de vergrijzing en meer "
          "aanvragen voor huishoudelijke ondersteuning.",
          "De hogere lasten komen vooral door de Wmo en de bijzondere bijstand; de hogere baten door "
          "een hogere rijksvergoeding voor de bijstandsuitkeringen (BUIG)."),
}


def build_pages():
    pages = []
    r = RESULT["r"]
    p6, p7, p2 = prog_by("6"), prog_by("7"), prog_by("2")
    over6 = p6["rl"] - p6["nwl"]
    alg = prog_by("Algemene dekkingsmiddelen")
    gf = next(t for t in ALG[1] if t[0] == "0.7")

    # 1 cover
    pages.append(["", "", "", "GEMEENTE HALLERBROEK".center(W), "",
                  "Jaarstukken 2026".center(W), "Jaarverslag en jaarrekening".center(W), "",
                  "Vastgesteld door de gemeenteraad op 2 juli 2027".center(W), "", "",
                  "Raadsvoorstel nr. 2027-041".center(W)])
    # 2 inhoud
    toc = ["Inhoudsopgave", "",
           "1  Voorwoord en samenvatting ........................................... 3",
           "2  Financieel resultaat ................................................ 4",
           "3  Programmaverantwoording ............................................. 5",
           "   Programma 1 t/m 7 ................................................. 5-11",
           "4  Algemene dekkingsmiddelen en paragraaf lokale heffingen ............. 12",
           "5  Paragraaf weerstandsvermogen en risicobeheersing ................... 13",
           "6  Overzicht van lasten en baten per taakveld ........................... 14",
           "7  Reserves en voorzieningen ........................................... 15",
           "8  Balans per 31 december 2026 ......................................... 16",
           "9  Investeringen ....................................................... 17",
           "10 WNT-verantwoording en vaststellingsbesluit .......................... 18"]
    pages.append(toc)
    # 3 voorwoord
    t = []
    t += ["1  Voorwoord en samenvatting", ""]
    t += para("Voor u liggen de jaarstukken 2026 van de gemeente Hallerbroek. Hierin leggen wij "
              "verantwoording af over wat wij in 2026 hebben bereikt, wat wij daarvoor hebben "
              "gedaan en wat het heeft gekost.")
    t += para(f"De jaarrekening 2026 sluit met een positief resultaat van € {nl(r * 1000)}. "
              f"Dat is ruim {mln(r - RESULT['nw'])} miljoen euro beter dan de begroting na wijziging, die uitging "
              f"van een tekort van € {nl(-RESULT['nw'] * 1000)}. Het voordeel komt vooral door een "
              f"hogere algemene uitkering uit het gemeentefonds (€ {nl(alg['rb'] - alg['nwb'])}.000 "
              f"meer dan geraamd) en door onderhoud dat naar 2027 is doorgeschoven.")
    t += para(f"Tegenover deze meevallers staat de jeugdhulp. De lasten van programma 6 Onderwijs "
              f"en jeugd kwamen bijna {mln(over6)} miljoen hoger uit dan begroot. Ook in programma 7 "
              f"Zorg en participatie waren de lasten hoger dan geraamd, met € {nl((p7['rl'] - p7['nwl']) * 1000)}.")
    tot_l = TOT["rl"]
    share7 = p7["rl"] / tot_l * 100
    t += para(f"In totaal gaf de gemeente in 2026 € {mln(tot_l)} miljoen uit. Bijna "
              f"{round(share7)}% daarvan ging naar programma 7 Zorg en participatie, het grootste "
              f"programma van de begroting.")
    t += para(f"Wij stellen voor het resultaat als volgt te bestemmen: € 420.000 voor de "
              f"vervanging van het zaaksysteem (over te hevelen naar 2027), € 350.000 als "
              f"toevoeging aan de reserve sociaal domein en het restant van "
              f"€ {nl(r * 1000 - 770000)} toe te voegen aan de algemene reserve. Daarmee komt de "
              f"algemene reserve na resultaatbestemming uit op ruim "
              f"{mln(RES_END[0][5] + r - 770, 1)} miljoen euro.")
    t += para("Het weerstandsvermogen is voldoende: de ratio weerstandsvermogen bedraagt 1,9 "
              "(norm: minimaal 1,4). De financiële positie van Hallerbroek is daarmee gezond, al "
              "blijven de stijgende kosten in het sociaal domein een aandachtspunt.")
    pages.append(t)
    # 4 financieel resultaat
    t = ["2  Financieel resultaat", "",
         "Tabel 2.1 Overzicht van baten en lasten 2026", "Bedragen x € 1.000", ""]
    hdr = [["", "Primitieve", "Begroting na", "Realisatie", "Verschil"],
           ["", "begroting 2026", "wijziging 2026", "2026", "V/N"]]
    rows = []
    for p in P:
        lab = p["label"] if p["key"] in ("Algemene dekkingsmiddelen", "Overhead") else \
            f"{p['key']} {p['label'].split(' ', 2)[2]}"
        rows.append([f"Lasten {lab}"[:43], nl(p["pl"]), nl(p["nwl"]), nl(p["rl"]),
                     vn(p["nwl"] - p["rl"])])
    rows.append(None)
    rows.append(["Totaal lasten", nl(TOT["pl"]), nl(TOT["nwl"]), nl(TOT["rl"]),
                 vn(TOT["nwl"] - TOT["rl"])])
    rows.append(["", "", "", "", ""])
    for p in P:
        lab = p["label"] if p["key"] in ("Algemene dekkingsmiddelen", "Overhead") else \
            f"{p['key']} {p['label'].split(' ', 2)[2]}"
        rows.append([f"Baten {lab}"[:43], nl(p["pb"]), nl(p["nwb"]), nl(p["rb"]),
                     vn(p["rb"] - p["nwb"])])
    rows.append(None)
    rows.append(["Totaal baten", nl(TOT["pb"]), nl(TOT["nwb"]), nl(TOT["rb"]),
                 vn(TOT["rb"] - TOT["nwb"])])
    rows.append(["", "", "", "", ""])
    rows.append(["Saldo van baten en lasten", nl(SALDO["p"]), nl(SALDO["nw"]), nl(SALDO["r"]),
                 vn(SALDO["r"] - SALDO["nw"])])
    rows.append(["Toevoegingen aan reserves", nl(RES_BEGR["prim"][0]), nl(RES_BEGR["nw"][0]),
                 nl(RES_TOEV), vn(RES_BEGR["nw"][0] - RES_TOEV)])
    rows.append(["Onttrekkingen aan reserves", nl(RES_BEGR["prim"][1]), nl(RES_BEGR["nw"][1]),
                 nl(RES_ONTT), vn(RES_ONTT - RES_BEGR["nw"][1])])
    rows.append(None)
    rows.append(["Gerealiseerd resultaat", nl(RESULT["p"]), nl(RESULT["nw"]), nl(RESULT["r"]),
                 vn(RESULT["r"] - RESULT["nw"])])
    t += table(hdr, rows, [15, 15, 12, 11], first=43)
    t += [""]
    t += para("Een negatief saldo betekent een nadeel. In de kolom verschil staat V voor voordelig "
              "en N voor nadelig ten opzichte van de begroting na wijziging.")
    pages.append(t)
    # 5-11 programmes
    pnames = {p["key"]: p["label"] for p in P}
    for code, name, _ in PROGRAMMES:
        p = prog_by(code)
        t = [f"3  Programmaverantwoording", "", f"Programma {code} {name}", ""]
        t += ["Wat hebben we bereikt?", ""]
        t += para(PROG_TEXT[code][0])
        t += ["Indicatoren", ""]
        t += ind_table(code) + [""]
        t += ["Wat heeft het gekost?", f"Tabel 3.{code} Programma {code} {name} (bedragen x € 1.000)", ""]
        t += fin_table(p) + [""]
        t += para("Toelichting: " + PROG_TEXT[code][1])
        t += tv_subtable(p)
        pages.append(t)
    check(len(pnames) == 9, "programmes")
    # 12 algemene dekkingsmiddelen + lokale heffingen
    t = ["4  Algemene dekkingsmiddelen en paragraaf lokale heffingen", ""]
    t += para(f"De algemene uitkering uit het gemeentefonds bedroeg in 2026 "
              f"€ {nl(gf[3] * 1000)}. De opbrengst van de onroerendezaakbelastingen was "
              f"€ {nl((ALG[1][1][3] + ALG[1][2][3]) * 1000)}, waarvan € {nl(ALG[1][1][3] * 1000)} "
              f"van woningen en € {nl(ALG[1][2][3] * 1000)} van niet-woningen.")
    t += ["Tabel 4.1 Tarieven lokale heffingen", ""]
    t += ["Heffing\t\t\t\t\tTarief 2025\tTarief 2026\tEenheid"]
    tar = [("OZB woningen eigenaar", "0,0947%", "0,0981%", "van de WOZ-waarde"),
           ("OZB niet-woningen eigenaar", "0,1836%", "0,1902%", "van de WOZ-waarde"),
           ("OZB niet-woningen gebruiker", "0,1421%", "0,1468%", "van de WOZ-waarde"),
           ("Afvalstoffenheffing vastrecht", "€ 298,20", "€ 214,80", "per huishouden"),
           ("Afvalstoffenheffing per lediging restafval", "-", "€ 9,40", "per 140 liter container"),
           ("Rioolheffing", "€ 246,00", "€ 259,50", "per aansluiting"),
           ("Toeristenbelasting", "€ 1,85", "€ 2,10", "per persoon per nacht")]
    for a, b, c, d in tar:
        t.append(f"{a}\t\t\t\t\t{b}\t{c}\t{d}")
    t += [""]
    t += para("Door de invoering van diftar per 1 juli 2026 bestaat de afvalstoffenheffing uit een "
              "vast deel en een bedrag per lediging van de container voor restafval. Het vaste deel "
              "is daarom verlaagd.")
    t += ["Kwijtschelding", ""]
    t += para("Hallerbroek hanteert bij kwijtschelding de 100%-norm: inwoners met een inkomen tot "
              "100% van de bijstandsnorm komen in aanmerking. In 2026 zijn 742 verzoeken om "
              "kwijtschelding toegekend, voor een bedrag van € 286.410.")
    t += ["Woonlasten", ""]
    t += para("De gemiddelde woonlasten voor een meerpersoonshuishouden met een eigen woning "
              "(OZB, rioolheffing en afvalstoffenheffing) kwamen in 2026 uit op € 891. In 2025 "
              "was dat € 872.")
    pages.append(t)
    # 13 weerstandsvermogen
    t = ["5  Paragraaf weerstandsvermogen en risicobeheersing", ""]
    t += para("Het beschikbare weerstandsvermogen bestaat uit de algemene reserve, de onbenutte "
              "belastingcapaciteit en de post onvoorzien. Tegenover de beschikbare capaciteit staan "
              "de gekwantificeerde risico's.")
    t += ["Tabel 5.1 Ratio weerstandsvermogen (bedragen x € 1.000)", ""]
    t += table([["", "31-12-2026"]],
               [["Beschikbare weerstandscapaciteit", nl(17290)],
                ["Benodigde weerstandscapaciteit", nl(9100)],
                ["Ratio weerstandsvermogen", "1,9"]], [14], first=44)
    t += [""]
    t += para("De grootste risico's zijn de open-einde-regelingen in de jeugdhulp en de Wmo, "
              "de grondexploitatie Veldkampen-West en de mogelijke naheffing van de "
              "vennootschapsbelasting op de grondexploitatie.")
    t += ["Tabel 5.2 Financiële kengetallen", ""]
    t += table([["Kengetal", "Begroting", "Realisatie", "Realisatie"],
                ["", "2026", "2026", "2025"]],
               [list(k) for k in KENGETALLEN], [12, 12, 12], first=62)
    t += [""]
    t += para("De netto schuldquote daalde doordat minder is geïnvesteerd dan gepland en er "
              "daardoor minder is geleend. Alle kengetallen vallen binnen de signaalwaarden van de "
              "provincie.")
    pages.append(t)
    # 14 taakvelden
    t = ["6  Overzicht van lasten en baten per taakveld", "",
         "Tabel 6.1 Lasten en baten per taakveld, realisatie 2026 (bedragen x € 1.000)", ""]
    hdr = [["Taakveld", "Lasten", "Baten", "Saldo"], ["", "2026", "2026", "2026"]]
    all_tv = sorted([tv for p in P for tv in p["tv"]],
                    key=lambda x: (int(x[0].split(".")[0]), x[0].split(".")[1]))
    rows = [[f"{c} {n}", nl(l), nz(b), nl(b - l)] for c, n, l, b in all_tv]
    rows.append(None)
    rows.append(["Totaal", nl(TOT["rl"]), nl(TOT["rb"]), nl(TOT["rb"] - TOT["rl"])])
    rows.append(["0.10 Mutaties reserves", nl(RES_TOEV), nl(RES_ONTT), nl(RES_ONTT - RES_TOEV)])
    rows.append(["0.11 Resultaat van de rekening van baten en lasten", "", "", nl(RESULT["r"])])
    t += table(hdr, rows, [10, 10, 10], first=62)
    pages.append(t)
    # 15 reserves en voorzieningen
    t = ["7  Reserves en voorzieningen", "",
         "Tabel 7.1 Verloop reserves 2026", "Bedragen x € 1.000", ""]
    hdr = [["Reserve", "Stand", "Bestemming", "Toevoe-", "Onttrek-", "Stand"],
           ["", "1-1-2026", "res. 2025", "gingen", "kingen", "31-12-2026"]]
    rows = [[n, nl(a), nz(b), nz(c), nz(d), nl(e)] for n, a, b, c, d, e in RES_END]
    rows.append(None)
    rows.append(["Totaal reserves", nl(sum(r[1] for r in RES_END)), nl(sum(r[2] for r in RES_END)),
                 nl(RES_TOEV), nl(RES_ONTT), nl(B["reserves_end"])])
    t += table(hdr, rows, [10, 11, 9, 9, 12], first=44)
    t += [""]
    t += para("De onttrekking aan de reserve sociaal domein dekt de extra kosten van jeugdhulp en "
              "Wmo. De stand van de algemene reserve is vóór de bestemming van het resultaat 2026.")
    t += ["Tabel 7.2 Verloop voorzieningen 2026", "Bedragen x € 1.000", ""]
    hdr = [["Voorziening", "Stand", "Toevoe-", "Aanwen-", "Stand"],
           ["", "1-1-2026", "gingen", "dingen", "31-12-2026"]]
    rows = [[n, nl(a), nz(b), nz(c), nl(d)] for n, a, b, c, d in VOORZ_END]
    rows.append(None)
    rows.append(["Totaal voorzieningen", nl(B["vz25"]), nl(sum(v[2] for v in VOORZ_END)),
                 nl(sum(v[3] for v in VOORZ_END)), nl(B["vz26"])])
    t += table(hdr, rows, [10, 10, 10, 12], first=44)
    pages.append(t)
    # 16 balans
    t = ["8  Balans per 31 december 2026", "", "Tabel 8.1 Balans (bedragen x € 1.000)", ""]
    hdr = [["ACTIVA", "31-12-2026", "31-12-2025"]]
    rows = [[n, nl(a), nl(b)] for n, a, b in ACTIVA]
    rows.append(None)
    rows.append(["Totaal activa", nl(B["act26"]), nl(B["act25"])])
    t += table(hdr, rows, [14, 14], first=68) + [""]
    hdr = [["PASSIVA", "31-12-2026", "31-12-2025"]]
    rows = [["Eigen vermogen", nl(B["ev26"]), nl(B["ev25"])],
            ["  waarvan algemene reserve", nl(RES_END[0][5]), nl(RESERVES[0][1])],
            ["  waarvan bestemmingsreserves", nl(B["reserves_end"] - RES_END[0][5]),
             nl(B["reserves_begin"] - RESERVES[0][1])],
            ["  waarvan gerealiseerd resultaat", nl(RESULT["r"]), nl(RESULTAAT_2025)],
            ["Voorzieningen", nl(B["vz26"]), nl(B["vz25"])]]
    rows += [[n, nl(a), nl(b)] for n, a, b in PASSIVA_GIVEN]
    rows.append(["Overlopende passiva", nl(B["ovp26"]), nl(B["ovp25"])])
    rows.append(None)
    rows.append(["Totaal passiva", nl(B["act26"]), nl(B["act25"])])
    t += table(hdr, rows, [14, 14], first=68) + [""]
    t += para("Gewaarborgde geldleningen: de gemeente staat garant voor leningen van "
              "woningcorporatie Thuisbasis Hallerbroek tot een bedrag van € 41,6 miljoen.")
    pages.append(t)
    # 17 investeringen (whole euros)
    t = ["9  Investeringen", "",
         "Tabel 9.1 Staat van investeringskredieten 2026 (bedragen in euro's)", ""]
    hdr = [["Investering", "Krediet", "Uitgaven", "Uitgaven", "Restant", "Afsluiten"],
           ["", "", "t/m 2025", "2026", "krediet", ""]]
    rows = [[n, nl(k), nz(a), nl(b), nl(k - a - b), c] for n, k, a, b, c in INVEST]
    rows.append(None)
    rows.append(["Totaal", nl(sum(i[1] for i in INVEST)), nl(sum(i[2] for i in INVEST)),
                 nl(sum(i[3] for i in INVEST)),
                 nl(sum(i[1] - i[2] - i[3] for i in INVEST)), ""])
    t += table(hdr, rows, [11, 11, 11, 11, 10], first=40) + [""]
    t += para("De kredieten met 'ja' in de laatste kolom worden met deze jaarrekening afgesloten. "
              "Het restant van de renovatie van sporthal De Wielewaal valt vrij.")
    pages.append(t)
    # 18 WNT en besluit
    t = ["10 WNT-verantwoording", "",
         "Tabel 10.1 Bezoldiging topfunctionarissen 2026 (bedragen in euro's)", ""]
    hdr = [["Naam / functie", "Duur", "Omvang", "Beloning", "Beloningen", "Totale"],
           ["", "dienstverband", "(fte)", "plus onkosten", "op termijn", "bezoldiging"]]
    rows = [[f"{n} ({f.lower()})", d, o, nl(b), nl(bt), nl(b + bt)] for n, f, d, o, b, bt in WNT]
    t += table(hdr, rows, [14, 8, 15, 12, 13], first=42) + [""]
    t += para(f"Het individuele WNT-maximum voor 2026 bedraagt € {nl(WNT_MAX)} bij een volledig "
              f"dienstverband. Geen van de topfunctionarissen overschrijdt het maximum.")
    t += ["Vaststellingsbesluit", ""]
    t += para(f"De raad van de gemeente Hallerbroek besluit de jaarstukken 2026 vast te stellen "
              f"met een totaal van de lasten van € {nl(TOT['rl'] * 1000)} en een totaal van de "
              f"baten van € {nl(TOT['rb'] * 1000)}, en het gerealiseerde resultaat van "
              f"€ {nl(RESULT['r'] * 1000)} te bestemmen zoals voorgesteld in het raadsvoorstel.")
    t += ["Aldus vastgesteld in de openbare vergadering van 2 juli 2027.", "",
          "De griffier,\t\t\t\tDe voorzitter,", "J.A. Veltkamp\t\t\t\tmr. H.B. Zandbergen"]
    pages.append(t)
    return pages


def render():
    checks()
    pages = build_pages()
    check(len(pages) == NPAGES, f"{len(pages)} pages")
    out = []
    for i, body in enumerate(pages, start=1):
        lines = []
        if i > 1:
            lines += [TITLE.ljust(W - 12) + "Jaarstukken", ""]
        lines += body
        lines += ["", f"Pagina {i} van {NPAGES}".rjust(W)]
        out.append("\n".join(lines) + "\n")
    os.makedirs(CORPUS, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\f".join(out))
    print(f"wrote {OUT} ({NPAGES} pages)")


def facts():
    """Key computed figures (x € 1.000) for the case checker."""
    return dict(P=P, TOT=TOT, SALDO=SALDO, RESULT=RESULT, RES_END=RES_END, VOORZ_END=VOORZ_END,
                B=B, RES_TOEV=RES_TOEV, RES_ONTT=RES_ONTT)


if __name__ == "__main__":
    render()
