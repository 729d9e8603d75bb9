# -*- coding: utf-8 -*-
"""Writes source/duinwijck_begroting_2026.html from duinwijck_data.py; print it with
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=... (see build.sh)."""
import os
from duinwijck_data import *  # noqa

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "duinwijck_begroting_2026.html")


def f(n, zero="0"):
    if n == 0:
        return zero
    if isinstance(n, float) and n != int(n):
        s = f"{abs(n):,.1f}".replace(",", "X").replace(".", ",").replace("X", ".")
    else:
        s = f"{abs(int(n)):,}".replace(",", ".")
    return ("-" if n < 0 else "") + s


def d(n):
    return f(n, zero="-")


def pct(x, dec=1):
    return f"{x:.{dec}f}".replace(".", ",") + "%"


def eur(x):
    return "€ " + f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


PAGES = []


def page(html):
    PAGES.append(html)


def bar(t, big=False):
    return f'<div class="bar{" big" if big else ""}">{t}</div>'


def cap(t):
    return f'<p class="cap">{t}</p>'


def row(cells, cls="", first_cls="l"):
    out = []
    for i, c in enumerate(cells):
        k = first_cls if i == 0 else "n"
        out.append(f'<td class="{k}">{c}</td>')
    return f'<tr class="{cls}">' + "".join(out) + "</tr>"


# ------------------------------------------------------------------ tables
def prog_cost_table(p, nr):
    t = prog_table(p)
    h = [f'<table class="fin"><tr class="hd"><td class="l">( "-"= nadeel / "+"= voordeel ) bedragen x € 1.000</td>']
    for i, c in enumerate(COLHEAD):
        w, y = c.split(" ")
        sh = " cur" if y == "2026" else ""
        h.append(f'<td class="n{sh}">{w}<br>{y}</td>')
    h.append("</tr>")
    labels = ["Baten", "Lasten", "Saldo van baten en lasten", "Onttrekking reserves", "Toevoeging reserves",
              "Mutaties reserves", "Geraamde resultaat"]
    for i, lab in enumerate(labels):
        cls = "sub" if lab in ("Saldo van baten en lasten", "Geraamde resultaat") else ""
        cells = [lab] + [f(t[y][i]) for y in YEARS]
        h.append(row(cells, cls))
    h.append("</table>")
    return "".join(h)


def inv_table(title_prog, rows):
    h = ['<table class="fin inv"><colgroup><col style="width:29%"><col style="width:13%"><col style="width:12%">'
         '<col style="width:11%"><col style="width:11%"><col style="width:11%"><col style="width:13%"></colgroup>'
         '<tr class="hd"><td class="l" rowspan="2">' + title_prog + '</td>'
         '<td class="n" rowspan="2">Reeds beschikbaar gesteld krediet</td>'
         '<td class="n cur">Beschikbaar te stellen krediet</td><td class="n c" colspan="3">Meerjarenbeeld</td>'
         '<td class="n" rowspan="2">Totaal</td></tr>'
         '<tr class="hd"><td class="n cur">2026</td><td class="n">2027</td><td class="n">2028</td><td class="n">2029</td></tr>']
    tot = [0] * 6
    for name, vals in rows:
        h.append(row([name] + [d(v) for v in vals] + [d(sum(vals))]))
        for i, v in enumerate(vals + [sum(vals)]):
            tot[i] += v
    h.append(row(["Totaal"] + [d(v) for v in tot], "sub"))
    h.append("</table>")
    return "".join(h)


INV = {
    "P1": [("Vervanging voertuigen handhaving (boa's)", [0, 68000, 0, 0, 0]),
           ("Cameratoezicht boulevard en centrum", [145000, 0, 0, 0, 0]),
           ("Aanpassing raadzaal (hybride vergaderen)", [0, 0, 92500, 0, 0])],
    "P2": [("Uitbreiding IKC De Zeester", [2850000, 1200000, 0, 0, 0]),
           ("Vervanging kunstgrasveld sportpark Duinzicht", [0, 420000, 0, 0, 0]),
           ("Renovatie zwembad De Golfslag", [0, 0, 3600000, 0, 0]),
           ("Speelvoorzieningen (vervangingsplan)", [0, 85000, 85000, 85000, 85000])],
    "P3": [("Herinrichting boulevard fase 1", [1750000, 2400000, 1100000, 0, 0]),
           ("Vervanging riolering Zeewijk", [0, 1380000, 1450000, 1150000, 0]),
           ("Fietspad Duinweg - Strandslag Noord", [0, 0, 860000, 0, 0]),
           ("Vervanging openbare verlichting (led)", [0, 240000, 240000, 240000, 240000]),
           ("Parkeerautomaten kentekenparkeren", [0, 310000, 0, 0, 0]),
           ("Klimaatadaptatie Zeewijk (wadi's, afkoppelen)", [0, 0, 0, 450000, 520000])],
}


def taakveld_table():
    h = []
    gb = gl = 0
    groups = [(p, f"Programma: {p} {n}", TV[p]) for p, n in PROGS]
    groups.append(("P0", "Algemene dekkingsmiddelen, overhead, Vpb en onvoorzien", TV_AD + TV_OH + TV_VPB + TV_ONV))
    for p, title, rows in groups:
        h.append('<table class="fin tv">')
        h.append(f'<tr class="hd"><td class="l">{title}</td><td class="n cur">Begroting 2026</td>'
                 '<td class="n cur">Begroting 2026</td><td class="n cur">Begroting 2026</td></tr>')
        h.append('<tr class="hd2"><td class="l">Saldo van baten en lasten per taakveld</td><td class="n">Baten</td>'
                 '<td class="n">Lasten</td><td class="n">Saldo</td></tr>')
        sb = sl = 0
        for n, b, l in rows:
            h.append(row([n, f(b), f(l), f(b + l)]))
            sb += b
            sl += l
        lab = "Saldo van baten en lasten programma" if p != "P0" else "Saldo algemene dekkingsmiddelen, overhead, Vpb en onvoorzien"
        h.append(row([lab, f(sb), f(sl), f(sb + sl)], "sub"))
        h.append("</table>")
        gb += sb
        gl += sl
    h.append('<table class="fin tv">')
    h.append(row(["Saldo van baten en lasten totaal", f(gb), f(gl), f(gb + gl)], "sub"))
    h.append("</table>")
    assert r(gb) == TOT[2026]["saldo"][0] and r(gl) == TOT[2026]["saldo"][1]
    return "".join(h), gb, gl


# ------------------------------------------------------------------ pages
css = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 8.6pt; color: #222; }
.page { width: 210mm; height: 296.5mm; padding: 16mm 17mm 14mm 17mm; position: relative; overflow: hidden;
        page-break-after: always; }
.page:last-child { page-break-after: auto; }
.pno { position: absolute; bottom: 9mm; right: 17mm; font-size: 8pt; }
.foot { position: absolute; bottom: 9mm; left: 17mm; font-size: 7pt; color: #666; }
.bar { background: #1f5a63; color: #fff; font-weight: bold; padding: 5px 7px; margin: 10px 0 8px 0; font-size: 9.5pt; }
.bar.big { font-size: 12pt; padding: 8px 8px; }
h3 { font-size: 9pt; margin: 10px 0 3px 0; }
h4 { font-size: 8.6pt; margin: 8px 0 2px 0; }
p { margin: 0 0 5px 0; line-height: 1.38; }
p.cap { margin: 10px 0 4px 0; }
ol, ul { margin: 2px 0 6px 0; padding-left: 18px; line-height: 1.38; }
table.fin { border-collapse: collapse; width: 100%; margin: 2px 0 8px 0; font-size: 7.6pt; }
table.fin td { border: 0.6px solid #555; padding: 2px 4px; }
table.fin td.n { text-align: right; white-space: nowrap; }
table.fin td.c { text-align: center; }
table.fin tr.hd td { font-weight: bold; vertical-align: bottom; }
table.fin tr.hd2 td { font-weight: bold; }
table.fin td.cur { background: #d9d9d9; }
table.fin tr.sub td { background: #d9d9d9; font-weight: bold; }
table.fin.small { font-size: 6.3pt; }
table.fin.inv { table-layout: fixed; font-size: 7pt; }
table.fin.inv td { white-space: normal; }
table.fin.inv td.n { white-space: nowrap; }
table.fin.inv tr.hd td { white-space: normal !important; }
table.fin.small td { padding: 1.5px 2px; }
table.fin.tv { font-size: 7pt; margin: 0 0 5px 0; }
table.fin.tv td { padding: 1.2px 4px; }
table.fin.tv td.n { width: 21mm; }
table.txt td { vertical-align: top; white-space: normal !important; }
.cover { text-align: left; }
.cover .t1 { margin-top: 70mm; font-size: 30pt; font-weight: bold; color: #1f5a63; }
.cover .t2 { font-size: 16pt; margin-top: 6mm; }
.cover .t3 { font-size: 10pt; margin-top: 4mm; color: #555; }
.cover .band { position: absolute; left: 0; right: 0; bottom: 40mm; height: 28mm; background: #1f5a63; }
.toc td { padding: 1px 0; }
.toc td.pn { text-align: right; width: 12mm; }
.note { font-size: 7pt; color: #333; }
.k td.n { text-align: center; }
"""

# 1 cover
page("""<div class="cover"><div class="t1">BEGROTING 2026</div>
<div class="t2">Gemeente Duinwijck</div>
<div class="t3">Programmabegroting 2026 en meerjarenraming 2027-2029</div>
<div class="t3">Aangeboden aan de gemeenteraad op 23 september 2025</div>
<div class="band"></div></div>""")

# 2 inhoud + inleiding
page(bar("Inhoudsopgave", True) + """
<table class="toc" style="width:100%">
<tr><td>Inleiding</td><td class="pn">2</td></tr>
<tr><td>P1 Veiligheid en Bestuur</td><td class="pn">3</td></tr>
<tr><td>P2 Samenleving</td><td class="pn">5</td></tr>
<tr><td>P3 Ruimte, Economie en Toerisme</td><td class="pn">7</td></tr>
<tr><td>Beleidsindicatoren en recapitulatie</td><td class="pn">9</td></tr>
<tr><td>Paragraaf Lokale heffingen</td><td class="pn">10</td></tr>
<tr><td>Paragraaf Weerstandsvermogen en risicobeheersing</td><td class="pn">11</td></tr>
<tr><td>Financiële begroting</td><td class="pn">12</td></tr>
<tr><td>Bijlage: overzicht baten en lasten per taakveld</td><td class="pn">14</td></tr>
</table>""" + bar("Inleiding") + """
<p>Beste inwoners van Duinwijck,</p>
<p>Voor u ligt de begroting 2026, het belangrijkste financiële document van de gemeente. Hierin staat wat we in 2026
willen bereiken, wat we daarvoor gaan doen en wat dat kost. Duinwijck telde op 1 januari 2025 26.940 inwoners.
In het toeristisch seizoen is dat aantal op een zonnige dag bijna het dubbele. Dat maakt onze gemeente bijzonder,
maar het vraagt ook veel van de openbare ruimte, de handhaving en de voorzieningen.</p>
<p>De begroting 2026 sluit met een positief saldo van € 212.000. Voor de jaren 2027 tot en met 2029 laat de
meerjarenraming tekorten zien, oplopend tot € 1,3 miljoen in 2028. Dit komt vooral doordat de algemene uitkering
uit het gemeentefonds vanaf 2027 minder hard stijgt dan de kosten, en door de blijvende groei van de uitgaven voor
jeugdhulp en Wmo. In de kadernota 2027 komen wij met voorstellen om de meerjarenraming weer structureel sluitend te
maken. Met een ratio weerstandsvermogen van 5,7 is onze financiële buffer ruim voldoende om tegenvallers op te vangen.</p>
<p>De woonlasten voor een gemiddeld meerpersoonshuishouden met een koopwoning stijgen in 2026 met 3,1%. De
toeristenbelasting gaat omhoog naar € 2,65 per persoon per nacht. Met de extra opbrengst betalen we onder meer het
schoonhouden van strand en boulevard en de extra inzet van handhavers in de zomer.</p>
<h3>Leeswijzer</h3>
<p>De begroting bestaat uit drie programma's. Per programma beantwoorden we de drie W-vragen: Wat willen we bereiken?
Wat gaan we daarvoor doen? Wat gaat het kosten? De financiële tabellen per programma zijn opgesteld in bedragen
x € 1.000; baten zijn positief en lasten negatief weergegeven ("-" = nadeel, "+" = voordeel). De investeringstabellen
en het overzicht per taakveld zijn in hele euro's. Daarna volgen de beleidsindicatoren, de verplichte paragrafen
lokale heffingen en weerstandsvermogen en de financiële begroting. Door afronding op duizenden euro's kunnen
totalen in de tabellen afwijken van de som van de afzonderlijke bedragen.</p>
<p>Het college van burgemeester en wethouders van Duinwijck</p>
""")

# 3-4 P1
page(bar("P1 Veiligheid en Bestuur", True) + bar("Wat willen we bereiken ?") + """
<h4>Visie</h4>
<p>Duinwijck is een veilige en gastvrije kustgemeente, voor inwoners en voor de vele bezoekers. Een bestuur dat
dichtbij staat, luistert en duidelijk is over wat wel en niet kan, is daarbij een voorwaarde.</p>
<h4>Doelstellingen</h4>
<ol>
<li>Inwoners en bezoekers voelen zich veilig, ook in het drukke zomerseizoen;</li>
<li>Overlast op de boulevard, in het centrum en bij de jachthaven wordt voorkomen en snel aangepakt;</li>
<li>Ondermijnende criminaliteit krijgt geen kans in Duinwijck;</li>
<li>De gemeente is goed voorbereid op crises, zoals extreem weer en stormvloed;</li>
<li>Dienstverlening is snel, digitaal waar het kan en persoonlijk waar het moet.</li>
</ol>
""" + bar("Wat gaan we daarvoor doen ?") + """
<h4>Belangrijkste resultaten 2026</h4>
<p><b>1.1 Uitgevoerd Integraal Veiligheidsplan 2023-2026</b><br>
2026 is het laatste jaar van het Integraal Veiligheidsplan. We evalueren het plan en stellen samen met politie,
Openbaar Ministerie en inwoners een nieuw plan op voor 2027-2030. Het aantal meldingen van overlast op de boulevard
daalde in 2024 tot 318, tegen 402 in 2023. Die daling willen we vasthouden.</p>
<p><b>2.1 Extra toezicht in het zomerseizoen</b><br>
Van mei tot en met september zetten we naast de vaste 6,2 fte boa's vier seizoenshandhavers in. Zij richten zich op
parkeren, afval op het strand en overlast van groepen. De kosten van de seizoenshandhavers (€ 96.000) worden gedekt
uit de opbrengst van de toeristenbelasting.</p>
<p><b>3.1 Pilot aanpak ondermijning boulevard en jachthaven</b><br>
In 2026 en 2027 voeren we een pilot uit met integrale controles bij bedrijven op de boulevard en in de jachthaven,
samen met de Belastingdienst en de politie. Hiervoor is € 60.000 per jaar beschikbaar, gedekt uit de algemene reserve.</p>
<p><b>4.1 Geactualiseerd crisisplan hoogwater en storm</b><br>
Samen met de Veiligheidsregio Kustland en het waterschap actualiseren we het draaiboek voor stormvloed. In het
najaar houden we een oefening met het gemeentelijk crisisteam.</p>
<p><b>5.1 Gemeenteraadsverkiezingen</b><br>
Op 18 maart 2026 worden de gemeenteraadsverkiezingen gehouden. De incidentele kosten bedragen € 85.000.</p>
<p><b>5.2 Digitale dienstverlening</b><br>
Inwoners kunnen vanaf 2026 ook een verhuizing, een uittreksel en een parkeervergunning volledig digitaal regelen.
Het doel is dat 75% van de aanvragen digitaal binnenkomt; in 2024 was dat 61%.</p>
""")

page(bar("Wat gaat het kosten ?") + "<h3>Investeringen</h3>" + cap("Tabel 1.1 - Investeringen P1 Veiligheid en Bestuur")
     + inv_table("Programma 1", INV["P1"]) + "<h3>Programma</h3>"
     + cap("Tabel 1.2 - Baten en lasten P1 Veiligheid en Bestuur") + prog_cost_table("P1", 1) + """
<h3>Toelichting begroot 2026</h3>
<h4>Bijdrage Veiligheidsregio Kustland (hogere lasten € 64.000)</h4>
<p>Op basis van de ontwerpbegroting 2026 van de Veiligheidsregio Kustland stijgt de bijdrage van Duinwijck met
€ 64.000 naar € 1.812.000. De stijging komt vooral door de cao-ontwikkeling bij de brandweer en de vervanging van
het materieel.</p>
<h4>Gemeenteraadsverkiezingen (hogere lasten € 85.000, incidenteel)</h4>
<p>Voor de organisatie van de verkiezingen, de stembureauleden en de stembiljetten is eenmalig € 85.000 geraamd.</p>
<h4>Pilot aanpak ondermijning (hogere lasten € 60.000 in 2026 en 2027)</h4>
<p>De lasten worden gedekt door een onttrekking aan de algemene reserve. Zie ook de tabel reserves.</p>
<h4>Leges reisdocumenten en rijbewijzen (hogere baten € 9.000)</h4>
<p>Door de hogere wettelijke tarieven en meer aanvragen stijgen de legesopbrengsten burgerzaken licht.</p>
<h3>Verbonden partijen</h3>
<p><b>Gemeenschappelijke regeling Veiligheidsregio Kustland</b> - brandweerzorg, crisisbeheersing en GHOR voor
negen gemeenten. Bijdrage Duinwijck 2026: € 1.812.000.</p>
""")

# 5-6 P2
page(bar("P2 Samenleving", True) + bar("Wat willen we bereiken ?") + """
<h4>Visie</h4>
<p>Iedereen in Duinwijck doet mee, naar vermogen. We zetten in op een sterke sociale basis in de wijken, op
preventie en op tijdige, passende ondersteuning voor wie het nodig heeft. Onderwijs, sport en cultuur zijn daarbij
belangrijke middelen.</p>
<h4>Doelstellingen</h4>
<ol>
<li>Inwoners zijn gezond en vitaal en kunnen zo lang mogelijk zelfstandig thuis wonen;</li>
<li>Kinderen en jongeren groeien veilig en kansrijk op;</li>
<li>Inwoners met een afstand tot de arbeidsmarkt vinden werk of een zinvolle dagbesteding;</li>
<li>Inwoners met geldzorgen worden vroeg geholpen;</li>
<li>Er zijn goede en toekomstbestendige onderwijs- en sportvoorzieningen.</li>
</ol>
""" + bar("Wat gaan we daarvoor doen ?") + """
<h4>Belangrijkste resultaten 2026</h4>
<p><b>1.1 Uitgevoerd Preventieakkoord Duinwijck</b><br>
Met huisartsen, de GGD en sportverenigingen voeren we het Preventieakkoord uit, met de nadruk op bewegen,
eenzaamheid onder ouderen en alcoholgebruik onder jongeren. Op 1 januari 2025 hadden 1.904 inwoners een
maatwerkarrangement Wmo.</p>
<p><b>2.1 Transformatieprogramma jeugd</b><br>
De uitgaven voor jeugdhulp stijgen al jaren. In Duinwijck ontvangt 11,8% van de jongeren tot 18 jaar jeugdhulp,
landelijk is dat 10,9%. Met het Transformatieprogramma jeugd zetten we in op een praktijkondersteuner jeugd bij
alle huisartsen, op hulp in de klas en op kortere trajecten. Hiervoor is in 2026 € 350.000 en in 2027 € 250.000
beschikbaar uit de reserve sociaal domein.</p>
<p><b>3.1 Meer inwoners aan het werk</b><br>
Het aantal huishoudens met een bijstandsuitkering is gedaald tot 412 (peildatum 1 juli 2025). Samen met
Werkbedrijf Kustwerk begeleiden we in 2026 minimaal 60 inwoners naar betaald werk.</p>
<p><b>4.1 Vroegsignalering geldzorgen</b><br>
Via de afspraken met woningcorporatie, energie- en drinkwaterbedrijf ontvangen we signalen van betalingsachterstanden.
In 2024 hebben we 264 huishoudens benaderd; ruim de helft ging in op het aanbod van hulp.</p>
<p><b>5.1 Uitbreiding IKC De Zeester en renovatie zwembad</b><br>
De uitbreiding van IKC De Zeester wordt in 2026 afgerond; daarvoor wordt een aanvullend krediet van € 1.200.000
gevraagd. Voor de renovatie van zwembad De Golfslag is in 2027 € 3,6 miljoen opgenomen. Sporthal Duinzicht is in
2024 in gebruik genomen; de kapitaallasten (€ 214.000 per jaar) worden gedekt uit de daarvoor gevormde reserve.</p>
""")

page(bar("Wat gaat het kosten ?") + "<h3>Investeringen</h3>" + cap("Tabel 2.1 - Investeringen P2 Samenleving")
     + inv_table("Programma 2", INV["P2"]) + "<h3>Programma</h3>"
     + cap("Tabel 2.2 - Baten en lasten P2 Samenleving") + prog_cost_table("P2", 2) + """
<h3>Toelichting begroot 2026</h3>
<h4>Jeugdhulp (hogere lasten € 410.000)</h4>
<p>Op basis van de realisatie 2024 en de eerste helft van 2025 ramen we de lasten voor jeugdhulp € 410.000 hoger.
Het gaat vooral om jeugdhulp zonder verblijf en om pleegzorg. De tarieven van de regionale inkoop stijgen met 4,2%.</p>
<h4>Wmo hulp bij het huishouden (hogere lasten € 145.000)</h4>
<p>Het aantal cliënten met hulp bij het huishouden groeit door de vergrijzing. Het abonnementstarief (€ 21,80 per
maand in 2026) blijft een rijksmaatregel waarop de gemeente geen invloed heeft.</p>
<h4>Bijstandsuitkeringen (hogere baten en lasten € 268.000)</h4>
<p>De rijksbijdrage BUIG is voorlopig vastgesteld op € 5.912.400. Baten en lasten stijgen gelijk op.</p>
<h4>Transformatieprogramma jeugd (hogere lasten € 350.000, incidenteel)</h4>
<p>Gedekt door een onttrekking aan de reserve sociaal domein.</p>
<h3>Verbonden partijen</h3>
<p><b>Gemeenschappelijke regeling Werkbedrijf Kustwerk</b> - uitvoering Wsw en beschut werk, re-integratie.
Bijdrage Duinwijck 2026: € 1.918.502 (taakveld 6.4).<br>
<b>GGD Kustland</b> - publieke gezondheidszorg en jeugdgezondheidszorg. Bijdrage Duinwijck 2026: € 812.400.</p>
""")

# 7-8 P3
page(bar("P3 Ruimte, Economie en Toerisme", True) + bar("Wat willen we bereiken ?") + """
<h4>Visie</h4>
<p>Duinwijck is een aantrekkelijke kustplaats om te wonen, te werken en te verblijven. We koesteren de duinen, het
strand en het dorpse karakter en we maken ruimte voor woningen voor onze eigen inwoners. Toerisme is de motor van
onze economie, maar mag niet ten koste gaan van de leefbaarheid.</p>
<h4>Doelstellingen</h4>
<ol>
<li>Een aantrekkelijke kustplaats voor bewoners en bezoekers, volgens de Kustvisie 2035;</li>
<li>Voldoende en betaalbare woningen, met voorrang voor starters en ouderen uit Duinwijck;</li>
<li>Een schone, hele en veilige openbare ruimte;</li>
<li>Een duurzame en klimaatbestendige gemeente;</li>
<li>Een sterke lokale economie met een toeristisch seizoen dat langer duurt.</li>
</ol>
""" + bar("Wat gaan we daarvoor doen ?") + """
<h4>Belangrijkste resultaten 2026</h4>
<p><b>1.1 Herinrichting boulevard fase 1 gereed</b><br>
In 2026 wordt het noordelijke deel van de boulevard heringericht, met meer groen, zitplekken en een vrijliggend
fietspad. Voor 2026 wordt een krediet van € 2.400.000 beschikbaar gesteld. Daarnaast voeren we uit de reserve
Kustvisie voor € 750.000 verbeteringen uit aan strandopgangen en bewegwijzering.</p>
<p><b>1.2 Toerisme in balans</b><br>
In 2024 telde Duinwijck 1,42 miljoen toeristische overnachtingen, 4% meer dan in 2023. We willen dat bezoekers
zich beter over het jaar en over de gemeente verspreiden. Met de Regiodeal Kust (rijksbijdrage € 300.000) investeren
we in het voor- en naseizoen.</p>
<p><b>2.1 Start bouw Duinrand-Oost</b><br>
In het plan Duinrand-Oost worden 240 woningen gebouwd, waarvan 72 sociale huurwoningen (30%). De eerste 80 woningen
worden in 2026 opgeleverd. De gemiddelde wachttijd voor een sociale huurwoning is inmiddels 6,1 jaar.</p>
<p><b>3.1 Kentekenparkeren</b><br>
We vervangen de 38 parkeerautomaten door automaten voor kentekenparkeren en betalen via de app. Het tarief op de
boulevard gaat in het hoogseizoen naar € 3,50 per uur.</p>
<p><b>4.1 Minder restafval</b><br>
In 2023 boden inwoners gemiddeld 168 kilo restafval per inwoner aan. Het doel is 120 kilo in 2028. In 2026 voeren
we in Zeewijk en het centrum omgekeerd inzamelen in.</p>
<p><b>4.2 Warmteprogramma Zeewijk</b><br>
Zeewijk is de eerste wijk in de Transitievisie Warmte. In 2026 maken we met bewoners en de woningcorporatie een
wijkuitvoeringsplan (€ 180.000, gedekt uit de reserve duurzaamheid).</p>
""")

page(bar("Wat gaat het kosten ?") + "<h3>Investeringen</h3>" + cap("Tabel 3.1 - Investeringen P3 Ruimte, Economie en Toerisme")
     + inv_table("Programma 3", INV["P3"]) + "<h3>Programma</h3>"
     + cap("Tabel 3.2 - Baten en lasten P3 Ruimte, Economie en Toerisme") + prog_cost_table("P3", 3) + """
<h3>Toelichting begroot 2026</h3>
<h4>Toeristenbelasting (hogere baten € 428.000)</h4>
<p>Het tarief stijgt van € 2,40 naar € 2,65 per persoon per nacht. Samen met de groei van het aantal overnachtingen
levert dit € 428.000 meer op dan in 2025, waarvan € 332.000 door de tariefsverhoging.</p>
<h4>Parkeren (hogere baten € 240.000)</h4>
<p>Door de hogere tarieven in het hoogseizoen en de uitbreiding van het betaald parkeren naar de Strandslag Noord
stijgen de parkeeropbrengsten met € 240.000.</p>
<h4>Afval (hogere lasten € 186.000)</h4>
<p>De verwerkingskosten en de afvalstoffenbelasting stijgen. De afvalstoffenheffing blijft 100% kostendekkend.</p>
<h4>Areaaluitbreiding Duinrand-Oost (hogere lasten € 38.000)</h4>
<p>Het beheer van de nieuwe openbare ruimte in Duinrand-Oost leidt tot hogere onderhoudslasten.</p>
<h4>Kustvisie, warmteprogramma en Regiodeal (incidenteel € 1.230.000)</h4>
<p>De lasten voor de Kustvisie (€ 750.000) en het warmteprogramma (€ 180.000) worden gedekt uit reserves; de
projecten van de Regiodeal Kust (€ 300.000) uit de rijksbijdrage.</p>
""")

# 9 beleidsindicatoren + recapitulatie
IND = [
    ("1", "6.", "Verwijzingen Halt", "Aantal per 10.000 jongeren", "Bureau Halt", "94 (2024)", "87 (2024)"),
    ("1", "8.", "Winkeldiefstallen", "Aantal per 1.000 inwoners", "CBS", "1,8 (2024)", "2,4 (2024)"),
    ("1", "9.", "Geweldsmisdrijven", "Aantal per 1.000 inwoners", "CBS", "3,9 (2024)", "4,8 (2024)"),
    ("1", "10.", "Diefstallen uit woning", "Aantal per 1.000 inwoners", "CBS", "1,6 (2024)", "1,3 (2024)"),
    ("1", "11.", "Vernielingen en beschadigingen (in de openbare ruimte)", "Aantal per 1.000 inwoners", "CBS", "6,2 (2024)", "4,9 (2024)"),
    ("2", "19.", "Vroegtijdig schoolverlaters zonder startkwalificatie (vsv-ers)", "% deelnemers aan VO en MBO onderwijs", "DUO", "1,4% (2023)", "2,0% (2023)"),
    ("2", "20.", "Niet-sporters", "%", "RIVM", "47,1% (2022)", "49,4% (2022)"),
    ("2", "24.", "Netto arbeidsparticipatie", "% van de werkzame beroepsbevolking t.o.v. de totale beroepsbevolking", "CBS", "68,2% (2024)", "72,4% (2024)"),
    ("2", "27.", "Personen met een bijstandsuitkering", "Aantal per 10.000 inwoners", "CBS", "271,4 (2024)", "364,5 (2024)"),
    ("2", "29.", "Jongeren met jeugdhulp", "% van alle jongeren tot 18 jaar", "CBS", "11,8% (2024)", "10,9% (2024)"),
    ("2", "33.", "Cliënten met een maatwerkarrangement WMO", "Aantal per 10.000 inwoners", "CBS", "712 (2024)", "683 (2024)"),
    ("3", "21.", "Banen", "Aantal per 1.000 inwoners 15-74 jaar", "LISA", "702,3 (2024)", "828,6 (2024)"),
    ("3", "23.", "Functiemenging", "%", "LISA", "51,8% (2024)", "53,4% (2024)"),
    ("3", "36.", "Nieuw gebouwde woningen", "Aantal per 1.000 woningen", "BAG", "9,4 (2024)", "8,7 (2024)"),
    ("3", "37.", "Gemiddelde WOZ-waarde", "Duizend euro", "CBS", "396 (2025)", "363 (2025)"),
    ("3", "38.", "Demografische druk", "%", "CBS", "91,2% (2025)", "71,0% (2025)"),
    ("3", "39.", "Omvang huishoudelijk restafval", "Kg per inwoner", "CBS", "168 (2023)", "149 (2023)"),
    ("3", "40.", "Hernieuwbare elektriciteit", "%", "RWS", "21,3% (2023)", "41,1% (2023)"),
]


def ind_table():
    h = ['<table class="fin txt small" style="font-size:6.8pt"><tr class="hd"><td class="l">Progr.</td><td class="l">Nr.</td>'
         '<td class="l">Naam indicator</td><td class="l">Eenheid</td><td class="l">Bron</td>'
         '<td class="n">Cijfer Duinwijck<br>(jaartal)</td><td class="n">Vergelijkingscijfer<br>Nederland (jaartal)</td></tr>']
    for rw in IND:
        h.append("<tr>" + "".join(f'<td class="{"n" if i >= 5 else "l"}">{c}</td>' for i, c in enumerate(rw)) + "</tr>")
    h.append("</table>")
    return "".join(h)


def recap_table():
    ys = [2026, 2027, 2028, 2029]
    h = ['<table class="fin small"><tr class="hd"><td class="l">Programma\'s</td>']
    for y in ys:
        h.append(f'<td class="n c" colspan="3">{"Begroting" if y == 2026 else "Raming"}<br>{y}</td>')
    h.append('</tr><tr class="hd2"><td class="l">bedragen x € 1.000,-<br>("-"=nadeel/"+"= voordeel)</td>')
    h.append("".join('<td class="n">baten</td><td class="n">lasten</td><td class="n">saldo</td>' for _ in ys) + "</tr>")
    for k in ("P1", "P2", "P3"):
        h.append(row([NAMES[k]] + [f(v) for y in ys for v in LINES[k][y]]))
    h.append(row(["Totaal programma's"] + [f(v) for y in ys for v in TOT[y]["progs"]], "sub"))
    for k in ("AD", "OH", "VPB", "ONV"):
        h.append(row([NAMES[k]] + [f(v) for y in ys for v in LINES[k][y]]))
    h.append(row(["Saldo van baten en lasten"] + [f(v) for y in ys for v in TOT[y]["saldo"]], "sub"))
    h.append(row(["Mutaties reserves"] + [f(v) for y in ys for v in (TOT[y]["ontt"], TOT[y]["toev"], TOT[y]["mut"])]))
    h.append(row(["Geraamde resultaat"] + [f(v) for y in ys for v in (TOT[y]["saldo"][0] + TOT[y]["ontt"],
                                                                    TOT[y]["saldo"][1] + TOT[y]["toev"], TOT[y]["res"])], "sub"))
    h.append("</table>")
    return "".join(h)


page(bar("Beleidsindicatoren", True) + cap("Tabel 4.1 - Beleidsindicatoren per programma") + ind_table()
     + '<p class="note">Bron: waarstaatjegemeente.nl, peildatum juli 2025. Het jaartal tussen haakjes is het jaar waarop het cijfer betrekking heeft.</p>'
     + bar("Recapitulatie") + cap("Tabel 4.2 - Recapitulatie alle programma's (samenvattend overzicht)") + recap_table()
     + '<p class="note">* De algemene dekkingsmiddelen (taakvelden 0.5, 0.61, 0.62, 0.64, 0.7 en 0.8 exclusief het bedrag voor '
       'onvoorzien), de overhead (taakveld 0.4), de heffing vennootschapsbelasting (taakveld 0.9) en het bedrag voor onvoorzien '
       'zijn in deze tabel apart zichtbaar gemaakt onder het totaal van de programma\'s.</p>')

# 10 lokale heffingen
HEF = [
    ("OZB woningen", 6041, 6284), ("OZB niet-woningen", 2836, 2913), ("Toeristenbelasting", 3184, 3612),
    ("Parkeerbelasting (parkeergelden)", 2612, 2852), ("Hondenbelasting", 178, 184), ("Precariobelasting", 196, 200),
    ("Afvalstoffenheffing", 4105, 4302), ("Rioolheffing", 3468, 3571), ("Leges omgevingsvergunningen", 1046, 1112),
    ("Leges burgerzaken", 318, 334), ("Begraafrechten", 198, 206), ("Marktgelden", 21, 22),
]
HEF_SUB = (sum(x[1] for x in HEF), sum(x[2] for x in HEF))
KWIJT = (-142, -156)
HEF_NET = (HEF_SUB[0] + KWIJT[0], HEF_SUB[1] + KWIJT[1])
assert HEF[0][2] == r(TV_AD[1][1]) and HEF[1][2] == r(TV_AD[2][1])
assert HEF[4][2] + HEF[5][2] == r(TV_AD[3][1])


def hef_table():
    h = ['<table class="fin" style="width:80%"><tr class="hd"><td class="l">Opbrengst belastingen</td><td class="n">raming<br>2025</td>'
         '<td class="n cur">raming<br>2026</td><td class="n">mutatie t.o.v.<br>2025</td></tr>']
    for n, a, b in HEF:
        h.append(row([n, f(a), f(b), f(b - a)]))
    h.append(row(["sub totaal opbrengst", f(HEF_SUB[0]), f(HEF_SUB[1]), f(HEF_SUB[1] - HEF_SUB[0])], "sub"))
    h.append(row(["af: kwijtscheldingen", f(KWIJT[0]), f(KWIJT[1]), f(KWIJT[1] - KWIJT[0])]))
    h.append(row(["netto opbrengst", f(HEF_NET[0]), f(HEF_NET[1]), f(HEF_NET[1] - HEF_NET[0])], "sub"))
    h.append("</table>")
    return "".join(h)


TAR = [
    ("OZB woningen, eigenaar (% van de WOZ-waarde)", "0,0812%", "0,0798%"),
    ("OZB niet-woningen, eigenaar (% van de WOZ-waarde)", "0,1641%", "0,1688%"),
    ("OZB niet-woningen, gebruiker (% van de WOZ-waarde)", "0,1322%", "0,1360%"),
    ("Afvalstoffenheffing eenpersoonshuishouden", "€ 246,00", "€ 258,30"),
    ("Afvalstoffenheffing meerpersoonshuishouden", "€ 318,00", "€ 331,20"),
    ("Rioolheffing per aansluiting", "€ 289,44", "€ 298,08"),
    ("Toeristenbelasting per persoon per nacht", "€ 2,40", "€ 2,65"),
    ("Hondenbelasting eerste hond", "€ 84,60", "€ 87,30"),
    ("Hondenbelasting tweede en volgende hond", "€ 126,90", "€ 130,95"),
    ("Parkeertarief boulevard per uur (1 april - 30 september)", "€ 3,20", "€ 3,50"),
]
WOZ = (396000, 412000)
OZB_T = (0.000812, 0.000798)
WL = []
for i in range(2):
    ozb = round(WOZ[i] * OZB_T[i] + 1e-9, 2)
    afv = (318.00, 331.20)[i]
    rio = (289.44, 298.08)[i]
    WL.append((ozb, afv, rio, round(ozb + afv + rio, 2)))
WL_PCT = (WL[1][3] - WL[0][3]) / WL[0][3] * 100
assert abs(WL[0][3] - 928.99) < 0.005 and abs(WL[1][3] - 958.06) < 0.005 and pct(WL_PCT) == "3,1%"

page(bar("Paragraaf Lokale heffingen", True) + """
<h3>1.1 Inleiding</h3>
<p>In deze paragraaf geven we inzicht in de belastingen en heffingen van de gemeente Duinwijck: de geraamde
opbrengsten, het beleid en de tarieven, de woonlasten en het kwijtscheldingsbeleid. De lokale heffingen worden
in 2026 verhoogd met het inflatiepercentage van 2,8%, met uitzondering van de toeristenbelasting (extra verhoging,
zie programma 3) en de afvalstoffen- en rioolheffing (kostendekkend).</p>
""" + cap("Tabel 5.1 - Opbrengst uit belastingen bedragen x € 1.000") + hef_table() + """
<h3>1.2 Tarieven</h3>
""" + cap("Tabel 5.2 - Tarieven 2025 en 2026 (in €)")
     + '<table class="fin" style="width:80%"><tr class="hd"><td class="l">Belasting / heffing</td><td class="n">Tarief 2025</td><td class="n cur">Tarief 2026</td></tr>'
     + "".join(row(list(t)) for t in TAR) + "</table>" + """
<h3>1.3 Woonlasten</h3>
<p>De woonlasten zijn de lasten die een huishouden betaalt aan OZB, afvalstoffenheffing en rioolheffing. Voor een
meerpersoonshuishouden in een koopwoning met een gemiddelde WOZ-waarde stijgen de woonlasten in 2026 met 3,1%.</p>
""" + cap("Tabel 5.3 - Woonlastenoverzicht meerpersoonshuishouden (eigenaar-bewoner)")
     + '<table class="fin" style="width:80%"><tr class="hd"><td class="l">Woonlasten</td><td class="n">2025</td><td class="n cur">2026</td></tr>'
     + row(["Gemiddelde WOZ-waarde woning", eur(WOZ[0]).replace(",00", ""), eur(WOZ[1]).replace(",00", "")])
     + row(["OZB eigenaar", eur(WL[0][0]), eur(WL[1][0])])
     + row(["Afvalstoffenheffing", eur(WL[0][1]), eur(WL[1][1])])
     + row(["Rioolheffing", eur(WL[0][2]), eur(WL[1][2])])
     + row(["Totaal woonlasten", eur(WL[0][3]), eur(WL[1][3])], "sub")
     + row(["Stijging in %", "", pct(WL_PCT)]) + "</table>" + """
<h3>1.4 Kwijtschelding</h3>
<p>Inwoners met een laag inkomen kunnen kwijtschelding aanvragen van de afvalstoffenheffing en de rioolheffing.
Duinwijck hanteert de norm van 100% van de bijstandsnorm. In 2024 is aan 498 huishoudens (gedeeltelijke)
kwijtschelding verleend.</p>
""")

# 11 weerstandsvermogen + kengetallen
def risk_table():
    h = ['<table class="fin" style="width:90%"><tr class="hd"><td class="l">Risico</td><td class="n">Bedrag impact</td>'
         '<td class="n">Kans op voordoen</td><td class="n">Bedrag x kans</td></tr>']
    for n, a, k, v in RISK_ROWS:
        h.append(row([n, f(a), f"{k}%", f(v if v != int(v) else int(v))]))
    h.append(row(["Overige risico's (10% van het totaal)", "", "", f(RISK_OTHER)]))
    h.append(row(["Totaal", "", "", f(RISK_TOT)], "sub"))
    h.append("</table>")
    return "".join(h)


KENG = [
    ("1a. Netto schuldquote", ["48%", "55%", "61%", "66%", "68%", "67%"], "&lt;90%", "90-130%", "&gt;130%"),
    ("1b. Netto schuldquote gecorrigeerd voor alle verstrekte leningen", ["45%", "52%", "58%", "63%", "65%", "64%"], "&lt;90%", "90-130%", "&gt;130%"),
    ("2. Solvabiliteitsratio", ["31%", "28%", "27%", "25%", "25%", "26%"], "&gt;50%", "20-50%", "&lt;20%"),
    ("3. Structurele exploitatieruimte", ["2,3%", "-0,2%", "0,4%", "-0,8%", "-1,6%", "-1,1%"], "&gt;0%", "0%", "&lt;0%"),
    ("4. Grondexploitatie", ["6%", "8%", "9%", "7%", "5%", "3%"], "&lt;20%", "20-35%", "&gt;35%"),
    ("5. Belastingcapaciteit", ["108%", "110%", "111%", "n.v.t.", "n.v.t.", "n.v.t."], "&lt;95%", "95-105%", "&gt;105%"),
]


def keng_table():
    h = ['<table class="fin small k" style="font-size:6.8pt"><tr class="hd"><td class="l">Kengetallen</td>']
    for c in COLHEAD:
        w, y = c.split(" ")
        h.append(f'<td class="n{" cur" if y == "2026" else ""}">{w}<br>{y}</td>')
    h.append('<td class="n">Voldoende</td><td class="n">Matig</td><td class="n">Onvoldoende</td></tr>')
    for n, vals, a, b, c in KENG:
        h.append(row([n] + vals + [a, b, c]))
    h.append("</table>")
    return "".join(h)


page(bar("Paragraaf Weerstandsvermogen en risicobeheersing", True) + f"""
<p>Het weerstandsvermogen is de relatie tussen de weerstandscapaciteit (de middelen waarover de gemeente kan
beschikken om niet begrote kosten te dekken) en de risico's waarvoor geen maatregelen zijn getroffen en die van
betekenis kunnen zijn voor de financiële positie. In 2024 heeft de raad de nota Risicomanagement en
Weerstandsvermogen 2024-2027 vastgesteld. Daarin is een minimale ratio van 1,4 afgesproken.</p>
<h3>Risico's</h3>
<p>In onderstaande tabel staan de belangrijkste risico's met de geschatte financiële impact en de kans dat het
risico zich voordoet.</p>
""" + cap("Tabel 6.1 De belangrijkste risico's (x € 1.000)") + risk_table() + f"""
<h3>Ratio weerstandsvermogen</h3>
<p>De beschikbare weerstandscapaciteit bestaat uit de algemene reserve per 31 december 2026 (€ {f(RES_ALG_ROWS[0][4] * 1000)})
en de post onvoorzien (€ 50.000).</p>
<table class="fin" style="width:90%">
<tr><td class="l">Ratio weerstandsvermogen = Beschikbare weerstandscapaciteit / Benodigde weerstandscapaciteit</td>
<td class="n">€ {f(BESCHIKBAAR)} / € {f(BENODIGD)}</td><td class="n"><b>{str(RATIO).replace('.', ',')}</b></td></tr></table>
<p>De ratio van {str(RATIO).replace('.', ',')} valt in categorie A en staat voor een uitstekend weerstandsvermogen.</p>
""" + cap("Tabel 6.2 Kwalificatie ratio weerstandsvermogen") + """
<table class="fin" style="width:70%"><tr class="hd"><td class="l">Waarderingscijfer</td><td class="l">Ratio weerstandsvermogen</td><td class="l">Betekenis</td></tr>
<tr><td class="l">A</td><td class="l">2,0 &lt; x</td><td class="l">Uitstekend</td></tr>
<tr><td class="l">B</td><td class="l">1,4 &lt; x &lt; 2,0</td><td class="l">Ruim voldoende</td></tr>
<tr><td class="l">C</td><td class="l">1,0 &lt; x &lt; 1,4</td><td class="l">Voldoende</td></tr>
<tr><td class="l">D</td><td class="l">0,8 &lt; x &lt; 1,0</td><td class="l">Matig</td></tr>
<tr><td class="l">E</td><td class="l">0,6 &lt; x &lt; 0,8</td><td class="l">Onvoldoende</td></tr>
<tr><td class="l">F</td><td class="l">x &lt; 0,6</td><td class="l">Ruim onvoldoende</td></tr></table>
<h3>Kengetallen</h3>
""" + cap("Tabel 6.3 Overzicht kengetallen gemeente Duinwijck") + keng_table() + """
<p>De netto schuldquote loopt op door de investeringen in de boulevard, de riolering en het zwembad, maar blijft
onder de signaleringswaarde van 90%. De structurele exploitatieruimte is in 2026 positief (0,4%), maar vanaf 2027
negatief. De woonlasten liggen door de hoge WOZ-waarden boven het landelijk gemiddelde.</p>
""")

# 12 financiële begroting: meerjarenbeeld, structureel saldo, incidenteel
def mjb_table():
    ys = [2026, 2027, 2028, 2029]
    h = ['<table class="fin"><tr class="hd"><td class="l">Tabel 7.1 - Financieel Meerjarenbeeld (bedragen x € 1.000)</td>'
         + "".join(f'<td class="n">{y}</td>' for y in ys) + "</tr>"]
    h.append(row(["Saldo meerjarenraming begroting 2025 (na vaststelling)"] + [f(v) for v in MJB_START], "sub"))
    for n, vals in MJB_ITEMS:
        h.append(row([n] + [d(v) for v in vals]))
    h.append(row(["BEGROTINGSSALDO 2026-2029"] + [f(TARGET[y]) for y in ys], "sub"))
    h.append("</table>")
    return "".join(h)


def struct_table():
    ys = [2026, 2027, 2028, 2029]
    A = [TOT[y]["res"] for y in ys]
    rows_ = [
        ("Saldo baten en lasten", [TOT[y]["saldo"][2] for y in ys], ""),
        ("Saldo toevoegingen en onttrekkingen aan reserves", [TOT[y]["mut"] for y in ys], ""),
        ("Begrotingssaldo (A)", A, "sub"),
        ("Waarvan incidentele dekking uit reserves", INC_R, ""),
        ("Waarvan incidentele baten", INC_B, ""),
        ("Waarvan incidentele lasten", [-x for x in INC_L], ""),
        ("Saldo incidentele posten (B)", INC_SALDO, "sub"),
        ("Structureel begrotingssaldo (verschil tussen A en B)", [A[k] - INC_SALDO[k] for k in range(4)], "sub"),
    ]
    h = ['<table class="fin"><tr class="hd"><td class="l">Tabel 7.2 - Presentatie structureel begrotingssaldo (x € 1.000)</td>'
         + "".join(f'<td class="n">{y}</td>' for y in ys) + "</tr>"]
    for n, vals, cls in rows_:
        h.append(row([n] + [d(v) for v in vals], cls))
    h.append("</table>")
    return "".join(h)


def incid_table():
    h = ['<table class="fin small" style="font-size:6.8pt"><tr class="hd"><td class="l"></td><td class="n c" colspan="4">LASTEN</td>'
         '<td class="n c" colspan="4">BATEN</td></tr>'
         '<tr class="hd"><td class="l">OMSCHRIJVING (bedragen x € 1.000)</td>'
         + "".join(f'<td class="n">{y}</td>' for y in [2026, 2027, 2028, 2029] * 2) + "</tr>"]
    cur = None
    for p, n, L, B in INCID:
        if p != cur:
            h.append(f'<tr><td class="l" colspan="9"><b>{NAMES[p]}</b></td></tr>')
            cur = p
        h.append(row([n] + [("" if v == 0 else f(v)) for v in L + B]))
    h.append(row(["Subtotaal incidenteel"] + [d(v) for v in INC_L + INC_B], "sub"))
    h.append('<tr><td class="l" colspan="9"><b>Mutaties reserves</b></td></tr>')
    for n, vals in INC_RES:
        h.append(row([n] + [""] * 4 + [("" if v == 0 else f(v)) for v in vals]))
    tb = [INC_B[k] + INC_R[k] for k in range(4)]
    h.append(row(["Totaal incidenteel inclusief mutaties reserves"] + [d(v) for v in INC_L + tb], "sub"))
    h.append(row(["Saldo incidentele baten en lasten"] + [d(-v) for v in INC_SALDO] + [""] * 4))
    h.append("</table>")
    return "".join(h)


page(bar("Financiële begroting", True) + bar("Meerjarenbeeld 2026-2029") + mjb_table() + f"""
<p>Het begrotingssaldo voor de jaren 2026 tot en met 2029 is inclusief incidentele baten en lasten. In het volgende
overzicht worden de incidentele posten uit het saldo gehaald om het structurele evenwicht weer te geven.</p>
""" + struct_table() + f"""
<p>De begroting 2026 is structureel en reëel in evenwicht. De jaren 2027 tot en met 2029 zijn dat nog niet: het
structurele tekort bedraagt in 2028 € {f(abs(TARGET[2028]) * 1000)}.</p>
""" + bar("Incidentele baten en lasten") + cap("Tabel 7.3 - Incidentele baten en lasten 2026-2029 per programma") + incid_table()
     + '<p class="note">Op grond van de financiële verordening worden incidentele posten vanaf € 50.000 afzonderlijk vermeld. '
       'De gemeenteraadsverkiezingen (€ 85.000) worden gedekt uit de algemene middelen.</p>')

# 13 baten lasten per programma 2024-2026 + reserves
def bl_table():
    ys = [2024, 2025, 2026]
    heads = ["Rekening", "Begroting", "Begroting"]
    h = ['<table class="fin small"><tr class="hd"><td class="l">Programma</td>'
         + "".join(f'<td class="n c" colspan="3">{w}<br>{y}</td>' for w, y in zip(heads, ys)) + "</tr>"
         '<tr class="hd2"><td class="l">bedragen x € 1.000,-<br>("-"=nadeel/"+"= voordeel)</td>'
         + "".join('<td class="n">baten</td><td class="n">lasten</td><td class="n">saldo</td>' for _ in ys) + "</tr>"]
    for k in ORDER_ALL:
        h.append(row([NAMES[k]] + [f(v) for y in ys for v in LINES[k][y]]))
    h.append(row(["Saldo van baten en lasten"] + [f(v) for y in ys for v in TOT[y]["saldo"]], "sub"))
    h.append(row(["Onttrekking aan reserves"] + [f(v) for y in ys for v in (TOT[y]["ontt"], 0, 0)]))
    h.append(row(["Toevoeging aan reserves"] + [f(v) for y in ys for v in (0, TOT[y]["toev"], 0)]))
    h.append(row(["Mutaties reserves"] + [f(v) for y in ys for v in (0, 0, TOT[y]["mut"])]))
    h.append(row(["Geraamde resultaat"] + [f(v) for y in ys for v in (TOT[y]["saldo"][0] + TOT[y]["ontt"],
                                                                    TOT[y]["saldo"][1] + TOT[y]["toev"], TOT[y]["res"])], "sub"))
    h.append("</table>")
    return "".join(h)


def resmut_table():
    h = ['<table class="fin" style="width:80%"><tr class="hd"><td class="l">(bedragen x € 1.000)</td><td class="n">Begroting 2026<br>Onttrekking</td>'
         '<td class="n">Begroting 2026<br>Toevoeging</td><td class="n">Begroting 2026<br>Mutaties</td></tr>']
    for p, n in PROGS:
        o, t = RES_PROG[2026][p]
        h.append(row([f"{p} {n}", d(o), d(t), d(o + t)]))
    h.append(row(["Totaal mutaties reserves", d(TOT[2026]["ontt"]), d(TOT[2026]["toev"]), d(TOT[2026]["mut"])], "sub"))
    h.append("</table>")
    return "".join(h)


def reserves_table():
    h = ['<table class="fin small" style="font-size:6.8pt"><tr class="hd"><td class="l">Overzicht reserves (x € 1.000)</td>'
         '<td class="n">Stand<br>1-1-2026</td><td class="n">Vermeer-<br>deringen<br>2026</td><td class="n">Vermin-<br>deringen<br>2026</td>'
         '<td class="n cur">Stand<br>31-12-2026</td><td class="n">Vermeer-<br>deringen<br>2027</td><td class="n">Vermin-<br>deringen<br>2027</td>'
         '<td class="n">Stand<br>31-12-2027</td></tr>']
    h.append('<tr><td class="l" colspan="8"><b>Algemene reserves</b></td></tr>')
    for rw in RES_ALG_ROWS:
        h.append(row([rw[0]] + [f(v) for v in rw[1:]]))
    h.append(row(["Totaal algemene reserves"] + [f(v) for v in ALG_TOT], "sub"))
    h.append('<tr><td class="l" colspan="8"><b>Bestemmingsreserves</b></td></tr>')
    for rw in RES_BEST_ROWS:
        h.append(row([rw[0]] + [f(v) for v in rw[1:]]))
    h.append(row(["Totaal bestemmingsreserves"] + [f(v) for v in BEST_TOT], "sub"))
    h.append(row(["Totaal reserves"] + [f(v) for v in RES_TOT], "sub"))
    h.append("</table>")
    return "".join(h)


page(bar("Toelichting baten en lasten", True) + cap("Tabel 7.4 - Baten, lasten en saldo 2024-2026 per programma") + bl_table()
     + """<p>De cijfers in de kolom rekening 2024 zijn conform de jaarstukken 2024. De cijfers in de kolom begroting 2025 zijn
inclusief de wijzigingen tot en met de eerste bestuursrapportage 2025.</p>"""
     + bar("Mutaties reserves") + cap("Tabel 7.5 - Reservemutaties per programma") + resmut_table()
     + cap("Tabel 7.6 - Overzicht reserves") + reserves_table()
     + """<p>De reserve kapitaallasten sporthal Duinzicht dekt de jaarlijkse afschrijvings- en rentelasten van de
sporthal (€ 214.000). Dit is een structurele onttrekking. De toevoeging aan de reserve onderhoud gemeentelijke
gebouwen (€ 250.000 per jaar) volgt uit het meerjarenonderhoudsplan.</p>""")

# 14 taakvelden
tvhtml, GB, GL = taakveld_table()
page(bar("Bijlage: Overzicht baten en lasten per taakveld", True)
     + cap("Tabel 7.7 - Baten en lasten per taakveld 2026 (bedragen in €)") + tvhtml)

html = ["<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Begroting 2026 gemeente Duinwijck</title>",
        f"<style>{css}</style></head><body>"]
for i, pg in enumerate(PAGES, 1):
    foot = '<div class="foot">Begroting 2026 - gemeente Duinwijck</div>' if i > 1 else ""
    pno = f'<div class="pno">{i}</div>' if i > 1 else ""
    html.append(f'<div class="page">{pg}{foot}{pno}</div>')
html.append("</body></html>")
with open(OUT, "w", encoding="utf-8") as fh:
    fh.write("\n".join(html))
print("pages", len(PAGES), "written", OUT)
print("taakvelden totaal", GB, GL, GB + GL)
print("heffingen", HEF_SUB, HEF_NET, "woonlasten", WL, WL_PCT)
