"""Gemeente Wassenaar, Kadernota 2025 (fictional): an HTML document set in two columns of running text (CSS
multi-column, `column-span: all` for the chapter headings and the page-wide tables) printed to PDF by headless
Chromium.  Page header and page number come from @page margin boxes; the table of contents gets its page numbers
from a first print (re-printed until they settle).

Usage: python gen_kadernota.py OUT_DIR
"""
from __future__ import annotations

import html
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pdfplumber

import data as d
from fmt import mln, nl, nl_dec

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
YRS = d.YRS
E = html.escape


def k(v):
    return nl(v)


def eur_k(v):
    """a x 1.000 figure in running text: '€ 484.000'"""
    return "€ " + nl(abs(v) * 1000)


def pr(key):
    word, v, m = d.W_PROSE[key]
    return f"{word} € {nl_dec(m, 1)} miljoen"


CSS = """
@page { size: A4; margin: 19mm 17mm 20mm 17mm;
  @top-left { content: "Kadernota 2025"; font: 7.5pt 'Liberation Sans'; color: #555; }
  @top-right { content: "Gemeente Wassenaar"; font: 7.5pt 'Liberation Sans'; color: #555; }
  @bottom-right { content: counter(page); font: 8pt 'Liberation Sans'; } }
@page:first { @top-left { content: none; } @top-right { content: none; } @bottom-right { content: none; } }
* { font-variant-ligatures: none; }
body { font-family: 'Liberation Sans'; font-size: 9.6pt; line-height: 1.42; color: #111; margin: 0; }
.cover { height: 235mm; break-after: page; position: relative; padding-top: 25mm; box-sizing: border-box; }
.cover .org { font-size: 13pt; color: #1f4e79; letter-spacing: 1px; }
.cover h1.title { font-size: 34pt; color: #1f4e79; margin: 8mm 0 4mm 0; }
.cover .sub { font-size: 13pt; }
.cover .meta { position: absolute; bottom: 10mm; font-size: 9pt; color: #444; }
.toc { break-after: page; }
.toc h2 { font-size: 16pt; color: #1f4e79; }
.toc table { width: 100%; border-collapse: collapse; font-size: 10pt; }
.toc td { padding: 2.2pt 0; }
.toc td.pg { text-align: right; width: 12mm; }
.cols { column-count: 2; column-gap: 8mm; text-align: justify; hyphens: none; orphans: 2; widows: 2; }
.cols p { margin: 0 0 5pt 0; }
h1.ch { column-span: all; font-size: 14pt; color: #1f4e79; margin: 10pt 0 6pt 0; padding-bottom: 2pt;
        border-bottom: 1.2pt solid #1f4e79; text-align: left; }
h1.ch.np { break-before: page; }
h3 { font-size: 10pt; color: #1f4e79; margin: 7pt 0 2pt 0; break-after: avoid; text-align: left; }
ul.bl { margin: 0 0 5pt 0; padding-left: 12pt; }
ul.bl li { margin-bottom: 2pt; }
ol.besluit { margin: 0 0 5pt 0; padding-left: 14pt; }
.tw { column-span: all; break-inside: avoid; margin: 6pt 0 10pt 0; }
.tw p.cap { font-weight: bold; font-size: 9pt; margin: 0 0 3pt 0; color: #1f4e79; text-align: left; }
.tw table { width: 100%; border-collapse: collapse; font-size: 8.6pt; line-height: 1.25; }
.tw th { text-align: right; font-weight: bold; padding: 2.5pt 4pt; border-top: 1pt solid #1f4e79;
         border-bottom: 0.8pt solid #1f4e79; background: #dde8f3; vertical-align: bottom; }
.tw th.l { text-align: left; }
.tw td { text-align: right; padding: 1.6pt 4pt; border-bottom: 0.3pt solid #c8d3de; white-space: nowrap; }
.tw td.l { text-align: left; white-space: normal; }
.tw td.c { text-align: center; }
.tw tr.grp td { font-weight: bold; color: #1f4e79; }
.tw tr.tot td { font-weight: bold; border-top: 0.8pt solid #1f4e79; }
.tw tr.end td { border-bottom: 1pt solid #1f4e79; }
.tw p.note { font-size: 7.6pt; color: #333; margin: 2pt 0 0 0; text-align: left; }
.kader { border-left: 2.5pt solid #1f4e79; padding: 2pt 0 2pt 6pt; margin: 4pt 0 6pt 0; background: #f1f5f9; }
"""


# ------------------------------------------------------------------------------------------------ tables
def table(cap, head, rows, note=None, widths=None):
    """rows: (kind, label, cells) with kind '', 'grp', 'tot', 'end'"""
    out = [f'<div class="tw"><p class="cap">{E(cap)}</p><table>']
    if widths:
        out.append("<colgroup>" + "".join(f'<col style="width:{w}">' for w in widths) + "</colgroup>")
    out.append("<thead><tr>" + "".join(
        f'<th class="l">{E(h)}</th>' if i == 0 else f"<th>{E(h)}</th>" for i, h in enumerate(head)) + "</tr></thead><tbody>")
    for kind, label, cells in rows:
        cls = f' class="{kind}"' if kind else ""
        tds = "".join(f'<td class="c">{E(c)}</td>' if c in ("I", "S") else f"<td>{E(c)}</td>" for c in cells)
        out.append(f'<tr{cls}><td class="l">{E(label)}</td>{tds}</tr>')
    out.append("</tbody></table>")
    if note:
        out.append(f'<p class="note">{E(note)}</p>')
    out.append("</div>")
    return "\n".join(out)


HEAD = ["bedragen x € 1.000"] + [str(y) for y in YRS]
NOTE_VN = "+ = voordeel, - = nadeel. Het jaar 2028 is in de begroting 2024 niet geraamd; daarvoor is 2027 doorgetrokken."


def t1():
    rows = [("", "Saldo meerjarenraming begroting 2024", [k(v) for v in d.W_START]),
            ("", "Raadsbesluiten na vaststelling begroting 2024", [k(v) for v in d.W_RAADSBESLUITEN]),
            ("", "Doorwerking bestuursrapportages 2024", [k(v) for v in d.W_BERAP24]),
            ("tot", "Vertrekpunt kadernota 2025", [k(v) for v in d.W_VERTREKPUNT]),
            ("", "Actualisatie algemene uitkering", [k(v) for v in d.W_ALG_UITKERING]),
            ("", "Autonome ontwikkelingen (tabel 3)", [k(v) for v in d.W_AUTONOOM_TOT]),
            ("", "Nieuw beleid (tabel 4)", [k(v) for v in d.W_NIEUW_TOT]),
            ("", "Dekkingsvoorstellen (tabel 5)", [k(v) for v in d.W_DEKKING_TOT]),
            ("tot end", "Nieuw meerjarenperspectief", [k(v) for v in d.W_NIEUW_SALDO])]
    return table("Tabel 1 - Financieel meerjarenperspectief 2025-2028", HEAD, rows, NOTE_VN,
                 ["52%", "12%", "12%", "12%", "12%"])


def t2():
    rows = [("", o, [nl_dec(a, 1) + "%", nl_dec(b, 1) + "%"]) for o, a, b in d.W_UITGANGSPUNTEN]
    rows.append(("end", "Algemene uitkering", ["Maartbrief 2024", "Meicirculaire 2023"]))
    return table("Tabel 2 - Uitgangspunten en indexeringen", ["Onderwerp", "Kadernota 2025", "Begroting 2024"], rows,
                 "Indexeringen als percentage ten opzichte van het voorgaande jaar.", ["52%", "24%", "24%"])


def t3():
    rows = [("", lab, [k(v) for v in vals]) for lab, vals in d.W_AUTONOOM]
    rows.append(("tot end", "Totaal autonome ontwikkelingen", [k(v) for v in d.W_AUTONOOM_TOT]))
    return table("Tabel 3 - Autonome ontwikkelingen", HEAD, rows, "+ = voordeel, - = nadeel.",
                 ["52%", "12%", "12%", "12%", "12%"])


def t4():
    rows = []
    for p in d.PROGRAMMAS:
        rows.append(("grp", p, ["", "", "", "", ""]))
        for lab, ins, vals in d.W_NIEUW[p]:
            rows.append(("", lab, [ins] + [k(v) for v in vals]))
        rows.append(("tot", "Subtotaal", [""] + [k(v) for v in d.W_NIEUW_SUB[p]]))
    rows.append(("tot end", "Totaal nieuw beleid", [""] + [k(v) for v in d.W_NIEUW_TOT]))
    return table("Tabel 4 - Nieuw beleid per programma", ["bedragen x € 1.000", "I/S"] + [str(y) for y in YRS], rows,
                 "I = incidenteel, S = structureel; + = voordeel, - = nadeel.",
                 ["48%", "6%", "11.5%", "11.5%", "11.5%", "11.5%"])


def t5():
    rows = [("", lab, [k(v) for v in vals]) for lab, vals in d.W_DEKKING]
    rows.append(("tot end", "Totaal dekkingsvoorstellen", [k(v) for v in d.W_DEKKING_TOT]))
    return table("Tabel 5 - Dekkingsvoorstellen", HEAD, rows, "+ = voordeel, - = nadeel.",
                 ["52%", "12%", "12%", "12%", "12%"])


def t6():
    rows = [("grp", "Lasten", ["", "", "", ""])]
    rows += [("", p, [k(v) for v in d.W_LASTEN[p]]) for p in d.PROGRAMMAS]
    rows.append(("tot", "Totaal lasten programma's", [k(v) for v in d.W_PROG_LASTEN_TOT]))
    rows.append(("grp", "Baten", ["", "", "", ""]))
    rows += [("", p, [k(v) for v in d.W_BATEN[p]]) for p in d.PROGRAMMAS]
    rows.append(("tot", "Totaal baten programma's", [k(v) for v in d.W_PROG_BATEN_TOT]))
    rows.append(("grp", "Saldi", ["", "", "", ""]))
    rows += [("", "Saldo programma's", [k(v) for v in d.W_PROG_SALDO]),
             ("", "Algemene dekkingsmiddelen", [k(v) for v in d.W_ALG_DEKKING]),
             ("", "Overhead", [k(v) for v in d.W_OVERHEAD]),
             ("", "Onvoorzien", [k(v) for v in d.W_ONVOORZIEN]),
             ("tot", "Saldo van baten en lasten", [k(v) for v in d.W_SALDO_BL]),
             ("", "Mutaties reserves", [k(v) for v in d.W_MUT_RESERVES]),
             ("tot end", "Geraamd resultaat", [k(v) for v in d.W_GERAAMD])]
    return table("Tabel 6 - Baten en lasten per programma 2025-2028 na verwerking van de kadernota", HEAD, rows,
                 "Lasten negatief, baten positief; de saldi: + = voordeel, - = nadeel. Algemene dekkingsmiddelen, "
                 "overhead en onvoorzien zijn als saldo opgenomen.", ["52%", "12%", "12%", "12%", "12%"])


def t7():
    rows = [("", lab, [k(v) if v else "-" for v in vals]) for lab, vals in d.W_INVEST]
    rows.append(("tot end", "Totaal nieuwe investeringen", [k(v) for v in d.W_INVEST_TOT]))
    return table("Tabel 7 - Nieuwe investeringen 2025-2028", HEAD, rows,
                 "Investeringsbedragen (bruto); de kapitaallasten zijn verwerkt in tabel 3.",
                 ["52%", "12%", "12%", "12%", "12%"])


def t8():
    rows = [("", n, [k(a), k(b) if b else "-", k(c) if c else "-", k(e1), k(e2)])
            for n, a, b, c, e1, e2 in d.W_RES_ROWS]
    rows.append(("tot end", "Totaal", [k(v) for v in d.W_RES_TOT]))
    return table("Tabel 8 - Verloop reserves", ["bedragen x € 1.000", "Stand 1-1-2025", "Toevoegingen 2025",
                                               "Onttrekkingen 2025", "Stand 31-12-2025", "Stand 31-12-2028"], rows,
                 "Onttrekkingen negatief.", ["40%", "12%", "12%", "12%", "12%", "12%"])


def t9():
    rows = [("", n, [f"{kans}%", "€ " + nl(imp), "€ " + nl(b)]) for (n, kans, imp), b in
            zip(d.W_RISICO, d.W_RISICO_BEDRAG)]
    rows.append(("tot end", "Benodigde weerstandscapaciteit", ["", "", "€ " + nl(d.W_BENODIGD)]))
    return table("Tabel 9 - Belangrijkste risico's", ["Risico", "Kans", "Financiële impact",
                                                     "Benodigde capaciteit"], rows,
                 "Bedragen in euro's; benodigde capaciteit = kans x financiële impact.", ["55%", "9%", "18%", "18%"])


def t10():
    rows = [("", n, ["€ " + nl(v)]) for n, v in d.W_BESCHIKBAAR_ROWS]
    rows.append(("tot", "Beschikbare weerstandscapaciteit", ["€ " + nl(d.W_BESCHIKBAAR)]))
    rows.append(("", "Benodigde weerstandscapaciteit (tabel 9)", ["€ " + nl(d.W_BENODIGD)]))
    rows.append(("tot end", "Weerstandsratio", [nl_dec(d.W_RATIO, 1)]))
    return table("Tabel 10 - Weerstandsvermogen", ["Onderdeel (bedragen in euro's)", "2025"], rows, None,
                 ["75%", "25%"])


# ------------------------------------------------------------------------------------------------ text
def P(*parts):
    return "".join(f"<p>{x}</p>" for x in parts)


def H3(x):
    return f"<h3>{E(x)}</h3>"


def CH(num, title, newpage=False):
    return f'<h1 class="ch{" np" if newpage else ""}">{num}. {E(title)}</h1>'


def UL(*items):
    return '<ul class="bl">' + "".join(f"<li>{x}</li>" for x in items) + "</ul>"


A = {lab: vals for lab, vals in d.W_AUTONOOM}
N = {lab: vals for p in d.PROGRAMMAS for lab, _, vals in d.W_NIEUW[p]}
DK = {lab: vals for lab, vals in d.W_DEKKING}
sal = d.W_NIEUW_SALDO
PREV = d.W_NIEUW[d.P2][0][0]

CHAPTERS = [
    ("", "Samenvatting"), ("1", "Inleiding"), ("2", "Ontwikkelingen en opgaven"), ("3", "Financieel perspectief in één oogopslag"),
    ("4", "Uitgangspunten"), ("5", "Autonome ontwikkelingen"), ("6", "Nieuw beleid per programma"),
    ("7", "Dekking en taakstelling"), ("8", "Lokale heffingen"), ("9", "Meerjarenbeeld per programma"),
    ("10", "Investeringen"), ("11", "Reserves"), ("12", "Weerstandsvermogen en risico's"),
    ("13", "Planning en vervolg"), ("14", "Voorstel aan de raad"),
]


def body():
    s = []
    s.append('<h1 class="ch">Samenvatting</h1>')
    s.append(P(
        "Wassenaar is een financieel gezonde gemeente met ruime reserves. De begroting 2025 kan sluitend worden "
        "opgesteld, maar vanaf 2026 dreigt een structureel tekort. Die boodschap staat centraal in deze kadernota.",
    ))
    s.append(UL(
        "Het vertrekpunt is de meerjarenraming van de begroting 2024, bijgesteld met raadsbesluiten en de "
        "bestuursrapportages 2024.",
        f"Autonome ontwikkelingen, vooral in de jeugdhulp, de Wmo en de lonen, kosten in 2025 "
        f"{pr('autonoom_2025')}.",
        f"Het college stelt nieuw beleid voor van {pr('nieuw_2025')} in 2025, verdeeld over de vijf programma's.",
        f"Na dekking sluit 2025 met een voordeel van {eur_k(sal[0])}; vanaf 2026 resteert een tekort van "
        f"{pr('tekort_2026')} per jaar.",
        "De incidentele claims worden gedekt uit de algemene reserve; de weerstandsratio blijft ruim boven de "
        "ondergrens.",
    ))
    s.append(CH("1", "Inleiding", newpage=True))
    s.append(P(
        "Met deze kadernota legt het college de financiële kaders voor de begroting 2025 en het meerjarenperspectief "
        "2025-2028 aan de gemeenteraad voor. De kadernota is het moment waarop de raad, nog vóór de begroting wordt "
        "opgesteld, richting geeft aan de keuzes die het college in de begroting uitwerkt. Het vertrekpunt is de door "
        "de raad vastgestelde begroting 2024 met de meerjarenraming 2025-2027, aangevuld met de besluiten die de raad "
        "sindsdien heeft genomen en de doorwerking van de bestuursrapportages over 2024.",
        "Wassenaar staat er financieel goed voor. De reserves zijn op peil, de schuldpositie is beperkt en de "
        "begroting 2024 sluit. Tegelijk laat het meerjarenbeeld vanaf 2026 een structureel tekort zien. Dat tekort is "
        "voor een groot deel niet door Wassenaar zelf veroorzaakt: de groei van het gemeentefonds vlakt af terwijl de "
        "kosten in het sociaal domein blijven stijgen. Gemeenten spreken over het ravijnjaar 2026. Het college wil "
        "daar niet op wachten, maar nu al de eerste stappen zetten om de begroting ook na 2025 in evenwicht te "
        "houden.",
        f"Na verwerking van de autonome ontwikkelingen, het nieuwe beleid en de dekkingsvoorstellen laat 2025 een "
        f"klein voordeel zien van {eur_k(sal[0])}. Vanaf 2026 resteert een tekort van {pr('tekort_2026')}, dat in "
        f"de jaren daarna nauwelijks kleiner wordt. Om dat tekort te dichten stelt het college een financiële "
        f"taakstelling voor van € {mln(DK['Financiële taakstelling 2026 e.v. (nader in te vullen)'][1] * 1000)} "
        f"miljoen per jaar, die in de begroting 2025 concreet wordt ingevuld. De rest van het tekort hangt af van de "
        f"uitkomst van de gesprekken tussen Rijk en gemeenten over de financiering vanaf 2026.",
    ))
    s.append(H3("Leeswijzer"))
    s.append(P(
        "Hoofdstuk 2 schetst de ontwikkelingen en opgaven waar Wassenaar voor staat. Hoofdstuk 3 geeft het "
        "financiële perspectief in één tabel. De hoofdstukken 4 tot en met 7 lichten de onderdelen daarvan toe: de "
        "uitgangspunten, de autonome ontwikkelingen, het nieuwe beleid per programma en de dekkingsvoorstellen. "
        "Hoofdstuk 8 gaat in op de lokale heffingen en hoofdstuk 9 vertaalt het geheel naar de lasten en baten van "
        "de vijf programma's. "
        "Daarna volgen de investeringen, de reserves en het weerstandsvermogen met de belangrijkste risico's. Het "
        "laatste hoofdstuk bevat het voorstel aan de raad.",
        "Alle tabellen zijn, tenzij anders vermeld, in duizenden euro's. Een positief bedrag is een voordeel voor "
        "de begroting, een negatief bedrag een nadeel. In de tabel met lasten en baten per programma zijn de lasten "
        "negatief weergegeven, zoals ook in de begroting 2024.",
    ))
    s.append(CH("2", "Ontwikkelingen en opgaven"))
    s.append(H3("Rijksfinanciën en het ravijnjaar"))
    s.append(P(
        "De financiële positie van gemeenten hangt voor een groot deel af van het gemeentefonds. Het Rijk heeft de "
        "groei van het gemeentefonds vanaf 2026 losgekoppeld van de rijksuitgaven en vervangen door een vaste "
        "indexatie. Daardoor ontstaat er vanaf 2026 een structureel gat tussen de kosten van gemeentelijke taken en "
        "de middelen die gemeenten daarvoor ontvangen. De VNG en het Rijk voeren hierover overleg, maar een "
        "oplossing is er nog niet. Tegelijk werkt het Rijk aan een nieuwe verdeling van het gemeentefonds, de "
        "herijking. Voor gemeenten met een relatief hoog eigen vermogen en een sterke belastingcapaciteit, zoals "
        "Wassenaar, kan die herijking nadelig uitpakken.",
    ))
    s.append(H3("Sociaal domein"))
    s.append(P(
        "De vraag naar jeugdhulp en Wmo-voorzieningen blijft stijgen. Met de Hervormingsagenda Jeugd willen Rijk en "
        "gemeenten de jeugdzorg beter en betaalbaarder maken, maar de effecten daarvan worden pas op langere termijn "
        "zichtbaar. In Wassenaar zien wij vooral een toename van de vraag naar huishoudelijke hulp bij ouderen en "
        "een groei van het aantal zware jeugdhulptrajecten. Het Sociaal Team Wassenaar is de spil in de lokale zorg "
        "en ondersteuning; de werkdruk daar is hoog.",
    ))
    s.append(H3("Wonen en ruimte"))
    s.append(P(
        "Wassenaar heeft behoefte aan meer betaalbare woningen, voor jongeren, starters en ouderen die kleiner willen "
        "wonen. De woningbouwopgave vraagt om extra projectcapaciteit en om keuzes over locaties. Daarnaast staan "
        "grote ruimtelijke projecten op de agenda: de sanering van de gemeentewerf, het centrumplan voor de "
        "dorpskern en de versterking van de Groene Zone met Valkenburg. Deze projecten lopen meerdere jaren en "
        "vragen om een zorgvuldige financiële planning.",
    ))
    s.append(H3("Organisatie"))
    s.append(P(
        "De ontvlechting van de ambtelijke samenwerking met Voorschoten is in volle gang. Wassenaar bouwt een eigen "
        "organisatie op die dicht bij inwoners staat. Dat vraagt in de overgangsjaren extra inzet, onder meer voor "
        "ICT, personeelsadministratie en de inrichting van de eigen dienstverlening. Ook de krapte op de "
        "arbeidsmarkt speelt de organisatie parten: vacatures zijn moeilijk te vervullen en inhuur is duur.",
    ))
    s.append(CH("3", "Financieel perspectief in één oogopslag"))
    s.append(P(
        "Tabel 1 vat het financiële perspectief samen. De eerste regel is het saldo van de meerjarenraming zoals de "
        "raad die met de begroting 2024 heeft vastgesteld. Daarna volgen de besluiten die de raad na de vaststelling "
        "van de begroting heeft genomen en de structurele doorwerking van de bestuursrapportages 2024. Samen vormen "
        "zij het vertrekpunt van deze kadernota.",
    ))
    s.append(t1())
    s.append(P(
        f"Het vertrekpunt laat in 2025 een nadeel zien van {eur_k(d.W_VERTREKPUNT[0])} en in 2026 een nadeel van "
        f"€ {mln(abs(d.W_VERTREKPUNT[1]) * 1000)} miljoen. De raadsbesluiten betreffen vooral de uitbreiding van de "
        f"formatie voor vergunningverlening en het budget voor de viering van 80 jaar vrijheid. De bestuursrapportages "
        f"2024 werken door met hogere kosten voor leerlingenvervoer en inhuur.",
        f"De actualisatie van de algemene uitkering levert in 2025 {pr('au_2025')} op. Dat voordeel is in de jaren "
        f"daarna vergelijkbaar, maar vangt de hogere kosten niet op. De autonome ontwikkelingen kosten in 2025 "
        f"{pr('autonoom_2025')} en het nieuwe beleid {pr('nieuw_2025')}. Een groot deel van het nieuwe beleid is "
        f"incidenteel en wordt uit de algemene reserve gedekt. Met de overige dekkingsvoorstellen sluit 2025 met "
        f"een voordeel van {eur_k(sal[0])}.",
        f"Voor 2026 en verder is het beeld minder gunstig. Ondanks de taakstelling resteert in 2026 een tekort van "
        f"{eur_k(sal[1])}, in 2027 van {eur_k(sal[2])} en in 2028 van {eur_k(sal[3])}. Het college "
        f"neemt dit tekort serieus, maar kiest er bewust voor om de lasten voor inwoners niet extra te verhogen "
        f"zolang de uitkomst van de herijking van het gemeentefonds onbekend is.",
    ))
    s.append(CH("4", "Uitgangspunten"))
    s.append(P(
        "De begroting 2025 wordt opgesteld op basis van de bestaande beleidskaders en de uitgangspunten in tabel 2. "
        "De indexeringen volgen de ramingen van het Centraal Planbureau. Voor de salarissen houden wij rekening met "
        "de nieuwe cao gemeenten, die in de loop van 2024 is afgesloten en hoger uitvalt dan in de begroting 2024 "
        "was voorzien.",
    ))
    s.append(t2())
    s.append(P(
        "De belastingen en tarieven stijgen trendmatig met het inflatiepercentage. Dit is in lijn met het "
        "coalitieakkoord: geen lastenverzwaring voor inwoners en ondernemers bovenop de inflatie. De omslagrente "
        "blijft nul procent, omdat de gemeente vrijwel geen rentedragende leningen heeft. Voor de verbonden "
        "partijen ramen wij de bijdragen op basis van de ontwerpbegrotingen 2025 die de gemeenschappelijke "
        "regelingen in het voorjaar hebben toegestuurd.",
        "Voor de algemene uitkering gaan wij uit van de maartbrief 2024. De meicirculaire 2024 verschijnt na het "
        "afronden van deze kadernota; de uitkomsten daarvan verwerken wij in de begroting 2025. Subsidies worden "
        "geïndexeerd volgens het subsidiebeleid, met een gewogen percentage voor loon- en prijsstijgingen.",
    ))
    s.append(CH("5", "Autonome ontwikkelingen", newpage=True))
    s.append(P(
        "Autonome ontwikkelingen zijn veranderingen waar de gemeente weinig of geen invloed op heeft, maar die wel "
        "gevolgen hebben voor de begroting. Denk aan hogere lonen en prijzen, wettelijke taken met een open einde en "
        "hogere bijdragen aan gemeenschappelijke regelingen. Tabel 3 geeft het overzicht.",
    ))
    s.append(t3())
    lp = A["Loon- en prijsontwikkeling (cao gemeenten 2025)"]
    jh = A["Jeugdhulp: hogere volumes en tarieven"]
    wmo = A["Wmo huishoudelijke hulp (abonnementstarief)"]
    vp = A["Hogere bijdragen verbonden partijen (VRH, GGD, ODH)"]
    kap = A["Kapitaallasten investeringen (actualisatie)"]
    s.append(H3("Loon- en prijsontwikkeling"))
    s.append(P(
        f"De nieuwe cao gemeenten leidt tot een loonstijging die hoger is dan in de begroting geraamd. Samen met de "
        f"prijsindexering van de materiële budgetten kost dit in 2025 {eur_k(lp[0])}, oplopend tot {eur_k(lp[3])} in "
        f"2028. Een deel daarvan wordt opgevangen door de vrijval van de stelpost voor loon- en prijscompensatie die "
        f"al in de begroting stond (zie hoofdstuk 7).",
    ))
    s.append(H3("Jeugdhulp"))
    s.append(P(
        f"Het aantal jeugdigen met een vorm van jeugdhulp blijft stijgen, en de tarieven van de aanbieders stijgen "
        f"mee met de lonen in de zorg. De regio Haaglanden heeft de tarieven voor 2025 met gemiddeld 6 procent "
        f"verhoogd. Daarnaast zien wij meer zware trajecten met verblijf. Wij ramen daarom in 2025 {eur_k(jh[0])} "
        f"extra. Vanaf 2026 verwachten wij een licht dalend effect door de maatregelen uit de Hervormingsagenda "
        f"Jeugd, zoals de inzet van praktijkondersteuners jeugd bij de huisartsen.",
    ))
    s.append(H3("Wmo en huishoudelijke hulp"))
    s.append(P(
        f"Het abonnementstarief in de Wmo zorgt ervoor dat meer inwoners gebruikmaken van huishoudelijke hulp, ook "
        f"inwoners met een hoger inkomen. Het aantal cliënten steeg in 2023 met ruim tien procent. Voor 2025 ramen "
        f"wij een nadeel van {eur_k(wmo[0])}. Het kabinet heeft aangekondigd de eigen bijdrage weer "
        f"inkomensafhankelijk te maken, maar wanneer dat gebeurt is nog onzeker.",
    ))
    s.append(H3("Verbonden partijen"))
    s.append(P(
        f"De Veiligheidsregio Haaglanden, de GGD Haaglanden en de Omgevingsdienst Haaglanden vragen in hun "
        f"ontwerpbegrotingen 2025 een hogere bijdrage, vooral door loonkosten en nieuwe taken. Samen gaat het om "
        f"{eur_k(vp[0])} in 2025. De raad heeft over deze begrotingen een zienswijze kunnen geven.",
    ))
    s.append(H3("Kapitaallasten en overige ontwikkelingen"))
    s.append(P(
        f"Door de actualisatie van het investeringsplan en de hogere bouwkosten stijgen de kapitaallasten van "
        f"{eur_k(kap[0])} in 2025 naar {eur_k(kap[3])} in 2028. De energiekosten en verzekeringspremies voor de "
        f"gemeentelijke gebouwen liggen hoger dan geraamd. Daartegenover staan twee voordelen: het Rijk vergoedt in "
        f"2025 {eur_k(A['Rijksvergoeding opvang ontheemden Oekraïne'][0])} extra voor de opvang van ontheemden uit "
        f"Oekraïne, en de leges voor omgevingsvergunningen leveren structureel "
        f"{eur_k(A['Hogere legesopbrengst omgevingsvergunningen'][0])} meer op.",
    ))
    s.append(CH("6", "Nieuw beleid per programma", newpage=True))
    s.append(P(
        "Het college stelt een beperkt aantal nieuwe beleidsvoornemens voor. Zij vloeien voort uit het "
        "coalitieakkoord en het college-uitvoeringsprogramma. Bij elke claim is aangegeven of het om een incidenteel "
        "(I) of structureel (S) bedrag gaat. Incidentele claims worden gedekt uit de algemene reserve, structurele "
        "claims uit de structurele middelen.",
    ))
    s.append(t4())
    s.append(H3(d.P1))
    s.append(P(
        f"Het strand en de duinen trekken in de zomer steeds meer bezoekers. Dat leidt tot overlast, afval en "
        f"gevaarlijke situaties bij de Wassenaarse Slag. Wij stellen voor de capaciteit van de boa's structureel uit "
        f"te breiden met {eur_k(N['Extra boa-capaciteit strand en duinen'][0])} per jaar. Voor cameratoezicht in het "
        f"centrum vragen wij eenmalig {eur_k(N['Cameratoezicht centrum'][0])}, na de positieve evaluatie van de proef "
        f"in 2023.",
    ))
    s.append(H3(d.P2))
    s.append(P(
        f"Met het preventieprogramma 'Opgroeien in Wassenaar' willen wij voorkomen dat problemen van jongeren en "
        f"gezinnen uitgroeien tot zware jeugdhulp. Het programma richt zich op opvoedondersteuning, mentale gezondheid "
        f"en samenwerking met scholen, en kost {eur_k(N[PREV][0])} "
        f"per jaar. Het Sociaal Team Wassenaar wordt uitgebreid met "
        f"{eur_k(N['Uitbreiding Sociaal Team Wassenaar'][0])} per jaar, zodat de wachttijden voor een eerste gesprek "
        f"weer binnen de norm van twee weken blijven.",
        f"Voor de huisvesting van statushouders en ontheemden is in 2025 {eur_k(N['Huisvesting statushouders en ontheemden'][0])} "
        f"nodig en in 2026 {eur_k(N['Huisvesting statushouders en ontheemden'][1])}. Wassenaar haalt de taakstelling "
        f"voor statushouders nog niet en zet daarom in op tijdelijke woonunits. Vanaf 2026 komen de "
        f"exploitatiekosten van de nieuwe sporthal erbij: {eur_k(N['Exploitatie nieuwe sporthal'][1])} per jaar.",
    ))
    s.append(H3(d.P3))
    s.append(P(
        f"De dreiging van cyberaanvallen neemt toe en inwoners verwachten dat zij steeds meer zaken digitaal kunnen "
        f"regelen. Voor informatieveiligheid en digitale dienstverlening is structureel "
        f"{eur_k(N['Informatieveiligheid en digitale dienstverlening'][0])} nodig. De ontvlechting van de "
        f"ambtelijke samenwerking met Voorschoten brengt frictiekosten met zich mee: "
        f"{eur_k(N['Frictiekosten ontvlechting Voorschoten'][0])} in 2025 en "
        f"{eur_k(N['Frictiekosten ontvlechting Voorschoten'][1])} in 2026.",
    ))
    s.append(H3(d.P4))
    s.append(P(
        f"Wassenaar wil de bouw van betaalbare woningen versnellen. Daarvoor is tijdelijk extra projectcapaciteit "
        f"nodig van {eur_k(N['Projectcapaciteit versnelling woningbouw'][0])} per jaar in 2025 en 2026. Voor de "
        f"voorbereiding van het centrumplan voor de dorpskern vragen wij "
        f"{eur_k(N['Voorbereiding centrumplan dorpskern'][0])} in 2025 en "
        f"{eur_k(N['Voorbereiding centrumplan dorpskern'][1])} in 2026. Het centrumplan wordt samen met "
        f"ondernemers en bewoners opgesteld.",
    ))
    s.append(H3(d.P5))
    s.append(P(
        f"Verkeersveiligheid rond scholen heeft voor het college prioriteit. Met "
        f"{eur_k(N['Verkeersveiligheid schoolroutes'][0])} per jaar richten wij de schoolroutes veiliger in, met "
        f"duidelijke oversteekplaatsen, lagere snelheden en een betere scheiding van fietsers en auto's. Voor "
        f"klimaatadaptatie en vergroening trekken wij structureel "
        f"{eur_k(N['Klimaatadaptatie en vergroening'][0])} uit, onder meer voor het afkoppelen van regenwater en "
        f"het vergroenen van schoolpleinen. Het beheer van het familiestrand kost "
        f"{eur_k(N['Beheer familiestrand'][0])} per jaar.",
    ))
    s.append(CH("7", "Dekking en taakstelling"))
    s.append(P(
        f"Tegenover de nieuwe lasten staan de dekkingsvoorstellen in tabel 5. De incidentele claims uit hoofdstuk 6 "
        f"worden gedekt door een onttrekking aan de algemene reserve van "
        f"{eur_k(d.W_INCIDENTEEL[0])} in 2025 en {eur_k(d.W_INCIDENTEEL[1])} in 2026. De stelpost voor loon- en "
        f"prijscompensatie in de begroting 2024 kan vrijvallen, omdat de werkelijke cao-kosten nu als autonome "
        f"ontwikkeling zijn opgenomen.",
    ))
    s.append(t5())
    s.append(P(
        f"Met de taakstelling op inkoop en subsidies besparen wij oplopend tot "
        f"{eur_k(DK['Taakstelling inkoop en subsidies'][3])} per jaar. Dat doen wij door contracten bij verlenging "
        f"scherper te beoordelen en subsidies te toetsen op hun maatschappelijk effect. Door de fasering van de "
        f"investeringen valt in 2025 {eur_k(DK['Vrijval kapitaallasten door fasering investeringen'][0])} aan "
        f"kapitaallasten vrij.",
        f"Vanaf 2026 is daarnaast een financiële taakstelling van "
        f"€ {mln(DK['Financiële taakstelling 2026 e.v. (nader in te vullen)'][1] * 1000)} miljoen per jaar "
        f"opgenomen. Het college werkt deze taakstelling in de begroting 2025 uit in concrete maatregelen. Daarbij "
        f"kijken wij naar de eigen organisatie, naar de ambitieniveaus in de programma's en naar de tarieven. Keuzes "
        f"die de raad raken, leggen wij vooraf aan de raad voor.",
    ))
    s.append(CH("8", "Lokale heffingen"))
    s.append(P(
        "Het college houdt vast aan de afspraak uit het coalitieakkoord dat de lokale lasten alleen trendmatig "
        "stijgen. Voor 2025 betekent dit een verhoging van de tarieven met het inflatiepercentage uit tabel 2. De "
        "onroerendezaakbelastingen en de toeristenbelasting stijgen dus niet meer dan de inflatie.",
        "De afvalstoffenheffing en de rioolheffing blijven kostendekkend. De kosten van afvalinzameling en -verwerking "
        "stijgen door hogere verwerkingstarieven en de rijksbelasting op het verbranden van restafval. De kosten "
        "van de riolering stijgen door de vervangingsinvesteringen uit het nieuwe waterketenplan. De precieze "
        "tarieven voor 2025 legt het college met de begroting 2025 aan de raad voor, samen met de "
        "belastingverordeningen.",
        "De leges voor omgevingsvergunningen worden, zoals in hoofdstuk 5 toegelicht, afgestemd op de werkelijke "
        "kosten onder de Omgevingswet. Voor de overige leges geldt de trendmatige verhoging.",
    ))
    s.append(CH("9", "Meerjarenbeeld per programma", newpage=True))
    s.append(P(
        "Tabel 6 laat zien hoe de lasten en baten per programma eruitzien na verwerking van deze kadernota. De "
        "lasten zijn negatief weergegeven en de baten positief. De algemene dekkingsmiddelen bestaan vooral uit de "
        "algemene uitkering uit het gemeentefonds en de lokale heffingen. Overhead en onvoorzien zijn, net als in de "
        "begroting, apart opgenomen.",
    ))
    s.append(t6())
    s.append(P(
        f"De lasten van programma 2 Mens en Maatschappij stijgen in 2025 naar {eur_k(d.W_LASTEN[d.P2][0])}, vooral "
        f"door jeugdhulp, Wmo en de uitbreiding van het Sociaal Team. Het programma blijft daarmee verreweg het "
        f"grootste van de begroting. Bij programma 4 Fysieke leefomgeving zijn de lasten in 2025 en 2026 hoger door "
        f"de projectcapaciteit voor woningbouw en het centrumplan. Het saldo van baten en lasten is in alle jaren "
        f"negatief; in 2025 wordt het gedekt door onttrekkingen aan de reserves.",
    ))
    s.append(CH("10", "Investeringen"))
    s.append(P(
        f"Het investeringsplan is geactualiseerd. Tabel 7 toont de nieuwe investeringen die wij voor 2025-2028 "
        f"voorstellen. De verduurzaming van het gemeentehuis kost {pr('gemeentehuis')} en verlaagt de energiekosten "
        f"structureel. Voor de vervanging van de riolering is in 2025 {eur_k(d.W_INVEST[3][1][0])} nodig; deze "
        f"kosten worden via de rioolheffing gedekt.",
    ))
    s.append(t7())
    s.append(P(
        "Bij de planning van investeringen houden wij rekening met de beschikbare capaciteit in de organisatie en "
        "op de markt. In de afgelopen jaren is een deel van de geplande investeringen later uitgevoerd dan voorzien. "
        "Daarom faseren wij de investeringen realistischer, wat in 2025 een voordeel op de kapitaallasten geeft.",
    ))
    s.append(CH("11", "Reserves", newpage=True))
    s.append(P(
        f"De reserves van Wassenaar zijn ruim. De vrij besteedbare algemene reserve bedraagt op 1 januari 2025 "
        f"naar verwachting {eur_k(d.W_RES_ROWS[0][1])}. Door de dekking van het incidentele nieuwe beleid daalt de "
        f"reserve in 2025 naar {eur_k(d.W_RES_ROWS[0][4])}. Het college vindt het verantwoord om de reserve in te "
        f"zetten voor eenmalige uitgaven, maar niet voor structurele tekorten.",
    ))
    s.append(t8())
    s.append(P(
        "De reserve grote projecten wordt ingezet voor de voorbereiding van de sanering van de gemeentewerf en de "
        "nieuwe sporthal. De reserve onderhoud sportaccommodaties wordt jaarlijks gevoed en in 2026 ingezet voor de "
        "renovatie van de kunstgrasvelden. De egalisatiereserve Omgevingswet wordt in 2025 volledig benut voor de "
        "laatste implementatiekosten.",
    ))
    s.append(CH("12", "Weerstandsvermogen en risico's"))
    s.append(P(
        "Het weerstandsvermogen geeft aan in hoeverre de gemeente financiële tegenvallers kan opvangen zonder dat "
        "het beleid moet worden aangepast. Het is de verhouding tussen de beschikbare en de benodigde "
        "weerstandscapaciteit. Tabel 9 geeft de belangrijkste risico's met hun kans en financiële impact.",
    ))
    s.append(t9())
    s.append(H3("Toelichting op de risico's"))
    s.append(P(
        f"Het grootste risico is de herijking van het gemeentefonds in combinatie met het ravijnjaar 2026. Als het "
        f"Rijk de financiering van gemeenten niet structureel verbetert, kan het nadeel voor Wassenaar oplopen tot "
        f"€ {mln(d.W_RISICO[0][2])} miljoen per jaar. Bij de open-einde regelingen in de jeugdhulp en de Wmo "
        f"rekenen wij met een benodigde capaciteit van € {nl(d.W_RISICO_BEDRAG[1])}. De sanering van de "
        f"gemeentewerf kan duurder uitvallen dan geraamd, omdat de omvang van de bodemverontreiniging pas na "
        f"aanvullend onderzoek bekend is.",
        "Verder is onzeker of de rijksvergoeding voor de opvang van ontheemden de werkelijke kosten blijft dekken. "
        "De risico's op aansprakelijkheid en cyberincidenten zijn kleiner, maar kunnen bij een incident snel "
        "oplopen. Wij houden de risico's bij in het risicoregister en rapporteren erover in de "
        "bestuursrapportages.",
    ))
    s.append(t10())
    s.append(P(
        f"De weerstandsratio komt uit op {nl_dec(d.W_RATIO, 1)}. Dat is ruim boven de door de raad gewenste "
        f"ondergrens van 1,4 en valt in de hoogste klasse ('uitstekend'). Het college stelt daarom voor om geen extra "
        f"middelen aan het weerstandsvermogen toe te voegen.",
    ))
    s.append(CH("13", "Planning en vervolg"))
    s.append(P(
        "Na de behandeling van deze kadernota in de gemeenteraad werkt het college de kaders uit in de begroting "
        "2025. De uitkomsten van de meicirculaire 2024 en de jaarrekening 2023 worden daarin verwerkt. Valt de "
        "meicirculaire gunstiger uit dan verwacht, dan stelt het college voor het voordeel eerst in te zetten voor "
        "het verkleinen van het tekort vanaf 2026. Valt zij ongunstiger uit, dan komt het college met aanvullende "
        "maatregelen.",
        "De financiële taakstelling vanaf 2026 werkt het college uit in een bezuinigingsvoorstel dat in september "
        "met de raad wordt besproken in een informatieve bijeenkomst. Daarin worden de mogelijke maatregelen, hun "
        "gevolgen voor inwoners en de risico's van uitvoering op een rij gezet. De raad kan daarmee bij de "
        "begrotingsbehandeling in november een afgewogen besluit nemen.",
        "De gemeenschappelijke regelingen ontvangen na de vaststelling van deze kadernota een brief waarin het "
        "college de financiële kaders voor hun begrotingen 2026 toelicht. Het college vraagt de regelingen de "
        "stijging van hun kosten te beperken tot de loon- en prijsontwikkeling.",
    ))
    s.append(H3("Planning begrotingscyclus"))
    s.append(UL("mei 2024: kadernota 2025 naar de raad;", "2 juli 2024: behandeling kadernota in de gemeenteraad;",
                "september 2024: informatieve bijeenkomst over de invulling van de taakstelling;",
                "oktober 2024: aanbieding begroting 2025;", "november 2024: behandeling begroting 2025."))
    s.append(CH("14", "Voorstel aan de raad"))
    s.append(P("Het college stelt de raad voor te besluiten:"))
    s.append('<ol class="besluit">' + "".join(f"<li>{x}</li>" for x in [
        "de Kadernota 2025 vast te stellen als financieel kader voor het opstellen van de begroting 2025 en de "
        "meerjarenraming 2026-2028;",
        "in te stemmen met de claims nieuw beleid uit tabel 4 en deze in de begroting 2025 op te nemen;",
        f"de incidentele claims te dekken door een onttrekking aan de algemene reserve van {eur_k(d.W_INCIDENTEEL[0])} "
        f"in 2025 en {eur_k(d.W_INCIDENTEEL[1])} in 2026;",
        "het college opdracht te geven de financiële taakstelling vanaf 2026 in de begroting 2025 in te vullen met "
        "concrete maatregelen;",
        "kennis te nemen van de risico's en het weerstandsvermogen zoals beschreven in hoofdstuk 12.",
    ]) + "</ol>")
    s.append(P(
        "Burgemeester en wethouders van Wassenaar,<br>de secretaris, de burgemeester."
    ))
    return "\n".join(s)


def document(toc_pages):
    toc_rows = "".join(
        f'<tr><td>{n + ". " if n else ""}{E(t)}</td><td class="pg">{toc_pages.get(n or t, "")}</td></tr>'
        for n, t in CHAPTERS)
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Kadernota 2025</title>
<style>{CSS}</style></head><body>
<div class="cover"><div class="org">GEMEENTE WASSENAAR</div><h1 class="title">Kadernota 2025</h1>
<div class="sub">Financiële kaders voor de begroting 2025 en het meerjarenperspectief 2025-2028</div>
<div class="meta">Vastgesteld door het college van burgemeester en wethouders op 14 mei 2024<br>
Behandeling in de gemeenteraad: 2 juli 2024</div></div>
<div class="toc"><h2>Inhoudsopgave</h2><table>{toc_rows}</table></div>
<div class="cols">
{body()}
</div></body></html>"""


def chrome(html_text, pdf):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "kadernota.html"
        src.write_text(html_text, encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={td}/profile", f"--print-to-pdf={pdf}", src.as_uri()],
                       check=True, capture_output=True, timeout=180)


def heading_pages(pdf):
    out = {}
    with pdfplumber.open(pdf) as p:
        for i, page in enumerate(p.pages, 1):
            if i <= 2:
                continue
            words = page.extract_words(extra_attrs=["size"])
            lines = {}
            for w in words:
                if w["size"] > 13:
                    lines.setdefault(round(w["top"]), []).append(w["text"])
            for ws in lines.values():
                m = re.match(r"(\d+)\.$", ws[0])
                if m:
                    out.setdefault(m.group(1), i)
                elif ws == ["Samenvatting"]:
                    out.setdefault("Samenvatting", i)
    return out


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    pdf = OUT / d.W_FILE
    pages = {}
    for _ in range(4):
        chrome(document(pages), pdf)
        new = heading_pages(pdf)
        if new == pages:
            break
        pages = new
    else:
        raise SystemExit("toc page numbers did not settle")
    assert len(pages) == len(CHAPTERS), pages
    print(f"{pdf.name}: {len(pdfplumber.open(pdf).pages)} pages, chapters on {pages}")


if __name__ == "__main__":
    main()
