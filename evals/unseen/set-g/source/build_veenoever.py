# Builds source/veenoever-kadernota-2026.html (fictional Waterschap Veenoever)
from decimal import Decimal

def d1(x):
    return f"{x:.1f}".replace(".", ",")

# Nieuw beleid per jaar (EUR mln): years as rows, measures as columns
MEASURES = ["Dijkversterking<br>(bijdrage HWBP)", "Klimaatadaptatie<br>en droogte", "Waterkwaliteit<br>(KRW-maatregelen)",
            "Energieneutrale<br>zuivering", "Digitalisering en<br>informatieveiligheid"]
NB = {2026: [1.8, 0.7, 0.4, 0.3, 0.5], 2027: [2.3, 0.9, 0.6, 0.5, 0.4], 2028: [2.9, 1.1, 0.8, 0.6, 0.3], 2029: [3.4, 1.2, 0.9, 0.8, 0.3]}
NBD = {y: [Decimal(str(v)) for v in vals] for y, vals in NB.items()}
row_tot = {y: sum(v) for y, v in NBD.items()}
col_tot = [sum(NBD[y][i] for y in NBD) for i in range(5)]
grand = sum(row_tot.values())
assert grand == sum(col_tot)

# Meerjarig kader (EUR mln)
MJ = {"2025": (88.4, 54.2, 141.4), "2026": (94.6, 56.9, 150.1), "2027": (99.8, 59.3, 158.3), "2028": (104.2, 61.0, 165.2), "2029": (108.1, 62.7, 171.3)}
MJD = {}
for y, (ws, zb, bel) in MJ.items():
    ws, zb, bel = Decimal(str(ws)), Decimal(str(zb)), Decimal(str(bel))
    MJD[y] = (ws, zb, ws + zb, bel, ws + zb - bel)
for y, v in MJD.items():
    print(y, [str(x) for x in v])

def cell(x):
    x = Decimal(x)
    if x == 0:
        return "0,0"
    return ("-" if x < 0 else "") + d1(abs(float(x)))

nb_rows = "".join(
    f"<tr><th class='yr'>{y}</th>" + "".join(f"<td>{cell(v)}</td>" for v in NBD[y]) + f"<td class='t'>{cell(row_tot[y])}</td></tr>"
    for y in NBD)
nb_rows += "<tr class='sum'><th class='yr'>Totaal 2026-2029</th>" + "".join(f"<td>{cell(v)}</td>" for v in col_tot) + f"<td class='t'>{cell(grand)}</td></tr>"

mj_rows = "".join(
    "<tr" + (" class='ref'" if y == "2025" else "") + f"><th class='yr'>{y}{' (begroting)' if y == '2025' else ''}</th><td>{cell(v[0])}</td><td>{cell(v[1])}</td><td class='t'>{cell(v[2])}</td><td>{cell(v[3])}</td><td>{cell(v[4])}</td></tr>"
    for y, v in MJD.items())

TAR = [
    ("Watersysteemheffing ingezetenen", "per huishouden", "€ 118,42", "€ 126,64", 118.42, 126.64),
    ("Watersysteemheffing gebouwd", "% van de WOZ-waarde", "0,0241%", "0,0254%", 0.0241, 0.0254),
    ("Watersysteemheffing ongebouwd", "per hectare", "€ 96,18", "€ 103,12", 96.18, 103.12),
    ("Watersysteemheffing natuur", "per hectare", "€ 4,86", "€ 5,21", 4.86, 5.21),
    ("Zuiveringsheffing", "per vervuilingseenheid", "€ 71,30", "€ 74,52", 71.30, 74.52),
]
tar_rows = ""
for n, e, a, b, x, y in TAR:
    pct = (y / x - 1) * 100
    tar_rows += f"<tr><td class='l'>{n}<span class='eh'>{e}</span></td><td>{a}</td><td>{b}</td><td class='pct'>+{d1(pct)}%</td></tr>"
    print(n, round(pct, 2))

woz = 340000
w25 = 118.42 + 0.000241 * woz + 3 * 71.30
w26 = 126.64 + 0.000254 * woz + 3 * 74.52
print("woonlasten", round(w25, 2), round(w26, 2), round(w26 - w25, 2), round((w26 / w25 - 1) * 100, 2))

CSS = open("style_veenoever.css").read()
html = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Kadernota 2026 Waterschap Veenoever</title><style>{CSS}</style></head><body>
<header class="band">
  <div class="logo"><span class="drop"></span>Waterschap<br><b>Veenoever</b></div>
  <div class="doc">KADERNOTA 2026<br><small>uitgangspunten begroting 2026 en meerjarenraming 2027-2029</small></div>
</header>
<table class="memo">
<tr><td>Aan</td><td>het algemeen bestuur</td><td>Datum</td><td>27 mei 2025</td></tr>
<tr><td>Van</td><td>het dagelijks bestuur</td><td>Kenmerk</td><td>VO/2025/01874</td></tr>
<tr><td>Behandeling</td><td>commissie Bestuur en Middelen 4 juni 2025; algemeen bestuur 18 juni 2025</td><td>Portefeuille</td><td>dijkgraaf mr. A.C. Wijnbergen-Stam</td></tr>
</table>

<h1>1 &nbsp;Samenvatting</h1>
<p class="lead">Met deze kadernota leggen wij de financiële uitgangspunten voor de begroting 2026 aan u voor. De opgaven voor waterveiligheid, klimaatadaptatie en waterkwaliteit nemen toe, net als de kosten van energie, personeel en rente. Wij verwachten dat de netto kosten stijgen van € 142,6 miljoen in de begroting 2025 naar € 151,5 miljoen in 2026.</p>
<div class="box">
<p><b>De belangrijkste ontwikkelingen ten opzichte van de begroting 2025 zijn:</b></p>
<ul>
<li>loon- en prijsindexatie: <b>€ 3,4 miljoen</b>;</li>
<li>kapitaallasten (rente en afschrijving) van nieuwe investeringen: <b>€ 2,6 miljoen</b>;</li>
<li>een hogere bijdrage aan het Hoogwaterbeschermingsprogramma (HWBP): <b>€ 1,8 miljoen</b>;</li>
<li>hogere energie- en chemicaliënkosten van de rioolwaterzuiveringen: <b>€ 0,9 miljoen</b>;</li>
<li>extra inzet op klimaatadaptatie en droogte: <b>€ 0,7 miljoen</b>;</li>
<li>besparingen in de bedrijfsvoering (inkoop, huisvesting en wagenpark): <b>€ 0,5 miljoen</b> lagere kosten.</li>
</ul>
<p>Per saldo stijgen de netto kosten daarmee met € 8,9 miljoen.</p>
</div>
<p>Om deze stijging op te vangen zetten wij in 2026 € 1,4 miljoen in uit de egalisatiereserves. De rest wordt gedekt uit de waterschapsbelastingen. De belastingopbrengst stijgt van € 141,4 miljoen naar € 150,1 miljoen. Voor een meerpersoonshuishouden met een koopwoning betekent dit een stijging van 5,4%; voor een eenpersoonshuishouden met een huurwoning gaat het om 6,0%.</p>

<h1>2 &nbsp;Financiële uitgangspunten</h1>
<p>Voor de begroting 2026 hanteren wij de volgende uitgangspunten. Deze zijn gebaseerd op het Centraal Economisch Plan 2025 van het CPB en de cao Waterschappen 2024-2026.</p>
<table class="small pctt">
<caption>Tabel 1 &nbsp;Uitgangspunten begroting</caption>
<thead><tr><th class="l">Uitgangspunt</th><th>Begroting 2025</th><th>Kadernota 2026</th></tr></thead>
<tbody>
<tr><td class="l">Stijging loonkosten (cao en sociale lasten)</td><td>4,8%</td><td>3,6%</td></tr>
<tr><td class="l">Prijsindex materiële kosten</td><td>3,1%</td><td>2,4%</td></tr>
<tr><td class="l">Rente nieuwe langlopende leningen</td><td>3,4%</td><td>3,1%</td></tr>
<tr><td class="l">Omslagrente (toegerekend aan investeringen)</td><td>2,0%</td><td>2,2%</td></tr>
<tr><td class="l">Onvoorzien (% van de bruto lasten)</td><td>0,5%</td><td>0,5%</td></tr>
</tbody></table>
<p>Energie is voor de periode 2025-2027 voor 80% vastgelegd tegen een gemiddelde prijs van € 0,19 per kWh. De resterende 20% wordt op de markt ingekocht.</p>

<h1>3 &nbsp;Ontwikkelingen per programma</h1>
<h2>Programma Waterveiligheid</h2>
<p>Veenoever beheert 412 kilometer primaire en regionale waterkeringen. Na de landelijke beoordeling voldoet 61 kilometer primaire kering nog niet aan de nieuwe normen; deze trajecten staan in het HWBP voor versterking tot 2036. In 2026 start de uitvoering van de dijkversterking Lingedijk-Noord (6,8 kilometer). De inspecties worden vanaf 2026 voor een deel met drones uitgevoerd, wat jaarlijks circa € 120.000 aan inhuur bespaart.</p>
<h2>Programma Watersysteem</h2>
<p>Het watersysteem telt 186 gemalen en ruim 2.300 stuwen. De droge zomers van de afgelopen jaren laten zien dat we meer water moeten vasthouden. Wij willen tot 2029 in totaal 140 stuwen automatiseren en 35 hectare extra waterberging realiseren. De kosten van het maaien en baggeren stijgen door nieuwe contracten met gemiddeld 7%. Voor de Kaderrichtlijn Water (KRW) moeten in 2027 alle maatregelen zijn uitgevoerd; ons programma is voor 72% gereed.</p>
<h2>Programma Zuiveren</h2>
<p>Onze 9 rioolwaterzuiveringsinstallaties (rwzi's) zuiveren jaarlijks ongeveer 41 miljoen m³ afvalwater van circa 412.000 inwoners en 1.900 bedrijven. De energiekosten van de zuiveringen stijgen in 2026 naar € 6,2 miljoen. Met zonneparken op de rwzi's Veenhuizerbrug en Oeverlanden en de vergisting van zuiveringsslib wekken wij in 2026 naar verwachting 58% van ons eigen energieverbruik zelf op; het doel is 100% in 2030.</p>
<h2>Programma Bestuur en organisatie</h2>
<ul>
<li>De formatie groeit in 2026 met 14 fte tot 486 fte, vooral voor de dijkversterkingen en de vergunningverlening. De extra loonkosten bedragen € 1,3 miljoen en zitten in de loon- en prijsindexatie en het nieuw beleid.</li>
<li>De waterschapsverkiezingen in maart 2027 kosten naar verwachting € 1,1 miljoen; deze worden gedekt uit de bestemmingsreserve verkiezingen.</li>
<li>De bijdrage aan Het Waterschapshuis en de Unie van Waterschappen stijgt met € 0,2 miljoen naar € 2,4 miljoen.</li>
</ul>
<h1>4 &nbsp;Nieuw beleid en intensiveringen</h1>
<p>In het bestuursprogramma "Veenoever Klimaatbestendig 2023-2027" heeft het algemeen bestuur een aantal ambities vastgelegd. Voor de komende vier jaar stellen wij de volgende intensiveringen voor. In tabel 2 staan de jaren onder elkaar en de maatregelen naast elkaar; de bedragen zijn de extra netto kosten bovenop de begroting 2025.</p>
<table class="trans">
<caption>Tabel 2 &nbsp;Extra netto kosten nieuw beleid per jaar (€ mln)</caption>
<thead><tr><th class="yr">Jaar</th>{''.join(f'<th>{m}</th>' for m in MEASURES)}<th class="t">Totaal</th></tr></thead>
<tbody>{nb_rows}</tbody></table>
<p>De grootste post is de bijdrage aan het HWBP. Alle waterschappen betalen samen 50% van de kosten van het programma, verdeeld naar aantal inwoners en WOZ-waarde. Door de versnelde dijkversterkingen langs de Linge en de Oude Maasdijk loopt onze bijdrage op tot € 3,4 miljoen in 2029. Voor klimaatadaptatie en droogte gaat het onder meer om extra stuwen en het vasthouden van water in de veengebieden (€ 0,7 miljoen in 2026, oplopend naar € 1,2 miljoen).</p>

<h1>5 &nbsp;Meerjarig financieel kader</h1>
<p>Tabel 3 geeft het meerjarige beeld van de netto kosten per taak en de dekking daarvan. Het kader is sluitend: de netto kosten worden in alle jaren gedekt door de belastingopbrengst en de inzet van de egalisatiereserves.</p>
<table class="trans mj">
<caption>Tabel 3 &nbsp;Netto kosten en dekking 2025-2029 (bedragen in miljoenen euro's)</caption>
<thead><tr><th class="yr">Jaar</th><th>Netto kosten<br>watersysteembeheer</th><th>Netto kosten<br>zuiveringsbeheer</th><th class="t">Totaal<br>netto kosten</th><th>Belasting-<br>opbrengst</th><th>Inzet egalisatie-<br>reserves</th></tr></thead>
<tbody>{mj_rows}</tbody></table>
<p class="fn">Inzet egalisatiereserves: een negatief bedrag is een toevoeging aan de reserve.</p>
<p>Vanaf 2028 is geen inzet van reserves meer nodig. In 2029 voegen wij naar verwachting € 0,5 miljoen toe aan de egalisatiereserve watersysteembeheer, zodat deze weer de minimale omvang van 5% van de netto kosten bereikt.</p>

<h1>6 &nbsp;Tarieven 2026</h1>
<p>De indicatieve tarieven voor 2026 staan in tabel 4. Definitieve tarieven stelt het algemeen bestuur in december 2025 vast, na actualisatie van de WOZ-waarden en het aantal heffingseenheden.</p>
<table class="small tar">
<caption>Tabel 4 &nbsp;Tarieven waterschapsbelastingen</caption>
<thead><tr><th class="l">Heffing</th><th>Tarief 2025</th><th>Indicatief<br>tarief 2026</th><th>Stijging</th></tr></thead>
<tbody>{tar_rows}</tbody></table>
<p>Een meerpersoonshuishouden met een koopwoning met een WOZ-waarde van € 340.000 betaalt in 2026 naar verwachting € 436,56 aan waterschapsbelastingen, dat is € 22,30 meer dan in 2025. De kostentoedeling blijft in 2026 ongewijzigd.</p>
<p>De kosten van het watersysteembeheer worden volgens de kostentoedelingsverordening 2024 verdeeld over vier categorieën belastingplichtigen:</p>
<table class="small pctt">
<caption>Tabel 5 &nbsp;Kostentoedeling watersysteembeheer</caption>
<thead><tr><th class="l">Categorie</th><th>Aandeel in de kosten</th></tr></thead>
<tbody>
<tr><td class="l">Ingezetenen</td><td>36,0%</td></tr>
<tr><td class="l">Gebouwd (eigenaren van woningen en bedrijfspanden)</td><td>47,5%</td></tr>
<tr><td class="l">Ongebouwd (agrarische en overige gronden)</td><td>15,3%</td></tr>
<tr><td class="l">Natuur</td><td>1,2%</td></tr>
<tr><td class="l"><b>Totaal</b></td><td><b>100,0%</b></td></tr>
</tbody></table>


<h1>7 &nbsp;Investeringen, schuld en weerstandsvermogen</h1>
<p>Het investeringsprogramma 2026 bedraagt bruto € 68,4 miljoen. Daarvan is € 31,2 miljoen bestemd voor de dijkversterking Lingedijk-Noord, € 14,8 miljoen voor de renovatie van rwzi Veenhuizerbrug en € 9,6 miljoen voor gemalen en stuwen. Na aftrek van bijdragen van derden, vooral uit het HWBP, resteert een netto investering van € 41,7 miljoen. Wij houden rekening met een realisatie van 80% van het programma.</p>
<p>Door de hoge investeringen loopt de netto schuld op van € 318 miljoen eind 2025 naar verwachting € 412 miljoen eind 2029. De netto schuldquote stijgt daarmee van 212% naar 238%; de door het algemeen bestuur vastgestelde bovengrens is 250%. Het weerstandsvermogen blijft met een ratio van 1,4 voldoende (norm: tussen 1,0 en 2,0).</p>

<h1>8 &nbsp;Risico's</h1>
<p>Bij het opstellen van deze kadernota zijn de volgende risico's nog niet in de bedragen verwerkt:</p>
<ul>
<li><b>Rente:</b> een rentestijging van 1%-punt op nieuwe leningen leidt vanaf 2027 tot ongeveer € 0,6 miljoen per jaar extra rentelasten, oplopend tot € 1,9 miljoen in 2029.</li>
<li><b>PFAS en medicijnresten:</b> aanvullende zuiveringstechniek (vierde zuiveringstrap) kan bij de rwzi Veenhuizerbrug een investering van € 18 tot € 24 miljoen vragen.</li>
<li><b>HWBP-projecten:</b> als kostenoverschrijdingen niet volledig door het programma worden vergoed, betalen wij een eigen bijdrage van 10% van de meerkosten.</li>
</ul>
<h1>9 &nbsp;Voorstel</h1>
<p>Het dagelijks bestuur stelt het algemeen bestuur voor:</p>
<ol>
<li>in te stemmen met de financiële uitgangspunten in hoofdstuk 2 als basis voor de begroting 2026;</li>
<li>in te stemmen met het nieuw beleid uit tabel 2, met een totaal van € 3,7 miljoen in 2026;</li>
<li>kennis te nemen van de indicatieve tarieven 2026 en het meerjarig financieel kader 2025-2029.</li>
</ol>
<p class="sign">Dagelijks bestuur van Waterschap Veenoever,<br>de secretaris-directeur, ir. P.L. Hoogendoorn &nbsp;&nbsp;&nbsp;&nbsp; de dijkgraaf, mr. A.C. Wijnbergen-Stam</p>
</body></html>"""
open("veenoever-kadernota-2026.html", "w").write(html)
