"""Generate corpus/recreatieschap-haverplassen-begroting-2027.html.

A saved web page (one HTML file with site navigation, breadcrumb, side menus, cookie bar and
footer) holding the Begroting 2027 of the fictional gemeenschappelijke regeling Recreatieschap
Haverplassen: tables with colspan/rowspan headers, whole euros, meerjarenraming 2028-2030,
bijdragen per deelnemer, resultaat 2025 with its bestemming, and reserves.

Run: python3 gen_haverplassen.py            (writes the HTML)
     python3 gen_haverplassen.py --cells    (prints the registry of printed cells)
"""
import os
import sys
from common import CORPUS, Registry, check, nl

DOC = "recreatieschap-haverplassen-begroting-2027"
FILE = DOC + ".html"
REG = Registry(DOC)

YEARS = ["Rekening 2025", "Begroting 2026", "Begroting 2027", "2028", "2029", "2030"]
PROGS = [  # (name, lasten per year, baten per year)
    ("Beheer en onderhoud gebieden",
     [3184612, 3246900, 3362400, 3191800, 3163300, 3486100],
     [412855, 398000, 405000, 411000, 418000, 424000]),
    ("Recreatieve voorzieningen",
     [2015347, 2087500, 2163200, 2198600, 2236900, 2271400],
     [1986230, 1942000, 2018500, 2061000, 2104500, 2149000]),
    ("Bedrijfsvoering",
     [1318904, 1362400, 1419800, 1447200, 1476100, 1503900],
     [24118, 15000, 15000, 15000, 15000, 15000]),
]
BIJDR_TOT = [3968400, 4104300, 4243800, 4331000, 4418200, 4496900]
MEMBERS = [("Ravenskamp", 31.40), ("Olderhoeve", 24.85), ("Wedderloo", 18.20),
           ("Brummersveen", 15.10), ("Sterkenbosch", 10.45)]
check(abs(sum(p for _, p in MEMBERS) - 100) < 1e-9, "verdeelsleutel")

# Recreatieve voorzieningen per voorziening (Begroting 2026, Begroting 2027)
VOORZ = [  # (name, lasten 2026, lasten 2027, baten 2026, baten 2027)
    ("Strandbad Zuidoever", 590100, 612400, 305000, 318000),
    ("Camping De Haverweide", 862900, 894300, 1062000, 1104500),
    ("Jachthaven Het Kolkje", 634500, 656500, 575000, 596000),
]
for j, (col, idx) in enumerate(((1, 1), (2, 2))):
    check(sum(v[1 + j] for v in VOORZ) == PROGS[1][1][idx], "voorz lasten")
    check(sum(v[3 + j] for v in VOORZ) == PROGS[1][2][idx], "voorz baten")

# Reserves 2027-2030: (name, stand 1-1-2027, toevoegingen per year, onttrekkingen per year)
RES = [
    ("Algemene reserve", 612480, [0, 0, 0, 0], [0, 0, 0, 0]),
    ("Bestemmingsreserve baggeren en oeverherstel", 845300, [150000] * 4, [320000, 90000, 0, 260000]),
    ("Reserve kapitaallasten fietsbrug De Overhaal", 396000, [0] * 4, [24750] * 4),
    ("Egalisatiereserve exploitatie", 286400, [0] * 4, None),   # balancing reserve, computed
]
TOEV_2025_2026 = [150000, 150000]
RESULT_2025 = 186420

LAST = [sum(p[1][i] for p in PROGS) for i in range(6)]
BATEN = [sum(p[2][i] for p in PROGS) + BIJDR_TOT[i] for i in range(6)]
SALDO = [BATEN[i] - LAST[i] for i in range(6)]
# 2025 and 2026: totals only; onttrekking so that the result is RESULT_2025 resp. 0
ONTT = [RESULT_2025 - SALDO[0] + TOEV_2025_2026[0], -SALDO[1] + TOEV_2025_2026[1]]
TOEV = list(TOEV_2025_2026)
egal = []
for k in range(4):
    i = k + 2
    t = sum(r[2][k] for r in RES)
    o_known = sum(r[3][k] for r in RES if r[3] is not None)
    o_egal = -SALDO[i] + t - o_known
    check(o_egal >= 0, f"egalisatie {i}")
    egal.append(o_egal)
    TOEV.append(t)
    ONTT.append(o_known + o_egal)
RES[3] = (RES[3][0], RES[3][1], RES[3][2], egal)
RESULT = [SALDO[i] - TOEV[i] + ONTT[i] for i in range(6)]
check(RESULT == [RESULT_2025, 0, 0, 0, 0, 0], f"result {RESULT}")
RES_END = []
for name, start, t, o in RES:
    ends, s = [], start
    for k in range(4):
        s = s + t[k] - o[k]
        ends.append(s)
    check(s >= 0, f"reserve {name} negative")
    RES_END.append(ends)


def alloc(total, pcts):
    """Largest-remainder allocation of a whole-euro total over percentages."""
    raw = [total * p / 100 for p in pcts]
    base = [int(x) for x in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: raw[i] - base[i], reverse=True)
    for i in order[:rest]:
        base[i] += 1
    return base


BIJDR = [alloc(BIJDR_TOT[i], [p for _, p in MEMBERS]) for i in range(6)]   # [year][member]
INCR_2027 = (BIJDR_TOT[2] / BIJDR_TOT[1] - 1) * 100
check(3.35 < INCR_2027 < 3.45, f"increase {INCR_2027}")
TERUG = 111420
RES_BEST = 75000
check(TERUG + RES_BEST == RESULT_2025, "resultaatbestemming")
TERUG_M = alloc(TERUG, [p for _, p in MEMBERS])
OWN_SHARE = (BATEN[2] - BIJDR_TOT[2]) / LAST[2] * 100      # 35,1% -> "ruim een derde"
check(33.4 < OWN_SHARE < 36, f"own share {OWN_SHARE}")

INVEST = [  # name, 2027..2030
    ("Vervanging sanitairgebouw camping De Haverweide", [480000, 0, 0, 0]),
    ("Vervanging steigers jachthaven Het Kolkje", [0, 260000, 240000, 0]),
    ("Elektrische werkvoertuigen", [145000, 0, 90000, 0]),
    ("Vervanging speeltoestellen strandbad", [0, 65000, 0, 70000]),
    ("Renovatie fietspad Oeverroute", [210000, 0, 0, 185000]),
]
WEER_BESCH = RES[0][1]
WEER_BENOD = 415000
WEER_RATIO = round(WEER_BESCH / WEER_BENOD, 2)
check(WEER_RATIO == 1.48, f"ratio {WEER_RATIO}")
KENG = [("Netto schuldquote", [41.6, 39.8, 44.3]),
        ("Netto schuldquote gecorrigeerd voor verstrekte leningen", [41.6, 39.8, 44.3]),
        ("Solvabiliteitsratio", [36.9, 35.2, 33.8]),
        ("Structurele exploitatieruimte", [1.2, 0.4, 0.2])]

SECT = {
    "inleiding": "1 Inleiding",
    "uitgangspunten": "2 Uitgangspunten",
    "kerngegevens": "3 Kerngegevens",
    "programmas": "4 Programma's",
    "overzicht": "5 Overzicht baten en lasten",
    "bijdragen": "6 Bijdragen deelnemers",
    "resultaat": "7 Resultaat 2025 en resultaatbestemming",
    "reserves": "8 Reserves",
    "investeringen": "9 Investeringen",
    "paragrafen": "10 Paragrafen",
    "bestuur": "11 Bestuur en deelnemers",
}
STEM = [("Ravenskamp", 2, 6), ("Olderhoeve", 2, 5), ("Wedderloo", 1, 4), ("Brummersveen", 1, 3),
        ("Sterkenbosch", 1, 2)]
RISK = [("Nat zomerseizoen met minder inkomsten", "30%", 250000),
        ("Schade aan oevers door hoogwater", "20%", 300000),
        ("Sluiting strandbad door blauwalg", "40%", 90000),
        ("Hogere energieprijzen na afloop van het vaste contract", "25%", 120000)]
LENING = [("Stand per 1 januari 2027", 2850000), ("Nieuwe leningen", 480000),
          ("Reguliere aflossingen", -190000)]
LEN_END = sum(v for _, v in LENING)
check(LEN_END == 3140000, "leningen")
KPI = [  # (indicator, eenheid, realisatie 2025, streefwaarde 2027, dec)
    ("Waardering bezoekers", "rapportcijfer", 7.8, 8.0, 1),
    ("Bezettingsgraad camping (seizoen april-oktober)", "%", 71, 73, 0),
    ("Bezetting ligplaatsen jachthaven", "%", 94, 95, 0),
    ("Dagen met zwemverbod door blauwalg", "aantal dagen", 9, 0, 0),
    ("Klachten over onderhoud paden en bankjes", "aantal", 46, 35, 0),
]


def loc(sid):
    return f'sectie "{SECT[sid]}"'


def e(n):
    return "-" if n == 0 else nl(n)


CSS = """
body{margin:0;font-family:"Source Sans Pro",Arial,sans-serif;color:#233;background:#f4f6f2}
a{color:#2d6a4f}
.topbar{background:#1b4332;color:#d8f3dc;font-size:13px;padding:6px 24px;display:flex;justify-content:space-between}
header{background:#fff;padding:14px 24px;display:flex;align-items:center;gap:30px;border-bottom:3px solid #52b788}
.logo{font-weight:700;font-size:22px;color:#1b4332}.logo small{display:block;font-weight:400;font-size:12px;color:#577}
nav.main ul{list-style:none;margin:0;padding:0;display:flex;gap:18px}
nav.main li{position:relative}nav.main li ul{display:none}
.crumbs{padding:10px 24px;font-size:13px}
.wrap{display:grid;grid-template-columns:220px 1fr 240px;gap:24px;padding:0 24px 40px}
aside{font-size:14px}aside ul{padding-left:16px}
main{background:#fff;padding:20px 28px;border-radius:4px}
table{border-collapse:collapse;margin:10px 0 18px;font-size:14px;width:100%}
th,td{border:1px solid #c9d6cf;padding:4px 8px}th{background:#d8f3dc;text-align:center}
td.n{text-align:right}tr.tot td{font-weight:700;background:#f1f7f3}
.meta{font-size:12px;color:#677}
@media print{.topbar,nav.main,.crumbs,aside,.cookie,footer{display:none}.wrap{display:block;padding:0}
main{padding:0;font-size:11pt}table{font-size:10pt}body{background:#fff}}
.cookie{position:fixed;bottom:0;left:0;right:0;background:#1b4332;color:#fff;padding:10px 24px;font-size:13px}
footer{background:#1b4332;color:#d8f3dc;padding:20px 24px;font-size:13px}
"""


def th(txt, rs=1, cs=1):
    a = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
    return f"<th{a}>{txt}</th>"


def build():
    out = []
    A = out.append
    # ---- 1 inleiding
    A(f'<section id="inleiding"><h2>{SECT["inleiding"]}</h2>')
    A("<p>Voor u ligt de begroting 2027 van het Recreatieschap Haverplassen, met de meerjarenraming "
      "2028-2030. Het recreatieschap is een gemeenschappelijke regeling van vijf gemeenten: Ravenskamp, "
      "Olderhoeve, Wedderloo, Brummersveen en Sterkenbosch. Samen beheren zij de recreatiegebieden rond de "
      "Haverplas, Het Kolkje en de Zuidoever, met het strandbad, de camping en de jachthaven.</p>")
    A(f"<p>De begroting sluit in alle jaren met een resultaat van nul, na inzet van de reserves. De "
      f"bijdrage van de deelnemers stijgt in 2027 met {nl(INCR_2027, 1)}% naar ruim 4,2 miljoen. Die stijging "
      "komt vrijwel geheel voort uit de indexatie volgens de kaderbrief van de gemeenschappelijke regelingen: "
      "3,9% voor de loonkosten (nieuwe cao) en 2,6% voor de prijzen. Nieuw beleid is niet opgenomen. Ruim "
      "een derde van de lasten dekt het recreatieschap uit eigen inkomsten, zoals de campinggelden, de "
      "liggelden in de jachthaven en de entree van het strandbad.</p>")
    A("<p>Het algemeen bestuur heeft de ontwerpbegroting op 2 april 2027 voor zienswijze aan de raden van de "
      "deelnemers gestuurd. De zienswijzen worden besproken in de vergadering van het algemeen bestuur van "
      "25 juni 2027, waarna de begroting uiterlijk 1 augustus bij de provincie wordt ingediend.</p></section>")

    # ---- 2 uitgangspunten
    sid = "uitgangspunten"
    cap = "Tabel 1 Begrotingsuitgangspunten 2027"
    A(f'<section id="{sid}"><h2>{SECT[sid]}</h2><p>De begroting is opgesteld met de uitgangspunten uit de '
      "gezamenlijke kaderbrief 2027 van de gemeenschappelijke regelingen in de regio, die de raden van de "
      "deelnemers in december 2026 hebben vastgesteld.</p>")
    A(f"<table style='width:75%'><caption>{cap}</caption><tr>{th('Uitgangspunt')}{th('Percentage')}</tr>")
    for lab, v in (("Indexatie loonkosten", "3,9%"), ("Indexatie prijzen", "2,6%"),
                   ("Stijging tarieven eigen voorzieningen", "2,6%"), ("Rente nieuwe langlopende leningen", "2,75%"),
                   ("Omslagrente", "2,3%")):
        A(f"<tr><td>{lab}</td><td class='n'>{REG.add(loc(sid), cap, lab, 'Percentage', v)}</td></tr>")
    A("</table><p>Voor de loonkosten is uitgegaan van de cao gemeenten en de premies zoals bekend in maart 2027. "
      "Voor energie is een afzonderlijke raming gemaakt op basis van het vaste contract tot en met 2028.</p></section>")

    # ---- 3 kerngegevens
    sid = "kerngegevens"
    cap = "Tabel 2 Kerngegevens"
    A(f'<section id="{sid}"><h2>{SECT[sid]}</h2><table><caption>{cap}</caption>'
      f"<tr>{th('Onderdeel', cs=2)}{th('Realisatie 2025')}{th('Begroting 2027')}</tr>")
    groups = [("Gebied", [("Beheerd terrein (hectare)", 1460, 1460, 0), ("Fietspaden (km)", 42, 44, 0),
                          ("Wandelpaden (km)", 67, 67, 0)]),
              ("Voorzieningen", [("Standplaatsen camping", 214, 226, 0), ("Ligplaatsen jachthaven", 320, 320, 0),
                                 ("Bezoekers strandbad (betalend)", 58400, 61000, 0)]),
              ("Organisatie", [("Formatie (fte)", 26.8, 27.4, 1), ("Aantal boswachters en beheerders", 14, 15, 0)])]
    for g, rows in groups:
        for k, (lab, a, b, dec) in enumerate(rows):
            first = f'<th rowspan="{len(rows)}" style="text-align:left">{g}</th>' if k == 0 else ""
            c1 = REG.add(loc(sid), cap, lab, "Realisatie 2025", nl(a, dec))
            c2 = REG.add(loc(sid), cap, lab, "Begroting 2027", nl(b, dec))
            A(f'<tr>{first}<td>{lab}</td><td class="n">{c1}</td><td class="n">{c2}</td></tr>')
    A("</table><p class='meta'>Het aantal bezoekers van de vrij toegankelijke gebieden wordt niet geteld.</p></section>")

    # ---- 3 programma's
    sid = "programmas"
    A(f'<section id="{sid}"><h2>{SECT[sid]}</h2>')
    A("<p>Het recreatieschap werkt met drie programma's. Per programma staat hieronder wat het recreatieschap "
      "wil bereiken en wat het daarvoor doet; de financiële overzichten staan in hoofdstuk 5.</p>")
    cap = "Tabel 3 Wat willen we bereiken?"
    A(f"<table><caption>{cap}</caption><tr>{th('Indicator')}{th('Eenheid')}{th('Realisatie 2025')}"
      f"{th('Streefwaarde 2027')}</tr>")
    for lab, unit, a, b, dec in KPI:
        A(f"<tr><td>{lab}</td><td>{unit}</td><td class='n'>{REG.add(loc(sid), cap, lab, 'Realisatie 2025', nl(a, dec))}</td>"
          f"<td class='n'>{REG.add(loc(sid), cap, lab, 'Streefwaarde 2027', nl(b, dec))}</td></tr>")
    A("</table>")
    A("<h3>Programma Beheer en onderhoud gebieden</h3><p>Dit programma omvat het dagelijks beheer en onderhoud "
      "van bossen, graslanden, oevers, paden en bruggen. In 2027 staat het baggeren van de vaargeul naar Het "
      "Kolkje gepland; de kosten daarvan (€ 320.000) worden gedekt uit de bestemmingsreserve baggeren en "
      "oeverherstel. In 2030 volgt het oeverherstel langs de Zuidoever.</p>")
    A("<h3>Programma Recreatieve voorzieningen</h3><p>Het recreatieschap exploiteert zelf het strandbad "
      "Zuidoever, camping De Haverweide en jachthaven Het Kolkje. De tarieven stijgen in 2027 met 2,6%. Op de "
      "camping komen twaalf extra standplaatsen.</p>")
    cap = "Tabel 4 Recreatieve voorzieningen per voorziening"
    A(f"<table><caption>{cap} (bedragen in euro's)</caption>"
      f"<tr>{th('Voorziening', rs=2)}{th('Lasten', cs=2)}{th('Baten', cs=2)}</tr>"
      f"<tr>{th('Begroting 2026')}{th('Begroting 2027')}{th('Begroting 2026')}{th('Begroting 2027')}</tr>")
    cols = ["Lasten begroting 2026", "Lasten begroting 2027", "Baten begroting 2026", "Baten begroting 2027"]
    sums = [0, 0, 0, 0]
    for v in VOORZ:
        cells = [REG.add(loc(sid), cap, v[0], c, nl(x)) for c, x in zip(cols, v[1:])]
        sums = [s + x for s, x in zip(sums, v[1:])]
        A(f"<tr><td>{v[0]}</td>" + "".join(f'<td class="n">{c}</td>' for c in cells) + "</tr>")
    cells = [REG.add(loc(sid), cap, "Totaal", c, nl(x)) for c, x in zip(cols, sums)]
    A('<tr class="tot"><td>Totaal</td>' + "".join(f'<td class="n">{c}</td>' for c in cells) + "</tr></table>")
    A("<h3>Programma Bedrijfsvoering</h3><p>Onder bedrijfsvoering vallen de directie, het secretariaat, de "
      "financiële administratie, ICT en huisvesting van het kantoor aan de Haverdijk. De financiële "
      "administratie is ondergebracht bij de gemeente Ravenskamp.</p></section>")

    # ---- 4 overzicht baten en lasten
    sid = "overzicht"
    cap = "Tabel 5 Overzicht baten en lasten 2025-2030"
    A(f'<section id="{sid}"><h2>{SECT[sid]}</h2><p>Alle bedragen zijn in hele euro\'s. Het saldo is '
      "baten min lasten; een negatief saldo wordt gedekt uit de reserves.</p>")
    A(f"<table><caption>{cap}</caption><tr>{th('', rs=2, cs=2)}{th('Rekening 2025', rs=2)}"
      f"{th('Begroting 2026', rs=2)}{th('Begroting 2027', rs=2)}{th('Meerjarenraming', cs=3)}</tr>"
      f"<tr>{th('2028')}{th('2029')}{th('2030')}</tr>")

    def line(group, glen, first, lab, vals, cls="", key=None):
        g = f'<th rowspan="{glen}" style="text-align:left">{group}</th>' if first else ""
        cells = [REG.add(loc(sid), cap, key or lab, YEARS[i], nl(v)) for i, v in enumerate(vals)]
        A(f'<tr class="{cls}">{g}<td>{lab}</td>' + "".join(f'<td class="n">{c}</td>' for c in cells) + "</tr>")

    for k, p in enumerate(PROGS):
        line("Lasten", 4, k == 0, p[0], p[1], key=f"{p[0]} [lasten]")
    line("", 0, False, "Totaal lasten", LAST, "tot")
    for k, p in enumerate(PROGS):
        line("Baten", 5, k == 0, p[0], p[2], key=f"{p[0]} [baten]")
    line("", 0, False, "Bijdragen deelnemers", BIJDR_TOT)
    line("", 0, False, "Totaal baten", BATEN, "tot")
    A('<tr><td colspan="2">Saldo van baten en lasten</td>' + "".join(
        f'<td class="n">{REG.add(loc(sid), cap, "Saldo van baten en lasten", YEARS[i], nl(v))}</td>' for i, v in enumerate(SALDO)) + "</tr>")
    A('<tr><td colspan="2">Toevoegingen aan reserves</td>' + "".join(
        f'<td class="n">{REG.add(loc(sid), cap, "Toevoegingen aan reserves", YEARS[i], nl(v))}</td>' for i, v in enumerate(TOEV)) + "</tr>")
    A('<tr><td colspan="2">Onttrekkingen aan reserves</td>' + "".join(
        f'<td class="n">{REG.add(loc(sid), cap, "Onttrekkingen aan reserves", YEARS[i], nl(v))}</td>' for i, v in enumerate(ONTT)) + "</tr>")
    A('<tr class="tot"><td colspan="2">Resultaat</td>' + "".join(
        f'<td class="n">{REG.add(loc(sid), cap, "Resultaat", YEARS[i], nl(v))}</td>' for i, v in enumerate(RESULT)) + "</tr></table>")
    A("<p>De lasten van het programma Beheer en onderhoud gebieden schommelen door het baggerwerk in 2027 en het "
      "oeverherstel in 2030. Het tekort op de exploitatie wordt in alle jaren aangevuld uit de "
      "egalisatiereserve exploitatie; die reserve is daarmee eind 2030 grotendeels ingezet. Het algemeen bestuur "
      "wil in de kaderbrief 2028 een voorstel doen voor een structureel sluitende exploitatie.</p></section>")

    # ---- 5 bijdragen deelnemers
    sid = "bijdragen"
    cap = "Tabel 6 Bijdragen deelnemers"
    A(f'<section id="{sid}"><h2>{SECT[sid]}</h2><p>De bijdrage per deelnemer volgt de verdeelsleutel uit '
      "artikel 31 van de gemeenschappelijke regeling. De verdeelsleutel is in 2019 voor tien jaar vastgesteld. "
      "Bedragen in hele euro's.</p>")
    A(f"<table><caption>{cap}</caption><tr>{th('Deelnemer', rs=2)}{th('Verdeel&shy;sleutel', rs=2)}"
      f"{th('Rekening 2025', rs=2)}{th('Begroting 2026', rs=2)}{th('Begroting 2027', rs=2)}"
      f"{th('Meerjarenraming', cs=3)}</tr><tr>{th('2028')}{th('2029')}{th('2030')}</tr>")
    for m, (name, pct) in enumerate(MEMBERS):
        cells = [REG.add(loc(sid), cap, name, "Verdeelsleutel", nl(pct, 2) + "%")]
        cells += [REG.add(loc(sid), cap, name, YEARS[i], nl(BIJDR[i][m])) for i in range(6)]
        A(f"<tr><td>{name}</td>" + "".join(f'<td class="n">{c}</td>' for c in cells) + "</tr>")
    cells = ["100,00%"] + [REG.add(loc(sid), cap, "Totaal", YEARS[i], nl(BIJDR_TOT[i])) for i in range(6)]
    A('<tr class="tot"><td>Totaal</td>' + "".join(f'<td class="n">{c}</td>' for c in cells) + "</tr></table>")
    A("<p>De bijdragen voor 2028 tot en met 2030 zijn geraamd met de indexatie van 2027 en worden jaarlijks "
      "opnieuw vastgesteld bij de begroting. De deelnemers betalen hun bijdrage in vier gelijke termijnen, "
      "telkens aan het begin van een kwartaal.</p></section>")

    # ---- 6 resultaat 2025
    sid = "resultaat"
    A(f'<section id="{sid}"><h2>{SECT[sid]}</h2>')
    A(f"<p>De jaarrekening 2025 sluit met een positief resultaat van € {nl(RESULT_2025)}. Het voordeel komt vooral "
      "door hogere campingopbrengsten in het warme voorjaar en lagere energiekosten van het strandbad. Het "
      f"algemeen bestuur heeft op 2 juli 2026 besloten het resultaat als volgt te bestemmen: € {nl(RES_BEST)} "
      "wordt toegevoegd aan de bestemmingsreserve baggeren en oeverherstel, en het restant van "
      f"€ {nl(TERUG)} wordt naar rato van de verdeelsleutel teruggestort naar de deelnemers.</p>")
    cap = "Tabel 7 Teruggave resultaat 2025 per deelnemer"
    A(f"<table style='width:60%'><caption>{cap}</caption><tr>{th('Deelnemer')}{th('Verdeelsleutel')}"
      f"{th('Teruggave (€)')}</tr>")
    for m, (name, pct) in enumerate(MEMBERS):
        A(f"<tr><td>{name}</td><td class='n'>{nl(pct, 2)}%</td><td class='n'>"
          f"{REG.add(loc(sid), cap, name, 'Teruggave', nl(TERUG_M[m]))}</td></tr>")
    A(f"<tr class='tot'><td>Totaal</td><td class='n'>100,00%</td><td class='n'>"
      f"{REG.add(loc(sid), cap, 'Totaal', 'Teruggave', nl(sum(TERUG_M)))}</td></tr></table>")
    A("<p>De teruggave is in september 2026 aan de deelnemers betaald. De toevoeging aan de bestemmingsreserve is "
      "verwerkt in de stand per 1 januari 2027 in hoofdstuk 8.</p></section>")

    # ---- 7 reserves
    sid = "reserves"
    cap = "Tabel 8 Verloop reserves 2027-2030"
    A(f'<section id="{sid}"><h2>{SECT[sid]}</h2><p>Bedragen in hele euro\'s. Het recreatieschap heeft geen '
      "voorzieningen; het groot onderhoud wordt gedekt uit de bestemmingsreserve baggeren en oeverherstel.</p>")
    A(f"<table><caption>{cap}</caption><tr>{th('Reserve', rs=2)}{th('Stand 1-1-2027', rs=2)}"
      f"{th('Mutaties 2027', cs=2)}{th('Verwachte stand per 31 december', cs=4)}</tr>"
      f"<tr>{th('Toevoeging')}{th('Onttrekking')}{th('2027')}{th('2028')}{th('2029')}{th('2030')}</tr>")
    cols = ["Stand 1-1-2027", "Toevoeging 2027", "Onttrekking 2027", "Stand 31-12-2027", "Stand 31-12-2028",
            "Stand 31-12-2029", "Stand 31-12-2030"]
    sums = [0] * 7
    for (name, start, t, o), ends in zip(RES, RES_END):
        vals = [start, t[0], o[0]] + ends
        sums = [s + v for s, v in zip(sums, vals)]
        cells = [REG.add(loc(sid), cap, name, c, e(v)) for c, v in zip(cols, vals)]
        A(f"<tr><td>{name}</td>" + "".join(f'<td class="n">{c}</td>' for c in cells) + "</tr>")
    cells = [REG.add(loc(sid), cap, "Totaal", c, nl(v)) for c, v in zip(cols, sums)]
    A('<tr class="tot"><td>Totaal</td>' + "".join(f'<td class="n">{c}</td>' for c in cells) + "</tr></table>")
    check(sums[1] == TOEV[2] and sums[2] == ONTT[2], "reserves vs overzicht 2027")
    A("<p>De algemene reserve is bedoeld om risico's op te vangen. Het algemeen bestuur heeft het maximum "
      "van de algemene reserve bepaald op 10% van de begrote lasten. Een bedrag boven dat maximum wordt "
      "teruggegeven aan de deelnemers.</p></section>")

    # ---- 8 investeringen
    sid = "investeringen"
    cap = "Tabel 9 Investeringsplan 2027-2030"
    yrs = ["2027", "2028", "2029", "2030"]
    A(f'<section id="{sid}"><h2>{SECT[sid]}</h2><p>Het investeringsplan bevat de vervangingsinvesteringen '
      "volgens het beheerplan. Investeringen worden afgeschreven vanaf het jaar na ingebruikname.</p>")
    A(f"<table><caption>{cap} (bedragen in €)</caption><tr>{th('Investering', rs=2)}{th('Jaar van uitvoering', cs=4)}"
      f"{th('Totaal', rs=2)}</tr><tr>" + "".join(th(y) for y in yrs) + "</tr>")
    tots = [0] * 5
    for name, vals in INVEST:
        allv = vals + [sum(vals)]
        tots = [a + b for a, b in zip(tots, allv)]
        cells = [REG.add(loc(sid), cap, name, c, e(v)) for c, v in zip(yrs + ["Totaal"], allv)]
        A(f"<tr><td>{name}</td>" + "".join(f'<td class="n">{c}</td>' for c in cells) + "</tr>")
    cells = [REG.add(loc(sid), cap, "Totaal", c, nl(v)) for c, v in zip(yrs + ["Totaal"], tots)]
    A('<tr class="tot"><td>Totaal</td>' + "".join(f'<td class="n">{c}</td>' for c in cells) + "</tr></table></section>")

    # ---- 9 paragrafen
    sid = "paragrafen"
    A(f'<section id="{sid}"><h2>{SECT[sid]}</h2><h3>Weerstandsvermogen</h3>')
    cap = "Tabel 10 Weerstandsratio 2027"
    A(f"<table style='width:70%'><caption>{cap}</caption><tr>{th('Onderdeel')}{th('Bedrag')}</tr>")
    for lab, v in (("Beschikbare weerstandscapaciteit (algemene reserve)", "€ " + nl(WEER_BESCH)),
                   ("Benodigde weerstandscapaciteit", "€ " + nl(WEER_BENOD)),
                   ("Weerstandsratio", nl(WEER_RATIO, 2))):
        A(f"<tr><td>{lab}</td><td class='n'>{REG.add(loc(sid), cap, lab, 'Bedrag', v)}</td></tr>")
    A("</table><p>Met een ratio van 1,48 is het weerstandsvermogen voldoende (norm: tussen 1,0 en 2,0). De "
      "benodigde weerstandscapaciteit is berekend met een risicosimulatie met 90% zekerheid over de "
      "risico's hieronder.</p>")
    cap = "Tabel 10a Belangrijkste risico's"
    A(f"<table><caption>{cap}</caption><tr>{th('Risico')}{th('Kans')}{th('Financieel gevolg (€)')}</tr>")
    for lab, kans, v in RISK:
        A(f"<tr><td>{lab}</td><td class='n'>{REG.add(loc(sid), cap, lab, 'Kans', kans)}</td>"
          f"<td class='n'>{REG.add(loc(sid), cap, lab, 'Financieel gevolg', nl(v))}</td></tr>")
    A("</table>")
    cap = "Tabel 11 Financiële kengetallen"
    A(f"<table><caption>{cap}</caption><tr>{th('Kengetal')}{th('Rekening 2025')}{th('Begroting 2026')}"
      f"{th('Begroting 2027')}</tr>")
    for name, vals in KENG:
        cells = [REG.add(loc(sid), cap, name, YEARS[i], nl(v, 1) + "%") for i, v in enumerate(vals)]
        A(f"<tr><td>{name}</td>" + "".join(f'<td class="n">{c}</td>' for c in cells) + "</tr>")
    A("</table><p>Het recreatieschap verstrekt geen leningen; de gecorrigeerde netto schuldquote is daarom "
      "gelijk aan de netto schuldquote. De stijging van de schuldquote in 2027 komt door de financiering van "
      "het nieuwe sanitairgebouw op de camping.</p>")
    cap = "Tabel 12 Langlopende leningen 2027"
    A(f"<h3>Financiering</h3><p>Het recreatieschap financiert zijn investeringen met langlopende leningen bij de "
      "BNG Bank. De rentelasten in 2027 bedragen € 71.300.</p>"
      f"<table style='width:70%'><caption>{cap}</caption><tr>{th('Omschrijving')}{th('Bedrag (€)')}</tr>")
    for lab, v in LENING:
        A(f"<tr><td>{lab}</td><td class='n'>{REG.add(loc(sid), cap, lab, 'Bedrag', nl(v))}</td></tr>")
    A(f"<tr class='tot'><td>Stand per 31 december 2027</td><td class='n'>"
      f"{REG.add(loc(sid), cap, 'Stand per 31 december 2027', 'Bedrag', nl(LEN_END))}</td></tr></table>")
    kas = round(LAST[2] * 0.085)
    rr = round(LAST[2] * 0.20)
    A(f"<p>De kasgeldlimiet is 8,5% van de begrote lasten en bedraagt voor 2027 € {nl(kas)}. De renterisiconorm "
      f"(20% van de begrote lasten) komt uit op € {nl(rr)}; het renterisico in 2027 is gelijk aan de reguliere "
      "aflossing van € 190.000 en blijft daarmee ruim onder de norm.</p>")
    A("<h3>Onderhoud kapitaalgoederen</h3><p>Het onderhoud van paden, bruggen, steigers, oevers en gebouwen volgt "
      "het beheerplan 2024-2033. Het beheerplan raamt de onderhoudskosten op gemiddeld € 410.000 per jaar, "
      "exclusief het baggeren. De paden en bruggen worden onderhouden op het niveau 'basis'; bij de inspectie "
      "van 2025 voldeed 86% van de paden aan dat niveau. Achterstallig onderhoud is er niet.</p></section>")
    sid = "bestuur"
    cap = "Tabel 13 Samenstelling algemeen bestuur en stemverhouding"
    A(f'<section id="{sid}"><h2>{SECT[sid]}</h2><p>Elke deelnemer wijst uit zijn college leden van het '
      "algemeen bestuur aan. Het aantal stemmen hangt samen met de verdeelsleutel. Het dagelijks bestuur "
      "bestaat uit drie leden; de voorzitter is de burgemeester van Ravenskamp.</p>")
    A(f"<table style='width:75%'><caption>{cap}</caption><tr>{th('Deelnemer')}{th('Leden algemeen bestuur')}"
      f"{th('Aantal stemmen')}</tr>")
    for name, leden, stem in STEM:
        A(f"<tr><td>{name}</td><td class='n'>{REG.add(loc(sid), cap, name, 'Leden algemeen bestuur', str(leden))}</td>"
          f"<td class='n'>{REG.add(loc(sid), cap, name, 'Aantal stemmen', str(stem))}</td></tr>")
    A(f"<tr class='tot'><td>Totaal</td><td class='n'>{sum(x[1] for x in STEM)}</td>"
      f"<td class='n'>{sum(x[2] for x in STEM)}</td></tr></table>")
    A("<h3>Zienswijzen</h3><p>Op de ontwerpbegroting zijn zienswijzen ingediend door de raden van Ravenskamp en "
      "Wedderloo. Ravenskamp vraagt het recreatieschap om vóór de begroting 2028 met een plan te komen voor "
      "een structureel sluitende exploitatie zonder inzet van de egalisatiereserve. Wedderloo vraagt aandacht "
      "voor de bereikbaarheid van het strandbad met het openbaar vervoer. Het algemeen bestuur heeft beide "
      "zienswijzen overgenomen; de begroting zelf is daardoor niet gewijzigd.</p></section>")
    return "\n".join(out)


def page():
    body = build()
    side = "".join(f'<li><a href="#{k}">{v}</a></li>' for k, v in SECT.items())
    return f"""<!DOCTYPE html>
<!-- saved web page: Begroting 2027 | Recreatieschap Haverplassen -->
<html lang="nl"><head><meta charset="utf-8">
<title>Begroting 2027 | Recreatieschap Haverplassen</title>
<meta name="description" content="Begroting 2027 en meerjarenraming 2028-2030 van het Recreatieschap Haverplassen">
<style>{CSS}</style></head><body>
<div class="topbar"><span>Recreatieschap Haverplassen - samen voor het groen rond de Haverplas</span>
<span><a href="#" style="color:#d8f3dc">Contact</a> | <a href="#" style="color:#d8f3dc">English</a> | Zoeken</span></div>
<header><div class="logo">Recreatieschap Haverplassen<small>Haverplas · Het Kolkje · Zuidoever</small></div>
<nav class="main"><ul>
<li><a href="#">Home</a></li>
<li><a href="#">Ontdek het gebied</a><ul><li><a href="#">Strandbad Zuidoever</a></li><li><a href="#">Camping De Haverweide</a></li><li><a href="#">Jachthaven Het Kolkje</a></li><li><a href="#">Routes</a></li></ul></li>
<li><a href="#">Over ons</a><ul><li><a href="#">Organisatie</a></li><li><a href="#">Werken bij</a></li></ul></li>
<li><a href="#">Bestuur</a><ul><li><a href="#">Algemeen bestuur</a></li><li><a href="#">Dagelijks bestuur</a></li><li><a href="#">Vergaderstukken</a></li><li><a href="#">Financiën</a></li></ul></li>
<li><a href="#">Nieuws</a></li>
</ul></nav></header>
<div class="crumbs"><a href="#">Home</a> &gt; <a href="#">Bestuur</a> &gt; <a href="#">Financiën</a> &gt; Begroting 2027</div>
<div class="wrap">
<aside><strong>Op deze pagina</strong><ul>{side}</ul>
<strong>Financiën</strong><ul><li><a href="#">Begroting 2027</a></li><li><a href="#">Jaarstukken 2025</a></li>
<li><a href="#">Kaderbrief 2027</a></li><li><a href="#">Archief</a></li></ul></aside>
<main><h1>Begroting 2027 en meerjarenraming 2028-2030</h1>
<p class="meta">Recreatieschap Haverplassen · vastgesteld door het algemeen bestuur op 25 juni 2027 · laatst gewijzigd 30 juni 2027</p>
{body}
<p class="meta">Aan deze webversie kunnen geen rechten worden ontleend. De vastgestelde begroting is als pdf te downloaden.</p>
</main>
<aside><strong>Downloads</strong><ul><li><a href="#">Begroting 2027 (pdf)</a></li><li><a href="#">Zienswijzen deelnemers (pdf)</a></li></ul>
<strong>Nieuws</strong><ul><li>Nieuwe steigers voor Het Kolkje in 2028</li><li>Camping De Haverweide krijgt twaalf extra plaatsen</li>
<li>Vacature: boswachter recreatie</li></ul>
<strong>Contact</strong><p>Haverdijk 7<br>Bezoekerscentrum open di t/m zo</p></aside>
</div>
<footer>Recreatieschap Haverplassen · Haverdijk 7 · <a href="#" style="color:#d8f3dc">Privacyverklaring</a> ·
<a href="#" style="color:#d8f3dc">Toegankelijkheid</a> · <a href="#" style="color:#d8f3dc">Cookies</a></footer>
<div class="cookie">Wij gebruiken alleen functionele cookies. <button>Akkoord</button></div>
</body></html>
"""


HTML = page()

if __name__ == "__main__":
    if "--cells" in sys.argv:
        for line in REG.dump():
            print(line)
    else:
        html = HTML
        os.makedirs(CORPUS, exist_ok=True)
        with open(os.path.join(CORPUS, FILE), "w", encoding="utf-8") as f:
            f.write(html)
        print(f"wrote {os.path.join(CORPUS, FILE)}")
