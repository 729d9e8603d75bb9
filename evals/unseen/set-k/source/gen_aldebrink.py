"""Generate the fictional 'Programmabegroting 2026' of gemeente Aldebrink as a saved web page.

Writes ../corpus/aldebrink-programmabegroting-2026.html (and a copy beside this script).
All figures are fictional; totals, saldi and reserve movements are computed and asserted here.
"""
from __future__ import annotations

import random
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "corpus" / "aldebrink-programmabegroting-2026.html"

YEARS = ["Rekening 2024", "Begroting 2025", "Begroting 2026", "Raming 2027", "Raming 2028", "Raming 2029"]


def nl(n: int) -> str:
    """Dutch thousands separator, minus sign for negatives."""
    s = f"{abs(n):,}".replace(",", ".")
    return ("-" if n < 0 else "") + s


def eur(n: int) -> str:
    return "€ " + nl(n)


def dec(x: float, d: int = 2) -> str:
    s = f"{x:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


# ---------------------------------------------------------------- programme figures (x € 1.000)
PROG = {
    1: dict(
        name="Bestuur, veiligheid en dienstverlening",
        lasten=[9842, 10415, 10987, 10812, 10790, 10764],
        baten=[1236, 1198, 1254, 1262, 1262, 1262],
        toev=[250, 0, 0, 0, 0, 0],
        ontt=[180, 312, 145, 0, 0, 0],
    ),
    2: dict(
        name="Sociaal domein",
        lasten=[46318, 49702, 51236, 51884, 52410, 52967],
        baten=[9874, 10336, 10512, 10220, 10220, 10220],
        toev=[400, 0, 0, 0, 0, 0],
        ontt=[1125, 1450, 980, 600, 300, 0],
    ),
    3: dict(
        name="Openbare ruimte, milieu en duurzaamheid",
        lasten=[18456, 19870, 20644, 20931, 21102, 21355],
        baten=[11902, 12610, 13347, 13702, 13981, 14240],
        toev=[620, 410, 385, 360, 360, 360],
        ontt=[212, 540, 300, 150, 0, 0],
    ),
    4: dict(
        name="Wonen, economie en vrije tijd",
        lasten=[17233, 16912, 17805, 17102, 16640, 16488],
        baten=[6140, 4905, 5318, 4720, 4210, 4105],
        toev=[1480, 0, 0, 0, 0, 0],
        ontt=[860, 1210, 1645, 420, 180, 180],
    ),
}
for p in PROG.values():
    p["saldo"] = [b - l for b, l in zip(p["baten"], p["lasten"])]
    p["resultaat"] = [s - t + o for s, t, o in zip(p["saldo"], p["toev"], p["ontt"])]

OVERHEAD = [-9215, -9604, -9870, -9910, -9955, -10010]
VPB = [-8, -10, -12, -12, -12, -12]
ONVOORZIEN = [0, -150, -150, -150, -150, -150]
TARGET_RESULT = [1284, -436, 318, 146, -212, -497]

sum_prog_saldo = [sum(PROG[i]["saldo"][y] for i in PROG) for y in range(6)]
sum_toev = [sum(PROG[i]["toev"][y] for i in PROG) for y in range(6)]
sum_ontt = [sum(PROG[i]["ontt"][y] for i in PROG) for y in range(6)]
# algemene dekkingsmiddelen (saldo) is what closes the budget at the target result
ALG_DEKKING = [
    TARGET_RESULT[y] - (sum_prog_saldo[y] + OVERHEAD[y] + VPB[y] + ONVOORZIEN[y] - sum_toev[y] + sum_ontt[y])
    for y in range(6)
]
SALDO_TOTAAL = [sum_prog_saldo[y] + ALG_DEKKING[y] + OVERHEAD[y] + VPB[y] + ONVOORZIEN[y] for y in range(6)]
RESULT = [SALDO_TOTAAL[y] - sum_toev[y] + sum_ontt[y] for y in range(6)]
assert RESULT == TARGET_RESULT

# ---------------------------------------------------------------- taakvelden 2026 (whole euros)
TAAKVELDEN = {
    1: [("0.1", "Bestuur", 3912, 45), ("0.2", "Burgerzaken", 1688, 874),
        ("1.1", "Crisisbeheersing en brandweer", 3105, 62), ("1.2", "Openbare orde en veiligheid", 2282, 273)],
    2: [("6.1", "Samenkracht en burgerparticipatie", 3420, 210),
        ("6.2", "Toegang en eerstelijnsvoorzieningen", 4115, 85),
        ("6.3", "Inkomensregelingen", 13870, 9880), ("6.4", "WSW en beschut werk", 3640, 0),
        ("6.5", "Arbeidsparticipatie", 1985, 118), ("6.6", "Maatwerkvoorzieningen (WMO)", 2310, 0),
        ("6.71", "Maatwerkdienstverlening 18+", 7415, 219), ("6.72", "Maatwerkdienstverlening 18-", 10690, 0),
        ("6.81", "Geëscaleerde zorg 18+", 610, 0), ("6.82", "Geëscaleerde zorg 18-", 1425, 0),
        ("7.1", "Volksgezondheid", 1756, 0)],
    3: [("2.1", "Verkeer, wegen en water", 5870, 1060), ("2.2", "Parkeren", 412, 485),
        ("5.7", "Openbaar groen en (openlucht) recreatie", 3260, 95), ("7.2", "Riolering", 3515, 4046),
        ("7.3", "Afval", 5012, 5704), ("7.4", "Milieubeheer", 2205, 1625),
        ("7.5", "Begraafplaatsen en crematoria", 370, 332)],
    4: [("0.3", "Beheer overige gebouwen en gronden", 640, 910), ("3.1", "Economische ontwikkeling", 585, 45),
        ("3.4", "Economische promotie", 160, 60), ("4.2", "Onderwijshuisvesting", 3120, 95),
        ("4.3", "Onderwijsbeleid en leerlingzaken", 1915, 240), ("5.1", "Sportbeleid en activering", 610, 30),
        ("5.2", "Sportaccommodaties", 2480, 720),
        ("5.3", "Cultuurpresentatie, cultuurproductie en cultuurparticipatie", 905, 85),
        ("5.6", "Media", 1040, 0), ("8.1", "Ruimtelijke ordening", 1630, 310),
        ("8.2", "Grondexploitatie (niet-bedrijventerreinen)", 3210, 2010), ("8.3", "Wonen en bouwen", 1510, 813)],
}
rng = random.Random(2026)
TV_EURO: dict[int, list[tuple[str, str, int, int]]] = {}
for pnr, rows in TAAKVELDEN.items():
    assert sum(r[2] for r in rows) == PROG[pnr]["lasten"][2], pnr
    assert sum(r[3] for r in rows) == PROG[pnr]["baten"][2], pnr
    out = []
    for code, name, lk, bk in rows:
        le = lk * 1000 + rng.randint(-480, 480)
        be = bk * 1000 + rng.randint(-480, 480) if bk else 0
        out.append([code, name, le, be])
    # keep every column total within rounding of the programme table
    for col, key in ((2, "lasten"), (3, "baten")):
        tot = sum(r[col] for r in out)
        target = PROG[pnr][key][2] * 1000
        while abs(tot - target) > 450:
            idx = max(range(len(out)), key=lambda i: out[i][col])
            step = -1 if tot > target else 1
            out[idx][col] += step * 100
            tot = sum(r[col] for r in out)
        assert round(tot / 1000) == PROG[pnr][key][2]
    TV_EURO[pnr] = [tuple(r) for r in out]

# ---------------------------------------------------------------- beleidsindicatoren
INDICATOREN = {
    1: [("Verwijzingen Halt", "aantal per 10.000 jongeren (12-17 jaar)", "Bureau Halt", "2023", "98", "118"),
        ("Winkeldiefstallen", "aantal per 1.000 inwoners", "CBS", "2023", "1,4", "2,1"),
        ("Geweldsmisdrijven", "aantal per 1.000 inwoners", "CBS", "2023", "3,2", "4,6"),
        ("Diefstallen uit woning", "aantal per 1.000 inwoners", "CBS", "2023", "1,1", "1,6"),
        ("Formatie", "fte per 1.000 inwoners", "eigen begroting", "2026", "7,9", "-"),
        ("Apparaatskosten", "kosten per inwoner", "eigen begroting", "2026", "€ 682", "-")],
    2: [("Banen", "aantal per 1.000 inwoners (15-64 jaar)", "LISA", "2023", "684,2", "826,4"),
        ("Personen met een bijstandsuitkering", "aantal per 10.000 inwoners (18 jaar en ouder)", "CBS", "2024", "312", "383"),
        ("Werkloze jongeren", "% van 16-22 jarigen", "Verwey-Jonker Instituut", "2022", "1,4", "2,0"),
        ("Jongeren met jeugdhulp", "% van alle jongeren tot 18 jaar", "CBS", "2024", "11,2", "10,6"),
        ("Cliënten met een maatwerkarrangement Wmo", "aantal per 10.000 inwoners", "CBS", "2024", "712", "690")],
    3: [("Omvang huishoudelijk restafval", "kg per inwoner", "CBS", "2023", "118", "171"),
        ("Hernieuwbare elektriciteit", "% van het totale elektriciteitsverbruik", "Klimaatmonitor", "2023", "17,4", "20,1")],
    4: [("Nieuw gebouwde woningen", "aantal per 1.000 woningen", "BAG", "2024", "9,8", "9,1"),
        ("Gemiddelde WOZ-waarde", "duizend euro", "CBS", "2024", "371", "360"),
        ("Demografische druk", "% (0-19 jaar + 65+ t.o.v. 20-64 jaar)", "CBS", "2024", "78,4", "70,1"),
        ("Niet-sporters", "% van de inwoners van 19 jaar en ouder", "Gezondheidsmonitor (RIVM)", "2022", "48,2", "49,1"),
        ("Absoluut verzuim", "aantal per 1.000 leerlingen", "DUO", "2023", "1,3", "2,1"),
        ("Voortijdige schoolverlaters zonder startkwalificatie", "% van deelnemers VO en MBO", "DUO", "2023", "1,6", "1,9")],
}
DOELINDICATOREN = {
    1: [("Inwoners die zich veilig voelen in de eigen buurt", "%", "Veiligheidsmonitor", "84", "86"),
        ("Waardering dienstverlening publiekszaken", "rapportcijfer", "KTO Publiekszaken", "7,6", "7,8")],
    2: [("Inwoners die de weg naar het wijkteam weten te vinden", "%", "Burgerpeiling", "61", "70"),
        ("Uitstroom uit de bijstand naar werk", "aantal personen per jaar", "eigen registratie", "92", "110"),
        ("Plekken beschut werk", "aantal", "eigen registratie", "11", "14")],
    3: [("Scheidingspercentage huishoudelijk afval", "%", "eigen registratie", "74", "78"),
        ("Tevredenheid onderhoud openbaar groen", "rapportcijfer", "Burgerpeiling", "6,6", "7,0")],
    4: [("Opgeleverde woningen per jaar", "aantal", "BAG", "142", "165"),
        ("Aandeel sociale huur in nieuwbouw", "%", "eigen registratie", "31", "35"),
        ("Leden van sportverenigingen", "aantal", "Sportakkoord-monitor", "9.480", "9.800")],
}

# ---------------------------------------------------------------- lokale heffingen
OZB = [("OZB woningen (eigenaar)", 0.0741, 0.0768), ("OZB niet-woningen (eigenaar)", 0.1812, 0.1877),
       ("OZB niet-woningen (gebruiker)", 0.1456, 0.1508)]
TARIEVEN = [  # (omschrijving, eenheid, 2025, 2026) in euro cents
    ("Afvalstoffenheffing eenpersoonshuishouden", "per huishouden", 26820, 27900),
    ("Afvalstoffenheffing meerpersoonshuishouden", "per huishouden", 35640, 37140),
    ("Rioolheffing eenpersoonshuishouden", "per huishouden", 16800, 17640),
    ("Rioolheffing meerpersoonshuishouden", "per huishouden", 22440, 23520),
    ("Hondenbelasting eerste hond", "per hond", 8400, 8700),
    ("Hondenbelasting iedere volgende hond", "per hond", 12600, 13050),
    ("Toeristenbelasting", "per persoon per nacht", 210, 235),
]
WOZ = {2025: 362000, 2026: 384000}
ozb_woning = {2025: round(WOZ[2025] * 0.0741 / 100 * 100), 2026: round(WOZ[2026] * 0.0768 / 100 * 100)}  # cents
assert ozb_woning == {2025: 26824, 2026: 29491}
T = {t[0]: (t[2], t[3]) for t in TARIEVEN}
woon = {
    "een": {y: ozb_woning[y] + T["Afvalstoffenheffing eenpersoonshuishouden"][i]
            + T["Rioolheffing eenpersoonshuishouden"][i] for i, y in enumerate((2025, 2026))},
    "meer": {y: ozb_woning[y] + T["Afvalstoffenheffing meerpersoonshuishouden"][i]
             + T["Rioolheffing meerpersoonshuishouden"][i] for i, y in enumerate((2025, 2026))},
}
assert woon["een"] == {2025: 70444, 2026: 75031} and woon["meer"] == {2025: 84904, 2026: 90151}

OPBRENGST = [  # x € 1.000, begroting 2025, begroting 2026
    ("Onroerende-zaakbelastingen woningen", 4612, 5010),
    ("Onroerende-zaakbelastingen niet-woningen", 2335, 2418),
    ("Afvalstoffenheffing", 5105, 5388),
    ("Rioolheffing", 3790, 3992),
    ("Hondenbelasting", 181, 188),
    ("Toeristenbelasting", 368, 412),
    ("Leges omgevingsvergunningen", 1086, 1145),
    ("Leges burgerzaken", 402, 418),
    ("Begraafrechten", 296, 310),
]
OPBR_TOT = (sum(r[1] for r in OPBRENGST), sum(r[2] for r in OPBRENGST))
KOSTENDEKKING = [  # omschrijving, lasten incl. overhead en btw, opbrengst heffing (x € 1.000)
    ("Afvalstoffenheffing", 5464, 5388),
    ("Rioolheffing", 3992, 3992),
    ("Leges omgevingsvergunningen", 1512, 1145),
]

# ---------------------------------------------------------------- weerstandsvermogen (x € 1.000)
CAPACITEIT = [("Algemene reserve (vrij besteedbaar deel)", 14620),
              ("Reserve weerstandsvermogen grondexploitaties", 2350),
              ("Post onvoorzien", 150), ("Onbenutte belastingcapaciteit OZB", 2180)]
CAP_TOT = sum(c[1] for c in CAPACITEIT)
assert CAP_TOT == 19300
RISICOS = [  # risico, kans %, maximaal financieel gevolg x € 1.000
    ("Open-einde regelingen jeugdhulp", 50, 2400),
    ("Herverdeling en opschalingskorting gemeentefonds", 30, 1500),
    ("Grondexploitatie Boschkamp-Zuid: vertraging woningbouw", 30, 1800),
    ("Abonnementstarief Wmo: groei aantal cliënten", 50, 1200),
    ("Garantstellingen sportverenigingen", 10, 950),
    ("Cao-stijging hoger dan geraamd", 50, 700),
    ("Juridische claims en planschade", 25, 600),
    ("Cyberincident of datalek", 10, 500),
]
BENODIGD = 10850
RATIO = CAP_TOT / BENODIGD
assert f"{RATIO:.2f}" == "1.78"
KENGETALLEN = [  # percent values as printed
    ("Netto schuldquote", ["48,6", "55,2", "61,8", "66,4", "68,0", "67,1"]),
    ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", ["45,9", "52,7", "59,4", "64,1", "65,8", "65,0"]),
    ("Solvabiliteitsratio", ["27,3", "25,8", "24,1", "23,0", "22,4", "22,1"]),
    ("Grondexploitatie", ["6,2", "7,8", "8,4", "7,1", "5,9", "4,6"]),
    ("Structurele exploitatieruimte", ["1,1", "0,2", "0,6", "0,3", "-0,1", "-0,4"]),
    ("Belastingcapaciteit", ["96,4", "97,8", "99,2", "99,2", "99,2", "99,2"]),
]

# ---------------------------------------------------------------- incidentele lasten en baten (x € 1.000)
INCIDENTEEL = [  # nr, omschrijving, programma, L/B, 2026..2029
    ("Gemeenteraadsverkiezingen 18 maart 2026", 1, "L", [95, 0, 0, 0]),
    ("Implementatie nieuw zaaksysteem", 1, "L", [180, 60, 0, 0]),
    ("Pilot Ouderenbegeleiding thuis", 2, "L", [240, 240, 0, 0]),
    ("Inhaalslag schuldhulpverlening", 2, "L", [130, 0, 0, 0]),
    ("Rijksbijdrage inhaalslag schuldhulpverlening", 2, "B", [130, 0, 0, 0]),
    ("Herinrichting Marktplein", 3, "L", [420, 0, 0, 0]),
    ("Subsidie klimaatadaptatie (SPUK)", 3, "B", [310, 0, 0, 0]),
    ("Planvoorbereiding Boschkamp-Zuid", 4, "L", [350, 150, 0, 0]),
    ("Verkoop voormalig gemeentepand Kerkstraat 14", 4, "B", [725, 0, 0, 0]),
    ("Cultuurfestival 750 jaar Aldebrink", 4, "L", [160, 0, 0, 0]),
    ("Tijdelijke huisvesting IKC De Vlinderboom", 4, "L", [210, 185, 0, 0]),
]
INC_L = [sum(r[3][y] for r in INCIDENTEEL if r[2] == "L") for y in range(4)]
INC_B = [sum(r[3][y] for r in INCIDENTEEL if r[2] == "B") for y in range(4)]
assert INC_L == [1785, 635, 0, 0] and INC_B == [1165, 0, 0, 0]


# ================================================================= HTML
def table(caption: str, head: list[str], rows: list[list[str]], note: str | None = None,
          cls: str = "fin", total_rows: int = 0) -> str:
    h = [f'<div class="table-wrapper"><table class="{cls}">', f"<caption>{caption}</caption>", "<thead><tr>"]
    for i, c in enumerate(head):
        cl = ' class="num"' if i else ""
        h.append(f'<th scope="col"{cl}>{c}</th>')
    h.append("</tr></thead><tbody>")
    for ri, r in enumerate(rows):
        trc = ' class="total"' if ri >= len(rows) - total_rows else ""
        h.append(f"<tr{trc}>" + "".join(
            (f'<th scope="row">{c}</th>' if i == 0 else f'<td class="num">{c}</td>') for i, c in enumerate(r)) + "</tr>")
    h.append("</tbody></table>")
    if note:
        h.append(f'<p class="table-note">{note}</p>')
    h.append("</div>")
    return "\n".join(h)


def wat_mag_het_kosten(pnr: int) -> str:
    p = PROG[pnr]
    rows = [
        ["Lasten"] + [nl(v) for v in p["lasten"]],
        ["Baten"] + [nl(v) for v in p["baten"]],
        ["Saldo van baten en lasten"] + [nl(v) for v in p["saldo"]],
        ["Toevoegingen aan reserves"] + [nl(v) for v in p["toev"]],
        ["Onttrekkingen aan reserves"] + [nl(v) for v in p["ontt"]],
        ["Resultaat"] + [nl(v) for v in p["resultaat"]],
    ]
    return table(f"Tabel {pnr}.3 Wat mag het kosten? Programma {pnr} {p['name']} (bedragen x € 1.000)",
                 [""] + YEARS, rows, total_rows=1)


def taakvelden(pnr: int) -> str:
    rows = []
    for code, name, le, be in TV_EURO[pnr]:
        rows.append([f"{code} {name}", eur(le), eur(be), eur(be - le)])
    tl = sum(r[2] for r in TV_EURO[pnr])
    tb = sum(r[3] for r in TV_EURO[pnr])
    rows.append([f"Totaal programma {pnr}", eur(tl), eur(tb), eur(tb - tl)])
    return table(f"Tabel {pnr}.4 Taakvelden programma {pnr}, begroting 2026",
                 ["Taakveld", "Lasten", "Baten", "Saldo"], rows,
                 note="Bedragen in euro's. Een negatief saldo betekent dat de lasten hoger zijn dan de baten.",
                 total_rows=1)


def indicatoren(pnr: int) -> str:
    rows = [[i[0], i[1], i[2], i[3], i[4], i[5]] for i in INDICATOREN[pnr]]
    t1 = table(f"Tabel {pnr}.1 Verplichte beleidsindicatoren programma {pnr}",
               ["Indicator", "Eenheid", "Bron", "Peiljaar", "Aldebrink", "Nederland"], rows, cls="ind",
               note="Bron: waarstaatjegemeente.nl, geraadpleegd juni 2025.")
    rows2 = [[d[0], d[1], d[2], d[3], d[4]] for d in DOELINDICATOREN[pnr]]
    t2 = table(f"Tabel {pnr}.2 Doelindicatoren programma {pnr}",
               ["Indicator", "Eenheid", "Bron", "Realisatie 2024", "Streefwaarde 2026"], rows2, cls="ind")
    return t1 + "\n" + t2


TEXT = {
    1: dict(
        intro="Dit programma gaat over het gemeentebestuur, de dienstverlening aan inwoners en ondernemers, "
              "en over openbare orde en veiligheid. Brandweerzorg en crisisbeheersing zijn belegd bij de "
              "Veiligheidsregio; wij betalen daarvoor een bijdrage.",
        bereiken=[
            ("Een veilige gemeente", "Inwoners voelen zich veilig in hun buurt en weten waar ze terechtkunnen met "
             "meldingen over overlast en ondermijning. In 2026 willen we dat 86% van de inwoners zich veilig "
             "voelt in de eigen buurt."),
            ("Dienstverlening dichtbij", "Digitaal waar het kan, persoonlijk waar het moet. Inwoners kunnen hun "
             "paspoort of rijbewijs ook op zaterdagochtend aanvragen in het gemeentehuis in Aldebrink en op "
             "afspraak in de servicepunten Ruwelo en Kampersgoor."),
        ],
        doen=[
            "We breiden het team buitengewoon opsporingsambtenaren (boa's) uit met 1,0 fte. Hiervoor is "
            "structureel € 72.000 geraamd.",
            "We organiseren op 18 maart 2026 de gemeenteraadsverkiezingen in 21 stembureaus. De incidentele kosten "
            "bedragen € 95.000.",
            "Samen met politie en het RIEC voeren we jaarlijks 12 integrale controles uit op bedrijventerreinen "
            "en in het buitengebied.",
            "We vervangen het zaaksysteem. De implementatie kost incidenteel € 180.000 in 2026 en € 60.000 in 2027.",
            "De bijdrage aan de Veiligheidsregio stijgt in 2026 naar € 2.946.000 (2025: € 2.811.000).",
        ],
        toelichting="De lasten stijgen in 2026 met € 572.000 ten opzichte van 2025. Dit komt door de hogere "
                    "bijdrage aan de Veiligheidsregio (€ 135.000), de verkiezingen (€ 95.000), de implementatie "
                    "van het zaaksysteem (€ 180.000), de uitbreiding van het boa-team (€ 72.000) en loon- en "
                    "prijsstijgingen (€ 90.000).",
    ),
    2: dict(
        intro="In het sociaal domein ondersteunen we inwoners die het (tijdelijk) niet op eigen kracht redden: "
              "jeugdhulp, Wmo, participatie en inkomensondersteuning. Het wijkteam Aldebrink Dichtbij is de "
              "voordeur voor alle vragen.",
        bereiken=[
            ("Iedereen doet mee", "Inwoners die kunnen werken, vinden werk of een zinvolle dagbesteding. We willen "
             "dat in 2026 110 inwoners uitstromen uit de bijstand naar werk."),
            ("Zo lang mogelijk zelfstandig thuis", "Ouderen en mensen met een beperking kunnen zo lang mogelijk "
             "thuis blijven wonen, met steun uit hun eigen netwerk en lichte ondersteuning waar nodig."),
            ("Jeugd groeit gezond en veilig op", "Kinderen en jongeren krijgen op tijd de juiste hulp, zo dicht "
             "mogelijk bij huis. Zwaardere jeugdhulp zetten we alleen in als het echt nodig is."),
        ],
        doen=[
            "We starten de pilot Ouderenbegeleiding thuis: vrijwilligers en een ouderenadviseur bezoeken alle "
            "inwoners van 78 jaar en ouder. De pilot loopt in 2026 en 2027 en kost € 240.000 per jaar; we dekken "
            "dit uit de reserve sociaal domein.",
            "We breiden het jongerenwerk uit met een extra jongerenwerker in Ruwelo en Staverhof. Hiervoor is "
            "vanaf 2026 structureel € 85.000 beschikbaar.",
            "In 6 huisartsenpraktijken werkt een praktijkondersteuner jeugd (POH-jeugd); we breiden dit in 2026 uit "
            "naar alle 8 praktijken.",
            "De inkomensgrens voor het kindpakket en de meedoenregeling verhogen we van 120% naar 130% van het "
            "sociaal minimum.",
            "We bieden 14 plekken beschut werk aan bij Werkbedrijf Dinxelo.",
        ],
        toelichting="De lasten stijgen in 2026 met € 1.534.000 ten opzichte van 2025. De belangrijkste oorzaken "
                    "zijn hogere kosten voor jeugdhulp (€ 910.000) en voor huishoudelijke ondersteuning in de Wmo "
                    "(€ 420.000). Het restant van € 204.000 bestaat uit loon- en prijsstijgingen bij "
                    "gesubsidieerde instellingen.",
    ),
    3: dict(
        intro="Dit programma gaat over het beheer van wegen, groen, riolering en afval, over milieu en over de "
              "energietransitie en klimaatadaptatie.",
        bereiken=[
            ("Schone, hele en veilige openbare ruimte", "Wegen, fietspaden en groen zijn onderhouden op "
             "beeldkwaliteitsniveau B; in de centra van Aldebrink en Ruwelo op niveau A."),
            ("Minder restafval", "In 2027 gooit elke inwoner gemiddeld nog maar 100 kilo restafval per jaar weg. "
             "Het scheidingspercentage stijgt naar 78% in 2026."),
            ("Klimaatbestendig en aardgasvrij", "In 2050 zijn alle wijken aardgasvrij. In 2026 stellen we het "
             "wijkuitvoeringsplan voor Ruwelo-Oost vast."),
        ],
        doen=[
            "We richten het Marktplein opnieuw in met meer groen en waterberging. Daarvoor is in 2026 incidenteel "
            "€ 420.000 geraamd.",
            "We vervangen 1,8 kilometer riolering in de Stationsweg en de Kampersgoorseweg.",
            "We verstrekken duurzaamheidsleningen tot maximaal € 25.000 per woning.",
            "We planten 1.200 nieuwe bomen, onder meer langs de Overdingerlaan.",
        ],
        toelichting="De baten stijgen in 2026 met € 737.000, vooral door hogere opbrengsten afvalstoffenheffing "
                    "(€ 283.000) en rioolheffing (€ 202.000) en de incidentele subsidie klimaatadaptatie "
                    "(€ 310.000), terwijl de overige baten € 58.000 lager zijn.",
    ),
    4: dict(
        intro="Dit programma omvat ruimtelijke ordening, wonen, economie, onderwijshuisvesting, sport en cultuur.",
        bereiken=[
            ("Voldoende en betaalbare woningen", "Tussen 2024 en 2030 bouwen we 600 woningen, waarvan ten minste "
             "35% sociale huur. In 2026 willen we 165 woningen opleveren."),
            ("Een sterke lokale economie", "Ondernemers kunnen zich vestigen en groeien; het centrum van Aldebrink "
             "blijft levendig."),
            ("Sport en cultuur voor iedereen", "Alle kinderen kunnen zwemmen, sporten en kennismaken met cultuur."),
        ],
        doen=[
            "We bereiden de woningbouwlocatie Boschkamp-Zuid voor (circa 240 woningen). De planvoorbereiding kost "
            "€ 350.000 in 2026 en € 150.000 in 2027.",
            "We verkopen het voormalige gemeentepand aan de Kerkstraat 14; de verwachte opbrengst is € 725.000.",
            "We bouwen een nieuw Integraal Kindcentrum (IKC) De Vlinderboom in Staverhof; het investeringskrediet "
            "bedraagt € 8,4 miljoen. Tijdens de bouw is tijdelijke huisvesting nodig.",
            "In 2026 bestaat Aldebrink 750 jaar. We vieren dit met een cultuurfestival in september "
            "(€ 160.000 incidenteel).",
            "We geven uitvoering aan het lokale Sportakkoord met € 45.000 per jaar voor buurtsportcoaches.",
        ],
        toelichting="De lasten zijn in 2026 € 893.000 hoger dan in 2025, vooral door de planvoorbereiding "
                    "Boschkamp-Zuid, het cultuurfestival en de tijdelijke huisvesting van IKC De Vlinderboom. "
                    "Vanaf 2027 dalen de lasten weer.",
    ),
}
# prose figures must agree with the tables
assert PROG[1]["lasten"][2] - PROG[1]["lasten"][1] == 572 == 135 + 95 + 180 + 72 + 90
assert PROG[2]["lasten"][2] - PROG[2]["lasten"][1] == 1534 == 910 + 420 + 204
assert PROG[3]["baten"][2] - PROG[3]["baten"][1] == 737 == 283 + 202 + 310 - 58
assert PROG[4]["lasten"][2] - PROG[4]["lasten"][1] == 893
assert OPBRENGST[2][2] - OPBRENGST[2][1] == 283 and OPBRENGST[3][2] - OPBRENGST[3][1] == 202


def programma(pnr: int) -> str:
    p, t = PROG[pnr], TEXT[pnr]
    bereik = "\n".join(f"<h4>{k}</h4>\n<p>{v}</p>" for k, v in t["bereiken"])
    doen = "\n".join(f"<li>{d}</li>" for d in t["doen"])
    opened = " open" if pnr in (1, 2) else ""
    return f"""
<section class="programma" id="programma-{pnr}">
<details class="accordion"{opened}>
<summary><h2>Programma {pnr} {p['name']}</h2></summary>
<div class="accordion-body">
<p class="lead">{t['intro']}</p>
<details class="sub" open><summary><h3>Wat willen we bereiken?</h3></summary>
{bereik}
{indicatoren(pnr)}
</details>
<details class="sub"><summary><h3>Wat gaan we daarvoor doen?</h3></summary>
<ul>
{doen}
</ul>
</details>
<details class="sub" open><summary><h3>Wat mag het kosten?</h3></summary>
{wat_mag_het_kosten(pnr)}
<p><strong>Toelichting</strong><br>{t['toelichting']}</p>
{taakvelden(pnr)}
</details>
</div>
</details>
</section>"""


def overzicht() -> str:
    rows = []
    for i in PROG:
        rows.append([f"Programma {i} {PROG[i]['name']}"] + [nl(v) for v in PROG[i]["saldo"]])
    rows += [
        ["Algemene dekkingsmiddelen"] + [nl(v) for v in ALG_DEKKING],
        ["Overhead"] + [nl(v) for v in OVERHEAD],
        ["Heffing vennootschapsbelasting (Vpb)"] + [nl(v) for v in VPB],
        ["Bedrag voor onvoorzien"] + [nl(v) for v in ONVOORZIEN],
        ["Saldo van baten en lasten"] + [nl(v) for v in SALDO_TOTAAL],
        ["Toevoegingen aan reserves"] + [nl(v) for v in sum_toev],
        ["Onttrekkingen aan reserves"] + [nl(v) for v in sum_ontt],
        ["Geraamd resultaat"] + [nl(v) for v in RESULT],
    ]
    return table("Tabel 0.1 Overzicht van baten en lasten per programma (saldo, bedragen x € 1.000)",
                 [""] + YEARS, rows, total_rows=1,
                 note="Een negatief bedrag is een nadelig saldo. De kolom Rekening 2024 toont het gerealiseerde resultaat.")


def heffingen() -> str:
    r1 = [[n, dec(a, 4) + "%", dec(b, 4) + "%", dec((b / a - 1) * 100, 1) + "%"] for n, a, b in OZB]
    t1 = table("Tabel H.1 Tarieven onroerende-zaakbelastingen (percentage van de WOZ-waarde)",
               ["Belastingsoort", "Tarief 2025", "Tarief 2026", "Stijging"], r1)
    r2 = [[n, e, "€ " + dec(a / 100), "€ " + dec(b / 100)] for n, e, a, b in TARIEVEN]
    t2 = table("Tabel H.2 Tarieven heffingen 2025 en 2026", ["Heffing", "Grondslag", "Tarief 2025", "Tarief 2026"], r2)
    rows3 = []
    labels = [("OZB woning (eigenaar)*", ozb_woning, ozb_woning),
              ("Afvalstoffenheffing", {2025: T["Afvalstoffenheffing eenpersoonshuishouden"][0], 2026: T["Afvalstoffenheffing eenpersoonshuishouden"][1]},
               {2025: T["Afvalstoffenheffing meerpersoonshuishouden"][0], 2026: T["Afvalstoffenheffing meerpersoonshuishouden"][1]}),
              ("Rioolheffing", {2025: T["Rioolheffing eenpersoonshuishouden"][0], 2026: T["Rioolheffing eenpersoonshuishouden"][1]},
               {2025: T["Rioolheffing meerpersoonshuishouden"][0], 2026: T["Rioolheffing meerpersoonshuishouden"][1]}),
              ("Totale woonlasten", woon["een"], woon["meer"])]
    for lab, e, m in labels:
        rows3.append([lab, "€ " + dec(e[2025] / 100), "€ " + dec(e[2026] / 100), dec((e[2026] / e[2025] - 1) * 100, 1) + "%",
                      "€ " + dec(m[2025] / 100), "€ " + dec(m[2026] / 100), dec((m[2026] / m[2025] - 1) * 100, 1) + "%"])
    t3 = table("Tabel H.3 Woonlasten eenpersoons- en meerpersoonshuishouden",
               ["", "Eenpersoons 2025", "Eenpersoons 2026", "Stijging", "Meerpersoons 2025", "Meerpersoons 2026", "Stijging"],
               rows3, total_rows=1,
               note="* Op basis van de gemiddelde WOZ-waarde van een woning in Aldebrink: € 362.000 voor 2025 "
                    "(waardepeildatum 1-1-2024) en € 384.000 voor 2026 (waardepeildatum 1-1-2025).")
    r4 = [[n, nl(a), nl(b)] for n, a, b in OPBRENGST] + [["Totaal", nl(OPBR_TOT[0]), nl(OPBR_TOT[1])]]
    t4 = table("Tabel H.4 Geraamde opbrengst belastingen en heffingen", ["Heffing", "Begroting 2025", "Begroting 2026"],
               r4, total_rows=1, note="Bedragen x € 1.000.")
    r5 = [[n, nl(l), nl(o), dec(o / l * 100, 1) + "%"] for n, l, o in KOSTENDEKKING]
    t5 = table("Tabel H.5 Kostendekkendheid heffingen 2026 (bedragen x € 1.000)",
               ["Heffing", "Lasten incl. overhead en btw", "Opbrengst heffing", "Dekkingspercentage"], r5)
    return f"""
<section class="paragraaf" id="paragraaf-lokale-heffingen">
<details class="accordion" open>
<summary><h2>Paragraaf Lokale heffingen</h2></summary>
<div class="accordion-body">
<p>In deze paragraaf staan de tarieven van de gemeentelijke belastingen en heffingen voor 2026 en de gevolgen
voor de woonlasten van onze inwoners. De OZB-tarieven stijgen in 2026 met de inflatiecorrectie van 3,6%. De
afvalstoffenheffing en de rioolheffing stijgen meer, omdat de kosten van inzameling, verwerking en rioolvervanging
toenemen. Afvalstoffenheffing en rioolheffing zijn kostendekkend of bijna kostendekkend; de raad heeft besloten dat de
dekking van de afvalstoffenheffing niet lager mag zijn dan 95%.</p>
<h3>Tarieven</h3>
{t1}
{t2}
<h3>Woonlasten</h3>
<p>De woonlasten zijn de lasten die een huishouden met een eigen woning betaalt aan OZB, afvalstoffenheffing en
rioolheffing. Door de stijging van de WOZ-waarden stijgt de OZB per woning harder dan het tarief.</p>
{t3}
<h3>Opbrengsten</h3>
{t4}
{t5}
<h3>Kwijtschelding</h3>
<p>Inwoners met een inkomen op bijstandsniveau kunnen kwijtschelding aanvragen voor de afvalstoffenheffing en de
rioolheffing. Wij hanteren de kwijtscheldingsnorm van 100% van de bijstandsnorm. Voor 2026 verwachten we circa
640 verzoeken; het geraamde bedrag aan kwijtschelding is € 265.000.</p>
</div>
</details>
</section>"""


def weerstand() -> str:
    r1 = [[n, nl(v)] for n, v in CAPACITEIT] + [["Totaal beschikbare weerstandscapaciteit", nl(CAP_TOT)]]
    t1 = table("Tabel W.1 Beschikbare weerstandscapaciteit per 1 januari 2026 (bedragen x € 1.000)",
               ["Onderdeel", "Bedrag"], r1, total_rows=1)
    r2 = [[n, f"{k}%", nl(v)] for n, k, v in RISICOS]
    t2 = table("Tabel W.2 Belangrijkste risico's (bedragen x € 1.000)", ["Risico", "Kans", "Maximaal financieel gevolg"], r2)
    r3 = [["Beschikbare weerstandscapaciteit", nl(CAP_TOT)], ["Benodigde weerstandscapaciteit", nl(BENODIGD)],
          ["Ratio weerstandsvermogen", dec(RATIO, 2)]]
    t3 = table("Tabel W.3 Ratio weerstandsvermogen (bedragen x € 1.000)", ["", "2026"], r3)
    r4 = [["A", "&gt; 2,0", "uitstekend"], ["B", "1,4 - 2,0", "ruim voldoende"], ["C", "1,0 - 1,4", "voldoende"],
          ["D", "0,8 - 1,0", "matig"], ["E", "0,6 - 0,8", "onvoldoende"], ["F", "&lt; 0,6", "ruim onvoldoende"]]
    t4 = table("Tabel W.4 Waarderingstabel weerstandsvermogen", ["Waardering", "Ratio", "Betekenis"], r4, cls="ind")
    r5 = [[n] + [v + "%" for v in vals] for n, vals in KENGETALLEN]
    t5 = table("Tabel W.5 Financiële kengetallen", ["Kengetal"] + YEARS, r5)
    return f"""
<section class="paragraaf" id="paragraaf-weerstandsvermogen">
<details class="accordion">
<summary><h2>Paragraaf Weerstandsvermogen en risicobeheersing</h2></summary>
<div class="accordion-body">
<p>Het weerstandsvermogen is de mate waarin de gemeente financiële tegenvallers kan opvangen zonder dat het beleid
hoeft te worden aangepast. We zetten de beschikbare weerstandscapaciteit af tegen de benodigde weerstandscapaciteit
die volgt uit de risico's.</p>
{t1}
<p>De benodigde weerstandscapaciteit is met een Monte-Carlosimulatie berekend op basis van de geïnventariseerde risico's,
met een zekerheidspercentage van 90%. In totaal zijn 23 risico's in beeld; hieronder staan de acht grootste.</p>
{t2}
{t3}
<p>Met een ratio van {dec(RATIO, 2)} is het weerstandsvermogen van Aldebrink volgens de waarderingstabel
<em>ruim voldoende</em> (klasse B). Het streven van de raad is een ratio van minimaal 1,4.</p>
{t4}
<h3>Financiële kengetallen</h3>
{t5}
<p>De netto schuldquote stijgt tot 2028 door de investeringen in IKC De Vlinderboom en de riolering. De structurele
exploitatieruimte is in 2028 en 2029 negatief; dit betekent dat de structurele lasten dan hoger zijn dan de structurele baten.</p>
</div>
</details>
</section>"""


def incidenteel() -> str:
    rows = []
    for i, (om, pr, lb, v) in enumerate(INCIDENTEEL, 1):
        rows.append([f"{i}. {om}", f"P{pr}", lb] + [nl(x) if x else "-" for x in v])
    rows.append(["Totaal incidentele lasten", "", "L"] + [nl(x) for x in INC_L])
    rows.append(["Totaal incidentele baten", "", "B"] + [nl(x) for x in INC_B])
    rows.append(["Saldo incidentele baten en lasten", "", ""] + [nl(b - l) for b, l in zip(INC_B, INC_L)])
    t = table("Tabel B.1 Overzicht incidentele lasten en baten", ["Omschrijving", "Programma", "L/B", "2026", "2027", "2028", "2029"],
              rows, total_rows=3, note="Bedragen x € 1.000. L = last, B = baat. Een negatief saldo is een nadeel.")
    return f"""
<section class="bijlage" id="incidentele-lasten-en-baten">
<details class="accordion">
<summary><h2>Incidentele lasten en baten</h2></summary>
<div class="accordion-body">
<p>Om te beoordelen of de begroting structureel in evenwicht is, geven we hieronder de incidentele lasten en baten
weer. Incidenteel zijn lasten en baten die zich gedurende maximaal drie jaar voordoen.</p>
{t}
<p>Het structurele begrotingssaldo 2026 is het geraamde resultaat van € {nl(RESULT[2])}.000 gecorrigeerd voor het
saldo van incidentele lasten en baten en de incidentele onttrekkingen aan reserves.</p>
</div>
</details>
</section>"""


NAV = """
<header class="site-header">
  <div class="brand"><a href="https://aldebrink.begrotingsportaal.nl/" class="logo">Gemeente Aldebrink</a>
  <span class="product">Begroting 2026</span></div>
  <nav class="main-nav" aria-label="Hoofdmenu">
    <ul>
      <li><a href="https://aldebrink.begrotingsportaal.nl/">Home</a></li>
      <li><a href="https://aldebrink.begrotingsportaal.nl/begroting-2026/inleiding">Inleiding</a></li>
      <li class="has-sub"><a href="#">Programma's</a>
        <ul class="sub-menu">
          <li><a href="#programma-1">1. Bestuur, veiligheid en dienstverlening</a></li>
          <li><a href="#programma-2">2. Sociaal domein</a></li>
          <li><a href="#programma-3">3. Openbare ruimte, milieu en duurzaamheid</a></li>
          <li><a href="#programma-4">4. Wonen, economie en vrije tijd</a></li>
        </ul></li>
      <li class="has-sub"><a href="#">Paragrafen</a>
        <ul class="sub-menu">
          <li><a href="#paragraaf-lokale-heffingen">Lokale heffingen</a></li>
          <li><a href="#paragraaf-weerstandsvermogen">Weerstandsvermogen en risicobeheersing</a></li>
        </ul></li>
      <li><a href="#financiele-begroting">Financiële begroting</a></li>
      <li><a href="#incidentele-lasten-en-baten">Bijlagen</a></li>
      <li><a href="https://aldebrink.begrotingsportaal.nl/zoeken">Zoeken</a></li>
      <li><a href="https://aldebrink.begrotingsportaal.nl/archief">Eerdere begrotingen</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumbs" aria-label="Kruimelpad">
  <a href="https://aldebrink.begrotingsportaal.nl/">Home</a> &rsaquo;
  <a href="https://aldebrink.begrotingsportaal.nl/begroting-2026">Programmabegroting 2026</a> &rsaquo;
  <span>Volledige begroting (alle hoofdstukken)</span>
</nav>
"""

CSS = """
body{font-family:'Source Sans Pro',Arial,sans-serif;margin:0;color:#1d2a33;background:#f4f6f8}
.site-header{background:#0b5d57;color:#fff;padding:8px 24px}.site-header a{color:#fff;text-decoration:none}
.main-nav ul{list-style:none;display:flex;gap:18px;margin:6px 0;padding:0}.sub-menu{display:none}
.breadcrumbs{padding:8px 24px;font-size:.9em;background:#e3ecea}
main{max-width:1100px;margin:0 auto;padding:16px 24px;background:#fff}
table{border-collapse:collapse;width:100%;margin:10px 0;font-size:.92em}
caption{text-align:left;font-weight:700;padding:4px 0}
th,td{border-bottom:1px solid #cfd8dc;padding:4px 6px;text-align:left}td.num,th.num{text-align:right}table.ind td.num{text-align:left}
tr.total th,tr.total td{font-weight:700;border-top:2px solid #0b5d57}
.table-note{font-size:.85em;color:#555;margin-top:-4px}
details.accordion>summary{cursor:pointer;background:#e9f2f1;padding:6px 10px}
details.accordion>summary h2,details.sub>summary h3{display:inline}
.cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#222;color:#eee;padding:12px 24px;font-size:.9em}
footer.site-footer{background:#20343b;color:#cdd;padding:16px 24px;font-size:.85em}
"""


def build() -> str:
    body = f"""<!DOCTYPE html>
<!-- saved from url=(0062)https://aldebrink.begrotingsportaal.nl/begroting-2026/volledig -->
<html lang="nl"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Programmabegroting 2026 - Volledige begroting | Gemeente Aldebrink</title>
<meta name="description" content="De programmabegroting 2026 van de gemeente Aldebrink, vastgesteld door de raad op 6 november 2025.">
<link rel="stylesheet" href="./Programmabegroting 2026 - Volledige begroting _ Gemeente Aldebrink_files/app.min.css">
<style>{CSS}</style>
<script type="text/javascript">
  window.portalConfig = {{"tenant":"aldebrink","document":"begroting-2026","theme":"teal","search":true}};
  (function(){{var c=document.cookie.indexOf('bp_consent=1')>-1;if(!c){{document.documentElement.className+=' show-cookie';}}}})();
</script>
</head>
<body class="page-volledig">
<a class="skip-link" href="#main">Direct naar de inhoud</a>
{NAV}
<main id="main">
<h1>Programmabegroting 2026</h1>
<p class="meta">Gemeente Aldebrink &middot; Vastgesteld door de gemeenteraad op 6 november 2025 &middot; Versie 1.2</p>

<section id="inleiding">
<h2>Inleiding</h2>
<p>Voor u ligt de programmabegroting 2026 van de gemeente Aldebrink, met de meerjarenraming 2027-2029. Aldebrink telt
38.412 inwoners (1 januari 2025) en bestaat uit de kernen Aldebrink, Ruwelo, Kampersgoor, Overdinge en Staverhof.</p>
<p>De begroting 2026 sluit met een positief saldo van € 318.000. Ook 2027 is sluitend, met een overschot van € 146.000.
In 2028 en 2029 laat de meerjarenraming een tekort zien van € 212.000 respectievelijk € 497.000. Dit komt vooral
doordat de algemene uitkering uit het gemeentefonds vanaf 2028 achterblijft bij de stijging van de kosten in het
sociaal domein. In het voorjaar van 2026 komen wij met voorstellen om de meerjarenraming sluitend te maken.</p>
<p><strong>Leeswijzer.</strong> De bedragen in de tabellen 'Wat mag het kosten?' zijn in duizenden euro's (x € 1.000).
De taakveldtabellen zijn in hele euro's. Een minteken betekent een nadelig saldo.</p>
</section>

<section id="financiele-begroting">
<h2>Financiële begroting in één oogopslag</h2>
{overzicht()}
</section>

{''.join(programma(i) for i in PROG)}

{heffingen()}

{weerstand()}

{incidenteel()}

<p class="last-update">Laatst gewijzigd: 7 november 2025</p>
</main>

<footer class="site-footer">
  <div class="footer-cols">
    <div><strong>Gemeente Aldebrink</strong><br>Raadhuisplein 1, 7461 KX Aldebrink<br>Telefoon 14 0548<br>
    <a href="mailto:info@aldebrink.nl">info@aldebrink.nl</a></div>
    <div><a href="https://aldebrink.begrotingsportaal.nl/privacy">Privacyverklaring</a> &middot;
    <a href="https://aldebrink.begrotingsportaal.nl/toegankelijkheid">Toegankelijkheidsverklaring</a> &middot;
    <a href="https://aldebrink.begrotingsportaal.nl/colofon">Colofon</a></div>
    <div>Dit begrotingsportaal wordt mogelijk gemaakt door Kwadrant Online.</div>
  </div>
  <div class="cookie-banner" role="dialog" aria-label="Cookiemelding">
    <p>Wij gebruiken functionele en analytische cookies om deze website goed te laten werken en om het gebruik
    anoniem te meten. Er worden geen tracking cookies geplaatst. Lees meer in onze
    <a href="https://aldebrink.begrotingsportaal.nl/cookies">cookieverklaring</a>.</p>
    <button type="button" class="btn-accept">Akkoord</button> <button type="button" class="btn-decline">Alleen noodzakelijke cookies</button>
  </div>
</footer>
<script src="./Programmabegroting 2026 - Volledige begroting _ Gemeente Aldebrink_files/app.min.js.download"></script>
</body></html>
"""
    return body


if __name__ == "__main__":
    html = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(html, encoding="utf-8")
    shutil.copy(OUT, HERE / OUT.name)
    print("wrote", OUT)
    print("alg dekking", ALG_DEKKING)
    print("saldo totaal", SALDO_TOTAAL, "toev", sum_toev, "ontt", sum_ontt)
    for i in PROG:
        print(i, "saldo", PROG[i]["saldo"], "res", PROG[i]["resultaat"])
    for i in TV_EURO:
        print(i, [(r[0], r[2], r[3]) for r in TV_EURO[i]], sum(r[2] for r in TV_EURO[i]), sum(r[3] for r in TV_EURO[i]))
    print("woon", woon, "opbr", OPBR_TOT, "ratio", RATIO)
