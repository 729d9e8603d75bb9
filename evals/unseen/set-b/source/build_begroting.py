"""Builds begroting-2025-ravelingen.html from data_begroting.py (fictional document)."""
import os
from data_begroting import *

HERE = os.path.dirname(os.path.abspath(__file__))
import json as _j
try:
    TOCP = _j.load(open(os.path.join(HERE, "toc_pages.json")))
except FileNotFoundError:
    TOCP = {}


def n(v, zero="-"):
    """Dutch thousands format, minus sign in front."""
    if v == 0:
        return zero
    s = f"{abs(v):,}".replace(",", ".")
    return ("-" if v < 0 else "") + s


def par(v):
    """negative between parentheses"""
    if v == 0:
        return "-"
    s = f"{abs(v):,}".replace(",", ".")
    return f"({s})" if v < 0 else s


def trail(v):
    """negative with trailing minus"""
    if v == 0:
        return "-"
    s = f"{abs(v):,}".replace(",", ".")
    return s + "-" if v < 0 else s


def eur(v):
    return "€ " + f"{v:,}".replace(",", ".")


def pct(x, d=1):
    return f"{x:.{d}f}".replace(".", ",") + "%"


def dec(x, d=1):
    return f"{x:.{d}f}".replace(".", ",")


YH = ["Rekening<br>2023", "Begroting<br>2024", "Begroting<br>2025", "Raming<br>2026", "Raming<br>2027", "Raming<br>2028"]


def prog_table(caption, name, d, scale):
    L, B = d["L"], d["B"]
    rows = [("Lasten", L), ("Baten", B), ("Saldo", [b - l for l, b in zip(L, B)])]
    h = f'<table class="full keep"><caption>{caption}</caption><thead><tr><th class="l">{scale}</th>'
    h += "".join(f"<th>{y}</th>" for y in YH) + "</tr></thead><tbody>"
    for lab, vals in rows:
        cls = ' class="tot"' if lab == "Saldo" else ""
        h += f"<tr{cls}><td class=\"l\">{lab}</td>" + "".join(f"<td>{n(v)}</td>" for v in vals) + "</tr>"
    h += "</tbody></table>"
    return h


# ---------- derived figures ----------
BIJ = [bijdrage_k(i) for i in range(6)]
TARIEF25, G25 = per_gemeente(HH, BIJ[2])
TARIEF24, G24 = per_gemeente(HH_PREV, BIJ[1])
TOT_L = [total_L(i) for i in range(6)]
TOT_B = [total_B_other(i) + BIJ[i] for i in range(6)]
SALDO = [TOT_B[i] - TOT_L[i] for i in range(6)]
RESULT = [SALDO[i] - TOEV[i] + ONTTR[i] for i in range(6)]
assert RESULT[0] == RESULTAAT_2023 and all(r == 0 for r in RESULT[1:])
EV = [sum(v[i] for v in RES.values()) + (RESULTAAT_2023 if i == 0 else 0) for i in range(6)]
TP = [EV[i] + VOORZ_TOT[i] + VASTE_SCHULD[i] + VLOTTEND_P[i] for i in range(6)]
VA = [TP[i] - VLOTTEND_A[i] for i in range(6)]
SOLV = [round(100 * EV[i] / TP[i], 1) for i in range(6)]
NSQ = [round(100 * (VASTE_SCHULD[i] + VLOTTEND_P[i] - VLOTTEND_A[i]) / TOT_B[i], 1) for i in range(6)]
HH_TOT = sum(HH.values())
G25_TOT = sum(G25.values())
G24_TOT = sum(G24.values())
INV_ROWS = [x for x in INV if x[2]]
INV_TOT = [sum(x[2][j] for x in INV_ROWS) for j in range(4)]
FTE24 = round(sum(x[1] for x in FTE), 1)
FTE25 = round(sum(x[2] for x in FTE), 1)
LASTEN25_EUR = TOT_L[2] * 1000
KASGELD = round(LASTEN25_EUR * 0.082)
RENTERISICO = round(LASTEN25_EUR * 0.20)

RISKS = [  # omschrijving, kans %, gevolg euro
    ("Stijging verwerkingstarieven en CO2-heffing boven indexatie", 50, 600000),
    ("Lagere opbrengsten oud papier en textiel door marktontwikkeling", 50, 450000),
    ("Wijziging vergoedingen verpakkingen (UPV en Verpact)", 40, 500000),
    ("Krapte arbeidsmarkt chauffeurs en beladers, hogere inhuur", 50, 400000),
    ("Uitval of schade aan inzamelvoertuigen", 30, 250000),
    ("Aansprakelijkheid en juridische procedures", 10, 300000),
]
RISK_NEED = sum(k * g // 100 for _, k, g in RISKS)
WEERSTAND_CAP = RES["Algemene reserve"][1] * 1000 + ONVOORZIEN["L"][2] * 1000
RATIO = WEERSTAND_CAP / RISK_NEED

KOSTEN = [  # kostensoort, 2024, 2025 (x 1.000)
    ("Salarissen en sociale lasten", 11240, 11876),
    ("Inhuur personeel derden", 1510, 1420),
    ("Kapitaallasten (rente en afschrijving)", 2712, 3041),
    ("Verwerkingskosten (contracten)", 11398, 12286),
    ("Brandstof, energie en onderhoud voertuigen", 2605, 2640),
    ("Huisvesting en terreinen", 1497, 1568),
    ("ICT en licenties", 815, 892),
    ("Toevoegingen aan voorzieningen", 232, 239),
    ("Onvoorzien", 50, 50),
]
rest24 = TOT_L[1] - sum(k[1] for k in KOSTEN)
rest25 = TOT_L[2] - sum(k[2] for k in KOSTEN)
KOSTEN.insert(8, ("Overige goederen en diensten", rest24, rest25))
assert sum(k[1] for k in KOSTEN) == TOT_L[1] and sum(k[2] for k in KOSTEN) == TOT_L[2]

# verschillenanalyse 2025 t.o.v. 2024 (x 1.000), + = voordeel
VERSCHIL = [
    ("Programma 1 Inzameling", None),
    ("Invoering omgekeerd inzamelen Hevelland (inhuur, communicatie, extra route)", -312),
    ("Loonkosten door nieuwe cao en extra formatie", -398),
    ("Hogere kapitaallasten inzamelvoertuigen", -122),
    ("Hogere opbrengst inzameling bedrijfsafval", 155),
    ("Programma 2 Milieustraten en grondstoffen", None),
    ("Kapitaallasten herinrichting milieustraat Aldeborg", -146),
    ("Loon- en prijsontwikkeling", -237),
    ("Hogere entreegelden en tarieven milieustraten", 92),
    ("Programma 3 Verwerking", None),
    ("Hoger verwerkingstarief restafval (incl. CO2-heffing)", -561),
    ("Hogere kosten gft-verwerking door grotere hoeveelheid", -327),
    ("Hogere opbrengst oud papier en karton", 514),
    ("Lagere vergoeding pmd", -350),
    ("Overhead", None),
    ("ICT-licenties en loonkosten bedrijfsvoering", -229),
    ("Mutaties reserves", None),
    ("Hogere onttrekking egalisatiereserve tarieven", 50),
]
VERSCHIL_TOT = sum(v for _, v in VERSCHIL if v is not None)
assert VERSCHIL_TOT == -(BIJ[2] - BIJ[1]), (VERSCHIL_TOT, BIJ[2] - BIJ[1])
# per program check
assert -312 - 398 - 122 == -(PROG["Inzameling"]["L"][2] - PROG["Inzameling"]["L"][1])
assert 155 == PROG["Inzameling"]["B"][2] - PROG["Inzameling"]["B"][1]
assert -146 - 237 == -(PROG["Milieustraten en grondstoffen"]["L"][2] - PROG["Milieustraten en grondstoffen"]["L"][1])
assert 92 == PROG["Milieustraten en grondstoffen"]["B"][2] - PROG["Milieustraten en grondstoffen"]["B"][1]
assert -561 - 327 == -(PROG["Verwerking"]["L"][2] - PROG["Verwerking"]["L"][1])
assert 514 - 350 == PROG["Verwerking"]["B"][2] - PROG["Verwerking"]["B"][1]
assert -229 == -(OVERHEAD["L"][2] - OVERHEAD["L"][1])

stijging_bij = G25_TOT - G24_TOT
stijging_pct = 100 * stijging_bij / G24_TOT

INC = [  # omschrijving, programma, [2025..2028] (lasten +, baten -)
    ("Lasten", None, None),
    ("Invoering omgekeerd inzamelen Hevelland", "1", [185, 0, 0, 0]),
    ("Sanering asbesthoudende opstal milieustraat Aldeborg", "2", [65, 0, 0, 0]),
    ("Aanbesteding verwerking restafval", "3", [0, 0, 80, 0]),
    ("Baten", None, None),
    ("Onttrekking egalisatiereserve tarieven", "-", [-350, -200, 0, 0]),
]
inc_rows = [x for x in INC if x[2]]
inc_tot = [sum(x[2][j] for x in inc_rows) for j in range(4)]
STRUCT = [inc_tot[j] for j in range(4)]

CSS = """
@page {
  size: A4;
  margin: 24mm 17mm 20mm 17mm;
  @top-left { content: "Afvalsamenwerking Ravelingen"; font: 8pt 'Liberation Sans', sans-serif; color: #4a6b3a; }
  @top-right { content: "Begroting 2025"; font: 8pt 'Liberation Sans', sans-serif; color: #4a6b3a; }
  @bottom-left { content: "Vastgesteld door het algemeen bestuur op 4 juli 2024"; font: 7pt 'Liberation Sans', sans-serif; color: #777; }
  @bottom-right { content: "pagina " counter(page) " van " counter(pages); font: 8pt 'Liberation Sans', sans-serif; }
}
@page :first {
  @top-left { content: none; } @top-right { content: none; }
  @bottom-left { content: none; } @bottom-right { content: none; }
}
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.38; color: #1d1d1d; margin: 0; }
h1 { font-size: 17pt; color: #2f5d24; margin: 0 0 4mm 0; border-bottom: 2px solid #7aa35f; padding-bottom: 1.5mm; }
h1.pb { break-before: page; }
h2 { font-size: 11.5pt; color: #2f5d24; margin: 3.5mm 0 1.5mm 0; break-after: avoid; }
h3 { font-size: 9.8pt; color: #333; margin: 2.5mm 0 1mm 0; break-after: avoid; font-style: italic; }
p { margin: 0 0 2.2mm 0; text-align: justify; hyphens: manual; }
.cols { column-count: 2; column-gap: 8mm; column-fill: balance; margin-bottom: 3mm; }
.cols p:first-child, .cols h2:first-child, .cols h3:first-child { margin-top: 0; }
ul { margin: 0 0 2.2mm 0; padding-left: 4.5mm; }
li { margin-bottom: 0.8mm; }
table { border-collapse: collapse; font-size: 8.2pt; }
table.full { width: 100%; margin: 2mm 0 4mm 0; }
table.keep { break-inside: avoid; }
table.narrow { width: 100%; margin: 1.5mm 0 3mm 0; break-inside: avoid; font-size: 7.9pt; }
caption { caption-side: top; text-align: left; font-weight: bold; font-size: 8.6pt; padding-bottom: 1.2mm; color: #2f5d24; }
th { background: #dfe9d6; font-weight: bold; text-align: right; padding: 1.2mm 1.6mm; vertical-align: bottom; border-bottom: 1px solid #7aa35f; }
td { padding: 0.9mm 1.6mm; text-align: right; border-bottom: 0.4px solid #cfd8c8; white-space: nowrap; }
th.l, td.l { text-align: left; white-space: normal; }
tr.tot td { font-weight: bold; border-top: 1px solid #555; background: #f2f6ee; }
tr.sub td { font-style: italic; }
tr.grp td { font-weight: bold; background: #f7f7f2; padding-top: 1.6mm; }
td.ind { padding-left: 5mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.note { font-size: 7.6pt; color: #444; margin: -2.5mm 0 3.5mm 0; }
.cover { height: 245mm; position: relative; }
.cover .band { background: #2f5d24; color: white; padding: 18mm 14mm; margin-top: 38mm; }
.cover .band .t1 { font-size: 30pt; font-weight: bold; }
.cover .band .t2 { font-size: 14pt; margin-top: 4mm; }
.cover .meta { position: absolute; bottom: 10mm; left: 0; font-size: 9pt; color: #333; line-height: 1.6; }
.toc { width: 100%; font-size: 10pt; border-collapse: collapse; }
.toc td { text-align: left; border: none; padding: 1.2mm 0; }
.toc td.p { text-align: right; }
.kader { border: 1px solid #7aa35f; background: #f4f8f0; padding: 2.5mm 3mm; margin: 0 0 3mm 0; break-inside: avoid; }
"""

H = []
A = H.append

# ---------------- cover ----------------
A("""<div class="cover">
<div style="font-size:11pt;color:#2f5d24;font-weight:bold;letter-spacing:1px">AFVALSAMENWERKING RAVELINGEN</div>
<div style="font-size:8.5pt;color:#555">Gemeenschappelijke regeling van de gemeenten Aldeborg, Dronkwerd, Hevelland, Kremmerdijk,
Marskamp, Oosterlinde, Vliedorp en Zuidermeent</div>
<div class="band"><div class="t1">Begroting 2025</div>
<div class="t2">en meerjarenraming 2026-2028</div></div>
<div class="meta">Vastgesteld door het algemeen bestuur in de vergadering van 4 juli 2024<br>
Kenmerk: ASR/AB/2024-031<br>
Afvalsamenwerking Ravelingen &middot; Werfweg 14 &middot; Dronkwerd</div>
</div>""")

# ---------------- inhoud ----------------
A('<h1 class="pb">Inhoudsopgave</h1><table class="toc">')
for t, p in [
    ("1. Voorwoord en inleiding", "3"), ("2. Financieel beeld op hoofdlijnen", "4"),
    ("3. Programma 1 Inzameling", "6"), ("4. Programma 2 Milieustraten en grondstoffen", "7"),
    ("5. Programma 3 Verwerking", "8"), ("6. Overhead, algemene dekkingsmiddelen en onvoorzien", "9"),
    ("7. Paragrafen", "10"), ("&nbsp;&nbsp;&nbsp;7.1 Weerstandsvermogen en risicobeheersing", "10"),
    ("&nbsp;&nbsp;&nbsp;7.2 Onderhoud kapitaalgoederen", "11"), ("&nbsp;&nbsp;&nbsp;7.3 Financiering", "12"),
    ("&nbsp;&nbsp;&nbsp;7.4 Bedrijfsvoering", "12"), ("&nbsp;&nbsp;&nbsp;7.5 Verbonden partijen", "13"),
    ("8. Financi&euml;le begroting", "14"), ("&nbsp;&nbsp;&nbsp;8.1 Overzicht van baten en lasten", "14"),
    ("&nbsp;&nbsp;&nbsp;8.2 Incidentele baten en lasten en structureel evenwicht", "15"),
    ("&nbsp;&nbsp;&nbsp;8.3 Reserves en voorzieningen", "15"), ("&nbsp;&nbsp;&nbsp;8.4 Geprognosticeerde balans", "16"),
    ("&nbsp;&nbsp;&nbsp;8.5 Investeringen", "17"),
    ("9. Bijdragen deelnemende gemeenten", "18"),
]:
    key = t.replace("&nbsp;", "").strip()
    A(f'<tr><td>{t}</td><td class="p">{TOCP.get(key, p)}</td></tr>')
A("</table>")

# ---------------- 1 voorwoord ----------------
bij25_mln = dec(G25_TOT / 1e6, 1)
A('<h1 class="pb">1. Voorwoord en inleiding</h1><div class="cols">')
A(f"""<h2>Voorwoord</h2>
<p>Hierbij bieden wij u de begroting 2025 en de meerjarenraming 2026-2028 van Afvalsamenwerking Ravelingen aan.
Sinds 2011 werken de acht deelnemende gemeenten samen bij de inzameling, be- en verwerking van huishoudelijk afval.
Wij zamelen in bij ruim 96.000 huishoudens en beheren drie milieustraten, in Aldeborg, Marskamp en Vliedorp.</p>
<p>De begroting 2025 staat in het teken van twee grote veranderingen. Per 1 april 2025 gaat de gemeente Hevelland
over op omgekeerd inzamelen: restafval wordt niet langer aan huis opgehaald, maar gebracht naar een ondergrondse container
in de wijk. Daarnaast start in het voorjaar van 2025 de herinrichting van de milieustraat Aldeborg, de drukst bezochte
milieustraat van ons werkgebied. Met een totale investering van € 2,98 miljoen wordt de milieustraat veiliger en kunnen
meer stromen gescheiden worden aangeboden.</p>
<p>Tegelijk zien wij de kosten fors stijgen. Het verwerkingstarief voor restafval stijgt, mede door de CO2-heffing op
afvalverbranding, met 8,0% naar € 142,15 per ton. De loonkosten nemen toe door de nieuwe cao en de opbrengst van
verpakkingen staat onder druk. De vergoeding die wij voor pmd ontvangen daalt, wat leidt tot een tekort van € 350.000
ten opzichte van 2024. Daar staat een hogere opbrengst van oud papier en karton tegenover.</p>
<p>Per saldo stijgt de bijdrage van de deelnemende gemeenten in 2025 met {eur(stijging_bij)} ({pct(stijging_pct)})
tot ruim € {bij25_mln} miljoen. Om de stijging te dempen zetten wij € 350.000 uit de egalisatiereserve tarieven in.
Het algemeen bestuur heeft in de kaderbrief 2025 afgesproken dat de stijging van de bijdrage in de jaren daarna
beperkt blijft tot de loon- en prijsontwikkeling plus de effecten van nieuw beleid.</p>
<p>Het dagelijks bestuur,<br>mr. H.J. (Hanneke) Veldkamp-Oort, voorzitter<br>ing. R. (Remco) Stalman, directeur</p>
<h2>Leeswijzer</h2>
<p>Deze begroting is opgesteld volgens het Besluit begroting en verantwoording provincies en gemeenten (BBV).
Hoofdstuk 2 geeft het financi&euml;le beeld op hoofdlijnen. In de hoofdstukken 3 tot en met 5 beschrijven wij per programma
wat wij willen bereiken, wat wij daarvoor gaan doen en wat het mag kosten. Hoofdstuk 6 bevat de overhead, de algemene
dekkingsmiddelen en de post onvoorzien. De verplichte paragrafen staan in hoofdstuk 7, de financi&euml;le begroting in
hoofdstuk 8. In hoofdstuk 9 is de bijdrage per deelnemende gemeente opgenomen.</p>
<p>Bedragen in de tabellen zijn, tenzij anders vermeld, weergegeven in duizenden euro's. Door afronding kunnen
totalen afwijken van de som der delen. Een negatief saldo betekent dat de lasten hoger zijn dan de baten.</p>
<table class="narrow"><caption>Kerncijfers Afvalsamenwerking Ravelingen</caption>
<thead><tr><th class="l">Kerncijfer</th><th>Waarde</th></tr></thead><tbody>
<tr><td class="l">Deelnemende gemeenten</td><td>8</td></tr>
<tr><td class="l">Inwoners (1-1-2024)</td><td>214.350</td></tr>
<tr><td class="l">Huishoudens (1-1-2024)</td><td>{n(HH_TOT)}</td></tr>
<tr><td class="l">Milieustraten</td><td>3</td></tr>
<tr><td class="l">Inzamelvoertuigen</td><td>41</td></tr>
<tr><td class="l">Formatie 2025 (fte)</td><td>{dec(FTE25)}</td></tr>
<tr><td class="l">Restafval per inwoner 2023 (kg)</td><td>131</td></tr>
<tr><td class="l">Scheidingspercentage 2023</td><td>69,8%</td></tr>
<tr><td class="l">Klanttevredenheid 2023 (rapportcijfer)</td><td>7,4</td></tr>
</tbody></table>
<h2>Bestuur en organisatie</h2>
<p>Afvalsamenwerking Ravelingen is een openbaar lichaam op grond van de Wet gemeenschappelijke regelingen. Het algemeen
bestuur bestaat uit &eacute;&eacute;n wethouder per deelnemende gemeente. Het dagelijks bestuur telt drie leden. De stemverhouding
in het algemeen bestuur is gebaseerd op het aantal huishoudens, met een maximum van 30% van de stemmen per gemeente.
De uitvoering ligt bij de ambtelijke organisatie met een formatie van {dec(FTE25)} fte, gevestigd op de werf aan de
Werfweg in Dronkwerd.</p>
<p>De gemeenteraden van de deelnemende gemeenten hebben de ontwerpbegroting 2025 voor zienswijze ontvangen. Zes
gemeenteraden hebben een zienswijze ingediend. De reacties gaan vooral over de stijging van de bijdrage en over de
inzet van de egalisatiereserve. Het algemeen bestuur heeft de zienswijzen betrokken bij de vaststelling van deze begroting.</p>
</div>""")

# ---------------- 2 financieel beeld ----------------
A('<h1 class="pb">2. Financieel beeld op hoofdlijnen</h1><div class="cols">')
A(f"""<p>De begroting 2025 sluit met een resultaat van nul. De totale lasten bedragen € {dec(TOT_L[2]/1000,1)} miljoen,
tegenover € {dec(TOT_L[1]/1000,1)} miljoen in de begroting 2024. De baten exclusief de bijdragen van de deelnemers
bedragen {eur(total_B_other(2)*1000)}. Het verschil wordt, na verrekening met de reserves, gedekt door de bijdragen van
de deelnemende gemeenten.</p>
<p>Ten opzichte van de begroting 2024 stijgt de bijdrage van de deelnemers met € {n(BIJ[2]-BIJ[1])}.000 (afgerond).
De belangrijkste oorzaken zijn de hogere verwerkingstarieven, de loonontwikkeling, de invoering van omgekeerd
inzamelen in Hevelland en de kapitaallasten van de herinrichting van de milieustraat Aldeborg. De tabel hieronder
geeft de verschillen per programma weer.</p>
<p>Het meerjarenbeeld laat een verdere stijging van de bijdrage zien, tot € {dec(BIJ[5]/1000,1)} miljoen in 2028.
Hierin is rekening gehouden met een jaarlijkse indexatie van 2,5% voor lonen en 2,0% voor prijzen. De onttrekking
aan de egalisatiereserve tarieven loopt af van € 350.000 in 2025 naar € 200.000 in 2026. Daarna is de reserve
teruggebracht tot het door het algemeen bestuur vastgestelde minimum van € 500.000.</p>
<div class="kader"><b>Bijdrage deelnemers op hoofdlijnen</b><br>
Begroting 2024: {eur(G24_TOT)}<br>Begroting 2025: {eur(G25_TOT)}<br>
Stijging: {eur(stijging_bij)} ({pct(stijging_pct)})<br>
Tarief per huishouden 2025: € {dec(TARIEF25,2)} plus een vaste voet van {eur(VASTE_VOET)} per gemeente</div>
</div>""")

h = '<table class="full"><caption>Tabel 2.1 Verschillen begroting 2025 ten opzichte van begroting 2024</caption>'
h += '<thead><tr><th class="l">Bedragen x € 1.000 &nbsp;(nadeel = tussen haakjes)</th><th>Voordeel /<br>nadeel</th><th>V/N</th></tr></thead><tbody>'
for lab, v in VERSCHIL:
    if v is None:
        h += f'<tr class="grp"><td class="l">{lab}</td><td></td><td></td></tr>'
    else:
        h += f'<tr><td class="l ind">{lab}</td><td>{par(v)}</td><td>{"V" if v > 0 else "N"}</td></tr>'
h += f'<tr class="tot"><td class="l">Totaal: hogere bijdrage deelnemende gemeenten</td><td>{par(VERSCHIL_TOT)}</td><td>N</td></tr>'
h += "</tbody></table>"
A(h)

A('<div class="cols">')
A(f"""<h2>Lasten naar kostensoort</h2>
<p>De grootste kostenpost is de verwerking van afval: € {dec(KOSTEN[3][2]/1000,1)} miljoen in 2025. De salarissen en sociale lasten nemen toe tot € 11,9 miljoen.
De inhuur van personeel daalt licht, omdat meer vacatures voor chauffeurs en beladers in vaste dienst zijn ingevuld.
De kapitaallasten stijgen door de investeringen in voertuigen, ondergrondse containers en de milieustraat Aldeborg.</p>
<p>De post overige goederen en diensten bevat onder meer verzekeringen, bedrijfskleding, keuringen, de kosten van
de afvalapp, drukwerk, accountantskosten en bijdragen aan brancheorganisaties.</p>
</div>""")
h = '<table class="full keep"><caption>Tabel 2.2 Lasten naar kostensoort</caption>'
h += '<thead><tr><th class="l">x €1.000</th><th>Begroting<br>2024</th><th>Begroting<br>2025</th><th>Verschil</th></tr></thead><tbody>'
for lab, a, b in KOSTEN:
    h += f'<tr><td class="l">{lab}</td><td>{n(a)}</td><td>{n(b)}</td><td>{n(b-a)}</td></tr>'
h += f'<tr class="tot"><td class="l">Totaal lasten</td><td>{n(TOT_L[1])}</td><td>{n(TOT_L[2])}</td><td>{n(TOT_L[2]-TOT_L[1])}</td></tr></tbody></table>'
A(h)

A('<div class="cols">')
A("""<h2>Ontwikkelingen</h2>
<h3>Landelijk</h3>
<p>Sinds 2024 geldt een CO2-heffing voor afvalenergiecentrales. De exploitanten berekenen deze heffing door in het
verwerkingstarief. Voor 2025 gaan wij uit van een doorberekening van € 4,10 per ton restafval; de heffing loopt
de komende jaren op. Het Rijk heeft daarnaast de afvalstoffenbelasting verhoogd. Beide maatregelen maken het
scheiden van afval financieel nog aantrekkelijker.</p>
<p>Per 1 januari 2025 geldt een uitgebreide producentenverantwoordelijkheid (UPV) voor textiel. Producenten worden
verantwoordelijk voor de inzameling en verwerking van afgedankt textiel. Wij zijn met de producentenorganisatie in
gesprek over een vergoeding voor onze textielinzameling; deze is nog niet in de begroting verwerkt.</p>
<p>De vergoedingen voor verpakkingen worden vanaf 2025 opnieuw vastgesteld in de ketenovereenkomst. De verwachte
lagere vergoeding voor pmd is in programma 3 verwerkt.</p>
<h3>Regionaal</h3>
<p>Het regionaal grondstoffenplan 2023-2027 is door alle acht gemeenteraden vastgesteld. Het plan bevat de ambitie om
in 2027 uit te komen op 100 kg restafval per inwoner. Omgekeerd inzamelen is daarvoor het belangrijkste middel. Na
Marskamp (2021), Oosterlinde (2022) en Hevelland (2025) besluiten de gemeenten Aldeborg en Zuidermeent in 2025 over
invoering; de financi&euml;le effecten daarvan zijn nog niet in deze begroting opgenomen.</p>
<h3>Arbeidsmarkt</h3>
<p>Het blijft lastig om voldoende chauffeurs met een C-rijbewijs te vinden. In 2023 stonden gemiddeld 7 vacatures open.
Wij leiden daarom zelf chauffeurs op: in 2025 volgen 6 medewerkers een opleiding voor het groot rijbewijs.</p>
<h2>Uitgangspunten</h2>
<p>De begroting is opgesteld op basis van de uitgangspunten uit de kaderbrief 2025, die het algemeen bestuur op
15 februari 2024 heeft vastgesteld.</p>
<table class="narrow"><caption>Uitgangspunten begroting 2025</caption>
<thead><tr><th class="l">Uitgangspunt</th><th>2025</th><th>2026-2028<br>(per jaar)</th></tr></thead><tbody>
<tr><td class="l">Loonontwikkeling</td><td>3,8%</td><td>2,5%</td></tr>
<tr><td class="l">Prijsontwikkeling</td><td>2,7%</td><td>2,0%</td></tr>
<tr><td class="l">Rente-omslag</td><td>2,1%</td><td>2,1%</td></tr>
<tr><td class="l">Groei aantal huishoudens</td><td>0,7%</td><td>0,6%</td></tr>
</tbody></table>
<p>Contractuele indexaties van verwerkingstarieven zijn volgens de contractvoorwaarden verwerkt. Voor de
opbrengst van oud papier is uitgegaan van een gemiddelde prijs van € 95 per ton.</p>
</div>""")

# ---------------- 3 programma 1 ----------------
P1 = PROG["Inzameling"]
A('<h1 class="pb">3. Programma 1 Inzameling</h1><div class="cols">')
A("""<h2>Wat willen we bereiken?</h2>
<p>Wij willen het huishoudelijk afval betrouwbaar, veilig en tegen zo laag mogelijke kosten inzamelen. Tegelijk willen
wij de hoeveelheid restafval verder terugdringen. De deelnemende gemeenten hebben in het regionaal grondstoffenplan
2023-2027 afgesproken dat de hoeveelheid restafval in 2027 is gedaald naar 100 kg per inwoner. In 2023 was dat nog
131 kg per inwoner. Voor 2025 streven wij naar 115 kg.</p>
<p>Het scheidingspercentage, het deel van het huishoudelijk afval dat gescheiden wordt ingezameld, is gestegen tot
69,8% in 2023. Het doel voor 2025 is 73,0%.</p>
<table class="narrow"><caption>Doelenindicatoren inzameling</caption>
<thead><tr><th class="l">Indicator</th><th>Realisatie<br>2023</th><th>Doel<br>2024</th><th>Doel<br>2025</th></tr></thead><tbody>
<tr><td class="l">Restafval per inwoner (kg)</td><td>131</td><td>125</td><td>115</td></tr>
<tr><td class="l">Scheidingspercentage</td><td>69,8%</td><td>71,0%</td><td>73,0%</td></tr>
<tr><td class="l">Niet-geleegde containers per 10.000 ledigingen</td><td>3,1</td><td>3,0</td><td>2,5</td></tr>
<tr><td class="l">Schadeclaims inzameling (aantal)</td><td>46</td><td>&lt; 40</td><td>&lt; 40</td></tr>
</tbody></table>
<h2>Wat gaan we daarvoor doen?</h2>
<h3>Omgekeerd inzamelen in Hevelland</h3>
<p>Per 1 april 2025 stapt Hevelland over op omgekeerd inzamelen. Bijna 15.000 huishoudens brengen hun restafval dan
naar een van de 164 ondergrondse containers in de kernen. Gft, pmd en papier worden vaker aan huis opgehaald. Op basis
van de ervaringen in Marskamp en Oosterlinde verwachten wij dat de hoeveelheid restafval in Hevelland met ongeveer
30% daalt. De eenmalige invoeringskosten bedragen € 185.000. De investering in ondergrondse containers is opgenomen in het investeringsplan.</p>
<h3>Vernieuwing wagenpark</h3>
<p>In 2025 vervangen wij twee zijladers en een kraakperswagen. Als pilot schaffen wij de eerste elektrische
kraakperswagen aan (€ 525.000). Voor het laden van elektrische voertuigen wordt de werf in Dronkwerd voorzien van
laadinfrastructuur. De resultaten van de pilot bepalen de vervangingsstrategie vanaf 2027. Wij verwachten dat een
elektrisch voertuig jaarlijks circa 28 ton CO2 minder uitstoot dan een dieselvoertuig.</p>
<h3>Inzamelen bij kleine bedrijven</h3>
<p>Steeds meer kleine ondernemers in de kernen laten hun bedrijfsafval door ons inzamelen. Eind 2023 hadden wij
1.240 contracten voor bedrijfsafval, een groei van 9% ten opzichte van 2022. De opbrengst hiervan stijgt naar
verwachting met € 155.000. Deze dienstverlening is kostendekkend en wordt afzonderlijk verantwoord in verband met
de vennootschapsbelasting.</p>
<h3>Dienstverlening</h3>
<p>Inwoners melden een niet-geleegde container of een kapotte minicontainer via de afvalapp, de website of het
klantcontactcentrum. In 2023 ontvingen wij 38.600 meldingen; 91% werd binnen twee werkdagen afgehandeld. Met een nieuw
klantcontactsysteem willen wij dit in 2025 verhogen naar 95%.</p>
<h2>Wat mag het kosten?</h2>
<p>De lasten van het programma stijgen met € 832.000. Dit komt door de invoering van omgekeerd inzamelen in Hevelland,
de loonkosten en hogere kapitaallasten. De baten stijgen met € 155.000 door de groei van de bedrijfsafvalinzameling.</p>
</div>""")
A(prog_table("Tabel 3.1 Baten en lasten programma 1 Inzameling", "Inzameling", P1, "Bedragen x € 1.000"))

# ---------------- 4 programma 2 ----------------
P2 = PROG["Milieustraten en grondstoffen"]
A('<h1 class="pb">4. Programma 2 Milieustraten en grondstoffen</h1><div class="cols">')
A("""<h2>Wat willen we bereiken?</h2>
<p>Inwoners kunnen op onze milieustraten grof huishoudelijk afval en herbruikbare materialen kwijt die niet aan huis
worden opgehaald. Wij willen dat zoveel mogelijk van deze materialen opnieuw wordt gebruikt of gerecycled. In 2023
kwam 84% van wat op de milieustraten werd aangeboden in aanmerking voor hergebruik of recycling. Wij willen dit
verhogen naar 86% in 2025.</p>
<p>De drie milieustraten werden in 2023 ruim 187.000 keer bezocht. Inwoners waardeerden de milieustraten met een
rapportcijfer van 7,8.</p>
<table class="narrow"><caption>Doelenindicatoren milieustraten</caption>
<thead><tr><th class="l">Indicator</th><th>Realisatie<br>2023</th><th>Doel<br>2025</th></tr></thead><tbody>
<tr><td class="l">Bezoeken milieustraten</td><td>187.400</td><td>190.000</td></tr>
<tr><td class="l">Hergebruik en recycling</td><td>84%</td><td>86%</td></tr>
<tr><td class="l">Waardering bezoekers (rapportcijfer)</td><td>7,8</td><td>&ge; 7,5</td></tr>
</tbody></table>
<h2>Wat gaan we daarvoor doen?</h2>
<h3>Herinrichting milieustraat Aldeborg</h3>
<p>De milieustraat Aldeborg is in 1998 in gebruik genomen en voldoet niet meer aan de eisen van deze tijd. Auto's en
aanhangers staan op drukke zaterdagen tot op de openbare weg en bezoekers moeten trappen op om hun afval in de
containers te werpen. Na de herinrichting is er een gescheiden route voor bezoekers en vrachtverkeer, worden de
containers verdiept opgesteld en komt er een overdekte hal voor herbruikbare spullen. De totale investering bedraagt
€ 2.980.000, waarvan € 2.035.000 in 2025 en € 945.000 in 2026. Tijdens de verbouwing is de milieustraat Aldeborg
ongeveer vier maanden gesloten; inwoners kunnen dan terecht in Marskamp en Vliedorp.</p>
<p>De kapitaallasten worden deels gedekt uit de bestemmingsreserve herinrichting milieustraten (€ 120.000 per jaar).</p>
<h3>Tarieven</h3>
<p>Voor een aantal afvalstromen betalen inwoners een tarief aan de poort. De tarieven worden in 2025 verhoogd om de
gestegen verwerkingskosten te dekken. Asbest blijft gratis om illegale stort te voorkomen.</p>
<table class="narrow"><caption>Tarieven milieustraten (in €)</caption>
<thead><tr><th class="l">Afvalstroom</th><th>2024</th><th>2025</th></tr></thead><tbody>
<tr><td class="l">Grof restafval, per 100 kg</td><td>11,50</td><td>12,50</td></tr>
<tr><td class="l">Bouw- en sloopafval, per 100 kg</td><td>13,75</td><td>14,75</td></tr>
<tr><td class="l">Dakleer en gips, per 100 kg</td><td>16,00</td><td>17,25</td></tr>
<tr><td class="l">Groenafval, per aanhanger</td><td>7,50</td><td>8,00</td></tr>
<tr><td class="l">Autobanden zonder velg, per stuk</td><td>3,50</td><td>3,75</td></tr>
<tr><td class="l">Asbest (max. 35 m&sup2;, verpakt)</td><td>gratis</td><td>gratis</td></tr>
</tbody></table>
<h3>Kringloop en hergebruik</h3>
<p>Samen met Kringloop Ravelingen zetten wij op alle milieustraten een inzamelpunt voor herbruikbare spullen in.
In 2023 leverde dit 412 ton aan goederen op die in de kringloopwinkels opnieuw werden verkocht. Daarnaast
bieden wij via Kringloop Ravelingen 14 werkervaringsplaatsen aan voor mensen met een afstand tot de arbeidsmarkt.</p>
<h2>Wat mag het kosten?</h2>
<p>De lasten stijgen met € 383.000, vooral door de kapitaallasten van de herinrichting en de loon- en prijsontwikkeling.
De baten stijgen met € 92.000 door de hogere tarieven en vergoedingen voor elektrische apparaten en metalen.</p>
</div>""")
A(prog_table("Tabel 4.1 Baten en lasten programma 2 Milieustraten en grondstoffen", "Milieustraten", P2, "Bedragen x € 1.000"))

# ---------------- 5 programma 3 ----------------
P3 = PROG["Verwerking"]
A('<h1 class="pb">5. Programma 3 Verwerking</h1><div class="cols">')
A("""<h2>Wat willen we bereiken?</h2>
<p>Wij willen dat het ingezamelde afval zo hoogwaardig mogelijk wordt verwerkt, tegen marktconforme tarieven en met
zo weinig mogelijk risico voor de deelnemers. Afval dat niet kan worden gerecycled, wordt in een afvalenergiecentrale
verbrand, waarbij elektriciteit en warmte worden opgewekt.</p>
<h2>Wat gaan we daarvoor doen?</h2>
<h3>Contracten</h3>
<p>Het restafval wordt verwerkt op grond van een contract dat na Europese aanbesteding in 2022 is gesloten en loopt tot
en met 2029. Het verwerkingstarief voor restafval bedraagt in 2025 € 142,15 per ton, inclusief afvalstoffenbelasting
en CO2-heffing. In 2024 was dat € 131,60 per ton. Voor gft loopt een contract met een composteerder in de regio tot en
met 2026; de voorbereiding van een nieuwe aanbesteding start in 2025.</p>
<h3>Pmd en papier</h3>
<p>De vergoeding voor het inzamelen en sorteren van pmd daalt in 2025, omdat de verpakkingsketen de vergoedingen
herziet. Dit levert een tekort op van € 350.000 ten opzichte van 2024. De opbrengst van oud papier en karton stijgt
juist, door een hogere marktprijs (€ 514.000 hoger dan begroot in 2024).</p>
<table class="narrow"><caption>Verwerkte hoeveelheden (in ton)</caption>
<thead><tr><th class="l">Afvalstroom</th><th>Rekening<br>2023</th><th>Begroting<br>2025</th></tr></thead><tbody>
<tr><td class="l">Restafval (incl. grof restafval)</td><td>28.080</td><td>24.650</td></tr>
<tr><td class="l">Gft</td><td>31.200</td><td>32.100</td></tr>
<tr><td class="l">Pmd</td><td>8.150</td><td>8.600</td></tr>
<tr><td class="l">Oud papier en karton</td><td>11.900</td><td>11.600</td></tr>
<tr><td class="l">Grof huishoudelijk afval (overig)</td><td>9.300</td><td>9.100</td></tr>
<tr class="tot"><td class="l">Totaal</td><td>88.630</td><td>86.050</td></tr>
</tbody></table>
<h3>Gft en etensresten</h3>
<p>Door de uitbreiding van de gft-inzameling met etensresten bij hoogbouw in Aldeborg en Zuidermeent neemt de hoeveelheid
gft toe tot 32.100 ton. De verwerkingskosten van gft stijgen daardoor met € 327.000.</p>
<h2>Wat mag het kosten?</h2>
<p>De lasten van het programma stijgen met € 888.000 tot € 12,8 miljoen. De baten stijgen per saldo met € 164.000.</p>
</div>""")
A(prog_table("Tabel 5.1 Baten en lasten programma 3 Verwerking", "Verwerking", P3, "(bedragen in duizenden euro's)"))

# ---------------- 6 overhead ----------------
A('<h1 class="pb">6. Overhead, algemene dekkingsmiddelen en onvoorzien</h1><div class="cols">')
A(f"""<h2>Overhead</h2>
<p>Onder overhead vallen de kosten van leidinggevenden, financi&euml;n, personeel en organisatie, ICT, juridische zaken,
facilitaire zaken en de bestuursondersteuning. Conform het BBV worden deze kosten centraal begroot en niet toegerekend
aan de programma's. De overhead stijgt met € 229.000, door hogere licentiekosten en de loonontwikkeling.
In 2025 bedraagt de overhead {pct(100*OVERHEAD['L'][2]/TOT_L[2])} van de totale lasten.</p>
<h2>Algemene dekkingsmiddelen</h2>
<p>De belangrijkste dekkingsbron van Afvalsamenwerking Ravelingen is de bijdrage van de deelnemende gemeenten. De
gemeenten dekken deze bijdrage op hun beurt grotendeels uit de afvalstoffenheffing. De bijdrage bestaat uit een vaste
voet van {eur(VASTE_VOET)} per gemeente en een variabel deel op basis van het aantal huishoudens per 1 januari van het
voorafgaande jaar. Het tarief per huishouden bedraagt in 2025 € {dec(TARIEF25,2)} (2024: € {dec(TARIEF24,2)}).</p>
<p>Afvalsamenwerking Ravelingen heeft geen eigen belastinggebied en heft geen lokale heffingen.</p>
<h2>Onvoorzien</h2>
<p>Voor onvoorziene, onvermijdbare en onuitstelbare uitgaven is een bedrag van € 50.000 opgenomen. Inzet van de post
onvoorzien gebeurt na besluit van het dagelijks bestuur en wordt verantwoord in de bestuursrapportage.</p>
<h2>Vennootschapsbelasting</h2>
<p>De inzameling van bedrijfsafval en de verkoop van grondstoffen zijn aangemerkt als mogelijk belaste activiteiten.
Op grond van de uitgevoerde fiscale analyse is Afvalsamenwerking Ravelingen niet belastingplichtig, omdat de
activiteiten per saldo geen winst opleveren. Er is daarom geen last voor vennootschapsbelasting begroot.</p>
</div>""")
h = '<table class="full keep"><caption>Tabel 6.1 Overhead, algemene dekkingsmiddelen en onvoorzien</caption>'
h += '<thead><tr><th class="l">Bedragen x € 1.000</th>' + "".join(f"<th>{y}</th>" for y in YH) + "</tr></thead><tbody>"
rows6 = [
    ("Overhead", None, None),
    ("Lasten", OVERHEAD["L"], "ind"), ("Baten", OVERHEAD["B"], "ind"),
    ("Algemene dekkingsmiddelen", None, None),
    ("Bijdragen deelnemende gemeenten", BIJ, "ind"),
    ("Onvoorzien", None, None),
    ("Lasten", ONVOORZIEN["L"], "ind"),
    ("Vennootschapsbelasting", None, None),
    ("Lasten", VPB["L"], "ind"),
]
for lab, vals, c in rows6:
    if vals is None:
        h += f'<tr class="grp"><td class="l">{lab}</td>' + "<td></td>" * 6 + "</tr>"
    else:
        h += f'<tr><td class="l ind">{lab}</td>' + "".join(f"<td>{n(v)}</td>" for v in vals) + "</tr>"
h += "</tbody></table>"
A(h)

# ---------------- 7 paragrafen ----------------
A('<h1 class="pb">7. Paragrafen</h1><div class="cols">')
A(f"""<h2>7.1 Weerstandsvermogen en risicobeheersing</h2>
<p>Het weerstandsvermogen geeft aan in hoeverre Afvalsamenwerking Ravelingen financi&euml;le tegenvallers kan opvangen
zonder dat het beleid hoeft te worden aangepast. Het is de verhouding tussen de beschikbare weerstandscapaciteit en de
benodigde weerstandscapaciteit, die volgt uit de gekwantificeerde risico's.</p>
<p>Volgens de gemeenschappelijke regeling zijn de deelnemende gemeenten gehouden een tekort aan te vullen. Het algemeen
bestuur heeft daarom bepaald dat de algemene reserve maximaal 3,5% van de totale lasten mag bedragen; een hoger
saldo wordt teruggegeven aan de deelnemers.</p>
<h3>Beschikbare weerstandscapaciteit</h3>
<p>De beschikbare weerstandscapaciteit bestaat uit de algemene reserve (€ 1.245.000 per 1 januari 2025) en de post
onvoorzien (€ 50.000), samen {eur(WEERSTAND_CAP)}. De egalisatiereserve tarieven en de bestemmingsreserves rekenen
wij niet tot de weerstandscapaciteit, omdat het algemeen bestuur daaraan een bestemming heeft gegeven.</p>
<h3>Benodigde weerstandscapaciteit</h3>
<p>De risico's zijn gekwantificeerd door het financi&euml;le gevolg te vermenigvuldigen met de kans dat het risico zich
voordoet. Dit levert een benodigde weerstandscapaciteit op van {eur(RISK_NEED)}.</p>
<h3>Ratio weerstandsvermogen</h3>
<p>De ratio weerstandsvermogen komt uit op {dec(RATIO,2)} ({eur(WEERSTAND_CAP)} gedeeld door {eur(RISK_NEED)}).
Volgens de gebruikelijke waarderingstabel is dat voldoende (klasse C: ratio tussen 1,0 en 1,4). Het algemeen
bestuur streeft naar een ratio van minimaal 1,0.</p>
</div>""")
h = '<table class="full keep"><caption>Tabel 7.1 Risico\'s en benodigde weerstandscapaciteit</caption>'
h += '<thead><tr><th class="l">Risico</th><th>Kans</th><th>Financieel<br>gevolg (€)</th><th>Benodigde<br>capaciteit (€)</th></tr></thead><tbody>'
for lab, k, g in RISKS:
    h += f'<tr><td class="l">{lab}</td><td>{k}%</td><td>{n(g)}</td><td>{n(k*g//100)}</td></tr>'
h += f'<tr class="tot"><td class="l">Totaal benodigde weerstandscapaciteit</td><td></td><td>{n(sum(g for _,_,g in RISKS))}</td><td>{n(RISK_NEED)}</td></tr></tbody></table>'
A(h)

A('<div class="cols">')
A(f"""<h3>Financi&euml;le kengetallen</h3>
<p>Het BBV schrijft vijf kengetallen voor. Voor een gemeenschappelijke regeling zijn de kengetallen grondexploitatie en
belastingcapaciteit niet van toepassing. De netto schuldquote stijgt in 2025 naar {pct(NSQ[2])} door de financiering van
de investeringen in de milieustraat Aldeborg en het wagenpark, en daalt daarna weer. De solvabiliteitsratio daalt
tot {pct(SOLV[2])}, doordat reserves worden ingezet en het balanstotaal toeneemt. Een lage solvabiliteit past bij
een gemeenschappelijke regeling waarvan de deelnemers garant staan voor de tekorten.</p>
<p>De structurele exploitatieruimte is in 2025 en 2026 negatief, omdat de begroting in die jaren alleen sluit door de
incidentele inzet van de egalisatiereserve tarieven (zie paragraaf 8.2). Vanaf 2027 is de exploitatieruimte weer nul of positief.</p>
</div>""")
STRUCT_ALL = [None, -300, STRUCT[0], STRUCT[1], STRUCT[2], STRUCT[3]]
SER = ["0,8%"] + [pct(100 * STRUCT_ALL[i] / TOT_B[i]) for i in range(1, 6)]
h = '<table class="full keep"><caption>Tabel 7.2 Financi&euml;le kengetallen</caption>'
h += '<thead><tr><th class="l">Kengetal</th>' + "".join(f"<th>{y}</th>" for y in YH) + "</tr></thead><tbody>"
h += '<tr><td class="l">Netto schuldquote</td>' + "".join(f"<td>{pct(v)}</td>" for v in NSQ) + "</tr>"
h += '<tr><td class="l">Netto schuldquote gecorrigeerd voor alle verstrekte leningen</td>' + "".join(f"<td>{pct(v)}</td>" for v in NSQ) + "</tr>"
h += '<tr><td class="l">Solvabiliteitsratio</td>' + "".join(f"<td>{pct(v)}</td>" for v in SOLV) + "</tr>"
h += '<tr><td class="l">Structurele exploitatieruimte</td>' + "".join(f"<td>{v}</td>" for v in SER) + "</tr>"
h += '<tr><td class="l">Grondexploitatie</td>' + "<td>n.v.t.</td>" * 6 + "</tr>"
h += '<tr><td class="l">Belastingcapaciteit</td>' + "<td>n.v.t.</td>" * 6 + "</tr>"
h += "</tbody></table>"
A(h)

A('<div class="cols">')
A(f"""<h2>7.2 Onderhoud kapitaalgoederen</h2>
<p>Afvalsamenwerking Ravelingen beheert de werf in Dronkwerd (kantoor, garage, wasplaats en stalling), de drie
milieustraten en een voormalige stortplaats in Kremmerdijk. De ondergrondse containers zijn eigendom van de
afvalsamenwerking; de grond waarop zij staan blijft eigendom van de gemeenten.</p>
<p>Voor het groot onderhoud van de gebouwen en terreinen is een meerjarenonderhoudsplan (MJOP) opgesteld, dat in 2023
is geactualiseerd. De jaarlijkse dotatie aan de voorziening groot onderhoud bedraagt € 185.000. In 2025 worden onder
meer de daken van de garage en de wasplaats vervangen (€ 126.000) en wordt de verharding op de milieustraat Marskamp
hersteld (€ 84.000).</p>
<p>Het onderhoud van de voertuigen wordt in de eigen garage uitgevoerd. Voertuigen worden in principe na acht jaar
vervangen; bij een goede technische staat wordt de levensduur met maximaal twee jaar verlengd.</p>
<p>Voor de nazorg van de voormalige stortplaats Kremmerdijk, die in 1996 is gesloten, is een voorziening gevormd. De
nazorg omvat het beheer van de bovenafdichting, het percolaatwater en de monitoring van het grondwater. De
jaarlijkse kosten bedragen circa € 95.000.</p>
<h2>7.3 Financiering</h2>
<p>De treasuryfunctie is erop gericht de financieringsbehoefte tegen zo laag mogelijke kosten en beperkte risico's in
te vullen. Wij financieren uitsluitend ten behoeve van de publieke taak en lenen alleen bij de BNG Bank en de NWB Bank.</p>
<p>De kasgeldlimiet bedraagt 8,2% van het begrotingstotaal, voor 2025 {eur(KASGELD)}. Wij verwachten deze limiet
niet te overschrijden. De renterisiconorm bedraagt 20% van het begrotingstotaal, ofwel {eur(RENTERISICO)}. In 2025 moet
€ 1.915.000 worden afgelost; herfinanciering valt ruim binnen de norm.</p>
<table class="narrow"><caption>Langlopende leningen (x € 1.000)</caption>
<thead><tr><th class="l">Omschrijving</th><th>2025</th></tr></thead><tbody>
<tr><td class="l">Stand per 1 januari</td><td>{n(VASTE_SCHULD[1])}</td></tr>
<tr><td class="l">Nieuwe leningen</td><td>5.000</td></tr>
<tr><td class="l">Reguliere aflossingen</td><td>-1.915</td></tr>
<tr class="tot"><td class="l">Stand per 31 december</td><td>{n(VASTE_SCHULD[2])}</td></tr>
</tbody></table>
<p>Het rentepercentage dat wordt doorberekend aan de investeringen (de rente-omslag) bedraagt 2,1%. Voor de nieuwe
lening van € 5 miljoen is rekening gehouden met een rente van 3,2%.</p>
<h2>7.4 Bedrijfsvoering</h2>
<p>De formatie neemt in 2025 toe van {dec(FTE24)} naar {dec(FTE25)} fte. De groei zit vooral bij inzameling (extra
routes voor gft en pmd in Hevelland) en bij de milieustraten, waar de openingstijden op zaterdag worden verruimd.</p>
<table class="narrow"><caption>Formatie per afdeling (in fte)</caption>
<thead><tr><th class="l">Afdeling</th><th>Begroting<br>2024</th><th>Begroting<br>2025</th><th>Mutatie</th></tr></thead><tbody>""")
rows = ""
for lab, a, b in FTE:
    rows += f'<tr><td class="l">{lab}</td><td>{dec(a)}</td><td>{dec(b)}</td><td>{"-" if b == a else dec(b - a)}</td></tr>'
rows += f'<tr class="tot"><td class="l">Totaal</td><td>{dec(FTE24)}</td><td>{dec(FTE25)}</td><td>{dec(FTE25-FTE24)}</td></tr></tbody></table>'
A(rows)
A("""<p>Het ziekteverzuim was in 2023 6,8%. Dat is hoog, maar past bij het fysiek zware werk van beladers en
chauffeurs. Wij streven naar een verzuim van maximaal 5,5% in 2025 en investeren daarom in elektrische
zijladers met een verlaagde instap en in een vitaliteitsprogramma.</p>
<p>In 2025 wordt een nieuw klantcontactsysteem in gebruik genomen dat is gekoppeld aan de afvalapp. Voor
informatiebeveiliging volgen wij de Baseline Informatiebeveiliging Overheid (BIO).</p>
<h2>7.5 Verbonden partijen</h2>
<p>Afvalsamenwerking Ravelingen is lid van de Co&ouml;peratie Grondstoffenroute Oost U.A., waarin zes
afvalorganisaties gezamenlijk de afzet van oud papier en textiel regelen. Het financi&euml;le belang bestaat uit een
ledenkapitaal van € 25.000. Het eigen vermogen van de co&ouml;peratie bedroeg eind 2023 € 412.000. Er zijn geen
bijzondere risico's.</p>
<table class="narrow"><caption>Co&ouml;peratie Grondstoffenroute Oost U.A.</caption>
<thead><tr><th class="l">Gegeven</th><th>Waarde</th></tr></thead><tbody>
<tr><td class="l">Vestigingsplaats</td><td>Deventer</td></tr>
<tr><td class="l">Deelnemers</td><td>6 afvalorganisaties</td></tr>
<tr><td class="l">Financieel belang (ledenkapitaal)</td><td>€ 25.000</td></tr>
<tr><td class="l">Eigen vermogen 31-12-2023</td><td>€ 412.000</td></tr>
<tr><td class="l">Vreemd vermogen 31-12-2023</td><td>€ 1.284.000</td></tr>
<tr><td class="l">Resultaat 2023</td><td>€ 38.000</td></tr>
</tbody></table>
<p>De co&ouml;peratie verkoopt het ingezamelde oud papier en textiel namens de leden. De opbrengsten worden na aftrek
van de organisatiekosten naar rato van de aangeleverde hoeveelheden aan de leden uitgekeerd. Afvalsamenwerking
Ravelingen leverde in 2023 ruim 11.900 ton oud papier en karton aan.</p>
<p>Daarnaast is Afvalsamenwerking Ravelingen aandeelhouder (4,2%) van Kringloop Ravelingen B.V.; de boekwaarde
van de aandelen bedraagt € 18.000.</p>
</div>""")

# ---------------- 8 financiele begroting ----------------
A('<h1 class="pb">8. Financi&euml;le begroting</h1>')
A('<div class="cols"><h2>8.1 Overzicht van baten en lasten</h2><p>Het overzicht van baten en lasten geeft de baten en lasten per programma en de onderdelen overhead, algemene dekkingsmiddelen, onvoorzien en vennootschapsbelasting weer. Het saldo van baten en lasten wordt verrekend met de mutaties in de reserves. Het resultaat van de rekening 2023 (een voordelig saldo van € 286.000) is in 2024 aan de deelnemende gemeenten teruggegeven.</p><p>Alle bedragen zijn in duizenden euro\'s. Lasten en baten zijn beide positief weergegeven; een negatief saldo is een nadeel.</p></div>')
h = '<table class="full"><caption>Tabel 8.1 Overzicht van baten en lasten</caption>'
h += '<thead><tr><th class="l">Bedragen x € 1.000</th>' + "".join(f"<th>{y}</th>" for y in YH) + "</tr></thead><tbody>"


def row(lab, vals, cls="", ind=True, fn=n):
    c = f' class="{cls}"' if cls else ""
    i = " ind" if ind else ""
    return f'<tr{c}><td class="l{i}">{lab}</td>' + "".join(f"<td>{fn(v)}</td>" for v in vals) + "</tr>"


h += '<tr class="grp"><td class="l">Lasten</td>' + "<td></td>" * 6 + "</tr>"
for i, (k, d) in enumerate(PROG.items(), 1):
    h += row(f"Programma {i} {k}", d["L"])
h += row("Overhead", OVERHEAD["L"]) + row("Onvoorzien", ONVOORZIEN["L"]) + row("Vennootschapsbelasting", VPB["L"])
h += row("Totaal lasten", TOT_L, "tot", False)
h += '<tr class="grp"><td class="l">Baten</td>' + "<td></td>" * 6 + "</tr>"
for i, (k, d) in enumerate(PROG.items(), 1):
    h += row(f"Programma {i} {k}", d["B"])
h += row("Overhead", OVERHEAD["B"]) + row("Algemene dekkingsmiddelen: bijdragen deelnemers", BIJ)
h += row("Totaal baten", TOT_B, "tot", False)
h += row("Saldo van baten en lasten", SALDO, "tot", False)
h += row("Toevoegingen aan reserves", TOEV)
h += row("Onttrekkingen aan reserves", ONTTR)
h += row("Resultaat", RESULT, "tot", False)
h += "</tbody></table>"
A(h)

A('<div class="cols">')
A("""<h2>8.2 Incidentele baten en lasten en structureel evenwicht</h2>
<p>Incidentele baten en lasten zijn baten en lasten die zich gedurende maximaal drie jaar voordoen. De onttrekking
aan de egalisatiereserve tarieven is incidenteel, evenals de invoeringskosten van omgekeerd inzamelen in Hevelland
en de sanering van een asbesthoudende opstal op de milieustraat Aldeborg. In 2027 zijn incidentele kosten voorzien
voor de aanbesteding van de verwerking van restafval, omdat het huidige contract eind 2029 afloopt.</p>
<p>De onttrekking aan de bestemmingsreserve herinrichting milieustraten dekt de afschrijvingslasten gedurende de
looptijd van de investering en is daarom als structureel aangemerkt.</p>
</div>""")
h = '<table class="full keep"><caption>Tabel 8.2 Incidentele baten en lasten</caption>'
h += '<thead><tr><th class="l">x € 1.000 (baten met - achter het bedrag)</th><th>Pro-<br>gramma</th><th>Begroting<br>2025</th><th>Raming<br>2026</th><th>Raming<br>2027</th><th>Raming<br>2028</th></tr></thead><tbody>'
for lab, pr, vals in INC:
    if vals is None:
        h += f'<tr class="grp"><td class="l">{lab}</td>' + "<td></td>" * 5 + "</tr>"
    else:
        h += f'<tr><td class="l ind">{lab}</td><td>{pr}</td>' + "".join(f"<td>{trail(v)}</td>" for v in vals) + "</tr>"
h += '<tr class="tot"><td class="l">Saldo incidentele baten en lasten</td><td></td>' + "".join(f"<td>{trail(v)}</td>" for v in inc_tot) + "</tr></tbody></table>"
A(h)
# structureel saldo = resultaat (0) minus incidenteel resultaat (baten - lasten = -inc_tot)
STRUCT = [inc_tot[j] for j in range(4)]
A('<div class="cols"><p>Het structureel saldo is het begrotingsresultaat gecorrigeerd voor de incidentele baten en lasten. '
  f'In 2025 is het structureel saldo negatief: een nadeel van € {n(abs(STRUCT[0]))}.000. De begroting sluit alleen door de incidentele onttrekking '
  f'aan de egalisatiereserve tarieven. Ook in 2026 is er een structureel tekort, van € {n(abs(STRUCT[1]))}.000. Het dagelijks bestuur komt in de kaderbrief 2026 '
  'met voorstellen om de begroting vanaf 2027 structureel sluitend te maken; in de raming voor 2027 en 2028 is dat al het geval.</p></div>')

# reserves en voorzieningen
A('<div class="cols"><h2>8.3 Reserves en voorzieningen</h2><p>De reserves en voorzieningen zijn hieronder weergegeven met de verwachte mutaties in 2025. '
  'De egalisatiereserve tarieven daalt door de onttrekking van € 350.000 naar € 710.000. Het algemeen bestuur heeft een minimum van € 500.000 vastgesteld. '
  'De reserve vervanging ICT wordt jaarlijks met € 60.000 gevoed ten behoeve van de vervanging van de boordcomputers en het klantcontactsysteem in 2029.</p>'
  '<p>De voorzieningen zijn gebaseerd op het meerjarenonderhoudsplan, het nazorgplan voor de stortplaats en een actuari&euml;le berekening van de pensioenverplichtingen.</p></div>')
h = '<table class="full keep"><caption>Tabel 8.3 Verloop reserves en voorzieningen 2025</caption>'
h += '<thead><tr><th class="l">(bedragen in duizenden euro\'s)</th><th>Stand<br>1-1-2025</th><th>Toevoeging</th><th>Onttrekking</th><th>Stand<br>31-12-2025</th></tr></thead><tbody>'
h += '<tr class="grp"><td class="l">Reserves</td><td></td><td></td><td></td><td></td></tr>'
res_mut = {"Algemene reserve": (0, 0), "Egalisatiereserve tarieven": (0, 350),
           "Bestemmingsreserve herinrichting milieustraten": (0, 120), "Reserve vervanging ICT": (60, 0)}
rt = [0, 0, 0, 0]
for k, v in RES.items():
    t, o = res_mut[k]
    assert v[1] + t - o == v[2]
    vals = [v[1], t, o, v[2]]
    rt = [a + b for a, b in zip(rt, vals)]
    h += f'<tr><td class="l ind">{k}</td>' + "".join(f"<td>{n(x)}</td>" for x in vals) + "</tr>"
assert rt[1] == TOEV[2] and rt[2] == ONTTR[2]
h += '<tr class="tot"><td class="l">Totaal reserves</td>' + "".join(f"<td>{n(x)}</td>" for x in rt) + "</tr>"
h += '<tr class="grp"><td class="l">Voorzieningen</td><td></td><td></td><td></td><td></td></tr>'
vt = [0, 0, 0, 0]
for k, (s, t, o) in VOORZ.items():
    vals = [s, t, o, s + t - o]
    vt = [a + b for a, b in zip(vt, vals)]
    h += f'<tr><td class="l ind">{k}</td>' + "".join(f"<td>{n(x)}</td>" for x in vals) + "</tr>"
assert vt[0] == VOORZ_TOT[1] and vt[3] == VOORZ_TOT[2]
h += '<tr class="tot"><td class="l">Totaal voorzieningen</td>' + "".join(f"<td>{n(x)}</td>" for x in vt) + "</tr></tbody></table>"
A(h)
RES_TOT = rt
VOORZ_T = vt

# balans
A('<div class="cols"><h2>8.4 Geprognosticeerde balans</h2><p>De geprognosticeerde balans geeft het verloop van de activa en passiva weer. '
  'De vaste activa nemen in 2025 toe door de investeringen in de milieustraat Aldeborg en het wagenpark. De vaste schulden stijgen door het aantrekken van een nieuwe lening van € 5 miljoen. '
  'Het eigen vermogen bestaat uit de reserves; per 31 december 2023 inclusief het nog te bestemmen resultaat van € 286.000.</p></div>')
h = '<table class="full keep"><caption>Tabel 8.4 Geprognosticeerde balans per 31 december</caption>'
BY = ["Rekening<br>2023", "Begroting<br>2024", "Begroting<br>2025", "Raming<br>2026", "Raming<br>2027", "Raming<br>2028"]
h += '<thead><tr><th class="l">Bedragen x € 1.000</th>' + "".join(f"<th>{y}</th>" for y in BY) + "</tr></thead><tbody>"
h += '<tr class="grp"><td class="l">Activa</td>' + "<td></td>" * 6 + "</tr>"
h += row("Vaste activa", VA) + row("Vlottende activa", VLOTTEND_A) + row("Totaal activa", TP, "tot", False)
h += '<tr class="grp"><td class="l">Passiva</td>' + "<td></td>" * 6 + "</tr>"
h += row("Eigen vermogen", EV) + row("Voorzieningen", VOORZ_TOT) + row("Vaste schulden (looptijd &ge; 1 jaar)", VASTE_SCHULD)
h += row("Vlottende passiva", VLOTTEND_P) + row("Totaal passiva", TP, "tot", False)
h += "</tbody></table>"
A(h)

# investeringen
A('<div class="cols"><h2>8.5 Investeringen</h2><p>Het investeringsplan 2025-2028 omvat de vervanging van voertuigen en containers, de herinrichting '
  f'van de milieustraat Aldeborg en investeringen in ICT en de werf. In 2025 wordt in totaal € {dec(INV_TOT[0]/1000,1)} miljoen ge&iuml;nvesteerd. '
  'Investeringen worden lineair afgeschreven vanaf het jaar na ingebruikname, volgens de termijnen in de financi&euml;le verordening. '
  'Het algemeen bestuur stelt met het vaststellen van deze begroting de kredieten voor 2025 beschikbaar.</p>'
  '<p>De vervanging van minicontainers gebeurt op basis van schademeldingen en wordt jaarlijks als &eacute;&eacute;n krediet begroot.</p></div>')
h = '<table class="full"><caption>Tabel 8.5 Investeringsplan 2025-2028</caption>'
h += '<thead><tr><th class="l">x €1.000</th><th>Afschrijvings-<br>termijn (jaren)</th><th>Begroting<br>2025</th><th>Raming<br>2026</th><th>Raming<br>2027</th><th>Raming<br>2028</th><th>Totaal<br>2025-2028</th></tr></thead><tbody>'
for lab, term, vals in INV:
    if vals is None:
        h += f'<tr class="grp"><td class="l">{lab}</td>' + "<td></td>" * 6 + "</tr>"
    else:
        h += f'<tr><td class="l ind">{lab}</td><td>{term}</td>' + "".join(f"<td>{n(v)}</td>" for v in vals) + f"<td>{n(sum(vals))}</td></tr>"
h += '<tr class="tot"><td class="l">Totaal investeringen</td><td></td>' + "".join(f"<td>{n(v)}</td>" for v in INV_TOT) + f"<td>{n(sum(INV_TOT))}</td></tr></tbody></table>"
A(h)

# ---------------- 9 bijdragen ----------------
A('<h1 class="pb">9. Bijdragen deelnemende gemeenten</h1><div class="cols">')
A(f"""<p>De bijdrage per gemeente is berekend volgens de verdeelsleutel uit artikel 28 van de gemeenschappelijke regeling:
een vaste voet van {eur(VASTE_VOET)} per gemeente voor bestuur en beleid, en een variabel deel op basis van het aantal
huishoudens per 1 januari 2024 volgens de Basisregistratie Personen. Het tarief per huishouden bedraagt € {dec(TARIEF25,2)}.</p>
<p>Conform het besluit van het algemeen bestuur van 14 december 2023 worden ook de eenmalige invoeringskosten van
omgekeerd inzamelen in Hevelland (€ 185.000) via de verdeelsleutel verdeeld, omdat eerder ook de invoering in Marskamp en
Oosterlinde gezamenlijk is gedragen. De bijdrage wordt in vier gelijke termijnen gefactureerd, in januari, april, juli en oktober.</p>
</div>""")
h = '<table class="full"><caption>Tabel 9.1 Bijdrage per deelnemende gemeente 2025 (bedragen in euro\'s)</caption>'
h += '<thead><tr><th class="l">Gemeente</th><th>Huishoudens<br>1-1-2024</th><th>Vaste voet</th><th>Variabel deel</th><th>Bijdrage<br>2025</th><th>Bijdrage<br>2024</th><th>Verschil</th></tr></thead><tbody>'
var_tot = 0
for g in sorted(HH):
    var = G25[g] - VASTE_VOET
    var_tot += var
    h += (f'<tr><td class="l">{g}</td><td>{n(HH[g])}</td><td>{eur(VASTE_VOET)}</td><td>{eur(var)}</td>'
          f'<td>{eur(G25[g])}</td><td>{eur(G24[g])}</td><td>{eur(G25[g]-G24[g])}</td></tr>')
h += (f'<tr class="tot"><td class="l">Totaal</td><td>{n(HH_TOT)}</td><td>{eur(VASTE_VOET*len(HH))}</td><td>{eur(var_tot)}</td>'
      f'<td>{eur(G25_TOT)}</td><td>{eur(G24_TOT)}</td><td>{eur(G25_TOT-G24_TOT)}</td></tr></tbody></table>')
A(h)
A('<p class="note">De bijdrage 2024 is gebaseerd op het aantal huishoudens per 1 januari 2023 en een tarief van '
  f'€ {dec(TARIEF24,2)} per huishouden. Het totaal van de bijdragen wijkt door afronding af van het bedrag in het overzicht van baten en lasten '
  '(x € 1.000).</p>')
A('<div class="cols">')
A(f"""<h2>Afvalstoffenheffing</h2>
<p>De deelnemende gemeenten stellen zelf de afvalstoffenheffing vast. Naast de bijdrage aan de afvalsamenwerking
rekenen zij daarin onder meer de kosten van kwijtschelding, straatreiniging (voor zover toe te rekenen), de
inzameling van zwerfafval en de btw. Ter indicatie: de bijdrage per huishouden bedraagt in 2025 gemiddeld
€ {dec(G25_TOT/HH_TOT,2)}, tegenover € {dec(G24_TOT/sum(HH_PREV.values()),2)} in 2024.</p>
<h2>Planning en control</h2>
<p>De deelnemende gemeenten ontvangen in het voorjaar de kaderbrief voor het volgende jaar en de ontwerpbegroting
uiterlijk acht weken voordat het algemeen bestuur deze vaststelt. In september volgt de bestuursrapportage over de
eerste acht maanden. De jaarstukken 2024 worden uiterlijk 15 april 2025 aan de deelnemers toegezonden.</p>
</div>""")

html = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Begroting 2025 Afvalsamenwerking Ravelingen</title>
<style>{CSS}</style></head><body>{''.join(H)}</body></html>"""
with open(os.path.join(HERE, "begroting-2025-ravelingen.html"), "w", encoding="utf-8") as f:
    f.write(html)

# facts for case writing
import json
facts = dict(BIJ=BIJ, TOT_L=TOT_L, TOT_B=TOT_B, SALDO=SALDO, RESULT=RESULT, EV=EV, TP=TP, VA=VA, SOLV=SOLV, NSQ=NSQ,
             G25=G25, G24=G24, G25_TOT=G25_TOT, G24_TOT=G24_TOT, TARIEF25=TARIEF25, TARIEF24=TARIEF24,
             INV_TOT=INV_TOT, FTE24=FTE24, FTE25=FTE25, KASGELD=KASGELD, RENTERISICO=RENTERISICO,
             RISK_NEED=RISK_NEED, WEERSTAND_CAP=WEERSTAND_CAP, RATIO=RATIO, KOSTEN=KOSTEN, inc_tot=inc_tot,
             RES_TOT=RES_TOT, VOORZ_T=VOORZ_T, HH_TOT=HH_TOT)
print(json.dumps(facts, indent=0, ensure_ascii=False))
