"""Gemeente Lindewaarde (FICTIONAL), Programmabegroting 2026, Programma 2 Veilig en Leefbaar, as a web page saved
by a browser ("Webpagina, volledig"): the 'saved from' comment, links into the '_files' folder, scripts, a
cookie banner, the site header with the main menu (all programmes), a breadcrumb, a side menu, the programme
page with accordion sections (Wat willen we bereiken?, Wat gaan we daarvoor doen?, Beleidsindicatoren, Nieuw
beleid, Verbonden partijen, Wat mag het kosten?, Risico's), six HTML tables, a donut chart with a legend and the
site footer.

Usage: python gen_html.py CORPUS_DIR
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

import data as d
from fmt import dec, nl, nl_or

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
E = html.escape
FILES = "./Programma 2 Veilig en Leefbaar _ Programmabegroting 2026 _ Gemeente Lindewaarde_files"
URL = "https://begroting.lindewaarde.nl/programmabegroting-2026/programmas/programma-2-veilig-en-leefbaar"
H26 = d.HI[2026]

MENU = [
    ("1", "Bestuur en Dienstverlening"),
    ("2", "Veilig en Leefbaar"),
    ("3", "Sociaal Domein"),
    ("4", "Wonen en Ruimte"),
    ("5", "Economie en Werk"),
    ("6", "Onderwijs, Sport en Cultuur"),
    ("7", "Algemene dekkingsmiddelen"),
]


def nb(t):
    return t.replace("€ ", "€&nbsp;")


def p(t):
    return f"<p>{nb(t)}</p>"


def ul(items):
    return "<ul>" + "".join(f"<li>{nb(i)}</li>" for i in items) + "</ul>"


_acc = [0]


def accordion(slug, title, body, open_=True):
    _acc[0] += 1
    k = _acc[0]
    state = "true" if open_ else "false"
    cls = "accordion__panel" + ("" if open_ else " is-collapsed")
    return (f'<section class="accordion" id="{slug}">'
            f'<h2 class="accordion__heading"><button type="button" class="accordion__toggle" aria-expanded="{state}" '
            f'aria-controls="panel-{k}" data-track="accordion-{slug}"><span class="accordion__title">{E(title)}</span>'
            f'<svg class="icon icon--chevron" aria-hidden="true" focusable="false" viewBox="0 0 16 16"><path d="M3 6l5 5 '
            f'5-5" fill="none" stroke="currentColor" stroke-width="2"></path></svg></button></h2>'
            f'<div class="{cls}" id="panel-{k}" role="region" aria-labelledby="panel-{k}-label">{body}</div></section>')


def table(caption, head, rows, foot=None, note=None, cls="table--financial"):
    """head: list of header rows of (text, colspan); rows: (kind, cells) with kind '', 'group', 'total', 'subtotal'
    the first cell is a row header (th scope=row)"""
    ncol = sum(cs for _, cs in head[-1])
    out = [f'<div class="table-wrapper" tabindex="0"><table class="table {cls}"><caption>{E(caption)}</caption><thead>']
    for hr in head:
        out.append("<tr>" + "".join(
            f'<th scope="col"{f" colspan={cs}" if cs > 1 else ""}>{E(t)}</th>' for t, cs in hr) + "</tr>")
    out.append("</thead><tbody>")
    for kind, cells in rows:
        if kind == "group":
            out.append(f'<tr class="table__group"><th colspan="{ncol}" scope="colgroup">{E(cells[0])}</th></tr>')
            continue
        c = f' class="table__{kind}"' if kind else ""
        out.append(f"<tr{c}><th scope=\"row\">{E(cells[0])}</th>" +
                   "".join(f'<td class="num">{E(x)}</td>' for x in cells[1:]) + "</tr>")
    out.append("</tbody>")
    if foot:
        out.append("<tfoot>" + "".join(f'<tr class="table__total"><th scope="row">{E(r[0])}</th>' +
                                       "".join(f'<td class="num">{E(x)}</td>' for x in r[1:]) + "</tr>" for r in foot)
                   + "</tfoot>")
    out.append("</table></div>")
    if note:
        out.append(f'<p class="table-note">{E(note)}</p>')
    return "".join(out)


# ------------------------------------------------------------------------------------------------ page parts
def head():
    return (f'<!DOCTYPE html>\n<!-- saved from url=({len(URL):04d}){URL} -->\n'
            '<html lang="nl" class="js no-touch"><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>Programma 2 Veilig en Leefbaar | Programmabegroting 2026 | Gemeente Lindewaarde</title>\n'
            '<meta name="description" content="Programmabegroting 2026 van de gemeente Lindewaarde: programma 2 Veilig '
            'en Leefbaar.">\n'
            f'<link rel="canonical" href="{URL}">\n'
            f'<link rel="icon" href="{FILES}/favicon.ico">\n'
            f'<link rel="stylesheet" href="{FILES}/app.7c1e2f.css">\n'
            f'<link rel="stylesheet" media="print" href="{FILES}/print.0d4b9a.css">\n'
            f'<script async="" src="{FILES}/matomo.js"></script>\n'
            '<script>window.__BEGROTING__={"site":"programmabegroting-2026","organisatie":"gemeente-lindewaarde",'
            '"zoeken":true,"cookiebanner":true,"versie":"4.12.0"};</script>\n'
            '<script>var _paq=window._paq=window._paq||[];_paq.push(["trackPageView"]);'
            '_paq.push(["enableLinkTracking"]);</script>\n'
            '</head>\n')


def cookie_banner():
    return ('<div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite" aria-label="Cookiemelding">'
            '<div class="cookie-banner__inner"><p class="cookie-banner__text">Wij gebruiken functionele en analytische '
            'cookies om deze website goed te laten werken en te verbeteren. Met uw toestemming plaatsen wij ook cookies '
            'om filmpjes van YouTube te tonen. <a href="https://www.lindewaarde.nl/cookies">Lees meer over cookies</a>.'
            '</p><div class="cookie-banner__buttons"><button type="button" class="button button--primary" '
            'data-consent="all">Alle cookies accepteren</button><button type="button" class="button button--secondary" '
            'data-consent="necessary">Alleen noodzakelijke cookies</button></div></div></div>\n')


def site_header():
    sub = "".join(f'<li class="menu__item{" is-active" if n == "2" else ""}"><a href="https://begroting.lindewaarde.nl/'
                  f'programmabegroting-2026/programmas/programma-{n}">Programma {n} {E(t)}</a></li>' for n, t in MENU)
    return ('<a class="skip-link" href="#main">Direct naar de inhoud</a>\n'
            '<header class="site-header"><div class="site-header__inner">'
            f'<a class="logo" href="https://begroting.lindewaarde.nl/"><img src="{FILES}/logo-lindewaarde.svg" '
            'alt="Gemeente Lindewaarde" width="180" height="48"></a><span class="site-header__title">'
            'Programmabegroting 2026</span>'
            '<form class="search" role="search" action="https://begroting.lindewaarde.nl/zoeken"><label '
            'class="visually-hidden" for="q">Zoeken</label><input id="q" name="q" type="search" placeholder="Zoeken in '
            'de begroting"><button type="submit">Zoek</button></form></div>'
            '<nav class="main-nav" aria-label="Hoofdmenu"><ul class="menu">'
            '<li class="menu__item"><a href="https://begroting.lindewaarde.nl/programmabegroting-2026">Home</a></li>'
            '<li class="menu__item menu__item--has-sub"><a href="https://begroting.lindewaarde.nl/programmabegroting-2026/'
            f'programmas">Programma\'s</a><ul class="menu__sub">{sub}</ul></li>'
            '<li class="menu__item"><a href="https://begroting.lindewaarde.nl/programmabegroting-2026/paragrafen">'
            'Paragrafen</a></li>'
            '<li class="menu__item"><a href="https://begroting.lindewaarde.nl/programmabegroting-2026/'
            'financiele-begroting">Financiële begroting</a></li>'
            '<li class="menu__item"><a href="https://begroting.lindewaarde.nl/programmabegroting-2026/bijlagen">'
            'Bijlagen</a></li>'
            '<li class="menu__item"><a href="https://begroting.lindewaarde.nl/programmabegroting-2026/downloads">'
            'Downloads</a></li></ul></nav></header>\n'
            '<nav class="breadcrumb" aria-label="Kruimelpad"><ol class="breadcrumb__list">'
            '<li class="breadcrumb__item"><a href="https://begroting.lindewaarde.nl/programmabegroting-2026">Home</a></li>'
            '<li class="breadcrumb__item"><a href="https://begroting.lindewaarde.nl/programmabegroting-2026/programmas">'
            'Programma\'s</a></li><li class="breadcrumb__item" aria-current="page">Programma 2 Veilig en Leefbaar</li>'
            '</ol></nav>\n')


SECTIONS = [("wat-willen-we-bereiken", "Wat willen we bereiken?"), ("wat-gaan-we-daarvoor-doen", "Wat gaan we daarvoor doen?"),
            ("beleidsindicatoren", "Beleidsindicatoren"), ("nieuw-beleid", "Nieuw beleid"),
            ("verbonden-partijen", "Verbonden partijen"), ("wat-mag-het-kosten", "Wat mag het kosten?"),
            ("risicos", "Risico's")]


def sidebar():
    items = "".join(f'<li><a href="#{s}">{E(t)}</a></li>' for s, t in SECTIONS)
    return (f'<aside class="sidebar"><nav class="page-nav" aria-label="Op deze pagina"><h2 class="page-nav__title">'
            f'Op deze pagina</h2><ul>{items}</ul></nav><div class="sidebar__download"><a href="https://begroting.'
            f'lindewaarde.nl/downloads/programmabegroting-2026.pdf">Download de volledige begroting (PDF)</a></div>'
            f'</aside>\n')


def sec_bereiken():
    return accordion("wat-willen-we-bereiken", "Wat willen we bereiken?", "".join([
        "<h3>Doel 2.1 Inwoners voelen zich veilig in hun buurt</h3>",
        p("Wij willen dat inwoners zich veilig voelen in hun eigen buurt en in het centrum. Daarvoor werken wij "
          "samen met de politie, de veiligheidsregio, het RIEC en de inwoners zelf. Wij richten ons vooral op "
          "overlast van jongeren, woninginbraken, fietsendiefstal en ondermijnende criminaliteit."),
        "<h3>Doel 2.2 Veilige en goed bereikbare wegen</h3>",
        p("Wij willen dat iedereen zich veilig kan verplaatsen, te voet, op de fiets en met de auto. Het aantal "
          "verkeersongevallen met letsel moet dalen. Kinderen moeten veilig naar school kunnen fietsen."),
        "<h3>Doel 2.3 Een groene en schone openbare ruimte</h3>",
        p("Wij willen een groene, schone en goed onderhouden openbare ruimte waarin planten en dieren een plek "
          "hebben. Bij het onderhoud van bermen en plantsoenen geven wij meer ruimte aan biodiversiteit."),
    ]))


def sec_doen():
    led = d.H_NBD["NB 2.3"]
    boa = d.H_NBD["NB 2.1"]
    return accordion("wat-gaan-we-daarvoor-doen", "Wat gaan we daarvoor doen?", "".join([
        "<h3>Toezicht en handhaving</h3>",
        p(f"Wij breiden het team van buitengewoon opsporingsambtenaren (boa's) uit met {d.H_BOA_FTE} fte. Inwoners "
          "ervaren meer overlast van jongeren en van verkeer in de wijken, terwijl de politie door de krappe "
          "bezetting minder zichtbaar is op straat. De extra boa's zijn vooral 's avonds en in het weekend "
          f"aanwezig in de wijken en het centrum. De kosten zijn € {nl(boa[3][0])} per jaar."),
        p(f"Bij het station en de fietsenstalling plaatsen wij {H_CAMERAS_WORD} camera's. Daar kwamen de laatste "
          "jaren veel meldingen binnen van overlast, fietsendiefstal en drugshandel. De beelden worden live "
          f"uitgekeken tijdens de uren met de meeste overlast en worden {d.H_CAMERA_DAYS} dagen bewaard."),
        "<h3>Ondermijning</h3>",
        p("Samen met het RIEC en de politie pakken wij ondermijnende criminaliteit aan, zoals drugslabs in "
          "leegstaande schuren en witwassen via malafide bedrijven. Wij toetsen vergunningaanvragen met de Wet "
          "Bibob en controleren samen met partners bedrijventerreinen en het buitengebied."),
        "<h3>Verkeer en wegen</h3>",
        p(f"Voor het groot onderhoud van wegen en fietspaden is in 2026 {d.H_PROSE['wegen']} beschikbaar. Wij "
          "pakken onder meer de Molenweg, de Schoolstraat en het fietspad langs de Linde aan. Rond "
          f"{H_SCHOOLS_WORD} basisscholen maken wij de schoolroutes veiliger met betere oversteekplaatsen, "
          "drempels en duidelijke markering."),
        p("De openbare verlichting vervangen wij versneld door ledverlichting. Dat bespaart energie en vermindert "
          f"lichtvervuiling. De versnelde vervanging kost {d.H_PROSE['led']} per jaar in 2026 en 2027; een deel "
          "betalen wij uit de reserve openbare verlichting."),
        "<h3>Groen en begraven</h3>",
        p("De essentaksterfte tast veel essen langs wegen en in parken aan. Zieke bomen die gevaar opleveren, "
          "kappen wij en wij planten er andere soorten voor terug. Op de begraafplaatsen breiden wij het aantal "
          "urnengraven uit, omdat steeds meer inwoners kiezen voor crematie."),
    ]))


H_CAMERAS_WORD = {6: "zes"}[d.H_CAMERAS]
H_SCHOOLS_WORD = {9: "negen"}[d.H_SCHOOLS]


def sec_indicatoren():
    def f(name, v):
        if v is None:
            return "-"
        return dec(v, 1) if name in d.H_IND_DEC else nl(v)
    rows = [("", [n, u, b] + [f(n, v) for v in vals]) for n, u, b, *vals in d.H_IND]
    t = table("Tabel 2.1 Beleidsindicatoren programma 2",
              [[("Indicator", 1), ("Eenheid", 1), ("Bron", 1), ("2023", 1), ("2024", 1), ("2025", 1)]], rows,
              note="Een '-' betekent dat er voor dat jaar geen meting is. De Veiligheidsmonitor en de Burgerpeiling "
                   "worden eens per twee jaar gehouden.", cls="table--indicators")
    return accordion("beleidsindicatoren", "Beleidsindicatoren", "".join([
        p("Gemeenten zijn verplicht een aantal beleidsindicatoren op te nemen in de begroting. Daarnaast volgen "
          "wij een aantal eigen indicatoren. De meest recente cijfers staan op waarstaatjegemeente.nl."),
        t]), open_=False)


def sec_nieuw_beleid():
    rows = [("", [code, name, iss] + [nl_or(v) for v in vals]) for code, name, iss, vals in d.H_NB]
    foot = [["Totaal nieuw beleid", "", ""] + [nl(v) for v in d.H_NB_TOT]]
    t = table("Tabel 2.2 Nieuw beleid programma 2 (bedragen in euro's)",
              [[("Nr.", 1), ("Omschrijving", 1), ("I/S", 1), ("2026", 1), ("2027", 1), ("2028", 1), ("2029", 1)]],
              rows, foot=foot, note="I = incidenteel, S = structureel.")
    return accordion("nieuw-beleid", "Nieuw beleid", "".join([
        p("De gemeenteraad heeft bij de kadernota 2026 de volgende voorstellen voor nieuw beleid in programma 2 "
          "vastgesteld. De bedragen zijn lasten; de dekking staat in de financiële begroting."),
        t,
        "<h3>NB 2.6 Biodiversiteit in bermen en plantsoenen</h3>",
        p("Vanaf 2027 maaien wij bermen op meer plaatsen gefaseerd en zaaien wij plantsoenen in met inheemse "
          "bloemen. Daarvoor is extra inzet van de buitendienst nodig."),
    ]), open_=False)


def sec_vp():
    rows = [("", [n, v, tv, nl(b)]) for n, v, tv, b in d.H_VP]
    t = table("Tabel 2.3 Verbonden partijen programma 2",
              [[("Verbonden partij", 1), ("Vorm", 1), ("Taakveld", 1), ("Bijdrage 2026 (€)", 1)]], rows)
    return accordion("verbonden-partijen", "Verbonden partijen", "".join([
        t,
        "<dl class=\"vp-list\">",
        "<dt>Veiligheidsregio Waardenland</dt>",
        "<dd>" + nb("De veiligheidsregio voert de brandweerzorg, de rampenbestrijding en de crisisbeheersing uit "
                    "voor de gemeenten in de regio. De bijdrage stijgt in 2026 door de loon- en prijsontwikkeling "
                    "en de vervanging van voertuigen.") + "</dd>",
        "<dt>RIEC Waardenland</dt>",
        "<dd>Het Regionaal Informatie- en Expertisecentrum ondersteunt de gemeenten bij de aanpak van "
        "ondermijning.</dd>",
        "<dt>Recreatieschap Lindeplassen</dt>",
        "<dd>Het recreatieschap beheert de recreatiegebieden rond de Lindeplassen, met zwemstranden, "
        "fietspaden en wandelroutes.</dd>",
        "</dl>",
    ]), open_=False)


def sec_kosten():
    t4_rows = [("group", ["Lasten"])]
    t4_rows += [("", [f"{c} {n}"] + [nl(v) for v in l]) for c, n, l, _ in d.H_TAAKVELDEN]
    t4_rows.append(("subtotal", ["Totaal lasten"] + [nl(v) for v in d.H_LASTEN]))
    t4_rows.append(("group", ["Baten"]))
    t4_rows += [("", [f"{c} {n}"] + [nl(v) for v in b]) for c, n, _, b in d.H_TAAKVELDEN]
    t4_rows.append(("subtotal", ["Totaal baten"] + [nl(v) for v in d.H_BATEN]))
    t4_rows.append(("total", ["Saldo van baten en lasten"] + [nl(v) for v in d.H_SALDO]))
    t4_rows.append(("", ["Toevoegingen aan reserves"] + [nl(v) for v in d.H_TOEV]))
    t4_rows.append(("", ["Onttrekkingen aan reserves"] + [nl(v) for v in d.H_ONTT]))
    t4_rows.append(("total", ["Geraamd resultaat"] + [nl(v) for v in d.H_RESULTAAT]))
    t4 = table("Tabel 2.4 Lasten en baten per taakveld (bedragen x € 1.000)",
               [[("Taakveld", 1)] + [(c, 1) for c in d.H_COLS]], t4_rows)
    t5_rows = [("", [n, tv] + [nl_or(v) for v in vals]) for tv, n, vals in d.H_INC]
    t5 = table("Tabel 2.5 Incidentele lasten en baten",
               [[("Omschrijving", 1), ("Taakveld", 1)] + [(str(y), 1) for y in d.H_YEARS]], t5_rows,
               foot=[["Totaal incidenteel", ""] + [nl_or(v) for v in d.H_INC_TOT]],
               note="Bedragen in euro's. Een negatief bedrag is een incidentele bate of een onttrekking aan een "
                    "reserve.")
    t6_rows = [("", [n, nl(s), nl_or(t), nl_or(o), nl(e)]) for n, s, t, o, e in d.H_RESERVES]
    t6 = table("Tabel 2.6 Verloop reserves programma 2 in 2026 (bedragen in euro's)",
               [[("Reserve", 1), ("Stand 1-1-2026", 1), ("Toevoeging", 1), ("Onttrekking", 1),
                 ("Stand 31-12-2026", 1)]], t6_rows,
               foot=[["Totaal"] + [nl(v) for v in d.H_RES_TOT]])
    legend = "".join(f'<li><span class="swatch swatch--{i}" aria-hidden="true"></span>{E(c)} {E(n)}: '
                     f'{d.H_SHARE_2026[c]}%</li>' for i, (c, n, _, _) in enumerate(d.H_TAAKVELDEN, 1))
    chart = ('<figure class="chart chart--donut"><svg role="img" aria-label="Verdeling van de lasten 2026 per '
             'taakveld" viewBox="0 0 200 200" width="200" height="200"><circle cx="100" cy="100" r="70" fill="none" '
             'stroke="#d8e6d2" stroke-width="36"></circle><circle cx="100" cy="100" r="70" fill="none" '
             'stroke="#2e6b3f" stroke-width="36" stroke-dasharray="167 273"></circle></svg>'
             '<figcaption>Verdeling van de lasten 2026 per taakveld</figcaption>'
             f'<ul class="chart__legend">{legend}</ul></figure>')
    l25, l26 = d.H_LASTEN[d.HI[2025]], d.H_LASTEN[H26]
    return accordion("wat-mag-het-kosten", "Wat mag het kosten?", "".join([
        p(f"De lasten van dit programma bedragen in 2026 {d.H_PROSE['lasten_2026']}. Dat is "
          f"€ {nl((l26 - l25) * 1000)} meer dan in de begroting 2025. De stijging komt vooral door het nieuwe "
          "beleid: de extra boa's, de camera's bij het station, de versnelde vervanging van de openbare "
          "verlichting en de aanpak van de schoolroutes. De lasten van taakveld Verkeer en vervoer stijgen in "
          "2026 ook door hogere energiekosten van de openbare verlichting."),
        p("In de tabel zijn lasten positief en baten negatief. Een positief saldo betekent dat het programma "
          "per saldo geld kost; dat wordt gedekt uit de algemene dekkingsmiddelen."),
        t4, chart,
        "<h3>Toelichting op de baten</h3>",
        p("De parkeeropbrengsten stijgen doordat de parkeertarieven per 1 januari 2026 worden geïndexeerd en de "
          "parkeergarage aan de Havenstraat het hele jaar open is. De baten van de begraafplaatsen stijgen mee "
          "met de tarieven. Bij verkeer en vervoer ontvangen wij in 2026 een eenmalige bijdrage van de provincie "
          "voor de verkeersveiligheid rond scholen."),
        "<h3>Incidentele lasten en baten</h3>",
        t5,
        "<h3>Reserves</h3>",
        p("Het programma heeft vier reserves. De onttrekkingen dekken een deel van de incidentele lasten. De "
          "toevoeging aan de reserve verkeersmaatregelen komt uit de opbrengst van parkeervergunningen."),
        t6,
    ]))


def sec_risicos():
    return accordion("risicos", "Risico's", "".join([
        p("Het grootste risico binnen dit programma is de essentaksterfte. Als meer bomen ziek worden dan "
          "verwacht, moeten wij meer bomen kappen en herplanten dan in de begroting is opgenomen. Ook kan een "
          "zieke boom bij storm omvallen en schade veroorzaken."),
        p("Daarnaast kan de bijdrage aan de veiligheidsregio hoger uitvallen als de nieuwe cao voor de brandweer "
          "duurder is dan geraamd. Het algemeen bestuur van de veiligheidsregio stelt de begroting in juli vast; "
          "een eventuele stijging verwerken wij in de voorjaarsnota."),
    ]), open_=False)


def main_content():
    return ('<main id="main" class="content" tabindex="-1">'
            '<h1 class="page-title">Programma 2 Veilig en Leefbaar</h1>'
            '<div class="page-meta"><span>Portefeuillehouders: burgemeester J.A. van Dalsum (openbare orde en '
            'veiligheid), wethouder R.H. Oudejans (verkeer, groen en begraafplaatsen)</span></div>'
            '<div class="page-tools"><button type="button" class="button button--link" onclick="window.print()">'
            'Print deze pagina</button><a class="button button--link" href="https://begroting.lindewaarde.nl/'
            'downloads/programma-2-veilig-en-leefbaar.xlsx">Download tabellen (Excel)</a></div>'
            '<div class="intro">' +
            p("In programma 2 staan de taken van de gemeente voor openbare orde en veiligheid, brandweerzorg en "
              "rampenbestrijding, verkeer en parkeren, het openbaar groen en de begraafplaatsen. Wij willen dat "
              "inwoners van Lindewaarde veilig wonen, werken en zich verplaatsen in een groene en schone "
              "omgeving.") + '</div>' +
            sec_bereiken() + sec_doen() + sec_indicatoren() + sec_nieuw_beleid() + sec_vp() + sec_kosten() +
            sec_risicos() +
            '<nav class="pager" aria-label="Vorige en volgende"><a href="https://begroting.lindewaarde.nl/'
            'programmabegroting-2026/programmas/programma-1">← Programma 1 Bestuur en Dienstverlening</a><a '
            'href="https://begroting.lindewaarde.nl/programmabegroting-2026/programmas/programma-3">Programma 3 '
            'Sociaal Domein →</a></nav>'
            '</main>\n')


def footer():
    return ('<footer class="site-footer"><div class="site-footer__inner"><div class="site-footer__col"><h2>Contact'
            '</h2><p>Gemeente Lindewaarde<br>Raadhuisplein 1<br>Postbus 40<br>Telefoon 14 0777</p></div>'
            '<div class="site-footer__col"><h2>Over deze website</h2><ul><li><a href="https://www.lindewaarde.nl/'
            'privacy">Privacyverklaring</a></li><li><a href="https://www.lindewaarde.nl/toegankelijkheid">'
            'Toegankelijkheid</a></li><li><a href="https://www.lindewaarde.nl/cookies">Cookies</a></li></ul></div>'
            '<p class="site-footer__updated">Deze pagina is voor het laatst gewijzigd op 7 november 2025.</p>'
            '</div></footer>\n'
            '<script src="' + FILES + '/app.7c1e2f.js"></script>\n'
            '<script>document.querySelectorAll(".accordion__toggle").forEach(function(b){b.addEventListener("click",'
            'function(){var p=document.getElementById(b.getAttribute("aria-controls"));var o=b.getAttribute('
            '"aria-expanded")==="true";b.setAttribute("aria-expanded",String(!o));p.classList.toggle("is-collapsed",'
            'o);});});</script>\n')


def build():
    return (head() + '<body class="page page--programma">\n' + cookie_banner() + site_header() +
            '<div class="layout">\n' + sidebar() + main_content() + '</div>\n' + footer() + '</body></html>\n')


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / d.H_FILE).write_text(build(), encoding="utf-8")
    print(f"wrote {OUT / d.H_FILE}")


if __name__ == "__main__":
    main()
