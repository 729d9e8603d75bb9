"""Collectie Overijssel, Begroting 2026 en meerjarenraming 2027-2029 (FICTIONAL figures).

Drawn with Qt 6 (PySide6): every page is an HTML fragment laid out by QTextDocument and painted on a QPdfWriter;
running header and footer are painted with QPainter; page 6 is landscape.  Usage: python gen_co.py OUTDIR
"""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (QColor, QFont, QFontDatabase, QGuiApplication, QPageLayout, QPageSize,  # noqa: E402
                           QPainter, QPdfWriter, QPen, QTextDocument)

import data as D  # noqa: E402
from fmt import co, co_eur, dec, dots, mln, pct  # noqa: E402

FILE = "collectie-overijssel-begroting-2026.pdf"
TITLE = "Begroting 2026 en meerjarenraming 2027-2029"
BLUE = "#1d4e63"
HEAD_BG = "#dbe7ec"
SUB_BG = "#f3f6f7"
FONT_DIR = "/usr/share/fonts/truetype/liberation2"

# ------------------------------------------------------------------------------------------------ html helpers
def esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cell(text, align="left", colspan=1, bold=False, italic=False, bg=None, head=False, top=False, bottom=False,
         width=None, size=None):
    st = []
    if bg:
        st.append(f"background-color:{bg}")
    if top:
        st.append("border-top:1px solid #1d4e63")
    if bottom:
        st.append("border-bottom:1px solid #1d4e63")
    t = esc(text)
    if bold:
        t = f"<b>{t}</b>"
    if italic:
        t = f"<i>{t}</i>"
    if size:
        t = f'<span style="font-size:{size}pt">{t}</span>'
    tag = "th" if head else "td"
    w = f' width="{width}"' if width else ""
    cs = f' colspan="{colspan}"' if colspan > 1 else ""
    va = ' valign="bottom"' if head else ""
    return f'<{tag} align="{align}"{cs}{w}{va} style="{";".join(st)}">{t}</{tag}>'


def row(cells):
    return "<tr>" + "".join(cells) + "</tr>"


def table(rows, size=8.5, width="100%"):
    return (f'<table width="{width}" cellspacing="0" cellpadding="3" style="border-collapse:collapse;'
            f'font-size:{size}pt;margin-top:4px;margin-bottom:2px">' + "".join(rows) + "</table>")


def caption(num, text, scale=None):
    s = f'<p style="margin-top:10px;margin-bottom:1px;color:{BLUE}"><b>Tabel {num} {esc(text)}</b></p>'
    if scale:
        s += f'<p style="margin-top:0px;margin-bottom:0px;font-size:8pt"><i>{esc(scale)}</i></p>'
    return s


def h1(text):
    return f'<h1 style="color:{BLUE};font-size:17pt;margin-top:0px;margin-bottom:6px">{esc(text)}</h1>'


def h2(text):
    return f'<h2 style="color:{BLUE};font-size:12.5pt;margin-top:12px;margin-bottom:4px">{esc(text)}</h2>'


def h3(text):
    return f'<h3 style="color:{BLUE};font-size:10.5pt;margin-top:8px;margin-bottom:2px">{esc(text)}</h3>'


def p(text, size=None, italic=False):
    st = "margin-top:2px;margin-bottom:5px"
    if size:
        st += f";font-size:{size}pt"
    t = text if "<" in text else esc(text)
    if italic:
        t = f"<i>{t}</i>"
    return f'<p style="{st}">{t}</p>'


def note(text):
    return f'<p style="margin-top:1px;margin-bottom:4px;font-size:7.5pt">{esc(text)}</p>'


def ul(items):
    return "<ul style='margin-top:0px;margin-bottom:4px'>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"


def num_row(label, values, fmt=co, bold=False, italic=False, top=False, bottom=False, bg=None, lw=None):
    cells = [cell(label, bold=bold, italic=italic, top=top, bottom=bottom, bg=bg, width=lw)]
    cells += [cell(fmt(v) if v is not None else "", "right", bold=bold, italic=italic, top=top, bottom=bottom, bg=bg)
              for v in values]
    return row(cells)


def head_row(labels, first="", lw=None, bottom=True):
    cells = [cell(first, head=True, bg=HEAD_BG, bottom=bottom, width=lw)]
    cells += [cell(t, "right", head=True, bg=HEAD_BG, bottom=bottom) for t in labels]
    return row(cells)


# ------------------------------------------------------------------------------------------------ pages
def page_title():
    return f"""
<p style="margin-top:150px;font-size:30pt;color:{BLUE}"><b>{TITLE.split(' en ')[0]}</b></p>
<p style="font-size:16pt;color:{BLUE}">en meerjarenraming 2027-2029</p>
<p style="margin-top:30px;font-size:20pt">Collectie Overijssel</p>
<p style="font-size:10pt">Ontwerpbegroting, aangeboden aan het Algemeen Bestuur en voor zienswijze aan de deelnemers</p>
<p style="margin-top:60px"></p>
<table width="100%" cellpadding="8" cellspacing="0" style="border-collapse:collapse">
<tr><td style="background-color:#fbe9d0;border:1px solid #c77800;font-size:10pt">
<b>FICTIEF DOCUMENT.</b> Deze begroting is gemaakt voor een evaluatieset. Naam, organisatiegegevens en
programma-indeling volgen de echte Collectie Overijssel, maar <b>alle bedragen, aantallen en percentages in dit
document zijn verzonnen</b>. Gebruik ze niet als informatie over de werkelijke begroting van Collectie Overijssel.
</td></tr></table>
<p style="margin-top:200px;font-size:9pt">collectieoverijssel.nl | info@collectieoverijssel.nl | 085 488 50 00</p>
"""


def page_summary():
    toc = [("Voorwoord en inleiding", 3), ("1. Programmaplan", 4), ("2. Overzicht van baten en lasten", 6),
           ("3. Meerjarenraming 2026-2029", 7), ("4. Baten en lasten naar soort", 8), ("5. Bijdragen deelnemers", 9),
           ("6. Paragrafen", 10), ("7. Investeringen, reserves en voorzieningen", 12)]
    rows = [row([cell(t), cell(str(n), "right")]) for t, n in toc]
    i25, i26 = 1, 2
    B = D.CO_BIJDRAGE
    krow = [
        ("Totale lasten", D.CO_LASTEN[i25] * 1000, D.CO_LASTEN[i26] * 1000),
        ("Totale baten", D.CO_BATEN[i25] * 1000, D.CO_BATEN[i26] * 1000),
        ("Saldo van baten en lasten", D.CO_SALDO[i25] * 1000, D.CO_SALDO[i26] * 1000),
        ("Bijdrage Het Rijk", B["Het Rijk"]["b25"], B["Het Rijk"]["b26"]),
        ("Bijdrage gemeente Zwolle", B["Gemeente Zwolle"]["b25"], B["Gemeente Zwolle"]["b26"]),
        ("Bijdrage gemeente Deventer", B["Gemeente Deventer"]["b25"], B["Gemeente Deventer"]["b26"]),
        ("Reserves per 31 december", D.CO_RES_TOT[i25] * 1000, D.CO_RES_TOT[i26] * 1000),
    ]
    t1 = [head_row(["Begroting 2025", "Begroting 2026"], first="€ mln", lw="52%")]
    t1 += [num_row(lab, [a, b], fmt=mln) for lab, a, b in krow]
    other = [
        row([cell("Investeringen 2026"), cell("€ " + mln(D.CO_INV_TOT[0] * 1000) + " mln", "right")]),
        row([cell("Formatie 2026"), cell(dec(D.CO_FTE_TOT[1] / 10, 1) + " fte", "right")]),
        row([cell("Weerstandsratio 2026"), cell(dec(D.CO_RATIO, 2), "right")]),
        row([cell("Indexatie bijdragen 2026"), cell(pct(D.INDEX_2026), "right")]),
    ]
    return (h1("Inhoud") + table(rows, size=9.5, width="80%") +
            h2("Begroting 2026 in één oogopslag") +
            p("De belangrijkste cijfers van deze begroting, afgerond op tienduizenden euro's. De exacte bedragen "
              "staan in de tabellen van de hoofdstukken 2 tot en met 7.") +
            caption(1, "Kerncijfers begroting 2026", "Bedragen in € mln") + table(t1, size=9, width="75%") +
            caption("1a", "Overige kerngegevens") + table(other, size=9, width="75%"))


def page_intro():
    org = [("Statutaire naam", "Historisch Centrum Overijssel"), ("Handelsnaam", "Collectie Overijssel"),
           ("Vestigingsadres", "Eikenstraat 20, Zwolle"),
           ("Rechtsvorm", "Openbaar Lichaam (Wet Gemeenschappelijke Regelingen)"),
           ("Deelnemers", "Het Rijk, Gemeente Zwolle, Gemeente Deventer"),
           ("DVO-partners", "Provincie Overijssel en overige gemeenten met een dienstverleningsovereenkomst")]
    t_org = table([row([cell(a, width="30%"), cell(b)]) for a, b in org], size=9)
    idx = [
        row([cell("Uitgangspunt", head=True, bg=HEAD_BG, bottom=True, width="60%"),
             cell("2026", "right", head=True, bg=HEAD_BG, bottom=True),
             cell("2027-2029 (per jaar)", "right", head=True, bg=HEAD_BG, bottom=True)]),
        row([cell("Loonindex (cao Gemeenten en Rijk, gewogen)"), cell(pct(D.LOONINDEX), "right"), cell(pct(D.INDEX_MEERJAREN), "right")]),
        row([cell("Prijsindex (materiële lasten)"), cell(pct(D.PRIJSINDEX), "right"), cell(pct(D.INDEX_MEERJAREN), "right")]),
        row([cell(f"Gewogen index bijdragen ({D.LOON_AANDEEL}/{100 - D.LOON_AANDEEL} loon/prijs) *)"),
             cell(pct(D.INDEX_2026), "right"), cell(pct(D.INDEX_MEERJAREN), "right")]),
    ]
    return (h1("Voorwoord en inleiding") +
            p("Voor u ligt de begroting 2026 en de meerjarenraming 2027-2029 van Collectie Overijssel. Het is de "
              "tweede begroting onder het Meerjarenbeleidsplan 2025-2029, waarin wij de koers uitzetten naar een "
              "duurzaam bruikbare Erfgoedcollectie Overijssel: informatie en inspiratie voor iedereen. De begroting "
              "2026 sluit, na inzet van de bestemmingsreserves, met een geraamd resultaat van nul.") +
            p("De lasten nemen toe door de loonontwikkeling, de uitbreiding van het e-depot en de afschrijvingen op "
              "de investeringen in de depots. De bijdragen van de deelnemers worden geïndexeerd; de gemeenten Zwolle "
              "en Deventer dragen daarnaast vanaf 2026 structureel bij aan de uitbreiding van het e-depot.") +
            h2("Organisatiegegevens") + t_org +
            h2("Leeswijzer") +
            p("Bedragen staan in duizenden euro's (x € 1.000) tenzij bij de tabel anders is vermeld; duizendtallen "
              "worden gescheiden door een smalle spatie. Lasten en baten zijn positief; het saldo is baten min lasten, "
              "een negatief saldo is nadelig. De kolom ‘Rekening 2024’ bevat de gerealiseerde cijfers uit de "
              "jaarstukken 2024, ‘Begroting 2025 na wijziging’ de begroting 2025 inclusief de eerste "
              "begrotingswijziging. Een *) achter een omschrijving verwijst naar de voetnoot onder de tabel.") +
            h2("Uitgangspunten") +
            caption(2, "Indexatie", "Percentages") + table(idx, size=9) +
            note("*) De bijdragen van de deelnemers en DVO-partners worden geïndexeerd met een gewogen index: "
                 f"{D.LOON_AANDEEL} % loonindex en {100 - D.LOON_AANDEEL} % prijsindex.") +
            p(f"Voor 2026 rekenen wij met een loonindex van {pct(D.LOONINDEX)} en een prijsindex van "
              f"{pct(D.PRIJSINDEX)}; de gewogen index voor de bijdragen bedraagt daarmee {pct(D.INDEX_2026)}. Voor de "
              f"jaren 2027 tot en met 2029 is gerekend met {pct(D.INDEX_MEERJAREN)} per jaar."))


def page_prog1():
    pr = D.CO_PROSE
    return (h1("1. Programmaplan") +
            p("De begroting kent vier programma's en de overhead. De programma's voeren de drie strategieën van het "
              "meerjarenbeleidsplan uit: de Groeistrategie, de Productiviteitsstrategie en Onderscheidend Vermogen. "
              "De bedragen per programma staan in hoofdstuk 2 (tabel 3) en, voor de jaren 2026 tot en met 2029, "
              "in hoofdstuk 3 (tabel 4).") +
            h2("1.1 Beheer en behoud") +
            h3("Wat willen we bereiken?") +
            p("De archieven en collecties van het Rijk, de provincie en de gemeenten Zwolle en Deventer worden "
              "duurzaam en veilig bewaard, zodat ze ook over honderd jaar bruikbaar zijn. Wij beheren daarnaast, in "
              "opdracht van de gemeente Zwolle, de stedelijke museale collectie.") +
            h3("Wat gaan we daarvoor doen?") +
            ul(["Het project Actualiseren vindplaatsregistratie wordt in 2026 afgerond; de kosten worden gedekt uit "
                "de bestemmingsreserve Datakwaliteit & Collectiebeheer.",
                "In het depot Marslanden wordt de klimaatinstallatie vervangen (zie hoofdstuk 7).",
                "Het calamiteitenplan voor de depots wordt geoefend met de Veiligheidsregio IJsselland."]) +
            h2("1.2 Digitalisering en e-depot") +
            h3("Wat willen we bereiken?") +
            p("Digitale archieven van de deelnemers worden direct bij overbrenging duurzaam opgeslagen in het e-depot, "
              "en de belangrijkste papieren archieven zijn ook digitaal te raadplegen.") +
            h3("Wat gaan we daarvoor doen?") +
            p(f"Het e-depot groeit snel. Eind 2025 bevat het naar verwachting {pr['edepot_tb_2025']} terabyte aan "
              f"digitale archiefbestanden; voor eind 2026 rekenen wij met {pr['edepot_tb_2026']} terabyte. In 2026 "
              f"sluiten wij {pr['dvo_aansluitingen']} DVO-gemeenten aan op het e-depot en bouwen wij koppelingen met de "
              "zaaksystemen van Zwolle en Deventer, zodat archiefbescheiden zonder tussenstap worden overgebracht. "
              "De uitbreiding van de opslag en de koppelingen vragen een investering (tabel 14) en structureel extra "
              "formatie bij de afdeling Digitalisering & e-depot. De gemeenten Zwolle en Deventer dragen hiervoor "
              "vanaf 2026 extra bij (tabel 7).") +
            p(f"Het digitaliseren van de oudste stadsarchieven van Zwolle en Deventer, circa {pr['meter_stadsarchief']} "
              "meter archief, loopt na de aanbesteding door tot en met 2027. De scans worden rechtenvrij online "
              "gepubliceerd."))


def page_prog2():
    pr = D.CO_PROSE
    return (h2("1.3 Publieksbereik en dienstverlening") +
            h3("Wat willen we bereiken?") +
            p("Iedereen kan drempelloos gebruikmaken van het Overijsselse erfgoed, fysiek in de studiezalen in Zwolle "
              "en Deventer en digitaal via onze website.") +
            h3("Wat gaan we daarvoor doen?") +
            p(f"De Snelle Scanservice blijft de motor van ons digitale publieksbereik. Voor 2026 verwachten wij "
              f"{dots(pr['aanvragen_2026'])} aanvragen te verwerken en {dec(pr['scans_2026'] / 1000000, 1)} miljoen "
              f"scans te publiceren. Het fysieke studiezaalbezoek neemt verder af; wij rekenen voor 2026 met "
              f"{dots(pr['studiezaal_2026'])} bezoeken in Zwolle en Deventer samen. Om nieuwe groepen te bereiken starten wij een educatieprogramma "
              "voor het voortgezet onderwijs, organiseren wij workshops zoeken en vinden met de historische "
              "verenigingen en vernieuwen wij de website, met een betere zoekfunctie over alle collecties heen.") +
            h2("1.4 Kennis en netwerk") +
            h3("Wat willen we bereiken?") +
            p("Collectie Overijssel is het knooppunt van het erfgoednetwerk in de provincie: historische verenigingen, "
              "musea en onderwijsinstellingen vinden bij ons kennis en ondersteuning.") +
            h3("Wat gaan we daarvoor doen?") +
            p("Wij voeren het provinciaal programma ‘Erfgoed verbindt’ uit, dat tot en met 2027 door de Provincie "
              "Overijssel wordt gefinancierd. Het platform MijnStadMijnDorp wordt na het visieonderzoek herijkt en wij "
              "verstrekken ook in 2026 drie fellowships aan onderzoekers. Met de Rijksuniversiteit Groningen, de "
              "Universiteit Twente en het Nationaal Archief werken wij in het project HAICu aan het toegankelijk "
              "maken van de resoluties van de Staten van Overijssel.") +
            h2("1.5 Overhead") +
            p("Onder overhead vallen de kosten van de directie, de staf en de afdeling Bedrijfsvoering (financiën, "
              "personeelszaken, ICT, facilitaire zaken). De overhead wordt volgens het BBV niet aan de programma's "
              "toegerekend.") +
            h2("Algemene dekkingsmiddelen") +
            p("Algemene dekkingsmiddelen zijn de vaste bijdragen van de deelnemers in de gemeenschappelijke regeling "
              "(Het Rijk, Gemeente Zwolle, Gemeente Deventer) en van de DVO-partners. Subsidies en overige baten "
              "horen bij de programma's."))


def page_landscape():
    yrs = [0, 1, 2]
    groups = ["Rekening 2024", "Begroting 2025 na wijziging", "Begroting 2026"]
    r1 = [cell("", head=True, bg=HEAD_BG, width="22%")]
    r1 += [cell(g, "center", colspan=3, head=True, bg=HEAD_BG) for g in groups]
    r2 = [cell("Programma", head=True, bg=HEAD_BG, bottom=True)]
    for _ in groups:
        r2 += [cell(t, "right", head=True, bg=HEAD_BG, bottom=True) for t in ("Lasten", "Baten", "Saldo")]
    rows = [row(r1), row(r2)]

    def lbs(label, L, B, S, **kw):
        vals = []
        for i in yrs:
            vals += [L[i], B[i], S[i]]
        return num_row(label, vals, **kw)

    for pn in D.CO_PROGS:
        rows.append(lbs(pn, D.CO_PROG_L[pn], D.CO_PROG_B[pn], D.CO_PROG_S[pn]))
    rows.append(lbs("Programma's en overhead", D.CO_PROGS_L, D.CO_PROGS_B, D.CO_PROGS_S, italic=True, top=True))
    zero = [0] * 6
    rows.append(lbs("Algemene dekkingsmiddelen *)", zero, D.CO_ADM, D.CO_ADM))
    rows.append(lbs("Saldo van baten en lasten", D.CO_LASTEN, D.CO_BATEN, D.CO_SALDO, bold=True, top=True))
    rows.append(lbs("Mutaties reserves **)", D.CO_TOEV, D.CO_ONTTR, [D.CO_ONTTR[i] - D.CO_TOEV[i] for i in range(6)]))
    rows.append(lbs("Resultaat", [D.CO_LASTEN[i] + D.CO_TOEV[i] for i in range(6)],
                    [D.CO_BATEN[i] + D.CO_ONTTR[i] for i in range(6)], D.CO_RESULTAAT, bold=True, top=True, bottom=True))
    return (h1("2. Overzicht van baten en lasten") +
            p("Het overzicht van baten en lasten toont per programma de lasten, de baten en het saldo over drie jaren: "
              "de rekening 2024, de begroting 2025 na wijziging en de begroting 2026. Het resultaat 2024 (96) is "
              "toegevoegd aan de Algemene reserve.") +
            caption(3, "Baten, lasten en saldo per programma 2024-2026", "Bedragen x € 1.000") + table(rows, size=8.5) +
            note("*) Bijdragen van de deelnemers Het Rijk, Gemeente Zwolle en Gemeente Deventer en van de DVO-partners; "
                 "zie hoofdstuk 5.") +
            note("**) Toevoegingen aan reserves staan in de kolom Lasten, onttrekkingen in de kolom Baten; zie tabel 15."))


def page_meerjaren():
    idx = [2, 3, 4, 5]
    short = {"Beheer en behoud": "Beheer en behoud", "Digitalisering en e-depot": "Digitalisering en e-depot",
             "Publieksbereik en dienstverlening": "Publieksbereik en dienstverlening",
             "Kennis en netwerk": "Kennis en netwerk", "Overhead": "Overhead"}
    h = [cell("Jaar", head=True, bg=HEAD_BG, bottom=True, width="10%")]
    h += [cell(short[pn], "right", head=True, bg=HEAD_BG, bottom=True) for pn in D.CO_PROGS]
    h += [cell("Totale lasten", "right", head=True, bg=HEAD_BG, bottom=True)]
    rows = [row(h)]
    for i in idx:
        rows.append(num_row(D.CO_YEARS[i], [D.CO_PROG_L[pn][i] for pn in D.CO_PROGS] + [D.CO_LASTEN[i]]))
    h2r = [cell("Jaar", head=True, bg=HEAD_BG, bottom=True, width="10%")]
    h2r += [cell(t, "right", head=True, bg=HEAD_BG, bottom=True) for t in
            ("Baten", "Lasten", "Saldo", "Toevoegingen reserves", "Onttrekkingen reserves", "Geraamd resultaat")]
    rows2 = [row(h2r)]
    for i in idx:
        rows2.append(num_row(D.CO_YEARS[i], [D.CO_BATEN[i], D.CO_LASTEN[i], D.CO_SALDO[i], D.CO_TOEV[i],
                                             D.CO_ONTTR[i], D.CO_RESULTAAT[i]]))
    return (h1("3. Meerjarenraming 2026-2029") +
            p("De meerjarenraming is opgesteld met de uitgangspunten van tabel 2. In de tabellen van dit hoofdstuk "
              "staan de jaren onder elkaar en de programma's naast elkaar.") +
            caption(4, "Lasten per programma 2026-2029", "Bedragen x € 1.000") + table(rows, size=8.5) +
            p("De lasten van Kennis en netwerk dalen na 2027, wanneer het provinciaal programma ‘Erfgoed verbindt’ "
              "eindigt. De lasten van Digitalisering en e-depot stijgen in 2027 door de afschrijvingen op het nieuwe "
              "collectiebeheersysteem.") +
            caption(5, "Meerjarig saldo en resultaat 2026-2029", "Bedragen x € 1.000") + table(rows2, size=8.5) +
            p("In alle jaren van de meerjarenraming is het saldo van baten en lasten negatief. Het tekort wordt "
              "gedekt door onttrekkingen aan de bestemmingsreserves Datakwaliteit & Collectiebeheer, Digitale "
              "dienstverlening en Onderhoud, zodat de begroting in elk jaar sluitend is. Vanaf 2026 wordt jaarlijks "
              "150 toegevoegd aan de nieuwe reserve Huisvesting Collectiecentrum."))


def page_soort():
    L = dict(D.CO_LASTEN_ROWS)
    rows = [head_row(D.CO_YEAR_HEAD, first="Baten en lasten", lw="27%")]
    br = dict(D.CO_BATEN_ROWS)
    for lab in ("Baten GR Rijk", "Baten GR Gemeente Zwolle", "Baten GR Gemeente Deventer"):
        rows.append(num_row(lab, br[lab]))
    rows.append(num_row("GR-deelnemers", D.CO_BATEN_GR, italic=True, bg=SUB_BG))
    for lab in ("Baten DVO Provincie Overijssel", "Baten DVO's Overige"):
        rows.append(num_row(lab, br[lab]))
    rows.append(num_row("Baten Provinciaal Programma *)", br["Baten Provinciaal Programma"]))
    for lab in ("Baten Museale Collectie", "Baten Kenniscomponent", "Baten Overig"):
        rows.append(num_row(lab, br[lab]))
    rows.append(num_row("Totale baten", D.CO_BATEN, bold=True, top=True))
    rows.append(num_row("Personeel salarissen", L["Personeel salarissen"]))
    rows.append(num_row("Personeel overig", L["Personeel overig"]))
    rows.append(num_row("Personeel", D.CO_PERSONEEL, italic=True, bg=SUB_BG))
    rows.append(num_row("Huisvesting energie", L["Huisvesting energie"]))
    rows.append(num_row("Huisvesting overig", L["Huisvesting overig"]))
    rows.append(num_row("Huisvesting", D.CO_HUISVESTING, italic=True, bg=SUB_BG))
    for lab in ("Organisatie projecten", "Organisatie overig", "Projectkosten subsidies", "Afschrijvingskosten"):
        rows.append(num_row(lab, L[lab]))
    rows.append(num_row("Onvoorzien **)", L["Onvoorzien"]))
    rows.append(num_row("Totale lasten", D.CO_LASTEN, bold=True, top=True))
    rows.append(num_row("Saldo van baten en lasten", D.CO_SALDO, bold=True, top=True, bottom=True))
    return (h1("4. Baten en lasten naar soort") +
            p("Tabel 6 volgt de indeling van het overzicht van baten en lasten in onze jaarstukken. Regels in "
              "cursief tellen de regels erboven op.") +
            caption(6, "Baten en lasten naar soort 2024-2029", "Bedragen x € 1.000") + table(rows, size=8) +
            note("*) Het provinciaal programma ‘Erfgoed verbindt’ loopt tot en met 2027; de bijbehorende lasten staan "
                 "onder Projectkosten subsidies.") +
            note("**) Post onvoorzien; maakt deel uit van de weerstandscapaciteit (tabel 10).") +
            p("De personeelslasten stijgen in 2026 door de cao-ontwikkeling en de uitbreiding van de formatie met "
              f"{dec((D.CO_FTE_TOT[1] - D.CO_FTE_TOT[0]) / 10, 1)} fte, vooral bij Digitalisering & e-depot. De "
              "energielasten dalen licht door de nieuwe klimaatinstallatie en lagere tarieven."))


def page_bijdragen():
    B = D.CO_BIJDRAGE
    h = [cell("Deelnemer", head=True, bg=HEAD_BG, bottom=True, width="28%")]
    h += [cell(t, "right", head=True, bg=HEAD_BG, bottom=True) for t in
          ("Bijdrage 2025 na wijziging", f"Indexatie {pct(D.INDEX_2026)}", "Uitbreiding e-depot", "Bijdrage 2026")]
    rows = [row(h)]
    for n in D.GR:
        v = B[n]
        rows.append(num_row(n, [v["b25"], v["idx"], v["uitbr"], v["b26"]], fmt=co_eur))
    g = D.CO_BIJ_GR
    rows.append(num_row("GR-deelnemers", [g["b25"], g["idx"], g["uitbr"], g["b26"]], fmt=co_eur, italic=True, bg=SUB_BG))
    v = B["Provincie Overijssel"]
    rows.append(num_row("Provincie Overijssel *)", [v["b25"], v["idx"], v["uitbr"], v["b26"]], fmt=co_eur))
    t = D.CO_BIJ_TOT
    rows.append(num_row("Totaal bijdragen", [t["b25"], t["idx"], t["uitbr"], t["b26"]], fmt=co_eur, bold=True,
                        top=True, bottom=True))
    h8 = [cell("Gemeente", head=True, bg=HEAD_BG, bottom=True, width="28%")]
    h8 += [cell(x, "right", head=True, bg=HEAD_BG, bottom=True) for x in
           ("Inwoners 1-1-2025", "Bijdrage 2026", "Bijdrage per inwoner 2026")]
    rows8 = [row(h8)]
    for gname in ("Gemeente Zwolle", "Gemeente Deventer"):
        v = B[gname]
        rows8.append(row([cell(gname), cell(co(v["inwoners"]), "right"), cell(co_eur(v["b26"]), "right"),
                          cell("€ " + dec(v["per_inw"], 2), "right")]))
    return (h1("5. Bijdragen deelnemers") +
            p("De deelnemers in de gemeenschappelijke regeling zijn Het Rijk, de gemeente Zwolle en de gemeente "
              "Deventer. De Provincie Overijssel is geen deelnemer, maar neemt op grond van een "
              "dienstverleningsovereenkomst (DVO) diensten af. De bijdrage 2026 is de bijdrage 2025 na wijziging, "
              f"geïndexeerd met {pct(D.INDEX_2026)}, vermeerderd met de structurele bijdrage van de gemeenten voor de "
              "uitbreiding van het e-depot (samen € 50 000). De bijdragen van de overige DVO-partners staan alleen "
              "in tabel 6.") +
            caption(7, "Bijdragen deelnemers en DVO-partner 2026", "Bedragen in euro's") + table(rows, size=8.5) +
            note("*) Geen deelnemer in de gemeenschappelijke regeling; bijdrage op grond van de DVO met de provincie.") +
            caption(8, "Bijdrage per inwoner 2026", "Inwoners per 1 januari 2025; bedragen in euro's") +
            table(rows8, size=8.5) +
            p("Voor 2027 tot en met 2029 stijgen de bijdragen met de geraamde index van "
              f"{pct(D.INDEX_MEERJAREN)} per jaar; de bedragen per jaar staan in tabel 6 (x € 1.000)."))


def page_paragrafen():
    rows9 = [row([cell("Risico", head=True, bg=HEAD_BG, bottom=True, width="45%"),
                  cell("Impact", "right", head=True, bg=HEAD_BG, bottom=True),
                  cell("Kans", "right", head=True, bg=HEAD_BG, bottom=True),
                  cell("Benodigd", "right", head=True, bg=HEAD_BG, bottom=True)])]
    for n, imp, kans, need in D.CO_RISK_NEED:
        rows9.append(row([cell(n), cell(co(imp), "right"), cell(f"{kans} %", "right"), cell(co(need), "right")]))
    rows9.append(row([cell("Benodigde weerstandscapaciteit", bold=True, top=True), cell("", top=True),
                      cell("", top=True), cell(co(D.CO_BENODIGD), "right", bold=True, top=True)]))
    rows10 = [
        row([cell("Weerstandsvermogen 2026", head=True, bg=HEAD_BG, bottom=True, width="60%"),
             cell("x € 1.000", "right", head=True, bg=HEAD_BG, bottom=True)]),
        row([cell("Algemene reserve per 31-12-2026"), cell(co(D.CO_RES["Algemene reserve"][2]), "right")]),
        row([cell("Post onvoorzien 2026"), cell(co(D.CO_ONVOORZIEN_2026), "right")]),
        row([cell("Beschikbare weerstandscapaciteit", italic=True), cell(co(D.CO_BESCHIKBAAR), "right", italic=True)]),
        row([cell("Benodigde weerstandscapaciteit"), cell(co(D.CO_BENODIGD), "right")]),
        row([cell("Ratio weerstandsvermogen", bold=True, top=True), cell(dec(D.CO_RATIO, 2), "right", bold=True, top=True)]),
    ]
    yh = ["Rekening 2024", "Begroting 2025", "Begroting 2026"]
    rows11 = [head_row(yh, first="Kengetal", lw="46%")]
    rows11.append(num_row("Netto schuldquote", D.CO_NSQ, fmt=pct))
    rows11.append(num_row("Netto schuldquote gecorrigeerd voor verstrekte leningen", D.CO_NSQ, fmt=pct))
    rows11.append(num_row("Solvabiliteitsratio", D.CO_SOLV, fmt=pct))
    rows11.append(num_row("Structurele exploitatieruimte", D.CO_SER, fmt=pct))
    return (h1("6. Paragrafen") +
            h2("6.1 Weerstandsvermogen en risicobeheersing") +
            p("De risico's zijn opnieuw beoordeeld. Per risico is de financiële impact geschat en de kans dat het "
              "risico zich voordoet; impact maal kans geeft de benodigde weerstandscapaciteit. De beschikbare "
              "capaciteit bestaat uit de Algemene reserve en de post onvoorzien.") +
            caption(9, "Risico's en benodigde weerstandscapaciteit", "Bedragen x € 1.000") + table(rows9, size=8.5) +
            caption(10, "Ratio weerstandsvermogen 2026") + table(rows10, size=8.5, width="70%") +
            p(f"Met een ratio van {dec(D.CO_RATIO, 2)} is het weerstandsvermogen ruim voldoende (waardering B: een "
              "ratio tussen 1,0 en 1,4 is voldoende, tussen 1,4 en 2,0 ruim voldoende). De Algemene reserve blijft "
              "onder het plafond van 10 % van de deelnemersbijdragen.") +
            h2("6.2 Financiële kengetallen") +
            caption(11, "Verplichte financiële kengetallen", "Percentages") + table(rows11, size=8.5) +
            p("De netto schuldquote is negatief: Collectie Overijssel heeft geen leningen en houdt haar middelen aan "
              "in de schatkist van het Rijk. De solvabiliteit daalt doordat de bestemmingsreserves worden ingezet. "
              f"De structurele exploitatieruimte is het structurele saldo ({D.CO_STRUCT_SALDO[2]} in 2026) gedeeld "
              "door de totale baten. De kengetallen grondexploitatie en belastingcapaciteit zijn voor een "
              "gemeenschappelijke regeling zonder grondbezit en belastingen niet van toepassing."))


def page_bedrijf():
    yh = ["31-12-2024", "31-12-2025", "31-12-2026"]
    rows12 = [head_row(yh, first="Geprognosticeerde balans", lw="46%")]
    rows12.append(num_row("Vaste activa", D.CO_BAL_VA))
    rows12.append(num_row("Kortlopende vorderingen (incl. rekening-courant Rijk)", D.CO_BAL_VORD))
    rows12.append(num_row("Overlopende activa", D.CO_BAL_OVA))
    rows12.append(num_row("Liquide middelen", D.CO_BAL_LIQ))
    rows12.append(num_row("Activa", D.CO_BAL_TOT, bold=True, top=True))
    rows12.append(num_row("Eigen vermogen", D.CO_BAL_EV))
    rows12.append(num_row("Voorzieningen", D.CO_BAL_VOORZ))
    rows12.append(num_row("Vaste schulden", [0, 0, 0]))
    rows12.append(num_row("Vlottende passiva", D.CO_BAL_VP))
    rows12.append(num_row("Passiva", D.CO_BAL_TOT, bold=True, top=True, bottom=True))
    rows13 = [row([cell("Afdeling", head=True, bg=HEAD_BG, bottom=True, width="50%"),
                   cell("Begroting 2025", "right", head=True, bg=HEAD_BG, bottom=True),
                   cell("Begroting 2026", "right", head=True, bg=HEAD_BG, bottom=True)])]
    for n, a, b in D.CO_FTE:
        rows13.append(row([cell(n), cell(dec(a / 10, 1), "right"), cell(dec(b / 10, 1), "right")]))
    rows13.append(row([cell("Formatie", bold=True, top=True), cell(dec(D.CO_FTE_TOT[0] / 10, 1), "right", bold=True, top=True),
                       cell(dec(D.CO_FTE_TOT[1] / 10, 1), "right", bold=True, top=True)]))
    return (h2("6.3 Financiering") +
            p("Collectie Overijssel heeft geen vaste schulden. De middelen worden aangehouden in rekening-courant bij "
              "het Rijk (schatkistbankieren). Van de kredietfaciliteit van € 250 000 is in de begrotingsjaren geen "
              "gebruik voorzien. De eigen vermogens in tabel 12 zijn de reserves van tabel 15.") +
            caption(12, "Geprognosticeerde balans", "Bedragen x € 1.000") + table(rows12, size=8.5) +
            h2("6.4 Bedrijfsvoering") +
            p("De formatie groeit in 2026 vooral bij de afdeling Digitalisering & e-depot, voor het beheer van het "
              "groeiende e-depot en de koppelingen met de zaaksystemen van de gemeenten. Het ziekteverzuim willen "
              "wij terugbrengen tot onder de 5 %.") +
            caption(13, "Personeel: formatie per afdeling", "In fte") + table(rows13, size=8.5, width="80%") +
            h2("6.5 Verbonden partijen") +
            p("Collectie Overijssel heeft geen verbonden partijen."))


def page_invest():
    yh = ["2026", "2027", "2028", "2029", "Termijn (jaar)"]
    rows14 = [head_row(yh, first="Investering", lw="42%")]
    for n, v, t in D.CO_INV_DEPOT:
        rows14.append(num_row(n, v + [t]))
    rows14.append(num_row("Depot", D.CO_INV_DEPOT_SUB + [None], italic=True, bg=SUB_BG))
    for n, v, t in D.CO_INV_DIGI:
        rows14.append(num_row(n, v + [t]))
    rows14.append(num_row("Digitalisering en ICT", D.CO_INV_DIGI_SUB + [None], italic=True, bg=SUB_BG))
    rows14.append(num_row("Totaal investeringen", D.CO_INV_TOT + [None], bold=True, top=True, bottom=True))
    yh15 = ["31-12-2024 *)", "31-12-2025", "31-12-2026", "31-12-2027", "31-12-2028", "31-12-2029"]
    rows15 = [head_row(yh15, first="Reserve", lw="30%")]
    for n in D.CO_RES_NAMES:
        rows15.append(num_row(n, D.CO_RES[n]))
    rows15.append(num_row("Totaal reserves", D.CO_RES_TOT, bold=True, top=True, bottom=True))
    rows16 = [head_row(yh15[:1] and ["31-12-2024"] + yh15[1:], first="Voorziening", lw="30%")]
    for n, v in D.CO_VOORZ.items():
        rows16.append(num_row(n, v))
    rows16.append(num_row("Totaal voorzieningen", D.CO_VOORZ_TOT, bold=True, top=True, bottom=True))
    return (h1("7. Investeringen, reserves en voorzieningen") +
            h2("7.1 Investeringsplanning") +
            p("De investeringsplanning bevat de kredieten per jaar. Investeringen worden lineair afgeschreven over de "
              "termijn in de laatste kolom, vanaf het jaar na ingebruikname.") +
            caption(14, "Investeringsplanning 2026-2029", "Bedragen x € 1.000") + table(rows14, size=8.5) +
            h2("7.2 Reserves") +
            caption(15, "Reserves per 31 december", "Bedragen x € 1.000") + table(rows15, size=8) +
            note("*) Na verwerking van de resultaatbestemming 2024: het resultaat van 96 is toegevoegd aan de "
                 "Algemene reserve.") +
            h2("7.3 Voorzieningen") +
            caption(16, "Voorzieningen per 31 december", "Bedragen x € 1.000") + table(rows16, size=8) +
            p("De voorziening groot onderhoud is in 2025 gevormd op basis van het meerjarenonderhoudsplan voor het "
              "pand Eikenstraat/Van Wevelinkhovenstraat in Zwolle."))


PAGES = [  # (html builder, landscape?, chapter for the running header)
    (page_title, False, None),
    (page_summary, False, "Inhoud"),
    (page_intro, False, "Voorwoord en inleiding"),
    (page_prog1, False, "1. Programmaplan"),
    (page_prog2, False, "1. Programmaplan"),
    (page_landscape, True, "2. Overzicht van baten en lasten"),
    (page_meerjaren, False, "3. Meerjarenraming"),
    (page_soort, False, "4. Baten en lasten naar soort"),
    (page_bijdragen, False, "5. Bijdragen deelnemers"),
    (page_paragrafen, False, "6. Paragrafen"),
    (page_bedrijf, False, "6. Paragrafen"),
    (page_invest, False, "7. Investeringen, reserves en voorzieningen"),
]


def build(outdir):
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for f in ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
              "LiberationSans-BoldItalic.ttf"):
        QFontDatabase.addApplicationFont(os.path.join(FONT_DIR, f))
    path = os.path.join(outdir, FILE)
    w = QPdfWriter(path)
    w.setResolution(300)
    w.setTitle("Collectie Overijssel - " + TITLE + " (fictief)")
    w.setCreator("set-be gen_co.py (Qt QTextDocument)")
    margins = QMarginsF(20, 24, 18, 20)
    w.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, margins, QPageLayout.Millimeter))
    painter = None
    n = len(PAGES)
    for i, (fn, landscape, chapter) in enumerate(PAGES):
        orient = QPageLayout.Landscape if landscape else QPageLayout.Portrait
        w.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), orient, margins, QPageLayout.Millimeter))
        if painter is None:
            painter = QPainter(w)
        else:
            w.newPage()
        paint = w.pageLayout().paintRectPixels(w.resolution())
        width, height = paint.width(), paint.height()
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(w)
        font = QFont("Liberation Sans")
        font.setPointSizeF(9.5)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setHtml(fn())
        doc.setTextWidth(width)
        h = doc.size().height()
        if h > height:
            raise SystemExit(f"page {i + 1} ({fn.__name__}) overflows: {h:.0f} > {height}")
        painter.save()
        doc.drawContents(painter, QRectF(0, 0, width, height))
        painter.restore()
        dpi = w.resolution()
        mm = dpi / 25.4
        if chapter:   # running header and footer (drawn outside the text area)
            hf = QFont("Liberation Sans")
            hf.setPointSizeF(7.5)
            painter.setFont(hf)
            painter.setPen(QColor(BLUE))
            painter.drawText(QRectF(0, -14 * mm, width, 6 * mm), Qt.AlignLeft | Qt.AlignBottom,
                             "Collectie Overijssel  |  Begroting 2026")
            painter.drawText(QRectF(0, -14 * mm, width, 6 * mm), Qt.AlignRight | Qt.AlignBottom, chapter)
            painter.setPen(QPen(QColor(BLUE), 0.3 * mm))
            painter.drawLine(QPointF(0, -7 * mm), QPointF(width, -7 * mm))
            painter.setPen(QColor("#444444"))
            painter.drawText(QRectF(0, height + 6 * mm, width, 6 * mm), Qt.AlignHCenter | Qt.AlignTop,
                             f"{i + 1}")
    painter.end()
    print(f"{path}: {n} pages")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
