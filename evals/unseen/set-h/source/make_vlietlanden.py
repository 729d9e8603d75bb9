# Generates the HTML source of the fictional "Jaarstukken 2023" of
# Gemeenschappelijke Regeling Werkbedrijf Vlietlanden (sociale werkvoorziening).
# All totals are computed here so the document is internally consistent.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))


def nl(n, dec=0):
    s = f"{abs(n):,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if n < 0 else "") + s


def par(n):
    """negative in parentheses, zero as '-'"""
    if n == 0:
        return "-"
    s = nl(abs(n))
    return f"({s})" if n < 0 else s


def dash(n):
    return "-" if n == 0 else nl(n)


def afw(diff):
    """diff > 0 is voordelig"""
    if diff == 0:
        return "-"
    return f"{nl(abs(diff))} {'V' if diff > 0 else 'N'}"


# ---------------------------------------------------------------- data (euros)
# (primitief, na wijziging, rekening)
P1_L = [("1.1 Productie en dienstverlening", 14862300, 15240800, 15618214),
        ("1.2 Detachering en begeleid werken", 11405600, 11612400, 11498732),
        ("1.3 Beschut werk", 2984500, 3198700, 3361058)]
P1_B = [("1.1 Productie en dienstverlening", 6915000, 6815000, 6547390),
        ("1.2 Detachering en begeleid werken", 5320000, 5480000, 5712846),
        ("1.3 Beschut werk", 418000, 436000, 402115)]
P2_L = [("2.1 Re-integratietrajecten", 3126400, 3305900, 3187466),
        ("2.2 Werkgeversdienstverlening", 1048200, 1086200, 1134905),
        ("2.3 Leerwerkbedrijf", 812700, 840700, 779318)]
P2_B = [("2.1 Re-integratietrajecten", 3380000, 3560000, 3498240),
        ("2.2 Werkgeversdienstverlening", 640000, 640000, 612500),
        ("2.3 Leerwerkbedrijf", 310000, 345000, 368730)]
OH_L = (4615300, 4742300, 4908671)
OH_B = (85000, 85000, 126408)
RENTE_L = (152000, 152000, 138921)
ONVZ_L = (50000, 20000, 0)
ONTTR = (200000, 245000, 245000)
TOEV = (0, 0, 0)


def tot(rows):
    return tuple(sum(r[i] for r in rows) for i in (1, 2, 3))


p1l, p1b, p2l, p2b = tot(P1_L), tot(P1_B), tot(P2_L), tot(P2_B)
REK_BIJDRAGE = 22746500
bijdr = []
for i in range(2):
    lasten = p1l[i] + p2l[i] + OH_L[i] + RENTE_L[i] + ONVZ_L[i]
    baten = p1b[i] + p2b[i] + OH_B[i]
    bijdr.append(lasten - baten - ONTTR[i] + TOEV[i])
bijdr.append(REK_BIJDRAGE)
BIJDR = tuple(bijdr)

saldo_p1 = tuple(p1b[i] - p1l[i] for i in range(3))
saldo_p2 = tuple(p2b[i] - p2l[i] for i in range(3))
saldo_oh = tuple(OH_B[i] - OH_L[i] for i in range(3))
res_voor = tuple(saldo_p1[i] + saldo_p2[i] + saldo_oh[i] + BIJDR[i] - RENTE_L[i] - ONVZ_L[i] for i in range(3))
res_na = tuple(res_voor[i] + ONTTR[i] - TOEV[i] for i in range(3))
assert res_na[0] == 0 and res_na[1] == 0, res_na
assert res_voor[2] == -612556, res_voor
assert res_na[2] == -367556

GEMEENTEN = [("Dommelvliet", 78412, 318, 8604215),
             ("Vennekerk", 41260, 176, 4738902),
             ("Hoeverwolde", 29874, 131, 3551380),
             ("Kreekendam", 24105, 118, 3176544),
             ("Bremerveld", 18639, 99, 2675459)]
assert sum(g[3] for g in GEMEENTEN) == REK_BIJDRAGE
assert sum(g[2] for g in GEMEENTEN) == 842
RIJKSBIJDRAGE = 20362140
AANV = REK_BIJDRAGE - RIJKSBIJDRAGE

# staat van baten en lasten per product: saldo 2022
SALDO22 = {"1.1": -8496482, "1.2": -5603287, "1.3": -2544906, "2.1": 301522, "2.2": -468730,
           "2.3": -441205, "3.1": -4603118, "4.1": 21904300, "4.2": -141880, "4.3": 0}
RES22_VOOR = sum(SALDO22.values())
ONTTR22 = 180000
RES22_NA = RES22_VOOR + ONTTR22
assert RES22_NA == 86214, RES22_NA

# balans x 1.000 (2023, 2022)
BAL_A = [("Materiële vaste activa", None, None, True),
         ("- Bedrijfsgebouwen", 4106, 4290, False),
         ("- Machines, apparaten en installaties", 1392, 1518, False),
         ("- Vervoermiddelen", 786, 804, False)]
MVA = (4106 + 1392 + 786, 4290 + 1518 + 804)
VLA = [("Voorraden", 412, 389), ("Uitzettingen met een rentetypische looptijd korter dan één jaar", 2946, 3108),
       ("Liquide middelen", 1137, 1026), ("Overlopende activa", 981, 900)]
VLA_T = (sum(r[1] for r in VLA), sum(r[2] for r in VLA))
TOT_A = (MVA[0] + VLA_T[0], MVA[1] + VLA_T[1])

RES = [("Algemene reserve", 1412, 86, 0, 0),
       ("Bestemmingsreserve Transitie beschut werk", 650, 0, 0, 200),
       ("Bestemmingsreserve Opleidingen en ontwikkeling", 185, 0, 0, 45),
       ("Bestemmingsreserve Vervanging machinepark", 310, 0, 0, 0)]
RES_END = [r[1] + r[2] + r[3] - r[4] for r in RES]
RES_T = [sum(r[i] for r in RES) for i in (1, 2, 3, 4)] + [sum(RES_END)]
assert RES_T[3] * 1000 == ONTTR[2]
ALG_END, BEST_END = RES_END[0], sum(RES_END[1:])
ALG_22, BEST_22 = RES[0][1], sum(r[1] for r in RES[1:])
RES23_K = round(res_na[2] / 1000)  # -368
EV = (ALG_END + BEST_END + RES23_K, ALG_22 + BEST_22 + 86)
VOORZ = [("Voorziening groot onderhoud gebouwen", 688, 190, 136, 0),
         ("Voorziening arbeidsgerelateerde verplichtingen", 264, 35, 62, 22)]
VOORZ_END = [v[1] + v[2] - v[3] - v[4] for v in VOORZ]
VOORZ_T = (sum(VOORZ_END), sum(v[1] for v in VOORZ))
VS = (3150, 3600)
VP = [("Netto-vlottende schulden met een rentetypische looptijd korter dan één jaar", 3418, 2876),
      ("Overlopende passiva", 2205, 1964)]
VP_T = (sum(r[1] for r in VP), sum(r[2] for r in VP))
VAST_P = (EV[0] + VOORZ_T[0] + VS[0], EV[1] + VOORZ_T[1] + VS[1])
TOT_P = (VAST_P[0] + VP_T[0], VAST_P[1] + VP_T[1])
assert TOT_A == TOT_P, (TOT_A, TOT_P)
TOTALE_BATEN = p1b[2] + p2b[2] + OH_B[2] + REK_BIJDRAGE
solv = (100 * EV[0] / TOT_P[0], 100 * EV[1] / TOT_P[1])
nsq23 = 100 * (VS[0] + VP_T[0] - 2946 - 1137 - 981) / (TOTALE_BATEN / 1000)

# ---------------------------------------------------------------- html helpers


def prog_table(caption, lrows, brows):
    h = [f'<table class="fin"><caption>{caption}</caption>',
         '<thead><tr><th class="l">Bedragen in €</th><th>Begroting 2023<br>(primitief)</th>'
         '<th>Begroting 2023<br>(na wijziging)</th><th>Rekening 2023</th><th>Afwijking</th></tr></thead><tbody>']
    h.append('<tr class="sub"><td class="l" colspan="5">Lasten</td></tr>')
    for r in lrows:
        h.append(f'<tr><td class="l">{r[0]}</td><td>{nl(r[1])}</td><td>{nl(r[2])}</td><td>{nl(r[3])}</td><td>{afw(r[2]-r[3])}</td></tr>')
    tl = tot(lrows)
    h.append(f'<tr class="tot"><td class="l">Totaal lasten</td><td>{nl(tl[0])}</td><td>{nl(tl[1])}</td><td>{nl(tl[2])}</td><td>{afw(tl[1]-tl[2])}</td></tr>')
    h.append('<tr class="sub"><td class="l" colspan="5">Baten</td></tr>')
    for r in brows:
        h.append(f'<tr><td class="l">{r[0]}</td><td>{nl(r[1])}</td><td>{nl(r[2])}</td><td>{nl(r[3])}</td><td>{afw(r[3]-r[2])}</td></tr>')
    tb = tot(brows)
    h.append(f'<tr class="tot"><td class="l">Totaal baten</td><td>{nl(tb[0])}</td><td>{nl(tb[1])}</td><td>{nl(tb[2])}</td><td>{afw(tb[2]-tb[1])}</td></tr>')
    s = [tb[i] - tl[i] for i in range(3)]
    h.append(f'<tr class="grand"><td class="l">Saldo van baten en lasten</td><td>{nl(s[0])}</td><td>{nl(s[1])}</td><td>{nl(s[2])}</td><td>{afw(s[2]-s[1])}</td></tr>')
    h.append('</tbody></table>')
    return "\n".join(h)


def row4(label, t, cls="", lasten=False):
    """t = (prim, gew, rek) signed saldo values"""
    return (f'<tr class="{cls}"><td class="l">{label}</td><td>{dash(t[0])}</td><td>{dash(t[1])}</td>'
            f'<td>{dash(t[2])}</td><td>{afw(t[2]-t[1])}</td></tr>')


CSS = """
@page { size: A4; margin: 20mm 20mm 22mm 22mm;
  @bottom-left { content: "GR Werkbedrijf Vlietlanden - Jaarstukken 2023"; font: 7.5pt 'DejaVu Sans'; color:#4a6b6b; }
  @bottom-right { content: "pagina " counter(page); font: 7.5pt 'DejaVu Sans'; color:#4a6b6b; } }
@page:first { @bottom-left { content: none; } @bottom-right { content: none; } }
body { font-family: 'DejaVu Serif', serif; font-size: 9.6pt; line-height: 1.42; color: #1b2a2a; }
h1 { font-family: 'DejaVu Sans'; color: #0f5d5d; font-size: 17pt; margin: 0 0 8pt 0; border-bottom: 2px solid #0f5d5d; padding-bottom: 3pt; }
h2 { font-family: 'DejaVu Sans'; color: #0f5d5d; font-size: 12.5pt; margin: 14pt 0 5pt 0; }
h3 { font-family: 'DejaVu Sans'; color: #236e6e; font-size: 10.5pt; margin: 10pt 0 3pt 0; }
h4 { font-family: 'DejaVu Sans'; font-size: 9.6pt; margin: 8pt 0 2pt 0; font-style: italic; }
p { margin: 0 0 6pt 0; text-align: justify; }
.brk { break-before: page; }
h2, h3, h4, caption { break-after: avoid; }
table.fin { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt 0; font-family: 'DejaVu Sans'; font-size: 8.2pt; }
table.fin caption { caption-side: top; text-align: left; font-weight: bold; font-size: 8.8pt; padding-bottom: 3pt; color:#0f5d5d; }
table.fin th { background: #0f5d5d; color: #fff; font-weight: bold; padding: 3pt 4pt; text-align: right; border: 1px solid #0f5d5d; vertical-align: bottom; }
table.fin td { padding: 2pt 4pt; text-align: right; border: 1px solid #9bb8b8; white-space: nowrap; }
table.fin td.l { white-space: normal; }
table.fin th { white-space: nowrap; }
table.fin { break-inside: avoid; }
table.fin .l { text-align: left; }
table.fin tr.sub td { font-weight: bold; background: #e3efef; }
table.fin tr.tot td { font-weight: bold; border-top: 1.5px solid #0f5d5d; }
table.fin tr.grand td { font-weight: bold; background: #cfe3e3; border-top: 2px solid #0f5d5d; }
.note { font-size: 8pt; color: #3d5555; font-style: italic; }
.cover { height: 212mm; position: relative; }
.cover .band { background: #0f5d5d; color: #fff; padding: 30mm 14mm 16mm 14mm; margin-top: 35mm; }
.cover .band .t1 { font-family: 'DejaVu Sans'; font-size: 30pt; font-weight: bold; }
.cover .band .t2 { font-family: 'DejaVu Sans'; font-size: 15pt; margin-top: 6pt; }
.cover .meta { position: absolute; bottom: 0; font-family: 'DejaVu Sans'; font-size: 9pt; color:#355; }
ul { margin: 0 0 6pt 0; padding-left: 16pt; } li { margin-bottom: 2pt; }
.toc td { padding: 1.5pt 4pt; font-family: 'DejaVu Sans'; font-size: 9pt; }
.kader { border-left: 4px solid #0f5d5d; background: #eef6f6; padding: 6pt 9pt; margin: 6pt 0 10pt 0; }
"""


def build():
    H = []
    a = H.append
    a(f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Jaarstukken 2023 - GR Werkbedrijf Vlietlanden</title><style>{CSS}</style></head><body>")
    # ---------------------------------------------------------------- cover
    a("""<div class="cover"><div class="band"><div class="t1">Jaarstukken 2023</div>
<div class="t2">Jaarverslag en jaarrekening</div>
<div class="t2" style="font-size:12pt;margin-top:18pt">Gemeenschappelijke Regeling Werkbedrijf Vlietlanden</div></div>
<div class="meta">Werkbedrijf Vlietlanden · Industrieweg 42 · Dommelvliet<br>
Deelnemende gemeenten: Dommelvliet, Vennekerk, Hoeverwolde, Kreekendam en Bremerveld<br>
Ontwerp vastgesteld door het dagelijks bestuur d.d. 11 april 2024 · ter vaststelling aan het algemeen bestuur d.d. 4 juli 2024</div></div>""")
    # ---------------------------------------------------------------- toc + voorwoord
    a("""<div class="brk"></div><h1>Inhoudsopgave</h1>
<table class="toc"><tr><td>Voorwoord</td><td>2</td></tr>
<tr><td><b>1. Jaarverslag</b></td><td></td></tr>
<tr><td>1.1 Kerncijfers en ontwikkelingen 2023</td><td>3</td></tr>
<tr><td>1.2 Programmaverantwoording</td><td>4</td></tr>
<tr><td>1.3 Paragrafen (weerstandsvermogen, financiering, bedrijfsvoering)</td><td>6</td></tr>
<tr><td><b>2. Jaarrekening</b></td><td></td></tr>
<tr><td>2.1 Balans per 31 december 2023</td><td>8</td></tr>
<tr><td>2.2 Staat van baten en lasten per product</td><td>9</td></tr>
<tr><td>2.3 Toelichting op de balans</td><td>9</td></tr>
<tr><td>2.4 Bijdragen deelnemende gemeenten</td><td>10</td></tr>
<tr><td>2.5 Resultaat en resultaatbestemming</td><td>10</td></tr>
<tr><td>2.6 WNT-verantwoording</td><td>11</td></tr></table>""")
    a(f"""<h1 style="margin-top:18pt">Voorwoord</h1>
<p>Voor u liggen de jaarstukken 2023 van de Gemeenschappelijke Regeling Werkbedrijf Vlietlanden. Werkbedrijf Vlietlanden voert voor de vijf deelnemende gemeenten de Wet sociale werkvoorziening (Wsw) uit, biedt beschut werk aan en verzorgt re-integratie van inwoners met een afstand tot de arbeidsmarkt. Met ruim 1.100 medewerkers zijn wij een van de grootste werkgevers in de regio.</p>
<p>2023 was een jaar met twee gezichten. Aan de ene kant zagen we mooie resultaten in de dienstverlening: 148 kandidaten vonden via ons een reguliere baan, het aantal beschut-werkplekken groeide met 15 naar 96 en het ziekteverzuim onder Wsw-medewerkers daalde naar 8,7% (2022: 9,6%). Aan de andere kant stond het financiële resultaat onder druk. Het vertrek van een grote opdrachtgever in de verpakkingsindustrie, de hoge cao-loonstijging in de sociale werkvoorziening en de forse inflatie op energie en materialen zorgden ervoor dat wij het jaar afsluiten met een nadelig resultaat van € 0,4 miljoen.</p>
<p>Het algemeen bestuur wordt voorgesteld het nadelig resultaat te dekken uit de algemene reserve. Daarmee blijft de bijdrage van de gemeenten over 2023 ongewijzigd. Wel is duidelijk dat de financiële buffer kleiner wordt; in de begroting 2025 komen wij met voorstellen om het bedrijfsmodel van de afdeling Industrie toekomstbestendig te maken.</p>
<p>Wij danken alle medewerkers, opdrachtgevers en de deelnemende gemeenten voor hun inzet en vertrouwen.</p>
<p><i>Namens het dagelijks bestuur,<br>mr. H.A. (Hetty) Brouwer-Lans, voorzitter<br>drs. J.M. (Joke) van Arkel, algemeen directeur / secretaris</i></p>""")
    # ---------------------------------------------------------------- 1.1 kerncijfers
    a("""<div class="brk"></div><h1>1. Jaarverslag</h1><h2>1.1 Kerncijfers en ontwikkelingen 2023</h2>
<table class="fin" style="width:80%"><caption>Tabel 1. Kerncijfers</caption>
<thead><tr><th class="l">Kerncijfer</th><th>2023</th><th>2022</th></tr></thead><tbody>
<tr class="sub"><td class="l" colspan="3">Medewerkers (personen, per 31 december)</td></tr>
<tr><td class="l">Wsw-medewerkers</td><td>842</td><td>901</td></tr>
<tr><td class="l">Medewerkers beschut werk (Participatiewet)</td><td>96</td><td>81</td></tr>
<tr><td class="l">Ambtelijk personeel (staf, begeleiding, leiding)</td><td>178</td><td>174</td></tr>
<tr class="tot"><td class="l">Totaal medewerkers</td><td>1.116</td><td>1.156</td></tr>
<tr class="sub"><td class="l" colspan="3">Inzet en dienstverlening</td></tr>
<tr><td class="l">Wsw-arbeidsjaren (gemiddeld, SE)</td><td>731,4</td><td>779,8</td></tr>
<tr><td class="l">Gestarte re-integratietrajecten</td><td>611</td><td>574</td></tr>
<tr><td class="l">Uitstroom naar regulier werk (personen)</td><td>148</td><td>131</td></tr>
<tr><td class="l">Plaatsingen banenafspraak</td><td>74</td><td>63</td></tr>
<tr class="sub"><td class="l" colspan="3">Kwaliteit</td></tr>
<tr><td class="l">Ziekteverzuim Wsw-medewerkers</td><td>8,7%</td><td>9,6%</td></tr>
<tr><td class="l">Ziekteverzuim ambtelijk personeel</td><td>5,1%</td><td>5,8%</td></tr>
<tr><td class="l">Klanttevredenheid opdrachtgevers (rapportcijfer)</td><td>7,6</td><td>7,4</td></tr>
</tbody></table>""")
    a(f"""<h3>Ontwikkelingen in 2023</h3>
<p><b>Krimp Wsw-bestand.</b> Sinds 2015 is de Wsw gesloten voor nieuwe instroom. Het aantal Wsw-medewerkers daalde in 2023 door natuurlijk verloop (pensionering, overlijden en vrijwillig vertrek) met 59 personen naar 842. De gemiddelde inzet kwam uit op 731,4 arbeidsjaren. Van de Wsw-medewerkers werkt 54,8% buiten de muren van het werkbedrijf, via detachering, groepsdetachering of begeleid werken.</p>
<p><b>Cao SW.</b> De cao Aan de slag (cao SW) voorzag in een loonsverhoging van 4,25% per 1 juli 2023 en een eenmalige uitkering van € 400 in november 2023. De hogere loonkosten zijn slechts ten dele gecompenseerd via een hogere rijksbijdrage Wsw; de gemeenten betaalden daardoor € 153.500 meer door dan geraamd.</p>
<p><b>Afdeling Industrie.</b> Per 1 mei 2023 heeft onze grootste opdrachtgever in de verpakkingsindustrie de productie naar het buitenland verplaatst. Hierdoor viel een omzet van circa € 0,6 miljoen op jaarbasis weg. Ongeveer 40 medewerkers zijn intern herplaatst, onder meer in de groenvoorziening en de schoonmaak.</p>
<p><b>Beschut werk.</b> De gemeenten hebben in 2023 samen 100 beschut-werkplekken beschikbaar gesteld. Eind 2023 waren er 96 plekken bezet, 15 meer dan een jaar eerder.</p>""")
    # ---------------------------------------------------------------- 1.2 programma 1
    a("""<div class="brk"></div><h2>1.2 Programmaverantwoording</h2>
<p>De begroting 2023 van Werkbedrijf Vlietlanden kent twee programma's: <i>Werk en ontwikkeling</i> en <i>Re-integratie en dienstverlening</i>. Daarnaast worden de overhead en de algemene dekkingsmiddelen apart verantwoord. In de tabellen wordt de realisatie vergeleken met de begroting na wijziging; een afwijking is voordelig (V) of nadelig (N).</p>
<h3>Programma 1 Werk en ontwikkeling</h3>
<h4>Wat willen we bereiken?</h4>
<p>Iedere Wsw-medewerker en iedere medewerker beschut werk heeft een passende, zinvolle werkplek, zo dicht mogelijk bij een reguliere werkgever. Wij stimuleren ontwikkeling door scholing en een goede begeleiding op de werkvloer.</p>
<table class="fin"><caption>Indicatoren programma 1</caption>
<thead><tr><th class="l">Indicator</th><th>Streefwaarde 2023</th><th>Realisatie 2023</th><th>Realisatie 2022</th></tr></thead><tbody>
<tr><td class="l">Aandeel Wsw-medewerkers extern geplaatst</td><td>52%</td><td>54,8%</td><td>51,3%</td></tr>
<tr><td class="l">Ziekteverzuim Wsw-medewerkers</td><td>9,0%</td><td>8,7%</td><td>9,6%</td></tr>
<tr><td class="l">Bezette beschut-werkplekken (ultimo)</td><td>100</td><td>96</td><td>81</td></tr>
<tr><td class="l">Klanttevredenheid opdrachtgevers</td><td>7,5</td><td>7,6</td><td>7,4</td></tr>
</tbody></table>
<h4>Wat hebben we daarvoor gedaan?</h4>
<ul><li>De groenvoorziening onderhield in opdracht van Dommelvliet en Vennekerk 146 hectare openbaar groen; het contract met Hoeverwolde is verlengd tot en met 2026.</li>
<li>461 Wsw-medewerkers werkten extern via detachering, groepsdetachering of begeleid werken. Er kwamen 27 nieuwe detacheringsplaatsen bij.</li>
<li>Voor 62 medewerkers is een persoonlijk ontwikkelplan opgesteld en gefinancierd uit de reserve Opleidingen en ontwikkeling.</li>
<li>Het verzuimbeleid is aangescherpt met een eigen casemanager per afdeling.</li></ul>
<h4>Wat heeft het gekost?</h4>""")
    a(prog_table("Tabel 2. Baten en lasten programma 1 Werk en ontwikkeling", P1_L, P1_B))
    d11l = P1_L[0][2] - P1_L[0][3]
    d11b = P1_B[0][3] - P1_B[0][2]
    d12b = P1_B[1][3] - P1_B[1][2]
    d13l = P1_L[2][2] - P1_L[2][3]
    a(f"""<h4>Toelichting op de afwijkingen</h4>
<p><i>1.1 Productie en dienstverlening.</i> De lasten zijn € {nl(-d11l)} hoger dan begroot (N), vooral door de cao-loonsverhoging en hogere energie- en materiaalkosten. De baten blijven € {nl(-d11b)} achter (N) door het wegvallen van de verpakkingsopdracht bij de afdeling Industrie. De extra omzet in de groenvoorziening kon dit slechts deels opvangen.</p>
<p><i>1.2 Detachering en begeleid werken.</i> Door 27 nieuwe detacheringsplaatsen en de indexatie van de tarieven zijn de opbrengsten € {nl(d12b)} hoger dan begroot (V).</p>
<p><i>1.3 Beschut werk.</i> De lasten van beschut werk zijn € {nl(-d13l)} hoger (N). Er zijn in de loop van het jaar meer plekken ingevuld dan verwacht en de begeleidingsintensiteit is hoger. Conform besluit van het algemeen bestuur is € 200.000 onttrokken aan de bestemmingsreserve Transitie beschut werk.</p>""")
    # ---------------------------------------------------------------- programma 2
    a("""<h3>Programma 2 Re-integratie en dienstverlening</h3>
<h4>Wat willen we bereiken?</h4>
<p>Inwoners van de deelnemende gemeenten met een afstand tot de arbeidsmarkt vinden zo snel mogelijk duurzaam betaald werk. Werkgevers in de regio kunnen voor al hun vragen over inclusief werkgeverschap terecht bij één loket: het Werkgeversservicepunt Vlietlanden.</p>
<h4>Wat hebben we daarvoor gedaan?</h4>
<ul><li>In opdracht van de gemeenten zijn 611 re-integratietrajecten gestart (2022: 574). 148 kandidaten stroomden uit naar regulier werk, van wie 74 via de banenafspraak.</li>
<li>Het Werkgeversservicepunt had contact met 388 werkgevers; met 52 werkgevers zijn meerjarige samenwerkingsafspraken gemaakt.</li>
<li>In het leerwerkbedrijf volgden 93 deelnemers een praktijkleerroute met een mbo-certificaat; 71 van hen ronden de route succesvol af.</li>
<li>De dienstverleningsovereenkomsten met Kreekendam en Bremerveld zijn per 1 januari 2023 uitgebreid met jobcoaching.</li></ul>
<h4>Wat heeft het gekost?</h4>""")
    a(prog_table("Tabel 3. Baten en lasten programma 2 Re-integratie en dienstverlening", P2_L, P2_B))
    d21b = P2_B[0][3] - P2_B[0][2]
    d22l = P2_L[1][2] - P2_L[1][3]
    a(f"""<h4>Toelichting op de afwijkingen</h4>
<p>De vergoedingen voor re-integratietrajecten vallen € {nl(-d21b)} lager uit (N) omdat Vennekerk minder trajecten heeft ingekocht dan in de gewijzigde begroting was voorzien. Daartegenover staan lagere uitvoeringskosten. Bij de werkgeversdienstverlening zijn de lasten € {nl(-d22l)} hoger (N) door de inhuur van een tijdelijke accountmanager. Het leerwerkbedrijf sluit beter af dan begroot door lagere lasten en hogere opbrengsten uit opleidingssubsidies.</p>""")
    # ---------------------------------------------------------------- overhead, dekking, totaal
    a("<h3>Overhead, algemene dekkingsmiddelen en onvoorzien</h3>")
    a(f"""<p>Onder overhead vallen de kosten van directie, financiën, HR, ICT en huisvesting van het hoofdkantoor. De lasten van de overhead bedroegen € {nl(OH_L[2])} tegen € {nl(OH_L[1])} begroot, vooral door hogere ICT-licentiekosten en de inhuur bij de afdeling HR. De belangrijkste algemene dekkingsmiddelen zijn de bijdragen van de deelnemende gemeenten. Deze bestaan uit de doorbetaalde rijksbijdrage Wsw (€ {nl(RIJKSBIJDRAGE)}) en een aanvullende gemeentelijke bijdrage (€ {nl(AANV)}). De post onvoorzien is in 2023 niet aangesproken.</p>""")
    rows = [
        ("Saldo programma 1 Werk en ontwikkeling", saldo_p1, ""),
        ("Saldo programma 2 Re-integratie en dienstverlening", saldo_p2, ""),
        ("Saldo overhead", saldo_oh, ""),
        ("Bijdragen deelnemende gemeenten", BIJDR, ""),
        ("Financieringsfunctie (rente)", tuple(-x for x in RENTE_L), ""),
        ("Onvoorzien", tuple(-x for x in ONVZ_L), ""),
    ]
    h = ['<table class="fin"><caption>Tabel 4. Overzicht van baten en lasten 2023 (totaal)</caption>',
         '<thead><tr><th class="l">Bedragen in €</th><th>Begroting 2023<br>(primitief)</th><th>Begroting 2023<br>(na wijziging)</th><th>Rekening 2023</th><th>Afwijking</th></tr></thead><tbody>']
    for lab, t, c in rows:
        h.append(row4(lab, t, c))
    h.append(row4("Resultaat voor bestemming", res_voor, "tot"))
    h.append(row4("Toevoegingen aan reserves", TOEV))
    h.append(row4("Onttrekkingen aan reserves", ONTTR))
    h.append(row4("Resultaat na bestemming", res_na, "grand"))
    h.append("</tbody></table>")
    a("\n".join(h))
    a(f"""<p class="note">Negatieve bedragen zijn nadelig. Het resultaat na bestemming ({nl(res_na[2])}) is het in het voorwoord genoemde nadelig resultaat van € 0,4 miljoen.</p>""")
    # ---------------------------------------------------------------- 1.3 paragrafen
    a(f"""<h2>1.3 Paragrafen</h2>
<h3>Weerstandsvermogen en risicobeheersing</h3>
<p>Het weerstandsvermogen geeft aan in hoeverre Werkbedrijf Vlietlanden financiële tegenvallers kan opvangen zonder dat het beleid moet worden aangepast of de gemeenten extra moeten bijdragen. De beschikbare weerstandscapaciteit bestaat uit de algemene reserve. Per 31 december 2023 bedraagt de algemene reserve € 1,50 miljoen (vóór verwerking van het resultaat 2023). De benodigde weerstandscapaciteit op basis van de geïnventariseerde risico's is berekend op € 1,25 miljoen. De weerstandsratio komt daarmee uit op 1,2 (waardering 'voldoende'). Na verwerking van het nadelig resultaat 2023 daalt de algemene reserve naar € 1,13 miljoen en de ratio naar 0,9.</p>
<p>De belangrijkste risico's zijn: (1) een verdere daling van de rijksbijdrage Wsw per arbeidsjaar, (2) het wegvallen van omzet bij de afdeling Industrie, (3) hogere cao-lonen zonder volledige compensatie en (4) arbeidsgerelateerde verplichtingen bij reorganisaties.</p>
<h3>Financiële kengetallen</h3>
<table class="fin" style="width:85%"><caption>Tabel 5. Kengetallen</caption>
<thead><tr><th class="l">Kengetal</th><th>Rekening 2022</th><th>Begroting 2023</th><th>Rekening 2023</th></tr></thead><tbody>
<tr><td class="l">Netto schuldquote</td><td>8,8%</td><td>10,5%</td><td>{nl(nsq23,1)}%</td></tr>
<tr><td class="l">Netto schuldquote gecorrigeerd voor alle verstrekte leningen</td><td>8,8%</td><td>10,5%</td><td>{nl(nsq23,1)}%</td></tr>
<tr><td class="l">Solvabiliteitsratio</td><td>{nl(solv[1],1)}%</td><td>19,4%</td><td>{nl(solv[0],1)}%</td></tr>
<tr><td class="l">Structurele exploitatieruimte</td><td>0,4%</td><td>0,0%</td><td>-0,9%</td></tr>
<tr><td class="l">Grondexploitatie</td><td>n.v.t.</td><td>n.v.t.</td><td>n.v.t.</td></tr>
<tr><td class="l">Belastingcapaciteit</td><td>n.v.t.</td><td>n.v.t.</td><td>n.v.t.</td></tr>
</tbody></table>
<p>De solvabiliteit daalt door het nadelig resultaat en de onttrekkingen aan de bestemmingsreserves. Een gemeenschappelijke regeling heeft geen eigen belastinginkomsten en geen grondexploitatie; deze kengetallen zijn daarom niet van toepassing.</p>
<h3>Financiering</h3>
<p>Werkbedrijf Vlietlanden heeft één onderhandse lening bij de BNG met een restschuld van € 3,15 miljoen per 31 december 2023. In 2023 is € 450.000 afgelost; er zijn geen nieuwe leningen aangetrokken. De rentelasten bedroegen € {nl(RENTE_L[2])}. De kasgeldlimiet (8,2% van het begrotingstotaal) is in geen enkel kwartaal overschreden en de renterisiconorm is ruimschoots nageleefd.</p>
<h3>Bedrijfsvoering</h3>
<p>Het ziekteverzuim onder Wsw-medewerkers daalde naar 8,7%, onder de streefwaarde van 9,0%. Het verzuim van het ambtelijk personeel kwam uit op 5,1%. Het aantal fte ambtelijk personeel steeg licht naar 162,3 (2022: 158,9), vooral door extra begeleiders voor beschut werk.</p>
<h3>Onderhoud kapitaalgoederen</h3>
<p>De bedrijfsgebouwen aan de Industrieweg (Dommelvliet) en de Kanaaldijk (Vennekerk) worden onderhouden op basis van het meerjarenonderhoudsplan 2022-2031. In 2023 is € 136.000 uit de voorziening groot onderhoud besteed, onder meer aan de vervanging van de dakbedekking van hal C.</p>""")
    # ---------------------------------------------------------------- 2.1 balans
    def br(label, v, cls="", ind=False):
        pad = ' style="padding-left:14pt"' if ind else ""
        return f'<tr class="{cls}"><td class="l"{pad}>{label}</td><td>{nl(v[0])}</td><td>{nl(v[1])}</td></tr>'

    a('<div class="brk"></div><h1>2. Jaarrekening</h1><h2>2.1 Balans per 31 december 2023</h2>')
    h = ['<table class="fin" style="width:88%"><caption>Tabel 6. Balans (bedragen x € 1.000)</caption>',
         '<thead><tr><th class="l">ACTIVA</th><th>31-12-2023</th><th>31-12-2022</th></tr></thead><tbody>',
         '<tr class="sub"><td class="l" colspan="3">Vaste activa</td></tr>',
         br("Materiële vaste activa", MVA)]
    for r in BAL_A[1:]:
        h.append(br(r[0], (r[1], r[2]), ind=True))
    h.append(br("Totaal vaste activa", MVA, "tot"))
    h.append('<tr class="sub"><td class="l" colspan="3">Vlottende activa</td></tr>')
    for r in VLA:
        h.append(br(r[0], (r[1], r[2])))
    h.append(br("Totaal vlottende activa", VLA_T, "tot"))
    h.append(br("TOTAAL ACTIVA", TOT_A, "grand"))
    h.append('</tbody></table>')
    h += ['<table class="fin" style="width:88%">',
          '<thead><tr><th class="l">PASSIVA</th><th>31-12-2023</th><th>31-12-2022</th></tr></thead><tbody>',
          '<tr class="sub"><td class="l" colspan="3">Vaste passiva</td></tr>',
          br("Eigen vermogen", EV),
          br("- Algemene reserve", (ALG_END, ALG_22), ind=True),
          br("- Bestemmingsreserves", (BEST_END, BEST_22), ind=True),
          br("- Gerealiseerd resultaat", (RES23_K, 86), ind=True),
          br("Voorzieningen", VOORZ_T),
          br("Vaste schulden met een rentetypische looptijd van één jaar of langer", VS),
          br("Totaal vaste passiva", VAST_P, "tot"),
          '<tr class="sub"><td class="l" colspan="3">Vlottende passiva</td></tr>']
    for r in VP:
        h.append(br(r[0], (r[1], r[2])))
    h.append(br("Totaal vlottende passiva", VP_T, "tot"))
    h.append(br("TOTAAL PASSIVA", TOT_P, "grand"))
    h.append('</tbody></table>')
    a("\n".join(h))
    a("""<p class="note">Gewaarborgde geldleningen en garantstellingen: geen. Het gerealiseerd resultaat 2023 is nadelig en wordt na besluitvorming door het algemeen bestuur verrekend met de algemene reserve.</p>""")
    # ---------------------------------------------------------------- 2.2 staat per product
    prods = []
    for (lab, _, _, l), (_, _, _, b) in zip(P1_L + P2_L, P1_B + P2_B):
        prods.append((lab, l, b))
    prods.append(("3.1 Overhead", OH_L[2], OH_B[2]))
    prods.append(("4.1 Bijdragen deelnemende gemeenten", 0, REK_BIJDRAGE))
    prods.append(("4.2 Financieringsfunctie", RENTE_L[2], 0))
    prods.append(("4.3 Onvoorzien", 0, 0))
    h = ['<div class="brk"></div><h2>2.2 Staat van baten en lasten per product</h2>',
         '<p>De onderstaande staat geeft de gerealiseerde baten en lasten per product weer. Het saldo is baten minus lasten; een nadelig saldo staat tussen haakjes.</p>',
         '<table class="fin"><caption>Tabel 7. Baten en lasten per product (in euro\'s)</caption>',
         '<thead><tr><th class="l">Product</th><th>Lasten<br>2023</th><th>Baten<br>2023</th><th>Saldo<br>2023</th><th>Saldo<br>2022</th></tr></thead><tbody>']
    TL = TB = 0
    for lab, l, b in prods:
        code = lab.split()[0]
        TL += l; TB += b
        h.append(f'<tr><td class="l">{lab}</td><td>{dash(l)}</td><td>{dash(b)}</td><td>{par(b-l)}</td><td>{par(SALDO22[code])}</td></tr>')
    h.append(f'<tr class="tot"><td class="l">Resultaat voor bestemming</td><td>{nl(TL)}</td><td>{nl(TB)}</td><td>{par(TB-TL)}</td><td>{par(RES22_VOOR)}</td></tr>')
    h.append(f'<tr><td class="l">5.1 Mutaties reserves</td><td>-</td><td>{nl(ONTTR[2])}</td><td>{par(ONTTR[2])}</td><td>{par(ONTTR22)}</td></tr>')
    h.append(f'<tr class="grand"><td class="l">Resultaat na bestemming</td><td>{nl(TL)}</td><td>{nl(TB+ONTTR[2])}</td><td>{par(TB+ONTTR[2]-TL)}</td><td>{par(RES22_NA)}</td></tr>')
    h.append('</tbody></table>')
    assert TB - TL == res_voor[2]
    a("\n".join(h))
    a("""<h3>Incidentele baten en lasten</h3>
<table class="fin" style="width:80%"><caption>Tabel 8. Incidentele baten en lasten 2023 (in €)</caption>
<thead><tr><th class="l">Omschrijving</th><th>Product</th><th>Lasten</th><th>Baten</th></tr></thead><tbody>
<tr><td class="l">Frictiekosten herplaatsing medewerkers Industrie</td><td>1.1</td><td>186.400</td><td></td></tr>
<tr><td class="l">Eenmalige uitkering cao SW november 2023</td><td>1.1 / 1.2</td><td>312.780</td><td></td></tr>
<tr><td class="l">Boekwinst verkoop heftrucks en bestelbus</td><td>1.1</td><td></td><td>48.250</td></tr>
<tr class="tot"><td class="l">Totaal incidenteel</td><td></td><td>499.180</td><td>48.250</td></tr>
</tbody></table>""")
    # ---------------------------------------------------------------- 2.3 toelichting balans
    h = ['<h2>2.3 Toelichting op de balans</h2><h3>Reserves</h3>',
         '<table class="fin"><caption>Tabel 9. Verloop reserves 2023 (bedragen in duizenden euro\'s)</caption>',
         '<thead><tr><th class="l">Reserve</th><th>Stand<br>1-1-2023</th><th>Bestemming<br>resultaat 2022</th><th>Toevoe-<br>gingen</th><th>Onttrek-<br>kingen</th><th>Stand<br>31-12-2023</th></tr></thead><tbody>']
    for r, e in zip(RES, RES_END):
        h.append(f'<tr><td class="l">{r[0]}</td><td>{nl(r[1])}</td><td>{dash(r[2])}</td><td>{dash(r[3])}</td><td>{dash(r[4])}</td><td>{nl(e)}</td></tr>')
    h.append(f'<tr class="tot"><td class="l">Totaal reserves</td>' + "".join(f'<td>{dash(x)}</td>' for x in RES_T) + '</tr>')
    h.append('</tbody></table>')
    a("\n".join(h))
    a("""<p>Het positieve resultaat over 2022 (€ 86.214) is conform besluit van het algemeen bestuur toegevoegd aan de algemene reserve. Uit de bestemmingsreserve Transitie beschut werk is € 200.000 onttrokken voor de extra begeleiding van beschut werk; uit de reserve Opleidingen en ontwikkeling is € 45.000 besteed aan persoonlijke ontwikkelplannen. De reserve Vervanging machinepark is in 2023 niet aangesproken.</p>""")
    h = ['<h3>Voorzieningen</h3>',
         '<table class="fin"><caption>Tabel 10. Verloop voorzieningen 2023 (x € 1.000)</caption>',
         '<thead><tr><th class="l">Voorziening</th><th>Stand<br>1-1-2023</th><th>Toevoeging</th><th>Aanwending</th><th>Vrijval</th><th>Stand<br>31-12-2023</th></tr></thead><tbody>']
    for v, e in zip(VOORZ, VOORZ_END):
        h.append(f'<tr><td class="l">{v[0]}</td><td>{nl(v[1])}</td><td>{dash(v[2])}</td><td>{dash(v[3])}</td><td>{dash(v[4])}</td><td>{nl(e)}</td></tr>')
    vt = [sum(v[i] for v in VOORZ) for i in (1, 2, 3, 4)] + [sum(VOORZ_END)]
    h.append('<tr class="tot"><td class="l">Totaal voorzieningen</td>' + "".join(f'<td>{dash(x)}</td>' for x in vt) + '</tr></tbody></table>')
    a("\n".join(h))
    # ---------------------------------------------------------------- 2.4 bijdragen gemeenten
    h = ['<h2>2.4 Bijdragen deelnemende gemeenten</h2>',
         f'<p>De bijdrage per gemeente is gebaseerd op het aantal Wsw-medewerkers uit die gemeente (doorbetaling rijksbijdrage Wsw) en, voor de aanvullende gemeentelijke bijdrage, op de verdeelsleutel uit de gemeenschappelijke regeling. Dommelvliet levert als grootste gemeente ruim een derde van het totaal.</p>',
         '<table class="fin"><caption>Tabel 11. Bijdragen deelnemende gemeenten 2023</caption>',
         '<thead><tr><th class="l">Gemeente</th><th>Inwoners<br>(1-1-2023)</th><th>Aantal SW-medewerkers<br>(31-12-2023)</th><th>Bijdrage 2023</th></tr></thead><tbody>']
    for g in GEMEENTEN:
        h.append(f'<tr><td class="l">{g[0]}</td><td>{nl(g[1])}</td><td>{g[2]}</td><td>€ {nl(g[3])}</td></tr>')
    h.append(f'<tr class="grand"><td class="l">Totaal</td><td>{nl(sum(g[1] for g in GEMEENTEN))}</td><td>{sum(g[2] for g in GEMEENTEN)}</td><td>€ {nl(REK_BIJDRAGE)}</td></tr>')
    h.append('</tbody></table>')
    a("\n".join(h))
    a(f"""<p>Ten opzichte van de gewijzigde begroting (€ {nl(BIJDR[1])}) ontvingen wij € {nl(BIJDR[2]-BIJDR[1])} meer aan bijdragen. Dit betreft de doorbetaling van de hogere definitieve rijksbijdrage Wsw 2023 (loon- en prijscompensatie in de decembercirculaire).</p>""")
    # ---------------------------------------------------------------- 2.5 resultaat
    a(f"""<h2>2.5 Resultaat en resultaatbestemming</h2>
<p>De jaarrekening 2023 sluit met een nadelig resultaat voor bestemming van € {nl(-res_voor[2])}. Na de geplande onttrekkingen aan de bestemmingsreserves van in totaal € {nl(ONTTR[2])} resteert een nadelig resultaat na bestemming van € {nl(-res_na[2])}.</p>
<div class="kader"><b>Voorstel resultaatbestemming</b><br>Het dagelijks bestuur stelt het algemeen bestuur voor het nadelig resultaat 2023 van € {nl(-res_na[2])} ten laste te brengen van de algemene reserve. Er wordt geen aanvullende bijdrage aan de deelnemende gemeenten gevraagd.</div>
<p>Het nadelig resultaat wordt op hoofdlijnen verklaard door de lagere omzet van Productie en dienstverlening (€ {nl(-d11b)} N), de hogere lasten van Productie en dienstverlening (€ {nl(-d11l)} N) en de hogere lasten van beschut werk (€ {nl(-d13l)} N). Hier staan onder meer hogere detacheringsopbrengsten (€ {nl(d12b)} V) en hogere bijdragen van de gemeenten (€ {nl(BIJDR[2]-BIJDR[1])} V) tegenover.</p>""")
    # ---------------------------------------------------------------- 2.6 WNT
    a("""<h2>2.6 WNT-verantwoording</h2>
<p>Op grond van de Wet normering topinkomens (WNT) is het bezoldigingsmaximum voor Werkbedrijf Vlietlanden in 2023 € 223.000 (algemeen bezoldigingsmaximum).</p>
<table class="fin" style="width:85%"><caption>Tabel 12. Bezoldiging topfunctionarissen met dienstbetrekking</caption>
<thead><tr><th class="l">Bedragen x € 1</th><th>J.M. van Arkel</th></tr></thead><tbody>
<tr><td class="l">Functiegegevens</td><td>Algemeen directeur / secretaris</td></tr>
<tr><td class="l">Aanvang en einde functievervulling in 2023</td><td>1/1 - 31/12</td></tr>
<tr><td class="l">Omvang dienstverband (als deeltijdfactor in fte)</td><td>1,0</td></tr>
<tr><td class="l">Beloning plus belastbare onkostenvergoedingen</td><td>168.412</td></tr>
<tr><td class="l">Beloningen betaalbaar op termijn</td><td>24.318</td></tr>
<tr class="tot"><td class="l">Subtotaal bezoldiging</td><td>192.730</td></tr>
<tr><td class="l">Individueel toepasselijk bezoldigingsmaximum</td><td>223.000</td></tr>
</tbody></table>
<p>De leden van het algemeen en dagelijks bestuur ontvangen geen bezoldiging van Werkbedrijf Vlietlanden.</p>
<h3>Overige gegevens</h3>
<p>De controleverklaring van de onafhankelijke accountant (Van Dijk &amp; Meulman Accountants) is goedkeurend voor zowel de getrouwheid als de rechtmatigheid. De rechtmatigheidsverantwoording is in 2023 voor het eerst door het dagelijks bestuur zelf afgegeven; er zijn geen fouten of onzekerheden boven de verantwoordingsgrens van € 400.000 geconstateerd.</p>""")
    a("</body></html>")
    return "\n".join(H)


if __name__ == "__main__":
    out = os.path.join(HERE, "vlietlanden-jaarstukken-2023.html")
    with open(out, "w", encoding="utf-8") as f:
        f.write(build())
    facts = dict(p1l=p1l, p1b=p1b, p2l=p2l, p2b=p2b, BIJDR=BIJDR, res_voor=res_voor, res_na=res_na,
                 saldo_p1=saldo_p1, saldo_p2=saldo_p2, saldo_oh=saldo_oh, EV=EV, TOT=TOT_P, VAST_P=VAST_P,
                 solv=solv, nsq23=nsq23, TOTALE_BATEN=TOTALE_BATEN, RES22_VOOR=RES22_VOOR, VLA_T=VLA_T, VP_T=VP_T)
    print(json.dumps(facts, indent=1))
