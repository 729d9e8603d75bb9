# Generates lindewaard-jaarstukken-2024.html (Gemeente Lindewaard, fictional)
from lw_data import build
progs, tot = build()
P = {p['key']: p for p in progs}

def f(n):
    s = f"{abs(n):,}".replace(",", ".")
    return ("-" if n < 0 else "") + s
def z(n):            # zero -> "-"
    return "-" if n == 0 else f(n)
def vn(x):
    if x == 0: return "-"
    return f"{f(abs(x))} {'V' if x > 0 else 'N'}"
def eur(n): return "€ " + f(n)

# ---------------- checks of the prose analyses (x 1.000) ----------------
def dl(k): return P[k]['l'][1] - P[k]['l'][2]   # + = voordeel
def db(k): return P[k]['b'][2] - P[k]['b'][1]
def dt(k): return P[k]['t'][1] - P[k]['t'][2]
def do(k): return P[k]['o'][2] - P[k]['o'][1]
assert dl('P1') == 48 + 186 + 83 + 2 == 319 and db('P1') == 138 + 23 == 161 and do('P1') == -83
assert dl('P2') == -(214 + 318 + 96 - 77) and db('P2') == 92 + 21 and dt('P2') == -92 and do('P2') == -77
assert dl('P3') == 604 + 107 and db('P3') == -(489 + 38)
assert dl('P4') == -(862 + 391 - 109) and db('P4') == -25
assert dl('P5') == 528 + 143 - 36 and db('P5') == 97 + 36
assert dl('P6') == 568 + 301 + 62 and db('P6') == -387 + 434 - 301 + 42 and dt('P6') == -434 and do('P6') == -568
assert dl('ADM') == -46 and db('ADM') == 1128 + 141 + 87 + 27 + 29
assert dl('OH') == -(251 - 34) and db('OH') == 78
RES = tot['r'][2]; assert RES == 860

# ---------------- reserves ----------------
RESV = [  # name, 31-12-2023, bestemming 2023, toev, onttr
 ("Algemene reserve", 14212, 918, 1850, 120),
 ("Reserve digitalisering", 620, 0, 150, 262),
 ("Reserve kapitaallasten", 9840, 0, 0, 640),
 ("Reserve vervanging openbare verlichting", 1120, 0, 310, 548),
 ("Egalisatiereserve riolering", 1464, 0, 92, 0),
 ("Reserve sociaal domein", 2450, 0, 0, 1140),
 ("Reserve onderhoud sportaccommodaties", 760, 0, 500, 185),
 ("Reserve grondexploitatie", 2105, 0, 1254, 0),
 ("Reserve duurzaamheid", 2036, 400, 0, 1612),
]
RESV = [(n, a, b, c, d, a + b + c - d) for n, a, b, c, d in RESV]
assert sum(r[3] for r in RESV) == tot['t'][2] == 4156
assert sum(r[4] for r in RESV) == tot['o'][2] == 4507
RES2023 = 1318
assert sum(r[2] for r in RESV) == RES2023
AR_END = RESV[0][5]; AR_BEGIN = RESV[0][1]
BR_END = sum(r[5] for r in RESV[1:]); BR_BEGIN = sum(r[1] for r in RESV[1:])
EV24 = AR_END + BR_END + RES; EV23 = AR_BEGIN + BR_BEGIN + RES2023

# ---------------- balans (x 1.000): (label, 2024, 2023) ----------------
ACT = dict(
 immat=(312, 355), ecn=(88480, 86910), ecnh=(18260, 17540), man=(27850, 26990),
 deeln=(1140, 1140), woco=(4860, 5320), ovl=(1925, 2080),
 voorr=(6118, 7042), vordol=(5214, 4870), schatk=(2000, 3500), ovvord=(2480, 2315), liq=(388, 1046),
)
PAS = dict(voorz=(9842, 10215), onderh=(96800, 101250), waarb=(38, 41), nvs=(12876, 8935), ovlp=(7412, 6980))
def pas_tot(i): return [EV24, EV23][i] + sum(v[i] for v in PAS.values())
def act_sub(i): return sum(v[i] for v in ACT.values())
OVLA = (pas_tot(0) - act_sub(0), pas_tot(1) - act_sub(1))
print("overlopende activa", OVLA, "balanstotaal", pas_tot(0), pas_tot(1), 'EV', EV24, EV23)
assert 1500 < OVLA[0] < 9000 and 1500 < OVLA[1] < 9000
ACT['ovla'] = OVLA
BT = (pas_tot(0), pas_tot(1))

# ---------------- kengetallen ----------------
H24 = tot['b'][2]; H23 = 112874
def nsq(i, corr):
    A = PAS['onderh'][i] + PAS['waarb'][i]; B = PAS['nvs'][i]; C = PAS['ovlp'][i]
    D = ACT['ovl'][i] + (ACT['woco'][i] + ACT['deeln'][i] if corr else 0)
    E = ACT['vordol'][i] + ACT['schatk'][i] + ACT['ovvord'][i]; F = ACT['liq'][i]; G = ACT['ovla'][i]
    return round((A + B + C - D - E - F - G) / [H24, H23][i] * 100, 1)
def solv(i): return round([EV24, EV23][i] / BT[i] * 100, 1)
def grex(i): return round(ACT['voorr'][i] / [H24, H23][i] * 100, 1)
INC_O = 262 + 548 + 240 + 900 + 1612 + 120; INC_T = 1254 + 1850
STRUCT = RES - round((2068633 - 3966092) / 1000) - (INC_O - INC_T)
print("structureel", STRUCT, round(STRUCT / H24 * 100, 1))
KG = [  # name, rek 2023, begr 2024, rek 2024
 ("Netto schuldquote", nsq(1, False), 86.9, nsq(0, False)),
 ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", nsq(1, True), 81.5, nsq(0, True)),
 ("Solvabiliteitsratio", solv(1), 21.6, solv(0)),
 ("Grondexploitatie", grex(1), 5.6, grex(0)),
 ("Structurele exploitatieruimte", 1.1, 0.4, round(STRUCT / H24 * 100, 1)),
 ("Belastingcapaciteit", 92.4, 93.0, 93.1),
]
print(KG)
def pc(x): return f"{x:.1f}".replace(".", ",") + "%"

WOONL = 302 + 336 + 248
assert WOONL == 886 and round(886 / 952 * 100, 1) == 93.1
WC = AR_END + 2318; WB = 11360; WR = round(WC / WB, 2)
print("weerstand", WC, WB, WR)

# ---------------- taakvelden (rekening 2024, x 1.000) ----------------
TV = [
 ("0.1", "Bestuur", 4296, 12, 'P1'), ("0.2", "Burgerzaken", 1866, 1182, 'P1'),
 ("0.3", "Beheer overige gebouwen en gronden", 412, 153, 'P1'),
 ("0.4", "Overhead", 12612, 318, 'OH'), ("0.5", "Treasury", 188, 784, 'ADM'),
 ("0.61", "OZB woningen", 302, 5368, 'ADM'), ("0.62", "OZB niet-woningen", 110, 3415, 'ADM'),
 ("0.64", "Belastingen overig", 71, 339, 'ADM'), ("0.7", "Algemene uitkering en overige uitkeringen gemeentefonds", 0, 67337, 'ADM'),
 ("0.8", "Overige baten en lasten", 30, 28, 'ADM'),
 ("1.1", "Crisisbeheersing en brandweer", 3412, 0, 'P2'), ("1.2", "Openbare orde en veiligheid", 1104, 58, 'P2'),
 ("2.1", "Verkeer en vervoer", 5773, 512, 'P2'), ("2.2", "Parkeren", 286, 604, 'P2'),
 ("3.1", "Economische ontwikkeling", 612, 34, 'P3'), ("3.3", "Bedrijvenloket en bedrijfsregelingen", 188, 96, 'P3'),
 ("3.4", "Economische promotie", 294, 21, 'P3'),
 ("4.1", "Openbaar basisonderwijs", 312, 18, 'P4'), ("4.2", "Onderwijshuisvesting", 3184, 96, 'P4'),
 ("4.3", "Onderwijsbeleid en leerlingzaken", 2614, 1712, 'P4'),
 ("5.1", "Sportbeleid en activering", 1046, 12, 'P5'), ("5.2", "Sportaccommodaties", 3218, 1204, 'P5'),
 ("5.3", "Cultuurpresentatie, cultuurproductie en cultuurparticipatie", 1186, 94, 'P5'),
 ("5.6", "Media", 1412, 0, 'P5'), ("5.7", "Openbaar groen en (openlucht) recreatie", 3962, 71, 'P2'),
 ("6.1", "Samenkracht en burgerparticipatie", 2906, 134, 'P5'), ("6.2", "Toegang en eerstelijnsvoorzieningen", 3312, 0, 'P5'),
 ("6.3", "Inkomensregelingen", 17412, 15984, 'P3'), ("6.4", "WSW en beschut werk", 3906, 0, 'P3'),
 ("6.5", "Arbeidsparticipatie", 2784, 220, 'P3'),
 ("6.71", "Maatwerkdienstverlening 18+", 7105, 977, 'P5'), ("6.72", "Maatwerkdienstverlening 18-", 5308, 0, 'P4'),
 ("6.81", "Geëscaleerde zorg 18+", 356, 100, 'P5'), ("6.82", "Geëscaleerde zorg 18-", 6074, 364, 'P4'),
 ("7.1", "Volksgezondheid", 1244, 0, 'P5'), ("7.2", "Riolering", 4118, 4802, 'P2'),
 ("7.3", "Afval", 4987, 5612, 'P6'), ("7.4", "Milieubeheer", 2804, 212, 'P6'), ("7.5", "Begraafplaatsen en crematoria", 412, 388, 'P6'),
 ("8.1", "Ruimtelijke ordening", 1186, 64, 'P6'), ("8.2", "Grondexploitatie (niet bedrijventerreinen)", 3218, 4912, 'P6'),
 ("8.3", "Wonen en bouwen", 2324, 1218, 'P6'),
]
for k in P:
    ls = sum(t[2] for t in TV if t[4] == k); bs = sum(t[3] for t in TV if t[4] == k)
    assert ls == P[k]['l'][2] and bs == P[k]['b'][2], (k, ls, bs)
TVL = sum(t[2] for t in TV); TVB = sum(t[3] for t in TV)
assert TVL == tot['l'][2] and TVB == tot['b'][2]

# ---------------- incidentele baten en lasten (in euro's) ----------------
INC_L = [
 ("1", "Europese verkiezingen 6 juni 2024", 118000, 70214),
 ("1", "Implementatie Omgevingswet (dekking reserve digitalisering)", 345000, 261842),
 ("2", "Herstel stormschade bomen", 0, 214380),
 ("2", "Vervanging openbare verlichting door LED (dekking reserve)", 625000, 547912),
 ("3", "Impuls participatie (dekking reserve sociaal domein)", 240000, 240000),
 ("4", "Extra inzet jeugdhulp (dekking reserve sociaal domein)", 900000, 900000),
 ("6", "Isolatieaanpak en energiebesparing (dekking reserve duurzaamheid)", 2180000, 1611744),
 ("Overhead", "Migratie ICT-omgeving naar de cloud", 120000, 120000),
]
INC_B = [
 ("1", "Extra leges reisdocumenten en rijbewijzen (piekjaar)", 240000, 378417),
 ("6", "Winstneming grondexploitatie Hoge Weide", 820000, 1254216),
 ("ADM", "Eenmalige uitkering gemeentefonds (decembercirculaire 2024)", 0, 436000),
]
INC_LT = (sum(x[2] for x in INC_L), sum(x[3] for x in INC_L))
INC_BT = (sum(x[2] for x in INC_B), sum(x[3] for x in INC_B))
print("incidenteel", INC_LT, INC_BT)

# ---------------- WNT ----------------
WNT = [  # functie, naam, 2024: (periode, fte, beloning, termijn, max) ; 2023 same
 ("Gemeentesecretaris", "drs. M.A. (Marloes) Terpstra", ("01/01 – 31/12", "1,0", 138564, 22917, 233000), ("01/01 – 31/12", "1,0", 131906, 21402, 223000)),
 ("Griffier", "J.H. (Jeroen) van Dijkhuizen", ("01/01 – 31/12", "0,89", 104237, 17688, 207370), ("01/01 – 31/12", "0,89", 99118, 16690, 198470)),
]
assert round(233000 * 0.89) == 207370 and round(223000 * 0.89) == 198470

INW = 42618; INW23 = 42311
PER_INW = round(tot['l'][2] * 1000 / INW)
print("lasten per inwoner", PER_INW, "schuld per inwoner", round((PAS['onderh'][0] + PAS['waarb'][0]) * 1000 / INW))

# =====================================================================================
# HTML
# =====================================================================================
CSS = """
@page { size: A4; margin: 17mm 16mm 17mm 16mm;
  @top-left { content: "Gemeente Lindewaard"; font: 7.5pt 'Liberation Sans'; color:#6b6b6b; }
  @top-right { content: "Jaarstukken 2024"; font: 7.5pt 'Liberation Sans'; color:#6b6b6b; }
  @bottom-right { content: counter(page); font: 8pt 'Liberation Sans'; color:#333; } }
@page :first { @top-left { content: none } @top-right { content: none } @bottom-right { content: none } }
body { font-family: 'Liberation Sans', sans-serif; font-size: 8.9pt; line-height: 1.33; color:#222; margin:0; }
.cover { height: 215mm; position: relative; }
.cover .band { background:#1f5c4a; color:#fff; padding: 30mm 14mm 16mm 14mm; margin-top: 30mm; }
.cover h1 { font-size: 30pt; margin:0 0 4mm 0; font-weight: bold; }
.cover .sub { font-size: 13pt; }
.cover .foot { position:absolute; bottom: 10mm; left: 14mm; font-size: 10pt; color:#1f5c4a; }
.pb { break-before: page; }
.chap { font-size: 17pt; color:#1f5c4a; font-weight:bold; margin: 0 0 5mm 0; padding-bottom: 2mm; border-bottom: 1.2pt solid #1f5c4a; }
.row { display:flex; margin-bottom: 3.2mm; }
.lh { width: 43mm; flex: none; padding-right: 5mm; font-weight: bold; color:#1f5c4a; font-size: 9.6pt; }
.rc { flex: 1; min-width: 0; }
.rc p { margin: 0 0 2mm 0; }
.rc ul { margin: 0 0 2mm 0; padding-left: 4.5mm; }
.rc li { margin-bottom: 1mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.1pt; }
th { text-align: right; font-weight: bold; vertical-align: bottom; padding: 1.2mm 1.5mm; border-bottom: 0.8pt solid #1f5c4a; }
th.l, td.l { text-align: left; }
td { text-align: right; padding: 0.7mm 1.5mm; border-bottom: 0.3pt solid #cfd8d4; }
tr.b td { font-weight: bold; }
tr.tot td { font-weight: bold; border-top: 0.8pt solid #222; border-bottom: 1pt solid #222; }
tr.sec td { font-weight: bold; background: #e8f0ec; text-align:left; }
.cap { font-weight: bold; font-size: 8.8pt; margin: 1mm 0 1mm 0; }
.scale { font-size: 7.6pt; font-style: italic; color: #555; margin-bottom: 1mm; }
.full { margin: 1mm 0 3.5mm 0; }
.note { font-size: 7.8pt; color:#444; }
.kpis { display:flex; gap: 3mm; margin-bottom: 3mm; }
.kpi { flex:1; border: 0.8pt solid #1f5c4a; padding: 2mm 2.5mm; }
.kpi .v { font-size: 13pt; font-weight: bold; color:#1f5c4a; }
.kpi .t { font-size: 7.8pt; }
.toc td { text-align:left; border:none; padding: 0.6mm 1mm; font-size: 9.2pt; }
.toc td.pg { text-align:right; }
"""

def tbl(head, rows, caption=None, scale=None, widths=None, cls="full", left=(0,)):
    h = ""
    if caption: h += f'<div class="cap">{caption}</div>'
    if scale: h += f'<div class="scale">{scale}</div>'
    h += f'<table class="{cls}"><thead><tr>'
    for i, c in enumerate(head):
        w = f' style="width:{widths[i]}"' if widths else ""
        h += f'<th class="{"l" if i in left else ""}"{w}>{c}</th>'
    h += "</tr></thead><tbody>"
    for r in rows:
        rc = ""
        if isinstance(r, tuple) and r and r[0] in ("b", "tot", "sec"):
            rc, r = r[0], r[1]
        if rc == "sec":
            h += f'<tr class="sec"><td colspan="{len(head)}">{r}</td></tr>'; continue
        h += f'<tr class="{rc}">' + "".join(f'<td class="{"l" if i in left else ""}">{c}</td>' for i, c in enumerate(r)) + "</tr>"
    return h + "</tbody></table>"

def row(lh, html): return f'<div class="row"><div class="lh">{lh}</div><div class="rc">{html}</div></div>'

def prog_table(k, label):
    p = P[k]
    R = []
    R.append(["Lasten"] + [z(x) for x in p['l']] + [vn(p['l'][1] - p['l'][2])])
    R.append(["Baten"] + [z(x) for x in p['b']] + [vn(p['b'][2] - p['b'][1])])
    R.append(("b", ["Saldo van baten en lasten"] + [f(x) for x in p['s']] + [vn(p['s'][2] - p['s'][1])]))
    R.append(["Toevoegingen aan reserves"] + [z(x) for x in p['t']] + [vn(p['t'][1] - p['t'][2])])
    R.append(["Onttrekkingen aan reserves"] + [z(x) for x in p['o']] + [vn(p['o'][2] - p['o'][1])])
    R.append(("tot", ["Resultaat"] + [f(x) for x in p['r']] + [vn(p['r'][2] - p['r'][1])]))
    return tbl([label, "Begroting 2024<br>primitief", "Begroting 2024<br>na wijziging", "Rekening<br>2024", "Verschil"],
               R, scale="Bedragen x € 1.000", widths=["34%", "17%", "17%", "16%", "16%"])

H = [f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Jaarstukken 2024 Gemeente Lindewaard</title><style>{CSS}</style></head><body>']

# ---------------- cover ----------------
H.append("""<div class="cover"><div class="band"><h1>Jaarstukken 2024</h1>
<div class="sub">Jaarverslag en jaarrekening</div><div class="sub" style="margin-top:8mm">Gemeente Lindewaard</div></div>
<div class="foot">Vastgesteld door de gemeenteraad op 3 juli 2025<br>Raadsvoorstel 2025-041</div></div>""")

# ---------------- inhoud + voorwoord ----------------
toc = [("Voorwoord", 2), ("1. Jaarverslag", ""), ("1.1 Het jaar 2024 in één oogopslag", 3), ("1.2 Programmaverantwoording", 4),
       ("Programma 1 Bestuur en dienstverlening", 4), ("Programma 2 Veilig en leefbaar Lindewaard", 5),
       ("Programma 3 Werk, inkomen en economie", 6), ("Programma 4 Jeugd en onderwijs", 7),
       ("Programma 5 Zorg, welzijn en sport", 8), ("Programma 6 Wonen, ruimte en duurzaamheid", 9),
       ("Algemene dekkingsmiddelen, overhead en onvoorzien", 10), ("1.3 Paragrafen", 11), ("2. Jaarrekening", 13),
       ("2.1 Overzicht van baten en lasten", 13), ("2.2 Overzicht incidentele baten en lasten", 13),
       ("2.3 Balans", 15), ("2.4 Reserves", 16), ("2.5 WNT-verantwoording", 17), ("Bijlage: Overzicht baten en lasten per taakveld", 18)]
H.append('<div class="pb"></div><div class="chap">Inhoud</div><table class="toc" style="width:70%;margin-bottom:8mm">' +
         "".join(f'<tr><td>{a}</td><td class="pg">{b}</td></tr>' for a, b in toc) + "</table>")
H.append('<div class="chap">Voorwoord</div>')
H.append(row("Aan de gemeenteraad", f"""
<p>Hierbij bieden wij u de jaarstukken 2024 van de gemeente Lindewaard aan. Met het jaarverslag en de jaarrekening leggen wij
verantwoording af over het gevoerde beleid en de besteding van de middelen die u ons voor 2024 beschikbaar heeft gesteld.</p>
<p>De jaarrekening 2024 sluit met een positief resultaat van € {f(RES)}.000. In de begroting na wijziging gingen wij uit
van een voordelig saldo van € {f(tot['r'][1])}.000. Het verschil van € {f(RES - tot['r'][1])}.000 wordt vooral verklaard door een hogere
algemene uitkering uit het gemeentefonds, lagere uitgaven voor de bijstand en de Wmo en tegelijk flink hogere kosten voor
jeugdhulp. Wij stellen u voor het resultaat toe te voegen aan de algemene reserve.</p>
<p>2024 was ook het jaar waarin de nieuwe wijk Hoge Weide echt vorm kreeg: er werden 214 woningen opgeleverd, waarvan 86 sociale
huurwoningen. Het aantal inwoners groeide naar {f(INW)} op 1 januari 2025.</p>
<p>Burgemeester en wethouders van Lindewaard,<br>de secretaris, drs. M.A. Terpstra &nbsp;&nbsp;&nbsp; de burgemeester, mr. H.C. Alberda-Veenstra</p>"""))

# ---------------- 1.1 in één oogopslag ----------------
H.append('<div class="pb"></div><div class="chap">1. Jaarverslag</div>')
kp = [(f"€ {f(RES)}.000", "positief resultaat 2024"), (f"€ {str(round(tot['l'][2]/1000,1)).replace('.',',')} mln", "totale lasten (exclusief reserves)"),
      (f"€ {f(PER_INW)}", "lasten per inwoner"), (f"{f(INW)}", "inwoners op 1 januari 2025")]
H.append(row("1.1 Het jaar 2024 in één oogopslag", '<div class="kpis">' + "".join(f'<div class="kpi"><div class="v">{a}</div><div class="t">{b}</div></div>' for a, b in kp) + "</div>" + f"""
<p>Het gerealiseerde resultaat over 2024 bedraagt € {f(RES)}.000 positief. Dit is € {f(RES - tot['r'][1])}.000 hoger dan het
verwachte resultaat in de begroting na wijziging (€ {f(tot['r'][1])}.000). In de primitieve begroting 2024 was nog een
begrotingssaldo van € {f(tot['r'][0])}.000 geraamd. Onderstaand overzicht laat per programma het resultaat zien.</p>"""))
R = []
for p in progs:
    R.append([p['name'], f(p['r'][1]), f(p['r'][2]), vn(p['r'][2] - p['r'][1])])
R.append(("tot", ["Totaal resultaat", f(tot['r'][1]), f(tot['r'][2]), vn(tot['r'][2] - tot['r'][1])]))
H.append(row("Resultaat per programma", tbl(["Programma", "Begroting 2024<br>na wijziging", "Rekening<br>2024", "Verschil"], R,
             scale="(x € 1.000; V = voordeel, N = nadeel)", widths=["46%", "19%", "17%", "18%"])))
H.append(row("Belangrijkste verschillen", f"""<ul>
<li>Hogere algemene uitkering uit het gemeentefonds: voordeel € 1.128.000 (waarvan € 436.000 eenmalig);</li>
<li>Jeugdhulp: overschrijding van € 1.253.000, deels gecompenseerd door lagere kosten leerlingenvervoer (€ 109.000);</li>
<li>Wmo: lagere kosten hulp bij het huishouden (€ 528.000) en hulpmiddelen en woningaanpassingen (€ 143.000);</li>
<li>Bijstand (BUIG): per saldo een voordeel van € 115.000 (lagere uitkeringslasten € 604.000, lagere rijksbijdrage € 489.000);</li>
<li>Stormschade en extra wegonderhoud Dorpsstraat Hoeve: nadeel € 532.000.</li></ul>
<p>De totale investeringsuitgaven bedroegen € 6,1 miljoen, tegen € 9,7 miljoen aan beschikbare kredieten. De belangrijkste
vertraging zit in de nieuwbouw van sporthal De Wielewaal (krediet € 2,4 miljoen), waarvan de aanbesteding naar 2025 is geschoven.</p>"""))

# ---------------- programma's ----------------
PROGTXT = {
'P1': dict(num=1, title="Bestuur en dienstverlening",
 bereiken="""<p>Inwoners en ondernemers van Lindewaard kunnen rekenen op een bereikbare, betrouwbare en snelle dienstverlening, digitaal
waar het kan en persoonlijk waar het moet. Het gemeentebestuur betrekt inwoners vroegtijdig bij plannen in hun buurt.</p>""",
 gedaan="""<ul><li>Wij organiseerden op 6 juni 2024 de verkiezing voor het Europees Parlement; de opkomst in Lindewaard was 47,3%.</li>
<li>Door de piek in aflopende paspoorten en identiteitskaarten (tien jaar geldig sinds 2014) verstrekten wij 11.840 reisdocumenten,
tegen 7.930 in 2023. Met extra avondopenstellingen bleef de wachttijd voor een afspraak onder de tien werkdagen.</li>
<li>Het digitale omgevingsloket is volledig ingericht; de implementatie van de Omgevingswet is in 2024 afgerond.</li>
<li>In de burgerpeiling 2024 gaven inwoners de gemeentelijke dienstverlening gemiddeld een 7,2 (2023: een 6,9).</li></ul>""",
 ind=[("Burgerpeiling: rapportcijfer dienstverlening", "cijfer", "7,2", "6,9"), ("Verstrekte reisdocumenten", "aantal", "11.840", "7.930"),
      ("Formatie", "fte per 1.000 inw.", "7,4", "7,3")],
 analyse=f"""<p><b>Lasten: voordeel € 319.000.</b> De kosten van de Europese verkiezingen waren € 48.000 lager dan geraamd. Bij
Publiekszaken zijn vacatures later ingevuld dan verwacht, wat een voordeel van € 186.000 geeft. Van het budget voor de implementatie
van de Omgevingswet is € 83.000 niet besteed; omdat dit budget uit de reserve digitalisering wordt gedekt, is ook de onttrekking aan
die reserve € 83.000 lager. Overige kleine verschillen: € 2.000 voordeel.</p>
<p><b>Baten: voordeel € 161.000.</b> Door de hogere aantallen reisdocumenten en rijbewijzen waren de leges € 138.000 hoger dan
begroot. De overige baten zijn € 23.000 hoger.</p>"""),
'P2': dict(num=2, title="Veilig en leefbaar Lindewaard",
 bereiken="""<p>Lindewaard is een veilige gemeente met een schone, hele en groene openbare ruimte. Wegen, fietspaden, riolering en
openbaar groen zijn op orde, en inwoners voelen zich veilig in hun wijk.</p>""",
 gedaan="""<ul><li>Het aantal woninginbraken daalde naar 38 (2023: 52). Samen met de politie voerden wij 14 buurtpreventie-avonden uit.</li>
<li>Na de najaarsstorm van 2 november 2024 zijn ruim 320 bomen geruimd of hersteld.</li>
<li>De Dorpsstraat in Hoeve is na verzakkingen versneld hersteld; de kosten waren hoger dan het beschikbare onderhoudsbudget.</li>
<li>Van de 4.900 lichtmasten zijn er in 2024 1.150 omgebouwd naar LED; het project loopt door in 2025.</li></ul>""",
 ind=[("Winkeldiefstallen", "per 1.000 inw.", "1,6", "1,9"), ("Woninginbraken", "aantal", "38", "52"),
      ("Verwijzingen Halt", "per 10.000 jongeren", "94", "109")],
 analyse="""<p><b>Lasten: nadeel € 551.000.</b> Het opruimen en herstellen van stormschade aan bomen kostte € 214.000; hiervoor was
geen budget. Het versnelde herstel van de Dorpsstraat leidde tot € 318.000 extra onderhoudskosten. Door een lange vorstperiode in
januari waren de kosten van gladheidsbestrijding € 96.000 hoger. Daartegenover staat een voordeel van € 77.000 op de vervanging van
de openbare verlichting, omdat de levering van armaturen vertraagd is. De onttrekking aan de reserve vervanging openbare
verlichting is daardoor ook € 77.000 lager.</p>
<p><b>Baten: voordeel € 113.000.</b> De opbrengst rioolheffing was € 92.000 hoger door meer aansluitingen in Hoge Weide. Dit bedrag is,
conform beleid, toegevoegd aan de egalisatiereserve riolering. Overige baten: € 21.000 voordeel.</p>"""),
'P3': dict(num=3, title="Werk, inkomen en economie",
 bereiken="""<p>Zoveel mogelijk inwoners doen mee naar vermogen, bij voorkeur via betaald werk. Wie dat (nog) niet kan, krijgt
inkomensondersteuning. Lindewaard heeft een gezond ondernemersklimaat met een levendig centrum.</p>""",
 gedaan="""<ul><li>Eind 2024 ontvingen 1.172 huishoudens een bijstandsuitkering; in de begroting gingen wij uit van 1.236 huishoudens.</li>
<li>Via het Werkplein vonden 163 inwoners met een uitkering betaald werk (2023: 141).</li>
<li>Ongeveer 640 huishoudens maakten gebruik van de Meedoenregeling voor minima.</li>
<li>Het ondernemersfonds centrum Lindewaard is samen met de ondernemersvereniging opgericht.</li></ul>""",
 ind=[("Personen met een bijstandsuitkering", "per 10.000 inw.", "275", "281"), ("Banen", "per 1.000 inw. 15-74 jr", "712,4", "704,9"),
      ("Werkloze jongeren", "%", "1,4%", "1,6%")],
 analyse="""<p><b>Lasten: voordeel € 711.000.</b> Doordat minder huishoudens een bijstandsuitkering nodig hadden, waren de
uitkeringslasten € 604.000 lager dan begroot. Er werd minder beroep gedaan op de bijzondere bijstand (€ 107.000 voordeel).</p>
<p><b>Baten: nadeel € 527.000.</b> De rijksbijdrage voor de bijstand (BUIG) is bij de definitieve vaststelling € 489.000 lager
uitgevallen. Daarnaast is € 38.000 minder teruggevorderd en verhaald dan geraamd.</p>"""),
'P4': dict(num=4, title="Jeugd en onderwijs",
 bereiken="""<p>Kinderen en jongeren in Lindewaard groeien veilig en gezond op en krijgen goed onderwijs. Als het thuis of op school
niet goed gaat, is er tijdig passende hulp, zo dicht mogelijk bij huis.</p>""",
 gedaan="""<ul><li>In 2024 ontvingen 1.094 jeugdigen een vorm van jeugdhulp. Het aantal jeugdigen in een vorm van jeugdhulp met verblijf
kwam uit op 61, terwijl wij uitgingen van 48.</li>
<li>Brede school De Klimop in Hoeve is in gebruik genomen.</li>
<li>Voor leerlingenvervoer zijn meer leerlingen overgestapt op een OV-vergoeding of fietsbegeleiding.</li></ul>""",
 ind=[("Jongeren met jeugdhulp", "%", "11,8%", "11,2%"), ("Jongeren met jeugdbescherming", "%", "1,1%", "1,0%"),
      ("Absoluut verzuim", "per 1.000 leerlingen", "2,1", "2,4")],
 analyse="""<p><b>Lasten: nadeel € 1.144.000.</b> De kosten voor jeugdhulp met verblijf lagen € 862.000 hoger dan begroot. Ook
de ambulante jeugdhulp is duurder uitgevallen: € 391.000 nadeel. Bij het leerlingenvervoer is een voordeel van € 109.000
gerealiseerd. De extra inzet op jeugdhulp van € 900.000 is zoals begroot gedekt uit de reserve sociaal domein.</p>
<p><b>Baten: nadeel € 25.000.</b> Dit betreft kleine verschillen op ouderbijdragen en huuropbrengsten van schoolgebouwen.</p>"""),
'P5': dict(num=5, title="Zorg, welzijn en sport",
 bereiken="""<p>Inwoners kunnen zo lang mogelijk zelfstandig en gezond blijven wonen en meedoen in hun eigen omgeving. Sport en
cultuur zijn voor iedereen bereikbaar.</p>""",
 gedaan="""<ul><li>1.046 inwoners ontvingen hulp bij het huishouden (2023: 1.103).</li>
<li>Het sociaal wijkteam voerde circa 2.350 keukentafelgesprekken.</li>
<li>De sportdeelname onder volwassenen steeg tot 54,8%.</li>
<li>Bibliotheek Lindewaard ontving 118.000 bezoekers.</li></ul>""",
 ind=[("Cliënten met een maatwerkarrangement Wmo", "per 10.000 inw.", "612", "690"), ("Niet-sporters", "%", "45,2%", "47,0%"),
      ("Ervaren gezondheid (goed/zeer goed)", "%", "79,0%", "77,6%")],
 analyse="""<p><b>Lasten: voordeel € 635.000.</b> Voor hulp bij het huishouden is € 528.000 minder uitgegeven, omdat het aantal
cliënten daalde. Op hulpmiddelen en woningaanpassingen ontstond een voordeel van € 143.000. De energiekosten van sporthal
De Wielewaal waren € 36.000 hoger dan begroot.</p>
<p><b>Baten: voordeel € 133.000.</b> De eigen bijdragen Wmo via het CAK waren € 97.000 hoger en de verhuur van
sportaccommodaties leverde € 36.000 meer op.</p>"""),
'P6': dict(num=6, title="Wonen, ruimte en duurzaamheid",
 bereiken="""<p>Er is voldoende betaalbare woonruimte voor alle doelgroepen. Lindewaard vermindert de CO2-uitstoot en het
restafval en bereidt zich voor op klimaatverandering.</p>""",
 gedaan="""<ul><li>In totaal zijn in 2024 214 nieuwe woningen opgeleverd, waarvan 86 sociale huurwoningen in Hoge Weide.</li>
<li>Met de isolatieaanpak zijn 412 koopwoningen geïsoleerd; het programma loopt vertraging op door beperkte capaciteit van aannemers.</li>
<li>De hoeveelheid restafval daalde naar 131 kilo per inwoner (2023: 142 kilo).</li></ul>""",
 ind=[("Nieuw gebouwde woningen", "per 1.000 woningen", "11,3", "9,8"), ("Omvang huishoudelijk restafval", "kg per inwoner", "131", "142"),
      ("Hernieuwbare elektriciteit", "%", "24,6%", "21,9%")],
 analyse="""<p><b>Lasten: voordeel € 931.000.</b> Van het budget voor de isolatieaanpak is € 568.000 niet besteed; de onttrekking aan de
reserve duurzaamheid is met hetzelfde bedrag verlaagd. In de grondexploitatie Hoge Weide zijn minder kosten gemaakt (€ 301.000),
omdat de verkoop van een bouwkavel naar 2025 is verschoven. De kosten van afvalverwerking waren € 62.000 lager.</p>
<p><b>Baten: nadeel € 212.000.</b> De leges omgevingsvergunningen bleven € 387.000 achter bij de raming, vooral omdat twee grote
bouwprojecten later zijn aangevraagd. De opbrengst uit grondverkopen was € 301.000 lager (zie lasten). Daartegenover staan een hogere
tussentijdse winstneming op Hoge Weide van € 434.000, die is toegevoegd aan de reserve grondexploitatie, en een € 42.000 hogere
opbrengst afvalstoffenheffing.</p>"""),
}
for k in ['P1', 'P2', 'P3', 'P4', 'P5', 'P6']:
    t = PROGTXT[k]
    H.append('<div class="pb"></div>')
    if k == 'P1': H.append('<div class="chap" style="font-size:13pt">1.2 Programmaverantwoording</div>')
    H.append(f'<div class="chap">Programma {t["num"]} {t["title"]}</div>')
    H.append(row("Wat wilden we bereiken?", t['bereiken']))
    H.append(row("Wat hebben we daarvoor gedaan?", t['gedaan']))
    H.append(row("Beleidsindicatoren", tbl(["Indicator", "Eenheid", "Lindewaard<br>2024", "Lindewaard<br>2023"], t['ind'],
                                          widths=["46%", "24%", "15%", "15%"])))
    H.append(row("Wat heeft het gekost?", prog_table(k, f"Programma {t['num']}")))
    H.append(row("Analyse van de verschillen", t['analyse']))

# ---------------- ADM / overhead / onvoorzien ----------------
H.append('<div class="pb"></div><div class="chap">Algemene dekkingsmiddelen, overhead en onvoorzien</div>')
ADMR = [("Onroerendezaakbelastingen", 8642, 8783), ("Toeristenbelasting", 312, 339),
        ("Algemene uitkering gemeentefonds", 66209, 67337), ("Dividenden", 286, 373), ("Treasury (rente)", 410, 439)]
assert sum(r[1] for r in ADMR) == P['ADM']['b'][1] and sum(r[2] for r in ADMR) == P['ADM']['b'][2], (sum(r[1] for r in ADMR), P['ADM']['b'])
R = [[a, f(b), f(c), vn(c - b)] for a, b, c in ADMR]
R.append(("tot", ["Totaal algemene dekkingsmiddelen", f(P['ADM']['b'][1]), f(P['ADM']['b'][2]), vn(db('ADM'))]))
H.append(row("Overzicht algemene dekkingsmiddelen", tbl(["Baten", "Begroting 2024<br>na wijziging", "Rekening<br>2024", "Verschil"], R,
             scale="x €1.000", widths=["46%", "19%", "17%", "18%"]) + """
<p style="margin-top:2mm">De algemene uitkering uit het gemeentefonds viel € 1.128.000 hoger uit dan in de begroting na wijziging. Dit komt
door de septembercirculaire en decembercirculaire 2024; € 436.000 daarvan is een eenmalige uitkering. De OZB leverde € 141.000 meer
op door nieuwbouw in Hoge Weide. Het dividend van BNG Bank en Waterbedrijf Noordvallei was samen € 87.000 hoger. De treasury leverde
€ 29.000 extra op door rente over de tijdelijk uitgezette middelen in de schatkist.</p>"""))
H.append(row("Wat heeft het gekost?", prog_table('ADM', "Algemene dekkingsmiddelen") +
             '<p style="margin-top:2mm">De lasten zijn € 46.000 hoger door meer kwijtschelding van gemeentelijke belastingen: 386 huishoudens kregen '
             'kwijtschelding, tegen 331 in 2023. De toevoeging aan de algemene reserve van € 1.850.000 is gedaan conform het raadsbesluit bij de voorjaarsnota 2024.</p>'))
H.append(row("Overhead", prog_table('OH', "Overhead") + '<p style="margin-top:2mm">Het nadeel op de lasten van € 217.000 ontstaat door € 251.000 extra '
             'inhuur bij ICT tijdens de migratie naar de cloud, terwijl de huisvestingskosten € 34.000 lager waren. De baten (detachering van personeel) waren € 78.000 hoger.</p>'))
H.append(row("Onvoorzien en vennootschapsbelasting", f"""<p>Van de post onvoorzien van € 100.000 in de primitieve begroting is bij de
tweede bestuursrapportage € 75.000 ingezet voor de extra avondopenstellingen bij Publiekszaken. Het restant van € 25.000 is niet gebruikt.
Over 2024 is geen vennootschapsbelasting verschuldigd; de grondexploitatie Hoge Weide blijft onder de fiscale vrijstelling.</p>"""))

# ---------------- paragrafen: lokale heffingen, weerstandsvermogen ----------------
H.append('<div class="pb"></div><div class="chap">1.3 Paragrafen</div>')
H.append(row("Lokale heffingen", """<p>De tarieven voor 2024 zijn in december 2023 door de raad vastgesteld. De OZB-tarieven stegen met de
inflatiecorrectie van 6,0%, gecorrigeerd voor de waardeontwikkeling van de WOZ-waarden.</p>"""))
R = [["OZB woningen – eigenaar", "0,0912%", "0,0874%"], ["OZB niet-woningen – eigenaar", "0,2214%", "0,2093%"],
     ["OZB niet-woningen – gebruiker", "0,1795%", "0,1702%"], ["Afvalstoffenheffing eenpersoonshuishouden", "€ 252", "€ 241"],
     ["Afvalstoffenheffing meerpersoonshuishouden", "€ 336", "€ 321"], ["Rioolheffing per aansluiting", "€ 248", "€ 236"],
     ["Toeristenbelasting per persoon per nacht", "€ 1,85", "€ 1,70"]]
H.append(row("Tarieven", tbl(["Heffing", "Tarief 2024", "Tarief 2023"], R, widths=["56%", "22%", "22%"])))
HEF = [("Onroerendezaakbelastingen", 8642, 8783), ("Afvalstoffenheffing", 5486, 5528), ("Rioolheffing", 4710, 4802),
       ("Toeristenbelasting", 312, 339), ("Leges omgevingsvergunningen", 1240, 853), ("Leges burgerzaken", 610, 748)]
HT = (sum(h[1] for h in HEF), sum(h[2] for h in HEF))
R = [[a, f(b), f(c)] for a, b, c in HEF] + [("tot", ["Totaal", f(HT[0]), f(HT[1])])]
H.append(row("Opbrengsten", tbl(["Opbrengst heffingen", "Begroting 2024<br>na wijziging", "Rekening<br>2024"], R,
             scale="(bedragen in duizenden euro's)", widths=["56%", "22%", "22%"])))
H.append(row("Woonlasten", f"""<p>Een meerpersoonshuishouden met een woning van gemiddelde WOZ-waarde (€ 331.000) betaalde in 2024 € 302 OZB,
€ 336 afvalstoffenheffing en € 248 rioolheffing: samen € {f(WOONL)} aan woonlasten. Dat is € {952 - WOONL} minder dan het landelijk gemiddelde van € 952.
Voor een eenpersoonshuishouden kwamen de woonlasten uit op € 802.</p>
<p>In 2024 zijn 412 verzoeken om kwijtschelding ingediend; 386 daarvan zijn (gedeeltelijk) toegekend. Het totaal kwijtgescholden bedrag was € 214.600.</p>"""))
H.append(row("Weerstandsvermogen en risicobeheersing", f"""<p>Het weerstandsvermogen geeft aan in hoeverre de gemeente in staat is
financiële tegenvallers op te vangen zonder het beleid te hoeven aanpassen. De beschikbare weerstandscapaciteit bestaat uit de
algemene reserve (€ {f(AR_END)}.000 na verwerking van de mutaties 2024) en de onbenutte belastingcapaciteit (€ 2.318.000).</p>"""))
R = [["Beschikbare weerstandscapaciteit (A)", eur(WC * 1000), "€ 17.930.000"], ["Benodigde weerstandscapaciteit (B)", eur(WB * 1000), "€ 10.840.000"],
     ("b", ["Ratio weerstandsvermogen (A / B)", str(WR).replace(".", ","), "1,65"]), ["Waardering", "B – ruim voldoende", "B – ruim voldoende"]]
assert round(17930 / 10840, 2) == 1.65
H.append(row("Ratio weerstandsvermogen", tbl(["", "31-12-2024", "31-12-2023"], R, widths=["50%", "25%", "25%"]) + """
<p style="margin-top:2mm">De raad heeft als norm een ratio tussen 1,4 en 2,0 (waardering B) vastgesteld. De belangrijkste risico's zijn de
open-einde-regelingen in het sociaal domein (jeugdhulp en Wmo), de ontwikkeling van de algemene uitkering vanaf 2026 (het ‘ravijnjaar’)
en de afzetrisico's in de grondexploitatie.</p>"""))

# ---------------- kengetallen, financiering, verbonden partijen ----------------
H.append('<div class="pb"></div>')
R = [[a, pc(b), pc(c), pc(d)] for a, b, c, d in KG]
H.append(row("Financiële kengetallen", tbl(["Kengetal", "Rekening<br>2023", "Begroting<br>2024", "Rekening<br>2024"], R, widths=["52%", "16%", "16%", "16%"]) + f"""
<p style="margin-top:2mm">De netto schuldquote daalde van {pc(KG[0][1])} naar {pc(KG[0][3])}, doordat er in 2024 geen nieuwe langlopende lening is
aangetrokken en € 4.450.000 is afgelost. De solvabiliteit bleef met {pc(KG[2][3])} vrijwel gelijk. Volgens de signaleringswaarden van de
provincie vallen alle kengetallen in categorie A (minst risicovol), behalve de netto schuldquote en de solvabiliteitsratio, die in
categorie B vallen. Wij beoordelen de financiële positie van Lindewaard als voldoende.</p>"""))
H.append(row("Financiering", f"""<p>De vaste schuld bestond eind 2024 uit onderhandse leningen voor een bedrag van € 96,8 miljoen (eind 2023:
€ 101,3 miljoen). Dat is afgerond € {f(round(PAS['onderh'][0] * 1000 / INW))} per inwoner. De gemiddelde rente op de portefeuille bedroeg 1,94%.</p>"""))
R = [["Begrotingstotaal 2024", "€ 122.239.000"], ["Kasgeldlimiet (8,5%)", "€ 10.390.000"], ["Gemiddelde netto vlottende schuld", "€ 7.812.000"],
     ["Renterisiconorm (20%)", "€ 24.448.000"], ["Renterisico op vaste schuld (aflossingen)", "€ 4.450.000"]]
assert round(122239 * 0.085) == 10390 and round(122239 * 0.2) == 24448 and tot['l'][1] + tot['t'][1] == 122239
assert PAS['onderh'][1] - PAS['onderh'][0] == 4450
H.append(row("Kasgeldlimiet en renterisiconorm", tbl(["Wet Fido", "2024"], R, widths=["70%", "30%"]) +
             '<p style="margin-top:2mm">Zowel de kasgeldlimiet als de renterisiconorm zijn in 2024 in alle kwartalen nageleefd.</p>'))
R = [["Veiligheidsregio Noordvallei", "GR", "3.412", "-"], ["GGD Noordvallei", "GR", "1.244", "-"],
     ["Omgevingsdienst Noordvallei", "GR", "1.386", "-"], ["Afvalschap Lindewaard-Noord", "GR", "4.987", "-"],
     ["Werkbedrijf De Schakel", "GR", "3.906", "-"], ["BNG Bank N.V.", "deelneming", "-", "204"],
     ["Waterbedrijf Noordvallei N.V.", "deelneming", "-", "169"]]
assert 204 + 169 == 373
H.append(row("Verbonden partijen", tbl(["Verbonden partij", "Vorm", "Bijdrage<br>2024", "Dividend<br>2024"], R, scale="x € 1.000",
             widths=["46%", "18%", "18%", "18%"]) + """<p style="margin-top:2mm">De bijdrage aan Werkbedrijf De Schakel is inclusief de
uitvoering van de Wsw en beschut werk. Het Afvalschap sloot 2024 af met een positief resultaat; ons aandeel van € 62.000 is verrekend met de bijdrage.</p>"""))

# ---------------- jaarrekening: overzicht baten en lasten + incidenteel ----------------
H.append('<div class="pb"></div><div class="chap">2. Jaarrekening</div>')
R = [("sec", "Lasten")]
for p in progs:
    R.append([p['name']] + [f(-x) if x else "-" for x in p['l']] + [f(p['l'][1] - p['l'][2]) if p['l'][1] - p['l'][2] else "-"])
R.append(("b", ["Totaal lasten"] + [f(-x) for x in tot['l']] + [f(tot['l'][1] - tot['l'][2])]))
R.append(("sec", "Baten"))
for p in progs:
    if p['key'] == 'ONV': continue
    R.append([p['name']] + [z(x) for x in p['b']] + [z(p['b'][2] - p['b'][1])])
R.append(("b", ["Totaal baten"] + [f(x) for x in tot['b']] + [f(tot['b'][2] - tot['b'][1])]))
R.append(("b", ["Gerealiseerd totaal saldo van baten en lasten"] + [f(x) for x in tot['s']] + [f(tot['s'][2] - tot['s'][1])]))
R.append(["Toevoegingen aan reserves"] + [f(-x) for x in tot['t']] + [f(tot['t'][1] - tot['t'][2])])
R.append(["Onttrekkingen aan reserves"] + [f(x) for x in tot['o']] + [f(tot['o'][2] - tot['o'][1])])
R.append(("tot", ["Gerealiseerd resultaat"] + [f(x) for x in tot['r']] + [f(tot['r'][2] - tot['r'][1])]))
H.append('<div class="full">' + tbl(["2.1 Overzicht van baten en lasten over 2024", "Begroting 2024<br>primitief", "Begroting 2024<br>na wijziging",
         "Rekening<br>2024", "Verschil"], R, scale="Bedragen x € 1.000; lasten negatief, verschil positief = voordeel",
         widths=["44%", "14%", "14%", "14%", "14%"]) + "</div>")
R = [("sec", "Incidentele lasten")]
for pr, n, a, b in INC_L: R.append([pr, n, z(a), z(b)])
R.append(("b", ["", "Totaal incidentele lasten", f(INC_LT[0]), f(INC_LT[1])]))
R.append(("sec", "Incidentele baten"))
for pr, n, a, b in INC_B: R.append([pr, n, z(a), z(b)])
R.append(("b", ["", "Totaal incidentele baten", f(INC_BT[0]), f(INC_BT[1])]))
R.append(("tot", ["", "Saldo incidentele baten en lasten", f(INC_BT[0] - INC_LT[0]), f(INC_BT[1] - INC_LT[1])]))
H.append('<div class="full">' + tbl(["Programma", "Omschrijving", "Begroting 2024<br>na wijziging", "Rekening<br>2024"], R,
         caption="2.2 Overzicht incidentele baten en lasten", scale="(bedragen in €)", widths=["12%", "56%", "16%", "16%"], left=(0, 1)) + "</div>")
H.append(f'<p class="note">Het structurele saldo van de rekening 2024 (het resultaat van € {f(RES)}.000 exclusief het saldo van incidentele baten en lasten en exclusief '
         f'incidentele onttrekkingen (€ {f(INC_O)}.000) en toevoegingen (€ {f(INC_T)}.000) aan reserves) bedraagt € {f(STRUCT)}.000 positief. Hierin is een structureel '
         'nadeel op jeugdhulp van circa € 1,2 miljoen opgevangen; dit nadeel is in de voorjaarsnota 2025 meerjarig verwerkt.</p>')

# ---------------- balans ----------------
def b2(lbl, key, src, cls=None):
    r = [lbl, f(src[key][0]), f(src[key][1])]
    return (cls, r) if cls else r
H.append('<div class="pb"></div><div class="chap">2.3 Balans per 31 december 2024</div>')
A = ACT
mva = (A['ecn'][0] + A['ecnh'][0] + A['man'][0], A['ecn'][1] + A['ecnh'][1] + A['man'][1])
fva = (A['deeln'][0] + A['woco'][0] + A['ovl'][0], A['deeln'][1] + A['woco'][1] + A['ovl'][1])
vaste = (A['immat'][0] + mva[0] + fva[0], A['immat'][1] + mva[1] + fva[1])
uitz = (A['vordol'][0] + A['schatk'][0] + A['ovvord'][0], A['vordol'][1] + A['schatk'][1] + A['ovvord'][1])
vlot = tuple(A['voorr'][i] + uitz[i] + A['liq'][i] + A['ovla'][i] for i in (0, 1))
assert vaste[0] + vlot[0] == BT[0] and vaste[1] + vlot[1] == BT[1]
R = [("sec", "Vaste activa"), b2("Immateriële vaste activa", 'immat', A),
     ["Materiële vaste activa", "", ""], b2("&nbsp;&nbsp;– investeringen met economisch nut", 'ecn', A),
     b2("&nbsp;&nbsp;– investeringen met economisch nut, waarvoor ter bestrijding van de kosten een heffing kan worden geheven", 'ecnh', A),
     b2("&nbsp;&nbsp;– investeringen in de openbare ruimte met uitsluitend maatschappelijk nut", 'man', A),
     ("b", ["Totaal materiële vaste activa", f(mva[0]), f(mva[1])]),
     ["Financiële vaste activa", "", ""], b2("&nbsp;&nbsp;– kapitaalverstrekkingen aan deelnemingen", 'deeln', A),
     b2("&nbsp;&nbsp;– leningen aan woningbouwcorporaties", 'woco', A), b2("&nbsp;&nbsp;– overige langlopende leningen", 'ovl', A),
     ("b", ["Totaal financiële vaste activa", f(fva[0]), f(fva[1])]),
     ("b", ["Totaal vaste activa", f(vaste[0]), f(vaste[1])]),
     ("sec", "Vlottende activa"), b2("Voorraden: bouwgronden in exploitatie", 'voorr', A),
     ["Uitzettingen met een rentetypische looptijd korter dan één jaar", "", ""],
     b2("&nbsp;&nbsp;– vorderingen op openbare lichamen", 'vordol', A), b2("&nbsp;&nbsp;– uitzettingen in ’s Rijks schatkist", 'schatk', A),
     b2("&nbsp;&nbsp;– overige vorderingen", 'ovvord', A), ("b", ["Totaal uitzettingen", f(uitz[0]), f(uitz[1])]),
     b2("Liquide middelen", 'liq', A), b2("Overlopende activa", 'ovla', A),
     ("b", ["Totaal vlottende activa", f(vlot[0]), f(vlot[1])]),
     ("tot", ["Totaal activa", f(BT[0]), f(BT[1])])]
H.append('<div class="full">' + tbl(["ACTIVA", "31-12-2024", "31-12-2023"], R, scale="(bedragen in duizenden euro's)", widths=["64%", "18%", "18%"]) + "</div>")
PA = PAS
ev = (EV24, EV23)
vs = (PA['onderh'][0] + PA['waarb'][0], PA['onderh'][1] + PA['waarb'][1])
vastp = tuple(ev[i] + PA['voorz'][i] + vs[i] for i in (0, 1))
vlotp = tuple(PA['nvs'][i] + PA['ovlp'][i] for i in (0, 1))
assert vastp[0] + vlotp[0] == BT[0] and vastp[1] + vlotp[1] == BT[1]
R = [("sec", "Vaste passiva"), ["Eigen vermogen", "", ""], ["&nbsp;&nbsp;– algemene reserve", f(AR_END), f(AR_BEGIN)],
     ["&nbsp;&nbsp;– bestemmingsreserves", f(BR_END), f(BR_BEGIN)], ["&nbsp;&nbsp;– gerealiseerd resultaat", f(RES), f(RES2023)],
     ("b", ["Totaal eigen vermogen", f(EV24), f(EV23)]), b2("Voorzieningen", 'voorz', PA),
     ["Vaste schulden met een rentetypische looptijd van één jaar of langer", "", ""],
     b2("&nbsp;&nbsp;– onderhandse leningen van binnenlandse banken en overige financiële instellingen", 'onderh', PA),
     b2("&nbsp;&nbsp;– waarborgsommen", 'waarb', PA), ("b", ["Totaal vaste schulden", f(vs[0]), f(vs[1])]),
     ("b", ["Totaal vaste passiva", f(vastp[0]), f(vastp[1])]),
     ("sec", "Vlottende passiva"), b2("Netto vlottende schulden met een rentetypische looptijd korter dan één jaar", 'nvs', PA),
     b2("Overlopende passiva", 'ovlp', PA), ("b", ["Totaal vlottende passiva", f(vlotp[0]), f(vlotp[1])]),
     ("tot", ["Totaal passiva", f(BT[0]), f(BT[1])])]
H.append('<div class="pb"></div><div class="full">' + tbl(["PASSIVA", "31-12-2024", "31-12-2023"], R, scale="(bedragen in duizenden euro's)", widths=["64%", "18%", "18%"]) + "</div>")
H.append('<p class="note">Gewaarborgde geldleningen: per 31 december 2024 staat de gemeente borg voor € 3,9 miljoen aan leningen van sportverenigingen '
         'en zorginstellingen (2023: € 4,2 miljoen). Voor leningen van woningcorporaties via het WSW staat de gemeente achtervang voor € 212,6 miljoen.</p>')

# ---------------- reserves + WNT ----------------
H.append('<div class="chap" style="margin-top:6mm">2.4 Reserves</div>')
R = [[n, f(a), z(b), z(c), z(d), f(e)] for n, a, b, c, d, e in RESV]
R.append(("tot", ["Totaal reserves", f(sum(r[1] for r in RESV)), f(RES2023), f(tot['t'][2]), f(tot['o'][2]), f(sum(r[5] for r in RESV))]))
H.append('<div class="full">' + tbl(["Reserve", "Saldo<br>31-12-2023", "Bestemming<br>resultaat 2023", "Toevoe-<br>gingen", "Onttrek-<br>kingen", "Saldo<br>31-12-2024"], R,
         scale="x € 1.000", widths=["36%", "13%", "13%", "12%", "12%", "14%"]) + "</div>")
H.append(row("Toelichting", """<p>Het resultaat 2023 van € 1.318.000 is bij de vaststelling van de jaarstukken 2023 voor € 400.000 toegevoegd aan de reserve
duurzaamheid (overheveling isolatieaanpak) en voor € 918.000 aan de algemene reserve. De reserve sociaal domein daalde met € 1.140.000 tot
€ 1.310.000, doordat zowel de extra inzet jeugdhulp als de impuls participatie uit deze reserve zijn gedekt.</p>"""))
H.append('<div class="pb"></div><div class="chap">2.5 Verantwoording Wet normering topinkomens (WNT)</div>')
H.append(row("Toelichting WNT", """<p>Het bezoldigingsmaximum in 2024 voor gemeenten is € 233.000 (algemeen bezoldigingsmaximum). Bij een deeltijdfunctie
geldt het maximum naar rato van de omvang van het dienstverband. Naast de hieronder vermelde topfunctionarissen zijn er geen andere
functionarissen met een bezoldiging boven het maximum.</p>"""))
def wrows(yr, idx):
    out = [("sec", f"Gegevens {yr}")]
    vals = [w[idx] for w in WNT]
    out.append(["Aanvang en einde functievervulling in " + yr] + [v[0] for v in vals])
    out.append(["Omvang dienstverband (als deeltijdfactor in fte)"] + [v[1] for v in vals])
    out.append(["Dienstbetrekking?"] + ["ja" for v in vals])
    out.append(["Beloning plus belastbare onkostenvergoedingen"] + [eur(v[2]) for v in vals])
    out.append(["Beloningen betaalbaar op termijn"] + [eur(v[3]) for v in vals])
    out.append(("b", ["Subtotaal"] + [eur(v[2] + v[3]) for v in vals]))
    out.append(["Individueel toepasselijk bezoldigingsmaximum"] + [eur(v[4]) for v in vals])
    out.append(["-/- Onverschuldigd betaald en nog niet terugontvangen bedrag"] + ["N.v.t." for v in vals])
    out.append(("b", ["Bezoldiging"] + [eur(v[2] + v[3]) for v in vals]))
    return out
R = [["Functiegegevens"] + [w[0] for w in WNT], ["Naam"] + [w[1] for w in WNT]] + wrows("2024", 2) + wrows("2023", 3)
H.append('<div class="full">' + tbl(["Leidinggevende topfunctionarissen met dienstbetrekking", "", ""], R, scale="bedragen x € 1",
         widths=["52%", "24%", "24%"]) + "</div>")

# ---------------- bijlage taakvelden (continued on next page) ----------------
def par(n): return f"({f(-n)})" if n < 0 else (f(n) if n else "-")
TVR = [[c, n, z(l), z(b), par(b - l)] for c, n, l, b, _ in TV]
split = 30
head = ["Taakveld", "Omschrijving", "Lasten", "Baten", "Saldo"]
W = ["10%", "51%", "13%", "13%", "13%"]
H.append('<div class="pb"></div><div class="chap">Bijlage: Overzicht baten en lasten per taakveld</div>')
H.append('<p class="note">Conform artikel 17 BBV. Rekening 2024, bedragen x € 1.000. Een negatief saldo staat tussen haakjes.</p>')
H.append('<div class="full">' + tbl(head, TVR[:split], widths=W, left=(0, 1)) + "</div>")
H.append('<div class="pb"></div><div class="cap">Overzicht baten en lasten per taakveld (vervolg)</div>')
rest = TVR[split:] + [("b", ["", "Totaal taakvelden (exclusief 0.10 en 0.11)", f(TVL), f(TVB), par(TVB - TVL)]),
                      ["0.10", "Mutaties reserves", f(tot['t'][2]), f(tot['o'][2]), par(tot['o'][2] - tot['t'][2])],
                      ("tot", ["0.11", "Resultaat van de rekening van baten en lasten", "", "", par(TVB - TVL + tot['o'][2] - tot['t'][2])])]
assert TVB - TVL + tot['o'][2] - tot['t'][2] == RES
H.append('<div class="full">' + tbl(head, rest, widths=W, left=(0, 1)) + "</div>")
H.append("</body></html>")
open("lindewaard-jaarstukken-2024.html", "w").write("\n".join(H))
print("written")
