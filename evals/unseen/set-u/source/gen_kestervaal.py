"""Document A: Gemeente Kestervaal, Jaarstukken 2025 (fictional).

All figures are defined here, every total is computed and checked, and the document is
printed to ../corpus/kestervaal-jaarstukken-2025.pdf (16 pages, page 15 landscape).
"""
from common import check, nl, nz, eur, vn, render

DOC_ID = "kestervaal-jaarstukken-2025"
PDF = DOC_ID + ".pdf"
PAGES = 16

# ---------------------------------------------------------------- programme figures
# x EUR 1.000; tuples are (begroting primitief, begroting na wijziging, realisatie)
PROG = [
    dict(nr=1, naam="Bestuur en veiligheid", L=(6842, 7115, 6903), B=(1124, 1186, 1342),
         T=(0, 0, 0), O=(85, 210, 145)),
    dict(nr=2, naam="Openbare ruimte en mobiliteit", L=(12460, 13702, 12614),
         B=(1870, 2015, 2236), T=(350, 350, 350), O=(420, 1105, 688)),
    dict(nr=3, naam="Economie en werk", L=(14915, 15402, 16217), B=(9870, 10120, 10873),
         T=(0, 0, 0), O=(150, 150, 150)),
    dict(nr=4, naam="Onderwijs, sport en cultuur", L=(9712, 10356, 9485),
         B=(1654, 1702, 1811), T=(0, 250, 250), O=(310, 640, 402)),
    dict(nr=5, naam="Zorg, jeugd en welzijn", L=(31714, 33965, 34612),
         B=(1208, 1540, 1967), T=(0, 0, 0), O=(600, 1450, 1450)),
    dict(nr=6, naam="Wonen, ruimte en duurzaamheid", L=(15230, 17845, 15962),
         B=(11640, 12930, 12402), T=(420, 580, 1185), O=(760, 2315, 1250)),
]
ADM = dict(naam="Algemene dekkingsmiddelen", L=(610, 640, 702), B=(78950, 80530, 82415),
           T=(1200, 1200, 1200), O=(0, 400, 400))
OH = dict(naam="Overhead", L=(15280, 15805, 15542), B=(320, 345, 398), T=(0, 0, 0),
          O=(0, 260, 180))
ONV = dict(naam="Onvoorzien", L=(100, 100, 0), B=(0, 0, 0), T=(0, 0, 0), O=(0, 0, 0))
ALL = PROG + [ADM, OH, ONV]


def saldo(p, i):
    return p["B"][i] - p["L"][i]


def mut(p, i):
    return p["O"][i] - p["T"][i]


def res(p, i):
    return saldo(p, i) + mut(p, i)


TOT = {k: tuple(sum(p[k][i] for p in ALL) for i in range(3)) for k in "LBTO"}
RESULT = tuple(sum(res(p, i) for p in ALL) for i in range(3))
check(RESULT == (128, -412, 3087), f"results {RESULT}")
check(TOT["T"][2] == 2985 and TOT["O"][2] == 4665, "reserve totals")

# differences explained per programme: (text, lasten-, baten-, toevoeging-, onttrekking-effect
# on the result, in x 1.000; positive = voordelig). Must add up to the table differences.
EXPLAIN = {
    1: [("Handhaving: de vacatures voor twee boa's zijn pas in het najaar ingevuld, waardoor de inhuur- en personeelskosten € 96.000 lager uitvallen.", dict(L=96)),
        ("Raad en griffie: minder kosten voor fractieondersteuning en een rekenkameronderzoek dat doorloopt in 2026 geven een voordeel van € 51.000.", dict(L=51)),
        ("Aanpak ondermijning: de uitgaven bleven € 65.000 achter bij de raming. Omdat deze kosten uit de reserve ondermijning en veiligheid worden gedekt, is ook € 65.000 minder onttrokken; per saldo is dit budgettair neutraal.", dict(L=65, O=-65)),
        ("Reisdocumenten en rijbewijzen: door de piek in het vervangen van paspoorten en identiteitskaarten die in 2014 zijn uitgegeven, zijn de legesopbrengsten € 118.000 hoger dan geraamd.", dict(B=118)),
        ("Overige kleine verschillen in de baten: € 38.000 voordelig.", dict(B=38))],
    2: [("Groot onderhoud wegen: het onderhoud aan de Dorpsstraat en de Kanaalweg is doorgeschoven naar 2026 omdat de aanbesteding later is gestart. De lasten zijn daardoor € 417.000 lager; dit bedrag is ook niet aan de reserve onderhoud wegen en civiele kunstwerken onttrokken.", dict(L=417, O=-417)),
        ("Gladheidsbestrijding: door de zachte winter zijn minder strooiacties uitgevoerd; voordeel € 186.000.", dict(L=186)),
        ("Openbare verlichting: lagere energiekosten na de ombouw naar led geven een voordeel van € 142.000.", dict(L=142)),
        ("Kapitaallasten: doordat investeringen later zijn uitgevoerd dan gepland, vallen de afschrijvingen en rentelasten € 233.000 lager uit.", dict(L=233)),
        ("Overige verschillen in de lasten: € 110.000 voordelig.", dict(L=110)),
        ("Parkeren: de opbrengst van parkeervergunningen en -automaten is € 94.000 hoger.", dict(B=94)),
        ("Verkeersveiligheid: de provincie heeft een hogere bijdrage uit de Brede Doeluitkering toegekend voor de schoolzones; € 127.000 meer baten.", dict(B=127))],
    3: [("Bijstandsuitkeringen (BUIG): gemiddeld ontvingen 868 huishoudens een uitkering, tegen 842 in de begroting. De lasten zijn € 612.000 hoger.", dict(L=-612)),
        ("Re-integratie: er zijn meer trajecten naar werk ingezet dan geraamd, vooral voor statushouders; nadeel € 203.000.", dict(L=-203)),
        ("Rijksbudget BUIG: het nader voorlopige budget 2025 is € 683.000 hoger vastgesteld dan de begroting.", dict(B=683)),
        ("Terugvordering en verhaal: de ontvangsten zijn € 70.000 hoger.", dict(B=70))],
    4: [("Onderwijshuisvesting: door de latere oplevering van kindcentrum De Wilgen starten de kapitaallasten een jaar later; voordeel € 412.000.", dict(L=412)),
        ("Leerlingenvervoer: het nieuwe contract met de vervoerder is goedkoper dan verwacht; € 221.000 lagere lasten.", dict(L=221)),
        ("Sportaccommodaties: het groot onderhoud aan sporthal De Meent is uitgesteld, waardoor de lasten € 238.000 lager zijn en ook € 238.000 minder is onttrokken aan de reserve sportaccommodaties.", dict(L=238, O=-238)),
        ("Huur sportaccommodaties: door meer verhuur aan verenigingen en scholen is € 109.000 meer ontvangen.", dict(B=109))],
    5: [("Jeugdhulp (maatwerkdienstverlening 18-): het aantal jeugdigen met specialistische jeugdhulp met verblijf is gestegen en de tarieven zijn na de nieuwe regionale inkoop hoger. De lasten vallen € 1.184.000 hoger uit.", dict(L=-1184)),
        ("Wmo huishoudelijke ondersteuning (maatwerkdienstverlening 18+): minder uren geïndiceerd dan geraamd; voordeel € 312.000.", dict(L=312)),
        ("Beschermd wonen: door de verschuiving naar beschermd thuis zijn de lasten € 225.000 lager.", dict(L=225)),
        ("Terugontvangen voorschotten: na de eindafrekening 2024 met jeugdhulpaanbieders is € 427.000 terugontvangen.", dict(B=427))],
    6: [("Grondexploitaties: het bouwrijp maken van Veldzicht fase 3 vindt in 2026 plaats. De lasten zijn € 1.065.000 lager; de onttrekking aan de reserve grondexploitaties is met hetzelfde bedrag verlaagd.", dict(L=1065, O=-1065)),
        ("Afvalinzameling en -verwerking: lagere verwerkingstarieven leveren € 384.000 voordeel op.", dict(L=384)),
        ("Vergunningverlening en Omgevingswet: minder externe inhuur; € 434.000 lagere lasten.", dict(L=434)),
        ("Grondverkopen: er zijn 38 kavels verkocht in plaats van 46, waardoor de opbrengst € 528.000 lager is.", dict(B=-528)),
        ("Tussentijdse winstneming: de verplichte winstneming op de grondexploitatie Veldzicht van € 605.000 is toegevoegd aan de reserve grondexploitaties.", dict(T=-605))],
}


def table_diff(p, k):
    """Favourable difference realisatie vs na wijziging for row k."""
    d = p[k][2] - p[k][1]
    return -d if k in "LT" else d


for p in PROG:
    sums = {k: sum(e[1].get(k, 0) for e in EXPLAIN[p["nr"]]) for k in "LBTO"}
    for k in "LBTO":
        check(sums[k] == table_diff(p, k),
              f"programma {p['nr']} {k}: explained {sums[k]} != table {table_diff(p, k)}")

# taakvelden programma 5 (lasten, na wijziging / realisatie)
TV5 = [("6.1", "Samenkracht en burgerparticipatie", 3120, 3045),
       ("6.2", "Toegang en wijkteams", 3480, 3512),
       ("6.6", "Maatwerkvoorzieningen (Wmo)", 2965, 2893),
       ("6.71", "Maatwerkdienstverlening 18+", 8740, 8428),
       ("6.72", "Maatwerkdienstverlening 18-", 11260, 12444),
       ("6.81", "Geëscaleerde zorg 18+", 2950, 2725),
       ("6.82", "Geëscaleerde zorg 18-", 1450, 1565)]
check(sum(t[2] for t in TV5) == PROG[4]["L"][1], "TV5 nw")
check(sum(t[3] for t in TV5) == PROG[4]["L"][2], "TV5 real")
check(TV5[4][3] - TV5[4][2] == 1184 and TV5[3][2] - TV5[3][3] == 312
      and TV5[5][2] - TV5[5][3] == 225, "TV5 vs explanation")

# algemene dekkingsmiddelen (prim, nw, real)
ADMROWS = [("Onroerendezaakbelasting woningen", 6080, 6125, 6168),
           ("Onroerendezaakbelasting niet-woningen", 3395, 3410, 3372),
           ("Toeristenbelasting", 280, 285, 312),
           ("Algemene uitkering gemeentefonds", 67480, 68940, 70655),
           ("Dividenden", 410, 410, 538),
           ("Saldo financieringsfunctie", 240, 245, 270),
           ("Overige algemene dekkingsmiddelen", 1065, 1115, 1100)]
for i in range(3):
    check(sum(r[i + 1] for r in ADMROWS) == ADM["B"][i], f"ADM baten col {i}")

# reserves: stand 1-1-2025 (na resultaatbestemming 2024), toevoegingen, onttrekkingen
RES = [("Algemene reserve", 18460, 1200, 400),
       ("Reserve ondermijning en veiligheid", 420, 0, 145),
       ("Reserve onderhoud wegen en civiele kunstwerken", 4385, 350, 688),
       ("Reserve sociaal domein", 3920, 0, 1600),
       ("Reserve sportaccommodaties", 2140, 250, 402),
       ("Reserve grondexploitaties", 5615, 1185, 1250),
       ("Reserve dekking kapitaallasten", 6360, 0, 180)]
RES = [(n, b, t, o, b + t - o) for (n, b, t, o) in RES]
check(sum(r[2] for r in RES) == TOT["T"][2], "reserve toevoegingen vs programma's")
check(sum(r[3] for r in RES) == TOT["O"][2], "reserve onttrekkingen vs programma's")
RESULT_2024 = 1942
AR_END = RES[0][4]
BR_BEGIN = sum(r[1] for r in RES[1:])
BR_END = sum(r[4] for r in RES[1:])

# voorzieningen: stand 1-1, toevoegingen, aanwendingen, vrijval
VOORZ = [("Voorziening pensioenen (voormalige) wethouders", 3412, 186, 142, 0),
         ("Voorziening groot onderhoud gemeentelijke gebouwen", 2870, 640, 915, 0),
         ("Voorziening egalisatie rioolheffing", 1645, 212, 0, 0),
         ("Voorziening wachtgelden", 284, 95, 120, 38)]
VOORZ = [(n, b, t, a, v, b + t - a - v) for (n, b, t, a, v) in VOORZ]
VZ_BEGIN = sum(v[1] for v in VOORZ)
VZ_END = sum(v[5] for v in VOORZ)

# balans x 1.000: (31-12-2025, 31-12-2024)
ACT_VAST = [("Immateriële vaste activa", 412, 465),
            ("Materiële vaste activa", 148356, 143920),
            ("Financiële vaste activa", 6842, 7105)]
ACT_VLOT = [("Voorraden (bouwgronden in exploitatie)", 9315, 11240),
            ("Uitzettingen met een rentetypische looptijd korter dan één jaar", 12684, 11905),
            ("Liquide middelen", 1207, 864),
            ("Overlopende activa", 5930, 6412)]
EV = [("Algemene reserve", AR_END, RES[0][1] - RESULT_2024),
      ("Bestemmingsreserves", BR_END, BR_BEGIN),
      ("Gerealiseerd resultaat", RESULT[2], RESULT_2024)]
VOORZ_BAL = ("Voorzieningen", VZ_END, VZ_BEGIN)
VASTE_SCHULD = ("Vaste schulden met een rentetypische looptijd van één jaar of langer", 112450, 116280)
PAS_VLOT = [("Netto vlottende schulden met een rentetypische looptijd korter dan één jaar", 13865, 9742),
            ("Overlopende passiva", 7595, 6378)]


def s(rows, j):
    return sum(r[j] for r in rows)


ACT_TOT = tuple(s(ACT_VAST, j) + s(ACT_VLOT, j) for j in (1, 2))
EV_TOT = tuple(s(EV, j) for j in (1, 2))
VP_TOT = tuple(EV_TOT[j - 1] + VOORZ_BAL[j] + VASTE_SCHULD[j] for j in (1, 2))
PAS_TOT = tuple(VP_TOT[j - 1] + s(PAS_VLOT, j) for j in (1, 2))
check(ACT_TOT == PAS_TOT, f"balans {ACT_TOT} != {PAS_TOT}")
check(ACT_TOT == (184746, 181911), f"balanstotaal {ACT_TOT}")
SOLV = (100 * EV_TOT[0] / ACT_TOT[0], 100 * EV_TOT[1] / ACT_TOT[1])
check(round(SOLV[0], 1) == 23.1, f"solvabiliteit {SOLV}")

# investeringskredieten, whole euros: (omschrijving, programma, krediet, t/m 2024, 2025, afsluiten)
KRED = [("Reconstructie Stationsweg", 2, 2450000, 612384, 1386950, "nee"),
        ("Vervanging openbare verlichting (led), fase 2", 2, 780000, 0, 702118, "ja"),
        ("Fietspad Veenweg", 2, 960000, 48210, 0, "nee"),
        ("Nieuwbouw kindcentrum De Wilgen", 4, 8900000, 1245600, 4318275, "nee"),
        ("Kunstgrasveld sportpark Het Hoge Veld", 4, 620000, 0, 648912, "ja"),
        ("Vervanging riolering Molenbuurt", 6, 1340000, 215400, 903611, "nee"),
        ("Vervanging tractie buitendienst", 2, 415000, 0, 389740, "ja"),
        ("Vervanging ICT-werkplekken", 0, 260000, 0, 244586, "ja")]
KRED = [(n, p, k, a, b, a + b, k - a - b, af) for (n, p, k, a, b, af) in KRED]
KRED_TOT = tuple(sum(r[j] for r in KRED) for j in (2, 3, 4, 5, 6))
check(KRED_TOT[0] == 15725000, f"kredieten {KRED_TOT}")
UITVOERING = 100 * KRED_TOT[2] / 11455000  # besteed 2025 / geraamde investeringen 2025

# WNT (euros)
WNT = [("mw. drs. H.J. Verbeek", "Gemeentesecretaris", 142318, 21904, 246000),
       ("dhr. R. Pronk MSc", "Griffier", 98455, 15870, 246000)]

# resultaatbestemming
BESTEMMING = [("Toevoeging aan de reserve onderhoud wegen en civiele kunstwerken voor het doorgeschoven onderhoud Dorpsstraat en Kanaalweg", 417000),
              ("Toevoeging aan de reserve sportaccommodaties voor het uitgestelde onderhoud sporthal De Meent", 238000),
              ("Toevoeging aan de reserve sociaal domein voor de verwachte tekorten op jeugdhulp", 1000000),
              ("Toevoeging van het restant aan de algemene reserve", 1432000)]
check(sum(b[1] for b in BESTEMMING) == RESULT[2] * 1000, "resultaatbestemming")

# kengetallen
VLOT_FIN_FVA = 4210  # uitzettingen in FVA (leningen) meegeteld in de netto schuld
NSQ = 100 * (VASTE_SCHULD[1] + s(PAS_VLOT, 1) - VLOT_FIN_FVA - 12684 - 1207 - 5930) / TOT["B"][2]
WEERSTAND_BESCHIKBAAR = AR_END + 2140
WEERSTAND_BENODIGD = 11600
RATIO = WEERSTAND_BESCHIKBAAR / WEERSTAND_BENODIGD

INWONERS_2026 = 41862
INWONERS_GROEI = 318


# ---------------------------------------------------------------- HTML helpers
CSS = """
@page { size: A4; margin: 0 }
@page land { size: A4 landscape; margin: 0 }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.6pt; color: #222; }
.page { width: 210mm; height: 297mm; position: relative; break-after: page; overflow: hidden;
        padding: 16mm 18mm 18mm 20mm; }
.page.land { page: land; width: 297mm; height: 210mm; padding: 14mm 16mm 16mm 16mm; }
.body { height: 100%; overflow: hidden; }
.hdr { position: absolute; top: 7mm; left: 20mm; right: 18mm; font-size: 7.5pt; color: #6b7d2a;
       border-bottom: 0.4pt solid #6b7d2a; padding-bottom: 1mm; }
.hdr span { float: right; }
.ftr { position: absolute; bottom: 8mm; left: 20mm; right: 18mm; font-size: 7.5pt; color: #555; }
.ftr span { float: right; }
.land .hdr, .land .ftr { left: 16mm; right: 16mm; }
h1 { font-size: 17pt; color: #4d5c1c; margin: 2mm 0 3mm 0; font-weight: bold; }
h2 { font-size: 12pt; color: #4d5c1c; margin: 4mm 0 1.5mm 0; }
h3 { font-size: 10pt; color: #222; margin: 3mm 0 1mm 0; }
p { margin: 0 0 2mm 0; line-height: 1.32; text-align: left; }
ul { margin: 0 0 2mm 0; padding-left: 5mm; } li { margin-bottom: 0.8mm; line-height: 1.3; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 2.5mm 0; font-size: 8.6pt; }
caption { text-align: left; font-weight: bold; font-size: 8.8pt; padding-bottom: 1mm; color: #222; }
th { background: #6b7d2a; color: white; font-weight: bold; padding: 1.2mm 1.5mm; text-align: right;
     vertical-align: bottom; }
th.l, td.l { text-align: left; }
td { padding: 0.9mm 1.5mm; text-align: right; border-bottom: 0.3pt solid #c8cfae; }
tr.tot td { font-weight: bold; border-top: 0.8pt solid #444; background: #eef1e2; }
tr.sub td { font-style: italic; }
td.c, th.c { text-align: center; }
.scale { font-size: 7.8pt; color: #444; font-style: italic; margin: -1mm 0 1mm 0; }
.note { font-size: 7.8pt; color: #444; }
.cover { background: #4d5c1c; color: white; padding: 40mm 22mm; }
.cover h1 { color: white; font-size: 30pt; margin-bottom: 5mm; }
.cover .sub { font-size: 14pt; margin-bottom: 60mm; }
.toc td { border: none; text-align: left; padding: 1mm 0; font-size: 10pt; }
.toc td.pn { text-align: right; }
.kader { border: 0.6pt solid #6b7d2a; background: #f5f7ee; padding: 2.5mm 3mm; margin: 2mm 0 3mm 0; }
"""

_page_no = [0]


def page(content, title="Jaarstukken 2025", land=False):
    _page_no[0] += 1
    n = _page_no[0]
    cls = "page land" if land else "page"
    return (f'<div class="{cls}"><div class="hdr">Gemeente Kestervaal<span>{title}</span></div>'
            f'<div class="body">{content}</div>'
            f'<div class="ftr">Jaarstukken 2025 - Gemeente Kestervaal<span>Pagina {n}</span></div></div>')


def table(caption, head, rows, cls_first="l", scale=None):
    h = "".join(f'<th class="{"l" if i == 0 else ""}">{c}</th>' for i, c in enumerate(head))
    body = []
    for r in rows:
        cls = ""
        if isinstance(r, dict):
            cls, r = r["cls"], r["cells"]
        tds = "".join(f'<td class="{cls_first if i == 0 else ""}">{c}</td>' for i, c in enumerate(r))
        body.append(f'<tr class="{cls}">{tds}</tr>')
    sc = f'<div class="scale">{scale}</div>' if scale else ""
    return f'<table><caption>{caption}</caption><thead><tr>{h}</tr></thead><tbody>{"".join(body)}</tbody></table>{sc}'


def tot(cells):
    return {"cls": "tot", "cells": cells}


def fin_rows(p):
    """Rows for a programme's 'Wat heeft het gekost' table."""
    rows = []

    def row(label, vals, good, bold=False):
        d = vals[2] - vals[1]
        cells = [label] + [nz(v) for v in vals] + [nz(abs(d)), vn(good)]
        rows.append(tot(cells) if bold else cells)

    row("Lasten", p["L"], -(p["L"][2] - p["L"][1]))
    row("Baten", p["B"], p["B"][2] - p["B"][1])
    sal = tuple(saldo(p, i) for i in range(3))
    row("Saldo van baten en lasten", sal, sal[2] - sal[1], bold=True)
    row("Toevoegingen aan reserves", p["T"], -(p["T"][2] - p["T"][1]))
    row("Onttrekkingen aan reserves", p["O"], p["O"][2] - p["O"][1])
    m = tuple(mut(p, i) for i in range(3))
    row("Saldo mutaties reserves", m, m[2] - m[1])
    r = tuple(res(p, i) for i in range(3))
    row("Gerealiseerd resultaat", r, r[2] - r[1], bold=True)
    return rows


FIN_HEAD = ["Bedragen x € 1.000", "Begroting 2025 primitief", "Begroting 2025 na wijziging",
            "Realisatie 2025", "Verschil", "V/N"]

# ---------------------------------------------------------------- programme texts
PTEXT = {
    1: dict(
        doel="Kestervaal is een veilige gemeente met een bestuur dat dichtbij inwoners staat. We willen dat inwoners zich veilig voelen in hun buurt, dat ondermijnende criminaliteit geen kans krijgt en dat inwoners en ondernemers snel en goed worden geholpen aan de balie en online.",
        gedaan=["Het Integraal Veiligheidsplan 2025-2028 is in maart door de raad vastgesteld, met als speerpunten ondermijning, woninginbraken en jeugdoverlast.",
                "Samen met politie en Belastingdienst zijn 14 integrale controles uitgevoerd op bedrijventerreinen; daarbij zijn twee panden gesloten.",
                "Er zijn 9.412 reisdocumenten uitgegeven, bijna 30% meer dan in 2024.",
                "Het klanttevredenheidsonderzoek dienstverlening leverde een gemiddeld rapportcijfer van 7,2 op (2024: 7,0)."],
        ind=[("Woninginbraken per 1.000 woningen", "CBS/politie", "1,9", "2,0", "1,6"),
             ("Geweldsmisdrijven per 1.000 inwoners", "CBS/politie", "3,8", "3,5", "3,7"),
             ("Gemiddelde afhandeltermijn Woo-verzoeken (dagen)", "eigen registratie", "41", "28", "33")]),
    2: dict(
        doel="Een schone, hele en veilige openbare ruimte waarin inwoners zich prettig en veilig kunnen verplaatsen, te voet, op de fiets, met het openbaar vervoer of met de auto. We beheren wegen, groen en verlichting op het afgesproken kwaliteitsniveau en maken de openbare ruimte klimaatbestendig.",
        gedaan=["De reconstructie van de Stationsweg is in september gestart; de eerste fase (tot de rotonde Molenweg) is gereed.",
                "Fase 2 van de vervanging van de openbare verlichting door led is afgerond: 1.140 lichtmasten zijn omgebouwd.",
                "Bij vijf basisscholen is een schoolzone aangelegd met bijdragen van de provincie.",
                "Het groot onderhoud van de Dorpsstraat en de Kanaalweg is doorgeschoven naar 2026."],
        ind=[("Tevredenheid over onderhoud openbare ruimte (rapportcijfer)", "inwonerspeiling", "6,5", "7,0", "6,7"),
             ("Verkeersongevallen met letsel (aantal)", "VIA/politie", "61", "55", "52"),
             ("Wegen op CROW-kwaliteitsniveau B of beter (%)", "weginspectie", "86%", "90%", "88%")]),
    3: dict(
        doel="Zoveel mogelijk inwoners doen mee naar vermogen, bij voorkeur via betaald werk. Ondernemers vinden in Kestervaal ruimte om te ondernemen en het centrum blijft levendig.",
        gedaan=["Gemiddeld ontvingen 868 huishoudens een bijstandsuitkering; aan het eind van het jaar waren dat er 862.",
                "134 inwoners zijn vanuit de bijstand uitgestroomd naar werk, meer dan de streefwaarde van 120.",
                "Met het Werkgeversservicepunt zijn 46 leerwerkplekken bij lokale bedrijven gerealiseerd.",
                "Het ondernemersfonds centrum is verlengd tot en met 2029."],
        ind=[("Personen met een bijstandsuitkering per 10.000 inwoners (18 jaar en ouder)", "CBS", "214", "205", "207"),
             ("Uitstroom uit de bijstand naar werk (aantal personen)", "eigen registratie", "112", "120", "134"),
             ("Vestigingen per 1.000 inwoners van 15-74 jaar", "LISA", "132,4", "130,0", "135,1")]),
    4: dict(
        doel="Alle kinderen en jongeren in Kestervaal krijgen goed onderwijs in passende gebouwen. Inwoners bewegen voldoende en hebben toegang tot sport, cultuur en de bibliotheek.",
        gedaan=["De bouw van kindcentrum De Wilgen loopt; de oplevering is verschoven van augustus 2026 naar het voorjaar van 2027 door de stikstofprocedure.",
                "Het nieuwe kunstgrasveld op sportpark Het Hoge Veld is in gebruik genomen.",
                "Het groot onderhoud van sporthal De Meent is uitgesteld tot 2026.",
                "De bibliotheek ontving 156.000 bezoekers en startte met taalcafés voor laaggeletterden."],
        ind=[("Absoluut verzuim per 1.000 leerlingen", "DUO/leerplicht", "1,6", "1,5", "1,2"),
             ("Niet-sporters (% inwoners 19 jaar en ouder)", "Gezondheidsmonitor", "48,3%", "46,0%", "47,2%"),
             ("Bezoekers bibliotheek (x 1.000)", "bibliotheek", "142", "150", "156")]),
    5: dict(
        doel="Inwoners kunnen zo lang mogelijk zelfstandig en gezond leven en krijgen de ondersteuning die zij nodig hebben. Kinderen groeien veilig op. We zetten in op preventie en vroegsignalering, zodat zware zorg minder vaak nodig is.",
        gedaan=["1.163 jeugdigen ontvingen een vorm van jeugdhulp, 7% meer dan in 2024.",
                "2.318 inwoners hadden een Wmo-maatwerkvoorziening.",
                "Tegen eenzaamheid onder ouderen zijn in alle kernen 'Samen aan tafel'-maaltijden gestart en bezoeken vrijwilligers van de Vriendendienst inwoners van 75 jaar en ouder thuis.",
                "De nieuwe regionale inkoop jeugdhulp is per 1 januari 2025 ingegaan."],
        ind=[("Jongeren met jeugdhulp (% van alle jongeren tot 18 jaar)", "CBS", "11,2%", "10,5%", "11,9%"),
             ("Cliënten met een Wmo-maatwerkarrangement per 10.000 inwoners", "CBS", "538", "560", "554"),
             ("Doorlooptijd Wmo-melding tot beschikking (weken)", "eigen registratie", "7,5", "6,0", "6,4")]),
    6: dict(
        doel="Voldoende betaalbare woningen voor starters, gezinnen en ouderen, een zorgvuldige ruimtelijke ontwikkeling onder de Omgevingswet en een duurzame gemeente met minder restafval.",
        gedaan=["Er zijn 196 woningen opgeleverd, waarvan 71 sociale huurwoningen; de doelstelling van 250 is niet gehaald doordat de bouw in Veldzicht fase 2 vertraging opliep.",
                "In Veldzicht zijn 38 bouwkavels verkocht.",
                "Het omgevingsplan voor het buitengebied is in ontwerp ter inzage gelegd.",
                "Huishoudens scheidden 74% van hun afval; het restafval daalde naar 116 kilo per inwoner."],
        ind=[("Nieuw gebouwde woningen (aantal)", "BAG", "164", "250", "196"),
             ("Huishoudelijk restafval per inwoner (kg)", "afvalregistratie", "128", "110", "116"),
             ("Gescheiden ingezameld huishoudelijk afval (%)", "afvalregistratie", "71%", "75%", "74%")]),
}


def programme_page(p):
    nr = p["nr"]
    t = PTEXT[nr]
    html = [f'<h1>Programma {nr} {p["naam"]}</h1>',
            '<h2>Wat wilden we bereiken?</h2>', f'<p>{t["doel"]}</p>',
            '<h2>Wat hebben we daarvoor gedaan?</h2>', '<ul>' + "".join(f"<li>{g}</li>" for g in t["gedaan"]) + '</ul>']
    html.append(table(f"Tabel 2.{nr}a Beleidsindicatoren programma {nr}",
                      ["Indicator", "Bron", "Realisatie 2024", "Streefwaarde 2025", "Realisatie 2025"],
                      [list(r) for r in t["ind"]]))
    html.append('<h2>Wat heeft het gekost?</h2>')
    html.append(table(f"Tabel 2.{nr}b Overzicht baten en lasten programma {nr} {p['naam']}",
                      FIN_HEAD, fin_rows(p),
                      scale="Verschil = realisatie ten opzichte van de begroting na wijziging; V = voordelig, N = nadelig."))
    if nr == 5:
        rows = [[f"{c} {n}", nl(a), nl(b), nl(abs(b - a)), vn(a - b)] for c, n, a, b in TV5]
        rows.append(tot(["Totaal lasten programma 5", nl(sum(r[2] for r in TV5)), nl(sum(r[3] for r in TV5)),
                         nl(abs(sum(r[3] - r[2] for r in TV5))), "N"]))
        html.append(table("Tabel 2.5c Lasten per taakveld programma 5 (x € 1.000)",
                          ["Taakveld", "Begroting 2025 na wijziging", "Realisatie 2025", "Verschil", "V/N"], rows))
    html.append('<h3>Toelichting op de belangrijkste verschillen</h3>')
    html.append('<ul>' + "".join(f"<li>{e[0]}</li>" for e in EXPLAIN[nr]) + '</ul>')
    return page("".join(html), title=f"Programma {nr}")


# ---------------------------------------------------------------- pages
def build():
    P = []
    P.append('<div class="page cover"><h1>Jaarstukken 2025</h1><div class="sub">Jaarverslag en jaarrekening<br>Gemeente Kestervaal</div>'
             '<p style="font-size:11pt">Aangeboden aan de gemeenteraad van Kestervaal<br>Raadsvergadering van 2 juli 2026</p>'
             '<p style="font-size:9pt;margin-top:70mm">Gemeente Kestervaal · Raadhuisplein 1 · Postbus 40 · 7790 AA Kestervaal</p></div>')
    _page_no[0] = 1
    toc = [("Voorwoord", 3), ("1 Financieel resultaat op hoofdlijnen", 4),
           ("2 Programmaverantwoording", 5), ("   Programma 1 Bestuur en veiligheid", 5),
           ("   Programma 2 Openbare ruimte en mobiliteit", 6), ("   Programma 3 Economie en werk", 7),
           ("   Programma 4 Onderwijs, sport en cultuur", 8), ("   Programma 5 Zorg, jeugd en welzijn", 9),
           ("   Programma 6 Wonen, ruimte en duurzaamheid", 10),
           ("3 Algemene dekkingsmiddelen, overhead en onvoorzien", 11),
           ("4 Paragraaf weerstandsvermogen en financiële kengetallen", 12),
           ("5 Jaarrekening: balans", 13), ("6 Reserves en voorzieningen", 14),
           ("7 Investeringskredieten", 15), ("8 WNT-verantwoording en voorstel resultaatbestemming", 16)]
    P.append(page('<h1>Inhoudsopgave</h1><table class="toc"><tbody>'
                  + "".join(f'<tr><td>{a.replace("   ", "&nbsp;&nbsp;&nbsp;&nbsp;")}</td><td class="pn">{b}</td></tr>' for a, b in toc)
                  + '</tbody></table><h2>Leeswijzer</h2>'
                  '<p>Deze jaarstukken bestaan uit het jaarverslag (de programmaverantwoording en de paragrafen) en de jaarrekening (de balans, de toelichting en de overzichten van reserves, voorzieningen en investeringen). Per programma beantwoorden we drie vragen: wat wilden we bereiken, wat hebben we daarvoor gedaan en wat heeft het gekost.</p>'
                  '<p>Bedragen in de tabellen zijn x € 1.000, tenzij anders vermeld. De investeringskredieten en de WNT-verantwoording zijn in hele euro\'s. Door afronding kunnen totalen afwijken van de som der delen. In de kolom V/N staat V voor een voordelig en N voor een nadelig verschil ten opzichte van de begroting na wijziging.</p>'
                  '<p>De begroting 2025 primitief is de begroting zoals de raad die in november 2024 heeft vastgesteld. De begroting na wijziging bevat alle begrotingswijzigingen die de raad in 2025 heeft vastgesteld, waaronder de voorjaarsnota en de najaarsrapportage.</p>'))

    r = RESULT
    P.append(page(
        '<h1>Voorwoord</h1>'
        '<p>Hierbij bieden wij u de jaarstukken 2025 van de gemeente Kestervaal aan. Met deze jaarstukken leggen wij verantwoording af over het beleid en de financiën van het afgelopen jaar.</p>'
        f'<p>2025 was een jaar waarin Kestervaal bleef groeien. Op 1 januari 2026 telde onze gemeente {nl(INWONERS_2026)} inwoners, {INWONERS_GROEI} meer dan een jaar eerder. '
        'Die groei zien we terug in de vraag naar woningen, maar ook in het sociaal domein. In 2025 ontvingen 1.163 jeugdigen een vorm van jeugdhulp en hadden 2.318 inwoners een maatwerkvoorziening uit de Wmo. Het aantal huishoudens met een bijstandsuitkering daalde naar 862 aan het eind van het jaar.</p>'
        '<p>We hebben veel bereikt. Er zijn 196 nieuwe woningen opgeleverd, de bouw van kindcentrum De Wilgen is in volle gang en de schoolzones bij vijf basisscholen maken de routes naar school veiliger. Inwoners waarderen onze dienstverlening met een 7,2. Niet alles ging volgens plan: de woningbouwdoelstelling van 250 woningen hebben we niet gehaald en een aantal projecten in de openbare ruimte is doorgeschoven naar 2026. '
        f'Van de voor 2025 geraamde investeringen is {nl(UITVOERING, 0)}% daadwerkelijk uitgevoerd.</p>'
        f'<p>Financieel sluiten we het jaar af met een positief rekeningresultaat van circa € 3,1 miljoen. In de begroting na wijziging gingen we nog uit van een tekort van € 412.000. '
        'Het verschil wordt vooral verklaard door een hogere algemene uitkering uit het gemeentefonds (ruim € 1,7 miljoen meer dan geraamd, vooral door de decembercirculaire), lagere lasten voor het onderhoud van wegen en sportaccommodaties dat is doorgeschoven en lagere kapitaallasten doordat investeringen later zijn uitgevoerd. Daartegenover staan hogere kosten voor jeugdhulp en bijstandsuitkeringen.</p>'
        '<p>Een deel van het resultaat is nodig om werk af te maken dat in 2025 niet is uitgevoerd. In het voorstel voor de resultaatbestemming (hoofdstuk 8) vragen wij u daarom om een deel van het resultaat toe te voegen aan de betreffende bestemmingsreserves en een bedrag van € 1 miljoen te reserveren voor de verwachte tekorten op jeugdhulp.</p>'
        f'<p>De financiële positie van Kestervaal is gezond. De solvabiliteit komt uit op {nl(SOLV[0], 1)}% en de ratio weerstandsvermogen op {nl(RATIO, 1)}, wat volgens de door de raad gehanteerde normering voldoende is. '
        f'De netto schuldquote is gedaald tot {nl(NSQ, 1)}%.</p>'
        '<div class="kader"><b>Kestervaal in 2025 in het kort</b><br>'
        f'Inwoners op 1 januari 2026: {nl(INWONERS_2026)} · Opgeleverde woningen: 196 · Jeugdigen met jeugdhulp: 1.163 · Inwoners met Wmo-maatwerkvoorziening: 2.318 · Uitstroom bijstand naar werk: 134 personen · Rapportcijfer dienstverlening: 7,2</div>'
        '<p>Wij danken alle medewerkers, vrijwilligers en partners voor hun inzet in het afgelopen jaar.</p>'
        '<p>Burgemeester en wethouders van Kestervaal,<br>de secretaris, mw. drs. H.J. Verbeek<br>de burgemeester, dhr. M.A. Koster</p>', title="Voorwoord"))

    # financial overview
    rows = []
    for p in ALL:
        lab = f'Programma {p["nr"]} {p["naam"]}' if "nr" in p else p["naam"]
        v = tuple(res(p, i) for i in range(3))
        rows.append([lab] + [nl(x) for x in v] + [nz(abs(v[2] - v[1])), vn(v[2] - v[1])])
    rows.append(tot(["Gerealiseerd resultaat"] + [nl(x) for x in r] + [nl(abs(r[2] - r[1])), vn(r[2] - r[1])]))
    t21 = table("Tabel 1.1 Resultaat per programma (na mutaties reserves)",
                ["Bedragen x € 1.000", "Begroting 2025 primitief", "Begroting 2025 na wijziging", "Realisatie 2025", "Verschil", "V/N"],
                rows, scale="Een negatief bedrag is een nadelig saldo (per saldo lasten).")
    tr = []
    for lab, k, good_sign in [("Totaal lasten", "L", -1), ("Totaal baten", "B", 1)]:
        v = TOT[k]
        tr.append([lab] + [nl(x) for x in v] + [nl(abs(v[2] - v[1])), vn(good_sign * (v[2] - v[1]))])
    sal = tuple(TOT["B"][i] - TOT["L"][i] for i in range(3))
    tr.append(tot(["Saldo van baten en lasten"] + [nl(x) for x in sal] + [nl(abs(sal[2] - sal[1])), vn(sal[2] - sal[1])]))
    for lab, k, g in [("Toevoegingen aan reserves", "T", -1), ("Onttrekkingen aan reserves", "O", 1)]:
        v = TOT[k]
        tr.append([lab] + [nl(x) for x in v] + [nl(abs(v[2] - v[1])), vn(g * (v[2] - v[1]))])
    tr.append(tot(["Gerealiseerd resultaat"] + [nl(x) for x in r] + [nl(abs(r[2] - r[1])), vn(r[2] - r[1])]))
    t22 = table("Tabel 1.2 Totaaloverzicht baten en lasten 2025",
                ["Bedragen x € 1.000", "Begroting 2025 primitief", "Begroting 2025 na wijziging", "Realisatie 2025", "Verschil", "V/N"], tr)
    P.append(page('<h1>1 Financieel resultaat op hoofdlijnen</h1>'
                  f'<p>De jaarrekening 2025 sluit met een voordelig saldo van € {nl(r[2] * 1000)} na verwerking van de mutaties in de reserves. '
                  f'De primitieve begroting liet een overschot van € {nl(r[0] * 1000)} zien; na de begrotingswijzigingen van 2025 was een tekort geraamd van € {nl(abs(r[1]) * 1000)}. '
                  f'Het resultaat is daarmee € {nl((r[2] - r[1]) * 1000)} gunstiger dan de bijgestelde begroting.</p>'
                  '<p>In tabel 1.1 staat per programma het resultaat na mutaties in de reserves. Een toelichting op de verschillen per programma staat in hoofdstuk 2; de algemene dekkingsmiddelen, de overhead en onvoorzien worden toegelicht in hoofdstuk 3.</p>'
                  + t21 + t22 +
                  '<p>De belangrijkste voordelen zijn de hogere algemene uitkering (€ 1.715.000), het doorgeschoven onderhoud van wegen (€ 417.000, wordt in 2026 alsnog uitgevoerd), lagere kapitaallasten van kindcentrum De Wilgen (€ 412.000) en lagere kosten voor afvalverwerking (€ 384.000). De grootste nadelen zijn de hogere lasten voor jeugdhulp (€ 1.184.000) en voor bijstandsuitkeringen (€ 612.000), die voor de bijstand grotendeels worden gecompenseerd door een hoger rijksbudget.</p>',
                  title="Financieel resultaat"))

    for p in PROG:
        P.append(programme_page(p))

    # algemene dekkingsmiddelen
    rows = [[n, nl(a), nl(b), nl(c), nz(abs(c - b)), vn(c - b)] for n, a, b, c in ADMROWS]
    rows.append(tot(["Totaal algemene dekkingsmiddelen (baten)"] + [nl(x) for x in ADM["B"]] + [nl(ADM["B"][2] - ADM["B"][1]), "V"]))
    t41 = table("Tabel 3.1 Algemene dekkingsmiddelen", FIN_HEAD, rows)
    t42 = table("Tabel 3.2 Overzicht baten en lasten algemene dekkingsmiddelen, overhead en onvoorzien", FIN_HEAD,
                [[f"Lasten {ADM['naam'].lower()}"] + [nl(x) for x in ADM["L"]] + [nl(62), "N"],
                 ["Lasten overhead"] + [nl(x) for x in OH["L"]] + [nl(OH["L"][1] - OH["L"][2]), "V"],
                 ["Baten overhead"] + [nl(x) for x in OH["B"]] + [nl(OH["B"][2] - OH["B"][1]), "V"],
                 ["Onttrekkingen reserves overhead"] + [nz(x) for x in OH["O"]] + [nl(80), "N"],
                 ["Onvoorzien"] + [nz(x) for x in ONV["L"]] + [nl(100), "V"]])
    P.append(page('<h1>3 Algemene dekkingsmiddelen, overhead en onvoorzien</h1>'
                  '<p>Algemene dekkingsmiddelen zijn inkomsten die de gemeente vrij kan besteden, zoals de algemene uitkering uit het gemeentefonds, de onroerendezaakbelasting en dividenden. Tegenover deze inkomsten staan geen vooraf bepaalde uitgaven.</p>'
                  + t41 +
                  '<h3>Toelichting</h3><ul>'
                  '<li>Algemene uitkering: de uitkering is € 1.715.000 hoger dan in de begroting na wijziging. Dit komt vooral door de decembercirculaire 2025 (hogere accressen en compensatie voor de loon- en prijsontwikkeling) en een hogere uitkering voor het aantal inwoners en woonruimten.</li>'
                  '<li>Onroerendezaakbelasting: de opbrengst voor woningen is € 43.000 hoger door nieuwbouw; bij niet-woningen is de opbrengst € 38.000 lager door toegekende bezwaren.</li>'
                  '<li>Dividenden: het dividend van de Bank Nederlandse Gemeenten en het regionale energiebedrijf viel € 128.000 hoger uit.</li>'
                  '<li>Toeristenbelasting: door meer overnachtingen op de campings € 27.000 hoger.</li></ul>'
                  '<h2>Overhead en onvoorzien</h2>'
                  '<p>De overhead omvat de kosten van sturing en ondersteuning van de organisatie, zoals ICT, huisvesting, financiën, HRM en het management. De lasten zijn € 263.000 lager dan geraamd, vooral door vacatureruimte (€ 183.000) en lagere kosten voor ICT-licenties (€ 80.000). Omdat de licentiekosten uit de reserve dekking kapitaallasten worden gedekt, is ook € 80.000 minder aan die reserve onttrokken. '
                  'Het budget voor onvoorzien van € 100.000 is in 2025 niet aangesproken.</p>' + t42,
                  title="Algemene dekkingsmiddelen"))

    # weerstandsvermogen en kengetallen
    kg = [["Netto schuldquote", "102,5%", "104,1%", f"{nl(NSQ, 1)}%"],
          ["Netto schuldquote gecorrigeerd voor alle verstrekte leningen", "98,9%", "100,3%", f"{nl(NSQ - 100 * 2632 / TOT['B'][2], 1)}%"],
          ["Solvabiliteitsratio", "21,8%", f"{nl(SOLV[1], 1)}%", f"{nl(SOLV[0], 1)}%"],
          ["Grondexploitatie", "9,6%", "10,3%", f"{nl(100 * 9315 / TOT['B'][2], 1)}%"],
          ["Structurele exploitatieruimte", "0,4%", "1,1%", "1,8%"],
          ["Belastingcapaciteit", "96,4%", "95,8%", "96,4%"]]
    P.append(page('<h1>4 Paragraaf weerstandsvermogen en financiële kengetallen</h1>'
                  '<h2>Weerstandsvermogen</h2>'
                  '<p>Het weerstandsvermogen geeft aan in hoeverre de gemeente financiële tegenvallers kan opvangen zonder dat het beleid moet worden aangepast. De raad heeft in de nota risicomanagement bepaald dat de ratio weerstandsvermogen minimaal 1,4 moet zijn (voldoende).</p>'
                  + table("Tabel 4.1 Ratio weerstandsvermogen per 31 december 2025",
                          ["Bedragen x € 1.000", "31-12-2025"],
                          [["Algemene reserve", nl(AR_END)], ["Onbenutte belastingcapaciteit", nl(2140)],
                           tot(["Beschikbare weerstandscapaciteit", nl(WEERSTAND_BESCHIKBAAR)]),
                           ["Benodigde weerstandscapaciteit (risico's, 90% zekerheid)", nl(WEERSTAND_BENODIGD)],
                           tot(["Ratio weerstandsvermogen", nl(RATIO, 1)])]) +
                  '<p>De belangrijkste risico\'s zijn de open-einderegelingen in het sociaal domein (jeugdhulp en Wmo), de afhankelijkheid van het gemeentefonds na 2026 en de risico\'s in de grondexploitaties, vooral bij Veldzicht fase 3. De benodigde weerstandscapaciteit is berekend met een risicosimulatie.</p>'
                  '<h2>Financiële kengetallen</h2>'
                  + table("Tabel 4.2 Financiële kengetallen", ["Kengetal", "Begroting 2025", "Realisatie 2024", "Realisatie 2025"], kg) +
                  '<p>De netto schuldquote is gedaald doordat er in 2025 per saldo is afgelost op de vaste schulden en de baten hoger waren. De solvabiliteit is gestegen door het positieve resultaat. De structurele exploitatieruimte is positief: de structurele baten zijn hoger dan de structurele lasten.</p>'
                  '<h2>Financiering</h2>'
                  '<p>In 2025 is geen nieuwe langlopende lening aangetrokken. Op de bestaande leningen is € 3.830.000 afgelost. De gemeente bleef het hele jaar binnen de kasgeldlimiet en de renterisiconorm. De gemiddelde rente op de langlopende leningportefeuille bedroeg 1,84%.</p>',
                  title="Paragrafen"))

    # balans
    def brow(n, a, b):
        return [n, nl(a), nl(b)]
    act = ([{"cls": "sub", "cells": ["Vaste activa", "", ""]}] + [brow(*x) for x in ACT_VAST]
           + [tot(["Totaal vaste activa", nl(s(ACT_VAST, 1)), nl(s(ACT_VAST, 2))])]
           + [{"cls": "sub", "cells": ["Vlottende activa", "", ""]}] + [brow(*x) for x in ACT_VLOT]
           + [tot(["Totaal vlottende activa", nl(s(ACT_VLOT, 1)), nl(s(ACT_VLOT, 2))])]
           + [tot(["Totaal activa", nl(ACT_TOT[0]), nl(ACT_TOT[1])])])
    pas = ([{"cls": "sub", "cells": ["Vaste passiva", "", ""]}] + [brow(*x) for x in EV]
           + [tot(["Totaal eigen vermogen", nl(EV_TOT[0]), nl(EV_TOT[1])])]
           + [brow(*VOORZ_BAL), brow(*VASTE_SCHULD)]
           + [tot(["Totaal vaste passiva", nl(VP_TOT[0]), nl(VP_TOT[1])])]
           + [{"cls": "sub", "cells": ["Vlottende passiva", "", ""]}] + [brow(*x) for x in PAS_VLOT]
           + [tot(["Totaal vlottende passiva", nl(s(PAS_VLOT, 1)), nl(s(PAS_VLOT, 2))])]
           + [tot(["Totaal passiva", nl(PAS_TOT[0]), nl(PAS_TOT[1])])])
    P.append(page('<h1>5 Jaarrekening: balans</h1>'
                  '<p>De balans geeft de bezittingen (activa) en de schulden en het eigen vermogen (passiva) van de gemeente weer per 31 december 2025, met ter vergelijking de stand per 31 december 2024. Het gerealiseerde resultaat 2024 is in 2025 door de raad bestemd en toegevoegd aan de algemene reserve.</p>'
                  + table("Tabel 5.1 Balans per 31 december - activa", ["Bedragen x € 1.000", "31-12-2025", "31-12-2024"], act)
                  + table("Tabel 5.2 Balans per 31 december - passiva", ["Bedragen x € 1.000", "31-12-2025", "31-12-2024"], pas)
                  + '<p class="note">Gewaarborgde geldleningen (buiten de balans): € 24.310.000 per 31-12-2025, vooral aan de woningcorporatie en sportverenigingen.</p>',
                  title="Balans"))

    # reserves en voorzieningen
    rrows = [[n, nl(b), nz(t), nz(o), nl(e)] for n, b, t, o, e in RES]
    rrows.append(tot(["Totaal reserves", nl(s(RES, 1)), nl(s(RES, 2)), nl(s(RES, 3)), nl(s(RES, 4))]))
    vrows = [[n, nl(b), nz(t), nz(a), nz(v), nl(e)] for n, b, t, a, v, e in VOORZ]
    vrows.append(tot(["Totaal voorzieningen", nl(s(VOORZ, 1)), nl(s(VOORZ, 2)), nl(s(VOORZ, 3)), nl(s(VOORZ, 4)), nl(s(VOORZ, 5))]))
    P.append(page('<h1>6 Reserves en voorzieningen</h1>'
                  '<h2>Reserves</h2>'
                  f'<p>De stand per 1 januari 2025 is inclusief de bestemming van het rekeningresultaat 2024 van € {nl(RESULT_2024 * 1000)}, dat de raad op 3 juli 2025 volledig aan de algemene reserve heeft toegevoegd. De toevoegingen en onttrekkingen zijn in de programma\'s verantwoord.</p>'
                  + table("Tabel 6.1 Verloop reserves 2025", ["Bedragen x € 1.000", "Stand 1-1-2025", "Toevoegingen", "Onttrekkingen", "Stand 31-12-2025"], rrows) +
                  '<ul><li>Algemene reserve: de toevoeging van € 1.200.000 is de jaarlijkse storting volgens het raadsbesluit over de versterking van het weerstandsvermogen; de onttrekking van € 400.000 betreft de dekking van de incidentele kosten van de energietransitie.</li>'
                  '<li>Reserve sociaal domein: onttrokken is € 1.450.000 voor de transformatie jeugdhulp (programma 5) en € 150.000 voor extra re-integratietrajecten (programma 3).</li>'
                  '<li>Reserve grondexploitaties: de toevoeging betreft de tussentijdse winstneming Veldzicht (€ 605.000) en het geraamde voordeel op de afgesloten grondexploitatie Schoolstraat (€ 580.000).</li></ul>'
                  '<h2>Voorzieningen</h2>'
                  + table("Tabel 6.2 Verloop voorzieningen 2025", ["Bedragen x € 1.000", "Stand 1-1-2025", "Toevoegingen", "Aanwendingen", "Vrijval", "Stand 31-12-2025"], vrows) +
                  '<p>De voorziening groot onderhoud gemeentelijke gebouwen is gebaseerd op het meerjarenonderhoudsplan 2024-2033. De voorziening egalisatie rioolheffing wordt in de komende jaren ingezet om de stijging van de rioolheffing te beperken.</p>',
                  title="Reserves en voorzieningen"))

    # kredieten (landscape)
    krows = [[n, str(p) if p else "Overhead", nl(k), nl(a), nl(b), nl(t), nl(r), af] for n, p, k, a, b, t, r, af in KRED]
    krows.append(tot(["Totaal", "", nl(KRED_TOT[0]), nl(KRED_TOT[1]), nl(KRED_TOT[2]), nl(KRED_TOT[3]), nl(KRED_TOT[4]), ""]))
    P.append(page('<h1>7 Investeringskredieten</h1>'
                  '<p>Onderstaand overzicht bevat de lopende investeringskredieten die de raad beschikbaar heeft gesteld, met de bestedingen tot en met 2024 en in 2025 en het restant. Bedragen in euro\'s. Een negatief restant is een overschrijding van het krediet. Kredieten met "ja" in de laatste kolom worden met deze jaarrekening afgesloten.</p>'
                  + table("Tabel 7.1 Staat van investeringskredieten 2025 (bedragen in €)",
                          ["Investering", "Programma", "Beschikbaar krediet", "Besteed t/m 2024", "Besteed 2025", "Totaal besteed", "Restant krediet", "Afsluiten"], krows) +
                  '<h3>Toelichting op de grootste afwijkingen</h3><ul>'
                  '<li>Nieuwbouw kindcentrum De Wilgen: door de aanvullende stikstofprocedure is de bouw vier maanden later gestart. Het restant van het krediet wordt in 2026 en 2027 besteed; de oplevering is nu voorzien in het voorjaar van 2027.</li>'
                  '<li>Kunstgrasveld sportpark Het Hoge Veld: het krediet is overschreden doordat bij de aanleg vervuilde grond is aangetroffen die moest worden afgevoerd. De overschrijding wordt gedekt uit de reserve sportaccommodaties.</li>'
                  '<li>Fietspad Veenweg: de uitvoering wacht op de grondverwerving; start werkzaamheden naar verwachting in het najaar van 2026.</li></ul>',
                  title="Investeringen", land=True))

    wrows = [[n, f, nl(a), nl(b), nl(a + b), nl(m)] for n, f, a, b, m in WNT]
    brows = [[t, nl(b)] for t, b in BESTEMMING] + [tot(["Totaal rekeningresultaat 2025", nl(RESULT[2] * 1000)])]
    P.append(page('<h1>8 WNT-verantwoording en voorstel resultaatbestemming</h1>'
                  '<h2>Wet normering topinkomens</h2>'
                  '<p>Op grond van de Wet normering bezoldiging topfunctionarissen publieke en semipublieke sector (WNT) maakt de gemeente de bezoldiging van haar topfunctionarissen openbaar. Bij de gemeente zijn dit de gemeentesecretaris en de griffier. Het toepasselijke bezoldigingsmaximum voor 2025 is € 246.000. Beide functionarissen waren het hele jaar voltijds (1,0 fte) in dienst.</p>'
                  + table("Tabel 8.1 Bezoldiging topfunctionarissen 2025 (bedragen in €)",
                          ["Naam", "Functie", "Beloning plus belastbare onkostenvergoedingen", "Beloningen betaalbaar op termijn", "Totale bezoldiging", "Individueel toepasselijk bezoldigingsmaximum"], wrows) +
                  '<p>Er zijn in 2025 geen ontslaguitkeringen betaald aan topfunctionarissen en er waren geen overschrijdingen van het bezoldigingsmaximum.</p>'
                  '<h2>Voorstel resultaatbestemming</h2>'
                  f'<p>Het rekeningresultaat 2025 bedraagt € {nl(RESULT[2] * 1000)} voordelig. Een deel daarvan is het gevolg van werkzaamheden die in 2025 zijn begroot maar pas in 2026 worden uitgevoerd. Wij stellen de raad voor het resultaat als volgt te bestemmen:</p>'
                  + table("Tabel 8.2 Voorstel bestemming rekeningresultaat 2025 (bedragen in €)", ["Bestemming", "Bedrag"], brows) +
                  '<p>Na deze bestemming komt de algemene reserve uit op € 20.692.000.</p>',
                  title="WNT en resultaatbestemming"))
    check(AR_END * 1000 + 1432000 == 20692000, "AR na bestemming")
    check(_page_no[0] == PAGES, f"page count {_page_no[0]}")
    html = f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Jaarstukken 2025 Gemeente Kestervaal</title><style>{CSS}</style></head><body>{"".join(P)}</body></html>'
    return html


if __name__ == "__main__":
    print("resultaat", RESULT, "solv", SOLV, "nsq", round(NSQ, 2), "ratio", round(RATIO, 2),
          "uitvoering", round(UITVOERING, 1), "kred", KRED_TOT)
    render(build(), PDF, PAGES, footer_re=r"Pagina (\d+)")
