"""Generate the fictional 'Jaarstukken 2025' of gemeente Grevenschot (HTML, printed to PDF).

All figures are derived here so that totals, saldi, reserve movements and ratios add up;
the asserts below check them. Programme tables are in whole euros, the jaarrekening part
and the weerstandsvermogen paragraph in 'bedragen x € 1.000'.
Run: python3 gen_grevenschot.py  (writes grevenschot_jaarstukken_2025.html here and the PDF in ../corpus)
"""
from __future__ import annotations

import json
import subprocess
from decimal import Decimal
from pathlib import Path

from common import k, nl, nl_dec, rnd

HERE = Path(__file__).resolve().parent
HTML = HERE / "grevenschot_jaarstukken_2025.html"
PDF = HERE.parent / "corpus" / "grevenschot-jaarstukken-2025.pdf"
FACTS = HERE / "grevenschot_facts.json"

COLS = ("prim", "gew", "real")

# ---------------------------------------------------------------- programmes (whole euros)
# lasten / baten / toevoegingen / onttrekkingen: (begroting primitief, na wijziging, realisatie)
PROGRAMMES = [
    {
        "nr": 1, "naam": "Veiligheid",
        "lasten": (3_284_500, 3_402_700, 3_361_948),
        "baten": (96_000, 104_300, 131_566),
        "toev": (0, 0, 0),
        "ontt": (0, 45_000, 45_000),
        "intro": "Grevenschot wil een gemeente zijn waar inwoners zich veilig voelen, thuis, op straat "
                 "en in het uitgaansgebied. In 2025 is het Integraal Veiligheidsplan 2025-2028 vastgesteld "
                 "en zijn twee extra boa's ingezet in het centrum en op de bedrijventerreinen.",
        "toel_lasten": "Het voordeel van € 41.000 op de lasten ontstaat door een lagere bijdrage aan de "
                       "veiligheidsregio dan geraamd (€ 28.000 voordeel) en doordat het cameratoezicht op "
                       "het Marktplein later is uitgebreid dan gepland (€ 13.000 voordeel).",
        "toel_baten": "De baten zijn € 27.000 hoger dan begroot door een hogere opbrengst van de leges voor "
                      "evenementenvergunningen; in 2025 zijn 64 evenementenvergunningen verleend, tegen 49 in 2024.",
        "toel_reserves": "De onttrekking van € 45.000 aan de algemene reserve dekt de tijdelijke inzet van de "
                         "extra boa's (raadsbesluit van 3 april 2025).",
        "indicatoren": [
            ("Verwijzingen Halt", "per 10.000 jongeren 12-17 jaar", "100", "118", "97", "Bureau Halt"),
            ("Winkeldiefstallen", "per 1.000 inwoners", "-", "1,8", "1,6", "CBS"),
            ("Geweldsmisdrijven", "per 1.000 inwoners", "4,0", "4,1", "4,4", "CBS"),
            ("Diefstallen uit woning", "per 1.000 inwoners", "1,5", "1,9", "1,5", "CBS"),
        ],
    },
    {
        "nr": 2, "naam": "Verkeer, vervoer en openbare ruimte",
        "lasten": (9_845_000, 10_212_400, 10_588_131),
        "baten": (1_204_000, 1_236_000, 1_198_420),
        "toev": (0, 0, 0),
        "ontt": (410_000, 410_000, 410_000),
        "intro": "Dit programma gaat over wegen, fietspaden, openbare verlichting, groen en parkeren. "
                 "In 2025 is de reconstructie van de Molenweg afgerond en is gestart met fase 2 van de "
                 "vervanging van de openbare verlichting door ledverlichting.",
        "toel_lasten": "Het nadeel van € 376.000 op de lasten wordt veroorzaakt door hogere kosten voor "
                       "gladheidsbestrijding door de strenge winterperiode in januari en februari (€ 148.000 nadeel) "
                       "en door herstel van wegen en bermen na de stormschade van oktober 2025 (€ 263.000 nadeel). "
                       "Daartegenover staan lagere energiekosten voor de openbare verlichting (€ 35.000 voordeel).",
        "toel_baten": "De baten blijven € 38.000 achter bij de begroting door een lagere opbrengst van "
                      "parkeervergunningen en parkeergelden in het centrum.",
        "toel_reserves": "Aan de reserve kapitaallasten is € 310.000 onttrokken ter dekking van de "
                         "afschrijvingslasten van de Molenweg en aan de reserve verkeersveiligheid € 100.000 voor "
                         "de schoolzones.",
        "indicatoren": [
            ("Ziekenhuisopnamen na verkeersongeval met motorvoertuig", "%", "7", "8", "7", "VeiligheidNL"),
            ("Tevredenheid onderhoud openbare ruimte", "rapportcijfer", "7,0", "6,6", "6,8", "Burgerpeiling"),
            ("Meldingen openbare ruimte", "aantal", "-", "3.412", "3.785", "Eigen registratie"),
        ],
    },
    {
        "nr": 3, "naam": "Onderwijs, sport en cultuur",
        "lasten": (7_918_000, 8_144_900, 7_902_337),
        "baten": (1_386_000, 1_402_000, 1_467_812),
        "toev": (180_000, 180_000, 180_000),
        "ontt": (250_000, 250_000, 120_000),
        "intro": "Wij zorgen voor goede schoolgebouwen, leerlingenvervoer, sportaccommodaties en een "
                 "bereikbaar cultuuraanbod. De bouw van IKC De Wielewaal is in 2025 gestart, later dan gepland.",
        "toel_lasten": "Per saldo is op de lasten € 243.000 minder uitgegeven dan begroot. De onderwijshuisvesting "
                       "laat een voordeel zien van € 274.000, omdat de nieuwbouw van IKC De Wielewaal later is "
                       "gestart en de kapitaallasten lager zijn. Ook de sportaccommodaties waren goedkoper door "
                       "lagere energiekosten (€ 65.000 voordeel). Het leerlingenvervoer viel € 96.000 hoger uit dan "
                       "geraamd, doordat meer leerlingen naar het speciaal onderwijs buiten de gemeente reizen.",
        "toel_baten": "De huurinkomsten van de sportaccommodaties zijn € 66.000 hoger dan begroot, vooral door "
                      "meer verhuur van sporthal De Schoter in de avonduren.",
        "toel_reserves": "Doordat de kapitaallasten van IKC De Wielewaal lager zijn, is € 130.000 minder aan de "
                         "reserve kapitaallasten onttrokken dan begroot (€ 120.000 in plaats van € 250.000). "
                         "Aan de reserve onderhoud gemeentelijke gebouwen is conform begroting € 180.000 toegevoegd.",
        "indicatoren": [
            ("Absoluut verzuim", "per 1.000 leerlingen", "2,0", "2,1", "1,8", "DUO"),
            ("Relatief verzuim", "per 1.000 leerlingen", "22", "24", "27", "DUO"),
            ("Voortijdig schoolverlaters zonder startkwalificatie (vsv-ers)", "%", "1,5", "1,7", "1,5", "DUO"),
            ("Bezoekers zwembad De Plomp", "aantal", "62.000", "61.240", "64.915", "Eigen registratie"),
        ],
    },
    {
        "nr": 4, "naam": "Sociaal domein",
        "lasten": (33_920_000, 34_870_500, 35_487_784),
        "baten": (8_640_000, 9_120_000, 9_498_355),
        "toev": (0, 0, 0),
        "ontt": (500_000, 1_100_000, 1_100_000),
        "intro": "Het sociaal domein omvat de jeugdhulp, de Wmo, werk en inkomen en schuldhulpverlening. "
                 "Het aantal jongeren met jeugdhulp is in 2025 verder gestegen; de kosten van jeugdhulp met "
                 "verblijf blijven de grootste zorg.",
        "toel_lasten": "Het nadeel van € 617.000 op de lasten wordt veroorzaakt door jeugdhulp met verblijf "
                       "(€ 842.000 nadeel): het aantal jongeren in een residentiële voorziening steeg van 41 naar 52 "
                       "en de tarieven van de regionale inkoop zijn per 1 juli 2025 verhoogd. Ook de hulp bij het "
                       "huishouden (Wmo) kostte meer dan begroot (€ 196.000 nadeel) door een hogere vraag van "
                       "inwoners boven de 75 jaar. Daartegenover staat een voordeel van € 421.000 op de "
                       "bijstandsuitkeringen, doordat het aantal uitkeringen daalde.",
        "toel_baten": "De baten zijn € 378.000 hoger dan begroot: de definitieve rijksbijdrage voor de "
                      "bijstandsuitkeringen (BUIG) is € 301.000 hoger vastgesteld en de terugvorderingen en "
                      "verhaal bijstand leverden € 77.000 meer op.",
        "toel_reserves": "Bij de tweede bestuursrapportage is de onttrekking aan de reserve sociaal domein verhoogd "
                         "van € 500.000 naar € 1.100.000 om de stijgende kosten van de jeugdhulp op te vangen.",
        "indicatoren": [
            ("Jongeren met jeugdhulp", "% van jongeren tot 18 jaar", "11,0", "11,8", "12,4", "CBS"),
            ("Bijstandsuitkeringen", "per 10.000 inwoners van 18 jaar en ouder", "290", "301", "287", "CBS"),
            ("Cliënten met een maatwerkarrangement Wmo", "per 10.000 inwoners", "600", "612", "648", "CBS"),
            ("Huishoudens in schuldhulpverlening", "aantal", "-", "212", "238", "Eigen registratie"),
        ],
    },
    {
        "nr": 5, "naam": "Wonen, ruimte en duurzaamheid",
        "lasten": (8_612_000, 9_046_300, 8_731_059),
        "baten": (7_354_000, 7_611_000, 7_402_773),
        "toev": (150_000, 150_000, 150_000),
        "ontt": (0, 180_000, 95_000),
        "intro": "Dit programma omvat ruimtelijke ordening en het omgevingsplan, vergunningen, afval, "
                 "riolering en de energietransitie. In 2025 zijn 129 woningen opgeleverd.",
        "toel_lasten": "Op de lasten is € 315.000 minder uitgegeven dan begroot. De kosten van de afvalinzameling "
                       "waren € 122.000 lager door lagere verwerkingstarieven. Het omgevingsplan heeft vertraging "
                       "opgelopen, waardoor € 246.000 niet is besteed. De riolering kostte € 53.000 meer door "
                       "spoedreparaties aan gemalen.",
        "toel_baten": "De baten zijn € 208.000 lager dan begroot. De legesopbrengst van omgevingsvergunningen "
                      "bleef € 231.000 achter doordat minder grote bouwaanvragen zijn ingediend; de opbrengst van "
                      "de afvalstoffenheffing was € 23.000 hoger.",
        "toel_reserves": "Van de reserve duurzaamheid is € 95.000 ingezet voor de isolatiesubsidie, € 85.000 minder "
                         "dan de begrote € 180.000. Aan deze reserve is € 150.000 toegevoegd.",
        "indicatoren": [
            ("Nieuw gebouwde woningen", "per 1.000 woningen", "8,0", "6,8", "9,3", "CBS"),
            ("Omvang huishoudelijk restafval", "kg per inwoner", "100", "118", "109", "CBS"),
            ("Hernieuwbare elektriciteit", "%", "25,0", "19,4", "22,8", "Klimaatmonitor"),
            ("Woningvoorraad per 31 december", "aantal", "-", "13.905", "14.034", "BAG"),
        ],
    },
]

# ---------------------------------------------------------------- algemene dekkingsmiddelen (whole euros)
# The algemene uitkering is solved below so that the result of each column hits its target.
AD_BATEN = [
    ("Onroerendezaakbelasting woningen", (4_512_000, 4_512_000, 4_538_916)),
    ("Onroerendezaakbelasting niet-woningen", (1_988_000, 1_988_000, 1_951_207)),
    ("Toeristenbelasting", (385_000, 385_000, 412_380)),
    ("Dividenden", (212_000, 212_000, 236_450)),
    ("Saldo financieringsfunctie", (145_000, 145_000, 168_223)),
]
AD_LASTEN = [
    ("Kosten heffing en invordering", (412_000, 418_000, 409_581)),
    ("Overhead", (9_120_000, 9_486_000, 9_392_604)),
    ("Onvoorzien", (100_000, 40_000, 0)),
]
AD_TOEV = (0, 412_000, 412_000)  # resultaat 2024 to the algemene reserve
AD_ONTT = (0, 0, 0)
RESULT_TARGET = (24_800, -196_300, 1_318_406)


def colsum(rows, i):
    return sum(r[i] for r in rows)


def solve_au() -> tuple[int, int, int]:
    out = []
    for i in range(3):
        lasten = sum(p["lasten"][i] for p in PROGRAMMES) + colsum([v for _, v in AD_LASTEN], i)
        baten_ex = sum(p["baten"][i] for p in PROGRAMMES) + colsum([v for _, v in AD_BATEN], i)
        toev = sum(p["toev"][i] for p in PROGRAMMES) + AD_TOEV[i]
        ontt = sum(p["ontt"][i] for p in PROGRAMMES) + AD_ONTT[i]
        # resultaat = baten - lasten - toev + ontt
        out.append(RESULT_TARGET[i] + lasten + toev - ontt - baten_ex)
    return tuple(out)


AU = solve_au()
AD_BATEN_ALL = AD_BATEN[:2] + [("Algemene uitkering gemeentefonds", AU)] + AD_BATEN[2:]


def totals():
    t = {}
    for i, c in enumerate(COLS):
        lp = sum(p["lasten"][i] for p in PROGRAMMES)
        bp = sum(p["baten"][i] for p in PROGRAMMES)
        la = colsum([v for _, v in AD_LASTEN], i)
        ba = colsum([v for _, v in AD_BATEN_ALL], i)
        toev = sum(p["toev"][i] for p in PROGRAMMES) + AD_TOEV[i]
        ontt = sum(p["ontt"][i] for p in PROGRAMMES) + AD_ONTT[i]
        saldo = bp + ba - lp - la
        t[c] = dict(lasten=lp + la, baten=bp + ba, saldo=saldo, toev=toev, ontt=ontt,
                    resultaat=saldo - toev + ontt)
    return t


TOT = totals()
for i, c in enumerate(COLS):
    assert TOT[c]["resultaat"] == RESULT_TARGET[i], (c, TOT[c])

# ---------------------------------------------------------------- reserves (x € 1.000, mutations are whole thousands)
RESERVES = [
    # naam, stand 1-1, toevoegingen, onttrekkingen  (in euros; mutations traced to programmes below)
    ("Algemene reserve", 11_236_000, 412_000, 45_000),
    ("Reserve sociaal domein", 3_480_000, 0, 1_100_000),
    ("Reserve kapitaallasten", 6_915_000, 0, 430_000),
    ("Reserve verkeersveiligheid", 420_000, 0, 100_000),
    ("Reserve duurzaamheid", 1_045_000, 150_000, 95_000),
    ("Reserve onderhoud gemeentelijke gebouwen", 2_210_000, 180_000, 0),
]
assert sum(r[2] for r in RESERVES) == TOT["real"]["toev"]
assert sum(r[3] for r in RESERVES) == TOT["real"]["ontt"]
assert all(r[1] % 1000 == 0 and r[2] % 1000 == 0 and r[3] % 1000 == 0 for r in RESERVES)
RES_END = {r[0]: r[1] + r[2] - r[3] for r in RESERVES}
RES_TOTAL_BEGIN = sum(r[1] for r in RESERVES)
RES_TOTAL_END = sum(RES_END.values())

# ---------------------------------------------------------------- balance, kengetallen, weerstand
EIGEN_VERMOGEN = RES_TOTAL_END + TOT["real"]["resultaat"]
BALANSTOTAAL = 77_564_000
SOLV = rnd(Decimal(EIGEN_VERMOGEN) / BALANSTOTAAL * 100, 1)
assert SOLV == Decimal("33.0"), SOLV

KENGETALLEN = [
    # naam, rekening 2024, begroting 2025, rekening 2025  (percent)
    ("1a. Netto schuldquote", "58,2%", "64,0%", "55,7%"),
    ("1b. Netto schuldquote gecorrigeerd voor alle verstrekte leningen", "56,1%", "62,3%", "53,9%"),
    ("2. Solvabiliteitsratio", "31,4%", "28,5%", f"{nl_dec(SOLV, 1)}%"),
    ("3. Structurele exploitatieruimte", "1,2%", "0,4%", "1,9%"),
    ("4. Grondexploitatie", "9,1%", "8,3%", "7,2%"),
    ("5. Belastingcapaciteit", "104,3%", "106,1%", "106,1%"),
]

ALG_RES_BEGROTING = 10_950_000
WEERSTAND = {
    # begroting 2025, rekening 2025 (euros, whole thousands)
    "Algemene reserve": (ALG_RES_BEGROTING, RES_END["Algemene reserve"]),
    "Onbenutte belastingcapaciteit": (1_820_000, 1_870_000),
    "Post onvoorzien": (100_000, 0),
}
BESCHIKBAAR = tuple(sum(v[i] for v in WEERSTAND.values()) for i in range(2))
BENODIGD = (6_130_000, 5_540_000)
RATIO = tuple(rnd(Decimal(BESCHIKBAAR[i]) / BENODIGD[i], 1) for i in range(2))
assert RATIO == (Decimal("2.1"), Decimal("2.4")), RATIO

# ---------------------------------------------------------------- investeringen (x € 1.000)
INVESTERINGEN = [
    # nr, omschrijving, programma, krediet, besteed t/m 2024, besteed 2025, status
    (1, "Reconstructie Molenweg", 2, 1_850, 420, 1_296, "Afgesloten"),
    (2, "Vervanging openbare verlichting (led), fase 2", 2, 980, 0, 612, "Loopt door"),
    (3, "Fietspad Kanaaldijk", 2, 1_240, 86, 1_318, "Afgesloten"),
    (4, "Voertuigen buitendienst", 2, 715, 0, 702, "Afgesloten"),
    (5, "Nieuwbouw IKC De Wielewaal", 3, 9_600, 1_120, 2_845, "Loopt door"),
    (6, "Renovatie sporthal De Schoter", 3, 2_150, 1_980, 164, "Afgesloten"),
    (7, "Kunstgrasveld sportpark Het Schot", 3, 640, 0, 618, "Afgesloten"),
    (8, "Vervanging riolering Kerkstraat e.o.", 5, 2_780, 310, 1_905, "Loopt door"),
    (9, "Zonnepanelen gemeentelijke gebouwen", 5, 520, 0, 241, "Loopt door"),
]
INV_ROWS = [(nr, o, p, kr, a, b, a + b, kr - a - b, s) for nr, o, p, kr, a, b, s in INVESTERINGEN]
INV_TOT = tuple(sum(r[i] for r in INV_ROWS) for i in range(3, 8))

INWONERS_BEGIN, INWONERS_EIND, WONINGEN = 31_482, 31_706, 14_034

# variance checks between prose (rounded to € 1.000) and tables
PROSE_CHECK = {1: (41, 27), 2: (-376, -38), 3: (243, 66), 4: (-617, 378), 5: (315, -208)}
for p in PROGRAMMES:
    dl = -(p["lasten"][2] - p["lasten"][1])  # + = voordeel
    db = p["baten"][2] - p["baten"][1]
    assert (k(dl), k(db)) == PROSE_CHECK[p["nr"]], (p["nr"], dl, db)
assert 148 + 263 - 35 == 376 and 274 + 65 - 96 == 243 and 842 + 196 - 421 == 617
assert 301 + 77 == 378 and 122 + 246 - 53 == 315 and 231 - 23 == 208 and 28 + 13 == 41

# resultaatbestemming
BESTEMMING = [("toevoeging aan de reserve sociaal domein", 450_000),
              ("overheveling budget omgevingsplan naar 2026", 246_000)]
BESTEMMING_REST = TOT["real"]["resultaat"] - sum(v for _, v in BESTEMMING)

# ================================================================= HTML
CSS = """
@page { size: A4; margin: 18mm 16mm 20mm 16mm;
  @bottom-left { content: "Gemeente Grevenschot - Jaarstukken 2025"; font: 8pt Arial, sans-serif; color: #555; }
  @bottom-right { content: "Pagina " counter(page); font: 8pt Arial, sans-serif; color: #555; } }
@page landscape { size: A4 landscape; margin: 14mm 16mm 18mm 16mm;
  @bottom-left { content: "Gemeente Grevenschot - Jaarstukken 2025"; font: 8pt Arial, sans-serif; color: #555; }
  @bottom-right { content: "Pagina " counter(page); font: 8pt Arial, sans-serif; color: #555; } }
body { font: 9.5pt/1.35 Arial, Helvetica, sans-serif; color: #1d1d1b; }
.page { break-after: page; }
.page:last-child { break-after: auto; }
.landscape { page: landscape; }
h1 { color: #0b5e55; font-size: 20pt; margin: 0 0 6pt; }
h2 { color: #0b5e55; font-size: 14pt; margin: 10pt 0 4pt; border-bottom: 1.5pt solid #0b5e55; }
h3 { color: #0b5e55; font-size: 11pt; margin: 8pt 0 3pt; }
p { margin: 0 0 5pt; }
table { border-collapse: collapse; width: 100%; margin: 3pt 0 8pt; font-size: 8.8pt; }
caption { text-align: left; font-weight: bold; font-size: 9pt; padding-bottom: 2pt; }
th { background: #0b5e55; color: white; text-align: right; padding: 2pt 4pt; font-weight: bold; }
th:first-child, td:first-child { text-align: left; }
td { border-bottom: 0.5pt solid #c8d6d4; padding: 1.6pt 4pt; text-align: right; }
td.l { text-align: left; }
tr.tot td { font-weight: bold; border-top: 1pt solid #1d1d1b; }
.note { font-size: 8pt; color: #555; }
.cover { text-align: left; padding-top: 60mm; }
.cover .t1 { font-size: 34pt; color: #0b5e55; font-weight: bold; }
.cover .t2 { font-size: 16pt; margin-top: 6pt; }
.cover .t3 { font-size: 11pt; margin-top: 50mm; color: #555; }
ol.toc li { margin: 2pt 0; }
"""


def tr(cells, cls=""):
    tds = "".join(f'<td class="l">{c}</td>' if j == 0 else f"<td>{c}</td>" for j, c in enumerate(cells))
    return f'<tr class="{cls}">{tds}</tr>' if cls else f"<tr>{tds}</tr>"


def head(cells):
    return "<thead><tr>" + "".join(f"<th>{c}</th>" for c in cells) + "</tr></thead>"


def prog_table(p, nr_caption):
    lasten = [-x for x in p["lasten"]]
    baten = list(p["baten"])
    saldo = [b + l for b, l in zip(baten, lasten)]
    toev = [-x for x in p["toev"]]
    ontt = list(p["ontt"])
    mut = [t + o for t, o in zip(toev, ontt)]
    res = [s + m for s, m in zip(saldo, mut)]

    def row(name, v, cls=""):
        return tr([name, nl(v[0]), nl(v[1]), nl(v[2]), nl(v[2] - v[1])], cls)

    body = "".join([
        row("Lasten", lasten), row("Baten", baten),
        row("Saldo van baten en lasten", saldo, "tot"),
        row("Toevoegingen aan reserves", toev), row("Onttrekkingen aan reserves", ontt),
        row("Mutaties reserves", mut, "tot"),
        row("Resultaat", res, "tot"),
    ])
    p["_res"] = res
    p["_saldo"] = saldo
    p["_mut"] = mut
    return (f"<table><caption>Tabel {nr_caption} Wat heeft het gekost? Programma {p['nr']} {p['naam']} "
            f"(bedragen in €)</caption>"
            + head(["Omschrijving", "Begroting primitief 2025", "Begroting na wijziging 2025",
                    "Realisatie 2025", "Verschil"])
            + f"<tbody>{body}</tbody></table>"
            + '<p class="note">Lasten en toevoegingen zijn negatief weergegeven. Verschil = realisatie min '
              'begroting na wijziging; een positief verschil is een voordeel, een negatief verschil een nadeel.</p>')


def ind_table(p, nr_caption):
    body = "".join(tr(list(r)) for r in p["indicatoren"])
    return (f"<table><caption>Tabel {nr_caption} Beleidsindicatoren programma {p['nr']}</caption>"
            + head(["Indicator", "Eenheid", "Streefwaarde 2025", "Realisatie 2024", "Realisatie 2025", "Bron"])
            + f"<tbody>{body}</tbody></table>")


def build_html() -> str:
    pages = []
    # --- page 1: cover and contents
    pages.append(f"""
<section class="page"><div class="cover">
<div class="t1">Jaarstukken 2025</div>
<div class="t2">Jaarverslag en jaarrekening<br>Gemeente Grevenschot</div>
<div class="t3">Vastgesteld door het college van burgemeester en wethouders op 14 april 2026<br>
Aangeboden aan de gemeenteraad ter vaststelling in de vergadering van 2 juli 2026</div>
</div>
<h2 style="margin-top:20mm">Inhoudsopgave</h2>
<ol class="toc">
<li>Voorwoord en kerncijfers</li>
<li>Programmaverantwoording (programma 1 tot en met 5)</li>
<li>Algemene dekkingsmiddelen en overhead</li>
<li>Paragraaf weerstandsvermogen en risicobeheersing</li>
<li>Jaarrekening: overzicht van baten en lasten</li>
<li>Reserves</li>
<li>Investeringen</li>
</ol></section>""")

    t = TOT["real"]
    kern = [
        ("Aantal inwoners per 1 januari 2025", nl(INWONERS_BEGIN)),
        ("Aantal inwoners per 31 december 2025", nl(INWONERS_EIND)),
        ("Aantal woningen per 31 december 2025", nl(WONINGEN)),
        ("Oppervlakte gemeente (hectare)", nl(8_412)),
        ("Formatie ambtelijke organisatie (fte)", "236,4"),
        ("Totale lasten 2025 (realisatie, €)", nl(t["lasten"])),
        ("Totale baten 2025 (realisatie, €)", nl(t["baten"])),
        ("Resultaat 2025 (€)", nl(t["resultaat"])),
        ("Balanstotaal per 31 december 2025 (€)", nl(BALANSTOTAAL)),
        ("Eigen vermogen per 31 december 2025 (€)", nl(EIGEN_VERMOGEN)),
    ]
    pages.append(f"""
<section class="page">
<h1>1. Voorwoord en kerncijfers</h1>
<p>Hierbij bieden wij u de jaarstukken 2025 aan. Hierin leggen wij verantwoording af over wat wij in 2025
hebben bereikt, wat wij daarvoor hebben gedaan en wat het heeft gekost. 2025 was een jaar met twee gezichten.
Wij hebben veel bereikt: de Molenweg is vernieuwd, de bouw van IKC De Wielewaal is begonnen en er zijn 129 nieuwe
woningen opgeleverd. Tegelijk stegen de kosten van de jeugdhulp opnieuw sterk en vroegen de winter en de storm
van oktober extra inzet in de openbare ruimte.</p>
<p>De jaarrekening 2025 sluit met een voordelig resultaat van € {nl(t['resultaat'])}. In de begroting na wijziging
was nog uitgegaan van een nadelig resultaat van € {nl(-TOT['gew']['resultaat'])}. Het verschil wordt vooral
verklaard door een hogere algemene uitkering uit het gemeentefonds (€ {nl(AU[2] - AU[1])} meer dan begroot, als
gevolg van de decembercirculaire 2025) en lagere kapitaallasten. Daartegenover staan forse tekorten in het sociaal
domein en in de openbare ruimte.</p>
<h3>Voorstel resultaatbestemming</h3>
<p>Wij stellen de raad voor het voordelige resultaat van € {nl(t['resultaat'])} als volgt te bestemmen:
€ {nl(BESTEMMING[0][1])} als {BESTEMMING[0][0]}, € {nl(BESTEMMING[1][1])} als {BESTEMMING[1][0]}, en het restant
van € {nl(BESTEMMING_REST)} toe te voegen aan de algemene reserve.</p>
<table><caption>Tabel 1.1 Kerncijfers Grevenschot</caption>{head(['Kerncijfer', 'Waarde'])}
<tbody>{''.join(tr(list(r)) for r in kern)}</tbody></table>
<p class="note">De kerncijfers in euro zijn in hele euro's; de tabellen in de jaarrekening (hoofdstuk 5 tot en met 7)
zijn in duizenden euro's.</p>
</section>""")

    # --- programme pages
    for p in PROGRAMMES:
        n = 2 * p["nr"] - 1
        pages.append(f"""
<section class="page">
<h1>2.{p['nr']} Programma {p['nr']} {p['naam']}</h1>
<p>{p['intro']}</p>
<h3>Wat heeft het gekost?</h3>
{prog_table(p, f'2.{n}')}
<h3>Toelichting op de verschillen</h3>
<p><b>Lasten.</b> {p['toel_lasten']}</p>
<p><b>Baten.</b> {p['toel_baten']}</p>
<p><b>Reserves.</b> {p['toel_reserves']}</p>
<h3>Beleidsindicatoren</h3>
{ind_table(p, f'2.{n + 1}')}
</section>""")

    # --- algemene dekkingsmiddelen
    def ad_row(name, v, sign):
        vv = [sign * x for x in v]
        return tr([name, nl(vv[0]), nl(vv[1]), nl(vv[2]), nl(vv[2] - vv[1])])

    ad_body = "".join(ad_row(n, v, 1) for n, v in AD_BATEN_ALL)
    ad_body += "".join(ad_row(n, v, -1) for n, v in AD_LASTEN)
    ad_saldo = [colsum([v for _, v in AD_BATEN_ALL], i) - colsum([v for _, v in AD_LASTEN], i) for i in range(3)]
    ad_body += tr(["Saldo algemene dekkingsmiddelen, overhead en onvoorzien", nl(ad_saldo[0]), nl(ad_saldo[1]),
                   nl(ad_saldo[2]), nl(ad_saldo[2] - ad_saldo[1])], "tot")
    ad_body += ad_row("Toevoegingen aan reserves", AD_TOEV, -1)
    pages.append(f"""
<section class="page">
<h1>3. Algemene dekkingsmiddelen en overhead</h1>
<p>De algemene dekkingsmiddelen zijn de inkomsten die de gemeente vrij kan besteden: de algemene uitkering uit
het gemeentefonds, de lokale heffingen zonder bestemming (onroerendezaakbelasting en toeristenbelasting),
dividenden en het saldo van de financieringsfunctie. Ook de overhead en de post onvoorzien worden hier verantwoord.</p>
<table><caption>Tabel 3.1 Algemene dekkingsmiddelen, overhead en onvoorzien (bedragen in €)</caption>
{head(['Omschrijving', 'Begroting primitief 2025', 'Begroting na wijziging 2025', 'Realisatie 2025', 'Verschil'])}
<tbody>{ad_body}</tbody></table>
<p class="note">Baten positief, lasten en toevoegingen negatief. Verschil = realisatie min begroting na wijziging.</p>
<h3>Toelichting</h3>
<p>De algemene uitkering is € {nl(AU[2] - AU[1])} hoger dan begroot. Dit komt vooral door de decembercirculaire
2025, waarin het accres over 2025 is verhoogd, en door een hogere uitkering voor de decentralisatie-uitkeringen
in het sociaal domein. De opbrengst van de onroerendezaakbelasting voor niet-woningen bleef € 37.000 achter door
bezwaren tegen de WOZ-waarde van twee grote bedrijfspanden. De toeristenbelasting leverde € 27.000 meer op door
een hoger aantal overnachtingen (118.400 overnachtingen, tegen 109.900 in 2024).</p>
<p>De overhead is € 93.000 lager dan begroot: vacatures bij de afdeling Bedrijfsvoering konden niet direct
worden vervuld. De post onvoorzien van € 40.000 is in 2025 niet aangesproken.</p>
</section>""")

    # --- weerstandsvermogen
    w_body = "".join(tr([n, nl(k(v[0])), nl(k(v[1]))]) for n, v in WEERSTAND.items())
    w_body += tr(["Beschikbare weerstandscapaciteit", nl(k(BESCHIKBAAR[0])), nl(k(BESCHIKBAAR[1]))], "tot")
    w_body += tr(["Benodigde weerstandscapaciteit", nl(k(BENODIGD[0])), nl(k(BENODIGD[1]))])
    w_body += tr(["Weerstandsratio", nl_dec(RATIO[0], 1), nl_dec(RATIO[1], 1)], "tot")
    kg_body = "".join(tr(list(r)) for r in KENGETALLEN)
    pages.append(f"""
<section class="page">
<h1>4. Paragraaf weerstandsvermogen en risicobeheersing</h1>
<p>Het weerstandsvermogen geeft aan in hoeverre de gemeente in staat is financiële tegenvallers op te vangen zonder
dat het beleid hoeft te worden aangepast. De weerstandsratio is de verhouding tussen de beschikbare en de benodigde
weerstandscapaciteit. De benodigde weerstandscapaciteit is met een risicosimulatie bepaald op een zekerheid van 90%.
De raad heeft in de nota Risicomanagement 2023 bepaald dat de ratio ten minste 1,4 moet zijn (waardering
'voldoende'); bij een ratio van 2,0 of hoger is de waardering 'uitstekend'.</p>
<table><caption>Tabel 4.1 Weerstandsvermogen (bedragen x € 1.000)</caption>
{head(['Onderdeel', 'Begroting 2025', 'Rekening 2025'])}
<tbody>{w_body}</tbody></table>
<p>De weerstandsratio komt uit op {nl_dec(RATIO[1], 1)}, hoger dan de {nl_dec(RATIO[0], 1)} waarmee in de begroting
was gerekend. De stijging komt door de hogere stand van de algemene reserve en doordat het risico op
tekorten in de jeugdhulp nu deels in de ramingen is verwerkt. De belangrijkste risico's blijven de jeugdhulp met
verblijf, de Wmo en de herijking van het gemeentefonds vanaf 2027.</p>
<h3>Financiële kengetallen</h3>
<table><caption>Tabel 4.2 Financiële kengetallen</caption>
{head(['Kengetal', 'Rekening 2024', 'Begroting 2025', 'Rekening 2025'])}
<tbody>{kg_body}</tbody></table>
<p>De netto schuldquote is gedaald doordat in 2025 geen nieuwe langlopende lening is aangetrokken; de geplande
lening van € 6 miljoen voor IKC De Wielewaal is door de latere start van de bouw doorgeschoven naar 2026. De
solvabiliteitsratio (eigen vermogen gedeeld door het balanstotaal) is gestegen door het positieve resultaat.</p>
</section>""")

    # --- overzicht baten en lasten (x € 1.000)
    def krow(name, v, cls=""):
        return tr([name] + [nl(k(x)) for x in v] + [nl(k(v[2]) - k(v[1]))], cls)

    ob = [tr(["<b>Lasten</b>", "", "", "", ""])]
    for p in PROGRAMMES:
        ob.append(krow(f"Programma {p['nr']} {p['naam']}", p["lasten"]))
    ad_l = [colsum([v for _, v in AD_LASTEN], i) for i in range(3)]
    ob.append(krow("Algemene dekkingsmiddelen, overhead en onvoorzien", ad_l))
    ob.append(krow("Totaal lasten", [TOT[c]["lasten"] for c in COLS], "tot"))
    ob.append(tr(["<b>Baten</b>", "", "", "", ""]))
    for p in PROGRAMMES:
        ob.append(krow(f"Programma {p['nr']} {p['naam']}", p["baten"]))
    ad_b = [colsum([v for _, v in AD_BATEN_ALL], i) for i in range(3)]
    ob.append(krow("Algemene dekkingsmiddelen", ad_b))
    ob.append(krow("Totaal baten", [TOT[c]["baten"] for c in COLS], "tot"))
    ob.append(krow("Gerealiseerd totaal saldo van baten en lasten", [TOT[c]["saldo"] for c in COLS], "tot"))
    ob.append(krow("Toevoegingen aan reserves", [TOT[c]["toev"] for c in COLS]))
    ob.append(krow("Onttrekkingen aan reserves", [TOT[c]["ontt"] for c in COLS]))
    ob.append(krow("Gerealiseerd resultaat", [TOT[c]["resultaat"] for c in COLS], "tot"))
    pages.append(f"""
<section class="page">
<h1>5. Jaarrekening: overzicht van baten en lasten</h1>
<p>Het overzicht van baten en lasten geeft per programma de lasten en baten weer volgens de begroting primitief,
de begroting na wijziging en de realisatie. Anders dan in de programmaverantwoording zijn de bedragen hier in
duizenden euro's en zijn lasten en baten beide als positief bedrag opgenomen. Door afronding kunnen totalen
afwijken van de som van de regels.</p>
<table><caption>Tabel 5.1 Overzicht van baten en lasten 2025 (bedragen x € 1.000)</caption>
{head(['Omschrijving', 'Begroting primitief 2025', 'Begroting na wijziging 2025', 'Realisatie 2025', 'Verschil'])}
<tbody>{''.join(ob)}</tbody></table>
<p class="note">Verschil = realisatie min begroting na wijziging. Bij de lasten betekent een positief verschil
dat meer is uitgegeven dan begroot.</p>
</section>""")

    # --- reserves
    r_body = "".join(tr([n, nl(k(b)), nl(k(t_)), nl(k(o)), nl(k(b + t_ - o))]) for n, b, t_, o in RESERVES)
    r_body += tr(["Totaal reserves", nl(k(RES_TOTAL_BEGIN)), nl(k(sum(r[2] for r in RESERVES))),
                  nl(k(sum(r[3] for r in RESERVES))), nl(k(RES_TOTAL_END))], "tot")
    pages.append(f"""
<section class="page">
<h1>6. Reserves</h1>
<p>Het verloop van de reserves in 2025 staat in de tabel hieronder. De stand per 31 december is vóór bestemming van
het resultaat 2025; het resultaat van € {nl(t['resultaat'])} maakt deel uit van het eigen vermogen maar nog niet van
de reserves.</p>
<table><caption>Tabel 6.1 Verloop van de reserves 2025 (bedragen x € 1.000)</caption>
{head(['Reserve', 'Stand 1-1-2025', 'Toevoegingen', 'Onttrekkingen', 'Stand 31-12-2025'])}
<tbody>{r_body}</tbody></table>
<h3>Toelichting per reserve</h3>
<p><b>Algemene reserve.</b> Buffer voor het opvangen van risico's. De toevoeging van € 412.000 betreft het
resultaat 2024 (raadsbesluit jaarstukken 2024). De onttrekking dekt de tijdelijke inzet van boa's.</p>
<p><b>Reserve sociaal domein.</b> Ingesteld om schommelingen in de uitgaven voor jeugdhulp en Wmo op te vangen.
Na de onttrekking van € 1,1 miljoen resteert ruim € 2,3 miljoen.</p>
<p><b>Reserve kapitaallasten.</b> Dekt de afschrijvingslasten van de Molenweg en IKC De Wielewaal over de
looptijd van die investeringen.</p>
<p><b>Reserve verkeersveiligheid, reserve duurzaamheid en reserve onderhoud gemeentelijke gebouwen.</b>
Bestemmingsreserves voor respectievelijk de schoolzones, de isolatiesubsidie en het meerjarig onderhoudsplan
van de gemeentelijke gebouwen.</p>
<p>De gemeente heeft daarnaast voorzieningen voor onderhoud van wegen (stand 31 december 2025 € 2.316.000) en
voor de pensioenen van voormalige wethouders (€ 1.874.000). Deze maken geen deel uit van het eigen vermogen.</p>
</section>""")

    # --- investeringen (landscape)
    i_body = "".join(tr([f"{r[0]}. {r[1]}", f"Programma {r[2]}", nl(r[3]), nl(r[4]), nl(r[5]), nl(r[6]),
                         nl(r[7]), r[8]]) for r in INV_ROWS)
    i_body += tr(["Totaal", "", *[nl(x) for x in INV_TOT], ""], "tot")
    pages.append(f"""
<section class="page landscape">
<h1>7. Investeringen</h1>
<p>Het overzicht toont de door de raad beschikbaar gestelde kredieten die in 2025 liepen, wat daarvan tot en met
2024 en in 2025 is besteed en welk deel van het krediet resteert. Kredieten met de status 'Afgesloten' worden met
deze jaarstukken afgesloten; een negatief restant is een overschrijding van het krediet.</p>
<table><caption>Tabel 7.1 Overzicht investeringskredieten (bedragen x € 1.000)</caption>
{head(['Investering', 'Programma', 'Krediet', 'Besteed t/m 2024', 'Besteed 2025', 'Totaal besteed',
       'Restant krediet', 'Status'])}
<tbody>{i_body}</tbody></table>
<p>Het krediet voor het fietspad Kanaaldijk is overschreden doordat bij de aanleg vervuilde grond is aangetroffen
die moest worden afgevoerd. De overschrijding is gemeld in de tweede bestuursrapportage 2025. Bij IKC De Wielewaal
is de bouw in mei 2025 gestart; oplevering is voorzien in de zomer van 2027. Voor de vervanging van de riolering
in de Kerkstraat loopt de laatste fase door tot in het tweede kwartaal van 2026.</p>
</section>""")

    return f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Jaarstukken 2025 - Gemeente Grevenschot</title>
<style>{CSS}</style></head><body>{''.join(pages)}</body></html>"""


def facts() -> dict:
    """Values the cases are written against (whole euros unless noted)."""
    out = {"tot": TOT, "au": AU, "reserves_end": RES_END, "res_total_begin": RES_TOTAL_BEGIN,
           "res_total_end": RES_TOTAL_END, "eigen_vermogen": EIGEN_VERMOGEN, "solv": str(SOLV),
           "beschikbaar": BESCHIKBAAR, "ratio": [str(r) for r in RATIO], "inv_tot": INV_TOT,
           "bestemming_rest": BESTEMMING_REST, "programmes": {}}
    for p in PROGRAMMES:
        out["programmes"][p["naam"]] = {x: p[x] for x in ("lasten", "baten", "toev", "ontt", "_res", "_saldo", "_mut")}
    out["inv"] = INV_ROWS
    return out


def main() -> None:
    HTML.write_text(build_html(), encoding="utf-8")
    FACTS.write_text(json.dumps(facts(), indent=1, default=str), encoding="utf-8")
    PDF.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={PDF}", HTML.as_uri()], check=True, capture_output=True)
    print(f"wrote {HTML.name}, {PDF}")


if __name__ == "__main__":
    main()
