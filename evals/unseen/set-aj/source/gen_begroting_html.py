"""Provincie Vlietmarken, Begroting 2040 -- an online begroting as a CMS website export: one self-contained .html
with a sidebar menu, breadcrumbs per page, <details>/<summary> sections, real <table>s (thead/tbody/tfoot, some with
a <caption>) and two ARIA tables (div role=table/row/cell), amounts in <span class="bedrag">.

Usage: python gen_begroting_html.py CORPUS_DIR
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

import data as d
from fmt import MINUS, nl_dec, nl_int

E = html.escape
OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus")


def bedrag(v, minus="-"):
    return f'<span class="bedrag">{nl_int(v, minus)}</span>'


def dec(v, nd=1, minus="-"):
    if v is None:
        return '<span class="nb">n.b.</span>'
    return f'<span class="bedrag">{nl_dec(v, nd, minus)}</span>'


def num(v, nd):
    """indicator values: integers with thousands dots, else nd decimals"""
    if nd == 0:
        return f'<span class="waarde">{nl_int(v)}</span>'
    return f'<span class="waarde">{nl_dec(v, nd)}</span>'


PAGES: list[tuple[str, str, list[str], str]] = []   # (id, menu title, breadcrumb trail, body html)


def page(pid, title, trail, body):
    PAGES.append((pid, title, trail, body))


def details(summary, inner, open_=False):
    return f'<details class="uitklap"{" open" if open_ else ""}><summary>{E(summary)}</summary>\n' \
           f'<div class="uitklap-inhoud">{inner}</div></details>\n'


def ul(items):
    return "<ul>" + "".join(f"<li>{E(i)}</li>" for i in items) + "</ul>"


def yhead(first="Bedragen x € 1.000"):
    return ("<thead><tr>" f'<th scope="col">{E(first)}</th>' +
            "".join(f'<th scope="col" class="num">{E(c)}</th>' for c in d.YCOLS) + "</tr></thead>")


# ------------------------------------------------------------------------------------------------ pages
# 1. home / in één oogopslag
kpi = d.KPI
tiles = [
    (f"€ {nl_dec(kpi['totale lasten'])} mln", "totale lasten"),
    (f"€ {nl_dec(kpi['totale baten'])} mln", "totale baten"),
    (f"€ {nl_dec(kpi['investeringen'])} mln", "investeringen in 2040"),
    (f"{nl_dec(d.OPC_TARIEF[1])}", "opcenten motorrijtuigenbelasting"),
    (f"{nl_dec(d.WV_RATIO[1], 2)}", "weerstandsratio"),
    (f"€ {nl_dec(kpi['begrotingssaldo'])} mln", "begrotingssaldo 2040"),
]
tiles_html = '<div class="kpi-tegels">' + "".join(
    f'<div class="kpi"><span class="kpi-waarde">{E(v)}</span><span class="kpi-label">{E(l)}</span></div>'
    for v, l in tiles) + "</div>"
page("home", "Begroting in één oogopslag", ["Home", "Begroting 2040"], f"""
<h1>Begroting 2040 in één oogopslag</h1>
<p class="intro">Met deze begroting zetten Gedeputeerde Staten van Vlietmarken de koers uit de coalitieafspraken
'Samen verder in de Vlietmarken' voort. De begroting is sluitend: na inzet van de reserves resteert in 2040 een klein
positief saldo. Ruim 40% van onze lasten gaat naar Mobiliteit: het onderhoud van wegen, vaarwegen en bruggen en het
openbaar vervoer blijven de grootste taak van de provincie.</p>
{tiles_html}
<p>De lasten van het programma Energietransitie stijgen in 2041 met bijna € 3 miljoen ten opzichte van 2040, vooral
door de uitvoering van de Regionale Energiestrategie en de bijdrage aan warmtenetten. Het aantal opcenten
motorrijtuigenbelasting gaat van {nl_dec(d.OPC_TARIEF[0])} naar {nl_dec(d.OPC_TARIEF[1])}.</p>
<p class="bron">Alle bedragen in deze begroting zijn, tenzij anders vermeld, in duizenden euro's.</p>
""")

# 2. leeswijzer
page("leeswijzer", "Leeswijzer", ["Home", "Begroting 2040", "Leeswijzer"], """
<h1>Leeswijzer</h1>
<p>Deze online begroting volgt de indeling van het Besluit begroting en verantwoording provincies en gemeenten
(BBV). Per programma leest u wat we willen bereiken (doelen), wat we daarvoor gaan doen (prestaties) en wat het mag
kosten. De kolom 'Rekening 2038' bevat de gerealiseerde bedragen, 'Begroting 2039' de begroting na wijziging van
vorig jaar en 'Begroting 2040' de ramingen voor het begrotingsjaar; de jaren 2041 tot en met 2043 vormen de
meerjarenraming.</p>
<p>Bedragen staan in duizenden euro's (x € 1.000), tenzij een tabel iets anders vermeldt. Het meerjarig financieel
perspectief staat in miljoenen euro's met één decimaal. Een saldo is baten min lasten: een negatief saldo betekent
dat de lasten hoger zijn dan de baten. Door afronding kunnen totalen afwijken van de som van de onderdelen.</p>
<p>Klik op een onderdeel om het open te klappen. U kunt de tabellen ook downloaden via de knop boven elke tabel.</p>
""")

# 3. financieel overzicht
rows = []
for grp, src, tot in (("Lasten", d.LASTEN, d.TOT_LASTEN), ("Baten", d.BATEN, d.TOT_BATEN)):
    rows.append(f'<tr class="groep"><th colspan="7" scope="colgroup">{grp}</th></tr>')
    for p in d.ROWS:
        rows.append(f'<tr><th scope="row">{E(p)}</th>' +
                    "".join(f'<td class="num">{bedrag(v)}</td>' for v in src[p]) + "</tr>")
    rows.append(f'<tr class="totaal"><th scope="row">Totaal {grp.lower()}</th>' +
                "".join(f'<td class="num">{bedrag(v)}</td>' for v in tot) + "</tr>")
rows.append('<tr class="groep"><th colspan="7" scope="colgroup">Resultaat</th></tr>')
for lab, vals in (("Saldo van baten en lasten", d.SALDO_BL), ("Toevoegingen aan reserves", d.TOEV),
                  ("Onttrekkingen aan reserves", d.ONTT)):
    rows.append(f'<tr><th scope="row">{lab}</th>' + "".join(f'<td class="num">{bedrag(v)}</td>' for v in vals) +
                "</tr>")
t31 = f"""<table class="financieel" id="tabel-3-1">
<caption>Tabel 3.1 Overzicht van baten en lasten (bedragen x € 1.000)</caption>
<thead>
<tr><th scope="col" rowspan="2">Omschrijving</th><th scope="col" class="num">Rekening</th>
<th scope="col" class="num">Begroting</th><th scope="col" class="num">Begroting</th>
<th scope="colgroup" colspan="3" class="num">Meerjarenraming</th></tr>
<tr>{''.join(f'<th scope="col" class="num">{y}</th>' for y in d.YEARS)}</tr>
</thead>
<tbody>
{chr(10).join(rows)}
</tbody>
<tfoot><tr class="totaal"><th scope="row">Geraamd resultaat</th>{''.join(f'<td class="num">{bedrag(v)}</td>' for v in d.RESULTAAT)}</tr></tfoot>
</table>"""
mjp_rows = "\n".join(
    f'<tr><th scope="row">{E(k)}</th>' + "".join(f'<td class="num">{dec(v, 1, MINUS)}</td>' for v in vals) + "</tr>"
    for k, vals in d.MJP.items() if k != "Begrotingssaldo")
t32 = f"""<table class="financieel" id="tabel-3-2">
<caption>Tabel 3.2 Meerjarig financieel perspectief (bedragen in € mln)</caption>
<thead><tr><th scope="col">Omschrijving</th>{''.join(f'<th scope="col" class="num">{c}</th>' for c in d.MJP_COLS)}</tr></thead>
<tbody>
{mjp_rows}
</tbody>
<tfoot><tr class="totaal"><th scope="row">Begrotingssaldo</th>{''.join(f'<td class="num">{dec(v, 1, MINUS)}</td>' for v in d.MJP['Begrotingssaldo'])}</tr></tfoot>
</table>"""
page("financieel-overzicht", "Financieel overzicht", ["Home", "Begroting 2040", "Financiën", "Financieel overzicht"],
     f"""
<h1>Financieel overzicht</h1>
<p>Het overzicht van baten en lasten toont per programma wat de provincie uitgeeft en ontvangt. Het saldo van baten
en lasten is in 2040 negatief; met onttrekkingen aan de reserves (vooral het Mobiliteitsfonds en de reserve
Energietransitie) sluit de begroting met een positief resultaat.</p>
{details("Overzicht van baten en lasten", t31, open_=True)}
{details("Meerjarig financieel perspectief", '<p>Het perspectief laat zien dat de begroting ook in de jaren na 2040 op hoofdlijnen sluitend is; in 2042 is er een klein tekort dat we bij de Voorjaarsnota oplossen.</p>' + t32)}
""")

# 4-8. programmes
DOEL = {
    "Mobiliteit": (["Een veilig en goed onderhouden netwerk van provinciale wegen, vaarwegen en bruggen.",
                    "Openbaar vervoer dat kernen en voorzieningen verbindt, ook in het landelijk gebied.",
                    "Meer reizigers op de fiets en in het openbaar vervoer."],
                   ["We pakken in 2040 vijf ongevallenlocaties aan met rotondes, verlichting en veilige "
                    "oversteken; op smalle provinciale wegen voeren we 60 km/u-zones in.",
                    "We starten de reconstructie van de Kanaalweg-Noord en vervangen de brug Vlietsluis.",
                    "We leggen de snelfietsroute Vlietstad-Zuidervliet verder aan en breiden het aantal "
                    "OV-knooppunten uit."]),
    "Natuur en water": (["Een samenhangend Natuurnetwerk Vlietmarken dat leefgebieden van planten en dieren "
                         "met elkaar verbindt.",
                         "Schoon en voldoende oppervlaktewater volgens de Kaderrichtlijn Water."],
                        [f"In 2040 verwerven en richten we {d.NATUUR_HA_2040} hectare nieuwe natuur in.",
                         "We bouwen samen met het waterschap vispassages en vervangen stuwen.",
                         "We ondersteunen agrariërs bij natuurinclusieve landbouw."]),
    "Economie": (["Een sterke regionale economie met voldoende werkgelegenheid.",
                  "Vitale binnensteden en werklocaties."],
                 ["We financieren innovatieve mkb-bedrijven via het regionale ontwikkelingsbedrijf.",
                  "We herstructureren verouderde bedrijventerreinen samen met de gemeenten."]),
    "Energietransitie": (["In 2040 komt 45% van de energie in Vlietmarken uit hernieuwbare bronnen.",
                          "Minder netcongestie door slimme opslag en lokaal gebruik van opgewekte stroom.",
                          "Betaalbare warmte zonder aardgas via warmtenetten."],
                         [f"Voor de Regionale Energiestrategie trekken we in 2040 € {nl_dec(d.RES_EUR_MLN)} miljoen "
                          "uit.",
                          "We subsidiëren zon op dak van maatschappelijk vastgoed en energiecoöperaties.",
                          "We dragen bij aan de aanleg van twee warmtenetten en een batterijproject op "
                          "een bedrijventerrein."]),
    "Bestuur": (["Een open en bereikbaar provinciebestuur.",
                 "Een goede samenwerking met gemeenten, waterschappen en het Rijk."],
                ["We handelen Woo-verzoeken sneller af en publiceren actief.",
                 "We houden toezicht op de financiën van gemeenten en op de uitvoering van "
                 "omgevingstaken.",
                 "De kosten van de bedrijfsvoering (overhead) zijn in dit programma opgenomen."]),
}
for n, p in enumerate(d.PROGS, start=1):
    doel, prest = DOEL[p]
    if p == "Energietransitie":   # an ARIA table
        cells = "".join(f'<div role="columnheader" class="cel num">{E(c)}</div>' for c in d.YCOLS)
        body = ""
        for lab, vals in (("Lasten", d.LASTEN[p]), ("Baten", d.BATEN[p]), ("Saldo", d.SALDO[p])):
            body += (f'<div role="row" class="rij{" totaal" if lab == "Saldo" else ""}">'
                     f'<div role="rowheader" class="cel">{lab}</div>' +
                     "".join(f'<div role="cell" class="cel num">{bedrag(v)}</div>' for v in vals) + "</div>\n")
        kost = f"""<div class="tabel-titel" id="tt-4-{n}-1">Tabel 4.{n}.1 Wat mag het kosten? Programma {n} {E(p)} (bedragen x € 1.000)</div>
<div role="table" class="div-tabel" aria-labelledby="tt-4-{n}-1" id="tabel-4-{n}-1">
<div role="rowgroup"><div role="row" class="kop"><div role="columnheader" class="cel">Programma {n}</div>{cells}</div></div>
<div role="rowgroup">
{body}</div>
</div>"""
    else:
        body = ""
        for lab, vals in (("Lasten", d.LASTEN[p]), ("Baten", d.BATEN[p])):
            body += f'<tr><th scope="row">{lab}</th>' + "".join(
                f'<td class="num">{bedrag(v)}</td>' for v in vals) + "</tr>\n"
        kost = f"""<table class="financieel" id="tabel-4-{n}-1">
<caption>Tabel 4.{n}.1 Wat mag het kosten? Programma {n} {E(p)} (bedragen x € 1.000)</caption>
{yhead(f'Programma {n}')}
<tbody>
{body}</tbody>
<tfoot><tr class="totaal"><th scope="row">Saldo</th>{''.join(f'<td class="num">{bedrag(v)}</td>' for v in d.SALDO[p])}</tr></tfoot>
</table>"""
    ind_rows = ""
    for (nm, eenh, bron, v37, v38, doel40) in d.IND[p]:
        nd = 1 if any(isinstance(x, float) and not float(x).is_integer() for x in (v37, v38, doel40)) else 0
        ind_rows += (f'<tr><th scope="row">{E(nm)}</th><td>{E(eenh)}</td><td>{E(bron)}</td>' +
                     "".join(f'<td class="num">{num(x, nd)}</td>' for x in (v37, v38, doel40)) + "</tr>\n")
    ind = f"""<h3 id="ind-4-{n}">Tabel 4.{n}.2 Beleidsindicatoren {E(p)}</h3>
<table class="indicatoren" id="tabel-4-{n}-2">
<thead><tr><th scope="col">Indicator</th><th scope="col">Eenheid</th><th scope="col">Bron</th>{''.join(f'<th scope="col" class="num">{c}</th>' for c in d.IND_COLS)}</tr></thead>
<tbody>
{ind_rows}</tbody>
</table>"""
    extra = ""
    if p == "Mobiliteit":
        extra = ("<p>Mobiliteit is met ruim 40% van de lasten het grootste programma. Het beheer en onderhoud van "
                 "provinciale wegen, vaarwegen en bruggen en de concessie voor het streekvervoer bepalen het "
                 "grootste deel van de lasten; de baten bestaan vooral uit de rijksbijdrage voor het openbaar "
                 "vervoer.</p>")
    if p == "Natuur en water":
        extra = ("<p>Het Natuurnetwerk Vlietmarken verbindt de natuurgebieden in de provincie met elkaar, zodat "
                 "planten en dieren zich kunnen verplaatsen. De provincie koopt grond aan, richt die in als natuur "
                 "en draagt het beheer over aan terreinbeherende organisaties.</p>")
    if p == "Energietransitie":
        extra = ("<p>De lasten stijgen in 2041 met bijna € 3 miljoen ten opzichte van 2040 en dalen daarna weer, "
                 "omdat de bijdrage uit het Klimaatfonds van het Rijk in 2043 afloopt.</p>")
    page(f"programma-{n}", f"{n}. {p}", ["Home", "Begroting 2040", "Programma's", f"{n}. {p}"], f"""
<h1>Programma {n} {E(p)}</h1>
{extra}
{details("Wat willen we bereiken?", ul(doel), open_=True)}
{details("Wat gaan we daarvoor doen?", ul(prest))}
{details("Wat mag het kosten?", kost, open_=True)}
{details("Beleidsindicatoren", ind)}
""")

# 9. algemene dekkingsmiddelen en opcenten (ARIA table without <caption>)
opc_rows = [("Aantal opcenten", [dec(v) for v in d.OPC_TARIEF]),
            ("Opbrengst (x € 1.000)", [bedrag(v) for v in d.OPC_OPBRENGST]),
            ("Landelijk gemiddelde opcenten", [dec(v) for v in d.OPC_LANDELIJK])]
opc = '<div role="table" class="div-tabel" aria-label="Opcenten motorrijtuigenbelasting" id="tabel-5-1">\n' \
      '<div role="row" class="kop"><div role="columnheader" class="cel">Opcenten MRB</div>' + \
      "".join(f'<div role="columnheader" class="cel num">{c}</div>' for c in d.OPC_COLS) + "</div>\n" + \
      "".join(f'<div role="row" class="rij"><div role="rowheader" class="cel">{E(lab)}</div>' +
              "".join(f'<div role="cell" class="cel num">{v}</div>' for v in vals) + "</div>\n"
              for lab, vals in opc_rows) + "</div>"
page("dekkingsmiddelen", "Algemene dekkingsmiddelen", ["Home", "Begroting 2040", "Financiën",
                                                        "Algemene dekkingsmiddelen"], f"""
<h1>Algemene dekkingsmiddelen</h1>
<p>De provincie heeft twee grote algemene inkomstenbronnen: de uitkering uit het Provinciefonds en de opcenten op de
motorrijtuigenbelasting. Daarnaast ontvangen we dividend van deelnemingen en rente op verstrekte leningen.</p>
{details("Opcenten motorrijtuigenbelasting", f'''<h3>Tabel 5.1 Opcenten motorrijtuigenbelasting</h3>
<p>De verhoging van {nl_dec(d.OPC_TARIEF[0])} naar {nl_dec(d.OPC_TARIEF[1])} opcenten is nodig om de stijgende kosten van het onderhoud van provinciale wegen en bruggen te dekken. Provinciale Staten besloten daartoe bij de Voorjaarsnota 2039.</p>
{opc}
<p>Een personenauto van 1.200 kg op benzine betaalt in 2040 € {d.OPC_AUTO_EUR} per jaar aan provinciale opcenten.</p>''', open_=True)}
""")

# 10. weerstandsvermogen en kengetallen
wv = f"""<h3>Tabel 6.1 Weerstandsvermogen</h3>
<p class="eenheid">bedragen x € 1.000</p>
<table class="financieel" id="tabel-6-1">
<thead><tr><th scope="col">Onderdeel</th>{''.join(f'<th scope="col" class="num">{c}</th>' for c in d.WV_COLS)}</tr></thead>
<tbody>
<tr><th scope="row">Beschikbare weerstandscapaciteit</th>{''.join(f'<td class="num">{bedrag(v)}</td>' for v in d.WV_BESCHIKBAAR)}</tr>
<tr><th scope="row">Benodigde weerstandscapaciteit</th>{''.join(f'<td class="num">{bedrag(v)}</td>' for v in d.WV_BENODIGD)}</tr>
</tbody>
<tfoot><tr class="totaal"><th scope="row">Weerstandsratio</th>{''.join(f'<td class="num">{dec(v, 2)}</td>' for v in d.WV_RATIO)}</tr></tfoot>
</table>"""
kg = f"""<h3>Tabel 6.2 Financiële kengetallen</h3>
<p class="eenheid">in % (negatieve percentages met een minteken)</p>
<table class="financieel" id="tabel-6-2">
<thead><tr><th scope="col">Kengetal</th>{''.join(f'<th scope="col" class="num">{c}</th>' for c in d.KG_COLS)}</tr></thead>
<tbody>
{''.join(f'<tr><th scope="row">{E(k)}</th>' + ''.join(f'<td class="num">{dec(v, 1, MINUS)}</td>' for v in vals) + '</tr>' + chr(10) for k, vals in d.KG.items())}</tbody>
</table>"""
page("weerstandsvermogen", "Weerstandsvermogen en risicobeheersing",
     ["Home", "Begroting 2040", "Paragrafen", "Weerstandsvermogen en risicobeheersing"], f"""
<h1>Paragraaf Weerstandsvermogen en risicobeheersing</h1>
<p>Het weerstandsvermogen is de mate waarin de provincie financiële tegenvallers kan opvangen zonder het beleid te
hoeven aanpassen. Provinciale Staten hebben als norm een weerstandsratio van minimaal 1,4 vastgesteld.</p>
{details("Weerstandscapaciteit en ratio", wv, open_=True)}
{details("Belangrijkste risico's", ul([
    "Een lagere uitkering uit het Provinciefonds door de nieuwe verdeling van het Rijk.",
    "De garantstelling aan het regionale ontwikkelingsbedrijf voor leningen aan mkb-bedrijven.",
    "Hogere aanbestedingsprijzen bij de grote infrastructurele projecten.",
    "Planschade en vertraging bij de inrichting van het Natuurnetwerk."]))}
{details("Financiële kengetallen", kg)}
""")

# 11. reserves
res_rows = "\n".join(
    f'<tr><th scope="row">{E(r)}</th>' + "".join(f'<td class="num">{bedrag(v)}</td>' for v in d.RES[r]) +
    f'<td class="num">{bedrag(d.RES_END[r])}</td></tr>' for r in d.RES_ORDER)
t71 = f"""<table class="financieel" id="tabel-7-1">
<caption>Tabel 7.1 Verloop reserves 2040 (bedragen x € 1.000)</caption>
<thead><tr><th scope="col">Reserve</th><th scope="col" class="num">Stand 1-1-2040</th><th scope="col" class="num">Toevoeging</th><th scope="col" class="num">Onttrekking</th><th scope="col" class="num">Stand 31-12-2040</th></tr></thead>
<tbody>
{res_rows}
</tbody>
<tfoot><tr class="totaal"><th scope="row">Totaal reserves</th>{''.join(f'<td class="num">{bedrag(v)}</td>' for v in d.RES_TOT)}<td class="num">{bedrag(d.RES_TOT_END)}</td></tr></tfoot>
</table>"""
page("reserves", "Reserves", ["Home", "Begroting 2040", "Financiën", "Reserves"], f"""
<h1>Reserves</h1>
<p>De provincie gebruikt bestemmingsreserves om meerjarige programma's te financieren. De algemene reserve is de
buffer voor het weerstandsvermogen. In 2040 onttrekken we per saldo meer aan de reserves dan we toevoegen.</p>
{details("Verloop van de reserves in 2040", t71, open_=True)}
""")

# 12. investeringen
inv_rows = "\n".join(f'<tr><th scope="row">{E(k)}</th>' + "".join(f'<td class="num">{bedrag(x)}</td>' for x in v) +
                     "</tr>" for k, v in d.INV.items())
t81 = f"""<table class="financieel" id="tabel-8-1">
<caption>Tabel 8.1 Investeringskredieten (bedragen x € 1.000)</caption>
<thead><tr><th scope="col">Investering</th>{''.join(f'<th scope="col" class="num">{c}</th>' for c in d.INV_COLS)}</tr></thead>
<tbody>
{inv_rows}
</tbody>
<tfoot><tr class="totaal"><th scope="row">Totaal</th>{''.join(f'<td class="num">{bedrag(x)}</td>' for x in d.INV_TOT)}</tr></tfoot>
</table>"""
page("investeringen", "Investeringen", ["Home", "Begroting 2040", "Financiën", "Investeringen"], f"""
<h1>Investeringen</h1>
<p>Provinciale Staten stellen per project een krediet beschikbaar. De tabel toont het totale krediet, wat tot en met
2039 is besteed en de geraamde uitgaven per jaar.</p>
{details("Investeringskredieten", t81, open_=True)}
""")

# 13. overhead
oh_rows = "\n".join(f'<tr><th scope="row">{E(k)}</th>' + "".join(f'<td class="num">{bedrag(x)}</td>' for x in v) +
                    "</tr>" for k, v in d.OH.items())
t91 = f"""<h3>Tabel 9.1 Overzicht overhead</h3>
<p class="eenheid">bedragen x € 1.000</p>
<table class="financieel" id="tabel-9-1">
<thead><tr><th scope="col">Onderdeel</th>{''.join(f'<th scope="col" class="num">{c}</th>' for c in d.OH_COLS)}</tr></thead>
<tbody>
{oh_rows}
</tbody>
<tfoot><tr class="totaal"><th scope="row">Totaal overhead</th>{''.join(f'<td class="num">{bedrag(x)}</td>' for x in d.OH_TOT)}</tr></tfoot>
</table>"""
page("overhead", "Overzicht overhead", ["Home", "Begroting 2040", "Financiën", "Overzicht overhead"], f"""
<h1>Overzicht overhead</h1>
<p>Overhead zijn de kosten van de sturing en ondersteuning van het primaire proces. Volgens het BBV staan deze
kosten in één overzicht; ze zijn begroot binnen programma 5 Bestuur. De overhead bedraagt in 2040
{nl_dec(d.OH_SHARE_2040)}% van de totale lasten.</p>
{details("Overzicht overhead", t91, open_=True)}
""")

# ------------------------------------------------------------------------------------------------ assemble
CSS = """
body{margin:0;font-family:'Segoe UI',Arial,sans-serif;color:#1d1d1b;background:#f6f7f4}
.site-header{display:flex;justify-content:space-between;align-items:center;background:#00594f;color:#fff;padding:12px 24px}
.site-header .logo{font-weight:700;font-size:20px}.site-header form input{padding:4px 8px}
.layout{display:flex}
.sidebar{width:260px;background:#fff;border-right:1px solid #d8dcd3;min-height:100vh;padding:16px}
.sidebar ul{list-style:none;padding:0}.sidebar li{margin:6px 0}.sidebar a{color:#00594f;text-decoration:none}
main{flex:1;padding:24px 40px;max-width:1100px}
.cms-page{background:#fff;margin-bottom:32px;padding:24px;border:1px solid #e1e4dc}
.breadcrumbs ol{list-style:none;display:flex;gap:6px;padding:0;font-size:13px;color:#555}
.breadcrumbs li+li:before{content:'›';margin-right:6px}
details.uitklap{border-top:1px solid #d8dcd3;padding:8px 0}details.uitklap summary{font-weight:600;cursor:pointer;color:#00594f}
table{border-collapse:collapse;width:100%;margin:12px 0;font-size:14px}caption{text-align:left;font-weight:600;padding:4px 0}
th,td{padding:4px 8px;border-bottom:1px solid #e1e4dc;text-align:left}.num{text-align:right}
tr.groep th{background:#eef2ea}tr.totaal th,tr.totaal td,tfoot th,tfoot td{font-weight:700;border-top:2px solid #1d1d1b}
.div-tabel{display:table;width:100%;margin:12px 0;font-size:14px}.div-tabel [role=row]{display:table-row}
.div-tabel .cel{display:table-cell;padding:4px 8px;border-bottom:1px solid #e1e4dc}.div-tabel .kop .cel{font-weight:700}
.tabel-titel{font-weight:600;margin-top:8px}
.kpi-tegels{display:grid;grid-template-columns:repeat(3,1fr);gap:12px;margin:16px 0}
.kpi{background:#00594f;color:#fff;padding:16px;border-radius:6px}.kpi-waarde{display:block;font-size:26px;font-weight:700}
.kpi-label{font-size:13px}.eenheid{font-style:italic;color:#555;margin:0}
footer{padding:16px 24px;font-size:12px;color:#555}
"""


def build():
    nav = "".join(f'<li><a href="#{pid}">{E(t)}</a></li>' for pid, t, _, _ in PAGES)
    secs = []
    for i, (pid, title, trail, body) in enumerate(PAGES, start=1):
        crumbs = "".join(f"<li>{E(c)}</li>" for c in trail)
        secs.append(f'<section class="cms-page" id="{pid}" data-pagina="{i}">\n'
                    f'<nav class="breadcrumbs" aria-label="Kruimelpad"><ol>{crumbs}</ol></nav>\n{body}\n</section>')
    doc = f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="generator" content="Begroting Online CMS 7 (export)">
<title>{E(d.P_TITLE)}</title>
<style>{CSS}</style>
</head>
<body>
<header class="site-header"><span class="logo">Provincie Vlietmarken</span><span>Begroting 2040</span>
<form role="search" onsubmit="return false"><input type="search" placeholder="Zoeken in de begroting" aria-label="Zoeken"></form></header>
<div class="layout">
<nav class="sidebar" aria-label="Menu"><p><strong>Begroting 2040</strong></p><ul>{nav}</ul></nav>
<main id="inhoud">
{chr(10).join(secs)}
</main>
</div>
<footer>Provincie Vlietmarken · Begroting 2040 · vastgesteld door Provinciale Staten op 6 november 2039 · export van de online begroting</footer>
</body>
</html>
"""
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / d.P_FILE).write_text(doc, encoding="utf-8")
    print(f"{d.P_FILE}: {len(PAGES)} pages")


build()
