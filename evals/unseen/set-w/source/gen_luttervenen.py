"""Generate corpus/vr-luttervenen-begroting-2027.pdf: the fictional 'Programmabegroting 2027
en meerjarenraming 2028-2030' of Veiligheidsregio Luttervenen, printed from HTML with headless
Chromium. Layout: two-column running text, a landscape table (Lasten / Baten / Saldo per year)
spread over two pages, contributions per member with a verdeelsleutel, result 2025 with its
bestemming, reserves per year end. Deterministic; every total is computed and checked.
Sign convention: saldo = baten - lasten (a negative saldo is nadelig).
"""
import os
import re
import subprocess
import tempfile

from fmt import check, nl, nz

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, "..", "corpus"))
PDF = "vr-luttervenen-begroting-2027.pdf"
NPAGES = 11
CHROMIUM = "chromium"

YEARS = ["2025", "2026", "2027", "2028", "2029", "2030"]
YEAR_HDR = ["Rekening 2025", "Begroting 2026", "Begroting 2027", "Raming 2028", "Raming 2029",
            "Raming 2030"]

# x € 1.000 per year (2025 .. 2030)
PROG = [
    ("Brandweerzorg", [21412, 22148, 23061, 23390, 23702, 24015], [612, 540, 556, 563, 570, 577]),
    ("Risico- en crisisbeheersing", [3286, 3410, 3592, 3640, 3688, 3735], [318, 290, 302, 306, 310, 314]),
    ("GHOR", [1148, 1196, 1243, 1261, 1279, 1296], [0, 0, 0, 0, 0, 0]),
    ("Meldkamer en informatievoorziening", [2904, 3012, 3188, 3231, 3275, 3319], [145, 150, 155, 157, 159, 161]),
    ("Bedrijfsvoering", [6517, 6802, 7096, 7184, 7270, 7356], [212, 180, 186, 188, 190, 192]),
]
ALG_LASTEN = [38, 100, 100, 100, 100, 100]          # onvoorzien / rente
BDUR = [3102, 3180, 3265, 3265, 3265, 3265]          # Brede doeluitkering rampenbestrijding
TOEV = [0, 0, 0, 0, 0, 0]
ONTT = [298, 350, 270, 270, 220, 180]
RESULT_2025 = 412                                    # x € 1.000; exact € 412.318 in chapter 4
RESULT_2025_EXACT = 412318

MEMBERS = [  # verdeelsleutel in %
    ("Strienwolde", 24.37), ("Wielenburg", 19.85), ("Mentinkveld", 14.62), ("Bakkeloo", 12.18),
    ("Vredenhoeve", 11.29), ("Oudemeeden", 9.45), ("Hallerbroek", 8.24),
]

BESTEMMING = [("Toevoeging aan de algemene reserve", 125000),
              ("Toevoeging aan de reserve opleiden en oefenen", 90000),
              ("Terugbetaling aan de deelnemers volgens de verdeelsleutel", 197318)]

# reserves x € 1.000: name, stand 31-12-2026 (na bestemming resultaat 2025), onttrekkingen 2027..2030
RESERVES = [
    ("Algemene reserve", 1840, [0, 0, 0, 0]),
    ("Reserve egalisatie kapitaallasten", 1260, [180, 180, 180, 180]),
    ("Reserve opleiden en oefenen", 310, [90, 90, 40, 0]),
]
VOORZ = [("Voorziening groot onderhoud kazernes", 1425, [210, 210, 215, 215], [180, 360, 95, 240])]

INVEST = [  # x € 1.000 per year 2027..2030
    ("Tankautospuiten (vervanging)", [1380, 920, 1410, 0]),
    ("Hoogwerker en redvoertuig", [0, 1150, 0, 0]),
    ("Persoonlijke beschermingsmiddelen", [410, 0, 0, 430]),
    ("ICT en verbindingen meldkamer", [265, 180, 310, 190]),
    ("Verduurzaming kazerne Strienwolde", [740, 0, 0, 0]),
]

# ------------------------------------------------------------------ computation


def compute():
    n = len(YEARS)
    lasten_prog = [sum(p[1][i] for p in PROG) for i in range(n)]
    baten_prog = [sum(p[2][i] for p in PROG) for i in range(n)]
    bijdr = []
    for i in range(n):
        res = RESULT_2025 if i == 0 else 0
        tot_l = lasten_prog[i] + ALG_LASTEN[i]
        b = tot_l - baten_prog[i] - BDUR[i] + TOEV[i] - ONTT[i] + res
        bijdr.append(b)
    tot_l = [lasten_prog[i] + ALG_LASTEN[i] for i in range(n)]
    tot_b = [baten_prog[i] + BDUR[i] + bijdr[i] for i in range(n)]
    saldo = [tot_b[i] - tot_l[i] for i in range(n)]
    result = [saldo[i] - TOEV[i] + ONTT[i] for i in range(n)]
    return dict(lasten_prog=lasten_prog, baten_prog=baten_prog, bijdr=bijdr, tot_l=tot_l,
                tot_b=tot_b, saldo=saldo, result=result)


C = compute()


def member_amounts(total_eur):
    amts = [round(total_eur * pct / 100) for _, pct in MEMBERS]
    amts[0] += total_eur - sum(amts)   # rounding difference to the largest member
    return amts


MEMBER_TABLE = {y: member_amounts(C["bijdr"][i] * 1000) for i, y in enumerate(YEARS) if i >= 1}


def reserves_by_year():
    out = []
    for name, start, ontt in RESERVES:
        stands = [start]
        for o in ontt:
            stands.append(stands[-1] - o)
        out.append((name, stands, ontt))
    return out


RES_Y = reserves_by_year()


def checks():
    check(abs(sum(p for _, p in MEMBERS) - 100) < 1e-9, "verdeelsleutel != 100%")
    check(C["result"][0] == RESULT_2025, "resultaat 2025")
    check(all(r == 0 for r in C["result"][1:]), "begroting niet sluitend")
    check(round(RESULT_2025_EXACT / 1000) == RESULT_2025, "resultaat afronding")
    check(sum(a for _, a in BESTEMMING) == RESULT_2025_EXACT, "bestemming != resultaat")
    for y, amts in MEMBER_TABLE.items():
        check(sum(amts) == C["bijdr"][YEARS.index(y)] * 1000, f"bijdragen {y}")
    for i in range(2, 6):   # onttrekkingen reserves in the table = reserve statement
        check(ONTT[i] == sum(r[2][i - 2] for r in RESERVES), f"onttrekkingen {YEARS[i]}")
    for _, stands, _ in RES_Y:
        check(min(stands) >= 0, "negatieve reserve")


# ------------------------------------------------------------------ HTML

CSS = """
@page { size: A4; margin: 0; }
@page land { size: A4 landscape; margin: 0; }
body { margin: 0; font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.2pt; color: #1b1b1b; }
.page { width: 210mm; height: 296mm; box-sizing: border-box; padding: 16mm 16mm 14mm 16mm;
        position: relative; overflow: hidden; page-break-after: always; }
.page.land { page: land; width: 297mm; height: 209mm; padding: 12mm 12mm 10mm 12mm; }
.hdr { font-size: 7.5pt; color: #8a1c1c; border-bottom: 1.5pt solid #8a1c1c; padding-bottom: 2mm;
       margin-bottom: 5mm; }
.ftr { position: absolute; bottom: 7mm; left: 16mm; right: 16mm; font-size: 7.5pt; color: #555;
       text-align: right; }
.land .ftr { left: 12mm; right: 12mm; bottom: 5mm; }
h1 { font-size: 15pt; color: #8a1c1c; margin: 0 0 4mm 0; }
h2 { font-size: 11pt; color: #8a1c1c; margin: 4mm 0 2mm 0; }
h3 { font-size: 9.5pt; margin: 3mm 0 1mm 0; }
.cols { column-count: 2; column-gap: 8mm; text-align: justify; }
.cols p { margin: 0 0 2.2mm 0; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 3mm 0; }
th, td { padding: 1.1mm 1.6mm; font-size: 8.4pt; }
th { background: #8a1c1c; color: white; font-weight: bold; text-align: right; }
th.l, td.l { text-align: left; }
td { text-align: right; border-bottom: 0.4pt solid #ccc; }
tr.tot td { font-weight: bold; border-top: 1pt solid #333; }
th.grp { text-align: center; border-left: 2pt solid white; }
td.gs { border-left: 1.5pt solid #8a1c1c; }
.cap { font-size: 8.5pt; font-weight: bold; margin-top: 3mm; }
.note { font-size: 7.8pt; color: #444; }
.box { border: 1pt solid #8a1c1c; padding: 3mm; margin: 3mm 0; background: #fbf3f3; }
.kpis { display: flex; gap: 4mm; margin: 4mm 0; }
.kpi { flex: 1; border: 1pt solid #8a1c1c; padding: 3mm; text-align: center; }
.kpi b { display: block; font-size: 14pt; color: #8a1c1c; }
.cover { background: #8a1c1c; color: white; }
.cover h1 { color: white; font-size: 26pt; margin-top: 70mm; }
"""


def page(body, n, land=False, header=True):
    cls = "page land" if land else "page"
    hdr = ('<div class="hdr">Veiligheidsregio Luttervenen &nbsp;|&nbsp; Programmabegroting 2027 '
           'en meerjarenraming 2028-2030</div>') if header else ""
    ftr = f'<div class="ftr">pagina {n}</div>' if header else ""
    return f'<div class="{cls}">{hdr}<div class="body">{body}</div>{ftr}</div>'


def tr(cells, cls="", first_l=True, gs=None):
    out = []
    for j, c in enumerate(cells):
        k = []
        if j == 0 and first_l:
            k.append("l")
        if gs and j in gs:
            k.append("gs")
        out.append(f'<td class="{" ".join(k)}">{c}</td>')
    return f'<tr class="{cls}">' + "".join(out) + "</tr>"


def land_table(idx, part):
    """Lasten / Baten / Saldo per year for the year indices in idx."""
    h1 = '<tr><th class="l" rowspan="2">Programma</th>' + "".join(
        f'<th class="grp" colspan="3">{YEAR_HDR[i]}</th>' for i in idx) + "</tr>"
    h2 = "<tr>" + "".join("<th>Lasten</th><th>Baten</th><th>Saldo</th>" for _ in idx) + "</tr>"
    gs = {1 + 3 * k for k in range(len(idx))}
    rows = []
    for name, l, b in PROG:
        cells = [name]
        for i in idx:
            cells += [nl(l[i]), nz(b[i]), nl(b[i] - l[i])]
        rows.append(tr(cells, gs=gs))
    cells = ["Subtotaal programma's"]
    for i in idx:
        cells += [nl(C["lasten_prog"][i]), nl(C["baten_prog"][i]),
                  nl(C["baten_prog"][i] - C["lasten_prog"][i])]
    rows.append(tr(cells, "tot", gs=gs))
    cells = ["Algemene dekkingsmiddelen"]
    for i in idx:
        ab = BDUR[i] + C["bijdr"][i]
        cells += [nl(ALG_LASTEN[i]), nl(ab), nl(ab - ALG_LASTEN[i])]
    rows.append(tr(cells, gs=gs))
    cells = ["Totaal saldo van baten en lasten"]
    for i in idx:
        cells += [nl(C["tot_l"][i]), nl(C["tot_b"][i]), nl(C["saldo"][i])]
    rows.append(tr(cells, "tot", gs=gs))
    cells = ["Toevoegingen aan reserves"]
    for i in idx:
        cells += [nz(TOEV[i]), "", nl(-TOEV[i]) if TOEV[i] else "-"]
    rows.append(tr(cells, gs=gs))
    cells = ["Onttrekkingen aan reserves"]
    for i in idx:
        cells += ["", nl(ONTT[i]), nl(ONTT[i])]
    rows.append(tr(cells, gs=gs))
    cells = ["Resultaat"]
    for i in idx:
        cells += ["", "", nl(C["result"][i])]
    rows.append(tr(cells, "tot", gs=gs))
    cap = ("Tabel 2 Overzicht van baten en lasten per programma 2025-2030 (bedragen x € 1.000)"
           + (" &ndash; deel 1 van 2" if part == 1 else " &ndash; deel 2 van 2 (vervolg)"))
    return f'<div class="cap">{cap}</div><table>{h1}{h2}{"".join(rows)}</table>'


def build():
    pages = []
    # 1 cover
    pages.append(page('<h1>Programmabegroting 2027</h1><p style="font-size:14pt">en '
                      'meerjarenraming 2028-2030</p><p style="font-size:12pt;margin-top:30mm">'
                      'Veiligheidsregio Luttervenen</p><p>Ontwerp voor zienswijze deelnemende '
                      'gemeenten &ndash; vastgesteld door het algemeen bestuur op 2 juli 2026</p>',
                      1, header=False).replace('class="page"', 'class="page cover"'))
    # 2 inhoud + voorwoord
    b27 = C["bijdr"][2] * 1000
    b26 = C["bijdr"][1] * 1000
    groei = (b27 - b26) / b26 * 100
    toc = ("<h1>Inhoud</h1><table style='width:70%'>" + "".join(
        f"<tr><td class='l'>{a}</td><td>{p}</td></tr>" for a, p in [
            ("1 Voorwoord", 2), ("2 Financieel overzicht", 3),
            ("3 Overzicht van baten en lasten per programma", "4-5"), ("4 Programma's", 6),
            ("5 Bijdragen deelnemende gemeenten", 7), ("6 Resultaat 2025 en bestemming", 8),
            ("7 Reserves en voorzieningen", 9), ("8 Investeringen en kengetallen", 10),
            ("9 Weerstandsvermogen en vaststelling", 11)]) + "</table>")
    vw = f"""<h2>1 Voorwoord</h2><div class="cols">
<p>Hierbij bieden wij u de programmabegroting 2027 en de meerjarenraming 2028-2030 van
Veiligheidsregio Luttervenen aan. De veiligheidsregio is een gemeenschappelijke regeling van
zeven gemeenten. Zij verzorgt de brandweerzorg, de risico- en crisisbeheersing, de GHOR en
samen met de politie en de ambulancezorg de meldkamer.</p>
<p>De begroting 2027 is sluitend. De totale lasten stijgen naar € {nl(C['tot_l'][2] * 1000)}.
De stijging komt vooral door de loonontwikkeling volgens de cao, de hogere kosten van
vervanging van voertuigen en de uitbreiding van de formatie voor vakbekwaamheid.</p>
<p>De bijdrage van de deelnemende gemeenten samen stijgt in 2027 naar € {nl(b27)}. Dat is
{nl(groei, 1)}% meer dan in de begroting 2026. Het algemeen bestuur heeft in de kaderbrief 2027
een maximale stijging van 5,0% afgesproken; de begroting blijft binnen dat kader.</p>
<p>Risico's blijven er wel. De landelijke discussie over de vrijwilligheid van de brandweer
(de Europese arbeidstijdenrichtlijn) kan leiden tot hogere kosten voor de vrijwillige
brandweer. Wij hebben die kosten niet in deze begroting opgenomen, omdat de uitkomst nog
onzeker is. Zodra er meer duidelijkheid is, informeren wij de raden.</p>
<p>Wij nodigen de gemeenteraden uit hun zienswijze op deze begroting uiterlijk 15 juni 2026
kenbaar te maken.</p>
<p><i>Het dagelijks bestuur van Veiligheidsregio Luttervenen</i></p></div>"""
    pages.append(page(toc + vw, 2))
    # 3 financieel overzicht (kpis + two-column)
    kp = (f'<div class="kpis"><div class="kpi">Totale lasten 2027<b>€ {nl(C["tot_l"][2] / 1000, 1)} mln</b></div>'
          f'<div class="kpi">Bijdragen gemeenten 2027<b>€ {nl(b27 / 1e6, 1)} mln</b></div>'
          f'<div class="kpi">Rijksbijdrage BDuR 2027<b>€ {nl(BDUR[2] / 1000, 1)} mln</b></div></div>')
    fo = f"""<h1>2 Financieel overzicht</h1>{kp}<div class="cols">
<p>De begroting 2027 sluit met een resultaat van nul. De lasten van de programma's bedragen
€ {nl(C['lasten_prog'][2])} duizend; daar staan eigen baten van € {nl(C['baten_prog'][2])} duizend
tegenover. Het verschil wordt gedekt door de bijdragen van de gemeenten, de Brede doeluitkering
rampenbestrijding (BDuR) van het Rijk en een onttrekking van € {nl(ONTT[2] * 1000)} aan de
reserves.</p>
<p>Brandweerzorg is met € {nl(PROG[0][1][2])} duizend aan lasten veruit het grootste programma:
ruim {round(PROG[0][1][2] / C['tot_l'][2] * 100)}% van de totale lasten. De lasten van de
meldkamer stijgen door de overgang naar het nieuwe landelijke meldkamersysteem.</p>
<p>In de meerjarenraming is rekening gehouden met een loon- en prijsstijging van 2,1% per jaar
vanaf 2028 voor de bijdragen, overeenkomstig de kaderbrief. Investeringen in voertuigen worden
in 2028 en 2029 deels gedekt uit de reserve egalisatie kapitaallasten.</p>
<p>De indexatie voor 2027 bedraagt 3,4% (loonkosten) en 2,6% (materiële kosten). Het
gewogen gemiddelde van 3,2% is de basis voor de indexatie van de lasten. Daarbovenop komen
de hogere kapitaallasten van de nieuwe tankautospuiten.</p>
<p>Alle bedragen in tabel 2 zijn in duizenden euro's. Een negatief saldo betekent dat de
lasten hoger zijn dan de baten. Tabel 2 staat, vanwege de omvang, verdeeld over twee
liggende pagina's: deel 1 bevat de jaren 2025 tot en met 2027, deel 2 de ramingen 2028 tot en
met 2030.</p></div>"""
    pages.append(page(fo, 3))
    # 4-5 landscape
    pages.append(page("<h2>3 Overzicht van baten en lasten per programma</h2>" + land_table([0, 1, 2], 1)
                      + '<p class="note">Rekening 2025: gerealiseerde cijfers volgens de jaarstukken '
                        '2025. Begroting 2026: na de eerste begrotingswijziging 2026.</p>', 4, land=True))
    pages.append(page(land_table([3, 4, 5], 2)
                      + '<p class="note">Ramingen 2028-2030 in constante prijzen van 2027, '
                        'vermeerderd met de indexatie volgens de kaderbrief.</p>', 5, land=True))
    # 6 programma's two-column
    pr = f"""<h1>4 Programma's</h1><div class="cols">
<h3>Brandweerzorg</h3>
<p>De brandweer werkt vanuit 21 kazernes, waarvan 3 met beroepspersoneel. In 2027 worden vier
tankautospuiten vervangen. De opkomsttijden staan onder druk in het buitengebied; daarom
start een proef met snelle interventievoertuigen (SIV) met twee personen in Bakkeloo en
Oudemeeden. De lasten bedragen € {nl(PROG[0][1][2] * 1000)}.</p>
<h3>Risico- en crisisbeheersing</h3>
<p>Dit programma omvat advisering over brandveiligheid bij vergunningen, toezicht op
risicovolle bedrijven en de voorbereiding op rampen en crises. Onder de Omgevingswet
adviseert de veiligheidsregio vaker vroeg in het proces. In 2027 wordt het regionaal
risicoprofiel geactualiseerd, met extra aandacht voor natuurbranden en langdurige
stroomuitval.</p>
<h3>GHOR</h3>
<p>De Geneeskundige Hulpverleningsorganisatie in de Regio (GHOR) coördineert de
geneeskundige hulp bij rampen. De GHOR wordt voor een deel uitgevoerd door de GGD. De
lasten bedragen € {nl(PROG[2][1][2] * 1000)}; er zijn geen eigen baten.</p>
<h3>Meldkamer en informatievoorziening</h3>
<p>De gemeenschappelijke meldkamer in Wielenburg verwerkt alle 112-meldingen voor brandweer,
ambulance en politie. In 2027 gaat het nieuwe landelijke meldkamersysteem in gebruik. De
eenmalige invoeringskosten worden gedekt uit de reserve opleiden en oefenen.</p>
<h3>Bedrijfsvoering</h3>
<p>Onder bedrijfsvoering vallen personeelszaken, financiën, ICT, huisvesting en
communicatie. Het ziekteverzuim was in 2025 5,8%; het doel voor 2027 is maximaal 5,0%.</p>
<h3>Prestatie-indicatoren</h3>
<table><tr><th class="l">Indicator</th><th>Norm</th><th>Realisatie 2025</th></tr>
<tr><td class="l">Opkomsttijd binnen norm</td><td>80%</td><td>74%</td></tr>
<tr><td class="l">Brandveiligheidsadviezen binnen termijn</td><td>95%</td><td>91%</td></tr>
<tr><td class="l">Aantal uitrukken brandweer</td><td>-</td><td>4.182</td></tr>
<tr><td class="l">Ziekteverzuim</td><td>5,0%</td><td>5,8%</td></tr></table>
</div>"""
    pages.append(page(pr, 6))
    # 7 bijdragen deelnemers
    yrs = ["2026", "2027", "2028", "2029", "2030"]
    h = ('<tr><th class="l">Gemeente</th><th>Verdeel-<br>sleutel</th>' + "".join(
        f"<th>{'Begroting' if y in ('2026', '2027') else 'Raming'}<br>{y}</th>" for y in yrs)
        + "<th>Verschil<br>2027-2026</th></tr>")
    rows = []
    for k, (name, pct) in enumerate(MEMBERS):
        cells = [name, nl(pct, 2) + "%"] + [nl(MEMBER_TABLE[y][k]) for y in yrs]
        cells.append(nl(MEMBER_TABLE["2027"][k] - MEMBER_TABLE["2026"][k], sign=True))
        rows.append(tr(cells))
    cells = ["Totaal", "100,00%"] + [nl(sum(MEMBER_TABLE[y])) for y in yrs]
    cells.append(nl(sum(MEMBER_TABLE["2027"]) - sum(MEMBER_TABLE["2026"]), sign=True))
    rows.append(tr(cells, "tot"))
    bd = f"""<h1>5 Bijdragen deelnemende gemeenten</h1>
<p>De bijdragen van de gemeenten worden verdeeld volgens de verdeelsleutel uit de
gemeenschappelijke regeling. Deze sleutel is gebaseerd op het Clustermodel (aantal woningen,
oppervlakte land en water en bedrijfsvestigingen) en is in 2024 door het algemeen bestuur
vastgesteld voor de periode 2025-2030. Bedragen in euro's.</p>
<div class="cap">Tabel 3 Bijdragen per gemeente (bedragen in euro's)</div>
<table>{h}{"".join(rows)}</table>
<p class="note">Afrondingsverschillen zijn verwerkt bij de gemeente met de grootste bijdrage.</p>
<div class="box"><b>Betaling</b><br>De gemeenten betalen hun bijdrage in vier gelijke termijnen,
op 15 januari, 15 april, 15 juli en 15 oktober.</div>"""
    pages.append(page(bd, 7))
    # 8 resultaat 2025
    rows = [tr([n, nl(a)]) for n, a in BESTEMMING]
    rows.append(tr(["Totaal resultaat 2025", nl(RESULT_2025_EXACT)], "tot"))
    terug = [round(BESTEMMING[2][1] * p / 100) for _, p in MEMBERS]
    terug[0] += BESTEMMING[2][1] - sum(terug)
    TERUG.extend(terug)
    r2 = [tr([n, nl(t)]) for (n, _), t in zip(MEMBERS, terug)]
    rs = f"""<h1>6 Resultaat 2025 en bestemming</h1><div class="cols">
<p>De jaarrekening 2025 sloot met een positief resultaat van € {nl(RESULT_2025_EXACT)}. Het
voordeel ontstond vooral doordat vacatures bij de meldkamer later zijn ingevuld en door lagere
brandstofkosten. Daartegenover stonden hogere kosten voor de inhuur van piketfunctionarissen.</p>
<p>Het algemeen bestuur heeft op 2 juli 2026 besloten het resultaat als volgt te bestemmen.
De terugbetaling aan de gemeenten wordt verrekend met de eerste termijn van de bijdrage 2027.</p>
<p>Na deze bestemming bedraagt de algemene reserve € {nl(RESERVES[0][1] * 1000)}. Het algemeen
bestuur hanteert als plafond voor de algemene reserve 5% van de totale lasten.</p>
<p>De reserve opleiden en oefenen wordt ingezet voor de eenmalige opleidingskosten van het
nieuwe meldkamersysteem in 2027 en 2028.</p></div>
<div class="cap">Tabel 4 Bestemming resultaat 2025 (bedragen in euro's)</div>
<table><tr><th class="l">Bestemming</th><th>Bedrag</th></tr>{"".join(rows)}</table>
<div class="cap">Tabel 5 Terugbetaling per gemeente (bedragen in euro's)</div>
<table style="width:60%"><tr><th class="l">Gemeente</th><th>Terugbetaling</th></tr>{"".join(r2)}
{tr(["Totaal", nl(sum(terug))], "tot")}</table>"""
    pages.append(page(rs, 8))
    # 9 reserves en voorzieningen
    h = ('<tr><th class="l">Reserve</th><th>Stand<br>31-12-2026</th>' + "".join(
        f"<th>Onttrekking<br>{y}</th><th>Stand<br>31-12-{y}</th>" for y in ["2027", "2028"])
        + "</tr>")
    rows = [tr([n, nl(s[0]), nz(o[0]), nl(s[1]), nz(o[1]), nl(s[2])]) for n, s, o in RES_Y]
    tot = lambda k: sum(r[1][k] for r in RES_Y)  # noqa: E731
    toto = lambda k: sum(r[2][k] for r in RES_Y)  # noqa: E731
    rows.append(tr(["Totaal reserves", nl(tot(0)), nl(toto(0)), nl(tot(1)), nl(toto(1)), nl(tot(2))], "tot"))
    h2 = ('<tr><th class="l">Reserve</th>' + "".join(
        f"<th>Onttrekking<br>{y}</th><th>Stand<br>31-12-{y}</th>" for y in ["2029", "2030"]) + "</tr>")
    rows2 = [tr([n, nz(o[2]), nl(s[3]), nz(o[3]), nl(s[4])]) for n, s, o in RES_Y]
    rows2.append(tr(["Totaal reserves", nl(toto(2)), nl(tot(3)), nl(toto(3)), nl(tot(4))], "tot"))
    vn_, vs, vt, va = VOORZ[0]
    vstands = [vs]
    for t_, a_ in zip(vt, va):
        vstands.append(vstands[-1] + t_ - a_)
    VSTANDS.extend(vstands)
    hv = ('<tr><th class="l">Voorziening</th><th>Stand<br>31-12-2026</th>' + "".join(
        f"<th>Stand<br>31-12-{y}</th>" for y in ["2027", "2028", "2029", "2030"]) + "</tr>")
    rv = tr([vn_] + [nl(x) for x in vstands])
    rz = f"""<h1>7 Reserves en voorzieningen</h1>
<div class="cap">Tabel 6a Verloop reserves 2027-2028 (bedragen x € 1.000)</div>
<table>{h}{"".join(rows)}</table>
<div class="cap">Tabel 6b Verloop reserves 2029-2030 (bedragen x € 1.000)</div>
<table>{h2}{"".join(rows2)}</table>
<div class="cols"><p>Er zijn in de begroting geen toevoegingen aan reserves geraamd. De
onttrekkingen aan de reserve egalisatie kapitaallasten dekken de hogere afschrijvingen van de
nieuwe tankautospuiten. De stand per 31-12-2026 is inclusief de bestemming van het resultaat
2025.</p>
<p>De voorziening groot onderhoud kazernes is gebaseerd op het meerjarig onderhoudsplan 2025-2034.
Jaarlijks wordt € 210.000 tot € 215.000 aan de voorziening toegevoegd.</p></div>
<div class="cap">Tabel 7 Verloop voorziening (bedragen x € 1.000)</div>
<table>{hv}{rv}</table>"""
    pages.append(page(rz, 9))
    # 10 investeringen en kengetallen
    h = ('<tr><th class="l">Investering</th>' + "".join(f"<th>{y}</th>" for y in
                                                         ["2027", "2028", "2029", "2030"])
         + "<th>Totaal</th></tr>")
    rows = [tr([n] + [nz(x) for x in v] + [nl(sum(v))]) for n, v in INVEST]
    col = [sum(v[k] for _, v in INVEST) for k in range(4)]
    rows.append(tr(["Totaal investeringen"] + [nl(x) for x in col] + [nl(sum(col))], "tot"))
    kg = [("Netto schuldquote", "51,3%", "49,8%", "48,2%"),
          ("Netto schuldquote gecorrigeerd voor verstrekte leningen", "51,3%", "49,8%", "48,2%"),
          ("Solvabiliteitsratio", "10,4%", "9,7%", "9,8%"),
          ("Structurele exploitatieruimte", "1,1%", "0,0%", "0,0%")]
    rk = [tr(list(k)) for k in kg]
    iv = f"""<h1>8 Investeringen en kengetallen</h1>
<div class="cap">Tabel 8 Investeringsplan 2027-2030 (bedragen x € 1.000)</div>
<table>{h}{"".join(rows)}</table>
<div class="cols"><p>Tankautospuiten worden na 15 jaar vervangen. De investeringen worden
gefinancierd met langlopende leningen; de kapitaallasten zijn in de meerjarenraming
opgenomen.</p><p>De verduurzaming van de kazerne in Strienwolde wordt voor 40% gedekt uit een
subsidie van de provincie.</p></div>
<div class="cap">Tabel 9 Financiële kengetallen</div>
<table><tr><th class="l">Kengetal</th><th>Rekening 2025</th><th>Begroting 2026</th>
<th>Begroting 2027</th></tr>{"".join(rk)}</table>"""
    pages.append(page(iv, 10))
    # 11 weerstandsvermogen + vaststelling
    ww = """<h1>9 Weerstandsvermogen en vaststelling</h1><div class="cols">
<p>De veiligheidsregio houdt een beperkte algemene reserve aan. Risico's die niet uit de
algemene reserve kunnen worden opgevangen, komen volgens de gemeenschappelijke regeling voor
rekening van de deelnemende gemeenten, naar rato van de verdeelsleutel.</p>
<p>De benodigde weerstandscapaciteit is berekend op € 1.530.000. De beschikbare
weerstandscapaciteit (algemene reserve) is € 1.840.000. De ratio weerstandsvermogen komt
daarmee op 1,2, wat als 'voldoende' geldt.</p>
<p>De belangrijkste risico's zijn: de arbeidstijdenrichtlijn voor vrijwilligers, de stijgende
energie- en brandstofprijzen, uitval van het meldkamersysteem en de uitkomst van de
herverdeling van de BDuR door het Rijk.</p></div>
<table style="width:70%"><tr><th class="l">Weerstandsvermogen</th><th>Bedrag</th></tr>
<tr><td class="l">Beschikbare weerstandscapaciteit</td><td>1.840.000</td></tr>
<tr><td class="l">Benodigde weerstandscapaciteit</td><td>1.530.000</td></tr>
<tr class="tot"><td class="l">Ratio weerstandsvermogen</td><td>1,2</td></tr></table>
<h2>Vaststelling</h2><p>Aldus vastgesteld door het algemeen bestuur van Veiligheidsregio
Luttervenen in zijn vergadering van 2 juli 2026.</p>
<p>De voorzitter, &nbsp; mr. A.C. Terpstra &nbsp;&nbsp;&nbsp; De secretaris, &nbsp; ing. R. Bolhuis</p>"""
    pages.append(page(ww, 11))
    return "<html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + \
        "".join(pages) + "</body></html>"


TERUG = []
VSTANDS = []

OVERFLOW_JS = """<script>
document.querySelectorAll('.page').forEach(function (p, i) {
  var b = p.querySelector('.body'); var over = p.scrollHeight - p.clientHeight;
  if (b) { var r = b.getBoundingClientRect(); var pr = p.getBoundingClientRect();
           over = Math.max(over, Math.round(r.bottom - (pr.bottom - 14))); }
  if (over > 1) { document.body.setAttribute('data-overflow-' + (i + 1), String(over)); }
});
</script>"""


def render():
    checks()
    html = build()
    os.makedirs(CORPUS, exist_ok=True)
    out = os.path.join(CORPUS, PDF)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "doc.html")
        common = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                  f"--user-data-dir={tmp}/profile"]
        with open(src, "w", encoding="utf-8") as f:
            f.write(html.replace("</body>", OVERFLOW_JS + "</body>"))
        dom = subprocess.run(common + ["--dump-dom", "file://" + src], capture_output=True,
                             text=True, timeout=180).stdout
        over = re.findall(r'data-overflow-(\d+)="(-?\d+)"', dom)
        check(not over, f"overflow on pages {over}")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html)
        subprocess.run(common + ["--no-pdf-header-footer", f"--print-to-pdf={out}",
                                 "file://" + src], capture_output=True, text=True, timeout=180)
    import pdfplumber
    with pdfplumber.open(out) as pdf:
        check(len(pdf.pages) == NPAGES, f"{len(pdf.pages)} pages, expected {NPAGES}")
        for i, pg in enumerate(pdf.pages, start=1):
            land = pg.width > pg.height
            check(land == (i in (4, 5)), f"page {i} orientation")
            if i > 1:
                check(f"pagina {i}" in (pg.extract_text() or ""), f"page number {i}")
    print(f"wrote {out} ({NPAGES} pages)")


if __name__ == "__main__":
    render()
