"""Generates corpus/belvenmeer-jaarstukken-2029.pdf with matplotlib (PdfPages).

Usage:  python gen_belvenmeer.py OUTPUT.pdf
"""
import sys
from mplpdf import Doc, NAVY, text_width
from matplotlib.patches import Rectangle
import data_belvenmeer as D
from common import nl, eur

T = D.TABLES
OUT = sys.argv[1] if len(sys.argv) > 1 else "belvenmeer-jaarstukken-2029.pdf"

doc = Doc(OUT, header="Gemeente Belvenmeer  |  Jaarstukken 2029",
          metadata={"Title": "Jaarstukken 2029 gemeente Belvenmeer", "Author": "Gemeente Belvenmeer",
                    "Subject": "Jaarverslag en jaarrekening 2029", "Creator": "Team Planning & Control"})

# ------------------------------------------------------------------------------- cover
ax = doc.new_page(plain=True)
ax.add_patch(Rectangle((0, 0), doc.W, 3.6, color=NAVY, lw=0))
ax.add_patch(Rectangle((0, 3.6), doc.W, 0.12, color="#7fb069", lw=0))
doc.text(0.9, 1.9, "Jaarstukken 2029", size=34, bold=True, color="white")
doc.text(0.9, 2.55, "Jaarverslag en jaarrekening", size=16, color="white")
doc.text(0.9, 3.1, "Gemeente Belvenmeer", size=13, color="white")
doc.text(0.9, 5.0, "Aangeboden aan de gemeenteraad op 19 mei 2030", size=10)
doc.text(0.9, 5.3, "Vastgesteld door de gemeenteraad op 3 juli 2030", size=10)
doc.text(0.9, 10.6, "Gemeente Belvenmeer  ·  Raadhuisplein 1  ·  Postbus 40  ·  www.belvenmeer.nl", size=8, color="#555555")

# ------------------------------------------------------------------------------- inhoud
doc.new_page()
doc.h1("Inhoudsopgave")
toc = [
    ("1", "Inleiding en kerngegevens", "3"),
    ("2", "Programmaverantwoording: overzicht van baten en lasten", "4"),
    ("3", "De programma's", "6"),
    ("3.8", "Toelichting op de belangrijkste verschillen", ""),
    ("4", "Paragraaf weerstandsvermogen en risicobeheersing; kengetallen", ""),
    ("5", "Reserves en voorzieningen", ""),
    ("6", "Balans", ""),
    ("7", "Overige verantwoordingen: investeringen, incidentele baten en lasten, WNT", ""),
]
for nr, s, pg in toc:
    doc.text(doc.x0, doc.y, nr, size=10)
    doc.text(doc.x0 + 0.5, doc.y, s, size=10)
    doc.y += 0.28
doc.space(0.3)
doc.h2("Leeswijzer")
doc.para("De jaarstukken bestaan uit het jaarverslag (programmaverantwoording en paragrafen) en de jaarrekening "
         "(overzicht van baten en lasten, balans en toelichtingen). Per programma beantwoorden wij de drie "
         "W-vragen: Wat wilden we bereiken? Wat hebben we daarvoor gedaan? Wat heeft het gekost?")
doc.para("Let op de eenheden: het overzicht van baten en lasten, de balans en het overzicht van incidentele baten en "
         "lasten zijn opgesteld in bedragen x € 1.000. De tabellen per taakveld, de staat van investeringskredieten en "
         "de WNT-verantwoording zijn in hele euro's. Het verloop van reserves en voorzieningen staat in duizenden euro's "
         "en de weerstandscapaciteit in miljoenen euro's. Door afronding kunnen totalen in de tabellen in duizenden "
         "euro's afwijken van de som van de taakvelden.")
doc.para("In de kolom Verschil is een positief bedrag voordelig en een negatief bedrag (in de tabellen in euro's tussen "
         "haakjes) nadelig ten opzichte van de begroting na wijziging.")

# ------------------------------------------------------------------------------- 1 inleiding
doc.new_page()
doc.h1("1  Inleiding en kerngegevens")
doc.h2("Voorwoord")
doc.para("Hierbij bieden wij u de jaarstukken 2029 aan. Het jaar 2029 stond in het teken van de bouw van woningen in "
         "De Vennen, de start van de nieuwbouw van IKC Noorderpark en de voortgaande druk op de jeugdhulp. "
         f"De jaarrekening sluit met een gerealiseerd resultaat van {eur(D.RESULTAAT * 1000)} (voordelig). "
         "Na de laatste begrotingswijziging verwachtten wij nog een klein nadelig resultaat. Het voordeel komt vooral "
         "uit een hogere algemene uitkering, lagere bijstandslasten en uitgesteld wegenonderhoud; daartegenover "
         "staan fors hogere kosten voor jeugdhulp.")
doc.para(f"Wij stellen voor van het resultaat {eur(D.OVERHEVELING_WEGEN)} over te hevelen naar 2030 voor het "
         f"uitgestelde groot onderhoud van wegen en het restant, een toevoeging van {eur(D.TOEVOEGING_AR)} aan de "
         "algemene reserve, te bestemmen. Daarmee blijft de ratio weerstandsvermogen ruim boven de door de raad "
         "vastgestelde ondergrens van 1,4.")
doc.para("Het college van burgemeester en wethouders van Belvenmeer", size=8.5)
doc.space(0.1)
doc.table(T["kern"], label_w=3.3, col_w=[1.1, 1.2, 1.1])
doc.table(T["samenvatting"], label_w=3.0, col_w=[1.2, 1.3, 1.1])

# ------------------------------------------------------------------------------- 2 overzicht (landscape)
doc.new_page(landscape=True)
doc.h1("2  Programmaverantwoording: overzicht van baten en lasten")
doc.para("Het overzicht van baten en lasten geeft per programma de primitieve begroting, de begroting na wijziging, "
         "de realisatie en het verschil tussen realisatie en begroting na wijziging. Het saldo van baten en lasten "
         "wordt gevolgd door de mutaties in de reserves en het gerealiseerde resultaat.", size=8.5)
doc.footnote("Verschil: + = voordelig, - = nadelig ten opzichte van de begroting na wijziging.")
doc.table(T["overzicht"], label_w=3.6, col_w=[1.55, 1.65, 1.4, 1.3], size=8, row_h=0.2)
doc.para("De realisatie van de lasten en baten per taakveld is per programma opgenomen in hoofdstuk 3. Een toelichting "
         "op de grootste verschillen staat in paragraaf 3.8.", size=8.5)

# ------------------------------------------------------------------------------- 3 programma's
PROG_TEXT = {
    "P1": dict(
        bereiken=[
            "Inwoners en ondernemers ervaren een dienstverlening die snel, digitaal en persoonlijk is: 80% van de "
            "aanvragen wordt digitaal ingediend en de klanttevredenheid is minimaal een 7,5.",
            "Belvenmeer blijft een veilige gemeente. Wij willen het aantal woninginbraken en vernielingen verder "
            "terugdringen en ondermijnende criminaliteit eerder signaleren.",
        ],
        gedaan=[
            "De digitale balie is uitgebreid met het aanvragen van een rijbewijs en het doorgeven van een verhuizing; "
            "74% van de aanvragen kwam digitaal binnen (doel 80% niet gehaald).",
            "Er zijn twee extra boa's aangesteld voor toezicht in de kernen en het buitengebied.",
            "Samen met politie en RIEC is een integrale controle op bedrijventerrein Vennepoort uitgevoerd.",
            "De Europese verkiezingen van juni 2029 zijn georganiseerd met 14 stembureaus.",
        ]),
    "P2": dict(
        bereiken=[
            "Voldoende betaalbare woningen voor starters, gezinnen en senioren: tot en met 2032 bouwen wij 1.200 "
            "woningen, waarvan 35% in het sociale segment.",
            "Een veilige, schone en goed onderhouden openbare ruimte die bijdraagt aan klimaatadaptatie.",
        ],
        gedaan=[
            "In De Vennen zijn 186 woningen opgeleverd; de verkoop van kavels verliep sneller dan gepland.",
            "Het kruispunt Molenweg-Parallelweg is gereconstrueerd tot een rotonde.",
            "Het groot onderhoud aan de Kanaalweg en de Oude Rijksweg is uitgesteld tot 2030.",
            "De derde fase van de vervanging van de openbare verlichting door led is afgerond.",
        ]),
    "P3": dict(
        bereiken=[
            "Een sterke lokale economie met vitale winkelkernen en voldoende ruimte voor lokale bedrijven.",
            "Belvenmeer is in 2040 energieneutraal. Op weg daarheen isoleren wij samen met inwoners zoveel mogelijk "
            "woningen en verminderen wij de hoeveelheid restafval tot 100 kg per inwoner in 2030.",
        ],
        gedaan=[
            "De subsidieregeling woningisolatie is opengesteld; er zijn 397 aanvragen gehonoreerd.",
            "Op zes gemeentelijke gebouwen zijn zonnepanelen geplaatst.",
            "Het rioolvervangingsproject Dorpsstraat is afgerond en financieel afgesloten.",
            "Het centrummanagement is voortgezet met een bijdrage aan de ondernemersvereniging.",
        ]),
    "P4": dict(
        bereiken=[
            "Ieder kind krijgt gelijke kansen en gaat naar school in een gezond, duurzaam en passend gebouw.",
            "Meer inwoners sporten en bewegen, en cultuur is voor iedereen bereikbaar.",
        ],
        gedaan=[
            "De bouw van IKC Noorderpark (basisschool, kinderopvang en gymzaal) is in maart 2029 gestart.",
            "De renovatie van sporthal De Wieken is halverwege; de oplevering volgt in 2030.",
            "Het jongerenwerk en de buurtsportcoaches bereikten ruim 2.100 kinderen met naschoolse activiteiten.",
        ]),
    "P5": dict(
        bereiken=[
            "Inwoners doen mee naar vermogen: zoveel mogelijk inwoners hebben betaald werk en wie dat niet kan, "
            "draagt op een andere manier bij.",
            "Kinderen en jongeren groeien gezond en veilig op; hulp wordt zo vroeg en zo dicht mogelijk bij huis "
            "georganiseerd, zodat zwaardere jeugdhulp minder nodig is.",
            "Een sociaal domein dat financieel beheersbaar blijft.",
        ],
        gedaan=[
            "Het Sociaal Team heeft een vaste praktijkondersteuner jeugd bij alle huisartsenpraktijken ingezet.",
            "Het aantal huishoudens in de bijstand daalde van 604 naar 588.",
            "Via het Transformatiefonds jeugd zijn drie projecten gestart om verblijf buiten het gezin te voorkomen.",
            "De schuldhulpverlening is tijdelijk uitgebreid; de wachttijd daalde tot gemiddeld 9 werkdagen.",
        ]),
}


def programma(nr, p):
    doc.h1(f"Programma {nr}  {D.PNAME[p]}")
    tx = PROG_TEXT[p]
    doc.h2("Wat wilden we bereiken?")
    doc.bullets(tx["bereiken"])
    doc.h2("Wat hebben we daarvoor gedaan?")
    doc.bullets(tx["gedaan"])
    doc.h2("Beleidsindicatoren")
    doc.table(T[f"ind_{p}"], label_w=2.75, col_w=[1.9, 0.55, 0.85, 0.8], col_align=["left", "center", "right", "right"],
              size=7.0, row_h=0.175)
    doc.para("Bron: waarstaatjegemeente.nl; een lege cel betekent dat geen landelijke vergelijkingswaarde beschikbaar is.", size=7.5)
    doc.h2("Wat heeft het gekost?")
    doc.table(T[f"tv_{p}"], label_w=3.45, col_w=[0.9, 1.0, 0.9, 0.8], size=7.0, row_h=0.175)


doc.new_page(landscape=False)
programma(1, "P1")
programma(2, "P2")
programma(3, "P3")
programma(4, "P4")
programma(5, "P5")

doc.h1("Algemene dekkingsmiddelen, overhead en onvoorzien")
doc.para("De algemene dekkingsmiddelen zijn de inkomsten die niet aan een bepaald doel zijn gebonden: de algemene "
         "uitkering uit het gemeentefonds, de onroerendezaakbelastingen, de toeristen- en precariobelasting "
         "(taakveld 0.64) en het saldo van de financieringsfunctie.")
doc.table(T["tv_ADM"], label_w=3.45, col_w=[0.9, 1.0, 0.9, 0.8], size=7.0, row_h=0.175)
doc.para("Overhead omvat de kosten van de ondersteuning van het primaire proces, zoals personeel en organisatie, "
         "financiën, ICT, facilitaire zaken en het management.")
doc.table(T["tv_OVH"], label_w=3.45, col_w=[0.9, 1.0, 0.9, 0.8], size=7.0, row_h=0.175)
doc.para("Voor onvoorziene uitgaven was in de primitieve begroting € 100.000 opgenomen. Hiervan is in de loop van het "
         "jaar € 75.000 ingezet voor de opvang van ontheemden; het restant van € 25.000 is niet benut.")

# ------------------------------------------------------------------------------- 3.8 verschillen
doc.h1("3.8  Toelichting op de belangrijkste verschillen")
doc.para("Hieronder lichten wij per taakveld de verschillen tussen de realisatie en de begroting na wijziging toe die "
         "groter zijn dan € 250.000. De bedragen zijn afgerond op duizenden euro's.")
for item in D.VERSCHILLEN:
    head, v, vn, text = D.verschil_text(item)
    doc.h3(f"Programma {D.plabel(item[0])}" if item[0] not in ("ADM", "OVH") else D.PNAME[item[0]])
    doc.para(text)
doc.para("Toelichting reserve sociaal domein: de tekorten op jeugdhulp zijn deels opgevangen met een "
         f"onttrekking van {eur(1650000)} aan de reserve sociaal domein, conform het raadsbesluit bij de "
         "tweede bestuursrapportage.")

# ------------------------------------------------------------------------------- 4 weerstand + kengetallen
doc.new_page()
doc.h1("4  Paragraaf weerstandsvermogen en risicobeheersing")
doc.para("Het weerstandsvermogen is de mate waarin de gemeente in staat is middelen vrij te maken om tegenvallers op te "
         "vangen zonder dat het beleid hoeft te worden aangepast. Het is de verhouding tussen de beschikbare en de "
         "benodigde weerstandscapaciteit.")
doc.table(T["weerstand"], label_w=3.4, col_w=[1.2, 1.4])
r = T["weerstand"]
doc.para(f"De ratio weerstandsvermogen komt uit op {nl(r.value('ratio', 'Jaarrekening 2029'), 1)} (begroting 2029: "
         f"{nl(r.value('ratio', 'Begroting 2029'), 1)}). Dit valt in klasse B (ruim voldoende). De benodigde "
         "weerstandscapaciteit is bepaald met een risicosimulatie met een zekerheid van 90%.")
doc.table(T["risicos"], label_w=3.4, col_w=[0.8, 1.7], col_align=["center", "right"])
doc.h2("Financiële kengetallen")
doc.para("De kengetallen geven inzicht in de financiële positie. De netto schuldquote is de netto schuld (vaste "
         "schulden, netto-vlottende schulden en overlopende passiva, verminderd met de uitzettingen korter dan één "
         "jaar, de liquide middelen en de overlopende activa) als percentage van de totale baten exclusief mutaties "
         "reserves. Bij kengetal 1b worden ook alle verstrekte leningen (aan woningbouwcorporaties en overige "
         "langlopende leningen) op de schuld in mindering gebracht.")
doc.table(T["kengetallen"], label_w=3.85, col_w=[1.0, 1.0, 1.0])
doc.para(f"De belastingcapaciteit vergelijkt de woonlasten met het landelijk gemiddelde: de woonlasten voor een "
         f"meerpersoonshuishouden bedragen in 2029 {eur(D.WOONLASTEN[0])}, tegen {eur(D.WOONLASTEN[1])} landelijk.")

# ------------------------------------------------------------------------------- 5 reserves
doc.new_page()
doc.h1("5  Reserves en voorzieningen")
doc.para("De reserves vormen samen met het gerealiseerde resultaat het eigen vermogen. Voorzieningen zijn gevormd voor "
         "verplichtingen en verliezen waarvan de omvang redelijkerwijs kan worden ingeschat.")
doc.footnote("¹ De stand per 1-1-2029 is inclusief de bestemming van het rekeningresultaat 2028 "
             f"({eur(D.RESULTAAT_2028 * 1000)}, toegevoegd aan de algemene reserve).")
doc.table(T["reserves"], label_w=3.1, col_w=[1.0, 0.9, 0.9, 1.05])
doc.h3("Doel van de reserves")
items = []
for key, name, *_ in D.RESERVES:
    items.append(f"{name}: {D.RESERVE_DOEL[key]}.")
doc.bullets(items, size=8.5)
doc.table(T["voorzieningen"], label_w=2.9, col_w=[0.9, 0.8, 0.85, 0.65, 0.95], size=7.2)
doc.para("De toevoegingen aan de egalisatievoorzieningen riolering en afval zijn het verschil tussen de opbrengst van "
         "de heffingen en de kosten die aan de heffingen zijn toe te rekenen.", size=8.5)

# ------------------------------------------------------------------------------- 6 balans
doc.new_page()
doc.h1("6  Balans")
doc.table(T["balans"], label_w=4.95, col_w=[1.05, 1.05], size=7.3, row_h=0.175)
doc.para(f"Niet uit de balans blijkende verplichtingen: de gemeente staat per 31 december 2029 borg voor "
         f"gewaarborgde geldleningen van in totaal {eur(D.GEWAARBORGD[0] * 1000)} (31-12-2028: "
         f"{eur(D.GEWAARBORGD[1] * 1000)}), vrijwel geheel aan woningcorporaties met een achtervang van het WSW.",
         size=8.5)

# ------------------------------------------------------------------------------- 7 investeringen (landscape)
doc.new_page(landscape=True)
doc.h1("7  Overige verantwoordingen")
doc.para("De staat van investeringskredieten geeft per krediet het door de raad beschikbaar gestelde bedrag, de "
         "uitgaven tot en met 2028 en in 2029 en het restant. Een negatief restant (tussen haakjes) is een "
         "overschrijding van het krediet.", size=8.5)
doc.table(T["investeringen"], label_w=3.5, col_w=[0.5, 1.05, 1.2, 1.05, 1.1, 1.1, 0.95],
          col_align=["center", "right", "right", "right", "right", "right", "left"], size=8, row_h=0.21)
doc.para("De overschrijding op de reconstructie van het kruispunt Molenweg-Parallelweg is ontstaan door onvoorziene "
         "kabels en leidingen in de ondergrond. Het krediet is afgesloten.", size=8.5)
doc.space(0.1)
doc.table(T["incidenteel"], label_w=4.2, col_w=[0.6, 1.9, 1.5], col_align=["center", "right", "right"], size=8,
          row_h=0.2)

# ------------------------------------------------------------------------------- WNT
doc.new_page(landscape=False)
doc.h2("Wet normering topinkomens (WNT)")
doc.para("De WNT is van toepassing op de gemeente Belvenmeer. Het voor de gemeente toepasselijke algemene "
         f"bezoldigingsmaximum voor 2029 bedraagt {eur(D.WNT_MAX[2029])} (2028: {eur(D.WNT_MAX[2028])}). "
         "Het maximum geldt naar rato van de omvang van het dienstverband. De bezoldiging van de burgemeester en de "
         "wethouders valt niet onder de WNT en is daarom niet in deze verantwoording opgenomen.", size=8.5)
doc.table(T["wnt2029"], label_w=3.4, col_w=[1.6, 1.6], col_align=["right", "right"])
doc.table(T["wnt2028"], label_w=3.4, col_w=[1.6, 1.6], col_align=["right", "right"])
doc.para("Er zijn in 2029 geen toezichthoudende topfunctionarissen en geen gewezen topfunctionarissen met een "
         "ontslaguitkering. Er zijn geen overige functionarissen met een bezoldiging boven het "
         "bezoldigingsmaximum.", size=8.5)
doc.close()
print("written", OUT, doc.pageno, "pages")
