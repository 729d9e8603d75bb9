"""Veiligheidsregio Reggeland (FICTIONAL), Begroting 2027: a two-column A4 PDF printed by headless Chromium.

HTML + CSS: the chapters flow in two CSS columns (column-count: 2); the cost tables, the overview, the reserves,
the risks and the member contributions span both columns (column-span: all); smaller tables sit inside one
column.  Running header with the body's name and the footer 'Begroting 2027 | n' are CSS page-margin boxes.
The table of contents gets its page numbers from a first print (read back with pdfplumber) and is printed again
until the numbers settle.

Usage: python gen_gr.py CORPUS_DIR
"""
from __future__ import annotations

import html
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import data as d
from fmt import dec, nl, nl_or, vn

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
E = html.escape
D26, D27 = d.GI[2026], d.GI[2027]
SHARE_IB = round(100 * d.G_PL["2"][D27] / d.G_TOT_LASTEN[D27], 1)
SHARE_OH = round(100 * d.G_OH[D27] / d.G_TOT_LASTEN[D27], 1)

NUMWORDS = {4: "vier"}

CSS = """
@page { size: A4; margin: 21mm 17mm 19mm 17mm;
  @top-left { content: "Veiligheidsregio Reggeland"; font: 7.5pt 'Liberation Sans'; color: #707070;
              vertical-align: bottom; padding-bottom: 4mm; }
  @bottom-right { content: "Begroting 2027 | " counter(page); font: 7.5pt 'Liberation Sans'; color: #707070;
                  vertical-align: top; padding-top: 4mm; } }
@page :first { @top-left { content: none; } @bottom-right { content: none; } }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 9.4pt/1.42 'Liberation Sans'; color: #000; hyphens: manual; }
.cover { height: 250mm; position: relative; }
.cover .band { position: absolute; left: 0; right: 0; top: 62mm; height: 58mm; background: #8e1b1b; }
.cover .org { position: absolute; top: 20mm; left: 0; font: bold 15pt 'Liberation Sans'; color: #8e1b1b; }
.cover .title { position: absolute; top: 72mm; left: 10mm; font: bold 34pt 'Liberation Sans'; color: #fff; }
.cover .sub { position: absolute; top: 92mm; left: 10mm; font: 14pt 'Liberation Sans'; color: #fff; }
.cover .meta { position: absolute; top: 140mm; left: 0; font: 10pt/1.5 'Liberation Sans'; color: #333; }
.chapter { break-before: page; }
h1 { font: bold 17pt 'Liberation Sans'; color: #8e1b1b; margin: 0 0 9pt; }
h2 { font: bold 11pt 'Liberation Sans'; color: #8e1b1b; margin: 9pt 0 3pt; break-after: avoid; }
h3 { font: bold 9pt 'Liberation Sans'; margin: 7pt 0 2pt; break-after: avoid; }
p { margin: 0 0 5pt; text-align: justify; orphans: 2; widows: 2; }
ul { margin: 0 0 5pt; padding-left: 11pt; }
li { margin: 0 0 2pt; text-align: justify; }
.cols { column-count: 2; column-gap: 7mm; }
.wide { column-span: all; margin: 5pt 0 9pt; break-inside: avoid; }
.ctab { margin: 5pt 0 8pt; break-inside: avoid; }
.caption { font: bold 8pt 'Liberation Sans'; margin: 0 0 3pt; }
table { border-collapse: collapse; width: 100%; font: 7.8pt/1.25 'Liberation Sans'; break-inside: avoid; }
th, td { padding: 2.2pt 3pt; text-align: right; vertical-align: bottom; }
th { font-weight: bold; }
tr.h1 th { border-top: 2px solid #333; }
tr.hl th { border-bottom: 1px solid #333; }
th.span { border-bottom: 1px solid #333; text-align: center; }
td { border-bottom: 1px solid #aaa; }
tr.last td { border-bottom: 2px solid #333; }
th.l, td.l { text-align: left; }
td.cur { text-align: left; padding-right: 0; width: 7pt; }
tr.grp td { font-weight: bold; font-style: italic; }
tr.tot td { font-weight: bold; }
.toc { width: 100%; font: 10pt/1.9 'Liberation Sans'; border-collapse: collapse; }
.toc td { border: none; padding: 0; }
.sign { margin-top: 10pt; }
.kader { background: #f3e7e7; padding: 5pt 6pt; margin: 5pt 0 8pt; break-inside: avoid; }
dl { margin: 0; } dt { font-weight: bold; margin-top: 4pt; } dd { margin: 0 0 2pt; }
"""


# ------------------------------------------------------------------------------------------------ building blocks
def nb(t):
    """no line break between '€' and its amount"""
    return t.replace("€ ", "€\u00a0")


def p(t):
    return f"<p>{nb(t)}</p>"


def ul(items):
    return "<ul>" + "".join(f"<li>{nb(i)}</li>" for i in items) + "</ul>"


def h2(t):
    return f"<h2>{E(t)}</h2>"


def h3(t):
    return f"<h3>{E(t)}</h3>"


def table(caption, head, rows, widths, wide):
    """head: list of header rows, each a list of (text, colspan, cls); rows: (cls, [cells]) where a cell is
    text or (text, cls).  Row classes: '' | 'grp' | 'tot'.  The last row gets the closing rule."""
    out = [f'<div class="{"wide" if wide else "ctab"}"><div class="caption">{E(caption)}</div><table>']
    out.append("<colgroup>" + "".join(f'<col style="width:{w}%">' for w in widths) + "</colgroup>")
    for i, hr in enumerate(head):
        cls = " ".join(c for c in ("h1" if i == 0 else "", "hl" if i == len(head) - 1 else "") if c)
        out.append(f'<tr class="{cls}">' + "".join(
            f'<th{f" colspan={cs}" if cs > 1 else ""}{f" class={k}" if k else ""}>{E(t)}</th>' for t, cs, k in hr)
            + "</tr>")
    for j, (cls, cells) in enumerate(rows):
        c2 = " ".join(x for x in (cls, "last" if j == len(rows) - 1 else "") if x)
        tds = []
        for k, c in enumerate(cells):
            t, kc = (c if isinstance(c, tuple) else (c, "l" if k == 0 else ""))
            tds.append(f'<td{f" class={kc}" if kc else ""}>{E(t)}</td>')
        out.append(f'<tr class="{c2}">' + "".join(tds) + "</tr>")
    out.append("</table></div>")
    return "".join(out)


YEAR_HEAD = [[("bedragen x € 1.000", 1, "l"), ("Realisatie", 1, ""), ("Begroting", 1, ""), ("Begroting", 1, ""),
              ("Meerjarenraming", 3, "span")],
             [("", 1, "l"), ("2025", 1, ""), ("2026", 1, ""), ("2027", 1, ""), ("2028", 1, ""), ("2029", 1, ""),
              ("2030", 1, "")]]
YEAR_W = [34, 11, 11, 11, 11, 11, 11]


def yrow(label, vals, cls="", fmt=nl_or):
    return (cls, [label] + [fmt(v) for v in vals])


def cost_table(n, p_):
    rows = [("grp", ["Lasten"] + [""] * 6)]
    rows += [yrow(lbl, v) for lbl, v in d.G_LASTEN[p_]]
    rows.append(yrow("Totaal lasten", d.G_PL[p_], "tot"))
    rows.append(("grp", ["Baten"] + [""] * 6))
    rows += [yrow(lbl, v) for lbl, v in d.G_BATEN[p_]]
    rows.append(yrow("Totaal baten", d.G_PB[p_], "tot"))
    rows.append(yrow("Saldo van baten en lasten", d.G_PS[p_], "tot"))
    return table(f"Tabel {n} Lasten en baten programma {d.G_PNAME[p_]}", YEAR_HEAD, rows, YEAR_W, True)


def chapter(title, body_cols, pre=""):
    return f'<section class="chapter"><h1>{E(title)}</h1>{pre}<div class="cols">{"".join(body_cols)}</div></section>'


# ------------------------------------------------------------------------------------------------ chapters
def cover():
    return ('<div class="cover"><div class="org">Veiligheidsregio Reggeland</div><div class="band"></div>'
            '<div class="title">Begroting 2027</div><div class="sub">en meerjarenraming 2028-2030</div>'
            '<div class="meta">Vastgesteld door het algemeen bestuur op 2 juli 2026<br>'
            'Veiligheidsregio Reggeland, Postbus 210, Holtveen<br>'
            'Deelnemende gemeenten: ' + ", ".join(m[0] for m in d.G_MEMBERS) + '</div></div>')


CHAPTERS = [
    "1 Voorwoord en leeswijzer",
    "2 Begroting in één oogopslag",
    "3 Programma Risicobeheersing",
    "4 Programma Incidentbestrijding",
    "5 Programma Crisisbeheersing en GHOR",
    "6 Programma Meldkamer en informatievoorziening",
    "7 Bedrijfsvoering en overhead",
    "8 Paragraaf weerstandsvermogen en risicobeheersing",
    "9 Paragraaf onderhoud kapitaalgoederen en financiering",
    "10 Financiële begroting",
    "Bijlage 1 Begrippen en afkortingen",
    "Bijlage 2 Investeringsplan 2027-2030",
    "Bijlage 3 Overzicht per taakveld",
]


def toc(pages):
    rows = "".join(f'<tr><td>{E(c)}</td><td style="text-align:right">{pages.get(c, "00")}</td></tr>' for c in CHAPTERS)
    return f'<section class="chapter"><h1>Inhoud</h1><table class="toc">{rows}</table></section>'


def ch1():
    pl = d.G_PROSE
    return chapter(CHAPTERS[0], [
        h2("Voorwoord"),
        p("Voor u ligt de begroting 2027 van Veiligheidsregio Reggeland. In deze begroting laten wij zien wat wij in "
          "2027 willen bereiken, wat wij daarvoor gaan doen en wat dat kost. De tien deelnemende gemeenten hebben de "
          "ontwerpbegroting in april 2026 ontvangen en konden tot 15 juni 2026 een zienswijze indienen. Zeven "
          "gemeenten hebben dat gedaan. De zienswijzen en onze reactie daarop zijn als bijlage bij het besluit van "
          "het algemeen bestuur gevoegd."),
        p(f"De jaarrekening 2025 sloot met een voordelig resultaat van € {nl(d.G_RESULTAAT[0] * 1000)}. Het "
          "algemeen bestuur heeft besloten dit resultaat terug te betalen aan de deelnemende gemeenten, naar rato "
          "van hun bijdrage over 2025."),
        p(f"De totale lasten komen in 2027 uit op {pl['tot_lasten_2027']}. De bijdrage van de gemeenten stijgt met "
          f"gemiddeld {pl['bijdrage_pct']}. Dat is meer dan de indexatie uit de kaderbrief 2027, omdat wij de "
          "formatie van risicobeheersing uitbreiden, een nieuw oefenprogramma voor de vrijwilligers starten en de "
          "kapitaallasten van het materieel stijgen. Daar staat tegenover dat de sluiting van post "
          f"{d.G_POST_SOLD} en een hogere rijksbijdrage een deel van de stijging opvangen."),
        p("Het jaar 2027 staat in het teken van drie opgaven. Ten eerste blijft het moeilijk om overdag "
          "voldoende vrijwilligers beschikbaar te hebben. Ten tweede vraagt de energietransitie om nieuwe kennis: "
          "branden in accu's, zonnepanelen en laadpalen vragen een andere aanpak dan een gewone woningbrand. Ten "
          "derde bereiden wij ons samen met de gemeenten voor op langdurige crises, zoals een grootschalige "
          "stroomstoring of extreme droogte."),
        p("Wij danken onze vrijwilligers en beroepsmedewerkers voor hun inzet, en de gemeenten, de politie, de "
          "GGD en onze andere partners voor de goede samenwerking."),
        '<div class="sign">' + p("Het dagelijks bestuur van Veiligheidsregio Reggeland,<br>G.W. Holterman, "
                                 "voorzitter<br>M.E. Brinkhuis, secretaris en algemeen directeur") + "</div>",
        h2("Leeswijzer"),
        p("Hoofdstuk 2 geeft de begroting in één oogopslag. De hoofdstukken 3 tot en met 6 beschrijven de vier "
          "programma's. Per programma beantwoorden wij drie vragen: Wat willen we bereiken? Wat gaan we daarvoor "
          "doen? Wat mag het kosten? Hoofdstuk 7 gaat over de bedrijfsvoering en de overhead, de hoofdstukken 8 en "
          "9 bevatten de verplichte paragrafen en hoofdstuk 10 de financiële begroting met het overzicht van baten "
          "en lasten, de reserves en de bijdragen per deelnemende gemeente."),
        p("Alle bedragen in de tabellen zijn x € 1.000, tenzij anders vermeld. De bijdragen per gemeente staan in "
          "hele euro's. Lasten en baten staan als positieve bedragen in de tabellen. Het saldo van baten en lasten "
          "is baten min lasten: een negatief saldo betekent dat de lasten hoger zijn dan de baten. In tabel 10.2 "
          "staat V voor een voordeel en N voor een nadeel ten opzichte van de begroting 2026."),
        h2("Ontwikkelingen"),
        p("Het kabinet werkt aan een nieuwe Wet crisisbeheersing en brandweerzorg, die de Wet veiligheidsregio's "
          "moet vervangen. De nieuwe wet legt meer nadruk op de voorbereiding op langdurige en "
          "sectoroverstijgende crises. Wat dat betekent voor de taken en de kosten van de veiligheidsregio, is "
          "nog niet bekend; in deze begroting zijn daarvoor geen middelen opgenomen."),
        p("De arbeidsmarkt blijft krap. Voor technische functies en voor de meldkamer is het moeilijk om "
          "vacatures te vervullen. Wij investeren daarom in eigen opleidingen en in een goede "
          "arbeidsmarktcommunicatie. Ook de prijzen van voertuigen en uitrusting zijn de laatste jaren sterk "
          "gestegen, onder meer door langere levertijden bij de fabrikanten."),
        p("De uitgangspunten voor de loon- en prijsontwikkeling hebben de gemeenten vastgelegd in de kaderbrief "
          "2027. Wij volgen die uitgangspunten."),
        table("Tabel 1.1 Uitgangspunten kaderbrief 2027", [[("Uitgangspunt", 1, "l"), ("Percentage", 1, "")]],
              [("", [lbl, dec(v, 2) + "%"]) for lbl, v in d.G_UITGANGSPUNTEN], [70, 30], False),
        p("De kolom Realisatie 2025 komt uit de jaarrekening 2025. De kolom Begroting 2026 is de begroting 2026 "
          "inclusief de eerste begrotingswijziging 2026. De jaren 2028 tot en met 2030 vormen de meerjarenraming; "
          "die is opgesteld in prijzen van 2027."),
    ])


def ch2():
    kern_rows = []
    for lbl, unit, a, b in d.G_KERN:
        f = (lambda v: dec(v, 1)) if unit in ("fte", "ratio") else nl
        kern_rows.append(("", [lbl, (unit, "l"), f(a), f(b)]))
    kern = table("Tabel 2.1 Kerncijfers", [[("", 1, "l"), ("Eenheid", 1, "l"), ("Begroting 2026", 1, ""),
                                           ("Begroting 2027", 1, "")]], kern_rows, [40, 18, 21, 21], False)
    return chapter(CHAPTERS[1], [
        p("Veiligheidsregio Reggeland is de gemeenschappelijke regeling van tien gemeenten voor de brandweerzorg, "
          f"de rampenbestrijding en de crisisbeheersing. Wij werken voor {d.G_INW_WORDS} inwoners. "
          "Het algemeen bestuur bestaat uit de burgemeesters van de deelnemende gemeenten."),
        kern,
        h2("Wat verandert er in 2027?"),
        ul([f"Risicobeheersing krijgt {d.G_EXTRA_FTE_RB} fte extra voor advisering over omgevingsveiligheid en "
            "het toezicht op Brzo-bedrijven.",
            "De vrijwilligers krijgen een nieuw oefenprogramma met meer realistische oefeningen.",
            f"Post {d.G_POST_SOLD} sluit per 1 april 2027; de vrijwilligers gaan over naar post Kottendijk.",
            "Wij vervangen twee tankautospuiten, een hoogwerker en de portofoons van de vrijwillige posten.",
            "De meldkamer brandweer krijgt een nieuwe ICT-infrastructuur."]),
        h2("Waar gaat het geld naartoe?"),
        p(f"Het grootste deel van het geld gaat naar incidentbestrijding: {dec(SHARE_IB, 1)}% van de totale lasten "
          "in 2027. Daarin zitten de kosten van de beroepsploegen, de vergoedingen van de vrijwilligers, het "
          "oefenen, het materieel en de huisvesting van de posten. De overhead is "
          f"{dec(SHARE_OH, 1)}% van de totale lasten. De lasten worden voor het grootste deel betaald uit de "
          "bijdragen van de deelnemende gemeenten; de rest komt vooral uit de brede doeluitkering "
          "rampenbestrijding van het Rijk."),
        h2("Financieel beeld"),
        p("De begroting 2027 is sluitend en ook de meerjarenraming 2028-2030 sluit in alle jaren. De bijdragen "
          "van de deelnemende gemeenten stijgen door de loon- en prijsontwikkeling en de keuzes in deze "
          "begroting. De brede doeluitkering rampenbestrijding van het Rijk stijgt iets. Het weerstandsvermogen "
          f"blijft met een ratio van {dec(d.G_RATIO_PRINTED, 1)} ruim voldoende."),
    ])


def ch3():
    n = d.G_PCHAP["1"]
    prest = table(f"Tabel {n}.1 Prestaties risicobeheersing",
                  [[("Prestatie (aantal)", 1, "l"), ("Realisatie 2025", 1, ""), ("Begroting 2027", 1, "")]],
                  [("", [lbl, nl(a), nl(b)]) for lbl, a, b in d.G_P1_PREST], [56, 22, 22], False)
    l26, l27 = d.G_PL["1"][D26], d.G_PL["1"][D27]
    return chapter(CHAPTERS[2], [
        p("Risicobeheersing richt zich op het voorkomen van branden en andere incidenten en op het beperken van de "
          "gevolgen als het toch misgaat. Wij adviseren de gemeenten en de omgevingsdienst over brandveiligheid en "
          "externe veiligheid, wij houden toezicht op de brandveiligheid van gebouwen en wij helpen inwoners om "
          "brand in hun eigen woning te voorkomen."),
        h2("Wat willen we bereiken?"),
        p("Wij willen dat er minder branden zijn en dat branden minder slachtoffers en schade veroorzaken. Daarvoor "
          "hebben wij voor 2027 de volgende doelen:"),
        ul(["het aantal woningbranden ligt lager dan het gemiddelde over de jaren 2021-2025;",
            "wij brengen alle adviezen voor een omgevingsvergunning binnen de afgesproken termijn van "
            f"{NUMWORDS[d.G_ADVIES_WEKEN]} weken uit;",
            "elk Brzo-bedrijf in de regio krijgt minstens één inspectie per jaar;",
            "inwoners die minder zelfredzaam zijn, krijgen een huisbezoek over brandveilig leven."]),
        h2("Wat gaan we daarvoor doen?"),
        h3("Advisering omgevingsveiligheid"),
        p("Sinds de invoering van de Omgevingswet vragen de gemeenten en de omgevingsdienst ons vaker en eerder in "
          "het proces om advies. Ook de bouw van batterijopslag, laadpleinen en zonneparken leidt tot meer "
          f"adviesvragen. Met de huidige formatie halen wij de termijn van {NUMWORDS[d.G_ADVIES_WEKEN]} weken niet "
          "altijd. Daarom breiden "
          f"wij de formatie van risicobeheersing in 2027 uit met {d.G_EXTRA_FTE_RB} fte: twee adviseurs "
          "omgevingsveiligheid en één specialist voor de Brzo-bedrijven."),
        p("Wij werken daarbij nauw samen met de omgevingsdienst. Afgesproken is dat de omgevingsdienst ons bij "
          "elke aanvraag voor een risicovolle activiteit binnen een week betrekt, zodat ons advies al in het "
          "vooroverleg kan worden meegenomen. Voor vergunningvrije activiteiten, zoals kleine zonne-installaties "
          "op daken van bedrijfspanden, geven wij de gemeenten algemene adviezen en voorlichtingsmateriaal."),
        h3("Toezicht brandveiligheid"),
        p("Wij controleren gebouwen waar mensen slapen of waar veel mensen tegelijk aanwezig zijn, zoals "
          "zorginstellingen, hotels en scholen. Bij de keuze van de objecten gebruiken wij een risicomodel. Bij "
          "evenementen adviseren wij de burgemeester over de brandveiligheid en houden wij toezicht tijdens de "
          "opbouw."),
        prest,
        h3("Externe veiligheid en energietransitie"),
        p("Steeds meer bedrijven slaan energie op in grote batterijsystemen, en op bedrijventerreinen verschijnen "
          "laadpleinen voor vrachtwagens. Bij een brand in zo'n installatie kunnen giftige gassen vrijkomen en is "
          "het blussen lastig. Wij ontwikkelen samen met de andere veiligheidsregio's in Oost-Nederland een "
          "handreiking voor de plaatsing van batterijsystemen, zodat de gemeenten bij de vergunning de juiste "
          "afstanden en voorzieningen kunnen eisen."),
        h3("Brandveilig leven"),
        p("Samen met de thuiszorgorganisaties en de woningcorporaties bezoeken wij ouderen en andere inwoners die "
          "minder zelfredzaam zijn. Tijdens het huisbezoek controleren wij of er werkende rookmelders zijn en geven "
          "wij tips over vluchtroutes. Wij verwachten het aantal huisbezoeken in 2027 verder te verhogen, omdat de "
          "corporaties de bezoeken nu ook aanbieden bij nieuwe huurders."),
        h2("Wat mag het kosten?"),
        cost_table(f"{n}.2", "1"),
        p(f"De lasten van het programma stijgen van € {nl(l26 * 1000)} in de begroting 2026 naar "
          f"€ {nl(l27 * 1000)} in 2027. Dat komt vooral door de uitbreiding van de formatie met "
          f"{d.G_EXTRA_FTE_RB} fte (€ {nl(d.G_DIFF['Uitbreiding formatie risicobeheersing (3 fte)'] * 1000)}) en "
          "door de loon- en prijsontwikkeling. De baten bestaan uit de vergoeding die Brzo-bedrijven en "
          "organisatoren van grote evenementen betalen voor extra inspecties en advies."),
    ])


def ch4():
    n = d.G_PCHAP["2"]
    keng_rows = []
    for lbl, unit, a, b, c in d.G_P2_KENG:
        f = (lambda v: dec(v, 1)) if unit in ("%", "cijfer") else nl
        keng_rows.append(("", [lbl, (unit, "l"), f(a), f(b), f(c)]))
    keng = table(f"Tabel {n}.1 Kengetallen incidentbestrijding",
                 [[("Kengetal", 1, "l"), ("Eenheid", 1, "l"), ("Realisatie 2025", 1, ""), ("Begroting 2026", 1, ""),
                   ("Begroting 2027", 1, "")]], keng_rows, [34, 15, 17, 17, 17], False)
    uit, opk = d.G_P2_KENG[0][2], d.G_P2_KENG[1][2]
    l26, l27 = d.G_PL["2"][D26], d.G_PL["2"][D27]
    return chapter(CHAPTERS[3], [
        p("Als er toch brand uitbreekt of als er een ander incident gebeurt, is de brandweer snel ter plaatse. Wij "
          "bestrijden branden, verlenen hulp bij ongevallen en redden mens en dier. De brandweer in Reggeland "
          "bestaat voor het grootste deel uit vrijwilligers; alleen in Holtveen en Ambtveld werken ook "
          "beroepsploegen."),
        h2("Wat willen we bereiken?"),
        p("Wij willen bij spoedeisende meldingen binnen de normtijd ter plaatse zijn. Het algemeen bestuur heeft als "
          f"doel vastgesteld dat wij bij {d.G_NORM_OPKOMST_PCT}% van de uitrukken met prioriteit 1 binnen de "
          "normtijd aankomen. In 2025 "
          f"rukte de brandweer {nl(uit)} keer uit en kwam zij bij {dec(opk, 1)}% van de spoedeisende uitrukken "
          "binnen de normtijd aan. Vooral overdag in de buitengebieden was de brandweer niet altijd op tijd."),
        ul(["voldoende vrijwilligers die ook overdag kunnen uitrukken;",
            "vakbekwame brandweermensen die realistisch hebben geoefend;",
            "betrouwbaar en veilig materieel."]),
        h2("Wat gaan we daarvoor doen?"),
        h3("Vrijwilligers werven en behouden"),
        p(f"In 2025 hebben wij {d.G_NEW_VOLUNTEERS_2025} nieuwe vrijwilligers opgeleid. Toch blijft de "
          "beschikbaarheid overdag een zorg, omdat steeds minder vrijwilligers in hun eigen woonplaats werken. Wij "
          "maken afspraken met werkgevers in de regio over het vrijmaken van medewerkers voor uitrukken en "
          "bieden vrijwilligers flexibele piketroosters. Ook zetten wij op drie posten dagdienstmedewerkers in die "
          "overdag bij de post werken en bij een melding direct uitrukken."),
        keng,
        h3("Dekkingsplan"),
        p("In het dekkingsplan staat voor elk adres in de regio binnen welke tijd de eerste tankautospuit er kan "
          "zijn. Het dekkingsplan wordt in 2027 geactualiseerd, mede omdat post Kottendijk-Noord sluit. Waar de "
          "normtijd niet haalbaar is, nemen wij aanvullende maatregelen, zoals de inzet van een snel "
          "interventievoertuig met twee brandweermensen of afspraken met een naburige post."),
        h3("Nieuw oefenprogramma"),
        p("Vanaf 2027 oefenen alle ploegen volgens een nieuw oefenprogramma. De ploegen oefenen vaker in "
          "realistische omstandigheden, zoals branden in gebouwen met zonnepanelen en incidenten met elektrische "
          "voertuigen. Het nieuwe programma kost "
          f"€ {nl(d.G_DIFF['Nieuw oefenprogramma vakbekwaamheid'] * 1000)} per jaar extra."),
        h3("Specialistische taken"),
        p("Naast de basisbrandweerzorg voert de brandweer specialistische taken uit: hulpverlening bij "
          "ongevallen met gevaarlijke stoffen, duikteams voor redding uit het water, hoogtewerken en technische "
          "hulpverlening bij zware ongevallen. Deze taken zijn verdeeld over een beperkt aantal posten. In 2027 "
          "onderzoeken wij samen met de naburige regio's of wij de specialistische taken gezamenlijk kunnen "
          "organiseren."),
        h3("Materieel en posten"),
        p("In 2027 vervangen wij twee tankautospuiten en een hoogwerker die het einde van hun technische "
          "levensduur hebben bereikt. Daarnaast vervangen wij in 2027 de portofoons van de vrijwillige posten. "
          f"Daarvoor is {d.G_PORTOFOONS_WORDS} nodig, dat wij onttrekken aan de bestemmingsreserve materieel."),
        p(f"Post {d.G_POST_SOLD} sluit per 1 april 2027. De post ligt op minder dan {NUMWORDS[d.G_POST_KM]} "
          "kilometer van post "
          "Kottendijk en had de laatste jaren te weinig vrijwilligers om zelfstandig uit te rukken. De "
          f"vrijwilligers gaan over naar post Kottendijk. Het aantal posten daalt daardoor van {d.G_POSTS[0]} naar "
          f"{d.G_POSTS[1]} en de "
          f"huisvestingslasten dalen met € {nl(-d.G_DIFF['Sluiting post Kottendijk-Noord'] * 1000)} per jaar."),
        h2("Wat mag het kosten?"),
        cost_table(f"{n}.2", "2"),
        p(f"De lasten van incidentbestrijding stijgen van € {nl(l26 * 1000)} in de begroting 2026 naar "
          f"€ {nl(l27 * 1000)} in 2027. Dat komt vooral door de nieuwe cao voor de brandweer, het nieuwe "
          "oefenprogramma en de hogere kapitaallasten van de nieuwe tankautospuiten en de hoogwerker. De sluiting "
          f"van post {d.G_POST_SOLD} levert een voordeel op bij de huisvesting. Voor materieel en uitrusting is in "
          f"2027 {d.G_PROSE['materieel_2027']} begroot."),
    ])


def ch5():
    n = d.G_PCHAP["3"]
    oef = table(f"Tabel {n}.1 Oefenen en trainen crisisorganisatie",
                [[("Activiteit (aantal)", 1, "l"), ("Realisatie 2025", 1, ""), ("Begroting 2027", 1, "")]],
                [("", [lbl, nl(a), nl(b)]) for lbl, a, b in d.G_P3_OEF], [56, 22, 22], False)
    return chapter(CHAPTERS[4], [
        p("Bij een ramp of crisis werken de brandweer, de politie, de GHOR, de gemeenten en andere partners samen "
          "in de regionale crisisorganisatie. De veiligheidsregio zorgt dat deze organisatie is voorbereid, "
          "geoefend en snel kan opschalen. De GHOR coördineert de geneeskundige hulpverlening en werkt daarvoor "
          "nauw samen met de GGD, de ambulancezorg en de ziekenhuizen."),
        h2("Wat willen we bereiken?"),
        p("Wij willen dat de crisisorganisatie bij elke crisis binnen de wettelijke tijden operationeel is en dat "
          "de gemeenten de bevolkingszorg goed kunnen uitvoeren, ook als een crisis weken duurt. Het regionaal "
          "risicoprofiel 2026 noemt langdurige stroomuitval, extreme droogte en natuurbranden, een grote "
          "uitbraak van een infectieziekte en incidenten met gevaarlijke stoffen op de A-wegen en het spoor als "
          "belangrijkste risico's."),
        h2("Wat gaan we daarvoor doen?"),
        p("Wij oefenen jaarlijks met alle crisisfunctionarissen en voeren een systeemtest uit waarin de hele "
          "crisisorganisatie wordt beproefd. Na elk groot incident evalueren wij de inzet en delen wij de lessen "
          "met de gemeenten."),
        oef,
        p("In 2027 werken wij samen met de netbeheerder en de drinkwaterbedrijven een scenario uit voor "
          "langdurige stroomuitval. Daarin staat hoe wij de communicatie met inwoners regelen als telefoon en "
          "internet uitvallen, en welke locaties als noodsteunpunt kunnen dienen. De gemeenten richten in elke "
          "kern minstens één noodsteunpunt in."),
        p("De GHOR actualiseert in 2027 de afspraken met de ziekenhuizen over de opvang van grote aantallen "
          "gewonden en traint samen met de GGD de opschaling bij een uitbraak van een infectieziekte."),
        h3("Bevolkingszorg"),
        p("De gemeenten zijn verantwoordelijk voor de bevolkingszorg: de opvang en verzorging van inwoners, "
          "de crisiscommunicatie en de nafase. De tien gemeenten hebben hun bevolkingszorg regionaal "
          "georganiseerd. De veiligheidsregio ondersteunt met een regionale coördinator, het opleiden en trainen "
          "van de gemeentelijke crisisfunctionarissen en het beheer van de piketroosters."),
        h3("Risico- en crisiscommunicatie"),
        p("Inwoners moeten weten welke risico's er in hun omgeving zijn en wat zij zelf kunnen doen. In 2027 "
          "voeren wij samen met de gemeenten een campagne over voorbereiding op een langdurige stroomstoring: "
          "wat moet je in huis hebben, en waar kun je terecht als telefoon en internet niet werken?"),
        h2("Wat mag het kosten?"),
        cost_table(f"{n}.2", "3"),
        p("De lasten stijgen vooral door de loon- en prijsontwikkeling. De baten zijn de bijdragen van de GGD en de "
          "zorginstellingen in de kosten van gezamenlijke oefeningen."),
    ])


def ch6():
    n = d.G_PCHAP["4"]
    mk_rows = []
    for lbl, a, b in d.G_P4_MK:
        f = (lambda v: dec(v, 1)) if "%" in lbl else nl
        mk_rows.append(("", [lbl, f(a), f(b)]))
    mk = table(f"Tabel {n}.1 Meldkamer in cijfers",
               [[("", 1, "l"), ("Realisatie 2025", 1, ""), ("Begroting 2027", 1, "")]], mk_rows, [56, 22, 22], False)
    return chapter(CHAPTERS[5], [
        p("De meldkamer brandweer ontvangt de 112-meldingen voor de brandweer, alarmeert de juiste eenheden en "
          "ondersteunt de ploegen tijdens de inzet met informatie. De meldkamer is gevestigd in de gezamenlijke "
          "meldkamer in Holtveen, samen met de politie en de ambulancezorg."),
        h2("Wat willen we bereiken?"),
        p("Wij willen dat een melding snel wordt aangenomen en dat de juiste eenheden direct worden gealarmeerd. "
          f"De norm is dat {d.G_NORM_MK[0]}% van de 112-meldingen binnen {d.G_NORM_MK[1]} seconden wordt aangenomen. "
          "Daarnaast willen wij dat "
          "de ploegen onderweg en ter plaatse over actuele informatie beschikken, zoals bouwtekeningen en de "
          "aanwezigheid van gevaarlijke stoffen."),
        mk,
        h2("Wat gaan we daarvoor doen?"),
        p("In 2027 vervangen wij de ICT-infrastructuur van de meldkamer. De huidige servers en werkplekken zijn "
          "aan het einde van hun levensduur en voldoen niet meer aan de eisen voor informatiebeveiliging. Ook "
          "sluiten wij aan op het landelijke informatiesysteem voor de meldkamers. De ambulancezorg betaalt een "
          "deel van de kosten van de gedeelde meldkamer."),
        h3("Informatiegestuurd werken"),
        p("Wij gebruiken de gegevens van incidenten, controles en oefeningen steeds meer om keuzes te maken. Een "
          "voorbeeld is de analyse van de loze meldingen van brandmeldinstallaties: door gerichte gesprekken met "
          "de eigenaren van gebouwen met veel loze meldingen daalde het aantal onnodige uitrukken in 2025. De "
          "analyses delen wij ook met de gemeenten, bijvoorbeeld in een jaarlijkse rapportage per gemeente."),
        h2("Wat mag het kosten?"),
        cost_table(f"{n}.2", "4"),
        p("De lasten voor informatievoorziening en ICT stijgen door de kapitaallasten van de nieuwe "
          "ICT-infrastructuur en hogere licentiekosten."),
    ])


def ch7():
    fte = table("Tabel 7.1 Formatie per onderdeel (fte)",
                [[("Onderdeel", 1, "l"), ("Begroting 2026", 1, ""), ("Begroting 2027", 1, "")]],
                [("", [lbl, dec(a, 1), dec(b, 1)]) for lbl, a, b in d.G_FORMATIE]
                + [("tot", ["Totaal", dec(d.G_FTE[0], 1), dec(d.G_FTE[1], 1)])], [56, 22, 22], False)
    oh_rows = [yrow(lbl, v) for lbl, v in d.G_OVERHEAD] + [yrow("Totaal overhead", d.G_OH, "tot")]
    oh = table("Tabel 7.2 Lasten overhead", YEAR_HEAD, oh_rows, YEAR_W, True)
    return chapter(CHAPTERS[6], [
        p("Onder bedrijfsvoering vallen de directie, personeel en organisatie, financiën en control, ICT en "
          "facilitaire zaken. Volgens de voorschriften van het Besluit begroting en verantwoording staan de "
          "kosten van de overhead centraal in dit hoofdstuk en niet bij de programma's."),
        h2("Personeel"),
        p(f"In 2027 groeit de formatie van {dec(d.G_FTE[0], 1)} naar {dec(d.G_FTE[1], 1)} fte. De groei zit bij "
          "risicobeheersing, incidentbestrijding (dagdienstmedewerkers), de meldkamer en de bedrijfsvoering. "
          f"Het ziekteverzuim kwam in 2025 uit op {dec(d.G_VERZUIM_2025, 1)}%. Wij willen het verzuim verlagen "
          "met extra aandacht voor fysieke belastbaarheid en mentale gezondheid na ingrijpende incidenten."),
        fte,
        h2("Informatiebeveiliging"),
        p("Wij voldoen aan de Baseline Informatiebeveiliging Overheid. In 2027 laten wij een externe audit "
          "uitvoeren op de beveiliging van de systemen van de meldkamer."),
        h2("Huisvesting en duurzaamheid"),
        p("Het kantoor in Holtveen is in 2024 verduurzaamd. In 2027 plaatsen wij zonnepanelen op vijf "
          "brandweerposten en vervangen wij de verlichting in de posten door ledverlichting. De kosten daarvan "
          "vallen binnen het meerjarenonderhoudsplan."),
        h2("Inkoop"),
        p("Wij kopen in volgens het inkoopbeleid dat in 2024 is vastgesteld. Bij aanbestedingen wegen wij "
          "duurzaamheid en social return mee. Voertuigen kopen wij zoveel mogelijk in samen met andere "
          "veiligheidsregio's, om schaalvoordeel te behalen."),
        h2("Overhead"),
        oh,
        p("De overhead stijgt door de loon- en prijsontwikkeling, de extra formatie voor de bedrijfsvoering en "
          "hogere licentiekosten."),
        h2("Onvoorzien en vennootschapsbelasting"),
        p(f"Voor onvoorziene uitgaven is in 2027 € {nl(d.G_ONVOORZIEN[D27] * 1000)} begroot. Wij verwachten geen "
          "vennootschapsbelasting te betalen, omdat de veiligheidsregio geen activiteiten uitvoert die als "
          "onderneming worden aangemerkt."),
    ])


def ch8():
    risk_rows = [("", [f"{c} {nm}", f"{k}%", nl(g), nl(b)]) for c, nm, k, g, b in d.G_RISKS]
    risk_rows.append(("tot", ["Totaal", "", nl(d.G_RISK_GEVOLG), nl(d.G_BENODIGD)]))
    risks = table("Tabel 8.1 Risico's en benodigde weerstandscapaciteit",
                  [[("bedragen x € 1.000", 1, "l"), ("Kans", 1, ""), ("Financieel gevolg", 1, ""),
                    ("Benodigde capaciteit", 1, "")]], risk_rows, [55, 13, 16, 16], True)
    ar = d.G_RES["Algemene reserve"][4]
    wv = table("Tabel 8.2 Weerstandsvermogen (x € 1.000)",
               [[("", 1, "l"), ("Begroting 2027", 1, "")]],
               [("", ["Algemene reserve (stand 31-12-2027)", nl(ar)]),
                ("", ["Post onvoorzien", nl(d.G_ONVOORZIEN[D27])]),
                ("tot", ["Beschikbare weerstandscapaciteit", nl(d.G_BESCHIKBAAR)]),
                ("tot", ["Benodigde weerstandscapaciteit", nl(d.G_BENODIGD)]),
                ("tot", ["Ratio weerstandsvermogen", dec(d.G_RATIO_PRINTED, 1)])], [70, 30], False)
    nar = table("Tabel 8.3 Waarderingsschaal weerstandsvermogen",
                [[("Waardering", 1, "l"), ("Ratio", 1, "l"), ("Betekenis", 1, "l")]],
                [("", [w, (r, "l"), (b, "l")]) for w, r, b in d.G_NAR_SCALE], [26, 30, 44], False)
    keng = table("Tabel 8.4 Financiële kengetallen (%)",
                 [[("Kengetal", 1, "l"), ("Realisatie 2025", 1, ""), ("Begroting 2026", 1, ""),
                   ("Begroting 2027", 1, "")]],
                 [("", [lbl, dec(a, 1), dec(b, 1), dec(c, 1)]) for lbl, (a, b, c) in d.G_KENGETALLEN],
                 [43, 19, 19, 19], False)
    r1, r2, r5 = d.G_RISK["R1"], d.G_RISK["R2"], d.G_RISK["R5"]
    return chapter(CHAPTERS[7], [
        p("Het weerstandsvermogen is het vermogen om tegenvallers op te vangen zonder dat het beleid hoeft te "
          "worden aangepast. Het is de verhouding tussen de beschikbare weerstandscapaciteit en de benodigde "
          "weerstandscapaciteit. De benodigde capaciteit volgt uit de geïnventariseerde risico's: per risico "
          "vermenigvuldigen wij de kans met het financiële gevolg."),
        h2("Risico's"),
        risks,
        p(f"Het grootste risico is dat de loonkosten harder stijgen dan de indexatie die de gemeenten in de "
          f"kaderbrief hebben afgesproken ({r1[0]}). De cao voor de brandweer loopt tot 1 juli 2027; een nieuwe cao "
          "met een hogere loonstijging dan geraamd leidt direct tot hogere lasten, omdat het grootste deel van de "
          "begroting uit personeelskosten bestaat."),
        p(f"Daarnaast bestaat het risico dat wij vaker beroepspersoneel moeten inzetten als vrijwilligers overdag "
          f"niet beschikbaar zijn ({r2[0]}). Bij een herverdeling van de brede doeluitkering rampenbestrijding "
          f"door het Rijk ({r5[0]}) kan de bijdrage voor Reggeland dalen; het ministerie heeft een nieuw "
          "verdeelmodel aangekondigd voor 2028."),
        p(f"Bij langdurige inzet bij grote incidenten ({d.G_RISK['R3'][0]}), zoals een natuurbrand of een "
          "grote brand bij een bedrijf, kunnen de kosten voor inzet, aflossing en herstel van materieel snel "
          "oplopen. Niet al deze kosten zijn te verhalen. De prijzen van voertuigen en uitrusting "
          f"({d.G_RISK['R4'][0]}) zijn de afgelopen jaren sterker gestegen dan de indexatie. Bij de aanbesteding "
          "van de tankautospuiten voor 2029 kan dat tot hogere kapitaallasten leiden."),
        p(f"De risico's van claims ({d.G_RISK['R6'][0]}) en van een cyberincident ({d.G_RISK['R7'][0]}) zijn deels "
          "verzekerd. Het eigen risico en de kosten die de verzekering niet dekt, zijn in de tabel opgenomen."),
        h2("Weerstandscapaciteit en ratio"),
        p("De beschikbare weerstandscapaciteit bestaat uit de algemene reserve en de post onvoorzien. Het "
          f"algemeen bestuur heeft bepaald dat de algemene reserve maximaal {d.G_ALG_RES_MAX_PCT}% van de totale "
          "lasten mag zijn; "
          "een hoger bedrag wordt teruggegeven aan de gemeenten."),
        wv,
        p(f"De ratio weerstandsvermogen komt uit op {dec(d.G_RATIO_PRINTED, 1)}. Volgens de waarderingsschaal in "
          f"tabel 8.3 is dat waardering {d.G_NAR[0]}: {d.G_NAR[1]}. Het algemeen bestuur streeft naar een ratio "
          f"van minimaal {dec(d.G_RATIO_NORM, 1)}."),
        nar,
        h2("Financiële kengetallen"),
        p("De netto schuldquote stijgt doordat wij het nieuwe materieel met langlopende leningen financieren. "
          "De solvabiliteit daalt licht. De structurele exploitatieruimte is klein maar positief: de structurele "
          "lasten worden gedekt door structurele baten."),
        keng,
    ])


def ch9():
    inv = table("Tabel 9.1 Investeringen 2027 (x € 1.000)", [[("Investering", 1, "l"), ("Bedrag", 1, "")]],
                [("", [lbl, nl(v)]) for lbl, v in d.G_INVEST] + [("tot", ["Totaal", nl(d.G_INVEST_TOT)])],
                [72, 28], False)
    return chapter(CHAPTERS[8], [
        h2("Onderhoud kapitaalgoederen"),
        p("De veiligheidsregio beheert 22 brandweerposten (vanaf april 2027), het opleidingscentrum in Ambtveld "
          "en het kantoor in Holtveen. Voor alle gebouwen is een meerjarenonderhoudsplan opgesteld, dat in 2025 "
          "is geactualiseerd. Het onderhoud is op niveau: alle gebouwen voldoen aan conditieniveau 3 of beter. "
          "De onderhoudskosten staan bij de huisvesting van de brandweerposten in programma "
          "Incidentbestrijding."),
        p("Het materieel wordt vervangen volgens het materieelplan. Voertuigen en uitrusting worden afgeschreven "
          "over hun technische levensduur, tankautospuiten bijvoorbeeld over vijftien jaar."),
        h2("Investeringen"),
        inv,
        p("De tankautospuiten en de hoogwerker worden in de loop van 2027 geleverd. De kapitaallasten komen "
          "vanaf het jaar na ingebruikname ten laste van de begroting."),
        h2("Financiering"),
        p(f"De kasgeldlimiet is {dec(d.G_KASGELD_PCT, 1)}% van het begrotingstotaal, in 2027 € {nl(d.G_KASGELD)}. Wij "
          "verwachten de "
          "kasgeldlimiet niet te overschrijden. Voor de investeringen van 2027 trekken wij in de tweede helft van "
          f"het jaar een langlopende lening aan. De renterisiconorm is {d.G_RENTERISICO_PCT}% van het begrotingstotaal; de "
          "aflossingen en renteherzieningen blijven ruim binnen die norm."),
        p("De veiligheidsregio houdt haar overtollige middelen aan in de schatkist van het Rijk "
          "(schatkistbankieren)."),
    ])


def ch10():
    rows = [("grp", ["Lasten"] + [""] * 6)]
    for p_, _, name in d.G_PROGS:
        rows.append(yrow(f"Programma {name}", d.G_PL[p_]))
    rows.append(yrow("Overhead", d.G_OH))
    rows.append(yrow("Onvoorzien", d.G_ONVOORZIEN))
    rows.append(yrow("Totaal lasten", d.G_TOT_LASTEN, "tot"))
    rows.append(("grp", ["Baten"] + [""] * 6))
    for p_, _, name in d.G_PROGS:
        rows.append(yrow(f"Programma {name}", d.G_PB[p_]))
    rows.append(yrow("Bijdragen deelnemende gemeenten", d.G_BIJDRAGE))
    rows.append(yrow("Brede doeluitkering rampenbestrijding", d.G_BDUR))
    rows.append(yrow("Totaal baten", d.G_TOT_BATEN, "tot"))
    rows.append(yrow("Saldo van baten en lasten", d.G_SALDO, "tot"))
    rows.append(yrow("Toevoegingen aan reserves", d.G_TOEVOEGING))
    rows.append(yrow("Onttrekkingen aan reserves", d.G_ONTTREKKING))
    rows.append(yrow("Resultaat", d.G_RESULTAAT, "tot"))
    ovz = table("Tabel 10.1 Overzicht van baten en lasten", YEAR_HEAD, rows, YEAR_W, True)

    lasten_items = d.G_DIFF_ITEMS[:7]
    baten_items = d.G_DIFF_ITEMS[7:]
    drows = [("grp", ["Lasten", ""])] + [("", [n, vn(-v)]) for n, v in lasten_items]
    drows += [("grp", ["Baten en reserves", ""])] + [("", [n, vn(-v)]) for n, v in baten_items]
    drows += [("tot", ["Totaal te dekken", vn(-d.G_DIFF_TOTAL)]),
              ("", ["Hogere bijdragen deelnemende gemeenten", vn(d.G_DIFF_TOTAL)]),
              ("tot", ["Saldo", "0"])]
    diff = table("Tabel 10.2 Van begroting 2026 naar begroting 2027", [[("bedragen x € 1.000", 1, "l"),
                                                                       ("Bedrag", 1, "")]], drows, [74, 26], False)

    rrows = [("", [n, nl(s), nl_or(t), nl_or(o), nl(e)]) for n, s, t, o, e in d.G_RESERVES]
    rrows.append(("tot", ["Totaal reserves"] + [nl(v) for v in d.G_RES_TOT]))
    res = table("Tabel 10.3 Verloop van de reserves in 2027",
                [[("bedragen x € 1.000", 1, "l"), ("Stand 1-1-2027", 1, ""), ("Toevoeging", 1, ""),
                  ("Onttrekking", 1, ""), ("Stand 31-12-2027", 1, "")]], rrows, [40, 15, 15, 15, 15], True)

    brows = []
    for name, _, inw in d.G_MEMBERS:
        a, b = d.G_CONTRIB_2026[name], d.G_CONTRIB_2027[name]
        brows.append(("", [name, nl(inw), dec(d.G_KEY_2027[name], 2) + "%", ("€", "cur"), nl(a), ("€", "cur"), nl(b),
                           ("€", "cur"), nl(b - a)]))
    ta, tb = sum(d.G_CONTRIB_2026.values()), sum(d.G_CONTRIB_2027.values())
    brows.append(("tot", ["Totaal", nl(d.G_INW_2026), "100,00%", ("€", "cur"), nl(ta), ("€", "cur"), nl(tb),
                          ("€", "cur"), nl(tb - ta)]))
    bij = table("Tabel 10.4 Bijdragen per deelnemende gemeente (bedragen in euro's)",
                [[("Gemeente", 1, "l"), ("Inwoners 1-1-2026", 1, ""), ("Verdeelsleutel 2027", 1, ""),
                  ("Bijdrage 2026", 2, ""), ("Bijdrage 2027", 2, ""), ("Verschil", 2, "")]],
                brows, [22, 13, 13, 2, 15, 2, 15, 2, 14], True)
    dg = d.G_DIFF
    return chapter(CHAPTERS[9], [
        h2("Overzicht van baten en lasten"),
        p("Tabel 10.1 geeft het overzicht van baten en lasten van de veiligheidsregio als geheel. De bijdragen van "
          "de deelnemende gemeenten sluiten de begroting: zij dekken het verschil tussen de lasten enerzijds en de "
          "overige baten en de mutaties in de reserves anderzijds."),
        ovz,
        p("In de meerjarenraming stijgen de lasten vooral door de kapitaallasten van het nieuwe materieel. De "
          "onttrekkingen aan de reserves nemen na 2027 af, omdat de vervanging van de portofoons en het groot "
          "onderhoud van de posten dan zijn afgerond. De bijdragen van de gemeenten in de jaren 2028 tot en met "
          "2030 zijn in prijzen van 2027; de jaarlijkse indexatie komt daar nog bij."),
        h2("Van begroting 2026 naar begroting 2027"),
        p("Tabel 10.2 laat zien waardoor de bijdrage van de gemeenten verandert ten opzichte van de begroting 2026. "
          "Een N is een nadeel: hogere lasten of lagere baten. Een V is een voordeel."),
        diff,
        p(f"De loon- en prijsontwikkeling is de grootste post: € {nl(dg['Loon- en prijsontwikkeling'] * 1000)}. "
          "Daarin zit de cao-stijging voor de brandweer van 1 juli 2026 en de indexatie van de materiële "
          "budgetten volgens de kaderbrief. De hogere kapitaallasten komen door de vervanging van de "
          "tankautospuiten en de hoogwerker. Per saldo onttrekken wij in 2027 meer aan de reserves dan in 2026, "
          "vooral voor de portofoons en de huisvesting van de brandweerposten."),
        h2("Reserves"),
        p("De reserves van de veiligheidsregio zijn door het algemeen bestuur ingesteld. De algemene reserve is "
          "bedoeld om risico's op te vangen. De bestemmingsreserves hebben een vast doel."),
        res,
        p(f"Aan de algemene reserve voegen wij in 2027 € {nl(d.G_RES['Algemene reserve'][2] * 1000)} toe, zodat de "
          "reserve meegroeit met de risico's. De bestemmingsreserve materieel wordt gevoed met een jaarlijkse "
          f"storting van € {nl(d.G_RES['Bestemmingsreserve materieel'][2] * 1000)}; in 2027 onttrekken wij "
          f"€ {nl(d.G_RES['Bestemmingsreserve materieel'][3] * 1000)} voor de vervanging van de portofoons. Uit de "
          f"reserve huisvesting brandweerposten halen wij € {nl(d.G_RES['Reserve huisvesting brandweerposten'][3] * 1000)} "
          "voor het groot onderhoud van de posten in Borkelo en Zenderhorst. De egalisatiereserve kapitaallasten "
          "vangt de piek in de kapitaallasten van het materieel op."),
        h2("Bijdragen per deelnemende gemeente"),
        p("De bijdrage van de gemeenten wordt verdeeld naar het aantal inwoners op 1 januari van het jaar voor het "
          "begrotingsjaar. Voor 2027 is dat het aantal inwoners op 1 januari 2026 volgens het CBS. Tabel 10.4 "
          "geeft per gemeente de bijdrage 2026 uit de gewijzigde begroting 2026 en de bijdrage 2027."),
        bij,
        p("Omdat het aantal inwoners niet in elke gemeente even hard groeit, verschilt de stijging van de "
          "bijdrage per gemeente. In Borkelo en Kottendijk daalde het aantal inwoners; daar stijgt de bijdrage "
          "minder dan gemiddeld."),
    ])


def bijlage():
    terms = [
        ("AB", "Algemeen bestuur: de burgemeesters van de tien deelnemende gemeenten."),
        ("BDuR", "Brede doeluitkering rampenbestrijding, de rijksbijdrage aan de veiligheidsregio's."),
        ("Brzo", "Besluit risico's zware ongevallen: regels voor bedrijven met grote hoeveelheden gevaarlijke "
                 "stoffen."),
        ("C2000", "Het communicatienetwerk van de hulpdiensten."),
        ("DB", "Dagelijks bestuur."),
        ("fte", "Fulltime-equivalent, een volledige formatieplaats."),
        ("GHOR", "Geneeskundige hulpverleningsorganisatie in de regio."),
        ("Normtijd", "De tijd waarbinnen de brandweer volgens het dekkingsplan ter plaatse moet zijn."),
        ("OMS", "Openbaar meldsysteem: de automatische doormelding van brandmeldinstallaties."),
        ("Ratio weerstandsvermogen", "De beschikbare weerstandscapaciteit gedeeld door de benodigde "
                                     "weerstandscapaciteit."),
        ("Tankautospuit", "Het standaard blusvoertuig van de brandweer."),
    ]
    dl = "<dl>" + "".join(f"<dt>{E(a)}</dt><dd>{E(b)}</dd>" for a, b in terms) + "</dl>"
    return chapter(CHAPTERS[10], [dl])


def bijlage2():
    head = [[("bedragen x € 1.000", 1, "l"), ("2027", 1, ""), ("2028", 1, ""), ("2029", 1, ""), ("2030", 1, "")]]
    rows = [("", [lbl] + [nl_or(v) for v in vals]) for lbl, vals in d.G_INVPLAN]
    rows.append(("tot", ["Totaal"] + [nl(v) for v in d.G_INVPLAN_TOT]))
    return chapter(CHAPTERS[11], [
        p("Het investeringsplan volgt het materieelplan en het meerjarenonderhoudsplan van de posten. De "
          "bedragen zijn de verwachte aanschafprijzen in prijzen van 2027. Het algemeen bestuur stelt de "
          "kredieten per jaar beschikbaar bij de vaststelling van de begroting; voor 2027 zijn dat de "
          "investeringen uit tabel 9.1."),
        table("Tabel B2.1 Investeringsplan 2027-2030", head, rows, [44, 14, 14, 14, 14], True),
        p("De tankautospuiten worden vervangen na vijftien jaar. In 2029 en 2030 gaat het om vijf voertuigen die "
          "in 2014 en 2015 zijn aangeschaft. Voor de verbouwing van post Borkelo wordt in 2028 een ontwerp "
          "gemaakt."),
    ])


def bijlage3():
    rows = [("", [t, nl_or(l_), nl_or(b), nl(b - l_)]) for t, l_, b in d.G_TAAKVELDEN]
    rows.append(("tot", ["Totaal", nl(d.G_TV_TOT[0]), nl(d.G_TV_TOT[1]), nl(d.G_TV_TOT[1] - d.G_TV_TOT[0])]))
    return chapter(CHAPTERS[12], [
        p("Het Besluit begroting en verantwoording schrijft voor dat ook een gemeenschappelijke regeling haar "
          "lasten en baten per taakveld laat zien. Zo kunnen het Rijk en de deelnemende gemeenten de cijfers van "
          "alle gemeenschappelijke regelingen op dezelfde manier vergelijken. Bijna alle taken van de "
          "veiligheidsregio vallen onder taakveld 1.1 Crisisbeheersing en brandweer. De overhead staat apart op "
          "taakveld 0.4, de post onvoorzien op taakveld 0.8 en de mutaties in de reserves op taakveld 0.10."),
        table("Tabel B3.1 Lasten en baten per taakveld, begroting 2027 (x € 1.000)",
              [[("Taakveld", 1, "l"), ("Lasten", 1, ""), ("Baten", 1, ""), ("Saldo", 1, "")]], rows,
              [46, 18, 18, 18], False),
        p("De bijdragen van de deelnemende gemeenten en de brede doeluitkering rampenbestrijding zijn baten van "
          "taakveld 1.1. Het saldo van alle taakvelden samen is nul: de begroting is sluitend."),
    ])


def build(pages):
    body = cover() + toc(pages) + "".join(f() for f in (ch1, ch2, ch3, ch4, ch5, ch6, ch7, ch8, ch9, ch10, bijlage,
                                                          bijlage2, bijlage3))
    return (f'<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Begroting 2027 - Veiligheidsregio '
            f'Reggeland</title><style>{CSS}</style></head><body>{body}</body></html>')


def render(html_text, out_pdf, td):
    src = Path(td) / "begroting.html"
    src.write_text(html_text, encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={td}/profile", f"--print-to-pdf={out_pdf}", src.as_uri()],
                   check=True, capture_output=True, timeout=240)


def chapter_pages(pdf_path):
    import pdfplumber
    found = {}
    with pdfplumber.open(pdf_path) as pdf:
        for i, page in enumerate(pdf.pages, 1):
            words = page.extract_words(extra_attrs=["size"])
            lines = {}
            for w in words:
                if w["size"] > 15:
                    lines.setdefault(round(w["top"]), []).append(w["text"])
            for ws in lines.values():
                t = " ".join(ws)
                if t in CHAPTERS and t not in found:
                    found[t] = i
    return found


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    out = OUT / d.G_FILE
    pages: dict = {}
    with tempfile.TemporaryDirectory() as td:
        for _ in range(4):
            render(build(pages), out, td)
            new = chapter_pages(out)
            if new == pages:
                break
            pages = new
        else:
            raise SystemExit("table of contents did not settle")
    assert set(pages) == set(CHAPTERS), set(CHAPTERS) - set(pages)
    # strip the volatile metadata (creation date) so the file is reproducible
    from pypdf import PdfReader, PdfWriter
    r = PdfReader(out)
    w = PdfWriter(clone_from=r)
    w.add_metadata({"/Title": "Begroting 2027 - Veiligheidsregio Reggeland", "/Producer": "Chromium",
                    "/CreationDate": "D:20260702120000+02'00'", "/ModDate": "D:20260702120000+02'00'"})
    w._ID = None
    with open(out, "wb") as fh:
        w.write(fh)
    print(f"wrote {out} ({len(r.pages)} pages)")


if __name__ == "__main__":
    main()
