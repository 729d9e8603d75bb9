"""Build havenschap-schelvenmonde-begroting-2026.pdf (FICTIONAL) with xhtml2pdf.

usage: python gen_havenschap.py OUTDIR FONTDIR
Writes OUTDIR/havenschap-schelvenmonde-begroting-2026.pdf and OUTDIR/havenschap-facts.json.
"""
import html
import json
import os
import shutil
import sys

from nlfmt import num, dec, grp, rnd_k
import havenschap_data as H

BODY = "Havenschap Schelvenmonde"
TITLE = "Begroting 2026 en meerjarenraming 2027-2029"
NB = "\u00a0"     # no-break space
INW = {"Gemeente Harsewijk": 87140, "Gemeente Oudeschelf": 36010}
THIN = "\u2009"   # thin space

FACTS = {"rows": [], "checks": []}


def e(s):
    return html.escape(str(s), quote=False)


def k(n):
    """thousands, minus sign"""
    return num(n)


def eur(n):
    return num(n)


def fact(page_hint, text):
    FACTS["rows"].append({"hint": page_hint, "text": text})


# ------------------------------------------------------------------ CSS / frame
def css(fontdir):
    return f"""
@font-face {{ font-family: DejaVu; src: url('{fontdir}/DejaVuSans.ttf'); }}
@font-face {{ font-family: DejaVu; src: url('{fontdir}/DejaVuSans-Bold.ttf'); font-weight: bold; }}
@font-face {{ font-family: DejaVu; src: url('{fontdir}/DejaVuSans-Oblique.ttf'); font-style: italic; }}
@font-face {{ font-family: DejaVuCond; src: url('{fontdir}/DejaVuSansCondensed.ttf'); }}
@font-face {{ font-family: DejaVuCond; src: url('{fontdir}/DejaVuSansCondensed-Bold.ttf'); font-weight: bold; }}
@page {{ size: a4 portrait; margin: 2.2cm 2cm 2.4cm 2.2cm;
  @frame header {{ -pdf-frame-content: headerContent; top: 0.9cm; margin-left: 2.2cm; margin-right: 2cm; height: 0.8cm; }}
  @frame footer {{ -pdf-frame-content: footerContent; bottom: 0.8cm; margin-left: 2.2cm; margin-right: 2cm; height: 1cm; }} }}
@page cover {{ size: a4 portrait; margin: 3cm 2.5cm 3cm 2.5cm;
  @frame footer {{ -pdf-frame-content: footerContent; bottom: 0.8cm; margin-left: 2.2cm; margin-right: 2cm; height: 1cm; }} }}
@page land {{ size: a4 landscape; margin: 2cm 2cm 2.2cm 2cm;
  @frame header {{ -pdf-frame-content: headerContent; top: 0.8cm; margin-left: 2cm; margin-right: 2cm; height: 0.8cm; }}
  @frame footer {{ -pdf-frame-content: footerContent; bottom: 0.7cm; margin-left: 2cm; margin-right: 2cm; height: 1cm; }} }}
body {{ font-family: DejaVu; font-size: 9pt; line-height: 1.3; }}
h1 {{ font-size: 15pt; color: #0b3d5c; margin-top: 4pt; margin-bottom: 8pt; -pdf-keep-with-next: true; }}
h2 {{ font-size: 11.5pt; color: #0b3d5c; margin-top: 10pt; margin-bottom: 4pt; -pdf-keep-with-next: true; }}
h3 {{ font-size: 9.5pt; margin-top: 8pt; margin-bottom: 3pt; -pdf-keep-with-next: true; }}
p {{ margin-top: 0; margin-bottom: 5pt; text-align: justify; }}
.cap {{ font-weight: bold; font-size: 8.5pt; margin-top: 6pt; margin-bottom: 2pt; -pdf-keep-with-next: true; }}
.note {{ font-size: 7.5pt; color: #333333; margin-top: 2pt; }}
table.fin {{ width: 100%; font-size: 8.3pt; border-top: 1px solid #0b3d5c; border-bottom: 1px solid #0b3d5c; }}
table.fin td {{ padding: 1.6pt 3pt 0.8pt 3pt; text-align: right; vertical-align: bottom; }}
table.fin td.l {{ text-align: left; }}
table.fin td.c {{ text-align: center; }}
table.fin tr.h td {{ font-weight: bold; background-color: #dde8ef; vertical-align: bottom; }}
table.fin tr.t td {{ font-weight: bold; border-top: 0.5px solid #0b3d5c; }}
table.fin tr.s td {{ font-style: italic; }}
table.cond {{ font-family: DejaVuCond; font-size: 7.6pt; }}
.cover-title {{ font-size: 26pt; font-weight: bold; color: #0b3d5c; line-height: 1.1; }}
.cover-sub {{ font-size: 15pt; color: #0b3d5c; }}
.fictief {{ font-size: 20pt; font-weight: bold; color: #a00000; border: 2px solid #a00000; padding: 6pt; text-align: center; }}
.toc td {{ padding: 1pt 0 1pt 0; font-size: 9.5pt; }}
ul {{ margin-top: 0; margin-bottom: 4pt; }}
li {{ margin-bottom: 2pt; }}
"""


def frame_content():
    return (f'<div id="headerContent" style="text-align:right; font-size:7.5pt; color:#555555;">'
            f'{e(BODY)} | {e(TITLE)}</div>'
            f'<div id="footerContent"><table style="font-size:7.5pt; color:#333333;"><tr>'
            f'<td style="text-align:left; width:75%;">FICTIEF DOCUMENT – {e(BODY)} – Begroting 2026</td>'
            f'<td style="text-align:right; width:25%;">pagina <pdf:pagenumber/> van <pdf:pagecount/></td>'
            f'</tr></table></div>')


# ------------------------------------------------------------------ table helpers
def tr(cells, cls=None):
    c = f' class="{cls}"' if cls else ""
    return f"<tr{c}>" + "".join(cells) + "</tr>"


def td(text, cls=None, w=None, colspan=None, rowspan=None, style=None):
    a = ""
    if cls:
        a += f' class="{cls}"'
    if w:
        a += f' width="{w}"'
    if colspan:
        a += f' colspan="{colspan}"'
    if rowspan:
        a += f' rowspan="{rowspan}"'
    if style:
        a += f' style="{style}"'
    return f"<td{a}>{text}</td>"


def table(rows, cls="fin", repeat=None):
    r = f' repeat="{repeat}"' if repeat else ""
    return f'<table class="{cls}"{r}>' + "".join(rows) + '</table><div style="height:5pt;"></div>'


# ------------------------------------------------------------------ TOC
TOC = [
    ("1. Aanbieding en financieel beeld", "1. Aanbieding en financieel beeld"),
    ("2. Kerngegevens", "2. Kerngegevens"),
    ("3. Programma's", "3. Programma's"),
    ("   3.1 Nautisch beheer en havenexploitatie", "3.1 Programma 1 Nautisch beheer en havenexploitatie"),
    ("   3.2 Haventerreinen en gebiedsontwikkeling", "3.2 Programma 2 Haventerreinen en gebiedsontwikkeling"),
    ("   3.3 Veiligheid, milieu en duurzaamheid", "3.3 Programma 3 Veiligheid, milieu en duurzaamheid"),
    ("4. Overzicht van baten en lasten", "4. Overzicht van baten en lasten"),
    ("5. Bijdragen deelnemers", "5. Bijdragen deelnemers"),
    ("6. Havengelden en tarieven 2026", "6. Havengelden en tarieven 2026"),
    ("7. Paragrafen", "7. Paragrafen"),
    ("   7.1 Weerstandsvermogen en risicobeheersing", "7.1 Weerstandsvermogen en risicobeheersing"),
    ("   7.2 Onderhoud kapitaalgoederen", "7.2 Onderhoud kapitaalgoederen"),
    ("   7.3 Financiering", "7.3 Financiering"),
    ("   7.4 Bedrijfsvoering", "7.4 Bedrijfsvoering"),
    ("   7.5 Verbonden partijen", "7.5 Verbonden partijen"),
    ("   7.6 Grondbeleid", "7.6 Grondbeleid"),
    ("8. Reserves en voorzieningen", "8. Reserves en voorzieningen"),
    ("9. Investeringen", "9. Investeringen"),
    ("10. Geprognosticeerde balans en EMU-saldo", "10. Geprognosticeerde balans en EMU-saldo"),
    ("11. Incidentele baten en lasten", "11. Incidentele baten en lasten"),
]


def toc_html(pages, fontdir):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, f in (("TocDejaVu", "DejaVuSans.ttf"), ("TocDejaVuBold", "DejaVuSans-Bold.ttf")):
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, os.path.join(fontdir, f)))
    width = 16.3 * 28.3465  # points
    rows = []
    for label, key in TOC:
        pg = str(pages.get(key, 0))
        indent = label.startswith("   ")
        lab = label.strip()
        size = 9.5
        font = "TocDejaVu" if indent else "TocDejaVuBold"
        w_lab = pdfmetrics.stringWidth(lab, font, size) + (18 if indent else 0)
        w_pg = pdfmetrics.stringWidth(pg, font, size)
        w_dot = pdfmetrics.stringWidth(" .", font, size)
        n = int((width - w_lab - w_pg - 12) / w_dot)
        dots = " ." * max(n, 3)
        pad = "padding-left:18pt;" if indent else "font-weight:bold;"
        rows.append(f'<tr><td style="text-align:left; {pad}">{e(lab)}{dots} {pg}</td></tr>')
    return '<table class="toc" width="100%">' + "".join(rows) + "</table>"


# ------------------------------------------------------------------ sections
def cover():
    return f"""
<pdf:nexttemplate name="cover"/>
<div style="height:3cm;"></div>
<div class="cover-title">{e(BODY)}</div>
<div style="height:0.6cm;"></div>
<div class="cover-sub">{e(TITLE)}</div>
<div style="height:0.4cm;"></div>
<p style="font-size:11pt;">Gemeenschappelijke regeling van de provincie Westerzande en de gemeenten Harsewijk en Oudeschelf</p>
<div style="height:2.5cm;"></div>
<div class="fictief">FICTIEF DOCUMENT</div>
<div style="height:0.5cm;"></div>
<p style="font-size:9pt;">Dit is een verzonnen begroting van een niet-bestaand havenschap, gemaakt als testdocument.
Alle namen, bedragen, aantallen, tarieven en percentages zijn verzonnen; totalen en saldi tellen wel op.</p>
<div style="height:3cm;"></div>
<p style="font-size:10pt;">Vastgesteld door het algemeen bestuur op 2 juli 2025<br/>Havenkantoor, Kaaiweg 2, Oudeschelf</p>
<pdf:nexttemplate name="body"/>
<pdf:nextpage/>
"""


def sec_toc(pages, fontdir):
    return "<h1>Inhoudsopgave</h1>" + toc_html(pages, fontdir) + "<pdf:nextpage/>"


def mln2(x_k):
    """thousands -> € mln with two decimals"""
    return dec(x_k / 1000.0, 2)


def sec_aanbieding():
    i = 2
    d25, d26 = H.deeln_eur()["2025"], H.deeln_eur()["2026"]
    growth = 100.0 * (d26 - d25) / d25
    FACTS["checks"].append(["deelnemers growth pct", round(growth, 1), dec(growth, 1)])
    w = H.weerstand()
    # one-glance table in € mln; check that the rounded figures add up
    l, b = H.TOT_LASTEN[i], H.TOT_BATEN[i]
    rl, rb = round(l / 10) / 100, round(b / 10) / 100
    rs = round(H.SALDO[i] / 10) / 100
    rt, ro = round(H.TOT_TOEV[i] / 10) / 100, round(H.TOT_ONTTR[i] / 10) / 100
    assert abs((rb - rl) - rs) < 0.001, (rb, rl, rs)
    assert abs(rs - rt + ro - H.RESULTAAT[i] / 1000) < 0.001
    FACTS["checks"].append(["one-glance mln adds up", [rl, rb, rs, rt, ro], True])
    txt = f"""
<h1>1. Aanbieding en financieel beeld</h1>
<p>Hierbij bieden wij u de begroting 2026 en de meerjarenraming 2027-2029 van {e(BODY)} aan. Het havenschap beheert
en exploiteert de zee- en binnenhavens aan de monding van de Schelve, met de sluis Schelvenmonde, de Oostsluis, drie
beweegbare bruggen en ruim tien kilometer kade. In 2024 meerden 1.412 zeeschepen en 6.835 binnenvaartschepen aan in
onze havens; de overslag bedroeg 8,6 miljoen ton.</p>
<p>De begroting 2026 is sluitend. De totale lasten bedragen € {grp(l * 1000)} en de totale baten € {grp(b * 1000)}.
Het tekort op de exploitatie van € {grp(-H.SALDO[i] * 1000)} dekken wij met per saldo € {grp((H.TOT_ONTTR[i] - H.TOT_TOEV[i]) * 1000)} uit de reserves.
De bijdrage van de deelnemers stijgt van € {grp(d25)} in 2025 naar € {grp(d26)} in 2026, een stijging van {dec(growth, 1)}%.
De havengeldtarieven stijgen in 2026 met {dec(H.TARIEF_STIJGING, 1)}%, gelijk aan de geraamde loon- en prijsontwikkeling.</p>
<p>De meerjarenraming laat voor 2027 een sluitend beeld zien. Voor 2028 is er een tekort van € {grp(-H.RESULTAAT[4] * 1000)};
in 2029 resteert een klein overschot van € {grp(H.RESULTAAT[5] * 1000)}. Het tekort in 2028 hangt samen met de hogere
kapitaallasten van de renovatie van de sluis. Wij stellen voor het tekort bij de begroting 2027 op te lossen en nu geen
extra bijdrage van de deelnemers te vragen.</p>
<p>Het weerstandsvermogen is met een ratio van {dec(w['ratio'], 2)} ruim voldoende. De belangrijkste risico's zijn
de staat van de kademuren, vertraging van de gronduitgifte in de Kreekpolder-Oost en de kosten van vervuilde baggerspecie.</p>
<p class="cap">Tabel 1.1 Financieel beeld 2026 in één oogopslag</p>
""" + table([
        tr([td("(bedragen in € mln)", "l", "60%"), td("Begroting 2026", None, "20%"), td("Raming 2027", None, "20%")], "h"),
        tr([td("Totale lasten", "l"), td(mln2(l)), td(mln2(H.TOT_LASTEN[3]))]),
        tr([td("Totale baten", "l"), td(mln2(b)), td(mln2(H.TOT_BATEN[3]))]),
        tr([td("Saldo van baten en lasten", "l"), td(mln2(H.SALDO[i])), td(mln2(H.SALDO[3]))], "t"),
        tr([td("Toevoegingen aan reserves", "l"), td(mln2(-H.TOT_TOEV[i])), td(mln2(-H.TOT_TOEV[3]))]),
        tr([td("Onttrekkingen aan reserves", "l"), td(mln2(H.TOT_ONTTR[i])), td(mln2(H.TOT_ONTTR[3]))]),
        tr([td("Resultaat", "l"), td(mln2(H.RESULTAAT[i])), td(mln2(H.RESULTAAT[3]))], "t"),
    ]) + '<p class="note">Negatieve bedragen zijn nadelig voor het resultaat.</p>'
    rl27, rb27 = round(H.TOT_LASTEN[3] / 10) / 100, round(H.TOT_BATEN[3] / 10) / 100
    assert abs((rb27 - rl27) - round(H.SALDO[3] / 10) / 100) < 0.001
    fact("p3", f"Totale lasten {mln2(l)} {mln2(H.TOT_LASTEN[3])}")
    return txt


def sec_kern():
    rows = [tr([td("", "l", "46%"), td("Eenheid", "l", "12%"), td("Rekening 2024", None, "14%"),
                td("Begroting 2025", None, "14%"), td("Begroting 2026", None, "14%")], "h")]
    for lab, unit, a, b, c in H.KERN:
        rows.append(tr([td(e(lab), "l"), td(unit, "l"), td(grp(a, THIN)), td(grp(b, THIN)), td(grp(c, THIN))]))
        fact("kern", f"{lab} {unit} {grp(a, THIN)} {grp(b, THIN)} {grp(c, THIN)}")
    o = H.OVERSLAG
    rows.append(tr([td("Overslag (zee- en binnenvaart)", "l"), td("mln ton", "l"), td(dec(o[0], 1)), td(dec(o[1], 1)), td(dec(o[2], 1))]))
    f25 = sum(x[1] for x in H.FORMATIE)
    f26 = sum(x[2] for x in H.FORMATIE)
    rows.append(tr([td("Formatie", "l"), td("fte", "l"), td(dec(H.FORMATIE_2024, 1)), td(dec(f25, 1)), td(dec(f26, 1))]))
    return ("<h1>2. Kerngegevens</h1>"
            "<p>De kerngegevens geven de omvang van het havengebied en het gebruik van de havens weer. De aantallen voor 2025 en 2026 "
            "zijn ramingen op basis van de scheepvaartprognose van de provincie Westerzande.</p>"
            '<p class="cap">Tabel 2.1 Kerngegevens</p>' + table(rows) +
            '<p class="note">Aanlopen: elk binnenkomen van een schip in het havengebied telt als één aanloop, ook bij een kort verblijf.</p>')


def prog_cost_table(p, capno):
    t = H.prog_table(p)
    head1 = tr([td("(x € 1.000)", "l", "31%", rowspan=2), td("Rekening", None, "11%"), td("Begroting", None, "11%"),
                td("Begroting", None, "11%"), td("Meerjarenraming", "c", "36%", colspan=3)], "h")
    head2 = tr([td("2024"), td("2025¹"), td("2026"), td("2027", None, "12%"), td("2028", None, "12%"), td("2029", None, "12%")], "h")
    rows = [head1, head2]
    labels = [("lasten", "Lasten", None), ("baten", "Baten", None), ("saldo", "Saldo van baten en lasten", "t"),
              ("toev", "Toevoegingen aan reserves", None), ("onttr", "Onttrekkingen aan reserves", None),
              ("resultaat", "Resultaat programma", "t")]
    for key, lab, cls in labels:
        vals = t[key]
        if key == "toev":
            vals = [-v for v in vals]
        rows.append(tr([td(lab, "l")] + [td(k(v)) for v in vals], cls))
        fact(p, f"{lab} " + " ".join(k(v) for v in vals))
    return (f'<p class="cap">Tabel {capno} Wat mag het kosten? Programma {p[1]} {e(H.PROGS[p])}</p>' + table(rows) +
            '<p class="note">¹ Begroting 2025 na de eerste begrotingswijziging. Toevoegingen aan reserves zijn negatief weergegeven.</p>')


def deviation_table(p, capno):
    change, items = H.deviations(p)
    rows = [tr([td("Verschil saldo 2026 ten opzichte van 2025 (x € 1.000; + = voordeel)", "l", "80%"), td("", None, "20%")], "h")]
    for lab, a in items:
        s = ("+" if a > 0 else "") + k(a)
        rows.append(tr([td(e(lab), "l"), td(s)]))
        fact(p, f"{lab} {s}")
    s = ("+" if change > 0 else "") + k(change)
    rows.append(tr([td("Totaal verschil", "l"), td(s)], "t"))
    FACTS["checks"].append([f"deviation sum {p}", change, sum(a for _, a in items)])
    return f'<p class="cap">Tabel {capno} Toelichting op de verschillen</p>' + table(rows)


def indicator_table(p, capno):
    rows = [tr([td("Indicator", "l", "46%"), td("Eenheid", "l", "12%"), td("Realisatie 2024", None, "14%"),
                td("Begroting 2025", None, "14%"), td("Streefwaarde 2026", None, "14%")], "h")]
    for lab, unit, a, b, c in H.INDICATOREN[p]:
        rows.append(tr([td(e(lab), "l"), td(e(unit), "l"), td(e(a)), td(e(b)), td(e(c))]))
        fact(p, f"{lab} {unit} {a} {b} {c}")
    return f'<p class="cap">Tabel {capno} Indicatoren</p>' + table(rows)


def sec_programmas():
    inv = {n: v for n, v in H.INVEST}
    out = ["<pdf:nextpage/><h1>3. Programma's</h1>",
           "<p>De begroting kent drie programma's. Per programma beschrijven wij wat we willen bereiken, wat we daarvoor gaan "
           "doen en wat het mag kosten. De bedragen in de programmatabellen zijn in duizenden euro's; lasten en baten zijn "
           "positief weergegeven, een negatief saldo is een nadeel.</p>"]
    # programme 1
    out.append(f"""<h2>3.1 Programma 1 Nautisch beheer en havenexploitatie</h2>
<h3>Wat willen we bereiken?</h3>
<p>Een vlotte en veilige afwikkeling van het scheepvaartverkeer in het havengebied, met kades, sluizen en bruggen die
betrouwbaar beschikbaar zijn. Schepen moeten de havens op elk tij kunnen bereiken; de vaargeul en de havenbekkens houden
wij op de afgesproken nautische diepte.</p>
{indicator_table('P1', '3.1')}
<h3>Wat gaan we daarvoor doen?</h3>
<ul>
<li>De havendienst bemant de verkeerspost Schelvenmonde dag en nacht; in 2026 breiden we de havendienst uit met 0,8 fte.</li>
<li>We baggeren in 2026 circa 410.000 m³ specie uit de havenbekkens en de vaargeul. De specie gaat naar de nieuwe
stortlocatie Diepe Gat; de kosten komen ten laste van de voorziening baggeren.</li>
<li>We starten met de renovatie van het bewegingswerk van de sluis Schelvenmonde. Hiervoor is in 2026 een krediet van
€ {grp(inv['Renovatie sluis Schelvenmonde (bewegingswerk)'][0])} geraamd (zie hoofdstuk 9).</li>
<li>Fase 2 van de vervanging van de kademuur Westhaven (420 meter) wordt in 2026 en 2027 uitgevoerd; tot die tijd nemen
we tijdelijke maatregelen die uit de bestemmingsreserve vervanging kademuren worden betaald.</li>
</ul>
<h3>Wat mag het kosten?</h3>
{prog_cost_table('P1', '3.2')}
{deviation_table('P1', '3.3')}
<pdf:nextpage/>""")
    out.append(f"""<h2>3.2 Programma 2 Haventerreinen en gebiedsontwikkeling</h2>
<h3>Wat willen we bereiken?</h3>
<p>Voldoende en goed bereikbare haventerreinen voor watergebonden bedrijven, met een zorgvuldig gebruik van de schaarse
ruimte aan het water. Vrijkomende kavels geven wij bij voorkeur in erfpacht uit, zodat het havenschap grip houdt op het
gebruik van de kades.</p>
{indicator_table('P2', '3.4')}
<h3>Wat gaan we daarvoor doen?</h3>
<ul>
<li>In de Kreekpolder-Oost geven we in 2026 naar verwachting 13 hectare uit; de geraamde grondopbrengst is
€ {grp(H.GREX_2026['opbrengst'] * 1000)}.</li>
<li>We herzien de erfpachtcanons van 41 erfpachtcontracten op de Westhaven en de Zoutkade.</li>
<li>Samen met de gemeente Harsewijk ronden we de planvoorbereiding voor fase 3 van de Kreekpolder-Oost af.</li>
</ul>
<h3>Wat mag het kosten?</h3>
{prog_cost_table('P2', '3.5')}
{deviation_table('P2', '3.6')}
<pdf:nextpage/>""")
    out.append(f"""<h2>3.3 Programma 3 Veiligheid, milieu en duurzaamheid</h2>
<h3>Wat willen we bereiken?</h3>
<p>Een veilig en schoon havengebied dat bijdraagt aan de klimaatdoelen van de deelnemers. De uitstoot van
afgemeerde schepen moet omlaag; daarom breiden we het aantal walstroomaansluitingen uit van 6 naar 11.</p>
{indicator_table('P3', '3.7')}
<h3>Wat gaan we daarvoor doen?</h3>
<ul>
<li>Met fase 2 van het walstroomproject leggen we vijf nieuwe aansluitingen aan in de Binnenhaven. De lasten van de
aanleg worden gedekt uit de reserve energietransitie en walstroom en uit een subsidie van het Rijk van
€ {grp(H.INCID_BATEN[0][2][0] * 1000)}.</li>
<li>De havenbeveiliging volgens de ISPS-code laten we uitvoeren door de Stichting Havenbeveiliging Westerzande.</li>
<li>We houden in 2026 24 inspecties en oefeningen, waarvan twee samen met de veiligheidsregio.</li>
</ul>
<h3>Wat mag het kosten?</h3>
{prog_cost_table('P3', '3.8')}
{deviation_table('P3', '3.9')}
""")
    return "".join(out)


def sec_overzicht():
    i = 2
    head1 = tr([td("(bedragen x € 1.000)", "l", "34%", rowspan=2), td("Rekening", None, "11%"), td("Begroting", None, "11%"),
                td("Begroting", None, "11%"), td("Meerjarenraming", "c", "33%", colspan=3)], "h")
    head2 = tr([td("2024"), td("2025¹"), td("2026"), td("2027", None, "11%"), td("2028", None, "11%"), td("2029", None, "11%")], "h")
    rows = [head1, head2]

    def row(lab, vals, cls=None):
        rows.append(tr([td(e(lab), "l")] + [td(k(v)) for v in vals], cls))
        fact("overzicht", f"{lab} " + " ".join(k(v) for v in vals))

    rows.append(tr([td("Lasten", "l", colspan=7)], "s"))
    for p in H.PROGS:
        row(f"Programma {p[1]} {H.PROGS[p]}", H.LASTEN[p])
    row("Overhead", H.LASTEN["OH"])
    row("Onvoorzien", H.LASTEN["ONV"])
    row("Vennootschapsbelasting", H.LASTEN["VPB"])
    row("Totaal lasten", H.TOT_LASTEN, "t")
    rows.append(tr([td("Baten", "l", colspan=7)], "s"))
    for p in H.PROGS:
        row(f"Programma {p[1]} {H.PROGS[p]}", H.BATEN[p])
    row("Overhead", H.BATEN["OH"])
    row("Bijdragen deelnemers", H.DEELN)
    row("Treasury (rente en dividend)", H.BATEN["TRE"])
    row("Totaal baten", H.TOT_BATEN, "t")
    row("Saldo van baten en lasten", H.SALDO, "t")
    row("Toevoegingen aan reserves", [-v for v in H.TOT_TOEV])
    row("Onttrekkingen aan reserves", H.TOT_ONTTR)
    row("Geraamd resultaat", H.RESULTAAT, "t")
    for j in range(H.N):
        FACTS["checks"].append([f"overzicht {H.YEARS[j]}", H.SALDO[j] - H.TOT_TOEV[j] + H.TOT_ONTTR[j], H.RESULTAAT[j]])
    s = ("<pdf:nextpage/><h1>4. Overzicht van baten en lasten</h1>"
         "<p>Het overzicht van baten en lasten geeft per programma de lasten en baten, de algemene dekkingsmiddelen, de "
         "overhead, de post onvoorzien en de vennootschapsbelasting. Het geraamde resultaat is het saldo na mutaties in de "
         "reserves. Een negatief bedrag in de regels saldo en resultaat is een tekort.</p>"
         '<p class="cap">Tabel 4.1 Overzicht van baten en lasten 2024-2029</p>' + table(rows) +
         '<p class="note">¹ Begroting 2025 na de eerste begrotingswijziging (vastgesteld 12 maart 2025).</p>')
    # algemene dekkingsmiddelen
    ad = [tr([td("Algemene dekkingsmiddelen (x € 1.000)", "l", "52%"), td("Begroting 2025", None, "16%"),
              td("Begroting 2026", None, "16%"), td("Raming 2027", None, "16%")], "h")]
    tot = [0, 0, 0]
    for lab, vals in (("Bijdrage Provincie Westerzande", None), ("Bijdrage gemeente Harsewijk", None),
                      ("Bijdrage gemeente Oudeschelf", None)):
        pass
    mem = H.deeln_per_member()
    for name, _ in H.VERDEELSLEUTEL:
        v = [rnd_k(mem[name][y]) for y in ("2025", "2026", "2027")]
        ad.append(tr([td(f"Bijdrage {e(name.replace('Gemeente', 'gemeente'))}", "l")] + [td(k(x)) for x in v]))
        tot = [tot[j] + v[j] for j in range(3)]
    tre = H.BATEN["TRE"][1:4]
    ad.append(tr([td("Rente en dividend (treasury)", "l")] + [td(k(x)) for x in tre]))
    tot = [tot[j] + tre[j] for j in range(3)]
    ad.append(tr([td("Totaal algemene dekkingsmiddelen", "l")] + [td(k(x)) for x in tot], "t"))
    fact("overzicht", "Totaal algemene dekkingsmiddelen " + " ".join(k(x) for x in tot))
    for j, yi in enumerate((1, 2, 3)):
        FACTS["checks"].append([f"alg dekking {H.YEARS[yi]}", tot[j], H.DEELN[yi] + H.BATEN['TRE'][yi]])
    s += ("<h2>4.2 Algemene dekkingsmiddelen, overhead, onvoorzien en vennootschapsbelasting</h2>"
          "<p>De algemene dekkingsmiddelen van het havenschap zijn de bijdragen van de deelnemers en de opbrengst uit "
          "treasury. Het dividend komt van de Coöperatie Walstroom Schelvenmonde. De overhead is in 2026 geraamd op "
          f"€ {grp(H.LASTEN['OH'][2] * 1000)}; dat is {dec(100.0 * H.LASTEN['OH'][2] / H.TOT_LASTEN[2], 1)}% van de totale lasten. "
          f"Voor onvoorziene uitgaven is € {grp(H.LASTEN['ONV'][2] * 1000)} geraamd. Het havenschap is vennootschapsbelastingplichtig "
          f"voor de exploitatie van de havens; de geraamde belasting over 2026 bedraagt € {grp(H.LASTEN['VPB'][2] * 1000)}.</p>"
          '<p class="cap">Tabel 4.2 Algemene dekkingsmiddelen</p>' + table(ad) +
          '<p class="note">De bijdragen zijn afgerond op duizenden euro\'s; de exacte bedragen staan in hoofdstuk 5.</p>')
    FACTS["checks"].append(["overhead share 2026", round(100.0 * H.LASTEN['OH'][2] / H.TOT_LASTEN[2], 1),
                            dec(100.0 * H.LASTEN['OH'][2] / H.TOT_LASTEN[2], 1)])
    return s


def sec_taakvelden():
    tv = H.taakveld_euros()
    head1 = tr([td("Taakveld", "l", "30%", rowspan=2), td("Begroting 2026", "c", "35%", colspan=3),
                td("Raming 2027", "c", "35%", colspan=3)], "h")
    head2 = tr([td("Lasten", None, "12%"), td("Baten", None, "11%"), td("Saldo", None, "12%"),
                td("Lasten", None, "12%"), td("Baten", None, "11%"), td("Saldo", None, "12%")], "h")
    rows = [head1, head2]
    tot = [0] * 6
    for code, name, *_ in H.TAAKVELDEN:
        d = tv[code]
        vals = []
        for y in (0, 1):
            l, b = d["lasten"][y], d["baten"][y]
            vals += [l, b, b - l]
        tot = [tot[j] + vals[j] for j in range(6)]
        rows.append(tr([td(f"{code} {e(name)}", "l")] + [td(eur(v)) for v in vals]))
        fact("taakveld", f"{code} {name} " + " ".join(eur(v) for v in vals))
    rows.append(tr([td("Totaal taakvelden", "l")] + [td(eur(v)) for v in tot], "t"))
    fact("taakveld", "Totaal taakvelden " + " ".join(eur(v) for v in tot))
    # check against programme totals (thousands)
    FACTS["checks"].append(["taakveld lasten 2026 ~ total", rnd_k(tot[0]), H.TOT_LASTEN[2]])
    FACTS["checks"].append(["taakveld baten 2026 ~ total", rnd_k(tot[1]), H.TOT_BATEN[2]])
    FACTS["checks"].append(["taakveld lasten 2027 ~ total", rnd_k(tot[3]), H.TOT_LASTEN[3]])
    FACTS["checks"].append(["taakveld baten 2027 ~ total", rnd_k(tot[4]), H.TOT_BATEN[3]])
    for code, name, prog, *_ in H.TAAKVELDEN:
        pass
    # per programme, the rounded taakveld sums equal the programme amounts
    for y in (0, 1):
        for prog in ("P1", "P2", "P3", "OH"):
            codes = [c for c, _, p, *_ in H.TAAKVELDEN if p == prog]
            sl = sum(tv[c]["lasten"][y] for c in codes)
            FACTS["checks"].append([f"taakveld {prog} lasten y{y}", rnd_k(sl), H.LASTEN[prog][2 + y]])
            sb = sum(tv[c]["baten"][y] for c in codes)
            FACTS["checks"].append([f"taakveld {prog} baten y{y}", rnd_k(sb), H.BATEN[prog][2 + y]])
    s = ('<pdf:nexttemplate name="land"/><pdf:nextpage/>'
         "<h2>4.3 Overzicht van baten en lasten per taakveld</h2>"
         "<p>Onderstaand overzicht verdeelt de baten en lasten over de taakvelden van de Iv3-indeling. De bedragen in deze "
         "tabel zijn in hele euro's; het saldo is baten min lasten. De bijdragen van de deelnemers zijn verantwoord op taakveld "
         "0.8 Overige baten en lasten. Mutaties in reserves (taakveld 0.10) zijn niet in deze tabel opgenomen.</p>"
         '<p class="cap">Tabel 4.3 Baten en lasten per taakveld, begroting 2026 en raming 2027 (in euro\'s)</p>' +
         table(rows) +
         '<p class="note">Taakvelden zonder baten of lasten in 2026 en 2027 zijn weggelaten.</p>'
         '<pdf:nexttemplate name="body"/><pdf:nextpage/>')
    return s


def sec_deelnemers():
    mem = H.deeln_per_member()
    tot = H.deeln_eur()
    yrs = ["2025", "2026", "2027", "2028", "2029"]
    rows = [tr([td("Deelnemer", "l", "25%"), td("Sleutel", None, "9%")] +
               [td(f"{'Begroting' if y in ('2025', '2026') else 'Raming'} {y}", None, "13%", colspan=2) for y in yrs], "h")]
    for name, pc in H.VERDEELSLEUTEL:
        cells = [td(e(name), "l"), td(f"{pc}%")]
        for y in yrs:
            cells += [td("€", "l", "2%"), td(eur(mem[name][y]), None, "11%")]
        rows.append(tr(cells))
        fact("deelnemers", f"{name} {pc}% " + " ".join("€ " + eur(mem[name][y]) for y in yrs))
    cells = [td("Totaal", "l"), td("100%")]
    for y in yrs:
        cells += [td("€", "l"), td(eur(tot[y]))]
    rows.append(tr(cells, "t"))
    fact("deelnemers", "Totaal 100% " + " ".join("€ " + eur(tot[y]) for y in yrs))
    for y in yrs:
        FACTS["checks"].append([f"deelnemers {y}", sum(mem[n][y] for n, _ in H.VERDEELSLEUTEL), tot[y]])
    pi = {n: mem[n]["2026"] / INW[n] for n in INW}
    for n in INW:
        FACTS["checks"].append([f"per inwoner {n}", round(pi[n], 2), dec(pi[n], 2)])
    return ("<h1>5. Bijdragen deelnemers</h1>"
            "<p>De deelnemers betalen het deel van de lasten dat niet door havengelden, erfpacht, grondopbrengsten en andere "
            "baten wordt gedekt. De verdeling volgt de verdeelsleutel van artikel 31 van de gemeenschappelijke regeling: de "
            "provincie Westerzande draagt de helft, de gemeente Harsewijk 30% en de gemeente Oudeschelf 20%. De bijdragen worden "
            "in vier gelijke termijnen gefactureerd, op 1 januari, 1 april, 1 juli en 1 oktober.</p>"
            '<p class="cap">Tabel 5.1 Bijdragen per deelnemer (in euro\'s)</p>' +
            table(rows, "fin cond") +
            f'<p>Per inwoner betekent de bijdrage 2026 voor de gemeente Harsewijk ({grp(INW["Gemeente Harsewijk"])} inwoners op '
            f'1 januari 2025) € {dec(pi["Gemeente Harsewijk"], 2)} en voor de gemeente Oudeschelf ({grp(INW["Gemeente Oudeschelf"])} inwoners) '
            f'€ {dec(pi["Gemeente Oudeschelf"], 2)}. De bijdrage van de provincie is niet aan een aantal inwoners gekoppeld.</p>')


def sec_tarieven():
    rows = [tr([td("Categorie", "l", "38%"), td("Grondslag", "l", "30%"), td("Tarief 2025", None, "16%", colspan=2),
                td("Tarief 2026", None, "16%", colspan=2)], "h")]
    for c, unit, t25, t26, d in H.tarieven():
        rows.append(tr([td(e(c), "l"), td(e(unit), "l"), td("€", "l", "3%"), td(dec(t25, d), None, "13%"),
                        td("€", "l", "3%"), td(dec(t26, d), None, "13%")]))
        fact("tarieven", f"{c} {unit} € {dec(t25, d)} € {dec(t26, d)}")
        FACTS["checks"].append([f"tarief {c}", round(t25 * 1.028, d), t26])
    return (f"<h1>6. Havengelden en tarieven 2026</h1>"
            f"<p>De havengelden zijn de belangrijkste eigen inkomsten van het havenschap. Zeeschepen betalen per aanloop naar "
            f"brutotonnage (GT), binnenvaartschepen naar laadvermogen of via een jaarabonnement. De tarieven 2026 zijn met "
            f"{dec(H.TARIEF_STIJGING, 1)}% verhoogd ten opzichte van 2025 en afgerond op vier decimalen (zeevaart en binnenvaart "
            f"per aanloop) of twee decimalen (overige tarieven). Schepen met een geldig Green Award-certificaat krijgen een "
            f"korting van 10%.</p>"
            '<p class="cap">Tabel 6.1 Tarieven havengelden (Havengeldenverordening Schelvenmonde 2026)</p>' + table(rows) +
            "<p>Binnen het havengebied geldt voor het afmeren van recreatievaartuigen langer dan 24 uur buiten de passantenhaven "
            "geen apart tarief: hiervoor is een ligplaatsvergunning nodig. Havengelden voor visserijschepen worden sinds 2023 niet "
            "meer geheven.</p>")


def sec_paragrafen():
    rk, benodigd = H.risks()
    w = H.weerstand()
    rows = [tr([td("Risico", "l", "52%"), td("Maximaal bedrag", None, "18%"), td("Kans", None, "10%"),
                td("Benodigd", None, "20%")], "h")]
    for r in rk:
        rows.append(tr([td(e(r["name"]), "l"), td("€ " + eur(r["bedrag"])), td(f"{r['kans']}%"), td("€ " + eur(r["impact"]))]))
        fact("risico", f"{r['name']} € {eur(r['bedrag'])} {r['kans']}% € {eur(r['impact'])}")
    rows.append(tr([td("Totaal benodigde weerstandscapaciteit", "l"), td(""), td(""), td("€ " + eur(benodigd))], "t"))
    fact("risico", "Totaal benodigde weerstandscapaciteit € " + eur(benodigd))
    FACTS["checks"].append(["risks", benodigd, sum(r["bedrag"] * r["kans"] // 100 for r in rk)])
    cap_rows = [tr([td("Beschikbare weerstandscapaciteit", "l", "70%"), td("2026", None, "30%")], "h"),
                tr([td("Algemene reserve (stand 31 december 2026)", "l"), td("€ " + eur(w["alg"]))]),
                tr([td("Post onvoorzien", "l"), td("€ " + eur(w["onv"]))]),
                tr([td("Totaal beschikbare weerstandscapaciteit", "l"), td("€ " + eur(w["cap"]))], "t"),
                tr([td("Benodigde weerstandscapaciteit", "l"), td("€ " + eur(w["benodigd"]))]),
                tr([td("Ratio weerstandsvermogen", "l"), td(dec(w["ratio"], 2))], "t")]
    FACTS["checks"].append(["ratio", round(w["cap"] / w["benodigd"], 2), dec(w["ratio"], 2)])
    kg = H.kengetallen()
    kr = [tr([td("Kengetal", "l", "46%"), td("Begroting 2026", None, "18%"), td("Begroting 2025", None, "18%"),
              td("Rekening 2024", None, "18%")], "h")]
    for key, lab in (("nsq", "Netto schuldquote"), ("nsq_c", "Netto schuldquote gecorrigeerd voor alle verstrekte leningen"),
                     ("solv", "Solvabiliteitsratio"), ("ser", "Structurele exploitatieruimte"), ("grex", "Grondexploitatie")):
        vals = [kg[y][key] for y in ("2026", "2025", "2024")]
        kr.append(tr([td(lab, "l")] + [td(dec(v, 1) + "%") for v in vals]))
        fact("kengetallen", f"{lab} " + " ".join(dec(v, 1) + "%" for v in vals))
    kr.append(tr([td("Belastingcapaciteit", "l")] + [td("n.v.t.")] * 3))
    # onderhoud
    orow = [tr([td("Kapitaalgoed", "l", "32%"), td("Areaal", "l", "14%"), td("Kwaliteitsniveau", "l", "18%"),
                td("Budget 2026", None, "16%"), td("Gemiddeld 2027-2029", None, "20%")], "h")]
    ot = [0, 0]
    for nme, ar, kn, b26, gem in H.ONDERHOUD:
        orow.append(tr([td(e(nme), "l"), td(e(ar), "l"), td(e(kn), "l"), td(k(b26)), td(k(gem))]))
        fact("onderhoud", f"{nme} {ar} {kn} {k(b26)} {k(gem)}")
        ot = [ot[0] + b26, ot[1] + gem]
    orow.append(tr([td("Totaal onderhoud kapitaalgoederen", "l"), td(""), td(""), td(k(ot[0])), td(k(ot[1]))], "t"))
    # financiering
    L = H.LENINGEN
    l_end = L["start"] + L["nieuw"] - L["aflos"]
    rn = 20
    norm = H.TOT_LASTEN[2] * rn // 100
    kgl_pct = 8.2
    kgl = int(round(H.TOT_LASTEN[2] * kgl_pct / 100))
    frows = [tr([td("Renterisiconorm en renterisico (x € 1.000)", "l", "75%"), td("2026", None, "25%")], "h"),
             tr([td("Begrotingstotaal (totale lasten)", "l"), td(k(H.TOT_LASTEN[2]))]),
             tr([td(f"Percentage renterisiconorm", "l"), td(f"{rn}%")]),
             tr([td("Renterisiconorm", "l"), td(k(norm))], "t"),
             tr([td("Renteherzieningen op vaste schulden", "l"), td("0")]),
             tr([td("Aflossingen op vaste schulden", "l"), td(k(L["aflos"]))]),
             tr([td("Renterisico", "l"), td(k(L["aflos"]))], "t"),
             tr([td("Ruimte onder de renterisiconorm", "l"), td(k(norm - L["aflos"]))], "t")]
    fact("financiering", f"Renterisiconorm {k(norm)}")
    lrows = [tr([td("Leningenportefeuille (x € 1.000)", "l", "75%"), td("2026", None, "25%")], "h"),
             tr([td("Stand 1 januari", "l"), td(k(L["start"]))]),
             tr([td("Nieuwe leningen", "l"), td(k(L["nieuw"]))]),
             tr([td("Reguliere aflossingen", "l"), td(k(-L["aflos"]))]),
             tr([td("Stand 31 december", "l"), td(k(l_end))], "t")]
    # bedrijfsvoering
    brow = [tr([td("Afdeling", "l", "60%"), td("Formatie 2025 (fte)", None, "20%"), td("Formatie 2026 (fte)", None, "20%")], "h")]
    f25 = f26 = 0
    for a, x, y in H.FORMATIE:
        brow.append(tr([td(e(a), "l"), td(dec(x, 1)), td(dec(y, 1))]))
        fact("formatie", f"{a} {dec(x, 1)} {dec(y, 1)}")
        f25 += x
        f26 += y
    brow.append(tr([td("Totaal", "l"), td(dec(f25, 1)), td(dec(f26, 1))], "t"))
    # verbonden partijen
    vrow = [tr([td("Verbonden partij", "l", "30%"), td("Vorm", "l", "12%"), td("Belang", "l", "12%"),
                td("Bijdrage 2026", None, "16%"), td("Eigen vermogen 1-1-2025", None, "15%"),
                td("Vreemd vermogen 1-1-2025", None, "15%")], "h")]
    for nme, vorm, bel, bij, ev, vv, res in H.VERBONDEN:
        vrow.append(tr([td(e(nme), "l"), td(vorm, "l"), td(bel, "l"), td("€ " + eur(bij)), td("€ " + eur(ev)), td("€ " + eur(vv))]))
        fact("verbonden", f"{nme} {vorm} {bel} € {eur(bij)} € {eur(ev)} € {eur(vv)}")
    # grondbeleid
    g = H.GREX_2026
    g_end = g["start"] + g["kosten"] - g["opbrengst"]
    resultaat = g["nog_opbrengst"] - g_end - g["nog_kosten"]
    grow = [tr([td("Grondexploitatie Kreekpolder-Oost (x € 1.000)", "l", "75%"), td("2026", None, "25%")], "h"),
            tr([td("Boekwaarde 1 januari 2026", "l"), td(k(g["start"]))]),
            tr([td("Bij: geraamde kosten 2026", "l"), td(k(g["kosten"]))]),
            tr([td("Af: geraamde opbrengsten 2026", "l"), td(k(-g["opbrengst"]))]),
            tr([td("Boekwaarde 31 december 2026", "l"), td(k(g_end))], "t"),
            tr([td("Nog te maken kosten 2027-2031", "l"), td(k(g["nog_kosten"]))]),
            tr([td("Nog te realiseren opbrengsten 2027-2031", "l"), td(k(g["nog_opbrengst"]))]),
            tr([td("Verwacht resultaat (nominaal, + = winst)", "l"), td("+" + k(resultaat))], "t")]
    FACTS["checks"].append(["grex end", g_end, H.balans()[0]["2026"]["activa"]["Voorraden (bouwgronden in exploitatie)"]])
    fact("grex", f"Verwacht resultaat (nominaal, + = winst) +{k(resultaat)}")
    return (
        "<pdf:nextpage/><h1>7. Paragrafen</h1>"
        "<h2>7.1 Weerstandsvermogen en risicobeheersing</h2>"
        "<p>Het weerstandsvermogen is het vermogen om financiële tegenvallers op te vangen zonder dat het beleid of de "
        "bijdragen van de deelnemers hoeven te worden aangepast. Het algemeen bestuur heeft in de nota risicomanagement 2023 "
        "bepaald dat de ratio weerstandsvermogen ten minste 1,4 moet zijn (ruim voldoende). Per risico schatten wij het "
        "maximale bedrag en de kans; het product is de benodigde weerstandscapaciteit.</p>"
        '<p class="cap">Tabel 7.1 Risico\'s (bedragen in euro\'s)</p>' + table(rows) +
        '<p class="cap">Tabel 7.2 Weerstandscapaciteit en ratio</p>' + table(cap_rows) +
        f"<p>Met een ratio van {dec(w['ratio'], 2)} valt het weerstandsvermogen in klasse B (ruim voldoende, ratio tussen 1,4 en 2,0). "
        "Stille reserves in gronden en gebouwen zijn niet meegeteld, omdat die niet op korte termijn te verzilveren zijn.</p>"
        '<p class="cap">Tabel 7.3 Financiële kengetallen</p>' + table(kr) +
        '<p class="note">Het kengetal belastingcapaciteit is niet van toepassing: het havenschap heft geen belastingen. '
        "De kengetallen voor 2025 en 2024 komen uit de begroting 2025 en de jaarstukken 2024, herrekend met de actuele balansprognose.</p>"
        "<pdf:nextpage/>"
        "<h2>7.2 Onderhoud kapitaalgoederen</h2>"
        "<p>Het havenschap beheert kademuren, sluizen, bruggen, havenbekkens en steigers. Het onderhoud is vastgelegd in het "
        "beheerplan Natte en Droge Infrastructuur 2024-2033, dat in december 2023 door het algemeen bestuur is vastgesteld. "
        "Er is geen achterstallig onderhoud. Het baggeren en het groot onderhoud aan kunstwerken lopen via voorzieningen "
        "(hoofdstuk 8).</p>"
        '<p class="cap">Tabel 7.4 Onderhoudsbudgetten (x € 1.000)</p>' + table(orow) +
        "<h2>7.3 Financiering</h2>"
        f"<p>Het havenschap financiert zijn investeringen met langlopende leningen bij de BNG Bank. In 2026 trekken we een nieuwe "
        f"lening aan van € {grp(L['nieuw'] * 1000)} voor de vervanging van de kademuur Westhaven en de renovatie van de sluis. "
        f"De gemiddelde rente op de portefeuille is 2,14%. De kasgeldlimiet is {dec(kgl_pct, 1)}% van het begrotingstotaal, "
        f"€ {grp(kgl * 1000)} voor 2026; wij verwachten de limiet in geen enkel kwartaal te overschrijden.</p>"
        '<p class="cap">Tabel 7.5 Leningenportefeuille</p>' + table(lrows) +
        '<p class="cap">Tabel 7.6 Renterisiconorm</p>' + table(frows) +
        "<h2>7.4 Bedrijfsvoering</h2>"
        f"<p>De formatie groeit in 2026 met {dec(f26 - f25, 1)} fte, vooral bij de havendienst en bij beheer en onderhoud. "
        "Het ziekteverzuim was in 2024 5,8%; de norm is 5,0%.</p>"
        '<p class="cap">Tabel 7.7 Formatie per afdeling</p>' + table(brow) +
        "<h2>7.5 Verbonden partijen</h2>"
        "<p>Het havenschap heeft een bestuurlijk en financieel belang in twee organisaties. De Coöperatie Walstroom "
        "Schelvenmonde exploiteert de walstroominstallaties; het havenschap is lid met een belang van 40% en ontvangt "
        "jaarlijks dividend. De Stichting Havenbeveiliging Westerzande voert de ISPS-taken uit voor alle havens in de "
        "provincie.</p>"
        '<p class="cap">Tabel 7.8 Verbonden partijen</p>' + table(vrow) +
        "<h2>7.6 Grondbeleid</h2>"
        "<p>Het havenschap voert een actief grondbeleid in de Kreekpolder-Oost en een passief grondbeleid elders. De "
        "grondexploitatie Kreekpolder-Oost loopt tot 2031 en heeft een positief verwacht resultaat; winst nemen wij naar "
        "rato van de voortgang en voegen wij toe aan de reserve grondexploitatie.</p>"
        '<p class="cap">Tabel 7.9 Grondexploitatie</p>' + table(grow)
    ), {"norm": norm, "kgl": kgl, "l_end": l_end, "g_end": g_end, "grex_res": resultaat}


def res_head():
    return tr([td("Reserve (in euro's)", "l", "31%"), td("Stand<br/>1 januari<br/>2026", None, "14%"),
               td("Toevoe-<br/>gingen<br/>2026", None, "13%"), td("Onttrek-<br/>kingen<br/>2026", None, "14%"),
               td("Stand<br/>31 december<br/>2026", None, "14%"), td("Stand<br/>31 december<br/>2029", None, "14%")], "h")


def sec_reserves():
    rs = H.reserves()
    rows1 = [res_head()]
    rows2 = [res_head()]
    tot = [0] * 5
    for j, r in enumerate(rs):
        vals = [r["start"], r["toev"], -r["onttr"], r["end26"], r["end29"]]
        tot = [tot[x] + vals[x] for x in range(5)]
        row = tr([td(e(r["name"]), "l")] + [td(eur(v)) for v in vals])
        (rows1 if j < 3 else rows2).append(row)
        fact("reserves", f"{r['name']} " + " ".join(eur(v) for v in vals))
        FACTS["checks"].append([f"reserve {r['key']}", r["start"] + r["toev"] - r["onttr"], r["end26"]])
    rows2.append(tr([td("Totaal reserves", "l")] + [td(eur(v)) for v in tot], "t"))
    fact("reserves", "Totaal reserves " + " ".join(eur(v) for v in tot))
    vz = H.voorzieningen()
    vrows = [tr([td("Voorziening (in euro's)", "l", "40%"), td("Stand 1 januari 2026", None, "15%"),
                 td("Toevoe-<br/>gingen", None, "15%"), td("Aanwen-<br/>dingen", None, "15%"), td("Stand 31 december 2026", None, "15%")], "h")]
    vt = [0] * 4
    for v in vz:
        vals = [v["start"], v["toev"], -v["aanw"], v["end"]]
        vt = [vt[x] + vals[x] for x in range(4)]
        vrows.append(tr([td(e(v["name"]), "l")] + [td(eur(x)) for x in vals]))
        fact("voorzieningen", f"{v['name']} " + " ".join(eur(x) for x in vals))
    vrows.append(tr([td("Totaal voorzieningen", "l")] + [td(eur(x)) for x in vt], "t"))
    fact("voorzieningen", "Totaal voorzieningen " + " ".join(eur(x) for x in vt))
    return ("<pdf:nextpage/><h1>8. Reserves en voorzieningen</h1>"
            "<p>Het eigen vermogen van het havenschap bestaat uit de algemene reserve en vier bestemmingsreserves. De "
            "toevoegingen en onttrekkingen in 2026 zijn ook opgenomen in de programmatabellen (hoofdstuk 3) en in het "
            "overzicht van baten en lasten. De bestemmingsreserve vervanging kademuren wordt jaarlijks gevoed met € 300.000 "
            "en is bedoeld om de kapitaallasten van de vervanging van de kademuren op te vangen.</p>"
            "<p>De algemene reserve is de buffer voor risico's die niet op een andere manier zijn afgedekt. In 2026 onttrekken "
            "wij € 160.000 aan de algemene reserve voor de digitalisering van het havenmeesterssysteem. De reserve frictiekosten "
            "is gevormd bij de reorganisatie van de havendienst in 2024; de resterende frictiekosten worden in 2026 uit de "
            "exploitatie betaald, zodat de reserve ongewijzigd blijft.</p>"
            "<p>De reserve grondexploitatie ontvangt in 2026 € 120.000 aan tussentijdse winstneming op de Kreekpolder-Oost. "
            "De reserve energietransitie en walstroom dekt de kosten van fase 2 van het walstroomproject; na 2029 is er nog "
            "€ 345.000 beschikbaar voor fase 3.</p>"
            "<p>In de volgende tabel is een onttrekking negatief weergegeven. De stand per 31 december 2029 is de stand na de "
            "mutaties uit de meerjarenraming 2027-2029.</p>"
            "<p>Het algemeen bestuur heeft in de nota reserves en voorzieningen 2024 bepaald dat de algemene reserve niet lager "
            "mag worden dan € 2.000.000. Die ondergrens wordt in de hele planperiode gehaald. Een bestemmingsreserve waarvan de "
            "bestemming is vervallen, valt vrij ten gunste van de algemene reserve; in 2026 is daarvan geen sprake.</p>"
            "<p>Voor de vervanging van de kademuren is een langjarig beeld opgesteld. De bestemmingsreserve is voldoende om de "
            "kapitaallasten van fase 2 van de kademuur Westhaven tot en met 2031 op te vangen. Voor fase 3 (Zoutkade, na 2030) "
            "volgt een afzonderlijk voorstel.</p>"
            '<p class="cap">Tabel 8.1 Reserves</p>' + table(rows1) +
            '<pdf:nextpage/><p class="cap">Tabel 8.1 Reserves (vervolg)</p>' + table(rows2) +
            "<p>Voorzieningen worden gevormd voor verplichtingen en voor het egaliseren van onderhoudskosten op basis van een "
            "beheerplan. De voorziening pensioenen voormalige bestuurders is op actuariële basis berekend.</p>"
            '<p class="cap">Tabel 8.2 Voorzieningen</p>' + table(vrows))


def sec_invest():
    rows = [tr([td("Investering", "l", "48%"), td("2026", None, "13%"), td("2027", None, "13%"), td("2028", None, "13%"),
                td("2029", None, "13%")], "h")]

    def m(x):
        return "–" if x == 0 else dec(x / 1e6, 2)

    for nme, v in H.INVEST:
        rows.append(tr([td(e(nme), "l")] + [td(m(x)) for x in v]))
        fact("invest", f"{nme} " + " ".join(m(x) for x in v))
    tot = H.invest_totals()
    rows.append(tr([td("Totaal bruto investeringen¹", "l")] + [td(m(x)) for x in tot], "t"))
    rows.append(tr([td("Bijdragen van derden", "l")] + [td(m(-x) if x else "–") for x in H.BIJDRAGE_DERDEN]))
    net = [tot[j] - H.BIJDRAGE_DERDEN[j] for j in range(4)]
    rows.append(tr([td("Totaal netto investeringen", "l")] + [td(m(x)) for x in net], "t"))
    fact("invest", "Totaal bruto investeringen¹ " + " ".join(m(x) for x in tot))
    fact("invest", "Totaal netto investeringen " + " ".join(m(x) for x in net))
    return ("<h1>9. Investeringen</h1>"
            "<p>Het investeringsplan 2026-2029 bevat de vervangings- en uitbreidingsinvesteringen die het algemeen bestuur "
            "met deze begroting beschikbaar stelt (2026) of in de meerjarenraming opneemt (2027-2029). Investeringen in "
            "kademuren schrijven wij in 50 jaar af, sluizen en bruggen in 40 jaar (civiel deel) of 20 jaar (werktuigbouwkundig "
            "en elektrotechnisch deel), vaartuigen in 15 jaar.</p>"
            '<p class="cap">Tabel 9.1 Investeringsplan 2026-2029</p>' + table(rows) +
            '<p class="note">¹ Alle bedragen in tabel 9.1 zijn in miljoenen euro\'s. Een streepje betekent: geen investering in dat jaar.</p>'
            f"<p>De walstroominstallaties worden voor een deel betaald met een bijdrage van het Rijk van "
            f"€ {grp(H.BIJDRAGE_DERDEN[0])} in 2026 en € {grp(H.BIJDRAGE_DERDEN[1])} in 2027. De renovatie van de sluis "
            f"Schelvenmonde kost in totaal € {dec(sum(dict(H.INVEST)['Renovatie sluis Schelvenmonde (bewegingswerk)']) / 1e6, 2)} miljoen, verdeeld over drie jaar.</p>")


def sec_balans_emu(inv26):
    bal, _ = H.balans()
    ys = ["2024", "2025", "2026"]
    rows = [tr([td("Balans per 31 december", "l", "46%"), td("2024 (rekening)", None, "18%"), td("2025 (prognose)", None, "18%"),
                td("2026 (prognose)", None, "18%")], "h"),
            tr([td("Activa", "l", colspan=4)], "s")]
    for key in bal["2026"]["activa"]:
        rows.append(tr([td(e(key), "l")] + [td(k(bal[y]["activa"][key])) for y in ys]))
        fact("balans", f"{key} " + " ".join(k(bal[y]['activa'][key]) for y in ys))
    rows.append(tr([td("Totaal activa", "l")] + [td(k(bal[y]["totaal"])) for y in ys], "t"))
    fact("balans", "Totaal activa " + " ".join(k(bal[y]["totaal"]) for y in ys))
    rows.append(tr([td("Passiva", "l", colspan=4)], "s"))
    for key in bal["2026"]["passiva"]:
        rows.append(tr([td(e(key), "l")] + [td(k(bal[y]["passiva"][key])) for y in ys]))
        fact("balans", f"{key} " + " ".join(k(bal[y]['passiva'][key]) for y in ys))
    rows.append(tr([td("Totaal passiva", "l")] + [td(k(sum(bal[y]["passiva"].values()))) for y in ys], "t"))
    fact("balans", "Totaal passiva " + " ".join(k(sum(bal[y]["passiva"].values())) for y in ys))
    for y in ys:
        FACTS["checks"].append([f"balans {y}", sum(bal[y]["activa"].values()), sum(bal[y]["passiva"].values())])
    em = H.emu()
    erows = [tr([td("Omschrijving", "l", "58%"), td("2025", None, "14%"), td("2026", None, "14%"), td("2027", None, "14%")], "h")]
    keys = list(em[0][1].keys())
    for kk in keys:
        cls = "t" if kk == "EMU-saldo" else None
        erows.append(tr([td(e(kk), "l")] + [td(k(r[kk])) for _, r in em], cls))
        fact("emu", f"{kk} " + " ".join(k(r[kk]) for _, r in em))
    for y, r in em:
        FACTS["checks"].append([f"emu {y}", sum(v for kk, v in r.items() if kk != 'EMU-saldo'), r['EMU-saldo']])
    return ("<pdf:nextpage/><h1>10. Geprognosticeerde balans en EMU-saldo</h1>"
            "<p>De geprognosticeerde balans laat zien hoe de vermogenspositie zich ontwikkelt. De balans 2024 is de "
            "gerealiseerde balans uit de jaarstukken 2024. Het eigen vermogen daalt door de onttrekkingen aan de reserves; "
            "de vaste schulden stijgen door de nieuwe lening voor de kademuur en de sluis.</p>"
            '<p class="cap">Tabel 10.1 Geprognosticeerde balans (x € 1.000)</p>' + table(rows) +
            "<h2>EMU-saldo</h2>"
            "<p>Het EMU-saldo is het saldo van inkomsten en uitgaven op transactiebasis. Een negatief EMU-saldo betekent dat het "
            "havenschap meer uitgeeft dan het ontvangt, vooral door de investeringen in de kademuur en de sluis.</p>"
            '<p class="cap">Tabel 10.2 Berekening EMU-saldo</p>' + table(erows) +
            '<p class="note">Bedragen in duizenden euro\'s; een min is een uitgave (nadelig voor het EMU-saldo).</p>')


def sec_incid():
    rows = [tr([td("Incidentele lasten (x € 1.000)", "l", "44%"), td("Programma", "l", "12%"), td("2026", None, "11%"),
                td("2027", None, "11%"), td("2028", None, "11%"), td("2029", None, "11%")], "h")]
    for nme, p, v in H.INCID_LASTEN:
        pl = {"P1": "1", "P2": "2", "P3": "3", "OH": "overhead"}[p]
        rows.append(tr([td(e(nme), "l"), td(pl, "l")] + [td(k(x)) for x in v]))
        fact("incid", f"{nme} {pl} " + " ".join(k(x) for x in v))
    st = H.structureel()
    rows.append(tr([td("Totaal incidentele lasten", "l"), td("")] + [td(k(s["il"])) for s in st], "t"))
    fact("incid", "Totaal incidentele lasten " + " ".join(k(s["il"]) for s in st))
    brow = [tr([td("Incidentele baten (x € 1.000)", "l", "44%"), td("Programma", "l", "12%"), td("2026", None, "11%"),
                td("2027", None, "11%"), td("2028", None, "11%"), td("2029", None, "11%")], "h")]
    for nme, p, v in H.INCID_BATEN:
        brow.append(tr([td(e(nme), "l"), td(p[1], "l")] + [td(k(x)) for x in v]))
    brow.append(tr([td("Totaal incidentele baten", "l"), td("")] + [td(k(s["ib"])) for s in st], "t"))
    srow = [tr([td("Structureel begrotingssaldo (x € 1.000)", "l", "56%"), td("2026", None, "11%"), td("2027", None, "11%"),
                td("2028", None, "11%"), td("2029", None, "11%")], "h"),
            tr([td("Geraamd resultaat", "l")] + [td(k(s["resultaat"])) for s in st]),
            tr([td("Af: incidentele baten", "l")] + [td(k(-s["ib"])) for s in st]),
            tr([td("Bij: incidentele lasten", "l")] + [td(k(s["il"])) for s in st]),
            tr([td("Af: incidentele onttrekkingen aan reserves", "l")] + [td(k(-s["io"])) for s in st]),
            tr([td("Bij: incidentele toevoegingen aan reserves", "l")] + [td(k(s["it"])) for s in st]),
            tr([td("Structureel begrotingssaldo", "l")] + [td(k(s["struct"])) for s in st], "t")]
    fact("incid", "Structureel begrotingssaldo " + " ".join(k(s["struct"]) for s in st))
    for s in st:
        FACTS["checks"].append(["struct", s["resultaat"] - s["ib"] + s["il"] - s["io"] + s["it"], s["struct"]])
    return ("<h1>11. Incidentele baten en lasten</h1>"
            "<p>Baten en lasten die zich ten hoogste drie jaar voordoen, zijn incidenteel. Alle onttrekkingen aan reserves in "
            "deze begroting zijn incidenteel; van de toevoegingen is alleen de jaarlijkse storting in de bestemmingsreserve "
            "vervanging kademuren structureel. Het structurele begrotingssaldo laat zien of de structurele lasten met "
            "structurele baten worden gedekt.</p>"
            '<p class="cap">Tabel 11.1 Incidentele lasten</p>' + table(rows) +
            '<p class="cap">Tabel 11.2 Incidentele baten</p>' + table(brow) +
            '<p class="cap">Tabel 11.3 Structureel begrotingssaldo</p>' + table(srow) +
            "<p>De begroting 2026 en de meerjarenraming zijn structureel in evenwicht: in alle jaren is het structurele "
            "begrotingssaldo positief.</p>")


def build_html(pages, fontdir):
    _, inv26 = H.balans()
    parag, extra = sec_paragrafen()
    FACTS["extra"] = extra
    body = (cover() + sec_toc(pages, fontdir) + sec_aanbieding() + sec_kern() + sec_programmas() + sec_overzicht()
            + sec_taakvelden() + sec_deelnemers() + sec_tarieven() + parag + sec_reserves() + sec_invest()
            + sec_balans_emu(inv26) + sec_incid())
    return ('<html><head><meta charset="utf-8"/><title>' + e(BODY + " – " + TITLE + " (FICTIEF DOCUMENT)") +
            f'</title><meta name="author" content="{e(BODY)}"/><style>' + css(fontdir) + "</style></head><body>" +
            frame_content() + body + "</body></html>")


def render(html_text, out_pdf, workdir):
    from xhtml2pdf import pisa
    src = os.path.join(workdir, "havenschap.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_text)
    with open(out_pdf, "wb") as f:
        r = pisa.CreatePDF(html_text, dest=f, encoding="utf-8", path=src)
    if r.err:
        raise SystemExit("xhtml2pdf failed")


def find_pages(pdf):
    import pdfplumber
    pages = {}
    with pdfplumber.open(pdf) as p:
        for n, pg in enumerate(p.pages, start=1):
            if n <= 2:
                continue
            lines = [ln.strip() for ln in (pg.extract_text() or "").splitlines()]
            for _, key in TOC:
                if key not in pages and key in lines:
                    pages[key] = n
    return pages


def main():
    outdir, fontdir = sys.argv[1], sys.argv[2]
    workdir = os.path.join(outdir, "_work_havenschap")
    os.makedirs(workdir, exist_ok=True)
    for f in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSansCondensed.ttf",
              "DejaVuSansCondensed-Bold.ttf"):
        shutil.copy(os.path.join(fontdir, f), workdir)
    out_pdf = os.path.join(outdir, "havenschap-schelvenmonde-begroting-2026.pdf")
    pages = {}
    for _ in range(3):
        FACTS["rows"].clear()
        FACTS["checks"].clear()
        render(build_html(pages, workdir), out_pdf, workdir)
        newpages = find_pages(out_pdf)
        missing = [k for _, k in TOC if k not in newpages]
        if missing:
            raise SystemExit(f"TOC headings not found: {missing}")
        if newpages == pages:
            break
        pages = newpages
    FACTS["toc"] = pages
    with open(os.path.join(outdir, "havenschap-facts.json"), "w", encoding="utf-8") as f:
        json.dump(FACTS, f, ensure_ascii=False, indent=1)
    shutil.rmtree(workdir)
    print("ok", out_pdf, pages)


if __name__ == "__main__":
    main()
