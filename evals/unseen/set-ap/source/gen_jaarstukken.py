"""Gemeente Twenterand, Jaarstukken 2020, programma Sociaal Domein (FICTIONAL) -> PDF.

The programme chapter of an online jaarverslag as a browser would print it: one column of text, a wide left margin
holding the page's breadcrumb (the doelenboom in view), a print header with the print date and the page title, a
running footer "Jaarstukken 2020 gemeente Twenterand" with "pagina n van N".  HTML + CSS paged media rendered by
WeasyPrint (margin boxes with string-set for the breadcrumb, table headers repeated over page breaks).

Usage: python gen_jaarstukken.py CORPUS_DIR
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

from weasyprint import HTML

import data as d
from fmt import eur, nl, nl_dec, nl_or_dash, nl_vn

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
E = html.escape

CSS = """
@page {
  size: A4; margin: 22mm 16mm 20mm 52mm;
  @top-left { content: "21-06-2021 10:14"; font: 7.5pt 'Liberation Sans'; color: #666; width: 30mm; }
  @top-right { content: "Programma 3 Sociaal Domein | Jaarverslag 2020 Twenterand"; font: 7.5pt 'Liberation Sans';
               color: #666; width: 110mm; text-align: right; }
  @left-top { content: "Jaarverslag 2020\\A Programma's\\A 3 Sociaal Domein\\A \\2192  " string(crumb, first);
              white-space: pre-wrap; font: 8pt 'Liberation Sans'; color: #666; vertical-align: top;
              text-align: left; width: 36mm; padding-top: 1mm; }
  @bottom-left { content: "Jaarstukken 2020 gemeente Twenterand"; font: 7.5pt 'Liberation Sans'; color: #666;
                 width: 80mm; }
  @bottom-right { content: "pagina " counter(page) " van " counter(pages); font: 7.5pt 'Liberation Sans';
                  color: #666; }
}
body { font: 10pt/1.45 'Liberation Sans'; color: #000; }
h1 { font-size: 17pt; margin: 0 0 6pt 0; color: #000; string-set: crumb "Inleiding"; }
h2 { font-size: 13pt; margin: 14pt 0 4pt 0; string-set: crumb content(text); break-after: avoid; }
h2 { break-before: page; }
h3 { font-size: 10.5pt; margin: 9pt 0 3pt 0; break-after: avoid; }
h4 { font-size: 9.5pt; font-style: italic; font-weight: bold; margin: 6pt 0 2pt 0; break-after: avoid; }
p { margin: 0 0 5pt 0; text-align: left; }
ul { margin: 0 0 5pt 0; padding-left: 13pt; }
li { margin: 0 0 2pt 0; }
p.effect { font-weight: bold; }
p.caption { font-weight: bold; font-size: 9pt; margin: 9pt 0 2pt 0; break-after: avoid; }
p.note { font-size: 7.5pt; margin: 2pt 0 7pt 0; }
table { border-collapse: separate; border-spacing: 0; width: 100%; font-size: 8.4pt; margin: 0 0 2pt 0; }
thead { display: table-header-group; }
th { background: #d9e4ee; font-weight: bold; text-align: right; vertical-align: bottom; padding: 3pt 4pt;
     border-right: 1.5pt solid #fff; }
th.l { text-align: left; }
th:last-child { border-right: none; }
td { padding: 2.4pt 4pt; border-bottom: 0.5pt solid #8a9aa8; text-align: right; vertical-align: top; }
td.l { text-align: left; }
tr.grp td { font-weight: bold; font-style: italic; border-bottom: 0.5pt solid #8a9aa8; }
tr.tot td { font-weight: bold; }
tr.end td { border-bottom: 1.4pt solid #2f4457; }
tr { break-inside: avoid; }
"""


def table(caption, heads, rows, widths, note=None, cls=""):
    """heads: list of header labels (first one left aligned); rows: (kind, label, cells) with kind '', 'grp', 'tot'"""
    h = [f'<p class="caption">{E(caption)}</p>', f'<table class="{cls}"><colgroup>']
    h += [f'<col style="width:{w}%">' for w in widths]
    h.append("</colgroup><thead><tr>")
    first = next((cells for kind, _, cells in rows if kind != "grp"), [])
    left = {0} | {i + 1 for i, c in enumerate(first) if isinstance(c, str) and c.startswith("§")}
    for i, x in enumerate(heads):
        h.append(f'<th class="{"l" if i in left else ""}">{x}</th>')
    h.append("</tr></thead><tbody>")
    for j, (kind, label, cells) in enumerate(rows):
        k = kind + (" end" if j == len(rows) - 1 else "")
        if kind == "grp":
            h.append(f'<tr class="{k}"><td class="l" colspan="{len(heads)}">{E(label)}</td></tr>')
            continue
        h.append(f'<tr class="{k}"><td class="l">{E(label)}</td>')
        for c in cells:
            cl = ' class="l"' if isinstance(c, str) and c.startswith("§") else ""
            h.append(f"<td{cl}>{E(c.lstrip('§'))}</td>")
        h.append("</tr>")
    h.append("</tbody></table>")
    if note:
        h.append(f'<p class="note">{E(note)}</p>')
    return "\n".join(h)


def ind_table(n, doel):
    rows = []
    for lab, s, r, r19, bron in d.T_IND[doel]:
        pct = lab in d.PCT_IND

        def f(x):
            if x is None:
                return "-"
            return f"{x}%" if pct else nl(x)
        rows.append(("", lab, [f(s), f(r), f(r19), "§" + bron]))
    return table(f"Tabel 3.{n} Beleidsindicatoren {doel}",
                 ["Indicator", "Streefwaarde 2020", "Realisatie 2020", "Realisatie 2019", "Bron"], rows,
                 [46, 12, 12, 12, 18],
                 note="Streefwaarde 2020 zoals opgenomen in de programmabegroting 2020. - = geen streefwaarde of "
                      "geen meting.")


def verplicht_table(n, doel):
    rows = [("", lab, ["§" + eenheid, "§" + periode, nl_dec(tw, 1), nl_dec(ned, 1)])
            for lab, eenheid, periode, tw, ned in d.T_VERPLICHT[doel]]
    return table(f"Tabel 3.{n} Verplichte beleidsindicatoren {doel}",
                 ["Indicator", "Eenheid", "Periode", "Twenterand", "Nederland"], rows, [30, 30, 10, 15, 15],
                 note="Bron: waarstaatjegemeente.nl, geraadpleegd maart 2021.")


def ul(items):
    return "<ul>" + "".join(f"<li>{E(x)}</li>" for x in items) + "</ul>"


def ps(*xs):
    return "".join(f"<p>{E(x)}</p>" for x in xs)


L, B = d.T_LASTEN, d.T_BATEN
P = d.T_PROSE
VJ = d.verschil(L["Jeugd"])
VMO = d.verschil(L["Maatschappelijke ondersteuning"])


def kosten(doel, extra=""):
    l, b = L[doel], B[doel]
    txt = ("De lasten van de doelenboom " + doel + " bedroegen in 2020 " + eur(l[2]) + ". In de begroting na wijziging "
           "was " + eur(l[1]) + " geraamd; de primitieve begroting ging uit van " + eur(l[0]) + ".")
    if b[2]:
        txt += " De baten kwamen uit op " + eur(-b[2]) + "."
    return '<h3>Wat heeft het gekost?</h3>' + ps(txt + extra)


def body():
    out = ['<h1>Programma 3 Sociaal Domein</h1>']
    out.append(ps(
        "Het sociaal domein omvat de zorg en ondersteuning, werk en inkomen, (passend) onderwijs en het preventieve "
        "beleid rond jeugd en gezondheid. In dit hoofdstuk leggen we verantwoording af over wat we in 2020 wilden "
        "bereiken, wat we hebben bereikt en wat we daarvoor hebben gedaan. De indeling volgt de doelenbomen van de "
        "programmabegroting 2020: Sociale zaken, Maatschappelijke ondersteuning, Gezondheidszorg, Onderwijs, Jeugd "
        "en het ontwikkelprogramma Transformatie Sociaal Domein.",
        "2020 was een jaar dat niemand had voorzien. Vanaf maart heeft de coronacrisis het werk in het sociaal domein "
        "sterk bepaald. Dagbesteding en groepsactiviteiten lagen wekenlang stil, re-integratietrajecten werden "
        "uitgesteld en het jongerenwerk zocht jongeren vooral online en op straat op. Tegelijk kreeg de gemeente er "
        "met de Tijdelijke overbruggingsregeling zelfstandig ondernemers (Tozo) in korte tijd een omvangrijke nieuwe "
        "taak bij. In 2020 zijn " + nl(P["tozo_aanvragen"]) + " aanvragen voor de Tozo behandeld.",
        "Financieel sluit het programma met een nadeel ten opzichte van de begroting na wijziging van "
        + eur(-P["resultaat_verschil"]) + ". Het grootste deel daarvan komt voor rekening van de jeugdhulp: daar is "
        "sprake van een overschrijding van € " + P["jeugdhulp_mln"] + " miljoen op jeugdhulp. De Tozo is volledig door "
        "het Rijk vergoed en leidt per saldo tot een voordeel op de inkomensregelingen. Een toelichting staat in "
        "paragraaf 3.7 Wat heeft het gekost?"))
    out.append('<h3>De belangrijkste resultaten van 2020</h3>')
    out.append(ul([
        "De Tozo is binnen twee weken na de aankondiging door het Rijk uitgevoerd; ondernemers kregen gemiddeld "
        "binnen vier weken uitsluitsel.",
        "De vroegsignalering van schulden is gestart; inwoners met een betalingsachterstand krijgen actief een "
        "gesprek aangeboden.",
        "Het scheidingsloket is geopend en de praktijkondersteuner jeugd werkt nu bij alle huisartsenpraktijken.",
        "Het regionale meldpunt loverboyproblematiek en mensenhandel Twente is gerealiseerd.",
        "Het integraal huisvestingsplan onderwijs is geactualiseerd en vastgesteld.",
        "Zorgaanbieders zijn tijdens de lockdown financieel ondersteund, zodat de zorginfrastructuur overeind bleef."]))
    out.append('<h3>Leeswijzer</h3>')
    out.append(ps(
        "Per doelenboom beantwoorden we drie vragen: Wat wilden we bereiken? Wat hebben we bereikt? Wat hebben we "
        "daarvoor gedaan? Daarna volgen de beleidsindicatoren met de streefwaarde uit de begroting en de realisatie, "
        "en de verplichte indicatoren uit het Besluit begroting en verantwoording. De financiële verantwoording van het "
        "hele programma staat in paragraaf 3.7, met per doelenboom en per taakveld de begroting primitief, de "
        "begroting na wijziging en de realisatie. Paragraaf 3.8 gaat over de verbonden partijen in het sociaal "
        "domein.",
        "De cijfers in dit hoofdstuk zijn ontleend aan de jaarrekening 2020. Kleine verschillen in de optellingen "
        "ontstaan door afronding. Waar een indicator door de coronamaatregelen niet of anders is gemeten, staat dat "
        "bij de toelichting vermeld."))

    # ---------------------------------------------------------------- 3.1 Sociale zaken
    out.append('<h2>3.1 Doelenboom Sociale zaken</h2>')
    out.append('<h3>Wat wilden we bereiken?</h3>')
    out.append('<p class="effect">Beoogd maatschappelijk effect: participerende en financieel zelfredzame inwoners</p>')
    out.append(ps(
        "Doel: naar vermogen participerende doelgroep Participatiewet in de maatschappij. Doel: financieel en sociaal "
        "zelfredzame inwoners. We wilden dat iedere inwoner van Twenterand naar vermogen mee kan doen, bij voorkeur "
        "via betaald werk, en dat inwoners met een laag inkomen voldoende middelen hebben om te participeren."))
    out.append('<h3>Wat hebben we bereikt?</h3>')
    out.append(ps(
        "Het aantal inwoners met een bijstandsuitkering op grond van de Participatiewet is in 2020 gestegen. Eind "
        "2020 ontvingen " + nl(d.T_IND['Sociale zaken'][0][2]) + " huishoudens een uitkering, terwijl in de begroting "
        "van " + nl(d.T_IND['Sociale zaken'][0][1]) + " was uitgegaan. De stijging is vooral in het tweede halfjaar "
        "ontstaan, toen de gevolgen van de coronamaatregelen op de arbeidsmarkt zichtbaar werden. Jongeren en "
        "flexwerkers verloren als eersten hun werk.",
        "De uitstroom naar werk bleef achter bij de verwachting: " + nl(d.T_IND['Sociale zaken'][6][2]) + " personen "
        "vonden betaald werk, tegen een streefwaarde van " + nl(d.T_IND['Sociale zaken'][6][1]) + ". Werkgevers waren "
        "terughoudend met het aannemen van nieuw personeel en werkervaringsplaatsen vielen tijdelijk weg.",
        "Het beroep op de bijzondere bijstand en de inkomenstoeslag nam toe. Dankzij de extra inzet op vroegsignalering "
        "van schulden zijn meer inwoners in een vroeg stadium bereikt. Het aantal kinderen dat een schoolpakket "
        "ontving, kwam hoger uit dan gepland."))
    out.append('<h3>Wat hebben we daarvoor gedaan?</h3>')
    out.append('<h4>Subdoel: De zelfredzaamheid van de doelgroep participatiewet is bevorderd</h4>')
    out.append(ul([
        "De uitvoering van de Tozo is in samenwerking met de regio binnen twee weken ingericht; aanvragen werden "
        "gemiddeld binnen vier weken afgehandeld.",
        "Re-integratietrajecten zijn waar mogelijk online voortgezet; groepstrainingen zijn in het najaar in kleinere "
        "groepen hervat.",
        "Met Soweco is de begeleiding van beschut werk voortgezet; er zijn twaalf plekken gerealiseerd."]))
    out.append('<h4>Subdoel: Inwoners met onvoldoende draagkracht beschikken over voldoende middelen om te '
               'participeren</h4>')
    out.append(ul([
        "De Meedoenregeling en het Jeugd Sport- en Cultuurfonds zijn actief onder de aandacht gebracht bij scholen "
        "en verenigingen.",
        "In samenwerking met de voedselbank en kerken zijn in december extra schoolpakketten en kerstpakketten "
        "verstrekt."]))
    out.append('<h4>Subdoel: Afname van het aantal inwoners met niet beheersbare problematische schulden</h4>')
    out.append(ul([
        "Vanaf juli 2020 ontvangen we signalen van woningcorporaties, energie- en drinkwaterbedrijven over "
        "betalingsachterstanden (vroegsignalering). Inwoners met een achterstand krijgen binnen twee weken een "
        "aanbod voor een gesprek.",
        "De wachttijd voor schuldhulpverlening is teruggebracht tot gemiddeld drie weken."]))
    out.append('<h4>Subdoel: Nieuwe Twenteranders hebben huisvesting en maatschappelijke begeleiding en zijn '
               'ingeburgerd</h4>')
    out.append(ps("De taakstelling voor de huisvesting van vergunninghouders is niet volledig gehaald, doordat het COA "
                  "minder koppelingen heeft gemaakt. De achterstand wordt in 2021 ingelopen."))
    out.append(kosten('Sociale zaken',  " De stijging ten opzichte van de primitieve begroting komt vrijwel geheel door de Tozo, waarvoor het Rijk de lasten vergoedt."))
    out.append('<h3>Indicatoren</h3>')
    out.append(ind_table(1, "Sociale zaken"))
    out.append(verplicht_table(2, "Sociale zaken"))

    # ---------------------------------------------------------------- 3.2 Maatschappelijke ondersteuning
    out.append('<h2 class="new">3.2 Doelenboom Maatschappelijke ondersteuning</h2>')
    out.append('<h3>Wat wilden we bereiken?</h3>')
    out.append('<p class="effect">Beoogd maatschappelijk effect: inwoners zijn zo lang en zoveel mogelijk '
               'zelfredzaam</p>')
    out.append(ps(
        "Doel: inwoners wonen langer zelfstandig thuis. Doel: inwoners voorzien in hun ondersteuningsbehoefte. Doel: "
        "inwoners zijn zich bewust van eigen verantwoordelijkheid nu en in de toekomst. We wilden de vrij toegankelijke "
        "voorzieningen in het voorveld versterken, zodat minder inwoners een maatwerkvoorziening nodig hebben."))
    out.append('<h3>Wat hebben we bereikt?</h3>')
    out.append(ps(
        "Het aantal toegekende maatwerkvoorzieningen is verder gestegen, tot " + nl(d.T_IND['Maatschappelijke ondersteuning'][0][2]) +
        ". De groei zit vooral in de huishoudelijke ondersteuning en de individuele begeleiding. De invoering van het "
        "abonnementstarief voor de eigen bijdrage Wmo maakt de voorzieningen voor meer inwoners aantrekkelijk: "
        "ook inwoners met een hoger inkomen betalen nu hoogstens € 19 per maand.",
        "De lasten van de doelenboom Maatschappelijke ondersteuning kwamen uit op " + eur(L['Maatschappelijke ondersteuning'][2]) +
        ", " + eur(-VMO) + " meer dan de begroting na wijziging. Vooral de begeleiding (taakveld 6.71) en de "
        "hulpmiddelen en woningaanpassingen (taakveld 6.6) vielen hoger uit.",
        "De mantelzorgers zijn in 2020 extra in beeld geweest. Veel mantelzorgers hadden het zwaar omdat de "
        "dagbesteding van hun naaste maandenlang gesloten was. Het aantal mantelzorgers dat de waardebonnen heeft "
        "ontvangen, steeg tot " + nl(d.T_IND['Maatschappelijke ondersteuning'][1][2]) + "."))
    out.append('<h3>Wat hebben we daarvoor gedaan?</h3>')
    out.append('<h4>Subdoel: Maatwerkvoorzieningen zijn toereikend</h4>')
    out.append(ul([
        "Zorgaanbieders hebben in de periode van sluiting een continuïteitsbijdrage ontvangen, conform de landelijke "
        "afspraken tussen VNG en Rijk.",
        "De werkwijze van het Twents model is geëvalueerd; de resultaatgerichte indicaties blijven de basis.",
        "Er is een coördinator ingezet die dure en complexe indicaties toetst voordat ze worden afgegeven."]))
    out.append('<h4>Subdoel: Algemene maatschappelijke voorzieningen zijn toegankelijk en toereikend</h4>')
    out.append(ul([
        "Met Stichting Evenmens is een telefonische belcirkel opgezet voor alleenwonende ouderen.",
        "De vier woonservicegebieden hebben hun activiteiten in aangepaste vorm voortgezet, zoals een "
        "maaltijdservice aan huis."]))
    out.append(kosten('Maatschappelijke ondersteuning', ""))
    out.append('<h3>Indicatoren</h3>')
    out.append(ind_table(3, "Maatschappelijke ondersteuning"))

    # ---------------------------------------------------------------- 3.3 Gezondheidszorg
    out.append('<h2>3.3 Doelenboom Gezondheidszorg</h2>')
    out.append('<h3>Wat wilden we bereiken?</h3>')
    out.append('<p class="effect">Beoogd maatschappelijk effect: inwoners zijn lichamelijk, geestelijk en sociaal '
               'gezond</p>')
    out.append(ps("Doel: de gezondheid en vitaliteit van inwoners is bevorderd. Doel: de gezondheid van inwoners is "
                  "beschermd."))
    out.append('<h3>Wat hebben we bereikt?</h3>')
    out.append(ps(
        "De GGD Twente heeft in 2020 vrijwel al haar capaciteit ingezet voor de bestrijding van het coronavirus: "
        "testen, bron- en contactonderzoek en de voorbereiding van de vaccinatie. Een deel van de reguliere "
        "preventieactiviteiten is daardoor uitgesteld. Het aantal basisscholen waar voorlichting over "
        "middelengebruik is gegeven, bleef met " + nl(d.T_IND['Gezondheidszorg'][4][2]) + " achter bij de "
        "streefwaarde. Het netwerk van AED's is verder uitgebreid tot " + nl(d.T_IND['Gezondheidszorg'][0][2]) +
        " toestellen."))
    out.append('<h3>Wat hebben we daarvoor gedaan?</h3>')
    out.append(ul([
        "De aanvullende bijdrage aan de GGD voor de coronabestrijding is gedekt uit de compensatie van het Rijk.",
        "Het scheidingsloket is in september 2020 van start gegaan in het gemeentehuis in Vriezenveen.",
        "Met Tactus is de preventieaanpak alcohol en drugs voor jongeren voortgezet, deels digitaal."]))
    out.append(kosten('Gezondheidszorg', " Hierin is de extra bijdrage aan de GGD voor de coronabestrijding opgenomen."))
    out.append('<h3>Indicatoren</h3>')
    out.append(ind_table(4, "Gezondheidszorg"))

    # ---------------------------------------------------------------- 3.4 Onderwijs
    out.append('<h2>3.4 Doelenboom Onderwijs</h2>')
    out.append('<h3>Wat wilden we bereiken?</h3>')
    out.append('<p class="effect">Beoogd maatschappelijk effect: iedere inwoner is zo lang en zoveel mogelijk '
               'zelfredzaam</p>')
    out.append(ps("Doel: onderwijsachterstanden zijn teruggedrongen. Doel: laaggeletterdheid is afgenomen. Doel: "
                  "onderwijsvoorzieningen zijn toegankelijk."))
    out.append('<h3>Wat hebben we bereikt?</h3>')
    out.append(ps(
        "Tijdens de schoolsluiting in het voorjaar zijn kwetsbare kinderen opgevangen op school en in de kinderopvang. "
        "Samen met de schoolbesturen zijn ruim tweehonderd laptops verstrekt aan leerlingen die thuis geen geschikte "
        "apparatuur hadden. Het aantal cursisten bij het ROC en het Taalpunt daalde, omdat de lessen maandenlang niet "
        "fysiek konden doorgaan.",
        "De lasten van Onderwijs bleven " + eur(d.verschil(L['Onderwijs'])) + " onder de begroting na wijziging. Het "
        "voordeel komt vooral doordat de renovatie van de gymzaal in Westerhaar is doorgeschoven naar 2021 en de "
        "kapitaallasten daardoor later ingaan."))
    out.append('<h3>Wat hebben we daarvoor gedaan?</h3>')
    out.append(ul([
        "De harmonisatie van peuterspeelzalen en kinderopvang is afgerond; alle peuters met een indicatie krijgen "
        "zestien uur voorschoolse educatie per week.",
        "Het integraal huisvestingsplan onderwijs is geactualiseerd en in december door de raad vastgesteld."]))
    out.append(kosten('Onderwijs', ""))
    out.append('<h3>Indicatoren</h3>')
    out.append(ind_table(5, "Onderwijs"))

    # ---------------------------------------------------------------- 3.5 Jeugd
    out.append('<h2 class="new">3.5 Doelenboom Jeugd</h2>')
    out.append('<h3>Wat wilden we bereiken?</h3>')
    out.append('<p class="effect">Beoogd maatschappelijk effect: evenwichtig opgroeiende jeugd, die actief '
               'deelneemt aan de maatschappij</p>')
    out.append(ps(
        "Doel: er zijn voldoende ontwikkelingsmogelijkheden voor de jeugd op alle leefgebieden. Doel: er is preventie "
        "van problemen bij jeugd. Doel: waar nodig is er ondersteuning en zorg voor jeugdigen en ouders."))
    out.append('<h3>Wat hebben we bereikt?</h3>')
    out.append(ps(
        "Het aantal jeugdigen met jeugdhulp is ook in 2020 gestegen, tot " + nl(d.T_IND['Jeugd'][8][2]) + ". Vooral "
        "het aantal jeugdigen met specialistische jeugdhulp en verblijf nam toe. De coronaperiode heeft de druk op "
        "gezinnen vergroot; jeugdhulpaanbieders signaleerden in het najaar meer crisisplaatsingen.",
        "De lasten van Jeugd bedroegen in 2020 € " + P["jeugd_lasten_mln"] + " miljoen. Dat is " + eur(-VJ) +
        " meer dan de begroting na wijziging. De oorzaken zijn een toename van het aantal cliënten, langere "
        "trajecten en hogere tarieven bij verblijf. Binnen het Twents model bleek de prijs per resultaatgebied "
        "voor de zwaardere trajecten te laag; de regio heeft de tarieven per 1 juli 2020 verhoogd.",
        "Het jongerenwerk heeft het contact met jongeren in stand gehouden met online activiteiten en extra "
        "straatrondes. Het aantal activiteiten dat jongeren zelf organiseerden, daalde sterk."))
    out.append('<h3>Wat hebben we daarvoor gedaan?</h3>')
    out.append('<h4>Subdoel: Er is een sluitende keten van tijdige vroegsignalering</h4>')
    out.append(ul([
        "De praktijkondersteuner jeugd bij de huisartsen is uitgebreid naar alle huisartsenpraktijken in Twenterand.",
        "Het CJG-loket was telefonisch en via Loes.nl bereikbaar; het aantal bezoekers van het fysieke loket daalde."]))
    out.append('<h4>Subdoel: Jeugd in (tijdelijk) kwetsbare posities wordt ondersteund</h4>')
    out.append(ul([
        "Het regionale meldpunt loverboyproblematiek en mensenhandel Twente is gerealiseerd.",
        "De vier jeugdwelzijnsorganisaties hebben gezamenlijke werkafspraken gemaakt over het jongerenwerk.",
        "Er is een expertisecentrum duurzame gezinsvormen opgezet voor pleeggezinnen en gezinshuizen."]))
    out.append(kosten('Jeugd', " Zie voor de analyse van de overschrijding paragraaf 3.7."))
    out.append('<h3>Indicatoren</h3>')
    out.append(ind_table(6, "Jeugd"))
    out.append(verplicht_table(7, "Jeugd"))

    # ---------------------------------------------------------------- 3.6 Transformatie
    out.append('<h2>3.6 Ontwikkelprogramma Transformatie Sociaal Domein</h2>')
    out.append('<h3>Wat wilden we bereiken?</h3>')
    out.append(ps("Onze inwoners zijn zelf- en samenredzaam. Zij maken gebruik van de voorzieningen binnen de gemeente, "
                  "licht waar mogelijk, zwaar waar nodig. De thema's zijn omkijken naar elkaar, thuis is het fijn en "
                  "veilig, en iedereen doet mee."))
    out.append('<h3>Wat hebben we bereikt?</h3>')
    out.append(ps(
        "De transformatie heeft in 2020 vertraging opgelopen. Een deel van de capaciteit is ingezet op de uitvoering "
        "van de coronamaatregelen en de Tozo. Toch zijn belangrijke stappen gezet: de pilot met een "
        "praktijkondersteuner jeugd is omgezet in een structurele werkwijze, en de integrale toegang (één gezin, één "
        "plan, één regisseur) werkt nu vanuit één team in Vriezenveen.",
        "Uit de reserve transformatiefonds sociaal domein is " + eur(d.T_RES['Reserve transformatiefonds sociaal domein'][2]) +
        " onttrokken voor de projecten in het ontwikkelprogramma. Projecten die niet konden starten, schuiven door "
        "naar 2021."))
    out.append('<h3>Wat hebben we daarvoor gedaan?</h3>')
    out.append(ul([
        "Vroegsignalering en preventie: de vroegsignalering van schulden is gestart (zie doelenboom Sociale zaken).",
        "Mantelzorgers kunnen blijven mantelzorgen: respijtzorg is ook tijdens de lockdown beschikbaar gebleven.",
        "Meer jeugdigen groeien thuis of in een thuisomgeving op: het aantal gezinshuisplekken in de regio is "
        "uitgebreid.",
        "Faciliteren van de transformatie: de sturingsinformatie sociaal domein is verbeterd met een dashboard voor de "
        "raad."]))

    # ---------------------------------------------------------------- 3.7 Wat heeft het gekost
    out.append('<h2 class="new">3.7 Wat heeft het gekost?</h2>')
    out.append(ps(
        "In de tabellen hieronder staan de begroting 2020 primitief (de programmabegroting 2020 zoals vastgesteld in "
        "november 2019), de begroting 2020 na wijziging (na verwerking van de begrotingswijzigingen en de "
        "bestuursrapportages), de realisatie 2020 en het verschil tussen de begroting na wijziging en de realisatie. "
        "Een positief verschil is een voordeel (V), een negatief verschil een nadeel (N). Lasten zijn positief, "
        "baten negatief weergegeven."))

    def trip(t, vn=True):
        return [nl(t[0]), nl(t[1]), nl(t[2])] + ([nl_vn(d.verschil(t))] if vn else [])
    heads = ["Bedragen in €", "Begroting 2020 primitief", "Begroting 2020 na wijziging", "Realisatie 2020",
             "Verschil"]
    rows = [("grp", "Lasten per doelenboom", [])]
    rows += [("", k, trip(L[k])) for k in d.DOELENBOMEN]
    rows.append(("tot", "Totaal programma lasten", trip(d.T_TOT_LASTEN)))
    rows.append(("grp", "Baten per doelenboom", []))
    rows += [("", k, trip(B[k])) for k in d.DOELENBOMEN]
    rows.append(("tot", "Totaal programma baten", trip(d.T_TOT_BATEN)))
    rows.append(("tot", "Totaal saldo van baten en lasten", trip(d.T_SALDO)))
    rows.append(("", "Mutaties reserves", trip(d.T_MUT_RES)))
    rows.append(("tot", "Resultaat programma Sociaal Domein", trip(d.T_RESULTAAT)))
    out.append(table("Tabel 3.8 Overzicht baten en lasten programma Sociaal Domein 2020", heads, rows,
                     [36, 16, 16, 16, 16],
                     note="De begroting 2020 primitief is overgenomen uit Overzicht 3.1 van de programmabegroting 2020; "
                          "het totaal van de lasten wijkt daar door afronding 1 euro af van de som van de doelenbomen."))

    rows = [("grp", "Lasten", [])]
    rows += [("", k, trip(v)) for k, v in d.T_TV_LASTEN.items()]
    rows.append(("tot", "Totaal lasten", trip(d.T_TOT_LASTEN)))
    rows.append(("grp", "Baten", []))
    rows += [("", k, trip(v)) for k, v in d.T_TV_BATEN.items()]
    rows.append(("tot", "Totaal baten", trip(d.T_TOT_BATEN)))
    out.append(ps(
        "De lasten en baten per taakveld geven een verdere uitsplitsing. Een taakveld kan onder meer dan één "
        "doelenboom vallen; de totalen sluiten aan op tabel 3.8."))
    out.append(table("Tabel 3.9 Wat heeft het gekost per taakveld", ["Taakveld (bedragen in €)",
                     "Begroting 2020 primitief", "Begroting 2020 na wijziging", "Realisatie 2020", "Verschil"], rows,
                     [36, 16, 16, 16, 16]))

    out.append('<h3>Reserves</h3>')
    out.append(ps(
        "Binnen het programma zijn drie reserves actief. De onttrekkingen dekken incidentele uitgaven die in de "
        "begroting al waren voorzien; de toevoeging aan de reserve transformatiefonds betreft de middelen voor "
        "projecten die naar 2021 doorschuiven."))
    rows = [("", k, [nl(v[0]), nl_or_dash(v[1]), nl(v[2]), nl(v[3])]) for k, v in d.T_RES.items()]
    rows.append(("tot", "Totaal", [nl(x) for x in d.T_RES_TOT]))
    out.append(table("Tabel 3.10 Verloop reserves programma Sociaal Domein 2020",
                     ["Reserve (bedragen in €)", "Stand 1-1-2020", "Toevoegingen", "Onttrekkingen",
                      "Stand 31-12-2020"], rows, [36, 16, 16, 16, 16],
                     note="Mutaties reserves in tabel 3.8: toevoegingen minus onttrekkingen."))

    out.append('<h3>Analyse van de belangrijkste afwijkingen</h3>')
    out.append(ps(
        "Het resultaat van het programma is " + eur(-P["resultaat_verschil"]) + " nadeliger dan de begroting na "
        "wijziging. De belangrijkste verschillen lichten we hieronder toe; tabel 3.11 geeft de bedragen."))
    out.append('<h4>Jeugdhulp: nadeel</h4>')
    out.append(ps(
        "Op de jeugdhulp is sprake van een overschrijding van € " + P["jeugdhulp_mln"] + " miljoen op jeugdhulp. De "
        "kosten van de maatwerkdienstverlening 18- en de geëscaleerde zorg 18- stegen door meer cliënten met verblijf "
        "en door de tariefsverhoging per 1 juli 2020. Bij de bestuursrapportage was een deel van de stijging al "
        "voorzien, maar de toename in het laatste kwartaal was groter dan verwacht. De regio Twente werkt aan "
        "maatregelen om de groei te beheersen."))
    out.append('<h4>Wmo-maatwerkvoorzieningen: nadeel</h4>')
    out.append(ps(
        "De Wmo-maatwerkvoorzieningen en de begeleiding laten een nadeel zien van € " + nl(P["wmo_rond"]) + ". Door het "
        "abonnementstarief is het aantal aanvragen voor huishoudelijke ondersteuning verder gestegen."))
    out.append('<h4>Inkomensregelingen: voordeel</h4>')
    out.append(ps(
        "Op de inkomensregelingen ontstaat per saldo een voordeel van € " + nl(P["inkomen_rond"]) + ". De Tozo is "
        "volledig vergoed door het Rijk; daarnaast viel de groei van het aantal bijstandsuitkeringen lager uit dan "
        "in de bestuursrapportage was geraamd."))
    out.append('<h4>Onderwijshuisvesting en arbeidsparticipatie: voordeel</h4>')
    out.append(ps(
        "Door het doorschuiven van de renovatie van de gymzaal ontstaat op onderwijshuisvesting een voordeel van € " +
        nl(P["ohv_rond"]) + ". Op arbeidsparticipatie bedraagt het voordeel € " + nl(P["arbeid_rond"]) + ", omdat "
        "re-integratietrajecten door de coronamaatregelen tijdelijk stillagen. De lagere onttrekking aan de reserves "
        "hangt samen met projecten die doorschuiven naar 2021."))
    rows = [("", lab, [f"{nl(abs(v))} {'V' if v > 0 else 'N'}"]) for lab, v in d.T_ANALYSE_K]
    ov = d.T_ANALYSE_OVERIG_K
    rows.append(("", "Overige verschillen", [f"{nl(abs(ov))} {'V' if ov > 0 else 'N'}"]))
    tot = d.T_ANALYSE_TOT_K
    rows.append(("tot", "Totaal verschil programma Sociaal Domein", [f"{nl(abs(tot))} {'V' if tot > 0 else 'N'}"]))
    out.append(table("Tabel 3.11 Belangrijkste verschillen tussen begroting na wijziging en realisatie",
                     ["Omschrijving (bedragen x € 1.000)", "Verschil V/N"], rows, [78, 22],
                     note="V = voordeel, N = nadeel ten opzichte van de begroting 2020 na wijziging."))
    out.append('<h2>3.8 Verbonden partijen</h2>')
    out.append(ps(
        "Een deel van de taken in het sociaal domein voert Twenterand uit via verbonden partijen. De GGD Twente is "
        "onderdeel van de gemeenschappelijke regeling Regio Twente. Soweco N.V. voert de Wet sociale werkvoorziening "
        "en beschut werk uit voor Twenterand en omliggende gemeenten. De inkoop van specialistische jeugdhulp en "
        "Wmo-voorzieningen loopt via de Twentse samenwerking OZJT.",
        "De bijdrage aan de GGD Twente lag hoger dan begroot door de inzet voor de coronabestrijding. De extra "
        "kosten zijn door het Rijk gecompenseerd via de algemene uitkering. De bijdrage aan Soweco bleef iets onder "
        "de begroting, omdat het zittend bestand Wsw verder daalde."))
    rows = [("", lab, ["§" + vorm, nl(nw), nl(r), nl_vn(nw - r)]) for lab, vorm, nw, r in d.T_VP]
    out.append(table("Tabel 3.12 Bijdragen aan verbonden partijen 2020",
                     ["Verbonden partij", "Rechtsvorm", "Begroting 2020 na wijziging", "Realisatie 2020",
                      "Verschil"], rows, [30, 25, 15, 15, 15], note="Bedragen in €."))
    out.append('<h3>Ontwikkelingen en risico\'s</h3>')
    out.append(ps(
        "De financiële risico's in het sociaal domein blijven groot. De kosten van jeugdhulp stijgen landelijk "
        "sneller dan de middelen die gemeenten ontvangen; het Rijk heeft voor 2021 opnieuw incidentele extra "
        "middelen toegezegd, maar een structurele oplossing ontbreekt. De herverdeling van het gemeentefonds pakt "
        "volgens de eerste berekeningen nadelig uit voor Twenterand. Daarnaast is onzeker hoe sterk het aantal "
        "bijstandsuitkeringen stijgt wanneer de steunmaatregelen voor ondernemers aflopen. In de kadernota 2022 "
        "komen we met voorstellen om de uitgaven in het sociaal domein beter te beheersen."))
    return "\n".join(out)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    doc = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>Programma 3 Sociaal Domein | Jaarverslag 2020 Twenterand</title><style>{CSS}</style></head>
<body>{body()}</body></html>"""
    HTML(string=doc).write_pdf(str(OUT / d.T_FILE))
    print(f"wrote {OUT / d.T_FILE}")


if __name__ == "__main__":
    main()
