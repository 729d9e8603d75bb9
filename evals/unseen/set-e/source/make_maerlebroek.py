"""Write the HTML of the fictional Programmabegroting 2026 of Gemeente Maerlebroek.

Run: python3 make_maerlebroek.py && bash render_maerlebroek.sh
Writes maerlebroek-programmabegroting-2026.html (here) and mb_facts.json.
"""
import html
import json
import os

import mb_data as M
from nlfmt import cell, nl, mln

HERE = os.path.dirname(os.path.abspath(__file__))
D = M.build()
M.check(D)
FACTS = {}
YH = ["Rekening<br>2024", "Begroting<br>2025", "Begroting<br>2026", "Raming<br>2027", "Raming<br>2028", "Raming<br>2029"]


def fact(k, v):
    FACTS[k] = v
    return v


def e(s):
    return html.escape(s, quote=False)


def k(x, **kw):
    return cell(x, **kw)


def table(head, body, cls="", caption=None, scale=None, widths=None):
    out = []
    if caption:
        out.append(f'<div class="cap">{caption}</div>')
    if scale:
        out.append(f'<div class="scale">{scale}</div>')
    cg = ""
    if widths:
        cg = "<colgroup>" + "".join(f'<col style="width:{w}">' for w in widths) + "</colgroup>"
    out.append(f'<table class="{cls}">{cg}<thead>')
    for hr in head:
        out.append("<tr>" + "".join(hr) + "</tr>")
    out.append("</thead><tbody>")
    for r in body:
        out.append(r)
    out.append("</tbody></table>")
    return "\n".join(out)


def th(t, cls="n", extra=""):
    return f'<th class="{cls}" {extra}>{t}</th>'


def tr(cells, cls=""):
    return f'<tr class="{cls}">' + "".join(cells) + "</tr>"


def td(t, cls="n"):
    return f'<td class="{cls}">{t}</td>'


H = []
A = H.append

CSS = """
@page { size: A4 portrait; margin: 18mm 17mm 16mm 19mm;
  @top-left { content: "Programmabegroting 2026"; font: italic 8pt 'Liberation Sans', Arial, sans-serif; color: #555; }
  @top-right { content: "Gemeente Maerlebroek"; font: 8pt 'Liberation Sans', Arial, sans-serif; color: #555; }
  @bottom-right { content: counter(page); font: bold 9pt 'Liberation Sans', Arial, sans-serif; color: #1d3f73; }
}
@page :first { @top-left { content: none; } @top-right { content: none; } @bottom-right { content: none; } }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.2pt; line-height: 1.36; color: #222; }
h1 { font-size: 19pt; color: #1d3f73; margin: 0 0 8pt 0; border-bottom: 2px solid #e3a21a; padding-bottom: 4pt; }
h2 { font-size: 13pt; color: #1d3f73; margin: 14pt 0 5pt 0; }
h3 { font-size: 10.5pt; color: #222; margin: 10pt 0 4pt 0; }
p { margin: 0 0 6pt 0; text-align: left; }
.newpage { break-before: page; }
table { border-collapse: collapse; width: 100%; font-size: 7.9pt; line-height: 1.25; margin: 2pt 0 7pt 0; }
thead th { border-top: 1.2pt solid #1d3f73; border-bottom: 0.8pt solid #1d3f73; padding: 3pt 4pt; font-weight: bold;
           vertical-align: bottom; background: #eef2f8; }
td { padding: 1.3pt 4pt; border-bottom: 0.4pt solid #d4d9e2; vertical-align: top; }
th.n, td.n { text-align: right; white-space: nowrap; }
th.t, td.t { text-align: left; }
tr { break-inside: avoid; }
tr.grp td { font-weight: bold; background: #f6f6f6; padding-top: 2.5pt; }
tr.sub td.t { padding-left: 14pt; }
tr.tot td { font-weight: bold; border-top: 0.8pt solid #222; }
tr.res td { font-weight: bold; border-top: 0.8pt solid #222; border-bottom: 1.2pt solid #1d3f73; background: #fdf3dc; }
.cap { font-weight: bold; font-size: 9pt; margin-top: 8pt; }
.scale { font-size: 8pt; color: #444; margin-bottom: 1pt; }
.note { font-size: 8pt; color: #444; }
.box { border-left: 3pt solid #e3a21a; background: #fbf7ee; padding: 5pt 8pt; margin: 6pt 0 8pt 0; }
ul { margin: 0 0 6pt 0; padding-left: 16pt; } li { margin-bottom: 2pt; }
.cover { text-align: left; padding-top: 70mm; }
.cover .t1 { font-size: 34pt; color: #1d3f73; font-weight: bold; }
.cover .t2 { font-size: 16pt; color: #e3a21a; margin-top: 6pt; }
.cover .t3 { font-size: 12pt; margin-top: 40mm; }
table.toc td { border: none; padding: 2pt 4pt; font-size: 10pt; }
"""

# ------------------------------------------------------------------ cover + inhoud
A(f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Programmabegroting 2026 gemeente Maerlebroek</title><style>{CSS}</style></head><body>")
A("""<div class="cover"><div class="t1">Programmabegroting 2026</div><div class="t2">Meerjarenraming 2027-2029</div>
<div class="t3"><b>Gemeente Maerlebroek</b><br>Aangeboden door het college van burgemeester en wethouders op 23 september 2025<br>
Behandeling in de gemeenteraad: 6 november 2025</div></div>""")
A('<div class="newpage"></div><h1>Inhoud</h1><table class="toc">')
for a, b in [("1", "Aanbieding en financieel beeld"), ("2", "Programma 1 Bestuur en dienstverlening"),
             ("3", "Programma 2 Veiligheid"), ("4", "Programma 3 Openbare ruimte en mobiliteit"),
             ("5", "Programma 4 Onderwijs, sport en cultuur"), ("6", "Programma 5 Sociaal domein"),
             ("7", "Programma 6 Ruimte, wonen en duurzaamheid"),
             ("8", "Algemene dekkingsmiddelen, overhead en onvoorzien"), ("9", "Overzicht van baten en lasten"),
             ("10", "Paragraaf lokale heffingen"), ("11", "Paragraaf weerstandsvermogen en risicobeheersing"),
             ("12", "Paragraaf verbonden partijen"), ("13", "Investeringen en reserves")]:
    A(f"<tr><td style='width:12mm'>{a}</td><td>{b}</td></tr>")
A("</table>")
A("""<h2>Leeswijzer</h2><p>Deze begroting volgt de indeling van het Besluit begroting en verantwoording (BBV). Per programma
beantwoorden we drie vragen: <i>Wat willen we bereiken?</i>, <i>Wat gaan we daarvoor doen?</i> en <i>Wat mag het kosten?</i>.
De financiële tabellen per programma zijn ingedeeld naar taakveld. Per taakveld staan de lasten, de baten en het saldo
(baten min lasten) onder elkaar; de jaren staan in de kolommen. Een negatief saldo betekent dat het taakveld per saldo
geld kost. Tenzij anders vermeld zijn de bedragen in de tabellen x € 1.000. In de paragraaf lokale heffingen en in het
investeringsoverzicht staan bedragen in hele euro's.</p>
<p>De verplichte beleidsindicatoren uit de Regeling beleidsindicatoren zijn per programma opgenomen, samen met enkele
eigen indicatoren. Bij elke indicator staat de bron en de periode waarop de waarde betrekking heeft.</p>""")

# ------------------------------------------------------------------ 1 aanbieding
tot = D["total"]
inc = D["inc"]
ga = D["tv"]["0.7 Algemene uitkering en overige uitkeringen gemeentefonds"]["B"]
wl = D["woonlasten"]
wl_pct = fact("woonlasten_pct", round((wl[2026]["tot"] - wl[2025]["tot"]) / wl[2025]["tot"] * 100, 1))
assert 900 < ga[2026] - ga[2027] < 1000
A('<h1 class="newpage">1. Aanbieding en financieel beeld</h1>')
A(f"""<p>Geachte leden van de raad,</p>
<p>Hierbij bieden wij u de programmabegroting 2026 en de meerjarenraming 2027-2029 aan. Het is de laatste begroting van
deze raadsperiode. Maerlebroek groeit: op 1 januari 2025 telde de gemeente 31.482 inwoners, 214 meer dan een jaar eerder.
Met de nieuwbouw in Vlinderhof en de herontwikkeling van het stationsgebied komen daar de komende jaren nog zo'n 600
woningen bij.</p>
<p>De begroting 2026 sluit met een positief saldo van € {nl(inc[2026]['saldo'] * 1000)}. Dat is goed nieuws, maar het
meerjarenbeeld is minder rooskleurig. Doordat het rijk de groei van het gemeentefonds vanaf 2026 beperkt, daalt de
algemene uitkering in 2027 met bijna € 1 miljoen ten opzichte van 2026. Voor 2027 ramen wij daardoor een tekort van
€ {mln(-inc[2027]['saldo'] * 1000)} miljoen en voor 2028 een tekort van € {nl(-inc[2028]['saldo'] * 1000)}. In 2029 is de
begroting weer in evenwicht, met een klein overschot.</p>
<p>Wij kiezen er bewust voor de lasten voor inwoners beperkt te laten stijgen. De OZB-tarieven stijgen alleen met de
inflatie. De afvalstoffenheffing en de rioolheffing blijven kostendekkend. Voor een meerpersoonshuishouden met een
woning van gemiddelde waarde stijgen de woonlasten met {nl(wl_pct, 1)}%. Voor het dekken van de tekorten in 2027 en 2028
komen wij in de voorjaarsnota 2026 met voorstellen; een onttrekking aan de algemene reserve, die ruim € 14 miljoen
bedraagt, is daarbij een van de mogelijkheden.</p>""")
A(table([[th("Kerngegeven", "t"), th("1-1-2024"), th("1-1-2025")]],
        [tr([td("Aantal inwoners", "t"), td(nl(31268)), td(nl(31482))]),
         tr([td("waarvan 0 t/m 17 jaar", "t"), td(nl(6102)), td(nl(6134))]),
         tr([td("waarvan 65 jaar en ouder", "t"), td(nl(7259)), td(nl(7402))]),
         tr([td("Aantal huishoudens", "t"), td(nl(13874)), td(nl(13960))]),
         tr([td("Aantal woningen", "t"), td(nl(14066)), td(nl(14208))]),
         tr([td("Oppervlakte (hectare)", "t"), td(nl(6412)), td(nl(6412))]),
         tr([td("Lengte rioolstelsel (km)", "t"), td("186"), td("188")])],
        caption="Tabel 1.1 Kerngegevens", widths=["60%", "20%", "20%"]))
fact("inwoners_2025", 31482)
# meerjarig financieel perspectief, trailing minus
A("<h2>Meerjarig financieel perspectief</h2>")
A("<p>Het begrotingssaldo is het saldo van alle baten en lasten inclusief de mutaties in de reserves. Het structurele "
  "saldo laat zien of de structurele lasten gedekt worden door structurele baten; daarvoor corrigeren we het "
  "begrotingssaldo voor de incidentele baten en lasten (zie hoofdstuk 9). Een nadelig saldo staat in deze tabel met een "
  "minteken achter het bedrag.</p>")
rows = []
rows.append(tr([td("Begrotingssaldo (na mutaties reserves)", "t")] + [td(k(inc[y]["saldo"], neg="trail")) for y in (2026, 2027, 2028, 2029)]))
rows.append(tr([td("Af: incidentele baten", "t")] + [td(k(-inc[y]["B"], neg="trail")) for y in (2026, 2027, 2028, 2029)]))
rows.append(tr([td("Af: incidentele onttrekkingen aan reserves", "t")] + [td(k(-inc[y]["O"], neg="trail")) for y in (2026, 2027, 2028, 2029)]))
rows.append(tr([td("Bij: incidentele lasten", "t")] + [td(k(inc[y]["L"], neg="trail")) for y in (2026, 2027, 2028, 2029)]))
rows.append(tr([td("Structureel begrotingssaldo", "t")] + [td(k(inc[y]["struct"], neg="trail")) for y in (2026, 2027, 2028, 2029)], "res"))
A(table([[th("x € 1.000", "t"), th("2026"), th("2027"), th("2028"), th("2029")]], rows,
        caption="Tabel 1.2 Begrotingssaldo en structureel saldo", widths=["48%", "13%", "13%", "13%", "13%"]))
for y in (2026, 2027, 2028, 2029):
    fact(f"saldo/{y}", inc[y])
A(f"""<h2>Belangrijkste ontwikkelingen</h2>
<ul>
<li><b>Gemeentefonds.</b> De algemene uitkering bedraagt in 2026 € {mln(ga[2026] * 1000)} miljoen. Dat is de grootste
inkomstenbron van de gemeente: ruim 60% van alle baten.</li>
<li><b>Jeugdhulp.</b> De kosten van jeugdhulp blijven stijgen. Voor 2026 houden wij rekening met een tekort van
€ 350.000 ten opzichte van het budget dat de regio Maerland voor ons heeft geraamd; dat tekort is in deze begroting
al verwerkt.</li>
<li><b>Sporthal De Brink.</b> De bouw van de nieuwe sporthal begint in het voorjaar van 2026. Het krediet bedraagt
€ 6,85 miljoen. De kapitaallasten worden voor een deel gedekt uit de reserve kapitaallasten sporthal De Brink.</li>
<li><b>Energietransitie.</b> Wij zetten de komende vier jaar in totaal € 1.000.000 uit de reserve duurzaamheid in voor
het uitvoeringsprogramma energietransitie.</li>
</ul>""")

# ------------------------------------------------------------------ programmas
PROSE = {
    "1": dict(
        intro="Het programma Bestuur en dienstverlening gaat over de gemeenteraad, het college, de samenwerking in de regio "
              "en de dienstverlening aan inwoners en ondernemers, zoals paspoorten, rijbewijzen en de basisregistratie personen.",
        bereiken="<p>Inwoners en ondernemers zijn tevreden over de dienstverlening van de gemeente en kunnen hun zaken "
                 "snel en eenvoudig regelen, digitaal waar het kan en persoonlijk waar het moet. Inwoners worden vroeg "
                 "betrokken bij besluiten die hun buurt raken.</p>",
        ind=[("Tevredenheid dienstverlening", "rapportcijfer", "2024", "7,2", "Waarstaatjegemeente.nl"),
             ("Digitaal afgehandelde aanvragen burgerzaken", "% van alle aanvragen", "2024", "61", "Eigen registratie"),
             ("Formatie", "fte per 1.000 inwoners", "2026", "7,1", "Eigen begroting"),
             ("Externe inhuur", "% van loonsom en inhuur", "2024", "14,2", "Eigen jaarrekening"),
             ("Overhead", "% van totale lasten", "2026", nl(D["tv"]["0.4 Overhead"]["L"][2026] / tot[2026]["L"] * 100, 1), "Eigen begroting")],
        doen=["In 2024 verstrekten we 4.812 paspoorten en identiteitskaarten; voor 2026 verwachten we er ruim 5.300 door de "
              "piek in verlopen documenten.",
              "We vieren in 2026 dat Maerlebroek 750 jaar bestaat. Daarvoor is eenmalig € 120.000 beschikbaar, gedekt uit de algemene reserve.",
              "We starten met wijkbudgetten: elke wijk krijgt € 15.000 per jaar voor initiatieven van bewoners."],
        toel="De baten van taakveld 0.1 zijn in 2026 hoger door de eenmalige vrijval van € 210.000 uit de voorziening "
             "pensioenen gewezen wethouders, na de overdracht van de pensioenen aan een pensioenfonds."),
    "2": dict(
        intro="Dit programma omvat de brandweer en crisisbeheersing (via de Veiligheidsregio Maerland), openbare orde, "
              "handhaving en de aanpak van ondermijning.",
        bereiken="<p>Maerlebroek is een veilige gemeente waar inwoners zich veilig voelen. We willen het aantal "
                 "woninginbraken en vernielingen verder terugdringen en ondermijnende criminaliteit vroeg signaleren.</p>",
        ind=[("Verwijzingen Halt", "per 10.000 jongeren 12-17 jaar", "2023", "96", "Bureau Halt"),
             ("Winkeldiefstallen", "per 1.000 inwoners", "2024", "1,4", "CBS"),
             ("Geweldsmisdrijven", "per 1.000 inwoners", "2024", "3,1", "CBS"),
             ("Diefstallen uit woning", "per 1.000 inwoners", "2024", "1,6", "CBS"),
             ("Vernielingen en beschadigingen", "per 1.000 inwoners", "2024", "4,8", "CBS"),
             ("Inwoners die zich veilig voelen in de buurt", "%", "2023", "84", "Veiligheidsmonitor")],
        doen=["Het aantal woninginbraken daalde van 61 in 2023 naar 48 in 2024. We zetten het project Waakzame Wijk voort.",
              "In 2026 en 2027 zetten we twee extra boa's in (samen 1,6 fte) voor toezicht in het centrum en bij de "
              "recreatieplassen. De kosten van € 85.000 per jaar dekken we uit de reserve extra inzet handhaving.",
              "De bijdrage aan de Veiligheidsregio Maerland stijgt in 2026 naar € 2.684.000."],
        toel="De lasten van taakveld 1.1 bestaan voor ruim 90% uit de bijdrage aan de Veiligheidsregio Maerland."),
    "3": dict(
        intro="Programma 3 gaat over wegen, fietspaden, openbare verlichting, groen, riolering, afvalinzameling en de "
              "begraafplaatsen.",
        bereiken="<p>Een schone, hele en veilige openbare ruimte die past bij het gebruik. We beheren de openbare ruimte "
                 "op beeldkwaliteit B (basis) en in het centrum op A. De riolering is klimaatbestendig en we werken toe "
                 "naar minder restafval: 100 kilo per inwoner in 2030.</p>",
        ind=[("Omvang huishoudelijk restafval", "kg per inwoner", "2024", "128", "CBS"),
             ("Hernieuwbare elektriciteit", "%", "2023", "21,4", "Klimaatmonitor"),
             ("Tevredenheid onderhoud openbaar groen", "rapportcijfer", "2024", "6,6", "Burgerpanel Maerlebroek"),
             ("Ziekenhuisopnamen na ongeval met vervoermiddel", "%", "2022", "8", "VeiligheidNL")],
        doen=["We vervangen in 2026 ruim 1,4 kilometer riolering in de Molenstraat en omgeving (krediet € 1.240.000).",
              "De Kanaalweg krijgt een vrijliggend fietspad; de reconstructie kost € 875.000.",
              "De hoeveelheid restafval daalde in 2024 naar 128 kilo per inwoner. Het scheidingspercentage steeg naar 71%.",
              "Vanaf 2026 leggen we jaarlijks € 450.000 in de reserve groot onderhoud wegen."],
        toel="Riolering en afval zijn kostendekkend: de baten (vooral rioolheffing en afvalstoffenheffing) zijn hoger dan "
             "de directe lasten, omdat ook overhead, btw en kwijtschelding in de tarieven worden doorberekend."),
    "4": dict(
        intro="Onderwijs, sport en cultuur: de huisvesting van scholen, leerlingenvervoer, onderwijsachterstandenbeleid, "
              "sportaccommodaties, de bibliotheek, het cultuurhuis en ons erfgoed.",
        bereiken="<p>Alle kinderen in Maerlebroek krijgen gelijke kansen om zich te ontwikkelen. Scholen zijn goed "
                 "gehuisvest. Zoveel mogelijk inwoners sporten en bewegen, en iedereen kan meedoen aan cultuur.</p>",
        ind=[("Absoluut verzuim", "per 1.000 leerlingen", "2023", "1,9", "DUO"),
             ("Relatief verzuim", "per 1.000 leerlingen", "2023", "22", "DUO"),
             ("Voortijdig schoolverlaters zonder startkwalificatie", "% deelnemers VO en MBO", "2023", "1,6", "DUO"),
             ("Niet-sporters", "% van inwoners 18+", "2022", "46,3", "RIVM Gezondheidsmonitor")],
        doen=["Op de 11 basisscholen in Maerlebroek zitten bijna 2.400 leerlingen. Basisschool De Regenboog groeit uit "
              "haar gebouw; in 2027 volgt een uitbreiding met vier lokalen (krediet € 2.150.000).",
              "De bouw van sporthal De Brink start in 2026; de oude sporthal aan de Dreef gaat in 2027 dicht.",
              "De bibliotheek Maerlebroek ontvangt in 2026 een subsidie van € 734.500."],
        toel="De lasten van sportaccommodaties stijgen vanaf 2027 met € 343.000 door de kapitaallasten van sporthal De "
             "Brink. Daarvan wordt jaarlijks € 171.000 gedekt uit de reserve kapitaallasten sporthal De Brink."),
    "5": dict(
        intro="Het sociaal domein omvat de Participatiewet, de Wmo, de Jeugdwet, schuldhulpverlening, minimabeleid en "
              "volksgezondheid. Met ruim € 43 miljoen aan lasten is dit verreweg ons grootste programma.",
        bereiken="<p>Inwoners doen mee naar vermogen en krijgen de ondersteuning die zij nodig hebben, zo dicht mogelijk "
                 "bij huis. We investeren in preventie en in een sterke sociale basis, zodat minder zware zorg nodig is. "
                 "Kinderen groeien gezond en veilig op.</p>",
        ind=[("Banen", "per 1.000 inwoners 15-74 jaar", "2023", "694", "LISA"),
             ("Netto arbeidsparticipatie", "% werkzame beroepsbevolking", "2024", "70,4", "CBS"),
             ("Personen met een bijstandsuitkering", "per 10.000 inwoners 18+", "2024", "248", "CBS"),
             ("Jongeren met jeugdhulp", "% van jongeren tot 18 jaar", "2024", "11,8", "CBS"),
             ("Cliënten met een maatwerkarrangement Wmo", "per 10.000 inwoners", "2024", "612", "CBS"),
             ("Kinderen in uitkeringsgezin", "% kinderen tot 18 jaar", "2022", "4,9", "CBS")],
        doen=["Ruim 1.200 huishoudens maken gebruik van een of meer minimaregelingen, zoals de meedoenregeling en de "
              "individuele inkomenstoeslag.",
              "Het aantal bijstandsuitkeringen daalde naar 612 (peildatum 1 juli 2025).",
              "Het aantal cliënten met huishoudelijke hulp steeg tot 1.046; de eigen bijdrage is landelijk vastgesteld op € 21,80 per maand.",
              "Het transformatieprogramma sociaal domein loopt tot en met 2027 en wordt gedekt uit de reserve sociaal domein "
              "(€ 620.000 in 2026 en € 420.000 in 2027)."],
        toel="De bijdrage aan GGD Maerland (€ 1.184.000 in 2026) staat onder taakveld 7.1 Volksgezondheid. De "
             "rijksbijdrage voor de bijstandsuitkeringen (BUIG) is de belangrijkste bate onder taakveld 6.3."),
    "6": dict(
        intro="Ruimtelijke ordening, de Omgevingswet, wonen, grondexploitaties, economie en het milieubeleid, waaronder de "
              "energietransitie.",
        bereiken="<p>Maerlebroek blijft een aantrekkelijke gemeente om te wonen en te werken. We bouwen voor alle "
                 "doelgroepen, met voorrang voor starters en ouderen. In 2050 is Maerlebroek energieneutraal.</p>",
        ind=[("Nieuw gebouwde woningen", "aantal per 1.000 woningen", "2024", "8,6", "BAG"),
             ("Gemiddelde WOZ-waarde woningen", "duizend euro", "2025", "356", "CBS"),
             ("Demografische druk", "%", "2025", "74,2", "CBS"),
             ("Leegstand winkelpanden centrum", "% van verkooppunten", "2025", "6,8", "Locatus")],
        doen=["We willen tot en met 2029 gemiddeld 140 woningen per jaar bouwen, waarvan 30% sociale huur.",
              "In 2026 verkopen we 36 bouwkavels in Vlinderhof. Het verwachte positieve resultaat van € 228.000 "
              "voegen we toe aan de algemene reserve.",
              "De winkelleegstand in het centrum is gestegen tot 6,8%. Met de ondernemersvereniging maken we een plan om "
              "het kernwinkelgebied compacter te maken.",
              "Voor de omgevingsvisie en de gebiedsprogramma's is in 2026 € 180.000 beschikbaar uit de reserve Omgevingswet."],
        toel="De lasten van taakveld 7.4 Milieubeheer omvatten de bijdrage aan de Omgevingsdienst Maerland en het "
             "uitvoeringsprogramma energietransitie (€ 300.000 in 2026)."),
}
NAMES = {p: v[0] for p, v in M.PROGRAMMAS.items()}
TNUM = {}
tno = 2
for p, (pname, rows_) in M.PROGRAMMAS.items():
    A(f'<h1 class="newpage">{tno}. Programma {p} {e(pname)}</h1>')
    pr = PROSE[p]
    A(f"<p>{pr['intro']}</p>")
    A("<h2>Wat willen we bereiken?</h2>")
    A(pr["bereiken"])
    A(table([[th("Indicator", "t"), th("Eenheid", "t"), th("Periode", "t"), th("Waarde"), th("Bron", "t")]],
            [tr([td(e(a), "t"), td(e(b), "t"), td(c, "t"), td(d_), td(e(f_), "t")]) for a, b, c, d_, f_ in pr["ind"]],
            caption=f"Tabel {tno}.1 Indicatoren programma {p}", widths=["36%", "24%", "9%", "9%", "22%"]))
    for a, b, c, d_, f_ in pr["ind"]:
        fact(f"ind/{p}/{a}", (b, c, d_, f_))
    A("<h2>Wat gaan we daarvoor doen?</h2><ul>" + "".join(f"<li>{x}</li>" for x in pr["doen"]) + "</ul>")
    A("<h2>Wat mag het kosten?</h2>")
    body = []
    for name, l26, b26 in rows_:
        v = D["tv"][name]
        body.append(tr([f'<td class="t" colspan="7">{e(name)}</td>'], "grp"))
        body.append(tr([td("Lasten", "t")] + [td(k(v["L"][y])) for y in M.YEARS], "sub"))
        body.append(tr([td("Baten", "t")] + [td(k(v["B"][y])) for y in M.YEARS], "sub"))
        body.append(tr([td("Saldo", "t")] + [td(k(v["B"][y] - v["L"][y])) for y in M.YEARS], "sub"))
        fact(f"tv/{name}", {"L": v["L"], "B": v["B"]})
    ps = D["ps"][p]
    body.append(tr([f'<td class="t" colspan="7">Totaal programma {p}</td>'], "grp"))
    body.append(tr([td("Totaal lasten", "t")] + [td(k(ps[y]["L"])) for y in M.YEARS], "sub"))
    body.append(tr([td("Totaal baten", "t")] + [td(k(ps[y]["B"])) for y in M.YEARS], "sub"))
    body.append(tr([td("Saldo van baten en lasten", "t")] + [td(k(ps[y]["S"])) for y in M.YEARS], "tot"))
    body.append(tr([td("Toevoeging aan reserves", "t")] + [td(k(ps[y]["T"])) for y in M.YEARS]))
    body.append(tr([td("Onttrekking aan reserves", "t")] + [td(k(ps[y]["O"])) for y in M.YEARS]))
    body.append(tr([td("Resultaat", "t")] + [td(k(ps[y]["R"])) for y in M.YEARS], "res"))
    fact(f"prog/{p}", ps)
    A(table([[th("Taakveld", "t")] + [th(h) for h in YH]], body,
            caption=f"Tabel {tno}.2 Baten en lasten programma {p} {e(pname)}", scale="Bedragen x € 1.000",
            widths=["34%"] + ["11%"] * 6))
    A(f"<p>{pr['toel']}</p>")
    TNUM[p] = tno
    tno += 1

# ------------------------------------------------------------------ 8 algemene dekkingsmiddelen
A(f'<h1 class="newpage">8. Algemene dekkingsmiddelen, overhead en onvoorzien</h1>')
A("<p>Algemene dekkingsmiddelen zijn inkomsten die de gemeente vrij kan besteden: de algemene uitkering uit het "
  "gemeentefonds, de onroerendezaakbelastingen, overige belastingen en het saldo van de financieringsfunctie "
  "(treasury). De tabel hieronder geeft de lasten, baten en het saldo per taakveld in 2026.</p>")
rows = []
adm_names = [n_ for n_, l_, b_ in M.ADM]
for n_ in adm_names:
    v = D["tv"][n_]
    rows.append(tr([td(e(n_), "t"), td(k(v["L"][2026])), td(k(v["B"][2026])), td(k(v["B"][2026] - v["L"][2026]))]))
    fact(f"tv/{n_}", {"L": v["L"], "B": v["B"]})
pa = D["ps"]["ADM"]
rows.append(tr([td("Totaal algemene dekkingsmiddelen", "t"), td(k(pa[2026]["L"])), td(k(pa[2026]["B"])), td(k(pa[2026]["S"]))], "tot"))
A(table([[th("Taakveld", "t"), th("Lasten"), th("Baten"), th("Saldo")]], rows,
        caption="Tabel 8.1 Algemene dekkingsmiddelen 2026", scale="x € 1.000", widths=["55%", "15%", "15%", "15%"]))
rows = []
for n_ in ["0.5 Treasury", "0.61 OZB woningen", "0.62 OZB niet-woningen", "0.64 Belastingen overig",
           "0.7 Algemene uitkering en overige uitkeringen gemeentefonds"]:
    v = D["tv"][n_]
    rows.append(tr([td(e(n_) + " (saldo)", "t")] + [td(k(v["B"][y] - v["L"][y])) for y in M.YEARS]))
rows.append(tr([td("Saldo algemene dekkingsmiddelen (incl. 0.8 en 0.9)", "t")] + [td(k(pa[y]["S"])) for y in M.YEARS], "tot"))
A(table([[th("Saldo per taakveld", "t")] + [th(h) for h in YH]], rows,
        caption="Tabel 8.2 Meerjarig overzicht algemene dekkingsmiddelen", scale="(bedragen in duizenden euro's)",
        widths=["34%"] + ["11%"] * 6))
fact("prog/ADM", pa)
A(f"<p>De algemene uitkering is geraamd op basis van de meicirculaire 2025. Voor 2026 bedraagt zij "
  f"€ {nl(ga[2026] * 1000)}. In 2027 daalt zij naar € {nl(ga[2027] * 1000)}, doordat de rijksmiddelen voor jeugd en de "
  "accressen lager worden vastgesteld. De stelpost onvoorzien is € 150.000 per jaar en staat onder taakveld 0.8, samen "
  "met een stelpost van € 100.000 voor loon- en prijsstijgingen.</p>")
A("<h2>Overhead</h2>")
ov = D["ps"]["OH"]
A(f"<p>De overhead omvat de kosten van leidinggevenden, financiën, HRM, ICT, juridische zaken, communicatie en huisvesting "
  f"van het gemeentehuis. De overhead bedraagt in 2026 € {nl(ov[2026]['L'] * 1000)}, inclusief € 140.000 eenmalig voor de "
  "implementatie van een nieuw zaaksysteem.</p>")
A(table([[th("x € 1.000", "t")] + [th(h) for h in YH]],
        [tr([td("Lasten overhead", "t")] + [td(k(ov[y]["L"])) for y in M.YEARS]),
         tr([td("Baten overhead", "t")] + [td(k(ov[y]["B"])) for y in M.YEARS]),
         tr([td("Saldo overhead", "t")] + [td(k(ov[y]["S"])) for y in M.YEARS], "tot")],
        caption="Tabel 8.3 Overhead (taakveld 0.4)", widths=["34%"] + ["11%"] * 6))
fact("prog/OH", ov)

# ------------------------------------------------------------------ 9 overzicht baten en lasten
A('<h1 class="newpage">9. Overzicht van baten en lasten</h1>')
A("<p>Het overzicht van baten en lasten vat de programma's, de algemene dekkingsmiddelen en de overhead samen. Het "
  "begrotingsresultaat is het saldo na verrekening van de toevoegingen en onttrekkingen aan de reserves.</p>")
rows = []
allp = list(M.PROGRAMMAS.keys())
rows.append(tr(['<td class="t" colspan="7">Lasten</td>'], "grp"))
for p in allp:
    rows.append(tr([td(f"{p}. {e(NAMES[p])}", "t")] + [td(k(D["ps"][p][y]["L"])) for y in M.YEARS], "sub"))
rows.append(tr([td("Algemene dekkingsmiddelen", "t")] + [td(k(D["ps"]["ADM"][y]["L"])) for y in M.YEARS], "sub"))
rows.append(tr([td("Overhead", "t")] + [td(k(D["ps"]["OH"][y]["L"])) for y in M.YEARS], "sub"))
rows.append(tr([td("Totaal lasten", "t")] + [td(k(tot[y]["L"])) for y in M.YEARS], "tot"))
rows.append(tr(['<td class="t" colspan="7">Baten</td>'], "grp"))
for p in allp:
    rows.append(tr([td(f"{p}. {e(NAMES[p])}", "t")] + [td(k(D["ps"][p][y]["B"])) for y in M.YEARS], "sub"))
rows.append(tr([td("Algemene dekkingsmiddelen", "t")] + [td(k(D["ps"]["ADM"][y]["B"])) for y in M.YEARS], "sub"))
rows.append(tr([td("Overhead", "t")] + [td(k(D["ps"]["OH"][y]["B"])) for y in M.YEARS], "sub"))
rows.append(tr([td("Totaal baten", "t")] + [td(k(tot[y]["B"])) for y in M.YEARS], "tot"))
rows.append(tr([td("Saldo van baten en lasten", "t")] + [td(k(tot[y]["S"])) for y in M.YEARS], "tot"))
rows.append(tr([td("Toevoeging aan reserves", "t")] + [td(k(tot[y]["T"])) for y in M.YEARS]))
rows.append(tr([td("Onttrekking aan reserves", "t")] + [td(k(tot[y]["O"])) for y in M.YEARS]))
rows.append(tr([td("Begrotingsresultaat", "t")] + [td(k(tot[y]["R"])) for y in M.YEARS], "res"))
A(table([[th("", "t")] + [th(h) for h in YH]], rows, caption="Tabel 9.1 Overzicht van baten en lasten 2024-2029",
        scale="Bedragen x € 1.000", widths=["34%"] + ["11%"] * 6))
fact("total", tot)
A("<p>Een positief begrotingsresultaat is voordelig, een negatief resultaat nadelig. Het resultaat over 2024 is het "
  "rekeningresultaat uit de jaarstukken 2024 (voordelig € 1,1 miljoen).</p>")
A("<h2>Incidentele baten en lasten</h2>")
rows = []
for o_, p, soort, vals in M.INCIDENTEEL:
    rows.append(tr([td(e(o_), "t"), td(p, "t"), td("lasten" if soort == "L" else "baten", "t")] +
                   [td(k(vals.get(y, 0))) for y in (2026, 2027, 2028, 2029)]))
rows.append(tr([td("Totaal incidentele lasten", "t"), td(""), td("")] + [td(k(inc[y]["L"])) for y in (2026, 2027, 2028, 2029)], "tot"))
rows.append(tr([td("Totaal incidentele baten", "t"), td(""), td("")] + [td(k(inc[y]["B"])) for y in (2026, 2027, 2028, 2029)], "tot"))
rows.append(tr([td("Incidentele onttrekkingen aan reserves", "t"), td(""), td("")] + [td(k(inc[y]["O"])) for y in (2026, 2027, 2028, 2029)], "tot"))
A(table([[th("Omschrijving", "t"), th("Programma", "t"), th("Soort", "t"), th("2026"), th("2027"), th("2028"), th("2029")]],
        rows, caption="Tabel 9.2 Incidentele baten en lasten", scale="x € 1.000",
        widths=["40%", "11%", "9%", "10%", "10%", "10%", "10%"]))

# ------------------------------------------------------------------ 10 lokale heffingen
A('<h1 class="newpage">10. Paragraaf lokale heffingen</h1>')
A("<p>In deze paragraaf staan de tarieven en opbrengsten van de gemeentelijke belastingen en heffingen voor 2026. De "
  "raad stelt de belastingverordeningen in december 2025 vast. Uitgangspunten zijn: de OZB stijgt met de inflatie "
  "(3,4%), de afvalstoffenheffing en de rioolheffing zijn maximaal kostendekkend, en leges zijn ten hoogste "
  "kostendekkend per verordening. Tarieven voor 2027 en later worden jaarlijks bij de begroting vastgesteld.</p>")
rows = []
for b_, g_, t25, t26, kind, stg in D["heff"]:
    if kind == "pct":
        f25, f26 = nl(t25, 4) + "%", nl(t26, 4) + "%"
    elif kind == "eur2":
        f25, f26 = "€ " + nl(t25, 2), "€ " + nl(t26, 2)
    else:
        f25, f26 = "€ " + nl(t25), "€ " + nl(t26)
    rows.append(tr([td(e(b_), "t"), td(e(g_), "t"), td(f25), td(f26), td(nl(stg, 1) + "%")]))
    fact(f"tarief/{b_}", (t25, t26, stg))
A(table([[th("Belasting / heffing", "t"), th("Grondslag", "t"), th("Tarief 2025"), th("Tarief 2026"), th("Stijging")]],
        rows, caption="Tabel 10.1 Tarieven 2025 en 2026", widths=["35%", "27%", "13%", "13%", "12%"]))
A(f"<p>Voor de afvalstoffenheffing onderscheiden we twee tarieven. In 2026 worden naar verwachting "
  f"{nl(M.AFVAL_AANSLAGEN['een'])} aanslagen voor eenpersoonshuishoudens en {nl(M.AFVAL_AANSLAGEN['meer'])} voor "
  f"meerpersoonshuishoudens opgelegd. De rioolheffing wordt geheven per aansluiting op de riolering "
  f"({nl(M.RIOOL_AANSLUITINGEN)} aansluitingen).</p>")
opb = D["opbrengst"]
rows = []
for n_, v in opb.items():
    rows.append(tr([td(e(n_), "t")] + [td(k(v[y])) for y in (2024, 2025, 2026)]))
    fact(f"opbr/{n_}", v)
rows.append(tr([td("Totaal", "t")] + [td(k(sum(v[y] for v in opb.values()))) for y in (2024, 2025, 2026)], "tot"))
fact("opbr/Totaal", {y: sum(v[y] for v in opb.values()) for y in (2024, 2025, 2026)})
A(table([[th("Opbrengst", "t"), th("Rekening 2024"), th("Begroting 2025"), th("Begroting 2026")]], rows,
        caption="Tabel 10.2 Opbrengst belastingen en heffingen", scale="x €1.000", widths=["52%", "16%", "16%", "16%"]))
A("<h2>Lokale lastendruk</h2>")
A(f"<p>De tabel hieronder laat zien wat een meerpersoonshuishouden met een eigen woning van gemiddelde WOZ-waarde "
  f"betaalt. De gemiddelde WOZ-waarde stijgt van € {nl(M.WOZ_GEM[2025])} (waardepeildatum 1 januari 2024) naar "
  f"€ {nl(M.WOZ_GEM[2026])} (waardepeildatum 1 januari 2025).</p>")
rows = [tr([td("Onroerendezaakbelasting (eigenaar)", "t"), td(k(wl[2025]["ozb"])), td(k(wl[2026]["ozb"]))]),
        tr([td("Afvalstoffenheffing meerpersoonshuishouden", "t"), td(k(wl[2025]["afval"])), td(k(wl[2026]["afval"]))]),
        tr([td("Rioolheffing", "t"), td(k(wl[2025]["riool"])), td(k(wl[2026]["riool"]))]),
        tr([td("Totale woonlasten", "t"), td(k(wl[2025]["tot"])), td(k(wl[2026]["tot"]))], "tot")]
A(table([[th("Bedragen in €", "t"), th("2025"), th("2026")]], rows, caption="Tabel 10.3 Woonlasten meerpersoonshuishouden",
        widths=["60%", "20%", "20%"]))
fact("woonlasten", wl)
A("<h2>Kwijtschelding</h2><p>Inwoners met een inkomen op of rond het bijstandsniveau kunnen kwijtschelding krijgen van de "
  "afvalstoffenheffing en de rioolheffing. Maerlebroek hanteert de kwijtscheldingsnorm van 100%. In 2024 kregen 486 "
  "huishoudens (gedeeltelijke) kwijtschelding, voor een totaalbedrag van € 251.600. De belastingen worden geheven en "
  "ingevorderd door de Belastingsamenwerking Maerland.</p>")

# ------------------------------------------------------------------ 11 weerstandsvermogen
W = M.WEERSTAND
A('<h1 class="newpage">11. Paragraaf weerstandsvermogen en risicobeheersing</h1>')
A("<p>Het weerstandsvermogen geeft aan in hoeverre de gemeente financiële tegenvallers kan opvangen zonder dat het "
  "beleid hoeft te worden aangepast. Het is de verhouding tussen de beschikbare en de benodigde weerstandscapaciteit.</p>")
rows = [tr([td("Algemene reserve (stand 1-1-2026)", "t"), td(k(W["ar"]))]),
        tr([td("Stelpost onvoorzien", "t"), td(k(W["onvoorzien"]))]),
        tr([td("Onbenutte belastingcapaciteit OZB", "t"), td(k(W["belastingcap"]))]),
        tr([td("Beschikbare weerstandscapaciteit", "t"), td(k(W["ar"] + W["onvoorzien"] + W["belastingcap"]))], "tot"),
        tr([td("Benodigde weerstandscapaciteit (90% zekerheid)", "t"), td(k(W["benodigd"]))]),
        tr([td("Ratio weerstandsvermogen", "t"), td(nl(D["weerstand_ratio"], 2))], "res")]
A(table([[th("x € 1.000", "t"), th("2026")]], rows, caption="Tabel 11.1 Weerstandsvermogen", widths=["75%", "25%"]))
fact("weerstand", {**W, "ratio": D["weerstand_ratio"]})
A(f"<p>Met een ratio van {nl(D['weerstand_ratio'], 2)} is het weerstandsvermogen 'uitstekend' (ratio groter dan 2,0). De "
  "benodigde weerstandscapaciteit is met een risicosimulatie bepaald op basis van de 18 geïnventariseerde risico's. De "
  "vijf grootste risico's zijn: de open-einderegelingen in de jeugdhulp en de Wmo, de herverdeling van het "
  "gemeentefonds, de grondexploitatie Vlinderhof, de aanbesteding van sporthal De Brink en cyberrisico's.</p>")
keng = [("Netto schuldquote", ["58%", "61%", "66%", "71%", "70%", "68%"]),
        ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", ["55%", "58%", "63%", "68%", "67%", "65%"]),
        ("Solvabiliteitsratio", ["31%", "30%", "29%", "27%", "27%", "28%"]),
        ("Grondexploitatie", ["4%", "3%", "3%", "2%", "2%", "1%"]),
        ("Structurele exploitatieruimte", ["1,4%", "0,3%", "0,3%", "-1,3%", "-0,7%", "0,2%"]),
        ("Belastingcapaciteit", ["94%", "96%", "97%", "-", "-", "-"])]
rows = [tr([td(a, "t")] + [td(x) for x in v]) for a, v in keng]
A(table([[th("Kengetal", "t")] + [th(h) for h in YH]], rows, caption="Tabel 11.2 Financiële kengetallen",
        widths=["34%"] + ["11%"] * 6))
for a, v in keng:
    fact(f"keng/{a}", v)
A("<p>De netto schuldquote stijgt tot 2027 door de investeringen in sporthal De Brink en de uitbreiding van basisschool "
  "De Regenboog. Volgens de VNG-signaleringswaarden valt Maerlebroek met een netto schuldquote onder 90% in de minst "
  "risicovolle categorie. De belastingcapaciteit geeft de woonlasten weer ten opzichte van het landelijk gemiddelde "
  "van het voorgaande jaar en wordt alleen voor het begrotingsjaar berekend.</p>")

# ------------------------------------------------------------------ 12 verbonden partijen
A('<h1 style="margin-top:18pt">12. Paragraaf verbonden partijen</h1>')
A("<p>Een verbonden partij is een organisatie waarin de gemeente zowel een bestuurlijk als een financieel belang heeft. "
  "Maerlebroek neemt deel aan vijf gemeenschappelijke regelingen en is aandeelhouder van de BNG Bank en van "
  "Waterbedrijf Maerland NV.</p>")
rows = []
for n_, v_, b25, b26 in M.VERBONDEN:
    rows.append(tr([td(e(n_), "t"), td(e(v_), "t"), td(k(b25)), td(k(b26)), td(k(b26 - b25))]))
    fact(f"vp/{n_}", (b25, b26))
rows.append(tr([td("Totaal", "t"), td(""), td(k(sum(x[2] for x in M.VERBONDEN))), td(k(sum(x[3] for x in M.VERBONDEN))),
                td(k(sum(x[3] - x[2] for x in M.VERBONDEN)))], "tot"))
A(table([[th("Gemeenschappelijke regeling", "t"), th("Vestigingsplaats", "t"), th("Bijdrage<br>2025"), th("Bijdrage<br>2026"),
          th("Verschil")]], rows, caption="Tabel 12.1 Bijdragen aan gemeenschappelijke regelingen",
        scale="Bedragen x € 1.000", widths=["38%", "18%", "14%", "14%", "16%"]))
A("""<ul>
<li><b>Veiligheidsregio Maerland</b> voert de brandweerzorg, de crisisbeheersing en de GHOR uit voor de twaalf gemeenten in de regio.</li>
<li><b>GGD Maerland</b> voert de taken uit de Wet publieke gezondheid uit, waaronder de jeugdgezondheidszorg.</li>
<li><b>Omgevingsdienst Maerland</b> verzorgt vergunningverlening, toezicht en handhaving op het gebied van milieu.</li>
<li><b>Werkbedrijf Maerlanden</b> voert de Wsw en beschut werk uit voor Maerlebroek en twee buurgemeenten.</li>
<li><b>Belastingsamenwerking Maerland</b> heft en int de gemeentelijke belastingen en voert de Wet WOZ uit.</li>
</ul>
<p>Van de BNG Bank verwachten wij in 2026 een dividend van € 46.000; Waterbedrijf Maerland NV keert geen dividend uit.</p>""")

# ------------------------------------------------------------------ 13 investeringen en reserves
A('<h1 class="newpage">13. Investeringen en reserves</h1>')
A(f"<p>Hieronder staan de nieuwe investeringen voor de jaren 2026 tot en met 2028. De kapitaallasten zijn de lasten "
  f"van het eerste volle jaar na oplevering: afschrijving (lineair) plus {nl(M.RENTE * 100, 1)}% rente over het krediet. "
  "Investeringen in riolering worden gedekt uit de rioolheffing.</p>")
rows = []
for o_, p, j, kr, tm, kl in D["inv"]:
    rows.append(tr([td(e(o_), "t"), td(str(j)), td(k(kr)), td(k(kl))]))
    fact(f"inv/{o_}", (j, kr, tm, kl))
rows.append(tr([td("Totaal", "t"), td(""), td(k(sum(x[3] for x in D["inv"]))), td(k(sum(x[5] for x in D["inv"])))], "tot"))
fact("inv/Totaal", (sum(x[3] for x in D["inv"]), sum(x[5] for x in D["inv"])))
A(table([[th("Omschrijving", "t"), th("Jaar"), th("Krediet"), th("Kapitaallasten")]], rows,
        caption="Tabel 13.1 Investeringsplan 2026-2028", scale="Bedragen in €", widths=["52%", "10%", "19%", "19%"]))
A("<h2>Reserves</h2>")
rows = []
for n_, r in D["res"].items():
    rows.append(tr([td(e(n_), "t"), td(k(r["stand"])), td(k(r["T"])), td(k(r["O"])), td(k(r["eind"]))]))
    fact(f"res/{n_}", r)
R = D["res"].values()
rows.append(tr([td("Totaal reserves", "t"), td(k(sum(r["stand"] for r in R))), td(k(sum(r["T"] for r in R))),
                td(k(sum(r["O"] for r in R))), td(k(sum(r["eind"] for r in R)))], "tot"))
A(table([[th("Reserve", "t"), th("Stand<br>1-1-2026"), th("Toevoeging<br>2026"), th("Onttrekking<br>2026"),
          th("Stand<br>31-12-2026")]], rows, caption="Tabel 13.2 Verloop reserves 2026", scale="x € 1.000",
        widths=["44%", "14%", "14%", "14%", "14%"]))
A("<p>De reserve extra inzet handhaving is eind 2027 volledig benut. De reserve kapitaallasten sporthal De Brink wordt "
  "vanaf 2027 in twintig jaar afgebouwd.</p>")
A("</body></html>")

with open(os.path.join(HERE, "maerlebroek-programmabegroting-2026.html"), "w") as f:
    f.write("\n".join(H))
with open(os.path.join(HERE, "mb_facts.json"), "w") as f:
    json.dump(FACTS, f, indent=1, default=str, ensure_ascii=False)
print("ok")
