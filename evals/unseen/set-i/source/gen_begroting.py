# Generator for the fictional "Programmabegroting 2025 gemeente Brakelsveen".
# Writes brakelsveen-programmabegroting-2025.html and facts.json (all figures used).
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
YEARS = ["R2023", "B2024", "B2025", "2026", "2027", "2028"]

def nl(n, zero="-"):
    if n == 0:
        return zero
    s = f"{abs(n):,}".replace(",", ".")
    return ("-" + s) if n < 0 else s

def par(n, zero="-"):
    if n == 0:
        return zero
    s = f"{abs(n):,}".replace(",", ".")
    return f"({s})" if n < 0 else s

def eur(n, zero="-"):
    if n == 0:
        return zero
    s = f"{abs(n):,}".replace(",", ".")
    return ("€ -" + s) if n < 0 else "€ " + s

def dec(x, d=1):
    s = f"{x:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")

# ---------------------------------------------------------------- programmes
PROGS = [
  ("1", "Bestuur en Dienstverlening", [
    ("0.1", "Bestuur", 2914, 12),
    ("0.2", "Burgerzaken", 1486, 542),
    ("0.3", "Beheer overige gebouwen en gronden", 688, 231)],
   ([.94, .98, 1, .99, 1.005, 1.01], [.97, .99, 1, 1, 1, 1])),
  ("2", "Veilig Brakelsveen", [
    ("1.1", "Crisisbeheersing en brandweer", 2947, 0),
    ("1.2", "Openbare orde en veiligheid", 1263, 97)],
   ([.91, .96, 1, 1.02, 1.035, 1.05], [1.12, .98, 1, 1, 1, 1])),
  ("3", "Meedoen en Ondersteunen", [
    ("6.1", "Samenkracht en burgerparticipatie", 3126, 184),
    ("6.21", "Toegang en eerstelijnsvoorzieningen Wmo", 1042, 0),
    ("6.22", "Toegang en eerstelijnsvoorzieningen Jeugd", 1318, 0),
    ("6.3", "Inkomensregelingen", 11874, 9215),
    ("6.4", "WSW en beschut werk", 2261, 0),
    ("6.5", "Arbeidsparticipatie", 1507, 126),
    ("6.60", "Hulpmiddelen en diensten (Wmo)", 1186, 34),
    ("6.711", "Huishoudelijke hulp (Wmo)", 3052, 287),
    ("6.712", "Begeleiding (Wmo)", 1634, 0),
    ("6.713", "Dagbesteding (Wmo)", 948, 0),
    ("6.752", "Jeugdhulp ambulant regionaal", 5893, 0),
    ("6.762", "Jeugdhulp met verblijf regionaal", 2417, 0),
    ("6.792", "Pgb Jeugd", 392, 0),
    ("6.821", "Jeugdbescherming", 512, 0),
    ("6.91", "Coördinatie en beleid Wmo", 436, 0),
    ("6.92", "Coördinatie en beleid Jeugd", 401, 0),
    ("7.1", "Volksgezondheid", 1987, 46)],
   ([.90, .97, 1, 1.012, 1.027, 1.041], [.93, .98, 1, 1.005, 1.01, 1.015])),
  ("4", "Wonen, Ruimte en Bereikbaarheid", [
    ("2.1", "Verkeer en vervoer", 5412, 318),
    ("2.2", "Parkeren", 187, 264),
    ("3.1", "Economische ontwikkeling", 512, 0),
    ("3.3", "Bedrijvenloket en bedrijfsregelingen", 164, 121),
    ("5.7", "Openbaar groen en (openlucht) recreatie", 4286, 142),
    ("7.2", "Riolering", 3105, 3962),
    ("7.3", "Afval", 4618, 5344),
    ("7.4", "Milieubeheer", 1734, 228),
    ("7.5", "Begraafplaatsen en crematoria", 346, 301),
    ("8.1", "Ruimte en leefomgeving", 1892, 245),
    ("8.2", "Grondexploitatie (niet-bedrijventerreinen)", 2740, 3105),
    ("8.3", "Wonen en bouwen", 1318, 1476)],
   ([.88, 1.04, 1, .985, .97, .992], [.86, 1.01, 1, 1.021, .968, .975])),
  ("5", "Onderwijs, Sport en Cultuur", [
    ("4.2", "Onderwijshuisvesting", 2864, 96),
    ("4.3", "Onderwijsbeleid en leerlingzaken", 2213, 687),
    ("5.1", "Sportbeleid en activering", 612, 38),
    ("5.2", "Sportaccommodaties", 2547, 862),
    ("5.3", "Cultuurpresentatie, cultuurproductie en cultuurparticipatie", 1174, 57),
    ("5.5", "Cultureel erfgoed", 298, 12),
    ("5.6", "Media", 846, 0)],
   ([.92, .97, 1, 1.03, 1.045, 1.04], [.95, .99, 1, 1.01, 1.01, 1.01])),
]

facts = {"prog": {}}
prog_tab = {}
for nr, name, tvs, (fl, fb) in PROGS:
    L25 = sum(t[2] for t in tvs); B25 = sum(t[3] for t in tvs)
    L = [round(L25 * f) for f in fl]; B = [round(B25 * f) for f in fb]
    L[2] = L25; B[2] = B25
    prog_tab[nr] = (name, tvs, L, B)
    facts["prog"][name] = {"L": L, "B": B, "S": [b - l for l, b in zip(L, B)],
                            "tv": [(c, n, l, b, b - l) for c, n, l, b in tvs]}

# overhead, vpb, onvoorzien (lasten), overhead baten
OH_L = [9012, 9544, 9736, 9812, 9905, 9988]
OH_B = [251, 214, 214, 214, 214, 214]
OH_2025_EUR = 9736418
VPB = [11, 18, 18, 18, 18, 18]
ONV = [0, 61, 63, 63, 63, 63]
# dekkingsmiddelen
DEK = {
  "OZB woningen": [5712, 5986, 6248, 6442, 6634, 6832],
  "OZB niet-woningen": [2301, 2418, 2517, 2594, 2672, 2752],
  "Toeristenbelasting": [367, 395, 412, 424, 437, 450],
  "Algemene uitkering gemeentefonds": None,
  "Dividenden": [412, 386, 386, 386, 386, 386],
  "Saldo financieringsfunctie": [208, 171, 166, 142, 118, 97],
  "Perceptiekosten belastingen": [-402, -421, -438, -447, -456, -465],
  "Overige baten en lasten": [-95, -168, -182, -176, -170, -164],
}
TOEV = [3412, 1860, 1285, 1102, 1095, 1110]
ONTT = [4108, 3947, 2318, 1476, 1021, 884]
TARGET = [1874, -623, 412, -186, 95, 1243]

AU = []
for i in range(6):
    ps = sum(prog_tab[k][3][i] - prog_tab[k][2][i] for k in prog_tab)
    dk = sum(v[i] for k, v in DEK.items() if v)
    rest = ps + dk + (OH_B[i] - OH_L[i]) - VPB[i] - ONV[i] - TOEV[i] + ONTT[i]
    AU.append(TARGET[i] - rest)
DEK["Algemene uitkering gemeentefonds"] = AU
DEK_TOT = [sum(v[i] for v in DEK.values()) for i in range(6)]
facts["dek"] = DEK; facts["dek_tot"] = DEK_TOT
facts["oh"] = {"L": OH_L, "B": OH_B, "eur2025": OH_2025_EUR}
facts["vpb"] = VPB; facts["onv"] = ONV; facts["toev"] = TOEV; facts["ontt"] = ONTT
facts["result"] = TARGET

PS = {k: [prog_tab[k][3][i] - prog_tab[k][2][i] for i in range(6)] for k in prog_tab}
SALDO_BL = [sum(PS[k][i] for k in PS) + DEK_TOT[i] + OH_B[i] - OH_L[i] - VPB[i] - ONV[i] for i in range(6)]
for i in range(6):
    assert SALDO_BL[i] - TOEV[i] + ONTT[i] == TARGET[i]
facts["saldo_bl"] = SALDO_BL

# total lasten / baten 2025 excl reserves (for één oogopslag)
i = 2
prog_L = {k: prog_tab[k][2][i] for k in prog_tab}
dek_lasten = 438 + 182 + 312  # perceptiekosten + overige lasten + treasury lasten
# treasury: baten 864, lasten 312 -> net dividend 386 + fin 166 = 552
TOT_L = sum(prog_L.values()) + OH_L[i] + VPB[i] + ONV[i] + dek_lasten
prog_B = {k: prog_tab[k][3][i] for k in prog_tab}
dek_baten = 6248 + 2517 + 412 + AU[i] + 864
TOT_B = sum(prog_B.values()) + OH_B[i] + dek_baten
assert TOT_B - TOT_L == SALDO_BL[i], (TOT_B - TOT_L, SALDO_BL[i])
facts["tot_L_2025"] = TOT_L; facts["tot_B_2025"] = TOT_B

# reserves 2025 (whole euros)
RES = [
  ("Algemene reserve", 9846215, 250000, 680000),
  ("Reserve sociaal domein", 2312480, 0, 545000),
  ("Reserve dekking kapitaallasten", 6118930, 0, 412650),
  ("Reserve IKC Noord", 1400000, 700000, 0),
  ("Reserve groot onderhoud wegen", 1046300, 185000, 310750),
  ("Reserve Omgevingswet en digitalisering", 384200, 0, 189000),
  ("Reserve kunst- en cultuurfonds", 126540, 0, 35000),
  ("Reserve energietransitie", 812000, 150000, 146000),
]
RES = [(n, a, t, o, a + t - o) for n, a, t, o in RES]
RES_TOT = [sum(r[j] for r in RES) for j in range(1, 5)]
assert round(RES_TOT[1] / 1000) == TOEV[2] and round(RES_TOT[2] / 1000) == ONTT[2]
facts["res"] = RES; facts["res_tot"] = RES_TOT

# investments (x 1.000)
INV = [
  ("Nieuwbouw IKC Noord", 11400, 1862, 5240, 3950),
  ("Renovatie sporthal De Brake", 3150, 2406, 744, 0),
  ("Vervanging kunstgrasveld 2 VV Brakelsveen", 520, 0, 520, 0),
  ("Reconstructie Stationsweg", 2780, 315, 1450, 1015),
  ("Vervanging riolering Oude Dorp, fase 2", 4260, 1180, 1640, 1440),
  ("Fietspad Veenweg (Brakel - Hoeve)", 1350, 95, 860, 395),
  ("Vervanging tractie buitendienst", 685, 0, 412, 273),
  ("Vervanging ICT-infrastructuur", 940, 510, 280, 150),
  ("Verduurzaming gemeentehuis", 2100, 0, 350, 1150),
]
INV = [(n, k, a, b, c, k - a - b - c) for n, k, a, b, c in INV]
INV_TOT = [sum(r[j] for r in INV) for j in range(1, 6)]
facts["inv"] = INV; facts["inv_tot"] = INV_TOT

# weerstandsvermogen
AR_END = RES[0][4]
WV = [("Algemene reserve (stand 31-12-2025)", AR_END),
      ("Onbenutte belastingcapaciteit OZB", 4912000),
      ("Post onvoorzien", 63000)]
WV_TOT = sum(v for _, v in WV)
BEN = 6870000
RATIO = WV_TOT / BEN
facts["wv"] = WV; facts["wv_tot"] = WV_TOT; facts["ben"] = BEN; facts["ratio"] = RATIO

# woonlasten
WOZ = {2024: 327000, 2025: 342000}
OZBT = {2024: 0.0921, 2025: 0.0968}
AFV = {2024: 312.00, 2025: 329.40}
RIO = {2024: 268.56, 2025: 279.84}
OZBB = {y: round(WOZ[y] * OZBT[y] / 100, 2) for y in WOZ}
WL = {y: round(OZBB[y] + AFV[y] + RIO[y], 2) for y in WOZ}
facts["woonlasten"] = WL; facts["ozb_bedrag"] = OZBB

OH_PCT = OH_L[2] / TOT_L * 100
facts["oh_pct"] = OH_PCT

# shares "van elke € 100"
share_items = [("Bestuur en Dienstverlening", prog_L["1"]), ("Veilig Brakelsveen", prog_L["2"]),
               ("Meedoen en Ondersteunen", prog_L["3"]), ("Wonen, Ruimte en Bereikbaarheid", prog_L["4"]),
               ("Onderwijs, Sport en Cultuur", prog_L["5"]), ("Overhead (organisatiekosten)", OH_L[2]),
               ("Overige lasten (o.a. rente, heffingen, onvoorzien)", TOT_L - sum(prog_L.values()) - OH_L[2])]
raw = [v / TOT_L * 10000 for _, v in share_items]
shares = [int(x) for x in raw]
rest = 10000 - sum(shares)
for j in sorted(range(len(raw)), key=lambda j: -(raw[j] - int(raw[j])))[:rest]:
    shares[j] += 1
assert sum(shares) == 10000
shares = [x / 100 for x in shares]
facts["shares"] = list(zip([n for n, _ in share_items], shares, raw))

json.dump(facts, open(os.path.join(HERE, "facts_begroting.json"), "w"), indent=1, ensure_ascii=False)

# ---------------------------------------------------------------- HTML
CSS = """
@page { size: A4; margin: 15mm 15mm 14mm 17mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; line-height: 1.3; color: #1d1d1b; }
h1 { font-size: 20pt; color: #005a70; margin: 0 0 6px 0; }
h2 { font-size: 15pt; color: #005a70; border-bottom: 2px solid #7fb800; padding-bottom: 3px; margin: 0 0 8px 0; }
h3 { font-size: 11pt; color: #005a70; margin: 12px 0 4px 0; }
h4 { font-size: 9.8pt; margin: 8px 0 3px 0; }
p { margin: 3px 0 6px 0; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 8px 0; font-size: 8.3pt; }
th { background: #005a70; color: #fff; font-weight: bold; padding: 3px 5px; text-align: right; vertical-align: bottom; }
th.l, td.l { text-align: left; }
td { padding: 1.8px 5px; text-align: right; border-bottom: 1px solid #d5dde0; }
tr.tot td { font-weight: bold; border-top: 1.5px solid #005a70; background: #eef4f5; }
tr.sub td { font-style: italic; }
.cap { font-size: 8.6pt; font-weight: bold; color: #005a70; margin: 8px 0 0 0; }
.scale { font-size: 8pt; color: #555; margin: 0 0 0 0; }
.pb { page-break-before: always; }
.box { border: 1.5px solid #7fb800; padding: 6px 9px; margin: 6px 0; background: #f6faee; }
.kpis { display: flex; gap: 8px; margin: 6px 0; }
.kpi { flex: 1; border: 1px solid #005a70; padding: 6px; text-align: center; }
.kpi b { display: block; font-size: 14pt; color: #005a70; }
.small { font-size: 8pt; color: #555; }
ul { margin: 2px 0 6px 0; padding-left: 18px; }
li { margin-bottom: 2px; }
.footer { font-size: 7.5pt; color: #777; }
"""

H = []
w = H.append
w(f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Programmabegroting 2025 gemeente Brakelsveen</title><style>{CSS}</style></head><body>")

# ---- page 1: cover + inhoud
w("""<div style='margin-top:60px'><p style='font-size:11pt;color:#7fb800;font-weight:bold'>GEMEENTE BRAKELSVEEN</p>
<h1 style='font-size:30pt'>Programmabegroting 2025</h1>
<p style='font-size:13pt;color:#005a70'>en meerjarenraming 2026-2028</p>
<p>Aangeboden door het college van burgemeester en wethouders op 24 september 2024.<br>
Behandeling in de gemeenteraad: 7 november 2024.</p></div>
<h3 style='margin-top:40px'>Inhoud</h3>
<table style='width:70%'><tbody>
<tr><td class='l'>Begroting 2025 in één oogopslag</td><td>2</td></tr>
<tr><td class='l'>Financieel beeld en meerjarenperspectief</td><td>3</td></tr>
<tr><td class='l'>Programma 1 Bestuur en Dienstverlening</td><td>4</td></tr>
<tr><td class='l'>Programma 2 Veilig Brakelsveen</td><td>5</td></tr>
<tr><td class='l'>Programma 3 Meedoen en Ondersteunen</td><td>6</td></tr>
<tr><td class='l'>Programma 4 Wonen, Ruimte en Bereikbaarheid</td><td>8</td></tr>
<tr><td class='l'>Programma 5 Onderwijs, Sport en Cultuur</td><td>9</td></tr>
<tr><td class='l'>Algemene dekkingsmiddelen, overhead, vennootschapsbelasting en onvoorzien</td><td>10</td></tr>
<tr><td class='l'>Reserves en investeringen</td><td>11</td></tr>
<tr><td class='l'>Paragrafen: weerstandsvermogen, lokale heffingen, verbonden partijen</td><td>12</td></tr>
</tbody></table>
<div class='box' style='margin-top:30px'><b>Leeswijzer.</b> Deze begroting is opgesteld volgens het Besluit begroting en verantwoording provincies en gemeenten (BBV).
In de tabellen &lsquo;Wat mag het kosten?&rsquo; zijn lasten met een minteken (-) weergegeven en baten zonder teken; het saldo is baten min lasten.
Tenzij anders vermeld zijn bedragen in duizenden euro's. Door afronding kunnen totalen afwijken van de som der delen.
De kolom &lsquo;Rekening 2023&rsquo; bevat de werkelijke cijfers uit de jaarstukken 2023, de kolom &lsquo;Begroting 2024&rsquo; de begroting 2024 na de eerste bestuursrapportage.</div>
""")

# ---- page 2: één oogopslag
mln = lambda v: dec(v / 1000, 1)
w("<div class='pb'></div><h2>Begroting 2025 in één oogopslag</h2>")
w(f"""<div class='kpis'>
<div class='kpi'>Totale lasten 2025<b>€ {mln(TOT_L)} mln</b><span class='small'>exclusief reserves</span></div>
<div class='kpi'>Totale baten 2025<b>€ {mln(TOT_B)} mln</b><span class='small'>exclusief reserves</span></div>
<div class='kpi'>Begrotingssaldo 2025<b>€ {nl(TARGET[2])}.000</b><span class='small'>positief, na reserves</span></div>
<div class='kpi'>Woonlasten 2025<b>€ {dec(WL[2025], 2)}</b><span class='small'>meerpersoonshuishouden</span></div>
</div>""")
w("<p>De begroting 2025 is sluitend. Na verrekening met de reserves resteert een positief saldo van € 412.000. "
  "Het meerjarenbeeld laat in 2026 een tekort zien van € 186.000, vooral door de lagere groei van de algemene uitkering "
  "uit het gemeentefonds (het zogenoemde &lsquo;ravijnjaar&rsquo;). Vanaf 2027 is de meerjarenraming weer in evenwicht.</p>")
w("<div style='display:flex;gap:14px'><div style='flex:1'>")
w("<p class='cap'>Waar gaat het geld naartoe? Van elke € 100 die wij uitgeven gaat naar:</p><table><thead><tr><th class='l'>Onderdeel</th><th>€</th></tr></thead><tbody>")
for (n, s, _) in facts["shares"]:
    w(f"<tr><td class='l'>{n}</td><td>€ {dec(s,2)}</td></tr>")
w("<tr class='tot'><td class='l'>Totaal</td><td>€ 100,00</td></tr></tbody></table>")
w("</div><div style='flex:1'>")
src = [("Algemene uitkering gemeentefonds", AU[2]), ("Onroerendezaakbelasting (OZB)", 6248 + 2517),
       ("Afvalstoffen- en rioolheffing", 5344 + 3962), ("Rijksbijdragen bijstand (BUIG)", 9215),
       ("Overige baten", None)]
ov = TOT_B - sum(v for _, v in src if v)
src = [(n, v if v else ov) for n, v in src]
w("<p class='cap'>Waar komt het geld vandaan?</p><p class='scale'>bedragen x € 1 miljoen</p><table><thead><tr><th class='l'>Bron</th><th>2025</th><th>aandeel</th></tr></thead><tbody>")
for n, v in src:
    w(f"<tr><td class='l'>{n}</td><td>{mln(v)}</td><td>{dec(v / TOT_B * 100, 1)}%</td></tr>")
w(f"<tr class='tot'><td class='l'>Totaal baten</td><td>{mln(TOT_B)}</td><td>100%</td></tr></tbody></table>")
facts["src"] = src
w("</div></div>")
w("<p class='cap'>Programma's in één oogopslag</p><p class='scale'>bedragen x € 1 miljoen</p>")
w("<table><thead><tr><th class='l'>Programma</th><th>Lasten 2025</th><th>Baten 2025</th><th>Saldo 2025</th></tr></thead><tbody>")
for k in prog_tab:
    name, _, L, B = prog_tab[k]
    w(f"<tr><td class='l'>{k}. {name}</td><td>{mln(L[2])}</td><td>{mln(B[2])}</td><td>{dec((B[2]-L[2])/1000,1)}</td></tr>")
w("</tbody></table>")
w("""<p class='cap'>Brakelsveen in cijfers</p><table><thead><tr><th class='l'>Kerngegeven</th><th>1-1-2023</th><th>1-1-2024</th></tr></thead><tbody>
<tr><td class='l'>Aantal inwoners</td><td>31.207</td><td>31.482</td></tr>
<tr><td class='l'>- waarvan jonger dan 18 jaar</td><td>6.488</td><td>6.431</td></tr>
<tr><td class='l'>- waarvan 65 jaar en ouder</td><td>7.052</td><td>7.219</td></tr>
<tr><td class='l'>Aantal huishoudens</td><td>13.286</td><td>13.410</td></tr>
<tr><td class='l'>Aantal woningen</td><td>13.748</td><td>13.905</td></tr>
<tr><td class='l'>Oppervlakte (hectare)</td><td>6.284</td><td>6.284</td></tr>
</tbody></table>""")

# ---- page 3: financieel beeld
w("<div class='pb'></div><h2>Financieel beeld en meerjarenperspectief</h2>")
w("<p>Onderstaand overzicht geeft per programma het saldo van baten en lasten en de verrekening met de reserves. "
  "Negatieve saldi (per saldo lasten) staan tussen haakjes.</p>")
w("<p class='cap'>Overzicht van baten en lasten per programma</p><p class='scale'>(bedragen in duizenden euro's)</p>")
w("<table><thead><tr><th class='l'>Omschrijving</th><th>Rekening<br>2023</th><th>Begroting<br>2024</th><th>Begroting<br>2025</th><th>Raming<br>2026</th><th>Raming<br>2027</th><th>Raming<br>2028</th></tr></thead><tbody>")
for k in prog_tab:
    w(f"<tr><td class='l'>Programma {k} {prog_tab[k][0]}</td>" + "".join(f"<td>{par(v)}</td>" for v in PS[k]) + "</tr>")
sub1 = [sum(PS[k][i] for k in PS) for i in range(6)]
w("<tr class='sub'><td class='l'>Subtotaal programma's</td>" + "".join(f"<td>{par(v)}</td>" for v in sub1) + "</tr>")
w("<tr><td class='l'>Algemene dekkingsmiddelen</td>" + "".join(f"<td>{par(v)}</td>" for v in DEK_TOT) + "</tr>")
w("<tr><td class='l'>Overhead</td>" + "".join(f"<td>{par(b-l)}</td>" for l, b in zip(OH_L, OH_B)) + "</tr>")
w("<tr><td class='l'>Vennootschapsbelasting</td>" + "".join(f"<td>{par(-v)}</td>" for v in VPB) + "</tr>")
w("<tr><td class='l'>Onvoorzien</td>" + "".join(f"<td>{par(-v)}</td>" for v in ONV) + "</tr>")
w("<tr class='tot'><td class='l'>Saldo van baten en lasten</td>" + "".join(f"<td>{par(v)}</td>" for v in SALDO_BL) + "</tr>")
w("<tr><td class='l'>Toevoegingen aan reserves</td>" + "".join(f"<td>{par(-v)}</td>" for v in TOEV) + "</tr>")
w("<tr><td class='l'>Onttrekkingen aan reserves</td>" + "".join(f"<td>{par(v)}</td>" for v in ONTT) + "</tr>")
w("<tr class='tot'><td class='l'>Geraamd resultaat</td>" + "".join(f"<td>{par(v)}</td>" for v in TARGET) + "</tr>")
w("</tbody></table>")
w(f"""<h3>Toelichting op het meerjarenperspectief</h3>
<p>De jaarrekening 2023 sloot met een voordelig resultaat van € 1,9 miljoen. Voor 2024 is na de eerste bestuursrapportage een nadelig saldo
van € 623.000 voorzien, dat ten laste van de algemene reserve komt. De begroting 2025 sluit met een voordelig saldo van € 412.000.
In 2026 ontstaat een tekort van € 186.000. Het college stelt voor dit tekort op te vangen binnen de algemene reserve en bij de
voorjaarsnota 2025 met structurele maatregelen te komen. Voor 2027 en 2028 zijn de saldi positief: € 95.000 en € 1.243.000.</p>
<p>De algemene uitkering uit het gemeentefonds is gebaseerd op de meicirculaire 2024 en bedraagt in 2025 € {nl(AU[2])}.000.
Ten opzichte van 2024 (€ {nl(AU[1])}.000) is dat een stijging van € {dec((AU[2]-AU[1])/1000,1)} miljoen. De septembercirculaire 2024 is nog niet verwerkt.</p>
<h4>Structureel begrotingsevenwicht</h4>
<p>Het structurele saldo (het saldo na aftrek van incidentele baten en lasten) bedraagt in 2025 € 298.000 positief. De incidentele lasten
in 2025 bedragen € 1.468.000 en de incidentele baten (vooral onttrekkingen aan reserves) € 1.582.000. De belangrijkste incidentele lasten zijn
de inzet op preventie in het sociaal domein (€ 545.000), de invoering van het nieuwe zaaksysteem (€ 189.000) en de dekking
van het tekort op de exploitatie van het zwembad De Wielewaal (€ 212.000).</p>""")

# ---- programme pages
IND = {
"1": [("Waardering dienstverlening gemeente (burgerpeiling)", "rapportcijfer", "7,2 (2024)", "7,0 (2024)", "Burgerpeiling / Waarstaatjegemeente"),
      ("Formatie", "fte per 1.000 inwoners", "7,1 (2025)", "n.b.", "Eigen begroting"),
      ("Bezetting", "fte per 1.000 inwoners", "6,8 (2025)", "n.b.", "Eigen begroting"),
      ("Apparaatskosten", "kosten per inwoner", "€ 748 (2025)", "n.b.", "Eigen begroting"),
      ("Externe inhuur", "% van totale loonsom + inhuur", "12,4% (2025)", "n.b.", "Eigen begroting"),
      ("Overhead", "% van totale lasten", f"{dec(OH_PCT,1)}% (2025)", "n.b.", "Eigen begroting")],
"2": [("Winkeldiefstallen", "per 1.000 inwoners", "1,4 (2023)", "2,1 (2023)", "CBS / Politie"),
      ("Geweldsmisdrijven", "per 1.000 inwoners", "3,9 (2023)", "4,8 (2023)", "CBS / Politie"),
      ("Diefstallen uit woning", "per 1.000 inwoners", "1,4 (2023)", "1,6 (2023)", "CBS / Politie"),
      ("Vernielingen en beschadigingen", "per 1.000 inwoners", "3,6 (2023)", "4,7 (2023)", "CBS / Politie"),
      ("Verwijzingen Halt", "per 10.000 jongeren 12-17 jaar", "97 (2023)", "112 (2023)", "Bureau Halt")],
"3": [("Banen", "per 1.000 inwoners 15-64 jaar", "641,3 (2023)", "826,0 (2023)", "LISA"),
      ("Jongeren met jeugdhulp", "% van alle jongeren tot 18 jaar", "11,6% (2023)", "10,0% (2023)", "CBS"),
      ("Personen met een bijstandsuitkering", "per 10.000 inwoners 18+", "241,7 (2023)", "369,5 (2023)", "CBS"),
      ("Cliënten met een maatwerkarrangement Wmo", "per 10.000 inwoners", "613 (2023)", "690 (2023)", "CBS / GMSD"),
      ("Kinderen in uitkeringsgezin", "% van kinderen tot 18 jaar", "3,8% (2022)", "5,6% (2022)", "Verwey-Jonker Instituut"),
      ("Ervaren gezondheid goed of zeer goed", "% inwoners 18+", "78,4% (2022)", "78,0% (2022)", "Gezondheidsmonitor GGD/RIVM")],
"4": [("Nieuw gebouwde woningen", "per 1.000 woningen", "9,1 (2023)", "8,0 (2023)", "BAG"),
      ("Omvang huishoudelijk restafval", "kg per inwoner", "138 (2023)", "161 (2023)", "CBS"),
      ("Hernieuwbare elektriciteit", "% van totaal verbruik", "23,4% (2022)", "33,0% (2022)", "Klimaatmonitor"),
      ("Demografische druk", "%", "78,6% (2024)", "70,4% (2024)", "CBS"),
      ("Vestigingen van bedrijven", "per 1.000 inwoners 15-64 jaar", "118,2 (2023)", "164,3 (2023)", "LISA")],
"5": [("Absoluut verzuim", "per 1.000 leerlingen", "1,2 (2023)", "2,0 (2023)", "DUO"),
      ("Relatief verzuim", "per 1.000 leerlingen", "21 (2023)", "29 (2023)", "DUO"),
      ("Voortijdig schoolverlaters zonder startkwalificatie", "% deelnemers VO en MBO", "1,5% (2022)", "1,9% (2022)", "DUO / Ingrado"),
      ("Niet-sporters", "% inwoners 19 jaar en ouder", "46,3% (2022)", "48,7% (2022)", "Gezondheidsmonitor RIVM"),
      ("Leden openbare bibliotheek", "aantal", "5.860 (2023)", "n.v.t.", "Bibliotheek Veenstreek")],
}

TXT = {
"1": ("""<h3>Wat willen we bereiken?</h3>
<p>Inwoners, ondernemers en organisaties kunnen rekenen op een betrouwbare, bereikbare en snelle gemeente. Wij betrekken inwoners
vroegtijdig bij plannen in hun buurt en zijn open over onze besluiten. De dienstverlening is digitaal waar het kan en persoonlijk waar het moet.</p>
<h3>Wat gaan we daarvoor doen?</h3>
<ul>
<li><b>Reisdocumenten.</b> Door de verlenging van de geldigheid van paspoorten in 2014 verwachten we in 2025 een piek: circa 9.400 reisdocumenten
en 3.150 rijbewijzen. We breiden de openingstijden van de publieksbalie op donderdagavond uit en zetten tijdelijk 1,5 fte extra in.</li>
<li><b>Klantcontact.</b> In 2023 handelde het Klant Contact Centrum ruim 46.000 telefoongesprekken af, waarvan 82% binnen 30 seconden werd opgenomen.
Ons doel voor 2025 is 85%.</li>
<li><b>Zaaksysteem.</b> We vervangen het zaaksysteem. De eenmalige kosten van € 189.000 worden onttrokken aan de reserve Omgevingswet en digitalisering.</li>
<li><b>Participatie.</b> We organiseren in elk van de vier kernen (Brakel, Hoeve, Veenhoven en Oude Dorp) twee keer per jaar een dorpsavond.</li>
</ul>""", "Bedragen x € 1.000"),
"2": ("""<h3>Wat willen we bereiken?</h3>
<p>Brakelsveen is een veilige gemeente om te wonen, te werken en te recreëren. Inwoners voelen zich veilig in hun buurt. We pakken
ondermijning aan en werken nauw samen met politie, Openbaar Ministerie en de Veiligheidsregio.</p>
<h3>Wat gaan we daarvoor doen?</h3>
<ul>
<li><b>Brandweerzorg.</b> Onze bijdrage aan de Veiligheidsregio stijgt in 2025 met 6,4% naar € 2.781.000, vooral door hogere loonkosten en de
vervanging van twee tankautospuiten.</li>
<li><b>Woninginbraken.</b> Het aantal woninginbraken daalde van 61 in 2022 naar 44 in 2023. We zetten de campagne &lsquo;Doe de deur op slot&rsquo; voort.</li>
<li><b>Handhaving.</b> Vier boa's (samen 3,6 fte) zijn zichtbaar aanwezig in de kernen, met extra inzet rond de jaarwisseling en de kermis.</li>
<li><b>Ondermijning.</b> Met de regionale aanpak bezoeken we in 2025 minimaal 60 bedrijfspanden op het buitengebied (project &lsquo;Schone Schuur&rsquo;).</li>
</ul>""", "Bedragen x € 1.000"),
"3": ("""<h3>Wat willen we bereiken?</h3>
<p>Iedereen in Brakelsveen doet mee, naar vermogen. Inwoners die het (tijdelijk) niet op eigen kracht redden, krijgen tijdig passende
ondersteuning, zo dicht mogelijk bij huis. We investeren in preventie om duurdere zorg later te voorkomen.</p>
<h3>Wat gaan we daarvoor doen?</h3>
<ul>
<li><b>Minimabeleid.</b> Ruim 1.200 huishoudens maken gebruik van één of meer minimaregelingen, zoals de meedoenregeling en de collectieve
zorgverzekering. De inkomensgrens blijft 130% van het sociaal minimum.</li>
<li><b>Bijstand.</b> Het aantal huishoudens met een bijstandsuitkering steeg van 571 in januari 2023 tot 612 in juli 2024. Voor 2025 gaan we uit van
gemiddeld 620 uitkeringen. Het Rijk vergoedt de uitkeringen via de BUIG-bijdrage van € 9,2 miljoen.</li>
<li><b>Jeugdhulp.</b> Ongeveer 1 op de 9 jongeren krijgt enige vorm van jeugdhulp. De totale lasten voor jeugdhulp (inclusief pgb en jeugdbescherming)
bedragen in 2025 € 9,2 miljoen. Met het programma &lsquo;Normaal Opgroeien&rsquo; willen we het aantal trajecten in 2028 met 10% verminderen.</li>
<li><b>Preventie.</b> We zetten eenmalig € 545.000 uit de reserve sociaal domein in voor preventie: praktijkondersteuners jeugd bij alle zes huisartsenpraktijken,
een tweede jongerenwerker en de aanpak van eenzaamheid onder ouderen.</li>
<li><b>Wmo.</b> Ongeveer 1.930 inwoners hebben een maatwerkvoorziening uit de Wmo. Voor huishoudelijke hulp betalen inwoners het abonnementstarief van € 21,60 per maand (2025).</li>
</ul>""", "Bedragen x € 1.000"),
"4": ("""<h3>Wat willen we bereiken?</h3>
<p>Voldoende en betaalbare woningen voor alle doelgroepen, een groene en schone leefomgeving en een veilige bereikbaarheid van alle kernen.</p>
<h3>Wat gaan we daarvoor doen?</h3>
<ul>
<li><b>Woningbouw.</b> In 2025 worden naar verwachting 185 woningen opgeleverd, waarvan 74 sociale huurwoningen (40%). De opgave tot en met 2030 bedraagt 1.450 woningen.
In de grondexploitatie Veenhoven-Zuid nemen we in 2025 een tussentijdse winst van € 250.000, die we toevoegen aan de algemene reserve.</li>
<li><b>Riolering.</b> In het Oude Dorp vervangen we 2,3 kilometer riolering en koppelen we 4,5 hectare verhard oppervlak af.</li>
<li><b>Groen.</b> We planten 350 nieuwe bomen en vormen 2 hectare gazon om tot bloemrijk grasland.</li>
<li><b>Afval.</b> De hoeveelheid restafval daalde tot 138 kg per inwoner in 2023. Ons doel is 100 kg per inwoner in 2028.</li>
<li><b>Wegen.</b> Het groot onderhoud aan wegen (€ 310.750 in 2025) wordt gedekt uit de reserve groot onderhoud wegen. De Stationsweg wordt in 2025 en 2026 gereconstrueerd.</li>
</ul>""", "x €1.000"),
"5": ("""<h3>Wat willen we bereiken?</h3>
<p>Alle kinderen krijgen de kans om zich te ontwikkelen in goede schoolgebouwen. Inwoners sporten en bewegen meer en hebben toegang tot cultuur en de bibliotheek.</p>
<h3>Wat gaan we daarvoor doen?</h3>
<ul>
<li><b>IKC Noord.</b> De nieuwbouw van het integraal kindcentrum Noord biedt plaats aan 420 leerlingen en een kinderopvang. Het krediet bedraagt € 11,4 miljoen;
de oplevering is gepland in de zomer van 2026.</li>
<li><b>Sporthal De Brake.</b> De renovatie is in het tweede kwartaal van 2025 gereed. Wij subsidiëren 41 sportverenigingen met in totaal circa 6.900 leden.</li>
<li><b>Leerlingenvervoer.</b> Ongeveer 118 leerlingen maken gebruik van het leerlingenvervoer; de kosten bedragen naar verwachting € 684.000.</li>
<li><b>Zwembad De Wielewaal.</b> Het exploitatietekort van het zwembad is gestegen; in 2025 dekken we eenmalig € 212.000 uit de algemene reserve.</li>
</ul>""", "Bedragen x € 1.000"),
}

for k in prog_tab:
    name, tvs, L, B = prog_tab[k]
    w(f"<div class='pb'></div><h2>Programma {k} {name}</h2>")
    txt, scale = TXT[k]
    w(txt)
    w("<h4>Beleidsindicatoren</h4><table><thead><tr><th class='l'>Indicator</th><th class='l'>Eenheid</th><th>Brakelsveen</th><th>Nederland</th><th class='l'>Bron</th></tr></thead><tbody>")
    for ind in IND[k]:
        w(f"<tr><td class='l'>{ind[0]}</td><td class='l'>{ind[1]}</td><td>{ind[2]}</td><td>{ind[3]}</td><td class='l'>{ind[4]}</td></tr>")
    w("</tbody></table>")
    w("<h3>Wat mag het kosten?</h3>")
    w(f"<p class='cap'>Tabel {k}.1 Baten en lasten programma {name}</p><p class='scale'>{scale}</p>")
    w("<table><thead><tr><th class='l'>Programma " + k + "</th><th>Rekening<br>2023</th><th>Begroting<br>2024</th><th>Begroting<br>2025</th><th>2026</th><th>2027</th><th>2028</th></tr></thead><tbody>")
    w("<tr><td class='l'>Lasten</td>" + "".join(f"<td>{nl(-v)}</td>" for v in L) + "</tr>")
    w("<tr><td class='l'>Baten</td>" + "".join(f"<td>{nl(v)}</td>" for v in B) + "</tr>")
    w("<tr class='tot'><td class='l'>Saldo</td>" + "".join(f"<td>{nl(b-l)}</td>" for l, b in zip(L, B)) + "</tr>")
    w("</tbody></table>")
    w(f"<p class='cap'>Tabel {k}.2 Taakvelden programma {name} (begroting 2025)</p><p class='scale'>{scale}</p>")
    w("<table><thead><tr><th class='l'>Taakveld</th><th>Lasten</th><th>Baten</th><th>Saldo</th></tr></thead><tbody>")
    for c, n, l, b in tvs:
        w(f"<tr><td class='l'>{c} {n}</td><td>{nl(l)}</td><td>{nl(b)}</td><td>{nl(b-l)}</td></tr>")
    w(f"<tr class='tot'><td class='l'>Totaal programma {k}</td><td>{nl(L[2])}</td><td>{nl(B[2])}</td><td>{nl(B[2]-L[2])}</td></tr>")
    w("</tbody></table>")
    if k == "3":
        w("<p>De lasten van het programma stijgen ten opzichte van 2024 vooral door hogere tarieven voor jeugdhulp en Wmo (indexatie 4,8%) en de eenmalige inzet op preventie.</p>")

# ---- dekkingsmiddelen, overhead, vpb, onvoorzien
w("<div class='pb'></div><h2>Algemene dekkingsmiddelen, overhead, vennootschapsbelasting en onvoorzien</h2>")
w("<h3>Algemene dekkingsmiddelen</h3><p>Algemene dekkingsmiddelen zijn inkomsten die de gemeente vrij kan besteden. De belangrijkste zijn de algemene uitkering uit het gemeentefonds en de onroerendezaakbelastingen.</p>")
w("<p class='cap'>Overzicht algemene dekkingsmiddelen</p><p class='scale'>Bedragen x € 1.000 (lasten met minteken)</p>")
w("<table><thead><tr><th class='l'>Dekkingsmiddel</th><th>Rekening<br>2023</th><th>Begroting<br>2024</th><th>Begroting<br>2025</th><th>2026</th><th>2027</th><th>2028</th></tr></thead><tbody>")
for n, v in DEK.items():
    w(f"<tr><td class='l'>{n}</td>" + "".join(f"<td>{nl(x)}</td>" for x in v) + "</tr>")
w("<tr class='tot'><td class='l'>Totaal algemene dekkingsmiddelen</td>" + "".join(f"<td>{nl(x)}</td>" for x in DEK_TOT) + "</tr></tbody></table>")
w(f"""<p>De opbrengst van de OZB stijgt in 2025 met de inflatiecorrectie van 3,9% en de areaaluitbreiding door nieuwbouw. De dividenden betreffen
de BNG Bank (€ 214.000) en het waterbedrijf (€ 172.000).</p>
<h3>Overhead</h3>
<p>Onder overhead vallen alle kosten die verband houden met de sturing en ondersteuning van het primaire proces, zoals financiën, HRM, ICT,
facilitaire zaken en het management. Conform het BBV worden deze kosten centraal begroot. De totale lasten van de overhead bedragen in 2025
€ {nl(OH_2025_EUR)}. Daar staan baten van € 214.000 tegenover (detachering en doorbelasting aan de grondexploitaties).</p>
<h3>Vennootschapsbelasting</h3>
<p>Gemeenten zijn vennootschapsbelastingplichtig voor zover zij een onderneming drijven. Voor Brakelsveen is dat naar verwachting alleen het geval
bij de grondexploitatie Veenhoven-Zuid. Voor 2025 is een bedrag van € 18.000 aan vennootschapsbelasting geraamd.</p>
<h3>Onvoorzien</h3>
<p>De post onvoorzien is bedoeld voor uitgaven die onvoorzienbaar, onvermijdbaar en onuitstelbaar zijn. Wij hanteren een bedrag van afgerond
€ 2 per inwoner. Voor 2025 is de post onvoorzien geraamd op € 63.000. Over de inzet wordt de raad bij de bestuursrapportages geïnformeerd.</p>""")

# ---- reserves & investeringen
w("<div class='pb'></div><h2>Reserves en investeringen</h2>")
w("<h3>Verloop van de reserves in 2025</h3><p>Het overzicht toont per reserve de verwachte stand aan het begin en het einde van 2025 en de geplande mutaties. "
  "Het geraamde resultaat 2025 is hierin nog niet verwerkt.</p>")
w("<p class='cap'>Overzicht reserves 2025 (bedragen in €)</p>")
w("<table><thead><tr><th class='l'>Reserve</th><th>Stand<br>1-1-2025</th><th>Toevoeging<br>2025</th><th>Onttrekking<br>2025</th><th>Stand<br>31-12-2025</th></tr></thead><tbody>")
for n, a, t, o, e in RES:
    w(f"<tr><td class='l'>{n}</td><td>{eur(a)}</td><td>{eur(t)}</td><td>{eur(o)}</td><td>{eur(e)}</td></tr>")
w(f"<tr class='tot'><td class='l'>Totaal reserves</td>" + "".join(f"<td>{eur(v)}</td>" for v in RES_TOT) + "</tr></tbody></table>")
w("""<p>De toevoeging aan de reserve IKC Noord (€ 700.000) is bestemd voor de dekking van de toekomstige kapitaallasten van de nieuwbouw.
De onttrekking aan de algemene reserve van € 680.000 betreft onder meer het exploitatietekort van zwembad De Wielewaal (€ 212.000),
het uitvoeringsprogramma woningbouwversnelling (€ 300.000) en het opstellen van de Omgevingsvisie (€ 168.000).</p>""")
w("<h3>Investeringen</h3><p>Onderstaande tabel bevat de lopende en nieuwe investeringskredieten met de verwachte uitgaven per jaar.</p>")
w("<p class='cap'>Investeringsplanning 2025-2026</p><p class='scale'>(bedragen in duizenden euro's)</p>")
w("<table><thead><tr><th class='l'>Investering</th><th>Krediet</th><th>Uitgaven<br>t/m 2024</th><th>2025</th><th>2026</th><th>Restant</th></tr></thead><tbody>")
for n, k_, a, b, c, r in INV:
    w(f"<tr><td class='l'>{n}</td><td>{nl(k_)}</td><td>{nl(a)}</td><td>{nl(b)}</td><td>{nl(c)}</td><td>{nl(r)}</td></tr>")
w("<tr class='tot'><td class='l'>Totaal</td>" + "".join(f"<td>{nl(v)}</td>" for v in INV_TOT) + "</tr></tbody></table>")
w("""<p>Het restant van het krediet IKC Noord is bestemd voor de inrichting van het buitenterrein na oplevering. Het krediet voor de verduurzaming
van het gemeentehuis loopt door tot en met 2027. De investeringen in riolering worden gedekt uit de rioolheffing.</p>""")

# ---- paragrafen
w("<div class='pb'></div><h2>Paragrafen</h2>")
w("<h3>Weerstandsvermogen en risicobeheersing</h3><p>Het weerstandsvermogen is de verhouding tussen de beschikbare weerstandscapaciteit en de benodigde weerstandscapaciteit op basis van de geïnventariseerde risico's.</p>")
w("<table style='width:75%'><thead><tr><th class='l'>Weerstandscapaciteit</th><th>Bedrag</th></tr></thead><tbody>")
for n, v in WV:
    w(f"<tr><td class='l'>{n}</td><td>{eur(v)}</td></tr>")
w(f"<tr class='tot'><td class='l'>Beschikbare weerstandscapaciteit</td><td>{eur(WV_TOT)}</td></tr>")
w(f"<tr><td class='l'>Benodigde weerstandscapaciteit</td><td>{eur(BEN)}</td></tr>")
w(f"<tr class='tot'><td class='l'>Ratio weerstandsvermogen</td><td>{dec(RATIO,2)}</td></tr></tbody></table>")
w(f"<p>Met een ratio van {dec(RATIO,2)} is het weerstandsvermogen &lsquo;ruim voldoende&rsquo; (waardering A, ratio groter dan 2,0). De grootste risico's zijn de open-einderegelingen in de jeugdhulp en de Wmo en de grondexploitatie Veenhoven-Zuid.</p>")
w("<p class='cap'>Financiële kengetallen</p><table><thead><tr><th class='l'>Kengetal</th><th>Rekening<br>2023</th><th>Begroting<br>2024</th><th>Begroting<br>2025</th><th>2026</th><th>2027</th><th>2028</th></tr></thead><tbody>")
KEN = [("Netto schuldquote", ["48,2%", "56,9%", "63,4%", "71,8%", "70,2%", "67,5%"]),
       ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", ["46,7%", "55,1%", "61,9%", "70,4%", "68,9%", "66,3%"]),
       ("Solvabiliteitsratio", ["31,4%", "28,7%", "26,9%", "25,1%", "25,8%", "26,6%"]),
       ("Structurele exploitatieruimte", ["1,2%", "-0,4%", "0,3%", "-0,2%", "0,1%", "1,1%"]),
       ("Grondexploitatie", ["6,8%", "5,9%", "4,7%", "3,8%", "2,6%", "1,9%"]),
       ("Belastingcapaciteit", ["94,1%", "95,3%", "97,8%", "", "", ""])]
for n, vs in KEN:
    w(f"<tr><td class='l'>{n}</td>" + "".join(f"<td>{v}</td>" for v in vs) + "</tr>")
w("</tbody></table>")
facts["ken"] = KEN
w("<h3>Lokale heffingen</h3><p>De tarieven stijgen in 2025 met de inflatiecorrectie van 3,9%. De afvalstoffenheffing en rioolheffing zijn 100% kostendekkend. "
  "In 2023 ontvingen 486 huishoudens gehele of gedeeltelijke kwijtschelding van gemeentelijke belastingen, voor in totaal € 171.000.</p>")
w("<table><thead><tr><th class='l'>Tarief</th><th>2024</th><th>2025</th></tr></thead><tbody>")
TAR = [("OZB woningen, eigenaar (% van WOZ-waarde)", "0,0921%", "0,0968%"),
       ("OZB niet-woningen, eigenaar", "0,1874%", "0,1952%"),
       ("OZB niet-woningen, gebruiker", "0,1497%", "0,1559%"),
       ("Afvalstoffenheffing eenpersoonshuishouden", "€ 241,20", "€ 254,40"),
       ("Afvalstoffenheffing meerpersoonshuishouden", "€ 312,00", "€ 329,40"),
       ("Rioolheffing per aansluiting", "€ 268,56", "€ 279,84"),
       ("Toeristenbelasting per persoon per nacht", "€ 1,85", "€ 2,10")]
for r in TAR:
    w(f"<tr><td class='l'>{r[0]}</td><td>{r[1]}</td><td>{r[2]}</td></tr>")
w("</tbody></table>")
w(f"""<p><b>Woonlasten.</b> Voor een meerpersoonshuishouden in een eigen woning met een gemiddelde WOZ-waarde van € 342.000 (2024: € 327.000) bedragen de
woonlasten in 2025 € {dec(WL[2025],2)} (2024: € {dec(WL[2024],2)}): OZB € {dec(OZBB[2025],2)}, afvalstoffenheffing € 329,40 en rioolheffing € 279,84.</p>""")
w("<h3>Verbonden partijen</h3><table style='width:85%'><thead><tr><th class='l'>Verbonden partij</th><th class='l'>Programma</th><th>Bijdrage 2025</th></tr></thead><tbody>")
VP = [("Veiligheidsregio Veenstreek", "2", "€ 2.781.000"), ("GGD Veenstreek", "3", "€ 1.046.000"),
      ("Werkpunt Veenstreek (sociaal werkbedrijf)", "3", "€ 2.180.000"), ("Omgevingsdienst Wolderstreek", "4", "€ 1.561.000"),
      ("Afvalschap Wolde-Veen", "4", "€ 3.872.000")]
for r in VP:
    w(f"<tr><td class='l'>{r[0]}</td><td class='l'>{r[1]}</td><td>{r[2]}</td></tr>")
w("</tbody></table>")
w("</body></html>")

open(os.path.join(HERE, "brakelsveen-programmabegroting-2025.html"), "w").write("\n".join(H))
print("TOT_L", TOT_L, "TOT_B", TOT_B, "AU", AU, "OH%", OH_PCT, "ratio", RATIO, "WL", WL)
print("shares", facts["shares"])
for k in prog_tab: print(k, prog_tab[k][0], prog_tab[k][2], prog_tab[k][3])
