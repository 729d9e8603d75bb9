"""Generate corpus/moerwijde-voorjaarsnota-2026.pdf (HTML printed with headless chromium).

Usage: /work/main/.venv/bin/python make_moerwijde.py
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile

from common import CORPUS, YEARS4, esc, mio, nl, nl_dec
import moerwijde_data as D

PDF_NAME = "moerwijde-voorjaarsnota-2026.pdf"

CSS = r"""
@page {
  size: A4;
  margin: 20mm 18mm 22mm 20mm;
  @bottom-left { content: "Voorjaarsnota 2026 | Gemeente Moerwijde"; font: 8pt 'Liberation Sans'; color: #555; }
  @bottom-right { content: counter(page); font: 8pt 'Liberation Sans'; color: #555; }
}
@page cover { margin: 0; @bottom-left { content: none; } @bottom-right { content: none; } }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.6pt; line-height: 1.38; color: #1d1d1b; }
.cover { page: cover; height: 297mm; width: 210mm; position: relative; background: #0f5c4d; color: white; break-after: page; }
.cover .band { position: absolute; top: 95mm; left: 0; right: 0; height: 70mm; background: #e9f2ee; color: #0f5c4d; padding: 14mm 20mm; }
.cover h1 { font-size: 34pt; margin: 0 0 4mm 0; }
.cover .sub { font-size: 15pt; }
.cover .logo { position: absolute; top: 22mm; left: 20mm; font-size: 18pt; font-weight: bold; letter-spacing: 1px; }
.cover .meta { position: absolute; bottom: 25mm; left: 20mm; font-size: 10pt; }
.chapter { break-before: page; }
h2 { font-size: 15pt; color: #0f5c4d; margin: 0 0 3mm 0; }
h3 { font-size: 11pt; color: #0f5c4d; margin: 4mm 0 1.5mm 0; }
h4 { font-size: 9.8pt; margin: 3mm 0 1mm 0; }
p { margin: 0 0 2.2mm 0; text-align: justify; hyphens: auto; }
.cols { column-count: 2; column-gap: 8mm; }
.cols h3 { break-after: avoid; }
table { border-collapse: collapse; width: 100%; font-size: 8.3pt; margin: 1mm 0 2mm 0; }
caption { caption-side: top; text-align: left; font-weight: bold; font-size: 8.8pt; padding: 1.5mm 0; color: #0f5c4d; }
th { background: #0f5c4d; color: white; font-weight: bold; padding: 1.2mm 1.5mm; text-align: left; vertical-align: bottom; }
th.n, td.n { text-align: right; white-space: nowrap; }
td { padding: 1mm 1.5mm; border-bottom: 0.3pt solid #b8c9c3; vertical-align: top; }
tr.sub td { font-weight: bold; background: #e9f2ee; }
tr.tot td { font-weight: bold; border-top: 1pt solid #0f5c4d; border-bottom: 1.2pt solid #0f5c4d; }
tr.head td { font-style: italic; color: #0f5c4d; border-bottom: none; padding-top: 2mm; }
td.ind { padding-left: 5mm; }
.note { font-size: 7.8pt; color: #444; margin-top: -1mm; }
.box { border: 0.8pt solid #0f5c4d; background: #f3f8f6; padding: 2.5mm 3.5mm; margin: 2mm 0 3mm 0; break-inside: avoid; }
.box table { font-size: 8.6pt; }
.box td { border-bottom: 0.3pt dotted #9fb5ae; }
.toc td { border: none; font-size: 9.6pt; padding: 0.8mm 0; }
.toc td.n { width: 12mm; }
.small { font-size: 8.4pt; }
"""


def tr(cells, cls="", num_from=1, cell_classes=None):
    out = []
    for i, c in enumerate(cells):
        k = []
        if i >= num_from:
            k.append("n")
        if cell_classes and i in cell_classes:
            k.append(cell_classes[i])
        ca = f' class="{" ".join(k)}"' if k else ""
        out.append(f"<td{ca}>{c}</td>")
    ca = f' class="{cls}"' if cls else ""
    return f"<tr{ca}>" + "".join(out) + "</tr>"


def yrs_header(first_cols, extra_left=None):
    hs = "".join(f"<th>{esc(h)}</th>" for h in first_cols)
    hs += "".join(f'<th class="n">{y}</th>' for y in YEARS4)
    return f"<thead><tr>{hs}</tr></thead>"


def v4(vals):
    return [nl(v) for v in vals]


# ------------------------------------------------------------------------------------------
def page_cover():
    return """
<section class="cover">
  <div class="logo">GEMEENTE MOERWIJDE</div>
  <div class="band">
    <h1>Voorjaarsnota 2026</h1>
    <div class="sub">Meerjarenperspectief 2026-2029</div>
    <div class="sub" style="font-size:11pt;margin-top:6mm">Raadsvoorstel nr. 2026-041 &middot; behandeling in de raad van 2 juli 2026</div>
  </div>
  <div class="meta">Gemeente Moerwijde<br>Afdeling Financiën en Control<br>Juni 2026</div>
</section>
"""


def page_toc():
    toc = [
        ("1", "Bestuurlijke samenvatting", 3),
        ("2", "Meerjarenperspectief 2026-2029", 4),
        ("3", "Mutaties per programma", 5),
        ("4", "Nieuw beleid en voorgestelde maatregelen", 7),
        ("5", "Meicirculaire 2026 gemeentefonds", 8),
        ("6", "Reserves", 8),
        ("7", "Investeringsplan 2026-2029", 9),
        ("8", "Risico's en weerstandsvermogen", 10),
    ]
    rows = "".join(f"<tr><td>{n}</td><td>{esc(t)}</td><td class='n'>{p}</td></tr>" for n, t, p in toc)
    return f"""
<section class="chapter">
<h2>Inhoudsopgave</h2>
<table class="toc">{rows}</table>
<h3>Leeswijzer</h3>
<p>De voorjaarsnota is het eerste moment in het jaar waarop het college de raad informeert over de financiële
ontwikkelingen sinds het vaststellen van de begroting 2026 (raadsvergadering van 6 november 2025). Tegelijk
vormt deze nota de kaderstelling voor de begroting 2027 en de meerjarenraming 2028-2029. In hoofdstuk 2 staat
het geactualiseerde meerjarenperspectief. De hoofdstukken 3 tot en met 5 lichten de onderdelen daarvan toe:
de autonome ontwikkelingen per programma, de voorstellen voor nieuw beleid met de voorgestelde maatregelen en
de uitkomsten van de meicirculaire van het gemeentefonds. Daarna volgen de reserves, het investeringsplan en
de paragraaf risico's en weerstandsvermogen.</p>
<p>Alle bedragen in de tabellen zijn, tenzij anders vermeld, x &euro; 1.000. Een positief bedrag is een voordeel
voor de begroting, een negatief bedrag (-) is een nadeel. Het investeringsplan in hoofdstuk 7 is opgesteld in
hele euro's. De letter I staat voor een incidentele mutatie, de letter S voor een structurele mutatie. Door
afronding kunnen totalen afwijken van de som van de afzonderlijke bedragen.</p>
<h3>Besluitvorming</h3>
<p>Het college stelt de raad voor om:</p>
<ol class="small">
<li>kennis te nemen van het geactualiseerde meerjarenperspectief 2026-2029;</li>
<li>in te stemmen met de nieuwe beleidsvoorstellen N1 tot en met N7;</li>
<li>in te stemmen met de voorgestelde maatregelen D1 tot en met D3, waaronder een extra verhoging van de OZB met 2% vanaf 2027;</li>
<li>de financiële gevolgen voor 2026 te verwerken in de 2e begrotingswijziging 2026 en de structurele gevolgen mee te nemen in de begroting 2027.</li>
</ol>
</section>
"""


def page_samenvatting(d):
    s = d["saldo_na"]
    svd = d["saldo_voor_dekking"]
    jeugd = D.MUTATIES[2][0][4][0]
    wmo = D.MUTATIES[2][1][4][0]
    mc = d["meicirc_netto"]
    kerncijfers = [
        ("Inwoners (1 januari 2026)", nl(D.INWONERS)),
        ("Huishoudens (1 januari 2026)", nl(D.HUISHOUDENS)),
        ("Totale lasten begroting 2026 (na voorjaarsnota)", f"&euro; {D.TOTALE_LASTEN_MIO} miljoen"),
        ("Saldo 2026 na voorjaarsnota", f"&euro; {nl(s[0] * 1000)} voordelig"),
        ("Algemene reserve (31-12-2026)", f"&euro; {mio(D.RESERVES[0][4])} miljoen"),
        ("Investeringen 2026-2029", f"&euro; {mio(d['inv_total'] // 1000)} miljoen"),
        ("Weerstandsratio", nl_dec(d["ratio"], 2)),
    ]
    kc = "".join(f"<tr><td>{esc(a)}</td><td class='n'>{b}</td></tr>" for a, b in kerncijfers)
    return f"""
<section class="chapter">
<h2>1. Bestuurlijke samenvatting</h2>
<div class="cols">
<h3>Een eerste tussenstand</h3>
<p>Met deze voorjaarsnota maken wij de balans op van de eerste maanden van 2026 en kijken wij vooruit naar de
begroting 2027. Wij verwerken de autonome ontwikkelingen sinds de vaststelling van de begroting 2026, de
uitkomsten van de meicirculaire 2026 van het gemeentefonds en een beperkt aantal nieuwe voorstellen. Het
beeld is tweeledig: het lopende jaar sluit, maar de jaren daarna staan onder druk, vooral door de kosten in
het sociaal domein en de onzekerheid over de financiering van gemeenten door het Rijk.</p>
<h3>Het financiële beeld</h3>
<p>Na verwerking van alle voorstellen in deze nota sluit het jaar 2026 met een voordelig saldo van
&euro;&nbsp;{nl(s[0] * 1000)}. Voor de jaren daarna is het beeld minder rooskleurig. In 2027 resteert een tekort
van &euro;&nbsp;{mio(s[1])}&nbsp;miljoen, dat oploopt tot &euro;&nbsp;{mio(s[2])}&nbsp;miljoen in 2028. Ook in 2029 is er
met &euro;&nbsp;{mio(s[3])}&nbsp;miljoen nog een fors nadeel. Zonder de maatregelen die wij in hoofdstuk 4
voorstellen, zou het tekort in 2027 zelfs &euro;&nbsp;{mio(svd[1])}&nbsp;miljoen bedragen. De begroting 2027 moet
volgens de Gemeentewet structureel en reëel in evenwicht zijn; in de aanloop naar de begroting 2027 werken
wij daarom aan aanvullende voorstellen.</p>
<h3>Sociaal domein onder druk</h3>
<p>De grootste tegenvaller zit in de jeugdhulp. Het aantal jongeren met een jeugdhulptraject steeg in 2025 met
{D.JEUGD_GROEI} naar {D.JEUGD_JONGEREN} jongeren. Samen met de hogere tarieven na de regionale herijking leidt
dat in 2026 tot &euro;&nbsp;{nl_dec(-jeugd / 1000, 2)}&nbsp;miljoen hogere lasten. Ook de Wmo huishoudelijke ondersteuning wordt
duurder, met &euro;&nbsp;{nl(-wmo * 1000)} in 2026, door de vergrijzing en het abonnementstarief. Wij zetten in de
regio in op een strakkere sturing op de toegang en op het versterken van de lichte ondersteuning in de wijk.</p>
<h3>Gemeentefonds</h3>
<p>De meicirculaire 2026 valt voor de eerste jaren gunstiger uit dan verwacht. Het netto voordeel bedraagt
&euro;&nbsp;{nl(mc[0] * 1000)} in 2026 en &euro;&nbsp;{nl(mc[1] * 1000)} in 2027, maar het effect loopt snel terug en is in
2029 per saldo nadelig. Vanaf 2026 &ndash; het zogenoemde ravijnjaar &ndash; is de groei van het gemeentefonds
beperkt, terwijl de opgaven niet kleiner worden.</p>
<h3>Wat stellen wij voor?</h3>
<p>Wij vragen ruimte voor zeven nieuwe voorstellen, waaronder twee extra boa's, vroegsignalering van schulden
via het Geldloket Moerwijde en een inhaalslag in het onderhoud van fietspaden. Om het meerjarenperspectief te
verbeteren stellen wij voor de OZB vanaf 2027 met 2% extra te verhogen, bovenop de trendmatige indexatie van
{D.OZB_INDEX}. Voor een woning met de gemiddelde WOZ-waarde van &euro;&nbsp;{D.WOZ_GEMIDDELD} betekent dat circa
&euro;&nbsp;{D.OZB_EXTRA_PER_WONING} per jaar extra. De incidentele voorstellen voor de startersregeling en de fietspaden
dekken wij uit de algemene reserve.</p>
<h3>Bestaanszekerheid</h3>
<p>Ruim {D.MINIMA_HUISHOUDENS} huishoudens in Moerwijde hebben een inkomen tot 120% van het sociaal minimum. Van
hen maakt {D.MINIMA_BEREIK} gebruik van ten minste één minimaregeling. Met de vroegsignalering willen wij
huishoudens met betalingsachterstanden eerder bereiken, voordat problematische schulden ontstaan.</p>
<h3>Investeren en reserves</h3>
<p>In de periode 2026-2029 investeren wij ruim &euro;&nbsp;{mio(d['inv_total'] // 1000)}&nbsp;miljoen, onder meer in de
uitbreiding van IKC De Esch, de reconstructie van de Molenweg en de vervanging van riolering in de Oude Kern.
De algemene reserve daalt in 2026 naar &euro;&nbsp;{mio(D.RESERVES[0][4])}&nbsp;miljoen. Het weerstandsvermogen blijft
met een ratio van {nl_dec(d['ratio'], 2)} uitstekend, al is de ratio lager dan bij de begroting 2026
({D.RATIO_BEGROTING_2026}).</p>
<div class="box"><b>Kerncijfers Moerwijde</b>
<table>{kc}</table></div>
</div>
</section>
"""


def page_mjp(d):
    rows = []
    rows.append(tr(["Saldo begroting 2026 (incl. 1e begrotingswijziging)"] + v4(D.STAND_BEGROTING), "sub"))
    rows.append('<tr class="head"><td colspan="5">Autonome ontwikkelingen (hoofdstuk 3)</td></tr>')
    for p, naam in D.PROGRAMMES:
        rows.append(tr([f"Programma {p} {esc(naam)}"] + v4(d["prog_tot"][p]), cell_classes={0: "ind"}))
    rows.append(tr(["Subtotaal autonome ontwikkelingen"] + v4(d["autonoom"]), "sub"))
    rows.append(tr(["Meicirculaire 2026, netto effect (hoofdstuk 5)"] + v4(d["meicirc_netto"])))
    rows.append(tr(["Nieuw beleid (hoofdstuk 4)"] + v4(d["nieuw"])))
    rows.append(tr(["Saldo vóór maatregelen"] + v4(d["saldo_voor_dekking"]), "sub"))
    rows.append(tr(["Voorgestelde maatregelen (hoofdstuk 4)"] + v4(d["dekking"])))
    rows.append(tr(["Saldo na voorjaarsnota 2026"] + v4(d["saldo_na"]), "tot"))
    s = d["saldo_na"]
    return f"""
<section class="chapter">
<h2>2. Meerjarenperspectief 2026-2029</h2>
<p>Het meerjarenperspectief geeft aan hoe de begroting zich in de komende jaren ontwikkelt. Vertrekpunt is de
begroting 2026 zoals die op 6 november 2025 door de raad is vastgesteld, inclusief de eerste begrotingswijziging
van maart 2026. Daarop verwerken wij de autonome ontwikkelingen, het effect van de meicirculaire, het nieuwe
beleid en de voorgestelde maatregelen.</p>
<table>
<caption>Tabel 2.1 Meerjarenperspectief 2026-2029 (bedragen x &euro; 1.000; + = voordeel, - = nadeel)</caption>
{yrs_header(["Omschrijving"])}
<tbody>{''.join(rows)}</tbody>
</table>
<h3>Toelichting</h3>
<p>Het saldo 2026 is met &euro; {nl(s[0] * 1000)} voordelig. Dat komt vooral doordat de meicirculaire in 2026 een
fors voordeel laat zien en een aantal incidentele voordelen (winstneming grondexploitatie Kerkeveld, lagere
energiekosten, lagere rente) de tekorten in het sociaal domein in dit jaar nog opvangen. Het voordelige saldo
2026 wordt bij de jaarrekening toegevoegd aan de algemene reserve als het zich ook daadwerkelijk voordoet.</p>
<p>Vanaf 2027 is het beeld negatief. De autonome ontwikkelingen lopen op van &euro; {mio(-d['autonoom'][0])} miljoen
nadeel in 2026 naar &euro; {mio(-d['autonoom'][3])} miljoen nadeel in 2029, waarvan het grootste deel in het sociaal
domein. Het voordeel uit de meicirculaire neemt af en slaat in 2029 om in een nadeel. Ook na de voorgestelde
maatregelen resteren tekorten; het grootste tekort doet zich voor in 2028. Wij komen bij de begroting 2027 met
aanvullende voorstellen om het meerjarenperspectief sluitend te krijgen. Daarbij kijken wij onder meer naar de
tarieven van de lokale heffingen, de subsidies en de inrichting van de toegang tot het sociaal domein.</p>
<h3>Uitgangspunten</h3>
<p>Bij de actualisatie zijn wij uitgegaan van een loonstijging van 4,1% in 2026 en 3,0% per jaar daarna, een
prijsstijging van 2,6% en een rekenrente van 2,5% voor nieuwe investeringen. De OZB-tarieven worden jaarlijks
trendmatig geïndexeerd met {D.OZB_INDEX}.</p>
</section>
"""


def mutatie_table(p, naam, d, tabnr):
    rows = []
    for nr, oms, toel, s, vals in D.MUTATIES[p]:
        rows.append(tr([nr, f"<b>{esc(oms)}</b><br><span class='small'>{esc(toel)}</span>", s] + v4(vals),
                       num_from=3))
    rows.append(tr(["", f"Totaal programma {p}", ""] + v4(d["prog_tot"][p]), "tot", num_from=3))
    head = ("<thead><tr><th style='width:8mm'>Nr.</th><th>Mutatie en toelichting</th><th style='width:8mm'>I/S</th>"
            + "".join(f'<th class="n" style="width:13mm">{y}</th>' for y in YEARS4) + "</tr></thead>")
    return f"""
<table>
<caption>Tabel 3.{tabnr} Mutaties programma {p} {esc(naam)} (bedragen x &euro; 1.000)</caption>
{head}<tbody>{''.join(rows)}</tbody></table>
"""


def pages_mutaties(d):
    t = [mutatie_table(p, naam, d, i + 1) for i, (p, naam) in enumerate(D.PROGRAMMES)]
    return f"""
<section class="chapter">
<h2>3. Mutaties per programma</h2>
<p>In dit hoofdstuk staan per programma de autonome ontwikkelingen: mutaties die voortvloeien uit bestaand beleid,
wettelijke verplichtingen, contracten of ontwikkelingen waarop de gemeente weinig invloed heeft. Mutaties
kleiner dan &euro; 25.000 zijn niet afzonderlijk opgenomen; die vangen wij op binnen de budgetten van de
programma's.</p>
{t[0]}{t[1]}{t[2]}
</section>
<section class="chapter">
{t[3]}{t[4]}{t[5]}
<p class="note">Van de mutaties in programma 6 is de loon- en prijsontwikkeling centraal geraamd; de verdeling
over de programma's volgt bij de begroting 2027.</p>
</section>
"""


def page_nieuw_beleid(d):
    rows = []
    for nr, oms, prog, s, vals in D.NIEUW_BELEID:
        rows.append(tr([nr, esc(oms), str(prog), s] + v4(vals), num_from=4))
    rows.append(tr(["", "Totaal nieuw beleid", "", ""] + v4(d["nieuw"]), "tot", num_from=4))
    head = ("<thead><tr><th>Nr.</th><th>Voorstel</th><th>Progr.</th><th>I/S</th>"
            + "".join(f'<th class="n">{y}</th>' for y in YEARS4) + "</tr></thead>")
    drows = []
    for nr, oms, s, vals in D.DEKKING:
        drows.append(tr([nr, esc(oms), s] + v4(vals), num_from=3))
    drows.append(tr(["", "Totaal voorgestelde maatregelen", ""] + v4(d["dekking"]), "tot", num_from=3))
    dhead = ("<thead><tr><th>Nr.</th><th>Maatregel</th><th>I/S</th>"
             + "".join(f'<th class="n">{y}</th>' for y in YEARS4) + "</tr></thead>")
    return f"""
<section class="chapter">
<h2>4. Nieuw beleid en voorgestelde maatregelen</h2>
<table>
<caption>Tabel 4.1 Voorstellen nieuw beleid (bedragen x &euro; 1.000)</caption>
{head}<tbody>{''.join(rows)}</tbody></table>
<div class="cols small">
<p><b>N1 Handhaving.</b> Het toezicht in de openbare ruimte wordt uitgebreid met twee boa's. Zij richten zich
vooral op overlast door jongeren, foutparkeren en het illegaal dumpen van afval rond de milieuparkjes.</p>
<p><b>N2 Vroegsignalering schulden.</b> Via het Geldloket Moerwijde pakken wij signalen van
betalingsachterstanden bij huur, energie, water en zorgverzekering eerder op. Een schuldhulpverlener neemt
binnen vijf werkdagen na het signaal contact op met het huishouden en biedt een gesprek aan huis aan.</p>
<p><b>N3 Startersregeling.</b> In 2026 en 2027 bieden wij starters op de woningmarkt een aanvullende
starterslening bij aankoop van een nieuwbouwwoning in Kerkeveld. De regeling is tijdelijk.</p>
<p><b>N4 Verduurzaming vastgoed.</b> Wij brengen de sporthallen en de gemeentewerf naar energielabel A. Het
bedrag betreft de kapitaallasten van de investeringen.</p>
<p><b>N5 Fietspaden.</b> Ongeveer 14 kilometer fietspad heeft een onvoldoende kwaliteitsniveau. Met een
inhaalslag in 2026 en 2027 brengen wij deze fietspaden weer op het afgesproken niveau.</p>
<p><b>N6 Jongerenwerk.</b> Een extra jongerenwerker in Moerwijde-Oost, waar de overlast rond winkelcentrum De
Brink is toegenomen. <b>N7 750 jaar Moerwijde.</b> In 2027 viert Moerwijde dat het 750 jaar stadsrechten heeft;
wij reserveren een eenmalig budget voor het programma van het feestjaar.</p>
</div>
<table>
<caption>Tabel 4.2 Voorgestelde maatregelen (bedragen x &euro; 1.000; + = voordeel)</caption>
{dhead}<tbody>{''.join(drows)}</tbody></table>
<p class="small">De extra OZB-verhoging (D1) komt bovenop de trendmatige indexatie van {D.OZB_INDEX} en geldt voor
woningen en niet-woningen. De taakstelling op subsidies (D3) werken wij uit in een herijking van het
subsidiebeleid, waarbij de subsidies aan grote instellingen met een vast percentage worden verlaagd.</p>
</section>
"""


def page_meicirc_reserves(d):
    rows = [tr([esc(n)] + v4(v)) for n, v in D.MEICIRC_REGELS]
    rows.append(tr(["Totaal effect meicirculaire 2026"] + v4(d["meicirc_totaal"]), "sub"))
    rows.append(tr(["Af: taakmutaties budgetneutraal naar programma's"] + v4(D.MEICIRC_DOORGEZET)))
    rows.append(tr(["Netto effect meicirculaire (naar tabel 2.1)"] + v4(d["meicirc_netto"]), "tot"))
    rrows = [tr([esc(n)] + [nl(b), nl(t), nl(o), nl(e)]) for n, b, t, o, e in D.RESERVES]
    rrows.append(tr(["Totaal reserves"] + [nl(x) for x in d["res_tot"]], "tot"))
    rhead = ("<thead><tr><th>Reserve</th><th class='n'>Saldo 1-1-2026</th><th class='n'>Toevoeging</th>"
             "<th class='n'>Onttrekking</th><th class='n'>Saldo 31-12-2026</th></tr></thead>")
    d2 = [r for r in D.DEKKING if r[0] == "D2"][0][3][0]
    return f"""
<section class="chapter">
<h2>5. Meicirculaire 2026 gemeentefonds</h2>
<p>Op 29 mei 2026 is de meicirculaire van het gemeentefonds verschenen. De algemene uitkering uit het
gemeentefonds bedraagt voor 2026 na verwerking van de meicirculaire &euro; {nl(d['alg_uitkering_na'])}; in de
begroting 2026 was nog uitgegaan van &euro; {nl(D.ALG_UITKERING_BEGROTING_2026)}. Het accres valt hoger uit door
de hogere loon- en prijsontwikkeling bij het Rijk. Daartegenover staat een neerwaartse bijstelling van de
uitkeringsfactor, die in de latere jaren steeds zwaarder weegt.</p>
<table>
<caption>Tabel 5.1 Effect meicirculaire 2026 (bedragen x &euro; 1.000)</caption>
{yrs_header(["Onderdeel"])}
<tbody>{''.join(rows)}</tbody></table>
<p>De taakmutaties en decentralisatie-uitkeringen (onder meer voor inburgering en de uitvoering van de Wet
open overheid) zetten wij budgetneutraal door naar de betreffende programma's. De extra middelen voor jeugdzorg
uit de Hervormingsagenda zijn tijdelijk en worden niet apart geoormerkt; zij vangen een deel van de hogere
lasten voor jeugdhulp op.</p>
<h2 style="margin-top:6mm">6. Reserves</h2>
<p>Tabel 6.1 geeft het verloop van de reserves in 2026, inclusief de voorstellen uit deze voorjaarsnota.</p>
<table>
<caption>Tabel 6.1 Verloop reserves 2026 (bedragen x &euro; 1.000)</caption>
{rhead}<tbody>{''.join(rrows)}</tbody></table>
<p>De onttrekking aan de algemene reserve van &euro; {nl(D.RESERVES[0][3] * 1000)} bestaat uit
&euro; {nl(D.AR_ONTTREKKING_BEGROTING * 1000)} die al in de begroting 2026 was opgenomen en &euro; {nl(d2 * 1000)} voor de
incidentele voorstellen uit deze voorjaarsnota (maatregel D2). De reserve Omgevingswet wordt in 2026 volledig
ingezet voor de implementatiekosten en daarna opgeheven. De toevoeging aan de reserve dekking kapitaallasten
hangt samen met de uitbreiding van IKC De Esch.</p>
</section>
"""


def page_investeringen(d):
    rows = []
    for (nr, oms, prog, termijn, vals), tot in zip(D.INVESTERINGEN, d["inv_rows"]):
        rows.append(tr([str(nr), esc(oms), str(prog), str(termijn)] + [nl(v, zero="-") for v in vals] + [nl(tot)],
                       num_from=4))
    rows.append(tr(["", "Totaal", "", ""] + [nl(v) for v in d["inv_cols"]] + [nl(d["inv_total"])], "tot",
                   num_from=4))
    head = ("<thead><tr><th>Nr.</th><th>Investering</th><th>Progr.</th><th>Afschr. (jr)</th>"
            + "".join(f'<th class="n">{y}</th>' for y in YEARS4) + "<th class='n'>Totaal</th></tr></thead>")
    return f"""
<section class="chapter">
<h2>7. Investeringsplan 2026-2029</h2>
<p>Het investeringsplan is geactualiseerd. Ten opzichte van de begroting 2026 zijn de kredieten voor de
uitbreiding van IKC De Esch en de reconstructie van de Molenweg deels naar 2027 geschoven, omdat de aanbesteding
later start. De kapitaallasten van het plan zijn verwerkt in mutatie 5.2.</p>
<table>
<caption>Tabel 7.1 Investeringsplan 2026-2029 (bedragen in &euro;)</caption>
{head}<tbody>{''.join(rows)}</tbody></table>
<p class="note">Afschr. = afschrijvingstermijn in jaren. Investeringen in de riolering worden gedekt uit de
rioolheffing; de uitbreiding van IKC De Esch gedeeltelijk uit de reserve dekking kapitaallasten.</p>
<h3>Toelichting grootste investeringen</h3>
<p><b>Uitbreiding IKC De Esch.</b> Door de woningbouw in Kerkeveld groeit het aantal leerlingen van IKC De Esch.
De school wordt uitgebreid met acht lokalen en een gymzaal. Tijdens de bouw wordt gebruikgemaakt van tijdelijke
lokalen (mutatie 3.2).</p>
<p><b>Reconstructie Molenweg fase 2.</b> De Molenweg wordt tussen de Kerkstraat en de rotonde Wijdeweg heringericht
als 30 km-zone met vrijliggende fietspaden. Fase 1 is in 2025 afgerond.</p>
<p><b>Rioolvervanging Oude Kern.</b> Het gemengde riool in de Oude Kern is aan het eind van de levensduur en wordt
in vier jaar vervangen door een gescheiden stelsel, waarmee ook wateroverlast bij hevige buien afneemt.</p>
</section>
"""


def page_risico(d):
    rows = [tr([esc(n), nl(b), f"{k}%", nl(g)]) for n, b, k, g in D.RISICOS]
    rows.append(tr(["Totaal benodigde weerstandscapaciteit", "", "", nl(d["risk_total"])], "tot"))
    head = ("<thead><tr><th>Risico</th><th class='n'>Maximaal effect</th><th class='n'>Kans</th>"
            "<th class='n'>Bedrag x kans</th></tr></thead>")
    wrows = [tr([esc(n), nl(v)]) for n, v in D.WEERSTAND_BESCHIKBAAR]
    wrows.append(tr(["Totaal beschikbare weerstandscapaciteit", nl(d["beschikbaar"])], "tot"))
    krows = [tr([esc(n)] + v) for n, v in D.KENGETALLEN]
    khead = "<thead><tr><th>Kengetal</th>" + "".join(f"<th class='n'>{c}</th>" for c in D.KENGETALLEN_COLS) + "</tr></thead>"
    norm = [("A", "&gt; 2,0", "uitstekend"), ("B", "1,4 - 2,0", "ruim voldoende"), ("C", "1,0 - 1,4", "voldoende"),
            ("D", "0,8 - 1,0", "matig"), ("E", "0,6 - 0,8", "onvoldoende"), ("F", "&lt; 0,6", "ruim onvoldoende")]
    nrows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in norm)
    return f"""
<section class="chapter">
<h2>8. Risico's en weerstandsvermogen</h2>
<div class="cols small">
<p>Het weerstandsvermogen is het vermogen van de gemeente om financiële tegenvallers op te vangen zonder het
beleid te hoeven aanpassen. Het is de verhouding tussen de beschikbare weerstandscapaciteit (de middelen die
vrij inzetbaar zijn) en de benodigde weerstandscapaciteit (de som van de gekwantificeerde risico's, gewogen met
de kans dat zij zich voordoen). De onbenutte belastingcapaciteit rekenen wij, conform de nota risicomanagement
2024, niet tot de beschikbare weerstandscapaciteit.</p>
<p>Ten opzichte van de begroting 2026 is het risico gemeentefonds verhoogd, omdat na 2026 onduidelijk is hoe het
Rijk de financiering van gemeenten vormgeeft. Het risico jeugdhulp blijft het grootste risico: ondanks de
regionale afspraken over de toegang is de groei van het aantal trajecten nog niet tot staan gebracht.</p>
</div>
<table>
<caption>Tabel 8.1 Belangrijkste risico's (bedragen x &euro; 1.000)</caption>
{head}<tbody>{''.join(rows)}</tbody></table>
<table style="width:70%">
<caption>Tabel 8.2 Beschikbare weerstandscapaciteit (bedragen x &euro; 1.000)</caption>
<thead><tr><th>Onderdeel</th><th class='n'>Bedrag</th></tr></thead><tbody>{''.join(wrows)}</tbody></table>
<p>De weerstandsratio is de beschikbare weerstandscapaciteit gedeeld door de benodigde weerstandscapaciteit:
&euro; {nl(d['beschikbaar'] * 1000)} / &euro; {nl(d['risk_total'] * 1000)} = {nl_dec(d['ratio'], 2)}. Bij de begroting 2026 was
de ratio nog {D.RATIO_BEGROTING_2026}. De ratio valt in klasse A (uitstekend). De raad heeft een ratio van
minimaal 1,4 als ondergrens vastgesteld.</p>
<table style="width:60%">
<caption>Tabel 8.3 Normering weerstandsratio</caption>
<thead><tr><th>Klasse</th><th>Ratio</th><th>Betekenis</th></tr></thead><tbody>{nrows}</tbody></table>
<table style="break-inside: avoid">
<caption>Tabel 8.4 Financiële kengetallen</caption>
{khead}<tbody>{''.join(krows)}</tbody></table>
<p class="note">De structurele exploitatieruimte wordt vanaf 2027 negatief door de structurele tekorten in het
meerjarenperspectief. De netto schuldquote stijgt door de investeringen in IKC De Esch en de riolering.</p>
<h3>Toelichting kengetallen</h3>
<p>De netto schuldquote geeft de schuld weer ten opzichte van de totale baten. Met een quote onder de 90% blijft
de schuldpositie van Moerwijde binnen de signaleringswaarde van de provincie (categorie A). De
solvabiliteitsratio daalt licht, omdat de reserves worden ingezet terwijl het balanstotaal door de investeringen
groeit. De belastingcapaciteit vergelijkt de woonlasten van een meerpersoonshuishouden in Moerwijde met het
landelijk gemiddelde. In 2026 bedragen de woonlasten (OZB, rioolheffing en afvalstoffenheffing) voor een
meerpersoonshuishouden gemiddeld &euro; 1.176; door de extra OZB-verhoging stijgt de belastingcapaciteit vanaf
2027 verder boven het landelijk gemiddelde.</p>
</section>
"""


def build_html():
    d = D.run_checks()
    body = (page_cover() + page_toc() + page_samenvatting(d) + page_mjp(d) + pages_mutaties(d)
            + page_nieuw_beleid(d) + page_meicirc_reserves(d) + page_investeringen(d) + page_risico(d))
    return f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Voorjaarsnota 2026 - Gemeente Moerwijde</title>
<style>{CSS}</style></head><body>{body}</body></html>
"""


def main():
    os.makedirs(CORPUS, exist_ok=True)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        sys.exit("chromium not found")
    out = os.path.join(CORPUS, PDF_NAME)
    with tempfile.TemporaryDirectory() as tmp:
        html_path = os.path.join(tmp, "moerwijde.html")
        with open(html_path, "w", encoding="utf-8") as f:
            f.write(build_html())
        cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
               f"--user-data-dir={os.path.join(tmp, 'profile')}", f"--print-to-pdf={out}", "file://" + html_path]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    print("written", out)


if __name__ == "__main__":
    main()
