#!/usr/bin/env python3
"""Generator for the fictional 'Begroting 2027' of Gemeente Trimbeek, as a saved web page
from an online budget site.  Writes corpus/trimbeek-begroting-2027.html (and a copy in source/).
All totals, saldi, tariff changes and text amounts are computed here and asserted.
"""
import html
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(os.path.dirname(HERE), "corpus")
OUT = os.path.join(CORPUS, "trimbeek-begroting-2027.html")
SRC_COPY = os.path.join(HERE, "trimbeek_begroting_2027.html")

YEARS = ("Rekening 2025", "Begroting 2026", "Begroting 2027")


def nl(n):
    return f"{abs(int(n)):,}".replace(",", ".")


def sg(n):
    """signed with a plain minus, as budget sites print"""
    n = int(n)
    return ("-" if n < 0 else "") + nl(n)


def dec(x, d=1):
    return f"{x:.{d}f}".replace(".", ",")


def e(s):
    return html.escape(s, quote=False)


# ------------------------------------------------------------------ data (x € 1.000)
# programme -> list of (taakveld, (L25, L26, L27), (B25, B26, B27))
PROGS = [
    ("1", "Bestuur en dienstverlening", "bestuur", [
        ("Bestuur en ondersteuning college en raad", (2_412, 2_506, 2_588), (12, 10, 10)),
        ("Burgerzaken", (1_684, 1_742, 1_806), (1_108, 1_020, 986)),
        ("Dienstverlening en samenwerking", (1_118, 1_205, 1_262), (0, 0, 0)),
    ]),
    ("2", "Veilig Trimbeek", "veiligheid", [
        ("Brandweer en crisisbeheersing", (3_108, 3_264, 3_419), (0, 0, 0)),
        ("Openbare orde en veiligheid", (1_012, 1_086, 1_124), (48, 40, 40)),
    ]),
    ("3", "Ruimte en bereikbaarheid", "ruimte", [
        ("Verkeer, wegen en water", (7_814, 8_102, 8_486), (412, 380, 395)),
        ("Openbare verlichting", (1_106, 1_288, 1_354), (0, 0, 0)),
        ("Groen en openbare ruimte", (3_906, 4_012, 4_188), (86, 90, 92)),
        ("Openbaar vervoer", (184, 190, 196), (0, 0, 0)),
    ]),
    ("4", "Leren, sporten en ontmoeten", "leren", [
        ("Onderwijshuisvesting", (3_512, 3_688, 4_106), (142, 150, 150)),
        ("Onderwijsbeleid en leerlingenzaken", (2_884, 3_016, 3_198), (412, 380, 380)),
        ("Sportbeleid en sportaccommodaties", (3_944, 4_206, 4_512), (1_306, 1_352, 1_398)),
        ("Cultuur, bibliotheek en dorpshuizen", (2_418, 2_466, 2_539), (118, 120, 124)),
    ]),
    ("5", "Zorg en welzijn", "zorg", [
        ("Wmo huishoudelijke hulp", (5_612, 6_104, 6_588), (212, 198, 205)),
        ("Wmo maatwerk (hulpmiddelen en begeleiding)", (7_884, 8_312, 8_958), (341, 350, 362)),
        ("Jeugdhulp ambulant", (8_246, 8_790, 9_312), (0, 0, 0)),
        ("Jeugdhulp met verblijf", (6_918, 7_402, 8_214), (0, 0, 0)),
        ("Toegang en sociaal team", (3_415, 3_560, 3_702), (118, 120, 120)),
        ("Volksgezondheid", (1_904, 1_986, 2_071), (0, 0, 0)),
    ]),
    ("6", "Werk en inkomen", "werk", [
        ("Inkomensregelingen", (16_218, 16_540, 16_902), (15_412, 15_620, 15_980)),
        ("Begeleide participatie", (3_804, 3_612, 3_420), (0, 0, 0)),
        ("Arbeidsparticipatie", (1_212, 1_260, 1_298), (0, 0, 0)),
        ("Minimabeleid en schuldhulpverlening", (1_486, 1_602, 1_688), (42, 40, 40)),
    ]),
    ("7", "Duurzaam en schoon", "duurzaam", [
        ("Afval", (7_108, 7_512, 7_884), (7_402, 7_612, 7_987)),
        ("Riolering", (4_612, 4_886, 5_268), (4_890, 4_914, 5_281)),
        ("Milieubeheer en energietransitie", (1_612, 1_804, 1_716), (210, 380, 240)),
    ]),
    ("8", "Wonen en omgeving", "wonen", [
        ("Ruimtelijke ordening en omgevingsvergunningen", (2_804, 2_912, 3_018), (1_412, 1_380, 1_402)),
        ("Grondexploitatie", (3_912, 4_602, 5_114), (4_206, 4_940, 5_486)),
        ("Wonen en bouwen", (1_106, 1_208, 1_246), (64, 60, 60)),
    ]),
]
# Algemene dekkingsmiddelen (baten) and general lasten, x € 1.000
ADM_BATEN = [
    ("OZB woningen", (7_012, 7_418, 7_836)),
    ("OZB niet-woningen", (3_408, 3_562, 3_712)),
    ("Toeristenbelasting", (312, 330, 352)),
    ("Algemene uitkering gemeentefonds", None),
    ("Dividend", (486, 420, 420)),
]
ADM_LASTEN = [
    ("Overhead", (14_204, 14_886, 15_512)),
    ("Heffing en invordering belastingen", (612, 634, 658)),
    ("Onvoorzien", (0, 100, 100)),
    ("Vennootschapsbelasting", (4, 5, 5)),
]
TOEV = (1_412, 250, 250)
ONTT = (2_106, 1_318, 1_546)
ONTT_2027 = [("Reserve sociaal domein", 800), ("Reserve dekking kapitaallasten", 412), ("Reserve energietransitie", 334)]
assert sum(a for _, a in ONTT_2027) == ONTT[2]
RESULT = (2_318, 206, 1_146)
MEERJARIG = [("2027", 1_146), ("2028", 612), ("2029", -238), ("2030", -517)]
assert MEERJARIG[0][1] == RESULT[2]


def psum(rows, which, i):
    return sum(r[which][i] for r in rows)


PL = {p[0]: tuple(psum(p[3], 1, i) for i in range(3)) for p in PROGS}
PB = {p[0]: tuple(psum(p[3], 2, i) for i in range(3)) for p in PROGS}
ADML = tuple(sum(v[i] for _, v in ADM_LASTEN) for i in range(3))
AU = []
for i in range(3):
    other = sum(v[i] for n, v in ADM_BATEN if v)
    saldo_needed = RESULT[i] + TOEV[i] - ONTT[i]       # saldo baten - lasten
    au = saldo_needed - (sum(PB[k][i] for k in PB) + other) + (sum(PL[k][i] for k in PL) + ADML[i])
    AU.append(au)
AU = tuple(AU)
ADM_BATEN[3] = ("Algemene uitkering gemeentefonds", AU)
ADMB = tuple(sum(v[i] for _, v in ADM_BATEN) for i in range(3))
TOT_L = tuple(sum(PL[k][i] for k in PL) + ADML[i] for i in range(3))
TOT_B = tuple(sum(PB[k][i] for k in PB) + ADMB[i] for i in range(3))
SALDO = tuple(TOT_B[i] - TOT_L[i] for i in range(3))
for i in range(3):
    assert SALDO[i] + ONTT[i] - TOEV[i] == RESULT[i]
assert 80_000 < AU[2] < 110_000, AU

# text amounts, asserted against the tables
Z = {r[0]: r for r in PROGS[4][3]}
JEUGD = tuple(Z["Jeugdhulp ambulant"][1][i] + Z["Jeugdhulp met verblijf"][1][i] for i in range(3))
WMO = tuple(Z["Wmo huishoudelijke hulp"][1][i] + Z["Wmo maatwerk (hulpmiddelen en begeleiding)"][1][i] for i in range(3))
jeugd_stijging = JEUGD[2] - JEUGD[0]            # vs rekening 2025
wmo_stijging = WMO[2] - WMO[1]                  # vs begroting 2026
assert round(jeugd_stijging / 1000, 1) == 2.4, jeugd_stijging
assert 1_100 < wmo_stijging < 1_150, wmo_stijging   # "ruim 1,1 mln"
TOT_L_MLN = dec(TOT_L[2] / 1000, 1)
ZORG_SHARE = 100.0 * PL["5"][2] / TOT_L[2]

# Kerngegevens
KERN = [
    ("Aantal inwoners", "47.385", "46.918"),
    ("waarvan 0 tot en met 17 jaar", "9.166", "9.204"),
    ("waarvan 65 jaar en ouder", "10.771", "10.412"),
    ("Aantal huishoudens", "21.163", "20.874"),
    ("Aantal woningen", "21.842", "21.530"),
    ("Oppervlakte land (hectare)", "8.412", "8.412"),
    ("Oppervlakte binnenwater (hectare)", "364", "364"),
    ("Oppervlakte totaal (hectare)", "8.776", "8.776"),
    ("Huishoudens met een bijstandsuitkering", "741", "768"),
]
assert 8412 + 364 == 8776

# Tarieven
TARIEVEN = [
    # name, grondslag, 2026, 2027, decimals, is_pct
    ("OZB woningen, eigenaar", "% van de WOZ-waarde", 0.0874, 0.0911, 4, True),
    ("OZB niet-woningen, eigenaar", "% van de WOZ-waarde", 0.1642, 0.1703, 4, True),
    ("OZB niet-woningen, gebruiker", "% van de WOZ-waarde", 0.1318, 0.1367, 4, True),
    ("Afvalstoffenheffing eenpersoonshuishouden", "per jaar", 268.40, 281.80, 2, False),
    ("Afvalstoffenheffing meerpersoonshuishouden", "per jaar", 342.00, 359.10, 2, False),
    ("Rioolheffing", "per huishouden per jaar", 229.56, 246.72, 2, False),
]
TAR_CHG = [round(100.0 * (b / a - 1), 1) for _, _, a, b, _, _ in TARIEVEN]
assert TAR_CHG == [4.2, 3.7, 3.7, 5.0, 5.0, 7.5], TAR_CHG
WOZ = {2026: 305_000, 2027: 318_000}
OZB_GEM = {2026: round(WOZ[2026] * 0.0874 / 100, 2), 2027: round(WOZ[2027] * 0.0911 / 100, 2)}
WOONL = {2026: round(OZB_GEM[2026] + 342.00 + 229.56, 2), 2027: round(OZB_GEM[2027] + 359.10 + 246.72, 2)}
WOONL_CHG = round(100.0 * (WOONL[2027] / WOONL[2026] - 1), 1)

# Investeringen 2027 (whole euros)
INVEST = [
    ("Nieuwbouw gymzaal De Esch", "4", 3_120_000, "40 jaar"),
    ("Herinrichting Marktplein", "3", 2_250_000, "30 jaar"),
    ("Vervanging riolering Beatrixlaan en omgeving", "7", 1_840_000, "60 jaar"),
    ("Fietsverbinding Trimbeek - Ossendorp", "3", 1_140_000, "30 jaar"),
    ("Zonnepanelen en warmtepomp zwembad Het Wellerbad", "4", 865_000, "15 jaar"),
    ("Vervanging kunstgrasveld sportpark Breukzand", "4", 478_000, "12 jaar"),
    ("Vervanging voertuigen buitendienst", "3", 412_500, "8 jaar"),
    ("Vervanging ICT-infrastructuur", "9", 296_000, "5 jaar"),
]
INV_TOT = sum(a for _, _, a, _ in INVEST)
INV_MLN = dec(INV_TOT / 1_000_000, 1)

SUBSIDIES = [
    ("Stichting Bibliotheek Trimbeek", 1_084_600),
    ("Stichting Zwembad Het Wellerbad (exploitatiebijdrage)", 648_000),
    ("Muziekschool De Klankkast", 312_450),
    ("Dorpshuizen (vijf dorpshuizen samen)", 127_500),
    ("Jeugdfonds Sport & Cultuur", 48_500),
]
SUB_TOT = sum(a for _, a in SUBSIDIES)


# ------------------------------------------------------------------ html pieces
def saved_table(pid, title, rows, total_label):
    """<table> with spanning header rows, amounts x € 1.000"""
    h = [f'<table class="fin" id="tbl-{pid}">',
         f'<caption>{e(title)} <span class="scale">(bedragen x € 1.000)</span></caption>',
         '<thead><tr><th rowspan="2" class="l">Taakveld</th><th colspan="3">Lasten</th><th colspan="3">Baten</th>'
         '<th rowspan="2">Saldo 2027</th></tr>',
         "<tr>" + "".join(f"<th>{y}</th>" for y in YEARS) * 2 + "</tr></thead><tbody>"]
    for name, L, B in rows:
        h.append(f'<tr><td class="l">{e(name)}</td>' + "".join(f"<td>{nl(x)}</td>" for x in L)
                 + "".join(f"<td>{nl(x)}</td>" for x in B) + f"<td>{sg(B[2] - L[2])}</td></tr>")
    L = tuple(sum(r[1][i] for r in rows) for i in range(3))
    B = tuple(sum(r[2][i] for r in rows) for i in range(3))
    h.append(f'</tbody><tfoot><tr class="tot"><td class="l">{e(total_label)}</td>' + "".join(f"<td>{nl(x)}</td>" for x in L)
             + "".join(f"<td>{nl(x)}</td>" for x in B) + f"<td>{sg(B[2] - L[2])}</td></tr></tfoot></table>")
    return "\n".join(h)


def grid_table(pid, title, rows, total_label):
    """the same layout built from <div> grid rows (as some budget sites render it)"""
    h = [f'<div class="tbl-title">{e(title)} <span class="scale">(bedragen x € 1.000)</span></div>',
         f'<div class="dgrid" id="grid-{pid}">',
         '<div class="dg-row dg-head"><div class="dg-cell l rs2">Taakveld</div><div class="dg-cell cs3">Lasten</div>'
         '<div class="dg-cell cs3">Baten</div><div class="dg-cell rs2">Saldo 2027</div></div>',
         '<div class="dg-row dg-head">' + "".join(f'<div class="dg-cell">{y}</div>' for y in YEARS) * 2 + "</div>"]
    for name, L, B in rows:
        h.append('<div class="dg-row">' + f'<div class="dg-cell l">{e(name)}</div>'
                 + "".join(f'<div class="dg-cell">{nl(x)}</div>' for x in L)
                 + "".join(f'<div class="dg-cell">{nl(x)}</div>' for x in B)
                 + f'<div class="dg-cell">{sg(B[2] - L[2])}</div></div>')
    L = tuple(sum(r[1][i] for r in rows) for i in range(3))
    B = tuple(sum(r[2][i] for r in rows) for i in range(3))
    h.append('<div class="dg-row dg-tot">' + f'<div class="dg-cell l">{e(total_label)}</div>'
             + "".join(f'<div class="dg-cell">{nl(x)}</div>' for x in L)
             + "".join(f'<div class="dg-cell">{nl(x)}</div>' for x in B)
             + f'<div class="dg-cell">{sg(B[2] - L[2])}</div></div>')
    h.append("</div>")
    return "\n".join(h)


TEKST = {
    "1": dict(
        bereiken="Inwoners en ondernemers kunnen hun zaken met de gemeente snel en eenvoudig regelen, digitaal als het kan en persoonlijk als dat nodig is. "
                 "De gemeenteraad en het college werken open en betrekken inwoners vroeg bij plannen.",
        doen=["We breiden het aantal producten dat volledig online kan worden aangevraagd uit van 38 naar 50.",
              "Het klantcontactcentrum is vanaf 2027 ook op donderdagavond tot 20.00 uur bereikbaar.",
              "We houden in 2027 een inwonerpanel over de toekomst van de dorpshuizen."],
        toel="De lagere baten bij Burgerzaken komen doordat na de piek van 2024-2025 minder paspoorten en identiteitskaarten verlopen. "
             "De leges-opbrengst daalt daardoor van € 1,1 miljoen in 2025 naar € 986.000 in 2027.",
    ),
    "2": dict(
        bereiken="Trimbeek is en blijft een veilige gemeente waarin inwoners zich thuis voelen. We pakken ondermijning aan en zijn voorbereid op crises.",
        doen=["We zetten een extra boa in voor de kernen Ossendorp en Breukzand (0,8 fte).",
              "Samen met de Veiligheidsregio oefenen we in 2027 twee keer een grootschalige evacuatie.",
              "We starten een meldpunt ondermijning voor ondernemers op bedrijventerrein De Weller."],
        toel=None,
    ),
    "3": dict(
        bereiken="Een schone, hele en veilige openbare ruimte, met goede fiets- en wandelverbindingen tussen de kernen.",
        doen=["We herinrichten het Marktplein: minder verharding, meer groen en een autoluw centrum.",
              "We leggen een vrijliggende fietsverbinding aan tussen Trimbeek en Ossendorp (3,4 kilometer).",
              "Het laatste deel van de openbare verlichting wordt omgebouwd naar led; daarna is 100% van de lichtmasten led."],
        toel=None,
    ),
    "4": dict(
        bereiken="Alle kinderen gaan naar een goede, gezonde school in hun buurt. Inwoners sporten en bewegen meer en kunnen elkaar ontmoeten in dorpshuizen, bibliotheek en sportvereniging.",
        doen=["We bouwen een nieuwe gymzaal bij kindcentrum De Esch; de oude gymzaal uit 1968 wordt gesloopt.",
              "We leggen zonnepanelen en een warmtepomp aan bij zwembad Het Wellerbad.",
              "We subsidiëren de bibliotheek, de muziekschool, het zwembad en de dorpshuizen (zie de tabel subsidies)."],
        toel=None,
    ),
    "5": dict(
        bereiken="Inwoners kunnen zo lang mogelijk zelfstandig en gezond leven. Kinderen en jongeren groeien veilig op; wie hulp nodig heeft, krijgt die op tijd en dichtbij.",
        doen=["We plaatsen in alle huisartsenpraktijken een praktijkondersteuner jeugd (POH-jeugd), zodat minder kinderen worden doorverwezen naar dure specialistische hulp.",
              "We herbeoordelen alle indicaties jeugdhulp die langer dan twee jaar lopen.",
              "We kopen met de regio opnieuw in voor jeugdhulp met verblijf, met afspraken over kortere trajecten en terugkeer naar huis.",
              "We breiden de algemene voorziening 'Schoon Thuis' uit, zodat minder inwoners een maatwerkvoorziening voor huishoudelijke hulp nodig hebben."],
        toel=None,
    ),
    "6": dict(
        bereiken="Zoveel mogelijk inwoners doen mee, het liefst met betaald werk. Wie dat niet kan, krijgt een inkomen en ondersteuning.",
        doen=["We begeleiden 120 bijstandsgerechtigden naar werk, met leerwerkplekken bij lokale bedrijven.",
              "We gaan door met vroegsignalering van betalingsachterstanden bij huur, energie en zorgverzekering.",
              "De sociale werkvoorziening bouwt verder af; de lasten voor begeleide participatie dalen daardoor."],
        toel=None,
    ),
    "7": dict(
        bereiken="Trimbeek is in 2050 energieneutraal. Het afval wordt zo goed mogelijk gescheiden en de riolering is klaar voor hevige buien.",
        doen=["We vervangen de riolering in de Beatrixlaan en omgeving en koppelen daar het regenwater af.",
              "Het restafval wordt vanaf 1 april 2027 nog maar eens per vier weken opgehaald; gft en pmd elke twee weken.",
              "Het energieloket helpt 600 huishoudens met advies over isolatie en zonnepanelen."],
        toel=None,
    ),
    "8": dict(
        bereiken="Er komen genoeg betaalbare woningen bij voor starters, ouderen en gezinnen, in alle kernen.",
        doen=["In 2027 worden naar verwachting 260 woningen gebouwd, waarvan 95 sociale huurwoningen.",
              "In het plan Weller-Zuid verkopen we 24 kavels voor vrije sector en middenhuur.",
              "We stellen het omgevingsprogramma Wonen vast met een doelgroepenverordening."],
        toel=None,
    ),
}

CSS = """
*{box-sizing:border-box}
body{margin:0;font-family:'Open Sans',Arial,sans-serif;font-size:15px;color:#222;background:#f6f6f2}
#cookie-consent{position:fixed;bottom:0;left:0;right:0;background:#23313f;color:#fff;padding:14px 24px;z-index:99}
#cookie-consent button{margin-left:12px}
header.site{background:#0d5c63;color:#fff;padding:10px 24px;display:flex;justify-content:space-between;align-items:center}
header.site .logo{font-weight:700;font-size:20px}
nav.top ul{list-style:none;margin:0;padding:0;display:flex;gap:18px}
nav.top a{color:#fff;text-decoration:none}
.breadcrumb{font-size:13px;padding:8px 24px;background:#e4efe9}
.wrap{display:flex;max-width:1280px;margin:0 auto}
aside.side{width:260px;padding:18px;background:#fff;border-right:1px solid #ddd;font-size:14px}
aside.side ul{list-style:none;padding-left:0}
aside.side li{margin:6px 0}
main{flex:1;padding:18px 32px;background:#fff}
section.page{border-bottom:3px solid #0d5c63;padding-bottom:24px;margin-bottom:28px}
h1{color:#0d5c63;font-size:30px}
h2{color:#0d5c63;font-size:24px;margin-top:28px}
h3{color:#0d5c63;font-size:18px}
.kern{display:grid;grid-template-columns:2.2fr 1fr 1fr;max-width:720px;border:1px solid #cfd8d3}
.kern .k-row{display:contents}
.kern .k-cell{padding:5px 10px;border-bottom:1px solid #e3e8e5;text-align:right}
.kern .k-cell.l{text-align:left}
.kern .k-head .k-cell{background:#0d5c63;color:#fff;font-weight:700}
table.fin,table.plain{border-collapse:collapse;width:100%;margin:10px 0 18px;font-size:14px}
table.fin caption,table.plain caption,.tbl-title{caption-side:top;text-align:left;font-weight:700;padding:6px 0;color:#0d5c63}
table.fin th,table.plain th{background:#dcebe4;padding:5px 8px;text-align:right;border:1px solid #c5d6cd}
table.fin td,table.plain td{padding:5px 8px;text-align:right;border:1px solid #e1e7e3}
th.l,td.l{text-align:left!important}
table.fin th[colspan]{text-align:center}
.skiplink{position:absolute;left:-9999px}
tr.tot td{font-weight:700;background:#f1f6f3}
.scale{font-weight:400;font-size:13px;color:#555}
.dgrid{display:grid;grid-template-columns:2.6fr repeat(7,1fr);font-size:14px;margin:6px 0 18px;border:1px solid #c5d6cd}
.dg-row{display:contents}
.dg-cell{padding:5px 8px;text-align:right;border-bottom:1px solid #e1e7e3}
.dg-cell.l{text-align:left}
.dg-head .dg-cell{background:#dcebe4;font-weight:700}
.dg-cell.cs3{grid-column:span 3;text-align:center}
.dg-cell.rs2{grid-row:span 2}
.dg-tot .dg-cell{font-weight:700;background:#f1f6f3}
.infobox{background:#eef6f2;border-left:5px solid #0d5c63;padding:10px 16px;margin:14px 0}
.donut-legend li{margin:3px 0}
footer.site{background:#23313f;color:#ddd;padding:24px;font-size:13px}
footer.site a{color:#fff}
.btn{display:inline-block;padding:4px 10px;border:1px solid #0d5c63;border-radius:3px;color:#0d5c63;text-decoration:none;font-size:13px}
"""


def build():
    o = []
    o.append("<!DOCTYPE html>")
    o.append("<!-- saved from url=(0066)https://begroting.trimbeek.nl/begroting-2027/volledige-begroting -->")
    o.append('<html lang="nl"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    o.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    o.append("<title>Begroting 2027 - Volledige begroting | Gemeente Trimbeek</title>")
    o.append('<meta name="description" content="De begroting 2027 van de gemeente Trimbeek: programma\'s, lokale lasten en investeringen.">')
    o.append('<link rel="stylesheet" href="./Begroting 2027 - Volledige begroting _ Gemeente Trimbeek_files/site.min.css">')
    o.append(f"<style>{CSS}</style>")
    o.append('<script src="./Begroting 2027 - Volledige begroting _ Gemeente Trimbeek_files/jquery-3.7.1.min.js"></script>')
    o.append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());"
             "gtag('config','G-TRB2027XYZ',{anonymize_ip:true});</script>")
    o.append("</head><body>")
    o.append('<div id="cookie-consent" role="dialog" aria-label="Cookiemelding">Deze website gebruikt alleen functionele en '
             'geanonimiseerde analytische cookies. <button type="button">Akkoord</button><button type="button">Meer informatie</button></div>')
    o.append('<a class="skiplink" href="#main">Direct naar de inhoud</a>')
    o.append('<header class="site"><div class="logo">Gemeente Trimbeek <span style="font-weight:400">| Begroting 2027</span></div>'
             '<nav class="top" aria-label="Hoofdmenu"><ul><li><a href="https://begroting.trimbeek.nl/">Home</a></li>'
             '<li><a href="#inleiding">Inleiding</a></li><li><a href="#programmas">Programma\'s</a></li>'
             '<li><a href="#lokale-heffingen">Lokale heffingen</a></li><li><a href="#investeringen">Investeringen</a></li>'
             '<li><a href="#financien">Financiële begroting</a></li><li><a href="https://begroting.trimbeek.nl/downloads">Downloads</a></li>'
             '<li><form role="search"><input type="search" placeholder="Zoeken in de begroting" aria-label="Zoeken"></form></li></ul></nav></header>')
    o.append('<div class="breadcrumb"><a href="https://begroting.trimbeek.nl/">Home</a> › <a href="https://begroting.trimbeek.nl/begroting-2027">Begroting 2027</a> › Volledige begroting</div>')
    o.append('<div class="wrap"><aside class="side" aria-label="Inhoudsopgave"><strong>Inhoud</strong><ul>'
             '<li><a href="#inleiding">Inleiding</a></li><li><a href="#kerngegevens">Kerngegevens</a></li>'
             '<li><a href="#oogopslag">Begroting in één oogopslag</a></li>')
    for nr, naam, slug, _ in PROGS:
        o.append(f'<li><a href="#programma-{slug}">Programma {nr} {e(naam)}</a></li>')
    o.append('<li><a href="#algemene-dekking">Programma 9 Financiën en algemene dekking</a></li>'
             '<li><a href="#lokale-heffingen">Paragraaf lokale heffingen</a></li><li><a href="#investeringen">Investeringen 2027</a></li>'
             '<li><a href="#financien">Overzicht van baten en lasten</a></li></ul>'
             '<p><a class="btn" href="javascript:window.print()">Print deze pagina</a> <a class="btn" href="https://begroting.trimbeek.nl/downloads/begroting-2027.pdf">Download als pdf</a></p>'
             '<p style="font-size:12px;color:#666">Oudere begrotingen: <a href="https://begroting.trimbeek.nl/begroting-2026">Begroting 2026</a> · '
             '<a href="https://begroting.trimbeek.nl/jaarstukken-2025">Jaarstukken 2025</a></p></aside>')
    o.append('<main id="main">')
    # inleiding
    o.append('<section class="page" id="inleiding"><h1>Begroting 2027</h1>')
    o.append('<p class="meta" style="color:#666;font-size:13px">Aangeboden aan de gemeenteraad op 6 oktober 2026 · Behandeling in de raad op 6 november 2026</p>')
    o.append("<h2>Inleiding: een sluitende begroting in een onzekere tijd</h2>")
    o.append(f"<p>Voor u ligt de begroting 2027 van de gemeente Trimbeek. In totaal begroten we € {TOT_L_MLN} miljoen aan lasten. "
             f"De begroting 2027 sluit met een positief saldo van ruim 1,1 mln. Ook 2028 is sluitend, maar voor 2029 en 2030 verwachten we tekorten "
             f"(zie het meerjarig perspectief onderaan deze pagina).</p>")
    o.append("<h3>Waarom stijgen de kosten?</h3>")
    o.append(f"<p><strong>Jeugdzorg.</strong> De kosten voor jeugdhulp zijn in 2027 € 2,4 miljoen hoger dan in 2025. Meer kinderen krijgen hulp, "
             "de hulp duurt langer en de tarieven van de jeugdhulpaanbieders stijgen met 5,9% door hogere lonen. Vooral het aantal jongeren dat niet thuis kan wonen "
             "en in een instelling of pleeggezin verblijft, neemt toe.</p>")
    o.append("<p><strong>Wmo.</strong> Voor de Wmo (huishoudelijke hulp en maatwerkvoorzieningen) ramen we ruim 1,1 mln meer dan in 2026. Trimbeek vergrijst: "
             "er wonen 359 meer 65-plussers dan een jaar eerder. Daarnaast maakt het vaste abonnementstarief van € 21,80 per maand de Wmo aantrekkelijk, "
             "ook voor inwoners die de hulp zelf zouden kunnen betalen.</p>")
    o.append("<p><strong>Energie.</strong> Ons vaste energiecontract loopt eind 2026 af. Voor de gemeentelijke gebouwen, sportaccommodaties, het zwembad en de openbare "
             "verlichting houden we daardoor rekening met € 640.000 hogere energiekosten in 2027.</p>")
    o.append("<h3>Wat gaan we doen?</h3>")
    o.append("<ul><li>Met het programma 'Zorg die past' zetten we in op voorkomen: praktijkondersteuners jeugd bij alle huisartsen, herbeoordeling van lange "
             "indicaties en nieuwe regionale inkoopafspraken voor jeugdhulp met verblijf. Dit moet vanaf 2028 structureel € 650.000 per jaar besparen.</li>"
             "<li>We verduurzamen onze eigen gebouwen: zonnepanelen en een warmtepomp bij het zwembad en de laatste ledverlichting.</li>"
             "<li>We vragen het Rijk samen met de VNG om compensatie voor de hogere kosten van jeugdzorg en het abonnementstarief.</li></ul>")
    o.append("<h3>Hoe betalen we dit?</h3>")
    o.append("<p>De hogere kosten dekken we uit de stijging van de algemene uitkering uit het gemeentefonds, een extra verhoging van de OZB met 1% bovenop de inflatie "
             "en een eenmalige onttrekking van € 800.000 uit de reserve sociaal domein. Daarnaast zetten we € 334.000 uit de reserve energietransitie in "
             "voor de verduurzaming van onze gebouwen.</p></section>")
    # kerngegevens
    o.append('<section class="page" id="kerngegevens"><h2>Kerngegevens</h2>')
    o.append("<p>De kerngegevens van de begroting 2027 hebben peildatum 1 januari 2026. Ter vergelijking staan de gegevens op 1 januari 2025 (rekening 2025) ernaast.</p>")
    o.append('<div class="kern" role="table" aria-label="Kerngegevens"><div class="k-row k-head" role="row"><div class="k-cell l">Sociale en fysieke structuur</div>'
             '<div class="k-cell">1 januari 2026</div><div class="k-cell">1 januari 2025</div></div>')
    for n, a, b in KERN:
        o.append(f'<div class="k-row" role="row"><div class="k-cell l">{e(n)}</div><div class="k-cell">{a}</div><div class="k-cell">{b}</div></div>')
    o.append("</div>")
    o.append("<p>Trimbeek bestaat uit de kern Trimbeek en de dorpen Ossendorp, Breukzand en Veldzicht.</p></section>")
    # oogopslag
    o.append('<section class="page" id="oogopslag"><h2>Begroting in één oogopslag</h2>')
    o.append("<p>Waar gaat het geld in 2027 naartoe? Aandeel van elk programma in de totale lasten van 2027:</p>")
    o.append('<svg width="220" height="220" viewBox="0 0 42 42" role="img" aria-label="Donutgrafiek lasten per programma"><title>Lasten per programma 2027</title>'
             '<circle cx="21" cy="21" r="15.9" fill="transparent" stroke="#0d5c63" stroke-width="6"></circle></svg>')
    o.append('<ul class="donut-legend">')
    shares = []
    for nr, naam, slug, _ in PROGS:
        shares.append((f"Programma {nr} {naam}", 100.0 * PL[nr][2] / TOT_L[2]))
    shares.append(("Programma 9 Financiën en algemene dekking (incl. overhead)", 100.0 * ADML[2] / TOT_L[2]))
    assert abs(sum(s for _, s in shares) - 100) < 1e-6
    for n, s in shares:
        o.append(f"<li>{e(n)}: {dec(s)}%</li>")
    o.append("</ul>")
    o.append(f'<div class="infobox">Totale lasten 2027: € {TOT_L_MLN} miljoen · Totale baten 2027: € {dec(TOT_B[2] / 1000, 1)} miljoen · '
             f"Investeringen 2027: € {INV_MLN} miljoen</div></section>")
    # programmes
    o.append('<div id="programmas"></div>')
    for nr, naam, slug, rows in PROGS:
        t = TEKST[nr]
        o.append(f'<section class="page" id="programma-{slug}"><h2>Programma {nr}. {e(naam)}</h2>')
        o.append(f"<h3>Wat willen we bereiken?</h3><p>{e(t['bereiken'])}</p>")
        o.append("<h3>Wat gaan we daarvoor doen?</h3><ul>" + "".join(f"<li>{e(x)}</li>" for x in t["doen"]) + "</ul>")
        o.append("<h3>Wat mag het kosten?</h3>")
        title = f"Lasten en baten programma {nr} {naam}"
        if nr == "5":
            o.append(grid_table(slug, title, rows, f"Totaal programma {nr}"))
        else:
            o.append(saved_table(slug, title, rows, f"Totaal programma {nr}"))
        if t["toel"]:
            o.append(f"<p>{e(t['toel'])}</p>")
        if nr == "2":
            vr = rows[0][1]
            o.append(f"<p>De bijdrage aan de Veiligheidsregio stijgt in 2027 met € {nl((vr[2] - vr[1]) * 1000)} ten opzichte van 2026, vooral door hogere loonkosten "
                     "en de vervanging van twee tankautospuiten.</p>")
        if nr == "3":
            ov = rows[1][1]
            o.append(f"<p>De lasten voor openbare verlichting stijgen met € {nl((ov[2] - ov[1]) * 1000)} door hogere energietarieven. "
                     "Door de ombouw naar led blijft de stijging beperkt.</p>")
        if nr == "4":
            oh = rows[0][1]
            o.append(f"<p>De lasten voor onderwijshuisvesting stijgen met € {nl((oh[2] - oh[1]) * 1000)}, vooral door de kapitaallasten van de nieuwe gymzaal De Esch "
                     "en de tijdelijke huur van een gymlokaal tijdens de bouw.</p>")
            o.append('<table class="plain" id="tbl-subsidies"><caption>Subsidies aan instellingen 2027 <span class="scale">(bedragen in euro\'s)</span></caption>'
                     '<thead><tr><th class="l">Instelling</th><th>Subsidie 2027</th></tr></thead><tbody>')
            for n, a in SUBSIDIES:
                o.append(f'<tr><td class="l">{e(n)}</td><td>€ {nl(a)}</td></tr>')
            o.append(f'</tbody><tfoot><tr class="tot"><td class="l">Totaal</td><td>€ {nl(SUB_TOT)}</td></tr></tfoot></table>')
        if nr == "5":
            o.append(f"<p>Samen kosten jeugdhulp ambulant en jeugdhulp met verblijf in 2027 € {nl(JEUGD[2] * 1000)}. Dat is € 2,4 miljoen meer dan de rekening 2025. "
                     f"Voor jeugdhulp met verblijf alleen stijgen de lasten met € {nl((Z['Jeugdhulp met verblijf'][1][2] - Z['Jeugdhulp met verblijf'][1][1]) * 1000)} "
                     "ten opzichte van 2026. De Wmo-lasten (huishoudelijke hulp en maatwerk) stijgen met ruim 1,1 mln ten opzichte van de begroting 2026.</p>")
            o.append("<p>Het programma 'Zorg die past' kost in 2027 eenmalig € 420.000 (onder meer voor de praktijkondersteuners jeugd) en wordt betaald uit de "
                     "reserve sociaal domein. Vanaf 2028 verwachten we een besparing van € 650.000 per jaar.</p>")
        if nr == "6":
            o.append("<p>De uitkeringen worden grotendeels betaald uit de rijksbijdrage BUIG (baten inkomensregelingen). "
                     "Het aantal huishoudens met een bijstandsuitkering daalde van 768 op 1 januari 2025 naar 741 op 1 januari 2026.</p>")
        if nr == "7":
            o.append("<p>Afval en riolering zijn kostendekkend: de afvalstoffenheffing en de rioolheffing dekken de kosten inclusief btw en overhead. "
                     "Zie de paragraaf lokale heffingen voor de tarieven.</p>")
        o.append('<p class="backtotop"><a href="#main">↑ Terug naar boven</a></p></section>')
    # programma 9
    o.append('<section class="page" id="algemene-dekking"><h2>Programma 9. Financiën en algemene dekking</h2>')
    o.append("<p>Algemene dekkingsmiddelen zijn inkomsten die de gemeente vrij mag besteden. De grootste zijn de algemene uitkering uit het gemeentefonds en de OZB.</p>")
    o.append('<table class="fin" id="tbl-adm"><caption>Algemene dekkingsmiddelen <span class="scale">(bedragen x € 1.000)</span></caption>'
             '<thead><tr><th rowspan="2" class="l">Onderdeel</th><th colspan="3">Baten</th></tr>'
             "<tr>" + "".join(f"<th>{y}</th>" for y in YEARS) + "</tr></thead><tbody>")
    for n, v in ADM_BATEN:
        o.append(f'<tr><td class="l">{e(n)}</td>' + "".join(f"<td>{nl(x)}</td>" for x in v) + "</tr>")
    o.append('</tbody><tfoot><tr class="tot"><td class="l">Totaal algemene dekkingsmiddelen</td>' + "".join(f"<td>{nl(x)}</td>" for x in ADMB) + "</tr></tfoot></table>")
    o.append('<table class="fin" id="tbl-alglasten"><caption>Overige lasten programma 9 <span class="scale">(bedragen x € 1.000)</span></caption>'
             '<thead><tr><th rowspan="2" class="l">Onderdeel</th><th colspan="3">Lasten</th></tr>'
             "<tr>" + "".join(f"<th>{y}</th>" for y in YEARS) + "</tr></thead><tbody>")
    for n, v in ADM_LASTEN:
        o.append(f'<tr><td class="l">{e(n)}</td>' + "".join(f"<td>{nl(x)}</td>" for x in v) + "</tr>")
    o.append('</tbody><tfoot><tr class="tot"><td class="l">Totaal</td>' + "".join(f"<td>{nl(x)}</td>" for x in ADML) + "</tr></tfoot></table>")
    au_g = AU[2] - AU[1]
    o.append(f"<p>De algemene uitkering stijgt in 2027 met € {dec(au_g / 1000, 1)} miljoen ten opzichte van 2026. Hierin zit de compensatie voor loon- en prijsstijgingen "
             "uit de meicirculaire 2026.</p></section>")
    # lokale heffingen
    o.append('<section class="page" id="lokale-heffingen"><h2>Paragraaf lokale heffingen</h2>')
    o.append("<p>In 2027 stijgt de OZB met de inflatie van 3,2% plus 1% extra voor woningen en 0,5% extra voor niet-woningen. De afvalstoffenheffing stijgt "
             "door hogere verwerkingskosten en een hogere verbrandingsbelasting. De rioolheffing stijgt door de vervanging van oude riolering en maatregelen "
             "tegen wateroverlast uit het Gemeentelijk Rioleringsplan 2026-2030.</p>")
    o.append('<table class="plain" id="tbl-tarieven"><caption>Tarieven lokale heffingen 2026 en 2027</caption><thead><tr><th class="l">Heffing</th>'
             '<th class="l">Grondslag</th><th>Tarief 2026</th><th>Tarief 2027</th><th>Wijziging</th></tr></thead><tbody>')
    for (n, g, a, b, d, ispct), chg in zip(TARIEVEN, TAR_CHG):
        if ispct:
            fa, fb = dec(a, d) + "%", dec(b, d) + "%"
        else:
            fa, fb = "€ " + dec(a, d), "€ " + dec(b, d)
        o.append(f'<tr><td class="l">{e(n)}</td><td class="l">{e(g)}</td><td>{fa}</td><td>{fb}</td><td>+{dec(chg)}%</td></tr>')
    o.append("</tbody></table>")
    o.append('<table class="plain" id="tbl-woonlasten"><caption>Woonlasten meerpersoonshuishouden in een koopwoning met een gemiddelde WOZ-waarde</caption>'
             '<thead><tr><th class="l">Onderdeel</th><th>2026</th><th>2027</th></tr></thead><tbody>'
             f'<tr><td class="l">Gemiddelde WOZ-waarde</td><td>€ {nl(WOZ[2026])}</td><td>€ {nl(WOZ[2027])}</td></tr>'
             f'<tr><td class="l">OZB eigenaar</td><td>€ {dec(OZB_GEM[2026], 2)}</td><td>€ {dec(OZB_GEM[2027], 2)}</td></tr>'
             f'<tr><td class="l">Afvalstoffenheffing (meerpersoons)</td><td>€ 342,00</td><td>€ 359,10</td></tr>'
             f'<tr><td class="l">Rioolheffing</td><td>€ 229,56</td><td>€ 246,72</td></tr></tbody>'
             f'<tfoot><tr class="tot"><td class="l">Totale woonlasten</td><td>€ {dec(WOONL[2026], 2)}</td><td>€ {dec(WOONL[2027], 2)}</td></tr></tfoot></table>')
    o.append(f"<p>De woonlasten voor een meerpersoonshuishouden met een koopwoning stijgen daarmee met {dec(WOONL_CHG)}%. "
             "Inwoners met een laag inkomen kunnen kwijtschelding aanvragen voor de afvalstoffenheffing en de rioolheffing.</p></section>")
    # investeringen
    o.append('<section class="page" id="investeringen"><h2>Investeringen 2027</h2>')
    o.append(f"<p>In 2027 investeren we in totaal € {INV_MLN} miljoen. De grootste investering is de nieuwe gymzaal bij kindcentrum De Esch.</p>")
    o.append('<table class="plain" id="tbl-investeringen"><caption>Nieuwe investeringen 2027 <span class="scale">(bedragen in euro\'s)</span></caption>'
             '<thead><tr><th class="l">Investering</th><th>Programma</th><th>Krediet 2027</th><th>Afschrijvingstermijn</th></tr></thead><tbody>')
    for n, p, a, t in INVEST:
        o.append(f'<tr><td class="l">{e(n)}</td><td>{p}</td><td>€ {nl(a)}</td><td>{t}</td></tr>')
    o.append(f'</tbody><tfoot><tr class="tot"><td class="l">Totaal investeringen 2027</td><td></td><td>€ {nl(INV_TOT)}</td><td></td></tr></tfoot></table></section>')
    # overzicht baten en lasten
    o.append('<section class="page" id="financien"><h2>Overzicht van baten en lasten</h2>')
    o.append('<table class="fin" id="tbl-overzicht"><caption>Overzicht van baten en lasten per programma <span class="scale">(bedragen x € 1.000)</span></caption>'
             '<thead><tr><th rowspan="2" class="l">Programma</th><th colspan="3">Lasten</th><th colspan="3">Baten</th></tr>'
             "<tr>" + "".join(f"<th>{y}</th>" for y in YEARS) * 2 + "</tr></thead><tbody>")
    for nr, naam, slug, _ in PROGS:
        o.append(f'<tr><td class="l">{nr}. {e(naam)}</td>' + "".join(f"<td>{nl(x)}</td>" for x in PL[nr]) + "".join(f"<td>{nl(x)}</td>" for x in PB[nr]) + "</tr>")
    o.append('<tr><td class="l">9. Financiën en algemene dekking</td>' + "".join(f"<td>{nl(x)}</td>" for x in ADML) + "".join(f"<td>{nl(x)}</td>" for x in ADMB) + "</tr>")
    o.append('<tr class="tot"><td class="l">Totaal lasten en baten</td>' + "".join(f"<td>{nl(x)}</td>" for x in TOT_L) + "".join(f"<td>{nl(x)}</td>" for x in TOT_B) + "</tr>")
    o.append("</tbody></table>")
    o.append('<table class="fin" id="tbl-resultaat"><caption>Van saldo naar resultaat <span class="scale">(bedragen x € 1.000)</span></caption>'
             '<thead><tr><th class="l">Onderdeel</th>' + "".join(f"<th>{y}</th>" for y in YEARS) + "</tr></thead><tbody>"
             '<tr><td class="l">Saldo van baten en lasten</td>' + "".join(f"<td>{sg(x)}</td>" for x in SALDO) + "</tr>"
             '<tr><td class="l">Toevoegingen aan reserves</td>' + "".join(f"<td>{sg(-x)}</td>" for x in TOEV) + "</tr>"
             '<tr><td class="l">Onttrekkingen aan reserves</td>' + "".join(f"<td>{sg(x)}</td>" for x in ONTT) + "</tr>"
             '<tr class="tot"><td class="l">Geraamd resultaat</td>' + "".join(f"<td>{sg(x)}</td>" for x in RESULT) + "</tr></tbody></table>")
    o.append("<p>De onttrekkingen in 2027 bestaan uit: " + "; ".join(f"{n} € {nl(a * 1000)}" for n, a in ONTT_2027) + ".</p>")
    o.append('<h3 id="meerjarig">Meerjarig perspectief</h3>')
    o.append('<div class="tbl-title">Begrotingssaldo 2027-2030 <span class="scale">(bedragen x € 1.000; een min betekent een tekort)</span></div>')
    o.append('<div class="kern" style="grid-template-columns:1.6fr repeat(4,1fr)"><div class="k-row k-head"><div class="k-cell l">Jaar</div>'
             + "".join(f'<div class="k-cell">{y}</div>' for y, _ in MEERJARIG) + "</div>"
             '<div class="k-row"><div class="k-cell l">Begrotingssaldo</div>' + "".join(f'<div class="k-cell">{sg(v)}</div>' for _, v in MEERJARIG) + "</div></div>")
    o.append("<p>Voor 2029 en 2030 zijn de tekorten vooral het gevolg van de verwachte herijking van het gemeentefonds. Het college komt bij de kadernota 2028 met voorstellen "
             "om ook deze jaren sluitend te maken.</p></section>")
    o.append("</main></div>")
    o.append('<footer class="site"><p><strong>Gemeente Trimbeek</strong> · Marktplein 1 · 7466 TB Trimbeek · 14 0547 · '
             '<a href="mailto:info@trimbeek.nl">info@trimbeek.nl</a></p>'
             '<p>Deze publicatie is gemaakt met het begrotingsplatform van de gemeente. Laatst bijgewerkt: 6 oktober 2026. '
             '<a href="https://begroting.trimbeek.nl/toegankelijkheid">Toegankelijkheid</a> · <a href="https://begroting.trimbeek.nl/privacy">Privacy</a> · '
             '<a href="https://begroting.trimbeek.nl/cookies">Cookies</a></p></footer>')
    o.append("<script>document.querySelectorAll('#cookie-consent button').forEach(function(b){b.addEventListener('click',function(){"
             "document.getElementById('cookie-consent').style.display='none';});});</script>")
    o.append("</body></html>")
    return "\n".join(o)


def main():
    doc = build()
    os.makedirs(CORPUS, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(doc)
    shutil.copyfile(OUT, SRC_COPY)
    print("AU", AU, "TOT_L", TOT_L, "TOT_B", TOT_B, "SALDO", SALDO)
    print("PL", PL)
    print("PB", PB)
    print("jeugd", JEUGD, jeugd_stijging, "wmo", WMO, wmo_stijging, "inv", INV_TOT, INV_MLN, "sub", SUB_TOT)
    print("tar", TAR_CHG, "woz", OZB_GEM, WOONL, WOONL_CHG, "zorgshare", ZORG_SHARE)


if __name__ == "__main__":
    main()
