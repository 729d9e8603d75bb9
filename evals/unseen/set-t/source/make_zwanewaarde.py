"""Generate corpus/zwanewaarde-begroting-2026.html: a saved page of an online begroting portal.

Usage: /work/main/.venv/bin/python make_zwanewaarde.py
"""
from __future__ import annotations

import os

from common import CORPUS, esc, nl, nl_dec
import zwanewaarde_data as Z

HTML_NAME = "zwanewaarde-begroting-2026.html"

# ------------------------------------------------------------------------------ programme texts
TEXTS = {
    1: dict(
        slug="bestuur-veiligheid-en-dienstverlening",
        intro="""Dit programma gaat over het bestuur van onze gemeente, de dienstverlening aan inwoners en
ondernemers en de veiligheid in Zwanewaarde. Inwoners moeten erop kunnen vertrouwen dat de gemeente
bereikbaar is, zorgvuldig beslist en samen met politie, brandweer en partners werkt aan een veilige
leefomgeving.""",
        bereiken=[
            ("Een veilige gemeente", """Inwoners voelen zich veilig in hun buurt. Het aandeel inwoners dat zich
vaak onveilig voelt in de eigen buurt daalt van 14% (Veiligheidsmonitor 2023) naar maximaal 11% in 2027."""),
            ("Goede dienstverlening", """Inwoners en ondernemers kunnen hun zaken met de gemeente eenvoudig
regelen, digitaal waar het kan en persoonlijk waar het nodig is."""),
            ("Weerbaar tegen ondermijning", """Criminele activiteiten krijgen geen kans om zich in de legale
economie van Zwanewaarde te nestelen."""),
        ],
        doen=[
            """We breiden het cameratoezicht rond het station en het Havenplein uit en ondersteunen de zes
buurtpreventieteams met een jaarlijkse bijdrage.""",
            """We stellen in 2026 een nieuw integraal veiligheidsplan 2026-2029 op, samen met de politie, het
Openbaar Ministerie en de Veiligheidsregio.""",
            """Het Bibob-beleid wordt uitgebreid naar vastgoedtransacties en we voeren samen met de politie
integrale controles uit op bedrijventerrein De Slikken.""",
            """We vernieuwen de publiekshal in het gemeentehuis en werken vaker op afspraak. Ons doel is dat 80%
van de telefoontjes binnen 30 seconden wordt beantwoord.""",
        ],
        toelichting="""De lasten stijgen in 2026 ten opzichte van 2025 vooral door de hogere bijdrage aan de
Veiligheidsregio en de kosten van de gemeenteraadsverkiezingen in maart 2026. De onttrekking aan de
reserves in 2026 betreft de reserve verkiezingen.""",
    ),
    2: dict(
        slug="sociaal-domein",
        intro="""In het sociaal domein ondersteunen we inwoners die dat nodig hebben: bij opgroeien, bij werk
en inkomen en bij zelfstandig wonen en meedoen. Het sociaal domein is met ruim 34 miljoen euro aan lasten
het grootste programma van de begroting. Uitgangspunt is dat we dichtbij en vroeg ondersteunen, zodat
zwaardere en duurdere zorg minder vaak nodig is.""",
        bereiken=[
            ("Iedereen doet mee", """Inwoners zijn zo lang mogelijk zelfredzaam en nemen deel aan de
samenleving, zo mogelijk via betaald werk."""),
            ("Kinderen groeien gezond en veilig op", """Jeugdigen krijgen tijdig passende hulp, zo dicht
mogelijk bij huis. We willen dat minder jongeren een beroep hoeven te doen op specialistische
jeugdhulp."""),
            ("Bestaanszekerheid", """Huishoudens met een laag inkomen kunnen rondkomen en schulden worden
vroeg gesignaleerd."""),
        ],
        doen=[
            """Het sociaal wijkteam Zwanewaarde Dichtbij is het centrale aanspreekpunt voor ondersteuning. We
streven ernaar dat een inwoner na een melding binnen zes weken een besluit over de maatwerkvoorziening
ontvangt.""",
            """Bij alle vier de huisartsenpraktijken werkt een praktijkondersteuner jeugd (POH-jeugd). Zo
krijgen jongeren met lichte problemen sneller hulp en wordt minder vaak doorverwezen naar specialistische
jeugdhulp. Dit is onze belangrijkste maatregel om de kosten van jeugdhulp te beheersen.""",
            """We voeren de regionale Hervormingsagenda Jeugd uit en maken met de aanbieders afspraken over
resultaatgerichte bekostiging.""",
            """Met het project Werk Voorop begeleiden we in 2026 ten minste 120 inwoners met een
bijstandsuitkering naar werk of een opleiding.""",
        ],
        toelichting="""De lasten stijgen in 2026 met &euro; 1,2 miljoen ten opzichte van de begroting 2025,
vooral door hogere kosten voor jeugdhulp en de Wmo. De onttrekking aan de reserves betreft de reserve
sociaal domein, die wordt ingezet voor de transformatie in de jeugdhulp. Vanaf 2028 zijn er geen
onttrekkingen meer geraamd.""",
    ),
    3: dict(
        slug="onderwijs-sport-en-cultuur",
        intro="""Goed onderwijs, een actieve sportcultuur en een levendig cultureel leven dragen bij aan de
ontwikkeling van inwoners en aan een prettige gemeente om in te wonen. De gemeente zorgt voor goede
schoolgebouwen en sportaccommodaties en ondersteunt verenigingen en culturele instellingen.""",
        bereiken=[
            ("Kansrijk opgroeien", """Alle kinderen krijgen gelijke kansen in het onderwijs. Het aantal
voortijdige schoolverlaters blijft onder het landelijk gemiddelde."""),
            ("Meer inwoners in beweging", """Het aandeel niet-sporters daalt naar maximaal 42% in 2028."""),
            ("Cultuur dichtbij", """Inwoners hebben toegang tot een bibliotheek, cultuuronderwijs en
erfgoed in hun eigen gemeente."""),
        ],
        doen=[
            """De nieuwe sporthal De Zwaan aan de Parklaan wordt in het najaar van 2026 opgeleverd. De
investering bedraagt &euro; 7,8 miljoen. De oude sporthal aan de Dijkstraat wordt daarna gesloopt.""",
            """We starten met de bouw van de nieuwe basisschool in De Rietlanden volgens het Integraal
Huisvestingsplan Onderwijs 2024-2040.""",
            """Met de combinatiefunctionarissen organiseren we na schooltijd sport- en cultuuractiviteiten
op alle basisscholen.""",
            """De bibliotheek krijgt een vestiging in het nieuwe kulturhus van Oud-Zwanewaarde.""",
        ],
        toelichting="""De lasten stijgen in 2026 en 2027 door de kapitaallasten van de nieuwe sporthal De
Zwaan en de hogere kosten van onderwijshuisvesting. Een deel van de kapitaallasten wordt gedekt door een
onttrekking aan de reserve dekking kapitaallasten.""",
    ),
    4: dict(
        slug="openbare-ruimte-en-milieu",
        intro="""Dit programma omvat het beheer en onderhoud van wegen, groen, riolering en begraafplaatsen,
de inzameling van afval en het milieubeleid. We willen een schone, hele en veilige openbare ruimte en
werken aan een klimaatbestendige en duurzame gemeente.""",
        bereiken=[
            ("Verkeersveiligheid", """Minder verkeersslachtoffers en veilige routes voor fietsers en
schoolgaande kinderen."""),
            ("Minder restafval", """In 2030 produceert een inwoner van Zwanewaarde maximaal 100 kilo
huishoudelijk restafval per jaar."""),
            ("Klimaatbestendig", """De openbare ruimte kan hevige regenbuien en hitte beter opvangen."""),
        ],
        doen=[
            """Bij vier basisscholen richten we in 2026 een schoolzone in met een lagere snelheid, duidelijke
markering en veilige oversteekplaatsen.""",
            """Sinds 2025 zamelen we omgekeerd in: gft, papier en pmd worden aan huis opgehaald, restafval
brengen inwoners naar een ondergrondse container. In 2026 breiden we het aantal containers uit.""",
            """We vervangen 2,4 kilometer riolering in de wijk Westerhoven en koppelen daarbij verhard
oppervlak af van het riool.""",
            """We planten 1.500 nieuwe bomen volgens het Bomenplan 2025-2030.""",
        ],
        toelichting="""De baten stijgen door de hogere tarieven van de afvalstoffenheffing en de rioolheffing,
die kostendekkend zijn. De onttrekking in 2026 betreft de egalisatiereserve afvalstoffenheffing.""",
    ),
    5: dict(
        slug="wonen-ruimte-en-economie",
        intro="""Zwanewaarde wil een aantrekkelijke gemeente zijn om te wonen en te werken. Dit programma gaat
over ruimtelijke ordening, woningbouw, grondexploitaties en de lokale economie, waaronder het toerisme
rond het Zwanemeer.""",
        bereiken=[
            ("Voldoende betaalbare woningen", """Tot en met 2030 worden 1.400 woningen toegevoegd, waarvan
ten minste 30% sociale huur."""),
            ("Een sterke lokale economie", """Ondernemers kunnen zich vestigen en groeien, en het centrum
blijft levendig."""),
        ],
        doen=[
            """In 2026 worden naar verwachting 210 woningen opgeleverd, onder meer in De Rietlanden fase 2,
waarvan 35% in de sociale huur.""",
            """We stellen het omgevingsplan voor het centrum vast en werken het Omgevingsprogramma Wonen uit.""",
            """Samen met de ondernemersvereniging werken we aan een bedrijveninvesteringszone voor het
centrum.""",
            """We promoten het Zwanemeer als recreatiegebied voor dagjesmensen en verblijfstoeristen.""",
        ],
        toelichting="""De lasten en baten in 2025 zijn hoger door de verkoop van kavels in De Rietlanden fase 1
binnen de grondexploitatie. In 2026 wordt een bedrag toegevoegd aan de reserve grondexploitaties.""",
    ),
}

CSS = """
body{margin:0;font-family:"Source Sans Pro",Arial,sans-serif;color:#222;background:#f6f7f9}
.skip{position:absolute;left:-9999px}
#cookie-consent{background:#1f2a44;color:#fff;padding:14px 24px;font-size:14px}
#cookie-consent button{margin-left:8px}
header.site{background:#fff;border-bottom:3px solid #2a7ab0;padding:12px 24px;display:flex;gap:24px;align-items:center}
header.site .logo{font-weight:700;font-size:20px;color:#2a7ab0}
nav.main ul{list-style:none;display:flex;gap:18px;margin:0;padding:0}
nav.breadcrumb{padding:8px 24px;font-size:13px}
.wrap{display:flex;gap:24px;padding:0 24px}
aside.sidebar{width:250px;font-size:14px}
main{flex:1;background:#fff;padding:16px 28px;max-width:980px}
table{border-collapse:collapse;margin:8px 0 4px 0;font-size:14px}
th,td{border-bottom:1px solid #d5dbe3;padding:4px 8px}
th{background:#e8eef5;text-align:left}
td.num,th.num{text-align:right;white-space:nowrap}
tr.totaal td{font-weight:700;border-top:2px solid #2a7ab0}
p.tabelnoot{font-size:12px;color:#555;margin-top:2px}
footer{padding:20px 24px;font-size:13px;color:#555}
"""


def money_row(label, vals, cls=""):
    c = f' class="{cls}"' if cls else ""
    return f"<tr{c}><td>{esc(label)}</td>" + "".join(f'<td class="num">{nl(v)}</td>' for v in vals) + "</tr>"


def kosten_table(p):
    d = Z.PROGRAMMAS[p]
    rows = [
        money_row("Lasten", d["lasten"]),
        money_row("Baten", d["baten"]),
        money_row("Saldo van baten en lasten", Z.saldo(p), "totaal"),
        money_row("Toevoegingen aan reserves", d["toev"]),
        money_row("Onttrekkingen aan reserves", d["ontt"]),
        money_row("Resultaat", Z.resultaat(p), "totaal"),
    ]
    return f"""
<table class="kosten" id="kosten-p{p}">
<caption>Exploitatie programma {p} {esc(d['naam'])}</caption>
<thead>
<tr><th rowspan="2">Bedragen x &euro; 1.000</th><th class="num">Rekening</th><th class="num">Begroting</th><th class="num">Begroting</th><th class="num" colspan="3">Meerjarenraming</th></tr>
<tr><th class="num">2024</th><th class="num">2025</th><th class="num">2026</th><th class="num">2027</th><th class="num">2028</th><th class="num">2029</th></tr>
</thead>
<tbody>
{''.join(rows)}
</tbody>
</table>
<p class="tabelnoot">Begroting 2025 na verwerking van de 2e begrotingswijziging 2025. Saldo: een negatief bedrag is een nadeel.</p>
"""


def taakveld_table(p):
    rows = []
    tl = tb = 0
    for code, naam, l, b in Z.taakvelden_full(p):
        tl += l
        tb += b
        rows.append(f"<tr><td>{code} {esc(naam)}</td><td class='num'>{nl(l)}</td><td class='num'>{nl(b)}</td>"
                    f"<td class='num'>{nl(b - l)}</td></tr>")
    rows.append(f"<tr class='totaal'><td>Totaal programma {p}</td><td class='num'>{nl(tl)}</td>"
                f"<td class='num'>{nl(tb)}</td><td class='num'>{nl(tb - tl)}</td></tr>")
    return f"""
<table class="taakvelden" id="taakvelden-p{p}">
<caption>Taakvelden programma {p}, begroting 2026</caption>
<thead><tr><th>Taakveld</th><th class="num">Lasten</th><th class="num">Baten</th><th class="num">Saldo</th></tr></thead>
<tbody>{''.join(rows)}</tbody>
</table>
<p class="tabelnoot">Bedragen in euro's.</p>
"""


def indicator_table(p):
    rows = []
    for ind, eenheid, bron, vals, nlv in Z.INDICATOREN[p]:
        rows.append(f"<tr><td>{esc(ind)}</td><td>{esc(eenheid)}</td><td>{esc(bron)}</td>"
                    + "".join(f"<td class='num'>{v}</td>" for v in vals)
                    + f"<td class='num'>{nlv}</td></tr>")
    return f"""
<table class="indicatoren" id="indicatoren-p{p}">
<caption>Beleidsindicatoren programma {p}</caption>
<thead>
<tr><th rowspan="2">Indicator</th><th rowspan="2">Eenheid</th><th rowspan="2">Bron</th><th colspan="4">Zwanewaarde</th><th>Nederland</th></tr>
<tr><th class="num">2021</th><th class="num">2022</th><th class="num">2023</th><th class="num">2024</th><th class="num">2024</th></tr>
</thead>
<tbody>{''.join(rows)}</tbody>
</table>
<p class="tabelnoot">Bron: waarstaatjegemeente.nl, peildatum juli 2025. n.b. = niet beschikbaar.</p>
"""


def programme_section(p):
    d = Z.PROGRAMMAS[p]
    t = TEXTS[p]
    bereiken = "".join(f"<h4>{esc(k)}</h4>\n<p>{v}</p>\n" for k, v in t["bereiken"])
    doen = "".join(f"<li>{x}</li>\n" for x in t["doen"])
    return f"""
<section class="programma" id="{t['slug']}">
<h2>Programma {p} {esc(d['naam'])}</h2>
<div class="intro"><p>{t['intro']}</p></div>
<h3>Wat willen we bereiken?</h3>
{bereiken}
<h3>Wat gaan we daarvoor doen?</h3>
<ul>
{doen}</ul>
<h3>Beleidsindicatoren</h3>
{indicator_table(p)}
<h3>Wat mag het kosten?</h3>
{kosten_table(p)}
<h4>Toelichting</h4>
<p>{t['toelichting']}</p>
<h3>Taakvelden</h3>
<p>De lasten en baten van dit programma zijn als volgt over de taakvelden uit het Besluit begroting en
verantwoording (BBV) verdeeld.</p>
{taakveld_table(p)}
<div class="pagina-acties"><a href="#">Print deze pagina</a> | <a href="#">Download als PDF</a> | <a href="#top">Naar boven</a></div>
</section>
"""


def adm_section():
    rows = [money_row(n, v) for n, v in Z.ALG_DEKKING]
    rows.append(money_row("Totaal algemene dekkingsmiddelen", Z.alg_dekking_totaal(), "totaal"))
    bs, rp = Z.begrotingssaldo()
    srows = [
        money_row("Resultaat programma's 1 t/m 5", rp),
        money_row("Algemene dekkingsmiddelen", Z.alg_dekking_totaal()),
        money_row("Overhead", [-x for x in Z.OVERHEAD]),
        money_row("Onvoorzien", [-x for x in Z.ONVOORZIEN]),
        money_row("Vennootschapsbelasting", [-x for x in Z.VPB]),
        money_row("Begrotingssaldo", bs, "totaal"),
    ]
    head = """<thead>
<tr><th rowspan="2">Bedragen x &euro; 1.000</th><th class="num">Rekening</th><th class="num">Begroting</th><th class="num">Begroting</th><th class="num" colspan="3">Meerjarenraming</th></tr>
<tr><th class="num">2024</th><th class="num">2025</th><th class="num">2026</th><th class="num">2027</th><th class="num">2028</th><th class="num">2029</th></tr>
</thead>"""
    t = Z.OZB_TARIEVEN
    t5 = Z.OZB_TARIEVEN_2025
    au26 = [v for n, v in Z.ALG_DEKKING if n.startswith("Algemene uitkering")][0][2]
    hond25 = [v for n, v in Z.ALG_DEKKING if n == "Hondenbelasting"][0][1]
    return f"""
<section class="programma" id="algemene-dekkingsmiddelen">
<h2>Algemene dekkingsmiddelen</h2>
<div class="intro"><p>Algemene dekkingsmiddelen zijn inkomsten die de gemeente vrij kan besteden, zoals de
onroerendezaakbelastingen (OZB), de algemene uitkering uit het gemeentefonds, de toeristenbelasting en
dividenden. Zij dekken het saldo van de programma's, de overhead en de post onvoorzien.</p></div>
<h3>Overzicht algemene dekkingsmiddelen</h3>
<table class="kosten" id="algemene-dekkingsmiddelen-tabel">
<caption>Algemene dekkingsmiddelen</caption>
{head}
<tbody>{''.join(rows)}</tbody>
</table>
<p class="tabelnoot">Baten zijn positief weergegeven. Het saldo financieringsfunctie is negatief wanneer de rentelasten hoger zijn dan de toegerekende rente.</p>
<h3>Onroerendezaakbelastingen</h3>
<p>De OZB-tarieven worden uitgedrukt in een percentage van de WOZ-waarde. Voor 2026 gelden de volgende
tarieven: woningen (eigenaren) {t['woningen eigenaren']}, niet-woningen (eigenaren) {t['niet-woningen eigenaren']}
en niet-woningen (gebruikers) {t['niet-woningen gebruikers']}. In 2025 waren de tarieven respectievelijk
{t5['woningen eigenaren']}, {t5['niet-woningen eigenaren']} en {t5['niet-woningen gebruikers']}. De
tarieven zijn verhoogd met de inflatiecorrectie en met een extra verhoging ter compensatie van het vervallen van
de hondenbelasting, gecorrigeerd voor de waardeontwikkeling van de WOZ.</p>
<h3>Hondenbelasting</h3>
<p>De raad heeft bij de behandeling van de kadernota 2026 besloten de hondenbelasting per 1 januari 2026 af te
schaffen. De hondenbelasting was een algemene belasting zonder directe relatie met voorzieningen voor honden en
de perceptiekosten waren relatief hoog. De gemiste opbrengst van &euro; {nl(hond25 * 1000)} (begroting 2025) wordt
via de OZB gecompenseerd. Hondenbezitters blijven verplicht om hondenpoep op te ruimen.</p>
<h3>Toeristenbelasting</h3>
<p>Het tarief van de toeristenbelasting stijgt van {Z.TOERISTENBELASTING[0]} in 2025 naar {Z.TOERISTENBELASTING[1]}
per persoon per nacht in 2026. De opbrengst wordt mede gebruikt voor de promotie van het Zwanemeer.</p>
<h3>Algemene uitkering</h3>
<p>De raming van de algemene uitkering uit het gemeentefonds is gebaseerd op de septembercirculaire 2025. Voor
2026 ramen we een algemene uitkering van &euro; {nl_dec(au26 / 1000, 1)} miljoen. Na 2026 groeit het gemeentefonds
minder hard dan de kosten; in de meerjarenraming is daarmee rekening gehouden.</p>
<h3>Overhead, onvoorzien en vennootschapsbelasting</h3>
<p>De overhead omvat de kosten van sturing en ondersteuning van het primaire proces, zoals personeelszaken,
financiën, ICT en huisvesting. De post onvoorzien bedraagt &euro; 75.000 per jaar.</p>
<h3>Overzicht begrotingssaldo</h3>
<table class="kosten" id="begrotingssaldo">
<caption>Begrotingssaldo 2026-2029</caption>
{head}
<tbody>{''.join(srows)}</tbody>
</table>
<p class="tabelnoot">+ = voordelig, - = nadelig. Voor 2024 is het rekeningresultaat weergegeven.</p>
<p>De begroting 2026 sluit met een voordelig saldo van &euro; {nl(bs[2] * 1000)}. Ook de jaren 2027 tot en met 2029
zijn sluitend, zodat de begroting structureel en reëel in evenwicht is.</p>
</section>
"""


def text_checks():
    """Claims in the programme texts that depend on the figures."""
    from common import check
    P = Z.PROGRAMMAS
    check(nl_dec((P[2]["lasten"][2] - P[2]["lasten"][1]) / 1000, 1) == "1,2", "P2 lasten +1,2 mln")
    check(34000 < P[2]["lasten"][2] < 35000, "P2 'ruim 34 miljoen'")
    check(P[2]["lasten"][2] == max(P[p]["lasten"][2] for p in P), "P2 largest programme")
    check(P[2]["ontt"][4] == 0 and P[2]["ontt"][5] == 0, "P2 no onttrekking from 2028")
    check(P[3]["lasten"][1] < P[3]["lasten"][2] < P[3]["lasten"][3], "P3 lasten rise 2026 and 2027")
    check(P[1]["lasten"][2] > P[1]["lasten"][1] and P[1]["ontt"][2] > 0, "P1 claims")
    check(P[4]["ontt"][2] > 0 and P[5]["toev"][2] > 0, "P4/P5 reserve claims")
    check(P[5]["lasten"][1] > P[5]["lasten"][2], "P5 2025 higher")
    bs, _ = Z.begrotingssaldo()
    check(all(x >= 0 for x in bs[2:]), "begroting sluitend 2026-2029")


def build():
    Z.run_checks()
    text_checks()
    sidebar = "".join(
        f'<li><a href="#{TEXTS[p]["slug"]}">Programma {p} {esc(Z.PROGRAMMAS[p]["naam"])}</a></li>'
        for p in Z.PROGRAMMAS)
    programmes = "".join(programme_section(p) for p in Z.PROGRAMMAS)
    return f"""<!DOCTYPE html>
<!-- saved from url=(0064)https://begroting.zwanewaarde.nl/begroting-2026/programmas/alle -->
<html lang="nl"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Programma's | Begroting 2026 | Gemeente Zwanewaarde</title>
<link rel="stylesheet" href="./Programma's _ Begroting 2026 _ Gemeente Zwanewaarde_files/app.3f9c2e.css">
<style>{CSS}</style>
<script async src="./Programma's _ Begroting 2026 _ Gemeente Zwanewaarde_files/matomo.js"></script>
<script>window.__PORTAL__={{"tenant":"zwanewaarde","document":"begroting-2026","locale":"nl-NL"}};</script>
</head>
<body>
<a id="top"></a>
<div id="cookie-consent" role="dialog" aria-label="Cookiemelding">
<p>Wij gebruiken cookies om deze website goed te laten werken en om het gebruik anoniem te meten. Met analytische
cookies verbeteren wij de website. Lees meer in onze <a href="https://www.zwanewaarde.nl/cookieverklaring">cookieverklaring</a>.</p>
<button type="button">Alleen noodzakelijke cookies</button><button type="button">Alle cookies accepteren</button>
</div>
<a class="skip" href="#main">Direct naar de inhoud</a>
<header class="site">
<div class="logo">Gemeente Zwanewaarde</div>
<div class="document">Begroting 2026</div>
<nav class="main" aria-label="Hoofdmenu"><ul>
<li><a href="https://begroting.zwanewaarde.nl/begroting-2026">Home</a></li>
<li><a href="https://begroting.zwanewaarde.nl/begroting-2026/inleiding">Inleiding</a></li>
<li><a class="active" href="https://begroting.zwanewaarde.nl/begroting-2026/programmas">Programma's</a></li>
<li><a href="https://begroting.zwanewaarde.nl/begroting-2026/paragrafen">Paragrafen</a></li>
<li><a href="https://begroting.zwanewaarde.nl/begroting-2026/financiele-begroting">Financiële begroting</a></li>
<li><a href="https://begroting.zwanewaarde.nl/begroting-2026/bijlagen">Bijlagen</a></li>
<li><a href="https://begroting.zwanewaarde.nl/zoeken">Zoeken</a></li>
</ul></nav>
<div class="jaarselectie"><label>Ander document: <select><option>Begroting 2026</option><option>Begroting 2025</option><option>Jaarstukken 2024</option></select></label></div>
</header>
<nav class="breadcrumb" aria-label="Kruimelpad"><a href="https://begroting.zwanewaarde.nl">Home</a> &rsaquo; <a href="https://begroting.zwanewaarde.nl/begroting-2026">Begroting 2026</a> &rsaquo; <span>Programma's</span></nav>
<div class="wrap">
<aside class="sidebar"><h2>In dit hoofdstuk</h2><ul>
{sidebar}
<li><a href="#algemene-dekkingsmiddelen">Algemene dekkingsmiddelen</a></li>
</ul>
<p class="hulp">Klik op een bedrag in een grafiek of tabel om de onderliggende taakvelden te zien.</p>
</aside>
<main id="main">
<h1>Programma's</h1>
<p>De begroting 2026 van de gemeente Zwanewaarde is op 6 november 2025 door de gemeenteraad vastgesteld. De
begroting bestaat uit vijf programma's en het overzicht van de algemene dekkingsmiddelen. Per programma leest u
wat we willen bereiken, wat we daarvoor gaan doen en wat het mag kosten. Zwanewaarde telde op 1 januari 2025
{nl(Z.INWONERS)} inwoners.</p>
{programmes}
{adm_section()}
<div class="feedback"><p>Was deze informatie nuttig?</p><button>Ja</button><button>Nee</button></div>
</main>
</div>
<footer>
<p>Gemeente Zwanewaarde &middot; Raadhuisplein 1 &middot; Postbus 20 &middot; telefoon 14 0599</p>
<p><a href="https://www.zwanewaarde.nl/privacy">Privacy</a> &middot; <a href="https://www.zwanewaarde.nl/toegankelijkheid">Toegankelijkheidsverklaring</a> &middot; <a href="https://www.zwanewaarde.nl/cookieverklaring">Cookies</a> &middot; <a href="https://www.zwanewaarde.nl/proclaimer">Proclaimer</a></p>
<p>Laatst gewijzigd: 10 november 2025 &middot; Deze begroting wordt gepubliceerd met het begrotingsportaal van Inzichtelijk BV.</p>
</footer>
</body></html>
"""


def main():
    os.makedirs(CORPUS, exist_ok=True)
    out = os.path.join(CORPUS, HTML_NAME)
    with open(out, "w", encoding="utf-8") as f:
        f.write(build())
    print("written", out)


if __name__ == "__main__":
    main()
